"""Officers who are not the reported meeting's: the previous meeting's
president opening the session (「上届会议主席X宣布会议开幕」), a former,
outgoing or designate officer, and an election still to come (「会议将在下次
会议上选举…」). Each text is CONSTRUCTED for its test in the style of UN
Chinese reports (written by hand; not UN documents), with the facts expected
written by hand. Most are negative: the readings the rules must not give."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

_SECOND = "缔约国第二次会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。"


def _offices(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "office")
    return {(f["holder"], f["role"], f["meeting"]) for f in found}


def _chaired(text: str) -> set[tuple]:
    return {(c["person"], c["meeting"]) for c in _facts(TPNW + "1. " + text + FOOT, "chaired")[1]}


@pytest.mark.parametrize("before", ["上届会议", "上次会议", "上一届会议"])
def test_the_previous_meetings_president_opening_the_session_is_not_this_ones(before):
    # CONSTRUCTED, NEGATIVE. The president of the session before opens this
    # one; without that meeting named in the report, nothing is emitted.
    text = f"{before}主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
    assert _offices(text) == set()
    assert _chaired(text) == set()


def test_the_previous_meetings_president_is_of_that_meeting_when_the_report_names_it():
    # CONSTRUCTED. The report names the second meeting: the office is its.
    text = _SECOND + "上次会议主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
    assert _offices(text) == {("person/胡安.卡洛斯.佩雷斯", "President", "meeting/tpnw-msp-2")}
    assert ("person/胡安.卡洛斯.佩雷斯", "meeting/tpnw-msp-3") not in _chaired(text)


@pytest.mark.parametrize("title", ["前任主席", "即将离任的主席", "卸任主席", "离任主席", "候任主席", "代理主席"])
def test_a_former_outgoing_designate_or_acting_president_is_no_office_of_the_meeting(title):
    # CONSTRUCTED, NEGATIVE. Written with the office before the name, and in
    # apposition with the State before the name.
    assert _offices(f"{title}胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。") == set()
    assert _offices(f"{title}、墨西哥的胡安·卡洛斯·佩雷斯大使宣布会议开幕。") == set()


def test_this_meetings_president_named_with_the_office_is_still_read():
    # CONSTRUCTED, the positive control of the tests above.
    for before in ("会议", "本次会议"):
        text = f"{before}主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
        assert _offices(text) == {("person/胡安.卡洛斯.佩雷斯", "President", "meeting/tpnw-msp-3")}, before
        assert _chaired(text) == {("person/胡安.卡洛斯.佩雷斯", "meeting/tpnw-msp-3")}, before


@pytest.mark.parametrize("plan", ["会议将在下次会议上选举", "会议预计于 12 月选举", "会议即将选举", "会议计划在闭幕前选举"])
def test_an_election_still_to_come_gives_no_office(plan):
    # CONSTRUCTED, NEGATIVE. The report says the meeting will elect: no one
    # holds the office yet.
    assert _offices(f"{plan}约翰·史密斯先生(波兰)为副主席。") == set()


def test_an_election_held_on_a_day_or_at_once_is_read():
    # CONSTRUCTED, the positive control: 「于 12 月 3 日」 and 「随即」 are no plans,
    # and a decision's 「将任命」 appoints.
    for verb in ("会议于 12 月 3 日选举", "会议随即选举"):
        assert _offices(f"{verb}约翰·史密斯先生(波兰)为副主席。") == {
            ("person/约翰.史密斯", "VicePresident", "meeting/tpnw-msp-3")}, verb
    assert _offices("会议决定，将任命墨西哥为性别平等问题协调人。") == {
        ("state/MEX", "Coordinator", "meeting/tpnw-msp-3")}


def test_a_plenary_dated_at_the_head_of_its_sentence_in_a_long_paragraph():
    # CONSTRUCTED. A long paragraph of undated plenaries, then a sentence that
    # opens with its day: only that plenary is dated, by its own sentence.
    filler = "在第 3 次和第 4 次全体会议上，代表们发言。" * 60
    text = TPNW + "1. 缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。" + filler \
        + "2025 年 3 月 6 日，在第 5 次全体会议上，会议通过了议程。" + FOOT
    ctx, _ = _facts(text, "x")
    dates = {str(f.args[0][1]): str(f.args[1][1]) for f in ctx.facts if f.kind == "date"}
    plenary_dates = {k: v for k, v in dates.items() if "plenary" in k}
    assert plenary_dates == {"meeting/tpnw-msp-3/plenary/5": "2025-03-06"}


# Speakers named in running text, and nationalities in election results.

def _speakers(text: str) -> set[str]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    return {f["participant"] for f in found if f["role"] == "Speaker"}


def _nationalities(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "nationality")
    return {(f["subject"], f["value"]) for f in found}


def test_two_speakers_after_a_frame_making_the_opening_statements():
    # CONSTRUCTED. The plenary opens the sentence; two officials, each a
    # function and a name, joined by 和 (the function itself holds a 和).
    text = ("在第 1 次全体会议上，秘鲁环境和自然资源部副部长卡洛斯·门多萨·里奥斯先生和"
            "公约秘书处执行秘书安妮·马丁·迪布瓦女士致开幕词。")
    assert _speakers(text) == {"person/卡洛斯.门多萨.里奥斯", "person/安妮.马丁.迪布瓦"}


def test_a_speaker_opening_the_meeting_on_behalf_of_the_secretary_general_after_a_date():
    # CONSTRUCTED. 「6 月 16 日上午，」 frames the clause; the words after the
    # comma that follows the verb are not read.
    held = "禁止核武器条约缔约国第三次会议于 2025 年 6 月 16 日至 20 日在纽约举行。"
    text = ("6 月 16 日上午，裁军事务厅副主任玛尔塔·洛佩斯·维加女士代表秘书长宣布会议开幕并致开幕词，"
            "是为第 1 次会议。")
    assert _speakers(held + text) == {"person/玛尔塔.洛佩斯.维加"}
    # A day outside the meeting's days, or a meeting whose days are not known: no one.
    assert _speakers(held + text.replace("6 月 16 日", "5 月 16 日")) == set()
    assert _speakers(text) == set()


def test_a_speaker_with_the_state_in_parentheses_then_more_words():
    # CONSTRUCTED. 「(国)随后发言，介绍了…」: the State is the person's.
    text = "委员会主席安娜·平托·费雷拉女士(葡萄牙)随后发言，介绍了委员会的工作。"
    assert _speakers(text) == {"person/安娜.平托.费雷拉"}
    assert ("person/安娜.平托.费雷拉", "state/PRT") in _nationalities(text)
    # A name with its State and nothing before it, speaking for a group.
    assert _speakers("约翰·史密斯先生(加拿大)代表欧洲联盟发言。") == {"person/约翰.史密斯"}
    # Neither function nor State, but the whole clause head is the name with its honorific:
    # where the name begins is sure (families_16 reads it).
    assert _speakers("约翰·史密斯先生代表欧洲联盟发言。") == {"person/约翰.史密斯"}


@pytest.mark.parametrize("text", [
    "在第 2 次全体会议上，墨西哥代表发言。",  # no one named
    "在第 2 次全体会议上，主席和约翰·史密斯先生(加拿大)发言。",  # 「主席和约翰…」 is no one name
    "约翰·史密斯先生(乌有国)发言。",  # a State that is not one
    "在第 2 次全体会议上，会议决定请约翰·史密斯先生(加拿大)在下次会议上发言。",
])
def test_clauses_that_name_no_speaker(text):
    # CONSTRUCTED, NEGATIVE.
    assert _speakers(text) == set()


def test_nationality_in_an_election_result_with_the_votes():
    # CONSTRUCTED. 「姓名(国家，N 票)」: the parenthesis holds the State and the votes.
    text = ("下列 3 名候选人获得所需多数票并当选： 玛丽亚·索萨·恩迪亚耶(塞内加尔，124 票)  "
            "林雅惠(新加坡，127 票)  伊娃-玛丽亚·霍夫曼(德国, 96票) ")
    assert _nationalities(text) == {("person/玛丽亚.索萨.恩迪亚耶", "state/SEN"), ("person/林雅惠", "state/SGP"),
                                     ("person/伊娃%2D玛丽亚.霍夫曼", "state/DEU")}
    # Other words in the parenthesis are no State.
    assert _nationalities("约翰·史密斯(德国，观察员)发言。") == set()


def test_nationality_of_a_nominee_named_after_the_office():
    # CONSTRUCTED. 「副主席人选X(国)」, 「主席候选人X(国)」: the State is still the person's;
    # the office is not (a nominee who withdrew holds none).
    text = "原由东欧国家集团提名的副主席人选达维特·贝里泽先生(格鲁吉亚)已于会前退出。"
    assert _nationalities(text) == {("person/达维特.贝里泽", "state/GEO")}
    assert _offices(text) == set()


# A report whose sittings are called 「会议」 (the Convention against Torture's
# States parties): the cover's place before its dates, officers elected by a
# stated number, sittings held on a day, and a paragraph that goes on from one.

_CAT_HEAD = ("   禁止核武器条约缔约国会议 \n\n第三次会议 \n\n纽约，2025 年 3 月 3 日至 7 日 \n\n \n\n"
             " 禁止核武器条约缔约国第三次会议的报告 \n\n")


def _cat(body: str, kind: str):
    return _facts(_CAT_HEAD + body + FOOT, kind, "TPNW/MSP/2025/6")


def test_the_cover_line_with_the_place_before_the_dates():
    # CONSTRUCTED. 「纽约，2025 年 3 月 3 日至 7 日」 on the cover.
    ctx, starts = _cat("1. 会议在纽约举行。", "startDate")
    assert [s["value"] for s in starts] == ["2025-03-03"]
    assert [e["value"] for e in _cat("1. 会议在纽约举行。", "endDate")[1]] == ["2025-03-07"]


def test_officers_elected_by_a_stated_number_and_the_number_checked():
    # CONSTRUCTED. 「选出三名副主席：A、B和C」; a number that does not match gives none.
    three = ("1. 在第 1 次会议上，会议以鼓掌方式选出三名副主席：阿丽亚娜·莫雷诺女士(乌拉圭)、"
             "托马什·诺瓦克先生(捷克)和汉斯-彼得·林德纳先生(奥地利)。")
    ctx, offices = _cat(three, "office")
    assert {(o["holder"], o["onBehalfOf"]) for o in offices if o["role"] == "VicePresident"} == {
        ("person/阿丽亚娜.莫雷诺", "state/URY"), ("person/托马什.诺瓦克", "state/CZE"),
        ("person/汉斯%2D彼得.林德纳", "state/AUT")}
    assert [(c.stated, c.extracted) for c in ctx.counts if c.what.startswith("officers")] == [(3, 3)]
    ctx, offices = _cat(three.replace("三名", "两名"), "office")
    assert [o for o in offices if o["role"] == "VicePresident"] == []
    assert [(c.stated, c.extracted) for c in ctx.counts if c.what.startswith("officers")] == [(2, 3)]


def _plenary_dates(body: str) -> dict[str, str]:
    ctx, dates = _cat(body, "date")
    return {d["subject"]: d["value"] for d in dates if "/plenary/" in d["subject"]}


_HELD_SIX = "1. 会议于 2025 年 3 月 3 日在纽约开幕，3 月 7 日闭幕，其间共举行了 6 次会议。\n\n"


def test_a_sitting_called_a_meeting_held_on_a_day():
    # CONSTRUCTED. The report says the meeting held six 「会议」; then
    # 「第 1 次会议于 3 月 3 日上午举行」, opening its paragraph or sentence, is one.
    assert _plenary_dates(_HELD_SIX + "2. 第 1 次会议于 3 月 3 日上午举行，由主席宣布开幕。") == {
        "meeting/tpnw-msp-3/plenary/1": "2025-03-03"}
    assert _plenary_dates(_HELD_SIX + "2. 会议开幕。第 2 次会议于 3 月 4 日举行。") == {
        "meeting/tpnw-msp-3/plenary/2": "2025-03-04"}


@pytest.mark.parametrize("body", [
    "2. 第 1 次会议于 3 月 3 日上午举行。",  # the report does not say its sittings are 「会议」
    _HELD_SIX + "2. 会议决定，第 5 次会议于 3 月 6 日举行。",  # a decision about a sitting, inside its sentence
    _HELD_SIX + "2. 缔约国第 1 次会议于 3 月 3 日上午举行。",  # a meeting of the series, not a sitting
    _HELD_SIX + "2. 第 1 次会议于 2024 年 3 月 3 日举行。",  # not within the reported meeting's days
    _HELD_SIX + "2. 全权证书委员会举行了两次会议。第 1 次会议于 3 月 4 日举行。",  # another body's
    "1. 全权证书委员会于 2025 年 3 月 3 日开幕，其间共举行了 2 次会议。第 1 次会议于 3 月 4 日举行。",
])
def test_sittings_held_on_a_day_not_read(body):
    # CONSTRUCTED, NEGATIVE.
    assert _plenary_dates(body) == {}


# ----- from the review of the speakers and offices rules (each CONSTRUCTED) -----

@pytest.mark.parametrize("text", [
    "在上届会议上，墨西哥的胡安·佩雷斯发言。",  # another meeting's frame
    "在第二次会议上，奥地利的亚历山大·克门特发言。",  # the series' second meeting
    "在筹备会议上，墨西哥的胡安·佩雷斯发言。",
    "在会外活动中，红十字国际委员会主席米尔亚娜·斯波利亚里奇发言。",
    "在该次会议上，墨西哥的胡安·佩雷斯发言。",  # which meeting 「该次」 is, is not read
    "2024 年 3 月 5 日，墨西哥的胡安·佩雷斯发言。",  # a day the meeting's days are not known to hold
    "在第 1 次全体会议上，墨西哥的胡安·佩雷斯将发言。",
    "在第 1 次全体会议上，墨西哥的胡安·佩雷斯要求发言。",
    "在第 1 次全体会议上，墨西哥外交部长胡安·佩雷斯原定致开幕词，但因故未能出席。",
    "在第 1 次全体会议上，墨西哥外交部长胡安·佩雷斯未能致开幕词。",
    "在第 1 次全体会议上，主席邀请秘书处代表约翰·史密斯发言。",
    "在第 1 次全体会议上，会议欢迎墨西哥外交部长胡安·佩雷斯致辞。",
])
def test_frames_and_verbs_that_name_no_speaker_of_the_meeting(text):
    # CONSTRUCTED, NEGATIVE.
    assert _speakers(text) == set()


def test_adverbs_before_the_verb_are_not_part_of_the_name():
    # CONSTRUCTED. 「相继」, 「等」, 「通过视频」, 「作了主旨发言」.
    assert _speakers("在第 1 次全体会议上，奥地利的亚历山大·克门特和爱尔兰的迈克尔·加夫尼相继发言。") == {
        "person/亚历山大.克门特", "person/迈克尔.加夫尼"}
    assert _speakers("联合国秘书长安东尼奥·古特雷斯通过视频发言。") == {"person/安东尼奥.古特雷斯"}
    assert _speakers("裁军事务高级代表伊泽姆·纳卡米茨作了主旨发言。") == {"person/伊泽姆.纳卡米茨"}
    # and a name before 「将/未/要求」 keeps its State, not the word
    assert _nationalities("在第 1 次全体会议上，墨西哥的胡安·佩雷斯将发言。") == {("person/胡安.佩雷斯", "state/MEX")}


def test_speakers_listed_with_the_enumeration_comma():
    # CONSTRUCTED. Each keeps its own function and organization.
    text = ("在开幕式上，联合国秘书长安东尼奥·古特雷斯、红十字国际委员会主席米尔亚娜·斯波利亚里奇和"
            "国际废除核武器运动执行主任梅丽莎·帕克发言。")
    ctx, found = _facts(TPNW + "1. " + text + FOOT, "function")
    assert {(f["subject"], f["value"]) for f in found} == {
        ("person/安东尼奥.古特雷斯", "联合国秘书长"), ("person/米尔亚娜.斯波利亚里奇", "红十字国际委员会主席"),
        ("person/梅丽莎.帕克", "国际废除核武器运动执行主任")}


def test_a_head_of_delegation_and_a_name_with_a_parenthesis_of_behalf():
    # CONSTRUCTED. 「代表团团长」 is a function, not 「代表」 then a name; 「(代表…)」 is no part of a name.
    ctx, found = _facts(TPNW + "1. 在第 1 次全体会议上，墨西哥代表团团长胡安·佩雷斯大使发言。" + FOOT, "function")
    assert {(f["subject"], f["value"]) for f in found} == {("person/胡安.佩雷斯", "墨西哥代表团团长")}
    assert all("(" not in n[0] for n in _nationalities("在第 1 次全体会议上，巴西的胡安·佩雷斯(代表南方共同市场)发言。"))


def test_the_assemblys_president_is_not_read_as_the_general_assemblys():
    # CONSTRUCTED. 「大会」 alone may be the conference itself: no affiliation.
    ctx, found = _facts(TPNW + "1. 大会主席阿莉娜·德拉克鲁斯(墨西哥)发言。" + FOOT, "affiliation")
    assert found == []


def test_an_officer_named_in_a_sentence_about_another_meeting_is_not_this_ones():
    # CONSTRUCTED, NEGATIVE. 「在…举行的第二次会议上，主席X(国)致闭幕词」.
    text = "在 2024 年 11 月 25 日举行的第二次会议上，主席胡安·佩雷斯(墨西哥)致闭幕词。"
    assert _offices(text) == set()
    assert _chaired(text) == set()
    # 「会议秘书长X发言」: the verb is not part of the name
    assert _offices("在第 1 次全体会议上，秘书处代表、会议秘书长胡安·佩雷斯发言。") == {
        ("person/胡安.佩雷斯", "SecretaryGeneral", "meeting/tpnw-msp-3")}


@pytest.mark.parametrize("text", [
    "会议同意，第四次会议将选举汉斯·穆勒(德国)为主席。",
    "会议决定将在第四次会议上选举汉斯·穆勒(德国)为副主席。",
    "会议商定在续会上选举汉斯·穆勒(德国)为副主席。",
    "会议将在定于 2026 年 11 月 30 日至 12 月 4 日在纽约举行的第四次会议上选举汉斯·穆勒(德国)为副主席。",
    "会议决定推迟选举汉斯·穆勒(德国)为副主席。",
    "会议应在续会上选举汉斯·穆勒(德国)为副主席。",
])
def test_more_elections_still_to_come(text):
    # CONSTRUCTED, NEGATIVE (found by review).
    assert _offices(text) == set()
    assert _chaired(text) == set()


def test_an_election_with_le_after_the_verb():
    # CONSTRUCTED. 「选举了X为」: 了 is no part of the name; 「在续会上…选举了」 was held.
    for text in ("会议选举了汉斯·穆勒(德国)为副主席。", "会议在续会上选举了汉斯·穆勒(德国)为副主席。"):
        assert _offices(text) == {("person/汉斯.穆勒", "VicePresident", "meeting/tpnw-msp-3")}, text


def test_a_plenary_dated_by_the_sentences_opening_day_not_after_another_day():
    # CONSTRUCTED. 「3 月 4 日，在第 2 次…，并于 5 日在第 3 次…」: the 3rd is not of the 4th.
    held = "禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。"
    ctx, dates = _facts(TPNW + "1. " + held + "3 月 4 日，在第 2 次全体会议上，会议通过了议程，"
                        "并于 5 日在第 3 次全体会议上通过了报告。" + FOOT, "date")
    assert {d["subject"]: d["value"] for d in dates if "/plenary/" in d["subject"]} == {
        "meeting/tpnw-msp-3/plenary/2": "2025-03-04"}


# ----- treaty actions: instruments 「交存的是」, 「其余三国」, a day for each State -----

def _treaty_actions(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "treaty-action")
    return {(f["state"], f["action"]) for f in found}


_NEW_PARTIES = "自上次会议以来，《条约》新增了五个缔约国：几内亚、利比里亚、中非共和国、萨摩亚和纽埃，"


def test_instruments_deposited_by_some_and_by_the_rest():
    # CONSTRUCTED. 「其中A和B交存的是批准书，其余三国交存的是加入书」: the rest are
    # the States listed after the colon that 「其中」 did not name.
    text = _NEW_PARTIES + "其中利比里亚和中非共和国交存的是批准书，其余三国交存的是加入书。"
    assert _treaty_actions(text) == {("state/LBR", "Ratification"), ("state/CAF", "Ratification"),
                                     ("state/GIN", "Accession"), ("state/WSM", "Accession"),
                                     ("state/NIU", "Accession")}


def test_the_rest_is_read_only_when_the_numbers_add_up():
    # CONSTRUCTED, NEGATIVE. 「其余两国」 of five less two: whom is not said.
    text = _NEW_PARTIES + "其中利比里亚和中非共和国交存的是批准书，其余两国交存的是加入书。"
    assert _treaty_actions(text) == {("state/LBR", "Ratification"), ("state/CAF", "Ratification")}


def test_signatures_each_with_its_day():
    # CONSTRUCTED. 「A于 D1、B于 D2 签署《条约》」.
    text = "帕劳于 2011 年 9 月 20 日、美利坚合众国于 1980 年 7 月 17 日签署《条约》，两国均尚未批准。"
    assert _treaty_actions(text) == {("state/PLW", "Signature"), ("state/USA", "Signature")}
    # an item that is no State still spoils the list
    assert _treaty_actions("帕劳于 2011 年 9 月 20 日、某实体于 1980 年 7 月 17 日签署《条约》。") == set()


# ----- sittings named 「在本届会议第 N 次会议上」 and held by a part of the meeting -----

_HELD_TPNW = "禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。"


def _dated(text: str) -> dict[str, str]:
    _, dates = _facts(TPNW + "1. " + _HELD_TPNW + text + FOOT, "date")
    return {d["subject"]: d["value"] for d in dates if "/plenary/" in d["subject"]}


def test_a_sitting_of_this_session_dated_by_the_sentences_opening():
    # CONSTRUCTED. 「3 月 3 日上午，X在本届会议第 1 次会议上宣布会议开幕」.
    assert _dated("3 月 3 日上午，第二次会议主席胡安·佩雷斯先生(墨西哥)在本届会议第 1 次会议上宣布会议开幕。") == {
        "meeting/tpnw-msp-3/plenary/1": "2025-03-03"}


def test_sittings_held_by_the_high_level_segment_on_two_days():
    # CONSTRUCTED. The days pair with the sittings in order.
    assert _dated("高级别部分于 3 月 5 日和 6 日在第 3 次和第 4 次会议上举行。") == {
        "meeting/tpnw-msp-3/plenary/3": "2025-03-05", "meeting/tpnw-msp-3/plenary/4": "2025-03-06"}


@pytest.mark.parametrize("text", [
    "全体委员会于 3 月 5 日和 6 日在第 3 次和第 4 次会议上审议了该项目。",  # a body's sittings
    "3 月 4 日，执行工作组在本次会议第 1 次会议上选举了主席。",
    "执行工作组在本届会议第 1 次会议上选举了主席。",
])
def test_a_bodys_sittings_are_not_the_meetings(text):
    # CONSTRUCTED, NEGATIVE.
    assert _dated(text) == {}


def test_co_chairs_the_president_asked_to_preside_over_consultations():
    # CONSTRUCTED. 「主席宣布，他已请A和B共同主持…磋商」: co-chairs of that part.
    text = ("在第 1 次全体会议上，主席宣布，他已请丹麦环境部长拉斯穆斯·霍尔姆先生和埃及环境部长努尔·哈桑女士"
            "共同主持关于资金问题的部长级磋商。")
    _, found = _facts(TPNW + "1. " + text + FOOT, "office")
    assert {(f["holder"], f["role"], f.get("body")) for f in found} == {
        ("person/拉斯穆斯.霍尔姆", "CoChair", "关于资金问题的部长级磋商"),
        ("person/努尔.哈桑", "CoChair", "关于资金问题的部长级磋商")}
    # one still to be asked is none
    assert _offices(text.replace("他已请", "他将请")) == set()


def test_two_sittings_each_with_its_day():
    # CONSTRUCTED. 「在 D1 第 1 次会议和 D2 上午第 2 次会议上」: each day its sitting's.
    for noun in ("会议", "全体会议"):
        assert _dated(f"在 3 月 3 日第 1 次{noun}和 3 月 4 日上午第 2 次{noun}上，会议进行了选举。") == {
            "meeting/tpnw-msp-3/plenary/1": "2025-03-03", "meeting/tpnw-msp-3/plenary/2": "2025-03-04"}, noun


@pytest.mark.parametrize("text", [
    "全权证书委员会在 3 月 3 日第 1 次会议和 3 月 4 日第 2 次会议上审查了全权证书。",  # a body's
    "主席团将在 3 月 6 日第 5 次会议和 3 月 7 日第 6 次会议上审议报告。",
    "在 3 月 1 日第 1 次会议和 3 月 3 日第 2 次会议上，会议选举了副主席。",  # one day before the meeting opened
])
def test_two_sittings_not_the_meetings(text):
    # CONSTRUCTED, NEGATIVE.
    assert _dated(text) == {}


# ----- from the review of the sittings, cover, election-list and treaty-action rules -----

@pytest.mark.parametrize("body", [
    _HELD_SIX + "2. 全权证书委员会举行了两次会议。\n\n3. 第 1 次会议于 3 月 4 日举行。",  # the paragraph before
    _HELD_SIX + "2. 全权证书委员会举行了两次会议，审查了全权证书。会议审查了全权证书。第 1 次会议于 3 月 4 日举行。",
    _HELD_SIX + "2. 附属机构举行了两次会议。第 1 次会议于 3 月 4 日举行。",
    _HELD_SIX + "2. 第 9 次会议于 3 月 6 日举行。",  # more than the six the report says
    "1. 会议期间，附属机构共举行了 3 次会议。\n\n2. 第 1 次会议于 3 月 4 日举行。",  # not the meeting's own
    "1. 会议共举行了 6 次全体会议，科学咨询机构举行了 3 次会议。\n\n2. 第 1 次会议于 3 月 4 日举行。",
])
def test_sittings_of_other_bodies_are_not_read_as_the_meetings(body):
    # CONSTRUCTED, NEGATIVE (found by review).
    assert _plenary_dates(body) == {}


@pytest.mark.parametrize("line", ["续会，2025 年 6 月 2 日至 3 日", "通过日期，2025 年 3 月 7 日", "第三次会议，2025 年 3 月 3 日至 7 日"])
def test_a_cover_line_whose_first_part_is_no_place(line):
    # CONSTRUCTED, NEGATIVE. Neither dates nor place from such a line.
    head = _CAT_HEAD.replace("纽约，2025 年 3 月 3 日至 7 日", line)
    assert _facts(head + "1. 会议举行。" + FOOT, "location", "TPNW/MSP/2025/6")[1] == []
    assert _facts(head + "1. 会议举行。" + FOOT, "startDate", "TPNW/MSP/2025/6")[1] == []


@pytest.mark.parametrize("text", [
    "全体委员会选出两名副主席：阿丽亚娜·莫雷诺女士(乌拉圭)和托马什·诺瓦克先生(捷克)。",
    "工作组选出两名共同主席：乌拉圭和捷克。",
    "在上届会议上，会议选出两名副主席：乌拉圭和捷克。",
    "会议回顾，第二次会议选出两名副主席：乌拉圭和捷克。",
    "会议未能选出两名副主席：乌拉圭和捷克。",
])
def test_a_counted_election_list_not_the_meetings(text):
    # CONSTRUCTED, NEGATIVE (found by review).
    assert _offices(text) == set()


@pytest.mark.parametrize("text", [
    "主席曾请拉斯穆斯·霍尔姆先生和努尔·哈桑女士共同主持上届会议的磋商。",
    "主席请拉斯穆斯·霍尔姆先生和努尔·哈桑女士共同主持部长级磋商，但两人均婉拒。",
    "主席请拉斯穆斯·霍尔姆先生和努尔·哈桑女士共同主持部长级磋商，磋商将在第四次会议期间举行。",
])
def test_co_chairs_asked_for_another_meeting_or_who_declined(text):
    # CONSTRUCTED, NEGATIVE (found by review).
    assert _offices(text) == set()


def test_segment_sittings_not_read_after_another_body_or_meeting():
    # CONSTRUCTED, NEGATIVE (found by review).
    for text in ("在全体委员会中，高级别部分于 3 月 5 日和 6 日在第 3 次和第 4 次会议上举行。",
                 "在上届会议上，高级别部分于 3 月 5 日和 6 日在第 3 次和第 4 次会议上举行。",
                 "3 月 4 日，联络组在本届会议第 1 次会议上选举了主席。"):
        assert _dated(text) == {}, text


def test_treaty_actions_not_read_from_an_open_question_or_a_protocol():
    # CONSTRUCTED, NEGATIVE.
    assert _treaty_actions("关于《条约》，利比里亚交存的是批准书还是加入书，尚不清楚。") == set()
    assert _treaty_actions("智利和秘鲁签署《条约》第一号议定书。") == set()
    assert _treaty_actions("智利和秘鲁签署了《条约》。") == {("state/CHL", "Signature"), ("state/PER", "Signature")}


def test_a_preparatory_committee_electing_its_own_officers_is_the_meeting():
    # CONSTRUCTED. In a preparatory committee's report, 「筹备委员会」 as the subject
    # of 「选举下列…」 is the reported meeting, not another body.
    head = (" 不扩散核武器条约缔约国 2031 年审议大会 \n\n 筹备委员会 \n\n 第二届会议 \n\n"
            " 2029 年 4 月 30 日至 5 月 11 日，日内瓦 \n\n NPT/CONF.2031/PC.II/14 \n\n")
    text = head + "1. 在第 1 次全体会议上，筹备委员会选举下列两个国家的代表担任副主席：奥地利和日本。" \
        + "\n\n NPT/CONF.2031/PC.II/14 \n\n 2/2 29-01234 \n"
    _, found = _facts(text, "office", "NPT/CONF.2031/PC.II/14")
    assert {(f["holder"], f["role"]) for f in found} == {("state/AUT", "ViceChair"), ("state/JPN", "ViceChair")}
    # and a committee of the whole in the same report is still another body
    other = head + "1. 全体委员会选举下列两个国家的代表担任副主席：奥地利和日本。" \
        + "\n\n NPT/CONF.2031/PC.II/14 \n\n 2/2 29-01234 \n"
    assert _facts(other, "office", "NPT/CONF.2031/PC.II/14")[1] == []


def _attended(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    return {(f["participant"], f["role"]) for f in found}


def test_a_mission_that_also_attended_after_observer_states():
    # CONSTRUCTED. 「也」 joins the mission's State to the observer States of the
    # sentence or clause just before.
    assert ("state/VAT", "ObserverState") in _attended(
        "此外，三个非缔约国(不丹、厄立特里亚和美利坚合众国)派观察员列席了会议。罗马教廷常驻联合国观察员代表团也出席了会议。")
    assert ("state/VAT", "ObserverState") in _attended(
        "《条约》的两个签署国帕劳和美利坚合众国派观察员出席了会议；罗马教廷常驻联合国观察员团也派代表列席。")


@pytest.mark.parametrize("text", [
    "下列缔约国出席了会议：智利和秘鲁。罗马教廷常驻联合国观察员代表团也出席了会议。",  # after States parties
    "罗马教廷常驻联合国观察员代表团也出席了会议。",  # nothing before
    "不丹派观察员列席了会议。会议审议了议程。罗马教廷常驻联合国观察员代表团也出席了会议。",  # not just before
])
def test_a_mission_that_also_attended_not_after_observers(text):
    # CONSTRUCTED, NEGATIVE. Its role is not stated: none.
    assert not {a for a in _attended(text) if a[0] == "state/VAT"}


def test_more_ways_of_speaking():
    # CONSTRUCTED. A long frame; 「应主席邀请作了发言」; 「致欢迎辞」; 「向会议介绍了…」;
    # 「第 1 次会议于…举行，由X代表秘书长宣布开幕并致辞」.
    long_frame = ("在 3 月 3 日第 2 次全体会议和 3 月 4 日第 3 次全体会议上进行的一般性交换意见中，"
                  "地雷幸存者代表、乌干达的玛格丽特·阿西奥·奥凯洛以及哥伦比亚外交部副部长卡洛斯·梅希亚·罗哈斯作了发言。")
    assert _speakers(_HELD_TPNW + long_frame) == {"person/玛格丽特.阿西奥.奥凯洛", "person/卡洛斯.梅希亚.罗哈斯"}
    assert _speakers(long_frame) == set()  # days in the frame, the meeting's days not known
    assert _speakers("在第 3 次全体会议上，世界卫生组织生物安保处处长西奥多拉·马坦戈应主席邀请作了发言。") == {
        "person/西奥多拉.马坦戈"}
    assert _speakers("在开幕式上，亚美尼亚环境部副部长阿拉·马尔加良女士致欢迎辞。") == {"person/阿拉.马尔加良"}
    assert _speakers("在同次会议上，禁止酷刑委员会主席安德烈亚斯·卡兰西斯先生(塞浦路斯)向会议介绍了委员会的工作。") == {
        "person/安德烈亚斯.卡兰西斯"}
    opened = "第 1 次会议于 3 月 3 日上午举行，由联合国人权事务副高级专员玛丽亚姆·特拉奥雷女士代表秘书长宣布开幕并致辞。"
    assert _speakers(_HELD_TPNW + opened) == {"person/玛丽亚姆.特拉奥雷"}
    # a sitting on a day outside the meeting's, or when its days are not known: no one
    assert _speakers(_HELD_TPNW + opened.replace("3 月 3 日", "5 月 6 日")) == set()
    assert _speakers(opened) == set()


@pytest.mark.parametrize("text", [
    "上届会议由裁军事务厅副主任玛尔塔·洛佩斯女士宣布开幕并致开幕词。",  # another meeting's opening
    "缔约国第二次会议由裁军事务厅副主任玛尔塔·洛佩斯女士宣布开幕并致开幕词。",
    "联合国秘书长安东尼奥·古特雷斯的开幕词由裁军事务高级代表伊泽姆·纳卡米茨代为宣读。",  # 由…代为宣读: not read here
])
def test_openings_of_other_meetings_name_no_speaker(text):
    # CONSTRUCTED, NEGATIVE.
    assert _speakers(text) == set()


def test_an_opening_by_a_person_keeps_the_function_without_the_subject():
    # CONSTRUCTED. 「会议由X宣布开幕并致开幕词」: the function is the person's, not 「会议由…」.
    _, found = _facts(TPNW + "1. 会议由裁军事务厅副主任玛尔塔·洛佩斯女士宣布开幕并致开幕词。" + FOOT, "function")
    assert {(f["subject"], f["value"]) for f in found} == {("person/玛尔塔.洛佩斯", "裁军事务厅副主任")}


def test_the_eu_observes_a_meeting_of_a_treaty_open_to_states_only():
    # CONSTRUCTED. The TPNW is open to States only (treaties.tsv, rio_parties):
    # the EU listed among international organizations observes.
    assert ("organization/eu", "ObserverOrganization") in _attended(
        "出席会议的还有下列国际组织的代表：国际原子能机构、非洲联盟、欧洲联盟以及拉丁美洲和加勒比禁止核武器组织。")


def test_the_eu_at_a_meeting_of_a_treaty_it_may_be_party_to_gets_no_role_by_type():
    # CONSTRUCTED, NEGATIVE. The CRPD is open to regional integration
    # organizations: what the EU is does not tell how it attended.
    crpd = ("   残疾人权利公约缔约国会议 \n\n 第十九届会议 \n\n 残疾人权利公约缔约国会议第十九届会议的报告 \n\n"
            "1. 出席会议的还有下列国际组织的代表：国际原子能机构、非洲联盟和欧洲联盟。"
            "\n\n CRPD/CSP/2026/6 \n\n 2/2 26-01234 \n")
    _, found = _facts(crpd, "attendance", "CRPD/CSP/2026/6")
    assert ("organization/au", "ObserverOrganization") in {(f["participant"], f["role"]) for f in found}
    assert not [f for f in found if f["participant"] == "organization/eu"]


def test_a_facilitator_asked_by_the_president_and_the_chair_of_a_body_set_up():
    # CONSTRUCTED. 「主席还请X(国)担任…小组的促进人」; 「另设立了一个由加拿大的X主持的法律起草小组」.
    _, found = _facts(TPNW + "1. 主席还请劳拉·比利亚洛沃斯女士(哥斯达黎加)担任数字序列信息问题“主席之友”小组的促进人。"
                      + FOOT, "office")
    assert {(f["holder"], f["role"], f.get("onBehalfOf")) for f in found} == {
        ("person/劳拉.比利亚洛沃斯", "Facilitator", "state/CRI")}
    _, found = _facts(TPNW + "1. 会议设立了一个联络小组。另设立了一个由加拿大的伊丽莎白·图尔科特-布朗主持的法律起草小组。"
                      + FOOT, "office")
    assert {(f["holder"], f["role"], f.get("body")) for f in found} == {
        ("person/伊丽莎白.图尔科特%2D布朗", "Chair", "法律起草小组")}


@pytest.mark.parametrize("text", [
    "会议决定设立一个由加拿大的伊丽莎白·图尔科特-布朗主持的法律起草小组。",  # a decision, maybe to come
    "上届会议设立了一个由加拿大的伊丽莎白·图尔科特-布朗主持的法律起草小组。",  # another meeting's
])
def test_a_body_set_up_elsewhere_or_to_be_set_up_gives_no_chair(text):
    # CONSTRUCTED, NEGATIVE.
    assert _offices(text) == set()


def test_nationality_of_a_name_after_de_and_two_states_for_one_person():
    # CONSTRUCTED. 「…选出的X先生(印度)」: the name starts after 「的」; 「墨西哥的X(智利)」
    # names two States for one person: neither is taken.
    assert _nationalities("审查委员会主席仍由第十五届会议选出的拉吉夫·库马尔·梅赫塔先生(印度)担任。") == {
        ("person/拉吉夫.库马尔.梅赫塔", "state/IND")}
    assert _nationalities("墨西哥的卡门·罗西奥·维拉尔瓦女士(智利)发言。") == set()
    # a speaker written 「国的X女士」 is the person without the title
    assert _speakers("墨西哥的卡门·罗西奥·维拉尔瓦女士发言。") == {"person/卡门.罗西奥.维拉尔瓦"}


# ----- from the review of the openings, missions and EU rules (each CONSTRUCTED, NEGATIVE but the last) -----

@pytest.mark.parametrize("text", [
    "维也纳会议由奥地利外交部长亚历山大·沙伦贝格先生宣布开幕并致开幕词。",
    "工作组会议由奥地利外交部长亚历山大·沙伦贝格先生宣布开幕并致开幕词。",
    "科学咨询小组第一次会议于 2024 年 5 月举行，由裁军事务厅副主任玛尔塔·洛佩斯女士宣布开幕并致开幕词。",
    "会议由联合国秘书长安东尼奥·古特雷斯宣布开幕并致开幕词，由裁军事务高级代表伊泽姆·纳卡米茨代为宣读。",
    "在关于核武器使用和试验受害者援助及环境补救问题的非正式工作组共同主持人于纽约召集的一次会议上，"
    "智利常驻联合国代表胡安·佩雷斯先生作了发言。",
    "在 2022 年的会议上，墨西哥的胡安·佩雷斯作了发言。",
    "在安全理事会关于核裁军的部长级公开辩论中，墨西哥的胡安·佩雷斯作了发言。",
])
def test_openings_and_frames_of_other_events(text):
    assert _speakers(_HELD_TPNW + text) == set()


def test_an_opening_quoted_in_a_footnote_names_no_speaker():
    text = (TPNW + "1. " + _HELD_TPNW + "会议通过了议程。1 \n\n 1 见 TPNW/MSP/2022/6 号文件：会议由奥地利外交部长"
            "亚历山大·沙伦贝格先生宣布开幕并致开幕词。 " + FOOT)
    _, found = _facts(text, "attendance")
    assert not [f for f in found if f["role"] == "Speaker"]


@pytest.mark.parametrize("before, text", [
    ("下列缔约国出席了会议：智利和秘鲁。不丹派观察员列席了会议。", "智利常驻联合国代表团也出席了会议。"),  # a party, already listed
    ("不丹派观察员列席了会议。", "库克群岛也出席了会议。"),  # no observer mission named
])
def test_also_attended_needs_an_observer_mission_not_listed_otherwise(before, text):
    roles = {a for a in _attended(before + text)}
    assert ("state/CHL", "ObserverState") not in roles and ("state/COK", "ObserverState") not in roles


def test_a_speaker_whose_organization_has_you_in_its_name():
    # CONSTRUCTED. 「妇女争取和平与自由国际联盟」: the 由 of 自由 is no 「由X」.
    assert _speakers("在同次会议上，妇女争取和平与自由国际联盟秘书长玛德琳·里斯女士作了发言。") == {"person/玛德琳.里斯"}


def test_attendance_in_a_sentence_about_another_meeting():
    # CONSTRUCTED, NEGATIVE (found by review): the sentence opens with another meeting.
    for text in ("在缔约国第二次会议上，不丹和厄立特里亚派观察员列席了会议。", "在上届会议上，不丹派观察员列席了会议。"):
        assert _attended(text) == set(), text
    # and the reported meeting's own sitting still frames it
    assert _attended("在第 1 次全体会议上，不丹派观察员列席了会议。") == {("state/BTN", "ObserverState")}


def test_treaty_actions_with_a_day_adverb_or_the_subject_of_the_clause_before():
    # CONSTRUCTED. 「美利坚合众国当日即签署了《条约》」; 「巴西是首批签署国之一，于 D 签署了《条约》」.
    assert _treaty_actions("《条约》于 1996 年 9 月 24 日开放供签署，美利坚合众国当日即签署了《条约》。") == {
        ("state/USA", "Signature")}
    assert _treaty_actions("巴西是首批签署国之一，于 2017 年 9 月 20 日签署了《条约》，但尚未批准。") == {
        ("state/BRA", "Signature")}
    # Not read: the State not opening the sentence (conservatively); an action to come (NEGATIVE)
    assert _treaty_actions("会议注意到，巴西是首批签署国之一，于 2017 年 9 月 20 日签署了《条约》。") == set()
    assert _treaty_actions("巴西是首批签署国之一，将于 2026 年批准《条约》。") == set()


def test_short_han_names_with_a_title_and_a_join_inside_the_name():
    # CONSTRUCTED (found at first contact with heldout10). 「(斯洛伐克)和和田由纪女士(日本)」:
    # the first 和 joins, the second opens the name; 「向晓梅女士(中国)」 keeps its 向;
    # 「，由金敏俊(大韩民国)」: 由 (by), then the name.
    assert _nationalities("伊娃·诺沃特娜女士(斯洛伐克)和和田由纪女士(日本)分别获得 96 票和 81 票。") == {
        ("person/伊娃.诺沃特娜", "state/SVK"), ("person/和田由纪", "state/JPN")}
    assert _nationalities("主席团成员： 向晓梅女士(中国)，亚洲-太平洋国家集团") == {("person/向晓梅", "state/CHN")}
    assert ("person/金敏俊", "state/KOR") in _nationalities("圆桌讨论 2：“数字技术”，由金敏俊(大韩民国)和约瑟芬·阿克苏阿(加纳)共同主持。")


def _adoptions(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + _HELD_TPNW + text + FOOT, "adoption")
    return {(f["adopter"], f["item"], f.get("procedure")) for f in found}


def test_a_draft_adopted_after_a_recorded_vote_told_in_the_sentences_before():
    # CONSTRUCTED (first contact with heldout10). 「对该决定草案进行了记录表决。表决结果为：…。
    # 决定草案获得通过，成为第 3/1 号决定」: by vote; the draft and the decision it became.
    text = ("在 3 月 6 日第 3 次全体会议上，会议审议了智利提交的决定草案(TPNW/MSP/2025/L.2)。应埃及代表的要求，"
            "对该决定草案进行了记录表决。表决结果为：赞成 91 票，反对 17 票，弃权 34 票。决定草案获得通过，成为第 3/1 号决定。")
    p = "meeting/tpnw-msp-3/plenary/3"
    assert _adoptions(text) == {(p, "document/TPNW/MSP/2025/L.2", "Vote"), (p, "meeting/tpnw-msp-3/decision/1", "Vote")}


def test_a_vote_on_an_amendment_before_says_nothing_of_how_the_draft_was_adopted():
    # CONSTRUCTED, NEGATIVE: the vote before was on an amendment (rejected).
    text = ("在 3 月 6 日第 3 次全体会议上，会议审议了智利提交的决定草案(TPNW/MSP/2025/L.2)。对该修正案进行了记录表决。"
            "表决结果为：赞成 19 票，反对 40 票，修正案被否决。决定草案获得通过，成为第 3/1 号决定。")
    assert all(procedure is None for _, _, procedure in _adoptions(text))


def test_a_draft_that_became_a_decision_numbered_as_the_annex_heads_it():
    # CONSTRUCTED (first contact with heldout10). 「…决定草案(X)，该草案成为决定 1」.
    text = "在 3 月 6 日第 3 次全体会议上，会议以协商一致方式通过了主席提交的决定草案(TPNW/MSP/2025/L.2)，该草案成为决定 1。"
    p = "meeting/tpnw-msp-3/plenary/3"
    assert _adoptions(text) == {(p, "document/TPNW/MSP/2025/L.2", "Consensus"), (p, "meeting/tpnw-msp-3/decision/1", "Consensus")}
    # NEGATIVE: 「成为决定 1 的基础」, 「成为决定 1/2」 are not that decision
    for other in ("该草案成为决定 1 的基础。", "该草案成为决定 12/2。"):
        found = _adoptions(text.replace("该草案成为决定 1。", other))
        assert not [a for a in found if "decision" in a[1]], other


_BY_GROUP = ("在同次会议上，会议以鼓掌方式选举下列 4 名副主席，按区域集团开列如下： \n\n 西方集团：英格丽德·赫尔格森女士(挪威) \n\n"
             " 东欧集团：扬·霍拉克先生(捷克) \n\n 不结盟运动和其他国家集团：优素福·本·萨利赫先生(摩洛哥)和 \n\n"
             "卡罗利娜·门德斯·罗哈斯女士(哥伦比亚) \n\n2. 会议通过了议程。")


def test_vice_presidents_listed_by_regional_group_with_a_count_and_a_successor():
    # CONSTRUCTED (first contact with heldout10). 「选举下列 4 名副主席，按区域集团开列如下：」
    # then one line per group; later 「选举…接任副主席」.
    ctx, found = _facts(TPNW + "1. " + _BY_GROUP + FOOT, "office")
    assert {(f["holder"], f["onBehalfOf"]) for f in found if f["role"] == "VicePresident"} == {
        ("person/英格丽德.赫尔格森", "state/NOR"), ("person/扬.霍拉克", "state/CZE"),
        ("person/优素福.本.萨利赫", "state/MAR"), ("person/卡罗利娜.门德斯.罗哈斯", "state/COL")}
    assert [(c.stated, c.extracted) for c in ctx.counts if c.what.startswith("officers")] == [(4, 4)]
    assert _offices("在第 4 次全体会议上，会议以鼓掌方式选举斯洛伐克的米罗斯拉夫·扬切克先生接任副主席，完成剩余任期。") == {
        ("person/米罗斯拉夫.扬切克", "VicePresident", "meeting/tpnw-msp-3")}
    # NEGATIVE: the count does not match; a successor still to be elected
    assert not [f for f in _facts(TPNW + "1. " + _BY_GROUP.replace("4 名", "5 名") + FOOT, "office")[1]
                if f["role"] == "VicePresident"]
    assert _offices("会议将选举斯洛伐克的米罗斯拉夫·扬切克先生接任副主席。") == set()


def _annexed(body: str, annex: str) -> tuple:
    text = TPNW + "1. " + body + "\n\n2. 会议通过了本报告。\n\n 附件二 \n\n" + annex + FOOT
    ctx, found = _facts(text, "attendance")
    return ctx, {(f["participant"], f["role"]) for f in found}


_ANNEX_NGOS = ("  以观察员身份参加会议的非政府组织和研究机构 \n\n 国际助残组织 \n\n 人权观察 \n\n 第三十六条组织 \n\n"
               " 斯德哥尔摩国际和平研究所 \n\n")


def test_ngos_listed_in_an_annex_one_a_line():
    # CONSTRUCTED (first contact with heldout10). 「附件二所列 4 个非政府组织和研究机构以观察员身份
    # 参加了会议」, then annex II: its heading, then one name a line; the count checked.
    ctx, attended = _annexed("附件二所列 4 个非政府组织和研究机构以观察员身份参加了会议。", _ANNEX_NGOS)
    ngo = "NonGovernmentalOrganization"
    assert attended == {("organization/humanity-inclusion", ngo), ("organization/hrw", ngo),
                        ("organization/article-36", ngo), ("organization/sipri", ngo)}
    assert [(c.stated, c.extracted) for c in ctx.counts if "annex" in c.what] == [(4, 4)]


@pytest.mark.parametrize("body", [
    "附件二所列 5 个非政府组织和研究机构以观察员身份参加了会议。",  # the annex lists four: a name may be wrapped
    "附件二所列 4 个政府间组织和非政府组织以观察员身份参加了会议。",  # mixed kinds
    "附件二所列 4 个非政府组织未能参加会议。",  # not attended
])
def test_annex_lists_that_are_not_read(body):
    # CONSTRUCTED, NEGATIVE.
    _, attended = _annexed(body, _ANNEX_NGOS)
    assert attended == set()


def test_a_bureau_list_whose_lines_end_with_the_regional_group():
    # CONSTRUCTED (first contact with heldout10). 「副主席： ⏎ X(加纳)，非洲国家集团 ⏎ …」.
    text = (TPNW + "1. 在第 1 次会议上，会议以鼓掌方式选出主席团成员如下： \n\n 主席： \n\n 米雷娅·坎波斯·巴列霍女士(秘鲁) \n\n"
            " 副主席： \n\n 科菲·阿桑特先生(加纳)，非洲国家集团 \n\n 向晓梅女士(中国)，亚洲-太平洋国家集团 \n\n"
            "2. 会议通过了议程。" + FOOT)
    _, found = _facts(text, "office")
    assert {(f["holder"], f["role"], f.get("onBehalfOf")) for f in found} == {
        ("person/米雷娅.坎波斯.巴列霍", "President", "state/PER"), ("person/科菲.阿桑特", "VicePresident", "state/GHA"),
        ("person/向晓梅", "VicePresident", "state/CHN")}


def test_the_only_signatory_and_a_speaker_at_that_sitting():
    # CONSTRUCTED (first contact with heldout10). 「《条约》唯一的签署国(X)」; 「X也在该次会议上发言」
    # after a sentence about the reported meeting's sitting.
    assert _attended("《条约》唯一的签署国(美利坚合众国)派观察员出席了会议。") == {("state/USA", "ObserverState")}
    assert _attended("《条约》唯一的签署国(美利坚合众国和帕劳)派观察员出席了会议。") == set()  # NEGATIVE: two names
    assert _speakers("第 1 次会议由助理秘书长宣布开幕。儿童权利委员会主席奥马尔·阿齐兹先生(埃及)也在该次会议上发言。") == {
        "person/奥马尔.阿齐兹"}
    assert _speakers("上届会议于 2024 年举行。儿童权利委员会主席奥马尔·阿齐兹先生(埃及)也在该次会议上发言。") == set()


@pytest.mark.parametrize("body, annex", [
    ("附件二所列 4 个非政府组织和研究机构以观察员身份参加了会议。",
     "  以观察员身份参加会议的非政府组织和研究机构 \n\n 约翰·史密斯 \n\n 人权观察 \n\n 第三十六条组织 \n\n 沙特阿拉伯 \n\n"),
    ("附件二所列 4 个非政府组织和研究机构以观察员身份参加了会议。",
     "  以观察员身份参加会议的非政府组织和研究机构 \n\n 非政府组织 \n\n 人权观察* \n\n 第三十六条组织 \n\n 国际助残组织 \n\n"),
    ("会议决定邀请附件二所列 4 个非政府组织和研究机构以观察员身份参加了会议。", _ANNEX_NGOS),
    ("附件二所列 4 个非政府组织和研究机构以观察员身份参加会议。", _ANNEX_NGOS),  # no 了: not said to have attended
    ("附件二所列 4 个非政府组织和研究机构以观察员身份参加了会议。",
     "  申请参加下届会议的非政府组织和研究机构 \n\n 国际助残组织 \n\n 人权观察 \n\n 第三十六条组织 \n\n 斯德哥尔摩国际和平研究所 \n\n"),
])
def test_annex_lists_with_lines_or_sentences_that_are_not_attendance(body, annex):
    # CONSTRUCTED, NEGATIVE (found by review): persons, States, kinds, footnote marks; an
    # invitation; a heading about another meeting or applications.
    _, attended = _annexed(body, annex)
    assert attended == set()


def test_short_names_after_function_words_are_no_persons():
    # CONSTRUCTED, NEGATIVE (found by review).
    for text in ("会议于 3 月 3 日开幕，在李明大使(新加坡)主持下举行。", "会议决定，请李明先生(新加坡)介绍报告。",
                 "，由于李明先生(新加坡)缺席，会议推迟。", "，特命全权大使(泰国)发言。"):
        assert not [n for n in _nationalities(text) if "李明" not in n[0] or n[0] != "person/李明"], text


def test_review_four_regressions():
    # CONSTRUCTED, NEGATIVE (found by the fourth review of this round).
    p = "meeting/tpnw-msp-3/plenary/3"
    # a vote on a paragraph, a motion, or another draft says nothing of how the draft was adopted
    for before in ("对该决定草案执行部分第 3 段进行了记录表决。表决结果为：赞成 10 票。",
                   "对埃及提出的休会动议进行了记录表决。表决结果为：赞成 10 票。"):
        text = (f"在 3 月 6 日第 3 次全体会议上，会议审议了决定草案(TPNW/MSP/2025/L.2)。{before}"
                "决定草案获得通过，成为第 3/1 号决定。")
        assert all(procedure is None for _, _, procedure in _adoptions(text)), before
    # a regional-group list with a line that is no group; two offices in one list
    lines = (" 西方集团：英格丽德·赫尔格森女士(挪威) \n\n 东欧集团：扬·霍拉克先生(捷克) \n\n"
             " 报告员：卡罗利娜·门德斯·罗哈斯女士(哥伦比亚) \n\n2. 会议通过了议程。")
    for lead in ("会议选举下列 3 名副主席，按区域集团开列如下： \n\n", "会议选举下列 3 名副主席和报告员，按区域集团开列如下： \n\n"):
        _, found = _facts(TPNW + "1. " + lead + lines + FOOT, "office")
        assert not [f for f in found if f["role"] == "VicePresident"], lead
    # 「由」 inside a name is no 「由X担任」
    assert ("person/纪女士", "VicePresident", "meeting/tpnw-msp-3") not in _offices(
        "李明先生(新加坡)和和田由纪女士(日本)担任副主席。")
    # 「另有 N 个…(names)」: the count is checked, and a sentence about another meeting gives none
    assert _attended("另有 4 个非签署国(安哥拉、缅甸和也门)也以观察员身份参加了会议。") == set()
    assert _attended("在缔约国第二次会议上，巴西和智利作为观察员出席了会议；"
                     "另有 3 个非签署国(安哥拉、缅甸和也门)也以观察员身份参加了会议。") == set()


def test_an_accession_to_the_treaty_and_its_protocols_at_once():
    # CONSTRUCTED (first contact with heldout10). 「交存了《条约》及其第一、第二和第四号议定书的加入书」:
    # an accession to the treaty (its protocols have no key of their own here).
    assert _treaty_actions("自上次会议以来，东帝汶于 2025 年 4 月 14 日交存了《条约》及其第一、第二和第四号议定书的加入书。") == {
        ("state/TLS", "Accession")}
    # NEGATIVE: the protocol's instrument alone is not the treaty's
    assert _treaty_actions("东帝汶交存了《条约》第一号议定书的加入书。") == set()


def test_first_contact_with_heldout11():
    # CONSTRUCTED (first contact with heldout11). 「，即谭慧玲女士(新加坡)」: 即 (namely) is no part of
    # the name; 「在第 4 次会议(6 月 17 日)上」: a sitting with its day in parentheses; 「会议第四次会议
    # 将于…举行，由卡塔尔担任主席」: the office of the meeting to come, not of the reported one.
    assert not [n for n in _nationalities("候选人限于两名未当选候选人，即谭慧玲女士(新加坡)和李明先生(中国)。")
                if n[0].startswith("person/即")]
    assert _adoptions("在第 4 次会议(3 月 4 日)上，会议在未经表决的情况下通过了该报告(TPNW/MSP/2025/3)。") == {
        ("meeting/tpnw-msp-3/plenary/4", "document/TPNW/MSP/2025/3", "WithoutVote")}
    assert _offices("根据第 3/2 号决定，会议第四次会议将于 2026 年 11 月 15 日至 19 日在纽约举行，由卡塔尔担任主席。") == set()


def test_decision_titles_listed_in_an_annex_numbered_with_the_meetings_ordinal():
    # CONSTRUCTED (heldout11). 「附件一 ⏎ 缔约国第三次会议通过的决定 ⏎ 第 3/1 号决定：title」: the
    # number's session is the reported meeting's; 「第 2/1 号决定：」 (another meeting's) gives nothing.
    text = (TPNW + "1. 会议通过了本报告。\n\n 附件一 \n\n 缔约国第三次会议通过的决定 \n\n 第 3/1 号决定：委员会的财务状况 \n\n"
            " 第 2/1 号决定：上次会议的日期 \n\n" + FOOT)
    _, titles = _facts(text, "title")
    assert {(t["subject"], t["value"]) for t in titles if "/decision/" in t["subject"]} == {
        ("meeting/tpnw-msp-3/decision/1", "委员会的财务状况")}


def _annex_titles(heading: str, lines: str = " 第 3/1 号决定：委员会的财务状况 \n\n") -> set:
    text = TPNW + "1. 会议通过了本报告。\n\n 附件一 \n\n " + heading + " \n\n" + lines + FOOT
    _, titles = _facts(text, "title")
    return {(t["subject"], t["value"]) for t in titles if "/decision/" in t["subject"]}


@pytest.mark.parametrize("heading", ["人权理事会第三届会议通过的决定", "提交缔约国第三次会议的决定草案", "未获通过的决定草案",
                                     "主席团第三次会议通过的决定", "大会通过的有关决定"])
def test_annex_lists_of_other_bodies_decisions_or_of_drafts_give_no_titles(heading):
    # CONSTRUCTED, NEGATIVE (found by review): only an annex of the meeting's adopted decisions.
    assert _annex_titles(heading) == set()


@pytest.mark.parametrize("lead", ["会议回顾了下列决定：", "会议收到了下列决定草案：", "会议决定推迟审议下列决定："])
def test_paragraph_lists_that_are_not_of_adopted_decisions_give_no_titles(lead):
    # CONSTRUCTED, NEGATIVE (found by review).
    text = TPNW + f"1. {lead}\n\n第 3/1 号决定：委员会的财务状况；\n\n第 3/2 号决定：工作方案。" + FOOT
    _, titles = _facts(text, "title")
    assert not [t for t in titles if "/decision/" in t["subject"]]


def test_a_name_after_ji_keeps_its_state():
    # CONSTRUCTED (found by review). 「，即谭慧玲女士(新加坡)」: 即 trimmed, not the whole match dropped.
    assert ("person/谭慧玲", "state/SGP") in _nationalities("候选人限于两名，即谭慧玲女士(新加坡)和李明先生(中国)。")


def test_an_officer_named_with_the_group_that_nominated_them():
    # CONSTRUCTED (heldout11). 「选举由拉丁美洲和加勒比国家集团提名的X阁下(厄瓜多尔)为会议主席」: the
    # group nominated, X holds the office (the group's 和 is no join of holders).
    text = ("在第 2 次会议上，会议以鼓掌方式选举由拉丁美洲和加勒比国家集团提名的何塞·路易斯·巴尔加斯·莫利纳阁下(厄瓜多尔)"
            "为会议主席。")
    assert _offices(text) == {("person/何塞.路易斯.巴尔加斯.莫利纳", "President", "meeting/tpnw-msp-3")}
    # NEGATIVE: a nomination alone (「X提名Y为…候选人」) is no office
    assert _offices("东欧国家集团提名约翰·史密斯(波兰)为副主席候选人。") == set()
