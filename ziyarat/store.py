"""All table I/O in one place (stages never touch the disk): snapshots of Parquet
part files committed by one atomic pointer swap, the DuckDB views, the run lock.

Layout of a data dir (DATA)::

    DATA/snapshots/<id>/<table>/<part>.parquet   one folder of part files per table
    DATA/snapshots/<id>/_state.json               parts per table, row counts, run state
    DATA/snapshots/<id>/ziyarat.duckdb            one view per table over its parts
    DATA/current -> snapshots/<id>                THE pointer: swapped by one rename
    DATA/<table> -> current/<table>               fixed links: plain paths show the
    DATA/ziyarat.duckdb, DATA/_state.json            current snapshot's data
    DATA/.staging/<run>/                          part files a run's workers wrote,
                                                   moved into its snapshot at commit

A run builds a new snapshot directory (the parts it keeps are hard links to the
previous snapshot's, so nothing is copied), then renames a new `current` link over
the old one: readers see the previous snapshot or the new one, never a mix, whatever
moment the run is killed at. The previous snapshot is kept (a reader may still be
reading it); older ones are deleted after the swap. Views name their part files by
absolute path, so `duckdb DATA/ziyarat.duckdb` works from any directory; a copied or
moved data dir is re-pointed the first time ziyarat reads it (:func:`repoint_views`),
and ziyarat's own readers build their views from the manifest whatever the file says.
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from ziyarat import schemas
from ziyarat.files import atomic_write_bytes, file_mode, fsync_dir, fsync_file, link_or_copy, move_file
from ziyarat.errors import UserError

if TYPE_CHECKING:
    import duckdb


def _duckdb():
    """duckdb, imported when first used: a run's flow needs it only to write the
    views at the commit (~36 MB of RSS it does not carry through the merge)."""
    import duckdb

    return duckdb

DB_NAME = "ziyarat.duckdb"
LOCK_NAME = ".ziyarat.lock"
STATE_NAME = "_state.json"
CURRENT = "current"
SNAPSHOTS = "snapshots"
KEEP_SNAPSHOTS = 2  # the current one and the one before (a reader may still be reading it)
MAX_PARTS = 16  # a table with more part files than this is compacted into one
STAGING = ".staging"  # part files written by a run's workers, before its commit
ROW_GROUP_ROWS = 2000  # rows per Parquet row group: readers stream a part a group at a time
WRITE_THREADS = 4
# Files of the layout before snapshots (one DATA/<table>.parquet per table).
LEGACY = ("_commit.json", "_cache_visit_mentions.parquet")

log = logging.getLogger(__name__)


class RunLocked(UserError):
    """Another run holds the data dir's lock."""


# ---------------------------------------------------------------- writing one file
def _write_parquet(path: Path, table) -> None:
    """An Arrow table (or polars frame) as a new, fsynced Parquet file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table.to_arrow() if isinstance(table, pl.DataFrame) else table, str(path), compression="zstd",
                   row_group_size=ROW_GROUP_ROWS)
    fsync_file(path)


def _symlink(data_dir: Path, name: str, target: str) -> None:
    """DATA/name -> target (relative), replacing whatever is there in one rename."""
    path = data_dir / name
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)  # a real folder: a copy that followed the links (see relink)
    tmp = data_dir / f".{name}.{secrets.token_hex(4)}.tmp"
    os.symlink(target, tmp)
    os.replace(tmp, path)


# ---------------------------------------------------------------- reading a snapshot
def snapshot_dir(data_dir: Path) -> Path | None:
    """The current snapshot's directory (the pointer read once: a reader that reads
    every table from it sees one snapshot, whatever runs commit meanwhile)."""
    data_dir = Path(data_dir)
    pointer = data_dir / CURRENT
    try:
        path = data_dir / os.readlink(pointer)
    except OSError:  # no pointer; or a real folder: a copy that followed the links (see relink)
        sid = read_manifest(pointer).get("id") if pointer.is_dir() else None
        path = data_dir / SNAPSHOTS / sid if sid else pointer
    return path if (path / STATE_NAME).is_file() else None


def read_manifest(snapshot: Path | None) -> dict:
    """A snapshot's _state.json (parts per table, row counts, run state), or {}."""
    if snapshot is None:
        return {}
    try:
        return json.loads((Path(snapshot) / STATE_NAME).read_text())
    except (OSError, ValueError):
        return {}


