"""When a reported meeting was: the day its own sentence gives, else the day of the
article's lead. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tasks.extract.dates import find_dates
from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows, reported_rows
from ziyarat.arabic import fold_with_map

PUB = dt.date(2019, 4, 3)  # a Wednesday


def run_dated(text, published=PUB):
    return run(text, published, dates=find_dates(text, fold_with_map(text), published))


def reported(rows):
    return [(r["visitor"], r["host"], r["date"], r["date_precision"]) for r in rows if r["kind"] == "reported"]


def test_an_undated_meeting_takes_the_day_of_the_lead_that_names_its_leaders():
    text = ("أكد أردوغان، الثلاثاء، أن العلاقات مع روسيا متينة. "
            "وقال أردوغان إنه بحث مع بوتين في موسكو ملف الطاقة وأمن الحدود.")
    assert reported(run_dated(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_year_in_a_later_clause_gives_way_to_the_lead_day():
    text = ("استقبل بوتين الأسد في سوتشي الثلاثاء. "
            "وقال بوتين إنه ناقش مع الأسد مشروعات ستنتهي مع نهاية العام الحالي.")
    [row] = reported(run_dated(text))
    assert row[2:] == (dt.date(2019, 4, 2), "day")


def test_the_day_of_a_return_home_does_not_date_the_talks():
    text = ("عاد السيسي إلى القاهرة الثلاثاء. "
            "وكان قد أجرى مباحثات مع بوتين في موسكو.")
    assert [r[2] for r in reported(run_dated(text))] in ([], [None])


def test_a_lead_day_outside_the_reporting_window_is_not_taken():
    text = ("أكد أردوغان في 2 يناير أن العلاقات مع روسيا متينة. "
            "وقال أردوغان إنه بحث مع بوتين في موسكو ملف الطاقة.")
    assert [r[2] for r in reported(run_dated(text))] == [None]


def test_a_trip_dated_a_day_before_its_talks_starts_the_range():
    """The talks are dated by their own sentence; the trip (a visit word) dated a day
    earlier, even far from its word, is when the visit began."""
    text = ("والتقى السيسي بوتين في موسكو الثلاثاء. "
            "وجاء اللقاء في اليوم الثاني من زيارة السيسي إلى روسيا التي امتدت يومين كاملين حافلين بالمباحثات والاتفاقات الاقتصادية وبدأت الاثنين.")
    rows = [r for r in run_dated(text) if r["kind"] == "reported"]
    assert [(r["visitor"], r["date"], r["end_date"]) for r in rows] == [
        ("Abdel Fattah el-Sisi", dt.date(2019, 4, 1), dt.date(2019, 4, 2))]


def test_a_return_after_a_visit_of_stated_days_dates_the_visit_before_it():
    """"Returned on Tuesday after his visit, which lasted two days": Monday..Tuesday."""
    text = ("عاد السيسي إلى القاهرة، مساء الثلاثاء، قادما من روسيا بعد ختام زيارته التي استغرقت يومين. "
            "وأجرى السيسي مباحثات مع بوتين تناولت التعاون.")
    rows = [r for r in run_dated(text) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["date"], r["end_date"]) for r in rows] == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 1), dt.date(2019, 4, 2))]


def test_a_meeting_of_this_week_does_not_take_the_lead_statement_day():
    """"An official announced on Tuesday that ... under the deal Erdogan and Putin made in
    their talks this week": the talks are somewhere in the week, not on Tuesday."""
    text = ("أعلن مسؤول تركي، الثلاثاء، أن أنقرة تسلمت المنظومة بموجب الاتفاق الذي أبرمه "
            "أردوغان وبوتين خلال محادثاتهما في موسكو هذا الأسبوع.")
    assert reported(run_dated(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_meeting_of_last_week_is_an_earlier_one_with_no_date():
    """"Under the deal they made in their talks last week": the talks are behind the news
    (referenced, like "last July" in an August article), and last week is no day."""
    text = ("أعلن مسؤول تركي، الثلاثاء، أن أنقرة تسلمت المنظومة بموجب الاتفاق الذي أبرمه "
            "أردوغان وبوتين خلال محادثاتهما في موسكو الأسبوع الماضي.")
    rows = run_dated(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["date"], r["date_precision"], r["planned"]) for r in rows] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", None, None, False)]


def test_a_meeting_of_next_week_is_planned():
    text = "يلتقي أردوغان بوتين في موسكو الأسبوع المقبل."
    rows = run_dated(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["date"], r["planned"]) for r in rows] == [("Recep Tayyip Erdogan", None, True)]


def test_a_meeting_during_the_trip_told_before_it_takes_the_trips_date():
    """"زار أردوغان موسكو في مارس الماضي والتقى خلالها بوتين" (visited Moscow last March and
    met Putin during it): the meeting is March's, an earlier one, not today's news."""
    rows = run_dated("زار أردوغان موسكو في فبراير الماضي، والتقى خلالها بوتين.")
    assert reported(rows) == []
    assert {(r["visitor"], r["host"], r["date"]) for r in rows} == {
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 2, 1))}


def test_a_future_verb_of_the_previous_sentence_does_not_make_a_weekday_next():
    # "Putin said he will attend. At a joint press conference with Sisi on Wednesday Putin spoke":
    # "سيحضر" (will attend) is the previous sentence's; Wednesday is the one before (Tue 14 March)
    [v] = run("وقال بوتين إنه سيحضر. وفي مؤتمر صحفي مشترك مع السيسي يوم الأربعاء تحدث بوتين عن العلاقات.")
    assert (v["kind"], v["date"]) == ("reported", dt.date(2023, 3, 8))


def test_a_year_in_a_since_clause_is_not_the_visits():
    """"the first presidential visit since relations began between the two countries in
    1957": 1957 dates the relations, not the arrival (which stays news, undated)."""
    text = "وصل بوتين إلى دمشق في أول زيارة رئاسية منذ بدأت العلاقات الدبلوماسية بين البلدين عام 1957."
    rows = run_dated(text)
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows] == [
        ("reported", "Vladimir Putin", "Bashar al-Assad", None)]


def test_dawn_tomorrow_dates_a_departure_ahead():
    # "فجر الغد" (fajr al-ghad, at dawn tomorrow): the trip and the talks during it lie ahead
    text = "يغادر بوتين فجر الغد متوجها إلى القاهرة في زيارة رسمية لمصر يجري خلالها محادثات مع السيسي."
    rows = run_dated(text)
    assert rows and reported(rows) == []
    assert {(r["date"], r["planned"]) for r in rows} == {(dt.date(2019, 4, 4), True)}


