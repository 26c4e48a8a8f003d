"""Corpus builds: many reports, in parallel, from a cache, into files and a store.

`unkg build` runs `build_corpus`. For each input it decides whether the cache
already holds its result; the others are built in worker processes (spawned,
`--jobs`, default one per core), each worker extracting, emitting and
validating one report at a time and writing the report's result into the cache:

* `{key}.nq`: the report's named graph as sorted N-Quads (its shard);
* `{key}.ttl`: the same triples as canonical Turtle statements;
* `{key}.entry`: its build-report entry (SHACL result included), rendered;
* `{key}.json`: its metadata, written last.

The key is a SHA-256 of the input's bytes, the build options and a
fingerprint of the builder (its code, data files, shapes and ontology), so an
unchanged report is never extracted again, and a change to the gazetteer, the
shapes or the code rebuilds everything. (Not the file's path: a report that is
moved or renamed is not extracted again.) Nothing but metadata comes back to
the main process, which then writes the outputs by concatenating cached pieces
in symbol order (the same bytes a cold build writes; an incremental build
copies each unchanged report's bytes from the last graph.trig and graph.ttl,
where the last build recorded them, and reads only the changed pieces from
the cache) and brings the store
(`OUT/store`) and the shards (`OUT/shards/*.nq`) in step: a changed report
replaces its named graph, a deleted one loses it. Memory stays flat as the
corpus grows: no graph of more than one report is ever held. `--no-cache`
builds through a scratch folder that is removed at the end.

Validation runs in the workers, per report, with `builder.fast_shacl` (which
reports exactly what pySHACL reports; `--pyshacl` uses pySHACL itself). The
shapes have no constraint that spans reports (every shape's focus node and
values are described in the report's own graph, gazetteer facts included), so
no corpus-wide pass is needed: see `cross_report_shapes`.
"""

from __future__ import annotations

import contextlib
import gc
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
from .pipeline import Backend, _display, build_one, expand_inputs
from .store import (PREFIXES as TTL_PREFIXES, StoreWriter, is_store, nquads, nt, prefix_header, sort_rows,
                    trig_block_head, turtle_body)

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
        self._memo: dict[int, tuple] = {}  # id(term) → (term, nt(term))
        self._spo: dict | None = None
        self._po: dict | None = None

    def bind(self, *args, **kwargs) -> None:  # prefixes are the writer's business
        return None

    def add(self, triple: tuple) -> "RowGraph":
        self.add_triple(*triple)
        return self

    def add_triple(self, s, p, o) -> None:
        """add((s, p, o)), without the tuple (the emitter's hot path). A term
        object seen before has its N-Triples looked up by identity (the
        emitter reuses its terms; the memo keeps each term alive, so an id is
        never reused for another term while the graph lives)."""
        memo = self._memo
        known = memo.get(id(s))
        if known is None:
            known = memo[id(s)] = (s, nt(s))
        ks = known[1]
        known = memo.get(id(p))
        if known is None:
            known = memo[id(p)] = (p, nt(p))
        kp = known[1]
        known = memo.get(id(o))
        if known is None:
            known = memo[id(o)] = (o, nt(o))
        key = (ks, kp, known[1])
        rows = self._rows
        if key not in rows:
            rows[key] = (*key, s, p, o)
            self._spo = self._po = None

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
    from importlib.metadata import version

    from .resources import data_dir, ontology_file, shapes_files

    digest = hashlib.sha256()
    digest.update(f"unkg {__version__} cache {CACHE_FORMAT} rdflib {version('rdflib')} "
                  f"pyshacl {version('pyshacl')} python {sys.version_info[:2]}".encode())
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


def render_entry(entry: dict) -> str:
    """A build-report entry as build-report.json writes it (before its indentation there)."""
    return json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True)


