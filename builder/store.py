"""The corpus graph on disk: canonical N-Quads, TriG and Turtle, and the
embedded Oxigraph store that `unkg query` and `unkg serve` read.

Canonical text. Every term is written one way only (`nt`), the triples of a
report are sorted, and so a report's graph always serializes to the same bytes,
whichever process built it and in whichever order. The files of a build are
concatenations of these per-report pieces in symbol order, which is what lets
an incremental build rewrite them from its cache without re-serializing:

* `shards/*.nq`: one N-Quads file per report, its lines sorted;
* `graph.trig`: one named graph per report, named by the report's document IRI;
* `graph.ttl`: the union in one graph: every report's triples in turn. A
  triple that several reports state (a State's labels, say) is written once per
  report; RDF graphs are sets, so every parser reads the union.

Literals keep their datatype exactly as the builder made it (`"…"^^xsd:string`
stays explicit), so an rdflib parse of any of these files gives back the same
terms (`rdflib.compare.isomorphic` with the built graph).

The store. `OUT/store/` is an Oxigraph (RocksDB) store with one named graph
per report. `open_store(path)` opens it read-only for queries; `StoreWriter`
replaces the graphs of changed reports and removes those of deleted ones.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
import shutil
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import BNode, Literal, URIRef

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_STRING = XSD_NS + "string"
XSD_INTEGER = XSD_NS + "integer"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# The prefixes of the Turtle and TriG files, in the order they are declared.
PREFIXES: tuple[tuple[str, str], ...] = (
    ("dcterms", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("unkg", "https://w3id.org/unkg/ontology#"),
    ("xsd", XSD_NS),
)

STORE_MANIFEST = "unkg-store.json"

# --------------------------------------------------------------------------
# Terms: canonical N-Triples (RDF 1.2 canonical form; xsd:string kept explicit)

_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LIT_BAD = re.compile(r'[\x00-\x1f"\\\x7f]')
_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _uchar(match: re.Match[str]) -> str:
    return "\\u%04X" % ord(match.group())


def _echar(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHAR.get(char) or "\\u%04X" % ord(char)


def _iri(value: str) -> str:
    if _IRI_BAD.search(value):
        value = _IRI_BAD.sub(_uchar, value)
    return "".join(("<", value, ">"))


def _string(value: str) -> str:
    if not value.isprintable() or '"' in value or "\\" in value:
        value = _LIT_BAD.sub(_echar, value)
    return "".join(('"', value, '"'))


_IRIS: dict[str, str] = {}
# The process-wide memos of term spellings are bounded by what one report uses
# (a few thousand terms), not by the corpus: most IRIs (evidence, statements)
# belong to one report only, and a memo as large as the corpus made a worker's
# memory grow with it (to 480 MB at 10,000 reports).
_IRIS_MAX = 1 << 15


def nt(term) -> str:
    """A term in canonical N-Triples: one spelling per term, as rdflib tells terms apart."""
    if isinstance(term, URIRef):
        value = str(term)
        found = _IRIS.get(value)
        if found is None:
            if len(_IRIS) > _IRIS_MAX:
                _IRIS.clear()
            found = _IRIS[value] = _iri(value)
        return found
    if isinstance(term, Literal):
        text = _string(term)
        if term.language:
            return "".join((text, "@", term.language))
        datatype = term.datatype
        if datatype is not None:
            return "".join((text, "^^", nt(datatype)))
        return text
    if isinstance(term, BNode):
        return "".join(("_:", term))  # for indexing; the writers refuse blank nodes
    raise TypeError(f"not an RDF term: {term!r}")


# --------------------------------------------------------------------------
# Turtle: the same triples, pretty and canonical

_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_BY_LENGTH = sorted(PREFIXES, key=lambda item: -len(item[1]))


@lru_cache(maxsize=1 << 14)
def _ttl_iri(key: str) -> str:
    """`<iri>` (an nt key) as a prefixed name where one fits, else as is."""
    value = key[1:-1]
    for prefix, namespace in _BY_LENGTH:
        if value.startswith(namespace):
            local = value[len(namespace):]
            if _PN_LOCAL.match(local):
                return f"{prefix}:{local}"
            break
    return key


@lru_cache(maxsize=1 << 14)
def _ttl_object(key: str) -> str:
    """An object term (an nt key) as Turtle writes it."""
    if key[0] == "<":
        return _ttl_iri(key)
    if key[0] == '"' and key.endswith(">") and "^^<" in key:
        text, _, datatype = key.rpartition("^^")
        if datatype == f"<{XSD_INTEGER}>" and _INTEGER.match(text[1:-1]):
            return text[1:-1]
        return f"{text}^^{_ttl_iri(datatype)}"
    return key


def prefix_header() -> str:
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES) + "\n"


def sort_rows(rows: Iterable[tuple]) -> list[tuple]:
    """(s, p, o, …) rows of distinct triples in canonical order: by their
    N-Triples keys (so the N-Quads lines come out sorted)."""
    return sorted(rows)


def turtle_body(rows: list[tuple]) -> str:
    """Turtle statements for rows (s, p, o nt keys, sorted by `sort_rows`):
    one block per subject (rdf:type first, as `a`), blocks separated by a
    blank line, no prefixes."""
    out: list[str] = []
    append = out.append
    type_key = f"<{RDF_TYPE}>"
    ttl_iri, ttl_object = _ttl_iri, _ttl_object
    subject = predicate = None
    groups: list[tuple[str, list[str]]] = []
    typed: list[str] | None = None
    objects: list[str] = []

    def block() -> None:  # the statements of `subject`
        parts = [f"{verb} {', '.join(found)}" for verb, found in groups]
        if typed is not None:
            parts.insert(0, f"a {', '.join(typed)}")
        append(ttl_iri(subject) if subject[0] == "<" else subject)
        append(" ")
        append(" ;\n    ".join(parts))
        append(" .\n\n")

    for row in rows:
        if row[0] != subject:
            if subject is not None:
                block()
            subject, predicate, groups, typed = row[0], None, [], None
        if row[1] != predicate:
            predicate = row[1]
            objects = []
            if predicate == type_key:
                typed = objects
            else:
                groups.append((ttl_iri(predicate), objects))
        objects.append(ttl_object(row[2]))
    if subject is not None:
        block()
    return "".join(out)


def nquads(rows: list[tuple], graph: str) -> str:
    """N-Quads lines (sorted rows in, sorted lines out) in named graph `graph` (an nt key)."""
    tail = f" {graph} .\n"
    return "".join(f"{r[0]} {r[1]} {r[2]}{tail}" for r in rows)


def trig_block_head(graph: str) -> bytes:
    return f"{graph} {{\n".encode("utf-8")


def trig_block(graph: str, body: bytes) -> bytes:
    """One named graph of graph.trig: the report's Turtle statements, as they
    are (not indented: the dumps are written without touching their bytes),
    between `<graph> {` and `}`."""
    return trig_block_head(graph) + (body[:-1] if body else body) + b"}\n\n"


# --------------------------------------------------------------------------
# The Oxigraph store


def _ox():
    import pyoxigraph

    return pyoxigraph


def is_store(path: Path) -> bool:
    """Is `path` an unkg store directory (OUT/store), complete and usable?"""
    return path.is_dir() and (path / STORE_MANIFEST).is_file()


def read_manifest(path: Path) -> dict:
    try:
        return json.loads((path / STORE_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def open_store(path: Path) -> "CorpusStore":
    """The built corpus store at `path` (OUT/store, or OUT itself), opened read-only.

    For `builder.query`: `execute(open_store(path), text)` answers without
    parsing graph.trig, over the union of the reports' graphs (a set). Raises
    UnkgError when there is no complete store."""
    from .errors import UnkgError

    path = Path(path)
    if not is_store(path) and is_store(path / "store"):
        path = path / "store"
    if not is_store(path) or read_manifest(path).get("format") != STORE_FORMAT:
        raise UnkgError(f"{path}: not a unkg store (build one with 'unkg build … --out DIR': DIR/store)")
    return CorpusStore(_ox().Store.read_only(str(path)))


STORE_FORMAT = 2


class StoreWriter:
    """Keeps OUT/store in step with the build.

    The store holds one named graph per report and, in its default graph,
    their union as a set: a triple that several reports state (a State's
    labels, say) is there once. Queries read the default graph (`execute`),
    so joins over shared entities do not multiply rows by the number of
    reports that mention them, as they would over Oxigraph's union of named
    graphs (a bag). Removing a report's graph removes from the union only the
    triples no other report states.

    The manifest (`unkg-store.json`) maps each graph to the cache key of the
    report it was loaded from; it is removed while the store changes and
    written back when the store is consistent again, so a build killed half-way
    leaves a store that the next build rebuilds from scratch."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.loaded: dict[str, str] = {}

    def open(self, force: bool = False):
        manifest = {} if force else read_manifest(self.path)
        if force or not manifest or manifest.get("format") != STORE_FORMAT:
            if self.path.exists():
                shutil.rmtree(self.path)
            manifest = {"format": STORE_FORMAT, "graphs": {}}
        self.loaded = dict(manifest.get("graphs", {}))
        # Bulk loads since the store was created or last compacted (see `COMPACT_AFTER`).
        self.ingests = int(manifest.get("ingests", 0))
        self.compacted = False
        self.path.mkdir(parents=True, exist_ok=True)
        try:
            os.unlink(self.path / STORE_MANIFEST)
        except FileNotFoundError:
            pass
        self.store = _ox().Store(str(self.path))
        return self

    def remove(self, graphs: Iterable[str], scope: Callable[[str], str | None] | None = None) -> int:
        """Drop these named graphs, and from the union the triples no other
        graph holds. `scope(graph)`, if given, is an IRI prefix of subjects
        that no other graph can state (a report's own evidence nodes): their
        triples leave the union without asking."""
        ox = _ox()
        store = self.store
        n = 0
        default = ox.DefaultGraph()
        for graph in graphs:
            name = ox.NamedNode(graph)
            own = scope(graph) if scope is not None else None

            def only_here(q) -> bool:
                if own is not None and q.subject.value.startswith(own):
                    return True
                return not any(other.graph_name != name and other.graph_name != default
                               for other in store.quads_for_pattern(q.subject, q.predicate, q.object, None))

            # A triple leaves the union when no other named graph states it:
            # one index look-up per triple of the graph (a report's few
            # thousand), not a query over the store.
            drop = " ".join(f"{q.subject} {q.predicate} {q.object} ."
                            for q in store.quads_for_pattern(None, None, None, name) if only_here(q))
            store.remove_graph(name)
            if drop:
                store.update(f"DELETE DATA {{ {drop} }}")
            self.loaded.pop(graph, None)
            n += 1
        return n

    BATCH_BYTES = 32 << 20
    SMALL_BYTES = 4 << 20  # at most this much in one batch: loaded in a transaction
    # A bulk load adds its data to the store as new files (one per index),
    # which RocksDB merges only in the background, and a build's process is
    # gone before it does. They pile up: a 1,000-report store loaded from
    # scratch holds 238 files, and a one-report rebuild's store update takes
    # 3 to 4.4 s in it against 0.9 to 1.6 s once compacted (55 files). So
    # after this many bulk loads, from scratch or not, `close` compacts the
    # store: 25 s for those 1,000 reports' 8.7 million quads, once.
    COMPACT_AFTER = 16

    def load(self, pieces: Iterator[tuple[str, bytes]], graphs: dict[str, str]) -> None:
        """Load named graphs: (graph IRI, its N-Quads) pieces; each also into
        the union. In batches of about 32 MB of N-Quads: Oxigraph's bulk
        loader holds a call's data in memory (1.7 GB for one call of 300 MB,
        250 MB in calls of 30 MB, and faster), so the memory of a build stays
        flat however large the corpus. A batch of at most SMALL_BYTES (a few
        reports of an incremental build) is loaded in one transaction: faster
        than a bulk load, which adds a file per index to the store each call."""
        ox = _ox()
        batch: list[bytes] = []
        size = 0

        def flush() -> None:
            nonlocal batch, size
            if size > self.SMALL_BYTES:
                self.store.bulk_load(b"".join(batch), format=ox.RdfFormat.N_QUADS, lenient=True)
                self.ingests += 1
            elif batch:  # a few reports (an incremental build): a transaction is faster than a bulk load
                self.store.load(b"".join(batch), format=ox.RdfFormat.N_QUADS)
            batch, size = [], 0

        for graph, data in pieces:
            batch.append(data)
            batch.append(data.replace(f" <{graph}> .\n".encode("utf-8"), b" .\n"))
            size += 2 * len(data)
            if size >= self.BATCH_BYTES:
                flush()
        flush()
        self.loaded.update(graphs)

    def compact(self) -> None:
        """Merge the store's files (pyoxigraph's `optimize`)."""
        self.store.optimize()
        self.ingests, self.compacted = 0, True

    def close(self) -> None:
        if self.ingests >= self.COMPACT_AFTER:
            self.compact()
        del self.store  # RocksDB's log keeps what was written; flush() would wait for compactions
        manifest = {"format": STORE_FORMAT, "graphs": dict(sorted(self.loaded.items())), "ingests": self.ingests}
        tmp = self.path / (STORE_MANIFEST + ".tmp")
        tmp.write_text(json.dumps(manifest, indent=0, sort_keys=True), encoding="utf-8")
        os.rename(tmp, self.path / STORE_MANIFEST)


