"""Score the pipeline's reported visits against gold written in the shared GUIDE format
(../shared/gold/GUIDE.md), with the definitions of ../shared/gold/score.py, and say why
each error happened.

A gold set is GUIDE entries keyed by (collection, id) plus the records they annotate
(id, collection, outlet, url, date, title, text). The shared dev gold comes with its
records (``dev.yaml`` + ``dev_articles.jsonl``); the project's own gold (eval/gold/*.yaml:
seed files by name, SaudiNewsNet records by zip + index) is converted on load
(:func:`own_gold_set`). Running is kept apart from scoring: :func:`run_flow` writes the
records as one JSONL input (published_at = the record's date, exactly as score.py does) and
runs the real flow; :func:`score_gold` is a pure function of the records, the gold and the
``articles`` / ``visit_mentions`` / ``mentions`` frames.

Definitions (score.py's): per article, gold visits are matched in order to the first
unused reported mention whose visitor contains a ``visitor_key`` alternative and whose
host contains a ``host_key`` one (any host when the gold has no host key); the same pair
the other way round counts as found and as a direction error. Unmatched mentions are
neutral in summit articles and when a side matches an ``other_meetings`` visitor key,
else spurious. City is scored on found pairs with a ``city_key``; a date counts as given
only at day precision; negatives clean = negative/reference_only articles without a
spurious mention. One extension the dev gold never uses: a gold ``date_also_ok`` list
(the project's seeds) is accepted for date exact.

Every error also gets a cause (:data:`CAUSES`), derived from the tables, so the next fix
is chosen by counts.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import polars as pl

from ziyarat.gold import GoldSet

INPUT_NAME = "articles.jsonl"

# Why an error happened, in the order the table prints them.
CAUSES = {
    "unknown_person": "a gold leader the lexicon does not know (no mention in the article)",
    "title_not_resolved": "a known leader never resolved in the article (named by a title or an unlisted spelling)",
    "meeting_not_detected": "both leaders resolved, no reported meeting between them",
    "judged_not_held": "the pair was extracted, but as referenced (not held)",
    "direction": "pair found the other way round (visitor/host swapped)",
    "place": "pair found, city wrong or missing",
    "date": "pair found, day missing or wrong",
    "planned_reported": "a planned/invited visit of the gold's `referenced` (planned: true) reported as held",
    "earlier_reported": "an earlier visit of the gold's `referenced` reported as this article's",
    "negative_cue": "spurious visit in a negative/reference-only article, matching nothing in its gold",
    "summit": "missed bilateral meeting in a summit article",
    "duplicate": "the same pair reported twice in one article, or in a near-copy article",
    "wrong_person": "spurious pair with one side not in any gold visit of the article (minister, wrong holder ...)",
    "other": "anything else",
}


def has(val: Any, keys: str | None) -> bool:
    """score.py's key test: a lowercase '|'-alternative is a substring of the value."""
    v = (val or "").lower()
    return any(k.strip() and k.strip() in v for k in (keys or "").split("|"))


def write_input(records: list[dict], inp: Path) -> Path:
    """The records as one JSONL input, line i = records[i], as score.py writes it."""
    inp.mkdir(parents=True, exist_ok=True)
    path = inp / INPUT_NAME
    with open(path, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"title": r.get("title"), "content": r["text"],
                                 "url": r.get("url") or f"urn:{r['collection']}:{r['id']}",
                                 "source": r.get("outlet"), "published_at": r.get("date") or None},
                                ensure_ascii=False) + "\n")
    return path


TABLES = ("articles", "visit_mentions", "mentions", "article_topics", "quotes")


def read_tables(data_dir: Path) -> dict[str, pl.DataFrame]:
    """The tables the scorer reads, through the stable reader (ziyarat query)."""
    from ziyarat.query import run as query

    return {t: query(Path(data_dir), f"select * from {t}") for t in TABLES}


def run_flow(records: list[dict], work: Path) -> tuple[dict[str, pl.DataFrame], float]:
    """Run the real flow on the records (work/in -> work/out); the tables and the seconds."""
    from flows.launch import run_pipeline
    from ziyarat.settings import Settings

    inp, out = Path(work) / "in", Path(work) / "out"
    write_input(records, inp)
    t0 = time.time()
    run_pipeline(Settings(input_dir=inp, data_dir=out))
    return read_tables(out), time.time() - t0


# --------------------------------------------------------------------------- scoring

def line_of(articles: pl.DataFrame) -> dict[str, int]:
    """article_id -> the input line it came from (articles.source_file is '<file>#<line>')."""
    return {a["article_id"]: int(a["source_file"].rsplit("#", 1)[1])
            for a in articles.select("article_id", "source_file").to_dicts()
            if a["source_file"] and "#" in a["source_file"]}


