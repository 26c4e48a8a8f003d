"""Segment a clean report into its parts: title, chapters, sections, numbered
paragraphs, annexes and their parts, decisions, tables and footnotes.

The result is a flat list of `Unit`s in reading order, each with the label a
reader would cite (``13``, ``annex II, decision 1``, ``footnote 1 (para 5)``)
and the context it sits in. Extractors work on units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .normalize import Block, Clean, is_table_header
from .symbols import parse as parse_symbol, row_symbol

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "〇": 0, "零": 0}
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]

_CHAPTER = re.compile(r"^(?P<n>[一二三四五六七八九十]+)\s*[.．、]\s*(?P<title>.+)$")
_SECTION = re.compile(r"^(?P<n>[A-Z])\s*[.．]\s+(?P<title>.+)$")
_PARAGRAPH = re.compile(r"^(?P<n>\d{1,3})\s*[.．]\s*(?P<rest>.*)$")
# 「4.2 东欧国家集团的…」: paragraph 2 under paragraph (heading) 4.
_SUBPARAGRAPH = re.compile(r"^(?P<n>\d{1,2})\s*[.．]\s*(?P<m>\d{1,2})(?![\d.．])\s*\S")
_ANNEX = re.compile(r"^附件\s*(?P<n>[一二三四五六七八九十]+|\d+)?\s*$")
_DECISION = re.compile(r"^(?P<inter>闭会期间)?决定\s*(?P<n>\d+)\s*$")

def chinese_number(text: str) -> int | None:
    """一 → 1, 十一 → 11, 二十三 → 23, 两 → 2, 一百零四 and 一〇四 → 104; also plain digits."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "百" for ch in text):
        return None
    if "十" not in text and "百" not in text:
        if len(text) == 1:
            return _CN_DIGITS[text]
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))  # 「一〇四」 = 104
    value = 0
    hundreds, sep, rest = text.partition("百")
    if not sep:
        rest = text
    else:
        if len(hundreds) != 1 or hundreds in "十〇零":
            return None
        value += _CN_DIGITS[hundreds] * 100
        rest = rest.lstrip("零〇")
    if "十" in rest:
        tens, _, units = rest.partition("十")
        if len(tens) > 1 or len(units) > 1:
            return None
        value += (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)
    elif rest:
        if len(rest) != 1:
            return None
        value += _CN_DIGITS[rest]
    return value


def roman(n: int) -> str:
    return _ROMAN[n] if 0 < n < len(_ROMAN) else ("" if n == 0 else str(n))


