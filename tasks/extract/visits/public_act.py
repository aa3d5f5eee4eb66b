"""A leader's own public act held abroad, read on the hits before the article's index of them is built (as
press_place reads a press conference's place): "قال نجاد في مؤتمر صحفي عقده بمنزل القائم بالأعمال بالقاهرة"
(Ahmadinejad said at a press conference he held at the chargé's home in Cairo), "خلال إلقاء كلمته في ...
بالقاهرة" (while giving his speech in Cairo). triggers.yaml public_act finds the act; it stays a trigger only
with its owner named right before it and its own place, in another country, right after it; the visit it
tells is abroad_meeting's (his trip, hosted by that country's head by office). Typed Any: article.Article
reads this module."""
from __future__ import annotations

import re
from typing import Any

from ziyarat.arabic import BI, LI, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

TOWARD = {fold_term(w) for w in ("إلى", "الى")}
IN = {fold_term(w) for w in ("في", "فى")}

ACT_PLACE_CHARS = 90  # from the act to its place: "عقده الخميس 7 فبراير، بمنزل القائم بأعمال السفارة الإيرانية بالقاهرة"
OWNER_TITLE_CHARS = 40  # an official's title before the name makes him the speaker: "المتحدث باسم الرئيس نجاد"
VOICE_WORDS = 4  # from "باسم" (in the name of) to the name: "باسم الرئيس الإيراني حسن روحاني"
OFFICIAL_CUES = ("c:official_nouns", "c:nonleader_slot")
_CLAUSE_MARKS = re.compile(r"[.:;\u061b\"'«»“”]")


def abroad_acts(art: Any, hits: list[Hit]) -> list[Hit]:
    """hits without the public acts (t:public_act) that no leader held abroad: his speech at home, or one
    whose owner or place is not told right by it, is no trip and no meeting word (read by
    article.Article.hits, before its index of hits is built)."""
    return [h for h in hits if h.group != "t:public_act" or act_owner(art, h, hits) is not None]


def act_owner(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The leader named right before his own act, only "في", "خلال" (grammar.yaml act_links) and
    punctuation between ("قال نجاد، خلال إلقاء كلمته"), himself no official's genitive ("مستشار الرئيس") nor
    spoken for ("المتحدث باسم الرئيس", grammar.yaml act_voice_words), the act held at a place of another country (act_place); else None."""
    i = art.sent_of(h.start)
    owner = next((m for m in reversed(art.leaders.get(i, [])) if m.end <= h.start), None)
    if owner is None or art.possessed(owner, trigger_words("person_heads")) \
            or any(w in grammar_words("act_voice_words") for w in art.words_before(owner.start, VOICE_WORDS)):
        return None
    lo = max(art.sentences[i][0], owner.start - OWNER_TITLE_CHARS)
    if any(x.group in OFFICIAL_CUES and lo <= x.start < owner.start for x in hits):
        return None
    between = [w.strip("،,ـ-–") for w in art.folded_slice(owner.end, h.start).split()]
    if not all(not w or w in grammar_words("act_links") for w in between):
        return None
    p = act_place(art, h, hits)
    return owner if p is not None and p.country and p.country != owner.country else None


def act_place(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The place the act was held at: the first place after it in reach, told as where ("بالقاهرة",
    "في جامعة القاهرة"), no leader, other trigger, new clause, word with li- ("لدعم", for supporting),
    topic word ("حول", "إن"; grammar.yaml act_topic_words) nor his own office ("بمكتبه", act_home_words)
    between."""
    i = art.sent_of(h.start)
    for p in art.places.get(i, []):
        if p.start < h.end:
            continue
        if p.start - h.end > ACT_PLACE_CHARS or _CLAUSE_MARKS.search(art.text[h.end:p.start]) \
                or art.near("leaders", i, h.end, p.start) \
                or any(x.group.startswith("t:") and h.end <= x.start < p.start for x in hits):
            return None
        words = [w.strip("،,").removeprefix(WA) for w in art.folded_slice(h.end, p.start).split()]
        if any(w in grammar_words("act_topic_words") or w in grammar_words("act_home_words")
               or (w[:1] == LI and w not in grammar_words("act_links")) for w in words):
            # li- (for, of) ties the place to a purpose: "في المؤتمر الدولي للمانحين لدعم الوضع في سوريا"
            return None
        if _told_where(art, p) and (not words or words[-1] not in TOWARD):
            return p
    return None


def _told_where(art: Any, p: Any) -> bool:
    """bi- glued on the place ("بالقاهرة"), "في" (in) right before it, or a venue noun with bi- ("بمقر
    مشيخة الأزهر", at the seat of al-Azhar): where the act was held."""
    if p.start > 0 and art.text[p.start - 1] in BI:
        return True
    words = art.words_before(p.start, 1)
    return bool(words) and (words[-1] in IN or (words[-1][:1] == BI and words[-1][1:] in grammar_words("locatives")))
