"""The calendar vocabulary of tasks.extract.dates, compiled once from months.yaml: month,
Hijri month, weekday and relative words in one Aho-Corasick automaton, and the patterns tried
where one of them sits (day month year, month year, numeric dates, Hijri dates, parts of a
month, counts of units ago)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache


from ziyarat.arabic import QUOTE_MARKS, fold_term, word_start
from ziyarat.lexicon import get_lexicon
from ziyarat.matching import WordAutomaton


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _holding_ahead(ago: dict, end: str, names) -> str:
    """Lookaheads that refuse a bare unit in construct or read as the verbal noun "holding": "قبل
    يوم الجمعة" (before Friday), "قبل شهر رمضان" (before the month of Ramadan: a month's name, one
    of `names`), "قبل عقد القمة" (before holding the summit): a definite noun (ال...) right after
    it, or a number ("منذ عام 2011", since the year 2011); "قبل عقد لقاء" (before holding a meeting):
    a meeting noun after "عقد"."""
    holding = ago.get("holding", {})
    objects = _alt(fold_term(w) for w in holding.get("objects", []))
    definite = f"(?:\u0627\u0644\\w+|\\d|(?:{_alt(names)}){end})"
    out = "".join(rf"(?!(?<=\s{re.escape(fold_term(u))})\s+{definite})"
                  for u in [*ago.get("construct_units", []), *holding.get("units", [])])
    return out + "".join(rf"(?!(?<={re.escape(fold_term(u))})\s+(?:{objects}){end})"
                         for u in holding.get("units", [])) if objects else out


@dataclass(frozen=True)
class Calendar:
    months: dict[str, int]
    needs_context: frozenset[str]
    hijri: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int]]
    parts: dict[str, str]
    future_words: frozenset[str]
    past_words: frozenset[str]
    current_words: frozenset[str]
    year_words: frozenset[str]
    year_leads: frozenset[str]
    words: WordAutomaton  # every calendar word -> (key, kinds)
    glued: dict[str, str]  # "ينايرالماضي" -> "يناير": a modifier typed without its space
    re_dmy: re.Pattern
    re_my: re.Pattern
    re_num: re.Pattern
    re_hijri: re.Pattern
    re_part: re.Pattern
    re_ago: re.Pattern | None = None  # "قبل نحو ثلاثة أعوام" (about three years ago)
    ago_counts: dict[str, int] | None = None
    ago_units: dict[str, tuple[str, str]] | None = None  # folded unit word -> (unit, one | two | many)
    event_heads: frozenset[str] = frozenset()  # "ثورة" in "ثورة 25 يناير": the date names an event
    today_before: frozenset[str] = frozenset()  # "الرئيس" in "التقى اليوم الرئيس": اليوم stays today
    ordinal_days: dict[str, int] | None = None  # "السابع" in "في السابع من فبراير": the 7th
    ordinal_leads: frozenset[str] = frozenset()  # "في", "يوم": the words a day ordinal follows
    month_leads: frozenset[str] = frozenset()  # "في" in "في مارس": a needs_context name is the month
    same_words: frozenset[str] = frozenset()  # "نفس" in "في نفس اليوم": the same day as another event, not today
    ago_leads: dict[str, frozenset[str] | None] | None = None  # "منذ" -> {day, week, month}: the units it counts back
    bare_day_parts: frozenset[str] = frozenset()  # "بعد الظهر": today, in a sentence naming no other day
    outlet_today: dict[str, frozenset[str]] | None = None  # "عين" in "عين اليوم": an outlet's name, no day


# Calendar words are found with one Aho-Corasick pass and numbers with one \d+ scan;
# the patterns below are then only tried, anchored, where a trigger sits (scanning the
# whole text with each pattern was ten times slower on the corpus).
SHAHR = "\u0634\u0647\u0631"  # شهر "month"
YAWM = "\u064a\u0648\u0645"  # يوم "day"
MIN = "\u0645\u0646"  # من "of"


@cache
def calendar_words() -> Calendar:
    data = get_lexicon().months
    months = {fold_term(n): int(m) for m, names in data["gregorian"].items() for n in names}
    hijri = {fold_term(n): int(m) for m, names in data["hijri"].items() for n in names}
    weekdays = {fold_term(n): int(d) for d, names in data["weekdays"].items() for n in names}
    relative = {fold_term(p): (r["unit"], int(r["offset"])) for r in data["relative"] for p in r["phrases"]}
    bare_parts = frozenset(fold_term(p) for p in data.get("bare_day_parts", []))
    relative |= {p: ("day", 0) for p in bare_parts}
    parts = {fold_term(w): part for part, words in data["month_parts"].items() for w in words}
    fw = frozenset(fold_term(w) for w in data["future_words"])
    pw = frozenset(fold_term(w) for w in data["past_words"])
    cw = frozenset(fold_term(w) for w in data["current_words"])
    year_words = frozenset(fold_term(w) for w in data["year_words"])
    year_leads = frozenset(fold_term(w) for w in data["year_leads"]) | frozenset(parts)

    ago = data.get("ago", {})
    leads = {fold_term(w): None for w in ago.get("leads", [])} | \
        {fold_term(w): frozenset(us) for w, us in ago.get("since_leads", {}).items()}  # lead -> its units (None: any)
    counts = {fold_term(w): int(n) for n, ws in ago.get("counts", {}).items() for w in ws}
    units = {fold_term(w): (unit, form) for unit, forms in ago.get("units", {}).items()
             for form, ws in forms.items() for w in ws}
    kinds: dict[str, set[str]] = {}
    for table, kind in ((months, "month"), (hijri, "hijri"), (weekdays, "weekday"),
                        (relative, "relative"), (parts, "part"), (leads, "ago")):
        for w in table:
            kinds.setdefault(w, set()).add(kind)
    # a month or weekday glued to its modifier ("17 ينايرالماضي", "الخميسالماضي"): read as if spaced
    glued = {w + mod: w for w in (*months, *weekdays) for mod in (*fw, *pw, *cw) if w + mod not in kinds}
    auto = WordAutomaton((w, (w, frozenset(ks))) for w, ks in [*kinds.items(), *((g, kinds[w]) for g, w in glued.items())])

    M = f"(?:{_alt(months)})"
    mods = _alt([*fw, *pw, *cw])
    E = rf"(?=(?:{mods})?(?!\w))"  # the word ends, or a glued modifier ends it
    YEAR_KW = "(?:\u0639\u0627\u0645|\u0627\u0644\u0639\u0627\u0645|\u0633\u0646\u0647|\u0644\u0639\u0627\u0645)"  # عام العام سنه لعام
    pair = rf"(?:\s*[/\\\-]\s*(?P<m2>{M})|\s*\(\s*(?P<m3>{M})\s*\))?"
    year = rf"(?:\s*[,\u060c]?\s*(?:{MIN}\s+)?(?:{YEAR_KW}\s+)?(?P<y>\d{{4}}))?"
    to = "(?:-|\u2013|\u0627\u0644\u064a|\u062d\u062a\u064a|\u0648)"  # - – الي حتي و
    re_dmy = re.compile(
        rf"(?P<d1>\d{{1,2}})(?:\s*{to}\s*(?P<d2>\d{{1,2}}))?\s*(?:{MIN}\s+)?(?:{SHAHR}\s+)?"
        rf"(?P<m1>{M}){pair}{year}{E}")
    re_my = re.compile(rf"(?P<m1>{M}){pair}{year}{E}")
    re_num = re.compile(
        r"(?<![\d/.\-])(?:(?P<y1>\d{4})[/.\-](?P<m1>\d{1,2})[/.\-](?P<d1>\d{1,2})"
        r"|(?P<d2>\d{1,2})[/.\-](?P<m2>\d{1,2})[/.\-](?P<y2>\d{4}))(?![\d/])")
    H = f"(?:{_alt(hijri)})"
    marker = _alt(fold_term(w) for w in data["hijri_markers"])
    re_hijri = re.compile(
        rf"(?:(?P<d>\d{{1,2}})\s+(?:{MIN}\s+)?)?(?:{SHAHR}\s+)?(?P<hm>{H})"
        rf"(?:\s+(?:{MIN}\s+)?(?:{YEAR_KW}\s+)?(?P<y>1[34]\d{{2}})(?:\s*(?:{marker})(?!\w))?)?{E}")
    re_ago = re.compile(
        rf"(?P<lead>{_alt(leads)})\s+(?:(?:{_alt(fold_term(w) for w in ago.get('hedges', []))})\s+)?"
        rf"(?:(?P<n>\d{{1,3}}|{_alt(counts)})\s+)?(?P<u>{_alt(units)}){E}"
        rf"(?!\s+(?:{_alt(fold_term(w) for w in ago.get('not_after', []))}){E})"
        + _holding_ahead(ago, E, [*months, *hijri])) if leads and units else None
    re_part = re.compile(rf"(?P<part>{_alt(parts)})\s+(?:\u0647\u0630\u0627\s+)?\u0627\u0644\u0634\u0647\u0631(?:\s+(?P<mod>{mods}))?(?!\w)")
    return Calendar(months, frozenset(fold_term(w) for w in data["needs_context"]), hijri, weekdays,
                     relative, parts, fw, pw, cw, year_words, year_leads, auto, glued,
                     re_dmy, re_my, re_num, re_hijri, re_part,
                     re_ago, counts, units,
                     frozenset(fold_term(w) for w in data.get("event_heads", [])),
                     frozenset(fold_term(w) for w in data.get("today_before", [])),
                     {fold_term(w): int(d) for d, ws in data.get("ordinal_days", {}).items() for w in ws},
                     frozenset(fold_term(w) for w in data.get("ordinal_leads", [])),
                     frozenset(fold_term(w) for w in data.get("month_leads", [])),
                     frozenset(fold_term(w) for w in data.get("same_words", [])), leads, bare_parts,
                     {k: frozenset(fold_term(w) for w in ws) for k, ws in data.get("outlet_today", {}).items()})


@cache
def count_words() -> frozenset[str]:
    """The counts of months.yaml's ago block, numbered and vague ("ثلاثة", "بضعة", "عدة"), folded."""
    ago = get_lexicon().months.get("ago", {})
    return frozenset(fold_term(w) for ws in ago.get("counts", {}).values() for w in ws) | \
        frozenset(fold_term(w) for w in ago.get("vague_counts", []))


