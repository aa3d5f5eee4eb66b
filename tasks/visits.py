"""Visits and meetings between leaders, one article at a time.

A *reported* visit needs a sentence that states a visit or a meeting (a trigger from
``lexicons/triggers.yaml``) with two leaders of different countries around it (heads
of state or government; the second may come from the headline or a neighbouring
sentence when the sentence points at him: "نظيره" nazirahu, "his counterpart", or a
city in his country). Who travelled and who received comes from the trigger's role
("وصل الأسد إلى موسكو" -> al-Assad visits; "استقبل بوتين الأسد" -> Putin hosts), else
from the city (the leader whose country holds it hosts). All trigger sentences about
the same pair merge into one reported row; earlier or planned meetings ("آخر لقاء ...
2021", "الأولى منذ آذار 2023", "سيلتقي ... الشهر المقبل") become *referenced* rows.

Also home of :class:`PhraseMatcher`, the clitic-aware Aho-Corasick matcher that the
topic and quote finders share, and :class:`RangeMatcher`, which searches it over
chosen stretches of an article only.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Iterable

import ahocorasick
import numpy as np
import yaml

from ziyarat.arabic import DELETED, Folded, fold_term, fold_with_map

LEXICONS = Path(__file__).resolve().parent.parent / "ziyarat" / "lexicons"

# Clitics, folded. Proclitics: wa- "and", fa- "so", bi- "with/in", li- "for", ka- "as",
# sa- (future), al- "the". A word like "الزيارة" after li- loses its alef: "للزيارة"
# (lil-ziyara), so terms starting with ال also get an "لل" form.
VERB_PROCLITICS = frozenset({"", "و", "ف", "ل", "س", "وس", "فس", "ول", "فل", "ولس"})
NOUN_PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك",
                             "ال", "وال", "فال", "بال", "كال", "وبال", "فبال", "لل", "ولل", "فلل"})
# Enclitic pronouns and number endings: -hu "his", -ha "her", -huma "their (two)",
# -hum, -na "our", -i "my", dual -an/-ayn, plural -at/-un/-in.
ENCLITICS = frozenset({"", "ه", "ها", "هما", "هم", "هن", "ي", "نا", "ك", "كم", "ان", "ين", "ات", "ون", "ا"})
_PRONOUNS = frozenset({"ه", "ها", "هما", "هم", "هن", "ي", "نا", "ك", "كم"})
_MAX_PREFIX = max(len(p) for p in VERB_PROCLITICS | NOUN_PROCLITICS)
_MAX_SUFFIX = max(len(x) for x in ENCLITICS)


@dataclass(frozen=True)
class Hit:
    """One phrase match, in display offsets (``text[start:end]``)."""

    start: int
    end: int
    group: str
    term: str
    prefix: str  # the proclitics before it, folded ("وس" in "وسيلتقي")
    suffix: str  # the enclitic after it, folded ("ه" in "زيارته")


class PhraseMatcher:
    """Clitic-aware matching of many folded phrases in one Aho-Corasick pass.

    ``groups`` maps a group name to ``(terms, proclitics, suffixes)`` where
    proclitics is "verb" | "noun" | "none" and suffixes a bool."""

    def __init__(self, groups: dict[str, tuple[Iterable[str], str, bool]]):
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple]] = defaultdict(list)
        for group, (terms, proclitics, suffixes) in groups.items():
            allowed = {"verb": VERB_PROCLITICS, "noun": NOUN_PROCLITICS, "none": frozenset({""})}[proclitics]
            for term in terms:
                key = fold_term(str(term))
                if not key:
                    continue
                variants = [(key, allowed, False)]
                if proclitics == "noun" and key.startswith("ال") and len(key) > 3:
                    # lil- + al-word: "للانتخابات" (lil-intikhabat)
                    variants.append(("لل" + key[2:], frozenset({"", "و", "ف"}), False))
                if suffixes and key.endswith("ه"):
                    # teh marbuta turns to teh before a pronoun: "زيارته" (ziyaratuhu)
                    variants.append((key[:-1] + "ت", allowed, True))
                for k, pro, needs_suffix in variants:
                    table[k].append((group, str(term), pro, suffixes, needs_suffix))
        for k, payload in table.items():
            self._automaton.add_word(k, (len(k), payload))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, folded: Folded, lo: int = 0, hi: int | None = None) -> list[Hit]:
        """Longest non-overlapping matches per group, in display offsets."""
        if self._empty:
            return []
        ft = folded.text
        n = len(ft)
        hi = n if hi is None else hi
        raw: list[tuple[int, int, str, str, str, str]] = []
        for end_idx, (length, payload) in self._automaton.iter(ft, lo, hi):
            s, e = end_idx - length + 1, end_idx + 1
            # The word around the match (is_word_char, inlined: this loop sees every
            # raw hit, e.g. لا inside الاسلام). A prefix longer than any proclitic chain
            # or a suffix longer than any enclitic rules the hit out for every payload,
            # so the scans stop one character past those lengths.
            ws, stop = s, (s - _MAX_PREFIX - 1 if s > _MAX_PREFIX else 0)
            while ws > stop and ((c := ft[ws - 1]).isalnum() or c in DELETED):
                ws -= 1
            if s - ws > _MAX_PREFIX:
                continue
            we, stop = e, (e + _MAX_SUFFIX + 1 if e + _MAX_SUFFIX < n else n)
            while we < stop and ((c := ft[we]).isalnum() or c in DELETED):
                we += 1
            if we - e > _MAX_SUFFIX:
                continue
            prefix, suffix = ft[ws:s], ft[e:we]
            for group, term, pro, suffixes, needs_suffix in payload:
                if prefix not in pro:
                    continue
                if suffix and not (suffixes and suffix in ENCLITICS):
                    continue
                if suffix in _PRONOUNS and ("ال" in prefix or term.startswith("ال")):
                    continue  # al- takes no possessive: "الاجتماعي" is "social", not "my meeting"
                if needs_suffix and not suffix:
                    continue
                raw.append((s, e, group, term, prefix, suffix))
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        out: list[Hit] = []
        covered_until: dict[str, int] = {}
        for s, e, group, term, prefix, suffix in raw:
            if s < covered_until.get(group, -1):
                continue
            covered_until[group] = e
            ds, de = folded.span(s, e)
            out.append(Hit(ds, de, group, term, prefix, suffix))
        return out


# Two non-word characters in a row (". ", "، "): no phrase lies across them. The
# second form finds the last such pair of a stretch.
_BREAK_RE = re.compile(r"[\W_](?=[\W_])")
_LAST_BREAK_RE = re.compile(r"(?s:.*)[\W_](?=[\W_])")
# Stretches closer than this (display characters) are searched as one: a search
# call costs about as much as matching a few hundred characters.
_GAP = 256


class RangeMatcher:
    """A :class:`PhraseMatcher` searched over chosen stretches of an article only: cue
    words (topic cues here, speech verbs around quotes) count in a few places, while
    most of their hits (قال "said" ...) are elsewhere.

    Each stretch is widened to *cuts* where no phrase can lie across: next to two
    non-word characters in a row (". ", "، "), since a phrase starts and ends with a
    letter or digit and has single separators inside (checked on the lexicon, else the
    whole text is searched; the clitic forms PhraseMatcher adds keep this). Each
    group's longest-match bookkeeping starts afresh at a cut, so the hits found are
    exactly the whole-text hits that start in the stretch."""

    def __init__(self, groups: dict[str, tuple[Iterable[str], str, bool]]):
        groups = {g: (list(terms), pro, suf) for g, (terms, pro, suf) in groups.items()}
        self.matcher = PhraseMatcher(groups)
        self.cuttable = all(_cuttable(fold_term(str(t))) for terms, _, _ in groups.values() for t in terms)

    def find(self, folded: Folded, ranges: list[tuple[int, int]]) -> list[Hit]:
        """The hits that start in the display ranges (start, end), and maybe some just
        around them; in text order."""
        ft, n = folded.text, len(folded.text)
        if not self.cuttable:
            return self.matcher.find(folded)
        merged: list[list[int]] = []
        for lo, hi in sorted(ranges):
            if lo >= hi:
                continue
            if merged and lo <= merged[-1][1] + _GAP:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        bounds = [p for r in merged for p in r]
        if folded.index is not None:  # display -> folded offsets
            bounds = np.searchsorted(folded.index, bounds).tolist()
        cuts: list[list[int]] = []
        for k in range(0, len(bounds), 2):
            lo, hi = _cut_before(ft, bounds[k]), _cut_after(ft, bounds[k + 1])
            if cuts and lo <= cuts[-1][1]:
                cuts[-1][1] = max(cuts[-1][1], hi)
            else:
                cuts.append([lo, hi])
        if cuts == [[0, n]]:
            return self.matcher.find(folded)
        hits: list[Hit] = []
        for lo, hi in cuts:
            hits.extend(self.matcher.find(folded, lo, hi))
        return hits


def _cuttable(key: str) -> bool:
    """A folded phrase that starts and ends with a letter or digit and never has two
    non-word characters in a row."""
    return not key or (key[0].isalnum() and key[-1].isalnum()
                       and all(a.isalnum() or b.isalnum() for a, b in zip(key, key[1:])))


def _cut_before(ft: str, p: int) -> int:
    """The last cut at or before folded position p (0 at the latest)."""
    if p <= 0 or p >= len(ft):
        return max(0, min(p, len(ft)))
    # the last pair (j, j + 1) with j + 1 <= p, 256 characters at a time; cuts lie
    # between the two (j + 1) and right after them (j + 2)
    end = p + 1
    while end > 1:
        start = max(0, end - 256)
        m = _LAST_BREAK_RE.match(ft, start, end)
        if m:
            return min(m.end() + 1, p)
        end = start + 1
    return 0


def _cut_after(ft: str, p: int) -> int:
    """The first cut at or after folded position p (the text's end at the latest)."""
    if p <= 0 or p >= len(ft):
        return max(0, min(p, len(ft)))
    m = _BREAK_RE.search(ft, p - 2)  # the first pair (j, j + 1) with j + 2 >= p
    return max(p, m.start() + 1) if m else len(ft)


# ------------------------------------------------------------------ lexicon
@cache
def triggers_lexicon() -> dict[str, Any]:
    """triggers.yaml, loaded once."""
    return yaml.safe_load((LEXICONS / "triggers.yaml").read_text(encoding="utf-8"))


CUE_LISTS = ("remote_contact", "proxy", "negation", "hypothetical", "past_reference", "first_since",
             "since", "future_plan", "not_announced", "announce_verbs", "participant_cues",
             "counterpart", "invitation", "invitation_accepted", "invitation_answered", "honorific_pronouns",
             "nonleader_slot", "official_nouns", "origin_cues", "private_visit")


@cache
def _matcher() -> PhraseMatcher:
    lex = triggers_lexicon()
    groups: dict[str, tuple[Iterable[str], str, bool]] = {}
    for name, spec in lex["triggers"].items():
        groups["t:" + name] = (spec["terms"], spec.get("proclitics", "noun"), bool(spec.get("suffixes", False)))
    for name in CUE_LISTS:
        verbish = name in ("negation", "since")
        groups["c:" + name] = (lex.get(name, []), "verb" if verbish else "noun", name in ("counterpart", "participant_cues"))
    for vtype, terms in lex.get("visit_types", {}).items():
        groups["v:" + vtype] = (terms, "noun", False)
    skip = {fold_term(w) for w in lex.get("speech_barrier_exclude", [])}
    groups["c:speech"] = ([w for w in lex.get("speech_verbs", []) if fold_term(w) not in skip], "verb", False)
    return PhraseMatcher(groups)


@cache
def _trigger_spec(group: str) -> dict[str, Any]:
    return triggers_lexicon()["triggers"][group[2:]]


@cache
def _pluperfect() -> frozenset[str]:
    return frozenset(triggers_lexicon().get("pluperfect", []))


@cache
def _meeting_links() -> frozenset[str]:
    return frozenset(fold_term(w) for w in triggers_lexicon().get("meeting_links", []))


@cache
def _possessor_heads() -> frozenset[str]:
    return frozenset(fold_term(w) for w in triggers_lexicon().get("possessor_heads", []))


@cache
def _leader_offices() -> frozenset[str]:
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


def country_head(country: str | None, when: dt.date | None) -> Any | None:
    """The leader who receives foreign leaders in ``country`` on ``when`` (lexicon
    tenure), as a mention-like record with no offsets; None when unknown."""
    if not country:
        return None
    from tasks.entities import Mention
    from ziyarat.lexicon import get_lexicon

    lex = get_lexicon()
    for office in _host_offices()[country]:
        p = lex.holder(office, country, when)
        if p is not None:
            active = p.offices_on(when) if when else [o for o in p.offices if o.end is None]
            return Mention(p.id, "person", p.name_en, p.name_ar, "", -1, -1, "country", country, None,
                           list(dict.fromkeys(o.office for o in active)))
    return None


def is_leader(m: Any) -> bool:
    """A person mention holding a head-of-state/government office."""
    return getattr(m, "entity_type", None) == "person" and bool(_leader_offices() & set(getattr(m, "offices", None) or ()))


def _pid(m: Any) -> str:
    return m.entity_id or m.name_en or m.surface


def _city_of(m: Any) -> str | None:
    """The city a place mention names or sits in (None for a country)."""
    if getattr(m, "entity_type", None) != "place":
        return None
    if getattr(m, "city", None):
        return m.city
    if m.name_en and m.name_en != getattr(m, "country", None):
        return m.name_en
    return None


# ------------------------------------------------------------------ dates
def resolve_weekday(date: dt.date, published: dt.date | None, tense: str | None) -> dt.date:
    """A bare weekday ("الأربعاء") is the nearest such day on or before the
    publication date for a past verb, on or after it for a future one."""
    if published is None:
        return date
    target = date.weekday()
    if tense == "future":
        return published + dt.timedelta(days=(target - published.weekday()) % 7)
    return published - dt.timedelta(days=(published.weekday() - target) % 7)


def _date_value(dm: Any, tense: str | None, published: dt.date | None) -> dt.date:
    if getattr(dm, "kind", None) == "weekday" and dm.date is not None:
        return resolve_weekday(dm.date, published, tense)
    return dm.date


# ------------------------------------------------------------------ finding
@dataclass
class _Candidate:
    kind: str
    visitor: Any
    host: Any
    directed: float  # weight of the direction evidence (0 = guessed)
    sentence: int
    hit: Hit
    city: str | None
    country: str | None
    date: dt.date | None
    end_date: dt.date | None
    precision: str | None
    date_evidence: str | None
    confidence: float
    date_strong: bool = False  # the date sits right by the trigger (not a reporting verb's)
    future: bool = False  # a future verb ("يزور", "سيلتقي")
    past: bool = False  # a past verb ("وصل", "التقى"), no sa-


class _Article:
    """Per-article lookups: sentence of an offset, mentions per sentence, cues."""

    def __init__(self, text, sentences, mentions, dates, published):
        from tasks.quotes import quote_spans  # shared quote finder

        self.text, self.sentences, self.published = text, sentences, published
        self.starts = [s for s, _ in sentences]
        self.quotes = quote_spans(text)
        self.qstarts = [s for s, _ in self.quotes]
        self.folded = fold_with_map(text)
        self.hits = _matcher().find(self.folded)
        self.by_sent: dict[int, list[Hit]] = defaultdict(list)
        for h in self.hits:
            self.by_sent[self.sent_of(h.start)].append(h)
        self.leaders: dict[int, list[Any]] = defaultdict(list)
        self.persons: dict[int, list[Any]] = defaultdict(list)
        self.places: dict[int, list[Any]] = defaultdict(list)
        self.orgs = [m for m in mentions if m.entity_type == "organization"]
        heads = _possessor_heads()
        for m in mentions:
            i = self.sent_of(m.start)
            if m.entity_type == "person":
                self.persons[i].append(m)
                if is_leader(m) and not self.in_quote(m.start) and not self._possessed(m, heads):
                    self.leaders[i].append(m)
            elif m.entity_type == "place" and not self.in_quote(m.start):
                self.places[i].append(m)
        self.dates: dict[int, list[Any]] = defaultdict(list)
        for d in dates:
            if not self.in_quote(d.start):
                self.dates[self.sent_of(d.start)].append(d)

    def _possessed(self, m: Any, heads: frozenset[str]) -> bool:
        for w in self.words_before(m.start, 2):
            w = w.strip("،,:-()\"«»“”")
            if w in heads or (len(w) > 2 and w[0] in "وبل" and w[1:] in heads) or (w[:2] == "لل" and "ال" + w[2:] in heads):
                return True
        return False

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qstarts, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]

    def cues(self, i: int, group: str) -> list[Hit]:
        return [h for h in self.by_sent.get(i, ()) if h.group == group]

    def word_start(self, pos: int) -> int:
        """The start of the word holding pos (before its proclitics: "سيجري" for "يجري")."""
        while pos > 0 and self.text[pos - 1].isalpha():
            pos -= 1
        return pos

    def words_before(self, pos: int, n: int) -> list[str]:
        return self.folded_slice(max(0, pos - 40), pos).split()[-n:]

    def folded_slice(self, s: int, e: int) -> str:
        from ziyarat.arabic import fold

        return fold(self.text[s:e])