_ROMAN_PLACES = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman_value(text: str) -> int | None:
    """XXXVI → 36; None unless `text` is a Roman numeral in its one canonical form."""
    value, rest = 0, text.strip()
    for amount, letters in _ROMAN_PLACES:
        while rest.startswith(letters):
            value, rest = value + amount, rest[len(letters) :]
    if rest or not value:
        return None
    canonical, left = "", value
    for amount, letters in _ROMAN_PLACES:
        canonical, left = canonical + letters * (left // amount), left % amount
    return value if canonical == text.strip() else None


@dataclass
class Unit:
    """A paragraph-level unit of the report."""

    kind: str  # title | chapter | section | paragraph | annex | annex-title | decision | table-row | footnote | note
    start: int  # clean span
    end: int
    label: str  # the citation label, e.g. "13", "annex II, decision 1", "footnote 2 (para 22)"
    part: str  # "body" or "annex I", "annex III, annex II" …
    number: int | None = None  # paragraph, chapter, annex or decision number
    decision: tuple[str, int] | None = None  # ("decision" | "intersessional", n) in force
    footnote_calls: list[tuple[int, str]] = field(default_factory=list)  # (clean offset, marker)
    footnote: str | None = None  # marker, for footnotes
    called_from: "Unit | None" = None  # for footnotes: the (last) unit that calls it
    callers: list["Unit"] = field(default_factory=list)  # for footnotes: every unit that calls it
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Segmented:
    clean: Clean
    units: list[Unit]
    title: Unit | None

    def text(self, unit: Unit) -> str:
        return self.clean.text[unit.start : unit.end]

    def body_units(self) -> list[Unit]:
        return [u for u in self.units if u.kind != "footnote"]

    def footnotes_of(self, unit: Unit) -> list[Unit]:
        return [u for u in self.units if u.kind == "footnote" and any(c is unit for c in u.callers)]


def _call_pattern(marker: str) -> re.Pattern[str]:
    # A footnote call: the marker glued after text (not after a digit, a
    # slash or a Latin letter), followed by space, the end, or CJK text.
    return re.compile(
        rf"(?<=[^\d\s/.\-A-Za-z(（第])({re.escape(marker)})(?=\s|$|[^\d/.\-A-Za-z%])"
    )


def segment(clean: Clean) -> Segmented:
    units: list[Unit] = []
    part = "body"
    top_annex = 0
    chapter_label = ""
    paragraph = 0  # the last numbered paragraph of the current part
    subparagraph = 0  # the last 「N.M」 under it
    decision: tuple[str, int] | None = None
    expected_decision = {"decision": 1, "intersessional": 1}
    in_table = False
    title: Unit | None = None
    current: Unit | None = None
    after_annex_heading = False

    def part_label() -> str:
        return part

    def label_for(kind: str, number: int | None = None) -> str:
        top, _, sub = part.partition(", ")
        base = "" if part == "body" else top
        if decision is not None and part != "body":
            name = "intersessional decision" if decision[0] == "intersessional" else "decision"
            base = f"{base}, {name} {decision[1]}"
        if sub:
            base = f"{base}, {sub}"
        if kind == "paragraph" and number is not None:
            return f"{base}, para {number}" if base else str(number)
        if kind in ("table-row",):
            return f"{base}, table" if base else "table"
        return base or (chapter_label or "title")

    body_blocks = [b for b in clean.blocks if b.stream == "body"]
    for block in body_blocks:
        text = clean.text[block.start : block.end]
        m_annex = _ANNEX.match(text)
        if m_annex:
            n = chinese_number(m_annex.group("n") or "") or 0
            if part == "body" or n == top_annex + 1:
                top_annex = n
                part = f"annex {roman(n)}".strip()
                decision = None
                expected_decision = {"decision": 1, "intersessional": 1}
            else:
                part = f"annex {roman(top_annex)}, annex {roman(n)}"
            paragraph = 0
            in_table = False
            current = Unit("annex", block.start, block.end, part, part, n, decision, blocks=[block])
            units.append(current)
            after_annex_heading = True
            continue
        m_dec = _DECISION.match(text)
        if m_dec and part != "body":
            kind = "intersessional" if m_dec.group("inter") else "decision"
            digits = m_dec.group("n")
            n = int(digits)
            calls: list[tuple[int, str]] = []
            expected = expected_decision[kind]
            if n != expected and len(digits) > 1 and int(digits[:-1]) == expected:
                # 「闭会期间决定 11」: decision 1 with footnote call 1.
                n = expected
                calls.append((block.end - 1, digits[-1]))
            expected_decision[kind] = n + 1
            decision = (kind, n)
            part = f"annex {roman(top_annex)}"  # a decision closes the sub-annexes of the one before
            paragraph = 0
            current = Unit("decision", block.start, block.end, label_for("decision"), part, n, decision, calls, blocks=[block])
            units.append(current)
            after_annex_heading = True
            continue
        if is_table_header(text):
            in_table = True
            current = Unit("table-header", block.start, block.end, label_for("table-row"), part, None, decision, blocks=[block])
            units.append(current)
            continue
        if in_table and row_symbol(text) is not None:
            current = Unit("table-row", block.start, block.end, label_for("table-row"), part, None, decision, blocks=[block])
            units.append(current)
            continue
        m_ch = _CHAPTER.match(text)
        if m_ch and part == "body":
            n = chinese_number(m_ch.group("n"))
            chapter_label = f"chapter {roman(n or 0)}"
            current = Unit("chapter", block.start, block.end, chapter_label, part, n, blocks=[block])
            units.append(current)
            after_annex_heading = False
            continue
        m_sec = _SECTION.match(text)
        if m_sec and part == "body" and block.marker == "section":
            current = Unit("section", block.start, block.end, chapter_label, part, None, blocks=[block])
            units.append(current)
            continue
        m_sub = _SUBPARAGRAPH.match(text)
        if m_sub and block.marker == "paragraph" and paragraph and (
                int(m_sub.group("n")) == paragraph and int(m_sub.group("m")) == subparagraph + 1
                or int(m_sub.group("n")) == paragraph + 1 and int(m_sub.group("m")) == 1):
            # 「4.2 …」 under 「4. 议程项目四：…」 (the OPCW's numbering): a paragraph of its own
            # (「2.1」 after 1.2 where the heading 「2. …」 did not read as one)
            if int(m_sub.group("n")) != paragraph:
                paragraph, subparagraph = paragraph + 1, 0
            subparagraph += 1
            label = label_for("paragraph", paragraph)
            current = Unit("paragraph", block.start, block.end, f"{label}.{subparagraph}", part, None, decision,
                           blocks=[block])
            units.append(current)
            after_annex_heading = False
            continue
        m_par = _PARAGRAPH.match(text)
        if m_par and block.marker == "paragraph":
            n = int(m_par.group("n"))
            if n == paragraph + 1 and (block.layout_indent == 0 or part != "body" or paragraph == 0) and not (
                current is not None and current.kind == "paragraph" and block.layout_indent > current_indent(current)
            ):
                paragraph, subparagraph = n, 0
                current = Unit("paragraph", block.start, block.end, label_for("paragraph", n), part, n, decision, blocks=[block])
                units.append(current)
                after_annex_heading = False
                continue
        if title is None and not units:
            title = Unit("title", block.start, block.end, "title", part, blocks=[block])
            units.append(title)
            current = title
            continue
        is_title_like = block.layout_indent >= 2 or (
            len(text) <= 60 and not re.search(r"[。：；，:;,]\s*\d{0,2}\s*$", text) and block.marker is None
        )
        if after_annex_heading and is_title_like and current is not None and current.kind in ("annex", "decision", "annex-title"):
            # Titles under an annex or decision heading are set apart (indented).
            current = Unit("annex-title", block.start, block.end, label_for("annex-title"), part, None, decision, blocks=[block])
            units.append(current)
            continue
        after_annex_heading = False
        if block.marker == "note":
            current = Unit("note", block.start, block.end, label_for("note"), part, None, decision, blocks=[block])
            units.append(current)
            continue
        # Anything else belongs to the unit in force (items, list lines, the
        # sentences of a paragraph set on lines of their own).
        if current is None or current.kind in ("chapter", "section", "table-header", "note", "annex", "annex-title", "decision"):
            current = Unit("paragraph", block.start, block.end, label_for("paragraph", None), part, None, decision, blocks=[block])
            units.append(current)
        else:
            current.end = block.end
            current.blocks.append(block)

    # Footnote calls inside units, and footnotes tied to the unit that calls them.
    for unit in units:
        unit_text = clean.text[unit.start : unit.end]
        for match in re.finditer(r"(?<=[\u4e00-\u9fff》」）)。，；、”’a-z])(\d{1,2}|\*)(?=\s|$|[\u4e00-\u9fff])", unit_text):
            unit.footnote_calls.append((unit.start + match.start(1), match.group(1)))
    foot_blocks = [b for b in clean.blocks if b.stream == "footnote"]
    anchors = sorted({b.zone_anchor or 0 for b in foot_blocks})
    for block in foot_blocks:
        marker = block.footnote or ""
        anchor = block.zone_anchor or 0
        lower = max((a for a in anchors if a < anchor), default=0)
        callers = _find_callers(units, marker, lower, anchor)
        caller = callers[-1] if callers else None
        where = _common_label(callers)
        label = f"footnote {marker}" + (f" ({where})" if where else "")
        unit = Unit("footnote", block.start, block.end, label, caller.part if caller else "body", None,
                    caller.decision if len(callers) == 1 else None, footnote=marker,
                    called_from=caller, blocks=[block])
        unit.callers = callers
        units.append(unit)
    return Segmented(clean, units, title)


def current_indent(unit: Unit) -> int:
    return unit.blocks[0].layout_indent if unit.blocks else 0


def _cite(unit: Unit) -> str:
    return f"para {unit.label}" if unit.label.isdigit() else unit.label


def _common_label(callers: list[Unit]) -> str:
    if not callers:
        return ""
    if len(callers) == 1:
        return _cite(callers[0])
    return callers[0].part


def _find_callers(units: list[Unit], marker: str, lower: int, anchor: int) -> list[Unit]:
    """The units that call `marker` in the zone's page (between the previous
    footnote zone and this one); else the last caller before it in its part."""
    before = [u for u in units if u.kind != "footnote" and u.start < max(anchor, 1)]
    calling = [u for u in before if u.start >= lower and any(m == marker for _, m in u.footnote_calls)]
    if calling:
        return calling
    if not before:
        return []
    part = before[-1].part.split(",")[0]
    for unit in reversed(before):
        if unit.part.split(",")[0] != part:
            break
        if any(m == marker for _, m in unit.footnote_calls):
            return [unit]
    return []
