"""How long a visit lasted, as its sentence states: "استغرقت يومين" (lasted two days), or will last (lasting_today), the
first day of a visit concluded on a day ("اختتم ... أمس الأول زيارة ... استغرقت ثلاثة أيام"),
the last day of one still running ("وتنتهي غدا", ends tomorrow), a day of the visit a
sentence is told in ("في اليوم الأول من زيارة", on its first day), the last day of one told at its end
("غادر ... الأحد في ختام زيارة لثلاثة أيام", left on Sunday at the end of a three-day visit) and the
n-th day of one ("الخميس، وهو اليوم الثاني من زيارة", Thursday, its second day): rows take the first. A visit whose
end is told ahead ("ينهي ... غدا زيارته", ends tomorrow his visit) is under way, and that day is its end's (ended_ahead, ending_day)."""
from __future__ import annotations

import re
from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import LI, WA, fold_term
from ziyarat.lexicon import grammar_lexicon, grammar_words
from ziyarat.matching import Hit


def concluded_days(art: Article, i: int, h: Hit, d: Any) -> int | None:
    """How many days a visit lasted when its sentence dates its end: "اختتم الصيد أمس الأول زيارة
    لألمانيا استغرقت ثلاثة أيام" (Essid concluded the day before yesterday a visit to Germany that
    lasted three days) began two days before, and so did the talks "أجرى خلالها" (held during it);
    None unless a concluding verb stands right before the day, and the day before the trigger.
    The visit noun itself is the concluded one also when the verb's subject stands between ("اختتم رئيس
    الوزراء الروسي، ديمتري مدفيديف، اليوم السبت، زيارة عمل إلى كوبا استغرقت يومين") or when an end word
    stands right before it (ending_visit): "غادر ... موسكو الأحد في ختام زيارة لثلاثة أيام" (left Moscow
    on Sunday at the end of a three-day visit) began on Friday."""
    if d.precision != "day" or getattr(d, "end_date", None) is not None:
        return None
    if d.end > h.start:
        return ended_in_clause(art, i, h, d) or concluded_object(art, i, h, d)
    words = [w.strip("،,").removeprefix("و") for w in art.words_before(d.start, 3)]
    if any(w in grammar_words("concluding_verbs") for w in words):
        days = stated_days(art, i)
    elif trigger_spec(h.group)["role"] == "visit" and _concluded_by_subject(art, i, d):
        days = stated_days(art, i) or days_after(art, h)
    elif (t := _ended_visit(art, i, h, d)) is not None:
        days = stated_days(art, i) or days_after(art, t)
    else:
        return None
    return days if days and days > 1 else None


ENDED_CLAUSE_CHARS = 120  # from a visit noun over its goal and relative clause to the day it ended


def ended_in_clause(art: Article, i: int, h: Hit, d: Any) -> int | None:
    """How many days a visit lasted when a relative clause after its noun dates its end: "زيارة الرئيس مرسي
    الرسمية إلى الهند، والتي استغرقت ثلاثة أيام وانتهت 21 مارس" (which lasted three days and ended on 21
    March) began on the 19th; the day is its last, not its first. None unless a past verb of the visit's own
    ending (grammar ended_verbs) stands right before the day, a relative pronoun between the noun and the day,
    no other visit or meeting word between, and the sentence states the length (stated_days)."""
    if trigger_spec(h.group)["role"] != "visit" or not 0 <= d.start - h.end <= ENDED_CLAUSE_CHARS:
        return None
    words = [w.strip("،,").removeprefix("و") for w in art.words_before(d.start, 2)]
    between = [w.strip("،,").removeprefix("و") for w in art.folded_slice(h.end, d.start).split()]
    if not any(w in grammar_words("ended_verbs") for w in words) \
            or not any(w in grammar_words("relative_pronouns") for w in between) \
            or any(t.group.startswith("t:") and h.end <= t.start < d.start for t in art.by_sent.get(i, ())):
        return None
    days = stated_days(art, i)
    return days if days and days > 1 else None


