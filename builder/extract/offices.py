"""Offices: presidents, vice-presidents, chairs, secretaries-general,
credentials committees, co-chairs, facilitators, coordinators, focal points.

Phrase families read (UN Chinese style):

* 「选举 X(国) 为 … 主席」, 「A、B当选为副主席」 — elections;
* 「会议主席 X(国)」 — an officer named with the office;
* 「副主席： A / B / C」 — the bureau set out as a list;
* 「任命 A 和 B 为 … 协调人」, 「… 工作组由 A 和 B 担任共同主席」 — appointments,
  in decisions or in the report's body.

The holder is a person (the name as written, with the state in the
parenthesis as `onBehalfOf`) or a state. The office's meeting is the one the
sentence names (「为第三次缔约国会议主席」), else the reported meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..gazetteer import lookup_form
from ..iri import name_key
from ..records import Ref
from ..segment import Unit, chinese_number
from .bodies import BODY_NAME, OTHER_BODY
from .context import Context
from .lists import roles_data, split_items
from .meetings import find_meetings, meeting_key, names_own_body, names_treaty, plenary_at, series_bodies, serving_as_before
from .sentences import clause_start, sentences

_MARKER = re.compile(r"^\s*(?:\(\s*[a-z]{1,3}\s*\)|[㈠-㈩]|\d{1,3}\s*[.．])\s*")
_NAME = r"[\u4e00-\u9fffA-Za-zÀ-ÿ][\u4e00-\u9fffA-Za-zÀ-ÿ·.\-\s]{0,30}?"
# A transliterated name: parts joined by 「·」, a part may hold a hyphen (「让-马克·杜瓦尔」).
TRANSLIT_NAME = r"[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,11}(?:·[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,11})+"
# The titles written after a person's name, no part of it (「玛丽亚·埃斯皮诺萨大使」).
HONORIFICS = ("大使", "先生", "女士", "阁下", "博士", "教授", "法官")
HONORIFIC = "(?:" + "|".join(HONORIFICS) + ")"
_TRANSLIT = re.compile(TRANSLIT_NAME + "$")


@dataclass
class Holder:
    ref: Ref
    start: int
    end: int
    on_behalf_of: Ref | None = None
    function: tuple[int, str] | None = None  # (start, text) of the function written before the name
    state_start: int | None = None  # where the State is written, when before the name (「智利的X」)
    designated: bool = False  # the State designated them (「摩尔多瓦共和国指定X…」): no nationality stated


def _office_terms() -> list[dict]:
    return sorted(roles_data()["office_terms"], key=lambda t: -len(t["zh"]))


def _role_at_end(target: str) -> tuple[dict, str] | None:
    """The office term a target phrase ends with, and the phrase before it."""
    target = target.strip()
    for term in _office_terms():
        if target.endswith(term["zh"]):
            qualifier = target[: -len(term["zh"])]
            if (qualifier.endswith(("副", "助理", "候补")) or _NOT_NOW_SERVING.search(qualifier)) \
                    and not term["zh"].startswith("副"):
                return None  # 「副秘书长」, 「候任主席」: a deputy's or designate's office, which the terms do not name
            return term, qualifier
    return None


def _role_name(term: dict, qualifier: str) -> str:
    if term.get("body_role") and any(word in qualifier for word in roles_data()["body_words"]):
        return term["body_role"]
    return term["role"]


# 「来自立陶宛的X」, 「东道国巴拉圭的X」: words before the State that say where the person is from.
_FROM_STATE = re.compile(r"^(?:(?:其中)?来自|东道国)(?=[^的()（）]{2,20}的)")


def person_or_state(ctx: Context, text: str, start: int, end: int) -> Holder | None:
    """A holder written as a state, 「NAME(STATE)」, or 「FUNCTION NAME」 with a
    transliterated name."""
    piece = text[start:end].strip()
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    start += lead
    piece = re.sub(r"(?<=\S)(?:也|还|亦|继续)$", "", piece)  # 「X先生还兼任报告员」, 「请德国继续担任…」
    piece = re.sub(r"(?<=\S)(?:接替|接任|替代|取代)[^，。；、()（）]{1,20}$", "", piece)  # 「X接替切班先生担任…」
    manner = _MANNER.search(piece)
    if manner is not None:  # 「…大使以鼓掌方式当选为」: the manner is not part of the name
        piece = piece[: manner.start()]
    if _conditional(piece, text, start + len(text[start:end].strip())):
        return None  # 「如X当选为主席，会议将…」: an election that may happen
    end = start + len(piece)
    state = ctx.state(piece)
    if state is not None:
        return Holder(state, start, end)
    representative = re.fullmatch(r"(?P<state>[^的()（）]{2,20}?)的?代表(?:团)?", piece)
    if representative is not None and ctx.gaz.state(representative.group("state")) is not None:
        # 「选举罗马尼亚的代表为副主席」: the State holds the office, through its representative
        return Holder(ctx.state(representative.group("state")), start, start + len(representative.group("state")))
    piece_from = _FROM_STATE.match(piece)  # 「来自立陶宛的X」: X of that State
    if piece_from is not None and ctx.gaz.state(piece[piece_from.end() :].split("的", 1)[0]) is not None:
        piece, start = piece[piece_from.end() :], start + piece_from.end()
    match = re.fullmatch(r"(?P<state>[^的()（）]{2,20})的(?P<name>[^的()（）]{2,40})", piece)
    if match and ctx.gaz.state(match.group("state")) is None and (
            ctx.gaz.organization(match.group("state")) is not None
            or any(match.group("state").endswith(x) for x in roles_data()["organization_suffixes"] if len(x) >= 2)
            or _ends_with_organization(ctx, match.group("state"))):
        # 「国际残疾人联盟的塞缪尔·奥蒂诺」: a person of an organization (no State).
        name = _strip_title(match.group("name").strip())
        if "·" in name and _plausible_person(name):
            name_start = start + match.start("name")
            return Holder(ctx.person(name), name_start, name_start + len(name),
                          function=(start, match.group("state")))
        return None
    if match and ctx.gaz.state(match.group("state")) is not None:
        # 「智利的玛丽亚·费尔南达·埃斯皮诺萨」: the state, then the person.
        name = _strip_title(match.group("name").strip())
        if _plausible_person(name):
            name_start = start + match.start("name")
            return Holder(ctx.person(name), name_start, name_start + len(name), ctx.state(match.group("state")),
                          state_start=start)
        return None
    if match:
        # 「智利外交部的玛丽亚·贝内代蒂」: a person with a function, whose State is not said;
        # 「乌拉圭常驻联合国代表团的X」: of that State's permanent mission, for that State.
        name = _strip_title(match.group("name").strip())
        if "·" in name and _plausible_person(name):
            name_start = start + match.start("name")
            return Holder(ctx.person(name), name_start, name_start + len(name), mission_state(ctx, match.group("state")),
                          function=(start, match.group("state")))
        return None
    match = re.fullmatch(r"(?P<name>.+?)\s*[(（](?P<state>[^()（）]+)[)）]", piece)
    if match:
        behalf = ctx.state(match.group("state"))
        name = _strip_title(match.group("name").strip())
        if behalf is not None and not _plausible_person(name):
            split = split_function_name(name)  # 「副主席拉娜·哈达德(约旦)」: a title before the name
            if split is not None and split[0] and _plausible_person(split[1]):
                name_start = start + match.start("name") + len(match.group("name").strip()) - len(split[1]) \
                    if match.group("name").strip().endswith(split[1]) else None
                if name_start is not None:
                    return Holder(ctx.person(split[1]), name_start, name_start + len(split[1]), behalf)
        if behalf is not None and _plausible_person(name):
            name_start = start + match.start("name")
            return Holder(ctx.person(name), name_start, name_start + len(name), behalf)
        function = match.group("state").strip()
        if behalf is None and "·" in name and _plausible_person(name) and \
                any(function.endswith(t) for t in roles_data()["function_titles"]):
            # 「托马斯·勒菲弗(裁军事务厅日内瓦处处长)」: a function in the parenthesis.
            name_start = start + match.start("name")
            return Holder(ctx.person(name), name_start, end, function=(start + match.start("state"), function))
        return None
    bare = _strip_title(piece)  # 「…司长弗朗茨·莱特纳-霍夫曼大使」: the honorific after the name
    if bare != piece and re.fullmatch(r"[\u4e00-\u9fff]{2,5}", bare) and _plausible_person(bare) \
            and Ref("person", name_key(bare)) in ctx.entities and len(_states_named_with(ctx, piece)) == 1:
        # 「阮氏秋香女士兼任报告员」: a name written without 「·」, with its title, of
        # a person the report names with the same title and one State
        # (「阮氏秋香女士(越南)」); not 「…先生」 after 「…女士」, nor a name two
        # people of two States share.
        return Holder(ctx.person(bare), start, start + len(bare))
    split = split_function_name(bare)
    if split is not None:
        function, name = split
        trail_start = len(bare) - len(name)
        ref = ctx.person(name)
        return Holder(ref, start + trail_start, start + len(bare), mission_state(ctx, function) if function else None,
                      function=(start, function) if function else None)
    return None


# 「约旦常驻联合国代表」, 「乌拉圭常驻联合国代表团」, 「巴西常驻日内瓦裁军谈判会议代表」: a State's
# permanent representative or mission; who holds an office as that is there for the State.
# (Not a minister, 「巴拿马环境部长」: the earlier sets' annotations give such officers no
# State, the State being written only inside the function.)  _MISSION_REST is what follows the State.
# (the city of the office in parentheses may follow: 「奥地利常驻联合国(维也纳)代表」)
_MISSION_REST_PATTERN = r"(?:政府)?常驻(?:[^、，,的()（）]|[(（][\u4e00-\u9fff]{1,6}[)）]){0,24}?(?:代表团|副代表|代表)(?:团长|副团长|团临时代办)?"
_MISSION = re.compile(r"(?P<state>[^、，,的()（）]{2,20}?)" + _MISSION_REST_PATTERN)
_MISSION_REST = re.compile(_MISSION_REST_PATTERN)
# 「丹麦代表」, 「丹麦政府代表」, 「丹麦代表团团长」, 「波兰代表团的」: the representative of a State (a
# member of its delegation), named before the person.
_REPRESENTATIVE_OF = re.compile(r"(?P<state>[^、，,的()（）]{2,20}?)(?:政府)?(?:代表团团长|代表团|代表)")
_SECRETARIAT_ROLES = frozenset(("SecretaryGeneral", "Secretary"))
# The meeting itself decides: 「会议决定，」, 「审议会议还商定」 (not 「主席团决定」, 「第 1 号决定」).
_MEETING_DECIDED = re.compile(r"(?:^|[，,；;]|\d\s*[.．])\s*(?:本次|本届)?(?:会议|大会|审议会议|审议大会|缔约国会议|缔约方会议)"
                              r"(?:还|并|又|随后|也)?\s*(?:决定|商定|同意)")
# A line's label that names a committee (「第五条执行情况委员会」), after an item mark (「(a)」).
_BODY_LABEL = re.compile(r"(?:\(?[a-z\d]{1,2}[).．]\s*)?(?P<body>[^：:\n；;，,、()（）]{2,30}?" + BODY_NAME + ")")


def mission_state(ctx: Context, function: str) -> Ref | None:
    """The State whose permanent representative or mission the function is (the
    longest State name it opens with), or whose representative (「丹麦代表」), or None."""
    function = function.strip()
    plain = _REPRESENTATIVE_OF.fullmatch(function)
    if plain is not None and ctx.gaz.state(plain.group("state")) is not None:
        return ctx.state(plain.group("state"))  # 「选举丹麦代表X为副主席」: X, for Denmark
    if _MISSION.fullmatch(function) is None:
        return None
    for end in range(min(len(function) - 1, 20), 1, -1):
        if ctx.gaz.state(function[:end]) is not None and _MISSION_REST.fullmatch(function[end:]):
            return ctx.state(function[:end])
    return None


def _ends_with_organization(ctx: Context, text: str) -> bool:
    """「联合国日内瓦办事处裁军事务厅」: the text ends with a known organization's name."""
    return any(ctx.gaz.organization(text[i:]) is not None for i in range(max(0, len(text) - 20), len(text) - 2))


# Short names that are also what a conference or treaty body calls itself.
_AMBIGUOUS_BODIES = frozenset({"大会", "委员会", "理事会", "秘书处"})


def affiliation_of(ctx: Context, function: str) -> Ref | None:
    """The organization a function opens with (「红十字国际委员会常驻联合国观察员」 → ICRC),
    the longest known name that is a prefix; None if none is known."""
    form = lookup_form(function)
    names = ctx.gaz.org_names()
    end = next((end for end in range(len(form), 1, -1) if form[:end] in names), None)
    if end is None or form[:end] in _AMBIGUOUS_BODIES:
        return None  # 「大会主席」: the General Assembly's, or the conference's own
    key = names[form[:end]]
    ref = Ref("organization", key)
    ctx.entity(ref)
    return ref


def split_function_name(piece: str) -> tuple[str, str] | None:
    """「裁军事务厅…处长克里斯托弗·金」 → (function, name) for a transliterated
    name (with 「·」) at the end. The function ends with a title word
    (处长, 部长, 代表…); without one, only a bare name is accepted."""
    trail = _TRANSLIT.search(piece)
    if trail is None:
        return _after_title(piece)
    head = piece[: trail.start()]
    first, _, rest = trail.group(0).partition("·")
    cut = -1
    for title in roles_data()["function_titles"]:
        at = first.rfind(title)
        if at >= 0:
            cut = max(cut, at + len(title))
    if cut >= 0:
        return head + first[:cut], first[cut:] + "·" + rest if first[cut:] else None
    if head:
        return None
    return "", trail.group(0)


def _after_title(piece: str) -> tuple[str, str] | None:
    """「核武器爆炸幸存者代表木藤已一」 → a name of two to four characters
    written right after a title word that closes the function."""
    best = -1
    for title in roles_data()["function_titles"]:
        at = piece.rfind(title)
        if at >= 0:
            best = max(best, at + len(title))
    if best <= 0:
        return None
    name = piece[best:]
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return None
    if any(name.endswith(t) for t in roles_data()["function_titles"] + roles_data()["organization_suffixes"]):
        return None
    return piece[:best], name


def _holder_shape(ctx: Context, piece: str) -> bool | None:
    """True where a list item reads as one holder (for splitting lists)."""
    piece = piece.strip()
    if ctx.gaz.state(piece) is not None:
        return True
    match = re.fullmatch(r"(?P<name>.+?)\s*[(（](?P<state>[^()（）]+)[)）]", piece)
    if match and ctx.gaz.state(match.group("state")):
        name = _strip_title(match.group("name").strip())
        split = split_function_name(name) if not _plausible_person(name) else None
        if _plausible_person(name) or (split is not None and split[0] and _plausible_person(split[1])):
            return True  # 「幸存者代表阿伊达娜·卡瑟姆别科娃(哈萨克斯坦)」: a function, a name, a State
    piece = _FROM_STATE.sub("", piece)  # 「来自立陶宛的X」: X of that State
    match = re.fullmatch(r"(?P<state>[^的()（）]{2,20})的(?P<name>[^的()（）]{2,40})", piece)
    if match and ctx.gaz.state(match.group("state")) and _plausible_person(_strip_title(match.group("name").strip())):
        return True
    split = split_function_name(piece)
    # 「意大利外交和国际合作部副部长乔瓦尼·德卢卡」: a 「和」 inside the function is no join.
    return True if split is not None and "和" not in split[1] and "·" not in split[0] \
        and (not split[0] or "·" in split[1] or "和" not in piece) else None


def _listed_holders(ctx: Context, text: str, start: int, end: int) -> list[Holder]:
    """The holders text[start:end] lists, every one read (as a State or a named
    person); [] when the list is empty or one of them does not read."""
    items = split_items(text, lambda piece: _holder_shape(ctx, piece), start, end)
    holders = [person_or_state(ctx, text, item.start, item.end) for item in items]
    return holders if holders and all(h is not None for h in holders) else []


def _strip_title(name: str) -> str:
    """「玛丽亚·埃斯皮诺萨大使」 → the name without an honorific title after it."""
    for title in HONORIFICS:
        if name.endswith(title) and len(name) > len(title) + 1:
            return name[: -len(title)]
    return name


