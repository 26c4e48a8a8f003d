"""The build's files: graph.trig (one named graph per report), graph.ttl
(everything in one graph) and build-report.json, written together and atomically."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rdflib import Dataset
from rdflib.plugins.serializers.trig import TrigSerializer

from .graphio import union
from .output import commit
from .pipeline import PREFIXES, BuildResult


def trig_bytes(dataset: Dataset) -> bytes:
    """TriG with the named graphs in IRI order. rdflib writes them in the order
    of its store's set of contexts, which follows Python's string hashes, so
    the same dataset came out in another order under another PYTHONHASHSEED."""
    serializer = TrigSerializer(dataset)
    serializer.contexts.sort(key=lambda graph: str(graph.identifier))
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def serialize(result: BuildResult) -> dict[str, bytes]:
    """The output files, in the order they are committed: the report last."""
    dataset = result.dataset
    trig = trig_bytes(dataset)
    ttl = union(dataset, PREFIXES).serialize(format="turtle", encoding="utf-8")
    report = json.dumps(result.report_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return {"graph.trig": trig, "graph.ttl": ttl, "build-report.json": report.encode("utf-8")}


def write_outputs(result: BuildResult, out: Path) -> None:
    files = serialize(result)
    commit({out / name: data for name, data in files.items()})
