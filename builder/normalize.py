"""Normalize a report's text: remove the page furniture, rejoin broken lines.

The input is text as extracted from a UN PDF. It keeps running headers with
the symbol, folios and job numbers (``3/22 23-25276``), ``undocs.org`` link
lines at the foot of each page, footnote rules and reissue notes, and it
breaks words, names and symbols across lines and pages.

The result is a `Clean` text made of blocks (paragraphs, headings, list items,
table rows, footnotes), each block one line, with an offset map: every clean
character maps to the index of the input character it came from, so that any
span found in the clean text maps back to exact offsets in the input file.
Link lines are kept apart as `Link` records, the evidence of the symbols they
point to.

Two line-break conventions are recognised: pdftotext's (lines separated by a
single newline, pages by a form feed) and the double-spaced one of the sample
corpus (lines separated by a blank line, pages by a single newline).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import data_dir
from .symbols import PART_LABEL, SYMBOL_FULL_RE, parse as parse_symbol, row_symbol, symbols_of

# Fullwidth ASCII forms and the ideographic space, mapped one-to-one to ASCII
# so that patterns see one alphabet; the offset map is unchanged by it.
# Fullwidth digits, Latin letters, slash and full stop, and the ideographic
# space, mapped one-to-one to ASCII so that symbols, numbers and dates read the
# same in either width; the offset map is unchanged by it. Other fullwidth
# forms (punctuation, dashes) are kept as written.
_TRANSLATE = (
    {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
    | {cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)}  # Ａ-Ｚ
    | {cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)}  # ａ-ｚ
    | {0xFF0F: ord("/"), 0xFF0E: ord("."), 0x3000: 0x20}
)

_TERMINAL = re.compile(r"[。；：！？;:!?]\s*[”’」』)）]?\s*(?:\d{1,2}|\*{1,3})?\s*$")
_SOFT_END = re.compile(r"[、/(（《“‘—－\-·]$")
_MARKERS = [
    ("chapter", re.compile(r"^[一二三四五六七八九十]+\s*[.．、]\s*\S")),
    ("section", re.compile(r"^[A-Z]\s*[.．]\s+\S")),
    ("paragraph", re.compile(r"^\d{1,3}\s*[.．]\s*\S")),
    ("item", re.compile(r"^\(\s*[a-z]{1,2}\s*\)")),
    ("item", re.compile(r"^\(\s*[ivxlc]{1,6}\s*\)")),
    ("item", re.compile(r"^[㈠-㈩⑴-⒇①-⑳]")),
    ("item", re.compile(r"^\(\s*\d{1,2}\s*\)")),
    ("annex", re.compile(r"^附件\s*[一二三四五六七八九十\d]*\s*$")),
    ("annex", re.compile(r"^(Annex|ANNEX)\b")),
    ("heading", re.compile(r"^(闭会期间)?决定\s*\d+\s*$")),
    ("note", re.compile(r"^\*{1,3}\s+\S")),
]
_FOOTNOTE_START = re.compile(r"^(?P<marker>\d{1,3}|\*{1,3}|[a-z])\s+\S")


@lru_cache(maxsize=1)
def _furniture() -> dict:
    with open(data_dir() / "furniture.json", encoding="utf-8") as handle:
        raw = json.load(handle)

    def union(patterns: list[str]) -> re.Pattern[str]:
        return re.compile("|".join(f"(?:{p})" for p in patterns))

    return {
        "page": union(raw["page_lines"]),
        "cover": union(raw["cover_lines"]),
        "reissue": union(raw["reissue_notes"]),
        "rule": re.compile(raw["footnote_rule"]),
        "link": re.compile(raw["link"]),
        "bare_folio": re.compile(raw["bare_folio"]),
        "table_header": union(raw["table_headers"]),
    }


def is_table_header(text: str) -> bool:
    """A document table's header row: 「文号 标题」, 「项目 文号 标题 提交者」, 「Symbol Title」…"""
    return _furniture()["table_header"].fullmatch(text.strip()) is not None


