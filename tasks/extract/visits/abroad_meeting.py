"""A leader met someone who leads nothing, in another country's city: "التقى رئيس الحكومة الليبية
السراج أمس في أبوظبي قائد الجيش حفتر" (the Libyan prime minister met the army commander in Abu Dhabi
yesterday). No leader is his partner, but he travelled there: the meeting is his visit to that country,
hosted by its head by office as an arrival is ("وصل السراج إلى أبوظبي", candidates._complete_pair).
Only a meeting verb of one whose subject is the leader (named right after it, or right before it with
"قد"), at a place of that country told as where ("في أبوظبي", "بمقر إقامته بنيودلهي") before whom he
met, not a call (triggers remote_contact), a goal ("إلى") nor his government's seat in exile
(triggers seat_in_exile). A leader for its object ("التقوا الرئيس") is no traveller; an international
body's city is hosted by nobody (officials.international_body, checked by the caller).
His own public act there is the same trip (triggers.yaml public_act, role "act"): "قال نجاد في مؤتمر صحفي
عقده بمنزل القائم بالأعمال بالقاهرة" (Ahmadinejad said at a press conference he held at the chargé's home in
Cairo), "خلال إلقاء كلمته في ... بالقاهرة" (while giving his speech in Cairo): his name right before the act,
the act's own place right after it, nothing between telling a topic ("حول", about) or a new clause.
So is a reception he holds there, with no leader but him in the sentence: "استقبل الرئيس مرسي اليوم بمقر إقامته
بنيودلهي وفدا من رجال الأعمال" (Morsi received businessmen today at his residence in New Delhi): the
place, of another country, told before whom he received (`receiver_abroad`), makes him the traveller.
So does one who leads nothing receiving him there: "استقبل شيخ الأزهر بمقر المشيخة الرئيس الإيراني" (al-Azhar's
sheikh received the Iranian president at his seat in Cairo; `received_there`)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.visits.actors import TA, receiving_state
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.owners import dual_verb
from tasks.extract.visits.public_act import act_owner, act_place, presence_sides
from tasks.extract.visits.reach import in_reach
from tasks.extract.visits.roles import ceremony_guest
from tasks.extract.visits.place import locative
from tasks.extract.visits.sides import foreign_official
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, FI, WA, fold_term
from ziyarat.lexicon import generic_titles, get_lexicon, grammar_words, trigger_words
from ziyarat.matching import Hit

TITLE_CHARS = 45  # from the leader's name to the comma that closes his own title after it
PLACE_AFTER_TITLE_WORDS = 3  # past his title, words before the place besides a day: "في العاصمة العراقية"
SUBJECT_AFTER_CHARS = 60  # from the verb to its subject: "التقى رئيس حكومة الوفاق الليبية فايز السراج"
TOWARD = {fold_term(w) for w in ("إلى", "الى")}
RECEIVED = fold_term("ستقبل")  # the stem of "استقبل" (received), not "استضاف" (hosted) nor "ودع" (saw off)
PARTICLES = {fold_term(w) for w in ("قد", "كان", "وكان")}  # "وكان السراج قد التقى"


def _others(art: Article, i: int, lo: int, hi: int) -> list[int]:
    """Where persons, officials or non-leader slots ("وفد", "رجال الأعمال") start in [lo, hi)."""
    cues = art.cues(i, "c:official_nouns") + art.cues(i, "c:nonleader_slot")
    return [m.start for m in art.persons.get(i, []) + cues if lo <= m.start < hi]


def _subject(art: Article, i: int, h: Hit, leader: Any) -> bool:
    """The leader is the meeting verb's subject: right after it, no other person nor official between
    ("التقى رئيس الحكومة ... السراج"), or right before it ("وكان السراج قد التقى"); a verb of many
    or of two ("التقوا الرئيس", they met the president; "التقيا", the two met) has its subject elsewhere."""
    if h.suffix or dual_verb(h):
        return False
    if leader.start >= h.end:
        return leader.start - h.end <= SUBJECT_AFTER_CHARS and not _others(art, i, h.end, leader.start)
    between = art.folded_slice(leader.end, h.start).split()
    return all(w.strip("،,") in PARTICLES for w in between)


@cache
def _title_heads() -> frozenset[str]:
    """The first words of titles.yaml's bare titles ("رئيس", "الرئيس", "الملك"), not a counterpart's ("نظيره")."""
    return frozenset(t.split()[0] for t in generic_titles()) - trigger_words("counterpart")


def _own_title_end(art: Article, i: int, leader: Any) -> int:
    """Where the leader's own title, apposed right after his name and closed by a comma, ends:
    "التقى هشام قنديل رئيس مجلس الوزراء، ظهر اليوم في بغداد" (Qandil, the prime minister, met
    today in Baghdad); his name's end when none, or when the title names another country's office
    ("قنديل رئيس الوزراء العراقي،": whom he met) or holds another person, a place or a date."""
    close = art.text.find("\u060c", leader.end, min(art.sentences[i][1], leader.end + TITLE_CHARS))
    words = art.folded_slice(leader.end, close).split() if close > leader.end else []
    inside = art.persons.get(i, []) + art.places.get(i, []) + art.dates.get(i, [])
    if not words or words[0] not in _title_heads() or any(leader.end < m.start < close for m in inside):
        return leader.end  # "مرسى رئيس الجمهورية اليوم بمقر إقامته بنيودلهى،": the place is where he met
    adjectives = get_lexicon().adjectives
    if any(adjectives.get(w.strip("\u060c,.")) not in (None, leader.country) for w in words):
        return leader.end
    return close + 1


def _undated_words(art: Article, i: int, lo: int, hi: int) -> list[str]:
    """The words of [lo, hi) outside the sentence's dates, commas left out."""
    pos, parts = lo, []
    for d in sorted(art.dates.get(i, []), key=lambda d: d.start):
        if lo <= d.start and d.end <= hi:
            parts.append(art.folded_slice(pos, d.start))
            pos = d.end
    parts.append(art.folded_slice(pos, hi))
    return [w for w in " ".join(parts).replace("\u060c", " ").replace(",", " ").split() if w]


