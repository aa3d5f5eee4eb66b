"""Summits of several parties. A trip for one (tasks/extract/visits/summits.py summit_trip): a leader who
came to take part in it visits nobody in its host country unless the text names the host receiving him.
Its chair (tasks/extract/visits/multilateral.py body_summit, triggers.yaml summit_chair_words): "رئيس
القمة" (the summit's chair), "رئاسة القمة" (its presidency) is an office, no meeting. Invented sentences,
the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 5)


def _reported(text, published=DAY):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_an_arrival_for_the_bare_summit_named_in_an_earlier_sentence_has_no_unnamed_host():
    # "Tunisia's PM arrived in Cairo today to represent his country at the Islamic summit. Senegal's
    # president had arrived in Cairo earlier today to take part in the summit": the bare "القمة" is
    # the Islamic summit named before; Egypt's president, named nowhere, receives nobody
    text = ("وصل إلى القاهرة اليوم رئيس وزراء تونس ليمثل بلاده في القمة الإسلامية. "
            "يذكر أن رئيس السنغال كان قد وصل إلى القاهرة في وقت سابق اليوم للمشاركة في القمة.")
    assert _reported(text) == []


def test_an_arrival_for_the_bare_summit_received_by_the_named_host_stays_a_visit():
    # negative: the same trip with the host named receiving him at the airport
    text = ("وصل إلى القاهرة اليوم رئيس وزراء تونس ليمثل بلاده في القمة الإسلامية. "
            "يذكر أن رئيس السنغال كان قد وصل إلى القاهرة في وقت سابق اليوم للمشاركة في القمة، "
            "وكان الرئيس محمد مرسي في استقباله بالمطار.")
    assert _reported(text) == [("Macky Sall", "Mohamed Morsi")]


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


def test_an_arrival_in_the_city_of_the_years_edition_has_no_unnamed_host():
    # "Heads of state kept arriving for the summit of the Islamic states that opens tomorrow. Morocco's PM
    # Benkirane and the Afghan president Karzai arrived at Cairo airport this evening": the text places the
    # summit nowhere, the lexicon's 2013 edition is in Cairo, the arrivals are the summit's
    text = ("استمر توافد رؤساء الدول المشاركين في أعمال قمة الدول الإسلامية التي تبدأ غدا. "
            "ووصل إلى مطار القاهرة مساء اليوم رئيس وزراء المغرب عبدالإله بن كيران والرئيس الأفغاني حامد كرزاي.")
    assert _reported(text) == []


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
