"""A meeting held last week that the article's lead tells as its news: "صرح مصدر دبلوماسي أن رئيس الوزراء
الإسرائيلي نتنياهو التقى العاهل الأردني الملك عبد الله الثاني الأسبوع الماضي في الأردن" (a diplomatic source
said Israel's prime minister Netanyahu met Jordan's King Abdullah II last week in Jordan) is reported: a
past meeting verb of the lead's own statement, not of a relative clause ("الذي التقى", who met) and not
recalled deeper in the text, where "الأسبوع الماضي" (last week) stays an earlier meeting the news only
recalls (timing.visit_kind). So is one held "منذ أيام" (days ago) that the lead tells (lead_news, read by
recalled.told_ago)."""
from __future__ import annotations

import datetime as dt

from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

LAST_WEEK_DAYS = 13  # from the first day of last week to the publication day, at most


def lead_news_last_week(art: Article, i: int, h: Hit, date: dt.date | None, precision: str | None) -> bool:
    """The lead's past meeting verb h, dated last week, tells the article's news."""
    pub = art.published
    if precision != "week" or date is None or pub is None or not 0 < (pub - date).days <= LAST_WEEK_DAYS:
        return False
    return lead_news(art, i, h)


def lead_news(art: Article, i: int, h: Hit) -> bool:
    """h is a past meeting verb of the lead's own statement, not of a relative clause: a meeting of the last
    days it tells is the news (this week's, or days ago: recalled.told_ago)."""
    spec = trigger_spec(h.group)
    if i != lead_sentence(art) or spec.get("tense") != "past" or spec["role"] not in ("meet", "arrive", "receive"):
        return False
    before = [w.removeprefix("و") for w in art.words_before(art.word_start(h.start), 2)]
    return not set(before) & grammar_words("relative_pronouns")
