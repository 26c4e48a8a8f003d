"""Persons named as speakers and panellists, with their functions.

* 「下列高级官员在会上发言：A；B；以及 C。」 — each item is a function followed
  by a transliterated name (「…部长吉尔伯特·卡班达·库伦加」), optionally with
  「(代表…)」; items whose name cannot be told from the function are skipped;
* 「讨论小组成员如下：NAME，FUNCTION；…；以及 NAME，FUNCTION。」 — panellists.
"""

from __future__ import annotations

import re

from ..dates import falls_within, find_dates
from ..records import Ref
from ..segment import Unit
from .attendance import HEARD
from .bodies import OTHER_BODY
from .context import Context
from .meetings import find_meetings, plenary_at
from .lists import split_items
from .offices import HONORIFIC, TRANSLIT_NAME, _holder_shape, _plausible_person, _strip_title, affiliation_of, person_or_state, split_function_name
from .sentences import clause_start

_SPEAKERS = re.compile(
    r"(?:下列|以下)[^：:。]{0,12}(?:在会上|在会议上)?(?:发言|作了发言|讲话)[：:]"
    r"|(?:在[^：:。，]{1,12}上)?(?:发言|讲话)的有[：:]"
)
_PANEL = re.compile(r"(?:讨论小组|小组讨论)(?:成员|发言者|嘉宾)(?:如下|有)[：:]")
# 「…处长安娜·费雷拉代表联合国秘书长宣读了致辞；…的通·坎西·蓬萨万代表集束弹药联盟发言」
# The verb, with the adverbs that may stand between the name and it (「相继」,
# 「等」, 「通过视频」): they are not part of the name.
_SPOKE = re.compile(r"(?:等人?)?(?:也|还|随后|相继|分别|先后|均|亦)?\s*(?:在会上|在(?:同次|该次)?会议上|通过视频(?:连线)?|以视频(?:连线)?方式"
                    # 「…先生向审议会议作了证词发言」: whom they addressed is not part of the name
                    r"|向(?:本次|本届)?(?:会议|大会|审议会议|审议大会|缔约国会议|缔约方会议|全体会议))?\s*"
                    r"(?:应[^，。；：]{1,10}?(?:邀请|请求))?\s*"  # 「应主席邀请作了发言」
                    r"(?:宣读了[^，。；：]{0,20}?(?:致辞|贺词|致词|讲话|发言|声明)|作了[^，。；：]{0,6}?发言|发了言|致了?辞|发言"
                    r"|(?:宣布(?:会议)?(?:开幕|闭幕)并)?致(?:了)?(?:开幕|闭幕|欢迎)?(?:词|辞)"
                    # 「…主席X(国)向会议介绍了委员会…的工作」: briefed the meeting
                    r"|向(?:会议|大会|缔约国会议|缔约方会议)(?:介绍|通报)了[^，。；：]{1,40}"
                    # 「报告员X介绍了报告草稿」, 「X先生(加蓬)介绍了委员会的年度报告」: introduced a text
                    r"|介绍了[^，。；：“”]{0,60}?(?:报告|草案|草稿|说明|提案)(?:\s*[(（][^()（）]{1,40}[)）])?)\s*$")
# Words before the verb that say the person did not (yet) speak: 「将发言」, 「未能致开幕词」, 「要求发言」.
_DID_NOT_SPEAK = re.compile(r"(?:将|未能?|没有|不|原定|拟|要求|请求|申请|希望|获邀|放弃|无法|应邀将|计划|打算|书面|以书面形式)\s*$")
# What may open a clause before its speaker: a sitting of the reported meeting
# (「在第 1 次全体会议上，」, 「在同次会议上，」), a part of it (「在…一般性辩论中，」,
# 「在开幕式上，」, 「在高级别部分，」), a day (「6 月 16 日上午，」: within the
# meeting's days), 「随后，」. Not another meeting's or event's (read in `_frame_end`).
_FRAME = re.compile(r"\s*(?:(?P<at>(?:在|于)[^，,。；：:]{1,60}?(?:上|中|期间|时)|在(?:开幕式|闭幕式|高级别部分|一般性辩论))"
                    r"|(?P<date>(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:上午|下午|晚上)?"
                    r"|随后|此外|同日|当天|会上|应主席(?:的)?邀请)\s*[，,]")
# In a frame: a body, or an event someone convened or hosted (「在…工作组共同主持人于纽约召集的一次会议上」).
_OTHER_BODY_FRAME = re.compile(OTHER_BODY + r"|召集|主办|举办|联合国大会|安全理事会")
# In a frame: words of another meeting or event than the reported meeting's sittings.
_NOT_OURS = re.compile(r"上届|上次|上一|前一|下届|下次|下一|筹备|谈判|会外|边会|活动|续会|研讨|讲习|磋商|将|拟|计划|该|此前|闭会")
# Where a speaker's name ends and another speaker may follow: 「…先生和…女士致开幕词」.
_NAME_ENDS = re.compile(r"·[\u4e00-\u9fff\-]{1,12}(?:先生|女士|阁下|大使|博士|教授|法官)?\s*(?:[(（][^()（）]{2,30}[)）])?\s*$")
_TRANSLIT_WHOLE = re.compile(TRANSLIT_NAME)
_STATE_AFTER = re.compile(r"\s*[(（](?P<state>[^()（）]{2,30})[)）]\s*$")
_WHO = re.compile(r"(?:(?P<function>[^、的]{2,40})、)?(?P<state>[^、的]{2,20})的(?P<name>[^、的]{2,40})")


