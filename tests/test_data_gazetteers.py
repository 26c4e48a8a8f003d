"""Checks of the gazetteers of organizations, meeting series and treaties.

The files are read with the csv module only (not with builder.gazetteer), so a
bad file fails here with a readable message before any build uses it. Names
are compared in the same form the builder looks them up in: NFKC, no
whitespace, no title marks or quotes, case-folded (see `_form`).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "builder" / "data"
ORGS_TSV = DATA / "organizations.tsv"
SERIES_TSV = DATA / "meeting_series.tsv"
TREATIES_TSV = DATA / "treaties.tsv"
SOURCES_MD = DATA / "organizations.SOURCES.md"

ORG_COLUMNS = ["key", "type", "acronym", "en_name", "zh_name", "zh_aliases", "en_aliases", "wikidata"]
SERIES_COLUMNS = ["key", "zh_pattern", "en_name", "zh_name", "symbol_prefix", "numbering", "treaty", "host_series",
                  "decision_prefix", "texts"]
TREATY_COLUMNS = ["key", "en_name", "zh_name", "zh_aliases", "en_aliases", "wikidata", "symbol", "rio_parties"]

ORG_TYPES = {"UNEntity", "IGO", "NGO", "GroupOfStates", "RedCrossMovement", "Academic",
             "SubnationalGovernment", "Other"}
NUMBERINGS = {"ordinal", "year", "session"}

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
QID = re.compile(r"^Q[1-9]\d*$")
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{([a-z]+)\}")
# What a placeholder of a Chinese pattern stands for in the text.
ZH_PLACEHOLDERS = {
    "ordinal": r"第[0-9〇零一二三四五六七八九十百千两]+[次届]",
    "year": r"[0-9]{4}",
}
SYMBOL_PLACEHOLDERS = {"n", "roman", "year"}


def _read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def _split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def _form(name: str) -> str:
    """The lookup form of a name (the same normalisation as builder.gazetteer.lookup_form)."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"[\s《》〈〉「」“”\"]", "", text)
    return text.casefold()


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


ORG_HEADER, ORGS = _read(ORGS_TSV)
SERIES_HEADER, SERIES = _read(SERIES_TSV)
TREATY_HEADER, TREATIES = _read(TREATIES_TSV)
ORG_BY_KEY = {row["key"]: row for row in ORGS}
TREATY_BY_KEY = {row["key"]: row for row in TREATIES}


def _zh_names(row: dict[str, str]) -> list[str]:
    return [row["zh_name"], *_split(row["zh_aliases"])]


def _en_names(row: dict[str, str]) -> list[str]:
    return [row["en_name"], *_split(row["en_aliases"])]


def _index(rows: list[dict[str, str]], names) -> dict[str, set[str]]:
    claimed: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name in names(row):
            claimed[_form(name)].add(row["key"])
    return claimed


ORG_ZH = _index(ORGS, _zh_names)
TREATY_ZH = _index(TREATIES, _zh_names)


def _org(name: str) -> str | None:
    keys = ORG_ZH.get(_form(name), set())
    assert len(keys) <= 1, (name, keys)
    return next(iter(keys), None)


def _treaty(name: str) -> str | None:
    keys = TREATY_ZH.get(_form(name), set())
    assert len(keys) <= 1, (name, keys)
    return next(iter(keys), None)


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[a-z]+\})", pattern)
    return re.compile("".join(
        ZH_PLACEHOLDERS[part[1:-1]] if PLACEHOLDER.fullmatch(part) else re.escape(part) for part in parts
    ))


def _series_for_title(title: str) -> set[str]:
    """The series whose patterns match the whole of a Chinese meeting title."""
    form = _form(title)
    return {row["key"] for row in SERIES for p in _split(row["zh_pattern"]) if _pattern_regex(p).fullmatch(form)}


def _expand(template: str, **values: object) -> str:
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template)


# --------------------------------------------------------------------------- all three files

