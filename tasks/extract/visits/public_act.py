"""A leader's own public act held abroad, read on the hits before the article's index of them is built (as
press_place reads a press conference's place): "قال نجاد في مؤتمر صحفي عقده بمنزل القائم بالأعمال بالقاهرة"
(Ahmadinejad said at a press conference he held at the chargé's home in Cairo), "خلال إلقاء كلمته في ...
بالقاهرة" (while giving his speech in Cairo). triggers.yaml public_act finds the act; it stays a trigger only
with its owner named right before it (or, after "وذلك" resuming the main clause, the sentence's subject:
_resumed_subject) and its own place, in another country, right after it; the visit it
tells is abroad_meeting's (his trip, hosted by that country's head by office). So is a meeting he holds, told as a
noun with its verb and his name after it (triggers.yaml held_meeting, held_owner): "اللقاء الذي يعقده الرئيس الإيراني
مساء اليوم مع عدد من الأحزاب ... في مصر" (the meeting the Iranian president holds this evening with parties in Egypt).
So is a meeting he holds with people who lead nothing, told as a noun with his pronoun right after his name
(triggers.yaml own_meeting): "كشف X في لقائه مع ممثلي الجالية المصرية بألمانيا" (revealed in his meeting with the
Egyptian community in Germany), its place read past whom he met (_partners_placed).
An act held "in the presence of" or "under the auspices of" a leader (triggers.yaml presence_act) names its host
instead: "وقع كير ... وثيقة في العاصمة السودانية الخرطوم بحضور الرئيس السوداني عمر البشير" (Kiir signed a
document in Khartoum in the presence of the Sudanese president): the owner visited the one present, or, the act
held in the owner's own country, the one present is the guest (presence_sides). Typed Any: article.Article
reads this module."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.calendar import YEAR_NUMBER
from tasks.extract.tense import future_marked
from tasks.extract.visits.leaders import is_leader, pid
from ziyarat.arabic import AL, BI, LI, WA, fold_term, nisba
from ziyarat.lexicon import LEXICON_DIR, grammar_words, load_yaml, trigger_words
from ziyarat.matching import Hit

TOWARD = {fold_term(w) for w in ("إلى", "الى")}
IN = {fold_term(w) for w in ("في", "فى")}
FROM = fold_term("من")

ACT_PLACE_CHARS = 90  # from the act to its place: "عقده الخميس 7 فبراير، بمنزل القائم بأعمال السفارة الإيرانية بالقاهرة"
OWNER_TITLE_CHARS = 40  # an official's title before the name makes him the speaker: "المتحدث باسم الرئيس نجاد"
VOICE_WORDS = 4  # from "باسم" (in the name of) to the name: "باسم الرئيس الإيراني حسن روحاني"
OFFICIAL_CUES = ("c:official_nouns", "c:nonleader_slot")
VERB_ACT = "t:own_act_verb"  # "شارك X اليوم في ... بدافوس": the act's verb first, its owner right after it
HELD_ACT = "t:held_meeting"  # "اللقاء الذي يعقده X اليوم مع ... في مصر": a meeting he holds, its subject after its verb
OWN_MEETING = "t:own_meeting"  # "كشف X في لقائه مع ممثلي الجالية المصرية بألمانيا": his meeting, his name right before it
SPOKE_FROM = "t:spoke_from"  # "قال ماكرون من سيدني": a statement's verb first, its subject, then "من" and where he spoke
ACT_GROUPS = ("t:public_act", "t:presence_act", VERB_ACT, HELD_ACT, OWN_MEETING, SPOKE_FROM)
SUBJECT_CHARS = 60  # from the verb to its subject: "يشارك رئيس الحكومة يوسف الشاهد"
_QUOTES = "\"'«»“”"
PRESENT_CHARS = 45  # from "بحضور" to the present leader's name: "بحضور رئيس الوزراء الإسرائيلي بنيامين نتنياهو"
PRESENCE_OWNER_CHARS = 160  # from the act's owner to "بحضور": "وقع ... سالفا كير ... وثيقة ... في العاصمة السودانية الخرطوم"
PRESENCE_PLACE_CHARS = 60  # from the one present to a place told after him: "بحضور الرئيس مرسي، والذي عقد بنيودلهي"
SUBJECT_START_CHARS = 40  # from the sentence's start to its subject: "وأشاد الرئيس الصيني X"
SPEECH_OWNER_CHARS = 200  # from the subject to his speech told at the clause's end
_CLAUSE_MARKS = re.compile(r"[.:;\u061b\"'«»“”]")


def abroad_acts(art: Any, hits: list[Hit]) -> list[Hit]:
    """hits without the public acts (t:public_act) that no leader held abroad: his speech at home, or one
    whose owner or place is not told right by it, is no trip and no meeting word (read by
    article.Article.hits, before its index of hits is built)."""
    return [h for h in hits if h.group not in ACT_GROUPS
            or (presence_sides(art, h, hits) if h.group == "t:presence_act" else act_owner(art, h, hits)) is not None]


def act_owner(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The leader named right before his own act, only "في", "خلال" (grammar.yaml act_links) and
    punctuation between ("قال نجاد، خلال إلقاء كلمته"), himself no official's genitive ("مستشار الرئيس") nor
    spoken for ("المتحدث باسم الرئيس", grammar.yaml act_voice_words), the act held at a place of another country (act_place); else None.
    A verb-first act's owner is its subject, after it (verb_owner)."""
    if h.group in (VERB_ACT, SPOKE_FROM):
        return verb_owner(art, h, hits)
    if h.group == HELD_ACT:
        return held_owner(art, h, hits)
    i = art.sent_of(h.start)
    owner = next((m for m in reversed(art.leaders.get(i, [])) if m.end <= h.start), None) or _remarks_owner(art, i, h)
    if owner is None or art.possessed(owner, trigger_words("person_heads")) \
            or any(w in grammar_words("act_voice_words") for w in art.words_before(owner.start, VOICE_WORDS)):
        return None
    lo = max(art.sentences[i][0], owner.start - OWNER_TITLE_CHARS)
    if _official_between(hits, lo, owner.start):
        return None
    between = [w.strip("،,ـ-–") for w in art.folded_slice(owner.end, h.start).split()]
    if not all(not w or w in grammar_words("act_links") for w in between) and not _speech_subject(art, h, hits, owner) \
            and not _resumed_subject(art, h, hits, owner):
        return None
    p = act_place(art, h, hits)
    if h.group == OWN_MEETING and p is not None and not _own_meeting_held(art, h, hits, owner, p):
        return None
    if p is not None and _before_audience(h) and not _named_gathering(art, p):
        return None
    return owner if p is not None and p.country and p.country != owner.country else None


