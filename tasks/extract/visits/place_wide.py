"""A reported meeting's city from another sentence of the article, when its own give none.

The sentence that reports a meeting often names no place ("استقبل مرسي الرئيس التركي
اليوم"), while another sentence says where the visit is: "في زيارة رسمية للقاهرة" (on an
official visit to Cairo), "المباحثات التي عقدت في كمبالا" (the talks held in Kampala). Every
visit or meeting word of the article is read by the text's own rule (place.city_of_meeting:
the city after a locative near it, a venue's city); the cities of the country the row puts
the meeting in are gathered, and exactly one distinct city fills the row. Two or more (a
tour: Bamako and Timbuktu), or a second city of that country named in a sentence read
("محطتين في موسكو وسوتشي", two stops, Moscow and Sochi), leave it empty. Not read: a meeting word told as earlier or
planned (a past or future cue by it, as title_city), and a sentence naming leaders, none of
whom are the pair's (another leader's trip). A capital standing for its government ("بين
أسمرا وأديس أبابا", between Asmara and Addis Ababa; "أعلن البيت الأبيض") follows no visit
word and is never read. With no city of the row's country read, a meeting held in a third
country ("قد أجري الاثنين في العاصمة الفنلندية هلسنكي"): the one city the meeting words give,
of a country neither leader's, fills the row (`_third_country`).
"""
from __future__ import annotations

from tasks.extract.visits.article import Article
from tasks.extract.visits.listed import city_of
from tasks.extract.visits.owners import prior_subject
from tasks.extract.visits.pair_scene import has_pair_noun
from tasks.extract.visits.place import city_of_meeting
from tasks.extract.visits.timing import event_date, visit_kind
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

TENSE_GROUPS = ("c:past_reference", "c:future_plan", "c:first_since", "c:since", "c:lately", "c:ago")


def wide_cities(art: Article, rows: list[dict]) -> list[dict]:
    """Fill in place the city of the reported rows with none (and a country) from the
    article's other meeting words; returns `rows`."""
    todo = [r for r in rows if r["kind"] == "reported" and r["city"] is None and r["country"]]
    if not todo:
        return rows
    found: dict[int, tuple[str | None, str | None, Hit]] = {}
    for h in (h for hs in art.by_sent.values() for h in hs):  # not a summit noun Summits unbound
        i = art.sent_of(h.start)
        if h.group.startswith("t:") and not art.in_quote(h.start) and not _tensed(art, i) and _held(art, h):
            found[h.start] = (*city_of_meeting(art, i, h), h)
    for row in todo:
        pair = {row["visitor"], row["host"]}
        read = [(start, city) for start, (city, country, h) in found.items()
                if city and country == row["country"] and _pairs_sentence(art, h, pair)]
        cities = {city for _, city in read}
        # a tour's second stop in a sentence read is a second city: "محطتين في موسكو وسوتشي"
        named = {city_of(p) for i in {art.sent_of(start) for start, _ in read} for p in art.places.get(i, [])
                 if p.country == row["country"] and city_of(p)}
        if len(cities) == 1 and named <= cities:
            row["city"] = cities.pop()
        elif not read:
            _third_country(art, found, row)
    return rows


def _third_country(art: Article, found: dict[int, tuple[str | None, str | None, Hit]], row: dict) -> None:
    """A meeting of leaders of two countries held in a third one: "وكان اجتماع القمة ... قد أجري
    الاثنين في العاصمة الفنلندية هلسنكي" (the summit meeting was held on Monday in Helsinki). Only
    meeting words (an arrival may be a tour's other leg), every city they give of one third
    country's one city after a locative (not a summit called by its city, `_named_after`), in a
    sentence of the pair alone (`_pair_only`), and no
    visit or meeting word of the pair's going to one side's own country (a tour's leg there): the
    row takes it, in a third country."""
    pair = {row["visitor"], row["host"]}
    own = {m.country for ms in art.leaders.values() for m in ms if (m.name_en or m.surface) in pair}
    if len(own) != 2 or row["country"] not in own:
        return
    told = [(city, country, h) for city, country, h in found.values() if country and _pairs_sentence(art, h, pair)]
    if any(country in own for _, country, _ in told):
        return  # a trip to one side's country is told: "زيارة مرسي إلى باكستان" beside "يلتقي ... في نيودلهي"
    read = {(city, country) for city, country, h in told if city and trigger_spec(h.group).get("role") == "meet"
            and not _named_after(art, h, city) and _pair_only(art, h, pair)}
    if len(read) != 1:
        return
    row["city"], row["country"] = read.pop()
    if row.get("setting") != "summit_sideline":
        row["setting"] = "third_country"


