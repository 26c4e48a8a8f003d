"""Chinese date expressions."""

from __future__ import annotations

import datetime as dt

from builder.dates import find_dates, year_for

D = dt.date


def test_dates_range_across_months():
    [m] = find_dates("将于 2023 年 11 月 27 日至 12 月 1 日在纽约举行")
    assert m.is_range and m.dates == (D(2023, 11, 27), D(2023, 12, 1)) and not m.year_inferred


def test_dates_range_with_month_carried_over():
    [m] = find_dates("于 2025年 3 月 3日至 7日的一周内")
    assert m.dates == (D(2025, 3, 3), D(2025, 3, 7))


def test_dates_range_across_years():
    [m] = find_dates("2023 年 12 月 28 日至 1 月 3 日")
    assert m.dates == (D(2023, 12, 28), D(2024, 1, 3))


def test_dates_list_without_year_takes_the_default():
    [m] = find_dates("在 11 月 27 日和 28 日第 2 次和第 3 次全体会议上", default_year=2023)
    assert not m.is_range and m.dates == (D(2023, 11, 27), D(2023, 11, 28)) and m.year_inferred


def test_dates_without_year_or_default_are_dropped():
    assert find_dates("于11月 27日宣布会议开幕") == []


def test_dates_invalid_day_is_not_a_date():
    assert find_dates("2023 年 2 月 30 日") == []


def test_dates_day_alone_is_not_a_date():
    assert find_dates("第 28 日", default_year=2023) == []


def test_year_for_a_meeting_spanning_new_year():
    assert year_for(1, 2, D(2023, 12, 28), D(2024, 1, 5), None) == 2024
    assert year_for(6, 1, D(2023, 12, 28), D(2024, 1, 5), None) is None


def test_a_list_whose_last_date_opens_a_range():
    # CONSTRUCTED. A session that met once a year before its main part:
    # 「2030 年 3 月 21 日以及 2031 年 3 月 10 日至 21 日」 runs from the first date to the range's end.
    (mention,) = find_dates("委员会于 2030 年 3 月 21 日以及 2031 年 3 月 10 日至 21 日举行了会议")
    assert mention.first == dt.date(2030, 3, 21) and mention.last == dt.date(2031, 3, 21)
    assert not mention.is_range
    # a year after the range's 至 starts a date of its own, not the range's end
    assert [m.dates for m in find_dates("3 月 10 日和 12 日至 2032 年 1 月 5 日", 2031)][0][-1] == dt.date(2031, 3, 12)


def test_year_for_a_day_that_two_years_of_a_meeting_hold_is_not_said():
    # CONSTRUCTED. A session from 2030-03-21 to 2031-03-21: 「3 月 21 日」 is either end.
    assert year_for(3, 21, dt.date(2030, 3, 21), dt.date(2031, 3, 21), 2031) is None
    assert year_for(3, 15, dt.date(2030, 3, 21), dt.date(2031, 3, 21), None) == 2031
