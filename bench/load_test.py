"""Load test of `unkg serve` on loopback: N concurrent clients for T seconds.

A measurement, not a test. Each client keeps one HTTP/1.1 connection and
loops, until the time is up or the request budget is spent, over a mix of:

* the named queries (queries/*.rq) POSTed to /sparql, answers in SPARQL JSON
  (or CSV for one in four) — each must be 200 and parse, with the same
  variables and the same number of rows as when asked alone before the load;
* entity pages /doc/{kind}/{key} as HTML (200, text/html, an <h1>) and as
  Turtle (200, text/turtle, mentions the entity's IRI);
* entity IRIs /id/... (303 to the matching /doc/ path);
* the VoID description (200, Turtle, names the endpoint).

It prints, for each kind of request and overall, the count, the errors, and
the latency percentiles p50/p90/p99/max in milliseconds; then the throughput.
Exit status 1 if any answer was wrong.

By default it starts its own server (`python -m builder serve GRAPH --port 0`)
and stops it at the end; give --url to test a server already running. Only
loopback addresses are accepted.

    python bench/load_test.py                        # output/graph.trig, 50 clients, 30 s
    python bench/load_test.py --clients 20 --duration 10 --graph output/graph.trig
    python bench/load_test.py --url http://127.0.0.1:8000/
"""

from __future__ import annotations

import argparse
import csv as csv_module
import http.client
import io
import ipaddress
import json
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTITY_QUERY = """SELECT DISTINCT ?s WHERE { ?s a ?c .
  VALUES ?c { <https://w3id.org/unkg/ontology#State> <https://w3id.org/unkg/ontology#Organization>
              <https://w3id.org/unkg/ontology#Person> <https://w3id.org/unkg/ontology#Meeting>
              <https://w3id.org/unkg/ontology#Document> <https://w3id.org/unkg/ontology#Decision> } }
ORDER BY ?s"""
FALLBACK_QUERIES = {  # used when there is no queries/ folder
    "count-attendance": "SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/unkg/ontology#Attendance> }",
    "state-parties": "SELECT ?s WHERE { ?a <https://w3id.org/unkg/ontology#participant> ?s ; "
                     "<https://w3id.org/unkg/ontology#role> <https://w3id.org/unkg/ontology#StateParty> }",
}


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


class Target:
    def __init__(self, url: str):
        parts = urllib.parse.urlsplit(url)
        host = parts.hostname or ""
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if parts.scheme != "http" or not loopback:
            raise SystemExit(f"load_test: only http:// loopback addresses are allowed, not {url!r}")
        self.host, self.port = host, parts.port or 80
        self.url = url

    def connect(self, timeout: float) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)