def _pair_only(art: Article, h: Hit, pair: set[str]) -> bool:
    """The meeting word's sentence speaks of the pair alone: it names one of the two and no one
    else, or the two by a dual ("محادثات الرئيسين", the two presidents' talks) and no one. Not a
    digest's other item with no one named ("اجتماع ثلاثي بالخرطوم بين وزراء المعادن"), nor one
    of the pair with someone else ("اثر لقائه رئيس المجلس الأوروبي ... في بروكسل")."""
    i = art.sent_of(h.start)
    named = {m.name_en or m.surface for m in art.persons.get(i, []) if not art.in_quote(m.start)}
    return named <= pair and (bool(named) or has_pair_noun(art, i))


def _named_after(art: Article, h: Hit, city: str) -> bool:
    """The city names the meeting word right after it ("قمة الدوحة", the Doha summit): a summit
    called by its city, maybe another event than the pair's ("بنجاح قمة الدوحة"), not where
    the pair's meeting was held ("عقدت في فيينا")."""
    return any(city_of(p) == city and not art.text[h.end:p.start].strip()
               for p in art.places.get(art.sent_of(h.start), []))


def _tensed(art: Article, i: int) -> bool:
    """Sentence i tells an earlier or a planned meeting somewhere: "التقيته مرة خلال زيارته
    لأنقرة منذ ذلك التاريخ" (I met him once during his visit to Ankara since then), "في وقت
    سابق من هذا الأسبوع، حضر ... حفل استقبال في مومباي" (earlier this week ... a reception in Mumbai)."""
    return any(art.cues(i, g) for g in TENSE_GROUPS)


def _held(art: Article, h: Hit) -> bool:
    """The meeting word tells the day's meeting, as timing reads a candidate's: no future
    verb ("سيزور"), no earlier one ("وكان قد زار ... العام الماضي"), no date far off."""
    tense = trigger_spec(h.group).get("tense")
    if tense == "future":
        return False
    i = art.sent_of(h.start)
    date, end_date, precision, _, _ = event_date(art, i, h, tense)
    return visit_kind(art, i, h, date, precision, tense, end_date) == "reported"


def _pairs_sentence(art: Article, h: Hit, pair: set[str]) -> bool:
    """The meeting word h is the pair's: its sentence names no leader outside the
    pair (another leader's meeting), nor only people outside it, and a verb's names one of the pair ("وصلت إلى المدينة",
    arrived in the town, with no one named, may be troops'); a noun may point back with
    its pronoun ("خلال زيارته للقاهرة", during his visit to Cairo)."""
    i = art.sent_of(h.start)
    if any((m.name_en or m.surface) not in pair for m in art.leaders.get(i, [])):
        return False
    named = {m.name_en or m.surface for m in art.persons.get(i, [])}
    if named and not named & pair:
        return False  # only others named: "قال المدير السابق ... عندما كان الرئيسان السابقان ..."
    return not trigger_spec(h.group).get("tense") or bool(named & pair) or not named and _carried_verb(art, h, pair)


GOAL_PREPOSITIONS = frozenset(fold_term(w) for w in ("\u0625\u0644\u0649", "\u0627\u0644\u0649", "\u0641\u064a"))  # إلى، الى، في


def _carried_verb(art: Article, h: Hit, pair: set[str]) -> bool:
    """A verb with no subject of its own, opening its sentence ("وقد وصل إلى العاصمة التركية", and he
    arrived in the Turkish capital), its place right after it (a preposition, or bi- glued on), in a
    sentence naming no one: its subject is the person the sentences before name last (owners.prior_subject),
    one of the pair. "ووصلت القوات إلى" (the troops arrived) names its own subject; a verb after "أن" or a
    noun is no opener."""
    i = art.sent_of(h.start)
    opening = [w.removeprefix(WA) for w in art.folded_slice(art.sentences[i][0], art.word_start(h.start)).split()]
    if any(w and w not in grammar_words("qad_forms") for w in opening):
        return False
    rest = art.folded_slice(art.word_end(h.end), art.sentences[i][1])
    after = rest.split()[:1]
    glued = art.word_end(h.end) + len(rest) - len(rest.lstrip()) + 1  # "بموسكو": a place right after bi-
    if not after or not (after[0] in GOAL_PREPOSITIONS or after[0][:1] == BI
                         and any(p.start == glued for p in art.places.get(i, []))):
        return False
    last = prior_subject(art, i)
    return last is not None and (last.name_en or last.surface) in pair
