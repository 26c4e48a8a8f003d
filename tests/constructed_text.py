"""Helpers for the phrase-family tests: a constructed report's facts by kind.

The texts themselves are written in each test (CONSTRUCTED, not UN documents);
`TPNW` and `FOOT` are a title and a running head to wrap a paragraph in."""

from __future__ import annotations

from pathlib import Path

from builder.pipeline import extract_report

TPNW = "   禁止核武器条约缔约国第三次会议报告 \n\n"
FOOT = "\n\n TPNW/MSP/2025/6 \n\n \n\n2/2 25-01234 \n"


def facts(text: str, kind: str, symbol: str | None = None):
    """The extraction context of `text`, and its facts of `kind` as {arg: str(value)}."""
    ctx = extract_report(Path("constructed.txt"), text, symbol)
    return ctx, [{k: str(v) for k, v in f.args} for f in ctx.facts if f.kind == kind]


def adoptions(text: str, symbol: str | None = None) -> set[tuple]:
    """The adoptions of a constructed report: (adopter, item, procedure or None)."""
    _, adopted = facts(text, "adoption", symbol)
    return {(a["adopter"], a["item"], a.get("procedure")) for a in adopted}


def decision_titles(text: str, symbol: str | None = None) -> set[tuple]:
    """The titles a constructed report gives its decisions: (decision, title)."""
    _, titles = facts(text, "title", symbol)
    return {(t["subject"], t["value"]) for t in titles if "/decision/" in t["subject"]}


def paragraph_offices(paragraph: str) -> set[tuple]:
    """The offices of a paragraph wrapped as paragraph 1 of `TPNW`: (holder, role, onBehalfOf, body)."""
    _, found = facts(TPNW + "1. " + paragraph + FOOT, "office")
    return {(f["holder"], f["role"], f.get("onBehalfOf"), f.get("body")) for f in found}


def paragraph_adoptions(paragraph: str) -> set[tuple]:
    """The adoptions of a paragraph wrapped as paragraph 1 of `TPNW`: (adopter, item)."""
    return {(adopter, item) for adopter, item, _ in adoptions(TPNW + "1. " + paragraph + FOOT)}
