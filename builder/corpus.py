"""Corpus builds: many reports, in parallel, from a cache, into files and a store.

`unkg build` runs `build_corpus`. For each input it decides whether the cache
already holds its result; the others are built in worker processes (spawned,
`--jobs`, default one per core), each worker extracting, emitting and
validating one report at a time and writing the report's result into the cache:

* `{key}.nq`: the report's named graph as sorted N-Quads (its shard);
* `{key}.ttl`: the same triples as canonical Turtle statements;
* `{key}.json`: its build-report entry (SHACL result included) and metadata.

The key is a SHA-256 of the input's bytes, its path as shown, the build options
and a fingerprint of the builder (its code, data files, shapes and ontology),
so an unchanged report is never extracted again, and a change to the gazetteer
or the shapes rebuilds everything. Nothing but metadata comes back to the main
process, which then writes the outputs by concatenating cached pieces in
symbol order (the same bytes a cold build writes) and brings the store
(`OUT/store`) and the shards (`OUT/shards/*.nq`) in step: a changed report
replaces its named graph, a deleted one loses it. Memory stays flat as the
corpus grows: no graph of more than one report is ever held.

Validation runs in the workers, per report, with `builder.fast_shacl` (which
reports exactly what pySHACL reports; `--pyshacl` uses pySHACL itself). The
shapes have no constraint that spans reports (every shape's focus node and
values are described in the report's own graph, gazetteer facts included), so
no corpus-wide pass is needed: see `cross_report_shapes`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import stat
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .errors import InputError
from .ingest import MAX_BYTES
from .iri import DEFAULT_BASE
from .pipeline import Backend, ReportResult, _display, build_one, expand_inputs
from .store import PREFIXES as TTL_PREFIXES, StoreWriter, nquads, nt, prefix_header, sort_rows, trig_block, turtle_body

CACHE_FORMAT = 1
_MODE = 0o666 & ~(lambda mask: (os.umask(mask), mask)[1])(os.umask(0o022))
CACHE_DIRNAME = ".unkg-cache"
OUTPUTS = ("graph.trig", "graph.ttl", "build-report.json")


# --------------------------------------------------------------------------
# The graph a worker builds into


class RowGraph:
    """The part of rdflib.Graph that `build_one`, the emitter and the evidence
    check use, over distinct rows (nt(s), nt(p), nt(o), s, p, o): the same
    triples with their canonical N-Triples, ready to sort, serialize and
    validate without building rdflib's indexes."""

    def __init__(self, identifier) -> None:
        self.identifier = identifier
        self._rows: dict[tuple[str, str, str], tuple] = {}
        self._spo: dict | None = None
        self._po: dict | None = None

    def bind(self, *args, **kwargs) -> None:  # prefixes are the writer's business
        return None

    def add(self, triple: tuple) -> "RowGraph":
        s, p, o = triple
        key = (nt(s), nt(p), nt(o))
        if key not in self._rows:
            self._rows[key] = (*key, s, p, o)
            self._spo = self._po = None
        return self

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = triple
        return (nt(s), nt(p), nt(o)) in self._rows

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[tuple]:
        for row in self._rows.values():
            yield row[3], row[4], row[5]

    def rows(self) -> list[tuple]:
        return list(self._rows.values())

    def _index(self) -> dict:
        if self._spo is None:
            spo: dict = {}
            for row in self._rows.values():
                by_p = spo.get(row[0])
                if by_p is None:
                    by_p = spo[row[0]] = {}
                by_p.setdefault(row[1], []).append(row)
            self._spo = spo
        return self._spo

    def _pos(self) -> dict:
        if self._po is None:
            pos: dict = {}
            for row in self._rows.values():
                pos.setdefault((row[1], row[2]), []).append(row)
            self._po = pos
        return self._po

    def triples(self, pattern: tuple) -> Iterator[tuple]:
        s, p, o = pattern
        sk = nt(s) if s is not None else None
        pk = nt(p) if p is not None else None
        ok = nt(o) if o is not None else None
        if sk is not None:
            by_p = self._index().get(sk, {})
            groups = [by_p.get(pk, ())] if pk is not None else list(by_p.values())
            rows = (row for group in groups for row in group)
        elif pk is not None and ok is not None:
            rows = iter(self._pos().get((pk, ok), ()))
        else:
            rows = iter(self._rows.values())
        for row in rows:
            if (pk is None or row[1] == pk) and (ok is None or row[2] == ok):
                yield row[3], row[4], row[5]

    def subjects(self, predicate=None, object=None, unique: bool = False) -> Iterator:
        seen = set()
        for s, _, _ in self.triples((None, predicate, object)):
            if not unique or s not in seen:
                seen.add(s)
                yield s

    def objects(self, subject=None, predicate=None, unique: bool = False) -> Iterator:
        for _, _, o in self.triples((subject, predicate, None)):
            yield o

    def value(self, subject=None, predicate=None, object=None, default=None, any: bool = True):
        if object is None and subject is not None and predicate is not None:
            rows = self._index().get(nt(subject), {}).get(nt(predicate))
            return rows[0][5] if rows else default
        if object is None:
            for _, _, o in self.triples((subject, predicate, None)):
                return o
        else:
            for s, _, _ in self.triples((subject, predicate, object)):
                return s
        return default


