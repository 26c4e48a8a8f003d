"""Documents: every symbol the report cites (in its body, footnotes, links and
tables, and resolutions cited in words), the documents before the meeting,
their titles and who submitted them."""

from __future__ import annotations

import re

from ..records import Ref, Span
from ..segment import Unit
from ..symbols import find_resolutions, find_symbols, row_symbol, symbol_from_link
from .attendance import sentences
from .context import Context
from .lists import conjunctions, has_conjunction, inside_word, roles_data, split_items
from .meetings import find_meetings

# A documents table is the list of what was before the meeting when its
# annex says so: 「会议收到了下表所列文件」, or a title 「会议文件清单」/「文件一览表」.
_TABLE_INTRO = re.compile(
    r"(?:会议|大会|委员会)?(?:收到了|收到|面前有|审议了|审议)[^。]{0,12}(?:下表|下列|以下)[^。]{0,6}文件"
    r"|^\s*(?:本届会议|本次会议|会议|审议会议|大会)?的?文件(?:清单|一览表?|目录|列表)?\s*$"
    # 「筹备委员会第三届会议收到的文件一览表」, 「审议会议文件清单」
    r"|^\s*[^。，；：]{0,40}?(?:收到的|审议的|面前的)?文件(?:清单|一览表?|目录|列表)\s*$"
    r"|^\s*[^。，；：]{0,40}?(?:收到|审议)的文件\s*$"
    # 「提交缔约国 2024 年会议的文件」: documents submitted to the meeting
    r"|^\s*提交(?:给)?[^。，；：]{0,40}?(?:会议|大会|届会)的文件(?:清单|一览表?|目录|列表)?\s*$"
)
_DECISION_NUMBER = re.compile(r"\s*号决定")
_CONSIDERED = re.compile(r"(?:注意到|介绍了|审议了|审议(?!会议|大会)|收到了|面前有|讨论了)")
_DOC_NOUNS = r"(?:工作文件|报告|文件|说明|资料|提案|建议|决定草案|决议草案|请求|声明|评论)"
_SUBMITTED = re.compile(r"\s*(?P<agent>.{1,80}?)\s*提交(?:的\s*[\u4e00-\u9fff]{0,4}?" + _DOC_NOUNS + r")?\s*$")
# 「黎巴嫩提交的根据《公约》第 4 条延长最后期限的请求」: the submitter opens the title.
_SUBMITTED_LEAD = re.compile(r"(?P<agent>[^：:，,()（）“”《》\s][^：:，,()（）“”《》]{1,60}?)\s*提交的")
# 「禁化武组织 2022 年执行《公约》情况的报告」: a known body's report for a year.
_YEAR_REPORT = re.compile(r"(?P<agent>[^：:，,()（）“”《》\d]{2,40}?)\s*\d{4}\s*年度?[^：:]{0,40}的?(?:年度)?报告\s*$")
_AUTHORS_PAREN = re.compile(r"(?P<role>共同主席|联合主席|协调人|协调员|主持人|促进者|主席)\s*\((?P<list>[^()]+)\)\s*的报告")
_AUTHORS_AFTER = re.compile(r"(?P<role>共同主席|联合主席|协调人|协调员|主持人|促进者|主席)的报告\s*\((?P<list>[^()]+)\)\s*$")
_OF_REPORT = re.compile(
    r"^(?P<agent>[^：:，,()（）]{2,40}?)(?:关于[^：:]*)?的[^的：:]{0,6}?(?:报告|解释性发言|解释性声明|说明|发言)\s*$"
)


def extract(ctx: Context) -> None:
    if ctx.symbol is None:
        return
    own = ctx.symbol
    report = ctx.report_ref()
    for unit in ctx.seg.units:
        text = ctx.text(unit)
        for start, end, symbol in find_symbols(text) + find_resolutions(text):
            if symbol.text == own:
                continue
            if _DECISION_NUMBER.match(text, end) and re.search(r"第\s*$", text[max(0, start - 3) : start]):
                continue  # 「第 MC-6/1 号决定」: a decision's number, not a document's symbol
            ref = ctx.document(symbol.text)
            if ref is not None:
                ctx.add("references", ctx.span(unit, start, end), subject=report, value=ref)
    for link in ctx.clean.links:
        symbol = symbol_from_link(link.url)
        if symbol is None or symbol.text == own:
            continue
        ref = ctx.document(symbol.text)
        if ref is not None:
            ctx.add("references", Span(link.start, link.end, f"link (page {link.page})", in_source=True),
                    subject=report, value=ref)
    _tables(ctx)
    _considered(ctx)


