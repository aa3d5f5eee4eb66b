"""Read-only SQL over the tables (`ziyarat query`, the run's summary table).

Two guards, so that neither alone has to be perfect:
1. the statement: exactly one SELECT (or EXPLAIN of one SELECT; `EXPLAIN ANALYZE`
   executes its statement, so `EXPLAIN ANALYZE COPY ... TO` would write);
2. DuckDB's own settings on the connection before the user's SQL runs: no file
   access outside the data dir (`enable_external_access = false` with
   `allowed_directories` = the data dir's tree, which holds every table's Parquet
   files), no extension install or load, and `lock_configuration = true` so the
   statement cannot SET any of this back.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import duckdb
import polars as pl

from ziyarat import store
from ziyarat.store import UserError

READ_ONLY = "SELECT"  # SHOW, DESCRIBE, SUMMARIZE, PRAGMA <name>, FROM-first and VALUES parse as SELECT too
USAGE = 'give one SELECT statement, e.g. "select * from visits"'


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _statements(sql: str) -> list:
    try:
        return duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UserError(f"SQL error: {_first_line(exc)}") from None


def _kind(statement) -> str:
    return str(statement.type).rsplit(".", 1)[-1].upper()


def _explained(text: str) -> str:
    """The statement an EXPLAIN wraps: what follows `EXPLAIN [ANALYZE] [(options)]`
    (duckdb.tokenize skips comments, so `/* x */ EXPLAIN` is seen too)."""
    tokens = duckdb.tokenize(text)
    i = 1  # tokens[0] is EXPLAIN
    if i < len(tokens) and text[tokens[i][0]:].upper().startswith("ANALY"):
        i += 1
    if i < len(tokens) and text[tokens[i][0]] == "(":
        depth = 0
        for i in range(i, len(tokens)):
            char = text[tokens[i][0]]
            depth += (char == "(") - (char == ")")
            if depth == 0:
                i += 1
                break
    return text[tokens[i][0]:] if i < len(tokens) else ""


def _check_one(statement) -> None:
    kind = _kind(statement)
    if kind == "EXPLAIN":
        inner = [_kind(s) for s in _statements(_explained(statement.query))]
        if inner != [READ_ONLY]:
            what = inner[0] if inner else "empty"
            raise UserError(f"refused: ziyarat query is read-only and this EXPLAINs a {what} statement; "
                            "EXPLAIN [ANALYZE] is allowed of a SELECT only")
    elif kind != READ_ONLY:
        raise UserError(f"refused: ziyarat query is read-only and this is a {kind} statement; "
                        "only SELECT (or WITH ... SELECT) queries are allowed")


def check_statement(sql: str) -> None:
    """Raise UserError unless `sql` is one SELECT or an EXPLAIN of one SELECT."""
    statements = _statements(sql)
    if not statements:
        raise UserError(f"empty SQL: {USAGE}")
    for statement in statements:
        _check_one(statement)
    if len(statements) > 1:
        raise UserError(f"refused: {len(statements)} statements; {USAGE} at a time")


def lock_down(con: duckdb.DuckDBPyConnection, data_dir: Path, temp_dir: Path) -> None:
    """DuckDB's guards on `con`: files only under data_dir (plus DuckDB's spill
    files in temp_dir), no extensions, configuration locked."""
    data_dir = Path(data_dir)
    allowed = sorted({str(p) + "/" for p in (data_dir.absolute(), data_dir.resolve())})
    con.execute("SET temp_directory = ?", [str(temp_dir)])
    con.execute("SET allowed_directories = ?", [allowed])
    con.execute("SET enable_external_access = false")
    con.execute("SET autoinstall_known_extensions = false")
    con.execute("SET autoload_known_extensions = false")
    con.execute("SET lock_configuration = true")


def _has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchone()[0])


def run(data_dir: Path, sql: str) -> pl.DataFrame:
    """The result of one read-only statement over the data dir's tables."""
    data_dir = Path(data_dir)
    check_statement(sql)
    if not data_dir.is_dir():
        raise UserError(f"data dir {data_dir} does not exist: run `ziyarat run --data {data_dir}` first or pass --data DIR")
    con = store.connect_read_only(data_dir)
    temp_dir = Path(tempfile.mkdtemp(prefix="ziyarat-query-"))
    try:
        if not _has_tables(con):
            raise UserError(f"no tables in {data_dir}: run `ziyarat run --data {data_dir}` first")
        lock_down(con, data_dir, temp_dir)
        try:
            return con.sql(sql).pl()
        except duckdb.PermissionException as exc:
            raise UserError(f"refused: {_first_line(exc)}; ziyarat query reads only the tables in {data_dir}") from None
        except duckdb.Error as exc:
            raise UserError(f"SQL error: {_first_line(exc)}") from None
    finally:
        con.close()
        shutil.rmtree(temp_dir, ignore_errors=True)
