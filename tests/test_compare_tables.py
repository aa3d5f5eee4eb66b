"""bench/compare_tables.py: two data dirs whose tables hold the same rows in another
order are the same; a changed cell, a missing table or a new column is a difference."""
import importlib.util
from pathlib import Path

import polars as pl

_SPEC = importlib.util.spec_from_file_location(
    "compare_tables", Path(__file__).resolve().parents[1] / "bench" / "compare_tables.py")
compare_tables = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(compare_tables)


def _write(dir_: Path, **tables: pl.DataFrame) -> Path:
    dir_.mkdir()
    for name, df in tables.items():
        df.write_parquet(dir_ / f"{name}.parquet")
    return dir_


def test_same_rows_in_another_order_are_the_same(tmp_path):
    visits = pl.DataFrame({"visit_id": ["v1", "v2"], "participants": [["a", "b"], []]})
    a = _write(tmp_path / "a", visits=visits)
    b = _write(tmp_path / "b", visits=visits.reverse())
    assert compare_tables.compare(a, b) == ["same visits: 2 rows"]
    assert compare_tables.main([str(a), str(b)]) == 0


def test_a_changed_cell_or_a_missing_table_is_a_difference(tmp_path):
    a = _write(tmp_path / "a", visits=pl.DataFrame({"visit_id": ["v1", "v2"], "city": ["Moscow", "Sochi"]}),
               quotes=pl.DataFrame({"quote": ["x"]}))
    b = _write(tmp_path / "b", visits=pl.DataFrame({"visit_id": ["v1", "v2"], "city": ["Moscow", "Riyadh"]}))
    lines = compare_tables.compare(a, b)
    assert lines[0] == "DIFF quotes: only in before"
    assert lines[1].startswith("DIFF visits: 2 rows before, 2 after") and "Sochi" in lines[1]
    assert compare_tables.main([str(a), str(b)]) == 1


def test_snapshot_data_dirs_are_compared_table_by_table(tmp_path):
    """A data dir in the snapshot layout: each table's part files are one table."""
    from ziyarat import store

    frame = pl.DataFrame({"topic_id": ["b", "a"], "label_en": ["B", "A"], "label_ar": ["ب", "أ"]})
    for name in ("one", "two"):
        store.commit(tmp_path / name, keep={}, add={"topics": [frame.head(1), frame.tail(1)]}, state={})
    found = compare_tables.tables(tmp_path / "one")
    assert len(found["topics"]) == 2 and all(len(v) == 1 for k, v in found.items() if k != "topics")
    rows = {n: 2 if n == "topics" else 0 for n in found}
    assert compare_tables.compare(tmp_path / "one", tmp_path / "two") == [f"same {n}: {rows[n]} rows" for n in sorted(found)]
