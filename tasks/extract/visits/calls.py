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
    return bool(named) and named <= {pid(c.visitor), pid(c.host)} \
        and any(not art.in_quote(x.start) and fold_term(x.term) in calls for x in art.cues(j, "c:remote_contact"))
