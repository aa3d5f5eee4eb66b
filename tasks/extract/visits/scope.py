"""How far a denial or a hedge reaches: "نفى" (denied) or "رفض" (refused) before a meeting word
governs it unless a new clause opens between them, with "وذلك" (and that) or a speech verb of its own
("حيث قال", as he said)."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


def out_of_scope(art: Article, i: int, cue: Hit, h: Hit) -> bool:
    """A new clause opens between a denial or a hedge and the trigger: "وذلك" (and that), or a
    speech verb after a comma, "و" or "حيث": "نفى بوتين مسؤولية موسكو، حيث قال في مؤتمر صحفي جمعه
    بميركل" (Putin denied Moscow's responsibility, as he said at a press conference with Merkel) denies
    the responsibility, not the press conference. "نفى ما ذكرت الصحيفة عن لقاء" (denied what the paper
    said about a meeting) keeps its reach: its speech verb opens no clause."""
    if art.near("c:setting_links", i, cue.end, h.start):
        return True
    return any(_opens_clause(art, s) for s in art.near("c:speech", i, cue.end, h.start))


def _opens_clause(art: Article, s: Hit) -> bool:
    """The speech verb starts a clause: wa- on it, or a comma or "حيث" (as, where) right before it."""
    if WA in s.prefix:
        return True
    before = art.text[max(0, s.start - 8):art.word_start(s.start)].rstrip()
    return before.endswith(("\u060c", ",")) or fold_term(before.split()[-1] if before.split() else "") in grammar_words("speech_openers")