def rows_by_line(df: pl.DataFrame, lines: dict[str, int]) -> dict[int, list[dict]]:
    """A table's rows grouped by the input line of their article."""
    out: dict[int, list[dict]] = {}
    for r in df.to_dicts():
        if r["article_id"] in lines:
            out.setdefault(lines[r["article_id"]], []).append(r)
    return out


def _known_names() -> list[str]:
    from ziyarat.lexicon import get_lexicon

    return [p.name_en for p in get_lexicon().people.values()]


def _miss_cause(gv: dict, kind: str | None, people: list[dict], referenced: list[dict],
                known: Iterable[str]) -> str:
    """Why a gold visit was not found, from the article's person mentions and referenced rows
    (a summit article's miss is `summit` only when both leaders were resolved and no
    referenced row holds the pair)."""
    for key in (gv.get("visitor_key"), gv.get("host_key")):
        if key and not any(has(p.get("name_en"), key) for p in people):
            return "title_not_resolved" if any(has(n, key) for n in known) else "unknown_person"
    vk, hk = gv.get("visitor_key"), gv.get("host_key")
    for m in referenced:
        if (has(m["visitor"], vk) and (not hk or has(m["host"], hk))) or (hk and has(m["visitor"], hk) and has(m["host"], vk)):
            return "judged_not_held"
    return "summit" if kind == "summit" else "meeting_not_detected"


def _pair_in(m: dict, gv: dict) -> bool:
    vk, hk = gv.get("visitor_key"), gv.get("host_key")
    fwd = has(m["visitor"], vk) and (has(m["host"], hk) if hk else True)
    rev = bool(hk) and has(m["visitor"], hk) and has(m["host"], vk)
    return fwd or rev


def _spurious_cause(m: dict, g: dict, matched: list[dict], duplicate_article: bool) -> str:
    """Why a reported mention matched no gold visit."""
    pair = {m["visitor"], m["host"]}
    if any({x["visitor"], x["host"]} == pair for x in matched):
        return "duplicate"
    for r in g.get("referenced") or []:
        if _pair_in(m, r):
            return "planned_reported" if r.get("planned") else "earlier_reported"
    if g.get("kind_of_case") in ("negative", "reference_only"):
        return "negative_cue"
    if duplicate_article:
        return "duplicate"
    keys = [k for gv in g.get("visits") or [] for k in (gv.get("visitor_key"), gv.get("host_key")) if k]
    if keys and not (any(has(m["visitor"], k) for k in keys) and any(has(m["host"], k) for k in keys)):
        return "wrong_person"
    return "other"


class _Tally:
    """score.py's counters plus the errors by cause, filled article by article."""

    def __init__(self) -> None:
        self.c: Counter = Counter()
        self.causes: Counter = Counter()
        self.errors: list[dict] = []

    def err(self, article: str, kind: str | None, cause: str, what: str) -> None:
        self.causes[cause] += 1
        self.errors.append({"article": article, "kind": kind, "cause": cause, "what": what})

    def summary(self, n_articles: int) -> dict:
        c = self.c
        P = c["found"] / (c["found"] + c["spurious"]) if c["found"] + c["spurious"] else 0.0
        R = c["found"] / c["gold_pairs"] if c["gold_pairs"] else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        rate = lambda a, b: round(c[a] / c[b], 3) if c[b] else None  # noqa: E731
        return {"articles": n_articles, "gold_pairs": c["gold_pairs"], "found": c["found"],
                "spurious": c["spurious"], "pair_precision": round(P, 3), "pair_recall": round(R, 3),
                "pair_f1": round(F, 3), "direction": rate("direction_ok", "found"), "city": rate("city_ok", "city_n"),
                "date_exact": rate("date_ok", "date_given"), "date_coverage": rate("date_given", "date_n"),
                "visit_type": rate("type_ok", "type_n"), "negatives_clean": rate("neg_clean", "neg_n"),
                "neutral": c["neutral"]}


def _match(sys_ms: list[dict], used: set[int], gv: dict) -> tuple[int, dict, bool] | None:
    """score.py's matching: the first unused mention with the pair either way round."""
    for j, m in enumerate(sys_ms):
        if j in used:
            continue
        fwd = has(m["visitor"], gv.get("visitor_key")) and (has(m["host"], gv.get("host_key")) if gv.get("host_key") else True)
        rev = gv.get("host_key") and has(m["visitor"], gv.get("host_key")) and has(m["host"], gv.get("visitor_key"))
        if fwd or rev:
            return j, m, bool(fwd)
    return None


