"""A leader holding a meal or a ceremony in another leader's honour: "أقام الرئيس X مأدبة عشاء على شرف الرئيس Y"
(X held a dinner in honour of Y), "مأدبة الغداء التي أقامها اليوم على شرفه الرئيس X" (the lunch that X held today in
his honour): the giver hosts, the one honoured is his guest. The trigger is the verb of holding (triggers.yaml
honour_past, honour_future), so the tense is the verb's: "سيقيم" (will hold) is a plan, "أقام" (held) is done. The
phrase "على شرف" (in honour of, triggers.yaml honour_words) must follow the verb in its clause, else the verb
("أقام في فندق", stayed at a hotel; "أقام علاقات", set up relations) binds no one. The giver is the leader named
between the verb and the phrase, or the one right after "على شرفه" (in his honour); the one honoured is the leader
right after the bare phrase, or, for "على شرفه", the last leader of another country named before the verb in the
sentence ("وأكد الرئيس مرسي في كلمة خلال مأدبة الغداء التي أقامها ... على شرفه": Morsi). Not the noun "إقامة" (the
holding, also residence): it folds like "أقامه", so that form is no term, and a meal told by a noun alone
("حفل عشاء دولة إقامة أوباما على شرف ...", a state dinner Obama held in 2009) is no trigger.
Also a leader handing another a gift or a decoration ("منحت ... الرئيس الروسي ... قميصا", gift_past, gift_nouns:
both named between the verb and the gift, the giver first; the city says who travelled) and two leaders signing
together ("وقع X مع Y اتفاقا", sign_with_past: signed_with; or its joint subjects "وقع X و Y في أسمرة إعلانا",
signed_jointly), both a meeting in person; and a handshake framed on the day by a summit or an arrival (visits.handshake).
And a leader's act of hospitality toward a guest told by the pronoun alone: "وقام رئيس الوزراء X بتسليمه الشهادة"
(Prime Minister X handed him the diploma; act_past, act_nouns): the actor, named between "قام" and the noun, hosts;
the guest is the leader of another country named last before the verb in the sentence, else in the sentences
before (roles.guest_named_before). "تكريما للرئيس Y" (in honour of President Y) and "تكريما له" read as "على شرف".
Read by visits.roles (the receive and meet roles' rules, wrapped) and visits.heading.governed (an honour verb with no
"على شرف" after it in its sentence is no trigger hit at all, so that "حيث يقيم منذ سنوات" (where he has lived for
years) leaves the other rules, which read the triggers around, as they were)."""
from __future__ import annotations

from functools import cache
from typing import Any, Callable

from tasks.extract.visits.ceremony import ceremony_roles, ceremony_told
from tasks.extract.visits.handshake import handshake_told
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term, nisba
from ziyarat.lexicon import generic_titles, get_lexicon, titles_lexicon
from ziyarat.matching import Hit

HONOUR_CHARS = 70  # from the verb to "على شرف": "أقام الرئيس الأمريكي باراك أوباما مأدبة عشاء رسمية على شرف"
GIFT_CHARS = 120  # from the verb of giving over two titled names to the gift: "منحت الرئيسة الكرواتية كوليندا غرابار
# كيتاروفيتش الرئيس الروسي فلاديمير بوتين قميصا"
NAME_CHARS = 45  # from "على شرف" to the name right after it, past its title ("على شرف المستشارة الألمانية أنجيلا
# ميركل"): the guest, or the giver after "على شرفه"; no other person between ("على شرف وزير الخارجية ... بحضور الرئيس")
# nor a participant cue ("تكريما لضحايا الحرب بحضور المستشارة", honouring the war's victims, attended by the chancellor)
# the giver hosts, as a reception verb says (2.0), but an arrival told in the same sentence ("على شرف بوتين،
# الذي وصل القاهرة", in honour of Putin, who came to Cairo) is the better reading of the pair there: its place
# is the visit's, while a place past its verb is no meal's (place.city_of_meeting)
HONOUR_DIRECTED = 1.9

Roles = tuple[Any, Any, float]


