"""Report: the user-facing outputs of a run. A self-contained HTML page (timeline,
topic x visit matrix, per-visit participants, quotes and evidence), a Markdown
summary and a table for the Prefect UI.

Article text is untrusted: every piece of it goes through `html.escape` (HTML) or
`escape_markdown` (Markdown), never into a URL or an attribute unescaped, and the
page carries a Content-Security-Policy that forbids scripts anyway. Arabic text
sits in elements with dir="rtl" lang="ar" and `unicode-bidi: isolate`, so an
English name or a number inside it (or it inside English) keeps its order."""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from dataclasses import dataclass
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from ziyarat import schemas, store

MAX_QUOTES = 6          # key quotes shown per visit
MAX_EVIDENCE = 12       # evidence sentences shown per visit
SUMMARY_SNIPPET = 200   # characters of evidence/quote text in the Markdown summary
SUMMARY_EVIDENCE = 3    # evidence sentences per visit in the Markdown summary
ARTIFACT_MARKDOWN_KEY = "ziyarat-summary"  # + "-<data dir tag>" (see artifact_keys)
ARTIFACT_TABLE_KEY = "ziyarat-visits"

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()|~&])")

CSS = """
:root { --ink:#1d2430; --muted:#5b6575; --line:#d7dce3; --accent:#1f6feb; --ref:#9aa4b2; --bg:#fbfcfd; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Naskh Arabic", sans-serif;
       color: var(--ink); background: var(--bg); margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid var(--line); }
h3 { margin: 0 0 .4rem; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
.muted { color: var(--muted); }
[dir="rtl"] { unicode-bidi: isolate; text-align: right; }
bdi { unicode-bidi: isolate; }
.ar { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Arial", serif; font-size: 1.08em; }
ol.timeline { list-style: none; padding: 0; border-left: 3px solid var(--line); margin-left: .5rem; }
ol.timeline li { position: relative; padding: .35rem 0 .35rem 1.2rem; }
ol.timeline li::before { content: ""; position: absolute; left: -8px; top: .8rem; width: 13px; height: 13px;
                         border-radius: 50%; background: var(--accent); }
ol.timeline li.referenced { color: var(--muted); font-style: italic; }
ol.timeline li.referenced::before { background: var(--bg); border: 2px dashed var(--ref); }
.badge { display: inline-block; padding: 0 .45em; border-radius: .6em; font-size: .8em; background: #eef2f7;
         color: var(--muted); font-style: normal; }
.badge.conflict { background: #fff1e0; color: #8a4b00; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; vertical-align: top; }
table.matrix td.cell { text-align: center; min-width: 4.2rem; }
td.agenda { background: #dbeafe; font-weight: 600; } td.context { background: #f3f4f6; color: var(--muted); }
section.visit { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem;
                margin: 1rem 0; }
section.visit.referenced { border-style: dashed; }
blockquote { margin: .3rem 0; padding: .3rem .8rem; border-right: 3px solid var(--accent); background: #f6f8fb; }
ul.evidence li, ul.quotes li { margin: .4rem 0; }
ul.evidence p { margin: .15rem 0; padding: .2rem .6rem; background: #f6f8fb; border-right: 3px solid var(--line); }
.where { font-size: .85em; color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0 .6rem; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
svg text { font: 11px system-ui, sans-serif; fill: var(--muted); }
"""


# ---------------------------------------------------------------- escaping
def esc(value) -> str:
    """Any value as HTML text (quotes too, so it is also safe inside attributes)."""
    return "" if value is None else html.escape(str(value), quote=True)


def escape_markdown(value, cell: bool = False) -> str:
    """Untrusted text as literal Markdown: punctuation that could open a link,
    emphasis or code is backslash-escaped, `<` and `>` become entities (so no
    renderer, CommonMark or not, can see a tag); in a table cell, line breaks become
    spaces (the `|` is escaped anyway)."""
    if value is None:
        return ""
    text = _MD_SPECIAL.sub(r"\\\1", str(value)).replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\s*[\r\n]+\s*", " ", text) if cell else text.replace("\r", "")
    return text