CONCLUDED_GOAL_CHARS = 40  # from the concluded visit noun over its goal to the day: "زيارته إلى إثيوبيا أمس"


def concluded_object(art: Article, i: int, h: Hit, d: Any) -> int | None:
    """How many days a visit lasted when a concluding verb (grammar concluding_verbs) takes its noun as object and
    the day follows the noun and its goal: "اختتم الرئيس ... زيارة إلى مصر استغرقت يومين أمس الثلاثاء" (concluded
    yesterday Tuesday a two-day visit to Egypt) began the day before; the day is its last. The length is the
    sentence's (stated_days), the noun's own ("زيارة لمصر لمدة ثلاثة أيام", days_after), or the next sentence's
    when that one tells the visit's end again ("في ختام زيارة استغرقت ثلاثة أيام", at the end of a three-day
    visit). None unless the verb stands before the noun with only its subject between (no "و"-joined word, no
    sentence break), no other visit or meeting word between the noun and the day, and a length is told."""
    if trigger_spec(h.group)["role"] != "visit" or not 0 <= d.start - h.end <= CONCLUDED_GOAL_CHARS \
            or any(t.group.startswith("t:") and h.end <= t.start < d.start for t in art.by_sent.get(i, ())):
        return None
    words = art.folded_slice(max(art.sentences[i][0], h.start - 120), art.word_start(h.start)).split()[-SUBJECT_WORDS:]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].strip("،,").removeprefix(WA) in grammar_words("concluding_verbs")), None)
    if k is None or any(w.startswith(WA) or w.endswith(".") for w in words[k + 1:]):
        return None
    days = stated_days(art, i) or days_after(art, h) or (i + 1 < len(art.sentences) and _end_retold(art, i + 1) and stated_days(art, i + 1))
    return days if days and days > 1 else None


def _end_retold(art: Article, j: int) -> bool:
    """Sentence j tells a visit's end again: an end frame right before a visit word and a lasting verb right after
    it ("في ختام زيارة استغرقت ثلاثة أيام"); not a noun with a goal of its own ("في ختام زيارة للقارة استمرت أربعة
    أيام", a wider tour's length)."""
    return any(t.group.startswith("t:") and trigger_spec(t.group)["role"] == "visit" and ending_visit(art, t)
               and art.folded_slice(t.end, art.sentences[j][1]).split()[:1] in [[w] for w in grammar_words("lasting_verbs")]
               for t in art.by_sent.get(j, ()))


def ended_days(art: Article, i: int, d: Any) -> int | None:
    """How many days the visit lasted whose end day d a relative clause of sentence i tells after its noun
    (ended_in_clause), for any visit word of the sentence: the lead's day is then its last (lead_day)."""
    return next((n for h in art.by_sent.get(i, ()) if h.group.startswith("t:") and h.end <= d.start
                 and d.precision == "day" and (n := ended_in_clause(art, i, h, d))), None)


def told_during(art: Article, i: int, h: Hit) -> bool:
    """Trigger h is told inside the trip named before it: "التقى خلالها" (met during it), "زيارة ... والتقى
    خلالها المرزوقي" (a visit during which he met Marzouki): the trip's date is the meeting's too."""
    end = art.word_end(h.end)
    return any(0 <= c.start - end <= 2 for c in art.cues(i, "c:during_visit"))


def _ended_visit(art: Article, i: int, h: Hit, d: Any) -> Hit | None:
    """The visit noun after d that ending_visit tells the end of: h itself, or the visit h is told during
    ("في ختام زيارة لمصر استغرقت يومين التقى خلالها السيسي", at the end of a two-day visit during which he met Sisi)."""
    if trigger_spec(h.group)["role"] == "visit" and ending_visit(art, h):
        return h
    if not told_during(art, i, h):
        return None
    return next((t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and d.end <= t.start < h.start
                 and trigger_spec(t.group)["role"] == "visit" and ending_visit(art, t)), None)


