"""The per-article index the visit rules read: trigger and cue hits, leaders, persons,
places and dates by sentence (outside quotes), and the candidate record one trigger
yields."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any, Callable

from tasks.extract.calendar import calendar_words
from tasks.extract.entities import bare_surnames
from tasks.extract.visits.cited_names import cited_names
from tasks.extract.visits.heading import governed
from tasks.extract.visits.tour_making import tours_under_way
from tasks.extract.visits.tour_lists import listed_tours
from tasks.extract.visits.leaders import distinct, is_leader, marked_deceased
from tasks.extract.visits.office_voice import office_voices_owner
from tasks.extract.visits.own_office import leaders_own_offices
from tasks.extract.visits.press_place import press_at_place
from tasks.extract.visits.public_act import SPOKE_FROM, abroad_acts, from_in_reach
from tasks.extract.visits.whereabouts import dated_whereabouts
from tasks.extract.visits.trace import built
from tasks.extract.visits.triggers import compared_expectation, meeting_trigger_matcher, not_in_a_name, trigger_matcher
from ziyarat.lexicon import generic_titles, grammar_words, trigger_words
from ziyarat.arabic import AR_DIACRITICS, BI, COMMON_QUOTE_MARKS, LI, TATWEEL, WA, fold, fold_term, fold_with_map
from ziyarat.quotation import quote_spans
from ziyarat.matching import Hit

IN_WORD_MARKS = frozenset(AR_DIACRITICS + TATWEEL)  # not letters to str.isalpha, but inside a word


@dataclass
class Candidate:
    """One trigger's reading: who visits whom, where and when, before the merge."""

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
    planned: bool = False  # referenced and not held yet: future, invited, cancelled or postponed


def rank(c: Candidate) -> tuple:
    """Which of two candidates for one pair is the better evidence: directed, then dated by the trigger, ..."""
    return (c.directed, c.date_strong, c.date is not None, c.city is not None, c.confidence)


class SpanIndex:
    """Items with a start (mentions, hits) found by where they start: the ones starting
    in [lo, hi] in their original order, by bisection."""

    def __init__(self, items: list[Any]):
        self.items = items
        self.order = sorted(range(len(items)), key=lambda j: items[j].start)
        self.starts = [items[j].start for j in self.order]
        self.longest = max((x.end - x.start for x in items), default=0)

    def starting(self, lo: int, hi: int) -> list[Any]:
        a, b = bisect.bisect_left(self.starts, lo), bisect.bisect_right(self.starts, hi)
        return [self.items[j] for j in sorted(self.order[a:b])]

    def first_start(self, lo: int) -> int | None:
        """The least start at or after lo, None when none."""
        a = bisect.bisect_left(self.starts, lo)
        return self.starts[a] if a < len(self.starts) else None


GENITIVE_TITLE_WORDS = 3  # "للرئيس الصيني" (of the Chinese president): a title and its adjective before the name
LI_OBJECT_CHARS = 16  # a title between a leader and his li- object: "للدكتور", "للرئيس المصري"
GENITIVE_CHARS = 60  # from a noun to its genitive leader, past his title words ("الرئيس الأمريكي باراك")
NAME_PART_CHARS = 12  # a given name between a title mention and the surname's: "الرئيس التونسي محمد منصف المرزوقي"
DAY_PHRASE_CHARS = 24  # a day phrase a cue opens: "عشية أمس", "عشية البارحة"
CITED_PHRASE_WORDS = 3  # a quotation of at most this many words cites a phrase ("محادثات ناجحة"), it is no speech


