"""The sample report end to end: identity, attendance, offices, evidence, shapes.

Expected facts are written by hand from reading corpus/TPNW_MSP_2023_14.zh.txt.
"""

from __future__ import annotations

import json
import subprocess
import sys

from rdflib import Literal, URIRef

from builder.namespace import RDF, RDFS, UNKG

ID = "https://w3id.org/unkg/id/"

# Para 14, read by hand: the 35 observer States.
OBSERVER_STATES = sorted(
    "DZA AND AGO ARM AUS BRB BEL BRA BRN BFA DJI EGY GNQ DEU GIN HTI IDN IRQ LBY LIE "
    "MDG MHL MAR MOZ MMR NPL NOR QAT SLE SGP LKA CHE TUN TZA YEM".split()
)
# Para 13, read by hand: the 59 States parties (泰国 is split by a page break).
STATES_PARTIES = sorted(
    "ATG AUT BGD BEN BOL BWA CPV KHM CHL COM COG COK CRI CIV CUB COD DOM ECU SLV FJI GTM GUY VAT HND IRL "
    "JAM KAZ KIR LAO LSO MYS MDV MLT MEX MNG NAM NRU NZL NIC NGA PLW PAN PRY PER PHL LCA VCT WSM SMR ZAF "
    "PSE THA TLS TTO TUV URY VUT VEN VNM".split()
)


def _attendees(graph, role):
    out = set()
    for node in graph.subjects(UNKG.role, getattr(UNKG, role)):
        if (node, RDF.type, UNKG.Attendance) in graph:
            out.add(str(graph.value(node, UNKG.participant)).rsplit("/", 1)[-1])
    return sorted(out)


def test_build_sample_conforms_to_the_shapes(sample_result):
    assert sample_result.entry["status"] == "ok"
    assert sample_result.entry["shacl"]["conforms"] is True
    assert sample_result.entry["shacl"]["violations"] == []


def test_build_sample_identity(sample_graph):
    report = URIRef(ID + "document/TPNW/MSP/2023/14")
    meeting = URIRef(ID + "meeting/tpnw-msp-2")
    assert (report, UNKG.reportOf, meeting) in sample_graph
    assert str(sample_graph.value(report, UNKG.symbol)) == "TPNW/MSP/2023/14"
    assert str(sample_graph.value(meeting, UNKG.startDate)) == "2023-11-27"
    assert str(sample_graph.value(meeting, UNKG.endDate)) == "2023-12-01"
    assert str(sample_graph.value(meeting, UNKG.location)) == "纽约联合国总部"


def test_build_sample_states_parties_and_observers(sample_graph):
    assert _attendees(sample_graph, "StateParty") == STATES_PARTIES
    assert _attendees(sample_graph, "ObserverState") == OBSERVER_STATES


def test_build_sample_plenary_meetings(sample_graph):
    dated = {}
    for node in sample_graph.subjects(RDF.type, UNKG.PlenaryMeeting):
        date = sample_graph.value(node, UNKG.date)
        dated[str(node)[len(ID):]] = str(date) if date else None
    assert dated["meeting/tpnw-msp-2/plenary/1"] == "2023-11-27"
    assert dated["meeting/tpnw-msp-2/plenary/2"] == "2023-11-27"
    assert dated["meeting/tpnw-msp-2/plenary/3"] == "2023-11-28"
    assert dated["meeting/tpnw-msp-2/plenary/10"] == "2023-12-01"
    assert dated["meeting/tpnw-msp-1/plenary/6"] == "2022-06-23"
    # 「第 4 至第 6 次」 over 「11 月 28 日和 29 日」: no date for any of them.
    assert [dated[f"meeting/tpnw-msp-2/plenary/{n}"] for n in range(4, 10)] == [None] * 6


def test_build_sample_every_attendance_quote_matches_the_input(sample_graph, sample_text):
    attendances = list(sample_graph.subjects(RDF.type, UNKG.Attendance))
    assert len(attendances) > 100
    for node in attendances:
        evidence = list(sample_graph.objects(node, UNKG.evidence))
        assert evidence, node
        for ev in evidence:
            start = int(sample_graph.value(ev, UNKG.charStart))
            end = int(sample_graph.value(ev, UNKG.charEnd))
            assert str(sample_graph.value(ev, UNKG.quote)) == sample_text[start:end]
            assert sample_graph.value(ev, UNKG.source) == URIRef(ID + "document/TPNW/MSP/2023/14")


