"""`unkg serve`: the real server in a subprocess on a free loopback port, asked
by real clients (SPARQLWrapper, rdflib's SPARQLStore, curl, urllib).

Expected values are read by hand from corpus/TPNW_MSP_2023_14.zh.txt:
paragraph 13 lists 59 States parties, Mexico (墨西哥) among them; paragraph 14
lists 35 observer States; annex II, decision 1 appoints Mexico gender focal
point ("任命墨西哥为性别平等问题协调人").
"""

from __future__ import annotations

import http.client
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
UNKG = Namespace("https://w3id.org/unkg/ontology#")
VOID = Namespace("http://rdfs.org/ns/void#")
ID = "https://w3id.org/unkg/id/"
PREFIX = "PREFIX unkg: <https://w3id.org/unkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
COUNT_STATE_PARTIES = PREFIX + """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?a a unkg:Attendance ; unkg:participant ?s ; unkg:role unkg:StateParty ;
     unkg:meeting <https://w3id.org/unkg/id/meeting/tpnw-msp-2> . }"""
MEXICO_LABEL = PREFIX + "SELECT ?l WHERE { <https://w3id.org/unkg/id/state/MEX> rdfs:label ?l FILTER(LANG(?l) = 'zh') }"
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o . ?p ?q ?r }"


