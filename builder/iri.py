"""The one place that mints IRIs: `mint(kind, key)`.

Keys are derived from the thing itself (a code, a symbol, a canonical name),
never from build order, so the same thing gets the same IRI in every build.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/unkg/id/"

KINDS = frozenset(
    {
        "state", "organization", "person", "series", "meeting", "document", "treaty",
        "attendance", "office", "adoption", "treaty-action", "statement", "evidence",
    }
)

_DOTS = re.compile(r"[·•‧・∙⋅]")
_KEY_SAFE = re.compile(r"[^\w.~!$&'()*+,;=:@/\-%]", re.UNICODE)


def canonical_name(name: str) -> str:
    """NFKC, one space between words, the middle-dot variants unified, case-folded."""
    text = unicodedata.normalize("NFKC", name)
    text = _DOTS.sub("·", text)
    text = re.sub(r"\s*·\s*", "·", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.casefold()


@lru_cache(maxsize=1 << 13)  # pure; a report asks for the same names again and again
def name_key(name: str) -> str:
    """An injective key for a canonical name: reserved characters escaped,
    spaces as '-', middle dots as '.'."""
    text = canonical_name(name)
    out = []
    for ch in text:
        if ch in "%/-.":
            out.append(_percent(ch))
        elif ch == " ":
            out.append("-")
        elif ch == "·":
            out.append(".")
        else:
            out.append(_escape(ch))
    return "".join(out)


def _percent(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


def _escape(ch: str) -> str:
    """`ch` as it may stand in an IRI path segment: itself, or percent-encoded."""
    if ch in "%?#[]<>\"{}|\\^`" or _KEY_SAFE.match(ch) or unicodedata.category(ch).startswith(("C", "Z")):
        return _percent(ch)
    return ch


def slug(text: str) -> str:
    """Lower-case ASCII words joined by '-' (for English names and acronyms)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


@lru_cache(maxsize=1 << 13)  # pure; a report asks for the same symbols again and again
def symbol_key(symbol: str) -> str:
    """A document key: the symbol, with the space of 'S/RES/2231 (2015)' escaped
    (and any character that may not stand in an IRI path, should a symbol given
    by the user carry one)."""
    return "".join(ch if ch in "/-." else _escape(ch) for ch in symbol)


_SPACE = re.compile(r"\s")  # what str.isspace calls a space, at C speed


class Minter:
    """Mints IRIs under one base."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.match(r"^https?://\S+/$", base):
            raise ValueError(f"base IRI must be an http(s) IRI ending in '/': {base!r}")
        self.base = base

    def __call__(self, kind: str, key: str) -> URIRef:
        if kind not in KINDS:
            raise ValueError(f"unknown IRI kind {kind!r}")
        if not key or _SPACE.search(key):
            raise ValueError(f"bad IRI key {key!r} for kind {kind!r}")
        return URIRef(f"{self.base}{kind}/{key}")


mint = Minter()
