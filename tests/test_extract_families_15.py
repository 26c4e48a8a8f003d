"""A fifteenth round of phrase families: the members of a body that serves no
treaty (a conference's members, a commission's member States) attend as
MemberState. Each text is CONSTRUCTED for its test in the style of UN Chinese
reports (written by hand; not UN documents), with the facts expected written
by hand."""

from __future__ import annotations

import pytest

from constructed_text import facts, paragraph_offices

CONFERENCE = "   建立中东无核武器和其他大规模毁灭性武器区会议第九届会议的报告 \n\n"
CONFERENCE_FOOT = "\n\n A/CONF.236/2032/4 \n\n \n\n2/9 32-01234 \n"
COMMISSION = "   人口与发展委员会第六十五届会议的报告 \n\n"
COMMISSION_FOOT = "\n\n E/CN.9/2032/9 \n\n \n\n2/9 32-01234 \n"


def _attended(head: str, paragraph: str, foot: str) -> set[tuple]:
    _, found = facts(head + "1. " + paragraph + foot, "attendance")
    return {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. A conference's members listed after the predicate.
    ("下列国家作为会议成员参加了本届会议：约旦、黎巴嫩和阿曼。",
     {("JOR", "MemberState"), ("LBN", "MemberState"), ("OMN", "MemberState")}),
    # CONSTRUCTED. The members named before the predicate.
    ("卡塔尔和也门作为会议成员出席了会议。", {("QAT", "MemberState"), ("YEM", "MemberState")}),
    # CONSTRUCTED, NEGATIVE. Invited as a member, did not come.
    ("以色列也应邀作为会议成员，但未派代表出席。", set()),
    # CONSTRUCTED. Observers in the same report stay observers.
    ("中国和俄罗斯联邦作为观察员出席了会议。", {("CHN", "ObserverState"), ("RUS", "ObserverState")}),
])
def test_a_conferences_members(paragraph, expected):
    assert _attended(CONFERENCE, paragraph, CONFERENCE_FOOT) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. A commission's member States, 「成员国」 after a determiner.
    ("委员会下列成员国派代表出席了届会：智利、加纳和日本。",
     {("CHL", "MemberState"), ("GHA", "MemberState"), ("JPN", "MemberState")}),
    # CONSTRUCTED. 「委员会成员国」 as the subject, with a count that checks the list.
    ("下列 2 个委员会成员国的代表出席了会议：秘鲁和泰国。", {("PER", "MemberState"), ("THA", "MemberState")}),
    # CONSTRUCTED. Non-members are observers, whatever else the sentence says.
    ("下列非委员会成员的联合国会员国派观察员出席了会议：冰岛和尼泊尔。",
     {("ISL", "ObserverState"), ("NPL", "ObserverState")}),
    # CONSTRUCTED, NEGATIVE. Members of another body named before 「成员」: no role is read from it.
    ("全权证书委员会成员出席了会议：智利、加纳和日本。", set()),
    ("下列欧洲联盟成员国出席了会议：法国和德国。", set()),
    # CONSTRUCTED, NEGATIVE. A member that is said to attend as an observer: the sentence contradicts itself.
    ("委员会成员国冰岛以观察员身份出席了会议。", set()),
])
def test_a_commissions_member_states(paragraph, expected):
    # (where nothing is expected, only a MemberState would be wrong: the negative
    # cases may still read an observer or nothing)
    assert {f for f in _attended(COMMISSION, paragraph, COMMISSION_FOOT) if f[1] == "MemberState" or expected} == expected


def test_the_count_of_a_commissions_members_is_checked():
    # CONSTRUCTED. 「下列 3 个委员会成员」 with two names: the count is reported, as for States parties.
    ctx, _ = facts(COMMISSION + "1. 下列 3 个委员会成员出席了届会：秘鲁和泰国。" + COMMISSION_FOOT, "attendance")
    checks = [c for c in ctx.counts if c.stated == 3]
    assert checks and all(c.extracted != c.stated for c in checks)