def read_state(data_dir: Path) -> dict:
    """The current snapshot's state: the run's (code fingerprint, summary), "tables"
    (row counts), "parts" (file names per table), "id" and "parent"; or {}."""
    return read_manifest(snapshot_dir(data_dir))


def note_summary(data_dir: Path, summary: dict) -> None:
    """Record a run's summary in the current snapshot's state (a run that found
    nothing to do: the tables and the rest of the state stay as they are)."""
    snap = snapshot_dir(data_dir)
    manifest = read_manifest(snap)
    if snap is None or not manifest:
        return
    manifest["summary"] = summary
    atomic_write_bytes(snap / STATE_NAME, json.dumps(manifest, indent=1, sort_keys=True, default=str).encode())


def part_files(snapshot: Path | None, name: str) -> list[Path]:
    """The part files of table `name` in a snapshot, in the order they were added."""
    if snapshot is None:
        return []
    parts = read_manifest(snapshot).get("parts", {}).get(name, [])
    return [Path(snapshot) / name / p for p in parts]


def read_parts(paths: list[Path], name: str, columns: list[str] | None = None) -> pl.DataFrame | None:
    """Part files as one frame (only `columns` when given), or None when there are none."""
    if not paths:
        return None
    frames = [pl.read_parquet(p, columns=columns) for p in paths]
    return pl.concat(frames, how="vertical_relaxed") if len(frames) > 1 else frames[0]


def read_table(data_dir: Path, name: str, columns: list[str] | None = None) -> pl.DataFrame | None:
    """Table `name` of the current snapshot, or None when absent."""
    return snapshot_table(snapshot_dir(data_dir), name, columns)


def snapshot_table(snapshot: Path | None, name: str, columns: list[str] | None = None) -> pl.DataFrame | None:
    """Table `name` of a given snapshot (None: no snapshot), or None when absent."""
    return read_parts(part_files(snapshot, name), name, columns)


# ---------------------------------------------------------------- staged part files
def _new_id() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"-{os.getpid()}-{secrets.token_hex(3)}"


def staging_dir(data_dir: Path) -> Path:
    """A new folder for one run's staged part files (DATA/.staging/<id>): the run's
    workers write their parts there and commit moves them into the snapshot. Call it
    holding the run lock; what a killed run staged is deleted by the next (recover)."""
    path = Path(data_dir) / STAGING / _new_id()
    path.mkdir(parents=True)
    return path


def frames_to_write(name: str, frames: list[pl.DataFrame]) -> list[pl.DataFrame]:
    """The non-empty frames, public tables conformed to their schema; internal ones
    (`_name`) as given."""
    return [schemas.conform(name, f) if name in schemas.TABLES else f for f in frames if f is not None and f.height]


