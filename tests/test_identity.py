"""The same state, organization, person, meeting or document mentioned in
several reports gets one IRI, whichever order the reports are built in."""

from __future__ import annotations

from pathlib import Path

from rdflib import URIRef

from builder.namespace import RDF, UNKG
from builder.pipeline import build

ID = "https://w3id.org/unkg/id/"
FIXTURE = Path(__file__).parent / "fixtures" / "identity" / "TPNW_MSP_2025_6.zh.txt"


def _graphs(result):
    return {str(g.identifier).rsplit("/document/", 1)[-1]: g for g in result.dataset.graphs() if len(g)}


def test_identity_shared_entities_have_one_iri(sample_path):
    result = build([sample_path, FIXTURE])
    assert [r.entry["status"] for r in result.reports] == ["ok", "ok"]
    graphs = _graphs(result)
    first, third = graphs["TPNW/MSP/2023/14"], graphs["TPNW/MSP/2025/6"]
    shared = [
        ID + "state/MEX", ID + "state/AUT", ID + "state/THA",
        ID + "organization/icrc", ID + "organization/iaea",
        ID + "meeting/tpnw-msp-2", ID + "meeting/tpnw-msp-3",
        ID + "document/TPNW/MSP/2023/14",
        ID + "person/阿坎.拉赫梅图林",
    ]
    assert first.identifier != third.identifier
    for iri in shared:
        node = URIRef(iri)
        assert (node, None, None) in first or (None, None, node) in first, iri
        assert (node, None, None) in third or (None, None, node) in third, iri
    # In the third meeting's report, the President-elect of the sample presides.
    assert (URIRef(ID + "person/阿坎.拉赫梅图林"), UNKG.chaired, URIRef(ID + "meeting/tpnw-msp-3")) in third
    # Mexico attended both meetings: two attendance nodes, one state.
    mexico = URIRef(ID + "state/MEX")
    quads = list(result.dataset.quads((None, None, None, None)))
    attendances = {s for s, p, o, _ in quads if p == UNKG.participant and o == mexico}
    meetings = {o for s, p, o, _ in quads if s in attendances and p == UNKG.meeting}
    assert meetings == {URIRef(ID + "meeting/tpnw-msp-2"), URIRef(ID + "meeting/tpnw-msp-3")}


def test_identity_does_not_depend_on_build_order(sample_path):
    forward = build([sample_path, FIXTURE], run_validation=False)
    backward = build([FIXTURE, sample_path], run_validation=False)
    assert set(forward.dataset.quads()) == set(backward.dataset.quads())


def test_identity_report_cites_the_earlier_report(sample_path):
    result = build([FIXTURE], run_validation=False)
    graph = result.reports[0].graph
    report = URIRef(ID + "document/TPNW/MSP/2025/6")
    assert (report, UNKG.references, URIRef(ID + "document/TPNW/MSP/2023/14")) in graph
    assert (URIRef(ID + "document/TPNW/MSP/2023/14"), RDF.type, UNKG.Document) in graph
