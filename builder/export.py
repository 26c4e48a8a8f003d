"""Export a built graph as JSON-LD, N-Triples, N-Quads, TriG, GraphML, GEXF, CSV or HTML.

RDF formats keep every triple: `nquads`, `trig` and `jsonld` keep the named
graphs (one per report), `nt` merges them. `jsonld` is compacted with unkg's
published context (builder/data/context.jsonld: short keys such as label,
iso3, attended, role, evidence, quote), embedded in the file unless
--context-url names a hosted copy. `graphml`, `gexf` and `csv` are a
projection for graph tools (Gephi, Cytoscape, spreadsheets): entities
(States, organizations, persons, meetings, decisions, documents...) are
nodes, relations are edges; attendance and office edges carry the role.
`html` is an interactive view, when the viz module is installed.

The same graph always gives the same bytes: nodes, edges, triples and keys
are written in sorted order, and nothing carries a date.
"""

from __future__ import annotations

import argparse
import copy
import csv
import io
import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from .errors import UnkgError
from .graphio import union
from .namespace import OWL, RDF, RDFS, UNKG, XSD
from .resources import data_dir

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2

FORMATS = ("jsonld", "nt", "nquads", "trig", "graphml", "gexf", "csv", "html")
EXTENSIONS = {"jsonld": ".jsonld", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "graphml": ".graphml",
              "gexf": ".gexf", "html": ".html"}

CONTEXT_URL = "https://w3id.org/unkg/context.jsonld"

EXAMPLES = """\
examples:
  unkg export output/graph.trig --format jsonld --out graph.jsonld
  unkg export output/graph.trig --format gexf --out graph.gexf      open in Gephi
  unkg export output/graph.trig --format graphml --out graph.graphml open in Cytoscape
  unkg export output/graph.trig --format csv --out tables/          tables/nodes.csv, tables/edges.csv
  unkg export output/graph.trig --format nquads > graph.nq
"""


# --- the command ----------------------------------------------------------------


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    parser.add_argument("graph", metavar="GRAPH", help="a built graph: graph.trig (named graphs kept), graph.ttl, .nt or .nq")
    parser.add_argument("--format", "-F", required=True, choices=FORMATS, help="the export format")
    parser.add_argument("--out", "-o", metavar="PATH",
                        help="output file (a directory for csv); default: standard output (not for csv and html)")
    parser.add_argument("--context-url", metavar="URL", default=None,
                        help=f"jsonld: refer to the context at URL (e.g. {CONTEXT_URL}) instead of embedding it")


def run(args: argparse.Namespace) -> int:
    from .graphio import load_dataset

    fmt = args.format
    if fmt == "csv" and not args.out:
        print("unkg export: csv writes nodes.csv and edges.csv: give the directory with --out DIR", file=sys.stderr)
        return EXIT_USAGE
    if fmt == "html":
        return _run_html(args)
    if fmt == "jsonld" and not _has_pyld():
        print("unkg export: the jsonld format needs the pyld package: pip install pyld", file=sys.stderr)
        return EXIT_USAGE
    dataset = load_dataset(Path(args.graph))
    if fmt == "csv":
        write_files({Path(args.out) / name: data for name, data in to_csv(dataset).items()})
        return EXIT_OK
    data = export_bytes(dataset, fmt, context_url=args.context_url)
    if args.out:
        write_files({Path(args.out): data})
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return EXIT_OK


def _run_html(args: argparse.Namespace) -> int:
    # HOOK (issue "serve"): the interactive view lives in builder/viz.py, written
    # by the viz work. Its contract: `write_html(graph, path)`, with `graph` the
    # rdflib Dataset loaded from GRAPH and `path` the HTML file to write.
    import importlib

    try:
        viz = importlib.import_module("builder.viz")
    except ModuleNotFoundError as error:
        if error.name != "builder.viz":
            raise
        viz = None
    if viz is None or not hasattr(viz, "write_html"):
        print("unkg export: the html format needs builder.viz (the graph viewer), which is not installed "
              "in this version; use --format graphml or gexf for Gephi or Cytoscape", file=sys.stderr)
        return EXIT_USAGE
    if not args.out:
        print("unkg export: html writes a file: give it with --out FILE.html", file=sys.stderr)
        return EXIT_USAGE
    from .graphio import load_dataset

    viz.write_html(load_dataset(Path(args.graph)), Path(args.out))
    return EXIT_OK


def write_files(files: dict[Path, bytes]) -> None:
    from .output import commit

    commit(files)


