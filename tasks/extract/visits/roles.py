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
from tasks.extract.visits.arrival_list import headed
from tasks.extract.visits.antecedent import participle_subject, relative_subject
from tasks.extract.visits.article import Article
from tasks.extract.visits.honours import honoured
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.meetings import meet_roles
from tasks.extract.visits.messages import unsent_leaders
from tasks.extract.visits.owners import carried_subject, gone_to, granted, granted_from, li_owned, met_earlier, pronoun_owner
from tasks.extract.visits.partner_slot import partnered_before
from tasks.extract.visits.reach import NO_ROLES, Reach, trigger_between
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import CONJUNCTIONS, LI, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


# A visit noun's traveller is certain when he owns it ("زيارته", "زيارة الأسد": 2.0), less so
# when he is only the nearest leader ("الأسد التقى بوتين في موسكو بزيارة"): a place in his
# own country then means the roles were read backwards, not that the place is wrong.
WEAK_VISITOR = 1.5


# "زيارته" (his visit): the last person named is usually, not always, the owner; in "ناقش
# مع نظيره المالكي خلال زيارته لبغداد" (discussed with his counterpart al-Maliki during his
# visit to Baghdad) the destination right after the noun says the owner is the other one.
PRONOUN_VISITOR = 1.75



def with_subject(art: Article, i: int, h: Hit, r: Reach) -> Reach:
    """The reach with the leader right after the trigger (its subject or genitive)."""
    near_after = r.after[0] if r.after and r.after[0].start - h.end <= 40 else None
    if near_after is not None and trigger_between(art, i, h, near_after):
        near_after = None  # the subject of the next visit word: "بوتين زار مصر، وزار السيسي روسيا"
    return r._replace(near_after=near_after)


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
    far = r.after[0] if r.after and not trigger_between(art, i, h, r.after[0]) else None
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
            and not _unowned_definite(art, h, r.after[0]) and not trigger_between(art, i, h, r.after[0]):
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
    if trigger_spec(h.group).get("guest_next") and not host_guest(art, h, r):
        return NO_ROLES
    if h.suffix and _was_there_to_receive(art, h):
        return reception_roles(art, i, h, r)
    if h.suffix and not trigger_spec(h.group).get("tense"):
        owner = pronoun_owner(art, i, h)
        if owner is None or not is_leader(owner):
            return NO_ROLES
        if ceremony_guest(art, i, h, r):
            return owner, agent_of(art, i, h, r), 2.0  # "احتفال استقباله" (his reception ceremony): he is received
        return (after[0] if after and pid(after[0]) != pid(owner) else None), owner, 2.0
    agent = agent_of(art, i, h, r)
    if agent is not None:
        # "استقبل ... من قبل X" / "استقبال رسمي من قبل X" (received by X): X hosts
        return (before[-1] if before else None), agent, 2.0
    if trigger_spec(h.group).get("tense") and passive_reception(art, h):
        return NO_ROLES
    if not trigger_spec(h.group).get("tense") and after:
        if definite(h) and (guest := definite_reception_guest(art, i, h, r)) is not None:
            return guest, after[0], 2.0  # "الاستقبال الحار ... سواء رئيس الوزراء X" (the warm reception, by X)
        # "لاستقبال مرسي" (to receive Morsi): the noun's genitive is received ...
        if before and h.start - before[-1].end <= 60 and not partnered_before(art, i, h, before[-1]):  # ... unless granted: "وحظي X باستقبال" (X was given one),
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


def definite_reception_guest(art: Article, i: int, h: Hit, r: Reach) -> Any | None:
    """The guest of a definite reception noun ("الاستقبال", al-istiqbal): the article leaves it no genitive, so
    the leader named after it, unless as its li- object ("الاستقبال الرسمي للرئيس X", the official reception for
    President X), is one who received: "الاستقبال الحار على كافة المستويات سواء رئيس الوزراء الهندي ... والرئيس
    ..." (the warm reception at all levels, whether the Indian prime minister or the president), "الاستقبال الحار
    الذي لقيه من الرئيس X" (the warm reception he met from President X). The guest is the leader of another
    country named last before it in its sentence (the traveller of "زيارة الرئيس مرسي"); None when there is none."""
    first = r.after[0]
    gap = art.folded_slice(art.word_end(h.end), first.start).split()
    if art.li_glued(first) or any(w[:2] == LI + LI or w[:3] == LI + "ال" for w in gap):
        return None
    guests = [m for m in r.before if m.start >= art.sentences[i][0] and m.country not in (None, first.country)]
    return guests[-1] if guests else None


