"""Shared fixtures: the sample report and its build (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_result():
    """The sample built with validation, as `build_one` returns it."""
    from builder.pipeline import build_one

    return build_one(SAMPLE)


@pytest.fixture(scope="session")
def sample_graph(sample_result) -> Graph:
    return sample_result.graph


@pytest.fixture(scope="session")
def sample_context(sample_text):
    from builder.pipeline import extract_report

    return extract_report(SAMPLE, sample_text)


@pytest.fixture(scope="session")
def built_sample_dir(tmp_path_factory) -> Path:
    """The sample built by the real CLI into a temporary output folder."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("out")
    subprocess.run([sys.executable, "-m", "builder", "build", str(SAMPLE), "--out", str(out), "-q"],
                   check=True, cwd=ROOT)
    return out
