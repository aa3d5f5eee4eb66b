"""A leader's aside told ahead: a relative clause set off by commas right after a leader's name and opened
by a sa- future tells that leader's next engagement, not the meeting the sentence's main verb tells once the
clause has closed: in "وعقد نجاد، الذي سيشارك الأربعاء والخميس في القمة الإسلامية، اجتماعا مع نظيره المصري"
(Ahmadinejad, who will take part on Wednesday and Thursday in the Islamic summit, held a meeting with his
Egyptian counterpart) the future and the days are the summit's; the meeting was held. Only an aside that names
nobody and no meeting but a summit: "عباس، الذي سيلتقي أوباما الأحد، ..." (Abbas, who will meet Obama on
Sunday) tells a meeting ahead of its own. A past aside ("أردوغان، الذي وصل أمس، التقى بوتين", who arrived
yesterday) dates the visit it belongs to (clauses.enclosed_relative) and is none of this. The aside may follow
the trigger too: "استقبل مرسي نظيره نجاد، الذي سيشارك الأربعاء في القمة، في المطار" (received Ahmadinejad,
who will take part on Wednesday in the summit) was not on Wednesday. Not the clause of a leader's own visit or
meeting noun: "خلال زيارة الرئيس الأمريكي أوباما، التي ستبدأ غدا" (during Obama's visit, which begins tomorrow)."""
from __future__ import annotations

import re

from tasks.extract.tense import sa_future
from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import LEADER_COMMA_CHARS, comma_relative
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

ASIDE_CHARS = 120  # from the aside's comma and relative pronoun to a cue or a day inside it
COMMA = re.compile(r"[\u060c,]")


def ahead_aside(art: Article, i: int, pos: int, h: Hit) -> bool:
    """pos (a plan cue or a day of sentence i) lies in a leader's aside told ahead that does not hold the
    trigger h: h stands before the aside's comma, or after the comma that closes it."""
    s, e = art.sentences[i]
    lo = max(s, pos - ASIDE_CHARS)
    opened = list(comma_relative().finditer(art.folded_slice(lo, pos)))
    if not opened:
        return False
    comma, first = lo + opened[-1].start(), lo + opened[-1].end()
    if COMMA.search(art.folded_slice(comma + 1, pos)):
        return False  # the clause closed before pos
    close = COMMA.search(art.folded_slice(pos, e))
    end = pos + close.start() if close else e
    if comma <= h.start < end:
        return False  # the trigger is the clause's own
    words = art.folded_slice(first, end).split()
    if not words or not sa_future(words[0]):
        return False
    owner = next((p for p in art.leaders.get(i, []) if 0 <= comma - p.end <= LEADER_COMMA_CHARS), None)
    if owner is None:
        return False  # another noun's clause ("القمة، التي ستعقد ...")
    if any(not trigger_spec(t.group).get("tense") and getattr(art.genitive_leader(i, t), "start", None) == owner.start
           for t in art.near("triggers", i, s, owner.start)):
        return False  # the clause of the leader's visit: "خلال زيارة أوباما، التي ستبدأ غدا" (which begins tomorrow)
    summits = trigger_words("summit_nouns")
    return not art.near("persons", i, comma + 1, end) and all(
        fold_term(t.term) in summits for t in art.near("triggers", i, comma + 1, end))
