"""The deployment entry point, apart from the flow definition: `ziyarat serve`
serves the pipeline as a scheduled Prefect deployment over a drop folder: each
scheduled run adds what is new or changed in it (by content) to the data dir and
keeps everything already there, so files may be dropped in, and removed once read,
at any time. Point PREFECT_API_URL at a running `prefect server start` to see its
runs, logs and artifacts in the UI (docs/scheduling.md)."""
from __future__ import annotations

import signal
import warnings
from pathlib import Path

from flows.pipeline import ziyarat_flow
from ziyarat import parallel
from ziyarat.settings import Settings
from ziyarat.store import UserError

DEPLOYMENT_NAME = "ziyarat-scheduled"


def release_workers(flow=None, flow_run=None, state=None) -> None:
    """Stop the extract process pool at the end of a served run, waiting for its
    workers. A served run is a multiprocessing child process, and such a process
    joins its child processes on exit before atexit would stop the pool's idle
    workers: without this, every finished run would hang on as a process."""
    parallel.shutdown(wait=True)


def check_server() -> str:
    """The API URL of the Prefect server to serve to, or a UserError saying how to
    start one: without PREFECT_API_URL Prefect would serve to a temporary server
    that never schedules anything."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    api = PREFECT_API_URL.value()
    start = "start one with `make ui` (or `.venv/bin/prefect server start`)"
    if not api:
        raise UserError(f"no Prefect server to serve to: {start} and export "
                        "PREFECT_API_URL=http://127.0.0.1:4200/api (see docs/scheduling.md)")
    try:
        with get_client(sync_client=True) as client:
            problem = client.api_healthcheck()
    except Exception as exc:  # noqa: BLE001 - any failure here means "not reachable"
        problem = exc
    if problem is not None:
        raise UserError(f"the Prefect server at PREFECT_API_URL={api} does not answer ({type(problem).__name__}): "
                        f"{start}, or fix PREFECT_API_URL")
    return api


def serve_deployment(cron: str, input_dir: Path, data_dir: Path, name: str = DEPLOYMENT_NAME,
                     manifest: Path | None = None) -> None:
    """Serve `ziyarat/<name>` on the cron schedule until interrupted (Ctrl-C or
    SIGTERM both stop it cleanly, exit status 0)."""
    check_server()
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        # started as a background job of a script, which ignores SIGINT for its children:
        # a service still stops on it (Python installs no handler for an ignored SIGINT)
        signal.signal(signal.SIGINT, signal.default_int_handler)
    settings = Settings(input_dir=input_dir, data_dir=data_dir, manifest=manifest)
    # Prefect 3.8's SIGTERM handler calls the async Runner.stop() without awaiting
    # it; the runner still stops, so the warning is noise for the user
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited",
                            category=RuntimeWarning)
    served = ziyarat_flow.with_options(on_completion=[release_workers], on_failure=[release_workers])
    served.serve(
        name=name,
        cron=cron,
        parameters={"input_dir": str(settings.input_dir), "data_dir": str(settings.data_dir),
                    "manifest": str(manifest) if manifest else None},
        description="adds what is new in the input folder to the database: ingest -> clean -> merge -> "
                    "extract -> aggregate, on a schedule",
        tags=["ziyarat"],
        pause_on_shutdown=False,
    )
