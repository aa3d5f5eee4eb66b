"""`ziyarat serve` end to end: a real `prefect server start` on a free loopback
port, the deployment served against it, one run triggered through the API, and
the run's state, artifacts and per-stage logs read back through the Prefect client;
a cron schedule that creates and completes runs on its own (Prefect's scheduler
service, which SQLAlchemy 2.1 breaks); and the installed versions equal the lock's."""
import importlib.metadata
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tasks.report import artifact_keys
from tests.conftest import ROOT, SEEDS

BIN = Path(sys.executable).parent
DEPLOYMENT = "ziyarat/ziyarat-scheduled"
CRON = "0 * * * *"
STAGES = ("ingest", "clean", "extract", "aggregate", "write")
SERVER_START_S = 180  # `prefect server start` took 76 s on the busy 2-core machine
DEPLOYMENT_S = 60
RUN_S = 180
LOGS_S = 20
STOP_S = 60  # Ctrl-C to exit: a liveness bound (under 10 s on a quiet machine; 30 s was exceeded at load 11-15)
EVERY_MINUTE = "* * * * *"
SCHEDULED_S = 360  # the scheduler's loop (60 s), the next minute, and the run itself


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, n: int = 3000) -> str:
    return path.read_text(errors="replace")[-n:] if path.exists() else ""


def _command(name: str) -> list[str]:
    """The console script next to this Python (the venv's), else `python -m`."""
    script = BIN / name
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", {"prefect": "prefect", "ziyarat": "ziyarat.cli"}[name]]


def _start(cmd: list[str], env: dict, cwd: Path, log: Path, sigint_ignored: bool = False) -> subprocess.Popen:
    """Start cmd in its own process group, output to a file (a full pipe would block it);
    `sigint_ignored`: with SIGINT ignored, as a script's background job starts it."""
    with open(log, "wb") as fh:
        return subprocess.Popen(cmd, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True,
                                preexec_fn=_ignore_sigint if sigint_ignored else None)


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(proc: subprocess.Popen | None) -> None:
    """SIGTERM the process group, SIGKILL it if the leader has not gone within
    15 s, and SIGKILL whatever of the group outlived its leader."""
    if proc is None:
        return
    for sig, grace in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=grace)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            continue
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _healthy(api: str) -> bool:
    try:
        with urllib.request.urlopen(f"{api}/health", timeout=2) as resp:
            return resp.status == 200
    except OSError:
        return False


