"""Meetings announced, agreed on or decided, told ahead of the news: the next of a series
announced ("أعلن ترامب عن لقاء ثان مع كيم", announced a second meeting with Kim) and the holding
of a meeting disclosed, agreed or decided ("كشف الكرملين عن عقد قمة بين بوتين وترامب", the Kremlin
disclosed the holding of a summit; "اتفق الرئيسان على عقد قمة", the two presidents agreed on
holding a summit; "تقرر عقد قمة", it was decided to hold a summit). plans.plan_cue reads them to
plan the meeting."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import that_clause_between
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

ANNOUNCE_WORDS = 8  # "أعلن فيه الرئيس الأمريكي دونالد ترامب عن": the verb, its subject, "عن"
ANNOUNCE_CHARS = 80  # ... within this many characters


def announced_next(art: Article, h: Hit) -> bool:
    """An indefinite meeting noun, announced, that is the next of a series: "أعلن ترامب عن
    لقاء ثان مع الزعيم الكوري" (a'lana 'an liqa' thanin, announced a second meeting with the
    Korean leader), "أعلنت عن قمة جديدة" (announced a new summit): a meeting ahead."""
    if trigger_spec(h.group).get("tense") or h.suffix or definite(h):
        return False
    start = art.word_start(h.start)
    lo = art.word_start(max(art.sentences[art.sent_of(h.start)][0], start - ANNOUNCE_CHARS))
    before = [w.strip("،,") for w in art.folded_slice(lo, start).split()[-ANNOUNCE_WORDS:]]
    if not before or before[-1] != "عن" or not any(w in grammar_words("announce_words") for w in before[:-1]):
        return False
    nxt = art.folded_slice(art.word_end(h.end), min(len(art.text), art.word_end(h.end) + 12)).split()[:1]
    return bool(nxt) and nxt[0].strip("،,") in grammar_words("next_in_series")


def announced_holding(art: Article, h: Hit) -> bool:
    """A meeting whose holding ("عقد", "إجراء": the verbal noun) is what a word of announcing or
    disclosing governs through "عن" ("كشف الكرملين عن عقد قمة بين بوتين وترامب"), a word of agreeing
    through "على" ("اتفق بوتين وأردوغان على عقد قمة") or a word of deciding right before it, names
    aside ("قرر الرئيسان عقد قمة", "تقرر عقد قمة"): a meeting ahead, however it is dated, unless a day
    up to publication follows it in its sentence ("كشف عن عقد لقاء سري بينهما الأسبوع الماضي", disclosed
    a secret meeting held last week) before any "that" ("على أن يتم الإعلان عن مكانها الخميس", with its
    place to be announced on Thursday: the day of what is still to come) or "in order to" (the day of
    the purpose's own act). "عقد لقاء" read as a verb (he
    held a meeting) is the noun here."""
    i = art.sent_of(h.start)
    pub = art.published
    return holding_governed(art, h) and not any(d.start >= h.end and d.date is not None and (pub is None or d.date <= pub)
                                                and not that_clause_between(art, h.end, d.start)
                                                and not _purpose_between(art, h.end, d.start) for d in art.dates.get(i, []))


def holding_governed(art: Article, h: Hit) -> bool:
    """The meeting's holding ("عقد", "إجراء") is what a word of announcing governs through "عن", of agreeing
    through "على", or of deciding right before it ("اتفق الرئيسان على عقد قمة"), whatever its day."""
    first = fold_term(h.term.split()[0])
    own = trigger_spec(h.group).get("tense") is not None
    if own and not (len(h.term.split()) > 1 and first in grammar_words("holding_nouns")):
        return False
    i, start = art.sent_of(h.start), art.word_start(h.start)
    words = _words_before(art, i, start)
    if not own:
        if not words or words[-1] not in grammar_words("holding_nouns"):
            return False
        words = words[:-1]
    if not words:
        return False
    return (words[-1] == fold_term("على") and any(w in grammar_words("agree_words") for w in words[:-1])
            or words[-1] == "عن" and any(w in grammar_words("announce_words") for w in words[:-1])
            or words[-1] in grammar_words("decide_words"))


def _purpose_between(art: Article, lo: int, hi: int) -> bool:
    """An "in order to" (grammar.yaml purpose_leads: "بهدف", "بغرض") opens a purpose phrase between lo
    and hi: "اتفقا على عقد لقاءات جديدة بهدف تسريع تنفيذ الاتفاقيات الموقعة في سبتمبر الماضي" (agreed to
    hold new meetings in order to speed up the agreements signed last September): the day is the
    agreements', not the meetings'."""
    return any(w.strip("،,") in grammar_words("purpose_leads") for w in art.folded_slice(lo, hi).split())


def _words_before(art: Article, i: int, start: int) -> list[str]:
    """The folded words of sentence i within ANNOUNCE_CHARS before start, names of persons left
    out ("قرر بوتين وأردوغان عقد": the decision word stands right before the holding)."""
    lo = art.word_start(max(art.sentences[i][0], start - ANNOUNCE_CHARS))
    spans = [(m.start, m.end) for m in art.persons.get(i, [])]
    out = []
    for w in re.finditer(r"\S+", art.text[lo:start]):
        a, b = lo + w.start(), lo + w.end()
        if not any(s < b and a < e for s, e in spans):
            out.append(fold_term(w.group().strip("،,")))
    return out[-ANNOUNCE_WORDS - 1:]  # the holding noun and the words of ANNOUNCE_WORDS before it
