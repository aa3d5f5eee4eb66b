"""A day told for an act done after a meeting, by no side of it: "وأفادت الوكالة الرسمية الأربعاء أن
الزعيم يعتبر بعد القمة مع ترامب ..." (the official agency reported on Wednesday that the leader holds,
after the summit with Trump, ...) and "شنت القوات غارات ليل السبت بعد ساعات على زيارة الرئيس" (the
forces carried out raids on Saturday night, hours after the president's visit) date the report and the
raids; the meeting, behind "بعد" / "عقب" (after), is earlier, its day unknown there. A side's own act
keeps the day: "كشف نتانياهو الاثنين بعد لقائه ميركل" (Netanyahu revealed on Monday after meeting
Merkel) names a leader before the day, and "وأكد، الأربعاء، عقب لقائه بالمستشارة" (he stressed on
Wednesday after his meeting with the chancellor) tells the meeting as his own (a pronoun on the noun).
So is a day told after the meeting, past a comma, in a clause a sa- future opens: "والتقى مون بوتين في
الكرملين، وسيحضر مباراة فريق بلاده السبت" (met Putin in the Kremlin, and will attend his team's match on
Saturday) dates the match (then_ahead_day). So is the day of a paper's coverage or of a third party's
remarks that only speak of the visit: "اهتمت صحيفة واشنطن بوست، اليوم الأربعاء، بزيارة الرئيس الإيراني" (the
Washington Post turned on Wednesday to the Iranian president's visit), "وأعرب السفير، في تصريح صباح اليوم، عن أمله
في أن تكون زيارة الرئيس" (the ambassador hoped, in a statement this morning, that the visit be) (coverage_day).
Read by timing.event_date (and known_meeting: such a meeting is held). Whether it is still news or only the
later act's time anchor ("بعد ساعات على زيارة", hours after the visit: referenced) is visits.anchored's."""
from __future__ import annotations

from typing import Any

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.clauses import day_after
from tasks.extract.visits.span import days_after, stated_days
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

OWN_SUFFIXES = ("ه", "ها", "هما", "هم")  # "لقائه", "قمتهما": the meeting of the dated act's subject
SPAN_WORDS = 3  # "بعد ساعات على زيارة", "عقب يومين من القمة": after, a span and its link


def after_meeting_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d stands before the meeting noun h of sentence i, h right after an after-word ("بعد", "عقب",
    "إثر"; or after one, a span and its link: "بعد ساعات على"; not a counted day, clauses.day_after), no leader
    is named before d, and h carries no possessive pronoun: d dates another's act done after the meeting, not the meeting.
    After a visit's end ("بعد اختتام زيارته", after concluding his visit) the day is no day of it even for his own act."""
    if then_ahead_day(art, i, h, d):
        return True
    if d.end > h.start or trigger_spec(h.group).get("tense") or "س" in h.prefix or day_after(art, h, d):
        return False  # "الأحد ... بعد يوم من قمة" (on Sunday, a day after a summit) counts the summit's day itself
    after = grammar_words("after_words")
    words = [w.strip("،,").removeprefix("و") for w in art.words_before(art.word_start(h.start), SPAN_WORDS)]
    if not words:
        return False
    if h.group == "t:visit" and len(words) >= 2 and words[-2] in after and words[-1] in grammar_words("visit_end_nouns") \
            and stated_days(art, i) is None:
        return True  # "يتوجه ماكرون الثلاثاء إلى أبوجا بعد اختتام زيارته": past the visit's end, his own act or not
        # (not talks: "وأكد اليوم عقب اختتام مباحثاته مع الرئيس" said today after concluding talks held that day;
        # nor a visit of stated length: "عاد الأربعاء بعد ختام زيارته التي استغرقت يومين" counts back from the day)
    if words[-1] not in after:
        links, units = grammar_words("after_span_links"), grammar_words("time_units")
        if not (len(words) == SPAN_WORDS and words[0] in after and words[2] in links and words[1] in units):
            return False
    if art.text[h.end:art.word_end(h.end)] in OWN_SUFFIXES or said_right_after(art, i, h, d) or left_after_span(art, i, h, d):
        return False
    return not any(m.start < d.start for m in art.leaders.get(i, []))


