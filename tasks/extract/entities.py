"""Find people, places and organisations in an article with one Aho-Corasick pass.

Rules (all Arabic specifics are in ziyarat.lexicon's boundary check):

* Overlapping matches: the longest wins ("فلاديمير بوتين" over
  "بوتين"; "الرئيس السوري" over "الرئيس").
* A title ("الرئيس الروسي", the Russian president) resolves to the person who held that
  office at the article's time (tasks.extract.article_time): on its day, or, when
  only a period is known, the one person who held it over the whole period, else the
  one holder during the period the article names elsewhere (full name first, then bare
  surname), else nobody (never the holder of today). A title right before a name
  ("الرئيس الروسي فلاديمير بوتين") yields one mention, for the name, whatever the date:
  a name beats a title; a title alone yields a person mention with resolved_by="title".
  "نظيره السوري" (his Syrian counterpart) takes the office of the person named before it.
* A title after نائب ("vice"), before السابق ("former") or before an unknown name (title_name) is nobody.
* Weak variants (bare surnames that are also words, e.g. الأسد "the lion") count only
  right after a title ("الرئيس الأسد") or when the same person is named strongly
  (full name or title) somewhere in the article.
* A name or title right after an institution noun is part of a proper name, not the
  person: "جامعة الملك فهد" (King Fahd University), "مركز الملك سلمان للإغاثة".
* In a sports report "نظيره الإماراتي" is the Emirati team, not the Emirati president:
  counterpart titles resolve to nobody when the article reads like sport (titles.yaml
  sport_cues).
"""
from __future__ import annotations

import bisect
import re
import datetime as dt
from dataclasses import dataclass, field

from tasks.extract.bare_title import TitleHeads
from tasks.extract.counterpart_ref import REFERENT_REACH, official_since, official_subject_after
from tasks.extract.home import home_holder, note_foreign_title
from tasks.extract.homonyms import (adjective_use, after_full_name, first_full_names, homograph_adjective,
                                     in_patronymic, met_with_bi, named_before, namesake, namesakes_in_office, newspaper_quoted,
                                     prev_word)
from tasks.extract.title_name import unless_named
from ziyarat.arabic import (COMMON_QUOTE_MARKS, CONJUNCTIONS, PROCLITIC_LETTERS, Folded, fold_with_map,
                            word_end, word_start)
from ziyarat.lexicon import (COUNTERPART, GENERIC, ORG, PERSON, PLACE, TITLE, Lexicon, Period, get_lexicon,
                             grammar_words, tenure)

# Office order used to read "his counterpart": the first active office of the person
# named before "نظيره" is the counterpart's office.
_COUNTERPART_OFFICES = ("head_of_state", "head_of_government", "foreign_minister",
                        "defence_minister", "crown_prince", "spokesperson")
_DAMMA, _SHADDA = "\u064f", "\u0651"
_GAP_CHARS = frozenset(" \u060c,:-\u2013'()" + COMMON_QUOTE_MARKS)  # what may sit between a title and a name


@dataclass
class Mention:
    entity_id: str
    entity_type: str  # person | place | organization
    name_en: str
    name_ar: str
    surface: str
    start: int
    end: int
    resolved_by: str = "name"  # name | title
    country: str | None = None
    city: str | None = None
    offices: list[str] = field(default_factory=list)


def find_mentions(text: str, folded: Folded | None = None,
                  published: dt.date | Period | None = None, home: str | None = None) -> list[Mention]:
    """All entity mentions in text (display form), offsets into text. `published` is
    the article's day, or the Period it is from (ArticleTime.period); None: unknown.
    `home`: the outlet's country, whose office holders its bare titles name (tasks.extract.home)."""
    if folded is None:
        folded = fold_with_map(text)
    if isinstance(published, dt.datetime):
        published = published.date()
    lex = get_lexicon()
    matches = _select(lex.match(folded.text))
    if not matches:
        return []
    names = _names(lex, folded.text, matches)
    walk = _MentionWalk(lex, text, folded, published, _strong_refs(lex, matches, published, names), names, home)
    walk.first = first_full_names(matches)
    for s, e, key, payloads in matches:
        walk.step(s, e, key, payloads)
    walk.flush_title()
    return walk.out


