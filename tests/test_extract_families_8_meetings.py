"""Meeting and plenary phrase families found missing or misread on the held-out
sets (tests/fixtures/heldout4/ to heldout9/), each tested on short texts
CONSTRUCTED for this test in the style of UN Chinese reports, with wording of
their own (written by hand; not UN documents). Expected facts are written by
hand from the text. `TPNW` titles the report of the third meeting; `FOOT`
gives it the symbol TPNW/MSP/2025/6. Negative cases are near misses that must
give nothing: other bodies' meetings, quotes, proposals, deadlines, other days."""

from __future__ import annotations

import pytest
from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

M = "meeting/tpnw-msp-3"
N = "禁止核武器条约缔约国第三次会议"  # the reported meeting, named
HELD = N + "于 2025 年 3 月 3 日至 7 日在纽约举行。"  # its dates (3 to 7 March 2025) and place


def _report(*paragraphs: str) -> str:
    return TPNW + "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs, 1)) + FOOT


def _meetings(text: str) -> set[tuple[str, str, str]]:
    """(meeting, property, value) of every startDate, endDate and location."""
    found = set()
    for kind in ("startDate", "endDate", "location"):
        _, facts = _facts(text, kind)
        found |= {(f["subject"].split("/id/")[-1], kind, f["value"]) for f in facts}
    return found


def _dated(meeting: str, start: str, end: str, place: str | None = None) -> set[tuple[str, str, str]]:
    out = {(meeting, "startDate", start), (meeting, "endDate", end)}
    return out | ({(meeting, "location", place)} if place else set())


def _plenaries(text: str) -> dict[str, str | None]:
    """Each plenary the report names (its number) and its date, if any."""
    ctx, dates = _facts(text, "date")
    days = {d["subject"].rsplit("/", 1)[1]: d["value"] for d in dates if "/plenary/" in d["subject"]}
    named = {ref.key.rsplit("/", 1)[1] for ref in ctx.entities if ref.kind == "meeting" and "/plenary/" in ref.key}
    return {n: days.get(n) for n in named}


# ---------------------------------------------------------------------------
# 1. A meeting named without its series is the series' only where no other
#    body's name runs into it (「东盟区域论坛第十次会议」 is not the series' tenth)


@pytest.mark.parametrize("sentence", [
    "东盟区域论坛第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "东盟区域论坛第十次会议将于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "二十国集团第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "2025 年 1 月 20 日至 22 日在雅加达举行的非洲联盟第十次会议讨论了核裁军问题。",
    # Another treaty's meeting: 「该公约」, a treaty named in full.
    "该公约缔约国第十九次会议于 2021 年 11 月 16 日至 18 日在日内瓦举行。",
    "《化学武器公约》缔约国第十九次会议于 2021 年 11 月 16 日至 18 日在海牙举行。",
    # A proposal is no record; a quote is someone's words.
    "一些代表团建议缔约国第四次会议于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "主席说：“缔约国第四次会议于 2026 年 3 月 2 日至 6 日在纽约举行。”",
    # An event during a meeting, its officers, its bureau: not the meeting.
    "缔约国第二次会议期间于 2023 年 11 月 28 日在纽约举行了一次会外活动。",
    "缔约国第二次会议主席于 2023 年 11 月 28 日在纽约举行了非正式磋商。",
    "缔约国第二次会议主席团于 2023 年 11 月 28 日在纽约举行会议。",
])
def test_meetings_of_other_bodies_or_in_other_voices_are_not_dated(sentence):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(_report(sentence)) == set()


