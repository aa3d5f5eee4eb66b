"""Throughput benchmark: the real flow over the whole SaudiNewsNet corpus.

Prints ONE JSON line (progress goes to stderr):

* ``articles`` / ``mb_text``: input records and MB (10^6 bytes, UTF-8) of their ``content``;
* ``prefect_startup_s``: a trivial flow run first, in this process (starts Prefect's
  ephemeral API server and the client); the pipeline figures below exclude it;
  ``prefect_startup_cpu_s``: its CPU seconds over the whole process tree, the API
  server included;
* ``pipeline_s``: wall time of ``flows.launch.run_pipeline`` (flow-run creation,
  every stage, writing); ``stages_s``: the flow's own per-stage timings;
* ``pipeline_cpu_s``: CPU seconds of this process and its descendants during the run,
  the Prefect API server left out (``prefect_server_cpu_s``: the server's, apart;
  ``peer_cpu_s`` likewise): wall times move with other jobs on the machine, these
  hardly do;
* ``articles_per_s`` / ``mb_per_s`` over ``pipeline_s``;
* ``peak_rss_mb``: this process and all its descendants (the forkserver and the
  extract pool), RSS summed, sampled every 0.25 s -- an over-estimate, since forked
  workers share pages; ``peak_pss_mb`` the same with shared pages split between the
  processes that share them (the footprint); the ephemeral Prefect API server (a
  child process too) is ``prefect_server_rss_mb``, apart; ``getrusage`` maxima for
  reference;
* ``task_runs``: task runs of the flow run, read back through the Prefect client (only with
  PREFECT_API_URL set: the temporary server a run starts records none);
* ``floor_s``: open the zips, ``json.loads``, collect ``content`` -- and nothing else;
* ``peer_s``: what a user would write with camel-tools on one core: normalize_unicode,
  dediac_ar, normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar and
  simple_word_tokenize over every text; ``pipeline_over_peer`` = pipeline_s / peer_s;
* the whole run as a user waits for it and pays for it, start-up included:
  ``pipeline_with_startup_over_peer`` = (prefect_startup_s + pipeline_s) / peer_s and
  ``tree_cpu_with_startup_over_peer_cpu`` = (prefect_startup_cpu_s + pipeline_cpu_s +
  prefect_server_cpu_s) / peer_cpu_s.
* with ``--cli``, first of all (before this process has any child), the same input through
  the real command a user types, ``ziyarat run --quiet`` from a cold process: Python's
  imports, the temporary Prefect server, the pool, the run, all included; ``cli_s`` and
  ``cli_cpu_s`` (its whole process tree, measured as bench/scale.py measures: every
  descendant reaped here), ``cli_over_peer`` and ``cli_tree_cpu_over_peer_cpu``. The
  in-process figures above leave out the imports the CLI pays and add up start-up and run
  where the CLI overlaps them (its pool starts while the server does).
* with ``--cli --cli-api-url URL`` (a Prefect API already served there, e.g. the shared
  ``prefect server start`` scheduled deployments report to; none is started here), then
  the same command against it (PREFECT_API_URL=URL: no temporary server): ``cli_served``
  with ``served_server_cpu_s`` (the serving process's CPU during the run, outside the
  tree) and ``served_server_idle_cpu_s`` (its CPU over as long a window right after, no run
  of ours: what it spends anyway); ``cli_served_over_peer`` and
  ``cli_served_cpu_over_peer_cpu`` = (tree CPU + the served API's CPU during the run less
  its idle CPU) / peer CPU.

Options: ``--limit N`` (the first N records, written as zips like the corpus's),
``--double`` (a second run where every article appears twice, the copy with a marker
appended so it gets its own id; reports ``double_ratio``), ``--rerun`` (a second run on
the same data dir with no new input; reports ``rerun_ratio``; such a run answers from
the state file without creating a Prefect flow run, so its ``flow_run`` is false).

    .venv/bin/python bench/bench.py                 # make bench
    .venv/bin/python bench/bench.py --limit 3000 --skip-peer
    .venv/bin/python bench/bench.py --cli           # also the real CLI from a cold process
    .venv/bin/python bench/bench.py --rerun --double
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

from ziyarat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Settings().corpus("saudinewsnet")
COPY_MARKER = "\n(نسخة {i})"  # "(copy i)": makes the copy's text, hence its id, distinct

sys.path.insert(0, str(ROOT))


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- inputs
def read_records(corpus: Path) -> list[tuple[str, list[dict]]]:
    """(zip stem, records) for every zip of the corpus, in name order."""
    out = []
    for path in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.endswith(".json"):
                    out.append((Path(info.filename).stem, json.loads(zf.read(info))))
    return out


def write_zip(path: Path, member: str, records: list[dict]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(member, json.dumps(records, ensure_ascii=False))


def prepare_input(corpus: Path, limit: int | None, double: bool, workdir: Path) -> Path:
    """The corpus dir itself when it is used whole; else a temp dir of zips in the
    corpus's own format (one JSON array per zip) holding the first `limit` records,
    each twice with `double` (the copy in <stem>-copy.zip with a marker appended)."""
    if limit is None and not double:
        return corpus
    target = workdir / ("input-double" if double else "input")
    target.mkdir(parents=True, exist_ok=True)
    left = limit if limit is not None else float("inf")
    for stem, records in read_records(corpus):
        if left <= 0:
            break
        records = records[: int(min(left, len(records)))]
        left -= len(records)
        write_zip(target / f"{stem}.zip", f"{stem}.json", records)
        if double:
            copies = [{**r, "content": (r.get("content") or "") + COPY_MARKER.format(i=i),
                       "url": (r.get("url") or "") + "#copy"} for i, r in enumerate(records)]
            write_zip(target / f"{stem}-copy.zip", f"{stem}-copy.json", copies)
    return target


# ---------------------------------------------------------------- references
def floor_pass(input_dir: Path) -> tuple[float, list[str]]:
    """Read and decode the texts, nothing else: open zips, json.loads, collect content."""
    t0 = time.perf_counter()
    texts: list[str] = []
    for path in sorted(input_dir.glob("*.zip")):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.endswith(".json"):
                    texts.extend(r.get("content") or "" for r in json.loads(zf.read(info)))
    return time.perf_counter() - t0, texts


def peer_pass(texts: list[str]) -> tuple[float, int]:
    """The straightforward camel-tools pass a user would write, on one core."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    t0 = time.perf_counter()
    cpu0 = time.process_time()
    n_tokens = 0
    for text in texts:
        text = normalize_unicode(text)
        text = dediac_ar(text)
        text = normalize_alef_ar(text)
        text = normalize_alef_maksura_ar(text)
        text = normalize_teh_marbuta_ar(text)
        n_tokens += len(simple_word_tokenize(text))
    return time.perf_counter() - t0, time.process_time() - cpu0, n_tokens


