"""Decisions and declarations, and what was adopted — at which plenary, on
which date, by what procedure. What the text says was considered but not
adopted (no consensus, deferred, withdrawn, rejected) is never adopted.

Phrase families:

* annex headings 「决定 N」/「闭会期间决定 N」 with the title below them, an
  annex titled 「…宣言」, and lists 「决定 1：title；」 in the body;
* 「(在第 N 次全体会议上，)会议(还)通过了 X」 where X is 「议程(SYMBOL)」,
  「以下五项决定(附件二)」, 「题为“T”的宣言(附件一)」, 「会议报告」, or a
  document by symbol — but not something 「所载」 (contained) in a document;
* an anaphor 「该报告」/「该草案」/「议程」: only where exactly one document of that
  head noun is named before it in the paragraph, and not one noted, recalled,
  withdrawn, rejected or another meeting's (`_antecedent`); else nothing;
* footnotes 「2023 年 12 月 1 日在…第 10 次全体会议上通过」 and
  「以默许程序通过，该程序于 2023 年 7 月 31 日到期」 on the annex or decision
  that calls them.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from ..dates import find_dates
from ..records import Ref
from ..segment import Unit, chinese_number, roman, roman_value
from ..symbols import find_symbols
from ..symbols import parse as parse_symbol
from .bodies import OTHER_BODY
from .sentences import sentences
from .context import Context, MeetingInfo
from .lists import ITEM_MARKER as _ITEM_MARKER, roles_data
from .meetings import find_meetings, number_list, plenary_at, series_bodies, _PLENARY, _plenary_meeting, _plenary_numbers


def decision_ref(ctx: Context, decision: tuple[str, int | str], meeting: MeetingInfo | None = None,
                 kind: str = "OrdinaryDecision") -> Ref | None:
    """The IRI key of a decision of the reported meeting (or of `meeting`): ('decision', 1),
    ('intersessional', 2) or ('declaration', 1); `kind` is the numbered text's type
    ("Resolution" for a 「第 N 号决议」; see `_decision_local`)."""
    meeting = meeting or ctx.meeting
    if meeting is None:
        return None
    ref = Ref("meeting", f"{meeting.key}/decision/{_decision_local(ctx, meeting, decision, kind)}")
    entity = ctx.entity(ref)
    entity.props["decision"] = decision
    entity.props["decision_of"] = meeting.key
    return ref


def _decision_local(ctx: Context, meeting: MeetingInfo, decision: tuple[str, int | str], kind: str) -> str:
    """The last part of a decision's key (`decision_ref`), without minting it.

    A body that adopts resolutions numbers its decisions apart, from 1 as well (the
    Commission on Narcotic Drugs' resolution 67/1 and decision 67/1 are two texts):
    in such a series (`texts` in meeting_series.tsv) a resolution is keyed by its
    number and a decision numbered below 100 `decision-N` (one numbered from 101, 201
    or 501, as the Assembly, ECOSOC, the Human Rights Council and the CSW number
    theirs, cannot be a resolution's number and keeps it); elsewhere a decision by its
    number and a resolution, which such bodies seldom adopt, `resolution-N`. The key
    depends on the series and the number only, so it is the same in every report."""
    what, number = decision
    if what == "intersessional":
        return f"intersessional-{number}"
    if what == "declaration":
        return "declaration" if number == 1 else f"declaration-{number}"
    series = ctx.gaz.series.get(meeting.series)
    by_resolutions = series is not None and series.texts == "resolutions"
    if kind == "Resolution":
        return str(number) if by_resolutions else f"resolution-{number}"
    # (a body that numbers its decisions from 101, 201 or 501 — the Assembly, ECOSOC, the Human Rights
    # Council, the CSW — keeps them apart from its resolutions by the number itself)
    return f"decision-{number}" if by_resolutions and int(number) < 100 else str(number)


def _is_decision(ctx: Context, ref: Ref, number: int | str) -> bool:
    """Whether `ref` is the reported meeting's decision (not resolution) numbered `number`."""
    return ctx.meeting is not None and ref.key == f"{ctx.meeting.key}/decision/" + _decision_local(
        ctx, ctx.meeting, ("decision", number), "OrdinaryDecision")


def _annex_units(ctx: Context, part: str) -> list[Unit]:
    top = part.split(",")[0]
    return [u for u in ctx.seg.units if u.part.split(",")[0] == top and u.kind != "footnote"]


def _annex_title(ctx: Context, part: str) -> Unit | None:
    for unit in _annex_units(ctx, part):
        if unit.kind == "annex-title":
            return unit
    return None


# An editorial note where an annex's text would be, 「[宣言案文以 WP.3 号文件印发，此处不再转载。]」,
# 「〔原件：英文〕」, 「(原件：英文)*」, 「[…][原件：英文]」: a line all in brackets, never a title.
_EDITORIAL_NOTE = re.compile(r"\s*(?:(?:[\[［〔【][^\[\]［］〔〕【】]*[\]］〕】]|[(（][^()（）]*[)）])\s*\*?\s*[。.]?\s*)+")
# What a declaration's title is not: 「关于宣言草案的主席说明」, 「关于政治宣言的非正式协商情况」.
_NOT_A_DECLARATION = re.compile(r"草案|说明|协商|情况|报告|建议|进展|讨论")


def _title_run(ctx: Context, units: list[Unit]) -> list[Unit]:
    """An annex's title lines: past the editorial notes before them, up to the next note
    (what follows a note is the annex's text, not its title)."""
    run: list[Unit] = []
    for unit in units:
        if _EDITORIAL_NOTE.fullmatch(ctx.text(unit)):
            if run:
                break
            continue
        run.append(unit)
    return run


def extract(ctx: Context) -> None:
    if ctx.meeting is None:
        return
    annex_decisions: dict[str, list[Ref]] = {}
    declarations: dict[str, Ref] = {}
    # Headings and titles in the annexes.
    units = ctx.seg.units
    for index, unit in enumerate(units):
        if unit.kind == "decision" and unit.decision is not None:
            ref = decision_ref(ctx, unit.decision)
            top = unit.part.split(",")[0]
            annex_decisions.setdefault(top, []).append(ref)
            title = next(iter(_title_run(ctx, [u for u in units[index + 1 : index + 3]
                                               if u.kind == "annex-title" and u.decision == unit.decision])), None)
            if title is not None:
                _title(ctx, ref, title, 0, len(ctx.text(title)))
            ctx.add("decisionType", ctx.unit_span(unit), subject=ref,
                    value="IntersessionalDecision" if unit.decision[0] == "intersessional" else "OrdinaryDecision")
            ctx.add("number", ctx.unit_span(unit), subject=ref, value=unit.decision[1])
        elif unit.kind == "annex" and unit.part.count(",") == 0:
            titles = _title_run(ctx, [u for u in units[index + 1 : index + 4] if u.kind == "annex-title" and u.part == unit.part])
            if titles and "宣言" in ctx.text(titles[0]) and not _NOT_A_DECLARATION.search(ctx.text(titles[0])) \
                    and not any(u.kind == "decision" for u in _annex_units(ctx, unit.part)):
                number = len(declarations) + 1
                ref = decision_ref(ctx, ("declaration", number))
                declarations[unit.part] = ref
                ctx.add("decisionType", ctx.unit_span(titles[0]), subject=ref, value="Declaration")
                label_unit = titles[1] if len(titles) > 1 else titles[0]
                _title(ctx, ref, label_unit, 0, len(ctx.text(label_unit)))
    # 「第 18/COP.16 号决定“…”」: a decision of this session named with its title;
    # 「第 XXXVI/1 号决定：title」 a line of a list of titles.
    for unit, text in ctx.units("paragraph", "annex-title"):
        if "如下" in text and unit.kind == "paragraph":
            _titles_listed(ctx, unit, text)
        if unit.kind == "annex-title" and ctx.series is not None and ctx.series.decision_prefix \
                and (line := _LETTERED_LINE.fullmatch(text.strip())) is not None:
            _lettered_line(ctx, unit, text, line)
        if "号决议" in text and unit.kind == "paragraph":
            _listed_session_texts(ctx, unit, text)
        if "号决定" in text:
            if unit.kind == "paragraph":
                _quoted_decisions(ctx, unit, text)
                _adopted_elsewhere(ctx, unit, text)
            head = _list_head(ctx, unit, text)
            if not _lists_adopted_decisions(ctx, *head):
                continue
            named = unit.kind == "annex-title" and _heading_names_the_meeting(ctx, unit, head[2])
            for line in re.finditer(r"(?m)^[^\n]*$", text):
                label = _NUMBERED_DECISIONS.fullmatch(line.group(0).strip().rstrip("。；; "))
                if label is None and unit.kind == "annex-title":
                    label = _LINE_DECISION.fullmatch(line.group(0).strip())
                if label is not None and (label.group("colon_title") or label.group("title")) \
                        and (re.search(r"(?:[IVXL]|\d)\s*/", label.group("numbers") or "") or named):
                    # only where the number names the meeting (「第 XXXVI/1 号决定：」, 「第 31/1 号决定：」
                    # in a report of the 31st: `decision_numbers` checks the session), or an annex's
                    # heading does (「缔约国第四十次会议通过的决定」 over 「第 1 号决定 …」); 「第 2 号决定：」
                    # under 「第二次会议通过的下列决定」 is another meeting's
                    _one_numbering(ctx, unit, label, line.start() + len(line.group(0)) - len(line.group(0).lstrip()))
    # Adoption statements in the body and in footnotes.
    for unit in units:
        if unit.kind == "footnote":
            _footnote_adoption(ctx, unit, annex_decisions, declarations)
        elif unit.part == "body" and unit.kind == "paragraph":
            _body_adoptions(ctx, unit, annex_decisions, declarations)
    for unit in units:
        if unit.part == "body" and unit.kind == "paragraph":
            _decided_in_parentheses(ctx, unit)


# What heads a list of the meeting's decisions: 「会议通过了下列决定：」, an annex titled
# 「缔约国第三次会议通过的决定」; not drafts, nor decisions recalled, deferred or not adopted.
_ADOPTED_HEAD = re.compile(r"通过(?:了|的)[^。；]{0,40}?决定|决定的标题如下")
_NOT_ADOPTED_HEAD = re.compile(r"草案|回顾|注意到|推迟|未|提交|有关|建议")
_OTHER_BODY_HEAD = re.compile(OTHER_BODY + r"|联合国大会|大会(?!通过)"
                              r"|(?<=[\u4e00-\u9fff])(?<!缔约方)(?<!缔约国)(?<!审议)大会")  # 「联合国环境大会通过的决定」


# A line of an annex that lists the meeting's decisions by the convention's letters:
# 「CP-12/1. 遵约」, 「BC-18/3 电子废物」.
_LETTERED_LINE = re.compile(r"(?P<letters>[A-Z]{1,6})-(?P<session>\d{1,3})\s*/\s*(?P<number>\d{1,3})\s*[.．]?\s+"
                            # (a title alone on its line: no page number, leader, date, symbol or clause after it)
                            r"(?P<title>[^\s(（A-Za-z\d][^\n(（，,。；;：:A-Za-z\d…]{1,80}?)")


def _lettered_line(ctx: Context, unit: Unit, text: str, line: re.Match[str]) -> None:
    """「CP-12/1. 遵约」 under an annex headed with the reported meeting's adopted decisions
    (「缔约方会议第十二次会议通过的决定」): the decision and its title, where the letters are the
    series' and the session the meeting's."""
    if line.group("letters") != ctx.series.decision_prefix or ctx.meeting is None \
            or int(line.group("session")) != ctx.meeting.ordinal:
        return
    head = _list_head(ctx, unit, text)
    if not _lists_adopted_decisions(ctx, *head) or not _heading_names_the_meeting(ctx, unit, head[2]) \
            or not re.search(r"通过的(?:各项)?决定\s*$", head[0].strip()):
        return  # (not 「…通过的决定所涉经费问题」)
    lead = len(text) - len(text.lstrip())
    number = int(line.group("number"))
    ref = decision_ref(ctx, ("decision", number))
    ctx.add("number", ctx.span(unit, lead + line.start("number"), lead + line.end("number")), subject=ref, value=number)
    ctx.add("decisionType", ctx.span(unit, lead, lead + line.end()), subject=ref, value="OrdinaryDecision")
    _title(ctx, ref, unit, lead + line.start("title"), lead + line.end("title"))


def _list_head(ctx: Context, unit: Unit, text: str) -> tuple[str, str, list]:
    """What heads a list of decisions (the annex's first title, or the paragraph's
    words before its first 「第 N 号决定：」 line), without the reported meeting's
    full name; the sentence of it that introduces the list; the meetings that
    sentence names."""
    if unit.kind == "annex-title":
        top = unit.part.split(",")[0]
        heads = [u for u in ctx.seg.units if u.kind == "annex-title" and u.part.split(",")[0] == top]
        head = ctx.text(heads[0]) if heads else ""
    else:
        first = re.search(r"(?m)^\s*第\s*\S+?\s*号决定\s*[：:]", text)
        head = text[: first.start()] if first else ""
    head = head.replace(ctx.meeting.label_zh.replace("\n", ""), "")
    # the sentence that introduces the list (「各项决定的标题如下：」, 「会议收到了下列决定草案：」)
    intro = head.rstrip()[max(head.rstrip().rfind("。", 0, len(head.rstrip()) - 1), head.rstrip().rfind("；")) + 1 :]
    return head, intro, find_meetings(ctx, intro)


def _lists_adopted_decisions(ctx: Context, head: str, intro: str, mentions: list) -> bool:
    """Whether the lines 「第 N/M 号决定：title」 of a paragraph or annex line are a
    list of the reported meeting's adopted decisions: what heads them (`_list_head`:
    the paragraph's lead-in before its first such line, or the annex's heading, its
    first title) says they were adopted, and names no draft, no other body, no
    other meeting."""
    # the reported meeting named in full (「缔约方大会第七次会议通过的决定」) is no other body
    rest, cursor = [], 0
    for m in mentions:
        rest.append(intro[cursor : m.start] + (" " * (m.end - m.start) if m.key == ctx.meeting.key else intro[m.start : m.end]))
        cursor = m.end
    unnamed = "".join(rest) + intro[cursor:]
    return bool(_ADOPTED_HEAD.search(head)) and not _NOT_ADOPTED_HEAD.search(intro) \
        and not _OTHER_BODY_HEAD.search(unnamed) and all(m.key == ctx.meeting.key for m in mentions)


def _heading_names_the_meeting(ctx: Context, unit: Unit, mentions: list) -> bool:
    """The annex's heading names the reported meeting, in full or as its number
    (「缔约国第四十次会议通过的决定」, 「第七届会议通过的决定」), and no other (`mentions`:
    the meetings its introducing sentence names, `_list_head`)."""
    return ctx.meeting.label_zh.replace("\n", "") in ctx.text(_annex_title(ctx, unit.part) or unit) \
        or bool(mentions) and all(m.key == ctx.meeting.key for m in mentions)


# A decision numbered within its session, as the climate and desertification
# conventions number them: 「第 18/COP.16 号决定」 (decision 18 of COP 16), 「第 1/CP.21
# 号决定」, 「第 2/CMA.3 号决定」; with its title in quotation marks after it.
_SESSION_DECISION = re.compile(r"第\s*(?P<number>\d{1,3})\s*/\s*(?P<body>[A-Z]{2,4})\s*[.．]\s*(?P<session>\d{1,3})\s*号决定"
                               r"\s*“(?P<title>[^“”。；]{2,120})”")
# The body letters of each kind of series (the last part of its key).
_SESSION_BODIES = {"cop": ("COP", "CP"), "cmp": ("CMP",), "cma": ("CMA",), "mop": ("MOP",)}


_COUNTED_DECISIONS = re.compile(r"\s*(?:\d+|[一两二三四五六七八九十百]+)\s*项决定(?!草案)")
_AMONG_THEM = re.compile(r"\s*(?:其中)?包括|\s*其中有")


def _session_decision(ctx: Context, match: re.Match[str]) -> Ref | None:
    """The reported session's decision a `_SESSION_DECISION` match names, or None
    for another body's or another session's decision (not keyed here)."""
    numbers = _session_numbers(ctx.meeting, f"{match.group('number')}/{match.group('body')}.{match.group('session')}")
    return decision_ref(ctx, ("decision", numbers[0])) if numbers else None


# A list item of a commission's (or assembly's) texts, numbered with its session:
# 「(b) 第 75/1 号决议“为无酬照护工作者提供社会保护”；」, 「(d) 第 75/101 号决定“…”。」 (a line of its
# own, under 「委员会通过的下列…决议和决定…：」).
_LISTED_SESSION_TEXT = re.compile(r"(?m)^\s*(?:\(\s*[a-z]{1,2}\s*\)\s*)?第\s*(?P<session>\d{1,3})\s*/\s*(?P<number>\d{1,3})\s*号"
                                  r"(?P<kind>决议|决定)\s*(?:“(?P<title>[^“”。；\n]{2,120})”"
                                  # 「第 12/1 号决议 加强预防腐败的国际合作」: the title after a space
                                  r"|\s(?!由|见|经|载于|参见|参阅)(?P<bare_title>[^“”。；：:\s(（，,A-Za-z\d][^“”。；：:\n(（，,A-Za-z\d]{1,60}?))"
                                  r"\s*[；;。]?\s*$")
# The list's lead-in: the reported body's own texts, adopted (not 「大会通过的…」, 「建议…通过的」).
_OWN_TEXTS_INTRO = re.compile(r"(?:^|[。\n]|\d\s*[.．])\s*(?P<body>委员会|会议|大会|理事会|论坛|缔约国会议|缔约方会议|缔约方大会)"
                              r"(?:在?(?:本届会议|本次会议|第[一二三四五六七八九十百]+届会议)上?)?通过(?:的|了)(?:下列|以下)[^。：\n]{0,30}?(?:决议|决定)"
                              r"[^。：\n]{0,20}[：:]")


def _listed_session_texts(ctx: Context, unit: Unit, text: str) -> None:
    """「委员会通过的下列商定结论、决议和决定提请理事会注意： ⏎ (b) 第 75/1 号决议“…”」: the
    reported session's resolutions and decisions, numbered with it, and their titles."""
    if ctx.meeting is None or ctx.series is None or ctx.series.numbering != "session" \
            or ctx.meeting.series != ctx.series.key:
        return
    intro = _OWN_TEXTS_INTRO.search(text)
    bodies = series_bodies(ctx.series)
    if intro is None or re.search(r"建议|草案", intro.group(0)) or not (
            intro.group("body") == "会议" or any(body.endswith(intro.group("body")) for body in bodies)) or any(
            m.key != ctx.meeting.key for m in find_meetings(ctx, intro.group(0))):
        return
    items = []
    for line in re.finditer(r"[^\n]+", text[intro.end():]):  # the list's lines, to the first that is no item
        if not line.group(0).strip():
            continue
        match = _LISTED_SESSION_TEXT.fullmatch(text, intro.end() + line.start(), intro.end() + line.end())
        if match is None and re.match(r"\s*\(\s*[a-z]{1,2}\s*\)", line.group(0)):
            continue  # an item of another kind (「(a) 商定结论“…”」)
        if match is None:
            break
        items.append(match)
    for match in items:
        if int(match.group("session")) != ctx.meeting.ordinal:
            continue
        number = int(match.group("number"))
        ref = decision_ref(ctx, ("decision", number), kind=_kind_of(match))
        span = ctx.span(unit, match.start("session"), match.end("number"))
        ctx.add("number", span, subject=ref, value=number)
        ctx.add("decisionType", span, subject=ref, value=_kind_of(match))
        title = "title" if match.group("title") else "bare_title"
        _title(ctx, ref, unit, match.start(title), match.end(title))


def _quoted_decisions(ctx: Context, unit: Unit, text: str) -> None:
    for match in _SESSION_DECISION.finditer(text):
        ref = _session_decision(ctx, match)
        if ref is None:
            continue
        _title(ctx, ref, unit, match.start("title"), match.end("title"))
        ctx.add("number", ctx.span(unit, match.start("number"), match.end("number")), subject=ref,
                value=int(match.group("number")))
        ctx.add("decisionType", ctx.span(unit, match.start(), match.end()), subject=ref, value="OrdinaryDecision")


def _title(ctx: Context, ref: Ref, unit: Unit, start: int, end: int) -> None:
    text = ctx.text(unit)[start:end]
    # A trailing footnote call is not part of the title.
    stripped = re.sub(r"(?<=[\u4e00-\u9fff》”])\d{1,2}$", "", text.strip())
    quoted = re.fullmatch(r"“([^“”]+)”", stripped)
    if quoted:  # 「“我们对无核武器世界的承诺”」 as a title line: the words, not the marks
        stripped = quoted.group(1)
    if stripped:
        lead = ctx.text(unit)[start:end].find(stripped)
        value = re.sub(r"\s*\n\s*", "", stripped)  # a title over two lines is one title
        ctx.add("title", ctx.span(unit, start + lead, start + lead + len(stripped)), subject=ref, value=value)


def _procedure(text: str) -> str | None:
    for entry in roles_data()["procedures"]:
        if entry["zh"] in text:
            return entry["procedure"]
    return None


def _adopt(ctx: Context, unit: Unit, span_start: int, span_end: int, adopter: Ref, item: Ref,
           procedure: str | None, date) -> None:
    args = {"adopter": adopter, "item": item}
    if procedure:
        args["procedure"] = procedure
    if date is not None:
        args["date"] = date
    ctx.add("adoption", ctx.span(unit, span_start, span_end), **args)


def _footnote_adoption(ctx: Context, unit: Unit, annex_decisions, declarations) -> None:
    text = ctx.text(unit)
    if "通过" not in text:
        return
    items: list[Ref] = []
    for caller in unit.callers:
        if caller.kind == "decision" and caller.decision is not None:
            items.append(decision_ref(ctx, caller.decision))
        elif caller.kind == "annex-title":
            top = caller.part.split(",")[0]
            if top in declarations:
                items.append(declarations[top])
            items.extend(annex_decisions.get(top, []))
    if not items:
        return
    procedure = _procedure(text)
    plenary = _PLENARY.search(text)
    dates = find_dates(text, None)
    adopter: Ref | None = None
    date = None
    if plenary is not None:
        numbers = _plenary_numbers(plenary)
        before = [d for d in dates if d.end <= plenary.start()]
        meeting_key = _plenary_meeting(ctx, unit, text, plenary, before[-1] if before else None)
        if numbers and len(numbers) == 1 and meeting_key:
            adopter = ctx.plenary_ref(meeting_key, numbers[0])
            if before and not before[-1].is_range and len(before[-1].dates) == 1:
                date = before[-1].first
    elif procedure == "SilenceProcedure":
        # 「以默许程序通过，该程序于 2023 年 7 月 31 日到期」: adopted by the
        # meeting of States parties as a standing body, when the procedure expired.
        series = ctx.series_key
        if series is not None:
            adopter = Ref("series", series)
            ctx.entity(adopter)
            expiry = [d for d in dates if not d.is_range and len(d.dates) == 1 and not d.year_inferred]
            if expiry:
                date = expiry[-1].first
    if adopter is None:
        ctx.warn("adoption-adopter", "a footnote says adopted but not by whom; not emitted", ctx.unit_span(unit))
        return
    for item in items:
        _adopt(ctx, unit, 0, len(text), adopter, item, procedure, date)


_HOW_WORDS = r"以[^，。；]{1,10}?方式|未经表决|不经表决|未经投票|经记录表决|(?<![不未])经表决|经协商一致|协商一致"
# The object runs to the sentence's end, or to a clause with another 通过了
# (「…通过了 A，并以协商一致方式通过了 B」: two adoptions; 「…，执行工作组随后通过了…」: not the meeting's).
_ADOPTED = re.compile(rf"(?P<subject>会议|大会|缔约国会议)?(?:还|又|也)?(?:一致)?(?P<how>{_HOW_WORDS})?(?:审议并)?通过了"
                      r"(?P<object>(?:(?![，,][^，,。；]*?通过了)(?![，,]\s*(?:(?:并|随后|然后|又|还|也)\s*"
                      r"(?:核准|核可|批准|注意到|审议|决定|请|授权|欢迎|表示)|(?:核准|核可|批准|审议|授权|欢迎)了|注意到))[^。；])*)")
# (an object stops at another verb's clause: 「通过了A和B，并核准了C」 does not adopt C)
# A clause with another verb after the adopted object: its objects are not adopted.
_NEXT_CLAUSE = re.compile(r"[，,；]\s*(?:并|还|同时|但|随后|然后)?\s*(?:注意到|表示注意到|审议了|收到了|欢迎|回顾|请|决定|推迟|转交|核可了|"
                          r"注意|赞赏|强调|重申|呼吁)")
_HOW = re.compile(_HOW_WORDS + r"|进行了(?:记录|唱名)?表决|以\s*\d+\s*票(?:赞成|对)")
_DECISION_LIST = re.compile(
    r"(?:以下|下列)\s*(?:(?P<n>\d+|[一两二三四五六七八九十]+)\s*项)?\s*(?:关于[^，,。；;：:“”]{1,30}?的\s*)?(?:决定|决议)(?!草案)"
    r"\s*(?:\(\s*附件(?P<annex>[一二三四五六七八九十]+)\s*\))?"
)
# 「决定 1：2025 年预算和财务事项；」 — the decisions listed in the body.
# A decision's label in a list after 「通过了下列决定：」: 「决定 1：」, 「(a) 第 1 号决定：」,
# 「第 MC-6/1 号决定：」, 「决定 19/1 」 (a title after a space).
_DECISION_LABEL = re.compile(
    r"(?:\(\s*[a-z]{1,3}\s*\)\s*)?(?:决定\s*(?:(?P<session0>\d{1,3})/)?(?P<number>\d+)"
    r"|第\s*(?:(?P<prefix>[A-Z]{1,6}-?)?(?P<session>\d{1,3})\s*/\s*)?(?P<number2>\d+)\s*号(?P<kind>决定|决议)"
    r"|(?P<symbol>[A-Z][A-Za-z0-9\-.]*(?:/[A-Za-z0-9\-.]+)*/(?:Res|RES|DEC)\.(?P<number3>\d+))"
    # 「UNEP/CMS/Resolution 15.1：」: a convention's resolution or decision numbered with its meeting
    r"|(?P<symbol4>(?P<root4>[A-Z][A-Za-z0-9\-.]*(?:/[A-Za-z0-9\-.]+)*)/(?P<word4>Resolution|Decision) "
    r"(?P<session4>\d{1,3})\.(?P<number4>\d{1,3})(?![.\d]))"
    # 「(a) BC-18/1：」: numbered with the convention's letters (its series' `decision_prefix`)
    r"|(?P<letters5>[A-Z]{1,6})-(?P<session5>\d{1,3})\s*/\s*(?P<number5>\d{1,3})(?![\d/.])"
    # 「WHA81.1 title」, 「WHA81(1) title」: the series' symbol letters and session, then a resolution's
    # number after a dot or a decision's in parentheses (as the World Health Assembly numbers them)
    r"|(?P<root6>[A-Z]{2,6}\d{1,3})(?:\.(?P<number6>\d{1,3})|\((?P<number7>\d{1,3})\))(?![\d.(]))"
    # (not the first of a range or a pair: 「UNEP/CMS/Decision 15.1 至 15.4：」)
    r"(?!\s*(?:至|到|和|及|、|[-–—]))\s*(?:[：:]\s*|\s+(?=[^\s的号]))"
)
# 「XXXVI/1」, 「17/1」: the meeting, then the number; 「2/CP.31」: the number, then the body and its session
_BODY_SESSION = r"\s*/\s*[A-Z]{2,4}\s*[.．]\s*\d{1,3}"
_DECISION_NUMBER = rf"(?:(?:[A-Z]{{1,6}}-)?(?:[IVXL]{{1,8}}|\d{{1,3}})\s*/\s*)?\d{{1,3}}(?:{_BODY_SESSION})?"  # 「MC-7/1」 too
_DECLARATION = re.compile(
    r"题为\s*“(?P<title>[^”]+)”\s*的(?:第\s*(?P<ordinal>" + _DECISION_NUMBER + r")\s*号)?[^（(，。“”]{0,8}?(?P<kind>宣言|决定(?:\s*(?P<number>\d+))?(?!\s*(?:\d|草案)))"
    r"(?:\s*\(\s*附件(?P<annex>[一二三四五六七八九十]+)\s*\)|\s*\((?P<symbol>[^()]+)\))?"
)
_NAMED_DECLARATION = re.compile(r"\s*(?P<name>《(?P<quoted>[^》]{2,40}宣言)》|[^，。；、“”《》()\d]{2,30}?宣言)(?=\s*[，。；]|\s*$|\s*\()")
_AS_DECISION = re.compile(r"作为决定\s*(?P<number>\d+)\s*载于(?:本报告)?附件(?P<annex>[一二三四五六七八九十]+)")
_REPORT = re.compile(
    r"^(?:经[^，。；]{0,10}?的)?(?:本|其|本次会议的|本届会议的|会议的|大会的)?(?:会议)?(?:最后报告|最后文件|报告)(?:\s*[。，；]|\s*\d{0,2}\s*$)"
)
_OWN_REPORT_ISSUED = re.compile(r"该报告作为\s*(?P<symbol>\S+?)\s*号文件印发|(?P<as_final>作为[^，。；]{0,12}最后报告)"
                                # 「(X 号文件所载的)最后报告草稿，即本报告」: the draft of this report itself
                                # (not 「全权证书委员会的报告，即本报告」)
                                r"|(?:^\s*(?:经[^，。；]{0,10}?的\s*)?|(?:所载|所述|中)的\s*|(?:本次会议|本届会议|会议)的\s*"
                                r"|^\s*载于\s*[A-Z][^\s，。；]*\s*号?文件(?:中)?的\s*)(?:最后|本)?报告(?:草稿|草案)"
                                r"(?:\s*[(（][^()（）]{1,40}[)）])?"  # 「经口头订正的最后报告草稿(X)，即本报告」
                                # 「…最后报告草稿，经口头修正，即本报告」: the amendment said between
                                r"(?:\s*[，,]\s*经口头(?:修正|订正|修订)(?:后)?)?"
                                r"\s*(?:[，,(（]\s*(?P<this_report>即本报告)\s*[)）]?"
                                # 「…报告草稿，经口头修正后即为本报告」
                                r"|[，,]\s*经口头(?:修正|订正|修订)(?:后)?\s*(?P<became>即为本报告|成为本报告))\s*$")
_DECISION_N = re.compile(r"^(?:[^，。；“”]{0,40}?的)?决定\s*(?P<number>\d+)(?!\s*[：:\d])")
# 「该报告」, 「该草案」; a draft named again by its noun alone (「介绍了报告草稿(X)。会议通过了报告草稿」).
_DRAFT_NOUNS = r"报告草稿|报告草案|决定草案|决议草案"
# The whole object: not 「该报告所载的建议」, 「该报告第 10 段」, 「该草案的订正本」 (something of it).
_THAT_DOCUMENT = re.compile(rf"^\s*(?:经[^，。；的]{{0,10}}的\s*)?(?:(?:该|此|上述)\s*(?P<noun>{_DRAFT_NOUNS}|报告|文件|草案|议程)|(?P<bare>{_DRAFT_NOUNS}))"
                            r"(?=\s*(?:[，,。；;]|$|[(（]\s*(?:即|成为)?\s*第|[(（]\s*(?:见|参见|参阅)))")
_AS_RESOLUTION = re.compile(r"作为第?\s*(?P<symbol>[A-Z][A-Za-z0-9\-./]*/(?P<which>Res|RES|DEC)\.(?P<number>\d+))\s*号?(?:决议|决定)")
# A text numbered with the series' letters and session (`_own_prefix`): 「WHA81.1」 a resolution and
# 「WHA81(1)」 a decision (the World Health Assembly's); 「GC(70)/RES/1」 and 「GC(70)/DEC/1」 (the IAEA
# General Conference's). `_prefixed_text` reads a match.
_PREFIXED_LABEL = (r"(?P<label>(?P<root>[A-Z]{2,6}\d{1,3})(?:\.(?P<resolution>\d{1,3})|\((?P<decision>\d{1,3})\))"
                   r"|(?P<root2>[A-Z]{2,6}\(\d{1,3}\))/(?:RES/(?P<resolution2>\d{1,3})|DEC/(?P<decision2>\d{1,3})))")
# 「通过了 WHA81(1)号决定」, 「…，即 GC(70)/RES/3 号决议“…”」, 「…，成为 WHA81.5 号决议」, 「…(WHA81(7)号决定)」:
# the session's text.
_AS_PREFIXED = re.compile(r"(?:^\s*第?\s*|(?:作为|即|成为)\s*第?\s*|[(（]\s*)" + _PREFIXED_LABEL
                          + r"\s*(?:号\s*(?P<kind>决议|决定))?(?P<closed>\s*[)）])?"
                          # (the text itself, not something of it: 「WHA81.1 号决议所要求的报告」, 「…的修正案」)
                          r"(?!\s*(?:的|所|中|之|附件|草案|第|执行|修正|号))")


# What a decision is about, before its number (not its title): 「关于缔约国会议会期安排的第 3 号
# 决定」; not a meeting's: 「关于落实第二次会议的第 3 号决定」 is that meeting's decision.
_ABOUT = r"(?:关于(?:(?!会议的)[^，。；“”：]){2,40}?的)?"
# 「通过了第 1、第 2 和第 3 号决定，标题分别为“A”、“B”和“C”」, 「通过了第 4 号决定“…”」, 「第 1 号决定：
# title(X/9)，以及第 2 号决定：…」: decisions of the reported meeting by their numbers, with their
# titles where given. A number may carry its meeting in Roman numerals (「第 XXXVI/1 至第 XXXVI/6 号
# 决定」, as the Montreal Protocol numbers them) or in digits (「第 17/1 号决定」); 「决定 1“…”」 is
# numbered without 第…号.
# (「SC-13/1 号决定」: a number with its convention's letters may stand without 第)
_DECISION_NUMBERS = rf"(?:第\s*|(?=[A-Z]{{1,6}}-\d))" + rf"{_DECISION_NUMBER}(?:\s*(?:、|，|,|和|及|以及|至)\s*第?\s*{_DECISION_NUMBER})*"
# 「会议未经表决通过了该决定草案(第 1 号决定)」: the decision the draft became, in parentheses.
_BECAME_PAREN = re.compile(rf"\s*[(（]\s*(?:即|成为)?\s*(?P<list>{_DECISION_NUMBERS})\s*号(?P<kind>决定|决议)\s*[)）]\s*$")
# (「关于今后会议日期和地点的第 8/CP.31 号决定」 says what the decision is about, in words
# that need not be its title, 「今后会议的日期和地点」: no title is taken from it.)
# Before the numbered decisions adopted: the document they are in, or how they were amended
# (「UNEP/POPS/COP.13/CRP.4 号文件所载的 SC-13/1 号决定」, 「经联络小组修正的 SC-13/3 号决定」).
_DECISIONS_LEAD = r"(?:(?:载于\s*)?[A-Z][A-Za-z0-9.\-/]*\s*号?文件(?:中)?所载的\s*|经[^，。；的]{1,12}(?:修正|修订|订正)(?:后)?的\s*)?"
_NUMBERED_DECISIONS = re.compile(
    rf"\s*{_DECISIONS_LEAD}{_ABOUT}(?:(?P<numbers>{_DECISION_NUMBERS})\s*号决定(?!草案)"
    r"|决定\s*(?P<bare>\d{1,3})(?=\s*“))"
    r"(?:\s*“(?P<title>[^“”]{2,120})”|\s*[：:]\s*(?P<colon_title>[^，。；：()（）“”]{2,120}?)(?=\s*[(（，。；]|\s*$))?"
    r"(?:\s*[，,]\s*(?:其)?标题分别为\s*(?P<titles>“[^“”]{2,120}”(?:\s*(?:、|和|及|以及)\s*“[^“”]{2,120}”)+))?"
    # the decision itself, not 「第 3 号决定的修正案」 or 「…附件所载的工作方案」; another may follow
    # (「第 MC-7/1 至 MC-7/6 号决定和第 MC-7/8 号决定」)
    r"(?=\s*(?:$|[，,。；;(（]|(?:和|及|以及|、)\s*第))"
)
# A line of an annex that lists the meeting's decisions: 「第 7/1 号决定 延长工作委员会的任务期限」,
# the number, then the title after a space (a line of its own, never in running text).
# The groups `_one_numbering` reads that this form has not never match.
_LINE_DECISION = re.compile(rf"\s*(?P<numbers>第\s*{_DECISION_NUMBER})\s*号决定(?P<bare>(?!x)x)?(?P<colon_title>(?!x)x)?"
                            r"(?P<titles>(?!x)x)?\s+(?P<title>[^\s，。；：:()（）“”《》][^，。；：:()（）“”]{1,118}?)\s*")
# 「第 4 号决定“…”(X/WP.4)经唱名表决获得通过」, 「主席提交的工作方案(X/3)获得通过」: adopted, passive.
# 「会议收到了…的报告(X/8)，并予以通过」: the document of the clause before.
_PASSIVE_ADOPTED = re.compile(r"(?<!未)(?<!未能)(?<!没有)(?<!无法)(?<!不)(?:获得|获|予以)通过(?!\s*(?:的|前|后|以来|之后|之前|时))")
# A clause that says only how (「以 52 票赞成、3 票反对、8 票弃权」, 「并」): the adopted is in the clause before.
_HOW_ONLY = re.compile(r"\s*(?:并|随即|随后|遂)?\s*(?:以\s*\d+\s*票赞成[^，。；]*|赞成\s*\d+\s*票[^，。；]*)?\s*")
_PASSIVE_HOW = re.compile(rf"(?:{_HOW_WORDS}|经[^，。；“”()]{{1,12}}?表决|以\s*\d+\s*票(?:赞成|对)[^，。；“”()]{{0,30}}?)\s*$")
# (not 「将X列入附录一的提案」: 「将」 there takes the proposal's object, it says no future; nor
# 「拟议工作安排」, the proposed programme of work)
_NOT_YET = re.compile(r"将(?![^，。；“”]{1,40}?(?:列入|纳入|载入|移入|转入|移至|转至|改为|删除)[^，。；“”]{0,30}?的"
                      r"(?:提案|修正案|决定草案|决议草案|草案))|有待|建议|希望|以便|供|拟(?!议)|如果|若|^\s*自"
                      # a condition or a purpose: 「为了…获得通过」, 「一旦…获得通过」, 「只有…获得通过，才…」
                      r"|为了|一旦|只有|只要|确保|要求|以期|旨在")
# A footnote call that opens a sentence (it belongs to the sentence before): a number and a
# space before words, not a count or a date (「3 个国家」, 「12 月」, 「5 位专家」).
_FOOTNOTE_CALL = re.compile(r"\s*\d{1,2}[ \t]+(?=[\u4e00-\u9fff])(?![ \t]*[年月日时点分次届个名项票种份件条款段章节位])")
# A clause governed by a verb of the clause before: 「全体委员会建议，X 获得通过」 (not 「经中国代表团要求，」,
# 「应…请求，」: at whose request).
_GOVERNED = re.compile(r"(?:^|[，,。；;：:])(?!\s*(?:经|应))[^，,。；;：:]*(?:建议|要求|确保|希望|请求|提议|主张|认为|指出)\s*[，,:：]?\s*$")


# 「…所载的决定草案，作为第 XXXVI/1 至第 XXXVI/6 号决定」 (not 「作为第 3 号决定的基础」, 「作为…决定草案」)
# 「…决定草案(X)，该草案成为(缔约国会议)第 24/1 号决定」: the draft became that decision.
_THIS_DRAFT = r"(?:(?:该|此)(?:决定|决议)?草案\s*)?"
# 「成为缔约国会议第 20/1 号决定」: the meeting's own body by its generic name only (not
# 「联合国大会」, 「缔约国第二次会议」, 「第一次审议大会」); the number then names the meeting.
_OWN_BODY = r"(?:(?:缔约国会议|缔约方会议|缔约方大会|会议)\s*)?"
# 「…，该草案成为决定 1」: a decision numbered as the report's annex heads them (「决定 1」).
_BARE_NUMBER = r"决定\s*(?P<bare>\d{1,2})(?![\d/])"
_AS_NUMBERED = re.compile(rf"^[^，,]*[，,]\s*{_THIS_DRAFT}(?:作为|成为|即)\s*(?:{_OWN_BODY}(?P<list>{_DECISION_NUMBERS})\s*号(?P<kind>决定|决议)"
                          rf"|{_BARE_NUMBER})(?!草案|的)(?=\s*(?:$|[，,。；]))")


def _kind_of(match: re.Match[str]) -> str:
    """The decision type a match's 「号决定」 or 「号决议」 gives."""
    return "Resolution" if match.groupdict().get("kind") == "决议" else "OrdinaryDecision"


def numbers_written(match: re.Match[str]) -> str:
    """The decision numbers a match of `_AS_NUMBERED` or `_BECAME` wrote (「第 24/1」 or 「1」)."""
    return match.group("list") or match.group("bare")
_TITLED_DRAFT = re.compile(r"题为\s*“(?P<title>[^“”]{2,120})”\s*的(?:决定|决议)草案")
_NEXT_DECISION = re.compile(rf"\s*(?:\([^()]{{2,60}}\))?\s*[，,、；]?\s*(?:以及|和|及|并)?\s*(?={_ABOUT}第\s*(?:[A-Z]{{1,6}}-)?[\dIVXL])")


# 「缔约国第十九次会议通过的第 19/2 号决定」: a decision another meeting adopted, named by it.
_ADOPTED_BY_MEETING = re.compile(r"\s*(?:所|已)?通过的\s*" + _ABOUT + r"(?P<numbers>" + _DECISION_NUMBERS + r")\s*号决定(?!草案)")


# The name of a treaty or instrument before a meeting's: that treaty's meeting, not the report's.
_OTHER_INSTRUMENT = re.compile(r"》|公约|条约|议定书|协定|协议|宪章")


def _adopted_elsewhere(ctx: Context, unit: Unit, text: str) -> None:
    """`_ADOPTED_BY_MEETING`: the meeting named right before 「通过的」 (another meeting of
    the report's treaty or series) adopted the decisions its numbers name."""
    if ctx.meeting is None:
        return
    for mention in find_meetings(ctx, text):
        info = ctx.meetings.get(mention.key)
        match = _ADOPTED_BY_MEETING.match(text, mention.end)
        if match is None or info is None or info.key == ctx.meeting.key or info.series != ctx.meeting.series \
                or not info.ordinal or not ctx.meeting.ordinal or info.ordinal >= ctx.meeting.ordinal:
            continue  # the reported meeting, another series', a later one's
        clause = max(text.rfind(mark, 0, mention.start) for mark in "。；;，,\n") + 1
        named = text.find("缔约", mention.start, mention.end)
        if _OTHER_INSTRUMENT.search(text, clause, named if named >= 0 else mention.start):
            continue  # 「《特定常规武器公约》缔约方第二次会议」: a treaty named (maybe another's): not read
        for number in decision_numbers(ctx, match.group("numbers"), info) or ():
            ref = decision_ref(ctx, ("decision", number), info)
            numbers_span = ctx.span(unit, match.start("numbers"), match.end("numbers"))
            ctx.add("number", numbers_span, subject=ref, value=number)
            ctx.add("decisionType", numbers_span, subject=ref, value="OrdinaryDecision")
            start = clause + len(text[clause:mention.start]) - len(text[clause:mention.start].lstrip())
            _adopt(ctx, unit, start, match.end(), ctx.meeting_ref(info), ref, None, None)


# 「关于…的决定(RC-6/DEC.2)」: a decision named by what it is about and its own symbol.
_ABOUT_DECISION = re.compile(r"\s*关于(?:(?!会议的|决定)[^，。；“”：()（）]){2,40}?的决定\s*[(（]\s*"
                             r"(?P<symbol>[A-Z][A-Za-z0-9\-./]*/DEC\.(?P<n>\d{1,3}))\s*[)）]"
                             r"(?=\s*(?:[，,。；;]|$))")  # the decision is the whole object: not 「…(X/DEC.2)的订正」


def _prefixed_text(match: re.Match[str]) -> tuple[str, int, str]:
    """The letters and session, the number and the type of a `_PREFIXED_LABEL` match."""
    number = next(match.group(g) for g in ("resolution", "decision", "resolution2", "decision2") if match.group(g))
    kind = "Resolution" if match.group("resolution") or match.group("resolution2") else "OrdinaryDecision"
    return match.group("root") or match.group("root2"), int(number), kind


def _own_prefix(ctx: Context) -> str | None:
    """The reported session's symbol letters with its number, where the series writes its
    numbered texts with them (「WHA81」 of the 81st World Health Assembly: symbol prefix
    「WHA{n}」; 「GC(70)」 of the IAEA General Conference's 70th session); None for other series."""
    if ctx.series is None or ctx.meeting is None or not ctx.meeting.ordinal \
            or not re.fullmatch(r"[A-Z]{2,6}(?:\{n\}|\(\{n\}\))", ctx.series.symbol_prefix):
        return None
    return ctx.series.symbol_prefix.replace("{n}", str(ctx.meeting.ordinal))


def _of_this_session(ctx: Context, symbol: str) -> bool:
    """Whether a symbol's session number (「ICC-ASP/30/Res.3」: 30) is the reported meeting's."""
    parsed = parse_symbol(symbol)
    return parsed is not None and ctx.meeting is not None and parsed.session is not None \
        and parsed.session.isdigit() and int(parsed.session) == ctx.meeting.ordinal


def own_decision_symbol(ctx: Context, symbol: str) -> bool:
    """A DEC symbol of the reported meeting: its series is the report's own symbol
    without the report's number (「RC-6/DEC.2」 in RC-6/4; not 「C-27/DEC.4」 in C-28/5)."""
    if not ctx.symbol or "/" not in ctx.symbol:
        return False
    return symbol.rsplit("/", 1)[0] == ctx.symbol.rsplit("/", 1)[0]


# The document a decision is issued as, in parentheses after it: 「第 1 号决定(X/DEC.1)」.
_ISSUED_AS = re.compile(r"号决定\s*[(（]\s*(?P<symbol>[A-Z][A-Za-z0-9.\-/]*/DEC\.(?P<n>\d{1,3}))\s*[)）]")


def _numbered_decisions(ctx: Context, unit: Unit, obj: str, obj_start: int) -> list[Ref]:
    """The decisions `obj` opens with (`_NUMBERED_DECISIONS`), their numbers and
    titles recorded; and those that follow in the same form (「…，以及第 2 号决定：…」)."""
    refs = []
    at = 0
    while (match := _NUMBERED_DECISIONS.match(obj, at)) is not None:
        found = _one_numbering(ctx, unit, match, obj_start)
        if not found:
            break
        refs.extend(found)
        more = _NEXT_DECISION.match(obj, match.end())
        if more is None:
            break
        at = more.end()
    return refs


# A convention's letters before a session's number: 「MC-」 of 「MC-7/1」.
_LETTERS = re.compile(r"([A-Z]{1,6})-(?=(?:[IVXL]+|\d+)\s*/)")


# Parts of symbols that name no convention: 「COP-14/2」 is no Stockholm decision.
_GENERIC_SYMBOL_PARTS = {"UNEP", "COP", "MOP", "CMP", "CMA", "CP", "FAO", "CONF", "MSP", "CSP", "INF", "L", "CRP", "WP",
                         "DEC", "RES", "PC", "SP", "C", "A", "E", "S"}


def decision_numbers(ctx: Context, written: str, meeting: MeetingInfo | None = None) -> tuple[int, ...] | None:
    """The numbers of the reported meeting's (or `meeting`'s) decisions in 「1、第 2 和第 3」
    or 「XXXVI/1 至第 XXXVI/6」; None when a Roman numeral names another meeting."""
    meeting = meeting or ctx.meeting
    prefixes = set(_LETTERS.findall(written))
    letters = ctx.series.decision_prefix if ctx.series is not None else ""
    # the series' own letters (「SC-13/1」), else a part of the report's symbol that is no generic word
    own = {letters} if letters else set(re.split(r"[/.]", ctx.symbol or "")) - _GENERIC_SYMBOL_PARTS
    if len(prefixes) > 1 or prefixes - own:
        return None  # 「第 BC-7/2 号决定」 in the Minamata COP's report (UNEP/MC/COP.7/26): another convention's
    written = _LETTERS.sub("", written)  # 「MC-7/1」: the convention's letters, then 7/1
    if re.search(_BODY_SESSION, written):
        return _session_numbers(meeting, written)
    sessions = {roman_value(r) if not r.isdigit() else int(r) for r in re.findall(r"([IVXL]+|\d+)\s*/", written)}
    if sessions and (meeting is None or sessions != {meeting.ordinal}):
        return None  # 「第 XXXV/12 号决定」, 「第 16/3 号决定」: another meeting's decision
    return number_list(re.sub(r"(?:[IVXL]+|\d+)\s*/\s*", "", written).lstrip("第 "))


_BODY_SESSION_PARTS = re.compile(r"/\s*(?P<body>[A-Z]{2,4})\s*[.．]\s*(?P<session>\d{1,3})")


def _session_numbers(meeting: MeetingInfo | None, written: str) -> tuple[int, ...] | None:
    """「2/CP.31、3/CP.31 以及 5/CP.31 至 7/CP.31」 → (2, 3, 5, 6, 7) when every number
    names the reported session and its body (see `_SESSION_BODIES`); None when one
    names another session or body (「1/CP.21」, 「3/CMA.8」), or a number lacks its body."""
    if meeting is None:
        return None
    parts = list(_BODY_SESSION_PARTS.finditer(written))
    bodies = _SESSION_BODIES.get(meeting.series.rsplit("-", 1)[-1], ())
    if any(p.group("body") not in bodies or int(p.group("session")) != meeting.ordinal for p in parts):
        return None
    bare = _BODY_SESSION_PARTS.sub("", written)
    if len(re.findall(r"\d{1,3}", bare)) != len(parts):
        return None  # 「第 2、3/CP.31 号」: not every number carries its session
    return number_list(bare.lstrip("第 "))


_LINE = re.compile(r"[^\n]+")
_LISTED_TITLE = re.compile(r"^\s*(?P<number>(?:[IVXL]{1,8}|\d{1,3})\s*/\s*\d{1,3}|\d{1,3}" + _BODY_SESSION + r")"
                           r"\s+(?P<title>[^号\s][^\n]*?)\s*$")
# 「缔约方大会通过的决定如下：」: the meeting's own decisions (not 「人权理事会…通过的决定如下」).
_ADOPTED_LIST_INTRO = re.compile(r"(?:^|[。\n])\s*(?:\d{1,3}\s*[.．]\s*)?(?:缔约方大会|缔约国会议|会议|大会|审议大会|本次会议|本届会议"
                                 r"|本届卫生大会|卫生大会|本届常会)?"
                                 r"(?:在本次会议上|在本届会议上)?(?:所)?通过的(?:各项)?(?:程序性)?(?:决议和(?:其他)?)?决定如下\s*[：:]"
                                 # 「本届会议通过的决定载于…。决定一览如下：」: a table of them
                                 r"|(?:^|[。\n])\s*(?:\d{1,3}\s*[.．]\s*)?(?:本次会议|本届会议)?(?:所)?(?:通过的)?(?:各项)?"
                                 r"决定(?P<table>一览|清单)如下\s*[：:]\s*\n\s*决定(?:编号)?\s+(?:标题|名称)\s*(?=\n)")


# 「WHA81(1) title」, 「GC(70)/RES/1 title」: a line of a list of the session's texts.
_PREFIXED_LINE = re.compile(r"\s*" + _PREFIXED_LABEL + r"\s+(?P<title>(?![号被未已])[^\s(（A-Za-z][^\n(（]{1,80}?)\s*")


def _titles_listed(ctx: Context, unit: Unit, text: str) -> None:
    """「缔约方大会通过的决定如下： ⏎ 17/1 《…》执行进展的全球审查 ⏎ 17/2 …」: a line a
    decision, numbered with the meeting (only the reported meeting's numbers); a
    title runs on over a short next line, and ends before a symbol, a parenthesis
    or a trailing number."""
    intro = _ADOPTED_LIST_INTRO.search(text)
    if intro is None:
        return
    lines = list(_LINE.finditer(text, intro.end()))
    own = _own_prefix(ctx)
    for line in lines if own else ():
        # 「WHA81(1) 全权证书委员会的组成」, 「GC(70)/RES/1 不丹的成员资格申请」: numbered with the series'
        # letters and session
        prefixed = _PREFIXED_LINE.fullmatch(line.group(0))
        if prefixed is None:
            continue
        root, number, kind = _prefixed_text(prefixed)
        if root != own:
            continue
        ref = decision_ref(ctx, ("decision", number), kind=kind)
        ctx.add("number", ctx.span(unit, line.start() + prefixed.start("label"), line.start() + prefixed.end("label")),
                subject=ref, value=number)
        ctx.add("decisionType", ctx.span(unit, line.start(), line.end()), subject=ref, value=kind)
        _title(ctx, ref, unit, line.start() + prefixed.start("title"), line.start() + prefixed.end("title"))
    for index, line in enumerate(lines):
        label = _LISTED_TITLE.match(line.group(0))
        if label is None and intro.group("table"):
            break  # a table (「决定 标题」) ends at its first line that is not a decision's
        if label is None:
            continue
        numbers = decision_numbers(ctx, label.group("number"))
        if not numbers or len(numbers) != 1:
            continue
        t_start, t_end = line.start() + label.start("title"), line.start() + label.end("title")
        for more in lines[index + 1 :] if not intro.group("table") else ():
            if _LISTED_TITLE.match(more.group(0)) or len(more.group(0).strip()) > 30 or re.search(r"[。；;：:]\s*$", more.group(0)):
                break
            t_end = more.end()  # a title that runs on over the next line (short, no sentence of its own)
        cut = re.search(r"\s*(?:[(（]|[A-Z]{2,}[A-Za-z.]*/|\s\d{1,2}\s*$)", text[t_start:t_end])
        t_end = t_start + cut.start() if cut else t_end
        ref = decision_ref(ctx, ("decision", numbers[0]))
        ctx.add("number", ctx.span(unit, line.start() + label.start("number"), line.start() + label.end("number")),
                subject=ref, value=numbers[0])
        ctx.add("decisionType", ctx.span(unit, line.start(), t_end), subject=ref, value="OrdinaryDecision")
        _title(ctx, ref, unit, t_start, t_end)


def _numbered_refs(ctx: Context, span, numbers, kind: str = "OrdinaryDecision") -> list[Ref]:
    """The reported meeting's decisions (or resolutions) of these numbers, each with
    its number and type (「…，成为第 24/1 号决定」)."""
    refs = []
    for number in numbers:
        ref = decision_ref(ctx, ("decision", number), kind=kind)
        ctx.add("number", span, subject=ref, value=number)
        ctx.add("decisionType", span, subject=ref, value=kind)
        refs.append(ref)
    return refs


# 「通过了该决议草案(见第一章 B 节，第 75/1 号决议)」: where the text it became is printed, and
# its number, a resolution or decision numbered with the reported session (checked).
# (or the number alone in the parenthesis: 「通过了决议草案 X(第 79/2 号决议)」)
_SEE_BECAME = re.compile(r"[(（]\s*(?:(?:见|参见|参阅)\s*(?:第[一二三四五六七八九十]+(?:章|部分)\s*(?:[，,、]?\s*[A-Z]\s*节)?\s*[，,、]?\s*)?)?(?P<list>第\s*(?:\d{1,3}|[IVXL]{1,8})\s*/\s*\d{1,3}"
                         r"(?:\s*(?:、|和|及)\s*第?\s*(?:\d{1,3}|[IVXL]{1,8})\s*/\s*\d{1,3})*)\s*号(?P<kind>决议|决定)"
                         # (and the one text's title: 「(第 3/4 号决议“城市数字化转型”)」)
                         r"(?:\s*“(?P<title>[^“”]{2,160})”)?\s*[)）]")


def _see_became(ctx: Context, unit: Unit, obj: str, obj_start: int, adopt) -> None:
    """The resolutions or decisions a see-reference after the adopted draft names
    (`_SEE_BECAME`): adopted with it."""
    for see in _SEE_BECAME.finditer(obj):
        if "修正案" in obj[: see.start()]:
            continue  # 「通过了决议草案…的修正案(见…)」: the amendment, not the resolution (「经口头修正的」 is the draft)
        if not re.match(r"[(（]\s*(?:见|参见|参阅)", see.group(0)) \
                and not re.search(r"(?:[A-Z][A-Za-z0-9.\-/]*\d|草案|[)）])\s*$", obj[: see.start()]):
            continue  # the number alone only right after the draft (not 「…替代第 3 次会议通过的决议(第 79/1 号决议)」)
        numbers = decision_numbers(ctx, see.group("list"))
        if not numbers or not re.search(r"/", see.group("list")):
            continue  # only a number with the reported session (「第 75/1 号」 in the 75th session's report)
        span = ctx.span(unit, obj_start + see.start("list"), obj_start + see.end())
        refs = _numbered_refs(ctx, span, numbers, _kind_of(see))
        for decision in refs:
            adopt(decision, end=obj_start + see.end())
        if see.group("title") and len(refs) == 1:
            _title(ctx, refs[0], unit, obj_start + see.start("title"), obj_start + see.end("title"))


def _one_numbering(ctx: Context, unit: Unit, match: re.Match[str], obj_start: int) -> list[Ref]:
    group = "numbers" if match.group("numbers") else "bare"
    numbers = decision_numbers(ctx, match.group(group))
    if not numbers:
        return []
    refs = []
    for number in numbers:
        ref = decision_ref(ctx, ("decision", number))
        ctx.add("number", ctx.span(unit, obj_start + match.start(group), obj_start + match.end(group)),
                subject=ref, value=number)
        ctx.add("decisionType", ctx.span(unit, obj_start + match.start(), obj_start + match.end()), subject=ref,
                value="OrdinaryDecision")
        refs.append(ref)
    titles = []
    if match.group("titles"):
        titles = [(obj_start + match.start("titles") + t.start(1), obj_start + match.start("titles") + t.end(1))
                  for t in re.finditer(r"“([^“”]+)”", match.group("titles"))]
    else:
        titles = [(obj_start + match.start(g), obj_start + match.end(g)) for g in ("title", "colon_title") if match.group(g)]
    if titles and len(titles) == len(refs):
        for ref, (t_start, t_end) in zip(refs, titles):
            _title(ctx, ref, unit, t_start, t_end)
    elif titles:
        ctx.warn("decision-titles", f"{len(titles)} titles for {len(refs)} decisions; no title taken",
                 ctx.span(unit, obj_start + match.start(), obj_start + match.end()))
    return refs


# 「该草案」, 「决定草案」 as the whole subject of 「获得通过」
# announced only by the meeting or its President (not 「工作组主席宣布」, 「工作组宣布」)
_THAT_DRAFT = re.compile(r"^(?:(?:随后|随即|接着|然后)?\s*(?:(?:会议|大会)?主席|会议)\s*宣布\s*)?"
                         r"(?:(?:该|此)(?P<that>(?:决定|决议)?草案|提案|议程)|(?P<bare>决定草案|决议草案|提案|议程))"
                         # 「该草案付诸记录表决，以 68 票赞成…获得通过」: the vote's words before its count
                         r"(?:\s*(?:付诸|交付)(?:记录|唱名)?(?:表决)?)?$")
def _draft_named_before(ctx: Context, unit: Unit, at: int, draft: re.Match[str]) -> tuple[Ref, int] | None:
    """The document 「该草案」 (`draft`, at offset `at` of the unit) names: the one of its
    noun the paragraph names before (`_antecedent`, or `_antecedent_across`), with where
    it is named; None where none is, or another text of its kind stands between
    (`_another_text_between`)."""
    noun = draft.group("that") or draft.group("bare")
    found = _antecedent(ctx, ctx.text(unit), at, noun)
    if found is None:
        found = _antecedent_across(ctx, unit, at, noun)
    if found is None or _another_text_between(ctx, unit, found, at, draft):
        return None
    document = ctx.document(found[0])
    return (document, found[1]) if document is not None else None


def _issued_as(ctx: Context, decision: Ref, symbol: str) -> list[Ref]:
    """The document a decision is issued as (「…号决定(X/DEC.3)」), recorded on the
    decision; [] where the symbol names no document."""
    issued = ctx.document(symbol)
    if issued is None:
        return []
    ctx.entity(decision).props["issued_as"] = issued
    return [issued]


def _another_text_between(ctx: Context, unit: Unit, found: tuple[str, int], at: int, draft: re.Match[str]) -> bool:
    """Between the document an anaphor would name and the anaphor: another text of its
    kind without a symbol (「…随后提出一项程序性提案」), or the first withdrawn or
    rejected (「撤回了该提案」, 「提案被否决后」); or the paragraph frames another meeting
    (「在筹备委员会第三届会议上，…」). Then which text was adopted is not sure."""
    text = ctx.text(unit)
    between = text[found[1] : at]
    noun = draft.group("that") or draft.group("bare") or ""
    if re.search(r"撤回|否决|未获通过|推迟", between):
        return True
    if noun == "提案" and re.search(r"(?<!该)(?<!此)提案", between):
        return True  # (between starts at the antecedent's symbol: any other 「提案」 is another one)
    return any(m.key != ctx.meeting.key for m in find_meetings(ctx, text[:at]))


# How the text stood when adopted, not how it was adopted: 「议程未经修改获得通过」, 「经口头订正」
_AS_AMENDED = re.compile(r"\s*(?:(?:未经|不经)(?:修改|修正|修订|订正)|经(?:口头)?(?:修正|修订|订正|修改)(?:后)?)\s*$")
_BECAME = re.compile(rf"\s*[，,]\s*(?:该草案|该提案)?(?:成为|作为|即)\s*(?:(?:{_OWN_BODY}|审议大会\s*|大会\s*)(?P<list>{_DECISION_NUMBERS})"
                     rf"\s*号(?P<kind>决定|决议)|{_BARE_NUMBER})"
                     # 「…成为大会第 3 号决定(NPT/CONF.2030/DEC.3)」: its symbol may follow
                     r"(?:\s*[(（]\s*(?P<dec>[A-Z][A-Za-z0-9.\-/]*/DEC\.(?P<decn>\d{1,3}))\s*[)）])?"
                     r"(?!草案|的)(?=\s*(?:$|[，,。；]))")
# 「…，成为关于制定…总政策的 ISBA/31/A/DEC.4 号决定」: the decision numbered by its symbol.
_BECAME_SYMBOL = re.compile(r"\s*[，,]\s*(?:该草案|该提案)?(?:成为|作为|即)\s*(?:关于[^，。；]{1,80}?的\s*)?"
                            r"(?P<dec>[A-Z][A-Za-z0-9.\-/]*/DEC\.(?P<decn>\d{1,3}))\s*号决定(?=\s*(?:$|[，,。；]))")
_CLAUSE_MARKS = "，,；;：:\n"
# A clause whose subject is a body, not the meeting.
_OTHER_SUBJECT = re.compile(r"(?P<body>[\u4e00-\u9fff]{0,12}(?:工作组|委员会|小组|机构|理事会|主席团|秘书处))\s*(?:在[^，,；;]{1,15}?)?"
                            # (「全体委员会核可并通过了…」: another verb of the body's before)
                            r"\s*(?:随后|还|也|又|已经|已|曾|则)?\s*(?:(?:审议|核可|核准|讨论|审查|商定)(?:了)?\s*并\s*)?$")
# What may follow the adopted decisions in their clause: the draft's symbol, who proposed it.
_AFTER_DECISIONS = re.compile(r"\s*(?:\([^()]+\))?\s*(?:由[^，。；]{1,40}?(?:提出|提交))?\s*")


def _is_the_meeting(ctx: Context, body: str) -> bool:
    """「筹备委员会」 in a preparatory committee's report: the meeting itself."""
    names = [ctx.meeting.label_zh] + ([ctx.series.zh_name] if ctx.series is not None else [])
    return any(body in name or name.endswith(body) for name in names)


def _clause_start(sentence: str, end: int) -> int:
    return max(sentence.rfind(mark, 0, end) for mark in _CLAUSE_MARKS) + 1


# A paragraph that goes on from the one before: 「随后，…」.
_GOES_ON = re.compile(r"^\s*(?:\d{1,3}\s*[.．]\s*)?(?:随后|接着|此后|然后)")
# A sitting that frames what its sentence says: 「在…举行的第 4 次会议上」, 「在第 4 次会议期间」.
_SITTING_FRAME = re.compile(r"第\s*(?P<n>\d{1,3})\s*次\s*(?:全体)?会议\s*(?:\([^()]{0,12}\)\s*)?(?:上|期间)")


# 「工作组在其第三次会议上」, 「全权证书委员会第 1 次会议上」: another body's sitting, in words or figures.
_BODY_SITTING = re.compile(r"(?:^|[，,；;。])\s*(?:\d{1,3}\s*[.．]\s*)?(?:在\s*)?[^，,。；;了的]{0,20}?" + OTHER_BODY
                           + r"\s*(?:在|于)?\s*其?\s*第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*次\s*会议\s*(?:上|期间)")
# (a frame that opens its clause, not 「会议审议了全权证书委员会第 1 次会议上通过的报告」)
# 「全权证书委员会第 1 次会议上」: another body's sitting.
_BODY_BEFORE = re.compile(OTHER_BODY + r"\s*$")


def _adopter(ctx: Context, unit: Unit, at: int) -> Ref | None:
    """Who adopts at offset `at` of a unit: the plenary named before it in the unit
    (one plenary), or else the meeting. None, with a warning, where the sitting is
    named in its sentence but not read (「在…下午举行的第 4 次会议上」 not taken as a plenary) or the
    paragraph goes on from a sitting named before it (「随后，…」): not the meeting then."""
    plenary = plenary_at(ctx, unit, unit.start + at)
    text = ctx.text(unit)
    if _BODY_SITTING.search(text, max(0, text.rfind("。", 0, at)), at):
        # 「工作组在其第三次会议上，报告草稿(X)…获得通过」: adopted at another body's sitting
        ctx.warn("adoption-adopter", "an adoption at another body's sitting; not emitted", ctx.span(unit, 0, at))
        return None
    framed = [f for f in _SITTING_FRAME.finditer(text, text.rfind("。", 0, at) + 1, at)
              if not _BODY_BEFORE.search(text, max(0, f.start() - 12), f.start())]
    if framed and (plenary is None or int(framed[-1].group("n")) not in plenary[1]):
        ctx.warn("adoption-adopter", "an adoption at a sitting not read as a plenary; not emitted", ctx.span(unit, 0, at))
        return None
    if plenary is None and _GOES_ON.match(text) and any(offset < unit.start for offset, _k, _n in ctx.plenary_mentions):
        # (not where the paragraph names a time, sitting or meeting of its own before the adoption)
        verb = text.find("通过", at)
        head = text[: verb if verb >= 0 else at]  # (the act may begin inside its subject: 「…第四次|会议…通过」)
        own_frame = _ANOTHER_TIME.search(head) or re.search(r"会议上|会议期间", head) \
            or any(m.key != ctx.meeting.key for m in find_meetings(ctx, head))
        plenary = None if own_frame else _sitting_carried_over(ctx, unit)
        if plenary is None:
            ctx.warn("adoption-adopter", "an adoption in a paragraph that goes on from an earlier sitting not told; "
                     "not emitted", ctx.span(unit, 0, at))
            return None
    if plenary is not None and len(plenary[1]) == 1:
        return ctx.plenary_ref(plenary[0], plenary[1][0])
    return ctx.meeting_ref(ctx.meeting)


# What tells of another sitting or time in a paragraph between: a day, a frame (「在…会议上」, 「…期间」).
_ANOTHER_TIME = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|会议上|期间|届会|次日|翌日|次周|下周|第二天|几天|数日|后来|下一次|当天|上午|下午"
                           r"|闭幕会议|开幕会议")


def _sitting_carried_over(ctx: Context, unit: Unit) -> tuple[str, tuple[int, ...]] | None:
    """「20. 随后，…通过了…」: the sitting the paragraph goes on from — the last one the
    paragraph before names (or the one before that, across a paragraph that names no
    sitting, day or other time); None when that is not one sitting of the reported meeting."""
    units = [u for u in ctx.seg.units if u.part == unit.part and u.kind != "footnote"]
    index = units.index(unit)
    for previous in reversed(units[max(0, index - 2) : index]):
        if previous.kind != "paragraph":
            return None
        named = [(key, numbers) for offset, key, numbers in ctx.plenary_mentions
                 if previous.start <= offset <= previous.end and key is not None]
        written = {int(n) for n in re.findall(r"第\s*(\d{1,4})\s*次\s*(?:全体)?会议", ctx.text(previous))}
        if named or written:
            # one sitting, the only one the paragraph writes (not 「…已在第 3 次全体会议上讨论」,
            # 「…推迟到第 6 次全体会议」 beside the paragraph's own)
            key, numbers = named[-1] if named else (None, ())
            return (key, numbers) if len(numbers) == 1 and key == ctx.meeting.key and written == set(numbers) \
                and len({n for _, n in named}) == 1 else None
        if _ANOTHER_TIME.search(ctx.text(previous)):
            return None
    return None


# 「对该决定草案进行了记录表决」, 「表决结果为：」: a vote on the draft the next sentence adopts.
_VOTED_BEFORE = re.compile(r"对该?(?:决定|决议)?草案(?:[A-Z][^\s，。；]*\s*)?进行了(?:记录|唱名)?表决")


def _last_sentence_voted(text: str, at: int) -> bool:
    """Whether one of the two sentences right before offset `at` tells of a vote
    on the draft as a whole (「对该决定草案进行了记录表决」), and none of them of a
    vote on a part, a motion, an amendment or a rejection, or names another
    document after the vote."""
    before = text[:at].rstrip()
    ends = [m.end() for m in re.finditer(r"[。；]", before)]
    start = ends[-3] if len(ends) >= 3 else 0
    last_two = before[start:]
    vote = _VOTED_BEFORE.search(last_two)
    return vote is not None and not re.search(r"修正|否决|未获通过|段|部分|动议|单独", last_two) \
        and not re.search(r"[A-Z]{2,}[A-Za-z.]*/", last_two[vote.end() :])


def _passive_adoptions(ctx: Context, unit: Unit, s: int, sentence: str) -> None:
    """「X(经…表决|以…方式)?获得通过」: X is a numbered decision of the meeting, or
    a document named by its symbol in parentheses right after its noun. Where the
    clause says only how (「…，未经表决获得通过」, 「…，以 52 票赞成…获得通过」),
    X is in the clause before."""
    for match in _PASSIVE_ADOPTED.finditer(sentence):
        became_end = None  # where a see-reference after the verb ends (the text the draft became)
        c_start = _clause_start(sentence, match.start())
        how = _PASSIVE_HOW.search(sentence, c_start, match.start())
        subject_start, subject_end = c_start, how.start() if how else match.start()
        if c_start > 0 and (_HOW_ONLY.fullmatch(sentence, c_start, match.start())
                            or how is not None and not sentence[c_start : how.start()].strip()):
            subject_start, subject_end = _clause_start(sentence, c_start - 1), c_start - 1
            earlier_how = _PASSIVE_HOW.search(sentence, subject_start, subject_end)
            if earlier_how is not None:  # 「…经记录表决，以 52 票赞成…获得通过」
                how, subject_end = earlier_how, earlier_how.start()
        if _NOT_YET.search(sentence[subject_start : match.start()]) or _GOVERNED.search(sentence, 0, subject_start) \
                or any(word in sentence[subject_start : match.end()] for word in roles_data()["not_adopted"]):
            continue  # 「将于下届会议获得通过」, 「未能获得通过」, 「…建议，X获得通过」: not (yet) adopted
        marker = _ITEM_MARKER.match(sentence, subject_start)  # 「(a) 决定 1“…”(…)未经表决获得通过」
        subject_start = marker.end() if marker else subject_start
        call = _FOOTNOTE_CALL.match(sentence, subject_start) if subject_start == 0 else None
        subject_start = call.end() if call else subject_start  # 「…记录表决。3 该决定草案…」: the call is the last sentence's
        subject = sentence[subject_start:subject_end]
        at = s + subject_start + len(subject) - len(subject.lstrip())
        subject = subject.strip()
        amended = _AS_AMENDED.search(subject)
        subject = subject[: amended.start()] if amended else subject
        numbered = _NUMBERED_DECISIONS.match(subject)
        items = _numbered_decisions(ctx, unit, subject, at) \
            if numbered and _AFTER_DECISIONS.fullmatch(subject, numbered.end()) else []
        became = _BECAME.match(sentence, match.end())
        draft = _THAT_DRAFT.match(subject)
        if draft is not None and any(m.key != ctx.meeting.key for m in find_meetings(ctx, ctx.text(unit)[: s + subject_start])):
            continue  # 「在筹备委员会第三届会议上，…提出了…提案。提案…获得通过」: adopted there, not here
        if not items and draft is not None and became is not None:
            # 「主席宣布该草案以协商一致方式获得通过，成为第 17/7 号决定」: the decision it became,
            # and the draft itself where the paragraph names it before (「…决定草案(X)」)
            written = "list" if became.group("list") else "bare"
            items = _numbered_refs(ctx, ctx.span(unit, s + became.start(written), s + became.end()),
                                   decision_numbers(ctx, numbers_written(became)) or (), _kind_of(became))
            found = _draft_named_before(ctx, unit, s + subject_start, draft) if items else None
            if found is not None:
                items = [found[0], *items]
            if len(items) >= 1 and became.group("dec") and own_decision_symbol(ctx, became.group("dec")) \
                    and _is_decision(ctx, items[-1], became.group("decn")):
                # 「…成为大会第 3 号决定(NPT/CONF.2030/DEC.3)」: the document it is issued as
                items = [*items, *_issued_as(ctx, items[-1], became.group("dec"))]
        elif not items and draft is not None and (by_symbol := _BECAME_SYMBOL.match(sentence, match.end())) is not None \
                and own_decision_symbol(ctx, by_symbol.group("dec")):
            # 「该草案…获得通过，成为关于…的 ISBA/31/A/DEC.4 号决定」: the decision numbered by its own
            # symbol, the document it is issued as, and the draft the paragraph names before
            span = ctx.span(unit, s + by_symbol.start("dec"), s + by_symbol.end())
            items = _numbered_refs(ctx, span, [int(by_symbol.group("decn"))])
            items = [*items, *_issued_as(ctx, items[0], by_symbol.group("dec"))]
            found = _draft_named_before(ctx, unit, s + subject_start, draft)
            if found is not None:
                items = [found[0], *items]
        elif not items and draft is not None and not re.match(r"\s*[，,]\s*(?:成为|作为)", sentence[match.end() :]):
            # 「会议审议了决定草案(X)。该草案以协商一致方式获得通过」: the draft named before in the
            # paragraph (not where it became something not read: 「成为第 18/4 号决定附件二」)
            found = _draft_named_before(ctx, unit, s + subject_start, draft)
            items = [found[0]] if found is not None else []
            at = min(at, found[1]) if found is not None else at  # quoted from the antecedent
            see = _SEE_BECAME.match(sentence, match.end())
            if items and see is not None and "/" in see.group("list") and (numbers := decision_numbers(ctx, see.group("list"))):
                # 「该决定草案…获得通过(见第一章，B 节，第 32/1 号决定)」, 「…获得通过(第 59/2 号决议)」: and the
                # text it became (a number with the reported session: `decision_numbers` checks it)
                became_end = see.end()
                items += _numbered_refs(ctx, ctx.span(unit, s + see.start("list"), s + see.end()), numbers,
                                        _kind_of(see))
        if not items:
            symbols = find_symbols(subject)
            if len(symbols) == 1 and re.search(r"[\u4e00-\u9fff]{2,}\s*\(\s*$", subject[: symbols[0][0]]) \
                    and re.fullmatch(r"\s*\)\s*", subject[symbols[0][1] :]) and not _CONTAINED.search(subject):
                ref = ctx.document(symbols[0][2].text)
                items = [ref] if ref is not None else []
            elif len(symbols) > 1 and _EACH_NAMED.fullmatch(subject, 0, re.search(r"(?:均|都)?\s*$", subject).start()) \
                    and not _CONTAINED.search(subject) and not re.search(r"经[^，。；]{0,8}(?:修正|修订|订正)", subject) \
                    and not any(m.key != ctx.meeting.key for m in find_meetings(ctx, ctx.text(unit)[: s + subject_start])) \
                    and not re.search(r"回顾|\d{4}\s*年\s*[，,]", ctx.text(unit)[: s + subject_start]):
                # 「临时议程(X)和拟议工作安排(Y)(均)获得通过」: each document, named by its noun and symbol
                items = [ref for _, _, symbol in symbols if (ref := ctx.document(symbol.text)) is not None]
        adopter = _adopter(ctx, unit, s + match.start())
        if adopter is None:
            continue
        procedure = _procedure(how.group(0)) if how else None
        if procedure is None and draft is not None and _last_sentence_voted(ctx.text(unit), s):
            # 「对该决定草案进行了记录表决。表决结果为：…。决定草案获得通过」: by the vote just before
            procedure = "Vote"
        end = s + (became.end() if became is not None and items and not numbered else became_end or match.end())
        for item in items:
            _adopt(ctx, unit, at, end, adopter, item, procedure, _plenary_date(ctx, adopter))


# Documents each named by a noun and its symbol, joined: 「临时议程(X)和拟议工作安排(Y)」.
_NAMED_DOCUMENT = r"[\u4e00-\u9fff]{2,30}\s*[(（]\s*[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+\s*[)）]"
_EACH_NAMED = re.compile(rf"\s*{_NAMED_DOCUMENT}(?:\s*(?:和|、|以及|及)\s*{_NAMED_DOCUMENT})+\s*")


class _Act(NamedTuple):
    """Who adopted, how and when, and where the statement runs (unit offsets)."""
    adopter: Ref
    procedure: str | None
    date: object
    start: int
    end: int


# A clause that says what the meeting did, closed by the decision that records it in parentheses:
# 「大会决定第七十一届常会于…在维也纳举行(GC(70)/DEC/5)」, 「…承认了…全权证书(WHA81(7)号决定)」.
_DECIDED_PAREN = re.compile(r"[(（]\s*(?P<label>(?P<root>[A-Z]{2,6}\d{1,3})\((?P<decision>\d{1,3})\)\s*号决定"
                            r"|(?P<root2>[A-Z]{2,6}\(\d{1,3}\))/DEC/(?P<decision2>\d{1,3}))\s*[)）]")
_MEETING_ACTS = re.compile(r"选举|推选|决定|通过|任命|设立|承认|核准|核可|分配|确认|同意|接受")


def _decided_in_parentheses(ctx: Context, unit: Unit) -> None:
    """A decision of the session, named in parentheses after the clause that tells what the
    meeting did (its symbol, 「(GC(70)/DEC/5)」, or its number, 「(WHA81(7)号决定)」), not
    adopted in another reading: adopted at the sitting the paragraph names. Not where the
    clause is another body's act, or says the act failed or is to come."""
    own = _own_prefix(ctx)
    if own is None:
        return
    text = ctx.text(unit)
    adopted = {f.get("item") for f in ctx.facts if f.kind == "adoption"}
    for match in _DECIDED_PAREN.finditer(text):
        if (match.group("root") or match.group("root2")) != own:
            continue
        clause = text[max(text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start())) + 1 : match.start()]
        act = _MEETING_ACTS.search(clause)
        if act is None or _OTHER_SUBJECT.search(clause[: act.start()]) \
                or _NOT_YET.search(clause) or any(word in clause for word in roles_data()["not_adopted"]) \
                or re.search(r"(?:全体委员会|主要委员会|委员会|工作组|主席团)(?:[^，。；]{0,6})?(?:建议|决定|通过)", clause):
            continue
        ref = decision_ref(ctx, ("decision", int(match.group("decision") or match.group("decision2"))))
        if ref is None or ref in adopted:
            continue
        adopter = _adopter(ctx, unit, match.start())
        if adopter is None or "/plenary/" not in adopter.key:
            continue  # (only at a sitting the paragraph names: which sitting a clause with no frame tells of is not sure)
        ctx.add("number", ctx.span(unit, match.start("label"), match.end("label")), subject=ref,
                value=int(match.group("decision") or match.group("decision2")))
        ctx.add("decisionType", ctx.span(unit, match.start("label"), match.end("label")), subject=ref, value="OrdinaryDecision")
        _adopt(ctx, unit, match.start() - len(clause), match.end(), adopter, ref, None, _plenary_date(ctx, adopter))
        adopted.add(ref)


