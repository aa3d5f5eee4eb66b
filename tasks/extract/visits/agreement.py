"""Agreement: an Arabic verb agrees with its subject in gender, and a pronoun with the one it
points to. A feminine verb ("زارت", zarat, she visited; "تستقبل", tastaqbil, she receives) or
the feminine pronoun "ها" (her, its) on a visit word ("زيارتها", her visit) is no man's: in
"وستصل المساعدات ... بعد اتفاق بين الرئيس الفرنسي ... ونظيره الروسي" (the aid will arrive ...
after an agreement between the French president and his Russian counterpart) neither
president arrives; in "اجتمعت مجموعة السبع في كندا" (the Group of Seven met in Canada) no
two leaders met; "وصلت المستشارة الألمانية" (the German chancellor arrived) is a woman's.
A man is a person the lexicon knows as one (people.yaml `female`), or, for a person it does
not know, one named after a man's title ("الرئيس", "الملك"). The feminine inflections are
data (grammar.yaml `feminine_perfect_endings`, `feminine_imperfect_prefixes`)."""
from __future__ import annotations

from typing import Any, Callable

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import PROCLITIC_LETTERS, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words
from ziyarat.matching import Hit

Roles = tuple[Any, Any, float]


def feminine_verb(h: Hit) -> bool:
    """The trigger is a verb inflected for a feminine subject: a perfect ending in ت ("وصلت",
    "استقبلت", "التقت", "قامت بزيارة"), an imperfect beginning with it ("تزور", "تستضيف", and
    "ستصل" past its sa-). A term whose second word is its own subject agrees with that word
    ("حطت طائرته", his plane landed; "وطئت قدماه", his feet trod): only a verb followed by a
    prepositional phrase or nothing agrees with the leader."""
    spec = trigger_spec(h.group)
    words = fold_term(h.term).split()
    if spec.get("proclitics") != "verb" or not spec.get("tense") or h.suffix or not words:
        return False
    if len(words) > 1 and words[1][:1] not in PROCLITIC_LETTERS:
        return False
    if spec["tense"] == "past":
        return words[0].endswith(tuple(grammar_words("feminine_perfect_endings")))
    return words[0].startswith(tuple(grammar_words("feminine_imperfect_prefixes")))


def feminine_pronoun(h: Hit) -> bool:
    """A visit or meeting noun with the feminine pronoun: "زيارتها", "وصولها", "لقائها"."""
    return h.suffix in grammar_words("feminine_pronouns") and trigger_spec(h.group).get("proclitics") != "verb"


MAN_TITLE_WORDS = 2  # a masculine title and its adjective before the name: "الرئيس التركي عبد الله جول"


def is_man(art: Article, m: Any) -> bool:
    """The person m is a man: the lexicon's record says so (people.yaml `female`); for a person
    it does not know, a man's title ("الرئيس", "الملك") heads the name or stands right before it."""
    person = get_lexicon().people.get(m.entity_id) if m.entity_type == "person" else None
    if person is not None:
        return not person.female
    titles = grammar_words("masculine_titles")
    surface = fold_term(art.text[m.start:m.end]).split() if m.start >= 0 else []
    before = [w.strip("،,") for w in art.words_before(art.word_start(m.start), MAN_TITLE_WORDS)] if m.start >= 0 else []
    return bool(surface[:1] and surface[0] in titles) or before[-1:] in [[t] for t in titles] \
        or (len(before) == MAN_TITLE_WORDS and before[0] in titles and before[1].startswith("ال"))


def is_woman(m: Any) -> bool:
    """The lexicon knows the person m as a woman (people.yaml `female: true`)."""
    person = get_lexicon().people.get(m.entity_id) if m.entity_type == "person" else None
    return person is not None and person.female


def feminine_of_man(art: Article, h: Hit, m: Any) -> bool:
    """The feminine verb or pronoun h cannot be the man m's: "وصلت مطار القاهرة صباح اليوم
    شحنة سيارات ... لتنقلات الرئيس التركي" (a shipment of cars arrived ... for the Turkish
    president's trips) is the shipment's arrival, "إجراءات وصولها" (the formalities of its
    arrival) the cars'. A carrier right before his name brings him: "وصلت طائرة الرئيس" (the
    president's plane arrived), not one further off: "وستصل المساعدات ... على متن طائرة روسية
    ... بعد اتفاق بين الرئيس الفرنسي" (the aid will arrive on a Russian plane, after an agreement
    between the French president ...)."""
    if not (feminine_verb(h) or feminine_pronoun(h)) or m is None or m.start < 0:
        return False
    before = {w.strip("،,") for w in art.words_before(art.word_start(m.start), CARRIER_WORDS)}
    if before & grammar_words("carrier_nouns"):
        return False  # "طائرة الزعيم الكوري الشمالي، كيم ... وصلت" (the North Korean leader's plane arrived)
    return is_man(art, m)


CARRIER_WORDS = 4  # from the carrier to the name: "طائرة الرئيس الكوري الجنوبي مون", "طائرة تقل الرئيس أردوغان"


# which side a trigger's subject (or its pronoun's owner) is, by its role: the traveller, the host,
# the guest of "في استقبالها" (there to receive her), either side of a meeting
SUBJECT_SIDES = {"arrive": (0,), "visit": (0,), "receive": (1,), "reception": (0,), "meet": (0, 1)}


def agreeing(rule: Callable[..., Roles], role: str) -> Callable[..., Roles]:
    """The role rule, its sides dropped when the trigger is feminine and the side that would be
    its subject is a man (both sides for a meeting, whose subject may be either): "اجتمعت
    مجموعة السبع" (the Group of Seven met) binds no leader; "التقت ماي ترامب" (May met Trump)
    keeps both."""
    def checked(art: Article, i: int, h: Hit, r: Any) -> Roles:
        visitor, host, directed = sides = rule(art, i, h, r)
        subjects = [s for s in ((visitor, host)[k] for k in SUBJECT_SIDES.get(role, ())) if s is not None]
        if subjects and all(feminine_of_man(art, h, s) for s in subjects):
            return None, None, 0.0
        return sides
    checked.__doc__ = rule.__doc__
    return checked
