"""Time the named queries (queries/*.rq) on pyoxigraph and on rdflib's SPARQL engine.

A measurement, not a test: it prints, for each named query, the rows each
engine returns, the median time of a few runs on each, and the speed-up of
pyoxigraph over rdflib. With --copies N the graph is replicated N times
before timing (meetings, documents, persons, attendances, evidence... get
fresh IRIs in each copy; States, organizations, treaties and meeting series
are shared, as they are between real reports), to see how each engine scales.

    python bench/query_engines.py output/graph.trig
    python bench/query_engines.py output/graph.trig --copies 10 --runs 3
    python bench/query_engines.py output/graph.trig --only observer-states offices

Loading time is reported separately and not counted in the query times.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder.graphio import load_dataset  # noqa: E402
from builder.iri import DEFAULT_BASE  # noqa: E402
from builder.queries import named_queries  # noqa: E402
from builder.query import execute  # noqa: E402

SHARED_KINDS = ("state/", "organization/", "treaty/", "series/")


def replicate(dataset: Dataset, copies: int, base: str = DEFAULT_BASE) -> Graph:
    """The union of `copies` copies of the dataset, copy k > 0 with its own IRIs."""
    union = Graph()

    def rename(term, k: int):
        if k == 0 or not isinstance(term, URIRef):
            return term
        text = str(term)
        if not text.startswith(base) or text[len(base):].startswith(SHARED_KINDS):
            return term
        return URIRef(f"{base}copy-{k}/{text[len(base):]}")

    quads = list(dataset.quads((None, None, None, None)))
    for k in range(copies):
        for s, p, o, _ in quads:
            union.add((rename(s, k), p, rename(o, k)))
    return union


def _oxigraph_store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _median_time(run, runs: int) -> tuple[float, int]:
    times = []
    rows = 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path, help="a built graph (graph.trig or graph.ttl)")
    parser.add_argument("--copies", type=int, default=1, help="replicate the graph N times (default 1)")
    parser.add_argument("--runs", type=int, default=5, help="runs per query and engine; the median is kept")
    parser.add_argument("--only", nargs="*", metavar="NAME", help="only these named queries")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    graph = replicate(load_dataset(args.graph), max(args.copies, 1))
    rdflib_load = time.perf_counter() - started
    started = time.perf_counter()
    store = _oxigraph_store(graph)
    ox_load = time.perf_counter() - started
    print(f"graph: {args.graph} x{args.copies}: {len(graph)} triples "
          f"(rdflib parse+replicate {rdflib_load:.2f}s, oxigraph load {ox_load:.2f}s); median of {args.runs} runs")

    queries = named_queries()
    names = args.only or sorted(queries)
    header = f"{'query':<24} {'rows':>6} {'pyoxigraph':>12} {'rdflib':>12} {'speed-up':>9}"
    print(header)
    print("-" * len(header))
    total_ox = total_rdflib = 0.0
    for name in names:
        text = queries[name]
        ox_time, ox_rows = _median_time(lambda: len(execute(store, text).rows), args.runs)
        rdflib_time, rdflib_rows = _median_time(lambda: len(list(graph.query(text))), args.runs)
        total_ox += ox_time
        total_rdflib += rdflib_time
        rows = str(ox_rows) if ox_rows == rdflib_rows else f"{ox_rows}/{rdflib_rows}!"
        print(f"{name:<24} {rows:>6} {ox_time * 1000:>10.1f}ms {rdflib_time * 1000:>10.1f}ms "
              f"{rdflib_time / max(ox_time, 1e-9):>8.0f}x")
    print("-" * len(header))
    print(f"{'all':<24} {'':>6} {total_ox * 1000:>10.1f}ms {total_rdflib * 1000:>10.1f}ms "
          f"{total_rdflib / max(total_ox, 1e-9):>8.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
