"""Meeting nouns a future verb governs, told ahead of the news: right after it ("ستحضر القمة",
will attend the summit) or through a preposition: after "خلال" ("سينتشر الشرطيون خلال زيارة
أوباما", police will deploy during Obama's visit), with bi- ("سيولي أهمية ... بمباحثاته مع أوباما",
will give weight in his talks with Obama) or after "في" ("سيشاركان في اجتماع مكة", the two will
take part in the Mecca meeting). plans.plan_cue reads them to plan the meeting; the verb behind
a preposition is found by ahead.governing_verb_future. Also a visit verb joined to a sa- future
before it ("سيلتقي ... ويزور رام الله", will meet ... and visit Ramallah), which shares its future; and a
meeting noun after "خلال" framing an act someone demands ("طالبت ... بالتحدث خلال لقائها", demanded that she
speak during her meeting: demanded_during)."""
from __future__ import annotations

import re

from tasks.extract.tense import sa_future, verb_tense
from tasks.extract.visits.ahead import governing_verb_future, today_between
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.begun import on_the_day
from tasks.extract.visits.during import fronted_sa_future
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.since import since_day
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit


def future_verb_before(art: Article, h: Hit) -> bool:
    """A meeting noun whose verb right before it is a sa- future: "سيغادر اللقاء" (will
    leave the meeting), "ستحضر القمة" (will attend the summit), "سوف يعقد القمة"; an adverb
    may stand between: "سيصبح لاحقا اجتماع القمة" (will later become the summit meeting)."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 3)]
    if words and words[-1] in grammar_words("verb_adverbs"):
        words = words[:-1]
    words = words[-2:]
    if not words:
        return False
    last = words[-1]
    sa = last[:1] == "س" and verb_tense(last) == "future"
    return sa or (len(words) == 2 and words[0] in grammar_words("future_particles") and verb_tense(last) == "future")


DURING_VERB_WORDS = 16  # from "خلال" back to the sa- verb of its clause, past a long object ("ستعيد العمل ... خلال")


def during_future(art: Article, i: int, h: Hit) -> bool:
    """A visit noun after "خلال" / "أثناء" (during) whose clause's verb is a sa- (or lan) future:
    "سينتشر الشرطيون في القدس خلال زيارة أوباما" (police will deploy during Obama's
    visit) is a visit ahead; the nearest verb before "خلال" decides."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] in grammar_words("during_words")):
        return False
    return governing_verb_future(art, i, art.word_start(h.start), 1, DURING_VERB_WORDS) or demanded_during(art, i, h)


BI_VERB_WORDS = 5  # from a bi- meeting noun ("بمباحثاته") back to the verb that governs it


def bi_future(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun with bi- whose governing verb is a sa- future: "سيولي أهمية للأزمة
    السورية بمباحثاته مع أوباما" (he will give the Syrian crisis weight in his talks with
    Obama) speaks of talks ahead."""
    return "ب" in h.prefix and governing_verb_future(art, i, art.word_start(h.start), 0, BI_VERB_WORDS)


IN_VERB_WORDS = 3  # from "في" (in, at) back to its verb: "سيشاركان في اجتماع", "سيشارك الرئيس في القمة"


def in_future(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun after "في" (in, at) whose verb right before is a sa- future (names left out):
    "سيشاركان في اجتماع مكة الذي دعا إليه الملك" (the two will take part in the Mecca meeting the
    king called) is a meeting ahead, though the relative clause after it is past; "سيشارك اليوم
    في القمة" (will take part today) is under way, and "شارك في اجتماع" (took part) held. A today before the sa- verb
    dates the saying: "قال ترامب اليوم إنه سيعيد النظر في قمة" (said today he will reconsider the summit) is ahead."""
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    if not (words and words[-1] == "في") or h.prefix:
        return False
    start = art.word_start(h.start)
    lo = art.word_start(max(art.sentences[i][0], start - 60))
    verbs = [w for w in re.finditer(r"\S+", art.text[lo:start]) if sa_future(fold_term(w.group().strip("،,")))]
    if verbs:
        lo += verbs[-1].start()  # a today between the verb and its noun only
    return governing_verb_future(art, i, start, 1, IN_VERB_WORDS) and not today_between(art, i, lo, start)


JOINED_VERB_WORDS = 8  # from a joined imperfect back over its partner's object to the sa- verb: "سيلتقي أوباما المسؤولين الإسرائيليين ويزور"


