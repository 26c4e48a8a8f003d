"""The SHACL shapes and the ontology they check against.

Self-describing cases live in tests/shacl/{valid,invalid}/*.ttl, in the manner
of pySHACL's DASH tests: each file holds its data graph and one node

    <#case> a unkg-test:Case ;
        rdfs:comment "…" ;
        unkg-test:expectedConforms false ;
        unkg-test:expectedViolation [
            unkg-test:focusNode <…> ;                 # absent: a blank node
            unkg-test:path <…> ;                      # absent: a node-level result
            unkg-test:sourceShape unkg-sh:… ;
            unkg-test:sourceConstraintComponent sh:…  # optional
        ] .

The harness removes the case description (the case node's concise bounded
description) before validating, and requires the validation results to be
exactly the expected violations: an invalid case breaks what it says it breaks
and nothing else.

How unkg validates, and why (the builder should do the same):

* ``ont_graph`` = ontology/unkg.ttl. pySHACL copies the ontology's RDFS/OWL
  axioms into (a copy of) the data graph, so ``unkg:PlenaryMeeting
  rdfs:subClassOf unkg:Meeting`` is visible to ``sh:targetClass`` and
  ``sh:class``, which follow rdfs:subClassOf *in the data graph* (SHACL 1.0
  §2.1.3.3 "SHACL instance"). Without it a plenary meeting is neither a target
  of unkg-sh:MeetingShape nor a valid value of ``sh:class unkg:Meeting``
  (see the two tests on subclass targeting below).
* ``inference="none"``. RDFS inference would derive types from the
  ontology's rdfs:domain/rdfs:range, so a node the builder forgot to type would
  be typed for it and the omission would go unreported (shown below with
  attendance-evidence-untyped). The graph we publish is the graph users query
  without a reasoner, so we validate exactly what the builder wrote, plus the
  class hierarchy. It is also deterministic and much faster.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyshacl
import pytest
from pyshacl.errors import ReportableRuntimeError
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, VANN

from builder import namespace
from builder.namespace import DCTERMS, ELI, ELI_DL, FOAF, ORG, OWL, RDF, RDFS, SKOS, UNKG
from builder.resources import corpus_dir, ontology_file, shapes_files

CASES_DIR = Path(__file__).resolve().parent / "shacl"
# The shapes and test-description vocabularies are not part of the ontology.
UNKG_SH = Namespace("https://w3id.org/unkg/shapes#")
TEST = Namespace("https://w3id.org/unkg/test#")
UNKG_NS = str(UNKG)  # "https://w3id.org/unkg/ontology#"
ONTOLOGY_IRI = URIRef(UNKG_NS.rstrip("#"))

# The role local names that ../shared/CONTRACT.md fixes.
CONTRACT_ROLES = (
    "StateParty", "ObserverState", "ObserverOrganization", "NonGovernmentalOrganization",
    "President", "VicePresident", "Chair", "ViceChair", "SecretaryGeneral", "Secretary",
    "CredentialsCommitteeMember", "CoChair", "Facilitator", "Coordinator", "FocalPoint",
)

# The alignments that ../shared/CONTRACT.md fixes.
CONTRACT_ALIGNMENTS = (
    (UNKG.State, RDFS.subClassOf, ORG.FormalOrganization),
    (UNKG.Organization, RDFS.subClassOf, ORG.Organization),
    (UNKG.Person, RDFS.subClassOf, FOAF.Person),
    (UNKG.Meeting, RDFS.subClassOf, namespace.SCHEMA.Event),
    (UNKG.Meeting, RDFS.subClassOf, ELI_DL.Activity),
    (UNKG.PlenaryMeeting, RDFS.subClassOf, UNKG.Meeting),
    (UNKG.Document, RDFS.subClassOf, ELI.Work),
    (UNKG.references, RDFS.subPropertyOf, DCTERMS.references),
)

CONCEPT_CLASSES = {
    UNKG.Role: UNKG.Roles,
    UNKG.Procedure: UNKG.Procedures,
    UNKG.OrganizationType: UNKG.OrganizationTypes,
    UNKG.DecisionType: UNKG.DecisionTypes,
    UNKG.TreatyActionType: UNKG.TreatyActionTypes,
}


# --------------------------------------------------------------------------
# Loading


@cache
def ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


@cache
def shapes() -> Graph:
    graph = Graph()
    for path in shapes_files():
        graph.parse(path, format="turtle")
    return graph


@dataclass(frozen=True)
class Expected:
    focus: URIRef | None
    path: URIRef | None
    shape: URIRef
    component: URIRef | None

    def matches(self, result: tuple) -> bool:
        focus, path, shape, component = result
        return (
            (focus == self.focus if self.focus is not None else isinstance(focus, BNode))
            and (path, shape) == (self.path, self.shape)
            and (self.component is None or component == self.component)
        )


@dataclass(frozen=True)
class Case:
    name: str
    comment: str
    conforms: bool
    violations: tuple[Expected, ...]
    data: Graph


def load_case(path: Path) -> Case:
    graph = Graph().parse(path, format="turtle")
    cases = list(graph.subjects(RDF.type, TEST.Case))
    assert len(cases) == 1, f"{path}: expected exactly one unkg-test:Case, found {len(cases)}"
    (case,) = cases
    conforms = graph.value(case, TEST.expectedConforms)
    assert isinstance(conforms, Literal), f"{path}: no unkg-test:expectedConforms"
    violations = tuple(
        Expected(
            focus=graph.value(v, TEST.focusNode),
            path=graph.value(v, TEST.path),
            shape=graph.value(v, TEST.sourceShape),
            component=graph.value(v, TEST.sourceConstraintComponent),
        )
        for v in graph.objects(case, TEST.expectedViolation)
    )
    description = graph.cbd(case)
    data = Graph()
    for triple in graph:
        if triple not in description:
            data.add(triple)
    leftover = [t for t in data if any(str(x).startswith(str(TEST)) for x in t)]
    assert not leftover, f"{path}: case description outside the case node: {leftover}"
    return Case(
        name=f"{path.parent.name}/{path.stem}",
        comment=str(graph.value(case, RDFS.comment) or ""),
        conforms=bool(conforms.toPython()),
        violations=violations,
        data=data,
    )


def case_files(kind: str) -> list[Path]:
    return sorted((CASES_DIR / kind).glob("*.ttl"))


ALL_CASE_FILES = case_files("valid") + case_files("invalid")


def validate(data: Graph, *, with_ontology: bool = True, inference: str = "none"):
    return pyshacl.validate(
        data,
        shacl_graph=shapes(),
        ont_graph=ontology() if with_ontology else None,
        inference=inference,
        abort_on_first=False,
        allow_warnings=False,
        advanced=False,
    )


def results(report: Graph) -> list[tuple]:
    return sorted(
        (
            (
                report.value(r, SH.focusNode),
                report.value(r, SH.resultPath),
                report.value(r, SH.sourceShape),
                report.value(r, SH.sourceConstraintComponent),
            )
            for r in report.objects(None, SH.result)
        ),
        key=str,
    )


# --------------------------------------------------------------------------
# The cases


def test_case_directories_hold_enough_cases():
    assert len(case_files("valid")) >= 1
    assert len(case_files("invalid")) >= 15


@pytest.mark.parametrize("path", ALL_CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_shapes_case(path: Path):
    case = load_case(path)
    assert case.comment, f"{case.name}: the case needs an rdfs:comment"
    assert case.conforms == (path.parent.name == "valid"), f"{case.name}: filed in the wrong folder"
    assert case.conforms == (not case.violations), f"{case.name}: violations iff not conforming"

    conforms, report, text = validate(case.data)

    assert conforms == case.conforms, f"{case.name}: {case.comment}\n{text}"
    actual = results(report)
    for expected in case.violations:
        assert any(expected.matches(r) for r in actual), (
            f"{case.name}: expected {expected} among the results\n{text}"
        )
    unexpected = [r for r in actual if not any(e.matches(r) for e in case.violations)]
    assert not unexpected, f"{case.name}: unexpected results {unexpected}\n{text}"
    for r in report.objects(None, SH.result):
        # The severity the source shape declares (sh:Violation by default).
        declared = shapes().value(report.value(r, SH.sourceShape), SH.severity) or SH.Violation
        assert report.value(r, SH.resultSeverity) == declared
        assert report.value(r, SH.resultMessage) is not None, f"{case.name}: a result without a message"


def test_every_constraint_has_a_failing_case():
    """Each named shape that carries constraints of its own is broken by some invalid case."""
    own_constraint = {
        SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH["in"], SH["class"], SH["or"],
        SH.nodeKind, SH.minInclusive, SH.minLength, SH.lessThan, SH.qualifiedMinCount,
        SH.languageIn, SH.uniqueLang,
    }
    constrained = {
        s for s in shapes().subjects()
        if isinstance(s, URIRef) and str(s).startswith(str(UNKG_SH))
        and any(p in own_constraint for p in shapes().predicates(s))
    }
    broken = {
        e.shape for path in case_files("invalid") for e in load_case(path).violations
    }
    missing = sorted(str(s) for s in constrained - broken)
    assert not missing, f"shapes that no invalid case breaks: {missing}"


def test_valid_case_quotes_are_the_corpus_text():
    """The hand-written evidence of the valid cases quotes the sample report exactly."""
    text = (corpus_dir() / "TPNW_MSP_2023_14.zh.txt").read_text(encoding="utf-8")
    report = URIRef("https://w3id.org/unkg/id/document/TPNW/MSP/2023/14")
    checked = 0
    for path in case_files("valid"):
        data = load_case(path).data
        for evidence in data.subjects(UNKG.source, report):
            start = data.value(evidence, UNKG.charStart).toPython()
            end = data.value(evidence, UNKG.charEnd).toPython()
            assert str(data.value(evidence, UNKG.quote)) == text[start:end], evidence
            checked += 1
    assert checked > 0


# --------------------------------------------------------------------------
# Subclass targeting and inference


def test_meeting_shape_reaches_plenary_meetings_only_through_the_ontology():
    data = load_case(CASES_DIR / "invalid" / "plenary-without-label.ttl").data
    plenary = URIRef("https://w3id.org/unkg/id/meeting/tpnw-msp-2/plenary/10")

    conforms, report, _ = validate(data, with_ontology=True)
    assert not conforms
    assert (plenary, RDFS.label, UNKG_SH["Meeting-label"]) in {r[:3] for r in results(report)}

    # The shapes graph alone does not carry rdfs:subClassOf: without the
    # ontology, unkg-sh:MeetingShape does not target the plenary meeting.
    conforms, _, text = validate(data, with_ontology=False)
    assert conforms, text


def test_sh_class_meeting_accepts_a_plenary_meeting_only_through_the_ontology():
    data = load_case(CASES_DIR / "valid" / "tpnw-msp-2.ttl").data
    assert validate(data, with_ontology=True)[0]

    conforms, report, _ = validate(data, with_ontology=False)
    assert not conforms
    failing = {(r[0], r[2]) for r in results(report)}
    adoption = URIRef(
        "https://w3id.org/unkg/id/adoption/meeting/tpnw-msp-2/plenary/1/document/TPNW/MSP/2023/1"
    )
    assert (adoption, UNKG_SH["Adoption-adoptedBy"]) in failing


def test_rdfs_inference_would_hide_an_untyped_node():
    """Why inference="none": with RDFS, unkg:evidence's range types the node for us."""
    data = load_case(CASES_DIR / "invalid" / "attendance-evidence-untyped.ttl").data
    assert not validate(data, inference="none")[0]
    assert validate(data, inference="rdfs")[0]


