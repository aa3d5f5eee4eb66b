"""Roles: who visits and who hosts, from the trigger's role in the lexicon.

Each rule reads the leaders within reach of the trigger (:class:`Reach`) and returns
``(visitor, host, directed)``, where ``directed`` weighs the direction evidence (2.0
for a verb or noun that says who travelled, 0 for a guess); ``(None, None, 0.0)``
when the trigger binds no leader. "وصل الأسد إلى موسكو" (arrive) -> al-Assad visits;
"استقبل بوتين الأسد" (receive) -> Putin hosts; "التقى" (meet) -> the two nearest leaders
of different countries, the direction settled later by the city.
"""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.visits.agreement import agreeing
from tasks.extract.visits.antecedent import participle_subject, relative_subject
from tasks.extract.visits.article import Article
from tasks.extract.visits.honours import honoured
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.messages import unsent_leaders
from tasks.extract.visits.owners import (DUAL_AFTER_CHARS, WITH_TITLE_WORDS, carried_subject, departs, dual_verb,
                                         gone_to, granted, granted_from, li_owned, lone_object, met_earlier, prior_subject,
                                         pronoun_owner, remarks_owner, unnamed_owner, included_meeting)
from tasks.extract.visits.reach import Reach
from tasks.extract.visits.sayings import said_sides
from tasks.extract.visits.sides import between_sides, framed_sides, fronted_sides
from tasks.extract.visits.speaker import held_with_speaker
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import CONJUNCTIONS, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


NO_ROLES: tuple[Any, Any, float] = (None, None, 0.0)


# A visit noun's traveller is certain when he owns it ("زيارته", "زيارة الأسد": 2.0), less so
# when he is only the nearest leader ("الأسد التقى بوتين في موسكو بزيارة"): a place in his
# own country then means the roles were read backwards, not that the place is wrong.
WEAK_VISITOR = 1.5


# "زيارته" (his visit): the last person named is usually, not always, the owner; in "ناقش
# مع نظيره المالكي خلال زيارته لبغداد" (discussed with his counterpart al-Maliki during his
# visit to Baghdad) the destination right after the noun says the owner is the other one.
PRONOUN_VISITOR = 1.75


# The one of two leaders who leaves ("قبيل مغادرة قنديل العراق") came: stated, not guessed.
DEPARTED = 1.5


def with_subject(art: Article, i: int, h: Hit, r: Reach) -> Reach:
    """The reach with the leader right after the trigger (its subject or genitive)."""
    near_after = r.after[0] if r.after and r.after[0].start - h.end <= 40 else None
    if near_after is not None and _trigger_between(art, i, h, near_after):
        near_after = None  # the subject of the next visit word: "بوتين زار مصر، وزار السيسي روسيا"
    return r._replace(near_after=near_after)


def _trigger_between(art: Article, i: int, h: Hit, m: Any) -> bool:
    """Another trigger of the sentence starts between h and the mention m."""
    return any(t.start < m.start and t is not h for t in art.near("triggers", i, h.end, m.start))


def arrive_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"وصل X" (arrived): X travels; "لدى وصوله" (upon his arrival): the pronoun's owner."""
    if h.suffix:
        owner = pronoun_owner(art, i, h)
        # the owner is usually, not always, the person last named: "نظيره المالكي ... عقب
        # وصوله للعراق" (his counterpart al-Maliki, after his arrival in Iraq) is the other's
        return (owner, None, PRONOUN_VISITOR) if owner is not None and is_leader(owner) else NO_ROLES
    if not trigger_spec(h.group).get("tense") and not definite(h) and art.genitive_leader(i, h) is None \
            and art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 8).split()[:1] not in (["كل"], ["كلا"]):
        # "وصول X" (wusul, the arrival of X): its genitive travels; "وصول البضائع إلى غزة"
        # (the arrival of goods in Gaza) is no leader's, whoever the sentence names ("وصول كل
        # من A و B", the arrival of each of A and B, lists its travellers)
        return NO_ROLES
    # a leader further on is the traveller only with no other visit word between:
    # in "كان قد وصل إلى بيروت ... لكنه لم يلتق بشار الأسد" al-Assad is who he did not meet
    far = r.after[0] if r.after and not _trigger_between(art, i, h, r.after[0]) else None
    if r.near_after is None and r.before and (carried := carried_subject(art, i, h)) is not None:
        return carried, None, 2.0  # "التقى بوتين السيسي ...، وتوجه إلى دمشق": Putin heads there
    if r.near_after is None and r.before and gone_to(art, r.before[-1]):
        return NO_ROLES  # "سيذهب إلى الرئيس أوباما ... بعدما توجه إلى تل أبيب": someone goes to him
    # a feminine verb is no man's (agreement): "وصلت ... شحنة سيارات ... لتنقلات الرئيس التركي"
    return r.near_after or (r.before[-1] if r.before else far), None, 2.0