def extract(ctx: Context) -> None:
    if ctx.meeting is None:
        return
    for unit, text in ctx.units("paragraph", "footnote"):
        for match in _SPEAKERS.finditer(text):
            end = text.find("。", match.end())
            _speakers(ctx, unit, text, match.start(), match.end(), end if end >= 0 else len(text))
        for match in _PANEL.finditer(text):
            end = text.find("。", match.end())
            _panel(ctx, unit, text, match.start(), match.end(), end if end >= 0 else len(text))
        if not _SPEAKERS.search(text) and not _PANEL.search(text):
            _narrative_speakers(ctx, unit, text)
            _opened_by(ctx, unit, text)
        _nationalities(ctx, unit, text)
        if "候选人" in text and "国籍" in text:
            _candidate_table(ctx, unit, text)
        if "听取了" in text:
            _heard_persons(ctx, unit, text)


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    cursor = start
    for match in re.finditer(r"[；;]", text[start:end]):
        out.append((cursor, start + match.start()))
        cursor = start + match.end()
    out.append((cursor, end))
    cleaned = []
    for s, e in out:
        lead = re.match(r"\s*(?:以及|及|和)?\s*", text[s:e])
        s += lead.end() if lead else 0
        while e > s and text[e - 1] in " \n。":
            e -= 1
        if s < e:
            cleaned.append((s, e))
    return cleaned


def _meeting_of_list(ctx: Context, unit: Unit, offset: int) -> Ref:
    plenary = plenary_at(ctx, unit, unit.start + offset)
    if unit.kind == "footnote" and unit.called_from is not None:
        plenary = plenary_at(ctx, unit.called_from, unit.called_from.end)
    if plenary is not None:
        return Ref("meeting", plenary[0])
    assert ctx.meeting is not None
    return ctx.meeting_ref(ctx.meeting)


def _speakers(ctx: Context, unit: Unit, text: str, head_start: int, start: int, end: int) -> None:
    meeting = _meeting_of_list(ctx, unit, head_start)
    for s, e in _items(text, start, end):
        item = text[s:e]
        core = re.sub(r"\s*\([^()]*\)\s*$", "", item)
        split = split_function_name(core)
        if split is None:
            ctx.warn("speaker-name", f"speaker {item!r}: the name cannot be told from the function; not emitted",
                     ctx.span(unit, s, e))
            continue
        function, name = split
        person = ctx.person(name)
        name_start = s + core.rfind(name)
        ctx.add("attendance", ctx.span(unit, head_start, e), participant=person, meeting=meeting, role="Speaker")
        if function:
            ctx.add("function", ctx.span(unit, s, name_start + len(name)), subject=person, value=function)
            affiliation = affiliation_of(ctx, function)
            if affiliation is not None:
                ctx.add("affiliation", ctx.span(unit, s, name_start + len(name)), subject=person, value=affiliation)


def _panel(ctx: Context, unit: Unit, text: str, head_start: int, start: int, end: int) -> None:
    meeting = _meeting_of_list(ctx, unit, head_start)
    for s, e in _items(text, start, end):
        item = text[s:e]
        name, sep, function = item.partition("，")
        if not sep:
            name, sep, function = item.partition(",")
        name = name.strip()
        if not sep or not name or len(name) > 40 or re.search(r"[。：]", name):
            ctx.warn("panellist", f"panellist {item!r} could not be read; not emitted", ctx.span(unit, s, e))
            continue
        person = ctx.person(name)
        ctx.add("attendance", ctx.span(unit, head_start, e), participant=person, meeting=meeting, role="Panellist")
        function = function.strip()
        if function:
            ctx.add("function", ctx.span(unit, s, e), subject=person, value=function)
            affiliation = affiliation_of(ctx, function) or (ctx.organization(function, known_only=True))
            if affiliation is not None:
                ctx.add("affiliation", ctx.span(unit, s, e), subject=person, value=affiliation)