def test_a_meeting_during_a_scheduled_trip_is_planned_whatever_the_departure_day():
    # "من المقرر أن يغادر ... مساء اليوم ... في زيارة ... يلتقي خلالها" (is scheduled to leave
    # this evening on a visit during which he meets): the day is the departure's, the meeting ahead
    text = ("ومن المقرر أن يغادر الرئيس بوتين العاصمة القاهرة مساء اليوم، "
            "متجها إلى دمشق في زيارة رسمية تستغرق يومين، يلتقي خلالها الرئيس السوري بشار الأسد.")
    rows = run_dated(text)
    assert ("Vladimir Putin", "Bashar al-Assad") in {(r["visitor"], r["host"]) for r in rows}
    assert [r for r in reported(rows) if r[1] == "Bashar al-Assad"] == []
    # ... and so is a meeting coordinated after it: "كما يجري مباحثات" (and he also holds talks)
    rows = run_dated(text[:-1] + "، كما يجري مباحثات مع رئيس الوزراء السوري.")
    assert rows and reported(rows) == []


def test_a_meeting_day_more_than_a_week_gone_is_recalled():
    """"التقى أردوغان بوتين في موسكو يوم 20 مارس" (met on 20 March) in a story of 3 April: two
    weeks gone, an earlier meeting the news recalls, like "الأسبوع الماضي" (last week); five
    days gone it is still the news."""
    old = run_dated("وأشار المتحدث إلى أن أردوغان التقى بوتين في موسكو يوم 20 مارس.")
    assert reported(old) == [] and [r["kind"] for r in old] == ["referenced"]
    assert reported(run_dated("وأشار المتحدث إلى أن أردوغان التقى بوتين في موسكو يوم 27 مارس.")) == []  # a week
    assert reported(run_dated("وأشار المتحدث إلى أن أردوغان التقى بوتين في موسكو يوم 29 مارس.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 3, 29), "day")]


def test_a_day_inside_the_that_clause_dates_the_meeting_not_the_saying():
    # "أكد ... اليوم الأربعاء أن اجتماعا جرى أمس الثلاثاء" (said today, Wednesday, that a
    # meeting took place yesterday, Tuesday): Tuesday is the meeting's
    text = "أكد مصدر دبلوماسي اليوم الأربعاء أن اجتماعا جرى أمس الثلاثاء في موسكو بين بوتين وأردوغان."
    assert [(r[2], r[3]) for r in reported(run_dated(text))] == [(dt.date(2019, 4, 2), "day")]
    # ... and so is a month: "صرح الثلاثاء بأن نتانياهو اجتمع مع السيسي في مايو" (said on Tuesday
    # that Netanyahu met Sisi in May): May's meeting, recalled, not Tuesday's news
    text = ("صرح وزير المالية الإسرائيلي الثلاثاء بأن رئيس الوزراء بنيامين نتانياهو اجتمع مع الرئيس المصري "
            "عبد الفتاح السيسي في مايو/أيار لبحث وقف إطلاق النار.")
    assert [(r["kind"], r["date"], r["date_precision"]) for r in mention_rows(text, dt.date(2018, 8, 15))] == [
        ("referenced", dt.date(2018, 5, 1), "month")]


def test_a_date_in_a_relative_clause_about_another_noun_is_not_the_talks():
    # "خلال محادثاته مع سينج على تعزيز حجم التبادل التجاري، والذي بلغ خلال العام الماضي ..."
    # (during his talks with Singh on raising trade, which reached last year ...): last year
    # is the trade's; the talks are today's news, not a meeting of last year
    day = dt.date(2013, 3, 19)
    text = ("قال الرئيس محمد مرسي إنه أكد خلال محادثاته مع رئيس الوزراء الهندي مانموهان سينج على "
            "أهمية تعزيز حجم التبادل التجاري، والذي بلغ خلال العام الماضي 5 مليارات دولار.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("reported", None)]
    # a leader's own relative clause still dates his visit
    text = ("التقى الرئيس محمد مرسي رئيس الوزراء الهندي مانموهان سينج، الذي وصل أمس إلى القاهرة.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("reported", dt.date(2013, 3, 18))]


def test_the_day_a_newspaper_was_issued_does_not_date_the_talks_it_reports():
    """A press review: "the papers issued on Wednesday highlighted the talks"; the talks
    are undated (or yesterday's when the sentence says so), not the issue's day."""
    text = "أبرزت الصحف المصرية الصادرة الأربعاء مباحثات السيسي مع بوتين خلال زيارته إلى موسكو."
    assert [r[2] for r in reported(run_dated(text))] == [None]
    text = "علقت صحيفة إزفستيا الروسية الصادرة، اليوم الأربعاء، على زيارة السيسي لموسكو، أمس، ولقائه مع بوتين."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]


def test_the_day_an_interview_was_published_or_aired_does_not_date_the_talks_it_tells_of():
    """"in an interview given on the sidelines of his visit and published today": today is the
    interview's publication, the talks are undated; a day of their own still dates them."""
    day = dt.date(2019, 4, 4)
    for text in ("وقال أردوغان في حوار أدلى به على هامش زيارته لموسكو ولقائه بوتين ونشر اليوم، إن العلاقات متينة.",
                 "وقال أردوغان في مقابلة نشرت الثلاثاء إن لقاءه مع بوتين في موسكو كان مثمرا.",
                 "وقال أردوغان في مقابلة بثت الثلاثاء إن لقاءه مع بوتين في موسكو كان مثمرا."):
        assert reported(run_dated(text, day)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]
    text = "وقال أردوغان في مقابلة نشرت الثلاثاء إن لقاءه مع بوتين في موسكو أمس كان مثمرا."
    assert reported(run_dated(text, day)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 3), "day")]


def test_the_day_of_an_attribution_does_not_date_a_trip_ahead():
    """"Sisi will head to Russia within fifteen days, according to what the media reported
    today, Wednesday": today is the reporting, the trip is a plan."""
    text = "أفادت إذاعة روسية بأن الرئيس السيسي سيتوجه إلى روسيا في غضون خمسة عشر يومًا للقاء بوتين، وفقًا لما أوردته اليوم الأربعاء وسائل الإعلام."
    assert run_dated(text) and reported(run_dated(text)) == []


def test_a_visit_concluded_on_a_day_began_its_stated_days_before():
    """"اختتم ... أمس الأول زيارة ... استغرقت ثلاثة أيام" (concluded two days ago a visit that
    lasted three days): it ran from Sunday to Tuesday, the talks held during it are the same
    visit; without a conclusion the day is the arrival's."""
    text = ("وكان السيسي قد اختتم أمس الأول زيارة إلى موسكو استغرقت ثلاثة أيام، "
            "أجرى خلالها محادثات مع بوتين.")
    rows = run_dated(text, dt.date(2019, 4, 4))
    assert [(r["kind"], r["date"], r["end_date"]) for r in rows] == [
        ("reported", dt.date(2019, 3, 31), dt.date(2019, 4, 2))]
    text = "وصل السيسي أمس الأول إلى موسكو في زيارة تستغرق ثلاثة أيام، يجري خلالها محادثات مع بوتين."
    assert [(r["date"], r["end_date"]) for r in run_dated(text, dt.date(2019, 4, 4))] == [(dt.date(2019, 4, 2), None)]
    # an earlier one: one referenced row for the visit and the talks during it
    text = "وكان السيسي قد اختتم يوم 20 ديسمبر الماضي زيارة إلى موسكو استغرقت يومين أجرى خلالها محادثات مع بوتين."
    assert [(r["kind"], r["date"], r["end_date"]) for r in run_dated(text, dt.date(2019, 3, 10))] == [
        ("referenced", dt.date(2018, 12, 19), dt.date(2018, 12, 20))]


def test_a_span_row_a_fuller_row_shadows_does_not_shadow_that_row_in_turn():
    # the talks on Wednesday in Cairo, and the visit "يومي 6 و7 فبراير" told with no city: the
    # cityless span row gives way to the Cairo row of its first day, which stays
    text = ("يصل الرئيس الإيراني محمود أحمدي نجاد صباح الثلاثاء إلى القاهرة حيث من المنتظر أن يلتقي نظيره المصري "
            "محمد مرسي على هامش القمة الإسلامية المقررة الأربعاء بالعاصمة المصرية.\n"
            "وكان مصدر إيراني قد صرح الشهر الماضي بأن نجاد سيقوم بزيارة رسمية إلى مصر يومي 6 و7 فبراير الجاري.")
    rows = mention_rows(text, dt.date(2013, 2, 3))
    assert [(r["kind"], r["city"], r["date"]) for r in rows] == [
        ("referenced", "Cairo", dt.date(2013, 2, 5)), ("referenced", "Cairo", dt.date(2013, 2, 6))]


def test_the_day_after_an_as_announced_clause_dates_the_announcement():
    """"... كما أعلنت «وكالة الطاقة الدولية»، أمس الثلاثاء" (as the energy agency announced yesterday,
    Tuesday): the day is the announcement's, and the visit noun of that sentence is still the
    trip planned for next Tuesday, not one held yesterday."""
    text = ("يتوجه السيسي الثلاثاء المقبل إلى موسكو في زيارة رسمية لإجراء مباحثات مع بوتين. "
            "وتتزامن زيارة السيسي إلى روسيا مع ارتفاع أسعار النفط بنسبة كبيرة، "
            "كما أعلنت «وكالة الطاقة الدولية»، أمس الثلاثاء.")
    rows = run_dated(text)
    assert rows and reported(rows) == []
    assert {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def _full(text, published=None):
    """The whole extract step (real lexicon), undated unless `published` is given."""
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"], v["date_precision"]) for v in out["visit_mentions"]]


def test_a_year_right_after_another_event_does_not_date_the_meeting():
    # "في انتخابات عام 2016" (in the 2016 election), "الموقع مع إيران عام 2015" (signed with Iran in 2015)
    text = ("التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي، "
            "بعد اتهام روسيا بالتدخل في انتخابات عام 2016.")
    assert _full(text) == [("reported", "Donald Trump", "Vladimir Putin", None, None)]
    deal = ("التقى الرئيس الأمريكي دونالد ترامب نظيره الفرنسي إيمانويل ماكرون في البيت الأبيض وبحثا "
            "الاتفاق النووي الموقع مع إيران عام 2015.")
    assert _full(deal) == [("reported", "Emmanuel Macron", "Donald Trump", None, None)]
    # a month of the meeting's own stays its date, after "بحلول" (by) too
    own = "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين لبحث الحرب في سوريا في تموز 2018."
    assert _full(own) == [("reported", "Donald Trump", "Vladimir Putin", dt.date(2018, 7, 1), "month")]
    by = "وأعلن البيت الأبيض عن قمة مرتقبة بين الرئيس الأمريكي دونالد ترامب والرئيس الروسي فلاديمير بوتين بحلول تموز 2018."
    assert [r[3:] for r in _full(by, dt.date(2018, 6, 1))] == [(dt.date(2018, 7, 1), "month")]


def test_a_year_after_another_event_and_its_adjective_does_not_date_the_meeting():
    # "في الانتخابات الرئاسية عام 2016" (in the presidential election of 2016): the event's head noun
    # is before its nisba adjective; a bare adjective before a year is no event
    text = ("التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي، "
            "بعد اتهام روسيا بالتدخل في الانتخابات الرئاسية عام 2016.")
    assert _full(text) == [("reported", "Donald Trump", "Vladimir Putin", None, None)]
    own = "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في القمة الثنائية في تموز 2018."
    assert [r[3:] for r in _full(own)] == [(dt.date(2018, 7, 1), "month")]


def test_an_undated_articles_weekday_nearest_the_meeting_is_its_unknown_date():
    # undated, "الثلاثاء" (Tuesday) has no value but is the meeting's day: the year of the
    # agreement further on is not; dated, Tuesday resolves
    text = ("التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو العاهل الأردني الملك عبد الله الثاني الثلاثاء في عمان "
            "وأكدا التمسك بحدود عام 1967.")
    assert _full(text) == [("reported", "Benjamin Netanyahu", "Abdullah II of Jordan", None, None)]
    assert _full(text, dt.date(2018, 6, 20)) == \
        [("reported", "Benjamin Netanyahu", "Abdullah II of Jordan", dt.date(2018, 6, 19), "day")]


def test_an_undated_meeting_last_week_or_last_april_is_behind_the_news():
    # "الأسبوع الماضي" (last week), "في أبريل الماضي" (last April) have no value undated, but say
    # the meeting is an earlier one, as they do in a dated article
    week = ("وفاجأ الرئيس الأمريكي دونالد ترامب المسؤولين عندما تعهد بوقف المناورات بعد لقائه "
            "زعيم كوريا الشمالية كيم جونغ أون في سنغافورة الأسبوع الماضي.")
    assert [r[0] for r in _full(week)] == ["referenced"]
    april = "وجرى ذلك خلال قمة جمعت الزعيم الكوري الشمالي كيم جونغ أون برئيس كوريا الجنوبية مون جيه إن في أبريل الماضي."
    assert [r[0] for r in _full(april)] == ["referenced"]
    # a since-clause's month dates the office, not the visit: "منذ توليه منصبه في مارس الماضي"
    since = ("استقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء الإثيوبي أبي أحمد في القاهرة، في أول زيارة "
             "لمصر منذ توليه منصبه في مارس الماضي.")
    assert [r[:3] for r in _full(since)] == [("reported", "Abiy Ahmed", "Abdel Fattah el-Sisi")]
    assert [r[0] for r in _full("والتقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي أمس الاثنين.")] \
        == ["reported"]


def test_an_undated_meeting_dated_by_a_month_alone_is_behind_the_news():
    # dated, a meeting told by its month alone is an earlier one (or a plan), never the
    # day's news; undated the month has no value but says as much
    text = ("تواصل الصين وكوريا الجنوبية الضغط على بيونغ يانغ. وجاء الاتفاق خلال قمة الرئيس الأمريكي دونالد ترامب "
            "والزعيم الكوري الشمالي كيم جونغ أون في سنغافورة في يونيو.")
    assert [r[:3] for r in _full(text)] == [("referenced", "Donald Trump", "Kim Jong-un")]
    assert [r[:3] for r in _full(text.replace(" في يونيو", " الثلاثاء"))] == [("reported", "Donald Trump", "Kim Jong-un")]
    # a month of the day ("12 يونيو", a yearless day) is not a month alone ("في قمة", no frame of a time gone by) ...
    assert [r[0] for r in _full(text.replace("خلال قمة", "في قمة").replace("في يونيو", "في 12 يونيو"))] == ["reported"]
    # ... though "خلال قمة ... في 12 يونيو" (during the summit of 12 June, no weekday) is an earlier one
    # (undated_day._named_by_day)
    assert [r[0] for r in _full(text.replace("في يونيو", "في 12 يونيو"))] == ["referenced"]
    # nor is the month of an act told ahead after the meeting word
    ahead = ("قال الزعيم الكوري الشمالي كيم جونغ أون خلال اجتماعه مع الرئيس الكوري الجنوبي مون جيه إن "
             "إنه سيغلق موقع التجارب النووية في مايو.")
    assert [r[:3] for r in _full(ahead)] == [("reported", "Kim Jong-un", "Moon Jae-in")]


def test_an_undated_meeting_in_a_month_before_the_articles_period_is_an_earlier_one():
    # the crown prince (from June 2017) bounds the article: Trump's Riyadh visit of May 2017 is
    # behind it, as a month before a dated article's is
    text = ("قال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستواجه إيران. وأشاد الرئيس الأمريكي "
            "دونالد ترامب بالسعودية، وقد زار الرياض في أيار 2017 في أول رحلة خارجية له.")
    assert _full(text) == [("referenced", "Donald Trump", "Salman bin Abdulaziz", dt.date(2017, 5, 1), "month")]


def test_an_undated_meetings_nearest_date_is_one_of_its_own_clause():
    # Tuesday opens the trip's clause; past "حيث" (where) the meeting told is last week's
    text = ("وبدأ الرئيس الفرنسي إيمانويل ماكرون زيارته لبرلين الثلاثاء، حيث أطلع ميركل على لقائه "
            "مع الرئيس الأمريكي دونالد ترامب في الأسبوع الماضي.")
    # (the referenced pair's order is a guess: nothing in the sentence says who travelled)
    assert [(r[0], frozenset(r[1:3])) for r in _full(text)] == [
        ("reported", frozenset({"Emmanuel Macron", "Angela Merkel"})),
        ("referenced", frozenset({"Donald Trump", "Angela Merkel"}))]


def test_an_undated_meeting_in_a_year_ending_before_the_articles_period_is_an_earlier_one():
    # the title "الرئيس الأمريكي" bounds the article to Trump's presidency (from 20 January
    # 2017): a meeting in 2016, a year ending three weeks before, is behind it
    text = ("أشاد الرئيس الأمريكي دونالد ترامب بلقائه مع رئيس الوزراء الياباني شينزو آبي "
            "في نيويورك عام 2016.")
    assert [r[:3] for r in _full(text)] == [("referenced", "Shinzo Abe", "Donald Trump")]


def test_an_undated_weekday_right_by_a_meeting_deep_in_the_text_tells_it_as_news():
    # dated, "الثلاثاء" would be this week's Tuesday and the meeting news; undated it has no
    # value, yet it is still a day of the article's week: not background
    filler = "وأضاف المحلل أن الأسواق تراجعت بشكل كبير خلال الأسابيع الماضية. "
    text = ("تراجعت الليرة التركية مجددا أمام الدولار. " + filler * 7 +
            "وقال رئيس الوزراء العراقي حيدر العبادي خلال مؤتمر صحفي مع الرئيس التركي رجب طيب أردوغان "
            "الثلاثاء إن بلاده تقف إلى جانب تركيا.")
    assert _full(text) == [("reported", "Haider al-Abadi", "Recep Tayyip Erdogan", None, None)]
    # with no day by it, a lone mention deep in the text stays background
    assert _full(text.replace(" الثلاثاء", "")) == [("referenced", "Haider al-Abadi", "Recep Tayyip Erdogan", None, None)]
    # a weekday told ahead ("يلتقي ... الثلاثاء", meets on Tuesday) may be next week's: still background
    ahead = ("تراجعت الليرة التركية مجددا أمام الدولار. " + filler * 7 +
             "ويلتقي رئيس الوزراء العراقي حيدر العبادي، الثلاثاء، الرئيس التركي رجب طيب أردوغان في قمة بأنقرة.")
    assert [r[:3] for r in _full(ahead)] == [("referenced", "Haider al-Abadi", "Recep Tayyip Erdogan")]


def test_an_earlier_trip_the_other_way_is_not_the_day_of_the_visit_told():
    # Erdogan arrives in Moscow on Saturday; the Putin-Erdogan meeting in Ankara on Monday is
    # Putin's trip days before, background: the row keeps Saturday and Moscow
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى موسكو السبت في زيارة تستغرق ثلاثة أيام، وتجمع لاستقباله آلاف. "
            "وأعلن البلدان انتهاء الخلاف في بيان مشترك وقع الاثنين غداة لقاء تاريخي بين الرئيس الروسي بوتين "
            "والرئيس التركي أردوغان في أنقرة.")
    rows = [r for r in mention_rows(text, dt.date(2019, 6, 29)) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["city"], r["date"]) for r in rows] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", dt.date(2019, 6, 29))]
