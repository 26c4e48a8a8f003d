"""Phrase families found missing on the fourth held-out set
(tests/fixtures/heldout4/), each tested on a short text CONSTRUCTED for this
test in the style of UN Chinese reports, with wording of its own (written by
hand; not UN documents). Expected facts are written by hand from the text."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts


def test_plenary_dates_with_the_part_of_the_day_and_consensus_written_经协商一致():
    text = TPNW + ("1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。在 3 月 3 日上午的第 1 次全体会议上，会议经协商一致通过了议事规则(TPNW/MSP/2025/3)。"
                   "在 3 月 5 日下午第 6 次全体会议上，会议未经投票通过了决定草案(TPNW/MSP/2025/L.2)。") + FOOT
    ctx, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates} == {
        ("meeting/tpnw-msp-3/plenary/1", "2025-03-03"), ("meeting/tpnw-msp-3/plenary/6", "2025-03-05")}
    _, adopted = _facts(text, "adoption")
    assert {(a["item"], a.get("procedure")) for a in adopted} == {
        ("document/TPNW/MSP/2025/3", "Consensus"), ("document/TPNW/MSP/2025/L.2", "WithoutVote")}


def test_an_organizations_name_with_a_顿号_in_a_list():
    text = TPNW + "1. 下列组织以观察员身份出席了会议：联合国教育、科学及文化组织和世界卫生组织。" + FOOT
    ctx, attendance = _facts(text, "attendance")
    assert {a["participant"] for a in attendance} == {"organization/unesco", "organization/who"}


def test_a_declarations_quoted_subtitle_is_its_title_without_the_marks():
    text = TPNW + ("1. 在第 6 次全体会议上，会议经协商一致通过了题为“共同的未来”的宣言(附件一)。\n\n 附件一 \n\n"
                   "  禁止核武器条约缔约国第三次会议宣言 \n\n  “共同的未来” \n") + FOOT
    ctx, titles = _facts(text, "title")
    assert {t["value"] for t in titles} == {"共同的未来"}