def _place_in(art: Article, i: int, h: Hit, leader: Any, country: str) -> bool:
    """A place of the country told as where he met ("في أبوظبي", not a goal after "إلى"), after the
    verb and its subject and before whom he met: a place after the object is the object's
    ("مدير مركز الأبحاث بإسطنبول", the director of the Istanbul research centre)."""
    start = max(h.end, _own_title_end(art, i, leader))
    titled = start > max(h.end, leader.end)
    for p in art.places.get(i, []):
        if p.start < start or p.country != country or not locative(art, p) or _others(art, i, start, p.start):
            continue
        if titled and len(_undated_words(art, i, start, p.start)) > PLACE_AFTER_TITLE_WORDS:
            continue  # past his title only a day may precede the place: "، الدكتور ... الفائز بجائزة ... بأبوظبي" is whom he met
        between = art.folded_slice(start, p.start).split()
        if art.near("triggers", i, h.end, p.start) or any(w.removeprefix(WA) in grammar_words("tour_nouns") for w in between):
            return False  # another trip's place: "... مع اقتراب موعد جولته في إسرائيل" (as his tour of Israel nears)
        words = art.words_before(p.start, 1)
        seat = any(w in trigger_words("seat_in_exile") for w in between)
        if not seat and (not words or words[-1].removeprefix(WA) not in TOWARD):
            return True
    return False


def met_abroad(art: Article, i: int, h: Hit, role: str, visitor: Any, host: Any, country: str | None) -> bool:
    """The lone leader of a held meeting verb met someone, not a leader, in a city of another country;
    or held his own public act there; or that country received him (actors.receiving_state)."""
    if role == "act":
        return host is None and bool(country) and act_city(art, i, h)[1] == country != visitor.country
    if role == "reception" and ceremony_guest(art, i, h, in_reach(art, i, h)):
        return host is None and bool(country) and country != visitor.country  # "مراسم استقباله" at a place abroad
    if role == "receive":  # a state received him (actors.receiving_state), or he received abroad: his trip there
        state = receiving_state(art, i, h) if host is None and visitor is not None else None
        if state is None and host is None and visitor is not None:
            state = receiver_abroad(art, i, h)
            state = state if state is not None and pid(state[1]) == pid(visitor) else None
        if state is None and host is None and visitor is not None:
            state = received_there(art, i, h)  # a dignitary there received him
        if state is None and host is None and visitor is not None and ceremony_guest(art, i, h, in_reach(art, i, h)):
            return bool(country) and country != visitor.country  # his reception ceremony at a place of another country
        return state is not None and state[0].country == country != visitor.country
    if role != "meet" or visitor is None or host is not None:
        return False
    if not country or country == visitor.country or art.cues(i, "c:remote_contact"):
        return False
    if trigger_spec(h.group).get("proclitics") == "noun":  # a meeting noun; not "اصطحب" (took along), tenseless
        return noun_abroad(art, i, h, visitor, country)
    if not trigger_spec(h.group).get("tense"):
        return False
    return _subject(art, i, h, visitor) and _place_in(art, i, h, visitor, country)


