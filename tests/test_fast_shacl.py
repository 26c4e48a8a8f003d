"""builder.fast_shacl reports exactly what pySHACL reports.

The corpus build validates every report with the fast engine; pySHACL stays
the reference. Here both run on the same graphs and their results must be the
same: conformance, and every result (severity, focus node, path, source shape,
message) with its multiplicity. The graphs: every self-describing case of
tests/shacl/ (valid and invalid), the sample's graph, and the sample's graph
broken in deterministic ways (triples dropped, literals retyped, values
doubled, nodes retyped), which reach the components no single case does.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from builder.fast_shacl import Engine, Unsupported, default_engine, validate_fast
from builder.namespace import UNKG
from builder.validate import ontology_graph, shapes_graph, validate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_shapes import ALL_CASE_FILES, load_case  # noqa: E402


def _multiset(result) -> list[tuple]:
    return sorted((r["severity"], r["focus"], r["path"], r["shape"], r["message"])
                  for r in result.violations + result.warnings)


def _assert_same(graph: Graph, what: str) -> None:
    reference = validate(graph)
    fast = default_engine().validate(graph)
    assert fast.conforms == reference.conforms, what
    assert _multiset(fast) == _multiset(reference), what


def test_fast_shacl_compiles_the_shapes():
    engine = default_engine()
    assert engine is not None, "the shapes use something the fast engine does not evaluate"
    assert {str(s.node).rsplit("#", 1)[-1] for s in engine.top} >= {"StateShape", "AttendanceShape", "EvidenceShape"}


@pytest.mark.parametrize("path", ALL_CASE_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fast_shacl_case_same_as_pyshacl(path: Path):
    _assert_same(load_case(path).data, path.name)


@pytest.mark.parametrize("path", ALL_CASE_FILES[:: max(1, len(ALL_CASE_FILES) // 12)],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fast_shacl_without_allow_warnings_same_as_pyshacl(path: Path):
    data = load_case(path).data
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                           inference="none", allow_warnings=False, abort_on_first=False)
    reference = sorted((str(report.value(r, SH.focusNode)), str(report.value(r, SH.sourceShape)))
                       for r in report.subjects(RDF.type, SH.ValidationResult))
    engine = Engine(shapes_graph(), ontology_graph(), allow_warnings=False)
    ok, found = engine.results(engine_rows(data))
    assert ok == conforms
    assert sorted((str(focus), str(shape)) for _, focus, _, shape, _ in found) == reference


def engine_rows(graph: Graph):
    from builder.fast_shacl import rows_of

    return list(rows_of(graph))


def test_fast_shacl_sample_graph_same_as_pyshacl(sample_graph):
    assert len(sample_graph) > 5000
    _assert_same(sample_graph, "the sample")


def _broken(graph: Graph, seed: int) -> Graph:
    rng = random.Random(seed)
    triples = sorted(graph, key=lambda t: tuple(map(str, t)))
    out = Graph()
    for triple in triples:
        out.add(triple)
    victims = rng.sample(triples, 40)
    for s, p, o in victims:
        out.remove((s, p, o))
        roll = rng.random()
        if roll < 0.25:
            continue  # dropped
        if roll < 0.45 and isinstance(o, Literal):
            out.add((s, p, Literal(str(o), datatype=rng.choice([XSD.string, XSD.integer, XSD.date, None]))))
        elif roll < 0.6:
            out.add((s, p, o))
            out.add((s, p, URIRef(str(o) + "-twin") if isinstance(o, URIRef) else Literal(str(o) + " twin")))
        elif roll < 0.75:
            out.add((s, p, Literal(str(o), lang=rng.choice(["zh", "en", "fr"]))))
        elif roll < 0.9:
            out.add((s, RDF.type, rng.choice([UNKG.State, UNKG.Person, UNKG.Evidence, UNKG.Meeting])))
        else:
            out.add((s, p, Literal(-rng.randint(0, 5))))
    return out


@pytest.mark.parametrize("seed", range(6))
def test_fast_shacl_broken_sample_same_as_pyshacl(sample_graph, seed):
    broken = _broken(sample_graph, seed)
    _assert_same(broken, f"seed {seed}")
    assert not validate(broken).conforms or seed < 0  # the breakage is seen


def test_fast_shacl_validate_fast_takes_rows_or_graphs(sample_graph):
    from builder.fast_shacl import rows_of

    by_graph = validate_fast(sample_graph)
    by_rows = validate_fast(rows=list(rows_of(sample_graph)))
    assert by_graph == by_rows


def test_fast_shacl_refuses_what_it_does_not_evaluate():
    shapes = Graph()
    for triple in shapes_graph():
        shapes.add(triple)
    node = URIRef("https://w3id.org/unkg/shapes#StateShape")
    either = URIRef("https://example.org/either")
    shapes.add((node, SH.xone, either))
    shapes.add((either, RDF.first, URIRef("https://w3id.org/unkg/shapes#OrganizationShape")))
    shapes.add((either, RDF.rest, RDF.nil))
    with pytest.raises(Unsupported):
        Engine(shapes, ontology_graph())


def test_fast_shacl_refuses_a_shape_that_is_a_class():
    shapes = Graph()
    for triple in shapes_graph():
        shapes.add(triple)
    shapes.add((URIRef("https://w3id.org/unkg/shapes#StateShape"), RDF.type, RDFS.Class))
    with pytest.raises(Unsupported):
        Engine(shapes, ontology_graph())


def test_fast_shacl_constraint_parameters_are_pyshacls():
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    from builder.fast_shacl import CONSTRAINT_PARAMETERS

    assert CONSTRAINT_PARAMETERS == set(ALL_CONSTRAINT_PARAMETERS)


_INTEGER_BOUNDS = [Literal(n, datatype=XSD.integer) for n in (-1, 0, 1, 7)]
_RANGE_VALUES = [
    *(Literal(n, datatype=XSD.integer) for n in (-5, -1, 0, 1, 2, 7, 10**30)),
    Literal("0012", datatype=XSD.integer), Literal("+3", datatype=XSD.integer),
    Literal("abc", datatype=XSD.integer), Literal("1.5", datatype=XSD.decimal), Literal(3, datatype=XSD.long),
    Literal("3", datatype=XSD.nonNegativeInteger), Literal("2024-01-01", datatype=XSD.date),
]


@pytest.mark.parametrize("value", _RANGE_VALUES, ids=lambda v: f"{v}^^{v.datatype.rsplit('#', 1)[-1]}")
def test_fast_shacl_range_comparison_is_pyshacls(value):
    from pyshacl.rdfutil.compare import compare_literal

    from builder.fast_shacl import _compare_literal

    for bound in _INTEGER_BOUNDS:
        try:
            expected = compare_literal(value, bound)
        except (TypeError, NotImplementedError) as error:
            with pytest.raises(type(error)):
                _compare_literal(value, bound)
        else:
            assert _compare_literal(value, bound) == expected, (value, bound)


def test_fast_shacl_validates_without_importing_pyshacl(sample_path):
    """A corpus build validates every report with the fast engine; it must not
    pay for importing pySHACL (the reference engine, used only on request)."""
    import subprocess

    code = ("import sys\n"
            "from builder.pipeline import Backend, build_one\n"
            "from builder.corpus import RowGraph, _fast_validate\n"
            f"result = build_one(__import__('pathlib').Path({str(sample_path)!r}), "
            "backend=Backend(new_graph=RowGraph, validate=_fast_validate))\n"
            "assert result.entry['shacl']['conforms'], result.entry['shacl']\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pyshacl'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