@pytest.mark.parametrize("path, header, columns", [
    (ORGS_TSV, ORG_HEADER, ORG_COLUMNS),
    (SERIES_TSV, SERIES_HEADER, SERIES_COLUMNS),
    (TREATIES_TSV, TREATY_HEADER, TREATY_COLUMNS),
], ids=["organizations", "meeting_series", "treaties"])
def test_header_and_cells(path, header, columns):
    assert header == columns, path.name
    rows = _read(path)[1]
    assert rows, path.name
    for row in rows:
        assert None not in row and all(v is not None for v in row.values()), (path.name, row)
        for column, cell in row.items():
            assert cell == cell.strip(), (path.name, row["key"], column)
            assert "\t" not in cell and '"' not in cell, (path.name, row["key"], column)
            assert "" not in _split(cell) or column not in ("zh_aliases", "en_aliases", "zh_pattern"), \
                (path.name, row["key"], column)
            assert unicodedata.normalize("NFKC", cell) == cell, (path.name, row["key"], column, cell)


@pytest.mark.parametrize("rows", [ORGS, SERIES, TREATIES], ids=["organizations", "meeting_series", "treaties"])
def test_keys_are_unique_slugs(rows):
    keys = [row["key"] for row in rows]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    for key in keys:
        assert SLUG.match(key), key


def test_wikidata_format_and_unique():
    seen: dict[str, str] = {}
    for row in ORGS + TREATIES:
        qid = row["wikidata"]
        if not qid:
            continue
        assert QID.match(qid), (row["key"], qid)
        assert qid not in seen, (qid, seen.get(qid), row["key"])
        seen[qid] = row["key"]


# --------------------------------------------------------------------------- organizations

def test_org_key_is_slug_of_acronym_or_name():
    for row in ORGS:
        source = row["acronym"] or row["en_name"]
        assert row["key"] == _slug(source), (row["key"], source)


def test_org_types():
    for row in ORGS:
        assert row["type"] in ORG_TYPES, (row["key"], row["type"])
    types = {row["type"] for row in ORGS}
    assert types == ORG_TYPES


def test_org_row_count():
    assert len(ORGS) >= 150


def test_org_names_present_and_chinese():
    for row in ORGS:
        assert row["en_name"] and row["zh_name"], row["key"]
        for name in _zh_names(row):
            assert CJK.search(name), (row["key"], name)
        for name in _en_names(row):
            assert not CJK.search(name), (row["key"], name)


def test_org_no_chinese_name_or_alias_shared():
    shared = {form: keys for form, keys in ORG_ZH.items() if len(keys) > 1}
    assert not shared, shared


def test_org_no_english_name_or_alias_shared():
    shared = {form: keys for form, keys in _index(ORGS, _en_names).items() if len(keys) > 1}
    assert not shared, shared


def test_org_no_alias_repeats_own_name():
    for row in ORGS:
        zh = [_form(n) for n in _zh_names(row)]
        en = [_form(n) for n in _en_names(row)]
        assert len(zh) == len(set(zh)), row["key"]
        assert len(en) == len(set(en)), row["key"]


def test_org_acronyms_unique():
    acronyms = [row["acronym"].casefold() for row in ORGS if row["acronym"]]
    assert len(acronyms) == len(set(acronyms)), sorted(a for a in acronyms if acronyms.count(a) > 1)


