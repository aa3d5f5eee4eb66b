"""The cost of keying inputs by content (ziyarat/cache.py): hashing every input's
whole bytes with BLAKE2b, against the stat-only key (size + mtime) it replaced.

    .venv/bin/python bench/hash_inputs.py [FOLDER ...]   # default: every corpus in Settings.corpora_dir (ZIYARAT_CORPORA)

Prints one JSON line per folder: files, MB, seconds for a stat of every file, for
the content hash (cache.catalogue, HASH_THREADS threads) and for the same on one
thread, and the hash's throughput. Each figure is the best of three passes (the
files are in the page cache after the first: a daily run reads what it hashes
right after, so that is the case that matters)."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ziyarat import cache  # noqa: E402
from ziyarat.settings import Settings  # noqa: E402

CORPORA = Settings().corpora_dir


def _files(folder: Path) -> list[tuple[str, Path]]:
    return sorted((p.relative_to(folder).as_posix(), p) for p in folder.rglob("*") if p.is_file())


def _best(fn, passes: int = 3) -> float:
    times = []
    for _ in range(passes):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def measure(folder: Path) -> dict:
    files = _files(folder)
    mb = sum(p.stat().st_size for _rel, p in files) / 1e6
    stat_s = _best(lambda: [(p.stat().st_size, p.stat().st_mtime_ns) for _rel, p in files])
    hash_s = _best(lambda: cache.catalogue(files, "bench"))
    one_s = _best(lambda: [cache.hash_file(p) for _rel, p in files])
    return {"folder": folder.name, "files": len(files), "mb": round(mb, 1), "stat_s": round(stat_s, 4),
            "hash_s": round(hash_s, 3), "hash_threads": cache.HASH_THREADS, "hash_one_thread_s": round(one_s, 3),
            "hash_mb_per_s": round(mb / hash_s, 1), "load_avg_1m": round(os.getloadavg()[0], 2)}


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or sorted(p for p in CORPORA.iterdir() if p.is_dir())
    for folder in folders:
        print(json.dumps(measure(folder)), flush=True)


if __name__ == "__main__":
    main()
