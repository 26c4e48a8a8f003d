"""Write a static linked-data site: one page per entity at the path of its IRI.

For each IRI under the base (…/id/state/MEX, …/id/meeting/tpnw-msp-2,
…/id/document/TPNW/MSP/2023/14 …) DIR gets a folder that mirrors the IRI's
path, with index.html (labels, facts with links, evidence quotes),
index.ttl and index.jsonld; plus the dumps graph.trig and graph.nt, the
JSON-LD context, void.ttl (VoID and DCAT descriptions of the dataset, also
at .well-known/void) and a landing page index.html. Any static web server
hosting DIR at the base's parent (https://w3id.org/unkg/ for the default
base) serves each IRI: `python -m http.server -d DIR` answers /id/state/MEX/.

Document symbols hold slashes: document/TPNW/MSP/2023/14 is the folder
id/document/TPNW/MSP/2023/14/. Percent-escapes in keys are decoded in folder
names, as web servers decode request paths.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import os
import posixpath
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCAT, FOAF, VOID

from . import __version__
from .emit import WIKIDATA
from .graphio import union
from .iri import DEFAULT_BASE
from .namespace import DCTERMS, OWL, RDF, RDFS, SKOS, UNKG, XSD
from .resources import ontology_file

EXIT_OK = 0
EXIT_USAGE = 2

MARKER = ".unkg-site"
NARY_CLASSES = (UNKG.Attendance, UNKG.Office, UNKG.Adoption, UNKG.TreatyAction)
ENTITY_KINDS = ("state", "organization", "person", "series", "meeting", "document", "treaty")
PREFIXES = {"unkg": str(UNKG._NS), "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "skos": str(SKOS),
            "xsd": str(XSD), "dcterms": str(DCTERMS), "wd": WIKIDATA}

EXAMPLES = """\
examples:
  unkg publish output/graph.trig site/
  python -m http.server -d site 8000      then open http://localhost:8000/id/state/MEX/
  unkg publish output/graph.trig site/ --base https://example.org/kg/ --site-url https://example.org/
"""


# --- the command ----------------------------------------------------------------


def configure(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = EXAMPLES
    parser.add_argument("graph", metavar="GRAPH", help="a built graph (graph.trig keeps one named graph per report)")
    parser.add_argument("dir", metavar="DIR", help="the site folder (replaced whole if it holds an earlier site)")
    parser.add_argument("--base", default=DEFAULT_BASE, metavar="IRI",
                        help=f"the base of the entity IRIs, as given to 'unkg build' (default: {DEFAULT_BASE})")
    parser.add_argument("--site-url", default=None, metavar="URL",
                        help="where DIR will be hosted, for the dataset description (default: the base's parent)")
    parser.add_argument("--sparql-endpoint", default=None, metavar="URL",
                        help="a SPARQL endpoint serving the same graph, named in void.ttl")


def run(args: argparse.Namespace) -> int:
    from .graphio import load_dataset

    base = args.base
    if not base.endswith("/") or "://" not in base:
        print(f"unkg publish: --base must be an http(s) IRI ending in '/': {base!r}", file=sys.stderr)
        return EXIT_USAGE
    if importlib.util.find_spec("pyld") is None:
        print("unkg publish: the JSON-LD pages need the pyld package: pip install pyld", file=sys.stderr)
        return EXIT_USAGE
    out = Path(args.dir)
    if out.exists() and (not out.is_dir() or (any(out.iterdir()) and not (out / MARKER).is_file())):
        print(f"unkg publish: {out} exists and is not an earlier unkg site; give a new or empty folder",
              file=sys.stderr)
        return EXIT_USAGE
    dataset = load_dataset(Path(args.graph))
    site = Site(dataset, base, site_url=args.site_url, sparql_endpoint=args.sparql_endpoint)
    report = publish(site, out)
    print(f"published {report['pages']} pages ({report['entities']} entities) into {out}/"
          + (f"; {len(report['skipped'])} IRI(s) with no servable path skipped" if report["skipped"] else ""))
    for iri in report["skipped"][:20]:
        print(f"unkg publish: skipped {iri}: its path cannot be served from a folder", file=sys.stderr)
    return EXIT_OK


# --- IRIs and paths ----------------------------------------------------------------------


def site_root_url(base: str) -> str:
    """The URL the site folder stands for: the base's parent (…/unkg/ for …/unkg/id/)."""
    head = base.rstrip("/")
    scheme_end = head.find("://") + 3
    if "/" not in head[scheme_end:]:
        return head + "/"
    return head.rsplit("/", 1)[0] + "/"