def may_hold_visit(mentions: list) -> bool:
    """A visit needs a leader and a second party: another leader, or a place (the
    visited country's leader may go unnamed: "وصل أمير الكويت إلى القاهرة")."""
    leaders = {_pid(m) for m in mentions if is_leader(m)}
    return len(leaders) >= 2 or (len(leaders) == 1 and any(m.entity_type == "place" for m in mentions))


def find_visits(text: str, sentences: list[tuple[int, int]], mentions: list, dates: list,
                published: dt.date | None) -> list[dict]:
    """visit_mentions rows (without article_id / visit_id) for one article."""
    if not may_hold_visit(mentions):
        return []
    art = _Article(text, sentences, mentions, dates, published)
    cands: list[_Candidate] = []
    for i in sorted(art.by_sent):
        if not art.leaders.get(i):
            continue
        cands.extend(_sentence_candidates(art, i))
    return _merge(art, cands)


def _sentence_candidates(art: _Article, i: int) -> list[_Candidate]:
    hits = art.by_sent[i]
    triggers = [h for h in hits if h.group.startswith("t:") and not art.in_quote(h.start)]
    # a noun inside a verb phrase ("مباحثات" in "يجري مباحثات") stands with its verb
    triggers = [h for h in triggers if not any(t is not h and t.start <= h.start and h.end <= t.end
                                               and (t.end - t.start) > (h.end - h.start) for t in triggers)]
    if not triggers:
        return []
    groups = {h.group for h in hits}
    if "c:remote_contact" in groups:
        return []  # a phone call, a cable, greetings: not a visit (even "during his visit")
    if "c:proxy" in groups:
        return []  # the leader acts through an envoy or by instruction
    best: dict[tuple, _Candidate] = {}
    for h in triggers:
        if _negated(art, h) or _hypothetical(art, i, h) or _anaphoric(h, triggers):
            continue
        cand = _candidate(art, i, h)
        if cand is None:
            continue
        # one candidate per pair and kind in a sentence: the best-directed, dated one
        key = (frozenset((_pid(cand.visitor), _pid(cand.host))), cand.kind,
               cand.date if cand.kind == "referenced" else None)
        old = best.get(key)
        if old is None or _rank(cand) > _rank(old):
            best[key] = cand
    out = list(best.values())
    out.extend(_first_since(art, i, out))
    return out


