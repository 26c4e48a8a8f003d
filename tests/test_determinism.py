"""Deterministic output: the same inputs give the same bytes, whatever their
order on the command line, whatever Python's hash seed, and (once `--jobs`
exists) whatever the number of worker processes.

Inputs: the sample report, and its opening (paragraphs 1-12, up to the
attendance chapter) as a second report with its own symbol TPNW/MSP/2023/901,
so that a build holds two named graphs without doubling the build time.
"""

from __future__ import annotations

import concurrent.futures
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from builder.build_output import trig_bytes
from builder.namespace import RDF, UNKG
from builder.pipeline import build, build_one

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
_SCRIPT = Path(sys.executable).with_name("unkg")
UNKG_CMD = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "builder"]
OUTPUTS = ("graph.trig", "graph.ttl", "build-report.json")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("det")
    opening = TEXT[: TEXT.index(" 四. 出席情况")].replace("TPNW/MSP/2023/14", "TPNW/MSP/2023/901")
    second = folder / "opening.zh.txt"
    second.write_text(opening, encoding="utf-8")
    first = folder / "sample.zh.txt"
    first.write_text(TEXT, encoding="utf-8")
    return [first, second]


def _cli_build(cwd: Path, args: list[str], out: str, seed: str) -> dict[str, bytes]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    proc = subprocess.run([*UNKG_CMD, "build", *args, "--out", out, "-q"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return {name: (cwd / out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def cli_builds(inputs):
    """Three CLI builds (with SHACL validation): the same order twice and the
    reverse order, each under another hash seed."""
    cwd = inputs[0].parent
    names = [p.name for p in inputs]
    runs = {"a": (names, "0"), "again": (names, "1"), "reversed": (names[::-1], "2")}
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        futures = {key: pool.submit(_cli_build, cwd, args, f"out-{key}", seed) for key, (args, seed) in runs.items()}
        return {key: future.result() for key, future in futures.items()}


def test_determinism_same_inputs_same_bytes(cli_builds):
    for name in OUTPUTS:
        assert cli_builds["a"][name] == cli_builds["again"][name], name


def test_determinism_input_order_does_not_matter(cli_builds):
    for name in OUTPUTS:
        assert cli_builds["a"][name] == cli_builds["reversed"][name], name


def test_determinism_output_has_no_build_stamp(cli_builds):
    """Nothing that changes between runs: no time, no absolute temp path, no host."""
    report = cli_builds["a"]["build-report.json"].decode("utf-8")
    assert str(ROOT) not in report and "/tmp" not in report
    assert '"inputs"' in report and "sample.zh.txt" in report


def test_determinism_api_order(inputs):
    forward = build(inputs, run_validation=False)
    backward = build(inputs[::-1], run_validation=False)
    assert forward.report_json() == backward.report_json()
    assert sorted(forward.dataset.quads()) == sorted(backward.dataset.quads())
    # and a report's named graph does not depend on the other reports of the build
    alone = build_one(inputs[0], run_validation=False).graph
    assert set(alone) == set(forward.dataset.graph(alone.identifier))


def test_determinism_trig_graph_order():
    """Regression: rdflib writes a dataset's named graphs in the order of its
    store's set of contexts, which follows Python's string hashes, so the API's
    graph.trig (builder.build_output) changed with PYTHONHASHSEED; now the
    graphs come in IRI order."""
    dataset = Dataset()
    names = [URIRef(f"https://w3id.org/unkg/id/document/X/{n}") for n in range(25)]
    for name in reversed(names):
        dataset.graph(name).add((name, RDF.type, UNKG.Document))
    heads = re.findall(r"^<(\S+)> \{$", trig_bytes(dataset).decode("utf-8"), flags=re.M)
    assert heads == sorted(str(n) for n in names)


def _has_jobs() -> bool:
    proc = subprocess.run([*UNKG_CMD, "build", "--help"], capture_output=True, text=True, timeout=60)
    return "--jobs" in proc.stdout


def test_determinism_jobs(inputs, cli_builds):
    if not _has_jobs():
        pytest.skip("`unkg build --help` shows no --jobs option yet")
    cwd = inputs[0].parent
    names = [p.name for p in inputs]
    parallel = _cli_build(cwd, [*names, "--jobs", "2"], "out-jobs", "3")
    for name in OUTPUTS:
        assert parallel[name] == cli_builds["a"][name], name
