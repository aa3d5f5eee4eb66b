"""A `ziyarat run` process and Python's cyclic garbage collector (run-level plumbing, like
flows/run.py: nothing here changes a table, so it is outside the code fingerprint).

A run keeps large structures alive from start to end (the modules it imports, then the
lexicon and the article index) and makes millions of small short-lived objects (rows
as dicts, strings). CPython's collector walks every live container at each full
collection and once more when the interpreter exits: about 1.5 CPU-s of a day's
addition to a 240k-article database, a fifth of it (bench/RESULTS.md, "Session 6: the
day's cost"). While a run lasts, what is alive at its start is frozen (``gc.freeze``:
out of the collector's walks, still freed when its last reference goes), the young
generation is collected every YOUNG_OBJECTS allocations instead of 700, and at its
end what it keeps is frozen too, so the exit does not walk it.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

YOUNG_OBJECTS = 10_000  # net allocations between two collections of the young generation
OLDER_EVERY = 10        # young collections per middle one, and middle ones per full one


@contextmanager
def long_lived_heap() -> Iterator[None]:
    """While the block runs: the objects alive now frozen, the collector's thresholds
    raised; after it, the thresholds as they were and the survivors frozen."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, OLDER_EVERY, OLDER_EVERY)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.freeze()