def _compact(sources: list[Path], target: Path) -> None:
    """Many part files as one, streamed ROW_GROUP_ROWS rows at a time (memory: one
    group, also of the articles' text).
    Parts written before a column was added get it as nulls."""
    schema = pa.unify_schemas([pq.read_schema(src) for src in sources], promote_options="permissive")
    with pq.ParquetWriter(str(target), schema, compression="zstd") as writer:
        for src in sources:
            for batch in pq.ParquetFile(src).iter_batches(batch_size=ROW_GROUP_ROWS):
                if batch.schema != schema:
                    batch = pa.RecordBatch.from_arrays(
                        [batch.column(f.name).cast(f.type) if f.name in batch.schema.names
                         else pa.nulls(batch.num_rows, f.type) for f in schema], schema=schema)
                writer.write_batch(batch)
    os.chmod(target, file_mode())
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_parts(snap: Path, previous: Path | None, keep: dict[str, list[str]],
                 add: dict[str, list[pl.DataFrame | Path]]) -> dict[str, list[str]]:
    """Every table's part files in the new snapshot dir: the kept ones linked, the
    staged ones moved in, the new ones written (side by side: Parquet compression releases the GIL), too many
    compacted into one. Returns the part names per table."""
    parts: dict[str, list[str]] = {}
    jobs = []
    sid = snap.name
    names = list(dict.fromkeys([*schemas.TABLES, *keep, *add]))
    for name in names:
        kept = list(keep.get(name, [])) if previous is not None else []
        for p in kept:
            link_or_copy(previous / name / p, snap / name / p)
        staged = [f for f in add.get(name, []) if isinstance(f, Path)]
        frames = frames_to_write(name, [f for f in add.get(name, []) if not isinstance(f, Path)])
        if not kept and not frames and not staged and name in schemas.TABLES:
            frames = [schemas.empty(name)]  # every public table has a file, with its columns
        moved = [f"{sid}-s{i}.parquet" for i in range(len(staged))]
        for src, p in zip(staged, moved):
            move_file(src, snap / name / p)
        new = [f"{sid}-{i}.parquet" for i in range(len(frames))]
        jobs += [(snap / name / p, f) for p, f in zip(new, frames)]
        parts[name] = kept + moved + new
    with ThreadPoolExecutor(max_workers=WRITE_THREADS) as threads:
        for future in [threads.submit(_write_parquet, path, frame) for path, frame in jobs]:
            future.result()
    for name, names_ in parts.items():
        if len(names_) > MAX_PARTS:
            merged = f"{sid}-all.parquet"
            _compact([snap / name / p for p in names_], snap / name / merged)
            for p in names_:
                (snap / name / p).unlink()
            parts[name] = [merged]
    return parts