def _body_adoptions(ctx: Context, unit: Unit, annex_decisions, declarations) -> None:
    text = ctx.text(unit)
    bulk = None  # 「通过了 34 项决定」: where, how and when, for the sentence that names some of them
    for s, e in sentences(text):
        sentence = text[s:e]
        if bulk is not None and _AMONG_THEM.match(sentence):
            # 「…通过了 34 项决定…。其中包括第 18/COP.16 号决定“…”」: named ones among those adopted.
            for label in _SESSION_DECISION.finditer(sentence):
                ref = _session_decision(ctx, label)
                if ref is not None:
                    _adopt(ctx, unit, bulk.start, s + label.end("title") + 1, bulk.adopter, ref, bulk.procedure, bulk.date)
        bulk = None
        if "通过" in sentence:
            _passive_adoptions(ctx, unit, s, sentence)
        for match in _ADOPTED.finditer(sentence):
            framed = _active_frame(ctx, unit, s, sentence, match)
            if framed is None:
                continue
            obj, obj_start, act = framed
            if _COUNTED_DECISIONS.match(obj):
                bulk = act
            _adopted_object(ctx, unit, obj, obj_start, act, annex_decisions, declarations)


# A frame before the clause that acts: 「在缔约国第二次会议上，」, 「在 2024 年会议期间，」.
_FRAME = re.compile(r"在[^，。；]{2,40}?(?:上|期间)\s*[，,]")