def export_bytes(dataset: Dataset, fmt: str, context_url: str | None = None) -> bytes:
    """One graph in one of the single-file formats, as bytes."""
    if fmt == "jsonld":
        return to_jsonld(dataset, context_url=context_url)
    if fmt == "nt":
        return to_ntriples(dataset)
    if fmt == "nquads":
        return to_nquads(dataset)
    if fmt == "trig":
        return to_trig(dataset)
    if fmt == "graphml":
        return to_graphml(dataset)
    if fmt == "gexf":
        return to_gexf(dataset)
    raise UnkgError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


# --- RDF formats ------------------------------------------------------------------


def _graphs(dataset: Dataset) -> list[Graph]:
    """The non-empty graphs of a dataset, the default graph first, then by name."""
    graphs = [g for g in dataset.graphs() if len(g)]
    return sorted(graphs, key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted({line for line in data.decode("utf-8").splitlines() if line.strip()})
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def to_ntriples(dataset: Dataset) -> bytes:
    return _sorted_lines(union(dataset).serialize(format="nt", encoding="utf-8"))


def to_nquads(dataset: Dataset) -> bytes:
    out = []
    for graph in _graphs(dataset):
        data = graph.serialize(format="nt", encoding="utf-8").decode("utf-8")
        suffix = "" if graph.identifier == DATASET_DEFAULT_GRAPH_ID else f" {graph.identifier.n3()}"
        for line in data.splitlines():
            line = line.rstrip()
            if line.endswith(" ."):
                out.append(f"{line[:-2]}{suffix} .")
    lines = sorted(set(out))
    return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def to_trig(dataset: Dataset) -> bytes:
    return dataset.serialize(format="trig", encoding="utf-8")


# --- JSON-LD ----------------------------------------------------------------------

_INTEGER = str(XSD.integer)
_STRING = str(XSD.string)


def context_file() -> Path:
    return data_dir() / "context.jsonld"


@lru_cache(maxsize=1)
def _context_document() -> dict:
    with open(context_file(), encoding="utf-8") as handle:
        return json.load(handle)


def context() -> dict:
    """unkg's JSON-LD context (the document, with its "@context" key)."""
    return copy.deepcopy(_context_document())


def _has_pyld() -> bool:
    import importlib.util

    return importlib.util.find_spec("pyld") is not None


def _id(term) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def _value(term) -> dict:
    if isinstance(term, Literal):
        if term.language:
            return {"@value": str(term), "@language": term.language}
        datatype = str(term.datatype) if term.datatype else None
        if datatype is None or datatype == _STRING:
            return {"@value": str(term)}
        if datatype == _INTEGER and re.fullmatch(r"-?(0|[1-9][0-9]*)", str(term)) and str(term) != "-0":
            return {"@value": int(str(term))}
        return {"@value": str(term), "@type": datatype}
    return {"@id": _id(term)}


def _value_key(value: dict) -> tuple:
    if "@id" in value:
        return (0, value["@id"], "", "")
    return (1, str(value["@value"]), value.get("@language", ""), value.get("@type", ""))


def expanded_nodes(graph: Graph) -> list[dict]:
    """The graph as expanded JSON-LD node objects, sorted by subject, property and value."""
    nodes = []
    for subject in sorted(set(graph.subjects()), key=lambda t: (isinstance(t, BNode), str(t))):
        node: dict = {"@id": _id(subject)}
        types = sorted(_id(o) for o in graph.objects(subject, RDF.type))
        if types:
            node["@type"] = types
        for predicate in sorted({p for p in graph.predicates(subject) if p != RDF.type}, key=str):
            values = [_value(o) for o in graph.objects(subject, predicate)]
            node[str(predicate)] = sorted(values, key=_value_key)
        nodes.append(node)
    return nodes


def expanded(dataset: Dataset) -> list[dict]:
    """The dataset as expanded JSON-LD: default-graph nodes, then one object per named graph."""
    out: list[dict] = []
    for graph in _graphs(dataset):
        nodes = expanded_nodes(graph)
        if graph.identifier == DATASET_DEFAULT_GRAPH_ID:
            out.extend(nodes)
        else:
            out.append({"@id": _id(graph.identifier), "@graph": nodes})
    return out


_FIRST_KEYS = ("@context", "id", "@id", "type", "@type")


def _ordered(value):
    """Keys in a stable, readable order: @context, id, type, then the rest sorted."""
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    if isinstance(value, dict):
        first = [k for k in _FIRST_KEYS if k in value]
        rest = sorted(k for k in value if k not in _FIRST_KEYS)
        return {k: (value[k] if k == "@context" else _ordered(value[k])) for k in first + rest}
    return value


def compact(document: list[dict] | dict, context_url: str | None = None) -> dict:
    """Compact expanded JSON-LD with unkg's context. The result's @context is the
    context itself, or `context_url` when given (the context is still what compacts)."""
    from pyld import jsonld

    result = jsonld.compact(document, context(), {"compactArrays": True, "processingMode": "json-ld-1.1"})
    if context_url:
        result["@context"] = context_url
    else:
        result["@context"] = context()["@context"]
    return _ordered(result)


def dumps(document: dict) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def to_jsonld(dataset: Dataset, context_url: str | None = None) -> bytes:
    return dumps(compact(expanded(dataset), context_url))


# --- the projection for graph tools -------------------------------------------------

ENTITY_CLASSES = (UNKG.State, UNKG.Organization, UNKG.Person, UNKG.MeetingSeries, UNKG.Meeting,
                  UNKG.PlenaryMeeting, UNKG.Decision, UNKG.Document, UNKG.Treaty)
NODE_ATTRIBUTES = ("type", "label", "label_zh", "label_en", "iso3", "symbol")
EDGE_ATTRIBUTES = ("relation", "role", "procedure", "action", "on_behalf_of", "paragraphs")
# Properties between entities that are not relations to draw.
_NOT_EDGES = {RDF.type, OWL.sameAs, RDFS.seeAlso}
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    relation: str
    role: str = ""
    procedure: str = ""
    action: str = ""
    on_behalf_of: str = ""
    paragraphs: str = ""

    @property
    def key(self) -> str:
        """Unique among the edges between the same two nodes."""
        parts = [self.relation] + [p for p in (self.role, self.action, self.on_behalf_of) if p]
        return ":".join(parts)

    def attributes(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in EDGE_ATTRIBUTES}


@dataclass
class Projection:
    nodes: dict[str, dict[str, str]]  # IRI -> attributes, every one a string
    edges: list[Edge]


def local_name(iri) -> str:
    text = str(iri)
    for sep in ("#", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return text


def _clean(text: str) -> str:
    return _XML_BAD.sub("", text)


def _labels(graph: Graph, node, language: str) -> str:
    values = sorted({str(o) for o in graph.objects(node, RDFS.label)
                     if isinstance(o, Literal) and (o.language or "").lower().split("-")[0] == language})
    return " | ".join(values)


def best_label(graph: Graph, node) -> str:
    """The Chinese label, else the English one, else any label, else the document
    symbol, else the IRI's last segment."""
    for language in ("zh", "en"):
        text = _labels(graph, node, language)
        if text:
            return text.split(" | ")[0]
    for prop in (RDFS.label, UNKG.symbol):
        values = sorted(str(o) for o in graph.objects(node, prop) if isinstance(o, Literal))
        if values:
            return values[0]
    return local_name(node)


def _paragraphs(graph: Graph, evidences) -> str:
    found = set()
    for evidence in evidences:
        for paragraph in graph.objects(evidence, UNKG.paragraph):
            found.add(str(paragraph))
    return "; ".join(sorted(found, key=_paragraph_sort_key))


def _paragraph_sort_key(text: str) -> tuple:
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def _statement_evidence(graph: Graph) -> dict[tuple, list]:
    index: dict[tuple, list] = {}
    for statement in graph.subjects(RDF.type, RDF.Statement):
        s = graph.value(statement, RDF.subject)
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        index.setdefault((s, p, o), []).extend(graph.objects(statement, UNKG.evidence))
    return index


def project(dataset: Dataset | Graph) -> Projection:
    """Entities as nodes and relations as edges, every attribute a string."""
    graph = union(dataset) if isinstance(dataset, Dataset) else dataset
    entities = set()
    for cls in ENTITY_CLASSES:
        entities.update(s for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef))
    statements = _statement_evidence(graph)
    edges: set[Edge] = set()

    def endpoint(node) -> str:
        entities.add(node)
        return str(node)

    # Attendance: participant -> meeting, with the role.
    attended_with_node = set()
    for node in graph.subjects(RDF.type, UNKG.Attendance):
        participant, meeting = graph.value(node, UNKG.participant), graph.value(node, UNKG.meeting)
        if participant is None or meeting is None:
            continue
        attended_with_node.add((participant, meeting))
        for role in sorted(graph.objects(node, UNKG.role), key=str) or [None]:
            edges.add(Edge(endpoint(participant), endpoint(meeting), "attended", role=local_name(role) if role else "",
                           paragraphs=_paragraphs(graph, graph.objects(node, UNKG.evidence))))
    # Office: holder -> meeting, with the role and on whose behalf.
    for node in graph.subjects(RDF.type, UNKG.Office):
        holder, meeting = graph.value(node, UNKG.holder), graph.value(node, UNKG.meeting)
        if holder is None or meeting is None:
            continue
        behalf = graph.value(node, UNKG.onBehalfOf)
        for role in sorted(graph.objects(node, UNKG.role), key=str) or [None]:
            edges.add(Edge(endpoint(holder), endpoint(meeting), "office", role=local_name(role) if role else "",
                           on_behalf_of=endpoint(behalf) if behalf is not None else "",
                           paragraphs=_paragraphs(graph, graph.objects(node, UNKG.evidence))))
    # Treaty actions: state -> treaty, with the action.
    for node in graph.subjects(RDF.type, UNKG.TreatyAction):
        state, treaty = graph.value(node, UNKG.state), graph.value(node, UNKG.treaty)
        if state is None or treaty is None:
            continue
        action = graph.value(node, UNKG.action)
        edges.add(Edge(endpoint(state), endpoint(treaty), "treatyAction", action=local_name(action) if action else "",
                       paragraphs=_paragraphs(graph, graph.objects(node, UNKG.evidence))))
    # Adoptions carry the procedure and the evidence of `adopted`.
    adoption = {}
    for node in graph.subjects(RDF.type, UNKG.Adoption):
        key = (graph.value(node, UNKG.adoptedBy), graph.value(node, UNKG.item))
        adoption[key] = node
    # Every other direct relation between two entities.
    known = set(entities)
    for s, p, o in graph:
        if p in _NOT_EDGES or s not in known or o not in known:
            continue
        relation = local_name(p)
        if p == UNKG.attended and (s, o) in attended_with_node:
            continue
        procedure = ""
        evidence = list(statements.get((s, p, o), []))
        if p == UNKG.adopted and (s, o) in adoption:
            node = adoption[(s, o)]
            procedure = ", ".join(sorted(local_name(x) for x in graph.objects(node, UNKG.procedure)))
            evidence.extend(graph.objects(node, UNKG.evidence))
        edges.add(Edge(str(s), str(o), relation, procedure=procedure, paragraphs=_paragraphs(graph, evidence)))

    nodes: dict[str, dict[str, str]] = {}
    for node in sorted(entities, key=str):
        types = sorted(local_name(t) for t in graph.objects(node, RDF.type) if t in ENTITY_CLASSES)
        iso3 = sorted(str(x) for x in graph.objects(node, UNKG.iso3))
        symbol = sorted(str(x) for x in graph.objects(node, UNKG.symbol))
        nodes[str(node)] = {
            "type": " ".join(types),
            "label": _clean(best_label(graph, node)),
            "label_zh": _clean(_labels(graph, node, "zh")),
            "label_en": _clean(_labels(graph, node, "en")),
            "iso3": iso3[0] if iso3 else "",
            "symbol": symbol[0] if symbol else "",
        }
    ordered = sorted(edges, key=lambda e: (e.source, e.target, e.key, e.paragraphs, e.procedure))
    return Projection(nodes, _unique_keys(ordered))


def _unique_keys(edges: list[Edge]) -> list[Edge]:
    """Two edges with the same ends and key (the same relation found twice) become one."""
    seen = set()
    out = []
    for edge in edges:
        ident = (edge.source, edge.target, edge.key)
        if ident not in seen:
            seen.add(ident)
            out.append(edge)
    return out


def to_networkx(dataset: Dataset | Graph):
    """The projection as a networkx MultiDiGraph: node id = IRI, edge key = Edge.key."""
    import networkx as nx

    projection = project(dataset)
    graph = nx.MultiDiGraph()
    for node, attributes in projection.nodes.items():
        graph.add_node(node, **attributes)
    for edge in projection.edges:
        graph.add_edge(edge.source, edge.target, key=edge.key, **edge.attributes())
    return graph


def to_graphml(dataset: Dataset | Graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(to_networkx(dataset), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


_GEXF_DATE = re.compile(rb'\s+lastmodifieddate="[^"]*"')


def to_gexf(dataset: Dataset | Graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_gexf(to_networkx(dataset), buffer, encoding="utf-8", prettyprint=True)
    # networkx stamps the day of writing; the same graph must give the same bytes.
    return _GEXF_DATE.sub(b"", buffer.getvalue(), count=1)


def to_csv(dataset: Dataset | Graph) -> dict[str, bytes]:
    """nodes.csv (id and NODE_ATTRIBUTES) and edges.csv (source, target and EDGE_ATTRIBUTES)."""
    projection = project(dataset)
    nodes = io.StringIO()
    writer = csv.writer(nodes, lineterminator="\n")
    writer.writerow(("id",) + NODE_ATTRIBUTES)
    for node, attributes in projection.nodes.items():
        writer.writerow([node] + [attributes[name] for name in NODE_ATTRIBUTES])
    edges = io.StringIO()
    writer = csv.writer(edges, lineterminator="\n")
    writer.writerow(("source", "target") + EDGE_ATTRIBUTES)
    for edge in projection.edges:
        writer.writerow([edge.source, edge.target] + [getattr(edge, name) for name in EDGE_ATTRIBUTES])
    return {"nodes.csv": nodes.getvalue().encode("utf-8"), "edges.csv": edges.getvalue().encode("utf-8")}
