#!/usr/bin/env python3
"""Regenerate the states gazetteer ``builder/data/states.tsv``.

Inputs:

* ``tools/states_curated.tsv`` (hand-curated): status, the UN official Chinese
  and English short and formal names, the Wikidata item and extra aliases of
  the 193 UN Member States, the 2 observer States and 2 other States;
* ISO 3166-1 through pycountry: alpha-2, numeric (= M49 for a State), and the
  English ``name`` / ``official_name`` / ``common_name`` (as aliases);
* CLDR through babel: territory names in ``zh`` (Simplified), ``zh_Hant`` and
  ``en`` (as aliases).

Output columns (tab-separated, one header row, rows sorted by iso3):
iso3, iso2, m49, wikidata, status, zh_short, zh_formal, en_short, en_formal,
zh_aliases, en_aliases. Aliases are ``|``-separated, deduplicated, sorted and
never repeat the row's own short or formal name. An alias that would also name
another State (compared after NFKC normalisation and case folding) is dropped
and reported. The output has no timestamp: the same inputs give the same bytes.

Usage::

    .venv/bin/python tools/make_states.py           # rewrite builder/data/states.tsv
    .venv/bin/python tools/make_states.py --check   # exit 1 if the file is stale

``--check`` exits 0 when the committed file equals a fresh generation, 1 when it
differs, and 2 when it differs *and* the installed pycountry or babel is not the
version the file was built with (``BUILT_WITH``): then the difference may come
from the newer library data rather than from an edit, and the file should be
regenerated (and ``BUILT_WITH`` and ``builder/data/states.SOURCES.md`` updated)
deliberately.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import io
import re
import sys
import unicodedata
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "tools" / "states_curated.tsv"
OUTPUT = ROOT / "builder" / "data" / "states.tsv"

# Library versions the committed builder/data/states.tsv was generated with.
BUILT_WITH = {"pycountry": "26.2.16", "babel": "2.18.0"}

CURATED_COLUMNS = [
    "iso3", "status", "zh_short", "zh_formal", "en_short", "en_formal",
    "wikidata", "extra_zh_aliases", "extra_en_aliases",
]
COLUMNS = [
    "iso3", "iso2", "m49", "wikidata", "status", "zh_short", "zh_formal",
    "en_short", "en_formal", "zh_aliases", "en_aliases",
]
STATUSES = ("member", "observer", "other")
ALIAS_SEP = "|"
WIKIDATA_RE = re.compile(r"^Q[1-9]\d*$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class CurationError(ValueError):
    """The curated table is inconsistent; the message says where."""


def name_key(text: str) -> str:
    """The form in which two names are taken to be the same name."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


def split_aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split(ALIAS_SEP) if a.strip()]