BEFORE = fold_term("أمام")


def _before_audience(h: Hit) -> bool:
    """A speech told with its audience ("كلمة أمام", a speech before): its place only as a gathering's own name
    (_named_gathering): "في كلمة أمام مؤتمر ميونيخ للأمن" is Munich, while "كلمته أمام الجالية المصرية بألمانيا" (his
    speech before the Egyptian community in Germany) places the audience, as often recalled as told."""
    words = fold_term(h.term).split()
    return bool(words) and words[-1] == BEFORE


def _named_gathering(art: Any, p: Any) -> bool:
    """The place is a gathering's name, right after its noun (summits.yaml gatherings): "منتدى دافوس"."""
    words = art.words_before(p.start, 1)
    return bool(words) and words[-1].removeprefix(BI) in _gathering_nouns()


def _own_meeting_held(art: Any, h: Hit, hits: list[Hit], owner: Any, p: Any) -> bool:
    """His own meeting (triggers.yaml own_meeting) is one he held there: not by video (triggers remote_contact), not
    told ahead (no plan cue from the sentence's start to its place: "في لقائه المرتقب", his awaited meeting; no
    marked future before his name: "سيؤكد X خلال لقائه", will stress during his meeting)."""
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    if any(x.group == "c:remote_contact" and lo <= x.start < hi for x in hits):
        return False
    return not any(x.group == "c:future_plan" and lo <= x.start < p.end for x in hits) \
        and not future_marked(art.text[lo:owner.start])

