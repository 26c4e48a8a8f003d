"""Phrase families found missing on the sixth held-out set
(tests/fixtures/heldout6/), each tested on a short text CONSTRUCTED for this
test in the style of UN Chinese reports, with wording of its own (written by
hand; not UN documents). Expected facts are written by hand from the text."""

from __future__ import annotations

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts

OPENING = "1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行。\n\n"


def _offices(text: str) -> set[tuple]:
    _, offices = _facts(text, "office")
    return {(o["holder"], o["meeting"], o["role"], o.get("body")) for o in offices}


def test_a_committee_set_up_then_composed_and_its_chair_named_with_it():
    # CONSTRUCTED. 「设立了全权证书委员会，由…组成，并由X担任委员会主席」: the members,
    # and the chair of that committee (「委员会」 alone is the one just named; 「并」 is no part of it).
    text = TPNW + ("1. 会议在第 1 次全体会议上设立了全权证书委员会，由厄瓜多尔、加纳、爱尔兰和新西兰组成，"
                   "并由玛丽·奥布莱恩女士(爱尔兰)担任委员会主席。") + FOOT
    m = "meeting/tpnw-msp-3"
    assert _offices(text) == {
        ("state/ECU", m, "CredentialsCommitteeMember", None), ("state/GHA", m, "CredentialsCommitteeMember", None),
        ("state/IRL", m, "CredentialsCommitteeMember", None), ("state/NZL", m, "CredentialsCommitteeMember", None),
        ("person/玛丽.奥布莱恩", m, "Chair", "全权证书委员会")}


def test_officers_elected_with_a_reference_in_parentheses_after_the_office():
    # CONSTRUCTED. 「…为第三次会议副主席(见 … 号文件第 40 段)」: the reference is not part of the office.
    text = TPNW + ("1. 第二次会议于 2023 年 12 月 1 日在其闭幕会议上选举胡安·佩雷斯大使(智利)为第三次会议主席，"
                   "并选举爱尔兰、日本和秘鲁为第三次会议副主席(见 TPNW/MSP/2023/14 号文件第 40 段)。") + FOOT
    m = "meeting/tpnw-msp-3"
    assert _offices(text) == {("person/胡安.佩雷斯", m, "President", None), ("state/IRL", m, "VicePresident", None),
                              ("state/JPN", m, "VicePresident", None), ("state/PER", m, "VicePresident", None)}


def test_a_state_asked_to_serve_and_coordinators_listed_under_their_topics():
    # CONSTRUCTED. 「请新西兰担任…促进者」 fills an office; 「请各缔约国考虑担任东道国」 names
    # no office. 「任命了…的下列协调员：议题：A和B；…」: the topics label the holders.
    text = TPNW + ("1. 会议任命胡安·佩雷斯先生(智利)为执行工作组主席，并请新西兰担任普遍加入问题促进者，任期至第四次会议结束。"
                   "会议请各缔约国考虑担任东道国。\n\n"
                   "2. 会议任命了 2025-2026 年闭会期间的下列协调员：普遍加入：加纳和智利；受害者援助：墨西哥和奥地利。"
                   "会议任命了以下人士：安娜·索萨女士(巴西)。") + FOOT
    m = "meeting/tpnw-msp-3"
    assert _offices(text) == {
        ("person/胡安.佩雷斯", m, "Chair", "执行工作组"), ("state/NZL", m, "Facilitator", "普遍加入问题"),
        ("state/GHA", m, "Coordinator", None), ("state/CHL", m, "Coordinator", None),
        ("state/MEX", m, "Coordinator", None), ("state/AUT", m, "Coordinator", None)}