def _anaphoric(h: Hit, triggers: list[Hit]) -> bool:
    """"الزيارة" (al-ziyara, *the* visit) after a visit verb in its sentence is that
    visit again: in "زار بحاح عدن وأجرى خلال الزيارة جولة ليعود إلى الرياض" it adds
    nothing, and the places after it are not its destination."""
    if _trigger_spec(h.group)["role"] != "visit" or h.suffix or not ("ال" in h.prefix or fold_term(h.term).startswith("ال")):
        return False
    return any(t.end <= h.start and _trigger_spec(t.group)["role"] in ("arrive", "visit") for t in triggers)


def _rank(c: "_Candidate") -> tuple:
    return (c.directed, c.date_strong, c.date is not None, c.city is not None, c.confidence)


def _negated(art: _Article, h: Hit) -> bool:
    neg = {fold_term(w) for w in triggers_lexicon()["negation"]}
    for w in art.words_before(h.start, 4):
        if w in neg or (len(w) > 1 and w[0] in "وف" and w[1:] in neg):
            return True
    return False


def _hypothetical(art: _Article, i: int, h: Hit) -> bool:
    """A proposal or a wish before the trigger in its sentence: "اقترح ... عقد
    اجتماع" (iqtaraha, proposed), "إمكانية عقد اجتماع" (the possibility of)."""
    return any(c.end <= h.start for c in art.cues(i, "c:hypothetical"))


