"""Reports of meeting series beyond the disarmament, human-rights and climate
bodies the held-out sets cover: the chemicals and biodiversity conventions'
COPs and protocol meetings, the UNODC conventions' conferences, the ISA's
Assembly and ECOSOC's functional commissions. Each report is identified from
its title and running head through the gazetteer's series (key, treaty,
English label), and the other meetings it names resolve to their own series.

Every text is CONSTRUCTED for its test (a title, a paragraph, a running head
in the layout of UN Chinese reports; not UN documents), and every expected
key is written by hand."""

from __future__ import annotations

import pytest

from constructed_text import facts

from builder.extract.meetings import english_label, find_meetings


def _report(title: str, symbol: str, paragraph: str = "1. 会议开幕。"):
    text = f"   {title}的报告 \n\n{paragraph}\n\n {symbol} \n\n \n\n2/9 31-01234 \n"
    ctx, _ = facts(text, "reportOf")
    return ctx


@pytest.mark.parametrize("title, symbol, key, treaty", [
    ("《联合国反腐败公约》缔约国会议第十一届会议", "CAC/COSP/11/15", "cac-cosp-11", "uncac"),
    ("联合国打击跨国有组织犯罪公约缔约方会议第十三届会议", "CTOC/COP/2031/9", "ctoc-cop-13", "untoc"),
    ("控制危险废物越境转移及其处置巴塞尔公约缔约方会议第十八次会议", "UNEP/CHW.18/30", "basel-cop-18", "basel-convention"),
    ("关于在国际贸易中对某些危险化学品和农药采用事先知情同意程序的鹿特丹公约缔约方大会第十三次会议",
     "UNEP/FAO/RC/COP.13/25", "rotterdam-cop-13", "rotterdam-convention"),
    ("《关于持久性有机污染物的斯德哥尔摩公约》缔约方大会第十三次会议", "UNEP/POPS/COP.13/40",
     "stockholm-cop-13", "stockholm-convention"),
    ("保护臭氧层维也纳公约缔约方大会第十四次会议", "UNEP/OzL.Conv.14/7", "vienna-ozone-cop-14", "vienna-convention-ozone"),
    ("作为《卡塔赫纳生物安全议定书》缔约方会议的生物多样性公约缔约方大会第十三次会议", "CBD/CP/MOP/13/20",
     "cartagena-mop-13", "cartagena-protocol"),
    ("作为《名古屋议定书》缔约方会议的公约缔约方大会第七次会议", "CBD/NP/MOP/7/14", "nagoya-mop-7", "nagoya-protocol"),
    ("保护野生动物迁徙物种公约缔约方大会第十六届会议", "UNEP/CMS/COP16/31", "cms-cop-16", "cms"),
    ("国际海底管理局大会第三十一届会议", "ISBA/31/A/12", "isa-assembly-31", None),
    ("麻醉药品委员会第七十四届会议", "E/CN.7/2031/15", "cnd-session-74", None),
    ("预防犯罪和刑事司法委员会第四十届会议", "E/CN.15/2031/16", "ccpcj-session-40", None),
    ("人口与发展委员会第六十四届会议", "E/CN.9/2031/9", "cpd-session-64", None),
])
def test_a_report_of_the_series_is_identified(title, symbol, key, treaty):
    # CONSTRUCTED. The title names the session; the running head gives the symbol.
    ctx = _report(title, symbol)
    assert ctx.symbol == symbol
    assert ctx.meeting is not None and ctx.meeting.key == key
    assert ctx.treaty_key == treaty
    assert english_label(ctx, ctx.meeting).endswith(" " + ctx.gaz.series[key.rsplit("-", 1)[0]].en_name)


def test_a_protocol_meeting_names_its_host_cop_by_its_short_name():
    # CONSTRUCTED. In a Cartagena Protocol meeting's report, 「缔约方大会第十七届会议」
    # written without the Protocol is the Convention's COP, held with it.
    ctx = _report("作为《卡塔赫纳生物安全议定书》缔约方会议的生物多样性公约缔约方大会第十三次会议", "CBD/CP/MOP/13/20")
    text = "2. 本次会议与缔约方大会第十七届会议同时举行。"
    assert {m.key for m in find_meetings(ctx, text)} == {"cbd-cop-17"}


