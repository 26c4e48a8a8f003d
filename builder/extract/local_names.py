"""Names the report lists itself: the numbered lists of organizations in its
annexes (「1. 孤儿和弱势儿童阿莱姆组织」). They let the extractors split
「A和B提交的工作文件」 where A and B are known from the same report."""

from __future__ import annotations

import re

from ..gazetteer import lookup_form
from .context import Context

_ITEM = re.compile(r"^\d{1,3}\s*[.．]\s*(?P<name>[^。；：:]{2,60}?)\s*(?P<star>\*{0,3})\s*$")


def collect(ctx: Context) -> None:
    for unit in ctx.seg.units:
        if unit.part == "body" or unit.kind != "paragraph":
            continue
        match = _ITEM.match(ctx.text(unit))
        if match and not ctx.gaz.state(match.group("name")):
            name = match.group("name").strip()
            ctx.local_names.setdefault(lookup_form(name), name)
