"""Shared fixtures: an isolated Prefect backend for the session, and one real run
of the flow over seeds/ that every end-to-end test reads."""
import os
from pathlib import Path

import pytest
from ziyarat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Settings().corpus("saudinewsnet")

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
# an article's extraction error fails the test that trips it instead of being isolated
# (tasks/extract/isolation.py); the isolation's own tests unset it
os.environ.setdefault("ZIYARAT_STRICT_EXTRACT", "1")


@pytest.fixture(scope="session")
def prefect_backend():
    """A throw-away Prefect server (SQLite in a temp dir) for the whole session."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seed_run(prefect_backend, tmp_path_factory):
    """Run the real flow once on seeds/; returns (data_dir, summary)."""
    from flows.launch import run_pipeline
    from ziyarat.settings import Settings

    data = tmp_path_factory.mktemp("seed_data")
    summary = run_pipeline(Settings(input_dir=SEEDS, data_dir=data))
    return data, summary


@pytest.fixture(scope="session")
def seed_data(seed_run):
    return seed_run[0]
