"""What one trip's meetings share (visits.trip_share): a meeting told with no day of its own at a summit
whose traveller's one dated meeting there has a day (`_day_at_gathering`), and a reported meeting's city
and visit type from the same trip's other reported meetings in the host's country
(`_host_country_values`). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402


def _rows(text: str, day: dt.date) -> list[dict]:
    return extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))["visit_mentions"].to_dicts()


# A summit in a third country: the undated meeting takes the day of the traveller's dated one there.

SUMMIT_DAY = dt.date(2019, 6, 29)
# disputes loom over the G20 summit after the German chancellor's criticism of tariffs (no day)
LEAD = "تخيم الخلافات على قمة مجموعة العشرين بعد انتقادات المستشارة الألمانية أنغيلا ميركل للرسوم الجمركية. "
FILL = "وتصدرت ملفات التجارة والمناخ جدول الأعمال. وقال دبلوماسيون إن النقاشات كانت صعبة. "
# Merkel met the French president alone for a few minutes (no day, no place)
ASIDE = "والتقت ميركل الرئيس الفرنسي إيمانويل ماكرون على انفراد لبضع دقائق."


def dated(text: str) -> dict[str, tuple]:
    return {r["host"]: (r["kind"], r["date"]) for r in _rows(text, SUMMIT_DAY)}


def cities(text: str) -> dict[str, str | None]:
    return {r["host"]: r["city"] for r in _rows(text, SUMMIT_DAY)}


def test_an_undated_meeting_at_the_summit_takes_the_day_of_the_sideline_meeting():
    # Merkel met Abe on Friday in Tokyo on the summit's sidelines
    text = LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL + ASIDE
    got = dated(text)
    assert got["Shinzo Abe"] == ("reported", dt.date(2019, 6, 28))
    assert got["Emmanuel Macron"] == ("reported", dt.date(2019, 6, 28))
    assert cities(text)["Emmanuel Macron"] == "Tokyo"


def test_a_dated_meeting_told_with_no_gathering_lends_no_day():
    # Merkel met Abe on Friday in Tokyo: a trip, no summit in its sentence
    text = LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو. " + FILL + ASIDE
    assert dated(text)["Emmanuel Macron"] == ("reported", None)
    assert cities(text)["Emmanuel Macron"] is None


def test_an_earlier_meeting_takes_no_day_from_the_summit():
    # Merkel had met Macron last March: another meeting, its own month
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL
            + "وكانت ميركل قد التقت الرئيس الفرنسي إيمانويل ماكرون في مارس الماضي.")
    assert dated(text)["Emmanuel Macron"] == ("referenced", dt.date(2019, 3, 1))


def test_two_dated_legs_of_a_tour_lend_no_day():
    # Merkel met Abe on Friday in Tokyo at the summit, then arrived today in Seoul and met Moon there
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. "
            "ووصلت ميركل اليوم السبت إلى سيول حيث التقت الرئيس الكوري الجنوبي مون جاي إن. " + FILL + ASIDE)
    got = dated(text)
    assert got["Moon Jae-in"] == ("reported", SUMMIT_DAY)
    assert got["Emmanuel Macron"] == ("reported", None)


def test_a_planned_meeting_takes_no_day_from_the_summit():
    # Merkel is due to meet Macron later: planned, undated
    text = (LEAD + "والتقت ميركل الجمعة رئيس الوزراء الياباني شينزو آبي في طوكيو على هامش القمة. " + FILL
            + "ومن المقرر أن تلتقي ميركل الرئيس الفرنسي إيمانويل ماكرون في وقت لاحق.")
    assert dated(text)["Emmanuel Macron"] == ("referenced", None)


# A trip to the host's country: its reported meetings there share the city and the visit type.

TRIP_DAY = dt.date(2019, 6, 10)
# the Chinese president held talks today with the French prime minister
TALKS = "أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الفرنسي إدوار فيليب. "
# the French president received him yesterday at the Elysee at the start of a state visit to France
RECEPTION = "واستقبله الرئيس الفرنسي إيمانويل ماكرون أمس في قصر الإليزيه في مستهل زيارة دولة لفرنسا."


def shared(text: str, day: dt.date = TRIP_DAY) -> dict[str, tuple]:
    return {r["host"]: (r["visitor"], r["city"], r["visit_type"])
            for r in _rows(text, day) if r["kind"] == "reported"}


def test_talks_with_the_prime_minister_take_the_trip_city_and_type():
    got = shared(TALKS + RECEPTION)
    assert got["Edouard Philippe"] == ("Xi Jinping", "Paris", "state")
    assert got["Emmanuel Macron"] == ("Xi Jinping", "Paris", "state")


def test_a_second_meeting_after_the_arrival_takes_the_city():
    # Xi arrived in Paris today on a state visit in which he meets Macron; he held talks with the prime minister
    text = ("وصل الرئيس الصيني شي جين بينغ إلى باريس اليوم في زيارة دولة يلتقي خلالها الرئيس الفرنسي إيمانويل ماكرون. "
            "وأجرى شي محادثات مع رئيس الوزراء الفرنسي إدوار فيليب.")
    assert shared(text)["Edouard Philippe"] == ("Xi Jinping", "Paris", "state")


def test_a_host_of_another_country_takes_no_city():
    # talks with the Italian prime minister today; Xi had arrived in Paris yesterday, received by Macron
    text = ("أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الإيطالي جوزيبي كونتي. "
            "وكان شي قد وصل أمس إلى باريس حيث استقبله الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.")
    got = shared(text)
    assert got["Giuseppe Conte"] == ("Xi Jinping", None, None)
    assert got["Emmanuel Macron"][1] == "Paris"


def test_a_planned_visit_lends_no_city():
    # Xi is due to visit Paris next month and meet Macron there: another trip
    text = TALKS + "ومن المقرر أن يزور شي باريس الشهر المقبل ويلتقي الرئيس الفرنسي إيمانويل ماكرون."
    assert shared(text) == {"Edouard Philippe": ("Xi Jinping", None, None)}


def test_an_earlier_visit_lends_no_city():
    # Macron had received Xi at the Elysee last March: a referenced meeting, another trip
    text = TALKS + "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل شي في قصر الإليزيه في مارس الماضي."
    assert shared(text) == {"Edouard Philippe": ("Xi Jinping", None, None)}


def test_another_city_of_the_country_in_the_row_sentence_takes_none():
    # the talks centred on Chinese investment in Strasbourg: a second city of France, no Paris for them
    text = ("أجرى الرئيس الصيني شي جين بينغ اليوم محادثات مع رئيس الوزراء الفرنسي إدوار فيليب ركزت على "
            "الاستثمارات الصينية في ستراسبورغ. " + RECEPTION)
    assert shared(text)["Edouard Philippe"] == ("Xi Jinping", None, "state")


# ... and an undated meeting there takes the one day the trip's other meetings in the country are dated by, when
# one of them tells it as the arrival or a meeting, not the leaving.

# Xi said his visit to France opens a new page. He had arrived in Paris yesterday, Sunday, evening at the start of a
# state visit. During the visit Xi discussed trade with President Macron and the prime minister (no day of their own)
SAID = "قال الرئيس الصيني شي جين بينغ إن زيارته لفرنسا تفتح صفحة جديدة. "
ARRIVED = "وكان شي قد وصل إلى باريس مساء أمس الأحد، في مستهل زيارة دولة. "
BOTH = "وبحث شي خلال الزيارة مع الرئيس إيمانويل ماكرون، ورئيس الوزراء إدوار فيليب، ملفات التجارة والمناخ."


def days(text: str, day: dt.date = TRIP_DAY) -> dict[str, dt.date | None]:
    return {r["host"]: r["date"] for r in _rows(text, day) if r["kind"] == "reported"}


def test_the_prime_ministers_talks_take_the_day_of_the_arrival():
    assert days(SAID + ARRIVED + BOTH) == {"Emmanuel Macron": dt.date(2019, 6, 9), "Edouard Philippe": dt.date(2019, 6, 9)}


def test_an_undated_trip_lends_no_day():
    # the same visit told with no day: nobody's row is dated
    assert days(SAID + "وكان شي قد وصل إلى باريس في مستهل زيارة دولة. " + BOTH) == {
        "Emmanuel Macron": None, "Edouard Philippe": None}


def test_a_host_of_another_country_takes_no_day():
    # the talks during his tour were with Macron and the Italian prime minister: Italy is another leg
    text = SAID + ARRIVED + BOTH.replace("الزيارة", "جولته").replace("إدوار فيليب", "الإيطالي جوزيبي كونتي")
    assert days(text)["Giuseppe Conte"] is None


def test_a_meeting_planned_for_tomorrow_lends_no_day():
    # Xi held talks in Paris with the prime minister; Macron is due to receive him tomorrow at the Elysee
    text = ("أجرى الرئيس الصيني شي جين بينغ في باريس محادثات مع رئيس الوزراء الفرنسي إدوار فيليب. "
            "ومن المقرر أن يستقبله الرئيس الفرنسي إيمانويل ماكرون غدا في قصر الإليزيه.")
    assert days(text) == {"Edouard Philippe": None}


def test_the_leaving_day_is_lent_to_no_meeting():
    # Xi left Paris this Monday evening at the end of a state visit: that day is the trip's last, not the talks'
    text = SAID + "وغادر شي باريس مساء اليوم الاثنين في ختام زيارة دولة لفرنسا. " + BOTH
    assert days(text, dt.date(2019, 6, 10)) == {"Emmanuel Macron": dt.date(2019, 6, 10), "Edouard Philippe": None}


def test_a_farewell_day_is_lent_to_no_meeting():
    # President Macron saw Xi off as he left Paris this evening; Xi had talks during the visit with him and the PM
    text = (SAID + "وكان في وداع شي لدى مغادرته باريس مساء اليوم الرئيس إيمانويل ماكرون. "
            + BOTH.replace("الرئيس إيمانويل ماكرون", "الرئيس ماكرون"))
    assert days(text, dt.date(2019, 6, 10)) == {"Emmanuel Macron": dt.date(2019, 6, 10), "Edouard Philippe": None}


def test_a_reception_day_is_lent_to_the_other_meeting():
    # Macron received Xi today, Monday, at the Elysee; Xi also met the prime minister during the visit
    text = (SAID + "واستقبل الرئيس إيمانويل ماكرون نظيره الصيني شي اليوم الاثنين في قصر الإليزيه. "
            "كما التقى شي خلال الزيارة رئيس الوزراء إدوار فيليب.")
    assert days(text, dt.date(2019, 6, 10)) == {"Emmanuel Macron": dt.date(2019, 6, 10),
                                                 "Edouard Philippe": dt.date(2019, 6, 10)}


# A meeting planned on the visit under way: the arrival's row takes the city of the pair's planned talks.

PLAN_DAY = dt.date(2019, 5, 14)
# the Turkish president arrives today in Russia on a working visit during which he meets President Putin
ARRIVAL = "يصل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء إلى روسيا في زيارة عمل يلتقي خلالها الرئيس فلاديمير بوتين. "


def planned_city(text: str) -> dict[tuple, str | None]:
    return {(r["kind"], r["host"]): r["city"] for r in _rows(text, PLAN_DAY)}


def test_the_arrival_takes_the_city_of_the_talks_planned_tomorrow():
    # and on Wednesday Erdogan will hold talks with Putin in Sochi
    text = ARRIVAL + "وسيجري أردوغان الأربعاء مباحثات مع بوتين في سوتشي."
    assert planned_city(text)[("reported", "Vladimir Putin")] == "Sochi"


def test_the_arrival_takes_the_city_of_undated_planned_talks():
    # Erdogan will hold talks with Putin at the Kremlin (a venue: its city)
    text = ARRIVAL + "وسيعقد أردوغان محادثات مع بوتين في الكرملين."
    assert planned_city(text)[("reported", "Vladimir Putin")] == "Moscow"


def test_talks_planned_next_month_lend_no_city():
    # talks in Sochi next month: another trip
    text = ARRIVAL + "وسيجري أردوغان مباحثات مع بوتين في سوتشي الشهر المقبل."
    assert planned_city(text)[("reported", "Vladimir Putin")] is None


def test_talks_planned_in_the_visitors_country_lend_no_city():
    # Putin will visit Ankara tomorrow for talks with Erdogan: Turkey, not the visit to Russia
    text = ARRIVAL + "وسيزور بوتين أنقرة غدا لإجراء محادثات مع أردوغان."
    assert planned_city(text)[("reported", "Vladimir Putin")] is None



def test_a_planned_trip_to_a_city_lends_no_city():
    # received by Putin on arrival, Erdogan is due to visit Sochi: a leg of the trip, not where they met
    text = ("وصل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء إلى روسيا، وكان الرئيس فلاديمير بوتين في استقباله. "
            + "ومن المقرر أن يزور أردوغان سوتشي.")
    assert planned_city(text)[("reported", "Vladimir Putin")] is None


# A visit noun's relative clause of beginning dates the row: the visit's first day (`_begun_day`).

BEGUN_DAY = dt.date(2019, 5, 9)  # a Thursday
# the French president will hold talks today with the German chancellor in Berlin
TALKS_TODAY = "ومن المقرر أن يجري الرئيس الفرنسي إيمانويل ماكرون محادثات مع المستشارة الألمانية أنغيلا ميركل اليوم. "


def begun(text: str) -> dict[str, tuple]:
    return {r["host"]: (r["kind"], r["date"]) for r in _rows(text, BEGUN_DAY) if r["kind"] == "reported"}


def test_a_visit_that_began_yesterday_dates_the_talks_of_today_by_its_first_day():
    # his remarks dominated the coverage on the first day of his visit, which began yesterday
    text = TALKS_TODAY + "وطغت تصريحات الرئيس الفرنسي ماكرون على التغطية الإعلامية في اليوم الأول من زيارته التي بدأت أمس."
    assert begun(text) == {"Angela Merkel": ("reported", dt.date(2019, 5, 8))}


def test_a_visit_begun_on_a_weekday_with_its_object_pronoun():
    # Macron meets Merkel on Thursday during his three-day visit to Germany, which he began on Tuesday
    text = ("يلتقي الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل الخميس في برلين. "
            "وتحدث الرئيس الفرنسي للصحفيين خلال زيارته التي تستمر ثلاثة أيام إلى ألمانيا والتي بدأها الثلاثاء.")
    assert begun(text) == {"Angela Merkel": ("reported", dt.date(2019, 5, 7))}


def test_without_a_clause_of_beginning_the_talks_keep_their_day():
    # the same remarks on the first day of his visit, no day of beginning told
    text = TALKS_TODAY + "وطغت تصريحات الرئيس الفرنسي ماكرون على التغطية الإعلامية في اليوم الأول من زيارته."
    assert begun(text) == {"Angela Merkel": ("reported", BEGUN_DAY)}


def test_a_tour_that_began_yesterday_does_not_date_a_later_leg():
    # ... on the second day of his European tour, which began yesterday (in another country, maybe)
    text = TALKS_TODAY + "وطغت تصريحات الرئيس الفرنسي ماكرون على التغطية الإعلامية في ثاني أيام جولته الأوروبية التي بدأت أمس."
    assert dt.date(2019, 5, 8) not in {r["date"] for r in _rows(text, BEGUN_DAY)}



# A city-state: a meeting held in it is held in its one city, though only the host's office names the country.

CITY_STATE_DAY = dt.date(2018, 6, 10)


def test_a_meeting_hosted_in_a_city_state_takes_its_city():
    # Kim met the prime minister of Singapore, Lee Hsien Loong, on Sunday (no place named): Singapore
    text = "والتقى الزعيم الكوري الشمالي كيم جونغ أون الأحد رئيس وزراء سنغافورة لي هسين لونغ وبحثا العلاقات الثنائية."
    rows = [r for r in _rows(text, CITY_STATE_DAY) if r["host"] == "Lee Hsien Loong"]
    assert [(r["kind"], r["country"], r["city"]) for r in rows] == [("reported", "Singapore", "Singapore")]


def test_a_meeting_hosted_in_a_country_with_a_capital_of_its_own_takes_no_city():
    # the same meeting with Malaysia's prime minister: the country's capital is not the meeting's city
    text = "والتقى الزعيم الكوري الشمالي كيم جونغ أون الأحد رئيس وزراء ماليزيا مهاتير محمد وبحثا العلاقات الثنائية."
    rows = [r for r in _rows(text, CITY_STATE_DAY) if r["host"] == "Mahathir Mohamad"]
    assert [(r["kind"], r["country"], r["city"]) for r in rows] == [("reported", "Malaysia", None)]