@cache
def unit_words(*units: str) -> frozenset[str]:
    """The words of those time units ("month", "year" ...), every form, folded: unit_words("day") ->
    {"يوم", "يومين", "ايام", "يوما"}."""
    table = get_lexicon().months.get("ago", {}).get("units", {})
    return frozenset(fold_term(w) for u in units for ws in table.get(u, {}).values() for w in ws)


@cache
def hedge_words() -> frozenset[str]:
    """The words of the hedges before a count ("نحو", "ما يقرب من" -> "ما", "يقرب", "من"), folded."""
    return frozenset(fold_term(w) for h in get_lexicon().months.get("ago", {}).get("hedges", []) for w in h.split())


def this_week(surface: str) -> bool:
    """Date words of the current week ("هذا الأسبوع", "الأسبوع الجاري", this week): undated, still the
    article's own week, as "اليوم" is its day (tasks.extract.visits.timing.event_date)."""
    return _current(surface, "week")


def this_day(surface: str) -> bool:
    """Date words of the article's own day ("اليوم", today; "مساء اليوم", this evening; "هذا الصباح"):
    undated, they still name the day the article is written on, never a day ahead of it."""
    return day_offset(surface) == 0


def day_offset(surface: str) -> int | None:
    """The day the longest relative day phrase (months.yaml relative, bare_day_parts) the words hold names,
    counted from the article's own day: "اليوم الثلاثاء" 0, "مساء أمس" -1, "مساء أمس الأول" -2, "غدا" 1; None when
    they hold none."""
    folded = f" {fold_term(surface)} "
    found = [(len(phrase), offset) for phrase, (unit, offset) in calendar_words().relative.items()
             if unit == "day" and f" {phrase} " in folded]
    return max(found)[1] if found else None


