"""`unkg export`: every format on the built sample report.

RDF formats are compared as graphs (rdflib.compare.isomorphic) with the
graph they were exported from; the graph-tool formats are read back with
networkx and compared with what was written; the expected facts of the
projection are written by hand from reading corpus/TPNW_MSP_2023_14.zh.txt.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from builder import export
from builder.build_output import write_outputs
from builder.cli import main
from builder.graphio import load_dataset
from builder.pipeline import build
from builder.resources import ontology_file

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
ID = "https://w3id.org/unkg/id/"
UNKG = "https://w3id.org/unkg/ontology#"
REPORT = ID + "document/TPNW/MSP/2023/14"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")
SINGLE_FILE_FORMATS = ("jsonld", "nt", "nquads", "trig", "graphml", "gexf")

# Para 14, the 35 observer States, by hand (see tests/test_queries.py).
OBSERVER_STATES = {
    "DZA", "AND", "AGO", "ARM", "AUS", "BRB", "BEL", "BRA", "BRN", "BFA", "DJI", "EGY",
    "GNQ", "DEU", "GIN", "HTI", "IDN", "IRQ", "LBY", "LIE", "MDG", "MHL", "MAR", "MOZ",
    "MMR", "NPL", "NOR", "QAT", "SLE", "SGP", "LKA", "CHE", "TUN", "TZA", "YEM",
}


@pytest.fixture(scope="module")
def sample_trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    write_outputs(build([SAMPLE], run_validation=False), out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def source(sample_trig) -> Dataset:
    return load_dataset(sample_trig)


@pytest.fixture(scope="module")
def exported(source) -> dict[str, bytes]:
    """Every single-file format. (The command writes the same bytes: see the
    determinism test at the end, which runs it in another process.)"""
    files = {}
    for fmt in SINGLE_FILE_FORMATS:
        if fmt == "jsonld" and importlib.util.find_spec("pyld") is None:
            continue
        files[fmt] = export.export_bytes(source, fmt)
    return files


def _normalized(graph: Graph) -> Graph:
    """RDF 1.1: "x"^^xsd:string and "x" are the same literal; rdflib keeps them apart."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD_STRING:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def _named_graphs(dataset: Dataset) -> dict[str, Graph]:
    return {str(g.identifier): _normalized(g) for g in dataset.graphs() if len(g)}


def _assert_same_dataset(got: Dataset, expected: Dataset) -> None:
    got_graphs, expected_graphs = _named_graphs(got), _named_graphs(expected)
    assert sorted(got_graphs) == sorted(expected_graphs) == [REPORT]
    for name, graph in expected_graphs.items():
        assert len(got_graphs[name]) == len(graph)
        assert isomorphic(got_graphs[name], graph)


# --- RDF formats --------------------------------------------------------------------


def test_export_nt_is_the_union_of_the_named_graphs(exported, source):
    graph = Graph().parse(data=exported["nt"].decode("utf-8"), format="nt")
    assert isomorphic(_normalized(graph), _normalized(export.union(source)))
    lines = exported["nt"].decode("utf-8").splitlines()
    assert lines == sorted(lines)


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("trig", "trig")])
def test_export_quads_keep_the_named_graphs(exported, source, fmt, rdflib_format):
    got = Dataset()
    got.parse(data=exported[fmt].decode("utf-8"), format=rdflib_format)
    _assert_same_dataset(got, source)


def test_export_jsonld_expands_with_pyld_to_the_same_graph(exported, source):
    jsonld = pytest.importorskip("pyld.jsonld")
    document = json.loads(exported["jsonld"])
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    got = Dataset()
    got.parse(data=nquads, format="nquads")
    _assert_same_dataset(got, source)


def test_export_jsonld_parses_with_rdflib_to_the_same_graph(exported, source):
    if "jsonld" not in exported:
        pytest.skip("pyld is not installed")
    got = Dataset()
    got.parse(data=exported["jsonld"].decode("utf-8"), format="json-ld")
    _assert_same_dataset(got, source)


def test_export_jsonld_uses_the_short_keys_of_the_context(exported):
    if "jsonld" not in exported:
        pytest.skip("pyld is not installed")
    document = json.loads(exported["jsonld"])
    assert document["@context"] == export.context()["@context"]
    assert document["id"] == "unkgid:document/TPNW/MSP/2023/14"  # the report's named graph
    nodes = {node["id"]: node for node in document["@graph"]}
    mexico = nodes["unkgid:state/MEX"]
    assert mexico["type"] == "State"
    assert mexico["iso3"] == "MEX"
    assert mexico["label"] == {"en": "Mexico", "zh": "墨西哥"}
    assert mexico["attended"] == "unkgid:meeting/tpnw-msp-2"
    attendance = nodes["unkgid:attendance/tpnw-msp-2/ObserverState/state/NOR"]  # para 14: 挪威
    assert attendance["role"] == "ObserverState"
    assert attendance["participant"] == "unkgid:state/NOR"
    evidence_ids = attendance["evidence"] if isinstance(attendance["evidence"], list) else [attendance["evidence"]]
    evidence = nodes[evidence_ids[0]]
    assert evidence["type"] == "Evidence"
    assert set(evidence) >= {"quote", "paragraph", "charStart", "charEnd", "source"}
    assert isinstance(evidence["charStart"], int)
    assert "挪威" in evidence["quote"]
    assert evidence["paragraph"] == "14"
    text = SAMPLE.read_text(encoding="utf-8")
    assert text[evidence["charStart"]:evidence["charEnd"]] == evidence["quote"]


