"""The build's files: graph.trig (one named graph per report), graph.ttl
(everything in one graph) and build-report.json, written together and atomically."""

from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph

from .output import commit
from .pipeline import PREFIXES, BuildResult


def serialize(result: BuildResult) -> dict[str, bytes]:
    dataset = result.dataset
    trig = dataset.serialize(format="trig", encoding="utf-8")
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    ttl = union.serialize(format="turtle", encoding="utf-8")
    report = json.dumps(result.report_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return {"graph.trig": trig, "graph.ttl": ttl, "build-report.json": report.encode("utf-8")}


def write_outputs(result: BuildResult, out: Path) -> None:
    files = serialize(result)
    commit({out / name: data for name, data in files.items()})