SUBJECT_WORDS = 7  # from a concluding verb over its subject's title and name to the day: "اختتم رئيس الوزراء الروسي، ديمتري مدفيديف، اليوم"


def _concluded_by_subject(art: Article, i: int, d: Any) -> bool:
    """A concluding verb opens the clause of the day, its subject between: "اختتم رئيس الوزراء الروسي، ديمتري
    مدفيديف، اليوم السبت، زيارة" (no sentence break nor "و"-joined clause between)."""
    words = art.folded_slice(max(art.sentences[i][0], d.start - 120), d.start).split()[-SUBJECT_WORDS:]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k].strip("،,").removeprefix("و") in grammar_words("concluding_verbs")), None)
    return k is not None and not any(w.startswith("و") or w.endswith(".") for w in words[k + 1:])


def ending_visit(art: Article, h: Hit) -> bool:
    """The visit noun h stands right after a word that tells its end or what follows it (grammar visit_end_frames):
    "في ختام زيارة" (at the end of a visit), "بعد زيارة" (after a visit): a day told before it is the visit's last."""
    words = [w.strip("،,").removeprefix("و") for w in art.words_before(art.word_start(h.start), 1)]
    return bool(words) and words[-1] in grammar_words("visit_end_frames")


DAYS_AFTER_WORDS = 5  # from a visit noun over its destination to its length: "زيارة لمصر لمدة يومين"


def days_after(art: Article, h: Hit) -> int | None:
    """The length told right after the visit noun with li- or "لمدة" (for): "زيارة لثلاثة أيام" (a three-day
    visit), "زيارة رسمية لمدة يومين"; None when not told there."""
    words = [w.strip("،,.") for w in art.folded_slice(art.word_end(h.end), art.sentences[art.sent_of(h.start)][1]).split()[:DAYS_AFTER_WORDS]]
    table = {fold_term(k): n for k, n in grammar_lexicon()["visit_days"].items()}
    for k, w in enumerate(words):
        rest = words[k + 1:k + 3] if w == fold_term("لمدة") else [w[1:]] + words[k + 1:k + 2] if w[:1] == LI else []
        for size in (2, 1):
            if rest and (n := table.get(" ".join(rest[:size]))):
                return n
    return None


def closing_day(art: Article, d: Any, h: Hit | None = None) -> bool:
    """d closes a visit: it follows an ending word ("في زيارة رسمية تستمر يومين وتنتهي غدا", a
    two-day official visit that ends tomorrow; "حتى يوم الجمعة", until Friday), so it is the visit's
    last day, not the day of the arrival or the talks told before it ("وصل ... إلى أنقرة", arrived).
    A trigger after it is that day's: "تبدأ الأربعاء وتنتهي الجمعة بزيارة الأردن" (ends on Friday
    with a visit to Jordan); not one told during the visit ("تستمر حتى الأربعاء المقبل، يلتقي خلالها", lasting
    until next Wednesday, during which he meets: the visit's days, not its last)."""
    if h is not None and d.start < h.end and not told_during(art, art.sent_of(h.start), h):
        return False
    words = [w.strip("\u060c,").removeprefix("و") for w in art.words_before(d.start, 2)]
    if words and (words[-1] == "يوم" or words[-1] in grammar_words("closing_day_parts")):  # "حتى يوم الجمعة", "حتى صباح الجمعة"
        words = words[:-1]
    return bool(words) and words[-1] in grammar_words("closing_words")


def closing_cue(art: Article, i: int, c: Hit) -> bool:
    """A plan cue ("المقبل", next) that dates only the end of a visit begun by publication: "وبدأ نجاد زيارة
    لمصر أمس الثلاثاء، تستمر حتى صباح الجمعة المقبل" (began a visit to Egypt yesterday, Tuesday, lasting
    until Friday morning next) runs until a day ahead; it is no plan. A day on or before publication must
    date the sentence before that closing day."""
    pub, days = art.published, art.dates.get(i, [])
    closing = [d for d in days if d.start <= c.start <= d.end + 1 and closing_day(art, d)]  # "الجمعة المقبل": the cue ends the day
    return pub is not None and bool(closing) and any(
        d.end <= closing[0].start and d.date is not None and d.precision == "day" and d.date <= pub for d in days)


