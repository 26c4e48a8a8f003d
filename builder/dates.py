"""Chinese date expressions, with the year and month carried over.

Handles single dates (「2023 年 11 月 27 日」), ranges within and across months
(「2023 年 11 月 27 日至 12 月 1 日」, 「2025年 3 月 3日至 7日」), lists
(「11 月 27 日和 28 日」) and dates without a year, whose year is supplied by
the caller (the reported meeting's) and marked as inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PIECE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日"
)
_RANGE_GAP = re.compile(r"^\s*(?:至|到|～|~|—|–|-)\s*$")
_LIST_GAP = re.compile(r"^\s*(?:和|、|及|以及|与)\s*$")
_MONTH_ONLY = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    dates: tuple[dt.date, ...]  # the dates named: one, a list, or a range's two ends
    is_range: bool
    year_inferred: bool
    # a list whose last date opens a range (「A以及B至C」): its dates run first to last, but
    # they are not one date per item
    list_then_range: bool = False

    @property
    def first(self) -> dt.date:
        return self.dates[0]

    @property
    def last(self) -> dt.date:
        return self.dates[-1]


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date expression in `text`.

    A piece without a month continues the expression before it (「至 7日」);
    a piece with neither year nor a preceding year takes `default_year`, or is
    dropped if there is none.
    """
    pieces = list(_PIECE.finditer(text))
    mentions: list[DateMention] = []
    i = 0
    while i < len(pieces):
        first = pieces[i]
        if first.group("m") is None:
            i += 1
            continue  # 「28 日」 alone names no month
        group = [first]
        kind = None
        tail_range = False
        j = i + 1
        while j < len(pieces):
            gap = text[group[-1].end() : pieces[j].start()]
            if _RANGE_GAP.match(gap) and kind in (None, "range") and len(group) == 1:
                kind = "range"
            elif _LIST_GAP.match(gap) and kind in (None, "list"):
                kind = "list"
            elif _RANGE_GAP.match(gap) and kind == "list" and pieces[j].group("y") is None:
                # 「2030 年 3 月 21 日以及 2031 年 3 月 10 日至 21 日」: a list whose last date
                # opens a range; the range's end closes the list (its dates run first to last).
                group.append(pieces[j])
                j += 1
                tail_range = True
                break
            else:
                break
            group.append(pieces[j])
            j += 1
        year = int(first.group("y")) if first.group("y") else default_year
        inferred = first.group("y") is None
        if year is None:
            i = j
            continue
        month = int(first.group("m"))
        dates: list[dt.date] = []
        ok = True
        for piece in group:
            if piece.group("y"):
                year = int(piece.group("y"))
            if piece.group("m"):
                new_month = int(piece.group("m"))
                if (kind == "range" or tail_range) and dates and new_month < month \
                        and not piece.group("y"):
                    year += 1  # 「12 月 28 日至 1 月 3 日」
                month = new_month
            day = _make(year, month, int(piece.group("d")))
            if day is None:
                ok = False
                break
            dates.append(day)
        if ok and tail_range and any(a >= b for a, b in zip(dates, dates[1:])):
            ok = False  # 「4 月 20 日以及 4 月 12 日至 16 日」: out of order, no span to read
        if ok and (kind != "range" or dates[0] <= dates[-1]):
            mentions.append(
                DateMention(first.start(), group[-1].end(), tuple(dates), kind == "range", inferred, tail_range)
            )
        i = j
    return mentions


def _years_within(month: int, day: int, start: dt.date, end: dt.date) -> list[int]:
    """The years in which month/day is a day of [start, end]."""
    return [year for year in range(start.year, end.year + 1)
            if (candidate := _make(year, month, day)) is not None and start <= candidate <= end]


def falls_within(month: int, day: int, start: dt.date, end: dt.date) -> bool:
    """Whether month/day is a day of [start, end] in some year."""
    return bool(_years_within(month, day, start, end))


def year_for(month: int, day: int, start: dt.date | None, end: dt.date | None, fallback: int | None) -> int | None:
    """The year that puts month/day inside [start, end] (a meeting's dates), else
    the fallback. None when several years do: 「3 月 21 日」 of a session that ran
    from 2030-03-21 to 2031-03-21 may be either."""
    if start is not None and end is not None:
        years = _years_within(month, day, start, end)
        if len(years) > 1:
            return None
        if years:
            return years[0]
    return fallback
