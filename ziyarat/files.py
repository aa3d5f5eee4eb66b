"""Writing single files durably, for the store and the run's workers: atomic
replace, fsync, permissions like any other file, hard links and moves into a
snapshot (the layout and the commit are in ziyarat/store.py)."""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import suppress
from functools import lru_cache
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a dir's new names and renames durable (best effort)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    with suppress(OSError):
        os.fsync(fd)
    os.close(fd)


@lru_cache(maxsize=1)
def file_mode() -> int:
    """0o666 minus the process umask (mkstemp makes 0600 files, which other users,
    e.g. a DuckDB client under another account, could not read)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same dir (".name.*.tmp": see store.clean_stale_temp_files),
    fsync, rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, file_mode())
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    """A new file readable like any other (see file_mode) and durable."""
    os.chmod(path, file_mode())
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def link_or_copy(src: Path, dst: Path) -> None:
    """A kept part file in the new snapshot: a hard link (no copy), or a copy where
    the file system has no hard links."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def move_file(src: Path, dst: Path) -> None:
    """A staged part file into the new snapshot: a rename (the staging folder is in
    the data dir), or a copy where it is on another file system."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(src, dst)
    except OSError:
        shutil.copy2(src, dst)
