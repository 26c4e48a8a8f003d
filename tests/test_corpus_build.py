"""Corpus builds (builder/corpus.py): parallel, cached, incremental.

The corpus here is the sample under other symbols (each copy its own report,
as in tests/test_atomic.py). Every output a build writes (graph.trig,
graph.ttl, build-report.json, shards/*.nq) must be byte-identical whichever
way it was produced: serial or parallel, from the cache or cold. What a
build did is read from its result's counters (`built`: extracted in this
run; `cached`: taken from the cache), never from timings.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset

from builder import corpus
from builder.corpus import Options, build_corpus, shard_name
from builder.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
FILES = ("graph.trig", "graph.ttl", "build-report.json")


def variant(n: int, text: str = TEXT) -> str:
    return text.replace("TPNW/MSP/2023/14", f"TPNW/MSP/2023/{900 + n}")


def write(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in numbers:
        (folder / f"r{n:03d}.zh.txt").write_text(variant(n), encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    files = {name: (out / name).read_bytes() for name in FILES}
    for shard in sorted((out / "shards").glob("*.nq")):
        files[f"shards/{shard.name}"] = shard.read_bytes()
    return files


def graphs_in_trig(out: Path) -> set[str]:
    dataset = Dataset()
    dataset.parse(out / "graph.trig", format="trig")
    return {str(g.identifier) for g in dataset.graphs() if len(g)}


def store_graphs(out: Path) -> set[str]:
    return {g.value for g in open_store(out / "store").named_graphs()}


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    """Four reports built in one process, without validation (cheap), once."""
    root = tmp_path_factory.mktemp("corpus")
    src = write(root / "src", range(1, 5))
    out = root / "serial"
    result = build_corpus([src], out, options=Options(validate=False), jobs=1)
    return root, src, out, result


def test_corpus_builds_every_report(serial):
    _, _, out, result = serial
    assert (result.built, result.cached) == (4, 0)
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert report["summary"]["built"] == 4
    expected = {f"https://w3id.org/unkg/id/document/TPNW/MSP/2023/{900 + n}" for n in range(1, 5)}
    assert graphs_in_trig(out) == expected
    assert store_graphs(out) == expected
    assert sorted(p.name for p in (out / "shards").glob("*.nq")) == [f"TPNW_MSP_2023_{900 + n}.nq" for n in range(1, 5)]


def test_corpus_parallel_equals_serial_byte_for_byte(serial):
    root, src, out, _ = serial
    parallel = root / "parallel"
    result = build_corpus([src], parallel, options=Options(validate=False), jobs=2)
    assert result.built == 4
    assert outputs(parallel) == outputs(out)


def test_corpus_cache_hit_skips_extraction(serial, monkeypatch):
    root, src, out, _ = serial
    again = root / "again"
    shutil.copytree(out, again)

    def no_extraction(*args, **kwargs):
        raise AssertionError("a cached report was extracted again")

    monkeypatch.setattr(corpus, "run_job", no_extraction)
    result = build_corpus([src], again, options=Options(validate=False), jobs=1)
    assert (result.built, result.cached) == (0, 4)
    assert result.store_changes["loaded"] == 0 and result.store_changes["removed"] == 0
    assert outputs(again) == outputs(out)


def test_corpus_one_changed_report_rebuilds_only_it(serial):
    root, src, out, _ = serial
    work, changed_src = root / "changed", root / "changed-src"
    shutil.copytree(out, work)
    shutil.copytree(src, changed_src)
    kept = {p.name: p.read_bytes() for p in (work / "shards").glob("*.nq")}
    # Report 903 loses an observer State: 「安道尔、」 is struck from paragraph 14.
    text = variant(3).replace("下列 35 个国家", "下列 34 个国家").replace("安道尔、", "", 1)
    (changed_src / "r003.zh.txt").write_text(text, encoding="utf-8")
    result = build_corpus([changed_src], work, options=Options(validate=False), jobs=1)
    assert (result.built, result.cached) == (1, 3)
    assert result.store_changes == {"loaded": 1, "removed": 1, "quads_loaded": result.store_changes["quads_loaded"]}
    now = {p.name: p.read_bytes() for p in (work / "shards").glob("*.nq")}
    assert [name for name in sorted(now) if now[name] != kept[name]] == ["TPNW_MSP_2023_903.nq"]
    # The same bytes a cold build of the changed corpus writes.
    cold = root / "changed-cold"
    build_corpus([changed_src], cold, options=Options(validate=False), jobs=1, use_cache=False)
    assert outputs(work) == outputs(cold)
    from builder.query import execute

    andorra = execute(open_store(work / "store"), """
        PREFIX unkg: <https://w3id.org/unkg/ontology#>
        SELECT ?g WHERE { GRAPH ?g { ?a unkg:participant <https://w3id.org/unkg/id/state/AND> ;
                                        unkg:role unkg:ObserverState } } ORDER BY ?g""")
    assert [row[0].value.rsplit("/", 1)[-1] for row in andorra.rows] == ["901", "902", "904"]


def test_corpus_deleted_report_loses_its_graph(serial):
    root, src, out, _ = serial
    work, fewer = root / "deleted", root / "fewer-src"
    shutil.copytree(out, work)
    shutil.copytree(src, fewer)
    (fewer / "r002.zh.txt").unlink()
    result = build_corpus([fewer], work, options=Options(validate=False), jobs=1)
    assert (result.built, result.cached) == (0, 3)
    gone = "https://w3id.org/unkg/id/document/TPNW/MSP/2023/902"
    assert gone not in graphs_in_trig(work)
    assert gone not in store_graphs(work) and len(store_graphs(work)) == 3
    assert not (work / "shards" / "TPNW_MSP_2023_902.nq").exists()
    cold = root / "fewer-cold"
    build_corpus([fewer], cold, options=Options(validate=False), jobs=1, use_cache=False)
    assert outputs(work) == outputs(cold)


def test_corpus_force_rebuilds_everything(serial):
    root, src, out, _ = serial
    work = root / "forced"
    shutil.copytree(out, work)
    result = build_corpus([src], work, options=Options(validate=False), jobs=1, force=True)
    assert (result.built, result.cached) == (4, 0)
    assert outputs(work) == outputs(out)


def test_corpus_builder_change_invalidates_the_cache(serial, monkeypatch):
    root, src, out, _ = serial
    work = root / "new-gazetteer"
    shutil.copytree(out, work)
    monkeypatch.setattr(corpus, "fingerprint", lambda: "a changed gazetteer")
    result = build_corpus([src], work, options=Options(validate=False), jobs=1)
    assert result.built == 4


def test_corpus_fingerprint_covers_data_shapes_and_ontology():
    from builder.resources import data_dir, ontology_file, shapes_files

    names = {"states.tsv", "organizations.tsv", "meeting_series.tsv"}
    assert names <= {p.name for p in data_dir().iterdir()}
    assert ontology_file().is_file() and shapes_files()
    assert corpus.fingerprint() == corpus.fingerprint()


def test_corpus_options_are_part_of_the_key(serial):
    root, src, out, _ = serial
    work = root / "validated"
    shutil.copytree(out, work)
    result = build_corpus([src], work, options=Options(validate=True), jobs=1)
    assert result.built == 4  # validation was off before: nothing to reuse
    report = json.loads((work / "build-report.json").read_text(encoding="utf-8"))
    assert all(entry["shacl"]["conforms"] for entry in report["inputs"])


def test_corpus_build_report_equals_the_api_build(tmp_path):
    """Errors, duplicates and validation: the same build-report.json as builder.build."""
    from builder.build_output import serialize
    from builder.pipeline import build

    src = tmp_path / "src"
    src.mkdir()
    shutil.copyfile(SAMPLE, src / "a-sample.txt")
    shutil.copyfile(SAMPLE, src / "b-copy.txt")  # the same content again
    (src / "c-empty.txt").write_text("  \n", encoding="utf-8")
    (src / "d-same-symbol.txt").write_text(TEXT.replace("会议主席", "会议主席 ", 1), encoding="utf-8")
    api = serialize(build([src]))["build-report.json"]
    result = build_corpus([src], tmp_path / "out", jobs=1, store=False)  # (the store adds "cross_report")
    assert (tmp_path / "out" / "build-report.json").read_bytes() == api
    assert len(result.failed) == 3


def test_corpus_shard_names_are_unique():
    assert shard_name("TPNW/MSP/2023/INF/1/Add.1") == "TPNW_MSP_2023_INF_1_Add.1.nq"
    assert shard_name("A/B_C") != shard_name("A_B/C")
    assert shard_name("S/RES/2231 (2015)") == "S_RES_2231%20%282015%29.nq"


def test_corpus_progress_lines_when_not_a_terminal(tmp_path):
    import io

    src = write(tmp_path / "src", [1, 2])
    stream = io.StringIO()
    build_corpus([src], tmp_path / "out", options=Options(validate=False), jobs=1, quiet=False,
                 progress_stream=stream)
    assert "2/2 reports built" in stream.getvalue() and "reports/s" in stream.getvalue()
    quiet = io.StringIO()
    build_corpus([src], tmp_path / "out2", options=Options(validate=False), jobs=1, quiet=True, progress_stream=quiet)
    assert quiet.getvalue() == ""


def test_corpus_cli_build_twice_uses_the_cache(tmp_path):
    src = write(tmp_path / "src", [1, 2])
    command = [sys.executable, "-m", "builder", "build", str(src), "--out", str(tmp_path / "out"), "--no-validate"]
    first = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "0 extracted, 2 from the cache" in second.stdout
    assert "unkg: 2/2 reports built" in first.stderr  # plain progress lines: stderr is not a terminal


def test_corpus_no_cross_report_shapes():
    """Each report's graph is validated alone: no shape reaches across reports."""
    assert corpus.cross_report_shapes() == []


