"""A dateline on a story of something else places no meeting (visits.desk): "غزة - أطلق مسلحون صاروخين ..."
(Gaza - gunmen fired two rockets ...) is the desk's city for the rockets; a meeting the article tells only
past that lead is not given Gaza. A lead that names one of the two leaders, tells a meeting or names the
guest's country keeps the dateline as the meeting's city. Invented texts, the whole lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 3, 21)
RECEPTION = "\nواستقبل الرئيس محمد مرسي اليوم الرئيس السوداني عمر البشير."
OBAMA_ABBAS = "\nوالتقى الرئيس الأمريكي باراك أوباما الرئيس الفلسطيني محمود عباس أمس."


def cities(text):
    return [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY) if r["kind"] == "reported"]


@pytest.mark.parametrize("lead, meeting, pair", [
    # "Gaza - AFP: Palestinian gunmen fired two rockets at Sderot at dawn today"
    ("غزة - أ ف ب: أطلق مسلحون فلسطينيون صاروخين على مدينة سديروت فجر اليوم دون وقوع إصابات.", OBAMA_ABBAS,
     ("Barack Obama", "Mahmoud Abbas")),
    # "Gaza: Haniyeh said the occupation will not last" (a bare name opening the line, a lead of another story)
    ("غزة: قال إسماعيل هنية إن الاحتلال لن يدوم.", OBAMA_ABBAS, ("Barack Obama", "Mahmoud Abbas")),
    # "Cairo - MENA: the electricity ministry announced a power cut in several districts today"
    ("القاهرة - أ ش أ: أعلنت وزارة الكهرباء اليوم عن انقطاع التيار في عدة أحياء.", RECEPTION,
     ("Omar al-Bashir", "Mohamed Morsi")),
])
def test_the_dateline_of_a_lead_of_another_story_is_no_city(lead, meeting, pair):
    assert cities(lead + meeting) == [(*pair, None)]


@pytest.mark.parametrize("lead", [
    # the lead tells the reception itself, its dateline on a line of its own with the agency's credit
    "القاهرة - أ ش أ\nاستقبل الرئيس محمد مرسي اليوم الرئيس السوداني عمر البشير وبحثا العلاقات.",
    # the lead tells of the talks ("المباحثات") with no name
    "القاهرة - أ ش أ: قال المتحدث باسم الرئاسة إن المباحثات تناولت ملف المياه." + RECEPTION,
    # the lead names the guest's country: the story of the pair's relations
    "القاهرة - أ ش أ: قال المتحدث باسم الرئاسة إن مصر تدعم السودان." + RECEPTION,
])
def test_the_dateline_of_a_lead_on_the_meeting_stays_its_city(lead):
    assert cities(lead) == [("Omar al-Bashir", "Mohamed Morsi", "Cairo")]


def test_a_dateline_running_to_an_agency_s_tag_past_its_day_is_the_city():
    """QNA's and WAM's "الدوحة في 21 مارس /قنا/" (Doha, on 21 March, QNA): the desk's city (before: none)."""
    text = "القاهرة في 21 مارس /أ ش أ/ استقبل الرئيس محمد مرسي اليوم الرئيس السوداني عمر البشير."
    assert cities(text) == [("Omar al-Bashir", "Mohamed Morsi", "Cairo")]
    text = "القاهرة في 21 مارس / أ ش أ / استقبل الرئيس محمد مرسي اليوم الرئيس السوداني عمر البشير."
    assert cities(text) == [("Omar al-Bashir", "Mohamed Morsi", "Cairo")]




def test_a_slash_date_or_an_unknown_credit_is_no_agency_tag():
    """Negatives: a date's slashes ("21/3/2013") and a credit that is no national agency's ("/رويترز/") are no tag."""
    from tasks.extract.home import agency_tag

    assert agency_tag("القاهرة في 21/3/2013 استقبل الرئيس") is None
    assert agency_tag("القاهرة في 21 مارس /رويترز/ استقبل الرئيس") is None
    assert agency_tag("القاهرة في 21 مارس /أ ش أ/ استقبل الرئيس").group(1) == "أ ش أ"


@pytest.mark.parametrize("lead, city", [
    # "Berlin _MENA: the presidency's spokesman said President Morsi discussed with Chancellor Merkel ..." (an
    # underscore after the desk's city, as Egyptian outlets write it)
    ("برلين _أ ش أ قال المتحدث باسم الرئاسة إن الرئيس محمد مرسي بحث مع المستشارة الألمانية أنجيلا ميركل اليوم "
     "العلاقات بين البلدين.", "Berlin"),
    # "Juba - M.E.N.A.: the foreign minister described today the visit of the prime minister Qandil to South
    # Sudan as important" (the dotted credit's letters are sentences of their own, not the lead)
    ("جوبا - أ. ش. أ: وصف وزير الخارجية اليوم الخميس زيارة الدكتور هشام قنديل رئيس مجلس الوزراء إلى جمهورية جنوب السودان "
     "بالمهمة، مؤكدا أنها جاءت في توقيتها.", "Juba"),
])
def test_an_underscore_or_a_dotted_credit_after_the_dateline_keeps_its_city(lead, city):
    assert [c for *_, c in cities(lead)] == [city]


def test_an_underscore_dateline_of_a_lead_of_another_story_is_no_city():
    # "Cairo _MENA: the electricity ministry announced a power cut in several districts today"
    lead = "القاهرة _أ ش أ: أعلنت وزارة الكهرباء اليوم عن انقطاع التيار في عدة أحياء."
    assert cities(lead + RECEPTION) == [("Omar al-Bashir", "Mohamed Morsi", None)]


