"""A thirteenth round of phrase families, from the recall gaps that the
fourteenth held-out set left (SPLOS 39): readings missed there, written again
in other words. Each text is CONSTRUCTED for its test in the style of UN
Chinese reports (written by hand; not UN documents), with the facts expected
written by hand; most cases are negative."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

BBNJ = "《国家管辖范围以外区域海洋生物多样性协定》"


def _kinds(text: str, kind: str) -> list[dict]:
    return _facts(TPNW + "1. " + text + FOOT, kind)[1]


def _actions(text: str) -> set[tuple]:
    return {(a["state"], a["treaty"], a["action"]) for a in _kinds(text, "treaty-action")}


# --- treaty actions: the addressee, a day without its year, 「该《协定》」 ------------


@pytest.mark.parametrize("text, expected", [
    ("秘书处通报说，厄瓜多尔于 2029 年 5 月 28 日向秘书长交存了《禁止核武器条约》加入书。",
     {("state/ECU", "treaty/tpnw", "Accession")}),
    ("秘书处通报说，帕劳向联合国秘书长交存了《禁止核武器条约》的批准书。",
     {("state/PLW", "treaty/tpnw", "Ratification")}),
    (f"在会议期间，汤加于 3 月 2 日交存了{BBNJ}的批准书。", {("state/TON", "treaty/bbnj", "Ratification")}),
    (f"图瓦卢于 4 月交存了{BBNJ}的加入书。", {("state/TUV", "treaty/bbnj", "Accession")}),
    (f"萨摩亚于 1 月 9 日交存了{BBNJ}的批准书；1 月 20 日，瑙鲁也交存了该《协定》的加入书。",
     {("state/WSM", "treaty/bbnj", "Ratification"), ("state/NRU", "treaty/bbnj", "Accession")}),
    (f"萨摩亚于 1 月 9 日批准了{BBNJ}，瑙鲁于 1 月 20 日加入了该《协定》。",
     {("state/WSM", "treaty/bbnj", "Ratification"), ("state/NRU", "treaty/bbnj", "Accession")}),
])
def test_deposits_with_an_addressee_a_day_or_the_treaty_named_before(text, expected):
    # CONSTRUCTED. 「X于 6 月 12 日交存了…」, 「X向秘书长交存了…」, 「该《协定》」 for the
    # agreement the sentence named before.
    assert _actions(text) == expected


@pytest.mark.parametrize("text", [
    f"{BBNJ}已开放供签署。汤加尚未交存该《协定》的批准书。",
    f"{BBNJ}已开放供签署。汤加表示将于 6 月交存该《协定》的批准书。",
    f"汤加计划向秘书长交存{BBNJ}的批准书。",
    # 「该《公约》」 where no convention was named before: which one is not said.
    f"汤加交存了{BBNJ}的批准书，瑙鲁交存了该《公约》的加入书。",
    # The title named before is no treaty the gazetteer knows.
    "会议审议了《海洋科学合作协定》草案。瑙鲁交存了该《协定》的加入书。",
])
def test_no_deposit_not_made_or_of_an_unsure_treaty(text):
    # CONSTRUCTED, NEGATIVE (the last two: only the first deposit, or none).
    found = _actions(text)
    assert ("state/NRU", "treaty/bbnj", "Accession") not in found
    assert all(state != "state/NRU" for state, _, _ in found)
    assert all(state != "state/TON" for state, _, _ in found) or found == {("state/TON", "treaty/bbnj", "Ratification")}
    if "尚未" in text or "将于" in text or "计划" in text:
        assert found == set()


# --- a committee 「由下列 N 个缔约国组成」 with its members after the colon -------------


def _offices(text: str) -> set[tuple]:
    return {(f["holder"], f["role"]) for f in _kinds(text, "office")}


def test_members_listed_after_the_committee_they_compose():
    # CONSTRUCTED. 「任命了由下列五个缔约国组成的全权证书委员会：A、B…和E」.
    text = "在第 2 次全体会议上，会议根据议事规则第 3 条任命了由下列五个缔约国组成的全权证书委员会：阿根廷、不丹、芬兰、马里和秘鲁。"
    assert _offices(text) == {(f"state/{c}", "CredentialsCommitteeMember") for c in ("ARG", "BTN", "FIN", "MLI", "PER")}
    ctx, _ = _facts(TPNW + "1. " + text + FOOT, "office")
    assert [(c.stated, c.extracted) for c in ctx.counts if c.what.startswith("members:")] == [(5, 5)]


def test_a_member_count_the_list_does_not_match_is_reported():
    # CONSTRUCTED. Three stated, four listed: the members are read, the mismatch reported.
    ctx, _ = _facts(TPNW + "1. 会议任命了由以下三个国家组成的全权证书委员会：阿根廷、不丹、芬兰和马里。" + FOOT, "office")
    assert [(c.stated, c.extracted) for c in ctx.counts if c.what.startswith("members:")] == [(3, 4)]


@pytest.mark.parametrize("text", [
    # One item is no State: none is emitted.
    "会议任命了由下列三个缔约国组成的全权证书委员会：阿根廷、不丹和无核武器区。",
    # Another meeting's committee.
    "会议决定，缔约国第四次会议将任命由下列三个缔约国组成的全权证书委员会：阿根廷、不丹和芬兰。",
])
def test_no_members_of_an_unread_list_or_another_meetings_committee(text):
    # CONSTRUCTED, NEGATIVE.
    assert not {h for h, role in _offices(text) if role == "CredentialsCommitteeMember"}


# --- an earlier meeting's president in apposition, as a permanent representative ---


def _office_facts(text: str) -> set[tuple]:
    return {(f["holder"], f["role"], f.get("onBehalfOf"), f["meeting"]) for f in _kinds(text, "office")}


@pytest.mark.parametrize("function", ["马耳他常驻联合国代表", "马耳他常驻联合国日内瓦办事处副代表"])
def test_an_earlier_presidents_function_names_the_state(function):
    # CONSTRUCTED. 「缔约国第二次会议主席、X常驻联合国代表Y先生宣布…开幕」: Y presided
    # the second meeting, for X.
    text = f"5 月 2 日上午，缔约国第二次会议主席、{function}卡梅尔·维拉先生宣布第 1 次全体会议开幕。"
    assert _office_facts(text) == {("person/卡梅尔.维拉", "President", "state/MLT", "meeting/tpnw-msp-2")}


@pytest.mark.parametrize("text", [
    # An observer of an organization: no State, and no person read as one.
    "缔约国第二次会议主席、欧洲联盟常驻联合国观察员卡梅尔·维拉先生宣布会议开幕。",
    # No meeting named: whose office is not said.
    "主席、马耳他常驻联合国代表卡梅尔·维拉先生宣布会议开幕。",
])
def test_no_office_in_apposition_without_a_state_or_a_meeting(text):
    # CONSTRUCTED, NEGATIVE.
    assert _office_facts(text) == set()


def test_the_treaty_without_title_marks_is_still_the_meetings():
    # CONSTRUCTED. 「该条约」 without 《》 is the report's own treaty, as before
    # 「该《协定》」 was read (the review of this change found it dropped).
    assert _actions("会议欢迎自上次会议以来加纳批准了《条约》，塞拉利昂加入了该条约。") == {
        ("state/GHA", "treaty/tpnw", "Ratification"), ("state/SLE", "treaty/tpnw", "Accession")}


# --- a ballot's table of candidates with a nationality column ----------------------


def _nationalities(text: str) -> set[tuple]:
    return {(f["subject"], f["value"]) for f in _kinds(text, "nationality")}


BALLOT = "在第 3 次全体会议上进行了第一轮投票，结果如下：\n参加投票的缔约国 98\n所需多数 50\n"


def test_candidates_and_their_nationality_from_a_ballot_table():
    # CONSTRUCTED. One candidate a line under 「候选人 国籍 得票数」; a name
    # without 「·」 of two to four characters is a name too.
    text = BALLOT + "候选人 国籍 得票数\n卡琳·约翰松 瑞典 71\n朴智妍 大韩民国 66\n埃马纽埃尔·奥孔科沃 尼日利亚 40\n"
    assert _nationalities(text) == {("person/卡琳.约翰松", "state/SWE"), ("person/朴智妍", "state/KOR"),
                                    ("person/埃马纽埃尔.奥孔科沃", "state/NGA")}


def test_the_columns_may_come_in_another_order():
    # CONSTRUCTED. 「国籍 候选人 得票数」.
    text = BALLOT + "国籍 候选人 得票数\n瑞典 卡琳·约翰松 71\n"
    assert _nationalities(text) == {("person/卡琳.约翰松", "state/SWE")}


@pytest.mark.parametrize("table", [
    # Who nominated is not a nationality.
    "候选人 提名国 得票数\n卡琳·约翰松 瑞典 71\n",
    # No header: which field is which is not said.
    "卡琳·约翰松 瑞典 71\n",
    # A State name the gazetteer does not know, a name that is a State's.
    "候选人 国籍 得票数\n卡琳·约翰松 北欧 71\n智利 瑞典 40\n",
])
def test_no_nationality_from_other_columns_or_unread_rows(table):
    # CONSTRUCTED, NEGATIVE.
    assert _nationalities(BALLOT + table) == set()


def test_the_table_ends_at_the_first_other_line():
    # CONSTRUCTED, NEGATIVE for the line after the table: a row with other fields ends it.
    text = BALLOT + "候选人 国籍 得票数\n卡琳·约翰松 瑞典 71\n弃权 2\n朴智妍 大韩民国 66\n"
    assert _nationalities(text) == {("person/卡琳.约翰松", "state/SWE")}


# --- submitters as the clause's subject: 「X提交了…(SYMBOL)」 -------------------------


def _submitters(text: str) -> set[tuple]:
    return {(f["subject"], f["value"]) for f in _kinds(text, "submittedBy")}


L5 = "document/TPNW/MSP/2025/L.5"


@pytest.mark.parametrize("text, expected", [
    ("秘鲁和葡萄牙提交了关于闭会期间工作安排的决定草案(TPNW/MSP/2025/L.5)。", {(L5, "state/PER"), (L5, "state/PRT")}),
    ("秘鲁和葡萄牙向会议提交了关于闭会期间工作安排的决定草案(TPNW/MSP/2025/L.5)。", {(L5, "state/PER"), (L5, "state/PRT")}),
    ("在第 4 次全体会议上，秘鲁提交了一份决定草案(TPNW/MSP/2025/L.5)，会议推迟了对该草案的审议。", {(L5, "state/PER")}),
])
def test_a_submitter_as_the_subject_of_submitted(text, expected):
    # CONSTRUCTED. 「A和B提交了…决定草案(X)」, with 「向会议」 between.
    assert _submitters(text) == expected


def test_a_state_before_on_behalf_of_submitted():
    # CONSTRUCTED. 「秘鲁代表葡萄牙提交了…」: Peru submitted, in either reading of 「代表」 (on
    # Portugal's behalf, or Peru's representative), as the documents tables are read.
    assert _submitters("秘鲁代表葡萄牙提交了决定草案(TPNW/MSP/2025/L.5)。") == {(L5, "state/PER")}


@pytest.mark.parametrize("text", [
    # Two documents for one verb: which is whose is not said.
    "秘鲁提交了两份工作文件(TPNW/MSP/2025/WP.1 和 TPNW/MSP/2025/WP.2)。",
    # The document is inside what was submitted: 「对…(X)的评论」.
    "秘鲁提交了对葡萄牙工作文件(TPNW/MSP/2025/L.5)的评论。",
    "秘鲁提交的对葡萄牙决定草案(TPNW/MSP/2025/L.5)的修正案已分发。",
])
def test_no_submitter_when_whose_document_is_not_said(text):
    # CONSTRUCTED, NEGATIVE.
    assert _submitters(text) == set()


# --- organizations whose names hold a subject word (「国家」, 「组织」) --------------------


def _attendances(text: str) -> set[tuple]:
    return {(a["participant"], a["role"]) for a in _kinds(text, "attendance")}


@pytest.mark.parametrize("text, expected", [
    ("国际原子能机构(原子能机构)、美洲国家组织(美洲组织)以及阿拉伯国家联盟(阿盟)的代表作为观察员出席了会议。",
     {("organization/iaea", "ObserverOrganization"), ("organization/oas", "ObserverOrganization"),
      ("organization/las", "ObserverOrganization")}),
    ("东南亚国家联盟和国际原子能机构以观察员身份出席了会议。",
     {("organization/asean", "ObserverOrganization"), ("organization/iaea", "ObserverOrganization")}),
    ("摩洛哥和阿拉伯国家联盟作为观察员出席了会议。",
     {("state/MAR", "ObserverState"), ("organization/las", "ObserverOrganization")}),
    # The subject word outside the names still says what they are.
    ("埃及和约旦这两个国家作为观察员出席了会议。", {("state/EGY", "ObserverState"), ("state/JOR", "ObserverState")}),
])
def test_a_name_holding_a_subject_word_does_not_make_the_list_one_of_states(text, expected):
    # CONSTRUCTED. 「阿拉伯国家联盟」 holds 「国家」: it named the list's subject as
    # States, and the organizations were then no participants.
    assert _attendances(text) == expected


@pytest.mark.parametrize("text", [
    "阿拉伯国家联盟的成员国作为观察员出席了会议。",
    "阿拉伯国家联盟成员国作为观察员出席了会议。",
])
def test_the_members_of_an_organization_are_not_the_organization(text):
    # CONSTRUCTED, NEGATIVE.
    assert _attendances(text) == set()


# --- an annex listing the meeting's decisions, 「第 N 号决定 title」 a line ------------

from constructed_text import decision_titles  # noqa: E402

HEAD = "   禁止核武器条约缔约国第三次会议报告 \n\n1. 会议以协商一致方式通过了第 1 号和第 2 号决定(见附件一)。\n\n"
ANNEX = "\n\n 附件一 \n\n  {heading} \n\n 第 {a} 号决定 闭会期间工作安排 \n\n 第 {b} 号决定 第四次会议的日期和地点 "


def _annex_titles(heading: str, a: str = "1", b: str = "2") -> set[tuple]:
    return decision_titles(HEAD + ANNEX.format(heading=heading, a=a, b=b) + FOOT)


@pytest.mark.parametrize("heading", ["缔约国第三次会议通过的决定", "第三次会议通过的决定"])
def test_titles_of_the_decisions_an_annex_lists_under_the_meetings_name(heading):
    # CONSTRUCTED. The heading names the reported meeting; each line a number, a
    # space, the title.
    assert _annex_titles(heading) == {("meeting/tpnw-msp-3/decision/1", "闭会期间工作安排"),
                                      ("meeting/tpnw-msp-3/decision/2", "第四次会议的日期和地点")}


def test_numbers_that_name_the_meeting_need_no_heading_that_does():
    # CONSTRUCTED. 「第 3/1 号决定」 in the report of the third meeting.
    assert ("meeting/tpnw-msp-3/decision/1", "闭会期间工作安排") in _annex_titles("通过的决定", "3/1", "3/2")


@pytest.mark.parametrize("heading, a, b", [
    ("缔约国第二次会议通过的决定", "1", "2"),  # another meeting's
    ("通过的决定", "1", "2"),  # no meeting named, numbers without one
    ("提交会议的决定草案", "1", "2"),  # drafts
    ("通过的决定", "2/1", "2/2"),  # numbers of the second meeting
])
def test_no_titles_from_an_annex_of_other_decisions(heading, a, b):
    # CONSTRUCTED, NEGATIVE.
    assert _annex_titles(heading, a, b) == set()


@pytest.mark.parametrize("text, expected", [
    ("南苏丹于 2029 年 9 月 20 日在纽约签署《禁止核武器条约》。", {("state/SSD", "treaty/tpnw", "Signature")}),
    ("帕劳在日内瓦批准了《禁止核武器条约》。", {("state/PLW", "treaty/tpnw", "Ratification")}),
    ("南苏丹表示将在纽约签署《禁止核武器条约》。", set()),  # NEGATIVE: to come
])
def test_a_signature_with_its_place(text, expected):
    # CONSTRUCTED. 「X于…在纽约签署《条约》」: the place between the State and the verb.
    assert _actions(text) == expected


def test_a_treaty_action_in_a_footnote_after_its_number():
    # CONSTRUCTED. A footnote 「2 南苏丹于…在纽约签署《条约》。」: its number is no part of the list.
    text = TPNW + "1. 南苏丹以观察员身份出席了会议。2 \n\n__________________ \n\n 2 南苏丹于 2024 年 9 月 20 日在纽约签署《条约》。" + FOOT
    found = {(a["state"], a["treaty"], a["action"]) for a in _facts(text, "treaty-action")[1]}
    assert found == {("state/SSD", "treaty/tpnw", "Signature")}
