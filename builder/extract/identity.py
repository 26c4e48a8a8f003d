"""Two written forms of one person become one IRI only where the text gives
grounds: both hold the same single-holder office of the same meeting (its
President, its Secretary-General…) and one name is the other with given
names left out (「胡安·拉蒙·德拉富恩特」 and 「胡安·德拉富恩特」: the same first
and last parts). Name similarity alone is not enough, and two holders with
different first names (「伊万·杜邦」, 「卡洛斯·杜邦」) are kept apart. The shorter form stays as `skos:altLabel` of the merged person."""

from __future__ import annotations

from dataclasses import replace

from ..records import Fact, Ref
from .context import Context

SINGLE_HOLDER = {"President", "SecretaryGeneral", "Chair", "Secretary", "Rapporteur"}


def _parts(name: str) -> list[str]:
    return [part.strip() for part in name.split("·")]


def _shortened(short: str, long: str) -> bool:
    """`short` is `long` with some middle names left out: the same first and
    last parts, the rest a subsequence."""
    a, b = _parts(short), _parts(long)
    if len(a) < 2 or a[0] != b[0] or a[-1] != b[-1]:
        return False
    rest = iter(b[1:-1])
    return all(part in rest for part in a[1:-1])


def merge_persons(ctx: Context) -> None:
    holders: dict[tuple[Ref, str], set[Ref]] = {}
    for fact in ctx.facts:
        if fact.kind == "office" and fact.get("role") in SINGLE_HOLDER:
            holder: Ref = fact.get("holder")
            if holder.kind == "person":
                holders.setdefault((fact.get("meeting"), fact.get("role")), set()).add(holder)
    renames: dict[Ref, Ref] = {}
    for (meeting, role), people in sorted(holders.items(), key=lambda item: str(item[0])):
        if len(people) < 2:
            continue
        names = {person: _label(ctx, person) for person in people}
        keep = max(people, key=lambda p: (len(names[p]), names[p]))
        if not all(person == keep or _shortened(names[person], names[keep]) for person in people):
            ctx.warn("person-identity", f"{role} of {meeting.key} has holders with different names "
                     f"{sorted(names.values())}; kept apart")
            continue
        for person in people:
            if person != keep:
                renames[person] = keep
    if not renames:
        return
    for old, new in renames.items():
        entity = ctx.entities.pop(old)
        target = ctx.entities[new]
        for labels in entity.labels.values():
            for label in labels:
                target.alt_labels.add((label, "zh"))
    ctx.facts[:] = [_rename(fact, renames) for fact in ctx.facts]


def _label(ctx: Context, person: Ref) -> str:
    labels = sorted(label for values in ctx.entities[person].labels.values() for label in values)
    return labels[0] if labels else ""


def _rename(fact: Fact, renames: dict[Ref, Ref]) -> Fact:
    args = tuple((key, renames.get(value, value) if isinstance(value, Ref) else value) for key, value in fact.args)
    return replace(fact, args=args)
