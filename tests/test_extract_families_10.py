"""A tenth round of phrase families, from the first contact with the twelfth
held-out set (the ICCPR meeting of States parties and the Mine Ban
Convention's Fifth Review Conference): readings that gave a wrong fact there,
written again in other words. Each text is CONSTRUCTED for its test in the
style of UN Chinese reports (written by hand; not UN documents), with the
facts expected written by hand. Most are negative: the readings the rules must
not give."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW, decision_titles
from constructed_text import facts as _facts
from constructed_text import paragraph_adoptions as _adopted
from constructed_text import paragraph_offices as _offices


def _treaty_actions(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "treaty-action")
    return {(f["state"], f["action"], f["treaty"]) for f in found}


# ----- an instrument of the treaty is not the treaty ------------------------------


@pytest.mark.parametrize("instrument", ["第二项任择议定书", "第 二 项任择议定书", "的第二项任择议定书", "任择议定书",
                                        "第 8 条修正案", "第一号附加议定书", "修正"])
def test_acceding_to_an_instrument_of_the_treaty_is_no_action_on_the_treaty(instrument):
    # CONSTRUCTED, NEGATIVE. 「冈比亚加入了《条约》第二项任择议定书」: the protocol,
    # which the gazetteer does not know, not the treaty.
    for verb in ("加入了", "批准了", "签署了"):
        text = f"此外，冈比亚于 2025 年 11 月 6 日{verb}《条约》{instrument}。"
        assert _treaty_actions(text) == set(), text


def test_an_instrument_split_by_a_line_break_is_still_the_instrument():
    # CONSTRUCTED, NEGATIVE. The ordinal and its counter on two lines.
    text = "此外，冈比亚于 2025 年 11 月 6 日加入了《条约》第二\n\n项任择议定书。"
    assert _treaty_actions(text) == set()


def test_acceding_to_the_treaty_itself_is_still_read():
    # CONSTRUCTED, the positive control: the same sentence without the protocol,
    # and one that names the treaty and then its protocol for another State.
    assert _treaty_actions("此外，冈比亚于 2025 年 11 月 6 日加入了《条约》。") == {("state/GMB", "Accession", "treaty/tpnw")}
    text = "冈比亚于 2025 年 11 月 6 日加入了《条约》，马里于 2026 年 1 月 9 日批准了《条约》第二项任择议定书。"
    assert _treaty_actions(text) == {("state/GMB", "Accession", "treaty/tpnw")}


# ----- an editorial note where an annex's text would be -----------------------------

_ANNEX = FOOT + "\n 附件二 \n\n  维也纳宣言：共同致力于实现无核武器世界 \n\n {note} \n"


@pytest.mark.parametrize("note", ["[宣言案文以 TPNW/MSP/2025/WP.3 号文件印发，此处不再转载。]",
                                  "［宣言案文见 TPNW/MSP/2025/WP.3 号文件。］", "〔原件：英文〕"])
def test_an_editorial_note_under_an_annexed_declaration_is_not_its_title(note):
    # CONSTRUCTED. The declaration is the annex's; its title is the line above
    # the note, never the note.
    text = TPNW + "1. 会议通过了《维也纳宣言》。" + _ANNEX.format(note=note)
    titles = decision_titles(text)
    assert all("此处不再转载" not in title and "原件" not in title and "号文件" not in title for _, title in titles)
    assert ("meeting/tpnw-msp-3/decision/declaration", "维也纳宣言：共同致力于实现无核武器世界") in titles


def test_a_bracket_that_opens_a_title_is_not_a_note():
    # CONSTRUCTED. A line that only begins with a bracketed part is no
    # editorial note: 「[草案]维也纳宣言」 stays the title it is.
    text = TPNW + "1. 会议通过了《维也纳宣言》。" + FOOT + "\n 附件二 \n\n  宣言 \n\n  [订正]维也纳宣言 \n"
    assert ("meeting/tpnw-msp-3/decision/declaration", "[订正]维也纳宣言") in decision_titles(text)


# ----- offices -----------------------------------------------------------------------


_FOUR = ("乌拉圭常驻联合国代表团的卢西亚娜·费雷拉女士、格鲁吉亚的尼诺·贝里泽女士、博茨瓦纳的凯洛·莫策佩先生"
         "以及爱尔兰的肖恩·奥布赖恩先生。")


def test_a_counted_election_then_its_list_in_the_next_sentence():
    # CONSTRUCTED. 「会议选出了四名副主席。当选者为：…」: the count is checked against the
    # list; a permanent mission's member holds the office for that State.
    text = "在第 2 次全体会议上，会议选出了四名副主席。当选者为：" + _FOUR
    assert _offices(text) == {
        ("person/卢西亚娜.费雷拉", "VicePresident", "state/URY", None),
        ("person/尼诺.贝里泽", "VicePresident", "state/GEO", None),
        ("person/凯洛.莫策佩", "VicePresident", "state/BWA", None),
        ("person/肖恩.奥布赖恩", "VicePresident", "state/IRL", None)}
    assert _offices("会议选出了两名副主席。当选者分别是：格鲁吉亚和爱尔兰。") == {
        ("state/GEO", "VicePresident", None, None), ("state/IRL", "VicePresident", None, None)}


@pytest.mark.parametrize("lead", ["会议选出了三名副主席。当选者为：",  # the count says three, the list has four
                                  "会议将在下次会议上选出四名副主席。当选者为：",  # an election to come
                                  "全体委员会选出了四名副主席。当选者为：",  # another body's officers
                                  "会议选出了四名副主席。候选人为："])  # candidates, not the elected
def test_a_list_after_an_election_that_does_not_fit_gives_no_office(lead):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(lead + _FOUR) == set()


def test_a_permanent_representative_holds_an_office_for_that_state():
    # CONSTRUCTED. 「约旦常驻联合国代表X大使」, 「巴西常驻日内瓦裁军谈判会议代表X」.
    assert _offices("在同次会议上，约旦常驻联合国代表奥马尔·法鲁克·贾拉勒大使经鼓掌当选为会议主席。") == {
        ("person/奥马尔.法鲁克.贾拉勒", "President", "state/JOR", None)}
    assert _offices("在同次会议上，巴西常驻日内瓦裁军谈判会议代表奥马尔·贾拉勒大使当选为会议主席。") == {
        ("person/奥马尔.贾拉勒", "President", "state/BRA", None)}


@pytest.mark.parametrize("function", ["欧洲联盟常驻联合国代表团的", "常驻联合国代表", "约旦常驻联合国代表团顾问",
                                      "联合国驻约旦协调员"])
def test_a_mission_that_is_no_states_or_no_mission_gives_no_state(function):
    # CONSTRUCTED, NEGATIVE. An organization's mission, a mission of no State
    # named, an adviser (not the representative), a UN official in a country.
    found = _offices(f"在同次会议上，{function}奥马尔·贾拉勒先生当选为会议主席。")
    assert found <= {("person/奥马尔.贾拉勒", "President", None, None)}


_CO_CHAIRS = ("在同次全体会议上，{lead}2025–2026 年闭会期间，由下列缔约国担任各委员会的共同主席：\n\n"
              " 第五条执行情况委员会：泰国和瑞士 \n\n {second}：智利和挪威 \n\n2. 会议注意到秘书处的说明。")


def test_co_chairs_of_each_committee_listed_a_line_each():
    # CONSTRUCTED. 「由下列缔约国担任各委员会的共同主席：」 in a decision, then one line per
    # committee: each State co-chairs the committee of its line.
    text = _CO_CHAIRS.format(lead="会议决定，", second="受害者援助委员会")
    assert _offices(text) == {
        ("state/THA", "CoChair", None, "第五条执行情况委员会"), ("state/CHE", "CoChair", None, "第五条执行情况委员会"),
        ("state/CHL", "CoChair", None, "受害者援助委员会"), ("state/NOR", "CoChair", None, "受害者援助委员会")}
    inline = "会议决定由下列缔约国担任各委员会的共同主席：受害者援助委员会：智利和挪威；合作性遵约委员会：比利时。"
    assert _offices(inline) == {("state/CHL", "CoChair", None, "受害者援助委员会"),
                                ("state/NOR", "CoChair", None, "受害者援助委员会"),
                                ("state/BEL", "CoChair", None, "合作性遵约委员会")}


@pytest.mark.parametrize("lead", ["会议建议，", "", "会议拟议，"])
def test_co_chairs_not_decided_are_no_office(lead):
    # CONSTRUCTED, NEGATIVE. A recommendation, or no decision at all.
    assert _offices(_CO_CHAIRS.format(lead=lead, second="受害者援助委员会")) == set()


def test_co_chairs_of_each_committee_without_every_label_are_no_office():
    # CONSTRUCTED, NEGATIVE. A line without its committee: which committee is
    # not said, and co-chairs without one would read as the meeting's.
    text = _CO_CHAIRS.format(lead="会议决定，", second="").replace(" ：智利", " 智利")
    assert _offices(text) == set()


def test_the_chairs_of_the_committees_the_meeting_set_up():
    # CONSTRUCTED. 「会议设立了全体委员会和起草委员会。全体委员会由…主持；起草委员会由…主持。」
    text = ("会议设立了全体委员会和起草委员会。全体委员会由副主席之一、新西兰的艾玛·卡特赖特女士主持；"
            "起草委员会由意大利的马尔科·费拉里先生主持。")
    assert _offices(text) == {("person/艾玛.卡特赖特", "Chair", "state/NZL", "全体委员会"),
                              ("person/马尔科.费拉里", "Chair", "state/ITA", "起草委员会")}
    assert _offices("会议设立了全体委员会。全体委员会由新西兰和意大利共同主持。") == {
        ("state/NZL", "CoChair", None, "全体委员会"), ("state/ITA", "CoChair", None, "全体委员会")}


@pytest.mark.parametrize("text", [
    "全体委员会由新西兰的艾玛·卡特赖特女士主持。",  # no committee set up in the paragraph
    "会议设立了全体委员会。全体委员会将由新西兰的艾玛·卡特赖特女士主持。",  # to come
    "会议设立了全体委员会。起草委员会由新西兰的艾玛·卡特赖特女士主持。",  # not the body set up
    "全体委员会由新西兰和意大利共同主持。",  # a body's co-chairs are not the meeting's
])
def test_a_committee_chair_without_the_committee_set_up_gives_no_office(text):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(text) == set()


def test_a_state_asked_to_go_on_serving():
    # CONSTRUCTED. 「请德国继续担任普遍加入问题协调员」: 「继续」 is not part of the holder.
    assert _offices("会议还请德国继续担任普遍加入问题协调员。") == {("state/DEU", "Coordinator", None, "普遍加入问题")}


# ----- plenary days ------------------------------------------------------------------

_HELD = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行，"
         "其间共举行了 4 次全体会议。\n\n2. ")


def _plenary_days(text: str) -> set[tuple]:
    _, dates = _facts(_HELD + text + FOOT, "date")
    return {(d["subject"], d["value"]) for d in dates if "/plenary/" in d["subject"]}


@pytest.mark.parametrize("text", ["3 月 3 日上午，会议举行第 1 次全体会议。", "3 月 3 日上午，会议举行了第一次全体会议。",
                                  "第 1 次全体会议于 3 月 3 日上午开幕。", "3 月 3 日(星期一)，审议会议举行第 1 次全体会议。"])
def test_a_plenary_held_or_opened_on_a_day(text):
    # CONSTRUCTED. The day first, then 「会议举行第 N 次全体会议」; or the plenary
    # 「于…开幕」.
    assert _plenary_days(text) == {("meeting/tpnw-msp-3/plenary/1", "2025-03-03")}


@pytest.mark.parametrize("text", ["3 月 3 日上午，委员会举行第 1 次会议。", "3 月 3 日上午，工作组举行了第 1 次全体会议。",
                                  "3 月 3 日上午，会议讨论了议程。第 1 次全体会议随后举行。"])
def test_another_bodys_sitting_or_a_day_of_another_sentence_dates_no_plenary(text):
    # CONSTRUCTED, NEGATIVE.
    assert _plenary_days(text) == set()


_CALLED = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。"
           "{held}\n\n2. 第 1 次会议于 3 月 3 日上午开幕。主席宣布会议开幕。" + FOOT)


def test_sittings_called_meetings_counted_as_held_during_the_meeting():
    # CONSTRUCTED. 「会议期间共举行了三次会议」: the meeting's sittings are called
    # 「会议」; the first opened on a day.
    _, dates = _facts(_CALLED.format(held="会议期间共举行了三次会议。"), "date")
    assert {(d["subject"], d["value"]) for d in dates if "/plenary/" in d["subject"]} == {
        ("meeting/tpnw-msp-3/plenary/1", "2025-03-03")}


@pytest.mark.parametrize("held", ["", "全权证书委员会会议期间共举行了三次会议。"])
def test_without_the_meetings_own_count_a_sitting_called_meeting_is_no_plenary(held):
    # CONSTRUCTED, NEGATIVE. No count, or another body's.
    ctx, _ = _facts(_CALLED.format(held=held), "date")
    assert not [r for r in ctx.entities if "/plenary/" in r.key]


# ----- adoptions ---------------------------------------------------------------------

_P2 = "在第 2 次全体会议上，主席介绍了关于缔约国第四次会议日期的决定草案(TPNW/MSP/2025/L.1)。"


def test_that_draft_about_another_meeting_and_the_decision_it_became_in_parentheses():
    # CONSTRUCTED. A draft about the next meeting's dates is still the draft the
    # next sentence adopts; 「(第 1 号决定)」 is the decision it became.
    p, d = "meeting/tpnw-msp-3/plenary/2", "meeting/tpnw-msp-3/decision/1"
    assert _adopted(_P2 + "会议未经表决通过了该决定草案(第 1 号决定)。") == {(p, "document/TPNW/MSP/2025/L.1"), (p, d)}
    assert _adopted(_P2 + "会议以协商一致方式通过了该决定草案。") == {(p, "document/TPNW/MSP/2025/L.1")}


@pytest.mark.parametrize("text", [
    "在第 2 次全体会议上，主席介绍了第二次会议的报告(TPNW/MSP/2024/4)。会议通过了该报告。",  # another meeting's report
    _P2 + "会议通过了该决定草案(见附件二)。",  # a parenthesis that is no decision
    _P2 + "会议推迟审议该决定草案。",
])
def test_that_draft_of_another_meeting_or_not_adopted(text):
    # CONSTRUCTED, NEGATIVE.
    assert not {item for _, item in _adopted(text)} & {"document/TPNW/MSP/2025/L.1", "document/TPNW/MSP/2024/4",
                                                       "meeting/tpnw-msp-3/decision/1"}


def test_the_final_report_amended_orally_is_this_report():
    # CONSTRUCTED. 「…所载的最后报告草稿，经口头修正，即本报告」.
    text = "在第 9 次全体会议上，会议通过了 TPNW/MSP/2025/CRP.1 所载的最后报告草稿，经口头修正，即本报告。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/9", "document/TPNW/MSP/2025/6")}
    other = "在第 9 次全体会议上，会议通过了 TPNW/MSP/2025/CRP.1 所载的全权证书委员会的报告，经口头修正，即本报告。"
    assert ("meeting/tpnw-msp-3/plenary/9", "document/TPNW/MSP/2025/6") not in _adopted(other)


def test_texts_named_by_their_titles_then_their_symbols():
    # CONSTRUCTED. 「通过了《T1》(X)和《T2》(Y)」: the documents so titled.
    text = ("在第 9 次全体会议上，会议以协商一致方式通过了《2025–2029 年维也纳行动计划》(TPNW/MSP/2025/WP.2)"
            "和《维也纳宣言：共同致力于实现无核武器世界》(TPNW/MSP/2025/WP.3)。")
    p = "meeting/tpnw-msp-3/plenary/9"
    assert _adopted(text) == {(p, "document/TPNW/MSP/2025/WP.2"), (p, "document/TPNW/MSP/2025/WP.3")}


@pytest.mark.parametrize("obj", ["关于《维也纳行动计划》(TPNW/MSP/2025/WP.2)的决定", "关于议事规则(TPNW/MSP/2025/2)的决定",
                                 "议事规则(TPNW/MSP/2025/2)的修正案", "对议事规则(TPNW/MSP/2025/2)的修正",
                                 "决定草案 TPNW/MSP/2025/L.2 的修正案"])
def test_something_of_a_document_or_about_it_is_not_the_document(obj):
    # CONSTRUCTED, NEGATIVE. 「的」 after the symbol: the noun adopted is another.
    found = {item for _, item in _adopted(f"在第 9 次全体会议上，会议通过了{obj}。")}
    assert not {i for i in found if i.startswith("document/")}


# ----- speakers ----------------------------------------------------------------------


def test_a_speaker_with_a_function_then_from_a_state():
    # CONSTRUCTED. 「人权事务委员会主席、来自毛里求斯的X先生作了发言」: a Speaker of that State.
    text = "在第 1 次全体会议上，人权事务委员会主席、来自毛里求斯的让-克洛德·普拉萨德先生作了发言。"
    ctx, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    assert {(f["participant"], f["role"]) for f in found} == {("person/让%2D克洛德.普拉萨德", "Speaker")}
    nationality = {(n["subject"], n["value"]) for n in _facts(TPNW + "1. " + text + FOOT, "nationality")[1]}
    assert nationality == {("person/让%2D克洛德.普拉萨德", "state/MUS")}


def test_a_speaker_from_an_organization_has_no_state():
    # CONSTRUCTED, NEGATIVE. 「来自国际红十字委员会的X」: no State.
    text = "在第 1 次全体会议上，人权事务委员会主席、来自国际红十字委员会的让-克洛德·普拉萨德先生作了发言。"
    assert _facts(TPNW + "1. " + text + FOOT, "nationality")[1] == []


# ----- a review of the rules above: sentences that broke them, now negative tests ------


@pytest.mark.parametrize("instrument", ["第二修正案", "两项任择议定书", "各项任择议定书", "第 8 条的修正", "第 8 条和第 9 条修正案",
                                        "第二议定书", "关于核查的议定书", "所附议定书", "《任择议定书》", "的修订"])
def test_more_ways_to_name_an_instrument_of_the_treaty(instrument):
    # CONSTRUCTED, NEGATIVE.
    for verb in ("加入了", "批准了", "签署了"):
        assert _treaty_actions(f"此外，冈比亚于 2025 年 11 月 6 日{verb}《条约》{instrument}。") == set()


def test_an_amended_protocol_of_another_treaty_is_not_that_treaty():
    # CONSTRUCTED, NEGATIVE. 「《特定常规武器公约》经修正的第二号议定书」.
    assert _treaty_actions("此外，冈比亚于 2025 年 11 月 6 日加入了《特定常规武器公约》经修正的第二号议定书。") == set()


@pytest.mark.parametrize("text", ["冈比亚交存了加入书，加入了《条约》第二项任择议定书。",
                                  "冈比亚交存了批准书，成为《条约》第二项任择议定书的缔约国。"])
def test_an_instrument_deposited_for_a_protocol_is_not_for_the_treaty(text):
    # CONSTRUCTED, NEGATIVE. The deposit names no treaty; the sentence's title is
    # followed by one of its protocols.
    assert _treaty_actions(text) == set()


def test_an_instrument_deposited_for_the_treaty_is_still_read():
    # CONSTRUCTED, the positive control.
    assert _treaty_actions("冈比亚于 2025 年 11 月 6 日交存了批准书，成为《条约》的缔约国。") == {
        ("state/GMB", "Ratification", "treaty/tpnw")}


def _annexed(body: str, annex: str) -> tuple[set, list]:
    text = TPNW + "1. " + body + FOOT + "\n" + annex + "\n"
    return decision_titles(text), [t["subject"] for t in _facts(text, "decisionType")[1]]


@pytest.mark.parametrize("note", ["（宣言案文以 TPNW/MSP/2025/WP.3 号文件印发，此处不再转载。）", "(原件：英文)",
                                  "[原件：英文]*", "[宣言案文见 WP.3 号文件][原件：英文]"])
def test_notes_in_other_brackets_are_not_titles(note):
    # CONSTRUCTED. Parentheses, an asterisk, two brackets on one line.
    titles, _ = _annexed("会议通过了《维也纳宣言》。", f" 附件二 \n\n  维也纳宣言：共同致力于实现无核武器世界 \n\n {note} ")
    assert titles == {("meeting/tpnw-msp-3/decision/declaration", "维也纳宣言：共同致力于实现无核武器世界")}


def test_the_text_after_a_note_is_not_the_title():
    # CONSTRUCTED. 「维也纳宣言 ⏎ [原件：英文] ⏎ 我们，缔约国……」: the title is the line before the note.
    titles, _ = _annexed("会议通过了《维也纳宣言》。", " 附件二 \n\n  维也纳宣言 \n\n [原件：英文] \n\n 我们，缔约国，重申《条约》的重要性。 ")
    assert titles == {("meeting/tpnw-msp-3/decision/declaration", "维也纳宣言")}


@pytest.mark.parametrize("body, heading", [("会议注意到主席的说明。", "关于宣言草案的主席说明"),
                                           ("会议注意到主席的报告。", "关于政治宣言的非正式协商情况"),
                                           ("会议未能就宣言草案达成共识。", "宣言草案")])
def test_an_annex_about_a_declaration_is_no_declaration(body, heading):
    # CONSTRUCTED, NEGATIVE. A note, then a heading that only mentions 宣言.
    titles, types = _annexed(body, f" 附件二 \n\n [原件：英文] \n\n  {heading} \n\n 1. 主席就宣言草案进行了磋商。 ")
    assert titles == set() and types == []


@pytest.mark.parametrize("lead", ["全权证书委员会举行了第一次会议，并选出了两名副主席。当选者为：",
                                  "在全体委员会第 1 次会议上，选出了两名副主席。当选者为：",
                                  "全权证书委员会举行了第一次会议，并选出了两名副主席："])
def test_a_counted_election_by_a_body_named_earlier_in_the_sentence_is_not_the_meetings(lead):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(lead + "格鲁吉亚和爱尔兰。") == set()


def test_a_charge_daffaires_holds_the_office_for_the_state_and_the_secretary_for_none():
    # CONSTRUCTED. 「约旦常驻联合国代表团临时代办X」: the name without 团临时代办, for Jordan;
    # a meeting's secretary-general serves the meeting, not the mission's State.
    assert _offices("在同次会议上，约旦常驻联合国代表团临时代办奥马尔·贾拉勒先生当选为会议主席。") == {
        ("person/奥马尔.贾拉勒", "President", "state/JOR", None)}
    assert _offices("会议确认任命约旦常驻联合国代表奥马尔·贾拉勒大使为会议秘书长。") == {
        ("person/奥马尔.贾拉勒", "SecretaryGeneral", None, None)}


@pytest.mark.parametrize("old, new", [("第五条执行情况委员会", "非洲国家"), ("第五条执行情况委员会", "2025–2026 年")])
def test_co_chairs_under_labels_that_are_no_committee_are_no_office(old, new):
    # CONSTRUCTED, NEGATIVE.
    text = _CO_CHAIRS.format(lead="会议决定，", second="受害者援助委员会").replace(old, new)
    assert _offices(text) == set()


def test_an_item_mark_before_a_committee_label_is_not_part_of_its_name():
    text = _CO_CHAIRS.format(lead="会议决定，", second="(b) 受害者援助委员会").replace(" 第五条", " (a) 第五条")
    assert {body for *_, body in _offices(text)} == {"第五条执行情况委员会", "受害者援助委员会"}


@pytest.mark.parametrize("lead", ["会议无法决定，", "会议决定推迟审议由下列缔约国担任各委员会的共同主席一事。会议注意到，",
                                  "会议注意到，根据第 1 号决定，", "主席团决定，", "会议注意到协调委员会的决定，"])
def test_co_chairs_decided_by_someone_else_or_not_decided_are_no_office(lead):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(_CO_CHAIRS.format(lead=lead, second="受害者援助委员会")) == set()


def test_co_chairs_of_a_body_named_by_an_anaphor_or_listed_under_its_line_are_no_meeting_office():
    # CONSTRUCTED, NEGATIVE. 「该工作组」; a committee on its own line, then 「共同主席：A和B」.
    assert _offices("会议决定设立一个工作组，由下列缔约国担任该工作组的共同主席：泰国和瑞士。") == set()
    text = "会议决定了各委员会的组成：\n\n 第五条执行情况委员会 \n\n 共同主席：泰国和瑞士 \n\n2. 会议注意到秘书处的说明。"
    assert _offices(text) == set()


@pytest.mark.parametrize("text", [
    "第二次会议设立了全体委员会。全体委员会由新西兰的艾玛·卡特赖特女士主持。",
    "会议回顾，第二次会议设立了全体委员会。全体委员会由新西兰的艾玛·卡特赖特女士主持。",
    "会议决定在第四次会议上设立全体委员会。全体委员会由新西兰的艾玛·卡特赖特女士主持。",
    "秘书处设立了一个咨询小组。咨询小组由新西兰的艾玛·卡特赖特女士主持。",
    "会议设立了全体委员会和起草委员会。全体委员会和起草委员会分别由新西兰和意大利主持。",
    "会议设立了全体委员会。全体委员会由新西兰的艾玛·卡特赖特女士和意大利的马尔科·费拉里先生轮流主持。",
    "会议设立了全体委员会。全体委员会由新西兰的艾玛·卡特赖特女士临时主持。",
])
def test_a_committee_set_up_by_another_or_chaired_in_turn_or_for_a_while(text):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(text) == set()


@pytest.mark.parametrize("subject", ["会议设立了全体委员会，", "全权证书委员会会议", "全体委员会(见第 12 段)", "全体委员会随后",
                                     "起草小组的工作", "主席之友"])
def test_co_chairs_of_something_else_are_not_the_meetings(subject):
    # CONSTRUCTED, NEGATIVE. Only the meeting, or a part of it, is co-chaired here.
    assert not {o for o in _offices(f"{subject}由奥地利和墨西哥共同主持。") if o[3] is None}


@pytest.mark.parametrize("part", ["非正式磋商", "圆桌讨论", "高级别部分"])
def test_co_chairs_of_a_part_of_the_meeting_carry_that_part(part):
    # CONSTRUCTED. 「非正式磋商由A和B共同主持」: co-chairs of the consultations.
    assert _offices(f"{part}由奥地利和墨西哥共同主持。") == {("state/AUT", "CoChair", None, part),
                                                         ("state/MEX", "CoChair", None, part)}


@pytest.mark.parametrize("text", ["3 月 4 日上午，会议举行第 1 次全体会议的计划被取消。",
                                  "第 1 次全体会议于 3 月 4 日上午开幕的计划被推迟。",
                                  "3 月 5 日上午，会议举行了第 1 次全体会议续会。",
                                  "3 月 5 日上午，会议举行了第 1 次全体会议的第二部分。"])
def test_a_sitting_cancelled_postponed_or_resumed_is_not_dated_by_that_day(text):
    # CONSTRUCTED, NEGATIVE.
    assert _plenary_days(text) == set()


@pytest.mark.parametrize("event", ["非正式会议于 3 月 4 日至 5 日举行。", "核裁军问题高级别会议于 3 月 4 日举行。",
                                   "会议期间举行了一次部长级会议。"])
def test_after_another_events_meetings_a_sitting_called_meeting_is_not_dated(event):
    # CONSTRUCTED, NEGATIVE. The paragraph before names another event's meetings.
    text = _CALLED.format(held="会议期间共举行了三次会议。").replace("\n\n2. 第 1 次会议", f"\n\n2. {event}\n\n3. 第 1 次会议")
    _, dates = _facts(text, "date")
    assert not [d for d in dates if "/plenary/" in d["subject"]]


@pytest.mark.parametrize("manner", ["未经修正", "不经修改", "经口头订正后"])
def test_a_passive_adoption_said_with_or_without_amendment(manner):
    # CONSTRUCTED. 「秘书长编写的临时议程(X)未经修正获得通过」.
    text = f"在第 1 次全体会议上，秘书长编写的临时议程(TPNW/MSP/2025/1){manner}获得通过。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/1", "document/TPNW/MSP/2025/1")}


def test_a_passive_adoption_that_failed_is_none():
    # CONSTRUCTED, NEGATIVE.
    assert _adopted("在第 1 次全体会议上，秘书长编写的临时议程(TPNW/MSP/2025/1)未经修正未获通过。") == set()
