"""What a worker process has imported: run on Dask workers by tests/test_dask.py
(a module of its own, importing nothing, so the probe itself imports no Prefect)."""
from __future__ import annotations

import os
import sys


def worker_facts() -> tuple[int, list[str]]:
    """(this process's pid, the Prefect modules it has imported)."""
    return os.getpid(), sorted(m for m in sys.modules if m == "prefect" or m.startswith("prefect."))