def _anchor(kind: str, ident) -> str:
    """A safe fragment id: letters, digits, dash and underscore only."""
    return f"{kind}-" + re.sub(r"[^A-Za-z0-9_-]", "_", str(ident))


def is_arabic(text: str | None) -> bool:
    return bool(text) and bool(_ARABIC.search(text))


def _text(value, tag: str = "span", cls: str = "") -> str:
    """Text in an element with the right direction: Arabic gets dir="rtl" lang="ar",
    anything else dir="auto" (a <bdi> for inline runs), so mixed runs never reorder
    their neighbours."""
    if value is None or value == "":
        return ""
    arabic = is_arabic(str(value))
    if tag == "span" and not arabic:
        tag = "bdi"
    attrs = ' dir="rtl" lang="ar"' if arabic else ' dir="auto"'
    classes = " ".join(x for x in ("ar" if arabic else "", cls) if x)
    if classes:
        attrs += f' class="{esc(classes)}"'
    return f"<{tag}{attrs}>{esc(value)}</{tag}>"


# ---------------------------------------------------------------- shared helpers
def _tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every table the report reads, conformed (missing ones empty)."""
    names = ("visits", "visit_mentions", "articles", "article_topics", "quotes", "topics", "visit_topics")
    return {n: schemas.conform(n, tables.get(n)) for n in names}


def format_when(row: dict) -> str:
    """A visit's date as precise as known: 2023-03-14, 2023-03-14 → 2023-03-15, 2015-10, 2018, undated."""
    start, end, precision = row.get("start_date"), row.get("end_date"), row.get("date_precision")
    if start is None:
        return "undated"
    if precision == "year":
        return f"{start.year}"
    if precision == "month":
        return start.strftime("%Y-%m")
    if end is not None and end != start:
        return f"{start.isoformat()} → {end.isoformat()}"
    return start.isoformat()


def _is_reported(row: dict) -> bool:
    return (row.get("n_articles") or 0) > 0


def _visit_title(row: dict) -> str:
    return f"{row['visitor']} → {row['host']}" + (f", {row['city']}" if row.get("city") else "")


def _visits_in_order(visits: pl.DataFrame) -> list[dict]:
    return visits.sort([pl.col("start_date"), pl.col("end_date"), "visit_id"], nulls_last=True).to_dicts()


def _key_quotes(quotes: pl.DataFrame, article_ids: list[str], participants: list[str]) -> list[dict]:
    """Quotes from the visit's reporting articles, participants' words first, then longer ones."""
    if not article_ids or quotes.height == 0:
        return []
    q = quotes.filter(pl.col("article_id").is_in(article_ids)).with_columns(
        pl.col("speaker").is_in(participants or []).alias("_participant"),
        pl.col("quote").str.len_chars().alias("_len"),
    ).sort(["_participant", "_len", "article_id", "start"], descending=[True, True, False, False])
    return q.unique(["quote"], keep="first", maintain_order=True).head(MAX_QUOTES).to_dicts()


