"""The wheel carries the ontology, the shapes, the data files and the sample,
and unkg works from an install outside the source tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    [path] = out.glob("unkg-*.whl")
    return path


def test_packaging_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for member in ("builder/ontology/unkg.ttl", "builder/shapes/unkg-shapes.ttl", "builder/data/states.tsv",
                   "builder/data/organizations.tsv", "builder/data/furniture.json", "builder/data/roles.json",
                   "builder/sample/TPNW_MSP_2023_14.zh.txt", "builder/namespace.py"):
        assert member in names, member
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "unkg = builder.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_packaging_installed_outside_the_repo_builds_the_sample(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    code = ("import builder.resources as r, sys; "
            "assert 'site' in str(r.ontology_file()), r.ontology_file(); "
            "from builder.cli import main; sys.exit(main(['build', str(r.corpus_dir()), '--out', 'out', '-q']))")
    done = subprocess.run([sys.executable, "-c", code], cwd=workdir, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (workdir / "out" / "graph.trig").stat().st_size > 100_000
