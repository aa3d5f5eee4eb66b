"""Run-level choices that cost start-up time: where the units run (flows/run.py
local_workers) and which Prefect API a run reports to (flows/prefect_api.py)."""
from __future__ import annotations

import json
import urllib.request
from pathlib import Path

from flows import prefect_api, run
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
