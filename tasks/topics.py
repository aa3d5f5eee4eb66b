"""Topics of an article, from the taxonomy in ``lexicons/topics.yaml``, each tagged
*agenda* (said to be discussed at the meeting) or *context* (background).

One Aho-Corasick pass over the folded text finds every topic keyword and every cue
(clitic-aware, see :class:`tasks.visits.PhraseMatcher`). A keyword is *agenda* when
one of three frames governs it; otherwise it is *context*:

1. **Discussion frame.** A discussion word ("ناقشا" naqasha, the two discussed;
   "ستتم مناقشة", will be discussed; "على جدول أعمال", on the agenda; "الملفات التي
   ستطرح", the files to be raised) in an article that reports a meeting, or in a
   sentence that names the meeting ("وجرى خلال الجلسة بحث ...", during the session).
   The word governs its clause, not the whole sentence: forward until a clause opener
   (``scope_breakers``: "وأضاف" and he added, "بالنظر إلى" given that, "إلا أن" but),
   and past a background phrase (``background_links``: "على خلفية" against the
   background of) only while no topic has been named yet, so "سيناقش الطرفان العلاقات
   الثنائية على خلفية الأعمال القتالية في أوكرانيا" puts bilateral relations on the
   agenda and Ukraine in the background, while "مناقشة التطورات الأخيرة على ضوء
   التصعيد بين إسرائيل وإيران" (a vague object) keeps Israel-Iran on the agenda.
   Backwards it reaches the start of its comma segment ("العلاقات بين دمشق وأنقرة قد
   تكون من ضمن الملفات التي ستطرح").
2. **A meeting leader at the meeting.** The visitor or host of a reported visit is
   the subject of a speech or act verb (``leader_acts``: قال، أكد، هنأ، أعرب ...) in a
   sentence that names the meeting, or within three sentences after such a sentence
   (the article goes on reporting his remarks: "واعتبر الرئيس الروسي أن ..."); or he
   seeks something from the visit (``leader_aims``: "يسعى الأسد للحصول على ...").
   Earlier statements are not agenda: a sentence with a ``background_marker``
   ("منذ", "في وقت سابق") or told in the pluperfect ("وكان الأسد قد أشار ...").
3. **The reported visit's own sentence** (its evidence).

Analysts' speculation and background (history, statistics, "ويقول محللون") have
none of these frames and stay context.

One row per (article, topic): role is "agenda" when any keyword of the topic is
agenda, else "context"; ``evidence`` is the first agenda sentence (else the context
sentence with the most distinct keywords). ``score`` in 0..1 is
``min(1, (agenda sentences + 0.5 * context sentences) / 3)``: three agenda sentences
(or six background ones) saturate it.
"""
from __future__ import annotations

import bisect
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl
import yaml

from ziyarat import schemas
from ziyarat.arabic import Folded, fold_with_map

from tasks.visits import PhraseMatcher

TOPICS_YAML = Path(__file__).resolve().parent.parent / "ziyarat" / "lexicons" / "topics.yaml"
AGENDA_WEIGHT, CONTEXT_WEIGHT, SATURATION = 1.0, 0.5, 3.0
LEADER_CHAIN = 4        # sentences a leader's remarks at the meeting carry on for
VERB_BEFORE_NAME = 45   # "وقال الرئيس الروسي فلاديمير بوتين": verb ... name (chars)
NAME_BEFORE_VERB = 60   # "بوتين ... مؤكدا": name ... verb (chars)
# Cue groups: (lexicon key, proclitics, enclitics allowed)
_CUES = {"discussion": ("discussion", "noun", True), "meeting": ("meeting_nouns", "noun", True),
         "breaker": ("scope_breakers", "noun", False), "bglink": ("background_links", "noun", False),
         "act": ("leader_acts", "verb", False), "aim": ("leader_aims", "verb", True),
         "bgmark": ("background_markers", "noun", True),
         "about": ("about", "noun", False)}
# The pluperfect opening "وكان ... قد" (wa-kana ... qad): background narration.
_PLUPERFECT = ("وكان", "كان", "وكانت", "كانت")


@cache
def topics_lexicon() -> dict[str, Any]:
    """topics.yaml, loaded once."""
    return yaml.safe_load(TOPICS_YAML.read_text(encoding="utf-8"))


def taxonomy() -> pl.DataFrame:
    """The topics table: topic_id, label_en, label_ar."""
    rows = [{k: t[k] for k in ("topic_id", "label_en", "label_ar")} for t in topics_lexicon()["topics"]]
    return schemas.conform("topics", pl.DataFrame(rows))


def _topic_groups() -> dict[str, tuple[Any, str, bool]]:
    return {"topic:" + t["topic_id"]: (t["keywords"], "noun", True) for t in topics_lexicon()["topics"]}


@cache
def _matcher() -> PhraseMatcher:
    lex = topics_lexicon()
    groups = _topic_groups()
    for group, (key, proclitics, suffixes) in _CUES.items():
        groups[group] = (lex.get(key) or [], proclitics, suffixes)
    return PhraseMatcher(groups)


@cache
def _keyword_matcher() -> PhraseMatcher:
    """The topic keywords alone: PhraseMatcher keeps each group's matches apart, so
    this finds a keyword exactly when _matcher() does -- without the frequent cue
    words (قال "said" ...), in the ~60% of articles that name no topic at all."""
    return PhraseMatcher(_topic_groups())


