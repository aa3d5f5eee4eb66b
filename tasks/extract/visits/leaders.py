"""Who counts as a leader, and the leader records the visit rules compare: the same
person (:func:`pid`), one mention per person (:func:`distinct`), the unnamed head of
a visited country (:func:`country_head`)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache, lru_cache
from typing import Any, Collection, Mapping

from tasks.extract.entities import Mention
from ziyarat.arabic import fold, fold_with_map
from ziyarat.lexicon import Period, get_lexicon, grammar_words, trigger_words, triggers_lexicon


@cache
def leader_offices() -> frozenset[str]:
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
                 named: Mapping[str, Collection[str]] | None = None, surnamed: Collection[str] = (),
                 first: str | None = None) -> Any | None:
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
    term saw Mubarak, Morsi and Mansour) is to Morsi. ``first``: the office a bare title beside the meeting
    names, tried before the country's usual order ("يجتمع مع الملكة", visits.title_host)."""
    if not country:
        return None
    lex = get_lexicon()
    offices = _host_offices()[country]
    for office in ([first] + [o for o in offices if o != first]) if first else offices:
        # one who also held a lesser office in the period, untitled (محمد بن زايد: crown prince, then
        # president), may be named as that: the host is then unknown
        holding = {i for i, offices in (named or {}).items() if office in offices and set(offices) <= leader_offices()}
        p = lex.holder_named(office, country, when, holding, set(surnamed)) if when is not None else None
        if p is not None:
            active = p.offices_on(when)
            return Mention(p.id, "person", p.name_en, p.name_ar, "", -1, -1, "country", country, None,
                           list(dict.fromkeys(o.office for o in active)))
        if isinstance(when, Period) and lex.holders_during(office, country, when):
            return None
    return None


def likely_head(visitor: Any, country: str | None, when: dt.date | Period | None, named: Collection[str] = (),
                surnamed: Collection[str] = (), titled: Collection[str] = ()) -> Any | None:
    """The host :func:`country_head` leaves unknown because the office changed hands over
    an undated article's period and it names none of the holders: the one who held it for
    most of the days in the period that the visitor led his country (:func:`longest_holder`), as
    a mention-like record resolved "by period". An undated "زيارة للهند" in a story titling
    Cameron prime minister (2010-2016: Singh to 2014, then Modi) is most likely to Singh; leaving
    the host out loses the visit. Only when the visitor led for most of the period: else the
    visit may be from outside it ("الرئيس السابق مبارك", a crown prince who became premier later).
    Before the longest holder, the one holder of the office out of the period whom the article names
    as sitting (``titled``: "الرئيس محمد مرسي", visits.titled_named) and who held it while the visitor
    led: the period may be set wrongly by a minister's later office ("وزير رئاسة الجمهورية بكري حسن
    صالح", first vice-president only from 2013), and the text's titled president is its host."""
    if not country or not isinstance(when, Period) or when.start is None:
        return None
    person = get_lexicon().people.get(getattr(visitor, "entity_id", None) or "")
    spans = _spans([o for o in person.offices if o.office in leader_offices()], when) if person else []
    if 2 * _days(spans) <= (_stop(when) - when.start).days:
        return None
    for office in _host_offices()[country]:
        during = {p.id for p in get_lexicon().holders_during(office, country, when)}
        if not during:
            continue
        p = None if during & (set(named) | set(surnamed)) else \
            _titled_holder(office, country, person, titled, during) or longest_holder(office, country, spans)
        if p is None:
            return None
        return Mention(p.id, "person", p.name_en, p.name_ar, "", -1, -1, "period", country, None,
                       list(dict.fromkeys(o.office for o in p.offices_on(when))))
    return None


def _titled_holder(office: str, country: str, visitor: Any, titled: Collection[str], during: set[str]) -> Any | None:
    """The one person of ``titled`` not in ``during`` who held office in country while the visitor
    held a leader's office (any of their terms overlapping), else None."""
    lex = get_lexicon()
    if not titled or visitor is None:
        return None
    mine = [o for o in visitor.offices if o.office in leader_offices()]
    hits = {p for off, p in lex.holders.get((office, country), ()) if p in titled and p not in during
            and any((off.start is None or o.end is None or off.start <= o.end)
                    and (off.end is None or o.start is None or o.start <= off.end) for o in mine)}
    return lex.people[hits.pop()] if len(hits) == 1 else None


@cache
def _horizon() -> dt.date:
    """The last day the lexicon's tenures know of (its latest start or end of an office):
    where an open period ("since 2017": up to now) is cut to weigh its holders."""
    return max(d for terms in get_lexicon().holders.values() for off, _ in terms for d in (off.start, off.end) if d)


def _stop(period: Period) -> dt.date:
    """The first day after a period, its open end cut at :func:`_horizon`."""
    return (period.end or _horizon()) + dt.timedelta(days=1)


