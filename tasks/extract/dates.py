"""Find dates in an article and resolve them to calendar dates.

Forms handled (matched on the folded text, so Arabic-Indic digits are ASCII and
أ/إ/آ are ا; offsets map back to the display text):

* day month [year]: "14 آذار 2023", "15 كانون الأول/ديسمبر 2022", "٢٧ مارس ٢٠٢١",
  ranges "14-15 آذار" (end_date);
* month [year]: "أيلول/سبتمبر 2021", "سبتمبر/أيلول 2015", "كانون الأول/ديسمبر" (no
  year: the most recent such month, or the next one when the text says المقبل "next"
  or the governing verb is in the future);
* numeric: "2023/03/14", "2023-03-14", "14/3/2023" (day first, as Arab outlets write);
* year: "عام 2018", "في العام 2011", "منذ 2011";
* Hijri: "15 رمضان 1436 هـ" (kind "hijri", converted with hijridate);
* weekdays: "الأربعاء", "يوم الاثنين", resolved against the publication date using the
  tense of the sentence (see :func:`tasks.extract.tense.verb_tense` and :func:`ziyarat.arabic.resolve_weekday`);
* relative words: أمس (yesterday), اليوم (today), غدا (tomorrow), الشهر الماضي (last
  month), الأسبوع المقبل (next week), مطلع الشهر (early this month) ...

Month names that are also ordinary words need a number or a paired name next to
them: آب "August" is also أب "father", مارس "March" is also "he practised".
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from hijridate import Gregorian, Hijri

from tasks.extract.calendar import SHAHR, YAWM, Calendar, calendar_words, outlet_name, plausible_year, safe_date, shift_month
from tasks.extract.calendar import prev_word_span as _prev_word_span
from tasks.extract.day_parts import bare_parts_alone
from tasks.extract.day_words import month_day, ordinal_day
from tasks.extract.tense import future_marked, opens_past, outcome_told, verb_tense, yesterday_present
from tasks.extract.yearless import month_year, weekday_year
from ziyarat.arabic import (CALENDAR_PROCLITICS, NAME_PROCLITICS, NOUN_PROCLITICS, NUMBER_PROCLITICS,
                            SENTENCE_END_MARKS, Folded, fold_term, fold_with_map, resolve_weekday)
from ziyarat.lexicon import grammar_words, triggers_lexicon
from ziyarat.matching import word_hits


@dataclass
class DateMention:
    start: int
    end: int
    surface: str
    date: dt.date
    precision: str  # day | week (date .. end_date: "الأسبوع الماضي", last week) | month | year
    kind: str  # absolute | weekday | relative | hijri | ago ("قبل ثلاثة أعوام", three years ago)
    end_date: dt.date | None = None
    said: str | None = None  # a weekday's own word for which one: past "الأحد الماضي" (last Sunday), future "الخميس المقبل"


def weekday_on(d: DateMention, published: dt.date, tense: str | None) -> dt.date:
    """A weekday's date resolved anew against `published` by another tense (a visit verb's, a saying's): one
    that says itself which ("الأحد الماضي", last Sunday) keeps its own direction whatever the tense."""
    said = getattr(d, "said", None)
    return resolve_weekday(d.date.weekday(), published, said or tense, said is not None)


# before a number: one proclitic ("و15 آذار", and on the 15th) or the article, with its own
# proclitics ("في الـ12 من يونيو", on the 12th of June: the tatweel folds away)
NUMBER_PREFIXES = NUMBER_PROCLITICS | (NOUN_PROCLITICS - NAME_PROCLITICS)
# what may stand between two date words of one day: spaces, a comma, and the slashes, quotes or brackets
# news agencies set a weekday off with ("مساء اليوم /الثلاثاء/", "اليوم "الثلاثاء"", "اليوم (الثلاثاء)")
SET_OFF = " ,\u060c/\"()\u00ab\u00bb\u201c\u201d"
WEEKDAY_OVERRIDES_DAYS = 2  # how far a named weekday may move "اليوم" / "أمس" from the publication's day


# ------------------------------------------------------------------ finder


# (start, end, date, precision, kind, end_date), in folded offsets
DateCandidate = tuple[int, int, dt.date, str, str, "dt.date | None"]


def find_dates(text: str, folded: Folded | None = None, published: dt.date | None = None) -> list[DateMention]:
    """All date mentions in text, resolved; weekdays and relative words need
    `published` and are skipped without it."""
    if folded is None:
        folded = fold_with_map(text)
    if isinstance(published, dt.datetime):
        published = published.date()
    cal = calendar_words()
    cands: list[DateCandidate] = []  # folded spans
    _number_dates(cal, folded.text, published, cands)
    _word_dates(cal, folded.text, published, cands)
    return bare_parts_alone(cal.bare_day_parts, text, _select_dates(text, folded, cands, published))


def _number_dates(cal: Calendar, ft: str, published: dt.date | None, cands: list[DateCandidate]) -> None:
    """Dates that start with a number: "14 آذار 2023", "2023/03/14", "عام 2021"."""
    n = len(ft)
    for m in _DIGITS.finditer(ft):
        s, e = m.span()
        # a number starts a word, or follows one proclitic: "و15 آذار" (and on the 15th), or the
        # article: "الـ12 من يونيو" (the 12th of June)
        j = s
        while j > 0 and ft[j - 1].isalpha():
            j -= 1
        if j < s and (ft[j:s] not in NUMBER_PREFIXES or (j > 0 and ft[j - 1].isdigit())):
            continue
        k = e - s
        if k <= 2:
            d = cal.re_dmy.match(ft, s)
            if d:
                _add_dmy(cal, ft, d, published, cands)
            h = cal.re_hijri.match(ft, s)
            if h and h["d"]:
                _add_hijri(cal, h, published, cands)
        if k <= 4:
            u = cal.re_num.match(ft, s)
            if u:
                y, mo, dd = (u["y1"], u["m1"], u["d1"]) if u["y1"] else (u["y2"], u["m2"], u["d2"])
                date = safe_date(int(y), int(mo), int(dd))
                if date and plausible_year(date.year):
                    cands.append((s, u.end(), date, "day", "absolute", None))
        if k == 4 and ft[s:s + 2] in ("19", "20") and (e >= n or not ft[e].isalnum()):
            ws, word = _prev_word_span(ft, s)
            if word in cal.year_words:
                cands.append((ws, e, dt.date(int(ft[s:e]), 1, 1), "year", "absolute", None))
            elif word in cal.year_leads:
                cands.append((s, e, dt.date(int(ft[s:e]), 1, 1), "year", "absolute", None))


def _word_dates(cal: Calendar, ft: str, published: dt.date | None, cands: list[DateCandidate]) -> None:
    """Dates that start with a calendar word: months, Hijri months, weekdays, relative
    words ("أمس" yesterday), parts of a month ("مطلع الشهر")."""
    for s, _e, _prefix, (key, kinds) in word_hits(cal.words, ft, CALENDAR_PROCLITICS):
        key = cal.glued.get(key, key)  # "ينايرالماضي" -> "يناير": its modifier is read as the next word
        if "month" in kinds:
            m = cal.re_my.match(ft, s)
            if m:
                _add_my(cal, ft, m, published, cands)
        if "hijri" in kinds:
            h = cal.re_hijri.match(ft, s)
            if h:
                _add_hijri(cal, h, published, cands)
        if published is None:
            continue
        if "weekday" in kinds:
            _add_weekday(cal, ft, s, s + len(key), key, published, cands)
        if "relative" in kinds:
            _add_relative(cal, ft, s, s + len(key), key, published, cands)
        if "ago" in kinds and cal.re_ago is not None:
            m = cal.re_ago.match(ft, s)
            if m:
                _add_ago(cal, m, published, cands)
        if "part" in kinds:
            m = cal.re_part.match(ft, s)
            if m:
                mod = m["mod"]
                d = shift_month(published, -1 if mod in cal.past_words else 1 if mod in cal.future_words else 0)
                cands.append((s, m.end(), d, "month", "relative", None))


def _select_dates(text: str, folded: Folded, cands: list[DateCandidate],
                  published: dt.date | None = None) -> list[DateMention]:
    """The longest candidate at each place, left to right, in display offsets; a
    weekday right before a full date joins it."""
    ft = folded.text
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[DateMention] = []
    last_end = -1
    for s, e, date, precision, kind, end_date in cands:
        if s < last_end:
            continue
        # a weekday right before a full date ("الثلاثاء 14 آذار") is part of it
        if out and out[-1].kind == "weekday" and kind in ("absolute", "hijri") and precision == "day" \
                and s - last_end <= 3 and not ft[last_end:s].strip(SET_OFF):
            prev = out.pop()
            ds, de = prev.start, folded.span(s, e)[1]
            date, end_date = weekday_year(ft[s:e], prev.date.weekday(), date, end_date, published)
            out.append(DateMention(ds, de, text[ds:de], date, precision, kind, end_date))
            last_end = e
            continue
        # "اليوم الخميس" / "مساء أمس الأربعاء" (today, Thursday): one day, the weekday the
        # text names, nearest the relative word's: a publication date a day late (a story
        # filed on Thursday night, dated Friday) does not move it
        if out and kind == "weekday" and out[-1].kind == "relative" and out[-1].precision == "day" \
                and s - last_end <= 3 and not ft[last_end:s].strip(SET_OFF):
            day = resolve_weekday(date.weekday(), out[-1].date, None)
            # after a past verb: backwards, however far (_add_weekday); but the day right after the
            # relative word's is the text's own day, its record dated a day behind (stale)
            past = date <= out[-1].date < day and (day - out[-1].date).days != 1
            day = date if past else day
            if past or abs((day - out[-1].date).days) <= WEEKDAY_OVERRIDES_DAYS:
                prev = out.pop()
                ds, de = prev.start, folded.span(s, e)[1]
                out.append(DateMention(ds, de, text[ds:de], day, "day", "relative", None))
                last_end = e
                continue
        ds, de = folded.span(s, e)
        said = _SAID.get(_direction(calendar_words(), ft, e)) if kind == "weekday" else None
        out.append(DateMention(ds, de, text[ds:de], date, precision, kind, end_date, said))
        last_end = e
    return out


_SAID = {"future_strict": "future", "past_strict": "past"}


def _direction(cal: Calendar, ft: str, end: int) -> str | None:
    nxt = _next_word(ft, end)
    if nxt in cal.future_words:
        return "future_strict"
    if nxt in cal.past_words:
        return "past_strict"
    if nxt in cal.current_words:
        return "current"
    return None


def _next_word(ft: str, e: int) -> str:
    m = _NEXT_WORD.match(ft, e)
    return m.group(1) if m else ""


_NEXT_WORD = re.compile(r"\s*(\w+)")
_SENT_BREAK = re.compile(f"[{SENTENCE_END_MARKS}\\n]")


def _sentence_before(ft: str, s: int) -> str:
    lo = max(0, s - 300)
    chunk = ft[lo:s]
    last = None
    for last in _SENT_BREAK.finditer(chunk):
        pass
    return chunk[last.end():] if last else chunk


def _tense_direction(ft: str, s: int) -> str | None:
    """"future" when the sentence before the date has a future verb ("future_marked" when sa- / sawfa or a
    future word marks it: see yearless.month_year); "past" when the
    verb of the date's own clause (after the last "أن"/"إن", that) is past ("زار موسكو
    في 12 يونيو"); None otherwise: a past reporting verb says nothing of the date after
    its "إن" ("قال إن موعد قمة 12 يونيو لم يتغير", he said the date is unchanged)."""
    before = _sentence_before(ft, s)
    tense = verb_tense(before)
    if tense == "future":
        return "future_marked" if future_marked(before) else "future"
    words = before.split()
    cut = max((k + 1 for k, w in enumerate(words) if w.strip("،,") in _complementizers() or _holding_told(words, k)),
              default=0)
    return "past" if tense == "past" and verb_tense(" ".join(words[cut:])) == "past" else None


def _holding_told(words: list[str], k: int) -> bool:
    """Folded word k is the verbal noun "holding" ("عقد") told after "عن" / "على" or a word of deciding:
    "أعلن البيت الأبيض عن عقد قمة ... في 16 يوليو" (announced the holding of a summit on 16 July) opens a
    clause, as "أن" does: the summit's day, not the announcing verb's, nor "عقد" read as "he held"."""
    return k > 0 and words[k] in grammar_words("holding_nouns") and (
        words[k - 1] in (fold_term("عن"), fold_term("على")) or words[k - 1] in grammar_words("decide_words"))


@cache
def _complementizers() -> frozenset[str]:
    """"أن" / "إن" (that), folded: where a reported clause starts."""
    return frozenset(fold_term(w) for w in triggers_lexicon().get("complementizers", []))


def _names_event(cal: Calendar, ft: str, s: int) -> bool:
    """The word before a day-month date is an event's head noun ("ثورة 25 يناير", the
    January 25 revolution; "لثورة" with its proclitic): the date is the event's name."""
    ws, word = _prev_word_span(ft, s)
    if word in cal.event_heads or (len(word) > 3 and word[0] in "\u0648\u0644\u0628\u0641\u0643"
                                   and word[1:] in cal.event_heads):
        return True
    # the second of two joined by "و": "ثورتي 25 يناير و30 يونيو" (the 25 January and 30 June revolutions)
    if ft[s - 1:s] != "\u0648" or ft[s - 2:s - 1] != " ":
        return False
    ms, month = _prev_word_span(ft, s - 1)
    ns, num = _prev_word_span(ft, ms)
    return month in cal.months and num.isdigit() and _names_event(cal, ft, ns)


