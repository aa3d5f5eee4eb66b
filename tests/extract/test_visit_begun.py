"""A meeting scheduled for publication's day by a frame of its own clause (tasks/extract/visits/begun.py,
scheduled_today): "من المقرر أن يلتقي ... اليوم" (is scheduled to meet ... today) is the day's meeting,
reported with publication's day, as "سيلتقي اليوم" (will meet today) is; a later day, no day, a past frame
("كان من المقرر", "كان من المفترض"), a meeting called off or hedged and "على أن" not opening its clause stay
planned; "من المفترض أن يلتقي ... اليوم" (is supposed to meet ... today) is the day's too, and so is an arrival or a visit
so scheduled ("من المقرر أن يصل ... اليوم", not "مساء اليوم"). Talks a sa- verb or a frame of schedule or expectation sets for the day, the day before or after the
meeting noun (talks_today: "سيعقد ... قمة مع ... بعد ظهر اليوم", "من المفترض أن يجري ... محادثات مع ... اليوم"), are
the day's too; tomorrow, another weekday, next month, "كان من المفترض" and a visit this evening stay planned.
A visit noun whose relative clause, its own or one joined to it by "و", begins it today ("الزيارة التي سيقوم بها ...
والتي ستبدأ اليوم", the visit he will make, which begins today: begins_today_relative) is begun; "غدا" (tomorrow),
"مساء اليوم" (this evening) and a clause of another meeting word stay planned. A visit whose eve a statement was
made on, its own day publication's ("عشية زيارته لبرلين اليوم": eve_of_today), and an arrival of the day with a plan
after "حيث" ("سيصل ... اليوم ...، حيث سيشارك": where_sequel_today) are the day's; tomorrow, another weekday, this
evening, no day, and a day told before the eve stay planned.
Undated (no publication day in the metadata), "اليوم" (today) is still the article's own day (days_back, on_the_day):
the same frames with "اليوم" are the day's meeting, with no date; "غدا", "مساء اليوم", a bare weekday (which day it is
cannot be known) and "ذلك اليوم" (that day) stay planned. A day of publication's told by a weekday and a date ("سيصل
... الجمعة 7 يونيو ...، حيث سيشارك") dates the arrival before "حيث" as "اليوم" does (own_day_between); undated, an
arrival told by a sa- verb with "اليوم" right by it is the day's (undated_day.own_day_nearest), a year in its
sentence being history or a span.
Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2019, 6, 7)
MEET = "ومن المقرر أن يلتقي الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل {day} على هامش القمة الأوروبية في بروكسل."


def rows(text, published=PUB):
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out["visit_mentions"])


@pytest.mark.parametrize("text", [
    MEET.format(day="اليوم"),
    MEET.format(day="بعد ظهر اليوم"),
    MEET.format(day="في وقت لاحق اليوم"),
    MEET.replace("ومن المقرر", "ومن المنتظر").format(day="اليوم الجمعة"),
    MEET.replace("ومن المقرر", "ومن المفترض").format(day="اليوم"),  # supposed to: an expectation frame
    # "is scheduled to hold talks today with": the frame's holding verb, the talks its object
    "ومن المقرر أن يعقد الرئيس الفرنسي إيمانويل ماكرون اليوم مباحثات مع المستشارة الألمانية أنغيلا ميركل في بروكسل.",
    # "they met at the opening session, and Macron is to meet Merkel this afternoon": "على أن" after a comma
    "وحضر الزعماء الجلسة الافتتاحية للقمة الأوروبية في بروكسل، على أن يلتقي الرئيس الفرنسي إيمانويل ماكرون "
    "المستشارة الألمانية أنغيلا ميركل بعد ظهر اليوم.",
])
def test_a_meeting_scheduled_today_is_the_days_meeting(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) in rows(text)


@pytest.mark.parametrize("text", [
    MEET.format(day="غدا"),  # tomorrow: ahead
    MEET.format(day="الأسبوع المقبل"),
    MEET.format(day=""),  # no day: a plan
    MEET.replace("ومن المقرر", "وكان من المقرر").format(day="اليوم"),  # was scheduled: often called off
    MEET.replace("ومن المقرر", "وكان من المفترض").format(day="اليوم"),  # was supposed to
    MEET.replace("ومن المقرر", "ومن المفترض").format(day="غدا"),  # supposed to, tomorrow
    MEET.format(day="اليوم").replace(" على هامش", "، لكن اللقاء ألغي في اللحظة الأخيرة على هامش"),  # called off
    # today, but the sentence tells tomorrow's act too: the clause's time is not the day's alone
    MEET.format(day="اليوم").replace(".", "، قبل أن يتوجه غدا إلى روما."),
    # "Macron insisted that he meet Merkel today": an insisting verb's "على أن", no schedule
    "وأصر الرئيس الفرنسي إيمانويل ماكرون على أن يلتقي المستشارة الألمانية أنغيلا ميركل اليوم في بروكسل.",
])
def test_a_meeting_scheduled_later_undated_or_called_off_stays_planned(text):
    assert [r[:2] for r in rows(text) if r[2:4] == ("Emmanuel Macron", "Angela Merkel")] == [("referenced", True)]


ARRIVE = "ومن المقرر أن يصل الرئيس الفرنسي إيمانويل ماكرون {day} إلى برلين للقاء المستشارة الألمانية أنغيلا ميركل."


@pytest.mark.parametrize("text", [
    # "is scheduled to arrive in Berlin today to meet Merkel": the day's arrival, as "يصل اليوم" is (session 41)
    ARRIVE.format(day="اليوم"),
    ARRIVE.replace("ومن المقرر", "ومن المتوقع").format(day="، الجمعة،"),  # expected, on publication's weekday
    ARRIVE.replace("ومن المقرر", "ومن المنتظر").format(day="اليوم الجمعة"),
    # "is expected to visit Germany today": a visit verb so scheduled
    "ومن المنتظر أن يزور الرئيس الفرنسي إيمانويل ماكرون ألمانيا اليوم للقاء المستشارة الألمانية أنغيلا ميركل.",
])
def test_an_arrival_scheduled_today_is_the_days_arrival(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) in rows(text)


@pytest.mark.parametrize("text", [
    ARRIVE.format(day="مساء اليوم"),  # this evening: a trip set off tonight may begin tomorrow
    ARRIVE.format(day="في الساعة الثامنة مساء الجمعة"),  # Friday evening in Friday's article: not there yet
    ARRIVE.replace("يصل", "يتوجه").format(day="اليوم"),  # is to head for Berlin today: setting out, not there yet
    ARRIVE.format(day="غدا"),
    ARRIVE.format(day="، السبت،"),  # the next Saturday
    ARRIVE.format(day=""),  # no day: a plan
    ARRIVE.replace("ومن المقرر", "وكان من المقرر").format(day="اليوم"),  # was scheduled
])
def test_an_arrival_scheduled_tonight_later_or_undated_stays_planned(text):
    assert [r[:2] for r in rows(text) if r[2:4] == ("Emmanuel Macron", "Angela Merkel")] == [("referenced", True)]


TALKS = "الرئيس الفرنسي إيمانويل ماكرون {noun} مع المستشارة الألمانية أنغيلا ميركل {day} في بروكسل لبحث ملف الهجرة."


@pytest.mark.parametrize("text", [
    # "will hold a summit with Merkel this afternoon": the day after the noun
    "سيعقد " + TALKS.format(noun="قمة", day="بعد ظهر اليوم"),
    # "is supposed to hold talks with Merkel today": an expectation frame, the talks a noun
    "ومن المفترض أن يجري " + TALKS.format(noun="محادثات", day="اليوم"),
    # "will hold this evening talks with": this evening's talks, the day before the noun
    "سيجري " + TALKS.format(noun="مساء اليوم محادثات", day=""),
    # "is expected to hold talks today, Friday" (Friday is publication's day)
    "ومن المتوقع أن يجري " + TALKS.format(noun="مباحثات", day="اليوم الجمعة"),
])
def test_talks_set_for_today_are_the_days_talks(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) in rows(text)


@pytest.mark.parametrize("text", [
    "سيعقد " + TALKS.format(noun="قمة", day="غدا"),  # tomorrow
    "سيعقد " + TALKS.format(noun="قمة", day="يوم الأحد"),  # Sunday, not publication's Friday
    "ومن المقرر أن يجري " + TALKS.format(noun="محادثات", day="الشهر المقبل"),  # next month
    "وكان من المفترض أن يجري " + TALKS.format(noun="محادثات", day="اليوم"),  # was supposed to: often called off
    "سيعقد " + TALKS.format(noun="قمة", day=""),  # no day: a plan
    # "will hold later today talks with Macron and May", no place told: often a call, left planned
    "سيجري الرئيس الأمريكي دونالد ترامب في وقت لاحق اليوم محادثات مع المستشارة الألمانية أنغيلا ميركل "
    "والرئيس الفرنسي إيمانويل ماكرون بشأن الرد.",
    # today's talks, but the sentence tells tomorrow's act too
    "سيعقد " + TALKS.format(noun="قمة", day="اليوم").replace(".", "، ثم يتوجه غدا إلى روما."),
])
def test_talks_set_for_another_day_or_undated_stay_planned(text):
    assert not [r for r in rows(text) if r[0] == "reported"]


def test_a_visit_begun_this_evening_stays_planned():
    # "will make this evening a visit to Germany": a trip, not talks; it may end tomorrow (today_between)
    text = "سيقوم الرئيس الفرنسي إيمانويل ماكرون مساء اليوم بزيارة إلى ألمانيا يلتقي خلالها المستشارة أنغيلا ميركل."
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) not in rows(text)


TRIP = "تناولت الصحف الألمانية الزيارة التي سيقوم بها الرئيس الفرنسي إيمانويل ماكرون إلى برلين {rel} {day}، ونشرت حوارا مع المستشارة أنغيلا ميركل."


@pytest.mark.parametrize("text", [
    TRIP.format(rel="والتي ستبدأ", day="اليوم"),  # which will begin today, joined to the sa- clause
    TRIP.format(rel="و التي تبدأ", day="صباح اليوم"),  # "و" apart, this morning
    TRIP.format(rel="والتي ستنطلق", day="اليوم الجمعة"),  # Friday, publication's day
])
def test_a_visit_whose_relative_clause_begins_it_today_is_begun(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", PUB) in rows(text)


@pytest.mark.parametrize("text", [
    TRIP.format(rel="والتي ستبدأ", day="غدا"),  # tomorrow
    TRIP.format(rel="والتي ستبدأ", day="يوم الأحد"),  # Sunday, not publication's Friday
    TRIP.format(rel="والتي ستبدأ", day="مساء اليوم"),  # this evening: may end tomorrow
    TRIP.format(rel="والتي ستستمر", day="اليوم"),  # will last: no verb of beginning
    # the clause is the summit's, another meeting word: "to attend the summit that begins today"
    TRIP.format(rel="لحضور القمة الأوروبية التي ستبدأ", day="اليوم"),
])
def test_a_visit_begun_another_day_or_by_another_clause_stays_planned(text):
    assert not [r for r in rows(text) if r[0] == "reported" and r[2:4] == ("Emmanuel Macron", "Angela Merkel")]


EVE = "وقال الرئيس الفرنسي إيمانويل ماكرون {said} في تصريح له عشية زيارته لبرلين {day} إن أوروبا تحتاج إلى الوحدة."


@pytest.mark.parametrize("text", [
    EVE.format(said="", day="اليوم"),  # "on the eve of his visit to Berlin today": the visit begins on the day
    EVE.format(said="", day="اليوم الجمعة"),  # Friday, publication's day
    EVE.format(said="", day="الجمعة 7 يونيو،"),  # its full date, publication's
])
def test_a_visit_whose_eve_was_yesterday_is_the_days_visit(text):
    assert rows(text) == [("reported", False, "Emmanuel Macron", "Angela Merkel", PUB)]


@pytest.mark.parametrize("text", [
    EVE.format(said="", day="غدا"),  # tomorrow
    EVE.format(said="", day="يوم الأحد"),  # Sunday, not publication's Friday
    EVE.format(said="", day=""),  # no day of its own
    EVE.format(said="اليوم", day=""),  # today is the statement's, before the eve
    EVE.format(said="", day="مساء اليوم"),  # this evening: a trip set off tonight
])
def test_a_visit_whose_eve_is_today_or_undated_stays_planned(text):
    assert [r[:2] for r in rows(text)] == [("referenced", True)]


WHERE = ("وذكرت صحيفة لوموند أن الرئيس الفرنسي إيمانويل ماكرون سيصل إلى برلين {day} في زيارة {what}، "
         "حيث سيشارك في أعمال المنتدى الاقتصادي{then}.")


@pytest.mark.parametrize("text", [
    # "will arrive in Berlin today on a visit, where he will take part in the forum": the arrival of the day
    WHERE.format(day="اليوم", what="رسمية", then=""),
    # a past year in the sentence is history, not the trip's day
    WHERE.format(day="اليوم الجمعة", what="هي الأولى منذ انتخابه عام 2017", then=""),
])
def test_an_arrival_today_with_a_plan_where_he_goes_is_the_days_arrival(text):
    assert rows(text) == [("reported", False, "Emmanuel Macron", "Angela Merkel", PUB)]


@pytest.mark.parametrize("text", [
    WHERE.format(day="اليوم", what="رسمية", then=" غدا"),  # the sentence tells tomorrow too
    WHERE.format(day="مساء اليوم", what="رسمية", then=""),  # this evening
    WHERE.format(day="", what="رسمية", then=""),  # no day
    WHERE.format(day="غدا", what="رسمية", then=""),  # tomorrow
])
def test_an_arrival_another_day_or_undated_with_a_plan_where_he_goes_stays_planned(text):
    assert [r[:2] for r in rows(text)] == [("referenced", True)]


@pytest.mark.parametrize("day", ["الجمعة 7 يونيو", "الجمعة", "يوم الجمعة 7 يونيو الجاري"])
def test_an_arrival_on_publications_weekday_and_date_with_a_plan_where_he_goes_is_the_days_arrival(day):
    # "will arrive in Berlin on Friday 7 June on a visit, where he will take part": the Friday paper's arrival
    assert rows(WHERE.format(day=day, what="رسمية", then="")) == [("reported", False, "Emmanuel Macron", "Angela Merkel", PUB)]


@pytest.mark.parametrize("day", ["الأحد 9 يونيو", "السبت", "الخميس 6 يونيو المقبل"])
def test_an_arrival_on_another_weekday_and_date_with_a_plan_where_he_goes_stays_planned(day):
    assert [r[:2] for r in rows(WHERE.format(day=day, what="رسمية", then=""))] == [("referenced", True)]


def undated_rows(text):
    return rows(text, None)


@pytest.mark.parametrize("text", [
    MEET.format(day="اليوم"),
    MEET.format(day="بعد ظهر اليوم"),
    MEET.replace("ومن المقرر", "ومن المنتظر").format(day="اليوم الجمعة"),  # the weekday "اليوم" names
    "سيعقد " + TALKS.format(noun="قمة", day="بعد ظهر اليوم"),
    "ومن المفترض أن يجري " + TALKS.format(noun="محادثات", day="اليوم"),
    TRIP.format(rel="والتي ستبدأ", day="اليوم"),
    EVE.format(said="", day="اليوم الجمعة"),
    WHERE.format(day="اليوم", what="رسمية", then=""),  # "will arrive in Berlin today ..., where he will take part"
    WHERE.format(day="اليوم", what="هي الأولى منذ انتخابه عام 2017", then=""),  # undated, a year is history
    "سيلتقي الرئيس الفرنسي إيمانويل ماكرون اليوم المستشارة الألمانية أنغيلا ميركل في برلين.",  # will meet today
])
def test_an_undated_articles_today_is_its_own_day(text):
    assert ("reported", False, "Emmanuel Macron", "Angela Merkel", None) in undated_rows(text)


@pytest.mark.parametrize("text", [
    MEET.format(day="غدا"),
    MEET.format(day="يوم الأحد"),  # undated, a bare weekday may be any day of the week
    MEET.replace("ومن المقرر", "وكان من المقرر").format(day="اليوم"),
    MEET.format(day="اليوم").replace(".", "، قبل أن يتوجه غدا إلى روما."),
    MEET.format(day="ذلك اليوم"),  # that day: one told before, not the article's
    "سيعقد " + TALKS.format(noun="قمة", day="اليوم").replace(".", "، ثم يتوجه غدا إلى روما."),
    TRIP.format(rel="والتي ستبدأ", day="مساء اليوم"),
    EVE.format(said="اليوم", day=""),
    WHERE.format(day="الجمعة", what="رسمية", then=""),  # a bare weekday
    WHERE.format(day="اليوم", what="رسمية", then=" غدا"),  # tomorrow told after "حيث"
    WHERE.format(day="اليوم", what="رسمية", then=" في يوليو"),  # a month may be the plan's
    "سيلتقي الرئيس الفرنسي إيمانويل ماكرون غدا المستشارة الألمانية أنغيلا ميركل في برلين.",  # tomorrow
    # "announced today that Macron will meet Merkel": today is the saying's
    "أعلن الإليزيه اليوم أن الرئيس الفرنسي إيمانويل ماكرون سيلتقي المستشارة الألمانية أنغيلا ميركل في برلين.",
])
def test_an_undated_articles_other_days_stay_planned(text):
    assert not [r for r in undated_rows(text) if r[0] == "reported" and r[2:4] == ("Emmanuel Macron", "Angela Merkel")]


def test_day_words_count_from_the_articles_own_day():
    from tasks.extract.calendar import day_offset, this_day
    assert [day_offset(w) for w in ("اليوم الجمعة", "مساء أمس", "مساء أمس الأول", "غدا", "هذا الأسبوع")] == [0, -1, -2, 1, None]
    assert this_day("هذا المساء") and not this_day("يوم غد")
