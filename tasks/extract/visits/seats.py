"""A place that an office holds, not where leaders meet: an official's post ("السفير الإيراني
بطرابلس", the Iranian ambassador in Tripoli), a government's or a movement's seat ("حكومة غزة", the
Gaza government; "حكومة حماس في غزة", the Hamas government in Gaza; "رئيس الحكومة الفلسطينية المقالة
في غزة", the head of the dismissed Palestinian government in Gaza); an international body's seat (body_seat:
Brussels for the EU, Strasbourg for the European Parliament), where a trip goes to the body, not to the city's
country; a government seated abroad in exile (lives_in_exile): its head lives in that country, he makes no trip
there."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import BI, LI, WA, fold
from ziyarat.lexicon import get_lexicon, grammar_words, triggers_lexicon

SEAT_WORDS = 2  # words between a seat noun and its place: "الحكومة الفلسطينية المقالة في غزة"
SEAT_CHARS = 80  # ... in characters, the look-back bound
IN = "\u0641\u064a"  # في

_TOKEN = re.compile(r"\S+")
POST_WORDS = 3  # from an official's noun over his country to the place he serves in: "سفير مصر في الخرطوم"
_MARKS = "\u060c,\u00ab\u00bb\"'()"  # a comma, guillemets, quotes, brackets: "حكومة «حماس» بغزة"


def office_place(art: Article, p: Any) -> bool:
    """The place is an official's post or a government's seat (below): no venue of the meeting."""
    return official_post(art, p) or seat_place(art, p)


def official_post(art: Article, p: Any) -> bool:
    """The place is where an official serves: "وقال السفير الإيراني بطرابلس إن زيارة نجاد"
    (the Iranian ambassador in Tripoli said that Ahmadinejad's visit), "مراسلنا في موسكو"
    (our correspondent in Moscow): his post, not where the leaders meet; so is an office's li- country
    ("منذ انتخابه رئيسا للولايات المتحدة", since his election as president of the United States)."""
    posts, words = grammar_words("post_nouns"), art.words_before(p.start, POST_WORDS + 1)
    return any(w.strip("،,").lstrip(WA) in posts for w in words[-POST_WORDS:]) or _another_post(art, p) \
        or art.text[p.start - 1:p.start] == LI \
        and len(words) > 1 and words[-1] == LI and words[-2] in grammar_words("office_accusatives")


OTHER_POST_CHARS = 100  # from a place back over "وأخرى" (and another) to the post noun of the phrase before it


def _another_post(art: Article, p: Any) -> bool:
    """The place ends an elided post phrase: "افتتاح قنصلية ليبية في السلوم، وأخرى مصرية في طبرق" (opening a
    Libyan consulate in Salloum and an Egyptian one in Tobruk): "أخرى" (another, grammar.yaml post_ellipsis)
    within POST_WORDS before the place stands for the post noun a few words before it."""
    words = [w.strip("،,").lstrip(WA) for w in art.folded_slice(max(0, p.start - OTHER_POST_CHARS), p.start).split()]
    others = [k for k in range(max(len(words) - POST_WORDS, 0), len(words)) if words[k] in grammar_words("post_ellipsis")]
    return bool(others) and any(w in grammar_words("post_nouns") for w in words[max(others[-1] - 2 * POST_WORDS, 0):others[-1]])


def seat_place(art: Article, p: Any) -> bool:
    """The city ends a seat noun's phrase (grammar.yaml seat_nouns: حكومة government, سلطة
    authority, حركة movement ...): right after the noun ("حكومة غزة"), or after "في" / bi- with
    at most two words between them ("حكومة «حماس» بغزة", "الحكومة الفلسطينية المقالة في غزة"),
    no clause break, no building before the noun ("بمقر رئاسة الحكومة بالقصبة", at the seat of the
    head of government at the Kasbah, is a venue), no country adjective just before the place nor a
    person between: "رئيس الحكومة الإسرائيلية في القدس" (the Israeli prime minister in Jerusalem)
    and "رئيس السلطة الفلسطينية محمود عباس في رام الله" may be where he met someone. Only a city:
    a country still says where a trip went, "زيارة أوباما للمنطقة وتشكيل الحكومة الجديدة في إسرائيل"."""
    place = get_lexicon().places.get(getattr(p, "entity_id", None))
    if not getattr(p, "city", None) and (place is None or place.kind != "city"):
        return False
    toks = list(_TOKEN.finditer(art.text, max(0, p.start - SEAT_CHARS), p.start))
    words = [fold(m.group()).strip(_MARKS) for m in toks]
    located = bool(words) and words[-1] in (BI, IN, WA + IN)  # "بغزة" (bi- glued: its own token here), "في غزة"
    if located:
        toks, words = toks[:-1], words[:-1]
    nouns = grammar_words("seat_nouns")
    for k in range(len(words) - 1, max(len(words) - SEAT_WORDS - 2, -1), -1):
        if words[k].removeprefix(WA) not in nouns:
            continue
        between = words[k + 1:]
        if _building(words[max(k - 2, 0):k]) or between and not located:
            return False
        if any(m.group()[-1:] in "\u060c,.:" for m in toks[k:]):
            return False  # a clause break: "الحكومة، في غزة"
        if any(toks[k].end() <= m.start and m.end <= p.start for m in art.persons.get(art.sent_of(p.start), [])):
            return False  # a name between: "رئيس الحكومة إسماعيل هنية في غزة"
        if _leaders_whereabouts(art, p, toks[k], toks[k + 1:]):
            return False
        return not between or between[-1] not in get_lexicon().adjectives
    return False


def seat_desk(art: Article, j: int, p: Any) -> bool:
    """The dateline p of sentence j is named again in its lead (that sentence or the next) only as a body's
    seat (seat_place): "الإسكندرية - حددت الدعوة السلفية بالإسكندرية شروطا لزيارة الرئيس الإيراني" (Alexandria -
    the Salafist Call in Alexandria set conditions for the Iranian president's visit) is filed from where the
    body sits, no venue of the visit (dateline.dateline)."""
    for k in range(j, min(j + 2, len(art.sentences))):
        again = [q for q in art.places.get(k, []) if q.start != p.start and q.entity_id == p.entity_id]
        if again:
            return all(seat_place(art, q) for q in again)
    return False


def _building(words: list[str]) -> bool:
    """A locative noun (grammar.yaml locatives: مقر seat, قصر palace ...) among the words before a
    seat noun: "مقر الحكومة في غزة" (the government's headquarters in Gaza) is a building, a venue."""
    locatives = grammar_words("locatives")
    return any(w.removeprefix(WA) in locatives for w in words)


def _leaders_whereabouts(art: Article, p: Any, noun: Any, between: list[Any]) -> bool:
    """The seat noun ends a leader's bare title and only a time stands before the place: "التقى رئيس الحكومة
    اليوم بالجزائر العاصمة" (the head of government, the home outlet's, met today in Algiers), "استقبل رئيس
    الحكومة بقصر الحكومة بالقصبة": where the leader is, not his government's seat."""
    i = art.sent_of(p.start)
    if not any(m.start < noun.start() and m.end == noun.end() for m in art.leaders.get(i, [])):
        return False
    return all(any(d.start <= t.start() and t.end() <= d.end for d in art.dates.get(i, [])) for t in between)


def body_seat(art: Article, i: int) -> bool:
    """A city of sentence i is the seat of an international body the article names (triggers.yaml
    body_seats), and the sentence names no other place of that city's country: "توجه الرئيس القبرصي
    الى بروكسل لعقد اجتماع" in a story that names the EU goes to the EU, not to Belgium's leader;
    "في زيارة رسمية لبلجيكا" (on an official visit to Belgium) keeps him."""
    return bool(body_seat_countries(art, i))


def body_seat_countries(art: Article, i: int) -> set[str]:
    """The countries of the body seats of sentence i (body_seat): a trip there goes to the body only when its
    country is one of them ("وبعد بروكسل، سيتوجه ... الى باريس", after Brussels he heads to Paris, does not)."""
    seats = triggers_lexicon().get("body_seats") or {}
    named = {m.entity_id for m in art.orgs} | _bodies_by_officer(art)
    places = art.places.get(i, [])
    at = {p.country for p in places if named & set(seats.get(p.entity_id, ()))}
    return set() if any(p.country in at and p.entity_id not in seats for p in places) else at


def _bodies_by_officer(art: Article) -> set[str]:
    """The bodies the article names only inside an officer's title ("رئيس المجلس الأوروبي هرمان فان
    رومبوي", the European Council's president, whose title swallows the body's name): his country is
    the body's English name (titles.yaml); none when the title holder is no body's officer."""
    by_name = {o.name_en: k for k, o in get_lexicon().orgs.items()}
    return {by_name[m.country] for ms in art.persons.values() for m in ms if m.country in by_name}


def lives_in_exile(leader: Any, country: str | None, day: dt.date | None) -> bool:
    """The leader's government sat in exile in that country on that day (triggers.yaml governments_in_exile):
    "التقى هادي، أمس في الرياض، السفير الصيني" (Hadi met the Chinese ambassador in Riyadh, in 2015) tells his
    doings where he lives, no trip to Saudi Arabia; before or after that period ("وصل هادي إلى الرياض" in
    2013) it is a trip."""
    seat = (triggers_lexicon().get("governments_in_exile") or {}).get(getattr(leader, "country", None))
    if not seat or country != seat["country"] or day is None:
        return False
    return seat["from"] <= day and (seat.get("to") is None or day <= seat["to"])
