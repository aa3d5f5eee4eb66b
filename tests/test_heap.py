"""The run process's heap: what lives through a run is kept out of the cyclic garbage
collector's walks, and the collector's settings are as they were afterwards."""
import gc

from flows import heap


def test_a_run_freezes_what_lives_long_and_restores_the_thresholds():
    gc.unfreeze()
    before = gc.get_threshold()
    try:
        with heap.long_lived_heap():
            at_start, during = gc.get_freeze_count(), gc.get_threshold()
            kept = [[i] for i in range(500)]  # what the run keeps to its end
            unchanged = gc.get_freeze_count()
        at_end = gc.get_freeze_count()
        after = gc.get_threshold()
    finally:
        gc.unfreeze()
    # nothing is frozen midway (frozen objects another thread frees meanwhile only lower the count)
    assert at_start > 1000 and at_start - 100 < unchanged <= at_start
    assert at_end - at_start > 0.9 * len(kept)  # a few objects alive at the start died meanwhile
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
