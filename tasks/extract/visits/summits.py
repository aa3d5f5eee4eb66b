"""Multilateral summits: the summits an article names ("القمة العربية", the Arab League
summit; "قمة مجموعة العشرين", the G20 summit), with their city, date and the leaders
named as attending, and the summit a bilateral meeting sits on the sidelines of ("على
هامش قمة ...", on the sidelines of the ... summit).

A summit is a series of the lexicon (``lexicons/summits.yaml``) held at most once a
year, so ``summit_id`` = "s_" + sha1(series|year)[:12]: every article about the same
summit gives the same id. The bare word "قمة" (summit) names no series: a summit of
two leaders is a bilateral meeting, not a row here.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tasks.extract.visits.arrival_list import headed_traveller
from tasks.extract.visits.article import Article
from tasks.extract.visits.dateline import dateline
from tasks.extract.visits.place import city_of, locative, onward as _onward
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import LEXICON_DIR, PLACE, get_lexicon, load_yaml
from ziyarat.matching import Hit, PhraseMatcher

NAME_REACH = 80  # characters from a sideline cue to the summit it names ("على هامش أعمال قمة ...")
# "قمة" / "القمة" / "للقمة" (a summit, the summit), folded: teh marbuta -> heh
SUMMIT_WORDS = frozenset({"قمه", "القمه", "لقمه", "للقمه"})
_WORD = re.compile(r"\w+")
BARE_SUMMIT = frozenset({"القمه"})  # the definite "القمة" with no name after it
SIDE_WORDS = frozenset({"مع", "بين"})  # "القمة مع كيم", "القمة التاريخية بين ترامب وكيم"
ABSENT_CHARS = 12  # from an absence word to the leader it names: "غياب أمير قطر", "اعتذر الرئيس"
ATTEND_CHARS = 12  # "للمشاركة في أعمال القمة": the summit a leader came to take part in
WITH_CHARS = 120  # ... within these characters
WITH_WORDS = 8  # words after "اجتماع القمة" to the "مع" of its relative clause ("الذي عقده ترامب الاثنين مع")
SIDES_WORDS, SIDES_CHARS = 3, 30  # how far after "القمة" its sides or "مع" / "بين" may stand
PLACE_REACH = 160  # characters from a summit's name to its city ("القمة العربية في عمان")
COUNTRY_REACH = 20  # ... or to a country right after it: "قمة مجموعة السبع في كندا", "القمة التي تستضيفها السعودية"
PLACE_BEFORE = 25  # ... or from its city to its name ("انطلقت في الرياض أعمال القمة الخليجية"), not a clause away


@cache
def summits_lexicon() -> dict:
    """summits.yaml, loaded once."""
    return load_yaml(LEXICON_DIR / "summits.yaml")


@cache
def summit_names() -> dict[str, str]:
    """series id -> English name."""
    return {s["id"]: s["name_en"] for s in summits_lexicon()["series"]}


@cache
def summit_matcher() -> PhraseMatcher:
    """Series names ("s:<id>"), sideline cues ("c:sideline"), attendance, absence and hosting cues
    ("c:attend", "c:absent", "c:host_verb")."""
    lex = summits_lexicon()
    groups = {"s:" + s["id"]: (s["terms"], "noun", False) for s in lex["series"]}
    groups["c:sideline"] = (lex.get("sideline", []), "noun", False)
    groups["c:attend"] = (lex.get("attend", []), "verb", True)
    groups["c:absent"] = (lex.get("absent", []), "verb", True)
    groups["c:host_verb"] = (lex.get("host_verbs", []), "verb", True)
    return PhraseMatcher(groups)


@cache
def _body_series() -> frozenset[str]:
    """The series an organisation holds at its own seat (``body: true``): the EU's summits."""
    return frozenset("s:" + s["id"] for s in summits_lexicon()["series"] if s.get("body"))


def body_summit_named(art: Article, i: int) -> bool:
    """Sentence i names a summit held at an organisation's seat: "لدى وصوله إلى القمة
    الأوروبية في بروكسل" (upon his arrival at the European summit in Brussels) is no visit
    to Belgium's prime minister."""
    s, e = art.sentences[i]
    return any(h.group in _body_series() and s <= h.start < e for h in summit_matcher().find(art.folded))


