"""A small summit its host holds: a meeting noun told as three-sided ("القمة الثلاثية", the trilateral
summit) that names its three sides, leaders of three countries and nobody else, in its sentence, and is
held in the country of one of them. Each of the two others visited him (GUIDE: a small meeting lists each
visitor with the host): "القمة الثلاثية التي عقدت أمس بين نجاد ومرسي وجول" in Cairo is Ahmadinejad's and
Gül's with Morsi. multilateral.body_summit still makes the noun no pair's of the two nearest leaders;
candidates.py reads these sides instead. A third country's venue, or none the text gives, names no
host: no pair (the guests' own pair is left to a bilateral word of the text).

So are talks a leader hosts between two others (hosted_sides): "يستضيف كاميرون محادثات بين كرزاي وزرداري"
(Cameron hosts talks between Karzai and Zardari) is each guest's visit to Cameron, which
multilateral.three_sided leaves to this module; and so, when the talks' sides are a dual that names
nobody ("جولة من المحادثات بين الخصمين", a round of talks between the two rivals), are the foreign
leaders the sentence before names at its meeting word ("يعقد رئيس جنوب السودان سلفا كير جولة جديدة من
محادثات السلام مع خصمه"): each visited the host. So are talks told with the hosting verb in the noun's
relative clause (relative_hosted_sides): "المحادثات التي يرعاها كاميرون بين زرداري وكرزاي" (the talks
Cameron sponsors between Zardari and Karzai)."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import coordinated
from tasks.extract.visits.multilateral import three_sides
from tasks.extract.visits.dateline import dateline
from tasks.extract.visits.place import city_of_meeting, place_countries
from tasks.extract.visits.summits import summits_lexicon
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

SIDES_AFTER_CHARS = 200  # from the summit noun to the last side it names after it ("التي عقدت أمس ... بين A وB وC")
SIDES_BEFORE_CHARS = 120  # from a side named before it (its holder, its subjects) to the noun
SIDELINE_WORDS = 3  # "على هامش القمة الثلاثية" (on the trilateral summit's sidelines): another meeting


def summit_sides(art: Article, i: int, h: Hit) -> tuple[Any, list[Any], str | None, str | None] | None:
    """(host, guests, city, country) of the small summit the meeting noun h of sentence i names, or None."""
    spec = trigger_spec(h.group)
    if spec["role"] == "receive" and spec.get("tense"):
        return hosted_sides(art, i, h)
    if h.group == "t:meet_noun" and (hosted := relative_hosted_sides(art, i, h)) is not None:
        return hosted
    if spec["role"] == "meet" and (three := three_sides(art, i, h)) is not None:
        return _lone_host(art, i, h, *three)
    if spec["role"] != "meet" or spec.get("tense") or h.suffix or not _three_sided(art, i, h):
        return None
    leaders = art.distinct_leaders(i)
    if len(leaders) != 3 or len({m.country for m in leaders if m.country}) != 3:
        return None
    end = art.word_end(h.end)
    after = [m for m in leaders if m.start >= end]
    if any(m.start - end > SIDES_AFTER_CHARS for m in after) \
            or any(h.start - m.end > SIDES_BEFORE_CHARS for m in leaders if m.end <= h.start) \
            or (after and any(p in art.text[h.end:after[-1].start] for p in ".:؛")):
        return None  # its sides, named around it in its clause
    city, country = _venue(art, i, h, leaders)
    host = next((m for m in leaders if m.country == country), None)
    if host is None:
        return None
    return host, [m for m in leaders if m is not host], city, country


def _lone_host(art: Article, i: int, h: Hit, lone: Any, pair: list[Any]) -> tuple[Any, list[Any], str | None, str | None] | None:
    """The lone side of a three-sided meeting word (multilateral.three_sides) hosts its two others when it
    is held in his country: the place its sentence gives, else the article's dateline ("لندن (ا ف ب) - يعقد
    كرزاي ونظيره زرداري محادثات مع كاميرون", Karzai and Zardari hold talks with Cameron: each visits
    him). A third country's venue ("في نيويورك"), or none, names no host: the veto stands."""
    city, country = city_of_meeting(art, i, h)
    if country is None:
        city, country = dateline(art, lone, (lone, *pair))
    if country is None or country != lone.country or None in {m.country for m in pair}:
        return None
    return lone, pair, city, country


def _three_sided(art: Article, i: int, h: Hit) -> bool:
    """A three-sided adjective right after h ("القمة الثلاثية", "اجتماعا ثلاثيا"), h no sideline's genitive."""
    end = art.word_end(h.end)
    three = trigger_words("three_sided_after")
    if not any(0 <= c.start - end <= 2 and art.folded_slice(c.start, c.end) in three for c in art.cues(i, "c:sided_after")):
        return False
    before = art.words_before(art.word_start(h.start), SIDELINE_WORDS)
    return not any(fold_term(w).split()[-1] in before for w in summits_lexicon().get("sideline", []))


