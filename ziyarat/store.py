"""All table I/O in one place: atomic Parquet writes, the DuckDB views file, the run
lock, and read-only querying. Stages never touch the disk themselves."""
from __future__ import annotations

import json
import logging
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from ziyarat import schemas
from ziyarat.errors import UserError

DB_NAME = "ziyarat.duckdb"
LOCK_NAME = ".ziyarat.lock"
STATE_NAME = "_state.json"
# Written (atomically) once every new file of a run is complete on disk: the list of
# renames that publish them. Its presence means "commit decided, renames maybe not done".
JOURNAL_NAME = "_commit.json"
WRITE_THREADS = 4

log = logging.getLogger(__name__)


class RunLocked(UserError):
    """Another run holds the data dir's lock."""


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@lru_cache(maxsize=1)
def _file_mode() -> int:
    """0o666 minus the process umask (mkstemp makes 0600 files, which other users,
    e.g. a DuckDB client under another account, could not read)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o644


def _temp_beside(path: Path) -> Path:
    """A new empty temp file next to `path` (same dir, so a rename is atomic); the
    name starts with "." and ends with ".tmp" (see clean_stale_temp_files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    os.chmod(tmp, _file_mode())
    return Path(tmp)


def _stage_bytes(path: Path, data: bytes) -> Path:
    """`data` written and fsynced to a temp file beside `path`; returns the temp file."""
    tmp = _temp_beside(path)
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _stage_parquet(path: Path, df: pl.DataFrame) -> Path:
    """`df` written as Parquet and fsynced to a temp file beside `path`."""
    tmp = _temp_beside(path)
    try:
        pq.write_table(df.to_arrow(), str(tmp), compression="zstd")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same dir, fsync, rename over the target."""
    tmp = _stage_bytes(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def write_tables(data_dir: Path, tables: dict[str, pl.DataFrame], state: dict | None = None,
                 cache: dict[str, pl.DataFrame] | None = None) -> None:
    """Write every public table (conformed) and the run state, then the views;
    `cache` frames (internal, e.g. extraction rows before aggregate changed them)
    go to `_cache_<name>.parquet` in the same all-or-nothing commit.

    All or nothing, even under kill -9: every table and the state file (which records
    the row counts) are first written in full to temp files; then a journal listing
    the renames is written atomically (the commit point); then the renames are done
    and the journal removed. A crash before the commit point leaves the previous set
    untouched (the temp files are removed by the next run); a crash after it is
    finished by the next run (see recover), so readers never see a mix of runs
    except during the renames themselves (microseconds)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    staged: list[tuple[Path, str]] = []
    frames: list[tuple[str, pl.DataFrame]] = []
    for name in schemas.TABLES:
        df = schemas.conform(name, tables.get(name))
        frames.append((f"{name}.parquet", df))
        counts[name] = df.height
    frames += [(_cache_name(name), df) for name, df in (cache or {}).items()]
    try:
        # Parquet encoding and compression release the GIL: the tables are written
        # side by side (the articles table, with every text, takes the longest).
        with ThreadPoolExecutor(max_workers=WRITE_THREADS) as threads:
            futures = [(threads.submit(_stage_parquet, data_dir / target, df), target) for target, df in frames]
            for future, target in futures:
                if future.exception() is None:
                    staged.append((future.result(), target))
            for future, _ in futures:
                future.result()  # the first failure, if any, after every write has ended
        full_state = dict(state or {})
        full_state["tables"] = counts
        state_bytes = json.dumps(full_state, indent=1, sort_keys=True, default=str).encode()
        staged.append((_stage_bytes(data_dir / STATE_NAME, state_bytes), STATE_NAME))  # renamed last
        _fsync_dir(data_dir)
        journal = [{"tmp": tmp.name, "target": target} for tmp, target in staged]
        atomic_write_bytes(data_dir / JOURNAL_NAME, json.dumps(journal, indent=1).encode())
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    _apply_journal(data_dir)
    build_views(data_dir)
    _fsync_dir(data_dir)


def _apply_journal(data_dir: Path) -> bool:
    """Do the renames a commit journal lists (those not done yet), then remove it.
    Returns whether there was a journal."""
    path = data_dir / JOURNAL_NAME
    try:
        entries = json.loads(path.read_text())
    except FileNotFoundError:
        return False
    except (OSError, ValueError):  # cannot happen (written atomically); do not guess
        log.warning("ignoring unreadable commit journal %s", path)
        path.unlink(missing_ok=True)
        return False
    for entry in entries:
        tmp, target = entry["tmp"], entry["target"]
        if Path(tmp).name != tmp or Path(target).name != target:
            continue  # only plain names inside the data dir
        if (data_dir / tmp).exists():
            os.replace(data_dir / tmp, data_dir / target)
    _fsync_dir(data_dir)
    path.unlink(missing_ok=True)
    _fsync_dir(data_dir)
    return True


def clean_stale_temp_files(data_dir: Path) -> list[str]:
    """Delete the temp files ("." + name + ".tmp", and DuckDB's ".tmp.wal") that a
    killed run left behind. Only call it while holding the run lock."""
    removed = []
    for path in Path(data_dir).iterdir():
        name = path.name
        if name.startswith(".") and name.endswith((".tmp", ".tmp.wal")) and path.is_file():
            path.unlink(missing_ok=True)
            removed.append(name)
    return sorted(removed)


def recover(data_dir: Path) -> None:
    """After a run was killed: finish its commit if it got that far, and delete its
    temp files. Called by run_lock once the lock is held."""
    data_dir = Path(data_dir)
    finished = _apply_journal(data_dir)
    removed = clean_stale_temp_files(data_dir)
    if finished:
        build_views(data_dir)
        log.warning("finished the write of an interrupted run in %s", data_dir)
    if removed:
        log.warning("removed %d temp file(s) of an interrupted run in %s, e.g. %s", len(removed), data_dir, removed[0])


def read_state(data_dir: Path) -> dict:
    path = Path(data_dir) / STATE_NAME
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def read_table(data_dir: Path, name: str) -> pl.DataFrame | None:
    path = Path(data_dir) / f"{name}.parquet"
    if not path.exists():
        return None
    return pl.read_parquet(path)


def _cache_name(name: str) -> str:
    return f"_cache_{name}.parquet"


def read_cache(data_dir: Path, name: str) -> pl.DataFrame | None:
    """A frame write_tables stored with cache={name: ...}, or None."""
    path = Path(data_dir) / _cache_name(name)
    return pl.read_parquet(path) if path.exists() else None


def build_views(data_dir: Path) -> Path:
    """(Re)build ziyarat.duckdb with one view per table, in a temp file renamed
    into place, so a query holding the old file open is never disturbed."""
    data_dir = Path(data_dir).resolve()
    target = data_dir / DB_NAME
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".ziyarat.", suffix=".duckdb.tmp")
    os.close(fd)
    os.unlink(tmp)  # duckdb wants to create the file itself
    con = duckdb.connect(tmp)
    try:
        _create_views(con, data_dir)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    Path(tmp + ".wal").unlink(missing_ok=True)
    os.replace(tmp, target)
    return target


