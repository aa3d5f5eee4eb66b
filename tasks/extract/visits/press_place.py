"""A joint press conference told with its place before its "مع" (with): "خلال مؤتمر صحفي في لندن مع ميركل"
(at a press conference in London with Merkel), "في مؤتمر صحفي بالبيت الأبيض مع المستشارة الألمانية" (at a
press conference at the White House with the German chancellor). The lexicon's press_conference terms end in
"مع"; a bare press-conference noun (triggers.yaml press_conference_at) followed by "في" or "ب" and a
place the article names, then "مع" or "إلى جانب" (alongside), is read as that trigger, spanning up to it; "held"
may stand before the place (triggers.yaml press_held_words: "في مؤتمر صحفي عقد بقصر الإليزيه إلى جانب رئيس
الوزراء البولندي", at a press conference held at the Elysee alongside the Polish prime minister). A bare one
without it is a leader's own press conference ("قال الرئيس في مؤتمر صحفي في القاهرة"): a t:public_act hit,
kept by public_act.abroad_acts only when its owner is named right before it and its place, right after it, lies in
another country (his trip). A comma alone between the noun
and its "مع" is the same joint one: "عقد الرئيس مؤتمرا صحفيا، مع المستشارة الألمانية" (held a press conference, with
the German chancellor). Read by article.Article.hits (art is that Article)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

COMMA_WITH_WORDS = 4  # title words between "، مع" and the leader's name ("رئيس الوزراء الإسرائيلي بنيامين")
PLACE_GAP_CHARS = 48  # from the press-conference noun over "عقد في <place>" to its "مع"
_WITH = re.compile(r"(?<!\S)(?:مع|[إا]لى جانب)(?!\S)")
_COMMA_WITH = re.compile(r"\s*[\u060c,]\s*(?:مع|[إا]لى جانب)(?!\S)")


def press_at_place(art: Any, hits: list[Hit]) -> list[Hit]:
    """hits with each t:press_conference_at hit followed by a place phrase and "مع" turned into a
    t:press_conference hit ending at that "مع"; the other such hits into t:public_act ones (his own press
    conference, public_act.abroad_acts judges it)."""
    out = []
    for h in hits:
        if h.group != "t:press_conference_at":
            out.append(h)
            continue
        gap = art.text[h.end:h.end + PLACE_GAP_CHARS]
        m = _COMMA_WITH.match(gap)
        if m is not None:
            joint = _leader_next(art, h.end + m.end())
            out.extend([replace(h, end=h.end + m.end(), group="t:press_conference")] if joint else _own(art, h))
            continue
        m = _WITH.search(gap)
        if m is None or re.search(r"[\u060c,.:;\u061b\n]", gap[:m.start()]):
            out.extend(_own(art, h))
            continue
        words = gap[:m.start()].split()
        if words and fold_term(words[0]) in trigger_words("press_held_words"):
            words = words[1:]
        if not words or not (fold_term(words[0]) == "في" or words[0].startswith("ب")):
            out.extend(_own(art, h))
            continue
        lo, hi = h.end, h.end + m.start()
        ends = [p.end for p in art.places.get(art.sent_of(h.start), []) if lo <= p.start and p.end <= hi]
        if not ends or art.text[max(ends):hi].strip():
            out.extend(_own(art, h))
            continue  # the place ends right before "مع": "في مؤتمر صحفي في البيت الأبيض إن الاتفاق مع" is no joint one
        out.append(replace(h, end=h.end + m.end(), group="t:press_conference"))
    return out


def _own(art: Any, h: Hit) -> list[Hit]:
    """A bare press conference told as where its holder spoke, right after "في"/"خلال" (grammar.yaml act_links:
    "وقال X في مؤتمر صحفي في روما"), as his own public act (triggers.yaml public_act); one he is to hold ("سيعقد X
    مؤتمرا صحفيا في روما", the verb's object) is none."""
    before = [w.strip("،,") for w in art.words_before(h.start, 1)]
    return [replace(h, group="t:public_act")] if before and before[-1] in grammar_words("act_links") else []


def _leader_next(art: Any, pos: int) -> bool:
    """a leader named right after pos, past at most COMMA_WITH_WORDS title words and no punctuation: "مؤتمرا
    صحفيا، مع المستشارة الألمانية أنجيلا ميركل"; not "في مؤتمر صحفي، مع تصاعد التوتر، إن الرئيس" (as tension rose)."""
    i = art.sent_of(pos)
    first = art.first_after("leaders", i, pos)
    if first is None:
        return False
    between = art.text[pos:first]
    return not re.search(r"[\u060c,.:;\u061b\n]", between) and len(between.split()) <= COMMA_WITH_WORDS