def _names(lex: Lexicon, ft: str, matches: list[tuple]) -> tuple[set[str], set[str]]:
    """The people the article names by full name, and those named only by a bare
    surname ("الأسد"): the holders a title may stand for when its period spans a
    hand-over."""
    named = {ref for _s, _e, _k, payloads in matches for kind, ref, weak, _lam in payloads
             if kind == PERSON and not weak}
    surnames: set[str] = set()
    for s, e, _k, payloads in matches:
        # the word checks only for a match that has a bare-surname reading (few do)
        if any(kind == PERSON and weak for kind, _r, weak, _l in payloads) \
                and not in_patronymic(ft, s, e) and not _named_after(ft, s, lex):
            surnames.update(ref for kind, ref, weak, _lam in _weak_prefix_ok(ft, s, payloads) if kind == PERSON and weak is True)
    return named, surnames - named


def bare_surnames(folded: Folded) -> set[str]:
    """The people an article names only by a bare surname ("مرسي"), not in full."""
    return _names(get_lexicon(), folded.text, _select(get_lexicon().match(folded.text)))[1]


def _strong_refs(lex: Lexicon, matches: list[tuple], published: dt.date | Period | None,
                 names: tuple[set[str], set[str]]) -> set[str]:
    """Entities the article names unambiguously (a full name, a place, a title whose
    holder is known): a weak variant of one of them (a bare surname) is accepted."""
    strong: set[str] = set()
    for _s, _e, _k, payloads in matches:
        for kind, ref, weak, _lam in payloads:
            if kind in (PERSON, ORG) and not weak:
                strong.add(ref)
            elif kind == TITLE and ref.office:
                p = lex.title_holder(ref, published, *names)
                if p is not None:
                    strong.add(p.id)
            elif kind == PLACE:
                strong.add(ref)
    return strong