def visit_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"زيارة X" / "زار X" / "زيارته" / "زيارة له": X (or the pronoun's owner) travels."""
    h = li_owned(art, h)  # "أكد خلال زيارة له إلى فرنسا أن الرئيس ...": "له" looks back, as "زيارته" does
    owner = pronoun_owner(art, i, h)
    if owner is not None:
        # "زيارته" / "زيارة سموه": the visit of the person last named
        if not is_leader(owner) or art.possessed(owner, trigger_words("possessor_heads")):
            return NO_ROLES
        return owner, None, PRONOUN_VISITOR
    if r.near_after and not h.suffix and _visited_after_genitive(art, h, r.near_after):
        return NO_ROLES  # "زيارة الحزب الناصري وتكريمه لبشار الأسد": the party's visit to al-Assad
    if r.near_after and r.near_after.start - h.end <= 25 and not h.suffix and not definite(h) \
            and not _after_lead_between(art, h.end, r.near_after.start):
        # "زيارة الأسد" (ziyarat al-Asad): the visit of al-Assad; "الزيارة" (al-ziyara) takes
        # no genitive: in "التقى أوباما خلال الزيارة رئيس الوزراء نتنياهو" the PM is met
        return r.near_after, None, 2.0
    if r.before:
        # a leader named well before is the traveller only if no official or group
        # stands between: in "انتقاد أوباما ... مقابلته لوفد من الكونجرس جاؤوا لزيارة
        # إسرائيل" the visitors are the delegation
        if h.start - r.before[-1].end > 60 and any(
                r.before[-1].end <= c.start and c.end <= h.start and not _entourage(art, c)
                for g in ("c:nonleader_slot", "c:official_nouns") for c in art.cues(i, g)):
            return NO_ROLES
        if len(r.before) > 1 and met_earlier(art, i, h, r.before[-1]):
            return r.before[-2], None, WEAK_VISITOR  # "يتوجه منها للقاء أولاند ... زيارة ألمانيا": the one met did not go
        return r.before[-1], None, WEAK_VISITOR
    if r.after and not h.suffix and not _after_lead_between(art, h.end, r.after[0].start) \
            and not _unowned_definite(art, h, r.after[0]) and not _trigger_between(art, i, h, r.after[0]):
        # a pronoun ("زيارته", "زيارة له") looks back: in "سيتوجه إلى فرنسا عقب زيارته لألمانيا للقاء الرئيس
        # الفرنسي" (after his visit to Germany, to meet the French president) the French
        # president named after "زيارته" is not its owner; nor is a leader past another
        # meeting word the visit's: in "أعلن بزيارة الضفة الغربية، وأنه التقى بوزيرة ... على
        # إرباك الرئيس مرسي" (announced a visit to the West Bank, that he met the minister ...
        # to unsettle President Morsi) Morsi did not travel
        return r.after[0], None, WEAK_VISITOR
    return None, None, 2.0


def _visited_after_genitive(art: Article, h: Hit, m: Any) -> bool:
    """The indefinite visit noun has its own definite genitive and the leader after it takes
    li- (to): "زيارة الحزب الناصري وتكريمه لبشار الأسد" (the Nasserist party's visit and its
    honouring of Bashar al-Assad) is the party's visit to him; "زيارة للرئيس الأسد" and
    "زيارة رسمية للأسد" (li- = of, after no genitive) keep him the traveller."""
    if not art.li_glued(m) or definite(h):
        return False  # "الزيارة الأخيرة لأردوغان" (al-ziyara ... li-): li- is "of" after al-
    between = art.folded_slice(art.word_end(h.end), art.word_start(m.start)).split()
    return bool(between) and between[0].startswith("ال")  # "زيارة رسمية لأردوغان": an adjective, li- "of"


def _unowned_definite(art: Article, h: Hit, m: Any) -> bool:
    """"الزيارة" (the visit, with al-) takes no genitive: a leader named further on is its
    traveller only through li- ("الزيارة الرسمية للرئيس الأسد") or a pronoun that points
    back to it ("الزيارة التي يقوم بها الأسد", which al-Assad makes) or "من" (min, by) right
    before him ("الزيارات المتكررة من الرئيس الأسد", the repeated visits by al-Assad); in
    "فالزيارة التي جاءت على خلاف الإجماع الرافض لممارسات بشار" (the visit that went against
    the consensus rejecting Bashar's practices) he is no visitor."""
    if not definite(h):
        return False
    between = [w.strip("،,.") for w in art.folded_slice(art.word_end(h.end), art.word_start(m.start)).split()]
    if not between or art.li_glued(m) or "من" in between[-2:]:
        return False
    return not any(w.endswith("ها") or w[:2] == "لل" for w in between)


def _clause_opens(art: Article, lo: int, h: Hit) -> bool:
    """The verb h opens a new clause after lo: "و" (wa-, and) on the verb and a comma
    before it. In "مرسي، الذي سيصل مساء اليوم، واستقبل أمير قطر رؤساء ..." (Morsi, who
    arrives tonight, and the emir of Qatar received the presidents ...) Morsi is the
    previous clause's, the receiver is the emir after the verb."""
    return "و" in h.prefix and any(c in art.text[lo:h.start] for c in "،,")


def _after_lead_between(art: Article, lo: int, hi: int) -> bool:
    """"بعد" / "عقب" (after) stands between: in "تأتي الزيارة بعد أن اعترف الرئيس ترامب"
    (the visit comes after President Trump recognised) the leader is the subject of the
    earlier event, not the visitor."""
    leads = trigger_words("after_leads")
    return any(w.strip("،,") in leads for w in art.folded_slice(lo, hi).split())


def _entourage(art: Article, c: Hit) -> bool:
    """The group cue is the leader's own: his entourage ("والوفد المرافق له", and the
    delegation accompanying him) or his title ("رئيس مجلس الوزراء", the prime minister,
    literally the head of the council of ministers), after "و" (and) too: "استقبل الرئيس
    الهندي ورئيس الوزراء" (the Indian president and the prime minister received)."""
    after = art.folded_slice(c.end, c.end + 16).split()[:1]
    before = art.words_before(art.word_start(c.start), 1)
    heads = trigger_words("group_title_heads")
    return (bool(after) and after[0].strip("،,") in trigger_words("entourage_after")) \
        or (bool(before) and (before[0] in heads or (before[0][:1] in CONJUNCTIONS and before[0][1:] in heads)))


def _apposition(art: Article, i: int, c: Hit) -> bool:
    """The group cue describes the person right before it: in "واستقبل أمير قطر والدكتور نبيل العربي،
    الأمين العام للجامعة، رؤساء ..." (the emir and Dr Elaraby, the League's secretary-general,
    received the presidents) the secretary-general is a co-host, no guest."""
    return any(0 <= c.start - m.end <= 3 and not art.text[m.end:c.start].strip(" ،,")
               for m in art.persons.get(i, []))


def receive_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"استقبل A B" (A received B): A hosts, B visits; "استقباله B" (istiqbaluhu, his
    receiving B): the pronoun's owner hosts; "استقبله A" (A received him): A hosts."""
    before, after = r.before, r.after
    if h.suffix and _was_there_to_receive(art, h):
        return reception_roles(art, i, h, r)
    if h.suffix and not trigger_spec(h.group).get("tense"):
        owner = pronoun_owner(art, i, h)
        if owner is None or not is_leader(owner):
            return NO_ROLES
        return (after[0] if after and pid(after[0]) != pid(owner) else None), owner, 2.0
    agent = agent_of(art, i, h, r)
    if agent is not None:
        # "استقبل ... من قبل X" / "استقبال رسمي من قبل X" (received by X): X hosts
        return (before[-1] if before else None), agent, 2.0
    if trigger_spec(h.group).get("tense") and passive_reception(art, h):
        return NO_ROLES
    if not trigger_spec(h.group).get("tense") and after:
        # "لاستقبال مرسي" (to receive Morsi): the noun's genitive is received ...
        if before and h.start - before[-1].end <= 60:  # ... unless granted: "وحظي X باستقبال" (X was given one),
            guest = granted(art, h) or art.li_pronoun_after(after[0])  # or "استقبال قنديل له" (Qandil's receiving him)
            return (before[-1], after[0], 2.0) if guest else (after[0], before[-1], 2.0)
        nxt = next((m for m in after[1:] if m.country != after[0].country), None)
        if nxt is not None and fold_term("نظير") in art.folded_slice(after[0].end, nxt.end):
            # ... unless its object "his counterpart" follows: "باستقبال الرئيس زوما نظيره
            # الصيني" (with President Zuma's receiving his Chinese counterpart) Zuma hosts
            return nxt, after[0], 2.0
        return (nxt, after[0], 2.0) if nxt is not None and art.noun_object(after[0], nxt) else (after[0], nxt, 2.0)
    if fold_term(h.term).endswith(("ه", "ها")) and after:
        # "استقبله X" (istaqbalahu X, X received him): the object pronoun is the visitor,
        # the subject after the verb hosts
        return (before[-1] if before else None), after[0], 2.0
    if before and after and h.start - before[-1].end <= 60 and not _clause_opens(art, before[-1].end, h):
        return after[0], before[-1], 2.0
    if after:
        if any(0 <= c.start - after[0].end <= 25 and not _entourage(art, c) and not _apposition(art, i, c) and c.prefix[:1] != "و"
               and not any(m.start <= c.start < m.end for m in r.leaders) for c in art.cues(i, "c:nonleader_slot")):
            # "استقبل أمير قطر أمس وزراء خارجية دول المجلس" (received the foreign ministers); not a group joined to him
            # by "و", his co-hosts ("استقبل عباس وأعضاء من اللجنة الرئيس الأمريكي"), nor a leader's title: "استقبل بوتين
            # رئيس الوزراء الإيطالي" (ra'is al-wuzara', the prime minister, literally the head of the ministers) names a guest
            return NO_ROLES
        if any(0 <= p.start - h.end <= 2 for p in art.places.get(i, [])) or after[0].start - h.end > SUBJECT_CHARS:
            # the subject is a country ("واستقبلت الولايات المتحدة الرفات", the US received the
            # remains) or is not named near the verb: the leaders further on are not its sides
            return NO_ROLES
        # the guest is the first of another country: "استقبل الرئيس الهندي X ورئيس الوزراء Y
        # الرئيس مرسي" (the Indian president and the prime minister received Morsi)
        guest = next((m for m in after[1:] if m.country != after[0].country), after[1] if len(after) >= 2 else None)
        return guest, after[0], 2.0
    if before:
        return None, before[-1], 2.0
    return None, None, 2.0


def _was_there_to_receive(art: Article, h: Hit) -> bool:
    """"كان باستقباله X" (bi-istiqbalihi, X was there to receive him): a form of كان (was)
    right before the noun with bi- makes it "كان في استقباله", the pronoun the guest."""
    return "ب" in h.prefix and any(w in grammar_words("kana_forms") for w in art.words_before(art.word_start(h.start), 1))


def passive_reception(art: Article, h: Hit) -> bool:
    """The reception verb reads as the passive: a manner noun with bi- right after it, then "من"
    (by) a few words on ("استقبل بتصفيق حاد من السياسيين", was received with loud applause by
    the politicians): the one before it is received, by no leader named (an agent is agent_of's)."""
    words = [w.strip("،,") for w in art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 40).split()[:PASSIVE_WORDS]]
    return bool(words) and words[0] in trigger_words("passive_manner") and fold_term("من") in words[1:]


