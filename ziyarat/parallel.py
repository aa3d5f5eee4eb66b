"""CPU parallelism for batch tasks. Prefect's process-pool runner re-imports
Prefect and reconnects to the API in every worker (~15 s measured here before
the first task runs), so the flow's tasks run on threads and hand their pure,
CPU-bound work to :func:`map`, which sends it to one executor: the shared
forkserver pool, whose workers inherit the stage modules imported and their
lexicons and matchers built once, in the forkserver (tasks.warm), or, inside :func:`dask_client`, a Dask cluster's workers (plain
functions and small arguments: file names, small frames; never Prefect tasks).

Workers never outlive the run: each one watches the run's process and exits when it
is gone, even after `kill -9` (a worker holds the pool's queue and the forkserver's
liveness pipe open, so without this both wait forever under PID 1), and the kernel
kills it if the forkserver that forked it dies. Ctrl-C is the run's to handle, so
workers ignore SIGINT; terminate() stops them at once."""
from __future__ import annotations

import atexit
import ctypes
import multiprocessing as mp
import os
import select
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Iterator

import polars as pl

_pools: dict[int, ProcessPoolExecutor] = {}
_pools_lock = threading.RLock()  # held while warm() spawns, so terminate() sees every worker
_starting: dict[int, threading.Event] = {}  # set once warm() has the pool's processes up
_stopped = threading.Event()  # set by terminate(): no pool starts after it
# imported by the forkserver before it forks a worker; tasks.warm builds the lexicon
# and the matchers there, once, for every worker to inherit
PRELOAD = ["ziyarat.parallel", "tasks.ingest", "tasks.clean", "tasks.extract", "tasks.units", "tasks.warm"]
_dask: list[Any] = []  # the Dask client map() sends work to, inside dask_client()


def _frame_from_arrow(table: Any) -> pl.DataFrame:
    return pl.from_arrow(table)


def _reduce_frame(df: pl.DataFrame):
    """Frames cross between processes as Arrow tables: pyarrow pickles its buffers
    as they are, 4-6x quicker than polars' own pickling (0.13 s against 0.53 s for
    the corpus's 105 MB of docs, both ways)."""
    return _frame_from_arrow, (df.to_arrow(),)


# Only multiprocessing's pickler (the pool's arguments and results) is changed;
# registered at import, which the forkserver does before any worker forks.
ForkingPickler.register(pl.DataFrame, _reduce_frame)


PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _die_with(run_pid: int) -> None:
    """Bind this worker's life to the run's: SIGKILL from the kernel when the
    forkserver (its parent) exits, and a watchdog thread that exits when the run
    process `run_pid` terminates (a pidfd becomes readable then, zombie or not)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the watchdog alone
        pass
    try:
        pidfd = os.pidfd_open(run_pid)
    except (OSError, AttributeError):  # the run is already gone, or no pidfd (not Linux)
        os._exit(1)

    def watch() -> None:
        select.select([pidfd], [], [])
        os._exit(1)

    threading.Thread(target=watch, name="ziyarat-run-watchdog", daemon=True).start()


def _warm(run_pid: int) -> None:
    """Worker start: die with the run; import the stage modules and build the
    lexicon automaton (no-ops when the forkserver's PRELOAD did it, as it does)."""
    import importlib

    _die_with(run_pid)

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    try:
        from ziyarat.lexicon import get_lexicon

        get_lexicon()
    except Exception:  # noqa: BLE001 - warming is best effort; the task will raise properly
        pass


def pool(workers: int) -> ProcessPoolExecutor:
    """The shared pool of `workers` processes (created on first use)."""
    with _pools_lock:
        if _stopped.is_set():
            raise RuntimeError("the run is stopping: no new worker pool")
        if workers not in _pools:
            _start_resource_tracker()
            ctx = mp.get_context("forkserver")
            ctx.set_forkserver_preload(PRELOAD)
            _pools[workers] = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm,
                                                  initargs=(os.getpid(),))
        return _pools[workers]