def _remarks_owner(art: Any, i: int, h: Hit) -> Any:
    """The leader whose remarks (triggers.yaml own_act_heads) are named right before the act: "وجاءت تصريحات الرئيس
    التركي، في كلمة ألقاها الأحد، في منتدى ... بيشكك" (the Turkish president's remarks came in a speech he gave on
    Sunday at a forum in Bishkek). The possessor noun keeps him out of the sentence's leaders (he is not the subject),
    yet the remarks and the speech are his own, as owners.remarks_owner reads them for a meeting noun. The remarks
    open the sentence (within REMARKS_OPENING_WORDS words) and he is the only person before the act: in "وانتقد
    الوزير تصريحات X في كلمة ألقاها في باريس" (the minister criticised X's remarks in a speech he gave in Paris) the
    speech is the critic's. Else None."""
    prior = [m for m in art.persons.get(i, []) if m.end <= h.start and not art.in_quote(m.start)]
    last = max(prior, key=lambda m: m.end, default=None)
    if last is None or not is_leader(last) or any(pid(m) != pid(last) for m in prior):
        return None
    start = art.word_start(last.start)
    head = art.words_before(start, 1)
    opening = len(art.folded_slice(art.sentences[i][0], start).split()) <= REMARKS_OPENING_WORDS
    return last if opening and head and head[0].strip("\u060c,").removeprefix(WA) in trigger_words("own_act_heads") else None


REMARKS_OPENING_WORDS = 2  # from the sentence's start to the leader: "وجاءت تصريحات" (his remarks came)


def _speech_subject(art: Any, h: Hit, hits: list[Hit], owner: Any) -> bool:
    """A speech noun with its relative verb (grammar.yaml act_relative_speech: "في كلمة ألقاها", in a speech he
    gave) told after its owner's own clause: "وأشاد X أمس بالصداقة ... ووعد بتعزيزها في كلمة ألقاها في دار السلام"
    (X praised ... and promised ... in a speech he gave in Dar es Salaam). Its owner is the sentence's subject: the
    first person of the sentence, near its start (SUBJECT_START_CHARS), no other person nor official between him and
    the speech, within SPEECH_OWNER_CHARS, no "that" clause nor other trigger (a verb of saying, "قال X الأربعاء خلال
    كلمة أمام ...", is the speech's own) from the sentence's start to the speech
    ("وأكد أن زيارة X تهدف إلى محو أثر كلمة ألقاها في القاهرة": his visit's noun, a speech of the past); the speech no recalled one (no year
    in the sentence: "في خطاب ألقاه عام 2009") nor by video (triggers remote_contact)."""
    if fold_term(h.term) not in grammar_words("act_relative_speech"):
        return False
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    persons = sorted(art.persons.get(i, []), key=lambda m: m.start)
    if not persons or persons[0].start != owner.start or owner.start - lo > SUBJECT_START_CHARS \
            or h.start - owner.end > SPEECH_OWNER_CHARS or re.search(r"[.:;\u061b]", art.text[owner.end:h.start]):
        return False
    if _official_between(hits, owner.end, h.start) or _that_clause(art, lo, h.start) \
            or any(x.group.startswith("t:") and x.group != SPOKE_FROM and lo <= x.start < h.start for x in hits):
        return False
    if any(x.group == "c:remote_contact" and lo <= x.start < hi for x in hits):
        return False
    return not YEAR_NUMBER.search(art.text, lo, hi)


ANCHOR_OWNER_CHARS = 320  # from the subject to his act after "وذلك في": "قال X إن إيران ...، وأشار إلى أن ...، وذلك في مؤتمر صحفي"
SUBJECT_WORDS = 4  # from the sentence's start (past a dateline) to its subject's name: a verb and a title
_DATELINE = re.compile(r"^.{0,80}?(?:--|\u2013|\u2014|\s-\s)")  # "أتلانتا، الولايات المتحدة الأمريكية (CNN) –"


