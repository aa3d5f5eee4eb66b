"""The since-clause: "منذ" (mundhu, since) opens a clause or a noun phrase whose date is the start of a
period, not the meeting's: "أول زيارة رئاسية منذ بدأت العلاقات ... عام 1957" (the first presidential visit
since relations began in 1957), "التقى مون كيم في المنطقة التي تفصل البلدين منذ وقف إطلاق النار بينهما سنة
1953" (met in the zone that has divided the two since their ceasefire in 1953). Read by timing.event_date and
undated_day.past_span_nearest. A count of units after منذ right after the meeting's clause is its own time (own_ago):
"خلال مباحثاته مع نظيره منذ يومين" (during his talks with his counterpart two days ago). A span of a month or more
after منذ in the meeting word's clause tells it months ago, and a month's name there talks running since that
month, "عقب محادثات منذ مايو" (months_ago, read by retold)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tasks.extract.calendar import calendar_words, count_words, hedge_words, unit_words
from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import QUOTE_MARKS, fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


SINCE_CLAUSE_CHARS = 70  # how far a since-clause may run to its date
SINCE_PHRASE_CHARS = 40  # ... and a noun phrase after منذ to a count of units ago
OWN_AGO_CHARS = 80  # from the meeting word over its objects and place to a "منذ" count of its own
UNDER_WAY_DAYS = 6  # a present verb's "منذ" count: a visit under way began at most this many days back


def date_follows(cue: Hit, d: Any, gap: int = 20) -> bool:
    """The date comes right after the cue (or the cue is inside the date's surface)."""
    return cue.start <= d.start + 5 and d.start - cue.end <= gap


def closes_since(art: Article, i: int, cue: Hit, d: Any, after: int | None = None) -> bool:
    """The date ends a verb clause opened by منذ, with no comma and no meeting word
    between: "أول زيارة رئاسية منذ بدأت العلاقات الدبلوماسية بين البلدين عام 1957" (the
    first presidential visit since relations began in 1957) dates the relations; so does
    a count of units ago ending its noun phrase: "منذ نهاية الحرب الكورية قبل 65 عاما"
    (since the end of the Korean war 65 years ago). Another noun phrase after منذ ("منذ
    دخول قواتها إلى سوريا عام 2015", since its forces entered Syria in 2015) may set the
    time a later "آنذاك" (then) points back to: not this rule's, unless the منذ trails the meeting word (its end
    `after`): "التقى مون كيم في المنطقة التي تفصل البلدين منذ وقف إطلاق النار بينهما سنة 1953" dates the
    ceasefire."""
    if not 0 <= d.start - cue.end <= SINCE_CLAUSE_CHARS:
        return False
    gap = art.text[cue.end:d.start]
    if any(ch in gap for ch in "،,.:؛") or art.near("triggers", i, cue.end, d.start):
        return False
    return verb_tense(" ".join(gap.split()[:2])) is not None or (d.kind == "ago" and d.start - cue.end <= SINCE_PHRASE_CHARS) \
        or after is not None and cue.start >= after


def since_day(art: Article, i: int, d: Any) -> bool:
    """The date ends a phrase opened by منذ (since) in sentence i, with no comma, clause break or meeting word
    between: "منذ تسلمه مهامه الرئاسية الأحد" (since taking office on Sunday). A day since which something
    holds is gone by, whether the article gives it a value or not: never a day ahead."""
    return any(0 <= d.start - c.end <= SINCE_CLAUSE_CHARS and not any(ch in art.text[c.end:d.start] for ch in "\u060c,.:\u061b")
               and not art.near("triggers", i, c.end, d.start) for c in art.cues(i, "c:since"))


def own_ago(art: Article, i: int, h: Hit, d: Any) -> bool:
    """The date d is a count of units after منذ (dates.py, kind "ago") that tells when the meeting h was, not
    when a period began: it follows the meeting word within its clause (no other meeting word, clause break,
    quote or colon between) and meeting_since holds: "خلال مباحثاته مع رئيس الوزراء الليبي منذ يومين" (during his
    talks with the Libyan prime minister two days ago). A present verb's is the day a visit under way began:
    "يزور ... ليبيا منذ يومين" (has been visiting Libya for two days), a day of the last week; a longer span after
    it is a duration ("منذ أسبوع", for a week), no day of the meeting, and so is one in a relative clause ("الذي
    يزور", who is visiting) that describes a guest met on another day. Not after "أول" (first) or "الأولى منذ"
    (the first since): the span runs from an earlier meeting."""
    end = art.word_end(h.end)
    if not since_count(art, d) or d.date is None or not 0 <= d.start - end <= OWN_AGO_CHARS:
        return False
    if set(art.words_before(art.word_start(h.start), 1)) & grammar_words("first_words") \
            or any(h.start <= f.start <= d.start for f in art.cues(i, "c:first_since")):
        return False  # "أول زيارة له منذ ثلاثة أشهر" (his first visit in three months): the span since the last
    if art.near("triggers", i, end, d.start) or art.near("c:clause_breaks", i, end, d.start) \
            or any(q in art.text[end:d.start] for q in QUOTE_MARKS + ":"):
        return False
    if trigger_spec(h.group).get("tense") == "future" and (
            not present_verb(h) or d.precision != "day" or art.published is None
            or art.published - d.date > dt.timedelta(days=UNDER_WAY_DAYS)
            or set(w.removeprefix("\u0648") for w in art.words_before(art.word_start(h.start), 1))
            & grammar_words("relative_pronouns")):
        # "سيزور" (will visit): ahead; "يزور منذ أسبوع" (visiting for a week): a duration; "استقبل اليوم زيدان
        # الذي يزور القاهرة منذ يومين" (received today Zeidan, who has been visiting for two days): the guest's stay
        return False
    return meeting_since(art, i, h, d.start)


def since_count(art: Article, d: Any) -> bool:
    """d is a count of units led by منذ: "منذ يومين" (two days ago, or for two days)."""
    lead = art.folded_slice(d.start, d.end).split()[:1] if getattr(d, "kind", None) == "ago" else []
    return bool(lead) and lead[0] in trigger_words("since")


def state_since(art: Article, i: int, d: Any) -> bool:
    """d is a count led by منذ that dates no meeting word of sentence i (own_ago): how long a state has lasted,
    "الاشتباكات المستمرة منذ ثلاثة أيام" (the clashes going on for three days), no day of the news."""
    return since_count(art, d) and not any(own_ago(art, i, t, d) for t in art.by_sent.get(i, ()) if t.group.startswith("t:"))


def meeting_since(art: Article, i: int, h: Hit, pos: int) -> bool:
    """The منذ at pos, after the meeting word h, stands right after (past a comma) the meeting word itself, a
    person, a place or a past verb: what follows is how long ago the meeting was ("التقى قنديل منذ أيام", met
    Qandil days ago; "المحادثات التي جرت منذ أسابيع", the talks held weeks ago). After any other word it is how
    long a state has lasted: "لبحث الاشتباكات المستمرة منذ ثلاثة أيام" (to discuss the clashes going on for
    three days), "المحادثات المتوقفة منذ أشهر" (the talks stalled for months). The meeting word's own pronoun
    object between is part of it: "خلال لقائه بهما منذ أسبوعين" (during his meeting with them two weeks ago)."""
    before = art.text[:pos].rstrip(" \u060c,")
    if not before or art.word_end(h.end) == len(before):
        return bool(before)
    last = art.word_start(len(before) - 1)
    if fold_term(before[last:]) in grammar_words("meeting_object_pronouns") \
            and art.word_end(h.end) == len(before[:last].rstrip()):
        return True
    return verb_tense(before[last:]) == "past" or any(
        last < m.end <= len(before) for kind in ("persons", "places")
        for m in art.near(kind, i, art.sentences[i][0], len(before)))


def present_verb(h: Hit) -> bool:
    """h is a bare imperfect meeting verb ("يزور", is visiting: the lexicon's future with no sa-)."""
    return trigger_spec(h.group).get("tense") == "future" and "\u0633" not in h.prefix \
        and not fold_term(h.term).startswith(("\u0633\u064a", "\u0633\u062a"))


def months_ago(art: Article, i: int, h: Hit, chars: int) -> bool:
    """"منذ" (ago) and a span of a month or more in the trigger's clause after it: "أثناء
    زيارته لمصر منذ حوالي شهرين" (during his visit to Egypt about two months ago); or "منذ" and a
    month's name, the start of talks running since then, no meeting of the day: "عقب محادثات منذ
    مايو" (after talks since May); not "أول زيارة له منذ عامين" (the first visit in two years) nor
    "أول لقاء منذ مايو", which are news. The clause is read `chars` after the trigger (retold.LATELY_CHARS)."""
    s, e = art.sentences[i]
    end = art.word_end(h.end)
    words = re.split("[\u060c,:;.]", art.folded_slice(end, min(e, end + chars)))[0].split()
    fillers, spans = hedge_words() | count_words(), unit_words("month", "year", "decade")
    for k, w in enumerate(words):
        if w not in trigger_words("since"):
            continue
        rest = words[k + 1:k + 5]
        j = next((n for n, x in enumerate(rest) if x not in fillers and not x.isdigit()), len(rest))
        if j < len(rest) and (rest[j] in spans or _month_name(rest[j:j + 2])):
            ahead = art.folded_slice(max(s, art.word_start(h.start) - 20), art.word_start(h.start)).split()
            return not set(ahead[-3:] + words[:k]) & grammar_words("first_ordinals")
    return False


def _month_name(words: list[str]) -> bool:
    """The folded words open with a month's name, of one word ("مايو") or two ("كانون الثاني")."""
    months = calendar_words().months
    return bool(words) and (words[0] in months or " ".join(words[:2]) in months)
