"""CPU of ingest+clean and of extraction alone, in this process, over a folder of inputs: for A/B runs of two
checkouts of the code on the same machine (run it once per checkout, alternating, and compare).

    PYTHONPATH=/path/to/checkout .venv/bin/python bench/extract_ab.py [INPUT_DIR] [--calls]

Prints "read_unit <CPU-s> extract <CPU-s>" (process CPU time, one core, no Prefect, no pool). With --calls, also
"calls <N>": the Python function calls extract made, counted by cProfile (its CPU figure is then inflated by the
profiler; the count does not move with the machine's load, so two checkouts compare on a busy machine too)."""
from __future__ import annotations

import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

from tasks import extract as extract_stage
from tasks import units
from tasks.ingest import walk
from ziyarat.settings import Settings


def main(argv: list[str]) -> None:
    calls = "--calls" in argv
    argv = [a for a in argv if a != "--calls"]
    corpus = Path(argv[0]) if argv else Settings().corpus("saudinewsnet")
    settings = Settings(input_dir=corpus, data_dir=Path(tempfile.mkdtemp()))
    inputs, manifest = walk.plan(settings)
    t0 = time.process_time()
    read = units.read_unit(inputs, settings, manifest, Path(tempfile.mkdtemp()))
    t1 = time.process_time()
    rows = pl.concat([pl.read_parquet(p) for p, _ in read.staged]).with_columns(pl.col("source_file").alias("article_id"))
    rows = rows.select([c for c in units.EXTRACT_COLUMNS if c in rows.columns])
    profile = cProfile.Profile() if calls else None
    t2 = time.process_time()
    if profile is not None:
        profile.runcall(extract_stage.extract, rows)
    else:
        extract_stage.extract(rows)
    t3 = time.process_time()
    counted = f" calls {pstats.Stats(profile).total_calls}" if profile is not None else ""
    print(f"read_unit {t1 - t0:.2f} extract {t3 - t2:.2f}{counted}")


if __name__ == "__main__":
    main(sys.argv[1:])