def site_path(iri: str, base: str) -> str | None:
    """The folder (relative to the site root, '/'-separated, decoded) that serves `iri`,
    or None when the IRI is not under the base or has no servable path."""
    if not iri.startswith(base) or len(iri) == len(base):
        return None
    rest = iri[len(base):]
    if "?" in rest or "#" in rest:
        return None
    prefix = base[len(site_root_url(base)):]  # "id/" for the default base
    try:
        parts = unquote(prefix + rest, errors="strict").split("/")
    except UnicodeDecodeError:
        return None
    if any(part in ("", ".", "..") or "\x00" in part for part in parts):
        return None
    return "/".join(parts)


def href(from_dir: str, to_dir: str) -> str:
    """A relative link from the page in folder `from_dir` to folder `to_dir` (both site paths)."""
    relative = posixpath.relpath(to_dir or ".", from_dir or ".")
    if relative == ".":
        return "./"
    return "/".join(quote(part, safe="!$&'()*+,;=:@-._~") for part in relative.split("/")) + "/"


# --- the site -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


@dataclass
class Page:
    iri: URIRef
    path: str  # site path of its folder


class Site:
    """A built graph, indexed for its pages."""

    def __init__(self, dataset: Dataset, base: str = DEFAULT_BASE, site_url: str | None = None,
                 sparql_endpoint: str | None = None) -> None:
        self.dataset = dataset
        self.graph = union(dataset, PREFIXES)
        self.base = base
        self.site_url = site_url or site_root_url(base)
        if not self.site_url.endswith("/"):
            self.site_url += "/"
        self.sparql_endpoint = sparql_endpoint
        self.ontology = _ontology()
        self.nary = {s for cls in NARY_CLASSES for s in self.graph.subjects(RDF.type, cls)}
        self.statements: dict[tuple, list] = defaultdict(list)
        self.statement_nodes = set(self.graph.subjects(RDF.type, RDF.Statement))
        for node in self.statement_nodes:
            key = (self.graph.value(node, RDF.subject), self.graph.value(node, RDF.predicate),
                   self.graph.value(node, RDF.object))
            self.statements[key].append(node)
        self.prefix = unquote(base[len(site_root_url(base)):])  # "id/" for the default base
        self._sizes: Counter | None = None
        self.pages: dict[URIRef, Page] = {}
        self.skipped: list[str] = []
        taken: dict[str, URIRef] = {}
        iris = {t for triple in self.graph for t in (triple[0], triple[2]) if isinstance(t, URIRef)}
        iris.update(g.identifier for g in dataset.graphs() if isinstance(g.identifier, URIRef))
        for iri in sorted(iris, key=str):
            if not str(iri).startswith(base):
                continue
            path = site_path(str(iri), base)
            if path is None or path.casefold() in taken:
                self.skipped.append(str(iri))
                continue
            taken[path.casefold()] = iri
            self.pages[iri] = Page(iri, path)

    # labels -------------------------------------------------------------

    def labels(self, node) -> dict[str, str]:
        """{'zh': …, 'en': …, '': …} the first label of each language."""
        found: dict[str, list[str]] = defaultdict(list)
        source = self.graph if (node, RDFS.label, None) in self.graph else self.ontology
        for label in source.objects(node, RDFS.label):
            if isinstance(label, Literal):
                found[(label.language or "").lower().split("-")[0]].append(str(label))
        return {lang: sorted(values)[0] for lang, values in found.items()}

    def label(self, node) -> str:
        labels = self.labels(node)
        for lang in ("zh", "en", ""):
            if lang in labels:
                return labels[lang]
        symbol = self.graph.value(node, UNKG.symbol)
        if symbol is not None:
            return str(symbol)
        text = str(node)
        if text.startswith(self.base):
            return unquote(text[len(self.base):])
        return text.rsplit("#", 1)[-1] if "#" in text else text

    def term_label(self, term) -> str:
        """A property, class or concept: its English label in the ontology, else its local name."""
        for label in self.ontology.objects(term, RDFS.label):
            if isinstance(label, Literal) and label.language == "en":
                return str(label)
        text = str(term)
        return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]

    # what a page shows ----------------------------------------------------

    def evidence_of(self, node) -> list:
        return sorted(self.graph.objects(node, UNKG.evidence), key=_evidence_order(self.graph))

    def triple_evidence(self, s, p, o) -> list:
        found = []
        for statement in self.statements.get((s, p, o), []):
            found.extend(self.graph.objects(statement, UNKG.evidence))
        return sorted(set(found), key=_evidence_order(self.graph))

    def description(self, iri: URIRef) -> Graph:
        """What the page of `iri` says, as RDF: its own triples, the n-ary nodes and
        statements about it with their evidence, the links to it, and the labels
        of everything it links to."""
        g = self.graph
        out = Graph()
        for prefix, namespace in PREFIXES.items():
            out.bind(prefix, namespace)
        for triple in g.triples((iri, None, None)):
            out.add(triple)
        linked_nodes = set()
        if iri in self.nary or iri in self.statement_nodes:
            linked_nodes.update(g.objects(iri, UNKG.evidence))
        for s, p in g.subject_predicates(iri):
            if p == UNKG.source and (s, RDF.type, UNKG.Evidence) in g:
                continue  # a report is the source of every piece of its evidence: listed by count
            out.add((s, p, iri))
            if s in self.nary or s in self.statement_nodes:
                for triple in g.triples((s, None, None)):
                    out.add(triple)
                linked_nodes.update(g.objects(s, UNKG.evidence))
        for s, p, o in g.triples((iri, None, None)):
            for statement in self.statements.get((s, p, o), []):
                for triple in g.triples((statement, None, None)):
                    out.add(triple)
                linked_nodes.update(g.objects(statement, UNKG.evidence))
        for node in linked_nodes:
            for triple in g.triples((node, None, None)):
                out.add(triple)
        mentioned = {t for triple in out for t in (triple[0], triple[2]) if isinstance(t, URIRef)} - {iri}
        for node in mentioned:
            for label in g.objects(node, RDFS.label):
                out.add((node, RDFS.label, label))
        return out

    def size(self, node) -> int:
        """How many triples have `node` as subject."""
        if self._sizes is None:
            self._sizes = Counter(s for s, _, _ in self.graph)
        return self._sizes[node]

    def kind(self, iri: URIRef) -> str:
        """The kind of an entity: the first segment of its IRI after the base ("state")."""
        return unquote(str(iri)[len(self.base):].split("/", 1)[0])

    def kind_dir(self, iri: URIRef) -> str:
        """The site folder listing the entities of the kind of `iri` ("id/state")."""
        return self.prefix + self.kind(iri)

    def evidence_count(self, iri: URIRef) -> int:
        return sum(1 for s in self.graph.subjects(UNKG.source, iri) if (s, RDF.type, UNKG.Evidence) in self.graph)