OF_MANY_WORDS = 3  # from a summit noun to the body of many it is of: "القمة الثانية عشرة لمنظمة"
TRIP_WORDS = 5  # from a purpose word to its gathering: "ترأس خلالها وفد بلاده في اجتماعات" (headed ... in the meetings)


@cache
def _trip_words() -> tuple[dict[str, int], frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """(purpose word -> words to its gathering, gathering nouns, bilateral trip phrases, summit
    nouns, words that make a summit one of many), folded."""
    lex = summits_lexicon()
    return ({**{fold_term(w): TRIP_WORDS for w in lex.get("trip_purpose", [])},
             **{fold_term(w): 1 for w in lex.get("trip_eve", [])}},
            frozenset(fold_term(w) for w in lex.get("gatherings", [])),
            tuple(fold_term(w) for w in lex.get("bilateral_trip", [])),
            frozenset(fold_term(w) for w in lex.get("summit_gatherings", [])),
            frozenset(fold_term(w) for w in lex.get("summit_of_many", [])))


def _gathering(word: str, nouns: frozenset[str]) -> bool:
    """A gathering noun, with its proclitics: "المؤتمر", "والمؤتمر", "للمؤتمر" (li-l-mu'tamar,
    for the conference), "لمؤتمر", "بالمؤتمر", "للقمه"."""
    w = word[1:] if word[:1] == "و" and word[1:] and word not in nouns else word
    return w in nouns or w[:2] == "لل" and "ال" + w[2:] in nouns or w[:1] in ("ل", "ب") and w[1:] in nouns


def names_gathering(art: Article, i: int) -> bool:
    """Sentence i names a gathering (summits.yaml gatherings, summit_gatherings): "قبل بدء أعمال
    القمة" (before the summit's work began), "على هامش المنتدى" (on the forum's sidelines)."""
    _purposes, nouns, _bilateral, summit_nouns, _of_many = _trip_words()
    return any(_gathering(w, nouns | summit_nouns) for w in _WORD.findall(art.folded_slice(*art.sentences[i])))


BILATERAL_WORDS = 4  # words after a gathering noun that may name its two countries: "منتدى الأعمال المصري الألماني"


def _two_countries(words: list[str], country: str | None, home: str | None) -> bool:
    """The words (folded) name both the trip's country and the traveller's, by name or
    adjective: "منتدى قطر – ألمانيا" (the Qatar-Germany forum), "منتدى الأعمال المصري الألماني"
    (the Egyptian-German business forum) is the two states' own gathering, no one of many."""
    if not country or not home or country == home:
        return False
    lex = get_lexicon()
    named = {lex.adjectives[w] for w in words if w in lex.adjectives}
    for _s, _e, _key, payloads in lex.match(" ".join(words)):
        for kind, ref, *_rest in payloads:
            place = lex.places.get(ref) if kind == PLACE else None
            if place is not None:
                named.add(place.name_en if place.kind == "country" else place.country)
    return country in named and home in named


def summit_trip(art: Article, i: int, h: Hit, country: str | None, home: str | None = None) -> bool:
    """The trip of trigger h (sentence i) is for a summit or conference of several parties
    (home: the traveller's country), so the trip's host is its country's head (named, or by office: a
    visit, as annotators list it) and no other participant named elsewhere: "وصل إلى القاهرة الرئيس
    التركي للمشاركة في أعمال القمة الإسلامية" (arrived in Cairo to take part in the Islamic
    summit), "لحضور مؤتمر" (to attend a conference), "قبل القمة" (before the summit) in a
    story of a named summit held in the trip's country; not "وصل كيم إلى سنغافورة حيث تجمعه
    قمة مع ترامب" (where a summit brings him together with Trump: the two's summit, his trip
    a visit); or an arrival in the country of a summit the article names ("ووصل إلى مطار
    القاهرة مساء اليوم بن كيران" in a story of the Islamic summit in Cairo) that the sentence
    calls no visit of its own ("في زيارة رسمية", on an official visit). "بعد مشاركته في
    القمة" (after taking part) is no purpose."""
    purposes, nouns, bilateral, summit_nouns, of_many = _trip_words()
    summits = Summits.of(art)
    # where the text says the summit is (not the lexicon's editions: a leader who came for the summit
    # and visited the host country, its host unnamed, stays a visit; but see at_edition below, an
    # arrival in the edition's own city)
    rows = {r["summit_id"]: {**r, "country": None} if r["summit_id"] in summits.from_edition else r
            for r in summits.rows()}
    held_there = bool(country) and any(r["country"] == country for r in rows.values())
    # "القمة" of a series named in the sentence ("للمشاركة في القمة الإسلامية"), or bare in a story of
    # a named summit held there, is that summit
    if held_there or any(art.sent_of(n.start) == i and rows[summits._id(n)]["country"] in (None, country)
                         for n in summits.names()):
        nouns = nouns | summit_nouns
    elif country and any(r["country"] == country for r in summits.rows()):
        # ... and a bare "القمة" (the summit) in a later sentence of a story naming a summit held in the
        # trip's country, by the text or the year's edition: "كان قد وصل إلى القاهرة للمشاركة في القمة"
        # after "القمة الإسلامية" (2013: Cairo) named before; not an indefinite "قمة", nor "وصل ترامب
        # إلى سنغافورة مقر القمة" in a story naming the G7 summit in Canada
        nouns = nouns | BARE_SUMMIT
    words = [w[1:] if w.startswith("و") and w[1:] in purposes else w
             for w in _WORD.findall(art.folded_slice(h.start, art.sentences[i][1]))]
    reach = -1  # the last word a purpose word before reaches
    for k, w in enumerate(words):
        if w in purposes:
            reach = k + purposes[w]
        elif k <= reach and (_gathering(w, nouns) or _gathering(w, summit_nouns)
                             and set(words[k + 1:k + 1 + OF_MANY_WORDS]) & of_many):
            # "... قمة قادة دول منظمة التعاون الإسلامي" (of the leaders of the OIC's states); not a
            # forum of the two states ("لحضور منتدى قطر – ألمانيا للأعمال"): that trip is a visit
            return not _two_countries(words[k + 1:k + 1 + BILATERAL_WORDS], country, home)
    if trigger_spec(h.group)["role"] != "arrive":
        return False
    s, e = art.sentences[i]
    # ... or in the very city the year's edition puts a summit the text places nowhere: "ووصل إلى مطار
    # القاهرة مساء اليوم بن كيران" in a story of "قمة الدول الإسلامية" in 2013 (Cairo's)
    cities = {city_of(p) for p in art.places.get(i, [])} - {None}
    at_edition = any(r["summit_id"] in summits.from_edition and r["city"] in cities for r in summits.rows())
    return (held_there or at_edition) and not any(b in art.folded_slice(s, e) for b in bilateral)


def edition_place(series: str, year: int | None) -> tuple[str, str] | None:
    """(city, country) of the series' summit of that year (summits.yaml editions), if known:
    "على هامش القمة الإسلامية" (on the sidelines of the Islamic summit) in 2013 is in Cairo."""
    ref = next((s.get("editions", {}).get(year) for s in summits_lexicon()["series"] if s["id"] == series), None)
    place = get_lexicon().places.get(ref) if ref else None
    return (place.name_en, place.country) if place is not None else None


def summit_id(series: str, year: int | None) -> str:
    """Stable id of one summit: its series and year."""
    return "s_" + hashlib.sha1(f"{series}|{year or ''}".encode()).hexdigest()[:12]


@dataclass
class Summits:
    """The summit hits of one article, by sentence, outside quotes."""

    art: Article
    hits: list[Hit]
    _rows: list[dict] | None = None
    from_edition: set[str] = field(default_factory=set)  # summit ids placed by summits.yaml editions, not the text
    _names: list[Hit] | None = field(default=None, repr=False, compare=False)  # names(), on first use

    @classmethod
    def of(cls, art: Article) -> "Summits":
        hits = [h for h in summit_matcher().find(art.folded) if not art.in_quote(h.start)]
        # one name inside a longer one is the longer one's: "القمة العربية الاقتصادية" (the Arab
        # economic summit) is not also "القمة العربية" (the Arab League summit); one sweep in text order
        inner: set[int] = set()
        reach = -1
        for n in sorted((h for h in hits if h.group.startswith("s:")), key=lambda n: (n.start, n.start - n.end)):
            if n.end <= reach:
                inner.add(id(n))
            reach = max(reach, n.end)
        return cls(art, [h for h in hits if id(h) not in inner])

    def unbind_names(self) -> None:
        """Take a summit's own name off the article's meeting triggers: in "التقى شي
        بوتين على هامش قمة مجموعة العشرين" the meeting is "التقى", and "انطلقت القمة
        العربية بحضور ..." (the Arab League summit opened, attended by ...) is no
        meeting of any two of its leaders. A bare "القمة" (the summit) stays a meeting
        word: a leader who came "للمشاركة في أعمال القمة" (to take part in the summit)
        and was received by the host country's leader visited him. Nor is the meeting
        noun the summit heads as its genitive: "خروج السيسي من اجتماع القمة" (Sisi's walking
        out of the summit's session), "اجتماعات القمة" (the summit's meetings)."""
        for i, hits in self.art.by_sent.items():
            gone = [h for h in hits if h.group.startswith("t:") and (self.covers(h) or self._named_elsewhere(h))]
            heads = {g.start: g for g in hits if g.group.startswith("t:") and not g.suffix
                     and fold_term(g.term) in BARE_SUMMIT} if self.names() else {}
            for h in [h for h in hits if h.group.startswith("t:")] if heads else []:
                end = self.art.word_end(h.end)
                head = next((heads[p] for p in range(end, end + 3) if p in heads), None)
                if head is not None and not h.suffix and trigger_spec(h.group)["role"] == "meet" \
                        and not trigger_spec(h.group).get("tense") and not self._sides_after(head) \
                        and not self._with_after(head):
                    gone += [h, head]
            gone_ids = {id(h) for h in gone}
            hits[:] = [h for h in hits if id(h) not in gone_ids]

    def _named_elsewhere(self, h: Hit) -> bool:
        """A bare "القمة" (the summit) in an article that names a summit series is that
        summit, no meeting of the leaders around it: "توقعت ميركل سجالات مع ترامب خلال القمة"
        (Merkel expected rows with Trump during the summit) in a G7 story, a leader after a comma
        too; "القمة مع كيم" / "القمة بين ترامب وكيم" (with, between), "القمة الفرنسية الألمانية"
        (two adjectives of country) or "قمتهما" (their summit) name its sides, and
        a leader who came "للمشاركة في أعمال القمة" (to take part in it) visits the host."""
        if h.suffix or fold_term(h.term) not in BARE_SUMMIT or not self.names() or self._sided(h):
            return False
        if any(0 <= h.start - c.end <= ATTEND_CHARS for c in self.hits if c.group == "c:attend") \
                and not self._trip_told(h):
            return False  # "حل ... بعمان للمشاركة في أعمال القمة" (came to take part): his trip to the host country
        if self._sides_after(h):
            return False
        i = self.art.sent_of(h.start)
        # a leader after a comma is another clause's: "للحديث عن القمة وتطوراتها، فما كان من ترمب"
        return not any(not {"،", ","} & set(self.art.text[h.end:m.start])
                       for m in self.art.near("leaders", i, h.end, h.end + SIDES_CHARS))

    def _trip_told(self, h: Hit) -> bool:
        """A trip word ("وصل", "يصل", "زيارة") before the summit noun in its sentence tells the
        trip itself: "فيما يصل اليوم المرزوقي للمشاركة في أعمال القمة" (while Marzouki arrives to
        take part in the summit) is his arrival, no meeting of the summit's with anyone."""
        i = self.art.sent_of(h.start)
        return any(t.group.startswith("t:") and t.end <= h.start and trigger_spec(t.group)["role"] in ("arrive", "visit")
                   for t in self.art.by_sent.get(i, ()))

    def _sided(self, h: Hit) -> bool:
        """A number of sides right after "القمة": "القمة الثلاثية" (the trilateral summit) is a
        summit of its own beside the series the article names ("على هامش القمة الإسلامية")."""
        end = self.art.word_end(h.end)
        return any(0 <= c.start - end <= 2 for c in self.art.cues(self.art.sent_of(h.start), "c:sided_after"))

    def _with_after(self, h: Hit) -> bool:
        """"مع" (with) a few words after the summit noun, its relative clause's: "اجتماع القمة، الذي
        عقده ترامب مع كيم" (the summit meeting Trump held with Kim) is the two's."""
        end = self.art.word_end(h.end)
        words = _WORD.findall(self.art.folded_slice(end, min(self.art.sentences[self.art.sent_of(h.start)][1], end + WITH_CHARS)))
        return bool(set(words[:WITH_WORDS]) & {"مع", "ومع"})

    def _sides_after(self, h: Hit) -> bool:
        """A bare "القمة" names its sides right after it: "القمة مع كيم", "القمة بين ترامب
        وكيم" (with, between), "القمة الفرنسية الألمانية" (two adjectives of country)."""
        after = _WORD.findall(self.art.folded_slice(self.art.word_end(h.end), h.end + SIDES_CHARS))[:SIDES_WORDS]
        return bool(set(after) & SIDE_WORDS) or (len(after) >= 2 and all(w.startswith("ال") and w.endswith("يه")
                                                                          for w in after[:2]))

    def names(self) -> list[Hit]:
        """The summit names among the hits (kept: covers asks for each trigger of the article)."""
        if self._names is None:
            self._names = [h for h in self.hits if h.group.startswith("s:")]
        return self._names

    def covers(self, h: Hit) -> bool:
        """The trigger hit h is a summit's own name ("القمة" in "القمة العربية")."""
        return any(n.start <= h.start and h.end <= n.end for n in self.names())

    def in_sentence(self, i: int, group: str) -> list[Hit]:
        return [h for h in self.hits if self.art.sent_of(h.start) == i and h.group.startswith(group)]

    def sideline(self, sents: list[int]) -> tuple[bool, str | None]:
        """(on a summit's sidelines, the summit_id named after the cue): "على هامش القمة
        العربية" -> (True, the Arab League summit of the year); "على هامش القمة" -> the
        one summit the article names, else the summit a later sentence of the pair's names after its cue. The
        sidelines of anything else ("على هامش الاحتفال", of the celebration) are no summit's."""
        bare = False
        for i in sents:
            for c in self.in_sentence(i, "c:sideline"):
                named = [n for n in self.in_sentence(i, "s:") if 0 <= n.start - c.end <= NAME_REACH]
                if named:
                    return True, self._id(named[0])
                if SUMMIT_WORDS & set(_WORD.findall(self.art.folded_slice(c.end, c.end + NAME_REACH))[:4]):
                    rows = self.rows()
                    if len(rows) == 1:
                        return True, rows[0]["summit_id"]
                    bare = True  # "على هامش القمة" in a story of two summits: which one, a later cue may say
        return bare, None

    def row_at(self, pos: int) -> dict | None:
        """The row of the summit whose name starts at pos ("قمة الاتحاد الأوروبي"); for a bare "القمة" (the
        summit) there, the one summit the article names; None else."""
        named = [n for n in self.names() if n.start == pos]
        if named:
            return next((r for r in self.rows() if r["summit_id"] == self._id(named[0])), None)
        rows = self.rows()
        word = fold_term(self.art.text[pos:self.art.word_end(pos)])
        return rows[0] if word in BARE_SUMMIT and len(rows) == 1 else None

    def place_of(self, sid: str | None) -> tuple[str | None, str | None]:
        """(city, country) of a summit the article names, else (None, None)."""
        row = next((r for r in self.rows() if r["summit_id"] == sid), None) if sid else None
        return (row["city"], row["country"]) if row else (None, None)

    def day_of(self, sid: str | None) -> tuple | None:
        """(date, surface) of the day the article gives a summit it names, in a sentence naming it ("التقى ...
        على هامش قمة مجموعة العشرين" after "افتتحت السبت قمة مجموعة العشرين"), else None."""
        names = [n for n in self.names() if sid is not None and self._id(n) == sid]
        days = [d for n in names for d in self.art.dates.get(self.art.sent_of(n.start), []) if d.precision == "day"]
        return (days[0].date, days[0].surface) if days else None

    def host_place(self, countries: set) -> tuple[str | None, str | None]:
        """(city, country) of the one summit the article names, when it is held in one of
        ``countries`` (a meeting's two sides), else (None, None): in a story of "القمة العربية
        في الرياض" (the Arab League summit in Riyadh) "التقى أمير الكويت الملك سلمان" (the emir
        of Kuwait met King Salman), told with no place, is at the summit, in Riyadh."""
        rows = self.rows()
        if len(rows) == 1 and rows[0]["city"] and rows[0]["country"] in countries:
            return rows[0]["city"], rows[0]["country"]
        return None, None

    def _year(self, h: Hit) -> int | None:
        d = self._date(self.art.sent_of(h.start))
        return d.year if d else (self.art.published.year if self.art.published else None)

    def _id(self, h: Hit) -> str:
        return summit_id(h.group[2:], self._year(h))

    def _date(self, i: int):
        days = [d for d in self.art.dates.get(i, []) if d.precision == "day"]
        return days[0].date if days else None

    def _place(self, sents: list[int], names: list[Hit]) -> tuple[str | None, str | None]:
        """The summit's city: a city after a locative within reach of its name ("القمة
        العربية في عمان", or just before it), or where a meeting on its sidelines is,
        else the city the series met in that year (summits.yaml editions), else the dateline;
        a city elsewhere in the sentence may be anything else's."""
        art = self.art
        others = [h for h in self.names() if h not in names]
        # ... not past another summit's name: "في الرياض خلال القمة العربية الاقتصادية، وتحدثا
        # عن القمة العربية في الدوحة" (Doha is the other summit's)
        after = lambda p, n: 0 <= p.start - n.end <= PLACE_REACH and not any(n.end <= o.start < p.start for o in others) \
            and not _onward(art.folded_slice(n.end, p.start))  # "سيغادرها متوجها إلى سنغافورة": not the summit's
        before = lambda p, n: 0 <= n.start - p.end <= PLACE_BEFORE
        # a meeting on its sidelines is where the summit is: "التقى أردوغان في
        # جوهانسبرغ بوتين على هامش قمة بريكس"
        sideline = lambda p, n: bool(self.in_sentence(art.sent_of(n.start), "c:sideline")) and p.end <= n.start
        # "التي تستضيفها القاهرة" (which Cairo hosts): the city after a hosting verb is as good as "في القاهرة"
        hosted = lambda p: any(0 <= p.start - c.end <= 2 for c in self.hits if c.group == "c:host_verb")
        edition = edition_place(names[0].group[2:], self._year(names[0]))
        for near in (after, before, sideline):
            for i in sents:
                for p in art.places.get(i, []):
                    if city_of(p) and (locative(art, p) or hosted(p)) \
                            and any(near(p, n) for n in names if art.sent_of(n.start) == i):
                        return city_of(p), p.country
                    if near is after and self._country_after(p, names):
                        # "قمة مجموعة السبع في كندا" (the G7 summit in Canada): no later city is the
                        # summit's (not Singapore, where a trip goes on); the year's edition there, if any
                        return (edition[0], p.country) if edition and edition[1] == p.country else (None, p.country)
        if edition is not None:
            self.from_edition.add(self._id(names[0]))
            return edition
        return dateline(art, None)

    def _country_after(self, p: Any, names: list[Hit]) -> bool:
        """Place p is a country named right after a summit's name, by a locative or a hosting verb:
        "قمة مجموعة السبع في كندا", "القمة التي تستضيفها السعودية"."""
        art = self.art
        return not city_of(p) and get_lexicon().places.get(p.entity_id) is not None \
            and get_lexicon().places[p.entity_id].kind == "country" \
            and (locative(art, p) or any(0 <= p.start - c.end <= 2 for c in self.hits if c.group == "c:host_verb")) \
            and any(art.sent_of(n.start) == art.sent_of(p.start) and 0 <= p.start - n.end <= COUNTRY_REACH for n in names)

    def rows(self) -> list[dict]:
        """summit_mentions rows: one per summit the article names."""
        if self._rows is None:
            self._rows = self._build_rows()
        return self._rows

    def _build_rows(self) -> list[dict]:
        art = self.art
        by_id: dict[str, list[Hit]] = {}
        for h in self.names():
            by_id.setdefault(self._id(h), []).append(h)
        out = []
        for sid, names in by_id.items():
            sents = sorted({art.sent_of(h.start) for h in names})
            city, country = self._place(sents, names)
            date = next((d for d in (self._date(i) for i in sents) if d), None)
            s, e = art.sentences[sents[0]]
            out.append({"summit_id": sid, "name": summit_names()[names[0].group[2:]], "city": city,
                        "country": country, "date": date, "participants": self._participants(sents),
                        "evidence": art.text[s:e], "evidence_start": s, "evidence_end": e})
        return out

    def _participants(self, sents: list[int]) -> list[str]:
        """Leaders named in the summit's sentences, or in a sentence that says they
        attend a summit ("وصل ... للمشاركة في أعمال القمة"); not one named right after a
        word of absence ("غياب أمير قطر عن القمة", the emir of Qatar's absence)."""
        art = self.art
        attend = {art.sent_of(h.start) for h in self.hits if h.group == "c:attend"}
        summit_word = {i for i in attend if SUMMIT_WORDS & set(_WORD.findall(art.folded_slice(*art.sentences[i])))}
        absent = {h.end for h in self.hits if h.group == "c:absent"}
        names: list[str] = []
        for i in sorted(set(sents) | summit_word):
            for m in art.leaders.get(i, []):
                if any(m.start - k in absent for k in range(ABSENT_CHARS + 1)):
                    continue  # "وسط غياب أمير قطر" (amid the absence of the emir of Qatar)
                name = m.name_en or m.surface
                if name not in names:
                    names.append(name)
        return names


SUBJECT_CHARS = 40  # from the arrival verb to its subject's name, a day between: "وصل قبل يومين عبد المالك سلال"
GOAL_CHARS = 60  # past the subject's name: a goal of his own ("إلى قاعدة ...", to a base the lexicon does not know)


@cache
def _placeless_arrivals() -> frozenset[str]:
    """summits.yaml placeless_arrivals, folded: "وصل", "وصلت"."""
    return frozenset(fold_term(w) for w in summits_lexicon().get("placeless_arrivals", []))


def summit_arrival_place(art: Article, i: int, h: Hit, role: str, visitor: Any,
                         place: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """(city, country) of an arrival: its own place, else, for a guest's arrival verb told with no place
    in the story of the one summit the text places in a city it names, that city. A summit's round-up
    names the city once and the later arrivals by day alone: "فيما وصل قبل يومين عبد المالك سلال رئيس
    الوزراء الجزائري" (while the Algerian prime minister had arrived two days earlier), after "وصل إلى
    الدوحة ... للمشاركة في القمة العربية", arrived in Doha. Only the verb's own subject, named right after
    it, with no goal of his own ("وصل قنديل إلى قاعدة الماظة", to an air base at home), nor one coming back
    ("عائدا من"); not the summit country's own leader, nor a story of two summits' cities. So is the first
    member of the plural an arrival word tells ("تأكد وصول 19 منهم، أبرزهم الرئيس التركي", arrival_list.headed_traveller)."""
    if place != (None, None) or role != "arrive" or visitor is None or art.cues(i, "c:origin_cues"):
        return place
    if (fold_term(h.term) not in _placeless_arrivals() or not 0 <= visitor.start - h.end <= SUBJECT_CHARS) \
            and headed_traveller(art, i, h, [visitor]) is not visitor:
        return place
    if {fold_term("\u0625\u0644\u0649"), "\u0627\u0644\u0649"} & set(art.folded_slice(h.end, visitor.end + GOAL_CHARS).split()):
        return place  # "إلى" / "الى" (to): a goal the lexicon does not know
    named = {city_of(p) for ps in art.places.values() for p in ps}
    cities = {(r["city"], r["country"]) for r in Summits.of(art).rows() if r["city"] in named}
    if len(cities) != 1:
        return place
    city, country = next(iter(cities))
    return place if country in (None, visitor.country) else (city, country)


def summit_rows(art: Any) -> list[dict]:
    """The summit_mentions rows of one article (without article_id)."""
    return Summits.of(art).rows()
