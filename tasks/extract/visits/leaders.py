"""Who counts as a leader, and the leader records the visit rules compare: the same
person (:func:`pid`), one mention per person (:func:`distinct`), the unnamed head of
a visited country (:func:`country_head`)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache
from typing import Any, Collection, Mapping

from tasks.extract.entities import Mention
from ziyarat.lexicon import Period, get_lexicon, triggers_lexicon


@cache
def _leader_offices() -> frozenset[str]:
    """The offices that make a person a leader (head of state or government)."""
    return frozenset(triggers_lexicon().get("leader_offices", ["head_of_state", "head_of_government"]))


@cache
def _host_offices() -> dict[str, list[str]]:
    """country -> offices to try, in order, for a host the article does not name."""
    lex = triggers_lexicon()
    default = list(lex.get("host_office", ["head_of_state", "head_of_government"]))
    out: dict[str, list[str]] = defaultdict(lambda: default)
    for office, countries in (lex.get("host_office_by_country") or {}).items():
        for c in countries:
            out[c] = [office] + [o for o in default if o != office]
    return out


def country_head(country: str | None, when: dt.date | Period | None,
                 named: Mapping[str, Collection[str]] | None = None, surnamed: Collection[str] = ()) -> Any | None:
    """The leader who receives foreign leaders in ``country`` on ``when`` (lexicon
    tenure; over a whole Period), as a mention-like record with no offsets; None when
    unknown, ambiguous or when ``when`` is None (never today's holder). Over a period
    in which the office changed hands, the one holder in it among ``named`` (the people
    the article names, with the offices it gives them: "زيارة للهند" in an undated story
    that names مودي is to Modi, not Singh; not one named who held a lesser office in it
    too). An office held by several over the period, none of them named, stops the search:
    the host of an undated "زيارة للإمارات" is one of the UAE's presidents of the time, not
    its prime minister. Failing a holder named in full, the one named by a bare surname
    (``surnamed``): an undated "زيارة أحمدي نجاد لمصر ... استقبال مرسي له" (Ahmadinejad's
    term saw Mubarak, Morsi and Mansour) is to Morsi."""
    if not country:
        return None
    lex = get_lexicon()
    for office in _host_offices()[country]:
        # one who also held a lesser office in the period, untitled (محمد بن زايد: crown prince, then
        # president), may be named as that: the host is then unknown
        holding = {i for i, offices in (named or {}).items() if office in offices and set(offices) <= _leader_offices()}
        p = lex.holder_named(office, country, when, holding, set(surnamed)) if when is not None else None
        if p is not None:
            active = p.offices_on(when)
            return Mention(p.id, "person", p.name_en, p.name_ar, "", -1, -1, "country", country, None,
                           list(dict.fromkeys(o.office for o in active)))
        if isinstance(when, Period) and lex.holders_during(office, country, when):
            return None
    return None


def is_leader(m: Any) -> bool:
    """A person mention holding a head-of-state/government office."""
    return getattr(m, "entity_type", None) == "person" and bool(_leader_offices() & set(getattr(m, "offices", None) or ()))


def pid(m: Any) -> str:
    return m.entity_id or m.name_en or m.surface


def distinct(ms: list, keep: str) -> list:
    """One mention per person, the first (or last) of each in text order."""
    seq = ms if keep == "first" else list(reversed(ms))
    seen: set[str] = set()
    out = []
    for m in seq:
        if pid(m) not in seen:
            seen.add(pid(m))
            out.append(m)
    return out if keep == "first" else list(reversed(out))
