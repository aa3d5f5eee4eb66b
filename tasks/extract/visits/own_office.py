"""A leader titled by a lesser office he also holds: "ولي العهد السعودي رئيس مجلس الوزراء الأمير محمد بن سلمان"
(the Saudi crown prince and, since September 2022, prime minister), "نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي
الشيخ محمد بن راشد" (the UAE's vice-president, prime minister and ruler of Dubai), "ولي العهد رئيس الوزراء البحريني
الأمير سلمان بن حمد". The office nouns of that title ("ولي العهد", "نائب", "حاكم": triggers.yaml official_nouns)
(and nonleader_slot) are his own, so none of the official's rules ("the meeting is the crown prince's, not the leaders'") may take the
trigger from him. Only when the first person named after the noun, in the same title phrase (no comma, full
stop, preposition or meeting word between), holds a head-of-state/government office AND a lesser one on the article's day (the lexicon's
tenures): a leader who holds no lesser office ("استقبل ولي العهد السعودي الرئيس ترامب", in 2017) is the crown
prince's guest, and the noun stays the official's. Read by article.Article.hits (art is that Article)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.leaders import is_leader, leader_offices
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

TITLE_CHARS = 80  # from an office noun to the name its title phrase ends in, past other offices of his
_OFFICIAL = ("c:official_nouns", "c:nonleader_slot")  # as article.OFFICIAL_CUES
_BREAKS = frozenset("\u060c,.:;\u061b()\n")


def leaders_own_offices(art: Any, hits: list[Hit]) -> list[Hit]:
    """hits less the official's nouns (c:official_nouns, c:nonleader_slot) that title a leader who also holds
    a lesser office."""
    if not any(h.group in _OFFICIAL for h in hits):
        return hits
    starts = [h.start for h in hits if h.group.startswith("t:")]  # the meeting words (art.hits is not built yet)
    return [h for h in hits if h.group not in _OFFICIAL or not _titles_dual_leader(art, h, starts)]


def _titles_dual_leader(art: Any, c: Hit, trigger_starts: list[int]) -> bool:
    ms = art.persons.get(art.sent_of(c.start), [])
    # the noun opens a title the lexicon resolved ("ولي العهد السعودي", on a day its holder is also premier)
    m = next((m for m in ms if m.start <= c.start < m.end), None)
    if m is None:
        after = sorted((m for m in ms if m.start >= c.end), key=lambda m: m.start)
        if not after or after[0].start - c.end > TITLE_CHARS or _BREAKS & set(art.text[c.end:after[0].start]):
            return False
        m = after[0]
        # title words only: no preposition ("نائب رئيس الوزراء الكويتي مع الشيخ ...") nor meeting word between
        words = {w.strip("\u060c,") for w in art.folded_slice(c.end, m.start).split()}
        if words & (grammar_words("noun_prepositions") | grammar_words("frame_prepositions")) \
                or any(c.end <= t < m.start for t in trigger_starts):
            return False
    return is_leader(m) and bool(set(m.offices or ()) - leader_offices())