def _candidate(art: _Article, i: int, h: Hit) -> _Candidate | None:
    spec = _trigger_spec(h.group)
    role = spec["role"]
    tense = "future" if "س" in h.prefix else spec.get("tense")
    # leaders within reach of the trigger: a long sentence listing a dozen names
    # is not one meeting; past a reported-speech verb after the trigger a leader is
    # the speaker or the topic ("عشية المحادثات ... أعلن أردوغان أن بوتين ...")
    barrier = min((c.start for c in art.cues(i, "c:speech") if c.start >= h.end), default=None)
    L = sorted((m for m in art.leaders[i] if max(m.start - h.end, h.start - m.end, 0) <= MAX_REACH
                and (barrier is None or m.start < barrier)), key=lambda m: m.start)
    # one person per side: a title and the name after it ("خادم الحرمين الشريفين الملك
    # سلمان", the Custodian of the Two Holy Mosques King Salman) are one leader
    before = _distinct([m for m in L if m.end <= h.start], keep="last")
    after = _distinct([m for m in L if m.start >= h.end], keep="first")
    if _slot_taken(art, i, h, role, before) or _other_owner(art, i, h, role, before) \
            or _official_subject(art, i, h, role) or (role == "meet" and _between_nonleader(art, i, h)):
        return None
    if role == "meet" and not spec.get("tense") and not h.suffix and after \
            and not any(h.start - m.end <= 60 for m in before) and not _attached(art, h, after[0]):
        # a meeting noun binds the leaders named right after it ("محادثات الأسد
        # وبوتين", "اللقاء مع بوتين"), not ones further on: in "اللقاء الثلاثي في قطر
        # ... بعقدة التمسك بالأسد" the meeting is the ministers', al-Assad its topic
        return None
    near_after = after[0] if after and after[0].start - h.end <= 40 else None
    if near_after is not None and any(h.end <= t.start < near_after.start for t in art.by_sent.get(i, ())
                                      if t.group.startswith("t:") and t is not h):
        near_after = None  # the subject of the next visit word: "بوتين زار مصر، وزار السيسي روسيا"
    visitor = host = None
    directed = 0.0
    if role == "arrive":
        # a leader further on is the traveller only with no other visit word between:
        # in "كان قد وصل إلى بيروت ... لكنه لم يلتق بشار الأسد" al-Assad is who he did not meet
        far = after[0] if after and not any(h.end <= t.start < after[0].start for t in art.by_sent.get(i, ())
                                            if t.group.startswith("t:") and t is not h) else None
        visitor = near_after or (before[-1] if before else far)
        directed = 2.0
    elif role == "visit":
        owner = _pronoun_owner(art, i, h)
        if owner is not None:
            # "زيارته" / "زيارة سموه": the visit of the person last named
            if not is_leader(owner) or art._possessed(owner, _possessor_heads()):
                return None
            visitor = owner
        elif near_after and near_after.start - h.end <= 25 and not h.suffix:
            visitor = near_after  # "زيارة الأسد" (ziyarat al-Asad): the visit of al-Assad
        elif before:
            # a leader named well before is the traveller only if no official or group
            # stands between: in "انتقاد أوباما ... مقابلته لوفد من الكونجرس جاؤوا لزيارة
            # إسرائيل" the visitors are the delegation
            if h.start - before[-1].end > 60 and any(
                    before[-1].end <= c.start and c.end <= h.start for g in ("c:nonleader_slot", "c:official_nouns")
                    for c in art.cues(i, g)):
                return None
            visitor = before[-1]
        elif after:
            visitor = after[0]
        directed = 2.0
    elif role == "receive":
        if before and after and h.start - before[-1].end <= 60:
            host, visitor = before[-1], after[0]
        elif after:
            if any(0 <= c.start - after[0].end <= 25 for c in art.cues(i, "c:nonleader_slot")):
                return None  # "استقبل أمير قطر أمس وزراء خارجية دول المجلس"
            host = after[0]
            visitor = after[1] if len(after) >= 2 else None
        elif before:
            host = before[-1]
        directed = 2.0
    elif role == "reception":
        if h.suffix:  # "كان في استقباله X": the pronoun is the visitor
            visitor = before[-1] if before else None
            host = after[0] if after else None
        else:
            visitor = after[0] if after else (before[-1] if before else None)
            rest = [m for m in after if visitor is None or _pid(m) != _pid(visitor)]
            host = rest[0] if rest else None
        directed = 2.0
    else:  # meet: the two nearest leaders of different countries
        by_dist = sorted(L, key=lambda m: min(abs(m.start - h.end), abs(h.start - m.end)))
        if by_dist:
            visitor = by_dist[0]
            for m in by_dist[1:]:
                if _pid(m) != _pid(visitor) and m.country != visitor.country:
                    host = m
                    break
    if visitor is None and host is None:
        return None
    known0 = visitor or host
    if visitor is None or host is None:
        # the other side named elsewhere in the sentence: the nearest foreign leader
        # (for a traveller: named after the visit word; one named before it is the
        # sentence's topic, "لا تهتم بمصير الأسد وأن بوتين زار المنطقة")
        dest = _city(art, i, h, visitor if role == "arrive" else None)[1] if role in ("arrive", "visit") else None
        others = sorted((m for m in L if _pid(m) != _pid(known0) and m.country != known0.country
                         and (role not in ("arrive", "visit") or m.start >= h.end)
                         and (dest is None or dest == known0.country or m.country == dest)),
                        key=lambda m: max(m.start - h.end, h.start - m.end, 0))
        if others:
            if visitor is None:
                visitor = others[0]
            else:
                host = others[0]
    invited = _invitation(art, i, h)
    if invited is not None:
        # "دعا السيسي خادم الحرمين لزيارة مصر": the invited leader will travel
        inviter, invitee = invited
        visitor, host, directed = invitee or visitor, inviter or host, 2.0
        if visitor is None or (host is not None and _pid(visitor) == _pid(host)):
            return None
    city, country = _city(art, i, h, visitor if role == "arrive" else None)
    known = visitor or host
    other = host if visitor is not None else visitor
    if other is None or _pid(other) == _pid(known):
        # the counterpart named elsewhere: "وصل الأسد إلى موسكو" + Putin in the headline
        counterpart = bool(art.cues(i, "c:counterpart"))
        if not (counterpart or (country and country != known.country)):
            return None
        # a foreign official named in the sentence is the counterpart ("استقبل السيسي
        # الأمير محمد بن سلمان ... وعقد الطرفان مباحثات"): no leader from elsewhere
        official = any(not is_leader(m) and m.country and m.country != known.country
                       for m in art.persons.get(i, []))
        other = None if official else _partner(art, i, known, country)
        if other is not None and not counterpart and other.country != country:
            other = None  # "أردوغان في قمة في كازاخستان": only Kazakhstan's leader would do
        if other is None and visitor is not None and (role in ("arrive", "visit") or invited) and country \
                and country != visitor.country and not _international_body(art, i) \
                and not _received_by_official(art, i, country) and not art.cues(i, "c:private_visit"):
            # the visited country's leader, unnamed: "وصل أمير الكويت إلى القاهرة"
            other = country_head(country, art.published)
        if other is None or _pid(other) == _pid(known):
            return None
        if visitor is None:
            visitor = other
        else:
            host = other
        conf = 0.6 if other.start >= 0 else 0.5
    else:
        conf = 0.9
    if visitor.country and host.country and visitor.country == host.country:
        return None  # two leaders of one country
    if role == "meet":
        # symmetric: the leader whose country holds the city hosts
        if country and visitor.country == country and host.country != country:
            visitor, host = host, visitor
            directed = 1.5
        elif country and host.country == country:
            directed = 1.5
    if country and country == visitor.country and country != host.country:
        if role == "visit" and invited is None:
            # nobody visits his own country: "الأسد التقى بوتين في موسكو بزيارة"
            visitor, host = host, visitor
            directed = 1.0
        else:
            city, country = None, None  # the place is the origin, not the venue
    date, end_date, precision, date_ev, strong = _date(art, i, h, tense)
    kind = "referenced" if invited is not None else _kind(art, i, h, date, precision, tense)
    if kind == "referenced" and date is not None and art.published and date <= art.published \
            and (invited is not None or art.cues(i, "c:future_plan")) and not art.cues(i, "c:past_reference"):
        # a planned meeting's sentence dated in the past dates the statement ("أكدت
        # الرئاسة أمس أنه يتم الإعداد لعقد قمة"), not the meeting
        date = end_date = precision = date_ev = None
        strong = False
    return _Candidate(kind, visitor, host, directed, i, h, city, country or None, date, end_date,
                      precision, date_ev, conf, strong, tense == "future", tense == "past" and spec.get("tense") == "past")


