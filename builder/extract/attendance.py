"""Attendance: who took part in the meeting, and in what capacity.

Two sentence forms of UN Chinese style are read:

* the list after the predicate: 「下列 59 个缔约国参加了会议：A、B和C。」,
  「下列 35 个国家以观察员身份出席了会议：…」;
* the list before it: 「A、B以及C的代表根据议事规则第 1(2)条以观察员身份出席了会议」.

The role comes from the sentence's subject (缔约国, 签署国, 国家, 组织,
非政府组织…) and from whether it says 以观察员身份. The evidence of each
attendance runs from the predicate to the participant's name, so each quote
states both. Every number the sentence states is checked against the list.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from ..records import Ref
from ..segment import Unit, chinese_number, roman
from .context import Context
from .lists import Item, has_conjunction, inside_word, joint_body, roles_data, split_items
from .meetings import find_meetings
from .sentences import clause_start, sentences

# The attendance verbs (roles.json), longest first: 「出席了」 before 「出席」.
_VERB = "(?:" + "|".join(sorted(roles_data()["attendance_verbs"], key=len, reverse=True)) + ")"
# A count of participants: 「59 个」, 「两个」, 「三名」.
_COUNTED = r"(?:\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个|名|家)"
# A treaty's short title, which names the meeting's own treaty: 「《条约》」, 「《公约》」.
_OWN_TITLES = ("条约", "公约", "议定书", "规约", "协定", "该条约", "本条约", "该公约", "本公约")
# The list after the predicate: 「出席会议的有下列…：」, and 「下列 43 国派代表团与会：」.
_AFTER = re.compile(_VERB + r"[^：:。]{0,12}?(?:会议|大会|届会|常会)[^：:。]{0,20}?[：:]|(?:派代表团|派代表)?与会\s*[：:]"
                    r"|(?:派观察员|派代表团?|以观察员身份|作为观察员)(?:出席|参加|列席)(?:了)?\s*[：:]"
                    r"|(?:与会|出席会议|参加会议)的[^：:。，]{0,12}?有\s*[：:]"
                    r"|(?:与会|出席会议|参加会议)的(?:还|也)?有[^：:。，]{0,30}?的代表(?:团)?\s*[：:]"
                    r"|与会者包括[^：:。，]{0,30}?[：:]")
_BEFORE = re.compile(
    r"(?:的(?:代表(?:团)?|观察员))?\s*(?:作为[^，。：作]{1,30}?)?\s*(?:也|还|亦)?\s*(?:(?:根据|按照|依照|依据)[^，。]{0,40}?)?\s*(?:也|还|亦)?\s*"
    # 「以政府间组织观察员身份」 (not from the 以 of 「以色列」)
    r"(?:应邀|获准)?\s*(?:以[^，。；：、以]{0,12}?观察员身份|作为[^，。；：、]{0,12}?观察员|派(?:了)?观察员|派(?:了)?代表团?)?\s*" + _VERB + r"\s*(?:了)?\s*(?:(?:本次|这次|本届|审议|全体|公开|卫生)?\s*(?:会议|大会|届会|常会)(?:的公开会议)?"
    r"|(?<=与会)(?=\s*[。；，,]|\s*$)|(?:(?<=出席|列席|参加|旁听)|(?<=出席了|列席了|参加了|旁听了))(?=\s*[。；，,]|\s*$))"
)  # 「…和红十字国际委员会也作为观察员与会。」: 「与会」 needs no 「会议」 after it
# What is attended: a meeting, conference or session (「审议大会」), or its public meetings.
# (「卫生大会」: the World Health Assembly's own short name; 「常会」: a regular session)
_MEETING_WORD = re.compile(r"会议|审议大会|卫生大会|届会|常会|与会")
# 「红十字国际委员会亦派观察员出席。」: who sent observers or representatives needs no meeting
# named after the verb.
# (「巴勒斯坦作为观察员出席，…」, 「也以观察员身份出席。」: attended as an observer, the meeting unnamed)
_DELEGATED = r"派(?:了)?(?:观察员|代表团?)"
_SENT_TAIL = r"\s*" + _VERB + r"(?:了)?\s*(?:[。；，,]|$)"
_SENT = re.compile(rf"(?:{_DELEGATED}|以观察员身份|作为观察员){_SENT_TAIL}")
_SENT_DELEGATES = re.compile(_DELEGATED + _SENT_TAIL)  # (only 「派…出席」: who sent someone)
# Words before the participants that make the sentence no record of this meeting's attendance.
_NOT_A_RECORD = re.compile(r"决定|建议|提议|规定|除非|回顾|自[^，。；]{1,20}起|期间|会议上|磋商")
# A status written before the names: 「非《条约》缔约国南苏丹」, 「签署国以色列和埃及」, and with
# their count: 「《公约》的两个签署国帕劳和美利坚合众国」 (the treaty, if named, is checked by _own_treaty).
_DESCRIBED = re.compile(r"\s*(?P<treaty>《[^》]{1,30}》\s*的\s*)?(?P<count>" + _COUNTED + r"\s*)?"
                       r"(?P<what>(?:非\s*)?(?:《[^》]{1,30}》\s*)?(?:缔约国|缔约方|签署国|非缔约国|非签署国)|非政府组织|政府间组织)"
                       r"\s*(?=[^\s的、，和及])")
# The names between dashes after what they are: 「两个签署国——埃及和海地——作为观察员…」. Nothing
# but the treaty, a count and a status comes before the first dash (not 「会议决定邀请两个签署国——」).
_APPOSED = re.compile(r"\s*(?:此外[，,]?\s*)?(?P<treaty>《[^》]{1,30}》\s*的\s*)?(?P<count>" + _COUNTED + r"\s*)?"
                      r"(?P<what>(?:非\s*)?(?:缔约国|缔约方|签署国|非缔约国|非签署国))\s*[—―]{1,2}\s*(?P<names>[^—―。；]{2,400}?)\s*[—―]{1,2}\s*(?:也|还|亦)?\s*")
# What they have done about the treaty, then 「的」 and the names: 「已签署但尚未批准《公约》的埃及、海地和…」,
# 「尚未加入《公约》的以色列」.
# The treaty must be named, and be the meeting's own (_own_treaty).
# 「既非《公约》缔约国亦非签署国的」, 「既不是缔约国也不是签署国的」: States neither party nor signatory.
_NEITHER = re.compile(r"\s*既?\s*(?:不是|非)\s*(?P<treaty>《[^》]{1,30}》)?\s*的?\s*缔约(?:国|方)\s*[，,]?\s*(?:亦|也|又)?\s*"
                      r"(?:不是|非)\s*(?:其)?签署(?:国|方)\s*的\s*")
_TREATY_VERB = "(?:" + "|".join(roles_data()["treaty_actions"]) + ")"
_STATUS_OF = re.compile(r"\s*(?P<what>(?:已经?|尚未|未)[^，。；、的《》]{0,8}?" + _TREATY_VERB + r"[^，。；、的《》]{0,8}?"
                        r"《[^》]{1,80}》)\s*的\s*(?=[^\s的、，和及])")
_COUNTED_PAREN = re.compile(r"\s*(?:此外[，,]?\s*)?(?:另有|还有|此外还有)?\s*(?:《[^》]{1,30}》\s*的?\s*)?"
                            r"(?:" + _COUNTED + r"|(?P<only>唯一(?:的|一个)?))"
                            r"(?P<what>[^()（）、，]{2,20}?)"
                            r"\s*[(（](?P<names>[^()（）]{2,400})[)）]\s*")
_ETC_INNER = re.compile(r"等\s*(?:\d[\d\s]*|[一两二三四五六七八九十百]+)\s*个(?:政府间组织|非政府组织|国际组织|组织|国家)")
_ETC = re.compile(r"等(?:\s*(?:\d+|[一两二三四五六七八九十]+)\s*个)?(?P<noun>[^、，的]{2,12})$")
# 「巴基斯坦和毛里求斯这两个尚未签署《条约》的国家也」: the names, then what they are.
# 「安哥拉、…和乌克兰 5 个签署国作为观察员出席了会议」: the count and what they are, without 「这」.
_THESE = re.compile(r"(?:(?:这|此)|(?<=[\u4e00-\u9fff])(?<!等)(?<!其他)\s+(?=\d))(?P<n>\d+|[一两二三四五六七八九十]+)\s*个"
                    r"(?P<what>[^、，。]{0,30}?(?:国家|缔约国|签署国|观察员国|组织))\s*(?:也|还|亦)?\s*$")
_TOTAL_AFTER = re.compile(r"\s*[(（]\s*(?:共|共计|合计|总计)\s*(?P<n>\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个国家|个|国|名|家)\s*[)）]\s*$")
_INCLUSIVE = re.compile(r"\s*(?:其中)?包括\s*(?P<names>[^。；]{2,400}?)\s*在内的\s*(?:" + _COUNTED + r")?"
                        r"\s*(?P<what>[^。；]{2,40}?)\s*(?:的代表(?:团)?)?\s*(?:也|还|亦)?\s*$")
# 「集束弹药联盟及其他 14 个非政府组织的代表」: named ones, and a number of others.
_AND_OTHERS = re.compile(r"(?:及|和|以及)其他\s*(?P<n>\d+|[一两二三四五六七八九十]+)\s*个(?P<noun>[^、，的]{2,12})$")
# 「…和 3 个非政府组织」 closing a list of names: more participants, only counted.
_AND_COUNTED = re.compile(r"(?:和|及|以及)\s*(?P<n>\d+|[一两二三四五六七八九十]+)\s*个(?P<noun>[^、，的]{0,10}(?:组织|国家|机构|缔约国|签署国))$")
_MARKER = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*|\(\s*[a-z]{1,3}\s*\)\s*|[㈠-㈩]\s*|\*\s*)")
_COUNT = re.compile(r"(?:下列|以下|共有|共)?\s*(?P<n>\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个|名|家|国(?![家际]))")


_ABBREVIATION = re.compile(r"[(（][^()（）、，,]{1,20}[)）]")


def _without_known_names(ctx: Context, text: str, start: int, end: int) -> str:
    """text[start:end] with every list item that is a State or organization the
    gazetteer knows blanked out (and an abbreviation in parentheses after it)."""
    plain = text[:start] + _ABBREVIATION.sub(lambda m: " " * len(m.group(0)), text[start:end])
    words = list(plain[start:end])
    for item in split_items(plain, lambda name: ctx.gaz.state(name.strip()) or ctx.gaz.organization(name.strip()),
                            start, end):
        if item.value is not None:
            words[item.start - start : item.end - start] = " " * (item.end - item.start)
    return "".join(words)


def _subject_unquoted(text: str) -> dict | None:
    """The subject a status names, with a treaty's quoted name left out
    (「非《条约》缔约国」 is 非缔约国)."""
    return _subject(re.sub(r"《[^》]*》", "", text))


# What may stand before a 'bare' subject word in its clause: determiners, a count,
# 作为/是, the meeting's own 委员会, 会议, 论坛, 理事会, 执行委员会, 执行局 or 平台, the reporting
# organization (「本机构的下列 22 个成员国」) (「委员会下列成员国」, 「下列 3 个委员会成员」, 「论坛成员国」,
# 「执行委员会下列 40 个成员」, 「下列 38 个平台成员」,
# 「作为会议成员」); nothing else, no other name (「全权证书委员会成员」, 「欧洲联盟的成员国」).
_BARE_LEAD = re.compile(r"(?:下列|以下|所有|全部|各|该|本|其|的|国家|作为|为|是|也|还|均|\d+\s*个|[一两二三四五六七八九十百]+个|委员会|会议|论坛"
                        r"|执行委员会|执行局|理事会|平台|本机构|本组织|\s)*")
# Members and non-members together: which is which is not said.
_MEMBERS_AND_NOT = re.compile(r"(?<!非)(?:委员会|会议|论坛)?成员(?:国)?[^，。；：]{0,12}?(?:和|及|与|、)\s*非(?:委员会|会议|论坛)?成员"
                              r"|非(?:委员会|会议|论坛)?成员(?:国)?[^，。；：]{0,12}?(?:和|及|与|、)\s*(?:委员会|会议|论坛)?成员"
                              # 「成员国和观察员国」, 「会员国和观察员国」: which is which is not said either
                              r"|(?:成员|会员)国[^，。；：]{0,12}?(?:和|及|与|、|以及)\s*(?:观察员国|非(?:成员|会员)国|其他|实体|非国家行为者)"
                              r"|观察员国[^，。；：]{0,12}?(?:和|及|与|、)\s*(?:[^，。；：]{0,6}?成员|会员)国"
                              # 「成员和准成员」: members and associate members together
                              r"|成员[^，。；：]{0,12}?(?:和|及|与|、|以及)\s*准成员|准成员[^，。；：]{0,12}?(?:和|及|与|、|以及)\s*成员")


def _subject(text: str) -> dict | None:
    for entry in roles_data()["attendance_subjects"]:
        if entry["zh"] not in text:
            continue
        if entry.get("bare") or entry["zh"].startswith("非") and "成员" in entry["zh"] or entry["zh"] == "观察员国":
            if _MEMBERS_AND_NOT.search(text):
                return None
        if entry.get("bare"):
            at = text.index(entry["zh"])
            clause = text[max(text.rfind(mark, 0, at) for mark in "，,。；;：:") + 1 : at]
            if entry["zh"] == "会员国":
                clause = re.sub(r"联合国\s*$", "", clause)  # 「下列 42 个联合国会员国」: the Members of the United Nations
            if _BARE_LEAD.fullmatch(clause) is None:
                continue
        return entry
    return None


# A State's permanent mission, named for the State: 「罗马教廷常驻联合国观察员代表团」. Its
# 「观察员」 is the State's standing at the United Nations, not at the meeting.
_MISSION = re.compile(r"常驻联合国(?:[^，。；、]{0,8}?办事处)?(?:观察员)?(?:代表)?团")


def _own_treaty(ctx: Context, text: str) -> bool:
    """Every treaty quoted in text is the meeting's own: its short title
    (「《条约》」) or a name the gazetteer gives the meeting's treaty."""
    for name in re.findall(r"《([^》]*)》", text):
        entry = None if name in _OWN_TITLES else ctx.gaz.treaty(name)
        if ctx.treaty_key is None or (name not in _OWN_TITLES and (entry is None or entry.key != ctx.treaty_key)):
            return False
    return True


