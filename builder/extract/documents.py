"""Documents: every symbol the report cites (in its body, footnotes, links and
tables, and resolutions cited in words), the documents before the meeting,
their titles and who submitted them."""

from __future__ import annotations

import re

from ..gazetteer import lookup_form
from ..iri import name_key, symbol_key
from ..records import Ref, Span
from ..segment import Unit
from ..symbols import find_resolutions, find_symbols, names_a_body, row_symbol, symbol_from_link
from ..symbols import parse as parse_symbol
from .sentences import clause_start, sentences
from .context import Context
from .lists import conjunctions, has_conjunction, inside_word, roles_data, split_items
from .meetings import find_meetings, meetings_named

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
# Symbols in 「第 A 至 B 号决定」, 「第 A、B 和 C 号决定」: each one's neighbours are more numbers.
_NUMBER_JOIN = r"\s*(?:至|到|、|，|,|和|及|以及|—|－)\s*(?:第\s*)?"
_NUMBERS_AFTER = re.compile(r"(?:\s*号)?(?:" + _NUMBER_JOIN + r"[A-Za-z\d][\w.\-/]*(?:\s*号)?)*\s*(?:号\s*)?决定")
_CONSIDERED = re.compile(r"(?:注意到|介绍了|审议了|审议(?!会议|大会)|收到了|面前有|讨论了)")
_DOC_NOUNS = r"(?:工作文件|报告|文件|说明|资料|提案|建议|决定草案|决议草案|请求|声明|评论)"
_SUBMITTED = re.compile(r"\s*(?P<agent>.{1,80}?)\s*提交(?:的\s*[\u4e00-\u9fff]{0,4}?" + _DOC_NOUNS + r")?\s*$")
# 「黎巴嫩提交的根据《公约》第 4 条延长最后期限的请求」: the submitter opens the title;
# 「乍得根据第五条提出的延长最后期限请求」: 「提出的」 a request or proposal, under a
# rule (an article, a decision) named between the two. Not 「秘书处根据乍得提出的请求」,
# which may be Chad's request.
_SUBMITTED_LEAD = re.compile(r"(?P<agent>[^：:，,()（）“”《》\s][^：:，,()（）“”《》]{1,60}?)\s*(?:提交的"
                             r"|(?:(?:根据|按照|依照)[^：:，,()（）“”的]{1,30}(?:条|款|段|决定|决议|规则))?"
                             r"提出的[^：:]{0,40}(?:请求|提案|建议)\s*$)")
# 「禁化武组织 2022 年执行《公约》情况的报告」: a known body's report for a year.
_YEAR_REPORT = re.compile(r"(?P<agent>[^：:，,()（）“”《》\d]{2,40}?)\s*\d{4}\s*年度?[^：:]{0,40}的?(?:年度)?报告\s*$")
_AUTHORS_PAREN = re.compile(r"(?P<role>共同主席|联合主席|协调人|协调员|主持人|促进者|主席)\s*\((?P<list>[^()]+)\)\s*的报告")
_AUTHORS_AFTER = re.compile(r"(?P<role>共同主席|联合主席|协调人|协调员|主持人|促进者|主席)的报告\s*\((?P<list>[^()]+)\)\s*$")
_OF_REPORT = re.compile(
    r"^(?P<agent>[^：:，,()（）]{2,40}?)(?:关于[^：:]*)?的[^的：:]{0,6}?(?:报告|解释性发言|解释性声明|说明|发言|工作文件)\s*$"
)
# 「执行和遵约委员会第八次会议工作报告」, 「…委员会第二十二届会议的报告」: a body's report on its session.
_SESSION_REPORT = re.compile(
    r"^(?P<agent>[^：:，,()（）]{2,40}?)\s*第\s*[一二三四五六七八九十百零〇\d]+\s*(?:届|次)会议的?(?:工作)?报告\s*$"
)


def decision_number(text: str, end: int, symbol: str) -> bool:
    """Whether the symbol ending at `end` is a decision's number: 「第 MC-6/1 号决定」, 「第 MC-7/1
    至 MC-7/6 号决定」, 「第 MC-7/1 号和第 MC-7/2 号决定」, 「MC-7/7 号决定」 (not 「RC-6/DEC.1」,
    a document's symbol)."""
    after = _NUMBERS_AFTER.match(text, end)
    return after is not None and "号" in after.group(0) and not re.search(r"/(?:RES|Res|DEC|Dec)\b", symbol)


def convention_decision(ctx: Context, symbol: str) -> bool:
    """Whether `symbol` is the reported convention's decision number written as it
    writes them, anywhere: 「BC-18/1」 in a Basel report (the letters are its series'
    `decision_prefix`), as in a list 「(a) BC-18/1：title」; no document's symbol. Only the
    convention's own letters: 「RC-6/1」 is a document of the Chemical Weapons Convention's
    review conference, and the Rotterdam decisions' letters too."""
    number = re.fullmatch(r"([A-Z]{1,6})-\d{1,3}/\d{1,3}", symbol)
    return number is not None and ctx.series is not None and ctx.series.decision_prefix == number.group(1) \
        and not (ctx.symbol or "").startswith(number.group(1) + "-")


def extract(ctx: Context) -> None:
    if ctx.symbol is None:
        return
    own = ctx.symbol
    report = ctx.report_ref()
    for unit in ctx.seg.units:
        text = ctx.text(unit)
        for start, end, symbol in find_symbols(text) + find_resolutions(text):
            if symbol.text == own or names_a_body(text, start, symbol):
                continue  # (「全体委员会(GC(70)/COM.5)」: the committee, not a document)
            if decision_number(text, end, symbol.text) or convention_decision(ctx, symbol.text):
                continue
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
    _headerless_rows(ctx)
    _listed_titles(ctx)
    _quoted_titles(ctx)
    _considered(ctx)
    _submitted_in_text(ctx)
    _authors_in_text(ctx)
    _reports_of_meetings(ctx)


# 「委员会 2030 年实质性会议的报告(A/85/42)」, 「…第七十四届会议的报告，1」 with the symbol in
# footnote 1: the document is that meeting's report (a draft, 「报告草稿」, is not).
_REPORT_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,40}\d[^()（）]{0,40}[)）]\s*)?(?:的)?\s*(?:最后|工作)?报告\s*》?\s*"
                           r"(?:[(（]\s*(?P<symbols>[^()（）]{3,90}?)\s*[)）]"
                           r"|[，,]?\s*(?P<call>\d{1,2})(?=\s*(?:[，,。；;]|\n|$))"
                           # 「…第十一届会议(2031 年 12 月 15 日至 19 日，多哈)的报告载于 CAC/COSP/11/14 号文件」
                           r"|载于\s*(?P<in_doc>[A-Z][A-Za-z0-9.\-/()]*?)\s*号?文件(?=\s*(?:[，,。；;]|$)))")


# 「巴塞尔公约缔约方会议第十八次会议和鹿特丹公约缔约方大会第十三次会议的报告分别载于 A 和 B 号文件」:
# two meetings, then their reports in the same order.
_RESPECTIVELY_IN = re.compile(r"\s*的\s*(?:最后|工作)?报告\s*分别载于\s*(?P<first>[A-Z][A-Za-z0-9.\-/()]*?)\s*(?:和|及|与|、)\s*"
                              r"(?P<second>[A-Z][A-Za-z0-9.\-/()]*?)\s*号?文件(?=\s*(?:[，,。；;]|$))")


