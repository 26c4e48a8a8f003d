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


def test_officers_with_titles_containing_顿号_paired_representatives_and_a_later_meetings_president():
    text = TPNW + ("1. 会议以鼓掌方式确认候任主席、智利外交部裁军、军控和不扩散司司长玛丽亚·索托大使担任会议主席。"
                   "会议选出主席团其余成员，由斐济、爱尔兰和加纳的代表担任副主席，分别为约瑟·塔拉、肖恩·墨菲和阿玛·博阿滕。"
                   "会议商定由安娜·克拉克(新西兰)主持缔约国第四次会议。\n\n"
                   "2. 会议决定，全权证书委员会由巴西、芬兰和越南三国代表组成。") + FOOT
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["meeting"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/玛丽亚.索托", "meeting/tpnw-msp-3", "President", None),
        ("person/约瑟.塔拉", "meeting/tpnw-msp-3", "VicePresident", "state/FJI"),
        ("person/肖恩.墨菲", "meeting/tpnw-msp-3", "VicePresident", "state/IRL"),
        ("person/阿玛.博阿滕", "meeting/tpnw-msp-3", "VicePresident", "state/GHA"),
        ("person/安娜.克拉克", "meeting/tpnw-msp-4", "President", "state/NZL"),
        ("state/BRA", "meeting/tpnw-msp-3", "CredentialsCommitteeMember", None),
        ("state/FIN", "meeting/tpnw-msp-3", "CredentialsCommitteeMember", None),
        ("state/VNM", "meeting/tpnw-msp-3", "CredentialsCommitteeMember", None),
    }
    _, chaired = _facts(text, "chaired")
    assert [c["person"] for c in chaired] == ["person/玛丽亚.索托"]


def test_parties_by_deposit_and_speakers_heard():
    text = TPNW + ("1. 自《条约》生效以来，斐济和萨摩亚通过交存批准书成为缔约国。\n\n"
                   "2. 会议听取了核试验幸存者代表卡尔拉·努尔兰(哈萨克斯坦)和基里巴斯的特雷莎·陶的发言。"
                   "会议还听取了国际和平局、和平与裁军研究会以及核时代和平基金会等非政府组织代表的发言。") + FOOT
    ctx, actions = _facts(text, "treaty-action")
    assert {(a["state"], a["action"]) for a in actions} == {("state/FJI", "Ratification"), ("state/WSM", "Ratification")}
    _, attendance = _facts(text, "attendance")
    assert {(a["participant"], a["role"]) for a in attendance} == {
        ("person/卡尔拉.努尔兰", "Speaker"), ("person/特雷莎.陶", "Speaker"),
        ("organization/ipb", "NonGovernmentalOrganization"),
        ("organization/zh-和平与裁军研究会", "NonGovernmentalOrganization"),
        ("organization/zh-核时代和平基金会", "NonGovernmentalOrganization")}
    _, nationality = _facts(text, "nationality")
    assert {(n["subject"], n["value"]) for n in nationality} >= {
        ("person/卡尔拉.努尔兰", "state/KAZ"), ("person/特雷莎.陶", "state/KIR")}


def test_article_xiv_symbols_co_chair_states_and_co_presiding():
    text = ("   第十四次促进《全面禁止核试验条约》生效会议的报告 \n\n"
            "1. 第十四次会议于 2025 年 9 月 26 日在纽约联合国总部以线上线下相结合的方式举行。"
            "在第 1 次全体会议上，会议以鼓掌方式选举日本和墨西哥为会议共同主席国。"
            "会议由日本外务省和国际合作局局长佐藤·健和墨西哥外交部副部长胡安·佩雷斯共同主持。"
            "副主席职位由芬兰和肯尼亚担任。\n\n"
            "2. 会议商定，日本和墨西哥将作为协调员，继续推动相关工作。"
            "会议还注意到，全面禁止核试验条约组织筹备委员会将于 2025 年 11 月举行第六十五届会议。"
            "\n\n CTBT-Art.XIV/2025/6 \n\n 2/2 25-01234 \n")
    ctx, offices = _facts(text, "office")
    assert ctx.symbol == "CTBT-Art.XIV/2025/6"
    assert {(o["holder"], o["role"]) for o in offices} >= {
        ("state/JPN", "CoChair"), ("state/MEX", "CoChair"), ("state/FIN", "VicePresident"), ("state/KEN", "VicePresident"),
        ("state/JPN", "Coordinator"), ("state/MEX", "Coordinator")}
    _, chaired = _facts(text, "chaired")
    assert {c["person"] for c in chaired} == {"person/佐藤.健", "person/胡安.佩雷斯"}
    _, places = _facts(text, "location")
    assert {p["value"] for p in places} == {"纽约联合国总部"}
    assert "ctbt-art14-65" not in ctx.meetings  # another body's session