def _add_dmy(cal, ft, m, published, cands):
    if not m["y"] and _names_event(cal, ft, m.start()):
        return
    mon = cal.months[m["m1"]]
    m2 = m["m2"] or m["m3"]
    if m2 and cal.months[m2] != mon:
        return
    d1 = int(m["d1"])
    d2 = int(m["d2"]) if m["d2"] else None
    if m["y"]:
        y = int(m["y"])
        if not plausible_year(y):
            return
    else:
        y = month_year(mon, d1, published, _direction(cal, ft, m.end()) or _tense_direction(ft, m.start()))
        if y is None:
            return
    date = safe_date(y, mon, d1)
    if date is None:
        return
    end_date = safe_date(y, mon, d2) if d2 and d2 > d1 else None
    cands.append((m.start(), m.end(), date, "day", "absolute", end_date))


def _add_my(cal, ft, m, published, cands):
    name = m["m1"]
    mon = cal.months[name]
    m2 = m["m2"] or m["m3"]
    if m2 and cal.months[m2] != mon:
        return
    s = m.start()
    ws, before = _prev_word_span(ft, s)
    if before.removeprefix("\u0648").isdigit() and not m["y"] and _names_event(cal, ft, ws + (before[0] == "\u0648")):
        return  # the month of "ثورة 25 يناير" is the event's name too
    shahr = before == SHAHR
    if shahr:
        s = ws
    direction = _direction(cal, ft, m.end())
    day, s, last = ordinal_day(cal, ft, s)
    if m["y"]:
        y = int(m["y"])
        if not plausible_year(y):
            return
    else:
        in_context = bool(m2 or shahr or direction or before in cal.parts or before in cal.month_leads)
        if not in_context and name in cal.needs_context:
            return
        y = month_year(mon, day, published, direction or _tense_direction(ft, s))
        if y is None:
            return
    date = safe_date(y, mon, day) if day else None
    end_date = safe_date(y, mon, last) if date and last else None
    cands.append((s, m.end(), date or dt.date(y, mon, 1), "day" if date else "month", "absolute", end_date))