def _reports_respectively(ctx: Context, unit: Unit, text: str, mentions: list) -> None:
    for first, second in zip(mentions, mentions[1:]):
        if not re.fullmatch(r"\s*(?:和|及|与|以及)\s*", text[first.end : second.start]):
            continue
        after = _RESPECTIVELY_IN.match(text, second.end)
        if after is None:
            continue
        for mention, group in ((first, "first"), (second, "second")):
            symbols = find_symbols(after.group(group))
            info = ctx.meetings.get(mention.key)
            if len(symbols) != 1 or symbols[0][2].text != after.group(group) or info is None or symbols[0][2].doc_type:
                return  # (each part one whole symbol of an issued document, or nothing is said)
        for mention, group in ((first, "first"), (second, "second")):
            ref = ctx.document(after.group(group))
            if ref is not None:
                ctx.add("reportOf", ctx.span(unit, after.start(group), after.end(group)), document=ref,
                        meeting=ctx.meeting_ref(ctx.meetings[mention.key]))


def _reports_of_meetings(ctx: Context) -> None:
    footnotes = {int(m.group(1)): u for u in ctx.seg.units if u.kind == "footnote"
                 and (m := re.match(r"\s*(\d{1,2})\s", ctx.text(u))) is not None}
    for unit in ctx.seg.units:
        if unit.kind not in ("paragraph", "footnote"):
            continue
        text = ctx.text(unit)
        if "报告" not in text:
            continue
        mentions = meetings_named(ctx, text)
        if "分别载于" in text:
            _reports_respectively(ctx, unit, text, mentions)
        for mention in mentions:
            after = _REPORT_AFTER.match(text, mention.end)
            if after is None or re.search(r"关于[^，。；]{0,12}$", text[max(0, mention.start - 14) : mention.start]):
                continue  # (「秘书长关于委员会第七十四届会议的报告」: a report about it)
            if after.group("symbols") is not None or after.group("in_doc") is not None:
                group = "symbols" if after.group("symbols") is not None else "in_doc"
                where, body, offset = unit, after.group(group), after.start(group)
            else:
                where = footnotes.get(int(after.group("call")))
                if where is None:
                    continue
                body = ctx.text(where)
                offset = 0
            symbols = find_symbols(body)
            # the parenthesis (or the footnote) names one document: one symbol, or the parts of one joint symbol
            joint = len(symbols) > 1 and all(symbols[i][1] + 1 == symbols[i + 1][0] and body[symbols[i][1]] == "-"
                                             for i in range(len(symbols) - 1))
            if not symbols or len(symbols) > 1 and not joint:
                continue
            if where is unit and re.sub(r"[\s-]", "", body) != "".join(s.text.replace(" ", "") for _, _, s in symbols):
                continue  # 「(X，第 25 段)」: more than the symbol in the parenthesis
            info = ctx.meetings.get(mention.key)
            if info is None:
                continue
            for start, end, symbol in symbols:
                if symbol.doc_type is not None or symbol.text == ctx.symbol:
                    continue  # 「(X/L.1)」: a draft, not the issued report; the report's own symbol: its title's
                if _another_bodys_symbol(ctx, symbol.text, info.series):
                    continue  # 「统计委员会第九届会议的报告(ESCAP/CST/2039/9)」: a regional committee's, not the series'
                ref = ctx.document(symbol.text)
                if ref is not None:
                    ctx.add("reportOf", ctx.span(where, offset + start, offset + end), document=ref,
                            meeting=ctx.meeting_ref(info))


# The records in which a body's report may be printed: the Assembly's and the Council's.
_RECORDS_SERIES = frozenset({"ga-session", "ecosoc-session"})


def _another_bodys_symbol(ctx: Context, symbol: str, series: str) -> bool:
    """A report's symbol that no document of `series` has: the series has a symbol
    prefix, the symbol is not of it, nor of the Assembly's or the Council's records
    (where a body's session report is printed, A/89/20)."""
    entry = ctx.gaz.series.get(series)
    if entry is None or not entry.symbol_prefix:
        return False
    owner = ctx.gaz.series_by_prefix(symbol)
    return owner is None or owner.key != series and owner.key not in _RECORDS_SERIES


def _own_outcome(ctx: Context, symbol: str) -> bool:
    """「ISBA/31/A/DEC.1」 in the table of the session's documents (report ISBA/31/A/12): a
    decision or resolution the session issued, its outcome, not a document before it."""
    parsed = parse_symbol(symbol)
    kind = (parsed.doc_type if parsed is not None else None) or (re.search(r"/(DEC|RES|Res|Dec)\.\d", symbol) or [None, None])[1]
    return bool(kind) and kind.upper() in ("DEC", "RES") and ctx.symbol is not None \
        and symbol.startswith(ctx.symbol.rsplit("/", 1)[0] + "/")


def _tables(ctx: Context) -> None:
    """The documents table: titles, submitters, and what was before the meeting."""
    units = ctx.seg.units
    before_meeting = False
    third_column = date_column = item_column = last_item_column = False
    for index, unit in enumerate(units):
        if unit.kind == "table-header":
            intro = [ctx.text(u) for u in units[max(0, index - 3) : index] if u.part == unit.part]
            before_meeting = before_meeting and index > 0 and units[index - 1].kind == "table-row" or \
                any(_TABLE_INTRO.search(line) and _names_only_this_meeting(ctx, line)
                    for text in intro for line in text.split("\n"))
            third_column = bool(re.search(r"提交|来源|Submitted|Source", ctx.text(unit)))  # who submitted, last
            date_column = bool(re.search(r"日期|Date", ctx.text(unit)))  # 「文号 日期 标题 提交方」: a date after the symbol
            item_column = bool(re.search(r"文号\s+议程项目", ctx.text(unit)))  # 「文号 议程项目 标题」: an item number after it
            # 「文件标号 标题 议程项目」: the item number last, after the title
            last_item_column = bool(re.search(r"(?:说明|标题|名称|题目)\s+议程项目\s*$", ctx.text(unit)))
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
        dated = _DATE_CELL.match(text, title_start) if date_column else None
        if date_column and dated is None:
            continue  # a row without the date its table has: its cells are not sure
        title_start = dated.end() if dated else title_start
        item = _ITEM_CELL.match(text, title_start) if item_column else None
        if item_column and item is None and not (
                re.match(r"\s+(?![和及至]|同上|项目|[一二三四五六七八九十百]+(?:\s|$))[\u4e00-\u9fff《“]", text[title_start:])
                and not find_symbols(text[title_start:]) and "Corr" not in text[title_start:]):
            # a row without its agenda item: its cells are not sure (but an empty cell, two spaces
            # wide, before a Chinese title: 「E/CN.6/2031/INF/1  与会者名单」, a document of no item)
            continue
        title_start = item.end() if item else title_start
        if last_item_column:
            last = _LAST_ITEM_CELL.search(text, title_start)
            if last is None:
                continue  # a row without the item its table ends with: its cells are not sure
            text = text[: last.start()]
        title = text[title_start:].strip()
        if title and third_column:
            _three_columns(ctx, unit, ref, text, title_start)
        elif title and (note := _AUTHOR_NOTE.search(text, title_start)) is not None and note.start() > title_start:
            # 「临时议程和说明。执行秘书的说明」 (the UNFCCC's tables): the title, then what the
            # document is and who wrote it
            ctx.add("title", ctx.span(unit, title_start, note.start()), subject=ref, value=text[title_start:note.start()].strip())
            items = split_items(text, lambda name: _agent(ctx, name, known_only=True), note.start("agent"),
                                note.end("agent")) if note.group("agent") else []
            if items and all(item.value is not None for item in items):
                # only names the gazetteers or the report know (not 「基金董事会」, a body left unnamed)
                for item in items:
                    ctx.add("submittedBy", ctx.span(unit, item.start, note.end()), subject=ref, value=item.value)
        elif title:
            ctx.add("title", ctx.span(unit, title_start, len(text)), subject=ref, value=title)
            _submitters(ctx, unit, ref, text, title_start)
        if before_meeting and ctx.meeting is not None and not _own_outcome(ctx, symbol_text):
            ctx.add("considered", ctx.unit_span(unit), subject=ctx.meeting_ref(ctx.meeting), value=ref)


