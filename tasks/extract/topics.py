"""Topics of an article, from the taxonomy in ``lexicons/topics.yaml``, each tagged
*agenda* (said to be discussed at the meeting) or *context* (background).

One Aho-Corasick pass over the folded text finds every topic keyword and meeting noun
(clitic-aware, see :class:`ziyarat.matching.PhraseMatcher`); the other cues are looked for
only in the sentences where they can count (see :func:`find_topics`). A keyword is
*agenda* when one of three frames governs it; otherwise it is *context*:

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
from typing import Any, Iterable

import polars as pl

from ziyarat import schemas
from ziyarat.arabic import COMMON_QUOTE_MARKS, Folded, fold_with_map
from ziyarat.lexicon import grammar_words, topics_lexicon
from ziyarat.matching import PhraseMatcher, RangeMatcher


AGENDA_WEIGHT, CONTEXT_WEIGHT, SATURATION = 1.0, 0.5, 3.0
SCORE_DECIMALS = 3  # article_topics.score; aggregate sums scores exactly in these units
LEADER_CHAIN = 4        # sentences a leader's remarks at the meeting carry on for
VERB_BEFORE_NAME = 45   # "وقال الرئيس الروسي فلاديمير بوتين": verb ... name (chars)
NAME_BEFORE_VERB = 60   # "بوتين ... مؤكدا": name ... verb (chars)
# Cue groups: (lexicon key, proclitics, enclitics allowed)
_CUES = {"discussion": ("discussion", "noun", True), "meeting": ("meeting_nouns", "noun", True),
         "breaker": ("scope_breakers", "noun", False), "bglink": ("background_links", "noun", False),
         "act": ("leader_acts", "verb", False), "aim": ("leader_aims", "verb", True),
         "bgmark": ("background_markers", "noun", True),
         "about": ("about", "noun", False)}


def taxonomy() -> pl.DataFrame:
    """The topics table: topic_id, label_en, label_ar."""
    rows = [{k: t[k] for k in ("topic_id", "label_en", "label_ar")} for t in topics_lexicon()["topics"]]
    return schemas.conform("topics", pl.DataFrame(rows))


def _topic_groups() -> dict[str, tuple[Any, str, bool]]:
    return {"topic:" + t["topic_id"]: (t["keywords"], "noun", True) for t in topics_lexicon()["topics"]}


# Cue groups looked for sentence by sentence (meeting nouns come with the keywords):
# the discussion frame, and with a reported meeting also the leader frame.
_FRAME_CUES = ("discussion", "about", "breaker", "bglink")
_ALL_CUES = tuple(g for g in _CUES if g != "meeting")
def _cue_groups(names: Iterable[str] | None = None) -> dict[str, tuple[Any, str, bool]]:
    lex = topics_lexicon()
    return {group: (lex.get(key) or [], proclitics, suffixes) for group, (key, proclitics, suffixes) in _CUES.items()
            if names is None or group in names}


@cache
def _matcher() -> PhraseMatcher:
    """Keywords and cues together (the straightforward whole-text pass)."""
    return PhraseMatcher(_topic_groups() | _cue_groups())


@cache
def _keyword_matcher() -> PhraseMatcher:
    """The topic keywords and the meeting nouns: PhraseMatcher keeps each group's
    matches apart, so this finds them exactly when _matcher() does -- without the
    frequent cue words (قال "said" ...), in the ~60% of articles that name no topic at
    all. Meeting nouns are rare, and they tell where the other cues can count."""
    return PhraseMatcher(_topic_groups() | _cue_groups(("meeting",)))


@cache
def _topic_order() -> dict[str, int]:
    """topic_id -> its place in topics.yaml (the order of the rows)."""
    return {t["topic_id"]: n for n, t in enumerate(topics_lexicon()["topics"])}


@cache
def _cue_matcher(names: tuple[str, ...]) -> RangeMatcher:
    """The named cue groups, searched sentence by sentence."""
    return RangeMatcher(_cue_groups(names))


def find_topics(text: str, folded: Folded | None, sentences: list[tuple[int, int]],
                visits: list[dict], mentions: list | None = None) -> list[dict]:
    """article_topics rows (without article_id), one per topic found.

    Cues only count in the sentences that hold a keyword and in those
    _leader_sentences examines, so the cues other than meeting nouns are only looked
    for there; with no reported meeting, only in the keyword sentences that name a
    meeting (elsewhere no cue counts). The same rows as one whole-text pass of
    _matcher(), at a fraction of its hits (قال "said" is everywhere)."""
    if folded is None:
        folded = fold_with_map(text)
    hits = _keyword_matcher().find(folded)
    keyword_hits = [h for h in hits if h.group != "meeting"]
    if not keyword_hits:
        return []
    meeting_hits = [h for h in hits if h.group == "meeting"]
    sx = _SentenceIndex(text, sentences)
    topic_at = sx.by_sentence(keyword_hits)
    evidence_sents = {sx.of(v["evidence_start"]) for v in visits
                      if v.get("kind") == "reported" and v.get("evidence_start") is not None}
    meeting = bool(evidence_sents) or any(v.get("kind") == "reported" for v in visits)
    lead_at, named = _leaders_at(visits, mentions or [], sx.of)
    if meeting:
        examined = topic_at.keys() | _examined(lead_at, evidence_sents, len(sx.spans))
        cue_hits = meeting_hits + _cue_matcher(_ALL_CUES).find(folded, sx.ranges(examined))
    else:
        # no leader to follow (lead_at is empty), and a discussion word needs a meeting
        # noun in its sentence
        at_meeting = {sx.of(h.start) for h in meeting_hits} & topic_at.keys()
        cue_hits = meeting_hits + (_cue_matcher(_FRAME_CUES).find(folded, sx.ranges(at_meeting)) if at_meeting else [])
    cue_at = sx.by_sentence(cue_hits)
    whole = evidence_sents | _leader_sentences(text, sx.spans, cue_at, lead_at, named, evidence_sents)
    per_topic, agenda_of = _classify(text, topic_at, cue_at, whole, meeting)
    return _topic_rows(text, sx.spans, per_topic, agenda_of)


class _SentenceIndex:
    """Sentence of an offset, and display ranges of sentences; sentence 0 also owns
    what comes before it, each sentence the text up to the next one."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]):
        self.text_len = len(text)
        self.spans = sentences or [(0, len(text))]
        self.starts = [0] + [s for s, _ in self.spans[1:]]

    def of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def by_sentence(self, hits: list) -> dict[int, list]:
        """Hits grouped by sentence, in their order."""
        at: dict[int, list] = defaultdict(list)
        for h in hits:
            at[self.of(h.start)].append(h)
        return at

    def ranges(self, sents: Iterable[int]) -> list[tuple[int, int]]:
        """Display ranges of the sentences, adjacent ones joined."""
        starts = self.starts
        out: list[list[int]] = []
        for i in sorted(sents):
            lo, hi = starts[i], starts[i + 1] if i + 1 < len(starts) else self.text_len
            if out and out[-1][1] == lo:
                out[-1][1] = hi
            else:
                out.append([lo, hi])
        return [(lo, hi) for lo, hi in out]