def _other_owner(art: _Article, i: int, h: Hit, role: str, before: list) -> bool:
    """The trigger belongs to someone who is not a leader: a non-leader noun right
    after it ("زيارة وزير الخارجية"), a pronoun subject standing for a non-leader
    ("قال السفير إنه زار الجزائر"), or an organisation right before a visit noun
    ("قبول الائتلاف زيارة موسكو", the coalition's accepting to visit Moscow)."""
    if not h.suffix and any(0 <= c.start - h.end <= 2 for c in art.cues(i, "c:nonleader_slot")):
        return True
    if _relative_doer_nonleader(art, i, h):
        return True
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    pron = {fold_term(w) for w in triggers_lexicon().get("pronoun_subject", [])}
    if words and words[0] in pron:
        prior = [m for m in art.persons.get(i, []) if m.end <= h.start]
        if prior and not is_leader(max(prior, key=lambda m: m.end)):
            return True
    if role == "visit" and not h.suffix:
        orgs = [m for m in art.orgs if 0 <= h.start - m.end <= 3]
        if orgs and not (before and before[-1].end > orgs[-1].end):
            return True
    return False


def _relative_doer_nonleader(art: _Article, i: int, h: Hit) -> bool:
    """"المباحثات التي أجراها الوفد مع المسؤولين" (the talks that the delegation held
    with the officials): the doer named right after "relative pronoun + meeting verb"
    is a non-leader noun, so the meeting is not a leader's."""
    lex = triggers_lexicon()
    relatives = {fold_term(w) for w in lex.get("relative_pronouns", [])}
    for c in art.cues(i, "c:nonleader_slot"):
        if not 0 < c.start - h.end <= 40:
            continue
        words = [w.strip("،,") for w in art.folded_slice(h.end, c.start).split()]
        if len(words) == 2 and words[0] in relatives and words[1] in _meeting_links():
            return True
    return False


def _between_nonleader(art: _Article, i: int, h: Hit) -> bool:
    """The meeting word is followed (within five words) by "بين" (between) and the
    two people named next are its sides; True when one of them is not a leader:
    "الاجتماع ... بين الرئيس المصري والأمير محمد بن سلمان" is no meeting of two leaders."""
    people = _distinct(sorted((m for m in art.persons.get(i, []) if m.start >= h.end), key=lambda m: m.start),
                       keep="first")
    if len(people) < 2:
        return False
    a, b = people[0], people[1]
    words = [w.strip("،,") for w in art.folded_slice(h.end, a.start).split()]
    between = {fold_term(w) for w in triggers_lexicon().get("between_words", [])}
    if len(words) > 5 or not any(w in between for w in words[-2:]):
        return False
    gap = art.folded_slice(a.end, b.start).split()
    if len(gap) > 1 or (gap and gap[0].strip("،,") not in ("و", "")):
        return False  # "بين A و B" only: A and B side by side
    return not (is_leader(a) and is_leader(b))


def _attached(art: _Article, h: Hit, m: Any) -> bool:
    """The leader follows the meeting word closely (three words at most) or through a
    linking word: "بين" (between), "مع" (with), "جمعت" (brought together)."""
    words = [w.strip("،,") for w in art.folded_slice(h.end, m.start).split()]
    links = _meeting_links()
    return len(words) <= 3 or any(w in links or (len(w) > 2 and w[0] in "وف" and w[1:] in links) for w in words)


def _official_subject(art: _Article, i: int, h: Hit, role: str) -> bool:
    """The nearest person-word before a verb trigger, or before a "his ..." noun
    ("اجتماعه", his meeting), is an official's office noun that names no leader:
    "نقل فابيوس أول وزير خارجية فرنسي يتوجه إلى إيران" (the first French foreign
    minister to go to Iran), "زيارة ولي ولي العهد إلى القاهرة واجتماعه مع الرئيس"."""
    verb = bool(_trigger_spec(h.group).get("tense"))
    if not (verb or h.suffix in ("ه", "ها")) or role == "reception":
        return False
    offs = [c for c in art.cues(i, "c:official_nouns") if c.end <= h.start]
    if not offs:
        return False
    c = offs[-1]
    # a person named after (or within) the office noun is who holds it: "وزير الخارجية
    # لافروف" (an official), "رئيس الوزراء نواز شريف" (a leader)
    named = [m for m in art.persons.get(i, []) if c.start < m.end <= h.start]
    if any(is_leader(m) for m in named):
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    pron = {fold_term(w) for w in triggers_lexicon().get("pronoun_subject", [])}
    return h.start - c.end <= 40 or bool(words and words[0] in pron)


def _distinct(ms: list, keep: str) -> list:
    """One mention per person, the first (or last) of each in text order."""
    seq = ms if keep == "first" else list(reversed(ms))
    seen: set[str] = set()
    out = []
    for m in seq:
        if _pid(m) not in seen:
            seen.add(_pid(m))
            out.append(m)
    return out if keep == "first" else list(reversed(out))


def _pronoun_owner(art: _Article, i: int, h: Hit) -> Any | None:
    """For a visit noun with a pronoun ("زيارته", ziyaratuhu, his visit) or an
    honorific pronoun after it ("زيارة سموه", his Highness's visit): the person named
    last before it in the sentence, leader or not. None without a pronoun."""
    honorific = any(0 <= c.start - h.end <= 2 for c in art.cues(i, "c:honorific_pronouns"))
    if not (h.suffix in ("ه", "ها") or honorific):
        return None
    prior = [m for m in art.persons.get(i, []) if m.end <= h.start and not art.in_quote(m.start)]
    if not prior:
        return None
    return max(prior, key=lambda m: m.end)


def _invitation(art: _Article, i: int, h: Hit) -> tuple[Any, Any] | None:
    """(inviter, invitee) when an invitation precedes the visit word in its sentence
    ("وجه السيسي الدعوة لخادم الحرمين للقيام بزيارة"); None otherwise, or when the
    visit answers it ("تلبية لدعوة", which is the visit itself)."""
    if art.cues(i, "c:invitation_answered"):
        return None
    leaders = _distinct(sorted(art.leaders.get(i, []), key=lambda m: m.start), keep="first")
    accepted = [c for c in art.cues(i, "c:invitation_accepted") if c.end <= h.start and h.start - c.end <= 60]
    if accepted:
        c = accepted[-1]
        before = [m for m in leaders if m.end <= c.start and c.start - m.end <= 60]
        return None, (before[-1] if before else None)
    cues = [c for c in art.cues(i, "c:invitation") if c.end <= h.start and h.start - c.end <= 120]
    if not cues:
        return None
    c = cues[-1]
    before = [m for m in leaders if m.end <= c.start and c.start - m.end <= 80]
    between = [m for m in leaders if c.end <= m.start < h.start]
    after = [m for m in leaders if m.start >= h.end and m.start - h.end <= 60]
    accept = {fold_term(p.split()[0]) for p in triggers_lexicon().get("invitation_accepted", [])}
    if before and any(w.lstrip("وف") in accept for w in art.words_before(before[-1].start, 1)):
        return None, before[-1]  # "قبل أردوغان دعوة لزيارة القاهرة" (accepted an invitation)
    if not before and len(between) >= 2:
        return between[0], between[1]  # verb first: "دعا السيسي خادم الحرمين لزيارة مصر"
    inviter = before[-1] if before else None
    invitee = between[0] if between else (after[0] if after else None)
    if c.suffix and inviter is not None and invitee is None:
        # "دعوته لزيارة" (his invitation to visit): the one named before was invited
        return None, inviter
    return inviter, invitee


