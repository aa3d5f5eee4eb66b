"""The ziyarat flow: ingest -> clean -> extract -> aggregate -> write.

The body reads like a table of contents; the work is in tasks/<stage>.py. Articles
go to extract in one batch per worker (one task run per batch, never per article), so
the number of task runs does not grow with the corpus; batches run in parallel on the
flow's task runner (threads feeding a shared process pool by default, Dask with
--task-runner dask), each in chunks of at most batch_size articles."""
from __future__ import annotations

import functools
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from pathlib import Path

import polars as pl
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import aggregate as aggregate_stage
from tasks import clean as clean_stage
from tasks import extract as extract_stage
from tasks import ingest as ingest_stage
from tasks import report as report_stage
from tasks.extract import topics as topics_stage
from ziyarat import cache, parallel, progress, schemas, store
from ziyarat.settings import Settings

EXTRACTED = ("mentions", "visit_mentions", "article_topics", "quotes")
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def extractor_fingerprint() -> str:
    """Hash of everything extraction depends on (code + lexicons): cached rows of
    an earlier run are reused only while this is unchanged."""
    h = hashlib.sha256()
    files = sorted((_PACKAGE_ROOT / "ziyarat" / "lexicons").glob("*.yaml"))
    files += [_PACKAGE_ROOT / "ziyarat" / n for n in ("arabic.py", "lexicon.py")]
    files += sorted((_PACKAGE_ROOT / "tasks").glob("*.py"))
    for path in files:
        if path.exists() and path.name not in ("report.py", "aggregate.py", "ingest.py"):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# ---------------------------------------------------------------- thin tasks
