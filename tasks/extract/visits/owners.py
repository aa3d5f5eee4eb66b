"""Owners: whose trip a visit word tells and who stands on its other side when the sentence
does not name him: the owner of "زيارته" (his visit), past the one met "مع" (with) or the one briefed ("أطلع ترامب على نتائج زيارته", the briefer's visit), and the unnamed subject a sentence
refers back to (prior_subject); the partner named in a neighbouring sentence; the guest a "الزائر" (visiting) after
his name calls so; leaders named only as the owners of views ("وجهات نظر"), who held no talks;
the one a departure word tells is leaving (departs). visits.roles and visits.candidates read them."""
from __future__ import annotations

from dataclasses import replace
import re
from typing import Any

from tasks.extract.visits.agreement import feminine_pronoun, is_woman
from tasks.extract.visits.article import Article
from tasks.extract.visits.fronted import fronted_owner
from tasks.extract.visits.heading import past_adjectives
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.messages import unsent_leaders
from tasks.extract.visits.prospects import title_word
from tasks.extract.visits.speaker import speaker_before, unknown_speaker
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.arabic import BI, CONJUNCTIONS, PRONOUN_ENCLITICS, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


WITH_TITLE_WORDS = 4  # words between "مع" and the name: a title ("رئيس الوزراء الياباني")


DUAL_AFTER_CHARS = 30  # "التقيا مع الرئيس الإيراني حسن روحاني": a side named right after the dual verb


def dual_verb(h: Hit) -> bool:
    """A meeting verb in the dual past: "التقيا", "اجتمعا", "أجريا محادثات" (the two met)."""
    verb = fold_term(h.term).split()[0]
    return bool(trigger_spec(h.group).get("tense")) and verb.endswith("ا") and not verb.endswith("ها") and not h.suffix


TRIP_PLACE_CHARS, HOME_PLACE_CHARS = 12, 30  # "زيارته لأوروبا": the destination right after; a visit's past its adjectives ("زيارته الرسمية الأولى إلى الأردن")


GRANTED_WORDS = 7  # from "حظي" (was granted) to the reception noun: its subject, a title and a name between
GRANTED_FROM_CHARS = 30  # from the reception noun to the "من" (from) naming its host: "باستقبال رسمي حافل من"
_FROM = re.compile(r"(?<!\S)\u0645\u0646(?!\S)")  # the word "من" (from)


def granted(art: Article, h: Hit) -> bool:
    """A verb of being granted stands a few words before the reception noun: "وحظي الرئيس
    التركي باستقبال حافل" (the Turkish president was given a warm reception), "وحصل ترامب على
    استقبال" (Trump got a reception; a verb of getting only with "على" right before the noun):
    the verb's subject is the guest."""
    if trigger_spec(h.group)["role"] not in ("receive", "reception") or trigger_spec(h.group).get("tense"):
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), GRANTED_WORDS)]

    def among(verbs: frozenset[str]) -> bool:
        return any(w in verbs or w[:1] in CONJUNCTIONS and w[1:] in verbs for w in words)
    return among(grammar_words("granted_verbs")) or (
        bool(words) and words[-1] in grammar_words("granted_on") and among(grammar_words("granted_on_verbs")))


def granted_from(art: Article, i: int, h: Hit) -> list[int]:
    """Where the "من" (from) naming the host of a reception noun ends, when a verb of being
    granted stands before the noun: "وحظي الرئيس التركي باستقبال حافل من الرئيس الروسي" (the
    Turkish president was given a warm reception by the Russian president): the verb's subject
    is the guest, the leader after "من" the host. [] otherwise."""
    if not granted(art, h):
        return []
    end = art.word_end(h.end)
    m = _FROM.search(art.text, end, min(art.sentences[i][1], end + GRANTED_FROM_CHARS))
    return [m.end()] if m else []


