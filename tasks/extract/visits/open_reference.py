"""Open references: a mention the article itself leaves open in time, so that other
articles may tell when it was (tasks/aggregate/under_way.py).

A state visit lasts days and its articles (the reactions, the guest's programme, the
protests) name it with no arrival verb and no date: "رفض شعبي لزيارة الرئيس الإيراني
لمصر" (popular rejection of the Iranian president's visit to Egypt). Read alone such a
mention is referenced, since the same words also tell an earlier or a planned visit.
It is *open* when it is a trip (a visit or arrival word: a meeting or a summit is one
day's act, over by the next day's news) and nothing in its sentence places it: no date,
no future or plan ("المقبلة", "من المقرر"), no invitation ("دعاه لزيارة"), no earlier
visit ("الزيارة السابقة", "وكان ... قد", "العام الماضي"), no "after" right before the
trip word ("بعد ساعات على زيارة", hours after the visit: over), no negation,
cancellation or maybe, no international body or its seat ("وصل الى بروكسل" beside
"الاتحاد الاوروبي": the trip may be the body's meeting, hosted by no one's visit). Only an open mention may be made reported by the cross-article
step, when the article was published during a visit other articles report."""
from __future__ import annotations

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.officials import international_body
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words, trigger_words

# cue groups (triggers.yaml, matched as "c:<name>") that place a mention in time or deny it
CLOSING_CUES = ("past_reference", "ago", "lately", "recent_past", "previous_after", "retrospective_after",
                "first_since", "since", "future_plan", "future_after", "invitation", "invitation_accepted",
                "invitation_answered", "hypothetical", "hypothetical_after", "held_if", "modal_predicate",
                "negation", "denial", "unconfirmed", "called_off", "called_off_after")
TRIP_ROLES = ("arrive",)  # triggers.yaml role of the words that set the guest in the host country
AFTER_WORDS = 3  # "بعد ساعات على زيارة" (bad sa'at 'ala ziyara): the "after" word this close before the trip word


def open_reference(art: Article, c: Candidate, planned: bool) -> bool:
    """A referenced trip mention with no date, not planned or future, and no cue in its
    sentence that tells it earlier, later, over, invited, denied or hypothetical."""
    if c.kind != "referenced" or c.date is not None or planned or c.future or c.planned:
        return False
    if not c.hit.group.startswith("t:") or trigger_spec(c.hit.group).get("role") not in TRIP_ROLES:
        return False
    if any(art.cues(c.sentence, "c:" + name) for name in CLOSING_CUES) or international_body(art, c.sentence):
        return False  # ... or a body (its seat) named: the trip may be to the body's meeting, no host's visit
    before = art.words_before(art.word_start(c.hit.start), AFTER_WORDS)
    if any(w.removeprefix(WA) in trigger_words("after_leads") for w in before):
        return False  # "wa-ba'd": the proclitic wa (and) taken off
    s, e = art.sentences[c.sentence]
    return not set(art.folded_slice(s, e).split()) & grammar_words("kana_forms")  # "وكان ... قد": pluperfect