def honoured(rule: Callable[..., Roles]) -> Callable[..., Roles]:
    """The role rule, read as a host's meal in a guest's honour for the triggers marked `honour`, as a gift
    handed over for those marked `gift`, as two leaders at one ceremony for those marked `ceremony`
    (visits.ceremony)."""
    def roles(art: Any, i: int, h: Hit, r: Any) -> Roles:
        spec = trigger_spec(h.group)
        return honour_roles(art, i, h, r) if spec.get("honour") else gift_roles(art, i, h, r) if spec.get("gift") \
            else act_roles(art, i, h, r) if spec.get("act") else ceremony_roles(art, i, h, r) if spec.get("ceremony") \
            else rule(art, i, h, r)
    roles.__doc__ = rule.__doc__
    return roles


def honour_roles(art: Any, i: int, h: Hit, r: Any) -> Roles:
    """(guest, giver, 2.0) of a verb of holding followed by "على شرف" in its clause; no sides otherwise."""
    phrase = _honour_phrase(art, i, h)
    if phrase is None:
        return None, None, 0.0
    between = [m for m in r.after if m.end <= phrase.start]
    right_after = [m for m in [m for m in r.after if m.start >= phrase.end][:1] if m.start - phrase.end <= NAME_CHARS
                   and all(pid(p) == pid(m) for p in art.near("persons", i, phrase.end, m.start - 1))
                   and not art.near("c:participant_cues", i, phrase.end, m.start - 1)]  # "بحضور" (attended by)
    if _pronoun(phrase):  # "على شرفه" (in his honour): the pronoun is the guest, named before the verb
        host = between[0] if between else (right_after[0] if right_after else None)
        guest = next((m for m in reversed(r.before) if host is not None and m.country != host.country), None)
    else:  # the giver after the verb, or right before it ("إن الرئيس X «أقام مأدبة ... تكريما للرئيس Y»")
        host = between[0] if between else _subject_before(art, h, r)
        guest = right_after[0] if right_after else None
    if host is None or guest is None or pid(host) == pid(guest) or not (is_leader(host) and is_leader(guest)):
        return None, None, 0.0
    return guest, host, HONOUR_DIRECTED


def act_roles(art: Any, i: int, h: Hit, r: Any) -> Roles:
    """(guest, actor, 2.0) of "قام X بتسليمه" (X handed him): the actor the first leader between the verb and the act
    noun, the guest the last leader of another country before the verb in the sentence, or None for the sentences
    before to name (candidates: roles.received_guest). No sides without the noun or a leader acting."""
    noun = _act_noun(art, i, h)
    host = next((m for m in r.after if noun is not None and m.end <= noun.start), None)
    if host is None or not is_leader(host):
        return None, None, 0.0
    guest = next((m for m in reversed(r.before) if m.start >= art.sentences[i][0] and m.country != host.country), None)
    return (guest if guest is not None and is_leader(guest) else None), host, 2.0


SUBJECT_GAP = " \t\u060c,«\"“"  # what may stand between a subject named first and its verb: "موخارجي، «أقام"


def _subject_before(art: Any, h: Hit, r: Any) -> Any | None:
    """The leader named right before the verb h, nothing but spaces, a comma or an opening quote between: the
    subject of a sentence that names it first ("إن الرئيس الهندي، برناب موخارجي، «أقام مأدبة")."""
    m = r.before[-1] if r.before else None
    return m if m is not None and not art.text[m.end:art.word_start(h.start)].strip(SUBJECT_GAP) else None


def gift_roles(art: Any, i: int, h: Hit, r: Any) -> Roles:
    """(giver, receiver, 0.0) of a verb of giving: both named between the verb and the gift noun, the giver
    first ("منح الرئيس X نظيره Y وساما"); who travelled is the city's to say. Else no sides."""
    gift = next(iter(art.near("c:gift_nouns", i, h.end, h.end + GIFT_CHARS)), None)
    named = [m for m in r.after if gift is not None and m.end <= gift.start]
    if not named:
        return None, None, 0.0
    receiver = next((m for m in named[1:] if m.country != named[0].country), None)
    return (named[0], receiver, 0.0) if receiver is not None else (None, None, 0.0)


