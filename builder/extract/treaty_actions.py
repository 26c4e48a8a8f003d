"""Treaty actions a report states: 「A、B和C签署《条约》，以及D批准《条约》、E加入《条约》」.

Each verb (签署 signed, 批准 ratified, 加入 acceded) is read with the list of
states just before it, back to the previous action or clause boundary. The
treaty is the one named, or for 《条约》 the treaty of the report's meeting series.
"""

from __future__ import annotations

import re

from ..records import Ref
from .context import Context
from ..segment import chinese_number
from .lists import Item, roles_data, split_items
from .sentences import clause_start

_BOUNDARY = re.compile(r"(?:，|,|：|认识到|注意到|欢迎|以及|；|以来)")
# Adverbials between the list of states and the verb: 「A和B自上次会议以来批准了」,
# 「A于 2024 年 3 月加入」, 「A于 6 月 12 日交存」, 「A向秘书长交存」, 「A和B均已批准」.
# Stripped before the list is looked for.
_ADVERBIAL = re.compile(r"(?:分别于[^，。；、]{1,40}|自[^，。；、]{1,40}?以来"
                        r"|(?:于|自)\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?|\d{1,2}\s*月)(?:\s*\d{1,2}\s*日)?"
                        r"|向(?:联合国)?(?:秘书长|保存人|保存国)|在[^，。；、]{1,30}?期间"
                        # 「…于 2029 年 9 月 20 日在纽约签署」: the place, a city the gazetteer knows as no State
                        r"|在(?:纽约|日内瓦|维也纳|内罗毕|海牙|联合国总部|[\u4e00-\u9fff]{2,6}(?:市|城))|早在[^，。；、]{1,30}?即已|当日即|当天即|当日|当天|随即|已经|均已|都已|已|先后|分别"
                        r"|相继|正式|也|还|\s)+$")


# 「这两个国家均已签署…」, 「上述三国…」: the States listed in the sentence before.
_THESE_STATES = re.compile(r"(?:这|上述|该)\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*(?:个国家|个国|国)")
# 「…各有 198 个缔约方，自南苏丹于 2012 年加入两项文书以来」: the treaties named before in the sentence.
_THESE_TREATIES = r"(?:这|上述|该)?\s*(?P<count>[两二三四五六七八九十]|\d{1,2})\s*(?:项|个|部)\s*(?:文书|条约|公约)"
# The meeting's own treaty, in words: 「该条约」, 「本公约」.
_THIS_TREATY = ("该条约", "本条约", "该公约", "本公约")
_NOT_YET = r"(?:但|而)(?:尚未|未|还没有)(?:批准|加入|核准|接受)(?:了)?"


def extract(ctx: Context) -> None:
    actions = roles_data()["treaty_actions"]
    verbs = "|".join(map(re.escape, actions))
    # 「签署但尚未批准《公约》」: the signature, and nothing for what is not yet done.
    pattern = re.compile(rf"(?P<verb>{verbs})(?:了)?(?:{_NOT_YET})?\s*"
                         rf"(?P<treaty>(?:该\s*)?《[^》]{{1,60}}》|{'|'.join(_THIS_TREATY)}|{_THESE_TREATIES})")
    for unit, text in ctx.units("paragraph", "footnote"):
        _deposits(ctx, unit, text, actions)
        previous_end = 0
        for match in pattern.finditer(text):
            treaties = _treaties(ctx, text, match)
            head_start = previous_end
            previous_end = match.end()
            if not treaties or _INSTRUMENT_OF.match(text, match.end()):
                continue  # 「签署《条约》第一号议定书」: an instrument of the treaty, not the treaty
            if _NOT_DONE_AFTER.match(text, match.end()):
                continue  # 「古巴于…签署《条约》的计划/邀请」: what is planned or asked, not an action stated
            found = _states_before(ctx, text, head_start, match.start(), (_BOUNDARY,))
            if found is None:
                continue  # not a list of states: 「所有尚未签署…的国家」 and the like
            _, items = found
            action = actions[match.group("verb")]
            for item in items:
                for treaty in treaties:
                    ctx.add("treaty-action", ctx.span(unit, item.start, match.end()), state=item.value, treaty=treaty,
                            action=action)