# The co-chairs of a part of the meeting, named in a relative clause before it.
@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. Consultations co-chaired by two persons named with their States.
    ("关于项目 7，由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的非正式磋商未能达成一致。",
     {("玛丽亚.戈麦斯", "CoChair", "PER", "非正式磋商"), ("安蒂.维尔塔宁", "CoChair", "FIN", "非正式磋商")}),
    # CONSTRUCTED. A contact group, the sentence opening with the plenary it reported at.
    ("在第 4 次全体会议上，由加纳的科菲·门萨先生和爱尔兰的西奥宾·奥布莱恩女士共同主持的联络组报告了其工作。",
     {("科菲.门萨", "CoChair", "GHA", "联络组"), ("西奥宾.奥布莱恩", "CoChair", "IRL", "联络组")}),
    # CONSTRUCTED, NEGATIVE. Another meeting's consultations.
    ("在上届会议期间由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的磋商没有结果。", set()),
    # CONSTRUCTED, NEGATIVE. A contact group still to be set up.
    ("会议将设立由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的联络组。", set()),
    # CONSTRUCTED, NEGATIVE. A working group, which may be intersessional: whose office it is is not said.
    ("会议欢迎由秘鲁和芬兰共同主持的非正式工作组的报告。", set()),
    # CONSTRUCTED, NEGATIVE. Officers by title only: no holder to name.
    ("由主席和副主席共同主持的非正式磋商仍在进行。", set()),
])
def test_co_chairs_in_a_relative_clause(paragraph, expected):
    found = {(h.split("/")[-1], r, (b or "").split("/")[-1] or None, body) for h, r, b, body in paragraph_offices(paragraph)}
    assert found == expected


def test_a_joint_running_head_gives_the_commissions_symbol_and_both_report_of():
    # CONSTRUCTED. The cover and every running head print both symbols of a
    # commission's report issued as the Council's official records.
    text = (" E/2032/27-E/CN.9/2032/9 \n\n \n\n 人口与发展委员会 \n\n 第六十五届会议的报告 \n\n"
            " (2032 年 4 月 12 日至 16 日) \n\n \n\n\n E/2032/27 \n\n E/CN.9/2032/9 \n\n \n\n2/4 32-04517 \n\n"
            "1. 委员会于 2032 年 4 月 12 日至 16 日举行第六十五届会议。\n\n E/2032/27 \n\n E/CN.9/2032/9 \n\n \n\n3/4 32-04517 \n")
    ctx, found = facts(text, "reportOf")
    assert ctx.symbol == "E/CN.9/2032/9"
    documents = {f["document"] for f in found}
    assert any(d.endswith("E/2032/27") for d in documents) and any(d.endswith("E/CN.9/2032/9") for d in documents)
    assert {f["meeting"].rsplit("/", 1)[-1] for f in found} == {"cpd-session-65"}


def _dated(paragraph: str) -> set[tuple]:
    ctx, starts = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "startDate")
    _, ends = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "endDate")
    _, places = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "location")
    return {(f["subject"].rsplit("/", 1)[-1], str(f["value"])) for f in starts + ends + places}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. The commission, then when and where it held the session named after the verb.
    ("委员会于 2032 年 4 月 12 日至 16 日在纽约联合国总部举行了第六十五届会议，共举行了 10 次会议。",
     {("cpd-session-65", "2032-04-12"), ("cpd-session-65", "2032-04-16"), ("cpd-session-65", "纽约联合国总部")}),
    ("委员会于 2032 年 4 月 12 日至 16 日举行了第六十五届会议。",
     {("cpd-session-65", "2032-04-12"), ("cpd-session-65", "2032-04-16")}),
    # CONSTRUCTED. Its full name, and an earlier session.
    ("人口与发展委员会于 2031 年 4 月 12 日至 16 日举行了第六十四届会议。",
     {("cpd-session-64", "2031-04-12"), ("cpd-session-64", "2031-04-16")}),
    # CONSTRUCTED, NEGATIVE. Another body's session, another commission's, a proposal.
    ("工作组于 2032 年 1 月 12 日至 16 日在日内瓦举行了第三届会议。", set()),
    ("统计委员会于 2032 年 1 月 12 日至 16 日举行了第六十三届会议。", set()),
    ("委员会建议于 2033 年 4 月 12 日至 16 日举行第六十六届会议。", set()),
])
def test_a_session_held_by_the_reporting_body(paragraph, expected):
    assert _dated(paragraph) == expected


