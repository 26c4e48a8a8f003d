"""Phrase families of the eighteenth session: bodies the gazetteer did not know,
reports without running heads, a subsidiary body that meets apart.

Every text here is CONSTRUCTED in the style of UN Chinese reports (not UN
documents), and the expected facts are written from reading it."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW, adoptions, facts, paragraph_offices

# CONSTRUCTED. A one-page report: a masthead, no running head, no page footer.
ONE_PAGE = (" 联 合 国 A/AC.105/1320\n\n 大 会 Distr.: General\n\n 30 June 2039\n\n Chinese\n\n Original: English\n\n"
            "和平利用外层空间委员会\n\n和平利用外层空间委员会第八十二届会议的报告\n\n2039 年 6 月 18 日至 27 日，维也纳\n\n"
            "一. 导言\n\n1. 和平利用外层空间委员会第八十二届会议于 2039 年 6 月 18 日至 27 日在维也纳举行。\n\n"
            "2. 委员会下列 3 个成员国的代表出席了会议：阿尔及利亚、巴西和中国。\n\n"
            "3. 委员会在第 800 次会议上选举马里奥·罗西先生(意大利)为主席。\n")


def test_the_symbol_of_a_report_without_running_heads_is_the_mastheads():
    ctx, attended = facts(ONE_PAGE, "attendance")
    assert ctx.symbol == "A/AC.105/1320"
    # the body's name on the masthead's line above the title is no other body's nesting the session
    assert ctx.meeting is not None and ctx.meeting.key == "copuos-session-82"
    assert {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in attended} == {
        ("DZA", "MemberState"), ("BRA", "MemberState"), ("CHN", "MemberState")}
    assert [(c.stated, c.extracted) for c in ctx.counts] == [(3, 3)]


@pytest.mark.parametrize("first_line", [
    " 大 会 Distr.: General",  # not the line with 联合国 and the symbol
    " 联 合 国 2039",  # no symbol
    " 联 合 国 见 A/AC.105/1320",  # words before it
])
def test_no_symbol_from_a_line_that_is_not_the_mastheads_first(first_line):
    text = ONE_PAGE.replace(" 联 合 国 A/AC.105/1320", first_line, 1)
    ctx, _ = facts(text, "attendance")
    assert ctx.symbol is None


def test_a_running_head_wins_over_the_masthead():
    # the masthead's symbol misprinted: the running head, printed on every page, is the report's
    text = ONE_PAGE.replace("A/AC.105/1320", "A/AC.105/1302", 1) + "\n\n A/AC.105/1320 \n\n \n\n2/2 39-01234 \n"
    ctx, _ = facts(text, "attendance")
    assert ctx.symbol == "A/AC.105/1320"


@pytest.mark.parametrize("symbol, series", [
    ("A/AC.96/1290", "unhcr-excom"), ("HSP/HA.3/14", "habitat-assembly"), ("IPBES/13/15", "ipbes-plenary"),
    ("E/ESCAP/83/42", "escap-session"), ("LC/SES.41/12", "eclac-session"), ("ISBA/30/C/4", "isa-council"),
    ("A/HRC/AC/35/2", "hrc-advisory-committee"), ("E/C.19/2039/8", "unpfii-session"), ("TD/B/71/8", "tdb-session"),
    # the older series keep theirs
    ("A/HRC/59/2", "hrc-session"), ("ISBA/30/A/4", "isa-assembly"), ("A/89/20", "ga-session"),
])
def test_the_series_of_a_symbol(symbol, series):
    from builder.gazetteer import load

    assert load().series_by_prefix(symbol).key == series


@pytest.mark.parametrize("title, key", [
    ("联合国难民事务高级专员方案执行委员会第九十一届会议的报告", "unhcr-excom-91"),
    ("联合国人类住区规划署大会第三届会议的报告", "habitat-assembly-3"),
    ("生物多样性和生态系统服务政府间科学政策平台全体会议第十三届会议的报告", "ipbes-plenary-13"),
    ("亚洲及太平洋经济社会委员会第八十三届会议的报告", "escap-session-83"),
    ("国际海底管理局理事会第三十届会议的报告", "isa-council-30"),
])
def test_the_sessions_of_the_new_series(title, key):
    text = f"   {title} \n\n1. 会议开幕。\n\n XX/1 \n\n \n\n2/2 40-01234 \n"
    ctx, _ = facts(text, "attendance", "XX/1")
    assert ctx.meeting is not None and ctx.meeting.key == key


def test_a_regional_body_nested_before_a_series_is_still_no_session_of_it():
    # 「非洲统计委员会第八届会议」 stays the regional body's, also after a line break
    text = TPNW + "1. 会议注意到非洲统计委员会\n\n第八届会议的工作。" + FOOT
    ctx, _ = facts(text, "attendance")
    assert not any(key.startswith("statcom-session") for key in ctx.meetings)


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED. The chair of a subcommittee that holds sessions of its own: not an office of the meeting.
    "会议收到了法律小组委员会第七十三届会议的报告(A/AC.105/1324)，该报告由小组委员会主席马克·勒菲弗(比利时)介绍。",
    "科学和技术小组委员会第六十一届会议的报告由小组委员会主席马克·勒菲弗(比利时)介绍。",
])
def test_the_chair_of_a_body_with_its_own_sessions_is_not_the_meetings(paragraph):
    assert paragraph_offices(paragraph) == set()


def test_the_agent_marker_is_no_part_of_a_committees_name():
    # CONSTRUCTED. A committee of the meeting's own (no sessions of its own): its chair, its name as written.
    found = paragraph_offices("会议设立了起草委员会。该报告由起草委员会主席马克·勒菲弗(比利时)介绍。")
    assert {(holder.rsplit("/", 1)[-1], role, state.rsplit("/", 1)[-1] if state else None, body)
            for holder, role, state, body in found} == {("马克.勒菲弗", "Chair", "BEL", "起草委员会")}


def _submitted(paragraph: str) -> set[tuple[str, str]]:
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "submittedBy")
    return {(f["subject"].rsplit("/id/", 1)[-1], f["value"].rsplit("/id/", 1)[-1]) for f in found}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「X编写的…(SYMBOL)」: a body or a State that prepared a document before the meeting submitted it.
    ("会议收到了外层空间事务厅编写的关于空间碎片的说明(A/AC.105/1327)。",
     {("document/A/AC.105/1327", "organization/unoosa")}),
    ("会议收到了秘书处编写的说明(TPNW/MSP/2025/3)。",
     {("document/TPNW/MSP/2025/3", "organization/united-nations-secretariat")}),
    ("会议收到了由秘书处编写的说明(TPNW/MSP/2025/3)。",
     {("document/TPNW/MSP/2025/3", "organization/united-nations-secretariat")}),
    ("会议收到了德国编写的工作文件(TPNW/MSP/2025/WP.3)。", {("document/TPNW/MSP/2025/WP.3", "state/DEU")}),
    # an officer prepares for the body that submits: not said who submitted
    ("会议收到了秘书长编写的临时议程(TPNW/MSP/2025/1)。", set()),
    ("会议面前有主席编写的工作文件(TPNW/MSP/2025/WP.1)。", set()),
    ("会议收到了报告员于静怡女士编写的报告草稿(TPNW/MSP/2025/L.1)。", set()),
    # the symbol is another document's, inside what was prepared
    ("会议收到了关于秘书处编写的说明的评论(TPNW/MSP/2025/3)。", set()),
])
def test_prepared_by(paragraph, expected):
    assert _submitted(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「X的报告(SYMBOL)」, 「X关于…的说明(SYMBOL)」 in running text: X wrote it.
    ("会议收到了全权证书委员会的报告(TPNW/MSP/2025/5)。", {("document/TPNW/MSP/2025/5", "organization/zh-全权证书委员会")}),
    ("会议审议了主席团关于全权证书的报告(TPNW/MSP/2025/5)。", {("document/TPNW/MSP/2025/5", "organization/zh-主席团")}),
    ("委员会收到了科学和技术小组委员会第七十一届会议的报告(A/AC.105/1321)。",
     {("document/A/AC.105/1321", "organization/zh-科学和技术小组委员会")}),
    ("会议收到了德国的报告(TPNW/MSP/2025/4)。", {("document/TPNW/MSP/2025/4", "state/DEU")}),
    ("会议收到了联合国秘书处关于财务状况的说明(TPNW/MSP/2025/3)。",
     {("document/TPNW/MSP/2025/3", "organization/united-nations-secretariat")}),
    # two reports in one clause: each its own author
    ("会议注意到主席团关于合作问题的报告(TPNW/MSP/2025/9)和被害人信托基金理事会的报告(TPNW/MSP/2025/11)。",
     {("document/TPNW/MSP/2025/9", "organization/zh-主席团"),
      ("document/TPNW/MSP/2025/11", "organization/zh-被害人信托基金理事会")}),
    # 「秘书处」 alone: the UN's, or the treaty's secretariat; not said
    ("会议收到了秘书处的说明(TPNW/MSP/2025/3)。", set()),
    # a short form of a body named in full elsewhere: which body, the report does not say here
    ("自愿信托基金选择委员会主席介绍了选择委员会的报告(TPNW/MSP/2025/3)。", set()),
    # a subject, not an author; a meeting's report; a verb in the way
    ("会议收到了关于执行支助股工作的报告(TPNW/MSP/2025/4)。", set()),
    ("会议收到了第一次会议的报告(TPNW/MSP/2022/4)。", set()),
    ("会议收到了各国的报告(TPNW/MSP/2025/4)。", set()),
    # a kind of body, not one body's name
    ("会议欢迎并核可了工作组的报告(TPNW/MSP/2025/4)。", set()),
])
def test_authors_in_running_text(paragraph, expected):
    assert _submitted(paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. Members of the reporting body by its short name: 「执行委员会下列 N 个成员」, 「平台成员」.
    ("执行委员会下列 3 个成员派代表出席了本届会议：阿尔及利亚、阿根廷、澳大利亚。",
     {("DZA", "MemberState"), ("ARG", "MemberState"), ("AUS", "MemberState")}),
    ("下列 3 个平台成员出席了本届会议：阿尔及利亚、阿根廷和澳大利亚。",
     {("DZA", "MemberState"), ("ARG", "MemberState"), ("AUS", "MemberState")}),
    ("新加坡和乌兹别克斯坦作为非平台成员的国家派观察员出席了会议。", {("SGP", "ObserverState"), ("UZB", "ObserverState")}),
    # another body's members, or members with observers: no role
    ("全权证书委员会成员出席了会议：阿尔及利亚、阿根廷和澳大利亚。", set()),
    ("欧洲联盟成员出席了会议：阿尔及利亚、阿根廷和澳大利亚。", set()),
    ("主席团成员出席了会议：阿尔及利亚、阿根廷和澳大利亚。", set()),
    ("下列成员和观察员出席了会议：阿尔及利亚、阿根廷和澳大利亚。", set()),
])
def test_members_of_the_reporting_body(paragraph, expected):
    # (a body set up by no treaty: its members are MemberStates)
    text = "   联合国难民事务高级专员方案执行委员会第九十一届会议的报告 \n\n1. " + paragraph + \
        "\n\n A/AC.96/1290 \n\n \n\n2/4 GE.40-18236 \n"
    _, found = facts(text, "attendance")
    assert {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found} == expected


@pytest.mark.parametrize("folio", ["2/4 B40-00317", "B40-00317 3/4", "B40-00317 (C) 220540 250540", "S.40-00123"])
def test_another_duty_stations_job_number_is_furniture(folio):
    # CONSTRUCTED. Bangkok's 「B40-00317」 after a symbol cut at a page's end is no part of it.
    text = (TPNW + "1. 会议通过了决议草案 TPNW/\n\n \n\n" + folio + "\n\n TPNW/MSP/2025/6 \n\n MSP/2025/L.5。" + FOOT)
    ctx, _ = facts(text, "adoption")
    assert not [d for d in ctx.entities if "B40" in str(d) or "S.40" in str(d)]


def _titles(text: str) -> set[tuple[str, str]]:
    _, found = facts(text, "title")
    return {(f["subject"].rsplit("/id/", 1)[-1], f["value"]) for f in found if f["subject"].startswith("document/")}


def test_a_table_whose_last_column_is_the_agenda_item():
    # CONSTRUCTED. 「文件标号 标题 议程项目」: the item number after the title is no part of it; a part's
    # heading run into the row before it (「限制分发系列」) neither.
    text = (TPNW + "1. 会议通过了本报告。\n\n 附件 \n\n 会议文件清单 \n\n 文件标号 标题 议程项目 \n\n 一般系列 \n\n"
            " TPNW/MSP/2025/1 临时议程 2 \n\n TPNW/MSP/2025/5 区域进展情况：执行秘书的说明 3 \n\n 限制分发系列 \n\n"
            " TPNW/MSP/2025/L.1 报告草稿 9 \n\n TPNW/MSP/2025/L.2 关于第 4 条的决定草案 \n" + FOOT)
    assert _titles(text) == {("document/TPNW/MSP/2025/1", "临时议程"),
                             ("document/TPNW/MSP/2025/5", "区域进展情况：执行秘书的说明"),
                             ("document/TPNW/MSP/2025/L.1", "报告草稿")}  # (L.2: no item cell, not sure)


@pytest.mark.parametrize("sentence", [
    "会议对题为“公正能源转型”的决议草案 TPNW/MSP/2025/L.4 进行了唱名表决。",
    "会议审议了题为“公正能源转型”的决议草案\nTPNW/MSP/2025/L.4。",
])
def test_a_quoted_title_before_its_symbol_then_the_verb(sentence):
    assert _titles(TPNW + "1. " + sentence + FOOT) == {("document/TPNW/MSP/2025/L.4", "公正能源转型")}


EXCOM = "   联合国难民事务高级专员方案执行委员会第九十一届会议的报告 \n\n"
EXCOM_FOOT = "\n\n A/AC.96/1290 \n\n \n\n2/4 GE.40-18236 \n"


@pytest.mark.parametrize("lead, meeting", [
    # CONSTRUCTED. A bureau whose term begins when the session closes: the next session's, where the
    # term ends with it; the electing session's where it runs longer; in neither case did it preside.
    ("执行委员会以鼓掌方式选出下列主席团成员，任期自本届会议闭幕时起至第九十二届会议闭幕时止：", "unhcr-excom-92"),
    ("执行委员会选出下列主席团成员，任期自本届会议闭幕时开始，至第九十四届会议闭幕时结束：", "unhcr-excom-91"),
    ("执行委员会选出下列主席团成员，任期自本届会议闭幕时开始：", "unhcr-excom-91"),
])
def test_a_bureau_elected_for_after_the_session(lead, meeting):
    text = (EXCOM + "1. 执行委员会第九十二届会议将于 2041 年 10 月举行。\n\n2. " + lead
            + "\n\n 主席：约纳斯·赫尔吉·埃纳松先生(冰岛) \n\n 报告员：卡米拉·阿泽韦多·龙东女士(巴西) \n" + EXCOM_FOOT)
    ctx, found = facts(text, "office")
    assert {(f["holder"].rsplit("/", 1)[-1], f["role"], f["meeting"].rsplit("/", 1)[-1]) for f in found} == {
        ("约纳斯.赫尔吉.埃纳松", "Chair", meeting), ("卡米拉.阿泽韦多.龙东", "Rapporteur", meeting)}
    assert not [f for f in ctx.facts if f.kind == "chaired"]


def test_a_bureau_for_a_session_the_report_does_not_read_is_not_emitted():
    text = (EXCOM + "1. 执行委员会选出下列主席团成员，任期自本届会议闭幕时起至特别会议闭幕时止：\n\n"
            " 主席：约纳斯·赫尔吉·埃纳松先生(冰岛) \n" + EXCOM_FOOT)
    ctx, found = facts(text, "office")
    assert found == [] and not [f for f in ctx.facts if f.kind == "chaired"]


HABITAT = "   联合国人类住区规划署大会第三届会议的报告 \n\n"
HABITAT_FOOT = "\n\n HSP/HA.3/14 \n\n \n\n2/4 K4011523 \n"


def _adopted_here(paragraph: str) -> set[tuple]:
    _, found = facts(HABITAT + "1. " + paragraph + HABITAT_FOOT, "adoption")
    return {(f["adopter"].split("habitat-assembly-3")[-1] or "meeting", f["item"].split("habitat-assembly-3/")[-1],
             f.get("procedure")) for f in found}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. Drafts joined by 「和」 after one noun, and 「即」 pairing them with the resolutions
    # they became, each with its title.
    ("在第 4 次全体会议上，人居大会以协商一致方式通过了决议草案 HSP/HA.3/L.2 和 HSP/HA.3/L.3，"
     "即第 3/1 号决议“人人享有适足住房”和第 3/2 号决议“城市气候行动与韧性”。",
     {("/plenary/4", "decision/1", "Consensus"), ("/plenary/4", "decision/2", "Consensus"),
      ("/plenary/4", "document/HSP/HA.3/L.2", "Consensus"), ("/plenary/4", "document/HSP/HA.3/L.3", "Consensus")}),
    # the resolution in parentheses with its title; 「经口头修正的」 is how the draft stood
    ("人居大会通过了经口头修正的决议草案 HSP/HA.3/L.5(第 3/4 号决议“城市数字化转型”)。",
     {("meeting", "decision/4", None), ("meeting", "document/HSP/HA.3/L.5", None)}),
    # an amendment to the draft: not the resolution
    ("人居大会通过了对决议草案 HSP/HA.3/L.5 的修正案(第 3/4 号决议)。", set()),
    # another session's resolution named with its title is not this session's
    ("人居大会通过了决议草案 HSP/HA.3/L.2，即第 2/1 号决议“人人享有适足住房”的后续行动。", {("meeting", "document/HSP/HA.3/L.2", None)}),
])
def test_drafts_and_the_resolutions_they_became(paragraph, expected):
    assert _adopted_here(paragraph) == expected


def test_the_resolutions_titles_from_the_pairing():
    text = (HABITAT + "1. 人居大会通过了决议草案 HSP/HA.3/L.2 和 HSP/HA.3/L.3，即第 3/1 号决议“人人享有适足住房”"
            "和第 3/2 号决议“城市气候行动与韧性”。" + HABITAT_FOOT)
    _, found = facts(text, "title")
    assert {(f["subject"].rsplit("/", 1)[-1], f["value"]) for f in found if "/decision/" in f["subject"]} == {
        ("1", "人人享有适足住房"), ("2", "城市气候行动与韧性")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「联合国会员国」 at an organization's assembly: its members.
    ("下列 3 个联合国会员国派代表出席了本届会议：阿尔及利亚、阿根廷和孟加拉国。",
     {("DZA", "MemberState"), ("ARG", "MemberState"), ("BGD", "MemberState")}),
    ("下列 3 个非联合国会员国派代表出席了本届会议：阿尔及利亚、阿根廷和孟加拉国。", set()),
])
def test_members_of_the_united_nations_at_an_assembly(paragraph, expected):
    _, found = facts(HABITAT + "1. " + paragraph + HABITAT_FOOT, "attendance")
    assert {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found} == expected


@pytest.mark.parametrize("sentence, absent", [
    # CONSTRUCTED. 「大会」 alone at an assembly is itself, but not a session far beyond its own.
    ("本报告将转交大会第九十五届会议。", "habitat-assembly-95"),
    # a board's session of a year is the board's
    ("执行局 2040 年第一届会议的报告载于 HSP/EB.2040/9 号文件。", "habitat-assembly-1"),
])
def test_sessions_that_are_not_the_assemblys(sentence, absent):
    ctx, _ = facts(HABITAT + "1. 人居大会第三届会议于 2040 年 6 月 4 日至 8 日举行。" + sentence + HABITAT_FOOT, "attendance")
    assert absent not in ctx.meetings


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「下列决定：第 3/1 号决定(title)和第 3/2 号决定(title)」 run on in the sentence; 「在该次会议上」
    # is the sitting the paragraph before names.
    ("在第 6 次全体会议上，人居大会通过了本报告。人居大会在该次会议上还未经表决通过了下列决定：第 3/1 号决定(人居署工作方案和预算)"
     "和第 3/2 号决定(人居大会第四届会议的日期和地点)。",
     {("/plenary/6", "decision/decision-1", "WithoutVote"), ("/plenary/6", "decision/decision-2", "WithoutVote")}),
    # another session's decision in the list, or a symbol in the parenthesis: none taken
    ("人居大会未经表决通过了下列决定：第 2/1 号决定(人居署工作方案)和第 3/2 号决定(日期和地点)。", set()),
    ("人居大会未经表决通过了下列决定：第 3/1 号决定(HSP/HA.3/L.9)。", set()),
])
def test_an_inline_list_of_titled_decisions(paragraph, expected):
    assert {a for a in _adopted_here(paragraph) if a[1].startswith("decision/")} == expected


def test_the_inline_lists_titles():
    text = (HABITAT + "1. 人居大会未经表决通过了下列决定：第 3/1 号决定(人居署工作方案和预算)和第 3/2 号决定(日期和地点)。"
            + HABITAT_FOOT)
    _, found = facts(text, "title")
    assert {(f["subject"].rsplit("/", 1)[-1], f["value"]) for f in found} == {
        ("decision-1", "人居署工作方案和预算"), ("decision-2", "日期和地点")}


def test_numbered_sittings_are_not_sessions_where_the_report_counts_sessions_so():
    # CONSTRUCTED. 「第九十三次会议」 in a report whose session is 「第九十一届会议」: a sitting (here the
    # Standing Committee's), not the Executive Committee's 93rd session.
    text = (EXCOM + "1. 执行委员会第九十一届会议于 2040 年 10 月 5 日至 9 日举行。常设委员会 2041 年将举行三次会议，"
            "即第九十一次、第九十二次和第九十三次会议。" + EXCOM_FOOT)
    ctx, _ = facts(text, "attendance")
    assert "unhcr-excom-93" not in ctx.meetings and "unhcr-excom-92" not in ctx.meetings


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED. An office, then 「代表」 before a name: on the person's behalf, or the person as the
    # officer's representative; who spoke is not sure.
    "主席代表阿卜杜拉·萨利姆先生介绍了决定草案(TPNW/MSP/2025/L.2)。",
    "工作组主席代表马克·勒菲弗先生(比利时)介绍了工作组的报告。",
])
def test_no_speaker_after_an_office_and_daibiao(paragraph):
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "attendance")
    assert [f for f in found if f["role"] == "Speaker"] == []


def test_a_states_representative_still_speaks():
    _, found = facts(TPNW + "1. 墨西哥代表阿卜杜拉·萨利姆先生介绍了决定草案。" + FOOT, "attendance")
    assert {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found} >= {("阿卜杜拉.萨利姆", "Speaker")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. A committee's designation in parentheses after its name is the committee, no document.
    ("全体委员会(GC(70)/COM.5)审议了决议草案(GC(70)/COM.5/L.2)。", {"document/GC(70)/COM.5/L.2"}),
    ("会议注意到第一委员会(A/C.1)的工作。", set()),
    ("会议注意到 A/C.1/79/L.5 号文件。", {"document/A/C.1/79/L.5"}),
])
def test_a_committees_designation_is_no_document(paragraph, expected):
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "references")
    assert {f["value"] for f in found} == expected


@pytest.mark.parametrize("lead", [
    # CONSTRUCTED. A body's bureau listed under its lead-in: the body's, not the meeting's.
    "全体委员会选出了下列主席团成员：",
    "全体委员会的主席团成员如下：",
    "科学和技术咨询附属机构的主席团由下列成员组成：",
    "附属履行机构主席团：",
])
def test_a_bodys_bureau_list_is_not_the_meetings(lead):
    found = paragraph_offices(lead + "\n\n 主席：阿卜杜拉·萨利姆先生(埃及) \n\n 副主席：马克·勒菲弗先生(比利时)")
    assert found == set()


def test_the_meetings_and_a_commissions_own_bureau_lists_are_read():
    assert {(h.rsplit("/", 1)[-1], r) for h, r, _, _ in paragraph_offices(
        "会议选出了下列主席团成员：\n\n 主席：阿卜杜拉·萨利姆先生(埃及)")} == {("阿卜杜拉.萨利姆", "President")}
    text = ("   妇女地位委员会第七十五届会议的报告 \n\n1. 委员会选出了下列主席团成员：\n\n 主席：阿卜杜拉·萨利姆先生(埃及) \n"
            "\n\n E/CN.6/2031/12 \n\n \n\n2/4 31-01234 \n")
    _, found = facts(text, "office")
    assert [(f["holder"].rsplit("/", 1)[-1], f["role"]) for f in found] == [("阿卜杜拉.萨利姆", "Chair")]


def _excom_offices(paragraph: str):
    ctx, found = facts(EXCOM + "1. " + paragraph + EXCOM_FOOT, "office")
    return ctx, {(f["holder"].rsplit("/", 1)[-1], f["role"], f["meeting"].rsplit("/", 1)[-1], f.get("body")) for f in found}


def test_the_reporting_bodys_chair_by_its_short_name():
    # CONSTRUCTED. 「执行委员会主席X」 in the report of 「联合国难民事务高级专员方案执行委员会」: its own chair.
    ctx, found = _excom_offices("在 10 月 8 日第 806 次会议上，执行委员会主席伊丽莎白·姆万萨·基曼博大使(坦桑尼亚联合共和国)"
                                "宣布本届会议开幕。")
    assert found == {("伊丽莎白.姆万萨.基曼博", "Chair", "unhcr-excom-91", None)}
    assert [str(dict(f.args)["person"]) for f in ctx.facts if f.kind == "chaired"] == ["person/伊丽莎白.姆万萨.基曼博"]


def test_another_committees_chair_keeps_its_body_without_the_paragraph_number():
    ctx, found = _excom_offices("常设委员会主席伊丽莎白·姆万萨·基曼博大使(坦桑尼亚联合共和国)介绍了报告。")
    assert found == {("伊丽莎白.姆万萨.基曼博", "Chair", "unhcr-excom-91", "常设委员会")}
    assert not [f for f in ctx.facts if f.kind == "chaired"]


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. 「…选出：A任主席，B任副主席，C任报告员」: each holder serves in the office after 「任」.
    ("本届会议主席团成员系执行委员会第九十届会议于 2039 年 10 月 13 日选出：冰岛的约纳斯·赫尔吉·埃纳松先生任副主席，"
     "泰国的素帕拉·西里汶女士任报告员。",
     {("约纳斯.赫尔吉.埃纳松", "ViceChair", "unhcr-excom-91", None), ("素帕拉.西里汶", "Rapporteur", "unhcr-excom-91", None)}),
    ("执行委员会选出：冰岛的约纳斯·赫尔吉·埃纳松先生任主席。", {("约纳斯.赫尔吉.埃纳松", "Chair", "unhcr-excom-91", None)}),
    # another body elects, another session's bureau, a term after the session, other verbs with 任
    ("全体委员会选出：冰岛的约纳斯·赫尔吉·埃纳松先生任主席。", set()),
    ("执行委员会选出第九十二届会议主席团：冰岛的约纳斯·赫尔吉·埃纳松先生任主席。", set()),
    ("执行委员会选出下列主席团成员，任期自本届会议闭幕时开始：冰岛的约纳斯·赫尔吉·埃纳松先生任主席。", set()),
    ("会议选出：前任主席约纳斯·赫尔吉·埃纳松先生(冰岛)继任主席。", set()),
])
def test_holders_serving_after_an_election(paragraph, expected):
    assert _excom_offices(paragraph)[1] == expected


def test_a_resolution_takes_the_quoted_title_of_the_draft_it_became():
    # CONSTRUCTED. 「题为“…”的决议草案 X。…通过了该决议草案(第 3/1 号决议)」: the resolution's title is the draft's.
    text = (HABITAT + "1. 日本代表介绍了题为“灾害风险数据和早期预警系统”的决议草案 HSP/HA.3/L.2。人居大会未经表决通过了"
            "该决议草案(第 3/1 号决议)。" + HABITAT_FOOT)
    _, found = facts(text, "title")
    assert {(f["subject"].rsplit("/", 1)[-1], f["value"]) for f in found} == {
        ("L.2", "灾害风险数据和早期预警系统"), ("1", "灾害风险数据和早期预警系统")}


def test_no_title_from_a_documents_tables_description_of_the_draft():
    # 「决定草案：委员会的会议时间」 in the table is what the document is, not the decision's title
    text = (HABITAT + "1. 人居大会未经表决通过了决定草案 HSP/HA.3/L.2(第 3/1 号决定)。\n\n 附件 \n\n 会议文件清单 \n\n"
            " 文号 标题 \n\n HSP/HA.3/L.2 决定草案：委员会的会议时间 \n" + HABITAT_FOOT)
    _, found = facts(text, "title")
    assert not [f for f in found if "/decision/" in f["subject"]]


def test_an_annual_report_of_two_sessions_names_no_one_meeting():
    # CONSTRUCTED (review). The committee's report to the Assembly covers two sessions: no single meeting.
    text = ("   联合国 A/89/44 \n\n 禁止酷刑委员会的报告 \n\n 第八十届会议 \n\n(2034 年 4 月 10 日至 5 月 5 日) \n\n"
            " 第八十一届会议 \n\n(2034 年 11 月 6 日至 12 月 1 日) \n\n 大会 \n\n正式记录 \n\n第八十九届会议 \n\n补编第 44 号 \n\n"
            "1. 在第八十一届会议第 2001 次会议上，委员会选举阿卜杜勒·拉赫曼先生(埃及)为主席。\n\n"
            "2. 委员会第八十一届会议通过了本报告。\n\n A/89/44 \n\n \n\n2/2 34-01234 \n")
    ctx, found = facts(text, "office")
    assert ctx.meeting is None and found == []
    assert not [f for f in ctx.facts if f.kind in ("chaired", "adoption")]


@pytest.mark.parametrize("paragraph, adopter", [
    # CONSTRUCTED (review). 「该次会议」 is the last meeting named: the plenary only where none comes between.
    ("在第 5 次全体会议上，会议通过了本报告。会议在该次会议上还通过了决定草案 TPNW/MSP/2025/L.3。", "/plenary/5"),
    ("在第 5 次全体会议上，会议通过了本报告。\n\n2. 缔约国第二次会议于 2023 年举行，会议在该次会议上通过了决定草案 TPNW/MSP/2025/L.3。",
     None),
    ("在第 5 次全体会议上，会议通过了本报告。6 月 6 日，会议举行了闭幕会议。会议在该次会议上通过了决定草案 TPNW/MSP/2025/L.3。",
     "meeting"),
])
def test_that_sitting_is_the_last_meeting_named(paragraph, adopter):
    found = {(a.split("tpnw-msp-3")[-1] or "meeting") for a, item, _ in adoptions(TPNW + "1. " + paragraph + FOOT)
             if item.endswith("L.3")}
    assert "/plenary/5" not in found if adopter is None else found == {adopter}


def test_a_term_in_the_sentence_before_is_not_this_lists():
    # CONSTRUCTED (review). The term belongs to the sentence before; this list is the session's own bureau.
    text = (EXCOM + "1. 执行委员会第九十二届会议将于 2041 年 10 月举行。\n\n2. 执行委员会选出下列主席团成员，任期自本届会议闭幕时起"
            "至第九十二届会议闭幕时止。本届会议主席团成员如下：\n\n 主席：约纳斯·赫尔吉·埃纳松先生(冰岛) \n" + EXCOM_FOOT)
    ctx, found = facts(text, "office")
    assert {(f["role"], f["meeting"].rsplit("/", 1)[-1]) for f in found} == {("Chair", "unhcr-excom-91")}


def test_members_and_associate_members_name_no_role():
    text = ("   亚洲及太平洋经济社会委员会第八十三届会议的报告 \n\n1. 下列成员和准成员派代表出席了会议：阿富汗、库克群岛和纽埃。"
            "\n\n E/ESCAP/83/42 \n\n \n\n2/4 B40-00317 \n")
    _, found = facts(text, "attendance")
    assert found == []


@pytest.mark.parametrize("paragraph", [
    "人居大会未经表决通过了下列决定：第 3/1 号决定(见附件一)和第 3/2 号决定(经口头修正)。",
])
def test_no_title_from_a_parenthesis_that_is_none(paragraph):
    _, found = facts(HABITAT + "1. " + paragraph + HABITAT_FOOT, "title")
    assert not [f for f in found if "/decision/" in f["subject"]]


def test_a_title_ending_in_documents_keeps_its_words():
    text = (TPNW + "1. 会议通过了本报告。\n\n 附件 \n\n 会议文件清单 \n\n 文件标号 标题 议程项目 \n\n"
            " TPNW/MSP/2025/6 关于附件所列文件 3 \n\n TPNW/MSP/2025/7 根据第 4 条提交的文件 4 \n" + FOOT)
    assert _titles(text) == {("document/TPNW/MSP/2025/6", "关于附件所列文件"),
                             ("document/TPNW/MSP/2025/7", "根据第 4 条提交的文件")}


def test_a_second_symbol_after_a_draft_is_adopted_only_if_a_draft():
    # CONSTRUCTED (review). 「决议草案 X 和 Y」: Y is a draft too only where its symbol says so.
    assert _adopted_here("人居大会通过了决议草案 HSP/HA.3/L.2 和 HSP/HA.3/INF/3。") == {
        ("meeting", "document/HSP/HA.3/L.2", None)}


def test_not_yet_received_is_not_submitted():
    assert _submitted("会议注意到尚未收到德国编写的报告(TPNW/MSP/2025/4)。") == set()


FORUM = "   土著问题常设论坛 \n\n 关于第三十九届会议(2040 年 4 月 16 日至 27 日)的报告 \n\n"
FORUM_FOOT = "\n\n E/2040/43-E/C.19/2040/11 \n\n \n\n2/4 40-07311 \n"


def test_a_joint_running_heads_part_cited_alone_elsewhere_does_not_make_it_the_reports():
    # CONSTRUCTED. 「E/2040/43-E/C.19/2040/11」 on every page, and 「E/2040/43」 in a footnote: the report is
    # the Forum's (the more specific series, the one its title names), not the Council's.
    text = (FORUM + "1. 论坛第三十九届会议于 2040 年 4 月 16 日至 27 日在纽约联合国总部举行。1\n\n"
            " 1 本报告亦作为 E/2040/43 号文件印发。\n" + FORUM_FOOT)
    ctx, _ = facts(text, "attendance")
    assert ctx.symbol == "E/C.19/2040/11" and ctx.meeting.key == "unpfii-session-39"


@pytest.mark.parametrize("paragraph, dated", [
    # CONSTRUCTED. The short name after another body named in a frame of another word: dated.
    ("根据经济及社会理事会第 2039/247 号决定，论坛第三十九届会议于 2040 年 4 月 16 日至 27 日在纽约联合国总部举行。", True),
    # after another forum: which one is not sure
    ("东盟区域论坛指出，论坛第三十九届会议于 2040 年 4 月 16 日至 27 日举行。", False),
])
def test_the_short_name_after_another_bodys_name(paragraph, dated):
    ctx, _ = facts(FORUM + "1. " + paragraph + FORUM_FOOT, "attendance")
    assert (ctx.meeting.start is not None) == dated


def test_a_mechanisms_session_is_not_the_forums():
    ctx, _ = facts(FORUM + "1. 专家机制主席托马斯·卡尤希介绍了专家机制第三十三届会议的成果。" + FORUM_FOOT, "attendance")
    assert "unpfii-session-33" not in ctx.meetings


def test_an_officer_by_a_surname_with_a_dot():
    # CONSTRUCTED. 「报告员特·阿瓦女士」 is the rapporteur named in full, 「海伦妮·特·阿瓦」.
    text = (FORUM + "1. 在第 1 次会议上，论坛选举海伦妮·特·阿瓦女士(新西兰)为报告员。\n\n"
            "2. 在第 18 次会议上，报告员特·阿瓦女士介绍了报告草稿。" + FORUM_FOOT)
    _, found = facts(text, "attendance")
    assert {f["participant"].rsplit("/", 1)[-1] for f in found if f["role"] == "Speaker"} == {"海伦妮.特.阿瓦"}


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED (heldout28's first contact). A verb run into a name after 「State的」: no person, no nationality.
    "理事会选举马里的阿玛杜·西塞填补卡马拉先生辞职后法律和技术委员会出现的空缺。",
    "委员会设立了一个起草小组，由墨西哥的劳拉·恩里克斯和巴巴多斯的德里克·霍尔德共同主持。",
])
def test_no_person_with_a_verb_run_into_the_name(paragraph):
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "nationality")
    assert not [f for f in found if any(v in f["subject"] for v in ("填补", "共同"))]


def test_another_duty_stations_barcode_is_furniture():
    # CONSTRUCTED (heldout26). Bangkok's barcode 「*B4000317*」 at a page's end, inside a name split there.
    text = (TPNW + "1. 会议选举斐济的塞米萨\n\n B40-00317 (C) 220540 250540 \n\n *B4000317* \n\n"
            " TPNW/MSP/2025/6 \n\n ·图伊瓦努亚先生为主席。" + FOOT)
    ctx, found = facts(text, "office")
    assert {f["holder"].rsplit("/", 1)[-1] for f in found} == {"塞米萨.图伊瓦努亚"}