def _received_by_official(art: _Article, i: int, country: str) -> bool:
    """An official of the visited country is named in the sentence: he is who receives
    the visitor ("التقى الشيخ محمد بن زايد ولي عهد أبوظبي ... بحاح الذي يزور الإمارات",
    Abu Dhabi's crown prince met Bahah, who is visiting the UAE), so the country's head
    is not silently put in his place."""
    return any(not is_leader(m) and m.country == country for m in art.persons.get(i, []))


def _international_body(art: _Article, i: int) -> bool:
    """The sentence names a UN-type body: a trip to it is not hosted by the city's country."""
    bodies = set(triggers_lexicon().get("international_bodies", []))
    s, e = art.sentences[i]
    return any(m.entity_type == "organization" and m.entity_id in bodies and s <= m.start < e
               for m in art.orgs)


def _slot_taken(art: _Article, i: int, h: Hit, role: str, before: list) -> bool:
    """The person right after the trigger (its subject, "التقى دي ميستورا الأسد", or
    the visit noun's genitive, "زيارة الأمير محمد بن سلمان") is not a leader: the
    meeting is that official's, not the leaders'. For a receive verb the object slot
    counts too ("استقبل الملك ... وزير الخارجية ...")."""
    if h.suffix or role == "reception":
        return False  # "لقائه", "زيارته": the pronoun is the subject
    if before and h.start - before[-1].end <= 40 and role != "receive":
        return False  # SVO: "الأسد يلتقي ..."
    persons = _distinct(sorted((m for m in art.persons.get(i, []) if m.start >= h.end), key=lambda m: m.start),
                        keep="first")
    if not persons or persons[0].start - h.end > 40:
        return False
    first = persons[0]
    if not is_leader(first) or art._possessed(first, _possessor_heads()):
        return True
    if role == "receive" and len(persons) > 1 and persons[1].start - first.end <= 100:
        second = persons[1]
        return not is_leader(second) and not (before and h.start - before[-1].end <= 60)
    return False


CITY_WINDOW = 400  # characters either side of the trigger


def _city(art: _Article, i: int, h: Hit, subject: Any = None) -> tuple[str | None, str | None]:
    """City (and its country) where the meeting is: a place in the sentence after a
    locative ("في موسكو" fi, in; "إلى موسكو" ila, to; "بمنتجع سوتشي"), or right after
    the trigger ("محادثات موسكو", the Moscow talks); nearest after the trigger, else
    before. A venue gives its city (الكرملين -> Moscow); a country alone gives
    (None, country)."""
    # a place after another visit word belongs to that one: in "زار بوتين المنطقة
    # ورفض زيارة دمشق" (visited the region and refused to visit Damascus) Damascus is
    # the refused visit's
    others = [t.start for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.start >= h.end]
    # the object of a visit verb right after its subject: "وزار السيسي روسيا"
    obj = (lambda p: subject is not None and subject.start >= h.end and 0 <= p.start - subject.end <= 2)
    # only places near the trigger: a run-on "sentence" (a crawled table, a list
    # with no full stop) names hundreds, and the meeting's city is never far away
    near = [p for p in art.places.get(i, []) if abs(p.start - h.start) <= CITY_WINDOW]
    # a place after "ليعود إلى" (to go back to) or "قادما من" (coming from) is not the venue
    origins = [c.end for c in art.cues(i, "c:origin_cues")]
    places = [p for p in near if (_locative(art, h, p) or obj(p))
              and not any(h.end <= t < p.start for t in others)
              and not any(0 <= p.start - e <= 20 for e in origins)]
    cities = [p for p in places if _city_of(p)]
    after = [p for p in cities if p.start >= h.end]
    pick = after[0] if after else (cities[-1] if cities else None)
    if pick is not None:
        return _city_of(pick), pick.country
    countries = [p for p in places if p.start >= h.end and p.country]
    if countries:
        return None, countries[0].country
    return None, None


_LOCATIVE = frozenset({"في", "الي", "لي", "بمدينه", "مدينه", "العاصمه", "بالعاصمه", "منتجع", "بمنتجع", "قصر", "بقصر", "مطار", "بمطار", "داخل"})


def _locative(art: _Article, h: Hit, p: Any) -> bool:
    if 0 <= p.start - h.end <= 2:
        return True  # idafa: "محادثات موسكو"
    if p.start > 0 and art.text[p.start - 1] in "بل":  # bi-/li- glued on: "بموسكو"
        return True
    words = art.folded_slice(max(0, p.start - 30), p.start).split()[-2:]
    return any(w in _LOCATIVE or w.lstrip("و") in _LOCATIVE for w in words)


def _partner(art: _Article, i: int, known: Any, country: str | None) -> Any | None:
    """A leader of another country in the headline or the neighbouring sentences,
    preferring the one whose country holds the city."""
    order = [i - 1, i + 1, 0, 1, i - 2]
    pool: list[Any] = []
    for j in order:
        if 0 <= j < len(art.sentences):
            pool.extend(m for m in art.leaders.get(j, []) if m.country != known.country and _pid(m) != _pid(known))
    if not pool:
        return None
    if country:
        for m in pool:
            if m.country == country:
                return m
    return pool[0]


def _date(art: _Article, i: int, h: Hit, tense: str | None):
    """The date of the event in sentence i: the nearest date mention to the trigger,
    skipping "منذ <date>" (a since-date belongs to an earlier meeting)."""
    since = art.cues(i, "c:since")
    # a date after an earlier visit word and before this one is that one's: in "زار
    # بوتين مصر في فبراير، وزار السيسي روسيا في مايو" February is Putin's visit
    prior = [t.end for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start] \
        if _trigger_spec(h.group).get("tense") else []  # a visit noun may point back: "في أول زيارة"
    ds = [d for d in art.dates.get(i, []) if d.date is not None
          and not any(_follows(c, d) for c in since)
          and not (d.end <= h.start and any(e <= d.start for e in prior))]
    if not ds:
        return None, None, None, None, False
    dist = lambda d: max(d.start - h.end, h.start - d.end, 0)  # noqa: E731
    d = min(ds, key=dist)
    if tense is None:
        # a bare noun ("محادثات") takes the tense of the nearest dated verb trigger
        verbs = [t for t in art.by_sent[i] if t.group.startswith("t:")
                 and ("س" in t.prefix or _trigger_spec(t.group).get("tense"))]
        if verbs:
            t = min(verbs, key=lambda t: max(d.start - t.end, t.start - d.end, 0))
            tense = "future" if "س" in t.prefix else _trigger_spec(t.group)["tense"]
        else:
            tense = _tense_before(art.text, d.start)
    return (_date_value(d, tense, art.published), getattr(d, "end_date", None), d.precision, d.surface,
            dist(d) <= STRONG_DATE_CHARS)


