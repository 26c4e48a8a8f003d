"""`unkg push` (builder/push.py) against a real Oxigraph server.

The test starts `oxigraph serve` (the `oxigraph` package from PyPI) on a free
loopback port with a store in a temporary folder, pushes a build, and reads
the server back with SPARQL and the Graph Store Protocol: every report is its
own named graph; after one report changes, a second push sends that graph
only and the server's other graphs are untouched; after a report is deleted,
its graph is gone. Skipped when the oxigraph binary is not installed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from builder.corpus import Options, build_corpus
from builder.push import configure, push, run

pytestmark = pytest.mark.server

ROOT = Path(__file__).resolve().parent.parent
TEXT = (ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt").read_text(encoding="utf-8")
ID = "https://w3id.org/unkg/id/document/TPNW/MSP/2023/"


def _oxigraph() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.skip(f"oxigraph serve did not start: {proc.stderr.read().decode()[:300]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def _write(folder: Path, texts: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def _variant(n: int) -> str:
    return TEXT.replace("TPNW/MSP/2023/14", f"TPNW/MSP/2023/{900 + n}")


def _counts(base: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(f"{base}/query?query={urllib.parse.quote(query)}",
                                     headers={"Accept": "application/sparql-results+json"})
    data = json.loads(urllib.request.urlopen(request, timeout=10).read())
    return {b["g"]["value"]: int(b["n"]["value"]) for b in data["results"]["bindings"]}


def _graph(base: str, iri: str) -> set[bytes]:
    request = urllib.request.Request(f"{base}/store?graph={urllib.parse.quote(iri, safe='')}",
                                     headers={"Accept": "application/n-triples"})
    return set(urllib.request.urlopen(request, timeout=10).read().splitlines())


def _shard_triples(out: Path, n: int) -> int:
    return len((out / "shards" / f"TPNW_MSP_2023_{900 + n}.nq").read_bytes().splitlines())


def test_push_one_graph_per_report_then_only_what_changed(server, tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    _write(src, {f"r{n}.txt": _variant(n) for n in (1, 2, 3)})
    build_corpus([src], out, options=Options(validate=False), jobs=1, store=False)
    url = f"{server}/store"

    first = push(url, out)
    assert not first.failed
    assert sorted(first.sent) == [ID + str(900 + n) for n in (1, 2, 3)]
    counts = _counts(server)
    assert {g: counts[g] for g in first.sent} == {ID + str(900 + n): _shard_triples(out, n) for n in (1, 2, 3)}
    before = {n: _graph(server, ID + str(900 + n)) for n in (1, 2, 3)}

    # Report 902 changes: one observer State fewer.
    _write(src, {"r2.txt": _variant(2).replace("下列 35 个国家", "下列 34 个国家").replace("安道尔、", "", 1)})
    build_corpus([src], out, options=Options(validate=False), jobs=1, store=False)
    second = push(url, out)
    assert second.sent == [ID + "902"] and second.unchanged == 2 and not second.deleted
    after = {n: _graph(server, ID + str(900 + n)) for n in (1, 2, 3)}
    assert after[1] == before[1] and after[3] == before[3]
    assert after[2] != before[2] and len(after[2]) == _shard_triples(out, 2)
    assert not any(b"state/AND>" in line and b"ObserverState" in line for line in after[2])

    # Report 903 is deleted: its graph goes.
    (src / "r3.txt").unlink()
    build_corpus([src], out, options=Options(validate=False), jobs=1, store=False)
    third = push(url, out)
    assert third.deleted == [ID + "903"] and not third.sent
    assert set(_counts(server)) == {ID + "901", ID + "902"}


def test_push_command_line(server, tmp_path, capsys):
    src, out = tmp_path / "src", tmp_path / "out"
    _write(src, {"r7.txt": _variant(7)})
    build_corpus([src], out, options=Options(validate=False), jobs=1, store=False)
    parser = argparse.ArgumentParser()
    configure(parser)
    assert run(parser.parse_args([f"{server}/store", "--out", str(out), "-q"])) == 0
    assert ID + "907" in _counts(server)
    assert run(parser.parse_args([f"{server}/store", "--out", str(out), "--dry-run"])) == 0
    assert "would send 0 graph(s)" in capsys.readouterr().out


def test_push_unreachable_store_fails_cleanly(tmp_path):
    src, out = tmp_path / "src", tmp_path / "out"
    _write(src, {"r8.txt": _variant(8)})
    build_corpus([src], out, options=Options(validate=False), jobs=1, store=False)
    url = f"http://127.0.0.1:{_free_port()}/store"
    result = push(url, out, timeout=2)
    assert [graph for graph, _ in result.failed] == [ID + "908"]
    assert "cannot reach the store" in result.failed[0][1]
    # Nothing was recorded as sent: the next push tries again.
    assert push(url, out, dry_run=True).sent == [ID + "908"]
