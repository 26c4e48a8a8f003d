"""A twelfth round of phrase families, from the first contact with the
fourteenth held-out set (the Minamata Convention's seventh COP and the 39th
Meeting of States Parties to UNCLOS): readings that gave a wrong fact there,
written again in other words. Each text is CONSTRUCTED for its test in the
style of UN Chinese reports (written by hand; not UN documents), with the
facts expected written by hand."""

from __future__ import annotations

import pytest

from constructed_text import FOOT, TPNW
from constructed_text import facts as _facts


def _kinds(text: str, kind: str) -> list[dict]:
    return _facts(TPNW + "1. " + text + FOOT, kind)[1]


@pytest.mark.parametrize("numbers", ["第 MC-7/1 至 MC-7/6 号决定和第 MC-7/8 号决定", "第 MC-7/1、MC-7/2 和 MC-7/3 号决定",
                                     "第 MC-7/1 号决定"])
def test_decision_numbers_written_like_symbols_are_no_documents(numbers):
    # CONSTRUCTED, NEGATIVE. 「第 MC-7/1 至 MC-7/6 号决定」: the decisions' numbers.
    found = {r["value"] for r in _kinds(f"会议以协商一致方式通过了{numbers}。", "references")}
    assert not {v for v in found if "MC-7/" in v}


def test_a_symbol_that_is_no_decision_number_is_still_a_reference():
    # CONSTRUCTED, the positive control.
    assert {r["value"] for r in _kinds("会议回顾了 MC-6/1 号文件。", "references")} == {"document/MC-6/1"}


@pytest.mark.parametrize("kind", ["非政府组织", "政府间组织", "其他国际组织"])
def test_a_kind_of_organization_is_no_organization(kind):
    # CONSTRUCTED, NEGATIVE. 「非政府组织的代表也以观察员身份出席了会议」: no one named.
    found = _kinds(f"经济合作与发展组织作为政府间组织以观察员身份与会。{kind}的代表也以观察员身份出席了会议。", "attendance")
    assert {a["participant"] for a in found} == {"organization/oecd"}


def test_who_a_new_officer_replaces_is_no_part_of_the_name():
    # CONSTRUCTED. 「摩尔多瓦共和国指定伊奥娜·鲁苏女士接替切班先生担任副主席」.
    found = _kinds("摩尔多瓦共和国指定伊奥娜·鲁苏女士接替切班先生担任副主席，完成其剩余任期。", "office")
    assert {(o["holder"], o["role"]) for o in found} == {("person/伊奥娜.鲁苏", "VicePresident")}


def test_a_name_with_an_enumeration_comma_opens_a_list_item():
    # CONSTRUCTED. 「联合国教育、科学及文化组织政府间海洋学委员会」: UNESCO's name has 「、」;
    # the commission is one item, not 「联合国教育」 and 「科学及文化组织…」.
    found = _kinds("国际海底管理局、联合国教育、科学及文化组织政府间海洋学委员会和国际海道测量组织以观察员身份出席了会议。",
                   "attendance")
    participants = {a["participant"] for a in found}
    assert "organization/zh-联合国教育" not in participants
    assert not any(p.startswith("organization/zh-科学及文化组织") for p in participants)
    assert any("政府间海洋学委员会" in p for p in participants)


def test_a_committee_that_met_and_elected_its_chair_in_the_same_sentence():
    # CONSTRUCTED. 「全权证书委员会于 6 月 12 日举行会议，选举X为主席」: the committee's chair,
    # not the meeting's President.
    found = _kinds("全权证书委员会于 3 月 4 日举行会议，选举牙买加的肖娜-凯·威廉姆斯女士为主席。", "office")
    assert {(o["role"], o.get("body")) for o in found} == {("Chair", "全权证书委员会")}
    assert _kinds("全权证书委员会于 3 月 4 日举行会议，选举牙买加的肖娜-凯·威廉姆斯女士为主席。", "chaired") == []


# ----- parties listed in an annex, counted among other counts, the EU among them ------

