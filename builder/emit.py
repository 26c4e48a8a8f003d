"""The one emitter: extraction records → RDF triples in a report's named graph.

Every Attendance, Office, Adoption and TreatyAction node carries
`unkg:evidence`; every other extracted triple is reified as an `rdf:Statement`
with its evidence (see docs/model.md). All nodes are IRIs minted from their
content, so the output has no blank nodes and is the same in every build.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from .extract.context import Context, MeetingInfo
from .extract.meetings import english_label
from .gazetteer import Gazetteer
from .iri import Minter
from .namespace import OWL, RDF, RDFS, SKOS, UNKG
from .records import Fact, Ref, Span

WIKIDATA = "http://www.wikidata.org/entity/"
UNDOCS = "https://undocs.org/"

_ORG_TYPES = {
    "UNEntity": UNKG.UNEntity, "IGO": UNKG.IGO, "NGO": UNKG.NGO, "GroupOfStates": UNKG.GroupOfStates,
    "RedCrossMovement": UNKG.RedCrossMovement, "Academic": UNKG.Academic,
    "SubnationalGovernment": UNKG.SubnationalGovernment, "Other": UNKG.OtherOrganizationType,
}
_ROLES = {name: getattr(UNKG, name) for name in (
    "StateParty", "MemberState", "ObserverState", "SignatoryState", "ObserverOrganization", "NonGovernmentalOrganization",
    "Speaker", "Panellist", "President", "VicePresident", "Chair", "ViceChair", "SecretaryGeneral", "Secretary",
    "CredentialsCommitteeMember", "CoChair", "Facilitator", "Coordinator", "FocalPoint", "Rapporteur")}
_PROCEDURES = {name: getattr(UNKG, name) for name in ("Consensus", "SilenceProcedure", "Acclamation", "Vote", "WithoutVote")}
_DECISION_TYPES = {name: getattr(UNKG, name) for name in (
    "OrdinaryDecision", "Declaration", "IntersessionalDecision", "Resolution", "Recommendation")}
_ACTIONS = {name: getattr(UNKG, name) for name in ("Signature", "Ratification", "Accession")}
_DIRECT = {
    "reportOf": UNKG.reportOf, "references": UNKG.references, "considered": UNKG.considered,
    "submittedBy": UNKG.submittedBy, "chaired": UNKG.chaired, "nationality": UNKG.nationality,
    "affiliation": UNKG.affiliation, "function": UNKG.function, "startDate": UNKG.startDate,
    "endDate": UNKG.endDate, "location": UNKG.location, "date": UNKG.date, "title": RDFS.label,
    "number": UNKG.number, "decisionType": UNKG.decisionType,
}
_CLASSES = {"state": UNKG.State, "organization": UNKG.Organization, "person": UNKG.Person,
            "series": UNKG.MeetingSeries, "document": UNKG.Document, "treaty": UNKG.Treaty}


# Terms of the hot paths, looked up once (a DefinedNamespace attribute is a
# Python-level __getattr__ on every use).
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_EVIDENCE_CLASS, _EVIDENCE, _SOURCE, _PARAGRAPH = UNKG.Evidence, UNKG.evidence, UNKG.source, UNKG.paragraph
_CHAR_START, _CHAR_END, _QUOTE = UNKG.charStart, UNKG.charEnd, UNKG.quote
_XSD_STRING, _XSD_INTEGER, _XSD_DATE = XSD.string, XSD.integer, XSD.date
_LANG_TAGGED = frozenset((RDFS.label, UNKG.location, UNKG.function, UNKG.body, SKOS.altLabel))


class _Terms:
    """A namespace's terms as plain attributes: each looked up in the namespace
    once, then an ordinary attribute (the emitter asks for them per triple)."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


_UNKG, _RDF, _RDFS, _SKOS, _OWL, _XSD = (_Terms(ns) for ns in (UNKG, RDF, RDFS, SKOS, OWL, XSD))
_HAN = re.compile(r"[\u3400-\u9fff]")
_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def _lang(text: str) -> str:
    return "zh" if _HAN.search(text) else "en"