def test_a_day_that_both_years_of_a_session_hold_dates_no_meeting_but_keeps_it():
    # CONSTRUCTED. A session that met on 21 March of one year and again up to 21 March
    # of the next: 「在 3 月 21 日第 11 次会议上」 may be either day, so the meeting is not
    # dated; it is still the session's 11th meeting, where the draft was adopted.
    paragraph = ("委员会于 2031 年 3 月 21 日以及 2032 年 3 月 10 日至 21 日举行了第六十五届会议。\n\n"
                 "2. 在 3 月 21 日第 11 次会议上，委员会通过了决议草案 E/CN.9/2032/L.4。")
    ctx, adopted = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "adoption")
    assert {(a["adopter"].rsplit("/", 2)[-2:][0] + "/" + a["adopter"].rsplit("/", 1)[-1], a["item"].split("document/", 1)[-1])
            for a in adopted} == {("plenary/11", "E/CN.9/2032/L.4")}
    _, dated = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "date")
    assert not [d for d in dated if d["subject"].endswith("/plenary/11")]


BWC = "   禁止生物武器公约缔约国 2033 年会议的报告 \n\n"
BWC_FOOT = "\n\n BWC/MSP/2033/6 \n\n \n\n2/9 GE.33-01234 \n"


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. States neither party nor signatory, described before their names.
    ("既非《公约》缔约国亦非签署国的纳米比亚和图瓦卢作为观察员出席了会议。",
     {("NAM", "ObserverState"), ("TUV", "ObserverState")}),
    ("既不是缔约国也不是签署国的图瓦卢派观察员出席了会议。", {("TUV", "ObserverState")}),
    # CONSTRUCTED, NEGATIVE. Neither party nor signatory of another treaty: no role for this meeting.
    ("既非《禁止化学武器公约》缔约国亦非签署国的纳米比亚作为观察员出席了会议。", set()),
    # CONSTRUCTED. 「获准」 before the predicate is no part of the last name.
    ("世界卫生组织、国际刑事警察组织和欧洲联盟获准以观察员身份出席会议。",
     {("who", "ObserverOrganization"), ("interpol", "ObserverOrganization"), ("eu", "ObserverOrganization")}),
])
def test_bwc_attendance(paragraph, expected):
    assert _attended(BWC, paragraph, BWC_FOOT) == expected


def test_titles_of_the_documents_listed_as_received():
    # CONSTRUCTED. A list item's title where the parenthesis adds the document's corrigendum
    # or addendum, a working group's report with a treaty in 《》, a unit's annual report, and a draft
    # titled by its subject; not an item whose parenthesis holds a revision (which title is whose is not said).
    paragraph = ("会议开幕。\n\n2. 会议收到了下列文件：\n\n (a) 加强《公约》工作组的报告(BWC/MSP/2033/3 和 BWC/MSP/2033/3/Corr.1)；\n\n"
                 " (b) 关于设立科学咨询机制的决定草案(BWC/MSP/2033/L.1)；\n\n"
                 " (c) 执行支助股的年度报告(BWC/MSP/2033/4 和 BWC/MSP/2033/4/Add.1)；\n\n"
                 " (d) 临时议程(BWC/MSP/2033/1 和 BWC/MSP/2033/1/Rev.1)。")
    _, titles = facts(BWC + "1. " + paragraph + BWC_FOOT, "title")
    assert {(t["subject"].split("document/")[-1], t["value"]) for t in titles if "document/" in t["subject"]} == {
        ("BWC/MSP/2033/3", "加强《公约》工作组的报告"), ("BWC/MSP/2033/L.1", "关于设立科学咨询机制的决定草案"),
        ("BWC/MSP/2033/4", "执行支助股的年度报告")}


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. What the counted organizations are, then the count: no list, no name.
    "在经济及社会理事会具有咨商地位的 180 个非政府组织派观察员出席了会议。",
    # CONSTRUCTED, NEGATIVE. Whose organizations: the States are not the participants.
    "阿根廷和智利的 3 个非政府组织派观察员出席了会议。",
])
def test_a_counted_kind_after_a_description_names_no_participant(paragraph):
    assert _attended(COMMISSION, paragraph, COMMISSION_FOOT) == set()