def anchored_subject(art: Any, i: int) -> Any:
    """The subject of sentence i's opening verb: its first person, named within SUBJECT_WORDS words of its start, past
    a dateline ("دبي، الإمارات العربية المتحدة (CNN) -- أعلن رئيس الوزراء الإثيوبي، أبي أحمد"); else None."""
    persons = sorted((m for m in art.persons.get(i, []) if not art.in_quote(m.start)), key=lambda m: m.start)
    if not persons:
        return None
    lo = art.sentences[i][0]
    head = _DATELINE.match(art.text[lo:persons[0].start])
    return persons[0] if len(art.folded_slice(lo + (head.end() if head else 0), persons[0].start).split()) <= SUBJECT_WORDS \
        else None


def _resumed_subject(art: Any, h: Hit, hits: list[Hit], owner: Any) -> bool:
    """An act told after "وذلك" (and that) resuming the main clause (grammar.yaml clause_anchors: "وذلك في", "وذلك
    خلال") is the sentence's subject's: "قال رئيس الوزراء X إن إيران تسعى ...، وأشار إلى أن ...، وذلك في مؤتمر صحفي
    عقده مساء الثلاثاء في قبرص" (and that at a press conference he held in Cyprus). The owner is that subject
    (anchored_subject), the act within ANCHOR_OWNER_CHARS, no official between, neither by video nor recalled (a
    year in the sentence), as _speech_subject's."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 3)]
    if not any(words[-len(a.split()):] == a.split() for a in grammar_words("clause_anchors")):
        return False
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    subject = anchored_subject(art, i)
    if subject is None or subject.start != owner.start and pid(subject) != pid(owner) or h.start - subject.end > ANCHOR_OWNER_CHARS:
        return False
    if _official_between(hits, subject.end, h.start) or any(x.group == "c:remote_contact" and lo <= x.start < hi for x in hits):
        return False
    return not YEAR_NUMBER.search(art.text, lo, hi)


def act_place(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The place the act was held at: the first place after it in reach, told as where ("بالقاهرة",
    "في جامعة القاهرة"), no leader, other trigger, new clause, word with li- ("لدعم", for supporting),
    topic word ("حول", "إن"; grammar.yaml act_topic_words), his own office ("بمكتبه", act_home_words) nor a
    summit noun (triggers.yaml summit_nouns: "خلال مشاركته في القمة ... ببكين" is a summit's, no trip of his)
    between. A verb-first act's place is read past its subject (verb_owner), where a li- genitive ("للمنتدى", of
    the forum) and a quoted name ("بـ "دافوس"") may stand."""
    if h.group not in (VERB_ACT, HELD_ACT, SPOKE_FROM):
        return _place_after(art, h, h.end, hits, False)
    owner = _verb_subject(art, h, hits)
    if owner is None:
        return None
    return _place_from(art, h, owner, hits) if h.group == SPOKE_FROM else _place_after(art, h, owner.end, hits, True)


FROM_REACH_CHARS = 160  # from a statement's verb to its "من": his title and name (SUBJECT_CHARS on), commas and the day


def from_in_reach(art: Any, h: Hit) -> bool:
    """A spoke_from verb may tell where he spoke: the word "من" within FROM_REACH_CHARS after it, no clause mark
    (":", a quote) nor "that" (triggers.yaml complementizers) first. What _place_from needs; the article's quick
    check (Article.leader_triggered) asks it so that every "قال" beside a leader does not make an article's
    whole walk: "وقال: «...»" (said: ...) and "قال X إن ..." (said that) tell no place."""
    for w in art.folded_slice(h.end, min(len(art.text), h.end + FROM_REACH_CHARS)).split():
        if _CLAUSE_MARKS.search(w) or w.strip("\u060c,") in trigger_words("complementizers"):
            return False
        if w.strip("\u060c,") == FROM:
            return True
    return False


