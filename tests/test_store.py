"""Store: atomic table writes, the DuckDB views file, the run lock, read-only query."""
import datetime as dt
import threading
import time

import duckdb
import polars as pl
import pytest

from ziyarat import schemas, store
from ziyarat import query


def _tables():
    visits = pl.DataFrame({
        "visit_id": ["v_1", "v_2"], "visitor": ["Bashar al-Assad"] * 2, "host": ["Vladimir Putin"] * 2,
        "city": ["Moscow", "Sochi"], "start_date": [dt.date(2023, 3, 14), dt.date(2018, 5, 17)],
        "n_articles": [2, 1],
    })
    return {"visits": visits}


def test_write_tables_writes_every_table_with_declared_schema(tmp_path):
    store.write_tables(tmp_path, _tables(), {"note": "x"})
    for name, cols in schemas.TABLES.items():
        df = store.read_table(tmp_path, name)
        assert list(df.columns) == list(cols)
        assert pl.read_parquet(tmp_path / name / "*.parquet").columns == list(cols)  # the plain path too
    assert store.read_state(tmp_path)["tables"]["visits"] == 2
    assert store.read_state(tmp_path)["note"] == "x"
    con = duckdb.connect(str(tmp_path / "ziyarat.duckdb"), read_only=True, config={"file_search_path": str(tmp_path)})
    assert con.execute("select count(*) from visits").fetchone()[0] == 2
    con.close()
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_failed_write_keeps_previous_tables(tmp_path, monkeypatch):
    store.write_tables(tmp_path, _tables())
    before = store.snapshot_dir(tmp_path)

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(store.pq, "write_table", boom)
    with pytest.raises(OSError):
        store.write_tables(tmp_path, {"visits": _tables()["visits"].head(1)})
    monkeypatch.undo()
    assert store.snapshot_dir(tmp_path) == before
    assert store.read_table(tmp_path, "visits").height == 2
    assert [p.name for p in (tmp_path / store.SNAPSHOTS).iterdir()] == [before.name]  # the half-built one went


def test_read_state_and_tables_come_from_one_snapshot(tmp_path):
    store.write_tables(tmp_path, _tables(), {"run": 1})
    first = store.snapshot_dir(tmp_path)
    store.write_tables(tmp_path, {"visits": _tables()["visits"].head(1)}, {"run": 2})
    assert store.snapshot_table(first, "visits").height == 2  # a reader holding the old one still reads it
    assert store.read_table(tmp_path, "visits").height == 1 and store.read_state(tmp_path)["run"] == 2


def test_query_reads_and_refuses_writes(tmp_path):
    store.write_tables(tmp_path, _tables())
    df = query.run(tmp_path, "select city from visits order by start_date")
    assert df["city"].to_list() == ["Sochi", "Moscow"]
    with_cte = query.run(tmp_path, "with v as (select * from visits) select count(*) as n from v")
    assert with_cte["n"][0] == 2
    for sql in ["create table x as select 1", "insert into visits values (1)",
                f"copy (select 1) to '{tmp_path}/x.csv'", "attach 'x.db'", "install httpfs",
                "drop view visits", "set threads=1", "select 1; drop view visits"]:
        with pytest.raises(store.UserError) as info:
            query.run(tmp_path, sql)
        assert "\n" not in str(info.value)
    assert not (tmp_path / "x.csv").exists()


def test_query_bad_sql_is_one_line(tmp_path):
    store.write_tables(tmp_path, _tables())
    with pytest.raises(store.UserError) as info:
        query.run(tmp_path, "select nope from visits")
    assert str(info.value).startswith("SQL error:")
    assert "\n" not in str(info.value)


def test_run_lock_blocks_a_second_run(tmp_path):
    held = threading.Event()
    release = threading.Event()

    def first():
        with store.run_lock(tmp_path):
            held.set()
            release.wait(5)

    t = threading.Thread(target=first)
    t.start()
    held.wait(5)
    start = time.monotonic()
    with pytest.raises(store.RunLocked) as info:
        with store.run_lock(tmp_path, timeout=0.2):
            pass
    assert time.monotonic() - start >= 0.2
    assert "another ziyarat run" in str(info.value)
    release.set()
    t.join()
    with store.run_lock(tmp_path, timeout=0.2):
        pass
