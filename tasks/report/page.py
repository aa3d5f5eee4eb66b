"""The report page: one self-contained HTML file. The visits table is rendered once
(reported visits shown, referenced ones behind a toggle that works without script);
the page's own inline script, the only one its Content-Security-Policy allows (by
hash), filters that table by leader, country, year, topic and free text, and the
map with it."""
from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from importlib import resources

import tasks.report.mapsvg as mapsvg
import tasks.report.sections as sections
from tasks.report.model import ReportData, facet_counts, place_key, report_data, year_of
from tasks.report.text import anchor, bidi, esc, format_when, is_reported, plural


@cache
def template(name: str) -> str:
    """A file of ziyarat/templates (the page's CSS and script), read once."""
    return (resources.files("ziyarat") / "templates" / name).read_text(encoding="utf-8")


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(script: str, style: str) -> str:
    """Nothing may be fetched; only the page's own script and style (by hash) may apply."""
    return (f"default-src 'none'; script-src {csp_hash(script)}; style-src {csp_hash(style)}; img-src data:; "
            "base-uri 'none'; form-action 'none'")


def _options(name: str, label: str, values: list[tuple[str, str, int]]) -> str:
    """A filter drop-down: (value, shown text, count) per option, "all" first."""
    opts = "".join(f'<option value="{esc(v)}">{esc(text)} ({n})</option>' for v, text, n in values)
    return (f'<label>{esc(label)}<select name="{name}"><option value="">all</option>{opts}</select></label>')


def filters(data: ReportData) -> str:
    """The filter bar: leader, country, year, topic, search, the referenced-visits toggle."""
    v = data.visits
    leaders = facet_counts(v, lambda r: (r["visitor"], r["host"]))
    countries = facet_counts(v, lambda r: (r.get("country"),))
    by_year = dict(facet_counts(v, lambda r: (year_of(r),)))
    years = sorted(((y, n) for y, n in by_year.items() if y != "undated"), reverse=True) \
        + [("undated", n) for y, n in by_year.items() if y == "undated"]
    topics = facet_counts(v, lambda r: r.get("topics") or [])
    return (
        '<div class="controls">'
        + _options("leader", "leader", [(x, x, n) for x, n in sorted(leaders)])
        + _options("country", "country (where)", [(x, x, n) for x, n in sorted(countries)])
        + _options("year", "year", [(x, x, n) for x, n in years])
        + _options("topic", "topic", sorted(((x, data.topic_label(x), n) for x, n in topics), key=lambda t: t[1]))
        + '<label>search<input type="search" name="q" placeholder="name, city, topic…" autocomplete="off"></label>'
        + '<label class="toggle" for="show-referenced">include referenced-only visits</label>'
        + '<button type="reset">clear</button>'
        + f'<p class="muted">showing <span id="shown">{data.n_reported}</span> of {len(v)} visits</p></div>'
    )


def _row(v: dict, data: ReportData) -> str:
    """One table row; its data- attributes are what the script filters on."""
    reported = is_reported(v)
    vid = v["visit_id"]
    kind = "reported" if reported else "referenced"
    when = (f'<a href="#{anchor("visit", vid)}">{esc(format_when(v))}</a>' if v.get("start_date")
            else f'<a href="#{anchor("visit", vid)}" class="undated">undated</a>')
    where = ", ".join(bidi(x) for x in (v.get("city"), v.get("country")) if x) or '<span class="muted">—</span>'
    agenda = set(v.get("agenda_topics") or [])
    topics = " · ".join(f'<span class="topic {"agenda" if t in agenda else "context"}">'
                        f'{esc(data.topic_label(t))}</span>' for t in (v.get("topics") or []))
    n_conf = len(v.get("conflicts") or [])
    count = (str(v.get("n_articles") or 0) if reported
             else f'<span class="badge" title="referenced only, by {plural(v.get("n_references") or 0, "mention")}">'
                  f'{v.get("n_references") or 0} ref.</span>')
    attrs = {"id": anchor("row", vid), "class": kind, "data-status": kind,
             "data-leaders": json.dumps([v["visitor"], v["host"]], ensure_ascii=False),
             "data-country": v.get("country") or "", "data-year": year_of(v),
             "data-topics": json.dumps(v.get("topics") or [], ensure_ascii=False), "data-place": place_key(v)}
    return ("<tr " + " ".join(f'{k}="{esc(x)}"' for k, x in attrs.items()) + ">"
            f'<td class="when">{when}</td><td>{bidi(v["visitor"])}</td><td>{bidi(v["host"])}</td>'
            f'<td>{where}</td><td>{esc(v.get("visit_type") or "")}</td><td class="n">{count}</td>'
            f'<td>{topics}'
            + (f' <span class="badge conflict">{plural(n_conf, "conflict")}</span>' if n_conf else "")
            + "</td></tr>")


def visits_table(data: ReportData) -> str:
    """The filter form around the one table of every visit (newest first, undated last)."""
    return (
        '<form id="filters" role="search" autocomplete="off">'
        '<input type="checkbox" id="show-referenced" name="referenced" class="visually-hidden">'
        + filters(data)
        + '<div class="table-wrap"><table id="visits-table" class="visits">'
        '<colgroup><col class="when"><col class="who"><col class="who"><col class="where"><col class="type">'
        '<col class="n"><col></colgroup><thead><tr><th scope="col">when</th>'
        '<th scope="col">visitor</th><th scope="col">host</th><th scope="col">where</th><th scope="col">type</th>'
        '<th scope="col">articles</th><th scope="col">topics (agenda in bold)</th></tr></thead><tbody>'
        + "".join(_row(v, data) for v in data.visits)
        + "</tbody></table></div></form>"
    )


def _header(data: ReportData) -> str:
    n, n_rep = len(data.visits), data.n_reported
    return (
        "<header><h1>ziyarat: meetings between heads of state</h1>"
        f'<p class="muted">{plural(n, "known visit")}: {n_rep} reported by articles, {n - n_rep} only referenced '
        f'(an earlier or planned visit an article mentions in passing); {plural(data.n_articles, "article")}. '
        "The table shows reported visits; tick “include referenced-only visits” for the others.</p>"
        '<nav><a href="#visits">visits</a> · <a href="#map">map</a> · <a href="#years">years</a> · '
        '<a href="#leaders">leaders</a> · <a href="#topics">topics</a> · <a href="#details">visit details</a> · '
        '<a href="#articles">articles</a></nav></header>'
    )


def render_report(tables: dict, data: ReportData | None = None) -> str:
    """The whole report as one self-contained HTML page (no network; only its own
    script); `data`: the tables grouped already (report_data)."""
    data = data or report_data(tables)
    css, script = template("report.css"), template("report.js")
    body = [
        _header(data),
        '<section id="visits"><h2>Visits</h2>', visits_table(data), "</section>",
        '<section id="map"><h2>Where</h2>', mapsvg.map_svg(data.visits),
        f'<p class="muted">{esc(mapsvg.unplaced_note(data.visits))}</p></section>',
        '<section id="years"><h2>Visits per year</h2>', sections.years_svg(data.visits), "</section>",
        '<section id="leaders"><h2>Leaders</h2>', sections.leaders_section(data), "</section>",
        '<section id="topics"><h2>Topics × leaders</h2>', sections.topics_matrix(data), "</section>",
        '<section id="details"><h2>Visit details</h2>', sections.visit_details(data), "</section>",
        '<section id="articles"><h2>Articles</h2>', sections.articles_section(data), "</section>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy(script, css))}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>ziyarat report</title><style>{css}</style></head><body>"
        + "".join(body) + f"<script>{script}</script></body></html>\n"
    )
