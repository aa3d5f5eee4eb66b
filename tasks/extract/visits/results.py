"""A visit whose results are the article's news: the headline names the results of a visit ("مجلس الوزراء يستعرض
نتائج زيارة قنديل للعراق", the cabinet reviews the results of Qandil's visit to Iraq) and the lead tells them
("استعرض مجلس الوزراء نتائج الزيارة التي أجراها ...", reviewed the results of the visit he made). Such a visit has
just ended and is the one the article reports; the genitive of "نتائج" (the results of) deeper in an article about
something else stays a visit behind the news (retold._commented_on), and so does one a date puts weeks back
(timing.visit_kind reads the date first)."""
from __future__ import annotations

from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

LEAD_REACH = 1  # sentences past the lead that still tell its news (a text that repeats its headline first)


def results_news(art: Article, i: int, h: Hit) -> bool:
    """The visit noun h, in sentence i, is the genitive of a noun of what came out of a visit ("نتائج", results;
    grammar visit_outcome_heads) in the article's lead, and the headline names a visit's results too."""
    lead = lead_sentence(art)
    if lead is None or i > lead + LEAD_REACH:
        return False
    before = art.words_before(art.word_start(h.start), 1)
    return bool(before) and before[0] in grammar_words("visit_outcome_heads") and results_headline(art)


def results_headline(art: Article) -> bool:
    """The headline has a meeting noun right after a noun of what came out of it: "نتائج زيارة" (the results of
    the visit), "حصيلة مباحثات" (the outcome of the talks)."""
    head = art.headline() if art.headline is not None else None
    if head is None:
        return False
    heads = grammar_words("visit_outcome_heads")
    return any(h.group.startswith("t:") and not trigger_spec(h.group).get("tense")
               and (head.words_before(head.word_start(h.start), 1) or [""])[0] in heads for h in head.hits)


__all__ = ["results_headline", "results_news"]
