"""CPU of reading (``tasks.units.read_unit``: ingest + clean + MinHash + the staged
part) over a whole corpus, unit by unit as a run plans them, in this one process.

    .venv/bin/python bench/read_cpu.py [--corpus saudinewsnet] [--tries 3] [--staging /tmp/read-cpu]

Prints one line per try: read_unit's ``time.process_time`` summed over the units, and
the share of its phases (ingest's readers, clean.prepare, the staged part's writes).
A first small unit is read before the tries, so the first-use costs a pool worker pays
once (the boilerplate regex, the Arabic-ratio table) are left out. The staged parts of
the last try stay in --staging (compare two versions' with polars ``DataFrame.equals``).
Performance only: nothing here is asserted.
"""
from __future__ import annotations

import argparse
import functools
import shutil
import time
from collections import defaultdict
from pathlib import Path

from flows import run
from tasks import units
from ziyarat.settings import Settings

PHASES = {"ingest": (units.ingest_stage, "read_inputs"), "clean.prepare": (units.clean_stage, "prepare"),
          "staged write": (units.parts.PartWriter, "write")}


def timed(spent: dict[str, float], name: str, fn):
    """`fn`, adding the CPU-seconds of each call to spent[name]."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - start
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="saudinewsnet")
    parser.add_argument("--tries", type=int, default=3)
    parser.add_argument("--staging", default="/tmp/read-cpu")
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    for name, (owner, attr) in PHASES.items():
        setattr(owner, attr, timed(spent, name, getattr(owner, attr)))
    staging = Path(args.staging)
    settings = run.settings_for(str(Settings().corpus(args.corpus)), str(staging / "data"), None, None, None, 10,
                                "default")  # the defaults of `ziyarat run`
    todo = run.plan_run(settings, replace=True)
    manifest = run.manifest_for(settings, todo)
    parallel = settings.workers > 1 and todo.bytes_to_read >= run.INGEST_PARALLEL_BYTES  # as run.read_inputs cuts
    work = units.plan_read(todo.inputs, settings.unit_bytes, settings.workers * run.CHUNKS_PER_BATCH if parallel else 1)
    units.read_unit(todo.inputs[:1], settings, manifest, staging / "warm-up")
    for i in range(args.tries):
        spent.clear()
        shutil.rmtree(staging / "staged", ignore_errors=True)
        start = time.process_time()
        for inputs in work:
            units.read_unit(inputs, settings, manifest, staging / "staged")
        total = time.process_time() - start
        print(f"try {i + 1}: read_unit {total:.2f} CPU-s over {len(work)} units | "
              + ", ".join(f"{k} {v:.2f}" for k, v in spent.items()), flush=True)


if __name__ == "__main__":
    main()