STRONG_DATE_CHARS = 50
MAX_REACH = 160  # characters between a trigger and a leader it can bind
LEAD_SENTENCES = 6  # the visit an article is about is told in its first sentences
WINDOW_BEFORE, WINDOW_AFTER = 21, 10  # days around publication for a reported date


def _follows(cue: Hit, d: Any, gap: int = 20) -> bool:
    """The date comes right after the cue (or the cue is inside the date's surface)."""
    return cue.start <= d.start + 5 and d.start - cue.end <= gap


def _tense_before(text: str, pos: int) -> str | None:
    try:
        from tasks.dates import verb_tense
    except ImportError:  # pragma: no cover - the dates module is another stage's
        return None
    return verb_tense(text[max(0, pos - 80):pos])


def _kind(art: _Article, i: int, h: Hit, date, precision, tense) -> str:
    """reported unless the sentence marks an earlier meeting or the date lies well
    before / after the publication date (a planned visit)."""
    pub = art.published
    # "وكان قد وصل ... اليوم" (had arrived today): the pluperfect of a news report's
    # background, not an earlier visit, when the day is the publication's or the one before
    recent = date is not None and pub is not None and precision == "day" and 0 <= (pub - date).days <= 2
    if not recent and _pluperfect_at(art, i, h):
        return "referenced"
    for c in art.cues(i, "c:past_reference"):
        if recent and c.term in _pluperfect():
            continue
        if 0 <= h.start - c.end <= 60 or 0 <= c.start - h.end <= 10 or c.start <= h.start < c.end:
            return "referenced"
    if date is not None and pub is not None and precision == "month" and _period_end(date, precision) < pub:
        return "referenced"  # "في يوليو الماضي" (last July) in an August article: an earlier meeting
    if date is not None and pub is not None:
        last = _period_end(date, precision)
        if last < pub - dt.timedelta(days=WINDOW_BEFORE):
            return "referenced"
        if date > pub + dt.timedelta(days=WINDOW_AFTER):
            return "referenced"
    if tense != "past" and art.cues(i, "c:future_plan"):
        return "referenced"
    if date is None and ("س" in h.prefix or fold_term(h.term).startswith(("سي", "ست"))):
        # "سيزور روسيا" (sa-yazur, will visit) with no day: a plan, not this visit;
        # a bare present "يلتقي" is the headline's narrative present and stays
        return "referenced"
    return "reported"


_KAN = frozenset({"كان", "وكان", "كانت", "وكانت", "فكان"})  # kana, "was" (folded)


def _pluperfect_at(art: _Article, i: int, h: Hit) -> bool:
    """The trigger is in a "كان ... قد <verb>" clause (kana ... qad, had done) that is
    split by its subject: "وكان الأسد قد زار موسكو والتقى بوتين" (al-Assad had visited
    Moscow and met Putin); the contiguous "كان قد" is a past_reference cue."""
    s, _ = art.sentences[i]
    for t in art.by_sent.get(i, ()):
        if t.start > h.start:
            break
        if not (t.group.startswith("t:") and _trigger_spec(t.group).get("tense")):
            continue
        words = [w.strip("،,") for w in art.folded_slice(max(s, art.word_start(t.start) - 60),
                                                          art.word_start(t.start)).split()]
        if words and words[-1] == "قد" and any(w in _KAN for w in words[-6:-1]):
            return True
    return False


def _period_end(date: dt.date, precision: str | None) -> dt.date:
    if precision == "year":
        return dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return date


def _first_since(art: _Article, i: int, cands: list[_Candidate]) -> list[_Candidate]:
    """"هي الأولى منذ أيلول 2021" (the first since September 2021): an earlier
    meeting of the same pair at the date after منذ."""
    out = []
    cues = art.cues(i, "c:first_since")
    if not cues or not cands:
        return out
    base = max(cands, key=lambda c: c.confidence)
    for c in cues:
        # the date right after منذ: "الأولى منذ أيلول 2021", not "منذ انتخابه في 2008"
        ds = [d for d in art.dates.get(i, []) if d.date is not None and _follows(c, d, 8)]
        if not ds:
            continue
        d = ds[0]
        out.append(_Candidate("referenced", base.visitor, base.host, base.directed, i, c, None, None,
                              d.date, getattr(d, "end_date", None), d.precision, d.surface, 0.7, True))
    return out


