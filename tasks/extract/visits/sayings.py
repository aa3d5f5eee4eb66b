"""The day of a saying is not the day of the meeting it judges: "اعتبرت الخارجية الروسية،
الأربعاء، أن قمة بوتين وترامب في هلسنكي كانت ناجحة" (the Russian foreign ministry held on
Wednesday that the Putin-Trump summit in Helsinki was a success) dates the ministry's words; the
summit, told as over by its past predicate, keeps its own day (another sentence's: "القمة التي
عقدت الاثنين") or none. Read by timing.event_date and lead_day."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

SAYING_CHARS = 40  # from the saying's day to its "أن" (that): "، الأربعاء، أن"
SUBJECT_CHARS = 3  # from "أن" to the meeting noun that opens the reported clause
PREDICATE_CHARS = 80  # from the meeting noun over its genitive and place to its predicate
_WORD = re.compile(r"\S+")


def judged_meeting_day(art: Article, d: Any, h: Hit | None = None) -> bool:
    """d dates a saying whose "that"-clause opens with a bare meeting noun (h, or any) told as
    over by a past predicate ("كانت ناجحة", was a success; "أسفرت عن", resulted in), said by no
    side of it: no leader is named before the "أن". A leader's own word ("قال بوتين الأربعاء إن
    محادثاته كانت بناءة") is said at the talks; a meeting verb ("أن بوتين التقى") has its own tense."""
    i = art.sent_of(d.start)
    s, e = art.sentences[i]
    comp = next((d.end + w.end() for w in _WORD.finditer(art.text[d.end:min(e, d.end + SAYING_CHARS)])
                 if fold_term(w.group().strip("،,")) in trigger_words("complementizers")), None)
    if comp is None or any(m.start < comp for m in art.leaders.get(i, [])):
        return False
    nouns = [t for t in art.near("triggers", i, comp, comp + SUBJECT_CHARS)
             if not trigger_spec(t.group).get("tense") and "س" not in t.prefix]
    if not nouns or (h is not None and h.start != nouns[0].start):
        return False
    t = nouns[0]
    end = art.word_end(t.end)
    for w in _WORD.finditer(art.text[end:min(e, end + PREDICATE_CHARS)]):
        word = fold_term(w.group().strip("\u060c,«»\""))
        if word in grammar_words("judged_past_predicates"):
            return True
        if re.search("[\u060c,:;.]", w.group()) or word in grammar_words("outcome_predicate_stops"):
            return False
    return False
