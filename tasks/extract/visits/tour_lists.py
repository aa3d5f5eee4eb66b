"""A tour noun and the countries its clause lists, whatever stands between: "جولته الإفريقية التي تشمل كلاً من
تنزانيا وموزمبيق" (his African tour, which includes Tanzania and Mozambique), "في جولته من 3 إلى 6 أفريل بكل من
النيجر وبوركينا فاسو ومالي" (on his tour from 3 to 6 April in Niger, Burkina Faso and Mali), "جولته في المنطقة
والتي شملت أيضا إسرائيل" (his tour of the region, which also took in Israel).

triggers.yaml lists the tours whose words run straight into the first country ("جولة تشمل", "جولته التي شملت",
"جولة أفريقية تشمل كل من"); an adjective, a relative "التي", a day span or a region between the noun and its
"includes" each make a new phrase the list lacks. Here the noun (grammar.yaml `listed_tour_nouns`) is read up to
its link: an itinerary verb (`itinerary_verbs`, "تشمل": told in the present; `included_past`, "شملت": held) or
"in each of" (`listed_tour_links`: "بكل من"), over at most LINK_WORDS words that only describe the tour (an
adjective in -iyya, "الإفريقية"; `listed_tour_fillers`: "التي", "الأولى"; a date of the sentence; a region with no
country, "في المنطقة"), then past "also" and "each of" (`listed_tour_each`), the first country must follow at once.
A tour its verb tells ahead ("ستشمل", will include; "سوف تشمل") is left alone. The span, noun to link, becomes the hit of the tour phrase the list would hold (tour_making for the present or
"بكل من", tour_past for the past), so the tour rules read it as they read the listed ones (place_after, the further
legs, a tour ahead or framing another trip: tour_making.tours_under_way). A person named inside the span
("جولة كيري الأولى") leaves it alone: the noun's owner is then not read the way the tour rules read it."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import sa_future
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, FA, WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

UNDER_WAY_WORDS = 4  # from "يقوم" (is making) over the subject to the tour: "ويقوم أردوغان حاليا بجولة"
LINK_WORDS = 7  # from the tour noun to its link: "جولته من 3 إلى 6 أفريل الجاري بكل من"
TOUR_GROUPS = ("t:tour_making", "t:tour_past")
CLAUSE_END = re.compile(r"[.:;!?\u061b\u061f\"«»“”()]")
PROCLITICS = (WA, FA, BI)  # wa-, fa-, bi-: "وجولته", "بجولة"
TOUR_STEM = re.compile("\u062c\u0648\u0644")  # جول, the stem of every tour noun: only its sentences are read
ADJECTIVE_END = "\u064a\u0647"  # -iyya folded (ية -> يه): "الافريقيه", "اوروبيه"


def listed_tours(art: Any, hits: list[Hit]) -> list[Hit]:
    """The hits with a tour phrase added for each tour noun whose clause lists its countries past words the
    trigger list does not hold (read by article.Article.hits, before tours_under_way)."""
    added: list[Hit] = []
    for hit in tour_phrases(art, hits=hits):
        if not any(h.group in TOUR_GROUPS and h.start < hit.end and hit.start < h.end for h in added):
            added.append(hit)
    if not added:
        return hits
    # a listed phrase cut short by the list's words ("جولته التي تشمل" before "كلا من") gives way to the longer one
    kept = [h for h in hits if not any(h.group in TOUR_GROUPS and a.start <= h.start and h.end <= a.end for a in added)]
    added = [a for a in added if not any(h.group in TOUR_GROUPS and h.start < a.end and a.start < h.end for h in kept)]
    return sorted(kept + added, key=lambda h: (h.start, -h.end))


def tour_phrases(art: Any, leaders_only: bool = False, hits: list[Hit] | tuple = ()) -> list[Hit]:
    """The tour phrases of the text (see the module's docstring), none framing a trip of the matcher's `hits`; with
    leaders_only, of the sentences naming a leader only (visits._read asks it of an article with no other trigger
    beside a leader)."""
    out: list[Hit] = []
    for i in sorted({art.sent_of(m.start()) for m in TOUR_STEM.finditer(art.text)}):
        if leaders_only and not art.leaders.get(i):
            continue
        lo, hi = art.sentences[i]
        words = [(lo + w.start(), lo + w.end(), w.group()) for w in re.finditer(r"\S+", art.text[lo:hi])]
        out.extend(h for k in range(len(words)) if TOUR_STEM.search(words[k][2])
                   for h in [_tour_phrase(art, i, words, k, hits)] if h is not None)
    return out


def itinerary_told(h: Hit) -> bool:
    """The tour phrase h lists its countries after a present "includes" ("جولة تشمل", "جولته الإفريقية التي تشمل"):
    the whole itinerary, told while under way, so the countries after the first are legs still ahead (read by
    tour.listed_destinations as it reads a trip's opening). "بكل من" (in each of) or a past "شملت" tells no itinerary."""
    return h.group == "t:tour_making" and any(w.removeprefix(WA) in grammar_words("itinerary_verbs")
                                              for w in fold_term(h.term).split())


def _tour_phrase(art: Any, i: int, words: list[tuple[int, int, str]], k: int, hits: list[Hit] | tuple) -> Hit | None:
    """The tour phrase opening at word k of sentence i (see the module's docstring), or None."""
    start, end, raw = words[k]
    word = fold_term(raw.strip("\u060c,"))
    prefix = next((p for p in PROCLITICS if word.startswith(p) and word[1:] in _nouns()), "")
    if word.removeprefix(prefix) not in _nouns() or CLAUSE_END.search(raw):
        return None
    link = _link(art, i, words, k + 1)
    if link is None:
        return None
    j, group = link
    j = _past_each(words, j)
    link_end = words[j - 1][1]
    if j >= len(words) or not _country_at(art, i, words[j][0]) or art.near("persons", i, end, link_end):
        return None
    if _frames_a_trip(art, i, start, hits) or (group == "t:tour_past" and _under_way(words, k)):
        return None
    return Hit(start + len(prefix), link_end, group, art.folded_slice(start + len(prefix), link_end), prefix, "")


def _frames_a_trip(art: Any, i: int, start: int, hits: list[Hit] | tuple) -> bool:
    """An arrival or a visit word of the sentence comes before the tour noun: the tour frames that trip, its listed
    countries the trip's other legs ("وصل أوباما مساء الجمعة إلى الأردن المحطة الأخيرة ضمن جولته في الشرق الأوسط
    والتي شملت إسرائيل", arrived in Jordan, the last stop of his tour, which took in Israel), as
    tour_making.tours_under_way reads the listed phrases. Read on the matcher's hits (the article's are not built yet)."""
    lo = art.sentences[i][0]
    return any(h.group.startswith("t:") and h.group not in TOUR_GROUPS and lo <= h.start and h.end <= start
               and trigger_spec(h.group)["role"] in ("arrive", "visit") for h in hits)


def _under_way(words: list[tuple[int, int, str]], k: int) -> bool:
    """The tour noun at word k is told under way (grammar.yaml `tour_under_way_words` within UNDER_WAY_WORDS words
    before it: "ويقوم أردوغان حاليا بجولة أوروبية شملت التشيك والمجر، ويختتمها اليوم بزيارة سلوفاكيا", is now on a
    tour that took in Czechia and Hungary and ends it today in Slovakia): its past "took in" tells the legs done
    before the one of the day, mentioned in passing."""
    before = [fold_term(w[2].strip("\u060c,")).removeprefix(WA) for w in words[max(0, k - UNDER_WAY_WORDS):k]]
    return any(w in grammar_words("tour_under_way_words") for w in before)


def _link(art: Any, i: int, words: list[tuple[int, int, str]], k: int) -> tuple[int, str] | None:
    """(the word index after the link, the tour group it tells) for the first link within LINK_WORDS of word k,
    only describing words before it; None otherwise."""
    for j in range(k, min(len(words), k + LINK_WORDS)):
        start, end, raw = words[j]
        word = fold_term(raw.strip("\u060c,"))
        verb = word.removeprefix(WA)
        if verb in grammar_words("itinerary_verbs") and not CLAUSE_END.search(raw):
            ahead = sa_future(word) or (j > k and sa_future(fold_term(words[j - 1][2])))  # "ستشمل", "سوف تشمل"
            return None if ahead else (j + 1, "t:tour_making")
        if verb in grammar_words("included_past") and not CLAUSE_END.search(raw):
            return j + 1, "t:tour_past"
        pair = " ".join(fold_term(w[2].strip("\u060c,")) for w in words[j:j + 2])
        if pair in grammar_words("listed_tour_links") and not CLAUSE_END.search(words[j][2]):
            return j + 2, "t:tour_making"
        if CLAUSE_END.search(raw) or not _describes(art, i, start, end, word):
            return None
    return None


def _describes(art: Any, i: int, start: int, end: int, word: str) -> bool:
    """A word that only describes the tour: an adjective, a filler, a date's word, a region or its preposition."""
    if word in grammar_words("listed_tour_fillers") or (word.endswith(ADJECTIVE_END) and len(word) > 4):
        return True
    dates = art.dates.get(i, ())
    if any(d.start < end and start < d.end for d in dates):
        return True
    if word in grammar_words("listed_tour_spans") and any(d.start > end and d.start - end <= 2 for d in dates):
        return True  # "من 3 إلى 6 أفريل" (from the 3rd to the 6th of April): the span's "from" before its date
    regions = [p for p in art.places.get(i, ()) if not p.country]
    if any(p.start < end and start < p.end for p in regions):
        return True
    return word in grammar_words("locatives") and any(p.start >= end and p.start - end <= 2 for p in regions)


def _past_each(words: list[tuple[int, int, str]], j: int) -> int:
    """The word index past "also" and "each of" after the link: "تشمل أيضا كلا من"."""
    for _ in range(2):
        if j < len(words) and fold_term(words[j][2].strip("\u060c,")) in grammar_words("listed_tour_each"):
            j += 1
        pair = " ".join(fold_term(w[2].strip("\u060c,")) for w in words[j:j + 2])
        if pair in grammar_words("listed_tour_each"):
            j += 2
    return j


def _country_at(art: Any, i: int, pos: int) -> bool:
    """A place of a country starts at the word at pos (a glued li- or bi- allowed)."""
    return any(p.country and pos <= p.start <= pos + 2 for p in art.places.get(i, ()))


def _nouns() -> frozenset[str]:
    return grammar_words("listed_tour_nouns")
