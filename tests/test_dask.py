"""--task-runner dask: the work units (ingest + clean, extract) run on a Dask
cluster's workers through parallel.map, as plain functions that read inputs and
write part files on storage shared with the flow, so the workers never import
Prefect (let alone start its API server); the tables equal the default runner's,
row for row: on the seeds, a small mixed input cut in many units, and a 200-record
SaudiNewsNet sample. Pointing at a real cluster is the same code path with
``--dask-address tcp://scheduler:8786`` (see bench/README.md)."""
from __future__ import annotations

import functools
import io
import json
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEEDS
from ziyarat import parallel, schemas, store

pytest.importorskip("distributed")

SAMPLE = 200


def _tables(data: Path) -> dict[str, list[str]]:
    """Every public table as a sorted list of row reprs (row order is not part of
    the contract; list columns make polars' own sort unsuitable)."""
    out = {}
    for name in schemas.TABLES:
        df = store.read_table(data, name)
        out[name] = sorted(repr(row) for row in df.rows())
    return out


def _assert_same_tables(got: Path, want: Path) -> None:
    a, b = _tables(got), _tables(want)
    assert a.keys() == b.keys()
    for name in a:
        assert len(a[name]) == len(b[name]), name
        assert a[name] == b[name], name


def _run(input_dir: Path, data_dir: Path, runner: str, **settings) -> dict:
    from flows.launch import run_pipeline
    from ziyarat.settings import Settings

    return run_pipeline(Settings(input_dir=input_dir, data_dir=data_dir, task_runner=runner, workers=2, **settings))