def _active_frame(ctx: Context, unit: Unit, s: int, sentence: str, match: re.Match[str]):
    """For 「(会议)通过了 X」 at `match` in a sentence at `s`: X (cut where it stops being
    adopted), its offset and the `_Act`; None where another body acts or nothing is adopted."""
    negative = roles_data()["not_adopted"]
    clause_head = sentence[_clause_start(sentence, match.start()) : match.start()]
    other = _OTHER_SUBJECT.search(clause_head)
    frames = "".join(f.group(0) for f in _FRAME.finditer(sentence, 0, match.start()))
    if other is not None and not _is_the_meeting(ctx, other.group("body")) or any(
            m.key != ctx.meeting.key for m in find_meetings(ctx, clause_head + "；" + frames)):
        # 「执行工作组随后通过了其报告」, 「而第二次会议通过了…」, 「在缔约国第二次会议上，会议通过了…」:
        # another body's act, or another meeting's
        return None
    obj = match.group("object")
    obj_start = s + match.start("object")
    if any(word in sentence[: match.start()] for word in negative):
        return None  # 「未能通过」 and the like: handled as considered
    cut = min((obj.find(word) for word in negative if word in obj), default=-1)
    if cut >= 0:
        obj = obj[:cut]  # 「…，但未能就 X 达成协商一致」: X was not adopted
    clause = _NEXT_CLAUSE.search(obj)
    if clause is not None:
        obj = obj[: clause.start()]  # 「通过了议程，并注意到工作方案(X)」: X was noted, not adopted
    adopter = _adopter(ctx, unit, s + match.start())
    if adopter is None:
        return None
    how = match.group("how") or ""
    if not how:  # 「以协商一致方式核准了…，并通过了…」: the manner said earlier in the sentence
        # (within the clause after the last 「；」: 「未经表决通过了A…；并通过了B」 says nothing of B's manner)
        before = sentence[: match.start()]
        # (a 「；」 outside parentheses that opens a new clause, 「；并通过了…」, not 「；(b) 通过了…」)
        cut = max((m.end() for m in re.finditer(r"[；;](?=\s*(?:并|随后|另|还|此外|同时))", before)
                   if before[: m.start()].count("(") + before[: m.start()].count("（")
                   == before[: m.start()].count(")") + before[: m.start()].count("）")), default=0)
        earlier = list(_HOW.finditer(before[cut:]))
        how = earlier[-1].group(0) if earlier else ""
    act = _Act(adopter, _procedure(how), _plenary_date(ctx, adopter), s + match.start(), s + match.end())
    return obj, obj_start, act


