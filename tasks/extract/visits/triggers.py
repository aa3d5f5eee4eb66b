"""The trigger lexicon (``lexicons/triggers.yaml``) as the visit rules read it: one
phrase matcher over every trigger, cue list and visit type, and the small word sets
the rules look words up in."""
from __future__ import annotations

from functools import cache
from typing import Any

from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, triggers_lexicon
from ziyarat.matching import Groups, PhraseMatcher, RangeMatcher

CUE_LISTS = ("remote_contact", "proxy", "negation", "hypothetical", "hypothetical_after", "future_after", "denial",
             "unconfirmed",
             "called_off", "past_reference", "ago", "first_since",
             "since", "future_plan", "not_announced", "announce_verbs", "participant_cues",
             "counterpart", "invitation", "invitation_accepted", "invitation_answered", "honorific_pronouns",
             "nonleader_slot", "official_nouns", "origin_cues", "private_visit", "clause_breaks", "unresolved_heads",
             "during_visit", "multilateral_after", "sided_after", "agreed_on", "called_off_after", "agentive", "previous_after",
             "modal_predicate", "consent", "plural_heads", "counterparts_many", "gathered_heads",
             "retrospective_after", "lately", "recent_past", "shortly", "each_of", "where_after_arrival", "leader_titles",
             "views_owner", "companion_cues", "cause_links", "arriving_guests", "setting_links", "dispatching_verbs", "held_if",
             "honour_words", "gift_nouns", "act_nouns", "ceremony_nouns")


@cache
def trigger_matcher() -> PhraseMatcher:
    """Triggers ("t:<name>"), cue lists ("c:<name>"), visit types ("v:<type>", a meeting's "m:<type>") and
    the speech verbs that bound a trigger's reach ("c:speech"), in one matcher."""
    return PhraseMatcher(_groups())


@cache
def meeting_trigger_matcher() -> RangeMatcher:
    """The triggers alone, searched over chosen sentences: PhraseMatcher keeps each
    group's matches apart, so these are trigger_matcher()'s "t:" hits there."""
    return RangeMatcher({group: spec for group, spec in _groups().items() if group.startswith("t:")})


@cache
def act_trigger_matcher() -> PhraseMatcher:
    """The triggers an Article.hits public act (t:public_act) comes from: its own, and a bare press conference
    (visits.press_place makes one of it); these are trigger_matcher()'s hits of the two groups."""
    return PhraseMatcher({group: spec for group, spec in _groups().items()
                          if group in ("t:public_act", "t:press_conference_at")})


def _groups() -> Groups:
    lex = triggers_lexicon()
    groups: Groups = {}
    for name, spec in lex["triggers"].items():
        groups["t:" + name] = (spec["terms"], spec.get("proclitics", "noun"), bool(spec.get("suffixes", False)))
    for name in CUE_LISTS:
        verbish = name in ("negation", "since", "denial")
        groups["c:" + name] = (lex.get(name, []), "verb" if verbish else "noun", name in ("counterpart", "participant_cues", "honour_words", "act_nouns"))
    for vtype, terms in lex.get("visit_types", {}).items():
        groups["v:" + vtype] = (terms, "noun", False)
    for vtype, terms in lex.get("meeting_visit_types", {}).items():
        groups["m:" + vtype] = (terms, "noun", False)  # a working meeting's type: only when no "v:" term types the visit
    skip = {fold_term(w) for w in lex.get("speech_barrier_exclude", [])}
    # ... and their participles ("مشيرا إلى أن نتنياهو على علم", adding that): past either, a leader is said of
    groups["c:speech"] = ([w for w in lex.get("speech_verbs", []) + lex.get("speech_participles", [])
                           if fold_term(w) not in skip], "verb", False)
    return groups


@cache
def trigger_spec(group: str) -> dict[str, Any]:
    """The lexicon entry of a trigger group ("t:visit" -> role, tense, terms)."""
    return triggers_lexicon()["triggers"][group[2:]]


