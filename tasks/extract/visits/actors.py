"""A country or capital named as the subject of a verb is the state acting, not a place: "وتعهدت
بيونغيانغ" (Pyongyang pledged), "ورحبت الصين" (China welcomed). Counting such names as where things
happen (place.place_countries) makes the country an article is about host every meeting it tells."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from ziyarat.arabic import FA, WA
from ziyarat.lexicon import grammar_words

TA = "\u062a"  # the feminine ending of a past verb: "تعهدت" (ta'ahhadat, she pledged); a state is feminine
AL = "\u0627\u0644"
PLURAL = "\u0627\u062a"  # "-ات": "محادثات" (talks) is a noun


def state_as_subject(art: Article, p: Any) -> bool:
    """The word right before the place is a feminine past verb, the place its subject: "أعلنت كوريا
    الجنوبية" (South Korea announced). Not a noun ending in -t ("في وقت", a definite "السبت",
    a plural "محادثات"), nor a verb whose object or venue the place is ("زارت الصين", she visited
    China; "شهدت باريس لقاء", Paris saw a meeting; grammar place_object_verbs, venue_verbs). A place joined
    by wa- to such a subject is one too."""
    words = art.words_before(p.start, 1)
    if not words:
        return False
    if art.text[p.start - 1:p.start] == WA:
        # a second subject joined by wa-: "وأعلنت إيطاليا وفرنسا" (Italy and France announced)
        first = next((q for ps in art.places.values() for q in ps if 0 < p.start - 1 - q.end <= 1), None)
        return first is not None and state_as_subject(art, first)
    w = words[0]
    bare = w[1:] if w[:1] in (WA, FA) and len(w) > 3 else w
    keep = grammar_words("place_object_verbs") | grammar_words("venue_verbs") | grammar_words("t_final_nouns")
    if w in keep or bare in keep:
        return False
    return len(bare) >= 3 and bare.endswith(TA) and not bare.endswith(PLURAL) and not bare.startswith(AL)
