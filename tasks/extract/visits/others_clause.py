"""Another noun's past relative clause after the meeting: a date inside it is that clause's. In
"التقى الرئيس مع نظيره، وبحثا تنفيذ الاتفاقية التي وقعها البلدان في مارس 2010" (the president met his
counterpart, and they discussed carrying out the agreement the two countries signed in March 2010) March
2010 is the signing's, and "وتم الاتفاق على تفعيل اللجنة المشتركة والتي كان آخر انعقاد لها في عام 2006"
(and they agreed to activate the joint committee, whose last session was in 2006) dates the committee's
session: the meeting told as news keeps no day of it. The clause is another noun's when a verb of the
sentence stands between the meeting word and its pronoun (the meeting's own phrase has ended: "وبحثا
تنفيذ ...") and no meeting word, summit or person does (so "القمة التي عقدت الثلاثاء", "زيارته التي بدأها
أمس", "على هامش القمة التي", "نظيره الذي وصل أمس" still date the meeting: clauses.in_relative_clause,
antecedent.relative_after). The clause opens with a past verb that is no meeting word ("الذي وصل",
who arrived, tells the trip) and runs to the date with no comma. A meeting word inside the clause
("الاتفاقيات التي وقعت خلال زيارته لتونس في يوليو الماضي", signed during his visit to Tunis last July)
keeps the date as its own: only a meeting word before the pronoun loses it. A time noun's clause is the
meeting's time: "ستجري في موعدها الذي كان مقررا في 12 يونيو" (will take place on its date, set for 12 June).
Past a summit or trip word too, when the noun phrase the pronoun hangs on is another's (other_antecedent):
"توجه السيسي إلى كريت للمشاركة في القمة الثلاثية ... وذلك في إطار آلية التعاون الثلاثي التي انطلقت في
القاهرة في نوفمبر 2014" (went to Crete for the trilateral summit, within the cooperation mechanism launched
in Cairo in November 2014): November 2014 is the mechanism's, the trip is news. Only a date over a month
old: a recent one may be that of a gathering under way the meeting is part of ("ضمن الجولة التي بدأها أمس")."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.antecedent import relative_after
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec, verbal_noun
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

CLAUSE_CHARS = 80  # from the relative pronoun to the date inside its clause
FRAME_DAYS = 31  # before publication: a date older is no gathering's under way (_long_before)
ANTECEDENT_WORDS = 6  # words back from the pronoun to the start of the noun phrase it hangs on
_WORD = re.compile(r"\S+")
_PUNCT = "\u060c,;:.()\"«»"
_OPENING_PROCLITICS = (WA, fold_term("بال"), fold_term("لل"), fold_term("كال"), fold_term("فال"))
_DEFINITE = tuple(fold_term(p) for p in ("ال", "وال", "بال", "وبال", "لل", "ولل", "كال", "فال"))


def others_clause_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date d, after the meeting word h in sentence i, lies in the past relative clause of another
    noun than the meeting (module docstring)."""
    lo = art.word_end(h.end)
    if d.start < lo:
        return False
    pronouns = [m for m in _WORD.finditer(art.text, lo, d.start)
                if fold_term(m.group()).lstrip(WA) in grammar_words("relative_pronouns")]
    if not pronouns:
        return False
    rel = pronouns[-1].start()
    if d.start - rel > CLAUSE_CHARS or any(p in art.text[rel:d.start] for p in "\u060c,;:"):
        return False
    first = art.folded_slice(rel, d.start).split()[:2]
    if len(first) < 2 or verb_tense(" ".join(first)) != "past":
        return False
    if art.near("triggers", i, rel, pronouns[-1].end() + 1 + len(first[1])):
        return False  # the clause's verb is a meeting word: "الذي وصل أمس" (who arrived yesterday)
    if any(t in w for w in art.words_before(rel, 1) for t in grammar_words("prospect_times")):
        return False  # the meeting's own time: "في موعدها الذي كان مقررا في 12 يونيو" (on its date, set for 12 June)
    if not pronouns[-1].group().startswith(WA) and _long_before(art, d) and other_antecedent(art, i, rel):
        return True  # "في إطار آلية التعاون الثلاثي التي انطلقت في نوفمبر 2014": the mechanism's, past the summit
    if any(not trigger_spec(t.group).get("tense") or verbal_noun(art.text, t) for t in art.near("triggers", i, lo, rel)) \
            or any(lo <= p.end <= rel and relative_after(art, p.end, d.start, apposition=True) for p in art.persons.get(i, [])):
        return False  # a meeting noun the clause may be about, or a person's clause ("عباس الذي وصل أمس")
    return bool(trigger_spec(h.group).get("tense")) and not verbal_noun(art.text, h) or verb_tense(art.text[lo:rel]) is not None


def _long_before(art: Article, d: Any) -> bool:
    """d is too long before publication to be that of a gathering under way the meeting is part of ("ضمن
    الجولة التي بدأها أمس", in the tour he began yesterday; "خلال الدورة التي انطلقت أمس")."""
    return art.published is not None and d.date is not None and (art.published - d.date).days > FRAME_DAYS


def other_antecedent(art: Article, i: int, rel: int) -> bool:
    """The noun phrase the relative pronoun at rel hangs on names no meeting, person, place, date or time: the
    clause describes that other noun, whatever stands before the phrase (a summit, a trip). The phrase is read
    back from the pronoun to a particle opening it (grammar.yaml antecedent_stops), a verb or punctuation, both
    left out, or to its first word when that one is definite li-/bi- ("للآلية") or "و"-joined ("والاتفاقية"),
    at most ANTECEDENT_WORDS; no such start within reach: no phrase, no reading. The phrase is definite, as a
    relative pronoun's antecedent is: a bare name the lexicon does not know may be the visited place ("زيارته
    إلى بكينن التي بدأت الثلاثاء", a misspelt Beijing). Not a "و"-joined pronoun ("والتي"), which may hang on
    a noun further back (others_clause_day reads it as before)."""
    start = None
    for m in reversed(list(_WORD.finditer(art.text, max(art.sentences[i][0], rel - 200), rel))[-ANTECEDENT_WORDS - 1:]):
        w = fold_term(m.group())
        if w in grammar_words("antecedent_stops") or any(p in m.group() for p in _PUNCT) or verb_tense(w) is not None:
            break
        start = m.start()
        if w.startswith(_OPENING_PROCLITICS):
            break
    else:
        return False
    words = art.folded_slice(start, rel).split() if start is not None else []
    if not any(w.startswith(_DEFINITE) for w in words) or any(w in grammar_words("antecedent_time_heads") for w in words):
        return False  # a bare name ("إلى بكين التي"), unknown as a place, or a time ("في العام الذي")
    return not any(art.near(kind, i, start, rel - 1) for kind in ("triggers", "persons", "places")) \
        and not any(start <= d.start < rel for d in art.dates.get(i, []))
