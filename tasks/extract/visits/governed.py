"""Meeting nouns a future verb governs through a preposition, told ahead of the news: with bi-
("سيولي أهمية ... بمباحثاته مع أوباما", will give weight in his talks with Obama) or after "في"
("سيشاركان في اجتماع مكة", the two will take part in the Mecca meeting). timing.plan_cue reads
them to plan the meeting; the verb is found by ahead.governing_verb_future."""
from __future__ import annotations

from tasks.extract.visits.ahead import governing_verb_future, today_between
from tasks.extract.visits.article import Article
from ziyarat.matching import Hit


BI_VERB_WORDS = 5  # from a bi- meeting noun ("بمباحثاته") back to the verb that governs it


def bi_future(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun with bi- whose governing verb is a sa- future: "سيولي أهمية للأزمة
    السورية بمباحثاته مع أوباما" (he will give the Syrian crisis weight in his talks with
    Obama) speaks of talks ahead."""
    return "ب" in h.prefix and governing_verb_future(art, i, art.word_start(h.start), 0, BI_VERB_WORDS)


IN_VERB_WORDS = 3  # from "في" (in, at) back to its verb: "سيشاركان في اجتماع", "سيشارك الرئيس في القمة"


def in_future(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun after "في" (in, at) whose verb right before is a sa- future (names left out):
    "سيشاركان في اجتماع مكة الذي دعا إليه الملك" (the two will take part in the Mecca meeting the
    king called) is a meeting ahead, though the relative clause after it is past; "سيشارك اليوم
    في القمة" (will take part today) is under way, and "شارك في اجتماع" (took part) held."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] == "في") or h.prefix:
        return False
    start = art.word_start(h.start)
    lo = art.word_start(max(art.sentences[i][0], start - 60))
    return governing_verb_future(art, i, start, 1, IN_VERB_WORDS) and not today_between(art, i, lo, start)
