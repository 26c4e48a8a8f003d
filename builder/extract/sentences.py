"""Sentences and clauses of a unit's text: where they open and end."""

from __future__ import annotations

import re


# A footnote call after a sentence's mark: a number and a space before the next words, not
# a number the next sentence opens with (「。12 月 5 日，…」, 「。3 个国家…」).
_FOOTNOTE_CALL = r"(?:\d{1,2}(?=[ \t]+[\u4e00-\u9fff])(?![ \t]*[年月日时点分次届个名项票种份件条款段章节]))?"


def sentences(text: str, marks: str = "。！？") -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, each ending after one of `marks`
    (the last one may end with the text), and after the footnote call that may
    follow the mark (「…进行了记录表决。3 该决定草案…」: the 3 is the first sentence's)."""
    out = []
    start = 0
    for match in re.finditer(f"[{marks}]" + _FOOTNOTE_CALL, text):
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
