"""Tours: a trip over several countries told in one sentence. "يبدأ مرسي اليوم جولة تشمل
باكستان والهند، ويجري محادثات مع رئيس الوزراء الهندي" (yabda'u ... jawlatan tashmalu, Morsi
begins today a tour that includes Pakistan and India, and holds talks with India's prime
minister): the tour's countries are listed in their order, and talks with a leader of a later
one are a leg ahead, planned, while the first one's may be the day's news. A trip the article
tells only as ahead ("زيارة أوباما المرتقبة", Obama's awaited visit) makes its traveller's
other undated legs ahead too (trip_ahead). visits.__init__ calls both after the candidates
are read, and passing_legs once the hosts are named: another leg, its host unnamed, told only beside
the leg reported ("بعد اختتام زيارته إلى موريتانيا", after concluding his visit to Mauritania), is referenced.
travellers: who the article says travelled where, which orients a meeting no word orients
(visits.direction); venue_country: the one of two leaders' countries the article's trips and venues name;
fellow_travellers: the leaders listed as travelling with the one who arrives."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
import re
from typing import Any

from tasks.extract.visits.ahead import another_trip
from tasks.extract.visits.antecedent import relative_antecedent
from tasks.extract.visits.arrival_list import continues_arrivals
from tasks.extract.visits.earlier_date import dated_before
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.titled_named import titled_named
from tasks.extract.visits.leaders import country_head, is_leader, likely_head, pid
from tasks.extract.visits.othertrip import project_site
from tasks.extract.visits.owners import TRIP_PLACE_CHARS, guests, li_owned, pronoun_owner
from tasks.extract.visits.reach import in_reach
from tasks.extract.visits.retold import retold
from tasks.extract.visits.listed import listed_places
from tasks.extract.visits.tour_lists import itinerary_told
from tasks.extract.visits.place import city_of, locative
from tasks.extract.visits.return_leg import after_return
from tasks.extract.visits.plans import plan_cue
from tasks.extract.visits.roles import with_subject
from tasks.extract.visits.seats import office_place
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import definite, that_after, trigger_spec
from tasks.extract.visits.vetoes import adjective_after, trigger_between
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words, triggers_lexicon
from ziyarat.matching import Hit

TOUR_VERB_WORDS = 3  # from the tour noun to its "includes": "جولة آسيوية، تشمل"
LEGS_CHARS = 60  # the countries listed right after "includes": "تشمل كلاً من باكستان والهند"


def tour_legs(art: Article, i: int, before: int) -> list[str]:
    """The countries of a tour told in sentence i before position `before`, in the order
    listed after the tour noun's "includes" ("جولة ... تشمل كلا من باكستان والهند" ->
    Pakistan, India); [] without such a list."""
    lo = art.sentences[i][0]
    words = list(re.finditer(r"\S+", art.text[lo:before]))
    folded = [fold_term(w.group().strip("،,")) for w in words]
    for k, word in enumerate(folded):
        if word.removeprefix("و") not in grammar_words("tour_nouns"):
            continue
        for j in range(k + 1, min(len(folded), k + 1 + TOUR_VERB_WORDS)):
            if folded[j] in grammar_words("itinerary_verbs"):
                start = lo + words[j].end()
                legs: list[str] = []
                for m in sorted(art.places.get(i, []), key=lambda m: m.start):
                    if start <= m.start <= min(before, start + LEGS_CHARS) and m.country and m.country not in legs:
                        legs.append(m.country)
                return legs
    return []


def later_legs(art: Article, cands: list[Candidate]) -> None:
    """A meeting with no past verb, told after a tour's list of countries, with a leader of
    a country listed after the first, is that later leg ahead: planned. "ويجري محادثات مع
    رئيس الوزراء الهندي" after "جولة تشمل باكستان والهند" (India the second leg)."""
    for c in cands:
        if c.kind != "reported" or c.past:
            continue
        legs = tour_legs(art, c.sentence, c.hit.start)
        if len(legs) < 2:
            continue
        sides = (c.visitor.country, c.host.country)
        if any(a in legs[1:] and b not in legs for a, b in (sides, sides[::-1])):  # either way round
            c.kind, c.planned, c.future = "referenced", True, True