# ---------------------------------------------------------------- measuring
def _is_prefect_server(proc) -> bool:
    try:
        cmd = " ".join(proc.cmdline())
    except Exception:  # noqa: BLE001 - the process may be gone
        return False
    return "prefect.server" in cmd or "prefect server" in cmd


class RssSampler:
    """Peak RSS, sampled in a thread every `interval` s: of this process and all its
    descendants (the forkserver and the extract pool) -- ``peak`` -- and of the
    Prefect API server that Prefect runs as a child in ephemeral mode, separately
    (it is Prefect's, not the pipeline's: with a real Prefect server it lives
    elsewhere). RSS double-counts pages that forked workers share, so this errs high."""

    def __init__(self, interval: float = 0.25) -> None:
        import psutil

        self._proc = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0
        self.peak_processes = 0
        self.peak_pss = 0
        self.peak_server = 0
        self._server_pids: dict[int, bool] = {}
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        total, pss, server, n = 0, 0, 0, 0
        for p in [self._proc, *self._proc.children(recursive=True)]:
            try:
                if p.pid not in self._server_pids:
                    self._server_pids[p.pid] = _is_prefect_server(p)
                if self._server_pids[p.pid]:
                    server += p.memory_info().rss
                    continue
                info = p.memory_full_info()  # pss: shared pages split between their users
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
            total += info.rss
            pss += getattr(info, "pss", info.rss)
            n += 1
        if total > self.peak:
            self.peak, self.peak_processes = total, n
        self.peak_pss = max(self.peak_pss, pss)
        self.peak_server = max(self.peak_server, server)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self._interval)

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def tree_cpu_s(server: bool = False) -> float:
    """CPU seconds (user + system) used so far by this process and its live
    descendants, the Prefect API server left out (with `server`: the server's alone).
    Differences of this around a run measure its CPU; unlike wall time they hardly
    move when other jobs share the machine. (The extract pool's workers and the
    server live as long as this process, so nothing a run used is lost with an
    exited process.)"""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            if _is_prefect_server(p) != server:
                continue
            t = p.cpu_times()
            total += t.user + t.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return total