def li_owned(art: Article, h: Hit) -> Hit:
    """A trip noun with "له" / "لها" right after it and no pronoun of its own reads as "زيارته":
    "في أول زيارة له لإسرائيل" (on his first visit to Israel) is the trip of the one named before."""
    if h.suffix or trigger_spec(h.group).get("tense"):
        return h
    after = art.folded_slice(art.word_end(h.end), art.word_end(h.end) + 5).split()[:1]
    word = after[0].strip("،,.") if after else ""
    return replace(h, suffix=word[1:]) if word in grammar_words("trip_owner_li") else h


def pronoun_owner(art: Article, i: int, h: Hit) -> Any | None:
    """For a visit noun with a pronoun ("زيارته", ziyaratuhu, his visit) or an
    honorific pronoun after it ("زيارة سموه", his Highness's visit): the person named
    last before it in the sentence, leader or not. None without a pronoun."""
    honorific = any(0 <= c.start - h.end <= 2 for c in art.cues(i, "c:honorific_pronouns"))
    if not (h.suffix in ("ه", "ها") or honorific):
        return None
    prior = sorted((m for m in art.persons.get(i, []) if m.end <= h.start and not art.in_quote(m.start)),
                   key=lambda m: m.end)
    if not prior:
        return fronted_owner(art, i, h) or speaker_before(art, i, h)
    if feminine_pronoun(h) and (women := [m for m in prior if is_woman(m)]):
        return women[-1]  # "وقالت ماي لترامب خلال زيارتها" (May told Trump during her visit): hers
    if len(prior) > 1 and _clause_anchored(art, i, h, prior[0]):
        return prior[0]  # "وثمن X دور Y، وذلك خلال استقباله" (X praised Y's role, during his reception)
    verbs = [t for t in art.near("triggers", i, prior[-1].end, h.start)
             if t is not h and trigger_spec(t.group).get("proclitics") == "verb"]
    if verbs and (carried := carried_subject(art, i, verbs[-1])) is not None:
        # "وكان في استقبال قنديل ... رئيس وزراء تشاد، وقد التقى عقب وصوله" (and he met, after
        # his arrival): "his" is the subject the verb carries (Qandil), not the one named last
        return carried
    end = art.word_end(h.end)
    home = {p.country for p in art.places.get(i, []) if 0 <= p.start - end <= TRIP_PLACE_CHARS  # no one visits home
            or trigger_spec(h.group)["role"] == "visit" and past_adjectives(art, end, p.start, HOME_PLACE_CHARS)}
    other = next((m for m in reversed(prior[:-1]) if pid(m) != pid(prior[-1])), None)  # past his own earlier name
    if other is not None and (with_partner(art, prior[-1]) or met_with_bi(art, i, prior[-1])) \
            and other.country not in home and not set(
            art.folded_slice(prior[-1].end, h.start).split()) & trigger_words("relative_pronouns"):
        # "وقال أوباما في مؤتمر مشترك مع نتنياهو في القدس في زيارته الأولى" (Obama said at a
        # joint conference with Netanyahu in Jerusalem on his first visit): the one met "with"
        # is not whom "his" points to; "مع أوباما الذي يقوم بزيارته" (who is making his visit) is,
        # and so is "لقائه مع أوباما أثناء زيارته إلى الأردن" told by Jordan's king (no one visits home)
        return other
    if len(prior) > 1 and _verb_subject_then_object(art, i, prior[-2], prior[-1], trigger_spec(h.group)["role"]):
        # "التقى دوق كامبريدج عباس ... بعد يوم من لقائه نتنياهو" (the Duke met Abbas, a day after
        # his meeting with Netanyahu): "his" is the verb's subject, not its object named last
        return prior[-2]
    if len(prior) > 1 and briefed(art, prior[-1]):
        # "أطلع الرئيس ترامب على نتائج زيارته" (briefed Trump on his visit): the briefer's, the
        # last other person named before
        return next((m for m in reversed(prior[:-1]) if pid(m) != pid(prior[-1])), None)
    return prior[-1]


