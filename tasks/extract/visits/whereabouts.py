"""A leader told where he is on the article's day, whatever the verb: "دعا رئيس الحكومة الجزائرية عبد المالك
سلال، أمس الأربعاء في نواكشوط، إلى ..." (the Algerian prime minister called, yesterday Wednesday in Nouakchott,
for ...). The sentence opens with its verb, its subject a leader right after it (public_act.anchored_subject), and
between his name and a place of another country stand only commas, locatives with their nisba ("في العاصمة
الموريتانية") and a day the text dates as now (today, yesterday, or a weekday of the last DAYS_NOW days; in an
undated article a relative day or a weekday), or the day follows the place with only a comma between ("في
نواكشوط، أمس"). Whatever he did there, he was there that day: his trip, read as triggers.yaml own_act_verb's (the
verb its hit, public_act.verb_owner its judge: no plan, negation nor video, a present verb only with "اليوم", not a
gathering's), hosted by that country's head by office (abroad_meeting) unless a counterpart is named. Only in a
sentence with no visit word of its own (those are the trigger rules' to read) and no speech verb's "that" clause
before the place (what he said happened there is not where he was)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.public_act import SPOKE_FROM, VERB_ACT, anchored_subject
from ziyarat.arabic import AL, BI, FI, WA, fold_term, nisba
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

DAYS_NOW = 2  # a day told as now: publication's, or up to two days before ("مساء الثلاثاء" in Thursday's paper)
GAP_CHARS = 90  # from the leader's name to the place: "، أمس الأربعاء في العاصمة الموريتانية" (public_act.ACT_PLACE_CHARS)
_CLAUSE = ".:;\u061b\"'«»“”()"


def dated_whereabouts(art: Any, hits: list[Hit]) -> list[Hit]:
    """hits with an own_act_verb hit on the opening verb of each sentence that tells its leader subject in a
    place of another country on a day told as now (module doc); read by article.Article.hits before
    public_act.abroad_acts judges it."""
    told = {art.sent_of(h.start) for h in hits if h.group.startswith("t:") and h.group != SPOKE_FROM}  # "أكد" (said)
    # is spoke_from's only before "من" (from): "أكد X، الخميس، بفيينا" is told here
    added = [v for i in sorted(art.leaders) if i not in told and (v := _opening_verb(art, i)) is not None]
    return sorted(hits + added, key=lambda h: (h.start, h.end)) if added else hits


def placed_now(art: Any) -> bool:
    """Whether some sentence tells its leader subject abroad on a day told as now (the article's quick check, before
    its hits are walked: visits._read)."""
    return any(_opening_verb(art, i) is not None for i in sorted(art.leaders))


def _opening_verb(art: Any, i: int) -> Hit | None:
    """The pseudo-trigger on sentence i's first word when its subject is placed abroad on a day told as now."""
    if not art.leaders.get(i):
        return None
    subject = anchored_subject(art, i)
    if subject is None or not is_leader(subject) or art.in_speech_at(subject.start):
        return None
    lo = art.sentences[i][0]
    words = art.text[lo:subject.start].split()
    if not words:
        return None
    first = words[0]
    start = art.text.index(first, lo)
    verb = fold_term(first.strip("\u060c,"))
    bare = verb.removeprefix(WA)
    if bare.startswith(AL) or bare in grammar_words("act_verb_blockers") or bare in grammar_words("future_particles") \
            or bare in grammar_words("frame_prepositions") or bare in grammar_words("noun_prepositions") \
            or bare in trigger_words("complementizers") or len(bare) < 3:
        return None
    place = _dated_place(art, i, subject)
    if place is None:
        return None
    prefix = WA if verb.startswith(WA) and len(verb) > 3 else ""
    return Hit(start + len(prefix), start + len(first), VERB_ACT, verb[len(prefix):], prefix, "")


def _dated_place(art: Any, i: int, subject: Any) -> Any:
    """The first place after the subject, of another country, when only commas, locatives, nisba adjectives and a day told as now stand
    between (or the day right after it, past a comma); else None."""
    p = next((p for p in art.places.get(i, []) if p.start >= subject.end), None)
    if p is None or p.start - subject.end > GAP_CHARS or any(c in _CLAUSE for c in art.text[subject.end:p.start]) \
            or not p.country or p.country == subject.country:
        return None
    glued = art.text[p.start - 1] in BI  # "بفيينا": bi- on the place, no word of the gap
    if not (glued or FI in {fold_term(w.strip("\u060c,")) for w in art.text[subject.end:p.start].split()}):
        return None  # "في نواكشوط", "بنواكشوط": where he was (a quick look first: the dates are found lazily)
    days = [d for d in art.dates.get(i, []) if subject.end <= d.start and d.end <= p.start]
    gap = "".join(" " if any(d.start <= k < d.end for d in days) else c
                  for k, c in enumerate(art.text[subject.end:p.start - glued], subject.end))
    words = [w for w in (fold_term(w.strip("\u060c,")) for w in gap.split()) if w]
    if not all(w in grammar_words("locatives") and w not in grammar_words("goal_prepositions") or nisba(w) for w in words):
        return None  # "دعا X، أمس، إلى" (called for): a goal or an object, no whereabouts
    if not (glued or words and words[-1] == FI):
        return None  # "في" right before the place, past the day
    if not days:
        after = [d for d in art.dates.get(i, []) if d.start >= p.end
                 and not art.text[p.end:d.start].strip(" \u060c,")]
        days = after[:1]
    return p if any(_now(art, d) for d in days) else None


def _now(art: Any, d: Any) -> bool:
    """A day the text dates as now: publication's or up to DAYS_NOW days before it; undated, a relative day or a
    weekday (its own day, as undated_day reads one)."""
    if d.precision != "day":
        return False
    if art.published is None:
        return d.kind in ("relative", "weekday")
    return dt.timedelta(0) <= art.published - d.date <= dt.timedelta(days=DAYS_NOW)
