"""SHACL validation with pySHACL, the reference engine, and the evidence self-check.

Validation runs with the ontology mixed in (`ont_graph`) so that the class
hierarchy is visible (a plenary meeting is a meeting), and without inference,
so that a type the builder forgot is reported rather than inferred.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from .namespace import RDF, UNKG
from .resources import ontology_file, shapes_files

SH = "http://www.w3.org/ns/shacl#"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    graph = Graph()
    for path in shapes_files():
        graph.parse(path, format="turtle")
    return graph


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_file(), format="turtle")
    return graph


@dataclass
class ShaclResult:
    conforms: bool
    violations: list[dict] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"conforms": self.conforms, "violations": self.violations, "warnings": self.warnings}

    def summary(self, limit: int = 20) -> str:
        if self.conforms and not self.warnings:
            return "SHACL: conforms"
        lines = [f"SHACL: {len(self.violations)} violation(s), {len(self.warnings)} warning(s)"]
        for item in (self.violations + self.warnings)[:limit]:
            lines.append(f"  {item['severity']}: {item['focus']} {item.get('path') or ''}: {item['message']}")
        if len(self.violations) + len(self.warnings) > limit:
            lines.append(f"  … and {len(self.violations) + len(self.warnings) - limit} more")
        return "\n".join(lines)


def validate(graph: Graph) -> ShaclResult:
    import pyshacl  # imported here: a build that validates with the fast engine never needs it

    conforms, report, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        allow_warnings=True,
        abort_on_first=False,
    )
    results = []
    sh = lambda name: URIRef(SH + name)  # noqa: E731
    for result in report.subjects(RDF.type, sh("ValidationResult")):
        severity = report.value(result, sh("resultSeverity"))
        results.append({
            "severity": str(severity).rsplit("#", 1)[-1],
            "focus": str(report.value(result, sh("focusNode"))),
            "path": str(report.value(result, sh("resultPath")) or ""),
            "shape": str(report.value(result, sh("sourceShape")) or ""),
            "message": str(report.value(result, sh("resultMessage")) or ""),
        })
    results.sort(key=lambda r: (r["severity"], r["focus"], r["path"], r["message"]))
    violations = [r for r in results if r["severity"] == "Violation"]
    warnings = [r for r in results if r["severity"] != "Violation"]
    return ShaclResult(bool(conforms) and not violations, violations, warnings)


def check_evidence(graph: Graph, source: str) -> list[str]:
    """Every evidence quote must equal the input between its offsets."""
    rows = getattr(graph, "rows", None)  # builder.corpus.RowGraph: one pass over its rows
    if rows is not None:
        return _check_evidence_rows(rows(), source)
    return sorted(filter(None, (_evidence_problem(node, graph.value(node, UNKG.charStart), graph.value(node, UNKG.charEnd),
                                                  graph.value(node, UNKG.quote), source)
                                for node in graph.subjects(RDF.type, UNKG.Evidence))))


def _evidence_problem(node, start, end, quote, source: str) -> str | None:
    """What is wrong with one evidence node's span and quote, or None."""
    if not isinstance(start, Literal) or not isinstance(end, Literal) or not isinstance(quote, Literal):
        return f"{node}: incomplete evidence"
    if source[int(start) : int(end)] != str(quote):
        return f"{node}: quote does not match the input at {int(start)}-{int(end)}"
    return None


def _check_evidence_rows(rows: list[tuple], source: str) -> list[str]:
    """`check_evidence` over rows (nt(s), nt(p), nt(o), s, p, o) in the order
    they were added: each evidence node's first charStart, charEnd and quote,
    as RowGraph.value gives them."""
    from .store import nt

    type_key, evidence_key = nt(RDF.type), nt(UNKG.Evidence)
    wanted = {nt(UNKG.charStart): 0, nt(UNKG.charEnd): 1, nt(UNKG.quote): 2}
    nodes: list = []
    values: dict[str, list] = {}
    for sk, pk, ok, s, _, o in rows:
        if pk == type_key:
            if ok == evidence_key:
                nodes.append(s)
            continue
        slot = wanted.get(pk)
        if slot is not None:
            found = values.setdefault(sk, [None, None, None])
            if found[slot] is None:
                found[slot] = o
    return sorted(filter(None, (_evidence_problem(node, *(values.get(nt(node)) or (None, None, None)), source)
                                for node in nodes)))
