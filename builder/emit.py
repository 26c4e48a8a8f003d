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
    "StateParty", "ObserverState", "SignatoryState", "ObserverOrganization", "NonGovernmentalOrganization",
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


def _lang(text: str) -> str:
    return "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"


def _literal(value: object, predicate: URIRef) -> Literal:
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, bool):
        raise TypeError("no boolean literals in this model")
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    text = str(value)
    if predicate in (RDFS.label, UNKG.location, UNKG.function, UNKG.body, SKOS.altLabel):
        return Literal(text, lang=_lang(text))
    return Literal(text, datatype=XSD.string)


class Emitter:
    def __init__(self, ctx: Context, graph: Graph, mint: Minter) -> None:
        self.ctx = ctx
        self.graph = graph
        self.mint = mint
        self.gaz: Gazetteer = ctx.gaz
        assert ctx.symbol is not None
        self.report_key = ctx.report_ref().key
        self.report = self.iri(ctx.report_ref())

    # ----- helpers ------------------------------------------------------------
    def iri(self, ref: Ref) -> URIRef:
        return self.mint(ref.kind, ref.key)

    def add(self, s, p, o) -> None:
        self.graph.add((s, p, o))

    def evidence(self, span: Span) -> URIRef:
        if span.in_source:
            start, end = span.start, span.end
        else:
            start, end = self.ctx.clean.to_source(span.start, span.end)
        node = self.mint("evidence", f"{self.report_key}/{start}-{end}")
        if (node, RDF.type, UNKG.Evidence) not in self.graph:
            quote = self.ctx.source[start:end]
            self.add(node, RDF.type, UNKG.Evidence)
            self.add(node, UNKG.source, self.report)
            self.add(node, UNKG.paragraph, Literal(span.paragraph, datatype=XSD.string))
            self.add(node, UNKG.charStart, Literal(start, datatype=XSD.integer))
            self.add(node, UNKG.charEnd, Literal(end, datatype=XSD.integer))
            self.add(node, UNKG.quote, Literal(quote, datatype=XSD.string))
        return node

    def statement(self, s: URIRef, p: URIRef, o, span: Span) -> None:
        """A direct triple, and its reification carrying the evidence."""
        self.add(s, p, o)
        digest = hashlib.sha1(f"{s.n3()} {p.n3()} {o.n3()}".encode("utf-8")).hexdigest()[:24]
        node = self.mint("statement", digest)
        self.add(node, RDF.type, RDF.Statement)
        self.add(node, RDF.subject, s)
        self.add(node, RDF.predicate, p)
        self.add(node, RDF.object, o)
        self.add(node, UNKG.evidence, self.evidence(span))

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
                self.add(node, RDF.type, UNKG.Person)
                for lang, labels in sorted(entity.labels.items()):
                    for label in sorted(labels):
                        self.add(node, RDFS.label, Literal(label, lang=lang))
                for label, lang in sorted(entity.alt_labels):
                    self.add(node, SKOS.altLabel, Literal(label, lang=_lang(label)))
            elif ref.kind == "document":
                symbol = entity.props.get("symbol") or ref.key
                self.add(node, RDF.type, UNKG.Document)
                self.add(node, UNKG.symbol, Literal(symbol, datatype=XSD.string))
                self.add(node, RDFS.seeAlso, URIRef(UNDOCS + symbol.replace(" ", "%20")))
            elif ref.kind == "series":
                self.series(node, ref.key)
            elif ref.kind == "treaty":
                self.treaty(node, ref.key)
            elif ref.kind == "meeting":
                self.meeting_like(node, ref, entity)

    def state(self, node: URIRef, ref: Ref) -> None:
        entry = self.gaz.states[ref.key]
        self.add(node, RDF.type, UNKG.State)
        self.add(node, UNKG.iso3, Literal(entry.iso3, datatype=XSD.string))
        self.add(node, UNKG.m49, Literal(entry.m49, datatype=XSD.string))
        self.add(node, RDFS.label, Literal(entry.zh_short, lang="zh"))
        self.add(node, RDFS.label, Literal(entry.en_short, lang="en"))
        self.add(node, UNKG.formalName, Literal(entry.zh_formal, lang="zh"))
        self.add(node, UNKG.formalName, Literal(entry.en_formal, lang="en"))
        if entry.wikidata:
            self.add(node, OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))

    def organization(self, node: URIRef, ref: Ref, entity) -> None:
        self.add(node, RDF.type, UNKG.Organization)
        for lang, labels in sorted(entity.labels.items()):
            for label in sorted(labels):
                self.add(node, RDFS.label, Literal(label, lang=lang))
        entry = self.gaz.organizations.get(ref.key)
        if entry is None:
            return
        if entry.en_name:
            self.add(node, RDFS.label, Literal(entry.en_name, lang="en"))
        if entry.zh_name and entry.zh_name not in entity.labels.get("zh", set()):
            self.add(node, SKOS.altLabel, Literal(entry.zh_name, lang="zh"))
        if entry.acronym:
            self.add(node, UNKG.acronym, Literal(entry.acronym, datatype=XSD.string))
        if entry.type in _ORG_TYPES:
            self.add(node, UNKG.organizationType, _ORG_TYPES[entry.type])
        if entry.wikidata:
            self.add(node, OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))
        if not entity.labels:
            self.add(node, RDFS.label, Literal(entry.zh_name or entry.en_name, lang=_lang(entry.zh_name or entry.en_name)))

    def series(self, node: URIRef, key: str) -> None:
        self.add(node, RDF.type, UNKG.MeetingSeries)
        entry = self.gaz.series.get(key)
        if entry is not None:
            if entry.zh_name:
                self.add(node, RDFS.label, Literal(entry.zh_name, lang="zh"))
            if entry.en_name:
                self.add(node, RDFS.label, Literal(entry.en_name, lang="en"))
        else:
            self.add(node, RDFS.label, Literal(key, lang="en"))

    def treaty(self, node: URIRef, key: str) -> None:
        self.add(node, RDF.type, UNKG.Treaty)
        entry = self.gaz.treaties.get(key)
        if entry is None:
            self.add(node, RDFS.label, Literal(key, lang="en"))
            return
        self.add(node, RDFS.label, Literal(entry.zh_name, lang="zh"))
        self.add(node, RDFS.label, Literal(entry.en_name, lang="en"))
        if entry.wikidata:
            self.add(node, OWL.sameAs, URIRef(WIKIDATA + entry.wikidata))

    def meeting_like(self, node: URIRef, ref: Ref, entity) -> None:
        props = entity.props
        if "plenary_of" in props:
            number = props["number"]
            parent = self.mint("meeting", props["plenary_of"])
            self.add(node, RDF.type, UNKG.PlenaryMeeting)
            self.add(node, UNKG.partOf, parent)
            self.add(node, UNKG.number, Literal(number, datatype=XSD.integer))
            self.add(node, RDFS.label, Literal(f"第 {number} 次全体会议", lang="zh"))
            self.add(node, RDFS.label, Literal(f"plenary meeting {number}", lang="en"))
            info = self.ctx.meetings.get(props["plenary_of"])
            if info is not None:
                self.meeting(parent, info)
        elif "decision" in props:
            kind, number = props["decision"]
            self.add(node, RDF.type, UNKG.Decision)
            if not any(f.kind == "title" and f.get("subject") == ref for f in self.ctx.facts):
                fallback = {"decision": f"决定 {number}", "intersessional": f"闭会期间决定 {number}"}.get(kind, "宣言")
                self.add(node, RDFS.label, Literal(fallback, lang="zh"))
        elif "meeting" in props:
            self.meeting(node, props["meeting"])

    def meeting(self, node: URIRef, info: MeetingInfo) -> None:
        self.add(node, RDF.type, UNKG.Meeting)
        self.add(node, RDFS.label, Literal(info.label_zh, lang="zh"))
        english = english_label(self.ctx, info)
        if english:
            self.add(node, RDFS.label, Literal(english, lang="en"))
        if info.ordinal is not None:
            self.add(node, UNKG.ordinal, Literal(info.ordinal, datatype=XSD.integer))
        series = self.mint("series", info.series)
        self.add(node, UNKG.inSeries, series)
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
        if predicate == UNKG.decisionType:
            return _DECISION_TYPES[str(value)]
        return _literal(value, predicate)

    def direct(self, fact: Fact) -> None:
        predicate = _DIRECT[fact.kind]
        subject = self.iri(fact.get("subject"))
        self.statement(subject, predicate, self.value(fact.get("value"), predicate), fact.span)

    def fact_reportOf(self, fact: Fact) -> None:
        self.statement(self.iri(fact.get("document")), UNKG.reportOf, self.iri(fact.get("meeting")), fact.span)

    def fact_chaired(self, fact: Fact) -> None:
        self.statement(self.iri(fact.get("person")), UNKG.chaired, self.iri(fact.get("meeting")), fact.span)

    def nary(self, kind: str, key: str, cls: URIRef, values: dict, span: Span) -> URIRef:
        """An n-ary node (attendance, office, adoption, treaty action): its IRI
        minted from its content, its type, its values and its evidence."""
        node = self.mint(kind, key)
        self.add(node, RDF.type, cls)
        for predicate, value in values.items():
            if value is not None:
                self.add(node, predicate, value)
        self.add(node, UNKG.evidence, self.evidence(span))
        return node

    def optional_iri(self, ref: Ref | None) -> URIRef | None:
        return None if ref is None else self.iri(ref)

    def fact_attendance(self, fact: Fact) -> None:
        participant: Ref = fact.get("participant")
        meeting: Ref = fact.get("meeting")
        role = fact.get("role")
        self.nary("attendance", f"{meeting.key}/{role}/{participant.kind}/{participant.key}", UNKG.Attendance,
                  {UNKG.participant: self.iri(participant), UNKG.meeting: self.iri(meeting), UNKG.role: _ROLES[role]},
                  fact.span)
        self.add(self.iri(participant), UNKG.attended, self.iri(meeting))

    def fact_office(self, fact: Fact) -> None:
        holder: Ref = fact.get("holder")
        meeting: Ref = fact.get("meeting")
        role = fact.get("role")
        body = fact.get("body")
        self.nary("office", f"{meeting.key}/{role}/{holder.kind}/{holder.key}", UNKG.Office, {
            UNKG.meeting: self.iri(meeting),
            UNKG.holder: self.iri(holder),
            UNKG.role: _ROLES[role],
            UNKG.onBehalfOf: self.optional_iri(fact.get("onBehalfOf")),
            UNKG.electedAt: self.optional_iri(fact.get("electedAt")),
            UNKG.appointedBy: self.optional_iri(fact.get("appointedBy")),
            UNKG.body: Literal(body, lang=_lang(body)) if body else None,
        }, fact.span)

    def fact_adoption(self, fact: Fact) -> None:
        adopter: Ref = fact.get("adopter")
        item: Ref = fact.get("item")
        procedure = fact.get("procedure")
        date = fact.get("date")
        self.nary("adoption", f"{adopter.kind}/{adopter.key}/{item.kind}/{item.key}", UNKG.Adoption, {
            UNKG.adoptedBy: self.iri(adopter),
            UNKG.item: self.iri(item),
            UNKG.procedure: _PROCEDURES[procedure] if procedure else None,
            UNKG.date: _literal(date, UNKG.date) if date is not None else None,
        }, fact.span)
        self.add(self.iri(adopter), UNKG.adopted, self.iri(item))
        entity = self.ctx.entities.get(adopter)
        if entity is not None and "plenary_of" in entity.props:
            parent = self.mint("meeting", entity.props["plenary_of"])
            self.statement(parent, UNKG.adopted, self.iri(item), fact.span)

    def fact_treaty_action(self, fact: Fact) -> None:
        state: Ref = fact.get("state")
        treaty: Ref = fact.get("treaty")
        action = fact.get("action")
        self.nary("treaty-action", f"{state.key}/{action}/{treaty.key}", UNKG.TreatyAction,
                  {UNKG.state: self.iri(state), UNKG.treaty: self.iri(treaty), UNKG.action: _ACTIONS[action]},
                  fact.span)


def emit(ctx: Context, graph: Graph, mint: Minter) -> None:
    """Write what `ctx` holds into `graph` (the report's named graph)."""
    emitter = Emitter(ctx, graph, mint)
    emitter.entities()
    emitter.facts()
