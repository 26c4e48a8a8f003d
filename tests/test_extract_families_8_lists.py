"""A joint body of two organizations in a list: 「A和B联合监测方案」 names one
body (B's joint programme with A), not A and then 「B联合监测方案」. Each
test is a short text CONSTRUCTED for it in the style of UN Chinese reports
(written by hand; not UN documents), with the facts expected written by hand.
The negative tests are the readings the rule must keep: two whole names
joined by 「和」, and a stated count that says the conjunction separates."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

from builder.extract.lists import joint_body

OBSERVER = "ObserverOrganization"


def _attendance(sentence: str) -> set[tuple[str, str]]:
    _, attended = _facts(TPNW + "1. " + sentence + FOOT, "attendance")
    return {(a["participant"], a["role"]) for a in attended}


def test_a_joint_programme_of_two_organizations_alone_is_one_observer():
    # CONSTRUCTED. The World Health Organization did not attend: its joint
    # programme with UNICEF did (before, WHO was read as an observer).
    assert _attendance("下列组织以观察员身份出席了会议：世界卫生组织和联合国儿童基金会联合监测方案。") == {
        ("organization/zh-世界卫生组织和联合国儿童基金会联合监测方案", OBSERVER)}


def test_a_joint_body_closing_a_longer_list_is_one_item():
    # CONSTRUCTED. 「共同」 as well as 「联合」; the body is kept as written.
    assert _attendance("下列组织以观察员身份出席了会议：国际原子能机构、联合国开发计划署和联合国环境规划署共同方案。") == {
        ("organization/iaea", OBSERVER), ("organization/zh-联合国开发计划署和联合国环境规划署共同方案", OBSERVER)}


def test_two_whole_names_joined_by_he_are_still_two():
    # CONSTRUCTED. 「联合国儿童基金会」 begins with 联合国, which is no 「联合」 (joint).
    assert _attendance("下列组织以观察员身份出席了会议：国际原子能机构、世界卫生组织和联合国儿童基金会。") == {
        ("organization/iaea", OBSERVER), ("organization/who", OBSERVER), ("organization/unicef", OBSERVER)}


def test_states_whose_names_say_united_are_still_split_from_the_one_before():
    # CONSTRUCTED. 「联合共和国」, 「联合王国」, 「联合酋长国」 are parts of States' names.
    _, attended = _facts(TPNW + "1. 下列国家以观察员身份出席了会议：乌干达和坦桑尼亚联合共和国、埃及和阿拉伯联合酋长国。"
                         + FOOT, "attendance")
    assert {a["participant"] for a in attended} == {"state/UGA", "state/TZA", "state/EGY", "state/ARE"}


def test_a_stated_count_that_needs_the_split_is_followed():
    # CONSTRUCTED. Three organizations stated, two items without the split:
    # the count says the conjunction separates two of them.
    assert _attendance("下列 3 个组织以观察员身份出席了会议：国际原子能机构、世界卫生组织和联合国儿童基金会联合监测方案。") == {
        ("organization/iaea", OBSERVER), ("organization/who", OBSERVER),
        ("organization/zh-联合国儿童基金会联合监测方案", OBSERVER)}


def test_joint_body_reads_a_name_then_joint():
    def is_name(text: str) -> bool:
        return text.endswith("基金会")

    assert joint_body("联合国儿童基金会联合监测方案", is_name)
    assert joint_body("联合国儿童基金会共同方案", is_name)
    assert not joint_body("联合国儿童基金会联合会", is_name)  # a federation
    assert not joint_body("联合国儿童基金会共同组织的专家组", is_name)  # a verb phrase
    assert not joint_body("联合国儿童基金会", is_name)  # the 联合 of 联合国 is not 'joint'
    for state in ("坦桑尼亚联合共和国", "北爱尔兰联合王国", "阿拉伯联合酋长国", "东非共同体"):
        assert not joint_body(state, lambda text: True), state  # a State's name, a community
    assert not joint_body("联合监测方案", is_name)  # no name before it
    assert not joint_body("国际法律协会联合项目", is_name)  # what comes before is not a name


def test_a_federation_or_a_joint_verb_is_no_joint_body():
    # CONSTRUCTED, NEGATIVE (found by review). 联合会 is a federation's name, and
    # 「共同组织的会外活动」 a verb phrase: the conjunction still separates.
    assert _attendance("下列组织以观察员身份出席了会议：国际原子能机构、世界卫生组织和国际医学组织联合会。") == {
        ("organization/iaea", OBSERVER), ("organization/who", OBSERVER),
        ("organization/zh-国际医学组织联合会", OBSERVER)}
    _, attended = _facts(TPNW + "1. 下列非政府组织出席了会议：和平之船、国际和平局和核威胁倡议共同组织的会外活动。" + FOOT,
                         "attendance")
    assert not [a for a in attended if "会外活动" in a["participant"]]


def test_a_joint_body_after_yiji_is_one_body():
    # CONSTRUCTED. 「以及」 closes UN lists as 和 does: the same joint body.
    assert _attendance("下列组织以观察员身份出席了会议：世界卫生组织以及联合国儿童基金会联合监测方案。") == {
        ("organization/zh-世界卫生组织以及联合国儿童基金会联合监测方案", OBSERVER)}
