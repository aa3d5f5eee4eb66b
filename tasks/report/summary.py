"""What a run publishes besides the page: a Markdown summary and a visits table for
the Prefect UI, and the task that writes report.html and both artifacts."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks.report.model import ReportData, evidence, key_quotes, report_data, visits_in_order
from tasks.report.page import render_report
from tasks.report.text import escape_markdown, format_when, is_reported, visit_label
from ziyarat import schemas, store

SUMMARY_SNIPPET = 200   # characters of evidence/quote text in the Markdown summary
SUMMARY_EVIDENCE = 3    # evidence sentences per visit in the Markdown summary
ARTIFACT_MARKDOWN_KEY = "ziyarat-summary"  # + "-<data dir tag>" (see artifact_keys)
ARTIFACT_TABLE_KEY = "ziyarat-visits"


def _snippet(text: str | None) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= SUMMARY_SNIPPET else text[:SUMMARY_SNIPPET].rstrip() + "…"


def render_markdown_summary(tables: dict[str, pl.DataFrame], data: ReportData | None = None) -> str:
    """A short Markdown summary for the Prefect UI: the visits table, then per
    visit its first evidence sentences and a key quote (all untrusted text escaped);
    `data`: the tables grouped already (report_data)."""
    data = data or report_data(tables)
    visits = data.chronological
    md = lambda s: escape_markdown(s, cell=True)  # noqa: E731
    lines = [
        "# ziyarat: visits", "",
        f"**{len(visits)}** known visits ({data.n_reported} reported, {len(visits) - data.n_reported} only "
        f"referenced) from **{data.n_articles}** articles.", "",
        "| when | visitor | host | city | type | articles | topics | conflicts |",
        "|---|---|---|---|---|---:|---|---:|",
    ]
    for v in visits:
        topics = ", ".join(data.topic_label(x) for x in (v.get("agenda_topics") or v.get("topics") or []))
        lines.append("| " + " | ".join([
            md(format_when(v)), md(v["visitor"]), md(v["host"]), md(v.get("city") or ""),
            md(v.get("visit_type") or ""), str(v.get("n_articles") or 0) if is_reported(v) else "0 (referenced)",
            md(topics), str(len(v.get("conflicts") or [])),
        ]) + " |")
    details = []
    for v in (v for v in visits if is_reported(v)):
        details += ["", f"## {escape_markdown(visit_label(v))}", ""]
        if v.get("conflicts"):
            details.append("- disagreements: " + "; ".join(escape_markdown(c) for c in v["conflicts"]))
        for e in [e for e in evidence(data, v) if e["kind"] == "reported"][:SUMMARY_EVIDENCE]:
            details.append(f"- evidence (article {escape_markdown(e['article_id'])}): "
                           f"{escape_markdown(_snippet(e['text']))}")
        qs = key_quotes(data, v)
        if qs:
            details.append(f"- {escape_markdown(qs[0]['speaker'])}: «{escape_markdown(_snippet(qs[0]['quote']))}»")
    return "\n".join(lines + details) + "\n"


def visits_artifact_rows(tables: dict[str, pl.DataFrame], data: ReportData | None = None) -> list[dict]:
    """One plain row per visit (strings and numbers) for a Prefect table artifact
    (`data`: the tables grouped already, whose visits are read once)."""
    visits = data.chronological if data is not None else visits_in_order(schemas.conform("visits", tables.get("visits")))
    return [
        {
            "when": format_when(v),
            "visitor": v["visitor"], "host": v["host"], "city": v.get("city") or "",
            "visit_type": v.get("visit_type") or "",
            "n_articles": int(v.get("n_articles") or 0), "n_sources": int(v.get("n_sources") or 0),
            "n_references": int(v.get("n_references") or 0),
            "status": "reported" if is_reported(v) else "referenced only",
            "topics": ", ".join(v.get("topics") or []),
            "n_conflicts": len(v.get("conflicts") or []),
            "visit_id": v["visit_id"],
        }
        for v in visits
    ]


@dataclass(frozen=True)
class Rendered:
    """Everything publish_report shows, rendered (pure work the flow can do while
    the tables are being written)."""

    html: str
    markdown: str
    rows: list[dict]


def render_all(tables: dict[str, pl.DataFrame], n_articles: int | None = None) -> Rendered:
    """The report page, the markdown summary and the visits artifact rows (the
    tables grouped once for both; `n_articles`: see report_data)."""
    data = report_data(tables, n_articles)
    return Rendered(render_report(tables, data), render_markdown_summary(tables, data),
                    visits_artifact_rows(tables, data))


def artifact_keys(data_dir: Path) -> tuple[str, str]:
    """The summary and visits artifact keys of one data dir ("ziyarat-summary-1a2b3c4d"):
    Prefect keeps a "latest" artifact per key, so each data dir gets its own (a short
    hash of its resolved path; keys allow only lowercase letters, digits and dashes)."""
    tag = hashlib.blake2b(str(Path(data_dir).resolve()).encode("utf-8"), digest_size=4).hexdigest()
    return f"{ARTIFACT_MARKDOWN_KEY}-{tag}", f"{ARTIFACT_TABLE_KEY}-{tag}"


@task(name="publish-report", cache_policy=NO_CACHE)
def publish_report(tables: dict[str, pl.DataFrame], data_dir: Path, rendered: Rendered | None = None) -> Path:
    """Write data_dir/report.html atomically and publish the summary artifacts
    (rendered here unless the caller rendered them already)."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    logger = get_run_logger()
    rendered = rendered or render_all(tables)
    path = Path(data_dir) / "report.html"
    store.atomic_write_bytes(path, rendered.html.encode("utf-8"))
    try:
        summary_key, visits_key = artifact_keys(data_dir)
        create_markdown_artifact(key=summary_key, markdown=rendered.markdown,
                                 description=f"ziyarat: visits found in this run ({Path(data_dir).resolve()})")
        create_table_artifact(key=visits_key, table=rendered.rows,
                              description=f"ziyarat: one row per visit ({Path(data_dir).resolve()})")
    except Exception as exc:  # the report file is written; a UI hiccup must not fail the run
        logger.warning("could not publish Prefect artifacts: %s", exc)
    logger.info("report: %s", path)
    return path