def passing_legs(art: Article, cands: list[Candidate]) -> None:
    """Another leg of a tour told only in passing beside the leg reported, its host unnamed: in
    "يتوجه الرئيس الفرنسي الثلاثاء إلى أبوجا، بعد اختتام زيارته القصيرة إلى موريتانيا" (heads to
    Abuja, after concluding his short visit to Mauritania), with Nigeria's president named, the
    Mauritanian leg (its head only the head by office, never named) is an earlier trip mentioned in
    passing, referenced; so is "جولة ... بدأت الأسبوع الماضي بزيارة مصر، وشملت زيارة فرنسا
    وبريطانيا" (a tour that included France and Britain) beside talks with Britain's prime minister.
    Only a trip noun (no verb of its own: "ووصل إلى القاهرة ... ثم توجه إلى تل أبيب والتقى بيريز"
    reports both legs), when every sentence naming the leg's country names a place of the reported
    leg's country too, and that leg is reported in a sentence of its own, without the first: a leg
    told on its own ("وأسفرت زيارة الرئيس لباكستان عن توقيع ...") keeps its row, and so do the listed
    legs of a tour told as a whole ("بعد جولة قام خلالها بزيارة المغرب وتونس والجزائر"). The reported leg
    is the news of a day (dated to the day), the other leg not of that day: a round-up of a tour, its
    legs undated ("قام خلالها بزيارة إسرائيل والضفة الغربية والأردن"), keeps them all."""
    named: dict[str, dict[str, list[Candidate]]] = {}
    for c in cands:
        if c.kind == "reported" and c.host.start >= 0 and c.host.country and c.host.country != c.visitor.country:
            named.setdefault(pid(c.visitor), {}).setdefault(c.host.country, []).append(c)
    for c in cands:
        legs = {k: v for k, v in named.get(pid(c.visitor), {}).items() if k != c.host.country}
        if c.kind != "reported" or c.host.start >= 0 or not c.host.country or not legs or not _trip_word(c.hit, noun=True):
            continue
        told = {i for i, ps in art.places.items() if any(p.country == c.host.country for p in ps)}
        if c.sentence in told and any(all(any(p.country == k for p in art.places[i]) for i in told)
                                      and {o.sentence for o in news} - told and _days(news)
                                      and c.date not in _days(news) for k, news in legs.items()):
            c.kind, c.planned = "referenced", c.future


def _days(cands: list[Candidate]) -> set[dt.date]:
    """The days the candidates are dated to (day precision)."""
    return {c.date for c in cands if c.date is not None and c.precision == "day"}


def trip_ahead(art: Article, cands: list[Candidate]) -> None:
    """A traveller whose trip the article tells as ahead (a planned reading of his, or his
    visit noun with a future adjective: "تمهيدا لزيارة الرئيس أوباما المقررة نهاية الأسبوع",
    ahead of President Obama's visit set for the weekend) and never as held (no past verb,
    no day by publication, not "now"): his undated trip words with no past verb to a country
    that plan goes to (any, when it names none) are that trip: "خلال زيارته لإسرائيل" (during
    his visit to Israel). A leg planned for tomorrow ("يزور رام الله غدا") says nothing of the
    one under way in Israel. A bare "الزيارة" (the visit, definite: it points back) whose host is
    only the guessed head of a country named further on is that trip too, wherever the guess
    lands: "واضعي برنامج الزيارة ... هجوم في سيناء" (the planners of the visit's programme ... an
    attack in Sinai) is Obama's trip to Israel, not one to Egypt."""
    def held(c: Candidate) -> bool:  # (undated, a weekday told by it not ahead: "بدأ ... الأحد، زيارة", began on Sunday)
        return c.past or under_way(art, c.hit) or (
            c.date is not None and art.published is not None and c.date <= art.published and c.precision == "day") \
            or art.published is None and c.date is None and c.date_strong and not c.future
    plans: dict[str, list[set]] = {}
    for c in cands:
        if c.kind == "referenced" and c.planned and c.future and _trip_word(c.hit) and not another_trip(art, c.hit) \
                and (c.date is None or art.published is None or c.date >= art.published):  # not "بزيارات أخرى" (other visits)
            plans.setdefault(pid(c.visitor), []).append(_goes_to(art, c.sentence, c.hit) | {c.host.country})
    for i, hits in art.by_sent.items():
        for h in hits:
            # a quotation tells a plan as well as the text: "قال نتنياهو «إن زيارة الرئيس أوباما
            # المرتقبة لإسرائيل دليل على ...»" (Netanyahu said Obama's awaited visit is a sign of)
            if _trip_word(h, noun=True) and (m := art.genitive_leader(i, h, quoted=True)) is not None \
                    and adjective_after(art, i, h, "c:future_after"):
                plans.setdefault(pid(m), []).append(_goes_to(art, i, h))
    for c in cands:
        if c.kind == "reported" and held(c):
            plans.pop(pid(c.visitor), None)
    for c in cands:
        if c.kind == "reported" and c.date is None and _trip_word(c.hit, noun=True) and not held(c) \
                and any(not to or c.host.country in to or _points_back(c) for to in plans.get(pid(c.visitor), [])):
            c.kind, c.planned, c.future = "referenced", True, True


