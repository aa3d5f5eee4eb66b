"""bench/scale.py: the sampler sums the RSS of a whole process tree; a measured run counts
the CPU of descendants that outlive their parent and the stage lines it logs; the daily
plan; and the JSON line of a real --daily run over two zips made from the seeds."""
import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCALE_PY = ROOT / "bench" / "scale.py"
_SPEC = importlib.util.spec_from_file_location("scale", SCALE_PY)
scale = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(scale)

MB = 2**20

# a parent that starts a child holding 120 MB of written (resident) bytes, says so, and waits
TWO_PROCESSES = textwrap.dedent("""
    import subprocess, sys
    child = subprocess.Popen([sys.executable, "-c",
        "import sys, time; b = b'x' * (120 * 2**20); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    print(child.stdout.readline().strip(), flush=True)
    child.wait()
""")


def test_sampler_sums_rss_over_the_tree():
    proc = subprocess.Popen([sys.executable, "-c", TWO_PROCESSES], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        sampler = scale.TreeSampler(proc.pid)
        total = sampler.sample()
        parent_only = scale.tree_rss(scale.tree(proc.pid)[:1])[0]
        assert sampler.peak_processes == 2
        assert total >= 120 * MB + parent_only  # the child's bytes on top of the parent's
        assert sampler.peak_largest[0] >= 120 * MB and "-c" in sampler.peak_largest[1]
        assert sampler.peak == total and len(sampler.samples) == 1
        # without the root: the child alone
        assert scale.tree_rss(scale.tree(proc.pid, include_root=False))[1] == 1
    finally:
        for p in scale.tree(proc.pid)[::-1]:
            p.kill()
        proc.wait()


def test_peak_between_takes_the_samples_in_the_window():
    sampler = scale.TreeSampler(os.getpid())
    sampler.samples = [(1.0, 10), (2.0, 50), (3.0, 20), (4.0, 90)]
    assert sampler.peak_between(1.5, 3.5) == 50
    assert sampler.peak_between(0.0, 10.0) == 90
    assert sampler.peak_between(5.0, 6.0) == 0


# the measured command: logs two stage lines and leaves an orphan that burns 0.4 CPU-s
ORPHAN = textwrap.dedent("""
    import subprocess, sys
    print("12:00:00 | INFO | Flow run 'x' - Beginning flow run 'x'", file=sys.stderr, flush=True)
    print("12:00:00 | INFO | Flow run 'x' - ingest: 5 docs read (0.10s)", file=sys.stderr, flush=True)
    subprocess.Popen([sys.executable, "-c",
        "import time\\nwhile time.process_time() < 0.4: pass"])
    print("clean: 5 articles (2.50s)", file=sys.stderr, flush=True)
    print("done")
""")


def _measured(code: str) -> subprocess.CompletedProcess:
    """scale.measure over `python -c code`, in a process of its own: becoming a subreaper
    and reaping every child is for the bench, not for pytest."""
    driver = textwrap.dedent(f"""
        import importlib.util, json, sys
        spec = importlib.util.spec_from_file_location("scale", {str(SCALE_PY)!r})
        scale = importlib.util.module_from_spec(spec); spec.loader.exec_module(scale)
        scale.become_subreaper()
        print(json.dumps(scale.measure([sys.executable, "-c", {code!r}])))
    """)
    return subprocess.run([sys.executable, "-c", driver], capture_output=True, text=True, timeout=120)


def test_measure_counts_an_orphans_cpu_and_the_stage_lines():
    done = _measured(ORPHAN)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["cpu_s"] >= 0.4  # the orphan's own CPU, counted once it was reaped here
    assert out["stages_s"] == {"ingest": 0.1, "clean": 2.5}
    assert out["startup_s"] >= 0
    assert set(out["stage_peak_rss_mb"]) == {"ingest", "clean"}
    assert out["stdout"] == ["done"]
    assert out["peak_rss_mb"] > 0 and out["samples"] >= 1
    assert "terminated_after_exit" not in out
    # the CPU split by process kind: all of it "other" here, up to the exact total
    assert list(out["cpu_by_process_s"]) == ["other"] and 0 < out["cpu_by_process_s"]["other"] <= out["cpu_s"] + 0.05


class _Cmd:
    def __init__(self, *args: str) -> None:
        self.args = list(args)

    def cmdline(self) -> list[str]:
        return self.args


def test_process_kind_names_the_runs_processes():
    assert scale.process_kind(_Cmd("/v/bin/python3", "/v/bin/ziyarat", "run", "--quiet")) == "cli"
    assert scale.process_kind(_Cmd("python3", "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app")) \
        == "prefect_server"
    assert scale.process_kind(_Cmd("python3", "-B", "-c", "from multiprocessing.forkserver import main")) == "pool"
    assert scale.process_kind(_Cmd("sleep", "1")) == "other"
    assert scale.process_kind(_Cmd()) == ""  # exiting: its command line released


class _Exiting(_Cmd):
    """A process whose command line empties at its last sample (as an exiting one's does)."""

    def __init__(self, pid: int, *args: str) -> None:
        super().__init__(*args)
        self.pid, self.cpu = pid, 0.0

    def cpu_times(self):
        self.cpu += 1.0
        return type("T", (), {"user": self.cpu, "system": 0.0})()

    def memory_info(self):
        return type("M", (), {"rss": 1})()

    def name(self) -> str:
        return "python3"


def test_sampler_keeps_the_kind_of_a_process_on_its_way_out(monkeypatch):
    server = _Exiting(7, "python3", "-m", "uvicorn", "--factory", "prefect.server.api.server:create_app")
    monkeypatch.setattr(scale, "tree", lambda root, include_root=True: [server])
    sampler = scale.TreeSampler(0)
    sampler.sample()
    server.args = []  # the server terminating: /proc/PID/cmdline is empty
    sampler.sample()
    assert sampler.cpu_by_kind() == {"prefect_server": 2.0}


def test_measure_raises_with_the_runs_last_lines():
    done = _measured("import sys; print('broken', file=sys.stderr); sys.exit(3)")
    assert done.returncode != 0
    assert "RuntimeError" in done.stderr and "exited 3" in done.stderr and "broken" in done.stderr


def test_additions_one_zip_at_a_time_or_all_but_the_held_out():
    zips = [Path(f"c/{i}.zip") for i in range(4)]
    assert scale.additions(zips, None) == [[z] for z in zips]
    assert scale.additions(zips, 1) == [zips[:3], [zips[3]]]
    assert scale.additions(zips, 2) == [zips[:2], [zips[2]], [zips[3]]]
    with pytest.raises(SystemExit):
        scale.additions(zips, 4)


def test_corpus_zips_in_the_order_of_the_corpora(tmp_path):
    for corpus, names in {"b": ["2.zip", "1.zip"], "a": ["3.zip"]}.items():
        (tmp_path / corpus).mkdir()
        (tmp_path / corpus / "NOTE.md").write_text("not an input")
        for name in names:
            (tmp_path / corpus / name).write_bytes(b"")
    assert [f"{p.parent.name}/{p.name}" for p in scale.corpus_zips(tmp_path, ["b", "a"])] == \
        ["b/1.zip", "b/2.zip", "a/3.zip"]


def _seed_corpus(root: Path) -> Path:
    """corpora/tiny/{a,b}.zip: seeds 000-002 in a, 003-004 in b."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    tiny = root / "corpora" / "tiny"
    tiny.mkdir(parents=True)
    for name, members in {"a.zip": seeds[:3], "b.zip": seeds[3:]}.items():
        with zipfile.ZipFile(tiny / name, "w") as z:
            for member in members:
                z.write(member, member.name)
    return root / "corpora"


def _daily_on_the_seeds(tmp_path, *flags: str, timeout: int) -> tuple[Path, dict]:
    """bench/scale.py --daily --hold-out 1 over the two-zip seed corpus: (corpora, its JSON line)."""
    corpora = _seed_corpus(tmp_path)
    env = {**os.environ, "ZIYARAT_CORPORA": str(corpora)}
    done = subprocess.run([sys.executable, str(SCALE_PY), "--corpora", "tiny", "--daily", "--hold-out", "1",
                           *flags, "--data", str(tmp_path / "data")],
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    return corpora, json.loads(done.stdout.strip().splitlines()[-1])


def test_daily_json_line_on_the_seeds(tmp_path):
    corpora, out = _daily_on_the_seeds(tmp_path, "--compare", timeout=600)
    assert out["corpora"] == ["tiny"] and out["zips"] == 2
    assert out["articles"] == out["full"]["articles"] == 5
    assert out["full"]["inputs_read"] == 2 and out["full"]["zips"] == 2
    assert list(out["full"]["stages_s"]) == list(scale.STAGES)  # read from the flow's log lines
    assert out["full"]["startup_s"] < out["wall_s"]
    assert out["peak_rss_mb"] == out["full"]["peak_rss_mb"] > 0 and out["cpu_s"] > 0 and out["wall_s"] > 0
    first, last = out["additions"]
    assert (first["zips"], first["articles"], first["articles_added"]) == (1, 3, 3)
    assert (last["zips"], last["articles"], last["articles_added"], last["inputs_read"]) == (1, 5, 2, 1)
    assert out["last_add"]["articles_added"] == 2 and out["last_add_articles_share"] == 0.4
    assert out["last_add_cpu_over_full_cpu"] == round(last["cpu_s"] / out["full"]["cpu_s"], 4)
    assert out["daily_equals_full"] and all(out["daily_equals_full"].values())
    # the inputs were copied beside the data, the corpora left as they were
    assert sorted(p.name for p in (tmp_path / "data" / "input-daily" / "tiny").iterdir()) == ["a.zip", "b.zip"]
    assert sorted(p.name for p in (corpora / "tiny").iterdir()) == ["a.zip", "b.zip"]


def test_served_daily_json_line_on_the_seeds(tmp_path):
    """--served: every run against one `prefect server start` (its CPU apart, in
    server_cpu_s), and the last addition measured again with the run's temporary
    server on a copy of the data dir: same rows added, the server inside its tree."""
    _, out = _daily_on_the_seeds(tmp_path, "--served", timeout=900)
    assert out["prefect_api"] == "served" and out["articles"] == 5
    last, temporary = out["additions"][-1], out["last_add_temporary_server"]
    assert last["articles_added"] == temporary["articles_added"] == 2 and temporary["articles"] == 5
    assert last["server_cpu_s"] > 0 and out["last_add"]["server_cpu_s"] == last["server_cpu_s"]
    assert "prefect_server" not in last["cpu_by_process_s"] and temporary["cpu_by_process_s"]["prefect_server"] > 0
    assert out["last_add_temporary_server_cpu_over_full_cpu"] == round(temporary["cpu_s"] / out["full"]["cpu_s"], 4)


def test_dask_cluster_json_line_on_the_seeds(tmp_path):
    """--task-runner dask --dask-cluster: the runs connect to a scheduler and two
    workers the bench started outside the tree: their CPU is cluster_cpu_s, the tree
    is the CLI (and its temporary Prefect server) alone, and the day-by-day database
    equals the one run."""
    _, out = _daily_on_the_seeds(tmp_path, "--task-runner", "dask", "--dask-cluster", "--compare", timeout=900)
    assert out["dask"] == "cluster at --dask-address" and out["articles"] == 5
    full = out["full"]
    assert full["cluster_cpu_s"] > 0 and "pool" not in full["cpu_by_process_s"]
    assert full["cli_peak_rss_mb"] > 0 and all(out["daily_equals_full"].values())
