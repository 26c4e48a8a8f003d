"""The UN document symbol grammar.

A symbol is a series (``A``, ``S``, ``E``, ``ST``, ``TPNW``, ``ICC-ASP``,
``C-27``…) followed by slash-separated components: body designators with
numbers (``CONF.229``, ``C.1``, ``CN.6``, ``PC.I``, ``Sub.2``), the session or
year (``77``, ``2023``, ``ES-10``, ``S-29``), a document type (``L.1``,
``WP.2``, ``CRP.3``, ``INF``, ``NGO``, ``MISC.4``, ``DEC.1``, ``RES``,
``PV.12``, ``SR.5``), the document number, and the suffixes ``Rev.N``,
``Add.N``, ``Corr.N``, ``Amend.N`` in any chain. Security Council resolutions
carry their year in parentheses: ``S/RES/2231 (2015)``.

See ``data/symbols.json`` for the component table and its sources.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import data_dir

# A series, with hyphenated parts; one may be an abbreviated word and a number
# (「CTBT-Art.XIV」, the Article XIV conferences).
# A session in parentheses may close the series (「GC(70)/RES/2」, the IAEA General Conference's).
_SERIES = r"[A-Z][A-Z0-9]*(?:-(?:[A-Z0-9]+|[A-Z][a-z]{1,4}\.[A-Z0-9]+))*(?:\(\d{1,3}\))?"
# A component; a session number (or a year) in parentheses may close it (「ICCD/COP(16)/23」,
# 「GC(70)/RES/DEC(2038)」), and an abbreviation's dot before the next slash (「A81/A/CONF./3」,
# 「A81/INF./2」, as the World Health Organization writes them).
_COMPONENT = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*(?:\.(?=/))?(?:\(\d{1,4}\))?"
_SC_YEAR = r"(?:\s?\(\d{4}\))"
_ROMAN_SESSION = r"(?:\s?\([IVXLC]+\))"
# A last component that is a word, one space and a dotted number: the
# resolutions and decisions of conventions that number them by meeting
# (「UNEP/CMS/Resolution 15.1」, 「UNEP/CMS/Decision 14.12」), with the
# meeting that revised one (「UNEP/CMS/Resolution 11.33 (Rev.COP14)」).
_SPACED_LAST = r"(?:Resolution|Decision|Recommendation) \d{1,3}(?:\.\d{1,3}){1,2}(?: \(Rev\.COP\d{1,2}\))?"
# A revision (an addendum, a corrigendum) after a space, as the World Health Organization writes
# them: 「A81/1 Rev.1」, 「A81/5 Add.1」.
_SPACED_REV = r"(?:(?: Rev| Add| Corr)\.\d{1,2}(?![\d.]))+"
_TAIL = rf"(?:/{_COMPONENT})*/(?:{_SPACED_LAST}(?!\.?\d)|{_COMPONENT}(?:{_SC_YEAR}|{_ROMAN_SESSION}|{_SPACED_REV})?)"

# A symbol in running text: the series, one or more components, optionally the
# Security Council year or a Roman-numeral session in parentheses. Look-arounds
# keep it from starting or ending inside a longer token.
SYMBOL_RE = re.compile(
    rf"(?<![A-Za-z0-9/.\-])(?P<symbol>{_SERIES}{_TAIL})"
    r"(?![A-Za-z0-9/])"
)
# The same grammar anchored, for validating a whole string.
SYMBOL_FULL_RE = re.compile(rf"{_SERIES}{_TAIL}")
# The part or volume of a document written after its symbol (a running head, a
# cover): 「(Part I)」, 「(Vol. II)」; no part of the symbol.
PART_LABEL = r"[(（]\s*(?:Part|PART|Vol\.?|Volume)\s*[IVXL\d]{1,5}\s*[)）]"


@lru_cache(maxsize=1)
def _data() -> dict:
    with open(data_dir() / "symbols.json", encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class Symbol:
    """A parsed UN document symbol."""

    text: str
    series: str
    components: tuple[str, ...]
    doc_type: str | None = None  # a key of type_components, e.g. "L", "WP", "INF"
    suffixes: tuple[str, ...] = field(default=())  # e.g. ("Rev.1", "Add.2")
    year: int | None = None  # a four-digit year component, if any
    session: str | None = None  # a session number component (e.g. "77", "ES-10")

    @property
    def base(self) -> str:
        """The symbol without its Rev./Add./Corr. suffixes."""
        text = self.text
        for suffix in reversed(self.suffixes):
            text = text[: -(len(suffix) + 1)]
        return text


def _type_of(component: str) -> str | None:
    head = component.split(".", 1)[0]
    return head if head in _data()["type_components"] else None


def _is_suffix(component: str) -> bool:
    head, _, number = component.partition(".")
    return head in _data()["suffix_components"] and (number.isdigit() or not number)


# A joint symbol: one document issued under the symbols of two bodies,
# 「E/2031/27-E/CN.6/2031/12」, 「A/78/2-S/2023/100」: a hyphen after a number (or a
# year in parentheses), then another series and its slash. Each part is a symbol.
_JOINT = re.compile(r"(?<=[0-9)])-(?=[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:\(\d{1,3}\))?/)")


def joint_parts(text: str) -> list[tuple[int, int, Symbol]] | None:
    """The symbols of a joint symbol, each with its offsets in `text`; None when
    `text` is not a joint symbol (one part or more would not be a symbol)."""
    cuts = [match.start() for match in _JOINT.finditer(text)]
    if not cuts:
        return None
    parts = []
    for start, end in zip([0] + [cut + 1 for cut in cuts], cuts + [len(text)]):
        symbol = _parse_one(text[start:end])
        if symbol is None:
            return None
        parts.append((start, end, symbol))
    return parts


def symbols_of(text: str) -> list[Symbol]:
    """The symbols a string is: one symbol, or the parts of a joint symbol; [] for neither."""
    one = parse(text)
    if one is not None:
        return [one]
    return [symbol for _, _, symbol in joint_parts(text.strip()) or ()]


@lru_cache(maxsize=1 << 14)  # pure, and asked about the same strings hundreds of times per report
def parse(text: str) -> Symbol | None:
    """Parse a symbol; None if `text` is not a well-formed UN symbol (a joint
    symbol is two: see `joint_parts`)."""
    if "-" in text and joint_parts(text.strip()) is not None:
        return None
    return _parse_one(text)


def _parse_one(text: str) -> Symbol | None:
    """Parse one symbol; None if `text` is not a well-formed UN symbol.

    Beyond the shape, a symbol must contain a number somewhere (``TPNW/MSP``
    names a series, not a document), its suffixes must come last, and a
    suffix or type component must not open the symbol.
    """
    text = text.strip()
    if not SYMBOL_FULL_RE.fullmatch(text):
        return None
    tail = re.search(r"\s?\((?:\d{4}|[IVXLC]+)\)$", text)  # a Security Council year or a Roman session
    main, paren = (text[: tail.start()], tail.group(0)) if tail else (text, "")
    main = main.rstrip()
    parts = main.split("/")
    series, components = parts[0], tuple(parts[1:])
    if not any(ch.isdigit() for ch in main) and not paren:
        return None
    if "(" in series and not any(ch.isdigit() for ch in "".join(parts[1:]) + paren):
        return None  # 「GC(70)/INF 系列文件」: a series of the session's documents, none of them
    if _is_suffix(series) or _type_of(series) in {"L", "WP", "CRP", "Rev"}:
        return None
    if re.fullmatch(r"[IVXL]+", series):
        return None  # 「第 XXXVI/1 号决定」: a decision numbered by its meeting in Roman numerals, no series
    suffixes: list[str] = []
    seen_body = False
    for component in components:
        if _is_suffix(component):
            suffixes.append(component)
        elif suffixes:
            return None  # a suffix followed by a body component
        else:
            seen_body = True
    if not seen_body:
        return None
    doc_type = next((t for t in map(_type_of, components) if t), None)
    year = next((int(c) for c in components if re.fullmatch(r"(19|20)\d\d", c)), None)
    body = [c for c in components if not _is_suffix(c)]
    session = next(
        (c for c in body[:-1] if re.fullmatch(r"\d{1,3}|ES-\d+|S-\d+", c)), None
    )
    return Symbol(text, series, components, doc_type, tuple(suffixes), year, session)


def find_symbols(text: str) -> list[tuple[int, int, Symbol]]:
    """Every well-formed symbol in `text`, as (start, end, Symbol)."""
    found = []
    in_words = [(start, end) for start, end, _ in find_resolutions(text)] if "号决议" in text else []
    for match in SYMBOL_RE.finditer(text):
        symbol = parse(match.group("symbol"))
        if any(start <= match.start("symbol") < end for start, end in in_words):
            continue  # 「大会第 S-10/2 号决议」: a resolution's number in words (find_resolutions), not a symbol
        if symbol is None:
            # 「(E/2030/27-E/CN.6/2030/13)」: each symbol of a joint one
            at = match.start("symbol")
            found += [(at + start, at + end, part) for start, end, part in joint_parts(match.group("symbol")) or ()]
            continue
        found.append((match.start("symbol"), match.end("symbol"), symbol))
    return found


# A subsidiary body's designation as a symbol's last part: 「C.1」 (the First Committee), 「COM.5」,
# 「MC.I」, 「WG.6」, 「AC.105」: with nothing after it, the body, not a document of it.
_BODY_PART = re.compile(r"(?:C|COM|MC|AC|WG|SC|PC|CN|CW)\.(?:\d{1,3}|[IVX]{1,5})")
# Its name right before the parenthesis: 「第一委员会(A/C.1)」, 「全体委员会(GC(70)/COM.5)」.
_BODY_NAME_BEFORE = re.compile(r"(?:委员会|工作组|小组|机构)\s*[(（]\s*$")


def names_a_body(text: str, start: int, symbol: Symbol) -> bool:
    """`symbol` (found at `start` in `text`) is a body's designation in parentheses after
    its name, 「全体委员会(GC(70)/COM.5)」, not a document."""
    return bool(symbol.components) and _BODY_PART.fullmatch(symbol.components[-1]) is not None \
        and _BODY_NAME_BEFORE.search(text, max(0, start - 12), start) is not None


def symbol_from_link(url: str) -> Symbol | None:
    """The symbol an ``undocs.org`` (or ``documents.un.org``) link points to."""
    match = re.match(
        r"https?://(?:www\.)?undocs\.org/(?:(?:ar|ch|zh|en|fr|ru|es|sp)/)?(?P<sym>[^?#\s]+)", url
    )
    if not match:
        match = re.search(r"[?&]symbol=(?P<sym>[^&#\s]+)", url)
    if not match:
        return None
    from urllib.parse import unquote

    return parse(unquote(match.group("sym")).rstrip("/"))


@lru_cache(maxsize=1)
def _resolution_patterns() -> list[tuple[re.Pattern[str], str]]:
    patterns = []
    date = r"(?:\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?"
    # what it is about, between the body (and date) and the number: 「大会 2017 年 4 月 27 日关于联合国森林
    # 战略计划的第 71/285 号决议」; no clause mark, quote or number in it, and no other body or text
    # (「大会关于森林的各项决议和人权理事会的第 31/1 号决议」 is the Council's)
    about = r"(?:\s*关于(?:(?!决议|决定|理事会|委员会|大会|组织|机构)[^，,。；;“”()（）\d]){1,40}?的)?"
    for body in _data()["resolution_bodies"]:
        names = "|".join(sorted(map(re.escape, body["zh"]), key=len, reverse=True))
        patterns.append(
            (
                re.compile(
                    rf"(?:{names})(?:\s*在)?{date}\s*(?:在其|其)?\s*(?:的)?{about}\s*第\s*(?P<number>{body['number']})\s*号决议"
                ),
                body["symbol"],
            )
        )
    return patterns


# 「回顾其 2029 年 7 月 24 日第 2029/15 号决议」 in the Council's draft resolution: a resolution
# numbered by year is the Economic and Social Council's (the General Assembly, the Human
# Rights Council and the Security Council number theirs otherwise), when no body is named
# in its clause before it (「人权委员会第 2005/69 号决议」 was the Commission's).
_YEAR_NUMBERED = re.compile(r"第\s*(?P<number>(?:19[89]|20\d)\d\s*/\s*\d{1,3})\s*号决议")
_A_BODY_BEFORE = re.compile(r"大会|理事会|委员会|安理会|组织|会议|机构|论坛|小组|[A-Z]")


def find_resolutions(text: str) -> list[tuple[int, int, Symbol]]:
    """Resolutions cited in words: 「大会第 77/54 号决议」 → A/RES/77/54."""
    found = []
    for pattern, template in _resolution_patterns():
        for match in pattern.finditer(text):
            number = re.sub(r"\s+", "", match.group("number"))
            # S/RES/2231 (2015) is written with a space; A/RES/2997(XXVII), a session in Roman, without
            number = re.sub(r"^(\d+)\((?=\d{4}\))", r"\1 (", number)
            symbol = parse(template.format(number=number))
            if symbol is not None:
                found.append((match.start(), match.end(), symbol))
    # 「世界卫生大会第 X 号决议」, 「国际原子能机构大会」, 「国际劳工大会」, 「联合国人居大会」: 「大会」 run
    # into another assembly's name is not the General Assembly
    found = [f for f in found if not text.startswith("大会", f[0])
             or not re.search(r"(?:卫生|审议|缔约国|缔约方|环境|管理局|组织|联盟|全体|会员国|机构|劳工|人居|理事会)$",
                              text[max(0, f[0] - 8) : f[0]])]
    named = {end for _, end, _ in found}
    for match in _YEAR_NUMBERED.finditer(text):
        sentence = text[text.rfind("。", 0, match.start()) + 1 : match.start()]
        bodies = list(_A_BODY_BEFORE.finditer(sentence))
        # the last body the sentence names before it, if any, is the Council (「经济及社会理事会， ⏎ 回顾其…」)
        if match.end() in named or bodies and not re.search(r"(?:经济及社会理事会|经社理事会)$",
                                                            sentence[: bodies[-1].end()]):
            continue
        symbol = parse("E/RES/" + re.sub(r"\s+", "", match.group("number")))
        if symbol is not None:
            found.append((match.start(), match.end(), symbol))
    return sorted(found, key=lambda item: item[0])


_ITEM_LABEL = re.compile(r"(?:\d{1,3}(?:\s*\([a-z]{1,3}\))?(?:\s*[和、]\s*\d{1,3}(?:\s*\([a-z]{1,3}\))?)*|[—–\-－])\s+")


@lru_cache(maxsize=1 << 14)
def row_symbol(line: str) -> tuple[int, str] | None:
    """Where a documents-table row's symbol stands, and the symbol: the row's
    first cell (「TPNW/MSP/2023/1 临时议程」), or its second after an agenda-item
    cell (「5(a) UNEP/MC/COP.6/3 …」, 「— UNEP/MC/COP.6/L.1 …」). None if the line
    does not open a row."""
    text = line.lstrip()
    lead = len(line) - len(text)
    first = text.split(" ", 1)[0].rstrip("*")
    revision = re.match(_SPACED_REV, text[len(first) :])
    if revision is not None and parse(first + revision.group(0)) is not None:
        first += revision.group(0)  # 「A81/1 Rev.1 临时议程」: a revision written after a space (the WHO's)
    if re.match(r"\s*号", text[len(first) :]):
        return None  # 「ISBA/31/C/8-ISBA/31/A/6 号文件所述的建议」: a wrapped title's line, no row
    if parse(first) is not None:
        return lead, first
    parts = joint_parts(first) if "-" in first else None
    if parts:
        return lead, parts[0][2].text  # 「ISBA/31/A/6-ISBA/31/C/8 财务委员会的报告」: a joint symbol's first part
    item = _ITEM_LABEL.match(text)
    if item is not None:
        second = text[item.end() :].split(" ", 1)[0].rstrip("*")
        if parse(second) is not None:
            return lead + item.end(), second
    return None
