"""Quoted speech and who said it.

Quotes are the spans between quotation marks: “ ” " « » and the reversed ”...“ pairs
that Arabic sites produce (marks are paired in order inside a paragraph; « always
opens and » always closes). The speaker comes from the attribution verb before the
quote ("وقال الأسد لبوتن: “...”", wa-qala al-Asad: al-Assad said) or after it
("“...”، كما زعم X"), then the person right after the verb; a participle such as
"معتبراً" (mu'tabiran, "considering") carries on the clause's earlier speaker.
Unattributed quotes are scare-quotes or names (“الكرملين“, “سانا“) and are skipped.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from ziyarat.arabic import fold, fold_term, fold_with_map

from tasks.visits import PhraseMatcher, triggers_lexicon

_MARKS_RE = re.compile("[\u201c\u201d\"\u00ab\u00bb\u201e\u201f]")
_MAX_QUOTE = 2000
# "that": a person after "أن"/"إن" (anna/inna) is the subject of the reported
# clause, not the speaker ("أشار إلى أنّ الأسد يعمل ...").
_THAT = frozenset({"ان", "انه", "انها", "انهم", "الي", "الى"})
_STOP = frozenset({"ان", "انه", "انها", "في", "خلال", "على", "عن", "الى", "الي", "لـ", "امام", "ل", "من", "قد", "ايضا", "بان", "انّ"})


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    line_start = 0
    for m in _MARKS_RE.finditer(text):
        pos, ch = m.start(), m.group(0)
        if open_at is not None and "\n" in text[open_at:pos]:
            open_at = None  # an unclosed mark does not run across paragraphs
        if open_at is None:
            if ch != "\u00bb":
                open_at = pos + 1
        elif ch == "\u00ab":
            open_at = pos + 1
        else:
            if 0 < pos - open_at <= _MAX_QUOTE:
                spans.append((open_at, pos))
            open_at = None
    del line_start
    return spans


@cache
def _matcher() -> PhraseMatcher:
    lex = triggers_lexicon()
    return PhraseMatcher({
        "verb": (lex["speech_verbs"], "verb", False),
        "participle": (lex["speech_participles"], "verb", False),
    })


def find_quotes(text: str, sentences: list[tuple[int, int]], mentions: list) -> list[dict]:
    """quotes rows (without article_id): speaker, quote, start, end, speaker_id, verb."""
    spans = quote_spans(text)
    if not spans:
        return []
    starts = [s for s, _ in sentences]
    persons = sorted((m for m in mentions if m.entity_type == "person"), key=lambda m: m.start)
    pstarts = [m.start for m in persons]
    names = {fold_term(m.surface) for m in mentions}
    others = sorted((m for m in mentions if m.entity_type != "person"), key=lambda m: m.start)
    folded = fold_with_map(text)
    verbs = _matcher().find(folded)
    vstarts = [h.start for h in verbs]
    rows: list[dict] = []
    last: tuple[str, str | None, int] | None = None  # speaker, id, sentence
    prev_close = 0
    for qs, qe in spans:
        quote = text[qs:qe]
        core = quote.strip(" .,،:؛")
        si = max(0, bisect.bisect_right(starts, qs) - 1)
        s_start, s_end = sentences[si] if sentences else (0, len(text))
        lo = max(s_start, prev_close)
        prev_close = qe + 1
        if not core or fold_term(core) in names:
            continue  # a quoted name: “الكرملين“
        before = [h for h in verbs[bisect.bisect_left(vstarts, lo):bisect.bisect_left(vstarts, qs)] if h.end <= qs]
        speaker = None
        verb = None
        if before:
            h = before[-1]
            verb = text[h.start:h.end]
            if h.group == "participle":
                # "وقال بيسكوف إن ...، موضحاً “...”": the sentence's own speech verb first
                earlier = [v for v in verbs[bisect.bisect_left(vstarts, s_start):bisect.bisect_left(vstarts, h.start)]
                           if v.group == "verb"]
                speaker = (_after_verb(text, earlier[-1].end, h.start, persons, pstarts) if earlier else None) \
                    or _continuing(last, si, persons, s_start, h.start)
            else:
                speaker = _after_verb(text, h.end, qs, persons, pstarts) or _subject_before(persons, s_start, h.start)
                if speaker is None and last and last[2] >= si - 1 and _only_that(text, h.end, qs):
                    speaker = last[:2]
                if speaker is None:
                    speaker = _named_after(text, h.end, qs, others) or _surface_after(text, h.end, qs)
                if speaker is None and _only_that(text, h.end, qs):
                    # "الذي قال إنه “...”": the sentence's subject speaks
                    speaker = _continuing(None, si, persons, s_start, h.start)
        else:
            window_end = min(s_end if s_end > qe else qe + 120, qe + 120)
            after = [h for h in verbs[bisect.bisect_left(vstarts, qe):bisect.bisect_left(vstarts, window_end)]]
            if after:
                h = after[0]
                verb = text[h.start:h.end]
                if h.group == "participle":
                    speaker = _continuing(last, si, persons, s_start, h.start)
                else:
                    speaker = (_after_verb(text, h.end, window_end, persons, pstarts)
                               or _named_after(text, h.end, window_end, others) or _surface_after(text, h.end, window_end))
        if speaker is None:
            continue
        if len(core.split()) < 3 and not text[max(0, qs - 3):qs].rstrip("“”\"«» ").endswith(":"):
            continue  # a scare-quote or a title: “الاحتلال”, “مباحثات مفصلة”
        rows.append({"speaker": speaker[0], "quote": quote, "start": qs, "end": qe,
                     "speaker_id": speaker[1], "verb": verb})
        last = (speaker[0], speaker[1], si)
    return rows


def _person(m: Any) -> tuple[str, str | None]:
    return (m.name_en or m.surface, m.entity_id)


def _after_verb(text: str, lo: int, hi: int, persons: list, pstarts: list[int]) -> tuple[str, str | None] | None:
    """The first person after the verb, unless "أن" (that) comes between them."""
    i = bisect.bisect_left(pstarts, lo)
    if i < len(persons) and persons[i].start < hi and persons[i].start - lo <= 80:
        gap = fold(text[lo:persons[i].start]).split()
        if not any(w.strip("ّ") in _THAT or w.lstrip("وب") in _THAT for w in gap):
            return _person(persons[i])
    return None


def _only_that(text: str, lo: int, hi: int) -> bool:
    words = fold(text[lo:hi]).split()
    return bool(words) and words[0].lstrip("ب") in _THAT


def _subject_before(persons: list, s_start: int, pos: int) -> tuple[str, str | None] | None:
    """SVO: "الأسد قال ..." -- the last person in the sentence right before the verb."""
    cands = [m for m in persons if s_start <= m.start and m.end <= pos and pos - m.end <= 20]
    return _person(cands[-1]) if cands else None


def _continuing(last, si: int, persons: list, s_start: int, pos: int):
    """A participle goes on with the speaker already speaking in this sentence,
    else with the sentence's first person (its subject)."""
    if last and last[2] >= si - 1:
        return last[:2]
    cands = [m for m in persons if s_start <= m.start < pos]
    return _person(cands[0]) if cands else None


def _named_after(text: str, lo: int, hi: int, others: list) -> tuple[str, str | None] | None:
    """An organisation or place speaking: "وأشار الكرملين" -> Kremlin."""
    for m in others:
        if lo <= m.start < hi and not text[lo:m.start].strip():
            return (m.name_en or m.surface, m.entity_id)
        if m.start >= hi:
            break
    return None


def _surface_after(text: str, lo: int, hi: int) -> tuple[str, None] | None:
    """An unknown speaker named as written: up to four words after the verb."""
    words = []
    for w in re.split(r"\s+", text[lo:hi].strip()):
        fw = fold(w).strip("،,:.")
        if not fw or fw in _STOP or not w.strip("،,:.") or any(c in w for c in "“”\"«»"):
            break
        words.append(w.strip("،,:."))
        if w.endswith(("،", ",", ":")) or len(words) == 4:
            break
    return (" ".join(words), None) if words else None
