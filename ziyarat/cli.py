"""The `ziyarat` command: run, query, export, serve, eval. Errors a user can fix are one
line (what, where, what to do), never a traceback."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from ziyarat.errors import EPHEMERAL_STARTUP_S, environment_error
from ziyarat.stopping import run_until_stopped

# rich_markup_mode=None: click's plain help, where a flag shows no "<bool>" type after it
app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  rich_markup_mode=None, help="ziyarat: Arabic news about leaders' visits -> queryable tables.")
err = Console(stderr=True)
# Piped output (CI logs, `| less`) gets a wide table instead of rich's 80 columns.
out = Console() if sys.stdout.isatty() else Console(width=220)


class Fmt(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Runner(str, Enum):
    default = "default"
    dask = "dask"


def _fail(message: str, code: int = 2) -> None:
    from rich.markup import escape  # a path or SQL like "[draft].txt" is text, not markup

    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _quiet_prefect(level: str = "WARNING") -> None:
    """Offline defaults for Prefect: no telemetry; on the console only `level` and
    up, while the flow's INFO logs (per-stage counts and seconds) still go to the
    Prefect API, so the UI shows them (flow runs inherit this environment)."""
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", EPHEMERAL_STARTUP_S)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", level)
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", level)
    for logger in ("FLOW_RUNS", "TASK_RUNS"):
        os.environ.setdefault(f"PREFECT_LOGGING_LOGGERS_PREFECT_{logger}_LEVEL", "INFO")


def _check_dirs(input_dir: Path, data_dir: Path, manifest: Optional[Path]) -> None:
    if not input_dir.exists():
        _fail(f"input dir {input_dir} does not exist: pass --input DIR with your articles")
    if not input_dir.is_dir():
        _fail(f"input {input_dir} is not a directory: pass --input DIR (a folder of articles)")
    if manifest is not None and not manifest.is_file():
        _fail(f"manifest {manifest} does not exist: fix --manifest or leave it out")
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _fail(f"cannot create data dir {data_dir}: {exc.strerror}; pass --data DIR somewhere writable")
    if not os.access(data_dir, os.W_OK | os.X_OK):
        _fail(f"data dir {data_dir} is not writable: pass --data DIR somewhere writable or fix its permissions")


@app.command()
def run(
    input: Path = typer.Option(Path("seeds"), "--input", "-i", help="folder of articles (txt, html, json, jsonl, zip)"),
    data: Path = typer.Option(Path("data"), "--data", "-d", help="where the tables go"),
    manifest: Optional[Path] = typer.Option(None, "--manifest", "-m", help="manifest.csv (default: INPUT/manifest.csv)"),
    task_runner: Runner = typer.Option(Runner.default, "--task-runner", help="default: batches on this machine's cores; dask: a Dask cluster"),
    dask_address: Optional[str] = typer.Option(None, "--dask-address", help="scheduler address of an existing Dask cluster"),
    workers: Optional[int] = typer.Option(None, "--workers", help="parallel batches (default: CPU count; under 8 MB of new input, ZIYARAT_POOL_MIN_BYTES, the run's own process)"),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", help="articles per extract task run"),
    wait: float = typer.Option(0.0, "--wait", help="seconds to wait if another run holds the data dir"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="print only the summary line"),
    replace: bool = typer.Option(False, "--replace", help="start the data dir over: drop everything it holds and "
                                                          "keep only what this run reads"),
) -> None:
    """Add every input under --input that is new or changed (by content) to the
    database in --data, keeping what it holds; --replace starts it over."""
    _quiet_prefect()
    _check_dirs(input, data, manifest)
    run_until_stopped(lambda: _run(input, data, manifest, task_runner, dask_address, workers, batch_size,
                                    wait, quiet, replace), data)


def _run(input: Path, data: Path, manifest: Optional[Path], task_runner: Runner, dask_address: Optional[str],
         workers: Optional[int], batch_size: Optional[int], wait: float, quiet: bool, replace: bool) -> None:
    from tasks.ingest import InputError, read_manifest
    from ziyarat.settings import Settings

    settings = Settings(input_dir=input, data_dir=data, manifest=manifest,
                        task_runner=task_runner.value, dask_address=dask_address, lock_timeout=wait)
    if settings.manifest_path is not None:
        try:  # a broken manifest stops the run here, before Prefect starts (one line, no traceback)
            read_manifest(settings.manifest_path)
        except InputError as exc:
            _fail(f"{exc}; fix the manifest and run again")
    from flows.heap import long_lived_heap
    from flows.launch import run_pipeline  # (Prefect is imported once the run has work: see there)
    from ziyarat.progress import console_progress
    from ziyarat.store import UserError

    if workers:
        settings = settings.with_(workers=workers)
    if batch_size:
        settings = settings.with_(batch_size=batch_size)
    try:
        with console_progress(err, enabled=not quiet and err.is_terminal), long_lived_heap():
            summary = run_pipeline(settings, replace=replace)
    except UserError as exc:
        _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - a user sees one line, the log has the rest
        if isinstance(exc, InputError):
            _fail(str(exc))
        message = environment_error(exc, data)
        if message is None:
            raise
        _fail(message, code=1)
    _print_summary(summary, data, table=not quiet)


def _print_summary(summary: dict, data: Path, table: bool = True) -> None:
    """The summary line and (unless `table` is False: --quiet) the reported visits."""
    from rich.markup import escape

    from flows.run import said_failed, said_skipped
    from tasks.ingest import Skipped
    from ziyarat.query import run as run_query

    skipped = Skipped(summary["outputs_skipped_dir"], summary["outputs_skipped"]) \
        if summary.get("outputs_skipped_dir") else None

    out.print(f"[bold]ziyarat:[/] {summary['articles']} articles ({summary['duplicates']} duplicates), "
              f"{summary['quarantined']} quarantined, {summary['visits']} visits "
              f"({summary['reported_visits']} reported) -> {escape(str(data))}{escape(said_skipped(skipped))}"
              f"{escape(said_failed(summary.get('extract_failed')))}",
              highlight=False)
    if not table:
        return
    visits = run_query(data, "select start_date, end_date, visitor, host, city, visit_type, announced, n_articles "
                             "from visits where n_articles > 0 order by start_date")
    if visits.height:
        _print_frame(visits, Fmt.table)


def _print_frame(df, fmt: Fmt) -> None:
    if fmt is Fmt.csv:
        import polars as pl

        # CSV has no lists: nested cells are written as JSON arrays.
        nested = [c for c, t in df.schema.items() if isinstance(t, (pl.List, pl.Array, pl.Struct))]
        df = df.with_columns(
            pl.col(c).map_elements(lambda v: json.dumps(v.to_list() if hasattr(v, "to_list") else v,
                                                        ensure_ascii=False, default=str), return_dtype=pl.Utf8)
            for c in nested)
        sys.stdout.write(df.write_csv())
    elif fmt is Fmt.json:
        sys.stdout.write(json.dumps(df.to_dicts(), ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        from rich.table import Table
        from rich.text import Text

        # cells are Text, not markup: a value like "[/]" or "[bold]" is shown as is
        table = Table(show_lines=False)
        for col in df.columns:
            table.add_column(Text(col), overflow="fold")
        for row in df.iter_rows():
            table.add_row(*[Text("" if v is None else str(v)) for v in row])
        out.print(table)
        out.print(f"({df.height} row{'s' if df.height != 1 else ''})", style="dim")


# ignore_unknown_options: SQL that starts with a `--` comment is the query, not an option.
@app.command(context_settings={"ignore_unknown_options": True})
def query(
    sql: Optional[str] = typer.Argument(None, help="one read-only SQL statement, e.g. \"select * from visits\"; - reads it from stdin"),
    file: Optional[Path] = typer.Option(None, "--file", "-F", help="read the SQL from a file, e.g. queries/timeline.sql"),
    data: Path = typer.Option(Path("data"), "--data", "-d"),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
) -> None:
    """Ad-hoc read-only DuckDB SQL over the tables (each table is a view); no file
    outside --data is read and nothing is written."""
    from ziyarat.query import run as run_query
    from ziyarat.store import UserError

    if file is not None:
        if not file.is_file():
            _fail(f"query file {file} does not exist: see queries/ for the named queries")
        sql = file.read_text(encoding="utf-8")
    elif sql == "-":
        sql = sys.stdin.read()
    if not sql or not sql.strip():
        _fail("give the SQL as an argument, with --file FILE, or on stdin with -")
    try:
        df = run_query(data, sql)
    except UserError as exc:
        _fail(str(exc))
    _print_frame(df, format)


class ExplainFmt(str, Enum):
    table = "table"
    json = "json"


@app.command()
def explain(
    article: str = typer.Argument(..., help="an article's article_id, source_file or url"),
    data: Path = typer.Option(Path("data"), "--data", "-d"),
    format: ExplainFmt = typer.Option(ExplainFmt.table, "--format", "-f", help="table (terminal) or json"),
) -> None:
    """Why an article gave the visits it gave: its people, places and dates, each
    sentence with a visit word, the rule that kept or dropped it, and its rows."""
    import polars as pl

    from tasks.extract.explain import explain as explain_article
    from tasks.extract.explain import find_article
    from ziyarat.explain_view import render_explanation

    if not data.is_dir():
        _fail(f"data dir {data} does not exist: run `ziyarat run --data {data}` first or pass --data DIR")
    articles = _scan(data, "articles")
    key = (pl.col("article_id") == article) | (pl.col("source_file") == article) | (pl.col("url") == article)
    found = find_article(articles.filter(key).collect(), article)
    if found is None:
        _fail(f"no article with article_id, source_file or url {article!r} in {data}: list them with "
              "`ziyarat query \"select article_id, source_file, url from articles\"`")
    own = pl.col("article_id") == found["article_id"]
    mentions, rows = (_scan(data, name).filter(own).collect() for name in ("mentions", "visit_mentions"))
    result = explain_article(found, mentions, rows)
    if format is ExplainFmt.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        render_explanation(result, out)


def _scan(data: Path, name: str):
    """A lazy frame over table `name` of the data dir's current snapshot (empty without one)."""
    import polars as pl

    from ziyarat import schemas, store

    parts = store.part_files(store.snapshot_dir(data), name)
    return pl.scan_parquet(parts) if parts else schemas.empty(name).lazy()