def _narrative_speakers(ctx: Context, unit: Unit, text: str) -> None:
    """Speakers named in running text: a clause whose first words (after a
    frame such as 「在第 1 次全体会议上，」) are a function (or a State, 「X的」)
    and a transliterated name, then 「发言」, 「致开幕词」 or 「宣读了致辞」; two
    speakers may be joined by 和/以及, and a name may carry its State in
    parentheses. Only names written with 「·」 are taken: 「墨西哥代表发言」
    names no one."""
    meeting = None
    cursor = 0
    for clause in re.split(r"(?<=[；。])", text):
        start, cursor = cursor, cursor + len(clause)
        body = clause.rstrip("；。 \n")
        lead = re.match(r"\s*(?:\d{1,3}\s*[.．]\s*|\d{1,2}\s+(?![月年日]))?", body)  # a paragraph number or a footnote's
        head_start = _frame_end(ctx, body, lead.end())
        if head_start is None:
            continue  # a frame of another meeting or event, or of a day outside the meeting's
        stop = re.compile(r"[，,：:]").search(body, head_start)
        verb = _SPOKE.search(body, head_start, stop.start() if stop else len(body))
        if verb is None:
            # 「主席随即宣布会议开幕，并作了开幕发言」: the presiding officer opens, then speaks
            opened = _OPENED_THEN_SPOKE.match(body, head_start)
            if opened is not None:
                _presiding_speaker(ctx, unit, start + head_start, start + head_start + len(opened.group("who")),
                                   start + opened.end(), _meeting_of_list(ctx, unit, start))
            continue
        if _DID_NOT_SPEAK.search(body, head_start, verb.start()):
            continue
        if "该次会议" in verb.group(0) and not _previous_sentence_is_ours(ctx, text, start):
            continue  # 「该次会议」 refers back to a meeting that may be another
        head = body[head_start : verb.start()]
        if _INVITES.match(head) or re.match(r"\s*由", head) or re.search(r"(?:会议|大会|会)\s*由", head):
            # 「会议由X宣布开幕并致开幕词」 (read by `_opened_by`), 「…由X代为宣读」
            continue  # 「主席邀请…发言」, 「会议欢迎…致辞」: the subject is not the speaker
        if _PRESIDING.fullmatch(head.strip()):
            # 「在 11 月 10 日第 1 次会议上，主席作了发言」: the meeting's one presiding officer
            at = start + head_start + len(head) - len(head.lstrip())
            _presiding_speaker(ctx, unit, at, at + len(head.strip()), start + verb.end(), _meeting_of_list(ctx, unit, start))
            continue
        if _ON_BEHALF_OF_NAME.search(head):
            # 「主席代表X先生介绍了…」: the officer on X's behalf, or X as the officer's representative; who spoke is not sure
            ctx.warn("speaker-name", f"speaker {head.strip()!r}: 「代表」 after an office may mean 'on behalf of'; not emitted",
                     ctx.span(unit, start + head_start, start + verb.start()))
            continue
        for part_start, part in _speaker_parts(head):
            # (the officer first: 「报告员特·阿瓦女士」 is 「海伦妮·特·阿瓦」, whose surname has a 「·」 of its own)
            found = _officer_by_surname(ctx, part, ctx.span(unit, start + head_start + part_start,
                                                            start + head_start + part_start).start) \
                or _speaker_of(ctx, part)
            if found is None:
                ctx.warn("speaker-name", f"speaker {part!r}: the name cannot be told from the function; not emitted",
                         ctx.span(unit, start + head_start + part_start, start + head_start + part_start + len(part)))
                continue
            who_start = start + head_start + part_start + part.index(found[3])
            meeting = meeting or _meeting_of_list(ctx, unit, start)
            _add_speaker(ctx, unit, found, who_start, start + verb.end(), meeting)


# An office, then 「代表」 before a name: 「主席代表X先生」 (on X's behalf, or X as the officer's representative).
_ON_BEHALF_OF_NAME = re.compile(r"(?:主席|副主席|报告员|协调员|协调人|主持人|促进者|秘书长|执行秘书|总干事)\s*代表\s*(?!团)[\u4e00-\u9fff]")


# An officer named by office and surname: 「报告员斯托扬诺夫斯卡女士」, 「第一工作组主席阿拉维先生」,
# 「副主席兼报告员林德罗斯先生」.
_OFFICE_SURNAME = re.compile(r"(?P<office>(?:[\u4e00-\u9fff]{2,20}?)?(?:副主席兼报告员|报告员|副主席|主席))"
                             r"(?P<surname>[\u4e00-\u9fff][\u4e00-\u9fff·\-]{1,14})(?P<honorific>先生|女士|大使|阁下|法官)")
# The roles each office word may name, of the meeting (no body) or of the body named before it.
_SURNAME_ROLES = {"报告员": ("Rapporteur",), "副主席兼报告员": ("Rapporteur", "VicePresident", "ViceChair"),
                  "副主席": ("VicePresident", "ViceChair"), "主席": ("President", "Chair")}