def _another_treaty(ctx: Context, unit: Unit, treaty_text: str, shown: str, start: int, end: int) -> bool:
    """Whether a status written before the names (in `treaty_text`) is of a
    treaty other than the meeting's own; if so, a warning naming `shown`."""
    if _own_treaty(ctx, treaty_text):
        return False
    ctx.warn("attendance-role", f"status of another treaty: {shown.strip()!r}; not emitted", ctx.span(unit, start, end))
    return True


def _says_observer(text: str) -> bool:
    """Whether the sentence says the participants attend as observers. 「列席」
    (to sit in) is not enough: States parties and committee members sit in too."""
    text = _MISSION.sub("", text)
    return any(word in text for word in roles_data()["observer_words"])


def _mission_state(ctx: Context, name: str) -> Ref | None:
    """The State a permanent mission named 「<State>常驻联合国…团」 belongs to
    (registered as an entity only when an attendance is emitted for it)."""
    match = _MISSION.search(name)
    if match is None or match.end() != len(name.rstrip()) or match.start() == 0:
        return None
    entry = ctx.gaz.state(name[: match.start()].strip())
    return Ref("state", entry.iso3) if entry is not None else None


# Kinds counted or listed with NGOs as one: 「非政府组织和研究机构」, 「政府间组织和非政府组织」.
_KINDS_JOINED = re.compile(r"非政府组织\s*(?:、|以及|和(?![平解谐睦])|及|与(?!会))\s*\S|\S\s*(?:、|以及|和|及|与)\s*非政府组织")
# The kinds' words, without what comes before (「此外，还有 31 个」, 「出席会议的」) or after
# (the verb, 「根据议事规则…」, 「的代表」, 「观察员共计…」).
_KIND_LEAD = re.compile(r"^(?:.*?(?:(?:出席|参加|列席)(?:了)?(?:本次|本届)?会议|与会)的|\s*(?:在内)?的)?"  # (a meeting's name is masked)
                        r"(?:[\s，,]|此外|另有|还有|也有|共有|共计|有|下列|以下|" + _COUNTED + r")*")
_KIND_END = re.compile(r"派|出席|参加|列席|旁听|与会|根据|按照|依照|依据|作为|以观察员|也|还|亦|的|观察员|共计|共有|共|[：:，,。]")
# Words of non-governmental kinds (roles.json), and the joins between them.
_NON_GOVERNMENTAL = re.compile("|".join(sorted(roles_data()["non_governmental_kinds"], key=len, reverse=True))
                               + r"|以及|[、和及与\s]")


def _mixed(subject: dict | None, kind_text: str) -> bool:
    """Whether the NGO role was read from words that join NGOs with a kind
    that is not non-governmental (「政府间组织和非政府组织」): which of the
    participants is which is not said. 「非政府组织、研究机构和行业协会」 names
    non-governmental kinds only: each attends in the non-governmental
    capacity that the NGO role stands for (academic and research bodies have
    that role here, as in _ROLE_BY_TYPE)."""
    if subject is None or subject["role"] != "NonGovernmentalOrganization" or not _KINDS_JOINED.search(kind_text):
        return False
    words = kind_text[_KIND_LEAD.match(kind_text).end() :]
    end = _KIND_END.search(words)
    words = words[: end.start()] if end else words
    return "非政府组织" not in words or bool(_NON_GOVERNMENTAL.sub("", words))


def _warn_mixed(ctx: Context, unit: Unit, kinds: str, count_offset: int, start: int, end: int,
                count: re.Match[str] | None) -> None:
    """Participants named among several kinds at once: a warning, and the count (of all kinds) reported."""
    kinds = re.sub(r"\s+", "", kinds)
    ctx.warn("attendance-ambiguous", f"named among {kinds!r}: which kind each one is is not said; not emitted",
             ctx.span(unit, start, end))
    if count is not None and chinese_number(count.group("n")) is not None:
        ctx.count("participants: of mixed kinds", chinese_number(count.group("n")), None,
                  ctx.span(unit, count_offset + count.start(), count_offset + count.end()),
                  "the text counts several kinds together")


# Words that make a sentence an invitation or a request, not a report of attendance:
# 「会议请…派观察员出席」, 「会议邀请了…」, 「主席呼吁…」.
_INVITED = re.compile(r"邀请|(?<![申])请|鼓励|呼吁|希望|促请|敦促")
# Before a list that follows: an attendance not done, only invited, allowed or to come
# (「获准…出席了」 and 「获准以观察员身份出席：」 are attendances, as the reports use them).
# Another event's attendance (「历届会议上，…」, 「在会前举办的讲习班上，…」), and one not sent.
_OTHER_EVENT = r"历届|以往|往届|讲习班|研讨会|会外活动|会前"
_NOT_SENT = r"未派|没有派|未出席|缺席"
# (a count with some named: also 「受邀出席」, 「本应出席」, 「获得认可参加」 — invited, due, accredited)
_NOT_ATTENDED_MORE = re.compile(r"受邀|本应|原应|认可(?:参加|出席)")
_NOT_ATTENDED = re.compile(_INVITED.pattern + r"|申请|允许|准许|同意|(?<!获)准予|将|拟|要求|有权|可以|(?<![认许])可(?!能)|有意|打算|计划|原定"
                           r"|拒绝|尚待|是否|" + _NOT_SENT + "|" + _OTHER_EVENT + r"|上届"
                           # not done: the negation on the verb itself (not 「尚未批准《条约》的国家」)
                           r"|(?:未能|未曾|未|没有|不能|无法|不)\s*(?:派[^：:，]{0,6}?|以[^：:，]{0,10}?身份|作为[^：:，]{0,10}?)?"
                           r"(?:出席|参加|列席|与会)")


# 「联合国系统下列机构派代表出席了会议：」, 「与会的还有联合国系统下列机构的代表：」: the whole
# subject says what the list's organizations are, in the kinds of roles.json (nothing before it
# but 「与会的还有」, nothing after but the predicate; not 「除联合国系统各机构外」).
_UN_KIND = "(?:" + "|".join(sorted(roles_data()["un_system_kinds"], key=len, reverse=True)) + ")"
_UN_SYSTEM = re.compile(r"\s*(?:此外[，,]?\s*)?(?:(?:与会|出席会议|参加会议)的(?:还|也)?有\s*)?联合国系统(?:的)?\s*(?:下列|以下)?\s*各?"
                        + _UN_KIND + r"(?:\s*(?:、|和|及|以及)\s*" + _UN_KIND + r")*"
                        r"\s*(?:的代表(?:团)?|(?:派(?:了)?(?:代表(?:团)?|观察员)\s*)?" + _VERB + r"(?:了)?(?:本次|本届)?(?:会议)?)\s*[：:]")


def _un_system(subject_text: str) -> bool:
    """The subject says every organization listed is of the United Nations system (and names no other kind)."""
    return _UN_SYSTEM.fullmatch(subject_text) is not None


# Organizations that spoke attended: 「大会还听取了 A、B 以及 C 的发言」,
# 「A和B的代表向筹备委员会作了发言」.
HEARD = re.compile(r"听取了(?P<list>[^。；：]{2,200}?)(?:的代表)?的发言")
_HEARD_ETC = re.compile(r"等(?:\s*\d+\s*个)?(?:非政府组织|组织|机构|实体)(?:的)?(?:代表)?$")
# 「14 个非政府组织的代表」: speakers only counted, by what they are.
_COUNTED_SPEAKERS = re.compile(r"\s*(?:\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个|名|家)[^，。；、的]{2,12}?(?:的代表)?\s*")
_SPOKE_FOR = re.compile(r"(?:^|(?<=[，。；：]))\s*(?:\d{1,3}\s*[.．]\s*)?(?:在[^，。；]{1,40}?上[，,]\s*)?(?P<list>[^。；：，]{2,200}?)的代表"
                        r"(?:也|还)?(?P<frame>在[^，。；]{1,40}?上)?(?:向[^，。；]{1,20}?)?(?:作了发言|发了言)")