def test_attendance_by_ratification_status_and_names_before_their_count():
    text = TPNW + ("1. 下列 2 个已批准《条约》的国家参加了会议：奥地利和智利。"
                   "下列 2 个已签署但尚未批准《条约》的国家作为观察员参加了会议：中国和埃及。"
                   "巴基斯坦和毛里求斯这两个尚未签署《条约》的国家也应邀派观察员出席了会议。"
                   "此外，军备控制协会、核威胁倡议和维也纳裁军和不扩散中心等三个非政府组织也派代表出席了会议。") + FOOT
    ctx, attendance = _facts(text, "attendance")
    assert {(a["participant"], a["role"]) for a in attendance} == {
        ("state/AUT", "StateParty"), ("state/CHL", "StateParty"),
        ("state/CHN", "ObserverState"), ("state/EGY", "ObserverState"),
        ("state/PAK", "ObserverState"), ("state/MUS", "ObserverState"),
        ("organization/aca", "NonGovernmentalOrganization"),  # known to the gazetteer
        ("organization/nti", "NonGovernmentalOrganization"),
        ("organization/zh-维也纳裁军和不扩散中心", "NonGovernmentalOrganization")}
    assert all(c.stated == c.extracted for c in ctx.counts)


def test_the_first_pages_job_line_is_furniture():
    from builder.normalize import normalize

    clean = normalize(" 禁止核武器条约缔约国第三次会议报告 \n1. 出席的有：大不列颠及北\n21-13867 (C)    041021    051021 \n"
                      "*2113867* \n TPNW/MSP/2025/6 \n2/3 21-13867 \n爱尔兰联合王国和越南。\n")
    assert "大不列颠及北爱尔兰联合王国和越南" in clean.text


def test_elections_with_the_verb_not_repeated_and_vice_chairs_分别为():
    text = TPNW + ("1. 会议还选举阿里·汗(巴基斯坦)为全体委员会主席，扬·维瑟(荷兰王国)为起草委员会主席。"
                   "上述两个委员会的副主席分别为安娜·莫利纳(厄瓜多尔)和格蕾丝·万加里(肯尼亚)。"
                   "参加会议的缔约国如下(2 个)：奥地利和智利。在第 9 次全体会议上，会议协商一致通过了本报告。") + FOOT
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/阿里.汗", "Chair", "state/PAK"), ("person/扬.维瑟", "Chair", "state/NLD"),
        ("person/安娜.莫利纳", "ViceChair", "state/ECU"), ("person/格蕾丝.万加里", "ViceChair", "state/KEN")}
    _, nationality = _facts(text, "nationality")
    assert all("分别" not in n["subject"] for n in nationality)
    _, attendance = _facts(text, "attendance")
    assert {a["participant"] for a in attendance} == {"state/AUT", "state/CHL"}
    _, adopted = _facts(text, "adoption")
    assert {(a["item"], a.get("procedure")) for a in adopted} == {("document/TPNW/MSP/2025/6", "Consensus")}


def test_a_president_named_by_a_pronoun_and_a_committee_besides_its_officers():
    text = TPNW + ("1. 会议由候任主席卡琳·贝格(挪威)宣布开幕。在同一次会议上，会议以鼓掌方式选举她为会议主席。\n\n"
                   "2. 全权证书委员会除主席和副主席外，还由下列 2 个缔约国的代表组成：古巴和加纳。\n\n"
                   "3. 会议听取了安娜·索托(智利)和若泽·林斯(巴西)的发言。会议选举他为副主席。") + FOOT
    ctx, offices = _facts(text, "office")
    assert {(o["holder"], o["role"], o.get("onBehalfOf")) for o in offices} == {
        ("person/卡琳.贝格", "President", "state/NOR"),
        ("state/CUB", "CredentialsCommitteeMember", None), ("state/GHA", "CredentialsCommitteeMember", None)}
    # 「他」 after two persons: not told apart, so nothing.
    assert any(w.code == "office-holder" and "他/她" in w.message for w in ctx.warnings)


def test_plenaries_of_a_one_day_meeting_held_that_day():
    text = TPNW.replace("第三次会议报告", "第三次会议报告") + (
        "1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日在纽约举行。会议当天举行了第 1 次和第 2 次全体会议。") + FOOT
    ctx, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates} == {
        ("meeting/tpnw-msp-3/plenary/1", "2025-03-03"), ("meeting/tpnw-msp-3/plenary/2", "2025-03-03")}
    longer = text.replace("于 2025 年 3 月 3 日在纽约举行", "于 2025 年 3 月 3 日至 7 日在纽约举行")
    _, dates = _facts(longer, "date")
    assert dates == []  # 「当天」 of a meeting of several days says no day