def definite(h: Any) -> bool:
    """The trigger word carries the article "ال" (al-): "الزيارة", "للزيارة" (li-l-ziyara).
    Never a verb's, though "التقى" (iltaqa, met) begins with the same two letters."""
    if h.group.startswith("t:") and trigger_spec(h.group).get("proclitics") == "verb":
        return False
    return "ال" in h.prefix or fold_term(h.term).startswith("ال")


def compound_end(art: Any, i: int, h: Any) -> int:
    """Where a meeting noun's word ends, or the next word's when that is a definite meeting noun of its own
    with no proclitic, its genitive ("لقاء القمة", the summit meeting; "اجتماع القمة"): one meeting, so the
    rules that read its clause past the noun ("لقاء القمة الذي عقد في وقت سابق من الشهر الجاري", the summit
    meeting held earlier this month) read past both words."""
    end = art.word_end(h.end)
    if trigger_spec(h.group).get("tense"):
        return end
    nxt = [t for t in art.near("triggers", i, end + 1, end + 1) if not t.prefix and not trigger_spec(t.group).get("tense")]
    return art.word_end(nxt[0].end) if nxt and fold_term(nxt[0].term).startswith("ال") else end


def purpose_noun(h: Any) -> bool:
    """A past-verb trigger with li-: no past verb takes it, so "لبحث" (li-bahth, to discuss)
    is a noun of purpose, not "بحث" (bahatha, discussed)."""
    return trigger_spec(h.group).get("tense") == "past" and "ل" in h.prefix


def verbal_noun(text: str, h: Any) -> bool:
    """A past-verb trigger no verb can be: with li- (purpose_noun) or right after a preposition
    (grammar.yaml noun_prepositions): "بالإضافة إلى بحث آليات التشاور" (besides discussing the
    mechanisms) is "bahth" (discussion), not "bahatha" (discussed): it gives no sentence a past."""
    if purpose_noun(h):
        return True
    if trigger_spec(h.group).get("tense") != "past" or h.prefix:
        return False
    before = text[max(0, h.start - PREPOSITION_CHARS):h.start].split()
    return bool(before) and fold_term(before[-1]) in grammar_words("noun_prepositions")


PREPOSITION_CHARS = 8  # the word before a trigger: "إلى " (ila, to)


def not_in_a_name(text: str, h: Any) -> bool:
    """A trigger hit whose whole word (proclitic and trigger) is a name or another word
    ("يصل", arrives, in "فيصل", Faisal: name_collisions) is no trigger; "مضيفه" (his host, host_before_words,
    read unfolded) is no speech participle "مضيفة" (adding), which it folds as."""
    if not h.group.startswith("t:") and h.group != "c:speech":
        return True
    s, e = h.start, h.end
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    while e < len(text) and text[e].isalpha():
        e += 1
    if h.group == "c:speech":
        return text[s:e] not in triggers_lexicon().get("host_before_words", []) or that_after(text, e)
    return fold_term(text[s:e]) not in {fold_term(w) for w in triggers_lexicon().get("name_collisions", [])}


def that_after(text: str, end: int) -> bool:
    """A complementizer (triggers.yaml complementizers) is the next word: "مضيفه أن" is the participle "مضيفة"
    (adding that) in the spelling of outlets that write its final ta marbuta as ha, not "his host"."""
    nxt = text[end:end + 12].split()[:1]
    return bool(nxt) and fold_term(nxt[0].strip("\u060c,")) in {fold_term(w) for w in triggers_lexicon().get("complementizers", [])}


def compared_expectation(text: str, h: Any) -> bool:
    """A plan cue ("من المتوقع", "المتوقع") after a comparative and "من" / "عن" (grammar.yaml comparatives):
    "استمرت المحادثات فترة أطول من المتوقع" (the talks lasted longer than expected) tells what was expected,
    no plan. Article.cues drops such c:future_plan hits."""
    words = [fold_term(w.strip("،,")) for w in text[max(0, h.start - COMPARATIVE_CHARS):h.start].split()]
    if not fold_term(h.term).startswith(fold_term("من")):
        if not words or words[-1] not in (fold_term("من"), fold_term("عن")):
            return False
        words = words[:-1]
    return bool(words) and words[-1] in grammar_words("comparatives")


COMPARATIVE_CHARS = 14  # back over "من " to the comparative: "أطول من "
