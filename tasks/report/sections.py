"""The report's parts below the visits table: visits per year, one section per leader,
topics x leaders, per-visit details (collapsed) and the cited articles. Each part
grows with the number of leaders or visits, never with their product."""
from __future__ import annotations

from collections import defaultdict

from tasks.report.model import ReportData, evidence, key_quotes, leaders
from tasks.report.text import anchor, bidi, code, esc, format_when, is_reported, plural, visit_heading, visit_label

MAX_TOPIC_COLUMNS = 12   # leaders shown as columns of the topics matrix (the most visited)
MAX_COUNTERPARTS = 8     # counterparts named per leader


def years_svg(visits: list[dict]) -> str:
    """Bars per year: reported visits, and beside them the referenced ones, over the
    years of the reported visits (a passing mention of a 1950s visit does not stretch it)."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for v in visits:
        if v.get("start_date"):
            counts[v["start_date"].year][0 if is_reported(v) else 1] += 1
    if not counts:
        return '<p class="muted">No visit has a date.</p>'
    span = [y for y, c in counts.items() if c[0]] or list(counts)
    years = list(range(min(span), max(span) + 1))
    outside = sum(c[1] for y, c in counts.items() if y not in years)
    top = max(max(c) for c in counts.values())
    slot, height, base = min(60, 1000 / len(years)), 120, 100
    width = slot * len(years) + 20
    parts = [f'<svg class="years" viewBox="0 0 {width:.0f} {height}" width="{width:.0f}" height="{height}" '
             f'role="img" aria-label="visits per year" '
             'xmlns="http://www.w3.org/2000/svg">']
    for i, year in enumerate(years):
        x = 10 + i * slot
        for j, kind in enumerate(("reported", "referenced")):
            n = counts[year][j] if year in counts else 0
            h = 80 * n / top
            parts.append(f'<rect class="{kind}" x="{x + slot * (.15 + .35 * j):.1f}" y="{base - h:.1f}" '
                         f'width="{slot * .33:.1f}" height="{h:.1f}"><title>{year}: {n} {kind}</title></rect>')
        if len(years) <= 30 or year % 5 == 0:
            parts.append(f'<text x="{x + slot / 2:.1f}" y="{base + 15}" text-anchor="middle">{year}</text>')
    note = ('<p class="muted">Blue: reported visits; grey: referenced only'
            + (f"; {plural(outside, 'referenced visit')} outside {years[0]}–{years[-1]} not drawn" if outside else "")
            + ".</p>")
    return "".join(parts) + "</svg>" + note


def _visit_link(v: dict) -> str:
    return f'<a href="#{anchor("visit", v["visit_id"])}">{bidi(visit_label(v))}</a>'


def _leader(s: dict, data: ReportData) -> str:
    years = sorted(s["years"])
    span = f"; {years[0]}–{years[-1]}" if len(years) > 1 else (f"; {years[0]}" if years else "")
    counterparts = sorted(s["counterparts"].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_COUNTERPARTS]
    topics = sorted(s["topics"].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_COUNTERPARTS]
    visits = "".join(f"<li>{_visit_link(v)}</li>" for v in s["visits"])
    return (
        f'<section class="leader" id="{anchor("leader", s["name"])}"><h3>{bidi(s["name"])}</h3>'
        f'<p>{plural(s["visitor"] + s["host"], "reported visit")} ({s["visitor"]} as visitor, {s["host"]} as host), '
        f'{s["referenced"]} referenced only{esc(span)}. '
        f'<a href="#visits" data-leader="{esc(s["name"])}">show in the table</a></p>'
        + ('<p class="muted">met: ' + ", ".join(f"{bidi(n)} ({c})" for n, c in counterparts) + "</p>"
           if counterparts else "")
        + ('<p class="muted">agenda: ' + ", ".join(f"{esc(data.topic_label(t))} ({c})" for t, c in topics) + "</p>"
           if topics else "")
        + (f"<details><summary>{plural(len(s['visits']), 'reported visit')}</summary>"
           f'<ul class="compact">{visits}</ul></details>' if s["visits"] else "")
        + "</section>"
    )


def leaders_section(data: ReportData) -> str:
    """One section per leader, most reported visits first."""
    rows = leaders(data.visits)
    if not rows:
        return '<p class="muted">No visits.</p>'
    index = " · ".join(f'<a href="#{anchor("leader", s["name"])}">{bidi(s["name"])}</a>' for s in rows)
    return f'<p class="muted">{index}</p>' + "".join(_leader(s, data) for s in rows)


def topics_matrix(data: ReportData) -> str:
    """Topics x the most visited leaders: reported visits with the topic on the agenda (●)
    or in the background (○)."""
    cols = [s["name"] for s in leaders(data.visits) if s["visits"]][:MAX_TOPIC_COLUMNS]
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    totals: dict[str, int] = defaultdict(int)
    for v in data.visits:
        if not is_reported(v):
            continue
        agenda = set(v.get("agenda_topics") or [])
        for t in v.get("topics") or []:
            totals[t] += 1
            for name in {v["visitor"], v["host"]} & set(cols):
                cells[(t, name)][0 if t in agenda else 1] += 1
    if not totals:
        return '<p class="muted">No topics were found for the reported visits.</p>'
    head = "".join(f'<th scope="col"><a href="#{anchor("leader", c)}">{bidi(c)}</a></th>' for c in cols)
    rows = []
    for t in sorted(totals, key=lambda t: (-totals[t], t)):
        info = data.topic_labels.get(t) or {}
        tds = "".join(
            f'<td class="n">{f"{a} ●" if a else ""}{" " if a and c else ""}{f"{c} ○" if c else ""}</td>'
            for a, c in (cells.get((t, name), (0, 0)) for name in cols))
        rows.append(f'<tr data-topic-id="{esc(t)}"><th scope="row">{esc(info.get("label_en") or t)}'
                    + (f' {bidi(info["label_ar"])}' if info.get("label_ar") else "")
                    + f'</th><td class="n">{totals[t]}</td>{tds}</tr>')
    return ('<p class="muted">Reported visits per topic; per leader, ● agenda (said to be discussed at the '
            'meeting) and ○ context (background in the reporting articles).</p><div class="table-wrap">'
            '<table class="matrix"><thead><tr><th scope="col">topic</th><th scope="col">visits</th>' + head
            + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")


def _where(article_id, start, end) -> str:
    offsets = f" [{start}–{end})" if start is not None and end is not None else ""
    return (f'<span class="where"><a href="#{anchor("article", article_id)}">article {bidi(article_id)}</a>'
            f'{esc(offsets)}</span>')


def _facts(v: dict, data: ReportData) -> str:
    agenda = set(v.get("agenda_topics") or [])
    facts = [
        ("when", esc(format_when(v)) + (f' <span class="muted">({esc(v["date_precision"])})</span>'
                                        if v.get("date_precision") else "")),
        ("visitor", bidi(v["visitor"])), ("host", bidi(v["host"])),
        ("where", ", ".join(bidi(x) for x in (v.get("city"), v.get("country")) if x) or "unknown"),
        ("type", esc(v.get("visit_type") or "unknown")),
        ("announced", esc({True: "yes", False: "no (unannounced)"}.get(v.get("announced"), "unknown"))),
        ("articles", esc(f"{v.get('n_articles') or 0} reporting, {v.get('n_sources') or 0} source(s), "
                         f"{v.get('n_references') or 0} referencing")),
        ("reported", esc(" → ".join(str(d) for d in dict.fromkeys((v.get("first_reported"), v.get("last_reported")))
                                    if d) or "—")),
        ("topics", ", ".join(f'<span class="topic {"agenda" if t in agenda else "context"}">'
                             f'{esc(data.topic_label(t))}</span>' for t in (v.get("topics") or [])) or "—"),
        ("visit id", f"<code>{esc(v['visit_id'])}</code>"),
    ]
    return '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in facts) + "</dl>"


def _evidence_item(vid: str, i: int, e: dict) -> str:
    """One evidence sentence: what it shows (with the date words it read), the sentence, where it is."""
    when = f' ({bidi(e["date_evidence"])})' if e["date_evidence"] else ""
    return (f'<li id="{anchor("ev", vid)}-{i}"><span class="badge">{esc(e["what"])}{when}</span> '
            f'{bidi(e["text"], tag="p")}{_where(e["article_id"], e["start"], e["end"])}</li>')


def _visit(v: dict, data: ReportData) -> str:
    vid = v["visit_id"]
    kind = "reported" if is_reported(v) else "referenced"
    out = [f'<details class="visit {kind}" id="{anchor("visit", vid)}"><summary>{visit_heading(v)}'
           + ("" if kind == "reported" else ' <span class="badge">referenced only</span>') + "</summary>",
           _facts(v, data)]
    if v.get("conflicts"):
        out.append('<h4>Where the articles disagree</h4><ul class="conflicts">'
                   + "".join(f"<li>{bidi(c)}</li>" for c in v["conflicts"]) + "</ul>")
    if v.get("participants"):
        out.append('<h4>Participants</h4><ul class="participants">'
                   + "".join(f"<li>{bidi(p)}</li>" for p in v["participants"]) + "</ul>")
    quotes = key_quotes(data, v)
    if quotes:
        out.append('<h4>Key quotes</h4><ul class="quotes">' + "".join(
            f'<li><strong>{bidi(q["speaker"])}</strong>: {bidi(q["quote"], tag="blockquote")}'
            f'{_where(q["article_id"], q["start"], q["end"])}</li>' for q in quotes) + "</ul>")
    ev = evidence(data, v)
    if ev:
        out.append('<h4>Evidence</h4><ul class="evidence">'
                   + "".join(_evidence_item(vid, i, e) for i, e in enumerate(ev, 1)) + "</ul>")
    return "".join(out) + "</details>"


def visit_details(data: ReportData) -> str:
    """Every visit's facts, participants, quotes and evidence, collapsed until opened
    (a link to #visit-ID opens it)."""
    return "".join(_visit(v, data) for v in data.visits)


def articles_section(data: ReportData) -> str:
    """The articles the visits cite: date, source, file, title and URL (shown as text, never followed)."""
    cited = data.articles.sort("published_date", "article_id", nulls_last=True).select(
        "article_id", "duplicate_of", "published_date", "source", "source_file", "title", "url").to_dicts()
    rows = []
    for a in cited:
        dup = f' <span class="badge">copy of {bidi(a["duplicate_of"])}</span>' if a.get("duplicate_of") else ""
        rows.append(
            f'<li id="{anchor("article", a["article_id"])}"><code>{bidi(a["article_id"])}</code>{dup} '
            f'{esc(a.get("published_date") or "no date")} · {bidi(a.get("source") or "source unknown")} · '
            f'{code(a.get("source_file"))}'
            + (f'<br>{bidi(a["title"])}' if a.get("title") else "")
            + (f'<br><span class="muted">{code(a["url"])}</span>' if a.get("url") else "")
            + "</li>")
    return (f'<details id="articles-list"><summary>{plural(len(rows), "cited article")}</summary>'
            f'<ul class="articles">{"".join(rows)}</ul></details>')