def _adopted_object(ctx: Context, unit: Unit, obj: str, obj_start: int, act: _Act, annex_decisions, declarations) -> None:
    """What 「通过了」 adopted, read from its object `obj` (at `obj_start`): the first of
    these readings that applies."""
    def adopt(item: Ref, start: int | None = None, end: int | None = None) -> None:
        _adopt(ctx, unit, act.start if start is None else start, act.end if end is None else end,
               act.adopter, item, act.procedure, act.date)

    text = ctx.text(unit)
    _became_decisions(ctx, unit, obj, obj_start, adopt)
    _see_became(ctx, unit, obj, obj_start, adopt)
    as_decision = _AS_DECISION.search(obj)
    if as_decision:
        # 「通过了 X 号文件所载决定草案，该决定作为决定 1 载于本报告附件一」
        annex = f"annex {roman(chinese_number(as_decision.group('annex')) or 0)}"
        number = int(as_decision.group("number"))
        item = next((r for r in annex_decisions.get(annex, []) if _is_decision(ctx, r, number)), None)
        if item is not None:
            adopt(item)
            return
    decisions = _DECISION_LIST.search(obj)
    if decisions:
        annex = f"annex {roman(chinese_number(decisions.group('annex')) or 0)}" if decisions.group("annex") else None
        listed = _listed_decisions(ctx, unit, obj_start) or _inline_titled(ctx, unit, obj_start)
        items = annex_decisions.get(annex, []) if annex else [ref for ref, _ in listed]
        stated = chinese_number(decisions.group("n")) if decisions.group("n") else None
        if stated is not None:
            ctx.count(f"decisions adopted ({annex})", stated, len(items),
                      ctx.span(unit, obj_start + decisions.start(), obj_start + decisions.end()))
        for item in items:
            adopt(item)
        return
    declaration = _DECLARATION.search(obj)
    if declaration:
        ref = _titled_decision(ctx, unit, obj, obj_start, declaration, annex_decisions, declarations)
        if ref is None:
            ctx.warn("declaration-unknown", "an adopted declaration could not be tied to its annex",
                     ctx.span(unit, act.start, act.end))
            return
        t_start = obj_start + declaration.start("title")
        _title(ctx, ref, unit, t_start, t_start + len(declaration.group("title")))
        adopt(ref)
        return
    annexed = _annexed_item(ctx, obj, annex_decisions, declarations)
    if annexed is not None:
        # 「通过了《最后宣言和…措施》(附件一)」: what that annex sets out, by its name.
        adopt(annexed)
        return
    named = _NAMED_DECLARATION.match(obj)
    if named:
        # 「通过了第七次审议会议最后宣言」, 「通过了《维也纳宣言》」: a declaration by its
        # name; a title only when quoted as one.
        ref = next(iter(declarations.values())) if len(declarations) == 1 else None
        if ref is None and not declarations:
            ref = decision_ref(ctx, ("declaration", 1))
            declarations["body"] = ref
            ctx.add("decisionType", ctx.span(unit, obj_start + named.start("name"), obj_start + named.end("name")),
                    subject=ref, value="Declaration")
            if named.group("quoted"):
                t_start = obj_start + named.start("quoted")
                _title(ctx, ref, unit, t_start, t_start + len(named.group("quoted")))
        if ref is None:
            ctx.warn("declaration-unknown", "an adopted declaration could not be tied to its annex",
                     ctx.span(unit, act.start, act.end))
            return
        adopt(ref)
        return
    about = _ABOUT_DECISION.match(obj)
    if about is not None and own_decision_symbol(ctx, about.group("symbol")):
        # 「通过了关于第七次审议会议日期的决定(RC-6/DEC.2)」: decision 2 of the meeting, numbered by
        # its own symbol, and that document (what it is about is no title)
        number = int(about.group("n"))
        ref = decision_ref(ctx, ("decision", number))
        span = ctx.span(unit, obj_start + about.start(), obj_start + about.end())
        ctx.add("decisionType", span, subject=ref, value="OrdinaryDecision")
        ctx.add("number", span, subject=ref, value=number)
        adopt(ref)
        for document in _issued_as(ctx, ref, about.group("symbol")):
            adopt(document)
        return
    listed = _numbered_decisions(ctx, unit, obj, obj_start)
    for item in listed:
        adopt(item)
    issued_as = _ISSUED_AS.search(obj)
    if len(listed) == 1 and issued_as is not None and _is_decision(ctx, listed[0], issued_as.group("n")) \
            and own_decision_symbol(ctx, issued_as.group("symbol")):
        # 「…第 1 号决定(NPT/CONF.2030/DEC.1)」: the decision's own document, of the same number
        for document in _issued_as(ctx, listed[0], issued_as.group("symbol")):
            adopt(document)
    if listed:
        return
    numbered = _DECISION_N.search(obj)
    if numbered:
        # 「通过了关于…的决定 3」: a decision of the meeting, by its number.
        number = int(numbered.group("number"))
        ref = next((r for refs in annex_decisions.values() for r in refs if _is_decision(ctx, r, number)),
                   None) or decision_ref(ctx, ("decision", number))
        adopt(ref)
        return
    issued = _OWN_REPORT_ISSUED.search(obj)
    own = issued is not None and (issued.group("as_final") or issued.group("this_report") or issued.group("became")
                                  or issued.group("symbol") == ctx.symbol)
    if ctx.symbol and (_REPORT.match(obj.strip()) or own):
        adopt(ctx.report_ref())  # (the draft's symbol is not adopted: the report it became is)
        return
    prefixed = _AS_PREFIXED.search(obj)
    if prefixed is not None and _own_prefix(ctx) in (prefixed.group("root"), prefixed.group("root2")) \
            and (prefixed.group("kind") or prefixed.group("root2")) \
            and (not prefixed.group(0).lstrip().startswith(("(", "（")) or prefixed.group("closed")):
        # 「通过了决议草案 X，即 GC(70)/RES/3 号决议“…”」, 「…(WHA81(7)号决定)」: the text it became
        _, number, kind = _prefixed_text(prefixed)
        adopt(decision_ref(ctx, ("decision", number), kind=kind), end=obj_start + prefixed.end())
    as_resolution = _AS_RESOLUTION.search(obj)
    if as_resolution and (own_decision_symbol(ctx, as_resolution.group("symbol")) or not ctx.symbol and _of_this_session(
            ctx, as_resolution.group("symbol"))):
        # (only the reported session's: 「…作为第 ICC-ASP/23/Res.5 号决议」 in ASP 24's report is another's)
        # 「通过了该决议草案，作为第 ICC-ASP/24/Res.5 号决议」: the resolution, numbered by its symbol.
        adopt(decision_ref(ctx, ("decision", int(as_resolution.group("number"))),
                           kind="OrdinaryDecision" if as_resolution.group("which") == "DEC" else "Resolution"))
        # and the draft it was (「该决议草案」), below
    that = _THAT_DOCUMENT.match(obj)
    if that:
        # 「介绍了委员会的报告(X)，会议随即通过了该报告」: the one document of that noun
        # named before in the paragraph (`_antecedent`), quoted from it.
        found = _antecedent(ctx, text, act.start, that.group("noun") or that.group("bare")) \
            or _antecedent_across(ctx, unit, act.start, that.group("noun") or that.group("bare"))
        ref = ctx.document(found[0]) if found else None
        became = _BECAME_PAREN.match(obj, that.end())
        if became is None and re.match(r"\s*[(（]", obj[that.end() :]) and not _SEE_BECAME.match(obj, that.end()):
            return  # 「该决定草案(第…)」 with something else in the parenthesis
        if ref is not None:
            adopt(ref, start=min(act.start, found[1]))
        numbers = decision_numbers(ctx, became.group("list")) if became is not None else None
        noun = that.group("noun") or that.group("bare") or ""
        if ref is not None and numbers and (noun.startswith("决定草案") and became.group("kind") == "决定"
                                            or noun.startswith("决议草案") and became.group("kind") == "决议"):
            span = ctx.span(unit, obj_start + became.start("list"), obj_start + became.end())
            for decision in _numbered_refs(ctx, span, numbers, _kind_of(became)):
                adopt(decision, end=obj_start + became.end())
        return
    agenda = _AGENDA_IN.match(obj)
    if agenda is not None and (ref := ctx.document(agenda.group("symbol"))) is not None:
        # 「通过了 X 号文件所载的议程」, 「通过了载于 X 号文件的议程」: the agenda document itself
        adopt(ref, end=obj_start + agenda.end())
        return
    clause = text[max(text.rfind(mark, 0, act.start) for mark in "，,。；") + 1 : act.start]
    if re.fullmatch(r"\s*议程\s*", obj) and (based := _AGENDA_FROM.search(clause)) is not None \
            and not re.search(OTHER_BODY + r"|主席团|委员会|工作组", clause[: based.start()]) \
            and (ref := ctx.document(based.group("symbol"))) is not None:
        adopt(ref, start=act.start - len(clause) + based.start())
        return
    if not find_symbols(obj):
        ctx.pending_titles.append((unit, obj, obj_start, act))  # by its title? (`titles_of_issued_documents`)
    _adopted_symbols(ctx, obj, obj_start, adopt)