PASSIVE_WORDS = 4  # the manner noun, an adjective or two, "من": "بتصفيق حاد من"


def reception_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"كان في استقباله X" (X was there to receive him): the pronoun visits, X hosts;
    "في استقبال X" without a pronoun: X is received; "مراسم استقبال ... من قبل X"
    (a reception by X): X hosts."""
    before, after = r.before, r.after
    guests = [m for m in before[:-1] if m.start >= art.sentences[i][0] and pid(m) != pid(before[-1])]
    if h.suffix and guests and _kana_subject_of(art, before[-1], h):
        # "ووصل زايف ... وكان تسيبراس في استقباله" (Tsipras was there to receive him): the
        # subject of "كان" before the word hosts, the one named before him in the sentence visits
        return guests[-1], before[-1], 2.0
    if h.suffix and not after and _antecedent_receives(art, h, before):
        # "لقاء مع رئيس الوزراء سينج، الذي كان في استقباله" (with PM Singh, who was there
        # to receive him): the relative's antecedent hosts, the pronoun is the one before
        return (before[-2] if len(before) >= 2 else None), before[-1], 2.0
    if h.suffix:  # "كان في استقباله X": the pronoun is the visitor
        return (before[-1] if before else None), (after[0] if after else None), 2.0
    agent = agent_of(art, i, h, r)
    if agent is not None:
        return (before[-1] if before else None), agent, 2.0
    visitor = after[0] if after else (before[-1] if before else None)
    rest = [m for m in after if visitor is None or pid(m) != pid(visitor)]
    return visitor, (rest[0] if rest else None), 2.0


def _kana_subject_of(art: Article, m: Any, h: Hit) -> bool:
    """m stands between "كان" (was) and the reception word h, right before it: "وكان تسيبراس
    في استقباله" (and Tsipras was there to receive him)."""
    if art.folded_slice(m.end, art.word_start(h.start)).split():
        return False
    words = art.words_before(m.start, KANA_TITLE_WORDS + 1)  # past his title: "وكان الرئيس الروسي بوتين"
    return any(w in grammar_words("kana_forms") for w in words)


