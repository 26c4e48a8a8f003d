"""Where a meeting's dates and place may be read: the words around a meeting's
name that make it the subject of 「…于 DATE 在 PLACE 举行」 (or make it no
meeting of the report's series), for meetings_and_dates in meetings.py; and
a plenary's day in parentheses, for plenaries() there.

Each test here reads plain text and offsets; meetings.py holds the mentions."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ..dates import DateMention, find_dates
from ..gazetteer import lookup_form
from .sentences import clause_start

# A part of the day after a date: 「3 月 4 日上午」.
HALF_DAY = r"(?:上午|下午|晚上|晚间|中午|(?<!比)(?<!不)晚(?![会宴于些]))"  # 「11 月 19 日晚举行的…」 (not 晚会, 晚宴, 晚于, 不晚)

# A meeting named without its series (「第十次会议」, 「缔约国第二次会议」) is the
# report's series' when it opens its clause or item, or follows words that take
# a meeting as their object or subject (「会议决定」, 「根据」, 「举行的」), or names
# the series' previous meeting (「上一次会议，即」), but not after a topic
# (「关于东盟区域论坛，」). A single character (「在」, 「为」) counts only right
# after a clause start or such a word: at the end of a longer word (「作为」,
# 「但是」, 「立即」, 「举行了」) it may follow another body's name
# (「东盟区域论坛举行了第十次会议」).
_CLAUSE_OPENS = r"(?:^\s*\d{0,3}|[，,。；;：:\n]|[(（][a-z\d]{1,3}[)）]|\d{1,3}\s*[.．])"
_TAKES_A_MEETING = r"(?:决定|商定|确认|回顾|注意到|根据|依照|按照|依据|据此|(?:举行|召开|开幕|闭幕)的)"
_SERIES_CONTEXT_BEFORE = re.compile(
    rf"(?:{_CLAUSE_OPENS}|(?:{_CLAUSE_OPENS}|{_TAKES_A_MEETING})\s*(?:由|为|在|于|自|从|至|到)"
    rf"|{_TAKES_A_MEETING}\s*了?|(?:上一次|下一次|上届|下届)会议\s*[，,]\s*即)\s*$"
)
# Where such a mention has no name of its own: it opens with its ordinal, the
# parties or the treaty's generic name (「第十次会议」, 「缔约国…」, 「《公约》缔约国…」,
# 「2023 年缔约国会议」). Names of sister bodies (「执行理事会第一〇四届会议」) are not tested.
_NO_NAME_OF_ITS_OWN = re.compile(r"\s*(?:《|第|缔约|条约|公约|(?:19|20)\d\d)")
_GENERIC_TREATY = re.compile(r"\s*(?:条约|公约)")
_QUOTED_GENERIC = re.compile(r"\s*《\s*(?P<generic>条约|公约|议定书|协定)\s*》")
GENERIC_NAMES = ("议定书", "条约", "公约", "协定")


def own_generic_name(treaty_zh_name: str) -> str | None:
    """The generic name the report's treaty goes by (「条约」 for 禁止核武器条约)."""
    return next((g for g in GENERIC_NAMES if treaty_zh_name.endswith(g)), None)


def series_named_here(head: str, written: str, own_treaty_names: Iterable[str], own_generic: str | None) -> bool:
    """Whether a meeting written `written` (named without its series) right after
    `head` (its unit's text before it) is the report's series' meeting: it opens
    its clause (or its unit, after a footnote's number), follows words that take
    it as object or subject, follows the report's own treaty's generic name in
    《》 (「《条约》缔约国第二次会议」 in a report of the 条约's parties), or the
    report's own treaty's name runs into it (「武器贸易」 + 「条约缔约国会议第十届会议」)."""
    quoted = _QUOTED_GENERIC.match(written)
    if quoted:  # 「《公约》缔约国第二十次会议」: the report's own treaty's only
        return quoted.group("generic") == own_generic and follows_no_name(head)
    if own_generic and re.search(rf"《\s*{own_generic}\s*》\s*$", head):
        return follows_no_name(re.sub(rf"《\s*{own_generic}\s*》\s*$", "", head))
    if not _NO_NAME_OF_ITS_OWN.match(written) or follows_no_name(head):
        return True
    generic = _GENERIC_TREATY.match(written)
    joined = lookup_form(head[-100:] + (written[: generic.end()] if generic else ""))
    return any(name and joined.endswith(name) for name in own_treaty_names)


# 「关于东盟区域论坛，」: a topic the clause after it may be about.
_ABOUT_ANOTHER = re.compile(r"(?:^|[。；\n])\s*(?:\d{1,3}\s*[.．]\s*)?关于[^，。；]{1,40}[，,]\s*$")


