"""The build: input files → one named graph per report → a Dataset, with a
build report per input. This is the Python API behind `unkg build`:

    from builder import build
    result = build(["corpus/"])
    result.dataset          # rdflib Dataset, one named graph per report
    result.reports          # what build-report.json holds, per input
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset, Graph, URIRef

from . import __version__
from .emit import emit
from .errors import InputError
from .extract import run_all
from .extract.context import Context
from .gazetteer import load as load_gazetteer
from .ingest import MAX_BYTES, read_input
from .iri import DEFAULT_BASE, Minter
from .namespace import DCTERMS, OWL, RDF, RDFS, SKOS, UNKG, XSD
from .normalize import normalize
from .segment import segment
from .validate import check_evidence, validate

PREFIXES = {
    "unkg": str(UNKG._NS), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS),
    "xsd": str(XSD), "dcterms": str(DCTERMS),
}


@dataclass
class ReportResult:
    """One input's outcome: its graph (None on failure) and its build-report entry."""

    path: str
    symbol: str | None
    graph: Graph | None
    entry: dict
    source_sha256: str | None = None

    @property
    def ok(self) -> bool:
        return self.entry.get("status") == "ok"


@dataclass
class BuildResult:
    dataset: Dataset
    reports: list[ReportResult] = field(default_factory=list)

    @property
    def failed(self) -> list[ReportResult]:
        return [r for r in self.reports if r.entry.get("status") == "error"]

    @property
    def invalid(self) -> list[ReportResult]:
        return [r for r in self.reports if r.entry.get("status") == "invalid"]

    def report_json(self) -> dict:
        entries = sorted((r.entry for r in self.reports), key=lambda e: (e.get("symbol") or "", e["input"]))
        return {
            "builder": {"name": "unkg", "version": __version__},
            "inputs": entries,
            "summary": {
                "inputs": len(entries),
                "built": sum(1 for e in entries if e["status"] == "ok"),
                "invalid": sum(1 for e in entries if e["status"] == "invalid"),
                "failed": sum(1 for e in entries if e["status"] == "error"),
                "count_mismatches": sum(
                    1 for e in entries for c in e.get("checks", []) if c["status"] == "mismatch"
                ),
            },
        }


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given; directories expanded to the *.txt files under them, sorted."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = []
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                found.extend(Path(root) / name for name in sorted(files) if name.endswith(".txt"))
            out.extend(sorted(found) or [path])  # none: read_input refuses the directory
        else:
            out.append(path)
    return out


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # not under cwd; a symlink loop
        return str(path)


def extract_report(path: Path, text: str, symbol: str | None = None) -> Context:
    """Normalize, segment and run every extractor over one report's text."""
    clean = normalize(text)
    seg = segment(clean)
    ctx = Context(path, text, clean, seg, load_gazetteer())
    run_all(ctx, symbol)
    return ctx


def build_one(path: Path, symbol: str | None = None, base: str = DEFAULT_BASE, run_validation: bool = True,
              max_bytes: int = MAX_BYTES, backend: "Backend | None" = None) -> ReportResult:
    """Build one input into its own graph. Bad input gives an 'error' entry, never an exception.

    `backend` (see `Backend`) replaces the rdflib graph and pySHACL; the default is both."""
    shown = _display(path)
    try:
        source = read_input(path, max_bytes)
    except InputError as error:
        return ReportResult(shown, None, None, {"input": shown, "status": "error", "error": str(error)})
    ctx = extract_report(path, source.text, symbol)
    cut = cut_off(ctx)
    if cut is not None:
        error = InputError(shown, f"looks cut off: {cut}", "extract the report's text again")
        entry = {**_entry(ctx, Graph(), shown, source), "status": "error", "error": str(error)}  # its checks show why
        return ReportResult(shown, None, None, entry, source.sha256)
    if ctx.symbol is None:
        error = InputError(shown, "the report's symbol is not in the text (no running head, no documents table entry)",
                           "give it with --symbol")
        return ReportResult(shown, None, None, {"input": shown, "status": "error", "error": str(error)}, source.sha256)
    minter = Minter(base)
    identifier = minter("document", ctx.report_ref().key)
    graph = backend.new_graph(identifier) if backend is not None else Graph(identifier=identifier)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    emit(ctx, graph, minter)
    entry = _entry(ctx, graph, shown, source)
    problems = check_evidence(graph, source.text)
    entry["evidence"] = {"checked": sum(1 for _ in graph.subjects(RDF.type, UNKG.Evidence)), "mismatches": problems}
    status = "ok"
    if problems:
        status = "invalid"
    if run_validation:
        shacl = backend.validate(graph) if backend is not None else validate(graph)
        entry["shacl"] = shacl.as_json()
        if not shacl.conforms:
            status = "invalid"
    entry["status"] = status
    return ReportResult(shown, ctx.symbol, graph, entry, source.sha256)


