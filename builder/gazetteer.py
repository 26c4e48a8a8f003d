"""The gazetteers: states, organizations, meeting series and treaties.

They are versioned data files in `builder/data/` (see their SOURCES files);
this module only reads them and looks names up. A name that two entries claim
raises at load time: the data must be unambiguous.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .resources import data_dir


@lru_cache(maxsize=1 << 16)  # pure, and called on the same text many times per report (a corpus-build hot spot)
def lookup_form(name: str) -> str:
    """The form names are compared in: NFKC, no spaces, quotes and brackets of titles dropped."""
    text = unicodedata.normalize("NFKC", name)
    text = re.sub(r"[\s《》〈〉「」“”\"]", "", text)
    return text.casefold()


@lru_cache(maxsize=512)
def _prefix_regex(prefix: str) -> re.Pattern[str] | None:
    if not prefix:
        return None
    parts = re.split(r"(\{year\}|\{n\}|\{roman\}|\{ordinal\}|\{session\})", prefix)
    holes = {"{year}": r"(?:19|20)\d\d", "{n}": r"\d+", "{roman}": r"[IVXLC]+", "{ordinal}": r"\d+", "{session}": r"\d+"}
    regex = "".join(holes.get(part, re.escape(part)) for part in parts)
    return re.compile(regex + r"(?=/|$)")


@dataclass(frozen=True)
class StateEntry:
    iso3: str
    iso2: str
    m49: str
    wikidata: str
    status: str
    zh_short: str
    zh_formal: str
    en_short: str
    en_formal: str
    zh_aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]


@dataclass(frozen=True)
class OrgEntry:
    key: str
    type: str
    acronym: str
    en_name: str
    zh_name: str
    zh_aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]
    wikidata: str


@dataclass(frozen=True)
class SeriesEntry:
    key: str
    zh_patterns: tuple[str, ...]
    en_name: str
    zh_name: str
    symbol_prefix: str
    numbering: str
    treaty: str
    # A body serving as the meeting of another treaty's parties (the CMP, the CMA) meets
    # with its host's session (the Convention's COP): 「缔约方会议第三十六届会议」 in its
    # reports is the host's.
    host: str = ""
    # The letters the series' decisions are numbered with (「SC-13/1」: the Stockholm COP's).
    decision_prefix: str = ""
    # "resolutions" for a body whose numbered texts are resolutions, its decisions numbered
    # apart (`decisions._decision_local`); empty for a body that adopts decisions.
    texts: str = ""


@dataclass(frozen=True)
class TreatyEntry:
    key: str
    en_name: str
    zh_name: str
    zh_aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]
    wikidata: str
    symbol: str
    # Whether regional (economic) integration organizations such as the EU may
    # be parties: "yes", "no" (States only), "" (not recorded).
    rio_parties: str = ""


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@dataclass(eq=False)
class Gazetteer:
    states: dict[str, StateEntry] = field(default_factory=dict)
    organizations: dict[str, OrgEntry] = field(default_factory=dict)
    series: dict[str, SeriesEntry] = field(default_factory=dict)
    treaties: dict[str, TreatyEntry] = field(default_factory=dict)
    _state_names: dict[str, str] = field(default_factory=dict)
    _org_names: dict[str, str] = field(default_factory=dict)
    _treaty_names: dict[str, str] = field(default_factory=dict)

    def _index(self, table: dict[str, str], name: str, key: str, what: str) -> None:
        form = lookup_form(name)
        if not form:
            return
        if table.get(form, key) != key:
            raise ValueError(f"{what} name {name!r} is claimed by {table[form]!r} and {key!r}")
        table[form] = key

    def state(self, name: str) -> StateEntry | None:
        key = self._state_names.get(lookup_form(name))
        return self.states.get(key) if key else None

    def organization(self, name: str) -> OrgEntry | None:
        key = self._org_names.get(lookup_form(name))
        return self.organizations.get(key) if key else None

    def treaty(self, name: str) -> TreatyEntry | None:
        key = self._treaty_names.get(lookup_form(name))
        return self.treaties.get(key) if key else None

    def series_by_prefix(self, symbol: str) -> SeriesEntry | None:
        """The series whose symbol prefix (with its placeholders {year}, {n},
        {roman}) opens `symbol`; the longest prefix wins."""
        return self._series_prefix(symbol)[0]

    def series_prefix_length(self, symbol: str) -> int:
        """How much of `symbol` the prefix of its series covers (0: no series)."""
        return max(self._series_prefix(symbol)[1], 0)

    def _series_prefix(self, symbol: str) -> tuple[SeriesEntry | None, int]:
        best, best_len = None, -1
        for entry in self.series.values():
            pattern = _prefix_regex(entry.symbol_prefix)
            if pattern is None:
                continue
            match = pattern.match(symbol)
            if match and match.end() > best_len:
                best, best_len = entry, match.end()
        return best, best_len

    def state_names(self) -> dict[str, str]:
        """Every known state name in lookup form → ISO3."""
        return dict(self._state_names)

    def org_names(self) -> dict[str, str]:
        return dict(self._org_names)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    gaz = Gazetteer()
    folder = data_dir()
    for row in _rows(folder / "states.tsv"):
        entry = StateEntry(
            row["iso3"], row["iso2"], row["m49"], row["wikidata"], row["status"],
            row["zh_short"], row["zh_formal"], row["en_short"], row["en_formal"],
            _split(row["zh_aliases"]), _split(row["en_aliases"]),
        )
        if entry.iso3 in gaz.states:
            raise ValueError(f"duplicate state {entry.iso3}")
        gaz.states[entry.iso3] = entry
        for name in (entry.zh_short, entry.zh_formal, entry.en_short, entry.en_formal, *entry.zh_aliases, *entry.en_aliases):
            gaz._index(gaz._state_names, name, entry.iso3, "state")
    for row in _rows(folder / "organizations.tsv"):
        entry = OrgEntry(
            row["key"], row["type"], row.get("acronym", ""), row["en_name"], row["zh_name"],
            _split(row.get("zh_aliases", "")), _split(row.get("en_aliases", "")), row.get("wikidata", ""),
        )
        if entry.key in gaz.organizations:
            raise ValueError(f"duplicate organization {entry.key}")
        gaz.organizations[entry.key] = entry
        for name in (entry.zh_name, entry.en_name, *entry.zh_aliases, *entry.en_aliases):
            gaz._index(gaz._org_names, name, entry.key, "organization")
    for row in _rows(folder / "meeting_series.tsv"):
        key = row["key"]
        patterns = _split(row.get("zh_pattern", ""))
        if key in gaz.series:
            old = gaz.series[key]
            gaz.series[key] = SeriesEntry(key, old.zh_patterns + patterns, old.en_name, old.zh_name,
                                          old.symbol_prefix, old.numbering, old.treaty, old.host, old.decision_prefix,
                                          old.texts)
            continue
        gaz.series[key] = SeriesEntry(key, patterns, row.get("en_name", ""), row.get("zh_name", ""),
                                      row.get("symbol_prefix", ""), row.get("numbering", "ordinal"), row.get("treaty", ""),
                                      row.get("host_series", ""), row.get("decision_prefix", ""),
                                      row.get("texts", ""))
    for row in _rows(folder / "treaties.tsv"):
        entry = TreatyEntry(row["key"], row["en_name"], row["zh_name"], _split(row.get("zh_aliases", "")),
                            _split(row.get("en_aliases", "")), row.get("wikidata", ""), row.get("symbol", ""),
                            row.get("rio_parties", ""))
        if entry.key in gaz.treaties:
            raise ValueError(f"duplicate treaty {entry.key}")
        gaz.treaties[entry.key] = entry
        for name in (entry.zh_name, entry.en_name, *entry.zh_aliases, *entry.en_aliases):
            gaz._index(gaz._treaty_names, name, entry.key, "treaty")
    return gaz