_CONDITIONAL = re.compile(r"(?:如果|如若|倘若|假如|一旦)")
_IF = re.compile(r"[如若]")  # alone, they also open names (若昂, 若泽: João, José)
_THEN = re.compile(r"[^。；]*?[，,][^。；]*?(?:则|将|便|就)")


def _conditional(piece: str, text: str, after: int) -> bool:
    """「如果X当选…」, or 「如/若X当选…，(会议)将/则…」: the clause is a condition."""
    return bool(_CONDITIONAL.match(piece) or _IF.match(piece) and _THEN.match(text, after))


def _states_named_with(ctx: Context, name_and_title: str) -> set[str]:
    """The States the report writes in parentheses right after this name and title."""
    pattern = re.escape(name_and_title) + r"\s*[(（]\s*([^()（）]{2,20}?)\s*[)）]"
    return {m.group(1) for m in re.finditer(pattern, ctx.clean.text) if ctx.gaz.state(m.group(1)) is not None}


_MANNER = re.compile(r"(?:\s*(?:以[^，。；·]{1,10}?方式|经(?:鼓掌|协商一致|一致同意)(?:方式)?|以鼓掌|一致|再次|正式))+$")


# Verbs that run on after a name (「X填补…的空缺」, 「X接替其担任…」, 「A和B共同主持」): never in a
# transliteration's last part.
_VERB_IN_NAME = re.compile(r"填补|接替|接任|替代|取代|代替|继任|担任|出任|兼任|共同|联合主持|主持|介绍|当选|辞职|发言|宣布|代表")


def _plausible_person(name: str) -> bool:
    if len(name) > 40 or re.search(r"[，。；、：]", name):
        return False
    if "·" in name and any(len(part) > 8 for part in name.rsplit("·", 1)[1].split("-")):
        return False  # a transliteration's last part, then more words
    if "·" in name and _VERB_IN_NAME.search(name.rsplit("·", 1)[1]):
        return False  # 「阿玛杜·西塞填补卡马拉」, 「卡塔琳娜·福格尔接替其」, 「德里克·霍尔德共同」: a verb run into the name
    if "·" in name and len(name.split("·", 1)[0].replace("-", "")) > 8:
        return False  # words before a transliteration's first part (「知名人士小组成员约翰·…」)
    if re.search(r"会议|主席|秘书|代表|报告员|委员会|工作组|小组|的|(?<=.)[和与及]", name):
        return False  # an office word or a conjunction: more than one name
    if re.match(r"还请|也请|还由|请|随后|人选|候选人", name) \
            or "·" in name and re.search(r"(?<=.)[由为在于请将]", name.split("·", 1)[0]):
        return False  # 「还请劳拉·…」, 「人选达维特·…」, 「…工作组由巴尤·…」: words before the name
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,5}", name) or "·" in name or re.fullmatch(r"[A-Za-zÀ-ÿ .\-']{3,}", name))


def _meeting_for(ctx: Context, qualifier: str) -> tuple[Ref | None, bool]:
    """The meeting an office belongs to: the one the qualifier ends with
    (「第三次缔约国会议主席」), else the reported one. Returns (meeting, named)."""
    # (「缔约方会议第三十六届会议主席团中的副主席」: the officer of that meeting's bureau)
    mentions = [m for m in find_meetings(ctx, qualifier) if re.fullmatch(r"\s*(?:的\s*)?(?:主席团(?:中)?\s*)?的?\s*", qualifier[m.end :])]
    relative = _RELATIVE_MEETING.search(qualifier)
    if relative is not None and not mentions:
        # 「选举X为下次会议主席」: the office of the next (or previous) meeting of the
        # series, never the reported one; resolved only where the report names it.
        info = ctx.meeting
        step = -1 if relative.group("dir") in _EARLIER else 1
        if relative.group("dir") is None or info is None or info.ordinal is None or info.ordinal + step < 1:
            return None, True
        other = ctx.meetings.get(meeting_key(info.series, info.ordinal + step))
        return (ctx.meeting_ref(other) if other is not None else None), True
    if mentions:
        info = ctx.meetings.get(mentions[-1].key)
        if info is not None:
            return ctx.meeting_ref(info), True
        return None, True
    if ctx.meeting is None:
        return None, False
    if _NUMBERED_SESSION.search(qualifier):
        # 「附属履行机构第八十三届会议主席」, 「缔约方会议第四十届会议主席」 in a CMA report: a
        # session the report does not resolve, of another body or series; not the reported meeting
        return None, True
    return ctx.meeting_ref(ctx.meeting), False


# 「X会议在其第一届会议上」: a conference (not a committee, whose own first meeting elects
# its chair) holding a session of its own.
_AT_ITS_SESSION = re.compile(r"(?P<subject>[\u4e00-\u9fff]{2,30}?(?:会议|大会))\s*在其\s*第")
_OWN_SUBJECTS = frozenset(("会议", "大会", "审议会议", "审议大会", "缔约国会议", "缔约方会议", "缔约方大会", "本次会议", "本届会议"))
# A session named by its number as a clause's subject (not a sitting's frame 「在第 1 次会议上」).
_CLAUSE_SESSION = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*届\s*(?:会议|届会)(?!\s*上)")
# A session or meeting named by its number in an office's qualifier: 「…第八十三届会议」.
# (「第 391 次会议」 unresolved is a sitting of the reported meeting: only sessions, 「届」)
_NUMBERED_SESSION = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4})\s*届\s*(?:会议|届会|会)\s*的?\s*$")
# 「下次会议」, 「下一届会议」, 「上届缔约国会议」: a meeting named relative to the reported one.
_RELATIVE_MEETING = re.compile(r"(?:(?P<dir>下一|下|上一|上|前一)\s*(?:次|届)|今后|未来)\s*(?:各次|各届)?\s*"
                               r"[\u4e00-\u9fff]{0,8}?(?:会议|大会|届会)\s*的?\s*$")
_EARLIER = ("上一", "上", "前一")
# 「前任主席」, 「即将离任的主席」, 「卸任主席」, 「候任主席」, 「代理主席」: not the office as held at the meeting.
_NOT_NOW_SERVING = re.compile(r"(?:前任|离任|卸任|候任|代理|即将上任|已故)的?\s*$")

_SINGLE_HOLDER = {"President", "SecretaryGeneral", "Secretary"}
_PAIRED = re.compile(r"\s*[，,]\s*分别为(?P<persons>[^。；]+?)(?=[。；]|$)")


def _paired_representatives(ctx: Context, text: str, h_start: int, h_end: int, after: int) -> list[Holder] | None:
    """「由哈萨克斯坦、马耳他和乌拉圭的代表担任副主席，分别为A、B和C」: the
    persons, in the States' order, each on behalf of the State of the same rank."""
    holders_text = text[h_start:h_end]
    if not holders_text.endswith("的代表"):
        return None
    persons = _PAIRED.match(text, after)
    if persons is None:
        return None
    states = split_items(text, lambda name: ctx.state(name), h_start, h_end - len("的代表"))
    names = split_items(text, lambda piece: _holder_shape(ctx, piece), persons.start("persons"), persons.end("persons"))
    if not states or len(states) != len(names) or any(s.value is None for s in states):
        return None
    holders = []
    for state, name in zip(states, names):
        holder = person_or_state(ctx, text, name.start, name.end)
        if holder is None or holder.ref.kind != "person":
            return None
        holders.append(Holder(holder.ref, holder.start, holder.end, state.value, holder.function))
    return holders


# The decision that made an election, in parentheses after the holders: 「(第 3 号决定)」, 「(WHA81(3)号决定)」.
_BY_DECISION = re.compile(r"\s*[(（](?:[^()（）]|[(（]\d{1,3}[)）]){1,30}?号(?:决定|决议)\s*[)）]\s*[。；]?\s*$")


_NAMED_PERSON = re.compile(rf"(?P<name>{TRANSLIT_NAME})"
                           + HONORIFIC + r"?\s*(?:[(（](?P<state>[^()（）]{2,30})[)）])?")


def _referent(ctx: Context, text: str, sentence_start: int) -> Holder | None:
    """The one person (a transliterated name, with the State in parentheses if
    any) named in the sentence before `sentence_start`; None if none or several."""
    before = text[:sentence_start].rstrip()
    previous = before[before.rfind("。", 0, len(before) - 1) + 1 :] if before.endswith("。") else ""
    matches = list(_NAMED_PERSON.finditer(previous))
    if len(matches) != 1:
        return None  # no one, or several: 「他」 is not told
    split = split_function_name(matches[0].group("name"))
    name, state = split[1] if split is not None else matches[0].group("name"), matches[0].group("state")
    if not _plausible_person(name):
        return None
    return Holder(ctx.person(name), 0, 0, ctx.state(state) if state else None)


def _known_behalf(ctx: Context, person: Ref, meeting: Ref) -> Ref | None:
    """The State a person holds another office of the same meeting for, when the
    text named it there and only one (「副主席卡塔日娜·沃伊奇克兼任报告员」 after
    「卡塔日娜·沃伊奇克(波兰)」 was elected Vice-President)."""
    if person.kind != "person":
        return None
    states = {f.get("onBehalfOf") for f in ctx.facts if f.kind == "office" and f.get("holder") == person
              and f.get("meeting") == meeting and f.get("onBehalfOf") is not None}
    return states.pop() if len(states) == 1 else None


def _committee_role(ctx: Context, meeting: Ref, role: str, body: str | None) -> str:
    """A committee's session is chaired, a conference presided: the officers of
    a meeting of a series of a committee, commission or forum (「…筹备委员会」, 「裁军审议
    委员会实质性会议」, 「人权事务委员会届会」, 「联合国森林论坛届会」) are its Chair and Vice-Chairs."""
    info = ctx.meetings.get(meeting.key)
    series = ctx.gaz.series.get(info.series) if info is not None else None
    if body is None and series is not None and re.search(r"(?:委员会|论坛)(?:年度)?(?:实质性会议|届会|会议)?$", series.zh_name):
        return {"President": "Chair", "VicePresident": "ViceChair"}.get(role, role)
    return role


def _nationalities_of_the_elected(ctx: Context) -> None:
    """A report whose meeting is not identified (another body's sessions, a series the
    gazetteer does not have) states no office of it; who was elected or appointed,
    and for which State, it states all the same: 「委员会选举智利的X为主席」 → X, Chile."""
    for unit, text in ctx.units("paragraph", "footnote"):
        if not _APPOINTMENT_KEY.search(text):
            continue
        for s, e in sentences(text):
            sentence = text[s:e]
            for pattern, keys in _APPOINTMENTS:
                if not any(key in sentence for key in keys):
                    continue
                for match in pattern.finditer(sentence):
                    for holder in _listed_holders(ctx, text, s + match.start("holders"), s + match.end("holders")):
                        _nationality(ctx, unit, holder, holder.end)


def _emit(ctx: Context, unit: Unit, holders: list[Holder], role: str, meeting: Ref, span_start: int,
          span_end: int, elected_at: Ref | None = None, appointed_by: Ref | None = None, body: str | None = None) -> None:
    role = _committee_role(ctx, meeting, role, body)
    for holder in holders:
        s = min(span_start, holder.start)
        e = max(span_end, holder.end)
        args = {"holder": holder.ref, "meeting": meeting, "role": role}
        behalf = holder.on_behalf_of or _known_behalf(ctx, holder.ref, meeting)
        if behalf is not None and role in _SECRETARIAT_ROLES and holder.function is not None \
                and mission_state(ctx, holder.function[1]) == behalf:
            behalf = None  # a meeting's secretary serves the meeting, not the State whose mission they are of
        if behalf is not None:
            args["onBehalfOf"] = behalf
        if elected_at is not None:
            args["electedAt"] = elected_at
        if appointed_by is not None:
            args["appointedBy"] = appointed_by
        if body:
            args["body"] = body
        ctx.add("office", ctx.span(unit, s, e), **args)
        if holder.function is not None:
            f_start, function = holder.function
            ctx.add("function", ctx.span(unit, f_start, holder.end), subject=holder.ref, value=function)
            affiliation = affiliation_of(ctx, function)
            if affiliation is not None:
                ctx.add("affiliation", ctx.span(unit, f_start, holder.end), subject=holder.ref, value=affiliation)
        _nationality(ctx, unit, holder, e)


def _nationality(ctx: Context, unit: Unit, holder: Holder, end: int) -> None:
    """A person's State, as the text names it with them (「日本的X」, 「X(日本)」)."""
    if holder.on_behalf_of is not None and holder.ref.kind == "person" and not holder.designated:
        n_start = holder.state_start if holder.state_start is not None else holder.start
        ctx.add("nationality", ctx.span(unit, min(n_start, holder.start), end), subject=holder.ref, value=holder.on_behalf_of)


_ELECT = re.compile(
    r"(?:(?:确认|批准|同意)了?(?:对)?(?=选举|选出|任命|指定|提名))?(?:选举|推选|选出|任命|指定|确认|提名(?!的))了?\s*"
    r"(?P<holders>他|她|(?:(?!任命|选举|推选|提名(?!的))[^，。；：]){2,200}?)为(?P<target>[^，。；：]{0,60}?)(?=[，。；]|$)"
)
_ELECTED = re.compile(r"(?:^\s*\d{1,3}\s*[.．]\s*)?(?P<holders>[^，。；：]{2,200}?)(?:当选为|当选|被选为|被推选为|被任命为|获任命为|被指定为"
                      # 「X大使经鼓掌一致推选为审议会议主席」: passive without 被, after its manner
                      r"|(?:(?<=鼓掌)|(?<=一致))(?:推选为|选为))"
                      r"(?P<target>[^，。；：]{0,60}?)(?=[，。；]|$)")
# (「指定X接替切班先生担任副主席」: X serves in the office of the one replaced, `_REPLACING`)
_REPLACING = r"(?:\s*(?:在[^，。；：]{1,12}?(?:内|期间))?\s*接替(?P<replaced>[^，。；：]{1,20}?))?"
_SERVE = re.compile(r"(?P<body>[^，。；：]{0,60}?)(?:将)?由(?P<holders>(?:(?!接替)[^，。；：]){2,120}?)" + _REPLACING
                    + r"担任(?P<target>[^，。；：]{0,30}?)(?=[，。；]|$)")
# 「裁军事务厅…干事马库斯·林德奎斯特担任会议秘书」, 「会议秘书长由……担任」
_SERVES_AS = re.compile(
    r"(?:^|(?<=[，。；]))\s*(?:\d{1,3}\s*[.．]\s*)?(?:并|还)?(?:(?:会议|大会)(?:一致|还|也)?)?(?:注意到|获悉|确认)?[，,]?\s*"
    r"(?P<holders>(?:(?!提名|选举|推选|选出|任命|指定|决定|同意|请|并|注意到)[^，。；：由]){2,80}?)(?:将)?担任"
    r"(?P<target>(?:会议|大会|审议会议|筹备委员会|委员会)[^，。；：]{1,12}?)(?=[，。；]|$)"
)
# 「并请新西兰担任普遍加入问题促进者」: the meeting asks a state or person to serve.
_INVITED = re.compile(r"(?<![申提])请(?!求)(?P<holders>(?:(?!请|担任)[^，。；：]){2,80}?)担任(?P<target>[^，。；：]{1,40}?)(?=[，。；]|$)")
# 「会议秘书长由…担任」, 「会议秘书长由联合国秘书长指定，由X出任」
_FILLED_BY = re.compile(r"(?P<target>(?:会议|大会|审议会议)[^，。；：由]{1,12}?)由(?:[^，。；：由]{2,20}?(?:指定|任命|提名)[，,]\s*由)?"
                        r"(?P<holders>[^，。；：]{2,80}?)(?:担任|出任)(?=[，。；]|$)")