def _officer_by_surname(ctx: Context, part: str, at: int):
    """(person, None, None, who) for 「OFFICE SURNAME先生」 (at offset `at` of the clean
    text): the one person the report named in full before, to that office (of the meeting, or of the body named
    before the office word), whose name ends with the surname. The same office
    is the ground for taking the two written forms as one person; the surname
    alone is not."""
    written = _OFFICE_SURNAME.fullmatch(part.strip())
    if written is None or ctx.meeting is None:
        return None
    office = written.group("office")
    word = next(w for w in ("副主席兼报告员", "报告员", "副主席", "主席") if office.endswith(w))
    body = office[: -len(word)] or None
    reported = ctx.meeting_ref(ctx.meeting)
    if body is not None and (reported is None or re.search(r"[、，的]", body)):
        return None
    surname = "·" + written.group("surname")

    def bears_it(ref) -> bool:  # a person named in full with that surname
        return ref is not None and ref.kind == "person" \
            and any(label.endswith(surname) for label in ctx.entity(ref).labels.get("zh", ()))

    roles = _SURNAME_ROLES[word] if body is None else ("Chair",)
    named = {f.get("holder") for f in ctx.facts if f.kind == "office" and f.get("meeting") == reported
             and f.get("role") in roles and (f.get("body") or None) == body and f.span.start < at and bears_it(f.get("holder"))}
    # (and no one of that surname in an office of that name of another body: 「报告员斯托扬诺夫斯卡女士」
    # where the meeting's and a committee's rapporteurs share it)
    others = {f.get("holder") for f in ctx.facts if f.kind == "office" and f.get("role") in roles + ("Chair", "ViceChair")
              and f.get("holder") not in named and bears_it(f.get("holder"))}
    if len(named) != 1 or others:
        return None
    return next(iter(named)), None, None, written.group(0)


# The presiding officer by the office alone, as a clause's subject (not 「临时主席」, 「前任主席」,
# 「工作组主席」: those are others), with what may stand between it and the verb.
_PRESIDING = re.compile(r"(?:会议|本次会议|本届会议)?主席(?:在当选后|当选后|随即|随后|接着)?")
_OPENED_THEN_SPOKE = re.compile(r"\s*(?P<who>(?:会议|本次会议|本届会议)?主席)(?:随即|随后|接着)?宣布(?:会议|本届会议|本次会议)?(?:开幕|闭幕)"
                                r"\s*[，,]\s*并\s*(?:作了[^，。；：]{0,6}?发言|致了?(?:开幕|闭幕|欢迎)?(?:词|辞))\s*$")


_ACTING = re.compile(r"代理主席|代行主席|代为主持|临时主持|主持了(?:第\s*\d|[^，。；]{0,6}会议)|(?<!会议)由[^，。；]{2,40}?主持(?:了)?(?:第|会议)")
_OTHER_PRESIDING_BODY = re.compile(r"全体委员会|主要委员会|起草委员会|全权证书委员会|总务委员会|工作组|联络小组|起草小组|附属机构|主席之友")


def _paragraphs_before(ctx: Context, unit: Unit, at: int) -> str:
    """The text of this paragraph up to `at`, and of the one before it (and the heading between)."""
    units = [u for u in ctx.seg.units if u.part == unit.part and u.kind != "footnote"]
    index = units.index(unit)
    previous = units[index - 1] if index > 0 else None
    between = ctx.clean.text[previous.start : unit.start] if previous is not None else ""
    return between + ctx.text(unit)[:at]


def _presiding_speaker(ctx: Context, unit: Unit, start: int, end: int, verb_end: int, meeting: Ref) -> None:
    """「主席作了发言」: the speaker is the reported meeting's president or chair, where
    the report named one person to that office before this sentence; otherwise
    who 「主席」 is at that point (a temporary or outgoing one) is not sure."""
    reported = ctx.meeting_ref(ctx.meeting)
    at = ctx.span(unit, start, end).start
    offices = [f for f in ctx.facts if f.kind == "office" and f.get("meeting") == reported
               and f.get("role") in ("President", "Chair") and not f.get("body")]
    elected = min((f.span.start for f in offices), default=at)
    if any(elected <= m.start() < at for m in _ACTING.finditer(ctx.clean.text)) \
            or _OTHER_PRESIDING_BODY.search(_paragraphs_before(ctx, unit, start)):
        # 「会议选举X为代理主席」, 「Y主持了第 4 次全体会议」 after the election; another body
        # (「全体委员会…」) in this paragraph or the one before: whose chair 「主席」 is, is not sure
        ctx.warn("speaker-name", "「主席」 speaks where an acting chair or another body's chair may be meant; "
                 "not emitted", ctx.span(unit, start, end))
        return
    holders = {f.get("holder") for f in offices}
    if meeting != reported or len(holders) != 1 or next(iter(holders)).kind != "person" \
            or any(f.span.start >= at for f in offices):
        ctx.warn("speaker-name", "「主席」 speaks: who presided at that point is not one person named before; "
                 "not emitted", ctx.span(unit, start, end))
        return
    ctx.add("attendance", ctx.span(unit, start, verb_end), participant=next(iter(holders)), meeting=reported,
            role="Speaker")


