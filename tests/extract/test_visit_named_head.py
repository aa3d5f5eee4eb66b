"""The host of a visit whose host went unnamed (tasks/extract/visits/named_head.py): the
country's head by office (Pakistan's prime minister, triggers.yaml host_office_by_country) gives
way to the leader of that country the article names meeting the same traveller on the trip (or
alone, after the talks' "مع" or at a joint press conference);
not to one met on another trip, and not when the head by office is named meeting him too. A trip
for medical treatment takes no unnamed host at all (triggers.yaml private_visit). Invented sentences, the whole lexicon (extract_article)."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2016, 4, 5)
ARRIVAL = "وصل الرئيس عبد الفتاح السيسي اليوم إلى العاصمة الباكستانية إسلام آباد في زيارة رسمية. "
FILLER = "وقال الكاتب إن العلاقات بين البلدين قوية. وأضاف أن التعاون الاقتصادي يتسع في مجالات عدة. "


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, DAY, out)
    return sorted((v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"])


def test_the_counterpart_named_later_on_the_trip_hosts_the_unnamed_visit():
    text = ARRIVAL + FILLER + "وكان الرئيس السيسي قد توجه إلى القصر للقاء نظيره الباكستاني ممنون حسين."
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Mamnoon Hussain")]


def test_a_counterpart_met_on_another_trip_leaves_the_head_by_office():
    text = ARRIVAL + FILLER + "وكان الرئيس السيسي قد التقى الرئيس الباكستاني ممنون حسين في القاهرة في يناير الماضي."
    assert ("reported", "Abdel Fattah el-Sisi", "Nawaz Sharif") in rows(text)
    assert ("reported", "Abdel Fattah el-Sisi", "Mamnoon Hussain") not in rows(text)


def test_the_head_by_office_named_meeting_him_too_keeps_his_row():
    text = ("أجرى الرئيس عبد الفتاح السيسي صباح اليوم في إسلام آباد محادثات مع نظيره الباكستاني ممنون حسين. "
            "كما أجرى الرئيس السيسي مساء اليوم محادثات مع رئيس الوزراء الباكستاني نواز شريف.")
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Mamnoon Hussain"),
                          ("reported", "Abdel Fattah el-Sisi", "Nawaz Sharif")]


def test_a_prime_minister_received_by_officials_and_met_by_the_premier_is_his_guest_not_the_presidents():
    # Egypt's head by office is its president; the airport names only a minister and an ambassador,
    # the talks name the prime minister: the president was not there
    text = ("وصل رئيس الوزراء الليبي علي زيدان اليوم إلى القاهرة في زيارة رسمية تستغرق يومين. "
            "ووجد في استقباله بالمطار وزير الخارجية محمد كامل عمرو وسفير ليبيا في القاهرة. "
            "وتتناول الزيارة ملفات الحدود والعمالة. "
            "وعقد زيدان عقب وصوله جلسة مباحثات مع رئيس الوزراء هشام قنديل بمقر مجلس الوزراء.")
    out = defaultdict(list)
    extract_article("a", text, dt.date(2013, 3, 10), out)
    assert sorted((v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]) == [
        ("reported", "Ali Zeidan", "Hesham Qandil")]


LONE = "الرئيس الباكستاني ممنون حسين"


def test_the_counterpart_named_alone_after_the_talks_with_hosts_the_unnamed_visit():
    # no sentence names both, so no row pairs them; the talks' "مع" (with) names the host (named_head.lone_partner)
    text = ARRIVAL + FILLER + f"ويتوقع أن تنتهي المباحثات مع {LONE} بالتوقيع على اتفاقات ثنائية."
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Mamnoon Hussain")]


def test_the_counterpart_named_alone_at_a_joint_press_conference_hosts_the_unnamed_visit():
    text = ARRIVAL + FILLER + f"وقال {LONE} في مؤتمر صحفي مشترك إن البلدين سيوسعان التعاون."
    assert rows(text) == [("reported", "Abdel Fattah el-Sisi", "Mamnoon Hussain")]


def test_a_counterpart_named_alone_with_no_meeting_of_the_traveller_leaves_the_head_by_office():
    sharif = [("reported", "Abdel Fattah el-Sisi", "Nawaz Sharif")]
    # his meeting with others, a statement, a call, talks in an earlier month
    assert rows(ARRIVAL + FILLER + f"وكان {LONE} قد عقد اجتماعا مع وفد صيني.") == sharif
    assert rows(ARRIVAL + FILLER + f"وقال {LONE} إن الاقتصاد ينمو.") == sharif
    assert rows(ARRIVAL + FILLER + f"وجرت أمس محادثات مع {LONE} عبر الهاتف.") == sharif
    assert rows(ARRIVAL + FILLER + f"وكانت المباحثات مع {LONE} في يناير الماضي قد تناولت الطاقة.") == sharif


def test_talks_with_the_counterpart_beside_a_third_leader_leave_the_head_by_office():
    text = ARRIVAL + FILLER + f"وكانت المباحثات مع {LONE} قد شملت الرئيس الأفغاني أشرف غني."
    assert ("reported", "Abdel Fattah el-Sisi", "Nawaz Sharif") in rows(text)


def _rows_on(text, day):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_trip_for_medical_treatment_takes_no_unnamed_host():
    # triggers.yaml private_visit: a hospital is no host, the country's head is not assumed to receive him
    day = dt.date(2013, 2, 22)
    assert _rows_on("وصل الرئيس الجزائري عبد العزيز بوتفليقة إلى باريس أمس للعلاج في أحد المستشفيات العسكرية.", day) == []
    assert _rows_on("وكان الرئيس العراقي جلال الطالباني قد غادر بغداد متوجها إلى ألمانيا لتلقي العلاج.", day) == []


def test_a_trip_for_treatment_with_its_reception_told_keeps_the_receiver():
    day = dt.date(2013, 2, 22)
    text = "وصل الرئيس الجزائري عبد العزيز بوتفليقة إلى باريس أمس للعلاج، واستقبله الرئيس الفرنسي فرانسوا هولاند في قصر الإليزيه."
    assert _rows_on(text, day) == [("reported", "Abdelaziz Bouteflika", "Francois Hollande")]



MEET_DAY = dt.date(2018, 7, 16)
EVE = "وصل الرئيس الأمريكي دونالد ترامب، الأحد، إلى العاصمة السويدية ستوكهولم، عشية قمته مع الرئيس الصيني شي جين بينغ."
HELD = "\nوعقد ترامب قمته مع شي اليوم الاثنين في قاعة المدينة."


def test_a_trip_to_a_reported_summit_with_a_third_countrys_leader_takes_no_unnamed_host():
    # Sweden's head by office is named nowhere: the trip is the summit's, held today on neutral ground
    assert _rows_on(EVE + HELD, MEET_DAY) == [("reported", "Donald Trump", "Xi Jinping")]


def test_a_trip_to_a_summit_still_ahead_keeps_the_unnamed_host():
    # the arrival is the news while the summit is to come
    assert _rows_on(EVE, MEET_DAY) == [("reported", "Donald Trump", "Stefan Löfven")]


def test_leaders_arriving_together_each_keep_the_unnamed_host():
    text = ("وصل الرئيس الأمريكي دونالد ترامب والرئيس الصيني شي جين بينغ، الأحد، إلى العاصمة السويدية ستوكهولم "
            "لعقد قمة بينهما." + HELD)
    assert sorted(_rows_on(text, MEET_DAY)) == [("reported", "Donald Trump", "Stefan Löfven"),
                                                 ("reported", "Donald Trump", "Xi Jinping"),
                                                 ("reported", "Xi Jinping", "Stefan Löfven")]


def test_a_trip_to_meet_the_visited_countrys_leader_keeps_him_as_host():
    text = "وصل الرئيس الأمريكي دونالد ترامب، الأحد، إلى العاصمة الفرنسية باريس، حيث يلتقي الرئيس الفرنسي إيمانويل ماكرون."
    assert _rows_on(text, MEET_DAY) == [("reported", "Donald Trump", "Emmanuel Macron")]


# named_head.met_there: the trip's sentence names only the traveller, and another sentence reports his meeting in the
# trip's own city with one leader of a third country: the trip is that meeting's, and the visited country's head by
# office (named nowhere) is no host.
ASIA_DAY = dt.date(2015, 4, 22)
ABE_MET_XI = "التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الياباني شينزو آبي، اليوم الأربعاء، في العاصمة الإندونيسية جاكرتا. "
ABE_ARRIVED = "وكان آبي قد وصل، اليوم الأربعاء، إلى جاكرتا."


def _met_rows(text):
    return sorted((v["kind"], v["visitor"], v["host"], v["city"]) for v in _rows_dicts(text, ASIA_DAY))


def _rows_dicts(text, day):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return out["visit_mentions"]


def test_a_trip_told_apart_from_the_reported_meeting_in_its_city_takes_no_unnamed_host():
    assert _met_rows(ABE_MET_XI + ABE_ARRIVED) == [("reported", "Xi Jinping", "Shinzo Abe", "Jakarta")]


def test_an_arrival_then_talks_in_the_same_city_with_a_third_countrys_leader_is_one_meeting():
    text = ("وصل رئيس الوزراء الياباني شينزو آبي، اليوم الأربعاء، إلى العاصمة الإندونيسية جاكرتا. "
            "وعقد آبي محادثات مع الرئيس الصيني شي جين بينغ اليوم في جاكرتا.")
    assert _met_rows(text) == [("reported", "Shinzo Abe", "Xi Jinping", "Jakarta")]


def test_a_meeting_there_still_ahead_leaves_the_arrival_its_unnamed_host():
    text = "ويلتقي رئيس الوزراء الياباني شينزو آبي الرئيس الصيني شي جين بينغ غدا الخميس في جاكرتا. " + ABE_ARRIVED
    assert _met_rows(text) == [("reported", "Shinzo Abe", "Joko Widodo", "Jakarta")]


def test_two_leaders_met_there_leave_the_unnamed_host():
    # a gathering: the visited country's head may well be its host
    text = ABE_MET_XI + "كما التقى آبي رئيس الوزراء الهندي ناريندرا مودي، اليوم الأربعاء، في جاكرتا. " + ABE_ARRIVED
    assert ("reported", "Shinzo Abe", "Joko Widodo", "Jakarta") in _met_rows(text)


def test_a_meeting_reported_in_another_city_leaves_the_unnamed_host():
    text = ("التقى الرئيس الصيني شي جين بينغ رئيس الوزراء الياباني شينزو آبي، اليوم الأربعاء، في العاصمة الصينية بكين. "
            + ABE_ARRIVED)
    assert _met_rows(text) == [("reported", "Shinzo Abe", "Joko Widodo", "Jakarta"),
                               ("reported", "Shinzo Abe", "Xi Jinping", "Beijing")]


# the same rule on two leaders' talks the lead reports (spurious44's cases)
ASTANA_DAY = dt.date(2017, 9, 25)
TALKS = "عقد الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان اليوم الاثنين محادثات في أستانا. "
CAME = "وكان أردوغان قد وصل صباح اليوم إلى أستانا. "


def _hosts(text, day):
    return sorted({h for _, v, h in _rows_on(text, day)} | {v for _, v, h in _rows_on(text, day)})


def test_an_arrival_told_apart_from_the_talks_in_its_city_takes_no_unnamed_host():
    # Kazakhstan's head by office is named nowhere: Erdogan came to Astana for the talks the lead reports
    assert _hosts(TALKS + FILLER + CAME, ASTANA_DAY) == ["Recep Tayyip Erdogan", "Vladimir Putin"]


def test_a_trip_to_another_city_than_the_meetings_keeps_the_unnamed_host():
    text = TALKS + FILLER + "وكان أردوغان قد وصل صباح اليوم إلى ألماتي. "
    assert "Nursultan Nazarbayev" in _hosts(text, ASTANA_DAY)


def test_a_trip_before_talks_still_ahead_keeps_the_unnamed_host():
    text = "ومن المقرر أن يعقد الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان غدا محادثات في أستانا. " \
        + FILLER + CAME
    assert "Nursultan Nazarbayev" in _hosts(text, ASTANA_DAY)
