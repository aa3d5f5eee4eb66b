"""The terminal layout of ``ziyarat explain`` (rich): the article, its people, places
and dates, each sentence with a visit word and what became of every trigger, then
its rows. Every value is shown as text, never as rich markup (an article may hold
"[bold]")."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text


def render_explanation(result: dict, console: Console) -> None:
    """Print the dict :func:`tasks.extract.explain.explain` returns."""
    a = result["article"]
    console.print(Text.assemble(("article ", "bold"), str(a["article_id"]), "  ",
                                *(f"{k}: {a[k]}  " for k in ("source_file", "url", "published_date") if a[k])))
    if a.get("duplicate_of"):
        console.print(Text(f"a duplicate of {a['duplicate_of']}", style="dim"))
    for title in ("people", "places"):
        _entities(console, title, result[title])
    _dates(console, result["dates"])
    if not result["sentences"]:
        console.print(Text("no sentence with a visit word", style="yellow"))
    for s in result["sentences"]:
        _sentence(console, s)
    _rows(console, result["rows"], result["rows_match_rerun"])


def _entities(console: Console, title: str, found: list[dict]) -> None:
    """One line per entity: its spellings, how often and where first (the JSON lists every mention)."""
    by_name: dict[str, list[dict]] = {}
    for m in found:
        by_name.setdefault(str(m["name"]), []).append(m)
    table = Table(title=f"{title} ({len(found)} mentions)", title_justify="left", show_edge=False)
    for col in ("name", "as written", "country", "leader", "mentions", "first at"):
        table.add_column(col)
    for name, ms in by_name.items():
        table.add_row(Text(name), Text(" / ".join(dict.fromkeys(m["surface"] for m in ms))),
                      Text(ms[0]["country"] or ""), "yes" if ms[0]["leader"] else "", str(len(ms)),
                      f"{ms[0]['start']}-{ms[0]['end']}")
    console.print(table)


def _dates(console: Console, found: list[dict]) -> None:
    table = Table(title=f"dates ({len(found)})", title_justify="left", show_edge=False)
    for col in ("as written", "date", "precision", "kind", "at"):
        table.add_column(col)
    for d in found:
        table.add_row(Text(d["surface"]), str(d["date"]), d["precision"], d["kind"], f"{d['start']}-{d['end']}")
    console.print(table)


def _sentence(console: Console, s: dict) -> None:
    console.print()
    console.print(Text(f"sentence {s['index']} ({s['start']}-{s['end']})", style="bold"))
    console.print(Text(s["text"]))
    for t in s["triggers"]:
        head = Text.assemble(("  ✓ " if t["accepted"] else "  ✗ ", "green" if t["accepted"] else "red"),
                             (t["trigger"], "bold"), f" ({t['group']}, {t['start']}-{t['end']}): ")
        if not t["accepted"]:
            console.print(Text.assemble(head, f"{t['reason']}: {t['because']}"))
            continue
        row = "no row" if t["row"] is None else f"row {t['row']}"
        console.print(Text.assemble(head, f"{t['kind']} {t['visitor']} -> {t['host']}",
                                    f", {t['city']}" if t["city"] else "", f", {t['date']}" if t["date"] else "",
                                    f"; {t['why_kind']}; {row}: {t['outcome']}"))


def _rows(console: Console, rows: list[dict], match: bool) -> None:
    console.print()
    table = Table(title=f"visit_mentions rows ({len(rows)})", title_justify="left", show_edge=False)
    cols = ("row", "kind", "visitor", "host", "city", "date", "trigger", "evidence", "visit_id", "corroborated_by")
    for col in cols:
        table.add_column(col, overflow="fold")
    for n, r in enumerate(rows):
        table.add_row(str(n), *(Text("" if r.get(c) is None else str(r[c])) for c in cols[1:7]),
                      f"{r['evidence_start']}-{r['evidence_end']}", Text(str(r.get("visit_id") or "")),
                      Text(str(r.get("corroborated_by") or "")))
    console.print(table)
    if not match:
        console.print(Text("the stored rows differ from a re-run of the rules: the code changed since the "
                           "last run (`ziyarat run` again to update them)", style="yellow"))