def prefect_startup() -> tuple[float, float]:
    """Seconds and tree CPU seconds (the API server included) for a trivial flow run:
    importing Prefect, API server start-up (the temporary server a `ziyarat run` starts,
    flows/prefect_api.py, unless PREFECT_API_URL is set), client, flow-run bookkeeping."""
    t0 = time.perf_counter()
    cpu0 = tree_cpu_s() + tree_cpu_s(server=True)
    from prefect import flow

    from flows import prefect_api

    @flow(name="bench-startup")
    def noop() -> int:
        return 1

    with prefect_api.api_for_run():
        noop()
    return time.perf_counter() - t0, tree_cpu_s() + tree_cpu_s(server=True) - cpu0


def count_task_runs(data_dir: Path, since: float) -> dict:
    """Task runs of the ziyarat flow run that wrote `data_dir` and started after
    `since` (a Unix time), read back through the Prefect client. (Tagging the run
    would be simpler, but a tag makes Prefect check tag concurrency limits on every
    task run, which costs seconds and would distort the timings.) Task-run records
    reach the API as events, so wait briefly for the count to settle."""
    import datetime as dt

    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterStartTime,
    )
    from prefect.utilities.asyncutils import run_coro_as_sync

    from flows import prefect_api

    if prefect_api.servers():  # the run's temporary server records no task runs (prefect_api.TEMPORARY_SERVER_ENV)
        return {}
    after = dt.datetime.fromtimestamp(since - 1, tz=dt.timezone.utc)

    async def read() -> dict:
        async with get_client() as client:
            runs = await client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=["ziyarat"])),
                flow_run_filter=FlowRunFilter(start_time=FlowRunFilterStartTime(after_=after)))
            runs = [r for r in runs if str((r.parameters or {}).get("data_dir")) == str(data_dir)]
            if len(runs) != 1:
                return {"flow_runs": len(runs)}
            tasks: list = []
            while True:  # the API returns at most 200 per call
                page = await client.read_task_runs(flow_run_filter=FlowRunFilter(id={"any_": [runs[0].id]}),
                                                   limit=200, offset=len(tasks))
                tasks += page
                if len(page) < 200:
                    break
            names: dict[str, int] = {}
            for t in tasks:
                names[t.name.rsplit("-", 1)[0]] = names.get(t.name.rsplit("-", 1)[0], 0) + 1
            return {"total": len(tasks), "flow_runs": len(runs), "by_task": names}

    last: dict = {}
    for _ in range(20):
        got = run_coro_as_sync(read())
        if got.get("total") is not None and got == last:
            return got
        last = got
        time.sleep(0.5)
    return last


def run_flow(input_dir: Path, data_dir: Path, workers: int | None, batch_size: int | None,
             task_runner: str) -> dict:
    """One run of the real flow; its task runs are read back afterwards."""
    from flows.launch import run_pipeline

    settings = Settings(input_dir=input_dir, data_dir=data_dir, task_runner=task_runner)
    if workers:
        settings = settings.with_(workers=workers)
    if batch_size:
        settings = settings.with_(batch_size=batch_size)
    started = time.time()
    cpu0, server0 = tree_cpu_s(), tree_cpu_s(server=True)
    t0 = time.perf_counter()
    summary = run_pipeline(settings)
    wall = time.perf_counter() - t0
    cpu, server = tree_cpu_s() - cpu0, tree_cpu_s(server=True) - server0
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 2), "server_cpu_s": round(server, 2), "summary": summary,
            "task_runs": count_task_runs(data_dir, started),
            "workers": settings.workers, "batch_size": settings.batch_size}


def figures(run: dict, n_articles: int, mb: float) -> dict:
    s = run["summary"]
    return {
        "pipeline_s": run["wall_s"],
        "pipeline_cpu_s": run["cpu_s"],
        "prefect_server_cpu_s": run["server_cpu_s"],
        "stages_s": s.get("timings", {}),
        "stages_total_s": round(sum(s.get("timings", {}).values()), 3),
        "flow_overhead_s": round(run["wall_s"] - sum(s.get("timings", {}).values()), 3),
        "articles_per_s": round(n_articles / run["wall_s"], 1),
        "mb_per_s": round(mb / run["wall_s"], 3),
        "articles_accepted": s.get("articles"),
        "duplicates": s.get("duplicates"),
        "quarantined": s.get("quarantined"),
        "visits": s.get("visits"),
        "extract_batches": s.get("extract_batches"),
        "reused_articles": s.get("reused_articles"),
        "task_runs": run["task_runs"].get("total"),
        "task_runs_by_task": run["task_runs"].get("by_task"),
        # False when the run found nothing to do and answered without a flow run
        "flow_run": s.get("flow_run", True),
    }