INGEST_PARALLEL_BYTES = 8 << 20  # below this, reading is quicker than waking the pool


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_task(settings: Settings, workers: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read every input under the input dir (files, records, zip members): groups of
    input files in the shared process pool when workers > 1 and there is enough."""
    inputs, manifest = ingest_stage.plan(settings)
    n = workers * CHUNKS_PER_BATCH if workers > 1 and _total_bytes(inputs) >= INGEST_PARALLEL_BYTES else 1
    read = functools.partial(ingest_stage.read_inputs, settings=settings, manifest=manifest)
    parts = parallel.map(read, ingest_stage.groups(inputs, n), workers=workers if n > 1 else 1)
    return ingest_stage.combine(parts, manifest)


def _total_bytes(inputs) -> int:
    total = 0
    for _rel, path in inputs:
        try:
            total += path.lstat().st_size
        except OSError:
            pass
    return total


@task(name="clean", cache_policy=NO_CACHE)
def clean_task(docs: pl.DataFrame, settings: Settings, workers: int = 1) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Strip chrome, normalise, id and de-duplicate articles: the per-document part
    chunk by chunk (in the shared process pool when workers > 1), then the duplicates
    across all of them."""
    if docs.height == 0:
        return clean_stage.clean(docs, settings)
    prepare = functools.partial(clean_stage.prepare, settings=settings)
    parts = parallel.map(prepare, chunks(docs, settings.batch_size), workers=workers)
    return clean_stage.finish(pl.concat(parts, how="vertical"))


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_batch(batch: pl.DataFrame, workers: int = 1, chunk_size: int = 4000) -> dict[str, pl.DataFrame]:
    """Entities, dates, visits, topics and quotes for one batch of articles, chunk by
    chunk (in the shared process pool when workers > 1)."""
    parts = parallel.map(extract_stage.extract, chunks(batch, chunk_size), workers=workers)
    return {name: _concat([p[name] for p in parts], name) for name in EXTRACTED}


@task(name="aggregate", cache_policy=NO_CACHE)
def aggregate_task(articles, extracted: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Merge visit mentions into visits; per-visit and per-topic summaries."""
    return aggregate_stage.aggregate(
        articles, extracted["mentions"], extracted["visit_mentions"],
        extracted["article_topics"], extracted["quotes"], topics_stage.taxonomy(),
    )


@task(name="write", cache_policy=NO_CACHE)
def write_task(data_dir: Path, tables: dict[str, pl.DataFrame], state: dict,
               cache: dict[str, pl.DataFrame] | None = None) -> None:
    """Write every table atomically and rebuild the DuckDB views."""
    store.write_tables(data_dir, tables, state, cache=cache)


# ---------------------------------------------------------------- helpers
def make_batches(articles: pl.DataFrame, workers: int) -> list[pl.DataFrame]:
    """One batch per worker (fewer for tiny inputs): the number of task runs does not
    grow with the number of articles."""
    n = articles.height
    if n == 0:
        return []
    size = -(-n // max(1, workers))
    return [articles.slice(i, size) for i in range(0, n, size)]


CHUNKS_PER_BATCH = 4  # enough chunks that both pool workers stay busy to the end


def chunks(batch: pl.DataFrame, chunk_size: int) -> list[pl.DataFrame]:
    """Slices of at most `chunk_size` rows, at least CHUNKS_PER_BATCH of them (work
    units for the pool: a worker holds one chunk's rows at a time)."""
    n = batch.height
    size = max(1, min(chunk_size, -(-n // CHUNKS_PER_BATCH)))
    return [batch.slice(i, size) for i in range(0, n, size)]


def reusable_extractions(data_dir: Path, articles: pl.DataFrame, fingerprint: str):
    """Rows of an earlier run for articles whose id and publication date are
    unchanged, when the extractor is the same; and the articles still to do."""
    state = store.read_state(data_dir)
    previous = store.read_table(data_dir, "articles") if state.get("extract_fingerprint") == fingerprint else None
    if previous is None or previous.height == 0:
        return articles, None
    keys = previous.select("article_id", "published_date").unique()
    done = articles.join(keys, on=["article_id", "published_date"], how="semi", nulls_equal=True)
    if done.height == 0:
        return articles, None
    ids = done["article_id"].unique()
    reused = {}
    for name in EXTRACTED:
        # visit_mentions as extract made them: aggregate rewrites the public table's
        # visit_id and (link-weighted) confidence, and must not do it twice.
        table = store.read_cache(data_dir, name) if name == "visit_mentions" else store.read_table(data_dir, name)
        if table is None:
            return articles, None
        reused[name] = table.filter(pl.col("article_id").is_in(ids.implode()))
    todo = articles.join(done.select("article_id"), on="article_id", how="anti")
    return todo, reused


def check_accounting(docs: pl.DataFrame, articles: pl.DataFrame, quarantine: pl.DataFrame, logger) -> None:
    """Every input file/record is in exactly one of articles or quarantine (the
    whole quarantine: ingest's and clean's)."""
    in_articles = articles["source_file"]
    in_quarantine = quarantine["source_file"]
    problems = []
    if in_articles.is_duplicated().any():
        problems.append("an input appears twice in articles")
    if in_quarantine.is_duplicated().any():
        problems.append("an input appears twice in quarantine, e.g. "
                        + in_quarantine.filter(in_quarantine.is_duplicated()).sort()[0])
    both = set(in_articles.to_list()) & set(in_quarantine.to_list())
    if both:
        problems.append(f"{len(both)} input(s) in both articles and quarantine, e.g. {sorted(both)[0]}")
    lost = set(docs["source_file"].to_list()) - set(in_articles.to_list()) - set(in_quarantine.to_list())
    if lost:
        problems.append(f"{len(lost)} input(s) in neither articles nor quarantine, e.g. {sorted(lost)[0]}")
    if problems:
        raise RuntimeError("accounting failed: " + "; ".join(problems))
    logger.info("accounting: %d inputs = %d articles (%d duplicates) + %d quarantined",
                in_articles.len() + in_quarantine.len(), articles.height,
                articles["duplicate_of"].is_not_null().sum(), quarantine.height)


def _concat(frames: list[pl.DataFrame], name: str) -> pl.DataFrame:
    frames = [schemas.conform(name, f) for f in frames if f is not None]
    return pl.concat(frames, how="vertical") if frames else schemas.empty(name)


# ---------------------------------------------------------------- the flow
@flow(name="ziyarat", log_prints=False)
def ziyarat_flow(input_dir: str = "seeds", data_dir: str = "data", manifest: str | None = None,
                 batch_size: int | None = None, workers: int | None = None, lock_wait: float = 0.0,
                 task_runner: str = "default", take_lock: bool = True) -> dict:
    """One run of the whole pipeline over every input under input_dir."""
    logger = get_run_logger()
    settings = Settings(input_dir=Path(input_dir), data_dir=Path(data_dir),
                        manifest=Path(manifest) if manifest else None, lock_timeout=lock_wait,
                        task_runner=task_runner)
    if batch_size:
        settings = settings.with_(batch_size=batch_size)
    if workers:
        settings = settings.with_(workers=workers)
    timings: dict[str, float] = {}

    def done(stage: str, t0: float, message: str) -> None:
        """Log a stage's counts and duration, and tell the CLI's progress bar."""
        timings[stage] = round(time.perf_counter() - t0, 3)
        detail = f"{message} ({timings[stage]:.2f}s)"
        logger.info("%s: %s", stage, detail)
        progress.report(stage, detail)

    pool_workers = settings.workers if settings.task_runner != "dask" else 1
    with store.run_lock(settings.data_dir, settings.lock_timeout) if take_lock else nullcontext():
        t0 = time.perf_counter()
        input_key = cache.input_key(settings)
        output_key = cache.output_key(input_key)
        previous = cache.unchanged_run(settings.data_dir, output_key)
        if previous is not None:  # neither inputs nor code changed: the last run's tables stand
            for stage in progress.STAGES:
                done(stage, t0, NOTHING_TO_DO)
                t0 = time.perf_counter()
            return {**nothing_to_do(settings.data_dir, previous), "timings": timings}
        cached = cache.load(settings.data_dir, input_key)
        if cached is not None:  # no input changed since the last run: its articles stand
            articles, quarantine = cached
            done("ingest", t0, f"inputs unchanged since the last run: {articles.height} articles and "
                               f"{quarantine.height} quarantined read back")
            t0 = time.perf_counter()
            done("clean", t0, "skipped (inputs unchanged)")
        else:
            parallel.warm(pool_workers)  # the pool starts (imports, lexicon) while ingest and clean run
            docs, quarantine = ingest_task(settings, workers=pool_workers)
            done("ingest", t0, f"{docs.height} inputs read, {quarantine.height} quarantined")

            t0 = time.perf_counter()
            articles, rejected = clean_task(docs, settings, workers=pool_workers)
            rejected = _concat([rejected], "quarantine")
            quarantine = _concat([quarantine, rejected], "quarantine")
            check_accounting(docs, articles, quarantine, logger)
            done("clean", t0, f"{docs.height} in, {articles.height} articles out "
                              f"({articles['duplicate_of'].is_not_null().sum()} duplicates), {rejected.height} quarantined")
            del docs

        t0 = time.perf_counter()
        fingerprint = extractor_fingerprint()
        todo, reused = reusable_extractions(settings.data_dir, articles, fingerprint)
        batches = make_batches(todo, settings.workers)
        parts = [f.result() for f in extract_batch.map(batches, workers=pool_workers,
                                                       chunk_size=settings.batch_size)] if batches else []
        if reused:
            parts.append(reused)
        extracted = {name: _concat([p[name] for p in parts], name) for name in EXTRACTED}
        done("extract", t0, f"{todo.height} articles in {len(batches)} batches "
                            f"({articles.height - todo.height} reused from the last run); "
                            + ", ".join(f"{extracted[n].height} {n}" for n in EXTRACTED))

        t0 = time.perf_counter()
        tables = aggregate_task(articles, extracted)
        tables = {**extracted, **tables, "articles": articles, "quarantine": quarantine}
        reported = tables["visits"].filter(pl.col("n_articles") > 0).height
        done("aggregate", t0, f"{tables['visit_mentions'].height} visit mentions -> "
                              f"{tables['visits'].height} visits ({reported} reported)")

        t0 = time.perf_counter()
        summary = {
            "articles": articles.height,
            "duplicates": int(articles["duplicate_of"].is_not_null().sum()),
            "quarantined": quarantine.height,
            "visits": tables["visits"].height,
            "reported_visits": reported,
            "extract_batches": len(batches),
            "reused_articles": articles.height - todo.height,
            "inputs_unchanged": cached is not None,
            "outputs_unchanged": False,
        }
        with ThreadPoolExecutor(max_workers=1) as side:
            # the report is rendered (Python) while the tables are written (Parquet
            # compression, outside the GIL); it is published once they are committed
            rendered = side.submit(report_stage.render_all, tables)
            write_task(settings.data_dir, tables,
                       {"extract_fingerprint": fingerprint, cache.STATE_KEY: input_key,
                        cache.OUTPUT_KEY: output_key, "summary": summary},
                       cache={"visit_mentions": extracted["visit_mentions"]})
            report_stage.publish_report(tables, settings.data_dir, rendered=rendered.result())
        done("write", t0, f"{len(schemas.TABLES)} tables, report.html and artifacts to {settings.data_dir}")
    summary["timings"] = timings
    return summary


def make_task_runner(kind: str, workers: int, dask_address: str | None = None):
    """The task runner for --task-runner: threads feeding the shared process pool
    (default), or a Dask cluster (local when no address is given)."""
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, workers), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max(1, workers))


NOTHING_TO_DO = "nothing to do: inputs and code unchanged since the last run"


def nothing_to_do(data_dir: Path, previous: dict) -> dict:
    """The summary of a run that found neither inputs nor code changed (the last
    run's tables stand), noted in the state file."""
    summary = {**previous, "extract_batches": 0, "reused_articles": previous.get("articles"),
               "inputs_unchanged": True, "outputs_unchanged": True}
    cache.record_unchanged_run(data_dir, summary)
    return summary


def _unchanged_run(settings: Settings) -> dict | None:
    """The last run's summary when this run would have nothing to do, else None."""
    try:
        return cache.unchanged_run(settings.data_dir, cache.output_key(cache.input_key(settings)))
    except Exception:  # noqa: BLE001 - a bad input dir is the flow's to report, not this check's
        return None


def run_pipeline(settings: Settings) -> dict:
    """Run the flow once with the settings' task runner; returns the summary.

    The data dir's lock is taken here, before Prefect starts, so a second run
    stops with one clear line instead of a failed flow run."""
    runner = make_task_runner(settings.task_runner, settings.workers, settings.dask_address)
    with store.run_lock(settings.data_dir, settings.lock_timeout):
        previous = _unchanged_run(settings)
        if previous is not None:
            # Nothing changed since the last run: its tables stand, and no flow run is
            # created (Prefect's flow-run bookkeeping alone takes ~1 s). Scheduled runs
            # (ziyarat serve) go through the flow, which makes the same check.
            for stage in progress.STAGES:
                progress.report(stage, NOTHING_TO_DO)
            return {**nothing_to_do(settings.data_dir, previous), "flow_run": False,
                    "timings": dict.fromkeys(progress.STAGES, 0.0)}
        if settings.task_runner != "dask":
            parallel.warm(settings.workers)  # the pool starts while Prefect sets up the flow run
        return ziyarat_flow.with_options(task_runner=runner)(
            input_dir=str(settings.input_dir), data_dir=str(settings.data_dir),
            manifest=str(settings.manifest) if settings.manifest else None,
            batch_size=settings.batch_size, workers=settings.workers, lock_wait=settings.lock_timeout,
            task_runner=settings.task_runner, take_lock=False,
        )