def test_an_officer_title_before_a_name_is_no_part_of_it():
    # CONSTRUCTED. 「报告员X(国)」: the person is X, of that State.
    ctx, found = facts(COMMISSION + "1. 在第 9 次会议上，报告员玛尔塔·诺瓦科娃(斯洛伐克)介绍了报告草稿。" + COMMISSION_FOOT,
                       "nationality")
    assert {(f["subject"].rsplit("/", 1)[-1], f["value"].rsplit("/", 1)[-1]) for f in found} == {("玛尔塔.诺瓦科娃", "SVK")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「State代表NAME」: the person holds the office for that State.
    ("在第 2 次会议上，委员会以鼓掌方式选举挪威代表英格丽·达尔女士为副主席。", {("英格丽.达尔", "ViceChair", "NOR")}),
    ("委员会选举秘鲁代表团团长卡洛斯·门多萨先生为主席。", {("卡洛斯.门多萨", "Chair", "PER")}),
    # CONSTRUCTED, NEGATIVE. A group's or an organization's representative: no State.
    ("委员会选举不结盟运动代表卡洛斯·门多萨先生为副主席。", {("卡洛斯.门多萨", "ViceChair", None)}),
])
def test_a_states_representative_named_before_the_officer(paragraph, expected):
    _, found = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "office")
    assert {(f["holder"].rsplit("/", 1)[-1], f["role"], f["onBehalfOf"].rsplit("/", 1)[-1] if f.get("onBehalfOf") else None)
            for f in found} == expected


def test_a_table_row_of_agreed_conclusions_submitted_by_the_chair():
    # CONSTRUCTED. 「Title。主席提交的商定结论草案」: the title stops at the full stop.
    text = (COMMISSION + "1. 委员会选举秘鲁的卡洛斯·门多萨先生为主席。\n\n 附件 \n\n 委员会收到的文件 \n\n"
            "文号 议程项目 标题或说明 \n\nE/CN.9/2032/L.3 3 人口老龄化与社会保护。主席提交的商定结论草案 \n" + COMMISSION_FOOT)
    _, titles = facts(text, "title")
    assert {(t["subject"].split("document/")[-1], t["value"]) for t in titles if "document/" in t["subject"]} == {
        ("E/CN.9/2032/L.3", "人口老龄化与社会保护")}


def _adopted(paragraph: str) -> set[tuple]:
    _, found = facts(COMMISSION + paragraph + COMMISSION_FOOT, "adoption")
    return {(a["adopter"].rsplit("/", 1)[-1], a["item"].split("document/")[-1].split("/decision/")[-1], a.get("procedure"))
            for a in found}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. The draft adopted by a vote, and the resolution it became, named in a see-reference.
    ("1. 在 4 月 15 日第 8 次会议上，委员会对决议草案 E/CN.9/2032/L.6 进行了记录表决，以 30 票赞成、3 票反对、"
     "9 票弃权通过了该决议草案(见第一章 B 节，第 65/3 号决议)。",
     {("8", "E/CN.9/2032/L.6", "Vote"), ("8", "3", "Vote")}),
    ("1. 在第 8 次会议上，委员会未经表决通过了题为“城市化与人口流动”的决议草案(E/CN.9/2032/L.7)(见第一章 B 节，第 65/4 号决议)。",
     {("8", "E/CN.9/2032/L.7", "WithoutVote"), ("8", "4", "WithoutVote")}),
    # CONSTRUCTED, NEGATIVE. A see-reference to another session's resolution adopts nothing more.
    ("1. 在第 8 次会议上，委员会未经表决通过了决议草案(E/CN.9/2032/L.7)(见第 64/4 号决议)。",
     {("8", "E/CN.9/2032/L.7", "WithoutVote")}),
])
def test_a_draft_and_the_resolution_it_became(paragraph, expected):
    assert _adopted(paragraph) == expected