# 「X 号文件所载的(临时)议程」, 「载于 X 号文件的议程」 as the whole object (not 「…议程项目 5」).
_AGENDA_IN = re.compile(r"\s*(?:载于\s*)?(?P<symbol>[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+)\s*号?文件(?:中)?(?:所载)?的\s*"
                        r"(?:(?:临时)?议程(?!项目)|(?:暂行)?议事规则)(?=\s*(?:[，,。；(（]|$|内容如下))")
# 「根据 X 号文件所载的临时议程通过了议程」, 「在 X 号文件所载临时议程的基础上通过了议程」: the agenda
# adopted is the provisional one in X (the object is 「议程」 alone).
_AGENDA_FROM = re.compile(r"(?:根据|按照|依照|在)\s*(?P<symbol>[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+)\s*号?文件(?:中)?所载(?:的)?\s*"
                          r"临时议程(?:的基础上)?\s*$")


# 「…，即第 3/1 号决议“人人享有适足住房”和第 3/2 号决议“城市气候行动与韧性”」: each number with its title.
_AS_TITLED = re.compile(rf"^[^，,]*[，,]\s*{_THIS_DRAFT}(?:作为|成为|即)\s*(?P<items>第\s*{_DECISION_NUMBER}\s*号(?:决定|决议)\s*“[^“”]{{2,160}}”"
                        rf"(?:\s*(?:、|，|,|和|及|以及)\s*第\s*{_DECISION_NUMBER}\s*号(?:决定|决议)\s*“[^“”]{{2,160}}”)*)\s*(?=$|[，,。；])")