@pytest.mark.parametrize("sentence, meeting, start, end, place", [
    ("缔约国第二次会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。", "tpnw-msp-2", "2023-11-27", "2023-12-01", "纽约"),
    # After words that take the meeting as object: 「决定」, 「根据…，」.
    ("会议决定，缔约国第四次会议将于 2026 年 3 月 2 日至 6 日在纽约举行。", "tpnw-msp-4", "2026-03-02", "2026-03-06", "纽约"),
    ("会议还决定第四次会议于 2026 年 3 月 2 日至 6 日在纽约举行。", "tpnw-msp-4", "2026-03-02", "2026-03-06", "纽约"),
    # 「定于」: scheduled, as 「将于」 (not in a proposal, nor put off).
    ("缔约国第四次会议定于 2026 年 3 月 2 日至 6 日在纽约举行。", "tpnw-msp-4", "2026-03-02", "2026-03-06", "纽约"),
    # 「举行的《条约》第一次审议会议」: the treaty's generic name between.
    ("会议欢迎将于 2026 年 11 月 30 日至 12 月 4 日在纽约举行的《条约》第一次审议会议。",
     "tpnw-revcon-1", "2026-11-30", "2026-12-04", "纽约"),
])
def test_meetings_of_the_series_named_without_it_are_dated(sentence, meeting, start, end, place):
    # CONSTRUCTED. The same wording right after a clause's start or a verb.
    assert _meetings(_report(sentence)) == _dated("meeting/" + meeting, start, end, place)


@pytest.mark.parametrize("sentence", [
    "第一次审议会议应不迟于 2026 年在纽约举行。",
    "第一次审议会议将不迟于 2026 年 11 月 30 日在纽约举行。",  # a deadline, not its day
])
def test_a_deadline_dates_no_meeting_but_its_place_stands(sentence):
    # CONSTRUCTED. 「不迟于」 gives the latest day, not the meeting's.
    assert _meetings(_report(sentence)) == {("meeting/tpnw-revcon-1", "location", "纽约")}


# ---------------------------------------------------------------------------
# 2. A meeting named in apposition: 「上一次会议，即…，于…举行」


def test_a_meeting_named_in_apposition_is_dated_by_the_clause_after_it():
    # CONSTRUCTED.
    text = _report("上一次会议，即缔约国第二次会议，于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。")
    assert _meetings(text) == _dated("meeting/tpnw-msp-2", "2023-11-27", "2023-12-01", "纽约")


@pytest.mark.parametrize("sentence", [
    # Not a meeting in apposition: its bureau.
    "主席团，即缔约国第二次会议主席团，于 2023 年 11 月 27 日在纽约举行了会议。",
    # Another body's meeting in apposition.
    "上一次会议，即东盟区域论坛第十次会议，于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    # No 「即」: the commas set off something else.
    "关于缔约国第二次会议，于 2023 年 11 月 27 日在纽约举行了磋商。",
])
def test_near_appositions_date_nothing(sentence):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(_report(sentence)) == set()


# ---------------------------------------------------------------------------
# 3. 「会议」 right after a sentence that ends with a meeting's name: not read
#    (it may be another meeting, or the meeting's consultations)


@pytest.mark.parametrize("paragraph", [
    "执行工作组召开了会议。会议于 2025 年 3 月 3 日至 7 日在日内瓦举行。",
    "主席出席了东盟区域论坛第十次会议。会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    # The sentence does not end with the name: 「…会议主席的信函」.
    "主席宣读了缔约国第二次会议主席的信函。会议于 2025 年 1 月 20 日至 22 日在日内瓦举行。",
    "主席说：“秘书长召集了缔约国第二次会议。会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。”",
    # 「会议决定」 is no 「会议于」.
    "秘书长召集了缔约国第二次会议。会议决定于 2023 年 11 月 27 日至 12 月 1 日在纽约举行磋商。",
])
def test_a_bare_meeting_without_a_named_antecedent_dates_nothing(paragraph):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(_report(paragraph)) == set()


# ---------------------------------------------------------------------------
# 4. A bare 「会议」 opening a paragraph: the reported meeting only when the
#    dates it gives are the ones named statements give


def test_a_bare_opening_with_the_reported_meetings_dates_gives_its_place():
    # CONSTRUCTED. Same dates: the more precise place is taken.
    text = _report(HELD, "会议于 2025 年 3 月 3 日上午在纽约联合国总部开幕，闭幕日期为 3 月 7 日。")
    assert _meetings(text) == _dated(M, "2025-03-03", "2025-03-07", "纽约联合国总部")