class Article:
    """Per-article lookups: sentence of an offset, mentions per sentence, cues."""

    def __init__(self, text, sentences, mentions, dates, published, period=None, home=None):
        """`dates`: the article's dates (tasks.extract.dates.find_dates), or a function
        that finds them, called the first time a rule reads a date: most articles that
        may hold a visit have no trigger by a leader, and never do. `home`: the outlet's
        country (tasks.extract.home), None for an international or unknown outlet."""
        self.text, self.sentences, self.published, self.home = text, sentences, published, home
        # when the article is from, for an office's holder: its day, else the Period its text allows
        self.period = published if published is not None else period
        self.starts = [s for s, _ in sentences]
        self.quotes = quote_spans(text)
        self.qstarts = [s for s, _ in self.quotes]
        self.cited = cited_names(text, self.quotes, mentions)  # quotes of names only (visits.cited_names)
        self.folded = fold_with_map(text)
        self._hits: list[Hit] | None = None
        self._by_sent: dict[int, list[Hit]] | None = None
        self._memo: dict[Any, Any] = {}
        self.leaders: dict[int, list[Any]] = defaultdict(list)
        self.persons: dict[int, list[Any]] = defaultdict(list)
        self.places: dict[int, list[Any]] = defaultdict(list)
        self.orgs = [m for m in mentions if m.entity_type == "organization"]
        # the people the article names (in full, by a resolved title or a supported bare name), with
        # the offices it gives them at its time ("ولي عهد أبوظبي محمد بن زايد" is not yet the UAE's president)
        self.named: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.entity_type == "person" and m.entity_id:
                self.named[m.entity_id].update(m.offices or ())
        heads = trigger_words("possessor_heads")
        for m in mentions:
            i = self.sent_of(m.start)
            if m.entity_type == "person" and m.offices and marked_deceased(text, m):
                m = replace(m, offices=[])  # "الملك عبدالله رحمه الله" (God rest him): he holds no office
            if m.entity_type == "person":
                self.persons[i].append(m)
                if is_leader(m) and not self.in_speech(m) and not self.heads_a_body(m) \
                        and (not self.possessed(m, heads) or office_voices_owner(self, m)):
                    self.leaders[i].append(m)
            elif m.entity_type == "place" and not self.in_speech(m):
                self.places[i].append(m)
        self._dates = dates
        self.headline: Any = None  # the headline read as an Article (visits.headline)
        self._dates_by_sent: dict[int, list[Any]] | None = None
        self._groups: dict[tuple[int, str], list[Hit]] | None = None
        self._indices: dict[tuple[str, int], SpanIndex] = {}
        self._distinct: dict[int, list[Any]] = {}
        self._surnamed: set[str] | None = None
        built(self)

    @property
    def surnamed(self) -> set[str]:
        """The people the article names only by a bare surname (entities.bare_surnames), on
        first use: the unnamed host of an undated visit among them (leaders.country_head); a
        dated article's host is the holder of its day, so none are looked for."""
        if self._surnamed is None:
            self._surnamed = bare_surnames(self.folded) if self.published is None else set()
        return self._surnamed

    @property
    def hits(self) -> list[Hit]:
        """Every trigger, cue and visit-type hit of the text (one walk, on first use)."""
        if self._hits is None:
            hits = _without_day_parts(self.text, _without_title_heads(
                [h for h in trigger_matcher().find(self.folded) if not_in_a_name(self.text, h)]))
            hits = dated_whereabouts(self, governed(self, press_at_place(self, leaders_own_offices(self, hits))))
            self._hits = abroad_acts(self, tours_under_way(self, listed_tours(self, hits)))  # a participle needs its departure verb
        return self._hits

    @property
    def by_sent(self) -> dict[int, list[Hit]]:
        """The hits by sentence (lists a rule may narrow: Summits.unbind_names)."""
        if self._by_sent is None:
            self._by_sent = defaultdict(list)
            for h in self.hits:
                self._by_sent[self.sent_of(h.start)].append(h)
        return self._by_sent

    def leader_triggered(self) -> bool:
        """Whether a trigger outside quotes starts in a sentence that names a leader
        (else no sentence yields a candidate), looked for in those sentences only
        (each from its start to the next one's, as sent_of counts them) with the
        triggers alone: two in three articles that may hold a visit have none there,
        and skip the whole-text walk of every cue."""
        sents = sorted(i for i, ms in self.leaders.items() if ms)
        if not sents:
            return False
        n, starts = len(self.text), self.starts
        ranges = [(0 if i == 0 else starts[i], starts[i + 1] if i + 1 < len(starts) else n) for i in sents]
        return any(self.sent_of(h.start) in sents and not self.in_speech_at(h.start)
                   and (h.group != SPOKE_FROM or from_in_reach(self, h))  # "قال" beside a leader: only before "من"
                   for h in meeting_trigger_matcher().find(self.folded, ranges))

    @property
    def dates(self) -> dict[int, list[Any]]:
        """The dates outside quotes, by sentence (found on first use)."""
        if self._dates_by_sent is None:
            self._dates_by_sent = defaultdict(list)
            for d in self._dates() if callable(self._dates) else self._dates:
                if not self.in_quote(d.start):
                    self._dates_by_sent[self.sent_of(d.start)].append(d)
        return self._dates_by_sent

    def possessed(self, m: Any, heads: frozenset[str]) -> bool:
        """A possessor noun stands right before the mention: "نجل الأسد" (al-Assad's son) is not al-Assad;
        or before its li- (of): "النائب الأول لرئيس جمهورية السودان" (the first deputy of Sudan's
        president), "مستشار اقتصادي للرئيس الصيني شي جين بينغ" (an economic adviser of the Chinese
        president Xi Jinping), where the title with li- stands between. Right before it only:
        "قرار ترامب" (Trump's decision), not "قرار زيارة السيسي" (the decision of Sisi's visit)."""
        wide = self.words_before(m.start, 4)
        before = wide[-2:]
        for k, w in enumerate(before):
            w = w.strip("،,:-()" + COMMON_QUOTE_MARKS)
            if w in heads or (len(w) > 2 and w[0] in WA + BI + LI and w[1:] in heads) \
                    or (w[:2] == "لل" and "ال" + w[2:] in heads) \
                    or (k == len(before) - 1 and w in trigger_words("possessor_heads_adjacent")):
                if not _titled_head(wide, len(wide) - len(before) + k, heads):
                    return True
        # li- is also "to" ("تقديم الجائزة للرئيس", the prize was given to the president): of an office only
        offices = trigger_words("office_of")
        start = self.word_start(m.start)
        if fold(self.text[start:m.start]) in ("ل", "لل"):
            return self._heads_before(start, offices, 0, GENITIVE_TITLE_WORDS)
        words = [w.strip("،,") for w in self.words_before(start, GENITIVE_TITLE_WORDS)]
        titles = trigger_words("unresolved_heads")
        for k in range(len(words) - 1, -1, -1):  # "للرئيس الصيني" right before the name
            w = words[k]
            if (w[:2] == "لل" and "ال" + w[2:] in titles) or (w[:1] == "ل" and w[1:] in titles):
                return self._heads_before(start, offices, len(words) - k, GENITIVE_TITLE_WORDS)
        if m.resolved_by == "title" and fold(self.text[start:m.start]) == WA:
            return False  # a title opening a new item of a list: "نائب الرئيس ورئيس الوزراء" (the VP and the PM)
        return self._possessed_title(start, heads & trigger_words("person_heads"), titles)

    def _possessed_title(self, start: int, heads: frozenset[str], titles: frozenset[str]) -> bool:
        """A person possessor right before the title of the name: "زوجة الرئيس الروسي بوتين" (the
        Russian president Putin's wife), "شقيقة زعيم كوريا الشمالية، كيم" (the North Korean
        leader Kim's sister) name the wife and the sister, not the leader; an institution there
        ("مكتب رئيس الوزراء كاميرون", the PM's office) does not travel, and the title after it
        still names him. A decision before the title is his too ("قرارات الرئيس الأميركي ترامب",
        the US president Trump's decisions: the topic of others' talks, not Trump there)."""
        words = [w.strip("،,:-()" + COMMON_QUOTE_MARKS) for w in self.words_before(start, GENITIVE_TITLE_WORDS + 1)]
        for k in range(len(words) - 1, 0, -1):
            if words[k] in titles:
                w = words[k - 1]
                return w in heads or (len(w) > 2 and w[0] in WA + BI + LI and w[1:] in heads) \
                    or w in trigger_words("possessor_heads_adjacent")
        return False

    def _heads_before(self, pos: int, heads: frozenset[str], skip: int, n: int) -> bool:
        """One of the n words before pos, past its last `skip` words, is a possessor noun,
        with or without its article and wa- (and) ("النائب" as "نائب"; "مستشار الأمن القومي
        للرئيس"; "واليد اليمنى للزعيم", and the leader's right hand)."""
        words = [w.strip("،,") for w in self.words_before(pos, skip + n)]
        words = (words[:len(words) - skip] if skip else words)[-n:]
        words = [w[1:] if w[:1] == "و" and w[1:3] == "ال" else w for w in words]
        return any(w in heads or (w[:2] == "ال" and w[2:] in heads) for w in words)

    def heads_a_body(self, m: Any) -> bool:
        """A title that heads a club, a party or a firm, by its li- (of) right after it: "الرئيس
        القطري لنادي باريس سان جرمان" (the Qatari president of the Paris club) is no head of state."""
        if getattr(m, "resolved_by", "name") != "title" or self.text[m.end:m.end + 1].isalpha():
            return False
        nxt = self.folded_slice(m.end, min(len(self.text), m.end + 30)).split()[:1]
        if not nxt:
            return False
        w, bodies = nxt[0].strip("،,"), trigger_words("title_of_body")
        return (w[:2] == "لل" and "ال" + w[2:] in bodies) or (w[:1] == "ل" and w[1:] in bodies)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.qstarts, pos) - 1
        return i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]

    def in_speech_at(self, pos: int) -> bool:
        """pos is inside quotation marks that hold a statement, not a cited phrase of a
        few words: in "عقد كيم "محادثات ناجحة" مع شي" (Kim held "successful talks"
        with Xi) the talks are the narrative's; after a colon or a speech verb ("وقال:
        «وصل الوفد»") even a short quote is speech."""
        i = bisect.bisect_right(self.qstarts, pos) - 1
        if i < 0 or not self.quotes[i][0] <= pos < self.quotes[i][1]:
            return False
        s, e = self.quotes[i]
        if len(self.text[s:e].split()) > CITED_PHRASE_WORDS:
            return True
        before = self.text[max(0, s - 40):s - 1].rstrip()
        words = fold(before).split()
        return before.endswith(":") or bool(words and words[-1].strip("،,") in trigger_words("speech_verbs"))

    def in_speech(self, m: Any) -> bool:
        """The mention is inside quotation marks that hold more than names: papers
        quote names as names, not as speech ("وصل الرئيس الباكستاني "آصف علي
        زرداري"", arrived the Pakistani president "Asif Ali Zardari"; «مرسى»;
        "مباحثات الرئيسين "مرسى وزردارى"", the talks of the two presidents "Morsi and Zardari")."""
        i = bisect.bisect_right(self.qstarts, m.start) - 1
        if i < 0 or not self.quotes[i][0] <= m.start < self.quotes[i][1]:
            return False
        return self.quotes[i] not in self.cited

    def cues(self, i: int, group: str) -> list[Hit]:
        """The hits of one cue group in sentence i (a list built once: do not change it)."""
        if self._groups is None:
            self._groups = defaultdict(list)
            for j, hs in self.by_sent.items():
                for h in hs:
                    self._groups[(j, h.group)].append(h)
            for (j, g), hs in list(self._groups.items()):
                if g == "c:since" and (recent := self._groups.get((j, "c:recent_past"))):
                    # "منذ قليل، اليوم الثلاثاء" (a short while ago, today, Tuesday): the منذ of a
                    # recent-past phrase says when the news happened, it opens no "since"
                    self._groups[(j, g)] = [h for h in hs if not any(r.start <= h.start < r.end for r in recent)]
                if g == "c:future_plan":  # "أطول من المتوقع" (longer than expected): no plan
                    self._groups[(j, g)] = [h for h in hs if not compared_expectation(self.text, h)]
        return self._groups.get((i, group), [])

    def memo(self, key: Any, compute: Callable[[], Any]) -> Any:
        """compute() once per article for key, ("rule", i) say: a sentence's reading that each meeting word of a
        long sentence would otherwise redo, at a cost quadratic in the sentence."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def near(self, kind: str, i: int, lo: int, hi: int) -> list[Any]:
        """The items of sentence i starting in [lo, hi], in their order, where kind is an
        index's name: "leaders", "places", "persons", "triggers" (the hits of the "t:"
        groups) or a cue group. One sentence can name thousands (a crawled table with
        no full stop): a rule looks only around its trigger, at a bounded cost."""
        return self._index(kind, i).starting(lo, hi)

    def first_after(self, kind: str, i: int, lo: int) -> int | None:
        """Where the first item of an index in sentence i starting at or after lo starts."""
        return self._index(kind, i).first_start(lo)

    def longest(self, kind: str, i: int) -> int:
        """The length of the longest item of an index in sentence i (to widen a window by)."""
        return self._index(kind, i).longest

    def distinct_leaders(self, i: int) -> list[Any]:
        """The leaders of sentence i in text order, each person's first mention (built once)."""
        if i not in self._distinct:
            self._distinct[i] = distinct(sorted(self.leaders.get(i, []), key=lambda m: m.start), keep="first")
        return self._distinct[i]

    def _index(self, kind: str, i: int) -> SpanIndex:
        key = (kind, i)
        if key not in self._indices:
            if kind == "triggers":
                items = [h for h in self.by_sent.get(i, ()) if h.group.startswith("t:")]
            elif kind.startswith("c:"):
                items = self.cues(i, kind)
            else:
                items = getattr(self, kind).get(i, [])
            self._indices[key] = SpanIndex(items)
        return self._indices[key]

    def genitive_leader(self, i: int, h: Hit, quoted: bool = False) -> Any:
        """The leader the noun h governs as its genitive, past title words only ("زيارة
        الرئيس الإيراني نجاد", the Iranian president Najad's visit), or None; with `quoted`,
        one inside a quotation too."""
        end = self.word_end(h.end)
        pool = [m for m in self.near("persons", i, end, end + GENITIVE_CHARS) if is_leader(m)] if quoted \
            else self.near("leaders", i, end, end + GENITIVE_CHARS)
        owner = next(iter(pool), None)
        if owner is None:
            return None
        gap = self.folded_slice(end, owner.start).split()
        # or a title head and the country it is of: "لقاء زعيم كوريا الشمالية، كيم" (the meeting of
        # North Korea's leader, Kim)
        places = [p for p in self.near("places", i, end, owner.start) if p.end <= owner.start]
        if gap and gap[0] in grammar_words("genitive_title_heads") and len(places) == 1:
            p = places[0]
            gap = (self.folded_slice(end, p.start) + " " + self.folded_slice(p.end, owner.start)).split()[1:]
            gap = [w.strip("،,") for w in gap if w.strip("،,")]
        return owner if len(gap) <= GENITIVE_TITLE_WORDS and all(w.startswith("ال") for w in gap) else None

    def last_of_name(self, i: int, m: Any) -> Any:
        """The last of the mentions naming m's person one after another in sentence i: the
        title "الرئيس التونسي" and the name "منصف المرزوقي" after it are one item of a list."""
        for n in self.near("persons", i, m.end, m.end + NAME_PART_CHARS):
            if (n.entity_id or n.name_en) == (m.entity_id or m.name_en) and n.start >= m.end:
                m = n
        return m

    def word_start(self, pos: int) -> int:
        """The start of the word holding pos (before its proclitics: "سيجري" for "يجري"; "سيُغادر" whole)."""
        while pos > 0 and (self.text[pos - 1].isalpha() or self.text[pos - 1] in IN_WORD_MARKS):
            pos -= 1
        return pos

    def word_end(self, pos: int) -> int:
        """The end of the word holding pos (past its enclitics: "قمته" for "قمت"), its short vowels and tatweel
        inside it ("يُغادر" whole, not the "ي" before its damma)."""
        while pos < len(self.text) and (self.text[pos].isalpha() or self.text[pos] in IN_WORD_MARKS):
            pos += 1
        return pos

    def words_before(self, pos: int, n: int) -> list[str]:
        return self.folded_slice(max(0, pos - 40), pos).split()[-n:]

    def folded_slice(self, s: int, e: int) -> str:
        """fold(text[s:e]): the same slice of the folded text when folding deleted nothing."""
        return self.folded.text[s:e] if self.folded.index is None else fold(self.text[s:e])

    def noun_object(self, first: Any, second: Any) -> bool:
        """The second leader is the object of the first's reception noun, right after him: a li-
        object, "استقبال رئيس جنوب السودان، للدكتور هشام قنديل" (the South Sudanese president's
        reception of Dr Hesham Qandil), "استقبال الأسد لبوتين" (li- glued to the bare name), or
        the accusative after the genitive, "استقبال الأسد، السيسي" / "استقبال الأسد الرئيس السيسي"
        (nothing but a comma or a bare title between): the first receives, the second is received.
        A date between is left out: "استقبال رئيس جنوب السودان، اليوم الخميس، للدكتور هشام قنديل"."""
        cut = sorted((d.start, d.end) for ds in self.dates.values() for d in ds if first.end <= d.start < d.end <= second.start)
        pos, parts = first.end, []
        for s, e in cut:
            parts.append(self.text[pos:s])
            pos = e
        between = " ".join(fold(p).strip(" \u060c,") for p in parts + [self.text[pos:second.start]]).strip(" \u060c,")
        if not between or between in (LI, LI + LI):  # li- glued to the name: "للسيسي", "لبوتين"
            return not between or self.li_glued(second)
        if between in generic_titles():
            return True
        return len(between) <= LI_OBJECT_CHARS and between[:2] == LI + LI  # li- + al-: "للرئيس", "للدكتور"

    def li_pronoun_after(self, m: Any) -> bool:
        """The word right after m is li- with a pronoun: "عقب استقبال قنديل له" (after Qandil's
        receiving him): m receives, "him" came (grammar.yaml li_pronouns)."""
        words = self.folded_slice(m.end, m.end + 8).split()
        return self.text[m.end:m.end + 1].isspace() and bool(words) and words[0].strip("\u060c,.") in grammar_words("li_pronouns")

    def li_glued(self, m: Any) -> bool:
        """li- (to, for) is glued on the mention's own word: "لبشار الأسد" (li-Bashar)."""
        return self.folded_slice(self.word_start(m.start), m.start) in (LI, LI + LI)