def test_corpus_union_check_leaves_out_nodes_one_report_alone_states(tmp_path):
    """Evidence nodes are minted under their report's key, so that no other
    report's graph can state them: the union check, which exists for nodes that
    several reports state, leaves their constraints out (and keeps the others)."""
    from rdflib.namespace import RDF

    from builder.namespace import UNKG
    from builder.pipeline import Backend, build_one

    constraints = corpus.union_constraints()
    assert constraints and not [c for c in constraints if str(UNKG.Evidence) in c.classes]
    assert [c for c in constraints if str(UNKG.Meeting) in c.classes and c.path == str(UNKG.startDate)]
    for n in (1, 2):
        path = tmp_path / f"r{n}.txt"
        path.write_text(variant(n), encoding="utf-8")
        graph = build_one(path, backend=Backend(new_graph=corpus.RowGraph, validate=corpus._fast_validate)).graph
        report = str(graph.identifier)
        scope = corpus.report_scope(report)
        evidence = [str(node) for node in graph.subjects(RDF.type, UNKG.Evidence)]
        assert evidence and all(node.startswith(scope) for node in evidence)
        for s_, p_, o_ in graph:  # and only evidence nodes are in that scope
            assert not str(s_).startswith(scope) or (s_, RDF.type, UNKG.Evidence) in graph


