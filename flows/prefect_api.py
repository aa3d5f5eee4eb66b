"""The Prefect API a run reports to: the one PREFECT_API_URL names (a served
`prefect server start`, as scheduled runs have it), else a temporary server for
this process, started on the first flow run and stopped when the process exits.

Prefect would start that temporary server itself, but its client imports the whole
server package to do so (``prefect.server.api.server``: about 2 CPU-s in the run's
own process, for nothing but a ``subprocess.Popen``); here the same server process
is started from its command line (flows/prefect_server.py: uvicorn on Prefect's app
factory, with a run's garbage-collector thresholds). It is started without the background services a
one-off run never uses (automations, event and task-run records: nobody reads a
temporary server's database), 1-1.6 CPU-s less in the server. Flow runs, their logs and states still go to it as always. Light on
purpose: the CLI's stop-signal code reads :func:`servers` without importing Prefect.

A run starts the server as soon as it knows it has work (:func:`start_temporary_server`,
from flows.launch.run_pipeline), before its own process imports Prefect: the server's
~3 CPU-s of start-up then run beside the run's imports and the pool's warm-up instead
of after them, and :func:`temporary_server` waits only for what is left. Started so
early, the server process itself checks that no PREFECT_API_URL is configured (the
environment, a profile, a .env or prefect.toml: Prefect's settings, read there) and
exits with NOT_NEEDED when one is; a process that has imported Prefect's settings
checks them itself, as before."""
from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from flows.prefect_server import NOT_NEEDED, UNLESS_API_URL

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
_healthy: set[str] = set()  # the URLs of those that answered /health


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


def start_temporary_server() -> None:
    """Start this process's temporary server and return at once (temporary_server
    waits for it), unless one is running or PREFECT_API_URL names an API. Before
    Prefect's settings are imported here, the server process makes that check."""
    if os.environ.get("PREFECT_API_URL") or (_started and _started[-1][0].poll() is None):
        return
    if "prefect.settings" not in sys.modules:
        _start(_free_port(), unless_api_url=True)
        return
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        _start(_free_port())


def temporary_server() -> str:
    """The API URL of this process's temporary Prefect server, started (unless
    start_temporary_server started it) and waited for on the first call; it stops
    when the process exits."""
    if _started and _started[-1][0].poll() is None and _started[-1][1] in _healthy:
        return _started[-1][1]
    from prefect.settings import PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS

    timeout = float(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
    deadline = time.monotonic() + timeout
    while True:
        if not _started or _started[-1][0].poll() is not None:
            _start(_free_port())
        process, url = _started[-1]
        if _wait_healthy(process, url, deadline):
            _healthy.add(url)
            return url
        # its port was taken meanwhile, or (started early) it read a PREFECT_API_URL this process does not see
        if process.poll() not in (PORT_IN_USE, NOT_NEEDED) or time.monotonic() >= deadline:
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
    _healthy.clear()


atexit.register(stop)


def _start(port: int, unless_api_url: bool = False) -> tuple[subprocess.Popen, str]:
    """The server process, as Prefect's client starts it (uvicorn on the app factory),
    and its API URL; `unless_api_url`: the server process first checks that Prefect's
    settings name no API, for a caller that has not imported them (flows/prefect_server.py).
    Started and recorded in a thread of its own: a stop signal
    interrupts only the main thread, so it cannot come between the two and leave an
    unrecorded server behind (the thread inherits the main thread's blocked SIGINT,
    and the server from it)."""
    # as Prefect passes them: the environment, and the settings this process set
    # otherwise (a profile, temporary_settings) -- none before Prefect's settings are
    # imported: the server process reads the same environment and files itself
    env = {**TEMPORARY_SERVER_ENV, **os.environ, **_settings_set_here(),
           "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    uvicorn = ["--app-dir", _site_packages(), "--factory", "prefect.server.api.server:create_app",
               "--host", "127.0.0.1", "--port", str(port), "--log-level", "error", "--lifespan", "on"]
    # -P: not the working directory first on the path, whose own flows/ would shadow ours
    command = [sys.executable, "-P", "-m", "flows.prefect_server", *([UNLESS_API_URL] if unless_api_url else []),
               *uvicorn]
    before = len(_started)

    def spawn() -> None:
        _started.append((subprocess.Popen(command, env=env), f"http://127.0.0.1:{port}/api"))

    starter = threading.Thread(target=spawn, name="ziyarat-prefect-server-start", daemon=True)
    starter.start()
    starter.join()
    if len(_started) == before:
        raise RuntimeError(f"{TIMEOUT_MESSAGE}: its process did not start ({' '.join(command[:4])})")
    return _started[-1]


def _settings_set_here() -> dict[str, str]:
    if "prefect.settings" not in sys.modules:
        return {}
    from prefect.settings import get_current_settings

    return get_current_settings().to_environment_variables(exclude_unset=True)


def _site_packages() -> str:
    """Where Prefect is installed (prefect.__module_path__.parent), found without importing it."""
    spec = importlib.util.find_spec("prefect")
    return str(Path(spec.origin).parent.parent)


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
