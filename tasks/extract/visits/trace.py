"""Why a trigger gave a visit or not: an opt-in record of the visit rules' decisions,
read by ``ziyarat explain``.

The rules call :func:`note` where they drop a trigger (one reason code each) and
:func:`kept` for the candidates a sentence yields; both do nothing unless a caller
turned tracing on with :func:`tracing`, so the pipeline pays one context-variable read
per drop. The record lives in a context variable, not in the rules' arguments: the
rules keep their signatures, and the trace is per thread and per call.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from ziyarat.matching import Hit


@dataclass(frozen=True)
class Note:
    """One trigger dropped: in which sentence, which hit, and the reason code."""

    sentence: int
    hit: Hit
    reason: str


@dataclass
class Trace:
    """What one extraction did: the article index it built, the triggers it dropped
    (with why) and the candidates the sentences kept, each with its kind then (the
    merge may turn a reported candidate into a referenced one)."""

    article: Any = None
    notes: list[Note] = field(default_factory=list)
    candidates: list[tuple[Any, str]] = field(default_factory=list)


_CURRENT: ContextVar[Trace | None] = ContextVar("ziyarat_visit_trace", default=None)


@contextmanager
def tracing() -> Iterator[Trace]:
    """Record the visit rules' decisions made inside the block."""
    trace = Trace()
    token = _CURRENT.set(trace)
    try:
        yield trace
    finally:
        _CURRENT.reset(token)


def note(reason: str, sentence: int, hits: Hit | Iterable[Hit]) -> None:
    """The trigger(s) `hits` of `sentence` are dropped for `reason` (a short code)."""
    trace = _CURRENT.get()
    if trace is not None:
        for h in [hits] if isinstance(hits, Hit) else hits:
            trace.notes.append(Note(sentence, h, reason))


def kept(candidates: Iterable[Any]) -> None:
    """The candidates a sentence yields (the merge decides what becomes a row)."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.candidates.extend((c, c.kind) for c in candidates)


def built(article: Any) -> None:
    """The per-article index the rules read: the first one built, the text's. The headline, read later and
    only when a rule asks (visits.headline), is built the same way and must not take its place."""
    trace = _CURRENT.get()
    if trace is not None and trace.article is None:
        trace.article = article


def restart() -> None:
    """The article is read again (visits.titles_abroad re-read its titles): the first reading's notes
    and candidates are dropped, so the record tells only the reading that gave the rows."""
    trace = _CURRENT.get()
    if trace is not None:
        trace.notes.clear()
        trace.candidates.clear()
        trace.article = None  # the text is built again
