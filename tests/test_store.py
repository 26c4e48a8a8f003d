"""builder.store: canonical N-Triples/N-Quads/Turtle/TriG, and the Oxigraph store.

The text forms must give back exactly the builder's terms when rdflib parses
them (xsd:string stays explicit, escapes round-trip), and must not depend on
the order the triples come in: that is what makes the outputs byte-identical
between serial, parallel, cached and cold builds.
"""

from __future__ import annotations

import json
import random

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from builder.errors import UnkgError
from builder.store import (StoreWriter, is_store, nquads, nt, open_store, prefix_header, sort_rows, trig_block,
                           turtle_body)

EX = "https://w3id.org/unkg/id/"

TRICKY = [
    Literal('say "hi"\\ back'),
    Literal("line\nbreak\rand\ttab\fform\x00nul\x7fdel\u2028sep"),
    Literal("禁止核武器条约缔约国第二次会议", lang="zh"),
    Literal("Mexico", lang="en"),
    Literal("TPNW/MSP/2023/14", datatype=XSD.string),
    Literal("plain"),
    Literal(42, datatype=XSD.integer),
    Literal("-7", datatype=XSD.integer),
    Literal("2023-11-27", datatype=XSD.date),
    Literal("　全角空格 and emoji 🕊", datatype=XSD.string),
    Literal("ends with backslash \\", lang="zh"),
]


def _rows(graph: Graph) -> list[tuple]:
    return [(nt(s), nt(p), nt(o), s, p, o) for s, p, o in graph]


def _graph() -> Graph:
    g = Graph()
    subject = URIRef(EX + "evidence/TPNW/MSP/2023/14/10-20")
    for i, literal in enumerate(TRICKY):
        g.add((subject, URIRef(f"https://w3id.org/unkg/ontology#p{i}"), literal))
    g.add((subject, RDF.type, URIRef("https://w3id.org/unkg/ontology#Evidence")))
    g.add((URIRef(EX + "person/胡安.拉蒙"), RDFS.label, Literal("胡安·拉蒙", lang="zh")))
    g.add((URIRef(EX + "document/A/78/1"), RDFS.seeAlso, URIRef("https://undocs.org/A/78/1")))
    g.add((URIRef(EX + "x/a%20b"), URIRef("https://w3id.org/unkg/ontology#odd-name.x"), URIRef(EX + "y")))
    return g


def test_store_nt_round_trips_through_rdflib():
    for term in TRICKY + [URIRef(EX + "person/胡安.拉蒙"), URIRef("https://undocs.org/A/78/1")]:
        line = f"<{EX}s> <{EX}p> {nt(term)} .\n"
        parsed = Graph().parse(data=line, format="nt")
        [(_, _, back)] = list(parsed)
        assert back == term and type(back) is type(term), (term, nt(term))
        if isinstance(term, Literal):
            assert back.datatype == term.datatype and back.language == term.language


def test_store_nt_keeps_xsd_string_explicit():
    assert nt(Literal("x", datatype=XSD.string)) == '"x"^^<http://www.w3.org/2001/XMLSchema#string>'
    assert nt(Literal("x")) == '"x"'
    assert nt(Literal("x", lang="zh")) == '"x"@zh'
    assert nt(Literal("a\nb")) == '"a\\nb"'


def test_store_turtle_trig_nquads_parse_back_to_the_same_graph():
    g = _graph()
    rows = sort_rows(_rows(g))
    body = turtle_body(rows).encode()
    ttl = Graph().parse(data=prefix_header().encode() + body, format="turtle")
    assert isomorphic(ttl, g)
    graph_key = f"<{EX}document/TPNW/MSP/2023/14>"
    trig = Dataset().parse(data=prefix_header().encode() + trig_block(graph_key, body), format="trig")
    named = trig.graph(URIRef(EX + "document/TPNW/MSP/2023/14"))
    assert isomorphic(named, g)
    quads = Dataset().parse(data=nquads(rows, graph_key), format="nquads")
    assert isomorphic(quads.graph(URIRef(EX + "document/TPNW/MSP/2023/14")), g)


def test_store_serialization_does_not_depend_on_triple_order():
    g = _graph()
    rows = _rows(g)
    expected = turtle_body(sort_rows(rows)), nquads(sort_rows(rows), "<g:x>")
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        assert (turtle_body(sort_rows(shuffled)), nquads(sort_rows(shuffled), "<g:x>")) == expected


