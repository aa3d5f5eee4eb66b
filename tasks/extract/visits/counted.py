"""A meeting noun counted, or counted from (retold.retold reads both as a meeting told as the background of the news,
not as the news): a plural after a count ("قام كيم بثلاث زيارات خارجية", Kim made three trips abroad) and a span counted
from the meeting to the news ("بعد ثلاثة أسابيع من زيارة", three weeks after the visit). Moved unchanged out of
retold.py (session 36) when it passed 500 lines."""
from __future__ import annotations

from tasks.extract.calendar import count_words, hedge_words, unit_words
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import PRONOUN_ENCLITICS, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def counted(art: Article, h: Hit) -> bool:
    """A plural meeting noun after a count: "قام كيم بثلاث زيارات خارجية" (bi-thalath ziyarat, Kim made three trips abroad),
    "8 لقاءات" (eight meetings), "عدة لقاءات" (several), "العديد من اللقاءات" (many of the meetings): counted, none told as
    news; so are a leader's own trips, a plural visit noun with his pronoun: "في زياراته للخارج" (on his visits abroad)."""
    if fold_term(h.term) not in grammar_words("plural_meeting_nouns"):
        before, word = art.words_before(art.word_start(h.start), 2), art.folded_slice(art.word_start(h.start), art.word_end(h.end))
        return before[-1:] == ["من"] and before[0] in grammar_words("many_of_heads") and word.removeprefix("ال") in grammar_words("plural_meeting_nouns")
    if h.suffix in PRONOUN_ENCLITICS and fold_term(h.term) in grammar_words("plural_trip_nouns"):
        return True
    words = art.words_before(art.word_start(h.start), 1)
    if not words:
        return False
    w = words[-1].strip("،,")
    w = w[1:] if len(w) > 2 and w[0] in "بو" and w[1:] in count_words() else w
    return w.isdigit() or w in count_words()


SPAN_WORDS_BEFORE = 9  # "بعد ما يقرب من عشرة أشهر فقط من تنظيمه" (lead, hedge, count, unit, adverb, link, act)


def days_after(art: Article, h: Hit) -> bool:
    """A visit noun after a counted span from it: "عقب 15 يوما على زيارة ترامب" ('aqiba 15
    yawman 'ala, 15 days after Trump's visit), "بعد ثلاثة أسابيع من زيارة" (three weeks after the
    visit): the news came after the visit, which is retold. A hedge may stand before the count
    (months.yaml ago hedges: "بعد نحو عشرة أشهر", ba'da nahwa, about ten months after) and a verbal noun of
    holding or arranging after the link (after_span_acts: "من تنظيمه لقاء", since he organised a meeting)."""
    if h.prefix or trigger_spec(h.group).get("tense"):
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), SPAN_WORDS_BEFORE)]
    if words and words[-1] in grammar_words("after_span_acts"):
        words.pop()  # "بعد نحو عشرة أشهر من تنظيمه لقاء نادرا" (about ten months after he organised a rare meeting)
    if len(words) >= 2 and words[-2] in grammar_words("after_span_adverbs"):
        del words[-2]  # "بعد 10 أيام فقط من لقائه" (only ten days after his meeting)
    if len(words) < 4:
        return False
    count, span, link = words[-3:]
    k = len(words) - 4
    while k > 0 and words[k] in hedge_words():
        k -= 1  # "بعد أكثر من عشرة أشهر" (more than ten months after)
    lead = words[k]
    return (lead.removeprefix("و") in trigger_words("after_leads") and (count.isdigit() or count in count_words())
            and span in unit_words("day", "week", "month", "year", "decade") and link in grammar_words("after_span_links"))