def closes_later(art: Article, i: int) -> bool:
    """Sentence i says its visit ends on publication day or later ("وكان ... قد وصل إلى أنقرة في زيارة
    تستمر يومين وتنتهي غدا", had arrived in Ankara on a two-day visit that ends tomorrow): the visit is
    under way, so its pluperfect arrival is the news's background, not an earlier visit."""
    pub = art.published
    return pub is not None and any(d.date is not None and d.precision == "day" and d.date >= pub and closing_day(art, d)
                                   for d in art.dates.get(i, []))


ENDING_WORDS = 8  # from a present ending verb over its subject and a day to the visit noun: "ينهي رئيس الوزراء الروسي ديمتري ميدفيديف غدا زيارته"
ENDING_AHEAD_DAYS = 2  # the end told no further ahead: today, tomorrow, the day after
ENDING_AFTER_CHARS = 40  # from the ended visit noun over its destination to the end's day: "زيارته إلى البرازيل اليوم"


def ended_ahead(art: Article, h: Hit) -> bool:
    """The visit noun h is the object of a present (or sa-) ending verb, its subject and a day between:
    "ينهي رئيس الوزراء الروسي ديمتري ميدفيديف غدا زيارته إلى البرازيل" (ends tomorrow his visit to Brazil),
    "من المقرر أن يختتم الرئيس اليوم زيارته" (is scheduled to end his visit today): the visit is under way,
    the plan is its end; so is an ending noun after such a verb, "تعتزم اختتام زيارتها مساء غد" (intends to
    conclude her visit tomorrow evening: _ending_noun_ahead). Not when its sentence dates something more than
    two days ahead, or a week or month to come (a trip that may not have begun)."""
    return _ending_verb(art, h) is not None


def _ending_verb(art: Article, h: Hit) -> int | None:
    """Where the ending verb of visit noun h ends (ended_ahead), or None."""
    if trigger_spec(h.group)["role"] != "visit" or trigger_spec(h.group).get("tense") or h.prefix:
        return None
    i, start = art.sent_of(h.start), art.word_start(h.start)
    lo = max(art.sentences[i][0], start - 120)
    words = list(re.finditer(r"\S+", art.text[lo:start]))[-ENDING_WORDS:]
    verbs = grammar_words("ending_verbs_present")
    k = next((k for k in range(len(words) - 1, -1, -1)
              if fold_term(words[k].group().strip("\u060c,")).removeprefix(WA) in verbs), None)
    if k is None and words and _ending_noun_ahead(art, i, lo + words[-1].start()) is not None:
        k = len(words) - 1  # "تعتزم اختتام زيارتها مساء غد" (intends to conclude her visit tomorrow evening)
    if k is None or any(w.group().startswith(WA) or w.group().endswith(".") for w in words[k + 1:]):
        return None  # "و" opens another clause between: "ينهي ... ويبدأ زيارة" (ends ... and begins a visit)
    end = lo + words[k].end()
    if art.near("triggers", i, end, start - 1):
        return None
    pub = art.published
    if pub is not None and any(d.date is not None and (d.date > pub and d.precision != "day" or (d.date - pub).days > ENDING_AHEAD_DAYS)
                               for d in art.dates.get(i, [])):
        return None  # "الأسبوع المقبل" (next week), "الشهر المقبل": a trip that may not have begun
    return end