def unnamed_owner(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun owned by a pronoun ("مباحثاته", his talks; "لقائها", her meeting) in a sentence that
    names nobody before it: its owner is the subject of a verb with no name of its own ("وأشار إلى أنه
    يرغب في ... قبيل مباحثاته اليوم مع X", he pointed out that he wishes ... before his talks today with X),
    told in the sentences before (visits.meetings.implicit_subject finds him there); not one a speech word names (speaker)."""
    if h.suffix not in ("ه", "ها") or trigger_spec(h.group).get("tense") or trigger_spec(h.group)["role"] != "meet":
        return False
    return not any(m.start < h.start for m in art.persons.get(i, [])) and not unknown_speaker(art, i, h)


INCLUDED_CHARS = 16  # from the meetings noun to its "شملت": "اللقاءات شملت"
INCLUDED_WORDS = 2  # words from "شملت" (included) to the meeting noun it takes: "شملت اجتماعا ثنائيا"


def included_meeting(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun that a past "included" takes as its object, whose subject is a meeting word right
    before it, definite ("تلك اللقاءات شملت اجتماعا ثنائيا مع X", those meetings included a bilateral meeting
    with X), no person named between: one of the meetings told before, its owner the subject told there
    (visits.meetings.implicit_subject). Not "عقد الوزير لقاءات شملت" (the minister held meetings that included)."""
    if trigger_spec(h.group).get("tense") or trigger_spec(h.group)["role"] != "meet" or h.suffix in PRONOUN_ENCLITICS:
        return False
    start = art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 60)
    words = [(lo + w.start(), w.group().strip("،,")) for w in re.finditer(r"\S+", art.text[lo:start])][-INCLUDED_WORDS:]
    verb = next((s for s, w in reversed(words) if fold_term(w).lstrip("و") in grammar_words("included_past")), None)
    if verb is None:
        return False
    meetings = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= verb
                and trigger_spec(t.group)["role"] == "meet" and not trigger_spec(t.group).get("tense")]
    return bool(meetings) and definite(meetings[-1]) and verb - meetings[-1].end <= INCLUDED_CHARS \
        and not any(meetings[-1].start < m.start < h.start for m in art.persons.get(i, []))


def remarks_owner(art: Article, i: int, h: Hit) -> Any | None:
    """The owner of remarks named right before "خلال" (during) the meeting noun h spoke at it:
    "أتت تصريحات ميركل خلال مؤتمر صحفي مع رئيس الوزراء الدنماركي" (Merkel's remarks came during a
    press conference with the Danish PM): the one "تصريحات" (remarks) possesses is a side."""
    if h.suffix:
        return None
    start = art.word_start(h.start)
    words = [w.strip("،,").lstrip("و") for w in art.words_before(start, 2)]
    prior = [m for m in art.persons.get(i, []) if m.end <= h.start and not art.in_quote(m.start)]
    if len(words) < 2 or words[-1] not in grammar_words("during_words") or not prior:
        return None
    last = max(prior, key=lambda m: m.end)
    near = len(art.folded_slice(last.end, start).split()) == 1  # "ميركل خلال": only "during" between
    head = art.words_before(art.word_start(last.start), 1)
    # the remarks right before the name ("تصريحات مستشار بوتين" are the adviser's), the sentence's
    # first person ("وانتقد السيسي تصريحات بوتين خلال مؤتمر": the conference may be the critic's)
    own = bool(head) and head[0].strip("،,") in trigger_words("own_act_heads")
    return last if near and own and all(pid(m) == pid(last) for m in prior) else None


ANCHORED_SUBJECT_WORDS = 4  # words from the sentence's start to its subject's name: a verb and a title