def _fast_validate(graph: RowGraph):
    from .fast_shacl import validate_fast

    return validate_fast(rows=graph.rows())


def _pyshacl_validate(graph: RowGraph):
    from rdflib import Graph

    from .validate import validate

    rdflib_graph = Graph()
    for triple in graph:
        rdflib_graph.add(triple)
    return validate(rdflib_graph)


# --------------------------------------------------------------------------
# Options, fingerprint, keys


@dataclass(frozen=True)
class Options:
    base: str = DEFAULT_BASE
    symbol: str | None = None
    validate: bool = True
    pyshacl: bool = False  # validate with pySHACL itself, not the fast engine
    max_bytes: int = MAX_BYTES

    def as_json(self) -> str:
        return json.dumps({"base": self.base, "symbol": self.symbol, "validate": self.validate,
                           "engine": "pyshacl" if self.pyshacl else "fast", "max_bytes": self.max_bytes},
                          sort_keys=True)


def fingerprint() -> str:
    """A hash of everything a report's result depends on besides its text and
    the options: the builder's code, its data files, shapes and ontology, and
    the versions of the libraries that make the terms."""
    import pyshacl
    import rdflib

    from .resources import data_dir, ontology_file, shapes_files

    digest = hashlib.sha256()
    digest.update(f"unkg {__version__} cache {CACHE_FORMAT} rdflib {rdflib.__version__} "
                  f"pyshacl {pyshacl.__version__} python {sys.version_info[:2]}".encode())
    package = Path(__file__).resolve().parent
    files = sorted(package.rglob("*.py")) + sorted(p for p in data_dir().rglob("*") if p.is_file())
    files += [ontology_file(), *shapes_files()]
    for path in files:
        if "__pycache__" in path.parts:
            continue
        name = path.relative_to(package.parent) if path.is_relative_to(package.parent) else Path(path.name)
        digest.update(name.as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def cache_key(print_: str, options: Options, sha256: str) -> str:
    """A report's cache key: its content, the options and the builder. Not its
    path: a report moved or renamed is not extracted again (extraction reads
    the text, never the file name; the entry's "input" is set on the way out)."""
    text = "\0".join((print_, options.as_json(), sha256))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


# --------------------------------------------------------------------------
# The cache


class Cache:
    """Per-report results on disk, content-addressed by `cache_key`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.objects = self.root / "objects"

    def paths(self, key: str) -> tuple[Path, Path, Path]:
        folder = self.objects / key[:2]
        return folder / f"{key}.json", folder / f"{key}.nq", folder / f"{key}.ttl"

    def meta(self, key: str) -> dict | None:
        meta_path, nq_path, ttl_path = self.paths(key)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("format") != CACHE_FORMAT or meta.get("key") != key:
            return None
        if meta.get("graph") and not (nq_path.is_file() and ttl_path.is_file()):
            return None
        meta.pop("entry", None)  # read again when the build report is written, not held
        return meta

    def entry(self, key: str) -> dict:
        return json.loads(self.paths(key)[0].read_text(encoding="utf-8"))["entry"]

    def put(self, key: str, meta: dict, entry: dict, nq: bytes | None, ttl: bytes | None) -> None:
        meta_path, nq_path, ttl_path = self.paths(key)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        if nq is not None:
            _write_quietly(nq_path, nq)
            _write_quietly(ttl_path, ttl or b"")
        data = {**meta, "format": CACHE_FORMAT, "key": key, "entry": entry}
        _write_quietly(meta_path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))

    def stat_index(self) -> dict:
        try:
            data = json.loads((self.root / "inputs.json").read_text(encoding="utf-8"))
            return data if data.get("format") == CACHE_FORMAT else {}
        except (OSError, ValueError):
            return {}

    def save_stat_index(self, index: dict) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        _write_quietly(self.root / "inputs.json", json.dumps({**index, "format": CACHE_FORMAT}).encode())

    def collect_garbage(self, keep: set[str]) -> int:
        """Remove every cached result not in `keep` (the current build's)."""
        removed = 0
        if not self.objects.is_dir():
            return 0
        for folder in self.objects.iterdir():
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.name.split(".", 1)[0] not in keep:
                    with contextlib.suppress(OSError):
                        path.unlink()
                        removed += 1
        return removed


def _write_quietly(path: Path, data: bytes) -> None:
    """Write a file through a temporary and a rename; no fsync (a cache entry
    lost in a power cut is rebuilt: its .json, written last, is the mark)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, _MODE)
        os.rename(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------
# One report, in a worker


@dataclass(frozen=True)
class Job:
    path: str
    key: str | None  # None: not cacheable (not a regular file, too big, unreadable)


def _init_worker(options: Options) -> None:
    """Warm a worker up: the gazetteer, the shapes, the ontology, once per process."""
    global _OPTIONS
    _OPTIONS = options
    from .gazetteer import load

    load()
    if options.validate and not options.pyshacl:
        from .fast_shacl import default_engine

        default_engine()


_OPTIONS: Options | None = None
_CACHE: Cache | None = None


def _worker_cache(root: str | None) -> Cache | None:
    global _CACHE
    if root is None:
        return None
    if _CACHE is None or str(_CACHE.root) != root:
        _CACHE = Cache(Path(root))
    return _CACHE


def run_job(job: Job, options: Options, cache_root: str | None) -> dict:
    """Build one report; put its result in the cache; return its metadata."""
    started = time.perf_counter()
    try:
        meta = _run_job(job, options, cache_root)
    except Exception as error:  # noqa: BLE001 - a builder bug must not stop the corpus
        shown = _shown(Path(job.path))
        detail = "".join(traceback.format_exception_only(type(error), error)).strip().replace("\n", " ")
        message = f"{shown}: the builder failed on this report ({detail}); please report this as a bug"
        meta = _error_meta(shown, job.path, message)
    meta["seconds"] = time.perf_counter() - started
    return meta


def _run_job(job: Job, options: Options, cache_root: str | None) -> dict:
    backend = Backend(new_graph=RowGraph, validate=_pyshacl_validate if options.pyshacl else _fast_validate)
    result = build_one(Path(job.path), options.symbol, options.base, options.validate, options.max_bytes,
                       backend=backend)
    meta = {"input": result.path, "path": job.path, "status": result.entry.get("status"), "symbol": result.symbol,
            "sha256": result.source_sha256, "graph": None, "triples": 0}
    nq = ttl = None
    if result.graph is not None:
        rows = sort_rows(result.graph.rows())
        for row in rows:
            if row[0][0] == "_" or row[2][0] == "_":
                raise ValueError(f"{result.path}: a blank node in the graph; unkg graphs have none")
        graph_key = nt(result.graph.identifier)
        meta["graph"] = graph_key
        meta["triples"] = len(rows)
        nq = nquads(rows, graph_key).encode("utf-8")
        ttl = turtle_body(rows).encode("utf-8")
    cache = _worker_cache(cache_root)
    if cache is not None and job.key is not None:
        cache.put(job.key, meta, result.entry, nq, ttl)
        meta["key"] = job.key
        meta["entry"] = None
    else:
        # Not cacheable: the result travels back whole (small: such inputs are few).
        meta["key"] = None
        meta["entry"] = result.entry
        meta["nq"] = nq
        meta["ttl"] = ttl
    return meta


def _run_job_star(args: tuple) -> tuple[int, dict]:
    i, job, options, cache_root = args
    return i, run_job(job, options, cache_root)


# --------------------------------------------------------------------------
# Progress


class Progress:
    """A progress bar with the rate on stderr (tqdm on a terminal; plain lines
    every few seconds otherwise), or nothing when quiet."""

    def __init__(self, total: int, quiet: bool, stream=None, every: float = 5.0) -> None:
        self.total, self.quiet = total, quiet
        self.stream = stream or sys.stderr
        self.done = 0
        self.started = time.perf_counter()
        self.last = self.started
        self.every = every
        self.bar = None
        if not quiet and total and self.stream.isatty():
            try:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="report", file=self.stream, dynamic_ncols=True, smoothing=0.1,
                                desc="unkg build")
            except ImportError:  # pragma: no cover - tqdm is a dependency
                self.bar = None

    def message(self, text: str) -> None:
        if self.bar is not None:
            self.bar.write(text, file=self.stream)
        else:
            print(text, file=self.stream)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(n)
            return
        now = time.perf_counter()
        if now - self.last >= self.every or self.done == self.total:
            self.last = now
            rate = self.done / max(now - self.started, 1e-9)
            print(f"unkg: {self.done}/{self.total} reports built ({rate:.1f} reports/s)", file=self.stream)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


# --------------------------------------------------------------------------
# The corpus build


@dataclass
class CorpusResult:
    out: Path
    metas: list[dict] = field(default_factory=list)  # one per input, in input order, final
    built: int = 0  # reports extracted in this run
    cached: int = 0  # reports taken from the cache
    triples: int = 0
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)
    summary: dict = field(default_factory=dict)
    store_changes: dict = field(default_factory=dict)

    cache: "Cache | None" = None

    def entry(self, meta: dict) -> dict:
        """An input's build-report entry."""
        if meta.get("entry") is not None:
            return meta["entry"]
        return {**self.cache.entry(meta["key"]), "input": meta["input"]}

    @property
    def failed(self) -> list[dict]:
        return [m for m in self.metas if m["status"] == "error"]

    @property
    def invalid(self) -> list[dict]:
        return [m for m in self.metas if m["status"] == "invalid"]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def _sha256_of(path: Path, info: os.stat_result, index: dict) -> str | None:
    """The file's SHA-256, from the stat index when size, mtime and inode are unchanged."""
    name = str(path.resolve())
    known = index.get(name)
    signature = [info.st_size, info.st_mtime_ns, info.st_ino]
    if known and known[:3] == signature:
        return known[3]
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    index[name] = [*signature, digest.hexdigest()]
    return digest.hexdigest()


def shard_name(symbol: str) -> str:
    """The file name of a report's shard: its symbol with / as _ (other
    characters outside [A-Za-z0-9.-] percent-encoded, so the name is unique)."""
    def encode(match: re.Match[str]) -> str:
        char = match.group()
        return "_" if char == "/" else "".join(f"%{b:02X}" for b in char.encode("utf-8"))

    return re.sub(r"[^A-Za-z0-9.\-]", encode, symbol) + ".nq"


def build_corpus(inputs: Iterable[str | Path], out: Path, *, options: Options = Options(), jobs: int | None = None,
                 cache_dir: Path | None = None, use_cache: bool = True, force: bool = False, store: bool = True,
                 shards: bool = True, quiet: bool = True, on_error: Callable[[str], None] | None = None,
                 progress_stream=None) -> CorpusResult:
    """Build every input into OUT: graph.trig, graph.ttl, build-report.json,
    shards/*.nq and store/, reusing cached results (see the module docstring)."""
    started = time.perf_counter()
    out = Path(out)
    jobs = jobs or default_jobs()
    result = CorpusResult(out)
    report_error = on_error or (lambda message: None)
    paths = expand_inputs(inputs)
    cache = Cache(cache_dir if cache_dir is not None else out / CACHE_DIRNAME) if use_cache else None
    result.cache = cache
    print_ = fingerprint()
    stat_index = cache.stat_index() if cache is not None and not force else {}
    t = time.perf_counter()

    # 1. Which inputs need building.
    slots: list[dict | None] = []  # per input: its meta once known
    todo: list[tuple[int, Job]] = []
    seen_paths: set = set()
    for i, path in enumerate(paths):
        shown = _shown(path)
        try:
            resolved = path.resolve() if path.exists() else path
        except (OSError, RuntimeError):  # a symlink loop: read_input says so
            resolved = path
        if resolved in seen_paths:
            error = InputError(shown, "is given twice", "give each report once")
            slots.append(_error_meta(shown, str(path), str(error)))
            report_error(str(error))
            continue
        seen_paths.add(resolved)
        key = None
        if cache is not None:
            with contextlib.suppress(OSError):
                info = os.stat(path)
                if stat.S_ISREG(info.st_mode) and info.st_size <= options.max_bytes:
                    digest = _sha256_of(path, info, stat_index)
                    if digest is not None:
                        key = cache_key(print_, options, digest)
        if key is not None and not force:
            meta = cache.meta(key)
            # An error names the input it was found in: reuse it for that input only.
            if meta is not None and (meta["status"] != "error" or meta["input"] == shown):
                meta.update(input=shown, path=str(path))
                slots.append(meta)
                result.cached += 1
                continue
        slots.append(None)
        todo.append((i, Job(str(path), key)))
    result.timings["scan"] = time.perf_counter() - t

    # 2. Build them, in parallel.
    t = time.perf_counter()
    progress = Progress(len(todo), quiet, progress_stream)
    cache_root = str(cache.root) if cache is not None else None
    for i, meta in _run_all(todo, options, cache_root, jobs):
        slots[i] = meta
        result.built += 1
        if meta["status"] == "error":
            message = meta["entry"]["error"] if meta.get("entry") else cache.entry(meta["key"])["error"]
            report_error(message)
        progress.advance()
    progress.close()
    result.timings["build"] = time.perf_counter() - t

    # 3. Corpus-level checks, in input order, as builder.pipeline.build makes them.
    seen_content: dict[str, str] = {}
    seen_symbols: dict[str, str] = {}
    final: list[dict] = []
    for meta in slots:
        assert meta is not None
        if meta.get("graph") and meta.get("sha256") in seen_content:
            error = InputError(meta["input"], f"has the same content as {seen_content[meta['sha256']]}",
                               "give each report once")
            meta = _error_meta(meta["input"], meta.get("path"), str(error))
            report_error(meta["entry"]["error"])
        elif meta.get("symbol") and meta["symbol"] in seen_symbols:
            error = InputError(meta["input"], f"is report {meta['symbol']} again (already built from "
                                              f"{seen_symbols[meta['symbol']]})", "give each report once")
            meta = _error_meta(meta["input"], meta.get("path"), str(error))
            report_error(meta["entry"]["error"])
        else:
            if meta.get("sha256"):
                seen_content[meta["sha256"]] = meta["input"]
            if meta.get("symbol"):
                seen_symbols[meta["symbol"]] = meta["input"]
        final.append(meta)
    result.metas = final

    # 4. The outputs.
    t = time.perf_counter()
    graphs = sorted((m for m in final if m.get("graph")), key=lambda m: m["symbol"] or "")
    result.triples = sum(m["triples"] for m in graphs)
    entries = _entries(final, cache)
    result.summary = write_dumps(out, graphs, entries, cache)
    result.timings["dumps"] = time.perf_counter() - t
    t = time.perf_counter()
    if shards:
        write_shards(out / "shards", graphs, cache)
    result.timings["shards"] = time.perf_counter() - t
    t = time.perf_counter()
    if store:
        result.store_changes = update_store(out / "store", graphs, cache, force=force)
    result.timings["store"] = time.perf_counter() - t
    if cache is not None:
        current = {str(p.resolve()) for p in paths if p.exists()}
        cache.save_stat_index({k: v for k, v in stat_index.items() if k in current})
        cache.collect_garbage({m["key"] for m in final if m.get("key")} | {m["key"] for m in slots if m and m.get("key")})
    result.seconds = time.perf_counter() - started
    return result


def _shown(path: Path) -> str:
    """The input as the build report shows it (pipeline._display, which a symlink loop can trip)."""
    try:
        return _display(path)
    except (OSError, RuntimeError):
        return str(path)


def _error_meta(shown: str, path: str | None, message: str) -> dict:
    return {"input": shown, "path": path, "key": None, "status": "error", "symbol": None, "sha256": None,
            "graph": None, "triples": 0, "entry": {"input": shown, "status": "error", "error": message}}


def _run_all(todo: list[tuple[int, Job]], options: Options, cache_root: str | None,
             jobs: int) -> Iterator[tuple[int, dict]]:
    """(input index, meta) for every job, as they finish."""
    if not todo:
        return
    if jobs <= 1 or len(todo) <= 2:
        _init_worker(options)
        for i, job in todo:
            yield i, run_job(job, options, cache_root)
        return
    context = multiprocessing.get_context("spawn")
    workers = min(jobs, len(todo))
    chunk = max(1, min(4, len(todo) // (workers * 16)))
    with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        args = [(i, job, options, cache_root) for i, job in todo]
        yield from pool.imap_unordered(_run_job_star, args, chunksize=chunk)


def _entries(final: list[dict], cache: Cache | None) -> Iterator[dict]:
    """Every input's build-report entry, in the order build-report.json lists them."""
    ordered = sorted(final, key=lambda m: ((m.get("symbol") or ""), m["input"]))
    for meta in ordered:
        if meta.get("entry") is not None:
            yield meta["entry"]
        else:
            yield {**cache.entry(meta["key"]), "input": meta["input"]}


# --------------------------------------------------------------------------
# Writing


def _piece(meta: dict, cache: Cache | None, kind: str) -> bytes:
    if meta.get("key") is None or cache is None:
        return meta[kind] or b""
    path = cache.paths(meta["key"])[1 if kind == "nq" else 2]
    return path.read_bytes()


def write_dumps(out: Path, graphs: list[dict], entries: Iterator[dict], cache: Cache | None) -> dict:
    """graph.trig, graph.ttl and build-report.json, streamed from the cached
    pieces and committed as `builder.output.commit` commits: temporaries
    fsynced, then renamed in order, the build report last."""
    header = prefix_header().encode("utf-8")
    summary = {"inputs": 0, "built": 0, "invalid": 0, "failed": 0, "count_mismatches": 0}

    def trig(handle) -> None:
        handle.write(header)
        for meta in graphs:
            handle.write(trig_block(meta["graph"], _piece(meta, cache, "ttl")))

    def ttl(handle) -> None:
        handle.write(header)
        for meta in graphs:
            handle.write(_piece(meta, cache, "ttl"))

    def report(handle) -> None:
        handle.write(b'{\n  "builder": {\n    "name": "unkg",\n    "version": ' + json.dumps(__version__).encode()
                     + b'\n  },\n  "inputs": [')
        first = True
        for entry in entries:
            summary["inputs"] += 1
            status = entry.get("status")
            summary["built"] += status == "ok"
            summary["invalid"] += status == "invalid"
            summary["failed"] += status == "error"
            summary["count_mismatches"] += sum(1 for c in entry.get("checks", []) if c["status"] == "mismatch")
            text = json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True)
            handle.write((b"\n" if first else b",\n") + ("    " + text.replace("\n", "\n    ")).encode("utf-8"))
            first = False
        handle.write(b"\n  ]," if not first else b"],")
        text = json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n  ")
        handle.write(b'\n  "summary": ' + text.encode("utf-8") + b"\n}\n")

    commit_streams([(out / "graph.trig", trig), (out / "graph.ttl", ttl), (out / "build-report.json", report)])
    return summary


def commit_streams(files: list[tuple[Path, Callable]]) -> None:
    """`builder.output.commit` for files too big to hold: each writer writes
    its file into a dot-file temporary, which is fsynced; then all are renamed
    in order (the last is the commit mark) and the folder is fsynced. The
    folder lock and the clean-up of dead builds' temporaries are commit's."""
    from . import output

    folders = sorted({path.parent for path, _ in files})
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        locks = {folder: stack.enter_context(output._locked(folder)) for folder in folders}
        if output.fcntl is not None:
            for path, _ in files:
                for stale in output.temporaries(path.parent, path.name):
                    with contextlib.suppress(FileNotFoundError):
                        stale.unlink()
        staged: list[tuple[str, Path]] = []
        try:
            for path, writer in files:
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
                staged.append((tmp, path))
                with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
                    writer(handle)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp, output._MODE)
            for tmp, path in staged:
                os.replace(tmp, path)
            staged = []
            for fd in locks.values():
                if fd is not None:
                    os.fsync(fd)
        finally:
            for tmp, _ in staged:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)


def write_shards(folder: Path, graphs: list[dict], cache: Cache | None) -> dict:
    """OUT/shards/{symbol}.nq, one per report: hard links to the cached
    N-Quads where the file system allows, copies otherwise. Shards of reports
    no longer built are removed."""
    folder.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, dict] = {}
    for meta in graphs:
        wanted.setdefault(shard_name(meta["symbol"]), meta)
    changed = removed = 0
    for name, meta in wanted.items():
        target = folder / name
        source = cache.paths(meta["key"])[1] if cache is not None and meta.get("key") else None
        if source is not None:
            with contextlib.suppress(OSError):
                if target.exists() and os.path.samefile(source, target):
                    continue
        tmp = folder / f".{name}.part"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        linked = False
        if source is not None:
            try:
                os.link(source, tmp)
                linked = True
            except OSError:
                linked = False
        if not linked:
            tmp.write_bytes(_piece(meta, cache, "nq"))
        os.rename(tmp, target)
        changed += 1
    for path in folder.iterdir():
        if path.name.endswith(".nq") and path.name not in wanted:
            path.unlink()
            removed += 1
    return {"written": changed, "removed": removed}


