"""Locate the files that ship with unkg: ontology, shapes, data and the sample corpus.

In a source checkout they are the top-level folders `ontology/`, `shapes/` and
`corpus/`; in an installed wheel they are the sub-packages `builder.ontology`,
`builder.shapes` and `builder.sample` (see `pyproject.toml`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


# Source folder -> installed sub-package (see pyproject.toml).
_PACKAGES = {"ontology": "builder.ontology", "shapes": "builder.shapes", "corpus": "builder.sample"}


def _folder(name: str) -> Path:
    source = _SOURCE_ROOT / name
    if source.is_dir() and (_SOURCE_ROOT / "pyproject.toml").is_file():
        return source
    # Installed: a data-only (namespace) sub-package of the wheel.
    spec = importlib.util.find_spec(_PACKAGES[name])
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"unkg is installed without its {name}/ files; reinstall it")
    return Path(list(spec.submodule_search_locations)[0])


def ontology_dir() -> Path:
    return _folder("ontology")


def shapes_dir() -> Path:
    return _folder("shapes")


def corpus_dir() -> Path:
    return _folder("corpus")


def data_dir() -> Path:
    return Path(__file__).resolve().parent / "data"


def ontology_file() -> Path:
    return ontology_dir() / "unkg.ttl"


def shapes_files() -> list[Path]:
    return sorted(shapes_dir().glob("*.ttl"))