def _clause_anchored(art: Article, i: int, h: Hit, first: Any) -> bool:
    """"وذلك خلال" (and that during) right before the "his" noun, in a sentence whose first person
    is named within its first few words (the subject of its opening verb): "his" is his."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 3)]
    if not any(words[-len(a.split()):] == a.split() for a in grammar_words("clause_anchors")):
        return False
    return len(art.folded_slice(art.sentences[i][0], first.start).split()) <= ANCHORED_SUBJECT_WORDS


SUBJECT_TITLE_CHARS = 30  # from a verb to its subject's name, past his title ("التقى الرئيس الروسي بوتين")


def _verb_subject_then_object(art: Article, i: int, subj: Any, obj: Any, role: str) -> bool:
    """subj is named right after a meeting or reception verb, obj after subj: the verb's subject
    and object ("التقى X Y"). A reception's guest owns the trip or arrival of a noun role "visit" or
    "arrive": in "استقبل X Y لدى وصوله" (X received Y upon his arrival) the arrival is Y's."""
    if pid(subj) == pid(obj):
        return False
    roles = ("meet",) if role in ("visit", "arrive") else ("meet", "receive")
    return any(t.group.startswith("t:") and trigger_spec(t.group).get("tense") and not t.suffix
               and trigger_spec(t.group)["role"] in roles
               and 0 <= subj.start - t.end <= SUBJECT_TITLE_CHARS and t.end <= subj.start < obj.start
               and not any(t.end <= m.start < subj.start for m in art.persons.get(i, []))
               for t in art.by_sent.get(i, ()))


BRIEFED_CHARS = 70  # from a briefing verb, over its subject and a title, to the one briefed


def briefed(art: Article, m: Any) -> bool:
    """The person m is the object of a briefing verb ("أطلع", "أبلغ"), past its subject and a
    title at most: "أطلع الرئيس التركي أردوغان الرئيس الروسي بوتين على نتائج زيارته"."""
    start = art.word_start(max(art.sentences[art.sent_of(m.start)][0], m.start - BRIEFED_CHARS))
    words = art.folded_slice(start, m.start).split()
    at = max((k for k, w in enumerate(words) if w in grammar_words("briefing_verbs")), default=None)
    return at is not None and not any(ch in " ".join(words[at:]) for ch in "،,:؛.")


def with_partner(art: Article, m: Any) -> bool:
    """The person m is named after "مع" (with), past a title at most: "مع رئيس الوزراء
    الإسرائيلي بنيامين نتنياهو" (with the Israeli prime minister Benjamin Netanyahu)."""
    words = art.words_before(m.start, WITH_TITLE_WORDS + 1)
    at = max((k for k, w in enumerate(words) if w in ("مع", "ومع")), default=None)
    return at is not None and not any(ch in " ".join(words[at:]) for ch in "،,:؛.")


def met_with_bi(art: Article, i: int, m: Any) -> bool:
    """The person m is the object a meeting verb takes with bi- right after it, past a title at most, its
    subject named before the verb: "والرئيس الرواندي يجتمع بنظيره الفرنسي" (the Rwandan president meets his
    French counterpart; "نظيره" a counterpart cue), "اجتمع بالرئيس الفرنسي ماكرون". Not a reception's guest ("استقبل"), nor the one
    met after the verb's own subject ("التقى X بنظيره": visits.owners._verb_subject_then_object)."""
    for t in art.by_sent.get(i, ()):
        spec = trigger_spec(t.group) if t.group.startswith("t:") else {}
        if spec.get("role") != "meet" or not spec.get("tense") or t.suffix or not t.end <= m.start:
            continue
        met = next((p for p in sorted(art.persons.get(i, []), key=lambda p: p.start) if p.start >= t.end), None)
        words = art.folded_slice(t.end, met.start).split() if met is not None else []
        counterpart = any(art.folded_slice(t.end, c.start).split() == [BI] for c in art.cues(i, "c:counterpart"))
        if (words and (words == [BI] or words[0].startswith(BI + "ال") or counterpart) and len(words) <= WITH_TITLE_WORDS
                and pid(met) == pid(m) and not any(ch in " ".join(words) for ch in "،,:؛.")):
            return True
    return False


