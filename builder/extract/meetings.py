"""Meetings: the report's own identity, every meeting it mentions, their
dates and places, and plenary meetings with their numbers and dates."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..dates import DateMention, falls_within, find_dates, year_for
from ..gazetteer import Gazetteer, SeriesEntry, lookup_form
from ..iri import slug
from ..records import Span
from ..segment import Unit, chinese_number
from ..symbols import PART_LABEL, parse as parse_symbol, symbols_of
from .bodies import OTHER_BODY
from .context import Context, MeetingInfo
from .meeting_dates import (HALF_DAY, PROPOSED, apposition_end, bare_subjects, committee_short_form,
                            date_in_parentheses_after, follows_no_name, in_quote, own_generic_name, series_named_here)
from .sentences import clause_start, sentences

_ORD = r"第\s*(?P<ord>[一二两三四五六七八九十百〇零]+|\d{1,3})\s*(?:次|届)"
_ORD_CN = r"第(?P<ord>[一二三四五六七八九十]+)(?:次|届)"
_YEAR = r"(?P<year>\d{4})\s*"

_ORDINALS_EN = {1: "First", 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh",
                8: "Eighth", 9: "Ninth", 10: "Tenth", 11: "Eleventh", 12: "Twelfth"}


@dataclass(frozen=True)
class MeetingMention:
    start: int
    end: int
    series: str
    number: int  # ordinal, or year for year-numbered series
    written: str
    relative: bool  # named without its series (resolved to the report's series)
    session: int | None = None  # the session within a year (「2026 年审议大会筹备委员会第三届会议」)

    @property
    def key(self) -> str:
        return meeting_key(self.series, self.number, self.session)


def meeting_key(series: str, number: int, session: int | None = None) -> str:
    """The IRI key of a meeting: 「tpnw-msp-2」, 「bwc-msp-2024」; a series numbered
    by year and session within it: 「npt-prepcom-2026-3」."""
    return f"{series}-{number}" if session is None else f"{series}-{number}-{session}"


@lru_cache(maxsize=4)
def _series_patterns(gaz: Gazetteer) -> list[tuple[re.Pattern[str], SeriesEntry, str]]:
    return [(_compile(pattern), entry, _anchor(pattern)) for entry in gaz.series.values() for pattern in entry.zh_patterns]


@lru_cache(maxsize=4)
def _any_anchor(gaz: Gazetteer) -> re.Pattern[str]:
    """One regex for every anchor of `_series_patterns` and `_short_patterns`:
    most texts hold none, and one search tells so at once."""
    anchors = {anchor for _, _, anchor in _series_patterns(gaz)} | {anchor for _, _, anchor in _short_patterns(gaz)}
    return re.compile("|".join(map(re.escape, sorted(anchors, key=lambda a: (-len(a), a)))))


def _anchor(pattern: str) -> str:
    """The longest written part of a series name: a text without it (spaces
    removed) cannot name the series, so its regex need not run."""
    return max((lookup_form(part) for part in re.split(r"\{\w+\}", pattern)), key=len)


def _compile(pattern: str) -> re.Pattern[str]:
    """A series name with placeholders ({ordinal}, {year}, {session}) as a regex
    that allows spaces between characters."""
    regex = ""
    its = False
    for part in re.split(r"(\{ordinal\}|\{year\}|\{session\})", pattern):
        if part in ("{ordinal}", "{session}", "{year}") and regex and not its:
            # 「大会在其第七十八届会议上」, 「经济及社会理事会在其 2031 年届会上」: the body, then its session
            regex += r"(?:\s*(?P<its>在其|于其)\s*)?"
            its = True
        if part in ("{ordinal}", "{session}"):
            # 「…缔约方会议(《巴黎协定》缔约方会议)第十二届会议」: a short name in parentheses before it
            regex += r"\s*(?:[(（][^()（）。，；]{1,30}[)）]\s*)?" + _ORD + r"\s*"
        elif part == "{year}":
            regex += r"\s*" + _YEAR + r"\s*"
        else:
            # 《》 may enclose the treaty's name in the text (「《残疾人权利公约》缔约国会议」).
            regex += r"[\s《》]*".join(map(re.escape, lookup_form(part)))
    return re.compile(regex)


_RELATIVE = [
    re.compile(r"(?:《?(?:条约|公约)》?)?(?:缔约国|缔约方)(?:大会|会议)?\s*" + _ORD + r"\s*(?P<kind>会议|届会|审议大会|审议会议)"),
    re.compile(_ORD + r"\s*(?:《?(?:条约|公约)》?)?(?:缔约国|缔约方)(?:会议|大会)"),
    re.compile(_ORD_CN + r"(?P<kind>会议)"),
    re.compile(_ORD_CN + r"(?P<kind>审议会议|审议大会)"),
]
# Series numbered by year: 「缔约方 2023 年会议」, 「缔约国 2024 年会议」.
_RELATIVE_YEAR = re.compile(r"(?:(?:缔约国|缔约方)(?:大会)?\s*)?(?P<year>(?:19|20)\d\d)\s*年\s*(?:会议|届会)"
                            r"|(?P<year2>(?:19|20)\d\d)\s*年\s*(?:《[^》]{1,30}》)?(?:缔约国|缔约方)(?:会议|大会)(?!\s*第)")
# A regional or parent body's name run into a series' name: the series' name is part of
# another body's (「非洲统计委员会」, 「美洲反腐败公约」, 「阿拉伯…」, 「欧洲经济委员会统计委员会」).
_NESTED_BEFORE = re.compile(r"(?:[非美欧亚澳拉]洲|阿拉伯|太平洋|区域|地区|联盟|委员会|经社会|组织)$")
_OTHER_BODY_HOLDS = re.compile(r"(?:委员会|理事会|工作组|专家组|小组)[^，。；]{0,24}?举行(?:了)?\s*$")
# (also with a year between: 「执行局 2040 年第一届会议」, a board's session of that year)
_NOT_SERIES_BEFORE = re.compile(r"(委员会|小组|理事会|工作组|专家组|组|全体|大会|会议|机构|机制|执行局|主席团)\s*(?:(?:19|20)\d\d\s*年\s*)?$")


@lru_cache(maxsize=4)
def _short_patterns(gaz: Gazetteer) -> list[tuple[re.Pattern[str], SeriesEntry, str]]:
    """Each series' names without the organization or treaty they open with
    (「禁止化学武器组织执行理事会{ordinal}会议」 → 「执行理事会{ordinal}会议」): how a
    report of the same treaty names its sister bodies. Used only there."""
    compiled = []
    for entry in gaz.series.values():
        for pattern in entry.zh_patterns:
            literal = pattern.split("{", 1)[0]
            cuts = [i for i in range(2, len(literal) - 2) if gaz.organization(literal[:i]) or gaz.treaty(literal[:i])]
            if cuts:
                compiled.append((_compile(pattern[max(cuts):]), entry, _anchor(pattern[max(cuts):])))
    return compiled


def _names_the_host(ctx: Context, written: str) -> bool:
    """Whether 「缔约方会议」/「缔约方大会」 in a report of a body serving as another treaty's meeting
    is the host's name: the Climate Convention's COP is 「缔约方会议」 in a CMA's report, the
    Biodiversity Convention's 「缔约方大会」 in a Protocol meeting's, whose report calls itself
    「缔约方会议」 (「(下称“缔约方会议”)」)."""
    host = ctx.gaz.series.get(ctx.series.host) if ctx.series is not None else None
    if host is None:
        return True
    word = "缔约方大会" if host.zh_name.endswith("缔约方大会") else "缔约方会议"
    return word in written or "缔约" not in written


def find_meetings(ctx: Context, text: str) -> list[MeetingMention]:
    """Meeting mentions in `text`, leftmost-longest, resolved to series keys."""
    found: list[MeetingMention] = []
    compact = lookup_form(text)
    named = _any_anchor(ctx.gaz).search(compact) is not None  # else no series name can match
    for pattern, entry, anchor in _short_patterns(ctx.gaz) if named else ():
        if ctx.treaty_key is None or entry.treaty != ctx.treaty_key or entry.key == ctx.series_key \
                or anchor not in compact:
            continue
        for match in pattern.finditer(text):
            number = _number(match)
            if number is not None:
                found.append(MeetingMention(match.start(), match.end(), entry.key, number, match.group(0), True))
    found += _committee_sessions(ctx, text)
    for pattern, entry, anchor in _series_patterns(ctx.gaz) if named else ():
        if anchor not in compact:
            continue
        for match in pattern.finditer(text):
            number = _number(match)
            session = chinese_number(match.group("ord")) if "year" in pattern.groupindex and "ord" in pattern.groupindex \
                and match.group("year") and match.group("ord") else None
            if number is not None:
                start = match.start()
                if _NESTED_BEFORE.search(text, max(0, start - 8), start) \
                        and not lookup_form(text[max(0, start - 40) : start]).endswith(tuple(series_bodies(entry))):
                    # 「非洲统计委员会第八届会议」, 「亚太经社会社会发展委员会…」: a regional body's own
                    # (not the body's own name on the masthead's line above: 「外层空间委员会 ⏎ 外层空间委员会第…」)
                    continue
                if match.group(0).count("》") > match.group(0).count("《") and text[max(0, start - 1) : start] == "《":
                    start -= 1  # 「《生物武器公约》缔约国 2024 年会议」: the treaty's opening mark too
                written = text[start : match.end()]
                if match.groupdict().get("its"):  # (not part of the meeting's name)
                    written = text[start : match.start("its")] + text[match.end("its") : match.end()]
                found.append(MeetingMention(start, match.end(), entry.key, number, written, False, session))
    if ctx.series_key is not None:
        treaty_names = _foreign_treaty_names(ctx)
        for pattern in _RELATIVE:
            for match in pattern.finditer(text):
                before = text[max(0, match.start() - 20) : match.start()]
                if _NOT_SERIES_BEFORE.search(before) and pattern in (_RELATIVE[2], _RELATIVE[3]) \
                        and not _own_body_before(ctx, before) and not _own_short_name(ctx, before):
                    continue
                clause = text[clause_start(text, match.start()) : match.start()]
                if re.search(r"其\s*$", before) and re.search(OTHER_BODY, clause) and not _own_body_before(ctx, clause):
                    continue  # 「全权证书委员会在其第一次会议上」: the body's own meeting
                if pattern in (_RELATIVE[2], _RELATIVE[3]) and _OTHER_BODY_HOLDS.search(clause) \
                        and not _own_body_before(ctx, clause) and not _held_by_own_body(ctx, clause):
                    continue  # 「筹备委员会将于 2021 年 11 月举行第五十七届会议」: another body's session
                if lookup_form(before).endswith(treaty_names):
                    continue  # another treaty's meeting, not in the gazetteer
                number = _number(match)
                if ctx.series is not None and ctx.series.zh_name.startswith("作为") and pattern in (_RELATIVE[0], _RELATIVE[1]) \
                        and _names_the_host(ctx, match.group(0)) \
                        and not _own_treaty_before(ctx, text, match.start()):
                    # 「缔约方会议第三十五届会议」 in a CMA report: the Convention's COP (the host
                    # series, where the gazetteer gives one), not the CMA
                    host = ctx.gaz.series.get(ctx.series.host)
                    sentence_head = text[max(text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start())) + 1
                                         : match.start()]
                    if host is not None and number is not None and host.numbering == "session" \
                            and (match.group(0).startswith("《公约》")
                                 or _FREE_BEFORE.search(text[max(0, match.start() - 12) : match.start()].rstrip(" "))) \
                            and all(_own_title(ctx, t) or names_treaty(ctx, t, host.treaty)
                                    for t in re.findall(r"《([^《》]{1,40})》", sentence_head)):
                        # (no other convention named before in the sentence: 「《联合国防治荒漠化公约》…
                        # 缔约方会议第十六届会议」 is that convention's COP)
                        found.append(MeetingMention(match.start(), match.end(), host.key, number, match.group(0), True))
                    continue
                review = (match.groupdict().get("kind") or "").startswith("审议")
                series = _review_series(ctx) if review else _meetings_series(ctx)
                if pattern is _RELATIVE[2] and "次" in match.group(0) and ctx.meeting is not None \
                        and series == ctx.meeting.series and "届" in ctx.meeting.label_zh:
                    continue  # 「第九十三次会议」 where the report calls its sessions 「第九十一届会议」: a sitting, or another body's
                if ctx.meeting is not None and number is not None and ctx.meeting.ordinal is not None \
                        and series == ctx.meeting.series and pattern in (_RELATIVE[2], _RELATIVE[3]) \
                        and number > ctx.meeting.ordinal + 3:
                    continue  # 「…以及第七十三届会议」 in a report of the twelfth: another body's session
                if series is None or (ctx.gaz.series.get(series) is not None
                                      and ctx.gaz.series[series].numbering == "year"):
                    continue  # a year-numbered series has no ordinal meetings (「第十二次审议大会」 of the NPT's)
                if number is not None and series is not None:
                    session = None
                    if _year_and_session(ctx, series):
                        # 「第二届会议」 in a series counted by year and session: the report's year.
                        year = _series_year(ctx, series)
                        if year is None:
                            continue
                        number, session = year, number
                    found.append(MeetingMention(match.start(), match.end(), series, number, match.group(0), True,
                                                session))
        found += _review_years(ctx, text) + _prepcom_sessions(ctx, text)
        regular = ctx.gaz.series.get(_meetings_series(ctx) or "")
        if regular is None or regular.numbering == "year":
            for match in _RELATIVE_YEAR.finditer(text):
                before = text[max(0, match.start() - 20) : match.start()]
                if lookup_form(before).endswith(treaty_names):
                    continue
                if not match.group(0).startswith(("缔约国", "缔约方")) and not match.group("year2") and (
                    _NOT_SERIES_BEFORE.search(before) or re.search(r"[\u4e00-\u9fff]$", before.rstrip())
                    and not re.search(r"(?:为|在|于|的|和|与|及|至|了|：|，|、)\s*$", before)
                ):
                    continue  # 「专家组 2023 年会议」 is the group's, not the series'
                found.append(MeetingMention(match.start(), match.end(), _meetings_series(ctx) or ctx.series_key,
                                            int(match.group("year") or match.group("year2")), match.group(0), True))
    if ctx.series is not None and ctx.series.key != "ga-session" and ctx.series.zh_name.find("大会") >= 0 \
            and ctx.series.numbering != "year":  # (the NPT's conferences have no sessions: 「大会第七十九届会议」 is the GA's)
        # In the report of an assembly or conference named 「…大会」, 「大会第二十三届会议」
        # is its own session, not the General Assembly's (「联合国大会…」 still is).
        # (not a session far beyond the reported one: 「本报告将转交大会第九十五届会议」 in the third
        # session's report is the General Assembly's)
        found = [MeetingMention(m.start, m.end, ctx.series.key, m.number, m.written, True, m.session)
                 if m.series == "ga-session" and not m.written.startswith("联合国")
                 and not (ctx.meeting is not None and ctx.meeting.ordinal is not None and ctx.meeting.series == ctx.series.key
                          and m.number > ctx.meeting.ordinal + 3) else m for m in found]
    found.sort(key=lambda m: (m.start, -(m.end - m.start), m.relative))
    result: list[MeetingMention] = []
    for mention in found:
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    # 「作为《卡塔赫纳生物安全议定书》缔约方会议的公约缔约方大会第十二次会议」: the
    # protocol's meeting, numbered in its own series, not the convention's COP.
    return [m for m in result if not _SERVING_AS.search(text, max(0, m.start - 70), m.start)
            and not _protocol_of_convention(ctx, text, m)]


@lru_cache(maxsize=4)
def _committee_patterns(gaz: Gazetteer) -> list[tuple[re.Pattern[str], SeriesEntry]]:
    return [(_compile(short), entry) for entry in gaz.series.values() if entry.numbering == "session" and entry.treaty
            for short in map(committee_short_form, entry.zh_patterns) if short]


def _committee_sessions(ctx: Context, text: str) -> list[MeetingMention]:
    """「委员会第八十四届会议」 in a report of the States parties to the treaty whose
    committee meets in sessions (禁止酷刑委员会): that committee's session, when no
    other body's name runs into 「委员会」 (「小组委员会」, 「全体委员会」)."""
    if ctx.treaty_key is None or "委员会" not in text:
        return []
    committees = {m.start() for m in re.finditer("委员会", text)}
    found = []
    for pattern, entry in _committee_patterns(ctx.gaz):
        if entry.treaty != ctx.treaty_key or entry.key == ctx.series_key:
            continue
        matches = list(pattern.finditer(text))
        if committees - {m.start() for m in matches}:
            continue  # 「设立了特设委员会。委员会…」, 「关于儿童权利委员会，委员会…」: which committee is unclear
        for match in matches:
            number = _number(match)
            head = text[max(0, match.start() - 20) : match.start()]
            # (「她们将在委员会…」: no name runs into 「委员会」 after 「将在」, as none may into 「第十次会议」)
            if number is not None and (follows_no_name(head) or re.search(r"[将已曾也]\s*[在于]\s*$", head)):
                found.append(MeetingMention(match.start(), match.end(), entry.key, number, match.group(0), True))
    return found


