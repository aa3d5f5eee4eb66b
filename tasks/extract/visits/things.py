"""A thing as a side of a visit word: "وصل السباق مرحلة" (the race reached a stage), "استقبال
نفايات" (receiving waste), "زيارة الموقع الإلكتروني" (a visit to the website). The word right after
the trigger, its subject or its object, is a noun of triggers.yaml thing_nouns: no leader travels or
receives there, whoever the sentence names further on. abstract_arrival (below) reads it for
arrivals, visits.candidates for receptions and visit nouns."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.heading import to_airport
from tasks.extract.visits.presence import holder, presence
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

THING_CHARS = 40  # the one or two words right after a trigger that may name a thing


def thing_named(words: list[str]) -> bool:
    """The first one or two of these folded words name a thing: "الشحنة" (the shipment),
    "الموقع الإلكتروني" (the website)."""
    things = trigger_words("thing_nouns")
    return bool(words) and (words[0] in things or " ".join(words[:2]) in things)


def thing_side(art: Article, i: int, h: Hit) -> bool:
    """A reception word (a verb, or the noun "استقبال" with no pronoun) or a bare visit noun right
    before a thing: "يقبل استقبال نفايات السياسة وعملاء الأسد" (accepts receiving the refuse of
    politics and Assad's agents) receives no leader. Not a pronoun's reception ("استقباله"), whose
    side is the pronoun's, nor a visit verb: a leader visits a place ("زار بوتين الموقع")."""
    spec = trigger_spec(h.group)
    if h.suffix or spec["role"] not in ("receive", "visit") or (spec["role"] == "visit" and spec.get("tense")):
        return False
    end = art.word_end(h.end)
    words = art.folded_slice(end, min(art.sentences[i][1], end + THING_CHARS)).split()
    return thing_named([w.strip("\u060c,.:\u00ab\u00bb\"") for w in words])


PLACE_AFTER_CHARS = 2  # from a place_after trigger ("جاء إلى", came to) to its place: "جاء إلى مصر"
ABSTRACT_GOAL_CHARS = 60  # from an arrival word to the "إلى" of its goal, past the subject's name and title


def abstract_arrival(art: Article, i: int, h: Hit) -> bool:
    """An arrival word that is no trip: its goal, after "إلى" (to), is an office or a
    degree ("وصول الرئيس بوتين إلى السلطة", Putin's coming to power; "وصل إلى الحكم"), or
    a place_after trigger (triggers.yaml: "جاء إلى", came to) has no place right after it, or
    its subject, after or right before it, is a thing ("وصل الأمر إلى حد", it came to the point
    of; "تقارير وصلت لواشنطن", reports that reached Washington), or it is "what" reached with the pronoun
    pointing back ("ما وصل إليه الحال", what the situation has come to: triggers.yaml reached_pronouns), or it
    follows "قادر على" (able to), or it sets out for an airport (heading.to_airport: "توجه إلى مطار
    بغداد استعدادا للعودة", headed to Baghdad airport to fly home)."""
    if trigger_spec(h.group)["role"] != "arrive":
        return False
    if to_airport(art, i, h) or _to_greet(art, i, h):
        return True
    end = art.word_end(h.end)
    if trigger_spec(h.group).get("place_after") and not art.near("places", i, end, end + PLACE_AFTER_CHARS):
        return True  # "جاء إلى" (came to) with no place right after: "جاء إلى السلطة" (came to power)
    if presence(h) and holder(art, i, h) is None:
        return True  # "السفارة الأمريكية الموجودة في بغداد" (the US embassy present in Baghdad): no leader's stay
    words = [w.strip("،,.") for w in art.folded_slice(end, min(art.sentences[i][1], end + ABSTRACT_GOAL_CHARS)).split()]
    if thing_named(words):  # "وصل السباق مرحلة" (the race reached a stage)
        return True
    before = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not h.suffix and before and before[0].lstrip("و") in trigger_words("thing_nouns"):
        return True  # "تقارير وصلت لواشنطن" (reports that reached Washington)
    if before == ["ما"] and words and words[0] in trigger_words("reached_pronouns"):
        return True  # "ما وصل إليه الحال في مصر" (what the situation in Egypt has come to)
    two = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 2)]
    if len(two) == 2 and two[1] == "علي" and two[0] in trigger_words("ability"):
        return True  # "قادر على الوصول إلى" (able to reach): what a missile can reach
    goals = trigger_words("abstract_goals")
    for k, w in enumerate(words):
        if w == "الي":  # "إلى السلطة" (to power): the first goal only; or an amount, not an address
            return k + 1 < len(words) and (_goal_after(words[k + 1:]) or (  # ("إلى 10 داونينغ ستريت")
                words[k + 1][:1].isdigit() and not _place_after_number(art, i, end)))
        if w[:1] == "ل" and w[1:] in grammar_words("demonstratives"):  # "لهذه الاتفاقات" (to these agreements)
            return k + 1 < len(words) and words[k + 1] in goals
        if w.startswith("لل") and len(w) > 3:  # "للسلطة" (li-l-sulta, to power)
            return "ال" + w[2:] in goals
        if w[:1] == "ل" and w[1:] in goals:  # "لوقف إطلاق نار" (li-waqf, to a ceasefire)
            return True
    return False


