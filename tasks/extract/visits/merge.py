"""The merge: all trigger sentences about the same leader pair become one *reported*
row (the best evidence, the arrival..talks date range, the city, the visit type,
whether it was announced, who else took part); earlier or planned meetings become
*referenced* rows, deduplicated on (pair, date, city). Which way a pair's meeting went
(who travelled, who hosts) is visits.direction's.

Each row has a setting: ``visit`` (one leader is in the other's country),
``third_country`` (they meet in neither's country: Singapore, Helsinki) or
``summit_sideline`` ("على هامش قمة ...", on a summit's sidelines), the latter two
with no invented host: the two leaders in the order the text names them. A summit's
own name ("القمة العربية") is no bilateral meeting between the leaders at it."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from tasks.extract.visits.after_only import after_only
from tasks.extract.visits.ahead import another_trip
from tasks.extract.visits.anchored import anchored_only
from tasks.extract.visits.article import Article, Candidate, rank
from tasks.extract.visits.attributes import announced, participants, visit_type
from tasks.extract.visits.direction import direction
from tasks.extract.visits.eve import told_on_eve
from tasks.extract.visits.framed import frame_past_only
from tasks.extract.visits.headline import headline_visit
from tasks.extract.visits.lead_day import bearers_name, lead_day, sentence_day
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.making import cut_short, guest_on_visit
from tasks.extract.visits.open_reference import open_reference
from tasks.extract.visits.pair_scene import heading_scene, pair_scene
from tasks.extract.visits.dateline import dateline
from tasks.extract.visits.place import article_city
from tasks.extract.visits.roles import PRONOUN_VISITOR
from tasks.extract.visits.summits import Summits
from tasks.extract.visits.reciprocal import earlier_return_visit
from tasks.extract.visits.recalled import told_earlier
from tasks.extract.visits.aside import (STALE_DAYS, aside_only, dated_aside, dated_by_previous, digest_lead, lead_scene,
                                        previous_item, retold_after_dated, weekday_aside)
from tasks.extract.visits.prospects import continued_ahead, own_day, past_relative, yearless_plan
from tasks.extract.visits.timing import WEEK_BEFORE, WINDOW_BEFORE, outcome_subject, period_end, under_way
from tasks.extract.visits.return_leg import returned_after
from tasks.extract.visits.second_meeting import same_trip, trip_meetings_ahead
from tasks.extract.visits.sides_order import sides_order
from tasks.extract.visits.summit_news import at_summit_now, framed_place
from tasks.extract.visits.results import results_news
from tasks.extract.visits.triggers import trigger_spec
from tasks.extract.visits.undated_day import past_span_nearest
from tasks.extract.visits.vetoes import adjective_after, trigger_between
from ziyarat.arabic import fold_term


LEAD_SENTENCES = 6  # the visit an article is about is told in its first sentences


def merge(art: Article, cands: list[Candidate], summits: Summits | None = None) -> list[dict]:
    """One reported row per leader pair (the best evidence, the arrival..talks range);
    referenced rows deduplicated on (pair, date, city)."""
    summits = summits or Summits.of(art)
    reported: dict[frozenset, list[Candidate]] = defaultdict(list)
    for c in cands:
        if c.kind == "reported" and _background_visitor(art, c):
            c.kind = "referenced"
        if c.kind == "reported":
            reported[frozenset((pid(c.visitor), pid(c.host)))].append(c)
    _demote_unreported(art, cands, reported, summits)
    for group in reported.values():
        for c in earlier_return_visit(group):
            c.kind = "referenced"  # the other's trip days before: background to this one
            group.remove(c)
    rows: list[dict] = []
    directions: dict[frozenset, tuple[Any, Any]] = {}
    for pair, group in reported.items():
        visitor, host, guessed = direction(art, group)
        row = _reported_row(art, group, visitor, host, guessed, summits)
        directions[pair] = (row.pop("_visitor"), row.pop("_host"))
        rows.append(row)
    rows.extend(_referenced_rows(art, cands, rows, directions, summits))
    return _drop_shadowed(rows)


def setting_of(summits: Summits, sents: list[int], visitor: Any, host: Any,
               country: str | None) -> tuple[str, str | None]:
    """(setting, summit_id): ``visit`` when the meeting is in one leader's country
    (he hosts, on a summit's sidelines too), ``summit_sideline`` when the text puts
    it on the sidelines of a summit, ``third_country`` when it is in neither's."""
    sideline, sid = summits.sideline(sents)
    if country and country in (visitor.country, host.country):
        return "visit", sid
    if sideline:
        return "summit_sideline", sid
    if country:
        return "third_country", None
    return "visit", None


def _background_visitor(art: Article, c: Candidate) -> bool:
    """The traveller is named after a past-reference cue that follows the trigger: he is
    the earlier visit's, not this one's: "وتأتي ثاني زيارة لكاميرون للهند بعد أيام من جولة
    مماثلة قام بها الرئيس الفرنسي" (comes days after a similar tour by the French
    president). So is the other side when another visit or meeting word stands between the cue and
    him, with no comma: "وتأتي زيارة العمل التي تقوم بها ميركل بعد يومين من زيارة الدولة التي أجراها
    ماكرون لواشنطن" (Merkel's working visit comes two days after the state visit Macron made to Washington).
    A clause of what his own visit yielded is no such cue: "لعرض ما أسفرت عنه زيارته للعراق ومباحثاته مع نظيره"
    (to present what his visit to Iraq and his talks with his counterpart resulted in) is the news (timing.outcome_subject)."""
    v, host = c.visitor, c.host
    cues = [cue for cue in art.cues(c.sentence, "c:past_reference")
            if c.hit.end <= cue.start and outcome_subject(art, c.sentence, cue) is None and not guest_on_visit(art, c.sentence, cue)]
    return v.start >= 0 and any(cue.end <= v.start for cue in cues) or host.start >= 0 and any(
        cue.end <= host.start and trigger_between(art, c.sentence, cue.end, host.start)
        and not any(p in art.text[cue.end:host.start] for p in "،,") for cue in cues)


def _demote_unreported(art: Article, cands: list[Candidate], reported: dict[frozenset, list[Candidate]],
                       summits: Summits) -> None:
    """Turn to *referenced* (and drop from ``reported``) the pairs whose visit is only
    planned or only background."""
    # a day after publication plans the pair's visit, reported reading or not: "حين يصل أوباما
    # إلى إسرائيل الأربعاء" (when Obama arrives on Wednesday) in a Monday article
    # (not a further one: "سيقوم بزيارات أخرى إلى مصر", will make other visits to Egypt, plans no visit under way)
    planned = {frozenset((pid(c.visitor), pid(c.host))) for c in cands if not another_trip(art, c.hit) and (
               (c.kind == "referenced" and c.future) or _dated_ahead(art, c)
               or yearless_plan(art, c))}
    # a dated earlier trip the other way is another visit: Putin's June trip to China does not
    # make Xi's visit to Moscow retold ("بدأ شي ... زيارة روسيا ... تلبية لدعوة بوتين الذي توجه
    # إلى الصين في يونيو"); a meeting with no traveller counts both ways, and so does a bare
    # "الزيارة" (the visit, definite: it points back) with no verb, whose traveller is only guessed: "أثبتت زيارة الدولة
    # التي قام بها ماكرون إلى واشنطن من 24 إلى 26 أبريل ... عانق ترامب ... من الزيارة" is that visit
    # and so does an undated one told days ago or lately ("خلال مباحثاته مع ... منذ أيام"): recalled.told_earlier
    gone = [c for c in cands if _dated_earlier(art, c) or told_earlier(art, c)]
    earlier = {(pid(c.visitor), pid(c.host)) for c in gone}
    earlier |= {(h, v) for c in gone if trigger_spec(c.hit.group)["role"] == "meet" for v, h in [(pid(c.visitor), pid(c.host))]}
    untold: dict[frozenset, list[Candidate]] = {}
    ahead: dict[frozenset, list[Candidate]] = {}
    for pair in list(reported):
        group = reported[pair]
        if _days_ahead(art, group) or told_on_eve(art, group):
            ahead[pair] = reported.pop(pair)  # a meeting of the days ahead: planned, unless on a trip under way
        elif (_only_planned(art, group, pair in planned or continued_ahead(art, group)) or aside_only(art, group)
                or anchored_only(art, group) or after_only(art, group)
                or dated_aside(art, group) or weekday_aside(art, group) or retold_after_dated(art, group, cands)
                or (any((pid(c.visitor), pid(c.host)) in earlier or (_definite(c) and (pid(c.host), pid(c.visitor)) in earlier)
                        for c in group) and _only_retold(art, group))):
            for c in group:
                c.kind = "referenced"
            del reported[pair]
        elif not _told_as_news(art, group):
            untold[pair] = reported.pop(pair)
    # a second meeting of a traveller told as news, on the same trip, is news too (second_meeting.same_trip), and so
    # is a meeting held at the summit under way the article tells (summit_news.at_summit_now)
    news = list(reported.values())
    trip_meetings_ahead(cands, reported, ahead, news, art)
    for pair, group in untold.items():
        if same_trip(art, group, news, summits) is not None or at_summit_now(art, group, summits):
            reported[pair] = group
        else:
            for c in group:
                c.kind = "referenced"


def _definite(c: Candidate) -> bool:
    """The trigger is a definite noun ("الزيارة", the visit): one told before."""
    return fold_term(c.hit.term).startswith("\u0627\u0644")  # ال


def _dated_ahead(art: Article, c: Candidate) -> bool:
    """Dated after publication, unless a past verb tells the day right after it by a relative day: "استقبل
    ... اليوم الثلاثاء" (received today, Tuesday) in a record dated Monday is the text's today, a day ahead of its date."""
    return bool(art.published and c.date is not None and c.date > art.published and not (
        c.past and c.date == art.published + dt.timedelta(days=1)
        and any(d.kind == "relative" and d.date == c.date for d in art.dates.get(c.sentence, []))))


def _days_ahead(art: Article, group: list[Candidate]) -> bool:
    """Every reading of the pair is dated after publication by a day of its own or a future verb
    (the first of `_only_planned`'s two ways)."""
    return bool(art.published) and all(_dated_ahead(art, c) and (c.future or c.precision == "day") for c in group)


def _only_planned(art: Article, group: list[Candidate], plan_told: bool) -> bool:
    """Dated only after publication ("يزور أوباما غدا كينيا", "الزيارة التي سيقوم بها
    يوم غد", the visit he will make tomorrow), or echoing a plan told in the body with
    no past verb: a headline's present ("خادم الحرمين يزور أمريكا في الخريف", visits
    America in the autumn) or a bare "الزيارة" after "من المتوقع أن يزور" (is expected
    to visit) is that plan, not a visit under way; so is a bare "القمة" (the summit) whose day is
    the reporting verb's (prospects.own_day). "اللقاء الذي عقد" (the meeting that was held) is not."""
    if _days_ahead(art, group):
        return True
    return plan_told and not any(c.past or _dated_by_publication(art, c) and own_day(art, c) or under_way(art, c.hit)
                                 or past_relative(art, c.sentence, c.hit) for c in group)


def _dated_by_publication(art: Article, c: Candidate) -> bool:
    """Dated on or before publication: a day, or a week, month or year over by then; "هذا
    الشهر" (this month), still running, says neither held nor ahead ("وفي مؤتمر صحافي
    هذا الشهر، أسف أوباما للتدابير الأمنية خلال زيارته لكينيا", at a press conference this
    month Obama regretted the security measures during his visit to Kenya, still ahead); undated, a weekday or "أمس" by it told not ahead,
    or anywhere in its sentence, as a dated article dates it at any distance ("أعرب خلال قمتهما المفاجئة في المنطقة ...، السبت")."""
    if c.date is None or art.published is None:
        return c.date is None and art.published is None and (c.date_strong or not c.future and any(
            d.date is None and d.precision == "day" and d.kind in ("weekday", "relative") for d in art.dates.get(c.sentence, [])))
    if c.precision in ("week", "month", "year"):
        return (c.end_date or period_end(c.date, c.precision)) < art.published
    return c.date <= art.published


def _dated_earlier(art: Article, c: Candidate) -> bool:
    """A referenced meeting the text dates by its own day, week or month, days or weeks before publication,
    and does not call another, previous one ("الزيارة السابقة", the previous visit); undated, by a date word with
    no value that tells it behind the news (undated_day.past_span_nearest: "خلال قمة 12 يونيو", "الشهر الماضي")."""
    undated = art.published is None and c.date is None and not c.planned
    if c.kind != "referenced" or c.future or not undated and (not c.date_strong or c.precision not in ("day", "week", "month")):
        return False
    if not c.hit.group.startswith("t:"):
        return False  # "الأولى منذ مارس" (the first since March): that one is another meeting
    return (past_span_nearest(art, c.sentence, c.hit) if undated else _long_before(art, c)) \
        and not adjective_after(art, c.sentence, c.hit, "c:previous_after")


def _long_before(art: Article, c: Candidate) -> bool:
    """Dated well before publication: a day over a week gone (timing.visit_kind), a month over ("في يونيو" in July), a week days gone ("الأسبوع الماضي")."""
    if c.date is None or art.published is None:
        return False
    last = c.date + dt.timedelta(days=STALE_DAYS) if c.precision == "week" else c.end_date or period_end(c.date, c.precision)
    window = WEEK_BEFORE if c.precision == "day" else 0 if c.precision in ("month", "week") else WINDOW_BEFORE
    return last < art.published - dt.timedelta(days=window)


def _only_retold(art: Article, group: list[Candidate]) -> bool:
    """Every mention of the pair is a bare meeting noun (no verb; past the lead, a past act framing it is none:
    framed.frame_past_only), no day of its own, in an article that dates the pair's meeting weeks back: "وخلال القمة
    مع ترامب، أكد كيم" (during the summit with Trump, Kim affirmed) in a July article dating it in June. So is a ceremony
    the two witnessed (visits.ceremony), undated, after "وكان الشيخ Y قد قام يوم السابع من يناير الماضي بزيارة"."""
    return not any((((c.past and not frame_past_only(art, c)) or trigger_spec(c.hit.group).get("tense"))
                    and not trigger_spec(c.hit.group).get("ceremony")) or c.future or c.date_strong
                   or not c.hit.group.startswith("t:") or under_way(art, c.hit) for c in group)


def _told_as_news(art: Article, group: list[Candidate]) -> bool:
    """The visit the article is about is in its lead (or its scene is: aside.lead_scene), or dated, or told twice, or said
    to be under way ("حاليا", now, or by days that hold publication's) or cut short (making.cut_short), or just ended by a return home on the day of
    publication or the day before, or dated by the sentence before it (aside.dated_by_previous, a round-up's item), or
    the headline's visit (headline.headline_visit); a lone undated mention deep in the text is background.
    An undated article's weekday told in the past right by the trigger dates it too, with no value ("قال
    خلال مؤتمر صحفي مع أردوغان الثلاثاء"; timing.event_date); "يلتقي الثلاثاء" (meets on Tuesday) may be ahead;
    so does a day of this week dating another's act told after the meeting ("أفادت الوكالة الأربعاء أن ... بعد القمة")."""
    return (any(c.sentence <= LEAD_SENTENCES or c.date_strong or under_way(art, c.hit) or cut_short(art, c) for c in group) or len({c.sentence for c in group}) >= 2
            or any(c.city and _lead_meeting_at(art, c.city) for c in group) or lead_scene(art, group)
            or any(_fresh_return(art, c) or _spans_publication(art, c) for c in group) or digest_lead(art)
            or dated_by_previous(art, group) or headline_visit(art, group))


def _spans_publication(art: Article, c: Candidate) -> bool:
    """The visit's stated days hold the publication day: "يؤدي ... زيارة دولة الى ايطاليا ...
    تتواصل على مدى يومين (8 و9 فيفري)" (is on a state visit, two days, 8 and 9 February) in an
    article of the 8th is under way, however deep in the text it is told."""
    pub = art.published
    return pub is not None and c.precision == "day" and c.date is not None and c.end_date is not None \
        and c.date <= pub <= c.end_date


def _fresh_return(art: Article, c: Candidate) -> bool:
    """The visit is told after a return home dated on publication day or the day before: "وكان
    مرسي قد عاد إلى القاهرة صباح اليوم بعد زيارة قصيرة لألمانيا" (Morsi had come back to Cairo
    this morning after a short visit to Germany) ends the visit as the news is written."""
    pub = art.published
    return pub is not None and returned_after(art, c.hit) and any(
        d.precision == "day" and d.date is not None and 0 <= (pub - d.date).days <= 1 for d in art.dates.get(c.sentence, []))


def _lead_meeting_at(art: Article, city: str) -> bool:
    """The lead names a meeting at that city, with no leader: "في الصحف كذلك: قمة
    هلسنكي" (also in the papers: the Helsinki summit) is the news that a later "قمة
    هلسنكي مع الرئيس بوتين" (the Helsinki summit with Putin) names the leaders of."""
    for j in range(min(LEAD_SENTENCES + 1, len(art.sentences))):
        meets = [t for t in art.by_sent.get(j, ()) if t.group.startswith("t:")
                 and trigger_spec(t.group)["role"] in ("meet", "visit")]
        if any(0 <= p.start - art.word_end(t.end) <= 2 and city in (p.name_en, p.city)
               for t in meets for p in art.places.get(j, [])):
            return True
    return False


TRIP_ROLES = ("visit", "arrive")  # the triggers that name the trip, not one meeting in it


TRIP_DAYS = 3  # how far before its talks a trip's own (weaker) date may start the range


def _best_and_dates(group: list[Candidate]) -> tuple[Candidate, Any, Any, str | None, str | None]:
    """(best candidate, date, end_date, precision, date evidence): the first strong
    day and the last within a week of it (arrival .. talks), else the best's date,
    else the first dated candidate's."""
    best = max(group, key=lambda c: (c.confidence + 0.2 * (c.precision == "day") + 0.1 * bool(c.city)
                                     + 0.1 * (c.directed > 0), -c.sentence))
    days = sorted({c.date for c in group if c.precision == "day" and c.date is not None and c.date_strong})
    if not days:
        days = sorted({c.date for c in group if c.precision == "day" and c.date is not None})[:1]
    else:
        # the trip itself dated a few days before its talks is where the range starts:
        # "زيارة كيم إلى بكين التي امتدت يومين وبدأت الثلاثاء" (began on Tuesday)
        days = sorted(set(days) | {c.date for c in group if c.precision == "day" and c.date is not None
                                   and trigger_spec(c.hit.group)["role"] in TRIP_ROLES
                                   and 0 < (days[0] - c.date).days <= TRIP_DAYS})
    date, end_date, precision, date_ev = best.date, best.end_date, best.precision, best.date_evidence
    if days:
        first = days[0]
        last = max(d for d in days if (d - first).days <= 7)
        date, precision = first, "day"
        date_ev = next(c.date_evidence for c in group if c.date == first and c.precision == "day")
        best = max((c for c in group if c.date == first), key=rank) if best.date != first else best
        end_date = last if last != first else next(
            (c.end_date for c in group if c.date == first and c.end_date), None)
    elif date is None:
        dated = [c for c in group if c.date is not None]
        if dated:
            d = dated[0]
            date, end_date, precision, date_ev = d.date, d.end_date, d.precision, d.date_evidence
    return best, date, end_date, precision, date_ev


def _reported_row(art: Article, group: list[Candidate], visitor: Any, host: Any, guessed: bool,
                  summits: Summits) -> dict:
    """The one reported row of a leader pair: the city from the whole article, the
    host from the city when no verb says who travelled, the setting."""
    best, date, end_date, precision, date_ev = _best_and_dates(group)
    # a meeting dated by its week ("خلال قمتهما ... هذا الأسبوع") is not on the lead's
    # statement day ("أعلن مسؤول، الثلاثاء، ..."): it keeps no day; nor one told only as before another's dated act (afterward),
    # nor one whose results the lead reviews ("استعرض المجلس اليوم نتائج الزيارة": the review's day, results.py)
    if precision not in ("day", "week") and not all(c.date is None and c.date_strong for c in group) \
            and not all(results_news(art, c.sentence, c.hit) for c in group) \
            and (lead := lead_day(art, visitor, host, date, precision, [c.hit for c in group])) is not None:
        (date, end_date, date_ev), precision = lead, "day"
    # a round-up's item: its day and scene, not an envoy's namesake's ("المبعوث السوري رامي الأسد توجه الثلاثاء"), nor
    # those of another meeting the item tells ("وتلتقي ميركل اليوم الرئيس اللبناني": today's is that meeting's)
    item = previous_item(art, group, lambda m: not bearers_name(art, m)) if date is None else None
    item = None if item is None or item[0] is None or any(t.group.startswith("t:") for t in art.by_sent.get(item[0], ())) \
        else item
    if item is not None and (day := sentence_day(art, item[0], date, precision)) is not None:
        (date, date_ev), precision = (day.date, day.surface), "day"
    sents = sorted({c.sentence for c in group})
    city, country = article_city(art, sents, (visitor, host), frozenset(c.hit.start for c in group))
    # the best mention says which of the two countries the trip went to: a city the article
    # gives in another country is another trip's, "بعد زيارة إلى واشنطن، يصل بخاري اليوم إلى
    # الكاميرون" (after a visit to Washington, Buhari arrives in Cameroon today)
    went = best.country if best.city is None and best.country in (visitor.country, host.country) \
        else side_told(group, visitor, host, country)
    if went is not None and city is not None and country != went:
        city, country = None, None
    if city is None:
        other = next((c for c in group if c.city and (went is None or c.country == went)), None)
        own = best.city is not None and went in (None, best.country)
        city = best.city if own else (other.city if other else None)
        country = best.country if own else (other.country if other else went or best.country)
    if city is None and item is not None and item[1] is not None:
        city, country = item[1].name_en, item[1].country
    if city is None and (scene := heading_scene(art, sents, country or host.country))[0]:
        city, country = scene  # a round-up item's heading: "وفى أنقرة.. يصل ..."
    if city is None and summits.sideline(sents)[0] and summits.place_of(summits.sideline(sents)[1])[0]:
        # "على هامش القمة" with no city of its own: where the summit is, before the dateline (the newsroom's)
        city, country = summits.place_of(summits.sideline(sents)[1])
    if city is None:
        city, dl_country = dateline(art, host, (visitor, host))
        country = country or dl_country
    if city is None and summits.sideline(sents)[0]:
        city, country = summits.place_of(summits.sideline(sents)[1])
        country = country or best.country
    if city is None and (place := framed_place(art, group, summits))[0]:
        city, country = place  # "في بداية القمة" (at the start of the summit): where the summit is
    if city is None and (place := summits.host_place({visitor.country, host.country}))[0]:
        city, country = place  # told with no place in the story of a summit in one side's country: there
    if city is None and country in (None, host.country):
        city, scene_country = pair_scene(art, visitor, host, date)  # where the pair's sentences with no visit word are
        country = country or scene_country
    stated = any(c.directed >= PRONOUN_VISITOR for c in group)  # a verb or "زيارته" says who travelled
    if country and country == visitor.country != host.country:
        if stated:  # the traveller's own country is no venue: "زيارته ... الاستثمار في دمشق"
            city, country = None, None
        else:
            visitor, host = host, visitor  # the leader whose country holds the city hosts
    setting, sid = setting_of(summits, sents, visitor, host, country)
    if date is None and setting == "summit_sideline" and (day := summits.day_of(sid)) is not None \
            and (art.published is None or day[0] <= art.published):
        (date, date_ev), precision = day, "day"  # a sideline meeting with no day of its own: the summit's, if past
    if setting != "visit":
        visitor, host = sides_order(art, group, visitor, host)
    else:
        country = country or host.country
    row = _row(art, "reported", visitor, host, best, city, country, date, end_date, precision,
               date_ev, visit_type(art, sents, visitor, host), announced(art, sents),
               participants(art, sents, visitor, host),
               min(1.0, best.confidence + 0.05 * (len(group) - 1)) * (0.7 if guessed else 1.0))
    return {**row, "setting": setting, "summit_id": sid, "planned": False, "_visitor": visitor, "_host": host}


def side_told(group: list[Candidate], visitor: Any, host: Any, country: str | None) -> str | None:
    """The one side's country the pair's own mentions put the meeting in, when the article's
    city is in a third country: a tour's other stop ("زيارة الرئيس مرسي لباكستان" beside
    "يلتقي رجال الأعمال الهنود في نيودلهي": Zardari met him in Pakistan, not New Delhi), or a
    place of another story ("اتفاق ... في درعا، ولقاء تاريخي بين رئيس الوزراء الإثيوبي والرئيس
    الإريتري" beside "بزيارة ... إلى العاصمة الإريتيرية أسمرة"). A third country no mention of the
    pair contradicts stays (Helsinki, Singapore, a summit's city)."""
    sides = {visitor.country, host.country} - {None}
    if country is None or country in sides:
        return None
    told = {c.country for c in group if c.kind == "reported" and c.country in sides}
    return told.pop() if len(told) == 1 else None


def _referenced_rows(art: Article, cands: list[Candidate], rows: list[dict],
                     directions: dict[frozenset, tuple[Any, Any]], summits: Summits) -> list[dict]:
    """Referenced rows that are not the reported visit again, one per (pair, date,
    city), oriented like the pair's reported row unless their own direction is stated."""
    out: list[dict] = []
    seen: set[tuple] = set()
    for c in cands:
        if c.kind != "referenced":
            continue
        if _same_visit(c, rows, art.published):
            continue
        visitor, host = c.visitor, c.host
        pair = frozenset((pid(visitor), pid(host)))
        if pair in directions and c.directed < 1.5:
            visitor, host = directions[pair]
        key = (pair, c.date, c.city)
        if key in seen:
            continue
        # a fuller row for the same date wins over a bare "since" one
        seen.add(key)
        country = c.country or (host.country if c.city else None)
        setting, sid = setting_of(summits, [c.sentence], visitor, host, country)
        planned = bool(c.future or (art.published and c.date is not None and c.date > art.published))
        out.append({**_row(art, "referenced", visitor, host, c, c.city, country, c.date, c.end_date, c.precision,
                           c.date_evidence, None, None, [], c.confidence * 0.9),
                    "setting": setting, "summit_id": sid, "planned": planned,
                    "open_reference": open_reference(art, c, planned)})
    return out


def _same_visit(c: Candidate, rows: list[dict], pub: dt.date | None = None) -> bool:
    """An undated (or same-week) mention of the visit being reported is that visit, not
    an earlier or later one: "سيلتقي خلال زيارته مع الرئيس السيسي" (will meet Sisi
    during his visit), "بعد انتهاء زيارته إلى الصين" (after his visit to China ends); so is
    one of the week before publication when the reported row has no day ("عقب زيارة نتانياهو
    لموسكو هذا الأسبوع", after Netanyahu's visit to Moscow this week)."""
    vname = c.visitor.name_en or c.visitor.surface
    hname = c.host.name_en or c.host.surface
    for r in rows:
        if r["kind"] != "reported":
            continue
        same_pair = {r["visitor"], r["host"]} == {vname, hname}
        same_trip = r["visitor"] == vname and r["country"] and r["country"] in (c.country, c.host.country)
        if not (same_pair or same_trip):
            continue
        if c.date is None or (r["date"] is not None and abs((c.date - r["date"]).days) <= 7):
            return True
        if r["date"] is None and pub is not None and not c.future and 0 <= (pub - c.date).days <= WEEK_BEFORE:
            return True
    return False


def _drop_shadowed(rows: list[dict]) -> list[dict]:
    """A referenced row with no city is dropped when another referenced row of the
    same pair and date has one; then a one-day row inside another's stated span (the
    talks "خلالها", during it, of a visit that lasted two days)."""
    pair = lambda r: frozenset((r["visitor"], r["host"]))  # noqa: E731
    full = {(pair(r), r["date"]) for r in rows if r["kind"] == "referenced" and r["city"]}
    rows = [r for r in rows if not (r["kind"] == "referenced" and not r["city"] and (pair(r), r["date"]) in full)]
    spans = [(pair(r), r["date"], r["end_date"]) for r in rows if r["kind"] == "referenced" and r["date"] and r["end_date"]]
    return [r for r in rows if not (r["kind"] == "referenced" and r["date"] and not r["end_date"]
                                    and any(p == pair(r) and s <= r["date"] <= e for p, s, e in spans))]


def _row(art, kind, visitor, host, c: Candidate, city, country, date, end_date, precision,
         date_ev, visit_type, announced, participants, confidence) -> dict:
    s, e = art.sentences[c.sentence]
    if precision == "week":  # seven days, none of them the meeting's: no date at all
        date = end_date = precision = date_ev = None
    if precision not in ("day", "month", "year"):
        precision = None if date is None else precision
    return {
        "kind": kind, "visitor": visitor.name_en or visitor.surface, "host": host.name_en or host.surface,
        "city": city, "country": country, "date": date, "end_date": end_date,
        "date_precision": precision if date is not None else None,
        "visit_type": visit_type, "announced": announced,
        "evidence": art.text[s:e], "evidence_start": s, "evidence_end": e,
        "participants": participants, "trigger": art.text[c.hit.start:c.hit.end],
        "date_evidence": date_ev, "confidence": round(confidence, 3),
        "planned": kind == "referenced" and (c.planned or c.future or bool(date and art.published and date > art.published)),
    }