class Cache:
    """Per-report results on disk, content-addressed by `cache_key`:
    objects/xx/{key}.nq, .ttl, .entry (the rendered build-report entry) and
    .json (the metadata, written last: the mark that the others are whole).
    index.json holds the metadata of every result, the inputs' hashes by
    (size, mtime, inode), and what the dumps were last written from, so that
    a build of an unchanged corpus reads one file."""

    def __init__(self, root: Path, index: bool = True) -> None:
        self.root = Path(root)
        self.objects = self.root / "objects"
        self.index = self._load_index() if index else {"metas": {}}

    def _load_index(self) -> dict:
        try:
            data = json.loads((self.root / "index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if data.get("format") != CACHE_FORMAT:
            data = {}
        data.setdefault("inputs", {})
        data.setdefault("metas", {})
        data.setdefault("dumps", {})
        data["format"] = CACHE_FORMAT
        return data

    def save_index(self, keep: set[str], inputs: set[str]) -> None:
        self.index["metas"] = {k: v for k, v in self.index["metas"].items() if k in keep}
        self.index["inputs"] = {k: v for k, v in self.index["inputs"].items() if k in inputs}
        self.root.mkdir(parents=True, exist_ok=True)
        _write_quietly(self.root / "index.json", json.dumps(self.index, ensure_ascii=False).encode("utf-8"))

    def paths(self, key: str) -> tuple[Path, Path, Path, Path]:
        folder = self.objects / key[:2]
        return folder / f"{key}.json", folder / f"{key}.nq", folder / f"{key}.ttl", folder / f"{key}.entry"

    def meta(self, key: str) -> dict | None:
        meta = self.index["metas"].get(key)
        meta_path = self.paths(key)[0]
        if meta is not None and meta_path.exists():
            return dict(meta)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if meta.get("format") != CACHE_FORMAT or meta.get("key") != key:
            return None
        self.index["metas"][key] = meta
        return dict(meta)

    def remember(self, meta: dict) -> None:
        if meta.get("key"):
            self.index["metas"][meta["key"]] = {k: v for k, v in meta.items() if k not in ("entry", "nq", "ttl")}

    def entry_text(self, meta: dict) -> str:
        """The rendered entry, for the input as shown now."""
        text = self.paths(meta["key"])[3].read_text(encoding="utf-8")
        if meta.get("rendered_input") != meta["input"]:
            text = render_entry({**json.loads(text), "input": meta["input"]})
        return text

    def put(self, key: str, meta: dict, entry: dict, nq: bytes | None, ttl: bytes | None) -> None:
        meta_path, nq_path, ttl_path, entry_path = self.paths(key)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        if nq is not None:
            _write_quietly(nq_path, nq)
            _write_quietly(ttl_path, ttl or b"")
        _write_quietly(entry_path, render_entry(entry).encode("utf-8"))
        data = {**meta, "format": CACHE_FORMAT, "key": key, "rendered_input": entry["input"]}
        _write_quietly(meta_path, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
        meta.update(format=CACHE_FORMAT, key=key, rendered_input=entry["input"])

    def forget(self, keys: Iterable[str]) -> int:
        """Remove these results (those of the previous build that this one did not use)."""
        removed = 0
        for key in keys:
            for path in self.paths(key):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        return removed

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


def _init_worker(options: Options, worker: bool = False) -> None:
    """Warm a worker up: the gazetteer, the shapes, the ontology, once per process."""
    global _OPTIONS
    _OPTIONS = options
    if worker:  # Ctrl-C is for the main process, which stops the pool
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .gazetteer import load

    load()
    if options.validate and not options.pyshacl:
        from .fast_shacl import default_engine

        default_engine()
    if worker:
        gc.freeze()  # the gazetteer, shapes and ontology live as long as the worker: out of every collection


_OPTIONS: Options | None = None
_CACHE: Cache | None = None


def _worker_cache(root: str | None) -> Cache | None:
    global _CACHE
    if root is None:
        return None
    if _CACHE is None or str(_CACHE.root) != root:
        _CACHE = Cache(Path(root), index=False)
    return _CACHE


def run_job(job: Job, options: Options, cache_root: str | None) -> dict:
    """Build one report; put its result in the cache; return its metadata.

    Python's cyclic garbage collector is off while the report is built, and
    one collection runs after it: a report allocates some hundred thousand
    objects (terms, rows, matches) and frees them by reference counting (a
    collection after a job finds no cycles), so the collections the
    allocations trigger during the job were a tenth of its CPU time for
    nothing (sample report, in a worker: 120 → 109 ms)."""
    started = time.perf_counter()
    collecting = gc.isenabled()
    gc.disable()
    try:
        meta = _run_job(job, options, cache_root)
    except Exception as error:  # noqa: BLE001 - a builder bug must not stop the corpus
        shown = _shown(Path(job.path))
        detail = "".join(traceback.format_exception_only(type(error), error)).strip().replace("\n", " ")
        message = f"{shown}: the builder failed on this report ({detail}); please report this as a bug"
        meta = _error_meta(shown, job.path, message)
    finally:
        if collecting:
            gc.enable()
            gc.collect()
    meta["seconds"] = time.perf_counter() - started
    return meta


def _run_job(job: Job, options: Options, cache_root: str | None) -> dict:
    backend = Backend(new_graph=RowGraph, validate=_pyshacl_validate if options.pyshacl else _fast_validate)
    result = build_one(Path(job.path), options.symbol, options.base, options.validate, options.max_bytes,
                       backend=backend)
    meta = {"input": result.path, "path": job.path, "status": result.entry.get("status"), "symbol": result.symbol,
            "sha256": result.source_sha256, "graph": None, "triples": 0,
            "mismatches": sum(1 for c in result.entry.get("checks", []) if c["status"] == "mismatch")}
    if meta["status"] == "error":
        meta["error"] = result.entry.get("error")
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
    dumps_written: bool = True
    cross_report: list[dict] | None = None  # findings of cross_report_check (None: no store, not checked)
    summary: dict = field(default_factory=dict)
    store_changes: dict = field(default_factory=dict)

    cache: "Cache | None" = None

    def entry(self, meta: dict) -> dict:
        """An input's build-report entry."""
        if meta.get("entry") is not None:
            return meta["entry"]
        return json.loads(self.cache.entry_text(meta))

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


def _sha256_of(name: str, path: Path, info: os.stat_result, index: dict) -> str | None:
    """The file's SHA-256, from the stat index when size, mtime and inode are unchanged."""
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
    scratch = None
    if use_cache:
        cache = Cache(cache_dir if cache_dir is not None else out / CACHE_DIRNAME)
    else:  # results still go through files (memory stays flat), in a folder dropped at the end
        out.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=".unkg-scratch-", dir=out))
        cache = Cache(scratch, index=False)
        cache.index = {"inputs": {}, "metas": {}, "dumps": {}, "format": CACHE_FORMAT}
    result.cache = cache
    try:
        with _build_lock(cache.root, quiet, progress_stream):
            return _build_corpus(paths, out, cache, scratch is None, result, options, jobs, force, store, shards,
                                 quiet, report_error, progress_stream, started)
    finally:
        if scratch is not None:
            for meta in result.metas:  # what callers may still ask for, before the scratch folder goes
                if meta.get("entry") is None and meta.get("key") and meta["status"] != "ok":
                    meta["entry"] = json.loads(cache.entry_text(meta))
            shutil.rmtree(scratch, ignore_errors=True)
            result.cache = None


@contextlib.contextmanager
def _build_lock(root: Path, quiet: bool, stream) -> Iterator[None]:
    """One build at a time per cache (and so per output folder): a second one waits."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    root.mkdir(parents=True, exist_ok=True)
    fd = os.open(root / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if not quiet:
                print(f"unkg: another build is using {root}; waiting for it", file=stream or sys.stderr)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _build_corpus(paths: list[Path], out: Path, cache: Cache, keep_cache: bool, result: CorpusResult,
                  options: Options, jobs: int, force: bool, store: bool, shards: bool, quiet: bool,
                  report_error: Callable[[str], None], progress_stream, started: float) -> CorpusResult:
    print_ = fingerprint()
    stat_index = cache.index["inputs"]
    previous_keys = set(cache.index["metas"])
    t = time.perf_counter()

    # 1. Which inputs need building.
    slots: list[dict | None] = []  # per input: its meta once known
    todo: list[tuple[int, Job]] = []
    pending: dict[str, int] = {}  # key → the input that builds it
    aliases: list[tuple[int, int, str, str]] = []
    seen_paths: set = set()
    resolved_inputs: set[str] = set()
    cwd = Path.cwd().resolve()
    for i, path in enumerate(paths):
        try:
            resolved = path.resolve() if path.exists() else path
        except (OSError, RuntimeError):  # a symlink loop: read_input says so
            resolved = path
        shown = _shown(path, resolved if resolved is not path else None, cwd)
        resolved_inputs.add(str(resolved))
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
                    digest = _sha256_of(str(resolved), path, info, stat_index)
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
        if key is not None and key in pending:
            aliases.append((i, pending[key], shown, str(path)))  # the same content again: built once
            slots.append(None)
            continue
        if key is not None:
            pending[key] = i
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
        if cache is not None:
            cache.remember(meta)
        if meta["status"] == "error":
            report_error(meta["error"])
        progress.advance()
    progress.close()
    for i, first, shown, path in aliases:
        if slots[first]["status"] == "error":  # an error names its input: find this one's own
            slots[i] = run_job(Job(path, None), options, None)
            result.built += 1
            report_error(slots[i]["error"])
            continue
        slots[i] = {**slots[first], "input": shown, "path": path}
        result.cached += 1
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

    # 4. The outputs: shards and store first, the three files last (their
    # commit, build report last, is the mark of a complete build).
    graphs = sorted((m for m in final if m.get("graph")), key=lambda m: m["symbol"] or "")
    result.triples = sum(m["triples"] for m in graphs)
    t = time.perf_counter()
    if shards:
        write_shards(out / "shards", graphs, cache)
    result.timings["shards"] = time.perf_counter() - t
    # An existing store is brought in step in a thread while graph.trig and
    # graph.ttl are written (Oxigraph and the file writes release the GIL);
    # the build report, which holds the store's cross-report findings, waits
    # for it. (A store loaded from scratch is loaded first, alone: its load
    # takes far longer than the dumps, and its memory is then its own.)
    t = time.perf_counter()
    cross = None
    store_work = None
    if store and not force and is_store(out / "store"):
        store_work = _StoreUpdate(out / "store", graphs, cache, force)
        cross = store_work.findings
    elif store:
        previous = cache.index.get("cross_report") if not force else None
        result.store_changes, cross = update_store(out / "store", graphs, cache, force=force,
                                                   previous_findings=previous)
        cache.index["cross_report"] = result.cross_report = cross
        result.timings["store"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        result.summary, result.dumps_written = write_dumps(out, graphs, final, cache, cross)
        result.timings["dumps"] = time.perf_counter() - t
    finally:
        if store_work is not None:
            store_work.join()
    if store_work is not None:
        result.store_changes, result.cross_report = store_work.changes, store_work.findings()
        cache.index["cross_report"] = result.cross_report
        result.timings["store"] = store_work.seconds
    if keep_cache:
        keep = {m["key"] for m in slots if m and m.get("key")}
        cache.save_index(keep, resolved_inputs)
        cache.forget(previous_keys - keep)
    result.seconds = time.perf_counter() - started
    return result


class _StoreUpdate:
    """`update_store` in a thread; `findings()` waits for it (and raises what it raised)."""

    def __init__(self, path: Path, graphs: list[dict], cache: Cache, force: bool) -> None:
        import threading

        self.changes: dict | None = None
        self.seconds = 0.0
        self._found: list[dict] | None = None
        self._error: BaseException | None = None
        previous = cache.index.get("cross_report") if not force else None
        self._thread = threading.Thread(target=self._run, args=(path, graphs, cache, force, previous),
                                        name="unkg-store", daemon=True)
        self._thread.start()

    def _run(self, path, graphs, cache, force, previous) -> None:
        started = time.perf_counter()
        try:
            self.changes, self._found = update_store(path, graphs, cache, force=force, previous_findings=previous)
        except BaseException as error:  # noqa: BLE001 - raised again in the main thread
            self._error = error
        self.seconds = time.perf_counter() - started

    def join(self) -> None:
        self._thread.join()

    def findings(self) -> list[dict]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._found


def _shown(path: Path, resolved: Path | None = None, cwd: Path | None = None) -> str:
    """The input as the build report shows it (pipeline._display, which a
    symlink loop can trip); `resolved` and `cwd`, where known, spare resolving
    them again."""
    if resolved is None or cwd is None:
        try:
            return _display(path)
        except (OSError, RuntimeError):
            return str(path)
    try:
        return str(resolved.relative_to(cwd))
    except ValueError:  # not under cwd
        return str(path)


def _error_meta(shown: str, path: str | None, message: str) -> dict:
    return {"input": shown, "path": path, "key": None, "status": "error", "symbol": None, "sha256": None,
            "graph": None, "triples": 0, "mismatches": 0, "error": message,
            "entry": {"input": shown, "status": "error", "error": message}}


def _run_all(todo: list[tuple[int, Job]], options: Options, cache_root: str | None,
             jobs: int) -> Iterator[tuple[int, dict]]:
    """(input index, meta) for every job, as they finish: in this process for
    one or two jobs, else in `jobs` spawned worker processes. A worker that
    dies (killed, out of memory) stops the build with BrokenProcessPool rather
    than leaving it waiting."""
    if not todo:
        return
    if jobs <= 1 or len(todo) <= 2:
        _init_worker(options)
        for i, job in todo:
            yield i, run_job(job, options, cache_root)
        return
    from concurrent.futures import ProcessPoolExecutor

    workers = min(jobs, len(todo))
    chunk = max(1, min(4, len(todo) // (workers * 16)))
    args = [(i, job, options, cache_root) for i, job in todo]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_worker, initargs=(options, True)) as pool:
        try:
            yield from pool.map(_run_job_star, args, chunksize=chunk)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _entry_texts(final: list[dict], cache: Cache | None) -> Iterator[tuple[dict, str]]:
    """(meta, rendered entry) for every input, in the order build-report.json lists them."""
    ordered = sorted(final, key=lambda m: ((m.get("symbol") or ""), m["input"]))
    for meta in ordered:
        if meta.get("entry") is not None:
            yield meta, render_entry(meta["entry"])
        else:
            yield meta, cache.entry_text(meta)


def _piece(meta: dict, cache: Cache | None, kind: str) -> bytes:
    if meta.get("key") is None or cache is None:
        return meta[kind] or b""
    path = cache.paths(meta["key"])[1 if kind == "nq" else 2]
    return path.read_bytes()


def _composition(graphs: list[dict], final: list[dict], cross: list[dict] | None) -> str:
    """What the dumps are made of: the same composition, the same bytes."""
    digest = hashlib.sha256(f"{__version__} {CACHE_FORMAT} {prefix_header()}".encode())
    digest.update(json.dumps(cross, sort_keys=True).encode())
    for meta in graphs:
        digest.update(f"g {meta['graph']} {meta.get('key') or hashlib.sha256(meta['ttl'] or b'').hexdigest()}\n"
                      .encode())
    for meta in final:
        entry = meta.get("key") or hashlib.sha256(render_entry(meta["entry"]).encode()).hexdigest()
        digest.update(f"e {meta['input']} {meta.get('symbol')} {entry}\n".encode())
    return digest.hexdigest()


def write_dumps(out: Path, graphs: list[dict], final: list[dict], cache: Cache | None,
                cross: list[dict] | Callable[[], list[dict]] | None = None) -> tuple[dict, bool]:
    """graph.trig, graph.ttl and build-report.json, streamed from the cached
    pieces (each read once) and committed as `builder.output.commit` commits:
    temporaries fsynced, then renamed in order, the build report last.
    Nothing is written when the files are already what this build would
    write (the same composition, the files untouched since). Returns the
    build report's summary and whether the files were written."""
    summary = {"inputs": 0, "built": 0, "invalid": 0, "failed": 0, "count_mismatches": 0}
    for meta in final:
        summary["inputs"] += 1
        summary["built"] += meta["status"] == "ok"
        summary["invalid"] += meta["status"] == "invalid"
        summary["failed"] += meta["status"] == "error"
        summary["count_mismatches"] += meta.get("mismatches", 0)
    names = ("graph.trig", "graph.ttl", "build-report.json")
    # `cross` may be a function that waits for the findings (a store update
    # running beside): it is called only when the findings are needed, so
    # that the graph files are written meanwhile.
    waiting = callable(cross)
    found: list = []

    def findings() -> list[dict] | None:
        if not found:
            found.append(cross() if waiting else cross)
        return found[0]

    graphs_part = _composition(graphs, [], None) if cache is not None else None
    composition = None
    if cache is not None:
        recorded = cache.index.get("dumps", {})
        # The graph files are what this build would write: the build report
        # decides, once the findings are known.
        if (recorded.get("graphs") == graphs_part or not waiting) and recorded.get("out") == str(out.resolve()):
            composition = _composition(graphs, final, findings())
            if recorded.get("composition") == composition:
                with contextlib.suppress(OSError):
                    now = {name: [(out / name).stat().st_size, (out / name).stat().st_mtime_ns] for name in names}
                    if now == recorded.get("files"):
                        return summary, False
    header = prefix_header().encode("utf-8")
    previous = _previous_pieces(out, cache)
    placed: dict[str, list] = {}  # graph → [key, ttl start, ttl length, trig start, trig length]

    def graphs_out(trig, ttl) -> None:
        with contextlib.ExitStack() as stack:
            sources = [stack.enter_context(open(out / name, "rb")) for name in ("graph.trig", "graph.ttl")] \
                if previous else [None, None]
            trig, ttl = _Spliced(trig, sources[0]), _Spliced(ttl, sources[1])
            trig.write(header)
            ttl.write(header)
            for meta in graphs:
                ttl_start, trig_start = ttl.pos, trig.pos
                before = previous.get(meta["graph"]) if meta.get("key") else None
                if before is not None and before[0] == meta["key"]:  # the same bytes as last time: copied over
                    ttl.copy(before[1], before[2])
                    trig.copy(before[3], before[4])
                else:
                    body = _piece(meta, cache, "ttl")
                    ttl.write(body)
                    trig.write(trig_block_head(meta["graph"]))
                    trig.write(memoryview(body)[:-1] if body else body)
                    trig.write(b"}\n\n")
                twice = meta["graph"] in placed  # (a graph built twice is not recorded: which piece?)
                placed[meta["graph"]] = [None if twice else meta.get("key"), ttl_start, ttl.pos - ttl_start, trig_start,
                                         trig.pos - trig_start]
            trig.close()
            ttl.close()

    def report(handle) -> None:
        handle.write(b'{\n  "builder": {\n    "name": "unkg",\n    "version": ' + json.dumps(__version__).encode()
                     + b'\n  },')
        violations = findings()
        if violations is not None:  # what the reports' graphs break together (keys in sorted order)
            text = json.dumps({"violations": violations}, ensure_ascii=False, indent=2, sort_keys=True)
            handle.write(b'\n  "cross_report": ' + text.replace("\n", "\n  ").encode("utf-8") + b",")
        handle.write(b'\n  "inputs": [')
        first = True
        for _, text in _entry_texts(final, cache):
            handle.write((b"\n" if first else b",\n") + ("    " + text.replace("\n", "\n    ")).encode("utf-8"))
            first = False
        handle.write(b"\n  ]," if not first else b"],")
        text = json.dumps(summary, ensure_ascii=False, indent=2, sort_keys=True).replace("\n", "\n  ")
        handle.write(b'\n  "summary": ' + text.encode("utf-8") + b"\n}\n")

    commit_streams([out / name for name in names], [graphs_out, report])
    if cache is not None:
        cache.index["dumps"] = {
            "composition": _composition(graphs, final, findings()), "graphs": graphs_part, "out": str(out.resolve()),
            "files": {name: [(out / name).stat().st_size, (out / name).stat().st_mtime_ns] for name in names},
            "pieces": {graph: where for graph, where in placed.items() if where[0]}}
    return summary, True


def _previous_pieces(out: Path, cache: Cache | None) -> dict[str, list]:
    """Where each report's piece is in OUT's graph.trig and graph.ttl, as the
    last build wrote them (graph → [key, ttl start, length, trig start,
    length]); empty unless both files are still as it left them."""
    if cache is None:
        return {}
    recorded = cache.index.get("dumps", {})
    files = recorded.get("files", {})
    with contextlib.suppress(OSError):
        if recorded.get("out") == str(out.resolve()) and all(
                files.get(name) == [(out / name).stat().st_size, (out / name).stat().st_mtime_ns]
                for name in ("graph.trig", "graph.ttl")):
            return recorded.get("pieces", {})
    return {}


class _Spliced:
    """A file written from new bytes and from byte ranges of its previous
    version (`source`): adjacent ranges are copied in one go, in the kernel
    where it can (`append_copy`). `pos`: the bytes written so far."""

    def __init__(self, handle, source) -> None:
        self.handle, self.source, self.pos = handle, source, 0
        self._start = self._length = 0

    def write(self, data) -> None:
        self._flush()
        self.handle.write(data)
        self.pos += len(data)

    def copy(self, start: int, length: int) -> None:
        if not (self._length and self._start + self._length == start):
            self._flush()
            self._start = start
        self._length += length
        self.pos += length

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if self._length:
            append_copy(self.handle, self.source, self._start, self._length)
            self._length = 0


def append_copy(handle, source, offset: int, count: int) -> None:
    """Append `count` bytes of the open file `source`, from `offset`, to the
    buffered file `handle`: in the kernel (copy_file_range) where it can, else
    through memory."""
    handle.flush()
    copy = getattr(os, "copy_file_range", None)
    while count > 0:
        done = 0
        if copy is not None:
            try:
                done = copy(source.fileno(), handle.fileno(), count, offset)
            except OSError:  # another file system, or a kernel without it
                copy = None
                continue
        else:
            source.seek(offset)
            chunk = source.read(min(count, 1 << 22))
            handle.write(chunk)
            done = len(chunk)
        if done == 0:
            raise OSError(f"{source.name}: shorter than the last build left it")
        offset += done
        count -= done


def commit_streams(paths: list[Path], writers: list[Callable]) -> None:
    """`builder.output.commit` for files too big to hold. Each writer writes
    one or more of the files (in order: the first writer gets as many open
    temporaries as it takes arguments); every temporary is fsynced, then all
    are renamed in order (the last is the commit mark) and the folder is
    fsynced. The folder lock and the clean-up of dead builds' temporaries are
    commit's."""
    import inspect

    from . import output

    folders = sorted({path.parent for path in paths})
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        locks = {folder: stack.enter_context(output._locked(folder)) for folder in folders}
        if output.fcntl is not None:
            for path in paths:
                for stale in output.temporaries(path.parent, path.name):
                    with contextlib.suppress(FileNotFoundError):
                        stale.unlink()
        staged: list[tuple[str, Path]] = []
        try:
            remaining = list(paths)
            for writer in writers:
                count = len(inspect.signature(writer).parameters)
                mine, remaining = remaining[:count], remaining[count:]
                handles = []
                for path in mine:
                    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
                    staged.append((tmp, path))
                    handles.append(os.fdopen(fd, "wb", buffering=1 << 20))
                try:
                    writer(*handles)
                finally:
                    for handle in handles:
                        handle.flush()
                for handle, (tmp, _) in zip(handles, staged[-len(handles):]):
                    os.fsync(handle.fileno())
                    handle.close()
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
    for stale in folder.glob(".*.part"):  # left by a build that was killed
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
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


def update_store(path: Path, graphs: list[dict], cache: Cache | None, force: bool = False,
                 previous_findings: list[dict] | None = None) -> tuple[dict, list[dict]]:
    """Bring OUT/store in step with the build: load the named graphs of new
    and changed reports, drop those of changed and deleted ones; then check
    what the union breaks (`cross_report_check`): every node when the store was
    loaded from scratch, else the nodes of the graphs loaded now and those of
    `previous_findings`. Returns the changes and the findings."""
    by_graph: dict[str, list[dict]] = {}
    for meta in graphs:
        by_graph.setdefault(meta["graph"][1:-1], []).append(meta)
    wanted = {graph: "+".join(m.get("key") or f"nocache:{m['sha256']}" for m in metas)
              for graph, metas in by_graph.items()}
    writer = StoreWriter(path).open(force=force)
    loaded = dict(writer.loaded)
    stale = [g for g, k in loaded.items() if wanted.get(g) != k]
    fresh = [g for g, k in wanted.items() if loaded.get(g) != k]
    scratch = not loaded
    if loaded and len(stale) > max(16, len(loaded) // 2):
        del writer.store
        writer.open(force=True)  # most of it changed: a fresh bulk load is faster than deleting
        stale, fresh, scratch = [], sorted(wanted), True
    removed = writer.remove(stale, scope=report_scope)

    def pieces() -> Iterator[tuple[str, bytes]]:
        for graph in fresh:
            for meta in by_graph[graph]:
                yield graph, _piece(meta, cache, "nq")

    if fresh:
        writer.load(pieces(), {g: wanted[g] for g in fresh})
    if scratch or previous_findings is None:
        findings = cross_report_check(writer.store) if wanted else []
    else:
        focus = {f["focus"] for f in previous_findings}
        findings = cross_report_check(writer.store, fresh, focus) if (fresh or stale) else list(previous_findings)
    writer.close()
    changes = {"loaded": len(fresh), "removed": removed,
               "quads_loaded": sum(m["triples"] for g in fresh for m in by_graph[g])}
    if writer.compacted:
        changes["compacted"] = True
    return changes, findings


# --------------------------------------------------------------------------
# Cross-report shapes


def cross_report_shapes() -> list[str]:
    """Shapes whose check needs triples of more than one report to run at all.

    Every shape of shapes/ is checked on a focus node of the report's own graph
    against values in that graph, and the builder writes into each report's
    graph everything its shapes ask about the nodes it mentions (types,
    labels, gazetteer facts). A shape would need other reports to run if it
    targeted nodes by sh:targetObjectsOf/sh:targetSubjectsOf of a property
    another report states, or if it were SPARQL-based; unkg's shapes are SHACL
    Core with class targets only (tests/test_shapes.py). Returns the names of
    such shapes: none. (What the union of valid graphs can still break is
    checked by `cross_report_check`.)"""
    from rdflib.namespace import SH

    from .validate import shapes_graph

    g = shapes_graph()
    return sorted(str(s) for p in (SH.targetSubjectsOf, SH.targetObjectsOf, SH.sparql)
                  for s in g.subjects(p, None))


@dataclass(frozen=True)
class _UnionConstraint:
    shape: str
    message: str
    classes: tuple[str, ...]  # the target class and its subclasses
    path: str
    kind: str  # maxCount | uniqueLang | lessThan
    limit: int = 0
    other: str = ""


# Classes whose nodes one report alone can state: an Evidence node's IRI is
# minted under its report's key (`emit.Emitter.evidence`), and a corpus holds
# one report per symbol (a second is refused). No union of graphs gives such a
# node values from two reports, so no union constraint on them is checked:
# they are most of the nodes, and checking them made the check's memory grow
# with the corpus.
REPORT_SCOPED_CLASSES = frozenset({"https://w3id.org/unkg/ontology#Evidence"})

# Properties whose value a node's IRI determines: an n-ary node's IRI is minted
# from these values (`emit.Emitter.nary`: an attendance's key is its meeting's
# key, its role and its participant's key), so every graph that states the node
# states the same ones, and no union of graphs gives it a second. Their
# constraints are left out of the union check: attendances are most of the
# nodes it would otherwise group, at every size of corpus.
_ONTOLOGY = "https://w3id.org/unkg/ontology#"
KEY_DETERMINED = {_ONTOLOGY + cls: frozenset(_ONTOLOGY + p for p in props) for cls, props in (
    ("Attendance", ("meeting", "role", "participant")),
    ("Office", ("meeting", "role", "holder")),
    ("Adoption", ("adoptedBy", "item")),
    ("TreatyAction", ("state", "treaty", "action")),
)}


def _key_determined(classes: tuple[str, ...], path: str) -> bool:
    return all(path in KEY_DETERMINED.get(cls, ()) for cls in classes)


def report_scope(graph: str) -> str | None:
    """The IRI prefix of the nodes that only the report whose graph this is
    can state (its Evidence nodes, `emit.Emitter.evidence`): the graph is
    named {base}document/{symbol}, its evidence {base}evidence/{symbol}/…"""
    base, found, symbol = graph.rpartition("/document/")
    return f"{base}/evidence/{symbol}/" if found else None


def union_constraints() -> list[_UnionConstraint]:
    """The constraints that graphs valid one by one can break together:
    sh:maxCount, sh:uniqueLang and sh:lessThan on shared nodes (two reports
    giving one meeting different dates, say). Every other component of the
    shapes is about each value, or is a lower bound, and holds in a union of
    graphs where it holds in each. Constraints on nodes of
    `REPORT_SCOPED_CLASSES` only are left out, and upper bounds on values
    that the node's IRI determines (`KEY_DETERMINED`)."""
    from rdflib.namespace import RDFS, SH

    from .validate import ontology_graph, shapes_graph

    g, onto = shapes_graph(), ontology_graph()

    def subclasses(cls) -> tuple[str, ...]:
        found, todo = {cls}, [cls]
        while todo:
            for sub in onto.subjects(RDFS.subClassOf, todo.pop()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return tuple(sorted(map(str, found)))

    out = []
    for node_shape in sorted(set(g.subjects(SH.targetClass, None)), key=str):
        classes = tuple(sorted({c for cls in g.objects(node_shape, SH.targetClass) for c in subclasses(cls)}))
        if REPORT_SCOPED_CLASSES.issuperset(classes):
            continue
        for prop in sorted(g.objects(node_shape, SH.property), key=str):
            path = g.value(prop, SH.path)
            if path is None or not hasattr(path, "startswith") or str(path).startswith("_:"):
                continue
            message = str(g.value(prop, SH.message) or "")
            limit = g.value(prop, SH.maxCount)
            if limit is not None and not _key_determined(classes, str(path)):
                out.append(_UnionConstraint(str(prop), message, classes, str(path), "maxCount", int(limit)))
            if str(g.value(prop, SH.uniqueLang) or "").lower() == "true":
                out.append(_UnionConstraint(str(prop), message, classes, str(path), "uniqueLang"))
            for other in g.objects(prop, SH.lessThan):
                out.append(_UnionConstraint(str(prop), message, classes, str(path), "lessThan", other=str(other)))
    return out


def cross_report_check(store, graphs: list[str] | None = None, focus: Iterable[str] = ()) -> list[dict]:
    """Check the union of the reports' graphs (the store's default graph, a
    set) against `union_constraints`. `graphs`: the graphs whose nodes to
    check (None: every node, in one streaming pass over the union, grouped by
    subject); `focus`: nodes to check again as well (those of earlier
    findings). A node is reported only where the conflicting values come
    from two or more reports: a conflict inside one report is in that
    report's own SHACL result already. Each finding names the shape, the
    node, and the reports (graph IRIs) whose graphs state values for it.
    Sorted."""
    ox = _ox()
    default = ox.DefaultGraph()
    constraints = union_constraints()
    by_path: dict[str, list[_UnionConstraint]] = {}
    for c in constraints:
        by_path.setdefault(c.path, []).append(c)
        if c.kind == "lessThan":
            by_path.setdefault(c.other, [])
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    candidates: list[tuple[str, _UnionConstraint]] = []

    def check(subject: str, quads: list) -> None:
        values: dict[str, list] = {}
        types: set[str] = set()
        for q in quads:
            p = q.predicate.value
            if p == rdf_type:
                types.add(q.object.value)
            elif p in by_path:
                values.setdefault(p, []).append(q.object)
        for p, found in values.items():
            for c in by_path[p]:
                if not types.intersection(c.classes):
                    continue
                if c.kind == "maxCount" and len(found) > c.limit:
                    candidates.append((subject, c))
                elif c.kind == "uniqueLang":
                    langs = [o.language.lower() for o in found if isinstance(o, ox.Literal) and o.language]
                    if len(langs) != len(set(langs)):
                        candidates.append((subject, c))
                elif c.kind == "lessThan" and (len(found) > 1 or len(values.get(c.other, ())) > 1):
                    ask = f"ASK {{ <{subject}> <{c.path}> ?a ; <{c.other}> ?b . FILTER (!(?a < ?b)) }}"
                    if store.query(ask):
                        candidates.append((subject, c))

    if graphs is None:
        # Every node: the candidates come from aggregate queries over the union
        # (nodes with more values than a limit allows, or with two values in
        # one language, or two values for an ordered pair), then are checked
        # below as the nodes of changed graphs are.
        focus = set(focus)
        limits: dict[int, set[str]] = {}
        multi: set[str] = set()
        for c in constraints:
            if c.kind == "maxCount":
                limits.setdefault(c.limit, set()).add(c.path)
            elif c.kind == "uniqueLang":
                focus.update(row["s"].value for row in store.query(
                    f"SELECT DISTINCT ?s WHERE {{ ?s <{c.path}> ?a, ?b . FILTER (?a != ?b && LANG(?a) != \"\" "
                    f"&& LCASE(LANG(?a)) = LCASE(LANG(?b))) }}"))
            else:
                multi.update((c.path, c.other))
        # One property at a time: an aggregate holds a group per subject of its
        # property, so the peak memory is that of the most used property, not
        # of all of them together.
        for limit, paths in [*limits.items(), *([(1, multi)] if multi else [])]:
            for path in sorted(paths):
                focus.update(row["s"].value for row in store.query(
                    f"SELECT ?s WHERE {{ ?s <{path}> ?v }} GROUP BY ?s HAVING (COUNT(?v) > {limit})")
                    if isinstance(row["s"], ox.NamedNode))
        graphs = []
    # Only the constrained properties of each node (a State's unkg:attended alone runs to thousands).
    nodes: dict[str, set[str]] = {node: set(by_path) for node in focus}
    for graph in graphs:
        for path in by_path:
            for q in store.quads_for_pattern(None, ox.NamedNode(path), None, ox.NamedNode(graph)):
                if isinstance(q.subject, ox.NamedNode):
                    nodes.setdefault(q.subject.value, set()).add(path)
    type_node = ox.NamedNode(rdf_type)
    for node, paths in sorted(nodes.items()):
        subject = ox.NamedNode(node)
        wanted = set(paths)
        for path in paths:
            wanted.update(c.other for c in by_path[path] if c.kind == "lessThan")
        quads = list(store.quads_for_pattern(subject, type_node, None, default))
        for path in sorted(wanted):
            quads.extend(store.quads_for_pattern(subject, ox.NamedNode(path), None, default))
        check(node, quads)
    findings = []
    for node, c in candidates:
        where = store.query(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ <{node}> <{c.path}> ?v }} }} ORDER BY ?g")
        reports = [row["g"].value for row in where]
        if len(reports) >= 2:
            findings.append({"shape": c.shape, "focus": node, "path": c.path, "message": c.message,
                             "reports": reports})
    return sorted(findings, key=lambda f: (f["focus"], f["shape"]))


def _ox():
    import pyoxigraph

    return pyoxigraph


__all__ = ["RowGraph", "Options", "build_corpus", "Cache", "CorpusResult", "shard_name", "TTL_PREFIXES",
           "cross_report_shapes", "cross_report_check", "union_constraints"]
