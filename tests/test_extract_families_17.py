"""A seventeenth round of phrase families. Each text is CONSTRUCTED for its test
in the style of UN Chinese reports (written by hand; not UN documents), with
the facts expected written by hand."""

from __future__ import annotations

from urllib.parse import unquote

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


CMS = "   保护野生动物迁徙物种公约缔约方大会第十五届会议的报告 \n\n"
CMS_FOOT = "\n\n UNEP/CMS/COP15/25 \n\n \n\n2/3 K3600452 \n"


def _attended(text: str) -> set[tuple]:
    _, found = facts(text, "attendance")
    return {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found}


def test_the_eu_listed_among_a_conventions_parties_is_one():
    # CONSTRUCTED. A convention open to regional economic integration organizations: the EU
    # closes the list of its parties and is counted with them.
    text = CMS + "1. 下列 3 个《公约》缔约方出席了会议：阿根廷、澳大利亚和欧洲联盟。" + CMS_FOOT
    assert _attended(text) == {("ARG", "StateParty"), ("AUS", "StateParty"), ("eu", "StateParty")}
    ctx, _ = facts(text, "attendance")
    assert [(c.stated, c.extracted) for c in ctx.counts if "缔约方" in c.what] == [(3, 3)]


def test_the_eu_listed_among_a_treatys_parties_that_admits_none_is_left_out():
    # CONSTRUCTED, NEGATIVE. A treaty open to States only: the EU is no party of it.
    assert _attended(TPNW + "1. 下列缔约国出席了会议：阿根廷、澳大利亚和欧洲联盟。" + FOOT) == {
        ("ARG", "StateParty"), ("AUS", "StateParty")}


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED. What the observer States are not, before their list (「作为非…缔约方的X」 is not
    # read: 「作为」 opens the predicate's phrase).
    "非《公约》缔约方的中国、日本和美利坚合众国作为观察员出席了会议。",
    "非缔约国的中国、日本和美利坚合众国以观察员身份出席了会议。",
    "非本公约缔约方的中国、日本和美利坚合众国以观察员身份出席了会议。",
])
def test_observer_states_after_what_they_are_not(paragraph):
    assert _attended(CMS + "1. " + paragraph + CMS_FOOT) == {("CHN", "ObserverState"), ("JPN", "ObserverState"),
                                                            ("USA", "ObserverState")}


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. No observer standing said; the qualifier of parties.
    "非缔约国的中国和日本出席了会议。",
    "《公约》缔约方的中国和日本作为观察员出席了会议。",
])
def test_no_observer_states_from_a_qualifier_alone(paragraph):
    assert _attended(CMS + "1. " + paragraph + CMS_FOOT) == set()


SECRETARIAT = "%E3%80%8A濒危野生动植物种国际贸易公约%E3%80%8B秘书处"


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. A treaty's secretariat in a list of organizations: a name of its own.
    ("联合国粮食及农业组织、《濒危野生动植物种国际贸易公约》秘书处和国际捕鲸委员会以观察员身份出席了会议。",
     {("fao", "ObserverOrganization"), ("zh-" + SECRETARIAT, "ObserverOrganization"),
      ("zh-国际捕鲸委员会", "ObserverOrganization")}),
    # CONSTRUCTED. Two: the known name closes the pair, its own 「及」 inside it.
    ("《濒危野生动植物种国际贸易公约》秘书处和联合国粮食及农业组织以观察员身份出席了会议。",
     {("fao", "ObserverOrganization"), ("zh-" + SECRETARIAT, "ObserverOrganization")}),
    # CONSTRUCTED, NEGATIVE. Unknown names joined twice: one, two or three bodies; none is taken.
    ("《濒危野生动植物种国际贸易公约》秘书处和海洋研究所及鸟类协会以观察员身份出席了会议。", set()),
])
def test_a_treaty_secretariat_among_observer_organizations(paragraph, expected):
    assert _attended(CMS + "1. " + paragraph + CMS_FOOT) == expected


def test_a_conventions_resolutions_listed_by_symbol_are_adopted_with_their_documents():
    # CONSTRUCTED. 「(a) UNEP/CMS/Resolution 15.1：title；」 under 「通过了…下列决议：」: each
    # resolution of this meeting, and the document it is, adopted by the plenary, with its title.
    text = (CMS + "1. 在 2 月 13 日第 4 次全体会议上，大会以协商一致方式通过了全体委员会提交的下列决议：\n\n"
            " (a) UNEP/CMS/Resolution 15.1：迁徙物种状况报告的后续行动；\n\n"
            " (b) UNEP/CMS/Resolution 14.2：财务和行政事项。" + CMS_FOOT)
    _, found = facts(text, "adoption", "UNEP/CMS/COP15/25")
    assert {(f["adopter"].rsplit("/", 1)[-1], unquote(f["item"].split("cms-cop-15/")[-1].removeprefix("document/")))
            for f in found} == {("4", "decision/1"), ("4", "UNEP/CMS/Resolution 15.1")}
    _, titles = facts(text, "title", "UNEP/CMS/COP15/25")
    assert {(unquote(t["subject"].split("cms-cop-15/")[-1].removeprefix("document/")), t["value"]) for t in titles} == {
        ("decision/1", "迁徙物种状况报告的后续行动"), ("UNEP/CMS/Resolution 15.1", "迁徙物种状况报告的后续行动")}


def test_another_bodys_numbered_resolution_in_a_list_is_not_this_meetings():
    # CONSTRUCTED, NEGATIVE. The report is not under UNEP/CMS/: the CMS resolution is another body's.
    text = (TPNW + "1. 在第 4 次全体会议上，会议以协商一致方式通过了下列决议：\n\n"
            " (a) UNEP/CMS/Resolution 3.1：迁徙物种状况报告的后续行动。" + FOOT)
    _, found = facts(text, "adoption")
    assert not [f for f in found if "Resolution" in f["item"] or "/decision/" in f["item"]]
