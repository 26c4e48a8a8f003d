"""The extractors, registered in one place, in the order they run.

Each extractor reads the report (`Context`) and adds plain records to it.
Later extractors may use what earlier ones found (offices use the plenaries,
submitters use the offices), hence the fixed order. A name registered twice raises.
"""

from __future__ import annotations

from typing import Callable

from . import attendance, decisions, documents, identity, local_names, meetings, offices, persons, treaty_actions
from .context import Context

Extractor = Callable[[Context], None]


def _registry(*entries: tuple[str, Extractor]) -> dict[str, Extractor]:
    registry: dict[str, Extractor] = {}
    for name, function in entries:
        if name in registry:
            raise ValueError(f"extractor {name!r} registered twice")
        registry[name] = function
    return registry


EXTRACTORS: dict[str, Extractor] = _registry(
    ("meetings", meetings.meetings_and_dates),
    ("plenaries", meetings.plenaries),
    ("attendance", attendance.extract),
    ("attendance-legends", attendance.legends),
    ("attendance-annex-lists", attendance.annex_lists),
    ("attendance-annex-states", attendance.annex_state_lists),
    ("attendance-annex-sections", attendance.annex_attendance_sections),
    ("offices", offices.extract),
    ("decisions", decisions.extract),
    ("persons", persons.extract),
    ("documents", documents.extract),
    ("decision-titles", decisions.titles_of_issued_documents),
    ("adopters", decisions.most_specific_adopters),
    ("treaty-actions", treaty_actions.extract),
    ("person-identity", identity.merge_persons),
    ("plenary-count", meetings.plenary_count),
)


def run_all(ctx: Context, given_symbol: str | None = None) -> None:
    local_names.collect(ctx)
    meetings.identify(ctx, given_symbol)
    for extractor in EXTRACTORS.values():
        extractor(ctx)