# What a document is and who wrote it, after its title and a full stop, in one cell:
# 「。秘书处的说明」, 「。主席团的报告」, 「。主席提出的决定草案」, 「。结论草案」, 「。增编」.
_AUTHOR_NOTE = re.compile(r"。\s*(?:(?P<agent>[^。\s]{1,20}?)(?:提出|提交|编写)?的\s*(?:说明|报告|决定草案(?:案文)?|(?:商定)?结论草案|决议草案|提案|建议|案文)"
                          r"|(?:商定)?结论草案|决定草案|决议草案|增编|更正|订正)\s*(?:\d{1,2})?"
                          r"(?:\s*。\s*(?:增编|更正|订正)\s*(?:\d{1,2})?)?\s*$")  # 「。秘书处的说明。增编」
# An agenda item's cell: 「2」, 「4 (a)」, 「3、4」.
_ITEM = r"\d{1,2}(?:\s*\(\s*[a-z]\s*\))?(?:\s*[、,和]\s*\d{1,2}(?:\s*\(\s*[a-z]\s*\))?)*"
_ITEM_CELL = re.compile(rf"\s*{_ITEM}\s+(?=\S)")
# The same cell ending a row, after the title (a space before it); the heading of the
# table's next part may follow, run into the row (「… 3限制分发系列」, 「一般系列」, 「会议室文件」).
_LAST_ITEM_CELL = re.compile(rf"\s+{_ITEM}\s*"
                             r"(?:(?:一般|限制分发|分发有限|资料|参考|会议室|非政府组织|背景|非正式)(?:系列|文件))?\s*$")
# A date cell: 「2028 年 2 月 14 日」, 「14 February 2028」.
_DATE_CELL = re.compile(r"\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\s+")


def _headerless_rows(ctx: Context) -> None:
    """An annex headed as the documents before the meeting (「…第二十六届会议收到的文件」)
    whose lines open with a symbol and have no table header (the UNFCCC's): each
    such line a row 「symbol title」 (a line without a symbol continues the row
    before), its title before 「。X的说明」 and X as the submitter where known, and
    the document before the meeting."""
    if ctx.meeting is None or any(u.kind == "table-header" for u in ctx.seg.units):
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    annexes: dict[str, list[Unit]] = {}
    for unit in ctx.seg.units:
        if unit.part != "body" and unit.kind in ("annex-title", "paragraph"):
            annexes.setdefault(unit.part.split(",")[0], []).append(unit)
    for units in annexes.values():
        heading = ctx.text(units[0])
        if not (_TABLE_INTRO.search(heading) and find_meetings(ctx, heading) and _names_only_this_meeting(ctx, heading)):
            continue  # (the heading must name the reported meeting: not 「附属履行机构…收到的文件」)
        rows: list[list] = []  # [unit, start, end(, "continues")] of each row's text within its unit
        for unit in units[1:]:
            text = ctx.text(unit)
            previous = ctx.text(rows[-1][0])[rows[-1][1] : rows[-1][2]].rstrip() if rows else ""
            if rows and rows[-1][0] is not unit and unit.kind == "annex-title" and len(text.strip()) <= 3 \
                    and previous and not previous.endswith("。") and row_symbol(text) is None:
                rows.append([unit, 0, len(text), "continues"])  # 「告」: the end of the row before, a line of its own
                continue
            for line in re.finditer(r"[^\n]+", text):
                if row_symbol(line.group(0)) is not None:
                    rows.append([unit, line.start(), line.end()])
                elif re.search(r"文件\s*$", line.group(0)) and len(line.group(0).strip()) <= 20:
                    continue  # a heading inside the annex: 「其他会期文件」
                elif rows and rows[-1][0] is unit and line.group(0).strip():
                    rows[-1][2] = line.end()  # the row goes on
        merged: list[tuple[Unit, int, int, str]] = []
        for row in rows:
            unit, start, end = row[0], row[1], row[2]
            piece = ctx.text(unit)[start:end].replace("\n", "")
            if len(row) > 3 and merged:
                merged[-1] = (*merged[-1][:3], merged[-1][3] + piece)
            else:
                merged.append((unit, start, end, piece))
        for unit, start, end, row_text in merged:
            found = row_symbol(row_text)
            if found is None:
                continue
            ref = ctx.document(found[1])
            if ref is None or found[1] == ctx.symbol:
                continue
            body = row_text[found[0] :].split(" ", 1)[1].strip() if " " in row_text[found[0] :] else ""
            note = _AUTHOR_NOTE.search(body)
            title = body[: note.start()].strip() if note is not None and note.start() > 0 else body.rstrip("。")
            span = ctx.span(unit, start, end)
            if title:
                ctx.add("title", span, subject=ref, value=title)
            items = split_items(note.group("agent"), lambda name: _agent(ctx, name, known_only=True)) \
                if note is not None and note.group("agent") else []
            if items and all(item.value is not None for item in items):
                for item in items:
                    ctx.add("submittedBy", span, subject=ref, value=item.value)
            elif title and row_text.strip() == ctx.text(unit)[start:end].replace("\n", "").strip():
                # no note, or one naming no one known: who wrote it as the title says (「…执行理事会的年度报告」)
                title_start = start + ctx.text(unit)[start:end].find(title)
                _submitters(ctx, unit, ref, ctx.text(unit)[: title_start + len(title)], title_start)
            ctx.add("considered", span, subject=meeting, value=ref)


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
        agents = _submitter_cell(ctx, cell, title)
        if agents is None and _FUNCTION_CELL.fullmatch(cell):
            agents = []  # an officer the report does not name (see below): the title, no submitter
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
    agents = _submitter_cell(ctx, row[cut + 1 :], row[title_start:cut])
    if agents is None and _FUNCTION_CELL.fullmatch(row[cut + 1 :]):
        # 「总干事」, 「全体委员会主席」: an officer the report does not name, in the submitter's
        # cell (it is one: a title does not end so); the title is the cell before it
        ctx.warn("submitter-unresolved", f"last cell {row[cut + 1:]!r} of row {text[:title_start].strip()!r}: an "
                 "officer the report does not name; the title taken, no submitter", ctx.unit_span(unit))
        agents = []
    if agents is None:
        ctx.warn("submitter-unresolved", f"last cell {row[cut + 1:]!r} of row {text[:title_start].strip()!r} does not "
                 "read as a submitter; no title or submitter taken", ctx.unit_span(unit))
        return
    title_end = len(row[:cut].rstrip())
    ctx.add("title", ctx.span(unit, title_start, title_end), subject=ref, value=row[title_start:title_end])
    for start, end, agent in agents:
        ctx.add("submittedBy", ctx.span(unit, cut + 1 + start, cut + 1 + end), subject=ref, value=agent)


# An officer's title alone in a submitter's cell: 「总干事」, 「全体委员会主席」, 「执行秘书」.
_FUNCTION_CELL = re.compile(r"(?:(?!会议)[\u4e00-\u9fff]){0,12}(?:总干事|副总干事|主席|副主席|秘书长|执行秘书|协调员|报告员|主任)")
_DASHES = ("—", "-", "–", "－")
# The space PDF extraction leaves between a number and its measure word: 「2024 年」, 「第 3 次」.
_DIGIT_SPACE = re.compile(r"\d\s(?:[年月次届个项号条款段]|日(?!本))")  # not 「…文件 2 日本」