def _speaking_organizations(ctx: Context, unit: Unit, text: str) -> None:
    """Each organization named as having spoken attended; its role is what it
    is (the gazetteer's kind), or, for one the gazetteer does not know, NGO
    where the paragraph speaks of 非政府组织; otherwise it is left out."""
    ngo_paragraph = "非政府组织" in text
    meeting = ctx.meeting_ref(ctx.meeting)
    for pattern in (HEARD, _SPOKE_FOR):
        for match in pattern.finditer(text):
            head = match.group("list")
            if pattern is _SPOKE_FOR and (re.match(r"\s*在", head) or match.group("frame") and any(
                    m.key != ctx.meeting.key for m in find_meetings(ctx, match.group("frame")))):
                continue  # (「…的代表在缔约国第二次会议上发了言」: another meeting's speakers)
            if pattern is HEARD and _COUNTED_SPEAKERS.fullmatch(head):
                # 「听取了 14 个非政府组织的代表的发言，其中包括A、B和C」: some of them named (by the
                # reported meeting: not after another meeting's name or a frame of another time)
                including = _INCLUDING.match(text, match.end())
                lead = text[text.rfind("。", 0, match.start()) + 1 : match.start()]
                if including is not None and (any(m.key != ctx.meeting.key for m in find_meetings(ctx, lead))
                                              or _ANOTHER_MEETING_WORDS.search(lead)
                                              or re.search(r"回顾|忆及|\d{4}\s*年", lead)):
                    ctx.warn("attendance-meeting", "speakers heard at a meeting other than the reported one, or at "
                             "another time; not emitted", ctx.span(unit, match.start(), match.end()))
                    continue
                if including is not None:
                    end = text.find("。", including.end())
                    _including(ctx, unit, text, match.start("list"), match.end("list"), match.start(),
                               match.start("list"), including.end(), end if end >= 0 else len(text), "speakers")
                continue
            list_end = match.end("list")
            kind_of = _HEARD_ETC.search(head)
            if kind_of is not None:  # 「…以及核时代和平基金会等非政府组织代表」: what they all are
                list_end = match.start("list") + kind_of.start()
                if "非政府组织" in kind_of.group(0):
                    ngo_paragraph = True
            items = []
            for item in split_items(text, lambda name: ctx.gaz.organization(name), match.start("list"), list_end):
                pieces = [(item.start, item.end)]
                if item.value is None and "以及" in item.text and not _joint_after(ctx, item.text, "以及"):
                    pieces = _around(item, item.text.rindex("以及"), len("以及"))  # 「A以及B」 closes UN lists
                elif item.value is None and (join := _one_split(ctx, item.text)) is not None:
                    pieces = _around(item, join.start(), len(join.group(0)))
                for start, end in pieces:
                    name = text[start:end].strip()
                    if name:
                        start = text.index(name, start)
                        items.append(Item(start, start + len(name), name, ctx.gaz.organization(name)))
            if not items or any(item.value is None and not (_ends_like_an_organization(item.text) and not (
                                    index == len(items) - 1 and has_conjunction(item.text)))
                                for index, item in enumerate(items)):
                continue  # a State's representative, a person, or a list that cannot be read
            for item in items:
                # Known: the role of its kind; unknown: an NGO where the paragraph says so.
                role = _ROLE_BY_TYPE.get(item.value.type) if item.value is not None else (
                    "NonGovernmentalOrganization" if ngo_paragraph else None)
                if item.value is not None and item.value.key in _MAY_BE_PARTY:
                    role = None
                if role is None:
                    ctx.warn("attendance-role", f"role of {item.text!r} is not stated; not emitted",
                             ctx.span(unit, item.start, item.end))
                    continue
                participant = ctx.organization(item.text)
                if participant is None:  # 「和平市长会议」: a name that reads as a meeting's, no organization
                    ctx.warn("attendance-unresolved", f"speaker {item.text!r} is no organization's name; not emitted",
                             ctx.span(unit, item.start, item.end))
                    continue
                ctx.add("attendance", ctx.span(unit, item.start, match.end()), participant=participant,
                        meeting=meeting, role=role)


# Before a list of States that attend as observers, what they are not: 「非《公约》缔约方的」,
# 「非缔约国的」, 「作为非本条约缔约国的」.
_NON_PARTY_QUALIFIER = re.compile(r"\s*(?:作为)?非(?:《[^》]{1,40}》|本?(?:公约|条约|议定书|协定))?\s*(?:缔约方|缔约国)的\s*(?=\S)")


def extract(ctx: Context) -> None:
    if ctx.meeting is None:
        return
    for unit, text in ctx.units("paragraph", "footnote"):
        if "发言" in text or "发了言" in text:
            _speaking_organizations(ctx, unit, text)
        for s, e in sentences(text):
            marker = _MARKER.match(text, s)
            if marker:
                s = marker.end()
            sentence = text[s:e]
            if not re.search(_VERB, sentence) or not (_MEETING_WORD.search(sentence) or _AFTER.search(sentence)
                                                      or _SENT.search(sentence)):
                continue
            counted = _COUNTED_INCLUDING.match(sentence)
            if counted is not None:
                # 「出席会议的非政府组织共 13 个，包括A、B和C」: some of them named, all counted.
                _including(ctx, unit, text, s + counted.start(), s + counted.end("n"), s + counted.start(),
                           s + counted.end(), s + counted.end(), e)
                continue
            after = _AFTER.search(sentence)
            if after is not None:
                head = sentence[max(sentence.rfind("，", 0, after.start()), sentence.rfind("；", 0, after.start())) + 1
                                : after.end()]
                frame = sentence[: after.start()]  # 「历届会议上，…」, 「在会前举办的讲习班上，…」: the whole lead
                if _NOT_ATTENDED.search(head) or re.search(_OTHER_EVENT, frame) \
                        or re.search(_NOT_SENT, sentence[after.end() - 12 : after.end()]):
                    # 「下列国家未能派观察员出席：」, 「会议邀请下列国家以观察员身份出席：」, 「…将派观察员出席：」
                    ctx.warn("attendance-not-stated", f"{head.strip()!r}: invited, allowed, to come or not done; "
                             "not emitted", ctx.span(unit, s, e))
                    continue
                _read(ctx, unit, text, s, s + after.end(), e, s + after.start(), s + after.end(), list_after=True)
                continue
            for before in _BEFORE.finditer(sentence):
                tail = sentence[before.end() :]
                if not re.match(r"\s*(?:[，,；]|。|$)", tail):
                    continue  # 「出席会议的缔约国代表」: not the main predicate
                meeting_named = re.search(r"(?:会议|大会|届会|常会|与会)$", before.group(0)) is not None
                if not meeting_named and not _SENT.search(before.group(0)):
                    continue  # a verb with no meeting after it: only 「…派观察员出席。」
                if not meeting_named and not _SENT_DELEGATES.search(before.group(0)) \
                        and (re.search(r"[，,：:]", sentence[: before.start()]) or _NOT_A_RECORD.search(sentence[: before.start()])
                             or _ANOTHER_NAMED.search(sentence[: before.start()])):
                    # 「巴勒斯坦作为观察员出席，…」 only where the State opens the sentence: not after a frame
                    # (「在执行委员会…会议上，」), a rule or a decision (「议事规则第 3 条规定，…」, 「决定，自…起，」)
                    continue
                including = _INCLUDING.match(tail)
                if including:
                    # 「36 个非政府组织……的代表出席了会议，其中包括 A、B 和 C」: a partial list.
                    head = sentence[: before.start()]
                    cut = max(head.rfind("，"), head.rfind("："), head.rfind(","), head.rfind("；"))
                    _including(ctx, unit, text, s + cut + 1, s + before.start(), s + before.start(),
                               s + before.end(), s + before.end() + including.end(), e)
                    break
                head = sentence[: before.start()]
                # 「…派观察员出席了会议；罗马教廷…也派代表列席」: a clause after 「；」 names its own.
                cut = max(head.rfind("，"), head.rfind("："), head.rfind(","), head.rfind("；"))
                if not head[cut + 1 :].strip() and cut > 0 and head[cut] != "；":
                    # 「马绍尔群岛作为已签署…的国家，也以观察员身份出席了会议」:
                    # the participant is the subject of the clause before.
                    # 「埃及和苏丹作为签署国，安哥拉和也门作为非签署国，以观察员身份…」:
                    # each clause before, back to the sentence's start, names a group.
                    previous = head[:cut]
                    while True:
                        start_prev = max(previous.rfind("，"), previous.rfind("："), previous.rfind("。")) + 1
                        clause = previous[start_prev:]
                        if "作为" not in clause:
                            break
                        as_at = start_prev + clause.index("作为")
                        _read(ctx, unit, text, s + start_prev, s + start_prev, s + as_at, s + before.start(),
                              s + before.end(), list_after=False)
                        if start_prev == 0 or previous[start_prev - 1] != "，":
                            break
                        previous = previous[: start_prev - 1]
                    break
                list_start = s + cut + 1
                if re.search(r"(?:未|没有|将|申请|拟|尚未)\s*$", head) or re.match(r"[^。]*?但\s*(?:其代表)?\s*(?:(?:未能?|没有)\s*(?:派|出席|到会|与会|参加(?:了)?(?:会议|本次会议))|缺席)", tail):
                    # 「…未获准以观察员身份出席会议」, 「…获准以观察员身份出席会议，但未派代表出席」
                    ctx.warn("attendance-not-stated", f"{sentence.strip()!r}: not attended, or to come; not emitted",
                             ctx.span(unit, s, e))
                    break
                qualifier = _NON_PARTY_QUALIFIER.match(text, list_start, s + before.start())
                if qualifier is not None and _says_observer(before.group(0)):
                    # 「非《公约》缔约方的中国、日本和美国作为观察员出席了会议」: what the States are not,
                    # then the list
                    list_start = qualifier.end()
                if list_start < s + before.start():
                    _read(ctx, unit, text, list_start, list_start, s + before.start(), s + before.start(), s + before.end(), list_after=False)
                if not re.match(r"\s*；", tail):
                    break  # after 「；」, another clause may name others


_LEGEND = re.compile(r"^\s*(?P<star>\*{1,3})\s*(?P<verb>参加了|出席了|参加|出席)(?P<meeting>.+?)[。.]?\s*$")
_LIST_ITEM = re.compile(r"^\d{1,3}\s*[.．]\s*(?P<name>[^。；：:]{2,60}?)\s*(?P<star>\*{0,3})\s*$")