def _tables(ctx: Context) -> None:
    """The documents table: titles, submitters, and what was before the meeting."""
    units = ctx.seg.units
    before_meeting = False
    third_column = False
    for index, unit in enumerate(units):
        if unit.kind == "table-header":
            intro = [ctx.text(u) for u in units[max(0, index - 3) : index] if u.part == unit.part]
            before_meeting = before_meeting and index > 0 and units[index - 1].kind == "table-row" or \
                any(_TABLE_INTRO.search(line) and _names_only_this_meeting(ctx, line)
                    for text in intro for line in text.split("\n"))
            third_column = bool(re.search(r"提交|来源|Submitted|Source", ctx.text(unit)))  # who submitted, last
            continue
        if unit.kind != "table-row":
            continue
        text = ctx.text(unit)
        found = row_symbol(text)
        if found is None:
            continue
        symbol_start, symbol_text = found
        ref = ctx.document(symbol_text)
        if ref is None:
            continue
        title_start = symbol_start + len(text[symbol_start:].split(" ", 1)[0]) + 1
        title = text[title_start:].strip()
        if title and third_column:
            _three_columns(ctx, unit, ref, text, title_start)
        elif title:
            ctx.add("title", ctx.span(unit, title_start, len(text)), subject=ref, value=title)
            _submitters(ctx, unit, ref, text, title_start)
        if before_meeting and ctx.meeting is not None:
            ctx.add("considered", ctx.unit_span(unit), subject=ctx.meeting_ref(ctx.meeting), value=ref)


def _names_only_this_meeting(ctx: Context, line: str) -> bool:
    """A table's heading names no meeting but the reported one (「提交缔约国第四次会议的
    文件」 in the third meeting's report lists what is before the fourth)."""
    return all(ctx.meeting is not None and m.key == ctx.meeting.key for m in find_meetings(ctx, line))


def _three_columns(ctx: Context, unit: Unit, ref: Ref, text: str, title_start: int) -> None:
    """A row 「文号 标题 提交者」: the last cell (after the last space on the row's
    line) is who submitted, or 「—」; a row of one cell is its title. A row wrapped
    over lines has its two cells wrapped side by side (`_wrapped_cells`). Title
    and submitter are taken only where the cell reads as a submitter."""
    row = text.rstrip()
    lines = _row_lines(ctx, unit, title_start, len(row))
    if "\n" in row or lines is None:
        ctx.warn("table-row-wrapped", f"row {text[:title_start].strip()!r}: a wrapped row of a three-column table "
                 "that cannot be read cell by cell; no title or submitter taken", ctx.unit_span(unit))
        return
    if len(lines) > 1:
        cells = _wrapped_cells(ctx, row, lines)
        if cells is None:
            ctx.warn("table-row-wrapped", f"row {text[:title_start].strip()!r}: a wrapped row whose lines do not say "
                     "which cell they continue; no title or submitter taken", ctx.unit_span(unit))
            return
        title, cell = cells
        agents = _submitter_cell(ctx, cell)
        if agents is None:
            ctx.warn("submitter-unresolved", f"last cell {cell!r} of row {text[:title_start].strip()!r} does not read "
                     "as a submitter; no title or submitter taken", ctx.unit_span(unit))
            return
        span = ctx.span(unit, title_start, len(row))  # the cells interleave: the row is the evidence
        ctx.add("title", span, subject=ref, value=title)
        for _, _, agent in agents:
            ctx.add("submittedBy", span, subject=ref, value=agent)
        return
    cut = row.rfind(" ")
    if cut < title_start or _DIGIT_SPACE.match(row, cut - 1):
        # One cell (a space after a number, 「缔约国 2024 年会议报告」, is inside it):
        # a row always has its title; the submitter's cell is the one left blank.
        if row[title_start:].strip():
            ctx.add("title", ctx.span(unit, title_start, len(row)), subject=ref, value=row[title_start:])
        return
    agents = _submitter_cell(ctx, row[cut + 1 :])
    if agents is None:
        ctx.warn("submitter-unresolved", f"last cell {row[cut + 1:]!r} of row {text[:title_start].strip()!r} does not "
                 "read as a submitter; no title or submitter taken", ctx.unit_span(unit))
        return
    title_end = len(row[:cut].rstrip())
    ctx.add("title", ctx.span(unit, title_start, title_end), subject=ref, value=row[title_start:title_end])
    for start, end, agent in agents:
        ctx.add("submittedBy", ctx.span(unit, cut + 1 + start, cut + 1 + end), subject=ref, value=agent)


