"""Phrase families found missing on the fifth held-out set
(tests/fixtures/heldout5/), each tested on a short text CONSTRUCTED for this
test in the style of UN Chinese reports, with wording of its own (written by
hand; not UN documents). Expected facts are written by hand from the text."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

COP = "   联合国防治荒漠化公约缔约方大会第十七届会议的报告 \n\n"
HEAD = "\n\n ICCD/COP(17)/20 \n\n \n\n2/2 26-01234 \n"


def test_symbols_with_a_session_in_parentheses():
    text = COP + "1. 缔约方大会注意到秘书处的报告(ICCD/COP(17)/2)和委员会的报告(ICCD/CRIC(23)/10)。" + HEAD
    ctx, references = _facts(text, "references")
    assert ctx.symbol == "ICCD/COP(17)/20"
    assert {r["value"] for r in references} >= {"document/ICCD/COP(17)/2", "document/ICCD/CRIC(23)/10"}


def test_officers_elected_as_listed_and_a_committee_set_up_before_its_chair():
    text = COP + ("1. 缔约方大会以鼓掌方式选举蒙古环境、气候变化和旅游大臣巴特·额尔登阁下为第十七届会议主席。"
                  "下列人士当选为副主席：安娜·索萨女士(巴西)和约翰·姆巴先生(肯尼亚)。约翰·姆巴先生还兼任报告员。"
                  "缔约方大会设立了全体委员会，由墨西哥的卡门·维拉女士担任主席。") + HEAD
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/巴特.额尔登", "President", None),
        ("person/安娜.索萨", "VicePresident", "state/BRA"), ("person/约翰.姆巴", "VicePresident", "state/KEN"),
        ("person/约翰.姆巴", "Rapporteur", "state/KEN"),
        ("person/卡门.维拉", "Chair", "state/MEX")}
    _, chaired = _facts(text, "chaired")
    assert [c["person"] for c in chaired] == ["person/巴特.额尔登"]


def test_plenaries_dated_in_other_ways_and_the_closing_plenary():
    text = COP + ("1. 缔约方大会第十七届会议于 2026 年 8 月 17 日至 28 日在乌兰巴托举行。"
                  "在 8 月 18 日和 19 日分别举行的第 2 次和第 3 次全体会议上，缔约方大会进行了一般性辩论。"
                  "8 月 28 日，会议举行了第 7 次和第 8 次全体会议。"
                  "在第 8 次即闭幕全体会议上，缔约方大会以协商一致方式通过了决定草案(ICCD/COP(17)/L.5)。") + HEAD
    ctx, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates} == {
        ("meeting/unccd-cop-17/plenary/2", "2026-08-18"), ("meeting/unccd-cop-17/plenary/3", "2026-08-19"),
        ("meeting/unccd-cop-17/plenary/7", "2026-08-28"), ("meeting/unccd-cop-17/plenary/8", "2026-08-28")}
    _, adopted = _facts(text, "adoption")
    assert {(a["adopter"], a["item"]) for a in adopted} == {
        ("meeting/unccd-cop-17/plenary/8", "document/ICCD/COP(17)/L.5")}


def test_a_document_the_adopted_texts_are_contained_in_is_not_adopted():
    text = COP + "1. 在第 5 次全体会议上，缔约方大会以协商一致方式通过了 30 项决定，案文载于本报告第二部分(ICCD/COP(17)/20/Add.1)。" + HEAD
    ctx, adopted = _facts(text, "adoption")
    assert not [a for a in adopted if "Add.1" in a["item"]]


def test_the_next_meetings_president_is_not_an_office_of_this_meeting():
    # CONSTRUCTED. The next meeting is named only as 「下次会议」 and nowhere by
    # its number: no office is emitted (and the reported meeting's President
    # stays a person of his own).
    text = (TPNW + "1. 会议选举伊万·杜邦(智利)为会议主席。\n\n"
            "2. 在第 5 次全体会议上，会议选举卡洛斯·杜邦(贝宁)为下次会议主席。" + FOOT)
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o["meeting"], o.get("onBehalfOf")) for o in offices} == {
        ("person/伊万.杜邦", "President", "meeting/tpnw-msp-3", "state/CHL")}
    assert any(w.code == "office-meeting" for w in ctx.warnings)


def test_the_next_meetings_president_goes_to_that_meeting_where_it_is_named():
    # CONSTRUCTED. The report names the fourth meeting, so 「下一次会议」 is it.
    text = (TPNW + "1. 缔约国第四次会议将于 2026 年 3 月 2 日至 6 日在纽约举行。\n\n"
            "2. 会议选举卡洛斯·杜邦(贝宁)为下一次会议主席。" + FOOT)
    _, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o["meeting"]) for o in offices} == {
        ("person/卡洛斯.杜邦", "President", "meeting/tpnw-msp-4")}


def test_two_presidents_with_one_surname_and_different_given_names_stay_two_persons():
    # CONSTRUCTED. Both are called President of this meeting (the outgoing one
    # opens it), but 伊万 is not a shortened 卡洛斯: two persons, a warning.
    text = (TPNW + "1. 会议主席伊万·杜邦(智利)宣布会议开幕。\n\n"
            "2. 会议主席卡洛斯·杜邦(贝宁)宣布会议闭幕。" + FOOT)
    ctx, offices = _facts(text, "office")
    assert {o["holder"] for o in offices} == {"person/伊万.杜邦", "person/卡洛斯.杜邦"}
    persons = {r.key for r in ctx.entities if r.kind == "person"}
    assert persons == {"伊万.杜邦", "卡洛斯.杜邦"}
    assert any(w.code == "person-identity" for w in ctx.warnings)
