"""Officers named in two more ways: elected 「经鼓掌」 (by acclamation, the
manner between the name and 当选), and a second office taken by a person the
report has named already, written the second time without 「·」 and without
their State (「阮氏秋香女士兼任报告员」). Each test is a short text CONSTRUCTED
for it in the style of UN Chinese reports (written by hand; not UN
documents), with the facts expected written by hand; the negative tests are
the readings the rules must not give."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts


def _offices(text: str) -> set[tuple]:
    _, found = _facts(TPNW + "1. " + text + FOOT, "office")
    return {(f["holder"], f["role"], f.get("onBehalfOf")) for f in found}


def _chaired(text: str) -> list[dict]:
    return _facts(TPNW + "1. " + text + FOOT, "chaired")[1]


def test_elected_by_acclamation_with_jing():
    # CONSTRUCTED. 「经鼓掌当选为」: the manner is not part of the name.
    for manner in ("经鼓掌", "经鼓掌方式", "经协商一致", "以鼓掌"):
        text = f"在第 1 次会议上，玛丽亚·费尔南达·罗德里格斯女士(乌拉圭){manner}当选为会议主席。"
        assert _offices(text) == {("person/玛丽亚.费尔南达.罗德里格斯", "President", "state/URY")}, manner
        assert [c["person"] for c in _chaired(text)] == ["person/玛丽亚.费尔南达.罗德里格斯"], manner


def test_a_second_office_of_a_person_named_before_without_the_dot():
    # CONSTRUCTED. Elected Vice-President with her State, then Rapporteur by
    # her name alone: the same person, on behalf of the same State.
    text = ("在同次会议上，会议选出约翰·姆本加先生(肯尼亚)和黎氏秋水女士(越南)为副主席。"
            "经商定，黎氏秋水女士兼任报告员。")
    assert _offices(text) == {("person/约翰.姆本加", "VicePresident", "state/KEN"),
                              ("person/黎氏秋水", "VicePresident", "state/VNM"),
                              ("person/黎氏秋水", "Rapporteur", "state/VNM")}


def test_a_bare_name_the_report_has_not_named_gives_no_office():
    # CONSTRUCTED. Two to five characters and a title are not enough: 「这位女士」,
    # 「该女士」, a name not named before, a shortened one.
    assert _offices("经商定，黎氏秋水女士兼任报告员。") == set()
    before = "在同次会议上，会议选出黎氏秋水女士(越南)为副主席。"
    for holder in ("这位女士", "该女士", "黎氏秋女士", "阮文雄先生"):
        assert _offices(before + f"经商定，{holder}兼任报告员。") == {
            ("person/黎氏秋水", "VicePresident", "state/VNM")}, holder


def test_a_bare_name_needs_the_same_title_and_one_state():
    # CONSTRUCTED, NEGATIVE (found by review). 「…先生」 after 「…女士(越南)」 may
    # be another person; two people of two States sharing a name are ambiguous.
    before = "在同次会议上，会议选出黎氏秋水女士(越南)为副主席。"
    assert _offices(before + "经商定，黎氏秋水先生兼任报告员。") == {
        ("person/黎氏秋水", "VicePresident", "state/VNM")}
    two = "在同次会议上，会议选出黎氏秋水女士(越南)和黎氏秋水女士(老挝)为副主席。"
    assert not [o for o in _offices(two + "经商定，黎氏秋水女士兼任报告员。") if o[1] == "Rapporteur"]


def test_an_election_that_may_happen_gives_no_officer():
    # CONSTRUCTED, NEGATIVE (found by review). 「如/若X当选为…」 is a condition.
    for text in ("如黎氏秋水女士(越南)经鼓掌当选为会议主席，会议将另行选出一名副主席。",
                 "若约翰·姆本加先生(肯尼亚)经协商一致当选为会议主席，会议将另行选出一名副主席。",
                 "若约翰·姆本加先生(肯尼亚)当选为会议主席，会议将另行选出一名副主席。"):
        assert _offices(text) == set(), text
        assert _chaired(text) == [], text


def test_a_name_that_opens_with_ruo_is_elected():
    # CONSTRUCTED. 若昂 (João) and 若泽 (José) open names: without a clause of
    # consequence after it, the sentence is no condition.
    assert _offices("在第 1 次会议上，若泽·卡洛斯·桑托斯先生(巴西)经鼓掌当选为会议主席。") == {
        ("person/若泽.卡洛斯.桑托斯", "President", "state/BRA")}