@contextmanager
def run_lock(data_dir: Path, timeout: float = 0.0) -> Iterator[None]:
    """Hold the data dir's lock for a whole run; a second run waits `timeout`
    seconds, then stops with a clear message. Once the lock is held, whatever a
    killed run left behind is finished or removed (recover)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / LOCK_NAME))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise RunLocked(
            f"another ziyarat run is writing to {data_dir} (lock {data_dir / LOCK_NAME}); "
            "wait for it to finish or pass --wait SECONDS"
        ) from None
    try:
        recover(data_dir)
        yield
    finally:
        lock.release()


def query(data_dir: Path, sql: str) -> pl.DataFrame:
    """Read-only SQL over the tables; ziyarat.query holds the guards."""
    from ziyarat.query import run

    return run(data_dir, sql)


def _open_read_only(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """The data dir's ziyarat.duckdb opened read-only; when it is missing or its
    views point elsewhere (the folder was moved, or copied: the views of a copy
    still read the original's files), in-memory views over this dir's Parquet
    files instead."""
    db = data_dir / DB_NAME
    if db.exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            con = None
        if con is not None:
            here = "'" + str((data_dir / "visits.parquet").resolve()).replace("'", "''") + "'"
            try:
                row = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'visits'").fetchone()
                if row and here in row[0]:
                    con.execute("SELECT 1 FROM visits LIMIT 0")
                    return con
            except duckdb.Error:
                pass
            con.close()
    con = duckdb.connect(":memory:")
    _create_views(con, data_dir)
    return con


def _create_views(con: duckdb.DuckDBPyConnection, data_dir: Path) -> None:
    """One view per table present, over its Parquet file by absolute path."""
    for name in schemas.TABLES:
        parquet = (Path(data_dir) / f"{name}.parquet").resolve()
        if parquet.exists():
            path = str(parquet).replace("'", "''")
            con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
