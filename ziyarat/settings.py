"""One Settings object for paths and knobs; nothing else reads os.environ."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


# The repository root; the corpora live beside it by default (../shared/corpora), never in it.
REPO_ROOT = Path(__file__).resolve().parent.parent


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value) if value else default


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.isdigit() else default


def _env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in ("1", "true", "yes", "on")


@dataclass(frozen=True)
class Settings:
    """Paths and limits for one run. Environment variables ZIYARAT_* override the
    defaults (read here only); CLI flags override both."""

    input_dir: Path = Path("seeds")
    data_dir: Path = Path("data")
    manifest: Path | None = None  # default: input_dir/manifest.csv when present
    max_file_bytes: int = field(default_factory=lambda: _env_int("ZIYARAT_MAX_FILE_BYTES", 5 * 1024 * 1024))
    max_zip_bytes: int = field(default_factory=lambda: _env_int("ZIYARAT_MAX_ZIP_BYTES", 1024 * 1024 * 1024))
    max_zip_ratio: int = 200  # uncompressed/compressed per member beyond this is a bomb
    batch_size: int = field(default_factory=lambda: _env_int("ZIYARAT_BATCH_SIZE", 4000))
    # bytes of input per ingest + clean unit (a worker holds one unit's text at a time)
    unit_bytes: int = field(default_factory=lambda: _env_int("ZIYARAT_UNIT_BYTES", 16 << 20))
    workers: int = field(default_factory=lambda: _env_int("ZIYARAT_WORKERS", os.cpu_count() or 1))
    # a run with less new input than this to read (and no code change) works in its own
    # process: starting the pool (a Python, its imports, the lexicon in every worker)
    # would cost more CPU than the workers save
    pool_min_bytes: int = field(default_factory=lambda: _env_int("ZIYARAT_POOL_MIN_BYTES", 8 << 20))
    task_runner: str = "default"  # "default" | "dask"
    dask_address: str | None = None
    lock_timeout: float = 0.0  # seconds to wait for another run's lock; 0 = stop at once
    min_arabic_ratio: float = 0.3
    # an article's extraction error is raised, not isolated (tasks/extract/isolation.py):
    # for development and the test suite; env ZIYARAT_STRICT_EXTRACT=1
    strict_extract: bool = field(default_factory=lambda: _env_flag("ZIYARAT_STRICT_EXTRACT"))
    # where the evaluation and benchmark corpora are (one folder per corpus); env ZIYARAT_CORPORA
    corpora_dir: Path = field(default_factory=lambda: _env_path("ZIYARAT_CORPORA",
                                                                REPO_ROOT.parent / "shared" / "corpora"))
    # GUIDE-format gold + records for `ziyarat eval`; env ZIYARAT_GOLD
    gold_dir: Path = field(default_factory=lambda: _env_path("ZIYARAT_GOLD", REPO_ROOT.parent / "shared" / "gold"))

    @property
    def manifest_path(self) -> Path | None:
        if self.manifest is not None:
            return self.manifest
        default = self.input_dir / "manifest.csv"
        return default if default.exists() else None

    def corpus(self, name: str) -> Path:
        """One corpus folder under corpora_dir: corpus("saudinewsnet")."""
        return self.corpora_dir / name

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