def left_after_span(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d is the day of the traveller's own leaving after the visit h, whose length the sentence states: a perfect
    verb of leaving or going back (triggers.yaml origin_cues: "غادر", "عاد") stands before d, and the visit lasted
    days ("غادر القاهرة اليوم الرئيس الإيراني بعد زيارة لمصر استغرقت ثلاثة أيام", the Iranian president left Cairo
    today after a visit to Egypt that lasted three days: the subject named after the day, as the verb comes first, and
    before the visit noun; not "غادر الوفد اليوم بعد زيارة بوتين", the delegation left after Putin's visit).
    The day is the visit's last (span.concluded_days counts back from it), not another's act after the visit."""
    if trigger_spec(h.group)["role"] != "visit" or (stated_days(art, i) or days_after(art, h) or 0) < 2:
        return False
    return any(c.end <= d.start and verb_tense(fold_term(c.term)) == "past"
               and any(c.end <= m.start < h.start for m in art.leaders.get(i, []))  # a leader, its subject, before h
               for c in art.cues(i, "c:origin_cues"))


SAID_WORDS = 8  # from a speech verb to its day: "قالت وكالة السودان للأنباء «سونا»، أمس الأربعاء"
SAID_GAP = 3  # from that day to the after-word: "الثلاثاء في واشنطن عقب"


def said_right_after(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d is the day of a saying told right after the meeting noun h, the after-word ("عقب", "بعد", "إثر") standing
    next to h and within a few words of d, with no "that" nor verb between: "قال المتحدث الثلاثاء في واشنطن عقب اجتماع
    بين الرئيسين" (the spokesman said on Tuesday in Washington after a meeting between the two presidents), "ذكرت الوكالة،
    أمس الأربعاء، بعد لقاء الرئيس ونظيره" (the agency reported yesterday, Wednesday, after the president's meeting): the
    statement follows the meeting on its day, so the day is the meeting's too. Not "أفادت الوكالة الأربعاء أن الزعيم
    يعتبر بعد القمة" (reported on Wednesday that the leader holds, after the summit: a "that" between), nor "شنت القوات
    غارات ليل السبت بعد ساعات على زيارة" (raids hours after a visit: no saying, and a span). A saying's noun
    (grammar.yaml speech_frames: a press conference, a statement) tells it as well as its verb."""
    between = [w.strip("\u060c,«»\"") for w in art.folded_slice(d.end, art.word_start(h.start)).split()]
    if not between or between[-1].removeprefix("و") not in grammar_words("after_words") or len(between) > SAID_GAP + 1:
        return False
    comps = trigger_words("complementizers")
    if any(w in comps or verb_tense(w) is not None for w in between[:-1]):
        return False
    before = [w.strip("\u060c,«»\"").removeprefix("و") for w in
              art.folded_slice(max(art.sentences[i][0], d.start - SAID_CHARS), d.start).split()[-SAID_WORDS:]]
    said, frames = trigger_words("speech_verbs"), grammar_words("speech_frames")
    for k in range(len(before) - 1, -1, -1):
        if before[k] in comps:
            return False
        if before[k] in said | frames or " ".join(before[k - 1:k + 1]) in frames:
            return True  # ... or a saying's noun: "عقد مؤتمر صحفي أمس الثلاثاء عقب مباحثات" (a press conference)
    return False


SAID_CHARS = 90  # ... and the text read back for the speech verb


def coverage_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d dates a paper's coverage or someone's remarks, not the meeting noun h after it: a news outlet or a
    remark noun (grammar.yaml news_media, triggers.yaml own_act_heads) stands a few words before d, no "that"
    between them nor between d and the meeting words; those, up to h, are bare nouns, the first framed by no
    during-, after- or fronting word ("خلال زيارته", "على هامش الزيارة": remarks made during the visit, a day of
    it), and no leader is named before it:
    "ذكر التلفزيون اليوم أن كيم بدأ زيارة" (TV said today that Kim began a visit) tells the visit's own news.
    Only a day taken off the meeting (timing.event_date, lead_day), not a sign that it is held news (known_meeting)."""
    if d.end > h.start:
        return False
    nouns = [*art.near("triggers", i, d.end, h.start - 1), h]
    if any(trigger_spec(t.group).get("tense") or "س" in t.prefix for t in nouns):
        return False
    first = nouns[0]
    frames = grammar_words("during_words") | grammar_words("after_words") | grammar_words("fronted_heads")
    before = [w.strip("\u060c,").removeprefix("و") for w in art.words_before(art.word_start(first.start), 2)]
    if before and (before[-1] in frames or " ".join(before[-2:]) in frames):  # "خلال", "على هامش" (on the sidelines of)
        return False
    between = [w.strip("\u060c,") for w in art.folded_slice(d.end, first.start).split()]
    if any(m.start < first.start for m in art.leaders.get(i, [])) or set(between) & trigger_words("complementizers"):
        return False  # "أمله في أن تكون زيارة" (his hope that the visit be): the visit's kind is read off the day
    leads = grammar_words("news_media") | trigger_words("own_act_heads")
    raw = [w.strip("\u060c,«»\"") for w in
           art.folded_slice(max(art.sentences[i][0], d.start - COVERAGE_CHARS), d.start).split()[-COVERAGE_WORDS:]]
    words = [w.removeprefix("و") for w in raw]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in trigger_words("complementizers"):
            return False
        # ... or a two-word one, whose first word may itself open with و: "وسائل الإعلام" (wasa'il al-i'lam, the media)
        if words[k] in leads or k and {f"{raw[k - 1]} {words[k]}", f"{words[k - 1]} {words[k]}"} & leads:
            return True
    return False


COVERAGE_WORDS = 7  # from the outlet or remark noun to its day: "في تصريحات خاصة لمراسلة وكالة أنباء الشرق الأوسط اليوم"
COVERAGE_CHARS = 90  # ... and the text to read back for them


def then_ahead_day(art: Article, i: int, h: Hit, d: Any) -> bool:
    """d stands after the meeting word h of sentence i, past a comma and a "و" (and) with a sa- future
    verb that opens the next clause ("، وسيحضر", and will attend), and h is told in the past (its own
    past verb, or a noun after a past verb): d dates what comes next, not the meeting."""
    if d.start < h.end or "س" in h.prefix or trigger_spec(h.group).get("tense") not in ("past", None):
        return False
    if trigger_spec(h.group).get("tense") is None and verb_tense(art.text[art.sentences[i][0]:h.start]) != "past":
        return False
    for k, ch in enumerate(art.text[h.end:d.start]):
        if ch in "،,":
            words = art.folded_slice(h.end + k + 1, d.start).split()[:1]
            if words and words[0][:2] == "وس" and verb_tense(words[0]) == "future" \
                    and words[0] not in grammar_words("visit_course_futures"):  # "وستنتهي الجمعة": the visit's own end
                return True
    return False


def known_meeting(art: Article, h: Hit) -> bool:
    """The meeting noun is definite, a meeting the reader knows: "بعد القمة" (after the summit), "بعد ساعات
    على زيارة الرئيس" (its genitive definite, or a name): one held, news still. Not "بعد مباحثات مثمرة" (after fruitful
    talks): new talks, whose sides the sentence may not name."""
    word = fold_term(art.text[art.word_start(h.start):art.word_end(h.end)])
    nxt = art.folded_slice(art.word_end(h.end), art.sentences[art.sent_of(h.start)][1]).split()[:1]
    after = art.word_end(h.end) + 1  # ... or a name: "زيارة هولاند"
    return any(word.startswith(p + "ال") for p in ("", "و", "ب", "وب", "ل", "ول")) \
        or bool(nxt) and nxt[0].strip("\u060c,").startswith("ال") or any(m.start == after for m in art.leaders.get(art.sent_of(h.start), []))
