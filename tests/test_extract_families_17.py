"""A seventeenth round of phrase families. Each text is CONSTRUCTED for its test
in the style of UN Chinese reports (written by hand; not UN documents), with
the facts expected written by hand."""

from __future__ import annotations

import pytest

from builder.symbols import find_symbols, parse
from constructed_text import FOOT, TPNW, facts

CND = "   麻醉药品委员会第七十九届会议报告 \n\n"
CND_FOOT = "\n\n E/CN.7/2036/10 \n\n \n\n2/4 V.36-01587 \n"


def _keyed(text: str, kind: str, symbol: str | None = None) -> set[tuple]:
    _, found = facts(text, kind, symbol)
    return {(f["subject"].split("/decision/")[-1], f["value"].rsplit("#", 1)[-1].rsplit("/", 1)[-1])
            for f in found if "/decision/" in f["subject"]}


def test_a_resolution_and_a_decision_of_one_number_are_two_texts():
    # CONSTRUCTED. A commission that adopts resolutions numbers its decisions apart, from 1
    # as well: resolution 79/1 and decision 79/1 are two texts, with their own titles.
    text = (CND + "1. 委员会通过的下列决议和决定提请理事会注意：\n\n (a) 第 79/1 号决议“加强国际合作”；\n\n"
            " (b) 第 79/1 号决定“委员会的工作安排”。" + CND_FOOT)
    assert _keyed(text, "title", "E/CN.7/2036/10") == {("1", "加强国际合作"), ("decision-1", "委员会的工作安排")}
    assert _keyed(text, "decisionType", "E/CN.7/2036/10") == {("1", "Resolution"), ("decision-1", "OrdinaryDecision")}


def test_a_decision_adopting_bodys_resolution_is_keyed_apart_from_its_decision():
    # CONSTRUCTED. A meeting that adopts decisions, and once a resolution of the same number.
    text = (TPNW + "1. 在第 5 次全体会议上，会议以协商一致方式通过了下列决定：\n"
            " (a) 第 3/1 号决定：闭会期间工作方案。\n\n"
            "2. 在同次会议上，会议以协商一致方式通过了下列决议：\n"
            " (a) 第 3/1 号决议：中东问题。" + FOOT)
    assert _keyed(text, "title") == {("1", "闭会期间工作方案"), ("resolution-1", "中东问题")}


def test_a_resolution_numbered_by_its_symbol_is_a_resolution():
    # CONSTRUCTED. 「ICC-ASP/24/Res.1 title」 lines: resolutions (the Assembly adopts resolutions:
    # keyed by their numbers).
    text = ("   国际刑事法院罗马规约缔约国大会第二十四届会议的报告 \n\n"
            "1. 大会在第 9 次全体会议上通过了下列决议：\n\n ICC-ASP/24/Res.1：关于 2026 年方案预算的决议 \n\n"
            " ICC-ASP/24/Res.2：关于合作的决议 \n\n ICC-ASP/24/20 \n\n \n\n2/9 25-01234 \n")
    kinds = _keyed(text, "decisionType", "ICC-ASP/24/20")
    assert kinds and {kind for _, kind in kinds} == {"Resolution"}
    assert {key for key, _ in kinds} <= {"1", "2"}


@pytest.mark.parametrize("text, symbol", [
    # CONSTRUCTED. A convention's numbered resolution and decision, a space before the number.
    ("大会通过了 UNEP/CMS/Resolution 15.1：…", "UNEP/CMS/Resolution 15.1"),
    ("见 UNEP/CMS/Decision 14.12。", "UNEP/CMS/Decision 14.12"),
    ("(UNEP/CMS/Resolution 11.33 (Rev.COP14))", "UNEP/CMS/Resolution 11.33 (Rev.COP14)"),
    ("UNEP/CMS/Resolution 12.21.1，", "UNEP/CMS/Resolution 12.21.1"),
])
def test_a_symbol_ending_in_a_numbered_resolution(text, symbol):
    assert [s.text for _, _, s in find_symbols(text)] == [symbol]
    assert parse(symbol) is not None and parse(symbol).series == "UNEP"


@pytest.mark.parametrize("text", [
    # CONSTRUCTED, NEGATIVE. No number after the word, a number without its dot, the word
    # without a series, a lower-case word, two spaces.
    "UNEP/CMS/Resolution 15 号", "UNEP/CMS/Resolution", "Resolution 15.1", "UNEP/CMS/resolution 15.1",
    "UNEP/CMS/Resolution  15.1", "UNEP/CMS/Report 15.1",
])
def test_no_symbol_from_a_word_and_number_that_is_none(text):
    assert [s.text for _, _, s in find_symbols(text)] == []


def test_a_numbered_resolution_document_conforms(tmp_path):
    from builder.pipeline import build_one

    source = tmp_path / "TPNW_MSP_2025_6.zh.txt"
    source.write_text(TPNW + "1. 会议回顾了 UNEP/CMS/Resolution 11.33 (Rev.COP14)。" + FOOT, encoding="utf-8")
    result = build_one(source)  # rdflib and pySHACL, the reference engine
    assert result.ok, result.entry
    iris = {str(s) for s in result.graph.subjects()}
    assert "https://w3id.org/unkg/id/document/UNEP/CMS/Resolution%2011.33%20(Rev.COP14)" in iris
    assert "UNEP/CMS/Resolution 11.33 (Rev.COP14)" in {str(o) for o in result.graph.objects()}