def update_store(path: Path, graphs: list[dict], cache: Cache | None, force: bool = False) -> dict:
    """Bring OUT/store in step with the build: load the named graphs of new
    and changed reports, drop those of changed and deleted ones."""
    by_graph: dict[str, list[dict]] = {}
    for meta in graphs:
        by_graph.setdefault(meta["graph"][1:-1], []).append(meta)
    wanted = {graph: "+".join(m.get("key") or f"nocache:{m['sha256']}" for m in metas)
              for graph, metas in by_graph.items()}
    writer = StoreWriter(path).open(force=force)
    loaded = dict(writer.loaded)
    stale = [g for g, k in loaded.items() if wanted.get(g) != k]
    fresh = [g for g, k in wanted.items() if loaded.get(g) != k]
    if loaded and len(stale) > max(16, len(loaded) // 2):
        del writer.store
        writer.open(force=True)  # most of it changed: a fresh bulk load is faster than deleting
        stale, fresh = [], sorted(wanted)
    removed = writer.remove(stale)

    def chunks() -> Iterator[bytes]:
        for graph in fresh:
            for meta in by_graph[graph]:
                yield _piece(meta, cache, "nq")

    if fresh:
        writer.load(chunks(), {g: wanted[g] for g in fresh})
    writer.close()
    return {"loaded": len(fresh), "removed": removed, "quads_loaded": sum(m["triples"] for g in fresh
                                                                            for m in by_graph[g])}


# --------------------------------------------------------------------------
# Cross-report shapes


def cross_report_shapes() -> list[str]:
    """Shapes whose check could need triples from more than one report.

    Every shape of shapes/ is checked on a focus node of the report's own graph
    against values in that graph, and the builder writes into each report's
    graph everything its shapes ask about the nodes it mentions (types,
    labels, gazetteer facts). A shape would span reports if it targeted nodes
    by sh:targetObjectsOf/sh:targetSubjectsOf of a property another report
    states, or if it were SPARQL-based; unkg's shapes are SHACL Core with class
    targets only (tests/test_shapes.py). Returns the names of such shapes: none."""
    from rdflib.namespace import SH

    from .validate import shapes_graph

    g = shapes_graph()
    return sorted(str(s) for p in (SH.targetSubjectsOf, SH.targetObjectsOf, SH.sparql)
                  for s in g.subjects(p, None))


__all__ = ["RowGraph", "Options", "build_corpus", "Cache", "CorpusResult", "shard_name", "TTL_PREFIXES",
           "cross_report_shapes"]