@pytest.mark.parametrize("name, key", [
    ("红十字国际委员会", "icrc"),
    ("国际原子能机构", "iaea"),
    ("原子能机构", "iaea"),
    ("联合国裁军研究所", "unidir"),
    ("拉丁美洲和加勒比禁止核武器组织", "opanal"),
    ("国际废除核武器运动", "ican"),
    ("联合国", "un"),
    ("大会", "unga"),
    ("安全理事会", "unsc"),
    ("安理会", "unsc"),
    ("经济及社会理事会", "ecosoc"),
    ("国际法院", "icj"),
    ("秘书处", "united-nations-secretariat"),
    ("托管理事会", "trusteeship-council"),
    ("裁军事务厅", "unoda"),
    ("法律事务厅", "ola"),
    ("人权高专办", "ohchr"),
    ("开发署", "undp"),
    ("环境署", "unep"),
    ("儿基会", "unicef"),
    ("难民署", "unhcr"),
    ("粮食署", "wfp"),
    ("人口基金", "unfpa"),
    ("妇女署", "un-women"),
    ("联合国训练研究所", "unitar"),
    ("联合国大学", "unu"),
    ("世卫组织", "who"),
    ("教科文组织", "unesco"),
    ("粮农组织", "fao"),
    ("劳工组织", "ilo"),
    ("国际电联", "itu"),
    ("万国邮联", "upu"),
    ("气象组织", "wmo"),
    ("海事组织", "imo"),
    ("民航组织", "icao"),
    ("知识产权组织", "wipo"),
    ("农发基金", "ifad"),
    ("工发组织", "unido"),
    ("世旅组织", "unwto"),
    ("世界银行", "world-bank"),
    ("国际货币基金组织", "imf"),
    ("禁止化学武器组织", "opcw"),
    ("全面禁止核试验条约组织筹备委员会", "ctbto-prepcom"),
    ("全面禁止核试验条约组织筹备委员会临时技术秘书处", "ctbto-pts"),
    ("国际刑事法院", "icc"),
    ("国际移民组织", "iom"),
    ("世贸组织", "wto"),
    ("红十字委员会", "icrc"),
    ("红十字会与红新月会国际联合会", "ifrc"),
    ("国际红十字与红新月运动", "international-red-cross-and-red-crescent-movement"),
    ("欧洲联盟", "eu"),
    ("非洲联盟", "au"),
    ("东南亚国家联盟", "asean"),
    ("阿拉伯国家联盟", "las"),
    ("美洲国家组织", "oas"),
    ("伊斯兰合作组织", "oic"),
    ("欧洲安全与合作组织", "osce"),
    ("北大西洋公约组织", "nato"),
    ("太平洋岛屿论坛", "pif"),
    ("加勒比共同体", "caricom"),
    ("英联邦", "commonwealth"),
    ("法语国家国际组织", "oif"),
    ("独立国家联合体", "cis"),
    ("集体安全条约组织", "csto"),
    ("上海合作组织", "sco"),
    ("海湾阿拉伯国家合作委员会", "gcc"),
    ("非洲核能委员会", "afcone"),
    ("不结盟运动", "nam"),
    ("77国集团", "g77"),
    ("不扩散与裁军倡议", "npdi"),
    ("新议程联盟", "nac"),
    ("非洲国家集团", "african-group"),
    ("亚洲-太平洋国家集团", "asia-pacific-group"),
    ("东欧国家集团", "eastern-european-group"),
    ("拉丁美洲和加勒比国家集团", "grulac"),
    ("西欧和其他国家集团", "weog"),
    ("二十国集团", "g20"),
    ("七国集团", "g7"),
    ("维也纳十国集团", "vienna-group-of-ten"),
    ("最不发达国家", "ldcs"),
    ("小岛屿发展中国家", "sids"),
    ("阿拉伯集团", "arab-group"),
    ("国际防止核战争医生组织", "ippnw"),
    ("国际和平局", "ipb"),
    ("和平市长会议", "mayors-for-peace"),
    ("国际妇女争取和平与自由联盟", "wilpf"),
    ("第三十六条组织", "article-36"),
    ("核威胁倡议", "nti"),
    ("斯德哥尔摩国际和平研究所", "sipri"),
    ("军备控制协会", "aca"),
    ("国际律师反对核武器协会", "ialana"),
    ("国际创价学会", "sgi"),
    ("帕格沃什科学和世界事务会议", "pugwash-conferences-on-science-and-world-affairs"),
])
def test_org_spot_checks(name, key):
    assert _org(name) == key


@pytest.mark.parametrize("key, qid", [
    ("un", "Q1065"),
    ("icrc", "Q5987345"),
    ("iaea", "Q41984"),
    ("international-red-cross-and-red-crescent-movement", "Q7178"),
    ("unga", "Q47423"),
    ("unsc", "Q37470"),
    ("eu", "Q458"),
])
def test_org_wikidata_spot_checks(key, qid):
    assert ORG_BY_KEY[key]["wikidata"] == qid


def test_org_acronym_spot_checks():
    assert ORG_BY_KEY["icrc"]["acronym"] == "ICRC"
    assert ORG_BY_KEY["unidir"]["en_name"] == "United Nations Institute for Disarmament Research"
    assert ORG_BY_KEY["opanal"]["type"] == "IGO"
    assert ORG_BY_KEY["ican"]["type"] == "NGO"
    assert ORG_BY_KEY["icrc"]["type"] == "RedCrossMovement"
    assert ORG_BY_KEY["nam"]["type"] == "GroupOfStates"