@pytest.mark.parametrize("paragraph", [
    # Other dates: another meeting (a preparatory one), its place is not taken.
    "会议于 2025 年 3 月 1 日在纽约联合国总部开幕，3 月 2 日闭幕。",
    # Not the paragraph's opening: 「会议」 refers to the working group's.
    "执行工作组召开了会议。会议于 2025 年 3 月 3 日在日内瓦开幕，3 月 7 日闭幕。",
])
def test_a_bare_meeting_that_does_not_agree_or_open_gives_no_place(paragraph):
    # CONSTRUCTED, NEGATIVE.
    text = _report(HELD, paragraph)
    assert _meetings(text) == _dated(M, "2025-03-03", "2025-03-07", "纽约")


def test_a_bare_opening_without_named_dates_dates_nothing():
    # CONSTRUCTED, NEGATIVE. Nothing to agree with: nothing is read.
    assert _meetings(_report("会议于 2025 年 3 月 3 日在纽约开幕，3 月 7 日闭幕。")) == set()


# ---------------------------------------------------------------------------
# 5. A treaty body's session named short: 「委员会第一〇一届会议」

CEDAW = "   消除对妇女一切形式歧视公约缔约国第二十五次会议报告 \n\n"
CEDAW_FOOT = "\n\n CEDAW/SP/2028/5 \n\n \n\n2/2 28-01234 \n"


@pytest.mark.parametrize("sentence", [
    "她们将在委员会第一〇一届会议(2029 年 2 月 5 日至 23 日，日内瓦)上首次履职。",
    "委员会第一〇一届会议将于 2029 年 2 月 5 日至 23 日在日内瓦举行。",
    "委员会第一〇一届会议定于 2029 年 2 月 5 日至 23 日在日内瓦举行。",
])
def test_the_treaty_bodys_session_named_short_is_dated(sentence):
    # CONSTRUCTED. In a report of the States parties to the Convention, 「委员会」
    # is its Committee, whose sessions the gazetteer knows (cedaw-session).
    text = CEDAW + "1. " + sentence + CEDAW_FOOT
    assert _meetings(text) == _dated("meeting/cedaw-session-101", "2029-02-05", "2029-02-23", "日内瓦")


@pytest.mark.parametrize("title, foot, sentence", [
    # Another committee: 「小组委员会」, 「全体委员会」.
    (CEDAW, CEDAW_FOOT, "小组委员会第十届会议于 2029 年 2 月 5 日至 9 日在日内瓦举行。"),
    (CEDAW, CEDAW_FOOT, "全体委员会第十届会议于 2029 年 2 月 5 日至 9 日在日内瓦举行。"),
    # A treaty whose States parties have no committee in the gazetteer.
    (TPNW, FOOT, "委员会第十届会议于 2025 年 3 月 10 日至 14 日在日内瓦举行。"),
])
def test_other_committees_sessions_are_not_the_treaty_bodys(title, foot, sentence):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(title + "1. " + sentence + foot) == set()


# ---------------------------------------------------------------------------
# 6. Plenaries: dated in parentheses, opened 「即…第 N 次全体会议」


@pytest.mark.parametrize("sentence, expected", [
    ("第 4 次全体会议(3 月 5 日)审议了全权证书委员会的报告。", {"4": "2025-03-05"}),
    ("高级别部分于 3 月 5 日上午开幕，即会议第 5 次全体会议。", {"5": "2025-03-05"}),
])
def test_plenaries_dated_by_these_wordings(sentence, expected):
    # CONSTRUCTED. Each day is one of the reported meeting's (3 to 7 March).
    assert _plenaries(_report(HELD, sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # A range over a range of plenaries: no one day for each.
    "第 4 次至第 6 次全体会议(3 月 5 日至 7 日)审议了议程项目 6。",
    # A day outside the meeting's.
    "第 4 次全体会议(4 月 5 日)审议了全权证书委员会的报告。",
    "第 1 次会议于 2024 年 11 月 4 日举行。",
    "在 2 月 3 日第 1 次会议和 2 月 4 日上午第 2 次会议上，主席团审议了议程。",
    # Another body's meetings, a decision, a plan.
    "全体委员会第 1 次会议于 3 月 4 日上午举行。",
    "主席团第 1 次会议于 3 月 4 日上午举行。",
    "会议决定，第 5 次会议于 3 月 7 日上午举行。",
    "第 5 次会议将于 3 月 7 日上午举行。",
])
def test_wordings_that_date_no_plenary(sentence):
    # CONSTRUCTED, NEGATIVE. No plenary dated (nor named, for most).
    assert all(day is None for day in _plenaries(_report(HELD, sentence)).values())