# 「会议选举下列缔约国担任副主席：A、B和C」, 「会议任命了下列协调员：议题：A和B；…」,
# 「会议选出下列缔约方的代表担任第十八次会议副主席，任期…至…结束： ⏎ 非洲国家：A和B ⏎ …」
# 「会议选出了四名副主席。当选者为：A、B和C。」: the list in the next sentence.
_ELECTED_ARE = r"(?:当选者|当选人)(?:分别)?(?:为|是)"
_ELECT_LIST = re.compile(
    r"(?:(?:选举|推选|选出|任命|指定)(?:下列|以下)[^，。；：]{0,16}?(?:担任|为)|(?<![^，。；：\s由])(?:下列|以下)[^，。；：]{0,10}?(?:担任|当选为|当选)"
    # 「任命了 2024-2025 年闭会期间的下列协调员：普遍加入：加纳和新西兰；…」: the office right after 下列
    r"|(?:选举|推选|选出|任命|指定)了?(?P<pre>[^，。；：下为]{1,30}?的)?(?:下列|以下)(?=[^，。；：为]{1,30}[：:])"
    # 「会议以鼓掌方式选出三名副主席：A(乌拉圭)、B(捷克)和C(奥地利)」: a count, then the office
    r"|(?:选举|推选|选出|任命|指定)了?\s*(?:下列|以下)?\s*(?P<count>\d{1,2}|[一两二三四五六七八九十]{1,3})\s*(?:名|位|个)"
    r"(?=[^，。；：为]{1,30}(?:[：:]|[，,]\s*(?:按[^，。；：]{1,12}?)?(?:开列|列示|分列)如下[：:]|[。.]\s*" + _ELECTED_ARE + r"[：:])))"
    # 「…副主席，按区域集团开列如下：」: the list follows, by regional group
    r"(?P<target>[^，。；：]{1,30}?)(?:[，,]\s*分别来自[^：:。]{0,80}|[，,]\s*任期[^：:。]{0,60}"
    r"|[，,]\s*(?:按[^，。；：]{1,12}?)?(?:开列|列示|分列)如下|[。.]\s*" + _ELECTED_ARE + r")?[：:](?P<holders>[^。]+)"
)
# Verbs that may follow a title whose holder is not named: 「主席感谢X(国)」 (X is thanked).
_VERB_AFTER_TITLE = (r"感谢|请|邀请|宣布|指出|表示|欢迎|提醒|回顾|告知|通知|说|对|就|在|代表|提议|建议|介绍|称赞|祝贺"
                     r"|提及|赞扬|答复|回答|注意到|忆及|强调"
                     # (向, 于: verbs far more often than the surnames of 「会议主席于静怡女士」)
                     r"|向|于")
_NAMED = re.compile(
    r"(?P<target>(?:会议|大会)?)(?P<role>主席|副主席|(?<=会议)秘书长)(?![为由是]|分别|" + _VERB_AFTER_TITLE + r")(?P<name>(?:(?!会议|秘书长|主席|和|与|及)[\u4e00-\u9fff·]){2,30}?)\((?P<state>[^()]{2,30})\)"
    r"|(?P<target2>会议)(?P<role2>秘书长|执行秘书|报告员)"
    r"(?P<name2>[\u4e00-\u9fff]{1,12}(?:·[\u4e00-\u9fff]{1,12})*·[\u4e00-\u9fff]{1,8}?)"
    r"(?=[(（，。；、：\s]|和|与|及|的|在|于|为|宣布|作|出席|发言|致|介绍|主持|宣读|代表|说|表示|指出|提交|报告|也|还|随后|将|未|$)"
    r"(?:\((?P<state2>[^()]{2,30})\))?"
)
_NAMED_ROLES = {"主席": "President", "副主席": "VicePresident", "秘书长": "SecretaryGeneral",
                "执行秘书": "Secretary", "报告员": "Rapporteur"}
_COMPOSED = re.compile(r"(?P<body>[^，。；：]{2,30}?委员会)(?:除[^，。；]{1,20}外[，,]\s*)?(?:还|另)?由(?:下列|以下)?\s*"
                       r"(?P<n>\d+|[一两二三四五六七八九十]+)?\s*(?:个|名)?(?:成员|国家|缔约国)(?:的代表)?组成[：:](?P<holders>[^。；]+)")
# 「设立了由 A、B 和 C 组成的全权证书委员会」 (not 「由下列九个缔约国组成的…」: _COMPOSED_LISTED)
_COMPOSED_BY = re.compile(r"由(?!\s*(?:下列|以下))(?P<holders>[^，。；：由]{2,200}?)组成的(?P<body>[^，。；：]{2,30}?委员会)")
# 「任命了由下列九个缔约国组成的全权证书委员会：A、B…和C」
_COMPOSED_LISTED = re.compile(r"由(?:下列|以下)\s*(?:(?P<n>\d+|[一两二三四五六七八九十]+)\s*(?:个|名)?)?\s*(?:缔约国|国家|成员)"
                              r"(?:的代表)?组成的(?P<body>[^，。；：]{2,30}?委员会)[：:](?P<holders>[^。；，,]+)")
# 「会议任命了由九名成员组成的全权证书委员会，成员如下：A、B和C」
# 「全权证书委员会由孟加拉国、厄瓜多尔…和尼日利亚五国代表组成」
# 「设立了全权证书委员会，由厄瓜多尔、加纳…和新西兰组成」
_COMPOSED_OF = re.compile(r"(?P<body>[^，。；：由]{2,30}?委员会)(?:[，,]\s*)?由(?P<holders>[^，。；：由]{2,200}?)\s*"
                         r"(?:(?P<n>\d+|[一两二三四五六七八九十]+)\s*(?:个|名)?(?:缔约国|国家|成员|国)?)?(?:的)?(?:代表)?组成(?![的：:])")
# 「获任命为委员会成员的有九个缔约国：A、B…和C」
_MEMBERS_NAMED = re.compile(r"(?:获任命为|当选为|被任命为)(?P<body>[^，。；：的]{0,20}?委员会)成员的(?:有|是|为)(?:下列)?\s*"
                            r"(?:(?:\d+|[一两二三四五六七八九十]+)\s*(?:个|名)?\s*(?:缔约国|国家|成员)?)?\s*[：:](?P<holders>[^。；]+)")
_MEMBERS_FOLLOW = re.compile(r"(?:组成的|设立了|设立|任命了)(?P<body>[^，。；：由的]{2,20}?委员会)[，,]\s*(?:其)?成员(?:如下|为)[：:]"
                             r"(?P<holders>[^。；]+)")
_MEMBERS_COUNT = re.compile(r"(?P<body>[^，。；：]{2,30}?委员会)由\s*(?P<n>\d+|[一两二三四五六七八九十]+)\s*(?:个|名)(?:成员|国家|缔约国)组成")
# 「由东欧国家集团提名的」 before the holders: the group that nominated them (one group or a State).
_NOMINATED_BY = re.compile(r"\s*由[^，。；由]{2,40}?(?:国家集团|集团|国家组)提名的\s*")
# A regional group after a holder on a line of a bureau list: 「…(爱尔兰)，西欧和其他国家集团」.
_GROUP_AFTER = re.compile(r"\s*[，,]\s*[\u4e00-\u9fff\-－]{2,24}?(?:国家集团|国家组|集团|区域组|地区组)\s*$")
# A group's label opening a line of a list: 「 ⏎ 东欧集团：」.
# The United Nations' five regional groups by name, without 「集团」: 「非洲国家：」, 「西欧和其他国家：」.
# (the UNEP regions too: 「亚洲-太平洋国家」, 「中欧和东欧国家」)
_REGIONAL_GROUPS = (r"(?:非洲国家|亚洲国家|亚洲及太平洋国家|亚洲和太平洋国家|亚洲[-－—]太平洋国家|亚太国家|东欧国家|中欧和东欧国家|中东欧国家"
                    r"|拉丁美洲和加勒比国家|拉丁美洲及加勒比国家|西欧和其他国家)")
_GROUP_LINE = re.compile(r"(^|\n)(\s*(?:[\u4e00-\u9fff\-－]{2,24}?(?:国家集团|国家组|集团|区域组|地区组)|" + _REGIONAL_GROUPS + r")\s*[：:])")
_GROUP_LABEL = re.compile(r"[\u4e00-\u9fff\-－]{2,20}(?:国家集团|国家组|集团|区域组|地区组)|" + _REGIONAL_GROUPS)
# 「第二届会议主席、马来西亚的阿兹兰·本·哈希姆大使宣布…」: an office, then its holder in apposition
# (or 「…主席、斐济常驻联合国代表约纳·塔沃拉先生宣布…」: a permanent representative, for the State).
_APPOSITION = re.compile(
    r"(?P<target>[^，。；：、]{1,40}?(?:共同主席|副主席|主席|秘书长|秘书|协调员|协调人|报告员|联络人|主持人))、"
    r"(?P<holder>(?:[^的，。；、()]{2,20}的|[^的，。；、()·]{2,20}?常驻[^、，,的()（）·]{0,24}?(?:副代表|代表))"
    r"[\u4e00-\u9fff][\u4e00-\u9fff\-]{0,11}(?:·[\u4e00-\u9fff\-]{1,12}?)+?" + HONORIFIC + r"?)"
    r"(?=宣布|介绍|作了|作|主持|以及|和|在|发言|致|[，。]|说|表示|提交|报告|向)"
)
# 「透明度和报告工作组共同主席马耳他和菲律宾分别介绍了…」, 「由缔约国第十三次会议任命的
# 普遍加入问题协调员法国和菲律宾介绍了…」: a body's office, then the States holding it.
_TITLE_STATES = re.compile(
    r"(?:由(?P<appointer>[^，。；由]{2,30}?)任命的)?(?P<target>[^，。；、由的]{1,30}?(?:共同主席|联合主席|协调员|协调人|联络人|主持人|主席))"
    r"(?P<holders>[\u4e00-\u9fff、]{2,60}?)(?=分别|介绍|提交|报告了|主持|作了|发言|[，。])"
)
# 「2027 年缔约方会议将于…在日内瓦举行，由斯洛文尼亚的米哈·科瓦契奇大使主持」
_PRESIDED_BY = re.compile(r"[，,]\s*(?:并|将)?由(?P<holders>[^，。；：由]{2,60}?)(?:担任主席并)?主持(?:会议)?(?=[，。；]|$)"
                          r"|(?:商定|决定|同意)由(?P<holders2>[^，。；：由]{2,60}?)主持(?P<over>[^，。；]{2,40}?会议)(?=[，。；]|$)")
# The words before 「设立」 when the reported meeting sets a body up, in a clause of its
# own: 「(N.) (在第 1 次全体会议上，)缔约方大会(还)商定设立」 (its subject the meeting, or
# none); not 「会议回顾，第一次会议设立了」, 「会议未能商定设立」, 「会议建议设立」.
_SETS_UP_LEAD = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?P<s1>[^，。；：在]{0,16}?)\s*(?:在(?P<at>[^，。；在]{1,40}?)上\s*[，,]?\s*)?"
                           r"(?P<s2>[^，。；：在]{0,16}?)\s*(?:还|并|又|随后|也|即|已)?\s*(?:商定|决定|同意)?\s*")
# A sitting of the meeting (「在 5 月 10 日第 4 次全体会议上」, 「在联席会议上」), not another
# meeting (「在缔约方大会第十二次会议上」, 「在 2021 年会议上」).
_SITTING = re.compile(r"[\s\d年月日上下午晚第至和、]*(?:次(?:全体)?会议|联席会议)?")


def _set_up_by_meeting(ctx: Context, lead: str, body: str) -> bool:
    """The words `lead` before 「设立…」 say that the reported meeting set the body up,
    and `body` names one body (not 「…小组和一个…小组」, 「两个联络小组」)."""
    match = _SETS_UP_LEAD.fullmatch(lead)
    if match is None or re.search("(?:" + BODY_NAME + r")\s*(?:和|及|与|、)|^(?:两|[二三四五六七八九十\d]+)\s*个", body.strip()):
        return False
    at = match.group("at")
    if at is not None and (not _SITTING.fullmatch(at) or not _years_of_the_meeting(ctx, at)):
        return False
    return all(_the_meeting_or_its_part(ctx, subject.strip()) for subject in (match.group("s1"), match.group("s2")))


def _years_of_the_meeting(ctx: Context, text: str) -> bool:
    """Every year `text` writes is one the reported meeting was held in (「在 2023 年 11 月 27 日
    第 1 次全体会议上」 in the 2025 meeting's report is another meeting's sitting)."""
    years = {int(y) for y in re.findall(r"(\d{4})\s*年", text)}
    if not years:
        return True
    info = ctx.meeting
    held = {d.year for d in (info.start, info.end) if d is not None} if info is not None else set()
    return bool(held) and years <= set(range(min(held), max(held) + 1))


# A part of the reported meeting (「筹备部分」, 「高级别部分」, not 「上届会议高级别部分」) or one of its
# sessional working groups (「第二工作组」), as the subject that sets a body up.
_MEETING_PART = re.compile(r"(?:(?:本次|本届)?会议的?)?[^，。；、的届次期会]{0,6}部分|第[一二三四五六七八九十]{1,2}工作组")
# The meeting as a clause's subject, whatever it reports on.
_THE_MEETING = frozenset(("会议", "本次会议", "本届会议"))


def _the_meeting_or_its_part(ctx: Context, subject: str) -> bool:
    """`subject` (as the subject of a clause) is the reported meeting (none, 「会议」,
    its body's name, or a short name its own name contains: 「缔约方大会」 in a COP's
    report, not 「大会」 in one of a meeting of States parties), a part of it, or a
    body the report says it has."""
    own_short = subject in _OWN_SUBJECTS and ctx.meeting is not None and subject in ctx.meeting.label_zh.replace("\n", "")
    return not subject or subject in _THE_MEETING or own_short or names_own_body(ctx, subject) \
        or _MEETING_PART.fullmatch(subject) is not None \
        or re.search(BODY_NAME + "$", subject) is not None and _committee(ctx, subject, "") is not None \
        and _meetings_body(ctx, subject)


_COMPOSED_BEFORE = re.compile(r"(?:组成的|任命了|设立了)(?P<body>[^，。；：的]{2,30}?委员会)[^。；]*$")
# (「设立全体委员会，由A担任主席，由B担任副主席」: the second office is the same body's)
_SET_UP = re.compile(r"设立了?(?:一个)?(?P<body>[^，。；]{2,30}?" + BODY_NAME + r")\s*[，,]\s*"
                     r"(?:由[^，。；由]{2,80}?担任[^，。；]{1,20}?[，,]\s*)*$")
# 「另设立了一个由加拿大的X主持的法律起草小组」: the chair of a body the meeting set up.
_BODY_PRESIDED = re.compile(r"设立了?(?:一个)?由(?P<holders>[^，。；：由]{2,60}?)(?:共同)?主持的(?P<body>[^，。；：]{2,30}?"
                            r"(?:" + BODY_NAME + r"|主席之友))(?=[，。；]|$)")
# 「由新西兰的X和埃及的Y共同主持的磋商未能取得一致结果」: the co-chairs of a part of
# the meeting (its consultations, discussions, a contact group), in a relative clause.
# Not a working group or committee: those may be intersessional, set up before.
_PART_PRESIDED = re.compile(r"由(?P<holders>[^，。；：由]{2,80}?)共同主持的"
                            r"(?P<body>[^，。；：的由]{0,16}?(?:磋商|讨论|对话|圆桌会议|辩论|联络组))"
                            # the body's name ends there: a clause's end or what it did (not 「讨论了」)
                            r"(?=\s*(?:[，。；]|$|未|没有|已|仍|尚|报告|提出|达成|取得|商定|认为|建议|结束|介绍|审议|完成|就))")
# Words before 「由」 or in the body that put the part elsewhere or earlier: another year, between
# sessions, a plan changed (「原本由A和B共同主持的磋商改由主席主持」), another organ's.
_PART_ELSEWHERE = re.compile(r"\d{4}\s*年|闭会期间|会前|原本|原先|原定|此前|以前|以往|曾|去年|前年|上届|上次|上一|前一|下届|下次"
                             r"|第[^，。；]{1,6}届|理事会|委员会|大会|组织|会外")
# 「会议设立了全体委员会和起草委员会。全体委员会由X主持；起草委员会由Y主持。」: the chair
# of a body the meeting set up (the report says so before, in the same paragraph).
_SET_UP_BODY_PRESIDED = re.compile(r"(?:^|(?<=[，,；;。]))\s*(?P<body>[^，。；：由的和及与]{2,20}?" + BODY_NAME + ")"
                                   r"由(?P<holders>[^，。；：由]{2,60}?)(?:共同)?主持(?=[，。；]|$)")
