"""unkg: a knowledge-graph builder for United Nations meeting records.

Python API::

    from builder import build
    result = build(["corpus/"])   # files or directories of report texts
    result.dataset                # rdflib Dataset: one named graph per report
    result.report_json()          # what build-report.json holds
"""

__version__ = "0.1.0"

__all__ = ["build", "__version__"]


def build(inputs, **options):
    """Build reports into a `BuildResult` (see `builder.pipeline.build`)."""
    from .pipeline import build as _build

    return _build(inputs, **options)
