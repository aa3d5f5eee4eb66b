"""Why an article gave the visits it gave: its people, places and dates, each
sentence with a visit word, and the rule that kept or dropped that word, next to the
rows it produced (``ziyarat explain``).

The extraction of the one article is run again with the visit rules' trace on
(:mod:`tasks.extract.visits.trace`); what the rules do not note themselves (a
sentence with no leader, a trigger inside a quotation, the merge's choices) is read
off the article index and the rows here. Pure: frames and strings in, a plain dict
out (JSON-ready), rendered by the CLI.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl

from tasks.extract import headline_of, read_article, title_cities, title_mentions
from tasks.extract import visits as visits_stage
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.teasers import told_in_appended_lead, told_in_link
from tasks.extract.visits.trace import Trace, tracing

# reason code -> what it means (the codes the visit rules note, then the ones read here)
REASONS = {
    "remote_contact": "remote contact: a phone call, a cable or greetings, not a visit",
    "proxy": "proxy: the leader acts through an envoy or by instruction",
    "message_party": "the sender (or the addressee) of greetings or a message an envoy carried (نقل تحيات الملك), no side",
    "negated": "negated: a negation word just before it (لم، لن، لا، نفى ...)",
    "purpose_noun": "a noun of purpose, not the past verb it is spelled like (لبحث، to discuss)",
    "hypothetical": "hypothetical or not held: a proposal, a wish, a doubt before it (اقترح، ربما ...)",
    "anaphoric": "the same visit again: \"the visit\" after a visit verb of the sentence",
    "denied": "denied: the meeting is said not to have taken place (نفى ... اللقاء)",
    "search_adverb": "an adverb, not a meeting verb (بحثا عن، in search of)",
    "close_source": "what a source is close to (المصدر المقرب من المحادثات), not a meeting of the leaders",
    "talks_topic": "the talks' topic, not a meeting: a meeting noun after a noun of discussing (لمناقشة القمة)",
    "abstract_arrival": "no trip: an arrival to an office or by a thing (وصول ... إلى السلطة، وصل الأمر إلى), "
                        "or setting out for an airport (توجه إلى مطار)",
    "arrival_home": "an arrival at home, coming back from a trip (وصل إلى القاهرة قادما من برلين), no visit",
    "thing_side": "a thing received or visited (استقبال نفايات، زيارة الموقع الإلكتروني), no leader",
    "not_leaders_trigger": "not the leaders' meeting: it belongs to an official, an organisation or a delegation, "
                           "or the leaders are too far from the meeting word",
    "no_leader_bound": "no leader within reach of the trigger",
    "invitation_unclear": "an invitation whose invitee is not a second leader",
    "no_second_side": "no host: one leader only, no counterpart nearby and no foreign place",
    "same_country": "not two leaders of different countries",
    "third_party_trip": "a trip to a third country's meeting the article reports (وصل إلى هلسنكي عشية قمته مع بوتين): "
                        "the visited country's unnamed head is no host",
    "invited_only": "a leader named only as the one who invited (بدعوة من رئيس الوزراء ...) while the article names "
                    "another leader of his country meeting the traveller: the inviter is no host",
    "article_not_considered": "the article names fewer than two leaders and no place: visit rules not run",
    "no_leader_in_sentence": "no leader named in the sentence (outside quotations)",
    "quoted": "inside a quotation",
    "part_of_longer_trigger": "part of a longer visit phrase of the sentence",
    "same_pair_in_sentence": "a better trigger of the sentence gave the same pair",
}
LATE_DROPS = frozenset({"third_party_trip", "invited_only"})  # dropped after the sentence gave its candidate
ROW_COLUMNS = ("visit_id", "kind", "visitor", "host", "city", "country", "date", "date_precision", "trigger",
               "evidence_start", "evidence_end", "confidence", "corroborated_by")


def find_article(articles: pl.DataFrame, key: str) -> dict | None:
    """The article whose article_id, source_file or url is `key` (an original
    before its duplicates), or None."""
    for column in ("article_id", "source_file", "url"):
        if column not in articles.columns:
            continue
        hits = articles.filter(pl.col(column) == key)
        if hits.height:
            if "duplicate_of" in hits.columns:
                hits = hits.sort(pl.col("duplicate_of").is_not_null())
            return hits.row(0, named=True)
    return None


def explain(article: dict, mentions: pl.DataFrame, rows: pl.DataFrame) -> dict:
    """The explanation of one article (a row of `articles`), from its stored
    `mentions` and `visit_mentions` rows and a traced re-run of its visit rules."""
    text = article.get("text") or ""
    # the same reading as the run's (tasks.extract.read_article): time, outlet, entities, dates
    reading = read_article(text, article.get("published_date"), article.get("source"))
    sents, ents, published = reading.sents, reading.ents, reading.published
    found_dates = reading.dates() if callable(reading.dates) else reading.dates
    head = title_mentions(article.get("title"), reading)  # the headline's entities, read once for both steps
    with tracing() as trace:
        rerun = visits_stage.find_visits_and_summits(text, sents, ents, found_dates, published, reading.time.period,
                                                     reading.home, headline_of(article.get("title"), reading, head))[0]
    title_cities(rerun, article.get("title"), reading, head)  # as the run: a city the headline alone gives
    art = trace.article or Article(text, sents, ents, found_dates, published)
    stored = _stored_rows(rows)
    return {
        "article": {k: _plain(article.get(k)) for k in ("article_id", "source_file", "url", "title", "source",
                                                         "published_date", "duplicate_of")},
        "people": _entities(mentions, ents, "person"),
        "places": _entities(mentions, ents, "place"),
        "dates": [{"surface": d.surface, "date": _plain(d.date), "precision": d.precision, "kind": d.kind,
                   "start": d.start, "end": d.end} for d in found_dates],
        "sentences": _sentences(art, trace, rerun, stored, considered=trace.article is not None),
        "rows": stored,
        "rows_match_rerun": [_row_key(r) for r in stored] == [_row_key(r) for r in rerun],
    }


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def _stored_rows(rows: pl.DataFrame) -> list[dict]:
    cols = [c for c in ROW_COLUMNS if c in rows.columns]
    return [{k: _plain(v) for k, v in r.items()} for r in rows.select(cols).iter_rows(named=True)]


def _row_key(r: dict) -> tuple:
    """A row as extract wrote it: one the aggregate made reported (`corroborated_by`, other articles' visit under
    way) was a reference here."""
    kind = "referenced" if r.get("corroborated_by") else r["kind"]
    return kind, r["visitor"], r["host"], r["evidence_start"], r["trigger"]


def _entities(mentions: pl.DataFrame, found: list, entity_type: str) -> list[dict]:
    """The stored mentions of one type, each marked leader or not (by the re-run's
    record of the same span: the stored table has no offices)."""
    leaders = {(m.start, m.end) for m in found if is_leader(m)}
    country = {(m.start, m.end): m.country for m in found}
    picked = mentions.filter(pl.col("entity_type") == entity_type).sort("start")
    return [{"name": r["name_en"] or r["surface"], "surface": r["surface"], "entity_id": r["entity_id"],
             "country": country.get((r["start"], r["end"])), "leader": (r["start"], r["end"]) in leaders,
             "start": r["start"], "end": r["end"]} for r in picked.iter_rows(named=True)]


def _sentences(art: Article, trace: Trace, rerun: list[dict], stored: list[dict], considered: bool) -> list[dict]:
    """Every sentence with a visit word (or a "first since" cue that gave a row), its
    triggers and what became of each."""
    out = []
    cues = {id(c.hit): (c, kind) for c, kind in trace.candidates}
    for i in sorted(art.by_sent):
        hits = [h for h in art.by_sent[i] if h.group.startswith("t:") or id(h) in cues]
        if not hits:
            continue
        s, e = art.sentences[i]
        out.append({"index": i, "start": s, "end": e, "text": art.text[s:e],
                    "triggers": [_outcome(art, trace, i, h, hits, cues, rerun, stored, considered) for h in hits]})
    return out


def _outcome(art: Article, trace: Trace, i: int, h, hits: list, cues: dict, rerun: list[dict],
             stored: list[dict], considered: bool) -> dict:
    base = {"trigger": art.text[h.start:h.end], "start": h.start, "end": h.end, "group": h.group}
    late = [n.reason for n in trace.notes if n.hit is h and n.reason in LATE_DROPS]
    if late:  # a candidate a later step of the article dropped
        return {**base, "accepted": False, "reason": late[0], "because": REASONS[late[0]]}
    if id(h) in cues:
        cand, first_kind = cues[id(h)]
        return {**base, "accepted": True, **_merged(art, cand, first_kind, rerun, stored)}
    reason = _dropped(art, trace, i, h, hits, considered)
    return {**base, "accepted": False, "reason": reason, "because": REASONS[reason]}


def _dropped(art: Article, trace: Trace, i: int, h, hits: list, considered: bool) -> str:
    """The reason code of a trigger that yielded no candidate."""
    noted = [n.reason for n in trace.notes if n.hit is h]
    if noted:
        return noted[0]
    if not considered:
        return "article_not_considered"
    if not art.leaders.get(i):
        return "no_leader_in_sentence"
    if art.in_quote(h.start):
        return "quoted"
    if any(t is not h and t.group.startswith("t:") and t.start <= h.start and h.end <= t.end for t in hits):
        return "part_of_longer_trigger"
    return "same_pair_in_sentence"


def _name(m: Any) -> str:
    return m.name_en or m.surface


def _merged(art: Article, c: Any, first_kind: str, rerun: list[dict], stored: list[dict]) -> dict:
    """What the merge made of candidate c: the row it is the evidence of, the row it
    was merged into, or why it gave none."""
    out = {"kind": c.kind, "visitor": _name(c.visitor), "host": _name(c.host), "city": c.city,
           "date": _plain(c.date), "why_kind": _why_kind(art, c, first_kind)}
    s = art.sentences[c.sentence][0]
    pair = {_name(c.visitor), _name(c.host)}
    own = [n for n, r in enumerate(rerun) if r["kind"] == c.kind and {r["visitor"], r["host"]} == pair
           and r["evidence_start"] == s and r["trigger"] == art.text[c.hit.start:c.hit.end]]
    same_pair = [n for n, r in enumerate(rerun) if {r["visitor"], r["host"]} == pair
                 and (r["kind"] == "reported" or r["date"] == c.date)]
    if own:
        out.update(row=_stored_index(rerun[own[0]], stored), outcome="the row's evidence")
    elif same_pair:
        n = same_pair[0]
        again = rerun[n]["kind"] == "reported" and c.kind == "referenced"
        out.update(row=_stored_index(rerun[n], stored),
                   outcome="the same visit again, merged into the row" if again else "merged into the row")
    elif told_in_link(art, c):
        out.update(row=None, outcome="dropped: told only in a link to another page set in the body (visits.teasers)")
    elif told_in_appended_lead(art, c):
        out.update(row=None, outcome="dropped: told only in another story's lead appended below the page "
                                     "(visits.teasers)")
    else:
        out.update(row=None, outcome="dropped by the merge (a fuller row for the same pair and date)")
    return out


def _why_kind(art: Article, c: Any, first_kind: str) -> str:
    """In words, what the candidate's kind rests on (its verb, its date, the merge)."""
    if c.kind == "reported":
        return "reported: the meeting the article tells as news"
    if first_kind == "reported":
        return "referenced by the merge: only planned, or background (not told as news)"
    if c.future:
        return "referenced: a future verb or a plan (a planned meeting)"
    if c.date is not None and art.published is not None:
        return "referenced: " + ("planned, dated after publication" if c.date > art.published
                                 else "an earlier meeting, dated before publication")
    return "referenced: an earlier or planned meeting (a past-reference, plan or invitation cue)"


def _stored_index(r: dict, stored: list[dict]) -> int | None:
    """The position of the re-run row r among the stored rows (None: the stored rows
    come from other code)."""
    for n, s in enumerate(stored):
        if _row_key(s) == _row_key(r):
            return n
    return None