def test_a_cop_report_names_the_protocol_meetings_held_with_it():
    # CONSTRUCTED. A CBD COP report names both protocol meetings by their full titles.
    ctx = _report("生物多样性公约缔约方大会第十七届会议", "CBD/COP/17/30")
    text = ("2. 作为《卡塔赫纳生物安全议定书》缔约方会议的公约缔约方大会第十三次会议和作为《名古屋议定书》"
            "缔约方会议的公约缔约方大会第七次会议与本届会议同时举行。")
    assert {m.key for m in find_meetings(ctx, text)} == {"cartagena-mop-13", "nagoya-mop-7"}


def test_a_commission_report_names_its_earlier_session():
    # CONSTRUCTED. 「委员会第七十三届会议」 in the Commission on Narcotic Drugs' report.
    ctx = _report("麻醉药品委员会第七十四届会议", "E/CN.7/2031/15")
    keys = {m.key for m in find_meetings(ctx, "2. 麻醉药品委员会第七十三届会议的报告已分发。")}
    assert keys == {"cnd-session-73"}


def test_the_isa_assembly_report_reads_its_own_assembly_not_the_general_assembly():
    # CONSTRUCTED. In the ISA Assembly's report 「大会第三十届会议」 is its own session;
    # 「联合国大会第八十五届会议」 stays the General Assembly's.
    ctx = _report("国际海底管理局大会第三十一届会议", "ISBA/31/A/12")
    keys = {m.key for m in find_meetings(ctx, "2. 大会第三十届会议和联合国大会第八十五届会议。")}
    assert keys == {"isa-assembly-30", "ga-session-85"}


def _head(title: str, symbols: str) -> str:
    """A cover with a (joint) symbol, a title, and running heads with each part."""
    parts = symbols.split("-") if "/" in symbols.split("-")[-1] else [symbols]
    run = "\n\n " + "\n\n ".join(parts) + " \n\n \n\n2/4 32-04517 \n\n"
    return f" {symbols} \n\n \n\n {title} \n\n \n\n\n" + run + "1. 会议开幕。" + run.replace("2/4", "3/4")


@pytest.mark.parametrize("title, symbols, key, report_of", [
    # CONSTRUCTED. A joint head of the chemicals COPs: the title's series gives the report's symbol.
    ("控制危险废物越境转移及其处置巴塞尔公约缔约方会议第十八次会议的报告", "UNEP/CHW.18/1-UNEP/POPS/COP.13/1",
     "basel-cop-18", {("UNEP/CHW.18/1", "basel-cop-18")}),
    # CONSTRUCTED. A joint meeting's report: each symbol is the report of its own series' meeting.
    ("保护臭氧层维也纳公约缔约方大会第十四次会议和关于消耗臭氧层物质的蒙特利尔议定书缔约方第三十八次会议的报告",
     "UNEP/OzL.Conv.14/7-UNEP/OzL.Pro.38/9", "vienna-ozone-cop-14",
     {("UNEP/OzL.Conv.14/7", "vienna-ozone-cop-14"), ("UNEP/OzL.Pro.38/9", "montreal-mop-38")}),
    # CONSTRUCTED. A corrigendum printed with the report is not a report of the meeting.
    ("人口与发展委员会第六十五届会议的报告", "E/CN.9/2032/9-E/CN.9/2032/9/Corr.1", "cpd-session-65",
     {("E/CN.9/2032/9", "cpd-session-65")}),
])
def test_a_joint_symbols_reports(title, symbols, key, report_of):
    ctx, found = facts(_head(title, symbols), "reportOf")
    assert ctx.meeting is not None and ctx.meeting.key == key
    assert {(f["document"].split("document/")[-1], f["meeting"].rsplit("/", 1)[-1]) for f in found} == report_of


@pytest.mark.parametrize("title, symbol", [
    # CONSTRUCTED, NEGATIVE. A series' name run into a longer one: another body's session.
    ("美洲反腐败公约缔约国会议第五届会议的报告", "OEA/SER.L/2032/5"),
    ("非洲统计委员会第八届会议的报告", "E/ECA/STATCOM/8/1"),
    ("亚洲及太平洋经济社会委员会社会发展委员会第七届会议的报告", "ESCAP/CSD/2032/7"),
    # CONSTRUCTED, NEGATIVE. A part of a session whose report it is, not the session's.
    ("统计委员会第六十三届会议非正式工作组会议的报告", "E/CN.3/2032/WG.1"),
])
def test_a_title_naming_another_bodys_meeting_identifies_none(title, symbol):
    ctx = _report(title, symbol)
    assert ctx.meeting is None or not ctx.meeting.key.startswith(("cac-cosp", "statcom", "csocd"))