def joined_to_future(art: Article, i: int, h: Hit) -> bool:
    """A bare imperfect visit or meeting verb joined by wa- or "ثم" (then) to a sa- future before it in
    its clause shares that future: "سيلتقي أوباما المسؤولين الإسرائيليين ويزور رام الله" (will meet the
    Israeli officials and visit Ramallah), "ستصل ... ثم يلتقي" (will arrive, then meet) are a
    programme ahead, as "سيزور" is; the nearest verb before decides, so "التقى ... ويزور" (met ... and
    is visiting) is not. A day of the sentence still dates it (timing.visit_kind): "سيلتقي اليوم"."""
    if fronted_sa_future(art, h):
        return True  # "وعقب ... وعقد لقاء مع X، سيقضي ترامب" (after holding a meeting, Trump will spend)
    if trigger_spec(h.group).get("tense") != "future" or "س" in h.prefix:
        return False
    start = art.word_start(h.start)
    before = [w.strip("،,") for w in art.words_before(start, 1)]
    joined = "و" in h.prefix or bool(before and before[-1] in grammar_words("sequence_joins"))
    skip = 0 if "و" in h.prefix else 1
    return joined and governing_verb_future(art, i, start, skip, JOINED_VERB_WORDS)


SEQUEL_WORDS = 4  # from a li- meeting noun back over its trip verb and destination to the lead: "ثم يسافر إلى [باريس] للقاء"
SEQUEL_VERB_WORDS = 12  # from the lead back over the main verb's object and day: "سيعلن اليوم الاثنين تعيين رئيس للوزراء، قبل أن"


def sequel_to_plan(art: Article, i: int, h: Hit) -> bool:
    """A trip told as what follows the clause's own act, after "قبل أن" (before), "على أن" (and then) or
    "ثم" (then), when that act is a sa- future not told for today: "سيعلن ماكرون تعيين رئيس للوزراء، قبل أن
    يتوجه إلى برلين" (will announce ..., before he heads to Berlin) has not gone yet: a plan. An act dated
    today makes the trip the day's second act, under way at publication (sequel_today); a past main verb
    ("أعلن ... قبل أن يتوجه", announced ... before heading) tells it done (tense.imperfect_told_past)."""
    act = _sequel_act(art, i, h)
    return act is not None and sa_future(act[0][1]) and not sequel_today(art, i, h)


def sequel_today(art: Article, i: int, h: Hit) -> bool:
    """A trip after a sequel lead whose act ahead is dated today, a sa- future ("سيعلن ماكرون اليوم الاثنين
    تعيين رئيس للوزراء، قبل أن يتوجه إلى برلين للقاء ميركل", will announce today ..., before heading to Berlin to
    meet Merkel) or a present ("يلقي الرئيس كلمة اليوم ثم يسافر إلى باريس للقاء", gives a speech today, then
    travels to Paris to meet), with no later day named after the lead: the trip is the same day's, and the act's
    today dates it (timing.event_date). "قبل أن يتوجه غدا" (before heading tomorrow), "ثم يسافر الأربعاء"
    (then travels on Wednesday) or "الأسبوع المقبل" after the lead is a later leg, a plan."""
    act = _sequel_act(art, i, h)
    if act is None:
        return False
    (pos, word), lead, j = act
    if not (sa_future(word) or verb_tense(word) == "future" and not word.startswith("ال")) \
            or not today_between(art, j, pos, lead):
        return False
    # undated, any day word after the lead but "اليوم" (today) or a day since which something holds ("منذ تسلمه
    # مهامه الأحد", since taking office on Sunday: since.since_day) may be a later one
    return not any(d.start >= lead and (d.date is not None and d.date > art.published if art.published is not None
                                        else not on_the_day(art, d) and not since_day(art, i, d)) for d in art.dates.get(i, []))