def prior_subject(art: Article, i: int) -> Any | None:
    """Whom an unnamed subject refers back to: the person named last in the two sentences before i
    (outside quotations), past one met "مع" (with), from his first mention after it on: in "وسعى أوباما
    ... الى تجنب حرب كلامية مع المرشد الأعلى ... علي خامنئي. وأشار، خلال مؤتمر صحافي مع الملك عبدالله"
    (Obama sought to avoid a war of words with the Supreme Leader Khamenei. He pointed out, at a press
    conference with King Abdullah) the one who pointed out is Obama."""
    prior = [m for j in range(max(0, i - 2), i) for m in art.persons.get(j, []) if not art.in_quote(m.start)]
    partners = [p for p in prior if with_partner(art, p)]
    subjects = [m for m in prior if not any(pid(p) == pid(m) and p.start <= m.start and art.sent_of(p.start)
                                            == art.sent_of(m.start) for p in partners)]
    return max(subjects or prior, key=lambda m: m.end) if prior else None


def partner_elsewhere(art: Article, i: int, known: Any, country: str | None, h: Hit | None = None) -> Any | None:
    """A leader of another country in the headline or the neighbouring sentences,
    preferring the one whose country holds the city; after a dual verb h ("التقيا"), none
    named past it in its own sentence (its sides were told before it); none named there as the
    sender of a message someone carried ("ونقل الوزير رسالة إلى مرسي من الرئيس البشير": the
    minister met Morsi, Bashir did not)."""
    order = [i - 1, i + 1, 0, 1, i - 2]
    pool: list[Any] = []
    last = h.end + DUAL_AFTER_CHARS if h is not None and dual_verb(h) else None
    for j in order:
        if 0 <= j < len(art.sentences):
            pool.extend(m for m in unsent_leaders(art, j) if m.country != known.country and pid(m) != pid(known)
                        and not (j == i and last is not None and m.start > last))
    # last, the visited country's leader named in the sentence itself, whom its roles did not
    # bind: "... رئيس وزراء تشاد، وقد التقى عقب وصوله إلى العاصمة التشادية مع" (Chad's PM,
    # and he met after his arrival in the Chadian capital with): not Chad's unnamed president
    own = [m for m in art.leaders.get(i, []) if country and m.country == country and pid(m) != pid(known)]
    if country:
        for m in pool + own:
            if m.country == country:
                return m
    return pool[0] if pool else None


SUBJECT_AFTER_CHARS = 12  # a verb's subject stands right after it: "التقى بوتين السيسي"
SUBJECT_BEFORE_CHARS = 4  # ... and "قام X بزيارة" (made a visit) has it right before the visit noun