def test_the_dateline_of_a_leader_leaving_home_is_no_city():
    # negative: "New Delhi _MENA: the Indian prime minister Manmohan Singh leaves on Monday for South Africa on a visit
    # during which he meets the Chinese president Xi Jinping": the desk is at his home, the meeting is abroad
    lead = ("نيودلهي _ أ ش أ يغادر رئيس الوزراء الهندي مانموهان سينج الاثنين إلى جنوب أفريقيا، ويعقد خلال القمة "
            "لقاء مع الرئيس الصيني شي جين بينغ.")
    assert all(r["city"] != "New Delhi" for r in mention_rows(lead, DAY))


# "Doha, Qatar (CNN)-- Qatar's prime minister announced a fund to invest in Greece. He said at a press conference
# with his Greek counterpart Samaras that Greece is an important partner": Greece is named more often than Qatar
DOHA_FUND = ("قطر (CNN)-- أعلن رئيس الوزراء القطري الشيخ حمد بن جاسم آل ثاني إنشاء صندوق للاستثمار في اليونان.\n"
             "وقال في مؤتمر صحفي مع نظيره اليوناني أنتونيس ساماراس إن اليونان شريك مهم.")


@pytest.mark.parametrize("text, row", [
    ("الدوحة، " + DOHA_FUND, ("Antonis Samaras", "Hamad bin Jassim Al Thani", "Doha")),
    # "Cairo, Egypt (CNN)-- Morsi said Sudan is an important neighbour ... at a press conference with al-Bashir"
    ("القاهرة، مصر (CNN)-- قال الرئيس المصري محمد مرسي إن السودان جار مهم.\nوأضاف مرسي في مؤتمر صحفي مع الرئيس"
     " السوداني عمر البشير أن مصر تدعم السودان وأن السودان يستحق الدعم.", ("Omar al-Bashir", "Mohamed Morsi", "Cairo")),
    # "Amman, Jordan (CNN)-- the king ... at a joint press conference with Abbas" (Palestine named more often)
    ("عمان، الأردن (CNN)-- أكد العاهل الأردني الملك عبد الله الثاني دعم فلسطين.\nوقال في مؤتمر صحفي مشترك مع الرئيس"
     " الفلسطيني محمود عباس إن فلسطين تستحق السلام وإن الفلسطينيين صامدون في فلسطين.",
     ("Mahmoud Abbas", "Abdullah II of Jordan", "Amman")),
])
def test_a_dateline_naming_its_country_and_the_outlet_places_the_meeting(text, row):
    """"الدوحة، قطر (CNN)--" (desk.country_dateline): the desk in one side's country hosts the meeting no word orients
    and is its city (before: the guest's country, named more often, hosted, and no city)."""
    assert cities(text) == [row]


@pytest.mark.parametrize("desk", [
    "دبي، الإمارات العربية المتحدة (CNN)-- ",  # an outlet's regional office in a third country: no scene
    "الدوحة، قطر والبحرين-- ",  # no outlet's bracket after the country
    "الدوحة، اليونان (CNN)-- ",  # the country named is not the city's
])
def test_a_city_and_country_that_are_no_side_s_desk_place_nothing(desk):
    rows = cities(desk + DOHA_FUND.split("(CNN)-- ", 1)[1])
    assert [r[2] for r in rows] == [None] and {r[0] for r in rows} | {r[1] for r in rows} == {
        "Antonis Samaras", "Hamad bin Jassim Al Thani"}


@pytest.mark.parametrize("text, day", [
    # "Atlanta, USA (CNN) - the French president said ... at a press conference with Trump during his official visit":
    # the outlet's head office, the lead opened by the guest
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN) – أكد الرئيس الفرنسي إيمانويل ماكرون أنه يأمل العمل مع نظيره الأمريكي"
     " دونالد ترامب، وذلك خلال مؤتمر صحفي عقده مع ترامب، خلال زيارته الرسمية الأولى إلى أمريكا.", dt.date(2018, 4, 24)),
    # "Dubai, UAE (CNN) -- the Ethiopian prime minister said ... after a tour in which he visited the UAE"
    ("دبي، الإمارات العربية المتحدة (CNN) -- أعلن رئيس الوزراء الإثيوبي أبي أحمد عن اتفاق، وذلك في كلمة ألقاها الأحد"
     " بعد عودته من جولة زار خلالها الإمارات والتقى خلالها رئيس الإمارات الشيخ خليفة بن زايد آل نهيان.", dt.date(2018, 5, 20)),
    # "Atlanta, USA (CNN) - the US president refused ... at a press conference with the Nigerian president": the lead
    # opened by the host, but the office is not his capital
    ("أتلانتا، الولايات المتحدة الأمريكية (CNN) – رفض الرئيس الأمريكي دونالد ترامب الاعتذار عن تصريحاته، وذلك خلال"
     " مؤتمر صحفي مشترك مع الرئيس النيجيري محمد بخاري.", dt.date(2018, 4, 30)),
])
def test_an_outlet_s_office_whose_lead_opens_with_the_guest_is_no_city(text, day):
    """An outlet's office in one side's country files the guest's story too, and its office outside the capital the
    host's: no city from it (the visit stays)."""
    rows = [(r["visitor"], r["host"], r["city"]) for r in mention_rows(text, day) if r["kind"] == "reported"]
    assert rows and all(r[2] is None for r in rows)