def test_the_sessions_resolutions_and_decisions_listed_with_titles():
    # CONSTRUCTED. The list of the session's own texts; not a list of texts the Assembly adopted.
    text = (COMMISSION + "1. 委员会通过的下列决议和决定提请理事会注意：\n\n (a) 第 65/1 号决议“人口与可持续发展”；\n\n"
            " (b) 第 65/101 号决定“委员会第六十六届会议临时议程”。\n\n2. 大会通过的下列决议：\n\n"
            " (a) 第 65/2 号决议“人口与发展统计”。" + COMMISSION_FOOT)
    ctx, titles = facts(text, "title")
    _, kinds = facts(text, "decisionType")
    # (the Commission adopts resolutions and numbers its decisions from 101: the number keeps them apart)
    assert {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in titles if "/decision/" in t["subject"]} == {
        ("1", "人口与可持续发展"), ("101", "委员会第六十六届会议临时议程")}
    assert {(k["subject"].rsplit("/", 1)[-1], k["value"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for k in kinds} == {
        ("1", "Resolution"), ("101", "OrdinaryDecision")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. An earlier session's report, its symbol in parentheses.
    ("1. 委员会收到了委员会第六十四届会议的报告(E/2031/25)。", {("E/2031/25", "cpd-session-64")}),
    # CONSTRUCTED. Its symbol in a footnote (a joint symbol: both parts).
    ("1. 委员会注意到人口与发展委员会第六十四届会议的报告，1\n\n__________________ \n\n"
     " 1 《经济及社会理事会正式记录，2031 年，补编第 5 号》(E/2031/25-E/CN.9/2031/9)。",
     {("E/2031/25", "cpd-session-64"), ("E/CN.9/2031/9", "cpd-session-64")}),
    # CONSTRUCTED, NEGATIVE. A draft of a report; a paragraph of it; another body's session.
    ("1. 委员会审议了第六十五届会议的报告草稿(E/CN.9/2032/L.1)。", set()),
    ("1. 委员会回顾第六十四届会议的报告(E/2031/25，第 12 段)。", set()),
    ("1. 委员会注意到工作组第三届会议的报告(E/CN.9/2032/WG/3)。", set()),
])
def test_the_report_of_another_session(paragraph, expected):
    _, found = facts(COMMISSION + paragraph + COMMISSION_FOOT, "reportOf")
    assert {(f["document"].split("document/")[-1], f["meeting"].rsplit("/", 1)[-1]) for f in found
            if not f["document"].endswith("E/CN.9/2032/9")} == expected


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED, NEGATIVE. Members of another organization or organ, named before 「成员国」.
    ("下列欧洲联盟的成员国出席了会议：法国和德国。", set()),
    ("下列非洲联盟 3 个成员国出席了会议：加纳、肯尼亚和尼日利亚。", set()),
    ("下列安全理事会的成员国也出席了会议：法国和中国。", set()),
    # CONSTRUCTED, NEGATIVE. Members and non-members together: which is which is not said.
    ("下列委员会成员国和非成员国的代表出席了会议：智利、冰岛和日本。", set()),
    # CONSTRUCTED. 「非成员」 of intergovernmental organizations is no State kind.
    ("下列非成员的政府间组织派观察员出席了会议：非洲联盟和欧洲联盟。",
     {("au", "ObserverOrganization"), ("eu", "ObserverOrganization")}),
])
def test_member_words_that_say_nothing_of_this_body(paragraph, expected):
    assert _attended(COMMISSION, paragraph, COMMISSION_FOOT) == expected


def test_members_of_a_meeting_of_a_treatys_parties_are_not_read():
    # CONSTRUCTED, NEGATIVE. 「作为会议成员」 at a meeting of the parties: their standing is not said.
    assert _attended(BWC, "下列国家作为会议成员出席了会议：约旦和阿曼。", BWC_FOOT) == set()


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. The co-chaired part did something (the body's name ends before 「讨论了」),
    # was another organ's, another year's, between sessions, or a plan changed.
    "由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的会外活动讨论了核裁军问题。",
    "由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的人权理事会高级别小组讨论于 2025 年 3 月举行。",
    "2024 年由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的磋商为本届会议奠定了基础。",
    "由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的闭会期间磋商于 2025 年 1 月举行。",
    "原本由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的磋商改由主席主持。",
    "由秘鲁的玛丽亚·戈麦斯女士和芬兰的安蒂·维尔塔宁先生共同主持的专家对话于 2024 年 5 月在维也纳举行。",
])
def test_co_chairs_of_a_part_held_elsewhere_or_otherwise(paragraph):
    assert not [o for o in paragraph_offices(paragraph) if o[1] == "CoChair"]


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. Part of the session, or another meeting during it: the session is not dated.
    "委员会于 2032 年 4 月 12 日举行了第六十五届会议第 1 次会议。",
    "委员会于 2032 年 5 月 20 日至 21 日举行了第六十五届会议续会。",
    "委员会于 2032 年 4 月 12 日至 16 日在纽约举行了第六十五届会议的非正式磋商。",
    # CONSTRUCTED, NEGATIVE. Dates out of order: no span to read.
    "委员会于 2032 年 4 月 20 日以及 4 月 12 日至 16 日举行了第六十五届会议。",
])
def test_a_session_part_or_a_confused_span_dates_nothing(paragraph):
    assert not [d for d in _dated(paragraph) if d[0] == "cpd-session-65"]