# ---------------------------------------------------------------------------
# 7. Near misses found in review: each gives no wrong fact. HNP: the reported
#    meeting dated, no place.

HNP = N + "于 2025 年 3 月 3 日至 7 日举行。"
_REPORTED = _dated(M, "2025-03-03", "2025-03-07", "纽约")


@pytest.mark.parametrize("sentence", [
    # A bare 「会议」 after a sentence ending with another meeting's name.
    "会议回顾了第一次审议会议。会议于 2025 年 3 月 3 日至 7 日在纽约举行。",
    "主席团成员任期至第一次审议会议。会议于 2025 年 3 月 3 日至 7 日在纽约举行。",
    "会议注意到将于 2026 年举行的第一次审议会议。会议于 2025 年 3 月 3 日至 7 日在纽约举行。",
    "会议回顾了禁止核武器条约缔约国第二次会议。会议于 2025 年 3 月 3 日至 7 日在纽约举行。",
    "会议回顾了缔约国第二次会议。会议于 2025 年 3 月 4 日在纽约举行了磋商。",
    "东盟区域论坛举行了第十次会议。会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    # Apposition: not the series' previous or next meeting; a proposal; a plenary's day.
    "安全理事会的会议，即第十次会议，于 2025 年 1 月 20 日在纽约举行。",
    "一些代表团建议，下一次会议，即缔约国第四次会议，于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "上一次会议，即缔约国第二次会议，于 2023 年 12 月 1 日在纽约召开的闭幕全体会议上通过了宣言。",
    # 「定于」, 「应于」: proposals, rules, postponed schedules.
    "一些代表团建议，缔约国第四次会议定于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "一些代表团建议禁止核武器条约缔约国第四次会议定于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "主席提议，第四次会议定于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "工作组建议，缔约国第四次会议应于 2026 年 3 月 2 日至 6 日在纽约举行。",
    "缔约国第二次会议定于 2023 年 11 月 20 日至 24 日在纽约举行，但随后推迟一周。",
    "《条约》第八条规定，缔约国第一次会议应于 2022 年 3 月 22 日至 24 日在维也纳举行。",
    # 《公约》 is not the 《条约》 of this report.
    "会议欢迎将于 2026 年 11 月 30 日在纽约举行的《公约》第五次审议会议。",
    "秘书长召集了《公约》缔约国第二十次会议。会议于 2025 年 10 月 7 日在日内瓦万国宫开幕，10 月 9 日闭幕。",
    # Single characters at the end of longer words (「作为」, 「但是」, 「立即」, 「举行了」).
    "关于东盟区域论坛，该论坛作为第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "东盟区域论坛的成立会议是第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行的。",
    "东盟区域论坛举行了第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行的磋商。",
])
def test_review_near_misses_date_no_other_meeting(sentence):
    # CONSTRUCTED, NEGATIVE. Only the reported meeting's own dates and place.
    assert _meetings(_report(HELD, sentence)) == _REPORTED


@pytest.mark.parametrize("place", ["第 1/1 号决定", "TPNW/MSP/2022/6", "第 12 段", "维也纳宣言", "基加利修正", "X"])
def test_no_place_from_a_month_only_parenthesis_or_a_symbol(place):
    # CONSTRUCTED, NEGATIVE. A month dates nothing; a symbol, a paragraph, a
    # declaration are no place.
    text = _report("缔约国第一次会议(2022 年 6 月，" + place + ")通过了行动计划。")
    assert not any(kind == "location" for _, kind, _ in _meetings(text))
    text = _report("缔约国第一次会议(2022 年 6 月 1 日，第 1/1 号决定)通过了行动计划。")
    assert not any(kind == "location" for _, kind, _ in _meetings(text))


@pytest.mark.parametrize("sentence", [
    "会议决定，第一次审议会议应不迟于 2026 年在纽约或日内瓦举行。",
    "会议决定，第一次审议会议将于 2026 年 11 月 30 日在纽约或日内瓦举行。",
])
def test_a_choice_of_places_is_no_place(sentence):
    # CONSTRUCTED, NEGATIVE.
    assert not any(kind == "location" for _, kind, _ in _meetings(_report(sentence)))


