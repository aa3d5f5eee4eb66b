"""A meeting noun framed by a leader's past act in its clause: "صافح ترامب كيم في مستهل قمتهما"
(Trump shook Kim's hand at the start of their summit), "وقال بوتين أثناء زيارته" (Putin said during
his visit), "عقب اجتماعه" (after his meeting): the meeting was held when the act was, so the noun is
told as past (visits.candidates), whatever plan the article tells of later. So is one a past verb of occurrence
stands right before ("جرت مراسم استقبال", `past_auxiliary`). Past the lead, a past told only by such a frame
(`frame_past_only`: "وأعلن ترامب عقب لقائه كيم أن", Trump announced after his meeting with Kim that) dates the act,
not a meeting of its own: an article that dates the pair's meeting weeks back tells that one again (merge)."""
from __future__ import annotations

import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.governed import demanded_during
from tasks.extract.visits.article import Article, Candidate, lead_sentence
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term, nisba
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

PAST_FRAME_WORDS = 14  # from the frame back over the subject's names to the perfect verb of its clause
OCCASION_CHARS = 80  # from the occasion preposition back over the remarks' owner to "جاءت" (remarks_occasion)
PAST_SUBJECT_CHARS = 30  # from that verb to its subject, a leader, past his title words only (_titles_only)


def frame_words(art: Article, h: Hit) -> int:
    """How many words right before h frame it in time (grammar.yaml during_words, after_words: 1; frame_phrases:
    2, "في ختام" at the end of), 0 when none: "خلال لقائه", "عقب لقائه", "في ختام لقائه" (during, after, at the
    end of his meeting)."""
    words = [fold_term(w.strip("،,")) for w in art.words_before(art.word_start(h.start), 2)]
    return 1 if words and words[-1].removeprefix("و") in grammar_words("during_words") | grammar_words("after_words") \
        else 2 if " ".join(words[-2:]).removeprefix("و") in grammar_words("frame_phrases") else 0


def during_past(art: Article, i: int, h: Hit, sides: tuple = ()) -> bool:
    """The frame (grammar.yaml during_words, after_words, frame_phrases) stands right before h, and the
    nearest verb before it (names skipped) is a perfect with a leader as its subject, no "قد"/"كان"
    before it (background), no "أن" (that), comma or "قبل" (before) between, the subject one of the meeting's
    `sides`: "كما شاركت في استقبال الرئيس ... أثناء زيارته" (it also took part in receiving the president
    during his visit) is no leader's act; in "التقى شي الزعيم الكوري خلال زيارة لكيم قبل قمته مع ترامب" (Xi
    met Kim during a visit of Kim's before his summit with Trump) Xi's act frames no visit of Kim to Trump."""
    frame = frame_words(art, h)
    spans = [(m.start, m.end) for m in art.persons.get(i, []) + art.places.get(i, [])]
    lo = max(art.sentences[i][0], h.start - 200)
    kept = [(fold_term(w.group()), lo + w.end()) for w in re.finditer(r"[^\s،,]+|[،,]", art.text[lo:art.word_start(h.start)])
            if not any(s <= lo + w.start() < e for s, e in spans)][:-frame or None][-PAST_FRAME_WORDS:]
    stops = trigger_words("complementizers") | grammar_words("before_words") | {"،", ","}
    sides = {pid(x) for x in sides if x is not None}
    # an arrival noun with its traveller after it tells the arrival whoever acts: "أغلقت الشرطة المطار في أعقاب
    # وصول كيم"; not a visit noun: "تم الاتفاق عليها خلال زيارة المقريف ... منذ أيام" (agreed during his visit days ago)
    own = trigger_spec(h.group)["role"] == "arrive" and (g := art.genitive_leader(i, h)) is not None and pid(g) in sides
    if frame and demanded_during(art, i, h):
        return False  # "طالبت ... ميركل بحث الرئيس مرسي خلال زيارته" (demanded that Merkel urge Morsi during his visit)
    for k in range(len(kept) - 1, -1, -1) if frame else ():
        if kept[k][0] in stops:
            return False
        if (tense := verb_tense(kept[k][0])) is not None:
            return tense == "past" and not {w for w, _ in kept[max(0, k - 4):k + 1]} & (
                grammar_words("kana_forms") | grammar_words("qad_forms")) \
                and (own or any(0 <= m.start - kept[k][1] <= PAST_SUBJECT_CHARS and pid(m) in sides
                                and _titles_only(art.folded_slice(kept[k][1], m.start)) for m in art.leaders.get(i, [])))
    return False


