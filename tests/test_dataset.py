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
    held = assign_ids(corpus(1, n=7)).with_columns(pl.lit("in.zip").alias("input_file"), pl.lit("s").alias("source"))
    snap = _snapshot(tmp_path, {dataset.INDEX: [held.head(4).select(dataset.INDEX_COLUMNS),
                                                held.tail(3).select(dataset.INDEX_COLUMNS)]})
    index = dataset.read_index(snap, with_bands, chunk_rows=2)  # chunks of 2 rows: several per part
    assert "_sig" not in index.columns and index.height == 7
    want = band_keys(held["_sig"].to_numpy().reshape(7, -1))
    assert np.array_equal(index["_bands"].to_numpy(), want)
    assert index["article_id"].to_list() == held["article_id"].to_list()
    got = dataset.index_signatures(snap, pl.Series(["f001.txt", "f005.txt"]))
    assert got["source_file"].to_list() == ["f001.txt", "f005.txt"]
    assert got["_sig"].to_list() == held.filter(pl.col("source_file").is_in(["f001.txt", "f005.txt"]))["_sig"].to_list()


def test_read_carried_with_article_ids_reads_only_their_rows(tmp_path):
    quotes = pl.DataFrame({"article_id": ["a", "b", "c"], "quote": ["q1", "q2", "q3"]})
    snap = _snapshot(tmp_path, {"rows": [quotes]})
    carried = dataset.Carried(keep={"rows": ["p0.parquet"]})
    added = [pl.DataFrame({"article_id": ["d", "e"], "quote": ["q4", "q5"]})]
    got = dataset.read_carried(snap, carried, "rows", added, article_ids=pl.Series(["c", "d"]))
    assert got.select("article_id", "quote").rows() == [("c", "q3"), ("d", "q4")]
    every = dataset.read_carried(snap, carried, "rows", added, columns=["article_id"])
    assert every["article_id"].to_list() == ["a", "b", "c", "d", "e"]
