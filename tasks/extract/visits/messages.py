"""Messages: the leaders who send a message or greetings someone else carries, or to whom a
leader's own greetings go. They met nobody: the envoy who carried the message met the host. A
sentence's pairs that make one a side are dropped (visits.candidates), and a leader named so in a
neighbouring sentence is no partner of a meeting there (visits.owners.partner_elsewhere): in
"استقبل الرئيس ... وزير الفلاحة الجزائري ... ونقل الوزير رسالة إلى الرئيس من الرئيس بوتفليقة"
(received the Algerian minister ... who conveyed a message to him from President Bouteflika)
Bouteflika stays in Algiers. And who bears a message carried on a trip: a delegation, an envoy or
a minister named before it, not the leader whose trip it is (message_bearer_before)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.prospects import title_word
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import CONJUNCTIONS, LI, WA, fold_term
from ziyarat.lexicon import grammar_words, trigger_words

SENDER_CHARS, SENDER_WORDS = 40, 4  # from "تحيات" / "رسالة من" to the sender's name, past "من" and his titles
ADDRESSEE_CHARS = 80  # "رسالة إلى مرسي من الرئيس السوداني عمر البشير": the sender past the addressee
ADDRESSEE_WORDS = 6  # words between the message and its "من" (from): "إلى الرئيس محمد مرسي"
SENDING_WORDS, SENDING_CHARS = 8, 100  # from a sending verb to the message: "وحمّل الرئيس الجزائري عبد العزيز بوتفليقة وزيره رسالة"
FROM = "\u0645\u0646"  # من
TO = "\u0627\u0644\u064a"  # إلى, folded
SUBJECT_BEFORE_CHARS = 12  # "الرئيس بوتفليقة قد بعث": the subject, then "قد", then the verb
DISPATCH_CHARS = 60  # from "أوفده" (dispatched him) to its subject past his titles: "أوفده الرئيس المصري محمد مرسي"
BREAKS = "\u060c,.:;\u061b"  # a comma or a full stop ends the message's phrase


BEARER_CHARS = 200  # how far before a carried message its bearer may be named


def message_bearer_before(art: Article, i: int, start: int) -> bool:
    """A message carried on a trip is a bearer's, not the traveller-leader's own, when a bearer
    word (وفد, a delegation; مبعوث, an envoy; وزير, a minister) or a named official (a person of
    the lexicon holding an office that day, no leader) comes before it: "عاد نائب الرئيس الحاج
    آدم يوسف ... بعد زيارة سلم خلالها رسالة من الرئيس البشير إلى نظيره" (the vice-president
    handed over Bashir's message: Bashir did not travel). Not one followed by a leader who does
    something himself before the message (a verb trigger after his name): "قال السفير علاء الحديدي
    إن رئيس الوزراء التقى ... ديبي، حيث نقل له تحيات الرئيس" (the spokesman, an ambassador, said
    the prime minister met Deby and conveyed the president's greetings) is the prime minister's;
    "توجه وفد ... للقاء ترامب، حاملا رسالة" (a delegation went to meet Trump, carrying a letter)
    the delegation's."""
    lo = max(0, start - BEARER_CHARS)
    bearers = trigger_words("message_bearers")
    at = [lo + w.start() for w in re.finditer(r"\S+", art.text[lo:start]) if fold_term(w.group().strip("،,")) in bearers]
    at += [m.start for m in art.persons.get(i, []) if lo <= m.start < start and m.offices and not is_leader(m)]
    verbs = [t.start for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and trigger_spec(t.group).get("tense")]
    acting = [m.start for m in art.leaders.get(i, []) if any(m.end <= v < start for v in verbs)]
    return any(not any(a < m < start for m in acting) for a in at)


CARRY_WORDS = 6  # words from a carry verb to the message it carries: "نقل إليه تحيات وتهنئة"


def carried(art: Article, c: Any) -> bool:
    """Remote-contact cue c is something a leader at a meeting hands over for someone else: a message
    (triggers.yaml carried_messages) or greetings a carry verb brings ("نقل للرئيس تهنئة الرئيس بوتين",
    conveyed President Putin's congratulations; "نقل تحيات وتهنئة", his greetings and congratulations)."""
    term = fold_term(c.term)
    if term in trigger_words("carried_messages"):
        return True
    carry = trigger_words("carry_verbs")
    return term in trigger_words("in_person_greetings") \
        and any(w in carry for w in art.words_before(art.word_start(c.start), CARRY_WORDS))


# the trigger roles that tell the two in one place: a trip, or a reception or meeting ("استقبل ... الذي
# قدم إلى البلاد لتقديم واجب العزاء", received ... who came to offer condolences)
IN_PERSON_ROLES = ("arrive", "visit", "receive", "meet")