def test_store_turtle_is_readable(sample_graph):
    body = turtle_body(sort_rows(_rows(sample_graph)))
    assert "<https://w3id.org/unkg/id/state/MEX> a unkg:State ;" in body
    assert '    unkg:iso3 "MEX"^^xsd:string ;' in body
    assert "unkg:number 1 " in body or "unkg:number 1 ;" in body or "unkg:number 1 ." in body


def _load(path, graphs: dict[str, Graph]) -> None:
    writer = StoreWriter(path).open()
    pieces = [(name, nquads(sort_rows(_rows(graph)), f"<{name}>").encode()) for name, graph in graphs.items()]
    writer.load(iter(pieces), {name: f"key-{name}" for name in graphs})
    writer.close()


def test_store_writer_loads_replaces_and_removes_graphs(tmp_path):
    store_dir = tmp_path / "store"
    a, b = EX + "document/A/1", EX + "document/B/1"
    ga, gb = Graph(), Graph()
    ga.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("a")))
    gb.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("b")))
    _load(store_dir, {a: ga, b: gb})
    assert is_store(store_dir)
    writer = StoreWriter(store_dir).open()
    assert writer.loaded == {a: f"key-{a}", b: f"key-{b}"}
    assert not is_store(store_dir)  # while it changes, the store is not complete
    writer.remove([a])
    writer.close()
    store = open_store(store_dir)
    graphs = {str(g.value) for g in store.named_graphs()}
    assert graphs == {b}


def test_store_open_store_answers_queries(tmp_path, sample_graph):
    from builder.query import execute

    _load(tmp_path / "store", {EX + "document/TPNW/MSP/2023/14": sample_graph})
    for where in (tmp_path / "store", tmp_path):  # OUT/store, or OUT itself
        result = execute(open_store(where), """
            PREFIX unkg: <https://w3id.org/unkg/ontology#>
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?a unkg:role unkg:ObserverState ; unkg:participant ?s }""")
        assert int(result.rows[0][0].value) == 35


def test_store_open_store_refuses_a_folder_without_a_store(tmp_path):
    with pytest.raises(UnkgError):
        open_store(tmp_path)


def test_store_half_written_store_is_rebuilt(tmp_path):
    store_dir = tmp_path / "store"
    g = Graph()
    g.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("a")))
    _load(store_dir, {EX + "g1": g})
    writer = StoreWriter(store_dir).open()  # a build that dies here leaves no manifest
    del writer
    assert not is_store(store_dir)
    assert StoreWriter(store_dir).open().loaded == {}  # so the next build starts from scratch


def test_store_default_graph_is_the_union_as_a_set(tmp_path):
    """A triple that two reports state is in the union once, and stays there
    until no report states it."""
    from builder.query import execute

    store_dir = tmp_path / "store"
    shared = (URIRef(EX + "state/MEX"), URIRef("https://w3id.org/unkg/ontology#iso3"), Literal("MEX", datatype=XSD.string))
    graphs = {}
    for n in (1, 2, 3):
        g = Graph()
        g.add(shared)
        g.add((URIRef(EX + f"attendance/m{n}/StateParty/state/MEX"), URIRef(EX + "p"), URIRef(EX + "state/MEX")))
        graphs[EX + f"document/A/{n}"] = g
    _load(store_dir, graphs)
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/unkg/ontology#iso3> ?o }"
    join = "SELECT (COUNT(*) AS ?n) WHERE { ?a <%sp> ?s . ?s <https://w3id.org/unkg/ontology#iso3> ?o }" % EX
    assert int(execute(open_store(store_dir), count).rows[0][0].value) == 1
    assert int(execute(open_store(store_dir), join).rows[0][0].value) == 3  # one row per attendance, not 9
    for remaining, gone in ((2, EX + "document/A/1"), (1, EX + "document/A/2")):
        writer = StoreWriter(store_dir).open()
        writer.remove([gone])
        writer.close()
        assert int(execute(open_store(store_dir), count).rows[0][0].value) == 1
        assert int(execute(open_store(store_dir), join).rows[0][0].value) == remaining
    writer = StoreWriter(store_dir).open()
    writer.remove([EX + "document/A/3"])
    writer.close()
    assert int(execute(open_store(store_dir), count).rows[0][0].value) == 0
    graph_query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert int(execute(open_store(store_dir), graph_query).rows[0][0].value) == 0


