"""A visit begun by the day's article: a day of today between a sa- verb and its visit noun ("سيجري الشاهد
اليوم الأحد زيارة", will make today a visit) is the visit under way (today_between, read by ahead, governed and
timing); and a visit noun a day of today or yesterday dates, with a sa- meeting verb after it that "during it"
ties back to the visit ("يبدأ اليوم زيارة إلى مصر سيلتقي خلالها", begins today a visit during which he will meet):
the verb tells what the visit holds, not the noun's predicate (framed_today, read by ahead.subject_of_future).
A meeting scheduled for today in its own clause ("من المقرر أن يلتقي ترامب ترودو اليوم", is scheduled to meet
Trudeau today) is the day's meeting too (scheduled_today, read by plans.plan_cue); so are talks a sa- verb or a frame
of schedule or expectation sets for the day, that day told before or after the meeting noun ("سيعقد مرسي قمة مع جول
بعد ظهر اليوم", will hold a summit with Gül this afternoon: talks_today, read by plans.plan_cue).
A meeting told moments ago ("وصل الرئيس منذ قليل", arrived a little while ago) is the publication day's (moments_ago,
read by timing.event_date when its sentence has no day of its own); so is one a moment ahead ("يستقبل الرئيس بعد قليل",
receives shortly). A trip begun in a relative clause, "جولته التي بدأها الاثنين من برلين للقاء ميركل" (his tour, which
he began on Monday from Berlin to meet Merkel), holds the meeting it was begun for, beyond a hope told before it, and
in the place it was begun from (begun_relative, begun_from). A visit whose eve the sentence tells, its own day
publication's ("عشية زيارته للقاهرة اليوم", on the eve of his visit to Cairo today: eve_of_today), and an arrival of
the day with a plan after "حيث" ("سيصل إلى القاهرة اليوم، حيث سيشارك", will arrive today, where he will take part:
where_sequel_today) are begun too (both read by plans.plan_cue)."""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from tasks.extract.calendar import day_offset, this_day
from tasks.extract.tense import sa_future
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


def today_between(art: Article, i: int, lo: int, hi: int, back: int = 0) -> bool:
    """A day of "اليوم" (today) between the sa- verb and its visit noun: "سيجري الشاهد اليوم
    الأحد زيارة" (sa-yujri, Chahed will make today, Sunday, a visit) in Sunday's article is the
    visit under way, as "سيلتقي اليوم" (will meet today) is; "مساء اليوم" (this evening) has
    not begun. With back=1, yesterday too ("بدأ أمس زيارة", began a visit yesterday). Undated too:
    "اليوم" is the article's own day whether or not its metadata gives it (days_back)."""
    return any(
        d.kind == "relative" and d.precision == "day" and (n := days_back(art, d)) is not None and 0 <= n <= back
        and lo <= d.start < hi
        and not any((fold_term(d.surface) + " ").startswith(w + " ") for w in grammar_words("tonight_words"))
        for d in art.dates.get(i, []))


TODAY_WEEKDAY_CHARS = 12  # from a weekday back over its set-off marks to the "اليوم" before it: "اليوم (الثلاثاء)"


def days_back(art: Article, d: Any) -> int | None:
    """How many days before the article's own day a day word lies: by its value when the article is dated; undated,
    by the word itself, "اليوم" (today) 0, "أمس" (yesterday) 1 (calendar.day_offset), and a weekday set right after
    "اليوم" ("اليوم الجمعة", today, Friday: read apart when undated) 0; None when the words do not say."""
    if art.published is not None:
        return (art.published - d.date).days if d.date is not None and d.precision == "day" else None
    if d.date is not None or _that_day(art, d):  # "ذلك اليوم" (that day) is one the text told before
        return None
    if d.kind == "weekday":
        before = art.text[max(0, d.start - TODAY_WEEKDAY_CHARS):d.start].strip(" ,\u060c/\"()\u00ab\u00bb\u201c\u201d").split()
        return 0 if before and this_day(before[-1]) else None
    offset = day_offset(d.surface)
    return None if offset is None else -offset


