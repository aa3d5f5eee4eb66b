"""Calls told as talks: "أجرى مون وترامب محادثات، الأحد ..." followed by "وقال مكتب الرئاسة
إن مون وترامب تحدثا هاتفيا" (Moon and Trump held talks on Sunday ... the presidency said they
spoke by phone): the next sentence says the talks were a call. visits.candidates reads it."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words


def call_told_next(art: Article, c: Candidate) -> bool:
    """Candidate c is a meeting told as held with no place, in a sentence with no trip
    in it (no arrival or visit word), and the next sentence tells a call (outside
    quotations; not a letter or greetings) naming one or both of the pair and no other
    leader: the talks were that call."""
    i = c.sentence
    if c.kind != "reported" or c.planned or c.city is not None or c.country is not None \
            or trigger_spec(c.hit.group)["role"] != "meet":
        return False
    if any(trigger_spec(h.group)["role"] in ("arrive", "visit") for h in art.by_sent.get(i, ()) if h.group.startswith("t:")):
        return False
    j = i + 1
    calls = trigger_words("call_words")
    named = {pid(m) for m in art.leaders.get(j, [])}
    if bool(named) and named <= {pid(c.visitor), pid(c.host)} \
            and any(not art.in_quote(x.start) and fold_term(x.term) in calls for x in art.cues(j, "c:remote_contact")):
        return True
    return also_after_call(art, c)


ALSO_WORDS = 2  # words between the meeting word and its "also", either side: "أجرى أيضا محادثات", "التقى الأربعاء أيضا"


def also_after_call(art: Article, c: Candidate) -> bool:
    """Talks told "also" ("أجرى آبي أيضا محادثات الأربعاء مع رئيس كوريا الجنوبية", Abe also held talks on
    Wednesday with South Korea's president) after an earlier sentence tells a call with one of the pair: the
    same way of talking, another call."""
    words = [fold_term(w.strip("،,")) for w in art.text[c.hit.end:c.hit.end + 60].split()[:ALSO_WORDS + 1]] \
        + [fold_term(w.strip("،,")) for w in art.text[max(0, c.hit.start - 40):c.hit.start].split()[-ALSO_WORDS:]]
    if not set(words) & set(trigger_words("also_words")):
        return False
    pair = {pid(c.visitor), pid(c.host)}
    return any(any(not art.in_quote(x.start) for x in art.cues(j, "c:remote_contact"))
               and {pid(m) for m in art.leaders.get(j, [])} & pair for j in range(c.sentence))
