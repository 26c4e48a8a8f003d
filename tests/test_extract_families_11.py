"""An eleventh round of phrase families, from the first contact with the
thirteenth held-out set (the TPNW's First Review Conference and a Review
Conference of the CWC in the OPCW's layout): readings that gave a wrong fact
there, written again in other words. Each text is CONSTRUCTED for its test in
the style of UN Chinese reports (written by hand; not UN documents), with the
facts expected written by hand."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW, adoptions
from constructed_text import facts as _facts


def _adopted(text: str) -> set[tuple]:
    return {(adopter, item) for adopter, item, _ in adoptions(TPNW + "1. " + text + FOOT)}


@pytest.mark.parametrize("addressee", ["向审议会议", "向会议", "向缔约国会议"])
def test_whom_a_speaker_addressed_is_not_part_of_the_name(addressee):
    # CONSTRUCTED. 「马绍尔群岛的约瑟夫·拉克琼先生向审议会议作了证词发言」 gave a person
    # named 「约瑟夫·拉克琼先生向审议会议」.
    text = f"在第 2 次全体会议上，马绍尔群岛的约瑟夫·拉克琼先生{addressee}作了证词发言。"
    _, found = _facts(TPNW + "1. " + text + FOOT, "attendance")
    assert {(f["participant"], f["role"]) for f in found} == {("person/约瑟夫.拉克琼", "Speaker")}


@pytest.mark.parametrize("kind", ["闭幕", "最后一次", "开幕"])
def test_a_plenary_with_its_kind_in_parentheses(kind):
    # CONSTRUCTED. 「在…举行的第 10 次(闭幕)全体会议上」: plenary 10 adopts.
    text = f"在 3 月 7 日下午举行的第 10 次({kind})全体会议上，会议通过了工作组的报告(TPNW/MSP/2025/WG/1)。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/10", "document/TPNW/MSP/2025/WG/1")}


def test_the_final_report_amended_then_its_symbol_is_this_report():
    # CONSTRUCTED. 「以协商一致方式通过了经口头订正的最后报告草稿(X)，即本报告」.
    text = "在第 10 次全体会议上，会议以协商一致方式通过了经口头订正的最后报告草稿(TPNW/MSP/2025/CRP.1)，即本报告。"
    assert ("meeting/tpnw-msp-3/plenary/10", "document/TPNW/MSP/2025/6") in _adopted(text)


@pytest.mark.parametrize("verb", ["并核准了", "并核可了", "并注意到", "随后审议了", "注意到", "核准了"])
def test_what_another_verb_takes_after_an_adoption_is_not_adopted(verb):
    # CONSTRUCTED, NEGATIVE. 「通过了议程(X)，并核准了工作方案(Y)」: Y is approved, not
    # adopted in the same act (nor with its manner).
    text = f"在第 1 次全体会议上，会议未经表决通过了议程(TPNW/MSP/2025/1)，{verb}工作方案(TPNW/MSP/2025/3)。"
    assert _adopted(text) == {("meeting/tpnw-msp-3/plenary/1", "document/TPNW/MSP/2025/1")}