def _key_of(node: str, base: str) -> str:
    assert node.startswith(base), node
    return node[len(base):]


def test_corpus_union_check_leaves_out_values_the_iri_determines(sample_path):
    """An attendance, office, adoption or treaty action is minted from the
    values KEY_DETERMINED names for it, so its IRI fixes them and no union of
    graphs can give it a second one: on the sample and every held-out report,
    each such node's IRI is rebuilt from those values (the role or action a
    single word of a closed list, so the rebuilding reads one way), and the
    union check asks nothing about them (while it still checks the others)."""
    from rdflib.namespace import RDF

    from builder.iri import DEFAULT_BASE as base
    from builder.namespace import UNKG
    from builder.pipeline import Backend, build_one

    ont = str(UNKG)
    local = lambda term: _key_of(str(term), ont)  # noqa: E731
    rebuild = {
        "Attendance": lambda v: f"attendance/{_key_of(v['meeting'], base + 'meeting/')}/{local(v['role'])}/"
                                f"{_key_of(v['participant'], base)}",
        "Office": lambda v: f"office/{_key_of(v['meeting'], base + 'meeting/')}/{local(v['role'])}/"
                            f"{_key_of(v['holder'], base)}",
        "Adoption": lambda v: f"adoption/{_key_of(v['adoptedBy'], base)}/{_key_of(v['item'], base)}",
        "TreatyAction": lambda v: f"treaty-action/{_key_of(v['state'], base + 'state/')}/{local(v['action'])}/"
                                  f"{_key_of(v['treaty'], base + 'treaty/')}",
    }
    assert set(corpus.KEY_DETERMINED) == {ont + cls for cls in rebuild}
    reports = [sample_path, *sorted((Path(__file__).parent / "fixtures").glob("heldout*/*.zh.txt"))]
    seen = {cls: 0 for cls in rebuild}
    for path in reports:
        graph = build_one(path, backend=Backend(new_graph=corpus.RowGraph, validate=corpus._fast_validate)).graph
        for cls, make in rebuild.items():
            for node in graph.subjects(RDF.type, UNKG[cls]):
                values = {}
                for prop in corpus.KEY_DETERMINED[ont + cls]:
                    found = list(graph.objects(node, UNKG[local(prop)]))
                    assert len(found) == 1, (path.name, node, prop)
                    values[local(prop)] = str(found[0])
                assert str(node) == base + make(values), (path.name, node, values)
                seen[cls] += 1
    assert all(seen.values()), seen
    constraints = corpus.union_constraints()
    checked = {(cls, c.path) for c in constraints if c.kind == "maxCount" for cls in c.classes}
    for cls, props in corpus.KEY_DETERMINED.items():
        assert not {(cls, p) for p in props} & checked
    assert (str(UNKG.Office), str(UNKG.onBehalfOf)) in checked and (str(UNKG.Adoption), str(UNKG.date)) in checked