def honour_told(art: Any, h: Hit, hits: list[Hit]) -> bool:
    """h is no honour verb, or its phrase follows it within HONOUR_CHARS (GIFT_CHARS) in its sentence: "على شرف" after a verb
    of holding, a gift noun after a verb of giving (gift_past: "منحت ... الرئيس الروسي قميصا"). Read over the
    article's raw hits: its indexes are built from the hits this filters."""
    spec = trigger_spec(h.group) if h.group.startswith("t:") else {}
    if spec.get("signed"):
        return signed_with(art, h)
    if spec.get("ceremony"):
        return ceremony_told(art, h, hits)
    if spec.get("handshake"):
        return handshake_told(art, h, hits)
    if spec.get("act"):
        return any(c.group == "c:act_nouns" and _act_noun_at(art, h, c) for c in hits)
    cue, reach = ("c:honour_words", HONOUR_CHARS) if spec.get("honour") else ("c:gift_nouns", GIFT_CHARS) if spec.get("gift") else (None, 0)
    if cue is None:
        return True
    i = art.sent_of(h.start)
    return any(c.group == cue and h.end <= c.start <= h.end + reach and art.sent_of(c.start) == i for c in hits)


SIGN_CHARS = 80  # from "وقع" (signed) over its subject, title and day to its "مع" (with)
WITH_NAME_CHARS = 45  # from that "مع" to the other signer's name, past his title
SUBJECT_WORDS = 5  # from "وقع" to the first joint signer's name: his title, adjective and day ("وقع اليوم رئيس الوزراء
# الإثيوبي آبي أحمد"), no farther ("ووقعت الاشتباكات قرب البلدة التي التقى فيها ..." names no signer)


def signed_with(art: Any, h: Hit) -> bool:
    """"وقع X مع Y" (X signed with Y): a leader between the verb and the first "مع" within SIGN_CHARS in its
    sentence, and a leader of another country within WITH_NAME_CHARS after that "مع". Or the two its joint
    subjects (signed_jointly)."""
    i = art.sent_of(h.start)
    end = art.word_end(h.end)
    stop = min(art.sentences[i][1], end + SIGN_CHARS)
    if signed_jointly(art, i, end, stop):
        return True
    pos = end
    for w in art.text[end:stop].split():
        at = art.text.index(w, pos)
        pos = at + len(w)
        if fold_term(w.strip("،,")) != "مع":
            continue
        subjects = [m for m in art.near("leaders", i, end, at) if m.end <= at]
        others = [m for m in art.near("leaders", i, pos, pos + WITH_NAME_CHARS)
                  if subjects and m.country != subjects[0].country]
        return bool(subjects and others)
    return False


def signed_jointly(art: Any, i: int, end: int, stop: int) -> bool:
    """"وقع الرئيس X ورئيس الوزراء Y في أسمرة إعلانا" (X and Y signed a declaration in Asmara): the first person
    named after the verb (end), within SUBJECT_WORDS, a leader, the next other person a leader of another country
    joined to him (_joined), both before stop; no third person joined to the second (three signers are a
    summit's: "وقع السيسي ونظيره السوداني ورئيس وزراء إثيوبيا"), and a city within WITH_NAME_CHARS after the
    second: the act's place. "وقع الرئيس X وثيقة ... الرئيس Y" joins no one."""
    people = art.near("persons", i, end, stop)
    first = people[0] if people else None
    second = next((m for m in people if pid(m) != pid(first)), None)
    if second is None or not (is_leader(first) and is_leader(second)) or second.country == first.country \
            or len(art.text[end:first.start].split()) > SUBJECT_WORDS or not _joined(art, people, second):
        return False
    if not any(_city(p) for p in art.near("places", i, second.end, second.end + WITH_NAME_CHARS)):
        return False  # no city right after them: a joint statement ("وقع X و Y بيانا يدعو إلى ... في سوريا")
    more = art.near("persons", i, second.end, second.end + WITH_NAME_CHARS)
    third = next((m for m in more if pid(m) not in (pid(first), pid(second))), None)
    return third is None or not _joined(art, people + more, third)


