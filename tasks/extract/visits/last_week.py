"""A meeting held last week that the article's lead tells as its news: "صرح مصدر دبلوماسي أن رئيس الوزراء
الإسرائيلي نتنياهو التقى العاهل الأردني الملك عبد الله الثاني الأسبوع الماضي في الأردن" (a diplomatic source
said Israel's prime minister Netanyahu met Jordan's King Abdullah II last week in Jordan) is reported: a
past meeting verb of the lead's own statement, not of a relative clause ("الذي التقى", who met) and not
recalled deeper in the text, where "الأسبوع الماضي" (last week) stays an earlier meeting the news only
recalls (timing.visit_kind). So is one held "منذ أيام" (days ago) that the lead tells (lead_news, read by
recalled.told_ago). So is a visit noun the lead's past act is framed by: "كشفت صحيفة أن الرئيس البشير أجرى
فحوصات طبية في السعودية خلال زيارة غير معلنة أواخر الأسبوع الماضي" (a paper disclosed that al-Bashir had medical
tests in Saudi Arabia during an unannounced visit late last week)."""
from __future__ import annotations

import datetime as dt
import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.framed import frame_words
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

LAST_WEEK_DAYS = 13  # from the first day of last week to the publication day, at most
ACT_WORDS = 14  # from a during-word back over the act's object and subject to its verb


def lead_news_last_week(art: Article, i: int, h: Hit, date: dt.date | None, precision: str | None) -> bool:
    """The lead's past meeting verb h, dated last week, tells the article's news."""
    pub = art.published
    if precision != "week" or date is None or pub is None or not 0 < (pub - date).days <= LAST_WEEK_DAYS:
        return False
    return lead_news(art, i, h) or _lead_act_during(art, i, h)


def _lead_act_during(art: Article, i: int, h: Hit) -> bool:
    """h, a visit noun of the lead, is framed by a during-word ("خلال زيارة", grammar.yaml during_words) whose
    clause's verb is a past one with a leader named right before it, its subject: no comma, "أن" (that) nor relative
    pronoun between, no "كان"/"قد" (background) or relative pronoun before the verb: "أن الرئيس البشير أجرى فحوصات
    ... خلال زيارة" (had tests during a visit); not "قيادات التقت أردوغان خلال زيارته" (leaders who met Erdogan)."""
    if i != lead_sentence(art) or trigger_spec(h.group).get("tense") or trigger_spec(h.group)["role"] != "visit" \
            or grammar_words("during_words").isdisjoint(w.removeprefix("و") for w in art.words_before(art.word_start(h.start), 1)):
        return False
    lo = art.sentences[i][0]
    words = [(fold_term(m.group()), lo + m.start()) for m in re.finditer(r"[^\s،,]+|[،,]", art.text[lo:art.word_start(h.start)])]
    words = words[-ACT_WORDS - 1:-1]
    stops = trigger_words("complementizers") | grammar_words("relative_pronouns") | {"،", ","}
    for k in range(len(words) - 1, -1, -1):
        w, at = words[k]
        if w in stops or w.removeprefix("و") in grammar_words("relative_pronouns"):
            return False
        if (tense := verb_tense(w)) is not None:
            before = {x.removeprefix("و") for x, _ in words[max(0, k - 2):k]}
            return tense == "past" and before.isdisjoint(grammar_words("kana_forms") | grammar_words("qad_forms")
                                                         | grammar_words("relative_pronouns")) \
                and any(0 <= at - m.end <= 1 for m in art.leaders.get(i, []))
    return False


def lead_news(art: Article, i: int, h: Hit) -> bool:
    """h is a past meeting verb of the lead's own statement, not of a relative clause: a meeting of the last
    days it tells is the news (this week's, or days ago: recalled.told_ago)."""
    spec = trigger_spec(h.group)
    if i != lead_sentence(art) or spec.get("tense") != "past" or spec["role"] not in ("meet", "arrive", "receive"):
        return False
    before = [w.removeprefix("و") for w in art.words_before(art.word_start(h.start), 2)]
    return not set(before) & grammar_words("relative_pronouns")