def _points_back(c: Candidate) -> bool:
    """A bare definite visit noun ("الزيارة", no pronoun) whose host the text does not name."""
    return definite(c.hit) and not c.hit.suffix and c.host.start < 0


DESTINATIONS_CHARS = 60  # from a trip word to the countries it goes to: "المرتقبة إلى إسرائيل والأراضي الفلسطينية"


def _goes_to(art: Article, i: int, h) -> set:
    """The countries of the places named right after a trip word, in its sentence."""
    return {p.country for p in art.places.get(i, []) if p.country and 0 <= p.start - h.end <= DESTINATIONS_CHARS}


def _trip_word(h, noun: bool = False) -> bool:
    """A visit or arrival word (a trip, not one meeting in it); with `noun`, no verb (a verb's
    own tense says when)."""
    spec = trigger_spec(h.group) if h.group.startswith("t:") else {}
    return spec.get("role") in ("visit", "arrive") and not (noun and spec.get("tense"))


UNNAMED_PLACE = ""  # travellers(): a trip word with a pronoun ("زيارته", his visit) and no place after it


def travellers(art: Article) -> dict[str, set]:
    """The destination countries of the trip words (arrival, visit) of the article, outside
    quotes, that each leader owns
    by a pronoun ("زيارته", or "له" after it: "في أول زيارة له", on his first visit) or by his
    name right after the word, to a place outside his country right after it (None for a
    region; UNNAMED_PLACE for "زيارته" or "زيارة أوباما" with no place after it, and for the
    leader the article calls the guest: "الرئيس الأمريكي الزائر", the visiting US president),
    whatever the trip's other side or time: "واضطر مرسي إلى اختصار زيارته لأوروبا"
    (Morsi had to cut short his visit to Europe), "قبل وصول مرسي إلى برلين" (before Morsi's
    arrival in Berlin); not "زيارة مرسي لسيناء" (in his own country) nor "زار الرئيس الروسي
    قبر الجندي المجهول" (no place). The leader who travels is the visitor of a meeting no word
    orients; a subject told before the word ("ليصبح أول مسؤول ... يطأ أرض الجنوب") is too loose."""
    out: dict[str, set] = {}
    for i, hits in art.by_sent.items():
        for h in hits:
            if not h.group.startswith("t:") or trigger_spec(h.group)["role"] not in ("arrive", "visit") \
                    or art.in_quote(h.start) or (_trip_ahead(art, i, h) and not under_way(art, h)) or retold(art, i, h):
                continue  # nor one told again: "خلال زيارته الأخيرة إلى موسكو" (his last visit to Moscow)
            h = li_owned(art, h)
            owner = pronoun_owner(art, i, h)
            guest = owner is None and relative_antecedent(art, i, h)  # "ميركل، التي تزور بلاده" (who is visiting his country)
            if guest:
                owner = guest
            named = False
            if owner is None and not h.suffix:
                r = with_subject(art, i, h, in_reach(art, i, h))
                owner = r.near_after if r.near_after is not None and r.near_after.start - h.end <= 25 else None
                named = owner is not None and not trigger_spec(h.group).get("tense")  # "زيارة أوباما": a noun's genitive
            if owner is None or not is_leader(owner) or art.possessed(owner, trigger_words("possessor_heads")):
                continue
            dest = next((p for p in art.places.get(i, []) if 0 <= p.start - max(h.end, owner.end) <= TRIP_PLACE_CHARS), None)
            if dest is None and (h.suffix in ("ه", "ها") or guest or named):
                # "الرئيس مرسي في زيارته التي صادفت ..." (Morsi, on his visit that coincided
                # with ...), "الهدف من زيارة أوباما" (the aim of Obama's visit): his trip, to a
                # place the word does not name
                out.setdefault(pid(owner), set()).add(UNNAMED_PLACE)
            if dest is None or dest.country == owner.country:
                continue  # "زار الرئيس الروسي قبر الجندي المجهول" (the tomb of the Unknown Soldier) is no trip abroad
            out.setdefault(pid(owner), set()).add(dest.country)  # None: a region ("أوروبا")
    for guest_id in guests(art) | host_callers(art):  # "مع الرئيس الأمريكي الزائر" (the visiting president): a trip
        out.setdefault(guest_id, set()).add(UNNAMED_PLACE)
    return out


