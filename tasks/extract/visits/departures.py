"""Leaders who leave a place: "بنيامين نتنياهو، الذي غادر الأردن بعد زيارة قصيرة" (Netanyahu, who left
Jordan after a short visit), "غادر كيم بيونغ يانغ فجر الجمعة للقاء نظيره" (Kim left Pyongyang at dawn on
Friday to meet his counterpart). A leader who leaves the other's country was his guest; one who leaves his
own set out on the trip. Either way he is the one who travelled: visits.merge reads it for a meeting no word
orients ("خلال لقائه مع", during his meeting with), when only one of the two leaves a place of theirs."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words

SUBJECT_GAP = 3  # from the verb to its subject's name: "غادر كيم"
TITLE_GAP = 30  # ... past his title: "غادر رئيس كوريا الشمالية كيم جونغ أون"
PLACE_GAP = 3  # from the verb or its subject to the place left
ANTECEDENT_GAP = 4  # from a leader's name to "الذي" (who): "نتنياهو، الذي"


def departed(art: Article, a: Any, b: Any) -> set[str]:
    """The ids of the two leaders a departure verb of the article, outside quotes, takes out of a
    place in either's country."""
    stems = grammar_words("leave_stems")
    verbs = frozenset(w for w in trigger_words("departure_verbs") if any(stem in w for stem in stems))
    relatives = grammar_words("relative_pronouns")
    heads = trigger_words("unresolved_heads")  # a leader's head noun opens his title
    countries = {a.country, b.country}
    out: set[str] = set()
    for i, (s, e) in enumerate(art.sentences):
        leaders = [m for m in art.leaders.get(i, []) if pid(m) in (pid(a), pid(b))]
        if not leaders:
            continue
        for w in re.finditer(r"\S+", art.text[s:e]):
            start, end = s + w.start(), s + w.end()
            if fold_term(w.group()) not in verbs or art.in_quote(start):
                continue
            nxt = art.folded_slice(end, end + 20).split()[:1]
            gap = TITLE_GAP if nxt and nxt[0] in heads else SUBJECT_GAP  # "غادر رئيس كوريا الشمالية كيم"
            subject = next((m for m in leaders if 0 <= m.start - end <= gap
                            and not any(c in art.text[end:m.start] for c in "\u060c,.")), None)
            if subject is None:
                lo = max(s, start - 12)
                before = list(re.finditer(r"\S+", art.text[lo:start]))
                if not before or fold_term(before[-1].group()) not in relatives:
                    continue
                rel = lo + before[-1].start()  # "نتنياهو، الذي غادر": the name right before "الذي"
                subject = next((m for m in leaders if 0 <= rel - m.end <= ANTECEDENT_GAP), None)
            if subject is None:
                continue
            after = max(end, subject.end if subject.start > start else end)
            if any(0 <= p.start - after <= PLACE_GAP and p.country in countries for p in art.places.get(i, [])):
                out.add(pid(subject))
    return out