def _place_from(art: Any, h: Hit, owner: Any, hits: list[Hit]) -> Any:
    """Where a statement told verb first was made (triggers.yaml spoke_from): the first place after its subject,
    "من" (from) before it and nothing else between but commas, the day ("وأكد ماكرون، الأربعاء، من أستراليا") and a
    locative with its nisba ("من العاصمة الأسترالية سيدني"); else None. "قال X لدى عودته من باريس" (on his return
    from Paris), "قال X عبر الهاتف من باريس" (by phone) and "قال X الذي سيبدأ من إسرائيل جولة" (who will start his
    tour from Israel) name no place he spoke from. A sentence that also tells a meeting or a summit ("قال ترامب من
    سنغافورة بعد قمته مع كيم", after his summit with Kim) is that meeting's to read: none either."""
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    if any(x.group.startswith("t:") and x.group != SPOKE_FROM and lo <= x.start < hi for x in hits) \
            or _gathering(art, lo, hi, hits):
        return None
    p = next((p for p in art.places.get(i, []) if p.start >= owner.end), None)
    if p is None or p.start - owner.end > ACT_PLACE_CHARS or _CLAUSE_MARKS.search(art.text[owner.end:p.start]):
        return None
    days = [(d.start, d.end) for d in art.dates.get(i, []) if owner.end <= d.start and d.end <= p.start]
    gap = "".join(" " if any(s <= k < e for s, e in days) else c for k, c in enumerate(art.text[owner.end:p.start], owner.end))
    words = [w for w in (fold_term(w.strip("\u060c,")) for w in gap.split()) if w]
    if not words or words[0] != FROM:
        return None
    return p if all(w in grammar_words("locatives") or nisba(w) for w in words[1:]) else None


def _place_after(art: Any, h: Hit, start: int, hits: list[Hit], verb_first: bool) -> Any:
    """act_place's reading from start (the act's end, or a verb-first act's subject's end)."""
    i = art.sent_of(h.start)
    for p in art.places.get(i, []):
        if p.start < start:
            continue
        gap = art.text[start:p.start]
        if verb_first:
            gap = "".join(c for c in gap if c not in _QUOTES)
        if p.start - start > ACT_PLACE_CHARS or _CLAUSE_MARKS.search(gap) \
                or art.near("leaders", i, start, p.start) \
                or any(x.group.startswith("t:") and start <= x.start < p.start and x is not h
                       and not (verb_first and _before_audience(x)) for x in hits):  # "ألقى X كلمة أمام": its object
            return None
        words = [w.strip("،," + _QUOTES).removeprefix(WA) for w in art.folded_slice(start, p.start).split()]
        if h.group in (HELD_ACT, OWN_MEETING):  # "مع عدد من" names whom he holds it with, no topic
            words = [w for w in words if w not in grammar_words("held_partner_words")]
        if h.group == OWN_MEETING and _partners_placed(art, i, start, p.start, hits, words):
            return None
        if any(w in grammar_words("act_topic_words") or w in grammar_words("act_home_words")
               or w.removeprefix(AL) in trigger_words("summit_nouns") or w in trigger_words("summit_nouns")
               or (w[:1] == LI and w not in grammar_words("act_links") and not (verb_first and w[1:2] == LI))
               for w in words):
            # li- (for, of) ties the place to a purpose: "في المؤتمر الدولي للمانحين لدعم الوضع في سوريا"
            return None
        if (_told_where(art, p) or verb_first and _bi_quoted(art, p)) and (not words or words[-1] not in TOWARD):
            return p
    return None


def _partners_placed(art: Any, i: int, start: int, end: int, hits: list[Hit], words: list[str]) -> bool:
    """The place after his own meeting's partners is theirs, not the meeting's: a person ("مع رئيس الجمعية X"), an
    official or a delegation ("بسفير مصر في واشنطن", "وفدا من ..."; OFFICIAL_CUES), a comma (another clause), a relative
    clause or a residence word (grammar.yaml partner_residence_words: "الجالية المقيمة في", the community living in)
    stands between."""
    return any(start <= m.start < end for m in art.persons.get(i, [])) or _official_between(hits, start, end) \
        or bool(re.search(r"[\u060c,]", art.text[start:end])) \
        or any(w in grammar_words("relative_pronouns") or w in grammar_words("partner_residence_words") for w in words)


def _bi_quoted(art: Any, p: Any) -> bool:
    """A bi- written apart, the place quoted after it: "بـ "دافوس"" (at "Davos")."""
    before = art.text[max(0, p.start - 6):p.start].rstrip(_QUOTES + " ")
    return before.endswith(" بـ") or before.endswith(" ب")


