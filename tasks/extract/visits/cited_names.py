"""Quotation marks that hold names only: papers quote names as names, not as speech.

Egyptian papers put quotation marks round a name ("وصل الرئيس الباكستاني "آصف علي زرداري"", «مرسى»)
and round two or three names joined by "و" (and): "تركزت مباحثات الرئيسين "مرسى وزردارى"" (the two
presidents' talks, "Morsi and Zardari", centred on), "واتفق "مرسى وسينج"" (and "Morsi and Singh" agreed).
Such a quote says who, as the narrative does; the leaders in it are the narrative's (read by
Article.in_speech). A quote with any other word ("مرسى زار الهند", Morsi visited India) is speech.

So is a statement quoted from its verb on with its subject left outside (`narrated_quotes`): "قالت رئاسة
الجمهورية إن الرئيس الهندي، برناب موخارجي، «أقام مأدبة عشاء رسمية»" (the presidency said that the Indian
president "gave an official dinner"): the leader's act is told in the narrative's frame, the marks only credit
the wording.
"""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.leaders import is_leader
from ziyarat.arabic import WA, fold_term, nisba
from ziyarat.lexicon import grammar_words, trigger_words

NAME_JOINS = frozenset(WA + "\u060c,")  # what may stand between quoted names: "و" (and), a comma
SUBJECT_CHARS = 100  # from a quote's opening mark back over its subject's names and titles to "إن" / "أن"
CLAUSE_ENDS = re.compile(r"[.!?\u061f:\n\u00bb\u201d\"]")  # a sentence's end, a colon, another quote's close


def cited_names(text: str, quotes: list[tuple[int, int]], mentions: list[Any]) -> set[tuple[int, int]]:
    """The quote spans (of ziyarat.quotation.quote_spans) whose text is one or more of the article's
    mentions (people, places, organisations) and nothing else but "و" or a comma between them."""
    starts = sorted((m.start, m.end) for m in mentions)
    out: set[tuple[int, int]] = set()
    k = 0
    for s, e in quotes:
        while k < len(starts) and starts[k][0] < s:
            k += 1
        inside = [(a, b) for a, b in starts[k:] if a < e and b <= e] if k < len(starts) and starts[k][0] < e else []
        if not inside:
            continue
        rest, pos = [], s
        for a, b in inside:
            rest.append(text[pos:a])
            pos = max(pos, b)
        rest.append(text[pos:e])
        if all(ch.isspace() or ch in NAME_JOINS for ch in "".join(rest)):
            out.add((s, e))
    return out


def narrated_quotes(text: str, quotes: list[tuple[int, int]], mentions: list[Any]) -> set[tuple[int, int]]:
    """The quote spans that open with a perfect verb (tense.verb_tense) right after the subject of "إن" / "أن"
    (triggers.yaml complementizers), a leader named outside the marks with only his titles, nisbas and commas
    between: "إن الرئيس الهندي، برناب موخارجي، «أقام مأدبة عشاء»". A quote opening on anything else, a future
    ("إن الرئيس «سيستقبله»") or a noun, or one after a colon or a speech verb, stays speech."""
    people = sorted((m.start, m.end, is_leader(m)) for m in mentions if m.entity_type == "person")
    comps, titles = trigger_words("complementizers"), grammar_words("masculine_titles")
    out: set[tuple[int, int]] = set()
    for s, e in quotes:
        first = text[s:e].split()[:1]
        if not first or verb_tense(fold_term(first[0])) != "past":
            continue
        lo = max(0, s - 1 - SUBJECT_CHARS)
        ends = list(CLAUSE_ENDS.finditer(text, lo, s - 1))
        lo = ends[-1].end() if ends else lo
        words = [(fold_term(w.group()), lo + w.start()) for w in re.finditer(r"[^\s\u060c,]+", text[lo:s - 1])]
        k = max((j for j, (w, _) in enumerate(words) if w in comps), default=None)
        if k is None:
            continue
        after = words[k][1] + len(words[k][0])
        own = [p for p in people if after <= p[0] and p[1] <= s]
        bare = [w for w, at in words[k + 1:] if not any(a <= at < b for a, b, _ in own)]
        if any(leader for _, _, leader in own) and all(w in titles or nisba(w) for w in bare):
            out.add((s, e))
    return out
