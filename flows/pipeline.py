"""The ziyarat flow: plan -> ingest -> clean -> merge -> extract -> aggregate -> write.

A run reads only the inputs new or changed (by content) since the data dir last saw
them, adds their articles to those it holds, and re-derives visits over all of them.
The body reads like a table of contents; the stages are in tasks/<stage>.py, the
run-level plumbing (settings, plan, timing, summary, task runner) in flows/run.py,
the part files in ziyarat/dataset.py and ziyarat/store.py. Extract runs in one batch
per worker (never a task per article), each in chunks of at most batch_size articles
in the shared process pool (or on Dask with --task-runner dask)."""
from __future__ import annotations

import functools
from concurrent.futures import ThreadPoolExecutor

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows import run
from flows.run import chunks, make_batches, make_task_runner  # noqa: F401 - the names callers use
from tasks import aggregate as aggregate_stage
from tasks import clean as clean_stage
from tasks import extract as extract_stage
from tasks import ingest as ingest_stage
from tasks import report as report_stage
from tasks.extract import topics as topics_stage
from ziyarat import dataset, parallel, store
from ziyarat.settings import Settings

EXTRACTED = tuple(dataset.EXTRACT_PARTS)
INGEST_PARALLEL_BYTES = 8 << 20  # below this, reading is quicker than waking the pool