@pytest.mark.parametrize("paragraphs", [
    ("会议于 2025 年 3 月 3 日至 7 日在日内瓦举行的会外活动吸引了许多与会者。",),
    ("全权证书委员会", "会议于 2025 年 3 月 3 日至 7 日在会议室 4 举行。"),
    ("审议大会于 2025 年 3 月 3 日至 7 日在日内瓦举行。",),
])
def test_a_bare_opening_gives_no_side_events_or_rooms_place(paragraphs):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(_report(HNP, *paragraphs)) == _dated(M, "2025-03-03", "2025-03-07")


@pytest.mark.parametrize("sentence", [
    "会议设立了特设委员会。委员会第二届会议于 2029 年 2 月 5 日至 9 日在纽约举行。",
    "关于儿童权利委员会，委员会第八十四届会议将于 2029 年 2 月 5 日至 23 日在日内瓦举行。",
    "一些代表团建议，委员会第一〇一届会议定于 2029 年 2 月 5 日至 23 日在日内瓦举行。",
])
def test_a_committee_that_may_be_another_dates_no_session(sentence):
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(CEDAW + "1. " + sentence + CEDAW_FOOT) == set()


@pytest.mark.parametrize("sentence", [
    "全权证书委员会在 3 月 3 日第 1 次会议和 3 月 5 日第 2 次会议上审查了全权证书。",
    "全权证书委员会举行了两次会议。第 1 次会议于 3 月 4 日举行。",
    "执行工作组举行了三次会议，第 1 次会议于 3 月 4 日上午举行。",
    "会外活动共有四次会议。第 2 次会议于 3 月 4 日下午举行。",
    "全体委员会于 3 月 5 日和 6 日在第 3 次和第 4 次会议上审议了该项目。",
    "主席团于 3 月 5 日在第 2 次会议上审议了议程。",
    "非正式磋商于 3 月 4 日和 5 日在第 1 次和第 2 次会议上举行。",
    "3 月 4 日，全权证书委员会在本届会议第 1 次会议上选举了主席。",
    "3 月 4 日，执行工作组在本次会议第 1 次会议上选举了主席。",
    "执行工作组在本届会议第 1 次会议上选举了主席。",
    "主席团将在 3 月 6 日第 5 次会议和 3 月 7 日第 6 次会议上审议报告。",
    "主席建议，第 5 次会议于 3 月 7 日上午举行。",
    "在 3 月 2 日第 1 次会议和 3 月 3 日第 2 次会议上，会议选举了副主席。",
])
def test_other_bodies_numbered_meetings_are_no_plenaries(sentence):
    # CONSTRUCTED, NEGATIVE. No plenary named or dated.
    assert _plenaries(_report(HELD, sentence)) == {}


def test_a_plenarys_day_in_parentheses_is_quoted_with_them():
    # CONSTRUCTED. The evidence runs to the closing parenthesis.
    ctx, _ = _facts(_report(HELD, "第 2 次全体会议(3 月 5 日)审议了议程。"), "date")
    quoted = [ctx.clean.text[f.span.start : f.span.end] for f in ctx.facts if f.kind == "date"]
    assert quoted == ["第 2 次全体会议(3 月 5 日)"]


@pytest.mark.parametrize("sentence", [
    "关于东盟区域论坛，第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "东盟区域论坛在第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行的磋商中通过了声明。",
    "东盟区域论坛成立，并第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "东盟区域论坛的会议，即第十次会议于 2025 年 1 月 20 日至 22 日在雅加达举行。",
    "东盟区域论坛举行了第十次会议，于 2025 年 1 月 20 日至 22 日在雅加达举行。",
])
def test_a_meeting_after_another_bodys_words_is_not_the_series(sentence):
    # CONSTRUCTED, NEGATIVE. Whole words only: 「论坛在」, 「，并」, 「，即」 are no
    # clause's start or word that takes a meeting.
    assert _meetings(_report(HELD, sentence)) == _REPORTED


def test_a_proposed_deadline_gives_no_place():
    # CONSTRUCTED, NEGATIVE.
    assert _meetings(_report("工作组建议，第一次审议会议应不迟于 2026 年在纽约举行。")) == set()