NOUN_SIDE_CHARS = 90  # from a meeting noun to its other side: "اللقاء الذي جمع في مصر بين شيخ الأزهر"
MY = "ي"  # a final ya (folded enclitic): "my", or a nisba adjective's ending ("اجتماعي", social)
DIGNITARY_TITLES_CHARS = 2  # a dignitary's word right before a leader titles him: "الدكتور محمد مرسي"


def _nonleader_side(art: Article, i: int, h: Hit) -> bool:
    """Someone who leads nothing is named within the noun's reach after it, before any other visit word: a
    dignitary's noun (triggers.yaml `receiving_dignitaries`: "شيخ الأزهر"), an official's noun, a non-leader
    slot ("عدد من رؤساء الأحزاب") or a person the lexicon knows who leads nothing."""
    end = min(art.sentences[i][1], h.end + NOUN_SIDE_CHARS)
    nxt = art.first_after("triggers", i, h.end)
    other = end if nxt is None else min(nxt, end)
    if any(not is_leader(m) for m in art.near("persons", i, h.end, other - 1)):
        return True
    if art.near("c:official_nouns", i, h.end, other - 1) or art.near("c:nonleader_slot", i, h.end, other - 1):
        return True
    leaders = art.leaders.get(i, [])
    for w in re.finditer(r"\S+", art.text[h.end:other]):
        at = h.end + w.end()
        if fold_term(w.group().strip("،,")).removeprefix(WA) in trigger_words("receiving_dignitaries") \
                and not any(m.start - DIGNITARY_TITLES_CHARS <= at <= m.end + DIGNITARY_TITLES_CHARS for m in leaders):
            return True
    return False


def noun_abroad(art: Article, i: int, h: Hit, visitor: Any, country: str) -> bool:
    """A meeting noun of the sentence's lone leader with someone who leads nothing, at a place of another country
    told in its clause, is his trip there: "اللقاء الذي جمع في مصر بين شيخ الأزهر ... والرئيس الإيراني" (the meeting
    in Egypt between al-Azhar's sheikh and the Iranian president), "مؤتمر صحفي ... بمقر مشيخة الأزهر عقب الاجتماع
    المغلق بين شيخ الأزهر والرئيس الإيراني". The place is told where ("في", a glued bi-), not a goal ("إلى"), with
    no other visit word nor relative clause between it and the noun (the relative opening the noun's own clause
    aside: "الذي جمع"); a minister received in the leader's own capital has no place of another country. The leader is
    named after the noun: one named before it is not its side, nor is a pronoun ("لقاءاته", his meetings: whose?).
    The noun with a final ya is no meeting: "ناشط اجتماعي" (a social activist), a nisba adjective, not "my meeting"."""
    if h.suffix == MY or len(art.distinct_leaders(i)) != 1 or not _nonleader_side(art, i, h) \
            or not any(0 <= m.start - h.end < NOUN_SIDE_CHARS for m in art.leaders.get(i, [])):
        return False  # the leader is the noun's side, named after it: not "بحث هادي ... المباحثات التي جرت مع", "لقاءاته"
    for p in art.places.get(i, []):
        if p.country != country or not locative(art, p) or set(art.words_before(p.start, 1)) & TOWARD:
            continue
        lo, hi = (h.end, p.start) if p.start >= h.end else (p.end, h.start)
        words = [w.removeprefix(WA) for w in art.folded_slice(lo, hi).split()]
        if p.start < h.end and ("\u060c" in art.text[p.end:h.start] or "," in art.text[p.end:h.start]):
            continue  # a place before the noun past a comma is another clause's: "وزعه الصندوق في واشنطن، الأحد، بعد سلسلة اجتماعات"
        if p.start >= h.end and words and words[0] in grammar_words("relative_pronouns"):
            words = words[1:]  # the noun's own clause: "اللقاء الذي جمع في مصر"
        if any(t is not h for t in art.near("triggers", i, lo, hi - 1)) or set(words) & grammar_words("relative_pronouns"):
            continue
        return True
    return False


