"""Run-level plumbing of the flow, apart from its stages: the settings of a run,
what it has to do (inputs new or changed by content, a code change), the nothing-
to-do answer, stage timing and progress, the accounting check, the summary and the
task runner. The lock is taken in one place (flows/launch.py's run_pipeline for the CLI, the
flow itself for scheduled runs).

Nothing here imports Prefect at import time: flows/launch.py (the CLI's entry) plans
with it, starts Prefect's temporary server and the pool, then imports the flow (and
Prefect) while they start."""
from __future__ import annotations

import functools
import itertools
import threading
import time
from concurrent.futures import Future
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

import polars as pl

from tasks import ingest as ingest_stage
from tasks import units
from tasks.report import model as report_model
from ziyarat import cache, dataset, parallel, parts, progress, schemas, store
from ziyarat.settings import Settings

NOTHING_TO_DO = "nothing to do: no input new or changed, and the code is unchanged since the last run"


def settings_for(input_dir: str, data_dir: str, manifest: str | None, batch_size: int | None,
                 workers: int | None, lock_wait: float, task_runner: str, dask_address: str | None = None,
                 unit_bytes: int | None = None) -> Settings:
    """The flow's parameters as Settings (defaults for what is not given)."""
    settings = Settings(input_dir=Path(input_dir), data_dir=Path(data_dir),
                        manifest=Path(manifest) if manifest else None, lock_timeout=lock_wait,
                        task_runner=task_runner, dask_address=dask_address)
    given = {"batch_size": batch_size, "workers": workers, "unit_bytes": unit_bytes}
    return settings.with_(**{k: v for k, v in given.items() if v})


# ---------------------------------------------------------------- what to do
@dataclass(frozen=True)
class Todo:
    """What one run does: the inputs to read, against the snapshot it builds on."""

    plan: cache.Plan
    inputs: list[tuple[str, Path]]  # (source_file, path) of the inputs to read
    snapshot: Path | None  # the snapshot this run adds to (None: it starts over)
    fingerprint: str
    intact: bool  # the snapshot's files and the report are all in place
    skipped: ingest_stage.Skipped | None = None  # the data dir, found inside the input dir: not read
    head: HeadStart | None = None  # the reading, started before the flow run (see head_start)

    @property
    def nothing_to_do(self) -> bool:
        return self.plan.nothing_to_do and self.snapshot is not None and self.intact

    @property
    def bytes_to_read(self) -> int:
        sizes = self.plan.catalogue.filter(pl.col("source_file").is_in(self.plan.to_read))["n_bytes"]
        return int(sizes.fill_null(0).sum())


def plan_run(settings: Settings, replace: bool = False) -> Todo:
    """Hash every input under the input dir and compare with what the data dir holds."""
    data = Path(settings.data_dir)
    snapshot = None if replace else store.snapshot_dir(data)
    if snapshot is None and not replace and store.legacy_tables(data):
        raise store.UserError(f"{data} holds tables written by an older ziyarat (one file per table); "
                              "run once with --replace to start it over in the new layout, or pass another --data")
    listed = ingest_stage.list_inputs(settings)
    present = cache.catalogue(listed, cache.context_key(settings))
    held = store.snapshot_table(snapshot, dataset.INPUTS)
    fingerprint = cache.code_fingerprint()
    state = store.read_manifest(snapshot)
    plan = cache.plan(present, held, code_changed=snapshot is not None and state.get("code_fingerprint") != fingerprint)
    wanted = set(plan.to_read)
    return Todo(plan=plan, inputs=[(rel, path) for rel, path in listed if rel in wanted], snapshot=snapshot,
                fingerprint=fingerprint, intact=_intact(data, snapshot),
                skipped=ingest_stage.skipped_outputs(settings))


_HANDED: dict[str, Todo] = {}  # a plan made by run_pipeline for the flow run it starts


def hand_over(settings: Settings, todo: Todo, head: HeadStart | None = None) -> None:
    """Give the flow run about to start the plan just made (inputs are hashed once),
    and the reading already under way, if any."""
    _HANDED[str(Path(settings.data_dir).resolve())] = replace(todo, head=head)


@contextmanager
def session(settings: Settings, take_lock: bool, replace: bool) -> Iterator[Todo]:
    """A run's lock (when this caller takes it: the CLI's run_pipeline takes it
    before Prefect starts, a scheduled flow run takes its own) and its plan."""
    with store.run_lock(settings.data_dir, settings.lock_timeout) if take_lock else nullcontext():
        handed = _HANDED.pop(str(Path(settings.data_dir).resolve()), None)
        yield handed if handed is not None and not take_lock else plan_run(settings, replace)


