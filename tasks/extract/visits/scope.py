"""How far a denial or a hedge reaches: "نفى" (denied) or "رفض" (refused) before a meeting word
governs it unless a new clause opens between them, with "وذلك" (and that) or a speech verb of its own
("حيث قال", as he said), or the meeting word only dates the act they govern, after "أثناء" (during)."""
from __future__ import annotations

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.begun import begun_relative
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


def out_of_scope(art: Article, i: int, cue: Hit, h: Hit) -> bool:
    """A new clause opens between a denial or a hedge and the trigger: "وذلك" (and that), or a
    speech verb after a comma, "و" or "حيث": "نفى بوتين مسؤولية موسكو، حيث قال في مؤتمر صحفي جمعه
    بميركل" (Putin denied Moscow's responsibility, as he said at a press conference with Merkel) denies
    the responsibility, not the press conference. "نفى ما ذكرت الصحيفة عن لقاء" (denied what the paper
    said about a meeting) keeps its reach: its speech verb opens no clause."""
    if art.near("c:setting_links", i, cue.end, h.start) or _during_frame(art, cue, h) or begun_relative(art, i, cue.end, h):
        return True
    return any(_opens_clause(art, s) for s in art.near("c:speech", i, cue.end, h.start))


def _opens_clause(art: Article, s: Hit) -> bool:
    """The speech verb starts a clause: wa- on it, or a comma or "حيث" (as, where) right before it."""
    if WA in s.prefix:
        return True
    before = art.text[max(0, s.start - 8):art.word_start(s.start)].rstrip()
    return before.endswith(("\u060c", ",")) or fold_term(before.split()[-1] if before.split() else "") in grammar_words("speech_openers")


def _during_frame(art: Article, cue: Hit, h: Hit) -> bool:
    """The trigger is a meeting word right after a during-word (grammar.yaml during_words) past the cue, a
    past verb: "منعت الشرطة عشرات الفلسطينيين من الوصول إلى مقر الرئاسة أثناء لقاء عباس مع أوباما" (the police
    stopped dozens from reaching the headquarters during Abbas's meeting with Obama) stops the march, not
    the meeting, which only dates it. A hedge of no past ("ربما يثير الملف خلال لقائه", may raise the issue
    during his meeting) still reaches it: the act, and the meeting, may be ahead."""
    before = art.words_before(art.word_start(h.start), 1)
    if not before:
        return False
    word = before[0].strip("\u060c,")
    during = grammar_words("during_words")
    return (word in during or (word[:1] == WA and word[1:] in during)) and cue.end <= art.word_start(h.start) - len(before[0]) \
        and verb_tense(art.text[art.word_start(cue.start):art.word_end(cue.start)]) == "past"
