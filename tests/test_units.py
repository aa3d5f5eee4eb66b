"""The work units (tasks/units.py) on tiny inputs: a read unit stages its articles'
text in a part file and returns only small columns; an extract job attaches the final
ids, writes the articles and extract's tables as parts, and slicing a part into
several jobs changes no row."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest

from tasks import ingest, units
from tests.conftest import SEEDS
from ziyarat import dataset, parts
from ziyarat.settings import Settings

SEED_FILES = ("000_e4cb65079a8bf2ce.txt", "002_8a3e7e0daba9592b.txt")


def _read(tmp_path: Path) -> units.Read:
    inp = tmp_path / "in"
    inp.mkdir()
    for name in SEED_FILES:
        shutil.copy(SEEDS / name, inp / name)
    (inp / "english.txt").write_text("Only English words in this file.", encoding="utf-8")
    settings = Settings(input_dir=inp, data_dir=tmp_path / "data", batch_size=1)  # one document per chunk
    staging = tmp_path / "staging"
    return units.read_unit(ingest.list_inputs(settings), settings, ingest.Manifest(), staging)


def test_a_read_unit_stages_the_text_and_returns_small_columns(tmp_path):
    read = _read(tmp_path)
    [small], [docs] = read.small, read.docs
    accepted = pl.read_parquet(small)
    assert accepted.columns == [*dataset.ID_COLUMNS, "source"]
    assert sorted(accepted["source_file"]) == list(SEED_FILES)
    assert read.quarantine["source_file"].to_list() == ["english.txt"]
    assert read.quarantine["reason"].to_list() == ["no_arabic"]
    assert sorted(pl.read_parquet(docs)["source_file"]) == [*SEED_FILES, "english.txt"] and read.n_docs == 3
    [(path, rows)] = read.staged
    staged = pl.read_parquet(path)
    assert staged.columns == [*units.STAGED_COLUMNS, "_sig"] and staged.height == rows == 2
    assert staged["source_file"].to_list() == accepted["source_file"].to_list()  # the same rows, in order
    assert sorted(staged["source_file"]) == list(SEED_FILES)
    assert all("بوتين" in t or "الأسد" in t for t in staged["text"])
    # scratch, read back once: stored uncompressed (the articles parts keep zstd)
    meta = pq.ParquetFile(path).metadata.row_group(0)
    assert {meta.column(i).compression for i in range(meta.num_columns)} == {"UNCOMPRESSED"}


def _ids(read: units.Read, tmp_path: Path) -> tuple[Path, int]:
    """An ids file as the merge writes it (each article its own original), from the row 0."""
    path = tmp_path / "ids.parquet"
    pl.read_parquet(read.small[0]).select("source_file", pl.col("_id").alias("article_id"),
                                          pl.lit(None, dtype=pl.Utf8).alias("duplicate_of")).write_parquet(path)
    return path, 0


def test_an_extract_job_writes_the_articles_with_their_ids_and_extract_tables(tmp_path):
    read = _read(tmp_path)
    [(path, _rows)] = read.staged
    out = tmp_path / "out"
    [job] = units.extract_jobs([(path, 2, _ids(read, tmp_path))], size=10, out=out)
    done = units.extract_unit(job)
    assert done.articles == 2 and done.rows["articles"] == 2
    articles = pl.read_parquet(done.paths["articles"])
    assert pq.ParquetFile(done.paths["articles"]).metadata.row_group(0).column(0).compression == "ZSTD"
    assert sorted(articles["article_id"]) == sorted(pl.read_parquet(read.small[0])["_id"])
    assert articles["text"].str.len_chars().min() > 100
    mentions = pl.read_parquet(done.paths["mentions"])
    assert mentions.height == done.rows["mentions"] > 0
    assert set(mentions["article_id"]) <= set(articles["article_id"])
    assert "Vladimir Putin" in set(mentions["name_en"])


def test_slicing_a_part_into_jobs_changes_no_row(tmp_path):
    read = _read(tmp_path)
    [(path, _rows)] = read.staged
    whole = units.combine_extracted([units.extract_unit(j) for j in
                                     units.extract_jobs([(path, 2, _ids(read, tmp_path))], 10, tmp_path / "a")])
    sliced = units.combine_extracted([units.extract_unit(j, chunk_rows=1) for j in
                                      units.extract_jobs([(path, 2, _ids(read, tmp_path))], 1, tmp_path / "b")])
    assert (whole.jobs, sliced.jobs) == (1, 2) and whole.rows == sliced.rows
    for table in ("articles", "mentions", dataset.RAW_VISITS):
        a = pl.concat([pl.read_parquet(p) for p in whole.paths[table]]).sort(pl.all())
        b = pl.concat([pl.read_parquet(p) for p in sliced.paths[table]]).sort(pl.all())
        assert a.equals(b), table


def test_an_extract_job_counts_and_carries_back_an_articles_failure(tmp_path, monkeypatch):
    """The article whose extraction raises is written to `articles` with no extracted
    rows; the job (and the run's combination of jobs) counts it and keeps its id."""
    import tasks.extract as extract_module
    from tasks.extract import isolation

    monkeypatch.delenv("ZIYARAT_STRICT_EXTRACT", raising=False)
    read = _read(tmp_path)
    [(path, _rows)] = read.staged
    bad = pl.read_parquet(read.small[0])["_id"][0]
    real = extract_module.extract_article

    def failing(article_id, *args):
        real(article_id, *args)
        if article_id == bad:
            raise KeyError("city")
    monkeypatch.setattr(extract_module, "extract_article", failing)
    jobs = units.extract_jobs([(path, 2, _ids(read, tmp_path))], 1, tmp_path / "out")
    done = units.combine_extracted([units.extract_unit(j) for j in jobs])
    assert (done.articles, done.failed, [f.article_id for f in done.failures]) == (2, 1, [bad])
    assert done.failures[0].error == "KeyError" and done.failures[0].where.startswith("tests/test_units.py:")
    mentions = pl.concat([pl.read_parquet(p) for p in done.paths["mentions"]])
    assert bad not in mentions["article_id"].to_list() and mentions.height > 0
    assert bad in pl.concat([pl.read_parquet(p) for p in done.paths["articles"]])["article_id"].to_list()
    failures = [isolation.Failure(f"x{i}", "E", "", "?") for i in range(80)]
    many = [units.Extracted(failed=80, failures=failures)] * 2
    combined = units.combine_extracted(many)
    assert combined.failed == 160 and len(combined.failures) == isolation.KEPT == 100


def test_a_part_is_written_in_row_groups_and_read_by_slices(tmp_path, monkeypatch):
    from ziyarat import store
    import pyarrow.parquet as pq

    monkeypatch.setattr(store, "ROW_GROUP_ROWS", 3)
    df = pl.DataFrame({"article_id": [f"a{i}" for i in range(10)], "n": list(range(10))})
    path = parts.write_part(tmp_path / "p.parquet", "_test", df)
    assert pq.ParquetFile(path).metadata.num_row_groups == 4 and parts.count_part_rows(path) == 10
    assert parts.read_rows(path, ["n"], 4, 3)["n"].to_list() == [4, 5, 6]
    again = parts.rewrite_part(path, tmp_path / "q.parquet", "_test", lambda f: f.filter(pl.col("n") % 2 == 0))
    assert pl.read_parquet(again)["n"].to_list() == [0, 2, 4, 6, 8]
    assert parts.write_part(tmp_path / "none.parquet", "_test", df.head(0)) is None
    assert not (tmp_path / "none.parquet").exists()


def test_read_units_are_cut_by_bytes(tmp_path):
    inputs = []
    for i, size in enumerate((500, 500, 500, 2000)):
        path = tmp_path / f"{i}.txt"
        path.write_bytes(b"x" * size)
        inputs.append((path.name, path))
    cut = units.plan_read(inputs, unit_bytes=1000)
    assert [[rel for rel, _ in unit] for unit in cut] == [["0.txt", "1.txt"], ["2.txt"], ["3.txt"]]
    assert len(units.plan_read(inputs, unit_bytes=10**9)) == 1


def test_the_merge_unit_writes_the_index_and_ids_and_returns_only_names_and_counts(tmp_path):
    read = _read(tmp_path)
    staging = tmp_path / "staging"
    quarantine = read.quarantine.select("source_file", "reason")
    job = units.MergeJob(None, sorted([*SEED_FILES, "english.txt"]), [], False,
                         [path for path, _rows in read.staged], read.small, read.docs, quarantine, staging)
    merged = units.merge_unit(job)
    assert (merged.held, merged.added, merged.held_duplicates, merged.added_duplicates, merged.rekeyed) == (2, 2, 0, 0, 0)
    assert merged.accounting == "accounting: 3 inputs = 2 articles (0 duplicates) + 1 quarantined"
    ids = pl.read_parquet(merged.ids)
    staged = pl.read_parquet(read.staged[0][0], columns=["source_file"])
    assert ids.columns == ["source_file", "input_file", "article_id", "duplicate_of"]
    assert ids["source_file"].to_list() == staged["source_file"].to_list()  # in the staged parts' order
    index = pl.read_parquet(merged.index)
    assert index["source_file"].to_list() == sorted(SEED_FILES) and "_sig" not in index.columns
    assert sorted(index["article_id"]) == sorted(ids["article_id"])
    new_index = pl.read_parquet(merged.new_index)
    assert new_index.height == 2 and new_index["_sig"].arr.len().min() == 64  # the signatures kept for later runs


def test_the_merge_unit_fails_loudly_when_a_document_read_is_placed_nowhere(tmp_path):
    read = _read(tmp_path)
    job = units.MergeJob(None, sorted(SEED_FILES), [], False, [path for path, _rows in read.staged], read.small,
                         read.docs, read.quarantine.head(0).select("source_file", "reason"), tmp_path / "staging")
    with pytest.raises(RuntimeError, match=r"1 input\(s\) in neither articles nor quarantine, e.g. english.txt"):
        units.merge_unit(job)


def test_the_aggregate_unit_gives_on_a_pool_worker_what_it_gives_here(tmp_path, monkeypatch):
    """With a pool (workers > 1) the flow's aggregate task sends its one unit there (the
    workers inherit the lexicon its identifiers need, built; the flow's process then
    never builds it); on a worker the unit derives the same tables as here."""
    from types import SimpleNamespace

    from flows import pipeline
    from tests.probes import run_here
    from ziyarat import parallel

    settings = Settings(input_dir=SEEDS, data_dir=tmp_path)
    items = ingest.list_inputs(settings)
    read = units.combine_read([units.read_unit(items, settings, ingest.read_manifest(SEEDS / "manifest.csv"),
                                               tmp_path / "in")], ingest.Manifest())
    merged = units.merge_unit(units.MergeJob(None, [rel for rel, _p in items], [], False, [p for p, _n in read.staged],
                                             read.small, read.docs, read.quarantine.select("source_file", "reason"),
                                             tmp_path / "merge"))
    jobs = units.extract_jobs([(p, n, (merged.ids, 0)) for p, n in read.staged], 100, tmp_path / "out")
    extracted = units.combine_extracted([units.extract_unit(j) for j in jobs])
    job = units.AggregateJob(None, False, merged.carried, extracted.paths, merged.index)
    here = units.aggregate_unit(job)
    try:
        [(there, pid)] = parallel.map(run_here, [(units.aggregate_unit, job)], workers=2)
    finally:
        parallel.shutdown()
    assert pid != os.getpid() and here["visits"].filter(pl.col("n_articles") > 0).height == 4
    assert here.keys() == there.keys() and all(here[name].equals(there[name]) for name in here)

    sent = []
    monkeypatch.setattr(parallel, "map", lambda fn, items, workers=1: sent.append((fn, workers)) or [here])
    todo = SimpleNamespace(snapshot=None, intact=False, plan=SimpleNamespace(code_changed=False))
    assert pipeline.aggregate_task.fn(todo, merged, extracted.paths, workers=2) is here
    assert sent == [(units.aggregate_unit, 2)]