def _intact(data_dir: Path, snapshot: Path | None) -> bool:
    if snapshot is None or not (data_dir / "report.html").exists():
        return False
    parts = store.read_manifest(snapshot).get("parts", {})
    return all((snapshot / name / p).is_file() for name, names in parts.items() for p in names) \
        and (snapshot / store.DB_NAME).is_file()


def manifest_for(settings: Settings, todo: Todo) -> ingest_stage.Manifest:
    """The run's manifest, only the rows of the inputs it reads (the others were
    used when their inputs were read)."""
    path = settings.manifest_path
    if settings.manifest is not None and not settings.manifest.exists():
        raise ingest_stage.InputError(f"manifest not found: {settings.manifest}")
    manifest = ingest_stage.read_manifest(path) if path is not None else ingest_stage.Manifest()
    names = set(todo.plan.to_read)
    return ingest_stage.Manifest(manifest.path, {k: v for k, v in manifest.rows.items()
                                                 if dataset.input_of(k, names) in names})


# ---------------------------------------------------------------- timing and progress
class Clock:
    """Each stage's duration and counts: logged, shown by the CLI's progress bar, and
    kept for the summary."""

    def __init__(self, logger) -> None:
        self.logger = logger
        self.timings: dict[str, float] = {}
        self._t0 = self.started = time.perf_counter()

    def done(self, stage: str, message: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = round(now - self._t0, 3)
        self._t0 = now
        detail = f"{message} ({self.timings[stage]:.2f}s)"
        self.logger.info("%s: %s", stage, detail)
        progress.report(stage, detail)


def nothing_to_do(data_dir: Path, clock: Clock | None = None) -> dict:
    """The summary of a run with nothing to do (the last run's tables stand),
    noted in the current snapshot's state."""
    for stage in progress.STAGES:
        if clock is not None:
            clock.done(stage, NOTHING_TO_DO)
        else:
            progress.report(stage, NOTHING_TO_DO)
    previous = store.read_state(data_dir).get("summary") or {}
    summary = {**previous, "extract_batches": 0, "extract_failed": 0, "extract_failed_ids": [],
               "reused_articles": previous.get("articles"),
               "inputs_read": 0, "inputs_replaced": 0, "articles_added": 0,
               "inputs_unchanged": True, "outputs_unchanged": True}
    store.note_summary(data_dir, summary)
    timings = clock.timings if clock is not None else dict.fromkeys(progress.STAGES, 0.0)
    return {**summary, "timings": timings}


# ---------------------------------------------------------------- reading the inputs
INGEST_PARALLEL_BYTES = 8 << 20  # below this, reading is quicker than waking the pool


def read_inputs(settings: Settings, todo: Todo, staging: Path, workers: int) -> units.Read:
    """Read and clean the inputs the run has to read, in units of about
    settings.unit_bytes (on the workers): each unit's articles staged as a part file
    in `staging`, only their small columns' files and the quarantine come back."""
    manifest = manifest_for(settings, todo)
    at_least = workers * CHUNKS_PER_BATCH if workers > 1 and todo.bytes_to_read >= INGEST_PARALLEL_BYTES else 1
    read = functools.partial(units.read_unit, settings=settings, manifest=manifest, staging=staging)
    work = units.plan_read(todo.inputs, settings.unit_bytes, at_least)
    return units.combine_read(parallel.map(read, work, workers=workers), manifest)


@dataclass(frozen=True)
class HeadStart:
    """The reading of a run's inputs, started by the CLI before the flow run exists
    (while Prefect's API server starts, seconds in which the pool would wait): the
    flow's ingest task collects it instead of starting it."""

    staging: Path
    workers: int
    reading: Future  # of units.Read; an error reading is raised where it is collected
    at: float  # time.perf_counter() when it started (Clock's clock)


def head_start(settings: Settings, todo: Todo, workers: int) -> HeadStart:
    """Start reading `todo`'s inputs now, in a thread of this process (the units go to
    the pool as the flow's ingest would send them), into a new staging folder. A
    daemon thread: when the run fails before its flow collects the reading (Prefect's
    server did not start), the process exits without waiting for it (what it staged
    is deleted by the next run)."""
    staging = store.staging_dir(settings.data_dir)
    reading: Future = Future()

    def read() -> None:
        if not reading.set_running_or_notify_cancel():
            return
        try:
            reading.set_result(read_inputs(settings, todo, staging, workers))
        except BaseException as exc:  # noqa: BLE001 - raised where the flow collects it
            reading.set_exception(exc)
    threading.Thread(target=read, name="ziyarat-head-start", daemon=True).start()
    return HeadStart(staging, workers, reading, time.perf_counter())


# ---------------------------------------------------------------- where the units run
def local_workers(settings: Settings, todo: Todo) -> int:
    """The processes the run's units go to with the default runner: settings.workers,
    or 1 (this process, no pool started) when the run reads less than
    settings.pool_min_bytes of input and the code is unchanged (a daily addition: the
    pool's start-up would cost more CPU than its workers save; measured in
    bench/RESULTS.md)."""
    small = todo.bytes_to_read < settings.pool_min_bytes and not todo.plan.code_changed
    return 1 if small else settings.workers


@contextmanager
def executor(settings: Settings, todo: Todo) -> Iterator[int]:
    """Where parallel.map sends the run's units while the block runs: the shared
    process pool (default; started now, in the background, unless local_workers says
    this process), or a Dask cluster (--task-runner dask: the scheduler at
    settings.dask_address, else a local cluster of settings.workers processes).
    Yields the number of workers to spread over."""
    if settings.task_runner == "dask":
        with parallel.dask_client(settings.dask_address, settings.workers):
            yield max(2, settings.workers)
        return
    workers = local_workers(settings, todo)
    parallel.warm(workers)
    yield workers


# ---------------------------------------------------------------- what the stages work on
def extract_jobs(todo: Todo, read: units.Read, merged: units.MergeResult, workers: int,
                 staging: Path) -> list[units.ExtractJob]:
    """The slices extract runs on: every staged part with its rows' final ids, and
    every held articles part when the code changed (their rows from the earlier code
    are dropped). About CHUNKS_PER_BATCH slices per worker, none smaller than
    EXTRACT_JOB_MIN_ROWS: each slice makes one part file per table, so their number
    does not grow with the corpus."""
    starts = itertools.accumulate((n for _p, n in read.staged), initial=0)  # the ids file is in staged order
    sources = [(path, n, (merged.ids, start)) for (path, n), start in zip(read.staged, starts)]
    if todo.plan.code_changed:
        carried = merged.carried
        held = [Path(todo.snapshot) / "articles" / p for p in carried.keep.get("articles", [])]
        sources += [(p, parts.count_part_rows(p), None) for p in [*held, *carried.add.get("articles", [])]]
    total = sum(n for _p, n, _ids in sources)
    size = max(EXTRACT_JOB_MIN_ROWS, -(-total // (max(1, workers) * CHUNKS_PER_BATCH)))
    return units.extract_jobs(sources, size, staging)


def new_parts(todo: Todo, merged: units.MergeResult, quarantine: pl.DataFrame,
              written: dict[str, list[Path]]) -> dict[str, list[pl.DataFrame | Path]]:
    """The parts each accumulating table gets from this run (and the input catalogue):
    those the extract jobs wrote, and the small tables."""
    out: dict[str, list[pl.DataFrame | Path]] = {
        "articles": list(written.get("articles", [])), "quarantine": [quarantine],
        dataset.INDEX: [merged.new_index] if merged.new_index is not None else [],
        dataset.INPUTS: [todo.plan.catalogue]}
    for table in dataset.EXTRACT_PARTS.values():
        out[table] = list(written.get(table, []))
    return out


def report_tables(todo: Todo, carried: dataset.Carried, new: dict[str, list[pl.DataFrame | Path]],
                  derived: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """What the report shows, as the tables will be after the run: of the articles'
    tables only the rows of the articles the visits cite (report.model.cited_articles),
    never their text (projected, filtered scans); the others are only counted (the
    run's summary gives their number to render_all)."""
    cited = pl.Series(sorted(report_model.cited_articles(derived)), dtype=pl.Utf8)
    columns = [c for c in schemas.TABLES["articles"] if c != "text"]
    shown = {"articles": dataset.read_carried(todo.snapshot, carried, "articles", new["articles"], columns,
                                              article_ids=cited),
             **{n: dataset.read_carried(todo.snapshot, carried, n, new[n], article_ids=cited)
                for n in ("article_topics", "quotes")}}
    shown = {n: df if df is not None else schemas.empty(n) for n, df in shown.items()}  # (no part yet: none)
    return {**derived, **shown, "articles": shown["articles"].with_columns(pl.lit("").alias("text"))}


def said_ingest(todo: Todo, read: units.Read, flow_start: float | None = None) -> str:
    plan = todo.plan
    ahead = (f"; started {flow_start - todo.head.at:.1f} s before the flow run, while Prefect started"
             if todo.head is not None and flow_start is not None else "")
    return (f"{len(plan.to_read)} inputs read, new or changed ({len(plan.replaced)} replacing earlier rows; "
            f"{plan.unchanged} unchanged skipped): {read.n_docs} documents cleaned in "
            f"{len(read.staged)} staged parts, {read.quarantine.height} quarantined" + said_skipped(todo.skipped)
            + ahead)


def said_skipped(skipped: ingest_stage.Skipped | None) -> str:
    """The tail of a summary line when the data dir lies inside the input dir ("" when not)."""
    return f"; data dir {skipped.path}/ inside the input dir skipped ({skipped.n_paths} paths)" if skipped else ""


def said_clean(read: units.Read, merged: units.MergeResult, quarantine: pl.DataFrame) -> str:
    return (f"{read.n_docs} in, {merged.added} articles out ({merged.added_duplicates} duplicates), "
            f"{quarantine.height} quarantined; {merged.held} articles held in all, {merged.rekeyed} earlier re-keyed")


def said_extract(extracted: units.ExtractedAll) -> str:
    return (f"{extracted.articles} articles in {extracted.jobs} batches; "
            + ", ".join(f"{extracted.rows.get(table, 0)} {name}" for name, table in dataset.EXTRACT_PARTS.items())
            + said_failed(extracted.failed))


def said_failed(failed: int | None) -> str:
    """The tail of a summary line when articles failed extraction ("" when none): they
    are held with no extracted rows, each named in the run's log (isolation.py)."""
    return f"; {failed} article{'s' if failed != 1 else ''} failed extraction (see the run's log)" if failed else ""


def said_aggregate(derived: dict[str, pl.DataFrame]) -> str:
    visits = derived["visits"]
    reported = visits.filter(pl.col("n_articles") > 0).height
    return f"{derived['visit_mentions'].height} visit mentions -> {visits.height} visits ({reported} reported)"


# ---------------------------------------------------------------- checks and summary
def summarise(todo: Todo, merged: units.MergeResult, new: dict[str, list[pl.DataFrame | Path]],
              tables: dict[str, pl.DataFrame], extracted: units.ExtractedAll) -> dict:
    """The run's summary: what the database holds after it, and what it did."""
    return {
        "articles": merged.held,
        "duplicates": merged.held_duplicates,
        "quarantined": dataset.count_rows(todo.snapshot, merged.carried, "quarantine", new["quarantine"]),
        "visits": tables["visits"].height,
        "reported_visits": tables["visits"].filter(pl.col("n_articles") > 0).height,
        "extract_batches": extracted.jobs,
        "extract_failed": extracted.failed,  # this run's articles whose extraction raised: held with no rows
        "extract_failed_ids": [f.article_id for f in extracted.failures],  # the first isolation.KEPT of them
        "reused_articles": merged.held - extracted.articles,
        "articles_added": merged.added,
        "inputs_read": len(todo.plan.to_read),
        "inputs_replaced": len(todo.plan.replaced),
        "inputs_skipped": todo.plan.unchanged,
        "code_changed": todo.plan.code_changed,
        "inputs_unchanged": not todo.plan.to_read,
        "outputs_unchanged": False,
        "outputs_skipped": todo.skipped.n_paths if todo.skipped else 0,
        "outputs_skipped_dir": todo.skipped.path if todo.skipped else None,
    }


def concat(frames: list[pl.DataFrame | None], name: str) -> pl.DataFrame:
    """Frames of one public table, conformed and stacked (empty when there are none)."""
    frames = [schemas.conform(name, f) for f in frames if f is not None]
    return pl.concat(frames, how="vertical") if frames else schemas.empty(name)


# ---------------------------------------------------------------- work units and the task runner
CHUNKS_PER_BATCH = 4  # work units per worker: enough that every worker stays busy to the end
EXTRACT_JOB_MIN_ROWS = 1000  # a smaller slice is not worth a part file of its own


def make_task_runner(kind: str, workers: int, dask_address: str | None = None):
    """Prefect's task runner: threads of the flow's process, whatever --task-runner
    says. The tasks are thin: the work they hand to parallel.map runs in the shared
    process pool or, with --task-runner dask, on the Dask cluster (see executor), as
    plain functions, so no worker ever needs Prefect or its API server."""
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=max(1, workers))


# ---------------------------------------------------------------- the run