_TITLED_NUMBER = re.compile(rf"第\s*(?P<number>{_DECISION_NUMBER})\s*号(?P<kind>决定|决议)\s*“(?P<title>[^“”]{{2,160}})”")


def _became_titled(ctx: Context, unit: Unit, obj: str, obj_start: int, adopt) -> None:
    """`_AS_TITLED`: the resolutions or decisions the drafts became, each with its title."""
    match = _AS_TITLED.search(obj)
    if match is None:
        return
    found = []
    for item in _TITLED_NUMBER.finditer(obj, match.start("items"), match.end("items")):
        numbers = decision_numbers(ctx, item.group("number"))
        if not numbers or len(numbers) != 1 or "/" not in item.group("number"):
            return  # only numbers with the reported session, one a title
        found.append((item, numbers[0]))
    for item, number in found:
        span = ctx.span(unit, obj_start + item.start(), obj_start + item.end())
        ref = _numbered_refs(ctx, span, (number,), _kind_of(item))[0]
        adopt(ref, end=obj_start + item.end())
        _title(ctx, ref, unit, obj_start + item.start("title"), obj_start + item.end("title"))


def _became_decisions(ctx: Context, unit: Unit, obj: str, obj_start: int, adopt) -> None:
    """「通过了 X 号文件所载的决定草案，作为第 XXXVI/1 至第 XXXVI/6 号决定」: those decisions,
    and the title of the one titled draft that became the one decision."""
    _became_titled(ctx, unit, obj, obj_start, adopt)
    as_numbered = _AS_NUMBERED.search(obj)
    numbers = decision_numbers(ctx, numbers_written(as_numbered)) if as_numbered else None
    if not numbers:
        return
    numbered_span = ctx.span(unit, obj_start + as_numbered.start(), obj_start + as_numbered.end())
    for ref in _numbered_refs(ctx, numbered_span, numbers, _kind_of(as_numbered)):
        adopt(ref, end=obj_start + as_numbered.end())
    titled = list(_TITLED_DRAFT.finditer(obj, 0, as_numbered.start("list" if as_numbered.group("list") else "bare")))
    if len(titled) == 1 and len(numbers) == 1:  # not 「题为“A”的…和题为“B”的决定草案」
        t_start = obj_start + titled[0].start("title")
        _title(ctx, decision_ref(ctx, ("decision", numbers[0]), kind=_kind_of(as_numbered)), unit, t_start,
               t_start + len(titled[0].group("title")))
    # and the draft named before 「作为」, if it is named by its symbol (`_adopted_symbols`)