class ExportFmt(str, Enum):
    plover = "plover"
    gdelt = "gdelt"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    format: ExportFmt = typer.Option(..., "--format", "-f", help="plover (JSONL), gdelt (TSV), csv or parquet"),
    data: Path = typer.Option(Path("data"), "--data", "-d"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
) -> None:
    """The visits in a format other event datasets use: PLOVER/POLECAT, GDELT, CSV, Parquet."""
    from ziyarat.export import read_for_export, render
    from ziyarat.store import UserError, atomic_write_bytes

    if not data.is_dir():
        _fail(f"data dir {data} does not exist: run `ziyarat run --data {data}` first or pass --data DIR")
    if format is ExportFmt.parquet and output is None:
        _fail("parquet is binary: pass --output FILE, e.g. --output visits.parquet")
    try:
        body = render(format.value, *read_for_export(data))
    except UserError as exc:
        _fail(str(exc))
    if output is None:
        sys.stdout.buffer.write(body)
        sys.stdout.flush()
        return
    try:
        atomic_write_bytes(output, body)
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror}; pass --output somewhere writable")
    err.print(f"wrote {output} ({format.value}, {len(body):,} bytes)", highlight=False)


@app.command()
def serve(
    cron: str = typer.Option("0 * * * *", "--cron", help="schedule, cron syntax"),
    input: Path = typer.Option(Path("seeds"), "--input", "-i"),
    data: Path = typer.Option(Path("data"), "--data", "-d"),
    name: str = typer.Option("ziyarat-scheduled", "--name", help="deployment name"),
) -> None:
    """Serve a scheduled Prefect deployment of the pipeline (visible in the Prefect UI)."""
    _quiet_prefect(level="INFO")  # a long-running service: its console shows the runs' logs
    _check_dirs(input, data, None)
    from prefect.client.schemas.schedules import CronSchedule

    from flows.serve import serve_deployment

    try:
        CronSchedule(cron=cron)
    except ValueError:
        _fail(f"--cron {cron!r} is not a cron expression: give five fields, e.g. --cron \"0 * * * *\" (hourly)")
    from ziyarat.store import UserError

    try:
        serve_deployment(cron=cron, input_dir=input.resolve(), data_dir=data.resolve(), name=name)
    except UserError as exc:
        _fail(str(exc))


