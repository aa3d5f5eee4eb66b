"""`ziyarat query` reads the data dir's tables and nothing else, and writes nothing:
every escape tried on it (EXPLAIN ANALYZE of a COPY, COPY, ATTACH, extensions,
SET, reading files outside the data dir) is refused in one line with exit 2, and
the tables and the files around them are unchanged. Also: the `duckdb` command
line of the README opens the file the project writes."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import polars as pl
import pytest

from tests.conftest import ROOT
from ziyarat import query, store

BIN = Path(sys.executable).parent
ZIYARAT = BIN / "ziyarat"


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A data dir with two visits, a 'home' with a .bashrc, and a file beside the data dir."""
    root = tmp_path_factory.mktemp("q")
    data = root / "data"
    visits = pl.DataFrame({
        "visit_id": ["v_1", "v_2"], "visitor": ["Bashar al-Assad"] * 2, "host": ["Vladimir Putin"] * 2,
        "city": ["Moscow", "Sochi"], "start_date": [dt.date(2023, 3, 14), dt.date(2018, 5, 17)],
        "n_articles": [2, 1],
    })
    store.write_tables(data, {"visits": visits})
    (root / "home").mkdir()
    (root / "home" / ".bashrc").write_text("# my shell\n")
    (root / "secret.csv").write_text("password\nhunter2\n")
    return root


def _snapshot(root: Path) -> dict[str, str]:
    """Every file under root with its content hash."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(ZIYARAT), "query", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=120)


ESCAPES = [
    "EXPLAIN ANALYZE COPY (select 'x' as visit_id) TO '{data}/visits.parquet' (FORMAT parquet)",
    "/* hidden */ explain analyze copy (select 'echo pwned') to '{home}/.bashrc' (format csv, header false)",
    "EXPLAIN (FORMAT json) COPY (select 1) TO '{home}/x.json'",
    "COPY (select 'x' as visit_id) TO '{data}/visits.parquet' (FORMAT parquet)",
    "COPY (select 'echo pwned') TO '{home}/.bashrc' (FORMAT csv, HEADER false)",
    "COPY visits TO '{home}/visits.csv'",
    "EXPORT DATABASE '{home}/export'",
    "ATTACH '{home}/evil.duckdb' AS evil",
    "INSTALL httpfs",
    "LOAD httpfs",
    "LOAD '{home}/evil.duckdb_extension'",
    "SET enable_external_access = true",
    "SET allowed_directories = ['/']",
    "RESET lock_configuration",
    "PRAGMA enable_external_access",
    "CREATE TABLE t AS SELECT 1",
    "DROP VIEW visits",
    "select 1; copy (select 1) to '{home}/x.csv'",
    "select * from read_csv('/etc/passwd')",
    "select * from read_csv('{root}/secret.csv')",
    "select * from read_csv('{data}/../secret.csv')",
    "select * from read_text('{home}/.bashrc')",
    "select * from read_blob('/etc/hostname')",
    "select * from glob('/etc/*')",
]


@pytest.mark.parametrize("sql", ESCAPES)
def test_every_escape_is_refused_in_one_line_and_changes_nothing(place, sql):
    data, home = place / "data", place / "home"
    before = _snapshot(place)
    result = _cli(sql.format(data=data, home=home, root=place), "--data", str(data))
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "refused" in lines[0] or "SQL error" in lines[0]
    assert "hunter2" not in result.stdout and "root:" not in result.stdout
    assert _snapshot(place) == before
    assert (home / ".bashrc").read_text() == "# my shell\n"


def test_reads_outside_the_data_dir_are_refused_by_duckdb_itself(place):
    """A SELECT passes the statement check; DuckDB's own guard stops the read."""
    with pytest.raises(store.UserError, match=r"^refused: Permission Error: .*/etc/passwd") as info:
        query.run(place / "data", "select * from read_csv('/etc/passwd')")
    assert "\n" not in str(info.value)
    with pytest.raises(store.UserError, match="secret.csv"):
        query.run(place / "data", f"select * from read_csv('{place}/data/../secret.csv')")


@pytest.mark.parametrize("sql, expected", [
    ("EXPLAIN ANALYZE COPY (select 1) TO 'x.csv'", "EXPLAINs a COPY statement"),
    ("explain analyze\n  -- a comment\n  insert into visits values (1)", "EXPLAINs a INSERT statement"),
    ("explain (format json, analyze) copy (select 1) to 'x.csv'", "EXPLAINs a COPY statement"),
    ("COPY (select 1) TO 'x.csv'", "this is a COPY statement"),
    ("SET threads = 1", "this is a SET statement"),
])
def test_the_statement_check_names_what_it_refused(sql, expected):
    with pytest.raises(store.UserError, match="^refused: ") as info:
        query.check_statement(sql)
    assert expected in str(info.value)


def test_select_explain_and_explain_analyze_of_a_select_are_read(place):
    data = place / "data"
    assert query.run(data, "select city from visits order by start_date")["city"].to_list() == ["Sochi", "Moscow"]
    for sql in ("explain select * from visits", "EXPLAIN ANALYZE select count(*) from visits",
                "describe visits", "summarize visits", "from visits select count(*) as n"):
        assert query.run(data, sql).height > 0, sql
    assert query.run(data, "from visits select count(*) as n")["n"][0] == 2


def test_the_connection_is_locked_down_before_the_user_sql(place):
    """lock_down leaves allowed only the data dir's tree and locks the settings."""
    con = duckdb.connect(":memory:")
    data = place / "data"
    query.lock_down(con, data, place / "spill")
    assert con.execute("select current_setting('enable_external_access')").fetchone()[0] is False
    allowed = con.execute("select current_setting('allowed_directories')").fetchone()[0]
    assert f"{data.resolve()}/" in allowed and f"{place.resolve()}/" not in allowed
    with pytest.raises(duckdb.InvalidInputException, match="locked"):
        con.execute("SET enable_external_access = true")
    con.close()


def test_a_query_starting_with_a_comment_is_sql_not_an_option(place):
    sql = "-- visits by city\nselect city from visits order by city"
    result = _cli(sql, "--data", str(place / "data"), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["city", "Moscow", "Sochi"]


def test_a_dash_reads_the_sql_from_stdin(place):
    result = _cli("-", "--data", str(place / "data"), "--format", "csv",
                  stdin="-- from a file\nselect count(*) as n from visits\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["n", "2"]


def test_the_duckdb_cli_is_the_library_version():
    """The `duckdb` command installed with the project opens files the library
    writes only if both are one version (the lock pins both)."""
    result = subprocess.run([str(BIN / "duckdb"), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == f"v{duckdb.__version__}"


def test_the_readme_duckdb_command_reads_the_file_the_project_writes(place):
    """The README's own line, run as written (data/ replaced by the test's data dir)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = re.search(r"^\.venv/bin/duckdb (data/ziyarat\.duckdb) -c \"([^\"]+)\"", readme, re.M)
    assert line, "README shows no `.venv/bin/duckdb data/ziyarat.duckdb -c ...` line"
    db = place / "data" / "ziyarat.duckdb"
    result = subprocess.run([str(BIN / "duckdb"), str(db), "-c", line.group(2)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Moscow" in result.stdout and "Sochi" in result.stdout
