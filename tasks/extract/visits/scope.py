"""How far a denial or a hedge reaches: "نفى" (denied) or "رفض" (refused) before a meeting word
governs it unless a new clause opens between them, with "وذلك" (and that) or a speech verb of its own
("حيث قال", as he said), or the meeting word only dates the act they govern, after "أثناء" (during);
nor is "رفض" the noun of a stance taken on a visit, joined to it by li- ("رفض شعبي لزيارة", a popular
rejection of the visit), a refusal of it."""
from __future__ import annotations

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.begun import begun_relative
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA, fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


def out_of_scope(art: Article, i: int, cue: Hit, h: Hit) -> bool:
    """A new clause opens between a denial or a hedge and the trigger: "وذلك" (and that), or a
    speech verb after a comma, "و" or "حيث": "نفى بوتين مسؤولية موسكو، حيث قال في مؤتمر صحفي جمعه
    بميركل" (Putin denied Moscow's responsibility, as he said at a press conference with Merkel) denies
    the responsibility, not the press conference. "نفى ما ذكرت الصحيفة عن لقاء" (denied what the paper
    said about a meeting) keeps its reach: its speech verb opens no clause."""
    if art.near("c:setting_links", i, cue.end, h.start) or _during_frame(art, cue, h) or begun_relative(art, i, cue.end, h) \
            or stance_on_visit(art, i, cue, h):
        return True
    return any(_opens_clause(art, s) for s in art.near("c:speech", i, cue.end, h.start)) or copula_topic(art, i, cue, h)


def copula_topic(art: Article, i: int, cue: Hit, h: Hit) -> bool:
    """The hedge adverb (grammar hedge_adverbs, "ربما") governs a copula ("يكون", may be) right after it, and the
    meeting noun h is the genitive of a noun after a preposition (grammar topic_prepositions), no meeting word
    between: "ربما يكون رجل الأعمال المصري من أكبر المستفيدين من تبعات القمة" (the Egyptian businessman may be among
    the biggest winners from the consequences of the summit) hedges his gain, not the summit. Not a noun of holding
    or wish before it ("ربما يكون من المفيد عقد قمة", holding a summit may be useful), nor a definite one (no
    genitive head), nor the copula's own subject ("ربما تكون القمة", visits.vetoes._modal_predicate)."""
    if fold_term(cue.term) not in grammar_words("hedge_adverbs") or trigger_spec(h.group).get("tense"):
        return False
    after = art.folded_slice(art.word_end(cue.end), h.start).split()
    if not after or after[0] not in grammar_words("hedged_copulas") \
            or any(t.group.startswith("t:") and cue.end <= t.start < h.start for t in art.by_sent.get(i, ())):
        return False
    before = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 2)]
    kept = grammar_words("holding_nouns") | grammar_words("purpose_holding") | grammar_words("modal_nouns")
    return len(before) == 2 and before[0] in grammar_words("topic_prepositions") and not before[1].startswith("ال") \
        and before[1] not in kept


STANCE_GAP_WORDS = 3  # words between a stance noun and its li- visit noun: "رفض الحركة الشعبي لزيارة"


def stance_on_visit(art: Article, i: int, cue: Hit, h: Hit) -> bool:
    """The cue is a noun of stance (grammar.yaml stance_nouns: "رفض", rafd, rejection) whose object is the visit
    noun h, joined by li- past at most its owner or adjective: "هناك رفض شعبي لزيارة الرئيس الإيراني لمصر"
    (there is popular rejection of the Iranian president's visit to Egypt), "الرفض الشعبي لزيارة". A verb takes
    its object bare ("رفض زيارة دمشق", refused to visit Damascus: not held), so the li- tells the noun: the
    stance is on a visit the article tells as such, under way or planned, as "احتجاجا على زيارة" (in protest
    at the visit) is; the visit's own words say which. Not past a comma, another trigger or an invitation
    ("رفض تلبية دعوة لزيارة", refused to answer an invitation to visit: not held)."""
    # li- on it ("لزيارة", "للزيارة"), not the article's lam ("الزيارة", "بالزيارة": a bare or bi- object)
    if trigger_spec(h.group).get("tense") or trigger_spec(h.group)["role"] != "visit" or "ل" not in h.prefix.replace("ال", ""):
        return False
    if fold_term(art.text[art.word_start(cue.start):art.word_end(cue.end)]).removeprefix(WA) not in grammar_words("stance_nouns"):
        return False
    gap = art.folded_slice(art.word_end(cue.end), art.word_start(h.start))
    return len(gap.split()) <= STANCE_GAP_WORDS and not any(p in gap for p in "،,.:؛") \
        and not any(cue.end <= t.start < h.start for t in art.by_sent.get(i, ()) if t.group.startswith("t:")) \
        and not art.near("c:invitation", i, cue.end, h.start) and not art.near("c:hypothetical", i, cue.end + 1, h.start)


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