def _treaties(ctx: Context, text: str, match: re.Match[str]) -> list[Ref]:
    """The treaty the verb names; for 「两项文书」, the treaties named before it in
    its sentence, if they are exactly that many (else none)."""
    written = match.group("treaty")
    if match.group("count") is None:  # a title, or 「该条约」
        treaty = _treaty(ctx, written, text, match.start("treaty"))
        return [treaty] if treaty is not None else []
    count = chinese_number(match.group("count"))
    sentence_start = text.rfind("。", 0, match.start()) + 1
    named: list[Ref] = []
    for title in _TITLE.finditer(text, sentence_start, match.start()):
        if _SHORT_FOR.search(text, max(sentence_start, title.start() - 8), title.start()):
            continue  # 「(以下简称《维也纳公约》)」: the short title of the one just named
        treaty = _treaty(ctx, title.group(0))
        if treaty is None:
            return []  # a title that is no treaty the gazetteer knows: which ones are meant is not sure
        if treaty not in named:
            named.append(treaty)
    return named if len(named) == count else []


_TITLE = re.compile(r"《[^》]{1,60}》")
# 「签署《条约》的计划/邀请/意向…」: an action planned, asked or intended (not 「…加入《条约》的重要意义」,
# which says it was done).
_NOT_DONE_AFTER = re.compile(r"\s*的\s*(?:计划|邀请|意向|意愿|打算|提议|请求|可能|努力|准备|承诺|呼吁|仪式|日期|时间表)")
_SHORT_FOR = re.compile(r"(?:以下简称|下称|简称)\s*$")


def _states_before(ctx: Context, text: str, head_start: int, verb_start: int,
                   boundaries: tuple[re.Pattern[str], ...]) -> tuple[int, list] | None:
    """The States listed before a verb (its adverbials skipped: 「A和B自上次会议以来」,
    「A在本次会议期间」), back to the last clause boundary; None unless every item
    is a State."""
    adverbial = _ADVERBIAL.search(text, head_start, verb_start)
    if adverbial is not None:
        verb_start = adverbial.start()
    ends = [m.end() for pattern in boundaries for m in pattern.finditer(text, head_start, verb_start)]
    head_start = max(ends, default=head_start)
    # 「自南苏丹于 2019 年 1 月交存加入书以来」: 「自…以来」 around the clause; the action was taken.
    head_start = max(head_start, text.rfind("。", head_start, verb_start) + 1)  # a list is in one sentence
    # a paragraph's number, or a footnote's (「2 南苏丹于…签署《条约》。」)
    lead = re.match(r"(?:\s*\d{1,3}\s*[.．]\s*|\s*\d{1,2}\s+(?=[\u4e00-\u9fff]))?[\s、和]*(?:自从|自|其中)?\s*",
                    text[head_start:verb_start])
    list_start = head_start + (lead.end() if lead else 0)
    if list_start >= verb_start:
        return _subject_of_clause_before(ctx, text, head_start)
    these = _THESE_STATES.fullmatch(text, list_start, verb_start)
    if these is not None:
        return _states_of_sentence_before(ctx, text, list_start, chinese_number(these.group("n")))
    rest = _THE_REST.fullmatch(text, list_start, verb_start)
    if rest is not None:
        return _the_rest(ctx, text, list_start, chinese_number(rest.group("n")))
    items = split_items(text, lambda name: ctx.state(name), list_start, verb_start)
    if items and any(item.value is None for item in items) and _ITEM_DATE.search(text, list_start, verb_start):
        # 「帕劳于 2011 年 9 月 20 日、美利坚合众国于 1980 年 7 月 17 日签署」: each State with its day
        masked = text[:list_start] + _ITEM_DATE.sub(lambda m: " " * len(m.group(0)), text[list_start:verb_start]) \
            + text[verb_start:]
        items = split_items(masked, lambda name: ctx.state(name), list_start, verb_start)
    if not items or any(item.value is None for item in items):
        return None
    return list_start, items


_ITEM_DATE = re.compile(r"于\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?")


# 「…五个缔约国：A、B、C、D和E，其中A和B交存的是批准书，其余三国交存的是加入书」
_THE_REST = re.compile(r"(?:其余|其他|另外)(?:的)?\s*(?P<n>[两二三四五六七八九十]|\d{1,2})\s*(?:个国家|个国|国)")
_AMONG = re.compile(r"\s*其中(?P<names>[^，。；：]+?)(?:均|都|已|分别)?\s*(?:交存|批准|加入|签署|核准|接受)")