def follows_no_name(head: str) -> bool:
    """Whether what ends `head` opens a clause or is a word that takes a meeting
    as its object or subject (no name of another body runs into what follows)."""
    if _ABOUT_ANOTHER.search(head):
        return False  # 「关于东盟区域论坛，第十次会议于…」: the topic's meeting, maybe
    return _SERIES_CONTEXT_BEFORE.search(head, max(0, len(head) - 20)) is not None


# A treaty body's sessions named short in a report of its treaty's States parties:
# 「禁止酷刑委员会{ordinal}会议」 → 「委员会{ordinal}会议」 (「委员会第八十四届会议」).
_COMMITTEE_SESSION = re.compile(r"^(?P<body>[^{}]{2,30}?)(?P<short>委员会\{ordinal\}会议)$")


def committee_short_form(pattern: str) -> str | None:
    """The short form 「委员会{ordinal}会议」 of a committee's sessions' pattern
    (none for a preparatory committee's, whose 「委员会」 alone may be another)."""
    found = _COMMITTEE_SESSION.match(pattern)
    return found.group("short") if found and "筹备" not in found.group("body") else None


@lru_cache(maxsize=8)
def _quote_marks(text: str) -> tuple[tuple[int, ...], ...]:
    return tuple(tuple(i for i, c in enumerate(text) if c == mark) for mark in "“”「」")


def in_quote(text: str, at: int) -> bool:
    """Whether offset `at` is within quotes (a statement or a decision's words):
    more quotes opened than closed before it."""
    opened, closed, opened_corner, closed_corner = (bisect_left(marks, at) for marks in _quote_marks(text))
    return opened > closed or opened_corner > closed_corner


# 「上一次会议，即缔约国第二十三次会议，于 2024 年 6 月 11 日在纽约举行」: the series'
# previous (or next) meeting, then named between commas; the clause after the second
# comma is the named meeting's. Not in a proposal (「建议，下一次会议，即…，于…举行」).
_APPOSITION_BEFORE = re.compile(r"(?:上一次|下一次|上届|下届)会议\s*[，,]\s*即\s*$")
_APPOSITION_AFTER = re.compile(r"\s*[，,]\s*(?=(?:将)?于)")
PROPOSED = re.compile(r"建议|提议|提出|请|拟|应|规定|希望|期待")


def apposition_end(text: str, start: int, end: int) -> int | None:
    """Where the clause of a meeting named in apposition (「上一次会议，即 MEETING，」)
    goes on after its closing comma; None when it is not so named."""
    if not _APPOSITION_BEFORE.search(text, max(0, start - 12), start):
        return None
    sentence = text[clause_start(text, start) : start]
    if PROPOSED.search(sentence):
        return None
    after = _APPOSITION_AFTER.match(text, end)
    return after.end() if after else None


# 「3. 会议于 2024 年 9 月 16 日上午在日内瓦万国宫开幕，闭幕日期为 9 月 20 日」: a bare
# 「会议」 opening a paragraph (「审议大会」 in a review conference's report). It may still be another meeting (a side event's, a
# committee's under a heading); meetings.py takes what it says only where its dates
# are the reported meeting's.
_BARE_OPENING = re.compile(r"^\s*(?:\d{1,3}\s*[.．]\s*)?(?P<subject>(?:本次|本届)?会议|审议大会)(?=\s*(?:将\s*)?于)")


def bare_subjects(text: str, review_conference: bool) -> list[tuple[int, int]]:
    """(start, end) of a bare 「会议」 (or, in a `review_conference`'s report,
    「审议大会」) that opens the paragraph `text`."""
    return [(m.start("subject"), m.end("subject")) for m in _BARE_OPENING.finditer(text)
            if review_conference or m.group("subject") != "审议大会"]


# A plenary's one day in parentheses right after it: 「第 4 次全体会议(12 月 12 日)」.
_PAREN_DAY_AFTER = re.compile(rf"\s*\(\s*(?P<date>(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)\s*{HALF_DAY}?\s*\)")


def date_in_parentheses_after(text: str, at: int, year: int | None) -> tuple[DateMention, int] | None:
    """The one day written in parentheses right at `at` (after a plenary), as a
    date mention, with the end of the parentheses."""
    paren = _PAREN_DAY_AFTER.match(text, at)
    if paren is None:
        return None
    found = [m for m in find_dates(text[paren.start() : paren.end()], year) if m.start == paren.start("date") - paren.start()]
    if len(found) != 1 or len(found[0].dates) != 1:
        return None
    shift = paren.start()
    mention = DateMention(found[0].start + shift, found[0].end + shift, found[0].dates, found[0].is_range,
                          found[0].year_inferred)
    return mention, paren.end()
