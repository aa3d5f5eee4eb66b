"""One article's extraction error costs that article, not the run.

A rule bug (a `StopIteration` a rule let escape, an index past a list's end) that a
single article trips must not abort a day's run over thousands of articles; it must
not hide either. :func:`isolated` runs one article's extraction: on an `Exception` the
rows that article had already appended are dropped (every table, mentions too), the
article gets none, and a :class:`Failure` is recorded, which the run logs and counts
in its summary. With `Settings.strict_extract` (env `ZIYARAT_STRICT_EXTRACT=1`, set by
the test suite) the error is raised instead, so a rule bug still fails a test.
"""
from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any, Callable, NamedTuple

from ziyarat.settings import REPO_ROOT

KEPT = 100  # failures a run carries back with their ids and errors (it counts them all)
MESSAGE_CHARS = 300  # of the exception's message kept (a message may quote a whole sentence)


class Failure(NamedTuple):
    """One article whose extraction raised: its id, the exception's type and message,
    and the innermost frame (`path:line`, relative to the repository when inside it)."""

    article_id: str
    error: str
    message: str
    where: str

    def __str__(self) -> str:
        said = f"{self.error}: {self.message}" if self.message else self.error
        return f"{said} at {self.where}"


def failure_of(article_id: str, exc: BaseException) -> Failure:
    """The Failure record of `exc`, raised while extracting `article_id`."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = "?"
    if frames:
        path = Path(frames[-1].filename)
        if path.is_relative_to(REPO_ROOT):
            path = path.relative_to(REPO_ROOT)
        where = f"{path}:{frames[-1].lineno}"
    message = str(exc)
    if len(message) > MESSAGE_CHARS:
        message = message[:MESSAGE_CHARS] + "..."
    return Failure(str(article_id), type(exc).__name__, message, where)


def isolated(article_id: str, call: Callable[[], None], out: dict[str, list[Any]], failures: list[Failure],
             strict: bool = False) -> bool:
    """Run `call` (one article's extraction, appending to the row lists of `out`);
    True when it succeeded. On an Exception, unless `strict` (then it is raised),
    the rows it appended are dropped and its Failure is appended to `failures`."""
    lengths = {name: len(rows) for name, rows in out.items()}
    try:
        call()
        return True
    except Exception as exc:  # noqa: BLE001 - recorded, logged and counted by the run; strict re-raises
        if strict:
            raise
        for name, rows in out.items():
            del rows[lengths.get(name, 0):]
        failures.append(failure_of(article_id, exc))
        return False


def warn(logger: Any, failures: list[Failure], failed: int | None = None) -> None:
    """One warning per failed article on `logger` (a Prefect run logger or a logging
    one), and one for those beyond the list when `failed` counts more."""
    for f in failures:
        logger.warning("article %s failed extraction and has no extracted rows: %s", f.article_id, f)
    more = (failed or 0) - len(failures)
    if more > 0:
        logger.warning("%d more articles failed extraction (their ids are not kept)", more)