def legends(ctx: Context) -> None:
    """A list legend 「* 参加了条约缔约国第一次会议。」 under a numbered list of
    organizations: each item marked with the star attended that meeting."""
    units = ctx.seg.units
    for index, unit in enumerate(units):
        if unit.kind != "note":
            continue
        match = _LEGEND.match(ctx.text(unit))
        if match is None:
            continue
        mentions = find_meetings(ctx, match.group("meeting"))
        if len(mentions) != 1:
            continue
        info = ctx.meetings.get(mentions[0].key)
        if info is None:
            continue
        meeting = ctx.meeting_ref(info)
        star = match.group("star")
        # The list the legend closes: the numbered items of its part, back to
        # the part's heading or the previous legend.
        top = unit.part.split(",")[0]
        for item_unit in reversed(units[:index]):
            if item_unit.kind in ("note", "decision") or item_unit.part.split(",")[0] != top:
                break
            if item_unit.kind == "annex" and item_unit.part == top:
                break  # the top-level annex: the legend's lists end here
            text = ctx.text(item_unit)
            offset = 0
            for line in text.split("\n"):
                item = _LIST_ITEM.match(line)
                if item and item.group("star") == star:
                    name = item.group("name")
                    ref = ctx.state(name) or ctx.organization(name)
                    if ref is not None and ref.kind == "organization":
                        role = _legend_role(ctx, ref)
                        start = offset + item.start("name")
                        ctx.add("attendance", ctx.span(item_unit, start, offset + item.end("star")),
                                participant=ref, meeting=meeting, role=role)
                        ctx.add("attendance", ctx.unit_span(unit), participant=ref, meeting=meeting, role=role)
                offset += len(line) + 1


_KINDS_WORDS = frozenset(roles_data()["non_governmental_kinds"])
# 「附件二所列 8 个非政府组织和研究机构以观察员身份参加了会议」: the annex lists them, one a line.
_ANNEX_LISTED = re.compile(r"(?:列于|载于)?附件\s*(?P<annex>[一二三四五六七八九十]+)\s*(?:所列|列出|所载)的?\s*"
                           r"(?P<n>\d{1,4}|[一两二三四五六七八九十百]+)\s*个(?P<kinds>[^，。；、()（）]{2,30}?)\s*"
                           r"(?:也|还)?(?:以观察员身份|作为观察员)?(?:派代表)?(?:参加了|出席了|列席了)(?:本次|本届)?会议")
# Around such a sentence: an invitation or an application, not an attendance; another report's annex.
_NOT_ATTENDED_ANNEX = re.compile(r"邀请|请|同意|核准|决定|申请|报告|[A-Z]{2,}/")
# A heading of an annex that lists those who did not or will attend.
_NOT_ATTENDING_HEADING = re.compile(r"未|没有|申请|下届|下次|将|邀请")
# An annex line that is no organization's name as written: a person, a document, a kind, a footnote mark.
_NOT_AN_ORG_LINE = re.compile(r"·|[A-Z]{2,}/|先生$|女士$|大使$|阁下$|(?:(?<=[\u4e00-\u9fff）)])|\s)[\d*a-z]{1,2}$|\*$")


def _body_matches(ctx: Context, pattern: re.Pattern[str]):
    """(unit, its text, match) for every match of `pattern` in the body's paragraphs."""
    for unit in ctx.seg.units:
        if unit.kind == "paragraph" and unit.part == "body":
            text = ctx.text(unit)
            for match in pattern.finditer(text):
                yield unit, text, match


def annex_lists(ctx: Context) -> None:
    """Organizations a body paragraph says attended, listed in an annex one a
    line (「附件二所列 8 个非政府组织和研究机构以观察员身份参加了会议」, then annex II:
    its heading, then one name per line). Non-governmental kinds only (the NGO
    role; a body the gazetteer knows as intergovernmental is left out), and only
    when the annex lists exactly the number stated (a name wrapped over two
    lines would make two)."""
    if ctx.meeting is None:
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    for unit, text, match in _body_matches(ctx, _ANNEX_LISTED):
        sentence_start = clause_start(text, match.start())
        sentence_end = text.find("。", match.end())
        if _NOT_ATTENDED_ANNEX.search(text, sentence_start, match.start()) \
                or re.match(r"[^。；]{0,6}的?(?:申请|请求)", text[match.end() : sentence_end if sentence_end >= 0 else None]):
            continue
        kinds = match.group("kinds")
        stated = chinese_number(match.group("n"))
        n = chinese_number(match.group("annex"))
        if stated is None or n is None or "非政府组织" not in kinds or _NON_GOVERNMENTAL.sub("", kinds):
            continue
        part = f"annex {roman(n)}"
        lines = [u for u in ctx.seg.units if u.part == part and u.kind == "annex-title"]
        if not lines or not re.search(r"参加|出席|列席", ctx.text(lines[0])) \
                or _NOT_ATTENDING_HEADING.search(ctx.text(lines[0])):
            continue  # the annex's heading must say its names attended
        items = lines[1:]
        names = [ctx.text(item).strip() for item in items]
        if any(name in _KINDS_WORDS or _NOT_AN_ORG_LINE.search(name) or ctx.state(name) is not None for name in names):
            ctx.warn("attendance-annex", f"annex {part}: a line is no organization's name; none emitted",
                     ctx.span(unit, match.start(), match.end()))
            continue
        where = ctx.span(unit, match.start(), match.end())
        ctx.count(f"participants: {kinds} (annex)", stated, len(items) if len(items) == stated else 0, where,
                  "" if len(items) == stated else f"the annex lists {len(items)} lines; none emitted")
        if len(items) != stated:
            continue
        for item in items:
            name = ctx.text(item).strip()
            ref = ctx.organization(name, known_only=True) or (ctx.organization(name) if _ends_like_an_organization(name)
                                                              or len(name) >= 4 else None)
            if ref is None or ref.kind != "organization" or _not_an_ngo(ctx, ref):
                ctx.warn("attendance-annex", f"annex item {name!r}: not an NGO the list can name; not emitted",
                         ctx.unit_span(item))
                continue
            ctx.add("attendance", ctx.unit_span(item), participant=ref, meeting=meeting,
                    role="NonGovernmentalOrganization")


# 「出席审议会议的《条约》缔约国名单载于本报告附件一。共有 64 个缔约国派代表出席了审议会议。」:
# the States parties that attended, listed in an annex, counted in the body.
_STATES_IN_ANNEX = re.compile(r"(?:出席|参加)(?:了)?(?:本次|本届)?(?P<at>[^，。；]{0,12}?)的(?:《[^》]{1,30}》)?缔约(?:国|方)"
                              r"(?:的)?名单(?:载|列)于(?:本报告)?附件\s*(?P<annex>[一二三四五六七八九十]+)")
_STATES_COUNTED = re.compile(r"(?:共有|共计|总计|共)\s*(?P<n>\d{1,3}|[一两二三四五六七八九十百]+)\s*个缔约(?:国|方)"
                             r"[^。；]{0,20}?(?:出席|参加)了(?P<at>[^，。；]{0,12})")
_PARTIES_COUNTED_BEFORE = re.compile(r"(?:共有|共计|总计)\s*(?P<n>\d{1,3}|[一两二三四五六七八九十百]+)\s*个(?:《[^》]{1,30}》)?缔约(?:国|方)"
                                     r"[^。；]{0,80}?(?:的代表)?(?:出席|参加)了(?P<at>[^，。；]{0,12})。")
# The meeting attended, in those sentences: the reported one only, named generically (not
# 「筹备会议」, 「上届会议」, 「讲习班」, 「工作组」, 「续会」).
_THE_MEETING_ATTENDED = re.compile(r"\s*(?:本次|本届)?(?:会议|审议会议|审议大会|大会)?\s*")


def annex_state_lists(ctx: Context) -> None:
    """States parties that attended, listed in an annex whose heading says so
    (「出席审议会议的缔约国」), several a line: read only where every name on the
    annex's lines is a State (two names a page break ran together are split only
    when that is the one way to read them), and the body states their number
    and it matches."""
    if ctx.meeting is None:
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    review = (ctx.series_key or "").endswith("revcon")
    for unit, text, match in _body_matches(ctx, _STATES_IN_ANNEX):
        lead = text[clause_start(text, match.start()) : match.start()]
        if not _THE_MEETING_ATTENDED.fullmatch(match.group("at")) \
                or not review and re.search(r"审议", match.group("at")) \
                or _NOT_ATTENDED_ANNEX.search(lead) or re.search(r"(?:没有|未|并未|从未)\s*$", lead):
            continue  # another meeting or event (「出席筹备会议的…」, 「出席上届会议的…」), or those who did not
        counted = _STATES_COUNTED.search(text, match.end(), match.end() + 60)
        if counted is not None and (not _THE_MEETING_ATTENDED.fullmatch(counted.group("at") or "")
                                    or re.search(r"没有|未", text[match.end() : counted.end()])):
            continue
        if counted is None:
            # 「共有 79 个《公约》缔约方、5 个非缔约国…的代表出席了会议。出席会议的缔约方名单载于本报告附件二」:
            # the parties' count, once, in the sentence before, among other counts of who attended
            before = [m for m in _PARTIES_COUNTED_BEFORE.finditer(text, 0, match.start())
                      if _THE_MEETING_ATTENDED.fullmatch(m.group("at"))]
            counted = before[-1] if len(before) == 1 else None
        part = f"annex {roman(chinese_number(match.group('annex')) or 0)}"
        lines = [u for u in ctx.seg.units if u.part == part and u.kind in ("annex-title", "paragraph")]
        if counted is None or not lines or not re.search(r"(?:出席|参加)[^，。；]{0,12}缔约(?:国|方)$", ctx.text(lines[0]).strip()) \
                or _NOT_ATTENDING_HEADING.search(ctx.text(lines[0])):
            continue
        found = []
        for line in lines[1:]:
            line_text = ctx.text(line)
            for token in re.finditer(r"\S+", line_text):
                states = _states_of_token(ctx, token.group(0)) or _party_organization(ctx, token.group(0))
                if states is None:
                    found = None
                    break
                found += [(state, line, token.start(), token.end()) for state in states]
            if found is None:
                break
        stated = chinese_number(counted.group("n"))
        where = ctx.span(unit, min(match.start(), counted.start()), max(match.end(), counted.end()))
        if found is None:
            ctx.warn("attendance-annex", f"{part}: a line holds a name that is no State; none emitted", where)
            continue
        ctx.count("participants: StateParty (annex)", stated, len(found) if len(found) == stated else 0, where,
                  "" if len(found) == stated else f"the annex names {len(found)} States; none emitted")
        if len(found) != stated:
            continue
        for state, line, start, end in found:
            ctx.add("attendance", ctx.span(line, start, end), participant=state, meeting=meeting, role="StateParty")