class _MentionWalk:
    """The matches of one article in text order, turned into mentions: a title waits
    for the name that may follow it (then the name stands for both), a counterpart
    title ("نظيره الروسي", his Russian counterpart) refers to the last person named."""

    def __init__(self, lex: Lexicon, text: str, folded: Folded, published: dt.date | Period | None,
                 strong: set[str], names: tuple[set[str], set[str]], home: str | None = None):
        self.lex, self.text, self.folded, self.ft = lex, text, folded, folded.text
        self.published, self.strong, self.names, self.home = published, strong, names, home
        self.titled: dict[str, str] = {}  # a bare title -> the person it was put before
        self.heads = TitleHeads()  # every title put before (or resolved for) a person, for a later bare one
        self.out: list[Mention] = []
        self.sporty: list[bool] = []  # computed once, only if a counterpart title shows up
        self.pending: tuple | None = None  # a title waiting for the name that may follow it
        self.last_person: str | None = None
        self.last_end: int | None = None  # folded end of the last person named (not by title)
        self.last_ref: int = -1  # folded end of the last person named or titled
        self.first: dict[str, int] = {}  # person -> folded start of his first full name (homonyms.first_full_names)

    def step(self, s: int, e: int, key: str, payloads: tuple) -> None:
        """Take the next match (folded offsets)."""
        kind = payloads[0][0]
        attached = self.pending is not None and _adjacent(self.ft, self.pending[1], s, self.lex)
        if kind in (TITLE, COUNTERPART, GENERIC):
            self._on_title(s, e, kind, payloads)
        elif kind == PERSON:
            self._on_person(s, e, payloads, attached)
        else:
            self.flush_title()
            if kind == PLACE:
                self._on_place(s, e, key, payloads)
            elif kind == ORG:
                self._on_org(s, e, payloads)

    def flush_title(self) -> None:
        """A waiting title with no name after it is a mention of its holder."""
        if self.pending is None:
            return
        s, e, person_id = self.pending[:3]
        self.pending = None
        if person_id:
            self.out.append(_person(self.lex, person_id, self.text, self.folded, s, e, "title", self.published))
            self.last_person, self.last_ref = person_id, e
            self.heads.note(self.ft[s:e], person_id)

    def _on_title(self, s: int, e: int, kind: str, payloads: tuple) -> None:
        ft, lex = self.ft, self.lex
        if kind == GENERIC and self.pending and ft[s:e] in lex.honorifics and _adjacent(ft, self.pending[1], s, lex):
            return  # a rank after a title ("الرئيس السوداني المشير عمر البشير"): the name is the title's
        self.flush_title()
        person_id = None
        title = payloads[0][1] if kind != GENERIC else None
        if kind == COUNTERPART and not self.sporty:
            self.sporty.append(_is_sport(ft, lex))
        if kind != GENERIC and not _blocked(ft, s, e, lex) and not _named_after(ft, s, lex) \
                and not (kind == COUNTERPART and self.sporty[0]):
            referent = self.last_person
            if kind == COUNTERPART and official_since(ft, max(0, self.last_ref, s - REFERENT_REACH), s):
                referent = ""  # "وزير الزراعة المصري ... مع نظيره الأوكراني": a minister's counterpart
            elif kind == COUNTERPART and official_subject_after(ft, e):
                referent = ""  # "مع نظيره الألماني قال وزير الخارجية التركي": his, named after the verb
            person_id = unless_named(lex, ft, s, e, _resolve_title(lex, payloads, self.published, referent, *self.names))
        if kind == GENERIC and not _blocked(ft, s, e, lex) and not _named_after(ft, s, lex):
            person_id = (self.home and home_holder(lex, payloads[0][1], self.home, self.published, self.titled, ft, e,
                                                   self.out, (s, self.last_end))) \
                or unless_named(lex, ft, s, e, self.heads.holder(payloads[0][1], lex, self.published))  # "المستشارة التي": Merkel, named so
        elif kind == TITLE and self.home:
            note_foreign_title(self.titled, payloads[0][1], self.home)
        # apposition: "دميتري بيسكوف المتحدث باسم الرئاسة الروسية" names him once
        if person_id and self.out and self.out[-1].entity_id == person_id and self.last_end is not None \
                and _adjacent(ft, self.last_end, s, lex):
            person_id = None
        self.pending = (s, e, person_id, title, payloads[0][1] if kind == GENERIC else None)

    def _on_person(self, s: int, e: int, payloads: tuple, attached: bool) -> None:
        ft, lex = self.ft, self.lex
        if in_patronymic(ft, s, e, [lex.people[pl[1]] for pl in payloads]):
            return
        if _named_after(ft, self.pending[0] if attached else s, lex):
            self.pending = None  # "مركز الملك سلمان": part of a name, not the king
            return
        title_person = self.pending[2] if attached else None
        title = self.pending[3] if attached else None
        kept = after_full_name(self.text, self.folded, s, e, _weak_prefix_ok(ft, s, payloads), self.first)
        if attached and title_person and not kept:  # "الرئيس اللبناني الجنرال عون": the title's holder
            kept = tuple(pl for pl in payloads if pl[1] == title_person)
        payloads = kept
        if not attached:
            payloads = tuple(pl for pl in payloads if not namesake(ft, s, lex.people[pl[1]]))
        pid = _choose_person(lex, payloads, self.strong, title_person, title, attached,
                             self.published, self.first, s) if payloads else None
        if attached:
            self.heads.note(ft[self.pending[0]:self.pending[1]], pid)
            if self.pending[4] and pid:
                self.titled[self.pending[4]] = pid  # "رئيس الجمهورية ميشال عون": the bare title is his here
            self.pending = None  # the name stands for the title
        else:
            self.flush_title()
        if pid is None:
            return
        self.out.append(_person(lex, pid, self.text, self.folded, s, e, "name", self.published))
        self.heads.note(ft[s:e], pid)  # a name that opens with its title: "الملك سلمان"
        self.last_person, self.last_end, self.last_ref = pid, e, e

    def _on_place(self, s: int, e: int, key: str, payloads: tuple) -> None:
        ft, text, folded = self.ft, self.text, self.folded
        place = _choose_place(self.lex, payloads, self.strong, text, folded, s, e)
        if place is None or (place.exclude_next and _next_word(ft, e) in place.exclude_next) \
                or (place.exclude_prev and prev_word(ft, s) in place.exclude_prev) \
                or (newspaper_quoted(ft, s, e) and place.kind != "venue") \
                or adjective_use(ft, s, key, place) or homograph_adjective(ft, s, key, place):
            return
        ds, de = folded.span(s, e)
        self.out.append(Mention(place.id, "place", place.name_en, place.name_ar, text[ds:de], ds, de,
                                "name", place.country, place.city, []))

    def _on_org(self, s: int, e: int, payloads: tuple) -> None:
        refs = [p for p in payloads if not p[2] or p[1] in self.strong]
        if not refs:
            return
        org = self.lex.orgs[refs[0][1]]
        ds, de = self.folded.span(s, e)
        self.out.append(Mention(org.id, "organization", org.name_en, org.name_ar, self.text[ds:de], ds, de))