def _add_speaker(ctx: Context, unit: Unit, found: tuple, who_start: int, end: int, meeting: Ref) -> None:
    """A speaker's attendance (its evidence from the name to the verb's end at
    `end`), and what the words before the name say of the person: State,
    function and the organization the function opens with."""
    person, function, state, who = found
    ctx.add("attendance", ctx.span(unit, who_start, end), participant=person, meeting=meeting, role="Speaker")
    where = ctx.span(unit, who_start, who_start + len(who))
    if state is not None:
        ctx.add("nationality", where, subject=person, value=state)
    if function:
        ctx.add("function", where, subject=person, value=function.strip())
        affiliation = affiliation_of(ctx, function)
        if affiliation is not None:
            ctx.add("affiliation", where, subject=person, value=affiliation)


# A clause whose subject asks, thanks or hears the speaker.
_INVITES = re.compile(r"(?:主席|会议|大会|委员会|主席团)?\s*(?:邀请|请|感谢|欢迎|注意到|听取|回顾|赞扬|祝贺)")


def _frame_end(ctx: Context, body: str, at: int) -> int | None:
    """Where the speaker's words begin after the frames that open the clause at
    `at`; None when a frame names another meeting or event, or a day outside
    the reported meeting's dates."""
    info = ctx.meeting
    while (frame := _FRAME.match(body, at)) is not None:
        words = frame.group(0)
        if _NOT_OURS.search(words) or _OTHER_BODY_FRAME.search(words) \
                or any(m.key != info.key for m in find_meetings(ctx, words) if not _SITTING.fullmatch(m.written.strip())):
            return None  # another meeting's, body's or event's
        if (frame.group("date") is not None or re.search(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}\s*年", words)) \
                and not _within_the_meeting(ctx, words):
            return None  # a day outside the meeting's days, or a year alone (「在 2022 年的会议上」)
        at = frame.end()
    return at


_SITTING = re.compile(r"第\s*\d{1,3}\s*次\s*(?:全体)?会议")  # a sitting, numbered in figures
# 「第 1 次会议于…举行，由X代表秘书长宣布开幕并致辞」, 「会议由X宣布开幕并致开幕词」
_OPENED_BY = re.compile(r"由(?P<who>[^，。；：由]{2,80}?)宣布(?:会议)?(?:开幕|闭幕)并致(?:了)?(?:开幕|闭幕|欢迎)?(?:辞|词)")
# What may come before 「由」: the reported meeting itself, or one of its sittings held on a day.
_OPENED_SUBJECT = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?:(?:本次|本届)?会议\s*"
                             r"|第\s*\d{1,3}\s*次(?:全体)?会议\s*(?:于\s*(?P<date>[^，。；]{2,30}?)\s*(?:上午|下午|晚上)?\s*举行)?\s*[，,]\s*)")


def _opened_by(ctx: Context, unit: Unit, text: str) -> None:
    """The person who opened (or closed) the meeting with a statement: 「会议由X
    宣布开幕并致开幕词」, 「第 1 次会议于 10 月 7 日上午举行，由X代表秘书长宣布开幕并致辞」.
    The subject is the reported meeting or its sitting (a day within its days);
    not in a footnote (which may quote another report), not where the statement
    was read out by another (「…，由Y代为宣读」)."""
    if unit.kind == "footnote":
        return
    for match in _OPENED_BY.finditer(text):
        sentence_start = clause_start(text, match.start())
        subject = _OPENED_SUBJECT.fullmatch(text, sentence_start, match.start())
        sentence_end = min((i for i in (text.find("。", match.end()), text.find("；", match.end())) if i >= 0),
                           default=len(text))
        if subject is None or "宣读" in text[match.end() : sentence_end]:
            continue
        if subject.group("date") is not None and not _within_the_meeting(ctx, subject.group("date")):
            continue
        found = _speaker_of(ctx, match.group("who").strip())
        if found is None:
            continue
        who_start = match.start("who") + match.group("who").index(found[3])
        _add_speaker(ctx, unit, found, who_start, match.end(), _meeting_of_list(ctx, unit, match.start()))


def _within_the_meeting(ctx: Context, words: str) -> bool:
    """Whether the dates written in `words` all fall within the reported
    meeting's days (False when those are not known, or `words` hold none)."""
    info = ctx.meeting
    if info is None or info.start is None or info.end is None:
        return False
    dates = find_dates(words, info.start.year)
    # (a day written without its year: in the meeting's days in one of its years)
    return bool(dates) and all(falls_within(d.month, d.day, info.start, info.end) if m.year_inferred
                               else info.start <= d <= info.end for m in dates for d in m.dates)


def _previous_sentence_is_ours(ctx: Context, text: str, at: int) -> bool:
    """Whether the sentence before offset `at` names a sitting of the reported
    meeting and no other meeting (what 「该次会议」 then refers to)."""
    before = text[:at].rstrip("。； \n")
    previous = before[clause_start(before) :]
    return bool(_SITTING.search(previous)) and not _NOT_OURS.search(previous) \
        and all(m.key == ctx.meeting.key for m in find_meetings(ctx, previous) if not _SITTING.fullmatch(m.written.strip()))


