"""Build what the stages load lazily (the lexicon and its automaton, the boilerplate
patterns, the topic, trigger, quote and date matchers) by running them once on a
short text of our own. The pool's forkserver imports this module before it forks
any worker (ziyarat.parallel.PRELOAD), so the workers inherit it all built instead
of each building its own.

Only the polars-free paths run here: polars must not start its thread pool in a
process that forks afterwards (a forked child could deadlock on it)."""
from __future__ import annotations

import datetime as dt
import os

from tasks import clean as clean_stage
from tasks.extract import TABLES, extract_article

# "Egyptian President Abdel Fattah al-Sisi arrived in Moscow on Tuesday 14 March 2023
# and met the Russian president Vladimir Putin; he said: «we discussed trade and
# energy»." It names leaders, a place, a date and a quote, so every finder runs.
SAMPLE = ("وصل الرئيس المصري عبد الفتاح السيسي إلى موسكو يوم الثلاثاء 14 آذار 2023 "
          "في زيارة رسمية، والتقى الرئيس الروسي فلاديمير بوتين، وقال: «بحثنا التجارة والطاقة».")


BUILT_BY: int | None = None  # the process that ran build(): in a pool worker, its forkserver


def build() -> None:
    """Run clean's and extract's per-article paths on SAMPLE, dated and undated."""
    global BUILT_BY
    text = clean_stage.clean_text(SAMPLE)
    clean_stage.header_date(text)
    for published in (dt.date(2023, 3, 14), None):
        extract_article("warm", text, published, {name: [] for name in TABLES})
    BUILT_BY = os.getpid()


try:  # at import: the forkserver only imports
    build()
except Exception:  # noqa: BLE001 - warming is best effort: a worker that finds nothing built raises properly
    pass