@app.command("eval")
def eval_(
    gold: Optional[list[Path]] = typer.Argument(None, help="gold files (GUIDE format or eval/gold/*.yaml); default: the shared dev gold and eval/gold"),
    records: Optional[Path] = typer.Option(None, "--records", "-r", help="records JSONL for a GUIDE gold (default: GOLD_articles.jsonl beside it)"),
    format: Fmt = typer.Option(Fmt.table, "--format", "-f", help="table or json"),
    keep: Optional[Path] = typer.Option(None, "--keep", help="keep each gold set's input and tables under this folder"),
    details: bool = typer.Option(False, "--details", help="also list every error with its cause"),
) -> None:
    """Score the extractor on gold annotations (score.py's definitions) and group the errors by cause."""
    _quiet_prefect()
    from ziyarat.evaluate import evaluate, print_report
    from ziyarat.gold import default_gold_sets, gold_set_from_file
    from ziyarat.settings import Settings

    settings = Settings()
    try:
        if gold:
            sets = [gold_set_from_file(g, records, settings.corpora_dir) for g in gold]
        else:
            if not settings.gold_dir.is_dir():
                _fail(f"gold dir {settings.gold_dir} does not exist: pass GOLD.yaml files")
            sets = default_gold_sets(settings.gold_dir, corpora_dir=settings.corpora_dir)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        _fail(f"cannot read the gold: {exc}")
    sets = [s for s in sets if s.records]
    if not sets:
        _fail("no gold article has a record to run on: check the gold files and --records")
    results = evaluate(sets, keep)
    if format is Fmt.json:
        sys.stdout.write(json.dumps(results, ensure_ascii=False, default=str, indent=1) + "\n")
    else:
        print_report(results, out, details=details)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