@pytest.mark.parametrize("text, keys", [
    # CONSTRUCTED. In running text too, a series' name run into a regional body's is that body's.
    ("2. 委员会注意到非洲统计委员会第八届会议的报告。", set()),
    ("2. 委员会注意到欧洲经济委员会统计委员会第七十届会议的工作。", set()),
    ("2. 委员会注意到统计委员会第五十五届会议和联合国大会第八十六届会议的工作。", {"statcom-session-55", "ga-session-86"}),
])
def test_a_series_name_inside_a_regional_bodys(text, keys):
    ctx = _report("人口与发展委员会第六十五届会议", "E/CN.9/2032/9")
    assert {m.key for m in find_meetings(ctx, text)} == keys


COSP = "   联合国反腐败公约缔约国会议第十三届会议的报告 \n\n"
COSP_FOOT = "\n\n CAC/COSP/13/20 \n\n \n\n2/9 V.35-01234 \n"
POPS = "   关于持久性有机污染物的斯德哥尔摩公约缔约方大会第十四次会议的报告 \n\n"
POPS_FOOT = "\n\n UNEP/POPS/COP.14/31 \n\n \n\n2/9 35-01234 \n"


def _adopted(head: str, paragraph: str, foot: str) -> set[tuple]:
    _, found = facts(head + paragraph + foot, "adoption")
    return {(a["item"].split("document/")[-1].split("/decision/")[-1], a.get("procedure")) for a in found}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. The draft and the resolution it became: in parentheses, after 「即」, after 「该草案成为」.
    ("1. 在第 8 次全体会议上，缔约国会议以协商一致方式通过了经口头修订的该决议草案(第 13/1 号决议)。",
     {("1", "Consensus")}),
    ("1. 在第 8 次全体会议上，缔约国会议审议了决议草案(CAC/COSP/13/L.5)，并以协商一致方式通过了该决议草案，即第 13/2 号决议。",
     {("CAC/COSP/13/L.5", "Consensus"), ("2", "Consensus")}),
    # CONSTRUCTED. The manner said for the first clause is not the second's, after 「；」.
    ("1. 缔约国会议未经表决通过了决议草案 CAC/COSP/13/L.4/Rev.1，该草案成为第 13/3 号决议；并通过了主席提交的决议草案"
     "(CAC/COSP/13/L.6)，即第 13/4 号决议。",
     {("CAC/COSP/13/L.4/Rev.1", "WithoutVote"), ("3", "WithoutVote"), ("CAC/COSP/13/L.6", None), ("4", None)}),
])
def test_the_conferences_resolutions(paragraph, expected):
    found = _adopted(COSP, paragraph, COSP_FOOT)
    # (「经口头修订的该决议草案」 with no draft named before adopts the resolution alone)
    assert found == expected


def test_a_list_of_the_conferences_resolutions_without_quotes():
    # CONSTRUCTED. 「缔约国会议在第十三届会议上通过了下列决议： ⏎ 第 13/1 号决议 title」.
    text = (COSP + "1. 缔约国会议在第十三届会议上通过了下列决议：\n\n 第 13/1 号决议 加强资产追回合作 \n\n"
            " 第 13/2 号决议 保护举报人 \n\n2. 会议闭幕。" + COSP_FOOT)
    _, titles = facts(text, "title")
    assert {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in titles if "/decision/" in t["subject"]} == {
        ("1", "加强资产追回合作"), ("2", "保护举报人")}


def test_decisions_numbered_with_the_conventions_letters():
    # CONSTRUCTED. 「SC-14/2 号决定：title」 in the Stockholm COP's report is its decision 2; 「RC-14/2」, the
    # Rotterdam COP's (held with it, numbered alike), is not.
    text = (POPS + "1. 在第 6 次全体会议上，缔约方大会通过了 SC-14/2 号决定：列入新化学品；\n\n"
            "2. 鹿特丹公约缔约方大会通过了 RC-14/2 号决定：化学品审查。" + POPS_FOOT)
    _, titles = facts(text, "title")
    assert {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in titles if "/decision/" in t["subject"]} == {
        ("2", "列入新化学品")}