def carried_subject(art: Article, i: int, h: Hit) -> Any | None:
    """The traveller of a coordinated travel or meeting verb that names no subject of its
    own: the subject of the sentence's earlier meeting or travel verb. "التقى بوتين السيسي
    في القاهرة، وتوجه بعدها إلى دمشق حيث التقى الأسد" (Putin met Sisi in Cairo, and headed
    after it to Damascus where he met Assad): Putin travels and meets Assad, not Sisi, the
    one named last. A reception's subject is the host ("استقبل السيسي بوتين"): none then, but for a
    meeting verb coordinated with it ("، والتقى", and he met): "استقبل مرسي المرزوقي، والتقى البشير"
    (Morsi received al-Marzouki, and met al-Bashir): Morsi met al-Bashir, not his guest."""
    if not h.suffix and h.prefix in ("ل", "لل") and trigger_spec(h.group)["role"] == "meet":
        return _trip_traveller(art, i, h)
    if h.suffix or trigger_spec(h.group).get("proclitics") != "verb":
        return None
    prior = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start]
    first = prior[0] if prior else None
    if first is not None and trigger_spec(first.group)["role"] == "visit" and first.prefix == "ب":
        # "سيقوم الرئيس مرسي بزيارة إلى ألمانيا ... ويتوجه بعدها إلى فرنسا" (will make a visit
        # to Germany ... and head after it to France): the subject of "يقوم ... بزيارة" before it
        before = [m for m in art.leaders.get(i, []) if 0 <= first.start - m.end <= SUBJECT_BEFORE_CHARS]
        return before[-1] if len(before) == 1 else None
    if first is not None and trigger_spec(first.group)["role"] == "meet" and first.suffix in ("", "ا") \
            and trigger_spec(first.group).get("proclitics") != "verb":
        # "وأجرى أوباما محادثات مع نتنياهو ... ومن المقرر أن يتوجه إلى الضفة للقاء عباس" (Obama
        # held talks with Netanyahu ... and is to head to the West Bank): the holding verb's subject
        return _holding_subject(art, i, first)
    if first is not None and trigger_spec(first.group)["role"] == "reception" and not first.suffix:
        # "وكان في استقبال قنديل ... رئيس وزراء تشاد، حيث التقى رئيس وزراء ليبيا" (Chad's
        # PM received Qandil, where he met Libya's PM): the guest received goes on to meet
        guest = [m for m in art.leaders.get(i, []) if m.start >= first.end and (
            m.start - first.end <= SUBJECT_AFTER_CHARS or _title_gap(art, i, first, m))]
        return guest[0] if guest else None
    roles = ("meet", "arrive", "receive") if _coordinated_meeting(art, i, h) else ("meet", "arrive")
    if first is None or trigger_spec(first.group).get("proclitics") != "verb" \
            or trigger_spec(first.group)["role"] not in roles:
        return None
    after = [m for m in art.leaders.get(i, []) if 0 <= m.start - first.end <= SUBJECT_AFTER_CHARS]
    return after[0] if after else None


def _coordinated_meeting(art: Article, i: int, h: Hit) -> bool:
    """h is a past meeting verb joined by "و" (and) right after a comma, naming no subject of its own: "،
    والتقى" (and he met) takes the subject of the clause before it. Not a travel verb nor a relative clause
    ("استقبل السيسي بوتين، الذي وصل", Sisi received Putin, who arrived: the guest's), nor "، والتقى عمر البشير
    رئيس الوزراء الليبي علي زيدان" (and Omar al-Bashir met the Libyan PM Ali Zeidan: two leaders, a title between)."""
    spec = trigger_spec(h.group)
    if spec["role"] != "meet" or spec.get("tense") != "past" or h.prefix != "و" \
            or art.text[max(0, art.word_start(h.start) - 2):art.word_start(h.start)].strip() not in ("\u060c", ","):
        return False
    after = sorted((m for m in art.leaders.get(i, []) if m.start >= h.end), key=lambda m: m.start)[:2]
    if len(after) < 2:
        return True
    gap = art.folded_slice(after[0].end, after[1].start)  # a title only: the second is the first's object
    return after[1].start - after[0].end > SUBJECT_TITLE_CHARS or any(ch in gap for ch in "،,:؛.") \
        or any(w[:1] == "و" or w == "مع" for w in gap.split())


def _trip_traveller(art: Article, i: int, h: Hit) -> Any | None:
    """A li- meeting noun is the purpose of the travel verb before it: "ومن المقرر أن يتوجه إلى
    دمشق للقاء الأسد" (and he is to head to Damascus to meet Assad) is the meeting of the one who
    travels, the subject that verb carries, when it names none of its own."""
    trips = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start
             and trigger_spec(t.group)["role"] == "arrive" and trigger_spec(t.group).get("proclitics") == "verb"]
    if not trips or art.near("persons", i, trips[-1].end, trips[-1].end + SUBJECT_AFTER_CHARS):
        return None
    return carried_subject(art, i, trips[-1])