def _ending_noun_ahead(art: Article, i: int, at: int) -> int | None:
    """The word at `at` (right before a visit noun) is an ending noun (grammar visit_end_nouns) after a present
    verb, its subject leader between or not: "تعتزم اختتام زيارتها" (intends to conclude her visit), "وينوي
    كاميرون اختتام زيارته"; the verb's start, or None. Not "بعد اختتام زيارته" (after concluding his visit: no
    verb) nor a past "قررت اختتام" (decided: the end may be behind)."""
    if fold_term(art.text[at:art.word_end(at)].strip("\u060c,")).removeprefix(WA) not in grammar_words("visit_end_nouns"):
        return None
    subject = next((m for m in art.leaders.get(i, []) if m.end <= at and not art.text[m.end:at].strip()), None)
    before = art.words_before(subject.start if subject else at, 1)
    verb = fold_term(before[0].strip("\u060c,")).removeprefix(WA) if before else ""
    return at if verb and verb_tense(verb) == "future" else None


def ending_day(art: Article, i: int, d: Any) -> bool:
    """d is the day of a visit's end told ahead (ended_ahead), not of its meetings: between the ending verb and
    its visit noun ("ينهي ... غدا زيارته", ends tomorrow his visit) or right after the noun and its destination
    ("ينهي زيارته إلى البرازيل اليوم بعد لقائه", ends his visit to Brazil today after meeting)."""
    for t in art.by_sent.get(i, ()):
        if not t.group.startswith("t:") or (end := _ending_verb(art, t)) is None:
            continue
        if end <= d.start and d.end <= t.start:
            return True
        between = art.text[art.word_end(t.end):d.start]
        if 0 <= d.start - art.word_end(t.end) <= ENDING_AFTER_CHARS and not art.near("triggers", i, t.end, d.start) \
                and verb_tense(between) is None and not set(fold_term(between).split()) & grammar_words("relative_pronouns"):
            return True  # not "زيارته للهند التي بدأت في 18 مارس" (his visit to India, which began on 18 March)
    return False


def stated_days(art: Article, j: int) -> int | None:
    """How many days sentence j says a visit lasted: "استغرقت يومين" (lasted two days),
    "دامت ثلاثة أيام", one for hours ("استغرقت عدة ساعات"); None when it does not say."""
    words = [w.strip("،,.") for w in art.folded_slice(*art.sentences[j]).split()]
    table = {fold_term(k): n for k, n in grammar_lexicon()["visit_days"].items()}
    for k, w in enumerate(words):
        if w in grammar_words("lasting_verbs"):
            for size in (2, 1):
                n = table.get(" ".join(words[k + 1:k + 1 + size]))
                if n:
                    return n
    return None


def began_on(art: Article, d: Any) -> bool:
    """d is a visit's first day, told right after a past verb of beginning (grammar began_verbs): "عقب جولة
    بدأت أول أمس الاثنين بباكستان، واستغرقت يومين" (after a tour that began the day before yesterday, Monday,
    in Pakistan, and lasted two days) starts on that Monday; nothing is counted back from it."""
    words = [w.strip("\u060c,").removeprefix(WA) for w in art.words_before(d.start, 1)]
    return bool(words) and words[-1] in grammar_words("began_verbs")


def visit_day_before(art: Article, h: Hit) -> bool:
    """The trigger's sentence names, before it, a day of a visit: "وفي اليوم الأول من زيارة تستغرق
    يومين إلى الهند، قال هولاند في مؤتمر صحفي مع سينغ" (on the first day of a two-day visit to
    India, Hollande said at a press conference with Singh): the meeting is that day's, under way.
    Also "في ثاني أيام زيارته" (on the second of his visit's days) and "اليوم الأول لزيارته"."""
    i = art.sent_of(h.start)
    lo = max(art.sentences[i][0], h.start - DAY_PHRASE_CHARS)  # the trigger's neighbourhood, not the whole sentence
    words = [w.strip("\u060c,").removeprefix("و") for w in art.folded_slice(lo, h.start).split()]
    return day_phrase_in(words)


DAY_PHRASE_CHARS = 160  # from a visit-day phrase ("في اليوم الأول من زيارة") to the meeting told on that day