def host_callers(art: Article) -> set[str]:
    """The ids of the leaders who call the other "his host" (triggers.yaml host_before_words): in "وشكر المرزوقي
    مضيفه على حسن الاستقبال" (Marzouki thanked his host) the leader named last before the word, in its sentence and
    outside quotes, came. Read unfolded: "مضيفة" (mudifa, adding, feminine) folds as "مضيفه" does; "مضيفه أن" is that
    participle as some outlets spell it."""
    words = set(triggers_lexicon()["host_before_words"])
    out: set[str] = set()
    for i, (s, e) in enumerate(art.sentences):
        for w in re.finditer(r"\S+", art.text[s:e]):
            if w.group().strip("\u060c,.:\"«»()") in words and not art.in_quote(s + w.start()) \
                    and not that_after(art.text, s + w.end()):  # "مضيفه أن": adding that
                before = [m for m in art.leaders.get(i, []) if m.end <= s + w.start()]
                out |= {pid(before[-1])} if before else set()
    return out


def _trip_ahead(art: Article, i: int, h: Hit) -> bool:
    """A trip still to come or only invited: "سيزور", "يزور ... الشهر المقبل", "دعا ترامب
    بوتين لزيارة واشنطن" (invited Putin to visit Washington), or one a later state is counted
    from ("منذ وصوله إلى البيت الأبيض", since he came to the White House): no sign of who
    travelled now."""
    return "س" in h.prefix or trigger_spec(h.group).get("tense") == "future" or bool(art.cues(i, "c:invitation")) \
        or plan_cue(art, i, h) or any(0 <= h.start - c.end <= 2 for c in art.cues(i, "c:since")) \
        or dated_before(art, i, h.end)


VENUE_AFTER_TRIP_CHARS = 6  # from a trip word to its place: "أرض مصر", "زيارة إلى إيران"


def venue_country(art: Article, a: Any, b: Any) -> str | None:
    """The one of the two leaders' countries that the places of the sentences naming no other
    person than them name: a place right after a visit or arrival word ("وكان البشير أول رئيس
    سوداني تطأ قدماه أرض مصر", al-Bashir was the first Sudanese president to set foot on
    Egypt's soil; "the first" tells this trip) or, in a sentence that names one of them, a city
    after a locative or a near-word ("وقال ترامب في البيت الأبيض", said Trump at the White House; "في منتجع
    قرب برلين", at a resort near Berlin: near_city; not "مثلت
    أمام محكمة في واشنطن", she appeared before a court in Washington). Not a trip told as
    ahead, nor a place in quotes or one a date right after puts weeks before publication, nor an office's
    post or seat ("قنصلية مصرية في طبرق", an Egyptian consulate in Tobruk: seats.office_place)
    ("زيارة قام بها روحاني إلى موسكو في ديسمبر الماضي"). How often a country's name comes up
    says nothing (an Egyptian outlet names Egypt whoever travelled); None when they name both
    or neither."""
    sides, seen = {pid(a), pid(b)}, set()
    for i, ps in art.places.items():
        named = {pid(m) for m in art.persons.get(i, [])}
        if not named <= sides:
            continue
        trips = [h.end for h in art.by_sent.get(i, ()) if h.group.startswith("t:")
                 and trigger_spec(h.group)["role"] in ("visit", "arrive") and not art.in_quote(h.start)
                 and not _trip_ahead(art, i, h)]
        for p in ps:
            if p.country in (a.country, b.country) and not dated_before(art, i, p.end) \
                    and (any(0 <= p.start - e <= VENUE_AFTER_TRIP_CHARS for e in trips)
                         or (named and city_of(p) and (locative(art, p) or near_city(art, i, p)) and not art.in_quote(p.start)
                             and not after_return(art, p) and not office_place(art, p) and not project_site(art, p)
                             and not _office_won(art, i, p))):
                seen.add(p.country)
    return next(iter(seen)) if len(seen) == 1 else None