# The meeting itself set the body up, in a sentence of its own: 「(N.) 会议(还)设立了…」 (not
# 「第二次会议设立了」, 「会议回顾，…设立了」, 「会议决定在第四次会议上设立」, 「秘书处设立了」).
_MEETING_SET_UP = r"(?:^|。)\s*(?:\d{1,3}\s*[.．]\s*)?(?:本次|本届)?(?:会议|大会|审议会议|审议大会)(?:还|并|又|随后|也)?\s*设立了[^。]{0,40}?"
# A part of the meeting as the subject before 「由…共同主持」: 「圆桌讨论」, 「非正式磋商」, 「高级别部分」.
_PART_OF_MEETING = re.compile(r"(?:\d{1,3}\s*[.．]\s*)?(?P<part>[^，。；、的]{0,16}?(?:讨论|磋商|对话|圆桌会议|部分|辩论|会外活动))")
# The meeting as the subject before 「由…共同主持」: nothing (「，由A和B共同主持」), 「会议」,
# 「本届会议的各次全体会议均」.
_MEETING_SUBJECT = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?:(?:本次|本届)?(?:会议|大会|审议会议|审议大会|缔约国会议)"
                              r"(?:的(?:各次)?(?:全体)?会议)?\s*(?:均|也|随后|则)?)?\s*(?:并|将)?\s*")
# 「副主席之一、新西兰的X」: who the holder is among the officers, then the holder.
_ONE_OF = re.compile(r"[^、，。；]{1,10}之一\s*[、，,]\s*")
# The subject of a clause that is a body: 「委员会在其第一次会议上…」.
_BODY_SUBJECT = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?P<body>[^，。；：]{0,30}?" + BODY_NAME + ")"
                           r"(?=在|于|随后|还|也|并|已|经|以|$)")
# 「在 2024 年缔约国会议上，」: the meeting where an election took place.
_AT_MEETING = re.compile(r"在\s*(?P<meeting>[^，。；]{2,60}?会议)\s*上\s*[，,]")
_WITHDREW = re.compile(r"\s*(?:已经|已|随后|于[^，。；]{1,10}?)*\s*(?:退出|退选|落选|未当选|未能当选)")
# (and the decision that made the appointment: 「…主席(GC(70)/DEC/1)」, 「…主席(WHA81(4)号决定)」)
_SEE_ALSO = re.compile(r"\s*[(（]\s*(?:(?:见|参见|参看|参阅)[^()（）]*"
                       r"|(?:[^()（）]|\(\d{1,4}\)){1,40}?(?:/DEC[./]\d{1,3}|号决定))\s*[)）]\s*$")
_PROPOSED = re.compile(r"(?:建议|提议|推荐|拟)[^，。；]{0,20}$")
# 「会议将在下次会议上选举X为副主席」: an election to come, not one held.
_TO_COME = re.compile(r"(?:将|将会|预计|计划|打算|推迟|应|须|尚待|有待)\s*(?:(?:在|于)[^，。；]{1,60}?)?\s*$")
# 「会议商定在续会上选举…」: a later sitting or meeting before the verb.
_LATER = re.compile(r"续会|下次|下届|下一次|下一届|今后|以后|稍后|下周|下星期|次日|明天|明日")
# 「会议决定，将任命墨西哥为…协调人」: a decision that appoints (not one that elects later).
_DECIDED = re.compile(r"决定|商定|同意")
_LIST_HEAD = re.compile(r"^(?P<role>[^：:\n]{1,12})[：:]\s*$")


# 「会议以鼓掌方式推选肯尼亚的 X 大使担任第十九届会议主席」
_ELECT_SERVE = re.compile(r"(?<![未不])(?<!没有)(?:选举|推选|选出|任命|指定|核可)(?P<holders>(?:(?!选举|推选|任命|担任|接任|接替)[^，。；：]){2,120}?)"
                          + _REPLACING + r"(?:担任|接任)"
                          r"(?P<target>[^，。；：]{0,40}?)(?=[，。；]|$)")
# 「圆桌讨论 1：…，由A(巴西)和B(新西兰)共同主持」: co-chairs of a body of the meeting
_CO_PRESIDED = re.compile(r"由(?P<holders>[^，。；：由]{2,120}?)共同主持(?P<target>)(?=[，。；]|$)")
# 「主席宣布，他已请A和B共同主持关于资金问题的部长级磋商」: co-chairs of a part of the meeting.
_ASKED_TO_CO_PRESIDE = re.compile(r"(?<![申提])请(?P<holders>[^，。；：请]{2,120}?)共同主持(?P<target>)"
                                  r"(?P<part>[^，。；：]{2,40}?(?:磋商|讨论|对话|圆桌会议|会议|小组|工作组|会外活动|部分))(?=[，。；]|$)")
# 「副主席卡塔日娜·沃伊奇克兼任报告员」
_ALSO_SERVES = re.compile(r"(?:^|(?<=[，。；：]))\s*(?P<holders>[^，。；：]{2,40}?)兼任(?P<target>[^，。；：]{1,20}?)(?=[，。；]|$)")
# 「大会秘书一职由大会秘书处主任 X 担任」
_POST_FILLED = re.compile(r"(?P<target>[^，。；：由]{1,30}?)(?:一职|职位|职务)(?:将|则)?由(?P<holders>[^，。；：]{2,80}?)担任(?=[，。；]|$)")
# 「意大利和南非将作为协调员，…」
_ACTING_AS = re.compile(r"(?:^|(?<=[，。；：]))\s*(?:会议)?(?:商定|决定|同意)?[，,]?\s*(?P<holders>[^，。；：]{2,60}?)(?:将|应)?作为"
                        r"(?P<target>[^，。；：]{0,20}?(?:协调员|协调人|联络人|主持人|共同主席))(?=[，。；]|$)")
# 「厄瓜多尔和摩洛哥的代表」: the representatives of several States, each State an officer.
# (「阿尔及利亚、…和俄罗斯联邦八个成员国的代表」: the States' count and kind before 「的代表」)
_STATES_REPRESENTATIVES = re.compile(r"\s*(?P<states>[^，。；：()（）]{2,200}?(?:和|及|与|、)[^，。；：()（）]{2,40}?)"
                                     r"\s*(?:(?P<count>\d{1,3}|[一两二三四五六七八九十]{1,3})\s*个(?:成员国|会员国|国家|缔约国|缔约方))?"
                                     r"\s*的?代表(?:团)?\s*")
# A clause about a meeting held, named by its number only: 「第二届会议于…在日内瓦举行」.
_HELD_SESSION = re.compile(r"第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*届\s*(?:会议|届会)[^，。；]{0,60}?(?:举行|召开)")
# 「副主席为何塞·伊里亚特(智利)、…」, 「共同主席为A(国)和B(国)」: the office, then 「为」.
_ROLE_IS = re.compile(r"(?:^|(?<=[，。；：]))\s*(?P<target>[^，。；：、由]{0,20}?(?:共同主席|联合主席|副主席|主席|报告员|协调员|主持人))(?:分别)?为"
                      r"(?P<holders>[^。；：]+?)(?=[。；]|$)")
_ELLIPTICAL = re.compile(r"[，,]\s*(?P<holders>(?:(?!选举|任命|担任|决定|并|还)[^，。；：为]){2,60}?)为(?P<target>[^，。；：]{1,40}?)(?=[，。；]|$)")
_APPOINTMENTS = [(_ELECT, ("选举", "推选", "选出", "任命", "指定", "确认", "提名")),
                 (_ELECTED, ("当选", "被选为", "被推选为", "被任命为", "获任命为", "被指定为", "推选为", "选为")),
                 (_POST_FILLED, ("一职", "职位", "职务")), (_ACTING_AS, ("作为",)), (_ELECT_SERVE, ("担任", "接任")), (_ALSO_SERVES, ("兼任",)),
                 (_CO_PRESIDED, ("共同主持",)), (_ASKED_TO_CO_PRESIDE, ("共同主持",)), (_ROLE_IS, ("主席为", "报告员为", "协调员为", "主持人为", "分别为")), (_SERVE, ("担任",)), (_SERVES_AS, ("担任",)), (_FILLED_BY, ("担任", "出任")),
                 (_INVITED, ("请",))]
_APPOINTMENT_KEY = re.compile("|".join(sorted({re.escape(key) for _, keys in _APPOINTMENTS for key in keys})))
# Words every office-named pattern (_NAMED, _APPOSITION, _TITLE_STATES, _PRESIDED_BY) needs.
_TITLES = ("主席", "秘书", "协调员", "协调人", "报告员", "联络人", "主持")


def extract(ctx: Context) -> None:
    if ctx.meeting is None:
        _nationalities_of_the_elected(ctx)
        return
    for unit, text in ctx.units("paragraph", "footnote", "annex-title", "decision"):
        appointed_by = _decision_of(ctx, unit)
        _composition(ctx, unit, text)
        for s, e in _with_elected_lists(text, sentences(text)):
            sentence = text[s:e]
            listed = [m.span() for m in _ELECT_LIST.finditer(sentence)]
            for match in _ELECT_LIST.finditer(sentence):
                _appointment(ctx, unit, text, s, match, False, appointed_by)
            # Each pattern runs only where its key words occur (their lazy
            # holder groups are costly on long sentences that cannot match).
            for pattern, keys in _APPOINTMENTS if _APPOINTMENT_KEY.search(sentence) else ():
                if not any(key in sentence for key in keys):
                    continue
                for match in pattern.finditer(sentence):
                    if any(a <= match.start() < b for a, b in listed):
                        continue  # read as a list above
                    _appointment(ctx, unit, text, s, match, pattern is _SERVE, appointed_by)
                    if pattern is _ELECT:
                        # 「选举A为全体委员会主席，B为起草委员会主席，C为…」: the verb is not repeated.
                        cursor = match.end()
                        while (more := _ELLIPTICAL.match(sentence, cursor)) is not None:
                            _appointment(ctx, unit, text, s, more, False, appointed_by)
                            cursor = more.end()
            if "任" in sentence:
                _serving_after_election(ctx, unit, text, s, sentence)
            titled = any(title in sentence for title in _TITLES)
            if not titled:
                continue
            for match in _NAMED.finditer(sentence):
                _named(ctx, unit, text, s, match)
            if "、" in sentence and ("的" in sentence or "常驻" in sentence):
                for match in _APPOSITION.finditer(sentence):
                    _apposition(ctx, unit, text, s, match)
            for match in _TITLE_STATES.finditer(sentence):
                _title_states(ctx, unit, text, s, match)
            if "主持" in sentence:
                for match in _PRESIDED_BY.finditer(sentence):
                    _presided_by(ctx, unit, text, s, match, sentence)
                for match in _BODY_PRESIDED.finditer(sentence):
                    _body_presided(ctx, unit, text, s, match, sentence)
                for match in _PART_PRESIDED.finditer(sentence) if "共同主持的" in sentence else ():
                    if not any(a <= match.start("holders") < b for a, b in
                               (m.span("holders") for m in _BODY_PRESIDED.finditer(sentence))) \
                            and not _PART_ELSEWHERE.search(sentence[: match.start()] + match.group("body")) \
                            and not re.match(r"[^，。；]{0,20}?(?:于\s*\d{4}\s*年|改由)", sentence[match.end() :]):
                        _body_presided(ctx, unit, text, s, match, sentence)
                for match in _SET_UP_BODY_PRESIDED.finditer(sentence):
                    if re.search(_MEETING_SET_UP + re.escape(match.group("body")), text[: s + match.start()]) \
                            and not re.search(r"(?:轮流|临时|代为|暂时)$", match.group("holders")):
                        _body_presided(ctx, unit, text, s, match, sentence)
        if "同时担任" in text:
            _also_presides(ctx, unit, text)
        _bureau_lists(ctx, unit, text)
        _body_chairs_listed(ctx, unit, text)
        _officer_table(ctx, unit, text)
        if "副主席" in text:
            _committee_table(ctx, unit, text)
        _member_counts(ctx, unit, text)


# 「缔约方会议第四十届会议主席X(西班牙)同时担任《巴黎协定》缔约方会议主席」: the one
# officer the sentence names before holds the reported meeting's presidency too.
_ALSO_PRESIDES = re.compile(r"(?:同时|亦|也)担任(?P<target>[^，。；、]{0,30}?主席)(?=[，。；]|$)")


def _also_presides(ctx: Context, unit: Unit, text: str) -> None:
    for match in _ALSO_PRESIDES.finditer(text):
        sentence_start = text.rfind("。", 0, match.start()) + 1
        named = {f.get("holder"): f for f in ctx.facts if f.kind == "office" and f.span.paragraph == unit.label
                 and f.get("holder").kind == "person" and unit.start + sentence_start <= f.span.start < unit.start + match.start()}
        found = _role_at_end(match.group("target"))
        if len(named) != 1 or found is None \
                or re.search(r"无法|未能|不能|没有|未|不|曾|将|拟|缺席|代理", text[sentence_start : match.start()]):
            continue  # who holds it is not said, not one person, or not now (「无法同时担任」, 「曾于…」)
        term, qualifier = found
        own = re.fullmatch(r"\s*《(?P<title>[^《》]{1,40})》\s*缔约(?:方|国)(?:会议|大会)\s*", qualifier)
        if own is None or not names_treaty(ctx, own.group("title"), ctx.treaty_key):
            continue  # only the reported meeting named by its own treaty: 「《巴黎协定》缔约方会议主席」
        meeting = ctx.meeting_ref(ctx.meeting)
        (holder, fact), = named.items()
        if re.search(r"[和与及、]", text[fact.span.end - unit.start : match.start()]):
            continue  # 「X(国)和副主席Y同时担任…」: more than the one officer read
        behalf = fact.get("onBehalfOf")
        _emit(ctx, unit, [Holder(holder, match.start(), match.end(), behalf)], _role_name(term, qualifier), meeting,
              match.start(), match.end())


