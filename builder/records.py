"""Plain mention records: what extractors find. Extractors never touch rdflib.

Every record carries the `Span` of clean text that states it; the emitter maps
spans back to offsets in the input file for the evidence node.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """A half-open range [start, end) in the clean text, and the paragraph label.

    With `in_source`, the offsets are already offsets into the input file (for
    page furniture kept as evidence, such as undocs.org link lines)."""

    start: int
    end: int
    paragraph: str
    in_source: bool = False


@dataclass(frozen=True, order=True)
class Ref:
    """A reference to an entity: its kind (as in `mint`) and its key."""

    kind: str
    key: str

    def __str__(self) -> str:
        return f"{self.kind}/{self.key}"


@dataclass
class Entity:
    """An entity mentioned in the report, with the labels the text gives it."""

    ref: Ref
    labels: dict[str, set[str]] = field(default_factory=dict)  # lang -> labels as written
    alt_labels: set[tuple[str, str]] = field(default_factory=set)  # (text, lang)
    props: dict[str, object] = field(default_factory=dict)  # extra typed facts (see emit)
    span: Span | None = None

    def add_label(self, text: str, lang: str) -> None:
        self.labels.setdefault(lang, set()).add(text)


@dataclass(frozen=True)
class Fact:
    """A relation the text states.

    `kind` names the fact: attendance, office, adoption, treaty-action, or a
    direct predicate (reportOf, references, considered, submittedBy, chaired,
    nationality, affiliation, function, startDate, endDate, location, date,
    title). `args` holds the arguments by name.
    """

    kind: str
    args: tuple[tuple[str, object], ...]
    span: Span

    @classmethod
    def make(cls, kind: str, span: Span, **args: object) -> "Fact":
        return cls(kind, tuple(sorted(args.items())), span)

    def get(self, name: str, default: object = None) -> object:
        for key, value in self.args:
            if key == name:
                return value
        return default


@dataclass
class CountCheck:
    """A number the text states about a list, and what was extracted for it."""

    what: str
    stated: int
    extracted: int | None
    span: Span
    note: str = ""

    @property
    def status(self) -> str:
        if self.extracted is None:
            return "unverifiable"
        return "ok" if self.extracted == self.stated else "mismatch"


@dataclass
class Warning_:
    """Something the builder declined to assert, and why."""

    code: str
    message: str
    span: Span | None = None