def _speaker_parts(head: str) -> list[tuple[int, str]]:
    """The speakers of a clause's head, split at 和/以及/与/及/、 where the words
    before end with a transliterated name: (offset, text) each."""
    parts, cursor = [], 0
    for sep in re.finditer(r"以及|和(?!平)|与|及|、", head):
        if sep.start() > cursor and _NAME_ENDS.search(head, cursor, sep.start()):
            parts.append((cursor, head[cursor : sep.start()]))
            cursor = sep.end()
    parts.append((cursor, head[cursor:]))
    return [(at + len(part) - len(part.lstrip()), part.strip()) for at, part in parts if part.strip()]


def _speaker_of(ctx: Context, head: str):
    """(person, function, state, who) for one speaker: 「X代表Y」 is X speaking
    on behalf of Y, taken at the last 「代表」 that leaves a readable speaker
    before it (「高级代表办公室主任…代表秘书长」); a State in parentheses after
    the name is the person's."""
    cuts = [m.start() for m in re.finditer("代表(?!团)", head)
            if head.count("(", 0, m.start()) + head.count("（", 0, m.start())
            == head.count(")", 0, m.start()) + head.count("）", 0, m.start())][::-1] + [len(head)]
    for cut in cuts:
        who = head[:cut].strip()
        paren = _STATE_AFTER.search(who)
        state = None
        if paren is not None:
            state = ctx.state(paren.group("state"))
            if state is None:
                continue  # 「(代表…)」 or an unknown State: not read
            who = who[: paren.start()]
        found = _speaker(ctx, who, state is not None)
        if found is not None:
            person, function, own, written = found
            if own is not None and state is not None and own != state:
                return None
            return person, function, own or state, written if paren is None else head[:cut].strip()
    return None


def _speaker(ctx: Context, who: str, with_state: bool = False):
    """(person, function, state, who) for 「FUNCTION NAME」 or 「[FUNCTION、]STATE的NAME」
    with a transliterated name, or the name alone when its State follows in
    parentheses (`with_state`); None otherwise."""
    written = _WHO.fullmatch(who)
    state = re.sub(r"^来自", "", written.group("state")) if written else None  # 「…主席、来自毛里求斯的X」
    if written and ctx.gaz.state(state) and _TRANSLIT_WHOLE.fullmatch(_strip_title(written.group("name"))):
        return ctx.person(_strip_title(written.group("name"))), written.group("function"), ctx.state(state), who
    if written and ctx.gaz.organization(written.group("state")) is not None \
            and _HONORIFIC_END.search(written.group("name")) is not None and _BARE_GIVEN.match(written.group("name")):
        # 「裁军事务厅的卡米拉·奥孔科沃-伯格女士」: of an organization the gazetteer knows (the name
        # alone after 「的」, with its honorific: not 「…的代表约翰·史密斯先生」, 「…先生介绍了…并」)
        return ctx.person(_strip_title(written.group("name"))), written.group("state"), None, who
    split = split_function_name(_strip_title(who))  # 「…司长彼得·卡里乌基先生」: the name without 先生
    # a name alone with its honorific (「奥卢塞贡·阿德巴约先生也发了言」) is someone's, where nothing
    # stands before it (not 「此后约翰·史密斯先生」, 「大会还听取了约翰·史密斯先生」)
    titled = _HONORIFIC_END.search(who) is not None and _BARE_GIVEN.match(who.strip()) is not None
    if split is None or "·" not in split[1] or not (split[0] or with_state or titled) or not _plausible_person(split[1]) \
            or re.match(r"[和与及并]|以及", split[1]) or "·" in split[0] or _INVITES.search(split[0]) \
            or _CLAUSE_VERB.search(split[1].split("·", 1)[0]):
        # no function (nor State, nor honorific), or no one name (「主席和约翰·史密斯」), or a verb run
        # into the name (「主席表示塔班·恩科西先生介绍了…」: the President said that he introduced it)
        return None
    return ctx.person(split[1]), split[0], None, who


_HONORIFIC_END = re.compile(r"·[\u4e00-\u9fff\-]{1,12}(?:先生|女士|大使|阁下|博士|教授)\s*$")
# A verb of a clause run into a name's first part: 「表示塔班」, 「指出塔班」, 「处报告塔班」.
_CLAUSE_VERB = re.compile(r"表示|指出|宣布|强调|报告|认为|回顾|注意到|感谢|提到|介绍|说明|告知|通知|说")
# A given name that is only a name: no word of a clause or a function run into it (「此后约翰」,
# 「代表约翰」, 「还听取了约翰」, 「嘉宾约翰」).
# (「宾」 alone is in names, 「罗宾」: only 「嘉宾」)
_BARE_GIVEN = re.compile(r"(?![^·]*(?:了|还|也|后|说|据|听|取|邀|此|最|接着|另|他|她|其|代表|主任|主席|秘书|司长|处长|部长|大使|嘉宾|报道|同日))"
                         r"[\u4e00-\u9fff\-]{1,8}·")