def test_a_past_verb_spelling_after_a_preposition_does_not_turn_a_weekday_back():
    # "بالإضافة إلى بحث" (besides the discussion of): bahth, a noun, no past verb; the lead's
    # "يبدأ ... الخميس زيارة" (begins on Thursday a visit) in a Wednesday article is the next Thursday
    text = ("يبدأ الرئيس محمد مرسي، الخميس، زيارة لباكستان، يجري خلالها محادثات في مجالات التجارة "
            "والطاقة والتعليم والصحة والزراعة، بالإضافة إلى بحث التعاون الأمني.")
    [v] = mention_rows(text, dt.date(2013, 3, 13))
    assert (v["kind"], v["planned"], v["date"]) == ("referenced", True, dt.date(2013, 3, 14))
def test_a_relative_clause_that_begins_the_visit_after_its_destination_dates_it():
    # "زيارته ... للمملكة المغربية، والتي تبدأ صباح اليوم" (his visit to Morocco, which begins this
    # morning): the clause's day is the visit's, so the visit is under way, with an agency dateline
    text = ("الرباط - وكالات\nيبدأ الرئيس التونسي المنصف المرزوقي زيارته الرسمية الثانية للمملكة المغربية ، "
            "والتي تبدأ صباح اليوم الخميس وتستمر لمدة يومين.\nوقالت مصادر إن الزيارة ستتضمن لقاء مع العاهل "
            "المغربي الملك محمد السادس غدا الجمعة بالقصر الملكي.")
    assert _held(text) == [("Moncef Marzouki", dt.date(2013, 2, 14))]
    # "التي بدأت أمس" (which began yesterday) dates it too
    assert _held(text.replace("والتي تبدأ صباح اليوم الخميس", "والتي بدأت أمس الأربعاء")) == [
        ("Moncef Marzouki", dt.date(2013, 2, 13))]


