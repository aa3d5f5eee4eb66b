"""A place that is a speech's, not the visit's told before it: "زيارة أوباما للمنطقة وخطابه
في جامعة القاهرة" (Obama's visit to the region and his speech at Cairo University); and one that a
"حيث" (where) clause holding the meeting word refers back to, whatever the preposition before it; and
the day of the clause such a "حيث" refers back to; and one inside what a speaker said at a reception
(sayings.said_after)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.sayings import said_after
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import BI, LI, WA, fold
from ziyarat.lexicon import grammar_words, trigger_words

ADDRESS_WORDS = 4  # from a speech noun to its place: "خطابه الشهير في جامعة القاهرة", "كلمة ألقاها في القاهرة"
ADDRESS_CHARS = 60  # ... in characters, the look-back bound

_TOKEN = re.compile(r"\S+")


def _address_noun(w: str) -> bool:
    """A speech noun (grammar.yaml address_nouns), wa-, bi-, li- glued on too: "وخطابه", "بكلمته"."""
    w = w.strip("\u060c,").removeprefix(WA)
    nouns = grammar_words("address_nouns")
    return w in nouns or (w[:1] in BI + LI and w[1:] in nouns)


def speech_place(art: Article, i: int, h: Any, p: Any) -> bool:
    """The place after a visit or arrival word stands in the phrase of a speech noun named after
    that word (in the four words before the place), with nothing tying the speech to the trip: no
    "خلالها" (during it), "حيث" (where), nor a place of the same country between the trip word and
    the speech, no verb of giving right before it (grammar.yaml delivery_verbs: the speech told as
    an act of the trip). "أكدت أن زيارة الرئيس الأمريكي تأتي في ظل تنكره لما ورد في خطابه في القاهرة"
    (the visit comes as he disowns his speech in Cairo) is no visit to Cairo; "زار أوباما المنطقة
    وألقى خطابا في جامعة القاهرة" and "بدأ زيارة ألقى خلالها كلمة في القاهرة" keep Cairo."""
    if trigger_spec(h.group)["role"] == "receive" and said_after(art, h, p.start):
        # inside what was said there, it would overturn the roles the reception word set: "وأضاف زيدان، عقب
        # استقبال قنديل له، أن العمالة المصرية بليبيا" (Zeidan added, after Qandil received him, that the Egyptian
        # workers in Libya); after a meeting word, which sets none, the speaker's own country there is his clue
        return True
    if p.start < h.end or trigger_spec(h.group)["role"] not in ("visit", "arrive"):
        return False
    lo = max(h.end, p.start - ADDRESS_CHARS)
    words = list(_TOKEN.finditer(art.text, lo, p.start))[-ADDRESS_WORDS:]
    noun = next((m.start() for m in words if _address_noun(fold(m.group()))), None)
    if noun is None:
        return False
    between = [w.strip("\u060c,").removeprefix(WA) for w in art.folded_slice(h.end, noun).split()]
    ties = grammar_words("during_pronouns") | trigger_words("where_after_arrival")
    if any(w in ties for w in between) or between[-1:] and between[-1] in grammar_words("delivery_verbs"):
        return False
    return not any(q.country == p.country for q in art.near("places", i, h.end, noun - 1))


def where_antecedent(art: Article, h: Any, p: Any) -> bool:
    """The place stands right before "حيث" (where, triggers.yaml where_after_arrival; "وحيث" too) and the meeting word
    in the clause that opens, before any comma: "وأضاف المتحدث من موسكو، حيث عقد عباس محادثات مع بوتين"
    (the spokesman added, from Moscow, where Abbas held talks with Putin): Moscow is where they met,
    whatever stands before it ("من", from). Not a meeting past the clause: "من موسكو، حيث يقيم، التقى"."""
    if p.end > h.start:
        return False
    gap = art.folded_slice(p.end, h.start)
    words = [w for w in (t.strip("\u060c,") for t in gap.split()) if w]
    return bool(words) and words[0].removeprefix("و") in trigger_words("where_after_arrival") and not re.search("[\u060c,]", gap.lstrip(" \u060c,"))


def where_day(art: Article, i: int, h: Any, d: Any) -> bool:
    """The day d stands before a "حيث" (where) that opens the clause of the meeting word h, no comma
    between them and no other meeting word between d and h: "وألغى زيارة فرنسا وغادر الأربعاء إلى برلين
    حيث التقى ميركل" (cancelled the visit to France and left on Wednesday for Berlin, where he met Merkel):
    Wednesday is the meeting's, though it follows another visit word."""
    if d.end > h.start:
        return False
    wheres = [w for w in art.cues(i, "c:where_after_arrival") if d.end <= w.start and w.end <= h.start]
    if not wheres or re.search("[\u060c,]", art.folded_slice(wheres[-1].end, h.start)):
        return False
    return not art.near("triggers", i, d.end, h.start - 1)


def told_earlier(art: Article, i: int, upto: int | None = None) -> bool:
    """Sentence i tells an earlier time: a year or a month, or a past-reference cue ("السابقة", "الأخيرة") or a
    first-since cue (before `upto` if given: "غادر بغداد بعد زيارة", left Baghdad after a visit, is the trip's end)."""
    return any(c.group in ("c:past_reference", "c:first_since") and (upto is None or c.start < upto)
               for c in art.by_sent.get(i, ())) or any(d.precision in ("year", "month") for d in art.dates.get(i, []))


def addressed(art: Article, i: int, visitor: Any, host: Any) -> list[Any]:
    """The places of the host's country where the traveller gives a speech, told in sentence i: an address noun
    (grammar.yaml address_nouns) within ADDRESS_CHARS before the place, in its clause (no comma or stop between),
    and no person but the traveller named before the place; not in a sentence telling an earlier time (a
    told_earlier). "وألقى أوباما خطابا في جامعة القدس" (Obama gave a speech at the
    university in Jerusalem), "خطاب أولاند في باماكو" (Hollande's speech in Bamako): he was there on his visit.
    place.article_city reads them for a sentence that names the traveller alone and no meeting word."""
    if told_earlier(art, i):
        return []
    out = []
    for p in art.places.get(i, []):
        if p.country != host.country or any(m.start < p.start and pid(m) != pid(visitor) for m in art.persons.get(i, [])):
            continue
        lo = max(art.sentences[i][0], p.start - ADDRESS_CHARS)
        words = list(_TOKEN.finditer(art.text, lo, p.start))
        noun = next((m.end() for m in words if _address_noun(fold(m.group()))), None)
        between = art.folded_slice(noun, p.start).split() if noun is not None else []
        # in the speech's phrase: not a place another clause tells ("في خطابه الهجوم الذي وقع في القدس")
        if noun is not None and not re.search("[\u060c,.:;]", art.text[noun:p.start]) \
                and not any(w in grammar_words("relative_pronouns") for w in between):
            out.append(p)
    return out