def _classify(text: str, topic_at: dict[int, list], cue_at: dict[int, list], whole_sents: set[int],
              meeting: bool) -> tuple[dict[str, dict[int, list[str]]], dict[str, set[int]]]:
    """The keywords of each topic by sentence, and the sentences where the topic is
    agenda: a whole agenda sentence (the visit's evidence, a leader at the meeting)
    or a discussion cue that governs the keyword."""
    per_topic: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    agenda_of: dict[str, set[int]] = defaultdict(set)
    for i in sorted(topic_at):
        topic_hits = topic_at[i]
        whole = i in whole_sents
        cues, sh = [], []
        if not whole and i in cue_at:
            cue_sh = cue_at[i]
            cues = [h for h in cue_sh if h.group == "discussion"]
            meeting_at = [h for h in cue_sh if h.group == "meeting"]
            # "محادثات مع نظيره حول ..." (talks with his counterpart about ...)
            cues += [h for h in cue_sh if h.group == "about" and any(0 <= h.start - m.end <= 60 for m in meeting_at)]
            if not (meeting or meeting_at):
                cues = []
            if cues:
                # the sentence's hits in text order, as one pass gives them: by start,
                # the longer first, a keyword before a cue on the same span
                sh = sorted(topic_hits + cue_sh, key=lambda h: (h.start, -h.end))
        for h in topic_hits:
            tid = h.group[6:]
            per_topic[tid][i].append(text[h.start:h.end])
            if whole or (cues and any(_governs(text, sh, c, h) for c in cues)):
                agenda_of[tid].add(i)
    return per_topic, agenda_of


def _topic_rows(text: str, spans: list[tuple[int, int]], per_topic: dict[str, dict[int, list[str]]],
                agenda_of: dict[str, set[int]]) -> list[dict]:
    """One row per topic, in taxonomy order: role, score, evidence, matched words."""
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
            "score": round(min(1.0, weight / SATURATION), SCORE_DECIMALS),
            "evidence": text[s:e], "evidence_start": s, "evidence_end": e, "matched": matched,
        })
    order = _topic_order()
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


def _leaders_at(visits: list[dict], mentions: list, sent_of) -> tuple[dict[int, list], set[int]]:
    """The mentions of a reported meeting's leaders by sentence, and the sentences
    naming any person."""
    leaders = {n for v in visits if v.get("kind") == "reported" for n in (v.get("visitor"), v.get("host")) if n}
    lead_at: dict[int, list] = defaultdict(list)
    named: set[int] = set()
    if not leaders:
        return lead_at, named
    for m in mentions:
        if m.entity_type == "person":
            named.add(sent_of(m.start))
            if m.name_en in leaders:
                lead_at[sent_of(m.start)].append(m)
    return lead_at, named


def _examined(lead_at: dict[int, list], evidence_sents: set[int], n_sents: int) -> set[int]:
    """The sentences _leader_sentences looks at: a leader's, the next one, the evidence."""
    if not lead_at:
        return set()
    return set(lead_at) | evidence_sents | {j + 1 for j in lead_at if j + 1 < n_sents}


def _leader_sentences(text: str, spans: list[tuple[int, int]], cue_at: dict[int, list],
                      lead_at: dict[int, list], named: set[int], evidence_sents: set[int]) -> set[int]:
    """Sentences where a leader of the reported meeting speaks or acts at it."""
    if not lead_at:
        return set()
    out: set[int] = set()
    last_at_meeting = -10
    for i in sorted(_examined(lead_at, evidence_sents, len(spans))):
        sh = cue_at.get(i, [])
        s, e = spans[i]
        opening = text[s:e].lstrip(" \n-" + COMMON_QUOTE_MARKS).split(" ", 1)[0]
        if any(h.group == "bgmark" for h in sh) or opening in grammar_words("kana_forms"):
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