def _submitter_cell(ctx: Context, cell: str, title: str = "") -> list[tuple[int, int, Ref | None]] | None:
    """Who a submitter's cell names, as (start, end, agent) within the cell: [] for
    「—」, the parties as a group or an officer the report does not name; None
    when the cell does not read as a submitter."""
    if cell in _DASHES or _PARTIES.fullmatch(cell):
        return []
    items = split_items(cell, lambda name: _agent(ctx, name, known_only=True))
    if items and all(item.value is not None for item in items):
        return [(item.start, item.end, item.value) for item in items]
    if _org_like(cell) and _organization_pair(cell) is None and (agent := _agent(ctx, cell)) is not None:
        return [(0, len(cell), agent)]  # one cell, one submitter: 「预算和财务委员会」 keeps its 「和」
    if _title_names(title, cell) and not has_conjunction(cell) and not _names_a_state(ctx, cell) \
            and not re.search(r"[、，,；;]", cell) \
            and (agent := _agent(ctx, cell)) is not None:
        return [(0, len(cell), agent)]  # 「全球环境基金提交…的报告 全球环境基金」: the title says so too
    holders = _office_holders(ctx, cell)
    if holders is not None:
        return holders
    if _officer_cell(cell):
        # An officer (「报告员」, 「主席」): the agent only where the officer is known.
        agent = _agent(ctx, cell, known_only=True)
        return [(0, len(cell), agent)] if agent is not None else []
    return None


# The parties as a group (「缔约方」, 「各缔约国」): a submitter's cell that names no one.
_PARTIES = re.compile(r"各?(?:缔约方|缔约国)")


def _title_names(title: str, cell: str) -> bool:
    """The title opens by saying the cell's name, whole, submitted the document:
    「X提交…」 (after the title proper's colon too), where X is the whole cell."""
    title = title.strip()
    return len(cell) > 1 and any(re.match(re.escape(cell) + r"\s*提交", title[start:].lstrip())
                                 for start in {0, _after_last_colon(title)})


def _names_a_state(ctx: Context, name: str) -> bool:
    """A State's name inside `name` (「和平教育基金和墨西哥」)."""
    return any(ctx.gaz.state(name[i:j]) for i in range(len(name)) for j in range(i + 2, min(len(name), i + 12) + 1))


def _reads_as_submitter(ctx: Context, cell: str, title: str = "") -> bool:
    """`_submitter_cell` without recording anything: known names, an
    organization's shape, an officer, or the name the title says submitted."""
    items = split_items(cell, lambda name: _known_name(ctx, name))
    return cell in _DASHES or bool(_PARTIES.fullmatch(cell)) or bool(items) and all(item.value for item in items) \
        or _org_like(cell) and _organization_pair(cell) is None or _officer_cell(cell) or _title_names(title, cell)