def start_server(graph: Path, workers: int, extra: list[str]) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([sys.executable, "-m", "builder", "serve", str(graph), "--port", "0",
                                "--workers", str(workers), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(120)
    line = box[0] if box else ""
    if not line.startswith("serving "):
        process.kill()
        raise SystemExit(f"load_test: the server did not start: {line!r} {process.stderr.read()[-2000:]}")
    return process, line.split()[1]


def named_queries(folder: Path | None) -> dict[str, str]:
    if folder is not None and folder.is_dir():
        found = {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
        if found:
            return found
    return dict(FALLBACK_QUERIES)


def entity_paths(target: Target, limit: int) -> list[str]:
    conn = target.connect(60)
    body = urllib.parse.urlencode({"query": ENTITY_QUERY}).encode()
    conn.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded",
                                           "Accept": "application/sparql-results+json"})
    response = conn.getresponse()
    data = json.loads(response.read())
    conn.close()
    paths = []
    for row in data["results"]["bindings"]:
        iri = row["s"]["value"]
        marker = "/id/"
        if marker in iri:
            key = iri.split(marker, 1)[1]
            paths.append(urllib.parse.quote(key, safe="/%:@!$&'()*+,;=-._~"))
    return paths[:limit]


def expected_answers(target: Target, queries: dict[str, str]) -> dict[str, tuple[list[str], int]]:
    """Each named query asked once before the load: its variables and row count,
    which every answer under load must repeat (the graph does not change)."""
    out = {}
    conn = target.connect(120)
    for name, text in sorted(queries.items()):
        conn.request("POST", "/sparql", urllib.parse.urlencode({"query": text}).encode(),
                     {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        response = conn.getresponse()
        data = response.read()
        if response.status != 200:
            raise SystemExit(f"load_test: named query {name} fails before any load: {response.status} {data[:300]!r}")
        doc = json.loads(data)
        if "boolean" in doc:
            out[name] = ([], -1)
        else:
            out[name] = (doc["head"]["vars"], len(doc["results"]["bindings"]))
    conn.close()
    return out


class Client(threading.Thread):
    def __init__(self, index: int, target: Target, deadline: float, budget: list[int], lock: threading.Lock,
                 queries: dict[str, str], expected: dict, paths: list[str], timeout: float, results: list):
        super().__init__(name=f"client-{index}", daemon=True)
        self.random = random.Random(index)
        self.target, self.deadline, self.budget, self.lock = target, deadline, budget, lock
        self.queries, self.paths, self.timeout, self.results = queries, paths, timeout, results
        self.query_items = sorted(queries.items())
        self.expected = expected

    def _take(self) -> bool:
        with self.lock:
            if self.budget[0] <= 0:
                return False
            self.budget[0] -= 1
            return True

    def run(self) -> None:
        conn = self.target.connect(self.timeout)
        while time.monotonic() < self.deadline and self._take():
            kind, method, path, body, headers, check = self._pick()
            started = time.perf_counter()
            ok, note = False, ""
            try:
                conn.request(method, path, body, headers)
                response = conn.getresponse()
                data = response.read()
                ok, note = check(response, data)
                if response.getheader("Connection", "").lower() == "close":
                    conn.close()
                    conn = self.target.connect(self.timeout)
            except (OSError, http.client.HTTPException) as error:
                note = f"{type(error).__name__}: {error}"
                conn.close()
                conn = self.target.connect(self.timeout)
            elapsed = time.perf_counter() - started
            self.results.append((kind, elapsed, ok, note))
        conn.close()

    def _pick(self):
        roll = self.random.random()
        if roll < 0.45 or not self.paths:
            name, text = self.query_items[self.random.randrange(len(self.query_items))]
            csv = self.random.random() < 0.25
            accept = "text/csv" if csv else "application/sparql-results+json"
            body = urllib.parse.urlencode({"query": text}).encode()
            variables, rows = self.expected[name]

            def check(response, data):
                if response.status != 200:
                    return False, f"{name}: status {response.status} {data[:200]!r}"
                if csv:
                    table = list(csv_module.reader(io.StringIO(data.decode("utf-8"), newline="")))
                    good = rows < 0 or (table[0] == variables and len(table) - 1 == rows)
                    return good, f"{name}: csv {table[0]} with {len(table) - 1} rows"
                doc = json.loads(data)
                if rows < 0:
                    return "boolean" in doc, f"{name}: not a boolean"
                got = (doc["head"]["vars"], len(doc["results"]["bindings"]))
                return got == (variables, rows), f"{name}: {got}"

            return (f"query:{name}", "POST", "/sparql", body,
                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, check)
        path = self.paths[self.random.randrange(len(self.paths))]
        if roll < 0.80:
            def check(response, data):
                return (response.status == 200 and response.getheader("Content-Type", "").startswith("text/html")
                        and b"<h1>" in data), f"page {path}: {response.status}"
            return "page:html", "GET", f"/doc/{path}", None, {"Accept": "text/html"}, check
        if roll < 0.90:
            def check(response, data):
                return (response.status == 200 and response.getheader("Content-Type", "").startswith("text/turtle")
                        and b"@prefix" in data), f"turtle {path}: {response.status}"
            return "page:turtle", "GET", f"/doc/{path}", None, {"Accept": "text/turtle"}, check
        if roll < 0.97:
            def check(response, data):
                return (response.status == 303 and response.getheader("Location") == f"/doc/{path}"), \
                    f"id {path}: {response.status}"
            return "id:303", "GET", f"/id/{path}", None, {"Accept": "text/html"}, check

        def check(response, data):
            return (response.status == 200 and b"void:sparqlEndpoint" in data), f"void: {response.status}"
        return "void", "GET", "/.well-known/void", None, {"Accept": "text/turtle"}, check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running server (loopback only); default: start one on GRAPH")
    parser.add_argument("--graph", default=str(ROOT / "output" / "graph.trig"), help="graph to serve")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds (default 30)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="request budget (default 200000)")
    parser.add_argument("--workers", type=int, default=2, help="server workers when starting one (default 2)")
    parser.add_argument("--queries", default=str(ROOT / "queries"), help="folder of named queries")
    parser.add_argument("--timeout", type=float, default=60.0, help="client socket timeout")
    parser.add_argument("--server-option", action="append", default=[], help="extra option for unkg serve")
    args = parser.parse_args(argv)
    if not (1 <= args.clients <= 1000) or not (0 < args.duration <= 3600):
        parser.error("--clients 1..1000 and --duration up to 3600 s")

    process = None
    try:
        if args.url:
            url = args.url
        else:
            process, url = start_server(Path(args.graph), args.workers, args.server_option)
        target = Target(url)
        queries = named_queries(Path(args.queries) if args.queries else None)
        paths = entity_paths(target, 5000)
        expected = expected_answers(target, queries)
        print(f"target {url}: {len(queries)} named queries, {len(paths)} entity pages; "
              f"{args.clients} clients for {args.duration:g}s", flush=True)
        results: list = []
        lock = threading.Lock()
        budget = [args.max_requests]
        started = time.monotonic()
        deadline = started + args.duration
        clients = [Client(i, target, deadline, budget, lock, queries, expected, paths, args.timeout, results)
                   for i in range(args.clients)]
        for client in clients:
            client.start()
        for client in clients:
            client.join(args.duration + args.timeout + 30)
        wall = time.monotonic() - started
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    by_kind: dict[str, list] = defaultdict(list)
    for kind, elapsed, ok, note in list(results):
        by_kind[kind].append((elapsed, ok, note))
        by_kind["ALL"].append((elapsed, ok, note))
    print(f"\n{'request':<34}{'n':>7}{'err':>6}{'p50':>9}{'p90':>9}{'p99':>9}{'max':>9}  (ms)")
    for kind in sorted(k for k in by_kind if k != "ALL") + ["ALL"]:
        rows = by_kind[kind]
        times = sorted(e * 1000 for e, _, _ in rows)
        errors = sum(1 for _, ok, _ in rows if not ok)
        print(f"{kind:<34}{len(rows):>7}{errors:>6}{percentile(times, 50):>9.1f}{percentile(times, 90):>9.1f}"
              f"{percentile(times, 99):>9.1f}{times[-1] if times else float('nan'):>9.1f}")
    total = len(by_kind["ALL"])
    errors = [note for _, ok, note in by_kind["ALL"] if not ok]
    print(f"\n{total} requests in {wall:.1f}s: {total / wall:.1f} requests/s; {len(errors)} error(s)")
    for note in sorted(set(errors))[:10]:
        print(f"  error: {note}")
    if by_kind["ALL"]:
        print(f"mean latency {statistics.mean(e for e, _, _ in by_kind['ALL']) * 1000:.1f} ms")
    return 1 if errors or not total else 0


if __name__ == "__main__":
    sys.exit(main())
