"""Property tests (hypothesis) of the pieces every fact passes through: the
normalizer's offset map, the symbol grammar, the date parser and the IRI keys.

The generated inputs are built from the forms UN reports use (running heads,
folio and job-number lines, undocs.org links, footnote rules, CJK text with
fullwidth forms; symbols of the UN grammar; dates as the Chinese reports write
them) rather than copied from the sample's output.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from urllib.parse import unquote

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from builder.dates import find_dates
from builder.iri import DEFAULT_BASE, Minter, canonical_name, name_key, slug, symbol_key
from builder.normalize import _TRANSLATE, normalize
from builder.symbols import find_symbols, parse, symbol_from_link

FAST = settings(max_examples=120, deadline=None)

# --------------------------------------------------------------------------- normalizer

CJK = "会议缔约国报告决定条约禁止核武器第二次全体主席团成员代表组织国际和平裁军秘书长"
FULLWIDTH = "ＡＢＣＴＰＮＷ０１２３４５６７８９／．－"
PUNCT = "，。、：；（）《》“”·—"


def _cjk_line(min_size: int = 1):
    return st.text(alphabet=st.sampled_from(CJK + FULLWIDTH + PUNCT + " \u3000"), min_size=min_size, max_size=45)


HEADER = "TPNW/MSP/2023/14"
PAGE_LINES = ["3/22 23-25276", "23-25276 4/22", "GE.23-12345(C)", "*2325276*", "22/22"]
LINK_LINES = ["https://undocs.org/ch/TPNW/MSP/2023/1", "https://undocs.org/zh/A/RES/77/54"]
RULE = "__________________"

# a line: (kind, text). Kinds marked furniture must never reach the clean text.
_line = st.one_of(
    _cjk_line().map(lambda t: ("text", t)),
    st.tuples(st.integers(1, 40), _cjk_line()).map(lambda p: ("text", f"{p[0]}. {p[1]}")),
    st.tuples(st.sampled_from("abcdef"), _cjk_line()).map(lambda p: ("text", f"({p[0]}) {p[1]}")),
    st.sampled_from(PAGE_LINES).map(lambda t: ("page", t)),
    st.sampled_from(PAGE_LINES).map(lambda t: ("page+header", t)),  # a page line with the running head next to it
    st.sampled_from(LINK_LINES).map(lambda t: ("link", t)),
    st.just(("rule", RULE)),
    _cjk_line().map(lambda t: ("text", f"1 {t}")),  # a footnote, when below a rule
    st.sampled_from(["", "  ", "\u3000", "3", "- 4 -"]).map(lambda t: ("other", t)),
    st.just(("glued", HEADER + "3/22")),  # a running head glued to its folio
)
_SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n\f", "\f", "\n \n", "\n\n\n"])


@st.composite
def documents(draw):
    """A document and the source spans of the lines that are furniture."""
    lines = draw(st.lists(_line, min_size=1, max_size=40))
    parts: list[str] = []
    furniture: list[tuple[int, int, str]] = []
    pos = 0
    headers = sum(kind == "page+header" for kind, _ in lines)
    for kind, text in lines:
        pieces = [(kind, text)]
        if kind == "page+header":
            pieces = [("header", HEADER), ("page", text)]
        if kind == "glued" and headers == 0:
            pieces = [("text", text)]  # the running head is not known: an ordinary line
        for piece_kind, piece in pieces:
            indent = " " * draw(st.integers(0, 3))
            start = pos + len(indent)
            parts.append(indent + piece)
            pos += len(indent) + len(piece)
            if piece_kind in ("page", "header", "link", "rule", "glued"):
                furniture.append((start, start + len(piece), piece_kind))
            sep = draw(_SEPARATORS)
            parts.append(sep)
            pos += len(sep)
    return "".join(parts), furniture


@FAST
@given(documents())
def test_properties_normalizer_offsets_map_back(doc):
    source, furniture = doc
    clean = normalize(source)
    text, offsets = clean.text, clean.offsets
    assert len(offsets) == len(text)
    assert all(0 <= o < len(source) for o in offsets)
    for i, ch in enumerate(text):
        original = source[offsets[i]]
        if ch in " \n":
            # a real space (or an ideographic one, translated), or a synthetic
            # character (block break, space joining Latin words) mapped to whitespace
            assert original.isspace(), (i, ch, original)
        else:
            assert original.translate(_TRANSLATE) == ch, (i, ch, original)
    previous_end = 0
    for block in clean.blocks:
        assert previous_end <= block.start < block.end <= len(text)
        assert "\n" not in text[block.start : block.end]
        assert all(a < b for a, b in zip(offsets[block.start : block.end], offsets[block.start + 1 : block.end]))
        previous_end = block.end


@FAST
@given(documents(), st.data())
def test_properties_normalizer_quotes(doc, data):
    source, _ = doc
    clean = normalize(source)
    assume(clean.blocks)
    block = data.draw(st.sampled_from(clean.blocks))
    start = data.draw(st.integers(block.start, block.end - 1))
    end = data.draw(st.integers(start + 1, block.end))
    quote = clean.quote(start, end)
    s, e = clean.to_source(start, end)
    assert quote == source[s:e]
    assert quote[0] == source[clean.offsets[start]] and quote[-1] == source[clean.offsets[end - 1]]
    # the clean span's characters (all but the synthetic spaces) appear in order in the quote
    rest = iter(quote.translate(_TRANSLATE))
    assert all(ch in rest for ch in clean.text[start:end] if ch != " ")


@FAST
@given(documents())
def test_properties_normalizer_drops_furniture(doc):
    source, furniture = doc
    clean = normalize(source)
    for i, ch in enumerate(clean.text):
        if ch in " \n":
            continue
        for start, end, kind in furniture:
            assert not start <= clean.offsets[i] < end, (kind, source[start:end], clean.text)
    assert "23-25276" not in clean.text and "undocs.org" not in clean.text and "_____" not in clean.text
    assert [link.url for link in clean.links] == [
        source[s:e] for s, e, kind in sorted(furniture) if kind == "link"
    ]


@FAST
@given(st.text(alphabet=st.sampled_from(CJK + "，、"), min_size=40, max_size=80), st.sampled_from(["\n\n", "\n"]))
def test_properties_normalizer_rejoins_a_symbol_broken_at_a_slash(body, sep):
    """A symbol broken across lines at a slash is whole in the clean text."""
    head = f"1. {body}(TPNW/MSP/2023/"
    source = sep.join([head, "INF/3)。", "2. 会议闭幕。"]) + "\n"
    if sep == "\n\n":  # the double-spaced corpus convention: two more lines to settle it
        source = sep.join([head, "INF/3)。", "2. 会议闭幕。", "3. 下一段。"]) + "\n"
    clean = normalize(source)
    assert [s.text for _, _, s in find_symbols(clean.text)] == ["TPNW/MSP/2023/INF/3"]


# --------------------------------------------------------------------------- symbol grammar

SERIES = ["A", "S", "E", "ST", "TPNW", "ICC-ASP", "CCW", "APLC", "BWC", "NPT", "UNEP", "FCCC"]
BODIES = ["CONF.229", "C.1", "CN.6", "PC.I", "Sub.2", "MSP", "HRC", "AC.109", "CONF.2020", "GC", "CRC"]
TYPES = ["L.{n}", "WP.{n}", "CRP.{n}", "INF", "NGO", "MISC.{n}", "DEC.{n}", "RES", "PV.{n}", "SR.{n}"]
SUFFIXES = ["Rev.{n}", "Add.{n}", "Corr.{n}"]
_n = st.integers(1, 99).map(str)


@st.composite
def symbols(draw):
    series = draw(st.sampled_from(SERIES))
    components = draw(st.lists(st.sampled_from(BODIES), max_size=2, unique=True))
    session = draw(st.one_of(st.none(), st.sampled_from(["77", "78", "2023", "2017", "ES-10", "S-29"])))
    if session:
        components.append(session)
    doc_type = draw(st.one_of(st.none(), st.sampled_from(TYPES)))
    if doc_type:
        components.append(doc_type.format(n=draw(_n)))
    if doc_type is None or doc_type in ("INF", "NGO", "RES") or draw(st.booleans()):
        components.append(str(draw(st.integers(1, 999))))
    suffixes = [s.format(n=draw(_n)) for s in draw(st.lists(st.sampled_from(SUFFIXES), max_size=2))]
    text = "/".join([series, *components, *suffixes])
    return {
        "text": text,
        "series": series,
        "type": doc_type.split(".")[0] if doc_type else None,
        "suffixes": tuple(suffixes),
        "year": int(session) if session in ("2023", "2017") else None,
    }


@FAST
@given(symbols())
def test_properties_symbols_parse_round_trip(sym):
    parsed = parse(sym["text"])
    assert parsed is not None, sym
    assert parsed.text == sym["text"] and parsed.series == sym["series"]
    assert parsed.doc_type == sym["type"]
    assert parsed.suffixes == sym["suffixes"]
    assert parsed.year == sym["year"]
    assert parsed.base == sym["text"][: len(sym["text"]) - sum(len(s) + 1 for s in sym["suffixes"])]
    assert parse(f"  {sym['text']} ") == parsed
    assert symbol_from_link(f"https://undocs.org/ch/{sym['text']}") == parsed


_AROUND = [("（", "）"), ("《", "》"), ("“", "”"), ("", "号文件"), ("见", "。"), ("、", "、"), ("：", "；"),
           ("(", ")"), ("文件 ", " 所载"), ("", "."), ("", "*"), ("", "，")]


@FAST
@given(symbols(), st.sampled_from(_AROUND), _cjk_line(), _cjk_line())
def test_properties_symbols_found_in_chinese_text(sym, around, before, after):
    before = re.sub(r"[A-Za-z0-9/.\-ＡＢＣＴＰＮＷ０-９／．－ ]", "", before)
    after = re.sub(r"[A-Za-z0-9/.\-ＡＢＣＴＰＮＷ０-９／．－ (（]", "", after)
    text = f"{before}{around[0]}{sym['text']}{around[1]}{after}"
    found = find_symbols(text)
    assert [(s.text, text[a:b]) for a, b, s in found] == [(sym["text"], sym["text"])], text


@FAST
@given(symbols(), symbols())
def test_properties_symbols_two_in_a_row(first, second):
    text = f"会议审议了{first['text']}和{second['text']}号文件。"
    assert [s.text for _, _, s in find_symbols(text)] == [first["text"], second["text"]]


@pytest.mark.parametrize(
    "text",
    [
        "TPNW", "A77", "TPNW/MSP", "A/CONF", "E/CN/Sub",  # no number: a series or body, not a document
        "Rev.1/A/77", "Add.2", "Rev.1", "A/Rev.1/77", "A/78/Add.1/3",  # a suffix first, or before a body
        "WP/2", "CRP/3", "L/4",  # a type component cannot open a symbol
        "a/77/1", "tpnw/msp/2023/14",  # series are upper case
        "A/77/", "A//77", "/A/77", "A/ 77", "A /77", "A/77/1/", "A/77.",  # broken shapes
        "3/22", "23-25276", "2023/11/27", "1/1",  # folios, job numbers, dates
        "https://undocs.org/A/77/1", "A/77/1?x", "A/77/1#x",
    ],
)
def test_properties_symbols_rejected(text):
    assert parse(text) is None


def test_properties_symbols_glued_running_head():
    """「TPNW/MSP/2023/14」 glued to the folio 「3/22」 has the shape of a symbol;
    the grammar cannot tell, the normalizer can (see the next test)."""
    assert parse("TPNW/MSP/2023/143/22") is not None


_PARA = "会议通过了议程，很长的一行文字用于测试页眉的处理方式，很长的一行文字用于测试。"


@pytest.mark.parametrize(
    "source",
    [
        # the symbol on the cover, then the head glued to its folio
        f"{HEADER}\n\n1. {_PARA}\n\n{HEADER}3/22\n\n2. 第二段。\n",
        # no cover: the same glued head on several pages, with their page numbers (double-spaced pages)
        f"1. {_PARA}\n\n{_PARA}\n{HEADER}2/22\n\n2. {_PARA}\n\n{_PARA}\n{HEADER}3/22\n\n3. {_PARA}\n"
        f"\n{_PARA}\n4/22{HEADER}\n\n4. {_PARA}\n",
        # the same, pdftotext style (form feeds)
        f"1. {_PARA}\n{HEADER}12/22\f{HEADER}13/22\n2. {_PARA}\n\f3. {_PARA}\n14/22{HEADER}\n",
    ],
    ids=["cover", "double-spaced", "form-feeds"],
)
def test_properties_normalizer_glued_running_head_is_furniture(source):
    """Regression: a running head glued to its folio (「TPNW/MSP/2023/143/22」)
    stayed in the text, and became a document TPNW/MSP/2023/143/22 that does
    not exist."""
    clean = normalize(source)
    assert [s.text for _, _, s in find_symbols(clean.text)] == []
    assert HEADER in clean.header_symbols


def test_properties_normalizer_symbol_lines_are_not_glued_heads():
    """Symbols alone on lines at page boundaries are not taken for a head glued
    to a folio: that needs one head, one page total, and page numbers that change."""
    source = f"1. {_PARA}\n\n{_PARA}\nA/RES/77/54\n\n2. {_PARA}\n\n{_PARA}\nA/RES/77/60\n\n3. {_PARA}\n"
    clean = normalize(source)
    assert "A/RES/7" not in clean.header_symbols
    assert [s.text for _, _, s in find_symbols(clean.text)] == ["A/RES/77/54", "A/RES/77/60"]


def test_properties_symbols_not_inside_links_or_tokens():
    assert find_symbols("https://undocs.org/ch/TPNW/MSP/2023/1") == []
    assert find_symbols("x1A/77/1 和 xA/77/1 和 -A/77/1") == []


# --------------------------------------------------------------------------- dates

_sp = st.sampled_from(["", " "])


@st.composite
def date_mentions(draw):
    """A date expression as the Chinese reports write it, and its dates."""
    year = draw(st.integers(1995, 2030))
    start = draw(st.dates(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    shape = draw(st.sampled_from(["single", "same-month", "months", "years", "new-year", "list"]))
    s = [draw(_sp) for _ in range(12)]

    def ymd(d: dt.date, i: int) -> str:
        return f"{d.year}{s[i]}年{s[i + 1]}{d.month}{s[i + 2]}月{s[i + 3]}{d.day}{s[i + 4]}日"

    def md(d: dt.date) -> str:
        return f"{d.month}{s[5]}月{s[6]}{d.day}{s[7]}日"

    def d_(d: dt.date) -> str:
        return f"{d.day}{s[8]}日"

    gap = draw(st.sampled_from(["至", " 至 ", "至 ", "到", "-", "—"]))
    if shape == "single":
        return ymd(start, 0), (start,), False
    if shape == "same-month":
        last = (dt.date(year + (start.month == 12), start.month % 12 + 1, 1) - dt.timedelta(days=1)).day
        end = start.replace(day=draw(st.integers(start.day, last)))
        return f"{ymd(start, 0)}{gap}{d_(end)}", (start, end), True
    if shape == "months":
        assume(start.month < 12)
        end = draw(st.dates(dt.date(year, start.month + 1, 1), dt.date(year, 12, 31)))
        return f"{ymd(start, 0)}{gap}{md(end)}", (start, end), True
    if shape == "years":
        end = draw(st.dates(dt.date(year + 1, 1, 1), dt.date(year + 2, 12, 31)))
        return f"{ymd(start, 0)}{gap}{ymd(end, 4)}", (start, end), True
    if shape == "new-year":
        first = dt.date(year, 12, draw(st.integers(1, 31)))
        end = dt.date(year + 1, 1, draw(st.integers(1, 31)))
        return f"{ymd(first, 0)}{gap}{md(end)}", (first, end), True
    days = sorted(draw(st.lists(st.integers(1, 28), min_size=2, max_size=4, unique=True)))
    dates = tuple(dt.date(year, start.month, d) for d in days)
    link = draw(st.sampled_from(["和", "、", " 和 "]))
    text = ymd(dates[0], 0) + "".join(f"{link}{d_(d)}" for d in dates[1:])
    return text, dates, False


_FILLER = st.sampled_from(["，会议在纽约联合国总部举行。", "；随后，", "的第 6 次全体会议上，", "。\n\n", "举行了会议，",
                           "(见 TPNW/MSP/2023/1)，", "，主席宣布"])


@FAST
@given(st.lists(st.tuples(_FILLER, date_mentions()), min_size=1, max_size=4), _FILLER)
def test_properties_dates_found_exactly(pieces, tail):
    text = ""
    expected = []
    for filler, (rendered, dates, is_range) in pieces:
        text += filler
        expected.append((len(text), len(text) + len(rendered), dates, is_range))
        text += rendered
    text += tail
    found = [(m.start, m.end, m.dates, m.is_range) for m in find_dates(text)]
    assert found == expected, text
    assert all(not m.year_inferred for m in find_dates(text))


@FAST
@given(date_mentions(), st.integers(1995, 2030))
def test_properties_dates_year_carried_from_default(mention, year):
    """Without its year, a date takes the default year, and says so."""
    rendered, dates, is_range = mention
    stripped = re.sub(r"^\d{4}\s*年\s*", "", rendered)
    assume(stripped != rendered and not re.search(r"\d{4}\s*年", stripped))
    shift = year - dates[0].year
    try:
        expected = tuple(d.replace(year=d.year + shift) for d in dates)
    except ValueError:  # 29 February
        assume(False)
    [found] = find_dates(f"会议于{stripped}举行。", default_year=year)
    assert found.dates == expected and found.year_inferred and found.is_range == is_range


# --------------------------------------------------------------------------- IRI keys

_UCS = (r"\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF\U00010000-\U0001FFFD\U00020000-\U0002FFFD"
        r"\U00030000-\U0003FFFD\U00040000-\U0004FFFD\U00050000-\U0005FFFD\U00060000-\U0006FFFD"
        r"\U00070000-\U0007FFFD\U00080000-\U0008FFFD\U00090000-\U0009FFFD\U000A0000-\U000AFFFD"
        r"\U000B0000-\U000BFFFD\U000C0000-\U000CFFFD\U000D0000-\U000DFFFD\U000E1000-\U000EFFFD")
_IPCHAR = rf"(?:[A-Za-z0-9\-._~{_UCS}!$&'()*+,;=:@]|%[0-9A-F]{{2}})"
# RFC 3987: an http(s) IRI with a path of isegments, no query, no fragment
IRI = re.compile(rf"https?://[A-Za-z0-9.\-]+(?:/{_IPCHAR}*)+")
KEY = re.compile(rf"{_IPCHAR}+(?:/{_IPCHAR}+)*")

_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
) | st.text(alphabet=st.sampled_from("安东尼奥古特雷斯·•‧・ .-/%#?Jean-Pierre Müller ＡＢ１ \t\u3000"), min_size=1, max_size=20)


def _decode_name_key(key: str) -> str:
    """The inverse of name_key on canonical names (which proves it injective)."""
    out, i = [], 0
    while i < len(key):
        ch = key[i]
        if ch == "%":
            raw = bytearray()
            while i < len(key) and key[i] == "%":
                raw.append(int(key[i + 1 : i + 3], 16))
                i += 3
            out.append(raw.decode("utf-8"))
            continue
        out.append({"-": " ", ".": "·"}.get(ch, ch))
        i += 1
    return "".join(out)


def _assert_iri(iri: str) -> None:
    assert IRI.fullmatch(iri), iri
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        URIRef(iri)


@settings(max_examples=300, deadline=None)
@given(_names)
def test_properties_name_key_injective_and_valid(name):
    key = name_key(name)
    canonical = canonical_name(name)
    assume(canonical)
    assert _decode_name_key(key) == canonical  # injective: the key gives back the canonical name
    assert name_key(name) == key  # stable
    assert not any(ch.isspace() for ch in key)
    assert KEY.fullmatch(key) and "/" not in key, key
    _assert_iri(str(Minter()("person", key)))


@settings(max_examples=300, deadline=None)
@given(_names, _names)
def test_properties_name_keys_differ_when_canonical_names_differ(a, b):
    if canonical_name(a) != canonical_name(b):
        assert name_key(a) != name_key(b)
    else:
        assert name_key(a) == name_key(b)


@FAST
@given(_names)
def test_properties_canonical_name_is_idempotent(name):
    """So that a name written in canonical form gets the key of its other forms."""
    assert canonical_name(canonical_name(name)) == canonical_name(name)


def test_properties_name_key_forms_of_one_name():
    forms = ["安东尼奥·古特雷斯", "安东尼奥•古特雷斯", "安东尼奥・古特雷斯", "安东尼奥 · 古特雷斯", " 安东尼奥‧古特雷斯 "]
    assert {name_key(f) for f in forms} == {"安东尼奥.古特雷斯"}
    assert name_key("Jean-Pierre  Dupont") == "jean%2Dpierre-dupont" != name_key("Jean Pierre Dupont")


@FAST
@given(symbols())
def test_properties_symbol_key_of_grammar_symbols(sym):
    key = symbol_key(sym["text"])
    assert key == sym["text"]  # a symbol is its own key
    _assert_iri(str(Minter()("document", key)))


def test_properties_symbol_key_security_council():
    assert symbol_key("S/RES/2231 (2015)") == "S/RES/2231%20(2015)"
    _assert_iri(str(Minter()("document", symbol_key("S/RES/2231 (2015)"))))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_properties_symbol_key_any_text(text):
    """Regression: symbol_key escaped only '%' and ' ', so a symbol given with
    --symbol could put '#', '?', '<' or a newline into a document IRI."""
    key = symbol_key(text)
    assert unquote(key, errors="strict") == text  # injective
    assert not any(ch.isspace() for ch in key)
    _assert_iri(f"{DEFAULT_BASE}document/{key}")


@FAST
@given(st.text(max_size=40))
def test_properties_slug(text):
    value = slug(text)
    assert value == "" or re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value)
    assert slug(value) == value


def test_properties_minter_refuses_bad_keys_and_bases():
    mint = Minter()
    # every character str.isspace calls a space, not only ASCII ones
    for key in ["", "a b", "a\tb", "a\nb", "a\u3000b", "a\u00a0b", "a\u2028b", "\x1c", "a\x85"]:
        with pytest.raises(ValueError):
            mint("person", key)
    with pytest.raises(ValueError):
        mint("people", "x")
    for base in ["https://example.org/id", "ftp://example.org/", "https://exa mple.org/"]:
        with pytest.raises(ValueError):
            Minter(base)