def _known_name(ctx: Context, name: str) -> object | None:
    """A State or organization the gazetteers know, an organization the report
    has introduced, or the meeting's officer (`_meeting_office`), by name alone
    (nothing recorded); None otherwise, so that `split_items` splits a list it
    does not know as a whole (「墨西哥和南非」)."""
    name = name.strip()
    return ctx.gaz.state(name) or ctx.gaz.organization(name) or (name if lookup_form(name) in ctx.local_names else None) \
        or (_meeting_office(ctx, name.removeprefix("会议")) if _MEETING_OFFICER.fullmatch(name) else None)


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
    way only (a line opening with 「的」 continues the title); otherwise None."""
    title, cell = "", ""
    for index, (start, end) in enumerate(lines):
        line = row[start:end].strip()
        cut = _cell_cut(line)
        if cut >= 0:
            title += line[:cut].rstrip()
            cell += line[cut + 1 :]
        elif index == 0 and _TITLE_GOES_ON.search(line):
            return None  # 「2024 年国家报告 ⏎ 墨西哥」: 「…国家报告：墨西哥」 wrapped, or a submitter below
        elif index == 0 or line.startswith("的"):
            title += line  # the first line, or one opening with 「的」, which no name does
        else:
            # (an officer's title, 「总干事」, is a whole cell: 「总干事说明」 is none)
            as_title = _reads_as_submitter(ctx, cell, title) or bool(_FUNCTION_CELL.fullmatch(cell))
            as_cell = _reads_as_submitter(ctx, cell + line, title) or bool(_FUNCTION_CELL.fullmatch(cell + line))
            if as_title == as_cell:
                return None
            if as_title:
                title += line
            else:
                cell += line
    return (title, cell) if title and cell else None


# A first line with no submitter's cell whose title may go on in the next line's
# name: 「…国家报告」 (「…国家报告：墨西哥」), a colon.
_TITLE_GOES_ON = re.compile(r"(?:报告|[：:])\s*$")


def _cell_cut(line: str) -> int:
    """Where a table line's last cell begins (its last space), or -1 if the
    line is one cell: no space, or a last space between a number and its
    measure word (「2025 年 6 月 30 日期间…」), as `_three_columns` reads a row."""
    cut = line.rfind(" ")
    return -1 if cut < 0 or _DIGIT_SPACE.match(line, cut - 1) else cut


# 「工作组主席(墨西哥)」, 「共同主席国(意大利和南非)」: an office, then the States holding it.
_OFFICE_HOLDERS = re.compile(r"(?P<office>[\u4e00-\u9fff]{1,16})\s*[(（](?P<list>[^()（）]{2,80})[)）]")
# The offices that submit a paper in that capacity: a named body's presiding
# officer, convener or coordinator (「工作组主席」, 「专家组协调员」), or the co-chairs
# and presidency as such (「共同主席国」). Never 「秘书长」, 「副主席」, 「前任主席」,
# 「第二次会议主席」 or a rapporteur: the State in parentheses is not the submitter.
_SUBMITTING_OFFICE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,14}?(?:" + "|".join(roles_data()["body_words"]) + r"))?(?:共同主席国|主席国|共同主席|联合主席)"
    r"|[\u4e00-\u9fff]{0,14}?(?:" + "|".join(roles_data()["body_words"]) + r")(?:主席|协调员|协调人|主持人|召集人)")
_NOT_SERVING = re.compile(r"前任|前|副|候任|代理|特别|会议")


def _submitting_office(office: str) -> bool:
    return _SUBMITTING_OFFICE.fullmatch(office) is not None and _NOT_SERVING.search(office) is None


def _office_holders(ctx: Context, text: str) -> list[tuple[int, int, Ref | None]] | None:
    """The States an office's submitter names in parentheses after it, each as
    (start, end, State) with the office and its list as the span (the holders
    submitted in that capacity, as with 「共同主席(A和B)的报告」); None unless
    `text` is a submitting office (`_submitting_office`) and a list of States."""
    match = _OFFICE_HOLDERS.fullmatch(text.strip())
    if match is None or not _submitting_office(match.group("office")):
        return None
    lead = len(text) - len(text.lstrip())
    items = split_items(text, lambda name: ctx.state(name), lead + match.start("list"), lead + match.end("list"))
    if not items or any(item.value is None for item in items):
        return None
    return [(lead, lead + match.end(), item.value) for item in items]


def _officer_cell(cell: str) -> bool:
    """A submitter's cell that names an officer: 「主席」, 「会议主席」, 「秘书处」, or
    a submitting office with its holders, 「工作组主席(墨西哥)」."""
    if cell in {term["zh"] for term in roles_data()["office_terms"]} | {"会议主席", "会议报告员", "秘书处"}:
        return True
    match = _OFFICE_HOLDERS.fullmatch(cell)
    return match is not None and _submitting_office(match.group("office"))


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
        holders = _office_holders(ctx, agent_text)
        if holders is not None:  # 「…：共同主席国(意大利和南非)提交」
            for start, _, agent in holders:
                ctx.add("submittedBy", ctx.span(unit, a_start + start, len(text)), subject=ref, value=agent)
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
    if _of_report(ctx, unit, ref, text, title_start):
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


def _of_report(ctx: Context, unit: Unit, ref: Ref, text: str, title_start: int) -> bool:
    """「X的报告」, or after the title proper 「…：X的报告」: X wrote it; 「A和B的报告」:
    both did, where each is a known name; 「X第八次会议(的)(工作)报告」: a body of
    the meeting reports on its own session. Whether a submitter was recorded."""
    tail_start = title_start + _after_last_colon(text[title_start:])
    tail = text[tail_start:]
    span = ctx.span(unit, tail_start, len(text))
    match = _OF_REPORT.match(tail)
    if match is not None and not find_meetings(ctx, match.group("agent")) \
            and not _NOT_AUTHOR.search(match.group("agent")):
        agent_text = match.group("agent")
        agent = _agent(ctx, agent_text, known_only=True)
        if agent is None and agent_text.endswith("代表团"):
            agent = ctx.state(agent_text[: -len("代表团")])
        if agent is None and _org_like(agent_text) and not has_conjunction(agent_text) \
                and not _VAGUE.search(agent_text) and not _generic_body(agent_text):
            agent = ctx.organization(agent_text)
        if agent is not None:
            ctx.add("submittedBy", span, subject=ref, value=agent)
            return True
        authors = _joint_authors(ctx, text, tail_start + match.start("agent"), tail_start + match.end("agent"))
        for start, agent in authors:
            ctx.add("submittedBy", ctx.span(unit, start, len(text)), subject=ref, value=agent)
        if authors:
            return True
    session = _SESSION_REPORT.match(tail)
    if session and ref.key != symbol_key(ctx.symbol) and not find_meetings(ctx, tail):
        body = session.group("agent")  # a session no series of the report's knows: a body of the meeting
        if (_org_like(body) or re.fullmatch(r"附属[\u4e00-\u9fff]{2,12}机构", body)) and not _NOT_AUTHOR.search(body) \
                and not _VAGUE.search(body) and not _generic_body(body) \
                and _one_name(ctx, body) and (agent := _agent(ctx, body)) is not None:
            ctx.add("submittedBy", span, subject=ref, value=agent)
            return True
    return False


# What opens a title's subject or addressee, never its author: 「关于X的报告」,
# 「审议X…」, 「根据X…」, 「秘书长提交大会和安全理事会的报告」.
_NOT_AUTHOR = re.compile(r"^(?:关于|有关|审议|根据|按照|依照|对|就)|提交")


def _joint_authors(ctx: Context, text: str, start: int, end: int) -> list[tuple[int, Ref]]:
    """「主席和红十字委员会」: two or more authors, each a name the report or the
    gazetteers know; [] unless every part is one."""
    authors = _known_names(ctx, text, start, end)
    return authors if len(authors) > 1 else []


def _known_names(ctx: Context, text: str, start: int, end: int) -> list[tuple[int, Ref]]:
    """text[start:end] as a list of names each of which `_known_name` knows, as
    (start, agent); [] unless every part is one (checked before any is recorded)."""
    known = split_items(text, lambda n: _known_name(ctx, n), start, end)
    if not known or any(item.value is None for item in known):
        return []
    agents = [(item.start, _agent(ctx, item.text, known_only=True)) for item in known]
    return agents if all(agent is not None for _, agent in agents) else []  # type: ignore[misc]


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
    if _MEETING_OFFICER.fullmatch(name):
        return _meeting_office(ctx, name.removeprefix("会议"))
    return ctx.state(name) or ctx.organization(name, known_only=known_only)


# The meeting's own officers who submit its papers: 「主席」 (or 「会议主席」), 「报告员」.
# Officers of the secretariat (「秘书长」, 「执行秘书」) serve outside the meeting and
# are not read as its office.
_MEETING_OFFICER = re.compile(r"(?:会议)?(?:主席|报告员)")


# A chair of one of the meeting's bodies that the report names, which the
# offices extractor may read as the meeting's own.
_OTHER_BODY = r"(?:全体委员会|起草委员会|主要委员会[一二三四五]?|工作组|附属机构)"
_OTHER_CHAIR = re.compile(_OTHER_BODY + r"[^。；;]{0,40}?(?:选举|选出|推选|任命)[^。；;]{0,60}?为(?:其|该委员会|该工作组)?主席"
                          r"|为" + _OTHER_BODY + r"[^。；;，,]{0,6}主席")


def _meeting_office(ctx: Context, term: str) -> Ref | None:
    """The office `term` names at the reported meeting, where the report gives it
    one holder: the role the term stands for, or its role in a body (a
    committee's session has a Chair, not a President) when the first has none.
    An office of one of the meeting's bodies is not the meeting's."""
    if ctx.meeting is None:
        return None
    entry = next((t for t in roles_data()["office_terms"] if t["zh"] == term), None)
    if entry is None or term == "主席" and _OTHER_CHAIR.search(ctx.clean.text):
        return None  # 「全体委员会选举…为主席」: which chair 「主席」 names is not said
    meeting = Ref("meeting", ctx.meeting.key)
    for role in filter(None, (entry["role"], entry.get("body_role"))):
        offices = [f for f in ctx.facts if f.kind == "office" and f.get("role") == role
                   and f.get("meeting") == meeting and not f.get("body")]
        holders = sorted({f.get("holder") for f in offices}, key=str)
        people = sorted({f.get("holder") for f in offices if f.get("holder").kind == "person"}, key=str)
        states = {h for h in holders if h.kind == "state"}
        if len(people) == 1 and states and states <= {f.get("onBehalfOf") for f in offices if f.get("holder") == people[0]}:
            # 「主席由菲律宾担任」 and 「菲律宾的X当选为主席」: one presidency, the State's, held by X
            holders = people
        if len(holders) == 1:
            return Ref("office", f"{ctx.meeting.key}/{role}/{holders[0].kind}/{holders[0].key}")
        if holders:
            return None  # several holders: which one submitted is not said
    return None


_SEE = re.compile(r"[(（]\s*(?:见|参见|参看|参阅)[^()（）]*$")


# 「委员会还收到了下列文件：(a) 临时议程(X)；(b) …」: a list of the documents before the
# meeting, an item a line; its title before the symbol, or the one in quotes.
_RECEIVED_LIST = re.compile(r"(?:收到了?|面前有|审议了)(?:下列|以下)(?:文件|文件和资料)\s*[：:]\s*$", re.M)
_LIST_ITEM = re.compile(r"^\s*\(\s*[a-z]{1,2}\s*\)\s*(?P<body>[^\n]+?)\s*[(（](?P<symbol>[^()（）\n]+)[)）]\s*[；;。]?\s*$", re.M)
# The whole item: 「…题为“T”的工作文件」 (the quoted title is the document's own).
_QUOTED_TITLE_ITEM = re.compile(r"[^“”]{0,60}?题为\s*“(?P<title>[^“”]{2,120})”的\s*(?:工作文件|文件|报告|说明|提案|决定草案|决议草案|资料)")
# (「提交」 as the verb of a submission, not 「资料提交情况」, what a title is about)
_AUTHORED = re.compile(r"提交(?!情况)|提出|转递|的信|照会|秘书长|秘书处|主席|报告员|编写|执行秘书|总干事")
# 「第二工作组的报告」: a working group's or committee's own report, titled so.
_BODY_REPORT = re.compile(r"(?:第[一二三四五六七八九十]+)?[\u4e00-\u9fff《》]{0,14}(?:工作组|委员会|支助股)的(?:年度)?报告"
                          # 「关于设立…机制的决定草案」: a draft titled by its subject
                          r"|关于[^“”《》()（）的]{2,40}的(?:决定|决议)草案")
_DATE_LEAD = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*")


def _listed_titles(ctx: Context) -> None:
    for unit in ctx.seg.units:
        if unit.part != "body" or unit.kind != "paragraph":
            continue
        text = ctx.text(unit)
        intro = _RECEIVED_LIST.search(text.split("\n", 1)[0])
        if intro is None or ctx.meeting is None or not _names_only_this_meeting(ctx, text[: intro.start()]):
            continue
        joined = re.sub(r"(?<=[^；;。\n])\n(?!\s*\(\s*[a-z]{1,2}\s*\))", "", text)  # an item wrapped over lines
        for item in _LIST_ITEM.finditer(joined):
            symbols = find_symbols(item.group("symbol"))
            if len(symbols) > 1 and all(s.base == symbols[0][2].text and s.suffixes and s.suffixes[0].startswith(("Corr", "Add"))
                                        for _, _, s in symbols[1:]) \
                    and re.fullmatch(r"\s*\S+(?:\s*(?:和|及|、)\s*\S+)+\s*", item.group("symbol")):
                # 「(BWC/MSP/2031/3 和 BWC/MSP/2031/3/Corr.1)」: the document and its corrigenda or
                # addenda; the title is the document's
                symbols = symbols[:1]
            elif len(symbols) != 1 or symbols[0][2].text != item.group("symbol").strip():
                continue  # 「(A/CN.10/2031/CRP.2 和 CRP.2/Rev.1)」: which title is whose is not said
            ref = ctx.document(symbols[0][2].text)
            if ref is None or symbols[0][2].text == ctx.symbol:
                continue
            body = item.group("body")
            if re.search(r"[(（)）]|[A-Z]{2,}[A-Za-z.]*/", body):
                continue  # 「临时议程(X)和临时议程说明」: another document inside the item
            quoted = _QUOTED_TITLE_ITEM.fullmatch(body)
            if quoted is not None:
                title = quoted.group("title")  # 「…提交的题为“核裁军”的工作文件」
            elif _AUTHORED.search(body) or "“" in body or _DATE_LEAD.match(body) \
                    or "的" in body and not _BODY_REPORT.fullmatch(body):
                continue  # who wrote it, what it is about or its date: a description, not a title
            else:
                title = body.strip()
            where = text.find(title)
            if title and where >= 0:
                ctx.add("title", ctx.span(unit, where, where + len(title)), subject=ref, value=title)


# 「题为“空间资源活动国际框架的要素”的会议室文件(A/AC.105/2034/CRP.8)」, 「会议室文件“2033 年登记
# 做法概览”(A/AC.105/2034/CRP.11)」, a report's 「《…工作报告》(X)」: a document's own title, quoted,
# with its symbol right after the noun or the marks. Not a declaration's or a decision's title (「题为“…”的政治宣言(…/WP.1)」: the draft's own
# title may be another), and not 「(见 X)」 or two symbols.
_DOCUMENT_NOUN = r"(?:工作文件|非文件|会议室文件|资料文件|背景文件|说明|报告|决议草案|决定草案)"
_QUOTED_TITLE = re.compile(r"题为\s*“(?P<title>[^“”]{2,160})”\s*的\s*" + _DOCUMENT_NOUN
                           # 「题为“…”的决议草案(X)」, or the symbol after a space (「…的决议草案 A/HRC/59/L.1」)
                           + r"\s*(?:[(（](?P<symbol>[^()（）]{4,60})[)）]|(?<=草案)\s*(?P<symbol4>[A-Z][A-Za-z0-9.\-/()]{3,60}?)"
                           r"(?=\s*(?:[，,。；;(（]|$)|\s+[\u4e00-\u9fff]))"
                           # (after the quote: not 「说明」, 「报告」, which are verbs too: 「主席报告“…”(X)」)
                           r"|(?:工作文件|非文件|会议室文件|资料文件|背景文件|决议草案|决定草案)\s*“(?P<title2>[^“”]{2,160})”\s*[(（](?P<symbol2>[^()（）]{4,60})[)）]"
                           # 「见《联合国环境大会第七届会议工作报告》(UNEP/EA.7/21)」: a report's title in book marks
                           r"|《(?P<title3>[^《》“”]{2,160}?报告)》\s*[(（](?P<symbol3>[^()（）]{4,60})[)）]")


def _quoted_titles(ctx: Context) -> None:
    """The titles quoted in the narrative (`_QUOTED_TITLE`), for documents that no
    table or list has given one."""
    titled = {f.get("subject") for f in ctx.facts if f.kind == "title"}
    for unit in ctx.seg.units:
        if unit.kind not in ("paragraph", "footnote"):
            continue
        text = ctx.text(unit)
        if "“" not in text and "《" not in text:
            continue
        for match in _QUOTED_TITLE.finditer(text):
            group = next(g for g in ("title", "title2", "title3") if match.group(g))
            written = match.group(group.replace("title", "symbol")) or match.group("symbol4")
            symbols = find_symbols(written)
            if len(symbols) != 1 or re.sub(r"\s+", "", symbols[0][2].text) != re.sub(r"\s+", "", written):
                continue  # 「(见 X)」, 「(X 和 Add.1)」: not the one document the title is of
            ref = ctx.document(symbols[0][2].text)
            if ref is None or ref in titled or symbols[0][2].text == ctx.symbol:
                continue
            value = re.sub(r"\s*\n\s*", "", match.group(group)).strip()
            ctx.add("title", ctx.span(unit, match.start(group), match.end(group)), subject=ref, value=value)
            titled.add(ref)


# A clause after the one that considers, with a verb of its own: 「，并(未经表决)通过了…」, 「，核准…」.
_ANOTHER_ACT = re.compile(r"[，,；;]\s*(?:并|还|随后|又|同时|然后)?\s*(?:未经表决|以[^，,。；;]{1,12}?方式)?\s*"
                          r"(?:通过了|通过|核准|核可|批准|决定|将|请|选举|任命)")


def _considered(ctx: Context) -> None:
    """「会议注意到…(SYMBOL)」, 「介绍了…报告(SYMBOL)」: documents before the meeting."""
    if ctx.meeting is None:
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    negative = roles_data()["not_adopted"]
    own_council = ctx.series is not None and "理事会" in ctx.series.zh_name  # a council's own session
    own_assembly = ctx.series is not None and "大会" in ctx.series.zh_name  # an assembly's or conference's
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
            if verb is not None and failed is None and "理事会" in sentence[: verb.start()] and not own_council:
                continue  # 「安全理事会在其第一次会议上注意到了…」: another organ's, not the meeting's
            if verb is not None and failed is None and not own_assembly and "大会" in sentence[: verb.start()]:
                continue  # 「大会在第 85/58 号决议中注意到…」 in a meeting's report: the General Assembly's
            start = verb.end() if verb is not None and failed is None else 0
            end = len(sentence)
            if start == 0:
                # the failed text is in the clause that says so: 「…；(c) 决议草案 X 已撤回；…」 (not every item
                # of a list one sentence long)
                start = max(sentence.rfind("；", 0, failed), sentence.rfind(";", 0, failed)) + 1
                ends = [i for i in (sentence.find("；", failed), sentence.find(";", failed)) if i >= 0]
                end = min(ends) if ends else end
            if verb is not None and failed is None and (other := _ANOTHER_ACT.search(sentence, start)) is not None \
                    and not re.search(r"下列|以下", sentence[start : other.start()]):
                # 「审议了X，并通过了Y，…(Z)」: what the clause after does is not considered (but 「审议了下列
                # 决定草案，并通过了相应决定：…」 lists what was considered after both)
                end = other.start()
            for sym_start, sym_end, symbol in find_symbols(sentence[start:end]):
                if names_a_body(sentence, start + sym_start, symbol):
                    continue  # 「全体委员会(GC(70)/COM.5)审议了…」: the committee
                if re.search(r"(?:根据|依照|按照|依据)[^，,。；;()（）]*$", sentence[start : start + sym_start]):
                    continue  # 「该文件系根据理事会在 X 号文件中提出的建议编写」: what it was based on (not
                    # 「根据…提交的报告(X)」, the report itself)
                if decision_number(sentence, start + sym_end, symbol.text):
                    continue  # 「注意到第 MC-6/1 号决定」: a decision, not a document before the meeting
                if _SEE.search(sentence, max(0, start + sym_start - 200), start + sym_start):
                    continue  # 「决定草案(见 X 和 Y，附件一)」: where to read it, not what was before the meeting
                if re.search(r"[，,；][^，,；]*(?:议事情况|记录|议事录)[^，,；]*载于[^，,；]*$", sentence[start : start + sym_start]):
                    continue  # 「…在联席会议上审议，联席会议的议事情况载于 X 号文件」: another clause says where a record is
                ref = ctx.document(symbol.text)
                if ref is not None and symbol.text != ctx.symbol:
                    ctx.add("considered", ctx.span(unit, s, s + start + sym_end), subject=meeting, value=ref)


# 「会议审议了丹麦和乌拉圭提交的关于…的决定草案(SYMBOL)」: who submitted, the verb
# (「提出的」 of a request or proposal too), a document's noun phrase within the
# clause, and its symbol right after it, in parentheses or not.
# 「X提交的…(SYMBOL)」, and X as the clause's subject: 「X提交了…(SYMBOL)」, 「X向会议提交了…」.
_SUBMIT_VERB = re.compile(r"(?:提交|提出)(?:的|了)|(?P<prepared>编写|编制)的")
# What may follow the symbol that closes the object of 「提交了」: the clause's end, or a
# conjunction to the next clause.
_OBJECT_ENDS = re.compile(r"\s*(?:[，,。；;：:]|$|并|随后|供)")
# 「A和B代表…提交的」: the States before 「代表」, opening the clause (or a list item).
_ON_BEHALF = re.compile(r"(?:^|[，,。；;：:\n]|\)\s)\s*(?:\d{1,3}\s*[.．]\s*)?(?P<states>[^，,。；;：:\n()（）\d]{2,40}?)代表"
                        r"(?P<for>[^，,。；;：:\n了的由]{1,30}?)$")
_NOT_ON_BEHALF = re.compile(r"介绍|表示|感谢|支持|转达|提出|说明|发言|回顾|欢迎|赞扬|指出")
# Whom it was submitted to, between the submitter and the verb: 「向会议」, 「向秘书长」.
_ADDRESSEE = re.compile(r"向(?:本次|本届)?(?:会议|大会|审议会议|缔约国会议|缔约方会议|秘书处|秘书长|主席)\s*$")
_DOC_PHRASE = re.compile(r"[^，。；：,;:()（）]{0,60}?(?:" + _DOC_NOUNS + r"|草案|草稿)(?:订正本|修订本)?\s*[(（]?\s*$")
# A document about the submitted one: 「…提交的提案的评论」, 「…提交的报告所编写的说明」,
# 「…提交的请求编写的分析报告」. The symbol may be either's.
_NESTED = re.compile(_DOC_NOUNS + r"\s*(?:所?(?:编写|撰写|编制|起草|作|提出)?的|所?(?:编写|撰写|编制|起草))")
# What may stand before the submitter's name: the clause's start, a verb of
# consideration, or another name's 「和」 after a parenthesis; never 「代表」 (on
# whose behalf is unclear), a 「的」 (the name would be cut short), or a
# preposition that makes the document someone else's subject (「就/对/讨论/介绍
# X提交的…」) or the name a channel (「通过」).
_BEFORE_AGENT = re.compile(r"(?:[，。；：,;:]|[)）]\s*(?:和|与|以及|及)|了|到|(?:审议|核可|核准)(?!了))(?:\s*由)?")
# 「由A、B和C共同提交的」: how they submitted it, between the names and the verb; 「欧洲联盟及其
# 成员国提交的」: the organization, with its member States (not named).
_JOINTLY = re.compile(r"(?:(?:及|和)其成员国)?\s*(?:共同|联合)?\s*$")
# 「根据第 319 条」, 「根据第 2 号决定」: the rule a submission is made under.
_ADVERBIAL = re.compile(r"(?:根据|按照|依照|依据)[^，。；：]*$")
_UNDER_RULE = re.compile(r"(?:条|款|段|决定|决议|规则|议事规则)$")
_NAMED_OFFICER = re.compile(r"(?:" + _MEETING_OFFICER.pattern + r")?(?P<name>[\u4e00-\u9fff·.]{2,16}?)(?:女士|先生)")
# An unknown body's name as written is taken only if it names one body: no
# quantifier, pronoun or kind of group (「各国际组织」, 「该组织」, 「本组织」, 「两个工作组」), no
# list, and no request, channel or sequence inside it (「应…请求由…」, 「…请…」, 「经…后」).
_VAGUE = re.compile(r"^(?:本|此|其|这|那)|各|一些|若干|[两几数多\d一二三四五六七八九十]个|该|上述|有关|相关|这些|那些|其他|其它|所有"
                    r"|应|请|由|后|经|通过|向|对|就|关于|根据|的|代表|在|是|即")
_AGENT_REACH = 80  # how far before 「提交的」 a submitter's name may open


def _submitted_in_text(ctx: Context) -> None:
    """「X提交的…(SYMBOL)」 in the report's paragraphs: X submitted the document."""
    for unit in ctx.seg.units:
        if unit.part != "body" or unit.kind != "paragraph":
            continue
        text = ctx.text(unit)
        refs: dict[str, Ref | None] = {}
        for verb in _SUBMIT_VERB.finditer(text):
            found = _document_after(text, verb.end())
            if found is None:
                continue
            symbol_end, symbol = found
            ref = refs[symbol] if symbol in refs else refs.setdefault(symbol, ctx.document(symbol))
            if ref is None or symbol == ctx.symbol:
                continue

            if symbol_end < len(text) and text[symbol_end] in ")）":
                symbol_end += 1
            if re.match(r"\s*的", text[symbol_end:]) or verb.group(0).endswith("了") and not _OBJECT_ENDS.match(text, symbol_end):
                # 「…提交了对挪威工作文件(X)的评论」, 「…提交了关于决定草案(X)执行部分第 3 段的修正案」: X is
                # inside what was submitted (after 「提交了」 the symbol must close the object)
                continue
            addressee = _ADDRESSEE.search(text, max(0, verb.start() - 12), verb.start())
            behalf = _ON_BEHALF.search(text, max(0, verb.start() - 80), verb.start())
            if behalf is not None and not _NOT_ON_BEHALF.search(behalf.group("for")):
                # 「印度尼西亚代表不结盟运动成员国提交的…」: the State submitted, in either reading of
                # 「代表」 (on others' behalf, or through its representative), as in the tables
                states = split_items(text, lambda name: ctx.state(name), behalf.start("states"), behalf.end("states"))
                if states and all(item.value is not None for item in states):
                    for item in states:
                        ctx.add("submittedBy", ctx.span(unit, item.start, symbol_end), subject=ref, value=item.value)
                    continue
            agents_end = addressee.start() if addressee else verb.start()
            jointly = _JOINTLY.search(text, max(0, agents_end - 8), agents_end)
            agents = _agents_before(ctx, text, jointly.start() if jointly and jointly.group(0) else agents_end)
            if jointly and "成员国" in jointly.group(0) and any(agent.kind != "organization" for _, agent in agents):
                continue  # 「日本及其成员国」: only an organization has member States
            if verb.group("prepared") and re.search(r"(?:尚未|未|没有|未能)(?:收到|提交|编写)?[^，。；]{0,30}$",
                                                     text[clause_start(text, verb.start()) : verb.start()]):
                continue  # 「会议注意到尚未收到德国编写的报告(X)」: not said to be submitted
            if verb.group("prepared") and any(agent.kind in ("office", "person") for _, agent in agents):
                continue  # 「秘书长编写的临时议程」: an officer prepares for the body; who submits is not said
            for start, agent in agents:
                ctx.add("submittedBy", ctx.span(unit, start, symbol_end), subject=ref, value=agent)


# 「会议收到了全权证书委员会的报告(X)」, 「…秘书处关于财务状况的说明(X)」, 「…小组委员会第七十一届会议的
# 报告(X)」: a report or note named by its author, its symbol in parentheses right after it.
_AUTHORED_NOUN = re.compile(r"的\s*(?:年度|最后|工作)?\s*(?:报告|说明)\s*[(（]\s*$")
# Where the author's name opens: after the clause's verb or its punctuation.
_AUTHOR_OPENS = re.compile(r"(?:收到了?|审议了|注意到了?|面前有|介绍了|核可了|核准了|欢迎|赞赏|讨论了|[，。；：,;:、]"
                           r"|[)）]\s*(?:和|与|及|以及))\s*")
# Words that are no part of a body's name: the clause's other verbs and links.
_NOT_A_NAME = re.compile(r"并|也|还|赞赏|欢迎|注意|审议|收到|核可|核准|通过|感谢|介绍|讨论|载于|提交|编写")


def _authors_in_text(ctx: Context) -> None:
    """「X的报告(SYMBOL)」, 「X关于…的说明(SYMBOL)」 in the report's paragraphs, X
    opening the clause's object: X wrote it (as in a documents table, `_of_report`);
    X a name the gazetteers or the report know, or one body's name as written."""
    for unit in ctx.seg.units:
        if unit.part != "body" or unit.kind != "paragraph":
            continue
        text = ctx.text(unit)
        if "报告" not in text and "说明" not in text:
            continue
        for sym_start, _, symbol in find_symbols(text):
            head = text[max(0, sym_start - 60) : sym_start]
            noun = _AUTHORED_NOUN.search(head)
            if noun is None or symbol.text == ctx.symbol:
                continue
            opens = [m.end() for m in _AUTHOR_OPENS.finditer(head, 0, noun.start())]
            if not opens:
                continue
            start = max(0, sym_start - 60) + opens[-1]
            end = max(0, sym_start - 60) + noun.end() - len(noun.group(0)) + noun.group(0).index("的")
            agent = text[start:end]
            if _NOT_A_NAME.search(re.sub(r"关于.*$", "", agent)):
                continue
            name = re.sub(r"关于.*$", "", agent).strip()
            if name in _SHORT_SECRETARIATS or _short_form(ctx, name):
                continue  # 「秘书处」 of a treaty's meeting, 「选择委员会」 for a body named in full before: which one
            ref = ctx.document(symbol.text)
            if ref is None:
                continue
            title_end = max(0, sym_start - 60) + noun.end() - 1
            _of_report(ctx, unit, ref, text[: title_end].rstrip(), start)


# 「秘书处」 alone: the United Nations Secretariat, or the secretariat of the treaty whose meeting it is.
_SHORT_SECRETARIATS = frozenset({"秘书处", "本秘书处"})
# What may stand right before a body's name without being part of it.
_NAME_OPENS = re.compile(r"[了到的和及与在由向对经即为是有将其本该各并、，。；：\s(（)）]$")


def _short_form(ctx: Context, name: str) -> bool:
    """`name` is elsewhere in the report the end of a longer name (「选择委员会」 of
    「自愿信托基金选择委员会」, 「董事会」 of 「适应基金董事会」): a short form, whose
    body the report does not say here."""
    text = ctx.clean.text
    at = text.find(name)
    while at >= 0:
        if at > 0 and not _NAME_OPENS.search(text, max(0, at - 1), at) and "\u4e00" <= text[at - 1] <= "\u9fff":
            return True
        at = text.find(name, at + 1)
    return False


def _document_after(text: str, start: int) -> tuple[int, str] | None:
    """The symbol that closes a document's noun phrase opening at `start`, as
    (end, symbol); None if the first symbol after it does not, or the phrase
    names a second document about the first."""
    symbols = find_symbols(text[start : start + 120])
    if not symbols:
        return None
    phrase = text[start : start + symbols[0][0]]
    # a title in quotes may hold a colon or a comma: 「题为“常规武器领域的透明度：区域经验”的工作文件」
    phrase = re.sub(r"“[^“”]{1,80}”", lambda m: "“" + "题" * (len(m.group(0)) - 2) + "”", phrase)
    if not _DOC_PHRASE.match(phrase) or _NESTED.search(phrase) or _MORE_SYMBOLS.match(text, start + symbols[0][1]):
        return None
    return start + symbols[0][1], symbols[0][2].text


# 「(X/4 和 X/5)」, 「X/4、X/5」, 「X/4 至 X/6」: several documents; which of several
# submitters submitted which is not said.
_MORE_SYMBOLS = re.compile(r"\s*(?:和|、|及|与|以及|至|到|,|，)")


def _agents_before(ctx: Context, text: str, end: int) -> list[tuple[int, Ref]]:
    """The submitters named right before 「提交的」 ending at `end`: the longest
    stretch of the clause, at most `_AGENT_REACH` long, that opens after
    `_BEFORE_AGENT` and is all names (States, known organizations, the
    meeting's officers, or a person the report names, with an honorific); else
    what follows the last such opening, if it reads as one body's name."""
    clause = max(text.rfind(mark, 0, end) for mark in "，。；：,;:") + 1
    clause += len(_PARAGRAPH_NUMBER.match(text, clause).group(0))
    adverbial = _ADVERBIAL.search(text, max(clause, end - _AGENT_REACH), end)
    if adverbial is not None:
        if not _UNDER_RULE.search(text, adverbial.start(), end):
            return []  # 「秘书处根据墨西哥提交的…」: whose submission is not clear
        end = adverbial.start()
    reach = max(clause, end - _AGENT_REACH)
    openings = ([clause] if clause == reach else []) + [m.end() for m in _BEFORE_AGENT.finditer(text, reach, end - 1)]
    openings = [start for start in openings if not text[start].isspace()]
    for start in openings:
        agents = _names(ctx, text, start, end)
        if agents:
            return [] if any(_chair_of_another_body(text, s, a) for s, a in agents) else agents
    name = text[openings[-1] : end].strip() if openings else ""
    if _org_like(name) and not _VAGUE.search(name) and not has_conjunction(name) and not _generic_body(name) \
            and _one_name(ctx, name) and _organization_pair(name) is None:
        agent = ctx.organization(name)  # 「审议了起草委员会提交的…」: one body's name as written
        return [(openings[-1], agent)] if agent is not None else []
    return []


def _generic_body(name: str) -> bool:
    """A kind of body, not one body's name: 「非政府组织」, 「区域组织」, 「委员会」 (not
    「执行支助股」, the one unit a treaty has)."""
    core = _KIND_PREFIX.sub("", name)
    return name in _KINDS or core in _SUFFIXES and (core != name or len(name) <= 3)


_KINDS = frozenset(roles_data()["non_governmental_kinds"])
_SUFFIXES = frozenset(roles_data()["organization_suffixes"])
_KIND_PREFIX = re.compile(r"^(?:国际|区域|次区域|政府间|非政府|民间社会)")


def _chair_of_another_body(text: str, start: int, agent: Ref) -> bool:
    """「全体委员会审议了主席提交的…」, 「在全体委员会上，主席提交的…」: an officer read
    from 「主席」 where the sentence before it is about one of the meeting's bodies."""
    sentence = max(text.rfind(mark, 0, start) for mark in "。；;") + 1
    return agent.kind == "office" and _BODY_WORD.search(text, sentence, start) is not None


_BODY_WORD = re.compile("|".join(roles_data()["body_words"]) + "|主席团")


_PARAGRAPH_NUMBER = re.compile(r"\s*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?")


def _names(ctx: Context, text: str, start: int, end: int) -> list[tuple[int, Ref]]:
    """text[start:end] as submitters' names, every part known; [] otherwise."""
    name = text[start:end].strip()
    person = _NAMED_OFFICER.fullmatch(name)
    if person is not None:
        ref = Ref("person", name_key(person.group("name")))
        return [(start, ref)] if ref in ctx.entities else []  # 「报告员于静怡女士」: a person the report names
    return _known_names(ctx, text, start, end)