def titled_terms(folded: Folded) -> list[Period]:
    """The tenures that the article's titled names imply: "الرئيس المصري محمد مرسي"
    (the Egyptian president Mohamed Morsi) is written while Morsi was president, so the
    article is from his term (first day to last, over all his terms in that office)."""
    lex = get_lexicon()
    return [tenure([o for pid in pids for o, holder in lex.holders.get((t.office, t.country), ())
                    if holder == pid]) for t, pids in titled_names(folded)]


def titled_names(folded: Folded) -> list[tuple]:
    """(title, ids of the people it may name who held its office) for each name the
    article gives a title right before it, or right after it when no name follows
    ("محمد بن زايد آل نهيان ولي عهد أبوظبي"). Titles marked as past ("السابق" former,
    "نائب" vice) and names inside an institution's name ("مستشفى الملك فهد") are not
    the person's office at the article's time."""
    lex = get_lexicon()
    ft = folded.text
    matches = _select(lex.match(ft))
    out: list[tuple] = []
    for k, ((s, e, _k, tp), (ps, pe, _k2, pp)) in enumerate(zip(matches, matches[1:])):
        if not _adjacent(ft, e, ps, lex) or any(w in lex.block_after for w in ft[e:ps].split()):
            continue
        titles = [t for kind, t, _w, _l in tp if kind == TITLE and t.office]
        if titles and pp[0][0] == PERSON and not _blocked(ft, s, e, lex) and not _named_after(ft, s, lex) \
                and _next_word(ft, pe) not in lex.block_after:
            out.append(_holders(lex, titles[0], pp))
        after = [t for kind, t, _w, _l in pp if kind == TITLE and t.office]
        nxt = matches[k + 2] if k + 2 < len(matches) else None
        if after and tp[0][0] == PERSON and not _blocked(ft, ps, pe, lex) and not _named_after(ft, s, lex) \
                and not (nxt and nxt[3][0][0] == PERSON and _adjacent(ft, pe, nxt[0], lex)):
            out.append(_holders(lex, after[0], tp))
    return [(t, pids) for t, pids in out if pids]


def _holders(lex: Lexicon, t, payloads) -> tuple:
    """The title and the named people who held its office ("الزعيم الإثيوبي": led, ziyarat.leadership)."""
    return t, [ref for kind, ref, _w, _l in payloads if kind == PERSON
               and any(holder == ref for _o, holder in lex.holders.get((t.office, t.country), ()))]


