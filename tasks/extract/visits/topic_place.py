"""A place after "في" (in) that is the talks' topic, not their venue: after a situation noun ("لبحث وقف إطلاق النار
في قطاع غزة", the ceasefire in Gaza) or a people's adjective or plural ("العمالة المصرية في ليبيا", Egyptian labour
in Libya). visits.place drops it from the meeting's places."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.sides import people_plural
from ziyarat.arabic import BI, LI, WA, fold_term
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words


def topic_place(art: Article, p: Any) -> bool:
    """The place after "في" follows a situation noun (grammar.yaml situation_nouns) within
    three words: "لبحث وقف إطلاق نار طويل الأمد في قطاع غزة" (to discuss a lasting ceasefire
    in the Gaza Strip) is where the ceasefire is, not where the leaders met."""
    words = [w.strip("،,") for w in art.words_before(p.start, 5)]
    if not words or words[-1].lstrip(WA) not in ("\u0641\u064a",):  # في
        return False
    return any(_situation_noun(w) for w in words[-4:-1]) or (len(words) > 1 and _nationals_before(art, p, words[-2])) \
        or especially_topic(art, p)


SIYYAMA, NOT_LA = fold_term("سيما"), {fold_term(w) for w in ("لا", "ولا")}  # the two words of "لا سيما"
ESPECIALLY_REACH = 5  # words before "خصوصا" a situation noun may stand: "تطورات الاوضاع في الشرق الأوسط خصوصا"


def especially_topic(art: Article, p: Any) -> bool:
    """The "في" before the place follows a word of "especially" (grammar.yaml especially_words, "لا سيما" too)
    that itself follows a situation noun within a few words: "تطورات الاوضاع في المنطقة خصوصا في سوريا" (the
    situation in the region, especially in Syria) narrows the topic's place; Syria is no venue nor destination.
    Not "زار عدة مدن خصوصا في الجنوب" (no situation noun before the particle)."""
    words = [w.strip("،,") for w in art.folded_slice(max(0, p.start - 90), p.start).split()][:-1]  # "في" dropped
    if not words or words[-1] not in grammar_words("especially_words"):
        return False
    if words.pop() == SIYYAMA and words and words[-1] in NOT_LA:  # "لا سيما", "ولا سيما": the "لا" before it goes too
        words.pop()
    return any(_situation_noun(w) for w in words[-ESPECIALLY_REACH:])


TITLE_BEFORE_PLACE_CHARS = 5  # a title's end to the place: "نظيره الليبي في القاهرة"


def _nationals_before(art: Any, p: Any, word: str) -> bool:
    """A country's adjective, or its people's plural, right before "في" and in no leader's
    title: "مشاكل المصريين في ليبيا" (the problems of the Egyptians in Libya), "العمالة
    المصرية في ليبيا" (Egyptian labour in Libya) name where those people are, not where
    the talks were; "نظيره الليبي في القاهرة" (his Libyan counterpart in Cairo) is a title. The
    indefinite plural too: "مسلحين فلسطينيين في غزة" (Palestinian gunmen in Gaza)."""
    if word not in get_lexicon().adjectives and not people_plural(word) \
            and not (word[:2] != "\u0627\u0644" and people_plural("\u0627\u0644" + word)) or _meetings_adjectives(art, p):
        return False
    return not any(0 <= p.start - m.end <= TITLE_BEFORE_PLACE_CHARS for m in art.persons.get(art.sent_of(p.start), []))


MEETING_ADJECTIVES = 4  # adjectives between a meeting word and "في": "القمة الثنائية الفرنسية الألمانية في"


def _meetings_adjectives(art: Article, p: Any) -> bool:
    """The adjectives before "في" are a meeting word's, nothing else between (a bilateral word of triggers.yaml
    bilateral_after and the sides' adjectives, none of multilateral_after): "خلال القمة الثنائية الفرنسية الألمانية
    في ميسبرغ" (during the bilateral French-German summit at Meseberg), "المحادثات المصرية الروسية في موسكو" are
    where the two sides met; "العمالة المصرية في ليبيا" (Egyptian labour) and "القمة العربية في" (a multilateral one) are not."""
    fi = art.word_start(art.word_start(p.start) - 1)  # the "في" before the place
    allowed = (set(get_lexicon().adjectives) | trigger_words("bilateral_after")) - trigger_words("multilateral_after")
    for h in art.by_sent.get(art.sent_of(p.start), ()):
        words = art.folded_slice(art.word_end(h.end), fi).split()
        if h.group.startswith("t:") and trigger_spec(h.group)["role"] == "meet" and h.end <= fi and 0 < len(words) <= MEETING_ADJECTIVES and all(w in allowed for w in words):
            return True
    return False


def _situation_noun(w: str) -> bool:
    """A situation noun, its li-/bi-/wa- too: "لحل للأزمة في مالي" (li-l-azma, for a solution
    to the crisis in Mali) names Mali as the crisis's place."""
    forms = {w, w[1:]} if w[:1] in WA + BI + LI else {w}
    if w[:2] == LI + LI:
        forms.add("\u0627" + w[1:])  # "للأزمة" -> "الأزمة": li- + al- written with one lam
    return bool(forms & grammar_words("situation_nouns"))