def _held(text, published=dt.date(2013, 2, 14)):
    return [(r["visitor"], r["date"]) for r in mention_rows(text, published) if r["kind"] == "reported"]


def test_a_day_fronted_before_a_past_verb_is_that_verb_s_not_a_present_visit_verb_s():
    # "ومساء الثلاثاء أقام السيسي مأدبة عشاء على شرف بوتين، الذي يزور القاهرة" (on Tuesday evening
    # Sisi gave a dinner for Putin, who is visiting Cairo): Tuesday is the dinner's, past; the visit
    # is under way, not next Tuesday's plan
    text = "ومساء الثلاثاء أقام السيسي مأدبة عشاء على شرف بوتين، الذي يزور القاهرة في إطار جولة في المنطقة."
    [v] = run(text, published=dt.date(2023, 3, 15))
    assert (v["kind"], v["planned"], v["visitor"], v["host"], v["city"], v["date"]) == (
        "reported", False, "Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo", dt.date(2023, 3, 14))


def test_a_meeting_a_day_before_the_day_named_is_dated_the_day_before():
    # "قال أردوغان للصحفيين، الثلاثاء، بعد يوم من قمة جمعته مع بوتين" (said on Tuesday, a day after a
    # summit with Putin): the summit was on Monday, only the time anchor of the saying, so referenced (visits.anchored)
    [v] = run("وقال أردوغان للصحفيين، الثلاثاء، بعد يوم من قمة جمعته مع بوتين في سوتشي، إن العلاقات قوية.")
    assert (v["kind"], v["visitor"], v["host"], v["city"], v["date"]) == (
        "referenced", "Recep Tayyip Erdogan", "Vladimir Putin", "Sochi", dt.date(2023, 3, 13))
