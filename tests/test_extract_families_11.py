"""An eleventh round of phrase families, from the first contact with the
thirteenth held-out set (the TPNW's First Review Conference and a Review
Conference of the CWC in the OPCW's layout): readings that gave a wrong fact
there, written again in other words. Each text is CONSTRUCTED for its test in
the style of UN Chinese reports (written by hand; not UN documents), with the
facts expected written by hand."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts
from constructed_text import paragraph_adoptions as _adopted
from constructed_text import paragraph_offices as _offices


@pytest.mark.parametrize("addressee", ["向审议会议", "向会议", "向缔约国会议"])
def test_whom_a_speaker_addressed_is_not_part_of_the_name(addressee):
    # CONSTRUCTED. 「马绍尔群岛的约瑟夫·拉克琼先生向审议会议作了证词发言」 gave a person
    # named 「约瑟夫·拉克琼先生向审议会议」.
    text = f"在第 2 次全体会议上，马绍尔群岛的约瑟夫·拉克琼先生{addressee}作了证词发言。"
    _, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    assert {(f["participant"], f["role"]) for f in found} == {("person/约瑟夫.拉克琼", "Speaker")}


@pytest.mark.parametrize("kind", ["闭幕", "最后一次", "开幕"])
def test_a_plenary_with_its_kind_in_parentheses(kind):
    # CONSTRUCTED. 「在…举行的第 10 次(闭幕)全体会议上」: plenary 10 adopts.
    text = f"在 3 月 7 日下午举行的第 10 次({kind})全体会议上，会议通过了工作组的报告(TPNW/MSP/2025/WG/1)。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/10", "document/TPNW/MSP/2025/WG/1")}


def test_the_final_report_amended_then_its_symbol_is_this_report():
    # CONSTRUCTED. 「以协商一致方式通过了经口头订正的最后报告草稿(X)，即本报告」.
    text = "在第 10 次全体会议上，会议以协商一致方式通过了经口头订正的最后报告草稿(TPNW/MSP/2025/CRP.1)，即本报告。"
    assert ("meeting/tpnw-msp-3/plenary/10", "document/TPNW/MSP/2025/6") in _adopted(text)


@pytest.mark.parametrize("verb", ["并核准了", "并核可了", "并注意到", "随后审议了", "注意到", "核准了"])
def test_what_another_verb_takes_after_an_adoption_is_not_adopted(verb):
    # CONSTRUCTED, NEGATIVE. 「通过了议程(X)，并核准了工作方案(Y)」: Y is approved, not
    # adopted in the same act (nor with its manner).
    text = f"在第 1 次全体会议上，会议未经表决通过了议程(TPNW/MSP/2025/1)，{verb}工作方案(TPNW/MSP/2025/3)。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/1", "document/TPNW/MSP/2025/1")}



# ----- meetings ----------------------------------------------------------------------


@pytest.mark.parametrize("n, written", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                                        (13, "13th"), (21, "21st"), (22, "22nd"), (23, "23rd"), (32, "32nd"),
                                        (101, "101st"), (111, "111th"), (122, "122nd")])
def test_english_ordinals_of_meetings_past_the_twelfth(n, written):
    # 「缔约国第二十一次会议」 was labelled 「21th Meeting…」.
    from builder.extract.meetings import english_ordinal

    assert english_ordinal(n) == written


def test_a_meetings_zh_label_written_over_two_cover_lines_is_one_line(tmp_path):
    # CONSTRUCTED. A cover that names the meeting over two lines: the label has no line break.
    from builder.pipeline import build_one
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS

    text = ("   禁止核武器条约缔约国 \n\n第三次会议 \n\n2025 年 3 月 3 日至 7 日，纽约 \n\n"
            "  禁止核武器条约缔约国第三次会议的报告 \n\n1. 会议于 2025 年 3 月 3 日至 7 日在纽约举行。" + FOOT)
    path = tmp_path / "r.zh.txt"
    path.write_text(text, encoding="utf-8")
    graph = build_one(path).graph
    labels = {str(o) for o in graph.objects(URIRef("https://w3id.org/unkg/id/meeting/tpnw-msp-3"), RDFS.label)}
    assert labels and not any("\n" in label for label in labels)
    assert "禁止核武器条约缔约国第三次会议" in labels and any(label.startswith("Third ") for label in labels)


def test_a_bodys_own_first_meeting_is_not_the_series_first():
    # CONSTRUCTED, NEGATIVE. 「全权证书委员会在其第一次会议上选举…」: the committee's own
    # first sitting, not the first Meeting of States Parties.
    text = TPNW + "1. 全权证书委员会在其第一次会议上选举意大利的朱莉娅·马尔蒂尼女士为委员会主席。" + FOOT
    ctx, _ = _facts(text, "x")
    assert "tpnw-msp-1" not in ctx.meetings


@pytest.mark.parametrize("short", ["(以下称“第三次会议”)", "(以下简称“会议”)", "（下称“本次会议”）"])
def test_a_meetings_short_name_in_parentheses_before_its_dates(short):
    # CONSTRUCTED. 「…第六次特别会议(以下称“第六次审议会议”)于…在海牙举行」.
    text = TPNW + f"1. 禁止核武器条约缔约国第三次会议{short}于 2025 年 3 月 3 日至 7 日在纽约举行。" + FOOT
    _, starts = _facts(text, "startDate")
    assert {(f["subject"], f["value"]) for f in starts} == {("meeting/tpnw-msp-3", "2025-03-03")}


def test_another_parenthesis_after_the_name_still_stops_the_dates():
    # CONSTRUCTED, NEGATIVE. 「(见第 4 段)」 is no short name.
    text = TPNW + "1. 禁止核武器条约缔约国第三次会议(见第 4 段)于 2025 年 3 月 3 日至 7 日在纽约举行。" + FOOT
    assert _facts(text, "startDate")[1] == []


# ----- a documents table with a date column ---------------------------------------

_TABLE = ("\n 附件 \n\n  缔约国第三次会议收到的文件一览表 \n\n 文号 日期 标题 提交方 \n\n"
          "TPNW/MSP/2025/1 2025 年 2 月 14 日 临时议程 主席 \n\n"
          "TPNW/MSP/2025/WP.2 2025 年 2 月 25 日 关于受害者援助的工作文件 奥地利和墨西哥 \n\n"
          "TPNW/MSP/2025/INF/1 与会者名单 秘书处 \n")


def test_a_documents_table_with_a_date_column():
    # CONSTRUCTED. 「文号 日期 标题 提交方」: the date is no part of the title; a row without
    # its date is not read cell by cell.
    text = TPNW + "1. 会议通过了议程。" + FOOT + _TABLE
    _, titles = _facts(text, "title")
    assert {(t["subject"], t["value"]) for t in titles} == {
        ("document/TPNW/MSP/2025/1", "临时议程"), ("document/TPNW/MSP/2025/WP.2", "关于受害者援助的工作文件")}
    _, submitted = _facts(text, "submittedBy")
    assert {(s["subject"], s["value"]) for s in submitted} >= {
        ("document/TPNW/MSP/2025/WP.2", "state/AUT"), ("document/TPNW/MSP/2025/WP.2", "state/MEX")}


# ----- States parties listed in an annex, several a line --------------------------------

_BODY = "1. 出席会议的《条约》缔约国名单载于本报告附件一。共有 {n} 个缔约国派代表出席了会议。"
_ANNEX_I = "\n 附件一 \n\n  {heading} \n\n奥地利 孟加拉国 伯利兹 \n\n智利 墨西哥 蒙古{last} \n"


def _states_attending(n: int = 7, heading: str = "出席会议的缔约国", last: str = "纳米比亚") -> set[tuple]:
    text = TPNW + _BODY.format(n=n) + FOOT + _ANNEX_I.format(heading=heading, last=last)
    _, found = _facts(text, "attendance")
    return {(f["participant"], f["role"]) for f in found}


def test_states_parties_listed_in_an_annex_three_a_line():
    # CONSTRUCTED. The body counts them; the annex's heading says they attended;
    # 「蒙古纳米比亚」: two names a page break ran together, one way to split.
    assert _states_attending() == {(f"state/{c}", "StateParty") for c in
                                   ("AUT", "BGD", "BLZ", "CHL", "MEX", "MNG", "NAM")}


@pytest.mark.parametrize("kwargs", [{"n": 8},  # the count does not match
                                    {"last": "纳米比亚 红十字委员会"},  # a name that is no State
                                    {"heading": "未出席会议的缔约国"},  # those who did not attend
                                    {"heading": "缔约国名单"},  # a heading that does not say they attended
                                    {"last": "纳米比"}])  # a run-together that is no two States
def test_an_annex_list_that_does_not_fit_gives_no_attendance(kwargs):
    # CONSTRUCTED, NEGATIVE.
    assert not {p for p, role in _states_attending(**kwargs) if role == "StateParty"}


# ----- offices ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["在同次全体会议上，菲律宾共和国常驻联合国代表马里奥·德莱昂·桑托斯大使经鼓掌一致推选为会议主席。",
                                  "在同次全体会议上，马里奥·德莱昂·桑托斯大使(菲律宾)经鼓掌推选为会议主席。"])
def test_elected_by_acclamation_in_the_passive_without_bei(text):
    # CONSTRUCTED. 「X经鼓掌一致推选为会议主席」: the passive without 被.
    _, found = _facts(TPNW + "1. " + text + FOOT, "office")
    assert {(f["holder"], f["role"], f.get("onBehalfOf")) for f in found} == {
        ("person/马里奥.德莱昂.桑托斯", "President", "state/PHL")}


def test_a_bare_choice_is_no_election():
    # CONSTRUCTED, NEGATIVE. 「选为」 without the manner before it is not read (「被挑选为」,
    # 「入选为」 and the like).
    _, found = _facts(TPNW + "1. 马里奥·德莱昂·桑托斯大使(菲律宾)的论文入选为会议主席推荐读物。" + FOOT, "office")
    assert found == []


def test_states_asked_to_go_on_serving_as_co_chairs():
    # CONSTRUCTED. 「请A和B继续担任…工作组的共同主席」: 「继续」 is no part of the last holder.
    _, found = _facts(TPNW + "1. 会议请哈萨克斯坦和基里巴斯继续担任非正式工作组的共同主席。" + FOOT, "office")
    assert {(f["holder"], f["role"], f.get("body")) for f in found} == {
        ("state/KAZ", "CoChair", "非正式工作组"), ("state/KIR", "CoChair", "非正式工作组")}


def test_the_chairs_of_the_bodies_the_meeting_set_up_a_line_each():
    # CONSTRUCTED. 「会议设立了下列附属机构，其主席如下：」, then 「body：chair」 lines.
    text = ("会议设立了下列附属机构，其主席如下：\n\n 主要委员会：伊丽莎白·霍夫曼女士(奥地利) \n\n"
            " 普遍加入问题工作组：诺姆武约·马塞科女士(南非) \n\n2. 会议注意到秘书处的说明。")
    assert _offices(text) == {("person/伊丽莎白.霍夫曼", "Chair", "state/AUT", "主要委员会"),
                              ("person/诺姆武约.马塞科", "Chair", "state/ZAF", "普遍加入问题工作组")}


@pytest.mark.parametrize("text", [
    "第二次会议设立了下列附属机构，其主席如下：\n\n 主要委员会：伊丽莎白·霍夫曼女士(奥地利) \n\n2. 会议注意到。",
    "会议设立了下列附属机构，其主席如下：\n\n 主要委员会：伊丽莎白·霍夫曼女士(奥地利) \n\n 非洲国家：南非 \n\n2. 会议注意到。",
    "会议将设立下列附属机构，其主席如下：\n\n 主要委员会：伊丽莎白·霍夫曼女士(奥地利) \n\n2. 会议注意到。",
])
def test_body_chairs_listed_by_another_meeting_or_with_a_line_that_is_no_body(text):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(text) == set()


def test_vice_presidents_listed_by_the_regional_groups_names():
    # CONSTRUCTED. 「非洲国家：…」, 「西欧和其他国家：…」 label the lines, as 「…国家集团：」 do.
    text = ("在第 1 次全体会议上，会议选举下列缔约国的代表为副主席：\n\n 非洲国家：阿尔及利亚、肯尼亚和尼日利亚 \n\n"
            " 西欧和其他国家：加拿大和法兰西共和国 \n\n2. 会议注意到。")
    assert {h for h, role, *_ in _offices(text) if role == "VicePresident"} == {
        "state/DZA", "state/KEN", "state/NGA", "state/CAN", "state/FRA"}


def test_decimal_paragraphs_are_paragraphs_of_their_own():
    # CONSTRUCTED. The OPCW's numbering: 「4. 议程项目四：…」 then 「4.1」, 「4.2」; an
    # election in 4.2 does not run into the list of 4.1.
    text = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. 议程项目一：会议开幕 \n\n1.1 会议于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n"
            "2. 议程项目二：选举主席团成员 \n\n2.1 在第 1 次全体会议上，会议选举下列缔约国的代表为副主席：\n\n 非洲国家：肯尼亚 \n\n"
            " 东欧国家：捷克 \n\n2.2 东欧国家集团的第二个副主席职位在第 3 次全体会议上填补，会议选举罗马尼亚的代表为副主席。" + FOOT)
    ctx, found = _facts(text, "office")
    assert {f["holder"] for f in found if f["role"] == "VicePresident"} == {"state/KEN", "state/CZE", "state/ROU"}
    assert [u.label for u in ctx.seg.units if u.kind == "paragraph"][:5] == ["1", "1.1", "2", "2.1", "2.2"]


# ----- a review of this round's rules: sentences that broke them, now negative tests ------


@pytest.mark.parametrize("at, counted", [("筹备会议", "出席了筹备会议"), ("上届会议", "出席了上届会议"), ("讲习班", "参加了讲习班"),
                                         ("不限成员名额工作组", "参加了工作组"), ("续会", "出席了续会"),
                                         ("审议会议", "出席了审议会议")])  # a review conference, in an MSP's report
def test_an_annex_of_the_states_at_another_meeting_or_event(at, counted):
    # CONSTRUCTED, NEGATIVE.
    text = (TPNW + f"1. 出席{at}的《条约》缔约国名单载于本报告附件一。共有 7 个缔约国派代表{counted}。" + FOOT
            + _ANNEX_I.format(heading=f"出席{at}的缔约国", last="纳米比亚"))
    assert _facts(text, "attendance")[1] == []


def test_an_annex_of_the_states_that_did_not_attend():
    # CONSTRUCTED, NEGATIVE. 「没有」 in the body or in the heading.
    text = (TPNW + "1. 没有出席会议的《条约》缔约国名单载于本报告附件一。共有 7 个缔约国没有派代表参加了会议。" + FOOT
            + _ANNEX_I.format(heading="没有出席会议的缔约国", last="纳米比亚"))
    assert _facts(text, "attendance")[1] == []
    assert not _states_attending(heading="没有出席会议的缔约国")


@pytest.mark.parametrize("before", ["希望", "申请", "获邀"])
def test_a_wish_to_speak_is_no_speech_and_not_part_of_the_name(before):
    # CONSTRUCTED, NEGATIVE. 「…先生希望向会议作了发言」 gave a speaker named 「…先生希望」.
    text = f"在第 2 次全体会议上，马绍尔群岛的约瑟夫·拉克琼先生{before}向会议发言。"
    ctx, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    assert found == []
    assert {p.key for p in ctx.entities if p.kind == "person"} <= {"约瑟夫.拉克琼"}


def test_a_date_a_meeting_was_decided_on_is_not_its_date():
    # CONSTRUCTED, NEGATIVE. 「…(以下简称“第三次会议”)于 2023 年 12 月 1 日由第二次会议决定召开」.
    for short in ("(以下简称“第三次会议”)", ""):
        text = TPNW + f"1. 禁止核武器条约缔约国第三次会议{short}于 2023 年 12 月 1 日由第二次会议决定召开。" + FOOT
        assert _facts(text, "startDate")[1] == []


@pytest.mark.parametrize("organ", ["安全理事会", "执行理事会"])
def test_what_another_organ_took_note_of_is_not_before_the_meeting(organ):
    # CONSTRUCTED, NEGATIVE. 「安全理事会在其第一次会议上注意到了该报告(X)」.
    text = TPNW + f"1. {organ}在其第一次会议上注意到了秘书处的报告(TPNW/MSP/2025/INF/3)。" + FOOT
    assert _facts(text, "considered")[1] == []


def test_a_committee_electing_its_own_chair_at_its_first_meeting():
    # CONSTRUCTED. 「全权证书委员会在其第一次会议上…选举X担任主席」: the committee's chair, not
    # the meeting's President (and no chaired of the meeting).
    text = "3 月 4 日，全权证书委员会在其第一次会议上以鼓掌方式选举意大利的朱莉娅·马尔蒂尼女士担任主席。"
    assert _offices(text) == {("person/朱莉娅.马尔蒂尼", "Chair", "state/ITA", "全权证书委员会")}
    assert _facts(TPNW + "1. " + text + FOOT, "chaired")[1] == []


def test_an_adoption_at_another_bodys_sitting_is_not_the_meetings():
    # CONSTRUCTED, NEGATIVE. 「工作组在其第三次会议上，报告草稿(X)经口头订正后获得通过」.
    assert _adopted("工作组在其第三次会议上，报告草稿(TPNW/MSP/2025/WG/CRP.1)经口头订正后获得通过。") == set()
    assert _adopted("在第 3 次全体会议上，报告草稿(TPNW/MSP/2025/CRP.1)经口头订正后获得通过。") == {
        ("meeting/tpnw-msp-3/plenary/3", "document/TPNW/MSP/2025/CRP.1")}


_PRESIDENCY = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. 缔约国第二次会议决定，第三次会议主席由{state}担任。\n\n"
               "2. 在第 1 次全体会议上，菲律宾的马里奥·桑托斯大使经鼓掌当选为会议主席。" + FOOT
               + "\n 附件 \n\n  缔约国第三次会议收到的文件一览表 \n\n 文号 标题 提交者 \n\nTPNW/MSP/2025/1 临时议程 主席 \n")


def test_the_presidency_given_to_a_state_and_held_by_its_representative_submits_as_one():
    # CONSTRUCTED. The State holds the presidency and its representative is
    # elected: the submitter 「主席」 is that one presidency, held by the person.
    _, submitted = _facts(_PRESIDENCY.format(state="菲律宾"), "submittedBy")
    assert {(s["subject"], s["value"]) for s in submitted} == {
        ("document/TPNW/MSP/2025/1", "office/tpnw-msp-3/President/person/马里奥.桑托斯")}


def test_two_presidents_of_two_states_leave_the_submitter_unread():
    # CONSTRUCTED, NEGATIVE. The State given the presidency is not the person's.
    _, submitted = _facts(_PRESIDENCY.format(state="智利"), "submittedBy")
    assert submitted == []