def _titled_decision(ctx: Context, unit: Unit, obj: str, obj_start: int, declaration: re.Match[str],
                     annex_decisions, declarations) -> Ref | None:
    """The decision or declaration a `_DECLARATION` match names (「题为“…”的宣言(附件一)」,
    「题为“…”的第 1 号决定」), or None."""
    annex = declaration.group("annex")
    part = f"annex {roman(chinese_number(annex) or 0)}" if annex else None
    if declaration.group("kind").startswith("决定"):
        number = declaration.group("number")
        if number is None and not re.match(r"\s*(?:的|草案)", obj[declaration.end("kind") :]):
            # 「题为“…”的第 1 号决定」, 「…的第 1/CP.31 号决定」, not its draft or report
            ordinal = decision_numbers(ctx, declaration.group("ordinal")) if declaration.group("ordinal") else None
            number = str(ordinal[0]) if ordinal and len(ordinal) == 1 else None
        symbol = parse_symbol(declaration.group("symbol") or "")
        if number is None and symbol is not None and symbol.doc_type == "DEC" and own_decision_symbol(ctx, symbol.text):
            # 「题为“…”的决定(C-28/DEC.4)」: the decision is numbered by its symbol.
            number = next(c for c in symbol.components if c.startswith("DEC")).partition(".")[2] or None
        ref = next((r for r in annex_decisions.get(part or "", [])
                    if number and _is_decision(ctx, r, number)), None)
        if ref is None and number and not annex_decisions.get(part or ""):
            ref = decision_ref(ctx, ("decision", int(number)))
            ctx.add("decisionType", ctx.span(unit, obj_start + declaration.start(), obj_start + declaration.end()),
                    subject=ref, value="OrdinaryDecision")
        return ref
    ref = declarations.get(part) if part else (next(iter(declarations.values())) if len(declarations) == 1 else None)
    if ref is None and not declarations:
        # A declaration adopted in the body, not set out in an annex.
        ref = decision_ref(ctx, ("declaration", 1))
        declarations["body"] = ref
        ctx.add("decisionType", ctx.span(unit, obj_start + declaration.start(), obj_start + declaration.end()),
                subject=ref, value="Declaration")
    return ref


def _adopted_symbols(ctx: Context, obj: str, obj_start: int, adopt) -> None:
    """Documents named by their symbols right after their noun (「议事规则(X/2)」, 「决定草案
    X/L.1」, 「两个工作组的报告(X/Add.1 和 X/Add.2)」); not what one contains (「(X 所载)」,
    「(X 第 10 段和 Y 第 3 段)」, 「(X 附件)」); quoted to the parenthesis' end."""
    previous_draft = None  # where the last draft adopted by its noun and symbol ended: 「决议草案 X 和 Y」
    for sym_start, sym_end, symbol in find_symbols(obj):
        tail = obj[sym_end : sym_end + 20]
        head = re.split(r"[，,、]|和|及", obj[: _paren_of(obj, sym_start)])[-1]  # the noun phrase the symbol belongs to
        if previous_draft is not None and re.fullmatch(r"\s*(?:、|和|及|以及)\s*", obj[previous_draft:sym_start]) \
                and re.match(r"\s*(?:$|[，,。；])", tail) and symbol.doc_type == "L":
            # 「决议草案 HSP/HA.3/L.2 和 HSP/HA.3/L.3」: the second draft of the same noun
            if (ref := ctx.document(symbol.text)) is not None:
                adopt(ref, end=obj_start + sym_end)
            previous_draft = sym_end
            continue
        previous_draft = None
        inner = _in_parenthesis(obj, sym_start, sym_end)
        if re.match(r"\s*\)?\s*(?:号文件)?\s*(?:第\s*\d+\s*段)?\s*(?:所载|所述|中的|附件)", tail) \
                or _CONTAINED.search(head) or (inner is not None and _CONTAINED.search(inner)):
            continue  # something contained in the document, not the document
        if not re.search(r"(?:[\u4e00-\u9fff]{2,}|》)\s*\(\s*$|(?:决定草案|决议草案|提案|修正案|草案)\s*$", head):
            continue  # adopted is the noun the symbol names: 「议事规则(X/2)」, 「决定草案 X/L.1」, 「《T》(X)」
        ref = ctx.document(symbol.text)
        closing = obj.find(")", sym_end) if inner is not None else sym_end
        if re.match(r"\s*的", obj[closing + 1 if inner is not None else sym_end :]):
            continue  # 「议事规则(X/2)的修正案」, 「关于《T》(X)的决定」: something of the document, or about it
        if ref is not None:
            adopt(ref, end=obj_start + closing + 1)
            if inner is None and re.search(r"(?:决定草案|决议草案|草案)\s*$", head):
                previous_draft = sym_end


# 「《title》(附件一)」, 「题为“title”的文件(附件二)」: a text named with the annex that sets it out.
_ANNEXED = re.compile(r"^\s*(?:《(?P<name>[^《》]{2,80}(?:《[^《》]*》[^《》]*)*)》|题为\s*“(?P<name2>[^“”]{2,80})”)\s*\(\s*附件(?P<annex>[一二三四五六七八九十]+)\s*\)"
                      r"\s*(?=$|[，,。；])")


def _annexed_item(ctx: Context, obj: str, annex_decisions, declarations) -> Ref | None:
    """The declaration, or the one decision, of the annex `obj` names (`_ANNEXED`), where
    the name is that annex's title (not 「《与会者名单》(附件一)」 for an annex of a declaration)."""
    match = _ANNEXED.match(obj)
    if match is None:
        return None
    part = f"annex {roman(chinese_number(match.group('annex')) or 0)}"
    title = _annex_title(ctx, part)
    if title is None or _plain(match.group("name") or match.group("name2")) != _plain(ctx.text(title)):
        return None
    decisions = annex_decisions.get(part, [])
    if part in declarations:
        return declarations[part]
    return decisions[0] if len(decisions) == 1 else None


def _plain(name: str | None) -> str:
    """A name without spaces and inner quotation marks, to compare."""
    return re.sub(r"[\s《》〈〉“”‘’「」]", "", name or "")


# Words that say a symbol names what a document contains: 「(X 所载)」, 「(X 第 10 段)」, 「(X 附件)」.
_CONTAINED = re.compile(r"所载|所述|中的|载于|第\s*\d+\s*段|附件")


def _in_parenthesis(obj: str, start: int, end: int) -> str | None:
    """The text of the parenthesis a symbol sits in (「(X 和 Y 所载)」), or None."""
    opening, closing = obj.rfind("(", 0, start), obj.find(")", end)
    if opening < 0 or closing < 0 or ")" in obj[opening:start] or "(" in obj[end:closing]:
        return None
    return obj[opening + 1 : closing]


def _paren_of(obj: str, at: int) -> int:
    """Where the noun phrase before a symbol at `at` ends: after the parenthesis that
    holds it with other symbols before it (「两个工作组的报告(X/Add.1 和 X/Add.2)」), else `at`."""
    opening = obj.rfind("(", 0, at)
    if opening >= 0 and re.fullmatch(r"(?:[\sA-Za-z0-9./\-]+(?:和|及|、|,|，))+\s*", obj[opening + 1 : at]):
        return opening + 1
    return at


# The head noun a document must have for an anaphor to name it, and the wider family of
# nouns whose documents compete with it (any of them before the anaphor but the one: nothing).
_ANAPHOR_HEADS = {
    "报告": (r"报告", r"报告(?:草稿|草案)?"),
    "报告草稿": (r"报告(?:草稿|草案)", r"报告(?:草稿|草案)?"),
    "报告草案": (r"报告(?:草稿|草案)", r"报告(?:草稿|草案)?"),
    "决定草案": (r"(?<!修正)决定草案", r"草案|修正案|提案|案文|草稿"),
    "决议草案": (r"(?<!修正)决议草案", r"草案|修正案|提案|案文|草稿"),
    "草案": (r"(?<!修正)(?:决定|决议)草案", r"草案|修正案|提案|案文|草稿"),
    "提案": (r"(?<!修正)提案", r"草案|修正案|提案|案文|草稿"),
    "议程": (r"(?<!说明的)(?<!附属机构的)临时议程", r"议程"),
    "文件": (r"文件", r""),
}
# A sentence where the document was not (or not here) put for adoption: noted, recalled,
# withdrawn, rejected, another meeting's.
_NOT_FOR_ADOPTION = re.compile(r"注意到|回顾|提及|撤回|否决|驳回|未获|未能|未通过|推迟|将|第[一二三四五六七八九十]+次|审议大会|其临时议程")
_ABOUT_WHAT = re.compile(r"关于[^，。；“”()（）]{1,40}?的(?=[^，。；]{0,12}?(?:草案|草稿|报告|说明|提案)\s*[(（]?\s*[A-Z])")
_antecedent_cache: dict = {}


def _paragraph_symbols(text: str) -> list[tuple[int, int, str, str, bool]]:
    """The symbols of a paragraph (found once): start, end, text, the words before the
    noun phrase it belongs to, and whether its sentence puts it aside (`_NOT_FOR_ADOPTION`)."""
    cached = _antecedent_cache.get("text")
    if cached is not text and cached != text:
        entries = []
        for start, end, symbol in find_symbols(text):
            at = _paren_of(text, start)
            head = text[max(0, at - 16) : at]
            sentence = text[text.rfind("。", 0, start) + 1 : (text.find("。", end) + 1) or len(text)]
            # what a draft is about is no sign (「关于缔约国第四十一次会议日期的决定草案」)
            entries.append((start, end, symbol.text, head, bool(_NOT_FOR_ADOPTION.search(_ABOUT_WHAT.sub("", sentence)))))
        _antecedent_cache.clear()
        _antecedent_cache.update(text=text, entries=entries, starts=[e[0] for e in entries])
    return _antecedent_cache["entries"]


def _antecedent_table(ctx: Context, text: str, noun: str) -> list[tuple[str, int] | None]:
    """For each symbol of the paragraph, what an anaphor of `noun` after it names:
    (symbol, start) where exactly one document of the noun's family is named up to it,
    with the noun as its head, in a sentence that does not put it aside (and for the
    agenda, the meeting's own: a symbol of the report's series, no Add.); else None."""
    entries = _paragraph_symbols(text)
    key = ("table", noun, ctx.symbol)
    if key in _antecedent_cache:
        return _antecedent_cache[key]
    own, family = (re.compile(rf"(?:{p})\s*[(（]?\s*$") for p in _ANAPHOR_HEADS[noun])
    series, _, _ = (ctx.symbol or "").rpartition("/")
    year = re.search(r"/(\d{4})/", ctx.symbol or "")
    table, seen, found, spoiled = [], set(), None, False
    for start, end, symbol, head, aside in entries:
        if family.search(head):
            seen.add(symbol)
            other_year = re.search(r"/(\d{4})/", symbol)
            fits = own.search(head) or (noun == "文件" and re.match(r"\s*号文件", text[end : end + 6]))
            if noun == "议程":
                fits = fits and symbol.rpartition("/")[0] == series and symbol.rpartition("/")[2].isdigit()
            if aside or not fits or (year and other_year and year.group(1) != other_year.group(1)):
                spoiled = True
            else:
                found = (symbol, start)
        table.append(found if len(seen) == 1 and not spoiled else None)
    _antecedent_cache[key] = table
    return table


# A paragraph that goes on at the sitting the paragraph before names: 「在同次会议上，」.
_SAME_SITTING = re.compile(r"^\s*(?:\d{1,3}\s*[.．]\s*)?(?:也是)?(?:在)?同(?:一)?次(?:全体)?会议上\s*[，,]")