# --------------------------------------------------------------------------
# The shapes graph


def test_shapes_conform_to_shacl_shacl():
    conforms, _, text = pyshacl.validate(Graph(), shacl_graph=shapes(), meta_shacl=True)
    assert conforms, text


def test_meta_shacl_rejects_a_broken_shape():
    broken = Graph()
    for triple in shapes():
        broken.add(triple)
    broken.set((UNKG_SH["State-iso3"], SH.minCount, Literal("one")))
    with pytest.raises(ReportableRuntimeError):
        pyshacl.validate(Graph(), shacl_graph=broken, meta_shacl=True)


def test_shapes_use_shacl_core_only():
    not_core = {
        SH.sparql, SH.select, SH.ask, SH.target, SH.rule, SH.condition, SH.expression,
        SH.js, SH.jsFunctionName, SH.jsLibrary, SH.prefixes, SH.declare, SH.shapesGraph,
    }
    used = set(shapes().predicates()) & not_core
    assert not used, f"not SHACL Core: {sorted(used)}"
    namespaces = {str(SH), str(RDF), str(RDFS), str(OWL), str(UNKG), str(UNKG_SH)}
    for predicate in set(shapes().predicates()):
        assert any(str(predicate).startswith(ns) for ns in namespaces), predicate


def test_every_named_shape_has_a_message():
    for shape in set(shapes().subjects(RDF.type, SH.PropertyShape)) | set(
        shapes().subjects(RDF.type, SH.NodeShape)
    ):
        has_own = any(
            p not in (RDF.type, SH.targetClass, SH.property, SH.message)
            for p in shapes().predicates(shape)
        )
        if has_own:
            assert shapes().value(shape, SH.message) is not None, shape