def _with_elected_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, a counted election joined to the next one when that one is
    its list: 「会议选出了四名副主席。当选者为：…」."""
    joined: list[tuple[int, int]] = []
    for s, e in spans:
        if joined and re.match(r"\s*" + _ELECTED_ARE + "[：:]", text[s:e]) and _COUNTED_ELECTION.search(text, *joined[-1]):
            joined[-1] = (joined[-1][0], e)
        else:
            joined.append((s, e))
    return joined


_COUNTED_ELECTION = re.compile(r"(?:选举|推选|选出)了?\s*(?:\d{1,2}|[一两二三四五六七八九十]{1,3})\s*(?:名|位)[^，。；：]{1,30}[。.]\s*$")


def _decision_of(ctx: Context, unit: Unit) -> Ref | None:
    if unit.decision is None or unit.part == "body":
        return None
    from .decisions import decision_ref  # the decisions extractor owns decision keys

    return decision_ref(ctx, unit.decision)


def _appointment(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str], serve: bool,
                 appointed_by: Ref | None) -> None:
    target = match.group("target") or ("共同主席" if match.re in (_CO_PRESIDED, _ASKED_TO_CO_PRESIDE) else "")
    target = _SEE_ALSO.sub("", target)  # 「…副主席(见 ATT/CSP9/2023/6 号文件第 38 段)」
    both = _BOTH_OFFICES.fullmatch(target.strip())
    if both is not None and all(_role_at_end(both.group(g)) for g in ("first", "second")):
        # 「选举X为副主席兼报告员」: two offices, both X's, of the same body (「工作组主席兼报告员」)
        qualifier = _role_at_end(both.group("first"))[1]
        for part in (both.group("first"), qualifier + both.group("second")):
            _appointment_as(ctx, unit, text, offset, match, serve, appointed_by, part)
        return
    _appointment_as(ctx, unit, text, offset, match, serve, appointed_by, target)


# 「副主席兼报告员」: one holder, two offices (each a term, nothing else between).
_BOTH_OFFICES = re.compile(r"(?P<first>[^兼，,。；、和及]{1,30}?)兼(?:任)?(?P<second>副主席|报告员|秘书|协调员|协调人|主席)")


def _appointment_as(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str], serve: bool,
                    appointed_by: Ref | None, target: str) -> None:
    found = _role_at_end(target)
    if found is None:
        return
    term, qualifier = found
    if re.search(r"和|及|以及|、", qualifier) and any(t["zh"] in qualifier for t in _office_terms()):
        # 「选举下列 4 名副主席和报告员」: two offices, whose holder is which is not said
        ctx.warn("office-holder", f"offices {target!r}: more than one office; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    clause = text[max(text.rfind(m, 0, offset + match.start()) for m in "，,。；") + 1 : offset + match.start()]
    if match.re is _ELECT_LIST and _not_the_meetings_election(ctx, text, offset + match.start(), clause):
        ctx.warn("office-meeting", f"office {target!r}: a list elected by another body or meeting, or not elected; "
                 "not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if match.re is _CO_PRESIDED:
        at = offset + match.start()
        subject = text[max(text.rfind(m, 0, at) for m in "，,。；;") + 1 : at]
        part = _PART_OF_MEETING.fullmatch(subject.strip())
        if part is not None and "设立" not in text[clause_start(text, at) : at]:
            # 「圆桌讨论由A和B共同主持」, 「非正式磋商由…」: co-chairs of that part of the meeting
            holders = _listed_holders(ctx, text, offset + match.start("holders"), offset + match.end("holders"))
            if holders:
                _emit(ctx, unit, holders, "CoChair", ctx.meeting_ref(ctx.meeting), at, offset + match.end(),
                      body=part.group("part"))
            return
        set_up = _SET_UP.search(text, offset, at)
        if set_up is not None and _set_up_by_meeting(ctx, text[offset : set_up.start()], set_up.group("body")):
            # 「缔约方大会商定设立一个技术事项联络小组，由A和B共同主持」: co-chairs of that body
            holders = _listed_holders(ctx, text, offset + match.start("holders"), offset + match.end("holders"))
            if holders:
                _emit(ctx, unit, holders, "CoChair", ctx.meeting_ref(ctx.meeting), set_up.start(), offset + match.end(),
                      body=set_up.group("body"))
            return
        if not _MEETING_SUBJECT.fullmatch(subject) or "设立" in text[clause_start(text, at) : at]:
            # 「全体委员会由A和B共同主持」, 「非正式磋商由…」, 「会议设立了全体委员会，由…」: co-chairs
            # of something else than the meeting (a committee the meeting set up is read with it)
            ctx.warn("office-meeting", f"co-chairs of {subject.strip()!r}: not the meeting's; not emitted",
                     ctx.span(unit, at, offset + match.end()))
            return
    if match.re is _ELECT_LIST and text[offset + match.start() - 1 : offset + match.start()] == "由":
        # 「会议决定，…由下列缔约国担任…：」: only a decision that says so; not a recommendation
        head = text[max(text.rfind("。", 0, offset + match.start()), text.rfind("；", 0, offset + match.start())) + 1
                    : offset + match.start()]
        if not _MEETING_DECIDED.search(head) or re.search(r"建议|提议|推荐|拟|无法|未能|推迟|暂缓|注意到|回顾", head):
            ctx.warn("office-proposed", f"office {target!r}: 「由下列…担任」 not in a decision; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
            return
    if _PROPOSED.search(text, offset, offset + match.start()) \
            or match.re in (_ELECT, _ELECTED, _ELECT_LIST, _ELECT_SERVE, _ASKED_TO_CO_PRESIDE) and _LATER.search(clause) \
            and not re.match(r"\S{1,3}了", match.group(0)) and "已" not in clause \
            or match.re in (_ELECT, _ELECTED, _ELECT_LIST, _ELECT_SERVE, _ASKED_TO_CO_PRESIDE) and appointed_by is None \
            and _TO_COME.search(text, offset, offset + match.start()) \
            and not (_DECIDED.search(text, offset, offset + match.start()) and re.match(r"任命|指定", match.group(0))
                     and not [m for m in find_meetings(ctx, text[offset : offset + match.start()])
                              if m.key != ctx.meeting.key]):
        # 「会议将在下次会议上选举…」 (but a decision's 「将任命墨西哥为…协调人」 appoints)
        # 「建议审议大会选举 X 为大会主席」: a recommendation, not an election.
        ctx.warn("office-proposed", f"office {target!r} is recommended or proposed, not filled; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    at_its = _AT_ITS_SESSION.search(clause)
    if at_its is not None and at_its.group("subject") not in _OWN_SUBJECTS \
            and not any(m.key == ctx.meeting.key for m in find_meetings(ctx, at_its.group("subject"))):
        # 「中东无核武器区会议在其第一届会议上选举…」: another conference's election at its own session
        ctx.warn("office-meeting", f"office {target!r}: elected by {at_its.group('subject')!r} at its own session; "
                 "not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if match.re in (_ELECT, _ELECT_LIST, _ELECT_SERVE) and re.search(r"(?:未能|未|没有|无法|不能|不)\s*$", clause):
        # 「会议未能选举…」, 「全权证书委员会没有选举…」: not elected
        ctx.warn("office-proposed", f"office {target!r}: the election did not take place; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if match.re is _ELECT and re.match(r"\s*提名", text[offset + match.start() :]) \
            and re.search(r"集团|国家组|区域组|代表团|政府|(?<!会)国$", clause):
        # 「东欧国家集团提名秘鲁为副主席」: a nomination, not an election
        ctx.warn("office-proposed", f"office {target!r}: nominated, not elected; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    # The clause's meetings, when the office's own is not named (「…选举X为第三次会议主席」).
    clause_meetings = find_meetings(ctx, clause) if match.re in (_ELECT, _ELECTED, _ELECT_LIST, _ELECT_SERVE) \
        and ctx.meeting is not None and not find_meetings(ctx, target) else None
    if clause_meetings is not None and (any(m.key != ctx.meeting.key for m in clause_meetings)
                                        or not clause_meetings and _CLAUSE_SESSION.search(clause)):
        # 「缔约国第二次会议曾选举…」, 「2030 年审议大会选举了…」, 「缔约方会议第四十届会议选举…」 (in a
        # CMA report): another meeting elects, whose officer the clause does not make the reported one's
        ctx.warn("office-meeting", f"office {target!r}: elected by another meeting; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if serve and re.search(r"请求|要求|提议|建议|推荐|希望|不同意|未同意|拒绝|反对", match.group("body")):
        # 「切班先生请求由X接替其担任副主席」, 「会议不同意由X…担任」: asked or refused, not filled
        ctx.warn("office-proposed", f"office {target!r}: asked for, proposed or refused; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if serve and any(ctx.state(paren) for paren in re.findall(r"[(（]([^()（）]{2,30})[)）]", match.group("body"))):
        return  # 「李明先生(新加坡)和和田由纪女士(日本)担任…」: the 由 of a name, not 「由X担任」
    if serve:
        # 「…组成，并由X担任委员会主席」: 「并」 links the clauses; 「委员会」 alone is the one just named.
        qualifier = re.sub(r"^(?:并且|并|还|另|同时)", "", _MARKER.sub("", match.group("body")).strip()) + qualifier
        if qualifier.strip() == "委员会":
            qualifier = _committee(ctx, "委员会", text[: offset + match.start()])
            if qualifier is None:
                ctx.warn("office-body", "「委员会」: which committee is not clear; not emitted",
                         ctx.span(unit, offset + match.start(), offset + match.end()))
                return
        if not qualifier.strip():
            # 「设立了全体委员会，由X担任主席」: the body the clause before set up; 「…组成的全权证书
            # 委员会：A、B和C，并由A担任主席」: the committee the sentence composed.
            set_up = _SET_UP.search(text[offset : offset + match.start()])
            composed = _COMPOSED_BEFORE.search(text[offset : offset + match.start()])
            if set_up is not None and not _set_up_by_meeting(ctx, text[offset : offset + set_up.start()], set_up.group("body")):
                # 「缔约国第一次会议设立了…，由X担任共同主席」, 「会议建议设立…」: not a body the meeting set up
                ctx.warn("office-meeting", f"office {target!r} of {set_up.group('body')!r}: not a body the reported "
                         "meeting set up; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
                for holder in _listed_holders(ctx, text, offset + match.start("holders"), offset + match.end("holders")):
                    _nationality(ctx, unit, holder, holder.end)  # who they are is stated all the same
                return
            if set_up is not None:
                qualifier = set_up.group("body")
            elif composed is not None:
                qualifier = composed.group("body")
    if match.re is _FILLED_BY or match.re is _ELECT_LIST and match.group("pre"):
        # 「第四次会议主席由智利出任」: the words before 「会议主席」 in the clause name
        # the meeting; 「任命了第四次会议的下列副主席：」: so do those before 「下列」.
        if match.re is _FILLED_BY:
            clause = text[max(text.rfind(m, 0, offset + match.start()) for m in "，,。；") + 1 : offset + match.start()]
        else:
            clause = match.group("pre").rstrip("的")
        qualifier = _MARKER.sub("", clause).strip() + qualifier
    qualifier = _MARKER.sub("", qualifier).strip()
    if match.re in (_ELECT, _ELECTED, _ELECT_SERVE) and not qualifier:
        # 「委员会在其第一次会议上推选X为主席」: a body that elects its own officer;
        # 「在 2024 年缔约国会议上，X被推选为主席」: the officer of the meeting named.
        clause_at = max(text.rfind(m, offset, offset + match.start()) for m in "，,：:") + 1
        subject = _BODY_SUBJECT.match(text, max(offset, clause_at), offset + match.start())
        if subject is None and clause_at > offset \
                and re.fullmatch(r"\s*(?:随即|随后|并|还|也)?\s*", text[clause_at : offset + match.start()]):
            # 「全权证书委员会于 6 月 12 日举行会议，选举X为主席」: the sentence's subject, a clause
            # before that says the body met (not 「工作组提交了报告，会议随后选举…」: a clause with
            # a subject of its own)
            opening = _BODY_OPENS.match(text, offset, offset + match.start())
            met = opening is not None and re.search(r"举行(?:了)?[^，,。；]{0,6}会议|会议上|开会|开了会|召开(?:了)?会议",
                                                    text[opening.end() : clause_at])
            subject = opening if met and not _names_the_meeting(ctx, opening.group("body")) else None
        at_meeting = _AT_MEETING.search(text, offset, offset + match.start())
        if subject is not None and subject.group("body").strip() == "委员会" and ctx.series is not None \
                and "委员会" in ctx.series.zh_name and _last_committee(ctx, text[: offset + match.start()]) is None:
            # 「委员会选举…」 in a commission's report: the commission, the meeting itself (not where a
            # committee was just named: 「设立了一个起草委员会。委员会在其第一次会议上选举…」)
            subject = None
        if subject is not None and (
                re.search(r"请|邀请|商定|决定|由|要求|建议|会议|大会", subject.group("body").removesuffix("全体委员会"))
                or any(m.key != ctx.meeting.key for m in find_meetings(ctx, text[clause_start(text, offset + match.start()) : offset + match.start()]))
                or not _meetings_body(ctx, _committee(ctx, subject.group("body"), text[:offset]) or subject.group("body"))):
            # 「会议请起草委员会选举…」 (asked), 「中东无核武器区会议起草委员会…」, 「…工作组在其第一届会议上…」
            # (another's body or session), 「在缔约国第二次会议上，起草委员会选举…」 (another meeting's)
            ctx.warn("office-body", f"office {target!r} of {subject.group('body')!r}: not shown to be an election by "
                     "a body of the reported meeting; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
            return
        if subject is not None:
            qualifier = _committee(ctx, subject.group("body"), text[:offset])
            if qualifier is None:
                ctx.warn("office-body", f"office {target!r} of {subject.group('body')!r}: a body this report does not "
                         "name, or another organization's; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
                return
        elif at_meeting is not None:
            qualifier = at_meeting.group("meeting")
    role = _role_name(term, qualifier)
    meeting, named = _meeting_for(ctx, qualifier)
    if appointed_by is not None and ctx.meeting is not None and not named:
        meeting = ctx.meeting_ref(ctx.meeting)  # appointed by a decision of the reported meeting
    if (serve or match.re is _ROLE_IS) and not named and qualifier in ("", "会议"):
        # 「第十三次缔约国会议将于…举行，由葡萄牙担任(会议)主席」, 「…第二届会议于…举行，主席为X」:
        # the office of the meeting the sentence (or its clause after 「；」) is about, not of
        # the reported one.
        head = text[max(text.rfind("。", 0, offset + match.start()), text.rfind("；", 0, offset + match.start()), 0)
                    : offset + match.start()]
        mentioned = find_meetings(ctx, head)
        others = {m.key for m in mentioned} - {ctx.meeting.key if ctx.meeting else None}
        if not mentioned and _HELD_SESSION.search(head):
            # 「；第二届会议于…举行，主席为X」: a session the text names only by its number
            ctx.warn("office-meeting", f"office {target!r}: the clause is about a meeting not identified; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
            return
        if not others and re.search(r"将于[^。；]{0,80}?(?:举行|召开)", head):
            # 「会议第八届会议将于 2027 年…举行，由卡塔尔担任主席」: a meeting to come, not read as named
            ctx.warn("office-meeting", f"office {target!r}: the sentence is about a meeting to come; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
            return
        if others:
            info = ctx.meetings.get(next(iter(others))) if len(others) == 1 else None
            if info is None:
                ctx.warn("office-meeting", f"office {target!r}: the sentence is about another meeting, not identified; "
                         "not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
                return
            meeting, named = ctx.meeting_ref(info), True
    if not named:
        # 「选出了第七次会议主席团成员：主席一职由…担任；副主席为…」: the bureau of the meeting named.
        bureau = _bureau_of(ctx, text[offset : offset + match.start()])
        if bureau is not None:
            meeting, named = bureau, True
    if not named and _other_kind(ctx, qualifier):
        # 「担任审议大会临时秘书长」 in a preparatory committee's report: an office of
        # another meeting, which the text does not identify.
        ctx.warn("office-meeting", f"office {target!r} belongs to another meeting that is not identified; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if meeting is None:
        if named:
            ctx.warn("office-meeting", f"office {target!r} belongs to a meeting this report does not identify; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    h_start = offset + match.start("holders")
    h_end = offset + match.end("holders")
    if text[h_start:h_end].endswith("继续"):
        h_end -= 2  # 「请A和B继续担任…」: 「继续」 is no part of the last holder
    if text[h_start:h_end].strip() in ("他", "她"):
        # 「…由候任主席马尔科·维塔利亚诺(意大利)宣布开幕。…选举他为审议大会主席」: the one
        # person the sentence before names.
        referent = _referent(ctx, text, offset)
        if referent is None:
            ctx.warn("office-holder", f"office {target!r}: 「他/她」 does not name one person before it; not emitted",
                     ctx.span(unit, h_start, h_end))
            return
        holders = [Holder(referent.ref, h_start, h_end, referent.on_behalf_of)]
        _emit(ctx, unit, holders, role, meeting, offset + match.start(), offset + match.end())
        _chaired(ctx, unit, holders, role, meeting, offset + match.start(), offset + match.end())
        return
    office_label = next((m for m in re.finditer(r"(?:^|[；;，,、])\s*([^；;，,、：:]{1,16})[：:]", text[h_start:h_end])
                         if _role_at_end(m.group(1)) is not None), None)
    if office_label is not None:
        # 「…下列协调员：…；会议秘书长：X」: a label that is an office of its own
        ctx.warn("office-holder", f"office {role}: the list names another office ({office_label.group(1)!r}); not emitted",
                 ctx.span(unit, h_start, h_end))
        return
    nominated = _NOMINATED_BY.match(text, h_start, h_end)
    if nominated is not None:
        h_start = nominated.end()  # 「选举由东欧国家集团提名的X(国)为副主席」: who nominated is not the holder
    by_decision = _BY_DECISION.search(text, h_start, h_end)
    if by_decision is not None:
        h_end = by_decision.start()  # 「…和大韩民国的X博士(WHA81(3)号决定)」: the decision that elected them
    split_text = text
    if match.re is _ELECT_LIST and _GROUP_LINE.search(text, h_start, h_end):
        labels = re.findall(r"(?:^|\n)\s*([^：:\n]{1,24})[：:]", text[h_start:h_end])
        if any(not _GROUP_LABEL.fullmatch(label.strip()) for label in labels):
            ctx.warn("office-holder", f"office {role}: a line of the list names something else than a group "
                     f"({[l for l in labels if not _GROUP_LABEL.fullmatch(l.strip())][0]!r}); not emitted",
                     ctx.span(unit, h_start, h_end))
            return
        # 「西方集团：A(挪威) ⏎ 东欧集团：B(捷克)」: each line a group's label, then its holders;
        # the labels are masked (offsets kept) and the line ends read as joins
        split_text = text[:h_start] + _GROUP_LINE.sub(lambda m: m.group(1).replace("\n", "；") + " " * len(m.group(2)),
                                                      text[h_start:h_end]) + text[h_end:]
    items = split_items(split_text, lambda piece: _holder_shape(ctx, piece), h_start, h_end)
    paired = _paired_representatives(ctx, text, h_start, h_end, offset + match.end())
    if paired is not None:
        items = []
    representatives = _STATES_REPRESENTATIVES.fullmatch(text, h_start, h_end) if paired is None else None
    represented = split_items(text, lambda piece: ctx.gaz.state(piece), h_start, representatives.end("states")) \
        if representatives is not None else []
    if representatives is not None and representatives.group("count") \
            and chinese_number(representatives.group("count")) != len(represented):
        ctx.warn("office-holder", f"office {role}: the States named do not match their count "
                 f"({representatives.group('count')}); not emitted", ctx.span(unit, h_start, h_end))
        return
    if representatives is not None and all(item.value is not None for item in represented):
        # 「选举厄瓜多尔和摩洛哥的代表为副主席」 (no names paired after): the States hold it
        items = split_items(split_text, lambda piece: _holder_shape(ctx, piece), h_start, representatives.end("states"))
    one = None
    if term["role"] in _SINGLE_HOLDER and len(items) > 1 \
            and re.search(r"·[\u4e00-\u9fff\-]+" + HONORIFIC + r"?\s*$", text[h_start:h_end]) \
            and len(re.findall(r"[\u4e00-\u9fff](?:·[\u4e00-\u9fff\-]+)+", text[h_start:h_end])) == 1:
        # 「候任主席、奥地利外交部裁军、军备控制和不扩散司司长弗朗茨·莱特纳-霍夫曼大使」:
        # one holder of a one-holder office, whose titles contain 「、」.
        one = person_or_state(ctx, text, h_start, h_end)
        items = []
    holders = [one] if one is not None else list(paired or [])
    for item in items:
        if _GROUP_LABEL.fullmatch(item.text.strip()):
            continue  # 「西方国家集团，奥地利和日本；…」: a regional group's label, not a holder
        holder = person_or_state(ctx, text, item.start, item.end)
        if holder is None:
            ctx.warn("office-holder", f"office {role}: holder {item.text!r} is neither a known state nor a named person; not emitted",
                     ctx.span(unit, item.start, item.end))
            return  # one unreadable holder makes the whole list doubtful
        holders.append(holder)
    if not holders:
        return
    designating = _MARKER.sub("", clause).strip()
    designator = ctx.gaz.state(designating) if re.match(r"指定", match.group(0)) else None
    if designator is not None:
        # 「摩尔多瓦共和国指定伊奥娜·鲁苏女士接替切班先生担任副主席」: a State designates its
        # own person to the office, who holds it for that State
        state = ctx.state(designating)
        holders = [replace(h, on_behalf_of=state, designated=True) if h.ref.kind == "person" and h.on_behalf_of is None
                   else h for h in holders]
    count = match.group("count") if match.re is _ELECT_LIST else None
    if count is not None:  # 「选出三名副主席：A、B和C」: the number stated is checked
        ctx.count(f"officers: {role}", chinese_number(count), len(holders), ctx.span(unit, offset + match.start(), h_end))
        if chinese_number(count) != len(holders):
            ctx.warn("office-count", f"office {role}: the text says {count} and names {len(holders)}; not emitted",
                     ctx.span(unit, h_start, h_end))
            return
    verb = match.group(0)
    elected_at = None
    if not serve and re.match(r"(?:选举|选出)|[^，。；]*当选", verb):
        plenary = plenary_at(ctx, unit, unit.start + offset + match.start())
        if plenary is not None and len(plenary[1]) == 1:
            elected_at = ctx.plenary_ref(plenary[0], plenary[1][0])
    body = None
    if not named and any(word in qualifier for word in (*roles_data()["body_words"], "问题", "进程")):
        body = _body_name(qualifier)
    if match.re is _ASKED_TO_CO_PRESIDE:
        body = re.sub(r"\s+", "", match.group("part"))
        sentence_end = min((i for i in (text.find("。", offset + match.end()), text.find("；", offset + match.end())) if i >= 0),
                           default=len(text))
        head = text[clause_start(text, offset + match.start()) : offset + match.end()]
        if _ANOTHER_SESSION.search(head) or any(m.key != ctx.meeting.key for m in find_meetings(ctx, head)) \
                or re.search(r"将|婉拒|拒绝|谢绝|未能|无法", text[offset + match.end() : sentence_end]):
            ctx.warn("office-meeting", f"co-chairs of {body!r}: another meeting's, still to come or declined; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
            return
    groups = [(body, holders)]
    if body is not None and match.re is _ELECT_LIST and re.match(r"(?:该|此|这一|这个)", body):
        # 「由下列缔约国担任该工作组的共同主席：」: the body is the one the sentence sets up
        ctx.warn("office-body", f"office {role} of {body!r}: which body is not named; not emitted",
                 ctx.span(unit, h_start, h_end))
        return
    if body is not None and body.startswith("各"):
        # 「由下列缔约国担任各委员会的共同主席： ⏎ 第五条执行情况委员会：A和B ⏎ …」: each
        # committee is the label of its line; without a label for every holder, no body
        groups = _by_line_label(text, h_start, holders)
        if not groups:
            ctx.warn("office-body", f"office {role} of {body!r}: a holder without its body's label; not emitted",
                     ctx.span(unit, h_start, h_end))
    for group_body, group in groups:
        _emit(ctx, unit, group, role, meeting, offset + match.start(), offset + match.end(), elected_at, appointed_by,
              group_body)
        _chaired(ctx, unit, group, role, meeting, offset + match.start(), offset + match.end(), group_body)
    if match.re is _CO_PRESIDED and re.search(r"(?:^|[，。；])\s*(?:本次|本届)?会议\s*$", text[offset : offset + match.start()]):
        # 「会议由A和B共同主持」: they presided over the meeting itself.
        for holder in holders:
            if holder.ref.kind == "person" and ctx.meeting is not None and meeting.key == ctx.meeting.key:
                ctx.add("chaired", ctx.span(unit, offset + match.start(), offset + match.end()), person=holder.ref,
                        meeting=meeting)


# The reporting body's short name alone before an office (「论坛主席」, 「理事会主席」), not run
# into another name (「安全理事会主席」).
_OWN_BODY_WORD = re.compile(r"(?:^|[^\u4e00-\u9fff])(?P<word>本?(?:论坛|理事会))$")
# The Chinese words a text ends with (「，执行委员会」 → 「执行委员会」).
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]{3,30}$")


# The subject of an election that is not the meeting: a body (「全体委员会选出…」), or
# no election (「会议未能选出…」).
_BODY_ELECTS = re.compile(r"(?:" + OTHER_BODY + r"|筹备[^，。；]{0,6})\s*(?:也|还|已|随后|则)?\s*$")
_BODY_OPENS = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?:在\s*)?(?P<body>[^，。；、]{0,30}?" + BODY_NAME + ")"
                         r"(?=\s*(?:第\s*\S{1,4}\s*次|举行|随后|还|也|已|在|于|[，,]))")
_NOT_ELECTED = re.compile(r"(?:未能|未|没有|不|无法)\s*$")
_ANOTHER_SESSION = re.compile(r"上届|上次|上一|前一|下届|下次|筹备")


def _names_the_meeting(ctx: Context, subject: str) -> bool:
    """「筹备委员会」 in a preparatory committee's report: the reported meeting itself."""
    subject = re.sub(r"\s*(?:也|还|已|随后|则)?\s*$", "", subject)
    names = [ctx.meeting.label_zh] + ([ctx.series.zh_name] if ctx.series is not None else [])
    return bool(subject) and any(subject in re.sub(r"\s+", "", name) for name in names)