def _evidence_order(graph: Graph):
    def key(evidence):
        start = graph.value(evidence, UNKG.charStart)
        try:
            return (str(graph.value(evidence, UNKG.source)), int(start), str(evidence))
        except (TypeError, ValueError):
            return (str(graph.value(evidence, UNKG.source)), 0, str(evidence))

    return key


# --- HTML -----------------------------------------------------------------------------------

_TERM_NAMESPACES = (str(UNKG._NS), str(RDF), str(RDFS), str(OWL), str(SKOS), str(DCTERMS))

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;
margin:0 auto;max-width:72rem;padding:1rem 1.5rem;line-height:1.5;color:#1d1d1f}
header{font-size:.9rem;color:#555}a{color:#0b57d0}h1{margin:.4rem 0 0}.alt{margin:0;color:#555;font-size:1.1rem}
code{font-size:.85rem;word-break:break-all}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f5f5f7}
blockquote.evidence{margin:.2rem 0;padding:.2rem .6rem;border-left:3px solid #c9d7f2;background:#f7f9fd}
.quote{margin:0;white-space:pre-wrap}.where{font-size:.8rem;color:#555}.kind{color:#555;font-size:.9rem}
ul.entities{columns:18rem}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


class Renderer:
    def __init__(self, site: Site) -> None:
        self.site = site

    def link(self, node, from_dir: str) -> str:
        site = self.site
        if isinstance(node, Literal):
            text = _e(node)
            if node.language:
                return f'<span lang="{_e(node.language)}">{text}</span>'
            return text
        if isinstance(node, BNode):
            return f"<code>_:{_e(node)}</code>"
        page = site.pages.get(node)
        if page is not None:
            label = site.label(node)
        elif str(node).startswith(_TERM_NAMESPACES):
            label = site.term_label(node)
        else:
            label = str(node)
        target = href(from_dir, page.path) if page is not None else str(node)
        return f'<a href="{_e(target)}">{_e(label)}</a>'

    def evidence(self, evidences, from_dir: str) -> str:
        site, g = self.site, self.site.graph
        parts = []
        for evidence in evidences:
            quote_text = g.value(evidence, UNKG.quote)
            if quote_text is None:
                continue
            source = g.value(evidence, UNKG.source)
            paragraph = g.value(evidence, UNKG.paragraph)
            start, end = g.value(evidence, UNKG.charStart), g.value(evidence, UNKG.charEnd)
            where = []
            if source is not None:
                where.append(self.link(source, from_dir) if source in site.pages else _e(site.label(source)))
            if paragraph is not None:
                where.append(f"paragraph {_e(paragraph)}" if str(paragraph)[:1].isdigit() else _e(paragraph))
            if start is not None and end is not None:
                where.append(f"characters {_e(start)}–{_e(end)}")
            parts.append(f'<blockquote class="evidence"><p class="quote">{_e(quote_text)}</p>'
                         f'<footer class="where">{", ".join(where)}</footer></blockquote>')
        return "".join(parts)

    def page(self, page: Page) -> str:
        site, g, iri, here = self.site, self.site.graph, page.iri, page.path
        labels = site.labels(iri)
        title = site.label(iri)
        alt = [labels[lang] for lang in ("en", "") if lang in labels and labels[lang] != title]
        types = sorted(g.objects(iri, RDF.type), key=str)
        root = href(here, "")
        crumbs = (f'<a href="{_e(root)}">unkg</a> / '
                  f'<a href="{_e(href(here, site.kind_dir(iri)))}">{_e(site.kind(iri))}</a>')
        out = [
            "<!DOCTYPE html>",
            '<html lang="zh">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_e(title)} — unkg</title>",
            '<link rel="alternate" type="text/turtle" href="index.ttl">',
            '<link rel="alternate" type="application/ld+json" href="index.jsonld">',
            f"<style>{CSS}</style>",
            "</head>",
            "<body>",
            f"<header>{crumbs}</header>",
            "<main>",
            f"<h1>{_e(title)}</h1>",
        ]
        for text in alt:
            out.append(f'<p class="alt" lang="en">{_e(text)}</p>')
        out.append(f'<p><code>{_e(iri)}</code>')
        if types:
            out.append(" · " + ", ".join(self.link(t, here) for t in types))
        out.append('</p><p class="kind">Data: <a href="index.ttl">Turtle</a> · <a href="index.jsonld">JSON-LD</a></p>')
        out.append(self._facts(iri, here))
        out.append(self._involved(iri, here))
        out.append(self._referenced(iri, here))
        count = site.evidence_count(iri)
        if count:
            out.append(f"<section><h2>Source</h2><p>This report is the source of {count} quoted pieces of evidence "
                       f"in the graph.</p></section>")
        out.append("</main></body></html>")
        return "\n".join(out) + "\n"

    def _facts(self, iri, here: str) -> str:
        g = self.site.graph
        rows = []
        for p, o in sorted(g.predicate_objects(iri), key=lambda po: (str(po[0]), str(po[1]))):
            if p == RDF.type:
                continue
            evidence = self.site.evidence_of(iri) if p == UNKG.evidence else self.site.triple_evidence(iri, p, o)
            cell = self.evidence(evidence, here) if p != UNKG.evidence else ""
            value = self.evidence([o], here) if p == UNKG.evidence else self.link(o, here)
            rows.append(f"<tr><th>{self.link(p, here)}</th><td>{value}</td><td>{cell}</td></tr>")
        if not rows:
            return ""
        return ('<section><h2>Facts</h2><table><thead><tr><th>property</th><th>value</th><th>evidence</th></tr>'
                "</thead><tbody>" + "".join(rows) + "</tbody></table></section>")

    def _involved(self, iri, here: str) -> str:
        site, g = self.site, self.site.graph
        groups: dict[URIRef, dict] = defaultdict(dict)
        for s, p in g.subject_predicates(iri):
            if s in site.nary:
                cls = next((t for t in NARY_CLASSES if (s, RDF.type, t) in g), None)
                groups[cls][s] = p
        if not groups:
            return ""
        out = ["<section><h2>Involved in</h2>"]
        for cls in NARY_CLASSES:
            nodes = groups.get(cls)
            if not nodes:
                continue
            columns = sorted({p for s, via in nodes.items() for p in g.predicates(s)
                              if p not in (RDF.type, UNKG.evidence) and p != via}, key=str)
            out.append(f"<h3>{_e(site.term_label(cls))}</h3><table><thead><tr>")
            out.extend(f"<th>{_e(site.term_label(p))}</th>" for p in columns)
            out.append("<th>evidence</th></tr></thead><tbody>")
            for s in sorted(nodes, key=lambda n: [str(x) for p in columns for x in sorted(g.objects(n, p), key=str)]):
                cells = ["<br>".join(self.link(o, here) for o in sorted(g.objects(s, p), key=str)) for p in columns]
                row = "".join(f"<td>{cell}</td>" for cell in cells)
                out.append(f"<tr>{row}<td>{self.evidence(site.evidence_of(s), here)}</td></tr>")
            out.append("</tbody></table>")
        out.append("</section>")
        return "".join(out)

    def _referenced(self, iri, here: str) -> str:
        site, g = self.site, self.site.graph
        rows = []
        for s, p in sorted(g.subject_predicates(iri), key=lambda sp: (str(sp[1]), str(sp[0]))):
            if s in site.nary or s in site.statement_nodes or p == UNKG.source:
                continue
            if (s, RDF.type, UNKG.Evidence) in g:
                continue
            evidence = site.triple_evidence(s, p, iri)
            rows.append(f"<tr><td>{self.link(s, here)}</td><th>{self.link(p, here)}</th>"
                        f"<td>{self.evidence(evidence, here)}</td></tr>")
        if not rows:
            return ""
        return ('<section><h2>Referenced by</h2><table><thead><tr><th>subject</th><th>property</th>'
                "<th>evidence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></section>")

    def kind_index(self, kind_dir: str, pages: list[Page]) -> str:
        site = self.site
        kind = kind_dir.rsplit("/", 1)[-1]
        items = "".join(f'<li><a href="{_e(href(kind_dir, p.path))}">{_e(site.label(p.iri))}</a></li>'
                        for p in sorted(pages, key=lambda p: (site.label(p.iri), str(p.iri))))
        return _document(f"{kind} — unkg", f'<header><a href="{_e(href(kind_dir, ""))}">unkg</a></header>'
                         f"<main><h1>{_e(kind)}</h1><p>{len(pages)} entities.</p>"
                         f'<ul class="entities">{items}</ul></main>')

    def landing(self, stats: dict, kinds: dict[str, list[Page]]) -> str:
        site = self.site
        sections = []
        for kind in ENTITY_KINDS:
            pages = kinds.get(kind)
            if not pages:
                continue
            kind_dir = site.kind_dir(pages[0].iri)
            items = "".join(f'<li><a href="{_e(href("", p.path))}">{_e(site.label(p.iri))}</a></li>'
                            for p in sorted(pages, key=lambda p: (site.label(p.iri), str(p.iri))))
            sections.append(f'<section><h2><a href="{_e(href("", kind_dir))}">{_e(kind)}</a> ({len(pages)})</h2>'
                            f'<ul class="entities">{items}</ul></section>')
        body = (
            "<main><h1>unkg: UN meeting reports as linked data</h1>"
            f"<p>{stats['triples']} triples from {stats['reports']} report(s); every fact traced to a quote "
            f"of its report. Entity IRIs start with <code>{_e(site.base)}</code>.</p>"
            "<p>Downloads: <a href=\"graph.trig\">graph.trig</a> (one named graph per report) · "
            "<a href=\"graph.nt\">graph.nt</a> · <a href=\"context.jsonld\">JSON-LD context</a> · "
            "<a href=\"void.ttl\">dataset description (VoID, DCAT)</a></p>"
            + "".join(sections) + "</main>"
        )
        return _document("unkg", body)


def _document(title: str, body: str) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n{body}\n</body></html>\n")


# --- JSON-LD and Turtle of a page -------------------------------------------------------------


def _compacted_nodes(site: Site) -> dict[str, dict]:
    """Every subject of the graph as a compacted JSON-LD node object, by IRI."""
    from pyld import jsonld

    from .export import context, expanded_nodes

    document = jsonld.compact(expanded_nodes(site.graph), context(), {"compactArrays": True})
    nodes = document.get("@graph", [document] if "id" in document else [])
    expand_iri = _iri_expander(context()["@context"])
    return {expand_iri(node["id"]): node for node in nodes}


def _iri_expander(ctx: dict):
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and "://" in v}

    def expand(value: str) -> str:
        prefix, sep, rest = value.partition(":")
        if sep and prefix in prefixes and not rest.startswith("//"):
            return prefixes[prefix] + rest
        return value

    return expand


def _page_jsonld(site: Site, page: Page, description: Graph, nodes: dict[str, dict]) -> bytes:
    """The page's description as compacted JSON-LD. Nodes the page shows whole are taken
    from the compaction of the whole graph; the others (linked entities, of which the page
    holds a label or a link) are compacted here, from just the triples the page holds."""
    from pyld import jsonld

    from .export import _ordered, context, dumps, expanded_nodes

    whole, partial = [], Graph()
    for subject in sorted(set(description.subjects()), key=str):
        held = sum(1 for _ in description.triples((subject, None, None)))
        if held == site.size(subject) and str(subject) in nodes:
            whole.append(nodes[str(subject)])
        else:
            for triple in description.triples((subject, None, None)):
                partial.add(triple)
    graph = list(whole)
    if len(partial):
        document = jsonld.compact(expanded_nodes(partial), context(), {"compactArrays": True})
        graph.extend(document.get("@graph", [document] if "id" in document else []))
        graph.sort(key=lambda node: node.get("id", ""))
    root = href(page.path, "")
    return dumps(_ordered({"@context": root + "context.jsonld", "@graph": graph}))


_PNAME_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def _turtle(graph: Graph) -> bytes:
    """Turtle, subjects and predicates sorted: rdflib's serializer, made for any graph,
    spends most of its time on prefixes, and a site has thousands of small graphs."""
    namespaces = sorted(((prefix, str(ns)) for prefix, ns in graph.namespaces() if prefix), key=lambda x: -len(x[1]))
    used: set[str] = set()

    def iri(term) -> str:
        text = str(term)
        for prefix, ns in namespaces:
            if text.startswith(ns) and _PNAME_LOCAL.fullmatch(text[len(ns):]):
                used.add(prefix)
                return f"{prefix}:{text[len(ns):]}"
        return f"<{text}>"

    def term(value) -> str:
        if isinstance(value, URIRef):
            return iri(value)
        if isinstance(value, Literal) and value.datatype is not None and not value.language:
            return value.n3().rsplit("^^", 1)[0] + "^^" + iri(value.datatype)
        return value.n3()

    blocks = []
    for subject in sorted(set(graph.subjects()), key=lambda s: (isinstance(s, BNode), str(s))):
        predicates = sorted(set(graph.predicates(subject)), key=lambda p: (p != RDF.type, str(p)))
        parts = []
        for predicate in predicates:
            objects = sorted({term(o) for o in graph.objects(subject, predicate)})
            name = "a" if predicate == RDF.type else iri(predicate)
            parts.append(f"{name} " + ",\n        ".join(objects))
        blocks.append(f"{term(subject)} " + " ;\n    ".join(parts) + " .\n")
    header = "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(namespaces) if prefix in used)
    return (header + "\n" + "\n".join(blocks)).encode("utf-8")


# --- VoID and DCAT --------------------------------------------------------------------------------


def dataset_description(site: Site, triples: int, reports: int) -> Graph:
    url = site.site_url
    g = Graph()
    for prefix, namespace in {"void": VOID, "dcat": DCAT, "dcterms": DCTERMS, "foaf": FOAF, "xsd": XSD,
                              "unkg": UNKG._NS}.items():
        g.bind(prefix, namespace)
    dataset = URIRef(url + "void.ttl#dataset")
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, RDF.type, DCAT.Dataset))
    g.add((dataset, DCTERMS.title, Literal("unkg: UN meeting reports as linked data", lang="en")))
    g.add((dataset, DCTERMS.description, Literal(
        f"A knowledge graph of {reports} United Nations meeting report(s): attendance, offices, adoptions, "
        "documents and citations, every fact traced to a quote of its report.", lang="en")))
    g.add((dataset, FOAF.homepage, URIRef(url)))
    g.add((dataset, DCAT.landingPage, URIRef(url)))
    g.add((dataset, VOID.triples, Literal(triples, datatype=XSD.integer)))
    g.add((dataset, VOID.entities, Literal(len(site.pages), datatype=XSD.integer)))
    g.add((dataset, VOID.uriSpace, Literal(site.base)))
    g.add((dataset, VOID.vocabulary, URIRef(str(UNKG._NS))))
    g.add((dataset, DCTERMS.conformsTo, URIRef(str(UNKG._NS))))
    g.add((dataset, DCTERMS.creator, Literal(f"unkg {__version__}")))
    if site.sparql_endpoint:
        g.add((dataset, VOID.sparqlEndpoint, URIRef(site.sparql_endpoint)))
    for name, media_type, fmt in (("graph.trig", "application/trig", "TriG"),
                                  ("graph.nt", "application/n-triples", "N-Triples")):
        dump = URIRef(url + name)
        distribution = URIRef(url + "void.ttl#" + name.replace(".", "-"))
        g.add((dataset, VOID.dataDump, dump))
        g.add((dataset, DCAT.distribution, distribution))
        g.add((distribution, RDF.type, DCAT.Distribution))
        g.add((distribution, DCAT.downloadURL, dump))
        g.add((distribution, DCAT.accessURL, dump))
        g.add((distribution, DCAT.mediaType, URIRef(f"https://www.iana.org/assignments/media-types/{media_type}")))
        g.add((distribution, DCTERMS.title, Literal(f"{fmt} dump", lang="en")))
    classes = Counter(cls for _, cls in site.graph.subject_objects(RDF.type) if isinstance(cls, URIRef))
    for cls, count in sorted(classes.items()):
        name = str(cls).rsplit("#", 1)[-1]
        partition = URIRef(url + "void.ttl#class-" + name)
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], cls))
        g.add((partition, VOID.entities, Literal(count, datatype=XSD.integer)))
    return g