def _wait(what: str, predicate, seconds: float, logs: list[Path], step: float = 1.0):
    """Poll predicate until it returns something truthy; fail with the logs' tails."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        time.sleep(step)
    pytest.fail(f"{what} not within {seconds:.0f} s\n" + "\n".join(f"--- {p.name}\n{_tail(p)}" for p in logs))


def _served_deployment(client, serve, serve_log: Path, logs: list[Path]):
    """The deployment `ziyarat serve` registers, once the server has it (the serve
    process must stay up meanwhile)."""
    from prefect.exceptions import ObjectNotFound

    def deployment():
        assert serve.poll() is None, f"`ziyarat serve` exited with {serve.returncode}:\n{_tail(serve_log)}"
        try:
            return client.read_deployment_by_name(DEPLOYMENT)
        except ObjectNotFound:
            return None

    return _wait(f"deployment {DEPLOYMENT}", deployment, DEPLOYMENT_S, logs)


@pytest.fixture
def prefect_server(tmp_path):
    """`prefect server start` on a free loopback port with its own PREFECT_HOME;
    yields (api_url, env). Skips only when the server cannot start at all."""
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": api,
        "PREFECT_UI_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "DO_NOT_TRACK": "1",
        # what `make` exports: the served runs must ship their INFO logs anyway
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
    })
    log = tmp_path / "server.log"
    try:
        server = _start(_command("prefect") + ["server", "start", "--host", "127.0.0.1", "--port", str(port)],
                        env, tmp_path, log)
    except OSError as exc:
        pytest.skip(f"`prefect server start` cannot be launched: {exc}")
    try:
        t0 = time.monotonic()
        deadline = t0 + SERVER_START_S
        while not _healthy(api):
            if server.poll() is not None:
                pytest.skip(f"`prefect server start` exited with {server.returncode} before serving:\n{_tail(log)}")
            if time.monotonic() > deadline:
                pytest.fail(f"`prefect server start` not healthy within {SERVER_START_S} s:\n{_tail(log)}")
            time.sleep(0.5)
        print(f"prefect server healthy after {time.monotonic() - t0:.1f} s")
        yield api, env, log
    finally:
        _stop(server)


@pytest.mark.timeout(420)
def test_serve_schedules_runs_and_publishes_artifacts_and_logs(prefect_server, tmp_path):
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId, LogFilter, LogFilterFlowRunId

    api, env, server_log = prefect_server
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    data = tmp_path / "data"
    serve_log = tmp_path / "serve.log"
    logs = [serve_log, server_log]
    t0 = time.monotonic()
    # started with SIGINT ignored, as a script's background job is: Ctrl-C must stop it all the same
    serve = _start(_command("ziyarat") + ["serve", "--cron", CRON, "--input", str(seeds), "--data", str(data)],
                   env, tmp_path, serve_log, sigint_ignored=True)
    try:
        with SyncPrefectClient(api=api) as client:
            dep = _served_deployment(client, serve, serve_log, logs)
            print(f"deployment served after {time.monotonic() - t0:.1f} s")
            assert [s.schedule.cron for s in dep.schedules] == [CRON]
            assert all(s.active for s in dep.schedules)
            assert dep.parameters["input_dir"] == str(seeds)
            assert dep.parameters["data_dir"] == str(data)
            assert "is being served" in _tail(serve_log)  # Prefect's starting message

            # lock_wait: if the hourly schedule fires during the test, the two runs
            # take turns on the data dir instead of one failing on the lock
            run = client.create_flow_run_from_deployment(dep.id, parameters={"lock_wait": 120.0})

            def finished():
                state = client.read_flow_run(run.id).state
                return state if state is not None and state.is_final() else None

            state = _wait(f"flow run {run.id} to finish", finished, RUN_S, logs)
            print(f"flow run {state.type.value} after {time.monotonic() - t0:.1f} s")
            assert state.is_completed(), f"run ended {state.type}: {state.message}\n{_tail(serve_log)}"

            artifacts = {a.key: a for a in client.read_artifacts(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])))}
            summary_key, visits_key = artifact_keys(data)
            assert {summary_key, visits_key} <= set(artifacts)
            summary = artifacts[summary_key]
            assert summary.type == "markdown"
            assert "Moscow" in summary.data and "Sochi" in summary.data
            assert "Bashar al-Assad" in summary.data
            table = artifacts[visits_key]
            assert table.type == "table"
            rows = json.loads(table.data) if isinstance(table.data, str) else table.data
            reported = [r for r in rows if r["status"] == "reported"]
            assert {r["city"] for r in reported} == {"Moscow", "Sochi"}
            assert {r["when"][:4] for r in reported} == {"2018", "2021", "2023", "2024"}
            assert {(r["visitor"], r["host"]) for r in reported} == {("Bashar al-Assad", "Vladimir Putin")}

            # per-stage lines: "<stage>: <counts> (<seconds>s)"; logs arrive in batches
            stage_line = re.compile(r"^(%s): (.*\d.*) \((\d+\.\d+)s\)$" % "|".join(STAGES))

            def stage_logs():
                found = {}
                for log in client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run.id]))):
                    m = stage_line.match(log.message)
                    if m and log.level == 20:
                        found[m.group(1)] = m.group(2)
                return found if set(found) == set(STAGES) else None

            found = _wait("INFO log lines for every stage", stage_logs, LOGS_S, logs)
            assert "5 inputs read" in found["ingest"] and "0 quarantined" in found["ingest"]
            assert "5 articles out" in found["clean"] and "0 quarantined" in found["clean"]
            assert "visits" in found["aggregate"]

        assert (data / "visits").is_dir() and (data / "report.html").is_file()

        # Ctrl-C stops the service cleanly
        serve.send_signal(signal.SIGINT)
        try:
            assert serve.wait(timeout=STOP_S) == 0, _tail(serve_log)
        except subprocess.TimeoutExpired:
            pytest.fail(f"`ziyarat serve` did not stop within {STOP_S} s of SIGINT:\n{_tail(serve_log)}")
    finally:
        _stop(serve)


def _serve_error(args: list[str], env_updates: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"},
               **env_updates)
    return subprocess.run(_command("ziyarat") + ["serve", "--input", str(SEEDS), "--data", str(tmp_path / "data"),
                                                 *args],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)


@pytest.mark.timeout(300)
def test_serve_refuses_in_one_line_what_it_cannot_do(tmp_path):
    """A bad cron, no server configured, or a server that does not answer: exit 2
    with one line saying what to do, never a traceback (and never a temporary
    server that would not schedule anything)."""
    cases = [
        (["--cron", "every hour"], {}, "is not a cron expression"),
        ([], {}, "export PREFECT_API_URL=http://127.0.0.1:4200/api"),
        ([], {"PREFECT_API_URL": f"http://127.0.0.1:{_free_port()}/api"}, "does not answer"),
    ]
    for args, env_updates, expected in cases:
        result = _serve_error(args, env_updates, tmp_path)
        assert result.returncode == 2, (args, env_updates, result.stdout, result.stderr)
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and lines[0].startswith("error:") and expected in lines[0], result.stderr
        assert "Traceback" not in result.stderr and "being served" not in result.stdout


@pytest.mark.timeout(600)
def test_a_cron_schedule_creates_and_completes_runs_on_its_own(prefect_server, tmp_path):
    """Nothing is triggered by hand: the server's scheduler must create the runs
    (it failed every cycle with "Can't evaluate bulk DML statement" on SQLAlchemy
    2.1) and the served deployment must run one to completion."""
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    api, env, server_log = prefect_server
    data = tmp_path / "data"
    serve_log = tmp_path / "serve.log"
    logs = [serve_log, server_log]
    serve = _start(_command("ziyarat") + ["serve", "--cron", EVERY_MINUTE, "--input", str(SEEDS),
                                          "--data", str(data)], env, tmp_path, serve_log)
    try:
        with SyncPrefectClient(api=api) as client:
            dep = _served_deployment(client, serve, serve_log, logs)
            assert [s.schedule.cron for s in dep.schedules] == [EVERY_MINUTE]

            def completed_scheduled_run():
                assert serve.poll() is None, f"`ziyarat serve` exited with {serve.returncode}:\n{_tail(serve_log)}"
                runs = client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[dep.id])))
                done = [r for r in runs if r.state is not None and r.state.is_completed()]
                return done[0] if done else None

            run = _wait("a scheduled run to complete", completed_scheduled_run, SCHEDULED_S, logs, step=2.0)
            assert run.auto_scheduled, "the run came from the schedule, not from a trigger"
            assert run.deployment_id == dep.id
        assert (data / "report.html").is_file()
        assert "Can't evaluate bulk DML" not in _tail(server_log, 100_000)
    finally:
        _stop(serve)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_installed_versions_are_the_locked_ones():
    """Every package in constraints.txt (what `make install` installs with -c) is
    installed at exactly that version: drift shows here, not as a broken scheduler."""
    lock = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = {_canonical(name): version.strip()
            for name, version in (line.split("==", 1) for line in lock if "==" in line and not line.startswith("#"))}
    installed = {_canonical(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    assert {name: (version, installed.get(name)) for name, version in pins.items()
            if installed.get(name) != version} == {}
    assert pins["sqlalchemy"].startswith("2.0."), "prefect 3.8.8's scheduler needs SQLAlchemy 2.0"
    assert pins["duckdb-cli"] == pins["duckdb"], "the duckdb command must open the files the library writes"
    assert {"prefect", "polars", "warcio", "feedparser", "charset-normalizer", "pytest", "distributed"} <= set(pins)
