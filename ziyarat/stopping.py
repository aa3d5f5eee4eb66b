"""Stopping a run: SIGINT and SIGTERM (Ctrl-C, a scheduler's stop) end `ziyarat run` within
seconds with one line on stderr and exit 128 + signal, the previous tables untouched and
nothing the run started left behind (the pool's forkserver and workers, Prefect's temporary
server). The CLI wraps the run in :func:`run_until_stopped`."""
from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rich.console import Console


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived: unwinds the run like KeyboardInterrupt (no stage's
    `except Exception` can swallow it)."""


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
HARD_STOP_S = 10.0  # after a stop signal, the run's clean exit gets this long, then it is cut short


class Stop:
    """What the stop signals did so far (shared by the main thread and the watcher)."""

    signum = 0
    stderr = None  # the real stderr, once everything else's output is silenced
    said = False
    lock = threading.Lock()
    leaving = threading.Lock()  # held by the thread that leaves (exit_now)


def _say_stopped(data: Path) -> None:
    """The one line of a stopped run (printed once, whichever thread gets here first)."""
    from rich.markup import escape

    # printed under the lock: a thread that comes second (the watcher cutting a slow
    # exit short) waits for the line before it may leave with os._exit
    with Stop.lock:
        if Stop.said:
            return
        name = signal.Signals(Stop.signum).name
        line = f"stopped by {name}: the run did not finish; {data} keeps the tables of the last completed run"
        Console(file=Stop.stderr).print(f"[bold red]error:[/] {escape(line)}", highlight=False, soft_wrap=True)
        Stop.stderr.flush()
        Stop.said = True


def _on_stop_signal(signum: int, _frame) -> None:
    """The Python-level handler (main thread): unwind the run."""
    Stop.signum = Stop.signum or signum
    raise Stopped(signum)


def _temporary_prefect_servers() -> list:
    """The `subprocess.Popen`s of the temporary Prefect servers started in this process."""
    module = sys.modules.get("flows.prefect_api")  # imported only when a run got as far as Prefect
    return module.servers() if module else []


def exit_now(data: Path) -> None:
    """Say the line, kill what the run started and leave: once the run has unwound, or at
    once (the clean exit took too long, a second signal came, or the temporary Prefect
    server is gone so nothing can be reported to it). The first thread here leaves; one
    coming second waits for it (it must not leave while a process is stopped mid-kill).
    Leaving skips the interpreter's finalization (native thread pools torn down under it
    aborted 1 stopped run in 5: exit -6, no message). It kills every process the run
    started but multiprocessing's resource tracker, with no forkserver allowed to start
    again meanwhile; the tracker unlinks the pool's semaphores once this process is gone,
    quietly (parallel.TRACKER_QUIET). Unlinking them here raced it (its own traceback)."""
    from multiprocessing import resource_tracker

    from ziyarat import parallel

    Stop.leaving.acquire()  # for good: os._exit below
    _say_stopped(data)
    sys.stdout.flush()
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - the run's one line is said
    parallel.hold_the_forkserver()
    parallel.kill_descendants(keep={resource_tracker._resource_tracker._pid})
    os._exit(128 + Stop.signum)


def _after_stop_signal(data: Path) -> None:
    """Watcher side of the first stop signal: silence other threads' output (tasks
    now fail, Prefect's log shipper complains), kill the pool's workers, then give
    the main thread HARD_STOP_S to unwind cleanly."""
    from ziyarat import parallel

    deadline = time.monotonic() + HARD_STOP_S
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the process
    logging.disable(logging.CRITICAL)
    parallel.terminate_within(HARD_STOP_S)  # not behind the pool's lock past the hard stop
    while time.monotonic() < deadline:
        # Ctrl-C in a terminal reaches the whole process group, Prefect's temporary
        # server too: once it is gone, the clean exit would only retry against it.
        if any(server.poll() is not None for server in _temporary_prefect_servers()):
            break
        time.sleep(0.2)
    exit_now(data)


@contextmanager
def _stop_signals_watched(data: Path) -> Iterator[None]:
    """SIGINT and SIGTERM stop a run within seconds. Python's handler unwinds the
    main thread (during a flow run Prefect's own SIGTERM handler does, then passes
    the signal on to ours); a watcher thread, woken through the signal wakeup fd
    whichever handler runs, does what the main thread cannot while it unwinds (see
    _after_stop_signal), and a second signal exits at once. SIGINT is set
    explicitly: a run started in the background of a script inherits it ignored."""
    Stop.stderr = sys.stderr  # the stop line's; everything else is silenced once a stop signal came
    read_fd, write_fd = os.pipe()
    os.set_blocking(write_fd, False)
    old_wakeup = signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
    old_handlers = {signum: signal.signal(signum, _on_stop_signal) for signum in STOP_SIGNALS}

    def watch() -> None:
        seen = 0
        while chunk := os.read(read_fd, 64):
            for signum in (n for n in chunk if n in STOP_SIGNALS):
                seen += 1
                Stop.signum = Stop.signum or signum
                if seen == 1:
                    threading.Thread(target=_after_stop_signal, args=(data,), daemon=True).start()
                else:
                    exit_now(data)
        os.close(read_fd)

    threading.Thread(target=watch, name="ziyarat-stop-signals", daemon=True).start()
    # SIGINT is blocked in this thread, and so in every thread and process started
    # from it from now on (Prefect's temporary server, the pool): a terminal's Ctrl-C
    # reaches the whole process group, and only this run decides what stops; the
    # watcher, started before, still receives it (its handler runs here).
    old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old_mask)
        signal.set_wakeup_fd(old_wakeup)
        for signum, handler in old_handlers.items():
            signal.signal(signum, handler)
        os.close(write_fd)  # the watcher reads EOF and ends


def run_until_stopped(body, data: Path):
    """body() with stop signals watched; a stop is one line and exit 128 + signal."""
    try:
        with _stop_signals_watched(data):
            return body()
    except BaseException:  # noqa: BLE001 - Stopped, Prefect's TerminationSignal, a task's error after it
        if not Stop.signum:
            raise
        exit_now(data)
