"""`unkg publish`: the static linked-data site of the built sample report,
served by `python -m http.server` on loopback and fetched with urllib.

Expected labels and quotes are written by hand from reading
corpus/TPNW_MSP_2023_14.zh.txt.
"""

from __future__ import annotations

import html
import importlib.util
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from builder.build_output import write_outputs
from builder.cli import main
from builder.graphio import load_graph
from builder.pipeline import build
from builder.publish import MARKER, href, site_path, site_root_url

pytestmark = pytest.mark.skipif(importlib.util.find_spec("pyld") is None, reason="publish needs pyld")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
BASE = "https://w3id.org/unkg/id/"
UNKG = "https://w3id.org/unkg/ontology#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
XSD_STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


@pytest.fixture(scope="module")
def sample_trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    write_outputs(build([SAMPLE], run_validation=False), out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def site(sample_trig, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("published") / "site"
    assert main(["publish", str(sample_trig), str(out)]) == 0
    return out


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(site):
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("http.server did not start")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _get(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def _quotes(page: str) -> list[str]:
    return [html.unescape(q) for q in re.findall(r'<p class="quote">(.*?)</p>', page, flags=re.S)]


def _title(page: str) -> str:
    return html.unescape(re.search(r"<h1>(.*?)</h1>", page, flags=re.S).group(1))


def _normalized(graph: Graph) -> set:
    out = set()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD_STRING:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


@pytest.fixture(scope="module")
def source(sample_trig) -> Graph:
    return load_graph(sample_trig)


# --- pages served over HTTP ------------------------------------------------------------------


@pytest.mark.server
def test_publish_state_page_has_label_and_evidence(server):
    status, content_type, body = _get(server + "id/state/MEX/")
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode("utf-8")
    assert _title(page) == "墨西哥"
    assert "Mexico" in page
    quotes = _quotes(page)
    # annex II, decision 1 (a)(iv): 将任命墨西哥为性别平等问题协调人; para 13 lists 墨西哥
    assert any("任命墨西哥为性别平等问题协调人" in q for q in quotes)
    assert all(q in TEXT for q in quotes), "every quote is the report's own text"


@pytest.mark.server
def test_publish_iri_without_trailing_slash_is_redirected_to_the_page(server):
    status, _, body = _get(server + "id/state/MEX")
    assert status == 200
    assert _title(body.decode("utf-8")) == "墨西哥"


@pytest.mark.server
def test_publish_meeting_page_has_label_and_evidence(server):
    status, content_type, body = _get(server + "id/meeting/tpnw-msp-2/")
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode("utf-8")
    assert _title(page) == "禁止核武器条约缔约国第二次会议"
    quotes = _quotes(page)
    assert quotes and all(q in TEXT for q in quotes)
    # para 14, the observer States, ends with 坦桑尼亚联合共和国和也门
    assert any("也门" in q for q in quotes)
    # para 11, the Credentials Committee
    assert any("全权证书委员会" in q for q in quotes)


@pytest.mark.server
def test_publish_document_page_under_nested_folders(server, site):
    assert (site / "id" / "document" / "TPNW" / "MSP" / "2023" / "14" / "index.html").is_file()
    status, content_type, body = _get(server + "id/document/TPNW/MSP/2023/14/")
    assert status == 200 and content_type.startswith("text/html")
    page = body.decode("utf-8")
    # annex IV: "TPNW/MSP/2023/14 禁止核武器条约缔约国第二次会议的报告"
    assert _title(page) == "禁止核武器条约缔约国第二次会议的报告"
    quotes = _quotes(page)
    assert quotes and all(q in TEXT for q in quotes)
    # para 12 cites the Credentials Committee's report, TPNW/MSP/2023/12
    assert any("TPNW/MSP/2023/12" in q for q in quotes)
    assert 'href="../12/"' in page  # the cited document, linked relative to this page


@pytest.mark.server
def test_publish_person_page_with_a_chinese_key(server):
    # para 4: 会议主席胡安·拉蒙·德拉富恩特(墨西哥); urllib needs the path percent-encoded
    path = urllib.parse.quote("id/person/胡安.拉蒙.德拉富恩特/")
    status, _, body = _get(server + path)
    assert status == 200
    assert _title(body.decode("utf-8")) == "胡安·拉蒙·德拉富恩特"


@pytest.mark.server
@pytest.mark.parametrize("path,iri", [
    ("id/state/MEX/", BASE + "state/MEX"),
    ("id/meeting/tpnw-msp-2/", BASE + "meeting/tpnw-msp-2"),
    ("id/document/TPNW/MSP/2023/14/", BASE + "document/TPNW/MSP/2023/14"),
])
def test_publish_turtle_holds_the_entity_triples(server, source, path, iri):
    status, _, body = _get(server + path + "index.ttl")
    assert status == 200
    page = Graph().parse(data=body.decode("utf-8"), format="turtle")
    entity = URIRef(iri)
    own = set(source.triples((entity, None, None)))
    assert own and own <= set(page)
    # and the attendance and office nodes that name it, with their evidence
    for node in source.subjects(URIRef(UNKG + "participant"), entity):
        assert set(source.triples((node, None, None))) <= set(page)
        for evidence in source.objects(node, URIRef(UNKG + "evidence")):
            assert (evidence, URIRef(UNKG + "quote"), source.value(evidence, URIRef(UNKG + "quote"))) in page


@pytest.mark.server
def test_publish_jsonld_page_is_the_same_graph_as_the_turtle(server):
    url = server + "id/state/MEX/index.jsonld"
    status, _, body = _get(url)
    assert status == 200
    # the page refers to the site's context by a relative URL, fetched from the server
    assert b'"@context": "../../../context.jsonld"' in body
    from_jsonld = Graph().parse(data=body.decode("utf-8"), format="json-ld", publicID=url)
    turtle = Graph().parse(data=_get(server + "id/state/MEX/index.ttl")[2].decode("utf-8"), format="turtle")
    assert _normalized(from_jsonld) == _normalized(turtle)


@pytest.mark.server
def test_publish_void_and_dcat_describe_the_dumps(server, source):
    status, _, body = _get(server + "void.ttl")
    assert status == 200
    void = Graph().parse(data=body.decode("utf-8"), format="turtle")
    datasets = set(void.subjects(RDF.type, URIRef(VOID + "Dataset")))
    assert len(datasets) == 1
    dataset = datasets.pop()
    assert (dataset, RDF.type, URIRef(DCAT + "Dataset")) in void
    assert int(void.value(dataset, URIRef(VOID + "triples"))) == len(source)
    assert str(void.value(dataset, URIRef(VOID + "uriSpace"))) == BASE
    dumps = {str(d) for d in void.objects(dataset, URIRef(VOID + "dataDump"))}
    assert dumps == {"https://w3id.org/unkg/graph.trig", "https://w3id.org/unkg/graph.nt"}
    downloads = {str(void.value(d, URIRef(DCAT + "downloadURL")))
                 for d in void.objects(dataset, URIRef(DCAT + "distribution"))}
    assert downloads == dumps
    for name in ("graph.trig", "graph.nt", "context.jsonld", ".well-known/void"):
        assert _get(server + name)[0] == 200
    nt = Graph().parse(data=_get(server + "graph.nt")[2].decode("utf-8"), format="nt")
    assert len(nt) == len(source)


@pytest.mark.server
def test_publish_landing_page_links_the_entities(server):
    status, _, body = _get(server)
    assert status == 200
    page = body.decode("utf-8")
    assert 'href="id/state/MEX/"' in page
    assert 'href="void.ttl"' in page and 'href="graph.trig"' in page
    status, _, body = _get(server + "id/state/")
    assert status == 200 and "墨西哥" in body.decode("utf-8")


# --- paths, escaping, replacing ----------------------------------------------------------------


def test_publish_site_path_mirrors_the_iri_path():
    assert site_root_url(BASE) == "https://w3id.org/unkg/"
    assert site_path(BASE + "state/MEX", BASE) == "id/state/MEX"
    assert site_path(BASE + "document/TPNW/MSP/2023/14", BASE) == "id/document/TPNW/MSP/2023/14"
    assert site_path(BASE + "document/S/RES/2231%20(2015)", BASE) == "id/document/S/RES/2231 (2015)"
    assert site_path(BASE + "person/%E8%83%A1", BASE) == "id/person/胡"
    assert site_path("https://example.org/kg/state/MEX", "https://example.org/kg/") == "kg/state/MEX"
    assert site_path("https://example.org/state/MEX", "https://example.org/") == "state/MEX"
    for bad in ("person/%2E%2E/x", "person/a//b", "person/.", "state/MEX?x", "person/%FF"):
        assert site_path(BASE + bad, BASE) is None, bad
    assert site_path("https://elsewhere.org/id/state/MEX", BASE) is None
    assert href("id/state/MEX", "id/meeting/tpnw-msp-2") == "../../meeting/tpnw-msp-2/"
    assert href("id/state/MEX", "") == "../../../"


HOSTILE = f"""
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix unkg: <{UNKG}> .
<{BASE}document/X> {{
  <{BASE}organization/zh-x> a unkg:Organization ; rdfs:label "<script>alert('x')</script> & \\"Co\\""@zh .
  <{BASE}attendance/m-1/ObserverOrganization/organization/zh-x> a unkg:Attendance ;
      unkg:participant <{BASE}organization/zh-x> ; unkg:meeting <{BASE}meeting/m-1> ;
      unkg:role unkg:ObserverOrganization ; unkg:evidence <{BASE}evidence/X/0-9> .
  <{BASE}evidence/X/0-9> a unkg:Evidence ; unkg:quote "<b>bold</b> & more" ; unkg:paragraph "1" ;
      unkg:charStart 0 ; unkg:charEnd 9 ; unkg:source <{BASE}document/X> .
  <{BASE}person/%2E%2E> a unkg:Person ; rdfs:label ".." .
}}
"""


def test_publish_escapes_all_text_and_skips_unservable_paths(tmp_path, capsys):
    graph = tmp_path / "hostile.trig"
    graph.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "site"
    assert main(["publish", str(graph), str(out)]) == 0
    assert "person/%2E%2E" in capsys.readouterr().err
    page = (out / "id" / "organization" / "zh-x" / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Co&quot;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page
    assert not (tmp_path / "person").exists() and not (out / "person").exists()


def test_publish_replaces_an_earlier_site_but_not_another_folder(tmp_path, capsys):
    graph = tmp_path / "hostile.trig"
    graph.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "site"
    assert main(["publish", str(graph), str(out)]) == 0
    (out / "stale.html").write_text("old", encoding="utf-8")
    assert main(["publish", str(graph), str(out)]) == 0
    assert (out / MARKER).is_file() and not (out / "stale.html").exists()
    other = tmp_path / "documents"
    other.mkdir()
    (other / "thesis.txt").write_text("mine", encoding="utf-8")
    assert main(["publish", str(graph), str(other)]) == 2
    assert "not an earlier unkg site" in capsys.readouterr().err
    assert (other / "thesis.txt").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["documents", "hostile.trig", "site"]