def _the_rest(ctx: Context, text: str, at: int, count: int | None) -> tuple[int, list] | None:
    """「其余三国」: the States listed after the sentence's colon that its 「其中…」
    clause did not name, when they are exactly `count`."""
    sentence_start = text.rfind("。", 0, at) + 1
    colon = max(text.rfind("：", sentence_start, at), text.rfind(":", sentence_start, at))
    if colon < 0 or count is None:
        return None
    list_end = min((i for i in (text.find("，", colon, at), text.find(",", colon, at)) if i >= 0), default=-1)
    if list_end < 0:
        return None
    listed = split_items(text, lambda name: ctx.state(name), colon + 1, list_end)
    among = _AMONG.match(text, list_end + 1, at)
    if among is None or not listed or any(item.value is None for item in listed):
        return None
    named = split_items(text, lambda name: ctx.state(name), among.start("names"), among.end("names"))
    if not named or any(item.value is None for item in named):
        return None
    named_values = {item.value for item in named}
    rest = [item for item in listed if item.value not in named_values]
    if len(rest) != count or len(rest) + len(named) != len(listed):
        return None  # the numbers do not add up: nothing is said of whom
    return colon + 1, rest


# 「巴西是首批签署国之一，于 2017 年 9 月 20 日签署了《条约》」: a State opening the clause before.
_STATE_IS = re.compile(r"\s*(?P<state>[^，,。；、和]{2,20}?)(?:是|为|作为)[^，,。；]{1,30}[，,]\s*$")


def _subject_of_clause_before(ctx: Context, text: str, at: int) -> tuple[int, list] | None:
    """The State that opens the clause before `at` in the same sentence,
    as 「X是…之一，」, when the clause of the verb has no subject of its own."""
    if at == 0 or text[at - 1] not in "，,":
        return None
    sentence_start = clause_start(text, at)
    if text.rfind("，", sentence_start, at - 1) >= 0 or text.rfind(",", sentence_start, at - 1) >= 0:
        return None  # the State must open the sentence: the clause before is its first
    lead = re.match(r"\s*(?:\d{1,3}\s*[.．]\s*)?", text[sentence_start:at])
    found = _STATE_IS.fullmatch(text, sentence_start + lead.end(), at)
    if found is None:
        return None
    state = ctx.state(found.group("state"))
    if state is None:
        return None
    return found.start("state"), [Item(found.start("state"), found.end("state"), found.group("state"), state)]


def _states_of_sentence_before(ctx: Context, text: str, at: int, count: int | None) -> tuple[int, list] | None:
    """「…非缔约国有：文莱达鲁萨兰国和印度。这两个国家均已签署…」: the States
    listed after the colon of the sentence before, when the phrase opens its
    sentence and they are exactly `count`."""
    sentence_start = text.rfind("。", 0, at) + 1
    if sentence_start == 0 or text[sentence_start:at].strip():
        return None
    previous_start = text.rfind("。", 0, sentence_start - 1) + 1
    colon = max(text.rfind("：", previous_start, sentence_start), text.rfind(":", previous_start, sentence_start))
    if colon < 0:
        return None
    items = split_items(text, lambda name: ctx.state(name), colon + 1, sentence_start - 1)
    if not items or any(item.value is None for item in items) or len(items) != count:
        return None
    return items[0].start, items


def _treaty(ctx: Context, written: str, text: str = "", at: int = 0) -> Ref | None:
    """The treaty a title names; 「该《协定》」 is the one last named before `at`
    in `text` whose title ends so (「《…生物多样性协定》…该《协定》」)."""
    if written.startswith("该") and written.endswith("》"):
        return _that_treaty(ctx, written.lstrip("该 ").strip("《》"), text, at)
    name = written.strip("《》")
    if name in ("条约", "公约", *_THIS_TREATY):
        key = ctx.treaty_key
    else:
        entry = ctx.gaz.treaty(name)
        key = entry.key if entry else None
    if key is None:
        return None
    ref = Ref("treaty", key)
    ctx.entity(ref)
    return ref


def _that_treaty(ctx: Context, word: str, text: str, at: int) -> Ref | None:
    """「该《协定》」: the last title before `at` that ends in `word`, if it is a
    treaty (「《条约》」 alone is the report's own); none where two such titles
    stand in that title's sentence (「《A协定》和《B协定》均已生效。…该《协定》」)."""
    candidates = [t for t in _TITLE.finditer(text, 0, at) if t.group(0).strip("《》").endswith(word)]
    if not candidates:
        return None
    last = candidates[-1]
    if len(candidates) > 1 and "。" not in text[candidates[-2].end() : last.start()]:
        return None  # which of the two is meant is not said
    return _treaty(ctx, last.group(0))