# Every organization the sample report (corpus/TPNW_MSP_2023_14.zh.txt) names, as written there.
CORPUS_ORGS = {
    "联合国": "un",
    "联合国裁军研究所": "unidir",
    "联合国训练研究所": "unitar",
    "国际原子能机构": "iaea",
    "全面禁止核试验条约组织筹备委员会临时技术秘书处": "ctbto-pts",
    "红十字国际委员会": "icrc",
    "红十字会与红新月会国际联合会": "ifrc",
    "拉丁美洲和加勒比禁止核武器组织": "opanal",
    "国际废除核武器运动": "ican",
    "国际红十字与红新月运动": "international-red-cross-and-red-crescent-movement",
    "裁军事务厅": "unoda",
    "核威胁倡议": "nti",
    "日本原子弹和氢弹受害者组织联合会": "nihon-hidankyo",
    "约克大学": "university-of-york",
    "广岛县": "hiroshima-prefecture",
    "大会": "unga",
}


@pytest.mark.parametrize("name, key", sorted(CORPUS_ORGS.items()))
def test_org_names_of_the_sample_report(name, key):
    assert _org(name) == key


# --------------------------------------------------------------------------- meeting series

def test_series_fields():
    for row in SERIES:
        assert row["en_name"] and row["zh_name"] and row["zh_pattern"] and row["symbol_prefix"], row["key"]
        assert row["numbering"] in NUMBERINGS, (row["key"], row["numbering"])
        assert row["texts"] in {"", "resolutions"}, (row["key"], row["texts"])


def test_series_treaty_keys_exist():
    for row in SERIES:
        if row["treaty"]:
            assert row["treaty"] in TREATY_BY_KEY, (row["key"], row["treaty"])


def test_series_pattern_placeholders_match_numbering():
    for row in SERIES:
        for pattern in _split(row["zh_pattern"]):
            used = PLACEHOLDER.findall(pattern)
            assert set(used) <= set(ZH_PLACEHOLDERS), (row["key"], pattern)
            assert len(used) == len(set(used)), (row["key"], pattern)
            needed = "year" if row["numbering"] == "year" else "ordinal"
            assert needed in used, (row["key"], pattern)
            assert CJK.search(pattern), (row["key"], pattern)
            assert _form(pattern) == pattern, (row["key"], pattern)


def test_series_symbol_prefix_placeholders():
    for row in SERIES:
        used = set(PLACEHOLDER.findall(row["symbol_prefix"]))
        assert used <= SYMBOL_PLACEHOLDERS, (row["key"], row["symbol_prefix"])
        assert "|" not in row["symbol_prefix"] and " " not in row["symbol_prefix"], row["key"]


def test_series_patterns_and_names_unique():
    patterns: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in SERIES:
        for pattern in _split(row["zh_pattern"]):
            assert pattern not in patterns, (pattern, patterns.get(pattern), row["key"])
            patterns[pattern] = row["key"]
        assert row["zh_name"] not in names, (row["zh_name"], names.get(row["zh_name"]), row["key"])
        names[row["zh_name"]] = row["key"]


def test_series_required():
    keys = {row["key"] for row in SERIES}
    required = {
        "tpnw-msp", "tpnw-revcon", "npt-revcon", "npt-prepcom", "ctbt-art14", "bwc-msp", "bwc-revcon",
        "ccw-mhcp", "ccw-revcon", "apmbc-msp", "apmbc-revcon", "ccm-msp", "ccm-revcon", "att-csp",
        "cwc-csp", "unfccc-cop", "cbd-cop", "hrc-session", "ga-session", "cd-session", "undc-session",
        "ecosoc-session",
    }
    assert required <= keys, sorted(required - keys)


def test_series_tpnw_msp():
    row = next(r for r in SERIES if r["key"] == "tpnw-msp")
    assert row["zh_name"] == "禁止核武器条约缔约国会议"
    assert "禁止核武器条约缔约国{ordinal}会议" in _split(row["zh_pattern"])
    assert row["symbol_prefix"] == "TPNW/MSP"
    assert row["numbering"] == "ordinal"
    assert row["treaty"] == "tpnw"


