"""A sixteenth round of phrase families. Each text is CONSTRUCTED for its test
in the style of UN Chinese reports (written by hand; not UN documents), with
the facts expected written by hand."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW, facts, paragraph_offices

CO_CHAIRS = "由日本的佐藤健一先生和德国的乌尔丽克·哈特曼女士共同主持。"
SERVING = "由日本的佐藤健一先生和德国的乌尔丽克·哈特曼女士担任共同主席。"


def _offices(paragraph: str) -> set[tuple]:
    return {(h.split("/")[-1], role, (b or "").split("/")[-1] or None, body)
            for h, role, b, body in paragraph_offices(paragraph)}


def _co_chairs(body: str) -> set[tuple]:
    return {("佐藤健一", "CoChair", "JPN", body), ("乌尔丽克.哈特曼", "CoChair", "DEU", body)}


@pytest.mark.parametrize("lead, body", [
    # CONSTRUCTED. A contact group the meeting agreed to set up, co-chaired (「共同主持」).
    ("缔约方大会商定设立一个技术事项联络小组，", "技术事项联络小组"),
    ("会议决定设立一个预算联络小组，", "预算联络小组"),
    # CONSTRUCTED. At a sitting of the meeting.
    ("在 5 月 10 日第 2 次全体会议上，会议设立了一个法律事项联络小组，", "法律事项联络小组"),
    # CONSTRUCTED. A part of the meeting, or its sessional working group, sets the group up.
    ("筹备部分同意设立关于能效的联络小组，", "关于能效的联络小组"),
    ("第二工作组设立了资源调动问题联络小组，", "资源调动问题联络小组"),
])
@pytest.mark.parametrize("tail", [CO_CHAIRS, SERVING])
def test_co_chairs_of_a_body_the_meeting_set_up(lead, body, tail):
    assert _offices(lead + tail) == _co_chairs(body)


@pytest.mark.parametrize("lead", [
    # CONSTRUCTED, NEGATIVE. Another meeting set the group up.
    "缔约国第一次会议设立了一个技术联络小组，",
    "会议回顾，缔约国第一次会议设立了一个技术联络小组，",
    "2021 年，会议设立了一个技术联络小组，",
    "在缔约方大会第十二次会议上，会议设立了一个技术联络小组，",
    # CONSTRUCTED, NEGATIVE. The group was not set up: not agreed, or only recommended.
    "会议未能商定设立一个技术联络小组，",
    "会议建议设立一个技术联络小组，",
    # CONSTRUCTED, NEGATIVE. Another organ's group.
    "安全理事会设立了一个技术联络小组，",
])
@pytest.mark.parametrize("tail", [CO_CHAIRS, SERVING])
def test_no_co_chairs_of_a_body_another_set_up(lead, tail):
    assert not [o for o in _offices(lead + tail) if o[1] == "CoChair"]


def test_the_co_chairs_nationality_is_kept_when_their_office_is_not_read():
    # CONSTRUCTED. Three conferences in a joint session set the group up: whose office
    # it is, is not the reported meeting's alone; who the co-chairs are is stated.
    paragraph = "在联席会议上，三个缔约方大会设立了一个联合财务联络小组，" + SERVING
    _, found = facts("   缔约方大会第十三次会议的报告 \n\n1. " + paragraph + "\n\n UNEP/POPS/COP.13/30 \n\n \n\n2/9 K2701234 \n",
                     "nationality")
    assert {(f["subject"].rsplit("/", 1)[-1], f["value"].rsplit("/", 1)[-1]) for f in found} \
        == {("佐藤健一", "JPN"), ("乌尔丽克.哈特曼", "DEU")}


def _attended(paragraph: str) -> set[tuple]:
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "attendance")
    return {(f["participant"].rsplit("/", 1)[-1], f["role"]) for f in found}


NGOS = "帕格沃什科学和世界事务会议和国际防止核战争医生组织"
NGO_ROLES = {("pugwash-conferences-on-science-and-world-affairs", "NonGovernmentalOrganization"),
             ("ippnw", "NonGovernmentalOrganization")}


@pytest.mark.parametrize("paragraph, expected", [
    # CONSTRUCTED. Where the whole list is, between the count and some of the names.
    ("共有 68 个非政府组织登记参加了会议，名单载于 TPNW/MSP/2023/INF/2 号文件，其中包括" + NGOS + "。", NGO_ROLES),
    ("共有 68 个非政府组织出席了会议，与会者名单见 TPNW/MSP/2023/INF/2，其中包括" + NGOS + "。", NGO_ROLES),
    # CONSTRUCTED. Speakers only counted, then some of them named.
    ("会议在第 8 次全体会议上听取了 14 个非政府组织的代表的发言，其中包括" + NGOS + "。", NGO_ROLES),
    # CONSTRUCTED, NEGATIVE. The gazetteer says otherwise than the counted noun.
    ("会议听取了 3 个非政府组织的代表的发言，其中包括世界卫生组织。", set()),
    # CONSTRUCTED, NEGATIVE. Applied to attend, to attend, did not attend, invited.
    ("共有 68 个非政府组织申请出席会议，其中包括" + NGOS + "。", set()),
    ("共有 68 个非政府组织将出席会议，其中包括" + NGOS + "。", set()),
    ("共有 68 个非政府组织未能出席会议，其中包括" + NGOS + "。", set()),
    ("会议邀请了 20 个非政府组织出席会议，其中有" + NGOS + "。", set()),
])
def test_some_of_the_counted_organizations_named(paragraph, expected):
    assert _attended(paragraph) == expected


def test_the_counted_speakers_are_checked_as_partly_named():
    ctx, _ = facts(TPNW + "1. 会议听取了 14 个非政府组织的代表的发言，其中包括" + NGOS + "。" + FOOT, "attendance")
    assert [(c.what, c.stated, c.extracted) for c in ctx.counts if c.what.startswith("speakers")] \
        == [("speakers: 非政府组织", 14, None)]
