"""Run-level choices that cost start-up time: where the units run (flows/run.py
local_workers) and which Prefect API a run reports to (flows/prefect_api.py)."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from flows import heap, prefect_api, prefect_server, run
from ziyarat import cache
from ziyarat.settings import Settings


def _todo(tmp_path: Path, n_bytes: int, workers: int = 2, pool_min_bytes: int = 1000):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("ا" * (n_bytes // 2), encoding="utf-8")  # two bytes a letter
    settings = Settings(input_dir=inputs, data_dir=tmp_path / "data", workers=workers, pool_min_bytes=pool_min_bytes)
    return settings, run.plan_run(settings)


def test_a_small_addition_works_in_the_run_process(tmp_path):
    settings, todo = _todo(tmp_path, 400)
    assert todo.bytes_to_read == 400
    assert run.local_workers(settings, todo) == 1


def test_an_input_of_pool_min_bytes_or_more_goes_to_the_pool(tmp_path):
    settings, todo = _todo(tmp_path, 1000, workers=3)
    assert run.local_workers(settings, todo) == 3


def test_a_code_change_goes_to_the_pool_however_little_is_new(tmp_path):
    """Every held article is extracted again then: the pool's start-up pays."""
    settings, todo = _todo(tmp_path, 400)
    changed = run.Todo(plan=cache.Plan(todo.plan.to_read, [], 0, todo.plan.catalogue, code_changed=True),
                       inputs=todo.inputs, snapshot=None, fingerprint=todo.fingerprint, intact=False)
    assert run.local_workers(settings, changed) == 2


def test_a_run_with_prefect_api_url_starts_no_server(prefect_backend):
    from prefect.settings import PREFECT_API_URL

    with prefect_api.api_for_run() as url:
        assert url == PREFECT_API_URL.value() and url.startswith("http://")
    assert prefect_api.servers() == []


def test_the_temporary_server_answers_without_the_background_services(tmp_path, monkeypatch):
    """Started from its command line (not through prefect.server), once per process;
    its settings say the services a one-off run never uses are off; stop() ends it."""
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS, temporary_settings

    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))  # the server's database
    try:
        with temporary_settings(updates={PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS: 180}):
            url = prefect_api.temporary_server()
        assert prefect_api.temporary_server() == url  # the same server for a second run of the process
        (process,) = prefect_api.servers()
        with urllib.request.urlopen(f"{url}/admin/settings", timeout=30) as response:
            services = json.load(response)["server"]["services"]
        assert services["task_run_recorder"]["enabled"] is False
        assert services["event_persister"]["enabled"] is False
        assert services["triggers"]["enabled"] is False
    finally:
        prefect_api.stop()
    assert process.poll() is not None and prefect_api.servers() == []


def test_the_cli_starts_reading_before_the_flow_run_and_the_flow_collects_it(prefect_backend, tmp_path, monkeypatch):
    """run_pipeline starts the reading while Prefect sets up the flow run; the flow's
    ingest task takes its result instead of reading again."""
    from flows.launch import run_pipeline
    from tests.conftest import SEEDS

    calls, heads = [], []
    read_inputs, head_start = run.read_inputs, run.head_start
    monkeypatch.setattr(run, "read_inputs", lambda *a: calls.append(a[2]) or read_inputs(*a))
    monkeypatch.setattr(run, "head_start", lambda *a: heads.append(head_start(*a)) or heads[-1])
    summary = run_pipeline(Settings(input_dir=SEEDS, data_dir=tmp_path / "data", workers=1))
    assert summary["articles"] == 5 and summary["reported_visits"] == 4
    [head] = heads
    assert calls == [head.staging]  # read once, by the head start, into its staging folder
    assert head.reading.done() and head.reading.result().n_docs == 5


def test_an_article_whose_extraction_fails_costs_only_itself_and_is_said(prefect_backend, tmp_path, monkeypatch,
                                                                         capsys):
    """A rule bug one article trips (StopIteration, as seen on a 250k-article run) does
    not abort the run: the article is held with no extracted rows, the run's log warns
    with its id, and the summary (printed, and kept in the run's state) counts it."""
    import tasks.extract as extract_module
    from flows.launch import run_pipeline
    from tasks.extract import isolation
    from tests.conftest import SEEDS
    from ziyarat import store
    from ziyarat.cli import _print_summary

    monkeypatch.delenv("ZIYARAT_STRICT_EXTRACT", raising=False)
    real, failed = extract_module.extract_article, []

    def failing(article_id, text, *args):
        real(article_id, text, *args)
        if "صواريخ اس 300" in text:  # S-300 missiles: the 2018 Sochi meeting's article (seed 004)
            failed.append(article_id)
            raise StopIteration
    monkeypatch.setattr(extract_module, "extract_article", failing)
    data = tmp_path / "data"
    logged = []  # what the extract task says on its run logger (Prefect's logging config drops a test's handler)
    warn = isolation.warn

    class Said:
        def __init__(self, logger):
            self.logger = logger

        def warning(self, message, *args):
            logged.append((self.logger.logger.name, message % args))
            self.logger.warning(message, *args)
    monkeypatch.setattr(isolation, "warn", lambda logger, *args: warn(Said(logger), *args))
    summary = run_pipeline(Settings(input_dir=SEEDS, data_dir=data, workers=1))
    [bad] = failed
    assert summary["articles"] == 5 and summary["extract_failed"] == 1 and summary["extract_failed_ids"] == [bad]
    assert summary["reported_visits"] == 3  # of 4: Sochi's is gone with its article's rows
    kept = store.read_state(data)["summary"]
    assert (kept["extract_failed"], kept["extract_failed_ids"]) == (1, [bad])
    assert bad not in store.read_table(data, "mentions")["article_id"].to_list()
    assert bad in store.read_table(data, "articles")["article_id"].to_list()
    [(logger, said)] = logged
    assert logger == "prefect.task_runs"
    assert said.startswith(f"article {bad} failed extraction and has no extracted rows: "
                           "StopIteration at tests/test_run.py:")
    _print_summary(summary, data, table=False)
    assert capsys.readouterr().out.rstrip().endswith("; 1 article failed extraction (see the run's log)")