KANA_TITLE_WORDS = 3


def _antecedent_receives(art: Article, h: Hit, before: list) -> bool:
    """"الذي" (alladhi, who), and a form of كان (was), end the words after the leader named last,
    a few and naming nobody: "سينج، الذي كان في استقباله" (Singh, who received him), "لنظيره
    التشادي، خلال رئاسته للوفد ... بجمهورية تشاد الذي كان في استقباله" (his Chadian counterpart, who)."""
    gap = re.findall(r"\w+", art.folded_slice(before[-1].end, art.word_start(h.start))) if before else []
    rel = max((k for k, w in enumerate(gap) if w in grammar_words("relative_pronouns")), default=None)
    return rel is not None and rel <= RELATIVE_GAP_WORDS and all(w in grammar_words("kana_forms") for w in gap[rel + 1:]) \
        and not any(before[-1].end <= m.start < h.start for m in art.persons.get(art.sent_of(h.start), []))


RELATIVE_GAP_WORDS = 12  # words between the antecedent and its "الذي"

SUBJECT_CHARS = 80  # characters between "استقبل" (received) and its subject, past adverbs of time and place


AGENT_REACH = 40  # characters between a reception word and the "من قبل" (by) that names who received


def agent_of(art: Article, i: int, h: Hit, r: Reach) -> Any | None:
    """The leader named right after an agentive "من قبل" (min qibal, by) that follows a
    reception word: in "جرت مراسم استقبال رسمية في المطار من قبل X" (a reception at the
    airport by X) X received the guest, whoever is named before or after."""
    cues = [c.end for c in art.near("c:agentive", i, h.end, h.end + AGENT_REACH)] or granted_from(art, i, h)
    if not cues:
        return None
    c = cues[0]  # also "حظي X باستقبال من Y" (X was given a reception by Y)
    return next((m for m in r.after if 0 <= m.start - c <= 25), None)


