"""Two leaders shown together at a ceremony, with no meeting verb: "شهد الرئيس X والرئيس Y، الاثنين، مراسم توقيع
اتفاقيات" (X and Y witnessed on Monday the signing of agreements; triggers.yaml witness_past) and "شارك X، Y
الأربعاء مشاهدة العرض" (X shared with Y on Wednesday the watching of the parade; share_past). Both were there, so
they met, as a meeting verb says; who travelled is the city's and the trip's to say, as for "التقى" (met).

The verb's subject, a leader, stands right after it, past his titles (SUBJECT_CHARS); the other, a leader of another country, is
joined to him by "و" (and) for witness_past, the words between starting with it (a non-leader listed between, a
crown prince, is passed over), or stands right after him as the verb's object for share_past, a comma or a title
between; then a ceremony noun (triggers.yaml ceremony_nouns: مراسم, حفل, توقيع, افتتاح, عرض ...) within
CEREMONY_CHARS, no clause break, no other trigger and no third leader's country before it. So "شهد الرئيس X توقيع
اتفاقية بين وزيري الخارجية" (one leader at his ministers' signing), "شهد X ووزير الخارجية Y" (a minister),
"شهد X وزوجة الرئيس Y" (a leader's wife) and "شهدت باريس لقاء" (a venue: visits.witnessed) pair no one. Only
the past: "سيشهد" / "يشهد" (will witness) are no terms. Read over the article's raw hits, before its indexes are
built from the hits this filters (honours.honour_told), and by honours.honoured for the sides."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import trigger_words
from ziyarat.matching import Hit

CEREMONY_CHARS = 240  # from the verb over both titled subjects and a day to the ceremony noun: "شهد نائب رئيس دولة
# الإمارات رئيس مجلس الوزراء حاكم دبي، الشيخ محمد بن راشد آل مكتوم، وولي عهد أبوظبي ...، ورئيس الصين شي جين بينغ، مراسم"
SUBJECT_CHARS = 90  # from the verb to its subject's name, past his titles: "شهد نائب رئيس دولة الإمارات رئيس مجلس
# الوزراء حاكم دبي، الشيخ محمد بن راشد"
OBJECT_WORDS = 3  # from the subject to the object of "شارك" (shared with): a comma and a title ("، الرئيس الروسي")
GAP_MARKS = "\u060c,"  # the commas that may stand around a listed name: "بوتفليقة، والشيخ حمد"


def ceremony_told(art: Any, h: Hit, hits: list[Hit]) -> bool:
    """h is no ceremony verb, or it names two leaders of different countries at a ceremony (together_pair)."""
    spec = trigger_spec(h.group) if h.group.startswith("t:") else {}
    return not spec.get("ceremony") or together_pair(art, h, hits) is not None


def ceremony_roles(art: Any, i: int, h: Hit, r: Any) -> tuple[Any, Any, float]:
    """(subject, other, 0.0) of a ceremony verb, in text order: nothing says who travelled."""
    pair = together_pair(art, h, art.hits)
    return (pair[0], pair[1], 0.0) if pair is not None else (None, None, 0.0)


def together_pair(art: Any, h: Hit, hits: list[Hit]) -> tuple[Any, Any] | None:
    """The verb's subject and the leader of another country joined to it (witness_past) or its object (share_past),
    both before the first ceremony noun after the verb in its sentence; None when the pattern does not hold."""
    i = art.sent_of(h.start)
    end = art.word_end(h.end)
    stop = min(art.sentences[i][1], end + CEREMONY_CHARS)
    noun = min((c for c in hits if c.group == "c:ceremony_nouns" and end < c.start < stop and art.sent_of(c.start) == i),
               key=lambda c: c.start, default=None)
    if noun is None or any(c.start < noun.start and c.end > end and (c.group == "c:clause_breaks" or
                                                                     (c.group.startswith("t:") and c is not h))
                           for c in hits):
        return None
    people = _distinct([m for m in art.near("persons", i, end, noun.start) if m.end <= noun.start])
    if len(people) < 2 or people[0][0].start - end > SUBJECT_CHARS:
        return None
    joint = trigger_spec(h.group)["ceremony"] == "joint"
    listed = _listed(art, people) if joint else [m for m, _ in people[:2]] if _object_of(art, *people[:2]) else []
    if any(art.possessed(m, trigger_words("person_heads")) for m in listed):
        return None  # "وزوجة الرئيس Y" (and the wife of president Y) is not Y
    subject = listed[0] if listed else None
    if subject is None or not is_leader(subject):
        return None
    others = {m.country for m in listed[1:] if is_leader(m) and m.country != subject.country}
    other = next((m for m in listed[1:] if is_leader(m) and m.country != subject.country), None)
    return (subject, other) if other is not None and len(others) == 1 else None


def _distinct(people: list) -> list[tuple[Any, int]]:
    """The persons in text order, each with where its run of mentions ends: a mention inside or repeating the one
    before it (a title, then the name: "ولي عهد أبوظبي ...، الشيخ محمد بن زايد") is the same person's."""
    out: list[tuple[Any, int]] = []
    for m in sorted(people, key=lambda m: m.start):
        if out and (pid(m) == pid(out[-1][0]) or m.start < out[-1][1]):
            out[-1] = (out[-1][0], max(out[-1][1], m.end))
            continue
        out.append((m, m.end))
    return out


def _listed(art: Any, people: list[tuple[Any, int]]) -> list:
    """The first person and those joined to the list by "و" (and): the words between a name and the next one
    start with it, past a comma ("، ورئيس الصين", "والرئيس"); the list ends at the first person not joined."""
    out = [people[0][0]]
    for (_, prev_end), (m, _) in zip(people, people[1:]):
        gap = art.text[prev_end:m.start].strip().lstrip(GAP_MARKS).strip()
        if not gap.startswith(WA):
            break
        out.append(m)
    return out


def _object_of(art: Any, subject: tuple[Any, int], other: tuple[Any, int]) -> bool:
    """The other stands right after the subject as the verb's second object: a comma or a title between, no "و"."""
    words = art.text[subject[1]:other[0].start].replace("\u060c", " ").replace(",", " ").split()
    return len(words) <= OBJECT_WORDS and not (words and words[0].startswith(WA))
