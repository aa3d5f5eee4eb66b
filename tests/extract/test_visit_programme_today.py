"""The second host of a visit's programme told in the present: on a trip begun today or yesterday, an undated
meeting with the visited country's other head ("وتتضمن الزيارة لقاءات مع ...", "ويلتقي ... كما يلتقي ...") is the
day's news, reported with the trip (tasks/extract/visits/second_meeting.py programme_today, read by
planned_on_trip); a programme for a later day, a sa- future, a plan cue or a trip begun days before stays planned.
Invented texts, the whole lexicon; the record is dated Wednesday 7 March 2018."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 3, 7)  # a Wednesday
MERKEL = ("Recep Tayyip Erdogan", "Angela Merkel")
STEINMEIER = ("Recep Tayyip Erdogan", "Frank-Walter Steinmeier")
ARRIVED = "وصل الرئيس التركي رجب طيب أردوغان اليوم الأربعاء إلى برلين في زيارة رسمية تستغرق يومين."


def kinds(pair, *sentences):
    rows = {(r["kind"], r["visitor"], r["host"]) for r in mention_rows("\n".join(sentences), DAY)}
    return sorted(k for k, v, h in rows if (v, h) == pair)


def test_a_programme_of_meetings_with_both_heads_reports_the_second_host():
    # "... The visit includes in particular meetings with the German chancellor Angela Merkel and the German
    # president Frank-Walter Steinmeier, and the foreign minister talks with him."
    programme = ("وتتضمن زيارة الرئيس التركي إلى ألمانيا بالخصوص لقاءات مع كل من المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير كما يتحادث معه وزير الخارجية الألماني.")
    assert kinds(STEINMEIER, ARRIVED, programme) == ["reported"]
    assert kinds(MERKEL, ARRIVED, programme) == ["reported"]


def test_a_present_meeting_on_a_trip_begun_yesterday_reports_the_second_host():
    # "The Turkish president arrived in Berlin yesterday, Tuesday, ... The visit includes meetings with ..."
    arrived = "وصل الرئيس التركي رجب طيب أردوغان أمس الثلاثاء إلى برلين في زيارة رسمية تستغرق يومين."
    programme = ("وتتضمن زيارة الرئيس التركي إلى ألمانيا لقاءات مع المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير.")
    assert kinds(STEINMEIER, arrived, programme) == ["reported"]


def test_a_programme_for_a_later_day_stays_planned():
    # "... The visit includes on Friday meetings with the German president Frank-Walter Steinmeier."
    programme = ("وتتضمن زيارة الرئيس التركي إلى ألمانيا يوم الجمعة لقاءات مع المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير.")
    assert "reported" not in kinds(STEINMEIER, ARRIVED, programme)


def test_a_programme_told_with_a_plan_cue_stays_planned():
    # "... It is expected that the visit includes tomorrow meetings with ..."
    programme = ("ومن المنتظر أن تتضمن زيارة الرئيس التركي إلى ألمانيا لقاءات مع المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير.")
    assert "reported" not in kinds(STEINMEIER, ARRIVED, programme)


def test_a_sa_future_programme_stays_planned():
    # "... and he will attend a dinner the German president Frank-Walter Steinmeier gives, with meetings with ..."
    programme = ("وستتضمن زيارة الرئيس التركي إلى ألمانيا لقاءات مع المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير.")
    assert "reported" not in kinds(STEINMEIER, ARRIVED, programme)


def test_a_programme_of_a_trip_begun_days_before_stays_planned():
    # "The Turkish president arrived in Berlin on Sunday ... The visit includes meetings with ..."
    arrived = "وصل الرئيس التركي رجب طيب أردوغان يوم الأحد 4 مارس إلى برلين في زيارة رسمية تستغرق أسبوعا."
    programme = ("وتتضمن زيارة الرئيس التركي إلى ألمانيا لقاءات مع المستشارة الألمانية أنغيلا ميركل "
                 "والرئيس الألماني فرانك فالتر شتاينماير.")
    assert "reported" not in kinds(STEINMEIER, arrived, programme)
