"""Probes run on Dask workers by tests/test_dask.py: what a worker process has imported, and
where a unit ran (a module of its own, importing nothing at load, so a probe imports no Prefect)."""
from __future__ import annotations

import os
import sys


def worker_facts() -> tuple[int, list[str]]:
    """(this process's pid, the Prefect modules it has imported)."""
    return os.getpid(), sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect."))


def run_here(call):
    """fn(job) for call = (fn, job), and the pid of the process that ran it."""
    fn, job = call
    return fn(job), os.getpid()