def find_topics(text: str, folded: Folded | None, sentences: list[tuple[int, int]],
                visits: list[dict], mentions: list | None = None) -> list[dict]:
    """article_topics rows (without article_id), one per topic found."""
    if folded is None:
        folded = fold_with_map(text)
    if not _keyword_matcher().find(folded):
        return []
    hits = _matcher().find(folded)
    starts = [s for s, _ in sentences] or [0]
    spans = sentences or [(0, len(text))]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    by_sent: dict[int, list] = defaultdict(list)
    for h in hits:
        by_sent[sent_of(h.start)].append(h)
    evidence_sents = {sent_of(v["evidence_start"]) for v in visits
                      if v.get("kind") == "reported" and v.get("evidence_start") is not None}
    leader_sents = _leader_sentences(text, spans, by_sent, visits, mentions or [], sent_of, evidence_sents)
    meeting = bool(evidence_sents) or any(v.get("kind") == "reported" for v in visits)

    per_topic: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    agenda_of: dict[str, set[int]] = defaultdict(set)
    for i, sh in sorted(by_sent.items()):
        topic_hits = [h for h in sh if h.group.startswith("topic:")]
        if not topic_hits:
            continue
        whole = i in evidence_sents or i in leader_sents
        cues = [h for h in sh if h.group == "discussion"]
        meeting_at = [h for h in sh if h.group == "meeting"]
        # "محادثات مع نظيره حول ..." (talks with his counterpart about ...)
        cues += [h for h in sh if h.group == "about" and any(0 <= h.start - m.end <= 60 for m in meeting_at)]
        if not (meeting or meeting_at):
            cues = []
        for h in topic_hits:
            tid = h.group[6:]
            per_topic[tid][i].append(text[h.start:h.end])
            if whole or any(_governs(text, sh, c, h) for c in cues):
                agenda_of[tid].add(i)

    rows = []
    for topic_id, sents_of in per_topic.items():
        agenda = sorted(agenda_of[topic_id])
        context = [i for i in sents_of if i not in agenda_of[topic_id]]
        best = agenda[0] if agenda else max(context, key=lambda i: (len(set(sents_of[i])), -i))
        s, e = spans[best]
        weight = AGENDA_WEIGHT * len(agenda) + CONTEXT_WEIGHT * len(context)
        matched = sorted({w for ws in sents_of.values() for w in ws})
        rows.append({
            "topic_id": topic_id, "role": "agenda" if agenda else "context",
            "score": round(min(1.0, weight / SATURATION), 3),
            "evidence": text[s:e], "evidence_start": s, "evidence_end": e, "matched": matched,
        })
    order = {t["topic_id"]: n for n, t in enumerate(topics_lexicon()["topics"])}
    rows.sort(key=lambda r: order.get(r["topic_id"], 999))
    return rows


def _governs(text: str, sent_hits: list, cue: Any, h: Any) -> bool:
    """Does the discussion cue reach the topic hit (same sentence)?"""
    if h.start >= cue.end:  # forward: to the next clause opener
        named = False
        for x in sent_hits:
            if x.start < cue.end or x.start >= h.start:
                continue
            if x.group == "breaker":
                return False
            if x.group.startswith("topic:"):
                named = True
            elif x.group == "bglink" and named:
                return False
        return True
    if h.end <= cue.start:  # backward: within the comma segment
        gap = text[h.end:cue.start]
        return not any(c in gap for c in "،,؛;:") and not any(
            x.group == "breaker" and h.end <= x.start < cue.start for x in sent_hits)
    return True  # overlapping ("مناقشة الملف" inside a keyword)


def _leader_sentences(text: str, spans: list[tuple[int, int]], by_sent: dict[int, list], visits: list[dict],
                      mentions: list, sent_of, evidence_sents: set[int]) -> set[int]:
    """Sentences where a leader of the reported meeting speaks or acts at it."""
    leaders = {n for v in visits if v.get("kind") == "reported" for n in (v.get("visitor"), v.get("host")) if n}
    if not leaders:
        return set()
    lead_at: dict[int, list] = defaultdict(list)
    named: set[int] = set()
    for m in mentions:
        if m.entity_type == "person":
            named.add(sent_of(m.start))
            if m.name_en in leaders:
                lead_at[sent_of(m.start)].append(m)
    out: set[int] = set()
    last_at_meeting = -10
    for i in sorted(set(lead_at) | evidence_sents | {j + 1 for j in lead_at if j + 1 < len(spans)}):
        sh = by_sent.get(i, [])
        s, e = spans[i]
        opening = text[s:e].lstrip(" \n\"“”«»-").split(" ", 1)[0]
        if any(h.group == "bgmark" for h in sh) or opening in _PLUPERFECT:
            continue
        if i in evidence_sents:
            last_at_meeting = max(last_at_meeting, i)
        if i not in lead_at:
            # "وأكد كذلك أهمية ..." (and he also stressed): no name, the previous
            # sentence's leader goes on speaking.
            if i - 1 in out and i not in named and any(h.group == "act" and h.start - s <= 8 for h in sh):
                out.add(i)
                last_at_meeting = i
            continue
        if any(_near(h, m) for h in sh if h.group == "aim" for m in lead_at[i]):
            out.add(i)
            continue
        if not any(_near(h, m) for h in sh if h.group == "act" for m in lead_at[i]):
            continue
        if any(h.group in ("meeting", "discussion") for h in sh) or i - last_at_meeting <= LEADER_CHAIN:
            out.add(i)
            last_at_meeting = i
    return out


def _near(cue: Any, m: Any) -> bool:
    """Verb-subject adjacency: "وقال بوتين" (verb first) or "بوتين ... مؤكدا"."""
    if cue.end <= m.start:
        return m.start - cue.end <= VERB_BEFORE_NAME
    return m.end <= cue.start and cue.start - m.end <= NAME_BEFORE_VERB
