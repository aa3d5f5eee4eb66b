"""Relative past spans after a meeting word: an exact count after "منذ" (mundhu) is a date, as after "قبل"
("منذ يومين", two days ago: the day; "منذ أسبوع", a week ago: that week, as "الأسبوع الماضي"), the meeting's only
right after its clause (visits.since.own_ago); a vague one ("قبل أيام", "منذ أيام", days ago) is a past cue
(visits.recalled.told_ago) unless the lead tells that meeting as its news. "منذ" of a state ("المستمرة منذ
ثلاثة أيام", going on for three days), of a visit under way ("يزور ... منذ أسبوع", visiting for a week) or in
construct ("منذ أيام الحسن الثاني", since the days of Hassan II) dates no meeting. Texts invented, the whole lexicon."""
import datetime as dt

from tasks.extract.dates import find_dates
from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 6)  # a Saturday
PAIR = ("Emmanuel Macron", "Mohammed VI of Morocco")
IN_PASSING = "وانتقد النائب الرئيس الفرنسي ماكرون لتجاهله الملف خلال مباحثاته مع الملك محمد السادس {span}."


def rows(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"], r["date_precision"]) for r in mention_rows(text, DAY)]


def ago(text):
    return [(d.surface, d.date, d.precision, d.end_date) for d in find_dates(text, published=DAY) if d.kind == "ago"]


def test_an_exact_count_after_mundhu_is_a_date_as_precise_as_its_unit():
    assert ago("منذ يومين") == [("منذ يومين", dt.date(2019, 4, 4), "day", None)]
    assert ago("ومنذ ثلاثة أيام") == [("منذ ثلاثة أيام", dt.date(2019, 4, 3), "day", None)]
    assert ago("منذ أسبوع") == [("منذ أسبوع", dt.date(2019, 3, 30), "week", dt.date(2019, 4, 5))]
    assert ago("منذ شهر") == [("منذ شهر", dt.date(2019, 3, 1), "month", None)]
    # years after منذ tell how long: "للمرة الأولى منذ ثلاثة عقود" (the first time in three decades)
    assert ago("للمرة الأولى منذ ثلاثة عقود") == [] and ago("منذ عامين") == []


def test_a_unit_before_a_year_is_in_construct_no_count_ago():
    # "منذ عام 2011" / "قبل عام 2011" (since / before the year 2011): the year, not one year ago
    for text in ("منذ عام 2011", "قبل عام 2011"):
        assert [(d.date, d.kind) for d in find_dates(text, published=DAY)] == [(dt.date(2011, 1, 1), "absolute")]


def test_talks_days_ago_told_in_passing_are_an_earlier_meeting():
    for span in ("قبل أيام", "منذ أيام", "منذ بضعة أيام"):
        assert rows(IN_PASSING.format(span=span)) == [("referenced", *PAIR, None, None)]


def test_talks_a_week_ago_told_in_passing_are_an_earlier_meeting():
    assert rows(IN_PASSING.format(span="منذ أسبوع")) == [("referenced", *PAIR, None, None)]


def test_talks_two_days_ago_take_that_day():
    assert rows(IN_PASSING.format(span="منذ يومين")) == [("reported", *PAIR, dt.date(2019, 4, 4), "day")]


def test_a_visit_under_way_for_two_days_is_dated_by_its_first_day():
    text = "يزور الرئيس الفرنسي ماكرون المغرب منذ يومين حيث التقى الملك محمد السادس."
    assert rows(text) == [("reported", *PAIR, dt.date(2019, 4, 4), "day")]


def test_the_leads_own_meeting_days_ago_stays_the_news():
    text = "التقى الرئيس الفرنسي ماكرون منذ أيام الملك محمد السادس في الرباط لبحث ملف الهجرة."
    assert rows(text) == [("reported", *PAIR, None, None)]


def test_a_visit_under_way_for_a_week_stays_reported_with_no_day():
    text = "يزور الرئيس الفرنسي ماكرون المغرب منذ أسبوع حيث التقى الملك محمد السادس."
    assert rows(text) == [("reported", *PAIR, None, None)]


def test_a_states_span_after_mundhu_does_not_date_the_meeting():
    text = "التقى الرئيس الفرنسي ماكرون أمس الملك محمد السادس في الرباط لبحث الأزمة المستمرة منذ ثلاثة أيام."
    assert rows(text) == [("reported", *PAIR, dt.date(2019, 4, 5), "day")]


def test_the_days_of_someone_after_mundhu_are_no_days_ago():
    text = "التقى الرئيس الفرنسي ماكرون الملك محمد السادس في الرباط في أول زيارة منذ أيام الحسن الثاني."
    assert [r[0] for r in rows(text)] == ["reported"]


def test_a_guests_stay_in_a_relative_clause_does_not_date_the_reception():
    text = "استقبل الملك محمد السادس اليوم الرئيس الفرنسي ماكرون الذي يزور المغرب منذ يومين."
    assert rows(text) == [("reported", *PAIR, DAY, "day")]


def test_the_first_visit_in_months_is_not_dated_by_the_span():
    text = "وصل الرئيس الفرنسي ماكرون اليوم إلى الرباط في أول زيارة إلى المغرب منذ ثلاثة أشهر والتقى الملك محمد السادس."
    assert [(r[0], r[3]) for r in rows(text)] == [("reported", DAY)]



# A subtitle line (an undated bare noun), then the body telling the same talks days ago or lately:
# one earlier meeting, not the news (visits.merge._told_earlier)
SUBTITLE = "المحامي: ماكرون تجاهل الملف في مباحثاته مع الملك محمد السادس\n"
BODY = "اتهم المحامي الرئيس الفرنسي ماكرون بإهمال الملف خلال مباحثاته مع الملك محمد السادس {span}."


def test_a_subtitles_bare_talks_are_the_talks_the_body_tells_days_ago():
    for span in ("منذ أيام", "منذ عدة أسابيع"):
        assert rows(SUBTITLE + BODY.format(span=span)) == [("referenced", *PAIR, None, None)]


def test_a_subtitles_bare_talks_are_the_talks_the_body_tells_lately():
    assert rows(SUBTITLE + BODY.format(span="مؤخرا")) == [("referenced", *PAIR, None, None)]


def test_a_bare_subtitle_with_no_earlier_mention_stays_the_news():
    """Negative: with no span in the body the talks are the news (an undated row)."""
    assert rows(SUBTITLE + BODY.format(span="")) == [("reported", *PAIR, None, None)]


def test_a_meeting_told_by_a_verb_or_dated_today_stays_the_news_beside_one_days_ago():
    """Negatives: a lead's meeting verb, or talks dated today, are the news whatever the body retells."""
    met = "التقى الرئيس الفرنسي ماكرون الملك محمد السادس في الرباط لبحث ملف الهجرة.\n"
    assert rows(met + BODY.format(span="منذ أيام")) == [("reported", *PAIR, None, None)]
    today = "المحامي: ماكرون يبحث الملف في مباحثاته اليوم مع الملك محمد السادس\n"
    assert rows(today + BODY.format(span="منذ أيام")) == [("reported", *PAIR, DAY, "day")]


def test_days_ago_of_another_clause_past_the_visit_noun_retell_nothing():
    """Negative: "منذ عدة أيام" after a relative clause's verb ("الأحداث التي تشهدها فرنسا", the events France
    has seen for days) is the events' time, so the departure of the day stays the news."""
    text = ("غادر الرئيس الفرنسي ماكرون باريس صباح اليوم متوجها إلى الرباط في زيارة يلتقي خلالها الملك محمد السادس.\n"
            "وكان ماكرون قد اختصر زيارته للمغرب نظرا للأحداث التي تشهدها فرنسا منذ عدة أيام.")
    assert [r[0] for r in rows(text)] == ["reported"]


CONCLUDED_LEAD = "حذر الرئيس الفرنسي إيمانويل ماكرون من تصاعد التوتر في منطقة الساحل، بحسب ما نقلته الصحيفة المغربية اليوم السبت.\n"


def test_a_visit_concluded_days_before_told_past_a_lead_on_other_news_is_retold():
    # "(the lead: Macron warned of tension in the Sahel, the Moroccan paper reported today); it is recalled that
    # Macron concluded the day before yesterday a three-day visit to Morocco" / "the paper said Macron concluded
    # last Wednesday a visit": the visit is over and retold, though the lead names Morocco (the paper's country)
    for text in (CONCLUDED_LEAD + "يذكر أن ماكرون اختتم أمس الأول زيارة للمغرب استغرقت ثلاثة أيام.",
                 CONCLUDED_LEAD + "وقالت الصحيفة إن ماكرون اختتم يوم الأربعاء الماضي زيارة للمغرب استغرقت يومين."):
        assert [r[0] for r in rows(text) if r[1:3] == PAIR] == ["referenced"]


def test_a_visit_concluded_yesterday_or_in_the_lead_or_on_the_leads_trip_stays_the_news():
    for text in (
            # concluded yesterday: the news
            CONCLUDED_LEAD + "وقالت الصحيفة إن ماكرون اختتم أمس زيارة للمغرب استغرقت ثلاثة أيام.",
            # the lead itself tells the conclusion
            "اختتم الرئيس الفرنسي إيمانويل ماكرون أمس الأول زيارة للمغرب استغرقت ثلاثة أيام، بحسب الصحيفة المغربية.",
            # the lead tells the trip (its leader with a visit word): the note closes it
            "أجرى الرئيس الفرنسي إيمانويل ماكرون خلال زيارته للمغرب محادثات حول الطاقة، بحسب الصحيفة المغربية اليوم السبت.\n"
            "وقالت الصحيفة إن ماكرون اختتم أمس الأول زيارة للمغرب استغرقت ثلاثة أيام.",
            # an arrival two days ago, the visit still going: no concluding verb
            CONCLUDED_LEAD + "وقالت الصحيفة إن ماكرون وصل أمس الأول إلى المغرب في زيارة تستغرق ثلاثة أيام."):
        assert "reported" in [r[0] for r in rows(text) if r[1:3] == PAIR], text


# "(the lead) ... the most notable success of the French president during his visit to Morocco, which ended on
# {day}": the visit's relative clause says when it ended (visits.recalled._ended_relative)
ENDED = CONCLUDED_LEAD + "وتعد الاتفاقية النجاح الأبرز للرئيس الفرنسي ماكرون خلال زيارته إلى المغرب {rel} {day}."


def test_a_visit_whose_relative_says_it_ended_days_before_is_retold():
    for rel in ("والتي انتهت", "التي اختتمت"):
        assert [r[0] for r in rows(ENDED.format(rel=rel, day="يوم الخميس")) if r[1:3] == PAIR] == ["referenced"]


def test_a_visit_that_ended_yesterday_or_began_days_before_stays_the_news():
    # ended yesterday (Friday, in a Saturday's article): the news; "والتي بدأت" (which began) on Thursday: no end told
    for rel, day in (("والتي انتهت", "أمس الجمعة"), ("والتي بدأت", "يوم الخميس")):
        assert "reported" in [r[0] for r in rows(ENDED.format(rel=rel, day=day)) if r[1:3] == PAIR], (rel, day)


# The meeting word's own pronoun object between it and "منذ" ("خلال لقائه به منذ أسبوعين", during his meeting
# with him two weeks ago): the span still trails the meeting, its own time (visits.since.meeting_since)
PRAISED = "أشاد الملك محمد السادس بالرئيس الفرنسي ماكرون وبما أبداه خلال {talks} {span}."
PRAISED_PAIR = ("Mohammed VI of Morocco", "Emmanuel Macron")


def test_a_meeting_with_him_weeks_ago_told_in_passing_is_an_earlier_meeting():
    for talks, span in (("لقائه به", "منذ أسبوعين"), ("مباحثاته معه", "منذ أيام"), ("لقائه به", "منذ أكثر من أسبوع")):
        assert rows(PRAISED.format(talks=talks, span=span)) == [("referenced", *PRAISED_PAIR, None, None)]


def test_a_meeting_with_him_two_days_ago_takes_that_day():
    assert rows(PRAISED.format(talks="لقائه به", span="منذ يومين")) == \
        [("reported", *PRAISED_PAIR, dt.date(2019, 4, 4), "day")]


def test_a_meeting_with_him_and_no_span_stays_the_news():
    """Negative: the same sentence with no span after the pronoun."""
    assert rows(PRAISED.format(talks="لقائه به", span="").replace(" .", ".")) == \
        [("reported", *PRAISED_PAIR, None, None)]


def test_a_pronoun_in_a_clause_after_the_meeting_does_not_carry_its_span_to_it():
    """Negative: "الصداقة التي تجمعه به منذ أشهر" (the friendship binding him to him for months) and "أقام علاقات
    وثيقة معه منذ أشهر" (built close ties with him for months) are states; the reception keeps yesterday."""
    for tail in ("وأشاد بالصداقة التي تجمعه به منذ أشهر", "الذي أقام علاقات وثيقة معه منذ أشهر"):
        text = f"استقبل الملك محمد السادس أمس الرئيس الفرنسي ماكرون، {tail}."
        assert rows(text) == [("reported", *PAIR, dt.date(2019, 4, 5), "day")]