def test_export_jsonld_with_a_context_url_expands_with_that_context(tmp_path):
    jsonld = pytest.importorskip("pyld.jsonld")
    url = "https://example.org/unkg/context.jsonld"
    dataset = Dataset()
    dataset.parse(data=f"""
        @prefix unkg: <{UNKG}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{REPORT}> {{ <{ID}state/NOR> a unkg:State ; unkg:iso3 "NOR" ; rdfs:label "挪威"@zh . }}
    """, format="trig")
    document = json.loads(export.to_jsonld(dataset, context_url=url))
    assert document["@context"] == url

    def loader(requested, options=None):
        assert requested == url
        return {"contextUrl": None, "documentUrl": url, "document": export.context()}

    nquads = jsonld.to_rdf(document, {"format": "application/n-quads", "documentLoader": loader})
    got = Dataset()
    got.parse(data=nquads, format="nquads")
    _assert_same_dataset_small(got, dataset)


def _assert_same_dataset_small(got: Dataset, expected: Dataset) -> None:
    got_graphs, expected_graphs = _named_graphs(got), _named_graphs(expected)
    assert sorted(got_graphs) == sorted(expected_graphs)
    for name, graph in expected_graphs.items():
        assert isomorphic(got_graphs[name], graph)


def test_export_context_names_every_term_of_the_ontology():
    """Every class, concept and property of ontology/unkg.ttl has a short key
    (in the main context or in the type-scoped context of Evidence or Statement)."""
    ontology = Graph().parse(ontology_file(), format="turtle")
    declared = {str(s)[len(UNKG):] for s in ontology.subjects() if str(s).startswith(UNKG) and len(str(s)) > len(UNKG)}
    groupings = {s for s in declared if s.endswith(("Roles", "Types", "Procedures")) or s == "Roles"}
    ctx = export.context()["@context"]
    terms = {}
    for name, definition in ctx.items():
        if name.startswith("@") or (isinstance(definition, str) and ":/" in definition):
            continue  # keywords and prefixes
        terms[name] = definition
        if isinstance(definition, dict) and "@context" in definition:
            terms.update(definition["@context"])
    mapped = {(d if isinstance(d, str) else d["@id"]).removeprefix("unkg:") for d in terms.values()}
    missing = sorted(declared - groupings - mapped)
    assert not missing, f"no JSON-LD term for {missing}"
    for name, definition in terms.items():
        iri = definition if isinstance(definition, str) else definition["@id"]
        if iri.startswith("unkg:"):
            assert iri.removeprefix("unkg:") in declared, f"{name} maps to undeclared {iri}"


# --- graph-tool formats ----------------------------------------------------------------


def _edges(graph) -> dict:
    return {(u, v, k): data for u, v, k, data in graph.edges(keys=True, data=True)}


def test_export_graphml_reads_back_the_same_nodes_edges_and_attributes(exported, source):
    written = export.to_networkx(source)
    read = nx.read_graphml(io.BytesIO(exported["graphml"]))
    assert isinstance(read, nx.MultiDiGraph)
    assert dict(read.nodes(data=True)) == dict(written.nodes(data=True))
    assert _edges(read) == _edges(written)


def test_export_gexf_reads_back_the_same_nodes_edges_and_attributes(exported, source):
    written = export.to_networkx(source)
    read = nx.read_gexf(io.BytesIO(exported["gexf"]))
    assert dict(read.nodes(data=True)) == dict(written.nodes(data=True))
    # GEXF numbers edges itself ("id") and keeps our key in "networkx_key"
    got = {(u, v, k): {a: x for a, x in data.items() if a != "id"} for (u, v, k), data in _edges(read).items()}
    assert got == _edges(written)
    assert b"lastmodifieddate" not in exported["gexf"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_graph_tool_formats_use_only_string_and_integer_attributes(exported, fmt):
    text = exported[fmt].decode("utf-8")
    types = set(re.findall(r'attr\.type="(\w+)"', text)) | set(re.findall(r'<attribute [^>]*type="(\w+)"', text))
    assert types and types <= {"string", "int", "long", "integer"}
    written = export.to_networkx(load_dataset_from_bytes(exported["nquads"]))
    for _, data in written.nodes(data=True):
        assert all(isinstance(v, str) for v in data.values())
    for _, _, data in written.edges(data=True):
        assert all(isinstance(v, str) for v in data.values())


def load_dataset_from_bytes(nquads: bytes) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=nquads.decode("utf-8"), format="nquads")
    return dataset


