"""Stopping a run: SIGINT and SIGTERM stop a real `ziyarat run` within seconds with
exit 130 / 143 and one line on stderr, the previous tables untouched and no process
of the run left (pool forkserver, workers, Prefect's temporary server); after
`kill -9` the pool's workers and forkserver die with the run.

Each test runs the real CLI on a corpus of 2,000 small Arabic files made from the
seeds, in its own session (so the run and everything it starts share one process
group that can be scanned and signalled like a terminal's foreground job)."""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.conftest import SEEDS

ZIYARAT = Path(sys.executable).with_name("ziyarat")
N_FILES = 2000
START_S = 300  # bound on reaching the moment to signal (a busy machine imports Prefect slowly)
STOP_S = 60  # bound on the run's exit after the signal (it takes a few seconds)
GONE_S = 20  # bound on the run's processes going after it exits
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """N_FILES articles: the seeds in turn, each with its own numbered first line."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(N_FILES):
        number = "".join(ARABIC_DIGITS[int(d)] for d in str(i))
        (folder / f"{i:05d}.txt").write_text(f"خبر رقم {number}\n{texts[i % len(texts)]}", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server_env(prefect_backend) -> dict:
    """The session's Prefect server (no temporary server per run)."""
    from prefect.settings import get_current_settings

    # ZIYARAT_POOL_MIN_BYTES=0: the pool starts for these small inputs too (its workers are what is tested)
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", DO_NOT_TRACK="1",
               PREFECT_LOGGING_LEVEL="WARNING", ZIYARAT_POOL_MIN_BYTES="0")
    env["PREFECT_API_URL"] = str(get_current_settings().api.url)
    return env