def test_bureau_listed_by_unep_regions():
    # CONSTRUCTED. Vice-Presidents listed under the UNEP regions' labels.
    text = (POPS + "1. 下列人员当选为副主席：\n\n 亚洲-太平洋国家：阮氏秋恒女士(越南)\n\n 中欧和东欧国家：伊琳卡·波佩斯库女士(罗马尼亚)"
            + POPS_FOOT)
    _, found = facts(text, "office")
    assert {(f["holder"].rsplit("/", 1)[-1], f["role"], f["onBehalfOf"].rsplit("/", 1)[-1]) for f in found} == {
        ("阮氏秋恒", "VicePresident", "VNM"), ("伊琳卡.波佩斯库", "VicePresident", "ROU")}


def test_a_permanent_representative_with_the_offices_city():
    # CONSTRUCTED. 「奥地利常驻联合国(维也纳)代表X」: X, for Austria.
    _, found = facts(COSP + "1. 缔约国会议以鼓掌方式选举奥地利常驻联合国(维也纳)代表玛格丽特·胡贝尔女士为主席。" + COSP_FOOT, "office")
    assert {(f["holder"].rsplit("/", 1)[-1], f["role"], f["onBehalfOf"].rsplit("/", 1)[-1]) for f in found} == {
        ("玛格丽特.胡贝尔", "President", "AUT")}


def test_where_a_record_is_kept_is_not_what_was_considered():
    # CONSTRUCTED, NEGATIVE. 「…在联席会议上审议，联席会议的议事情况载于 X 号文件」.
    _, found = facts(POPS + "1. 共同事项在联席会议上审议，联席会议的议事情况载于 UNEP/POPS/COP.14/INF/50 号文件。" + POPS_FOOT,
                     "considered")
    assert not found


@pytest.mark.parametrize("row", [
    # CONSTRUCTED, NEGATIVE (third review). After an empty-looking cell: a continuation, a range, 「同上」, an item.
    "E/CN.9/2032/L.1  和 Corr.1 决议草案",
    "E/CN.9/2032/NGO/1  至 E/CN.9/2032/NGO/20 非政府组织的发言",
    "E/CN.9/2032/5  同上",
    "E/CN.9/2032/6  三 秘书长的报告",
])
def test_rows_that_only_look_like_an_empty_item_cell(row):
    text = ("   人口与发展委员会第六十五届会议的报告 \n\n1. 委员会选举秘鲁的卡洛斯·门多萨先生为主席。\n\n 附件 \n\n"
            " 委员会第六十五届会议收到的文件 \n\n文号 议程项目 标题或说明 \n\n" + row + " \n\n E/CN.9/2032/9 \n\n \n\n2/9 32-01234 \n")
    _, titles = facts(text, "title")
    assert not [t for t in titles if "document/" in t["subject"]]


@pytest.mark.parametrize("line", [
    # CONSTRUCTED, NEGATIVE. What follows the number is no title: a date, a submitter, a symbol, a reference.
    "第 13/1 号决议 加强资产追回合作，2035 年 12 月 15 日",
    "第 13/1 号决议 由主席提交",
    "第 13/1 号决议 CAC/COSP/13/L.5",
    "第 13/1 号决议 见附件",
])
def test_list_lines_without_a_title(line):
    text = COSP + "1. 缔约国会议通过了下列决议：\n\n " + line + " \n\n2. 会议闭幕。" + COSP_FOOT
    _, titles = facts(text, "title")
    assert not [t for t in titles if "/decision/" in t["subject"]]


def test_generic_letters_are_no_conventions():
    # CONSTRUCTED, NEGATIVE. 「COP-14/2 号决定」: COP names no convention.
    assert not [a for a in _adopted(POPS, "1. 缔约方大会通过了 COP-14/2 号决定。", POPS_FOOT) if a[0] == "2"]