def test_export_projection_holds_the_facts_of_the_report(source):
    graph = export.to_networkx(source)
    msp2 = ID + "meeting/tpnw-msp-2"
    mexico = ID + "state/MEX"
    assert graph.nodes[mexico]["type"] == "State"
    assert graph.nodes[mexico]["label_zh"] == "墨西哥"
    assert graph.nodes[mexico]["label_en"] == "Mexico"
    assert graph.nodes[mexico]["iso3"] == "MEX"
    # para 13: Mexico attended as a State party
    assert graph.edges[mexico, msp2, "attended:StateParty"]["role"] == "StateParty"
    # annex II, decision 1 (a)(iv): 将任命墨西哥为性别平等问题协调人
    assert graph.edges[mexico, msp2, "office:Coordinator"]["relation"] == "office"
    # para 4 and 6: the President 胡安·拉蒙·德拉富恩特(墨西哥)
    presidents = [(u, data) for u, v, data in graph.in_edges(msp2, data=True)
                  if data["relation"] == "office" and data["role"] == "President"]
    assert len(presidents) == 1
    person, data = presidents[0]
    assert graph.nodes[person]["label"] == "胡安·拉蒙·德拉富恩特"
    assert data["on_behalf_of"] == mexico
    # para 14: 35 observer States
    observers = {graph.nodes[u]["iso3"] for u, v, data in graph.in_edges(msp2, data=True)
                 if data["relation"] == "attended" and data["role"] == "ObserverState"}
    assert observers == OBSERVER_STATES
    # para 12 cites the Credentials Committee's report; the report is of the second meeting
    assert graph.has_edge(REPORT, ID + "document/TPNW/MSP/2023/12", "references")
    assert graph.has_edge(REPORT, msp2, "reportOf")
    assert graph.nodes[ID + "document/TPNW/MSP/2023/12"]["symbol"] == "TPNW/MSP/2023/12"
    # no node for provenance: attendance, office, evidence and statement nodes are folded in
    assert not any("/evidence/" in n or "/attendance/" in n or "/statement/" in n for n in graph.nodes)


def test_export_csv_writes_nodes_and_edges_tables(sample_trig, source, tmp_path):
    out = tmp_path / "tables"
    assert main(["export", str(sample_trig), "--format", "csv", "--out", str(out)]) == 0
    projection = export.project(source)
    with open(out / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.DictReader(handle))
    with open(out / "edges.csv", encoding="utf-8", newline="") as handle:
        edges = list(csv.DictReader(handle))
    assert list(nodes[0]) == ["id", *export.NODE_ATTRIBUTES]
    assert list(edges[0]) == ["source", "target", *export.EDGE_ATTRIBUTES]
    assert {row["id"]: {k: v for k, v in row.items() if k != "id"} for row in nodes} == projection.nodes
    assert len(edges) == len(projection.edges)
    mexico = [row for row in edges if row["source"] == ID + "state/MEX" and row["relation"] == "attended"]
    assert [row["role"] for row in mexico] == ["StateParty"]


# --- the command ------------------------------------------------------------------------


def test_export_writes_to_standard_output_without_out(sample_trig, capfdbinary):
    assert main(["export", str(sample_trig), "--format", "nt"]) == 0
    out = capfdbinary.readouterr().out
    assert f"<{ID}state/MEX> <{UNKG}iso3> ".encode() in out


def test_export_csv_needs_a_directory(sample_trig, capsys):
    assert main(["export", str(sample_trig), "--format", "csv"]) == 2
    assert "--out" in capsys.readouterr().err


def test_export_html_calls_the_viz_hook_or_says_it_is_missing(sample_trig, tmp_path, capsys):
    out = tmp_path / "graph.html"
    status = main(["export", str(sample_trig), "--format", "html", "--out", str(out)])
    if importlib.util.find_spec("builder.viz") is None:
        assert status == 2
        assert "builder.viz" in capsys.readouterr().err
        assert not out.exists()
    else:
        assert status == 0
        assert out.is_file()


def test_export_missing_graph_is_an_input_error(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nothing.trig"), "--format", "nt"]) == 1
    assert "no such graph file" in capsys.readouterr().err


# --- determinism ---------------------------------------------------------------------------

_EXPORT_ALL = """
import sys
from pathlib import Path
from builder.cli import main
graph, out = sys.argv[1], Path(sys.argv[2])
for fmt in sys.argv[3:]:
    target = out / "csv" if fmt == "csv" else out / ("graph." + fmt)
    assert main(["export", graph, "--format", fmt, "--out", str(target)]) == 0
"""


def test_export_same_graph_gives_the_same_bytes_in_another_process(sample_trig, exported, tmp_path):
    """Another hash seed changes set and dict-of-set order; the bytes must not change."""
    formats = sorted(exported) + ["csv"]
    env = dict(os.environ, PYTHONHASHSEED="12345")
    subprocess.run([sys.executable, "-c", _EXPORT_ALL, str(sample_trig), str(tmp_path), *formats],
                   check=True, cwd=ROOT, env=env, timeout=300)
    for fmt, data in exported.items():
        assert (tmp_path / f"graph.{fmt}").read_bytes() == data, fmt
    tables = export.to_csv(load_dataset(sample_trig))
    for name, data in tables.items():
        assert (tmp_path / "csv" / name).read_bytes() == data, name
