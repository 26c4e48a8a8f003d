"""The emitter's literals: `make_literal` builds the common kinds without
rdflib's constructor, and must give exactly what the constructor gives."""

from __future__ import annotations

import pickle

import pytest
from rdflib import Literal, URIRef

from builder.emit import make_literal
from builder.store import XSD_NS, nt


class XSD:  # the datatypes used here (rdflib's XSD namespace upsets pytest's collection)
    string, integer, date, boolean = (URIRef(XSD_NS + name) for name in ("string", "integer", "date", "boolean"))

CASES = [
    ("plain text", None, XSD.string),
    ("", None, XSD.string),
    ("第 1 次全体会议", None, XSD.string),
    ('a "quoted"\nline\\with\ttabs', None, XSD.string),
    ("  spaces kept  ", None, XSD.string),
    ("12", None, XSD.string),
    (0, None, XSD.integer),
    (7, None, XSD.integer),
    (-3, None, XSD.integer),
    (10**20, None, XSD.integer),
    ("大不列颠及北爱尔兰联合王国", "zh", None),
    ("United Kingdom", "en", None),
    ("", "en", None),
    # not built directly: these go to rdflib's constructor
    ("text", "fr", None),
    ("2024-01-02", None, XSD.date),
    (True, None, XSD.boolean),
    ("5", None, XSD.integer),
    (5, None, None),
    ("no datatype", None, None),
]


@pytest.mark.parametrize("value, lang, datatype", CASES, ids=[repr(c) for c in CASES])
def test_make_literal_is_rdflibs_literal(value, lang, datatype):
    made = make_literal(value, lang, URIRef(str(datatype)) if datatype is not None else None)
    reference = Literal(value, lang=lang, datatype=datatype)
    assert type(made) is Literal
    assert made == reference and hash(made) == hash(reference)
    assert str(made) == str(reference)
    assert (made.language, made.datatype, made.value, made.ill_typed) == \
        (reference.language, reference.datatype, reference.value, reference.ill_typed)
    assert type(made.value) is type(reference.value)
    assert made.n3() == reference.n3() and nt(made) == nt(reference)
    assert made.eq(reference) and not made.neq(reference)
    assert pickle.loads(pickle.dumps(made)) == reference


def test_make_literal_tells_kinds_apart():
    # the same text as xsd:string and tagged are different terms, as rdflib has them
    assert make_literal("x", None, XSD.string) != make_literal("x", "en", None)
    assert make_literal(1, None, XSD.integer) != make_literal("1", None, XSD.string)