def test_an_error_while_reading_ahead_is_the_runs_error(prefect_backend, tmp_path):
    """The missing manifest is found by the reading the CLI started ahead (planning does
    not open it): its error is raised where the flow collects the reading."""
    from flows.launch import run_pipeline
    from tasks.ingest import InputError
    from tests.conftest import SEEDS

    with pytest.raises(InputError, match="manifest not found"):
        run_pipeline(Settings(input_dir=SEEDS, data_dir=tmp_path / "data", manifest=tmp_path / "nope.csv"))


def test_the_head_start_reads_in_a_daemon_thread_and_hands_over_its_result(tmp_path, monkeypatch):
    """A run that fails before its flow collects the reading exits without waiting for it."""
    import threading

    release = threading.Event()
    monkeypatch.setattr(run, "read_inputs", lambda settings, todo, staging, workers: release.wait(30) and staging)
    settings, todo = _todo(tmp_path, 400)
    head = run.head_start(settings, todo, 1)
    [thread] = [t for t in threading.enumerate() if t.name == "ziyarat-head-start"]
    assert thread.daemon and not head.reading.done()
    release.set()
    assert head.reading.result(timeout=30) == head.staging and head.staging.is_dir()


# ---------------------------------------------------------------- the server started early
# A cold process runs run_pipeline over seeds/ and says, for each server it started,
# whether Prefect was imported by then and whether the server was to check
# PREFECT_API_URL itself, then the server's exit status (None: still running) and the
# articles the run holds.
COLD_RUN = """
import sys
from pathlib import Path
from flows import launch, prefect_api
from ziyarat.settings import Settings

starts, start = [], prefect_api._start
prefect_api._start = lambda *a, **k: starts.append(("prefect" in sys.modules, k.get("unless_api_url", False))) \\
    or start(*a, **k)
summary = launch.run_pipeline(Settings(input_dir=Path(sys.argv[1]), data_dir=Path(sys.argv[2]), workers=1))
print(starts, [p.poll() for p in prefect_api.servers()], summary["articles"])
"""


def _cold_run(tmp_path: Path, **env: str) -> str:
    import os
    import subprocess
    import sys

    from tests.conftest import SEEDS

    base = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", COLD_RUN, str(SEEDS), str(tmp_path / "data")],
                          env={**base, "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180", **env},
                          cwd=Path(__file__).resolve().parent.parent, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]


def test_a_cold_run_starts_its_server_before_it_imports_prefect(tmp_path):
    """The plan is made and the server started before the flow (and Prefect) is
    imported; the server checks PREFECT_API_URL itself, finds none and serves the run."""
    assert _cold_run(tmp_path) == "[(False, True)] [None] 5"


def test_a_server_started_early_leaves_the_run_to_the_api_a_profile_names(prefect_backend, tmp_path):
    """PREFECT_API_URL in the active profile (not the environment): the server started
    before the run read Prefect's settings exits with NOT_NEEDED and the run reports
    to the profile's API."""
    from prefect.settings import PREFECT_API_URL

    profiles = tmp_path / "profiles.toml"
    profiles.write_text(f'active = "served"\n\n[profiles.served]\nPREFECT_API_URL = "{PREFECT_API_URL.value()}"\n',
                        encoding="utf-8")
    line = _cold_run(tmp_path, PREFECT_PROFILES_PATH=str(profiles))
    assert line == f"[(False, True)] [{prefect_server.NOT_NEEDED}] 5"


def test_the_server_process_runs_uvicorn_with_a_runs_gc_thresholds(monkeypatch):
    """flows/prefect_server.py is `python -m uvicorn ARGS` with the collector's
    thresholds of a run (flows/heap.py) set before the server's imports."""
    import gc
    import sys

    import uvicorn

    seen = []
    monkeypatch.setattr(uvicorn, "main", lambda: seen.append((gc.get_threshold(), sys.argv)))
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    before = gc.get_threshold()
    try:
        prefect_server.main(["--factory", "prefect.server.api.server:create_app", "--port", "1"])
    finally:
        gc.set_threshold(*before)
    assert seen == [((heap.YOUNG_OBJECTS, heap.OLDER_EVERY, heap.OLDER_EVERY),
                     ["uvicorn", "--factory", "prefect.server.api.server:create_app", "--port", "1"])]


def test_with_unless_api_url_the_server_process_serves_only_when_no_api_is_named(monkeypatch):
    import gc
    import sys

    import uvicorn
    from prefect.settings import PREFECT_API_URL, temporary_settings

    seen = []
    monkeypatch.setattr(uvicorn, "main", lambda: seen.append(sys.argv))
    monkeypatch.setattr(sys, "argv", list(sys.argv))
    before = gc.get_threshold()
    try:
        with temporary_settings(updates={PREFECT_API_URL: "http://127.0.0.1:9/api"}):
            with pytest.raises(SystemExit) as stopped:
                prefect_server.main([prefect_server.UNLESS_API_URL, "--port", "1"])
        assert stopped.value.code == prefect_server.NOT_NEEDED and seen == []
        with temporary_settings(restore_defaults={PREFECT_API_URL}):
            prefect_server.main([prefect_server.UNLESS_API_URL, "--port", "1"])
    finally:
        gc.set_threshold(*before)
    assert seen == [["uvicorn", "--port", "1"]]