def test_a_day_in_the_present_relative_clause_of_a_summit_after_the_reception_is_the_summits():
    """"Sisi received Putin a short while ago, to take part in the summit which is held tomorrow,
    Thursday": Thursday is the summit's; the reception is held, not planned. Past the summit's
    name too ("قمة منظمة ... في دورتها الثانية التي تستضيفها"), and past a comma after its verb."""
    for text in ("استقبل السيسي قبل قليل بوتين للمشاركة في القمة التي تعقد غدا الخميس.",
                 "استقبل السيسي اليوم بوتين للمشاركة في قمة منظمة الأمن في دورتها الثانية التي تستضيفها مصر، غدا الخميس."):
        rows = run_dated(text)
        assert [(r["kind"], r["visitor"], r["host"]) for r in rows] == [
            ("reported", "Vladimir Putin", "Abdel Fattah el-Sisi")], text
    # a meeting on the summit's sidelines is on the summit's day
    rows = run_dated("سيلتقي السيسي بوتين على هامش القمة التي تعقد غدا الخميس.")
    assert [(r["kind"], r["date"]) for r in rows] == [("referenced", dt.date(2019, 4, 4))]


def test_a_day_in_the_relative_clause_of_a_named_summit_is_the_summits():
    """The same with the summit's own name, which is no meeting word ("القمة الإسلامية", the
    Islamic summit; the real lexicon): the reception "قبل قليل" is held, on the publication day (begun.moments_ago)."""
    from tasks.extract.entities import find_mentions
    from tasks.extract.visits import find_visits
    from ziyarat.arabic import sentence_spans
    pub = dt.date(2013, 2, 5)
    text = ("استقبل الرئيس محمد مرسي، قبل قليل، بمطار القاهرة رئيس غينيا ألفا كوندي، للمشاركة بالقمة الإسلامية "
            "التي تعقد غدا الأربعاء.")
    folded = fold_with_map(text)
    rows = find_visits(text, sentence_spans(text), find_mentions(text, folded, pub), find_dates(text, folded, pub), pub)
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows] == [
        ("reported", "Alpha Conde", "Mohamed Morsi", pub)]


def test_a_plan_cue_in_a_clause_joined_after_the_meeting_is_that_clauses():
    """"استنكر ... استقبال السيسي لنظيره بوتين اليوم، وأعلن تنظيم مظاهرة غدا" (condemned Sisi's
    receiving Putin today, and announced a demonstration tomorrow): tomorrow is the demonstration's,
    the reception today is held."""
    text = "استنكر معارض استقبال السيسي لنظيره بوتين اليوم، وأعلن تنظيم مظاهرة غدا أمام الفندق."
    assert [(r["kind"], r["visitor"], r["host"]) for r in run_dated(text)] == [
        ("reported", "Vladimir Putin", "Abdel Fattah el-Sisi")]


def test_a_date_in_a_relative_clause_about_another_noun_before_the_meeting_is_not_its_date():
    # "نتائج الخطة، التي أطلقت في مارس الماضي، وذلك خلال مباحثاته مع نظيره" (the results of the plan,
    # launched last March, during his talks with his counterpart): March is the plan's, the talks are news
    text = ("استعرض الرئيس المصري عبد الفتاح السيسي نتائج الخطة الاقتصادية، التي أطلقت في مارس الماضي، "
            "وذلك خلال مباحثاته مع نظيره الروسي فلاديمير بوتين.")
    rows = mention_rows(text, dt.date(2018, 10, 17))
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows] == [
        ("reported", "Abdel Fattah el-Sisi", "Vladimir Putin", None)]


def test_a_date_in_a_leaders_or_a_visits_relative_clause_still_dates_the_meeting():
    # "أردوغان، الذي وصل أمس إلى موسكو" (Erdogan, who arrived yesterday): his arrival's day
    text = ("وقال الرئيس التركي رجب طيب أردوغان، الذي وصل أمس إلى موسكو، خلال مباحثاته مع نظيره "
            "الروسي فلاديمير بوتين إن العلاقات قوية.")
    assert [r["date"] for r in mention_rows(text, dt.date(2018, 10, 17)) if r["kind"] == "reported"] == [
        dt.date(2018, 10, 16)]
    # "وخلال زيارته إلى موسكو، التي بدأت أمس" (during his visit, which began yesterday): the visit's
    text = "وخلال زيارته إلى موسكو، التي بدأت أمس، التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين."
    assert [r["date"] for r in mention_rows(text, dt.date(2018, 10, 17)) if r["kind"] == "reported"] == [
        dt.date(2018, 10, 16)]
    # no commas round it: the month stays the talks' (an earlier meeting)
    text = "واستعرض الرئيس المصري عبد الفتاح السيسي نتائج الخطة في مارس الماضي خلال مباحثاته مع نظيره الروسي فلاديمير بوتين."
    assert [(r["kind"], r["date"]) for r in mention_rows(text, dt.date(2018, 10, 17))] == [
        ("referenced", dt.date(2018, 3, 1))]
DIGEST_ITEMS = ("القاهرة.. يعقد مؤتمر حول الزراعة. موسكو.. يصل الرئيس التركي رجب طيب أردوغان إلى موسكو في زيارة "
                "رسمية يجري خلالها محادثات مع الرئيس الروسي فلاديمير بوتين.")


