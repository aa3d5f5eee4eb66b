"""Scale benchmark (issue 13 point 5): `ziyarat run` over the four real corpora, the whole
process tree measured.

Prints ONE JSON line (progress goes to stderr). Each run is the real command line,
``.venv/bin/ziyarat run --quiet --input IN --data DATA``, started as a child of this
script, which is made a *child subreaper* (Linux ``PR_SET_CHILD_SUBREAPER``): processes
the run leaves behind (the forkserver, the pool, Prefect's ephemeral API server) are
re-parented to this script instead of init, so all of them are seen and reaped here.

* ``peak_rss_mb``: the peak over samples taken every 0.2 s of the RSS summed over every
  live descendant of this script (``/proc/<pid>/status`` VmRSS, through psutil): the CLI
  process, the Prefect API server, the forkserver and the pool workers. Forked workers
  share pages, so the sum errs high; ``peak_processes`` is how many were summed and
  ``peak_largest`` the biggest of them at that moment;
* ``cpu_s``: user + system CPU seconds of every descendant, from ``getrusage
  (RUSAGE_CHILDREN)`` before and after the run: once all are reaped it holds the CPU of
  each exited descendant, grandchildren included (nothing is lost with a process that
  exits early); ``ru_maxrss_mb`` the largest single process;
* ``wall_s``: from start to the last descendant reaped, Prefect start-up included;
  ``startup_s``: to the flow run's first log line (imports, Prefect's API server);
* ``stages_s``: the flow's per-stage seconds, from the stage lines it logs at INFO (the
  run's console log level is raised to INFO for this); each stage's
  ``stage_peak_rss_mb`` is the tree peak between its start and end;
* ``articles`` (the database after the run), ``articles_added``, ``inputs_read`` and
  ``visits``: from the data dir's ``_state.json``.

Input: the zips of ``--corpora`` (default the four) under ``Settings().corpora_dir``,
copied into ``DATA/input/<corpus>/`` (the run refuses symlinks that point outside its
input dir; the corpora themselves are read-only and never enter the repository).

* default: ONE run over every zip into ``DATA/full``;
* ``--daily``: that run, then the same zips added to ``DATA/daily`` one zip at a time,
  one run each (``additions``: wall, CPU and peak RSS per run); with ``--hold-out N``
  the first addition is every zip but the last N (the big database) and the last N
  follow one at a time. ``last_add_cpu_over_full_cpu``: the last addition's CPU over
  the full run's; ``--compare`` also checks that DATA/daily holds the same tables as
  DATA/full, row for row.
* ``cpu_by_process_s`` per run: its CPU by process kind (``cli``, ``pool``, ``prefect_server``,
  ``other``), from per-process samples (what a process uses after its last sample is missed).
* ``--task-runner dask``: the runs start their own local cluster of two workers (its
  scheduler in the CLI's process); with ``--dask-cluster`` they connect with --dask-address
  to a ``dask scheduler`` and two ``dask worker`` processes the bench starts detached, as a
  cluster is used in production: the CLI is then the flow's own process alone
  (``cli_peak_rss_mb``), the cluster's CPU during a run is ``cluster_cpu_s``.
* ``--served``: every run against one ``prefect server start`` on a free port (as scheduled runs
  have it, PREFECT_API_URL), started detached so it is outside the measured tree: its CPU during a
  run is ``server_cpu_s``. With --daily the last addition is also measured with the run's own
  temporary server, on a copy of DATA/daily (``last_add_temporary_server``).

    .venv/bin/python bench/scale.py --data /tmp/scale                    # 250k, one run
    .venv/bin/python bench/scale.py --daily --hold-out 1 --data /tmp/scale --compare
    .venv/bin/python bench/scale.py --corpora saudinewsnet,tunisia2016 --daily
"""
from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import re
import resource
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ziyarat import store  # noqa: E402
from ziyarat.progress import STAGES  # noqa: E402
from ziyarat.settings import Settings  # noqa: E402

