"""The shared pool (ziyarat/parallel.py): its processes keep the run's signal mask."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_forkserver_keeps_the_blocked_sigint_of_the_thread_that_starts_the_pool():
    """A run blocks SIGINT (Ctrl-C is the run's to handle) before the pool starts;
    starting multiprocessing's resource tracker unblocks it in the calling thread, so
    without parallel's care the forkserver spawned next would take a Ctrl-C while it
    imports and print a traceback. A fresh process, so no tracker runs yet."""
    script = textwrap.dedent("""
        import os, signal
        import psutil
        from ziyarat import parallel
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        assert parallel.pool(2).submit(os.getpid).result() != os.getpid()
        (server,) = [p for p in psutil.Process().children() if "multiprocessing.forkserver" in " ".join(p.cmdline())]
        blocked = int(open(f"/proc/{server.pid}/status").read().split("SigBlk:")[1].split()[0], 16)
        print(bool(blocked & (1 << (signal.SIGINT - 1))))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


def test_pool_workers_inherit_the_lexicon_and_matchers_built_once_in_the_forkserver(tmp_path):
    """tasks.warm (in PRELOAD) builds them in the forkserver before it forks: each
    worker finds them built by its parent, none builds its own."""
    script = tmp_path / "where.py"
    script.write_text(textwrap.dedent("""
        import os
        from ziyarat import parallel

        def where():
            import tasks.warm
            from tasks.extract.topics import _keyword_matcher
            from ziyarat.lexicon import get_lexicon
            return (os.getpid(), os.getppid(), tasks.warm.BUILT_BY, get_lexicon.cache_info().misses,
                    _keyword_matcher.cache_info().currsize)

        if __name__ == "__main__":
            for _ in range(2):
                pid, parent, built_by, lexicon_builds, matchers = parallel.pool(2).submit(where).result()
                print("worker", built_by == parent != pid, lexicon_builds, matchers)
    """))
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["worker True 1 1", "worker True 1 1"]


def test_a_stop_does_not_wait_behind_the_pools_lock():
    """A stop's exit does not take the pools' lock, which the thread starting the pool
    holds while the forkserver imports and forks: it kills the run's processes and
    leaves (exit 128 + signal, its one line said) instead of hanging behind it."""
    script = (
        "import sys, signal\n"
        "from pathlib import Path\n"
        "from ziyarat import parallel, stopping\n"
        "import threading, time\n"
        "threading.Thread(target=lambda: (parallel._pools_lock.acquire(), time.sleep(600)), daemon=True).start()\n"
        "time.sleep(0.5)\n"  # another thread holds the lock, as one starting the pool does
        "stopping.Stop.signum = signal.SIGINT\n"
        "stopping.Stop.stderr = sys.stderr\n"
        "stopping.exit_now(Path('some-data'))\n"
    )
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130
    assert "stopped by SIGINT" in done.stderr and "some-data" in done.stderr
    assert time.monotonic() - start < 30  # not a hang: TERMINATE_WAIT_S (2 s) plus the imports


def test_kill_descendants_kills_children_and_grandchildren_but_the_kept_ones():
    """A stopped run's last step: every process it started, and theirs, killed (the
    kept one, the resource tracker, left to clean up after it)."""
    script = textwrap.dedent("""
        import os, subprocess, sys, time
        import psutil
        from ziyarat import parallel
        nested = "import subprocess, sys, time; subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)']); time.sleep(600)"
        parent = subprocess.Popen([sys.executable, "-c", nested])
        kept = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
        while not psutil.Process(parent.pid).children():
            time.sleep(0.05)
        (grandchild,) = psutil.Process(parent.pid).children()
        parallel.kill_descendants(keep={kept.pid}, wait_s=10)
        def running(p):
            return psutil.pid_exists(p.pid) and p.status() != psutil.STATUS_ZOMBIE
        print(running(psutil.Process(parent.pid)) if psutil.pid_exists(parent.pid) else False,
              psutil.pid_exists(grandchild.pid) and running(grandchild), running(psutil.Process(kept.pid)))
        kept.kill()
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "False", "True"]


def test_a_pool_semaphore_left_by_os_exit_is_unlinked_by_the_tracker_without_a_word():
    """A stopped run leaves with os._exit: the resource tracker, started by parallel,
    unlinks the semaphores the run still held, and says nothing on stderr (the run's
    one line stays one line)."""
    script = textwrap.dedent("""
        import multiprocessing as mp, os
        from ziyarat import parallel
        parallel._start_resource_tracker()
        lock = mp.get_context("forkserver").Lock()
        print(lock._semlock.name, flush=True)
        os._exit(0)
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    # run() returns once every holder of the stderr pipe closed it: the tracker too, done
    name = done.stdout.strip().lstrip("/")
    assert name and not (Path("/dev/shm") / f"sem.{name}").exists()
    assert done.stderr == ""


def test_a_held_forkserver_is_not_started_again():
    """A stopped run holds multiprocessing's forkserver before it kills its processes:
    a pool thread spawning a worker then waits instead of starting a new forkserver."""
    script = textwrap.dedent("""
        import multiprocessing as mp, threading, time
        import psutil
        from ziyarat import parallel
        parallel.hold_the_forkserver()
        spawn = threading.Thread(target=mp.get_context("forkserver").Process(target=time.sleep, args=(0,)).start,
                                 daemon=True)
        spawn.start()
        spawn.join(3)
        forkservers = [p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline())]
        print(spawn.is_alive(), len(forkservers))
    """)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "0"]