def _not_the_meetings_election(ctx: Context, text: str, at: int, clause: str) -> bool:
    """Whether the list elected at `at` is not the reported meeting's: a body
    or a preparatory meeting its subject, 「未能」 before the verb, or a sentence
    about another meeting (「在上届会议上，」, 「会议回顾，第二次会议选出…」)."""
    subject = _MARKER.sub("", clause).strip()
    if _NOT_ELECTED.search(clause) or _BODY_ELECTS.search(clause) and not _names_the_meeting(ctx, subject):
        return True
    sentence = text[clause_start(text, at) : at]
    if "prepcom" in (ctx.series_key or ""):
        sentence = sentence.replace("筹备委员会", "")  # a preparatory committee's report: itself
    # 「全权证书委员会举行了第一次会议，并选出了…」, 「在全体委员会第 1 次会议上，选出了…」: a
    # body the subject, or the sitting, of the sentence
    opening = _BODY_OPENS.match(sentence)
    if opening is not None and not _names_the_meeting(ctx, _MARKER.sub("", opening.group("body")).strip()):
        return True
    return _ANOTHER_SESSION.search(sentence) is not None \
        or any(m.key != ctx.meeting.key for m in find_meetings(ctx, sentence))


# 「审议会议设立了下列附属机构，其主席如下： ⏎ 主要委员会：X(奥地利) ⏎ …」: the meeting set up
# these bodies; each line a body's name and its chair (or co-chairs).
_CHAIRS_LISTED = re.compile(r"(?:^|。)\s*(?:\d{1,3}\s*[.．]\s*)?(?:本次|本届)?(?:会议|大会|审议会议|审议大会)(?:还|并|又|随后|也)?\s*"
                            r"设立了(?:下列|以下)[^，。；：]{0,12}?(?:附属机构|机构|委员会|工作组)\s*[，,]\s*"
                            r"(?:其|各)(?:机构的)?(?P<role>共同主席|主席)(?:分别)?(?:如下|为)\s*[：:]")


def _body_chairs_listed(ctx: Context, unit: Unit, text: str) -> None:
    """The chairs of the bodies the meeting set up, listed a line each after
    「…设立了下列附属机构，其主席如下：」; nothing unless every line reads as a body's
    name and its holders."""
    lead = _CHAIRS_LISTED.search(text)
    if lead is None or ctx.meeting is None:
        return
    rows = []
    for line in re.finditer(r"[^\n]+", text[lead.end() :]):
        if not line.group(0).strip():
            continue
        at = lead.end() + line.start()
        row = re.match(r"\s*(?P<label>[^：:\n]{2,34})[：:]\s*(?P<holders>\S[^\n]*?)\s*$", line.group(0))
        body = _BODY_LABEL.fullmatch(row.group("label").strip()) if row else None
        if body is None:
            return  # a line that is no body's name and its holders: the list is not this form
        start, end = at + row.start("holders"), at + row.end("holders")
        holders = _listed_holders(ctx, text, start, end)
        if not holders:
            return
        rows.append((body.group("body").strip(), holders, at, end))
    role = "CoChair" if lead.group("role") == "共同主席" else "Chair"
    for body, holders, start, end in rows:
        _emit(ctx, unit, holders, role, ctx.meeting_ref(ctx.meeting), start, end, body=body)


def _by_line_label(text: str, start: int, holders: list[Holder]) -> list[tuple[str | None, list[Holder]]]:
    """Holders grouped by the label that opens their line or item (「受害者援助委员会：A和B」);
    none unless every holder has one (an office of 「各委员会」 without its committee
    would read as the meeting's)."""
    labels = [(m.end(), m.group(1).strip()) for m in re.finditer(r"(?:^|\n|[；;])[ \t]*([^：:\n；;，,、]{2,34})[：:]", text[start:])]
    groups: dict[str, list[Holder]] = {}
    for holder in holders:
        at, label = next(((at, name) for at, name in reversed(labels) if start + at <= holder.start), (0, None))
        body = _BODY_LABEL.fullmatch(label) if label is not None else None
        if body is None or re.search(r"[\n；;]", text[start + at : holder.start]) or re.search(r"将|选出|选举", label):
            return []  # a holder on a line of its own, or a label that is no committee: which body is not said
        label = body.group("body").strip()
        groups.setdefault(label, []).append(holder)
    return list(groups.items())


def _body_name(qualifier: str) -> str:
    """The body an office is of, from the words before the office's term:
    「不限成员名额工作组 2025 年(共同主席)」, 「…问题的共同(促进者)」, 「会议决定第五条执行情况委员会」
    → the body alone."""
    body = re.sub(r"^(?:会议|大会)?(?:还|并|又)?决定[，,]?\s*", "", qualifier)  # 「会议决定第五条执行情况委员会…」
    return re.sub(r"(?:\s*\d{4}\s*年度?)?\s*(?:的)?\s*(?:共同|联合)?\s*$", "", body).rstrip("的 ")


def _other_kind(ctx: Context, qualifier: str) -> bool:
    """A review conference or a preparatory committee named in an office's
    qualifier when the report is not of one."""
    key = ctx.series_key or ""
    return bool(re.search(r"审议大会|审议会议", qualifier) and not key.endswith("revcon")
                or "筹备委员会" in qualifier and "prepcom" not in key)


# A bureau's lead-in naming the numbered meeting that elected it (「…第十七届会议于…选出的主席团成员如下：」).
_UNREAD_ELECTOR = re.compile(r"第[一二三四五六七八九十百\d]+\s*[届次]\s*(?:会议|常会|届会)[^。：:]{0,40}?(?:选出|选举|推选|当选)的?主席团"
                             r"(?:成员)?\s*(?:如下|为)?\s*[：:][^。]*$")


def _bureau_elector(ctx: Context, unit: Unit, before: str, start: int, end: int) -> Ref | None | bool:
    """The meeting whose bureau the lead-in `before` lists (`_bureau_of`); False, with a warning,
    where it names the meeting that elected the bureau and that meeting is not read
    (「缔约方大会第十七届会议于…选出的主席团成员如下：」: whose bureau it is, the host conference's
    serving this meeting only in part, is not sure)."""
    meeting = _bureau_of(ctx, before)
    if meeting is None and _UNREAD_ELECTOR.search(before):
        ctx.warn("office-meeting", "a bureau elected by a meeting not identified; not emitted", ctx.span(unit, start, end))
        return False
    return meeting


def _bureau_of(ctx: Context, before: str) -> Ref | None:
    """The meeting whose bureau the sentence lists, 「第七次会议主席团成员：」, if it names one."""
    heading = list(re.finditer(r"主席团(?:成员)?\s*(?:如下|为)?\s*[：:]", before))
    if not heading:
        return None
    head = before[: heading[-1].start()].rstrip("的 ")
    head = head[head.rfind("。") + 1 :]  # (its sentence)
    # 「缔约方大会第十七届会议于 2039 年 10 月 17 日选出的主席团成员如下：」: the meeting that elected it
    elected = re.search(r"\s*(?:于[^，。；：]{1,30}?)?\s*(?:选出|选举|推选|当选)$", head)
    ends = {len(head), elected.start() if elected else len(head)}
    mentions = [m for m in find_meetings(ctx, head) if m.end in ends]
    info = ctx.meetings.get(mentions[-1].key) if mentions else None
    return ctx.meeting_ref(info) if info is not None else None