def _spans(offices: list, period: Period) -> list[tuple[dt.date, dt.date]]:
    """The days of a period bounded from below that offices were held on, as disjoint
    [first, after last) spans."""
    start, stop = period.start, _stop(period)
    cut = sorted((max(o.start or start, start), min(o.end or stop, stop)) for o in offices)
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in cut:
        if lo < hi:
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], max(hi, out[-1][1]))
            else:
                out.append((lo, hi))
    return out


def _days(spans: list[tuple[dt.date, dt.date]]) -> int:
    return sum((hi - lo).days for lo, hi in spans)


def longest_holder(office: str, country: str, spans: list[tuple[dt.date, dt.date]]) -> Any | None:
    """The one who held office in country for more than half of the days of spans ([first,
    after last) pairs), else None."""
    days: dict[str, int] = defaultdict(int)
    for off, p in get_lexicon().holders.get((office, country), ()):
        for lo, hi in spans:
            days[p] += max((min(off.end or hi, hi) - max(off.start or lo, lo)).days, 0)
    best = max(days, key=days.get, default=None)
    return get_lexicon().people[best] if best is not None and 2 * days[best] > _days(spans) else None


def is_leader(m: Any) -> bool:
    """A person mention holding a head-of-state/government office."""
    return getattr(m, "entity_type", None) == "person" and bool(leader_offices() & set(getattr(m, "offices", None) or ()))


DECEASED_CHARS = 40  # the words around a name that may say he is dead: "الملك عبدالله - رحمه الله -"
DECEASED_TITLE_WORDS = 3  # his titles between the marker and the name: "المغفور له الملك عبدالله"


def marked_deceased(text: str, m: Any) -> bool:
    """The text marks the person as dead: "الراحل" / "الفقيد" / "المغفور له" (the late) before his
    name, past his titles ("الملك الراحل عبدالله", "المغفور له الملك عبدالله"), or "رحمه الله" /
    "طيب الله ثراه" (God rest him) right after it ("الملك عبدالله - رحمه الله -"). A dead man holds
    no office: his name, resolved by the article's date, may be a living namesake's (King Abdullah
    of Jordan for the late Saudi king). Not the blessing after a relative's name: "والد الرئيس
    رحمه الله" (the president's father, God rest him) is the father's."""
    if not _death_marked(text):
        return False
    before = [w.strip("\u060c,:-()\u2013") for w in fold(text[max(0, m.start - DECEASED_CHARS):m.start]).split()]
    titles = get_lexicon().honorifics | trigger_words("unresolved_heads") | {"\u0644\u0647"}  # "له" of "المغفور له"
    k = len(before) - 1
    while k >= 0 and len(before) - k <= DECEASED_TITLE_WORDS and before[k] in titles:
        k -= 1
    if k >= 0 and before[k] in grammar_words("deceased_before"):
        return True
    kin = trigger_words("person_heads")
    if k >= 0 and (before[k] in kin or (before[k][:1] == "\u0648" and before[k][1:] in kin)):
        return False  # "والد" (father), "ووالد" (and the father)
    after = " ".join(fold(text[m.end:m.end + DECEASED_CHARS]).replace("-", " ").replace("\u2013", " ").strip(" \u060c,()").split())
    return any(after.startswith(p) for p in grammar_words("deceased_after"))


@lru_cache(maxsize=8)
def _death_marked(text: str) -> bool:
    """Whether the folded text holds a word of grammar.yaml deceased_before, or every word of a
    deceased_after phrase: marked_deceased can be true of none of its mentions otherwise (each word it
    compares is a piece of the folded text), and most articles have none. Cached per text."""
    ft = fold_with_map(text).text
    return any(w in ft for w in grammar_words("deceased_before")) \
        or any(all(w in ft for w in p.split()) for p in grammar_words("deceased_after"))


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


COORDINATED_WORDS = 3  # "والرئيس التركي" (and the Turkish president) before the second one's name


def coordinated(art: Any, first: Any, second: Any) -> bool:
    """second is joined to first by "و" (and), a few words at most, no comma; but the comma
    that closes first's apposition, opened by one right before his name: "مع رئيس الوزراء
    الإسرائيلي، نتنياهو، والرئيس الفلسطيني عباس" (with the Israeli PM, Netanyahu, and the
    Palestinian president Abbas)."""
    gap = art.folded_slice(first.end, second.start).split()
    if gap and gap[0] in ("،", ",") and art.text[:first.start].rstrip()[-1:] in ("،", ","):
        gap = gap[1:]  # "، والرئيس المصري"; "، وقال السيسي" (and Sisi said) is no partner of the first either
    if not gap:  # "وأردوغان": the waw glued on the name
        return "\u0648" in art.text[art.word_start(second.start):second.start]
    return len(gap) <= COORDINATED_WORDS and gap[0].startswith("\u0648") and not any(p in " ".join(gap) for p in "،,.:؛")
