"""SPARQL over a built graph with pyoxigraph (named graphs queried as their union)."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import UnkgError
from .iri import DEFAULT_BASE

_FORMATS = {".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
            ".nq": ox.RdfFormat.N_QUADS}


@dataclass
class QueryResult:
    kind: str  # select | ask | graph
    variables: list[str]
    rows: list[list[object]]  # pyoxigraph terms or None
    boolean: bool | None = None


def load_store(path: Path, store: ox.Store | None = None) -> ox.Store:
    """The graph at `path` in a pyoxigraph store: a graph file (.trig, .ttl,
    .nt, .nq) parsed into memory, or a build's on-disk store (`OUT/store`, or
    `OUT` itself) opened read-only, without parsing anything."""
    if path.is_dir() and store is None:
        from .store import open_store

        return open_store(path)
    if not path.is_file():
        raise UnkgError(f"{path}: no such graph file or store; build one with 'unkg build INPUT --out DIR'")
    fmt = _FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UnkgError(f"{path}: unknown graph format {path.suffix!r}; use .trig, .ttl, .nt or .nq")
    store = store if store is not None else ox.Store()
    store.bulk_load(path=str(path), format=fmt)
    return store


def binding(text: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """A `--bind NAME=VALUE` argument: VALUE is an IRI (`<…>` or `http…`), an
    unkg key (`meeting/tpnw-msp-2`, read under the id namespace) or a string."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not name.isidentifier():
        raise UnkgError(f"--bind {text!r}: write NAME=VALUE, e.g. meeting=meeting/tpnw-msp-2")
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return name, ox.NamedNode(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return name, ox.NamedNode(value)
    if "/" in value and " " not in value and value.split("/", 1)[0].isalpha():
        return name, ox.NamedNode(DEFAULT_BASE + value)
    return name, ox.Literal(value)


# Strings, IRIs and comments of a SPARQL text (to look for keywords outside them).
SPARQL_LEXEMES = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.S,
)
_WHERE = re.compile(r"\bWHERE\s*\{", re.I)


def with_bindings(text: str, bindings: dict[str, object]) -> str:
    """`text` with a `VALUES ?name { value }` line for each binding at the start
    of its WHERE clause: the parameter of a named query, as its commented
    VALUES line would give it. (A VALUES join, not pyoxigraph's
    `substitutions`, which binds only selected variables and plans some of
    the named queries 30 times slower.)"""
    if not bindings:
        return text
    blanked = SPARQL_LEXEMES.sub(lambda m: " " * len(m.group(0)), text)
    where = _WHERE.search(blanked)
    if where is None:
        raise UnkgError("cannot bind: the query has no 'WHERE {' to put the values in")
    for name in bindings:
        if re.search(rf"\bVALUES\s*(?:\([^)]*[?$]{name}\b|[?$]{name}\b)", blanked, re.I):
            raise UnkgError(f"cannot bind ?{name}: the query gives it values in its own VALUES clause; "
                            "edit that clause instead")
    lines = "".join(f"\n  VALUES ?{name} {{ {term} }}" for name, term in bindings.items())
    return text[: where.end()] + lines + text[where.end() :]


def execute(store: ox.Store, text: str, bindings: dict[str, object] | None = None) -> QueryResult:
    """Run `text`, with `bindings` (variable name → term) joined in (`with_bindings`)."""
    text = with_bindings(text, bindings or {})
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


def run_query(path: Path, text: str, bindings: dict[str, object] | None = None) -> QueryResult:
    return execute(load_store(path), text, bindings)


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
