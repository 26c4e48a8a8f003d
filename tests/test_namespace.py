"""builder/namespace.py is generated from ontology/unkg.ttl and must not go stale."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from builder import namespace
from builder.namespace import ELI, ELI_DL, UNKG

# Not imported by name: pytest's collection probes module attributes, and
# rdflib's SDO (our SCHEMA) warns on every unknown attribute.
SCHEMA = namespace.SCHEMA._NS
from builder.resources import ontology_file

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "tools" / "gen_namespace.py"
NAMESPACE_FILE = ROOT / "builder" / "namespace.py"


def _load_generator():
    spec = importlib.util.spec_from_file_location("gen_namespace", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and typing look modules up by name
    spec.loader.exec_module(module)
    return module


gen_namespace = _load_generator()


def _ontology() -> Graph:
    return Graph().parse(ontology_file(), format="turtle")


def test_namespace_file_is_fresh():
    fresh = gen_namespace.generate(ontology_file())
    current = NAMESPACE_FILE.read_text(encoding="utf-8")
    assert current == fresh, (
        "builder/namespace.py is stale: run `make namespace` (python tools/gen_namespace.py)"
    )


def test_namespace_unknown_term_raises():
    with pytest.raises(AttributeError):
        UNKG.NotATerm  # noqa: B018


def test_namespace_has_every_ontology_term():
    ontology = _ontology()
    prefix = str(UNKG._NS)
    names = {
        str(s)[len(prefix):]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(prefix) and str(s) != prefix
    }
    assert names
    for name in sorted(names):
        assert getattr(UNKG, name) == URIRef(prefix + name), name
    assert set(UNKG.__annotations__) == names


def test_namespace_terms_carry_their_english_label():
    source = NAMESPACE_FILE.read_text(encoding="utf-8")
    (english,) = (o for o in _ontology().objects(UNKG.charStart, RDFS.label) if o.language == "en")
    assert f"    charStart: URIRef  # {english}\n" in source


def test_namespace_terms_are_sorted():
    names = list(UNKG.__annotations__)
    assert names == sorted(names)


def test_generation_is_deterministic_and_undated():
    first = gen_namespace.generate(ontology_file())
    assert first == gen_namespace.generate(ontology_file())
    assert not re.search(r"\b20\d\d-\d\d-\d\d", first), "no timestamps in generated files"


def test_check_flag(tmp_path: Path, capsys):
    fresh = tmp_path / "namespace.py"
    fresh.write_text(gen_namespace.generate(ontology_file()), encoding="utf-8")
    assert gen_namespace.main(["--check", "--output", str(fresh)]) == 0

    stale = tmp_path / "stale.py"
    stale.write_text(fresh.read_text(encoding="utf-8").replace("    treaty: URIRef", ""), encoding="utf-8")
    assert gen_namespace.main(["--check", "--output", str(stale)]) == 1
    captured = capsys.readouterr()
    assert "+    treaty: URIRef" in captured.out
    assert "make namespace" in captured.err
    assert "treaty: URIRef" not in stale.read_text(encoding="utf-8"), "--check must not write"


def test_generator_rejects_a_term_that_is_not_an_identifier(tmp_path: Path):
    ontology = tmp_path / "bad.ttl"
    ontology.write_text(
        ontology_file().read_text(encoding="utf-8")
        + '\nunkg:not-a-name a owl:Class ; rdfs:label "x"@en .\n',
        encoding="utf-8",
    )
    with pytest.raises(gen_namespace.GenerationError):
        gen_namespace.generate(ontology)


def test_helper_namespaces_match_the_ontology():
    bound = {p: str(n) for p, n in _ontology().namespace_manager.namespaces()}
    assert str(ELI) == bound["eli"]
    assert str(ELI_DL) == bound["eli-dl"]
    assert (UNKG.Meeting, RDFS.subClassOf, SCHEMA.Event) in _ontology()
    assert (UNKG.Document, RDFS.subClassOf, ELI.Work) in _ontology()
    assert (UNKG.Meeting, RDFS.subClassOf, ELI_DL.Activity) in _ontology()
    for name in namespace.__all__:
        assert hasattr(namespace, name), name
