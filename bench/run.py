"""Measure corpus builds and queries; write docs/benchmarks.md.

A measurement, not a test (CI does not time it). It generates corpora with
bench/generate.py (10, 100, 1,000, 10,000 reports by default), then measures,
each in a fresh Python process so that peak memory is its own:

* cold builds (no cache, no store): seconds, reports/s, triples/s, peak RSS
  of the main process and of the largest worker, time per phase;
* the extract + emit + validate rate on sample-sized reports (copies of the
  sample under other symbols), in the workers, without cache or store;
* rebuilds of the 1,000-report corpus: nothing changed, one report changed
  (in-process, and the whole `unkg build` command with interpreter start);
* the naive path beside it, where it finishes in reasonable time: builder.build
  (rdflib in memory, pySHACL per report) + rdflib's serializers + pySHACL over
  the whole graph;
* the competency queries (queries/*.rq, each asked about one meeting through
  its VALUES line, and unbound over the whole corpus up to 1,000 reports) on
  each corpus's store, and on a store of at least 10 million triples made by
  replicating generated graphs.

    python bench/run.py                          # everything (about an hour on 2 cores)
    python bench/run.py --sizes 10 100 1000      # the quicker part
    python bench/run.py --only queries --sizes 1000

Results go to bench/out/results.json (merged across runs) and docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PY = sys.executable
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
BASE = "https://w3id.org/unkg/id/"
SHARED = ("state/", "organization/", "treaty/", "series/")

# The five competency questions of the brief, asked about one meeting (or one
# report) with its IRI written into the patterns ({meeting}, {report}): the
# form a client asking about one meeting would send. Measured beside the named
# queries (queries/*.rq), which take their parameter in a VALUES clause.
COMPETENCY = {
    "attendance by role": """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT ?role ?participant (MIN(?name) AS ?label) WHERE {{
  ?a unkg:meeting <{meeting}> ; unkg:role ?role ; unkg:participant ?participant .
  OPTIONAL {{ ?participant rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }}
  OPTIONAL {{ ?participant rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en")) }}
  BIND(COALESCE(STR(?zh), STR(?en)) AS ?name)
}} GROUP BY ?role ?participant ORDER BY ?role ?participant""",
    "observer states": """PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT DISTINCT ?state ?iso3 WHERE {{
  ?a unkg:meeting <{meeting}> ; unkg:role unkg:ObserverState ; unkg:participant ?state .
  ?state unkg:iso3 ?iso3 .
}} ORDER BY ?iso3""",
    "offices": """PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT ?role ?holder ?for WHERE {{
  ?o unkg:meeting <{meeting}> ; a unkg:Office ; unkg:role ?role ; unkg:holder ?holder .
  OPTIONAL {{ ?o unkg:onBehalfOf ?for }}
}} ORDER BY ?role ?holder""",
    "adopted": """PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT DISTINCT ?item ?symbol ?plenary WHERE {{
  <{meeting}> unkg:adopted ?item .
  OPTIONAL {{ ?item unkg:symbol ?symbol }}
  OPTIONAL {{ ?plenary unkg:partOf <{meeting}> ; unkg:adopted ?item }}
}} ORDER BY ?symbol ?item""",
    "citations": """PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT DISTINCT ?cited ?symbol WHERE {{
  <{report}> unkg:references+ ?cited .
  FILTER (?cited != <{report}>)
  OPTIONAL {{ ?cited unkg:symbol ?symbol }}
}} ORDER BY ?symbol ?cited""",
}


# --------------------------------------------------------------------------
# Helpers


def run_child(code: str, timeout: float | None = None) -> dict:
    """Run Python code in a fresh process; it prints one JSON object last."""
    wrapped = textwrap.dedent("""
        import json, resource, sys, time
        sys.path.insert(0, {root!r}); sys.path.insert(0, {bench!r})
        def _rss():
            self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            return {{"rss_main_mb": self_kb / 1024, "rss_worker_mb": child_kb / 1024}}
        def main():
        {body}
        if __name__ == "__main__":
            out = main()
            out.update(_rss())
            print("RESULT " + json.dumps(out))
    """).format(root=str(ROOT), bench=str(BENCH), body=textwrap.indent(textwrap.dedent(code), "    "))
    script = BENCH / "out" / "_child.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(wrapped, encoding="utf-8")
    proc = subprocess.run([PY, str(script)], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(lines[-1][7:])


def corpus_dir(work: Path, size: int) -> Path:
    folder = work / "corpus" / str(size)
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != size:
        sys.path.insert(0, str(BENCH))
        from generate import write_corpus

        if folder.exists():
            shutil.rmtree(folder)
        write_corpus(folder, size)
    return folder


def sample_corpus(work: Path, size: int) -> Path:
    folder = work / "sample-copies" / str(size)
    if not folder.is_dir() or len(list(folder.glob("*.txt"))) != size:
        folder.mkdir(parents=True, exist_ok=True)
        text = SAMPLE.read_text(encoding="utf-8")
        for n in range(size):
            (folder / f"s{n:04d}.zh.txt").write_text(text.replace("TPNW/MSP/2023/14", f"TPNW/MSP/2023/{1000 + n}"),
                                                     encoding="utf-8")
    return folder


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Measurements


BUILD_CODE = """
from pathlib import Path
import threading
import builder.corpus as corpus
from builder.corpus import Options, build_corpus
# The main process's resident memory, sampled every 0.2 s, its peak kept per
# phase of the build (what the build is doing when the sample is taken).
phase, peaks = ["scan"], {{}}
def _now_mb():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024
def _sample():
    while True:
        peaks[phase[0]] = max(peaks.get(phase[0], 0), _now_mb())
        time.sleep(0.2)
def _tagged(name, fn):
    def run(*args, **kwargs):
        phase[0] = name
        try:
            return fn(*args, **kwargs)
        finally:
            peaks[name] = max(peaks.get(name, 0), _now_mb())
    return run
for _name, _attr in (("build", "_run_all"), ("shards", "write_shards"), ("store", "update_store"), ("dumps", "write_dumps")):
    setattr(corpus, _attr, _tagged(_name, getattr(corpus, _attr)))
threading.Thread(target=_sample, daemon=True).start()
started = time.perf_counter()
result = build_corpus([{src!r}], Path({out!r}), options=Options(), jobs={jobs}, store={store},
                      use_cache={use_cache}, force={force})
peaks["end"] = _now_mb()
from builder.corpus import fingerprint
return {{"seconds": time.perf_counter() - started, "code": fingerprint()[:12], "built": result.built, "cached": result.cached,
        "triples": result.triples, "reports": len(result.metas), "timings": result.timings,
        "store": result.store_changes, "failed": len(result.failed), "invalid": len(result.invalid),
        "rss_by_phase_mb": {{k: round(v, 1) for k, v in peaks.items()}}}}
"""


def cold_build(work: Path, size: int, jobs: int, store: bool = True) -> dict:
    src = corpus_dir(work, size)
    out = work / "build" / str(size)
    if out.exists():
        shutil.rmtree(out)
    code = BUILD_CODE.format(src=str(src), out=str(out), jobs=jobs, store=store, use_cache=True, force=True)
    return run_child(code)


def rebuilds(work: Path, size: int, jobs: int, runs: int = 3) -> dict:
    """No-change and one-change rebuilds of a built corpus (in process and by the CLI)."""
    src = corpus_dir(work, size)
    out = work / "build" / str(size)
    if not (out / "build-report.json").exists():
        cold_build(work, size, jobs)
    results = {}
    code = BUILD_CODE.format(src=str(src), out=str(out), jobs=jobs, store=True, use_cache=True, force=False)
    warm = run_child(code)  # in step with builder/ as it is now (its code is part of the cache key)
    results["warm_up_built"] = warm["built"]
    results["unchanged"] = run_child(code)
    victim = sorted(src.glob("*.txt"))[size // 2]
    original = victim.read_bytes()
    # Each one-report rebuild is timed several times (the report changed,
    # then restored: two rebuilds per round); the medians go in the table.
    try:
        singles, cli = [], []
        for n in range(runs):
            victim.write_bytes(original + b"\n" * (n + 1))
            singles.append(run_child(code))
            victim.write_bytes(original)
            singles.append(run_child(code))
        for n in range(runs):
            victim.write_bytes(original + b"\n" * (runs + n + 1))
            started = time.perf_counter()
            # `python -m builder` from ROOT: the builder of this checkout (the
            # installed `unkg` script may point at another one).
            proc = subprocess.run([PY, "-m", "builder", "build", str(src), "--out", str(out), "-q"],
                                  capture_output=True, text=True, cwd=ROOT)
            cli.append(time.perf_counter() - started)
            results["one_changed_cli_status"] = proc.returncode
    finally:
        victim.write_bytes(original)
    ranked = sorted(singles, key=lambda r: r["seconds"])
    results["one_changed"] = ranked[len(ranked) // 2]  # the median run, with its phases
    results["one_changed_runs"] = [r["seconds"] for r in singles]
    results["one_changed_cli_seconds"] = statistics.median(cli)
    results["one_changed_cli_runs"] = cli
    run_child(code)  # back in step with the corpus
    return results


def sample_rate(work: Path, size: int, jobs: int) -> dict:
    """Extract + emit + validate on sample-sized reports, in the workers, no cache, no store."""
    src = sample_corpus(work, size)
    out = work / "build" / f"sample-{size}"
    if out.exists():
        shutil.rmtree(out)
    code = BUILD_CODE.format(src=str(src), out=str(out), jobs=jobs, store=False, use_cache=False, force=True)
    return run_child(code)


NAIVE_CODE = """
from pathlib import Path
import pyshacl
from rdflib import Graph
from builder.pipeline import build
from builder.build_output import write_outputs
from builder.validate import ontology_graph, shapes_graph
started = time.perf_counter()
result = build([{src!r}])
t_build = time.perf_counter() - started
write_outputs(result, Path({out!r}))
t_write = time.perf_counter() - started - t_build
union = Graph()
for s, p, o, _ in result.dataset.quads((None, None, None, None)):
    union.add((s, p, o))
t0 = time.perf_counter()
pyshacl.validate(union, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none",
                 allow_warnings=True)
t_whole = time.perf_counter() - t0
return {{"seconds": time.perf_counter() - started, "build_with_pyshacl_per_report": t_build, "serialize": t_write,
        "pyshacl_whole_graph": t_whole, "triples": len(union), "reports": len(result.reports)}}
"""


def naive(work: Path, size: int) -> dict:
    src = corpus_dir(work, size)
    out = work / "naive" / str(size)
    if out.exists():
        shutil.rmtree(out)
    return run_child(NAIVE_CODE.format(src=str(src), out=str(out)))


def queries() -> dict[str, str]:
    """The named queries (queries/*.rq), if there are any."""
    try:
        sys.path.insert(0, str(ROOT))
        from builder.queries import named_queries

        return named_queries()
    except (ImportError, FileNotFoundError):
        return {}


def bind(text: str, meeting: str, report: str, meeting2: str) -> str | None:
    """The query asked about one meeting (or report): its commented VALUES line
    filled in, or its VALUES pair of meetings replaced. None: no parameter."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        match = re.match(r"\s*#\s*(VALUES\s+\?(\w+)\s*\{\s*)<[^>]+>(\s*\}.*)", line)
        if match:
            value = report if match.group(2) in ("report", "document") else meeting
            lines[i] = f"  {match.group(1)}<{value}>{match.group(3)}"
            return "\n".join(lines)
        if re.match(r"\s*VALUES\s*\(\?meeting1\s+\?meeting2\)", line) and i + 1 < len(lines) \
                and "(<" in lines[i + 1]:
            lines[i + 1] = f"    (<{meeting}> <{meeting2}>)"
            return "\n".join(lines)
    return None


QUERY_CODE = """
import statistics
from builder.store import open_store
from builder.query import execute
store = open_store({store!r})
out = {{}}
queries = {queries!r}
for name, text in queries.items():
    times, rows = [], None
    for i in range({runs}):
        t = time.perf_counter()
        result = execute(store, text)
        times.append(time.perf_counter() - t)
        rows = len(result.rows)
        if times[-1] > 20:
            break
    out[name] = {{"median_ms": 1000 * statistics.median(times), "first_ms": 1000 * times[0], "rows": rows}}
count = execute(store, "SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}")
return {{"queries": out, "quads": int(count.rows[0][0].value)}}
"""


def pick(store: Path) -> tuple[str, str, str]:
    """A meeting, its report and a second meeting of the corpus in the store."""
    code = f"""
from builder.store import open_store
from builder.query import execute
r = execute(open_store({str(store)!r}), '''PREFIX unkg: <https://w3id.org/unkg/ontology#>
SELECT ?report ?meeting WHERE {{ ?report unkg:reportOf ?meeting }} ORDER BY ?report LIMIT 2''')
return {{"pairs": [[row[0].value, row[1].value] for row in r.rows]}}
"""
    pairs = run_child(code)["pairs"]
    return pairs[0][1], pairs[0][0], pairs[-1][1]


def time_queries(store: Path, bound_only: bool, runs: int = 5, named: bool = True) -> dict:
    meeting, report, meeting2 = pick(store)
    texts = {f"competency: {name}": text.format(meeting=meeting, report=report) for name, text in COMPETENCY.items()}
    for name, text in (queries() if named else {}).items():
        bound = bind(text, meeting, report, meeting2)
        if bound is not None:
            texts[f"{name} (one meeting)"] = bound
        if not bound_only:
            texts[f"{name} (whole corpus)"] = text
    return run_child(QUERY_CODE.format(store=str(store), queries=texts, runs=runs))


REPLICATE_CODE = """
from pathlib import Path
import re, shutil
from builder.store import StoreWriter
shards = sorted(Path({shards!r}).glob("*.nq"))
target = Path({store!r})
if target.exists():
    shutil.rmtree(target)
writer = StoreWriter(target).open()
base = {base!r}
shared = {shared!r}
pattern = re.compile("<" + re.escape(base) + "(?!" + "|".join(map(re.escape, shared)) + ")")
need = {quads}
per_copy = sum(len(p.read_bytes().splitlines()) for p in shards)
copies = -(-need // per_copy)
def pieces():
    for k in range(copies):
        for path in shards:
            data = path.read_text(encoding="utf-8")
            graph = data[data.rindex(" <", 0, data.index(" .\\n")) + 2 : data.index(" .\\n") - 1]
            if k:
                renamed = "<" + base + "copy-%d/" % k
                data = pattern.sub(renamed, data)
                graph = pattern.sub(renamed, "<" + graph)[1:]
            yield graph, data.encode("utf-8")
t = time.perf_counter()
writer.load(pieces(), {{"copies": str(copies)}})
writer.close()
return {{"copies": copies, "quads": copies * per_copy, "load_seconds": time.perf_counter() - t}}
"""


def replicated_store(work: Path, size: int, quads: int) -> tuple[Path, dict]:
    shards = work / "build" / str(size) / "shards"
    if not shards.is_dir():
        cold_build(work, size, 2)
    store = work / "store-10m"
    info = run_child(REPLICATE_CODE.format(shards=str(shards), store=str(store), base=BASE, shared=SHARED,
                                           quads=quads))
    return store, info


# --------------------------------------------------------------------------
# The report


def fmt(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def write_markdown(results: dict, path: Path) -> None:
    machine = results.get("machine", {})
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.py` (do not edit by hand); raw figures in `bench/out/results.json`.",
        f"Machine: {machine.get('cpus')} cores ({machine.get('cpu')}), {machine.get('memory_gb')} GiB, "
        f"Python {machine.get('python')}, pyoxigraph {machine.get('pyoxigraph')}; "
        f"measured {machine.get('date')}. The machine was shared with other work while measuring: "
        "figures are wall-clock and can be off by some tens of percent.",
        "",
        "Corpora are generated by `bench/generate.py` (reports in the sample's format with varied content); "
        "'sample-sized' are copies of the sample report (7,800 triples each) under other symbols.",
        "",
    ]
    cold = results.get("cold", {})
    if cold:
        lines += [
            "## Cold builds (no cache)",
            "",
            "Everything a `unkg build` does: extract, emit, validate (fast SHACL engine, in the workers), "
            "write graph.trig, graph.ttl, build-report.json and the shards, and load the Oxigraph store.",
            "",
            "| reports | triples | seconds | reports/s | triples/s | extract+emit+validate s | dumps s | store s "
            "| peak RSS main MB | peak RSS worker MB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        current = results.get("code")
        earlier = False
        for size in sorted(cold, key=int):
            r = cold[size]
            t = r.get("timings", {})
            mark = ""
            if current and r.get("code") != current:
                mark, earlier = " ¹", True
            lines.append(
                f"| {int(size):,}{mark} | {r['triples']:,} | {fmt(r['seconds'])} | {fmt(r['reports'] / r['seconds'])} "
                f"| {fmt(r['triples'] / r['seconds'], 0)} | {fmt(t.get('build'))} | {fmt(t.get('dumps'))} "
                f"| {fmt(t.get('store'))} | {fmt(r['rss_main_mb'], 0)} | {fmt(r['rss_worker_mb'], 0)} |")
        if earlier:
            lines += ["", "¹ Measured with an earlier builder (not re-run with the code the other rows measure)."]
        lines.append("")
    memory = results.get("memory", {})
    if memory:
        phases = ("scan", "build", "shards", "store", "dumps", "end")
        lines += [
            "## Main-process memory by phase",
            "",
            "Peak resident memory of the main process during each phase of a cold build (`--only memory`: sampled "
            "every 0.2 s; the workers' peak beside it). 'build' is while the workers extract (the main process "
            "collects their results and the cache index); 'store' is the Oxigraph bulk load and the cross-report "
            "check; 'end' is after the build returns.",
            "",
            "| reports | " + " | ".join(phases) + " | peak RSS worker MB |",
            "|---:|" + "---:|" * (len(phases) + 1),
        ]
        for size in sorted(memory, key=int):
            by_phase = memory[size].get("rss_by_phase_mb", {})
            lines.append(f"| {int(size):,} | " + " | ".join(fmt(by_phase.get(p), 0) for p in phases)
                         + f" | {fmt(memory[size]['rss_worker_mb'], 0)} |")
        lines.append("")
    rate = results.get("sample_rate")
    if rate:
        lines += [
            "## Extract + emit + validate on sample-sized reports",
            "",
            "| reports | jobs | seconds (build phase) | reports/s | triples/s |",
            "|---:|---:|---:|---:|---:|",
        ]
        for key in sorted(rate):
            r = rate[key]
            build = r["timings"]["build"]
            lines.append(f"| {r['reports']:,} | {key.split('-')[-1]} | {fmt(build)} | {fmt(r['reports'] / build)} "
                         f"| {fmt(r['triples'] / build, 0)} |")
        lines.append("")
    rebuild = results.get("rebuilds", {})
    if rebuild:
        lines += ["## Rebuilds", "", "| corpus | what changed | seconds (in process) | extracted | from cache |",
                  "|---:|---|---:|---:|---:|"]
        for size in sorted(rebuild, key=int):
            r = rebuild[size]
            for what, label in (("unchanged", "nothing"), ("one_changed", "one report")):
                x = r[what]
                if what == "one_changed" and r.get("one_changed_runs"):
                    label += f" (median of {len(r['one_changed_runs'])} runs)"
                lines.append(f"| {int(size):,} | {label} | {fmt(x['seconds'], 2)} | {x['built']} | {x['cached']} |")
            label = "one report, whole `python -m builder build` command (interpreter start included"
            if r.get("one_changed_cli_runs"):
                label += f"; median of {len(r['one_changed_cli_runs'])} runs"
            lines.append(f"| {int(size):,} | {label}) | {fmt(r['one_changed_cli_seconds'], 2)} | 1 | {int(size) - 1:,} |")
        lines.append("")
    nv = results.get("naive", {})
    if nv:
        lines += ["## The naive path, beside it", "",
                  "`builder.build` (rdflib in memory, pySHACL per report), rdflib's TriG/Turtle serializers, and "
                  "pySHACL over the whole graph, in one process.", "",
                  "| reports | triples | seconds | reports/s | of which pySHACL whole graph s | peak RSS MB | "
                  "corpus build seconds (same corpus, cold) |",
                  "|---:|---:|---:|---:|---:|---:|---:|"]
        for size in sorted(nv, key=int):
            r = nv[size]
            ours = cold.get(size, {}).get("seconds")
            lines.append(f"| {int(size):,} | {r['triples']:,} | {fmt(r['seconds'])} | {fmt(r['reports'] / r['seconds'], 2)} "
                         f"| {fmt(r['pyshacl_whole_graph'])} | {fmt(r['rss_main_mb'], 0)} | {fmt(ours)} |")
        lines.append("")
    qs = results.get("queries", {})
    if qs:
        lines += ["## Competency queries", "",
                  "Median of 5 runs on the store (`open_store`, pyoxigraph), after the first. "
                  "'(one meeting)': the named query with its VALUES line bound to one meeting (or report); "
                  "'(whole corpus)': unbound.", ""]
        sizes = sorted(qs, key=lambda s: qs[s]["quads"])
        names = sorted({name for s in sizes for name in qs[s]["queries"]})
        lines.append("| query | " + " | ".join(f"{qs[s]['quads']:,} quads ({s}) ms" for s in sizes) + " |")
        lines.append("|---|" + "---:|" * len(sizes))
        for name in names:
            cells = []
            for s in sizes:
                q = qs[s]["queries"].get(name)
                cells.append(f"{fmt(q['median_ms'])} ({q['rows']:,} rows)" if q else "–")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
    notes = results.get("notes")
    if notes:
        lines += ["## Notes", "", *notes, ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def machine_info() -> dict:
    import pyoxigraph

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = int(Path("/proc/meminfo").read_text().split()[1]) / 2**20
    except OSError:
        memory = 0
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": round(memory), "python": platform.python_version(),
            "pyoxigraph": pyoxigraph.__version__, "date": time.strftime("%Y-%m-%d")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--work", default=str(BENCH / "out"))
    parser.add_argument("--only", nargs="+", choices=["cold", "rate", "rebuild", "naive", "queries", "10m", "memory"])
    parser.add_argument("--naive-max", type=int, default=100, help="largest corpus for the naive path")
    parser.add_argument("--rebuild-size", type=int, default=1000)
    parser.add_argument("--quads-10m", type=int, default=10_000_000)
    parser.add_argument("--markdown", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--reuse-10m", action="store_true", help="query the replicated store of an earlier run")
    parser.add_argument("--competency-only", action="store_true", help="time only the five competency questions")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results_path = work / "results.json"
    results = json.loads(results_path.read_text()) if results_path.exists() else {}
    results["machine"] = machine_info()
    sys.path.insert(0, str(ROOT))
    from builder.corpus import fingerprint

    results["code"] = fingerprint()[:12]  # the builder measured now (rows of another are marked)
    wanted = set(args.only or ["cold", "rate", "rebuild", "naive", "queries", "10m", "memory"])

    def save() -> None:
        results_path.write_text(json.dumps(results, indent=2, sort_keys=True))
        write_markdown(results, Path(args.markdown))

    for size in args.sizes:
        corpus_dir(work, size)
    if "rate" in wanted:
        for jobs in sorted({1, args.jobs}):
            log(f"sample-sized rate, jobs {jobs}")
            results.setdefault("sample_rate", {})[f"40-jobs-{jobs}"] = sample_rate(work, 40, jobs)
            save()
    for size in args.sizes:
        if "memory" in wanted:
            # A cold build for its memory by phase only (its times go in no table: the
            # 'cold' rows are measured on an idle machine).
            log(f"memory by phase, cold build of {size}")
            results.setdefault("memory", {})[str(size)] = cold_build(work, size, args.jobs)
            save()
        if "cold" in wanted:
            log(f"cold build of {size}")
            results.setdefault("cold", {})[str(size)] = cold_build(work, size, args.jobs)
            save()
        if "rebuild" in wanted and size == args.rebuild_size:
            # Right after the cold build: any change to builder/ (its code is in
            # the cache key) would make the 'unchanged' rebuild a full one.
            log(f"rebuilds of {args.rebuild_size}")
            results.setdefault("rebuilds", {})[str(size)] = rebuilds(work, size, args.jobs)
            save()
    if "naive" in wanted:
        for size in [s for s in args.sizes if s <= args.naive_max]:
            log(f"naive path on {size}")
            results.setdefault("naive", {})[str(size)] = naive(work, size)
            save()
    def merge(key: str, timing: dict) -> None:
        entry = results.setdefault("queries", {}).setdefault(key, {"queries": {}})
        entry["queries"].update(timing.pop("queries"))
        entry.update(timing)

    if "queries" in wanted:
        for size in args.sizes:
            store = work / "build" / str(size) / "store"
            if not store.is_dir():
                cold_build(work, size, args.jobs)
            log(f"queries on {size}")
            merge(str(size), time_queries(store, bound_only=size > 1000, named=not args.competency_only))
            save()
    if "10m" in wanted:
        source = max([s for s in args.sizes if s <= 1000] or [min(args.sizes)])
        store = work / "store-10m"
        info = results.get("queries", {}).get("10M replicated", {}).get("replication")
        if not (args.reuse_10m and info and (store / "unkg-store.json").exists()):
            log(f"replicating the {source}-report corpus to {args.quads_10m:,} quads")
            store, info = replicated_store(work, source, args.quads_10m)
        timing = time_queries(store, bound_only=True, named=not args.competency_only)
        timing["replication"] = info
        merge("10M replicated", timing)
        save()
    save()
    log(f"wrote {args.markdown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
