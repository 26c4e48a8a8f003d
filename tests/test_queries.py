"""The named queries in queries/*.rq, run on the built sample report.

Each query runs through pyoxigraph (`builder.query.execute`, what `unkg query`
uses) and through rdflib's own SPARQL engine over the same triples, and the
two engines must give the same rows. The expected facts are written by hand
from reading corpus/TPNW_MSP_2023_14.zh.txt (paragraph numbers cited beside
each), never copied from the builder's output.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from builder.build_output import write_outputs
from builder.graphio import load_graph
from builder.pipeline import build
from builder.queries import describe, named_queries, queries_dir
from builder.query import QueryResult, execute, load_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
ID = "https://w3id.org/unkg/id/"
UNKG = "https://w3id.org/unkg/ontology#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Para 14: "下列 35 个国家以观察员身份出席了会议：阿尔及利亚、安道尔、安哥拉、亚美尼亚、
# 澳大利亚、巴巴多斯、比利时、巴西、文莱达鲁萨兰国、布基纳法索、吉布提、埃及、赤道几内亚、
# 德国、几内亚、海地、印度尼西亚、伊拉克、利比亚、列支敦士登、马达加斯加、马绍尔群岛、摩洛哥、
# 莫桑比克、缅甸、尼泊尔、挪威、卡塔尔、塞拉利昂、新加坡、斯里兰卡、瑞士、突尼斯、
# 坦桑尼亚联合共和国和也门。" Written in the text's order.
OBSERVER_STATES = [
    "DZA", "AND", "AGO", "ARM", "AUS", "BRB", "BEL", "BRA", "BRN", "BFA", "DJI", "EGY",
    "GNQ", "DEU", "GIN", "HTI", "IDN", "IRQ", "LBY", "LIE", "MDG", "MHL", "MAR", "MOZ",
    "MMR", "NPL", "NOR", "QAT", "SLE", "SGP", "LKA", "CHE", "TUN", "TZA", "YEM",
]

NAMES = [
    "adopted-and-considered", "attendance-by-role", "citations", "common-attendance",
    "observer-states", "offices", "state-profile",
]


@pytest.fixture(scope="module")
def sample_trig(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    write_outputs(build([SAMPLE], run_validation=False), out)
    return out / "graph.trig"


@pytest.fixture(scope="module")
def engines(sample_trig):
    return load_store(sample_trig), load_graph(sample_trig)


# --- comparing the two engines ------------------------------------------------


def _norm_ox(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    datatype = term.datatype.value if term.datatype else None
    if term.language:
        return ("lit", term.value, term.language.lower(), None)
    if datatype == XSD_STRING:
        datatype = None
    return ("lit", term.value, None, datatype)


def _norm_rdflib(term) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    assert isinstance(term, Literal)
    if term.language:
        return ("lit", str(term), term.language.lower(), None)
    datatype = str(term.datatype) if term.datatype else None
    if datatype == XSD_STRING:
        datatype = None
    return ("lit", str(term), None, datatype)


def _rows_ox(result: QueryResult) -> Counter:
    return Counter(tuple(_norm_ox(v) for v in row) for row in result.rows)


def _rows_rdflib(graph: Graph, text: str) -> tuple[list[str], Counter]:
    result = graph.query(text)
    variables = [str(v) for v in result.vars]
    return variables, Counter(tuple(_norm_rdflib(row[v]) for v in variables) for row in result)


def _column(result: QueryResult, name: str) -> list:
    index = result.variables.index(name)
    return [row[index] for row in result.rows]


def _value(term) -> str | None:
    return None if term is None else term.value


# --- the folder and the loader ---------------------------------------------------


def test_queries_named_queries_lists_every_file():
    queries = named_queries()
    assert sorted(queries) == NAMES
    assert sorted(p.stem for p in queries_dir().glob("*.rq")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_queries_each_starts_with_a_comment_and_declares_prefixes(name):
    text = named_queries()[name]
    assert text.startswith("# ")
    summary = describe(text)
    assert len(summary) > 40
    assert "Parameters" in summary
    assert "PREFIX unkg: <https://w3id.org/unkg/ontology#>" in text


def test_queries_readme_documents_each_query():
    readme = (queries_dir() / "README.md").read_text(encoding="utf-8")
    for name in NAMES:
        assert f"{name}.rq" in readme


# --- both engines, every query ------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_queries_oxigraph_and_rdflib_agree(engines, name):
    store, graph = engines
    text = named_queries()[name]
    ox_result = execute(store, text)
    assert ox_result.kind == "select"
    variables, rdflib_rows = _rows_rdflib(graph, text)
    assert variables == ox_result.variables
    assert _rows_ox(ox_result) == rdflib_rows


# --- what the queries say about the sample, read by hand from the text ----------------


def test_queries_observer_states_are_the_35_of_para_14(engines):
    store, _ = engines
    result = execute(store, named_queries()["observer-states"])
    codes = [_value(v) for v in _column(result, "iso3")]
    assert len(codes) == 35
    assert sorted(codes) == sorted(OBSERVER_STATES)
    assert {_value(m) for m in _column(result, "meeting")} == {ID + "meeting/tpnw-msp-2"}
    labels = dict(zip(codes, (_value(v) for v in _column(result, "label_zh"))))
    assert labels["TZA"] == "坦桑尼亚联合共和国"
    assert labels["BRN"] == "文莱达鲁萨兰国"


def test_queries_attendance_by_role_gives_59_states_parties_and_35_observers(engines):
    store, _ = engines
    result = execute(store, named_queries()["attendance-by-role"])
    msp2 = [row for row in result.rows if _value(row[0]) == ID + "meeting/tpnw-msp-2"]
    roles = Counter(_value(row[1]) for row in msp2 if _value(row[2]).startswith(ID + "state/"))
    assert roles[UNKG + "StateParty"] == 59  # para 13: "下列 59 个缔约国参加了会议"
    assert roles[UNKG + "ObserverState"] == 35  # para 14
    by_participant = {(_value(row[2]), _value(row[1])): _value(row[3]) for row in msp2}
    # para 13 lists 墨西哥 and 罗马教廷 among the States parties
    assert by_participant[(ID + "state/MEX", UNKG + "StateParty")] == "墨西哥"
    assert by_participant[(ID + "state/VAT", UNKG + "StateParty")] == "罗马教廷"


def test_queries_offices_of_para_6_and_11(engines):
    store, _ = engines
    result = execute(store, named_queries()["offices"])
    held = {(_value(r[0]).removeprefix(ID), _value(r[1]).removeprefix(UNKG), _value(r[2]).removeprefix(ID))
            for r in result.rows}
    # para 6: 副主席：爱尔兰、基里巴斯、纳米比亚
    for state in ("IRL", "KIR", "NAM"):
        assert ("meeting/tpnw-msp-2", "VicePresident", f"state/{state}") in held
    # para 11: 会议任命奥地利、智利、马来西亚、尼日利亚和乌拉圭为全权证书委员会成员
    for state in ("AUT", "CHL", "MYS", "NGA", "URY"):
        assert ("meeting/tpnw-msp-2", "CredentialsCommitteeMember", f"state/{state}") in held
    # para 4 and 6: 会议主席胡安·拉蒙·德拉富恩特(墨西哥)
    president = [r for r in result.rows
                 if _value(r[0]) == ID + "meeting/tpnw-msp-2" and _value(r[1]) == UNKG + "President"]
    assert len(president) == 1
    columns = dict(zip(result.variables, (_value(v) for v in president[0])))
    assert columns["holder_label"] == "胡安·拉蒙·德拉富恩特"
    assert columns["on_behalf_of"] == ID + "state/MEX"
    assert columns["on_behalf_of_label"] == "墨西哥"


def test_queries_adopted_and_considered_are_two_disjoint_sets(engines):
    store, _ = engines
    result = execute(store, named_queries()["adopted-and-considered"])
    msp2 = ID + "meeting/tpnw-msp-2"
    status = {}
    for row in result.rows:
        cols = dict(zip(result.variables, row))
        if _value(cols["meeting"]) == msp2:
            status.setdefault(_value(cols["item"]), set()).add(_value(cols["status"]))
    assert all(len(s) == 1 for s in status.values()), "an item is either adopted or only considered"
    # para 7: 会议通过了议程(TPNW/MSP/2023/1)
    assert status[ID + "document/TPNW/MSP/2023/1"] == {"adopted"}
    # annex II, footnote 1: decisions 1 to 5 were adopted at the 10th plenary meeting
    for n in range(1, 6):
        assert status[ID + f"meeting/tpnw-msp-2/decision/{n}"] == {"adopted"}
    # annex IV lists the Scientific Advisory Group's report TPNW/MSP/2023/8 among the
    # documents before the meeting, and nothing says it was adopted
    assert status[ID + "document/TPNW/MSP/2023/8"] == {"considered"}


def test_queries_citations_follow_references_transitively(engines):
    store, _ = engines
    result = execute(store, named_queries()["citations"])
    report = ID + "document/TPNW/MSP/2023/14"
    cited = {_value(r[1]): _value(r[3]) for r in result.rows if _value(r[0]) == report}
    assert cited[ID + "document/TPNW/MSP/2023/12"] == "true"  # para 12
    assert cited[ID + "document/A/RES/77/54"] == "true"  # para 1: 大会第 77/54 号决议
    assert cited[ID + "document/TPNW/MSP/2022/6"] == "true"  # annex III


def test_queries_citations_reach_documents_cited_only_through_others():
    """On a hand-made chain A -> B -> C, C is cited indirectly (the sample has no second report)."""
    data = f"""
        @prefix unkg: <{UNKG}> .
        <{ID}document/A> {{ <{ID}document/A> unkg:reportOf <{ID}meeting/m-1> ; unkg:references <{ID}document/B> . }}
        <{ID}document/B> {{ <{ID}document/B> unkg:references <{ID}document/C> ; unkg:symbol "B" . }}
    """
    store = ox.Store()
    store.load(data.encode(), format=ox.RdfFormat.TRIG)
    result = execute(store, named_queries()["citations"])
    rows = {(_value(r[1]).removeprefix(ID), _value(r[2]), _value(r[3])) for r in result.rows}
    assert rows == {("document/B", "B", "true"), ("document/C", "", "false")}


def test_queries_state_profile_of_mexico(engines):
    store, _ = engines
    result = execute(store, named_queries()["state-profile"])
    facts = {}
    for row in result.rows:
        cols = {k: _value(v) for k, v in zip(result.variables, row)}
        facts.setdefault((cols["fact"], cols["role"], cols["other"]), []).append(cols)
    # para 13: Mexico attended as a State party
    attended = facts[("attended", UNKG + "StateParty", ID + "meeting/tpnw-msp-2")]
    assert any("墨西哥" in f["quote"] and f["paragraph"] == "13" for f in attended)
    # annex II, decision 1 (a)(iv): 将任命墨西哥为性别平等问题协调人
    office = facts[("held office", UNKG + "Coordinator", ID + "meeting/tpnw-msp-2")]
    assert any("任命墨西哥为性别平等问题协调人" in f["quote"] for f in office)
    # para 4: the President, 胡安·拉蒙·德拉富恩特(墨西哥)
    behalf = [k for k in facts if k[0] == "office held on its behalf" and k[1] == UNKG + "President"]
    assert len(behalf) == 1
    assert facts[("about", UNKG + "iso3", "MEX")]
    text = SAMPLE.read_text(encoding="utf-8")
    quotes = [f["quote"] for rows in facts.values() for f in rows if f["quote"]]
    assert quotes and all(q in text for q in quotes)


# --- common-attendance on a hand-made fixture -------------------------------------------

COMMON_FIXTURE = f"""
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix unkg: <{UNKG}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{ID}document/R1> {{
    <{ID}attendance/tpnw-msp-1/StateParty/state/AUT> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-1> ; unkg:participant <{ID}state/AUT> ; unkg:role unkg:StateParty .
    <{ID}attendance/tpnw-msp-1/ObserverState/state/DEU> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-1> ; unkg:participant <{ID}state/DEU> ; unkg:role unkg:ObserverState .
    <{ID}attendance/tpnw-msp-1/StateParty/state/MEX> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-1> ; unkg:participant <{ID}state/MEX> ; unkg:role unkg:StateParty .
    <{ID}attendance/tpnw-msp-1/ObserverOrganization/organization/icrc> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-1> ; unkg:participant <{ID}organization/icrc> ;
        unkg:role unkg:ObserverOrganization .
    <{ID}state/AUT> a unkg:State ; unkg:iso3 "AUT"^^xsd:string ; rdfs:label "奥地利"@zh, "Austria"@en .
    <{ID}state/DEU> a unkg:State ; unkg:iso3 "DEU"^^xsd:string ; rdfs:label "德国"@zh, "Germany"@en .
    <{ID}state/MEX> a unkg:State ; unkg:iso3 "MEX"^^xsd:string ; rdfs:label "墨西哥"@zh, "Mexico"@en .
}}