def _goal_after(words: list[str]) -> bool:
    """The words after "إلى" (to) open with an abstract goal, a demonstrative before it or not: "إلى
    اتفاق" (to an agreement), "إلى هذه الاتفاقات" (to these agreements)."""
    if words[:1] and words[0] in grammar_words("demonstratives"):
        words = words[1:]
    return bool(words) and words[0] in trigger_words("abstract_goals")


GREET_WORDS = 10  # from an arrival word to its purpose of greeting: the subject, his title, the place
GREETED_CHARS = 40  # from the purpose word to the leader greeted: "لاستقبال الرئيس الإيراني"


def _to_greet(art: Article, i: int, h: Hit) -> bool:
    """An arrival whose purpose, a few words on, is to receive or see off a leader named right after it
    (triggers.yaml greet_purposes): "وصل الرئيس مرسي إلى صالة رئاسة الجمهورية لاستقبال الرئيس الإيراني"
    (Morsi arrived at the presidential lounge to receive the Iranian president) is the host's coming, no
    trip of his; the reception word tells the visit."""
    end = art.word_end(h.end)
    for k, m in enumerate(re.finditer(r"\S+", art.text[end:art.sentences[i][1]])):
        if k >= GREET_WORDS:
            break
        if fold_term(m.group().strip("،,")) in trigger_words("greet_purposes"):
            lo = end + m.end()
            return bool(art.near("leaders", i, lo, lo + GREETED_CHARS))
    return False


def _place_after_number(art: Article, i: int, lo: int) -> bool:
    """A place names the number's street or building: "إلى 10 داونينغ ستريت"."""
    return bool(art.near("places", i, lo, lo + ABSTRACT_GOAL_CHARS))


THING_SUBJECT_WORDS = 6  # from an arrival verb over its goal and day to its subject: "وصلت إلى دمشق صباح الإثنين شحنة"


def thing_arrival(art: Article, i: int, h: Hit) -> bool:
    """An arrival verb whose subject is a thing or a delegation, named within THING_SUBJECT_WORDS
    after it before any person and any comma: "وصلت إلى دمشق الإثنين شحنة مساعدات" (a shipment of aid
    reached Damascus on Monday), "وصل وفد روسي إلى دمشق" (a Russian delegation arrived): no leader's
    trip, so its day is not a leader's either (lead_day)."""
    if trigger_spec(h.group)["role"] != "arrive" or not trigger_spec(h.group).get("tense") or h.suffix:
        return False
    end = art.word_end(h.end)
    first = next((m.start for m in art.persons.get(i, []) if m.start >= end), art.sentences[i][1])
    words = []
    for w in art.folded_slice(end, min(first, art.sentences[i][1], end + THING_SUBJECT_WORDS * 12)).split():
        words.append(w.strip("،,.:"))
        if w[-1:] in "،,.:":
            break
    return any(thing_named(words[k:]) or words[k] in trigger_words("delegation_nouns")
               for k in range(min(len(words), THING_SUBJECT_WORDS)))