# 「阿马杜·巴·迪奥普(塞内加尔)」 anywhere: a transliterated name and the State in
# parentheses after it (the gold's convention for nationality).
# The State in parentheses after a name, with a candidate's votes if an
# election's results follow it: 「(摩洛哥)」, 「(摩洛哥，131 票)」.
_STATE_PAREN = r"[(（](?P<state>[^()（）]{2,30}?)(?:\s*[，,]\s*\d[\d,]*\s*票)?[)）]"
_NAME_STATE = re.compile(rf"(?P<name>{TRANSLIT_NAME}){HONORIFIC}?\s*" + _STATE_PAREN)
# Words that may stand right before a name without belonging to it.
_LEAD_WORDS = re.compile(r"(?:分别为|分别|以及|并|和|及|与|由|为|请|向|对|经|选举|推选|推举|选出|选派|提名|任命|指定|确认|邀请|感谢|赞扬|称赞|祝贺|欢迎|人选|候选人"
                         r"|接任|继任|接替)*")
_BEFORE_NAME = re.compile(r"(?:^|[\s、，,：:；;。(（]|以及|和|及|与|由|为|人选|候选人|的)$")


# 「赞比亚的穆桑达·卡布韦·姆万萨大使」: the State, 「的」, a transliterated name.
_STATE_OF_NAME = re.compile(r"的(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,11}?(?:·[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,11}?)+)"
                            r"(?=" + HONORIFIC + r"|[，。；、(（\s]|为|担任|宣布|作|主持|代表|发言|发了|介绍|和|及|以及|当选|出席|参加|在|于|向|对|也|还|"
                            r"说|表示|宣读|致|提交|将|未|要求|请求|相继|分别|先后|均|等|通过|以|随后|原定|拟|$)")


def _state_before(ctx: Context, text: str, end: int) -> tuple[int, Ref] | None:
    """The longest State name that ends at `end`, with where it starts."""
    for length in range(min(20, end), 1, -1):
        state = ctx.gaz.state(text[end - length : end])
        if state is not None:
            return end - length, ctx.state(text[end - length : end])
    return None


# 「；佐藤由美(日本)；」, 「由金敏俊(大韩民国)和…」: a name of two to four characters
# (Chinese, Japanese, Korean), only right after a list separator or 「由/和/及/与」.
# 「向晓梅女士(中国)」, 「…(斯洛伐克)和和田由纪女士(日本)」: a Han name of two to four
# characters, its title, its State; it opens a clause or an item, or follows
# 「和/及/与」 right after the item before (「(国)和」), so that a name's own 和, 由
# or 与 (和田, 由纪) is not taken for a join.
_SHORT_NAME_STATE = re.compile(r"(?:(?<=[；、：:，,\s])|(?<=[)）]和|[)）]及|[)）]与))(?P<name>[\u4e00-\u9fff]{2,4}?)"
                               r"(?:女士|先生|大使|阁下|博士|教授|法官)?\s*" + _STATE_PAREN)
_NOT_A_NAME = re.compile(r"主席|秘书|代表|会议|委员|成员|国家|政府|组织|集团|协调|报告|专家|小组|大使|全权|候任|资深|东道|该国"
                         r"|缔约|主持|特命|^由于")
# Words that open a clause, never a short name: 「，在李明大使(新加坡)主持下」, 「，请李明先生…」.
_FUNCTION_WORD_FIRST = re.compile(r"^(?:在|对|请|经|并|将|被|以|从|据|同|给|该|这|此|接任|继任|接替)")


