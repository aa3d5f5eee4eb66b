"""Who leads a country on a day: the holders of the title office "leader" ("الزعيم الإثيوبي",
the Ethiopian leader), derived from people.yaml's heads of state and government and titles.yaml
`leaders` (the periods in which a country's head of government, not its ceremonial head of
state, runs it). ziyarat.lexicon adds them to its office holders, so such a title resolves like
any other: "الزعيم الهندي" in 2013 is Manmohan Singh, "الزعيم الكوري الشمالي" Kim Jong-un."""
from __future__ import annotations

import datetime as dt

LEADER = "leader"
HEADS = ("head_of_state", "head_of_government")


def real_offices(office: str) -> tuple[str, ...]:
    """The offices of people.yaml a title's office may be: the heads' for "leader"."""
    return HEADS if office == LEADER else (office,)


def _day(v) -> dt.date | None:
    return v if isinstance(v, dt.date) or v is None else dt.date.fromisoformat(str(v))


def _clip(start, end, lo, hi) -> tuple | None:
    """[start, end) cut to [lo, hi); None ends are open; None when nothing is left."""
    s = lo if start is None else start if lo is None else max(start, lo)
    e = hi if end is None else end if hi is None else min(end, hi)
    return None if s is not None and e is not None and s >= e else (s, e)


def _pieces(periods) -> list[tuple]:
    """The head of government's periods, then the head of state's (the rest of time)."""
    gov = sorted(((_day(p.get("from")), _day(p.get("to"))) for p in periods or ()),
                 key=lambda p: p[0] or dt.date.min)
    out, cursor = [], None
    for s, e in gov:
        out.append(("head_of_government", s, e))
        if s is not None and (cursor is None or cursor < s):
            out.append(("head_of_state", cursor, s))  # the head of state before: from the last end (or ever)
        cursor = e
        if e is None:
            break
    else:
        out.append(("head_of_state", cursor, None))
    return out


def leader_holders(holders: dict, data: dict | None, office_type) -> dict:
    """(LEADER, country) -> [(office_type(LEADER, country, start, end), person id)]: each head's
    term cut to the periods in which his office leads the country."""
    gov = (data or {}).get("head_of_government") or {}
    countries = {c for off, c in holders if off in HEADS}
    out: dict = {}
    for country in sorted(countries):
        for office, lo, hi in _pieces(gov.get(country)) if country in gov else [("head_of_state", None, None)]:
            for off, pid in holders.get((office, country), ()):
                cut = _clip(off.start, off.end, lo, hi)
                if cut is not None:
                    out.setdefault((LEADER, country), []).append((office_type(LEADER, country, *cut), pid))
    return out
