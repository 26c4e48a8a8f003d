"""The UN symbol grammar."""

from __future__ import annotations

import pytest

from builder.symbols import find_resolutions, find_symbols, parse, symbol_from_link


@pytest.mark.parametrize(
    "text, doc_type, suffixes",
    [
        ("TPNW/MSP/2023/14", None, ()),
        ("TPNW/MSP/2023/INF/1/Add.1", "INF", ("Add.1",)),
        ("TPNW/MSP/2023/CRP.3/Rev.1", "CRP", ("Rev.1",)),
        ("TPNW/MSP/2023/L.1", "L", ()),
        ("TPNW/MSP/2023/WP.9", "WP", ()),
        ("TPNW/MSP/2023/NGO/27", "NGO", ()),
        ("A/CONF.229/2017/8", None, ()),
        ("A/RES/77/54", "RES", ()),
        ("A/78/1/Corr.1/Add.2", None, ("Corr.1", "Add.2")),
        ("S/RES/2231 (2015)", "RES", ()),
        ("NPT/CONF.2020/PC.I/WP.1", "WP", ()),
        ("A/ES-10/L.27", "L", ()),
        ("ICC-ASP/21/20", None, ()),
        ("C-27/DEC.1", "DEC", ()),
        ("E/CN.4/Sub.2/2003/1", None, ()),
        ("BWC/MSP/2022/MISC.3", "MISC", ()),
        ("A/C.1/78/PV.12", "PV", ()),
    ],
)
def test_symbols_parse(text, doc_type, suffixes):
    symbol = parse(text)
    assert symbol is not None and symbol.text == text
    assert symbol.doc_type == doc_type
    assert symbol.suffixes == suffixes


@pytest.mark.parametrize("text", ["TPNW/MSP", "Rev.1/A", "A/78/Rev.1/Add.2/3", "tpnw/msp/2023/1", "3/22", "A 78/1", ""])
def test_symbols_reject(text):
    assert parse(text) is None


def test_symbols_base_without_suffixes():
    assert parse("TPNW/MSP/2023/CRP.3/Rev.1").base == "TPNW/MSP/2023/CRP.3"


def test_symbols_found_in_chinese_text():
    text = "会议通过了议程(TPNW/MSP/2023/1)如下；见 A/50/1027。TPNW/MSP/2023/L.1* 草稿"
    assert [s.text for _, _, s in find_symbols(text)] == ["TPNW/MSP/2023/1", "A/50/1027", "TPNW/MSP/2023/L.1"]


def test_symbols_from_links():
    assert symbol_from_link("https://undocs.org/ch/TPNW/MSP/2023/12").text == "TPNW/MSP/2023/12"
    assert symbol_from_link("https://undocs.org/en/A/RES/50/245").text == "A/RES/50/245"
    assert symbol_from_link("https://meetings.unoda.org/tpnw/tpnw-msp-2023") is None


def test_symbols_resolutions_cited_in_words():
    text = ("大会第 77/54 号决议确认；经济及社会理事会 1996 年 7 月 25 日第 1996/31 号决议；"
            "安全理事会第 2231(2015)号决议；人权理事会第 52/1 号决议；见大会第 50/245 号决议。")
    assert [s.text for _, _, s in find_resolutions(text)] == [
        "A/RES/77/54", "E/RES/1996/31", "S/RES/2231 (2015)", "A/HRC/RES/52/1", "A/RES/50/245",
    ]


def test_symbols_resolution_without_body_is_not_guessed():
    assert find_resolutions("其第 77/54 号决议") == []


def test_symbols_a_decision_numbered_in_roman_numerals_is_no_symbol_but_cd_is_a_series():
    # 「第 XXXVI/1 号决定」 (Montreal Protocol style) names a decision, not a document;
    # CD (the Conference on Disarmament) is a series although its letters are Roman numerals.
    assert parse("XXXVI/1") is None and parse("IV/2") is None
    assert [s.text for _, _, s in find_symbols("作为第 XXXVI/1 至第 XXXVI/6 号决定")] == []
    assert parse("CD/2345").series == "CD"


@pytest.mark.parametrize("text, parts", [
    # A commission's report issued as the Council's official records (CONSTRUCTED symbols).
    ("E/2032/27-E/CN.6/2032/12", ["E/2032/27", "E/CN.6/2032/12"]),
    # A report to the General Assembly and the Security Council.
    ("A/86/312-S/2031/655", ["A/86/312", "S/2031/655"]),
])
def test_a_joint_symbol_is_two_symbols(text, parts):
    assert parse(text) is None
    found = find_symbols(f"见({text})。")
    assert [s.text for _, _, s in found] == parts
    assert [f"见({text})。"[start:end] for start, end, _ in found] == parts


@pytest.mark.parametrize("text", ["A/ES-10/L.27", "A/HRC/S-35/1", "CTBT/PC-57/1", "C-27/DEC.1", "ICC-ASP/21/20"])
def test_a_hyphen_inside_one_symbol_is_no_joint(text):
    assert [s.text for _, _, s in find_symbols(f"见 {text}。")] == [text]


@pytest.mark.parametrize("text, expected", [
    # CONSTRUCTED. A year-numbered resolution in the Council's own draft (「回顾其…」): the Council's.
    ("经济及社会理事会，\n\n回顾其 2030 年 7 月 24 日第 2030/15 号决议，", ["E/RES/2030/15"]),
    ("又回顾第 2019/2 号决议和大会第 77/54 号决议", ["E/RES/2019/2", "A/RES/77/54"]),
    # CONSTRUCTED, NEGATIVE. Another body named in the clause, or a session-numbered text.
    ("回顾人权委员会第 2005/69 号决议", []),
    ("第 75/1 号决议", []),
])
def test_a_resolution_numbered_by_year_is_the_councils(text, expected):
    assert [s.text for _, _, s in find_resolutions(text)] == expected