def on_the_day(art: Article, d: Any) -> bool:
    """The day word names the article's own day: publication's when dated, "اليوم" (today) when not (days_back)."""
    return days_back(art, d) == 0


BEGINS_RELATIVE_CHARS = 90  # from the visit noun over its first relative clause to "والتي ستبدأ": "الزيارة التي سيقوم بها الرئيس الأمريكي لإسرائيل والتي"
BEGINS_DAY_CHARS = 20  # from the verb of beginning to its day: "ستبدأ صباح اليوم"


def begins_today_relative(art: Article, i: int, h: Hit) -> bool:
    """A visit noun with a relative clause, its own or one joined to it by "و", whose verb of beginning (grammar.yaml
    start_verbs, with or without sa-) is dated publication's day right after it: "الزيارة التي سيقوم بها الرئيس
    الأمريكي لإسرائيل والتي ستبدأ اليوم" (the visit the US president will make to Israel, which begins today) is
    begun by the day's article, as "يبدأ اليوم زيارة" (begins a visit today) is, though its first clause is told
    ahead (ahead.relative_future). Not "ستبدأ غدا" (tomorrow) nor "مساء اليوم" (this evening: today_between), not
    a clause after another meeting word ("لحضور القمة التي تبدأ اليوم", the summit's); undated, "اليوم" is
    still the article's day (read by plans.plan_cue)."""
    if trigger_spec(h.group)["role"] != "visit":
        return False
    end = art.word_end(h.end)
    hi = min(art.sentences[i][1], end + BEGINS_RELATIVE_CHARS)
    words = [(m.start() + end, m.end() + end, fold_term(m.group().strip("\u060c,"))) for m in re.finditer(r"\S+", art.text[end:hi])]
    starts = {fold_term(w) for w in grammar_words("start_verbs")}
    for (at, _, w), (_, verb_end, verb) in zip(words, words[1:]):
        if w.removeprefix("\u0648") in grammar_words("relative_pronouns") \
                and (verb in starts or verb[:1] == "\u0633" and verb[1:] in starts):  # و, wa-: "والتي"; س, sa-: "ستبدأ"
            return not any(end <= t.start < at for t in art.hits if t.group.startswith("t:")) \
                and today_between(art, i, verb_end, verb_end + BEGINS_DAY_CHARS)  # (all hits: a summit's name too)
    return False


EVE_DAY_CHARS = 25  # from the visit noun over its destination to its day: "زيارته للقاهرة اليوم الثلاثاء"


def eve_of_today(art: Article, i: int, c: Hit, h: Hit) -> bool:
    """An eve cue (triggers.yaml eve_cues: "عشية", on the eve of) right before a visit noun whose own day, told
    right after it and its destination, is publication's: "قال نجاد في تصريح له عشية زيارته للقاهرة اليوم
    الثلاثاء" (said in a statement on the eve of his visit to Cairo today, Tuesday) tells a statement of the eve
    and a visit that begins on the day of the article, under way as "يبدأ اليوم زيارة" (begins a visit today) is.
    Not a noun with no day or another day ("عشية زيارته لتركيا" alone, "عشية زيارة ... غدا السبت"), not a day before
    the cue (the statement's: "نشر السبت عشية زيارتها"), not "مساء اليوم" / "الليلة", not a sentence that tells
    any other day (read by plans.plan_cue)."""
    if trigger_spec(h.group)["role"] != "visit" or fold_term(c.term) not in _eve_cues() \
            or not 0 <= art.word_start(h.start) - c.end <= 1:
        return False
    end = art.word_end(h.end)
    days = [d for d in art.dates.get(i, []) if d.start >= c.start]
    return any(end <= d.start <= end + EVE_DAY_CHARS and not art.near("triggers", i, end, d.start) for d in days) \
        and all(on_the_day(art, d) and not _tonight(d) for d in days)


@cache
def _eve_cues() -> frozenset[str]:
    """triggers.yaml eve_cues that are the eve itself ("عشية"), not "before a visit" ("قبيل زيارة")."""
    return frozenset(fold_term(w) for w in trigger_words("eve_cues") if len(w.split()) == 1)


