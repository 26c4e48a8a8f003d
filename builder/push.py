"""Send each report's named graph to a SPARQL 1.1 Graph Store (one HTTP PUT
per graph), so that an update replaces exactly one report.

`unkg push STORE_URL` reads a build's shards (`OUT/shards/*.nq`, one per
report, written by `unkg build`) and, for each report, sends its triples with

    PUT STORE_URL?graph=<report document IRI>
    Content-Type: application/n-triples

which replaces that graph, and only that graph, on the server (SPARQL 1.1
Graph Store HTTP Protocol, indirect graph identification). A report deleted
from the corpus since the last push has its graph removed with DELETE.

Only what changed since the last successful push to the same URL is sent (the
push keeps, in OUT/.unkg-cache, the hash of each graph it sent); `--all`
sends every graph again. STORE_URL is the Graph Store endpoint, for example
`http://localhost:7878/store` (Oxigraph), `http://host:8890/sparql-graph-crud`
(Virtuoso) or `http://host:7200/repositories/REPO/rdf-graphs/service` (GraphDB).
See docs/bulk-loading.md for loading a whole corpus at once instead.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UnkgError

EXIT_OK = 0
EXIT_FAILED = 1
CONTENT_TYPE = "application/n-triples"


@dataclass
class PushResult:
    sent: list[str] = field(default_factory=list)  # graph IRIs replaced
    deleted: list[str] = field(default_factory=list)  # graph IRIs removed
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (graph IRI, reason)
    seconds: float = 0.0
    triples: int = 0


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="STORE_URL",
                        help="the Graph Store endpoint, e.g. http://localhost:7878/store")
    parser.add_argument("--out", default="output", metavar="DIR",
                        help="the build to push (its DIR/shards; default: output)")
    parser.add_argument("--all", action="store_true", help="send every graph, changed or not")
    parser.add_argument("--dry-run", action="store_true", help="say what would be sent, send nothing")
    parser.add_argument("--header", action="append", default=[], metavar="NAME: VALUE",
                        help="an HTTP header to send with every request (e.g. Authorization); repeatable")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="S", help="seconds per request (default 60)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress output")


def run(args: argparse.Namespace) -> int:
    headers = {}
    for item in args.header:
        name, sep, value = item.partition(":")
        if not sep or not name.strip():
            raise UnkgError(f"--header {item!r}: write it as 'Name: value'")
        headers[name.strip()] = value.strip()
    result = push(args.url, Path(args.out), send_all=args.all, dry_run=args.dry_run, headers=headers,
                  timeout=args.timeout, log=None if args.quiet else (lambda text: print(text, file=sys.stderr)))
    for graph, reason in result.failed:
        print(f"unkg: push {graph}: {reason}", file=sys.stderr)
    if not args.quiet:
        verb = "would send" if args.dry_run else "sent"
        print(f"{verb} {len(result.sent)} graph(s) ({result.triples} triples), removed {len(result.deleted)}, "
              f"{result.unchanged} unchanged, {len(result.failed)} failed, to {args.url} in {result.seconds:.1f}s")
    return EXIT_FAILED if result.failed else EXIT_OK


def _shards(out: Path) -> dict[str, Path]:
    """graph IRI → shard file, for every shard of the build."""
    folder = out / "shards"
    if not folder.is_dir():
        raise UnkgError(f"{folder}: no shards; build with 'unkg build … --out {out}' first")
    found: dict[str, Path] = {}
    for path in sorted(folder.glob("*.nq")):
        with open(path, "rb") as handle:
            first = handle.readline()
        graph = _graph_of(first)
        if graph is None:
            continue  # an empty report graph: nothing to send
        found[graph] = path
    return found


def _graph_of(line: bytes) -> str | None:
    """The graph IRI of an N-Quads line written by unkg (`s p o <g> .`)."""
    line = line.rstrip()
    if not line.endswith(b"> ."):
        return None
    start = line.rfind(b" <", 0, len(line) - 3)
    if start < 0:
        return None
    return line[start + 2 : -3].decode("utf-8")


def ntriples(shard: bytes, graph: str) -> bytes:
    """The shard's quads as N-Triples: each line without its graph term."""
    return shard.replace(f" <{graph}> .\n".encode("utf-8"), b" .\n")


def graph_url(url: str, graph: str) -> str:
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{separator}graph={urllib.parse.quote(graph, safe='')}"


def _request(method: str, url: str, body: bytes | None, headers: dict, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = error.read()[:300].decode("utf-8", "replace").strip().replace("\n", " ")
        if method == "DELETE" and error.code == 404:
            return  # already gone
        raise UnkgError(f"HTTP {error.code} {error.reason}{': ' + detail if detail else ''}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise UnkgError(f"cannot reach the store ({reason})") from None


def _state_path(out: Path, url: str) -> Path:
    name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]
    return out / ".unkg-cache" / f"push-{name}.json"


def push(url: str, out: Path, *, send_all: bool = False, dry_run: bool = False, headers: dict | None = None,
         timeout: float = 60.0, log=None) -> PushResult:
    """Push the build in `out` to the Graph Store at `url` (see the module docstring)."""
    started = time.perf_counter()
    result = PushResult()
    shards = _shards(Path(out))
    state_path = _state_path(Path(out), url)
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    sent_before: dict[str, str] = state.get("graphs", {}) if state.get("url") == url else {}
    now: dict[str, str] = {}
    request_headers = {"Content-Type": CONTENT_TYPE, **(headers or {})}
    total = len(shards)
    for n, (graph, path) in enumerate(sorted(shards.items()), 1):
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if not send_all and sent_before.get(graph) == digest:
            now[graph] = digest
            result.unchanged += 1
            continue
        body = ntriples(data, graph)
        triples = body.count(b"\n")
        if not dry_run:
            try:
                _request("PUT", graph_url(url, graph), body, request_headers, timeout)
            except UnkgError as error:
                result.failed.append((graph, str(error)))
                if graph in sent_before:
                    now[graph] = "failed"
                continue
        now[graph] = digest
        result.sent.append(graph)
        result.triples += triples
        if log is not None:
            log(f"unkg: [{n}/{total}] PUT {graph} ({triples} triples)")
    for graph in sorted(set(sent_before) - set(shards)):
        if not dry_run:
            try:
                _request("DELETE", graph_url(url, graph), None, dict(headers or {}), timeout)
            except UnkgError as error:
                result.failed.append((graph, str(error)))
                now[graph] = "failed"
                continue
        result.deleted.append(graph)
        if log is not None:
            log(f"unkg: DELETE {graph}")
    if not dry_run:
        state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = state_path.with_suffix(".part")
        tmp.write_text(json.dumps({"url": url, "graphs": dict(sorted(now.items()))}, indent=0), encoding="utf-8")
        os.rename(tmp, state_path)
    result.seconds = time.perf_counter() - started
    return result