def test_plenary_days_by_the_same_day_by_parentheses_by_chinese_numerals_and_by_a_sentence_that_opens_with_its_day():
    # CONSTRUCTED. 「同日」/「当天」 is the day the text named last (here across a
    # paragraph without dates); plenaries held over a range of days get no day.
    text = TPNW + OPENING + (
        "2. 3 月 3 日(星期一)上午，主席宣布会议开幕，并在第 1 次全体会议上作了开幕发言。第 2 次全体会议于同日下午举行。\n\n"
        "3. 在第 3 次(3 月 4 日上午)和第 4 次(3 月 4 日下午)全体会议上，会议进行了一般性辩论。\n\n"
        "4. 第五次全体会议于 3 月 5 日举行。在 3 月 6 日至 7 日举行的第六次和第七次全体会议上，会议审议了报告。\n\n"
        "5. 在 3 月 7 日上午举行的第 8 次全体会议上，会议通过了议程。\n\n6. 会议注意到秘书处的说明。\n\n"
        "7. 在当天下午举行的第 9 次即最后一次全体会议上，会议通过了报告。") + FOOT
    ctx, dates = _facts(text, "date")
    p = "meeting/tpnw-msp-3/plenary/"
    assert {(d["subject"], d["value"]) for d in dates if "/plenary/" in d["subject"]} == {
        (p + "1", "2025-03-03"), (p + "2", "2025-03-03"), (p + "3", "2025-03-04"), (p + "4", "2025-03-04"),
        (p + "5", "2025-03-05"), (p + "8", "2025-03-07"), (p + "9", "2025-03-07")}
    assert {r.key for r in ctx.entities if r.kind == "meeting" and "/plenary/" in r.key} >= {
        "tpnw-msp-3/plenary/6", "tpnw-msp-3/plenary/7"}


def test_the_same_day_outside_the_meetings_dates_gives_no_day():
    # CONSTRUCTED. The day named last (a deposit a year before) is not within
    # the meeting: 「同日」 cannot be read as it, and no day is emitted.
    text = TPNW + OPENING + "2. 泰国于 2024 年 5 月 6 日交存了批准书。第 2 次全体会议于同日下午举行。" + FOOT
    _, dates = _facts(text, "date")
    assert not [d for d in dates if "/plenary/" in d["subject"]]


def _adoptions(text: str) -> set[tuple]:
    _, adopted = _facts(text, "adoption")
    return {(a["adopter"], a["item"], a.get("procedure")) for a in adopted}


def _titles(text: str) -> set[tuple]:
    _, titles = _facts(text, "title")
    return {(t["subject"], t["value"]) for t in titles if "/decision/" in t["subject"]}


def test_decisions_titled_before_their_numbers_two_adoptions_in_one_sentence():
    # CONSTRUCTED. 「不经表决通过了题为“…”的第 1 号决定(…)，并以协商一致方式通过了…第 2 号决定」:
    # two adoptions, each with its own procedure (「不经表决」 is not a vote).
    text = TPNW + ("1. 在第 6 次全体会议上，会议不经表决通过了题为“2026 年预算”的第 1 号决定(TPNW/MSP/2025/L.2)，"
                   "并以协商一致方式通过了题为“闭会期间工作方案”的第 2 号决定(TPNW/MSP/2025/L.3)。") + FOOT
    p, d = "meeting/tpnw-msp-3/plenary/6", "meeting/tpnw-msp-3/decision/"
    assert _adoptions(text) == {(p, d + "1", "WithoutVote"), (p, d + "2", "Consensus")}
    assert _titles(text) == {(d + "1", "2026 年预算"), (d + "2", "闭会期间工作方案")}


def test_numbered_decisions_with_titles_respectively_and_after_a_colon():
    # CONSTRUCTED. 「第 3、第 4 和第 5 号决定，标题分别为“…”、“…”和“…”」 pairs numbers
    # and titles; 「第 1 号决定：title(symbol)，以及第 2 号决定：title(symbol)」 gives each its own.
    text = TPNW + ("1. 在第 8 次全体会议上，会议未经表决通过了第 1 号决定：2026 年工作计划和预算(TPNW/MSP/2025/9)，"
                   "以及第 2 号决定：第 7 条报告的改进(TPNW/MSP/2025/10)。"
                   "会议还通过了第 3、第 4 和第 5 号决定，标题分别为“财务事项”、“信托基金”和“工作组的任务”。") + FOOT
    p, d = "meeting/tpnw-msp-3/plenary/8", "meeting/tpnw-msp-3/decision/"
    assert _adoptions(text) == {(p, d + "1", "WithoutVote"), (p, d + "2", "WithoutVote"),
                                (p, d + "3", None), (p, d + "4", None), (p, d + "5", None)}
    assert _titles(text) == {(d + "1", "2026 年工作计划和预算"), (d + "2", "第 7 条报告的改进"),
                             (d + "3", "财务事项"), (d + "4", "信托基金"), (d + "5", "工作组的任务")}


def test_titles_respectively_that_do_not_pair_with_the_numbers_are_not_taken():
    # CONSTRUCTED. Three numbers, two titles: which is whose is not said.
    text = TPNW + "1. 会议通过了第 3、第 4 和第 5 号决定，标题分别为“财务事项”和“信托基金”。" + FOOT
    ctx, _ = _facts(text, "adoption")
    assert _titles(text) == set()
    assert any(w.code == "decision-titles" for w in ctx.warnings)


