"""A day told for an act done to prepare a visit, not for the visit: "وشهد المطار الأحد الماضي وصول
طائرات الشحن بغرض تأمين زيارة الرئيس" (the airport saw last Sunday the arrival of cargo planes in
order to secure the president's visit). The visit is the purpose, later than that day; read by
timing.event_date and lead_day."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words

PURPOSE_AFTER_CHARS = 80  # from the day to the purpose word ("بغرض", in order to) after the act it dates
PURPOSE_OBJECT_WORDS = 2  # the visit word is one of the two words after the purpose word ("بغرض تأمين زيارة")
OBJECT_CHARS = 40  # the text those words are looked for in
_WORD = re.compile(r"\S+")


def preparation_day(art: Article, d: Any) -> bool:
    """The date is followed in its sentence by a purpose word ("بغرض", "بهدف") whose object is a
    visit or meeting word, and neither a leader nor a visit verb comes before that purpose word: the dated act is no
    leader's (planes, guards, a delegation arriving) but a preparation. "وصل أردوغان الاثنين بهدف
    لقاء السيسي" (Erdogan arrived on Monday to meet Sisi) names the leader first: his own day."""
    i = art.sent_of(d.start)
    hi = min(art.sentences[i][1], d.end + PURPOSE_AFTER_CHARS)
    lead = next((d.end + w.start() for w in _WORD.finditer(art.text[d.end:hi])
                 if fold_term(w.group().strip("،,")) in grammar_words("purpose_leads")), None)
    if lead is None:
        return False
    # the visit word is the purpose word's object or its verbal noun's: "بغرض تأمين زيارة", "بهدف زيارة"
    words = list(_WORD.finditer(art.text[lead:min(art.sentences[i][1], lead + OBJECT_CHARS)]))[1:1 + PURPOSE_OBJECT_WORDS]
    if not words or not art.near("triggers", i, lead + words[0].start(), lead + words[-1].end() - 1):
        return False
    # nor a verb trigger: "وصل، مساء الاثنين، إلى القاهرة بهدف لقاء السيسي" (arrived ... to meet Sisi) is
    # the leader's own arrival, his name told in the sentence before
    return not any(m.start < lead for m in art.leaders.get(i, [])) and not any(
        trigger_spec(t.group).get("tense") for t in art.near("triggers", i, art.sentences[i][0], lead))