def _mixed_input(folder: Path) -> Path:
    """The seeds plus a zip holding an exact copy of one, JSONL records (one a copy
    of a seed under a later date, one empty), an HTML page and an English file."""
    shutil.copytree(SEEDS, folder)
    texts = sorted(SEEDS.glob("*.txt"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("copy.txt", texts[1].read_text(encoding="utf-8"))
    (folder / "extra").mkdir()
    (folder / "extra" / "copies.zip").write_bytes(buf.getvalue())
    records = [{"text": texts[3].read_text(encoding="utf-8"), "published_at": "2024-01-02"}, {"text": ""}]
    (folder / "extra" / "records.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    body = "".join(f"<p>{line}</p>" for line in texts[4].read_text(encoding="utf-8").splitlines() if line.strip())
    (folder / "extra" / "page.html").write_text(f"<html><body><article>{body}</article></body></html>",
                                                encoding="utf-8")
    (folder / "extra" / "english.txt").write_text("Only English words in this file.", encoding="utf-8")
    return folder


def test_units_run_on_dask_workers_that_never_import_prefect(tmp_path):
    from tasks import ingest, units
    from tests.probes import worker_facts
    from ziyarat.settings import Settings

    settings = Settings(input_dir=SEEDS, data_dir=tmp_path)
    read = functools.partial(units.read_unit, settings=settings, manifest=ingest.read_manifest(SEEDS / "manifest.csv"),
                             staging=tmp_path)
    with parallel.dask_client(None, 2) as client:
        reads = parallel.map(read, [[item] for item in ingest.list_inputs(settings)])
        facts = client.run(worker_facts)
    assert sum(rows for r in reads for _p, rows in r.staged) == 5 and len({p for r in reads for p, _ in r.staged}) == 5
    assert len(facts) == 2 and os.getpid() not in {pid for pid, _ in facts.values()}
    assert [modules for _pid, modules in facts.values()] == [[], []]  # no Prefect, so no Prefect server



def test_merge_and_aggregate_run_on_a_dask_worker_and_give_what_they_give_here(tmp_path):
    """The merge and aggregate units sent to the cluster (the flow then holds only file
    names, counts and the small derived tables) decide what they decide in the flow's
    own process."""
    import polars as pl

    from tasks import ingest, units
    from tests.probes import run_here
    from ziyarat.settings import Settings

    settings = Settings(input_dir=SEEDS, data_dir=tmp_path)
    items = ingest.list_inputs(settings)
    reads = [units.read_unit([item], settings, ingest.read_manifest(SEEDS / "manifest.csv"), tmp_path / "in")
             for item in items]
    read = units.combine_read(reads, ingest.Manifest())

    def merge_job(staging: Path) -> units.MergeJob:
        return units.MergeJob(None, [rel for rel, _path in items], [], False, [p for p, _n in read.staged], read.small,
                              read.docs, read.quarantine.select("source_file", "reason"), staging)
    here = units.merge_unit(merge_job(tmp_path / "here"))
    starts = [0]
    for _path, n in read.staged:
        starts.append(starts[-1] + n)
    jobs = units.extract_jobs([(p, n, (here.ids, start)) for (p, n), start in zip(read.staged, starts)], 10,
                              tmp_path / "out")
    extracted = units.combine_extracted([units.extract_unit(j) for j in jobs])
    aggregate_job = units.AggregateJob(None, False, here.carried, extracted.paths, here.index)
    derived = units.aggregate_unit(aggregate_job)
    with parallel.dask_client(None, 2):
        [(there, pid), (derived_there, pid2)] = parallel.map(
            run_here, [(units.merge_unit, merge_job(tmp_path / "there")), (units.aggregate_unit, aggregate_job)])
    assert os.getpid() not in (pid, pid2)
    assert (there.held, there.added, there.held_duplicates, there.accounting) == \
        (here.held, here.added, here.held_duplicates, here.accounting)
    assert here.held == 5 and here.accounting.startswith("accounting: 5 inputs = 5 articles")
    for a, b in ((here.index, there.index), (here.ids, there.ids), (here.new_index, there.new_index)):
        assert pl.read_parquet(a).equals(pl.read_parquet(b)), a.name
    assert derived.keys() == derived_there.keys() and derived["visits"].filter(pl.col("n_articles") > 0).height == 4
    for name, df in derived.items():
        assert df.equals(derived_there[name]), name


def test_seeds_on_dask_equal_the_default_runner(prefect_backend, seed_data, tmp_path):
    summary = _run(SEEDS, tmp_path / "dask", "dask")
    assert summary["articles"] == 5 and summary["reported_visits"] == 4
    _assert_same_tables(tmp_path / "dask", seed_data)


def test_mixed_input_in_many_units_on_dask_equals_the_default_runner(prefect_backend, tmp_path, monkeypatch):
    from flows import run

    monkeypatch.setattr(run, "EXTRACT_JOB_MIN_ROWS", 2)  # several extract jobs, so several parts per table
    inp = _mixed_input(tmp_path / "in")
    default = _run(inp, tmp_path / "default", "default", unit_bytes=4000)
    dask = _run(inp, tmp_path / "dask", "dask", unit_bytes=4000)
    assert default["articles"] == 8 and default["duplicates"] >= 1 and default["quarantined"] == 2
    assert {k: v for k, v in dask.items() if k != "timings"} == {k: v for k, v in default.items() if k != "timings"}
    assert dask["extract_batches"] > 1 and len(store.part_files(store.snapshot_dir(tmp_path / "dask"), "articles")) > 1
    _assert_same_tables(tmp_path / "dask", tmp_path / "default")


@pytest.mark.skipif(not CORPUS.is_dir() or not any(CORPUS.glob("*.zip")), reason="SaudiNewsNet corpus not present")
def test_corpus_sample_on_dask_equals_the_default_runner(prefect_backend, tmp_path):
    # 200 records spread over the corpus (every 155th), as one JSONL file
    records, i = [], 0
    for path in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for name in zf.namelist():
                for record in json.loads(zf.read(name)):
                    if i % 155 == 0 and len(records) < SAMPLE:
                        records.append(record)
                    i += 1
    assert len(records) == SAMPLE
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "sample.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                      encoding="utf-8")
    default = _run(inp, tmp_path / "default", "default")
    dask = _run(inp, tmp_path / "dask", "dask")
    assert default["articles"] + default["quarantined"] == SAMPLE
    assert {k: v for k, v in dask.items() if k != "timings"} == {k: v for k, v in default.items() if k != "timings"}
    _assert_same_tables(tmp_path / "dask", tmp_path / "default")
    mentions = store.read_table(tmp_path / "dask", "mentions")
    assert mentions.height > 100  # the sample is not trivially empty
