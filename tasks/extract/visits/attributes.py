"""Attributes of a reported visit that its sentences state beside the pair: the visit type
("زيارة رسمية", official; "مأدبة دولة", a state banquet), whether it was announced ("غير معلنة",
unannounced) and the officials present. visits.merge reads them for each row."""
from __future__ import annotations

from functools import cache
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import triggers_lexicon


def visit_type(art: Article, sents: list[int], visitor: Any = None, host: Any = None) -> str | None:
    """The type its own sentences say, else the first any other sentence says that names neither
    someone else's visit: in a digest "ويصل ميقاتي إلى أنقرة في زيارة رسمية" (Mikati arrives in
    Ankara on an official visit) types Mikati's trip, not Morsi's told before it. A working meeting ("اجتماع عمل")
    types it only when no sentence does so by a visit's own words (triggers.yaml meeting_visit_types)."""
    pair = {pid(p) for p in (visitor, host) if p is not None}
    order = list(sents) + [j for j in range(len(art.sentences)) if j not in sents
                           and not (pair and art.leaders.get(j) and not {pid(m) for m in art.leaders[j]} & pair)]
    for j in order:
        for h in art.by_sent.get(j, ()):
            if h.group.startswith("v:") and not _state_of_a_country(art, j, h):
                return h.group[2:]
            if vtype := _after_owner(art, j, h, pair):
                return vtype
    # ... else a working meeting told in the pair's own sentences or one naming both ("وقالت ميركل ... اجتماع العمل
    # مع بوتين", Merkel said ... the working meeting with Putin); not one with a third leader ("خلال اجتماع عمل مع
    # رئيس وزراء سنغافورة", at a working meeting with Singapore's prime minister, types no Trump-Kim summit)
    both = [j for j in order if j in sents or pair <= {pid(m) for m in art.leaders.get(j, ())}]
    return next((h.group[2:] for j in both for h in art.by_sent.get(j, ()) if h.group.startswith("m:")), None)


def _after_owner(art: Article, j: int, h: Any, pair: set) -> str | None:
    """The type adjective right after the visit noun's genitive leader, one of the pair's:
    "زيارة أوباما الرسمية" (Obama's official visit); "زيارة أوباما الأولى" (his first visit)
    says none."""
    if h.group != "t:visit" or (owner := art.genitive_leader(j, h)) is None or (pair and pid(owner) not in pair):
        return None
    words = art.folded_slice(owner.end, owner.end + 24).split()
    word = words[0].strip("،,.") if words else ""
    return next((vtype for vtype, terms in _owner_types().items() if word in terms), None)


@cache
def _owner_types() -> dict[str, frozenset[str]]:
    return {vtype: frozenset(fold_term(w) for w in terms)
            for vtype, terms in triggers_lexicon().get("owner_visit_types", {}).items()}


def _state_of_a_country(art: Article, j: int, h: Any) -> bool:
    """"زيارة دولة الكويت" (a visit to the State of Kuwait): "دولة" heads the place's
    name, so the visit is not a state visit; a preposition between makes the place the
    state visit's goal: "بزيارة دولة للولايات المتحدة" (a state visit to the United States)."""
    return h.group == "v:state" and any(not art.text[h.end:p.start].strip()
                                        for p in art.near("places", j, h.start + 1, h.end + 2))


def announced(art: Article, sents: list[int]) -> bool | None:
    """False for "غير معلنة" / "لم يعلن عنها مسبقا" / "مفاجئة" said of the visit;
    True when an announcement of a coming visit is quoted."""
    meeting = set(sents) | {0, 1}
    for j in sorted(art.by_sent):
        hits = art.by_sent[j]
        if any(h.group == "c:not_announced" for h in hits) and (
                j in meeting or any(h.group.startswith("t:") for h in hits)):
            return False
    for j in sents:
        hits = art.by_sent[j]
        if any(h.group == "c:announce_verbs" for h in hits) and any(
                h.group.startswith("t:") and (trigger_spec(h.group).get("tense") == "future" or "س" in h.prefix)
                for h in hits):
            return True
    return None


def participants(art: Article, sents: list[int], visitor: Any, host: Any) -> list[str]:
    """Officials present: persons in sentences that receive, accompany or join."""
    skip = {pid(visitor), pid(host)}
    names: list[str] = []
    for j in sorted(art.by_sent):
        groups = {h.group for h in art.by_sent[j]}
        if "c:participant_cues" not in groups:
            continue
        about_meeting = (j in sents or any(pid(m) in skip for m in art.persons.get(j, []))
                         or "c:counterpart" in groups)
        if not about_meeting:
            continue
        for m in art.persons.get(j, []):
            name = m.name_en or m.surface
            if pid(m) not in skip and not is_leader(m) and name not in names:
                names.append(name)
    return names