def ceremony_guest(art: Article, i: int, h: Hit, r: Reach) -> bool:
    """A reception noun with a pronoun right after a ceremony noun (triggers.yaml ceremony_nouns), or the reception
    ceremony's own trigger with one ("مراسم استقباله"), and no leader after it but one named after "من قبل" (by):
    "في نهاية احتفال استقباله بقاعدة أندروز" (at the end of his reception ceremony at Andrews base), "خلال مراسم
    استقباله في مطار تل أبيب": the pronoun is the one received, not the receiver (receive_roles; a place of another
    country then names the host, abroad_meeting.met_abroad); "احتفال استقباله للرئيس X" (the ceremony of his
    receiving President X) keeps him the host."""
    role = trigger_spec(h.group)["role"]
    if not h.suffix or trigger_spec(h.group).get("tense") or role not in ("receive", "reception"):
        return False
    start = art.word_start(h.start)  # the noun after a ceremony's, or the ceremony's own trigger ("مراسم استقباله")
    if not any(c.end <= start and not art.text[c.end:start].strip() or role == "reception" and c.start == h.start
               for c in art.cues(i, "c:ceremony_nouns")):
        return False
    agent = agent_of(art, i, h, r)
    return not any(m.start >= h.end and (agent is None or pid(m) != pid(agent)) for m in r.after)


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
    (a reception by X): X hosts; "في ضيافة X" (as X's guest): hosted_roles."""
    if trigger_spec(h.group).get("host_after"):
        return hosted_roles(r)
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
        host = after[0] if after else None
        return pronoun_guest(art, i, before, host), host, 2.0
    agent = agent_of(art, i, h, r)
    if agent is not None:
        return (before[-1] if before else None), agent, 2.0
    visitor = after[0] if after else (before[-1] if before else None)
    rest = [m for m in after if visitor is None or pid(m) != pid(visitor)]
    return visitor, (rest[0] if rest else None), 2.0


def pronoun_guest(art: Article, i: int, before: list, host: Any) -> Any | None:
    """The guest a reception pronoun ("في استقباله", receiving him) points back to: the leader named last
    before it, unless he is the receiver's compatriot, named in the sentence as the one the guest came to see.
    Then the pronoun is the traveller named before him in the sentence: "وصل مرسي القصر للقاء الرئيس
    الباكستاني زرداري، حيث كان في استقباله رئيس الوزراء الباكستاني أشرف" (Morsi reached the palace to meet
    Zardari, where Prime Minister Ashraf received him): Morsi is received, by a second host of the country."""
    if not before:
        return None
    last = before[-1]
    if host is None or not host.country or last.country != host.country or last.start < art.sentences[i][0]:
        return last
    guests = [m for m in before if m.start >= art.sentences[i][0] and m.country and m.country != host.country]
    return guests[-1] if guests else last


def hosted_roles(r: Reach) -> tuple[Any, Any, float]:
    """"في ضيافة X" (fi diyafat X, as X's guest): the leader right after the word (his title and name) hosts,
    the leader named last before it in its sentence is his guest: "كان ملك البحرين في ضيافة الرئيس المصري" (the
    king of Bahrain was the Egyptian president's guest). No leader right after it ("يلعب في ضيافة ريال مدريد",
    plays away at Real Madrid), none before it, or two of one country: no one's visit."""
    host = r.near_after
    guest = r.before[-1] if r.before else None
    if host is None or guest is None or pid(host) == pid(guest) or (host.country and host.country == guest.country):
        return NO_ROLES
    return guest, host, 2.0


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


GUEST_CHARS = 25  # from "استضافته" (his hosting) to the guest's name or title: "استضافته، الثلاثاء، الرئيس الأسد"


def host_guest(art: Article, h: Hit, r: Reach) -> bool:
    """A hosting noun (triggers.yaml guest_next: "استضافة") names a visit only with its owner's pronoun and a
    leader right after it, the guest: "أثناء استضافته رئيس الوزراء الياباني" (while he hosted the Japanese prime
    minister). "استضافة القاهرة للقمة" (Cairo's hosting of the summit) and "على استضافته" with no guest named
    after it (for hosting him) are no leader's reception."""
    end = art.word_end(h.end)
    return h.suffix in ("ه", "ها") and bool(r.after) and 0 <= r.after[0].start - end <= GUEST_CHARS \
        and not any(ch in ".:;\n" for ch in art.text[end:r.after[0].start])


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


# each rule's sides agree with the trigger's gender (visits.agreement)
ROLE_RULES = {role: agreeing(rule, role) for role, rule in (
    ("arrive", relative_subject(participle_subject(arrive_roles))), ("visit", relative_subject(visit_roles)), ("receive", honoured(receive_roles)), ("reception", reception_roles),
    ("meet", honoured(meet_roles)))}
ROLE_RULES["arrive"] = headed(ROLE_RULES["arrive"])  # "وصلت وفود على رأسها الرئيس": the list's head travels
