"""The named SPARQL queries that ship with unkg (`queries/*.rq`).

In a source checkout they are read from the top-level folder `queries/`; in
an installed wheel from the package-data folder `builder.queries_data` (see
`pyproject.toml`). Each file starts with `#` comment lines saying what the
query answers and which parameters (VALUES lines) it takes.

    from builder.queries import named_queries
    text = named_queries()["observer-states"]
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def queries_dir() -> Path:
    """The folder of the named queries: `queries/` in a checkout, else the package data."""
    source = _SOURCE_ROOT / "queries"
    if source.is_dir() and (_SOURCE_ROOT / "pyproject.toml").is_file():
        return source
    # Installed: the data-only (namespace) sub-package of the wheel.
    spec = importlib.util.find_spec("builder.queries_data")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("unkg is installed without its queries/ files; reinstall it")
    return Path(list(spec.submodule_search_locations)[0])


def named_queries() -> dict[str, str]:
    """Every named query, by name (its file name without `.rq`), in name order."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(queries_dir().glob("*.rq"))}


def describe(text: str) -> str:
    """The leading comment of a query: what it answers and its parameters."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return "\n".join(lines).strip()