_DIGITS = re.compile(r"\d+")


def _add_hijri(cal, m, published, cands):
    hm = cal.hijri[m["hm"]]
    d = int(m["d"]) if m["d"] else None
    if m["y"]:
        hy = int(m["y"])
    elif d is not None and published is not None:
        ph = Gregorian(published.year, published.month, published.day).to_hijri()
        hy = ph.year if (hm, d) <= (ph.month, ph.day) else ph.year - 1
    else:
        return
    try:
        if d is not None:
            g = Hijri(hy, hm, d).to_gregorian()
            cands.append((m.start(), m.end(), dt.date(g.year, g.month, g.day), "day", "hijri", None))
        else:
            first = Hijri(hy, hm, 1)
            g = first.to_gregorian()
            last = Hijri(hy, hm, first.month_length()).to_gregorian()
            cands.append((m.start(), m.end(), dt.date(g.year, g.month, g.day), "month", "hijri",
                          dt.date(last.year, last.month, last.day)))
    except (ValueError, OverflowError):
        return


def _add_weekday(cal, ft, s, e, key, published, cands):
    nxt = _next_word(ft, e)
    if nxt == "\u0639\u0634\u0631":  # الأحد عشر "eleven", not Sunday
        return
    wd = cal.weekdays[key]
    strict = False
    ws, prev = _prev_word_span(ft, s)
    if nxt in cal.future_words:
        tense, strict = "future", True
    elif nxt in cal.past_words:
        tense, strict = "past", True
    elif prev == "\u0627\u0644\u064a\u0648\u0645":  # اليوم الخميس "today, Thursday"
        # the nearest such day; after a past verb never a later one: "عقد الملك اليوم الأحد مباحثات"
        # (held talks today, Sunday) in a record crawled on Friday is the Sunday before
        tense = "past" if verb_tense(_sentence_before(ft, s)) == "past" else None
    else:
        before = _sentence_before(ft, s)
        tense = "past" if outcome_told(before) or yesterday_present(before, wd, published) else verb_tense(before)
        # no verb before it: "خلال الجلسة يوم الجمعة لم يكن الخلاف صدفة" (during Friday's session the row was
        # no chance) is the Friday before publication, as the past predicate right after it says
        tense = tense or ("past" if opens_past(ft[e:e + 40].split("\n")[0]) else None)
    date = resolve_weekday(wd, published, tense, strict)
    if prev == YAWM:  # يوم الاثنين "on Monday"
        s = ws
    cands.append((s, e, date, "day", "weekday", None))


