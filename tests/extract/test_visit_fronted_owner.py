"""A trip told in a phrase opening its sentence, its owner named after the phrase's comma as the main
verb's subject (tasks/extract/visits/fronted.py fronted_owner): past a two-word title ("رئيس الوزراء
البريطاني") and past a bare trip noun restating the same trip ("في أول زيارة نادرة"). Invented
sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported(text, pub=dt.date(2013, 2, 19)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_the_fronted_trips_owner_is_named_past_a_two_word_title():
    # "On his first visit to India since taking office, the British prime minister David Cameron met
    # business leaders": Cameron visits India (its head of government as the host)
    text = "وفي أول زيارة له إلى الهند منذ توليه منصبه، التقى رئيس الوزراء البريطاني ديفيد كاميرون رجال الأعمال."
    assert reported(text) == [("David Cameron", "Manmohan Singh")]
    text = "وخلال زيارته للهند اليوم، أكدت رئيسة الوزراء البريطانية تيريزا ماي أن التجارة تنمو."
    assert reported(text, dt.date(2018, 4, 10)) == [("Theresa May", "Narendra Modi")]


def test_a_bare_trip_noun_restating_the_fronted_trip_stands_not_between():
    # "On the sidelines of his visit to Austria, his first rare visit to Western Europe in years,
    # the Russian president hinted ...": the second "visit" is the same trip
    text = ("وعلى هامش زيارته للنمسا في أول زيارة نادرة لغرب أوروبا منذ سنوات، ألمح الرئيس الروسي "
            "فلاديمير بوتين إلى أنه قد يبقى في منصبه.")
    assert reported(text, dt.date(2018, 6, 6)) == [("Vladimir Putin", "Sebastian Kurz")]


def test_a_past_fronted_trip_recalled_is_not_reported():
    text = "وفي زيارته السابقة للهند، التقى رئيس الوزراء البريطاني ديفيد كاميرون رجال الأعمال."
    assert reported(text) == []


def test_a_minister_named_after_the_fronted_comma_owns_no_leaders_trip():
    # the foreign minister is the one visiting; the prime minister only sent the message
    text = ("وخلال زيارته للهند منذ يومين، نقل وزير الخارجية البريطاني وليام هيغ رسالة من رئيس الوزراء "
            "ديفيد كاميرون.")
    assert reported(text) == []


def test_a_leader_arriving_home_in_a_fronted_phrase_is_no_visit():
    text = "ولدى وصوله إلى العاصمة البريطانية لندن، قال رئيس الوزراء البريطاني ديفيد كاميرون إن الزيارة نجحت."
    assert reported(text) == []


def test_a_second_trip_between_the_fronted_trip_and_its_comma_still_stops_it():
    # "during his visit to India after his visit to Pakistan": two trips, whose is unsaid here
    text = "وخلال زيارته للهند بعد زيارته لباكستان، التقى رئيس الوزراء البريطاني ديفيد كاميرون رجال الأعمال."
    assert reported(text) == []


# fronted_told_past: the fronted phrase's main verb, a perfect, tells the trip as under way or done when he
# acted, whatever plan of it ("قبيل زيارته لطوكيو", before his visit to Tokyo) a later sentence tells
LEAD = "ذكرت صحيفة بريطانية أن رئيس الوزراء الهندي ناريندرا مودي يدرس خطة جديدة للتجارة. "
PLAN_AFTER = " وكان صحفي قد سأله في حوار أجراه معه قبيل زيارته لطوكيو عن الرسوم."


def kinds(text, pub=dt.date(2018, 6, 6)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def test_a_perfect_after_the_fronted_trip_tells_it_held_despite_a_later_plan():
    # "On the sidelines of his visit to Japan, Modi hinted he may cut tariffs" then "before his visit to Tokyo"
    text = LEAD + "وعلى هامش زيارته لليابان، ألمح مودي إلى أنه قد يخفض الرسوم الجمركية." + PLAN_AFTER
    assert kinds(text) == [("reported", "Narendra Modi", "Shinzo Abe")]
    text = LEAD + "وخلال زيارته لليابان، شدد مودي على أهمية الاستثمار." + PLAN_AFTER
    assert kinds(text) == [("reported", "Narendra Modi", "Shinzo Abe")]


def test_an_imperfect_after_the_fronted_trip_leaves_the_plan_a_plan():
    # "he meets" / "he will meet" Japanese businessmen on the sidelines of his visit: still the planned trip
    text = LEAD + "وعلى هامش زيارته لليابان، يلتقي مودي رجال الأعمال اليابانيين." + PLAN_AFTER
    assert kinds(text) == [("referenced", "Narendra Modi", "Shinzo Abe")]
    text = LEAD + "وعلى هامش زيارته لليابان، سيلتقي مودي رجال الأعمال اليابانيين." + PLAN_AFTER
    assert kinds(text) == [("referenced", "Narendra Modi", "Shinzo Abe")]


def test_a_fronted_trip_at_home_or_before_the_trip_is_still_no_visit():
    # a trip to one of his own country's states, and "shortly before his visit to Japan"
    text = LEAD + "وعلى هامش زيارته لولاية غوجارات، ألمح مودي إلى أنه قد يخفض الرسوم الجمركية."
    assert kinds(text) == []
    text = LEAD + "وقبيل زيارته لليابان، ألمح مودي إلى أنه قد يخفض الرسوم الجمركية." + PLAN_AFTER
    assert kinds(text) == []


def test_a_fronted_meetings_partner_after_with_leaves_it_to_the_subject_after_the_comma():
    # "Obama will visit Israel next month. In a short statement after his meeting with the Israeli president,
    # Netanyahu pointed out ...": Netanyahu's meeting with Peres (one country: no pair), not Obama's
    text = ("وقال المتحدث إن الرئيس الأمريكي باراك أوباما سيزور إسرائيل الشهر المقبل. وفي تصريح قصير عقب "
            "اجتماعه مع الرئيس الإسرائيلي، أشار بنيامين نتنياهو إلى أن المشاورات مستمرة.")
    out = defaultdict(list)
    extract_article("a", text, dt.date(2013, 3, 10), out, source="JawharaFM")
    assert [(r["kind"], r["visitor"], r["host"], r["trigger"]) for r in out["visit_mentions"]] == [
        ("referenced", "Barack Obama", "Shimon Peres", "سيزور")]  # the planned visit alone, no meeting of Obama's
    # the subject after the comma of another country: the pair is his and the partner's
    text = ("وفي مؤتمر صحفي عقب اجتماعه مع الرئيس الروسي فلاديمير بوتين في موسكو اليوم، قال الرئيس التركي "
            "رجب طيب أردوغان إن المحادثات كانت مثمرة.")
    assert reported(text, dt.date(2018, 3, 10)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