class _Widths(dict):
    """Character → its display width (2 for East Asian wide and fullwidth), computed once per character."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        return width


_WIDTHS = _Widths()


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


@dataclass
class Line:
    """A physical line of the input: its content, without the indentation and trailing space."""

    start: int  # input offset of the first content character
    text: str
    indent: int
    page: int
    first_on_page: bool
    kind: str = "content"  # content | blank | furniture | link | rule | footnote


@dataclass
class Link:
    url: str
    start: int  # input offsets
    end: int
    page: int
    anchor: int  # clean offset of the text just before the link (its page's body)


@dataclass
class Block:
    """One logical line of clean text: [start, end) in the clean text."""

    start: int
    end: int
    stream: str  # body | footnote
    indent: int
    page: int
    marker: str | None = None  # the marker kind of its first line, if any
    footnote: str | None = None  # footnote marker for footnote blocks
    zone_anchor: int | None = None  # for footnotes: clean offset of the body just before the zone
    first_on_page: bool = False  # its first line opens a page (its indentation is an artefact)

    @property
    def layout_indent(self) -> int:
        """The indentation that means something: none at the top of a page."""
        return 0 if self.first_on_page else self.indent


@dataclass
class Clean:
    """The clean text, its blocks, and the map back to the input."""

    source: str
    text: str
    offsets: list[int]  # clean index -> input index
    blocks: list[Block]
    links: list[Link]
    header_symbols: list[str] = field(default_factory=list)
    furniture: list[tuple[int, int, str]] = field(default_factory=list)  # input spans removed

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean span to the input span that covers it."""
        if end <= start:
            raise ValueError(f"empty span {start}-{end}")
        return self.offsets[start], self.offsets[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        s, e = self.to_source(start, end)
        return self.source[s:e]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


def _split_lines(source: str) -> tuple[list[Line], bool]:
    """Physical lines with their pages. Returns (lines, double_spaced)."""
    raw: list[tuple[int, str, str]] = []  # (start, line text, separator after it)
    for match in re.finditer(r"([^\n\f]*)([\n\f]*)", source):
        if match.start() == match.end():
            continue
        raw.append((match.start(1), match.group(1), match.group(2)))
    # The separators between content lines, with whitespace-only lines folded in.
    seps: list[str] = []
    pending = ""
    content_idx: list[int] = []
    for i, (_, text, sep) in enumerate(raw):
        if text.strip():
            if content_idx:
                seps.append(pending)
            content_idx.append(i)
            pending = sep
        else:
            pending += text + sep
    newline_counts = [s.count("\n") for s in seps if "\f" not in s]
    doubles = sum(1 for n in newline_counts if n >= 2)
    double_spaced = bool(newline_counts) and doubles >= 0.6 * len(newline_counts)

    link = _furniture()["link"]
    lines: list[Line] = []
    page = 1
    first = True
    for n, i in enumerate(content_idx):
        start, text, _ = raw[i]
        if n > 0:
            sep = seps[n - 1]
            between_links = link.fullmatch(text.strip()) and link.fullmatch(raw[content_idx[n - 1]][1].strip())
            # Double-spaced text: a page break adds one newline to the blank
            # line between two lines, so it shows as an odd count.
            breaks = "\f" in sep or (
                double_spaced
                and not between_links
                and sep.count("\n") % 2 == 1
            )
            if breaks:
                page += 1
                first = True
        stripped = text.lstrip(" \t\u3000\r")
        indent = len(text) - len(stripped)
        content = stripped.rstrip(" \t\u3000\r")
        lines.append(Line(start + indent, content, indent, page, first))
        first = False
    return lines, double_spaced


_PAGE_NUMBER = re.compile(r"\d{1,4}")  # a bare page number beside a running head
_PART_LABEL = re.compile(r"\s*" + PART_LABEL + "$")  # 「NPT/CONF.2030/50 (Part I)」: the part after a running head


def _folio(fur: dict, text: str) -> bool:
    """A page line (「3/22 23-25276」), or a bare page number beside a running head."""
    return bool(fur["page"].fullmatch(text) or _PAGE_NUMBER.fullmatch(text))


def _classify(lines: list[Line]) -> list[str]:
    """Mark furniture, links and footnote zones; return the header symbols found."""
    fur = _furniture()
    is_page = [bool(fur["page"].fullmatch(line.text)) for line in lines]
    # A running head may carry the part of the document after its symbol:
    # 「NPT/CONF.2030/50 (Part I)」 (the symbol is the document's; the part is no symbol).
    bare = [_PART_LABEL.sub("", line.text) for line in lines]
    symbol_only = [bool(SYMBOL_FULL_RE.fullmatch(text)) and bool(symbols_of(text)) for text in bare]

    # Running headers: a line that is only a symbol, next to a folio/job line,
    # or repeated as a line of its own.
    counts: dict[str, int] = {}
    for text, only in zip(bare, symbol_only):
        if only:
            counts[text] = counts.get(text, 0) + 1
    headers: set[str] = set()
    for i, line in enumerate(lines):
        if not symbol_only[i]:
            continue
        near = any(is_page[j] for j in range(max(0, i - 3), min(len(lines), i + 4)) if j != i)
        if near or counts[bare[i]] >= 2:
            headers.add(bare[i])

    # The symbol alone at the top of the first page (the cover's) is the running head too.
    for i, line in enumerate(lines):
        if line.page != 1 or not (symbol_only[i] or is_page[i] or fur["cover"].fullmatch(line.text)):
            break
        if symbol_only[i]:
            headers.add(bare[i])
    # A running head glued to its folio without a space, 「TPNW/MSP/2023/143/22」,
    # has the shape of a symbol: it is the head when the same split (head and
    # folio total) recurs at page boundaries with different page numbers.
    at_boundary = [
        line.first_on_page or i + 1 == len(lines) or lines[i + 1].first_on_page for i, line in enumerate(lines)
    ]
    splits = [_glued_splits(line.text) if at_boundary[i] else [] for i, line in enumerate(lines)]
    pages: dict[tuple[str, int], set[int]] = {}
    for found in splits:
        for symbol, number, total in found:
            pages.setdefault((symbol, total), set()).add(number)
    for found in splits:
        if found:
            symbol, _, total = max(found, key=lambda split: (len(pages[split[0], split[2]]), len(split[0])))
            if len(pages[symbol, total]) >= 2:
                headers.add(symbol)
    # A running head printed with its folio on one line: 「TPNW/MSP/2023/14 3/22」;
    # with a bare page number (「2 ICC-ASP/24/20」, 「ICC-ASP/24/20 3」) where the
    # same symbol comes with two or more page numbers.
    bare_pages: dict[str, set[str]] = {}
    for line in lines:
        parts = line.text.split()
        if len(parts) >= 2:
            for symbol_text, rest in ((parts[0], " ".join(parts[1:])), (parts[-1], " ".join(parts[:-1]))):
                if parse_symbol(symbol_text) and fur["page"].fullmatch(rest):
                    headers.add(symbol_text)
                elif len(parts) == 2 and _PAGE_NUMBER.fullmatch(rest) and parse_symbol(symbol_text):
                    bare_pages.setdefault(symbol_text, set()).add(rest)
    headers.update(symbol for symbol, numbers in bare_pages.items() if len(numbers) >= 2)
    for i, line in enumerate(lines):
        text = line.text
        if fur["link"].fullmatch(text):
            line.kind = "link"
        elif is_page[i] or text in headers or bare[i] in headers:
            line.kind = "furniture"
        elif any(
            (text.startswith(h) and _folio(fur, text[len(h) :].strip()))
            or (text.endswith(h) and _folio(fur, text[: -len(h)].strip()))
            for h in headers
        ):
            line.kind = "furniture"  # a running head glued to its folio
        elif fur["rule"].fullmatch(text):
            line.kind = "rule"
    # A bare folio ("3", "- 3 -") only where a page boundary is next to it.
    for i, line in enumerate(lines):
        if line.kind == "content" and fur["bare_folio"].fullmatch(line.text):
            before = lines[i - 1] if i else None
            after = lines[i + 1] if i + 1 < len(lines) else None
            if (
                line.first_on_page
                or (after is not None and after.first_on_page)
                or (before is not None and before.kind == "furniture")
                or (after is not None and after.kind == "furniture")
                # the document's last line, the number after the last page's before it (「… ⏎ 3」 after 「2」)
                or (after is None and _follows_a_folio(lines, i, fur["bare_folio"]))
            ):
                line.kind = "furniture"
    # The cover block (Distr., date, language, original) on the first page,
    # before the first line that is not cover.
    for line in lines:
        if line.page != 1 or line.kind not in ("content", "furniture"):
            break
        if line.kind == "content":
            if fur["cover"].fullmatch(line.text):
                line.kind = "furniture"
            elif SYMBOL_FULL_RE.fullmatch(line.text) and symbols_of(line.text):
                headers.add(line.text)
                line.kind = "furniture"
            else:
                break
    _repage(lines)
    _table_of_contents(lines)
    # Footnote zones: from a rule to the end of its page.
    zone_page = None
    for line in lines:
        if line.kind == "rule":
            zone_page = line.page
            continue
        if zone_page is not None and (line.page != zone_page or line.kind == "furniture"):
            zone_page = None  # a new page, or the running head or folio that closes the page
        if zone_page is not None and line.kind == "content":
            line.kind = "footnote"
    # Repeated table headers (one per page of a table): keep the first.
    seen_header = False
    for line in lines:
        if line.kind == "content" and fur["table_header"].fullmatch(line.text):
            if seen_header:
                line.kind = "furniture"
            seen_header = True
    return sorted(headers)


# A table of contents (the UNFCCC's reports have one): its heading, its column heads,
# and its entries, each closed by a dot leader and the paragraphs and page it points to.
_TOC_HEAD = re.compile(r"目\s*录|Contents")
_TOC_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{4,})\s*[\d\s–\-—]*\d[\d\s–\-—]*$")
_TOC_COLUMNS = re.compile(r"(?:段次|段落|页次|页码|Paragraphs|Page)(?:\s+(?:段次|段落|页次|页码|Paragraphs|Page))*")