# The headings of an attendance annex in the Human Rights Council's (and many bodies') style:
# 「理事会成员」, 「非理事会成员的观察国」, 「非联合国会员国的观察国」, 「联合国」, 「专门机构」,
# 「政府间组织」, 「其他实体」; each the role and kind of the names listed under it.
_SECTION_ROLES = (
    (re.compile(r"非[^、，,。]{0,12}?(?:成员|会员国)的观察(?:员)?国|观察(?:员)?国"), "ObserverState", "state"),
    (re.compile(r"(?:理事会|委员会|论坛|大会)?成员(?:国)?"), "MemberState", "state"),
    (re.compile(r"(?:联合国系统各组织|联合国系统|联合国机构|联合国|专门机构|政府间组织|其他实体|其他组织|相关组织)"),
     "ObserverOrganization", "organization"),
)


def _section_items(ctx: Context, text: str, start: int, end: int, kind: str | None,
                   known_only: bool = False) -> list[Item] | None:
    """The names of an attendance annex's line, each of the section's kind (a State; an organization
    the gazetteer knows, or one named as one, unless `known_only`: after a heading run into the
    names, where the first name begins is not sure); None where any is not."""
    if kind is None:
        return None
    items = split_items(text, (lambda name: ctx.state(name)) if kind == "state"
                        else (lambda name: ctx.organization(name, known_only=True)), start, end)
    if kind == "organization" and not known_only:
        items = [item if item.value is not None or not _ends_like_an_organization(item.text)
                 else Item(item.start, item.end, item.text, ctx.organization(item.text)) for item in items]
    if not items or any(item.value is None or (item.value.kind == "state") != (kind == "state") for item in items):
        return None
    return items


def _section_heading(line: str) -> tuple[str, str, int] | None:
    """The role and kind a line's category heading gives, and where the line's names begin
    (after the heading, where a heading and its first names were run together)."""
    for pattern, role, kind in _SECTION_ROLES:
        heading = pattern.match(line)
        if heading is not None and (heading.end() == len(line)
                                    or re.match(r"[\u4e00-\u9fff]*、", line[heading.end() :]) is not None):
            return role, kind, heading.end()
    return None


def annex_attendance_sections(ctx: Context) -> None:
    """An annex headed 「出席情况」 (or 「出席名单」) that lists who attended under category headings,
    each a line of its own, the names after it separated by 「、」: 「理事会成员 ⏎ 阿尔巴尼亚、…」,
    「非理事会成员的观察国 ⏎ …」, 「政府间组织 ⏎ …」. A section is read only where its heading is one
    of these categories and every name in it is of its kind (a State, or an organization the
    gazetteer knows or named as one); members of a meeting of a treaty's parties are not."""
    if ctx.meeting is None:
        return
    meeting = ctx.meeting_ref(ctx.meeting)
    by_part: dict[str, list] = {}
    for unit in ctx.seg.units:
        if unit.part != "body" and unit.kind != "footnote":
            by_part.setdefault(unit.part.split(",")[0], []).append(unit)
    for part, units in by_part.items():
        titles = [u for u in units if u.kind == "annex-title"]
        if not titles or not re.fullmatch(r"\s*(?:出席情况|出席名单|与会者名单|出席者名单)\s*", ctx.text(titles[0])):
            continue
        lines = []  # (unit, start, end, text) of each line after the annex's heading
        for unit in units:
            if unit is titles[0] or unit.kind == "annex":
                continue
            text = ctx.text(unit)
            for line in re.finditer(r"[^\n]+", text):
                lines.append((unit, line.start(), line.end(), line.group(0).strip()))
        if any(re.search(r"未出席|缺席|\*", line) for _, _, _, line in lines):
            continue  # some listed did not attend (「*未出席。」): which is not read
        role = kind = None
        for unit, start, end, line in lines:
            section = _section_heading(line)
            run_together = False
            if section is not None and section[2] < len(line) and role is not None \
                    and _section_items(ctx, ctx.text(unit), start, end, kind) is not None:
                section = None  # 「联合国儿童基金会、…」 under 「联合国」: names, the first of them starting like a heading
            if section is not None:
                role, kind, names_at = section
                if names_at == len(line):
                    continue
                start, line = start + len(ctx.text(unit)[start:end]) - len(ctx.text(unit)[start:end].lstrip()) + names_at, \
                    line[names_at:]
                run_together = True
            if "、" not in line and not (role and (ctx.state(line) or ctx.gaz.organization(line))):
                break  # a heading of another kind (「非政府组织」, 「特别会议」), or a sentence: no more is read
            if role is None or re.search(r"[。，,：:]", line):
                continue
            if role == "MemberState" and ctx.treaty_key is not None:
                continue  # members of a meeting of a treaty's parties: their standing is not said
            items = _section_items(ctx, ctx.text(unit), start, end, kind, known_only=run_together)
            if items is None:
                ctx.warn("attendance-annex", f"{part}: a line under a heading of {kind}s holds another name; "
                         "none of it emitted", ctx.span(unit, start, end))
                continue
            for item in items:
                ctx.add("attendance", ctx.span(unit, item.start, item.end), participant=item.value, meeting=meeting,
                        role=role)


def _party_organization(ctx: Context, token: str) -> list[Ref] | None:
    """The European Union among a treaty's parties, where the treaty is open to
    regional economic integration organizations (`rio_parties` in treaties.tsv)."""
    treaty = ctx.gaz.treaties.get(ctx.treaty_key or "")
    entry = ctx.gaz.organization(token)
    if entry is None or entry.key != "eu" or treaty is None or treaty.rio_parties != "yes":  # not the Commission
        return None
    return [ctx.organization(token, known_only=True)]


def _states_of_token(ctx: Context, token: str) -> list[Ref] | None:
    """The State a list token names, or the two a page break ran together
    (「蒙古纳米比亚」) where exactly one split reads as two States; None otherwise."""
    state = ctx.state(token)
    if state is not None:
        return [state]
    splits = [(token[:i], token[i:]) for i in range(2, len(token) - 1)
              if ctx.gaz.state(token[:i]) is not None and ctx.gaz.state(token[i:]) is not None]
    if len(splits) != 1:
        return None
    return [ctx.state(splits[0][0]), ctx.state(splits[0][1])]


def _legend_role(ctx: Context, ref: Ref) -> str:
    entry = ctx.gaz.organizations.get(ref.key)
    if entry is not None and entry.type in ("UNEntity", "IGO", "RedCrossMovement"):
        return "ObserverOrganization"
    return "NonGovernmentalOrganization"


# (「…出席了会议，名单载于 RC-6/INF.2 号文件，其中包括…」: where the whole list is, between)
_INCLUDING = re.compile(r"\s*[，,]\s*(?:(?:其)?(?:完整)?(?:与会者)?名单(?:载于|见)[^，。；：]{1,60}?[，,]\s*)?"
                        r"(?:(?:其中)?包括|其中有)\s*")
_COUNTED_INCLUDING = re.compile(r"(?:\s*\d{1,3}\s*[.．])?\s*(?:出席|参加|列席)(?:了)?(?:本次|本届)?会议的(?P<what>[^，。：；]{2,40}?)"
                                r"(?:共有|共计|总计|共)?\s*(?P<n>\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个|名|家)[，,]\s*(?:其中)?包括\s*")


def _including(ctx: Context, unit: Unit, text: str, subject_start: int, subject_end: int, pred_start: int,
               pred_end: int, list_start: int, sentence_end: int, counted: str = "participants") -> None:
    """「36 个非政府组织……出席了会议，其中包括 A、B 和 C」: a count of participants
    (or of `counted`, 「speakers」), then some of them by name, each an attendance in
    the role the counted noun gives; the count is recorded as partly listed."""
    subject_text = text[subject_start:subject_end]
    subject = _subject(subject_text)
    if subject is None:
        return
    lead = text[clause_start(text, min(subject_start, pred_start)) : min(subject_start, pred_start)]
    if re.search(r"\d{4}\s*年", lead + text[subject_start:subject_end]) or _ANOTHER_MEETING_WORDS.search(lead):
        # 「2023 年，共有 68 个非政府组织出席了会议，…其中包括…」: another year's meeting
        ctx.warn("attendance-meeting", "the sentence opens with another time or meeting; not emitted",
                 ctx.span(unit, subject_start, sentence_end))
        return
    if _NOT_ATTENDED.search(text[subject_start:pred_end]) or _NOT_ATTENDED_MORE.search(text[subject_start:pred_end]):
        # 「会议邀请了 20 个非政府组织出席会议，其中有A和B」: invited, not said to have attended;
        # 「68 个非政府组织申请出席会议」, 「…将出席」, 「…未能出席」: applied, to come, not done.
        ctx.warn("attendance-invited", f"{subject_text.strip()!r} were invited, asked, or did not or will attend; "
                 "not emitted", ctx.span(unit, subject_start, sentence_end))
        return
    if _mixed(subject, subject_text):
        # 「31 个非政府组织和政府间组织出席了…，其中包括A、B和C」: which is which is not said.
        _warn_mixed(ctx, unit, subject_text, subject_start, subject_start, sentence_end, _COUNT.search(subject_text))
        return
    observer = _says_observer(text[subject_start:pred_end])
    role = _role_resolver(subject, observer, ctx)
    meeting = _meeting_of(ctx, text[pred_start:pred_end])
    if meeting is None:
        return
    # the list runs to its clause's end (not 「…，发言全文载于会议网站」), without a closing 「等」
    end = len(text[:sentence_end].rstrip("。 \n"))
    clause_end = re.search(r"[，,；;]", text[list_start:end])
    if clause_end is not None:
        end = list_start + clause_end.start()
    end = len(text[:end].rstrip()) - (1 if text[:end].rstrip().endswith("等") else 0)
    items = _resolve(ctx, text, list_start, end, subject)
    for item in items:
        if item.value is None or item.value.kind != subject["kind"] or item.value.kind == "organization" and (
                "的" in item.text or item.value.key not in ctx.gaz.organizations
                and re.search(r"(?:代表|代表团|发言|人士|等)$", item.text.strip())):
            # 「其中包括以色列」 under a count of organizations; 「日本和德国的组织」, 「青年代表」: no one's name
            ctx.warn("attendance-unresolved", f"list item {item.text!r} is not a known participant; not emitted",
                     ctx.span(unit, item.start, item.end))
            continue
        item_role = role(item.value)
        if item_role is None:
            ctx.warn("attendance-role", f"role of {item.text!r} is not stated; not emitted",
                     ctx.span(unit, item.start, item.end))
        else:
            ctx.entity(item.value)
            ctx.add("attendance", ctx.span(unit, subject_start, item.end), participant=item.value, meeting=meeting,
                    role=item_role)
    count = _COUNT.search(subject_text)
    if count is not None and chinese_number(count.group("n")) is not None:
        ctx.count(f"{counted}: {subject['zh']}", chinese_number(count.group("n")), None,
                  ctx.span(unit, subject_start + count.start(), subject_start + count.end()),
                  f"the text names {len(items)} of them (其中包括)")