def _score_found(t: _Tally, err, gv: dict, m: dict, fwd: bool) -> str:
    """Direction, city, date and type of one found pair; its note."""
    c = t.c
    c["found"] += 1
    c["direction_ok"] += fwd
    if not fwd:
        err("direction", f"REVERSED {m['visitor']}->{m['host']}")
    if gv.get("city_key"):
        c["city_n"] += 1
        ok = has(m["city"], gv["city_key"])
        c["city_ok"] += ok
        if not ok:
            err("place", f"city {m['city']} for {gv.get('city') or gv['city_key']}")
    if gv.get("date"):
        c["date_n"] += 1
        good = {str(d)[:10] for d in [gv["date"], *(gv.get("date_also_ok") or [])]}
        if m.get("date") and m.get("date_precision") == "day":
            c["date_given"] += 1
            c["date_ok"] += str(m["date"])[:10] in good
            if str(m["date"])[:10] not in good:
                err("date", f"date {str(m['date'])[:10]} for {gv['date']}")
        else:
            err("date", f"no day for {gv['date']}")
    if gv.get("visit_type"):
        c["type_n"] += 1
        c["type_ok"] += (m.get("visit_type") or "") == gv["visit_type"]
    return ("ok" if fwd else "REVERSED") + f" {m['visitor']}->{m['host']} city={m['city']} date={str(m.get('date'))[:10]}"


def _score_article(t: _Tally, aid: str, g: dict, sys_ms: list[dict], people: list[dict],
                   referenced: list[dict], known: list[str], duplicate: bool) -> str:
    """One article's gold visits against its reported mentions; its notes."""
    kind = g.get("kind_of_case")
    err = lambda cause, what: t.err(aid, kind, cause, what)  # noqa: E731
    used: set[int] = set()
    notes = []
    for gv in g.get("visits") or []:
        t.c["gold_pairs"] += 1
        hit = _match(sys_ms, used, gv)
        if not hit:
            notes.append(f"MISSED {gv.get('visitor')}->{gv.get('host')}")
            err(_miss_cause(gv, kind, people, referenced, known), f"MISSED {gv.get('visitor')}->{gv.get('host')}")
            continue
        used.add(hit[0])
        notes.append(_score_found(t, err, gv, hit[1], hit[2]))
    others = g.get("other_meetings") or []
    matched = [sys_ms[j] for j in sorted(used)]
    for j, m in enumerate(sys_ms):
        if j in used:
            continue
        neutral = any(has(m["visitor"], o.get("visitor_key")) or has(m["host"], o.get("visitor_key")) for o in others)
        if kind == "summit" or neutral:
            t.c["neutral"] += 1
            notes.append(f"(neutral) {m['visitor']}->{m['host']} {m['city']}")
        else:
            t.c["spurious"] += 1
            notes.append(f"SPURIOUS {m['visitor']}->{m['host']} {m['city']}")
            err(_spurious_cause(m, g, matched, duplicate), f"SPURIOUS {m['visitor']}->{m['host']} {m['city']}")
            matched.append(m)
    if kind in ("negative", "reference_only"):
        t.c["neg_n"] += 1
        t.c["neg_clean"] += not any(n.startswith("SPURIOUS") for n in notes)
    return "; ".join(notes) or "clean"


def score_gold(gs: GoldSet, tables: dict[str, pl.DataFrame], known_names: Iterable[str] | None = None) -> dict:
    """Figures with score.py's definitions, the errors by cause, and a line per article.

    Pure: the gold set and the articles / visit_mentions / mentions frames in, a dict out."""
    articles = tables["articles"]
    known = list(_known_names() if known_names is None else known_names)
    lines = line_of(articles)
    vm_all = rows_by_line(tables["visit_mentions"], lines)
    ments = rows_by_line(tables["mentions"], lines) if "mentions" in tables else {}
    dup_lines = {lines[a["article_id"]] for a in articles.to_dicts()
                 if a.get("duplicate_of") and a["article_id"] in lines}
    t = _Tally()
    details = []
    for i, r in enumerate(gs.records):
        g = gs.entries[(r["collection"], str(r["id"]))]
        aid = f"{r['collection']}:{r['id']}"
        ms = vm_all.get(i, [])
        notes = _score_article(t, aid, g, [m for m in ms if m["kind"] == "reported"],
                               [p for p in ments.get(i, []) if p.get("entity_type") == "person"],
                               [m for m in ms if m["kind"] == "referenced"], known, i in dup_lines)
        details.append({"article": aid, "kind": g.get("kind_of_case"), "notes": notes})
    return {"gold": gs.name, "path": gs.path, "summary": t.summary(len(gs.records)),
            "causes": {k: t.causes[k] for k in CAUSES if t.causes[k]}, "errors": t.errors, "details": details}


def _prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    if tp + fp + fn == 0:
        return None, None, None
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