def receiver_abroad(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """(the place, the receiver), as actors.receiving_state's pair, of a past receive verb ("استقبل") whose subject is the sentence's only leader,
    at a place of another country told before whom he received: "استقبل الرئيس مرسي اليوم بمقر إقامته بنيودلهي
    وفدا" (Morsi received a delegation today at his residence in New Delhi) tells his trip to India; not a call,
    not that country's official (his side, as a leader's: "نائب رئيس الهند", India's vice-president),
    and not the sentence's guest leader ("استقبل مرسي في نيودلهي رئيس الهند" is the pair's own meeting)."""
    leaders = art.leaders.get(i, [])
    term = fold_term(h.term)  # not "استقبلت" (she received): a state's (actors.receiving_state) or a body's
    if trigger_spec(h.group).get("tense") != "past" or RECEIVED not in term or term.endswith(TA) \
            or not leaders or len({pid(m) for m in leaders}) != 1:
        return None  # not "استضاف" (hosted: "استضاف البشير في نيروبي المحادثات" is his hosting of a round abroad)
    receiver = min(leaders, key=lambda m: max(m.start - h.end, h.start - m.end, 0))
    if art.cues(i, "c:remote_contact") or not _subject(art, i, h, receiver) or foreign_official(art, i, receiver):
        return None  # an official received there is the meeting's side (sides.foreign_official): "نائب رئيس الهند"
    start = max(h.end, receiver.end)
    for p in art.places.get(i, []):
        if p.start >= start and p.country and p.country != receiver.country and _at(art, start, p) \
                and _place_in(art, i, h, receiver, p.country):
            return p, receiver
    return None


def received_there(art: Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """(the place, the guest), as actors.receiving_state's pair, of a past receive verb ("استقبل") whose subject is
    no leader and whose object is the sentence's only leader, at a place of another country than his: "استقبل شيخ
    الأزهر بمقر المشيخة الرئيس الإيراني" (al-Azhar's sheikh received the Iranian president at his seat in Cairo)
    tells the guest's trip there. The subject is named between the verb and the guest: a dignitary's noun
    (triggers.yaml `receiving_dignitaries`) or a person the lexicon knows, no leader; not a call, not a verb of
    two, not "استقبلت" (a state's: actors.receiving_state), not a goal after "إلى"."""
    term, leaders = fold_term(h.term), art.leaders.get(i, [])
    if trigger_spec(h.group).get("tense") != "past" or RECEIVED not in term or term.endswith(TA) or h.suffix \
            or dual_verb(h) or len({pid(m) for m in leaders}) != 1 or art.cues(i, "c:remote_contact"):
        return None
    guest = min(leaders, key=lambda m: m.start)
    words = art.folded_slice(h.end, guest.start).split()
    named = any(h.end <= m.start < guest.start for m in art.persons.get(i, []))
    # the noun is another's, not the guest's own honorific: "استقبل الدكتور هشام قنديل" (Dr Qandil received)
    dignitary = len(words) > 1 and words[0].removeprefix(WA) in trigger_words("receiving_dignitaries")
    if guest.start < h.end or not (named or dignitary):
        return None
    for p in art.places.get(i, []):
        if p.country and p.country != guest.country and h.end <= p.start and locative(art, p) \
                and not set(art.words_before(p.start, 1)) & TOWARD and not _relative_between(art, h.end, p.start):
            return p, guest
    return None


def _relative_between(art: Article, start: int, end: int) -> bool:
    """A relative clause opens between: "الموصلي الذي فاز بجائزة ... بأبو ظبي" (who won a prize in Abu Dhabi)
    places the prize, not the reception."""
    return any(w.removeprefix(WA) in grammar_words("relative_pronouns") for w in art.folded_slice(start, end).split())


def _at(art: Article, start: int, p: Any) -> bool:
    """The place is where he received: "في" or a glued bi- right before it ("بنيودلهي"), no relative clause
    between ("ممثلين ... التي تقول أنقرة", representatives whom Ankara calls ...: Ankara is no venue)."""
    if _relative_between(art, start, p.start):
        return False
    words = art.folded_slice(start, p.start).split()
    return art.text[p.start - 1] in BI or bool(words) and words[-1].removeprefix(WA) == FI


PRESENCE_DIRECTED = 1.5  # the act's place told who travelled, as a meeting's city does (candidates._orient)


def act_roles(art: Article, i: int, h: Hit) -> tuple[Any, Any, float]:
    """(the act's owner, None, 1.0): a leader's own public act (public_act.abroad_acts) has no partner; one held
    in the presence of another leader (public_act.presence_sides) has him: (visitor, host, 1.5) by its place."""
    if h.group == "t:presence_act":
        sides = presence_sides(art, h, art.hits)
        if sides is None:
            return None, None, 0.0
        return sides[0], sides[1], PRESENCE_DIRECTED if sides[2] is not None else 0.0  # no place: a guess
    owner = act_owner(art, h, art.hits)
    return (owner, None, 1.0) if owner is not None else (None, None, 0.0)


def act_city(art: Article, i: int, h: Hit) -> tuple[str | None, str | None]:
    """(city, country) of the act's own place: its phrase tells where he was, though an office stands in it
    ("بمنزل القائم بأعمال السفارة الإيرانية بالقاهرة", at the home of the Iranian chargé in Cairo)."""
    if h.group == "t:presence_act":
        sides = presence_sides(art, h, art.hits)
        p = sides[2] if sides is not None else None
    else:
        p = act_place(art, h, art.hits)
    return (None, None) if p is None else (city_of(p), p.country)