_BARE_ASSEMBLY = re.compile(r"(?<!审议)大会(?!\s*第)")
# 「参加了大会：」, 「出席了大会的公开会议」: 「大会」 and nothing after it that names something else
# (not 「大会筹备委员会第三届会议」, not 「联合国大会…特别会议」).
_THE_ASSEMBLY_ALONE = re.compile(r"(?<!联合国)(?<!审议)大会(?:的(?:公开|全体)?会议)?\s*[：:，,。；]?\s*$")


def _meeting_of(ctx: Context, predicate: str) -> Ref | None:
    """The meeting attended: the one the predicate names, else the reported one.
    A bare 「大会」 (not 「审议大会」, not 「大会第…」) may be the General Assembly: it
    counts only where find_meetings reads it as the reported meeting, or where the
    reported meeting's own name ends in 「大会」 (「…缔约国 2030 年审议大会」)."""
    mentions = find_meetings(ctx, predicate)
    assert ctx.meeting is not None
    if _BARE_ASSEMBLY.search(predicate) and not (mentions and mentions[0].key == ctx.meeting.key) \
            and not (not mentions and re.sub(r"\s+", "", ctx.meeting.label_zh).endswith("大会")
                     and _THE_ASSEMBLY_ALONE.search(predicate)):
        # (in the report of a conference named 「…审议大会」, 「大会」 alone is that conference)
        return None
    if mentions:
        info = ctx.meetings.get(mentions[0].key)
        return ctx.meeting_ref(info) if info else None
    if _ANOTHER_NAMED.search(predicate):
        return None  # 「出席了第八十届卫生大会」, 「…执行委员会第一五八届会议」, 「理事会常会」: a meeting not read
    return ctx.meeting_ref(ctx.meeting)


# In the predicate, words that name a meeting other than the reported one when no mention was read.
_ANOTHER_NAMED = re.compile(r"第\s*[\d一二三四五六七八九十百〇零]+\s*[届次]|\d{4}\s*年|特别|泛美|执行委员会|区域|理事会|工作组"
                            r"|(?<!本)(?<!全体)委员会|机构大会|上届|下届")


# A frame opening the sentence: 「在缔约国第二次会议上，」, 「在上届会议期间，」.
_OPENING_FRAME = re.compile(r"\s*(?:\d{1,3}\s*[.．]\s*)?(?:此外[，,]\s*)?在[^，。；：]{1,40}?(?:上|期间|中|时)\s*[，,]")
_ANOTHER_MEETING_WORDS = re.compile(r"上届|上次|上一|前一|下届|下次|筹备|续会|会外")
# 「…作为会议秘书处列席了会议」: the secretariat serves the meeting; it does not attend it in a role.
_SECRETARIAT = re.compile(r"(?:作为|担任)[^，。；]{0,12}?秘书处")


def _read(ctx: Context, unit: Unit, text: str, sent_start: int, list_start: int, list_end: int,
          pred_start: int, pred_end: int, list_after: bool) -> None:
    predicate = text[pred_start:pred_end]
    sentence_end = text.find("。", pred_end)
    clause_opening = clause_start(text, min(list_start, pred_start))
    sentence_opening = text.rfind("。", 0, min(list_start, pred_start)) + 1
    frames = [f for f in (_OPENING_FRAME.match(text, clause_opening), _OPENING_FRAME.match(text, sentence_opening)) if f]
    if any(_ANOTHER_MEETING_WORDS.search(frame.group(0)) or any(
            m.key != ctx.meeting.key for m in find_meetings(ctx, frame.group(0))) for frame in frames):
        # 「在缔约国第二次会议上，不丹和厄立特里亚派观察员列席了会议」: that meeting's, maybe not identified
        ctx.warn("attendance-meeting", "the sentence opens with another meeting; not emitted",
                 ctx.span(unit, sent_start, pred_end))
        return
    if _SECRETARIAT.search(text, sent_start, sentence_end if sentence_end >= 0 else len(text)):
        ctx.warn("attendance-secretariat", "a secretariat serving the meeting, not an attendance; not emitted",
                 ctx.span(unit, min(list_start, pred_start), pred_end))
        return
    if list_after:
        subject_text = text[sent_start:pred_start] + predicate
        list_text_start = pred_end
    else:
        subject_text = text[list_start:list_end] + predicate
        list_text_start = list_start
    observer = _says_observer(predicate + " " + subject_text)
    # Before a list that follows: the sentence's subject, and what the predicate
    # says after the meeting's name (「出席第三届会议的有下列 44 个缔约国：」); the
    # meeting's name itself is masked (「缔约国会议」 says nothing of the list).
    named = predicate.rfind("会议")
    named = named + 2 if named >= 0 else 0
    before_list = text[sent_start:pred_start] + " " * named + predicate[named:]
    # The words of a list before its predicate, with the names the gazetteer knows
    # blanked: 「阿拉伯国家联盟」 names an organization, it does not say 「国家」.
    list_words = "" if list_after else _without_known_names(ctx, text, list_start, list_end)
    subject = (_subject_unquoted(before_list) if list_after else _subject(predicate)) or (
        _subject(list_words) if not list_after else None
    )  # 「…还有下列非《公约》缔约国：」 is 非缔约国
    # the words the subject was read from (for 「非政府组织和研究机构」, two kinds at once)
    kind_text = before_list if list_after else predicate if _subject(predicate) else list_words
    exact_count = False  # a count in apposition to the names: it must match them
    etc_count = False  # 「A、B等 9 个非政府组织」: the count may be of more than are named
    # A stated count: 「下列 59 个缔约国」, 「122 个相关非政府组织的代表」
    count_match = _COUNT.search(before_list if list_after else text[list_start:list_end])
    count_offset = sent_start if list_after else list_start  # where count_match's text begins
    count_only = False
    body_start, body_end = list_text_start, list_end
    if list_after:
        body_end = list_end
        # the list runs to the end of the sentence
        body_end = len(text[:list_end].rstrip("。 \n"))
        total = _TOTAL_AFTER.search(text, list_text_start, body_end)
        if total is not None:
            # 「…美利坚合众国和越南(共 6 国)」: the count after the list.
            body_end = total.start()
            if count_match is None:
                count_match, count_offset = total, 0
    else:
        lead = re.match(r"\s*(?:下列|以下)?\s*", text[list_start:list_end])
        body_start = list_start + (lead.end() if lead else 0)
        counted = _COUNTED_PAREN.fullmatch(text, body_start, list_end)
        if counted is not None and counted.group("only") and re.search(r"[、，,和及与]", counted.group("names")):
            ctx.warn("attendance-count", f"「唯一」 before several names: {counted.group('names')!r}; not emitted",
                     ctx.span(unit, list_start, list_end))
            return
        if counted is not None:
            # 「三个非缔约国(不丹、厄立特里亚和美利坚合众国)」: a count, what they are, the names
            # (the count is of those names: checked).
            exact_count = exact_count or not counted.group("only")
            subject = _subject_unquoted(counted.group("what")) or subject
            kind_text = counted.group("what")
            body_start, body_end, list_end = counted.start("names"), counted.end("names"), counted.end("names")
        apposed = _APPOSED.fullmatch(text, body_start, list_end)
        if apposed is not None and _another_treaty(ctx, unit, apposed.group("treaty") or "", apposed.group(0),
                                                   list_start, list_end):
            return
        if apposed is not None and _subject_unquoted(apposed.group("what")) is not None:
            # 「两个签署国——埃及和海地——作为观察员出席了会议」: what they are, then the names
            # between dashes; a count there is of those names.
            subject = _subject_unquoted(apposed.group("what"))
            kind_text = apposed.group("what")
            exact_count = apposed.group("count") is not None
            body_start, body_end, list_end = apposed.start("names"), apposed.end("names"), apposed.end("names")
        described = _DESCRIBED.match(text, body_start, list_end)
        if described is not None and _another_treaty(ctx, unit, described.group(0), described.group(0),
                                                     list_start, list_end):
            return
        if described is not None:
            # 「非《条约》缔约国南苏丹派观察员出席了会议」: what they are, then the names.
            subject = _subject_unquoted(described.group("what")) or subject
            kind_text = described.group("what")
            exact_count = exact_count or described.group("count") is not None
            body_start = described.end()
        status = _STATUS_OF.match(text, body_start, list_end)
        if status is not None and _another_treaty(ctx, unit, status.group("what"), status.group("what"),
                                                  list_start, list_end):
            return
        if status is not None:
            # 「已签署但尚未批准《公约》的埃及、海地和…」: what they have done, then the names.
            # 「尚未批准」 alone is no signature: a role only from 以观察员身份.
            what = status.group("what")
            subject = None if "尚未批准" in what and not re.search(r"已经?签署", what) else _subject_unquoted(what)
            kind_text = status.group("what")
            body_start = status.end()
        neither = _NEITHER.match(text, body_start, list_end)
        if neither is not None and _another_treaty(ctx, unit, neither.group("treaty") or "", neither.group(0),
                                                   list_start, list_end):
            return
        if neither is not None:
            # 「既非《公约》缔约国亦非签署国的厄立特里亚和以色列」: neither party nor signatory, then the names.
            subject = _subject("非缔约国")
            kind_text = neither.group(0)
            body_start = neither.end()
        if count_match and not exact_count and re.fullmatch(
            # 「在经济及社会理事会具有咨商地位的 212 个非政府组织」: what they are, then the count
            # (not 「包括A和B在内的 12 个…」: some of them named)
            r"\s*(?:(?![^的]*(?:包括|在内))[^、，()（）\d]{2,40}?的\s*)?(?:下列|以下|共有|共|另有|还有|此外还有|此外)?\s*"
            + _COUNTED + r"[^、，()（）]*",
            text[list_start:list_end],
        ):
            count_only = True
        inclusive = _INCLUSIVE.match(text, body_start, list_end)
        if inclusive is not None:
            # 「包括A、B和C在内的 27 个非政府组织」: some of them named; the count is of all.
            what = inclusive.group("what")
            kinds = re.sub(r"^\s*(?:\d{1,4}|[一两二三四五六七八九十百]+)\s*(?:个|家|名)?\s*", "", what)
            if "非政府组织" in kinds and not _NON_GOVERNMENTAL.sub("", kinds) and "的" not in kinds:
                what = "非政府组织"  # 「…27 个非政府组织、行业协会和研究机构」: non-governmental kinds only
            if "、" in what or "的" in what or has_conjunction(what):  # 「…在内的 20 个国家的非政府组织」: whose, not which
                ctx.warn("attendance-ambiguous", f"named among {what!r}: which kind each one is is not said; not emitted",
                         ctx.span(unit, list_start, list_end))
                return
            subject = _subject_unquoted(what) or subject
            kind_text = what
            body_start, body_end, list_end = inclusive.start("names"), inclusive.end("names"), inclusive.end("names")
            count_match = None
        counted_more = _AND_COUNTED.search(text[list_start:list_end]) if _AND_OTHERS.search(text[list_start:list_end]) is None else None
        if counted_more is not None:
            # 「国际原子能机构、阿拉伯国家联盟和 3 个非政府组织」: the named ones, of kinds not
            # said (the gazetteer's), and others only counted
            body_end = list_end = list_start + counted_more.start()
            subject = None
            kind_text = text[list_start:body_end]
            count_match = None
            _count_unlisted(ctx, unit, counted_more, list_start, counted_more.group("noun"))
        these = _THESE.search(text[list_start:list_end])
        if these is not None and these.group(0)[0] not in "这此" and "的" in these.group("what"):
            these = None  # 「阿根廷和智利 2 个国家的非政府组织」: whose organizations, not the states
        if these is not None:
            body_end = list_start + these.start()
            subject = _subject_unquoted(these.group("what")) or subject
            kind_text = these.group("what")
            count_match = re.search(r"(?P<n>\d+|[一两二三四五六七八九十]+)个", these.group(0))
            list_end = body_end
        etc = _ETC.search(text[list_start:list_end]) or _ETC_INNER.search(text, list_start, list_end)
        if etc is not None and etc.re is _ETC_INNER:
            etc = _ETC.search(text[list_start : etc.end()])  # 「A、B和C等 96 个政府间组织以及 1 612 个…」
        if etc is not None:
            # 「A、B和C等非政府组织」: the list, and what they are.
            body_end = list_start + etc.start()
            subject = _subject(etc.group("noun")) or subject
            kind_text = etc.group("noun")
            stated_etc = chinese_number(count_match.group("n")) if count_match and re.search(
                r"\d|[一两二三四五六七八九十百]\s*个", etc.group(0)) else None
            # 「A、B等 9 个」: the count is no guide to splitting the names; it checks them
            # only where it is as many as are named.
            etc_count = stated_etc is not None
        others = _AND_OTHERS.search(text[list_start:list_end])
        if others is not None:
            # The named ones are listed; the others are only counted.
            body_end = list_start + others.start()
            subject = _subject(others.group("noun")) or subject
            kind_text = others.group("noun")
            count_match = None
            _count_unlisted(ctx, unit, others, list_start, f"other {others.group('noun')}")
    meeting = _meeting_of(ctx, predicate)
    if meeting is None:
        return
    if _mixed(subject, kind_text):
        # 「政府间组织和非政府组织」: which of them is an NGO is not said.
        _warn_mixed(ctx, unit, kind_text, count_offset, list_start, list_end, count_match)
        return
    if subject is not None and subject["zh"] == "非国家行为者" and "武装非国家行为者" in subject_text:
        return  # armed non-State actors are no NGOs
    if subject is not None and subject["zh"] == "会员国" and (ctx.series is None or "大会" not in ctx.series.zh_name):
        # 「会员国」 outside an organization's assembly: the United Nations' Member States (at a
        # commission, mostly observers); their standing at this meeting is not said
        ctx.warn("attendance-role", "「会员国」 at a meeting that is no organization's assembly: their standing is not said; "
                 "not emitted", ctx.span(unit, min(list_start, pred_start), pred_end))
        return
    if subject is not None and subject["role"] == "MemberState" and ctx.treaty_key is not None:
        # 「作为会议成员」 at a meeting of a treaty's parties: its parties, or not; not said
        ctx.warn("attendance-role", "members of a meeting of a treaty's parties: their standing is not said; not emitted",
                 ctx.span(unit, min(list_start, pred_start), pred_end))
        return
    role_for = _role_resolver(subject, observer, ctx, un_system=list_after and _un_system(subject_text))
    items: list[Item] = []
    if not count_only:
        if list_after and count_match is None and not subject:
            return
        stated_count = chinese_number(count_match.group("n")) if count_match and not etc_count else None
        items = _resolve(ctx, text, body_start, body_end, subject, stated_count)
    resolved = [item for item in items if item.value is not None]
    if items and not resolved:
        return  # nothing in it is a participant: not a list of participants
    if not list_after and items and not _reads_as_a_list(ctx, items, subject):
        # 「以色列、伊朗和叙利亚未派观察员出席」, 「会议请以色列和伊朗派观察员出席」: words before the
        # first name or after the last one that the predicate does not hold; nothing is taken.
        ctx.warn("attendance-ambiguous", f"{text[list_start:list_end].strip()!r} is not a plain list of "
                 "participants; not emitted", ctx.span(unit, list_start, pred_end))
        return
    stated_exact = chinese_number(count_match.group("n")) if exact_count and count_match else None
    if stated_exact is not None and (stated_exact != len(items) or len(resolved) != len(items)):
        # 「三个签署国——埃及和海地——」: the names do not match their count; none is taken.
        ctx.warn("attendance-count", f"{stated_exact} stated, {len(items)} named ({len(resolved)} known); not emitted",
                 ctx.span(unit, list_start, list_end))
        ctx.count(f"participants: {subject['zh'] if subject else 'listed'}" + (" (observers)" if observer else ""),
                  stated_exact, 0, ctx.span(unit, count_offset + count_match.start(), count_offset + count_match.end()),
                  f"the text names {len(items)}; none emitted")
        return
    for item in items:
        if item.value is None:
            ctx.warn("attendance-unresolved", f"list item {item.text!r} is not a known participant; not emitted",
                     ctx.span(unit, item.start, item.end))
    attendances = 0
    for item in resolved:
        ref: Ref = item.value
        role = role_for(ref)
        if role is None and not list_after and ref.kind == "state" and len(resolved) == 1 \
                and _OBSERVER_MISSION.search(item.text) and _ALSO_ATTENDED.match(text, list_end) \
                and _observers_just_before(ctx, unit, text, list_start) and not _attends_otherwise(ctx, ref):
            # 「此外，三个非缔约国(…)派观察员列席了会议。罗马教廷常驻联合国观察员代表团也出席了会议」:
            # 「也」 joins it to the observer States of the sentence (or clause) just before.
            role = "ObserverState"
        if role is None:
            ctx.warn("attendance-role", f"role of {item.text!r} is not stated; not emitted", ctx.span(unit, item.start, item.end))
            continue
        if list_after:
            span = ctx.span(unit, pred_start, item.end)
        else:
            span = ctx.span(unit, item.start, pred_end)
        ctx.entity(ref)  # a mission's State is registered here
        ctx.add("attendance", span, participant=ref, meeting=meeting, role=role)
        attendances += 1
    if count_match is not None:
        stated = chinese_number(count_match.group("n"))
        if stated is not None:
            where = ctx.span(unit, count_offset + count_match.start(), count_offset + count_match.end())
            what = f"participants: {subject['zh'] if subject else 'listed'}" + (" (observers)" if observer else "")
            if count_only:
                ctx.count(what, stated, None, where, "the text states the number but does not list them")
            elif etc_count and stated > len(items):
                ctx.count(what, stated, None, where, f"the text names {len(items)} of them (等)")
            else:
                ctx.count(what, stated, attendances, where)


