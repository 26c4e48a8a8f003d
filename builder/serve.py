"""Serve a built graph on loopback: a read-only SPARQL 1.1 endpoint at /sparql, dereferenceable entity IRIs (/id/… answers 303 to /doc/…, which is HTML, Turtle or JSON-LD by Accept), VoID and DCAT at /.well-known/void, the dumps under /dumps/, and a query page at /.

How it is built, and why:

* HTTP is the standard library's ``ThreadingHTTPServer``. The protocol surface
  is small (three verbs, a dozen paths), the server binds loopback by default,
  and every request that touches the graph is done by a worker process, so the
  GIL of the HTTP process is never the bottleneck. No dependency to keep up.
* The graph lives in pyoxigraph stores held by ``--workers`` worker processes,
  each loading GRAPH once when it starts. pyoxigraph cannot cancel a running
  query, so a query that passes ``--timeout`` seconds gets 503 and its worker
  is killed and replaced: the CPU it was burning is given back at once, which a
  thread with a deadline cannot do. Workers are plain subprocesses talking over
  two pipes (not ``multiprocessing``, which re-imports ``__main__``).
* The store is read-only: workers only ever call ``Store.query``. SPARQL Update
  (a POST of ``application/sparql-update``, an ``update=`` parameter, or query
  text whose first operation is an update) is refused with 403, and so is
  ``SERVICE`` (pyoxigraph would make the HTTP request: a read-only public
  endpoint must not fetch other addresses for its callers).
* ``--timeout S`` bounds both the wait for a free worker and the run of the
  query: past either, 503 with Retry-After.
* ``--max-results N`` truncates: a SELECT answers its first N rows (a CONSTRUCT
  or DESCRIBE its first N triples) with status 200 and the header
  ``X-SPARQL-MaxRows: N`` (as Virtuoso marks it), present only when rows were
  cut. ``--max-request-bytes`` caps a POST body (413) and the request target of
  a GET (414).
* Every text that comes from the graph is HTML-escaped, only http(s) IRIs
  become links, and pages carry a Content-Security-Policy that allows no
  script at all and one hashed inline stylesheet.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pyoxigraph as ox

from . import __version__
from .query import SPARQL_LEXEMES, term_json
from .errors import UnkgError
from .iri import DEFAULT_BASE
from .namespace import DCTERMS, OWL, RDF, RDFS, SKOS, UNKG, XSD

# --------------------------------------------------------------------------
# Vocabulary used by the pages (IRIs as pyoxigraph needs them: plain strings
# derived from the generated namespace, so no term is spelled out by hand).

_UNKG = str(UNKG._NS)
_RDF_TYPE = str(RDF.type)
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
_RDFS_LABEL = str(RDFS.label)
_EVIDENCE = str(UNKG.evidence)
_NARY = {str(UNKG.Attendance), str(UNKG.Office), str(UNKG.Adoption), str(UNKG.TreatyAction)}
_STATEMENT = str(RDF.Statement)

PREFIXES = {
    "unkg": _UNKG, "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS),
    "xsd": str(XSD), "dcterms": str(DCTERMS),
}

# --------------------------------------------------------------------------
# Media types.

JSON_RESULTS = "application/sparql-results+json"
XML_RESULTS = "application/sparql-results+xml"
CSV, TSV, HTML = "text/csv", "text/tab-separated-values", "text/html"
TURTLE, NTRIPLES, JSONLD, RDFXML, TRIG = (
    "text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml", "application/trig")

RESULT_FORMATS = {JSON_RESULTS: ox.QueryResultsFormat.JSON, XML_RESULTS: ox.QueryResultsFormat.XML,
                  CSV: ox.QueryResultsFormat.CSV, TSV: ox.QueryResultsFormat.TSV}
RDF_FORMATS = {TURTLE: ox.RdfFormat.TURTLE, NTRIPLES: ox.RdfFormat.N_TRIPLES, JSONLD: ox.RdfFormat.JSON_LD,
               RDFXML: ox.RdfFormat.RDF_XML}
# What a client may ask for, in the server's order of preference, and the
# aliases some clients send (SPARQLWrapper asks for application/json).
RESULT_OFFERS = [JSON_RESULTS, XML_RESULTS, CSV, TSV, "application/json", "application/xml", HTML]
ASK_OFFERS = [JSON_RESULTS, XML_RESULTS, CSV, TSV, "application/json", "application/xml", HTML]
GRAPH_OFFERS = [TURTLE, NTRIPLES, JSONLD, RDFXML, "application/json", "text/plain", HTML]
PAGE_OFFERS = [HTML, TURTLE, JSONLD, NTRIPLES, "application/xhtml+xml", "application/json"]
ALIASES = {"application/json": JSON_RESULTS, "application/xml": XML_RESULTS}
GRAPH_ALIASES = {"application/json": JSONLD, "text/plain": NTRIPLES}
PAGE_ALIASES = {"application/xhtml+xml": HTML, "application/json": JSONLD}
FORMAT_PARAM = {  # ?format= overrides Accept (the query page uses it)
    "json": JSON_RESULTS, "xml": XML_RESULTS, "csv": CSV, "tsv": TSV, "html": HTML,
    "turtle": TURTLE, "ttl": TURTLE, "nt": NTRIPLES, "ntriples": NTRIPLES, "jsonld": JSONLD, "json-ld": JSONLD,
    "rdfxml": RDFXML, "rdf": RDFXML,
}
GRAPH_FORMAT_PARAM = {"json": JSONLD, "xml": RDFXML, "csv": TURTLE, "tsv": TURTLE}
EXTENSIONS = {".html": HTML, ".ttl": TURTLE, ".jsonld": JSONLD, ".nt": NTRIPLES}
EXTENSION_OF = {HTML: ".html", TURTLE: ".ttl", JSONLD: ".jsonld", NTRIPLES: ".nt"}

DEFAULTS = {"host": "127.0.0.1", "port": 8000, "timeout": 30.0, "max_results": 10000,
            "max_request_bytes": 256 * 1024, "workers": 2, "max_connections": 128}
INBOUND_LIMIT = 500  # links shown on a page ("referenced by")
NAMED_QUERY_LIMIT = 200
NAMED_QUERY_BYTES = 64 * 1024

# --------------------------------------------------------------------------
# SPARQL text: what kind of operation, and whether it calls SERVICE.

_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PROLOGUE_ITEM = re.compile(r"\s*(?:BASE\b|PREFIX\s*[^\s:]*:)", re.I)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_SERVICE = re.compile(r"(?<![\w?$:.\-])SERVICE(?![\w:\-])", re.I)
QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _unescape(text: str) -> str:
    """SPARQL's codepoint escapes, which apply to the whole query text (SPARQL 1.1 §19.2)."""

    def repl(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return _UNICODE_ESCAPE.sub(repl, text)


def code_only(text: str) -> str:
    """The query text with its strings, IRIs and comments blanked out."""
    return SPARQL_LEXEMES.sub(" ", _unescape(text))


def operation(text: str) -> str | None:
    """'select', 'construct', 'describe', 'ask', 'update', or None when unrecognised."""
    code = code_only(text)
    pos = 0
    while (match := _PROLOGUE_ITEM.match(code, pos)) is not None:
        pos = match.end()
    word = _FIRST_WORD.match(code, pos)
    if word is None:
        return None
    word_upper = word.group(1).upper()
    if word_upper in QUERY_FORMS:
        return word_upper.lower()
    if word_upper in UPDATE_WORDS:
        return "update"
    return None


def uses_service(text: str) -> bool:
    return _SERVICE.search(code_only(text)) is not None


# --------------------------------------------------------------------------
# Content negotiation.


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the Accept header ranks highest (q, then specificity, then the
    server's order); the first offer when there is no Accept; None if none fits."""
    if not accept or not accept.strip():
        return offers[0]
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        pieces = part.split(";")
        media = pieces[0].strip().lower()
        if not media:
            continue
        q = 1.0
        for param in pieces[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    best, best_key = None, None
    for index, offer in enumerate(offers):
        kind = offer.split("/")[0]
        q, specificity = 0.0, -1
        for media, weight in ranges:
            level = 3 if media == offer else 2 if media == f"{kind}/*" else 1 if media == "*/*" else -1
            if level > specificity:
                q, specificity = weight, level
        if specificity < 0 or q <= 0:
            continue
        key = (q, specificity, -index)
        if best_key is None or key > best_key:
            best, best_key = offer, key
    return best


# --------------------------------------------------------------------------
# IRIs and the paths that serve them.

_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"


def uri_to_iri(text: str, words_only: bool = False) -> str:
    """Decode the percent-escapes that spell non-ASCII UTF-8 (RFC 3987 §3.2);
    ASCII escapes stay, since keys use them (%2D, %2F) to mean something.
    With words_only, only letters and digits are decoded: the other non-ASCII
    characters (“, 、, spaces) are written percent-encoded in the keys themselves."""

    def repl(match: re.Match) -> str:
        raw = bytes.fromhex(match.group(0).replace("%", ""))
        try:
            decoded = raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        if not words_only:
            return decoded
        return "".join(ch if re.match(r"\w", ch) and unicodedata.category(ch)[0] not in "CZ"
                       else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in decoded)

    return _NON_ASCII_ESCAPES.sub(repl, text)


def iri_candidates(path_rest: str) -> list[str]:
    """The IRI keys a request path may mean, most likely first: non-ASCII
    letters decoded and the rest left as escapes (how keys are minted), all
    decoded, none decoded."""
    out: list[str] = []
    for candidate in (uri_to_iri(path_rest, words_only=True), uri_to_iri(path_rest), path_rest):
        if candidate not in out:
            out.append(candidate)
    return out


def iri_to_path(iri: str, base: str, prefix: str = "/doc/") -> str | None:
    """The server path of an entity IRI under base, or None for other IRIs."""
    if not iri.startswith(base) or len(iri) == len(base):
        return None
    return prefix + quote(iri[len(base):], safe=_PATH_SAFE)


# --------------------------------------------------------------------------
# HTML.

_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.45;color:#1d2330}
h1{font-size:1.5rem;margin:.2rem 0}h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d8dde6}
a{color:#0b5cad}code,.iri{font-family:ui-monospace,monospace;font-size:.85em;color:#4a5568;word-break:break-all}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eceff4;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f5f7fa}.pred{width:14rem;color:#4a5568}.lang{color:#8592a6;font-size:.8em;margin-left:.3em}
blockquote.quote{margin:.4rem 0;padding:.4rem .8rem;border-left:4px solid #7aa7d8;background:#f3f7fc;white-space:pre-wrap}
.src{color:#6b778c;font-size:.85em;margin:0 0 .6rem}.fact{border:1px solid #e1e6ee;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
.note{background:#fff6df;border:1px solid #f0d58a;padding:.4rem .8rem;border-radius:6px}
textarea{width:100%;min-height:16rem;font-family:ui-monospace,monospace;font-size:.9rem}
nav a{margin-right:1rem}ul.queries li{margin:.3rem 0}
""".strip()
_CSS_HASH = base64.b64encode(hashlib.sha256(_CSS.encode("utf-8")).digest()).decode("ascii")
CSP = (f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")


def h(value: object) -> str:
    """HTML-escape anything that is shown (graph text, IRIs, query text)."""
    return html.escape(str(value), quote=True)


def page(title: str, body: str) -> bytes:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{h(title)}</title><style>{_CSS}</style></head><body>"
        "<nav><a href=\"/\">query</a><a href=\"/void\">VoID</a><a href=\"/dumps/graph.trig\">graph.trig</a>"
        "<a href=\"/dumps/graph.nt\">graph.nt</a></nav>"
        f"{body}</body></html>\n"
    ).encode("utf-8")


def _is_http(iri: str) -> bool:
    return iri.startswith(("http://", "https://"))


class Labels:
    """Display names: labels from the graph and the ontology, else a CURIE."""

    def __init__(self, ontology: dict[str, dict[str, str]], graph: dict[str, dict[str, str]], base: str):
        self.ontology, self.graph, self.base = ontology, graph, base

    def names(self, iri: str) -> dict[str, str]:
        return self.graph.get(iri) or self.ontology.get(iri) or {}

    def show(self, iri: str) -> str:
        names = self.names(iri)
        zh = names.get("zh")
        en = names.get("en")
        other = names.get("")
        if zh and en and zh != en:
            return f"{zh} · {en}"
        return zh or en or other or next(iter(names.values()), None) or self.curie(iri)

    def curie(self, iri: str) -> str:
        for prefix, namespace in PREFIXES.items():
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        if iri.startswith(self.base):
            return iri[len(self.base):]
        return iri

    def predicate(self, iri: str) -> str:
        names = self.names(iri)
        label = names.get("en") or names.get("zh") or names.get("")
        curie = self.curie(iri)
        if label:
            return f'{h(label)} <code>{h(curie)}</code>'
        return f"<code>{h(curie)}</code>"

    def term(self, term: object) -> str:
        if isinstance(term, ox.NamedNode):
            iri = term.value
            local = iri_to_path(iri, self.base)
            text = self.show(iri)
            if local is not None:
                return f'<a href="{h(local)}">{h(text)}</a>'
            if _is_http(iri):
                shown = text if text != iri else iri
                return f'<a href="{h(iri)}" rel="noopener noreferrer nofollow">{h(shown)}</a>'
            return f'<code>{h(iri)}</code>'
        if isinstance(term, ox.Literal):
            extra = ""
            if term.language:
                extra = f'<span class="lang">@{h(term.language)}</span>'
            elif term.datatype is not None and term.datatype.value not in (str(XSD.string),):
                extra = f'<span class="lang">{h(self.curie(term.datatype.value))}</span>'
            lang = f' lang="{h(term.language)}"' if term.language else ""
            return f"<span{lang}>{h(term.value)}</span>{extra}"
        if term is None:
            return ""
        return f"<code>{h(term)}</code>"


# --------------------------------------------------------------------------
# The worker: one pyoxigraph store, answering requests over a pipe.


def _ontology_labels() -> dict[str, dict[str, str]]:
    from .resources import ontology_file

    labels: dict[str, dict[str, str]] = {}
    try:
        for triple in ox.parse(path=str(ontology_file()), format=ox.RdfFormat.TURTLE):
            if triple.predicate.value == _RDFS_LABEL and isinstance(triple.object, ox.Literal):
                labels.setdefault(triple.subject.value, {})[triple.object.language or ""] = triple.object.value
    except (OSError, SyntaxError):
        pass
    return labels


class Worker:
    """What a worker process does with each request (also usable in-process)."""

    def __init__(self, store: ox.Store, base: str):
        self.store = store
        self.base = base
        self.ontology = _ontology_labels()

    def handle(self, kind: str, payload: dict) -> tuple:
        if kind == "query":
            return self.query(payload)
        if kind == "describe":
            return self.describe(payload)
        if kind == "stats":
            return ("ok", self.stats())
        if kind == "dump":
            return ("ok", self.dump(Path(payload["dir"])))
        if kind == "ping":
            return ("ok", len(self.store))
        return ("error", 500, f"unknown request {kind!r}")

    # -- SPARQL

    def query(self, p: dict) -> tuple:
        media, cap = p["media"], p["max_results"]
        options: dict = {}
        try:
            if p.get("default_graphs"):
                options["default_graph"] = [ox.NamedNode(g) for g in p["default_graphs"]]
            else:
                options["use_default_graph_as_union"] = True
            if p.get("named_graphs"):
                options["named_graphs"] = [ox.NamedNode(g) for g in p["named_graphs"]]
        except ValueError as error:
            return ("error", 400, f"bad graph IRI: {error}")
        try:
            result = self.store.query(p["query"], **options)
        except SyntaxError as error:
            return ("error", 400, f"the query does not parse: {error}")
        except (OSError, ValueError) as error:
            return ("error", 400, f"the query failed: {error}")
        truncated = False
        if isinstance(result, ox.QueryBoolean):
            media = media if media in RESULT_FORMATS or media == HTML else JSON_RESULTS
            if media == HTML:
                body = page("ASK", f"<h1>ASK</h1><p><strong>{'true' if result else 'false'}</strong></p>")
            else:
                body = result.serialize(format=RESULT_FORMATS[media])
            return ("ok", media, body, False, "ask")
        if isinstance(result, ox.QuerySolutions):
            media = media if media in RESULT_FORMATS or media == HTML else JSON_RESULTS
            variables = [v.value for v in result.variables]
            rows = list(islice(result, cap + 1))
            truncated = len(rows) > cap
            rows = rows[:cap]
            if media == HTML:
                body = self._results_page(variables, [[row[v] for v in variables] for row in rows], truncated, cap)
            else:
                # Rows are cut in Python; pyoxigraph's own writers then serialize them.
                document = {"head": {"vars": variables},
                            "results": {"bindings": [{v: term_json(row[v]) for v in variables if row[v] is not None}
                                                     for row in rows]}}
                solutions = ox.parse_query_results(json.dumps(document), format=ox.QueryResultsFormat.JSON)
                body = solutions.serialize(format=RESULT_FORMATS[media])
            return ("ok", media, body, truncated, "select")
        media = media if media in RDF_FORMATS or media == HTML else TURTLE
        triples = list(islice(result, cap + 1))
        truncated = len(triples) > cap
        triples = triples[:cap]
        if media == HTML:
            rows = [[t.subject, t.predicate, t.object] for t in triples]
            body = self._results_page(["subject", "predicate", "object"], rows, truncated, cap)
        else:
            body = ox.serialize(triples, format=RDF_FORMATS[media], prefixes=PREFIXES)
        return ("ok", media, body, truncated, "graph")

    def _labels_for(self, iris: set[str]) -> dict[str, dict[str, str]]:
        out: dict[str, dict[str, str]] = {}
        label = ox.NamedNode(_RDFS_LABEL)
        for iri in sorted(iris):
            for quad in self.store.quads_for_pattern(ox.NamedNode(iri), label, None, None):
                if isinstance(quad.object, ox.Literal):
                    out.setdefault(iri, {}).setdefault(quad.object.language or "", quad.object.value)
        return out

    def _results_page(self, variables: list[str], rows: list[list], truncated: bool, cap: int) -> bytes:
        iris = {t.value for row in rows for t in row if isinstance(t, ox.NamedNode)}
        labels = Labels(self.ontology, self._labels_for(iris) if len(iris) <= 2000 else {}, self.base)
        head = "".join(f"<th>{h(v)}</th>" for v in variables)
        body = "".join("<tr>" + "".join(f"<td>{labels.term(t)}</td>" for t in row) + "</tr>" for row in rows)
        note = (f'<p class="note">Only the first {cap} results are shown (the server\'s --max-results).</p>'
                if truncated else "")
        return page("SPARQL results", f"<h1>Results</h1><p>{len(rows)} row(s)</p>{note}"
                                      f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    # -- entity descriptions

    def _triples(self, s=None, p=None, o=None, limit: int | None = None) -> list[ox.Triple]:
        seen: set[ox.Triple] = set()
        out: list[ox.Triple] = []
        for quad in self.store.quads_for_pattern(s, p, o, None):
            triple = ox.Triple(quad.subject, quad.predicate, quad.object)
            if triple not in seen:
                seen.add(triple)
                out.append(triple)
                if limit is not None and len(out) >= limit:
                    break
        out.sort(key=str)
        return out

    def _exists(self, node: ox.NamedNode) -> bool:
        return (next(iter(self.store.quads_for_pattern(node, None, None, None)), None) is not None
                or next(iter(self.store.quads_for_pattern(None, None, node, None)), None) is not None)

    def describe(self, p: dict) -> tuple:
        for iri, media in p["candidates"]:
            try:
                node = ox.NamedNode(iri)
            except ValueError:
                continue
            if self._exists(node):
                break
        else:
            return ("error", 404, "nothing in this graph is described by that IRI")
        d = self._description(node)
        if media == HTML:
            body = self._entity_page(d)
        else:
            body = ox.serialize(sorted(d.all_triples(), key=str), format=RDF_FORMATS[media], prefixes=PREFIXES)
        return ("ok", media, body, iri)

    def _description(self, node: ox.NamedNode) -> "Description":
        d = Description(node)
        d.out = self._triples(node)
        d.inbound = self._triples(None, None, node, limit=INBOUND_LIMIT + 1)
        d.inbound_cut = len(d.inbound) > INBOUND_LIMIT
        d.inbound = d.inbound[:INBOUND_LIMIT]
        d.types = {t.object.value for t in d.out if t.predicate.value == _RDF_TYPE and isinstance(t.object, ox.NamedNode)}
        rdf_type = ox.NamedNode(_RDF_TYPE)
        for triple in d.inbound:
            subject = triple.subject
            if not isinstance(subject, ox.NamedNode) or subject.value in d.related:
                continue
            types = {q.object.value for q in self.store.quads_for_pattern(subject, rdf_type, None, None)}
            if types & _NARY or _STATEMENT in types:
                d.related[subject.value] = self._triples(subject)
        evidence_nodes = {t.object for t in d.out if t.predicate.value == _EVIDENCE}
        for triples in d.related.values():
            evidence_nodes |= {t.object for t in triples if t.predicate.value == _EVIDENCE}
        for ev in sorted(evidence_nodes, key=str):
            if isinstance(ev, ox.NamedNode):
                d.evidence[ev.value] = self._triples(ev)
        iris = set()
        for triple in d.all_triples():
            for term in (triple.subject, triple.predicate, triple.object):
                if isinstance(term, ox.NamedNode):
                    iris.add(term.value)
        d.labels = self._labels_for(iris)
        symbol = ox.NamedNode(str(UNKG.symbol))
        for triples in d.evidence.values():
            for t in triples:
                if t.predicate.value == str(UNKG.source):
                    for quad in self.store.quads_for_pattern(t.object, symbol, None, None):
                        d.symbols[t.object.value] = quad.object.value
        return d

    def _entity_page(self, d: "Description") -> bytes:
        labels = Labels(self.ontology, d.labels, self.base)
        iri = d.node.value
        names = d.labels.get(iri, {})
        title = labels.show(iri)
        parts = [f"<h1>{h(title)}</h1>"]
        others = [f'<span lang="{h(lang)}">{h(value)}</span>' for lang, value in sorted(names.items())
                  if value != title]
        if others and len(names) > 1:
            parts.append(f"<p>{' · '.join(others)}</p>")
        parts.append(f'<p class="iri">{h(iri)}</p>')
        if d.types:
            parts.append("<p>" + ", ".join(labels.term(ox.NamedNode(t)) for t in sorted(d.types)) + "</p>")
        parts.append(f'<p class="src">Also as <a href="{h(self._variant(iri, TURTLE))}">Turtle</a>, '
                     f'<a href="{h(self._variant(iri, JSONLD))}">JSON-LD</a>, '
                     f'<a href="{h(self._variant(iri, NTRIPLES))}">N-Triples</a>.</p>')
        facts = [t for t in d.out if t.predicate.value not in (_RDF_TYPE, _EVIDENCE)]
        if facts:
            parts.append("<h2>Facts</h2><table>")
            for t in facts:
                parts.append(f'<tr><td class="pred">{labels.predicate(t.predicate.value)}</td>'
                             f"<td>{labels.term(t.object)}</td></tr>")
            parts.append("</table>")
        own_evidence = [t.object.value for t in d.out if t.predicate.value == _EVIDENCE]
        if own_evidence:
            parts.append("<h2>Evidence</h2>")
            parts.extend(self._evidence_html(e, d, labels) for e in own_evidence)
        nary = {k: v for k, v in d.related.items() if not any(
            t.predicate.value == _RDF_TYPE and t.object.value == _STATEMENT for t in v)}
        statements = {k: v for k, v in d.related.items() if k not in nary}
        if nary:
            parts.append("<h2>Attendance, offices and adoptions</h2>")
            for node_iri, triples in sorted(nary.items()):
                parts.append(self._nary_html(node_iri, triples, d, labels))
        if statements:
            parts.append("<h2>Statements with evidence</h2>")
            for node_iri, triples in sorted(statements.items()):
                parts.append(self._statement_html(node_iri, triples, d, labels))
        shown = set(d.related)
        inbound = [t for t in d.inbound if t.subject.value not in shown]
        if inbound:
            parts.append("<h2>Referenced by</h2><table>")
            for t in inbound:
                parts.append(f"<tr><td>{labels.term(t.subject)}</td>"
                             f'<td class="pred">{labels.predicate(t.predicate.value)}</td></tr>')
            parts.append("</table>")
            if d.inbound_cut:
                parts.append(f'<p class="note">Only the first {INBOUND_LIMIT} links are shown; '
                             "ask the SPARQL endpoint for the rest.</p>")
        return page(title, "".join(parts))

    def _variant(self, iri: str, media: str) -> str:
        return (iri_to_path(iri, self.base) or "/doc/") + EXTENSION_OF[media]

    def _evidence_html(self, ev_iri: str, d: "Description", labels: Labels) -> str:
        values: dict[str, object] = {}
        for t in d.evidence.get(ev_iri, []):
            values.setdefault(t.predicate.value, t.object)
        quote_term = values.get(str(UNKG.quote))
        paragraph = values.get(str(UNKG.paragraph))
        source = values.get(str(UNKG.source))
        start, end = values.get(str(UNKG.charStart)), values.get(str(UNKG.charEnd))
        text = quote_term.value if isinstance(quote_term, ox.Literal) else ""
        where = []
        if isinstance(paragraph, ox.Literal):
            where.append(f"paragraph {h(paragraph.value)}")
        if isinstance(source, ox.NamedNode):
            symbol = d.symbols.get(source.value) or labels.curie(source.value)
            local = iri_to_path(source.value, self.base)
            where.append(f'<a href="{h(local)}">{h(symbol)}</a>' if local else h(symbol))
        if isinstance(start, ox.Literal) and isinstance(end, ox.Literal):
            where.append(f"characters {h(start.value)}–{h(end.value)}")
        local = iri_to_path(ev_iri, self.base)
        link = f' · <a href="{h(local)}">evidence</a>' if local else ""
        return (f'<blockquote class="quote" lang="zh">{h(text)}</blockquote>'
                f'<p class="src">{" · ".join(where)}{link}</p>')

    def _nary_html(self, node_iri: str, triples: list[ox.Triple], d: "Description", labels: Labels) -> str:
        types = [t.object.value for t in triples if t.predicate.value == _RDF_TYPE]
        heading = ", ".join(h(labels.show(t)) for t in types) or "fact"
        local = iri_to_path(node_iri, self.base)
        rows = "".join(
            f'<tr><td class="pred">{labels.predicate(t.predicate.value)}</td><td>{labels.term(t.object)}</td></tr>'
            for t in triples if t.predicate.value not in (_RDF_TYPE, _EVIDENCE))
        evidence = "".join(self._evidence_html(t.object.value, d, labels)
                           for t in triples if t.predicate.value == _EVIDENCE)
        link = f' <a class="iri" href="{h(local)}">{h(labels.curie(node_iri))}</a>' if local else ""
        return f'<div class="fact"><strong>{heading}</strong>{link}<table>{rows}</table>{evidence}</div>'

    def _statement_html(self, node_iri: str, triples: list[ox.Triple], d: "Description", labels: Labels) -> str:
        parts = {t.predicate.value: t.object for t in triples}
        subject, predicate, obj = parts.get(_RDF_SUBJECT), parts.get(_RDF_PREDICATE), parts.get(_RDF_OBJECT)
        claim = (f"{labels.term(subject)} — "
                 f"{labels.predicate(predicate.value) if isinstance(predicate, ox.NamedNode) else ''} — "
                 f"{labels.term(obj)}")
        evidence = "".join(self._evidence_html(t.object.value, d, labels)
                           for t in triples if t.predicate.value == _EVIDENCE)
        return f'<div class="fact">{claim}{evidence}</div>'

    # -- statistics and dumps

    def _count(self, text: str) -> int:
        result = self.store.query(text, use_default_graph_as_union=True)
        for row in result:
            return int(row[0].value)
        return 0

    def stats(self) -> dict:
        graphs = []
        for row in self.store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"):
            graphs.append((row["g"].value, int(row["n"].value)))
        classes = []
        for row in self.store.query(
                "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c",
                use_default_graph_as_union=True):
            if isinstance(row["c"], ox.NamedNode):
                classes.append((row["c"].value, int(row["n"].value)))
        examples = []
        for cls in (str(UNKG.State), str(UNKG.Meeting), str(UNKG.Document)):
            for row in self.store.query(f"SELECT ?s WHERE {{ ?s a <{cls}> }} ORDER BY ?s LIMIT 1",
                                        use_default_graph_as_union=True):
                examples.append(row["s"].value)
        return {
            "quads": len(self.store),
            "triples": self._count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"),
            "subjects": self._count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
            "objects": self._count("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
            "properties": self._count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
            "entities": self._count(
                "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c FILTER(STRSTARTS(STR(?s), "
                + json.dumps(self.base) + ")) }"),
            "graphs": graphs,
            "classes": classes,
            "examples": examples,
        }

    def dump(self, folder: Path) -> dict:
        folder.mkdir(parents=True, exist_ok=True)
        self.store.dump(str(folder / "graph.trig"), format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        lines = sorted({str(ox.Triple(q.subject, q.predicate, q.object))
                        for q in self.store.quads_for_pattern(None, None, None, None)})
        with open(folder / "graph.nt", "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(line + " .\n")
        return {"graph.trig": str(folder / "graph.trig"), "graph.nt": str(folder / "graph.nt")}


@dataclass
class Description:
    node: ox.NamedNode
    out: list = field(default_factory=list)
    inbound: list = field(default_factory=list)
    inbound_cut: bool = False
    types: set = field(default_factory=set)
    related: dict = field(default_factory=dict)  # n-ary node or statement IRI -> its triples
    evidence: dict = field(default_factory=dict)  # evidence IRI -> its triples
    labels: dict = field(default_factory=dict)
    symbols: dict = field(default_factory=dict)

    def all_triples(self) -> set:
        out = set(self.out) | set(self.inbound)
        for triples in self.related.values():
            out.update(triples)
        for triples in self.evidence.values():
            out.update(triples)
        label = ox.NamedNode(_RDFS_LABEL)
        for iri, names in self.labels.items():
            for lang, value in names.items():
                out.add(ox.Triple(ox.NamedNode(iri), label, ox.Literal(value, language=lang) if lang else ox.Literal(value)))
        return out


def _worker_entry() -> None:
    """Entry point of a worker process: argv is [read fd, write fd]."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests = Connection(int(sys.argv[1]), writable=False)
    replies = Connection(int(sys.argv[2]), readable=False)
    try:
        setup = requests.recv()
        from .query import load_store

        store = load_store(Path(setup["graph"]))
        worker = Worker(store, setup["base"])
    except (EOFError, OSError):
        return
    except Exception as error:  # noqa: BLE001 - reported to the parent, which refuses to start
        replies.send(("failed", f"{error}"))
        return
    replies.send(("ready", len(store)))
    while True:
        try:
            kind, payload = requests.recv()
        except (EOFError, OSError):
            return
        try:
            reply = worker.handle(kind, payload)
        except Exception as error:  # noqa: BLE001 - one bad request must not end the worker
            reply = ("error", 500, f"{type(error).__name__}: {error}")
        try:
            replies.send(reply)
        except (OSError, ValueError):
            return


# --------------------------------------------------------------------------
# The pool of workers, in the HTTP process.


class Busy(Exception):
    """No worker became free in time."""


class QueryTimeout(Exception):
    """The worker did not answer in time; it has been killed."""


class WorkerFailed(Exception):
    """The worker died while answering."""


class _WorkerProcess:
    def __init__(self, graph: Path, base: str):
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        env = dict(os.environ)
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", "from builder.serve import _worker_entry; _worker_entry()", str(req_r), str(rep_w)],
                pass_fds=(req_r, rep_w), stdin=subprocess.DEVNULL, env=env, close_fds=True)
        finally:
            os.close(req_r)
            os.close(rep_w)
        self.send_conn = Connection(req_w, readable=False)
        self.recv_conn = Connection(rep_r, writable=False)
        self.send_conn.send({"graph": str(graph), "base": base})

    def wait_ready(self, timeout: float) -> int:
        if not self.recv_conn.poll(timeout):
            self.kill()
            raise UnkgError(f"a query worker did not load the graph within {timeout:.0f}s")
        try:
            reply = self.recv_conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise UnkgError("a query worker exited while loading the graph") from None
        if reply[0] != "ready":
            self.kill()
            raise UnkgError(f"cannot load the graph: {reply[1]}")
        return reply[1]

    def kill(self) -> None:
        try:
            self.process.kill()
        except OSError:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for conn in (self.send_conn, self.recv_conn):
            try:
                conn.close()
            except OSError:
                pass


class WorkerPool:
    def __init__(self, graph: Path, base: str, size: int, load_timeout: float = 600.0):
        self.graph, self.base, self.load_timeout = graph, base, load_timeout
        self._idle: queue.Queue[_WorkerProcess] = queue.Queue()
        self._all: set[_WorkerProcess] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [_WorkerProcess(graph, base) for _ in range(max(1, size))]
        self._all.update(started)
        try:
            counts = [worker.wait_ready(load_timeout) for worker in started]
        except BaseException:
            self.close()
            raise
        self.quads = counts[0]
        for worker in started:
            self._idle.put(worker)

    def call(self, kind: str, payload: dict, timeout: float) -> tuple:
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy from None
        try:
            worker.send_conn.send((kind, payload))
            if worker.recv_conn.poll(timeout):
                reply = worker.recv_conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError):
            self._retire(worker)
            raise WorkerFailed from None
        self._retire(worker)
        raise QueryTimeout

    def _retire(self, worker: _WorkerProcess) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                return
        threading.Thread(target=self._replace, name="unkg-serve-respawn", daemon=True).start()

    def _replace(self) -> None:
        for attempt in range(3):
            with self._lock:
                if self._closed:
                    return
                worker = _WorkerProcess(self.graph, self.base)
                self._all.add(worker)
            try:
                worker.wait_ready(self.load_timeout)
            except UnkgError as error:
                print(f"unkg serve: {error}", file=sys.stderr)
                with self._lock:
                    self._all.discard(worker)
                time.sleep(1 + attempt)
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
            self._idle.put(worker)
            return

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()


# --------------------------------------------------------------------------
# The application: settings, the pool and what is computed once at start.


@dataclass
class Settings:
    graph: Path
    host: str = DEFAULTS["host"]
    port: int = DEFAULTS["port"]
    base: str = DEFAULT_BASE
    timeout: float = DEFAULTS["timeout"]
    max_results: int = DEFAULTS["max_results"]
    max_request_bytes: int = DEFAULTS["max_request_bytes"]
    workers: int = DEFAULTS["workers"]
    max_connections: int = DEFAULTS["max_connections"]
    queries: Path | None = None
    access_log: bool = False


def default_queries_dir() -> Path | None:
    folder = Path(__file__).resolve().parent.parent / "queries"
    return folder if folder.is_dir() else None


@dataclass
class NamedQuery:
    name: str
    description: str
    text: str


def load_named_queries(folder: Path | None) -> list[NamedQuery]:
    """queries/*.rq, each described by its leading '#' comment lines. A missing folder gives none."""
    if folder is None or not folder.is_dir():
        return []
    out = []
    for path in sorted(folder.glob("*.rq"))[:NAMED_QUERY_LIMIT]:
        try:
            if path.stat().st_size > NAMED_QUERY_BYTES:
                continue
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        comments = []  # the first paragraph of the leading comment
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                break
            words = stripped.lstrip("#").strip()
            if not words:
                break
            comments.append(words)
        out.append(NamedQuery(path.stem, " ".join(comments), text))
    return out


class App:
    def __init__(self, settings: Settings):
        if not settings.graph.is_file() and not settings.graph.is_dir():
            raise UnkgError(f"{settings.graph}: no such graph file or build folder; build one with 'unkg build'")
        self.settings = settings
        self.base = settings.base
        self.pool = WorkerPool(settings.graph, settings.base, settings.workers)
        self._dump_dir = Path(tempfile.mkdtemp(prefix="unkg-serve-"))
        try:
            self.stats = self._call_ok("stats", {}, timeout=600)
            self.dumps = {name: Path(path) for name, path in
                          self._call_ok("dump", {"dir": str(self._dump_dir)}, timeout=600).items()}
        except BaseException:
            self.close()
            raise
        self._void_cache: dict[str, bytes] = {}
        self._void_lock = threading.Lock()

    def _call_ok(self, kind: str, payload: dict, timeout: float):
        reply = self.pool.call(kind, payload, timeout)
        if reply[0] != "ok":
            raise UnkgError(f"the graph could not be prepared: {reply[-1]}")
        return reply[1]

    def close(self) -> None:
        self.pool.close()
        shutil.rmtree(self._dump_dir, ignore_errors=True)

    def void(self, root: str, media: str) -> bytes:
        key = f"{root} {media}"
        with self._void_lock:
            if key not in self._void_cache:
                if len(self._void_cache) > 64:
                    self._void_cache.clear()
                self._void_cache[key] = self._make_void(root, media)
            return self._void_cache[key]

    def _make_void(self, root: str, media: str) -> bytes:
        from rdflib import Graph, Literal, Namespace, URIRef
        from rdflib.namespace import DCAT, DCTERMS as DCT, FOAF as FOAF_, RDF as RDF_, VOID, XSD as XSD_

        g = Graph()
        SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
        for prefix, ns in (("void", VOID), ("dcat", DCAT), ("dcterms", DCT), ("sd", SD), ("foaf", FOAF_),
                           ("unkg", UNKG._NS)):
            g.bind(prefix, ns)
        s = self.stats
        here = URIRef(root)
        dataset = URIRef(root + "void#dataset")
        endpoint = URIRef(root + "sparql")
        service = URIRef(root + "void#sparql-service")
        g.add((here, RDF_.type, VOID.DatasetDescription))
        g.add((here, DCT.title, Literal("VoID and DCAT description of the unkg graph", lang="en")))
        g.add((here, FOAF_.primaryTopic, dataset))
        g.add((dataset, RDF_.type, VOID.Dataset))
        g.add((dataset, RDF_.type, DCAT.Dataset))
        g.add((dataset, DCT.title, Literal("unkg: knowledge graph of United Nations meeting reports", lang="en")))
        g.add((dataset, DCT.title, Literal("联合国会议报告知识图谱", lang="zh")))
        g.add((dataset, DCT.description, Literal(
            "Attendance, offices, adoptions and documents extracted from UN meeting reports (Chinese), "
            "every fact traced to a quote of its source text.", lang="en")))
        g.add((dataset, VOID.sparqlEndpoint, endpoint))
        g.add((dataset, VOID.uriSpace, Literal(self.base)))
        g.add((dataset, VOID.vocabulary, URIRef(str(UNKG._NS))))
        g.add((dataset, VOID.feature, URIRef("http://www.w3.org/ns/formats/Turtle")))
        g.add((dataset, VOID.feature, URIRef("http://www.w3.org/ns/formats/TriG")))
        g.add((dataset, VOID.feature, URIRef("http://www.w3.org/ns/formats/N-Triples")))
        g.add((dataset, VOID.triples, Literal(s["triples"])))
        g.add((dataset, VOID.entities, Literal(s["entities"])))
        g.add((dataset, VOID.distinctSubjects, Literal(s["subjects"])))
        g.add((dataset, VOID.distinctObjects, Literal(s["objects"])))
        g.add((dataset, VOID.properties, Literal(s["properties"])))
        g.add((dataset, VOID.classes, Literal(len(s["classes"]))))
        for example in s["examples"]:
            g.add((dataset, VOID.exampleResource, URIRef(example)))
        g.add((dataset, VOID.rootResource, URIRef(self.base)))
        for name, media_type in (("graph.trig", TRIG), ("graph.nt", NTRIPLES)):
            url = URIRef(f"{root}dumps/{name}")
            dist = URIRef(f"{root}void#dump-{name.replace('.', '-')}")
            g.add((dataset, VOID.dataDump, url))
            g.add((dataset, DCAT.distribution, dist))
            g.add((dist, RDF_.type, DCAT.Distribution))
            g.add((dist, DCAT.downloadURL, url))
            g.add((dist, DCAT.accessURL, url))
            g.add((dist, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media_type}")))
            g.add((dist, DCT.title, Literal(name)))
            try:
                g.add((dist, DCAT.byteSize, Literal(self.dumps[name].stat().st_size, datatype=XSD_.nonNegativeInteger)))
            except (KeyError, OSError):
                pass
        g.add((service, RDF_.type, DCAT.DataService))
        g.add((service, RDF_.type, SD.Service))
        g.add((service, DCT.title, Literal("unkg SPARQL 1.1 endpoint (read-only)", lang="en")))
        g.add((service, DCAT.endpointURL, endpoint))
        g.add((service, SD.endpoint, endpoint))
        g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
        g.add((service, DCAT.servesDataset, dataset))
        g.add((service, DCT.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
        g.add((dataset, DCAT.accessService, service))
        for index, (cls, count) in enumerate(s["classes"]):
            part = URIRef(f"{root}void#class-{index}")
            g.add((dataset, VOID.classPartition, part))
            g.add((part, VOID["class"], URIRef(cls)))
            g.add((part, VOID.entities, Literal(count)))
        for index, (graph_iri, count) in enumerate(s["graphs"]):
            part = URIRef(f"{root}void#graph-{index}")
            g.add((dataset, VOID.subset, part))
            g.add((part, RDF_.type, VOID.Dataset))
            g.add((part, DCT.source, URIRef(graph_iri)))
            g.add((part, VOID.triples, Literal(count)))
        fmt = {TURTLE: "turtle", NTRIPLES: "nt", JSONLD: "json-ld"}[media]
        return g.serialize(format=fmt, encoding="utf-8")


# --------------------------------------------------------------------------
# HTTP.

_HOST_OK = re.compile(r"^[A-Za-z0-9.\-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: App):
        self.app = app
        self._slots = threading.BoundedSemaphore(app.settings.max_connections)
        super().__init__(address, _Handler)

    def process_request(self, request, client_address):  # noqa: ANN001 - socketserver's signature
        if not self._slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                                b"Retry-After: 1\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):  # noqa: ANN001
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class _HttpError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = f"unkg/{__version__}"
    timeout = 60  # seconds a client may take to send its request
    disable_nagle_algorithm = True  # headers and body go out in two writes: no 40 ms delayed-ACK stall
    _method = "GET"

    @property
    def app(self) -> App:
        return self.server.app  # type: ignore[attr-defined]

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.app.settings.access_log:
            super().log_message(format, *args)

    # -- verbs

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_OPTIONS(self) -> None:
        self._send(204, b"", None, {"Allow": "GET, HEAD, POST, OPTIONS",
                                    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
                                    "Access-Control-Allow-Headers": "Content-Type, Accept"})

    def _not_allowed(self) -> None:
        self.close_connection = True
        self._error(405, "this server is read-only: use GET, HEAD or POST", {"Allow": "GET, HEAD, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _not_allowed

    # -- dispatch

    def _dispatch(self, method: str) -> None:
        self._method = method
        try:
            if len(self.path) > self.app.settings.max_request_bytes:
                raise _HttpError(414, f"the request target is longer than {self.app.settings.max_request_bytes} bytes")
            parts = urlsplit(self.path)
            path = parts.path
            if path == "/sparql":
                self._sparql(method, parts.query)
            elif method == "POST":
                self._drain_refused()
                raise _HttpError(405, "POST is only for /sparql", {"Allow": "GET, HEAD"})
            elif path in ("/", "/query"):
                self._query_page(parts.query)
            elif path.startswith("/id/"):
                self._see_other(path)
            elif path.startswith("/doc/"):
                self._document(path)
            elif path in ("/.well-known/void", "/void"):
                self._void()
            elif path.startswith("/dumps/"):
                self._dump(path[len("/dumps/"):])
            elif path == "/favicon.ico":
                self._send(204, b"", None, {"Cache-Control": "max-age=86400"})
            else:
                raise _HttpError(404, "no such page")
        except _HttpError as error:
            self._error(error.status, error.message, error.headers)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as error:  # noqa: BLE001 - answer 500 and keep serving
            print(f"unkg serve: {self.command} {self.path[:200]}: {type(error).__name__}: {error}", file=sys.stderr)
            self.close_connection = True
            try:
                self._error(500, "internal error")
            except OSError:
                pass

    # -- responses

    def _send(self, status: int, body: bytes, media: str | None, headers: dict | None = None) -> None:
        self.send_response(status)
        if media:
            charset = "; charset=utf-8" if media.startswith("text/") or media in (
                JSON_RESULTS, XML_RESULTS, NTRIPLES, JSONLD, TRIG, RDFXML) else ""
            self.send_header("Content-Type", media + charset)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Content-Security-Policy", CSP if media == HTML else "default-src 'none'; sandbox")
        self.send_header("Access-Control-Allow-Origin", "*")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self._method != "HEAD" and body:
            self.wfile.write(body)

    def _error(self, status: int, message: str, headers: dict | None = None) -> None:
        wants_html = negotiate(self.headers.get("Accept"), ["text/plain", HTML]) == HTML
        if wants_html:
            body = page(f"{status}", f"<h1>{status}</h1><p>{h(message)}</p>")
            self._send(status, body, HTML, headers)
        else:
            self._send(status, (message + "\n").encode("utf-8"), "text/plain", headers)

    def _root(self) -> str:
        host = self.headers.get("Host", "")
        if not _HOST_OK.match(host):
            address, port = self.server.server_address[:2]
            host = f"[{address}]:{port}" if ":" in address else f"{address}:{port}"
        return f"http://{host}/"

    # -- reading a request

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding"):
            self.close_connection = True
            raise _HttpError(411, "send a Content-Length (chunked bodies are not accepted)")
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            self.close_connection = True
            raise _HttpError(411, "a POST needs a Content-Length")
        try:
            length = int(length_text)
        except ValueError:
            self.close_connection = True
            raise _HttpError(400, "bad Content-Length") from None
        if length < 0:
            self.close_connection = True
            raise _HttpError(400, "bad Content-Length")
        if length > self.app.settings.max_request_bytes:
            self.close_connection = True
            raise _HttpError(413, f"the request body is larger than {self.app.settings.max_request_bytes} bytes")
        return self.rfile.read(length)

    def _drain_refused(self) -> None:
        self.close_connection = True

    # -- /sparql

    def _sparql(self, method: str, url_query: str) -> None:
        params = self._params(url_query)
        if method == "POST":
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if media == "application/sparql-update":
                self.close_connection = True
                raise _HttpError(403, "SPARQL Update is not allowed: this endpoint is read-only")
            body = self._read_body()
            if media == "application/x-www-form-urlencoded":
                form = self._params(body, what="form")
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            elif media == "application/sparql-query":
                try:
                    params.setdefault("query", []).append(body.decode("utf-8"))
                except UnicodeDecodeError:
                    raise _HttpError(400, "the query is not UTF-8") from None
            else:
                raise _HttpError(415, "POST application/x-www-form-urlencoded or application/sparql-query")
        if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise _HttpError(403, "SPARQL Update is not allowed: this endpoint is read-only")
        queries = params.get("query", [])
        if not queries:
            if method in ("GET", "HEAD"):
                return self._service_description()
            raise _HttpError(400, "give the query in the 'query' parameter")
        if len(queries) > 1:
            raise _HttpError(400, "give exactly one 'query' parameter")
        text = queries[0]
        form = operation(text)
        if form == "update":
            raise _HttpError(403, "SPARQL Update is not allowed: this endpoint is read-only")
        if uses_service(text):
            raise _HttpError(403, "federated queries (SERVICE) are not allowed on this endpoint")
        media = self._result_media(form, params)
        payload = {"query": text, "media": media, "max_results": self.app.settings.max_results,
                   "default_graphs": params.get("default-graph-uri", []),
                   "named_graphs": params.get("named-graph-uri", [])}
        reply = self._call("query", payload)
        _, out_media, body, truncated, kind = reply
        headers = {"Vary": "Accept"}
        if truncated:
            headers["X-SPARQL-MaxRows"] = str(self.app.settings.max_results)
        self._send(200, body, out_media, headers)

    def _result_media(self, form: str | None, params: dict) -> str:
        graph = form in ("construct", "describe")
        requested = (params.get("format") or [None])[0]
        if requested:
            key = requested.strip().lower()
            media = (GRAPH_FORMAT_PARAM.get(key) if graph else None) or FORMAT_PARAM.get(key)
            if media is None and "/" in key:
                media = key
            allowed = set(RDF_FORMATS) | {HTML} if graph else set(RESULT_FORMATS) | {HTML}
            media = (GRAPH_ALIASES if graph else ALIASES).get(media, media)
            if media not in allowed:
                raise _HttpError(406, f"format {requested!r} is not offered for this query")
            return media
        offers = GRAPH_OFFERS if graph else RESULT_OFFERS
        chosen = negotiate(self.headers.get("Accept"), offers)
        if chosen is None:
            raise _HttpError(406, "none of the accepted media types is offered: " + ", ".join(offers))
        return (GRAPH_ALIASES if graph else ALIASES).get(chosen, chosen)

    def _params(self, data: str | bytes, what: str = "query string") -> dict[str, list[str]]:
        if isinstance(data, bytes):
            try:
                data = data.decode("ascii")
            except UnicodeDecodeError:
                raise _HttpError(400, f"the {what} is not URL-encoded") from None
        try:
            return parse_qs(data, keep_blank_values=True, strict_parsing=False, encoding="utf-8",
                            errors="strict", max_num_fields=200)
        except (ValueError, UnicodeDecodeError):
            raise _HttpError(400, f"the {what} cannot be read") from None

    def _call(self, kind: str, payload: dict) -> tuple:
        limit = self.app.settings.timeout
        try:
            reply = self.app.pool.call(kind, payload, limit)
        except Busy:
            raise _HttpError(503, f"the server is busy: no query worker became free within {limit:g}s",
                             {"Retry-After": "1"}) from None
        except QueryTimeout:
            raise _HttpError(503, f"the query was stopped after the server's limit of {limit:g}s",
                             {"Retry-After": "5"}) from None
        except WorkerFailed:
            raise _HttpError(500, "the query worker failed; it is being restarted") from None
        if reply[0] == "error":
            raise _HttpError(reply[1], reply[2])
        return reply

    def _service_description(self) -> None:
        root = self._root()
        if negotiate(self.headers.get("Accept"), [TURTLE, HTML]) == HTML:
            self._send(303, b"", None, {"Location": "/"})
            return
        media = negotiate(self.headers.get("Accept"), [TURTLE, NTRIPLES, JSONLD]) or TURTLE
        self._send(200, self.app.void(root, media), media, {"Vary": "Accept"})

    # -- linked data

    def _see_other(self, path: str) -> None:
        target = "/doc/" + path[len("/id/"):]
        self._send(303, b"", None, {"Location": target, "Vary": "Accept"})

    def _document(self, path: str) -> None:
        raw = path[len("/doc/"):]
        if not raw:
            raise _HttpError(404, "no such entity")
        rest = uri_to_iri(raw, words_only=True)
        candidates = []
        suffix = next((ext for ext in EXTENSIONS if raw.endswith(ext)), None)
        negotiated = negotiate(self.headers.get("Accept"), PAGE_OFFERS)
        negotiated = PAGE_ALIASES.get(negotiated, negotiated)
        if negotiated is not None:
            candidates.extend((self.app.base + key, negotiated) for key in iri_candidates(raw))
        if suffix is not None:
            candidates.extend((self.app.base + key, EXTENSIONS[suffix]) for key in iri_candidates(raw[: -len(suffix)]))
        if not candidates:
            raise _HttpError(406, "offered: " + ", ".join(PAGE_OFFERS[:4]))
        try:
            reply = self._call("describe", {"candidates": candidates})
        except _HttpError as error:
            if error.status == 404:
                self._send(404, page("not found", "<h1>Not found</h1><p>Nothing in this graph is described by "
                                                   f"<code>{h(self.app.base + rest)}</code>.</p>"), HTML)
                return
            raise
        _, media, body, iri = reply
        headers = {"Vary": "Accept"}
        local = iri_to_path(iri, self.app.base)
        if local is not None and not path.endswith(EXTENSION_OF[media]):
            headers["Content-Location"] = local + EXTENSION_OF[media]
        self._send(200, body, media, headers)

    def _void(self) -> None:
        media = negotiate(self.headers.get("Accept"), [TURTLE, NTRIPLES, JSONLD, "text/plain", "application/json"])
        media = {"text/plain": TURTLE, "application/json": JSONLD}.get(media, media) if media else TURTLE
        self._send(200, self.app.void(self._root(), media), media, {"Vary": "Accept"})

    def _dump(self, name: str) -> None:
        path = self.app.dumps.get(name)
        if path is None:
            raise _HttpError(404, "dumps: graph.trig, graph.nt")
        media = TRIG if name.endswith(".trig") else NTRIPLES
        size = path.stat().st_size
        self.send_response(200)
        self.send_header("Content-Type", media + "; charset=utf-8")
        self.send_header("Content-Length", str(size))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", "default-src 'none'; sandbox")
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        if self._method == "HEAD":
            return
        with open(path, "rb") as handle:
            shutil.copyfileobj(handle, self.wfile, 1 << 16)

    # -- the query page

    def _query_page(self, url_query: str) -> None:
        params = self._params(url_query)
        queries = load_named_queries(self.app.settings.queries)
        text = "PREFIX unkg: <https://w3id.org/unkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n" \
               "SELECT ?state ?label WHERE {\n  ?a a unkg:Attendance ;\n     unkg:participant ?state ;\n" \
               "     unkg:role unkg:StateParty .\n  ?state rdfs:label ?label .\n  FILTER(LANG(?label) = \"zh\")\n}\n" \
               "ORDER BY ?label\nLIMIT 100\n"
        chosen = (params.get("name") or [None])[0]
        if chosen is not None:
            match = next((q for q in queries if q.name == chosen), None)
            if match is None:
                raise _HttpError(404, f"no named query {chosen!r}")
            text = match.text
        elif params.get("query"):
            text = params["query"][0]
        options = "".join(f'<option value="{h(k)}">{h(v)}</option>' for k, v in (
            ("html", "HTML table"), ("json", "SPARQL JSON"), ("xml", "SPARQL XML"), ("csv", "CSV"), ("tsv", "TSV"),
            ("turtle", "Turtle (CONSTRUCT)"), ("jsonld", "JSON-LD (CONSTRUCT)"), ("nt", "N-Triples (CONSTRUCT)")))
        named = ""
        if queries:
            items = "".join(
                f'<li><a href="/query?name={h(quote(q.name))}">{h(q.name)}</a>'
                f'{" — " + h(q.description) if q.description else ""}</li>' for q in queries)
            named = f'<h2>Named queries</h2><ul class="queries">{items}</ul>'
        s = self.app.stats
        body = (
            "<h1>unkg SPARQL endpoint</h1>"
            f"<p>{s['triples']} triples in {len(s['graphs'])} report graph(s). The endpoint is <code>/sparql</code> "
            "(SPARQL 1.1 Protocol, read-only); the named graphs are queried as one default graph. "
            f"Queries stop after {self.app.settings.timeout:g}s and answer at most {self.app.settings.max_results} rows.</p>"
            '<form method="post" action="/sparql">'
            f'<textarea name="query" spellcheck="false" aria-label="SPARQL query">{h(text)}</textarea>'
            f'<p><label>Results as <select name="format">{options}</select></label> '
            '<button type="submit">Run query</button></p></form>'
            f"{named}"
        )
        self._send(200, page("unkg SPARQL endpoint", body), HTML)


# --------------------------------------------------------------------------
# Running it.


class Service:
    """A running server: `Service(settings).start()`, then `.url`, then `.close()`."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.app = App(settings)
        try:
            self.httpd = _Server((settings.host, settings.port), self.app)
        except OSError as error:
            self.app.close()
            raise UnkgError(f"cannot listen on {settings.host}:{settings.port}: {error.strerror or error}") from None
        host, port = self.httpd.server_address[:2]
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}/"
        self._thread: threading.Thread | None = None

    def start(self) -> "Service":
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="unkg-serve", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def close(self) -> None:
        if self._thread is not None:
            self.httpd.shutdown()
            self._thread.join(timeout=10)
        self.httpd.server_close()
        self.app.close()


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("graph", metavar="GRAPH", help="a build's output folder or OUT/store (its on-disk store, "
                                                      "opened read-only, nothing parsed), or graph.trig, graph.ttl, "
                                                      ".nt or .nq (as `unkg build` writes)")
    parser.add_argument("--host", default=DEFAULTS["host"], help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULTS["port"],
                        help="port (default: 8000; 0 picks a free one, printed at start)")
    parser.add_argument("--base", default=DEFAULT_BASE, metavar="IRI",
                        help="base of the entity IRIs: /id/KEY serves {base}KEY (default: https://w3id.org/unkg/id/)")
    parser.add_argument("--timeout", type=float, default=DEFAULTS["timeout"], metavar="S",
                        help="seconds a query may run before it is stopped with 503 (default: 30)")
    parser.add_argument("--max-results", type=int, default=DEFAULTS["max_results"], metavar="N",
                        help="rows (or triples) answered at most; more are cut and the answer carries "
                             "X-SPARQL-MaxRows: N (default: 10000)")
    parser.add_argument("--max-request-bytes", type=int, default=DEFAULTS["max_request_bytes"], metavar="N",
                        help="largest POST body (else 413) and request target (else 414) (default: 262144)")
    parser.add_argument("--workers", type=int, default=DEFAULTS["workers"], metavar="N",
                        help="query worker processes, each holding the graph (default: 2)")
    parser.add_argument("--max-connections", type=int, default=DEFAULTS["max_connections"], metavar="N",
                        help="open connections served at once; more get 503 (default: 128)")
    parser.add_argument("--queries", default=None, metavar="DIR",
                        help="folder of named queries (*.rq) offered on the query page (default: queries/ if present)")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")


def settings_from_args(args: argparse.Namespace) -> Settings:
    for name in ("timeout", "max_results", "max_request_bytes", "workers", "max_connections"):
        if getattr(args, name) <= 0:
            raise UnkgError(f"--{name.replace('_', '-')} must be positive")
    if not re.match(r"^https?://\S+/$", args.base):
        raise UnkgError(f"--base must be an http(s) IRI ending in '/': {args.base!r}")
    return Settings(graph=Path(args.graph), host=args.host, port=args.port, base=args.base, timeout=args.timeout,
                    max_results=args.max_results, max_request_bytes=args.max_request_bytes, workers=args.workers,
                    max_connections=args.max_connections,
                    queries=Path(args.queries) if args.queries else default_queries_dir(),
                    access_log=args.access_log)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    started = time.perf_counter()
    service = Service(settings)

    def stop(signum, frame):  # noqa: ANN001, ARG001 - signal handler signature
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        s = service.app.stats
        print(f"unkg serve: {settings.graph} ({s['triples']} triples, {len(s['graphs'])} graph(s)) loaded by "
              f"{settings.workers} worker(s) in {time.perf_counter() - started:.1f}s", file=sys.stderr)
        print(f"serving {service.url} (SPARQL at {service.url}sparql); Ctrl-C stops", flush=True)
        service.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        service.httpd.server_close()
        service.app.close()
    return 0
