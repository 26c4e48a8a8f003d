"""Phrase families found missing on the fifth held-out set
(tests/fixtures/heldout5/), each tested on a short text CONSTRUCTED for this
test in the style of UN Chinese reports, with wording of its own (written by
hand; not UN documents). Expected facts are written by hand from the text."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

COP = "   联合国防治荒漠化公约缔约方大会第十七届会议的报告 \n\n"
HEAD = "\n\n ICCD/COP(17)/20 \n\n \n\n2/2 26-01234 \n"


def test_symbols_with_a_session_in_parentheses():
    text = COP + "1. 缔约方大会注意到秘书处的报告(ICCD/COP(17)/2)和委员会的报告(ICCD/CRIC(23)/10)。" + HEAD
    ctx, references = _facts(text, "references")
    assert ctx.symbol == "ICCD/COP(17)/20"
    assert {r["value"] for r in references} >= {"document/ICCD/COP(17)/2", "document/ICCD/CRIC(23)/10"}


def test_officers_elected_as_listed_and_a_committee_set_up_before_its_chair():
    text = COP + ("1. 缔约方大会以鼓掌方式选举蒙古环境、气候变化和旅游大臣巴特·额尔登阁下为第十七届会议主席。"
                  "下列人士当选为副主席：安娜·索萨女士(巴西)和约翰·姆巴先生(肯尼亚)。约翰·姆巴先生还兼任报告员。"
                  "缔约方大会设立了全体委员会，由墨西哥的卡门·维拉女士担任主席。") + HEAD
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/巴特.额尔登", "President", None),
        ("person/安娜.索萨", "VicePresident", "state/BRA"), ("person/约翰.姆巴", "VicePresident", "state/KEN"),
        ("person/约翰.姆巴", "Rapporteur", "state/KEN"),
        ("person/卡门.维拉", "Chair", "state/MEX")}
    _, chaired = _facts(text, "chaired")
    assert [c["person"] for c in chaired] == ["person/巴特.额尔登"]


def test_plenaries_dated_in_other_ways_and_the_closing_plenary():
    text = COP + ("1. 缔约方大会第十七届会议于 2026 年 8 月 17 日至 28 日在乌兰巴托举行。"
                  "在 8 月 18 日和 19 日分别举行的第 2 次和第 3 次全体会议上，缔约方大会进行了一般性辩论。"
                  "8 月 28 日，会议举行了第 7 次和第 8 次全体会议。"
                  "在第 8 次即闭幕全体会议上，缔约方大会以协商一致方式通过了决定草案(ICCD/COP(17)/L.5)。") + HEAD
    ctx, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates} == {
        ("meeting/unccd-cop-17/plenary/2", "2026-08-18"), ("meeting/unccd-cop-17/plenary/3", "2026-08-19"),
        ("meeting/unccd-cop-17/plenary/7", "2026-08-28"), ("meeting/unccd-cop-17/plenary/8", "2026-08-28")}
    _, adopted = _facts(text, "adoption")
    assert {(a["adopter"], a["item"]) for a in adopted} == {
        ("meeting/unccd-cop-17/plenary/8", "document/ICCD/COP(17)/L.5")}


def test_a_document_the_adopted_texts_are_contained_in_is_not_adopted():
    text = COP + "1. 在第 5 次全体会议上，缔约方大会以协商一致方式通过了 30 项决定，案文载于本报告第二部分(ICCD/COP(17)/20/Add.1)。" + HEAD
    ctx, adopted = _facts(text, "adoption")
    assert not [a for a in adopted if "Add.1" in a["item"]]


def test_the_next_meetings_president_is_not_an_office_of_this_meeting():
    # CONSTRUCTED. The next meeting is named only as 「下次会议」 and nowhere by
    # its number: no office is emitted (and the reported meeting's President
    # stays a person of his own).
    text = (TPNW + "1. 会议选举伊万·杜邦(智利)为会议主席。\n\n"
            "2. 在第 5 次全体会议上，会议选举卡洛斯·杜邦(贝宁)为下次会议主席。" + FOOT)
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o["meeting"], o.get("onBehalfOf")) for o in offices} == {
        ("person/伊万.杜邦", "President", "meeting/tpnw-msp-3", "state/CHL")}
    assert any(w.code == "office-meeting" for w in ctx.warnings)


def test_the_next_meetings_president_goes_to_that_meeting_where_it_is_named():
    # CONSTRUCTED. The report names the fourth meeting, so 「下一次会议」 is it.
    text = (TPNW + "1. 缔约国第四次会议将于 2026 年 3 月 2 日至 6 日在纽约举行。\n\n"
            "2. 会议选举卡洛斯·杜邦(贝宁)为下一次会议主席。" + FOOT)
    _, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o["meeting"]) for o in offices} == {
        ("person/卡洛斯.杜邦", "President", "meeting/tpnw-msp-4")}


def test_two_presidents_with_one_surname_and_different_given_names_stay_two_persons():
    # CONSTRUCTED. Both are called President of this meeting (the outgoing one
    # opens it), but 伊万 is not a shortened 卡洛斯: two persons, a warning.
    text = (TPNW + "1. 会议主席伊万·杜邦(智利)宣布会议开幕。\n\n"
            "2. 会议主席卡洛斯·杜邦(贝宁)宣布会议闭幕。" + FOOT)
    ctx, offices = _facts(text, "office")
    assert {o["holder"] for o in offices} == {"person/伊万.杜邦", "person/卡洛斯.杜邦"}
    persons = {r.key for r in ctx.entities if r.kind == "person"}
    assert persons == {"伊万.杜邦", "卡洛斯.杜邦"}
    assert any(w.code == "person-identity" for w in ctx.warnings)


def test_decisions_numbered_within_the_session_with_their_titles_and_adoption():
    # CONSTRUCTED. 「第 N/COP.17 号决定“…”」 names decision N of this session; the
    # sentence 「其中包括…」 names some of the decisions just adopted. A decision
    # of COP.15 is another session's and is not keyed as this one's.
    text = (COP + "1. 在 10 月 9 日第 6 次全体会议上，缔约方大会未经表决通过了 21 项决定。"
            "其中包括第 4/COP.17 号决定“土地退化零增长目标”和第 9/COP.17 号决定“性别行动计划”。\n\n"
            "2. 缔约方大会回顾第 3/COP.15 号决定“干旱问题”。" + HEAD)
    ctx, decisions = _facts(text, "title")
    assert {(d["subject"], d["value"]) for d in decisions} == {
        ("meeting/unccd-cop-17/decision/4", "土地退化零增长目标"),
        ("meeting/unccd-cop-17/decision/9", "性别行动计划"),
    }
    adopted = [{k: str(v) for k, v in f.args} for f in ctx.facts if f.kind == "adoption"]
    assert {(a["adopter"], a["item"], a.get("procedure")) for a in adopted} == {
        ("meeting/unccd-cop-17/plenary/6", "meeting/unccd-cop-17/decision/4", "WithoutVote"),
        ("meeting/unccd-cop-17/plenary/6", "meeting/unccd-cop-17/decision/9", "WithoutVote"),
    }


def test_a_decision_named_in_a_sentence_of_its_own_is_not_adopted():
    # CONSTRUCTED. No count of adopted decisions before 「其中包括」: the decision
    # is named (with its title) but nothing says it was adopted.
    text = (COP + "1. 缔约方大会审议了若干议题，其中包括第 4/COP.17 号决定“土地退化零增长目标”的执行情况。" + HEAD)
    ctx, titles = _facts(text, "title")
    assert [(t["subject"], t["value"]) for t in titles] == [("meeting/unccd-cop-17/decision/4", "土地退化零增长目标")]
    assert not [f for f in ctx.facts if f.kind == "adoption"]


def test_a_document_table_headed_with_title_or_description_and_a_body_with_and_in_its_name():
    # CONSTRUCTED. The header 「文件 标题和说明」. 「科学和技术委员会主席团提交」 is one
    # body (「科学」 names nothing); 「联合国开发计划署和联合国环境规划署提交」 is two
    # known organizations.
    text = (COP + "1. 缔约方大会收到了附件所列文件。\n\n 附件 \n\n 缔约方大会收到的文件 \n\n 文件 标题和说明 \n\n"
            "ICCD/COP(17)/3 技术工作的审查：科学和技术委员会主席团提交\n\n"
            "ICCD/COP(17)/4 加强协调：联合国开发计划署和联合国环境规划署提交\n\n"
            "ICCD/COP(17)/INF.1 与会者名单" + HEAD)
    ctx, titles = _facts(text, "title")
    assert {(t["subject"], t["value"]) for t in titles} == {
        ("document/ICCD/COP(17)/3", "技术工作的审查：科学和技术委员会主席团提交"),
        ("document/ICCD/COP(17)/4", "加强协调：联合国开发计划署和联合国环境规划署提交"),
        ("document/ICCD/COP(17)/INF.1", "与会者名单"),
    }
    _, submitters = _facts(text, "submittedBy")
    assert {(s["subject"], s["value"]) for s in submitters} == {
        ("document/ICCD/COP(17)/3", "organization/zh-科学和技术委员会主席团"),
        ("document/ICCD/COP(17)/4", "organization/undp"),
        ("document/ICCD/COP(17)/4", "organization/unep"),
    }


def test_an_accession_stated_in_a_since_clause():
    # CONSTRUCTED. 「自X于…交存加入书以来」: X acceded; the clause is about time.
    text = (COP + "1. 自基里巴斯于 2023 年 5 月交存加入书以来，《公约》已有 198 个缔约方。"
            "自上届会议以来，秘书处收到了若干函件。" + HEAD)
    _, actions = _facts(text, "treaty-action")
    assert [(a["state"], a["treaty"], a["action"]) for a in actions] == [("state/KIR", "treaty/unccd", "Accession")]


def test_plenaries_dated_after_their_number_and_with_a_weekday():
    # CONSTRUCTED. 「第 N 次全体会议于 DATE 举行」 dates the plenary after it;
    # 「DATE(星期二)上午举行的第 N 次」 with the weekday between. 「于」 without
    # 「举行」 after the date is not a plenary's date.
    text = (TPNW + "1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。第 4 次全体会议于 3 月 5 日下午举行。\n\n"
            "2. 在 3 月 4 日(星期二)上午举行的第 3 次全体会议上，会议通过了议程。\n\n"
            "3. 第 5 次全体会议于 3 月 6 日收到的报告已分发。" + FOOT)
    _, dates = _facts(text, "date")
    plenary_dates = {(d["subject"], d["value"]) for d in dates if "/plenary/" in d["subject"]}
    assert plenary_dates == {("meeting/tpnw-msp-3/plenary/4", "2025-03-05"),
                             ("meeting/tpnw-msp-3/plenary/3", "2025-03-04")}


def test_the_president_of_the_meeting_a_sentence_announces_and_the_closing_plenary_numbered_in_parentheses():
    # CONSTRUCTED. 「第四次缔约国会议将于…举行，由秘鲁担任主席」: Peru presides over the
    # fourth meeting, not this one. 「闭幕全体会议(第 6 次会议)」 is plenary 6, and
    # 「同一次全体会议」 after it is plenary 6 too.
    text = (TPNW + "1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n"
            "2. 在 3 月 7 日举行的闭幕全体会议(第 6 次会议)上，会议通过了议程(TPNW/MSP/2025/1)。"
            "在同一次全体会议上，会议通过了决定草案(TPNW/MSP/2025/L.2)。\n\n"
            "3. 会议决定，缔约国第四次会议将于 2026 年 3 月 2 日至 6 日在纽约举行，由秘鲁担任主席。" + FOOT)
    _, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o["meeting"]) for o in offices} == {("state/PER", "President", "meeting/tpnw-msp-4")}
    _, adopted = _facts(text, "adoption")
    assert {(a["adopter"], a["item"]) for a in adopted} == {
        ("meeting/tpnw-msp-3/plenary/6", "document/TPNW/MSP/2025/1"),
        ("meeting/tpnw-msp-3/plenary/6", "document/TPNW/MSP/2025/L.2")}
    _, dates = _facts(text, "date")
    assert ("meeting/tpnw-msp-3/plenary/6", "2025-03-07") in {(d["subject"], d["value"]) for d in dates}