def test_there_is_a_node_shape_per_class():
    targets = set(shapes().objects(None, SH.targetClass))
    for name in (
        "State", "Organization", "Person", "Meeting", "PlenaryMeeting", "MeetingSeries",
        "Decision", "Document", "Treaty", "Attendance", "Office", "Adoption", "TreatyAction",
        "Evidence",
    ):
        shape = UNKG_SH[f"{name}Shape"]
        assert (shape, SH.targetClass, UNKG[name]) in shapes(), shape
        assert UNKG[name] in targets


def test_every_unkg_term_in_the_shapes_is_declared():
    declared = {s for s in ontology().subjects(RDF.type, None) if isinstance(s, URIRef)}
    used = {
        term
        for triple in shapes()
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(UNKG_NS)
    }
    assert used, "the shapes use no unkg: term?"
    assert not used - declared, f"undeclared: {sorted(map(str, used - declared))}"


def _sh_in(shape: URIRef) -> set:
    return set(Collection(shapes(), shapes().value(shape, SH["in"])))


def _members(collection: URIRef) -> set:
    return set(ontology().objects(collection, SKOS.member))


def _in_scheme(scheme: URIRef) -> set:
    return set(ontology().subjects(SKOS.inScheme, scheme))


def test_shape_value_lists_match_the_ontology():
    assert _sh_in(UNKG_SH["Attendance-role"]) == _members(UNKG.AttendanceRoles)
    assert _sh_in(UNKG_SH["Office-role"]) == _members(UNKG.OfficeRoles)
    assert _sh_in(UNKG_SH["Adoption-procedure"]) == _in_scheme(UNKG.Procedures)
    assert _sh_in(UNKG_SH["Organization-organizationType"]) == _in_scheme(UNKG.OrganizationTypes)
    assert _sh_in(UNKG_SH["Decision-decisionType"]) == _in_scheme(UNKG.DecisionTypes)
    assert _sh_in(UNKG_SH["TreatyAction-action"]) == _in_scheme(UNKG.TreatyActionTypes)