def greeting_in_person(art: Article, i: int, triggers: list[Any]) -> bool:
    """Every remote-contact cue of sentence i is congratulations or condolences brought
    in person: li- (to) or "لتقديم" (to offer) before it, after a visit or arrival word
    told as done: "وصل مادورو إلى هافانا لتهنئة الرئيس الجديد" (arrived to congratulate), or a
    reception or meeting word: "استقبل ... الذي قدم لتقديم واجب العزاء" (received ... who came to offer condolences);
    or a message or greetings a leader carries to a meeting told as held (carried): "التقى
    ميدفيديف الذي نقل للرئيس تحيات وتهنئة الرئيس بوتين" (met Medvedev, who conveyed Putin's
    greetings and congratulations; the sender is dropped by message_absentees)."""
    cues = art.cues(i, "c:remote_contact")
    trips = [(t.end, trigger_spec(t.group)["role"] in IN_PERSON_ROLES) for t in triggers
             if trigger_spec(t.group).get("tense") != "future" and "س" not in t.prefix]
    greetings, purpose, carry = (trigger_words(k) for k in ("in_person_greetings", "greeting_purpose_words", "carry_verbs"))
    return bool(cues) and all(
        (fold_term(c.term) in greetings and any(e <= c.start and trip for e, trip in trips) and (LI in c.prefix or _offered(art, c, purpose)))
        or (carried(art, c) and any(e <= c.start for e, _ in trips) and any(w in carry for w in art.words_before(art.word_start(c.start), CARRY_WORDS)) and not message_bearer_before(art, i, c.start))
        for c in cues)


def _offered(art: Article, c: Any, purpose: set[str] | frozenset[str]) -> bool:
    """A purpose word right before the greetings, or before "واجب" (the duty of) before them:
    "لتقديم التعازي", "لتقديم واجب العزاء" (to offer the duty of condolence), "لأداء واجب العزاء"."""
    before = art.words_before(art.word_start(c.start), 2)
    duty = trigger_words("greeting_duty_words")
    return bool(before) and (before[-1] in purpose or (len(before) == 2 and before[-1] in duty and before[0] in purpose))


def message_absentees(art: Article, i: int) -> set[str]:
    """The ids of the leaders of sentence i who send or are sent the greetings or the message someone
    carries (triggers.yaml carried_messages): the sender named right after it, past "من" (from) and
    his titles ("نقل سموه تحيات خادم الحرمين الملك سلمان إلى أخيه الملك عبدالله": King Salman met
    nobody, the envoy did), or past its addressee ("رسالة إلى مرسي من الرئيس البشير"); the one his
    own greetings are sent to ("طلب الملك عبدالله نقل تحياته إلى أخيه الملك سلمان"); and the subject
    of a sending verb before it ("حمّل الرئيس بوتفليقة وزيره رسالة", entrusted his minister with a
    message; "الذي حمله الرئيس رسالة", whom the president entrusted with a message)."""
    out: set[str] = set()
    for c in art.cues(i, "c:remote_contact"):
        if carried(art, c):
            out |= {pid(m) for m in (_named_after(art, i, c), _sent_from(art, i, c), _entrusted_by(art, i, art.word_start(c.start)))
                    if m is not None}
        elif sending_verb_cue(c.term) and (m := _verb_subject(art, i, art.word_start(c.start), art.word_start(c.start))):
            out.add(pid(m))
    return out


def unsent_leaders(art: Article, j: int) -> list[Any]:
    """The leaders of sentence j but a message's sender (or the one a leader's own greetings go to) and
    the one who sent an envoy, the subject of a dispatching verb ("وكان الملك سلمان قد أرسله إلى القاهرة",
    King Salman had sent him to Cairo): the partner or guest another sentence's meeting may name
    (visits.owners, visits.roles)."""
    if not art.cues(j, "c:remote_contact") and not art.cues(j, "c:dispatching_verbs"):
        return art.leaders.get(j, [])
    absent = message_absentees(art, j) if art.cues(j, "c:remote_contact") else set()
    for c in art.cues(j, "c:dispatching_verbs"):
        start = art.word_start(c.start)
        if (m := _verb_subject(art, j, start, start + DISPATCH_CHARS)) is not None:
            absent.add(pid(m))
    return [m for m in art.leaders.get(j, []) if pid(m) not in absent]


