"""A meeting noun's own side or use, read from the words right around it: a person the lexicon did
not resolve in its slot (`unknown_partner`: "زيارة الزعيم الكوري الشمالي إلى بكين"), unless the
slot's long title ends on a leader's name ("محادثات مع رئيس المجلس الرئاسي لحكومة الوفاق الوطني
الليبية فايز السراج"); and the noun as the topic of a noun of discussing (`talks_topic`: "لمناقشة
القمة"), not when that word is the verb opening the sentence whose subject the meeting is ("تناول
اللقاء الذي جمع ...", the meeting took up); and the noun a source is close to (`close_source`: "المصدر
المقرب من المحادثات"); and a group for the side its "مع" names (`group_partner`: "محادثات مع المتمردين", talks
with the rebels). Moved out of vetoes.py, which candidates.py reads them beside."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.vetoes import UNKNOWN_SLOT_CHARS
from ziyarat.arabic import QUOTE_MARKS, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def talks_topic(art: Article, h: Hit) -> bool:
    """A meeting noun right after a noun of discussing is the talks' topic, not a meeting
    of the sentence's leaders: "خلال استقباله مون ... لمناقشة القمة المقرر عقدها" (as he
    received Moon ... to discuss the summit scheduled) plans no meeting of Trump and Moon.
    Not when that word opens its sentence (or follows only "قد"): "تناول اللقاء الذي جمع
    الرئيسين ..." (tanawala, the meeting that brought the two presidents together took up ...)
    is the perfect verb, the meeting its subject."""
    if trigger_spec(h.group).get("tense"):
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] in grammar_words("discussion_nouns")):
        return False
    i = art.sent_of(h.start)
    opening = [w.strip(QUOTE_MARKS + "،,") for w in art.folded_slice(art.sentences[i][0], art.word_start(h.start)).split()]
    opening = [w for w in opening if w and w not in grammar_words("qad_forms")]
    return len(opening) != 1


LONG_TITLE_CHARS = 70  # from a head noun to the name its long title ends on: "رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فايز"


def unknown_partner(art: Article, i: int, h: Hit) -> bool:
    """A visit or meeting noun whose own side is a person the lexicon did not resolve:
    a head noun and its adjective (or its country) right after it ("زيارة الزعيم الكوري
    الشمالي إلى بكين", the North Korean leader's visit; "لقاء زعيم كوريا الشمالية") or after its "مع" (with: "القمة القادمة مع
    الزعيم الكوري"), with no leader named there. The leaders elsewhere in the sentence
    are not its sides. A bare "الرئيس" (the president, the article's own) is left alone."""
    if trigger_spec(h.group).get("tense"):
        return False
    heads = art.cues(i, "c:unresolved_heads")
    if not heads:
        return False
    slot = art.word_end(h.end)  # past the pronoun of "قمته مع ..." (his summit with)
    # "مع" (with) right after the noun or its adjective: "القمة القادمة مع ..."
    words = list(re.finditer(r"\S+", art.text[slot:min(art.sentences[i][1], slot + 80)]))[:2]
    with_word = next((w for w in words if fold_term(w.group()) == "مع"), None)
    if with_word is not None:
        slot += with_word.end()
    head = next((c for c in heads if 0 <= c.start - slot <= 3), None)
    if head is None:
        return False
    adjective = art.folded_slice(head.end, min(art.sentences[i][1], head.end + 30)).split()[:1]
    # ... or the country it heads: "لقاء زعيم كوريا الشمالية" (meeting North Korea's leader)
    country = any(0 <= p.start - head.end <= 2 and p.country for p in art.places.get(i, []))
    if not (adjective and adjective[0].startswith("ال")) and not country:
        return False
    if any(head.start <= m.start <= head.end + UNKNOWN_SLOT_CHARS for m in art.leaders.get(i, [])):
        return False
    return not _long_title_of_leader(art, i, head)


def _long_title_of_leader(art: Article, i: int, head: Any) -> bool:
    """The head noun's title runs on in definite words and li- genitives to the first person named after it,
    a leader: "مع رئيس المؤتمر الوطني العام الليبي نوري أبو سهمين" (with the president of the Libyan General
    National Congress), "رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فايز السراج". Not past a comma, a
    preposition, a relative pronoun or any other word ("الزعيم الكوري الشمالي إلى بكين ولقائه بالرئيس
    شي"), a place or a trigger."""
    first = min((m for m in art.persons.get(i, []) if m.start >= head.end), key=lambda m: m.start, default=None)
    if first is None or first.start - head.end > LONG_TITLE_CHARS or not is_leader(first):
        return False
    between = art.text[head.end:first.start]
    if any(c in between for c in "،,.:؛") or art.near("triggers", i, head.end, first.start - 1) \
            or art.near("places", i, head.end, first.start - 1):
        return False
    words = [fold_term(w) for w in between.split()]
    return all((w.startswith("ال") or (w.startswith("ل") and len(w) > 3)) and w not in grammar_words("relative_pronouns")
               for w in words)


def source_talks(art: Article, h: Hit) -> bool:
    """The meeting noun h is what a source is close to or familiar with: an adjective of nearness and its
    preposition right before it ("مصادر مطلعة على المحادثات", sources familiar with the talks)."""
    if trigger_spec(h.group).get("tense"):
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 2)]
    return len(words) == 2 and words[0] in grammar_words("close_to_adjectives") and words[1] in grammar_words("close_to_prepositions")


def close_source(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun right after an adjective of nearness and its preposition is what a source
    is close to, not a meeting of the sentence's leaders: "قدم التسوية الرئيسان ... حسب ما أعلن
    المصدر المقرب من المحادثات" (as the source close to the talks said). Not when the talks' own
    sides follow ("مصدر مقرب من المحادثات بين الرئيسين", close to the talks between the two) or what the
    source says of them ("قال مصدر مطلع على المباحثات إن الرئيسين اختلفا", the two disagreed), nor when a
    leader hosts them in its relative clause ("مصادر مطلعة على المحادثات التي يرعاها كاميرون بين A وB", the
    talks Cameron sponsors between A and B: small_summit.relative_hosted_sides)."""
    if not source_talks(art, h):
        return False
    after = [w.strip("،,") for w in art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 30).split()[:2]]
    if len(after) == 2 and after[0] in grammar_words("relative_pronouns") and after[1] in trigger_words("hosted_relative_verbs"):
        return False
    return not set(after) & (trigger_words("meeting_links") | trigger_words("complementizers"))


def group_partner(art: Article, i: int, h: Hit) -> bool:
    """A meeting word whose "مع" (with), right after it, names a group first (triggers.yaml group_partners:
    rebels, separatists, militants, factions): "وافق الرئيس المالي على إجراء محادثات مع الانفصاليين الطوارق"
    (the Malian president agreed to hold talks with the Tuareg separatists) is no meeting with a leader the
    sentence names elsewhere ("تحت ضغوط الرئيس الفرنسي", under the French president's pressure). A group
    named anywhere else is not its side: "لبحث المفاوضات مع المتمردين" after the leaders' meeting verb."""
    if trigger_spec(h.group)["role"] != "meet":
        return False
    words = [fold_term(w.strip("،,")) for w in art.text[art.word_end(h.end):art.sentences[i][1]].split()[:2]]
    return len(words) == 2 and words[0] == "مع" and words[1] in trigger_words("group_partners")
