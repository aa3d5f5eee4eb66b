"""The Prefect API a run reports to: the one PREFECT_API_URL names (a served
`prefect server start`, as scheduled runs have it), else a temporary server for
this process, started on the first flow run and stopped when the process exits.

Prefect would start that temporary server itself, but its client imports the whole
server package to do so (``prefect.server.api.server``: about 2 CPU-s in the run's
own process, for nothing but a ``subprocess.Popen``); here the same server process
is started from its command line. It is started without the background services a
one-off run never uses (automations, event and task-run records: nobody reads a
temporary server's database), 1-1.6 CPU-s less in the server. Flow runs, their logs and states still go to it as always. Light on
purpose: the CLI's stop-signal code reads :func:`servers` without importing Prefect."""
from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from typing import Iterator

# What the temporary server is told besides the run's environment: Prefect's own
# markers of an ephemeral server (no UI, its services only), and its background
# services off. Any of these set in the environment wins.
TEMPORARY_SERVER_ENV = {
    "PREFECT_UI_ENABLED": "0",
    "PREFECT__SERVER_EPHEMERAL": "1",
    "PREFECT__SERVER_FINAL": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # the services Prefect runs in an ephemeral server (triggers: automations and their actions)
    **{f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false"
       for name in ("TASK_RUN_RECORDER", "EVENT_PERSISTER", "EVENT_LOGGER", "TRIGGERS", "DB_VACUUM")},
    "PREFECT_SERVER_EVENTS_STREAM_OUT_ENABLED": "false",
}
PORT_IN_USE = 3  # uvicorn's exit status when it cannot bind its port
# the words Prefect's own timeout error uses; ziyarat.errors turns either into one line
TIMEOUT_MESSAGE = "Timed out while attempting to connect to ephemeral Prefect API server"

_started: list[tuple[subprocess.Popen, str]] = []  # (process, API URL) of this process's temporary server


def servers() -> list[subprocess.Popen]:
    """The temporary server processes this process started (none when it reports to
    PREFECT_API_URL)."""
    return [process for process, _url in _started]


@contextmanager
def api_for_run() -> Iterator[str]:
    """While the block runs, Prefect reports to PREFECT_API_URL when it is set, else
    to this process's temporary server (started now if it is not yet). Yields the URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    given = PREFECT_API_URL.value()
    if given:
        yield given
        return
    url = temporary_server()
    with temporary_settings(updates={PREFECT_API_URL: url}):
        yield url


def temporary_server() -> str:
    """The API URL of this process's temporary Prefect server, started (and waited
    for) on the first call; it stops when the process exits."""
    if _started and _started[-1][0].poll() is None:
        return _started[-1][1]
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    timeout = float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    deadline = time.monotonic() + timeout
    while True:
        process, url = _start(_free_port())
        if _wait_healthy(process, url, deadline):
            return url
        if process.poll() != PORT_IN_USE or time.monotonic() >= deadline:
            stop()
            raise RuntimeError(f"{TIMEOUT_MESSAGE} (waited {timeout:g} s)")


def stop() -> None:
    """Stop the temporary servers (terminate, then kill after 5 s). Each stays in
    servers() until it is gone, for a stop signal's hard exit to kill meanwhile."""
    for process in servers():
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    _started.clear()


atexit.register(stop)


def _start(port: int) -> tuple[subprocess.Popen, str]:
    """The server process, as Prefect's client starts it (uvicorn on the app factory),
    and its API URL. Started and recorded in a thread of its own: a stop signal
    interrupts only the main thread, so it cannot come between the two and leave an
    unrecorded server behind (the thread inherits the main thread's blocked SIGINT,
    and the server from it)."""
    import prefect
    from prefect.settings import get_current_settings

    # as Prefect passes them: the environment, and the settings this process set otherwise (a profile)
    env = {**TEMPORARY_SERVER_ENV, **os.environ, **get_current_settings().to_environment_variables(exclude_unset=True),
           "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    command = [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
               "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "error", "--lifespan", "on"]
    before = len(_started)

    def spawn() -> None:
        _started.append((subprocess.Popen(command, env=env), f"http://127.0.0.1:{port}/api"))

    starter = threading.Thread(target=spawn, name="ziyarat-prefect-server-start", daemon=True)
    starter.start()
    starter.join()
    if len(_started) == before:
        raise RuntimeError(f"{TIMEOUT_MESSAGE}: its process did not start ({sys.executable} -m uvicorn)")
    return _started[-1]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(process: subprocess.Popen, url: str, deadline: float) -> bool:
    """True once the server answers /health; False if it exits or the deadline passes."""
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    return False