# 「东帝汶和瓦努阿图以加入方式成为缔约方」, 「智利和蒙古通过交存批准书成为缔约国」
_BY_WAY_OF = re.compile(r"(?:以|通过交存)(?P<verb>批准|加入|核准|接受)(?:书|(?:的)?方式)成为(?P<treaty>《[^》]{1,60}》)?(?:的)?缔约(?:国|方)")
# 「越南交存了批准书，南苏丹和东帝汶交存了加入书」: the instrument names the action.
_DEPOSIT = re.compile(r"交存(?:了|的是|的)?(?:其)?(?:对?(?P<treaty>(?:该\s*)?《[^》]{1,60}》)(?:及其[^，。；《》]{1,30}?议定书)?的?)?\s*"
                      r"(?P<verb>批准|加入|核准|接受)书"
                      r"(?:\s*和\s*(?P<verb2>批准|加入|核准|接受)书)?")
_CLAUSE = re.compile(r"[，,。；;：:]")


# After a treaty's name: one of its instruments, not the treaty itself (「第一号议定书」,
# 「第二项任择议定书」, 「第 8 条修正案」, 「附加议定书」, 「修正」).
# Any of its instruments named in the words right after it, in the same clause: 「第 8 条和
# 第 9 条修正案」, 「两项任择议定书」, 「关于核查的议定书」, 「所附议定书」, 「《任择议定书》」,
# 「经修正的第二号议定书」.
_INSTRUMENT_OF = re.compile(r"[^，。；,;《》]{0,24}?(?:议定书|修正|修订|附件)|\s*《[^《》]{0,30}(?:议定书|修正案)》")


def _deposits(ctx: Context, unit, text: str, actions: dict) -> None:
    for match in [*_DEPOSIT.finditer(text), *_BY_WAY_OF.finditer(text)]:
        if re.match(r"\s*还是", text[match.end() :]):
            continue  # 「交存的是批准书还是加入书，尚不清楚」
        sentence_start = max(text.rfind("。", 0, match.start()), -1) + 1
        sentence_end = text.find("。", match.end())
        sentence = text[sentence_start : sentence_end if sentence_end >= 0 else len(text)]
        if match.group("treaty"):
            treaty = _treaty(ctx, match.group("treaty"), text, match.start("treaty"))
        else:
            # The instrument of the treaty the sentence names: only the report's own, and
            # not where the sentence names one of its protocols or amendments.
            titles = list(_TITLE.finditer(sentence))
            named = {_treaty(ctx, t.group(0)) for t in titles}
            instrument = any(_INSTRUMENT_OF.match(sentence, t.end()) for t in titles)
            treaty = named.pop() if len(named) == 1 and not instrument else None
        if treaty is None:
            continue
        found = _states_before(ctx, text, 0, match.start(), (_CLAUSE, _BOUNDARY)) or _former_or_latter(ctx, text, match)
        if found is None:
            continue
        list_start, items = found
        verbs = [match.group("verb")] * len(items)
        if match.groupdict().get("verb2"):
            # 「南苏丹和汤加分别于…交存了《公约》的加入书和批准书」: pairwise, only so.
            if len(items) != 2 or "分别" not in text[list_start : match.start()]:
                ctx.warn("treaty-action-pairs", "two instruments for a list of States not paired by 「分别」; not emitted",
                         ctx.span(unit, list_start, match.end()))
                continue
            verbs = [match.group("verb"), match.group("verb2")]
        for item, verb in zip(items, verbs):
            ctx.add("treaty-action", ctx.span(unit, item.start, match.end()), state=item.value, treaty=treaty,
                    action=actions[verb])


_FORMER_LATTER = re.compile(r"(?P<which>前者|后者)\s*(?:于[^，。；]{1,30}?)?$")


def _former_or_latter(ctx: Context, text: str, match: re.Match[str]) -> tuple[int, list] | None:
    """「…缔约国：马拉维和东帝汶，前者交存了批准书，后者交存了加入书」: 「前者」 is
    the first of the two States of the clause before the first of them, 「后者」 the second."""
    sentence_start = text.rfind("。", 0, match.start()) + 1  # the pair and 「前者」 are in this sentence
    clause_at = max((m.end() for m in _CLAUSE.finditer(text, sentence_start, match.start())), default=sentence_start)
    which = _FORMER_LATTER.search(text, clause_at, match.start())
    if which is None:
        return None
    former = text.rfind("前者", sentence_start, which.start() + 2)
    first = former if former >= 0 else which.start()  # the pair is the clause before the first of them
    pair_end = max((m.start() for m in _CLAUSE.finditer(text, sentence_start, first)), default=-1)
    if pair_end < 0 or text[pair_end] not in "，,":
        return None
    found = _states_before(ctx, text, sentence_start, pair_end, (_CLAUSE, _BOUNDARY))
    if found is None or len(found[1]) != 2:
        return None
    item = found[1][0 if which.group("which") == "前者" else 1]
    return item.start, [item]
