"""A meeting of three leaders told as one (tasks/extract/visits/objects.py three_sided): two leaders
joined by "و" on one side and a third on the other is a trilateral summit (GUIDE: summit), no pair's, unless held in the third's country: then each of the two
visits him (small_summit.summit_sides); talks a
host holds between two others are each guest's visit to him (small_summit.hosted_sides), never the guests' own
pair. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 4)


def _reported(text, published=DAY):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_two_joined_leaders_holding_talks_with_a_third_in_his_capital_each_visit_him():
    # "The Afghan president Karzai and his Pakistani counterpart Zardari hold talks today with the
    # British PM Cameron in London": Cameron hosts both (small_summit.summit_sides)
    text = ("يعقد الرئيس الأفغاني حامد كرزاي ونظيره الباكستاني آصف علي زرداري محادثات اليوم الاثنين "
            "مع رئيس الوزراء البريطاني ديفيد كاميرون في لندن.")
    assert _reported(text) == [("Asif Ali Zardari", "David Cameron"), ("Hamid Karzai", "David Cameron")]


def test_two_joined_leaders_holding_talks_with_a_third_abroad_pair_no_one():
    # the same talks in a fourth country's city: the three's, no host's
    text = ("يعقد الرئيس الأفغاني حامد كرزاي ونظيره الباكستاني آصف علي زرداري محادثات اليوم الاثنين "
            "مع رئيس الوزراء البريطاني ديفيد كاميرون في نيويورك.")
    assert _reported(text) == []


def test_one_leader_holding_talks_with_another_stays_a_pair():
    # negative: the same talks with one subject
    text = ("يعقد الرئيس الأفغاني حامد كرزاي محادثات اليوم الاثنين "
            "مع رئيس الوزراء البريطاني ديفيد كاميرون في لندن.")
    assert _reported(text) == [("Hamid Karzai", "David Cameron")]


def test_a_joint_press_conference_with_two_leaders_pairs_no_one():
    # "Hollande said at a joint press conference with Karzai and Zardari that the talks were fruitful"
    text = "وقال أولاند في مؤتمر صحفي مشترك مع كرزاي وزرداري إن المحادثات كانت مثمرة."
    assert _reported(text) == []


def test_a_joint_press_conference_with_one_leader_stays_a_pair():
    # negative: one partner only
    text = "وقال أولاند في مؤتمر صحفي مشترك مع كرزاي إن المحادثات كانت مثمرة."
    assert _reported(text) == [("Francois Hollande", "Hamid Karzai")]


def test_talks_a_leader_hosts_between_two_others_are_the_guests_visits_not_their_own_pair():
    # "The British PM Cameron hosts on Monday talks between the Afghan president Karzai and the
    # Pakistani Zardari": each guest visited Cameron (GUIDE: a small meeting), not Karzai and Zardari's own meeting
    text = ("يستضيف رئيس الوزراء البريطاني ديفيد كاميرون الاثنين محادثات بين الرئيس الأفغاني حامد كرزاي "
            "والباكستاني آصف علي زرداري لبحث السلام.")
    assert _reported(text) == [("Asif Ali Zardari", "David Cameron"), ("Hamid Karzai", "David Cameron")]


def test_talks_with_two_guests_one_by_one_stay_two_pairs():
    # negative: "held talks with the Turkish president Gul and the president of Djibouti Guelleh": no
    # "joint" word, no joined subject: each guest's talks with the host
    text = ("أجرى الرئيس محمد مرسي اليوم في القاهرة مباحثات مع الرئيس التركي عبد الله جول "
            "ورئيس جيبوتي إسماعيل عمر جيله.")
    assert _reported(text) == [("Abdullah Gul", "Mohamed Morsi"), ("Ismail Omar Guelleh", "Mohamed Morsi")]


def test_a_host_receiving_two_guests_stays_two_pairs():
    # negative: a reception of two guests is no talks "بين" (between) them
    text = "استقبل الرئيس محمد مرسي اليوم في القاهرة الرئيس التركي عبد الله جول ورئيس جيبوتي إسماعيل عمر جيله."
    assert _reported(text) == [("Abdullah Gul", "Mohamed Morsi"), ("Ismail Omar Guelleh", "Mohamed Morsi")]


def test_two_joined_leaders_assessing_a_third_ones_meeting_leave_it_a_pair():
    # negative: "Kim and Xi assessed Kim's meeting with President Trump in Singapore": the meeting noun has
    # its own genitive, the two are the subject of another verb
    text = ("وقالت الوكالة إن كيم جونج أون وشي جين بينغ قيما لقاء كيم مع الرئيس الأميركي دونالد ترامب "
            "في سنغافورة.")
    assert _reported(text, dt.date(2018, 6, 19)) == [("Kim Jong-un", "Donald Trump")]