def _apposition(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str]) -> None:
    found = _role_at_end(match.group("target"))
    if found is None:
        return
    term, qualifier = found
    # 「由会议主席任命的…工作组主席」: who appointed is not part of the office's name.
    qualifier = re.sub(r"^.*?(?:任命|设立|指定|选出|选举)的", "", _MARKER.sub("", qualifier)).strip()
    if not qualifier and term["role"] in ("President", "VicePresident", "Secretary", "SecretaryGeneral"):
        return  # 「主席、X的Y」 with no meeting or body named: whose office is not said
    meeting, named = _meeting_for(ctx, qualifier)
    if meeting is None:
        return
    holder = person_or_state(ctx, text, offset + match.start("holder"), offset + match.end("holder"))
    if holder is None or holder.ref.kind != "person":
        return
    role = _role_name(term, qualifier)
    body = _body_name(qualifier) if not named and any(w in qualifier for w in roles_data()["body_words"]) else None
    if not named and body is None:
        return  # neither a meeting nor a body: the office is not clear
    if body is not None and not _meetings_body(ctx, body):
        # 「大会第一委员会主席、X常驻联合国代表Y」: an outside body's chair speaking at the meeting
        ctx.warn("office-body", f"office {match.group('target').strip()!r}: a body not shown to be the meeting's; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    _emit(ctx, unit, [holder], role, meeting, offset + match.start(), offset + match.end(), body=body)
    _chaired(ctx, unit, [holder], role, meeting, offset + match.start(), offset + match.end(), body)


# The committees a conference sets up for itself, by their usual names.
_CONFERENCE_COMMITTEE = re.compile(r"(?:第[一二三四五六七八九十]+)?(?:全体委员会|主要委员会|起草委员会|全权证书委员会|总务委员会)")


def _meetings_body(ctx: Context, body: str) -> bool:
    """A body of the reported meeting: one of a conference's own committees, or one
    the report says the meeting (or its President) set up or appointed; never a body
    of the United Nations or of another organization (「大会第一委员会」, 「…组织筹备
    委员会」, 「…政府专家组」, 「不限成员名额工作组」)."""
    if re.search(r"联合国|大会第|理事会|组织|筹备委员会|不限成员名额|政府专家组|裁军谈判会议|特设", body):
        return False
    return bool(_CONFERENCE_COMMITTEE.fullmatch(body.strip())) \
        or re.search(_MEETING_SET_UP + re.escape(body.strip()), ctx.clean.text, re.M) is not None \
        or re.search(r"由(?:会议|本次会议|本届会议|大会)?(?:主席)?(?:任命|设立|指定)的\s*" + re.escape(body.strip()),
                     ctx.clean.text) is not None  # 「由会议主席任命的条约有效执行工作组主席」


def _presided_by(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str], sentence: str) -> None:
    """The president of a meeting the sentence is about (another meeting, to be
    held): its one meeting mention, before the clause."""
    group = "holders" if match.group("holders") else "holders2"
    # the clause of the sentence (after its last 「；」) says which meeting
    where = match.group("over") if match.group("over") else sentence[sentence.rfind("；", 0, match.start()) + 1 : match.start()]
    if not match.group("over") and not find_meetings(ctx, where) and _HELD_SESSION.search(where):
        return  # 「；第三届会议于…举行，由X主持」: a session named only by its number
    mentions = {m.key for m in find_meetings(ctx, where)}
    if len(mentions) != 1 or ctx.meeting is None or ctx.meeting.key in mentions:
        return  # the reported meeting's presiding officer is read from its election
    info = ctx.meetings.get(mentions.pop())
    holder = person_or_state(ctx, text, offset + match.start(group), offset + match.end(group))
    if info is None or holder is None:
        return
    _emit(ctx, unit, [holder], "President", ctx.meeting_ref(info), offset + match.start(), offset + match.end())


def _body_presided(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str], sentence: str) -> None:
    """「(会议)另设立了一个由X主持的法律起草小组」: X chairs (co-chairs, for 共同主持) that
    body of the reported meeting, in a sentence about no other meeting, nothing to come."""
    head = sentence[: match.start()]
    if _ANOTHER_SESSION.search(head) or _TO_COME.search(head) or re.search(r"将|拟|建议|决定|商定", head) \
            or any(m.key != ctx.meeting.key for m in find_meetings(ctx, head)):
        return
    start, end = offset + match.start("holders"), offset + match.end("holders")
    one_of = _ONE_OF.match(text, start, end)
    if one_of is not None:
        start = one_of.end()
    holders = _listed_holders(ctx, text, start, end)
    if not holders:
        return
    role = "CoChair" if "共同主持" in match.group(0) else "Chair"
    _emit(ctx, unit, holders, role, ctx.meeting_ref(ctx.meeting), offset + match.start(), offset + match.end(),
          body=match.group("body"))


def _title_states(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str]) -> None:
    found = _role_at_end(match.group("target"))
    if found is None:
        return
    term, qualifier = found
    # 「…介绍了报告，以及透明度和报告工作组共同主席」: the last of several offices named
    # (「和」 is kept: it joins words inside bodies' names).
    qualifier = re.split(r"以及|、", _MARKER.sub("", qualifier))[-1].strip()
    if not any(w in qualifier for w in (*roles_data()["body_words"], "问题")):
        return  # only a body's or a topic's office: 「会议主席墨西哥…」 is not this form
    items = split_items(text, lambda piece: ctx.state(piece), offset + match.start("holders"), offset + match.end("holders"))
    if not items or any(item.value is None for item in items):
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    if match.group("appointer"):
        mentions = find_meetings(ctx, match.group("appointer"))
        if mentions:  # 「由缔约国第十三次会议任命的…协调员」: that meeting's office
            info = ctx.meetings.get(mentions[-1].key)
            if info is None:
                return
            meeting = ctx.meeting_ref(info)
    holders = [Holder(item.value, item.start, item.end) for item in items]
    role = _role_name(term, qualifier)
    _emit(ctx, unit, holders, role, meeting, offset + match.start("target"), offset + match.end("holders"),
          body=qualifier.rstrip("的"))


