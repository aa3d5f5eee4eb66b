"""All table I/O in one place: atomic Parquet writes, the DuckDB views file, the run
lock, and read-only querying. Stages never touch the disk themselves."""
from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
import polars as pl
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from ziyarat import schemas

DB_NAME = "ziyarat.duckdb"
LOCK_NAME = ".ziyarat.lock"
STATE_NAME = "_state.json"


class UserError(Exception):
    """An error a user can fix; the CLI prints it as one line, never a traceback."""


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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temp file in the same dir, fsync, rename over the target."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def write_parquet_atomic(path: Path, df: pl.DataFrame) -> None:
    """One table to Parquet, atomically (temp file + fsync + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        pq.write_table(df.to_arrow(), tmp, compression="zstd")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_tables(data_dir: Path, tables: dict[str, pl.DataFrame], state: dict | None = None) -> None:
    """Write every public table (conformed), then the run state, then the views.

    Each file is replaced atomically; the state file (written last) records the
    row counts, so a reader can tell a consistent set from a torn one."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in schemas.TABLES:
        df = schemas.conform(name, tables.get(name))
        write_parquet_atomic(data_dir / f"{name}.parquet", df)
        counts[name] = df.height
    full_state = dict(state or {})
    full_state["tables"] = counts
    atomic_write_bytes(data_dir / STATE_NAME, json.dumps(full_state, indent=1, sort_keys=True, default=str).encode())
    build_views(data_dir)
    _fsync_dir(data_dir)


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
        for name in schemas.TABLES:
            parquet = data_dir / f"{name}.parquet"
            if parquet.exists():
                path = str(parquet).replace("'", "''")
                con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    Path(tmp + ".wal").unlink(missing_ok=True)
    os.replace(tmp, target)
    return target


@contextmanager
def run_lock(data_dir: Path, timeout: float = 0.0) -> Iterator[None]:
    """Hold the data dir's lock for a whole run; a second run waits `timeout`
    seconds, then stops with a clear message."""
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
        yield
    finally:
        lock.release()


ALLOWED_STATEMENTS = {"SELECT", "EXPLAIN"}


def _statement_types(sql: str) -> list[str]:
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UserError(f"SQL error: {str(exc).splitlines()[0]}") from None
    return [str(s.type).split(".")[-1].upper() for s in statements]


def query(data_dir: Path, sql: str) -> pl.DataFrame:
    """Run read-only SQL over the tables; refuse anything that writes."""
    data_dir = Path(data_dir)
    types = _statement_types(sql)
    if not types:
        raise UserError("empty SQL: give one SELECT statement, e.g. \"select * from visits\"")
    bad = [t for t in types if t not in ALLOWED_STATEMENTS]
    if bad:
        raise UserError(
            f"refused: ziyarat query is read-only and this is a {bad[0]} statement; "
            "only SELECT (or WITH ... SELECT) queries are allowed"
        )
    if len(types) > 1:
        raise UserError("give one statement at a time")
    if not (data_dir / "visits.parquet").exists():
        raise UserError(f"no tables in {data_dir}: run `ziyarat run --data {data_dir}` first")
    con = _open_read_only(data_dir)
    try:
        # Lock the connection down before the user's statement: no extension
        # installs, no settings changes.
        con.execute("SET autoinstall_known_extensions=false")
        con.execute("SET autoload_known_extensions=false")
        con.execute("SET lock_configuration=true")
        try:
            return con.sql(sql).pl()
        except duckdb.Error as exc:
            raise UserError(f"SQL error: {str(exc).splitlines()[0]}") from None
    finally:
        con.close()


def _open_read_only(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """The data dir's ziyarat.duckdb opened read-only; when it is missing or its
    views point elsewhere (the folder was moved), in-memory views over the same
    Parquet files instead."""
    db = data_dir / DB_NAME
    if db.exists():
        try:
            con = duckdb.connect(str(db), read_only=True)
            con.execute("SELECT 1 FROM visits LIMIT 0")
            return con
        except duckdb.Error:
            pass
    con = duckdb.connect(":memory:")
    for name in schemas.TABLES:
        parquet = (data_dir / f"{name}.parquet").resolve()
        if parquet.exists():
            path = str(parquet).replace("'", "''")
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{path}')")
    return con
