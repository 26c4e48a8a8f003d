"""No partial or corrupt output: a build killed at any moment leaves the
previous output whole.

`unkg build` writes graph.trig, graph.ttl and build-report.json (and, as the
corpus build, shards/*.nq, store/ and its cache .unkg-cache/).

`builder.output.commit` (and `builder.corpus.commit_streams`, which streams
the same way) writes every file to a dot-file temporary in the same folder
(`.graph.trig.XXXXXXXX.tmp`), fsyncs it, then renames the temporaries over
the old files, the build report last. A build killed with SIGKILL cannot
clean its temporaries up: they stay as dot-files and the next build into the
folder removes them (it holds a flock on the folder while it writes, so it
never removes the temporaries of a live build).

The kill test builds the sample (under symbol TPNW/MSP/2023/900) to get a
previous output, then builds another corpus (copies of the sample, each with
its own symbol) into copies of that output, and kills it with SIGKILL after
0.2 s, 0.5 s and 1 s, and at the exact points of the commit. UNKG_KILL_COPIES
sets the size of that corpus (default 1, to keep the suite fast). Each
killed output folder is checked: every output file is the whole old file or
the whole new one, a new build report means new graphs, what is left behind
is only dot-file temporaries, and the shards parse.
"""

from __future__ import annotations

import concurrent.futures
import errno
import fcntl
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from builder import output

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "corpus" / "TPNW_MSP_2023_14.zh.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
_SCRIPT = Path(sys.executable).with_name("unkg")
UNKG_CMD = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "builder"]
OUTPUTS = ("graph.trig", "graph.ttl", "build-report.json")
COPIES = int(os.environ.get("UNKG_KILL_COPIES", "1"))


def write_corpus(folder: Path, numbers) -> Path:
    folder.mkdir(parents=True)
    for n in numbers:
        (folder / f"r{n:03d}.txt").write_text(TEXT.replace("TPNW/MSP/2023/14", f"TPNW/MSP/2023/{900 + n}"),
                                             encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def visible(folder: Path) -> set[str]:
    """The files a user sees in the output folder (the folders the corpus
    build adds, shards/ and store/, are checked apart)."""
    return {p.name for p in folder.iterdir() if not p.name.startswith(".") and p.is_file()}


def leftovers(folder: Path) -> set[str]:
    """Dot-files left in the output folder (the build cache .unkg-cache/ is a folder)."""
    return {p.name for p in folder.iterdir() if p.name.startswith(".") and p.is_file()}


def assert_shards_whole(folder: Path) -> None:
    """Each shard (OUT/shards/*.nq, written by the corpus build) parses whole."""
    from rdflib import Dataset

    for shard in sorted((folder / "shards").glob("*.nq")) if (folder / "shards").is_dir() else []:
        Dataset().parse(shard, format="nquads")


def assert_parses(files: dict[str, bytes], reports: int) -> None:
    from rdflib import Dataset, Graph

    report = json.loads(files["build-report.json"])
    assert report["summary"]["built"] == reports
    dataset = Dataset()
    dataset.parse(data=files["graph.trig"], format="trig")
    assert len([g for g in dataset.graphs() if len(g)]) == reports
    Graph().parse(data=files["graph.ttl"], format="turtle")


# --------------------------------------------------------------------------- killing a real build

# Runs `unkg build` in a process that SIGKILLs itself at the k-th call of
# os.fsync (k-1 temporaries written whole, the k-th written but not flushed) or
# of os.replace (k-1 files renamed): the exact points of the commit, which a
# kill from outside hits only by luck.
KILL_AT = """
import os, signal, sys
name, k = sys.argv[1], int(sys.argv[2])
real = getattr(os, name)
calls = 0
def hook(*args):
    global calls
    calls += 1
    if calls == k:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(*args)
setattr(os, name, hook)
from builder.cli import main
sys.exit(main(sys.argv[3:]))
"""


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    root = tmp_path_factory.mktemp("kill")
    old = write_corpus(root / "old", [0])
    new = write_corpus(root / "new", range(1, COPIES + 1))
    previous = root / "previous"
    subprocess.run([*UNKG_CMD, "build", str(old), "--out", str(previous), "--no-validate", "-q"],
                   check=True, capture_output=True, timeout=120)
    return root, old, new, previous


def _kill_after(proc: subprocess.Popen, seconds: float) -> None:
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)


KILLS = [("after", 0.2), ("after", 0.5), ("after", 1.0), ("fsync", 2), ("replace", 2), ("replace", 3)]