def commit(data_dir: Path, keep: dict[str, list[str]], add: dict[str, list[pl.DataFrame | Path]],
           state: dict) -> Path:
    """Publish a new snapshot: for each table, the parts of the current snapshot
    named in `keep` plus one new part per entry in `add`, a frame (written here) or a
    part file already written in the run's staging folder (moved in); a public table
    absent from both is empty. `state` is stored with it (read_state). Returns its
    directory.

    Steps: parts written -> views written -> state written -> links in place ->
    pointer swapped (the commit point) -> old snapshots deleted. Before the swap
    nothing a reader sees has changed; after it, everything has; what a killed run
    leaves is deleted by the next (recover). tests/test_snapshot.py kills the
    process at each file operation in turn."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    previous = snapshot_dir(data_dir)
    snap = data_dir / SNAPSHOTS / _new_id()
    snap.mkdir(parents=True)
    try:
        _build_snapshot(snap, data_dir, previous, keep, add, state)
    except BaseException:
        shutil.rmtree(snap, ignore_errors=True)  # nothing a reader sees has changed
        raise
    for name in [*schemas.TABLES, DB_NAME, STATE_NAME]:
        _symlink(data_dir, name, f"{CURRENT}/{name}")
    _symlink(data_dir, CURRENT, f"{SNAPSHOTS}/{snap.name}")  # the commit point: one rename
    fsync_dir(data_dir)
    collect_garbage(data_dir)
    return snap


def _build_snapshot(snap: Path, data_dir: Path, previous: Path | None, keep: dict[str, list[str]],
                    add: dict[str, list[pl.DataFrame | Path]], state: dict) -> None:
    """A complete snapshot dir (parts, views, state), not yet pointed at."""
    parts = _write_parts(snap, previous, keep, add)
    rows = {name: sum(pq.read_metadata(snap / name / p).num_rows for p in parts[name]) for name in schemas.TABLES}
    _build_views(snap, data_dir, parts)
    manifest = {**state, "id": snap.name, "parent": previous.name if previous else None, "parts": parts,
                "tables": rows}
    atomic_write_bytes(snap / STATE_NAME, json.dumps(manifest, indent=1, sort_keys=True, default=str).encode())
    fsync_dir(snap)
    fsync_dir(snap.parent)


def write_tables(data_dir: Path, tables: dict[str, pl.DataFrame], state: dict | None = None) -> Path:
    """Commit a snapshot holding exactly these tables (one part each; the public
    tables not given are empty): for tests and tools that write a whole set."""
    return commit(data_dir, keep={}, add={name: [df] for name, df in tables.items()}, state=dict(state or {}))


def collect_garbage(data_dir: Path) -> list[str]:
    """Delete the snapshots but the current one and its parent, and the files of the
    layout before snapshots. Only call it holding the run lock, after a swap."""
    data_dir = Path(data_dir)
    current = snapshot_dir(data_dir)
    if current is None:
        return []
    keep = {current.name, read_manifest(current).get("parent")}
    removed = []
    for path in sorted((data_dir / SNAPSHOTS).iterdir()):
        if path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    for name in [f"{t}.parquet" for t in schemas.TABLES] + list(LEGACY):
        (data_dir / name).unlink(missing_ok=True)
    if (data_dir / STAGING).is_dir():  # what the committed run did not move in, or a killed run staged
        removed += [f"{STAGING}/{p.name}" for p in (data_dir / STAGING).iterdir()]
        shutil.rmtree(data_dir / STAGING, ignore_errors=True)
    return removed


def legacy_tables(data_dir: Path) -> list[str]:
    """Table files of the layout before snapshots (DATA/<table>.parquet)."""
    return sorted(p.name for p in Path(data_dir).glob("*.parquet") if p.stem in schemas.TABLES)


def relink(data_dir: Path) -> bool:
    """Put back the links of a data dir copied by a tool that followed them (its
    `current` is then a real folder): `current` points again at the snapshot its
    state names. Returns whether anything was done."""
    data_dir = Path(data_dir)
    current = data_dir / CURRENT
    if current.is_symlink() or not current.is_dir():
        return False
    sid = read_manifest(current).get("id")
    if not sid or not (data_dir / SNAPSHOTS / sid / STATE_NAME).is_file():
        return False
    _symlink(data_dir, CURRENT, f"{SNAPSHOTS}/{sid}")
    for name in [*schemas.TABLES, DB_NAME, STATE_NAME]:
        _symlink(data_dir, name, f"{CURRENT}/{name}")  # real files and folders of the copy replaced
    return True


def clean_stale_temp_files(data_dir: Path) -> list[str]:
    """Delete the temp files ("." + name + ".tmp", and DuckDB's ".tmp.wal") that a
    killed run left behind. Only call it while holding the run lock."""
    removed = []
    for path in Path(data_dir).iterdir():
        name = path.name
        if name.startswith(".") and name.endswith((".tmp", ".tmp.wal")) and (path.is_file() or path.is_symlink()):
            path.unlink(missing_ok=True)
            removed.append(name)
    return sorted(removed)


def recover(data_dir: Path) -> None:
    """After a run was killed: delete its half-built snapshot and temp files.
    Called by run_lock once the lock is held."""
    data_dir = Path(data_dir)
    if relink(data_dir):
        log.warning("re-linked %s to its current snapshot (the data dir was copied without its links)", data_dir)
    removed = clean_stale_temp_files(data_dir)
    if (data_dir / SNAPSHOTS).is_dir():
        removed += collect_garbage(data_dir)
    elif (data_dir / STAGING).is_dir():  # a first run killed before its commit
        removed.append(STAGING)
        shutil.rmtree(data_dir / STAGING, ignore_errors=True)
    if removed:
        log.warning("removed %d file(s) of an interrupted run in %s, e.g. %s", len(removed), data_dir, removed[0])


@contextmanager
def run_lock(data_dir: Path, timeout: float = 0.0) -> Iterator[None]:
    """Hold the data dir's lock for a whole run; a second run waits `timeout`
    seconds, then stops with a clear message. Once the lock is held, whatever a
    killed run left behind is removed (recover)."""
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


# ---------------------------------------------------------------- the DuckDB views
def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _view_sql(snapshot: Path, name: str, parts: list[str]) -> str:
    """One view over a table's part files, by absolute path: any DuckDB client, from
    any working directory, reads them (a relative name would resolve against the
    client's cwd, and DuckDB's allowed_directories check needs full paths)."""
    base = Path(snapshot).resolve().as_posix()
    files = ", ".join(_sql_str(f"{base}/{name}/{p}") for p in parts)
    return f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet([{files}], union_by_name=true)"


def _create_views(con: duckdb.DuckDBPyConnection, snapshot: Path, parts: dict[str, list[str]]) -> None:
    for name in schemas.TABLES:
        if parts.get(name):
            con.execute(_view_sql(snapshot, name, parts[name]))


def _build_views(snapshot: Path, data_dir: Path, parts: dict[str, list[str]]) -> Path:
    """The snapshot's ziyarat.duckdb: one view per public table over its parts."""
    target = snapshot / DB_NAME
    tmp = snapshot / f".{DB_NAME}.tmp"
    Path(tmp).unlink(missing_ok=True)
    con = _duckdb().connect(str(tmp))
    try:
        _create_views(con, snapshot, parts)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    Path(str(tmp) + ".wal").unlink(missing_ok=True)
    os.chmod(tmp, file_mode())
    os.replace(tmp, target)
    return target


def build_views(data_dir: Path) -> Path | None:
    """(Re)build the current snapshot's ziyarat.duckdb (e.g. after a DuckDB upgrade)."""
    snap = snapshot_dir(data_dir)
    if snap is None:
        return None
    return _build_views(snap, Path(data_dir), read_manifest(snap).get("parts", {}))


def _views_point_here(db: Path, snapshot: Path) -> bool:
    """Whether the ziyarat.duckdb at ``db`` reads this snapshot's own files (not those
    of the folder it was copied or moved from)."""
    try:
        con = _duckdb().connect(str(db), read_only=True)
    except _duckdb().Error:
        return False
    try:
        row = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'articles'").fetchone()
    except _duckdb().Error:
        return False
    finally:
        con.close()
    return bool(row) and _sql_str(Path(snapshot).resolve().as_posix() + "/")[:-1] in row[0]


def repoint_views(data_dir: Path) -> bool:
    """Rebuild ziyarat.duckdb when the data dir was moved or copied, so the DuckDB
    CLI and other clients read this folder's files; False when nothing needed it or
    it cannot be written (a read-only copy still works through ziyarat's readers)."""
    data_dir = Path(data_dir)
    snap = snapshot_dir(data_dir)
    top = data_dir / DB_NAME
    if snap is None or _views_point_here(top, snap):
        return False
    try:
        built = build_views(data_dir)
        if not top.is_symlink():  # a copy that followed the links holds its own file
            tmp = data_dir / f".{DB_NAME}.tmp"
            shutil.copyfile(built, tmp)
            os.replace(tmp, top)
    except (OSError, _duckdb().Error):
        return False
    return True


def connect_read_only(data_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory connection with one view per table over the current snapshot's
    parts (read from its manifest, by absolute path), so a moved or copied data dir
    reads its own files whatever its ziyarat.duckdb says; the file is re-pointed too."""
    data_dir = Path(data_dir).resolve()
    snap = snapshot_dir(data_dir)
    if snap is None:
        raise UserError(f"no tables in {data_dir}: run `ziyarat run --data {data_dir}` first")
    repoint_views(data_dir)
    con = _duckdb().connect(":memory:")
    _create_views(con, snap, read_manifest(snap).get("parts", {}))
    return con


