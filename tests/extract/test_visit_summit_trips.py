"""Summits of several parties. A trip for one (tasks/extract/visits/summits.py summit_trip): a leader who
came to take part in it visits the host country's head (the one the text names receiving him, else the head
by office: annotators list the trip as a visit, its host null), never another participant.
Its chair (tasks/extract/visits/multilateral.py body_summit, triggers.yaml summit_chair_words): "رئيس
القمة" (the summit's chair), "رئاسة القمة" (its presidency) is an office, no meeting. Invented sentences,
the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 5)


def _reported(text, published=DAY):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_an_arrival_for_the_bare_summit_named_in_an_earlier_sentence_visits_the_head_by_office():
    # "Tunisia's PM arrived in Cairo today to represent his country at the Islamic summit. Senegal's
    # president had arrived in Cairo earlier today to take part in the summit": the bare "القمة" is
    # the Islamic summit named before; each trip is a visit to Egypt's head by office, the two never paired
    text = ("وصل إلى القاهرة اليوم رئيس وزراء تونس ليمثل بلاده في القمة الإسلامية. "
            "يذكر أن رئيس السنغال كان قد وصل إلى القاهرة في وقت سابق اليوم للمشاركة في القمة.")
    assert _reported(text) == [("Hamadi Jebali", "Mohamed Morsi"), ("Macky Sall", "Mohamed Morsi")]


def test_an_arrival_for_the_bare_summit_received_by_the_named_host_stays_a_visit():
    # the same trips, the second one's host named receiving him at the airport
    text = ("وصل إلى القاهرة اليوم رئيس وزراء تونس ليمثل بلاده في القمة الإسلامية. "
            "يذكر أن رئيس السنغال كان قد وصل إلى القاهرة في وقت سابق اليوم للمشاركة في القمة، "
            "وكان الرئيس محمد مرسي في استقباله بالمطار.")
    assert _reported(text) == [("Hamadi Jebali", "Mohamed Morsi"), ("Macky Sall", "Mohamed Morsi")]


def test_an_arrival_for_a_bare_summit_in_a_story_naming_no_series_keeps_its_host():
    # negative: no series named anywhere, "القمة" may be the two states' own: the arrival stays a visit
    text = "وصل رئيس السنغال إلى القاهرة اليوم للمشاركة في القمة."
    assert _reported(text) == [("Macky Sall", "Mohamed Morsi")]


def test_taking_over_the_summits_presidency_from_a_leader_is_no_meeting():
    # "President Morsi took over today the summit's presidency from Senegal's president Macky Sall"
    text = "تسلم الرئيس محمد مرسي اليوم رئاسة القمة من رئيس السنغال ماكي سال."
    assert _reported(text) == []


def test_the_summits_chair_named_in_a_programme_is_no_meeting():
    # "Then Senegal's president, chair of the previous summit, gives a speech": no row of any kind
    text = "ويلقي الرئيس محمد مرسي كلمة ثم يلقي رئيس السنغال ماكي سال رئيس القمة السابقة كلمة."
    assert mention_rows(text, DAY) == []


def test_a_summit_two_leaders_held_stays_their_meeting():
    # negative: "Morsi and Senegal's president held a summit today in Cairo": no chair word before it
    text = "وعقد الرئيس محمد مرسي ورئيس السنغال ماكي سال اليوم قمة في القاهرة."
    assert _reported(text) == [("Macky Sall", "Mohamed Morsi")]


def test_an_arrival_in_the_city_of_the_years_edition_visits_the_head_by_office_not_the_other_arrival():
    # "Heads of state kept arriving for the summit of the Islamic states that opens tomorrow. Morocco's PM
    # Benkirane and the Afghan president Karzai arrived at Cairo airport this evening": the text places the
    # summit nowhere, the lexicon's 2013 edition is in Cairo; each arrival visits Egypt, the two meet nobody
    text = ("استمر توافد رؤساء الدول المشاركين في أعمال قمة الدول الإسلامية التي تبدأ غدا. "
            "ووصل إلى مطار القاهرة مساء اليوم رئيس وزراء المغرب عبدالإله بن كيران والرئيس الأفغاني حامد كرزاي.")
    assert _reported(text) == [("Abdelilah Benkirane", "Mohamed Morsi"), ("Hamid Karzai", "Mohamed Morsi")]


def test_an_arrival_elsewhere_than_the_editions_city_keeps_its_host():
    # negative: the same story, the arrival in Riyadh: a visit to Saudi Arabia's king
    text = ("استمر توافد رؤساء الدول المشاركين في أعمال قمة الدول الإسلامية التي تبدأ غدا. "
            "ووصل إلى الرياض مساء اليوم الرئيس الأفغاني حامد كرزاي.")
    assert _reported(text) == [("Hamid Karzai", "Abdullah bin Abdulaziz")]


def test_an_official_visit_to_the_editions_city_stays_a_visit():
    # negative: "arrived in Cairo this evening on an official visit" is a visit of its own
    text = ("استمر توافد رؤساء الدول المشاركين في أعمال قمة الدول الإسلامية التي تبدأ غدا. "
            "ووصل إلى القاهرة مساء اليوم الرئيس الأفغاني حامد كرزاي في زيارة رسمية.")
    assert _reported(text) == [("Hamid Karzai", "Mohamed Morsi")]


def test_an_arrival_at_the_bare_summit_of_two_keeps_its_host_beside_another_named_series():
    # negative: "Trump arrived in Singapore, the summit's seat, on Sunday evening. Trump had left the G7 summit
    # early": the named series is held elsewhere (the lexicon's 2018 edition: La Malbaie, Canada), so the bare
    # "القمة" is the two's summit, the arrival a visit
    text = "وصل ترامب إلى سنغافورة مقر القمة مساء الأحد. وكان ترامب قد غادر قمة مجموعة السبع مبكرا."
    assert _reported(text, dt.date(2018, 6, 11)) == [("Donald Trump", "Lee Hsien Loong")]


def test_leaving_today_for_a_summit_abroad_visits_its_host_by_office():
    # "The Egyptian PM Qandil left Cairo today heading for N'Djamena, capital of Chad, to attend the extraordinary
    # summit of the Sahel-Saharan states": a visit to Chad's head by office, dated today
    text = ("غادر رئيس الوزراء المصري هشام قنديل القاهرة اليوم متوجها إلى نجامينا عاصمة تشاد "
            "لحضور القمة الاستثنائية لتجمع دول الساحل والصحراء.")
    rows = [r for r in mention_rows(text, dt.date(2013, 2, 16)) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["city"], r["date"]) for r in rows] == [
        ("Hesham Qandil", "Idriss Deby", "N'Djamena", dt.date(2013, 2, 16))]


def test_a_summit_trip_tomorrow_stays_planned_and_the_hosts_own_arrival_no_visit():
    # negative: "heads tomorrow to N'Djamena to attend the summit" is planned; Chad's own president
    # arriving at the summit's seat in his capital visits nobody
    text = ("يتوجه رئيس الوزراء المصري هشام قنديل غدا إلى نجامينا عاصمة تشاد "
            "لحضور القمة الاستثنائية لتجمع دول الساحل والصحراء.")
    assert _reported(text, dt.date(2013, 2, 16)) == []
    own = "وصل الرئيس التشادي إدريس ديبي إلى مقر القمة في نجامينا اليوم للمشاركة في القمة الاستثنائية لتجمع دول الساحل والصحراء."
    assert mention_rows(own, dt.date(2013, 2, 16)) == []


def test_a_leaders_advance_party_arriving_for_a_summit_is_not_the_leader():
    # "Delegations keep arriving for the Islamic summit: this morning the advance party of Djibouti's
    # president arrived in Cairo, while Togo's representative arrived too" (triggers.yaml
    # possessor_heads_adjacent "مقدمة"): no leader travelled
    text = ("تستمر الوفود في الوصول إلى القمة الإسلامية، حيث وصلت صباح اليوم إلى القاهرة مقدمة رئيس دولة "
            "جيبوتي، بينما وصل أيضا ممثل دولة توجو.")
    assert _reported(text, dt.date(2013, 2, 3)) == []
    # negative: the president himself arriving is a visit
    assert _reported("وصل رئيس جيبوتي إسماعيل عمر جيله إلى القاهرة اليوم للمشاركة في القمة الإسلامية.",
                     dt.date(2013, 2, 3)) == [("Ismail Omar Guelleh", "Mohamed Morsi")]


# A later arrival of a summit's round-up told with no place of its own (summits.summit_arrival_place): the
# city the text gives the summit. "The leaders arrived in Cairo for the Islamic summit ... while the Tunisian
# prime minister had arrived yesterday": he arrived in Cairo too, hosted by Egypt's head by office.
CAIRO_SUMMIT = "وصل إلى القاهرة اليوم عدد من القادة للمشاركة في القمة الإسلامية التي تستضيفها مصر. "


def _reported_at(text, published=DAY):
    return sorted((r["visitor"], r["host"], r["city"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_a_placeless_arrival_in_a_summit_round_up_is_in_the_summit_city():
    text = CAIRO_SUMMIT + "وتوالى وصول الوفود، فيما وصل أمس رئيس وزراء تونس حمادي الجبالي الذي يترأس وفد بلاده."
    assert _reported_at(text) == [("Hamadi Jebali", "Mohamed Morsi", "Cairo")]


def test_a_placeless_arrival_coming_back_from_somewhere_is_not_the_summit_city():
    # negative: "arrived yesterday coming back from Tunis": where he came from, not a trip to the summit's city
    text = CAIRO_SUMMIT + "وتوالى وصول الوفود، فيما وصل أمس رئيس وزراء تونس حمادي الجبالي عائدا من تونس."
    assert _reported_at(text) == []


def test_a_placeless_arrival_of_the_summit_country_own_leader_stays_without_a_host():
    # negative: the host country's own head arriving is no guest of the summit's city
    text = CAIRO_SUMMIT + "وتوالى وصول الوفود، فيما وصل أمس الرئيس محمد مرسي."
    assert _reported_at(text) == []


def test_a_placeless_arrival_in_a_story_of_no_summit_stays_without_a_host():
    # negative: no summit named, the arrival has nowhere to go
    text = "وصل إلى القاهرة اليوم عدد من الوزراء للمشاركة في المؤتمر. فيما وصل أمس رئيس وزراء تونس حمادي الجبالي."
    assert _reported_at(text) == []


def test_an_imperfect_arrival_of_a_timetable_is_not_a_placeless_arrival():
    # negative: "on Wednesday the Chadian president Idriss Deby arrives": a timetable's, not yet come
    text = CAIRO_SUMMIT + "ويوم الأربعاء يصل الرئيس التشادي إدريس ديبي."
    assert _reported_at(text) == []


def test_the_noun_arrival_of_a_schedule_is_not_a_placeless_arrival():
    # negative: "a delegation came to prepare the Indonesian president's arrival": his arrival is a plan
    text = CAIRO_SUMMIT + "كما وصل وفد إندونيسي لإتمام استعدادات وصول الرئيس الإندونيسي للقمة."
    assert _reported_at(text) == []


def test_an_arrival_with_a_goal_the_lexicon_does_not_know_is_not_in_the_summit_city():
    # negative: "Qandil arrived at al-Maza air base" (at home, back from the summit): a goal of his own
    text = ("عاد رئيس الوزراء هشام قنديل من قمة دول الساحل والصحراء في نجامينا. "
            "وصل قنديل إلى قاعدة الماظة الجوية ومعه الوفد.")
    assert _reported_at(text) == []
