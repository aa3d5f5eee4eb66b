"""Report: the user-facing outputs of a run. A self-contained HTML page (the visits
table with filters, a map, per-leader sections, topics, per-visit evidence), a
Markdown summary and a table for the Prefect UI.

    text.py     escaping, bidi isolation, labels      model.py    the tables, grouped once
    page.py     the page, its filters and CSP         sections.py parts below the table
    mapsvg.py   the map of visit cities               summary.py  Prefect artifacts, publish task
"""
from tasks.report.page import render_report
from tasks.report.summary import (ARTIFACT_MARKDOWN_KEY, ARTIFACT_TABLE_KEY, Rendered, artifact_keys, publish_report,
                                  render_all, render_markdown_summary, visits_artifact_rows)
from tasks.report.text import esc, escape_markdown, format_when, is_arabic

__all__ = ["ARTIFACT_MARKDOWN_KEY", "ARTIFACT_TABLE_KEY", "Rendered", "artifact_keys", "esc", "escape_markdown", "format_when",
           "is_arabic", "publish_report", "render_all", "render_markdown_summary", "render_report",
           "visits_artifact_rows"]