<{ID}document/R2> {{
    <{ID}attendance/tpnw-msp-2/StateParty/state/AUT> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-2> ; unkg:participant <{ID}state/AUT> ; unkg:role unkg:StateParty .
    <{ID}attendance/tpnw-msp-2/StateParty/state/DEU> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-2> ; unkg:participant <{ID}state/DEU> ; unkg:role unkg:StateParty .
    <{ID}attendance/tpnw-msp-2/ObserverState/state/NOR> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-2> ; unkg:participant <{ID}state/NOR> ; unkg:role unkg:ObserverState .
    <{ID}attendance/tpnw-msp-2/ObserverOrganization/organization/icrc> a unkg:Attendance ;
        unkg:meeting <{ID}meeting/tpnw-msp-2> ; unkg:participant <{ID}organization/icrc> ;
        unkg:role unkg:ObserverOrganization .
    <{ID}state/AUT> a unkg:State ; unkg:iso3 "AUT"^^xsd:string ; rdfs:label "奥地利"@zh, "Austria"@en .
    <{ID}state/DEU> a unkg:State ; unkg:iso3 "DEU"^^xsd:string ; rdfs:label "德国"@zh, "Germany"@en .
    <{ID}state/NOR> a unkg:State ; unkg:iso3 "NOR"^^xsd:string ; rdfs:label "挪威"@zh, "Norway"@en .
}}
"""


def test_queries_common_attendance_on_a_hand_made_fixture(tmp_path):
    path = tmp_path / "two-meetings.trig"
    path.write_text(COMMON_FIXTURE, encoding="utf-8")
    text = named_queries()["common-attendance"]
    result = execute(load_store(path), text)
    rows = [tuple(_value(v) for v in row) for row in result.rows]
    # AUT was a State party at both; DEU an observer at the first, a party at the second.
    # MEX and NOR attended one meeting each; the ICRC is not a State.
    assert rows == [
        (ID + "state/AUT", "AUT", UNKG + "StateParty", UNKG + "StateParty", "奥地利", "Austria"),
        (ID + "state/DEU", "DEU", UNKG + "ObserverState", UNKG + "StateParty", "德国", "Germany"),
    ]
    _, rdflib_rows = _rows_rdflib(load_graph(path), text)
    assert _rows_ox(result) == rdflib_rows


def test_queries_common_attendance_with_other_meetings_given(tmp_path):
    path = tmp_path / "two-meetings.trig"
    path.write_text(COMMON_FIXTURE, encoding="utf-8")
    text = named_queries()["common-attendance"].replace(
        f"(<{ID}meeting/tpnw-msp-1> <{ID}meeting/tpnw-msp-2>)",
        f"(<{ID}meeting/tpnw-msp-2> <{ID}meeting/tpnw-msp-2>)",
    )
    result = execute(load_store(path), text)
    assert sorted(_value(r[1]) for r in result.rows) == ["AUT", "DEU", "NOR"]


def test_queries_common_attendance_on_the_sample_runs(engines):
    """The sample has one report: MSP1 attendance comes only from the NGOs marked '*'
    (annex III), so no State attended both; the query answers, with no row."""
    store, _ = engines
    result = execute(store, named_queries()["common-attendance"])
    assert result.rows == []