def _evening_of(art: Article, d: Any) -> bool:
    """The evening word right before the day (grammar.yaml evening_words): "مساء الأحد" (Sunday evening)."""
    return "".join(art.words_before(d.start, 1)).strip("\u060c,") in grammar_words("evening_words")


def _tonight(d: Any) -> bool:
    """"مساء اليوم" (this evening), "الليلة" (tonight): a trip set off tonight may begin tomorrow."""
    return any((fold_term(d.surface) + " ").startswith(w + " ") for w in grammar_words("tonight_words"))


def where_sequel_today(art: Article, i: int, h: Hit, c: Hit) -> bool:
    """A plan cue after "حيث" (where, triggers.yaml where_after_arrival) that follows an arrival or a visit dated
    publication's day before it: "سيصل نجاد إلى القاهرة اليوم في زيارة، حيث سيشارك في أعمال القمة" (will arrive in
    Cairo today on a visit, where he will take part in the summit) plans what he is to do there, not the arrival of
    the day, which is under way (today_between: not "مساء اليوم", "الليلة", nor "ذلك اليوم", that day); not when the sentence tells another day
    ("حيث سيلتقي ... غدا", tomorrow; a past year or month is history, undated any year); dated, a weekday or a date of
    publication's day dates the arrival too ("يصل ... الأربعاء 20 مارس، حيث سيبدأ": own_day_between); undated, only
    "اليوم" may date it (on_the_day; read by plans.plan_cue)."""
    if trigger_spec(h.group)["role"] not in ("arrive", "visit"):
        return False
    wheres = [w for w in art.cues(i, "c:where_after_arrival") if h.end <= w.start and w.end <= c.start]
    return bool(wheres) and own_day_between(art, i, h.end, wheres[0].start) \
        and not any(h.end <= d.start < wheres[0].start and _that_day(art, d) for d in art.dates.get(i, [])) \
        and all(on_the_day(art, d) for d in art.dates.get(i, []) if d.start >= h.start and not _history(art, d))


def own_day_between(art: Article, i: int, lo: int, hi: int) -> bool:
    """A day of sentence i between lo and hi that is the article's own day, told by any words: "اليوم" (today), and
    when dated a weekday or a date publication's ("يصل ... الأربعاء 20 مارس، حيث سيبدأ", arrives on Wednesday 20
    March, where he will begin, in that Wednesday's article); not "مساء اليوم" / "الليلة" (this evening: a trip
    set off tonight may begin tomorrow), undated not a bare weekday (on_the_day)."""
    return any(lo <= d.start < hi and on_the_day(art, d) and not _tonight(d) for d in art.dates.get(i, []))


def _that_day(art: Article, d: Any) -> bool:
    """A day after a demonstrative (grammar.yaml demonstratives): "بعد ظهر ذلك اليوم" (in the afternoon of that day)
    is a day the text told before, not publication's."""
    return any(w in grammar_words("demonstratives") for w in art.folded_slice(d.start, d.end).split()) \
        or [w.strip("\u060c,") for w in art.words_before(d.start, 1)][:1] in [[w] for w in grammar_words("demonstratives")]


def _history(art: Article, d: Any) -> bool:
    """A past year or month, history told beside the trip ("هي الأولى منذ قيام الثورة عام 1979", the first since
    the revolution in 1979), not a day the trip may be planned for."""
    if art.published is None:
        return d.precision == "year"  # undated, a year is history or a span, never the day a trip of today is set for
    return d.precision in ("year", "month") and d.date is not None \
        and d.date.year * 12 + d.date.month < art.published.year * 12 + art.published.month


SCHEDULE_WORDS = 10  # back from the meeting word to its frame: "من المقرر أن يعقد الرئيس المصري محمد مرسي اليوم مباحثات"
SCHEDULE_DAY_CHARS = 90  # from the meeting word over its subject, its object and their titles to its day ("أن يلتقي ... ترودو اليوم")


