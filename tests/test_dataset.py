"""The accumulating data dir's readers (ziyarat/dataset.py): the held index read
without its signatures (band keys instead, signatures only of the rows asked), and
the articles' tables read for the report only for the articles it shows."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import polars as pl

from tasks.clean import assign_ids
from tasks.duplicates import band_keys, with_bands
from tests.test_duplicates import corpus
from ziyarat import dataset, parts, store


def _snapshot(tmp_path: Path, tables: dict[str, list[pl.DataFrame]]) -> Path:
    """A snapshot folder holding each table's frames as part files (and the manifest naming them)."""
    names = {}
    for name, frames in tables.items():
        names[name] = [parts.write_part(tmp_path / name / f"p{i}.parquet", name, f).name for i, f in enumerate(frames)]
    (tmp_path / store.STATE_NAME).write_text(json.dumps({"parts": names}))
    return tmp_path


def test_read_index_has_band_keys_instead_of_signatures_and_index_signatures_only_the_rows_asked(tmp_path):
    """A part written before the index kept band keys (no `_bands`: made from its
    `_sig` a chunk at a time) and one written with them read as one index."""
    held = with_bands(assign_ids(corpus(1, n=7))).with_columns(
        pl.lit("in.zip").alias("input_file"), pl.lit("s").alias("source"))
    held = held.with_columns(assign_ids(corpus(1, n=7))["_sig"])
    old = [c for c in dataset.INDEX_COLUMNS if c != "_bands"]
    snap = _snapshot(tmp_path, {dataset.INDEX: [held.head(4).select(old), held.tail(3).select(dataset.INDEX_COLUMNS)]})
    index = dataset.read_index(snap, with_bands, chunk_rows=2)  # chunks of 2 rows: several per part
    assert "_sig" not in index.columns and index.height == 7
    want = band_keys(held["_sig"].to_numpy().reshape(7, -1))
    assert np.array_equal(index["_bands"].to_numpy(), want)
    assert index["article_id"].to_list() == held["article_id"].to_list()
    got = dataset.index_signatures(snap, pl.Series(["f001.txt", "f005.txt"]))
    assert got["source_file"].to_list() == ["f001.txt", "f005.txt"]
    assert got["_sig"].to_list() == held.filter(pl.col("source_file").is_in(["f001.txt", "f005.txt"]))["_sig"].to_list()


def test_index_parts_from_before_band_keys_compact_with_new_ones_and_read_alike(tmp_path, monkeypatch):
    """A data dir made before the index kept `_bands`: its old parts and new ones
    compacted into one (the old rows' `_bands` null) read as the same index."""
    monkeypatch.setattr(store, "MAX_PARTS", 2)
    every = assign_ids(corpus(4, n=9)).with_columns(pl.lit(None, dtype=pl.Utf8).alias("input_file"),
                                                     pl.lit("s").alias("source"))
    rows = with_bands(every).with_columns(every["_sig"]).select(dataset.INDEX_COLUMNS)
    old = [c for c in dataset.INDEX_COLUMNS if c != "_bands"]
    for frame in (rows.slice(0, 3).select(old), rows.slice(3, 3).select(old), rows.slice(6, 3)):
        keep = [p.name for p in store.part_files(store.snapshot_dir(tmp_path), dataset.INDEX)]
        store.commit(tmp_path, keep={dataset.INDEX: keep}, add={dataset.INDEX: [frame]}, state={})
    snap = store.snapshot_dir(tmp_path)
    [part] = store.part_files(snap, dataset.INDEX)
    assert part.name.endswith("-all.parquet") and pl.read_parquet(part)["_bands"].null_count() == 6
    index = dataset.read_index(snap, with_bands)
    assert np.array_equal(index["_bands"].to_numpy(), rows["_bands"].to_numpy())
    assert dataset.index_signatures(snap, pl.Series(["f007.txt"]))["_sig"].to_list() == \
        rows.filter(pl.col("source_file") == "f007.txt")["_sig"].to_list()


def test_signatures_reader_takes_a_new_article_from_the_staged_parts_before_the_held_index(tmp_path):
    """A re-read input's article has the same source_file as the held one it replaces:
    its signature is the staged one; names not staged come from the index."""
    held = assign_ids(corpus(2, n=4)).with_columns(pl.lit(None, dtype=pl.Utf8).alias("input_file"),
                                                  pl.lit("s").alias("source"))
    snap = _snapshot(tmp_path / "snap", {dataset.INDEX: [with_bands(held).with_columns(held["_sig"])
                                                          .select(dataset.INDEX_COLUMNS)]})
    fresh = corpus(3, n=4).head(1).with_columns(pl.lit("f000.txt").alias("source_file"))  # f000.txt read again, changed
    staged = parts.write_part(tmp_path / "read-x.parquet", "_staged", fresh.select("source_file", "_sig"))
    got = dataset.signatures_reader(snap, [staged])(pl.Series(["f000.txt", "f002.txt"])).sort("source_file")
    assert got["source_file"].to_list() == ["f000.txt", "f002.txt"]
    assert got["_sig"].to_list() == [fresh["_sig"].to_list()[0], held["_sig"].to_list()[2]]
    assert got["_sig"][0].to_list() != held["_sig"][0].to_list()


def test_read_carried_with_article_ids_reads_only_their_rows(tmp_path):
    quotes = pl.DataFrame({"article_id": ["a", "b", "c"], "quote": ["q1", "q2", "q3"]})
    snap = _snapshot(tmp_path, {"rows": [quotes]})
    carried = dataset.Carried(keep={"rows": ["p0.parquet"]})
    added = [pl.DataFrame({"article_id": ["d", "e"], "quote": ["q4", "q5"]})]
    got = dataset.read_carried(snap, carried, "rows", added, article_ids=pl.Series(["c", "d"]))
    assert got.select("article_id", "quote").rows() == [("c", "q3"), ("d", "q4")]
    every = dataset.read_carried(snap, carried, "rows", added, columns=["article_id"])
    assert every["article_id"].to_list() == ["a", "b", "c", "d", "e"]