def _venue(art: Article, i: int, h: Hit, leaders: list[Any]) -> tuple[str | None, str | None]:
    """Where the summit is: the place its sentence gives; else the one of the three countries the
    article's places name (Cairo named in the next sentence: "القمة الإسلامية بالقاهرة"), when only one is."""
    city, country = city_of_meeting(art, i, h)
    if country is not None:
        return city, country
    counts = place_countries(art)
    named = [m.country for m in leaders if counts.get(m.country)]
    return (None, named[0]) if len(named) == 1 else (None, None)


HOSTED_WORDS = 10  # from a verb of hosting to the talks it hosts: its titled subject, a place, "جولة ثانية من"


def hosted_sides(art: Article, i: int, h: Hit) -> tuple[Any, list[Any], str | None, str | None] | None:
    """(host, guests, city, country) of the talks the hosting verb h of sentence i hosts between
    others, its subject a leader: two leaders of two other countries after its "بين" (between), or a
    dual after it (hosted_sides_duals) and the foreign leaders of the sentence before's meeting."""
    talks = next((t for t in art.near("triggers", i, h.end, art.sentences[i][1]) if t.group == "t:meet_noun"), None)
    if talks is None or len(art.folded_slice(h.end, talks.start).split()) > HOSTED_WORDS:
        return None
    leaders = art.distinct_leaders(i)
    host = [m for m in leaders if h.end <= m.start < talks.start] or [m for m in leaders if m.end <= h.start][-1:]
    after = [w.strip("،,.:؛") for w in art.folded_slice(art.word_end(talks.end), art.sentences[i][1]).split()[:2]]
    if len(host) != 1 or not host[0].country or after[:1] != ["بين"]:
        return None
    host = host[0]
    sides = [m for m in leaders if m.start >= talks.end]
    if len(sides) >= 2 and coordinated(art, sides[0], sides[1]):
        guests = sides[:2]
    elif not sides and len(leaders) == 1 and after[1:] and after[1] in trigger_words("hosted_sides_duals"):
        guests = _sides_before(art, i, host)
    else:
        return None
    return _hosted_in_his_country(art, i, h, host, guests)


def _hosted_in_his_country(art: Article, i: int, h: Hit, host: Any, guests: list[Any]) -> tuple[Any, list[Any], str | None, str | None] | None:
    """(host, guests, city, his country) of talks host holds between guests, each of another country than
    the others', when the place the sentence gives them (city_of_meeting) is his country or none."""
    if len({host.country, *(g.country for g in guests)}) != len(guests) + 1 or None in {g.country for g in guests}:
        return None  # the host and each guest of his own country
    city, country = city_of_meeting(art, i, h)
    if country not in (None, host.country):
        return None  # hosted in a third country: no host's visit
    return host, guests, city, host.country


RELATIVE_HOST_WORDS = 6  # from the hosting verb to its subject's name ("رئيس الوزراء البريطاني ديفيد كاميرون")
RELATIVE_SIDE_WORDS = 4  # from "بين" to the first side's name ("بين رئيس باكستان آصف علي زرداري")


def relative_hosted_sides(art: Article, i: int, h: Hit) -> tuple[Any, list[Any], str | None, str | None] | None:
    """(host, guests, city, country) of the talks the meeting noun h names when a leader hosts or sponsors
    them in its relative clause: "المحادثات التي يرعاها كاميرون بين زرداري وكرزاي" (the talks Cameron
    sponsors between Zardari and Karzai), "اللقاء الذي استضافه X وجمع A وB" (hosted, bringing A and B
    together): the noun, its pronoun, a verb of hosting (hosted_relative_verbs), the leader, then
    "بين" or "وجمع" (hosted_relative_sides) and the two guests joined by "و" (and). Each visited him
    when the talks are in his country, or the sentence names no place."""
    if h.suffix:
        return None
    words = art.folded_slice(art.word_end(h.end), art.sentences[i][1]).split()
    if len(words) < 2 or words[0] not in grammar_words("relative_pronouns") or words[1] not in trigger_words("hosted_relative_verbs"):
        return None
    leaders = art.distinct_leaders(i)
    after = [m for m in leaders if m.start >= h.end]
    if len(after) < 3 or len(art.folded_slice(h.end, after[0].start).split()) > RELATIVE_HOST_WORDS + 2:
        return None  # the host: the first leader after the verb, a few words on
    host, first, second = after[:3]
    gap = [w.strip("،,.:؛") for w in art.folded_slice(host.end, first.start).split()]
    if not gap or gap[0] not in trigger_words("hosted_relative_sides") or len(gap) > RELATIVE_SIDE_WORDS + 1 \
            or any(p in art.text[host.end:first.start] for p in ".:؛") or not coordinated(art, first, second):
        return None
    return _hosted_in_his_country(art, i, h, host, [first, second])


def _sides_before(art: Article, i: int, host: Any) -> list[Any]:
    """The leaders of other countries than host's that sentence i - 1 names, when it has a meeting word."""
    if i == 0 or not any(trigger_spec(t.group)["role"] == "meet" for t in art.near("triggers", i - 1, *art.sentences[i - 1])):
        return []
    return [m for m in art.distinct_leaders(i - 1) if m.country and m.country != host.country]
