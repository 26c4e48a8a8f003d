"""Phrase families beyond the sample, on short texts CONSTRUCTED for these
tests in the style of UN Chinese reports (written by hand; not UN documents).
The expected facts are written by hand from reading each text."""

from __future__ import annotations


import pytest

from constructed_text import FOOT as HEADER
from constructed_text import facts as _facts


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
            "1. 下列非政府组织出席了会议：国际废除核武器运动、海洋观察和国际援助组织。" + HEADER)
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


def test_family_treaty_actions_with_an_adverbial_before_the_verb():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 会议欢迎马拉维和尼泊尔自缔约国第二次会议以来批准了《条约》，并欢迎蒙古于 2024 年 2 月"
            "加入了《条约》。会议呼吁尚未加入《条约》的国家尽早加入。" + HEADER)
    ctx, actions = _facts(text, "treaty-action")
    assert {(a["state"], a["action"]) for a in actions} == {
        ("state/MWI", "Ratification"), ("state/NPL", "Ratification"), ("state/MNG", "Accession")}


@pytest.mark.parametrize("sentence", [
    "缔约国第二次会议在 2023 年 12 月 1 日第 8 次全体会议上决定，第三次会议将在纽约举行。",
    "缔约国第二次会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。该次会议在 12 月 1 日第 8 次全体会议上决定，"
    "第三次会议将在纽约举行。",
])
def test_family_another_meetings_plenary_named_by_its_subject(sentence):
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. " + sentence + "\n\n2. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。" + HEADER)
    ctx, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates} == {("meeting/tpnw-msp-2/plenary/8", "2023-12-01")}


@pytest.mark.parametrize("sentence", [
    "会议回顾了缔约国第二次会议(2023 年 11 月 27 日至 12 月 1 日)的成果。",
    "会议回顾了 2023 年 11 月 27 日至 12 月 1 日举行的缔约国第二次会议的成果。",
])
def test_family_another_meetings_dates_without_a_place(sentence):
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. " + sentence + HEADER)
    ctx, starts = _facts(text, "startDate")
    _, ends = _facts(text, "endDate")
    assert {(d["subject"], d["value"]) for d in starts} == {("meeting/tpnw-msp-2", "2023-11-27")}
    assert {(d["subject"], d["value"]) for d in ends} == {("meeting/tpnw-msp-2", "2023-12-01")}
    assert not [f for f in ctx.facts if f.kind == "location"]


def test_family_submitters_in_other_positions_of_a_table_title():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 会议收到了下表所列文件。\n\n文号 说明 \n\n"
            "TPNW/MSP/2025/7 黎巴嫩提交的根据《条约》第 4 条延长最后期限的请求 \n\n"
            "TPNW/MSP/2025/NAT.2 核查方面的国际合作：南非提交的国家文件 \n\n"
            "TPNW/MSP/2025/WP.3 性别问题：墨西哥代表 14 个缔约国提交的工作文件 \n\n"
            "TPNW/MSP/2025/WP.4 核裁军：墨西哥和平研究所代表蓝湖组织提交的工作文件 \n\n"
            "TPNW/MSP/2025/NGO/2 受害者援助：蓝湖基金会和“重建家园”倡议提交的工作文件 \n\n"
            "TPNW/MSP/2025/NGO/3 核试验：斯德哥尔摩国际和平研究所提交的工作文件 \n" + HEADER)
    ctx, submitted = _facts(text, "submittedBy")
    assert {(s["subject"], s["value"]) for s in submitted} == {
        ("document/TPNW/MSP/2025/7", "state/LBN"),
        ("document/TPNW/MSP/2025/NAT.2", "state/ZAF"),
        ("document/TPNW/MSP/2025/WP.3", "state/MEX"),
        # WP.4: an organization before 「代表」 is ambiguous, so nothing.
        ("document/TPNW/MSP/2025/NGO/2", "organization/zh-蓝湖基金会"),
        ("document/TPNW/MSP/2025/NGO/2", "organization/zh-%E2%80%9C重建家园%E2%80%9D倡议"),
        # NGO/3: 「和平」 is a word, not 「和」 joining two names: one (known) organization.
        ("document/TPNW/MSP/2025/NGO/3", "organization/sipri"),
    }
    assert any(w.code == "submitter-ambiguous" for w in ctx.warnings)


def test_family_organizations_named_x_international_in_an_including_list():
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n"
            "1. 共有 30 个非政府组织的代表出席了会议，其中包括绿十字国际和国际纯粹与应用化学联合会。" + HEADER)
    ctx, attendance = _facts(text, "attendance")
    assert {(a["participant"], a["role"]) for a in attendance} == {
        ("organization/zh-绿十字国际", "NonGovernmentalOrganization"),
        ("organization/zh-国际纯粹与应用化学联合会", "NonGovernmentalOrganization")}


def test_family_security_council_resolution_in_words_builds_a_valid_graph(tmp_path):
    """「安全理事会第 2310(2016)号决议」 → S/RES/2310 (2016), the official form
    (with its space), which the shapes accept: the report is valid."""
    from builder.pipeline import build_one
    from builder.namespace import UNKG

    path = tmp_path / "constructed.zh.txt"
    path.write_text("   禁止核武器条约缔约国第三次会议报告 \n\n"
                    "1. 会议回顾安全理事会第 2310(2016)号决议。" + HEADER, encoding="utf-8")
    result = build_one(path)
    assert result.ok, result.entry
    symbols = {str(o) for o in result.graph.objects(None, UNKG.symbol)}
    assert "S/RES/2310 (2016)" in symbols