@pytest.mark.parametrize("title, key", [
    ("禁止核武器条约缔约国第二次会议", "tpnw-msp"),
    ("禁止核武器条约缔约国第一次会议", "tpnw-msp"),
    ("《禁止核武器条约》缔约国第三次会议", "tpnw-msp"),
    ("不扩散核武器条约缔约国2020年审议大会", "npt-revcon"),
    ("不扩散核武器条约缔约国2026年审议大会筹备委员会第一届会议", "npt-prepcom"),
    ("《集束弹药公约》缔约国第十一次会议", "ccm-msp"),
    ("《武器贸易条约》缔约国第九次会议", "att-csp"),
    ("禁止杀伤人员地雷公约缔约国第二十一次会议", "apmbc-msp"),
    ("《生物武器公约》缔约国第九次审议大会", "bwc-revcon"),
    ("禁止化学武器公约缔约国大会第二十八届会议", "cwc-csp"),
    ("《联合国气候变化框架公约》缔约方会议第二十八届会议", "unfccc-cop"),
    ("《生物多样性公约》缔约方大会第十五届会议", "cbd-cop"),
    ("人权理事会第五十五届会议", "hrc-session"),
    ("大会第七十八届会议", "ga-session"),
    ("安全理事会第9000次会议", "sc-meeting"),
    ("裁军谈判会议2024年届会", "cd-session"),
    ("裁军审议委员会2024年实质性会议", "undc-session"),
    ("经济及社会理事会2024年届会", "ecosoc-session"),
    ("《联合国反腐败公约》缔约国会议第十届会议", "cac-cosp"),
    ("联合国打击跨国有组织犯罪公约缔约方会议第十二届会议", "ctoc-cop"),
    ("控制危险废物越境转移及其处置巴塞尔公约缔约方会议第十六次会议", "basel-cop"),
    ("《鹿特丹公约》缔约方大会第十一次会议", "rotterdam-cop"),
    ("关于持久性有机污染物的斯德哥尔摩公约缔约方大会第十一次会议", "stockholm-cop"),
    ("保护臭氧层维也纳公约缔约方大会第十三次会议", "vienna-ozone-cop"),
    ("作为《卡塔赫纳生物安全议定书》缔约方会议的公约缔约方大会第十一次会议", "cartagena-mop"),
    ("作为《名古屋议定书》缔约方会议的生物多样性公约缔约方大会第五次会议", "nagoya-mop"),
    ("保护野生动物迁徙物种公约缔约方大会第十四届会议", "cms-cop"),
    ("国际海底管理局大会第二十九届会议", "isa-assembly"),
    ("麻醉药品委员会第六十七届会议", "cnd-session"),
    ("预防犯罪和刑事司法委员会第三十三届会议", "ccpcj-session"),
    ("社会发展委员会第六十二届会议", "csocd-session"),
    ("人口与发展委员会第五十七届会议", "cpd-session"),
    ("统计委员会第五十五届会议", "statcom-session"),
    ("科学和技术促进发展委员会第二十七届会议", "cstd-session"),
    ("联合国森林论坛第十九届会议", "unff-session"),
])
def test_series_patterns_match_titles(title, key):
    assert _series_for_title(title) == {key}


@pytest.mark.parametrize("key, values, symbol", [
    ("tpnw-msp", {}, "TPNW/MSP/2023/14"),
    ("npt-revcon", {"year": 2020}, "NPT/CONF.2020/66"),
    ("npt-prepcom", {"year": 2026, "roman": "I"}, "NPT/CONF.2026/PC.I/14"),
    ("cwc-csp", {"n": 28}, "C-28/DEC.1"),
    ("att-csp", {"n": 9}, "ATT/CSP9/2023/SEC/768"),
    ("apmbc-msp", {"n": 21}, "APLC/MSP.21/2023/13"),
    ("bwc-revcon", {"roman": "IX"}, "BWC/CONF.IX/9"),
    ("ga-session", {"n": 78}, "A/78/1"),
    ("hrc-session", {"n": 55}, "A/HRC/55/1"),
    ("unfccc-cop", {}, "FCCC/CP/2023/11"),
    ("cd-session", {}, "CD/2350"),
    ("cac-cosp", {}, "CAC/COSP/10/1"),
    ("ctoc-cop", {}, "CTOC/COP/2024/1"),
    ("basel-cop", {"n": 16}, "UNEP/CHW.16/1"),
    ("rotterdam-cop", {"n": 11}, "UNEP/FAO/RC/COP.11/1"),
    ("stockholm-cop", {"n": 11}, "UNEP/POPS/COP.11/1"),
    ("vienna-ozone-cop", {"n": 13}, "UNEP/OzL.Conv.13/1"),
    ("cartagena-mop", {}, "CBD/CP/MOP/11/1"),
    ("nagoya-mop", {}, "CBD/NP/MOP/5/1"),
    ("cms-cop", {"n": 14}, "UNEP/CMS/COP14/1"),
    ("isa-assembly", {"n": 29}, "ISBA/29/A/1"),
    ("cnd-session", {"year": 2024}, "E/CN.7/2024/1"),
    ("ccpcj-session", {"year": 2024}, "E/CN.15/2024/1"),
])
def test_series_symbol_prefix_expands_to_real_symbols(key, values, symbol):
    row = next(r for r in SERIES if r["key"] == key)
    prefix = _expand(row["symbol_prefix"], **values)
    assert symbol == prefix or symbol.startswith(prefix + "/"), (prefix, symbol)