# --------------------------------------------------------------------------
# The ontology


def _unkg_terms() -> list[URIRef]:
    return sorted(
        {
            s for s in ontology().subjects(RDF.type, None)
            if isinstance(s, URIRef) and str(s).startswith(UNKG_NS) and str(s) != UNKG_NS
        }
    )


def _languages(subject: URIRef, predicate: URIRef) -> set:
    return {o.language for o in ontology().objects(subject, predicate) if isinstance(o, Literal)}


def test_ontology_header():
    g = ontology()
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert g.value(ONTOLOGY_IRI, DCTERMS.title) is not None
    assert g.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    assert g.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix) == Literal("unkg")


@pytest.mark.parametrize("term", _unkg_terms(), ids=lambda t: str(t).rsplit("#", 1)[1])
def test_ontology_term_is_documented(term: URIRef):
    g = ontology()
    assert {"en", "zh"} <= _languages(term, RDFS.label), "rdfs:label in en and zh"
    assert "en" in _languages(term, RDFS.comment), "rdfs:comment in en"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in g
    for lang in ("en", "zh"):
        labels = [o for o in g.objects(term, RDFS.label) if o.language == lang]
        assert len(labels) == 1, f"one rdfs:label @{lang}"
    types = set(g.objects(term, RDF.type))
    if types & {OWL.ObjectProperty, OWL.DatatypeProperty}:
        assert g.value(term, RDFS.domain) is not None, "rdfs:domain"
        assert g.value(term, RDFS.range) is not None, "rdfs:range"
    if SKOS.Concept in types:
        assert {"en", "zh"} <= _languages(term, SKOS.prefLabel), "skos:prefLabel in en and zh"
        assert g.value(term, SKOS.definition) is not None, "skos:definition"
        classes = types & set(CONCEPT_CLASSES)
        assert len(classes) == 1, "typed with exactly one concept class"
        (cls,) = classes
        assert (term, SKOS.inScheme, CONCEPT_CLASSES[cls]) in g


