"""Cold `ziyarat run --quiet` over SaudiNewsNet from two checkouts in turn (A, B, A,
B, ...), each one's whole process tree measured as bench/scale.py measures it (wall,
CPU by process kind: cli, pool, prefect_server); one JSON line per run. The checkouts
run with this virtualenv and PYTHONPATH=<checkout>; each run gets a fresh data dir
(kept under --data for bench/compare_tables.py).

    .venv/bin/python bench/cli_ab.py --a /tmp/base --b . --tries 3 --data /tmp/cli-ab
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402
from ziyarat.settings import Settings  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--a", type=Path, required=True, help="first checkout (e.g. a `git archive` of main)")
    ap.add_argument("--b", type=Path, default=ROOT, help="second checkout (default: this one)")
    ap.add_argument("--tries", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=Settings().corpus("saudinewsnet"))
    ap.add_argument("--data", type=Path, default=Path("/tmp/cli-ab"), help="data dirs go to DATA/a and DATA/b")
    args = ap.parse_args()
    scale.become_subreaper()
    os.environ.pop("PREFECT_API_URL", None)  # a bare `ziyarat run`: its own temporary server
    for i in range(args.tries):
        for name, root in (("a", args.a.resolve()), ("b", args.b.resolve())):
            data = args.data / name
            shutil.rmtree(data, ignore_errors=True)
            cmd = [sys.executable, "-c", "from ziyarat.cli import main; main()", "run", "--quiet",
                   "--input", str(args.corpus), "--data", str(data)]
            load = os.getloadavg()[0]
            here = os.getcwd()
            os.chdir(root)
            try:
                m = scale.measure(cmd, env={**scale.RUN_ENV, "PYTHONPATH": str(root)})
            finally:
                os.chdir(here)
            print(json.dumps({"checkout": name, "try": i, "load1": round(load, 2), "wall_s": m["wall_s"],
                              "cpu_s": m["cpu_s"], "cpu_by_process_s": m["cpu_by_process_s"],
                              "startup_s": m.get("startup_s"), "stdout": m["stdout"]}), flush=True)


if __name__ == "__main__":
    main()
