"""A fast SHACL Core engine that reports exactly what pySHACL reports, for the
constraint components unkg's shapes use.

pySHACL stays the reference engine (`builder.validate.validate`). Over rdflib it
costs about half a second for one sample-sized report (7,000 triples), which is
most of a corpus build. This module evaluates the same shapes over plain Python
dictionaries of the same rdflib terms, following pySHACL 0.40's semantics
component by component (value nodes, SHACL instances through the ontology's
rdfs:subClassOf, `allow_warnings`, one result per failing value node), so the
build report is the same: `tests/test_fast_shacl.py` checks that on every case
of tests/shacl/ and on the sample's graph, valid and broken.

It compiles the shapes graph once. A shapes graph that uses anything outside
the supported subset (SPARQL constraints, sh:node, sh:xone, sh:closed,
non-IRI paths, shapes without a message...) makes `compile_shapes` raise
`Unsupported`, and `validate_fast` then runs pySHACL instead: slower, never
different.

Supported: targets sh:targetClass/targetNode/targetSubjectsOf/targetObjectsOf;
sh:deactivated, sh:severity, sh:message; components sh:class, sh:datatype,
sh:nodeKind, sh:minCount, sh:maxCount, sh:minInclusive, sh:maxInclusive,
sh:minExclusive, sh:maxExclusive, sh:minLength, sh:maxLength, sh:pattern
(+ sh:flags), sh:languageIn, sh:uniqueLang, sh:in, sh:lessThan, sh:or, sh:and,
sh:not, sh:property, sh:qualifiedValueShape with sh:qualifiedMinCount /
sh:qualifiedMaxCount (not disjoint).
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from decimal import Decimal
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from .store import nt
from .validate import ShaclResult, ontology_graph, shapes_graph, validate as validate_pyshacl

# The most terms a pattern memo keeps before it starts again (a few reports' worth).
_MEMO_MAX = 1 << 14

log = logging.getLogger(__name__)

Triple = tuple  # (s, p, o) of rdflib terms

_INFO, _WARNING, _VIOLATION = SH.Info, SH.Warning, SH.Violation
_ALLOWED_WITH_WARNINGS = frozenset({_INFO, _WARNING})
_TARGET_PREDICATES = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)


class Unsupported(Exception):
    """The shapes use something this engine does not evaluate; use pySHACL."""


# The predicates pySHACL reads as constraint parameters (its
# `pyshacl.constraints.ALL_CONSTRAINT_PARAMETERS`), written out so that a build
# does not import pySHACL (a quarter of a second) only to read this list;
# tests/test_fast_shacl.py checks that it is pySHACL's list.
CONSTRAINT_PARAMETERS = frozenset(SH[name] for name in (
    "and", "class", "closed", "datatype", "disjoint", "equals", "hasValue", "ignoredProperties", "in",
    "languageIn", "lessThan", "lessThanOrEquals", "maxCount", "maxExclusive", "maxInclusive", "maxLength",
    "minCount", "minExclusive", "minInclusive", "minLength", "node", "nodeKind", "not", "or", "pattern",
    "property", "qualifiedMaxCount", "qualifiedMinCount", "qualifiedValueShape", "qualifiedValueShapesDisjoint",
    "sparql", "uniqueLang", "xone"))


# --------------------------------------------------------------------------
# The data: a data graph's triples plus the ontology's, indexed once. Nodes are
# keyed by their canonical N-Triples (`builder.store.nt`), which tells terms
# apart exactly as rdflib does and hashes at C speed; `terms` maps a key back
# to its rdflib term where a value's literal semantics matter.

_TYPE = nt(RDF.type)
_SUBCLASS = nt(RDFS.subClassOf)
_EMPTY: frozenset = frozenset()


class _Index:
    """subject → predicate → set of objects, class → set of typed subjects, key → term."""

    __slots__ = ("spo", "typed", "sub_of", "terms")

    def __init__(self, rows: Iterable[tuple]) -> None:
        spo: dict = {}
        typed: dict = {}
        sub_of: dict = {}
        terms: dict = {}
        for sk, pk, ok, s, p, o in rows:
            by_p = spo.get(sk)
            if by_p is None:
                by_p = spo[sk] = {}
                terms[sk] = s
            values = by_p.get(pk)
            if values is None:
                by_p[pk] = {ok}
            else:
                values.add(ok)
            if ok not in terms:
                terms[ok] = o
            if pk == _TYPE:
                typed.setdefault(ok, set()).add(sk)
            elif pk == _SUBCLASS:
                sub_of.setdefault(sk, set()).add(ok)
        self.spo, self.typed, self.sub_of, self.terms = spo, typed, sub_of, terms


def rows_of(triples: Iterable[tuple]) -> Iterator[tuple]:
    """(s, p, o) rdflib triples → (nt(s), nt(p), nt(o), s, p, o) rows."""
    for s, p, o in triples:
        yield nt(s), nt(p), nt(o), s, p, o


class _Data:
    """The mixed graph pySHACL validates: the data graph plus the ontology (`ont_graph`)."""

    def __init__(self, data: _Index, ontology: _Index, shape_terms: dict) -> None:
        self.data, self.ont, self.shape_terms = data, ontology, shape_terms
        for sk in data.spo.keys() & ontology.spo.keys():
            mine = data.spo[sk]
            for pk, values in ontology.spo[sk].items():
                mine[pk] = mine.get(pk, set()) | values
        self._supers: dict = {}
        if data.sub_of:
            merged = {k: set(v) for k, v in ontology.sub_of.items()}
            for k, v in data.sub_of.items():
                merged.setdefault(k, set()).update(v)
            self._sub_of = merged
        else:
            self._sub_of = ontology.sub_of

    def objects(self, sk: str, pk: str):
        by_p = self.data.spo.get(sk)
        if by_p is None:
            by_p = self.ont.spo.get(sk)
            if by_p is None:
                return _EMPTY
        return by_p.get(pk, _EMPTY)

    def term(self, key: str):
        term = self.data.terms.get(key)
        if term is None:
            term = self.ont.terms.get(key)
            if term is None:
                term = self.shape_terms[key]
        return term

    def supers(self, cls: str) -> frozenset:
        """cls and everything it is an rdfs:subClassOf, transitively (rdflib's transitive_objects)."""
        found = self._supers.get(cls)
        if found is None:
            seen = {cls}
            todo = [cls]
            while todo:
                for parent in self._sub_of.get(todo.pop(), ()):
                    if parent not in seen:
                        seen.add(parent)
                        todo.append(parent)
            found = self._supers[cls] = frozenset(seen)
        return found

    def instances(self, cls: str) -> set:
        """SHACL instances: subjects typed with cls or with one of its subclasses."""
        out: set = set()
        for index in (self.data, self.ont):
            for typ, subjects in index.typed.items():
                if cls in self.supers(typ):
                    out |= subjects
        return out

    def is_instance(self, node: str, cls: str) -> bool:
        for typ in self.objects(node, _TYPE):
            if cls in self.supers(typ):
                return True
        return False

    def subjects_with(self, pk: str) -> set:
        out = set()
        for index in (self.data, self.ont):
            for sk, by_p in index.spo.items():
                if pk in by_p:
                    out.add(sk)
        return out

    def objects_of(self, pk: str) -> set:
        out = set()
        for index in (self.data, self.ont):
            for by_p in index.spo.values():
                values = by_p.get(pk)
                if values:
                    out |= values
        return out


# --------------------------------------------------------------------------
# Results: (severity, focus key, shape) tuples; the shape gives path and message.


# --------------------------------------------------------------------------
# Shapes, compiled


class _Shape:
    __slots__ = ("node", "path", "path_key", "severity", "message", "deactivated", "components", "targets",
                 "visible", "reports")

    def __init__(self, node) -> None:
        self.node = node
        self.path = None
        self.path_key = None
        self.severity = _VIOLATION
        self.message = None
        self.deactivated = False
        self.components: list[Callable] = []
        self.targets: list[tuple] = []
        self.visible = False
        self.reports = False  # has constraints that make results of its own (not only sh:property)


class _Compiler:
    SUPPORTED = {
        SH["class"], SH.datatype, SH.nodeKind, SH.minCount, SH.maxCount, SH.minExclusive, SH.minInclusive,
        SH.maxExclusive, SH.maxInclusive, SH["not"], SH["and"], SH["or"], SH.minLength, SH.maxLength,
        SH.pattern, SH.languageIn, SH.uniqueLang, SH.lessThan, SH.property, SH.qualifiedValueShape,
        SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.qualifiedValueShapesDisjoint, SH["in"],
    }

    def __init__(self, sg: Graph) -> None:
        self.sg = sg
        self.parameters = CONSTRAINT_PARAMETERS
        self.shapes: dict = {}
        self.terms: dict = {}  # key → term, for the terms the shapes name (target nodes)
        self._compiling: set = set()

    def key(self, term) -> str:
        if isinstance(term, BNode):
            raise Unsupported(f"a blank node where a term is compared: {term}")
        k = nt(term)
        self.terms.setdefault(k, term)
        return k

    def shape_nodes(self) -> set:
        """The nodes pySHACL's ShapesGraph takes for shapes."""
        g = self.sg
        nodes = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
        for p in _TARGET_PREDICATES + (SH.property, SH.node):
            nodes |= set(g.subjects(p, None))
        for p in (SH.property, SH.node, SH["not"], SH.qualifiedValueShape):
            nodes |= set(g.objects(None, p))
        for p in (SH["and"], SH["or"], SH.xone):
            for head in g.objects(None, p):
                nodes |= set(g.items(head))
        return nodes

    def compile(self) -> list[_Shape]:
        g = self.sg
        class_types = set(g.subjects(RDFS.subClassOf, RDFS.Class)) | {RDFS.Class}
        for node in self.shape_nodes():
            if set(g.objects(node, RDF.type)) & class_types:
                raise Unsupported(f"{node}: a shape that is also a class (implicit class target)")
            if set(g.objects(node, SH.target)):
                raise Unsupported(f"{node}: SHACL-AF targets")
            self.shape(node)
        top = [s for s in self.shapes.values() if s.targets]
        todo = list(top)
        while todo:
            shape = todo.pop()
            if shape.visible:
                continue
            shape.visible = True
            for child in g.objects(shape.node, SH.property):
                todo.append(self.shape(child))
        nested = set()
        for shape in self.shapes.values():
            for p in (SH.property, SH["not"], SH.qualifiedValueShape):
                nested.update(self.shape(n) for n in g.objects(shape.node, p))
            for p in (SH["and"], SH["or"]):
                for head in g.objects(shape.node, p):
                    nested.update(self.shape(n) for n in g.items(head))
        for shape in nested:
            # The engine evaluates nested shapes set-at-a-time, which is exact
            # when a nested shape's results carry sh:Violation (pySHACL's
            # allow_warnings filter then never turns a failure into a pass).
            if shape.severity != _VIOLATION:
                raise Unsupported(f"{shape.node}: a nested shape with severity {shape.severity}")
        for shape in self.shapes.values():
            if shape.visible and shape.reports:
                if shape.message is None:
                    raise Unsupported(f"{shape.node}: a shape that reports without an sh:message")
                if isinstance(shape.node, BNode):
                    raise Unsupported(f"{shape.node}: an anonymous shape that reports")
        return sorted(top, key=lambda s: str(s.node))

    def shape(self, node) -> _Shape:
        found = self.shapes.get(node)
        if found is not None:
            return found
        if node in self._compiling:
            raise Unsupported(f"{node}: recursive shapes")
        self._compiling.add(node)
        g = self.sg
        shape = _Shape(node)
        paths = list(g.objects(node, SH.path))
        if len(paths) > 1:
            raise Unsupported(f"{node}: several sh:path")
        if paths:
            if not isinstance(paths[0], URIRef):
                raise Unsupported(f"{node}: a property path other than one IRI")
            shape.path = paths[0]
            shape.path_key = self.key(paths[0])
        severities = list(g.objects(node, SH.severity))
        if len(severities) > 1:
            raise Unsupported(f"{node}: several sh:severity")
        if severities:
            shape.severity = severities[0]
        messages = list(g.objects(node, SH.message))
        if len(messages) > 1:
            raise Unsupported(f"{node}: several sh:message")
        if messages:
            shape.message = str(messages[0])
        shape.deactivated = any(isinstance(d, Literal) and d.value is True for d in g.objects(node, SH.deactivated))
        for p in _TARGET_PREDICATES:
            for value in g.objects(node, p):
                shape.targets.append((p, self.key(value)))
        used = {p for p in g.predicates(node) if p in self.parameters}
        unsupported = used - self.SUPPORTED
        if unsupported:
            raise Unsupported(f"{node}: unsupported constraints {sorted(map(str, unsupported))}")
        if any(isinstance(d, Literal) and d.value is True for d in g.objects(node, SH.qualifiedValueShapesDisjoint)):
            raise Unsupported(f"{node}: sh:qualifiedValueShapesDisjoint")
        self.shapes[node] = shape
        shape.reports = bool(used - {SH.property})
        shape.components = self._components(shape, used)
        self._compiling.discard(node)
        return shape

    def _one(self, shape: _Shape, p) -> object:
        values = list(self.sg.objects(shape.node, p))
        if len(values) != 1:
            raise Unsupported(f"{shape.node}: {len(values)} values of {p}")
        return values[0]

    def _components(self, shape: _Shape, used: set) -> list[Callable]:
        g = self.sg
        node = shape.node
        comps: list[Callable] = []
        is_prop = shape.path is not None
        for p in used:
            if p in (SH.minCount, SH.maxCount, SH.uniqueLang, SH.lessThan, SH.qualifiedValueShape,
                     SH.qualifiedMinCount, SH.qualifiedMaxCount) and not is_prop:
                raise Unsupported(f"{node}: {p} on a node shape")
        if SH["class"] in used:
            comps.append(_class(shape, [self.key(c) for c in g.objects(node, SH["class"])]))
        if SH.datatype in used:
            comps.append(_datatype(shape, self._one(shape, SH.datatype)))
        if SH.nodeKind in used:
            comps.append(_node_kind(shape, self._one(shape, SH.nodeKind)))
        if SH.minCount in used:
            comps.append(_count(shape, self._int(shape, SH.minCount), minimum=True))
        if SH.maxCount in used:
            comps.append(_count(shape, self._int(shape, SH.maxCount), minimum=False))
        for p, test in ((SH.minInclusive, lambda c: c >= 0), (SH.minExclusive, lambda c: c > 0),
                        (SH.maxInclusive, lambda c: c <= 0), (SH.maxExclusive, lambda c: c < 0)):
            if p in used:
                comps.append(_range(shape, list(g.objects(node, p)), test))
        if SH.minLength in used:
            comps.append(_length(shape, self._length_rule(shape, SH.minLength), minimum=True))
        if SH.maxLength in used:
            comps.append(_length(shape, self._length_rule(shape, SH.maxLength), minimum=False))
        if SH.pattern in used:
            comps.append(_pattern(shape, list(g.objects(node, SH.pattern)), list(g.objects(node, SH.flags))))
        if SH.languageIn in used:
            comps.append(_language_in(shape, list(g.items(self._one(shape, SH.languageIn)))))
        if SH.uniqueLang in used:
            flag = self._one(shape, SH.uniqueLang)
            if not isinstance(flag, Literal) or not isinstance(flag.value, bool):
                raise Unsupported(f"{node}: sh:uniqueLang not a boolean")
            if flag.value:
                comps.append(_unique_lang(shape))
        if SH["in"] in used:
            comps.append(_in(shape, {self.key(item) for item in g.items(self._one(shape, SH["in"]))}))
        if SH.lessThan in used:
            others = set(g.objects(node, SH.lessThan))
            if any(not isinstance(o, URIRef) for o in others):
                raise Unsupported(f"{node}: sh:lessThan not an IRI")
            comps.append(_less_than(shape, [self.key(o) for o in others]))
        for p, kind in ((SH["or"], "or"), (SH["and"], "and")):
            if p in used:
                lists = [[self.shape(n) for n in set(g.items(head))] for head in g.objects(node, p)]
                comps.append(_logical(shape, lists, kind))
        if SH["not"] in used:
            comps.append(_not(shape, [self.shape(n) for n in g.objects(node, SH["not"])]))
        if SH.property in used:
            children = [self.shape(n) for n in g.objects(node, SH.property)]
            if any(c.path is None for c in children):
                raise Unsupported(f"{node}: sh:property to a shape without sh:path")
            comps.append(_property(children))
        if used & {SH.qualifiedValueShape, SH.qualifiedMinCount, SH.qualifiedMaxCount}:
            values = [self.shape(n) for n in g.objects(node, SH.qualifiedValueShape)]
            lo = self._opt_int(shape, SH.qualifiedMinCount)
            hi = self._opt_int(shape, SH.qualifiedMaxCount)
            if not values or (lo is None and hi is None):
                raise Unsupported(f"{node}: incomplete qualified value shape")
            comps.append(_qualified(shape, values, lo, hi))
        return comps

    def _int(self, shape: _Shape, p) -> int:
        value = self._one(shape, p)
        if not (isinstance(value, Literal) and value.datatype == XSD.integer) or int(value.value) < 0:
            raise Unsupported(f"{shape.node}: {p} must be a non-negative xsd:integer")
        return int(value.value)

    def _opt_int(self, shape: _Shape, p) -> int | None:
        values = list(self.sg.objects(shape.node, p))
        if not values:
            return None
        if len(values) > 1 or not isinstance(values[0], Literal) or not isinstance(values[0].value, int):
            raise Unsupported(f"{shape.node}: bad {p}")
        return values[0].value

    def _length_rule(self, shape: _Shape, p) -> int:
        value = self._one(shape, p)
        if not isinstance(value, Literal) or getattr(value, "ill_typed", False) or not isinstance(value.value, int) \
                or value.value < 0:
            raise Unsupported(f"{shape.node}: bad {p}")
        return value.value


# --------------------------------------------------------------------------
# The constraint components. Each is compiled to a function of (run, fv),
# fv = {focus key: value-node keys}, that returns (failing, results) where
# results are pySHACL's validation results in the same multiplicity (one per
# failing value node, or per focus node for the counting components) and
# failing is the set of focus nodes that do not conform (None: the focus nodes
# of the results).


def _class(shape: _Shape, classes: list[str]) -> Callable:
    def run(engine: "_Run", fv: dict):
        is_instance = engine.data.is_instance
        severity = shape.severity
        results = []
        for cls in classes:
            for f, values in fv.items():
                for v in values:
                    if v[0] == '"' or not is_instance(v, cls):
                        results.append((severity, f, shape))
        return None, results
    return run


_VALUE_TYPES = {
    str(XSD.string): (str, bytes), str(RDF.langString): (str, bytes), str(XSD.integer): int,
    str(XSD.float): float, str(XSD.decimal): Decimal, str(XSD.boolean): bool, str(XSD.date): _dt.date,
    str(XSD.time): _dt.time, str(XSD.dateTime): _dt.datetime,
}


def _datatype(shape: _Shape, rule) -> Callable:
    """pySHACL's DatatypeConstraintComponent, with its _assert_actual_datatype."""
    rule_s = str(rule)
    value_type = _VALUE_TYPES.get(rule_s)
    is_literal = rule_s == str(RDFS.Literal)
    is_datatype = rule_s == str(RDFS.Datatype)
    is_string = rule_s == str(XSD.string)
    is_lang = rule_s == str(RDF.langString)

    def actual(v: Literal) -> bool:
        return True if value_type is None else isinstance(v.value, value_type)

    def matches(v) -> bool:
        if not isinstance(v, Literal):
            return False
        datatype = v.datatype
        if datatype is not None and str.__eq__(datatype, rule_s):
            return False if getattr(v, "ill_typed", None) is True else actual(v)
        if is_literal:
            return True
        if is_datatype and datatype:
            return True
        lang = v.language
        if datatype is None and lang is None and is_string:
            return actual(v)
        if is_lang and lang:
            return actual(v)
        return False

    cache: dict = {}  # term → whether it matches: within a report, most terms recur

    def run(engine, fv: dict):
        term = engine.data.term
        results = []
        for f, values in fv.items():
            for key in values:
                ok = cache.get(key)
                if ok is None:
                    ok = matches(term(key))
                    if len(cache) >= _MEMO_MAX:
                        cache.clear()  # bounded by one report's terms, not the corpus's (a worker lives for thousands)
                    cache[key] = ok
                if not ok:
                    results.append((shape.severity, f, shape))
        return None, results
    return run


def _node_kind(shape: _Shape, rule) -> Callable:
    if rule not in (SH.BlankNode, SH.IRI, SH.Literal, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral, SH.IRIOrLiteral):
        raise Unsupported(f"sh:nodeKind {rule}")
    allowed = {
        "_": rule in (SH.BlankNode, SH.BlankNodeOrLiteral, SH.BlankNodeOrIRI),
        '"': rule in (SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral),
        "<": rule in (SH.IRI, SH.IRIOrLiteral, SH.BlankNodeOrIRI),
    }

    def run(engine, fv: dict):
        results = [(shape.severity, f, shape) for f, values in fv.items() for v in values if not allowed[v[0]]]
        return None, results
    return run


def _count(shape: _Shape, limit: int, minimum: bool) -> Callable:
    def run(engine, fv: dict):
        if minimum:
            if limit == 0:
                return None, []
            results = [(shape.severity, f, shape) for f, values in fv.items() if not len(values) >= limit]
        else:
            results = [(shape.severity, f, shape) for f, values in fv.items() if not len(values) <= limit]
        return None, results
    return run


def _compare_literal(v: Literal, rule: Literal) -> int:
    """pySHACL's `compare_literal(v, rule)`: -1, 0 or 1. Two well-formed
    xsd:integer literals (unkg's bounds and the values they bound) compare as
    their integers, which is what pySHACL's comparison comes to for them,
    without importing pySHACL; anything else is asked of pySHACL itself."""
    a, b = v.value, rule.value
    if v.datatype == _XSD_INTEGER and rule.datatype == _XSD_INTEGER and type(a) is int and type(b) is int:
        return (a > b) - (a < b)
    from pyshacl.rdfutil.compare import compare_literal

    return compare_literal(v, rule)


def _range(shape: _Shape, rules: list, test: Callable[[int], bool]) -> Callable:
    for rule in rules:
        if not isinstance(rule, Literal):
            raise Unsupported("a range bound that is not a literal")

    def run(engine, fv: dict):
        term = engine.data.term
        results = []
        for rule in rules:
            rule_is_string = isinstance(rule.value, str)
            for f, values in fv.items():
                for key in values:
                    flag = False
                    if key[0] == '"':
                        v = term(key)
                        if rule_is_string == isinstance(v.value, str):
                            try:
                                flag = test(_compare_literal(v, rule))
                            except (TypeError, NotImplementedError):
                                flag = False
                    if not flag:
                        results.append((shape.severity, f, shape))
        return None, results
    return run


_PLAIN_STRING_TYPES = frozenset((RDF.langString, XSD.string))
_XSD_INTEGER = XSD.integer


def _string(v) -> str:
    if isinstance(v, Literal):
        if v.value is not None:
            datatype = v.datatype
            if datatype is None or datatype in _PLAIN_STRING_TYPES:
                return str(v.value)
        return str(v)
    return str(v)


def _length(shape: _Shape, limit: int, minimum: bool) -> Callable:
    def run(engine, fv: dict):
        if minimum and limit == 0:
            return None, []
        term = engine.data.term
        results = []
        for f, values in fv.items():
            for v in values:
                if v[0] == "_":
                    flag = False
                else:
                    n = len(_string(term(v)))
                    flag = n >= limit if minimum else n <= limit
                if not flag:
                    results.append((shape.severity, f, shape))
        return None, results
    return run


def _pattern(shape: _Shape, patterns: list, flags: list) -> Callable:
    re_flags = 0
    if flags:
        text = str(flags[0].value if isinstance(flags[0], Literal) else flags[0]).lower()
        if "i" in text:
            re_flags |= re.I
        if "m" in text:
            re_flags |= re.M
    compiled = []
    for p in patterns:
        if not isinstance(p, Literal):
            raise Unsupported("sh:pattern not a literal")
        source = str(p.value) if p.value is not None and len(p.value) > 1 else str(p)
        compiled.append(re.compile(source, re_flags))

    def run(engine, fv: dict):
        term = engine.data.term
        results = []
        for matcher in compiled:
            for f, values in fv.items():
                for v in values:
                    if v[0] == "_":
                        match = False
                    else:
                        text = _string(term(v))
                        match = matcher.match(text) or matcher.search(text)
                    if not match:
                        results.append((shape.severity, f, shape))
        return None, results
    return run


def _language_in(shape: _Shape, languages: list) -> Callable:
    need = set()
    for lang in languages:
        if not isinstance(lang, Literal) or not isinstance(lang.value, str):
            raise Unsupported("sh:languageIn member not a string")
        need.add(str(lang.value).lower())
    wildcard = "*" in need

    def ok(v) -> bool:
        if not isinstance(v, Literal) or not v.language:
            return False
        if wildcard:
            return True
        lang = str(v.language).lower()
        return lang in need or lang.split("-")[0] in need

    def run(engine, fv: dict):
        term = engine.data.term
        results = [(shape.severity, f, shape) for f, values in fv.items() for v in values if not ok(term(v))]
        return None, results
    return run


def _unique_lang(shape: _Shape) -> Callable:
    def run(engine, fv: dict):
        term = engine.data.term
        results = []
        for f, values in fv.items():
            seen: set = set()
            duplicates: set = set()
            for key in values:
                if key[0] != '"':
                    continue
                v = term(key)
                if v.language:
                    low = str(v.language).lower()
                    if low in seen:
                        duplicates.add(low)
                    else:
                        seen.add(low)
            results.extend((shape.severity, f, shape) for _ in duplicates)
        return None, results
    return run


def _in(shape: _Shape, allowed: set) -> Callable:
    def run(engine, fv: dict):
        results = [(shape.severity, f, shape) for f, values in fv.items() for v in values if v not in allowed]
        return None, results
    return run


def _less_than(shape: _Shape, others: list[str]) -> Callable:
    def comparable(engine, key: str):
        if key[0] == "_":
            raise Unsupported("sh:lessThan over a blank node")
        node = engine.data.term(key)
        if isinstance(node, URIRef):
            return str(node), True
        if isinstance(node, Literal) and isinstance(node.value, str):
            return node.value, True
        return node, False

    def less(value, bound) -> bool:
        # Two xsd:integer literals: rdflib compares their int values (the
        # common case, charStart < charEnd); anything else as rdflib does.
        if (type(value) is Literal and type(bound) is Literal and type(value.value) is int
                and type(bound.value) is int and value.datatype == _XSD_INTEGER and bound.datatype == _XSD_INTEGER):
            return value.value < bound.value
        return value < bound

    def run(engine, fv: dict):
        results = []
        for other in others:
            for f, values in fv.items():
                compare = [comparable(engine, c) for c in engine.data.objects(f, other)]
                for key in values:
                    value, value_is_string = comparable(engine, key)
                    for bound, bound_is_string in compare:
                        if value_is_string != bound_is_string or not less(value, bound):
                            results.append((shape.severity, f, shape))
        return None, results
    return run


def _all_values(fv: dict) -> set:
    out: set = set()
    for values in fv.values():
        out.update(values)
    return out


def _logical(shape: _Shape, lists: list[list[_Shape]], kind: str) -> Callable:
    def run(engine, fv: dict):
        results = []
        nodes = _all_values(fv)
        for members in lists:
            if not members:
                continue
            failing = [engine.nonconforming(member, nodes) for member in members]
            for f, values in fv.items():
                for v in values:
                    if kind == "or":
                        passed = any(v not in nc for nc in failing)
                    else:
                        passed = all(v not in nc for nc in failing)
                    if not passed:
                        results.append((shape.severity, f, shape))
        return None, results
    return run


def _not(shape: _Shape, negated: list[_Shape]) -> Callable:
    def run(engine, fv: dict):
        results = []
        nodes = _all_values(fv)
        for inner in negated:
            nc = engine.nonconforming(inner, nodes)
            for f, values in fv.items():
                for v in values:
                    if v not in nc:
                        results.append((shape.severity, f, shape))
        return None, results
    return run


def _property(children: list[_Shape]) -> Callable:
    def run(engine, fv: dict):
        failing: set = set()
        results: list = []
        total = sum(len(values) for values in fv.values())
        if total < 1:
            return failing, results
        nodes = _all_values(fv)
        # pySHACL validates the child once per (focus, value) pair: when a value
        # is shared by several focus nodes its results repeat, so go per focus.
        groups = [nodes] if len(nodes) == total else [set(values) for values in fv.values()]
        for child in children:
            for group in groups:
                nc, found = engine.run(child, group)
                results.extend(found)
                if nc:
                    failing.update(f for f, values in fv.items() if not nc.isdisjoint(values))
        return failing, results
    return run


def _qualified(shape: _Shape, value_shapes: list[_Shape], lo: int | None, hi: int | None) -> Callable:
    def run(engine, fv: dict):
        if sum(len(values) for values in fv.values()) < 1 and (lo is None or lo < 1):
            return None, []
        results = []
        nodes = _all_values(fv)
        for value_shape in value_shapes:
            nc = engine.nonconforming(value_shape, nodes)
            for f, values in fv.items():
                n = sum(1 for v in values if v not in nc)
                if hi is not None and n > hi:
                    results.append((shape.severity, f, shape))
                if lo is not None and n < lo:
                    results.append((shape.severity, f, shape))
        return None, results
    return run


# --------------------------------------------------------------------------
# Running


class _Run:
    def __init__(self, data: _Data, allow_warnings: bool) -> None:
        self.data = data
        self.allow_warnings = allow_warnings

    def run(self, shape: _Shape, focus_nodes) -> tuple[set, list]:
        """pySHACL's Shape.validate over the focus nodes, set-at-a-time:
        (the focus nodes that do not conform, the validation results)."""
        if shape.deactivated or not focus_nodes:
            return set(), []
        if shape.path_key is None:
            fv = {f: (f,) for f in focus_nodes}
        else:
            objects, pk = self.data.objects, shape.path_key
            fv = {f: objects(f, pk) for f in focus_nodes}
        # allow_warnings: a shape of severity sh:Warning or sh:Info conforms
        # whatever it finds (its results are still reported).
        allow_conform = self.allow_warnings and shape.severity in _ALLOWED_WITH_WARNINGS
        nonconforming: set = set()
        results: list = []
        for component in shape.components:
            failing, found = component(self, fv)
            if found:
                results.extend(found)
            if allow_conform:
                continue
            if failing is None:
                nonconforming.update(r[1] for r in found)
            else:
                nonconforming |= failing
        return nonconforming, results

    def nonconforming(self, shape: _Shape, nodes) -> set:
        return self.run(shape, nodes)[0]

    def focus_nodes(self, shape: _Shape) -> set:
        found: set = set()
        for p, value in shape.targets:
            if p == SH.targetNode:
                found.add(value)
            elif p == SH.targetClass:
                found |= self.data.instances(value)
            elif p == SH.targetSubjectsOf:
                found |= self.data.subjects_with(value)
            else:
                found |= self.data.objects_of(value)
        return found


class Engine:
    """The compiled shapes plus the indexed ontology; validates many graphs."""

    def __init__(self, shapes: Graph, ontology: Graph | None, allow_warnings: bool = True) -> None:
        compiler = _Compiler(shapes)
        self.top = compiler.compile()
        self.shape_terms = compiler.terms
        self.ontology = _Index(rows_of(ontology if ontology is not None else ()))
        self.allow_warnings = allow_warnings

    def results(self, rows: Iterable[tuple]) -> tuple[bool, list[tuple]]:
        """Validate rows (nt(s), nt(p), nt(o), s, p, o) of distinct triples:
        (conforms, [(severity, focus, path, shape, message)])."""
        data = _Data(_Index(rows), self.ontology, self.shape_terms)
        run = _Run(data, self.allow_warnings)
        conforms = True
        found: list = []
        for shape in self.top:
            nonconforming, results = run.run(shape, run.focus_nodes(shape))
            conforms = conforms and not nonconforming
            found.extend(results)
        return conforms, [(severity, data.term(focus), s.path, s.node, s.message) for severity, focus, s in found]
    def validate_rows(self, rows: Iterable[tuple]) -> ShaclResult:
        """What `builder.validate.validate` returns for the graph of these rows."""
        conforms, found = self.results(rows)
        results = [{
            "severity": str(severity).rsplit("#", 1)[-1],
            "focus": str(focus),
            "path": str(path or ""),
            "shape": str(shape or ""),
            "message": message,
        } for severity, focus, path, shape, message in found]
        results.sort(key=lambda r: (r["severity"], r["focus"], r["path"], r["message"], r["shape"]))
        violations = [r for r in results if r["severity"] == "Violation"]
        warnings = [r for r in results if r["severity"] != "Violation"]
        return ShaclResult(bool(conforms) and not violations, violations, warnings)

    def validate(self, graph: Iterable[tuple]) -> ShaclResult:
        """Validate an rdflib graph (or any iterable of distinct (s, p, o) triples)."""
        return self.validate_rows(rows_of(graph))


@lru_cache(maxsize=1)
def default_engine() -> Engine | None:
    """The engine for unkg's shapes and ontology, or None when they need pySHACL."""
    try:
        return Engine(shapes_graph(), ontology_graph())
    except Unsupported as reason:
        log.warning("fast SHACL engine unavailable, using pySHACL: %s", reason)
        return None


def validate_fast(graph=None, *, rows: Iterable[tuple] | None = None) -> ShaclResult:
    """Validate against unkg's shapes, as `builder.validate.validate` does: with
    the fast engine, or pySHACL when the shapes need it. Give an rdflib graph
    (or an iterable of distinct triples), or `rows` as `rows_of` makes them."""
    engine = default_engine()
    if engine is not None:
        try:
            return engine.validate_rows(rows) if rows is not None else engine.validate(graph)
        except Exception as reason:  # noqa: BLE001 - then pySHACL decides, and raises what it raises
            log.warning("fast SHACL engine gave up, using pySHACL: %s", reason)
    rdflib_graph = Graph()
    for row in rows if rows is not None else graph:
        rdflib_graph.add(tuple(row[3:6]) if rows is not None else row)
    return validate_pyshacl(rdflib_graph)
