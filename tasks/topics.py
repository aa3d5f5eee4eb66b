"""Topics of an article, from the taxonomy in ``lexicons/topics.yaml``.

One Aho-Corasick pass over the folded text finds every topic keyword (clitic-aware,
see :class:`tasks.visits.PhraseMatcher`). Each matched sentence is *agenda* when it
says the leaders discussed it (a discussion word such as "ناقشا" naqasha, "the two
discussed", or "ستتم مناقشة", "will be discussed") in an article that reports a
meeting, or when it is the evidence sentence of a reported visit; otherwise it is
*context* (background).

One row per (article, topic): role is "agenda" when any sentence puts the topic on
the agenda, else "context". ``score`` in 0..1 is
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


@cache
def topics_lexicon() -> dict[str, Any]:
    """topics.yaml, loaded once."""
    return yaml.safe_load(TOPICS_YAML.read_text(encoding="utf-8"))


def taxonomy() -> pl.DataFrame:
    """The topics table: topic_id, label_en, label_ar."""
    rows = [{k: t[k] for k in ("topic_id", "label_en", "label_ar")} for t in topics_lexicon()["topics"]]
    return schemas.conform("topics", pl.DataFrame(rows))


@cache
def _matcher() -> PhraseMatcher:
    lex = topics_lexicon()
    groups = {"topic:" + t["topic_id"]: (t["keywords"], "noun", True) for t in lex["topics"]}
    groups["discussion"] = (lex["discussion"], "noun", True)
    return PhraseMatcher(groups)


def find_topics(text: str, folded: Folded | None, sentences: list[tuple[int, int]],
                visits: list[dict]) -> list[dict]:
    """article_topics rows (without article_id), one per topic found."""
    if folded is None:
        folded = fold_with_map(text)
    hits = _matcher().find(folded)
    if not hits:
        return []
    starts = [s for s, _ in sentences] or [0]
    spans = sentences or [(0, len(text))]

    def sent_of(pos: int) -> int:
        return max(0, bisect.bisect_right(starts, pos) - 1)

    meeting = bool(visits)
    evidence_sents = {sent_of(v["evidence_start"]) for v in visits
                      if v.get("kind") == "reported" and v.get("evidence_start") is not None}
    discussed = {sent_of(h.start) for h in hits if h.group == "discussion"}
    per_topic: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for h in hits:
        if h.group.startswith("topic:"):
            per_topic[h.group[6:]][sent_of(h.start)].append(text[h.start:h.end])
    rows = []
    for topic_id, by_sent in per_topic.items():
        agenda = [i for i in by_sent if i in evidence_sents or (meeting and i in discussed)]
        context = [i for i in by_sent if i not in agenda]
        best = min(agenda) if agenda else max(context, key=lambda i: (len(set(by_sent[i])), -i))
        s, e = spans[best]
        weight = AGENDA_WEIGHT * len(agenda) + CONTEXT_WEIGHT * len(context)
        matched = sorted({w for ws in by_sent.values() for w in ws})
        rows.append({
            "topic_id": topic_id, "role": "agenda" if agenda else "context",
            "score": round(min(1.0, weight / SATURATION), 3),
            "evidence": text[s:e], "evidence_start": s, "evidence_end": e, "matched": matched,
        })
    order = {t["topic_id"]: n for n, t in enumerate(topics_lexicon()["topics"])}
    rows.sort(key=lambda r: order.get(r["topic_id"], 999))
    return rows
