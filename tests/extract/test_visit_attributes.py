"""The attributes of a meeting found right: who travelled, where, which day.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402
from tests.extract.test_visits_detect import DAY, reported, reported_rows  # noqa: E402


def test_the_leader_who_leaves_after_talks_with_no_stated_direction_is_the_visitor():
    # "محادثات بين A و B ... قبل مغادرة B" (talks between A and B before B left): nothing
    # else says who travelled; text order alone would make A the visitor
    text = ("جرت أمس محادثات مطولة بين الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب "
            "أردوغان تناولت الملف السوري، قبل ساعات من مغادرة أردوغان.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]
    # the verb "غادر" (left) too
    text = ("عقد الرئيس الروسي فلاديمير بوتين اجتماعا أمس مع الرئيس التركي رجب طيب أردوغان، "
            "ثم غادر أردوغان.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]
    # a departure word of another clause, or after the name, says nothing
    text = ("غادر الوفد، وعقد الرئيس الروسي فلاديمير بوتين اجتماعا أمس مع الرئيس التركي رجب "
            "طيب أردوغان الذي غادر بعده.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", None)]


def test_his_arrival_in_the_country_of_the_leader_named_last_is_the_other_ones():
    # "التقى A نظيره B عقب وصوله إلى [B's country]" (A met his counterpart B after his
    # arrival in B's country): the pronoun's owner is not the last-named B, who is home
    text = ("التقى الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين عقب وصوله "
            "إلى روسيا أمس.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]
    # arriving in the country of the one named first: the last-named is the traveller
    text = ("استقبل الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان عقب وصوله "
            "إلى روسيا أمس.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_talks_held_today_on_a_weekday_after_the_records_date_are_reported_not_planned():
    # "عقد الملك سلمان ... اليوم الأحد جلسة مباحثات رسمية مع الرئيس ..." (King Salman held
    # official talks today, Sunday, with the president) in a record dated Friday: a past
    # verb, so the Sunday before, and told as done
    fri = dt.date(2015, 7, 24)
    text = ("عقد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصره بالرياض، اليوم الأحد، "
            "جلسة مباحثات رسمية مع الرئيس التركي رجب طيب أردوغان.")
    assert dated(text, fri) == [("Recep Tayyip Erdogan", dt.date(2015, 7, 19), "day")]


def test_a_prime_ministers_bare_surname_after_his_full_name_carries_the_visits_city():
    # "قنديل" (qandil, also "a lamp") is Hesham Qandil only once he is named in full:
    # then "زيارة قنديل لبغداد" (Qandil's visit to Baghdad) gives the visit its city
    day = dt.date(2013, 3, 4)
    text = ("بدأ رئيس الوزراء المصري هشام قنديل اليوم زيارة إلى العراق تستغرق يومين.\n"
            "وقال مسؤول إن زيارة قنديل لبغداد تهدف إلى زيادة التبادل التجاري.")
    assert reported(text, day) == [("Hesham Qandil", "Nouri al-Maliki", "Baghdad")]
    # alone, the word is a lamp: no leader is named
    assert reported("أضاء قنديل الغرفة أمس في بغداد.", day) == []


def test_a_gulf_named_after_a_city_is_no_venue():
    # "خليج العقبة" (the Gulf of Aqaba) is water: a pipeline through it places no meeting
    # in Aqaba and brings no Jordanian host
    text = ("زار الرئيس التركي رجب طيب أردوغان العراق أمس والتقى رئيس الوزراء حيدر العبادي، "
            "واتفقا على مد أنبوب للنفط يمر في خليج العقبة.")
    assert reported(text, dt.date(2017, 10, 25)) == [("Recep Tayyip Erdogan", "Haider al-Abadi", None)]


def dated(text: str, published: dt.date = DAY) -> list[tuple]:
    return [(r["visitor"], r["date"], r["date_precision"]) for r in reported_rows(text, published)]


def test_a_meeting_of_a_week_has_no_day():
    # "هذا الأسبوع" (this week) spans seven days: the meeting's day is unknown
    text = "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان هذا الأسبوع في أنقرة."
    assert dated(text) == [("Vladimir Putin", None, None)]
    # a weekday does give it
    text = "التقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان يوم الثلاثاء في أنقرة."
    assert dated(text) == [("Vladimir Putin", dt.date(2019, 6, 25), "day")]


def typed(text: str, published: dt.date = DAY) -> list[tuple]:
    return [(r["visitor"], r["visit_type"], r["city"]) for r in reported_rows(text, published)]


def test_visit_types_said_with_a_feminine_owner_or_the_definite_working_visit():
    # "خلال زيارتها الرسمية" (during her official visit): the visit is official
    text = "التقت المستشارة الألمانية أنجيلا ميركل الرئيس الروسي فلاديمير بوتين أمس خلال زيارتها الرسمية لموسكو."
    assert typed(text) == [("Angela Merkel", "official", "Moscow")]
    # "في إطار زيارة العمل التي يؤديها" (as part of the working visit he is making)
    text = ("استقبل الرئيس الروسي فلاديمير بوتين أمس الرئيس التركي رجب طيب أردوغان في إطار "
            "زيارة العمل التي يؤديها إلى موسكو.")
    assert typed(text) == [("Recep Tayyip Erdogan", "working", "Moscow")]


def test_a_state_banquet_makes_a_state_visit_and_the_state_of_a_country_does_not():
    # "ومأدبة دولة" (and a state banquet): given only on a state visit
    text = ("وصل الرئيس التركي رجب طيب أردوغان إلى برلين أمس في زيارة تستغرق ثلاثة أيام، ويحظى "
            "باستقبال حرس الشرف ومأدبة دولة، ويلتقي المستشارة أنجيلا ميركل.")
    assert typed(text) == [("Recep Tayyip Erdogan", "state", "Berlin")]
    # "بزيارة دولة الكويت" (visited the State of Kuwait): no visit type is said
    text = ("قام الرئيس التركي رجب طيب أردوغان أمس بزيارة دولة الكويت حيث التقى أمير الكويت "
            "الشيخ صباح الأحمد الجابر الصباح.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, None)]
    # "بزيارة دولة إلى الكويت" (a state visit to Kuwait) stays a state visit
    text = text.replace("بزيارة دولة الكويت", "بزيارة دولة إلى الكويت")
    assert typed(text) == [("Recep Tayyip Erdogan", "state", None)]



def test_a_state_visit_said_with_its_owners_pronoun():
    # "في ختام زيارته دولة لروسيا" (at the end of his state visit to Russia): the pronoun on
    # the visit noun does not hide the type
    text = ("غادر الرئيس التركي رجب طيب أردوغان موسكو أمس في ختام زيارته دولة لروسيا التقى "
            "خلالها الرئيس فلاديمير بوتين.")
    assert typed(text) == [("Recep Tayyip Erdogan", "state", "Moscow")]
    # "زيارتها دولة" (her state visit) likewise
    text = ("التقت المستشارة الألمانية أنجيلا ميركل الرئيس الروسي فلاديمير بوتين أمس في موسكو "
            "خلال زيارتها دولة لروسيا.")
    assert typed(text) == [("Angela Merkel", "state", "Moscow")]
    # "بزيارته دولة الكويت" (his visiting the State of Kuwait): the country's name, no type
    text = ("قام الرئيس التركي رجب طيب أردوغان أمس بزيارته دولة الكويت حيث التقى أمير الكويت "
            "الشيخ صباح الأحمد الجابر الصباح.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, None)]
    # "زيارته إلى دولة الكويت" (his visit to the State of Kuwait) is no state visit either
    assert typed(text.replace("بزيارته دولة الكويت", "بزيارته إلى دولة الكويت")) == [
        ("Recep Tayyip Erdogan", None, None)]
    # "وزير الدولة" (the minister of state) and "رئيس الدولة" (the head of state) say no type
    text = ("التقى الرئيس التركي رجب طيب أردوغان رئيس الدولة الروسي فلاديمير بوتين أمس في موسكو "
            "خلال زيارته لروسيا بحضور وزير الدولة.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, "Moscow")]
    # "خلال زيارته عمل على" (during his visit he worked on) is a verb: no working visit
    text = ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في موسكو، "
            "وخلال زيارته عمل على تعزيز التعاون.")
    assert typed(text) == [("Recep Tayyip Erdogan", None, "Moscow")]

def test_the_kasbah_government_palace_is_in_tunis():
    # "بقصر الحكومة بالقصبة" (at the Government Palace at the Kasbah) names the city Tunis
    text = ("التقى رئيس الحكومة يوسف الشاهد رئيس الوزراء الإيطالي باولو جنتيلوني أمس بقصر الحكومة "
            "بالقصبة.")
    assert typed(text, dt.date(2017, 5, 10)) == [("Paolo Gentiloni", None, "Tunis")]


def test_today_with_a_weekday_is_that_weekday_when_the_publication_is_a_day_late():
    # "اليوم الخميس" (today, Thursday) in a story dated Friday: the meeting was on Thursday
    friday = dt.date(2019, 6, 28)
    text = "استقبل الرئيس الروسي فلاديمير بوتين اليوم الخميس الرئيس التركي رجب طيب أردوغان في موسكو."
    assert dated(text, friday) == [("Recep Tayyip Erdogan", dt.date(2019, 6, 27), "day")]
    # "مساء أمس الأربعاء" (yesterday evening, Wednesday) in the same story: Wednesday
    text = "وصل الرئيس التركي رجب طيب أردوغان مساء أمس الأربعاء إلى موسكو والتقى الرئيس فلاديمير بوتين."
    assert dated(text, friday) == [("Recep Tayyip Erdogan", dt.date(2019, 6, 26), "day")]
    # the same words on the Thursday itself: today
    assert dated(text.replace("أمس الأربعاء", "اليوم الخميس"), dt.date(2019, 6, 27)) == [
        ("Recep Tayyip Erdogan", dt.date(2019, 6, 27), "day")]


def test_the_seat_of_the_presidency_in_heliopolis_is_cairo():
    # "بمقر رئاسة الجمهورية بمصر الجديدة" (at the presidency in Heliopolis): the district's
    # name begins with مصر (Egypt) but it is a part of Cairo; "بمقر" (at the seat of) is a
    # locative before a palace too
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي أمس بمقر رئاسة الجمهورية بمصر الجديدة "
            "العاهل الأردني الملك عبد الله الثاني.")
    assert reported(text) == [("Abdullah II of Jordan", "Abdel Fattah el-Sisi", "Cairo")]
    text = ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني، في لقاء "
            "عقد أمس بمقر قصر الاتحادية.")
    assert reported(text) == [("Abdullah II of Jordan", "Abdel Fattah el-Sisi", "Cairo")]
    # "بمدينة نصر" (in Nasr City, where the cabinet met at the Investment Authority) is Cairo:
    # Egypt's prime minister hosts talks whose words say nothing of who travelled
    text = ("عقد رئيس الوزراء هشام قنديل جلسة مباحثات مع نظيره الليبي علي زيدان عصر اليوم بمقر "
            "الهيئة العامة للاستثمار بمدينة نصر.")
    assert reported(text, dt.date(2013, 3, 7)) == [("Ali Zeidan", "Hesham Qandil", "Cairo")]


def test_a_dateline_the_lead_says_the_traveller_came_home_to_is_not_the_venue():
    # "القاهرة - عاد الرئيس المصري إلى القاهرة قادما من الهند" (Cairo - the Egyptian
    # president came back to Cairo from India): the agency's desk is at home; the talks
    # told next were in India, the Indian prime minister their host
    text = ("القاهرة - أ ش أ:\n"
            "عاد الرئيس المصري عبد الفتاح السيسي إلى القاهرة مساء اليوم قادما من الهند بعد زيارة استغرقت يومين.\n"
            "وأجرى خلالها مباحثات مع رئيس الوزراء الهندي ناريندرا مودي.")
    assert reported(text, dt.date(2016, 9, 3)) == [("Abdel Fattah el-Sisi", "Narendra Modi", None)]
    # a foreigner "coming back" to the dateline's city does not make it anyone's home
    text = ("موسكو - أ ف ب:\n"
            "عقد الرئيس الروسي فلاديمير بوتين أمس محادثات مع الرئيس التركي رجب طيب أردوغان.\n"
            "وقال الكرملين إن أردوغان سيعود إلى موسكو الشهر المقبل.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


MERKEL_MET_MORSI = ("واجتمعت المستشارة الألمانية أنجيلا ميركل مع الرئيس المصري محمد مرسي أمس. وقالت ميركل إن "
                    "مصر شريك مهم. وقال مرسي إن مصر تمر بمرحلة انتقالية وإن القاهرة والإسماعيلية هادئة. ")


@pytest.mark.parametrize("last, visitor", [
    # "قبل وصول مرسي إلى برلين" (before Morsi's arrival in Berlin): Morsi travelled, whatever
    # places an Egyptian paper names more often
    ("وكان وزير الخارجية الألماني قد تحدث قبل وصول مرسي إلى برلين عن حقوق الإنسان.", "Mohamed Morsi"),
    # a visit to no place ("زار مرسي قبر الجندي المجهول", the tomb of the Unknown Soldier) says nothing
    ("وزار مرسي قبر الجندي المجهول.", "Angela Merkel"),
    # a trip ahead ("سيزور", will visit) says nothing of who travelled now
    ("وسيزور مرسي برلين مجددا.", "Angela Merkel"),
    # a trip to a place of his own country ("زيارة مرسي إلى الإسكندرية") says nothing: the places count
    ("وكانت زيارة مرسي إلى الإسكندرية قد أرجئت.", "Angela Merkel"),
])
def test_a_trip_word_of_one_leader_orients_a_meeting_no_word_orients(last, visitor):
    assert [r[0] for r in reported(MERKEL_MET_MORSI + last, dt.date(2013, 1, 31))] == [visitor]


MODI_MET_MACRON = ("وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي مشترك مع الرئيس الفرنسي إيمانويل ماكرون "
                   "إن البلدين شريكان. ")


@pytest.mark.parametrize("last, visitor", [
    # nothing says who travelled: the text's order stays
    ("", "Narendra Modi"),
    # the guest named so in another sentence ("الرئيس الفرنسي الزائر", the visiting French
    # president; "ماكرون الزائر") travelled, whichever sentence tells the talks
    ("وقال الرئيس الفرنسي الزائر إن فرنسا صديقة للهند.", "Emmanuel Macron"),
    ("وأشاد ماكرون الزائر بالعلاقات.", "Emmanuel Macron"),
    # a visit noun whose genitive names him, with no place ("زيارة ماكرون", Macron's visit)
    ("وتستمر زيارة ماكرون ثلاثة أيام.", "Emmanuel Macron"),
    # "له" (his) right after a visit noun owns it as "زيارته" does: "في أول زيارة له" (on his first
    # visit), to no place or to a region ("للمنطقة")
    ("وكان ماكرون قد وصل أمس في أول زيارة له منذ انتخابه.", "Emmanuel Macron"),
    ("وأكد ماكرون في أول زيارة له للمنطقة أن فرنسا صديقة.", "Emmanuel Macron"),
    # not one told as ahead ("سيقوم بزيارة له", will make a visit), nor "له" that is not the noun's
    ("وأكدت الصحيفة أن ماكرون سيقوم بزيارة له إلى المنطقة الشهر المقبل.", "Narendra Modi"),
    ("وقال ماكرون إن الزيارة مهمة له ولبلاده.", "Narendra Modi"),
    # not a guest word that stands for someone else ("الوفد الزائر", the visiting delegation)
    ("وقال ماكرون إن الوفد الزائر يضم وزراء.", "Narendra Modi"),
    # nor a visit noun's genitive told as ahead ("زيارة مودي المرتقبة", Modi's awaited visit), nor a
    # visit verb whose subject comes after it ("وزار ماكرون" with no place)
    ("وبحثا زيارة مودي المرتقبة.", "Narendra Modi"),
    ("وزار ماكرون ضريحا قديما.", "Narendra Modi"),
])
def test_a_guest_or_a_named_visit_elsewhere_orients_a_meeting_no_word_orients(last, visitor):
    assert [r[0] for r in reported(MODI_MET_MACRON + last, dt.date(2018, 3, 10))] == [visitor]


def test_tunisian_and_algerian_venues_name_the_city():
    # "بمطار تونس قرطاج" (Tunis-Carthage airport): Tunis, though bare تونس is also the country;
    # "بمقر رئاسة الحكومة بالقصبة" (the head of government's seat at the Kasbah) is Tunis and
    # makes the other leader the traveller; "بمطار هواري بومدين" is Algiers
    text = ("كان الرئيس الباجي قائد السبسي في استقبال الرئيس الفرنسي فرانسوا هولاند لدى وصوله إلى "
            "مطار تونس قرطاج الدولي.")
    assert reported(text, dt.date(2015, 3, 18)) == [("Francois Hollande", "Beji Caid Essebsi", "Tunis")]
    text = "التقى رئيس الحكومة مهدي جمعة بمقر رئاسة الحكومة بالقصبة رئيس الوزراء الإيطالي ماتيو رينزي."
    assert reported(text, dt.date(2014, 7, 22)) == [("Matteo Renzi", "Mehdi Jomaa", "Tunis")]
    text = ("تحول رئيس الحكومة الحبيب الصيد اليوم إلى الجزائر، وكان في استقباله بمطار هواري بومدين الوزير "
            "الأول عبد المالك سلال.")
    assert reported(text, dt.date(2015, 2, 10)) == [("Habib Essid", "Abdelmalek Sellal", "Algiers")]


def test_an_arrivals_goal_country_is_not_given_the_city_of_an_earlier_trip():
    # "after a successful visit to Washington last week, the Nigerian president arrives
    # in Cameroon today to hold talks with his counterpart Paul Biya": Cameroon, no city;
    # the Washington visit is last week's, retold
    text = ("بعد زيارة ناجحة إلى واشنطن الأسبوع الماضي، يصل الرئيس النيجيري محمد بخاري اليوم إلى الكاميرون "
            "لإجراء محادثاته مع نظيره بول بيا.")
    rows = reported_rows(text, dt.date(2015, 7, 31))
    assert [(r["visitor"], r["host"], r["city"], r["country"], r["date"]) for r in rows] == [
        ("Muhammadu Buhari", "Paul Biya", None, "Cameroon", dt.date(2015, 7, 31))]


def test_a_visits_goal_country_is_not_given_the_city_of_an_earlier_clause():
    # "two days before the round due in Khartoum, the Egyptian PM said during his visit to
    # Equatorial Guinea ...": the visit goes to Equatorial Guinea; Khartoum is the round's,
    # and the Sudanese president named later is not his host
    text = ("وقبل يومين من الجولة المقرر انعقادها في الخرطوم سعى رئيس مجلس الوزراء المصري، إبراهيم محلب، "
            "لطمأنة الشارع، قائلا خلال زيارته إلى غينيا الاستوائية أمس إنه «لا خوف». "
            "ووقع الرئيس السوداني عمر البشير اتفاق المبادئ في مارس الماضي.")
    rows = reported_rows(text, dt.date(2015, 7, 22))
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["host"] == "Omar al-Bashir"
            or r["city"] == "Khartoum"] == []


def test_a_reception_of_him_told_after_his_arrival_gives_the_airports_city():
    # "وصل الملك ... إلى المملكة المغربية. وكان في استقباله بمطار طنجة رئيس الحكومة ..." (the
    # king arrived in Morocco. Receiving him at Tangier airport was the head of government):
    # the pronoun of "استقباله" is the traveller told before; the reception gives the city
    text = ("وصل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أمس إلى المملكة المغربية في إجازة خاصة. "
            "وكان في استقباله ــ أيده الله ــ لدى وصوله إلى مطار طنجة، رئيس الحكومة المغربية عبدالإله بنكيران.")
    rows = reported_rows(text, dt.date(2015, 8, 3))
    assert [(r["visitor"], r["host"], r["city"]) for r in rows] == [
        ("Salman bin Abdulaziz", "Abdelilah Benkirane", "Tangier")]
def test_a_seat_in_brackets_after_the_palace_it_names_gives_its_city():
    # "at the Russian presidential palace (the Kremlin)": the Kremlin is in Moscow
    text = "التقى الرئيس الروسي فلاديمير بوتين بالرئيس التركي رجب طيب أردوغان اليوم بالقصر الرئاسي الروسي (الكرملين)."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
    # "a spokesman of the Russian presidency (the Kremlin)": an institution, no place
    text = ("التقى الرئيس الروسي فلاديمير بوتين بالرئيس التركي رجب طيب أردوغان اليوم، وقال متحدث باسم "
            "الرئاسة الروسية (الكرملين) إن اللقاء مهم.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_the_palestinian_presidencys_seat_is_in_ramallah():
    # "Abbas received Obama on his arrival at the Palestinian presidency's headquarters"
    text = ("واستقبل الرئيس الفلسطيني محمود عباس الرئيس الأمريكي باراك أوباما لدى وصوله إلى مقر الرئاسة "
            "الفلسطينية اليوم.")
    assert reported(text, dt.date(2013, 3, 21)) == [("Barack Obama", "Mahmoud Abbas", "Ramallah")]


def test_a_place_after_a_situation_noun_is_the_topics_not_the_meetings():
    # "met Sisi yesterday to discuss a lasting ceasefire in the Gaza Strip": no meeting in Gaza
    text = ("اجتمع رئيس الوزراء الإسرائيلي بنيامين نتانياهو أمس مع الرئيس المصري عبد الفتاح السيسي لبحث وقف "
            "إطلاق نار طويل الأمد في قطاع غزة.")
    assert reported(text, dt.date(2018, 8, 15)) == [("Benjamin Netanyahu", "Abdel Fattah el-Sisi", None)]
    # "... in Cairo to discuss the situation in the Gaza Strip": Cairo
    text = ("اجتمع رئيس الوزراء الإسرائيلي بنيامين نتانياهو أمس مع الرئيس المصري عبد الفتاح السيسي في القاهرة "
            "لبحث الأوضاع في قطاع غزة.")
    assert reported(text, dt.date(2018, 8, 15)) == [("Benjamin Netanyahu", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_place_after_an_event_noun_is_the_events_not_the_meetings():
    # "the two presidents condemned, during their meeting yesterday, the attack that took place in Aleppo"
    text = ("والتقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس وندد الرئيسان خلال "
            "لقائهما بالهجوم الذي وقع في حلب.")
    assert reported(text, dt.date(2018, 4, 10)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]
    text = "والتقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس بعد هجوم في حلب."
    assert reported(text, dt.date(2018, 4, 10)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]
    # "Erdogan said in the Friday sermon in Istanbul that his meeting with Putin yesterday was fruitful"
    text = ("وصرح الرئيس التركي رجب طيب أردوغان في خطبة الجمعة في إسطنبول بأن لقاءه الرئيس الروسي "
            "فلاديمير بوتين أمس كان مثمرا.")
    assert reported(text, dt.date(2018, 4, 10)) == [("Vladimir Putin", "Recep Tayyip Erdogan", None)]
    # a press conference's place is the meeting's; a place before the event noun stays the meeting's
    text = ("وصرح الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي في إسطنبول بأن لقاءه الرئيس الروسي "
            "فلاديمير بوتين أمس كان مثمرا.")
    assert reported(text, dt.date(2018, 4, 10)) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Istanbul")]
    text = ("والتقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين أمس في سوتشي وبحثا الوضع "
            "في إدلب والهجوم على حلب.")
    assert reported(text, dt.date(2018, 4, 10)) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")]


def test_a_place_after_a_peoples_indefinite_plural_is_theirs_not_the_meetings():
    # "... and condemned rockets fired by Palestinian gunmen in Gaza": no meeting in Gaza
    text = ("والتقى الرئيس الأمريكي باراك أوباما الرئيس الفلسطيني محمود عباس أمس، وندد بصواريخ أطلقها "
            "مسلحون فلسطينيون في غزة.")
    assert reported(text, dt.date(2013, 3, 21)) == [("Barack Obama", "Mahmoud Abbas", None)]
    # no people named before "في": the place stays the meeting's
    text = ("والتقى الرئيس الأمريكي باراك أوباما الرئيس الفلسطيني محمود عباس أمس، ثم عقدا مؤتمرا صحفيا "
            "في رام الله.")
    assert reported(text, dt.date(2013, 3, 21)) == [("Barack Obama", "Mahmoud Abbas", "Ramallah")]


def test_dakar_spelled_without_its_alif_places_the_meeting():
    # "في دكار" (in Dakar, without the long a of "داكار"): Senegal's president hosts
    text = ("وقال الرئيس المالي ديونكوندا تراوري، في مؤتمر صحفي في دكار إثر لقائه الرئيس السنغالي "
            "ماكي سال، إن الوضع مستقر.")
    assert typed(text, dt.date(2013, 3, 12)) == [("Dioncounda Traore", None, "Dakar")]
@pytest.mark.parametrize("text, visitor, host, city", [
    ("انطلقت أعمال القمة العربية في القاهرة اليوم. والتقى السيسي أمير الكويت وبحثا العلاقات الثنائية.",
     "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi", "Cairo"),
    # the host is named second: the summit's country still hosts
    ("انطلقت أعمال القمة العربية في الرياض اليوم. والتقى الملك سلمان أمير الكويت وبحثا العلاقات الثنائية.",
     "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz", "Riyadh"),
])
def test_a_meeting_with_no_place_in_a_summit_story_is_at_the_summit(text, visitor, host, city):
    # "التقى السيسي أمير الكويت" with no place, in the story of the Arab League summit in Cairo
    assert reported(text) == [(visitor, host, city)]


def test_an_arrival_at_the_eu_summit_in_brussels_is_the_leader_s_trip():
    # "لدى وصوله إلى القمة الأوروبية في بروكسل": the EU holds it at its seat; his trip there is a visit (the gold's
    # host null), Belgium's PM by office standing in (candidates._meets_a_body), as for any summit trip
    text = ('وقال رئيس الوزراء البريطاني ديفيد كاميرون، لدى وصوله إلى القمة الأوروبية في بروكسل، '
            '"في نوفمبر، كانت الأرقام مرتفعة جدا".')
    assert reported(text, dt.date(2013, 2, 7)) == [("David Cameron", "Elio Di Rupo", "Brussels")]
    # an arrival in Brussels with no summit is still a visit to Belgium
    assert reported(text.replace("القمة الأوروبية في ", ""), dt.date(2013, 2, 7)) == [
        ("David Cameron", "Elio Di Rupo", "Brussels")]


def test_a_palace_that_stands_for_its_capital_gives_the_talks_city_and_host():
    # "عقب مباحثاتهما اليوم بقصر حيدر آباد" (after their talks today at Hyderabad House):
    # the venue is New Delhi, so India's prime minister hosts though an Egyptian paper
    # names Egypt's places more often
    day = dt.date(2013, 3, 19)
    text = ("وقعت مصر والهند مذكرات تفاهم بحضور الرئيس محمد مرسي ورئيس الوزراء الهندي مانموهان "
            "سينج، وذلك عقب مباحثاتهما اليوم بقصر حيدرأباد.\n"
            "وتشمل المذكرات مركزا للتدريب في القاهرة ومشروعا في مطروح بمصر.")
    assert reported(text, day) == [("Mohamed Morsi", "Manmohan Singh", "New Delhi")]
    # Pakistan's presidency, "قصر إيوان الصدر", is Islamabad
    text = ("عقدت جلسة مباحثات مغلقة بين الرئيس محمد مرسي والرئيس الباكستاني آصف علي زرداري "
            "في قصر إيوان الصدر اليوم.\nوأكد الجانبان عمق العلاقات بين مصر وباكستان ومصر.")
    assert reported(text, day) == [("Mohamed Morsi", "Asif Ali Zardari", "Islamabad")]


def test_the_leader_whose_visit_word_names_no_place_is_the_visitor_over_home_place_counts():
    # an Egyptian outlet names Egypt often; "السيسي في زيارته التي ..." (Sisi, on his visit
    # that ...) says Sisi travelled, though no word names where: Merkel hosts
    text = ("قال تقرير إن مصر تريد الاستثمار وإن اقتصاد مصر قوي. "
            "وأضاف التقرير أن السيسي صرح خلال اجتماعه مع المستشارة الألمانية أنجيلا ميركل بأن حكومة مصر مستقرة. "
            "وقالت صحيفة إن الرئيس السيسي في زيارته التي صادفت ذكرى الحرب واجه أسئلة كثيرة عن مصر.")
    assert reported(text) == [("Abdel Fattah el-Sisi", "Angela Merkel", None)]


def test_how_often_an_outlet_names_its_own_country_does_not_make_its_leader_host():
    # an Egyptian paper names Egypt in every line; "التقى مرسي ميركل" names no venue and
    # no trip: nothing says who travelled, so the text's order stays, with low confidence
    text = ("التقى الرئيس محمد مرسي المستشارة الألمانية أنجيلا ميركل أمس. وقال مرسي إن مصر "
            "شريك مهم وإن اقتصاد مصر قوي وإن مصر مستقرة.")

    def rows(text: str, source: str | None) -> list[dict]:
        out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2013, 1, 31)],
                                    "source": [source]}))
        return out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    [row] = rows(text, "almasryalyoum")
    assert (row["visitor"], row["host"], row["city"]) == ("Mohamed Morsi", "Angela Merkel", None)
    assert row["confidence"] < 0.7
    # nor does a city of a sentence naming neither of them ("مثلت سيدة أمام محكمة في القاهرة",
    # a woman appeared before a court in Cairo)
    more = text + " ومثلت سيدة أمام محكمة في القاهرة."
    assert [(r["visitor"], r["host"]) for r in rows(more, "almasryalyoum")] == [("Mohamed Morsi", "Angela Merkel")]
    # one in a sentence naming one of them does: "وقال مرسي في القاهرة" (Morsi said in Cairo)
    more = text + " وقال مرسي في القاهرة إن العلاقات جيدة."
    assert [(r["visitor"], r["host"]) for r in rows(more, "almasryalyoum")] == [("Angela Merkel", "Mohamed Morsi")]
    # an international outlet's places still count (BBC: Merkel came to Egypt)
    assert [(r["visitor"], r["host"]) for r in rows(text, "BBC")] == [("Angela Merkel", "Mohamed Morsi")]
    # a trip word taking one of them to the other's country orients it: "وطئ أرض مصر" (set foot on Egypt)
    more = text + " وكانت ميركل قد وطئ أرض مصر صباح أمس."
    assert [(r["visitor"], r["host"]) for r in rows(more, "almasryalyoum")] == [("Angela Merkel", "Mohamed Morsi")]


def test_a_trip_word_of_one_leader_outweighs_a_dateline_in_the_others_country():
    # "القاهرة - ..." is the desk's city; "قبل وصول مرسي إلى برلين" (before Morsi's arrival
    # in Berlin) says Morsi travelled: Merkel hosts
    text = ("القاهرة - التقى الرئيس محمد مرسي المستشارة الألمانية أنجيلا ميركل أمس.\n"
            "وكان وزير الخارجية الألماني قد تحدث قبل وصول مرسي إلى برلين عن حقوق الإنسان.")
    assert [r[:2] for r in reported(text, dt.date(2013, 1, 31))] == [("Mohamed Morsi", "Angela Merkel")]


@pytest.mark.parametrize("topic", ["مشاكل العمالة المصرية في ليبيا", "مشاكل المصريين في ليبيا"])
def test_where_a_countrys_people_are_is_no_venue_of_the_talks(topic):
    # "تناولت مشاكل العمالة المصرية في ليبيا" (dealt with the problems of Egyptian labour
    # in Libya): Libya is where the workers are, not where Qandil and Zeidan talked; Zeidan's
    # arrival in Cairo says who travelled
    text = ("أجرى رئيس الوزراء المصري هشام قنديل أمس محادثات مع نظيره الليبي علي زيدان تناولت "
            + topic + ". وكان زيدان قد وصل إلى القاهرة أمس على رأس وفد.")
    assert reported(text, dt.date(2013, 3, 8)) == [("Ali Zeidan", "Hesham Qandil", "Cairo")]
    # a title's adjective before "في" is the leader's: "نظيره الليبي في ليبيا" is where they met
    text = "أجرى رئيس الوزراء المصري هشام قنديل أمس محادثات مع نظيره الليبي في ليبيا."
    assert reported(text, dt.date(2013, 3, 8)) == [("Hesham Qandil", "Ali Zeidan", None)]


def test_a_trip_told_again_does_not_orient_a_meeting_the_dateline_places():
    # "خلال زيارته الأخيرة إلى موسكو" (during his last visit to Moscow) is an earlier trip of
    # Hollande's: the Paris dateline says Peres came
    text = ("باريس (ا ف ب) - قال الرئيس الفرنسي فرانسوا هولاند الجمعة إن الحل سياسي.\n"
            "وقال الرئيس الفرنسي في مؤتمر صحافي مشترك مع الرئيس الاسرائيلي شيمون بيريز إن الحوار ممكن.\n"
            "وذكر هولاند بانه عرض خلال زيارته الاخيرة الى موسكو امكانية الحوار.")
    assert reported(text, dt.date(2013, 3, 9)) == [("Shimon Peres", "Francois Hollande", "Paris")]
    # nor does it give the meeting its city when the sentence also names "المباحثات" (the talks)
    text = text.replace("امكانية الحوار", '"امكانية اختيار شخصية لتولي المباحثات"')
    assert reported(text, dt.date(2013, 3, 9)) == [("Shimon Peres", "Francois Hollande", "Paris")]


def test_a_city_or_retreat_added_to_the_lexicon_gives_the_visits_city():
    # "وصل ... إلى فلاديفوستوك" (arrived in Vladivostok) and "في تشيكرز" (at Chequers, the
    # British prime minister's country house) named no known place, so the row had no city
    # (and at Chequers the host was read from text order)
    text = ("وصل رئيس الوزراء الياباني شينزو آبي اليوم إلى فلاديفوستوك حيث عقد محادثات مع "
            "الرئيس الروسي فلاديمير بوتين.")
    assert reported(text, dt.date(2016, 9, 2)) == [("Shinzo Abe", "Vladimir Putin", "Vladivostok")]
    text = "التقت رئيسة الوزراء البريطانية تيريزا ماي المستشارة الألمانية أنغيلا ميركل أمس في تشيكرز."
    assert reported(text, dt.date(2017, 5, 2)) == [("Angela Merkel", "Theresa May", "Chequers")]
    # Chequers for the prime minister, Windsor Castle ("قلعة وندسور") for the Queen: each meeting its own
    text = ("أجرى الرئيس الأمريكي دونالد ترامب أمس محادثات مع رئيسة الوزراء البريطانية تيريزا ماي في "
            "تشيكرز، ثم توجه إلى قلعة وندسور حيث التقى الملكة إليزابيث الثانية.")
    assert sorted(reported(text, dt.date(2018, 7, 14))) == [
        ("Donald Trump", "Elizabeth II", "Windsor"), ("Donald Trump", "Theresa May", "Chequers")]
    # an arrival in a city whose leader goes unnamed: the city gives the country and so the host
    text = "وصل رئيس الوزراء الإيطالي ماتيو رينزي أمس إلى حيفا."
    assert reported(text, dt.date(2015, 7, 21)) == [("Matteo Renzi", "Benjamin Netanyahu", "Haifa")]


def test_a_spelling_shared_with_a_common_word_gives_no_city():
    # "بريده" (his mail) is no Buraidah, "الأقصر" (the shortest) no Luxor: left out of the lexicon
    text = ("وصل رئيس الوزراء الإيطالي ماتيو رينزي أمس إلى الرياض حيث التقى الملك سلمان بن "
            "عبدالعزيز بعد أن اختار الطريق الأقصر.")
    assert reported(text, dt.date(2015, 11, 9)) == [("Matteo Renzi", "Salman bin Abdulaziz", "Riyadh")]


def test_a_trip_the_sentence_states_orients_the_travellers_other_meetings_in_it():
    # "التقى أوباما خلال الزيارة نتنياهو وعباس" (during the visit Obama met Netanyahu and Abbas): the
    # visit is Obama's, so he visits Abbas too, however often the article names his own country
    talk = " وقال محلل إن الولايات المتحدة تريد دورا أكبر في المنطقة وإن واشنطن لن تتخلى عن حلفائها."
    text = ("التقى الرئيس الأمريكي باراك أوباما خلال الزيارة رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
            "والرئيس الفلسطيني محمود عباس." + talk)
    assert sorted(reported(text, dt.date(2013, 3, 23))) == [
        ("Barack Obama", "Benjamin Netanyahu", None), ("Barack Obama", "Mahmoud Abbas", None)]
    # no trip stated in the sentence: the meetings stay guessed (the places' count decides)
    text = ("التقى الرئيس الأمريكي باراك أوباما رئيس الوزراء الإسرائيلي بنيامين نتنياهو والرئيس الفلسطيني "
            "محمود عباس." + talk)
    assert ("Barack Obama", "Mahmoud Abbas", None) not in reported(text, dt.date(2013, 3, 23))