def received_guest(art: Article, i: int, h: Hit, r: Reach) -> bool:
    """The reception word points at a guest it does not name: an object pronoun
    ("استقبله", istaqbalahu, received him; "كان في استقباله X", istiqbalihi, X was there
    to receive him) or an agent after it ("من قبل X", by X)."""
    role = trigger_spec(h.group)["role"]
    if role not in ("receive", "reception"):
        return False
    return (bool(trigger_spec(h.group).get("tense")) and fold_term(h.term).endswith(("ه", "ها"))) \
        or (role == "reception" and bool(h.suffix)) or bool(trigger_spec(h.group).get("act")) or agent_of(art, i, h, r) is not None


def guest_named_before(art: Article, i: int, host: Any) -> Any | None:
    """The guest of a reception whose sentence names only the host ("استقبله X", X received him; "مراسم
    استقبال من قبل X"): the leader of another country named last in the sentences before (the arrival told
    just before), else in the headline; not the sender of the message a minister brought (messages.py)."""
    for j in [*range(i - 1, max(-1, i - 3), -1), 0]:
        pool = [m for m in unsent_leaders(art, j) if m.country != host.country and pid(m) != pid(host)]
        if pool and j < i:
            return max(pool, key=lambda m: m.start)
    return None


WITH_REACH = 60  # characters between a meeting word and the "مع" (with) that names its other side


