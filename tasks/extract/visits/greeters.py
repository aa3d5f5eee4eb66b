"""The host who greeted the arriving leaders as a group: a sentence of its own tells that the
host country's leader received "the leaders" or "most of them" ("وكان أمير قطر في استقبال
القادة المشاركين في القمة", the emir of Qatar was receiving the leaders taking part in the
summit; "الذين كان في استقبال معظمهم أمير البلاد", most of whom the emir received), and the
arrival of each, named, is told next to it. Such an arrival, for a summit or with no place
in its own sentence, has that leader as its host. And the other guests a reception whose
pronoun is of several ("وكان في استقبالهم", receiving them) names with the one it was read for:
every leader of the arrivals told before it (fellow_guests). A reception or a farewell told after "كان"
whose guests are several and whose greeter, named after it, is no leader ("وكان في وداع الأميرين وزير
الطيران", the aviation minister saw the two emirs off) pairs none of those guests (seen_off_by_official); nor
does a reception of a group that no leader before it gives ("على استقبال الرؤساء", receiving presidents: guests_as_group)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.messages import unsent_leaders
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import PRONOUN_ENCLITICS
from ziyarat.lexicon import grammar_words, trigger_words

GREETING_SENTENCES = 2  # sentences between an arrival and the group reception told with it
GROUP_ENCLITICS = PRONOUN_ENCLITICS & {"هما", "هم", "هن"}  # them two, them: the pronoun of several
GUESTS_CHARS = 30  # from the reception word to "القادة" / "معظمهم" (the leaders, most of them) after it


def group_receiver(art: Article, i: int, role: str, visitor: Any, country: str | None) -> Any | None:
    """The leader who received the arriving leaders as a group in a sentence near sentence i,
    the host of `visitor`'s arrival (role arrive or visit) there; None when no such reception is
    told, when it names a guest, or when the arrival's country, given, is not the receiver's."""
    if visitor is None or role not in ("arrive", "visit"):
        return None
    for j in range(max(0, i - GREETING_SENTENCES), min(len(art.sentences), i + GREETING_SENTENCES + 1)):
        if j == i or (country is None and abs(j - i) > 1):
            continue  # with no place of its own, the arrival must stand right beside the reception
        receivers = {pid(m): m for m in art.leaders.get(j, [])}
        if len({m.country for m in receivers.values()}) != 1:
            continue  # no leader, or a guest named beside the receiver: the reception is no group's
        host = next(iter(receivers.values()))
        if host.country in (None, visitor.country) or (country is not None and country != host.country):
            continue
        for h in art.by_sent.get(j, ()):
            if h.group.startswith("t:") and trigger_spec(h.group)["role"] in ("reception", "receive") \
                    and art.near("c:arriving_guests", j, h.end, h.end + GUESTS_CHARS):
                return host
    return None


def fellow_guests(art: Article, c: Candidate) -> list[Candidate]:
    """The other guests of a reception told with a pronoun of several whose guest was read in an earlier
    sentence (roles.guest_named_before): "وصل الوفد الكويتي برئاسة الشيخ صباح، والوفد القطري برئاسة الشيخ
    تميم. وكان في استقبالهم الملك سلمان" (the Kuwaiti delegation headed by Sheikh Sabah and the Qatari one
    headed by Sheikh Tamim arrived; King Salman received them): each leader of that sentence of another
    country than the host's, but a sender of a message someone carried and one named only through his
    representative ("ممثل السلطان", the sultan's representative) or another person of his; nor one past
    another meeting word, his own meeting's: "وصل البشير قادما من القاهرة حيث التقى السيسي" (arrived from
    Cairo where he met Sisi)."""
    h = c.hit
    if c.kind != "reported" or h.suffix not in GROUP_ENCLITICS or c.visitor.start < 0 or c.host.start < 0 \
            or trigger_spec(h.group)["role"] not in ("reception", "receive"):
        return []
    j = art.sent_of(c.visitor.start)
    if j >= c.sentence:
        return []
    heads = trigger_words("person_heads")
    seen = {pid(c.visitor), pid(c.host)}
    out = []
    for m in unsent_leaders(art, j):
        lo, hi = sorted((c.visitor.start, m.start))
        if any(t.group.startswith("t:") and lo < t.start < hi and trigger_spec(t.group)["role"] not in ("arrive", "visit")
               for t in art.by_sent.get(j, ())):
            continue
        if pid(m) not in seen and m.country not in (None, c.host.country) and not art.possessed(m, heads):
            seen.add(pid(m))
            out.append(replace(c, visitor=m, confidence=c.confidence * 0.9))
    return out


def seen_off_by_official(art: Article, i: int, h: Any) -> bool:
    """A reception or farewell word right after a form of "كان" (was), so its greeter is named after it,
    whose guests are several (a pronoun of several, "في وداعهما", or a group word right after it, triggers.yaml
    arriving_guests: "في وداع الأميرين", the two emirs) and whose sentence names no leader after it: in "غادر
    أمير الكويت ... كما غادر أمير قطر ...، وكان في وداع الأميرين وزير الطيران" (the aviation minister saw the
    two emirs off) the leaders named before it are fellow guests, neither the other's host."""
    if trigger_spec(h.group)["role"] != "reception":
        return False
    words = art.words_before(art.word_start(h.start), 1)
    if not words or words[-1] not in grammar_words("kana_forms"):
        return False
    several = h.suffix in GROUP_ENCLITICS or bool(art.near("c:arriving_guests", i, h.end, h.end + GUESTS_CHARS))
    return several and not any(m.start >= h.end for m in art.leaders.get(i, []))


def guests_as_group(art: Article, i: int, h: Any) -> bool:
    """A reception noun whose object, right after it, is a group (triggers.yaml arriving_guests: "على استقبال
    الرؤساء", receiving presidents; "في استقبال القادة") in a sentence that names no leader before it to give
    it: the leaders named after it are members of that group, fellow guests: "اعتاد رئيس الجامعة على استقبال
    الرؤساء عند بوابتها، كما فعل مع الرئيس الفلسطيني ... ورئيس الوزراء التركي ..." (the university's head
    used to receive presidents at its gate, as he did with ...) pairs neither with the other."""
    if trigger_spec(h.group)["role"] not in ("receive", "reception") or trigger_spec(h.group).get("tense") or h.suffix:
        return False
    return bool(art.near("c:arriving_guests", i, h.end, h.end + 2)) and not any(m.end <= h.start for m in art.leaders.get(i, []))