CORPORA = ("saudinewsnet", "ant2018", "egypt2013", "tunisia2016")
SAMPLE_S = 0.2
REAP_TIMEOUT_S = 60.0
PR_SET_CHILD_SUBREAPER = 36
MB = 2**20
# the flow logs "ingest: 31030 docs ... (1.26s)" once a stage ends (flows/run.py Clock)
STAGE_LINE = re.compile(r"\b(" + "|".join(STAGES) + r"): .*\((\d+(?:\.\d+)?)s\)\s*$")
FLOW_START = "Beginning flow run"
# the flow's INFO lines on stderr (the CLI shows only warnings), unwrapped
RUN_ENV = {"PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "INFO", "COLUMNS": "400"}


def log(message: str) -> None:
    print(f"[scale {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the process tree
def tree(root: int, include_root: bool = True) -> list[psutil.Process]:
    """The live process `root` (unless include_root is False) and all its descendants."""
    try:
        top = psutil.Process(root)
        return [top, *top.children(recursive=True)] if include_root else top.children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def tree_rss(processes: list[psutil.Process]) -> tuple[int, int, tuple[int, str]]:
    """(bytes of RSS summed, processes counted, (rss, name) of the largest) over
    `processes`; one that exits meanwhile counts 0."""
    total, n, largest = 0, 0, (0, "")
    for p in processes:
        try:
            rss = p.memory_info().rss
            if rss > largest[0]:
                largest = (rss, " ".join([p.name(), *p.cmdline()[1:4]])[:100])
        except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
            continue
        total += rss
        n += 1
    return total, n, largest


def process_kind(p: psutil.Process) -> str:
    """What a process of the run's tree is: "prefect_server" (the temporary API server
    a run starts when PREFECT_API_URL is unset), "pool" (the forkserver and the
    workers it forks), "cli" (the `ziyarat run` process), "other", or "" when its
    command line is empty (a process on its way out has released it)."""
    cmd = " ".join(p.cmdline())
    if not cmd:
        return ""
    if "uvicorn" in cmd or "prefect.server" in cmd:
        return "prefect_server"
    if "forkserver" in cmd or "multiprocessing" in cmd:
        return "pool"
    return "cli" if " run " in f"{cmd} " and "ziyarat" in cmd else "other"


def _rss(pid: int) -> int:
    """RSS of one process (0 once it is gone)."""
    try:
        return psutil.Process(pid).memory_info().rss
    except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
        return 0


class TreeSampler:
    """Samples the summed RSS of a process tree every `interval` seconds in a thread:
    ``peak`` (bytes), ``peak_processes``, ``peak_largest`` and the whole timeline
    ``samples`` [(monotonic time, bytes)]; ``cpu_by_kind()``: CPU seconds per
    process_kind, from the last sample of each process (a process's CPU after its last
    sample, at most `interval`, is missed: the exact total is measure's ``cpu_s``)."""

    def __init__(self, root: int, include_root: bool = True, interval: float = SAMPLE_S) -> None:
        self.root, self.include_root, self.interval = root, include_root, interval
        self.samples: list[tuple[float, int]] = []
        self.peak, self.peak_processes, self.peak_largest = 0, 0, (0, "")
        self.own_pid, self.own_peak = None, 0  # the measured command's own process, its peak RSS
        self._cpu: dict[int, tuple[str, float]] = {}  # pid -> (kind, user + system seconds at its last sample)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        processes = tree(self.root, self.include_root)
        total, n, largest = tree_rss(processes)
        if self.own_pid is not None:
            self.own_peak = max(self.own_peak, _rss(self.own_pid))
        self.samples.append((time.monotonic(), total))
        if total > self.peak:
            self.peak, self.peak_processes, self.peak_largest = total, n, largest
        for p in processes:
            try:
                t = p.cpu_times()
                # the kind at the last sample: a child is the bench's own fork until it execs;
                # an exiting process (empty command line) keeps the kind it had
                kind = process_kind(p) or self._cpu.get(p.pid, ("other", 0.0))[0]
                self._cpu[p.pid] = (kind, t.user + t.system)
            except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
                continue
        return total

    def cpu_by_kind(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for kind, seconds in self._cpu.values():
            out[kind] = round(out.get(kind, 0.0) + seconds, 2)
        return dict(sorted(out.items()))

    def peak_between(self, start: float, end: float) -> int:
        """The highest sample taken in [start, end] (0 if none)."""
        return max((b for t, b in self.samples if start <= t <= end), default=0)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def become_subreaper() -> None:
    """Orphaned descendants are re-parented to this process (not init): they stay in the
    sampled tree, and reaping them adds their CPU to RUSAGE_CHILDREN."""
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def reap_all(timeout: float = REAP_TIMEOUT_S) -> list[int]:
    """Wait until every descendant has exited and been reaped; after `timeout` the ones
    still alive (started by the measured run) are terminated. Returns their pids."""
    deadline, lingering = time.monotonic() + timeout, []
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return lingering
        if pid:
            continue
        if time.monotonic() > deadline and not lingering:
            lingering = [p.pid for p in psutil.Process().children()]
            for pid in lingering:
                os.kill(pid, signal.SIGTERM)
        time.sleep(0.05)


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(cmd: list[str], env: dict | None = None, interval: float = SAMPLE_S) -> dict:
    """Run `cmd` (`env` added to the environment) and measure its whole process tree:
    wall, CPU, peak RSS, the time to its first flow-run line and the stage lines it
    writes to stderr. Needs become_subreaper() first (and no other child of this
    process running meanwhile)."""
    cpu0, t0 = children_cpu_s(), time.monotonic()
    stages: list[tuple[str, float, float]] = []  # (stage, seconds it reports, monotonic time of the line)
    tail: list[str] = []
    flow_start: list[float] = []
    with TreeSampler(os.getpid(), include_root=False, interval=interval) as sampler:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, **(env or {})})
        sampler.own_pid = proc.pid

        def read_stderr() -> None:
            for line in proc.stderr:
                tail[:] = [*tail[-19:], line.rstrip()]
                if FLOW_START in line and not flow_start:
                    flow_start.append(time.monotonic())
                m = STAGE_LINE.search(line)
                if m:
                    stages.append((m.group(1), float(m.group(2)), time.monotonic()))

        reader = threading.Thread(target=read_stderr, daemon=True)
        reader.start()
        stdout = proc.stdout.read()
        proc.wait()
        reader.join()
        lingering = reap_all()
    wall = time.monotonic() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n" + "\n".join(tail))
    out = {
        "wall_s": round(wall, 2),
        "cpu_s": round(children_cpu_s() - cpu0, 2),
        "peak_rss_mb": round(sampler.peak / MB, 1),
        "peak_processes": sampler.peak_processes,
        "peak_largest": {"rss_mb": round(sampler.peak_largest[0] / MB, 1), "cmd": sampler.peak_largest[1]},
        "cli_peak_rss_mb": round(sampler.own_peak / MB, 1),  # the CLI (flow) process alone
        "ru_maxrss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "samples": len(sampler.samples),
        "cpu_by_process_s": sampler.cpu_by_kind(),
        "stdout": stdout.strip().splitlines()[-1:] if stdout.strip() else [],
    }
    if flow_start:
        out["startup_s"] = round(flow_start[0] - t0, 2)  # to the flow run's first line: imports, Prefect server
    if stages:
        out["stages_s"] = {name: secs for name, secs, _ in stages}
        out["stage_peak_rss_mb"] = {name: round(sampler.peak_between(at - secs - interval, at + interval) / MB, 1)
                                    for name, secs, at in stages}
    if lingering:
        out["terminated_after_exit"] = lingering
    return out


# ---------------------------------------------------------------- a served Prefect API
class Detached:
    """A command started in the background by `sh` before this script becomes a
    subreaper, so it is nobody's child here and outside the measured tree; ``cpu_s()``
    is its process tree's CPU so far (read before and after each run)."""

    pid = 0

    def start(self, line: str, env: dict) -> None:
        self.pid = int(subprocess.run(["sh", "-c", f"{line} & echo $!"], env=env, capture_output=True, text=True,
                                      check=True).stdout.strip())

    def cpu_s(self) -> float:
        total = 0.0
        for p in tree(self.pid):
            try:
                t = p.cpu_times()
                total += t.user + t.system + t.children_user + t.children_system
            except (psutil.NoSuchProcess, psutil.ZombieProcess, psutil.AccessDenied):
                continue
        return total

    def __exit__(self, *exc) -> None:
        for p in reversed(tree(self.pid)):
            try:
                p.terminate()
            except psutil.NoSuchProcess:
                continue


class Listening(Detached):
    """The process already serving `api_url` (a shared `prefect server start`, found by
    the port it listens on; none is started here): ``cpu_s()`` is its tree's CPU so far."""

    def __init__(self, api_url: str) -> None:
        port = urllib.parse.urlsplit(api_url).port
        pids = {c.pid for c in psutil.net_connections(kind="tcp")
                if c.status == psutil.CONN_LISTEN and c.laddr and c.laddr.port == port and c.pid}
        if len(pids) != 1:
            raise SystemExit(f"no single process listens on {api_url} (found {sorted(pids)})")
        self.api_url, self.pid = api_url, pids.pop()

    def __exit__(self, *exc) -> None:  # not ours to stop
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServedPrefect(Detached):
    """`prefect server start` on a free port, as production's scheduled runs have it
    (`ziyarat serve` / PREFECT_API_URL): its CPU during each run is ``server_cpu_s``.
    Its database lives in DATA/prefect-home."""

    def __init__(self, home: Path, timeout: float = 180.0) -> None:
        self.home, self.timeout, self.port = home, timeout, free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"

    def __enter__(self) -> "ServedPrefect":
        self.home.mkdir(parents=True, exist_ok=True)
        prefect = ROOT / ".venv" / "bin" / "prefect"
        self.start(f"{shlex.quote(str(prefect))} server start --host 127.0.0.1 --port {self.port} --analytics-off "
                   f"> {shlex.quote(str(self.home / 'server.log'))} 2>&1",
                   {**os.environ, "PREFECT_HOME": str(self.home), "PREFECT_UI_ENABLED": "false"})
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.__exit__()
                raise SystemExit(f"prefect server start did not answer on {self.api_url} (see {self.home}/server.log)")
            time.sleep(0.5)
        log(f"served Prefect API at {self.api_url} (pid {self.pid})")
        return self


class DaskCluster:
    """A local Dask cluster started from its own command lines, as a cluster the flow
    connects to with --dask-address: `dask scheduler` and `dask worker` with two
    single-threaded worker processes (the repository on their PYTHONPATH, so they import
    the work units). Outside the measured tree: the flow's own process is the CLI; the
    cluster's CPU during each run is ``cluster_cpu_s``."""

    def __init__(self, log_dir: Path, workers: int = 2, timeout: float = 120.0) -> None:
        self.log_dir, self.workers, self.timeout = log_dir, workers, timeout
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.scheduler, self.worker = Detached(), Detached()

    def __enter__(self) -> "DaskCluster":
        from distributed import Client

        self.log_dir.mkdir(parents=True, exist_ok=True)
        dask = shlex.quote(str(ROOT / ".venv" / "bin" / "dask"))
        env = {**os.environ, "PYTHONPATH": str(ROOT), **RUN_ENV}
        port = self.address.rsplit(":", 1)[1]
        self.scheduler.start(f"{dask} scheduler --host 127.0.0.1 --port {port} --no-dashboard "
                             f"> {shlex.quote(str(self.log_dir / 'scheduler.log'))} 2>&1", env)
        self.worker.start(f"{dask} worker {self.address} --nworkers {self.workers} --nthreads 1 --no-dashboard "
                          f"> {shlex.quote(str(self.log_dir / 'worker.log'))} 2>&1", env)
        with Client(self.address, timeout=self.timeout) as client:
            client.wait_for_workers(self.workers, timeout=self.timeout)
        log(f"Dask cluster at {self.address} ({self.workers} workers)")
        return self

    def cpu_s(self) -> float:
        return self.scheduler.cpu_s() + self.worker.cpu_s()

    def __exit__(self, *exc) -> None:
        self.worker.__exit__()
        self.scheduler.__exit__()


# ---------------------------------------------------------------- the inputs and the runs
def corpus_zips(corpora_dir: Path, names: list[str]) -> list[Path]:
    """Every zip of each corpus, corpus by corpus in the order given, sorted within one."""
    zips = []
    for name in names:
        found = sorted((corpora_dir / name).glob("*.zip"))
        if not found:
            raise SystemExit(f"no zips in {corpora_dir / name} (ZIYARAT_CORPORA sets the corpora dir)")
        zips.extend(found)
    return zips


def additions(zips: list[Path], hold_out: int | None) -> list[list[Path]]:
    """The daily runs: one zip each; with hold_out N, every zip but the last N in the
    first run, then the last N one at a time."""
    if hold_out:
        if not 0 < hold_out < len(zips):
            raise SystemExit(f"--hold-out {hold_out}: between 1 and {len(zips) - 1} for {len(zips)} zips")
        return [zips[:-hold_out], *([z] for z in zips[-hold_out:])]
    return [[z] for z in zips]


def place(zips: list[Path], input_dir: Path) -> None:
    """Copy the zips into input_dir/<corpus>/<name> (those already there are kept)."""
    for z in zips:
        target = input_dir / z.parent.name / z.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(z, target)


def run_into(zips: list[Path], input_dir: Path, data_dir: Path, served: ServedPrefect | None = None,
             task_runner: str = "default", cluster: DaskCluster | None = None) -> dict:
    """Add `zips` to input_dir and run the CLI over it into data_dir, measured (against
    the `served` Prefect API when given: its CPU meanwhile is ``server_cpu_s``, not in
    ``cpu_s``; else the run starts its temporary server, inside the tree)."""
    place(zips, input_dir)
    cmd = [str(ROOT / ".venv" / "bin" / "ziyarat"), "run", "--quiet", "--input", str(input_dir),
           "--data", str(data_dir), "--task-runner", task_runner,
           *(["--dask-address", cluster.address] if cluster else [])]
    env = {**RUN_ENV, **({"PREFECT_API_URL": served.api_url} if served else {})}
    server0, cluster0 = served.cpu_s() if served else 0.0, cluster.cpu_s() if cluster else 0.0
    out = {"zips": len(zips), "mb_zip": round(sum(z.stat().st_size for z in zips) / 1e6, 2),
           **measure(cmd, env=env)}
    if served:
        out["server_cpu_s"] = round(served.cpu_s() - server0, 2)
    if cluster:
        out["cluster_cpu_s"] = round(cluster.cpu_s() - cluster0, 2)
    summary = store.read_state(data_dir).get("summary") or {}
    return {"articles": summary.get("articles"), "articles_added": summary.get("articles_added"),
            "inputs_read": summary.get("inputs_read"), "visits": summary.get("visits"), **out}


HEADLINE = ("articles", "wall_s", "peak_rss_mb", "cpu_s")


def same_tables(a: Path, b: Path) -> dict[str, bool]:
    """Per public table: do the two data dirs hold the same rows (order ignored)?"""
    from compare_tables import canonical  # bench/compare_tables.py, beside this script (sys.path[0])
    from ziyarat import schemas

    same = {}
    for name in schemas.TABLES:
        x, y = store.read_table(a, name), store.read_table(b, name)
        same[name] = (x is None and y is None) or (x is not None and y is not None and x.schema == y.schema
                                                    and canonical(x).equals(canonical(y)))
    return same


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated corpus folders")
    ap.add_argument("--data", type=Path, default=Path("/tmp/ziyarat-scale"), help="a fresh dir for inputs and data")
    ap.add_argument("--daily", action="store_true", help="also add the zips one at a time into DATA/daily")
    ap.add_argument("--hold-out", type=int, help="with --daily: the first addition is all but the last N zips")
    ap.add_argument("--compare", action="store_true", help="with --daily: compare DATA/daily with DATA/full")
    ap.add_argument("--served", action="store_true",
                    help="runs against a `prefect server start` (outside the tree); with --daily the last "
                         "addition is also measured with the run's temporary server, on a copy")
    ap.add_argument("--task-runner", default="default", choices=("default", "dask"),
                    help="the runs' --task-runner (dask: a local cluster of two workers)")
    ap.add_argument("--dask-cluster", action="store_true",
                    help="with --task-runner dask: the runs connect (--dask-address) to a `dask scheduler` and two "
                         "`dask worker` processes started outside the tree, instead of starting their own cluster")
    args = ap.parse_args(argv)
    if args.dask_cluster and args.task_runner != "dask":
        raise SystemExit("--dask-cluster needs --task-runner dask")
    names = [n for n in args.corpora.split(",") if n]
    zips = corpus_zips(Settings().corpora_dir, names)
    if args.data.exists() and any(args.data.iterdir()):
        raise SystemExit(f"{args.data} is not empty: pass a fresh --data dir")
    with (ServedPrefect(args.data / "prefect-home") if args.served else contextlib.nullcontext()) as served, \
            (DaskCluster(args.data / "dask") if args.dask_cluster else contextlib.nullcontext()) as cluster:
        become_subreaper()  # after the server and cluster started: they are not re-parented to this script
        out = runs(args, names, zips, served, cluster)
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return out


def runs(args: argparse.Namespace, names: list[str], zips: list[Path], served: ServedPrefect | None,
         cluster: DaskCluster | None = None) -> dict:
    """The full run, then (with --daily) the additions; the figures main prints."""
    out = {"corpora": names, "zips": len(zips), "cores": os.cpu_count(), "load_avg_1m_before": os.getloadavg()[0],
           "prefect_api": "served" if served else "temporary",
           "dask": ("cluster at --dask-address" if cluster else "started by the run") if args.task_runner == "dask" else None}
    log(f"one run over {len(zips)} zips of {', '.join(names)} into {args.data / 'full'}")
    full = run_into(zips, args.data / "input-full", args.data / "full", served, args.task_runner, cluster)
    out.update({k: full[k] for k in HEADLINE}, full=full)
    if args.daily:
        daily, batches, runs_ = args.data / "daily", additions(zips, args.hold_out), []
        for i, batch in enumerate(batches):
            log(f"addition {i + 1}: {len(batch)} zip(s), {batch[0].parent.name}/{batch[0].name} ...")
            if served and i == len(batches) - 1 and i > 0:  # the same addition, with the temporary server
                shutil.copytree(daily, args.data / "daily-temporary", symlinks=True)
                out["last_add_temporary_server"] = run_into(batch, args.data / "input-daily",
                                                            args.data / "daily-temporary", None, args.task_runner,
                                                            cluster)
            runs_.append(run_into(batch, args.data / "input-daily", daily, served, args.task_runner, cluster))
        out["additions"] = runs_
        last = runs_[-1]
        out["last_add"] = {k: last[k] for k in ("articles_added", "wall_s", "cpu_s", "peak_rss_mb")}
        out["last_add"]["cpu_by_process_s"] = last.get("cpu_by_process_s")
        if served:
            out["last_add"]["server_cpu_s"] = last.get("server_cpu_s")
        out["last_add_cpu_over_full_cpu"] = round(last["cpu_s"] / full["cpu_s"], 4)
        if "last_add_temporary_server" in out:
            out["last_add_temporary_server_cpu_over_full_cpu"] = round(
                out["last_add_temporary_server"]["cpu_s"] / full["cpu_s"], 4)
        out["last_add_articles_share"] = round(last["articles_added"] / full["articles"], 4) \
            if last["articles_added"] is not None and full["articles"] else None
        out["daily_peak_rss_mb"] = max(r["peak_rss_mb"] for r in runs_)
        out["daily_cpu_s"] = round(sum(r["cpu_s"] for r in runs_), 2)
        if args.compare:
            out["daily_equals_full"] = same_tables(args.data / "full", daily)
    out["load_avg_1m_after"] = os.getloadavg()[0]
    return out


if __name__ == "__main__":
    main()
