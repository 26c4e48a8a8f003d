"""Reading and writing graph files by their extension."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .errors import UnkgError

RDFLIB_FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def rdflib_format(path: Path) -> str:
    try:
        return RDFLIB_FORMATS[path.suffix.lower()]
    except KeyError:
        raise UnkgError(f"{path}: unknown graph format {path.suffix!r}; use .trig, .ttl, .nt, .nq or .jsonld") from None


def load_dataset(path: Path) -> Dataset:
    if not path.is_file():
        raise UnkgError(f"{path}: no such graph file; build one with 'unkg build'")
    fmt = rdflib_format(path)
    dataset = Dataset()
    if fmt in QUAD_FORMATS:
        dataset.parse(path, format=fmt)
    else:
        dataset.default_graph.parse(path, format=fmt)
    return dataset


def union(dataset: Dataset, prefixes: dict[str, str] | None = None) -> Graph:
    """Every triple of the dataset in one graph, with the given prefixes (else the dataset's)."""
    graph = Graph()
    bindings = prefixes.items() if prefixes is not None else dataset.namespaces()
    for prefix, namespace in bindings:
        graph.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def load_graph(path: Path) -> Graph:
    """All triples of a graph file in one graph (named graphs merged)."""
    return union(load_dataset(path))
