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


# ---------------------------------------------------------------- one-line errors: the machine
def test_a_temporary_prefect_server_that_does_not_start_in_time_is_one_line(tmp_path):
    """No PREFECT_API_URL and a start-up timeout that cannot be met: Prefect's own
    RuntimeError ("Timed out while attempting to connect to ephemeral Prefect API
    server") becomes one line saying what to do; nothing is written, no server is left."""
    import psutil

    run_env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    run_env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
                   PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="0")
    run = subprocess.Popen([str(ZIYARAT), "run", "--input", str(SEEDS), "--data", str(tmp_path / "d")],
                           cwd=ROOT, env=run_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    _, stderr = run.communicate(timeout=300)
    result = subprocess.CompletedProcess(run.args, run.returncode, "", stderr)
    line = one_line_error(result)
    assert result.returncode == 1
    assert "temporary Prefect server did not start within 0 s" in line
    assert "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS" in line and "PREFECT_API_URL" in line
    assert not (tmp_path / "d" / "visits.parquet").exists()
    left = [p for p in psutil.process_iter(["status"])
            if p.info["status"] != psutil.STATUS_ZOMBIE and _pgid(p.pid) == run.pid]
    assert left == []


def _pgid(pid: int) -> int:
    try:
        return os.getpgid(pid)
    except ProcessLookupError:
        return -1


def test_the_default_prefect_start_up_timeout_is_raised_unless_set(monkeypatch):
    from ziyarat import cli

    monkeypatch.delenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", raising=False)
    cli._quiet_prefect()
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "90"
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "300")
    cli._quiet_prefect()
    assert os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"] == "300"


def test_a_full_disk_is_one_line_naming_the_dir_and_the_space(prefect_backend, seed_data, tmp_path, monkeypatch):
    """The table writer fails with ENOSPC (simulated: no tiny file system here): exit 1,
    one line with the full dir, its free space and what the last tables took; the
    previous tables stay as they were."""
    import errno

    from typer.testing import CliRunner

    from ziyarat import cli, store

    data = tmp_path / "data"
    shutil.copytree(seed_data, data, symlinks=True)
    before = {str(p.relative_to(data)): p.read_bytes() for p in (data / "current").resolve().rglob("*.parquet")}
    articles = tmp_path / "in"  # a new input beside the seed run's: the run must reach the writer
    shutil.copytree(SEEDS, articles)
    first = sorted(articles.glob("*.txt"))[0]
    (articles / "new.txt").write_text(first.read_text(encoding="utf-8") + "\nوأضاف المصدر أن المحادثات استمرت ساعتين.\n",
                                      encoding="utf-8")

    def full(data_dir, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(Path(data_dir) / ".visits.parquet.tmp"))

    monkeypatch.setattr(store, "commit", full)
    result = CliRunner().invoke(cli.app, ["run", "--input", str(articles), "--data", str(data), "--quiet"])
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith(f"error: no space left on the device of {data} (")
    assert " free; the last run's tables take " in lines[0] and "--data DIR on another disk" in lines[0]
    after = {str(p.relative_to(data)): p.read_bytes() for p in (data / "current").resolve().rglob("*.parquet")}
    assert after == before


def test_environment_errors_other_than_these_stay_tracebacks():
    """A bug is not dressed up as a one-line user error."""
    from ziyarat.cli import environment_error

    assert environment_error(ValueError("bug"), Path("data")) is None
    assert environment_error(OSError(13, "Permission denied"), Path("data")) is None
    assert environment_error(RuntimeError("other"), Path("data")) is None


# ---------------------------------------------------------------- run --quiet, data dir inside the input dir, explain
URL = "https://example.org/news/assad-moscow"


@pytest.fixture(scope="module")
def quiet_run(env, tmp_path_factory):
    """seeds/ copied with a url for 000 in the manifest, the data dir inside the
    input dir (holding a report.html of an earlier run), run with --quiet."""
    src = tmp_path_factory.mktemp("quiet") / "in"
    shutil.copytree(SEEDS, src)
    rows = list(csv.DictReader(open(SEEDS / "manifest.csv", encoding="utf-8")))
    rows[0]["url"] = URL
    with open(src / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (src / "out").mkdir()
    (src / "out" / "report.html").write_text("<html><body>تقرير قديم</body></html>", encoding="utf-8")
    return src / "out", ziyarat(env, "run", "--quiet", "--input", str(src), "--data", str(src / "out"))


def test_run_quiet_prints_only_the_summary_line_and_says_the_data_dir_was_skipped(quiet_run):
    data, result = quiet_run
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"ziyarat: 5 articles (0 duplicates), 0 quarantined, 5 visits (4 reported) -> {data}"
        "; data dir out/ inside the input dir skipped (2 paths)"]  # report.html and the lock


def test_help_shows_no_type_after_a_flag(env):
    for command in ("run", "eval"):
        result = ziyarat(env, command, "--help")
        assert result.returncode == 0 and "--help" in result.stdout
        assert "<bool>" not in result.stdout
    assert "-q, --quiet" in ziyarat(env, "run", "--help").stdout


def test_a_named_query_file_passed_as_the_argument_runs(seed_cli_run, env):
    """`ziyarat query "$(cat queries/timeline.sql)"`: the SQL starts with a `--` comment."""
    data, _ = seed_cli_run
    sql = (ROOT / "queries" / "timeline.sql").read_text(encoding="utf-8")
    assert sql.startswith("--")
    result = ziyarat(env, "query", sql, "--data", str(data), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["city"] for r in rows if r["n_articles"] > 0] == ["Sochi", "Moscow", "Moscow", "Moscow"]


def test_explain_finds_the_article_by_id_source_file_or_url(quiet_run, env):
    data, _ = quiet_run
    by_file = json.loads(ziyarat(env, "explain", "000_e4cb65079a8bf2ce.txt", "--data", str(data),
                                 "--format", "json").stdout)
    article_id = by_file["article"]["article_id"]
    assert by_file["article"]["url"] == URL
    for key in (article_id, URL):
        result = ziyarat(env, "explain", key, "--data", str(data), "--format", "json")
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == by_file
    triggers = {t["trigger"]: t for s in by_file["sentences"] for t in s["triggers"]}
    assert (triggers["وصل"]["accepted"], triggers["وصل"]["visitor"], triggers["وصل"]["row"]) == (
        True, "Bashar al-Assad", 0)
    assert triggers["زيارة"]["reason"] == "negated"  # "لم يجر الأسد أي زيارة للعاصمة الروسية"
    assert by_file["rows"][0]["visit_id"].startswith("v_")


def test_explain_table_shows_the_reasons(quiet_run, env):
    data, _ = quiet_run
    result = ziyarat(env, "explain", "000_e4cb65079a8bf2ce.txt", "--data", str(data))
    assert result.returncode == 0, result.stderr
    assert "✓ وصل (t:arrive_past" in result.stdout
    assert "negated: a negation word just before it" in result.stdout
    assert "visit_mentions rows (2)" in result.stdout


def test_explain_of_an_unknown_article_is_one_line(quiet_run, env):
    data, _ = quiet_run
    result = ziyarat(env, "explain", "no-such-article", "--data", str(data))
    assert result.returncode == 2
    assert "no article with article_id, source_file or url 'no-such-article'" in one_line_error(result)