OFFICIAL_CUES = ("c:nonleader_slot", "c:official_nouns")


def _without_title_heads(hits: list[Hit]) -> list[Hit]:
    """The hits less the official's nouns that begin a leader's title: in "استقبل السبسي
    الوزير الأول الجزائري سلال" (received the Algerian first minister, its prime minister)
    "الوزير" (the minister) is no official the reception belongs to (triggers.yaml leader_titles)."""
    titles = [h for h in hits if h.group == "c:leader_titles"]
    if not titles:
        return hits
    return [h for h in hits if h.group not in OFFICIAL_CUES or not any(t.start <= h.start < t.end for t in titles)]


def _without_day_parts(text: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the cues that open a day phrase (months.yaml relative), its time of day: in
    "حل سلال عشية أمس بتونس" (Sellal arrived in Tunis yesterday afternoon, Maghrebi usage)
    "عشية" is no eve of another event (triggers.yaml eve_cues), "عشية أمس" dates the arrival."""
    heads = _day_phrase_heads()

    def day_part(h: Hit) -> bool:
        phrases = heads.get(fold_term(h.term))  # most cues open no day phrase: no fold of the text for them
        if not phrases:
            return False
        ahead = fold(text[h.start:h.start + DAY_PHRASE_CHARS]) + " "
        return any(ahead.startswith(p + " ") for p in phrases)
    return [h for h in hits if not (h.group.startswith("c:") and day_part(h))]


@functools.cache
def _day_phrase_heads() -> dict[str, tuple[str, ...]]:
    """The relative day phrases of several words (months.yaml relative: "عشية أمس") by the cue a phrase opens with."""
    heads: dict[str, list[str]] = {}
    for p in calendar_words().relative:
        for k in range(1, len(p.split())):
            heads.setdefault(" ".join(p.split()[:k]), []).append(p)
    return {k: tuple(v) for k, v in heads.items()}


def _titled_head(words: list[str], j: int, heads: frozenset[str]) -> bool:
    """The possessor noun words[j] is itself the complement of a leader's title: "رئيسة
    حكومة بريطانيا، تيريزا ماي" (the head of Britain's government, Theresa May) and "رئيس
    حكومة الاحتلال نتنياهو" name the prime minister, not someone of his government; unless
    the title has a possessor of its own: "مدير مكتب رئيس حكومة الاحتلال نتنياهو" (the
    director of the office of the PM) is the director."""
    if j < 1:
        return False
    strip = "،,:-()" + COMMON_QUOTE_MARKS
    title = words[j - 1].strip(strip)
    if len(title) > 3 and title[0] in WA + LI + BI:
        title = title[1:]
    if f"{title} {words[j].strip(strip)}" not in trigger_words("titled_possessors"):
        return False
    owner = words[j - 2].strip(strip) if j >= 2 else ""
    owner = owner[1:] if len(owner) > 3 and owner[0] in WA + LI + BI else owner
    return owner not in heads | trigger_words("office_of") | trigger_words("person_heads")


LEAD_WORDS = 6  # the lead is the first sentence of this many words or more (not a dateline or a byline)


def lead_sentence(art: Article) -> int | None:
    """The index of the article's lead: its first sentence of LEAD_WORDS words or more."""
    return next((k for k, (s, e) in enumerate(art.sentences) if len(art.text[s:e].split()) >= LEAD_WORDS), None)

