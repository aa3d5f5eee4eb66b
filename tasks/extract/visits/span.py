"""How long a visit lasted, as its sentence states: "استغرقت يومين" (lasted two days), the
first day of a visit concluded on a day ("اختتم ... أمس الأول زيارة ... استغرقت ثلاثة أيام"),
and a day of the visit a sentence is told in ("في اليوم الأول من زيارة", on its first day)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_lexicon, grammar_words
from ziyarat.matching import Hit


def concluded_days(art: Article, i: int, h: Hit, d: Any) -> int | None:
    """How many days a visit lasted when its sentence dates its end: "اختتم الصيد أمس الأول زيارة
    لألمانيا استغرقت ثلاثة أيام" (Essid concluded the day before yesterday a visit to Germany that
    lasted three days) began two days before, and so did the talks "أجرى خلالها" (held during it);
    None unless a concluding verb stands right before the day, and the day before the trigger."""
    if d.precision != "day" or getattr(d, "end_date", None) is not None or d.end > h.start:
        return None
    words = [w.strip("،,").removeprefix("و") for w in art.words_before(d.start, 3)]
    if not any(w in grammar_words("concluding_verbs") for w in words):
        return None
    days = stated_days(art, i)
    return days if days and days > 1 else None


def stated_days(art: Article, j: int) -> int | None:
    """How many days sentence j says a visit lasted: "استغرقت يومين" (lasted two days),
    "دامت ثلاثة أيام"; None when it does not say (or says hours)."""
    words = [w.strip("،,.") for w in art.folded_slice(*art.sentences[j]).split()]
    table = {fold_term(k): n for k, n in grammar_lexicon()["visit_days"].items()}
    for k, w in enumerate(words):
        if w in grammar_words("lasting_verbs"):
            for size in (2, 1):
                n = table.get(" ".join(words[k + 1:k + 1 + size]))
                if n:
                    return n
    return None


def visit_day_before(art: Article, h: Hit) -> bool:
    """The trigger's sentence names, before it, a day of a visit: "وفي اليوم الأول من زيارة تستغرق
    يومين إلى الهند، قال هولاند في مؤتمر صحفي مع سينغ" (on the first day of a two-day visit to
    India, Hollande said at a press conference with Singh): the meeting is that day's, under way."""
    i = art.sent_of(h.start)
    words = [w.strip("\u060c,").removeprefix("و") for w in art.folded_slice(art.sentences[i][0], h.start).split()]
    heads, ords = grammar_words("visit_day_words"), grammar_words("visit_day_ordinals")
    links, nouns = grammar_words("visit_day_links"), grammar_words("visit_day_nouns")
    return any(w in heads and words[k + 1] in ords and words[k + 2] in links and words[k + 3] in nouns
               for k, w in enumerate(words[:-3]))