OFFICE_WON_WORDS = 4  # from the election to the place: "الانتخابات الرئاسية التي حملته إلى البيت الأبيض"


def _office_won(art: Article, i: int, p: Any) -> bool:
    """The place ends a relative clause on the election (or coup) that brought a leader to office: "الانتخابات
    الرئاسية التي حملته إلى البيت الأبيض" (the election that carried him to the White House) names his seat,
    not where he is; "ترامب، الذي استقبله في البيت الأبيض" (Trump, who received him at the White House) does."""
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.folded_slice(art.sentences[i][0], p.start).split()]
    heads = {fold_term(w) for w in grammar_words("office_won_heads")}
    relatives = {fold_term(w) for w in grammar_words("relative_pronouns")}
    return any(w in relatives and heads & set(words[max(0, k - 2):k])
               for k, w in enumerate(words) if k >= len(words) - OFFICE_WON_WORDS)


def near_city(art: Article, i: int, p: Any) -> bool:
    """A near-word (grammar.yaml near_words) right before the city, in a sentence with a meeting or visit
    word: "عقدا قمة في ميسبرغ قرب برلين" (held a summit at Meseberg near Berlin) is no meeting in Berlin
    but one in Berlin's country; "نقل إلى مستشفى قرب واشنطن" (taken to a hospital near Washington) is none."""
    if not any(h.group.startswith("t:") and not art.in_quote(h.start) for h in art.by_sent.get(i, ())):
        return False
    words = art.folded_slice(max(0, p.start - 30), p.start).split()[-2:]
    return any(w in grammar_words("near_words") for w in words)


TRAVELLER_LIST_CHARS = 60  # from one listed traveller to the next: "، واللبناني العماد ميشال سليمان"


def fellow_travellers(art: Article, i: int, visitor: Any) -> set[str]:
    """The leaders listed with "و" (and) right after the traveller, who travel with him: "وصل كل
    من الرئيس التونسي محمد منصف المرزوقي، والفلسطيني محمود عباس" (arrived, each of the Tunisian
    president Marzouki and the Palestinian Abbas); or with a word that carries the arrivals on
    (arrival_list.continues_arrivals: "، تلاهم الرئيس المصري", the Egyptian president followed them).
    Walked item by item, a bounded look each."""
    out: set[str] = set()
    last = art.last_of_name(i, visitor)
    while (nxt := next(iter(art.near("leaders", i, last.end, last.end + TRAVELLER_LIST_CHARS)), None)) is not None:
        gap = art.text[last.end:nxt.start]
        if pid(nxt) in out | {pid(visitor)} or not continues_arrivals(art, last.end, nxt.start) and (
                art.near("triggers", i, last.end, nxt.start) or art.near("c:clause_breaks", i, last.end, nxt.start)
                or not re.search(r"(^|\s)و\S", gap + nxt.surface[:1])):
            break  # the list ends: one of its people named again, another clause, or no "و" before the item
        out.add(pid(nxt))
        last = art.last_of_name(i, nxt)
    return out