def test_a_list_then_range_over_the_new_year():
    # CONSTRUCTED. 「12 月 20 日以及 12 月 28 日至 1 月 3 日」: the range ends in the next year.
    assert _dated("委员会于 2031 年 12 月 20 日以及 12 月 28 日至 1 月 3 日举行了第六十五届会议。") == {
        ("cpd-session-65", "2031-12-20"), ("cpd-session-65", "2032-01-03")}


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. Permitted but not come; not permitted; invited only.
    "纳米比亚和图瓦卢获准以观察员身份出席会议，但未派代表出席。",
    "世界卫生组织和国际刑事警察组织未获准以观察员身份出席会议。",
    "世界卫生组织和国际刑事警察组织受邀出席会议。",
])
def test_observers_permitted_or_invited_but_not_attending(paragraph):
    assert _attended(BWC, paragraph, BWC_FOOT) == set()


def test_attended_without_taking_part_in_decisions_is_attended():
    # CONSTRUCTED. 「…参加了会议，但未参与决策」: they attended (taking no part in decisions).
    assert _attended(BWC, "埃及和海地作为签署国参加了会议，但未参与决策。", BWC_FOOT) == {
        ("EGY", "SignatoryState"), ("HTI", "SignatoryState")}


def test_what_the_general_assembly_noted_is_not_before_the_meeting():
    # CONSTRUCTED. 「大会在…第 86/60 号决议中注意到…的报告(X)」 in a meeting's report: the General
    # Assembly noted it (a reference, and the resolution cited in words), the meeting did not consider it.
    text = (BWC + "1. 会议开幕。\n\n2. 大会在 2031 年 12 月 5 日第 86/60 号决议中注意到缔约国 2031 年会议的报告"
            "(BWC/MSP/2031/6)。" + BWC_FOOT)
    _, considered = facts(text, "considered")
    _, references = facts(text, "references")
    assert not considered
    assert {r["value"].split("document/")[-1] for r in references} >= {"A/RES/86/60", "BWC/MSP/2031/6"}


def _speakers(paragraph: str) -> set[str]:
    _, found = facts(COMMISSION + paragraph + COMMISSION_FOOT, "attendance")
    return {f["participant"].rsplit("/", 1)[-1] for f in found if f["role"].endswith("Speaker")}


def test_speakers_reading_a_message_or_on_a_day_of_a_year_spanning_session():
    # CONSTRUCTED. 「宣读了秘书长致会议的贺词」 is a statement; 「在 3 月 10 日第 2 次会议上」 is a day of a
    # session held from 21 March 2031 to 21 March 2032 (in its second year).
    paragraph = ("1. 委员会于 2031 年 3 月 21 日以及 2032 年 3 月 10 日至 21 日举行了第六十五届会议。\n\n"
                 "2. 在 3 月 10 日第 2 次会议上，联合国副秘书长兼人口基金执行主任阿玛拉·奥孔克沃女士作了介绍性发言。\n\n"
                 "3. 在同次会议上，联合国日内瓦办事处代理总干事卡米拉·贝里女士宣读了秘书长致会议的贺词。")
    assert _speakers(paragraph) == {"阿玛拉.奥孔克沃", "卡米拉.贝里"}


def test_a_day_outside_the_session_names_no_speaker():
    # CONSTRUCTED, NEGATIVE. 「在 5 月 2 日…」 is no day of a session held 12 to 16 April.
    paragraph = ("1. 委员会于 2032 年 4 月 12 日至 16 日举行了第六十五届会议。\n\n"
                 "2. 在 5 月 2 日的会议上，人口基金执行主任阿玛拉·奥孔克沃女士作了发言。")
    assert _speakers(paragraph) == set()


CSW = "   妇女地位委员会第七十六届会议的报告 \n\n"
CSW_FOOT = "\n\n E/CN.6/2032/12 \n\n \n\n2/9 32-04517 \n"