class Server:
    """`python -m builder serve GRAPH --port 0 ...` until stopped."""

    def __init__(self, graph: Path, *options: str):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "builder", "serve", str(graph), "--port", "0", *options],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        line = self._first_line(timeout=60)
        if not line.startswith("serving "):
            self.stop()
            raise AssertionError(f"server did not start: {line!r} {self.process.stderr.read()}")
        self.url = line.split()[1]
        self.host, self.port = urllib.parse.urlsplit(self.url).hostname, urllib.parse.urlsplit(self.url).port

    def _first_line(self, timeout: float) -> str:
        box: list[str] = []
        reader = threading.Thread(target=lambda: box.append(self.process.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        return box[0] if box else ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                timeout: float = 60) -> tuple[int, dict, bytes]:
        conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
        finally:
            conn.close()

    def sparql(self, query: str, accept: str = "application/sparql-results+json", **extra: str):
        form = urllib.parse.urlencode({"query": query, **extra}).encode()
        return self.request("POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                       "Accept": accept})


@pytest.fixture(scope="module")
def sample(built_sample_dir, tmp_path_factory) -> Server:
    server = Server(built_sample_dir / "graph.trig", "--workers", "2", "--queries", str(ROOT / "queries"))
    yield server
    server.stop()


TINY = """\
@prefix unkg: <https://w3id.org/unkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix id: <https://w3id.org/unkg/id/> .

id:document\\/X\\/1 {
  id:state\\/XSS a unkg:State ;
      rdfs:label "<script>alert(1)</script>"@en , "\\"><img src=x onerror=alert(2)>"@zh ;
      owl:sameAs <javascript:alert(3)> ;
      unkg:attended id:meeting\\/m-1 .
  id:attendance\\/m-1\\/StateParty\\/state\\/XSS a unkg:Attendance ;
      unkg:participant id:state\\/XSS ; unkg:meeting id:meeting\\/m-1 ; unkg:role unkg:StateParty ;
      unkg:evidence id:evidence\\/X\\/1\\/0-10 .
  id:evidence\\/X\\/1\\/0-10 a unkg:Evidence ;
      unkg:quote "</blockquote><script>alert(4)</script>" ; unkg:paragraph "1" ;
      unkg:source id:document\\/X\\/1 ; unkg:charStart 0 ; unkg:charEnd 10 .
  id:meeting\\/m-1 a unkg:Meeting ; rdfs:label "<b onmouseover=alert(5)>m</b>"@zh .
%s
}
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Server:
    """A crafted graph, served with small limits: 1 s, 5 rows, 2048-byte requests."""
    folder = tmp_path_factory.mktemp("tiny")
    filler = "\n".join(f'  id:state\\/F{i:02d} a unkg:State ; rdfs:label "filler {i}"@en .' for i in range(40))
    graph = folder / "graph.trig"
    graph.write_text(TINY % filler, encoding="utf-8")
    queries = folder / "queries"
    queries.mkdir()
    (queries / "evil.rq").write_text("# <script>alert(6)</script> lists states\nSELECT ?s WHERE { ?s a ?c }\n",
                                     encoding="utf-8")
    server = Server(graph, "--workers", "1", "--timeout", "1", "--max-results", "5", "--max-request-bytes", "2048",
                    "--queries", str(queries))
    yield server
    server.stop()


# -- SPARQL protocol, real clients


def test_serve_sparqlwrapper_json_and_xml(sample):
    from SPARQLWrapper import JSON, POST, XML, SPARQLWrapper

    client = SPARQLWrapper(sample.url + "sparql")
    client.setQuery(COUNT_STATE_PARTIES)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert result["results"]["bindings"][0]["n"]["value"] == "59"

    client.setMethod(POST)
    client.setQuery(MEXICO_LABEL)
    client.setReturnFormat(XML)
    document = client.query().convert()
    literals = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert literals == ["墨西哥"]


def test_serve_rdflib_sparqlstore(sample):
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(sample.url + "sparql"))
    observers = graph.query(PREFIX + """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?a unkg:participant ?s ; unkg:role unkg:ObserverState }""")
    assert [int(row[0]) for row in observers] == [35]
    assert graph.query(PREFIX + "ASK { <https://w3id.org/unkg/id/state/MEX> unkg:attended ?m }").askAnswer is True
    labels = {row[0] for row in graph.query(MEXICO_LABEL)}
    assert labels == {Literal("墨西哥", lang="zh")}


@pytest.mark.parametrize("accept, expected", [
    ("application/sparql-results+json", None),
    ("application/sparql-results+xml", None),
    ("text/csv", "n\r\n59\r\n"),
    ("text/tab-separated-values", "?n\n59\n"),
])
def test_serve_curl_each_result_format(sample, accept, expected):
    if shutil.which("curl") is None:
        pytest.skip("curl is not installed")
    done = subprocess.run(
        ["curl", "-sS", "-H", f"Accept: {accept}", "--data-urlencode", f"query={COUNT_STATE_PARTIES}",
         "-w", "\n%{http_code} %{content_type}", sample.url + "sparql"],
        capture_output=True, text=True, timeout=60, check=True)
    body, _, status_line = done.stdout.rpartition("\n")
    status, content_type = status_line.split(" ", 1)
    assert status == "200"
    assert content_type.split(";")[0] == accept
    if accept.endswith("json"):
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "59"
    elif accept.endswith("xml"):
        assert "<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">59</literal>" in body
    else:
        assert body.replace("\r\n", "\n") == expected.replace("\r\n", "\n")


def test_serve_get_and_direct_post(sample):
    status, headers, body = sample.request(
        "GET", "/sparql?" + urllib.parse.urlencode({"query": COUNT_STATE_PARTIES}), headers={"Accept": "text/csv"})
    assert status == 200 and body.decode().split() == ["n", "59"]
    status, headers, body = sample.request(
        "POST", "/sparql", COUNT_STATE_PARTIES.encode(),
        {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == "59"


@pytest.mark.parametrize("accept, rdflib_format", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")])
def test_serve_construct_by_accept(sample, accept, rdflib_format):
    query = PREFIX + "CONSTRUCT { ?a unkg:role ?r } WHERE { ?a unkg:participant <https://w3id.org/unkg/id/state/MEX> ; unkg:role ?r }"
    status, headers, body = sample.sparql(query, accept)
    assert status == 200 and headers["content-type"].startswith(accept)
    graph = Graph().parse(data=body.decode(), format=rdflib_format)
    assert (URIRef(ID + "attendance/tpnw-msp-2/StateParty/state/MEX"), UNKG.role, UNKG.StateParty) in graph


def test_serve_refuses_updates(sample):
    insert = "INSERT DATA { <https://w3id.org/unkg/id/state/MEX> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" }"
    assert sample.request("POST", "/sparql", insert.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    form = urllib.parse.urlencode({"update": insert}).encode()
    assert sample.request("POST", "/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert sample.sparql(insert)[0] == 403
    assert sample.sparql("PREFIX x: <http://x/>\n# a comment\nDELETE WHERE { ?s ?p ?o }")[0] == 403
    assert sample.request("GET", "/sparql?" + urllib.parse.urlencode({"update": insert}))[0] == 403
    status, _, body = sample.sparql(PREFIX + "SELECT ?l WHERE { <https://w3id.org/unkg/id/state/MEX> rdfs:label ?l }")
    assert status == 200
    assert sorted(b["l"]["value"] for b in json.loads(body)["results"]["bindings"]) == ["Mexico", "墨西哥"]


def test_serve_refuses_service_and_makes_no_request(sample):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        for query in (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
                      f"SELECT * WHERE {{ \\u0053ERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}"):
            status, _, body = sample.sparql(query)
            assert status == 403, body
        with pytest.raises(socket.timeout):
            listener.accept()
    finally:
        listener.close()
    # A variable or a string named "service" is fine.
    assert sample.sparql("SELECT ?service WHERE { BIND('SERVICE' AS ?service) }")[0] == 200


def test_serve_bad_requests(sample):
    assert sample.sparql("SELECT WHERE {")[0] == 400
    assert sample.request("POST", "/sparql", b"query=x", {"Content-Type": "text/plain"})[0] == 415
    assert sample.request("PUT", "/sparql", b"x", {"Content-Type": "text/turtle"})[0] == 405
    assert sample.sparql(COUNT_STATE_PARTIES, accept="image/png")[0] == 406


# -- limits


def test_serve_timeout_stops_a_heavy_query(tiny):
    started = time.monotonic()
    status, headers, body = tiny.sparql(HEAVY)
    elapsed = time.monotonic() - started
    assert status == 503, body
    assert b"1s" in body and elapsed < 10
    # The killed worker is replaced: simple queries are answered again.
    deadline = time.monotonic() + 30
    while True:
        status, _, body = tiny.sparql("ASK { ?s ?p ?o }")
        if status == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_result_cap_truncates_and_marks(tiny):
    status, headers, body = tiny.sparql("SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#State> }")
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 5
    assert headers["x-sparql-maxrows"] == "5"
    status, headers, body = tiny.sparql("SELECT ?s WHERE { ?s a <https://w3id.org/unkg/ontology#Meeting> }")
    assert status == 200 and "x-sparql-maxrows" not in headers
    status, headers, body = tiny.sparql("CONSTRUCT WHERE { ?s ?p ?o }", accept="application/n-triples")
    assert status == 200 and headers["x-sparql-maxrows"] == "5" and len(body.decode().splitlines()) == 5


def test_serve_request_size_cap(tiny):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    status, _, _ = tiny.request("POST", "/sparql", big.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 413
    status, _, _ = tiny.request("GET", "/sparql?" + urllib.parse.urlencode({"query": big}))
    assert status == 414
    assert tiny.sparql("ASK { ?s ?p ?o }")[0] == 200


# -- linked data


def test_serve_entity_iri_redirects_303(sample):
    status, headers, _ = sample.request("GET", "/id/state/MEX", headers={"Accept": "text/turtle"})
    assert status == 303 and headers["location"] == "/doc/state/MEX"
    key = urllib.parse.quote("person/胡安.拉蒙.德拉富恩特")
    status, headers, _ = sample.request("GET", f"/id/{key}")
    assert status == 303 and headers["location"] == f"/doc/{key}"
    status, headers, body = sample.request("GET", f"/doc/{key}", headers={"Accept": "text/html"})
    assert status == 200 and "胡安·拉蒙·德拉富恩特" in body.decode()


@pytest.mark.parametrize("accept, rdflib_format, extension", [
    ("text/turtle", "turtle", ".ttl"), ("application/ld+json", "json-ld", ".jsonld")])
def test_serve_description_negotiates(sample, accept, rdflib_format, extension):
    status, headers, body = sample.request("GET", "/doc/state/MEX", headers={"Accept": accept})
    assert status == 200 and headers["content-type"].startswith(accept)
    assert headers["content-location"] == "/doc/state/MEX" + extension
    graph = Graph().parse(data=body.decode(), format=rdflib_format)
    mex = URIRef(ID + "state/MEX")
    assert (mex, RDFS.label, Literal("墨西哥", lang="zh")) in graph
    attendance = URIRef(ID + "attendance/tpnw-msp-2/StateParty/state/MEX")
    assert (attendance, UNKG.role, UNKG.StateParty) in graph
    evidence = [(str(graph.value(ev, UNKG.paragraph)), str(graph.value(ev, UNKG.quote)))
                for ev in graph.objects(attendance, UNKG.evidence)]
    assert any(paragraph == "13" and "墨西哥" in quote for paragraph, quote in evidence)
    assert sample.request("GET", "/doc/state/MEX" + extension)[1]["content-type"].startswith(accept)


def test_serve_entity_page_shows_facts_and_evidence(sample):
    status, headers, body = sample.request("GET", "/doc/state/MEX", headers={"Accept": "text/html"})
    text = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "content-security-policy" in headers and "script-src" not in headers["content-security-policy"]
    assert "<h1>墨西哥 · Mexico</h1>" in text
    assert "缔约国 · State party" in text  # the attendance role, labelled from the ontology
    assert "paragraph 13" in text and "马耳他、墨西哥" in text  # the quote from the list of States parties
    assert "任命墨西哥为性别平等问题协调人" in text  # the Coordinator office, annex II decision 1
    assert 'href="/doc/meeting/tpnw-msp-2"' in text


def test_serve_unknown_entity_is_404(sample):
    assert sample.request("GET", "/doc/state/ZZZ")[0] == 404
    assert sample.request("GET", "/nothing-here")[0] == 404


def test_serve_html_escapes_graph_text(tiny):
    status, headers, body = tiny.request("GET", "/doc/state/XSS", headers={"Accept": "text/html"})
    text = body.decode()
    assert status == 200
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "<script" not in text and "<img" not in text and "<b " not in text and "</blockquote><script" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in text
    assert "&lt;/blockquote&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in text
    assert 'href="javascript:' not in text and "javascript:alert(3)" in text
    # Results pages and the query page escape too.
    status, _, body = tiny.sparql(
        "SELECT ?l WHERE { <https://w3id.org/unkg/id/state/XSS> <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
        accept="text/html")
    assert status == 200 and "<script" not in body.decode() and "&lt;script&gt;" in body.decode()
    status, _, body = tiny.request("GET", "/")
    assert status == 200 and "<script" not in body.decode() and "&lt;script&gt;alert(6)" in body.decode()
    status, _, body = tiny.request("GET", "/?" + urllib.parse.urlencode({"query": "</textarea><script>x</script>"}))
    assert "<script>x" not in body.decode()


def test_serve_void_describes_endpoint_and_dumps(sample):
    status, headers, body = sample.request("GET", "/.well-known/void")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    void = Graph().parse(data=body.decode(), format="turtle", publicID=sample.url)
    dataset = URIRef(sample.url + "void#dataset")
    dumps = set(void.objects(dataset, VOID.dataDump))
    assert dumps == {URIRef(sample.url + "dumps/graph.trig"), URIRef(sample.url + "dumps/graph.nt")}
    assert (dataset, VOID.sparqlEndpoint, URIRef(sample.url + "sparql")) in void
    assert (dataset, VOID.uriSpace, Literal(ID)) in void
    triples = int(void.value(dataset, VOID.triples))
    # The dumps are served and hold the graph.
    status, headers, body = sample.request("GET", "/dumps/graph.nt")
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert len(Graph().parse(data=body.decode(), format="nt")) == triples
    status, headers, body = sample.request("GET", "/dumps/graph.trig")
    assert status == 200 and headers["content-type"].startswith("application/trig")
    assert sample.request("GET", "/void")[2] == sample.request("GET", "/.well-known/void")[2]


def test_serve_query_page_offers_named_queries(sample, tiny):
    status, headers, body = sample.request("GET", "/")
    text = body.decode()
    assert status == 200 and '<form method="post" action="/sparql">' in text
    named = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    for name in named:
        assert f"/query?name={urllib.parse.quote(name)}" in text
    if named:
        status, _, body = sample.request("GET", f"/query?name={urllib.parse.quote(named[0])}")
        assert status == 200
    assert sample.request("GET", "/query?name=does-not-exist")[0] == 404
    # The page form posts to /sparql with format=html: a browser gets a table.
    form = urllib.parse.urlencode({"query": MEXICO_LABEL, "format": "html"}).encode()
    status, headers, body = sample.request("POST", "/sparql", form,
                                           {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["content-type"].startswith("text/html") and "墨西哥" in body.decode()


def test_serve_without_queries_folder(built_sample_dir, tmp_path):
    server = Server(built_sample_dir / "graph.trig", "--workers", "1", "--queries", str(tmp_path / "absent"))
    try:
        status, _, body = server.request("GET", "/")
        assert status == 200 and "Named queries" not in body.decode()
    finally:
        server.stop()


def test_serve_binds_loopback_by_default():
    from builder.serve import DEFAULTS

    assert DEFAULTS["host"] == "127.0.0.1"


def test_serve_refuses_a_missing_graph(tmp_path):
    done = subprocess.run([sys.executable, "-m", "builder", "serve", str(tmp_path / "none.trig"), "--port", "0"],
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 1 and "no such graph file" in done.stderr


def test_serve_page_of_a_key_with_escapes(sample):
    """Regression: keys keep “ 、 《 as %XX; a browser sends the letters as %XX too
    (line 1454 of the text names 东京“了解核武器”组织, which submitted TPNW/MSP/2023/NGO/25)."""
    from builder.serve import iri_to_path

    iri = ID + "organization/zh-东京%E2%80%9C了解核武器%E2%80%9D组织"
    path = iri_to_path(iri, ID)
    assert path == "/doc/organization/zh-" + urllib.parse.quote("东京") + "%E2%80%9C" + urllib.parse.quote("了解核武器") \
        + "%E2%80%9D" + urllib.parse.quote("组织")
    status, _, body = sample.request("GET", path, headers={"Accept": "text/html"})
    assert status == 200 and "东京“了解核武器”组织" in body.decode()


# -- the pieces, without a server


def test_serve_operation_of_query_text():
    from builder.serve import operation, uses_service

    assert operation("PREFIX a: <http://a/#>\nBASE <http://b/>\n# SELECT\nASK {}") == "ask"
    assert operation("prefix : <x:>  select * {}") == "select"
    assert operation('PREFIX x: <http://x/> INSERT DATA { <a:b> <a:c> "SELECT" }') == "update"
    assert operation("\\u0049NSERT DATA {}") == "update"
    assert operation("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "update"
    assert operation("") is None
    assert uses_service("SELECT * { service <http://x/> { ?s ?p ?o } }")
    assert not uses_service("SELECT ?service { ?s <http://x/SERVICE> 'SERVICE' } # SERVICE")
    assert not uses_service("PREFIX service: <http://x/> SELECT * { ?s service:p ?o }")


def test_serve_negotiate():
    from builder.serve import RESULT_OFFERS, negotiate

    assert negotiate(None, RESULT_OFFERS) == "application/sparql-results+json"
    assert negotiate("*/*", RESULT_OFFERS) == "application/sparql-results+json"
    assert negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RESULT_OFFERS) == "text/html"
    assert negotiate("text/csv;q=0.5, text/tab-separated-values", RESULT_OFFERS) == "text/tab-separated-values"
    assert negotiate("application/sparql-results+xml;q=0", ["application/sparql-results+xml"]) is None
    assert negotiate("image/png", RESULT_OFFERS) is None


def test_serve_a_build_folder_answers_from_its_store(built_sample_dir, sample):
    # `unkg serve OUT` opens OUT/store read-only (nothing parsed) and answers as
    # the server of OUT/graph.trig does.
    assert (built_sample_dir / "store").is_dir()
    server = Server(built_sample_dir, "--workers", "1")
    try:
        query = ("PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT (COUNT(*) AS ?n) "
                 "WHERE { ?a unkg:role unkg:ObserverState ; unkg:participant ?s }")
        answers = []
        for each in (server, sample):
            status, _, body = each.sparql(query)
            assert status == 200
            answers.append(json.loads(body)["results"]["bindings"][0]["n"]["value"])
        assert answers == ["35", "35"]  # para 14: 「下列 35 个国家以观察员身份出席了会议」
        status, _, body = server.request("GET", "/dumps/graph.trig")
        assert status == 200 and b"ObserverState" in body
    finally:
        server.stop()
