"""SPARQL over a built graph with pyoxigraph (named graphs queried as their union)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import UnkgError

_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".nq": ox.RdfFormat.N_QUADS}


@dataclass
class QueryResult:
    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms or None
    boolean: bool | None = None


def load_store(path: Path, store: ox.Store | None = None) -> ox.Store:
    if not path.is_file():
        raise UnkgError(f"{path}: no such graph file; build one with 'unkg build'")
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnkgError(f"{path}: unknown graph format {path.suffix!r}; use .trig, .ttl, .nt or .nq")
    store = store if store is not None else ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store


def execute(store: ox.Store, text: str) -> QueryResult:
    try:
        result = store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise UnkgError(f"the query does not parse: {error}") from None
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ask", [], [], bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [[solution[v] for v in variables] for solution in result]
        return QueryResult("select", variables, rows)
    triples = list(result)
    return QueryResult("graph", ["subject", "predicate", "object"], [[t.subject, t.predicate, t.object] for t in triples])


def run_query(path: Path, text: str) -> QueryResult:
    return execute(load_store(path), text)


def term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def term_json(term: object) -> dict | None:
    """A term as SPARQL 1.1 JSON results write it (RDF-star triples and
    directional language tags included)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            if getattr(term, "direction", None) is not None:
                out["its:dir"] = str(term.direction.name if hasattr(term.direction, "name") else term.direction).lower()
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    return {"type": "literal", "value": str(term)}


def format_result(result: QueryResult, fmt: str) -> str:
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        bindings = [
            {var: term_json(value) for var, value in zip(result.variables, row) if value is not None}
            for row in result.rows
        ]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([term_text(value) for value in row])
        return buffer.getvalue()
    texts = [[term_text(value) for value in row] for row in result.rows]
    widths = [max([len(var)] + [_width(row[i]) for row in texts]) for i, var in enumerate(result.variables)]
    lines = [" | ".join(_pad(var, widths[i]) for i, var in enumerate(result.variables))]
    lines.append("-+-".join("-" * w for w in widths))
    for row in texts:
        lines.append(" | ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)))
    lines.append(f"({len(texts)} row{'s' if len(texts) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    from .normalize import display_width

    return display_width(text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
