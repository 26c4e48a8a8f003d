"""Meeting and plenary date phrase families found missing on the held-out sets
(tests/fixtures/heldout5/, heldout7/ to heldout9/), each tested on a short text
CONSTRUCTED for this test in the style of UN Chinese reports, with wording of
its own (written by hand; not UN documents). Expected facts are written by hand
from the text. `TPNW` titles the report of the third meeting; `FOOT` gives it
the symbol TPNW/MSP/2025/6."""

from __future__ import annotations

import pytest
from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

M = "meeting/tpnw-msp-3"


def _dates(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    ctx, starts = _facts(text, "startDate")
    _, ends = _facts(text, "endDate")
    return {(d["subject"], d["value"]) for d in starts}, {(d["subject"], d["value"]) for d in ends}


def _locations(text: str) -> set[tuple[str, str]]:
    _, found = _facts(text, "location")
    return {(x["subject"], x["value"]) for x in found}


def _plenary_days(text: str) -> set[tuple[str, str]]:
    _, dates = _facts(text, "date")
    return {(d["subject"].rsplit("/", 1)[1], d["value"]) for d in dates if "/plenary/" in d["subject"]}


N = "禁止核武器条约缔约国第三次会议"  # the reported meeting, named


# ---------------------------------------------------------------------------
# 1. A named meeting dated by its opening and its closing


@pytest.mark.parametrize("sentence, start, end, place", [
    # 「闭幕日期为」.
    (N + "于 2025 年 3 月 3 日上午在纽约联合国总部开幕，闭幕日期为 3 月 7 日。", "2025-03-03", "2025-03-07", "纽约联合国总部"),
    # 「于 … 闭幕」.
    (N + "于 2025 年 3 月 3 日在纽约开幕，于 3 月 7 日闭幕，会期五天。", "2025-03-03", "2025-03-07", "纽约"),
    # The month changes: 「2 月 27 日 … 3 月 3 日」.
    (N + "于 2025 年 2 月 27 日(星期四)在纽约开幕，3 月 3 日闭幕。", "2025-02-27", "2025-03-03", "纽约"),
    # 「会期至 7 日」: the month carried over from the opening.
    (N + "于 2025 年 3 月 3 日在纽约开幕，会期至 7 日。", "2025-03-03", "2025-03-07", "纽约"),
    # Across the year's end: the closing's year carried over and advanced.
    (N + "于 2025 年 12 月 29 日在纽约开幕，1 月 2 日闭幕。", "2025-12-29", "2026-01-02", "纽约"),
])
def test_a_named_meeting_dated_by_its_opening_and_its_closing(sentence, start, end, place):
    # CONSTRUCTED. An opening with its year, and a closing whose year and month
    # carry over from it, date the meeting; where it opened is its place.
    text = TPNW + "1. " + sentence + FOOT
    assert _dates(text) == ({(M, start)}, {(M, end)})
    assert _locations(text) == {(M, place)}


def test_an_opening_without_its_year_takes_the_reports_year_only_for_the_reported_meeting():
    # CONSTRUCTED. No year is written: the reported meeting's symbol gives one
    # (TPNW/MSP/2025/6); another meeting named so has no year the report gives.
    text = TPNW + ("1. " + N + "于 3 月 3 日在纽约开幕，于 3 月 7 日闭幕。\n\n"
                   "2. 缔约国第二次会议于 11 月 27 日在纽约开幕，12 月 1 日闭幕。") + FOOT
    assert _dates(text) == ({(M, "2025-03-03")}, {(M, "2025-03-07")})


def test_an_opening_without_its_year_takes_the_year_the_text_gives_that_meeting():
    # CONSTRUCTED. The year written for the same meeting (2024) is not the
    # symbol's (2025): the opening without its year takes 2024, and agrees.
    text = TPNW + ("1. " + N + "于 2024 年 11 月 25 日至 29 日举行。\n\n"
                   "2. " + N + "于 11 月 25 日在纽约开幕，于 11 月 29 日闭幕。") + FOOT
    assert _dates(text) == ({(M, "2024-11-25")}, {(M, "2024-11-29")})
    wrong = TPNW + ("1. " + N + "于 2024 年 11 月 25 日至 29 日举行。\n\n"
                    "2. " + N + "于 11 月 25 日在纽约开幕，于 11 月 28 日闭幕。") + FOOT
    assert _dates(wrong) == (set(), set())  # the two disagree: neither


@pytest.mark.parametrize("days, dated", [(62, True), (63, False)])
def test_an_opening_and_a_closing_more_than_the_longest_meeting_apart_date_nothing(days, dated):
    # CONSTRUCTED. No meeting of these series runs longer than 62 days: an
    # opening and a closing further apart are a misreading.
    import datetime as dt
    end = dt.date(2025, 3, 3) + dt.timedelta(days=days)
    text = TPNW + f"1. {N}于 2025 年 3 月 3 日在纽约开幕，{end.month} 月 {end.day} 日闭幕。" + FOOT
    assert _dates(text) == (({(M, "2025-03-03")}, {(M, end.isoformat())}) if dated else (set(), set()))


@pytest.mark.parametrize("sentence", [
    # A future meeting's plan is no record of its dates.
    "会议决定，缔约国第四次会议将于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕。",
    # A decision, without 「将」.
    "会议决定，缔约国第四次会议于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕。",
    "各缔约国商定，缔约国第四次会议于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕。",
    # Within a quoted decision.
    "会议通过了第 3 号决定，其中指出：“缔约国第四次会议于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕”。",
    # Another body's meeting.
    "执行工作组于 2025 年 1 月 20 日在日内瓦开幕，1 月 22 日闭幕。",
    # A meeting named without its series after words of another body's.
    "东盟区域论坛第十次会议于 2025 年 1 月 20 日在雅加达开幕，1 月 22 日闭幕。",
    # The closing of a part of the meeting: the clause goes on after 「闭幕」.
    N + "于 2025 年 3 月 3 日在纽约开幕，5 日闭幕的高级别部分由主席主持。",
    N + "于 2025 年 3 月 3 日在纽约开幕，会期至 3 月 7 日的主席团成员由各区域组提名。",
    # Only scheduled: no closing day said to be kept.
    N + "于 2025 年 3 月 3 日在纽约开幕，原定于 3 月 6 日闭幕。",
    # The closing said, then changed: not sure which day closed it.
    N + "于 2025 年 3 月 3 日在纽约开幕，闭幕日期为 3 月 6 日，但随后延长一天。",
    # A bare 「会议」 is no name: it may be another meeting.
    "会议于 2025 年 3 月 3 日在纽约开幕，3 月 7 日闭幕。",
    "执行工作组召开了会议。会议于 2025 年 3 月 3 日在纽约开幕，3 月 7 日闭幕。",
])
def test_openings_and_closings_that_date_no_meeting(sentence):
    # CONSTRUCTED, NEGATIVE. None of these dates a meeting.
    text = TPNW + "1. " + sentence + FOOT
    assert _dates(text) == (set(), set())


def test_a_decision_is_not_read_by_the_opening_and_closing_form_even_for_a_place():
    # CONSTRUCTED, NEGATIVE. The next meeting's plan: neither its dates nor where.
    text = TPNW + "1. 会议决定，缔约国第四次会议于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕。" + FOOT
    assert _locations(text) == set()


# ---------------------------------------------------------------------------
# 2. Another meeting of the series: 「…是在 … 举行的」


@pytest.mark.parametrize("sentence, start, end", [
    ("缔约国第二次会议是在 2023 年 11 月 28 日举行的，其报告载于 TPNW/MSP/2023/14 号文件。", "2023-11-28", "2023-11-28"),
    ("缔约国第二次会议是于 2023 年 11 月 27 日至 12 月 1 日举行的。", "2023-11-27", "2023-12-01"),
])
def test_another_meeting_dated_was_held_on(sentence, start, end):
    # CONSTRUCTED. 「是在/是于 DATE 举行的」: the dates of the meeting named before.
    text = TPNW + "1. " + sentence + FOOT
    assert _dates(text) == ({("meeting/tpnw-msp-2", start)}, {("meeting/tpnw-msp-2", end)})


@pytest.mark.parametrize("sentence", [
    # 「举行的」 goes on: the day of the closing plenary, not of the meeting.
    "缔约国第二次会议是在 2023 年 12 月 1 日举行的闭幕全体会议上通过这一宣言的。",
    "缔约国第二次会议是在 2023 年 11 月 27 日至 12 月 1 日举行的会议上通过其报告的。",
    # In a decision.
    "会议决定，缔约国第四次会议是在 2026 年 3 月 2 日至 6 日举行的。",
    # A meeting named without its series after words of another body's.
    "该公约缔约国第十九次会议是在 2021 年 11 月 16 日至 18 日举行的。",
    "全体委员会的第二次会议是在 2025 年 3 月 5 日举行的。",
])
def test_was_held_that_dates_no_meeting(sentence):
    # CONSTRUCTED, NEGATIVE. Each matches 「是在…举行的」 after a meeting's name
    # (or a series-less one) and must be refused.
    text = TPNW + "1. " + sentence + FOOT
    assert _dates(text) == (set(), set())


# ---------------------------------------------------------------------------
# 3. A closing later than scheduled


def test_the_actual_closing_ends_the_meeting_not_the_scheduled_one():
    # CONSTRUCTED. 「原定于 D 闭幕，因…，实际于 D' 闭幕」 in the opening sentence: D' ends it.
    text = TPNW + ("1. " + N + "于 2025 年 3 月 3 日在纽约开幕，原定于 3 月 6 日闭幕，因谈判延长，"
                   "实际于 3 月 7 日闭幕。") + FOOT
    assert _dates(text) == ({(M, "2025-03-03")}, {(M, "2025-03-07")})


def test_an_actual_closing_said_alone_is_held_against_the_dates_given():
    # CONSTRUCTED. The dates given end on the actual closing day: they stand;
    # they end on another day than the actual closing: none is emitted.
    agrees = TPNW + ("1. " + N + "于 2025 年 3 月 3 日至 7 日在纽约举行。"
                     + N + "原定于 3 月 6 日闭幕，由于磋商未完成，实际于 3 月 7 日闭幕。") + FOOT
    assert _dates(agrees) == ({(M, "2025-03-03")}, {(M, "2025-03-07")})
    differs = TPNW + ("1. " + N + "于 2025 年 3 月 3 日至 7 日在纽约举行。"
                      + N + "原定于 3 月 6 日闭幕，由于磋商未完成，实际于 3 月 8 日闭幕。") + FOOT
    ctx, _ = _facts(differs, "endDate")
    assert _dates(differs) == (set(), set())
    assert any(w.code == "meeting-closing-conflict" for w in ctx.warnings)


@pytest.mark.parametrize("closing", [
    "会议原定于 3 月 6 日闭幕，因磋商延长，实际于 3 月 7 日闭幕。",  # the range ends on the scheduled day
    "会议原定于 3 月 6 日闭幕。",  # that day was scheduled, and the text says no more
    N + "原定于 3 月 6 日闭幕，因磋商延长，实际于 3 月 7 日闭幕。",
])
def test_dates_that_end_on_a_scheduled_day_not_kept_are_not_emitted(closing):
    # CONSTRUCTED, NEGATIVE. A range that ends on the day the meeting was only
    # scheduled to close must not give the end date; unsure, none is emitted.
    text = TPNW + "1. " + N + "于 2025 年 3 月 3 日至 6 日在纽约举行。" + closing + FOOT
    ctx, _ = _facts(text, "endDate")
    assert _dates(text) == (set(), set())
    assert any(w.code == "meeting-closing-conflict" for w in ctx.warnings)


# ---------------------------------------------------------------------------
# 4. Plenaries dated by a day without its month

def test_plenaries_dated_by_a_day_number_within_the_meetings_dates():
    # CONSTRUCTED. 「于 4 日下午举行」, 「在 5 日上午举行的…上」: the one day of the
    # meeting (3 to 7 March) with that number.
    text = TPNW + ("1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n"
                   "2. 第 2 次全体会议于 4 日下午举行。在 5 日上午举行的第 3 次全体会议上，会议审议了议程项目 5。") + FOOT
    assert _plenary_days(text) == {("2", "2025-03-04"), ("3", "2025-03-05")}


def test_a_day_number_in_both_months_of_the_meeting_or_outside_it_dates_no_plenary():
    # CONSTRUCTED, NEGATIVE. The meeting runs from 28 April to 30 May: 「29 日」 is
    # in both months (no day); 「2 日」 only in May; 「15 日」 in a meeting of 3 to 7
    # March is none of its days; with no dates for the meeting, no month at all.
    long = TPNW + ("1. 禁止核武器条约缔约国第三次会议于 2025 年 4 月 28 日至 5 月 30 日在纽约举行。\n\n"
                   "2. 第 2 次全体会议于 29 日举行。第 3 次全体会议于 2 日下午举行。") + FOOT
    assert _plenary_days(long) == {("3", "2025-05-02")}
    outside = TPNW + ("1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n"
                      "2. 第 4 次全体会议于 15 日举行。") + FOOT
    assert _plenary_days(outside) == set()
    undated = TPNW + "1. 第 2 次全体会议于 4 日下午举行。" + FOOT
    assert _plenary_days(undated) == set()


@pytest.mark.parametrize("paragraph", [
    # A resumed session: 「5 日」 may be in June.
    "会议于 2025 年 3 月 7 日休会，续会于 2025 年 6 月 2 日至 6 日在纽约举行。第 9 次全体会议于 5 日下午举行。",
    # Another meeting named in the paragraph.
    "筹备会议于 2024 年 11 月 4 日至 6 日在维也纳举行。筹备会议第 2 次全体会议于 5 日举行。",
    "缔约国第二次会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行，其第 3 次全体会议于 28 日举行。",
    # Suspended and resumed, no other date written.
    "会议于 2025 年 3 月 5 日休会，其后复会。第 9 次全体会议于 6 日下午举行。",
    # Another meeting named, no other date written.
    "主席宣读了缔约国第二次会议主席的信函。第 3 次全体会议于 4 日举行。",
    # A date outside the meeting's in the paragraph: 「4 日」 may be 4 February.
    "主席团于 2025 年 2 月 4 日举行会议。第 1 次全体会议于 4 日上午举行。",
])
def test_a_day_number_in_a_paragraph_about_other_days_dates_no_plenary(paragraph):
    # CONSTRUCTED, NEGATIVE. The meeting runs from 3 to 7 March; the paragraph
    # speaks of other days, so a day without its month dates no plenary.
    text = TPNW + ("1. " + N + "于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n2. " + paragraph) + FOOT
    assert _plenary_days(text) == set()