def test_store_reads_like_a_store_of_the_dump(tmp_path, sample_graph):
    """open_store(OUT/store) can stand in for query.load_store(OUT/graph.trig)."""
    import pyoxigraph as ox

    from builder.query import load_store

    graph_iri = EX + "document/TPNW/MSP/2023/14"
    _load(tmp_path / "store", {graph_iri: sample_graph})
    trig = tmp_path / "graph.trig"
    trig.write_bytes(prefix_header().encode() + trig_block(f"<{graph_iri}>", turtle_body(sort_rows(_rows(sample_graph)))
                                                           .encode()))
    ours, theirs = open_store(tmp_path), load_store(trig)
    assert len(ours) == len(theirs) == len(sample_graph)
    mex = ox.NamedNode(EX + "state/MEX")
    assert sorted(map(str, ours.quads_for_pattern(mex, None, None))) == sorted(map(str, theirs.quads_for_pattern(mex, None, None)))
    assert {str(g) for g in ours.named_graphs()} == {str(g) for g in theirs.named_graphs()}
    assert len(list(ours.quads_for_pattern(mex, None, None, ox.DefaultGraph()))) == len(
        list(theirs.quads_for_pattern(mex, None, None)))
    # (Oxigraph writes "x"^^xsd:string as "x", in both: RDF 1.1 makes them one term.)
    dumped = Dataset().parse(data=ours.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    reference = Dataset().parse(data=theirs.dump(format=ox.RdfFormat.N_QUADS), format="nquads")
    assert isomorphic(dumped.graph(URIRef(graph_iri)), reference.graph(URIRef(graph_iri)))
    assert len(dumped) == len(reference) == len(sample_graph)


def test_store_unkg_query_reads_the_store_and_binds_a_named_querys_parameter(tmp_path, sample_graph, capsys):
    # `unkg query OUT` answers from OUT/store, without a graph.trig to parse;
    # --bind gives the same rows as the query's own commented VALUES line.
    import csv
    import io

    from builder.cli import main
    from builder.queries import queries_dir

    _load(tmp_path / "store", {EX + "document/TPNW/MSP/2023/14": sample_graph})
    assert not (tmp_path / "graph.trig").exists()
    query = queries_dir() / "offices.rq"
    text = query.read_text(encoding="utf-8")
    valued = tmp_path / "valued.rq"
    valued.write_text(text.replace("# VALUES ?meeting", "VALUES ?meeting"), encoding="utf-8")

    def rows(*args: str) -> list[list[str]]:
        assert main(["query", str(tmp_path), *args, "--format", "csv"]) == 0
        return list(csv.reader(io.StringIO(capsys.readouterr().out)))

    bound = rows("-f", str(query), "--bind", "meeting=meeting/tpnw-msp-2")
    assert bound == rows("-f", str(valued))
    assert bound == rows("-f", str(query), "--bind", f"meeting=<{EX}meeting/tpnw-msp-2>")
    # Para 6: 「选举胡安·拉蒙·德拉富恩特(墨西哥)为第二次会议主席」, then 「副主席：」 and a list.
    assert {row[1].rsplit("#", 1)[-1] for row in bound[1:]} >= {"President", "VicePresident"}
    assert {row[0] for row in bound[1:]} == {EX + "meeting/tpnw-msp-2"}
    everything = rows("-f", str(query))
    assert len(everything) > len(bound)


@pytest.mark.parametrize("bind, message", [
    ("meeting", "NAME=VALUE"),
    ("meeting1=meeting/tpnw-msp-2", "own VALUES clause"),
])
def test_store_unkg_query_refuses_a_binding_it_cannot_apply(tmp_path, sample_graph, capsys, bind, message):
    from builder.cli import main
    from builder.queries import queries_dir

    _load(tmp_path / "store", {EX + "document/TPNW/MSP/2023/14": sample_graph})
    query = queries_dir() / "common-attendance.rq"
    assert main(["query", str(tmp_path), "-f", str(query), "--bind", bind]) != 0
    assert message in capsys.readouterr().err


def test_store_with_bindings_ignores_where_inside_comments_and_strings():
    from builder.query import binding, with_bindings

    text = '# WHERE { in a comment\nSELECT ?s WHERE { ?s ?p "WHERE {" }'
    bound = with_bindings(text, dict([binding("s=state/MEX")]))
    assert bound.endswith('SELECT ?s WHERE {\n  VALUES ?s { <https://w3id.org/unkg/id/state/MEX> } ?s ?p "WHERE {" }')
    assert with_bindings(text, {}) == text
    assert binding("label=Mexico")[1].value == "Mexico"



def test_store_bulk_load_and_transactional_load_give_the_same_store(tmp_path, monkeypatch):
    """A few reports (an incremental build) are loaded in one transaction, a
    corpus in bulk: both give the same named graphs and the same union, tricky
    literals included."""
    other = Graph()
    for s, p, o in _graph():
        other.add((s, p, o))
    other.add((URIRef(EX + "state/MEX"), RDFS.label, Literal("墨西哥", lang="zh")))
    graphs = {EX + "document/A/1": _graph(), EX + "document/A/2": other}
    import pyoxigraph

    found = []
    for small_bytes in (0, 1 << 30):  # everything in bulk; everything in a transaction
        monkeypatch.setattr(StoreWriter, "SMALL_BYTES", small_bytes)
        _load(tmp_path / str(small_bytes), graphs)
        store = open_store(tmp_path / str(small_bytes))
        union = store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())
        found.append(sorted(map(str, [*store, *union])))
    assert found[0] == found[1]
    assert len(found[0]) == len(_graph()) + len(other) + len(set(_graph()) | set(other))