def listed_destinations(art: Article, i: int, c: Candidate) -> list[Candidate]:
    """The trip's other countries listed with "و" (and) right after its destination:
    "خلال زيارته الحالية لإسرائيل والضفة الغربية" (his visit to Israel and the West Bank)
    is a visit to each; the head of each further country receives him. When the sentence tells the
    trip opening (opened_here) the further countries are legs ahead, not reported by it, nor of its day.
    The host is unnamed in the sentence: the head of the country (c.host no mention), or a leader the
    article names in another sentence ("قام بزيارة إسرائيل والضفة الغربية والأردن" with نتانياهو named
    further on: the West Bank and Jordan are legs all the same); a host the sentence names lists none.
    The list is the trip word's own when its first country follows it closely with no other trip or
    meeting word between: in "في إطار زيارة الرئيس لمنطقة الشرق الأوسط التي بدأت اليوم، وتشمل زيارة
    إسرائيل والضفة الغربية والأردن" the countries are the second visit word's, legs ahead."""
    if c.host.start >= 0 and art.sentences[i][0] <= c.host.start < art.sentences[i][1]:
        return []
    first = next((p for p in sorted(art.places.get(i, []), key=lambda p: p.start)
                  if p.start >= c.hit.end and p.country == c.country), None)
    if first is None or first.start - c.hit.end > DESTINATIONS_CHARS or trigger_between(art, i, c.hit.end, first.start):
        return []
    out, seen = [], {c.country, c.visitor.country}
    opened = opened_here(art, i, c.hit)
    ahead = opened or itinerary_told(c.hit)  # "جولة تشمل" (includes): the legs after the first, not its news
    planned = opened and (c.date is None or art.published is None or c.date >= art.published)
    for p in listed_places(art, i, c.hit.end, c.country):
        if p.country and p.country not in seen:
            seen.add(p.country)
            # undated, a country whose office changed hands in the period: the likeliest head, as for the first
            head = country_head(p.country, art.period, art.named, art.surnamed) \
                or likely_head(c.visitor, p.country, art.period, art.named, art.surnamed, titled_named(art))
            if head is not None and pid(head) != pid(c.visitor):
                leg = replace(c, host=head, country=p.country, city=city_of(p), confidence=c.confidence * 0.9)
                if ahead:  # the opening's day is not the leg's
                    leg = replace(leg, kind="referenced", planned=planned, future=planned, date=None, end_date=None,
                                  precision=None, date_evidence=None, date_strong=False)
                out.append(leg)
    return out


OPENING_CHARS = 80  # from "يبدأ" / "مستهل" (begins, the start of) over the subject and day to the visit noun


def opened_here(art: Article, i: int, h: Hit) -> bool:
    """A visit noun whose trip opens where its sentence tells it: after an arrival ("وصل أوباما إلى
    تل أبيب في مستهل زيارة لإسرائيل والأراضي الفلسطينية", arrived in Tel Aviv at the start of a
    visit to Israel and the Palestinian territories) or a word of opening ("يبدأ أوباما اليوم أول
    زيارة لإسرائيل والأراضي الفلسطينية والأردن", begins today); so does the verb phrase "يبدأ زيارة" itself
    ("أوباما الذي يبدأ زيارة لإسرائيل والأردن", who begins a visit). "في ختام زيارته" (at its end) is not."""
    if fold_term(h.term).split()[0] in grammar_words("trip_opening_words"):
        return True
    if trigger_spec(h.group)["role"] != "visit" or trigger_spec(h.group).get("tense"):
        return False
    if any(t.group.startswith("t:") and t.end <= h.start and trigger_spec(t.group)["role"] == "arrive"
           for t in art.by_sent.get(i, ())):
        return True
    lo = max(art.sentences[i][0], h.start - OPENING_CHARS)
    return any(w.strip("،,").removeprefix("و") in grammar_words("trip_opening_words")
               for w in art.folded_slice(lo, h.start).split())


def further_destination_head(art: Article, i: int, h: Hit, country: str | None, visitor: Any) -> Any | None:
    """When the head of the trip's destination is unknown (an undated article whose period
    holds two of them), the known head of the first further country listed with it: in
    "زيارته لإسرائيل والضفة الغربية" the West Bank's president receives him all the same
    (listed_destinations adds the rest once a host is known)."""
    for p in listed_places(art, i, h.end, country):
        if p.country and p.country not in (country, visitor.country):
            head = country_head(p.country, art.period, art.named, art.surnamed)
            if head is not None and pid(head) != pid(visitor):
                return head
    return None