@pytest.fixture(scope="module")
def killed(corpora):
    """Builds of the new corpus over copies of the previous output, killed at
    0.2 s, 0.5 s and 1 s, and at the points of the commit."""
    root, _, new, previous = corpora

    def one(i: int) -> tuple[Path, dict]:
        how, when = KILLS[i]
        out = root / f"killed-{i}"
        shutil.copytree(previous, out)
        args = ["build", str(new), "--out", str(out), "--no-validate", "-q"]
        if how == "after":
            proc = subprocess.Popen([*UNKG_CMD, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _kill_after(proc, when)
        else:
            proc = subprocess.Popen([sys.executable, "-c", KILL_AT, how, str(when), *args],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            proc.wait(timeout=120)
        assert_shards_whole(out)
        return out, {"kill": (how, when), "returncode": proc.returncode, "left": sorted(leftovers(out)),
                     "visible": visible(out), "after": snapshot(out)}

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        return list(pool.map(one, range(len(KILLS))))


@pytest.fixture(scope="module")
def completed(corpora, killed):
    """The new corpus built to the end, into the killed folder with the most
    temporaries left: the reference for 'new', and the clean-up check."""
    root, _, new, _ = corpora
    out = root / "completed"
    shutil.copytree(max(killed, key=lambda item: len(item[1]["left"]))[0], out)
    assert leftovers(out)
    proc = subprocess.run([*UNKG_CMD, "build", str(new), "--out", str(out), "--no-validate", "-q"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out, snapshot(out)


def test_atomic_killed_build_leaves_whole_output(corpora, killed, completed):
    _, _, _, previous = corpora
    before = snapshot(previous)
    assert_parses(before, 1)
    _, new = completed
    assert_parses(new, COPIES)
    for _, what in killed:
        assert what["returncode"] == -signal.SIGKILL, what["kill"]
        assert what["visible"] == set(OUTPUTS), what
        after = what["after"]
        for name in OUTPUTS:
            assert after[name] in (before[name], new[name]), (name, what["kill"])  # whole old or new, never a part
        new_files = {name for name in OUTPUTS if after[name] != before[name]}
        if "build-report.json" in new_files:
            assert new_files == set(OUTPUTS), what["kill"]  # the report is renamed last: the commit mark
        if what["kill"][0] != "replace":
            assert not new_files, what["kill"]  # killed before the first rename: the previous output, untouched
        else:
            assert len(new_files) == what["kill"][1] - 1, what["kill"]
        # what is left behind is only dot-file temporaries of the outputs
        for name in what["left"]:
            assert any(name.startswith(f".{o}.") and name.endswith(".tmp") for o in OUTPUTS), name


def test_atomic_kill_between_renames_documented(killed):
    """Killed between two renames (a window of microseconds), the graphs are
    already new while the build report is still the old one: each file whole,
    the set not yet. The report, renamed last, says which build is complete."""
    outcomes = {what["kill"]: what for _, what in killed}
    assert len(outcomes[("fsync", 2)]["left"]) == 2  # one temporary written whole, the second unflushed
    assert len(outcomes[("replace", 2)]["left"]) == 2  # graph.trig renamed, the others not
    assert len(outcomes[("replace", 3)]["left"]) == 1  # the graphs renamed, not the report
    after = outcomes[("replace", 3)]["after"]
    assert [e["symbol"] for e in json.loads(after["build-report.json"])["inputs"]] == ["TPNW/MSP/2023/900"]  # old
    assert after["graph.trig"] != outcomes[("fsync", 2)]["after"]["graph.trig"]  # the new graph


def test_atomic_next_build_cleans_up(completed):
    """The next build into a folder where a killed build left temporaries
    removes them (`completed` started with some)."""
    out, _ = completed
    assert leftovers(out) == set()


# --------------------------------------------------------------------------- commit, in process


def test_atomic_failed_write_changes_nothing(tmp_path, monkeypatch):
    """A write that fails (disk full) on the second file leaves every old file
    and no temporary: the renames only start when all temporaries are written."""
    for name in OUTPUTS:
        (tmp_path / name).write_bytes(b"old " + name.encode())
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(output.os, "fsync", fsync)
    with pytest.raises(OSError, match="No space left"):
        output.commit({tmp_path / name: b"new" for name in OUTPUTS})
    assert {name: (tmp_path / name).read_bytes() for name in OUTPUTS} == {
        name: b"old " + name.encode() for name in OUTPUTS}
    assert leftovers(tmp_path) == set()


def test_atomic_commit_order_and_mode(tmp_path, monkeypatch):
    files = {tmp_path / "graph.trig": b"a", tmp_path / "graph.ttl": b"b", tmp_path / "build-report.json": b"c"}
    renamed: list[str] = []
    real = os.replace

    def replace(src, dst):
        renamed.append(Path(dst).name)
        real(src, dst)

    monkeypatch.setattr(output.os, "replace", replace)
    output.commit(files)
    assert renamed == ["graph.trig", "graph.ttl", "build-report.json"]
    mask = os.umask(0)
    os.umask(mask)
    for path in files:
        assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # not mkstemp's 0600


def test_atomic_stale_temporaries_removed_live_ones_kept(tmp_path):
    stale = tmp_path / ".graph.trig.deadbeef.tmp"
    stale.write_bytes(b"half a graph")
    other = tmp_path / ".notes.md.x.tmp"  # not ours: left alone
    other.write_bytes(b"")
    output.commit({tmp_path / "graph.trig": b"whole"})
    assert not stale.exists() and other.exists()
    assert (tmp_path / "graph.trig").read_bytes() == b"whole"

    # While another writer holds the folder, its temporaries are not touched:
    # commit waits for the lock.
    live = tmp_path / ".graph.trig.live0000.tmp"
    live.write_bytes(b"being written")
    fd = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (output.commit({tmp_path / "graph.trig": b"later"}), done.set()))
    worker.start()
    time.sleep(0.2)
    assert not done.is_set() and live.exists()
    live.unlink()  # the other writer renames its temporary ...
    os.close(fd)  # ... and lets go
    worker.join(timeout=10)
    assert done.is_set()
    assert (tmp_path / "graph.trig").read_bytes() == b"later"