def _sequel_act(art: Article, i: int, h: Hit) -> tuple[tuple[int, str], int, int] | None:
    """((offset, folded word), lead offset, sentence) of the act a trip follows: the nearest verb within
    SEQUEL_VERB_WORDS before the sequel lead (names and places left out), or None when h is no such trip.
    The trip is the imperfect verb after the lead or a li- meeting noun right after it."""
    if "س" in h.prefix:
        return None
    tense = trigger_spec(h.group).get("tense")
    start = art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 160)
    words = _plain_words(art, i, lo, start)
    if tense == "future":
        at = len(words)  # the hit is the trip's imperfect verb
    elif not tense and "ل" in h.prefix:
        # "ثم يسافر إلى باريس للقاء" (then travels to Paris to meet): the trip verb after the lead
        at = next((k for k in range(len(words) - 1, max(-1, len(words) - 1 - SEQUEL_WORDS), -1)
                   if words[k][1][:1] in ("ي", "ت") and k > 0 and _lead_before(words, k)), None)
        if at is None:
            return None
    else:
        return None
    lead = _lead_before(words, at)
    if not lead:
        return None
    act, end, j = words[:at - lead], words[at - lead][0], i
    if not act and lo == art.sentences[i][0] and i > 0:
        # "وبعد ذلك يلتقي ماكرون" (and after that he meets Macron) opening its sentence: the act is the
        # previous sentence's ("سيلقي الرئيس كلمة أمام البرلمان.")
        j = i - 1
        end = art.sentences[j][1]
        act = _plain_words(art, j, max(art.sentences[j][0], end - 160), end)
    verb = next(((pos, word) for pos, word in act[::-1][:SEQUEL_VERB_WORDS] if verb_tense(word) is not None), None)
    return None if verb is None else (verb, end, j)


def _plain_words(art: Article, i: int, lo: int, hi: int) -> list[tuple[int, str]]:
    """The folded words of sentence i in [lo, hi) with their offsets, names of persons and places left out."""
    spans = [(m.start, m.end) for m in art.persons.get(i, []) + art.places.get(i, [])]
    return [(lo + w.start(), fold_term(w.group().strip("،,"))) for w in re.finditer(r"\S+", art.text[lo:hi])
            if not any(s <= lo + w.start() < e for s, e in spans)]


def _lead_before(words: list[tuple[int, str]], at: int) -> int:
    """How many words before index `at` make a sequel lead: 1 for "ثم", 2 for "قبل أن" / "على أن" / "بعد ذلك", else 0."""
    if at >= 1 and words[at - 1][1] in grammar_words("sequence_joins"):
        return 1
    if at >= 2 and f"{words[at - 2][1]} {words[at - 1][1]}" in grammar_words("sequel_leads"):
        return 2
    return 0


def host_of_planned_sequel(art: Article, cands: list[Candidate]) -> None:
    """A leader named only after a planned trip's word is that trip's host, not the host of an act told
    before it in the sentence: in "سيترأس الرئيس اجتماعا للحكومة صباح اليوم قبل أن يتوجه إلى الرياض للقاء
    الملك" (will chair a cabinet meeting this morning before heading to Riyadh to meet the king) the
    president and the king meet on the trip ahead, not at the cabinet meeting, so the pair is planned."""
    plans = [p for p in cands if p.kind == "referenced" and p.planned and sequel_to_plan(art, p.sentence, p.hit)]
    if not plans:
        return
    for c in cands:
        if c.kind == "reported" and any(
                p.sentence == c.sentence and c.hit.start < p.hit.start < c.host.start
                and pid(p.visitor) == pid(c.visitor) and pid(p.host) == pid(c.host) for p in plans):
            c.kind, c.planned, c.future = "referenced", True, True


DEMAND_WORDS = 14  # from a demand verb over its subject (up to four words), object and the demanded act to "خلال" (during)


def demanded_during(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun after "خلال" (during) that frames an act someone demands or urges:
    "طالبت منظمة العفو ميركل بالتحدث خلال لقائها مع مرسي" (Amnesty demanded that Merkel
    speak during her meeting with Morsi): the act lies ahead, so does its meeting. The act
    stands between the demand verb and "خلال", a definite bi- verbal noun ("بالتحدث"),
    "بضرورة" (the need to) or "أن"; in "دعا الرئيس خلال لقائه ماكرون إلى" (the president
    called, during his meeting with Macron, for) nothing does: the meeting is the call's frame, held."""
    words = [fold_term(w.strip("،,")) for w in art.text[art.sentences[i][0]:art.word_start(h.start)].split()]
    words = words[-DEMAND_WORDS:-1]
    demands, acts = grammar_words("demand_verbs"), grammar_words("subjunctive_particles") | grammar_words("demand_acts")
    k = max((j for j, w in enumerate(words) if w in demands or (w[:1] == "و" and w[1:] in demands)), default=None)
    if k is not None and words[k].removeprefix("و") in grammar_words("necessity_verbs"):
        # "الأمور التي يتوجب على أوباما متابعتها خلال زيارته" (what Obama must follow up during his
        # visit): an obligation is ahead, whatever its act; not "كان يجب" (should have)
        return not (k > 0 and words[k - 1] in grammar_words("kana_forms"))
    return k is not None and any(w in acts or (w.startswith("بال") and len(w) > 5) for w in words[k + 1:])
