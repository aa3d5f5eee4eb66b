"""A tour's legs told in the tour noun's own clause, their traveller unnamed there: "ويختتم اليوم رئيس الحكومة
جولته الإفريقية التي يقوم بها على رأس وفد ...، استهلها بزيارة النيجر ثم بوركينافاسو" (the head of government
ends today his African tour ..., which he opened with a visit to Niger, then Burkina Faso), "بعد عودته من جولة زار
خلالها السعودية والإمارات" (after his return from a tour during which he visited Saudi Arabia and the UAE). The
visit word points back at the tour by its pronoun (grammar.yaml tour_leg_openers before it: "استهلها", opened it;
during_it_adverbs after it: "خلالها", during it), and the tour is its owner's: the leader the tour noun's own
pronoun ("جولته", his tour) or the noun of return before it ("عودته من جولة") names. Read by candidates.candidate
when the roles bound no leader; tour.listed_destinations then adds the further legs listed after the first.
A leg the tour's opening verb tells takes no day from its sentence (undated_leg)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.came_from import came_from, origin_traveller
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.public_act import anchored_subject
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

TOUR_LEG_CHARS = 140  # from the tour noun to the leg's visit word: "جولته الإفريقية التي يقوم بها على رأس وفد ...، استهلها"
OWNER_WORDS = 2  # from the noun of return to the tour noun: "عودته من جولة"


def tour_traveller(art: Article, i: int, h: Hit) -> Any | None:
    """The leader whose tour the visit word h of sentence i is a leg of, or None (see the module's docstring); for a
    coming-from participle ("وصل ... قادما من القدس"), the arrival's subject whose earlier leg it tells (came_from)."""
    if came_from(h):
        return origin_traveller(art, i, h)
    if trigger_spec(h.group)["role"] not in ("visit", "arrive") or h.suffix or not _points_back(art, h):
        return None
    found = _tour_before(art, i, h)
    if found is None:
        return None
    tour, start, end = found
    if art.near("triggers", i, end, h.start - 1) or re.search(r"[.:;\u061b\"«»“”]", art.text[end:h.start]):
        return None  # another trip or meeting word, or another clause, between the tour and its leg
    owner = _tour_owner(art, i, start, _fold(tour))
    return owner if owner is not None and is_leader(owner) else None


def tour_purpose_traveller(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The traveller of a li- meeting noun that is the purpose of a tour told before it in its clause: "خلال جولته
    الأوروبية التي بدأها الاثنين من العاصمة الألمانية برلين للقاء المستشارة ميركل" (during his European tour, which he
    began on Monday from the German capital Berlin to meet Chancellor Merkel): the tour's owner (the last person named
    before "جولته", his tour) meets the one named after "للقاء", however far before it he is named. Only with no other
    person, trip or meeting word, nor another clause between the tour noun and the li- noun, and an owner of another
    country than the partner; read by candidates.candidate when the roles bound one side only."""
    if trigger_spec(h.group)["role"] != "meet" or h.suffix or h.prefix not in ("ل", "لل") \
            or partner.start < h.end:
        return None
    found = _tour_before(art, i, h)
    if found is None:
        return None
    tour, start, end = found
    if art.near("triggers", i, end, h.start - 1) or art.near("persons", i, end, h.start) \
            or re.search(r"[.:;\u061b\"«»“”]", art.text[end:h.start]):
        return None  # "جولته ... التي التقى خلالها X، للقاء Y": the tour's own meetings
    owner = _tour_owner(art, i, start, _fold(tour))
    return owner if owner is not None and is_leader(owner) and owner.country != partner.country else None


def _tour_before(art: Article, i: int, h: Hit) -> tuple[str, int, int] | None:
    """The last tour noun (grammar.yaml tour_nouns) within TOUR_LEG_CHARS before h in its sentence: its word and span."""
    lo = max(art.sentences[i][0], h.start - TOUR_LEG_CHARS)
    words = list(re.finditer(r"\S+", art.text[lo:h.start]))
    tour = next((w for w in reversed(words) if _fold(w.group()).removeprefix(WA) in grammar_words("tour_nouns")), None)
    return None if tour is None else (tour.group(), lo + tour.start(), lo + tour.end())


def _fold(word: str) -> str:
    return fold_term(word.strip("،,"))


def _points_back(art: Article, h: Hit) -> bool:
    """The visit word takes the tour's pronoun: an opening verb with it right before ("استهلها بزيارة"), or "during
    it" right after the verb ("زار خلالها")."""
    after = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 12).split()[:1]
    return _opened(art, h) or bool(after and after[0].strip("،,") in grammar_words("during_it_adverbs")
                                   and trigger_spec(h.group).get("tense"))


def _opened(art: Article, h: Hit) -> bool:
    """An opening or closing verb with the tour's pronoun right before the visit word: "استهلها بزيارة"."""
    before = [_fold(w) for w in art.words_before(art.word_start(h.start), 1)]
    return bool(before and before[-1].removeprefix(WA) in grammar_words("tour_leg_openers"))


def _tour_owner(art: Article, i: int, start: int, tour: str) -> Any | None:
    """The tour's owner: with its own pronoun ("جولته") or a noun of return with one right before it ("عودته من
    جولة"), the last person named before it, unless "وذلك" (and that) resumes the main clause between them: then
    the sentence's subject, named first ("أعلن رئيس الوزراء X ... مع Y ...، وذلك في كلمة ألقاها بعد عودته من جولة")."""
    owned = tour.endswith(("ته", "تها"))  # "جولته", "بجولتها" (folded, a bare "جولة" ends in ه)
    if not owned:
        before = [_fold(w) for w in art.words_before(start, OWNER_WORDS)]
        owned = len(before) == OWNER_WORDS and before[-1] == "من" and before[0] in trigger_words("returner_nouns")
    if not owned:
        return None
    prior = sorted((m for m in art.persons.get(i, []) if m.end <= start and not art.in_quote(m.start)), key=lambda m: m.end)
    if not prior:
        return None
    anchor = any(w.strip("،,").removeprefix(WA) == "ذلك" for w in art.folded_slice(prior[-1].end, start).split())
    if not anchor:
        return prior[-1]
    return anchored_subject(art, i)


def undated_leg(art: Article, c: Candidate) -> Candidate:
    """A leg told by the verb that opened or closed the tour ("استهلها بزيارة النيجر", opened it with a visit to Niger)
    takes no day from its sentence: that day is the tour's ("ويختتم اليوم ... جولته", ends it today), not the leg's.
    date_strong with no date: another act's day stands there, so the merge gives the leg no lead's day either (as
    afterward's). A leg told with "during it" ("زار خلالها") is dated as any visit word. The leg a leader came from
    ("قادما من القدس") takes no day from its sentence either, the arrival's (came_from); but weakly: the same visit
    told with its own day ("في ختام زيارتها لفرنسا", at the end of her visit to France) keeps it in the merge."""
    if not (_opened(art, c.hit) or came_from(c.hit)):
        return c
    return replace(c, date=None, end_date=None, precision=None, date_evidence=None, date_strong=not came_from(c.hit))