def test_build_sample_every_evidence_quote_matches_the_input(sample_result):
    assert sample_result.entry["evidence"]["mismatches"] == []
    assert sample_result.entry["evidence"]["checked"] > 300


def test_build_sample_attendance_evidence_names_the_participant(sample_graph):
    node = URIRef(ID + "attendance/tpnw-msp-2/StateParty/state/THA")
    ev = sample_graph.value(node, UNKG.evidence)
    quote = str(sample_graph.value(ev, UNKG.quote))
    assert quote.startswith("参加了会议：") and quote.endswith("国")  # 泰 … 国 across the page break
    assert str(sample_graph.value(ev, UNKG.paragraph)) == "13"


def test_build_sample_president_and_officers(sample_graph):
    president = URIRef(ID + "office/tpnw-msp-2/President/person/胡安.拉蒙.德拉富恩特")
    assert sample_graph.value(president, UNKG.onBehalfOf) == URIRef(ID + "state/MEX")
    person = URIRef(ID + "person/胡安.拉蒙.德拉富恩特")
    assert (person, UNKG.chaired, URIRef(ID + "meeting/tpnw-msp-2")) in sample_graph
    assert (person, RDFS.label, Literal("胡安·拉蒙·德拉富恩特", lang="zh")) in sample_graph
    vice = {str(sample_graph.value(n, UNKG.holder)).rsplit("/", 1)[-1]
            for n in sample_graph.subjects(UNKG.role, UNKG.VicePresident)}
    assert vice == {"IRL", "KIR", "NAM"}
    credentials = {str(sample_graph.value(n, UNKG.holder)).rsplit("/", 1)[-1]
                   for n in sample_graph.subjects(UNKG.role, UNKG.CredentialsCommitteeMember)}
    assert credentials == {"AUT", "CHL", "MYS", "NGA", "URY"}
    # The President of the third meeting was elected, not yet in the chair.
    msp3 = URIRef(ID + "meeting/tpnw-msp-3")
    assert not list(sample_graph.subjects(UNKG.chaired, msp3))


def test_build_sample_build_report_checks_stated_numbers(sample_result):
    checks = {(c["stated"], c["status"]) for c in sample_result.entry["checks"]}
    assert (59, "ok") in checks and (35, "ok") in checks and (5, "ok") in checks
    assert (122, "unverifiable") in checks  # 「122 个相关非政府组织」 are not listed


def test_build_cli_writes_the_contract_files(built_sample_dir):
    for name in ("graph.trig", "graph.ttl", "build-report.json"):
        assert (built_sample_dir / name).stat().st_size > 0
    report = json.loads((built_sample_dir / "build-report.json").read_text(encoding="utf-8"))
    [entry] = report["inputs"]
    assert entry["symbol"] == "TPNW/MSP/2023/14"
    assert entry["shacl"]["conforms"] is True


def test_query_cli_answers_which_states_attended_as_observers(built_sample_dir):
    query = """
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        SELECT ?iso3 WHERE {
          ?a a unkg:Attendance ; unkg:role unkg:ObserverState ; unkg:participant ?s .
          ?s unkg:iso3 ?iso3 .
        } ORDER BY ?iso3
    """
    out = subprocess.run([sys.executable, "-m", "builder", "query", str(built_sample_dir / "graph.trig"), query,
                          "--format", "csv"], check=True, capture_output=True, text=True).stdout
    assert out.splitlines() == ["iso3", *OBSERVER_STATES]


def test_validate_cli_on_the_built_graph(built_sample_dir):
    done = subprocess.run([sys.executable, "-m", "builder", "validate", str(built_sample_dir / "graph.trig")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "conforms" in done.stdout or "warning" in done.stdout


def test_validate_cli_exits_non_zero_with_a_readable_summary(tmp_path):
    # A state without its ISO code and without labels: two violations of the shapes.
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix unkg: <https://w3id.org/unkg/ontology#> .\n"
        "<https://w3id.org/unkg/id/state/XXX> a unkg:State .\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, "-m", "builder", "validate", str(bad)], capture_output=True, text=True)
    assert done.returncode == 3
    assert "violation" in done.stdout
    assert "https://w3id.org/unkg/id/state/XXX" in done.stdout