@pytest.mark.parametrize("paragraph", [
    # CONSTRUCTED, NEGATIVE. The report only in an annex, a chapter or a letter of the document; a part's report.
    "1. 缔约国会议第十二届会议(2033 年 12 月 8 日至 12 日，维也纳)的报告载于 A/88/100 号文件附件。",
    "1. 缔约国会议第十二届会议(2033 年 12 月 8 日至 12 日，维也纳)的报告载于 A/88/100 号文件第三章。",
    "1. 缔约国会议第十二届会议(第二工作组)的报告载于 CAC/COSP/12/WG.2/1 号文件。",
])
def test_no_report_of_a_session_that_is_only_part_of_a_document(paragraph):
    _, found = facts(COSP + paragraph + COSP_FOOT, "reportOf")
    assert not [f for f in found if f["meeting"].endswith("cac-cosp-12")]


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. The manner said once for a list of acts, or before a 「；」 inside parentheses, holds for all.
    ("1. 缔约国会议以协商一致方式：(a) 通过了决议草案 CAC/COSP/13/L.4；(b) 通过了决议草案 CAC/COSP/13/L.6。",
     {("CAC/COSP/13/L.4", "Consensus"), ("CAC/COSP/13/L.6", "Consensus")}),
])
def test_a_manner_said_once_for_a_list(paragraph, expected):
    assert _adopted(COSP, paragraph, COSP_FOOT) == expected


def test_a_document_considered_and_where_it_is():
    # CONSTRUCTED. A document considered, and where it is: still considered.
    _, found = facts(POPS + "1. 缔约方大会审议了秘书处的说明，该说明载于 UNEP/POPS/COP.14/5 号文件。" + POPS_FOOT, "considered")
    assert {f["value"].split("document/")[-1] for f in found} == {"UNEP/POPS/COP.14/5"}


@pytest.mark.parametrize("item, number, title", [
    # CONSTRUCTED. The decision adopted, after the document it is in, or after how it was amended.
    ("缔约方大会未经修正通过了 UNEP/POPS/COP.14/CRP.4 号文件所载的 SC-14/1 号决定：审查委员会的工作；", "1", "审查委员会的工作"),
    ("缔约方大会通过了经联络小组修正的 SC-14/3 号决定：财务资源；", "3", "财务资源"),
])
def test_decisions_adopted_after_their_document_or_amendment(item, number, title):
    text = POPS + "1. 在第 6 次全体会议上，缔约方大会通过了下列决定，决定案文载于本报告附件一：\n\n (a) " + item + POPS_FOOT
    _, titles = facts(text, "title")
    assert (number, title) in {(t["subject"].rsplit("/", 1)[-1], t["value"]) for t in titles if "/decision/" in t["subject"]}


@pytest.mark.parametrize("text, keys", [
    # CONSTRUCTED. A body named, then 「在其」, then its session: that body's session, named without 在其.
    ("2. 大会在其第八十六届会议上通过了第 86/1 号决议。", {("ga-session-86", "大会第八十六届会议")}),
    ("2. 经济及社会理事会在其 2032 年届会上审议了该问题。", {("ecosoc-session-2032", "经济及社会理事会 2032 年届会")}),
    # CONSTRUCTED, NEGATIVE. 「在其第 N 号决议中」 names no session.
    ("2. 大会在其第 86/54 号决议中请秘书长提交报告。", set()),
])
def test_a_body_at_its_session(text, keys):
    ctx = _report("人口与发展委员会第六十五届会议", "E/CN.9/2032/9")
    assert {(m.key, m.written) for m in find_meetings(ctx, text)} == keys


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. Two meetings, their reports 「分别载于」 two documents, in the same order.
    ("1. 巴塞尔公约缔约方会议第十九次会议和鹿特丹公约缔约方大会第十四次会议的报告分别载于 UNEP/CHW.19/30 和 "
     "UNEP/FAO/RC/COP.14/25 号文件。",
     {("UNEP/CHW.19/30", "basel-cop-19"), ("UNEP/FAO/RC/COP.14/25", "rotterdam-cop-14")}),
    # CONSTRUCTED, NEGATIVE. A draft among them: nothing is said of either.
    ("1. 巴塞尔公约缔约方会议第十九次会议和鹿特丹公约缔约方大会第十四次会议的报告分别载于 UNEP/CHW.19/L.1 和 "
     "UNEP/FAO/RC/COP.14/25 号文件。", set()),
])
def test_two_reports_respectively(paragraph, expected):
    _, found = facts(POPS + paragraph + POPS_FOOT, "reportOf")
    assert {(f["document"].split("document/")[-1], f["meeting"].rsplit("/", 1)[-1]) for f in found
            if not f["document"].endswith("COP.14/31")} == expected
