"""The outlet's home country: the office holders its bare titles stand for.

A national paper names its own leaders by office alone: in a Tunisian outlet of 2017
"استقبل رئيس الجمهورية بقصر قرطاج" (the President of the Republic received, at Carthage)
is Beji Caid Essebsi and "رئيس الحكومة" (the head of government) is Youssef Chahed, with no
country adjective ("رئيس الجمهورية التونسي" is rare). titles.yaml's `home_titles` give the
office of each such bare title and `home_outlets` the country of each national outlet (the
article's `source`); international outlets (BBC, Sky News Arabia) have no home, so their
bare titles stay unresolved. A bare title the article has already put before another
person's name ("رئيس الجمهورية ميشال عون", in a story about Lebanon) is not the home one, nor
one right before a name the lexicon does not know ("يلتقي رئيس الجمهورية ابراهيم بوبكر كايتا",
Mali's president, in a Tunisian report of a trip to Bamako): a given name or an honorific
after it opens someone else's name. Nor is one the article has used, with a country's
adjective, for another country's holder ("رئيس الحكومة الليبية" before a bare "رئيس الحكومة"),
nor one in a story that has named a foreign holder of the office and nothing of home yet,
nor one another body's word follows ("رئيس الحكومة المؤقتة للمعارضة", of the opposition), nor one
heading a list that another country's name ends ("رئيس الجمهورية ورئيس الوزراء وشعب الهند").
The bare "الرئيس" (the president), anyone's elsewhere, is the home head of state only as the
traveller of a trip abroad (trip_office): "زيارة الرئيس للهند" (the president's visit to India).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
import re
from functools import cache

from tasks.extract.homonyms import first_name_words
from ziyarat.arabic import AL, WA, fold_term
from ziyarat.lexicon import PLACE, Lexicon, Period, Title, get_lexicon, grammar_words, titles_lexicon


@cache
def _outlets() -> dict[str, str]:
    """titles.yaml home_outlets: outlet name (lower case) -> its country."""
    return {k.strip().lower(): v for k, v in (titles_lexicon().get("home_outlets") or {}).items()}


@cache
def _offices() -> dict[str, str]:
    """titles.yaml home_titles: folded bare title -> the office it stands for at home."""
    return {fold_term(v): office for office, variants in (titles_lexicon().get("home_titles") or {}).items()
            for v in variants}


def home_office(title: str) -> str | None:
    """The office a bare home title stands for ("رئيس الجمهورية" -> head_of_state), folded or not; None
    for any other title ("الرئيس الهندي")."""
    return _offices().get(fold_term(title))


@cache
def _trip_spec() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """titles.yaml trip_home_titles, folded: (bare title -> office, trip nouns, the "to" words)."""
    spec = titles_lexicon().get("trip_home_titles") or {}
    titles = {fold_term(v): office for office, variants in (spec.get("titles") or {}).items() for v in variants}
    return titles, frozenset(fold_term(w) for w in spec.get("nouns") or ()), \
        frozenset(fold_term(w) for w in spec.get("to") or ())


TRIP_TO_CHARS = 30  # from the bare title to the place of the trip: "زيارة الرئيس لكل من الهند"


def trip_office(lex: Lexicon, title: str, ft: str, s: int, e: int, home: str) -> str | None:
    """The office a bare title (folded, ft[s:e]) stands for at home as a trip's traveller (trip_home_titles):
    a trip noun right before it and, right after it, "to" and a place of another country than `home`:
    "زيارة الرئيس للهند" (the president's visit to India) in an Egyptian outlet. None otherwise."""
    titles, nouns, to = _trip_spec()
    office = titles.get(title)
    before = ft[max(0, s - 12):s].split()
    if office is None or not before or before[-1] not in nouns:
        return None
    seg = ft[e:e + TRIP_TO_CHARS].replace(",", "\u060c").split("\u060c")[0]
    for ps, _pe, _k, payloads in lex.match(seg):
        ref = next((r for kind, r, _w, _l in payloads if kind == PLACE and r in lex.places), None)
        if ref is not None:
            place = lex.places[ref]
            return office if " ".join(seg[:ps].split()) in to and (place.country or place.name_en) != home else None
    return None


def outlet_country(source: str | None) -> str | None:
    """The country of a national outlet ("Jawhara FM" -> Tunisia); None when unknown."""
    return _outlets().get(source.strip().lower()) if source else None


DATELINE_CHARS = 80  # a dateline's agency tag stands in the first characters: "الكويت - 5 - 1 (كونا) -"
_TAG = re.compile(r"[(/]\s*([^()/]{1,20}?)\s*[)/]")  # "(قنا)", "/قنا/", "/ وام /"


@cache
def _agencies() -> dict[str, str]:
    """titles.yaml home_agencies: folded agency tag -> its country."""
    return {fold_term(k): v for k, v in (titles_lexicon().get("home_agencies") or {}).items()}


def agency_tag(text: str) -> re.Match | None:
    """The first tag of a national agency (home_agencies) in the text's dateline, past a date's slashes."""
    return next((m for m in _TAG.finditer(text[:DATELINE_CHARS]) if fold_term(m.group(1)) in _agencies()), None)


def dateline_home(text: str) -> str | None:
    """The home of a national agency whose tag the dateline carries, when the dateline's place, if
    any, is in that country: "الدوحة (قنا) - استقبل ... أمير البلاد" (Qatar); "القاهرة (واس)" (none)."""
    head = text[:DATELINE_CHARS]
    m = agency_tag(head)  # not "10/4/2024"
    if m is None:
        return None
    home = _agencies()[fold_term(m.group(1))]
    lex = get_lexicon()
    places = [lex.places[pl[1]] for *_, payloads in lex.match(fold_term(head[:m.start()]))
              for pl in payloads if pl[0] == PLACE and pl[1] in lex.places]
    return home if all((p.country or p.name_en) == home for p in places) else None


@cache
def _given_names() -> frozenset[str]:
    """homonyms.first_name_words but for the first words of months.yaml's relative days:
    "صباح اليوم" (this morning) is no Sabah ("استقبل رئيس الجمهورية صباح اليوم", received
    this morning)."""
    times = {fold_term(ph).split()[0] for rec in get_lexicon().months.get("relative") or () for ph in rec["phrases"]}
    return first_name_words() - times


def _name_after(lex: Lexicon, ft: str, e: int) -> bool:
    """A given name or an honorific opens the words after ft[:e] (commas skipped)."""
    words = ft[e:e + 40].replace("\u060c", " ").replace(",", " ").split()
    return bool(words) and (words[0] in _given_names() or words[0] in lex.honorifics)


@cache
def _other_bodies() -> frozenset[str]:
    """titles.yaml other_body_after, folded ("للمعارضة", of the opposition)."""
    return frozenset(fold_term(w) for w in titles_lexicon().get("other_body_after") or ())


@cache
def _lower_levels() -> frozenset[str]:
    """titles.yaml lower_level_after, folded ("المحلية", local)."""
    return frozenset(fold_term(w) for w in titles_lexicon().get("lower_level_after") or ())


OTHER_BODY_WORDS = 3  # "رئيس الحكومة المؤقتة للمعارضة": the body's word within three after the title


def _other_body_after(ft: str, e: int) -> bool:
    """A word of another body follows the bare title before any comma: "رئيس الحكومة
    المؤقتة للمعارضة السورية غسان هيتو" (the head of the Syrian opposition's interim
    government, Ghassan Hitto) is not the home head of government; nor is one a lower
    level's adjective follows right away ("رئيس الحكومة المحلية", of a local government)."""
    words = ft[e:e + 60].replace(",", "\u060c").split("\u060c")[0].split()
    if words and words[0] in _lower_levels():
        return True
    # a li- word right after the title is its object: "تهديدات رئيس الدولة للمعارضة" (the head
    # of state's threats to the opposition); after an adjective it is the body's genitive
    return any(w in _other_bodies() and not (k == 0 and w.startswith("\u0644\u0644"))
               for k, w in enumerate(words[:OTHER_BODY_WORDS]))


def note_foreign_title(named: dict[str, str], title: Title, home: str) -> None:
    """Record in `named` that a home title stood for someone else when `title` is one of
    them with another country's adjective ("رئيس الحكومة الليبية", the Libyan head of government)."""
    if title.country != home:
        phrase = fold_term(title.phrase)
        for bare in _offices():
            if phrase.startswith(bare + " "):
                named.setdefault(bare, "")

LIST_WORDS = 6  # "ورئيس الوزراء وحكومة وشعب": the nouns joined after the bare title before the country they share


def _foreign_list_after(lex: Lexicon, ft: str, e: int, home: str) -> bool:
    """The bare title heads a list joined by "و" (and) whose last noun has another country's name for
    genitive, shared by all: "عن تقديره لرئيس الجمهورية ورئيس الوزراء وحكومة وشعب الهند" (his thanks to
    the president, the prime minister, the government and the people of India) is India's president.
    Not a title of its own in the list: "التقى رئيس الجمهورية ورئيس وزراء الهند" (the president met
    India's prime minister) is the home president."""
    seg = ft[e:e + 80].replace(",", "\u060c").replace(".", "\u060c").split("\u060c")[0]
    if not seg.split() or not seg.split()[0].startswith(WA):
        return False
    matches = lex.match(seg)
    for s, e_, _k, payloads in matches:
        place = next((ref for kind, ref, _w, _l in payloads if kind == PLACE), None)
        if place is None or any(ms <= s and e_ <= me and (ms, me) != (s, e_) for ms, me, _k2, _p in matches):
            continue  # inside a longer match: a title's ("رئيس وزراء الهند", India's prime minister)
        words = seg[:s].split()
        return len(words) <= LIST_WORDS and words[-1].startswith(WA) and lex.places[place].country not in (None, home) \
            and all(w.startswith(WA) or w.startswith(AL) for w in words)
    return False


def home_holder(lex: Lexicon, title: str, home: str | None, when: dt.date | Period | None,
                named: dict[str, str], ft: str, e: int, before: Sequence = (),
                after_name: tuple[int, int | None] = (0, None)) -> str | None:
    """The person a bare title (folded, a generic of titles.yaml, ending at ft[e]) stands
    for in an outlet of `home`: the holder of its office there at `when`, unless `named`
    (bare title -> the person it was put before earlier in the article) gives it to
    someone else, an unknown name follows it, or the mentions `before` it name another
    country's leader and nothing of home (a story about the Philippines, "الرئيس الفلبيني ...
    في أول زيارة لرئيس الدولة", is about its head of state; an Egyptian paper's story about
    Tunisia, "الرئيس التونسي ... رئيس الحكومة", about Tunisia's head of government). A home
    holder a bare title gave is no sign of home: it would carry one misreading to the next.
    `after_name`: (the title's start, the folded end of the last person named), for _own_office."""
    office = (_offices().get(title) or trip_office(lex, title, ft, after_name[0], e, home)) if home else None
    if office is None or _name_after(lex, ft, e) or _other_body_after(ft, e) or _own_office(office, ft, after_name, before) \
            or _foreign_list_after(lex, ft, e, home) or _office_chain_after(lex, ft, e, office, home, when):
        return None
    leaders = set(_offices().values())
    if not any(m.country == home and (m.entity_type != "person" or m.resolved_by == "name") for m in before) \
            and any(m.entity_type == "person" and m.country != home and leaders & set(m.offices) for m in before):
        return None
    p = lex.holder(office, home, when)
    if p is None or named.get(title, p.id) != p.id:
        return None
    return p.id


APPOSITION_WORDS = 3  # the rest of a name between its matched variant and the title: "(حمد بن جاسم) بن جبر آل ثاني"


def _own_office(office: str, ft: str, after_name: tuple[int, int | None], before: Sequence) -> bool:
    """The bare title follows, as his apposition, a foreign leader just named who holds that office
    himself: in "وصل الشيخ حمد بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية القطري" (Sheikh Hamad
    bin Jassim, the prime minister and Qatari foreign minister, arrived) the prime minister is Qatar's,
    not the Egyptian outlet's own. Nothing but a comma and the name's rest may stand between."""
    s, last_end = after_name
    if last_end is None or not before or s < last_end:
        return False
    last = before[-1]
    words = ft[last_end:s].replace("\u060c", " ").replace(",", " ").split()
    links = grammar_words("name_links")
    # the gap is the name's rest, link then name ("بن جبر آل ثاني"), never a verb ("والتقى رئيس الوزراء", and met)
    rest = len(words) <= APPOSITION_WORDS + 1 and len(words) % 2 == 0 and all(w in links for w in words[::2])
    return rest and last.entity_type == "person" and last.resolved_by == "name" and office in last.offices


CHAIN_CHARS = 90  # from the bare title over a second office and a comma to the name both belong to


def _office_chain_after(lex: Lexicon, ft: str, e: int, office: str, home: str, when: dt.date | Period | None) -> bool:
    """The bare title opens a chain of offices one foreign leader holds, his name after them: in
    "برئاسة رئيس مجلس الوزراء وزير الخارجية القطري، الشيخ حمد بن جاسم" (chaired by the prime minister
    and Qatari foreign minister, Sheikh Hamad bin Jassim) the prime minister is Qatar's. The second
    office follows with no "و" (and), and the one named after it holds the bare title's office in its
    country; "استقبل رئيس الجمهورية وزير الخارجية القطري" (the president received the Qatari foreign
    minister) names the minister, who is no president, and stays the home president."""
    seg = ft[e:e + CHAIN_CHARS]
    lead = len(seg) - len(seg.lstrip())
    matches = lex.match(seg)
    chain = [(e_, pl[1]) for s, e_, _k, payloads in matches if s == lead for pl in payloads if pl[0] == "title"]
    foreign = [(e_, t.country) for e_, t in chain if t.country not in (None, home)]
    if not foreign:
        return False
    end, country = max(foreign, key=lambda x: x[0])
    # the name right after the chain, a comma and an honorific ("الشيخ") at most between
    names = {pl[1] for s, _e, _k, payloads in matches for pl in payloads if pl[0] == "person"
             and s >= end and all(w in lex.honorifics for w in seg[end:s].replace("\u060c", " ").replace(",", " ").split())}
    p = lex.holder(office, country, when)
    return p is not None and p.id in names