# ---------------------------------------------------------------- thin tasks
@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(settings: Settings, todo: run.Todo, workers: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read the inputs the run has to read (files, records, zip members): groups of
    input files in the shared process pool when workers > 1 and there is enough."""
    inputs, manifest = todo.inputs, run.manifest_for(settings, todo)
    n = workers * run.CHUNKS_PER_BATCH if workers > 1 and todo.bytes_to_read >= INGEST_PARALLEL_BYTES else 1
    read = functools.partial(ingest_stage.read_inputs, settings=settings, manifest=manifest)
    parts = parallel.map(read, ingest_stage.groups(inputs, n), workers=workers if n > 1 else 1)
    return ingest_stage.combine(parts, manifest)


@task(name="clean", cache_policy=NO_CACHE)
def clean_task(docs: pl.DataFrame, settings: Settings, workers: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Strip chrome, normalise, date and sign each document, chunk by chunk (in the
    shared process pool when workers > 1): (accepted, rejected)."""
    prepare = functools.partial(clean_stage.prepare, settings=settings)
    parts = [prepare(docs)] if docs.height == 0 else \
        parallel.map(prepare, chunks(docs, settings.batch_size), workers=workers)
    return clean_stage.split_rejected(pl.concat(parts, how="vertical"))


@task(name="merge", cache_policy=NO_CACHE)
def merge_task(todo: run.Todo, accepted: pl.DataFrame) -> tuple[dataset.Merged, dataset.Carried]:
    """Ids and duplicates over the articles held and the new ones; which held parts
    stay and which are rewritten (rows of re-read inputs, changed ids)."""
    held = store.snapshot_table(todo.snapshot, dataset.INDEX)
    names, replaced = set(todo.plan.catalogue["source_file"]), set(todo.plan.replaced)
    merged = dataset.merge_articles(held, accepted, names, replaced, clean_stage.assign_ids)
    return merged, dataset.carry(todo.snapshot, merged, replaced, names, extract_again=todo.plan.code_changed)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(batch: pl.DataFrame, workers: int = 1, chunk_size: int = 4000) -> dict[str, pl.DataFrame]:
    """Entities, dates, visits, topics and quotes for one batch of articles, chunk by
    chunk (in the shared process pool when workers > 1)."""
    parts = parallel.map(extract_stage.extract, chunks(batch, chunk_size), workers=workers)
    return {name: run.concat([p[name] for p in parts], name) for name in EXTRACTED}


@task(name="aggregate", cache_policy=NO_CACHE)
def aggregate_task(todo: run.Todo, merged: dataset.Merged, carried: dataset.Carried,
                   extracted: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Visit mentions of every article held merged into visits; per-visit and
    per-topic summaries (from small columns: never the articles' text)."""
    def every(name: str) -> pl.DataFrame:
        rows = dataset.read_carried(todo.snapshot, carried, dataset.EXTRACT_PARTS[name], [extracted[name]])
        return dataset.in_article_order(run.concat([rows], name), merged.index)
    articles = merged.index.select(aggregate_stage.ARTICLE_COLUMNS)
    return aggregate_stage.aggregate(articles, None, every("visit_mentions"), every("article_topics"),
                                     None, topics_stage.taxonomy(), summit_mentions=every("summit_mentions"))


@task(name="write", cache_policy=NO_CACHE)
def write_task(settings: Settings, todo: run.Todo, carried: dataset.Carried, new: dict[str, list[pl.DataFrame]],
               derived: dict[str, pl.DataFrame], summary: dict) -> None:
    """Commit the new snapshot (one pointer swap), then publish the report of it."""
    report_tables = run.report_tables(todo, carried, new, derived)
    with ThreadPoolExecutor(max_workers=1) as side:
        # the report is rendered (Python) while the parts are written (Parquet
        # compression, outside the GIL); it is published once they are committed
        rendered = side.submit(report_stage.render_all, report_tables)
        add = {**carried.add}
        for name, frames in new.items():
            add[name] = [*add.get(name, []), *frames]
        add.update({name: [df] for name, df in derived.items()})
        store.commit(settings.data_dir, keep=carried.keep, add=add,
                     state={"code_fingerprint": todo.fingerprint, "summary": summary})
        # quote: Prefect would otherwise walk every rendered row looking for futures
        report_stage.publish_report(report_tables, settings.data_dir, rendered=quote(rendered.result()))


def extract_all(articles: pl.DataFrame, settings: Settings, pool: int) -> tuple[dict[str, pl.DataFrame], int]:
    """extract_batch over one batch per worker, in parallel on the task runner;
    returns the rows per table and the number of batches."""
    batches = make_batches(articles, settings.workers)
    parts = [f.result() for f in extract_batch.map(batches, workers=pool, chunk_size=settings.batch_size)]
    return {name: run.concat([p[name] for p in parts], name) for name in EXTRACTED}, len(batches)


# ---------------------------------------------------------------- the flow
@flow(name="ziyarat", log_prints=False)
def ziyarat_flow(input_dir: str = "seeds", data_dir: str = "data", manifest: str | None = None,
                 batch_size: int | None = None, workers: int | None = None, lock_wait: float = 0.0,
                 task_runner: str = "default", take_lock: bool = True, replace: bool = False) -> dict:
    """One run: what is new or changed under input_dir added to the database in
    data_dir (everything when `replace`), visits re-derived over all of it."""
    settings = run.settings_for(input_dir, data_dir, manifest, batch_size, workers, lock_wait, task_runner)
    clock, pool = run.Clock(get_run_logger()), settings.workers if settings.task_runner != "dask" else 1
    with run.session(settings, take_lock, replace) as todo:
        if todo.nothing_to_do:
            return run.nothing_to_do(settings.data_dir, clock)
        parallel.warm(pool)  # the pool starts (imports, lexicon) while ingest and clean run
        docs, quarantine = ingest_task(settings, todo, workers=pool)
        clock.done("ingest", run.said_ingest(todo, docs, quarantine))
        accepted, rejected = clean_task(docs, settings, workers=pool)
        merged, carried = merge_task(todo, accepted)
        quarantine = run.concat([quarantine, rejected], "quarantine")
        run.check_accounting(docs, merged.articles, quarantine, clock.logger)
        clock.done("clean", run.said_clean(docs, merged, rejected))
        articles = run.to_extract(todo, merged, carried)
        extracted, n_batches = extract_all(articles, settings, pool)
        clock.done("extract", run.said_extract(articles, n_batches, extracted))
        derived = aggregate_task(todo, merged, carried, extracted)
        clock.done("aggregate", run.said_aggregate(derived))
        new = run.new_parts(todo, merged, quarantine, extracted)
        summary = run.summarise(todo, merged, carried, new, derived, articles.height, n_batches)
        write_task(settings, todo, carried, new, derived, summary)
        clock.done("write", f"{len(new)} part tables and report.html to {settings.data_dir}")
    return {**summary, "timings": clock.timings}


def run_pipeline(settings: Settings, replace: bool = False) -> dict:
    """Run the flow once with the settings' task runner; returns the summary.

    The data dir's lock is taken and the plan made here, before Prefect starts: a
    second run stops with one clear line, and a run with nothing to do answers
    without creating a flow run (Prefect's bookkeeping alone takes ~1 s)."""
    with run.session(settings, take_lock=True, replace=replace) as todo:
        if todo.nothing_to_do:
            return {**run.nothing_to_do(settings.data_dir), "flow_run": False}
        if settings.task_runner != "dask":
            parallel.warm(settings.workers)  # the pool starts while Prefect sets up the flow run
        run.hand_over(settings, todo)
        runner = make_task_runner(settings.task_runner, settings.workers, settings.dask_address)
        return ziyarat_flow.with_options(task_runner=runner)(
            input_dir=str(settings.input_dir), data_dir=str(settings.data_dir),
            manifest=str(settings.manifest) if settings.manifest else None,
            batch_size=settings.batch_size, workers=settings.workers, lock_wait=settings.lock_timeout,
            task_runner=settings.task_runner, take_lock=False, replace=replace,
        )