def names_treaty(ctx: Context, title: str, key: str | None) -> bool:
    """A title in 《》 that the gazetteer reads as the treaty `key`."""
    entry = ctx.gaz.treaty(title)
    return entry is not None and entry.key == key


def _own_title(ctx: Context, title: str) -> bool:
    """A title in 《》 that names the report's own treaty (or is its short form 「条约」)."""
    return title in ("条约", "公约", "协定", "议定书", "规约") or names_treaty(ctx, title, ctx.treaty_key)


def _own_treaty_before(ctx: Context, text: str, at: int) -> bool:
    """The report's own treaty named in 《》 right before `at` (「《巴黎协定》缔约方会议」)."""
    title = re.search(r"《([^《》]{1,40})》\s*$", text[max(0, at - 45) : at])
    return title is not None and names_treaty(ctx, title.group(1), ctx.treaty_key)


# 「在 2026 年审议大会上」: a review conference of the report's treaty named by its year
# (a series counted by year); not 「2035 年审议大会筹备委员会」, the committee.
_REVIEW_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*年\s*(?:审议(?:和延期)?大会|审议会议)(?!\s*筹备)")
# 「筹备委员会第一届会议」 in a review conference's report: that conference's preparatory committee.
_PREPCOM_SESSION = re.compile(r"筹备委员会\s*第\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*届\s*会议")
# What may stand right before such a name: nothing that makes it another's (「联合国」, 「…的」 is fine).
_FREE_BEFORE = re.compile(r"(?:^|[\s，。；：、(（“.．]|在|于|和|与|及|至|了|为|对|由|是|即)$")


def _review_years(ctx: Context, text: str) -> list[MeetingMention]:
    series = _review_series(ctx)
    entry = ctx.gaz.series.get(series or "")
    if entry is None or entry.numbering != "year" or "年" not in text:
        return []
    treaty_names = _foreign_treaty_names(ctx)
    found = []
    for match in _REVIEW_YEAR.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        clause = text[clause_start(text, match.start()) : match.start()]
        if not _FREE_BEFORE.search(before.rstrip(" ")) or lookup_form(before).endswith(treaty_names) \
                or any(not _own_title(ctx, title) for title in re.findall(r"《([^《》]{1,40})》", clause)):
            continue  # 「…公约 2026 年审议大会」, 「《禁止生物武器公约》缔约国的 2027 年审议大会」: another's
        found.append(MeetingMention(match.start(), match.end(), entry.key, int(match.group("year")), match.group(0), True))
    return found


def _prepcom_sessions(ctx: Context, text: str) -> list[MeetingMention]:
    """「筹备委员会第二届会议」 in the report of a conference counted by year: a
    session of its preparatory committee (the series named as the conference's
    name then 「筹备委员会」), that year's."""
    if "筹备委员会" not in text or ctx.series is None or ctx.series.numbering != "year":
        return []
    committees = [entry for entry in ctx.gaz.series.values() if entry.key != ctx.series_key and any(
        pattern.startswith(own) and pattern[len(own):].startswith("筹备委员会")
        for pattern in entry.zh_patterns for own in ctx.series.zh_patterns)]
    year = _series_year(ctx, ctx.series_key)
    if len(committees) != 1 or year is None:
        return []
    found = []
    for match in _PREPCOM_SESSION.finditer(text):
        number = chinese_number(match.group("n"))
        if number is None or not _FREE_BEFORE.search(text[max(0, match.start() - 12) : match.start()].rstrip(" ")):
            continue  # 「2035 年审议大会筹备委员会第一届会议」: another conference's committee
        found.append(MeetingMention(match.start(), match.end(), committees[0].key, year, match.group(0), True, number))
    return found


def _protocol_of_convention(ctx: Context, text: str, mention: MeetingMention) -> bool:
    """「《禁止酷刑公约任择议定书》缔约国第十一次会议」: the meeting of a protocol, named
    with its convention's name; not the convention's series (unless that is a protocol's)."""
    series = ctx.gaz.series.get(mention.series)
    opened = text.rfind("《", 0, mention.end)
    closed = text.find("》", max(opened, 0), mention.end + 1)
    quoted = text[opened:closed] if 0 <= opened < closed else ""
    return "议定书" in quoted and series is not None and "议定书" not in series.zh_name


_SERVING_AS_WORDS = r"作为[^，。；]{2,60}?(?:缔约方会议|缔约国会议)的"
_SERVING_AS = re.compile(_SERVING_AS_WORDS + r"\s*$")
_SERVING_AS_BEFORE = re.compile(_SERVING_AS_WORDS + r"[^，。；]{0,40}$")


def serving_as_before(text: str) -> bool:
    """Whether `text` names, before its end, a meeting held 「作为《…》缔约方会议的」: the
    meeting of a protocol, which find_meetings leaves out (callers then must not
    take the reported meeting instead)."""
    return _SERVING_AS_BEFORE.search(text) is not None


def _own_body_before(ctx: Context, before: str) -> bool:
    """「筹备委员会第一届会议」 in a preparatory committee's report: the body
    named before the ordinal is the report's own series (its name ends so)."""
    if ctx.series is None or not ctx.series.zh_name.endswith("委员会"):
        return False
    name, written = lookup_form(ctx.series.zh_name), lookup_form(before)
    return any(written.endswith(name[-k:]) for k in range(5, min(len(name), 12) + 1))


def _year_and_session(ctx: Context, series: str) -> bool:
    entry = ctx.gaz.series.get(series)
    return entry is not None and any("{year}" in p and "{ordinal}" in p for p in entry.zh_patterns)


def _series_year(ctx: Context, series: str) -> int | None:
    """The year of the report's meeting in a series counted by year and
    session: the meeting's, or the one the report's symbol carries
    (NPT/CONF.2026/PC.III/14 → 2026)."""
    if ctx.meeting is not None and ctx.meeting.series == series:
        return int(ctx.meeting.key[len(series) + 1 :].split("-")[0])
    entry = ctx.gaz.series.get(series)
    if ctx.symbol and entry is not None and "{year}" in entry.symbol_prefix:
        prefix = re.escape(entry.symbol_prefix).replace(re.escape("{year}"), r"(?P<year>(?:19|20)\d\d)")
        prefix = re.sub(r"\\\{\w+\\\}", ".+?", prefix)
        found = re.match(prefix, ctx.symbol)
        if found:
            return int(found.group("year"))
    return None


def _meetings_series(ctx: Context) -> str | None:
    """The series of the treaty's regular meetings: the report's own, or, in a
    review conference's report, the meetings of States parties of the same treaty."""
    if ctx.series is None or not ctx.series.key.endswith("revcon"):
        return ctx.series_key
    # Meetings (or conferences, or assemblies) of the States parties of the same treaty.
    for suffix in ("msp", "mhcp", "csp", "asp", "cop", "mop"):
        for entry in ctx.gaz.series.values():
            if entry.treaty == ctx.treaty_key and entry.key.endswith("-" + suffix):
                return entry.key
    return None


def _review_series(ctx: Context) -> str | None:
    """The review-conference series of the report's treaty, if the gazetteer has one."""
    if ctx.series is not None and ctx.series.key.endswith("revcon"):
        return ctx.series.key
    for entry in ctx.gaz.series.values():
        if entry.treaty and entry.treaty == ctx.treaty_key and entry.key.endswith("revcon"):
            return entry.key
    return None