def _count_unlisted(ctx: Context, unit: Unit, match: re.Match[str], offset: int, what: str) -> None:
    """A count of participants the text does not list (「…及其他 14 个非政府组织」): recorded
    as stated, with nothing to check it against."""
    stated = chinese_number(match.group("n"))
    if stated is not None:
        ctx.count(f"participants: {what}", stated, None, ctx.span(unit, offset + match.start(), offset + match.end()),
                  "the text states the number but does not list them")


# 「…也出席了会议」, 「…也派代表列席」: the verb right after the name, with 「也」.
_ALSO_ATTENDED = re.compile(r"\s*也(?:派(?:了)?(?:代表(?:团)?)?)?\s*(?:出席|列席|参加)(?:了)?(?:会议|本次会议)?\s*[。；]")


# A State's permanent observer mission to the United Nations (a non-member State's).
_OBSERVER_MISSION = re.compile(r"常驻联合国(?:[^，。；、]{0,8}?办事处)?观察员(?:代表)?团")


def _attends_otherwise(ctx: Context, ref: Ref) -> bool:
    """Whether the report has already given this State an attendance."""
    return any(f.kind == "attendance" and dict(f.args)["participant"] == ref for f in ctx.facts)


def _observers_just_before(ctx: Context, unit: Unit, text: str, at: int) -> bool:
    """Whether the sentence or clause just before offset `at` of `unit` gave
    attendances, every one of them as an observer State."""
    here = clause_start(text, at) - 1  # the 「。」 or 「；」 that ends the one before (-1: none)
    if here < 0 or text[here + 1 : at].strip():
        return False  # the name does not open its sentence or clause
    before = clause_start(text, here)
    lo, hi = unit.start + before, unit.start + here + 1
    roles = {str(dict(f.args)["role"]) for f in ctx.facts
             if f.kind == "attendance" and lo <= f.span.start and f.span.end <= hi}
    return roles == {"ObserverState"}


# An organization at a meeting of States parties attends as an observer even
# where the sentence does not say so, when what it is says how: an
# intergovernmental body or a Red Cross body observes, an NGO is an NGO. Not
# the EU (a party to some treaties), nor groups of States or other kinds.
_ROLE_BY_TYPE = {"UNEntity": "ObserverOrganization", "IGO": "ObserverOrganization",
                 "RedCrossMovement": "ObserverOrganization", "NGO": "NonGovernmentalOrganization",
                 "Academic": "NonGovernmentalOrganization"}
_MAY_BE_PARTY = {"eu", "european-commission"}


def _not_an_ngo(ctx: Context | None, ref: Ref) -> bool:
    """A participant the gazetteer knows as intergovernmental, of the United
    Nations or of the Red Cross (or that may be a party): not an NGO."""
    if ctx is None or ref.kind != "organization":
        return False
    return ref.key in _MAY_BE_PARTY or _role_by_type(ctx, ref) == "ObserverOrganization"


def _reads_as_a_list(ctx: Context, items: list[Item], subject: dict | None) -> bool:
    """A list before its predicate holds names only: the last item is a name
    (not 「叙利亚未」, 「叙利亚常驻联合国代表团致函请求」; a known organization closing a
    list of States is left out, not misread), the first does not start with a
    request or invitation, and, where no subject says what they are, each name
    kept as written ends like one (not 「主席感谢以色列」)."""
    last = items[-1]
    if last.value is None and ctx.gaz.organization(last.text) is None:
        return False
    if _INVITED.search(items[0].text) or items[0].text.startswith("会议"):
        return False
    return subject is not None or all(item.value is None or item.value.kind != "organization"
                                      or item.value.key in ctx.gaz.organizations
                                      or _ends_like_an_organization(item.text) for item in items)


def _role_by_type(ctx: Context | None, ref: Ref) -> str | None:
    if ctx is None or ref.kind != "organization":
        return None
    if ref.key in _MAY_BE_PARTY:
        # The EU observes the meetings of a treaty open to States only; where it may
        # be a party (or the treaty does not say), its role is not told by what it is.
        treaty = ctx.gaz.treaties.get(ctx.treaty_key or "")
        return "ObserverOrganization" if treaty is not None and treaty.rio_parties == "no" else None
    entry = ctx.gaz.organizations.get(ref.key)
    if entry is None and ref.key.startswith("zh-") and _TREATY_SECRETARIAT.search(unquote(ref.key[3:])):
        return "ObserverOrganization"  # 「生物多样性公约秘书处」: a treaty's secretariat is intergovernmental
    return _ROLE_BY_TYPE.get(entry.type) if entry is not None else None