def test_an_undated_item_of_a_digest_of_expected_news_is_on_the_digests_day():
    """"أهم الأخبار المتوقعة اليوم الثلاثاء 2 أبريل 2019" (the main news expected today, Tuesday 2
    April 2019): an item with no day of its own ("يصل أردوغان إلى موسكو", Erdogan arrives in
    Moscow) is that day's news, in the digest of the day and in one filed the evening before."""
    text = "تستعرض البوابة أهم الأخبار المتوقعة اليوم الثلاثاء 2 أبريل 2019 على الصعيدين الداخلي والخارجي. " + DIGEST_ITEMS
    for published in (dt.date(2019, 4, 2), dt.date(2019, 4, 3)):
        assert [(r["visitor"], r["host"], r["date"], r["date_precision"]) for r in reported_rows(text, published)] == [
            ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_no_digest_and_an_old_digest_date_no_undated_item():
    """A lead that opens no digest of expected news dates no item told after it, and a digest whose
    lead gives a day a week before publication ("اليوم الثلاثاء 26 مارس") dates none either."""
    for lead in ("تستعرض البوابة أهم الملفات اليوم الثلاثاء 2 أبريل 2019 على الصعيدين الداخلي والخارجي. ",
                 "تستعرض البوابة أهم الأخبار المتوقعة اليوم الثلاثاء 26 مارس 2019 على الصعيدين الداخلي والخارجي. "):
        assert [(r["visitor"], r["date"]) for r in reported_rows(lead + DIGEST_ITEMS, dt.date(2019, 4, 2))] == [
            ("Recep Tayyip Erdogan", None)]


def test_a_day_in_the_past_relative_clause_of_the_traveller_is_not_the_planned_meetings():
    """"من المقرر أن يلتقي بوتين الذي زار إسطنبول يوم الثلاثاء مع أردوغان في أنقرة غدا الخميس" (Putin,
    who visited Istanbul on Tuesday, is due to meet Erdogan in Ankara tomorrow, Thursday): the
    Tuesday is the earlier trip's, not the next Tuesday of the meeting; with no other day the
    meeting has none."""
    pub = dt.date(2019, 4, 3)  # a Wednesday
    text = ("ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين الذي زار إسطنبول يوم الثلاثاء مع الرئيس التركي "
            "رجب طيب أردوغان في أنقرة غدا الخميس.")
    assert [(r["kind"], r["planned"], r["date"]) for r in mention_rows(text, pub)] == [
        ("referenced", True, dt.date(2019, 4, 4))]
    text = ("ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين الذي زار إسطنبول يوم الثلاثاء مع الرئيس التركي "
            "رجب طيب أردوغان في أنقرة.")
    assert [(r["kind"], r["planned"], r["date"]) for r in mention_rows(text, pub)] == [("referenced", True, None)]


def test_a_present_relative_clause_or_a_held_meeting_keeps_the_day_after_the_guest():
    """"الذي يصل إلى موسكو يوم الثلاثاء" (who arrives in Moscow on Tuesday) times the planned meeting
    with the guest; "التقى بوتين أردوغان الذي عاد من إسطنبول الثلاثاء" (met Erdogan, who came back
    from Istanbul on Tuesday) is a held meeting, dated by that Tuesday as before."""
    pub = dt.date(2019, 4, 3)
    text = ("ومن المقرر أن يلتقي الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان الذي يصل إلى موسكو "
            "يوم الثلاثاء.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, pub)] == [("referenced", dt.date(2019, 4, 9))]
    text = "التقى الرئيس الروسي فلاديمير بوتين في أنقرة الرئيس التركي رجب طيب أردوغان الذي عاد من إسطنبول الثلاثاء."
    assert [(r["kind"], r["date"]) for r in mention_rows(text, pub)] == [("reported", dt.date(2019, 4, 2))]


FIRST_MEETING_NEWS = "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى موسكو حيث التقى الرئيس الروسي فلاديمير بوتين. "


def test_the_pairs_first_meeting_on_a_yearless_day_ahead_is_last_years():
    """In a story of the pair's talks today, "لقاءه الأول بالرئيس الروسي في 15 مايو" (his first meeting
    with the Russian president, on 15 May) and "أول لقاء له مع الرئيس الروسي في 15 مايو" came before
    them: May of the year before, held, not a plan six weeks ahead."""
    pub = dt.date(2019, 4, 3)
    for told in ("وقال أردوغان إن لقاءه الأول بالرئيس الروسي في 15 مايو في إسطنبول كان مثمرا.",
                 "وقال أردوغان إن أول لقاء له مع الرئيس الروسي في 15 مايو في إسطنبول كان مثمرا."):
        rows = mention_rows(FIRST_MEETING_NEWS + told, pub)
        assert [(r["kind"], r["planned"], r["city"], r["date"]) for r in rows if r["kind"] == "referenced"] == [
            ("referenced", False, "Istanbul", dt.date(2018, 5, 15))]


def test_a_first_meeting_with_none_reported_or_a_next_meeting_stays_ahead():
    """With no meeting of the pair reported, "أول لقاء له مع بوتين في 15 مايو" may be ahead; so is
    "لقاءه المقبل" (his next meeting) beside one reported."""
    pub = dt.date(2019, 4, 3)
    for text in ("قال الرئيس التركي رجب طيب أردوغان إن أول لقاء له مع الرئيس الروسي فلاديمير بوتين في 15 مايو في إسطنبول.",
                 FIRST_MEETING_NEWS + "وقال أردوغان إن لقاءه المقبل بالرئيس الروسي في 15 مايو في إسطنبول."):
        assert [(r["planned"], r["date"]) for r in mention_rows(text, pub) if r["kind"] == "referenced"] == [
            (True, dt.date(2019, 5, 15))]



def test_a_day_after_a_while_ago_dates_the_arrival():
    """"منذ قليل" (a short while ago) is a recent past, not "since": the day after it is the arrival's,
    not Sunday, the day of the earlier trip told after it."""
    text = ("أعلنت الرئاسة اكتمال الاستعدادات. "
            "ووصل بوتين إلى القاهرة منذ قليل، اليوم الثلاثاء، بعد أن زار أنقرة الأحد الماضي، والتقى السيسي.")
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]


def test_a_day_after_since_still_dates_the_earlier_meeting_not_this_one():
    """A real "since" keeps its date away from the meeting: "منذ الثلاثاء" (since Tuesday) is when a state began."""
    text = "ويزور بوتين القاهرة منذ الثلاثاء حيث التقى السيسي."
    assert [r[2] for r in reported(run_dated(text))] != [dt.date(2019, 4, 2)]


def test_the_days_of_a_summit_in_its_relative_clause_do_not_date_the_reception():
    """"القمة التي تعقد يومي الأربعاء والخميس المقبلين، وكان في استقباله" (the summit held on Wednesday and
    Thursday, and he was received by): the days are the summit's; the reception is today."""
    text = ("استقبلت الصالة الرئاسية بمطار القاهرة اليوم الرئيس بوتين للمشاركة في القمة الإسلامية التي تعقد "
            "يومي الأربعاء والخميس المقبلين، وكان في استقباله الرئيس السيسي.")
    assert [r[2] for r in reported(run_dated(text))] == [PUB]


def test_a_day_in_the_visits_own_or_a_leaders_relative_clause_still_dates_the_meeting():
    """The rule leaves a clause about the visit ("زيارته التي تبدأ الثلاثاء") or about a leader ("بوتين الذي
    يصل الثلاثاء") alone, and a sideline meeting inside the summit ("على هامشها") keeps the summit's day."""
    assert [r[2] for r in reported(run_dated("وفي إطار زيارته التي تبدأ الثلاثاء، التقى بوتين السيسي في القاهرة."))] \
        == [dt.date(2019, 4, 2)]
    assert [r[2] for r in reported(run_dated("واستقبل السيسي الرئيس بوتين الذي يصل الثلاثاء، في قصر الاتحادية بالقاهرة."))] \
        == [dt.date(2019, 4, 2)]
    text = "وصل الرئيس بوتين إلى القاهرة للمشاركة في القمة التي تعقد اليوم الأربعاء، والتقى على هامشها الرئيس السيسي."
    assert [r[2] for r in reported(run_dated(text))] == [PUB]


def test_a_weekday_named_next_does_not_date_a_meeting_told_in_the_past():
    """"الخميس المقبل" (next Thursday) is ahead, whatever the verb: in "التقى ... للتحضير لمؤتمر الخميس
    المقبل" (met to prepare next Thursday's conference) it is the conference's, not last Thursday."""
    text = "التقى السيسي بوتين في القاهرة للتحضير لمؤتمر الخميس المقبل."
    assert reported(run_dated(text)) == [("Vladimir Putin", "Abdel Fattah el-Sisi", None, None)]


def test_the_meetings_own_day_stays_beside_a_weekday_named_next():
    """The meeting's own bare weekday still dates it, and a meeting told ahead takes the next Thursday."""
    text = "التقى السيسي بوتين في القاهرة الثلاثاء للتحضير لمؤتمر الخميس المقبل."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]
    rows = run_dated("يلتقي السيسي بوتين في القاهرة الخميس المقبل.")
    assert [(r["kind"], r["date"]) for r in rows] == [("referenced", dt.date(2019, 4, 4))]


