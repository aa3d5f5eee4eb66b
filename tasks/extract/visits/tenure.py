"""A visit dated by its traveller's taking office: "قام مرسي بزيارة إلى الصين بعد توليه الرئاسة" (Morsi made
a visit to China after taking office) tells the visit by the start of his term; when that term began long before
the article (the lexicon's tenure), the visit is an earlier one, whatever its verb. Not "منذ توليه" (since taking
office) nor a first one ("أول زيارة له بعد توليه", the first visit after taking office: since), which count up
to the news; not a term begun weeks before ("آبي أحمد، والذي قام بزيارة ... بعد توليه منصبه" a month in).
timing.visit_kind reads it."""
from __future__ import annotations

import datetime as dt
import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from ziyarat.lexicon import get_lexicon, grammar_words, triggers_lexicon
from ziyarat.matching import Hit

TENURE_CHARS = 50  # from the visit word, over its goal ("إلى الصين"), to "بعد توليه" (after his taking office)
TENURE_OLD_DAYS = 120  # a term begun this long before the article: a visit right after it is not the news


def after_taking_office(art: Article, i: int, h: Hit) -> bool:
    """An after-word and a taking-office noun with its pronoun (grammar.yaml tenure_nouns) in h's clause after it,
    no first-word in the clause, and the leader named last before that noun in office since long before the article."""
    s, e = art.sentences[i]
    end = art.word_end(h.end)
    clause = re.split("[\u060c,:;.]", art.folded_slice(end, min(e, end + TENURE_CHARS)))[0].split()
    at = next((k for k, w in enumerate(clause[1:], 1) if clause[k - 1].removeprefix("و") in grammar_words("after_words")
               and w.startswith(tuple(grammar_words("tenure_nouns")))), None)
    if at is None:
        return False
    before = art.folded_slice(max(s, art.word_start(h.start) - TENURE_CHARS), art.word_start(h.start)).split()[-3:]
    if {w.removeprefix("ال") for w in before + clause[:at]} & grammar_words("first_words"):
        return False  # "في أول زيارة له بعد توليه" (the first visit after taking office): since, up to now
    when = art.published or getattr(art.period, "start", None)
    before_h = [m for m in art.leaders.get(i, []) if m.start < h.start]
    traveller = art.genitive_leader(i, h) or (before_h[-1] if before_h else None)  # "زيارة مرسي" / "قام مرسي بزيارة"
    if when is None or traveller is None:
        return False
    person = get_lexicon().people.get(pid(traveller))
    offices = set(triggers_lexicon().get("leader_offices", ()))
    starts = [o.start for o in (person.offices_on(when) if person else []) if o.office in offices]
    return bool(starts) and all(x is not None and x < when - dt.timedelta(days=TENURE_OLD_DAYS) for x in starts)