def day_phrase_in(words: list[str]) -> bool:
    """A visit-day phrase stands among the (folded) words."""
    return any(_day_phrase(words[k:k + 4]) for k in range(len(words)))


def visit_day_of(art: Article, h: Hit) -> bool:
    """The trigger is the visit noun of a day phrase: "في ثاني أيام زيارته إلى الصين، أجرى
    السيسي جولة" (on the second day of his visit to China, Sisi toured), "في اليوم الأخير من
    زيارته": a day of the visit, so it is under way as the news is told, however deep in the text."""
    return _day_ordinal_of(art, h) is not None or _closing_of(art, h)


def _closing_of(art: Article, h: Hit) -> bool:
    """The visit noun h closes a phrase of its last day (grammar.yaml visit_close_frames): "أعلن ماكرون في ختام
    زيارة إلى الفاتيكان أن ..." (Macron announced at the end of a visit to the Vatican that ...) is "في اليوم الأخير من
    زيارته" (on its last day) in other words; not "بعد زيارته" (after his visit), any day past it."""
    words = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 2)]
    return trigger_spec(h.group)["role"] == "visit" and not trigger_spec(h.group).get("tense") \
        and " ".join(words).removeprefix(WA) in grammar_words("visit_close_frames")


def begun_day_of(art: Article, h: Hit) -> bool:
    """The trigger is the visit noun of a day phrase past the first: "اليوم الثاني من زيارته" (the second
    day of his visit), "آخر أيام جولته" (the last of his tour's days): the visit has begun, even where a plan
    cue governs the day ("من المقرر أن يبدأ ... اليوم الثاني من زيارته", is due to begin the second day of his
    visit); "اليوم الأول من زيارته" (its first day) may still lie ahead."""
    ordinal = _day_ordinal_of(art, h)
    return ordinal is not None and ordinal not in grammar_words("visit_day_first_ordinals")


def _day_ordinal_of(art: Article, h: Hit) -> str | None:
    """The ordinal of the day phrase whose visit noun is h ("الثاني" of "اليوم الثاني من زيارته"), or None."""
    if trigger_spec(h.group)["role"] != "visit":
        return None
    start = art.word_start(h.start)
    before = day_words(art.words_before(start, 4))[-3:]
    noun = art.folded_slice(start, art.word_end(h.end))
    return next((o for k in range(len(before)) if (o := _day_phrase_ordinal(before[k:] + [noun])) is not None), None)


def day_words(words: list[str]) -> list[str]:
    """The (folded) words as a visit-day phrase reads them: bare of commas and of "و" (wa-, and), less an
    ordinal coordinated to the one before it: "اليوم الثالث والأخير من زيارته" (the third and last day of
    his visit) reads as "اليوم الثالث من زيارته"."""
    ords, out = grammar_words("visit_day_ordinals"), []
    for w in words:
        bare = w.strip("\u060c,")
        if bare[:1] == WA and bare[1:] in ords and out and out[-1] in ords:
            continue
        out.append(bare.removeprefix(WA))
    return out


def _day_phrase(words: list[str]) -> bool:
    """words open with a visit-day phrase whose last word is a visit noun (_day_phrase_ordinal)."""
    return _day_phrase_ordinal(words) is not None


def _day_phrase_ordinal(words: list[str]) -> str | None:
    """The ordinal of the visit-day phrase words open with, its last word a visit noun: "اليوم الأول من
    زيارة", "اليوم الأول لزيارته" (li- glued), "ثاني أيام زيارته" (an ordinal in construct, "أيام"), "أول يوم
    من زيارته" (in construct before "يوم" and "من"); None when they open with none."""
    heads, ords = grammar_words("visit_day_words"), grammar_words("visit_day_ordinals")
    links, nouns = grammar_words("visit_day_links"), grammar_words("visit_day_nouns")
    construct, days = grammar_words("visit_day_construct_ordinals"), grammar_words("visit_day_plurals")
    if len(words) >= 4 and words[0] in heads and words[1] in ords and words[2] in links and words[3] in nouns:
        return words[1]
    if len(words) >= 3 and words[0] in heads and words[1] in ords and words[2][:1] == LI and words[2][1:] in nouns:
        return words[1]  # ل (li-, of) glued to the noun
    if len(words) >= 3 and words[0] in construct and words[1] in days and words[2] in nouns:
        return words[0]
    if len(words) >= 4 and words[0] in construct and words[1] in grammar_words("visit_day_singulars") \
            and words[2] in links and words[3] in nouns:
        return words[0]
    return None