def _named_after(art: Article, i: int, c: Any) -> Any | None:
    """The leader named right after the message, past "من" and his titles (or, after "تحياته",
    past "إلى" or li-, to, and his other wishes: the one his greetings go to, "تحياته إلى أخيه الملك
    سلمان", "وحمّله تحياته وتقديره للملك سلمان", entrusted him with his greetings and esteem for King Salman)."""
    m = next(iter(art.near("persons", i, c.end, c.end + SENDER_CHARS)), None)
    if m is None or not is_leader(m):
        return None
    gap = art.folded_slice(c.end, m.start).split()
    if fold_term(c.term) in trigger_words("own_messages"):  # "تحياته" (his greetings): to the leader after "إلى" (to)
        gap = [w for w in gap if not _his_wish(w)]
        if not gap or (gap[0] != TO and gap[0][:1] != LI):
            return None
        # "للملك" (to the king: li- on al-) reads as "الملك"; a bare li- glued to the name is passed
        gap = gap[1:] if gap[0] in (TO, LI) else [("\u0627" + gap[0][1:]) if gap[0][:2] == LI + LI else gap[0][1:], *gap[1:]]
    stops = grammar_words("noun_prepositions")
    if len(gap) <= SENDER_WORDS and not any(w in stops or w[:1] == LI or w[-1:] in BREAKS for w in gap):
        return m
    return None


def _his_wish(word: str) -> bool:
    """A wish coordinated with "تحياته" (his greetings), a wa- noun with his pronoun: "وتقديره" (and his
    esteem), "وتمنياته" (and his wishes)."""
    return word[:1] == WA and word[-1:] == "\u0647" and len(word) > 4


def _sent_from(art: Article, i: int, c: Any) -> Any | None:
    """The leader after the "من" (from) that follows the message's addressee, with only his titles
    between: "ونقل الوزير رسالة إلى الرئيس مرسي من الرئيس السوداني عمر البشير"."""
    for m in art.near("leaders", i, c.end, c.end + ADDRESSEE_CHARS):
        gap = art.folded_slice(c.end, m.start).split()
        if any(w[-1:] in BREAKS for w in gap):
            return None
        if FROM not in gap:
            continue  # the addressee: "إلى الرئيس عبد الفتاح السيسي"
        k = len(gap) - 1 - gap[::-1].index(FROM)
        if k <= ADDRESSEE_WORDS and all(title_word(w) for w in gap[k + 1:]):
            return m
    return None


def _entrusted_by(art: Article, i: int, at: int) -> Any | None:
    """The subject of a sending verb before the message at `at`, named right after the verb past his
    titles: "بعث الرئيس بوتفليقة برسالة" (sent a message), "الذي حمله الرئيس بوتفليقة رسالة" (whom
    the president entrusted with a message). "حمل" unvowelled is also "carried" ("حمل الرئيس رسالة",
    the president carried a message): its subject sends only when the bearer stands between him and
    the message ("حمّل الرئيس وزيره رسالة", entrusted his minister with it)."""
    lo = max(art.sentences[i][0], at - SENDING_CHARS)
    words = [(lo + w.start(), fold_term(w.group())) for w in re.finditer(r"\S+", art.text[lo:at])][-SENDING_WORDS:]
    sending, entrusting = trigger_words("sending_verbs"), trigger_words("entrusting_verbs")
    verbs = [(s, w) for s, w in words if _bare(w) in sending | entrusting]
    if not verbs or any(verbs[-1][0] < s and w[-1:] in BREAKS for s, w in words):
        return None  # no sending verb, or a comma or full stop between it and the message
    start, verb = verbs[-1]
    m = _verb_subject(art, i, start, at)
    if m is None:
        return None
    if _bare(verb) in entrusting:
        bearers = trigger_words("message_bearers")
        after = art.folded_slice(art.last_of_name(i, m).end, at).split()
        if not any(w in bearers or w[:-1] in bearers or w[:-2] in bearers for w in after) \
                and not any(not is_leader(p) for p in art.near("persons", i, m.end, at)):
            return None  # "حمل الرئيس بوتفليقة رسالة": he carried it himself
    return m


def _verb_subject(art: Article, i: int, start: int, at: int) -> Any | None:
    """The leader named after the verb at `start` (before `at`) past his titles only, or, told first,
    right before it past "قد": "وكان الرئيس بوتفليقة قد بعث برسالة" (had sent a message)."""
    m = next(iter(art.near("leaders", i, start, at)), None)
    if m is not None and all(title_word(w) for w in art.folded_slice(start, m.start).split()[1:]):
        return m
    before = [m for m in art.leaders.get(i, []) if m.end <= start and start - m.end <= SUBJECT_BEFORE_CHARS]
    if before and all(w in grammar_words("qad_forms") for w in art.folded_slice(before[-1].end, start).split()):
        return before[-1]
    return None  # another subject first: "حمل الوزير ..." (the minister carried)


def sending_verb_cue(term: str) -> bool:
    """A cue that opens on a verb of sending: "بعث برسالة", "أرسل رسالة" (its subject is named before it)."""
    return _bare(fold_term(term).split()[0]) in trigger_words("sending_verbs")


def _bare(word: str) -> str:
    """A verb without its conjunction: "وحمل" -> "حمل"."""
    return word[1:] if word[:1] in CONJUNCTIONS and len(word) > 3 else word