def scheduled_today(art: Article, i: int, h: Hit) -> bool:
    """A meeting scheduled for publication's day by a frame of its own clause (grammar.yaml schedule_frames or
    expectation_frames before "أن"): "من المقرر أن يلتقي ترامب ترودو اليوم" (Trump is scheduled to meet Trudeau
    today), "من المفترض أن يلتقي ... اليوم" (is supposed to meet ... today), "من المنتظر أن يعقد
    الرئيس اليوم مباحثات مع" (is expected to hold talks today with), "، على أن يجتمعا بعد ظهر اليوم" (and they
    are to meet this afternoon) is the meeting of the day, as "سيلتقي اليوم" (will meet today) is: reported. Every
    day of the clause from the frame on must be publication's; not "كان من المقرر" / "كان من المفترض" (was), not a meeting
    called off or hedged in its sentence, not "غدا"; undated, every day of the clause must be "اليوم" (on_the_day; read by plans.plan_cue).
    So is an arrival or a visit so scheduled ("من المتوقع أن يصل أردوغان، الاثنين، إلى الجزائر" in Monday's article, is
    expected to arrive in Algeria on Monday), as "يصل اليوم" (arrives today) is; not one set for this evening (_tonight,
    _evening_of: "مساء الأحد" in Sunday's article)."""
    spec = trigger_spec(h.group)
    if spec["role"] not in ("meet", "receive", "arrive", "visit") or "\u0633" in h.prefix:  # س, sa-: will
        return False
    frame = _schedule_frame(art, i, h, spec.get("tense") == "future")
    if frame is None or art.cues(i, "c:called_off") or art.cues(i, "c:called_off_after") or art.cues(i, "c:hypothetical"):
        return False
    days = [d for d in art.dates.get(i, []) if d.start >= frame and (d.date is not None or art.published is None)]
    if spec["role"] in ("arrive", "visit") and (fold_term(h.term).split()[0] in grammar_words("setting_out_verbs")
                                               or any(_tonight(d) or _evening_of(art, d) for d in days)):
        # "من المقرر أن يصل مساء اليوم" (due to arrive this evening), "أن يصل ... الساعة 8:35 مساء الأحد" in
        # Sunday's article: not there yet at publication, a trip whose evening may be its start; nor a verb of setting
        # out ("ويفترض ان يتوجه هولاند الجمعة الى بومباي", is to head for Mumbai on Friday: the next leg, not yet begun)
        return False
    return any(d.start <= h.end + SCHEDULE_DAY_CHARS for d in days) and all(on_the_day(art, d) for d in days)


def talks_today(art: Article, i: int, c: Hit, h: Hit) -> bool:
    """Talks or a reception (role meet/receive) after a plan cue c that is a sa- verb or a frame of schedule or
    expectation (grammar.yaml schedule_frames, expectation_frames), every day of the sentence from c on being
    publication's, one within reach of the meeting word, before or after it: "سيعقد مرسي قمة مع جول بعد ظهر اليوم"
    (will hold a summit with Gül this afternoon), "من المفترض أن يجري أوباما محادثات مع عباس اليوم" (is supposed
    to hold talks with Abbas today), "سيجري ... مساء اليوم محادثات" (this evening): the day's talks, reported, as
    "سيلتقي اليوم" (will meet today) is. Not a visit or an arrival (a trip begun this evening may end tomorrow:
    today_between), not in a sentence that names no place (talks of the day told with no place are often a call),
    not the purpose of another visit word after the cue ("من المقرر أن يصل اليوم للقاء", is to
    arrive today to meet: the arrival's), not "كان" before the cue (was to), not "غدا" or another day in the sentence, not a meeting
    called off or hedged (read by plans.plan_cue)."""
    if trigger_spec(h.group)["role"] not in ("meet", "receive") or not _day_frame(c.term) \
            or not art.places.get(i):
        return False  # talks set for today with no place told are often held by phone ("سيجري ... محادثات مع ماكرون وماي")
    if set(art.words_before(art.word_start(c.start), 2)) & grammar_words("kana_forms") \
            or any(c.end <= t.start < h.start for t in art.near("triggers", i, c.end, h.start)) \
            or art.cues(i, "c:called_off") or art.cues(i, "c:called_off_after") or art.cues(i, "c:hypothetical"):
        return False
    days = [d for d in art.dates.get(i, []) if d.start >= c.start]
    return any(d.start <= h.end + SCHEDULE_DAY_CHARS for d in days) and all(on_the_day(art, d) for d in days)