_MINAMATA = ("  《关于汞的水俣公约》缔约方大会第七次会议的报告 \n\n"
             "1. 共有 6 个《公约》缔约方、2 个非缔约国以及 4 个非政府组织的代表出席了会议。出席会议的缔约方名单载于本报告附件二。"
             "\n\n UNEP/MC/COP.7/26 \n\n \n\n2 K2719876 \n\n 附件二 \n\n  出席会议的缔约方 \n\n"
             "阿根廷 亚美尼亚 澳大利亚 \n\n奥地利 欧洲联盟 贝宁 \n\n4 K2719876 \n")


def test_parties_counted_among_other_counts_and_the_eu_as_a_party(tmp_path):
    # CONSTRUCTED. 「共有 6 个《公约》缔约方、2 个非缔约国…的代表出席了会议。出席会议的缔约方名单载于
    # 本报告附件二」: the count before the list's sentence; the European Union is a party
    # of a treaty open to regional economic integration organizations; the folio and
    # job number 「4 K2719876」 are page furniture. The report builds.
    from builder.pipeline import build_one

    ctx, found = _facts(_MINAMATA, "attendance")
    assert {(a["participant"], a["role"]) for a in found} == {
        *((f"state/{c}", "StateParty") for c in ("ARG", "ARM", "AUS", "AUT", "BEN")), ("organization/eu", "StateParty")}
    path = tmp_path / "r.zh.txt"
    path.write_text(_MINAMATA, encoding="utf-8")
    assert build_one(path).entry["status"] == "ok"


def test_the_eu_in_an_annex_of_a_treaty_open_to_states_only_spoils_the_list():
    # CONSTRUCTED, NEGATIVE. The TPNW is open to States only: 「欧洲联盟」 among its
    # parties is no reading, and the list gives nothing.
    text = (TPNW + "1. 出席会议的《条约》缔约国名单载于本报告附件一。共有 4 个缔约国派代表出席了会议。" + FOOT
            + "\n 附件一 \n\n  出席会议的缔约国 \n\n奥地利 欧洲联盟 \n\n智利 墨西哥 \n")
    assert _facts(text, "attendance")[1] == []


@pytest.mark.parametrize("line", ["4 K2719876", "K2719876 5", "K2719876 101227", "*K2719876*"])
def test_the_nairobi_job_number_and_folio_are_page_furniture(line):
    # CONSTRUCTED. UNEP's layout: 「4 K2719876」 at a page's foot is not text.
    from builder.normalize import normalize

    assert "K2719876" not in normalize(f"1. 第一段。\n\n{line}\n\n2. 第二段。\n").text


# ----- decisions numbered with the convention's letters: 「第 MC-7/1 号决定」 -------------

_MC = ("  《关于汞的水俣公约》缔约方大会第七次会议的报告 \n\n1. 缔约方大会第七次会议于 2027 年 11 月 15 日至 19 日在日内瓦举行。"
       "\n\n2. {text}\n\n UNEP/MC/COP.7/26 \n\n \n\n2 K2719876 \n{annex}")


def _mc_adopted(text: str) -> set[str]:
    _, found = _facts(_MC.format(text=text, annex=""), "adoption")
    return {a["item"] for a in found}


def test_decisions_numbered_with_letters_in_a_range_and_one_more():
    # CONSTRUCTED. 「通过了第 MC-7/1 至 MC-7/3 号决定和第 MC-7/5 号决定」.
    text = "在第 6 次全体会议上，缔约方大会以协商一致方式通过了第 MC-7/1 至 MC-7/3 号决定和第 MC-7/5 号决定。"
    assert _mc_adopted(text) == {f"meeting/minamata-cop-7/decision/{n}" for n in (1, 2, 3, 5)}


@pytest.mark.parametrize("numbers", ["第 MC-6/1 号决定", "第 MC-7/1 和 BC-7/2 号决定", "第 MC-7/1 号决定的修正案"])
def test_another_sessions_or_bodys_numbers_or_an_amendment_are_not_adopted_decisions(numbers):
    # CONSTRUCTED, NEGATIVE. The sixth session's decision; two numberings at once; an
    # amendment to a decision.
    assert _mc_adopted(f"在第 6 次全体会议上，缔约方大会以协商一致方式通过了{numbers}。") == set()