def test_adopted_in_the_passive_by_vote_and_by_予以通过_but_not_when_future_or_failed():
    # CONSTRUCTED. 「第 6 号决定“…”(…)经唱名表决获得通过」; 「…第 3 号决定经记录表决，以 52 票赞成…获得通过」
    # (the adopted is in the clause before the tally); 「收到了…报告(X)，并予以通过」; 「随后，…工作方案(X)获得通过」.
    # 「将于下届会议获得通过」 and 「未获通过」 adopt nothing.
    text = TPNW + ("1. 在第 7 次全体会议上，会议收到了主席团关于全权证书的报告(TPNW/MSP/2025/8)，并予以通过。"
                   "随后，主席提交的工作方案(TPNW/MSP/2025/3)获得通过。"
                   "在同一次会议上，第 6 号决定“秘书处人员编制”(TPNW/MSP/2025/L.4)经唱名表决获得通过，赞成 38 票，反对 3 票。"
                   "关于会期安排的第 3 号决定经记录表决，以 52 票赞成、3 票反对、8 票弃权获得通过。"
                   "智利的提案(TPNW/MSP/2025/L.5)将于下届会议获得通过。第 7 号决定草案(TPNW/MSP/2025/L.6)未获通过。") + FOOT
    p, d = "meeting/tpnw-msp-3/plenary/7", "meeting/tpnw-msp-3/decision/"
    assert _adoptions(text) == {(p, "document/TPNW/MSP/2025/8", None), (p, "document/TPNW/MSP/2025/3", None),
                                (p, d + "6", "Vote"), (p, d + "3", "Vote")}
    assert _titles(text) == {(d + "6", "秘书处人员编制")}


def test_a_documents_table_row_of_one_cell_is_its_title_and_an_officer_with_a_state_submits():
    # CONSTRUCTED. In a three-column table a row with one cell has its title and
    # no submitter; 「工作组主席(墨西哥)」 reads as an officer's cell (the title is
    # taken; the officer is no known agent).
    text = TPNW + ("1. 会议收到了附件所列文件。\n\n 附件 \n\n 文件清单 \n\n 文号 标题 提交者 \n\n"
                   "TPNW/MSP/2025/1 临时议程 \n\n"
                   "TPNW/MSP/2025/2 工作方案草案 主席 \n\n"
                   "TPNW/MSP/2025/WP.2 执行工作组主席的报告 工作组主席(墨西哥) \n\n"
                   "TPNW/MSP/2025/INF.1 与会者名单 ") + FOOT
    _, titles = _facts(text, "title")
    assert {(t["subject"], t["value"]) for t in titles} == {
        ("document/TPNW/MSP/2025/1", "临时议程"), ("document/TPNW/MSP/2025/2", "工作方案草案"),
        ("document/TPNW/MSP/2025/WP.2", "执行工作组主席的报告"), ("document/TPNW/MSP/2025/INF.1", "与会者名单")}
    _, submitters = _facts(text, "submittedBy")
    assert [s["subject"] for s in submitters if s["subject"] != "document/TPNW/MSP/2025/2"] == []


def test_treaty_actions_of_the_former_and_the_latter_and_since_a_year():
    # CONSTRUCTED. 「A和B，前者交存了批准书，后者交存了加入书」 pairs by position;
    # 「智利自 2021 年加入《条约》以来」 states an accession. 「前者」 after a list of
    # three is not clear, and gives nothing.
    text = TPNW + ("1. 自第二次会议以来，又有两个国家成为《条约》缔约国：加纳和秘鲁，前者交存了批准书，后者交存了加入书。"
                   "会议注意到智利自 2021 年加入《条约》以来首次提交了报告。\n\n"
                   "2. 三个国家成为《条约》缔约国：蒙古、南非和泰国，前者交存了批准书。") + FOOT
    _, actions = _facts(text, "treaty-action")
    assert {(a["state"], a["action"]) for a in actions} == {
        ("state/GHA", "Ratification"), ("state/PER", "Accession"), ("state/CHL", "Accession")}
    assert {a["treaty"] for a in actions} == {"treaty/tpnw"}


def _attendance(text: str):
    ctx, attended = _facts(text, "attendance")
    return ctx, {(a["participant"], a["role"]) for a in attended}


