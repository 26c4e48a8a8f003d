"""Atomic output: every file is written to a temporary file in the same
folder, flushed to disk, then renamed over the old one, so a build killed
half-way leaves the previous output intact.

Temporary files are dot-files named ``.{name}.XXXXXXXX.tmp``. A build killed
while writing leaves them behind; the next `commit` into the same folder
removes them. Commits into one folder hold an exclusive lock on it (flock on
the folder itself, released by the kernel when a process dies), so the
temporaries found while holding it belong to dead builds, never to a live one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Iterator

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock, no clean-up
    fcntl = None  # type: ignore[assignment]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()


def write_bytes(path: Path, data: bytes) -> None:
    commit({path: data})


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, data: object) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def temporaries(folder: Path, name: str) -> list[Path]:
    """The temporary files that a write of `name` into `folder` makes."""
    return sorted(p for p in folder.glob(f".{name}.*.tmp") if p.is_file())


@contextlib.contextmanager
def _locked(folder: Path) -> Iterator[int | None]:
    """An exclusive lock on `folder` (None where the OS has no flock)."""
    if fcntl is None:
        yield None
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield fd
    finally:
        os.close(fd)  # releases the lock


def commit(files: dict[Path, bytes]) -> None:
    """Write several files: all temporaries first, then the renames, in the
    order given, so that the last file (the build report) is the commit mark:
    if it is new, every file before it is new too."""
    folders = sorted({path.parent for path in files})
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        locks = {folder: stack.enter_context(_locked(folder)) for folder in folders}
        if fcntl is not None:
            for path in files:
                for stale in temporaries(path.parent, path.name):
                    with contextlib.suppress(FileNotFoundError):
                        stale.unlink()
        staged: list[tuple[str, Path]] = []
        try:
            for path, data in files.items():
                fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
                staged.append((tmp, path))
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.chmod(tmp, _MODE)
            for tmp, path in staged:
                os.replace(tmp, path)
            staged = []
            for fd in locks.values():
                if fd is not None:
                    os.fsync(fd)  # the renames themselves survive a power cut
        finally:
            for tmp, _ in staged:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