def test_decision_titles_in_quotation_marks_under_the_annex_of_the_meetings_decisions():
    # CONSTRUCTED. Annex I 「缔约方大会第七次会议通过的决定」, then 「第 MC-7/1 号决定 “title”」
    # lines; the meeting named in full in the heading is no other body.
    annex = ("\n 附件一 \n\n  缔约方大会第七次会议通过的决定 \n\n 第 MC-7/1 号决定 “手工和小规模采金国家行动计划的审查” \n\n"
             " 第 MC-7/2 号决定 “汞的排放” \n")
    _, titles = _facts(_MC.format(text="缔约方大会通过了决定。", annex=annex), "title")
    assert {(t["subject"], t["value"]) for t in titles if "/decision/" in t["subject"]} == {
        ("meeting/minamata-cop-7/decision/1", "手工和小规模采金国家行动计划的审查"),
        ("meeting/minamata-cop-7/decision/2", "汞的排放")}


@pytest.mark.parametrize("heading", ["联合国大会通过的决定", "缔约方大会第六次会议通过的决定"])
def test_decision_titles_under_another_bodys_or_meetings_heading_are_not_the_meetings(heading):
    # CONSTRUCTED, NEGATIVE.
    annex = f"\n 附件一 \n\n  {heading} \n\n 第 MC-7/1 号决定 “手工和小规模采金国家行动计划的审查” \n"
    _, titles = _facts(_MC.format(text="缔约方大会通过了决定。", annex=annex), "title")
    assert not [t for t in titles if "/decision/" in t["subject"]]


_HELD = ("   禁止核武器条约缔约国第三次会议报告 \n\n1. 禁止核武器条约缔约国第三次会议于 2025 年 3 月 3 日至 7 日在纽约举行，"
         "其间共举行了 6 次全体会议。\n\n2. ")


def test_a_plenary_held_in_the_evening_of_a_day():
    # CONSTRUCTED. 「在 3 月 7 日晚举行的第 6 次(闭幕)全体会议上」: 晚 alone is a part of the day.
    text = _HELD + "在 3 月 7 日晚举行的第 6 次(闭幕)全体会议上，会议通过了报告。" + FOOT
    _, dates = _facts(text, "date")
    assert {(d["subject"], d["value"]) for d in dates if "/plenary/" in d["subject"]} == {
        ("meeting/tpnw-msp-3/plenary/6", "2025-03-07")}


def test_an_evening_reception_dates_no_plenary():
    # CONSTRUCTED, NEGATIVE. 「3 月 7 日晚会」 is no part of a day before a sitting.
    text = _HELD + "在 3 月 7 日晚会上，主席致辞。在第 6 次全体会议上，会议通过了报告。" + FOOT
    _, dates = _facts(text, "date")
    assert not [d for d in dates if "/plenary/" in d["subject"]]


# ----- a review of this round's rules: sentences that broke them, now negative tests ------


@pytest.mark.parametrize("text, role", [
    ("工作组于 3 月 4 日向会议提交了报告，会议随后选举墨西哥的胡安·佩雷斯先生为副主席。", "VicePresident"),
    ("根据筹备委员会在其第三届会议上作出的决定，会议以鼓掌方式选举墨西哥的胡安·佩雷斯先生为主席。", "President")])
def test_a_body_opening_the_sentence_does_not_take_the_meetings_election(text, role):
    # CONSTRUCTED. The electing clause has its own subject, the meeting: its office.
    assert {(o["role"], o.get("body")) for o in _kinds(text, "office")} == {(role, None)}


def test_another_conventions_lettered_decisions_are_not_the_meetings():
    # CONSTRUCTED, NEGATIVE. The letters must be the report's own (its symbol's): BC is
    # the Basel Convention's, not the Minamata COP's.
    assert _mc_adopted("巴塞尔公约缔约方大会已在其第七次会议上通过了第 BC-7/1 号决定。") == set()
    text = "在第 6 次全体会议上，缔约方大会以协商一致方式通过了第 MC-7/1 号决定和第 BC-7/2 号决定。"
    assert _mc_adopted(text) == {"meeting/minamata-cop-7/decision/1"}