# ------------------------------------------------------------------ merging
def _merge(art: _Article, cands: list[_Candidate]) -> list[dict]:
    """One reported row per leader pair (the best evidence, the arrival..talks range);
    referenced rows deduplicated on (pair, date, city)."""
    rows: list[dict] = []
    reported: dict[frozenset, list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.kind == "reported":
            reported[frozenset((_pid(c.visitor), _pid(c.host)))].append(c)
    planned = {frozenset((_pid(c.visitor), _pid(c.host))) for c in cands if c.kind == "referenced"
               and (c.future or (art.published and c.date is not None and c.date > art.published))}
    for pair in list(reported):
        group = reported[pair]
        if art.published and all(c.date is not None and c.date > art.published and (c.future or c.precision == "day")
                                 for c in group):
            # only dated after publication: "يزور أوباما غدا كينيا", "الزيارة التي سيقوم
            # بها يوم غد" (the visit he will make tomorrow) are planned
            for c in group:
                c.kind = "referenced"
            del reported[pair]
            continue
        if pair in planned and not any(c.past or (c.date is not None and art.published and c.date <= art.published)
                                       for c in group):
            # a headline's present ("خادم الحرمين يزور أمريكا في الخريف", visits America
            # in the autumn) or a bare "الزيارة" echoing a plan told in the body ("من
            # المتوقع أن يزور", is expected to visit) is that plan, not a visit under way
            for c in group:
                c.kind = "referenced"
            del reported[pair]
            continue
        # the visit the article is about is in its lead, or dated, or told twice;
        # a lone undated mention deep in the text is background
        if not (any(c.sentence <= LEAD_SENTENCES or (c.date_strong and c.date is not None) for c in group)
                or len({c.sentence for c in group}) >= 2):
            for c in group:
                c.kind = "referenced"
            del reported[pair]
    directions: dict[frozenset, tuple[Any, Any]] = {}
    for pair, group in reported.items():
        votes: dict[tuple[str, str], float] = defaultdict(float)
        for c in group:
            votes[(_pid(c.visitor), _pid(c.host))] += c.directed + 0.1
        vid, hid = max(votes, key=votes.get)
        guessed = votes[(vid, hid)] < 1.0
        if guessed:
            # only guesses: the dateline city's country hosts ("موسكو - ..."), else the
            # country the article's places are in ("افتتاح قناة السويس" puts Tsipras in Egypt)
            by_id = {_pid(c.visitor): c.visitor for c in group} | {_pid(c.host): c.host for c in group}
            vc, hc = by_id[vid].country, by_id[hid].country
            _, dl_country = _dateline(art, None)
            if dl_country in (vc, hc):
                guessed = False
                if dl_country == vc:
                    vid, hid = hid, vid
            else:
                counts = _place_countries(art)
                if counts.get(vc, 0) != counts.get(hc, 0):
                    guessed = False
                    if counts.get(vc, 0) > counts.get(hc, 0):
                        vid, hid = hid, vid
        people = {(_pid(c.visitor)): c.visitor for c in group} | {_pid(c.host): c.host for c in group}
        visitor, host = people[vid], people[hid]
        directions[pair] = (visitor, host)
        best = max(group, key=lambda c: (c.confidence + 0.2 * (c.precision == "day") + 0.1 * bool(c.city)
                                         + 0.1 * (c.directed > 0), -c.sentence))
        days = sorted({c.date for c in group if c.precision == "day" and c.date is not None and c.date_strong})
        if not days:
            days = sorted({c.date for c in group if c.precision == "day" and c.date is not None})[:1]
        date, end_date, precision, date_ev = best.date, best.end_date, best.precision, best.date_evidence
        if days:
            first = days[0]
            last = max(d for d in days if (d - first).days <= 7)
            date, precision = first, "day"
            date_ev = next(c.date_evidence for c in group if c.date == first and c.precision == "day")
            best = max((c for c in group if c.date == first), key=_rank) if best.date != first else best
            end_date = last if last != first else next(
                (c.end_date for c in group if c.date == first and c.end_date), None)
        elif date is None:
            dated = [c for c in group if c.date is not None]
            if dated:
                d = dated[0]
                date, end_date, precision, date_ev = d.date, d.end_date, d.precision, d.date_evidence
        city = best.city or next((c.city for c in group if c.city), None)
        country = best.country if best.city else next((c.country for c in group if c.city), best.country)
        if city is None:
            city, dl_country = _dateline(art, host)
            country = country or dl_country
        country = country or host.country
        sents = sorted({c.sentence for c in group})
        rows.append(_row(art, "reported", visitor, host, best, city, country, date, end_date, precision,
                         date_ev, _visit_type(art, sents), _announced(art, sents),
                         _participants(art, sents, visitor, host),
                         min(1.0, best.confidence + 0.05 * (len(group) - 1)) * (0.7 if guessed else 1.0)))
    seen: set[tuple] = set()
    for c in cands:
        if c.kind != "referenced":
            continue
        if _same_visit(c, rows):
            continue
        visitor, host = c.visitor, c.host
        pair = frozenset((_pid(visitor), _pid(host)))
        if pair in directions and c.directed < 1.5:
            visitor, host = directions[pair]
        key = (pair, c.date, c.city)
        if key in seen:
            continue
        # a fuller row for the same date wins over a bare "since" one
        seen.add(key)
        rows.append(_row(art, "referenced", visitor, host, c, c.city, c.country or (host.country if c.city else None),
                         c.date, c.end_date, c.precision, c.date_evidence, None, None, [], c.confidence * 0.9))
    return _drop_shadowed(rows)


def _place_countries(art: _Article) -> dict[str, int]:
    """How often each country's places (its name, its cities, its venues) are named
    outside quotes in the article."""
    counts: dict[str, int] = defaultdict(int)
    for ps in art.places.values():
        for p in ps:
            if p.country:
                counts[p.country] += 1
    return counts


def _same_visit(c: _Candidate, rows: list[dict]) -> bool:
    """An undated (or same-week) mention of the visit being reported is that visit, not
    an earlier or later one: "سيلتقي خلال زيارته مع الرئيس السيسي" (will meet Sisi
    during his visit), "بعد انتهاء زيارته إلى الصين" (after his visit to China ends)."""
    vname = c.visitor.name_en or c.visitor.surface
    hname = c.host.name_en or c.host.surface
    for r in rows:
        if r["kind"] != "reported":
            continue
        same_pair = {r["visitor"], r["host"]} == {vname, hname}
        same_trip = r["visitor"] == vname and r["country"] and r["country"] in (c.country, c.host.country)
        if not (same_pair or same_trip):
            continue
        if c.date is None or (r["date"] is not None and abs((c.date - r["date"]).days) <= 7):
            return True
    return False


def _drop_shadowed(rows: list[dict]) -> list[dict]:
    """A referenced row with no city is dropped when another referenced row of the
    same pair and date has one."""
    full = {(frozenset((r["visitor"], r["host"])), r["date"]) for r in rows if r["kind"] == "referenced" and r["city"]}
    return [r for r in rows if not (r["kind"] == "referenced" and not r["city"]
                                    and (frozenset((r["visitor"], r["host"])), r["date"]) in full)]


def _row(art, kind, visitor, host, c: _Candidate, city, country, date, end_date, precision,
         date_ev, visit_type, announced, participants, confidence) -> dict:
    s, e = art.sentences[c.sentence]
    if precision not in ("day", "month", "year"):
        precision = None if date is None else precision
    return {
        "kind": kind, "visitor": visitor.name_en or visitor.surface, "host": host.name_en or host.surface,
        "city": city, "country": country, "date": date, "end_date": end_date,
        "date_precision": precision if date is not None else None,
        "visit_type": visit_type, "announced": announced,
        "evidence": art.text[s:e], "evidence_start": s, "evidence_end": e,
        "participants": participants, "trigger": art.text[c.hit.start:c.hit.end],
        "date_evidence": date_ev, "confidence": round(confidence, 3),
    }


def _dateline(art: _Article, host: Any) -> tuple[str | None, str | None]:
    """"موسكو - أعلن الكرملين ..." or a line holding only "موسكو" near the top."""
    for j in range(min(4, len(art.sentences))):
        s, e = art.sentences[j]
        for p in art.places.get(j, []):
            city = _city_of(p)
            if not city:
                continue
            rest = art.text[p.end:min(e, p.end + 3)].strip()
            whole = (e - s) <= (p.end - p.start) + 2
            if whole or rest[:1] in ("-", "\u2013", "\u2014", ":", "(") or art.text[p.end:p.end + 3].startswith(" -"):
                if host is None or not host.country or p.country == host.country:
                    return city, p.country
    return None, None


def _visit_type(art: _Article, sents: list[int]) -> str | None:
    order = list(sents) + [j for j in range(len(art.sentences)) if j not in sents]
    for j in order:
        for h in art.by_sent.get(j, ()):
            if h.group.startswith("v:"):
                return h.group[2:]
    return None


def _announced(art: _Article, sents: list[int]) -> bool | None:
    """False for "غير معلنة" / "لم يعلن عنها مسبقا" / "مفاجئة" said of the visit;
    True when an announcement of a coming visit is quoted."""
    meeting = set(sents) | {0, 1}
    for j in sorted(art.by_sent):
        hits = art.by_sent[j]
        if any(h.group == "c:not_announced" for h in hits) and (
                j in meeting or any(h.group.startswith("t:") for h in hits)):
            return False
    for j in sents:
        hits = art.by_sent[j]
        if any(h.group == "c:announce_verbs" for h in hits) and any(
                h.group.startswith("t:") and (_trigger_spec(h.group).get("tense") == "future" or "س" in h.prefix)
                for h in hits):
            return True
    return None


def _participants(art: _Article, sents: list[int], visitor: Any, host: Any) -> list[str]:
    """Officials present: persons in sentences that receive, accompany or join."""
    skip = {_pid(visitor), _pid(host)}
    names: list[str] = []
    for j in sorted(art.by_sent):
        groups = {h.group for h in art.by_sent[j]}
        if "c:participant_cues" not in groups:
            continue
        about_meeting = (j in sents or any(_pid(m) in skip for m in art.persons.get(j, []))
                         or "c:counterpart" in groups)
        if not about_meeting:
            continue
        for m in art.persons.get(j, []):
            name = m.name_en or m.surface
            if _pid(m) not in skip and not is_leader(m) and name not in names:
                names.append(name)
    return names