def _evidence(vm: pl.DataFrame, at: pl.DataFrame, visit_id: str, article_ids: list[str]) -> list[dict]:
    """Sentences the visit's facts come from: its visit mentions, then the agenda sentences."""
    rows = [
        {"what": f"{r['kind']} visit" + (f" ({r['date_evidence']})" if r.get("date_evidence") else ""),
         "kind": r["kind"], "article_id": r["article_id"], "start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence"]}
        for r in vm.filter(pl.col("visit_id") == visit_id).sort("article_id", "evidence_start", nulls_last=True).to_dicts()
    ]
    if article_ids:
        for r in at.filter(pl.col("article_id").is_in(article_ids) & (pl.col("role") == "agenda")) \
                   .sort("article_id", "evidence_start", "topic_id", nulls_last=True).to_dicts():
            rows.append({"what": f"agenda: {r['topic_id']}", "kind": "agenda", "article_id": r["article_id"],
                         "start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence"]})
    seen, out = set(), []
    for r in rows:
        key = (r["article_id"], r["start"], r["text"], r["what"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out[:MAX_EVIDENCE]


# ---------------------------------------------------------------- HTML parts
def _timeline_svg(visits: list[dict]) -> str:
    """A one-line SVG timeline: filled dots for reported visits (bigger with more
    articles), hollow dashed ones for visits only referenced."""
    dated = [v for v in visits if v.get("start_date")]
    if not dated:
        return ""
    first, last = dated[0]["start_date"].year, max(v["start_date"] for v in dated).year + 1
    width, pad, height = 1000, 30, 90
    span = (dt.date(last, 1, 1) - dt.date(first, 1, 1)).days or 1

    def x(d: dt.date) -> float:
        return pad + (width - 2 * pad) * (d - dt.date(first, 1, 1)).days / span

    parts = [f'<svg class="timeline" viewBox="0 0 {width} {height}" width="100%" role="img" '
             f'aria-label="timeline of visits" xmlns="http://www.w3.org/2000/svg">',
             f'<line x1="{pad}" y1="45" x2="{width - pad}" y2="45" stroke="#d7dce3" stroke-width="2"/>']
    for year in range(first, last + 1):
        xx = x(dt.date(year, 1, 1))
        parts.append(f'<line x1="{xx:.1f}" y1="40" x2="{xx:.1f}" y2="50" stroke="#9aa4b2"/>'
                     f'<text x="{xx:.1f}" y="68" text-anchor="middle">{year}</text>')
    for v in dated:
        r = 5 + min(v.get("n_articles") or 0, 6) * 1.5
        label = esc(f"{format_when(v)}: {_visit_title(v)} ({v.get('n_articles') or 0} articles)")
        style = ('fill="#1f6feb"' if _is_reported(v)
                 else 'fill="#fbfcfd" stroke="#9aa4b2" stroke-width="2" stroke-dasharray="3 2"')
        parts.append(f'<a href="#{_anchor("visit", v["visit_id"])}"><circle cx="{x(v["start_date"]):.1f}" cy="45" '
                     f'r="{r:.1f}" {style} opacity="0.85"><title>{label}</title></circle></a>')
    parts.append("</svg>")
    return "".join(parts)


def _timeline_list(visits: list[dict]) -> str:
    items = []
    for v in visits:
        reported = _is_reported(v)
        n = v.get("n_articles") or 0
        count = f"{n} article{'s' if n != 1 else ''}" if reported else \
            f"referenced only ({v.get('n_references') or 0} mention{'s' if (v.get('n_references') or 0) != 1 else ''})"
        conflicts = len(v.get("conflicts") or [])
        items.append(
            f'<li class="{"reported" if reported else "referenced"}" id="{_anchor("t", v["visit_id"])}" '
            f'data-visit-id="{esc(v["visit_id"])}">'
            f'<a href="#{_anchor("visit", v["visit_id"])}"><strong>{esc(format_when(v))}</strong></a> '
            f'{_text(v["visitor"])} → {_text(v["host"])}'
            f'{" in " + _text(v["city"], cls="city") if v.get("city") else ""} '
            f'<span class="badge">{esc(v.get("visit_type") or "type unknown")}</span> '
            f'<span class="badge">{esc(count)}</span>'
            + (f' <span class="badge conflict">{conflicts} conflict{"s" if conflicts != 1 else ""}</span>'
               if conflicts else "")
            + "</li>")
    return '<ol class="timeline">' + "".join(items) + "</ol>"


def _matrix(visits: list[dict], visit_topics: pl.DataFrame, topics: pl.DataFrame) -> str:
    cols = [v for v in visits if _is_reported(v)]
    if not cols or visit_topics.height == 0:
        return '<p class="muted">No topics were found for the reported visits.</p>'
    labels = {r["topic_id"]: r for r in topics.to_dicts()}
    order = (visit_topics.group_by("topic_id")
             .agg(pl.col("visit_id").n_unique().alias("n"), (pl.col("role") == "agenda").sum().alias("a"))
             .sort(["n", "a", "topic_id"], descending=[True, True, False])["topic_id"].to_list())
    cells = {(r["visit_id"], r["topic_id"]): r for r in visit_topics.to_dicts()}
    head = "".join(
        f'<th scope="col"><a href="#{_anchor("visit", v["visit_id"])}">{esc(format_when(v))}</a>'
        f'<br><span class="muted">{_text(v.get("city") or "")}</span></th>' for v in cols)
    rows = []
    for topic_id in order:
        info = labels.get(topic_id, {})
        label = (f'{esc(info.get("label_en") or topic_id)}'
                 + (f'<br>{_text(info.get("label_ar"))}' if info.get("label_ar") else "")
                 + f'<br><code class="muted">{esc(topic_id)}</code>')
        tds = []
        for v in cols:
            c = cells.get((v["visit_id"], topic_id))
            if c is None:
                tds.append('<td class="cell"></td>')
                continue
            agenda = c["role"] == "agenda"
            tip = esc(f"{c['role']}: {c['n_articles']} article(s); score {c['score']}")
            tds.append(f'<td class="cell {"agenda" if agenda else "context"}" title="{tip}">'
                       f'{"● agenda" if agenda else "○ context"}</td>')
        rows.append(f'<tr data-topic-id="{esc(topic_id)}"><th scope="row">{label}</th>{"".join(tds)}</tr>')
    return ('<p class="muted">● agenda: said to be discussed at the meeting; ○ context: background in the '
            'reporting articles.</p><table class="matrix"><thead><tr><th>topic</th>' + head
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def _where(article_id, start, end) -> str:
    offsets = f" [{start}–{end})" if start is not None and end is not None else ""
    return (f'<span class="where"><a href="#{_anchor("article", article_id)}">article {esc(article_id)}</a>'
            f'{esc(offsets)}</span>')


def _visit_section(v: dict, t: dict[str, pl.DataFrame], topic_labels: dict[str, str]) -> str:
    vid = v["visit_id"]
    reported = _is_reported(v)
    facts = [
        ("when", esc(format_when(v)) + (f' <span class="muted">({esc(v["date_precision"])})</span>'
                                        if v.get("date_precision") else "")),
        ("visitor", _text(v["visitor"])), ("host", _text(v["host"])),
        ("where", _text(", ".join(x for x in (v.get("city"), v.get("country")) if x) or "unknown")),
        ("type", esc(v.get("visit_type") or "unknown")),
        ("announced", esc({True: "yes", False: "no (unannounced)"}.get(v.get("announced"), "unknown"))),
        ("articles", esc(f"{v.get('n_articles') or 0} reporting, {v.get('n_sources') or 0} source(s), "
                         f"{v.get('n_references') or 0} referencing")),
        ("reported", esc(" → ".join(str(d) for d in dict.fromkeys((v.get("first_reported"), v.get("last_reported")))
                                    if d) or "—")),
        ("topics", ", ".join(
            f'<span class="{"agenda" if tid in (v.get("agenda_topics") or []) else "context"}">'
            f'{esc(topic_labels.get(tid, tid))}</span>' for tid in (v.get("topics") or [])) or "—"),
        ("visit id", f"<code>{esc(vid)}</code>"),
    ]
    out = [f'<section class="visit {"reported" if reported else "referenced"}" id="{_anchor("visit", vid)}">',
           f'<h3>{esc(format_when(v))}: {_text(v["visitor"])} → {_text(v["host"])}'
           f'{", " + _text(v["city"]) if v.get("city") else ""}'
           + ("" if reported else ' <span class="badge">referenced only</span>') + "</h3>",
           '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in facts) + "</dl>"]
    if v.get("conflicts"):
        out.append('<h4>Where the articles disagree</h4><ul class="conflicts">'
                   + "".join(f"<li>{_text(c)}</li>" for c in v["conflicts"]) + "</ul>")
    out.append('<h4>Participants</h4><ul class="participants">'
               + "".join(f"<li>{_text(p)}</li>" for p in (v.get("participants") or [])) + "</ul>")
    quotes = _key_quotes(t["quotes"], v.get("article_ids") or [], v.get("participants") or [])
    if quotes:
        out.append('<h4>Key quotes</h4><ul class="quotes">' + "".join(
            f'<li><strong>{_text(q["speaker"])}</strong>: '
            f'{_text(q["quote"], tag="blockquote")}'
            f'{_where(q["article_id"], q["start"], q["end"])}</li>' for q in quotes) + "</ul>")
    evidence = _evidence(t["visit_mentions"], t["article_topics"], vid, v.get("article_ids") or [])
    if evidence:
        out.append('<h4>Evidence</h4><ul class="evidence">' + "".join(
            f'<li id="{_anchor("ev", vid)}-{i}"><span class="badge">{esc(e["what"])}</span> '
            f'{_text(e["text"], tag="p")}{_where(e["article_id"], e["start"], e["end"])}</li>'
            for i, e in enumerate(evidence, 1)) + "</ul>")
    out.append("</section>")
    return "".join(out)


def _articles_section(articles: pl.DataFrame, cited: set[str]) -> str:
    rows = []
    for a in articles.filter(pl.col("article_id").is_in(sorted(cited))).sort("published_date", "article_id",
                                                                           nulls_last=True).to_dicts():
        dup = f' <span class="badge">copy of {esc(a["duplicate_of"])}</span>' if a.get("duplicate_of") else ""
        rows.append(
            f'<li id="{_anchor("article", a["article_id"])}"><code>{esc(a["article_id"])}</code>{dup} '
            f'{esc(a.get("published_date") or "no date")} · {_text(a.get("source") or "source unknown")} · '
            f'<code>{esc(a.get("source_file"))}</code>'
            + (f'<br>{_text(a["title"], tag="span")}' if a.get("title") else "")
            # URLs are shown as text, never followed: an article's url is untrusted input
            + (f'<br><code class="muted">{esc(a["url"])}</code>' if a.get("url") else "")
            + "</li>")
    return '<ul class="articles">' + "".join(rows) + "</ul>"


def render_report(tables: dict[str, pl.DataFrame]) -> str:
    """The whole report as one self-contained HTML page (no network, no script)."""
    t = _tables(tables)
    visits = _visits_in_order(t["visits"])
    topic_labels = {r["topic_id"]: r["label_en"] for r in t["topics"].to_dicts()}
    n_reported = sum(_is_reported(v) for v in visits)
    cited = {a for v in visits for a in (v.get("article_ids") or [])}
    cited |= set(t["visit_mentions"]["article_id"].to_list())
    body = [
        "<header><h1>ziyarat: meetings between heads of state</h1>",
        f'<p class="muted">{len(visits)} known visit(s): {n_reported} reported by articles, '
        f'{len(visits) - n_reported} only referenced; {t["articles"].height} article(s). '
        'Dashed, italic entries are visits that articles mention in passing but no article reports.</p>'
        '<nav><a href="#timeline">timeline</a> · <a href="#matrix">topics × visits</a> · '
        '<a href="#visits">visits</a> · <a href="#articles">articles</a></nav></header>',
        '<section id="timeline"><h2>Timeline</h2>', _timeline_svg(visits), _timeline_list(visits), "</section>",
        '<section id="matrix"><h2>Topics × visits</h2>', _matrix(visits, t["visit_topics"], t["topics"]), "</section>",
        '<section id="visits"><h2>Visits</h2>',
        "".join(_visit_section(v, t, topic_labels) for v in visits), "</section>",
        '<section id="articles"><h2>Articles</h2>', _articles_section(t["articles"], cited), "</section>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        # no script may run and nothing may be fetched, whatever the articles contain
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>ziyarat report</title><style>" + CSS + "</style></head><body>"
        + "".join(body) + "</body></html>\n"
    )


# ---------------------------------------------------------------- Prefect artifacts
def _snippet(text: str | None) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= SUMMARY_SNIPPET else text[:SUMMARY_SNIPPET].rstrip() + "…"


def render_markdown_summary(tables: dict[str, pl.DataFrame]) -> str:
    """A short Markdown summary for the Prefect UI: the visits table, then per
    visit its first evidence sentences and a key quote (all untrusted text escaped)."""
    t = _tables(tables)
    visits = _visits_in_order(t["visits"])
    topic_labels = {r["topic_id"]: r["label_en"] for r in t["topics"].to_dicts()}
    n_reported = sum(_is_reported(v) for v in visits)
    md = lambda s: escape_markdown(s, cell=True)  # noqa: E731
    lines = [
        "# ziyarat: visits",
        "",
        f"**{len(visits)}** known visits ({n_reported} reported, {len(visits) - n_reported} only referenced) "
        f"from **{t['articles'].height}** articles.",
        "",
        "| when | visitor | host | city | type | articles | topics | conflicts |",
        "|---|---|---|---|---|---:|---|---:|",
    ]
    for v in visits:
        topics = ", ".join(topic_labels.get(x, x) for x in (v.get("agenda_topics") or v.get("topics") or []))
        lines.append("| " + " | ".join([
            md(format_when(v)), md(v["visitor"]), md(v["host"]), md(v.get("city") or ""),
            md(v.get("visit_type") or ""), str(v.get("n_articles") or 0) if _is_reported(v) else "0 (referenced)",
            md(topics), str(len(v.get("conflicts") or [])),
        ]) + " |")
    details = []
    for v in visits:
        if not _is_reported(v):
            continue
        ev = _evidence(t["visit_mentions"], t["article_topics"], v["visit_id"], v.get("article_ids") or [])
        qs = _key_quotes(t["quotes"], v.get("article_ids") or [], v.get("participants") or [])
        details += ["", f"## {escape_markdown(format_when(v))}: {escape_markdown(_visit_title(v))}", ""]
        if v.get("conflicts"):
            details.append("- disagreements: " + "; ".join(escape_markdown(c) for c in v["conflicts"]))
        for e in [e for e in ev if e["kind"] == "reported"][:SUMMARY_EVIDENCE]:
            details.append(f"- evidence (article {escape_markdown(e['article_id'])}): "
                           f"{escape_markdown(_snippet(e['text']))}")
        if qs:
            details.append(f"- {escape_markdown(qs[0]['speaker'])}: «{escape_markdown(_snippet(qs[0]['quote']))}»")
    return "\n".join(lines + details) + "\n"


def visits_artifact_rows(tables: dict[str, pl.DataFrame]) -> list[dict]:
    """One plain row per visit (strings and numbers) for a Prefect table artifact."""
    t = _tables(tables)
    return [
        {
            "when": format_when(v),
            "visitor": v["visitor"], "host": v["host"], "city": v.get("city") or "",
            "visit_type": v.get("visit_type") or "",
            "n_articles": int(v.get("n_articles") or 0), "n_sources": int(v.get("n_sources") or 0),
            "n_references": int(v.get("n_references") or 0),
            "status": "reported" if _is_reported(v) else "referenced only",
            "topics": ", ".join(v.get("topics") or []),
            "n_conflicts": len(v.get("conflicts") or []),
            "visit_id": v["visit_id"],
        }
        for v in _visits_in_order(t["visits"])
    ]


@dataclass(frozen=True)
class Rendered:
    """Everything publish_report shows, rendered (pure work the flow can do while
    the tables are being written)."""

    html: str
    markdown: str
    rows: list[dict]


def render_all(tables: dict[str, pl.DataFrame]) -> Rendered:
    """The report page, the markdown summary and the visits artifact rows."""
    return Rendered(render_report(tables), render_markdown_summary(tables), visits_artifact_rows(tables))


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