IMPLICIT_LEAD_WORDS = 2  # words before the meeting word in a sentence whose subject is unnamed ("وتابع خلال")


def with_object(art: Article, h: Hit, m: Any, lone: bool = False) -> bool:
    """m is the one "مع" (with) names after the meeting word h: "التقى قنديل مع رئيس وزراء
    ليبيا علي زيدان" (Qandil met with Libya's prime minister Ali Zeidan); `lone`: m is the
    first leader after h, so a visit word between ("عقب وصوله", after his arrival) names nobody."""
    if m.start < h.end or (not lone and _trigger_between(art, art.sent_of(h.start), h, m)):
        return False  # past another meeting word, "مع" is that one's: "مع A، كما أجرى مباحثات مع B"
    words = art.folded_slice(h.start, m.start).split()
    at = max((k for k, w in enumerate(words) if w in ("مع", "ومع")), default=None)
    if at is None or len(words) - at - 1 > WITH_TITLE_WORDS or len(" ".join(words[1:at])) > WITH_REACH:
        return False
    title = " ".join(words[at + 1:])
    # a comma may close his title: "مع الرئيس الكوري الجنوبي، مون", "مع رئيس الوزراء الإسرائيلي، نتنياهو"
    if title.endswith(("،", ",")) and all(w.startswith("ال") or w in grammar_words("masculine_titles") for w in words[at + 1:]):
        title = title[:-1]
    # X is not the one "مع" names: "اجتماعه مع سونغ، ... والرئيس شي"
    return not any(ch in title for ch in "،,:؛.")


