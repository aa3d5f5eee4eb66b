"""Report: the user-facing outputs of a run. A self-contained HTML page (the visits
table with filters, a map, per-leader sections, topics, per-visit evidence), a
Markdown summary and a table for the Prefect UI.

    text.py     escaping, bidi isolation, labels      model.py    the tables, grouped once
    page.py     the page, its filters and CSP         sections.py parts below the table
    mapsvg.py   the map of visit cities               summary.py  Prefect artifacts, publish task

summary.py's names are imported on first use: it defines a Prefect task, and a run's
plumbing (flows/run.py reads model.py) plans the run and starts Prefect's server
before it imports Prefect (~1 CPU-s; flows/prefect_api.py)."""
from tasks.report.page import render_report
from tasks.report.text import esc, escape_markdown, format_when, is_arabic

_FROM_SUMMARY = ("ARTIFACT_MARKDOWN_KEY", "ARTIFACT_TABLE_KEY", "Rendered", "artifact_keys", "publish_report",
                 "render_all", "render_markdown_summary", "visits_artifact_rows")

__all__ = ["esc", "escape_markdown", "format_when", "is_arabic", "render_report", *_FROM_SUMMARY]


def __getattr__(name: str):
    if name in _FROM_SUMMARY:
        from tasks.report import summary

        return getattr(summary, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