def test_ontology_uses_only_declared_unkg_terms():
    declared = set(_unkg_terms())
    used = {
        t for triple in ontology() for t in triple
        if isinstance(t, URIRef) and str(t).startswith(UNKG_NS)
    }
    assert not used - declared, sorted(map(str, used - declared))


def test_ontology_union_domains_and_ranges_name_declared_classes():
    g = ontology()
    for prop in _unkg_terms():
        for predicate in (RDFS.domain, RDFS.range):
            for value in g.objects(prop, predicate):
                if isinstance(value, BNode):
                    members = list(Collection(g, g.value(value, OWL.unionOf)))
                    assert len(members) >= 2, (prop, predicate)
                    for member in members:
                        assert member == RDF.Statement or (member, RDF.type, OWL.Class) in g


def test_contract_alignments():
    for triple in CONTRACT_ALIGNMENTS:
        assert triple in ontology(), triple


@pytest.mark.parametrize("name", CONTRACT_ROLES)
def test_contract_role_is_a_concept(name: str):
    role = URIRef(UNKG_NS + name)
    g = ontology()
    assert (role, RDF.type, SKOS.Concept) in g
    assert (role, RDF.type, UNKG.Role) in g
    assert (role, SKOS.inScheme, UNKG.Roles) in g


def test_attendance_and_office_roles_partition_the_roles():
    attendance, office = _members(UNKG.AttendanceRoles), _members(UNKG.OfficeRoles)
    assert not attendance & office
    assert attendance | office == _in_scheme(UNKG.Roles)
    assert {UNKG.StateParty, UNKG.ObserverState, UNKG.ObserverOrganization,
            UNKG.NonGovernmentalOrganization} <= attendance
    assert {UNKG.President, UNKG.VicePresident, UNKG.Chair, UNKG.ViceChair,
            UNKG.SecretaryGeneral, UNKG.Secretary, UNKG.CredentialsCommitteeMember,
            UNKG.CoChair, UNKG.Facilitator, UNKG.Coordinator, UNKG.FocalPoint} <= office


def test_concept_preferred_labels_are_unique_per_scheme():
    g = ontology()
    for scheme in CONCEPT_CLASSES.values():
        for lang in ("en", "zh"):
            labels = [
                str(label)
                for concept in _in_scheme(scheme)
                for label in g.objects(concept, SKOS.prefLabel)
                if label.language == lang
            ]
            assert len(labels) == len(set(labels)), (scheme, lang, sorted(labels))
