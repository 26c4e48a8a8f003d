"""Phrase families beyond the sample, on short texts CONSTRUCTED for these
tests in the style of UN Chinese reports (written by hand; not UN documents).
The expected facts are written by hand from reading each text."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.pipeline import extract_report

HEADER = "\n\n TPNW/MSP/2025/6 \n\n \n\n2/2 25-01234 \n"


def _facts(text: str, kind: str, symbol: str | None = None):
    ctx = extract_report(Path("constructed.txt"), text, symbol)
    return ctx, [{k: str(v) for k, v in f.args} for f in ctx.facts if f.kind == kind]


def test_family_officers_with_state_before_name_and_later_plenary():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 在 3 月 4 日第 2 次全体会议上，会议选举智利的玛丽亚·费尔南达·埃斯皮诺萨为主席，"
            "并选举奥地利和爱尔兰为副主席。" + HEADER)
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf"), o.get("electedAt")) for o in offices} == {
        ("person/玛丽亚.费尔南达.埃斯皮诺萨", "President", "state/CHL", "meeting/tpnw-msp-3/plenary/2"),
        ("state/AUT", "VicePresident", None, "meeting/tpnw-msp-3/plenary/2"),
        ("state/IRL", "VicePresident", None, "meeting/tpnw-msp-3/plenary/2"),
    }


def test_family_named_secretaries_general_are_kept_apart():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 会议秘书长克里斯托弗·金和会议秘书长张伟(中国)出席了开幕式。" + HEADER)
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/克里斯托弗.金", "SecretaryGeneral", None),
        ("person/张伟", "SecretaryGeneral", "state/CHN"),
    }
    assert any(w.code == "person-identity" for w in ctx.warnings)


def test_family_two_forms_of_the_presidents_name_become_one_person():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 会议主席胡安·拉蒙·德拉富恩特(墨西哥)宣布会议开幕。\n\n"
            "2. 会议主席胡安·德拉富恩特(墨西哥)宣布会议闭幕。" + HEADER)
    ctx, offices = _facts(text, "office")
    assert {o["holder"] for o in offices} == {"person/胡安.拉蒙.德拉富恩特"}
    persons = {r.key: e for r, e in ctx.entities.items() if r.kind == "person"}
    assert list(persons) == ["胡安.拉蒙.德拉富恩特"]
    assert persons["胡安.拉蒙.德拉富恩特"].alt_labels == {("胡安·德拉富恩特", "zh")}


def test_family_similar_names_without_shared_office_stay_apart():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 会议主席胡安·拉蒙·德拉富恩特(墨西哥)宣布会议开幕。\n\n"
            "2. 会议选举胡安·德拉富恩特(墨西哥)为副主席。" + HEADER)
    ctx, offices = _facts(text, "office")
    assert {o["holder"] for o in offices} == {"person/胡安.拉蒙.德拉富恩特", "person/胡安.德拉富恩特"}


def test_family_committee_composition_and_its_count():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 全权证书委员会由三名成员组成：巴西、法国和日本。" + HEADER)
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"]) for o in offices} == {
        ("state/BRA", "CredentialsCommitteeMember"), ("state/FRA", "CredentialsCommitteeMember"),
        ("state/JPN", "CredentialsCommitteeMember")}


def test_family_observers_listed_before_the_predicate():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 大韩民国、美利坚合众国和伊朗伊斯兰共和国以观察员身份出席了会议。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert {(a["participant"], a["role"]) for a in attendance} == {
        ("state/KOR", "ObserverState"), ("state/USA", "ObserverState"), ("state/IRN", "ObserverState")}


def test_family_signatories_and_non_parties_as_observers():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 以下签署国以观察员身份出席了会议：巴西和印度尼西亚。\n\n"
            "2. 下列非缔约国作为观察员参加了会议：德国、挪威。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert {(a["participant"], a["role"]) for a in attendance} == {
        ("state/BRA", "ObserverState"), ("state/IDN", "ObserverState"),
        ("state/DEU", "ObserverState"), ("state/NOR", "ObserverState")}


def test_family_names_with_he_in_a_list_of_states():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 下列 4 个缔约国参加了会议：奥地利、特立尼达和多巴哥、波斯尼亚和黑塞哥维那和圣多美和普林西比。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert {a["participant"] for a in attendance} == {"state/AUT", "state/TTO", "state/BIH", "state/STP"}
    assert [(c.stated, c.extracted) for c in ctx.counts] == [(4, 4)]


def test_family_unknown_ngos_joined_by_he_are_not_guessed():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 下列非政府组织出席了会议：国际废除核武器运动、人权观察和国际助残组织。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert {a["participant"] for a in attendance} == {"organization/ican"}
    assert any(w.code == "attendance-unresolved" for w in ctx.warnings)


def test_family_unknown_ngos_split_when_the_count_says_so():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 下列 3 个非政府组织出席了会议：国际废除核武器运动、人权观察和国际助残组织。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert len({a["participant"] for a in attendance}) == 3
    assert [(c.stated, c.extracted, c.status) for c in ctx.counts] == [(3, 3, "ok")]


def test_family_considered_but_not_adopted():
    text = ("   集束弹药公约缔约国第十一次会议报告 \n\n"
            "1. 集束弹药公约缔约国第十一次会议于 2023 年 9 月 11 日至 14 日在日内瓦联合国办事处举行。\n\n"
            "2. 在 9 月 14 日第 4 次全体会议上，会议以协商一致方式通过了决定草案 CCM/MSP/2023/L.1，"
            "但未能就 CCM/MSP/2023/L.4 号文件所载决定草案达成协商一致。会议决定推迟审议决定草案 CCM/MSP/2023/L.2。"
            "提案国撤回了决定草案 CCM/MSP/2023/L.3。决定草案 CCM/MSP/2023/L.5 以 12 票赞成、30 票反对、5 票弃权被否决。"
            "\n\n CCM/MSP/2023/13 \n\n \n\n2/4 23-99999 \n")
    ctx, adoptions = _facts(text, "adoption")
    assert [(a["adopter"], a["item"], a.get("procedure"), a.get("date")) for a in adoptions] == [
        ("meeting/ccm-msp-11/plenary/4", "document/CCM/MSP/2023/L.1", "Consensus", "2023-09-14")]
    _, considered = _facts(text, "considered")
    assert {c["value"] for c in considered} >= {f"document/CCM/MSP/2023/L.{n}" for n in (2, 3, 4, 5)}


def test_family_adopted_by_vote():
    text = ("   集束弹药公约缔约国第十一次会议报告 \n\n"
            "1. 在第 3 次全体会议上，会议以记录表决方式通过了决定草案 CCM/MSP/2023/L.6。"
            "\n\n CCM/MSP/2023/13 \n\n \n\n2/4 23-99999 \n")
    ctx, adoptions = _facts(text, "adoption")
    assert [(a["item"], a.get("procedure")) for a in adoptions] == [("document/CCM/MSP/2023/L.6", "Vote")]


def test_family_report_without_running_head_takes_symbol_from_its_table_row():
    text = ("集束弹药公约缔约国第十一次会议的报告\n"
            "1. 会议文件列于附件。\n\f"
            "附件\n文件\n会议收到了下表所列文件。\n文号 说明\n"
            "CCM/MSP/2023/1 临时议程\n"
            "CCM/MSP/2023/13 集束弹药公约缔约国第十一次会议的报告\n")
    ctx, _ = _facts(text, "considered")
    assert ctx.symbol == "CCM/MSP/2023/13"
    assert ctx.meeting is not None and ctx.meeting.key == "ccm-msp-11"


def test_family_report_without_symbol_takes_the_given_one():
    text = "集束弹药公约缔约国第十一次会议报告\n1. 会议于 2023 年 9 月 11 日开幕。\n"
    ctx, _ = _facts(text, "reportOf", symbol="CCM/MSP/2023/13")
    assert ctx.symbol == "CCM/MSP/2023/13"
    assert [f.kind for f in ctx.facts if f.kind == "reportOf"] == ["reportOf"]


def test_family_treaty_actions_with_le():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 我们欢迎印度尼西亚和斯里兰卡批准了《条约》，以及塞拉利昂加入《条约》。" + HEADER)
    ctx, actions = _facts(text, "treaty-action")
    assert {(a["state"], a["action"], a["treaty"]) for a in actions} == {
        ("state/IDN", "Ratification", "treaty/tpnw"), ("state/LKA", "Ratification", "treaty/tpnw"),
        ("state/SLE", "Accession", "treaty/tpnw")}


@pytest.mark.parametrize("sentence, expected", [
    ("经济及社会理事会 2023 年 6 月 7 日第 2023/5 号决议", "E/RES/2023/5"),
    ("大会第 78/32 号决议", "A/RES/78/32"),
])
def test_family_resolutions_in_words_are_references(sentence, expected):
    text = "   禁止核武器条约缔约国第三次会议报告 \n\n1. 回顾" + sentence + "。" + HEADER
    ctx, references = _facts(text, "references")
    assert f"document/{expected}" in {r["value"] for r in references}