def visit_day_back(art: Article, h: Hit, d: Any) -> int:
    """How many days before d the visit h began when d is told as its n-th day: "الخميس، وهو اليوم الثاني من
    زيارة أوباما لإسرائيل" (Thursday, the second day of Obama's visit to Israel) began on Wednesday: 1; 0
    otherwise, or when the visit goes on to more than one place ("إلى إسرائيل والضفة الغربية": a later leg's day). The
    n-th day may stand right before the noun with the day further back ("الخميس ... في اليوم الثاني من زيارة")."""
    if d.precision != "day" or d.end > h.start or trigger_spec(h.group)["role"] != "visit":
        return 0
    start = art.word_start(h.start)
    words = [w for w in (w.strip("\u060c,") for w in art.folded_slice(d.end, start).split()) if w]
    words = words[1:] if words and words[0] in (fold_term("وهو"), fold_term("هو"), fold_term("في")) else words
    noun = art.folded_slice(start, art.word_end(h.end))
    numbers = {fold_term(k): n for k, n in grammar_lexicon()["visit_day_numbers"].items()}
    # the n-th day framing the visit noun itself, the day told further back in the sentence: "سقط صاروخان، الخميس،
    # ... فيما يستعد أوباما للتوجه إلى رام الله في اليوم الثاني من زيارة استهلها بإسرائيل" (on the second day of a visit)
    # (not a weekday that says which itself, "يوم الخميس المقبل اليوم الثالث من زيارته": its word stands between)
    if len(words) > 3 and words[-1] in grammar_words("visit_day_links") and getattr(d, "said", None) is None:
        words = words[-3:]
    elif len(words) > 2 and noun[:1] == LI and getattr(d, "said", None) is None:
        words = words[-2:]
    if len(words) == 3 and words[2] in grammar_words("visit_day_links") or len(words) == 2 and noun[:1] == LI:
        n = numbers.get(words[1], 0) if words[0] in grammar_words("visit_day_words") else 0
        i = art.sent_of(h.start)
        later = [p.country for p in art.places.get(i, []) if h.end <= p.start <= h.end + LEG_CHARS and p.country]
        return n - 1 if n and len(set(later)) < 2 else 0
    return 0


LEG_CHARS = 60  # from the visit noun over its destinations: "زيارة الرئيس الأمريكي إلى إسرائيل والضفة الغربية"


def lasting_today(art: Article, i: int, c: Hit) -> bool:
    """A plan cue after the trigger that only tells the length of a visit dated on publication's day: in "يستقبل
    الرئيس ... الأربعاء 6 مارس ... خلال زيارته لمصر والتي سوف تستمر لمدة يوم واحد" (receives on Wednesday 6 March
    ... during his visit to Egypt, which will last one day), in a 6 March article, the future of lasting
    (grammar.yaml lasting_imperfects) opens a relative clause of the visit: it runs one day, today; it is no plan."""
    before = art.words_before(art.word_start(c.start), 1)
    after = art.folded_slice(c.start, art.sentences[i][1]).split()[:2]
    if not before or before[-1].removeprefix(WA) not in grammar_words("relative_pronouns") or not after:
        return False
    verb = after[1] if after[0] in grammar_words("future_particles") and len(after) > 1 else after[0].removeprefix("\u0633")
    return verb in grammar_words("lasting_imperfects") and art.published is not None and any(
        d.date == art.published and d.precision == "day" and d.end <= c.start for d in art.dates.get(i, []))
