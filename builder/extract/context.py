"""The state shared by the extractors of one report: its text, its identity,
and the records found so far. Extractors add plain records here; they never
touch rdflib (the emitter does)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..gazetteer import Gazetteer, OrgEntry, SeriesEntry, lookup_form
from ..iri import name_key, slug, symbol_key
from ..normalize import Clean
from ..records import CountCheck, Entity, Fact, Ref, Span, Warning_
from ..segment import Segmented, Unit
from ..symbols import parse as parse_symbol


@dataclass
class MeetingInfo:
    key: str
    series: str
    ordinal: int | None
    label_zh: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass
class Context:
    path: Path
    source: str
    clean: Clean
    seg: Segmented
    gaz: Gazetteer
    symbol: str | None = None
    # the report's other symbols, where it is issued under a joint symbol
    joint_symbols: list[str] = field(default_factory=list)
    series: SeriesEntry | None = None
    series_key: str | None = None
    treaty_key: str | None = None
    meeting: MeetingInfo | None = None
    meetings: dict[str, MeetingInfo] = field(default_factory=dict)
    entities: dict[Ref, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    counts: list[CountCheck] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    # names that the report itself lists as items (annex lists of organizations):
    # lookup form -> name as written
    local_names: dict[str, str] = field(default_factory=dict)
    # plenary references resolved in reading order: (clean offset, meeting key, numbers)
    # (clean offset, meeting key, plenary numbers); a key None: from there on no plenary named before is in force
    plenary_mentions: list[tuple[int, str | None, tuple[int, ...]]] = field(default_factory=list)
    # adoptions whose object names a document by its title only (「通过了第二工作组的报告」):
    # (unit, object, object offset, act), resolved once the documents' titles are read
    pending_titles: list[tuple] = field(default_factory=list)

    # ----- spans -------------------------------------------------------------
    def span(self, unit: Unit, start: int, end: int) -> Span:
        """A span given in offsets relative to the unit's text."""
        return Span(unit.start + start, unit.start + end, unit.label)

    def unit_span(self, unit: Unit) -> Span:
        return Span(unit.start, unit.end, unit.label)

    def text(self, unit: Unit) -> str:
        return self.seg.text(unit)

    def units(self, *kinds: str):
        """The units of the given kinds, in reading order, with their text."""
        for unit in self.seg.units:
            if unit.kind in kinds:
                yield unit, self.seg.text(unit)

    # ----- records ------------------------------------------------------------
    def add(self, kind: str, span: Span, **args: object) -> Fact:
        fact = Fact.make(kind, span, **args)
        self.facts.append(fact)
        return fact

    def warn(self, code: str, message: str, span: Span | None = None) -> None:
        self.warnings.append(Warning_(code, message, span))

    def count(self, what: str, stated: int, extracted: int | None, span: Span, note: str = "") -> None:
        self.counts.append(CountCheck(what, stated, extracted, span, note))

    def entity(self, ref: Ref, label: str | None = None, lang: str = "zh", span: Span | None = None) -> Entity:
        entity = self.entities.get(ref)
        if entity is None:
            entity = self.entities[ref] = Entity(ref, span=span)
        if label:
            entity.add_label(label, lang)
        return entity

    # ----- entity references ------------------------------------------------
    def state(self, name: str, span: Span | None = None) -> Ref | None:
        entry = self.gaz.state(name)
        if entry is None:
            return None
        ref = Ref("state", entry.iso3)
        self.entity(ref, span=span)
        return ref

    def organization(self, name: str, span: Span | None = None, known_only: bool = False) -> Ref | None:
        """An organization: from the gazetteer, or (unless `known_only`) as written."""
        name = name.strip()
        entry: OrgEntry | None = self.gaz.organization(name)
        identity = _without_acronym(self, name)
        if entry is None and identity != name:
            entry = self.gaz.organization(identity)
        if entry is not None:
            ref = Ref("organization", entry.key)
        elif (known_only and lookup_form(identity) not in self.local_names) or not _plausible_name(name):
            return None
        else:
            ref = Ref("organization", "zh-" + name_key(identity) if _has_cjk(identity) else slug(identity) or name_key(identity))
        entity = self.entity(ref, name, "zh" if _has_cjk(name) else "en", span)
        if entry is None:
            entity.props.setdefault("written", name)
        return ref

    def person(self, name: str, span: Span | None = None) -> Ref:
        name = re.sub(r"\s+", " ", name).strip()
        ref = Ref("person", name_key(name))
        self.entity(ref, name, "zh" if _has_cjk(name) else "en", span)
        return ref

    def document(self, symbol: str, span: Span | None = None) -> Ref | None:
        parsed = parse_symbol(symbol)
        if parsed is None:
            return None
        ref = Ref("document", symbol_key(parsed.text))
        entity = self.entity(ref, span=span)
        entity.props["symbol"] = parsed.text
        return ref

    def meeting_ref(self, info: MeetingInfo) -> Ref:
        self.meetings.setdefault(info.key, info)
        ref = Ref("meeting", info.key)
        entity = self.entity(ref)
        entity.props["meeting"] = info
        return ref

    def plenary_ref(self, meeting_key: str, number: int) -> Ref:
        ref = Ref("meeting", f"{meeting_key}/plenary/{number}")
        entity = self.entity(ref)
        entity.props.update({"plenary_of": meeting_key, "number": number})
        return ref

    def report_ref(self) -> Ref:
        assert self.symbol is not None
        return Ref("document", symbol_key(self.symbol))


def _without_acronym(ctx: "Context", name: str) -> str:
    """「日本反对原子弹和氢弹大会(原水禁)」 → the name without a trailing
    parenthetical acronym; a parenthetical state (a national branch) stays."""
    match = re.fullmatch(r"(?P<name>.+?)\s*\((?P<paren>[^()]{1,12})\)", name)
    if match is None or ctx.gaz.state(match.group("paren")) is not None:
        return name
    return match.group("name")


def _has_cjk(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]", text))


_KIND_ONLY = re.compile(r"(?:各|其他|有关|相关|许多|若干|多个|国际|区域|学术界和)*"
                        r"(?:非政府|政府间|国际|区域|次区域|民间社会|联合国系统各?|联合国各|各?专门)(?:组织|机构|实体)")


def _plausible_name(name: str) -> bool:
    if len(lookup_form(name)) < 2 or len(name) > 80:
        return False
    if re.search(r"\d+\s*个|的代表", name):
        return False  # a count or a phrase, not a name
    if _KIND_ONLY.fullmatch(name.strip()):
        return False  # 「非政府组织」, 「政府间组织」: a kind of organization, not one
    # Punctuation inside quotation marks belongs to a quoted title (「“扭转趋势：…”倡议」).
    return not re.search(r"[。；：:;]", re.sub(r"“[^”]*”|《[^》]*》", "“”", name))