def _literal(value: object, predicate: URIRef, make=Literal) -> Literal:
    if isinstance(value, dt.date):
        return make(value.isoformat(), datatype=_XSD_DATE)
    if isinstance(value, bool):
        raise TypeError("no boolean literals in this model")
    if isinstance(value, int):
        return make(value, datatype=_XSD_INTEGER)
    text = str(value)
    if predicate in _LANG_TAGGED:
        return make(text, lang=_lang(text))
    return make(text, datatype=_XSD_STRING)


def make_literal(value, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
    """`Literal(value, lang=lang, datatype=datatype)`, built directly for the
    three kinds the emitter makes by the thousand (xsd:string text, xsd:integer
    ints, zh/en-tagged text), which rdflib's constructor takes about 6 µs each
    to parse, cast and check; every other kind goes to the constructor. The
    instance has the slots rdflib would give it (tests/test_emit.py compares
    the two on the emitter's literals and on edge cases)."""
    kind = value.__class__
    if kind is str:
        if lang is None and datatype == _XSD_STRING:
            made = str.__new__(Literal, value)
            made._language, made._datatype, made._value, made._ill_typed = None, _XSD_STRING, value, False
            return made
        if datatype is None and lang in _PLAIN_TAGS:
            made = str.__new__(Literal, value)
            made._language, made._datatype, made._value, made._ill_typed = lang, None, value, None
            return made
    elif kind is int and lang is None and datatype == _XSD_INTEGER:
        made = str.__new__(Literal, str(value))
        made._language, made._datatype, made._value, made._ill_typed = None, _XSD_INTEGER, value, None
        return made
    return Literal(value, lang=lang, datatype=datatype)


_PLAIN_TAGS = frozenset(("zh", "en"))


class Emitter:
    def __init__(self, ctx: Context, graph: Graph, mint: Minter) -> None:
        self.ctx = ctx
        self.graph = graph
        self.mint = mint
        self.gaz: Gazetteer = ctx.gaz
        assert ctx.symbol is not None
        self._minted: dict[tuple[str, str], URIRef] = {}
        self._literals: dict[tuple, Literal] = {}
        self._evidence: dict[tuple[int, int], URIRef] = {}  # (start, end) in the source → its node
        # add(s, p, o): the graph's own three-argument add where it has one (RowGraph)
        self.add = getattr(graph, "add_triple", None) or (lambda s, p, o: graph.add((s, p, o)))
        self.report_key = ctx.report_ref().key
        self.report = self.iri(ctx.report_ref())

    # ----- helpers ------------------------------------------------------------
    def minted(self, kind: str, key: str) -> URIRef:
        """`mint(kind, key)`, once per IRI of the report (the same URIRef after)."""
        found = self._minted.get((kind, key))
        if found is None:
            found = self._minted[(kind, key)] = self.mint(kind, key)
        return found

    def literal(self, value, lang: str | None = None, datatype: URIRef | None = None) -> Literal:
        """Literal(value, lang, datatype), one object per distinct literal of the
        report (rdflib's constructor is slow, and a graph that keeps its terms'
        canonical forms by object, as RowGraph does, finds a known one at once)."""
        key = (value.__class__, value, lang, datatype)
        found = self._literals.get(key)
        if found is None:
            found = self._literals[key] = make_literal(value, lang, datatype)
        return found

    def iri(self, ref: Ref) -> URIRef:
        return self.minted(ref.kind, ref.key)

    def evidence(self, span: Span) -> URIRef:
        if span.in_source:
            start, end = span.start, span.end
        else:
            start, end = self.ctx.clean.to_source(span.start, span.end)
        node = self._evidence.get((start, end))
        if node is None:
            node = self._evidence[(start, end)] = self.mint("evidence", f"{self.report_key}/{start}-{end}")
            quote = self.ctx.source[start:end]
            add = self.add
            add(node, _TYPE, _EVIDENCE_CLASS)
            add(node, _SOURCE, self.report)
            add(node, _PARAGRAPH, self.literal(span.paragraph, datatype=_XSD_STRING))
            add(node, _CHAR_START, self.literal(start, datatype=_XSD_INTEGER))
            add(node, _CHAR_END, self.literal(end, datatype=_XSD_INTEGER))
            add(node, _QUOTE, self.literal(quote, datatype=_XSD_STRING))
        return node

    def statement(self, s: URIRef, p: URIRef, o, span: Span) -> None:
        """A direct triple, and its reification carrying the evidence."""
        add = self.add
        add(s, p, o)
        digest = hashlib.sha1(f"{s.n3()} {p.n3()} {o.n3()}".encode("utf-8")).hexdigest()[:24]
        node = self.mint("statement", digest)
        add(node, _TYPE, _STATEMENT)
        add(node, _SUBJECT, s)
        add(node, _PREDICATE, p)
        add(node, _OBJECT, o)
        add(node, _EVIDENCE, self.evidence(span))

    # ----- entities -----------------------------------------------------------
    def entities(self) -> None:
        for ref in sorted(self.ctx.entities):
            entity = self.ctx.entities[ref]
            node = self.iri(ref)
            if ref.kind == "state":
                self.state(node, ref)
            elif ref.kind == "organization":
                self.organization(node, ref, entity)
            elif ref.kind == "person":
                self.add(node, _RDF.type, _UNKG.Person)
                for lang, labels in sorted(entity.labels.items()):
                    for label in sorted(labels):
                        self.add(node, _RDFS.label, self.literal(label, lang=lang))
                for label, lang in sorted(entity.alt_labels):
                    self.add(node, _SKOS.altLabel, self.literal(label, lang=_lang(label)))
            elif ref.kind == "document":
                symbol = entity.props.get("symbol") or ref.key
                self.add(node, _RDF.type, _UNKG.Document)
                self.add(node, _UNKG.symbol, self.literal(symbol, datatype=_XSD.string))
                self.add(node, _RDFS.seeAlso, URIRef(UNDOCS + symbol.replace(" ", "%20")))
            elif ref.kind == "series":
                self.series(node, ref.key)
            elif ref.kind == "treaty":
                self.treaty(node, ref.key)
            elif ref.kind == "meeting":
                self.meeting_like(node, ref, entity)

    def state(self, node: URIRef, ref: Ref) -> None:
        entry = self.gaz.states[ref.key]
        self.add(node, _RDF.type, _UNKG.State)
        self.add(node, _UNKG.iso3, self.literal(entry.iso3, datatype=_XSD.string))
        self.add(node, _UNKG.m49, self.literal(entry.m49, datatype=_XSD.string))
        self.add(node, _RDFS.label, self.literal(entry.zh_short, lang="zh"))
        self.add(node, _RDFS.label, self.literal(entry.en_short, lang="en"))
        self.add(node, _UNKG.formalName, self.literal(entry.zh_formal, lang="zh"))
        self.add(node, _UNKG.formalName, self.literal(entry.en_formal, lang="en"))
        if entry.wikidata:
            self.add(node, _OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))

    def organization(self, node: URIRef, ref: Ref, entity) -> None:
        self.add(node, _RDF.type, _UNKG.Organization)
        for lang, labels in sorted(entity.labels.items()):
            for label in sorted(labels):
                self.add(node, _RDFS.label, self.literal(label, lang=lang))
        entry = self.gaz.organizations.get(ref.key)
        if entry is None:
            return
        if entry.en_name:
            self.add(node, _RDFS.label, self.literal(entry.en_name, lang="en"))
        if entry.zh_name and entry.zh_name not in entity.labels.get("zh", set()):
            self.add(node, _SKOS.altLabel, self.literal(entry.zh_name, lang="zh"))
        if entry.acronym:
            self.add(node, _UNKG.acronym, self.literal(entry.acronym, datatype=_XSD.string))
        if entry.type in _ORG_TYPES:
            self.add(node, _UNKG.organizationType, _ORG_TYPES[entry.type])
        if entry.wikidata:
            self.add(node, _OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))
        if not entity.labels:
            self.add(node, _RDFS.label, self.literal(entry.zh_name or entry.en_name, lang=_lang(entry.zh_name or entry.en_name)))

    def series(self, node: URIRef, key: str) -> None:
        self.add(node, _RDF.type, _UNKG.MeetingSeries)
        entry = self.gaz.series.get(key)
        if entry is not None:
            if entry.zh_name:
                self.add(node, _RDFS.label, self.literal(entry.zh_name, lang="zh"))
            if entry.en_name:
                self.add(node, _RDFS.label, self.literal(entry.en_name, lang="en"))
        else:
            self.add(node, _RDFS.label, self.literal(key, lang="en"))

    def treaty(self, node: URIRef, key: str) -> None:
        self.add(node, _RDF.type, _UNKG.Treaty)
        entry = self.gaz.treaties.get(key)
        if entry is None:
            self.add(node, _RDFS.label, self.literal(key, lang="en"))
            return
        self.add(node, _RDFS.label, self.literal(entry.zh_name, lang="zh"))
        self.add(node, _RDFS.label, self.literal(entry.en_name, lang="en"))
        if entry.wikidata:
            self.add(node, _OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))

    def meeting_like(self, node: URIRef, ref: Ref, entity) -> None:
        props = entity.props
        if "plenary_of" in props:
            number = props["number"]
            parent = self.minted("meeting", props["plenary_of"])
            self.add(node, _RDF.type, _UNKG.PlenaryMeeting)
            self.add(node, _UNKG.partOf, parent)
            self.add(node, _UNKG.number, self.literal(number, datatype=_XSD.integer))
            self.add(node, _RDFS.label, self.literal(f"第 {number} 次全体会议", lang="zh"))
            self.add(node, _RDFS.label, self.literal(f"plenary meeting {number}", lang="en"))
            info = self.ctx.meetings.get(props["plenary_of"])
            if info is not None:
                self.meeting(parent, info)
        elif "decision" in props:
            kind, number = props["decision"]
            self.add(node, _RDF.type, _UNKG.Decision)
            if not any(f.kind == "title" and f.get("subject") == ref for f in self.ctx.facts):
                resolution = ref.key.rsplit("/", 1)[-1].startswith("resolution-") or any(
                    f.kind == "decisionType" and f.get("subject") == ref and f.get("value") == "Resolution"
                    for f in self.ctx.facts)
                fallback = {"decision": f"{'决议' if resolution else '决定'} {number}",
                            "intersessional": f"闭会期间决定 {number}"}.get(kind, "宣言")
                self.add(node, _RDFS.label, self.literal(fallback, lang="zh"))
        elif "meeting" in props:
            self.meeting(node, props["meeting"])

    def meeting(self, node: URIRef, info: MeetingInfo) -> None:
        self.add(node, _RDF.type, _UNKG.Meeting)
        # a name as written over a cover's lines (「…缔约方大会 ⏎ 第十七次会议」) is one line
        self.add(node, _RDFS.label, self.literal(_LINE_BREAK.sub("", info.label_zh).strip(), lang="zh"))
        english = english_label(self.ctx, info)
        if english:
            self.add(node, _RDFS.label, self.literal(english, lang="en"))
        if info.ordinal is not None:
            self.add(node, _UNKG.ordinal, self.literal(info.ordinal, datatype=_XSD.integer))
        series = self.minted("series", info.series)
        self.add(node, _UNKG.inSeries, series)
        self.series(series, info.series)

    # ----- facts --------------------------------------------------------------
    def facts(self) -> None:
        for fact in self.ctx.facts:
            handler = getattr(self, "fact_" + fact.kind.replace("-", "_"), None)
            if handler is not None:
                handler(fact)
            elif fact.kind in _DIRECT:
                self.direct(fact)
            else:
                raise ValueError(f"no emitter for fact kind {fact.kind!r}")

    def value(self, value: object, predicate: URIRef):
        if isinstance(value, Ref):
            return self.iri(value)
        if predicate == _UNKG.decisionType:
            return _DECISION_TYPES[str(value)]
        return _literal(value, predicate, self.literal)

    def direct(self, fact: Fact) -> None:
        predicate = _DIRECT[fact.kind]
        subject = self.iri(fact.get("subject"))
        self.statement(subject, predicate, self.value(fact.get("value"), predicate), fact.span)

    def fact_reportOf(self, fact: Fact) -> None:
        self.statement(self.iri(fact.get("document")), _UNKG.reportOf, self.iri(fact.get("meeting")), fact.span)

    def fact_chaired(self, fact: Fact) -> None:
        self.statement(self.iri(fact.get("person")), _UNKG.chaired, self.iri(fact.get("meeting")), fact.span)

    def nary(self, kind: str, key: str, cls: URIRef, values: dict, span: Span) -> URIRef:
        """An n-ary node (attendance, office, adoption, treaty action): its IRI
        minted from its content, its type, its values and its evidence."""
        node = self.mint(kind, key)
        self.add(node, _RDF.type, cls)
        for predicate, value in values.items():
            if value is not None:
                self.add(node, predicate, value)
        self.add(node, _UNKG.evidence, self.evidence(span))
        return node

    def optional_iri(self, ref: Ref | None) -> URIRef | None:
        return None if ref is None else self.iri(ref)

    def fact_attendance(self, fact: Fact) -> None:
        participant: Ref = fact.get("participant")
        meeting: Ref = fact.get("meeting")
        role = fact.get("role")
        self.nary("attendance", f"{meeting.key}/{role}/{participant.kind}/{participant.key}", _UNKG.Attendance,
                  {_UNKG.participant: self.iri(participant), _UNKG.meeting: self.iri(meeting), _UNKG.role: _ROLES[role]},
                  fact.span)
        self.add(self.iri(participant), _UNKG.attended, self.iri(meeting))

    def fact_office(self, fact: Fact) -> None:
        holder: Ref = fact.get("holder")
        meeting: Ref = fact.get("meeting")
        role = fact.get("role")
        body = fact.get("body")
        self.nary("office", f"{meeting.key}/{role}/{holder.kind}/{holder.key}", _UNKG.Office, {
            _UNKG.meeting: self.iri(meeting),
            _UNKG.holder: self.iri(holder),
            _UNKG.role: _ROLES[role],
            _UNKG.onBehalfOf: self.optional_iri(fact.get("onBehalfOf")),
            _UNKG.electedAt: self.optional_iri(fact.get("electedAt")),
            _UNKG.appointedBy: self.optional_iri(fact.get("appointedBy")),
            _UNKG.body: self.literal(body, lang=_lang(body)) if body else None,
        }, fact.span)

    def fact_adoption(self, fact: Fact) -> None:
        adopter: Ref = fact.get("adopter")
        item: Ref = fact.get("item")
        procedure = fact.get("procedure")
        date = fact.get("date")
        self.nary("adoption", f"{adopter.kind}/{adopter.key}/{item.kind}/{item.key}", _UNKG.Adoption, {
            _UNKG.adoptedBy: self.iri(adopter),
            _UNKG.item: self.iri(item),
            _UNKG.procedure: _PROCEDURES[procedure] if procedure else None,
            _UNKG.date: _literal(date, _UNKG.date, self.literal) if date is not None else None,
        }, fact.span)
        self.add(self.iri(adopter), _UNKG.adopted, self.iri(item))
        entity = self.ctx.entities.get(adopter)
        if entity is not None and "plenary_of" in entity.props:
            parent = self.minted("meeting", entity.props["plenary_of"])
            self.statement(parent, _UNKG.adopted, self.iri(item), fact.span)

    def fact_treaty_action(self, fact: Fact) -> None:
        state: Ref = fact.get("state")
        treaty: Ref = fact.get("treaty")
        action = fact.get("action")
        self.nary("treaty-action", f"{state.key}/{action}/{treaty.key}", _UNKG.TreatyAction,
                  {_UNKG.state: self.iri(state), _UNKG.treaty: self.iri(treaty), _UNKG.action: _ACTIONS[action]},
                  fact.span)


def emit(ctx: Context, graph: Graph, mint: Minter) -> None:
    """Write what `ctx` holds into `graph` (the report's named graph)."""
    emitter = Emitter(ctx, graph, mint)
    emitter.entities()
    emitter.facts()