def _current(surface: str, unit: str) -> bool:
    """The surface holds a relative phrase (months.yaml relative, bare_day_parts) of offset 0 in `unit`."""
    folded = f" {fold_term(surface)} "
    return any(u == unit and offset == 0 and f" {phrase} " in folded
               for phrase, (u, offset) in calendar_words().relative.items())


# ------------------------------------------------------------------ calendar arithmetic


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    """The day, or None for a day the month does not have (31 April)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


YEAR_NUMBER = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year in running text: "عام 2009", "2013م"; not part of a longer number


def plausible_year(y: int) -> bool:
    """A year news dates can hold (not a count or a phone number read as one)."""
    return 1900 <= y <= 2100


def shift_month(d: dt.date, offset: int) -> dt.date:
    """The first day of the month `offset` months from d's ("الشهر الماضي", last month: -1)."""
    k = d.year * 12 + (d.month - 1) + offset
    return dt.date(k // 12, k % 12 + 1, 1)


def prev_word_span(ft: str, s: int) -> tuple[int, str]:
    """The word before position s (skipping spaces) and where it starts."""
    i = s
    while i > 0 and ft[i - 1] == " ":
        i -= 1
    j = word_start(ft, i)
    return j, ft[j:i]


def outlet_name(cal: Calendar, ft: str, s: int) -> bool:
    """The "اليوم" at s of folded text ft ends an outlet's name (months.yaml outlet_today): "عين اليوم"; "المصري
    اليوم" or "روسيا اليوم" right after a quote mark or a medium's noun ("صحيفة المصري اليوم", "«روسيا اليوم»")."""
    words = cal.outlet_today or {}
    j, word = prev_word_span(ft, s)
    if word in words.get("always", ()):
        return True
    if word not in words.get("after_medium", ()):
        return False
    k = j
    while k > 0 and ft[k - 1] == " ":
        k -= 1
    return k > 0 and ft[k - 1] in QUOTE_MARKS or prev_word_span(ft, j)[1] in words.get("media", ())
