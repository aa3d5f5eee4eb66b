"""CPU seconds of the temporary Prefect server (flows/prefect_api.py) from its start
to its first answer on /health, and of the calling process meanwhile; one line.

    .venv/bin/python bench/server_start.py
    # another checkout's code: cd OTHER && PYTHONPATH=OTHER /path/to/.venv/bin/python bench/server_start.py
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the code of the checkout this runs in (see above)

TICK = os.sysconf("SC_CLK_TCK")


def process_cpu_s(pid: int) -> float:
    """user + system CPU seconds of a live process (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def main() -> None:
    os.environ.pop("PREFECT_API_URL", None)
    t0, c0 = time.monotonic(), time.process_time()
    from flows import prefect_api

    try:
        prefect_api.temporary_server()
        wall = time.monotonic() - t0
        [server] = prefect_api.servers()
        print(f"server_cpu_s={process_cpu_s(server.pid):.2f} wall_to_health_s={wall:.2f} "
              f"caller_cpu_s={time.process_time() - c0:.2f}", flush=True)
    finally:
        prefect_api.stop()


if __name__ == "__main__":
    main()
