"""The CLI's entry to a run (:func:`run_pipeline`): the lock and the plan first, then
Prefect's temporary server and the pool, and only then the flow (flows/pipeline.py) and
Prefect, whose import the server's and the pool's start-up overlap. Apart from
flows/run.py because it imports the flow, which imports that plumbing."""
from __future__ import annotations

from flows import run
from ziyarat import parallel
from ziyarat.settings import Settings


def run_pipeline(settings: Settings, replace: bool = False) -> dict:
    """Run the flow once with the settings' task runner; returns the summary.

    The data dir's lock is taken and the plan made here, before Prefect is imported: a
    second run stops with one clear line, and a run with nothing to do answers
    without creating a flow run (Prefect's bookkeeping alone takes ~1 s). A run with
    work starts Prefect's temporary server (unless PREFECT_API_URL names one), then
    the pool and the reading, and only then imports the flow and Prefect (~1 CPU-s),
    which the server's and the pool's start-up overlap (bench/RESULTS.md, "Session 8")."""
    from flows import prefect_api

    with run.session(settings, take_lock=True, replace=replace) as todo:
        if todo.nothing_to_do:
            return {**run.nothing_to_do(settings.data_dir), "flow_run": False}
        prefect_api.start_temporary_server()
        head = None
        if settings.task_runner != "dask":  # (a Dask client is the flow's own: it starts in the flow run)
            workers = run.local_workers(settings, todo)
            parallel.warm(workers)
            head = run.head_start(settings, todo, workers)  # the reading starts while Prefect sets up the flow run
        run.hand_over(settings, todo, head)
        from flows.pipeline import ziyarat_flow

        runner = run.make_task_runner(settings.task_runner, settings.workers, settings.dask_address)
        with prefect_api.api_for_run():  # PREFECT_API_URL, else this process's temporary server
            return ziyarat_flow.with_options(task_runner=runner)(
                dask_address=settings.dask_address, unit_bytes=settings.unit_bytes,
                input_dir=str(settings.input_dir), data_dir=str(settings.data_dir),
                manifest=str(settings.manifest) if settings.manifest else None,
                batch_size=settings.batch_size, workers=settings.workers, lock_wait=settings.lock_timeout,
                task_runner=settings.task_runner, take_lock=False, replace=replace)