def test_store_remove_drops_a_reports_own_nodes_without_asking(tmp_path):
    """With `scope`, the triples of a report's own nodes leave the union
    directly; the others leave it only when no other report states them."""
    from builder.corpus import report_scope

    shared = (URIRef(EX + "state/MEX"), RDFS.label, Literal("墨西哥", lang="zh"))
    graphs = {}
    for n in (1, 2):
        g = Graph()
        g.add(shared)
        g.add((URIRef(f"{EX}evidence/A/{n}/1-5"), URIRef(EX + "quote"), Literal(f"q{n}")))
        graphs[f"{EX}document/A/{n}"] = g
    assert report_scope(f"{EX}document/A/1") == f"{EX}evidence/A/1/"
    _load(tmp_path / "store", graphs)
    writer = StoreWriter(tmp_path / "store").open()
    writer.remove([f"{EX}document/A/1"], scope=report_scope)
    writer.close()
    import pyoxigraph

    union = {str(q.subject) for q in open_store(tmp_path / "store").quads_for_pattern(
        None, None, None, pyoxigraph.DefaultGraph())}
    assert union == {f"<{EX}state/MEX>", f"<{EX}evidence/A/2/1-5>"}


def test_store_is_compacted_after_so_many_incremental_bulk_loads(tmp_path, monkeypatch):
    """Bulk loads leave files that a short-lived build never merges: after
    COMPACT_AFTER of them (counted across builds in the manifest, a load from
    scratch included), closing the store compacts it, keeping what it holds.
    A transactional load does not count."""
    monkeypatch.setattr(StoreWriter, "SMALL_BYTES", 0)  # every load in bulk
    monkeypatch.setattr(StoreWriter, "COMPACT_AFTER", 3)
    compactions = []
    real_compact = StoreWriter.compact

    def compact(self) -> None:
        compactions.append(self.ingests)
        real_compact(self)

    monkeypatch.setattr(StoreWriter, "compact", compact)
    store_dir = tmp_path / "store"

    def graph(n: int) -> Graph:
        g = Graph()
        g.add((URIRef(f"{EX}s{n}"), URIRef(EX + "p"), Literal(n)))
        return g

    _load(store_dir, {f"{EX}document/A/0": graph(0)})  # from scratch: counts
    ingests = [json.loads((store_dir / "unkg-store.json").read_text())["ingests"]]
    for n in range(1, 8):  # one incremental build each, each in its own writer (as builds are)
        _load(store_dir, {f"{EX}document/A/{n}": graph(n)})
        ingests.append(json.loads((store_dir / "unkg-store.json").read_text())["ingests"])
    assert ingests == [1, 2, 0, 1, 2, 0, 1, 2]
    assert compactions == [3, 3]
    monkeypatch.setattr(StoreWriter, "SMALL_BYTES", 1 << 30)  # a transaction: not counted
    _load(store_dir, {f"{EX}document/A/8": graph(8)})
    assert json.loads((store_dir / "unkg-store.json").read_text())["ingests"] == 2
    store = open_store(store_dir)
    assert sorted(str(g.value) for g in store.named_graphs()) == sorted(f"{EX}document/A/{n}" for n in range(9))
    assert len(store) == 9