def test_another_assemblys_decisions_under_an_annex_heading():
    # CONSTRUCTED, NEGATIVE. 「联合国环境大会通过的决定」.
    annex = "\n 附件一 \n\n  联合国环境大会通过的决定 \n\n 第 7/1 号决定 “化学品和废物的无害环境管理” \n"
    _, titles = _facts(_MC.format(text="缔约方大会通过了决定。", annex=annex), "title")
    assert not [t for t in titles if "/decision/" in t["subject"]]


def test_a_name_with_an_enumeration_comma_then_another_organization():
    # CONSTRUCTED. 「联合国教育、科学及文化组织统计研究所和国际原子能机构」: two items.
    found = _kinds("联合国教育、科学及文化组织统计研究所和国际原子能机构以观察员身份出席了会议。", "attendance")
    assert {a["participant"] for a in found} == {"organization/zh-联合国教育%E3%80%81科学及文化组织统计研究所",
                                                 "organization/iaea"}


def test_the_european_commission_is_no_party():
    # CONSTRUCTED, NEGATIVE. In an annex of parties, 「欧盟委员会」 spoils the list.
    text = _MINAMATA.replace("欧洲联盟", "欧盟委员会")
    assert _facts(text, "attendance")[1] == []


@pytest.mark.parametrize("words", ["不晚于 3 月 7 日举行的", "晚于 3 月 6 日举行的", "3 月 7 日晚于原定时间举行的"])
def test_later_than_a_day_is_no_day(words):
    # CONSTRUCTED, NEGATIVE.
    _, dates = _facts(_HELD + f"在{words}第 6 次全体会议上，会议通过了报告。" + FOOT, "date")
    assert not [d for d in dates if "/plenary/" in d["subject"]]


@pytest.mark.parametrize("kind", ["国际非政府组织", "相关非政府组织", "许多非政府组织", "联合国系统各组织", "联合国各机构", "各专门机构"])
def test_more_kinds_of_organization_are_no_organization(kind):
    # CONSTRUCTED, NEGATIVE.
    found = _kinds(f"经济合作与发展组织作为政府间组织以观察员身份与会。{kind}的代表也以观察员身份出席了会议。", "attendance")
    assert {a["participant"] for a in found} == {"organization/oecd"}


@pytest.mark.parametrize("numbers", ["第 MC-7/1 号和第 MC-7/2 号决定", "第 MC-7/3 号至第 MC-7/5 号决定", "第 MC-7/1—MC-7/3 号决定",
                                     "MC-7/7 号决定"])
def test_decision_numbers_in_more_shapes_are_no_documents(numbers):
    # CONSTRUCTED, NEGATIVE: neither references nor documents considered.
    for verb in ("会议回顾了", "会议注意到"):
        found = _kinds(f"{verb}{numbers}。", "references") + _kinds(f"{verb}{numbers}。", "considered")
        assert not [f for f in found if "MC-7/" in f["value"]]


def test_a_decisions_document_symbol_is_still_a_reference():
    # CONSTRUCTED, the positive control: 「RC-6/DEC.1」 is a document's symbol.
    assert {r["value"] for r in _kinds("会议回顾了第 RC-6/DEC.1 号决定。", "references")} == {"document/RC-6/DEC.1"}


def test_a_documents_table_with_an_agenda_item_column():
    # CONSTRUCTED. 「文号 议程项目 标题」: the item number is no part of the title, and a
    # title wrapped onto the next line is joined; a row without its item is not read by cells.
    table = ("\n 附件 \n\n  缔约方大会第七次会议文件一览表 \n\n 文号 议程项目 标题 \n\n"
             "UNEP/MC/COP.7/1 2 临时议程 \n\nUNEP/MC/COP.7/7 3 手工和小规模采金：国家行动计划的审 \n\n查 \n\n"
             "UNEP/MC/COP.7/9 汞废物阈值 \n")
    _, titles = _facts(_MC.format(text="缔约方大会通过了议程。", annex=table), "title")
    assert {(t["subject"], t["value"]) for t in titles if t["subject"].startswith("document/")} == {
        ("document/UNEP/MC/COP.7/1", "临时议程"), ("document/UNEP/MC/COP.7/7", "手工和小规模采金：国家行动计划的审查")}