def test_observers_with_their_count_after_the_list_and_organizations_that_attend_without_naming_the_meeting():
    # CONSTRUCTED. 「A、B和C 3 个签署国作为观察员出席了会议」: the count and what they
    # are follow the names (「等 2 个」 is the 「等」 form, read as before);
    # 「…也作为观察员与会。」 names no meeting after its verb.
    text = TPNW + ("1. 安哥拉、哥伦比亚和泰国 3 个签署国作为观察员出席了会议。"
                   "此外，埃及和越南等 2 个非签署国作为观察员国出席了会议。\n\n"
                   "2. 欧洲联盟、非洲联盟委员会和红十字国际委员会也作为观察员与会。") + FOOT
    ctx, attended = _attendance(text)
    assert attended == {
        ("state/AGO", "ObserverState"), ("state/COL", "ObserverState"), ("state/THA", "ObserverState"),
        ("state/EGY", "ObserverState"), ("state/VNM", "ObserverState"),
        ("organization/eu", "ObserverOrganization"), ("organization/zh-非洲联盟委员会", "ObserverOrganization"),
        ("organization/icrc", "ObserverOrganization")}


def test_organizations_named_among_a_counted_whole():
    # CONSTRUCTED. 「出席会议的非政府组织共 13 个，包括A、B和C」 and 「包括A和B在内的 12 个
    # 非政府组织也出席了会议」: the named ones attend; the count is of all, not a
    # check of the names. 「包括…在内的 27 个非政府组织、行业协会和研究机构」 does
    # not say which is which: nothing, and a warning.
    text = TPNW + ("1. 出席会议的非政府组织共 13 个，包括集束弹药联盟、人权观察和国际助残组织。\n\n"
                   "2. 包括国际小武器行动网和控制武器联盟在内的 12 个非政府组织也出席了会议。\n\n"
                   "3. 包括挪威人民援助会和斯德哥尔摩国际和平研究所在内的 27 个非政府组织、行业协会和研究机构也派代表与会。") + FOOT
    ctx, attended = _attendance(text)
    ngo = "NonGovernmentalOrganization"
    assert attended == {("organization/cmc", ngo), ("organization/hrw", ngo), ("organization/humanity-inclusion", ngo),
                        ("organization/iansa", ngo), ("organization/control-arms", ngo)}
    assert any(w.code == "attendance-ambiguous" for w in ctx.warnings)
    assert not [c for c in ctx.counts if c.status == "mismatch"]


def test_secretary_general_named_by_another_and_confirmed_with_an_office_before_the_name():
    # CONSTRUCTED. 「会议秘书长由联合国秘书长指定，由X出任」; 「会议一致确认<office>的X担任会议秘书长」
    # (the office ends with a known organization's name).
    text = TPNW + ("1. 会议秘书长由联合国秘书长指定，由裁军事务厅维也纳办事处主任格奥尔格·施泰因巴赫出任。\n\n"
                   "2. 会议一致确认联合国日内瓦办事处裁军事务厅的玛丽亚·贝内代蒂担任会议执行秘书。") + FOOT
    m = "meeting/tpnw-msp-3"
    assert _offices(text) == {("person/格奥尔格.施泰因巴赫", m, "SecretaryGeneral", None),
                              ("person/玛丽亚.贝内代蒂", m, "Secretary", None)}


def test_observer_states_listed_after_the_predicate_with_their_total_in_parentheses():
    # CONSTRUCTED. 「以观察员身份出席会议的还有下列非《条约》缔约国：…(共 4 国)」: observer
    # states (非《条约》缔约国 is 非缔约国), the total checked against the names.
    text = TPNW + "1. 以观察员身份出席会议的还有下列非《条约》缔约国：中国、印度、\n\n新加坡和越南(共 4 国)。" + FOOT
    ctx, attended = _attendance(text)
    assert attended == {("state/CHN", "ObserverState"), ("state/IND", "ObserverState"),
                        ("state/SGP", "ObserverState"), ("state/VNM", "ObserverState")}
    assert [(c.stated, c.extracted) for c in ctx.counts] == [(4, 4)]


def test_named_organizations_and_a_number_of_others_keep_their_reading():
    # CONSTRUCTED. 「A及其他 14 个非政府组织的代表」: A, and others only counted (the
    # count after a name is not 「A 3 个签署国」's).
    text = TPNW + "1. 集束弹药联盟及其他 14 个非政府组织的代表也出席了会议。" + FOOT
    _, attended = _attendance(text)
    assert attended == {("organization/cmc", "NonGovernmentalOrganization")}
