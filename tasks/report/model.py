"""What the report shows, read once from the tables: visits in display order, each
with the facets the page filters on, and per visit its evidence and key quotes
(grouped in one pass, so the page stays linear in the number of visits)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import polars as pl

from ziyarat import schemas

MAX_QUOTES = 6          # key quotes shown per visit
MAX_EVIDENCE = 12       # evidence sentences shown per visit
TABLES = ("visits", "visit_mentions", "articles", "article_topics", "quotes", "topics", "visit_topics")
# what the page reads of a visit mention (its evidence), of the 40-odd columns
MENTION_COLUMNS = ("visit_id", "kind", "article_id", "evidence", "evidence_start", "evidence_end", "date_evidence")


def conform_tables(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
    """Every table the report reads, conformed (missing ones empty)."""
    return {n: schemas.conform(n, tables.get(n)) for n in TABLES}


def visits_in_order(visits: pl.DataFrame, newest_first: bool = False) -> list[dict]:
    """Visits by date (oldest first, or newest first), undated ones last."""
    return in_order(visits.to_dicts(), newest_first)


def in_order(visits: list[dict], newest_first: bool = False) -> list[dict]:
    """Visit rows by start date, then end date (oldest first, or newest first), then
    visit_id; undated ones last: the one order the page, summary and artifact use."""
    sign = -1 if newest_first else 1

    def key(v: dict) -> tuple:
        start, end = v["start_date"], v["end_date"]
        return (start is None, sign * start.toordinal() if start else 0,
                end is None, sign * end.toordinal() if end else 0, v["visit_id"])
    return sorted(visits, key=key)


def chronological(visits: list[dict]) -> list[dict]:
    """The visits oldest first, undated last, of rows already read (in_order)."""
    return in_order(visits)


def place_key(row: dict) -> str:
    """The map point a visit is drawn at ("lat,lon" to 0.01 degree), "" without coordinates."""
    lat, lon = row.get("lat"), row.get("lon")
    return "" if lat is None or lon is None else f"{lat:.2f},{lon:.2f}"


def year_of(row: dict) -> str:
    return str(row["start_date"].year) if row.get("start_date") else "undated"


def _group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        out[r[key]].append(r)
    return out


@dataclass(frozen=True)
class ReportData:
    """The report's input, conformed and grouped."""

    visits: list[dict]                      # newest first, undated last
    topic_labels: dict[str, dict]           # topic_id -> its topics row
    mentions_by_visit: dict[str, list[dict]]
    agenda_by_article: dict[str, list[dict]]
    quotes_by_article: dict[str, list[dict]]
    articles: pl.DataFrame                  # the cited articles only
    cited: set[str]                         # article ids some visit points at
    n_articles: int = 0                     # articles in the database

    @property
    def n_reported(self) -> int:
        return sum((v.get("n_articles") or 0) > 0 for v in self.visits)

    @property
    def chronological(self) -> list[dict]:
        """The visits oldest first, undated last."""
        return chronological(self.visits)

    def topic_label(self, topic_id: str) -> str:
        return (self.topic_labels.get(topic_id) or {}).get("label_en") or topic_id


def cited_rows(tables: dict[str, pl.DataFrame], name: str, cited: set[str]) -> pl.DataFrame:
    """Table `name` (keyed by article_id), conformed, only the rows of the cited articles."""
    df = tables.get(name)
    return schemas.conform(name, df.filter(pl.col("article_id").is_in(sorted(cited))) if df is not None else None)


def cited_articles(tables: dict[str, pl.DataFrame]) -> set[str]:
    """The article_id of every article a visit cites (its article_ids) or a linked
    visit mention comes from: the only articles whose rows the page shows."""
    visits, mentions = tables.get("visits"), tables.get("visit_mentions")
    cited = set(visits["article_ids"].explode().drop_nulls().to_list()) if visits is not None else set()
    if mentions is not None:
        cited |= set(mentions.filter(pl.col("visit_id").is_not_null())["article_id"].to_list())
    return cited