def _holding_subject(art: Article, i: int, noun: Hit) -> Any | None:
    """The one leader named right before a meeting noun, past a verb of holding and his title:
    "أجرى الرئيس الأمريكي أوباما محادثات" (the American president Obama held talks); None else."""
    before = [m for m in art.leaders.get(i, []) if 0 <= noun.start - m.end <= SUBJECT_BEFORE_CHARS]
    if len(before) != 1:
        return None
    words = art.folded_slice(max(art.sentences[i][0], before[0].start - 60), before[0].start).split()
    words = words[-(DESTINATION_TITLE_WORDS + 1):]
    held = grammar_words("holding_verbs")
    k = max((j for j, w in enumerate(words) if w in held or w[:1] in CONJUNCTIONS and w[1:] in held), default=None)
    return before[0] if k is not None and all(title_word(w) for w in words[k + 1:]) else None


DESTINATION_TITLE_WORDS = 3  # "إلى الرئيس الأمريكى باراك أوباما": "إلى" (to), a title, then the name
TO_WORDS = ("\u0625\u0644\u0649", "\u0627\u0644\u0649")  # إلى، الى


def gone_to(art: Article, m: Any) -> bool:
    """The leader m is where someone goes, named right after "إلى" (to) and his title: in "ساندرو
    روسيل رئيس النادى سيذهب إلى الرئيس الأمريكى باراك أوباما ... بعدما توجه إلى تل أبيب" (the club's
    president will go to President Obama ... after he headed to Tel Aviv) Obama is no traveller of
    the later verb with no subject of its own. A place between is no title: "وصل إلى القاهرة الرئيس
    الروسي بوتين" names the one who arrived; so does "الذي" (who) after him: "رسالة إلى الرئيس أوباما
    الذي وصل" (a letter to President Obama, who arrived)."""
    words = art.folded_slice(max(0, m.start - 60), m.start).split()[-(DESTINATION_TITLE_WORDS + 1):]
    k = max((j for j, w in enumerate(words) if w in {fold_term(t) for t in TO_WORDS}), default=None)
    then = art.folded_slice(m.end, m.end + 12).split()[:1]
    return k is not None and all(title_word(w) for w in words[k + 1:]) \
        and not (then and then[0].strip("،,") in trigger_words("relative_pronouns"))


def lone_object(art: Article, i: int, h: Hit) -> Any | None:
    """The one leader right after a meeting verb with no subject of its own: "حيث التقى
    الأسد" (where he met Assad); None when a second follows ("التقى السيسي الأسد", Sisi met
    Assad: the first is the subject)."""
    after = sorted((m for m in art.leaders.get(i, []) if m.start >= h.end), key=lambda m: m.start)
    if not after or after[0].start - h.end > SUBJECT_AFTER_CHARS and not _title_gap(art, i, h, after[0]):
        return None
    if len(after) > 1 and after[1].start - after[0].end <= SUBJECT_AFTER_CHARS:
        return None
    return after[0]


def _title_gap(art: Article, i: int, h: Hit, m: Any) -> bool:
    """Only his title stands between the verb h and the leader m's name: "حيث التقى رئيس
    وزراء ليبيا علي زيدان" (where he met Libya's prime minister Ali Zeidan): no other person,
    no punctuation, within a title's reach."""
    gap = art.folded_slice(art.word_end(h.end), m.start)
    return m.start - h.end <= SUBJECT_TITLE_CHARS and not any(ch in gap for ch in "،,:؛.") \
        and not any(h.end <= p.start < m.start for p in art.persons.get(i, []))


MET_OBJECT_WORDS = 5  # from "للقاء" to the one met: "للقاء الرئيس الفرنسي فرانسوا أولاند"


