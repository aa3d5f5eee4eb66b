"""bench/extract_ab.py on the seeds: its one line, with and without --calls."""
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _line(*flags: str) -> str:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "extract_ab.py"), str(ROOT / "seeds"), *flags],
                         capture_output=True, text=True, check=True, cwd=ROOT, timeout=600,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    return out.stdout.strip().splitlines()[-1]


def test_cpu_line_without_calls():
    assert re.fullmatch(r"read_unit \d+\.\d\d extract \d+\.\d\d", _line())


def test_calls_counts_the_extraction_work():
    m = re.fullmatch(r"read_unit \d+\.\d\d extract \d+\.\d\d calls (\d+)", _line("--calls"))
    assert m is not None
    assert int(m.group(1)) > 10_000  # five articles' entities, dates, visits and topics: many thousand calls