# --- writing -----------------------------------------------------------------------------------------


def publish(site: Site, out: Path) -> dict:
    """Write the site into `out` (built in a sibling folder, then moved into place)."""
    from .export import context_file, to_ntriples, to_trig

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
    try:
        renderer = Renderer(site)
        nodes = _compacted_nodes(site)
        kinds: dict[str, list[Page]] = defaultdict(list)
        kind_pages: dict[str, list[Page]] = defaultdict(list)
        for iri, page in site.pages.items():
            folder = staging / page.path
            folder.mkdir(parents=True, exist_ok=True)
            description = site.description(iri)
            (folder / "index.html").write_text(renderer.page(page), encoding="utf-8")
            (folder / "index.ttl").write_bytes(_turtle(description))
            (folder / "index.jsonld").write_bytes(_page_jsonld(site, page, description, nodes))
            kind_dir = site.kind_dir(iri)
            kind_pages[kind_dir].append(page)
            kind = site.kind(iri)
            if kind in ENTITY_KINDS and (iri, RDF.type, None) in site.graph:
                kinds[kind].append(page)
        for kind_dir, pages in kind_pages.items():
            index = staging / kind_dir / "index.html"
            if not index.exists():  # never over an entity's own page
                index.write_text(renderer.kind_index(kind_dir, pages), encoding="utf-8")
        triples = len(site.graph)
        reports = sum(1 for g in site.dataset.graphs() if len(g) and isinstance(g.identifier, URIRef)
                      and str(g.identifier).startswith(site.base))
        (staging / "graph.trig").write_bytes(to_trig(site.dataset))
        (staging / "graph.nt").write_bytes(to_ntriples(site.dataset))
        shutil.copyfile(context_file(), staging / "context.jsonld")
        void = _turtle(dataset_description(site, triples, reports))
        (staging / "void.ttl").write_bytes(void)
        (staging / ".well-known").mkdir()
        (staging / ".well-known" / "void").write_bytes(void)
        (staging / "index.html").write_text(
            renderer.landing({"triples": triples, "reports": reports}, kinds), encoding="utf-8")
        (staging / MARKER).write_text(f"written by unkg {__version__}\n", encoding="utf-8")
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return {"pages": len(site.pages), "entities": sum(len(p) for p in kinds.values()), "skipped": site.skipped}


def _swap(staging: Path, out: Path) -> None:
    """Put the new site in place of the old one, then remove the old one."""
    os.chmod(staging, 0o755 & ~_umask())
    if not out.exists():
        os.replace(staging, out)
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.replace(out, old)
    try:
        os.replace(staging, out)
    except BaseException:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
