"""Return visits: a pair's earlier visit the other way, told in the story of the new one.
"وصل الرئيس الإريتري إلى أديس أبابا السبت ... غداة لقاء تاريخي بين أبي أحمد وأفورقي في أسمرة
الاثنين" (the Eritrean president arrived in Addis Ababa on Saturday ... after a historic meeting
in Asmara on Monday): the Asmara meeting is Abiy's trip days before, background to this one,
not the same visit. visits.merge reads it."""
from __future__ import annotations

from tasks.extract.visits.article import Candidate
from tasks.extract.visits.leaders import pid

RETURN_VISIT_DAYS = 3  # how many days before the pair's latest dated mention an opposite trip is another visit


def earlier_return_visit(group: list[Candidate]) -> list[Candidate]:
    """The candidates of one pair's reported group that tell an earlier trip the other way:
    dated by day at least RETURN_VISIT_DAYS before the group's latest day, in a city of
    their own host's country, while every mention of that latest day goes the other way."""
    dated = [c for c in group if c.date is not None and c.precision == "day"]
    if not dated:
        return []
    last = max(c.date for c in dated)
    latest = {(pid(c.visitor), pid(c.host)) for c in dated if c.date == last}
    if len(latest) != 1:
        return []
    [(visitor, host)] = latest
    return [c for c in dated if (pid(c.visitor), pid(c.host)) == (host, visitor)
            and (last - c.date).days >= RETURN_VISIT_DAYS and c.city is not None and c.country == c.host.country]