def _select(matches) -> list[tuple]:
    """Non-overlapping matches, longest first (ties: leftmost), returned in text order:
    "تميم بن حمد بن خليفة آل ثاني" beats the shorter "الشيخ تميم بن حمد" that starts
    earlier and overlaps it."""
    ordered = sorted(matches, key=lambda m: (m[0] - m[1], m[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen = []
    for m in ordered:
        s, e = m[0], m[1]
        i = bisect.bisect_right(starts, s)
        if (i > 0 and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.append(m)
    chosen.sort(key=lambda m: m[0])
    return chosen


def _adjacent(ft: str, end: int, start: int, lex: Lexicon) -> bool:
    """True when only spaces/punctuation, honorifics (الشيخ, الملك) or one
    "former"-type word (السابق) separate a title ending at `end` from a name at `start`."""
    if start - end > 24:
        return False
    gap = ft[end:start]
    if all(c in _GAP_CHARS for c in gap):
        return True
    words = [w.strip("\u060c,") for w in gap.split()]
    if len(words) > 3:
        return False
    n_after = sum(w in lex.block_after for w in words)
    return n_after <= 1 and all(w in lex.block_after or w in lex.honorifics for w in words)


def _blocked(ft: str, s: int, e: int, lex: Lexicon) -> bool:
    prev = prev_word(ft, s)
    if prev in lex.block_before or (prev[:1] in ("\u0648", "\u0641") and prev[1:] in lex.block_before):
        return True
    return _next_word(ft, e) in lex.block_after


def _named_after(ft: str, s: int, lex: Lexicon) -> bool:
    """The word before s is an institution noun ("جامعة", "بمطار", "ومركز"), so what
    follows is part of a proper name."""
    prev = prev_word(ft, s)
    return bool(prev) and (prev in lex.named_after or any(  # proclitics: "بجامعة", "وبمركز"
        len(prev) > n + 2 and prev[n:] in lex.named_after and all(c in PROCLITIC_LETTERS for c in prev[:n])
        for n in (1, 2)))


def _is_sport(ft: str, lex: Lexicon) -> bool:
    """The article reads like a sports report: 2+ different cue words, 3+ uses."""
    if not lex.sport_cues:
        return False
    counts = {}
    for w in _WORD.findall(ft):
        if w in lex.sport_cues:
            counts[w] = counts.get(w, 0) + 1
    return len(counts) >= 2 and sum(counts.values()) >= 3


def _next_word(ft: str, e: int) -> str:
    """The word after e, past spaces."""
    i = e
    n = len(ft)
    while i < n and ft[i] == " ":
        i += 1
    return ft[i:word_end(ft, i)]


def _resolve_title(lex: Lexicon, payloads, published, last_person, named: set[str] = frozenset(),
                   surnames: set[str] = frozenset()) -> str | None:
    for kind, t, _weak, _lam in payloads:
        if kind == TITLE and t.office:
            p = lex.title_holder(t, published, named, surnames)
            if p is not None:
                return p.id
        elif kind == COUNTERPART:
            # the counterpart holds the office of the person it refers to; "" = an
            # official the lexicon does not know (a minister): nobody we can name
            office = "head_of_state"
            if last_person == "":
                return None
            if t.of and not (last_person and lex.people[last_person].country == t.of):
                continue  # "نظيره الشمالي" (his northern counterpart) is North Korea's after a South Korean only
            if last_person:
                active = {o.office for o in lex.people[last_person].offices_on(published)}
                office = next((o for o in _COUNTERPART_OFFICES if o in active), None)
                if office is None:
                    return None  # a deputy crown prince's or a governor's counterpart is no leader
            p = lex.holder_named(office, t.country, published, named - {last_person}, surnames - {last_person})
            if p is not None and p.id != last_person:
                return p.id
    return None


def _choose_person(lex: Lexicon, payloads, strong: set[str], title_person: str | None,
                   title, attached: bool, published=None, first: dict | None = None, at: int = 0) -> str | None:
    """The person a name stands for; `title`: the Title right before it (its holder: title_person)."""
    ids = [p[1] for p in payloads]
    if title_person in ids:
        return title_person
    strong_ids = [p[1] for p in payloads if not p[2]]
    if strong_ids:
        return strong_ids[0]
    # only weak readings: not after a title of another country ("الرئيس السوري الأسبق
    # شكري القوتلي" is not Sameh Shoukry); supported by a strong mention, else by the title
    if title:
        own = [i for i in ids if any(o.country == title.country for o in lex.people[i].offices)]
        # unless its adjective is shared (titles.yaml shared_adjectives): "الرئيس النيجري محمد
        # بخاري" is Nigeria's Buhari, in that office then, not Niger's president
        ids = own or [i for i in ids if title.held_abroad(lex.people[i], published)]
        if not ids and title_person:
            # a namesake's given name: "ولي عهد البحرين الأمير سلمان" is Bahrain's crown
            # prince Salman bin Hamad, whom the title names, not the Saudi King Salman
            return title_person
    supported = [i for i in ids if i in strong]
    if supported:
        # two people named in full share the surname ("كيم" after Kim Jong-un and his sister Kim Yo-jong): the
        # bare surname is either, so nobody; unless only one was named before it (homonyms.named_before)
        supported = named_before(supported, first or {}, at) if len(supported) > 1 else supported
        return supported[0] if len(supported) == 1 else None
    if attached and len(ids) > 1 and published is not None:
        # "الرئيس عون" in 2018 is Michel Aoun, in 2025 Joseph Aoun: the namesake in office then (of two, the named country's)
        ids = namesakes_in_office(lex, ids, published, strong)
    if attached and len(ids) == 1:
        return ids[0]
    return None


_WORD = re.compile(r"\w+")


def _weak_prefix_ok(ft: str, s: int, payloads):
    """Weak readings take no preposition: "لصالح" is "in favour of", not "for Saleh";
    "للأسد" (li-l-Asad, a lam key) still counts, and so does bi- after a meeting word ("عقب
    اجتماعه بآبي", after his meeting with Abe). Nor a military rank before them: "الجنرال
    كيم" (General Kim) is an officer, not the leader Kim Jong-un."""
    if prev_word(ft, s) in grammar_words("military_ranks"):
        return tuple(pl for pl in payloads if not pl[2])
    prefix = ft[word_start(ft, s):s].lstrip(CONJUNCTIONS)
    if not prefix or met_with_bi(ft, s):
        return payloads
    return tuple(pl for pl in payloads if not pl[2] or pl[3])


def _choose_place(lex: Lexicon, payloads, strong: set[str], text: str, folded: Folded, s: int, e: int):
    places = [lex.places[p[1]] for p in payloads]
    if len(places) == 1:
        return places[0]
    ds, de = folded.span(s, e)
    surface = text[ds:de]
    # عُمان (damma: Oman) vs عَمّان (shadda: Amman) when the outlet kept the marks
    if _SHADDA in surface:
        return next((p for p in places if p.kind == "city"), places[0])
    if _DAMMA in surface:
        return next((p for p in places if p.kind == "country"), places[0])
    cued = [p for p in places if any(c in strong for c in p.cues)]
    if len(cued) == 1:
        return cued[0]
    return places[0]


def _person(lex: Lexicon, pid: str, text: str, folded: Folded, s: int, e: int, how: str,
            published: dt.date | Period | None) -> Mention:
    """A person mention with the offices held at the article's time (on its day, at some
    time in its period, or ever when the time is unknown: a named leader stays one)."""
    p = lex.people[pid]
    active = p.offices_on(published)
    offices = list(dict.fromkeys(o.office for o in active))
    country = active[0].country if active else p.country
    ds, de = folded.span(s, e)
    return Mention(p.id, "person", p.name_en, p.name_ar, text[ds:de], ds, de, how, country, None, offices)