# --------------------------------------------------------------------------- treaties

def test_treaty_names():
    for row in TREATIES:
        assert row["en_name"] and row["zh_name"], row["key"]
        for name in _zh_names(row):
            assert CJK.search(name), (row["key"], name)
        for name in _en_names(row):
            assert not CJK.search(name), (row["key"], name)


def test_treaty_no_name_or_alias_shared():
    for names in (_zh_names, _en_names):
        shared = {form: keys for form, keys in _index(TREATIES, names).items() if len(keys) > 1}
        assert not shared, shared


def test_treaties_required():
    required = {"tpnw", "npt", "ctbt", "bwc", "cwc", "ccw", "apmbc", "ccm", "att", "pelindaba",
                "tlatelolco", "rarotonga", "bangkok", "semipalatinsk", "un-charter"}
    assert required <= set(TREATY_BY_KEY), sorted(required - set(TREATY_BY_KEY))


@pytest.mark.parametrize("name, key", [
    ("禁止核武器条约", "tpnw"),
    ("《禁止核武器条约》", "tpnw"),
    ("不扩散核武器条约", "npt"),
    ("不扩散条约", "npt"),
    ("全面禁止核试验条约", "ctbt"),
    ("生物武器公约", "bwc"),
    ("化学武器公约", "cwc"),
    ("特定常规武器公约", "ccw"),
    ("渥太华公约", "apmbc"),
    ("集束弹药公约", "ccm"),
    ("武器贸易条约", "att"),
    ("佩林达巴条约", "pelindaba"),
    ("特拉特洛尔科条约", "tlatelolco"),
    ("拉罗汤加条约", "rarotonga"),
    ("曼谷条约", "bangkok"),
    ("塞米巴拉金斯克条约", "semipalatinsk"),
    ("联合国宪章", "un-charter"),
])
def test_treaty_spot_checks(name, key):
    assert _treaty(name) == key


def test_treaties_say_whether_integration_organizations_may_be_parties():
    # Checked by hand against each treaty's final clauses: the EU is a party to
    # the CRPD, the climate, biodiversity, desertification, ozone, mercury and
    # chemicals conventions and UNCLOS; the disarmament, human-rights (but the
    # CRPD) and criminal-law treaties are open to States only.
    assert {row["rio_parties"] for row in TREATIES} <= {"yes", "no", ""}
    for key in ("crpd", "unfccc", "paris-agreement", "cbd", "minamata-convention", "unclos", "montreal-protocol"):
        assert TREATY_BY_KEY[key]["rio_parties"] == "yes", key
    for key in ("tpnw", "npt", "ctbt", "bwc", "att", "ccm", "apmbc", "cedaw", "uncat", "rome-statute"):
        assert TREATY_BY_KEY[key]["rio_parties"] == "no", key


def test_treaty_symbols():
    assert TREATY_BY_KEY["tpnw"]["symbol"] == "A/CONF.229/2017/8"
    assert TREATY_BY_KEY["un-charter"]["wikidata"] == "Q171328"
    for row in TREATIES:
        assert " " not in row["symbol"] or row["key"] == "unfccc", (row["key"], row["symbol"])


# --------------------------------------------------------------------------- provenance

def test_sources_file():
    text = SOURCES_MD.read_text(encoding="utf-8")
    assert "2026-11-22" in text
    for name in ("organizations.tsv", "meeting_series.tsv", "treaties.tsv", "UNTERM", "Wikidata"):
        assert name in text, name


def test_a_host_series_is_a_series_of_sessions():
    # A body serving as another treaty's meeting of the parties names its host series
    # (the Convention's COP), which must exist and be counted in sessions.
    import csv

    with SERIES_TSV.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle, delimiter="\t"))
    keys = {row["key"]: row for row in table}
    hosts = {row["key"]: row["host_series"] for row in table if row.get("host_series")}
    assert hosts, "no host series recorded"
    for key, host in hosts.items():
        assert host in keys and keys[host]["numbering"] == "session", (key, host)
        assert keys[key]["zh_name"].startswith("作为"), key
