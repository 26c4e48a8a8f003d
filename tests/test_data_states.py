"""Checks of the states gazetteer builder/data/states.tsv (read with csv, not the loader)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parent.parent
STATES_TSV = ROOT / "builder" / "data" / "states.tsv"
GENERATOR = ROOT / "tools" / "make_states.py"

COLUMNS = [
    "iso3", "iso2", "m49", "wikidata", "status", "zh_short", "zh_formal",
    "en_short", "en_formal", "zh_aliases", "en_aliases",
]
NAME_COLUMNS = ("zh_short", "zh_formal", "en_short", "en_formal")


def _read() -> tuple[list[str], list[dict[str, str]]]:
    with STATES_TSV.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


HEADER, ROWS = _read()
BY_ISO3 = {row["iso3"]: row for row in ROWS}


def _aliases(cell: str) -> list[str]:
    return cell.split("|") if cell else []


def _zh_names(row: dict[str, str]) -> list[str]:
    return [row["zh_short"], row["zh_formal"], *_aliases(row["zh_aliases"])]


def _en_names(row: dict[str, str]) -> list[str]:
    return [row["en_short"], row["en_formal"], *_aliases(row["en_aliases"])]


def test_header():
    assert HEADER == COLUMNS


def test_row_and_status_counts():
    assert len(ROWS) == 197
    assert Counter(row["status"] for row in ROWS) == {"member": 193, "observer": 2, "other": 2}
    assert {r["iso3"] for r in ROWS if r["status"] == "observer"} == {"VAT", "PSE"}
    assert {r["iso3"] for r in ROWS if r["status"] == "other"} == {"COK", "NIU"}


def test_every_row_has_all_fields():
    for row in ROWS:
        assert None not in row, row
        assert all(v is not None for v in row.values()), row


def test_sorted_by_iso3():
    codes = [row["iso3"] for row in ROWS]
    assert codes == sorted(codes)


def test_iso3_is_unique_and_real():
    codes = [row["iso3"] for row in ROWS]
    assert len(set(codes)) == len(codes)
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code
        assert pycountry.countries.get(alpha_3=code) is not None, code


def test_iso2_is_unique_and_matches_iso():
    codes = [row["iso2"] for row in ROWS]
    assert len(set(codes)) == len(codes)
    for row in ROWS:
        assert re.fullmatch(r"[A-Z]{2}", row["iso2"]), row["iso3"]
        assert pycountry.countries.get(alpha_3=row["iso3"]).alpha_2 == row["iso2"], row["iso3"]


def test_m49_is_three_digits_unique_and_matches_iso_numeric():
    codes = [row["m49"] for row in ROWS]
    assert len(set(codes)) == len(codes)
    for row in ROWS:
        assert re.fullmatch(r"\d{3}", row["m49"]), row["iso3"]
        assert pycountry.countries.get(alpha_3=row["iso3"]).numeric == row["m49"], row["iso3"]


def test_wikidata_is_well_formed_and_unique():
    items = [row["wikidata"] for row in ROWS]
    for item in items:
        assert re.fullmatch(r"Q[1-9]\d*", item), item
    assert len(set(items)) == len(items)


def test_names_are_present():
    for row in ROWS:
        for col in NAME_COLUMNS:
            assert row[col].strip(), (row["iso3"], col)
            assert row[col] == row[col].strip(), (row["iso3"], col)


def test_alias_cells_are_sorted_deduplicated_and_exclude_own_names():
    for row in ROWS:
        own = {row[c] for c in NAME_COLUMNS}
        for col in ("zh_aliases", "en_aliases"):
            aliases = _aliases(row[col])
            assert all(a and a == a.strip() for a in aliases), (row["iso3"], col)
            assert aliases == sorted(set(aliases)), (row["iso3"], col)
            assert not own & set(aliases), (row["iso3"], col)


def test_no_chinese_name_names_two_states():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for name in _zh_names(row):
            owners[name].add(row["iso3"])
    shared = {name: sorted(states) for name, states in owners.items() if len(states) > 1}
    assert shared == {}


def test_no_english_name_names_two_states():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ROWS:
        for name in _en_names(row):
            owners[name.casefold()].add(row["iso3"])
    shared = {name: sorted(states) for name, states in owners.items() if len(states) > 1}
    assert shared == {}


def _zh_index() -> dict[str, str]:
    return {name: row["iso3"] for row in ROWS for name in _zh_names(row)}


@pytest.mark.parametrize(
    "name, iso3",
    [
        # Names as they appear in the sample report TPNW/MSP/2023/14 (UN Chinese).
        ("多民族玻利维亚国", "BOL"),
        ("委内瑞拉玻利瓦尔共和国", "VEN"),
        ("罗马教廷", "VAT"),
        ("巴勒斯坦国", "PSE"),
        ("库克群岛", "COK"),
        ("纽埃", "NIU"),
        ("坦桑尼亚联合共和国", "TZA"),
        ("刚果", "COG"),
        ("刚果民主共和国", "COD"),
        ("科特迪瓦", "CIV"),
        ("东帝汶", "TLS"),
        ("泰国", "THA"),
        ("圣文森特和格林纳丁斯", "VCT"),
        ("特立尼达和多巴哥", "TTO"),
        ("安提瓜和巴布达", "ATG"),
        ("老挝人民民主共和国", "LAO"),
        ("文莱达鲁萨兰国", "BRN"),
        ("多米尼加共和国", "DOM"),
        ("佛得角", "CPV"),
        ("墨西哥", "MEX"),
        ("爱尔兰", "IRL"),
        ("基里巴斯", "KIR"),
        ("纳米比亚", "NAM"),
        ("孟加拉国", "BGD"),
        ("马绍尔群岛", "MHL"),
        # Other UN short and formal names.
        ("大不列颠及北爱尔兰联合王国", "GBR"),
        ("美利坚合众国", "USA"),
        ("中华人民共和国", "CHN"),
        ("俄罗斯联邦", "RUS"),
        ("大韩民国", "KOR"),
        ("朝鲜民主主义人民共和国", "PRK"),
        ("伊朗伊斯兰共和国", "IRN"),
        ("摩尔多瓦共和国", "MDA"),
        ("密克罗尼西亚联邦", "FSM"),
        ("北马其顿", "MKD"),
        ("土耳其", "TUR"),
        ("捷克", "CZE"),
        ("刚果共和国", "COG"),
        ("多米尼克", "DMA"),
        ("几内亚", "GIN"),
        ("苏丹", "SDN"),
        ("南苏丹", "SSD"),
        ("尼日尔", "NER"),
        ("尼日利亚", "NGA"),
        # Aliases.
        ("玻利维亚", "BOL"),
        ("委内瑞拉", "VEN"),
        ("英国", "GBR"),
        ("美国", "USA"),
        ("俄罗斯", "RUS"),
        ("伊朗", "IRN"),
        ("叙利亚", "SYR"),
        ("老挝", "LAO"),
        ("坦桑尼亚", "TZA"),
        ("韩国", "KOR"),
        ("朝鲜", "PRK"),
        ("梵蒂冈", "VAT"),
        ("巴勒斯坦", "PSE"),
        ("摩尔多瓦", "MDA"),
        ("密克罗尼西亚", "FSM"),
        ("捷克共和国", "CZE"),
        ("斯威士兰", "SWZ"),
        ("土耳其共和国", "TUR"),
        ("荷兰", "NLD"),
        ("多米尼加", "DOM"),
        ("文莱", "BRN"),
    ],
)
def test_spot_check_chinese(name, iso3):
    assert _zh_index().get(name) == iso3


@pytest.mark.parametrize(
    "iso3, field, value",
    [
        ("BOL", "zh_short", "多民族玻利维亚国"),
        ("BOL", "zh_formal", "多民族玻利维亚国"),
        ("BOL", "en_short", "Bolivia (Plurinational State of)"),
        ("BOL", "en_formal", "the Plurinational State of Bolivia"),
        ("GBR", "zh_short", "大不列颠及北爱尔兰联合王国"),
        ("GBR", "en_short", "United Kingdom of Great Britain and Northern Ireland"),
        ("COG", "zh_short", "刚果"),
        ("COG", "zh_formal", "刚果共和国"),
        ("TUR", "zh_short", "土耳其"),
        ("TUR", "en_short", "Türkiye"),
        ("NLD", "en_short", "Netherlands (Kingdom of the)"),
        ("CZE", "zh_short", "捷克"),
        ("CZE", "zh_formal", "捷克共和国"),
        ("MEX", "wikidata", "Q96"),
        ("AUT", "wikidata", "Q40"),
        ("VAT", "wikidata", "Q159583"),
        ("PSE", "wikidata", "Q219060"),
        ("COK", "wikidata", "Q26988"),
        ("NIU", "wikidata", "Q34020"),
        ("IRL", "wikidata", "Q27"),
        ("CHN", "wikidata", "Q148"),
        ("USA", "wikidata", "Q30"),
        ("KIR", "wikidata", "Q710"),
        ("NAM", "wikidata", "Q1030"),
        ("MEX", "m49", "484"),
        ("AFG", "m49", "004"),
        ("PSE", "m49", "275"),
        ("VAT", "iso2", "VA"),
        ("NIU", "status", "other"),
        ("VAT", "status", "observer"),
        ("CHN", "status", "member"),
    ],
)
def test_spot_check_fields(iso3, field, value):
    assert BY_ISO3[iso3][field] == value


def test_english_aliases_spot_checks():
    assert "Bolivia" in _aliases(BY_ISO3["BOL"]["en_aliases"])
    assert "Turkey" in _aliases(BY_ISO3["TUR"]["en_aliases"])
    assert "Swaziland" in _aliases(BY_ISO3["SWZ"]["en_aliases"])
    assert "Congo" == BY_ISO3["COG"]["en_short"]
    assert "Congo" not in _aliases(BY_ISO3["COD"]["en_aliases"])


def test_generator_reproduces_committed_file():
    proc = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    if proc.returncode == 2:
        pytest.skip("states.tsv was built with other pycountry/babel versions: " + proc.stdout.strip()[-300:])
    assert proc.returncode == 0, proc.stdout + proc.stderr
