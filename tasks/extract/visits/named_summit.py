"""A summit named by its venue: "قمة هلسنكي" (qimmat Helsinki, the Helsinki summit), "قمة سنغافورة بين ترامب وكيم"
(the Singapore summit between Trump and Kim). A summit noun in the construct state with a place right after it is the
name of an event the reader already knows, told behind the news: "تنامي الجدل حول قمة هلسنكي" (the growing row over the
Helsinki summit) three days on, "أن قمة سنغافورة ... أقامت الدليل" (that the Singapore summit proved). With a day or a
week of its own in the sentence ("قمة هلسنكي الاثنين", "اليوم") it is dated and timing reads that day; before "قبل" /
"قبيل" (before) it is ahead. retold.retold reads it (the meeting is referenced) and recalled.told_earlier makes it the
earlier meeting that the pair's bare nouns elsewhere ("بعد قمة ومؤتمر صحفي بين ترامب وبوتن") retell."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import definite
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def named_by_venue(art: Article, i: int, h: Hit) -> bool:
    """The summit noun h of sentence i, indefinite and with no pronoun, has a place right after it (one space between)
    and the sentence no day or week: the summit named as a known event ("قمة هلسنكي")."""
    if fold_term(h.term) not in trigger_words("summit_nouns") or definite(h) or h.suffix:
        return False
    end = art.word_end(h.end)
    if not any(p.start == end + 1 and art.text[end] == " " for p in art.places.get(i, [])):
        return False
    if any(d.precision in ("day", "week") for d in art.dates.get(i, [])):
        return False
    before = art.folded_slice(art.sentences[i][0], h.start - len(h.prefix)).split()[-1:]
    return not (before and before[0] in grammar_words("before_words"))