def cli_run(input_dir: Path, data_dir: Path, task_runner: str, api_url: str | None = None) -> dict:
    """`ziyarat run --quiet` over input_dir from a cold process, its whole process tree
    measured (bench/scale.py's measure; this process becomes a child subreaper, so
    call it before this process has children of its own). With `api_url`, the run
    reports to that served Prefect API (PREFECT_API_URL, as scheduled deployments
    run) and starts no temporary server; the serving process's CPU during the run is
    ``served_server_cpu_s`` (outside the tree), and its CPU over as long a window
    right after, with no run of ours, ``served_server_idle_cpu_s`` (what it spends
    anyway: its own services, other clients), so the run's share is the difference."""
    sys.path.insert(0, str(ROOT / "bench"))
    import scale

    scale.become_subreaper()
    cmd = [str(ROOT / ".venv" / "bin" / "ziyarat"), "run", "--quiet", "--input", str(input_dir),
           "--data", str(data_dir), "--task-runner", task_runner]
    server = scale.Listening(api_url) if api_url else None
    given = os.environ.pop("PREFECT_API_URL", None)  # its own temporary server, as a bare `ziyarat run` has
    try:
        before = server.cpu_s() if server else 0.0
        measured = scale.measure(cmd, env={**scale.RUN_ENV, **({"PREFECT_API_URL": api_url} if api_url else {})})
        if server:
            during = server.cpu_s() - before
            time.sleep(measured["wall_s"])
            measured["served_server_cpu_s"] = round(during, 2)
            measured["served_server_idle_cpu_s"] = round(server.cpu_s() - before - during, 2)
    finally:
        if given is not None:
            os.environ["PREFECT_API_URL"] = given
    keep = ("wall_s", "cpu_s", "cpu_by_process_s", "peak_rss_mb", "startup_s", "stages_s", "served_server_cpu_s",
            "served_server_idle_cpu_s")
    return {k: measured[k] for k in keep if k in measured}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of SaudiNewsNet zips")
    ap.add_argument("--limit", type=int, default=None, help="only the first N records")
    ap.add_argument("--double", action="store_true", help="also run with every article twice")
    ap.add_argument("--rerun", action="store_true", help="also run again with no new input")
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--task-runner", default="default", choices=["default", "dask"])
    ap.add_argument("--skip-peer", action="store_true", help="leave out the camel-tools reference")
    ap.add_argument("--keep", type=Path, default=None, help="work in this dir and keep it (default: a temp dir)")
    ap.add_argument("--cli", action="store_true", help="also measure `ziyarat run` from a cold process, first")
    ap.add_argument("--cli-api-url", default=None, metavar="URL",
                    help="with --cli, also `ziyarat run` against this served Prefect API (none is started here)")
    args = ap.parse_args()

    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")

    workdir = args.keep or Path(tempfile.mkdtemp(prefix="ziyarat-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    out: dict = {"corpus": str(args.corpus), "cores": os.cpu_count(), "limit": args.limit}
    try:
        input_dir = prepare_input(args.corpus, args.limit, False, workdir)
        floor_s, texts = floor_pass(input_dir)
        n_articles = len(texts)
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        out.update(articles=n_articles, mb_text=round(mb, 2))
        log(f"{n_articles} articles, {mb:.1f} MB of text in {input_dir}")
        if args.cli:
            log("the CLI from a cold process ...")
            out["cli"] = cli_run(input_dir, workdir / "data-cli", args.task_runner)
            log(f"  {out['cli']['wall_s']}s, {out['cli']['cpu_s']} CPU-s")
            if args.cli_api_url:
                log(f"the CLI from a cold process, against {args.cli_api_url} ...")
                out["cli_served"] = cli_run(input_dir, workdir / "data-cli-served", args.task_runner, args.cli_api_url)
                log(f"  {out['cli_served']['wall_s']}s, {out['cli_served']['cpu_s']} CPU-s, the served API "
                    f"{out['cli_served']['served_server_cpu_s']} CPU-s (idle {out['cli_served']['served_server_idle_cpu_s']})")

        with RssSampler() as rss:
            log("Prefect start-up (a trivial flow) ...")
            startup_s, startup_cpu_s = prefect_startup()
            out["prefect_startup_s"], out["prefect_startup_cpu_s"] = round(startup_s, 3), round(startup_cpu_s, 2)
            log(f"  {out['prefect_startup_s']}s; the pipeline ...")
            first = run_flow(input_dir, workdir / "data", args.workers, args.batch_size, args.task_runner)
            out.update(figures(first, n_articles, mb))
            out.update(workers=first["workers"], batch_size=first["batch_size"], task_runner=args.task_runner)
            log(f"  {first['wall_s']}s {first['summary'].get('timings')}")
            if args.rerun:
                log("re-run, no new input ...")
                again = run_flow(input_dir, workdir / "data", args.workers, args.batch_size, args.task_runner)
                out["rerun"] = figures(again, n_articles, mb)
                out["rerun_ratio"] = round(again["wall_s"] / first["wall_s"], 3)
                log(f"  {again['wall_s']}s {again['summary'].get('timings')}")
        out["peak_rss_mb"] = round(rss.peak / 2**20, 1)
        out["peak_pss_mb"] = round(rss.peak_pss / 2**20, 1)
        out["peak_rss_processes"] = rss.peak_processes
        out["prefect_server_rss_mb"] = round(rss.peak_server / 2**20, 1)

        if args.double:
            double_dir = prepare_input(args.corpus, args.limit, True, workdir)
            log(f"doubled input in {double_dir} ...")
            with RssSampler() as rss2:
                twice = run_flow(double_dir, workdir / "data-double", args.workers, args.batch_size,
                                 args.task_runner)
            out["double"] = figures(twice, 2 * n_articles, 2 * mb)
            out["double"]["peak_rss_mb"] = round(rss2.peak / 2**20, 1)
            out["double"]["peak_pss_mb"] = round(rss2.peak_pss / 2**20, 1)
            out["double_ratio"] = round(twice["wall_s"] / first["wall_s"], 3)
            log(f"  {twice['wall_s']}s {twice['summary'].get('timings')}")

        # References, in this process, after the flow (so they do not compete for cores).
        out["floor_s"] = round(floor_pass(input_dir)[0], 3)
        if not args.skip_peer:
            log("camel-tools peer pass ...")
            peer_s, peer_cpu_s, n_tokens = peer_pass(texts)
            out["peer_s"] = round(peer_s, 3)
            out["peer_cpu_s"] = round(peer_cpu_s, 2)
            out["peer_tokens"] = n_tokens
            out["pipeline_over_peer"] = round(out["pipeline_s"] / peer_s, 3)
            out["pipeline_cpu_over_peer_cpu"] = round(out["pipeline_cpu_s"] / peer_cpu_s, 3)
            out["floor_over_peer"] = round(out["floor_s"] / peer_s, 3)
            out["pipeline_with_startup_over_peer"] = round((out["prefect_startup_s"] + out["pipeline_s"]) / peer_s, 3)
            out["tree_cpu_with_startup_over_peer_cpu"] = round(
                (out["prefect_startup_cpu_s"] + out["pipeline_cpu_s"] + out["prefect_server_cpu_s"]) / peer_cpu_s, 3)
            if args.cli:
                out["cli_over_peer"] = round(out["cli"]["wall_s"] / peer_s, 3)
                out["cli_tree_cpu_over_peer_cpu"] = round(out["cli"]["cpu_s"] / peer_cpu_s, 3)
            if args.cli and args.cli_api_url:
                served = out["cli_served"]
                out["cli_served_over_peer"] = round(served["wall_s"] / peer_s, 3)
                # the tree, plus the served API's CPU during the run less what it spent as long without one
                share = max(0.0, served["served_server_cpu_s"] - served["served_server_idle_cpu_s"])
                out["cli_served_cpu_over_peer_cpu"] = round((served["cpu_s"] + share) / peer_cpu_s, 3)
        self_usage = resource.getrusage(resource.RUSAGE_SELF)
        child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        out["ru_maxrss_self_mb"] = round(self_usage.ru_maxrss / 1024, 1)
        out["ru_maxrss_children_mb"] = round(child_usage.ru_maxrss / 1024, 1)
        out["load_avg_1m"] = round(os.getloadavg()[0], 2)
    finally:
        if args.keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(out, ensure_ascii=False), flush=True)


if __name__ == "__main__":  # the extract pool's forkserver re-imports __main__
    main()
