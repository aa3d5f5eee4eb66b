"""CPU parallelism for batch tasks. Prefect's process-pool runner re-imports
Prefect and reconnects to the API in every worker (~15 s measured here before
the first task runs), so the flow maps batch tasks on a thread runner and each
task hands its pure, CPU-bound work to one shared forkserver pool whose workers
have the stage modules (lexicons, automaton) imported once."""
from __future__ import annotations

import atexit
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable

_pools: dict[int, ProcessPoolExecutor] = {}
PRELOAD = ["tasks.extract", "tasks.clean"]


def _warm() -> None:
    """Worker start: import the stage modules and build the lexicon automaton."""
    import importlib

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
    if workers not in _pools:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        _pools[workers] = ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm)
    return _pools[workers]


def run(fn: Callable[..., Any], *args: Any, workers: int = 1) -> Any:
    """fn(*args) in the shared pool when workers > 1, else here."""
    if workers <= 1:
        return fn(*args)
    return pool(workers).submit(fn, *args).result()


@atexit.register
def _shutdown() -> None:
    for p in _pools.values():
        p.shutdown(wait=False, cancel_futures=True)
    _pools.clear()