def _add_relative(cal, ft, s, e, phrase, published, cands):
    unit, offset = cal.relative[phrase]
    nxt = _next_word(ft, e)  # اليوم: not "اليوم التالي" (the next day), "اليوم الوطني"
    if phrase == "\u0627\u0644\u064a\u0648\u0645" and (nxt.startswith("\u0627\u0644") and nxt not in cal.weekdays
                                      and nxt not in cal.today_before or outlet_name(cal, ft, s)):
        return  # "عين اليوم", "صحيفة المصري اليوم": an outlet's name (calendar.outlet_name)
    if phrase in ("\u0627\u0644\u064a\u0648\u0645", "\u0627\u0644\u0644\u064a\u0644\u0647") and (nxt in cal.same_words or _prev_word_span(ft, s)[1] in cal.same_words):
        return  # "في نفس اليوم", "في اليوم نفسه", "في تلك الليلة" (on the same day, that night): another event's day
    if unit == "day":
        d = published + dt.timedelta(days=offset)
        cands.append((s, e, d, "day", "relative", None))
    elif unit == "week":
        if offset < 0:
            start, end = published - dt.timedelta(days=7), published - dt.timedelta(days=1)
        elif offset > 0:
            start, end = published + dt.timedelta(days=1), published + dt.timedelta(days=7)
        else:
            start, end = published - dt.timedelta(days=3), published + dt.timedelta(days=3)
        cands.append((s, e, start, "week", "relative", end))
    elif unit == "month":
        # a day before it is that month's, as a month name's is: "في الرابع من الشهر الجاري" (on the 4th of this month)
        month, (day, ds, last) = shift_month(published, offset), month_day(cal, ft, s)
        date = safe_date(month.year, month.month, day) if day else None
        end_date = safe_date(month.year, month.month, last) if date and last else None
        cands.append((ds, e, date, "day", "absolute", end_date) if date else (s, e, month, "month", "relative", None))
    else:
        cands.append((s, e, dt.date(published.year + offset, 1, 1), "year", "relative", None))