def _antecedent_across(ctx: Context, unit: Unit, upto: int, noun: str) -> tuple[str, int] | None:
    """「16. 在第 9 次会议上，主席介绍了…决议草案(X)。 ⏎ 17. 在同次会议上，论坛…通过了该决议草案」:
    the one document of the noun the paragraph right before names (`_antecedent` at its
    end), where this paragraph opens at the same sitting and names no symbol before the
    anaphor, and the paragraph before puts nothing aside after it (withdrawn, rejected,
    deferred). Its offset is this paragraph's start (the evidence quotes this paragraph)."""
    text = ctx.text(unit)
    if unit.kind != "paragraph" or not _SAME_SITTING.match(text) or find_symbols(text[:upto]) \
            or _NOUN_BEFORE[noun].search(text, 0, upto):
        return None  # (another text of the kind named before the anaphor: 「主席介绍了一项决议草案，…通过了该决议草案」)
    units = ctx.seg.units
    index = next((i for i, u in enumerate(units) if u is unit), None)
    previous = next((u for u in reversed(units[:index]) if u.kind != "footnote"), None) if index else None
    if previous is None or previous.kind != "paragraph" or previous.part != unit.part \
            or re.search(r"[\u4e00-\u9fff]", _between_units(ctx, previous, unit)):
        return None  # (a heading between: another section)
    before = ctx.text(previous)
    if re.search(r"[\u4e00-\u9fff]", before[before.rfind("。") + 1 :]):
        return None  # words after its last sentence: a heading run into it (「…。⏎ 第三章 ⏎ 其他事项」)
    frame = before[: max(before.find("，"), 0)]
    if re.search(OTHER_BODY, frame):
        return None  # 「在工作组第 2 次会议上，…」: 「同次会议」 is that body's sitting
    found = _antecedent(ctx, before, len(before), noun)
    if found is None or re.search(r"撤回|否决|未获通过|推迟|修正案", before[found[1] :]):
        return None
    return found[0], 0


# The anaphor's noun said of another text before it in the paragraph (without its symbol).
_NOUN_BEFORE = {noun: re.compile(re.escape(noun[-2:]) if noun not in ("报告", "议程", "文件") else re.escape(noun))
                for noun in ("报告草稿", "报告草案", "决定草案", "决议草案", "报告", "文件", "草案", "议程", "提案")}


def _between_units(ctx: Context, previous: Unit, unit: Unit) -> str:
    """The clean text between two units, without page furniture (headings stand there)."""
    return ctx.clean.text[previous.end : unit.start]


def _antecedent(ctx: Context, text: str, upto: int, noun: str) -> tuple[str, int] | None:
    """The symbol (and its offset) of the one document an anaphor of `noun` at `upto`
    names (「介绍了委员会的报告(X)。…。会议通过了该报告」 → X; 「决定草案 X」); None where
    none or more than one could be meant (`_antecedent_table`)."""
    table = _antecedent_table(ctx, text, noun)
    index = bisect.bisect_left(_antecedent_cache["starts"], upto)
    return table[index - 1] if index > 0 else None


def _listed_decisions(ctx: Context, unit: Unit, after: int) -> list[tuple[Ref, str]]:
    """The decisions a paragraph lists after 「通过了下列三项决定：」, with their
    titles: each label opens a line (or follows the title before it, where the
    extraction joined the lines), its title runs to 「；」, 「。」, the line's end
    or the next label."""
    text = ctx.text(unit)
    # (「WHA81.2 审查 WHA81.1 执行情况」: a label with the series' letters inside a title is none)
    labels = [m for m in _DECISION_LABEL.finditer(text, after)
              if not m.group("root6") or re.search(r"(?:^|\n)\s*(?:\(\s*[a-z]{1,3}\s*\)\s*)?$", text[: m.start()])]
    out = []
    for index, match in enumerate(labels):
        at_line_start = re.search(r"(?:^|\n)\s*$", text[after : match.start()]) or (
            index > 0 and labels[index - 1].end() < match.start() and not re.search(r"[；;。\n]", text[labels[index - 1].end() : match.start()]))
        if not at_line_start:
            continue
        session = match.group("session") or match.group("session0") or match.group("session4") or match.group("session5")
        if session and (ctx.meeting is None or ctx.meeting.ordinal != int(session)):
            continue  # 「第 MC-5/3 号决定」: another session's decision
        if match.group("letters5") and (ctx.series is None or match.group("letters5") != ctx.series.decision_prefix):
            continue  # 「RC-11/3：」 in the Basel COP's report: another convention's decision
        if match.group("root6") and match.group("root6") != _own_prefix(ctx):
            continue  # 「WHA80.3」 in the 81st Assembly's report: another session's resolution
        if match.group("symbol4") and not (ctx.symbol or "").startswith(match.group("root4") + "/"):
            continue  # 「UNEP/CMS/Resolution 15.1」 in a report not under UNEP/CMS/: another body's
        limit = labels[index + 1].start() if index + 1 < len(labels) else len(text)
        stop = re.search(r"[；;。\n]", text[match.end() : limit])
        t_end = match.end() + (stop.start() if stop else limit - match.end())
        title = text[match.end() : t_end]
        # (a footnote call after the title's last word, not a symbol's last number: 「…Resolution 12.1」)
        title = re.sub(r"\s*\d{0,2}\s*$", "", title) if re.search(r"[^\d./\-A-Za-z]\s*\d{1,2}\s*$", title) and stop \
            else title.rstrip()
        if not title.strip():
            continue
        t_end = match.end() + len(title)
        cited = _SYMBOL_PAREN.search(title)
        if cited is not None:
            # 「财务安排(X 和 Corr.1)」, 「…(X)，经口头修订」: what the parenthesis cites (and what
            # follows it) is no part of the title; its draft is taken only where it is one symbol alone
            title = title[: cited.end()]
        draft = _DRAFT_AFTER_TITLE.search(title)
        if draft is None and cited is not None:
            title = title[: cited.start()]
            t_end = match.end() + len(title)
            if not title.strip():
                continue
        if draft is not None:
            # 「(a) 第 8/1 号决议：加强全球塑料污染治理(UNEP/EA.8/L.2)；」: the draft it was adopted
            # from, after the title (adopted with it); any other document cited there is no title
            t_end = match.end() + draft.start()
            title = title[: draft.start()]
            if not title.strip():
                continue
        if not re.search(r"[：:]\s*$", match.group(0)) and not _BARE_TITLE.fullmatch(title.strip()):
            continue  # 「第 13/1 号决议 由主席提交」, 「… 见附件」: no title after the space, nothing taken
        group = next(g for g in ("number", "number2", "number3", "number4", "number5", "number6", "number7")
                     if match.group(g))
        if match.group("symbol") and ctx.symbol and not match.group("symbol").startswith(ctx.symbol.rsplit("/", 1)[0] + "/"):
            continue  # another session's resolution
        # (「…/Res.3：」 is a resolution, 「…/DEC.3：」 a decision, as 号决议 and 号决定 are)
        kind = "Resolution" if re.search(r"/(?:Res|RES)\.\d+$", match.group("symbol") or "") \
            or match.group("word4") == "Resolution" or match.group("number6") else _kind_of(match)
        ref = decision_ref(ctx, ("decision", int(match.group(group))), kind=kind)
        _title(ctx, ref, unit, match.end(), t_end)
        ctx.add("number", ctx.span(unit, match.start(group), match.end(group)), subject=ref,
                value=int(match.group(group)))
        ctx.add("decisionType", ctx.span(unit, match.start(), t_end), subject=ref, value=kind)
        out.append((ref, title))
        if match.group("symbol4"):
            # the document the resolution is (its symbol the label): adopted with it, with its title
            for document in _issued_as(ctx, ref, match.group("symbol4")):
                _title(ctx, document, unit, match.end(), t_end)
                out.append((document, title))
        symbol = parse_symbol(re.sub(r"\s+", "", draft.group("symbol"))) if draft is not None else None
        if symbol is not None and symbol.doc_type in ("L", "CRP") and not draft.group("see"):
            out.append((ctx.document(symbol.text), title))
        after = t_end
    return out


# 「通过了下列决定：第 3/1 号决定(人居署工作方案和预算)和第 3/2 号决定(…的日期和地点)。」: the
# list run on in the sentence, each decision with its title in parentheses.
_INLINE_ITEM_FORM = r"第\s*{}\s*/\s*{}\s*号{}\s*[(（]{}[)）]"
_INLINE_ITEM = re.compile(_INLINE_ITEM_FORM.format(r"(?P<session>\d{1,3})", r"(?P<number>\d{1,3})", r"(?P<kind>决定|决议)",
                                                   r"(?P<title>[^()（）“”]{2,80})"))
_ANY_INLINE_ITEM = _INLINE_ITEM_FORM.format(r"\d{1,3}", r"\d{1,3}", r"(?:决定|决议)", r"[^()（）“”]{2,80}")
_INLINE_LIST = re.compile(rf"\s*[：:]\s*(?P<items>{_ANY_INLINE_ITEM}(?:\s*(?:、|和|及|以及|，|,)\s*{_ANY_INLINE_ITEM})*)\s*(?=[。；;]|$)")


def _inline_titled(ctx: Context, unit: Unit, after: int) -> list[tuple[Ref, str]]:
    """`_INLINE_LIST` right after the list's lead-in (at `after`): the reported session's
    decisions (or resolutions), each with its title; [] unless every item is one."""
    text = ctx.text(unit)
    colon = text.find("：", after)
    if colon < 0:
        return []
    match = _INLINE_LIST.match(text, colon)
    if match is None or ctx.meeting is None:
        return []
    items = list(_INLINE_ITEM.finditer(text, match.start("items"), match.end("items")))
    if any(int(item.group("session")) != ctx.meeting.ordinal or find_symbols(item.group("title"))
           or not _BARE_TITLE.fullmatch(item.group("title").strip()) or _HOW_AMENDED.search(item.group("title"))
           for item in items):
        return []  # another session's, or no title in the parenthesis (a symbol, 「见附件一」, 「经口头修正」)
    out = []
    for item in items:
        kind = _kind_of(item)
        ref = decision_ref(ctx, ("decision", int(item.group("number"))), kind=kind)
        _title(ctx, ref, unit, item.start("title"), item.end("title"))
        ctx.add("number", ctx.span(unit, item.start("number"), item.end("number")), subject=ref, value=int(item.group("number")))
        ctx.add("decisionType", ctx.span(unit, item.start(), item.end()), subject=ref, value=kind)
        out.append((ref, item.group("title")))
    return out


# How a text stood when adopted, in a parenthesis after it: 「(经口头修正)」, 「(经订正)」.
_HOW_AMENDED = re.compile(r"^\s*(?:经|未经)?(?:口头)?(?:修正|订正|修订|修改)(?:后)?\s*$")


# A title after a label and a space (not a colon): words only, not 「由…」, 「见…」, a date or a symbol.
# (「2034–2035 年期间工作方案和预算」 opens with years; 「…，2035 年 12 月 15 日」 ends with a date)
_BARE_TITLE = re.compile(r"(?!由|见|经|载于|参见|参阅)(?![^\n]*\d{4}\s*年\s*\d{1,2}\s*月)"
                         r"[^“”。；：:\s(（，,A-Za-z][^“”。；\n(（，,A-Za-z]{1,60}")
# A parenthesis that cites a document by its symbol.
_SYMBOL_PAREN = re.compile(r"\s*[(（][^()（）]*?[A-Z][A-Za-z0-9.\-]*\s*/[^()（）]*[)）]")
# A symbol in parentheses closing a listed decision's title: 「…治理(UNEP/EA.8/L.2)」.
_DRAFT_AFTER_TITLE = re.compile(r"\s*[(（]\s*(?P<see>(?:见|参见|参阅|载于)\s*)?(?P<symbol>[A-Z][A-Za-z0-9\-.]*(?:\s*/\s*[A-Za-z0-9\-.()]+)+)\s*(?:号文件)?\s*[)）]\s*$")


def most_specific_adopters(ctx: Context) -> None:
    """An item the text says a plenary meeting adopted is not also recorded as
    adopted by its meeting, without a procedure, from a summary of the session
    (「缔约国会议在第十二届会议上通过了下列决议：」 after the plenary that adopted
    each one): the plenary's adoption says more, and says the same."""
    by_plenary = {(f.get("item"), f.get("adopter").key.split("/plenary/")[0]) for f in ctx.facts
                  if f.kind == "adoption" and "/plenary/" in f.get("adopter").key}
    if by_plenary:
        ctx.facts[:] = [f for f in ctx.facts if not (
            f.kind == "adoption" and "/plenary/" not in f.get("adopter").key and f.get("procedure") is None
            and (f.get("item"), f.get("adopter").key) in by_plenary)]


def _plenary_date(ctx: Context, adopter: Ref):
    """The date of an adopting plenary, if the text stated it (set by the plenaries extractor)."""
    for fact in ctx.facts:
        if fact.kind == "date" and fact.get("subject") == adopter:
            return fact.get("value")
    return None


def titles_of_issued_documents(ctx: Context) -> None:
    """A decision adopted together with the document it is issued as (「关于…的决定
    (RC-6/DEC.2)」) and given no title takes that document's title from the
    documents table (「RC-6/DEC.2 … 第七次审议会议的日期」); an adoption whose object is
    a document's title alone (「通过了第二工作组的报告，包括…」) adopts the one document
    the report gives that title. Runs after the documents."""
    _adoptions_by_title(ctx)
    titled = {f.get("subject") for f in ctx.facts if f.kind == "title"}
    for ref, entity in list(ctx.entities.items()):
        document = entity.props.get("issued_as")
        if document is None or ref in titled:
            continue
        titles = {f.get("value"): f for f in ctx.facts if f.kind == "title" and f.get("subject") == document}
        if len(titles) == 1:
            value, fact = next(iter(titles.items()))
            ctx.add("title", fact.span, subject=ref, value=value)
    _titles_of_drafts_adopted(ctx)


def _titles_of_drafts_adopted(ctx: Context) -> None:
    """「题为“…”的决议草案 X … 委员会未经表决通过了该决议草案(第 83/1 号决议)」: one act adopts
    one draft and the one text it became; the text given no title takes the draft's,
    where the report quotes the draft's one title (「题为“…”」; not a documents table's
    description of it, 「决定草案：委员会的会议时间」)."""
    acts: dict[tuple, list] = {}  # (adopter, the sentence the adoption's evidence ends in): its items
    for fact in ctx.facts:
        if fact.kind == "adoption" and not fact.span.in_source:
            sentence_end = ctx.clean.text.find("。", max(0, fact.span.end - 1))
            acts.setdefault((fact.get("adopter"), sentence_end), []).append(fact.get("item"))
    titles: dict[Ref, list] = {}
    for fact in ctx.facts:
        if fact.kind == "title":
            titles.setdefault(fact.get("subject"), []).append(fact)
    for items in acts.values():
        drafts = {i for i in items if i.kind == "document" and (parsed := parse_symbol(i.key)) is not None
                  and parsed.doc_type == "L" and not parsed.suffixes}
        texts = {i for i in items if i.kind == "meeting" and "/decision/" in i.key}
        if len(drafts) != 1 or len(texts) != 1:
            continue
        draft, text = next(iter(drafts)), next(iter(texts))
        values = {f.get("value") for f in titles.get(draft, [])}
        if text in titles or len(values) != 1:
            continue
        fact = next((f for f in titles[draft] if not f.span.in_source
                     and ctx.clean.text[max(0, f.span.start - 1) : f.span.start] == "“"), None)
        if fact is None:
            continue
        ctx.add("title", fact.span, subject=text, value=fact.get("value"))
        titles[text] = [fact]


def _adoptions_by_title(ctx: Context) -> None:
    titles: dict[str, set[Ref]] = {}
    for fact in ctx.facts:
        if fact.kind == "title" and fact.get("subject").kind == "document":
            titles.setdefault(fact.get("value").strip(), set()).add(fact.get("subject"))
    for unit, obj, obj_start, act in ctx.pending_titles:
        head = re.split(r"[，,；;。]", obj, maxsplit=1)[0]
        name = re.sub(r"\s*[(（](?:见|载于)[^()（）]*[)）]\s*$", "", head).strip()
        documents = titles.get(name, set())
        if len(name) < 5 or len(documents) != 1 or re.match(r"(?:该|此|上述|其)", name):
            continue  # no title of one document, or too short a title to name one
        _adopt(ctx, unit, act.start, obj_start + len(head), act.adopter, next(iter(documents)), act.procedure, act.date)