def _titles_only(folded: str) -> bool:
    """Only title words between a verb and its subject: "الرئيس الأمريكي" (the American president)."""
    return all(w in grammar_words("masculine_titles") or nisba(w) for w in folded.split())


def past_auxiliary(art: Article, h: Hit) -> bool:
    """A past verb of occurrence stands right before a meeting noun: "جرت مراسم استقبال"
    (jarat, a reception took place), "أقيمت مأدبة": the noun is told as done; so is "كان" right
    before a reception: "وكان في استقبال أوباما ... بيريز" (Peres was among those who received Obama); so is
    the occasion of what was said: "جاء ذلك خلال زيارة البشير" (that came during al-Bashir's visit), and so is the
    occasion of a leader's remarks (`remarks_occasion`)."""
    raw = art.words_before(art.word_start(h.start), 3)
    words = [w.lstrip(CONJUNCTIONS) for w in raw[-2:]]
    return any(w in trigger_words("past_event_verbs") for w in words) \
        or (trigger_spec(h.group)["role"] == "reception" and bool(words) and words[-1] in grammar_words("kana_forms")) \
        or (len(raw) == 3 and raw[0] in grammar_words("occasion_verbs") and raw[2] in grammar_words("occasion_preps")) \
        or remarks_occasion(art, h)


def remarks_occasion(art: Article, h: Hit) -> bool:
    """The meeting word is the occasion of remarks that came ("وجاءت تصريحات ترامب أثناء استضافته رئيس الوزراء
    الياباني", Trump's remarks came while he hosted the Japanese prime minister): a past occasion verb, a remark
    noun (triggers.yaml own_act_heads) right after it, its owner a person named (title words only besides), then
    the occasion preposition right before the meeting word: the meeting was held when the remarks were made."""
    start, i = art.word_start(h.start), art.sent_of(h.start)
    lo = max(art.sentences[i][0], start - OCCASION_CHARS)
    words = [(fold_term(w.group()), lo + w.start()) for w in re.finditer(r"[^\s،,]+|[،,]", art.text[lo:start])]
    if not words or words[-1][0] not in grammar_words("occasion_preps"):
        return False
    for k in range(len(words) - 3, -1, -1):
        if words[k][0] in grammar_words("occasion_verbs") and words[k + 1][0] in trigger_words("own_act_heads"):
            # the owner: any person (a possessor, so no leader's mention), within the window only (linear time)
            spans = [(m.start, m.end) for m in art.near("persons", i, words[k + 1][1], words[-1][1]) if m.end <= words[-1][1]]
            between = [w for w, at in words[k + 2:-1] if not any(s <= at < e for s, e in spans)]
            return bool(spans) and _titles_only(" ".join(between))
    return False


def frame_past_only(art: Article, c: Candidate) -> bool:
    """c is a meeting noun past the lead whose past is only its frame's (during_past): no tense, no verb of
    occurrence, no day of its own. "وأعلن ترامب عقب لقائه كيم أن ..." (Trump announced after his meeting with Kim
    that ...) deep in a story that dates the summit last week retells it; in the lead it may be the news."""
    h, lead = c.hit, lead_sentence(art)
    return (lead is not None and c.sentence > lead and not trigger_spec(h.group).get("tense") and c.date is None
            and not past_auxiliary(art, h) and during_past(art, c.sentence, h, (c.visitor, c.host)))
