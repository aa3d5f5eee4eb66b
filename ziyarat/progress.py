"""Progress for long runs: the flow reports stage starts and ends here; the CLI
shows them with rich. Without a listener (tests, deployments) it does nothing."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator

_listeners: list[Callable[[str, str], None]] = []

STAGES = ("ingest", "clean", "extract", "aggregate", "write")


def report(stage: str, detail: str = "") -> None:
    """Tell listeners that `stage` finished (detail: counts and seconds)."""
    for listener in list(_listeners):
        listener(stage, detail)


@contextmanager
def console_progress(console, enabled: bool = True) -> Iterator[None]:
    """Show a rich progress bar over the pipeline's stages while the block runs."""
    if not enabled:
        yield
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                  TextColumn("{task.completed}/{task.total} stages"), TimeElapsedColumn(),
                  console=console, transient=False) as bar:
        task = bar.add_task("starting Prefect ...", total=len(STAGES))

        def listener(stage: str, detail: str) -> None:
            bar.console.print(f"  [green]done[/] {stage}: {detail}", highlight=False)
            nxt = STAGES.index(stage) + 1 if stage in STAGES else len(STAGES)
            bar.update(task, completed=nxt,
                       description=f"running {STAGES[nxt]} ..." if nxt < len(STAGES) else "finished")

        _listeners.append(listener)
        try:
            yield
        finally:
            _listeners.remove(listener)