def met_earlier(art: Article, i: int, h: Hit, m: Any) -> bool:
    """m is the one an earlier li- meeting noun of the sentence names, the trip's goal, not a
    traveller: in "يتوجه منها للقاء الرئيس الفرنسي أولاند ... واختصرت زيارة ألمانيا" (heads on
    to meet the French president ... and the visit to Germany was cut short) Hollande made
    no visit to Germany."""
    for t in art.by_sent.get(i, ()):
        if t.group.startswith("t:") and t.end <= m.start and m.end <= h.start and "ل" in t.prefix \
                and trigger_spec(t.group)["role"] == "meet" and not trigger_spec(t.group).get("tense"):
            words = art.folded_slice(art.word_end(t.end), m.start).split()
            if len(words) <= MET_OBJECT_WORDS and not any(w[-1:] in "،,.:" for w in words):
                return True
    return False


GUEST_WORDS_BEFORE = 4  # "ضيفه رئيس الوزراء الياباني شينزو": "his guest", a title, the name


def called_guest(art: Article, i: int, leader: Any) -> bool:
    """A mention of the leader in sentence i is followed by "الزائر" / "الضيف" (the visiting,
    the guest): "في مؤتمر صحفي مع الرئيس الأمريكي الزائر" names who travelled; or "his guest"
    stands among the few words before it, in its clause: "لقائه بضيفه الرئيس الفرنسي"."""
    return any(pid(m) == pid(leader) and _guest_mention(art, m) for m in art.persons.get(i, []))


def guests(art: Article) -> set[str]:
    """The ids of the leaders the article calls the guest anywhere outside quotes ("وقال
    نتنياهو في مؤتمر صحفي مع الرئيس الأمريكي الزائر", with the visiting US president): they
    travelled, whichever sentence tells their meetings."""
    return {pid(m) for ms in art.leaders.values() for m in ms if not art.in_quote(m.start) and _guest_mention(art, m)}


def _guest_mention(art: Article, m: Any) -> bool:
    """"الزائر" / "الضيف" right after the mention, or "his guest" among the few words before it."""
    after = art.folded_slice(m.end, m.end + 16).split()
    if after and after[0].strip("،,.") in trigger_words("guest_words"):
        return True
    before = art.folded_slice(max(0, m.start - 40), m.start)
    before = before[max(before.rfind(p) for p in "\u060c,.:") + 1:].split()
    return bool(set(before[-GUEST_WORDS_BEFORE:]) & trigger_words("guest_before_words"))


VIEWS_OWNER_WORDS = 1  # words between "وجهات نظر" (the views of) and the leader who owns them


def views_owners_only(art: Article, i: int, h: Hit) -> bool:
    """A talks noun with no leader before it in its sentence, whose first leader after it
    owns views: "وتم عقد مباحثات ... وكانت وجهات نظر خادم الحرمين وأخيه الملك عبدالله
    متطابقة" (talks were held ... the views of the King and King Abdullah matched) does not
    say the two held the talks (a prince held them, conveying his king's greetings)."""
    if trigger_spec(h.group)["role"] != "meet" or trigger_spec(h.group).get("tense"):
        return False
    leaders = art.leaders.get(i, [])
    if not leaders or any(m.start < h.start for m in leaders):
        return False
    first = min(leaders, key=lambda m: m.start)
    return any(h.end <= c.start and c.end <= first.start
               and len(art.folded_slice(c.end, first.start).split()) <= VIEWS_OWNER_WORDS
               for c in art.cues(i, "c:views_owner"))


DEPARTURE_WORDS_BEFORE = 3  # "قبيل مغادرة الدكتور قنديل": the departure word, a title, the name


def departs(art: Article, i: int, leader: Any) -> bool:
    """A departure word ("مغادرة", "غادر", departure, left) stands among the few words
    right before a mention of the leader in sentence i, in the same clause: he is the
    one leaving."""
    words = trigger_words("departure_words")
    for m in art.persons.get(i, []):
        if pid(m) != pid(leader):
            continue
        before = art.folded_slice(max(0, m.start - 40), m.start)
        cut = max(before.rfind(p) for p in "\u060c,.:")  # only this clause: after the last comma
        if any(w in words for w in before[cut + 1:].split()[-DEPARTURE_WORDS_BEFORE:]):
            return True
    return False