def read_curated(path: Path = CURATED) -> list[dict[str, str]]:
    lines = [
        line for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    if reader.fieldnames != CURATED_COLUMNS:
        raise CurationError(f"{path.name}: header is {reader.fieldnames}, expected {CURATED_COLUMNS}")
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise CurationError(f"{path.name}: data row {number} does not have {len(CURATED_COLUMNS)} fields")
        rows.append({k: v.strip() for k, v in row.items()})
    return rows


def validate_curated(rows: list[dict[str, str]]) -> None:
    seen_iso3: set[str] = set()
    seen_qid: dict[str, str] = {}
    for row in rows:
        iso3 = row["iso3"]
        if not ISO3_RE.match(iso3):
            raise CurationError(f"bad iso3 {iso3!r}")
        if iso3 in seen_iso3:
            raise CurationError(f"duplicate iso3 {iso3}")
        seen_iso3.add(iso3)
        if pycountry.countries.get(alpha_3=iso3) is None:
            raise CurationError(f"{iso3} is not an ISO 3166-1 alpha-3 code known to pycountry")
        if row["status"] not in STATUSES:
            raise CurationError(f"{iso3}: status {row['status']!r} not in {STATUSES}")
        for col in ("zh_short", "zh_formal", "en_short", "en_formal"):
            if not row[col]:
                raise CurationError(f"{iso3}: empty {col}")
        qid = row["wikidata"]
        if not WIKIDATA_RE.match(qid):
            raise CurationError(f"{iso3}: bad Wikidata item {qid!r}")
        if qid in seen_qid:
            raise CurationError(f"{iso3}: Wikidata item {qid} already used by {seen_qid[qid]}")
        seen_qid[qid] = iso3


def candidate_aliases(row: dict[str, str], locales: dict[str, Locale]) -> tuple[list[str], list[str]]:
    """Every alias candidate of one State, before deduplication and collision checks."""
    country = pycountry.countries.get(alpha_3=row["iso3"])
    iso2 = country.alpha_2
    zh = split_aliases(row["extra_zh_aliases"])
    for loc in ("zh", "zh_Hant"):
        name = locales[loc].territories.get(iso2)
        if name:
            zh.append(name)
    en = split_aliases(row["extra_en_aliases"])
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            en.append(value)
    name = locales["en"].territories.get(iso2)
    if name:
        en.append(name)
    # UNTERM formal names start with a lower-case "the"; the bare form is an alias.
    formal = row["en_formal"]
    if formal.startswith("the "):
        en.append(formal[len("the "):])
    return zh, en


def build(rows: list[dict[str, str]], report=print) -> list[dict[str, str]]:
    validate_curated(rows)
    locales = {loc: Locale.parse(loc) for loc in ("zh", "zh_Hant", "en")}

    # Names that belong to a State for sure: its curated short and formal names.
    owner: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for col in ("zh_short", "zh_formal", "en_short", "en_formal"):
            owner[name_key(row[col])].add(row["iso3"])
    for key, states in sorted(owner.items()):
        if len(states) > 1:
            raise CurationError(f"the name {key!r} is a short or formal name of {sorted(states)}")

    candidates = {}
    claimed: dict[str, set[str]] = defaultdict(set)
    for key, states in owner.items():
        claimed[key] |= states
    for row in rows:
        own = {row[c] for c in ("zh_short", "zh_formal", "en_short", "en_formal")}
        zh, en = candidate_aliases(row, locales)
        zh = sorted({a for a in zh if a not in own})
        en = sorted({a for a in en if a not in own})
        candidates[row["iso3"]] = (zh, en)
        for alias in zh + en:
            claimed[name_key(alias)].add(row["iso3"])

    out = []
    for row in sorted(rows, key=lambda r: r["iso3"]):
        iso3 = row["iso3"]
        country = pycountry.countries.get(alpha_3=iso3)
        kept = []
        for aliases in candidates[iso3]:
            keep = []
            for alias in aliases:
                others = sorted(claimed[name_key(alias)] - {iso3})
                if others:
                    report(f"dropped alias {alias!r} of {iso3}: also names {', '.join(others)}")
                else:
                    keep.append(alias)
            kept.append(ALIAS_SEP.join(keep))
        out.append({
            "iso3": iso3,
            "iso2": country.alpha_2,
            "m49": country.numeric.zfill(3),
            "wikidata": row["wikidata"],
            "status": row["status"],
            "zh_short": row["zh_short"],
            "zh_formal": row["zh_formal"],
            "en_short": row["en_short"],
            "en_formal": row["en_formal"],
            "zh_aliases": kept[0],
            "en_aliases": kept[1],
        })
    return out


def render(records: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
        quoting=csv.QUOTE_NONE, escapechar=None,
    )
    writer.writeheader()
    for rec in records:
        for col, value in rec.items():
            if any(ch in value for ch in '\t\n\r"'):
                raise CurationError(f"{rec['iso3']}: {col} holds a tab, newline or double quote: {value!r}")
        writer.writerow(rec)
    return buf.getvalue()


def library_versions() -> dict[str, str]:
    return {name: version(name) for name in BUILT_WITH}


def generate(report=print) -> str:
    return render(build(read_curated(), report=report))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true",
        help="do not write; exit non-zero if the committed file differs from a fresh generation",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    def report(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        text = generate(report=report)
    except CurationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1

    installed = library_versions()
    drift = {k: (BUILT_WITH[k], v) for k, v in installed.items() if v != BUILT_WITH[k]}

    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == text:
            print(f"{args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output} is up to date")
            return 0
        diff = difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True),
            fromfile="committed", tofile="generated", n=0,
        )
        sys.stdout.writelines(list(diff)[:60])
        if drift:
            detail = ", ".join(f"{k} {v} (built with {b})" for k, (b, v) in sorted(drift.items()))
            print(f"\nstates.tsv differs, and the installed libraries are not the ones it was built with: {detail}.")
            return 2
        print("\nstates.tsv is stale: run .venv/bin/python tools/make_states.py")
        return 1

    args.output.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {len(text.splitlines()) - 1} states to {args.output}")
    if drift:
        detail = ", ".join(f"{k} {v} (BUILT_WITH says {b})" for k, (b, v) in sorted(drift.items()))
        print(f"warning: generated with {detail}; update BUILT_WITH and states.SOURCES.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