def _add_ago(cal, m, published, cands):
    """"قبل نحو ثلاثة أعوام" (about three years ago), "منذ يومين" (two days ago): that many units before
    publication, as precise as the unit; a bare plural ("قبل سنوات", years ago) says no count and no date."""
    unit, form = cal.ago_units[m["u"]]
    if unit not in ((cal.ago_leads or {}).get(m["lead"]) or {unit}):
        return  # "منذ ثلاثة عقود" (for three decades): منذ counts days, weeks and months only
    n = m["n"]
    count = (int(n) if n.isdigit() else cal.ago_counts[n]) if n else {"one": 1, "two": 2}.get(form)
    if not count:
        return
    if unit == "decade":  # "قبل عقدين" (two decades ago)
        unit, count = "year", 10 * count
    s, e = m.span()
    if unit == "day":
        cands.append((s, e, published - dt.timedelta(days=count), "day", "ago", None))
    elif unit == "week":
        start = published - dt.timedelta(days=7 * count)
        cands.append((s, e, start, "week", "ago", start + dt.timedelta(days=6)))
    elif unit == "month":
        cands.append((s, e, shift_month(published, -count), "month", "ago", None))
    else:
        cands.append((s, e, dt.date(published.year - count, 1, 1), "year", "ago", None))


__all__ = ["DateMention", "find_dates", "weekday_on"]