def report_data(tables: dict[str, pl.DataFrame], n_articles: int | None = None) -> ReportData:
    """Group the tables once for the page. Of the articles' tables only the rows of
    the articles some visit cites are read (the page shows nothing else of them but
    their number: `n_articles`, else the rows of tables["articles"]), so the cost
    follows the visits, not the size of the database."""
    t = {n: schemas.conform(n, tables.get(n)) for n in ("visits", "visit_mentions", "topics")}
    vm = t["visit_mentions"].filter(pl.col("visit_id").is_not_null()).select(MENTION_COLUMNS) \
        .sort("article_id", "evidence_start", nulls_last=True).to_dicts()
    visits = visits_in_order(t["visits"], newest_first=True)
    cited = cited_articles(tables)
    agenda = cited_rows(tables, "article_topics", cited).filter(pl.col("role") == "agenda") \
        .sort("article_id", "evidence_start", "topic_id", nulls_last=True).to_dicts()
    quotes = cited_rows(tables, "quotes", cited).sort("article_id", "start").to_dicts()
    articles = tables.get("articles")
    return ReportData(
        visits=visits,
        topic_labels={r["topic_id"]: r for r in t["topics"].to_dicts()},
        mentions_by_visit=_group(vm, "visit_id"),
        agenda_by_article=_group(agenda, "article_id"),
        quotes_by_article=_group(quotes, "article_id"),
        articles=cited_rows(tables, "articles", cited),
        cited=cited,
        n_articles=n_articles if n_articles is not None else articles.height if articles is not None else 0,
    )


def key_quotes(data: ReportData, visit: dict) -> list[dict]:
    """Quotes from the visit's reporting articles, participants' words first, then longer ones."""
    participants = set(visit.get("participants") or [])
    rows = [q for a in (visit.get("article_ids") or []) for q in data.quotes_by_article.get(a, [])]
    rows.sort(key=lambda q: (q["speaker"] not in participants, -len(q["quote"] or ""), q["article_id"], q["start"]))
    seen, out = set(), []
    for q in rows:
        if q["quote"] not in seen:
            seen.add(q["quote"])
            out.append(q)
    return out[:MAX_QUOTES]


def evidence(data: ReportData, visit: dict) -> list[dict]:
    """Sentences the visit's facts come from: its visit mentions, then the agenda sentences."""
    rows = [
        {"what": f"{r['kind']} visit", "date_evidence": r.get("date_evidence"), "kind": r["kind"], "article_id": r["article_id"], "start": r["evidence_start"], "end": r["evidence_end"],
         "text": r["evidence"]}
        for r in data.mentions_by_visit.get(visit["visit_id"], [])
    ]
    for a in visit.get("article_ids") or []:
        rows += [{"what": f"agenda: {r['topic_id']}", "date_evidence": None, "kind": "agenda", "article_id": a,
                  "start": r["evidence_start"], "end": r["evidence_end"], "text": r["evidence"]}
                 for r in data.agenda_by_article.get(a, [])]
    seen, out = set(), []
    for r in rows:
        key = (r["article_id"], r["start"], r["text"], r["what"], r["date_evidence"])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out[:MAX_EVIDENCE]


def leaders(visits: list[dict]) -> list[dict]:
    """One row per leader (visitor or host of some visit): counts, counterparts, topics,
    years; most reported visits first."""
    by: dict[str, dict] = {}
    for v in visits:
        reported = (v.get("n_articles") or 0) > 0
        for role, name, other in (("visitor", v["visitor"], v["host"]), ("host", v["host"], v["visitor"])):
            s = by.setdefault(name, {"name": name, "visitor": 0, "host": 0, "referenced": 0, "visits": [],
                                     "counterparts": defaultdict(int), "topics": defaultdict(int), "years": set()})
            if not reported:
                s["referenced"] += 1
                continue
            s[role] += 1
            s["visits"].append(v)
            s["counterparts"][other] += 1
            for tid in v.get("agenda_topics") or []:
                s["topics"][tid] += 1
            if v.get("start_date"):
                s["years"].add(v["start_date"].year)
    return sorted(by.values(), key=lambda s: (-(s["visitor"] + s["host"]), -s["referenced"], s["name"]))


def facet_counts(visits: list[dict], values) -> list[tuple[str, int]]:
    """(value, number of visits) for a facet, most frequent first; `values(v)` lists a visit's values."""
    counts: dict[str, int] = defaultdict(int)
    for v in visits:
        for x in dict.fromkeys(values(v)):
            if x:
                counts[x] += 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