def _csw(kind: str, paragraph: str) -> list[dict]:
    return facts(CSW + paragraph + CSW_FOOT, kind)[1]


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE (second review). 「委员会」 after another committee is named: which one is not sure.
    "1. 禁止酷刑委员会的报告指出，委员会第七十五届会议的报告(CAT/C/75/2)已印发。",
    # CONSTRUCTED, NEGATIVE. A report about a session, not the session's report.
    "1. 委员会收到了秘书长关于委员会第七十五届会议的报告(E/CN.6/2032/3)。",
])
def test_no_report_of_another_committee_or_about_a_session(paragraph):
    assert not [f for f in _csw("reportOf", paragraph) if not f["document"].endswith("E/CN.6/2032/12")]


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. The see-reference names another organ's resolution, or the adopted was an amendment.
    "1. 在第 9 次会议上，委员会通过了决议草案 E/CN.6/2032/L.4(见大会第 76/1 号决议)。",
    "1. 在第 9 次会议上，委员会通过了决议草案 E/CN.6/2032/L.4(见人权理事会第 76/1 号决议)。",
    "1. 在第 9 次会议上，委员会通过了决议草案 E/CN.6/2032/L.4 的修正案(见第 76/1 号决议)。",
])
def test_a_see_reference_to_another_text_adopts_no_resolution(paragraph):
    assert not [a for a in _csw("adoption", paragraph) if "/decision/" in a["item"]]


def test_a_later_list_in_the_paragraph_is_not_the_sessions():
    # CONSTRUCTED, NEGATIVE. After the session's list, 「此外，大会通过了下列决议：」 lists another organ's.
    paragraph = ("1. 委员会通过的下列决议提请理事会注意：\n\n (a) 第 76/1 号决议“妇女与气候变化”。\n\n"
                 "此外，大会通过了下列决议：\n\n (b) 第 76/2 号决议“人口与发展”。")
    assert {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in _csw("title", paragraph) if "/decision/" in t["subject"]} \
        == {("1", "妇女与气候变化")}


@pytest.mark.parametrize("text, expected", [
    # CONSTRUCTED, NEGATIVE. Another body named before, in the sentence; another assembly's resolution.
    ("人权委员会在其第六十一届会议上，通过了第 2005/69 号决议。", []),
    ("非洲联盟执行理事会在亚的斯亚贝巴通过的各项决定，特别是第 2029/15 号决议", []),
    ("世界卫生大会第 2029/15 号决议", []),
    ("回顾大会第 78/32 号决议", ["A/RES/78/32"]),
])
def test_resolutions_of_other_bodies_in_words(text, expected):
    from builder.symbols import find_resolutions
    assert [s.text for _, _, s in find_resolutions(text)] == expected


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. Permitted, but did not come, in other words.
    "纳米比亚和图瓦卢获准以观察员身份出席会议，但未能派代表出席。",
    "纳米比亚和图瓦卢获准以观察员身份出席会议，但其代表未出席。",
    "纳米比亚和图瓦卢获准以观察员身份出席会议，但缺席了会议。",
])
def test_permitted_but_absent(paragraph):
    assert _attended(BWC, paragraph, BWC_FOOT) == set()


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. Another year's or another session's consultations.
    "去年由丹麦的拉斯·延森先生和挪威的奥拉·诺德曼先生共同主持的磋商未能达成一致。",
    "由丹麦的拉斯·延森先生和挪威的奥拉·诺德曼先生共同主持的第七十四届会议磋商达成一致。",
])
def test_co_chairs_of_another_years_consultations(paragraph):
    assert not [o for o in paragraph_offices(paragraph) if o[1] == "CoChair"]


@pytest.mark.parametrize("title, symbol, expected", [
    # CONSTRUCTED. A title after the cover's words; a title about the session by an author; an expert meeting's.
    ("经济及社会理事会正式记录，2032 年 补编第 7 号 妇女地位委员会第七十六届会议的报告", "E/CN.6/2032/12", "csw-session-76"),
    ("2032 年妇女地位委员会第七十六届会议的报告", "E/CN.6/2032/12", "csw-session-76"),
    ("秘书长关于妇女地位委员会第七十六届会议的报告", "E/CN.6/2032/3", None),
    ("禁止生物武器公约缔约国 2033 年会议专家会议的报告", "BWC/MSP/2033/MX.1/2", None),
])
def test_titles_after_cover_words_or_of_something_else(title, symbol, expected):
    ctx, _ = facts(f"   {title} \n\n1. 会议开幕。\n\n {symbol} \n\n \n\n2/9 32-01234 \n", "reportOf")
    assert (ctx.meeting.key if ctx.meeting else None) == expected


