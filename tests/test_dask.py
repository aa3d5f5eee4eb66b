"""The flow on a Dask cluster (prefect-dask's DaskTaskRunner, a local 2-worker
cluster) writes exactly the tables the default runner writes: on the seeds and on a
200-record SaudiNewsNet sample. Pointing at a real cluster is the same code path
with ``--dask-address tcp://scheduler:8786`` (see bench/README.md)."""
from __future__ import annotations

import inspect
import json
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, SEEDS
from ziyarat import schemas, store

pytest.importorskip("prefect_dask")
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


def _run(input_dir: Path, data_dir: Path, runner: str) -> dict:
    from flows.pipeline import run_pipeline
    from ziyarat.settings import Settings

    return run_pipeline(Settings(input_dir=input_dir, data_dir=data_dir, task_runner=runner, workers=2))


def test_make_task_runner_matches_the_installed_prefect_dask():
    from prefect_dask import DaskTaskRunner

    from flows.pipeline import make_task_runner

    params = inspect.signature(DaskTaskRunner.__init__).parameters
    assert {"address", "cluster_kwargs"} <= set(params)
    local = make_task_runner("dask", 2)
    assert isinstance(local, DaskTaskRunner)
    assert local.cluster_kwargs["n_workers"] == 2 and local.cluster_kwargs["threads_per_worker"] == 1
    remote = make_task_runner("dask", 2, "tcp://scheduler:8786")
    assert remote.address == "tcp://scheduler:8786"


def test_seeds_on_dask_equal_the_default_runner(prefect_backend, seed_data, tmp_path):
    summary = _run(SEEDS, tmp_path / "dask", "dask")
    assert summary["articles"] == 5 and summary["reported_visits"] == 4
    assert summary["extract_batches"] == 2  # mapped over both Dask workers
    _assert_same_tables(tmp_path / "dask", seed_data)


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