def _table_of_contents(lines: list[Line]) -> None:
    """Mark a table of contents as furniture: from a 「目录」 line, its column heads,
    the entries a dot leader closes and the short lines a leader closes within
    the next two (an entry wrapped, or 「附件」 over its entry), up to the first
    line that is none of these. Nothing is marked without a leader line."""
    content = [line for line in lines if line.kind == "content"]
    for i, line in enumerate(content):
        if not _TOC_HEAD.fullmatch(line.text):
            continue
        marked = [line]
        for k in range(i + 1, len(content)):
            text = content[k].text
            if _TOC_LEADER.search(text) or _TOC_COLUMNS.fullmatch(text) or len(text) <= 40 and any(
                    _TOC_LEADER.search(after.text) for after in content[k + 1 : k + 3]):
                marked.append(content[k])
                continue
            break
        if any(_TOC_LEADER.search(m.text) for m in marked):
            for m in marked:
                m.kind = "furniture"
        return


def _glued_splits(text: str) -> list[tuple[str, int, int]]:
    """The ways `text` reads as a symbol glued to a folio n/N, before or after
    it: [(symbol, n, N)]. 「TPNW/MSP/2023/143/22」 → [("TPNW/MSP/2023/14", 3, 22)]
    (「TPNW/MSP/2023/1」 + 「43/22」 is no folio: 43 > 22)."""
    found = []
    before = re.fullmatch(r"(\d{1,4})/(\d{1,4})([A-Z].*)", text)
    if before and 1 <= int(before[1]) <= int(before[2]) and parse_symbol(before[3]):
        found.append((before[3], int(before[1]), int(before[2])))
    after = re.fullmatch(r"(.*?)(\d{1,4})/(\d{1,4})", text)
    if after:
        head, digits, total = after[1] + after[2], after[2], int(after[3])
        for k in range(1, len(digits) + 1):
            number, symbol = head[len(head) - k :], head[: len(head) - k]
            if number[0] != "0" and 1 <= int(number) <= total and not symbol.endswith("/") and parse_symbol(symbol):
                found.append((symbol, int(number), total))
    return found


