"""Treaty-action families found missing on the seventh and ninth held-out
sets (tests/fixtures/heldout7/, heldout9/), each tested on a short text
CONSTRUCTED for this test in the style of UN Chinese reports (written by hand;
not UN documents). Expected facts are written by hand from the text."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts


def _actions(sentence: str) -> set[tuple]:
    _, actions = _facts(TPNW + "1. " + sentence + FOOT, "treaty-action")
    return {(a["state"], a["treaty"], a["action"]) for a in actions}


def test_these_two_states_are_the_two_listed_in_the_sentence_before():
    # CONSTRUCTED. 「这两个国家」 opens its sentence: the two States after the colon before.
    # 「签署但尚未批准」: signed, and nothing for the ratification not made.
    sentence = "作为观察员与会的非缔约国有：斐济和秘鲁。这两个国家均已签署但尚未批准《条约》。"
    assert _actions(sentence) == {("state/FJI", "treaty/tpnw", "Signature"),
                                  ("state/PER", "treaty/tpnw", "Signature")}


def test_these_states_give_nothing_when_the_count_or_the_list_does_not_fit():
    # CONSTRUCTED. Three States before 「这两个国家」; no list after a colon; a negation.
    assert _actions("作为观察员与会的非缔约国有：斐济、秘鲁和智利。这两个国家均已签署《条约》。") == set()
    assert _actions("斐济和秘鲁的代表作了发言。这两个国家均已签署《条约》。") == set()
    assert _actions("作为观察员与会的非缔约国有：斐济和秘鲁。这两个国家均尚未签署《条约》。") == set()


def test_two_instruments_are_the_two_treaties_named_before_in_the_sentence():
    # CONSTRUCTED. 「加入两项文书」: the two treaties of the sentence (a short title
    # given in 「以下简称」 is the same treaty again).
    sentence = ("《保护臭氧层维也纳公约》(以下简称《维也纳公约》)和《蒙特利尔议定书》的缔约方均为 198 个，"
                "自东帝汶于 2009 年加入这两项文书以来，两项文书一直得到普遍批准。")
    assert _actions(sentence) == {("state/TLS", "treaty/vienna-convention-ozone", "Accession"),
                                  ("state/TLS", "treaty/montreal-protocol", "Accession")}


def test_two_instruments_give_nothing_when_the_sentence_names_another_number_or_none():
    # CONSTRUCTED. Three treaties named for 「两项文书」; none named; a call on States that have not acceded.
    assert _actions("《保护臭氧层维也纳公约》、《蒙特利尔议定书》和《条约》均有新的缔约方，东帝汶加入了两项文书。") == set()
    assert _actions("会议注意到，东帝汶加入了两项文书。") == set()
    assert _actions("《保护臭氧层维也纳公约》和《蒙特利尔议定书》得到普遍批准，会议呼吁尚未加入两项文书的国家加入。") == set()