def test_n_days_before_the_meeting_word_counts_from_the_day_of_another_event():
    """"ستؤدي الحكومة اليمين الاثنين، قبل يومين فقط من وصول بوتين" (the oath on Monday, only two days before
    Putin arrives): the arrival is Wednesday, two days after that Monday, no day "two days ago"."""
    text = "ستؤدي الحكومة اليمين الاثنين، قبل يومين فقط من وصول بوتين إلى القاهرة للقاء السيسي."
    assert [(r["kind"], r["date"]) for r in run_dated(text)] == [("referenced", dt.date(2019, 4, 10))]


def test_the_day_of_an_arrival_before_n_days_before_a_summit_stays_the_arrivals():
    """"وصل بوتين الأحد، قبل يومين من القمة" (arrived on Sunday, two days before the summit): the day's own
    clause has the arrival, so the visit keeps Sunday."""
    text = "وصل بوتين الأحد، قبل يومين من القمة، والتقى السيسي."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 3, 31)]


def test_a_day_after_moments_ago_dates_the_arrival():
    """"منذ لحظات" (moments ago) is a recent past as "منذ قليل" is: the day after it is the arrival's."""
    text = ("أعلنت الرئاسة اكتمال الاستعدادات. "
            "ووصل بوتين إلى القاهرة منذ لحظات، اليوم الثلاثاء، بعد أن زار أنقرة الأحد الماضي، والتقى السيسي.")
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]


def test_an_officials_lead_day_does_not_date_the_leaders_meeting():
    """A lead sentence that names no leader, or names a namesake envoy ("المبعوث السوري رامي
    الأسد"), tells an official's day: the meeting told further on keeps no day."""
    envoy = ("أفادت وسائل إعلام أن المبعوث السوري رامي الأسد توجه صباح الثلاثاء إلى موسكو. "
             "ويأتي ذلك بعد ساعات من اللقاء الذي جمع بين الأسد وبوتين في سوتشي.")
    # (hours after the meeting: only the envoy's trip's time anchor, so referenced too: visits.anchored)
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in run_dated(envoy)] == [
        ("referenced", "Bashar al-Assad", "Vladimir Putin", None)]
    official = ("قال مسؤول روسي بارز، الثلاثاء، إن بلاده لا تجري محادثات مع دمشق بشأن الصواريخ. "
                "وجاءت تصريحاته عقب زيارة أردوغان لموسكو هذا الأسبوع. "
                "لكن تصريحاته التي أدلى بها بعد محادثات أردوغان مع بوتين في موسكو تشير إلى تحول.")
    # ... and "عقب زيارة أردوغان لموسكو هذا الأسبوع" (after Erdogan's visit this week, days gone) tells the visit as
    # earlier: the talks told further on are that visit again, background to the remarks (merge._dated_earlier)
    assert [(r["kind"], r["date"]) for r in run_dated(official)] == [("referenced", None), ("referenced", None)]


def test_a_leaders_lead_day_or_an_unnamed_scene_still_dates_the_meeting():
    """Negatives: the leader named after a preposition ("بتوجيه من الأسد") is the leader; a lead
    scene with no official ("وشهدت سوتشي مساء الثلاثاء محادثات") still dates the talks."""
    sent = ("أفادت وسائل إعلام أن المبعوث توجه صباح الثلاثاء بتوجيه من الأسد إلى موسكو. "
            "ويأتي ذلك بعد اللقاء الذي جمع بين الأسد وبوتين في سوتشي.")  # (no span: "بعد ساعات من" is visits.anchored's)
    assert [r[2] for r in reported(run_dated(sent))] == [dt.date(2019, 4, 2)]
    scene = ("وشهدت سوتشي مساء الثلاثاء محادثات مطولة. وجاءت تصريحات لافروف عقب زيارة أردوغان لروسيا. "
             "وقال لافروف إن محادثات أردوغان مع بوتين في سوتشي كانت بناءة.")
    assert [r[2] for r in reported(run_dated(scene))] == [dt.date(2019, 4, 2)]


def test_the_day_of_an_act_that_prepares_the_visit_is_not_its_day():
    """"وشهد المطار الاثنين الماضي وصول طائرات الشحن بغرض تأمين زيارة أردوغان" (the airport saw last
    Monday cargo planes arrive to secure Erdogan's visit): Monday is the planes'."""
    text = "وشهد المطار الاثنين الماضي وصول طائرات الشحن بغرض تأمين زيارة أردوغان إلى القاهرة ولقائه السيسي."
    assert reported(run_dated(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", None, None)]


def test_a_leaders_own_act_before_a_purpose_word_keeps_its_day():
    """Negative: "وصل أردوغان الاثنين إلى القاهرة بهدف لقاء السيسي" (Erdogan arrived on Monday to
    meet Sisi) names the leader before the purpose word: the arrival is his, so is Monday."""
    text = "وصل أردوغان الاثنين إلى القاهرة بهدف لقاء السيسي."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 1)]
    # ... nor a meeting word that is no purpose word's object: "لأجل غير مسمى في أعقاب لقاء" (indefinitely, after the meeting)
    text = "وأعلنت الوزارة الاثنين الماضي تعليق المناورات لأجل غير مسمى في أعقاب لقاء أردوغان والسيسي."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 1)]
    # ... nor when his name is in the sentence before and his own arrival verb dates it
    text = "التقى السيسي رئيس الوزراء. ووصل، مساء الاثنين، إلى القاهرة بهدف لقاء أردوغان."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 1)]


