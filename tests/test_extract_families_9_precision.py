"""Officers who are not the reported meeting's: the previous meeting's
president opening the session (「上届会议主席X宣布会议开幕」), a former,
outgoing or designate officer, and an election still to come (「会议将在下次
会议上选举…」). Each text is CONSTRUCTED for its test in the style of UN
Chinese reports (written by hand; not UN documents), with the facts expected
written by hand. Most are negative: the readings the rules must not give."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

_SECOND = "缔约国第二次会议于 2023 年 11 月 27 日至 12 月 1 日在纽约举行。"


def _offices(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "office")
    return {(f["holder"], f["role"], f["meeting"]) for f in found}


def _chaired(text: str) -> set[tuple]:
    return {(c["person"], c["meeting"]) for c in _facts(TPNW + "1. " + text + FOOT, "chaired")[1]}


@pytest.mark.parametrize("before", ["上届会议", "上次会议", "上一届会议"])
def test_the_previous_meetings_president_opening_the_session_is_not_this_ones(before):
    # CONSTRUCTED, NEGATIVE. The president of the session before opens this
    # one; without that meeting named in the report, nothing is emitted.
    text = f"{before}主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
    assert _offices(text) == set()
    assert _chaired(text) == set()


def test_the_previous_meetings_president_is_of_that_meeting_when_the_report_names_it():
    # CONSTRUCTED. The report names the second meeting: the office is its.
    text = _SECOND + "上次会议主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
    assert _offices(text) == {("person/胡安.卡洛斯.佩雷斯", "President", "meeting/tpnw-msp-2")}
    assert ("person/胡安.卡洛斯.佩雷斯", "meeting/tpnw-msp-3") not in _chaired(text)


@pytest.mark.parametrize("title", ["前任主席", "即将离任的主席", "卸任主席", "离任主席", "候任主席", "代理主席"])
def test_a_former_outgoing_designate_or_acting_president_is_no_office_of_the_meeting(title):
    # CONSTRUCTED, NEGATIVE. Written with the office before the name, and in
    # apposition with the State before the name.
    assert _offices(f"{title}胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。") == set()
    assert _offices(f"{title}、墨西哥的胡安·卡洛斯·佩雷斯大使宣布会议开幕。") == set()


def test_this_meetings_president_named_with_the_office_is_still_read():
    # CONSTRUCTED, the positive control of the tests above.
    for before in ("会议", "本次会议"):
        text = f"{before}主席胡安·卡洛斯·佩雷斯先生(墨西哥)宣布会议开幕。"
        assert _offices(text) == {("person/胡安.卡洛斯.佩雷斯", "President", "meeting/tpnw-msp-3")}, before
        assert _chaired(text) == {("person/胡安.卡洛斯.佩雷斯", "meeting/tpnw-msp-3")}, before


@pytest.mark.parametrize("plan", ["会议将在下次会议上选举", "会议预计于 12 月选举", "会议即将选举", "会议计划在闭幕前选举"])
def test_an_election_still_to_come_gives_no_office(plan):
    # CONSTRUCTED, NEGATIVE. The report says the meeting will elect: no one
    # holds the office yet.
    assert _offices(f"{plan}约翰·史密斯先生(波兰)为副主席。") == set()


def test_an_election_held_on_a_day_or_at_once_is_read():
    # CONSTRUCTED, the positive control: 「于 12 月 3 日」 and 「随即」 are no plans,
    # and a decision's 「将任命」 appoints.
    for verb in ("会议于 12 月 3 日选举", "会议随即选举"):
        assert _offices(f"{verb}约翰·史密斯先生(波兰)为副主席。") == {
            ("person/约翰.史密斯", "VicePresident", "meeting/tpnw-msp-3")}, verb
    assert _offices("会议决定，将任命墨西哥为性别平等问题协调人。") == {
        ("state/MEX", "Coordinator", "meeting/tpnw-msp-3")}


def test_a_plenary_dated_at_the_head_of_its_sentence_in_a_long_paragraph():
    # CONSTRUCTED. A long paragraph of undated plenaries, then a sentence that
    # opens with its day: only that plenary is dated, by its own sentence.
    filler = "在第 3 次和第 4 次全体会议上，代表们发言。" * 60
    text = TPNW + "1. 缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。" + filler \
        + "2025 年 3 月 6 日，在第 5 次全体会议上，会议通过了议程。" + FOOT
    ctx, _ = _facts(text, "x")
    dates = {str(f.args[0][1]): str(f.args[1][1]) for f in ctx.facts if f.kind == "date"}
    plenary_dates = {k: v for k, v in dates.items() if "plenary" in k}
    assert plenary_dates == {"meeting/tpnw-msp-3/plenary/5": "2025-03-06"}
