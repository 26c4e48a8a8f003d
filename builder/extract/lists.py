"""Lists in running text: 「A、B、C和D」, resolved item by item.

UN Chinese style separates items with 「、」 and puts 「和」 or 「以及」 before
the last. Names may contain 「和」 themselves (安提瓜和巴布达), so a
conjunction splits an item only where both sides resolve and the whole does not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Generic, TypeVar

from ..resources import data_dir

T = TypeVar("T")


@lru_cache(maxsize=1)
def roles_data() -> dict:
    with open(data_dir() / "roles.json", encoding="utf-8") as handle:
        return json.load(handle)


@dataclass(frozen=True)
class Item(Generic[T]):
    start: int  # offsets relative to the text given to split_items
    end: int
    text: str
    value: T | None


# 「和」, 「及」, 「与」 inside a word (和平, 和解, 普及, 参与), not joining two names.
_IN_WORD = re.compile(r"和[平解谐睦]|(?<=[普涉危波以])及|(?<=[参给赋])与")


def inside_word(text: str, index: int) -> bool:
    """Whether the conjunction character at text[index] is part of a word."""
    return _IN_WORD.match(text, index) is not None


def conjunctions(text: str) -> list[int]:
    """Where 「和」, 「及」 or 「与」 joins two parts of text (not inside a word, not at an end)."""
    return [index for index, char in enumerate(text)
            if char in "和及与" and 0 < index < len(text) - 1 and not inside_word(text, index)]


def has_conjunction(text: str) -> bool:
    return bool(conjunctions(text))


ITEM_MARKER = re.compile(r"\s*(?:\(\s*[a-z]{1,3}\s*\)|[㈠-㈩])\s*")  # 「(c) 」, 「㈠」: a sub-list's marker


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \n\t*":
        start += 1
    marker = ITEM_MARKER.match(text, start, end)  # 「(c) 红十字国际委员会」: a sub-list's marker
    if marker is not None and marker.end() < end:
        start = marker.end()
    while end > start and text[end - 1] in " \n\t*。；;，,":
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _names_with_enumeration_comma() -> tuple[str, ...]:
    """The gazetteer's Chinese names that have 「、」 in them (「联合国教育、科学及文化组织」)."""
    from ..gazetteer import load

    gaz = load()
    names = {n for e in gaz.organizations.values() for n in (e.zh_name, *e.zh_aliases) if n and "、" in n}
    return tuple(sorted(names, key=len, reverse=True))


def _name_spans(text: str, start: int, comma: int) -> int:
    """Where a known name with 「、」 that starts at `start` (after spaces) and runs over the
    「、」 at `comma` ends; 0 if there is none."""
    begin = start + len(text[start:comma]) - len(text[start:comma].lstrip())
    return next((begin + len(name) for name in _names_with_enumeration_comma()
                 if text.startswith(name, begin) and begin + len(name) > comma), 0)


def split_items(text: str, resolve: Callable[[str], T | None], start: int = 0, end: int | None = None) -> list[Item[T]]:
    """Split text[start:end] into list items and resolve each one.

    An item that does not resolve as a whole is split at a conjunction where
    both parts resolve; an item that still does not resolve is returned with
    value None (the caller decides: warn, or keep as written).
    """
    end = len(text) if end is None else end
    join_words = roles_data()["list_conjunctions"]
    pieces: list[tuple[int, int]] = []
    cursor = start
    for match in re.finditer(r"[、，,；;\n]", text[start:end]):
        if match.group(0) == "\n" and re.search(r"(?:和|及|与)\s*$", text[cursor : start + match.start()]):
            continue  # 「斯洛伐克和 ⏎ 赞比亚」: a line wrapped after the conjunction
        pieces.append((cursor, start + match.start()))
        cursor = start + match.end()
    pieces.append((cursor, end))
    # A name with 「、」 in it (「联合国教育、科学及文化组织」): two pieces that resolve as one.
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        if merged and text[merged[-1][1] : s] == "、" and (name_end := _name_spans(text, merged[-1][0], merged[-1][1])):
            # 「联合国教育、科学及文化组织政府间海洋学委员会」: a known name with 「、」 opens the item;
            # a 「和」 after the name still joins two items (「…统计研究所和国际原子能机构」)
            after = max(name_end, s)
            joins = [j for j in conjunctions(text[after:e]) if j > 0]
            if joins:
                cut = after + joins[0]
                merged[-1] = (merged[-1][0], cut)
                merged.append((cut + 1, e))
            else:
                merged[-1] = (merged[-1][0], e)
        elif merged and text[merged[-1][1] : s] == "、" and resolve(text[s:e].strip()) is None and (
                resolve(text[merged[-1][0] : e].strip()) is not None
                or any(resolve(text[merged[-1][0] : s + m.start()].strip()) is not None  # 「…组织和世界卫生组织」
                       for m in re.finditer(r"以及|和|与|及", text[s:e]) if m.start() > 0)):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    pieces = merged
    items: list[Item[T]] = []
    for s, e in pieces:
        label = text.rfind("：", s, e)
        if label >= 0:
            s = label + 1  # 「非签署国 3 个：埃及」: a sub-list's label, not an item
        s, e = _strip(text, s, e)
        if s >= e:
            continue
        items.extend(_resolve_piece(text, s, e, resolve, join_words))
    return items


def _resolve_piece(text: str, s: int, e: int, resolve, conjunctions) -> list[Item]:
    whole = text[s:e]
    value = resolve(whole)
    if value is not None:
        return [Item(s, e, whole, value)]
    ls, le = _leading_conjunction(text, s, e, conjunctions)
    if (ls, le) != (s, e):
        stripped = resolve(text[ls:le])
        if stripped is not None:
            return [Item(ls, le, text[ls:le], stripped)]
    for conj in conjunctions:
        for match in re.finditer(re.escape(conj), whole):
            left_end = s + match.start()
            right_start = s + match.end()
            ls, le = _strip(text, s, left_end)
            rs, re_ = _strip(text, right_start, e)
            if ls >= le or rs >= re_:
                continue
            left = resolve(text[ls:le])
            if left is None or joint_body(text[rs:re_], lambda name: resolve(name) is not None):
                continue
            right_items = _resolve_piece(text, rs, re_, resolve, conjunctions)
            if all(item.value is not None for item in right_items):
                return [Item(ls, le, text[ls:le], left), *right_items]
    return [Item(s, e, whole, None)]


# 「联合/共同」 (joint) then a programme's or an office's noun: 「联合监测方案」,
# 「共同秘书处」; not 联合会 (a federation), 共同体, 共同市场, nor a verb
# (「共同组织的会外活动」).
_JOINT = re.compile(r"(?:联合|共同)(?=[^的，、；。]{0,6}(?:方案|规划署|项目|中心|机制|秘书处|办事处|倡议)$)")


def joint_body(right: str, is_name: Callable[[str], bool]) -> bool:
    """「A和B联合监测方案」: the part after a conjunction names B's joint body
    with A (a name, then 联合/共同 and a programme's or office's noun), so the
    conjunction is inside one name, not between two."""
    return any(match.start() > 0 and is_name(right[:match.start()]) for match in _JOINT.finditer(right))


def _leading_conjunction(text: str, s: int, e: int, conjunctions) -> tuple[int, int]:
    for conj in sorted(conjunctions, key=len, reverse=True):
        if text.startswith(conj, s) and e - s > len(conj) + 1:
            return _strip(text, s + len(conj), e)
    return s, e
