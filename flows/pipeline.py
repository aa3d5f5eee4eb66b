"""The ziyarat flow: plan -> ingest -> clean -> merge -> extract -> aggregate -> write.

A run reads only the inputs new or changed (by content) since the data dir last saw
them, adds their articles to those it holds, and re-derives visits over all of it.
The body reads like a table of contents; the stages are in tasks/<stage>.py, the
work units the workers run in tasks/units.py, the run-level plumbing (settings,
plan, timing, summary, where the units run) in flows/run.py, the part files in
ziyarat/dataset.py, ziyarat/parts.py and ziyarat/store.py.

Memory stays flat: ingest + clean run in units of about Settings.unit_bytes of
input, each staging its articles (text included) as a part file beside files of
their small columns; the merge unit decides ids and duplicates over those; extract
reads the staged parts a slice at a time and writes the final parts; aggregate reads
small columns; the commit moves the parts into the snapshot. The units run in the
shared process pool (merge in this process), or all on a Dask cluster
with --task-runner dask (plain functions: the workers never start Prefect; this
process then holds file names, counts and the small derived tables)."""
from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import run
from tasks import report as report_stage
from tasks import units
from tasks.extract import isolation
from ziyarat import dataset, parallel, store
from ziyarat.settings import Settings

# ---------------------------------------------------------------- thin tasks
@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(settings: Settings, todo: run.Todo, staging: Path, workers: int = 1) -> units.Read:
    """Read and clean the inputs the run has to read, in units of about
    settings.unit_bytes (on the workers): each unit's articles staged as a part file,
    only their small columns' files and the quarantine come back. When the CLI
    started the reading before the flow run (run.head_start), it is collected here."""
    if todo.head is not None:
        return todo.head.reading.result()
    return run.read_inputs(settings, todo, staging, workers)


@task(name="merge", cache_policy=NO_CACHE)
def merge_task(todo: run.Todo, read: units.Read, quarantine: pl.DataFrame, staging: Path) -> units.MergeResult:
    """Ids and duplicates over the articles held and the new ones, the run's
    accounting, which held parts stay and which are rewritten (rows of re-read
    inputs, changed ids): one unit, on the Dask cluster with --task-runner dask (the
    flow's process then holds only its file names and counts), else here."""
    job = units.MergeJob(todo.snapshot, todo.plan.catalogue["source_file"].to_list(), list(todo.plan.replaced),
                         todo.plan.code_changed, [path for path, _rows in read.staged], read.small, read.docs,
                         quarantine, staging)
    [merged] = parallel.map(units.merge_unit, [job])
    return merged


@task(name="extract", cache_policy=NO_CACHE)
def extract_task(jobs: list[units.ExtractJob], workers: int = 1, chunk_rows: int = 4000) -> units.ExtractedAll:
    """Entities, dates, visits, topics and quotes, one slice of a part per job (on
    the workers, which write the articles and extract's tables as parts); a warning
    per article whose extraction failed (it gets no rows; the run goes on)."""
    work = functools.partial(units.extract_unit, chunk_rows=chunk_rows)
    extracted = units.combine_extracted(parallel.map(work, jobs, workers=workers))
    isolation.warn(get_run_logger(), extracted.failures, extracted.failed)
    return extracted


@task(name="aggregate", cache_policy=NO_CACHE)
def aggregate_task(todo: run.Todo, merged: units.MergeResult, written: dict[str, list[Path]],
                   workers: int = 1) -> dict[str, pl.DataFrame]:
    """Visit mentions of every article held merged into visits; per-visit and
    per-topic summaries, from small columns (units.aggregate_unit). The pairs of
    leaders whose inputs did not change keep the rows the snapshot holds, when this
    code made them and none of its files is missing. One unit: on the Dask cluster
    with --task-runner dask, else on a worker of the pool when the run has one (its
    identifiers need the lexicon, which the workers inherit built: building it here
    cost this process ~0.5 CPU-s; bench/RESULTS.md, "Session 38, perf38b"), else here."""
    job = units.AggregateJob(todo.snapshot, todo.intact and not todo.plan.code_changed, merged.carried, written,
                             merged.index)
    [derived] = parallel.map(units.aggregate_unit, [job], workers=workers)
    return derived


@task(name="write", cache_policy=NO_CACHE)
def write_task(settings: Settings, todo: run.Todo, carried: dataset.Carried, new: dict[str, list],
               derived: dict[str, pl.DataFrame], summary: dict) -> None:
    """Commit the new snapshot (the staged parts moved in, one pointer swap), then
    publish the report of it."""
    report_tables = run.report_tables(todo, carried, new, derived)
    with ThreadPoolExecutor(max_workers=1) as side:
        # the report is rendered (Python) while the parts are written (Parquet
        # compression, outside the GIL); it is published once they are committed
        rendered = side.submit(report_stage.render_all, report_tables, summary["articles"])
        add = {**carried.add}
        for name, entries in new.items():
            add[name] = [*add.get(name, []), *entries]
        add.update({name: [df] for name, df in derived.items()})
        store.commit(settings.data_dir, keep=carried.keep, add=add,
                     state={"code_fingerprint": todo.fingerprint, "summary": summary})
        # quote: Prefect would otherwise walk every rendered row looking for futures
        report_stage.publish_report(report_tables, settings.data_dir, rendered=quote(rendered.result()))


# ---------------------------------------------------------------- the flow
@flow(name="ziyarat", log_prints=False)
def ziyarat_flow(input_dir: str = "seeds", data_dir: str = "data", manifest: str | None = None,
                 batch_size: int | None = None, workers: int | None = None, lock_wait: float = 0.0,
                 task_runner: str = "default", take_lock: bool = True, replace: bool = False,
                 dask_address: str | None = None, unit_bytes: int | None = None) -> dict:
    """One run: what is new or changed under input_dir added to the database in
    data_dir (everything when `replace`), visits re-derived over all of it."""
    settings = run.settings_for(input_dir, data_dir, manifest, batch_size, workers, lock_wait, task_runner,
                                dask_address=dask_address, unit_bytes=unit_bytes)
    clock = run.Clock(get_run_logger())
    with run.session(settings, take_lock, replace) as todo:
        if todo.nothing_to_do:
            return run.nothing_to_do(settings.data_dir, clock)
        with run.executor(settings, todo) as pool:
            staging = todo.head.staging if todo.head is not None else store.staging_dir(settings.data_dir)
            read = ingest_task(settings, todo, staging, workers=pool)  # ingest + clean, unit by unit
            clock.done("ingest", run.said_ingest(todo, read, clock.started))
            quarantine = run.concat([read.quarantine], "quarantine")
            merged = merge_task(todo, read, quarantine, staging)
            clock.logger.info(merged.accounting)
            clock.done("clean", run.said_clean(read, merged, quarantine))
            jobs = run.extract_jobs(todo, read, merged, pool, staging)
            # submitted: the flow's thread waits on it, so a stop signal unwinds the flow, not a task run
            extracted = extract_task.submit(jobs, workers=pool, chunk_rows=settings.batch_size).result()
            clock.done("extract", run.said_extract(extracted))
            derived = aggregate_task(todo, merged, extracted.paths, workers=pool)
            clock.done("aggregate", run.said_aggregate(derived))
        new = run.new_parts(todo, merged, quarantine, extracted.paths)
        summary = run.summarise(todo, merged, new, derived, extracted)
        write_task(settings, todo, merged.carried, new, derived, summary)
        clock.done("write", f"{len(new)} part tables and report.html to {settings.data_dir}")
    return {**summary, "timings": clock.timings}