def _named(ctx: Context, unit: Unit, text: str, offset: int, match: re.Match[str]) -> None:
    """「会议主席 X(国)」, 「会议秘书长 X·Y」: an officer named with the office."""
    group = "" if match.group("role") else "2"
    state_text = match.group("state" + group)
    behalf = ctx.state(state_text) if state_text else None
    name = _strip_title(match.group("name" + group))  # 「主席X大使(瑞典)」
    if (state_text and behalf is None) or (not group and behalf is None) or not _plausible_person(name):
        return
    role = _NAMED_ROLES[match.group("role" + group)]
    if re.search(r"(?:人选|候选人)\s*$", text[: offset + match.start("name" + group)]) \
            or _WITHDREW.match(text, offset + match.end()):
        return  # 「副主席人选X(国)已于会前退出」: a nominee, or one who withdrew
    # Whose officer: 「第二十七届会议主席」 names another meeting; 「选择委员会主席」
    # a body's chair; otherwise the reported meeting's.
    before = text[max(0, offset + match.start() - 80) : offset + match.start("role" + group)]
    sentence_head = before[clause_start(before) :]
    frame = sentence_head[: max(sentence_head.rfind("，"), sentence_head.rfind(","), 0)]  # the clauses before the office's
    if any(m.key != ctx.meeting.key for m in find_meetings(ctx, frame)):
        # 「在 2024 年 11 月 25 日举行的第二次会议上，主席X(国)致闭幕词」: whose president is not said
        ctx.warn("office-meeting", f"{match.group('role' + group)} {name}: the sentence is about another meeting; "
                 "not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    before = re.split(r"[，。；：、]", before)[-1]
    if serving_as_before(before):
        return  # 「作为《…议定书》缔约方会议的…第十三次会议主席」: an officer of the protocol's meeting
    mentions = [m for m in find_meetings(ctx, before) if not before[m.end :].strip()]
    body = None
    if _NOT_NOW_SERVING.search(before):
        ctx.warn("office-meeting", f"{before.strip()[-12:]!r}{match.group('role' + group)} {name}: a former, outgoing, "
                 "acting or designate officer; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    if not mentions and _RELATIVE_MEETING.search(before):
        # 「上届会议主席X(国)宣布会议开幕」: the officer of the meeting before, never the reported one
        meeting, _ = _meeting_for(ctx, before)
        if meeting is None:
            ctx.warn("office-meeting", f"{before.strip()[-12:]!r}{match.group('role' + group)} {name}: the officer of a "
                     "meeting this report does not identify; not emitted",
                     ctx.span(unit, offset + match.start(), offset + match.end()))
            return
        mentions = []
    elif mentions:
        info = ctx.meetings.get(mentions[-1].key)
        if info is None:
            return
        meeting = ctx.meeting_ref(info)
    elif re.search(r"(?:^|[^\u4e00-\u9fff])(?:联合国)?大会$", before.rstrip()) and ctx.series is not None \
            and "大会" not in ctx.series.zh_name:
        # 「大会主席X」 in the report of a body that is no assembly: the General Assembly's President
        ctx.warn("office-body", f"{before.strip()[-20:]!r}{match.group('role' + group)} {name}: the office of a body "
                 "that is not the meeting's; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    elif (own := _OWN_BODY_WORD.search(before.rstrip())) is not None and names_own_body(ctx, own.group("word")) \
            or (run := _HAN_RUN_END.search(before.rstrip())) is not None and _ends_own_name(ctx, run.group(0)):
        # 「论坛主席X(葡萄牙)宣布…开幕」, 「执行委员会主席X宣布…开幕」: the reporting body by its short name
        meeting = ctx.meeting_ref(ctx.meeting)
    elif any(before.rstrip().endswith(word) for word in roles_data()["body_words"]):
        term = next(t for t in _office_terms() if t["zh"] == match.group("role" + group))
        if not term.get("body_role"):
            return
        role, body = term["body_role"], _committee(ctx, before.strip(), text[: offset + match.start()])
        if body is None:
            return  # 「消除对妇女歧视委员会主席X」: the chair of another organization, not of the meeting
        meeting = ctx.meeting_ref(ctx.meeting)
    elif re.search(r"[\u4e00-\u9fff](?<!会议)(?<!大会)(?<!届会)(?<!的)$", before.rstrip()) \
            and not re.search(r"(?:^|[\s\d.．])(?:本次|本届|这次)?$", before.rstrip()):
        # 「附属科学技术咨询机构主席X」, 「…董事会共同主席X」: the officer of a body named
        # before the office that is not one of the meeting's bodies.
        ctx.warn("office-body", f"{before.strip()[-20:]!r}{match.group('role' + group)} {name}: the office of a body "
                 "that is not the meeting's; not emitted", ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    elif _NUMBERED_SESSION.search(before):
        # 「附属履行机构第八十三届会议主席X」: a session the report does not resolve
        ctx.warn("office-meeting", f"{before.strip()[-20:]!r}{match.group('role' + group)} {name}: the officer of a "
                 "session this report does not identify; not emitted",
                 ctx.span(unit, offset + match.start(), offset + match.end()))
        return
    elif not _RELATIVE_MEETING.search(before):
        meeting = ctx.meeting_ref(ctx.meeting)
    start = offset + match.start("name" + group)
    holder = Holder(ctx.person(name), start, start + len(name), behalf)
    _emit(ctx, unit, [holder], role, meeting, offset + match.start(), offset + match.end(), body=body)
    _chaired(ctx, unit, [holder], role, meeting, offset + match.start(), offset + match.end(), body)


def _chaired(ctx: Context, unit: Unit, holders: list[Holder], role: str, meeting: Ref, start: int, end: int,
             body: str | None = None) -> None:
    """The president of the reported meeting presided over it (the report is
    of a meeting held); so did the chair of the meeting itself (a committee's
    session: 「确认由 X 担任第三届会议主席」), not the chair of one of its bodies."""
    if ctx.meeting is None or meeting.key != ctx.meeting.key:
        return
    if role != "President" and not (role == "Chair" and body is None):
        return
    for holder in holders:
        if holder.ref.kind == "person":
            ctx.add("chaired", ctx.span(unit, min(start, holder.start), max(end, holder.end)), person=holder.ref, meeting=meeting)


# A paragraph that introduces the bureau as a list: 「下列人员当选为…主席团成员：」, 「主席团成员如下：」.
_BUREAU_INTRO = re.compile(r"(?:当选为|选举|选出)[^。：]{0,40}?主席团成员[^。：]{0,10}?[：:]|主席团(?:成员)?(?:如下|名单如下|组成如下)[：:]")


def _bureau_lists(ctx: Context, unit: Unit, text: str) -> None:
    """「副主席：」 followed by one holder a line, or by an inline list that may
    go on over lines of one holder each; the meeting is the one the lead-in names
    (「2024 年缔约国会议的主席团成员如下：」), else the reported one."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    bureau = _BUREAU_INTRO.search(text) is not None
    terms = {t["zh"] for t in _office_terms()}
    for index, (s, e, line) in enumerate(lines):
        head = _LIST_HEAD.match(line.strip())
        if head is None and bureau and line.strip() in terms and _BUREAU_INTRO.search(text, 0, s):
            # 「下列人员当选为…主席团成员： ⏎ 主席 ⏎ X(塞内加尔) ⏎ 副主席 ⏎ …」: a table's label column,
            # each label on a line of its own without a colon
            head = re.match(r"\s*(?P<role>\S+)", line)
        inline = re.match(r"^\s*(?P<role>[^：:\n]{1,12})[：:](?P<list>.+)$", line)
        if head:
            found = _role_at_end(head.group("role"))
            holders: list[Holder] = []
        elif inline and _role_at_end(inline.group("role")) and inline.group("role").strip() in terms:
            found = _role_at_end(inline.group("role"))
            list_start = s + inline.start("list")
            holders = _listed_holders(ctx, text, list_start, s + inline.end("list"))
            if not holders:
                continue
        else:
            continue
        if found is None:
            continue
        for hs, he, hline in lines[index + 1 :]:
            # 「副主席：A(匈牙利) ⏎ B(加拿大)」: lines with a holder and no label continue the list;
            # a regional group after the holder (「B(加拿大)，西欧和其他国家集团」) is not part of it
            group = _GROUP_AFTER.search(hline)
            if group is not None:
                he = hs + group.start()
            if re.match(r"\s*[^：:\n]{1,12}[：:]", hline) or (holder := person_or_state(ctx, text, hs, he)) is None:
                break
            holders.append(holder)
            if not head:
                e = he  # an inline list's evidence runs to its last line
        if not holders:
            continue
        term, qualifier = found
        previous = next((line for _, _, line in reversed(lines[:index]) if line.strip()), "")
        if _BODY_LABEL.fullmatch(previous.strip()):
            # 「 第五条执行情况委员会 ⏎ 共同主席：泰国和瑞士」: the officers of the body the line
            # before names, not of the meeting
            ctx.warn("office-body", f"officers listed under {previous.strip()!r}: a body's, not the meeting's; not emitted",
                     ctx.span(unit, s, e))
            continue
        role = _role_name(term, qualifier)
        owner = _BUREAU_OWNER.search(text[max(text.rfind("。", 0, s), 0) : s])
        if owner is not None and not _is_own_body(ctx, owner.group("body")):
            # 「全体委员会选出了下列主席团成员：」, 「附属履行机构主席团：」: a body's bureau, not the meeting's
            ctx.warn("office-body", f"a bureau of {owner.group('body')!r}: a body's, not the meeting's; not emitted",
                     ctx.span(unit, s, e))
            continue
        after_close = _TERM_AFTER_CLOSE.search(text[max(text.rfind("。", 0, s) + 1, s - 120) : s])  # (its sentence)
        if after_close is not None:
            # 「…主席团成员，任期自本届会议闭幕时起至第九十二届会议闭幕时止：」: the bureau of the
            # next session alone (where the term ends with it), else (several sessions) the one
            # that elected it; it did not preside over the reported session
            until = _term_until(ctx, after_close)
            if until is False:
                continue
            meeting = until or _bureau_elector(ctx, unit, text[:s], s, e) or ctx.meeting_ref(ctx.meeting)
            _emit(ctx, unit, holders, role, meeting, s, e)
            continue
        meeting = _bureau_elector(ctx, unit, text[:s], s, e)
        if meeting is False:
            continue
        meeting = meeting or _meeting_for(ctx, text[:s][-80:] + (qualifier if head else ""))[0]
        if meeting is None:
            continue
        _emit(ctx, unit, holders, role, meeting, s, e)
        _chaired(ctx, unit, holders, role, meeting, s, e)


def _ends_own_name(ctx: Context, name: str) -> bool:
    """「执行委员会」 for 「联合国难民事务高级专员方案执行委员会」: the end of the reporting body's name."""
    name = lookup_form(name)
    return ctx.series is not None and len(name) >= 3 and any(body.endswith(name) for body in series_bodies(ctx.series))


def _is_own_body(ctx: Context, name: str) -> bool:
    """The reporting body by its name, its short word (`names_own_body`) or the end of its name."""
    return names_own_body(ctx, name) or _ends_own_name(ctx, name)


# 「本届会议主席团成员系…选出：A任主席，冰岛的B任副主席，C任报告员。」: an election's lead-in, then
# each holder 「任」 (serves as) an office, clause by clause.
_ELECTION_COLON = re.compile(r"(?:选出|选举|推选)(?:了)?\s*[：:]")
_SERVES_IN = re.compile(r"\s*(?:并|以及|和)?\s*(?P<holders>[^，,；;。：:]{2,60}?)(?<![担兼出接继主现前曾留连就])任"
                        r"(?P<target>第[一二三]副主席|副主席兼报告员|副主席|主席|报告员)\s*$")


def _serving_after_election(ctx: Context, unit: Unit, text: str, offset: int, sentence: str) -> None:
    """`_SERVES_IN` clauses after `_ELECTION_COLON`: the reported session's officers where
    the lead-in names no other meeting than as the one that elected them (「本届会议主席团
    成员系执行委员会第九十届会议…选出：」) and no term that begins after it."""
    colon = _ELECTION_COLON.search(sentence)
    if colon is None:
        return
    lead = sentence[: colon.start()]
    if _TERM_AFTER_CLOSE.search(lead) or _BUREAU_OWNER.search(lead) and not _own_bureau(ctx, lead):
        return
    others = [m for m in find_meetings(ctx, lead) if m.key != ctx.meeting.key]
    if others and not re.search(r"本届会议|本次会议", lead):
        return  # 「…选出第九十二届会议主席团：」: another session's officers
    who = re.search(r"(?P<who>[\u4e00-\u9fff]{2,30}?)\s*(?:(?:于|在)[^，,。；：]{1,30}?)?\s*$", lead[max(lead.rfind(m) for m in "，,") + 1 :])
    if who is not None and _BODY_END.search(who.group("who")) and not _is_own_body(ctx, who.group("who")) \
            and not find_meetings(ctx, who.group("who")) \
            and who.group("who") not in ("会议", "大会"):
        return  # 「全体委员会选出：」: a body elects its own officers
    cursor = colon.end()
    for piece in re.split(r"(?<=[，,；;])", sentence[colon.end() :]):
        start, cursor = cursor, cursor + len(piece)
        match = _SERVES_IN.match(piece.rstrip("，,；;。 "))
        if match is None:
            continue
        found = _role_at_end(match.group("target"))
        holders = _listed_holders(ctx, text, offset + start + match.start("holders"), offset + start + match.end("holders"))
        if found is None or not holders:
            continue
        role = _role_name(*found)
        meeting = ctx.meeting_ref(ctx.meeting)
        _emit(ctx, unit, holders, role, meeting, offset + start + match.start("holders"), offset + start + match.end())
        _chaired(ctx, unit, holders, role, meeting, offset + start + match.start("holders"), offset + start + match.end())


# The last word of a body's name (a bureau's owner, an election's subject).
_BODY_WORD_END = r"(?:委员会|工作组|机构|小组|论坛|理事会|执行局)"
_BODY_END = re.compile(rf"(?:{_BODY_WORD_END}|主席团)$")


def _own_bureau(ctx: Context, lead: str) -> bool:
    owner = _BUREAU_OWNER.search(lead)
    return owner is not None and _is_own_body(ctx, owner.group("body"))


# A body named as the bureau's owner in the list's lead-in: 「全体委员会选出了下列主席团成员：」,
# 「…附属机构的主席团由下列成员组成：」, 「附属履行机构主席团：」 (its last words a body's).
_BUREAU_OWNER = re.compile(rf"(?P<body>[\u4e00-\u9fff]{{0,20}}{_BODY_WORD_END})\s*(?:的)?\s*"
                           r"(?:(?:在[^，。；：]{1,30}?)?(?:选出|选举|推选)了?\s*(?:下列|以下)?)?\s*主席团")


# A term that begins when the reported session closes: 「任期自本届会议闭幕时起至第九十二届会议闭幕时止」,
# 「任期自本届会议闭幕时开始，至第十六届会议闭幕时结束」.
_TERM_AFTER_CLOSE = re.compile(r"任期自本届会议闭幕(?:时|之时|后)?(?:起|开始)?[，,]?\s*(?:至(?P<until>[^，。；：]{2,30}?)闭幕(?:时|之时)?(?:止|结束|为止))?")


def _term_until(ctx: Context, term: re.Match[str]) -> Ref | None | bool:
    """The session a term that begins at the reported session's close ends with, where it
    is the next one of the series and the report reads it; None where the term runs
    longer (or says no end); False where the end is not read."""
    if ctx.meeting is None:
        return False
    if term.group("until") is None:
        return None
    mentions = find_meetings(ctx, term.group("until"))
    if len(mentions) != 1 or mentions[0].series != ctx.meeting.series:
        return False
    info = ctx.meetings.get(mentions[0].key)
    if info is None or ctx.meeting.ordinal is None or info.ordinal != ctx.meeting.ordinal + 1:
        return None
    return ctx.meeting_ref(info)


_TABLE_INTRO = re.compile(r"(?:主席团成员|主席团|官员|主席团组成)[^。\n]{0,10}?如下\s*[：:]\s*$", re.M)
_BUREAU_INLINE = re.compile(r"(?:主席团成员|主席团|官员)(?:为|如下|是)\s*[：:]")
_INLINE_ITEM = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,14}?)\s*[，,：:]\s*(?P<value>[^；]+?)\s*$")
_TABLE_LINE = re.compile(r"^[ \t]*(?P<label>[\u4e00-\u9fff]{2,14}?)[ \t]+(?P<value>\S[^\n]*?)[ \t]*$", re.M)


# A table of the meeting's committees and their officers: 「委员会 主席 副主席」 as its
# header, then a line a committee, its chair and vice-chairs (more vice-chairs on the
# lines that follow, with no committee of their own).
_COMMITTEE_TABLE_HEADER = re.compile(r"^[ \t]*(?:委员会|机构|附属机构)[ \t]+主席[ \t]+副主席[ \t]*$", re.M)


def _committee_table(ctx: Context, unit: Unit, text: str) -> None:
    header = _COMMITTEE_TABLE_HEADER.search(text)
    if header is None or ctx.meeting is None:
        return
    lead = text[: header.start()]
    if re.search(r"提名|人选|建议|将|拟|候选", lead) or any(m.key != ctx.meeting.key for m in find_meetings(ctx, lead)):
        # 「各区域集团提名了下列…人选，大会将在下次全体会议上予以审议：」, 「2030 年审议大会各委员会的…」
        ctx.warn("office-meeting", "a table of nominees, or of another meeting's officers; not emitted",
                 ctx.span(unit, header.start(), header.end()))
        return
    rows: list[list] = []  # [body, body start, chair item, [vice-chair items], end]
    pos = header.end() + 1
    for line in text[pos:].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        cells = [(line_start + m.start(), line_start + m.end()) for m in re.finditer(r"\S+", line)]
        if not cells:
            continue
        first = text[cells[0][0] : cells[0][1]]
        if re.fullmatch(r"[\u4e00-\u9fff]{2,20}" + BODY_NAME, first) and len(cells) >= 2:
            rows.append([first, cells[0][0], cells[1], cells[2:], cells[-1][1]])
        elif rows and re.search(r"[(（][^()（）]+[)）]$", line.strip()):
            rows[-1][3] += cells  # more vice-chairs
            rows[-1][4] = cells[-1][1]
        else:
            break
    plenary = plenary_at(ctx, unit, unit.start + header.start())
    elected_at = ctx.plenary_ref(plenary[0], plenary[1][0]) if plenary and len(plenary[1]) == 1 else None
    for body, start, chair, vices, end in rows:
        holders = [person_or_state(ctx, text, s, e) for s, e in [chair, *vices]]
        if any(h is None or h.ref.kind != "person" or h.on_behalf_of is None for h in holders):
            ctx.warn("office-holder", f"officers of {body!r} could not all be read; not emitted", ctx.span(unit, start, end))
            continue
        meeting, named = _meeting_for(ctx, body)
        if meeting is None or named:
            continue  # a committee of another meeting
        for label, group in (("主席", holders[:1]), ("副主席", holders[1:])):
            found = _role_at_end(body + label)
            if found is not None and group:
                _emit(ctx, unit, group, _role_name(*found), meeting, start, end, elected_at, body=body)


def _officer_table(ctx: Context, unit: Unit, text: str) -> None:
    """「选出主席团成员如下：」 and then a label and its holders a line:
    「 主席 伊丽莎白·恩古吉(肯尼亚)」, 「 副主席 奥地利、巴西…」 (a value may run
    on to the next lines)."""
    rows: list[list] = []  # [label match, value start, value end]
    intro = _TABLE_INTRO.search(text)
    if intro is None:
        # 「本届会议的主席团成员为：主席，X(国)；副主席，A(国)和B(国)；报告员，C(国)。」
        intro = _BUREAU_INLINE.search(text)
        if intro is None or ctx.meeting is None:
            return
        pos = intro.end()
        for item in re.split(r"(?<=；)", text[pos : text.find("。", pos) if "。" in text[pos:] else len(text)]):
            row = _INLINE_ITEM.match(text, pos, pos + len(item.rstrip("；")))
            pos += len(item)
            label = row.group("label") if row else None
            if row is None or _role_at_end(label) is None:
                return  # not every item is an office and its holders: not this form
            rows.append([row, row.start("value"), row.end("value")])
    elif ctx.meeting is None:
        return
    else:
        pos = intro.end()
        for line in text[pos:].split("\n"):
            line_start, pos = pos, pos + len(line) + 1
            row = _TABLE_LINE.match(text, line_start, line_start + len(line))
            label = row.group("label") if row else None
            if row and _role_at_end(label) is not None:
                rows.append([row, row.start("value"), row.end("value")])
            elif rows and line.strip():
                rows[-1][2] = line_start + len(line.rstrip())  # the value goes on
            elif line.strip():
                break
    elector = _bureau_elector(ctx, unit, text[: intro.end()], intro.start(), intro.end()) if rows else None
    if elector is False:
        return
    plenary = plenary_at(ctx, unit, unit.start + intro.start())
    elected_at = ctx.plenary_ref(plenary[0], plenary[1][0]) if plenary and len(plenary[1]) == 1 else None
    for row, v_start, v_end in rows:
        term, qualifier = _role_at_end(row.group("label"))
        items = split_items(text, lambda piece: _holder_shape(ctx, piece), v_start, v_end)
        holders = [person_or_state(ctx, text, item.start, item.end) for item in items]
        if not holders or any(h is None for h in holders):
            ctx.warn("office-holder", f"officers {row.group('label')!r} could not all be read; not emitted",
                     ctx.span(unit, row.start(), v_end))
            continue
        role = _role_name(term, qualifier)
        meeting, named = _meeting_for(ctx, qualifier)
        if elector is not None and not any(w in qualifier for w in roles_data()["body_words"]):
            # 「缔约方大会第十七届会议…选出的主席团成员如下：」: that meeting's officers (「副主席兼报告员」 too)
            meeting, named = elector, True
        if meeting is None:
            continue
        body = qualifier if not named and any(w in qualifier for w in roles_data()["body_words"]) else None
        _emit(ctx, unit, holders, role, meeting, row.start("label"), v_end, elected_at if meeting == ctx.meeting_ref(ctx.meeting) else None,
              body=body)
        _chaired(ctx, unit, holders, role, meeting, row.start("label"), v_end, body)


def _composition(ctx: Context, unit: Unit, text: str) -> None:
    """「全权证书委员会由下列成员组成：A、B和C」, and the count check of
    「全权证书委员会由五名成员组成，会议任命……为全权证书委员会成员」."""
    if "委员会" not in text or ("组成" not in text and "成员" not in text):
        return  # every pattern below names a committee and its composition or members
    for match in list(_COMPOSED.finditer(text)) + list(_COMPOSED_BY.finditer(text)) + list(_MEMBERS_FOLLOW.finditer(text)) \
            + list(_MEMBERS_NAMED.finditer(text)) + list(_COMPOSED_OF.finditer(text)) \
            + list(_COMPOSED_LISTED.finditer(text)):
        body = match.group("body")
        if body == "委员会":
            body = _committee(ctx, body, text[: match.start()]) or body
        found = _role_at_end(body + "成员")
        if found is None or ctx.meeting is None:
            continue
        lead = text[max(text.rfind("。", 0, match.start()), text.rfind("；", 0, match.start())) + 1 : match.start()]
        if re.search(r"将|拟|建议", body) or re.search(r"将|拟|建议|提议|未能|未|没有|推迟|暂缓|回顾|忆及|下次|下周|今后|以后", lead) \
                or any(m.key != ctx.meeting.key for m in find_meetings(ctx, body + "；" + lead)):
            # 「会议决定在第四次会议上设立…委员会，由…组成」: another meeting's, or not yet set up
            ctx.warn("office-meeting", f"members of {match.group('body')!r}: another meeting's committee, or one to be "
                     "set up; not emitted", ctx.span(unit, match.start(), match.end()))
            continue
        if re.fullmatch(r"\s*(?:\d+|[一两二三四五六七八九十]+)\s*(?:名|个)(?:成员|国家|缔约国)\s*", match.group("holders")):
            continue  # 「由九名成员组成的…委员会」: a count (checked elsewhere), not the members
        term, qualifier = found
        items = split_items(text, lambda piece: _holder_shape(ctx, piece), match.start("holders"), match.end("holders"))
        holders = [person_or_state(ctx, text, item.start, item.end) for item in items]
        if not holders or any(h is None for h in holders):
            ctx.warn("office-holder", f"members of {match.group('body')!r} could not all be read; not emitted",
                     ctx.span(unit, match.start(), match.end()))
            continue
        _emit(ctx, unit, holders, _role_name(term, qualifier), ctx.meeting_ref(ctx.meeting), match.start(), match.end())
        stated = chinese_number(match.group("n")) if match.re is _COMPOSED_LISTED and match.group("n") else None
        if stated is not None:
            ctx.count(f"members: {match.group('body').strip()}", stated, len(holders),
                      ctx.span(unit, match.start(), match.end()))


def _committee(ctx: Context, body: str, before: str) -> str | None:
    """The committee or body an office is of: 「委员会」 alone is the one the text
    named last before; None for an organization's own body (「联合国安全理事会 1540
    委员会」) or a 「委员会」 the text does not name."""
    if body.strip() == "委员会":
        return _last_committee(ctx, before)
    # 「该报告由小组委员会主席X介绍」: the passive's agent marker and what is before it are not part of the name
    body = _AGENT_BEFORE.sub("", re.sub(r"^\d{1,3}\s*[.．]\s*", "", body.strip()))  # (nor the paragraph's number)
    if not body or _ends_with_organization(ctx, body) or ctx.gaz.organization(body) \
            or affiliation_of(ctx, body) is not None:
        return None
    if re.search(re.escape(body) + r"\s*第\s*[\d一二三四五六七八九十百]+\s*届\s*会议", ctx.clean.text):
        return None  # 「法律小组委员会第七十三届会议」: a body with sessions of its own meets apart from the meeting
    return body


_AGENT_BEFORE = re.compile(r"^.*(?<![自理缘经])由\s*(?=\S)")


def _last_committee(ctx: Context, before: str) -> str | None:
    """「委员会」 alone: the committee the text named last before it (not an
    organization: 「红十字国际委员会」)."""
    named = [m.group(0) for m in re.finditer(r"[\u4e00-\u9fff]{2,12}委员会", before)]
    if not named:
        return None
    body = re.sub(r"^.*?(?:任命了|设立了|成立了|任命|设立|成立)(?:一个)?", "", named[-1])
    return None if _ends_with_organization(ctx, body) or ctx.gaz.organization(body) else body


def _member_counts(ctx: Context, unit: Unit, text: str) -> None:
    if "组成" not in text:
        return  # _MEMBERS_COUNT needs 「…委员会由 N 名成员组成」
    for match in _MEMBERS_COUNT.finditer(text):
        stated = chinese_number(match.group("n"))
        found = _role_at_end(match.group("body") + "成员")
        if stated is None or found is None or ctx.meeting is None:
            continue
        role = _role_name(*found)
        meeting = ctx.meeting_ref(ctx.meeting)
        members = {f.get("holder") for f in ctx.facts if f.kind == "office" and f.get("role") == role
                   and f.get("meeting") == meeting and f.span.paragraph == unit.label}
        ctx.count(f"members: {match.group('body').strip()}", stated, len(members), ctx.span(unit, match.start(), match.end()))
