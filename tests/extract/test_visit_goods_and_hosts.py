"""Where things go and who receives where: a place after a verbal noun of transfer ("نقل الخبرة إلى مصر",
transferring expertise to Egypt) is no leader's goal (visits.othertrip, visits.place.place_countries); a
leader receiving in a city of the other's country is the one abroad (visits.candidates._orient); a
vice-president "of India" received is an official, no side for India's head (visits.sides); a home outlet's
bare title heading a list "of India" is India's (tasks.extract.home). Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map

PUB = dt.date(2013, 3, 19)


def rows(text, source=None):
    out = defaultdict(list)
    extract_article("a", text, PUB, out, source=source)
    return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_aid_delivered_to_gaza_is_no_venue_of_the_talks():
    assert rows("بحث الرئيس المصري محمد مرسي مع رئيس الوزراء الهندي مانموهان سينج إيصال المساعدات إلى غزة.") == [
        ("Mohamed Morsi", "Manmohan Singh", None)]


def test_a_trip_to_gaza_after_the_talks_word_stays_the_venue():
    # the negative: a leader's own trip ("قبل انتقال الرئيس إلى مومباي") is still his
    assert rows("بحث الرئيس المصري محمد مرسي مع رئيس الوزراء الهندي مانموهان سينج قبل انتقال الرئيس إلى مومباي.") == [
        ("Mohamed Morsi", "Manmohan Singh", "Mumbai")]


def test_expertise_moved_to_a_country_does_not_make_its_leader_the_host():
    # an international outlet's count of places: Egypt, the goal of the expertise, is not where they met
    assert rows("بحث الرئيس المصري محمد مرسي مع رئيس الوزراء الهندي مانموهان سينج سبل نقل الخبرة الهندية إلى مصر.") == [
        ("Mohamed Morsi", "Manmohan Singh", None)]
    assert rows("بحث الرئيس المصري محمد مرسي مع رئيس الوزراء الهندي مانموهان سينج جذب مزيد من الاستثمارات "
                "الهندية الى مصر.") == [("Mohamed Morsi", "Manmohan Singh", None)]


def test_a_country_named_without_a_transfer_still_counts_for_the_direction():
    assert rows("بحث الرئيس المصري محمد مرسي مع رئيس الوزراء الهندي مانموهان سينج الأوضاع في مصر.") == [
        ("Manmohan Singh", "Mohamed Morsi", None)]


def test_a_leader_receiving_in_the_others_capital_is_the_visitor():
    assert rows("استقبل الرئيس المصري محمد مرسي في مقر إقامته بنيودلهي اليوم رئيس الوزراء الهندي مانموهان سينج.") == [
        ("Mohamed Morsi", "Manmohan Singh", "New Delhi")]


def test_a_leader_receiving_at_home_stays_the_host():
    assert rows("استقبل الرئيس المصري محمد مرسي في القاهرة اليوم رئيس الوزراء الهندي مانموهان سينج.") == [
        ("Manmohan Singh", "Mohamed Morsi", "Cairo")]


def test_a_vice_president_of_the_country_received_is_no_side_for_its_head():
    # (a first line that tells no meeting: "أقام مأدبة عشاء تكريما للرئيس" is one now, visits.honours)
    text = ("قالت الرئاسة إن الرئيس الهندي برناب موخارجي أشاد بالرئيس المصري محمد مرسي.\n"
            "مرسي يستقبل في نيودلهي نائب رئيس الهند ورئيسة الحزب الحاكم")
    assert rows(text, "ElWatanNews") == []


def test_the_head_of_the_country_received_abroad_is_still_a_side():
    text = ("قالت الرئاسة إن الرئيس الهندي برناب موخارجي أقام مأدبة عشاء تكريما للرئيس المصري محمد مرسي.\n"
            "مرسي يستقبل في نيودلهي رئيس الهند")
    assert rows(text, "ElWatanNews") == [("Mohamed Morsi", "Pranab Mukherjee", "New Delhi")]


def home_people(text):
    return [(m.entity_id, m.surface) for m in find_mentions(text, fold_with_map(text), PUB, home="Egypt")
            if m.entity_type == "person"]


def test_a_bare_home_title_in_a_list_another_countrys_name_ends_is_that_countrys():
    # an Egyptian paper's "رئيس الجمهورية" is Morsi, unless the list it heads is "of India"
    assert home_people("أعرب مرسي عن شكره لرئيس الجمهورية ورئيس الوزراء وحكومة وشعب الهند على حفاوة الاستقبال.") == []
    text = ("أعرب الرئيس محمد مرسي عقب مباحثاته مع رئيس الوزراء الهندي مانموهان سينج عن شكره لرئيس الجمهورية "
            "ورئيس الوزراء وحكومة وشعب الهند على حفاوة الاستقبال.")
    assert rows(text, "ElWatanNews") == [("Mohamed Morsi", "Manmohan Singh", None)]


def test_a_bare_home_title_beside_a_foreign_title_or_its_own_people_stays_home():
    assert home_people("التقى رئيس الجمهورية ورئيس وزراء الهند مانموهان سينج في القاهرة اليوم.") == [
        ("mohamed_morsi", "رئيس الجمهورية"), ("manmohan_singh", "مانموهان سينج")]
    assert home_people("أعرب مرسي عن شكره لرئيس الجمهورية ورئيس الوزراء وشعب مصر على حفاوة الاستقبال.") == [
        ("mohamed_morsi", "رئيس الجمهورية"), ("hesham_qandil", "رئيس الوزراء")]


def test_a_projects_site_is_no_sign_of_where_the_leaders_were():
    # "لتطوير مركز التدريب بالقاهرة" (to develop the training centre in Cairo): the grant's site, not the venue
    text = ("قال الرئيس محمد مرسي إنه بحث مع رئيس الوزراء الهندي مانموهان سينج تعزيز التبادل التجاري.\n"
            "وأضاف مرسي أن الهند ستقدم منحة لتطوير مركز التدريب المهني بالقاهرة.")
    assert rows(text, "ElWatanNews") == [("Mohamed Morsi", "Manmohan Singh", None)]


def test_where_a_leader_spoke_or_talks_were_held_still_places_the_meeting():
    text = ("قال الرئيس محمد مرسي إنه بحث مع رئيس الوزراء الهندي مانموهان سينج تعزيز التبادل التجاري.\n"
            "وأضاف مرسي في كلمة ألقاها بالقاهرة أن الهند شريك مهم.")
    assert rows(text, "ElWatanNews") == [("Manmohan Singh", "Mohamed Morsi", None)]
    assert rows("التقى الرئيس محمد مرسي رئيس الوزراء الهندي مانموهان سينج لإجراء محادثات في نيودلهي.",
                "ElWatanNews") == [("Mohamed Morsi", "Manmohan Singh", "New Delhi")]
