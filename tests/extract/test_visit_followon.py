"""Follow-on meetings (tasks.extract.visits.followon): a second reception or meeting told
with "كما" (as well), "ثم" (then) or "أيضا" (also) and no subject of its own, and guests
listed one after another. Invented sentences, the stand-in lexicon of test_visits; the last
ones (session 27) the whole lexicon: the subject carried past a title ("استقبل رئيس الجمهورية
X Y، كما عقد جلسة مباحثات مع Z"), into a visit made after "قبل أن" (before) and the meeting
"خلالها" (during it), and the one a "that" clause names; and "لدى وصوله" (upon his arrival)
after "استقبل X Y" is the guest's (owners.pronoun_owner)."""
import datetime as dt

import pytest

from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows, reported, reported_rows


def pairs(text):
    return sorted((r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported")


SISI, ERDOGAN, KUWAIT, SALMAN, PUTIN, ASSAD = ("Abdel Fattah el-Sisi", "Recep Tayyip Erdogan",
                                               "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz",
                                               "Vladimir Putin", "Bashar al-Assad")


@pytest.mark.parametrize("text", [
    "استقبل السيسي في القاهرة أمس أردوغان، كما استقبل أمير الكويت.",
    "استقبل السيسي في القاهرة أمس أردوغان، ثم استقبل بعد ذلك أمير الكويت.",
    "استقبل السيسي في القاهرة أمس أردوغان، واستقبل أيضا أمير الكويت.",
    "استقبل السيسي في القاهرة أمس أردوغان. كما استقبل أمير الكويت في قصر الاتحادية.",
    "استقبل السيسي في القاهرة أمس أردوغان، وعقب ذلك استقبل أمير الكويت.",
    "استقبل السيسي في القاهرة أمس أردوغان. وفي وقت لاحق استقبل أمير الكويت.",
])
def test_a_second_reception_with_no_subject_is_the_first_receivers(text):
    """"Sisi received Erdogan, and received as well the emir of Kuwait": Sisi hosts both;
    Erdogan, named last before "كما", received nobody."""
    assert pairs(text) == [(ERDOGAN, SISI), (KUWAIT, SISI)]


def test_separate_talks_told_with_kama_are_the_first_subjects():
    """"Sisi held talks with Erdogan, and held as well separate talks with the emir"."""
    text = "أجرى السيسي في القاهرة مباحثات مع أردوغان، كما أجرى مباحثات منفصلة مع أمير الكويت."
    assert {frozenset(p) for p in pairs(text)} == {frozenset((SISI, ERDOGAN)), frozenset((SISI, KUWAIT))}


def test_a_follow_on_meeting_whose_leader_meets_an_official_carries_no_subject():
    """"... and the emir of Kuwait met as well the Russian foreign minister": the emir is
    that meeting's subject, not Sisi's guest."""
    text = "استقبل السيسي في القاهرة أمس أردوغان. كما التقى أمير الكويت وزير الخارجية الروسي لافروف."
    assert pairs(text) == [(ERDOGAN, SISI)]


def test_a_follow_on_verb_that_names_its_own_subject_keeps_it():
    """"Putin met Assad. Erdogan received as well, yesterday, the emir of Kuwait": Erdogan
    hosts, not Putin."""
    text = "التقى بوتين الأسد في موسكو. كما استقبل أردوغان، أمس، أمير الكويت."
    assert {frozenset(p) for p in pairs(text)} == {frozenset((PUTIN, ASSAD)), frozenset((ERDOGAN, KUWAIT))}


@pytest.mark.parametrize("text", [
    "استقبل السيسي في القاهرة أمس أردوغان، وأمير الكويت.",
    "استقبل السيسي في القاهرة أمس أردوغان، بالإضافة إلى أمير الكويت.",
    "استقبل السيسي في القاهرة أمس رئيسي تركيا أردوغان والكويت أمير الكويت.",
])
def test_every_guest_listed_in_a_reception_is_received(text):
    """"Sisi received Erdogan and the emir of Kuwait": both are guests, of two countries."""
    assert pairs(text) == [(ERDOGAN, SISI), (KUWAIT, SISI)]


def test_leaders_listed_after_a_meeting_verb_each_met_its_subject_not_each_other():
    """"Sisi met Erdogan and the emir of Kuwait in Moscow": two meetings of Sisi's."""
    got = {frozenset(p) for p in pairs("التقى السيسي في موسكو أردوغان وأمير الكويت.")}
    assert got == {frozenset((SISI, ERDOGAN)), frozenset((SISI, KUWAIT))}


def test_a_listed_guest_named_by_title_then_name_does_not_end_the_list():
    """"... and the Custodian of the Two Holy Mosques King Salman, and the emir of Kuwait":
    the title and the name after it are one item; the list goes on past them."""
    text = "استقبل السيسي في القاهرة أمس أردوغان، وخادم الحرمين الملك سلمان، وأمير الكويت."
    assert pairs(text) == [(ERDOGAN, SISI), (KUWAIT, SISI), (SALMAN, SISI)]


def test_a_lone_wa_before_a_listed_guest_still_joins_the_list():
    """"و أمير الكويت" with a space after "و" (and), a slip papers make."""
    assert pairs("استقبل السيسي في القاهرة أمس أردوغان و أمير الكويت.") == [(ERDOGAN, SISI), (KUWAIT, SISI)]


def test_guests_listed_after_each_of_are_received_by_the_subject_before_the_verb():
    """"Sisi receives today each of Erdogan and the emir of Kuwait": Sisi hosts both."""
    assert pairs("السيسي يستقبل اليوم كلا من أردوغان وأمير الكويت.") == [(ERDOGAN, SISI), (KUWAIT, SISI)]


def test_guests_listed_after_each_of_with_no_leader_receiving_are_no_pair():
    """"The presidential lounge will receive on Tuesday each of Erdogan, the emir of Kuwait and
    King Salman": guests all, none of them the others' host."""
    rows = run("وستستقبل الاستراحة الرئاسية الثلاثاء كلا من أردوغان وأمير الكويت والملك سلمان.")
    assert [(r["visitor"], r["host"]) for r in rows] == []


def test_a_follow_on_reception_finds_its_receiver_past_a_name_broken_over_lines():
    """Papers break lines inside a sentence, which splits it: "كما استقبل أيضا" still takes
    the receiver of the reception told a few lines before."""
    text = "استقبل السيسي في القاهرة أمس أردوغان، والملك سلمان\nفي قصر\nالاتحادية\nوسط\nإجراءات\nمشددة\nكما استقبل أيضا أمير الكويت."
    assert pairs(text) == [(ERDOGAN, SISI), (KUWAIT, SISI), (SALMAN, SISI)]


def test_guests_listed_after_a_follow_on_reception_with_no_receiver_are_no_pair():
    """"... as well, received also Erdogan and the emir of Kuwait", the receiver untold: the
    two listed guests did not receive each other."""
    assert pairs("وقالت الوكالة إن الزعماء وصلوا. كما استقبل أيضا أردوغان، وأمير الكويت.") == []


def test_a_bare_comma_goes_on_with_a_list_already_joined_by_wa():
    """"received the presidents of Turkey Erdogan, and Kuwait its emir, Saudi Arabia King
    Salman, and Syria Assad": a paper leaves out "و" (and) before some items once the list is
    under way; every item is a guest."""
    text = "استقبل بوتين في موسكو أمس رؤساء تركيا أردوغان، والكويت أمير الكويت، السعودية الملك سلمان، وسوريا الأسد."
    assert pairs(text) == [(ASSAD, PUTIN), (ERDOGAN, PUTIN), (KUWAIT, PUTIN), (SALMAN, PUTIN)]


def test_a_bare_comma_before_any_wa_does_not_make_a_list():
    """"Sisi received Erdogan, King Salman ...": with no "و" yet the comma may close the
    clause; the name after it is no guest of the list."""
    text = "استقبل السيسي في القاهرة أمس أردوغان، الملك سلمان أشاد بالزيارة."
    assert pairs(text) == [(ERDOGAN, SISI)]


def test_a_bare_comma_far_from_the_next_name_ends_the_list():
    """Past a few words after the comma the list has ended: "..., and the emir of Kuwait, after
    strict security measures imposed by the police, King Salman" is no item."""
    text = "استقبل السيسي في القاهرة أمس أردوغان، وأمير الكويت، بعد إجراءات أمنية مشددة فرضتها الشرطة الملك سلمان."
    assert pairs(text) == [(ERDOGAN, SISI), (KUWAIT, SISI)]


DAY = dt.date(2013, 3, 12)


def full_pairs(text: str) -> set[tuple]:
    return {(r["visitor"], r["host"]) for r in reported_rows(text, DAY)}


RECEIVED = ("استقبل العاهل الأردني الملك عبد الله الثاني في عمان اليوم الرئيس اللبناني ميشال سليمان "
            "بقصر الحسينية، ")


def test_talks_held_also_after_a_reception_are_the_receivers_and_he_hosts_them():
    # "... received the Lebanese president Michel Suleiman, and also held a session of talks with the Turkish
    # prime minister Erdogan": the king held them, in Amman; Suleiman met Erdogan nowhere
    text = RECEIVED + "كما عقد جلسة مباحثات مع رئيس الوزراء التركي رجب طيب أردوغان."
    assert full_pairs(text) == {("Michel Suleiman", "Abdullah II of Jordan"),
                           ("Recep Tayyip Erdogan", "Abdullah II of Jordan")}
    assert ("Recep Tayyip Erdogan", "Abdullah II of Jordan", "Amman") in reported(text, DAY)


def test_a_meeting_then_after_a_reception_is_the_receivers():
    # "..., then met the Turkish prime minister Erdogan"
    text = RECEIVED + "ثم التقى رئيس الوزراء التركي رجب طيب أردوغان."
    assert full_pairs(text) == {("Michel Suleiman", "Abdullah II of Jordan"),
                           ("Recep Tayyip Erdogan", "Abdullah II of Jordan")}


def test_talks_with_a_subject_of_their_own_stay_his():
    # "..., and the Lebanese president also held talks with Erdogan": Suleiman is named, so they are his
    text = RECEIVED + "كما عقد الرئيس اللبناني ميشال سليمان جلسة مباحثات مع رئيس الوزراء التركي رجب طيب أردوغان."
    assert ("Recep Tayyip Erdogan", "Abdullah II of Jordan") not in full_pairs(text)


def test_talks_told_inside_what_was_said_are_the_told_subjects():
    # "The Jordanian king said that the Lebanese president met Erdogan, and also held talks with the
    # Qatari emir": the talks are told by the king, held by the Lebanese president
    text = ("وقال العاهل الأردني الملك عبد الله الثاني إن الرئيس اللبناني ميشال سليمان التقى رئيس الوزراء "
            "التركي رجب طيب أردوغان، كما عقد جلسة مباحثات مع أمير قطر الشيخ حمد بن خليفة آل ثاني.")
    got = full_pairs(text)
    assert ("Michel Suleiman", "Hamad bin Khalifa Al Thani") in got
    assert not {("Hamad bin Khalifa Al Thani", "Abdullah II of Jordan"), ("Abdullah II of Jordan", "Hamad bin Khalifa Al Thani")} & got


def test_talks_after_that_he_met_are_the_speakers():
    # "The Jordanian king said he met Erdogan, and also held talks with the Qatari emir": "إنه" (that he)
    # names no new subject, the king held both
    text = ("وقال العاهل الأردني الملك عبد الله الثاني إنه التقى رئيس الوزراء التركي رجب طيب أردوغان، كما عقد "
            "جلسة مباحثات مع أمير قطر الشيخ حمد بن خليفة آل ثاني.")
    got = full_pairs(text)
    assert ("Abdullah II of Jordan", "Hamad bin Khalifa Al Thani") in got
    assert ("Recep Tayyip Erdogan", "Hamad bin Khalifa Al Thani") not in got


TRIP = ("وبدأ الرئيس الفرنسي فرانسوا أولاند جولته أمس بزيارة للمغرب التقى خلالها الملك محمد السادس، "
        "قبل أن يجري زيارة قصيرة إلى الجزائر اليوم التقى خلالها الرئيس عبد العزيز بوتفليقة.")


def test_a_visit_made_before_and_the_meeting_during_it_are_the_opening_subjects():
    # "The French president Hollande began his tour yesterday with a visit to Morocco, meeting King Mohammed
    # VI, before making a short visit to Algeria today, during which he met President Bouteflika"
    got = full_pairs(TRIP)
    assert ("Francois Hollande", "Abdelaziz Bouteflika") in got
    assert ("Mohammed VI of Morocco", "Abdelaziz Bouteflika") not in got


def test_a_visit_made_before_by_a_named_subject_stays_his():
    # "... before the Moroccan king makes a visit to Algeria": the king is named, the visit is his
    text = ("التقى الرئيس الفرنسي فرانسوا أولاند أمس الملك محمد السادس في الرباط، قبل أن يجري الملك محمد "
            "السادس زيارة إلى الجزائر.")
    assert ("Francois Hollande", "Abdelaziz Bouteflika") not in full_pairs(text)


def test_the_arrival_after_a_reception_is_the_guests():
    # "The Jordanian king received the Lebanese president upon his arrival at Amman airport today, and also
    # held talks with Erdogan": "his" arrival is the guest's, the king arrived nowhere to meet Erdogan
    text = ("استقبل العاهل الأردني الملك عبد الله الثاني الرئيس اللبناني ميشال سليمان لدى وصوله إلى مطار "
            "عمان اليوم، كما عقد جلسة مباحثات مع رئيس الوزراء التركي رجب طيب أردوغان.")
    assert full_pairs(text) == {("Michel Suleiman", "Abdullah II of Jordan"),
                                ("Recep Tayyip Erdogan", "Abdullah II of Jordan")}


def test_the_arrival_after_a_meeting_verb_stays_its_subjects():
    # "The French president met the Moroccan king, a day after his arrival in Rabat": a meeting's subject
    # owns "his" arrival, as before
    text = "التقى الرئيس الفرنسي فرانسوا أولاند الملك محمد السادس، بعد يوم من وصوله إلى الرباط."
    assert full_pairs(text) == {("Francois Hollande", "Mohammed VI of Morocco")}


def all_pairs(text: str, day: dt.date = dt.date(2018, 6, 4)) -> set[tuple]:
    return {(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)}


def test_a_meeting_after_where_in_a_later_leg_is_the_travellers_not_the_one_met_before():
    # "After Italy, the Turkish president Erdogan travels to Madrid, where he meets PM Sanchez on Thursday, and from
    # there to Lisbon, where he holds talks on Friday with President Rebelo de Sousa" (followon.later_leg_roles)
    text = ("وبعد إيطاليا، يسافر الرئيس التركي رجب طيب أردوغان إلى مدريد حيث يلتقي الخميس رئيس الوزراء بيدرو "
            "سانشيز، ومنها إلى لشبونة حيث يجري مباحثات الجمعة مع الرئيس مارسيلو ريبيلو دي سوزا.")
    got = {(v, h) for _, v, h in all_pairs(text)}
    assert ("Recep Tayyip Erdogan", "Marcelo Rebelo de Sousa") in got
    assert ("Pedro Sanchez", "Marcelo Rebelo de Sousa") not in got


def test_a_meeting_after_where_past_a_li_meeting_of_the_first_leg_is_the_travellers():
    # "Erdogan began on Monday a tour from Rome to meet PM Conte, which is to take him to Madrid, where he meets
    # PM Sanchez on Thursday": Erdogan meets Sanchez, not Conte
    text = ("بدأ الرئيس التركي رجب طيب أردوغان الاثنين جولة من روما للقاء رئيس الوزراء جوزيبي كونتي، والتي "
            "يفترض أن تقوده إلى مدريد حيث يلتقي رئيس الوزراء بيدرو سانشيز الخميس.")
    got = {(v, h) for _, v, h in all_pairs(text)}
    assert ("Recep Tayyip Erdogan", "Pedro Sanchez") in got
    assert ("Giuseppe Conte", "Pedro Sanchez") not in got


def test_a_later_leg_of_a_ministers_trip_is_no_leaders_meeting():
    # "The US secretary of state Pompeo stayed in Amman to meet King Abdullah, then moved to Jerusalem, where he met
    # PM Netanyahu in the evening": the minister met him; the King did not
    text = ("وكان وزير الخارجية الأمريكي مايك بومبيو قد بقي في عمان للقاء الملك عبد الله الثاني ثم انتقل إلى "
            "القدس حيث التقى مساء رئيس الوزراء بنيامين نتنياهو.")
    assert all_pairs(text) == set()


def test_a_meeting_after_where_naming_its_own_subject_or_after_an_arrival_stays():
    # "..., where Sanchez meets the Portuguese president": its own subject; "Abbas arrived in Paris, where he met
    # Hollande": the arrival's traveller, as before
    text = ("يسافر الرئيس التركي رجب طيب أردوغان إلى مدريد للقاء رئيس الوزراء بيدرو سانشيز، ثم إلى لشبونة حيث "
            "يلتقي رئيس الوزراء بيدرو سانشيز الرئيس مارسيلو ريبيلو دي سوزا.")
    assert ("Recep Tayyip Erdogan", "Marcelo Rebelo de Sousa") not in {(v, h) for _, v, h in all_pairs(text)}
    text = "وصل الرئيس الفلسطيني محمود عباس إلى باريس أمس، حيث التقى الرئيس الفرنسي فرانسوا أولاند."
    assert all_pairs(text, DAY) == {("reported", "Mahmoud Abbas", "Francois Hollande")}


MORSI, ABDULLAH, ABBAS = "Mohamed Morsi", "Abdullah II of Jordan", "Mahmoud Abbas"
BROUGHT = "أكد المتحدث باسم الرئاسة اليوم نجاح المباحثات، في أعقاب لقاء جمع الرئيس محمد مرسي في قصر الاتحادية "


@pytest.mark.parametrize("guests", [
    "بالعاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.",
    "بالزعيمين العربيين، وهما العاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس.",
])
def test_leaders_listed_after_the_bi_of_a_meeting_that_brought_its_host_together_are_each_his_guests(guests):
    """"a meeting that brought President Morsi together at Ittihadiya with the Jordanian king and the
    Palestinian president" (جمع X بـ): the bi- is the meeting's "with", each listed leader Morsi's guest
    (session 31: the second was lost, of another country than the first)."""
    assert full_pairs(BROUGHT + guests) == {(ABDULLAH, MORSI), (ABBAS, MORSI)}


def test_leaders_joined_by_wa_to_the_subject_of_a_meeting_that_brought_them_together_stay_one_pair():
    """"brought together President Morsi and the Jordanian king and the Palestinian president" (no bi-):
    three joined by "و" are not the host's list of guests; the pair read stays alone."""
    text = BROUGHT + "والعاهل الأردني الملك عبد الله الثاني والرئيس الفلسطيني محمود عباس."
    assert full_pairs(text) == {(ABDULLAH, MORSI)}