def implicit_subject(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The unnamed subject of a meeting "مع X" (with X) in a sentence that opens with its
    verb and a preposition: "وتابع خلال مؤتمر صحفي مع رئيس الوزراء X" (he went on, at a
    press conference with prime minister X). A longer opening may hold a name the lexicon does not know ("عن لقاء كيم
    في قمة مع ..."): only "his talks" (unnamed_owner, included_meeting) pass it, or talks held with X told on by a
    speaker (speaker.held_with_speaker, his). The subject is the person named last before it, in this sentence or the
    two before; only a leader of another country than X will do (a minister named last is the subject, no leader met X)."""
    if not with_object(art, h, partner):
        return None
    if len(art.folded_slice(art.sentences[i][0], h.start).split()) > IMPLICIT_LEAD_WORDS and not (unnamed_owner(art, i, h) or included_meeting(art, i, h)):
        return held_with_speaker(art, i, h, partner)  # "وتابع خلال", "وقال في", "وأعلن يونكر خلال": no more first
    last = prior_subject(art, i)
    if last is None or not is_leader(last) or last.country == partner.country or pid(last) == pid(partner):
        return None
    return last


FRONTED_LEAD_WORDS = 4  # words before the meeting word of a fronted phrase: "وخلال", "وفي زيارة لروسيا"
FRONTED_SUBJECT_CHARS = 40  # from the phrase's comma to the subject: a verb and a title


def fronted_subject(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The owner of a meeting phrase that opens the sentence is the subject the main verb
    names after its comma: "وخلال لقائه بوتين في موسكو، أكد أردوغان" (during his meeting
    with Putin in Moscow, Erdogan stressed), "وفي زيارة لفنزويلا للقاء نظيره مادورو، قال
    الرئيس الفلسطيني عباس" (on a visit to Venezuela to meet his counterpart Maduro, the
    Palestinian president Abbas said). Only a leader of another country than the partner."""
    lead = art.folded_slice(art.sentences[i][0], h.start).split()
    if not lead or len(lead) > FRONTED_LEAD_WORDS or lead[0].lstrip("و") not in \
            grammar_words("during_words") | {"في"} or partner.start < h.end or any(w[-1:] in "،,:" for w in lead):
        return None
    comma = next((k for k in range(partner.end, art.sentences[i][1]) if art.text[k] in "،,"), None)
    if comma is None:
        return None
    # the first person after the comma is the subject: "، أكد لافروف أن ... مع أردوغان" is Lavrov's
    after = sorted((m for m in art.persons.get(i, []) if 0 <= m.start - comma <= FRONTED_SUBJECT_CHARS),
                   key=lambda m: m.start)
    if not after or after[0] not in art.leaders.get(i, []) or after[0].country == partner.country \
            or pid(after[0]) == pid(partner):
        return None
    return after[0]


def meet_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"التقى" / "محادثات" (met, talks): the two nearest leaders of different
    countries, in text order (nothing says who travelled; the city settles it later).
    The second is looked for in the trigger's clause first: in "عقد مون وكيم اجتماعا
    السبت بعد أن ألغى ترامب القمة" (after Trump cancelled) Trump is another clause's."""
    by_dist = sorted(said_sides(art, i, h, r.leaders), key=lambda m: min(abs(m.start - h.end), abs(h.start - m.end)))
    if not by_dist:
        return None, None, 0.0
    owner = (pronoun_owner(art, i, h) or remarks_owner(art, i, h)) if not trigger_spec(h.group).get("tense") else None
    if owner is not None and (not is_leader(owner) or art.possessed(owner, trigger_words("person_heads"))):
        return None, None, 0.0  # "لقائه" of someone who leads nothing: "التقى دوق كامبريدج ...", "المستشار السياسي للرئيس"
    if owner is not None and all(pid(m) != pid(owner) for m in by_dist) and (art.possessed(owner, trigger_words("own_act_heads")) or art.sent_of(owner.start) < i):
        by_dist = [owner] + by_dist  # "تصريحات ميركل بعد محادثاتها مع", "وأشارت ... عقب اجتماعها ب" (speaker.speaker_before): a side
    if (sides := between_sides(art, i, h) or framed_sides(art, i, h) or fronted_sides(art, i, h)) is not None:
        return sides[0], sides[1], 0.0
    if (antecedent := _relative_object(art, h, r)) is not None:
        # "أكد كيري لعباس الذي التقاه ثم لنتنياهو" (Kerry told Abbas, whom he met): Kerry (VSO, named first) met Abbas
        subject = next((m for m in art.persons.get(i, []) if m.end <= antecedent.start), None)
        ok = subject is not None and is_leader(subject) and subject.country != antecedent.country
        return (subject, antecedent, 0.0) if ok else NO_ROLES
    partner = lone_object(art, i, h) if len(r.before) > 1 else None
    if partner is None and len(r.before) > 1 and r.after and with_object(art, h, r.after[0], lone=True):
        partner = r.after[0]  # "وقد التقى عقب وصوله ... مع رئيس وزراء ليبيا": "مع" names it, no subject between
    if partner is not None and (carried := carried_subject(art, i, h)) is not None \
            and carried.country != partner.country:
        return carried, partner, 0.0  # "... وتوجه إلى دمشق حيث التقى الأسد": the sentence's subject met him
    # a meeting noun's genitive is a side, past a title, though a leader before it is nearer:
    # "تعليقا على لقاء الرئيس الروسي بوتين مع أردوغان" (commenting on Putin's meeting with Erdogan)
    gen = art.genitive_leader(i, h) if not trigger_spec(h.group).get("tense") else None
    first = gen if gen is not None and any(m is gen for m in by_dist) else by_dist[0]
    rest = [m for m in by_dist if pid(m) != pid(first) and m.country != first.country]
    each_at = each_of_start(art, i, h)
    if each_at is not None and first.start >= each_at:
        rest = [m for m in rest if m.start < each_at]  # two of the listed never met each other
    if dual_verb(h):
        # "طار إليه إلى مشهد حيث التقيا، وحينها قيل إن ... الرئيس السوري بشار الأسد" (they two
        # met; then it was said ... Assad): the dual's sides were told before it, or right after
        rest = [m for m in rest if m.start < h.start or m.start - h.end <= DUAL_AFTER_CHARS]
    same_clause = [m for m in rest if not _clause_break(art, i, h, m)]
    # the one "مع" names is the other side, though a leader before the verb is nearer: in
    # "... رئيس وزراء تشاد، وقد التقى قنديل مع رئيس وزراء ليبيا علي زيدان" Qandil met Zeidan
    same_clause.sort(key=lambda m: not with_object(art, h, m))
    second = (same_clause or rest or [None])[0]
    if second is not None and second.start < first.start:
        first, second = second, first
    leaving = [m for m in (first, second) if m is not None and departs(art, i, m)]
    if second is not None and len(leaving) == 1:
        # "بين المالكي وقنديل، قبيل مغادرة قنديل العراق" (before Qandil left Iraq): he came
        return leaving[0], (second if leaving[0] is first else first), DEPARTED
    return first, second, 0.0


def _relative_object(art: Article, h: Hit, r: Reach) -> Any:
    """The leader a relative clause's meeting verb has for object: "عباس الذي التقاه"
    (Abbas, whom he met), the verb's pronoun ("ـه") pointing back past "الذي" (who)."""
    words = art.words_before(art.word_start(h.start), 1)
    if words and words[0] in grammar_words("relative_pronouns") and r.before and trigger_spec(h.group).get("tense") \
            and fold_term(h.term + h.suffix).endswith(("\u0647", "\u0647\u0627")):
        return r.before[-1] if not art.folded_slice(r.before[-1].end, h.start).split()[:-1] else None
    return None


EACH_OF_CHARS = 50  # from a meeting word to its "مع كل من" (with each of), or "في مقدمتهم" past "مع عدد من القادة"


def each_of_start(art: Article, i: int, h: Hit) -> int | None:
    """Where the list starts when "مع كل من" (with each of) follows the meeting word: "أجرى
    الوزير مباحثات مع كل من رئيس نيجيريا ... ورئيس كوت ديفوار" (talks with each of the
    president of Nigeria ... and the president of Ivory Coast) names the subject's counterparts,
    one by one; None without it."""
    lo = art.word_end(h.end)
    return next((c.end for c in art.cues(i, "c:each_of") if 0 <= c.start - lo and c.end - lo <= EACH_OF_CHARS), None)


def _clause_break(art: Article, i: int, h: Hit, m: Any) -> bool:
    """A subordinating word ("بعد أن" after, "في حين" whereas, ...) stands between the
    trigger and the mention m."""
    lo, hi = (h.end, m.start) if m.start >= h.end else (m.end, h.start)
    return any(lo <= c.start and c.end <= hi for c in art.cues(i, "c:clause_breaks"))


# each rule's sides agree with the trigger's gender (visits.agreement)
ROLE_RULES = {role: agreeing(rule, role) for role, rule in (
    ("arrive", relative_subject(participle_subject(arrive_roles))), ("visit", relative_subject(visit_roles)), ("receive", honoured(receive_roles)), ("reception", reception_roles),
    ("meet", honoured(meet_roles)))}