def test_corpus_memory_stays_flat(tmp_path, monkeypatch):
    """The main process holds metadata, not graphs: its memory does not grow with the corpus."""
    import resource

    from builder.store import StoreWriter

    if os.environ.get("UNKG_SKIP_MEMORY"):
        pytest.skip("UNKG_SKIP_MEMORY is set")
    # Oxigraph's bulk loader holds one batch in memory (up to 32 MB of N-Quads, some
    # 100 MB loaded): with batches of 1 MB, the six reports below fill several, as a
    # large corpus fills many, and what a batch costs is not growth with the corpus.
    monkeypatch.setattr(StoreWriter, "BATCH_BYTES", 1 << 20)
    # A build of one report first: what any build costs once (imports, the store
    # engine, the gazetteer) is not growth with the corpus either.
    build_corpus([write(tmp_path / "one", range(1, 2))], tmp_path / "warm", options=Options(validate=False), jobs=2)
    src = write(tmp_path / "src", range(1, 7))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    build_corpus([src], tmp_path / "out", options=Options(validate=False), jobs=2)
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert (after - before) * 1024 < 64 * 2**20  # six 8,000-triple graphs would be well over that in rdflib


def test_corpus_cross_report_disagreement_is_reported(tmp_path):
    """Two reports, each valid alone, give the meeting different opening
    dates: the union has two unkg:startDate (Meeting-startDate, sh:maxCount 1).
    Found on a cold build, kept by an unchanged rebuild, gone when the report
    is fixed; incremental and cold builds write the same report."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(variant(1), encoding="utf-8")
    moved = variant(2).replace("2023 年 11 月 27 日至 12 月 1 日", "2023 年 11 月 28 日至 12 月 1 日")
    assert moved != variant(2)
    (src / "b.txt").write_text(moved, encoding="utf-8")
    out = tmp_path / "out"
    result = build_corpus([src], out, options=Options(validate=False), jobs=1)
    [finding] = [f for f in result.cross_report if f["shape"].endswith("#Meeting-startDate")]
    assert finding["focus"] == "https://w3id.org/unkg/id/meeting/tpnw-msp-2"
    assert finding["reports"] == [f"https://w3id.org/unkg/id/document/TPNW/MSP/2023/{n}" for n in (901, 902)]
    report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
    assert finding in report["cross_report"]["violations"]
    again = build_corpus([src], out, options=Options(validate=False), jobs=1)
    assert again.built == 0 and again.cross_report == result.cross_report
    (src / "b.txt").write_text(variant(2), encoding="utf-8")
    fixed = build_corpus([src], out, options=Options(validate=False), jobs=1)
    assert fixed.built == 1
    assert not [f for f in fixed.cross_report if f["shape"].endswith("#Meeting-startDate")]
    cold = tmp_path / "cold"
    build_corpus([src], cold, options=Options(validate=False), jobs=1, use_cache=False)
    assert outputs(out) == outputs(cold)


def test_corpus_store_update_error_leaves_the_outputs(tmp_path, monkeypatch):
    """An existing store is updated in a thread beside the dumps: an error
    there reaches the caller, and the build report is not replaced."""
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(variant(1), encoding="utf-8")
    out = tmp_path / "out"
    build_corpus([src], out, options=Options(validate=False), jobs=1)
    before = (out / "build-report.json").read_bytes()
    (src / "b.txt").write_text(variant(2), encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("store broke")

    monkeypatch.setattr(corpus, "update_store", broken)
    with pytest.raises(RuntimeError, match="store broke"):
        build_corpus([src], out, options=Options(validate=False), jobs=1)
    assert (out / "build-report.json").read_bytes() == before


def test_corpus_row_graph_evidence_check_equals_rdflib(tmp_path):
    """check_evidence's pass over a RowGraph's rows finds what its rdflib
    path finds, on a report with a wrong quote and an incomplete evidence node."""
    from rdflib import Graph, Literal, URIRef

    from builder.namespace import RDF, UNKG, XSD
    from builder.pipeline import Backend, build_one
    from builder.validate import check_evidence

    path = tmp_path / "r.txt"
    path.write_text(variant(1), encoding="utf-8")
    built = build_one(path, backend=Backend(new_graph=corpus.RowGraph, validate=corpus._fast_validate)).graph
    wrong = sorted(built.subjects(RDF.type, UNKG.Evidence))[0]
    rows = corpus.RowGraph(built.identifier)
    for s_, p_, o_ in built:
        if not (s_ == wrong and p_ == UNKG.quote):
            rows.add((s_, p_, o_))
    rows.add((wrong, UNKG.quote, Literal("不是原文", datatype=XSD.string)))
    incomplete = URIRef(str(wrong) + "x")
    rows.add((incomplete, RDF.type, UNKG.Evidence))
    rows.add((incomplete, UNKG.charStart, Literal(1)))
    plain = Graph()
    for triple in rows:
        plain.add(triple)
    source = path.read_text(encoding="utf-8")
    found = check_evidence(rows, source)
    assert found == check_evidence(plain, source)
    assert len(found) == 2 and any("incomplete" in p for p in found)


def test_corpus_rebuild_copies_unchanged_pieces_from_the_last_dumps(tmp_path, monkeypatch):
    """After one report changes, graph.trig and graph.ttl take the other
    reports' bytes from their last version (one piece is read from the
    cache), and are byte for byte what a cold build writes; a dump edited
    since is not copied from, but rewritten whole."""
    src = write(tmp_path / "src", range(1, 5))
    out = tmp_path / "out"
    build_corpus([src], out, options=Options(validate=False), jobs=1)
    read = []
    real = corpus._piece
    monkeypatch.setattr(corpus, "_piece", lambda meta, cache, kind: read.append(kind) or real(meta, cache, kind))
    changed = src / "r002.zh.txt"
    changed.write_text(variant(2).replace("2023 年 11 月 27 日至 12 月 1 日", "2023 年 11 月 27 日至 12 月 2 日"),
                       encoding="utf-8")
    assert build_corpus([src], out, options=Options(validate=False), jobs=1).built == 1
    assert read.count("ttl") == 1
    cold = tmp_path / "cold"
    build_corpus([src], cold, options=Options(validate=False), jobs=1, use_cache=False)
    assert outputs(out) == outputs(cold)
    # graph.ttl edited by hand (same size): not a source to copy from any more.
    ttl = out / "graph.ttl"
    ttl.write_bytes(ttl.read_bytes().replace(b"unkg:", b"UNKG:", 1))
    changed.write_text(variant(2), encoding="utf-8")
    read.clear()
    assert build_corpus([src], out, options=Options(validate=False), jobs=1).built == 1
    assert read.count("ttl") == 4
    build_corpus([src], cold, options=Options(validate=False), jobs=1, use_cache=False)
    assert outputs(out) == outputs(cold)


def test_a_job_turns_the_cyclic_collector_off_only_while_it_runs(tmp_path, monkeypatch):
    # run_job builds with the collector off (a report makes no cycles; the
    # collections its allocations triggered cost a tenth of its time), then
    # collects once and gives the caller back the collector as it found it.
    import gc

    seen = []
    real = corpus._run_job

    def spy(*args):
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(corpus, "_run_job", spy)
    path = tmp_path / "r.zh.txt"
    path.write_text(TEXT, encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable()
        meta = corpus.run_job(corpus.Job(str(path), None), Options(), None)
        assert meta["status"] == "ok" and seen == [False] and gc.isenabled()
        gc.disable()
        corpus.run_job(corpus.Job(str(path), None), Options(), None)
        assert seen == [False, False] and not gc.isenabled()
        # a job that fails gives it back as well
        monkeypatch.setattr(corpus, "_run_job", lambda *args: 1 / 0)
        gc.enable()
        assert corpus.run_job(corpus.Job(str(path), None), Options(), None)["status"] == "error"
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