def _fold_quote(text: str) -> str:
    """A quote in the project's folded form, punctuation dropped, for prefix matching."""
    import re

    from ziyarat.arabic import fold

    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def score_extras(gs: GoldSet, tables: dict[str, pl.DataFrame]) -> dict:
    """The project's own gold also annotates topics (with agenda/context roles) and quotes:
    set P/R/F1 over topic ids and over (topic, role) for articles with a `topics` key; a gold
    quote is found when a predicted quote (folded) starts with its prefix, or has it within
    its first 40 characters more; speaker accuracy over found quotes. Empty when the gold has
    neither (the shared dev gold)."""
    lines = line_of(tables["articles"])
    topics = rows_by_line(tables["article_topics"], lines) if "article_topics" in tables else {}
    quotes = rows_by_line(tables["quotes"], lines) if "quotes" in tables else {}
    t, tr = Counter(), Counter()
    q_gold = q_found = q_speaker = 0
    for i, r in enumerate(gs.records):
        g = gs.entries[(r["collection"], str(r["id"]))]
        if g.get("topics") is not None:
            gold_t = {x["topic_id"] for x in g["topics"]}
            gold_tr = {(x["topic_id"], x["role"]) for x in g["topics"]}
            pred = topics.get(i, [])
            for acc, gs_, ps in ((t, gold_t, {x["topic_id"] for x in pred}),
                                 (tr, gold_tr, {(x["topic_id"], x["role"]) for x in pred})):
                acc["tp"] += len(gs_ & ps)
                acc["fp"] += len(ps - gs_)
                acc["fn"] += len(gs_ - ps)
        for gq in g.get("quotes") or []:
            q_gold += 1
            prefix = _fold_quote(gq["quote_prefix"])
            cands = [p for p in quotes.get(i, []) if prefix and prefix in _fold_quote(p["quote"] or "")[: len(prefix) + 40]]
            if cands:
                q_found += 1
                q_speaker += any((p.get("speaker") or "").lower() == gq["speaker"].lower() for p in cands)
    if not (t or q_gold):
        return {}
    tp_, tr_ = _prf(t["tp"], t["fp"], t["fn"]), _prf(tr["tp"], tr["fp"], tr["fn"])
    return {"topics_p_r_f1": "{} / {} / {}".format(*tp_), "topics_role_p_r_f1": "{} / {} / {}".format(*tr_),
            "quotes_found": f"{q_found}/{q_gold}" if q_gold else None,
            "quote_speaker": round(q_speaker / q_found, 3) if q_found else None}


def evaluate(sets: list[GoldSet], work: Path | None = None) -> list[dict]:
    """Run the flow on each gold set's records (under work, a temp dir by default) and score it."""
    results = []
    with tempfile.TemporaryDirectory(prefix="ziyarat-eval-") as tmp:
        root = Path(work) if work is not None else Path(tmp)
        for gs in sets:
            if (root / gs.name).exists():  # a kept folder from an earlier eval: start clean
                shutil.rmtree(root / gs.name)
            tables, seconds = run_flow(gs.records, root / gs.name)
            res = score_gold(gs, tables)
            res["summary"].update(score_extras(gs, tables))
            res["summary"]["run_seconds"] = round(seconds, 1)
            results.append(res)
    return results


# --------------------------------------------------------------------------- printing

METRICS = ("articles", "gold_pairs", "found", "spurious", "pair_precision", "pair_recall", "pair_f1",
           "direction", "city", "date_exact", "date_coverage", "visit_type", "negatives_clean", "neutral",
           "topics_p_r_f1", "topics_role_p_r_f1", "quotes_found", "quote_speaker")


def report_rows(results: list[dict]) -> tuple[list[str], list[list[str]], list[list[str]]]:
    """(header, metric rows, cause rows) for a table with one column per gold set."""
    fmt = lambda x: "-" if x is None else str(x)  # noqa: E731
    header = [r["gold"] for r in results]
    metrics = [[k, *[fmt(r["summary"].get(k)) for r in results]] for k in METRICS]
    causes = [[k, *[str(r["causes"].get(k, 0)) for r in results]] for k in CAUSES
              if any(r["causes"].get(k) for r in results)]
    return header, metrics, causes


def print_report(results: list[dict], console=None, details: bool = False) -> None:
    """Two tables (figures; errors by cause), and with details the error list."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console()
    header, metrics, causes = report_rows(results)
    for title, rows in (("score (score.py definitions)", metrics), ("errors by cause", causes)):
        table = Table(title=title)
        table.add_column("metric" if rows is metrics else "cause")
        for h in header:
            table.add_column(h, justify="right")
        for row in rows:
            table.add_row(*[Text(x) for x in row])
        console.print(table)
    if details:
        for r in results:
            for e in r["errors"]:
                console.print(Text(f"{r['gold']:12s} {e['cause']:20s} {e['article'][:52]:52s} {e['what']}"))