def _follows_a_folio(lines: list[Line], at: int, folio: re.Pattern[str]) -> bool:
    """Line `at` (a bare number) is the page number after the last one an earlier
    page's foot or head gave as page furniture."""
    number = int(re.sub(r"\D", "", lines[at].text) or 0)
    last = next((line for line in reversed(lines[:at]) if line.kind == "furniture" and folio.fullmatch(line.text)), None)
    return number >= 2 and last is not None and re.sub(r"\D", "", last.text) == str(number - 1)


def _repage(lines: list[Line]) -> None:
    """A page boundary is a page break, or page furniture (a running head, a
    folio, the link lines at a page's foot) between two lines of text: some
    extractions mark pages by nothing else."""
    page = 1
    last_page: int | None = None
    furniture_since = False
    for line in lines:
        if line.kind in ("furniture", "link"):
            furniture_since = True
            line.page = page
            continue
        boundary = last_page is not None and (line.page != last_page or furniture_since)
        last_page = line.page
        if boundary:
            page += 1
        line.first_on_page = boundary or line.first_on_page and page == 1
        line.page = page
        furniture_since = False


# The markers in one pattern: at a line's start, alternatives are tried in
# order, so the first that matches names the marker, as a loop over _MARKERS would.
_MARKER_ANY = re.compile("|".join(f"(?P<m{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_MARKERS)))
_MARKER_NAMES = {f"m{i}": name for i, (name, _) in enumerate(_MARKERS)}


def _marker(text: str) -> str | None:
    match = _MARKER_ANY.match(text)
    return _MARKER_NAMES[match.lastgroup] if match else None


class _Writer:
    """Accumulates clean text and its offset map."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []

    def put(self, text: str, start: int) -> None:
        self.chars.append(text.translate(_TRANSLATE))
        self.offsets.extend(range(start, start + len(text)))

    def synthetic(self, char: str, at: int) -> None:
        self.chars.append(char)
        self.offsets.append(at)

    @property
    def pos(self) -> int:
        return len(self.offsets)


def normalize(source: str) -> Clean:
    """Clean `source` (the whole input text) into blocks with an offset map."""
    lines, _ = _split_lines(source)
    headers = _classify(lines)
    fur = _furniture()

    body_lines = [line for line in lines if line.kind == "content"]
    widths = sorted(display_width(line.text) + line.indent for line in body_lines) or [0]
    full_width = max(20, int(0.75 * widths[int(len(widths) * 0.75)]))

    writer = _Writer()
    blocks: list[Block] = []
    links: list[Link] = []
    furniture: list[tuple[int, int, str]] = []
    pending_footnotes: list[list[Line]] = []  # footnote groups, each a footnote's lines

    def continues(prev: Line | None, line: Line, full: int, in_table: bool) -> bool:
        if prev is None:
            return False
        marker = _marker(line.text)
        if marker is not None:
            return False
        if _marker(prev.text) in ("heading", "annex"):
            return False  # 「决定 6」 then its title on the next page: a heading is a line of its own
        if fur["table_header"].fullmatch(line.text) or fur["table_header"].fullmatch(prev.text):
            return False
        if in_table:
            # A table row starts with its symbol (even after a row ending in
            # 「—」, an empty cell); any other line continues the row, unless the
            # row before ended a sentence-like title with a hard stop.
            if row_symbol(line.text) is not None:
                return False
            if not _SOFT_END.search(prev.text):
                return True
        if _TERMINAL.search(prev.text):
            return False
        if line.indent > 0 and not line.first_on_page and line.page == prev.page:
            return False
        if line.indent > 0 and prev.indent > 0 and line.page != prev.page \
                and display_width(prev.text) + prev.indent < full * 0.8:
            return False  # a short indented line (a list's) at a page's foot, an indented one on the next: two lines
        if _SOFT_END.search(prev.text):
            return True
        return display_width(prev.text) + prev.indent >= full or line.page != prev.page

    def open_block(line: Line, stream: str, footnote: str | None = None) -> Block:
        if writer.pos:
            writer.synthetic("\n", max(line.start - 1, 0))
        block = Block(writer.pos, writer.pos, stream, line.indent, line.page, _marker(line.text), footnote,
                      first_on_page=line.first_on_page)
        blocks.append(block)
        return block

    def join(prev: Line, line: Line) -> None:
        if re.search(r"[A-Za-z]$", prev.text) and re.match(r"[A-Za-z]", line.text):
            writer.synthetic(" ", prev.start + len(prev.text))

    prev: Line | None = None
    current: Block | None = None
    in_table = False
    zone_anchor = 0
    for line in lines:
        if line.kind == "link":
            links.append(Link(line.text, line.start, line.start + len(line.text), line.page, writer.pos))
            continue
        if line.kind in ("furniture", "rule"):
            furniture.append((line.start, line.start + len(line.text), line.kind))
            if line.kind == "rule":
                zone_anchor = writer.pos
                pending_footnotes.append([])
            continue
        if line.kind == "footnote":
            line.zone_anchor = zone_anchor  # type: ignore[attr-defined]
            pending_footnotes[-1].append(line)
            continue
        # body content
        if fur["table_header"].fullmatch(line.text):
            in_table = True
        elif _marker(line.text) in ("chapter", "annex"):
            in_table = False
        if current is not None and continues(prev, line, full_width, in_table):
            join(prev, line)
        else:
            current = open_block(line, "body")
        writer.put(line.text, line.start)
        current.end = writer.pos
        prev = line

    # Footnotes follow the body, in their order of appearance. A line opens a
    # footnote when it starts with a marker that follows the zone's sequence
    # ("*", or the next number); other lines continue the open footnote.
    for group in pending_footnotes:
        fprev: Line | None = None
        block: Block | None = None
        last_number: int | None = None
        skipping = False  # inside a reissue note, which is furniture
        for line in group:
            match = _FOOTNOTE_START.match(line.text)
            marker = match.group("marker") if match else None
            starts = block is None or skipping or (
                marker is not None
                and (
                    marker.startswith("*")
                    or (marker.isdigit() and (last_number is None or int(marker) == last_number + 1))
                    or (marker.isalpha() and fprev is not None and _TERMINAL.search(fprev.text))
                )
            )
            if starts and marker is not None and marker.startswith("*") and fur["reissue"].search(line.text):
                skipping = True
            elif starts:
                skipping = False
            if skipping:
                if starts or not _FOOTNOTE_START.match(line.text):
                    furniture.append((line.start, line.start + len(line.text), "reissue"))
                    fprev = line
                    continue
            if starts:
                block = open_block(line, "footnote", marker)
                block.zone_anchor = line.zone_anchor  # type: ignore[attr-defined]
                if marker and marker.isdigit():
                    last_number = int(marker)
            else:
                join(fprev, line)
            writer.put(line.text, line.start)
            block.end = writer.pos
            fprev = line

    text = "".join(writer.chars)
    final_blocks = blocks
    return Clean(source, text, writer.offsets, final_blocks, links, headers, sorted(furniture))