def test_the_sessions_list_may_open_with_an_item_of_another_kind():
    # CONSTRUCTED. 「(a) 关于…的商定结论；(b) 第 76/1 号决议“…”」: the agreed conclusions are no numbered text,
    # the list goes on.
    paragraph = ("1. 委员会通过的下列商定结论、决议和决定提请理事会注意：\n\n (a) 关于“妇女与气候变化”的商定结论；\n\n"
                 " (b) 第 76/1 号决议“农村妇女”；\n\n (c) 第 76/101 号决定“临时议程”。")
    assert {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in _csw("title", paragraph) if "/decision/" in t["subject"]} \
        == {("1", "农村妇女"), ("101", "临时议程")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. One holder elected to two offices 「A兼B」, both of the same body.
    ("委员会选举玛尔塔·诺瓦科娃女士(斯洛伐克)为副主席兼报告员。",
     {("玛尔塔.诺瓦科娃", "ViceChair", "SVK", None), ("玛尔塔.诺瓦科娃", "Rapporteur", "SVK", None)}),
    ("委员会选举玛尔塔·诺瓦科娃女士(斯洛伐克)为工作组主席兼报告员。",
     {("玛尔塔.诺瓦科娃", "Chair", "SVK", "工作组"), ("玛尔塔.诺瓦科娃", "Rapporteur", "SVK", "工作组")}),
])
def test_two_offices_held_together(paragraph, expected):
    _, found = facts(COMMISSION + "1. " + paragraph + COMMISSION_FOOT, "office")
    assert {(f["holder"].rsplit("/", 1)[-1], f["role"], f["onBehalfOf"].rsplit("/", 1)[-1], f.get("body"))
            for f in found} == expected


def test_more_titles_of_documents_listed_as_received():
    # CONSTRUCTED. A unit's annual report, and a title about submissions (「提交情况」 is no submitter).
    paragraph = ("会议开幕。\n\n2. 会议收到了下列文件：\n\n (a) 执行支助股的年度报告(BWC/MSP/2033/4)；\n\n"
                 " (b) 2033 年建立信任措施资料提交情况(BWC/MSP/2033/INF.1)；\n\n (c) 中国提交的工作文件(BWC/MSP/2033/WP.1)。")
    _, titles = facts(BWC + "1. " + paragraph + BWC_FOOT, "title")
    assert {(t["subject"].split("document/")[-1], t["value"]) for t in titles if "document/" in t["subject"]} == {
        ("BWC/MSP/2033/4", "执行支助股的年度报告"), ("BWC/MSP/2033/INF.1", "2033 年建立信任措施资料提交情况")}


def test_a_table_row_whose_agenda_item_cell_is_empty():
    # CONSTRUCTED. 「E/CN.9/2032/INF/1  与会者名单」: the empty item cell leaves two spaces; the row is
    # read. A row with one space and no item (cells not sure) is not.
    text = (COMMISSION + "1. 委员会选举秘鲁的卡洛斯·门多萨先生为主席。\n\n 附件 \n\n 委员会第六十五届会议收到的文件 \n\n"
            "文号 议程项目 标题或说明 \n\nE/CN.9/2032/INF/1  与会者名单 \n\nE/CN.9/2032/INF/2 文件一览表 \n" + COMMISSION_FOOT)
    _, titles = facts(text, "title")
    assert {(t["subject"].split("document/")[-1], t["value"]) for t in titles if "document/" in t["subject"]} == {
        ("E/CN.9/2032/INF/1", "与会者名单")}


def test_the_report_of_a_session_with_its_dates_said_to_be_in_a_document():
    # CONSTRUCTED. 「…第七十四届会议(2031 年 3 月 10 日至 21 日，纽约)的报告载于 E/CN.6/2031/12 号文件」.
    found = _csw("reportOf", "1. 委员会第七十五届会议(2031 年 3 月 10 日至 21 日，纽约)的报告载于 E/CN.6/2031/12 号文件。")
    assert ("E/CN.6/2031/12", "csw-session-75") in {(f["document"].split("document/")[-1], f["meeting"].rsplit("/", 1)[-1])
                                                     for f in found}