def _day_frame(term: str) -> bool:
    """A plan cue that may set talks for a day: a sa- verb ("سيعقد") or a frame of schedule or expectation,
    with or without its "أن" ("من المفترض أن")."""
    words = fold_term(term).split()
    if len(words) == 1 and sa_future(words[0]):
        return True
    if words and words[-1] in grammar_words("subjunctive_particles"):
        words = words[:-1]
    return " ".join(words) in grammar_words("schedule_frames") | grammar_words("expectation_frames")


@cache
def _schedule_frames() -> tuple[str, ...]:
    """grammar.yaml schedule_frames and expectation_frames ("من المفترض أن يلتقي", is supposed to meet), the longest
    first ("ومن المقرر" before "المقرر")."""
    return tuple(sorted(grammar_words("schedule_frames") | grammar_words("expectation_frames"), key=len, reverse=True))


def _schedule_frame(art: Article, i: int, h: Hit, verb: bool) -> int | None:
    """Where the schedule frame of meeting word h starts: right before "أن" and the verb h ("من المقرر أن يلتقي"),
    or before "أن" and a present of holding whose object h is ("من المقرر أن يعقد قنديل اليوم مؤتمرا صحفيا
    مشتركا"); "على أن" only opening its clause. None when there is none, or a "كان" (was) stands before it."""
    lo = art.sentences[i][0]
    words = [(m.start() + lo, fold_term(m.group().strip("\u060c,"))) for m in re.finditer(r"\S+", art.text[lo:art.word_start(h.start)])]
    words = words[-SCHEDULE_WORDS - 3:]
    if verb:
        at = len(words)  # the verb itself, right after the list
    else:
        at = next((k for k in range(len(words) - 1, max(len(words) - SCHEDULE_WORDS, 0) - 1, -1)
                   if words[k][1] in grammar_words("holding_present")), None)
        if at is None or any(t.start < h.start for t in art.near("triggers", i, words[at][0] + 1, h.start - 1)):
            return None
    if at < 1 or words[at - 1][1] not in grammar_words("subjunctive_particles"):
        return None
    before = [w for _, w in words[:at - 1]]
    frame = next((f for f in _schedule_frames() if before[-len(f.split()):] == f.split()), None)
    if frame is None and before[-1:] and before[-1] in grammar_words("schedule_clause_frames") \
            and (len(before) == 1 or art.text[words[at - 3][0]:words[at - 2][0]].rstrip().endswith(("\u060c", ","))):
        frame = before[-1]
    if frame is None or set(before[-len(frame.split()) - 2:-len(frame.split())]) & grammar_words("kana_forms"):
        return None
    return words[at - 1 - len(frame.split())][0]


def framed_today(art: Article, i: int, h: Hit, after: int) -> bool:
    """The sa- verb ending at `after`, after the visit noun h, is followed by "during it" (grammar.yaml
    during_pronouns) and a day of today or yesterday stands before the noun in its sentence: "يبدأ الصيد
    اليوم الجمعة زيارة إلى مصر سيلتقي خلالها السيسي" (begins today a visit to Egypt, during which he will meet
    Sisi) frames the meeting in the visit, under way; "يوم الأحد المقبل" (next Sunday) or no day leaves it a plan."""
    nxt = art.folded_slice(after, art.sentences[i][1]).split()[:1]
    return bool(nxt) and nxt[0].strip("،,.") in grammar_words("during_pronouns") \
        and today_between(art, i, art.sentences[i][0], h.start, back=1)


BEGUN_PURPOSE_CHARS = 80  # from "التي بدأها" over its day and place to the meeting it began for: "التي بدأها الاثنين من برلين للقاء"