@pytest.fixture(scope="module")
def old_tables(server_env, tmp_path_factory) -> Path:
    """A data dir holding the tables of a completed run over the seeds."""
    data = tmp_path_factory.mktemp("old") / "data"
    done = subprocess.run([str(ZIYARAT), "run", "-i", str(SEEDS), "-d", str(data), "-q"], env=server_env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return data


def _snapshot(data: Path) -> dict[str, str]:
    """What readers see: the current snapshot's every table and state file with its
    content hash (a killed run's half-built snapshot beside it is not read, and the
    next run deletes it)."""
    current = (data / "current").resolve()
    return {str(p.relative_to(current)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(current.rglob("*")) if p.is_file()}


def _group(pgid: int) -> list[psutil.Process]:
    """The live (not zombie) processes of process group pgid."""
    found = []
    for proc in psutil.process_iter(["status"]):
        try:
            if os.getpgid(proc.pid) == pgid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                found.append(proc)
        except (ProcessLookupError, psutil.Error):
            pass
    return found


def _cmdline(proc: psutil.Process) -> str:
    try:
        return " ".join(proc.cmdline())[:120]
    except psutil.Error:
        return ""


SERVER = "-m flows.prefect_server"  # the temporary server's command (flows/prefect_api.py), in its first 120 characters


def _cmdlines(procs: list[psutil.Process]) -> list[str]:
    return [cmd for cmd in map(_cmdline, procs) if cmd]


def _alive(proc: psutil.Process) -> bool:
    try:
        return proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _until(what: str, predicate, seconds: float, run: subprocess.Popen, step: float = 0.2):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        got = predicate()
        if got:
            return got
        if run.poll() is not None:
            pytest.fail(f"the run ended ({run.returncode}) before {what}")
        time.sleep(step)
    pytest.fail(f"{what}: not within {seconds:.0f} s")


def _start(env: dict, corpus: Path, data: Path, tmp_path: Path, *, sigint_ignored: bool = False):
    """`ziyarat run` in its own session; with sigint_ignored, as a script's
    `ziyarat run &` starts it (SIGINT inherited ignored)."""
    cmd = [str(ZIYARAT), "run", "-i", str(corpus), "-d", str(data), "-q"]
    if sigint_ignored:
        cmd = ["sh", "-c", 'trap "" INT; exec "$@"', "sh", *cmd]
    stderr = open(tmp_path / "stderr.txt", "w+")  # noqa: SIM115 - read back after the run
    run = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr,
                           start_new_session=True)
    return run, stderr


def _pool_workers(pgid: int) -> list[psutil.Process]:
    """The forkserver and the workers it forked (they keep its command line)."""
    return [p for p in _group(pgid) if "multiprocessing.forkserver" in _cmdline(p)]


def _extract_running(api_started_after: float):
    """True once the task run 'extract' is Running on the session's server."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName, TaskRunFilterState, \
        TaskRunFilterStateType
    from prefect.client.schemas.objects import StateType

    def check() -> bool:
        with get_client(sync_client=True) as client:
            runs = client.read_task_runs(task_run_filter=TaskRunFilter(
                name=TaskRunFilterName(like_="extract"),
                state=TaskRunFilterState(type=TaskRunFilterStateType(any_=[StateType.RUNNING]))))
        return any(r.start_time and r.start_time.timestamp() >= api_started_after for r in runs)

    return check


def _stopped(run: subprocess.Popen, stderr, data: Path, before: dict, expected_code: int, name: str) -> None:
    try:
        code = run.wait(timeout=STOP_S)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        pytest.fail(f"the run did not stop within {STOP_S} s of {name}")
    stderr.seek(0)
    text = stderr.read()
    lines = [line for line in text.splitlines() if line.strip()]
    assert code == expected_code, text
    assert len(lines) == 1, text
    assert lines[0].startswith(f"error: stopped by {name}") and str(data) in lines[0]
    deadline = time.monotonic() + GONE_S
    while _group(run.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _cmdlines(_group(run.pid)) == []
    assert _snapshot(data) == before


@pytest.mark.timeout(600)
def test_sigterm_during_extract_stops_the_run(server_env, corpus, old_tables, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(old_tables, data, symlinks=True)
    before = _snapshot(data)
    t0 = time.time()
    run, stderr = _start(server_env, corpus, data, tmp_path)
    _until("extract running", _extract_running(t0), START_S, run, step=0.5)
    assert _pool_workers(run.pid), "the pool's processes are up while extract runs"
    run.send_signal(signal.SIGTERM)
    _stopped(run, stderr, data, before, 143, "SIGTERM")


@pytest.mark.timeout(600)
def test_sigint_stops_a_run_started_in_the_background_of_a_script(server_env, corpus, old_tables, tmp_path):
    """`ziyarat run &` in a script starts with SIGINT ignored; `kill -INT` stops it all the same."""
    data = tmp_path / "data"
    shutil.copytree(old_tables, data, symlinks=True)
    before = _snapshot(data)
    t0 = time.time()
    run, stderr = _start(server_env, corpus, data, tmp_path, sigint_ignored=True)
    _until("extract running", _extract_running(t0), START_S, run, step=0.5)
    os.kill(run.pid, signal.SIGINT)
    _stopped(run, stderr, data, before, 130, "SIGINT")


@pytest.mark.timeout(600)
def test_ctrl_c_while_prefect_starts_is_one_line(corpus, old_tables, tmp_path):
    """No PREFECT_API_URL: the run starts Prefect's temporary server; Ctrl-C (SIGINT
    to the whole foreground group, as a terminal sends it) while that server starts."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect-home"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               DO_NOT_TRACK="1")
    data = tmp_path / "data"
    shutil.copytree(old_tables, data, symlinks=True)
    before = _snapshot(data)
    run, stderr = _start(env, corpus, data, tmp_path)
    _until("Prefect's temporary server starting",
           lambda: any(SERVER in cmd for cmd in _cmdlines(_group(run.pid))), START_S, run, step=0.1)
    os.killpg(run.pid, signal.SIGINT)
    _stopped(run, stderr, data, before, 130, "SIGINT")


@pytest.mark.timeout(600)
def test_pool_workers_die_with_a_killed_run(server_env, corpus, old_tables, tmp_path):
    """kill -9 gives the run no chance to clean up: its workers and the forkserver
    must still go (they watch the run; the kernel kills a worker whose forkserver dies)."""
    data = tmp_path / "data"
    shutil.copytree(old_tables, data, symlinks=True)
    before = _snapshot(data)
    t0 = time.time()
    run, _stderr = _start(server_env, corpus, data, tmp_path)
    _until("extract running", _extract_running(t0), START_S, run, step=0.5)
    workers = _pool_workers(run.pid)
    assert len(workers) >= 2  # the forkserver and at least one worker
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=STOP_S) == -signal.SIGKILL
    deadline = time.monotonic() + GONE_S
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _cmdlines([w for w in workers if _alive(w)]) == []
    assert _snapshot(data) == before