def _nationalities(ctx: Context, unit: Unit, text: str) -> None:
    for match in _SHORT_NAME_STATE.finditer(text):
        name, start = match.group("name"), match.start("name")
        if name.startswith("由于"):
            continue  # 「，由于李明先生(新加坡)缺席」: a conjunction, then the name: where it begins is not sure
        if name[0] in "由为即如" and len(name) > 2:
            name, start = name[1:], start + 1  # 「，由金敏俊(大韩民国)和…」, 「，即谭慧玲女士(新加坡)」: the word, then the name
        if _FUNCTION_WORD_FIRST.match(name):
            continue
        state = ctx.state(match.group("state"))
        if state is None or _NOT_A_NAME.search(name) or ctx.gaz.state(name) or ctx.gaz.organization(name):
            continue
        ctx.add("nationality", ctx.span(unit, start, match.end()), subject=ctx.person(name), value=state)
    for match in _STATE_OF_NAME.finditer(text):
        found = _state_before(ctx, text, match.start())
        if found is None or not _plausible_person(match.group("name")):
            continue
        start, state = found
        after = re.match(HONORIFIC + r"?\s*[(（]([^()（）]{2,30}?)(?:\s*[，,][^()（）]*)?[)）]",
                         text[match.end() :])
        if after is not None and ctx.state(after.group(1)) not in (None, state):
            continue  # 「墨西哥的X(智利)」: two States for one person; neither is taken
        ctx.add("nationality", ctx.span(unit, start, match.end()), subject=ctx.person(match.group("name")), value=state)
    for match in _NAME_STATE.finditer(text):
        state = ctx.state(match.group("state"))
        if state is None:
            continue
        name, start = match.group("name"), match.start("name")
        lead = _LEAD_WORDS.match(name)
        if lead and lead.end():
            name, start = name[lead.end() :], start + lead.end()
        name = _strip_title(name)
        first = name.split("·", 1)[0]
        if "的" in first and len(first) - first.rindex("的") > 2:
            # 「…第十五届会议选出的拉吉夫·库马尔·梅赫塔先生(印度)」: the name after the last 「的」
            cut = first.rindex("的") + 1
            before = _state_before(ctx, text, start + cut - 1)
            if before is not None and before[1] != state:
                continue  # 「墨西哥的X(智利)」: two States for one person; neither is taken
            name, start = name[cut:], start + cut
        if not _plausible_person(name):  # 「知名人士小组成员约翰·基普罗诺(肯尼亚)」: a function before the name
            split = split_function_name(name)
            rest = re.sub(r"^(?:人选|候选人)", "", split[1]) if split is not None else ""  # 「副主席人选X(国)」
            rest = rest[_LEAD_WORDS.match(rest).end() :]  # 「主席为X(国)」: the word after the function
            if split is not None and split[0] and _plausible_person(rest):
                start, name = start + len(name) - len(rest), rest
                ctx.add("nationality", ctx.span(unit, start, match.end()), subject=ctx.person(name), value=state)
            continue
        if not _BEFORE_NAME.search(text[max(0, start - 2) : start]):
            continue  # 「…大使何塞·…(国)」: where the name begins is not sure (offices read those)
        ctx.add("nationality", ctx.span(unit, start, match.end()), subject=ctx.person(name), value=state)


# A table of candidates with a nationality column, one candidate a line:
# 「候选人 国籍 得票数 ⏎ 法图·恩迪亚耶·西 塞内加尔 131 ⏎ …」 (a ballot's results).
# Only a column headed 「国籍」 gives a nationality: 「提名国」 is who nominated.
_CANDIDATE_HEADER = re.compile(r"^[ \t]*(?P<columns>[^\n]*候选人[^\n]*)$", re.M)


def _candidate_table(ctx: Context, unit: Unit, text: str) -> None:
    """Each row's candidate and State, under a header whose columns are
    words (「候选人」, 「国籍」, 「得票数」…), while the rows have as many fields
    as the header has columns; the table ends at the first other line. A row
    whose name is no person's or whose State is unknown is left out, with a
    warning."""
    for header in _CANDIDATE_HEADER.finditer(text):
        columns = header.group("columns").split()
        if "候选人" not in columns or "国籍" not in columns or len(columns) < 2 \
                or not all(re.fullmatch(r"[\u4e00-\u9fff]{2,6}", c) for c in columns):
            continue
        who, nationality = columns.index("候选人"), columns.index("国籍")
        at = header.end() + 1
        for row in re.finditer(r"[ \t]*(?P<row>[^\n]*)(?:\n|$)", text[at:]):
            fields = list(re.finditer(r"\S+", row.group("row")))
            if len(fields) != len(columns) or not row.group("row"):
                break
            name, state_name = fields[who].group(0), fields[nationality].group(0)
            state = ctx.state(state_name) if ctx.gaz.state(state_name) else None
            plausible = _plausible_person(name) if "·" in name else (
                re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) is not None and not ctx.gaz.state(name)
                and not ctx.gaz.organization(name))
            start = at + row.start("row")
            if state is None or not plausible:
                ctx.warn("candidate-row", f"candidate row {row.group('row')!r}: the name or the State cannot be read; "
                         "not emitted", ctx.span(unit, start, start + len(row.group("row"))))
                continue
            end = start + max(fields[who].end(), fields[nationality].end())
            ctx.add("nationality", ctx.span(unit, start + min(fields[who].start(), fields[nationality].start()), end),
                    subject=ctx.person(name), value=state)


def _heard_persons(ctx: Context, unit: Unit, text: str) -> None:
    """「会议听取了核武器试验幸存者代表A(哈萨克斯坦)和马绍尔群岛的B的发言」: persons heard."""
    for match in HEARD.finditer(text):
        items = split_items(text, lambda piece: _holder_shape(ctx, piece), match.start("list"), match.end("list"))
        holders = [person_or_state(ctx, text, item.start, item.end) for item in items]
        if not holders or any(h is None or h.ref.kind != "person" for h in holders):
            continue  # organizations (the attendance extractor reads those), or a list not read
        meeting = _meeting_of_list(ctx, unit, match.start())
        for holder in holders:
            ctx.add("attendance", ctx.span(unit, holder.start, match.end()), participant=holder.ref, meeting=meeting,
                    role="Speaker")
            if holder.on_behalf_of is not None:
                ctx.add("nationality", ctx.span(unit, holder.start, holder.end), subject=holder.ref,
                        value=holder.on_behalf_of)
