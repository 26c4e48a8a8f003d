"""Sentences and clauses of a unit's text: where they open and end."""

from __future__ import annotations

import re


def sentences(text: str, marks: str = "。！？") -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, each ending after one of `marks`
    (the last one may end with the text)."""
    out = []
    start = 0
    for match in re.finditer(f"[{marks}]", text):
        out.append((start, match.end()))
        start = match.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def clause_start(text: str, at: int | None = None) -> int:
    """Where the sentence or 「；」 clause that offset `at` (default: the end of
    `text`) is in opens: right after the last 「。」 or 「；」 before it."""
    end = len(text) if at is None else at
    return max(text.rfind("。", 0, end), text.rfind("；", 0, end)) + 1