_DASHES = ("—", "-", "–", "－")
# The space PDF extraction leaves between a number and its measure word: 「2024 年」, 「第 3 次」.
_DIGIT_SPACE = re.compile(r"\d\s(?:[年月次届个项号条款段]|日(?!本))")  # not 「…文件 2 日本」


def _submitter_cell(ctx: Context, cell: str) -> list[tuple[int, int, Ref | None]] | None:
    """Who a submitter's cell names, as (start, end, agent) within the cell: [] for
    「—」 or an officer the report does not name; None when the cell does not
    read as a submitter."""
    if cell in _DASHES:
        return []
    items = split_items(cell, lambda name: _agent(ctx, name, known_only=True))
    if items and all(item.value is not None for item in items):
        return [(item.start, item.end, item.value) for item in items]
    if _org_like(cell) and _organization_pair(cell) is None and (agent := _agent(ctx, cell)) is not None:
        return [(0, len(cell), agent)]  # one cell, one submitter: 「预算和财务委员会」 keeps its 「和」
    if _officer_cell(cell):
        # An officer (「报告员」, 「主席」): the agent only where the officer is known.
        agent = _agent(ctx, cell, known_only=True)
        return [(0, len(cell), agent)] if agent is not None else []
    return None


def _reads_as_submitter(ctx: Context, cell: str) -> bool:
    """`_submitter_cell` without recording anything: known names, an
    organization's shape, or an officer."""
    known = lambda name: ctx.gaz.state(name.strip()) or ctx.gaz.organization(name.strip()) \
        or name.strip() in ("主席", "会议主席")  # noqa: E731
    items = split_items(cell, known)
    return cell in _DASHES or bool(items) and all(item.value for item in items) \
        or _org_like(cell) and _organization_pair(cell) is None or _officer_cell(cell)


def _row_lines(ctx: Context, unit: Unit, start: int, end: int) -> list[tuple[int, int]] | None:
    """The pieces of the row text [start, end) that were lines of the source
    (the normalizer joins a wrapped row); None where something other than line
    breaks lies between them (a page's furniture)."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    previous = None
    for i in range(start, end):
        at = ctx.clean.to_source(unit.start + i, unit.start + i + 1)[0]
        if previous is not None and at != previous + 1:
            gap = ctx.source[previous + 1 : at]
            if "\n" not in gap:
                continue
            if gap.strip():
                return None
            pieces.append((piece_start, i))
            piece_start = i
        previous = at
    pieces.append((piece_start, end))
    return pieces


def _wrapped_cells(ctx: Context, row: str, lines: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(title, submitter) of a row whose title and submitter cells wrap side by
    side: 「…关于其 2024 年 加强《公约》工 ⏎ 工作的报告 作组」. Each line's last
    space parts its title from its submitter piece; a line of one piece continues
    the title or the submitter, whichever then reads as a submitter's cell in one
    way only; otherwise None."""
    title, cell = "", ""
    for index, (start, end) in enumerate(lines):
        line = row[start:end].strip()
        cut = line.rfind(" ")
        if cut >= 0:
            title += line[:cut].rstrip()
            cell += line[cut + 1 :]
        elif index == 0:
            title += line
        else:
            as_title, as_cell = _reads_as_submitter(ctx, cell), _reads_as_submitter(ctx, cell + line)
            if as_title == as_cell:
                return None
            if as_title:
                title += line
            else:
                cell += line
    return (title, cell) if title and cell else None


def _officer_cell(cell: str) -> bool:
    """A submitter's cell that names an officer: 「主席」, 「会议主席」, 「秘书处」, or
    an office with its body and the holder's state, 「工作组主席(墨西哥)」."""
    terms = {term["zh"] for term in roles_data()["office_terms"]}
    if cell in terms | {"会议主席", "秘书处"}:
        return True
    match = re.fullmatch(r"(?P<office>[\u4e00-\u9fff]{1,16})\s*[(（][^()（）]{2,40}[)）]", cell)
    return match is not None and match.group("office").endswith(tuple(terms)) \
        and any(word in match.group("office") for word in ("会议", *roles_data()["body_words"]))