def begun_relative(art: Article, i: int, lo: int, h: Hit) -> bool:
    """Between lo and the meeting word h, a relative pronoun and a past verb of beginning whose object is the trip
    before it ("بدأها", began it; "استهلها", opened it), h its purpose or its first act (li- or bi-): "يأمل نتنياهو أن
    يغير الموقف خلال جولته الأوروبية التي بدأها الاثنين من برلين للقاء ميركل" (Netanyahu hopes to change the stance
    during his European tour, which he began on Monday from Berlin to meet Merkel): the tour is begun, and the
    meeting it was begun for is not what the hope before it reaches (vetoes.hypothetical, scope.out_of_scope)."""
    if h.prefix[-1:] not in ("\u0644", "\u0628"):  # ل, li- (to); ب, bi- (with)
        return False
    verbs = grammar_words("began_verbs") | grammar_words("opened_verbs")
    words = [(m.start() + lo, fold_term(m.group().strip("\u060c,"))) for m in re.finditer(r"\S+", art.text[lo:h.start])]
    return any(a.removeprefix("\u0648") in grammar_words("relative_pronouns") and b.endswith("\u0647\u0627") and b[:-2] in verbs
               and h.start - at <= BEGUN_PURPOSE_CHARS and not art.near("triggers", i, at, h.start - 1)
               for (_, a), (at, b) in zip(words, words[1:]))


BEGUN_FROM_CHARS = 40  # from "التي بدأها" over its day to the "من" (from) of its place


def _after_min(art: Article, i: int) -> list[Any]:
    """The places of sentence i right after "من" (from), read once per sentence."""
    return art.memo(("after_min", i), lambda: [
        p for p in art.places.get(i, [])
        if [w.strip("\u060c,") for w in art.words_before(art.word_start(p.start), 1)] == ["\u0645\u0646"]])


def begun_from(art: Article, i: int, h: Hit) -> list[Any]:
    """The place a trip was begun from, before the meeting word h it was begun for (begun_relative): "التي بدأها
    الاثنين من برلين للقاء ميركل" (which he began on Monday from Berlin to meet Merkel) is in Berlin, the meeting
    too; "من" (from) is otherwise an origin, not a venue (place.city_of_meeting)."""
    out = []
    for p in _after_min(art, i):
        lo = max(art.sentences[i][0], art.word_start(p.start) - BEGUN_FROM_CHARS)
        if p.start <= h.start and p.end <= h.start and begun_relative(art, i, lo, h) \
                and art.text.count(" ", p.end, h.start) <= 2:  # "من برلين للقاء": the purpose right after the place
            out.append(p)
    return out


MOMENTS_CHARS = 40  # "استقبل الرئيس، قبل قليل، بالصالة الرئاسية": the cue this close to the meeting word


def moments_ago(art: Article, i: int, h: Hit, tense: str | None) -> tuple[Any, ...] | None:
    """event_date's reading of a meeting told a moment or hours ago (triggers.yaml recent_past) near its word,
    not ahead: "وصل الرئيس الفلسطيني، منذ قليل، إلى مطار القاهرة" (arrived a little while ago) and "استقبل الرئيس
    قبل قليل الرئيس الغيني" (received moments ago) are the publication day's, and so is "يستقبل الرئيس بعد قليل"
    (receives shortly, triggers.yaml shortly) whatever its tense. Not a countdown to it: "قبل ساعات
    من لقائه" (hours before his meeting) tells another act. None when no such cue."""
    if art.published is None:
        return None
    ahead = tense == "future" or "س" in h.prefix  # "بعد قليل" (shortly) alone dates a meeting ahead today
    for c in [c for g in ("c:recent_past", "c:shortly") if not (ahead and g == "c:recent_past") for c in art.cues(i, g)]:
        nxt = art.folded_slice(c.end, art.sentences[i][1]).split()[:1]
        if max(c.start - h.end, h.start - c.end) <= MOMENTS_CHARS and not (nxt and nxt[0] in ("من", "على")):
            return art.published, None, "day", art.text[c.start:c.end], True
    return None