# The tracker unlinks the semaphores of a run that did not (a stopped run leaves with
# os._exit, a killed one dies): its warning about them would be a second stderr line.
TRACKER_QUIET = "ignore:resource_tracker:UserWarning"


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker now, keeping this thread's signal mask:
    starting it unblocks SIGINT in the calling thread (Python 3.11's resource_tracker
    blocks, spawns, then unblocks unconditionally), and the forkserver spawned next
    would inherit that, so a Ctrl-C while it imports would print its traceback.
    Its leaked-semaphore warnings are off (TRACKER_QUIET); it still unlinks them."""
    from multiprocessing import resource_tracker

    mask = signal.pthread_sigmask(signal.SIG_BLOCK, ())
    sys.warnoptions.append(TRACKER_QUIET)  # read only by the tracker's command line (-W)
    try:
        resource_tracker.ensure_running()
    finally:
        sys.warnoptions.remove(TRACKER_QUIET)
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _nothing() -> None:
    return None


def warm(workers: int) -> None:
    """Start the pool's processes in the background: the forkserver's imports and the
    lexicon build take seconds, which then overlap the caller's own work. A no-op
    when workers <= 1 (no pool)."""
    if workers <= 1:
        return
    with _pools_lock:
        if workers in _pools or _still_starting(workers):
            return
        ready = _starting[workers] = threading.Event()

    def start() -> None:
        try:
            with _pools_lock:
                p = pool(workers)
                for _ in range(workers):  # one process is spawned per submit while none is idle
                    p.submit(_nothing)
        except (RuntimeError, OSError):  # the run ended or was stopped first (its forkserver gone)
            pass  # best effort: map() starts the pool itself, and says why if it cannot
        finally:
            ready.set()

    threading.Thread(target=start, name="ziyarat-pool-warm", daemon=True).start()


def _still_starting(workers: int) -> bool:
    ready = _starting.get(workers)
    return ready is not None and not ready.is_set()


def run(fn: Callable[..., Any], *args: Any, workers: int = 1) -> Any:
    """fn(*args) in the shared pool when workers > 1, else here."""
    if workers <= 1:
        return fn(*args)
    return pool(workers).submit(fn, *args).result()


@contextmanager
def dask_client(address: str | None, workers: int) -> Iterator[Any]:
    """Send map()'s work to a Dask cluster while the block runs: the scheduler at
    `address`, or a local cluster of `workers` single-threaded processes. The items
    and results cross the network, so they must be small (file names, small frames)."""
    from distributed import Client, LocalCluster

    cluster = None if address else LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                                dashboard_address=None)
    client = Client(address or cluster)
    _dask.append(client)
    try:
        yield client
    finally:
        _dask.remove(client)
        client.close()
        if cluster is not None:
            cluster.close()


def map(fn: Callable[[Any], Any], items: list[Any], workers: int = 1) -> list[Any]:  # noqa: A001
    """[fn(x) for x in items], on the Dask cluster inside dask_client(), else spread
    over the shared pool when workers > 1 (all items are queued at once, so
    concurrent callers share the workers evenly).

    While warm() is still starting the pool (the forkserver's imports take seconds),
    the caller works through the items itself, from the back, instead of waiting;
    what is left when the pool is up goes to it."""
    if _dask and items:
        client = _dask[-1]
        futures = client.map(fn, items, pure=False)
        # fetched one at a time, in order, each let go on the cluster once here: the
        # flow never holds every result's serialized bytes at once
        out = []
        for future in futures:
            out.append(future.result())
            future.release()
        return out
    if workers <= 1:
        return [fn(x) for x in items]
    results: list[Any] = [None] * len(items)
    todo = len(items)
    while todo and _still_starting(workers):
        todo -= 1
        results[todo] = fn(items[todo])
    if todo:
        p = pool(workers)
        futures = [p.submit(fn, x) for x in items[:todo]]
        results[:todo] = [f.result() for f in futures]
    return results


def shutdown(wait: bool = True) -> None:
    """Stop the shared pools (waiting for their workers by default). A process that
    is itself a multiprocessing child (a served flow run) joins its children before
    atexit runs, so it must call this when its run ends or it never exits."""
    with _pools_lock:
        pools = list(_pools.values())
        _pools.clear()
        _starting.clear()
    for p in pools:
        p.shutdown(wait=wait, cancel_futures=True)


def terminate() -> None:
    """Kill the pools' workers now (a stop signal): whatever waits on their results
    gets BrokenProcessPool at once instead of waiting for the chunk to finish."""
    with _pools_lock:
        _stopped.set()
        pools = list(_pools.values())
        _pools.clear()
        _starting.clear()
    for p in pools:
        for process in list((getattr(p, "_processes", None) or {}).values()):
            try:
                process.kill()
            except (OSError, ValueError):  # already gone, or closed
                pass
        p.shutdown(wait=False, cancel_futures=True)


TERMINATE_WAIT_S = 2.0  # how long a stop's exit waits for a lock (the forkserver's) or for the processes it killed


def terminate_within(seconds: float) -> None:
    """terminate(), waited for at most `seconds`: it takes the pools' lock, which the thread
    starting the pool holds while the forkserver imports and forks (seconds, more on a loaded
    machine); a stop must not wait behind it (the workers die with the run anyway)."""
    worker = threading.Thread(target=terminate, name="ziyarat-terminate", daemon=True)
    worker.start()
    worker.join(seconds)



def _children_by_parent() -> dict[int, list[int]]:
    """Every process's children, from /proc (empty where there is no /proc)."""
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc") if os.path.isdir("/proc") else ():
        if entry.name.isdigit():
            try:
                with open(f"/proc/{entry.name}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])  # the name in (...) may hold spaces
            except (OSError, ValueError, IndexError):  # gone meanwhile
                continue
            out.setdefault(ppid, []).append(int(entry.name))
    return out


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] == b"Z"  # a zombie runs nothing
    except (OSError, IndexError):
        return True


def hold_the_forkserver(seconds: float = TERMINATE_WAIT_S) -> None:
    """Take multiprocessing's forkserver lock for good (a stopped run's step before it
    kills its processes and leaves): a pool thread spawning a worker that finds the
    killed forkserver gone would start another, which outlived the run while it imported
    (1 stopped run in 4 here). Waits at most `seconds` for a thread that holds it."""
    from multiprocessing import forkserver

    forkserver._forkserver._lock.acquire(timeout=seconds)


def kill_descendants(keep: set[int], wait_s: float = TERMINATE_WAIT_S) -> None:
    """SIGKILL every process this one started, and theirs, except the `keep` ones, and
    wait (at most `wait_s`) until they are gone. Each is stopped (SIGSTOP) before its
    children are collected, so none forks another meanwhile: the forkserver, killed
    alone, could leave a worker it was starting, which would then read the pool's
    semaphores after they are unlinked. Linux only (/proc); elsewhere a no-op."""
    seen: list[int] = []
    frontier = [pid for pid in _children_by_parent().get(os.getpid(), []) if pid not in keep]
    while frontier:
        for pid in frontier:
            try:
                os.kill(pid, signal.SIGSTOP)
            except OSError:  # already gone
                pass
        seen += frontier
        children = _children_by_parent()
        frontier = [child for pid in frontier for child in children.get(pid, []) if child not in seen]
    for pid in seen:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    deadline = time.monotonic() + wait_s
    while not all(map(_gone, seen)) and time.monotonic() < deadline:
        time.sleep(0.02)

atexit.register(shutdown, True)
