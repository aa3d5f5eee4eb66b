"""The `ziyarat` command as a user meets it (subprocesses): the run summary, query
output in table / csv / json, and errors a user can fix, which are one line on
stderr (which file, what is wrong, what to do), never a traceback, exit code non-zero."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

ZIYARAT = ROOT / ".venv" / "bin" / "ziyarat"
if not ZIYARAT.exists():
    ZIYARAT = Path(sys.executable).with_name("ziyarat")


@pytest.fixture(scope="module")
def env(prefect_backend):
    """Offline Prefect on the session's test server (no server start per run)."""
    from prefect.settings import get_current_settings

    out = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", COLUMNS="200")
    url = get_current_settings().api.url
    if url:
        out["PREFECT_API_URL"] = str(url)
    return out


def ziyarat(env: dict, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(ZIYARAT), *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The single stderr line of a failed command (asserting that it is one)."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture(scope="module")
def seed_cli_run(env, tmp_path_factory):
    data = tmp_path_factory.mktemp("cli") / "data"
    result = ziyarat(env, "run", "--input", str(SEEDS), "--data", str(data))
    return data, result


# ---------------------------------------------------------------- run output
def test_run_prints_the_summary_and_the_reported_visits(seed_cli_run):
    data, result = seed_cli_run
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"ziyarat: 5 articles (0 duplicates), 0 quarantined, 5 visits (4 reported) -> {data}"
    header = next(line for line in lines if "start_date" in line)
    for col in ("end_date", "visitor", "host", "city", "visit_type", "announced", "n_articles"):
        assert col in header
    body = [line for line in lines if "Bashar al-Assad" in line]
    assert len(body) == 4 and sum("Sochi" in line for line in body) == 1
    assert lines[-1].strip() == "(4 rows)"
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- query output formats
SQL = ("select visit_id, city, start_date, n_articles, article_ids, announced from visits "
       "where n_articles > 0 order by start_date")


def test_query_json_parses_with_real_types(seed_cli_run, env):
    data, _ = seed_cli_run
    result = ziyarat(env, "query", SQL, "--data", str(data), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["city"] for r in rows] == ["Sochi", "Moscow", "Moscow", "Moscow"]
    assert rows[0]["start_date"] == "2018-05-17"
    assert [r["n_articles"] for r in rows] == [1, 1, 2, 1]
    assert isinstance(rows[2]["article_ids"], list) and len(rows[2]["article_ids"]) == 2
    assert rows[0]["announced"] is False and rows[3]["announced"] is None


def test_query_csv_parses_and_lists_are_json(seed_cli_run, env):
    data, _ = seed_cli_run
    result = ziyarat(env, "query", SQL, "--data", str(data), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == ["visit_id", "city", "start_date", "n_articles", "article_ids", "announced"]
    assert [r["city"] for r in rows] == ["Sochi", "Moscow", "Moscow", "Moscow"]
    assert rows[2]["n_articles"] == "2"
    assert len(json.loads(rows[2]["article_ids"])) == 2
    assert rows[3]["announced"] == ""  # null is an empty cell


def test_query_table_shows_headers_rows_and_a_count(seed_cli_run, env):
    data, _ = seed_cli_run
    result = ziyarat(env, "query", "select city, count(*) as n from visits where n_articles > 0 "
                                   "group by city order by city", "--data", str(data))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "city" in out and " n " in out
    moscow = next(line for line in out.splitlines() if "Moscow" in line)
    assert "3" in moscow
    assert out.rstrip().endswith("(2 rows)")


def test_query_table_prints_brackets_as_text(seed_cli_run, env):
    """Values and column names are never read as rich markup ("[/]" used to crash)."""
    data, _ = seed_cli_run
    result = ziyarat(env, "query", "select '[/]' as \"[a]\", '[bold]x[/bold]' as b", "--data", str(data))
    assert result.returncode == 0, result.stderr
    assert "[/]" in result.stdout and "[bold]x[/bold]" in result.stdout and "[a]" in result.stdout


def test_query_of_a_copied_data_dir_reads_the_copy(seed_cli_run, env, tmp_path):
    """A copy's ziyarat.duckdb still names the original's Parquet files; the query
    must read the copy's own tables."""
    import polars as pl

    data, _ = seed_cli_run
    copy = tmp_path / "copy"
    shutil.copytree(data, copy, symlinks=True)
    part = next((copy / "articles").glob("*.parquet"))
    pl.read_parquet(part).head(2).write_parquet(part)
    result = ziyarat(env, "query", "select count(*) as n from articles", "--data", str(copy), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [{"n": 2}]


# ---------------------------------------------------------------- one-line errors: query
@pytest.mark.parametrize("sql, expected", [
    ("select nope from visits", "SQL error:"),
    ("selec * from visits", "SQL error:"),
    ("drop view visits", "read-only"),
    ("copy (select 1) to 'out.csv'", "read-only"),
    ("select 1; drop view visits", "read-only"),
    ("", "SQL"),
])
def test_query_errors_are_one_line(seed_cli_run, env, sql, expected):
    data, _ = seed_cli_run
    line = one_line_error(ziyarat(env, "query", sql, "--data", str(data)))
    assert expected in line
    assert not (ROOT / "out.csv").exists()


def test_query_without_tables_says_to_run_first(env, tmp_path):
    line = one_line_error(ziyarat(env, "query", "select 1", "--data", str(tmp_path / "nowhere")))
    assert str(tmp_path / "nowhere") in line and "ziyarat run" in line
    (tmp_path / "empty").mkdir()
    line = one_line_error(ziyarat(env, "query", "select * from visits", "--data", str(tmp_path / "empty")))
    assert "no tables" in line and "ziyarat run" in line


# ---------------------------------------------------------------- one-line errors: run
def test_missing_input_dir(env, tmp_path):
    line = one_line_error(ziyarat(env, "run", "--input", str(tmp_path / "missing"), "--data", str(tmp_path / "d")))
    assert str(tmp_path / "missing") in line and "does not exist" in line and "--input" in line


def test_input_that_is_a_file(env, tmp_path):
    (tmp_path / "a.txt").write_text("x")
    line = one_line_error(ziyarat(env, "run", "--input", str(tmp_path / "a.txt"), "--data", str(tmp_path / "d")))
    assert "not a directory" in line and "--input" in line


def test_paths_with_brackets_are_printed_as_they_are(env, tmp_path):
    missing = tmp_path / "no[/]such [bold]dir"
    line = one_line_error(ziyarat(env, "run", "--input", str(missing), "--data", str(tmp_path / "d")))
    assert str(missing) in line


def test_data_dir_that_is_a_file(env, tmp_path):
    """An unusable data dir (tests run as root, so chmod 000 would not stop us: a
    regular file, and a path under a regular file, are unusable for anyone)."""
    blocker = tmp_path / "data_is_a_file"
    blocker.write_text("not a folder")
    for data in (blocker, blocker / "sub"):
        line = one_line_error(ziyarat(env, "run", "--input", str(SEEDS), "--data", str(data)))
        assert str(data) in line and "--data" in line
    assert blocker.read_text() == "not a folder"


def test_missing_manifest(env, tmp_path):
    line = one_line_error(ziyarat(env, "run", "--input", str(SEEDS), "--data", str(tmp_path / "d"),
                                  "--manifest", str(tmp_path / "manifest.csv")))
    assert str(tmp_path / "manifest.csv") in line and "--manifest" in line


@pytest.mark.parametrize("manifest, what", [
    ("file,published_at\n000_e4cb65079a8bf2ce.txt,14/03/2023\n", "line 2: published_at '14/03/2023'"),
    ("name,published_at\n000_e4cb65079a8bf2ce.txt,2023-03-14\n", "no 'file' column"),
])
def test_malformed_manifest(env, tmp_path, manifest, what):
    src = tmp_path / "in"
    shutil.copytree(SEEDS, src)
    (src / "manifest.csv").write_text(manifest, encoding="utf-8")
    result = ziyarat(env, "run", "--input", str(src), "--data", str(tmp_path / "d"))
    line = one_line_error(result)
    assert str(src / "manifest.csv") in line and what in line
    assert "fix the manifest" in line
    assert not (tmp_path / "d" / "articles").exists()


def test_unknown_option_is_a_usage_error(env):
    result = ziyarat(env, "run", "--no-such-option")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--no-such-option" in result.stderr