# Kinds of non-governmental participants (a major group is one): no organization's name.
_NON_GOVERNMENTAL_KINDS = frozenset(roles_data()["non_governmental_kinds"]) | {"儿童和青年", "工商业", "科技界", "地方当局",
                                                                               "农民", "工人和工会", "妇女团体"}
# A treaty's secretariat by the treaty's short name (「《公约》秘书处」): every convention's, no one name.
_GENERIC_SECRETARIAT = re.compile(r"《?(?:本)?(?:公约|条约|议定书|协定)》?秘书处")
# A treaty's secretariat, by its name as written: 「《濒危野生动植物种国际贸易公约》秘书处」,
# 「生物多样性公约秘书处」, 「…议定书秘书处」.
_TREATY_SECRETARIAT = re.compile(r"(?:公约|议定书|协定|条约)》?秘书处$")


def _role_resolver(subject: dict | None, observer: bool, ctx: Context | None = None, un_system: bool = False):
    def role(ref: Ref) -> str | None:
        if un_system and ref.kind == "organization" and ctx is not None:
            # A body of the United Nations system observes: one named as written is
            # what the sentence says; one the gazetteer knows as another kind
            # contradicts the sentence, and is left out.
            if ref.key not in ctx.gaz.organizations:
                # as written, unless two names may be run together (「世界卫生组织和联合国…联络处」)
                return None if has_conjunction(ref.key.removeprefix("zh-")) else "ObserverOrganization"
            return "ObserverOrganization" if _role_by_type(ctx, ref) == "ObserverOrganization" \
                and ref.key not in _MAY_BE_PARTY else None  # the EU is no body of the UN system
        found = _stated_role(ref)
        if found == "NonGovernmentalOrganization" and _not_an_ngo(ctx, ref):
            return None  # 「非政府组织…，其中包括非洲联盟」: the gazetteer says otherwise
        if subject is not None and (subject["kind"] == "state") != (ref.kind == "state") \
                and not (ref.kind == "organization" and found == "StateParty"):
            return None  # a State under a subject of organizations, or the reverse: which it is is not said
        return found

    def _stated_role(ref: Ref) -> str | None:
        if subject is not None:
            if observer:
                if subject.get("observer_role"):
                    return subject["observer_role"]
                if subject["role"] == "NonGovernmentalOrganization":
                    return "NonGovernmentalOrganization"
                return None
            if subject["role"]:
                return subject["role"]
            return _role_by_type(ctx, ref)
        if observer:
            return "ObserverState" if ref.kind == "state" else "ObserverOrganization"
        return _role_by_type(ctx, ref)

    return role


def _resolve(ctx: Context, text: str, start: int, end: int, subject: dict | None,
             stated: int | None = None) -> list[Item]:
    kind = subject["kind"] if subject else None
    if kind == "state":
        # A known organization may close a list of States parties (「越南和欧洲联盟」,
        # the EU as a party): it is told apart from the States, and left out, unless the
        # treaty admits it as a party (`_party_organization`).
        parties = subject is not None and subject["role"] == "StateParty"
        items = split_items(text, lambda name: ctx.state(name) or _mission_state(ctx, name)
                            or (next(iter(_party_organization(ctx, name) or ()), None) if parties else None)
                            or ctx.gaz.organization(name), start, end)
        return [item if isinstance(item.value, Ref) or item.value is None else Item(item.start, item.end, item.text, None)
                for item in items]
    if kind == "organization":
        # The subject says these are organizations: unknown names are kept as written.
        items = split_items(text, lambda name: ctx.organization(name, known_only=True), start, end)
        return _as_written(ctx, text, items, stated)
    else:
        items = split_items(text, lambda name: ctx.state(name) or _mission_state(ctx, name)
                            or ctx.organization(name, known_only=True), start, end)
    if not any(item.value is not None for item in items):
        return items  # nothing known: not evidently a list of participants
    return _as_written(ctx, text, items, stated)


_FINAL_CONJUNCTION = re.compile(r"(?<=.)(以及|和|及|与)(?=.)")


def _ends_like_an_organization(text: str) -> bool:
    """「…理事会」, 「…组织」, 「…运动」: a name's ending (two characters or more)."""
    return any(len(suffix) >= 2 and text.endswith(suffix) for suffix in roles_data()["organization_suffixes"])


def _around(item: Item, at: int, length: int) -> list[tuple[int, int]]:
    """The item's two pieces on either side of a join `length` long at `at` (relative to the item)."""
    return [(item.start, item.start + at), (item.start + at + length, item.end)]


def _one_split(ctx: Context, text: str) -> re.Match[str] | None:
    """The one conjunction in text with a whole organization's name on both sides, if exactly one."""
    joins = [j for j in _FINAL_CONJUNCTION.finditer(text) if not inside_word(text, j.start())
             and _ends_like_an_organization(text[: j.start()]) and _ends_like_an_organization(text)
             and not _joint(ctx, text, j)]
    return joins[0] if len(joins) == 1 else None


def _joint(ctx: Context, text: str, join: re.Match[str]) -> bool:
    """「A和B联合监测方案」: the join is inside the name of a joint body of A and B."""
    return _joint_after(ctx, text[join.end():])


def _joint_after(ctx: Context, text: str, conjunction: str | None = None) -> bool:
    """Whether what follows the (last) conjunction names a joint body: a name, then 联合/共同…."""
    right = text[text.rindex(conjunction) + len(conjunction):] if conjunction else text
    return joint_body(right, lambda name: _ends_like_an_organization(name) or ctx.gaz.organization(name) is not None)


def _known_last(ctx: Context, text: str) -> re.Match[str] | None:
    """「地雷受害者之声和挪威人民援助会」: the one 「和/及/以及」 after which the rest is a
    name the gazetteer knows (four characters or more, so not an alias that
    starts a longer name), and before which a name of its own (four characters
    or more, no other join, no number or pronoun). Not at 「与」, which joins
    inside names (「裁军与发展中心」, 「非洲联盟与联合国达尔富尔混合行动」)."""
    found = [join for join in re.finditer(r"(?<=.)(以及|和|及)(?=.)", text) if not inside_word(text, join.start())]
    if not found:
        return None
    join = found[0]  # the first: any other is inside the known name after it (「…秘书处和联合国粮食及农业组织」)
    left, right = text[: join.start()].strip(), text[join.end() :].strip()
    if (len(right) < 4 or ctx.gaz.organization(right) is None or len(left) < 4 or ctx.gaz.organization(left) is not None
            or _QUANTIFIED.search(left) or re.match(r"其|各|该|本|有关|相关|所有|上述|下列", left) or "与" in left):
        return None
    return join


# Words that make a phrase a number or kind of bodies, not a body's name.
_QUANTIFIED = re.compile(r"其他|其它|若干|一些|多个|另外|[该本]组织|\d|[一两二三四五六七八九十几多]\s*个")


def _as_written(ctx: Context, text: str, items: list[Item], stated: int | None = None) -> list[Item]:
    """Organizations the gazetteer does not know keep the name as written.

    UN style joins the last item with 「和」 or 「以及」, but names contain 「和」
    too (拉丁美洲和加勒比…). An unknown last item is split at 「以及」; at
    「和/及/与」 only where the stated count says so (one more item than the
    list has otherwise); without that, the item is ambiguous and dropped."""
    out: list[Item] = []
    for index, item in enumerate(items):
        if item.value is not None:
            out.append(item)
            continue
        pieces = [(item.start, item.end)]
        # The last of the list, or of a sub-list (「(b) 其他政府间组织：A、B和C；(c) …」).
        last = index == len(items) - 1 or re.search(r"[；;]", text[item.end : items[index + 1].start]) is not None
        if last and "以及" in item.text and _joint_after(ctx, item.text, "以及"):
            pieces = [(item.start, item.end)]  # 「A以及B联合监测方案」: one body of two
        elif last and "以及" in item.text:
            pieces = _around(item, item.text.rindex("以及"), len("以及"))
        elif last and len(items) == 1 and stated is None and (
                join := _one_split(ctx, item.text) or _known_last(ctx, item.text)) is not None:
            # 「其中包括绿十字国际和国际纯粹与应用化学联合会」: both sides read as names.
            pieces = _around(item, join.start(), len(join.group(0)))
        elif last and len(items) == 1 and stated is None and any(
                not inside_word(item.text, j.start()) and not _joint(ctx, item.text, j)
                and _ends_like_an_organization(item.text[: j.start()]) for j in _FINAL_CONJUNCTION.finditer(item.text)):
            # 「A秘书处和B及C组织」: one name, or two, or three; which is not said: none is taken
            out.append(Item(item.start, item.end, item.text, None))
            continue
        elif last and (len(items) > 1 or stated is not None) and _FINAL_CONJUNCTION.search(item.text):
            joins = [j for j in _FINAL_CONJUNCTION.finditer(item.text) if not inside_word(item.text, j.start())]
            org_like = [j for j in joins if _ends_like_an_organization(item.text[: j.start()])
                        and not _joint(ctx, item.text, j)]
            if (stated is not None and stated == len(items)) or (
                    stated is None and len(joins) == 1 and _joint(ctx, item.text, joins[0])):
                # as counted; or, uncounted, 「A和B联合监测方案」: one body of two
                pieces = [(item.start, item.end)]
            elif stated is not None and stated == len(items) + 1 and (
                    join := joins[0] if len(joins) == 1 else _one_split(ctx, item.text)) is not None:
                # One more than the list has: split at the one join, or at the one
                # with a whole name on both sides (「核威胁倡议和维也纳裁军和不扩散中心」).
                pieces = _around(item, join.start(), len(join.group(0)))
            elif stated is None and len(org_like) == 1:
                # 「丹麦难民理事会和哈洛信托」: the part before 「和」 is a whole name.
                pieces = _around(item, org_like[0].start(), len(org_like[0].group(0)))
            elif stated is None and (join := _known_last(ctx, item.text)) is not None:
                # 「生物多样性公约秘书处和国际农业发展基金」: a known name closes the list.
                pieces = _around(item, join.start(), len(join.group(0)))
            else:
                out.append(Item(item.start, item.end, item.text, None))
                continue
        for s, e in pieces:
            name = text[s:e].strip()
            if name.startswith("来自"):
                value = None  # 「来自阿根廷…的组织」: where they come from, not who they are
            elif _QUANTIFIED.search(name) and ctx.gaz.organization(name) is None:
                value = None  # 「挪威人民援助会和另外两个组织」, 「联合国其他机构」: no name of its own
            elif name in _NON_GOVERNMENTAL_KINDS or _GENERIC_SECRETARIAT.fullmatch(name):
                value = None  # 「妇女」, 「土著人民」 (a major group, a kind), 「《公约》秘书处」 (whose is not said)
            else:
                value = ctx.state(name) or ctx.organization(name)
            out.append(Item(s, e, name, value))
    return out