class CorpusStore:
    """A corpus store opened for reading, answering as a store loaded from
    graph.trig does (`builder.query.load_store`), so that `builder.query` and
    `builder.serve` can use either:

    * `query`: SPARQL. Patterns outside GRAPH read the default graph, which
      holds the union of the reports' graphs as a set; the
      `use_default_graph_as_union` option (a multiset over Oxigraph's named
      graphs) is therefore not needed and is ignored. GRAPH ?g reads each
      report's graph, as before.
    * `quads_for_pattern`, `__iter__`, `__len__`, `dump`: the reports' named
      graphs only, as in a store loaded from graph.trig (whose default graph
      is empty). Ask for `graph_name=DefaultGraph()` to read the union.
    * everything else: the pyoxigraph Store's.
    """

    def __init__(self, store) -> None:
        self._store = store

    def query(self, query: str, *args, use_default_graph_as_union: bool = False, **kwargs):
        return self._store.query(query, *args, **kwargs)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None):
        quads = self._store.quads_for_pattern(subject, predicate, object, graph_name)
        if graph_name is not None:
            return quads
        default = _ox().DefaultGraph
        return (q for q in quads if not isinstance(q.graph_name, default))

    def __iter__(self):
        return iter(self.quads_for_pattern())

    def __len__(self) -> int:
        result = self._store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(result))[0].value)

    def dump(self, output=None, format=None, *, from_graph=None, **kwargs):
        if from_graph is not None:
            return self._store.dump(output, format, from_graph=from_graph, **kwargs)
        return _ox().serialize(self.quads_for_pattern(), output, format, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._store, name)