def _number(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("ord"):
        return chinese_number(groups["ord"])
    return None


@lru_cache(maxsize=8)
def _foreign_treaty_names_cached(gaz: Gazetteer, own: str | None) -> tuple[str, ...]:
    names = []
    for entry in gaz.treaties.values():
        if entry.key == own:
            continue
        for name in (entry.zh_name, *entry.zh_aliases):
            form = lookup_form(name)
            if form:
                names.append(form)
    return tuple(names)


def _foreign_treaty_names(ctx: Context) -> tuple[str, ...]:
    return _foreign_treaty_names_cached(ctx.gaz, ctx.treaty_key)


def meeting_info(ctx: Context, series: str, number: int, written: str, session: int | None = None) -> MeetingInfo:
    key = meeting_key(series, number, session)
    info = ctx.meetings.get(key)
    if info is None:
        info = MeetingInfo(key, series, number if session is None else session, written)
        ctx.meetings[key] = info
    return info


def english_label(ctx: Context, info: MeetingInfo) -> str | None:
    entry = ctx.gaz.series.get(info.series)
    if entry is None or not entry.en_name or info.ordinal is None:
        return None
    if entry.numbering == "year":
        return f"{info.ordinal} {entry.en_name}"
    ordinal = _ORDINALS_EN.get(info.ordinal) or english_ordinal(info.ordinal)
    return f"{ordinal} {entry.en_name}"


def english_ordinal(number: int) -> str:
    """21 → 21st, 22 → 22nd, 113 → 113th."""
    if number % 100 in (11, 12, 13):
        return f"{number}th"
    return f"{number}{({1: 'st', 2: 'nd', 3: 'rd'}).get(number % 10, 'th')}"


# ----------------------------------------------------------------------------
# The report's identity


def identify(ctx: Context, given_symbol: str | None) -> None:
    """The report's symbol and the meeting it reports on."""
    symbol = _own_symbol(ctx)
    if symbol is None and given_symbol:
        symbol = given_symbol
    ctx.symbol = symbol
    if symbol is not None:
        ctx.document(symbol)
    prefix_series = _series_from_symbol(ctx, symbol) if symbol else None
    title = ctx.seg.title
    mention = None
    if prefix_series is not None:
        ctx.series, ctx.series_key = prefix_series, prefix_series.key
        ctx.treaty_key = prefix_series.treaty or None
    if title is not None:
        mentions = _title_mentions(ctx, ctx.text(title))
        if not mentions and prefix_series is not None and _names_another_body(ctx, _masthead_name(ctx.text(title))):
            # 「和平利用外层空间委员会的报告」 under A/89/20: another body's report, printed in the
            # series' records; its sessions are not the series' (none is read by the series)
            # (the body's own sessions where the gazetteer has its series)
            ctx.series = ctx.series_key = ctx.treaty_key = None
            mentions = _reporting_body_mentions(ctx, ctx.text(title))
            if not mentions:
                ctx.warn("no-meeting", f"the title names a body whose sessions the series of {symbol} does not count, "
                         "and no series of the gazetteer; no meeting facts emitted", ctx.unit_span(title))
                return
        if not mentions and ctx.series_key is None and symbol:
            # An unknown series: name it after the symbol prefix, and read the
            # ordinal from the title.
            ctx.series_key = _symbol_prefix_slug(symbol)
            mentions = _title_mentions(ctx, ctx.text(title))
        if not mentions:
            # 「2030 年不扩散核武器条约缔约国 NPT/CONF.2030/50 (Part I) ⏎ 审议大会 Distr.: General」:
            # a title that names no meeting (「最后文件」) under a masthead that does, around the
            # symbol and the cover's Latin words. Only one meeting named there is taken.
            found = _title_mentions(ctx, _masthead_name(ctx.text(title)))
            mentions = found if len({m.key for m in found}) == 1 else []
        mention = mentions[0] if mentions else None
    if mention is not None:
        if ctx.series_key is None:
            ctx.series_key = mention.series
            ctx.series = ctx.gaz.series.get(mention.series)
            ctx.treaty_key = ctx.series.treaty if ctx.series else None
        info = meeting_info(ctx, mention.series, mention.number, mention.written, mention.session)
        ctx.meeting = info
        assert title is not None
        if symbol is not None:
            ctx.meeting_ref(info)
            ctx.add("reportOf", ctx.span(title, 0, len(ctx.text(title))), document=ctx.report_ref(), meeting=ctx.meeting_ref(info))
            for other in (o for o in ctx.joint_symbols if not parse_symbol(o).suffixes):
                # the same report under its other symbols (not a corrigendum or addendum printed with it):
                # of the meeting of that symbol's series the title names too (a joint meeting's report,
                # 「…维也纳公约缔约方大会第十二次会议和…蒙特利尔议定书缔约方第三十四次会议的报告」),
                # else of the reported meeting unless the symbol is another treaty body's
                entry = ctx.gaz.series_by_prefix(other)
                of = info
                if entry is not None and entry.key != info.series:
                    named = next((m for m in mentions if m.series == entry.key), None)
                    if named is None and entry.treaty:
                        continue
                    if named is not None:
                        of = meeting_info(ctx, named.series, named.number, named.written, named.session)
                ctx.add("reportOf", ctx.span(title, 0, len(ctx.text(title))), document=ctx.document(other),
                        meeting=ctx.meeting_ref(of))
    else:
        ctx.warn("no-meeting", "the report's title names no meeting that could be identified; no meeting facts emitted",
                 ctx.unit_span(title) if title else None)


def _reporting_body_mentions(ctx: Context, title: str) -> list[MeetingMention]:
    """「和平利用外层空间委员会的报告 ⏎ 第七十二届会议」 (a body's report printed as a
    supplement to the Assembly's records): the session of the body whose report
    it is, where the gazetteer has a series for that body (its name, the longest
    one named, right before 「的报告」). Sets the report's series to it when one
    of its sessions is named; else leaves it unset and returns []."""
    head = lookup_form(_masthead_name(title))
    named = [(len(body), entry.key, entry) for entry in ctx.gaz.series.values() if entry.numbering != "year"
             for body in series_bodies(entry) if body and head.find(body + "的报告") >= 0]
    if not named:
        return []
    entry = max(named, key=lambda found: found[:2])[2]
    ctx.series, ctx.series_key, ctx.treaty_key = entry, entry.key, entry.treaty or None
    mentions = [m for m in _title_mentions(ctx, title) if m.series == entry.key]
    if len({m.key for m in mentions}) > 1:
        # 「禁止酷刑委员会的报告 ⏎ 第八十届会议 ⏎ … ⏎ 第八十一届会议」: an annual report of two
        # sessions; which one a fact is of is the paragraph's to say, not the title's
        mentions = []
    if not mentions:
        ctx.series = ctx.series_key = ctx.treaty_key = None
    return mentions


def _title_mentions(ctx: Context, title: str) -> list[MeetingMention]:
    """The meetings a report's title names, not a part of the session whose report it
    is (「…第六十三届会议非正式工作组会议的报告」); a series' name run into a regional
    body's is that body's (`_NESTED_BEFORE`, in `find_meetings`)."""
    return [m for m in find_meetings(ctx, title) if not _PART_AFTER.match(title, m.end)
            # 「秘书长关于…第七十五届会议的报告」: an author's report about the session
            and not re.search(r"[\u4e00-\u9fff]{2,}关于\s*$", title[title.rfind("\n", 0, m.start) + 1 : m.start])
            and not (m.relative and _names_another_body(ctx, title[: m.start]))
            # 「大会 ⏎ 正式记录 ⏎ 第八十九届会议 ⏎ 补编第 20 号」: the session whose records print the
            # report (a body's report to the Assembly or the Council), not the one reported on
            and not _OFFICIAL_RECORDS.search(title[max(0, m.start - 12) : m.start])
            and not _SUPPLEMENT.match(title, m.end)]


_OFFICIAL_RECORDS = re.compile(r"正式记录\s*$")
_SUPPLEMENT = re.compile(r"\s*补编\s*第?\s*\d+\s*号")


# A body's name: 「和平利用外层空间委员会」, 「人权理事会」, 「…问题工作组」.
_A_BODY = re.compile(r"[\u4e00-\u9fff]{2,}?(?:委员会|理事会|工作组|小组|专家组|论坛|机构|组织|署|方案|基金)")


def _names_another_body(ctx: Context, head: str) -> bool:
    """「和平利用外层空间委员会的报告 ⏎ 第七十二届会议」 under the symbol A/89/20: the
    title names a body other than the one whose sessions the symbol's series counts,
    so a session it names by its ordinal alone is that body's, not the series'."""
    head = lookup_form(head)
    if ctx.series is None:
        return False
    # the body named last before the session (「大会 ⏎ 和平利用外层空间委员会的报告」: the Committee)
    own = max((head.rfind(body) + len(body) for body in series_bodies(ctx.series) if body in head), default=-1)
    return any(match.end() > own and not any(match.group(0).endswith(body) for body in series_bodies(ctx.series))
               for match in _A_BODY.finditer(head))


# After the session a title names, a part of it whose report it is: 「…第六十三届会议非正式工作组会议的报告」.
_PART_AFTER = re.compile(r"\s*(?:的)?[^\s的和及与、，(（]{0,12}?(?:工作组|小组|委员会|主席团|专家组|专家会议|磋商|对话|部分|圆桌会议|非正式会议"
                         r"|闭会期间会议)(?:会议)?(?:的)?报告")


_MASTHEAD_LATIN = re.compile(r"[A-Za-z][A-Za-z\d.:：/()\-]*(?:\s+[A-Za-z\d][A-Za-z\d.:：/()\-]*)*")
_BETWEEN_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _masthead_name(text: str) -> str:
    """The masthead's first lines (up to the place and dates) with the symbol, its
    part, the cover's Latin words and the date in figures taken out, and the
    pieces of a name they split joined again."""
    head = re.split(r"\n[^\n]*\d{4}\s*年\s*\d{1,2}\s*月", text, maxsplit=1)[0]
    head = _MASTHEAD_LATIN.sub(" ", re.sub(PART_LABEL, " ", head))
    head = re.sub(r"(?<![\d年])\b\d{1,2}\s+(?=\d{4}\b)|\b\d{4}\b(?!\s*年)", " ", head)
    return _BETWEEN_HAN.sub("", re.sub(r"\s+", " ", head)).strip()


def _own_symbol(ctx: Context) -> str | None:
    headers = ctx.clean.header_symbols or _masthead_symbol(ctx)
    if headers:
        # The running head: the symbol printed most often on its own line. Of a
        # joint symbol's (「E/2031/27-E/CN.6/2031/12」, each part printed as often),
        # the one of the most specific series: the Commission's E/CN.6/{year}
        # before the Council's E/{year}. The others name the same document.
        counts = Counter()
        joint: list[list[str]] = []
        for header in headers:
            parts = [symbol.text for symbol in symbols_of(header)]
            if len(parts) > 1:
                joint.append(parts)
            for symbol in parts:
                counts[symbol] = ctx.source.count(symbol)
        title = lookup_form(ctx.text(ctx.seg.title)) if ctx.seg.title is not None else ""

        def titled(symbol: str) -> bool:  # the title names a meeting of the symbol's series
            entry = ctx.gaz.series_by_prefix(symbol)
            return entry is not None and any(body in title for body in series_bodies(entry))

        # (the title's series first: 「UNEP/CHW.16/1-UNEP/POPS/COP.11/1」 over a Basel COP's title is UNEP/CHW.16/1)
        # The parts of one joint running head are printed as often as each other: how often one is
        # cited alone elsewhere (a footnote's 「E/2040/43」) says nothing of which is the report's.
        one_joint = len(joint) == len(headers) and len({frozenset(parts) for parts in joint}) == 1
        own = sorted(counts, key=lambda s: (0 if one_joint else -counts[s], not titled(s),
                                            -ctx.gaz.series_prefix_length(s), s))[0]
        ctx.joint_symbols = sorted({part for parts in joint if own in parts for part in parts} - {own})
        return own
    # No running head: the row of the documents table whose title is the report's title.
    title = ctx.seg.title
    if title is None:
        return None
    wanted = lookup_form(ctx.text(title)).replace("的", "")
    for unit in ctx.seg.units:
        if unit.kind != "table-row":
            continue
        first, _, rest = ctx.text(unit).partition(" ")
        if lookup_form(rest).replace("的", "") == wanted and parse_symbol(first.rstrip("*")):
            return first.rstrip("*")
    return None


_MASTHEAD_UN = re.compile(r"^\s*联\s*合\s*国\s+(\S+)\s*$")


def _masthead_symbol(ctx: Context) -> list[str]:
    """A report without running heads (one page, or a text without its page
    furniture): the symbol of the masthead's first line, 「联 合 国 A/AC.105/1320」
    (one symbol or a joint one), as the running head would give it; [] when the
    first line of the text is not such a line."""
    title = ctx.seg.title
    if title is None:
        return []
    first = ctx.text(title).lstrip().split("\n", 1)[0]
    match = _MASTHEAD_UN.match(first)
    if match is None or not symbols_of(match.group(1)):
        return []
    return [match.group(1)]


def _symbol_prefix(symbol: str) -> str:
    parts = symbol.split("/")
    out = []
    for part in parts:
        if re.fullmatch(r"\d+|(19|20)\d\d", part):
            break
        out.append(part)
    return "/".join(out)


def _symbol_prefix_slug(symbol: str) -> str:
    return slug(_symbol_prefix(symbol))


def _series_from_symbol(ctx: Context, symbol: str) -> SeriesEntry | None:
    return ctx.gaz.series_by_prefix(symbol)


# ----------------------------------------------------------------------------
# Meetings mentioned, their dates and places

_DATE_ONLY = r"\d{4}\s*年[\d\s年月日至到和及\-—]{1,30}?日"
_HELD_PAREN = re.compile(r"\s*[(（](?:(?P<date>\d{4}\s*年[^()（），,]{2,30}?日)\s*[，,]\s*(?P<place>[^()（），,]{2,20})"
                         rf"|(?P<date_only>{_DATE_ONLY}))[)）]")
# Words of a cover line's first part that is no place (a session's part, a date's label).
_NO_COVER_PLACE = re.compile(r"会|届|期|议|续|日期|普遍|分发|通过|原文")
# The cover's line of dates and place, either way round: 「2023 年 11 月 15 日至 17 日，日内瓦」,
# 「日内瓦，2025 年 10 月 7 日至 9 日」.
_COVER = (re.compile(r"^\s*(?P<date>\d{4}\s*年[^，,\n]{2,30}?日)\s*[，,]\s*(?P<place>[\u4e00-\u9fff]{2,20})\s*$"),
          re.compile(r"^\s*(?P<place>[\u4e00-\u9fff]{2,20})\s*[，,]\s*(?P<date>\d{4}\s*年[^，,\n]{2,30}?日)\s*$"))
# 「将于」, 「定于」 (scheduled); 「应不迟于 2027 年在日内瓦举行」: a deadline, no date (the place stands).
_HELD = re.compile(r"(?:(?:根据|依照|按照|依据)[^。；]{1,80}?[，,]\s*)?(?:将|(?P<scheduled>定)|(?P<deadline>(?:将|应)?\s*不迟))?于\s*"
                   # not 「于 D 由…决定召开」, nor 「于 D 闭幕后立即举行」 (another event, after the closing)
                   r"(?P<date>(?:(?!由|决定|商定|闭幕|开幕)[^，。；]){4,40}?)(?:的一周内)?\s*"
                   r"(?:在\s*(?P<place>[^，。；、]{2,20}?)\s*)?(?:以[^，。；]{1,15}?方式)?(?:成功)?(?:召开|举行)")
# 「…会议于 12 月 16 日在日内瓦万国宫开幕」: where it met (the day is its first only).
# A schedule not kept: 「定于…举行，但随后推迟一周」.
_PUT_OFF = re.compile(r"推迟|延期|改期|推后|延后|取消|提前")
_OPENED_AT = re.compile(r"\s*于\s*[^，。；]{4,30}?日\s*(?:上午|下午)?\s*在\s*(?P<place>[^，。；、]{2,20}?)\s*开幕")
# What 「在 … 开幕/举行」 names that is no place: 「在前任主席的主持下」, 「在第 1 次全体会议上」.
_NOT_A_PLACE = re.compile(r"主持|宣布|全体会议|会议上|线上|网上|[上下中]$")
# An adverb the place runs into: 「在万国宫另行举行」.
_PLACE_ADVERB = re.compile(r"(?:另行|分别|同时|继续|再次|如期)$")
# No place: a number, a symbol, a title or a paragraph (「(2022 年 6 月 1 日，第 1/1 号决定)」),
# a room (「会议室 4」), or a choice of places (「纽约或日内瓦」).
_NO_PLACE = re.compile(r"[\dA-Za-z/《》「」“”]|决定|决议|段|宣言|修正|号|会议室|或|、|以及|(?<!埃)及|和(?!平)")
_HELD_BEFORE = re.compile(r"(?:(?P<date>\d{4}\s*年[^，。；]{0,30}?)?\s*在\s*(?P<place>[^，。；、]{2,20}?)"
                          rf"|(?P<date_only>{_DATE_ONLY}))\s*(?:成功)?(?:召开|举行)的\s*$")
# 「委员会于 2031 年 3 月 10 日至 21 日在纽约联合国总部举行了第七十五届会议」: the body, then
# when and where it held the session named after the verb (a short subject opens the clause).
_HELD_BEFORE_VERB = re.compile(r"(?:^|[，,。；：]|\d\s*[.．])\s*(?P<subject>[^，,。；：\d]{1,20}?)于\s*(?P<date>\d{4}\s*年[^，。；在]{0,40}?日)"
                               r"\s*(?:在\s*(?P<place>[^，。；、]{2,20}?)\s*)?(?:召开|举行)了\s*$")

# A meeting dated by its opening and its closing, the closing's year and month
# carried over from the opening: 「…于 2024 年 9 月 16 日上午在日内瓦万国宫开幕，闭幕日期为
# 9 月 20 日」, 「…开幕，于 12 月 18 日闭幕」, 「…开幕，10 月 9 日闭幕」, 「…开幕，会期至 11 月 1 日」;
# a closing later than scheduled: 「…开幕，原定于 11 月 20 日闭幕，因磋商延长，实际于 11 月 21 日闭幕」
# (the actual day ends it). 「将于」/「定于」 alone (a plan) date nothing.
_MONTH_DAY = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
_SOME_DAY = r"(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*)?\d{1,2}\s*日"
_TIME_OF_DAY = (r"(?:\s*[(（]?\s*星期[一二三四五六日天]\s*[)）]?)?\s*(?:上午|下午|晚上|晚间|中午|凌晨)?"
                r"\s*(?:\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?)?")
_CLOSES = r"闭幕(?!会议|式|全体|发言|词|致辞|时|之|前|后)"
# The clause ends there: 「…开幕，5 日闭幕的高级别部分…」 or 「是在…举行的闭幕全体会议上」 dates another event.
_CLAUSE_END = r"(?=\s*(?:[，,。；”」)）]|$))"
_ACTUALLY_CLOSED = (rf"(?:原)?定于\s*(?P<planned>{_SOME_DAY}){_TIME_OF_DAY}\s*{_CLOSES}\s*[，,]\s*"
                    rf"(?:[^，。；]{{1,24}}[，,]\s*)?(?:但\s*)?(?:会议\s*)?实际(?:上)?\s*(?:于|在)?\s*"
                    rf"(?P<actual>{_SOME_DAY}){_TIME_OF_DAY}\s*{_CLOSES}")
_OPENED_CLOSED = re.compile(
    rf"\s*于\s*(?P<open>{_MONTH_DAY}){_TIME_OF_DAY}\s*(?:在\s*(?P<place>[^，。；、]{{2,20}}?)\s*)?开幕\s*[，,]\s*(?:并\s*)?"
    rf"(?:闭幕日期为\s*(?P<close>{_SOME_DAY})|会期至\s*(?P<until>{_SOME_DAY})"
    rf"|(?:于\s*)?(?P<closed>{_SOME_DAY}){_TIME_OF_DAY}\s*{_CLOSES}|{_ACTUALLY_CLOSED}){_CLAUSE_END}")
# 「会议原定于 11 月 20 日闭幕，因磋商延长，实际于 11 月 21 日闭幕」 alone: the closing day,
# held against the dates other sentences give (a range that ends on the scheduled day is
# not taken); 「原定于 11 月 20 日闭幕」 without the actual day: that day ends no range.
_CLOSED_ALONE = re.compile(rf"\s*{_ACTUALLY_CLOSED}{_CLAUSE_END}")
_PLANNED_CLOSE = re.compile(rf"\s*(?:原定|原计划|原先定)于?\s*(?P<planned>{_SOME_DAY}){_TIME_OF_DAY}\s*{_CLOSES}")
# 「会议原定于 11 月 20 日闭幕…」 at the head of a sentence: the closing checks (never gives)
# the reported meeting's dates; the bare 「会议」 may be another, so it only refuses.
_BARE_CLOSING = re.compile(r"(?:^|。)\s*(?:\d{1,3}\s*[.．]\s*)?(?:本次|本届)?会议(?=\s*(?:原定|原计划|原先定))")
# After the closing: words that say the dates changed, or that the text goes on about them.
_DATES_CHANGED = re.compile(r"延长|延期|推迟|改期|改为|提前|实际|原定|暂停|中止|复会|续会|休会")
# 「缔约国第十九次会议是在 2023 年 10 月 3 日举行的」.
_WAS_HELD = re.compile(rf"\s*是(?:在|于)\s*(?P<date>{_DATE_ONLY})\s*(?:在\s*(?P<place>[^，。；、]{{2,20}}?)\s*)?(?:召开|举行)的{_CLAUSE_END}")
# A plan, not a record: the meeting named after 「决定」/「商定」 in its sentence, or within quotes
# (「会议决定，缔约国第四次会议于 2026 年 3 月 2 日在纽约开幕，3 月 6 日闭幕」, 「其中决定：“…”」).
_DECIDED = re.compile(r"决定|商定")
# Where a meeting named without its series (「缔约国第二次会议」) opens its clause: after
# words (「东盟区域论坛第十次会议」, 「该公约缔约国…」, 「《…条约》缔约国…」) it may be another body's.
_CLAUSE_START = re.compile(r"(?:^|[，,。；：:])\s*(?:\d{1,3}\s*[.．]\s*)?$")
# No meeting of these series runs longer than two months (a review conference: four
# weeks); an opening and a closing further apart are a misreading.
_LONGEST_MEETING_DAYS = 62


def meetings_and_dates(ctx: Context) -> None:
    """Every meeting mentioned, with dates and places where a sentence states them."""
    default_year = _report_year(ctx)
    held: dict[str, list[tuple[dt.date, dt.date, str, Span, Span]]] = {}
    said = _Said(held)
    # What sentences say of a bare 「会议」/「审议大会」 (the reported meeting, if its dates agree).
    bare = _Said({})
    reported = ctx.meeting.key if ctx.meeting is not None else None
    own_names = _own_treaty_names(ctx)
    series = ctx.gaz.series.get(ctx.meeting.series) if ctx.meeting is not None else None
    reviews = series is not None and any("审议大会" in pattern for pattern in series.zh_patterns)
    for unit in ctx.seg.units:
        text = ctx.text(unit)
        for mention, clause_at in _dated_mentions(ctx, text, own_names, _own_generic(ctx)):
            info = meeting_info(ctx, mention.series, mention.number, mention.written, mention.session)
            if not mention.relative and lookup_form(info.label_zh) != lookup_form(mention.written):
                info.label_zh = mention.written if len(mention.written) > len(info.label_zh) else info.label_zh
            ctx.meeting_ref(info)
            if clause_at is not None:  # (None: another body's meeting, or one named in quotes)
                _read_statement(ctx, unit, text, mention, clause_at, info, said, default_year,
                                strict=clause_at != mention.end)
        if ctx.meeting is not None and unit.kind == "paragraph" and unit.part == "body":
            for start, end in bare_subjects(text, reviews):
                mention = MeetingMention(start, end, ctx.meeting.series, 0, text[start:end], True)
                _read_statement(ctx, unit, text, mention, end, ctx.meeting, bare, default_year, strict=True)
    _bare_closings(ctx, said)
    _respectively(ctx, held)
    _cover_line(ctx, held)
    _years_of_openings(ctx, said, default_year)
    _years_of_openings(ctx, bare, default_year)
    _confirmed_by_bare_subjects(held, bare, reported)
    for key, statements in sorted(held.items()):
        info = ctx.meetings[key]
        ranges = {(s, e) for s, e, _, _, _ in statements if s is not None}
        if not ranges:
            pass
        elif len(ranges) > 1:
            ctx.warn("meeting-dates-conflict", f"meeting {key}: the text gives different dates {sorted(ranges)}; none emitted",
                     statements[0][3])
        elif not _closing_agrees(next(iter(ranges))[1], said.closings.get(key, [])):
            ctx.warn("meeting-closing-conflict", f"meeting {key}: the text says it closed on another day than "
                     f"{next(iter(ranges))[1]} (or that this day was only scheduled); no dates emitted",
                     said.closings[key][0][2])
        else:
            start, end, _, span, _ = next(st for st in statements if st[0] is not None)
            info.start, info.end = start, end
            ref = ctx.meeting_ref(info)
            ctx.add("startDate", span, subject=ref, value=start)
            ctx.add("endDate", span, subject=ref, value=end)
        # Places agree when each is part of the most specific one
        # (「日内瓦」 and 「日内瓦联合国办事处」); that one is kept.
        placed = [st for st in statements if st[2] is not None]
        if not placed:
            continue
        best = max(placed, key=lambda st: (len(lookup_form(st[2])), -st[4].start))
        if all(lookup_form(st[2]) in lookup_form(best[2]) for st in placed):
            ref = ctx.meeting_ref(info)
            ctx.add("location", best[4], subject=ref, value=best[2])
        else:
            ctx.warn("meeting-place-conflict", f"meeting {key}: the text gives different places; none emitted", statements[0][3])


def _read_statement(ctx: Context, unit: Unit, text: str, mention: MeetingMention, clause_at: int, info: MeetingInfo,
                    said: _Said, default_year: int | None, strict: bool = False) -> None:
    """The dates and place a sentence states of the meeting `mention` names, read
    from `clause_at` on (or from the words before it), into `said`. `strict`
    (a meeting in apposition, a bare 「会议」): the clause must end at 「举行」 (not
    「举行的会外活动」, 「召开的闭幕全体会议上」, 「举行磋商」) and name no proposal."""
    reported = ctx.meeting.key if ctx.meeting is not None else None
    after = text[clause_at : clause_at + 150]
    sentence = text[clause_start(text, mention.start) : mention.start]
    held = _HELD.match(after)
    if held and (held.group("deadline") or held.group("scheduled")) and PROPOSED.search(sentence):
        return  # 「工作组建议，第一次审议会议应不迟于 2026 年在纽约举行」, 「一些代表团建议，…定于」
    if held and held.group("scheduled") and _PUT_OFF.search(text, clause_at + held.end(), _sentence_end(text, clause_at)):
        return  # 「…定于 2023 年 11 月 20 日至 24 日在纽约举行，但随后推迟一周」
    if strict and (PROPOSED.search(sentence) or (held and not re.match(r"\s*(?:[，,。；]|$)", after[held.end() :]))):
        return
    if (not mention.relative or _CLAUSE_START.search(text, max(0, mention.start - 12), mention.start)) \
            and _opened_and_closed(ctx, unit, text, mention.start, clause_at, info.key, info.key == reported, said):
        return
    match = _HELD.match(after) or _HELD_PAREN.match(after)
    date_text, place, m_start, m_end, p_start, p_end = None, None, 0, 0, 0, 0
    opened = _OPENED_AT.match(after) if match is None else None
    if opened and _NOT_A_PLACE.search(opened.group("place")):
        opened = None  # 「在前任主席的主持下开幕」, 「在第 1 次全体会议上…开幕」: not a place
    if opened:
        place, m_start, m_end = opened.group("place"), clause_at + opened.start("place"), clause_at + opened.end()
        p_start, p_end = clause_at + opened.start("place"), clause_at + opened.end("place")
    elif match:
        date_group = "date_only" if "date_only" in match.re.groupindex and match.group("date_only") else "date"
        date_text, place = match.group(date_group), match.group("place")
        m_start, m_end = clause_at + match.start(date_group), clause_at + match.end()
        if "deadline" in match.re.groupindex and match.group("deadline"):
            date_text = None  # 「不迟于 2027 年」: no date of the meeting
        if place is not None:
            p_start, p_end = clause_at + match.start("place"), clause_at + match.end("place")
    else:
        before = text[max(0, mention.start - 60) : mention.start]
        generic = _own_generic(ctx)
        if generic:  # 「…在纽约举行的《条约》第一次审议会议」: the report's own treaty's only
            before = re.sub(rf"《\s*{generic}\s*》\s*$", "", before)
        match = _HELD_BEFORE.search(before)
        if match is None and re.match(r"\s*(?:[，,。；;]|$|共)", text[mention.end :]):
            # (the session itself, not 「…第六十五届会议第 1 次会议」, 「…续会」, 「…的非正式磋商」)
            match = _HELD_BEFORE_VERB.search(before)
        if match:
            offset = max(0, mention.start - 60)
            date_group = "date_only" if "date_only" in match.re.groupindex and match.group("date_only") else "date"
            date_text, place = match.group(date_group), match.group("place")
            m_start = offset + (match.start(date_group) if date_text else match.start("place"))
            m_end = offset + match.end()
            if place is not None:
                p_start, p_end = offset + match.start("place"), offset + match.end("place")
    if place is not None and _NO_PLACE.search(place):
        place = None  # 「(2022 年 6 月 1 日，第 1/1 号决定)」, 「在纽约或日内瓦举行」
    if place is None and date_text is None:
        return
    dates = find_dates(date_text or "", default_year)
    if len(dates) == 1 and not dates[0].year_inferred:
        start, end = dates[0].first, dates[0].last
    elif date_text and dates:
        return  # a date the text gives but that cannot be read for sure
    else:
        start = end = None  # the place alone (「2022 年 6 月在维也纳举行的第一次会议」)
    if start is None and place is None:
        return
    span = ctx.span(unit, min(m_start, mention.start), max(m_end, mention.end))
    # (a bare 「会议」's place: quoted with the statement that makes it the meeting's)
    place_span = (span if strict else ctx.span(unit, p_start, p_end)) if place is not None else None
    place = _PLACE_ADVERB.sub("", place.strip()) if place else None  # 「在万国宫另行举行」
    said.held.setdefault(info.key, []).append((start, end, place or None, span, place_span))


def _confirmed_by_bare_subjects(held: dict, bare: _Said, reported: str | None) -> None:
    """A bare 「会议」 (「3. 会议于 2024 年 9 月 16 日…在日内瓦万国宫开幕，闭幕日期为 9 月 20 日」)
    is the reported meeting when the dates it gives are the dates the named
    statements (or the cover) give the reported meeting: then its place counts too."""
    named = {(s, e) for s, e, _, _, _ in held.get(reported, []) if s is not None}
    if reported is None or len(named) != 1:
        return
    statements = bare.held.get(reported, [])
    # The sentences that give those dates: what each says (its place) counts.
    agreeing = {st[3] for st in statements if (st[0], st[1]) in named}
    held[reported].extend(st for st in statements if st[3] in agreeing)


def _own_generic(ctx: Context) -> str | None:
    """The generic name of the report's own treaty (「条约」, 「公约」)."""
    entry = ctx.gaz.treaties.get(ctx.treaty_key or "")
    return own_generic_name(entry.zh_name) if entry else None


def _own_treaty_names(ctx: Context) -> tuple[str, ...]:
    """The report's own treaty's names, as compared (lookup forms)."""
    entry = ctx.gaz.treaties.get(ctx.treaty_key or "")
    return tuple(lookup_form(n) for n in (entry.zh_name, *entry.zh_aliases)) if entry else ()


def _dated_mentions(ctx: Context, text: str, own_names: tuple[str, ...],
                    own_generic: str | None) -> list[tuple[MeetingMention, int | None]]:
    """The meetings `text` names, each with the offset where the words that may
    date it begin (right after its name; after the closing comma of a name in
    apposition), or None where no dates are to be read: a meeting named without
    its series after another body's words, or within quotes."""
    out: list[tuple[MeetingMention, int | None]] = []
    for mention in find_meetings(ctx, text):
        ok = mention.relative is False or series_named_here(text[max(0, mention.start - 100) : mention.start],
                                                            mention.written, own_names, own_generic)
        clause_at = apposition_end(text, mention.start, mention.end) or mention.end
        short = _SHORT_NAME_AFTER.match(text, clause_at)
        clause_at = short.end() if short else clause_at  # 「…第六次特别会议(以下称“第六次审议会议”)于…」
        if not ok and mention.relative and ctx.meeting is not None and mention.series == ctx.meeting.series:
            before = text[max(0, mention.start - 60) : mention.start]
            ok = _held_by_own_body(ctx, before) or _own_short_name(ctx, before)
        out.append((mention, clause_at if ok and not in_quote(text, mention.start) else None))
    return out


def meetings_named(ctx: Context, text: str) -> list[MeetingMention]:
    """The meetings `text` names that are surely the ones keyed: named in full, or
    without their series where nothing before makes them another body's (the
    mentions `_dated_mentions` would read dates of), not inside quotes."""
    return [m for m, at in _dated_mentions(ctx, text, _own_treaty_names(ctx), _own_generic(ctx)) if at is not None]


@lru_cache(maxsize=256)
def series_bodies(entry: SeriesEntry) -> frozenset[str]:
    """The names of the body whose sessions a series counts, as its patterns write them
    before the number (lookup form): 「妇女地位委员会」 of 「妇女地位委员会{ordinal}会议」."""
    return frozenset(lookup_form(pattern.split("{", 1)[0]) for pattern in entry.zh_patterns)


def _held_by_own_body(ctx: Context, before: str) -> bool:
    """「委员会于…举行了第七十五届会议」: the words before a session's ordinal say that
    the reporting body (its name, or 「委员会」 for a commission) held it."""
    held = _HELD_BEFORE_VERB.search(before)
    return held is not None and names_own_body(ctx, held.group("subject"))


def names_own_body(ctx: Context, subject: str) -> bool:
    """`subject` is the reporting body by its name (「妇女地位委员会」), or by the
    short word its report uses for itself (「委员会」 for a commission)."""
    if ctx.series is None:
        return False
    subject = lookup_form(subject).removeprefix("本")
    return any(subject == body or (body.endswith(subject) and subject in _BODY_WORDS) for body in series_bodies(ctx.series))


# What a body that meets in sessions calls itself in its own report.
_BODY_WORDS = ("委员会", "理事会", "论坛", "大会", "工作组")


def _own_short_name(ctx: Context, before: str) -> bool:
    """「委员会收到了委员会第六十四届会议的报告」: the reporting body's short name (「委员会」
    for a commission) right before the session's ordinal, and no other name run into it
    (not 「方案和协调委员会」)."""
    if ctx.series is None:
        return False
    words = {word for body in series_bodies(ctx.series) for word in _BODY_WORDS if body.endswith(word)}
    sentence = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
    # (without the short name that ends the sentence, if it does)
    named = sentence[: -len(own)] if (own := next((w for w in words if sentence.endswith(w)), None)) else sentence
    if any(name not in words and not any(p.startswith(name) for p in ctx.series.zh_patterns)
           and (own is None or name.endswith(own))
           for name in re.findall(r"[\u4e00-\u9fff、]{2,24}?(?:委员会|理事会|论坛|工作组)", named)):
        return False  # 「禁止酷刑委员会的报告指出，委员会第七十四届会议…」: which 委员会 is not sure (not
        # 「根据经济及社会理事会…决定，论坛第三十九届会议」: another word than the short name)
    return any(re.search(rf"(?:^|[，,。；;：:\s了的和及与在于为对即到过])(?:本)?{word}\s*$", before) for word in words)


# The short name a report gives a meeting after its full name: 「(以下称“第六次审议会议”)」.
_SHORT_NAME_AFTER = re.compile(r"\s*[(（]\s*(?:以下)?(?:简称|称|下称)\s*[“「《\"]?[^()（）“”「」《》]{1,30}[”」》\"]?\s*[)）]")


@dataclass
class _Said:
    """What sentences say of meetings' openings and closings, beside `held`:
    openings whose year is not written (resolved once every dated statement is
    in), and closing days that check the dates other sentences give."""

    held: dict
    # (meeting key, 「OPEN至CLOSE」 as written without a year, span, whether it is the reported meeting)
    yearless: list[tuple[str, str, Span, bool]] = field(default_factory=list)
    # meeting key -> (actual closing day as written or None, scheduled day as written or None, span)
    closings: dict[str, list[tuple[str | None, str | None, Span]]] = field(default_factory=dict)


def _opened_and_closed(ctx: Context, unit: Unit, text: str, subject_start: int, at: int, key: str, reported: bool,
                       said: _Said) -> bool:
    """Dates (and a place) said right after a meeting's name at `at`: by its
    opening and closing, 「是在…举行的」, or a closing that differs from the
    scheduled one. True when the sentence was read (the caller then reads no
    other pattern there); a plan so worded is read as giving nothing."""
    opened = _OPENED_CLOSED.match(text, at)
    was = _WAS_HELD.match(text, at) if opened is None else None
    if (opened or was) and _planned(text, subject_start):
        ctx.warn("meeting-dates-planned", f"meeting {key}: dates in a decision or a quote (a plan); not read",
                 ctx.span(unit, subject_start, (opened or was).end()))
        return True
    if opened:
        span = ctx.span(unit, subject_start, opened.end())
        place, place_span = _place_of(ctx, unit, opened)
        if place is not None:
            said.held.setdefault(key, []).append((None, None, place, span, place_span))
        sentence_rest = text[opened.end() : _sentence_end(text, opened.end())]
        closing = next(opened.group(g) for g in ("close", "until", "closed", "actual") if opened.group(g))
        if _DATES_CHANGED.search(sentence_rest):
            return True  # 「…闭幕日期为 9 月 20 日，但会议延长一天」: which day closed it is not sure
        written = re.sub(r"\s+", "", opened.group("open")) + "至" + re.sub(r"\s+", "", closing)
        if "年" not in opened.group("open"):
            said.yearless.append((key, written, span, reported))
            return True
        _add_range(said.held, key, written, None, span)
        return True
    if was:
        dates = find_dates(was.group("date"), None)
        if len(dates) != 1:
            return True  # a date written that cannot be read for sure
        span = ctx.span(unit, subject_start, was.end())
        place, place_span = _place_of(ctx, unit, was)
        said.held.setdefault(key, []).append((dates[0].first, dates[0].last, place, span, place_span))
        return True
    _note_closing(ctx, unit, text, at, subject_start, said, key)
    return False


def _place_of(ctx: Context, unit: Unit, match: re.Match[str]) -> tuple[str | None, Span | None]:
    """The place a match's 「在…」 names, and its span: none for what is no place
    (「在第 1 次全体会议上…开幕」), an adverb run into it dropped (「万国宫另行」)."""
    place = match.group("place")
    if not place or _NOT_A_PLACE.search(place):
        return None, None
    return _PLACE_ADVERB.sub("", place.strip()), ctx.span(unit, match.start("place"), match.end("place"))


def _note_closing(ctx: Context, unit: Unit, text: str, at: int, subject_start: int, said: _Said, key: str) -> None:
    """A closing said at `at` (「原定于…闭幕，…实际于…闭幕」, 「原定于…闭幕」): kept to check the dates of meeting `key`."""
    closed = _CLOSED_ALONE.match(text, at) or _PLANNED_CLOSE.match(text, at)
    if closed:
        actual = closed.group("actual") if "actual" in closed.re.groupindex else None
        said.closings.setdefault(key, []).append((actual, closed.group("planned"), ctx.span(unit, subject_start, closed.end())))


def _bare_closings(ctx: Context, said: _Said) -> None:
    """Closings said of a bare 「会议」 in the body, held against the reported
    meeting's dates (a scheduled day not kept ends no range)."""
    if ctx.meeting is None:
        return
    for unit in ctx.seg.units:
        if unit.kind != "paragraph" or unit.part != "body":
            continue
        text = ctx.text(unit)
        for subject in _BARE_CLOSING.finditer(text):
            _note_closing(ctx, unit, text, subject.end(), subject.start(), said, ctx.meeting.key)


def _planned(text: str, at: int) -> bool:
    """Whether a meeting named at `at` is named in a decision (after 「决定」 or
    「商定」 in its sentence) or within quotes."""
    head = text[clause_start(text, at) : at]
    return _DECIDED.search(head) is not None or in_quote(text, at)


def _sentence_end(text: str, at: int) -> int:
    ends = [i for i in (text.find("。", at), text.find("；", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _add_range(held: dict, key: str, written: str, year: int | None, span: Span) -> None:
    """「2024年9月16日至9月20日」 (an opening and its closing) as the meeting's dates."""
    dates = find_dates(written, year)
    if len(dates) != 1 or not dates[0].is_range or dates[0].start != 0 or dates[0].end != len(written):
        return
    if (dates[0].last - dates[0].first).days > _LONGEST_MEETING_DAYS:
        return
    held.setdefault(key, []).append((dates[0].first, dates[0].last, None, span, None))


def _years_of_openings(ctx: Context, said: _Said, default_year: int | None) -> None:
    """An opening written without its year (「2024 年缔约国会议于 12 月 16 日…开幕，于 12 月 18 日
    闭幕」) takes the one year of the dates the text gives the same meeting with
    their year; failing those, for the reported meeting only, the year its
    symbol carries (BWC/MSP/2024/7). Otherwise it dates nothing."""
    years = {key: {d.year for s, e, _, _, _ in statements if s is not None for d in (s, e)}
             for key, statements in said.held.items()}
    for key, written, span, reported in said.yearless:
        known = years.get(key, set())
        year = next(iter(known)) if len(known) == 1 else (default_year if reported and not known else None)
        if year is None:
            ctx.warn("meeting-dates-year", f"meeting {key}: dates {written!r} without a year that can be told; not read", span)
            continue
        _add_range(said.held, key, written, year, span)


def _closing_agrees(end: dt.date, closings: list[tuple[str | None, str | None, Span]]) -> bool:
    """Whether the meeting's end agrees with what the text says of its closing:
    the actual closing day, when one is said; never a scheduled day not kept."""
    for actual, planned, _ in closings:
        planned_day = _month_day(planned, None)
        if actual is None:
            if planned_day is None or planned_day[1:] == (end.month, end.day) or planned_day[1] is None:
                return False
            continue
        actual_day = _month_day(actual, planned_day[1] if planned_day else None)
        if actual_day is None or actual_day[1:] != (end.month, end.day) or actual_day[0] not in (None, end.year):
            return False
    return True


def _month_day(written: str | None, month: int | None) -> tuple[int | None, int | None, int] | None:
    """「2026 年 11 月 21 日」 → (2026, 11, 21); 「21 日」 → (None, month, 21)."""
    if not written:
        return None
    found = re.fullmatch(r"\s*(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日\s*", written)
    if found is None:
        return None
    year = int(found.group("y")) if found.group("y") else None
    return year, int(found.group("m")) if found.group("m") else month, int(found.group("d"))


_RESPECTIVELY = re.compile(
    r"(?P<first>第(?P<n1>[一二三四五六七八九十百〇]+|\d{1,3})\s*(?:次|届))(?:会议)?\s*(?:和|及|与)\s*"
    r"(?P<second>第\s*(?:[一二三四五六七八九十百〇]+|\d{1,3})\s*(?:次|届)\s*(?:会议|届会))\s*分别(?:于|在)\s*"
    r"(?P<d1>\d{4}\s*年[^，。；和]{2,30}?日)\s*和\s*(?P<d2>\d{4}\s*年[^，。；和]{2,30}?日)\s*"
    r"(?:在\s*(?P<p1>[^，。；、和]{2,20}?)\s*和\s*(?P<p2>[^，。；、和]{2,20}?)\s*)?(?:举行|召开)"
)


def _respectively(ctx: Context, held: dict) -> None:
    """「第一届和第二届会议分别于 D1 和 D2 在 P1 和 P2 举行」: the first meeting's
    name shares the second's series; dates and places go pairwise."""
    for unit in ctx.seg.units:
        text = ctx.text(unit)
        for match in _RESPECTIVELY.finditer(text):
            mentions = [m for m in find_meetings(ctx, text[: match.end("second")]) if m.end == match.end("second")]
            n1 = chinese_number(match.group("n1"))
            if not mentions or n1 is None:
                continue
            second = mentions[-1]
            if second.session is not None:
                first = meeting_info(ctx, second.series, second.number, match.group("first"), n1)
            else:
                first = meeting_info(ctx, second.series, n1, match.group("first"))
            infos = [first, meeting_info(ctx, second.series, second.number, second.written, second.session)]
            spans = []
            for info, group, place_group in zip(infos, ("d1", "d2"), ("p1", "p2")):
                dates = find_dates(match.group(group), None)
                if len(dates) != 1 or dates[0].year_inferred:
                    spans = []
                    break
                place = match.group(place_group)
                place_span = ctx.span(unit, match.start(place_group), match.end(place_group)) if place else None
                spans.append((info, dates[0].first, dates[0].last, place, place_span))
            for info, start, end, place, place_span in spans:
                ctx.meeting_ref(info)
                held.setdefault(info.key, []).append((start, end, place.strip() if place else None,
                                                      ctx.span(unit, match.start(), match.end()), place_span))


def _cover_line(ctx: Context, held: dict) -> None:
    """The cover of a UN report gives the reported meeting's dates and place
    on a line of the title block: 「2023 年 11 月 15 日至 17 日，日内瓦」."""
    title = ctx.seg.title
    if title is None or ctx.meeting is None:
        return
    text = ctx.text(title)
    offset = 0
    for line in text.split("\n"):
        match = _COVER[0].match(line) or _COVER[1].match(line)
        if match and _NO_COVER_PLACE.search(match.group("place")):
            match = None  # 「续会，2025 年 6 月 2 日至 3 日」, 「通过日期，…」: no place
        if match:
            dates = find_dates(match.group("date"), None)
            if len(dates) == 1 and not dates[0].year_inferred:
                span = ctx.span(title, offset + min(match.start("date"), match.start("place")),
                                offset + max(match.end("date"), match.end("place")))
                place_span = ctx.span(title, offset + match.start("place"), offset + match.end("place"))
                held.setdefault(ctx.meeting.key, []).append(
                    (dates[0].first, dates[0].last, match.group("place"), span, place_span))
        offset += len(line) + 1


def _report_year(ctx: Context) -> int | None:
    if ctx.meeting and ctx.meeting.start:
        return ctx.meeting.start.year
    if ctx.symbol:
        match = re.search(r"/((?:19|20)\d\d)/", ctx.symbol)
        if match:
            return int(match.group(1))
    return None


# ----------------------------------------------------------------------------
# Plenary meetings

# A plenary's number: digits, or Chinese numerals before 「次」 (「第六次全体会议」);
# each may carry its date in parentheses, 「第 2 次(9 月 2 日下午)和第 3 次(…)全体会议」.
_PLENARY_NUMBER = r"(?:\d{1,3}|[一二三四五六七八九十百]{1,4}(?=次))"
_PAREN_DATE = r"(?:\s*\(\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*" + HALF_DAY + r"?\s*\))?"
_PLENARY = re.compile(
    rf"第\s*(?P<first>{_PLENARY_NUMBER})\s*次?{_PAREN_DATE}"
    rf"(?P<more>(?:\s*(?:和|、|及|至|到|-|—)\s*第?\s*{_PLENARY_NUMBER}\s*次?{_PAREN_DATE})*)\s*"
    r"(?:即\s*(?:闭幕|开幕|最后一次)?\s*|[(（]\s*(?:闭幕|开幕|最后一次)\s*[)）]\s*)?全体会议"  # 「第 10 次(闭幕)全体会议」
)
# 「闭幕全体会议(第 7 次会议)」: the plenary named, its number in parentheses.
_PLENARY_PAREN = re.compile(r"(?:闭幕|开幕|最后一次)?\s*全体会议\s*\(\s*第\s*(?P<first>\d{1,3})\s*次(?P<more>)\s*(?:全体)?会议\s*\)")
# 「在 6 月 15 日第 391 次会议上」: meetings numbered without 「全体」 (as the
# meetings of States parties to UNCLOS number theirs), read only in the frame
# 「在 [date] 第 N 次会议上」.
_BARE_PLENARY = re.compile(
    r"第\s*(?P<first>\d{1,4})\s*次?(?P<more>(?:\s*(?:和|、|及|至|到|-|—)\s*第?\s*\d{1,4}\s*次?)*)\s*会议"
    r"(?=\s*(?:\(\s*(?:闭幕|开幕)会议\s*\)\s*|\(\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上)?\s*\)\s*)?上"
    # 「第 6 次会议(闭幕会议)上」, 「第 4 次会议(6 月 17 日)上」
    # 「在 6 月 16 日第 1 次会议和 6 月 17 日上午第 2 次会议上」: each sitting with its day
    r"|\s*(?:和|及|、)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:上午|下午|晚上)?\s*第\s*\d{1,4}\s*次\s*(?:全体)?会议\s*上)"
)
# Another body than the meeting itself (a committee, a group, a subsidiary body),
# or an event and session that is not its sittings.
_NOT_ITS_SITTINGS = re.compile(OTHER_BODY + r"|会外活动|磋商|协商|研讨会|续会|筹备"
                               r"|(?:非正式|高级别|专家|圆桌|部长级|专题|特别)[^，。；]{0,12}?会议")
# A body as the subject right before a sitting's 「在」: 「全权证书委员会在…第 1 次会议上」.
_BODY_SUBJECT_BEFORE = re.compile(OTHER_BODY + r"\s*(?:也|还|已|随后|则|将|拟|计划)?\s*$")
# After the first of two sittings each with its day: the second.
_SECOND_OF_TWO = re.compile(r"\s*(?:和|及|、)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:上午|下午|晚上)?\s*第\s*\d{1,4}\s*次\s*(?:全体)?会议\s*上")
# Before the second of two sittings each with its day: the first, in its frame.
_FIRST_OF_TWO = re.compile(r"在\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:上午|下午|晚上)?\s*第\s*\d{1,4}\s*次\s*(?:全体)?会议\s*(?:和|及|、)\s*$")
# 「4. 第 1 次会议于 10 月 7 日上午举行」: a sitting called 「会议」, numbered in
# figures, opening its sentence and held on a day (a meeting of the series is
# numbered in words, 「第二十次会议」, and named with its parties).
_BARE_PLENARY_HELD = re.compile(
    r"第\s*(?P<first>\d{1,3})\s*次(?P<more>)会议(?=\s*于\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
    r"(?:上午|下午|晚上)?\s*(?:举行|召开|开幕))")
# A dated sitting as the subject that opens its sentence: 「17. 7 月 25 日第 195 次会议审议了…」 (its
# day must be the reported meeting's: `plenaries` dates it, and a day outside is not taken).
_SUBJECT_PLENARY = re.compile(r"第\s*(?P<first>\d{1,4})\s*次(?P<more>)会议(?=\s*(?:审议了|通过了|听取了|核准了|选举了|选出了|讨论了))")
_DAY_OPENS = re.compile(r"\s*(?:\d{1,3}\s*[.．])?\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午|晚上)?\s*")
_NUMBERED_MEETING = re.compile(r"第\s*\d{1,4}\s*次\s*(?:全体)?会议")
_WEEKDAY = r"(?:\s*\(\s*星期[一二三四五六日天]\s*\))?"
_SAME_DAY_WORDS = r"(?:同日|同一天|当天|当日)"
_THAT_DAY = re.compile(_SAME_DAY_WORDS)
_SAME_PLENARY = re.compile(r"(?:同一次|同次|该次)(?:全体)?会议(?=\s*上)")
# After a plenary, in its clause: not a sitting held on the day the sentence gives (「…的计划被
# 取消」, 「于…开幕的计划被推迟」), or a part of it resumed later (「续会」, 「的第二部分」).
_NOT_THAT_SITTING = re.compile(r"[^，,。；;]*?(?:的计划|的安排|取消|推迟|延期|改期|续会|复会|第[二三四五]部分|后半部分)")
# A date after the plenary: 「第 6 次全体会议于 9 月 4 日下午举行」 (or 「…开幕」).
_HELD_ON = re.compile(r"\s*于\s*")
_HELD_AFTER = re.compile(_WEEKDAY + r"\s*" + HALF_DAY + r"?\s*(?:举行|召开|开幕)")  # 「…于 6 月 22 日上午开幕」
# Between a date and the plenaries it dates: 「…日上午的」, 「…日分别举行的」,
# 「9 月 20 日，会议举行了第 7 次和第 8 次全体会议」, 「11 月 25 日上午，审议会议举行第一次全体会议」.
# 「10 月 28 日上午 10 时在第 1 次全体会议上」, 「…下午举行的闭幕会议即第 6 次全体会议」.
_DATE_BEFORE = re.compile(_WEEKDAY + r"\s*" + HALF_DAY + r"?\s*(?:\d{1,2}\s*时(?:\s*\d{1,2}\s*分)?\s*在)?"
                          r"\s*(?:分别)?(?:举行的|召开的|的)?\s*(?:(?:闭幕|开幕|最后一次)(?:全体)?会议即)?\s*$"
                          r"|" + _WEEKDAY + r"\s*" + HALF_DAY + r"?\s*[，,]\s*(?:会议|大会|缔约方大会|缔约国大会|审议大会|审议会议)?\s*"
                          r"(?:举行了?|召开了?)\s*$"
                          # 「高级别部分于 10 月 31 日上午开幕，即会议第 6 次全体会议」
                          r"|" + _WEEKDAY + r"\s*" + HALF_DAY + r"?\s*开幕\s*[，,]\s*即\s*(?:会议|大会)?\s*(?:的)?\s*$")


# A day that opens a sentence, alone in its clause: 「5 月 17 日上午，」 (after a paragraph number).
_OPENING_DAY = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?P<day>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:上午|下午|晚上)?\s*[，,]")


# A meeting held, named between a plenary and 「该次会议」 (「…举行了闭幕会议」): 「该次」 is that one.
_A_MEETING_HELD = re.compile(r"举行(?:了)?[^，。；]{0,10}?会议|关于[^，。；]{0,4}$")


def _another_meeting_between(ctx: Context, start: int, end: int) -> bool:
    """「该次会议」 at `end` refers back to the last meeting named: not the plenary named at
    `start` where another meeting is named (or held) in between, or where it opens a
    phrase about something said there (「关于在该次会议上提出的建议」)."""
    between = ctx.clean.text[start:end]
    if _A_MEETING_HELD.search(between):
        return True
    # a meeting named as held, or as a frame (「缔约国第二次会议于 2023 年举行」, 「在…会议上」); not one named
    # as a target or an office's (「推迟到第四届会议」, 「第十五届会议主席」)
    return any(re.match(r"[^，。；]{0,20}?举行", between[m.end :]) or re.match(r"\s*上", between[m.end :])
               and "在" in between[max(0, m.start - 3) : m.start] for m in find_meetings(ctx, between))


def plenaries(ctx: Context) -> None:
    """Plenary meetings, with their numbers, meetings and dates."""
    if ctx.meeting is None:
        return
    year = _report_year(ctx)
    dated: dict[tuple[str, int], list[tuple[dt.date, Span]]] = {}
    sittings_called_meetings = _sittings_called_meetings(ctx)
    last: tuple[str, tuple[int, ...]] | None = None
    last_at = 0  # where (in the clean text) the plenary `last` was named
    earlier_day: dt.date | None = None  # the day the body text named last, for 「同日」
    for unit in ctx.seg.units:
        text = ctx.text(unit)
        body = unit.kind not in ("footnote", "table-row", "table-header")
        says_that_day = _THAT_DAY.search(text) is not None
        events = sorted(
            [(m.start(), "plenary", m) for m in _PLENARY.finditer(text)]
            + [(m.start(), "plenary", m) for m in _PLENARY_PAREN.finditer(text)]
            + [(m.start(), "plenary", m) for m in _BARE_PLENARY.finditer(text) if _in_frame(text, m, year, ctx)]
            + [(m.start(), "plenary", m) for m in _BARE_PLENARY_HELD.finditer(text)
               if sittings_called_meetings and int(m.group("first")) <= sittings_called_meetings
               and _opens_sentence(text, m.start()) and not _after_another_body(ctx, unit, text, m.start())]
            + [(m.start(), "plenary", m) for m in _SUBJECT_PLENARY.finditer(text)
               if _DAY_OPENS.fullmatch(text, max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1, m.start())]
            + [(m.start(), "same", m) for m in _SAME_PLENARY.finditer(text)]
        )
        read = sorted((m.start(), m.end()) for _, kind, m in events if kind == "plenary")
        read_starts = [a for a, _ in read]
        unread = [(m.start(), "unread", m) for m in _NUMBERED_MEETING.finditer(text)
                  if not _within(read, read_starts, m.start())]
        for _, kind, match in sorted(events + unread, key=lambda event: event[0]):
            if kind == "unread":
                last = None  # 「同次会议」 after a numbered meeting not read as a plenary: not the one before
                continue
            if kind == "same":
                if last is not None and match.group(0).startswith("该次") \
                        and _another_meeting_between(ctx, last_at, unit.start + match.start()):
                    # 「…举行了闭幕会议。会议在该次会议上…」: no longer the plenary named before
                    ctx.plenary_mentions.append((unit.start + match.start(), None, ()))
                    last = None
                elif last is not None:
                    ctx.plenary_mentions.append((unit.start + match.start(), last[0], last[1]))
                continue
            numbers = _plenary_numbers(match)
            if numbers is None:
                ctx.warn("plenary-numbers", f"plenary list {match.group(0)!r} could not be read", ctx.span(unit, match.start(), match.end()))
                continue
            # Dates written just before: 「在 11 月 27 日和 28 日第 2 次和第 3 次全体会议上」
            date_mention = None
            head = text[: match.start()]
            window = _window_start(text, match.start())
            for mention in _shifted(find_dates(text[window : match.start()], year)[-1:], window):
                if re.search(r"(?:不晚于|不迟于|晚于|迟于|早于)\s*$", head[max(0, mention.start - 6) : mention.start]):
                    continue  # 「在不晚于 3 月 4 日举行的…」: a bound, not the day
                if _DATE_BEFORE.fullmatch(head[mention.end :]) \
                        or re.fullmatch(r"\s*在\s*", head[mention.end :]) \
                        and _segment_holds(ctx, text, head[: mention.start], match.start()):
                    date_mention = mention  # 「高级别部分于 11 月 17 日和 18 日在第 3 次和第 4 次会议上举行」
            if date_mention is None and re.match(r"\s*开幕", text[match.end() :]):
                # 「5 月 17 日上午，…主席宣布第 1 次全体会议开幕」: the day that opens the sentence is the sitting's
                opening = _OPENING_DAY.match(text, text.rfind("。", 0, match.start()) + 1)
                if opening is not None and not re.search(r"[。；]", text[opening.end() : match.start()]):
                    found = _shifted(find_dates(text[opening.start("day") : opening.end("day")], year), opening.start("day"))
                    date_mention = found[0] if len(found) == 1 else None
            date_after = None
            held_on = _HELD_ON.match(text, match.end())
            if date_mention is None and held_on is not None:
                after = _shifted(find_dates(text[held_on.end() : held_on.end() + 40], year), held_on.end())
                after = [m for m in after if m.start == held_on.end()]
                if after and _HELD_AFTER.match(text, after[0].end):
                    date_mention = date_after = after[0]
            paren_end = None
            if date_mention is None and (paren := date_in_parentheses_after(text, match.end(), year)):
                (date_mention, paren_end), date_after = paren, paren[0]  # 「第 4 次全体会议(12 月 12 日)」
            day_only = _day_only(text, match) if date_mention is None else None
            not_that_day = _NOT_THAT_SITTING.match(text, match.end()) is not None
            if not_that_day:  # 「…第 2 次全体会议的计划被取消」, 「第 2 次全体会议续会」: no day of its own
                date_mention = date_after = day_only = paren_end = None
            meeting_key = _plenary_meeting(ctx, unit, text, match, date_mention)
            if meeting_key is None:
                ctx.warn("plenary-meeting", f"plenary {match.group(0)!r}: its meeting is not clear; not emitted",
                         ctx.span(unit, match.start(), match.end()))
                continue
            info = ctx.meetings[meeting_key]
            if date_after is not None:  # 「第 6 次全体会议于 9 月 4 日」
                span = ctx.span(unit, match.start(), paren_end or date_after.end)
            else:  # 「在 11 月 27 日第 2 次全体会议上」, or no date
                span = ctx.span(unit, date_mention.start if date_mention else match.start(), match.end())
            for number in numbers:
                ref = ctx.plenary_ref(meeting_key, number)
                ctx.entity(ref).props.setdefault("evidence", span)
            ctx.plenary_mentions.append((unit.start + match.start(), meeting_key, numbers))
            last, last_at = (meeting_key, numbers), unit.start + match.end()
            if not_that_day:
                continue
            if day_only is not None:  # 「第 2 次全体会议于 16 日下午举行」: the month from the meeting's dates
                number_day, from_at, to_at = day_only
                day = _day_within(number_day, info) if _month_is_the_meetings(ctx, text, info, year) else None
                if day is not None:
                    for number in numbers:
                        dated.setdefault((meeting_key, number), []).append((day, ctx.span(unit, from_at, to_at)))
                continue
            if date_mention is None:
                sentence_head = head[clause_start(head) :]
                days, (from_at, to_at) = _dates_in_parentheses(match, numbers, year, info), match.span()
                if not days and body:
                    day = None
                    if says_that_day:  # 「同日」: the day named last, in this unit or before it
                        named, day = _last_day(head, year, info)
                        day = day if named else earlier_day
                    days, (from_at, to_at) = _same_day(text, match, sentence_head, numbers, day, year, info)
                day_span = ctx.span(unit, from_at, to_at)
                for number, day in days.items():
                    dated.setdefault((meeting_key, number), []).append((day, day_span))
                if days:
                    continue
                if says_that_day and _THAT_DAY.search(sentence_head) and info.start is not None and info.start == info.end:
                    # 「会议当天举行了第 1 次和第 2 次全体会议」: a one-day meeting's day.
                    day_span = ctx.span(unit, match.start() - len(sentence_head), match.end())
                    for number in numbers:
                        dated.setdefault((meeting_key, number), []).append((info.start, day_span))
                continue
            dates = _plenary_dates(date_mention, numbers, match, info)
            for number, day in dates.items():
                dated.setdefault((meeting_key, number), []).append((day, span))
        if body and "日" in text:  # (a date names its day with 日)
            named, day = _last_day(text, year, ctx.meeting)
            earlier_day = day if named else earlier_day
    for (meeting_key, number), statements in sorted(dated.items()):
        days = {d for d, _ in statements}
        ref = ctx.plenary_ref(meeting_key, number)
        if len(days) == 1:
            ctx.add("date", statements[0][1], subject=ref, value=statements[0][0])
        else:
            ctx.warn("plenary-date-conflict", f"plenary {number} of {meeting_key}: dates {sorted(map(str, days))}; none emitted",
                     statements[0][1])


# A day written without its month: 「第 2 次全体会议于 16 日下午举行」, 「在 16 日下午举行的第 2 次全体会议上」.
_DAY_ONLY_AFTER = re.compile(r"\s*于\s*(?P<d>\d{1,2})\s*日" + _HELD_AFTER.pattern)
_DAY_ONLY_BEFORE = re.compile(r"(?:在|于)\s*(?P<d>\d{1,2})\s*日(?:" + _DATE_BEFORE.pattern + ")")


# How far before a plenary the words that date it are looked for: they are a
# few characters long, and a search anchored at the plenary over the whole
# paragraph made a long paragraph's plenaries quadratic.
_TAIL = 200


def _day_only(text: str, match: re.Match[str]) -> tuple[int, int, int] | None:
    """The day number a plenary is dated by when its month is not written, with
    the span of the words that give it."""
    after = _DAY_ONLY_AFTER.match(text, match.end())
    if after:
        return int(after.group("d")), match.start(), after.end()
    before = _DAY_ONLY_BEFORE.search(text, max(0, match.start() - _TAIL), match.start())
    if before and not re.search(r"[\d月]\s*$", text[max(0, before.start() - _TAIL) : before.start()]):
        return int(before.group("d")), before.start(), match.end()
    return None


# Another sitting the paragraph speaks of: its days may be meant.
_OTHER_SITTING = re.compile(r"续会|复会|休会")


def _month_is_the_meetings(ctx: Context, text: str, info: MeetingInfo, year: int | None) -> bool:
    """Whether a day written without its month in the paragraph `text` can take
    the month of the reported meeting's dates: not when the paragraph speaks of a resumed
    or suspended sitting, names a meeting other than the reported one, or gives
    a date outside the meeting's dates."""
    if info.key != ctx.meeting.key or _OTHER_SITTING.search(text) or info.start is None or info.end is None:
        return False
    if any(m.key != ctx.meeting.key for m in find_meetings(ctx, text)):
        return False
    return all(info.start <= d.first and d.last <= info.end for d in find_dates(text, year))


def _day_within(number: int, info: MeetingInfo) -> dt.date | None:
    """The one day of the meeting's dates that has this day number (none when
    the meeting's dates are not known, or put the number in two months)."""
    if info.start is None or info.end is None:
        return None
    days = [info.start + dt.timedelta(days=k) for k in range((info.end - info.start).days + 1)]
    found = [day for day in days if day.day == number]
    return found[0] if len(found) == 1 else None


# 「在同日举行的第 1 次全体会议上」, 「第 2 次全体会议于同日下午举行」: the day named last.
_SAME_DAY_BEFORE = re.compile(_SAME_DAY_WORDS + r"\s*" + HALF_DAY + r"?\s*(?:举行的|召开的|的)?\s*$")
_SAME_DAY_AFTER = re.compile(r"\s*于\s*" + _SAME_DAY_WORDS + r"\s*" + HALF_DAY + r"?\s*(?:举行|召开)")
# A sentence that opens with its day: 「8 月 26 日(星期一)上午，主席宣布会议开幕，并在第 1 次全体会议上…」.
_FRONTED_DAY = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?:在\s*)?$")
_AFTER_FRONTED_DAY = re.compile(_WEEKDAY + r"\s*" + HALF_DAY + r"?\s*[，,]")


def _one_day(mention, info: MeetingInfo) -> dt.date | None:
    """The one day a date expression names, if it is within the reported meeting's dates."""
    day = _plenary_dates(mention, (0,), None, info).get(0)
    if day is None or info.start is None or info.end is None or not info.start <= day <= info.end:
        return None
    return day


def _last_day(text: str, year: int | None, info: MeetingInfo) -> tuple[bool, dt.date | None]:
    """Whether `text` names a date, and the one day its last date expression
    names if that is a day within the reported meeting (else None)."""
    mentions = find_dates(text, year)
    return (True, _one_day(mentions[-1], info)) if mentions else (False, None)


def _dates_in_parentheses(match: re.Match[str], numbers: tuple[int, ...], year: int | None,
                          info: MeetingInfo) -> dict[int, dt.date]:
    """「第 2 次(9 月 2 日下午)和第 3 次(9 月 3 日上午)全体会议」: each plenary's own day."""
    written = match.group(0)
    if "(" not in written or re.search(r"至|到|-|—", match.group("more") or ""):
        return {}
    days = {}
    for number, paren in zip(numbers, re.finditer(rf"{_PLENARY_NUMBER}\s*次?\s*(?:\((?P<date>[^()]*)\))?", written)):
        mentions = find_dates(paren.group("date") or "", year)
        found = _plenary_dates(mentions[0], (number,), None, info) if len(mentions) == 1 else {}
        if number not in found:
            return {}  # every plenary of the list has its day, or none is taken
        days.update(found)
    return days


def _same_day(text: str, match: re.Match[str], sentence_head: str, numbers: tuple[int, ...],
              day: dt.date | None, year: int | None, info: MeetingInfo) -> tuple[dict[int, dt.date], tuple[int, int]]:
    """The day of plenaries held 「同日」/「当天」: the day the text named last before
    them (`day`: None when that date is not one day of the reported meeting); or
    of plenaries held, or met in 「在…全体会议上」, in a sentence that opens with
    its day and names no other date nor a decision about them. Returns the days
    and the span of the words that give them."""
    same = _SAME_DAY_BEFORE.search(text, max(0, match.start() - _TAIL), match.start()) \
        or _SAME_DAY_AFTER.match(text, match.end())
    if same:
        return ({number: day for number in numbers} if day is not None else {}), (min(same.start(), match.start()),
                                                                                   max(same.end(), match.end()))
    opening = match.start() - len(sentence_head)
    fronted = [m for m in _sentence_dates(text, opening, year) if m.end <= len(sentence_head)]
    held = _AT_BEFORE.search(text, max(0, match.start() - _TAIL), match.start()) is not None \
        and _ON_AFTER.match(text, match.end()) is not None or _HELD_THEN.match(text, match.end()) is not None
    if len(fronted) == 1 and held and _FRONTED_DAY.fullmatch(sentence_head[: fronted[0].start]) \
            and _AFTER_FRONTED_DAY.match(sentence_head, fronted[0].end) \
            and not _NOT_HELD_THEN.search(sentence_head, fronted[0].end) \
            and not re.search(r"\d{1,2}\s*日", sentence_head[fronted[0].end :]):  # 「…，并于 5 日在第 3 次…」: another day
        day = _one_day(fronted[0], info)
        return ({number: day for number in numbers} if day is not None else {}), (opening + fronted[0].start, match.end())
    return {}, (match.start(), match.end())


@lru_cache(maxsize=4)
def _sentence_dates(text: str, start: int, year: int | None) -> list:
    """The dates of the sentence of `text` that opens at `start`, read once for
    all the plenaries it names (a prefix read for each made long sentences
    quadratic)."""
    ends = [i for i in (text.find("。", start), text.find("；", start)) if i >= 0]
    return find_dates(text[start : min(ends, default=len(text))], year)  # offsets from the sentence's opening


_AT_BEFORE = re.compile(r"在\s*(?:(?:本届|本次)(?:会议|届会)?\s*)?$")
# 「在本届会议第 1 次会议上」 (not a body's: 「执行工作组在本次会议第 1 次会议上」)
_OWN_SESSION_AT = re.compile(r"在\s*(?:本届|本次)(?:会议|届会)?\s*$")
_BODY_BEFORE_AT = re.compile(OTHER_BODY + r"\s*(?:也|还|已|随后)?\s*在\s*(?:本届|本次)(?:会议|届会)?\s*$")
# A frame about another meeting than the reported one: 「在上届会议上，」, 「在第二次会议上，」.
_OTHER_MEETING_FRAME = re.compile(r"上届|上次|上一|前一|下届|下次|筹备")
# A part of the meeting itself as the subject that is held on days: 「高级别部分于」.
_SEGMENT_HELD = re.compile(r"(?:^|[，。；\s\d.．])\s*(?:高级别部分|高级别会议部分|部长级部分)"
                           r"\s*于\s*$")
_ON_AFTER = re.compile(r"\s*上\s*[，,]?")
_HELD_THEN = re.compile(r"\s*(?:于\s*)?(?:上午|下午|晚上)?\s*(?:举行|召开)|\s*由[^，。；]{1,60}?宣布(?:开幕|闭幕)")
# Between a fronted day and a plenary: words that say the plenary is not what met that day.
_NOT_HELD_THEN = re.compile(r"决定|推迟|通报|商定|同意|将|拟|计划|建议|报告|回顾|提及|提到")


# 「会议于…开幕，…闭幕，其间共举行了 4 次会议」: the meeting's own sittings are called 「会议」.
_HELD_SITTINGS = re.compile(r"^\s*(?:\d{1,3}\s*[.．]\s*)?(?:本次|本届)?会议(?:期间|其间)?(?:[^。；]*?[，,]\s*(?:其间|期间|会议期间)?)?\s*"
                            r"(?:共|一共|总共)?举行了\s*(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\s*次会议")


def _sittings_called_meetings(ctx: Context) -> int:
    """How many 「会议」 the report says the meeting held, in a sentence whose
    subject is the meeting itself (「会议…其间共举行了 4 次会议」) and that names
    no other body; 0 if it says none. Then a sentence that opens 「第 N 次会议于…
    举行」, N at most that many, is one of them."""
    for unit in ctx.seg.units:
        if unit.kind != "paragraph" or unit.part != "body":
            continue
        text = ctx.text(unit)
        for start, end in sentences(text, "。；"):
            sentence = text[start:end]
            held = _HELD_SITTINGS.match(sentence)
            if held and not _NOT_ITS_SITTINGS.search(sentence):
                return chinese_number(held.group("n")) or 0
    return 0


def _after_another_body(ctx: Context, unit: Unit, text: str, at: int) -> bool:
    """Whether the paragraph before `at`, the unit before it (a paragraph or a
    heading) or the section's heading names another body or event
    (「全权证书委员会举行了两次会议。第 1 次会议于…」, 「B. 全权证书委员会」)."""
    if _NOT_ITS_SITTINGS.search(text, 0, at):
        return True
    index = ctx.seg.units.index(unit)
    before = [u for u in ctx.seg.units[:index] if u.kind != "footnote"]
    if before and _NOT_ITS_SITTINGS.search(ctx.text(before[-1])):
        return True
    heading = next((u for u in reversed(before) if u.kind in ("chapter", "section")), None)
    return heading is not None and _NOT_ITS_SITTINGS.search(ctx.text(heading)) is not None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether `at` opens its paragraph (after its number) or a sentence."""
    return re.fullmatch(r"\s*(?:\d{1,3}\s*[.．])?\s*", text[:at]) is not None \
        or re.search(r"[。；]\s*$", text[max(0, at - 8) : at]) is not None


def _segment_holds(ctx: Context, text: str, before_date: str, at: int) -> bool:
    """「高级别部分于 D1 和 D2 在第 3 次和第 4 次会议上举行」: a part of the reported
    meeting is the subject (`before_date` ends with it and 「于」), the paragraph
    names no other body before `at`, and the sentence no other meeting."""
    sentence_head = before_date[clause_start(before_date) :]
    return _SEGMENT_HELD.search(before_date) is not None and not _NOT_ITS_SITTINGS.search(text, 0, at) \
        and not _OTHER_MEETING_FRAME.search(sentence_head) \
        and all(m.key == ctx.meeting.key for m in find_meetings(ctx, sentence_head))


def _in_frame(text: str, match: re.Match[str], year: int | None, ctx: Context | None = None) -> bool:
    """「在 [date] 第 N 次会议上」: 「在」 right before the number or its date; of two
    sittings each with its day (「在 D1 第 1 次会议和 D2 第 2 次会议上」), both days
    within the reported meeting's (`info`)."""
    info = ctx.meeting if ctx is not None else None
    window = _window_start(text, match.start())
    head = text[window : match.start()]
    own = find_dates(head, year)
    pair = _FIRST_OF_TWO.search(head, 0, own[-1].start if own and _DATE_BEFORE.fullmatch(head[own[-1].end :]) else len(head))
    if pair is not None or _SECOND_OF_TWO.match(text, match.end()):
        start = window + pair.start() if pair is not None else window + (head.rfind("在") if "在" in head else 0)
        end = _SECOND_OF_TWO.match(text, match.end()).end() if pair is None else match.end()
        days = [d for m in find_dates(text[start:end], year) for d in m.dates]
        if info is None or info.start is None or info.end is None or not days \
                or not all(info.start <= d <= info.end for d in days):
            return False  # 「在 3 月 2 日第 1 次会议和 3 月 3 日第 2 次会议上」 before the meeting opened: another body's
    dates = find_dates(head, year)
    if dates and _DATE_BEFORE.fullmatch(head[dates[-1].end :]):
        head = head[: dates[-1].start]
    elif dates and re.fullmatch(r"\s*在\s*", head[dates[-1].end :]) and re.search(r"于\s*$", head[: dates[-1].start]):
        # 「全体委员会于 3 月 5 日和 6 日在第 3 次和第 4 次会议上」: whose meetings is not said;
        # a part of the meeting's own (「高级别部分于…在…」) holds the meeting's sittings.
        return ctx is not None and _segment_holds(ctx, text, head[: dates[-1].start], match.start())
    first = _FIRST_OF_TWO.search(head)
    if first is not None:  # 「在 D1 第 1 次会议和 [D2] 第 2 次会议上」, not a body's
        return not _BODY_SUBJECT_BEFORE.search(head, 0, first.start())
    if _OWN_SESSION_AT.search(head) and not _BODY_BEFORE_AT.search(head):
        return True  # 「…(巴西)在本届会议第 1 次会议上」: the sitting of this session, no body its subject
    at = re.search(r"在\s*$", head)
    return at is not None and not _BODY_SUBJECT_BEFORE.search(head, 0, at.start())


def _plenary_numbers(match: re.Match[str]) -> tuple[int, ...] | None:
    more = re.sub(r"\([^()]*\)", "", match.group("more") or "")  # dates in parentheses
    return number_list(match.group("first") + more)


def number_list(written: str) -> tuple[int, ...] | None:
    """「1、第 2 和第 3」 → (1, 2, 3); 「4 至第 6」, 「四至六」 → (4, 5, 6); None when
    a number does not read, a range runs backwards or too far, or one repeats."""
    numbers: list[int] = []
    for conj, value in re.findall(r"(^|和|以及|、|，|,|及|至|到|-|—)\s*第?\s*(\d{1,3}|[一二三四五六七八九十百]{1,4})", written.strip()):
        n = chinese_number(value)
        if n is None:
            return None
        if conj in ("至", "到", "-", "—"):
            if not numbers or not 0 < n - numbers[-1] <= 50:
                return None
            numbers.extend(range(numbers[-1] + 1, n + 1))
        else:
            numbers.append(n)
    return tuple(numbers) if numbers and len(set(numbers)) == len(numbers) else None


def _plenary_dates(mention, numbers: tuple[int, ...], match: re.Match[str], info: MeetingInfo) -> dict[int, dt.date]:
    """Which date goes with which plenary: one date for one, or pairwise for lists."""
    dates = list(mention.dates)
    if mention.year_inferred:
        fixed = []
        for day in dates:
            year = year_for(day.month, day.day, info.start, info.end, None)
            if year is None:
                return {}
            fixed.append(day.replace(year=year))
        dates = fixed
    if mention.is_range or mention.list_then_range:
        return {}
    if len(dates) == 1:
        return {number: dates[0] for number in numbers}  # one day: every plenary named met on it
    is_range = match is not None and bool(re.search(r"至|到|-|—", match.group("more") or ""))
    if len(dates) == len(numbers) and not is_range:
        return dict(zip(numbers, dates))
    return {}


def _window_start(text: str, at: int, width: int = 200) -> int:
    """Where the words that may name a plenary's date or meeting begin: at most
    `width` characters before `at`, from a clause's start (so no date is cut)."""
    if at <= width:
        return 0
    cut = re.search(r"[，,。；]", text[at - width : at])
    return at - width + cut.end() if cut else at - width


def _shifted(mentions: list[DateMention], by: int) -> list[DateMention]:
    return [replace(m, start=m.start + by, end=m.end + by) for m in mentions]


def _within(spans: list[tuple[int, int]], starts: list[int], at: int) -> bool:
    """Whether `at` is within one of the sorted, non-nested `spans` (their `starts`)."""
    i = bisect_right(starts, at) - 1
    return i >= 0 and any(a <= at < b for a, b in spans[max(0, i - 3) : i + 1])


def _plenary_meeting(ctx: Context, unit: Unit, text: str, match: re.Match[str], date_mention) -> str | None:
    """The meeting a plenary belongs to."""
    assert ctx.meeting is not None
    reported = ctx.meeting
    # 「缔约国第一次会议第 6 次全体会议」: the meeting named just before.
    window = _window_start(text, match.start())
    head = text[window : match.start()]
    if serving_as_before(head):
        return None  # 「在作为《名古屋议定书》缔约方会议的缔约方大会第七次会议第 2 次全体会议上」
    mentions = find_meetings(ctx, head)
    if date_mention is not None:
        date_mention = replace(date_mention, start=date_mention.start - window, end=date_mention.end - window)
    if mentions and re.fullmatch(r"\s*(?:的)?\s*", head[mentions[-1].end :]):
        return mentions[-1].key
    # 「缔约国第九次会议在 2023 年 8 月 25 日第 6 次全体会议上决定」: the meeting
    # named as the subject, right before the date; 「该次会议在 9 月 4 日第 6 次…」:
    # the meeting the previous sentence named.
    if date_mention is not None:
        subject = _subject_before(ctx, head[: date_mention.start])
        if subject is not None:
            return subject
    # The date decides between the reported meeting and another.
    if date_mention is not None and not date_mention.year_inferred and reported.start and reported.end:
        inside = all(reported.start <= d <= reported.end for d in date_mention.dates)
        if inside:
            return reported.key
        # 「在 2022 年 6 月 23 日第 6 次全体会议上，禁止核武器条约缔约国第一次会议决定」
        return _sentence_subject(ctx, text, match.end())
    if date_mention is not None and date_mention.year_inferred and reported.start and reported.end:
        ok = all(falls_within(d.month, d.day, reported.start, reported.end) for d in date_mention.dates)
        return reported.key if ok else None
    # No date: the subject of the sentence, if it names another meeting.
    return _sentence_subject(ctx, text, match.end()) or reported.key


_SUBJECT_AT = re.compile(r"(?P<anaphor>(?:该次|该|此次|这次)会议)?\s*(?:已|也|曾)?\s*(?:于|在)\s*$")


def _subject_before(ctx: Context, lead: str) -> str | None:
    """The meeting that is the subject of 「MEETING 在 DATE」, from the text
    before the date: named right there, or (for 「该次会议」) named in the
    previous sentence, when that sentence names exactly one meeting."""
    at = _SUBJECT_AT.search(lead)
    if at is None:
        return None
    before = lead[: at.start()]
    if at.group("anaphor"):
        previous = before.rstrip()
        if not previous.endswith("。"):
            return None
        previous = previous[:-1]
        mentions = find_meetings(ctx, previous[previous.rfind("。") + 1 :])
        keys = {m.key for m in mentions}
        return keys.pop() if len(keys) == 1 else None
    mentions = find_meetings(ctx, before)
    if mentions and mentions[-1].end == len(before.rstrip()) and not re.search(r"[，,。；]", before[mentions[-1].end:]):
        return mentions[-1].key
    return None


def _sentence_subject(ctx: Context, text: str, after: int) -> str | None:
    """The meeting named as the subject right after 「在…全体会议上，」, if any."""
    tail = text[after : after + 160]  # a treaty's full name can be long
    subject = re.match(r"\s*上\s*[，,]\s*", tail)
    if subject:
        following = find_meetings(ctx, tail[subject.end() :])
        if following and following[0].start == 0 and not _POSSESSED.match(tail, subject.end() + following[0].end):
            return following[0].key
    return None


# After a meeting's name, what makes it no subject: 「…会议主席介绍了…」, 「…会议的报告」.
_POSSESSED = re.compile(r"\s*(?:的|主席|副主席|代表|秘书|主席团|报告员|成员|通过的|期间)")


def plenary_at(ctx: Context, unit: Unit, clean_offset: int) -> tuple[str, tuple[int, ...]] | None:
    """The plenary meeting(s) in force at a clean offset: the last plenary the
    same unit names before it (「在第 1 次全体会议上，会议通过了…」)."""
    best = None
    for offset, key, numbers in ctx.plenary_mentions:
        if unit.start <= offset <= clean_offset:
            best = (key, numbers) if key is not None else None  # (None: a sitting not read, 「该次会议」 of another)
    return best


_HELD_PLENARIES = re.compile(r"(?:共)?举行了\s*(?P<n>\d{1,3}|[一二三四五六七八九十]+)\s*次全体会议")


def plenary_count(ctx: Context) -> None:
    """「会议共举行了 10 次全体会议」 checked against the plenaries the text names."""
    if ctx.meeting is None:
        return
    key = ctx.meeting.key
    numbers = {ref.key for ref in ctx.entities if ref.kind == "meeting" and ref.key.startswith(key + "/plenary/")}
    for unit in ctx.seg.units:
        for match in _HELD_PLENARIES.finditer(ctx.text(unit)):
            stated = chinese_number(match.group("n"))
            if stated is not None:
                ctx.count(f"plenary meetings of {key}", stated, len(numbers), ctx.span(unit, match.start(), match.end()),
                          "counted: the plenary meetings the report names")