# ----- hook for corpus builds (builder/corpus.py) ------------------------------


@dataclass(frozen=True)
class Backend:
    """How `build_one` holds and validates a report's graph. The default is an
    rdflib Graph and pySHACL; `builder.corpus` plugs in a lighter graph (the
    same triples, kept with their canonical N-Triples) and the fast SHACL
    engine that reports what pySHACL reports (`builder.fast_shacl`)."""

    new_graph: Callable[[URIRef], object]
    validate: Callable[[object], object]


def _entry(ctx: Context, graph: Graph, shown: str, source) -> dict:
    kinds = Counter(ref.kind if ref.kind != "meeting" else _meeting_kind(ref.key) for ref in ctx.entities)
    facts = Counter(fact.kind for fact in ctx.facts)
    return {
        "input": shown,
        "symbol": ctx.symbol,
        "sha256": source.sha256,
        "encoding": source.encoding,
        "meeting": ctx.meeting.key if ctx.meeting else None,
        "counts": {
            "triples": len(graph),
            "entities": dict(sorted(kinds.items())),
            "facts": dict(sorted(facts.items())),
        },
        "checks": [
            {
                "what": check.what,
                "stated": check.stated,
                "extracted": check.extracted,
                "status": check.status,
                "paragraph": check.span.paragraph,
                "quote": ctx.clean.quote(check.span.start, check.span.end),
                **({"note": check.note} if check.note else {}),
            }
            for check in ctx.counts
        ],
        "warnings": [
            {"code": w.code, "message": w.message, **({"paragraph": w.span.paragraph} if w.span else {})}
            for w in ctx.warnings
        ],
    }


_CLOSED = re.compile(r"[。；！？;!?]\s*[”’」』)）]?\s*(?:\d{1,2}|\*{1,3})?\s*$")


def cut_off(ctx: Context) -> str | None:
    """A report cut off in the middle: its text ends without a closing stop (a
    list, sentence or colon left open) and a number stated in that last block
    is not met. None if it looks whole."""
    body = [b for b in ctx.clean.blocks if b.stream == "body"]
    if not body:
        return None
    last = body[-1]
    tail = ctx.clean.block_text(last).rstrip()
    if _CLOSED.search(tail):
        return None
    for check in ctx.counts:
        if (check.status == "mismatch" and check.extracted is not None and check.extracted < check.stated
                and check.span.start >= last.start):
            return (f"it ends inside paragraph {check.span.paragraph} ('…{tail[-10:]}'), "
                    f"which lists {check.extracted} of the {check.stated} it states")
    return None


def _meeting_kind(key: str) -> str:
    if "/plenary/" in key:
        return "plenary"
    if "/decision/" in key:
        return "decision"
    return "meeting"


def build(inputs: Iterable[str | Path], symbol: str | None = None, base: str = DEFAULT_BASE,
          run_validation: bool = True, progress: Callable[[ReportResult], None] | None = None,
          max_bytes: int = MAX_BYTES) -> BuildResult:
    """Build every input; one named graph per report, in symbol order."""
    paths = expand_inputs(inputs)
    results: list[ReportResult] = []
    seen_paths: dict[Path, str] = {}
    seen_content: dict[str, str] = {}
    seen_symbols: dict[str, str] = {}
    for path in paths:
        key = path.resolve() if path.exists() else path
        if key in seen_paths:
            shown = _display(path)
            error = InputError(shown, "is given twice", "give each report once")
            result = ReportResult(shown, None, None, {"input": shown, "status": "error", "error": str(error)})
        else:
            seen_paths[key] = str(path)
            result = build_one(path, symbol, base, run_validation, max_bytes)
            if result.source_sha256 and result.source_sha256 in seen_content and result.graph is not None:
                error = InputError(result.path, f"has the same content as {seen_content[result.source_sha256]}",
                                   "give each report once")
                result = ReportResult(result.path, None, None, {"input": result.path, "status": "error", "error": str(error)})
            elif result.symbol and result.symbol in seen_symbols:
                error = InputError(result.path, f"is report {result.symbol} again (already built from {seen_symbols[result.symbol]})",
                                   "give each report once")
                result = ReportResult(result.path, None, None, {"input": result.path, "status": "error", "error": str(error)})
            else:
                if result.source_sha256:
                    seen_content[result.source_sha256] = result.path
                if result.symbol:
                    seen_symbols[result.symbol] = result.path
        results.append(result)
        if progress is not None:
            progress(result)
    return BuildResult(assemble(results), results)


def assemble(results: list[ReportResult]) -> Dataset:
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for result in sorted((r for r in results if r.graph is not None), key=lambda r: r.symbol or ""):
        named = dataset.graph(URIRef(result.graph.identifier))
        for triple in result.graph:
            named.add(triple)
    return dataset
