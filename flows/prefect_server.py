"""The temporary Prefect server's process, as flows/prefect_api.py starts it:
``python -m flows.prefect_server [--unless-api-url] UVICORN_ARGS``, which is
``python -m uvicorn UVICORN_ARGS`` (uvicorn on Prefect's app factory) with two
differences:

* Python's cyclic garbage collector runs with a run's thresholds (flows/heap.py):
  the server's start-up imports ~2,000 modules and builds Prefect's models and routes,
  a heap the default thresholds walk in full again and again while it grows (0.5-0.8
  of its ~3.3 CPU-s to /health; bench/RESULTS.md, "Session 8").
* ``--unless-api-url``: first, Prefect's settings (the environment, a profile, a .env
  or prefect.toml, which the server reads anyway) must name no API; when they do
  (PREFECT_API_URL), the process exits with NOT_NEEDED before it serves. A run starts
  its server this way when it has not read Prefect's settings itself yet.

Exit statuses are uvicorn's (3: the port is taken)."""
from __future__ import annotations

import gc
import sys

from flows.heap import OLDER_EVERY, YOUNG_OBJECTS

NOT_NEEDED = 4  # --unless-api-url: Prefect's settings name an API (PREFECT_API_URL)
UNLESS_API_URL = "--unless-api-url"


def main(argv: list[str]) -> None:
    gc.set_threshold(YOUNG_OBJECTS, OLDER_EVERY, OLDER_EVERY)
    if argv[:1] == [UNLESS_API_URL]:
        argv = argv[1:]
        from prefect.settings import PREFECT_API_URL

        if PREFECT_API_URL.value():
            sys.exit(NOT_NEEDED)
    import uvicorn

    sys.argv = ["uvicorn", *argv]  # as `python -m uvicorn ARGS` sees them
    uvicorn.main()


if __name__ == "__main__":
    main(sys.argv[1:])