def _submitters(ctx: Context, unit: Unit, ref: Ref, text: str, title_start: int) -> None:
    title = text[title_start:]
    tail = _after_last_colon(title)  # the submitter follows the title proper: 「…：X提交的工作文件」
    match = _SUBMITTED.match(title, tail) if tail else None
    if match:
        a_start, a_end = title_start + match.start("agent"), title_start + match.end("agent")
        agent_text = text[a_start:a_end]
        on_behalf = re.fullmatch(r"以(?P<who>.+?)(?:的)?名义", agent_text)
        if on_behalf is not None:
            # 「以不结盟运动名义提交」: on behalf of a group, which is the submitter named.
            a_start, a_end = a_start + on_behalf.start("who"), a_start + on_behalf.end("who")
            agent_text = text[a_start:a_end]
        if "代表" in agent_text:
            # 「墨西哥代表 14 个缔约国提交」, 「墨西哥代表提交」: a State before 「代表」
            # submitted in either reading (on behalf of others, or through its
            # representative). An organization there is ambiguous (「X代表Y组织」:
            # X on behalf of Y, or Y as X's representative).
            cut = a_start + agent_text.index("代表")
            states = split_items(text, lambda name: ctx.state(name), a_start, cut)
            if not states or any(item.value is None for item in states):
                ctx.warn("submitter-ambiguous", f"submitter {agent_text!r}: 「代表」 may mean 'on behalf of'; not emitted",
                         ctx.span(unit, a_start, a_end))
                return
            for item in states:  # 「巴西、埃及…和南非代表新议程联盟提交」: each State
                ctx.add("submittedBy", ctx.span(unit, item.start, len(text)), subject=ref, value=item.value)
            return
        pair = _organization_pair(agent_text)
        partner = _PARTNER.fullmatch(agent_text)
        if pair is not None:
            agents = [(s, _agent(ctx, agent_text[s:e])) for s, e in pair]
            if all(agent is not None for _, agent in agents):
                for s, agent in agents:
                    ctx.add("submittedBy", ctx.span(unit, a_start + s, len(text)), subject=ref, value=agent)
                return
        if partner is not None and (ctx.organization(partner.group("network"), known_only=True)
                                    or _org_like(partner.group("network"))):
            s, e = partner.span("name")
            agent = ctx.organization(agent_text[s:e])
            if agent is not None:
                ctx.add("submittedBy", ctx.span(unit, a_start + s, len(text)), subject=ref, value=agent)
                return
        items = split_items(text, lambda name: _agent(ctx, name, known_only=True), a_start, a_end)
        if any(item.value is None for item in items):
            if len(items) == 1 and _org_like(agent_text) and _one_name(ctx, agent_text):
                items = [type(items[0])(items[0].start, items[0].end, items[0].text, _agent(ctx, items[0].text))]
            else:
                ctx.warn("submitter-unresolved", f"submitters {agent_text!r} could not be told apart; not emitted",
                         ctx.span(unit, a_start, a_end))
                return
        for item in items:
            if item.value is not None:
                ctx.add("submittedBy", ctx.span(unit, item.start, len(text)), subject=ref, value=item.value)
        return
    for pattern in (_AUTHORS_PAREN, _AUTHORS_AFTER):
        match = pattern.search(title)
        if match:
            l_start, l_end = title_start + match.start("list"), title_start + match.end("list")
            items = split_items(text, lambda name: ctx.state(name), l_start, l_end)
            if items and all(item.value is not None for item in items):
                for item in items:
                    ctx.add("submittedBy", ctx.span(unit, title_start + match.start(), title_start + match.end()),
                            subject=ref, value=item.value)
            return
    # 「X的报告」, or after the title proper 「…：X的报告」: X wrote it.
    tail_start = _after_last_colon(title)
    match = _OF_REPORT.match(title[tail_start:])
    if match and not find_meetings(ctx, match.group("agent")):
        agent_text = match.group("agent")
        agent = _agent(ctx, agent_text, known_only=True)
        if agent is None and agent_text.endswith("代表团"):
            agent = ctx.state(agent_text[: -len("代表团")])
        if agent is None and _org_like(agent_text) and not has_conjunction(agent_text):
            agent = ctx.organization(agent_text)
        if agent is not None:
            ctx.add("submittedBy", ctx.span(unit, title_start + tail_start, len(text)), subject=ref, value=agent)
            return
    for pattern in (_SUBMITTED_LEAD, _YEAR_REPORT):
        match = pattern.match(title)
        if match is None or find_meetings(ctx, match.group("agent")):
            continue
        # Only names the gazetteers know: the opening words of a title are
        # too often its subject to take an unknown one as the author.
        a_start, a_end = title_start + match.start("agent"), title_start + match.end("agent")
        items = split_items(text, lambda name: _agent(ctx, name, known_only=True), a_start, a_end)
        if items and all(item.value is not None for item in items):
            for item in items:
                ctx.add("submittedBy", ctx.span(unit, item.start, len(text)), subject=ref, value=item.value)
        return


