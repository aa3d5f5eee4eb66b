"""A visit told on its eve: a sa- future ("سيزور", will visit) dated on the publication day by a weekday or a
calendar date, not by "اليوم" (today). A wire that names the weekday of a visit it says will happen was written
before that day (the record dated the next morning): "اعلنت رئاسة الوزراء الثلاثاء ان كاميرون سيزور الجزائر
الاربعاء" (announced on Tuesday that Cameron will visit Algeria on Wednesday) in Wednesday's record is a visit
announced for the future, which the guide does not report; "سيصل إلى القاهرة اليوم" (will arrive in Cairo today)
is the day's news, and so is the bare present ("يصل ... الأربعاء", the headline's narrative present). An arrival
with what he is to do there after "حيث" ("سيصل ... الجمعة 7 يونيو ...، حيث سيشارك", where he will take part) stays
the day's arrival, as begun.where_sequel_today reads it (session 39's choice, kept)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.ahead import sa_marked
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.begun import own_day_between
from ziyarat.arabic import fold_term

SA_STEMS = ("\u0633\u064a", "\u0633\u062a")  # a trigger written with its sa- ("سيزور", "ستستقبل")
EVE_KINDS = frozenset({"weekday", "absolute"})  # "الاربعاء", "الجمعة 15 فبراير"; not "اليوم الاربعاء" (kind relative)


def _sa_future(art: Article, c: Candidate) -> bool:
    """The reading's trigger carries the sa- future ("سيزور"), as timing.visit_kind reads it."""
    return c.future and (sa_marked(art, c.hit) or fold_term(c.hit.term).startswith(SA_STEMS))


def _eve_day(art: Article, c: Candidate) -> Any:
    """The date mention dating c, when it is the publication day told by a weekday or a calendar date."""
    if art.published is None or c.date != art.published or c.precision != "day":
        return None
    return next((d for d in art.dates.get(c.sentence, []) if d.surface == c.date_evidence and d.date == c.date
                 and d.kind in EVE_KINDS), None)


def _where_programme(art: Article, c: Candidate) -> bool:
    """An arrival dated before a "حيث" (where) that opens its programme: "سيصل ... الجمعة 7 يونيو، حيث سيشارك"."""
    wheres = [w for w in art.cues(c.sentence, "c:where_after_arrival") if c.hit.end <= w.start]
    return bool(wheres) and own_day_between(art, c.sentence, c.hit.end, wheres[0].start)


def told_on_eve(art: Article, group: list[Candidate]) -> bool:
    """Every reading of the pair is a sa- future dated on the publication day by a weekday or a calendar date:
    the visit is told ahead, the day before it ("سيستقبل ... الجمعة 15 فبراير" in the 15th's record)."""
    return bool(group) and all(_sa_future(art, c) and _eve_day(art, c) is not None and not _where_programme(art, c)
                               for c in group)