def verb_owner(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The owner of a verb-first act (triggers.yaml own_act_verb): the leader its subject (_verb_subject), the act
    done (no plan, negation nor maybe right before it: grammar.yaml act_verb_blockers; a present verb only with
    act_today_words), not by video (triggers remote_contact) nor a gathering's (_gathering: "ألقى كلمة أمام القادة
    العرب"), at a place of another country after it (act_place); else None."""
    owner = _verb_subject(art, h, hits)
    if owner is None or any(w in grammar_words("act_verb_blockers") for w in art.words_before(h.start, 1)):
        return None
    i = art.sent_of(h.start)
    lo, hi = art.sentences[i]
    if any(x.group == "c:remote_contact" and lo <= x.start < hi for x in hits):
        return None
    p = act_place(art, h, hits)
    if p is None or not p.country or p.country == owner.country or _gathering(art, owner.end, p.start, hits):
        return None
    present = fold_term(h.term)[:1] in ("ي", "ت")
    if present and not any(w in grammar_words("act_today_words") for w in art.folded_slice(owner.end, p.start).split()):
        return None
    return owner


def held_owner(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The leader who holds the meeting a noun tells with its verb (triggers.yaml held_meeting: "اللقاء الذي يعقده
    X"), its subject right after it (_verb_subject), at a place of another country after him (act_place: no leader
    nor other trigger between, so "مع نظيره" leaves the noun to the pair), not by video; a present verb ("يعقده")
    only with "اليوم" (today) before the place, as verb_owner reads one; else None."""
    owner = _verb_subject(art, h, hits)
    # "اجتماع عقده مع الرئيس X" (a meeting he held with President X): "مع" first names a partner, not its subject
    if owner is None or set(art.folded_slice(h.end, owner.start).split()) & grammar_words("held_partner_words"):
        return None
    lo, hi = art.sentences[art.sent_of(h.start)]
    if any(x.group == "c:remote_contact" and lo <= x.start < hi for x in hits):
        return None
    p = act_place(art, h, hits)
    if p is None or not p.country or p.country == owner.country:
        return None
    present = fold_term(h.term).split()[-1][:1] in ("ي", "ت")
    if present and not any(w in grammar_words("act_today_words") for w in art.folded_slice(owner.end, p.start).split()):
        return None
    # ... nor one still ahead of the sentence's plan: "وسيشاركون في اللقاء" (they will take part in it tonight)
    return None if present and any(x.group == "c:future_plan" and lo <= x.start < hi for x in hits) else owner


def _verb_subject(art: Any, h: Hit, hits: list[Hit]) -> Any:
    """The leader right after the verb, only his title between ("شارك رئيس الحكومة يوسف الشاهد"): no other person,
    official ("شارك وزير الخارجية"), li- genitive ("للرئيس", to the president), punctuation nor future or li- proclitic
    ("سيشارك", "ليشارك") first; else None."""
    if "س" in h.prefix or "ل" in h.prefix:
        return None
    owner = _leader_after(art, art.sent_of(h.start), h, hits, SUBJECT_CHARS)
    if owner is None or any(w.startswith(LI + LI) for w in art.folded_slice(h.end, owner.start).split()):
        return None  # "وأدى خدمات للرئيس أوباما" (he rendered services to President Obama): the leader its object
    return None if art.possessed(owner, trigger_words("person_heads")) else owner


def _told_where(art: Any, p: Any) -> bool:
    """bi- glued on the place ("بالقاهرة"), "في" (in) right before it, a venue noun with bi- ("بمقر
    مشيخة الأزهر", at the seat of al-Azhar), or a gathering named after its place (summits.yaml gatherings: "أمام
    منتدى دافوس", before the Davos forum; "في مؤتمر ميونيخ للأمن"): where the act was held."""
    if p.start > 0 and art.text[p.start - 1] in BI:
        return True
    words = art.words_before(p.start, 1)
    return bool(words) and (words[-1] in IN or (words[-1][:1] == BI and words[-1][1:] in grammar_words("locatives"))) \
        or _named_gathering(art, p)


@cache
def _gathering_nouns() -> frozenset[str]:
    """summits.yaml gatherings, folded: a forum or a conference named after its place."""
    return frozenset(fold_term(w) for w in load_yaml(LEXICON_DIR / "summits.yaml").get("gatherings", []))


def presence_sides(art: Any, h: Hit, hits: list[Hit]) -> tuple[Any, Any, Any] | None:
    """(visitor, host, place) of an act held in the presence (t:presence_act) of a leader: its owner is the
    nearest leader of another country named before it in its clause, and the act's place tells who travelled:
    in the present leader's country the owner visited him ("وقع كير ... في الخرطوم بحضور البشير"), in the
    owner's the one present is the guest ("افتتح السيسي ... في القاهرة بحضور الرئيس السوداني"). None when no
    leader is the one present ("بحضور وزير الخارجية"), a leader of his country is named beside him (he attends his
    own head's act: "استقبل مرسي زيدان بحضور رئيس الوزراء قنديل"), the act is a gathering of many (a summit,
    "الرؤساء الثلاثة"), or the place is of neither country. With no place told the two met, nobody's trip told:
    (present, owner, None), undirected, the one present taken as the guest (an act is more often held at home), when
    the word says he attended (triggers.yaml presence_words; "برعاية", under his auspices, does not):
    "وقال X أثناء مراسم التوقيع في حضور نظيره Y" (X said at the signing ceremony in the presence of his counterpart Y)."""
    i = art.sent_of(h.start)
    present = _present_leader(art, i, h, hits)
    if present is None:
        return None
    leaders = art.leaders.get(i, [])
    if any(m.country == present.country and pid(m) != pid(present) for m in leaders):
        return None
    owner = next((m for m in reversed(leaders) if m.end <= h.start and m.country and m.country != present.country), None)
    if owner is None and not any(m.end <= h.start for m in leaders):
        return _co_present_sides(art, i, h, present, hits)
    if owner is None or h.start - owner.end > PRESENCE_OWNER_CHARS or art.possessed(owner, trigger_words("person_heads")) \
            or _that_clause(art, owner.end, h.start) or _gathering(art, owner.end, h.start, hits):
        return None
    p = _presence_place(art, i, h, present)
    if p is None and fold_term(h.term) in trigger_words("presence_words"):
        return present, owner, None  # no place told: they met; the one present at another's act is likelier his guest
    if p is None or p.country not in (owner.country, present.country):
        return None
    return (owner, present, p) if p.country == present.country else (present, owner, p)


def _co_present_sides(art: Any, i: int, h: Hit, present: Any, hits: list[Hit]) -> tuple[Any, Any, Any] | None:
    """(guest, host, place) of an act no leader owns, held in the presence of two leaders of two countries joined by
    "و": "بدأت المسيرة في حضور الرئيس بالوكالة نيكولا مادورو والرئيس البوليفي ايفو موراليس" (the procession began in
    the presence of the acting president Maduro and the Bolivian president Morales): both attended one ceremony, so
    they met; its place tells who travelled, none told the second named is the guest (a host is named first). None
    when a third leader is joined after them (a gathering of many: a funeral's list of heads), the act before the word
    is a summit's, a body's (an organisation named) or many states' (triggers.yaml gathered_states), the two are
    named among many ("قادة", leaders, before them), or the place is of neither country (both guests of a third)."""
    second = _joined_leader(art, i, present, hits)
    if second is None or second.country in (None, present.country) or _joined_leader(art, i, second, hits) is not None:
        return None
    lo, hi = art.sentences[i][0], second.start
    if _gathering(art, lo, hi, hits) or any(lo <= o.start < hi for o in art.orgs) \
            or any(w.strip("،,").removeprefix(WA) in trigger_words("gathered_states") for w in art.folded_slice(lo, hi).split()):
        return None  # a summit's, a body's or many states' act: "اختتمت قمة مجموعة السبع في كندا بحضور ترودو وترامب",
        # or many leaders', the two first among them: "بحضور بعض قادة الدول في مقدمتهم بوتين وماكرون"
    p = _presence_place(art, i, h, second)
    if p is None:
        return second, present, None
    if p.country not in (present.country, second.country):
        return None
    return (second, present, p) if p.country == present.country else (present, second, p)


def _joined_leader(art: Any, i: int, m: Any, hits: list[Hit]) -> Any:
    """The leader joined to m by "و" right after him, only his title between ("والرئيس البوليفي ايفو موراليس"); else
    None."""
    nxt = art.folded_slice(m.end, m.end + PRESENT_CHARS).split()[:1]
    return _leader_after(art, i, m, hits, PRESENT_CHARS) if nxt and nxt[0].startswith(WA) else None


def _present_leader(art: Any, i: int, h: Hit, hits: list[Hit]) -> Any:
    """The leader named right after "بحضور", only his title between ("بحضور الرئيس السوداني عمر البشير"): no
    other person, official noun ("بحضور وزير الخارجية") nor punctuation first; else None."""
    return _leader_after(art, i, h, hits, PRESENT_CHARS)


def _leader_after(art: Any, i: int, h: Hit, hits: list[Hit], reach: int) -> Any:
    """The first person after h in sentence i, within reach characters, if a leader with only his title between:
    no punctuation, clause mark nor official's noun (_official_between) first; else None."""
    after = sorted((m for m in art.persons.get(i, []) if m.start >= h.end), key=lambda m: m.start)
    if not after or after[0].start - h.end > reach or _CLAUSE_MARKS.search(art.text[h.end:after[0].start]) \
            or "\u060c" in art.text[h.end:after[0].start] or "," in art.text[h.end:after[0].start]:
        return None
    if _official_between(hits, h.end, after[0].start):
        return None
    return next((m for m in art.leaders.get(i, []) if m.start == after[0].start), None)


def _official_between(hits: list[Hit], lo: int, hi: int) -> bool:
    """An official's noun (OFFICIAL_CUES) in [lo, hi), not "الوزراء" (ministers) inside a leader's own title "رئيس
    (ال)وزراء" (prime minister: a c:unresolved_heads hit it starts in or right after)."""
    titles = [x for x in hits if x.group == "c:unresolved_heads" and lo <= x.start < hi]
    return any(x.group in OFFICIAL_CUES and lo <= x.start < hi
               and not any(t.start <= x.start and x.start - t.end <= 1 for t in titles) for x in hits)


def _presence_place(art: Any, i: int, h: Hit, present: Any) -> Any:
    """The act's place: the place told as where ("في الخرطوم", "بالقاهرة") nearest to the act, before "بحضور"
    in its clause or a little after the one present; not one in his title ("حاكم دبي")."""
    near = []
    for p in art.places.get(i, []):
        if not _told_where(art, p):
            continue
        if p.end <= h.start and not _CLAUSE_MARKS.search(art.text[p.end:h.start]):
            near.append((h.start - p.end, p))
        elif p.start >= present.end and p.start - present.end <= PRESENCE_PLACE_CHARS \
                and not _CLAUSE_MARKS.search(art.text[present.end:p.start]):
            near.append((p.start - present.end, p))
    return min(near, key=lambda t: t[0])[1] if near else None


def _gathering(art: Any, lo: int, hi: int, hits: list[Hit]) -> bool:
    """A summit noun (triggers.yaml summit_nouns) or many heads ("الرؤساء الثلاثة", plural_heads; "نظرائه",
    counterparts_many; "القادة", gathered_heads) between the owner and the act: "قمة ... شارك فيها الرؤساء
    الثلاثة ... بحضور أوباما" (a summit the three presidents attended in Obama's presence) and "ألقى كلمة أمام
    القادة العرب" (gave a speech before the Arab leaders) are a summit's, no act of the owner's."""
    words = [w.strip("،,").removeprefix(WA) for w in art.folded_slice(lo, hi).split()]
    return any(w in trigger_words("summit_nouns") or w.removeprefix(AL) in trigger_words("gathered_heads") for w in words) \
        or any(x.group in ("c:plural_heads", "c:counterparts_many") and lo <= x.start < hi for x in hits)


def _that_clause(art: Any, lo: int, hi: int) -> bool:
    """A "that" (triggers.yaml complementizers) opens a reported clause between the owner and the act: the speaker
    of "قال الرئيس إن ... بحضور" is not its owner (clauses.that_clause_between reads Article, which reads this)."""
    words = [w.strip("،,") for w in art.folded_slice(lo, hi).split()]
    return any(w in trigger_words("complementizers") for w in words)