def _after_last_colon(title: str) -> int:
    """Where the part after the last colon outside quotes begins (0 if none)."""
    depth, cut = 0, 0
    for index, char in enumerate(title):
        if char in "“《":
            depth += 1
        elif char in "”》" and depth:
            depth -= 1
        elif char in "：:" and depth == 0:
            cut = index + 1
    return cut


# 「国际废除核武器运动合作伙伴 Disarmisti Esigenti」: a network's partner, named after it.
_PARTNER = re.compile(r"(?P<network>[^、，,]{2,40}?)的?合作伙伴\s*(?P<name>[^、，,\s][^、，,]{1,60})")


def _organization_pair(agent: str) -> list[tuple[int, int]] | None:
    """「核时代和平基金会和“扭转趋势：…”倡议」: two organizations unknown to the
    gazetteer, joined by 「和/及/与」 outside quotation marks, where exactly one
    join has a whole organization's name on both sides."""
    depth, joins = 0, []
    for index, char in enumerate(agent):
        if char in "“《":
            depth += 1
        elif char in "”》" and depth:
            depth -= 1
        elif char in "和及与" and depth == 0 and 0 < index < len(agent) - 1 and not inside_word(agent, index):
            joins.append(index)
    splits = [j for j in joins if _org_like(agent[:j]) and _org_like(agent[j + 1 :])]
    if len(splits) != 1 or re.search(r"[、，,；;]", _unquoted(agent)):
        return None
    cut = splits[0]
    return [(0, cut), (cut + 1, len(agent))]


def _unquoted(text: str) -> str:
    """The text with quoted parts (“…”, 《…》) removed."""
    return re.sub(r"“[^”]*”|《[^》]*》", "", text)


def _org_like(name: str) -> bool:
    """An unknown submitter is taken as written only if it reads as an
    organization's name (「…组织」, 「…项目」, 「…大学」)."""
    core = re.sub(r"\s*\([^()]*\)\s*$", "", name.strip())
    return any(core.endswith(suffix) for suffix in roles_data()["organization_suffixes"])


def _one_name(ctx: Context, name: str) -> bool:
    """`name` reads as one body's name: no 和/及/与 in it, or each one with a
    part before it that names nothing (「科学和技术委员会主席团」: 「科学」 is neither
    a State nor an organization, so the 和 is inside the name). 「A组织和B委员会」
    could be two submitters and is not one name."""
    for index in conjunctions(name):
        before = name[:index].strip()
        if _org_like(before) or _agent(ctx, before, known_only=True) is not None:
            return False
    return True


def _agent(ctx: Context, name: str, known_only: bool = False) -> Ref | None:
    name = name.strip()
    if name in ("主席", "会议主席") and ctx.meeting is not None:
        return _president_office(ctx)
    return ctx.state(name) or ctx.organization(name, known_only=known_only)


def _president_office(ctx: Context) -> Ref | None:
    for fact in ctx.facts:
        if (fact.kind == "office" and fact.get("role") == "President"
                and ctx.meeting is not None and fact.get("meeting") == Ref("meeting", ctx.meeting.key)):
            holder: Ref = fact.get("holder")
            return Ref("office", f"{ctx.meeting.key}/President/{holder.kind}/{holder.key}")
    return None


def _considered(ctx: Context) -> None:
    """「会议注意到…(SYMBOL)」, 「介绍了…报告(SYMBOL)」: documents before the meeting."""
    if ctx.meeting is None:
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    negative = roles_data()["not_adopted"]
    for unit in ctx.seg.units:
        if unit.part != "body" or unit.kind != "paragraph":
            continue
        text = ctx.text(unit)
        for s, e in sentences(text):
            sentence = text[s:e]
            verb = _CONSIDERED.search(sentence)
            # 「推迟审议」, 「撤回了」, 「未能就…达成协商一致」, 「被否决」: before the
            # meeting, and not adopted.
            failed = next((sentence.find(word) for word in negative if word in sentence), None)
            if verb is None and failed is None:
                continue
            if verb is not None and failed is None and find_meetings(ctx, sentence[: verb.start()]) \
                    and not sentence[: verb.start()].strip().startswith("在"):
                continue  # another meeting's subject
            start = verb.end() if verb is not None and failed is None else 0
            for sym_start, sym_end, symbol in find_symbols(sentence[start:]):
                if re.search(r"[(（]\s*(?:见|参见|参看|参阅)[^()（）]*$", sentence[: start + sym_start]):
                    continue  # 「决定草案(见 X 和 Y，附件一)」: where to read it, not what was before the meeting
                ref = ctx.document(symbol.text)
                if ref is not None and symbol.text != ctx.symbol:
                    ctx.add("considered", ctx.span(unit, s, s + start + sym_end), subject=meeting, value=ref)