def _joined(art: Any, people: list, m: Any) -> bool:
    """m is joined by "و" (and) to the person named before it: the words between open with "و" alone or on
    a title's first word ("ورئيس", "ونظيره", "والملك"), past a comma ("بوتين، ونظيره الفرنسي"), or on his
    country's nisba after a dual title ("الزعيمان الصيني لي ... والبلغاري بوريسوف", the Chinese and the Bulgarian
    leaders)."""
    before = [p.end for p in people if p.start < m.start]
    words = art.text[max(before):m.start].lstrip(" ،,").split() if before else []
    if not (words and words[0].startswith("و")):
        return False
    head = fold_term(words[0][1:])
    return len(words[0]) == 1 or head in _title_heads() or (len(words) == 1 and nisba(head))


def _city(p: Any) -> bool:
    """A city or a venue in one (listed.city_of's test; that module imports the article's, which reads this one)."""
    place = get_lexicon().places.get(p.entity_id)
    return bool(getattr(p, "city", None)) or (place is not None and place.kind == "city")


@cache
def _title_heads() -> frozenset[str]:
    """The first words of the leaders' titles, the counterpart phrases and the honorifics (titles.yaml templates,
    counterpart, honorifics), folded: "رئيس", "الرئيس", "الزعيم", "نظيره", "الملك", "الشيخ"."""
    lex = titles_lexicon()
    phrases = [t for ts in (lex.get("templates") or {}).values() for t in ts] + list(lex.get("counterpart") or ()) \
        + list(lex.get("honorifics") or ()) + sorted(generic_titles())
    return frozenset(fold_term(t.split()[0]) for t in phrases if t.split())


def _honour_phrase(art: Any, i: int, h: Hit) -> Hit | None:
    """The first "على شرف" ("تكريما ل") of sentence i within HONOUR_CHARS after the verb h, the longest at its
    start ("تكريما له" over "تكريما"), no clause break or other trigger between."""
    found = art.near("c:honour_words", i, h.end, h.end + HONOUR_CHARS)
    phrase = min(found, key=lambda c: (c.start, -c.end), default=None)
    if phrase is None or (not _pronoun(phrase) and fold_term(phrase.term) == fold_term("تكريما")
                          and not "".join(art.text[phrase.end:].split()[:1]).startswith("ل")):
        return None
    stops = art.near("c:clause_breaks", i, h.end, phrase.start) + [t for t in art.near("triggers", i, h.end + 1, phrase.start)
                                                                   if t.start >= h.end]
    return None if stops else phrase


def _pronoun(phrase: Hit) -> bool:
    """The honour phrase names its guest by a pronoun: "على شرفه", "تكريما له" (in his honour)."""
    return bool(phrase.suffix) or fold_term(phrase.term).split()[-1] in (fold_term("له"), fold_term("لها"))


ACT_CHARS = 60  # from "قام" over its titled subject to the act noun: "وقام رئيس وزراء باكستان، راجا برفيز أشرف، بتسليمه"
ACT_PRONOUNS = ("ه", "ها")  # the act's object: him, her


def _act_noun_at(art: Any, h: Hit, c: Hit) -> bool:
    """c is an act noun with bi- and a pronoun ("بتسليمه", bi-taslimihi, with handing him) within ACT_CHARS after
    the verb h in its sentence (honour_told reads this over the raw hits)."""
    return h.end <= c.start <= h.end + ACT_CHARS and art.sent_of(c.start) == art.sent_of(h.start) \
        and "ب" in c.prefix and c.suffix in ACT_PRONOUNS


def _act_noun(art: Any, i: int, h: Hit) -> Hit | None:
    """The act noun the verb h of sentence i governs (_act_noun_at), no clause break or other trigger between
    ("قام بزيارة ... وبتكريمه" is the visit's), or None."""
    noun = next((c for c in art.near("c:act_nouns", i, h.end, h.end + ACT_CHARS) if _act_noun_at(art, h, c)), None)
    if noun is None or art.near("c:clause_breaks", i, h.end, noun.start) \
            or [t for t in art.near("triggers", i, h.end + 1, noun.start) if t.start >= h.end]:
        return None
    return noun
