"""The run process's heap: what lives through a run is kept out of the cyclic garbage
collector's walks, and the collector's settings are as they were afterwards."""
import gc

from flows import heap


def _collected(objects: list) -> set[int]:
    """Which of `objects` the collector still walks (a frozen object is in none of its generations)."""
    ids = {id(o) for o in objects}
    return {id(o) for o in gc.get_objects() if id(o) in ids}


def test_a_run_freezes_what_lives_long_and_restores_the_thresholds():
    """Checked object by object, not by gc.get_freeze_count(): other threads left by earlier
    tests (Prefect's) free frozen objects meanwhile, which moved the count by hundreds."""
    gc.unfreeze()
    before = gc.get_threshold()
    alive = [[i] for i in range(500)]  # alive when the run starts
    try:
        with heap.long_lived_heap():
            during = gc.get_threshold()
            frozen_at_start = not _collected(alive)
            kept = [[i] for i in range(500)]  # what the run keeps to its end
            kept_walked_midway = len(_collected(kept))
        frozen_at_end = not _collected(kept)
        after = gc.get_threshold()
    finally:
        gc.unfreeze()
    assert frozen_at_start and kept_walked_midway == len(kept)  # nothing is frozen midway
    assert frozen_at_end
    assert during == (heap.YOUNG_OBJECTS, heap.OLDER_EVERY, heap.OLDER_EVERY) and after == before


def test_an_error_in_the_run_still_restores_the_thresholds():
    before = gc.get_threshold()
    try:
        with heap.long_lived_heap():
            raise ValueError("a stage failed")
    except ValueError:
        pass
    finally:
        gc.unfreeze()
    assert gc.get_threshold() == before