def test_a_visit_two_weeks_back_stays_beside_an_undated_reported_one():
    """Negative: "قبل أسبوعين" (two weeks ago) is an earlier visit, its own referenced row beside the
    undated reception."""
    text = "استقبل بوتين أردوغان في الكرملين لإجراء محادثات. وكان أردوغان قد زار روسيا قبل أسبوعين."
    assert sorted(r["kind"] for r in run_dated(text)) == ["referenced", "reported"]


def test_a_sayings_day_does_not_date_the_summit_it_judges_as_over():
    """"اعتبرت الخارجية الروسية، الثلاثاء، أن قمة بوتين وأردوغان في سوتشي كانت ناجحة" (the ministry
    held on Tuesday that the summit was a success): Tuesday is the saying's; the summit takes its
    own day from the next sentence ("القمة التي عقدت الاثنين"), or none."""
    said = "اعتبرت الخارجية الروسية، الثلاثاء، أن قمة بوتين وأردوغان في سوتشي كانت ناجحة."
    assert reported(run_dated(said)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]
    own = said + " وكانت القمة التي عقدت الاثنين قد تناولت الملف السوري."
    assert [r[2] for r in reported(run_dated(own))] == [dt.date(2019, 4, 1)]


def test_a_sides_own_word_or_an_announcement_still_dates_the_summit():
    """Negatives: a side's own word on his summit ("قال بوتين الثلاثاء إن قمته مع أردوغان كانت
    ناجحة") and an announcement that it took place ("أن قمة ... جرت في سوتشي") keep the day."""
    for text in ("قال بوتين الثلاثاء إن قمته مع أردوغان في سوتشي كانت ناجحة.",
                 "أعلنت الخارجية الروسية، الثلاثاء، أن قمة بوتين وأردوغان جرت في سوتشي."):
        assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]


LONG_SUMMIT = "قمة الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان في منتجع سوتشي على البحر الأسود"


def test_a_statements_day_does_not_date_the_visit_it_says_was_marked_by_something():
    """"أوضح بيان ... صدر الثلاثاء أن قمة ... اتسمت بالصراحة" (a statement issued on Tuesday said the summit was
    marked by frankness): the statement's day, past a long genitive too (sayings.PREDICATE_CHARS)."""
    for text in ("أوضح بيان للخارجية الروسية صدر الثلاثاء أن قمة بوتين وأردوغان في سوتشي اتسمت بالصراحة.",
                 f"أوضح بيان للخارجية الروسية صدر الثلاثاء أن {LONG_SUMMIT} اتسمت بالصراحة.",
                 f"اعتبرت الخارجية الروسية، الثلاثاء، أن {LONG_SUMMIT} كانت ناجحة."):
        assert reported(run_dated(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_long_summit_told_as_taking_place_keeps_the_statements_day():
    """Negative: "جرت في أجواء ودية" (took place in a friendly mood) after the long genitive tells the day's summit."""
    text = f"أعلنت الخارجية الروسية، الثلاثاء، أن {LONG_SUMMIT} جرت في أجواء ودية."
    assert [r[2] for r in reported(run_dated(text))] == [dt.date(2019, 4, 2)]


def test_a_lead_of_a_shipment_or_a_delegation_arriving_does_not_date_a_later_reception():
    # "a new shipment of Russian aid reached Damascus on Monday": the shipment's Monday, not the reception's
    for text in ("وصلت إلى دمشق الإثنين شحنة مساعدات روسية جديدة. واستقبل الأسد بوتين في دمشق.",
                 "وصل وفد روسي إلى دمشق الإثنين. واستقبل الأسد بوتين في دمشق.",
                 "وصلت مساعدات أرسلها بوتين إلى دمشق الإثنين. واستقبل الأسد بوتين في دمشق."):
        assert reported(run_dated(text)) == [("Vladimir Putin", "Bashar al-Assad", None, None)]


def test_a_lead_of_a_leader_arriving_at_the_head_of_a_delegation_dates_the_reception():
    # the leader named before the delegation is the one who arrives
    text = "وصل بوتين إلى دمشق الإثنين على رأس وفد رفيع. واستقبل الأسد بوتين في قصر الشعب."
    assert reported(run_dated(text)) == [("Vladimir Putin", "Bashar al-Assad", dt.date(2019, 4, 1), "day")]


def test_a_lead_meeting_noun_of_a_body_does_not_date_the_leaders_visit():
    # a Thursday article: "the cabinet focused in its meeting on Thursday on two topics ... the results of
    # his visit to Russia and his meeting with Putin": the cabinet's Thursday is not the visit's day
    text = ("أكد أردوغان أن الحكومة ستدعم الشرطة. وأضاف أن مجلس الوزراء ركز في اجتماعه الخميس على موضوعين. "
            "وذكر أردوغان أن الموضوع الثاني هو نتائج زيارته لروسيا ولقائه بوتين.")
    [v] = [r for r in run(text, dt.date(2023, 3, 16)) if r["kind"] == "reported"]
    assert (v["visitor"], v["host"], v["date"]) == ("Recep Tayyip Erdogan", "Vladimir Putin", None)


def test_a_lead_meeting_noun_naming_a_side_still_dates_the_visit():
    # "he added that he focused in his meeting on Thursday with Putin on two topics": the pair's meeting
    text = ("أكد أردوغان أن الحكومة ستدعم الشرطة. وأضاف أنه ركز في اجتماعه الخميس مع بوتين على موضوعين. "
            "وذكر أردوغان أن الموضوع الثاني هو نتائج زيارته لروسيا ولقائه بوتين.")
    [v] = [r for r in run(text, dt.date(2023, 3, 16)) if r["kind"] == "reported"]
    assert v["date"] == dt.date(2023, 3, 16)


def test_a_visit_noun_told_by_its_past_relative_takes_no_day_of_an_earlier_trigger():
    # "the cabinet reviewed in its meeting on Thursday ... the results of the visit the prime minister made to
    # Russia": Thursday is the cabinet meeting's, the visit is earlier and undated
    text = "استعرض مجلس الوزراء في اجتماعه الخميس برئاسة أردوغان نتائج الزيارة التي قام بها رئيس الوزراء لروسيا."
    assert [(r["kind"], r["visitor"], r["date"]) for r in run(text, dt.date(2023, 3, 16))] == [
        ("referenced", "Recep Tayyip Erdogan", None)]


def test_a_meeting_verb_dated_before_a_visit_told_by_its_past_relative_keeps_its_day():
    # "Erdogan met Putin on Thursday during the visit he made to Russia": Thursday is the meeting's
    rows = run("التقى أردوغان الخميس بوتين خلال الزيارة التي قام بها لروسيا.", dt.date(2023, 3, 16))
    assert [(r["kind"], r["date"]) for r in rows] == [("reported", dt.date(2023, 3, 16))]
