"""Cues of who travelled when no trip word says it. Where a venue puts the meeting, hence who hosts. A venue
near a city ("في منتجع قرب برلين", at a resort near Berlin): not the meeting's city, but its country is the venue's, so the leader of that country hosts (visits.tour.near_city, grammar.yaml near_words); a city near
which something else happened ("نقل إلى مستشفى قرب برلين", taken to a hospital near Berlin) in a sentence with no
meeting word says nothing. A venue on one side of a border (places.yaml venues: the Peace House on the south
side of Panmunjom, Tongilgak on the north) makes that side's leader the host; the truce village alone sides
with no one. A title's country ("أول رئيس للسودان") is no venue (place._title_country); a host calling on his guest
at the guest's lodging in the host's own country (residence.lodging_call); "his host" ("شكر X مضيفه") names the one
who came (tour.host_callers), unfolded, not the participle "مضيفة"/"مضيفه أن" (adding that). A seat ending a clause
on the election that brought a leader to office ("الانتخابات التي حملته إلى البيت الأبيض") is no venue
(tour._office_won, grammar.yaml office_won_heads). Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 4, 3)
FRENCH_PLACES = " وتسعى باريس إلى اتفاق حاسم، بحسب الإليزيه."


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_a_resort_near_a_city_puts_the_meeting_in_its_country():
    # the French places named more often do not send the chancellor to France: the resort is near Berlin
    text = ("عقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل الأحد في منتجع هادئ قرب برلين "
            "قمة ثنائية لبحث إصلاح منطقة اليورو." + FRENCH_PLACES)
    assert rows(text) == [("Emmanuel Macron", "Angela Merkel", None)]


def test_near_words_a_castle_close_to_a_city():
    text = ("عقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل الأحد قمة ثنائية في قلعة تاريخية بالقرب من برلين "
            "لبحث إصلاح منطقة اليورو." + FRENCH_PLACES)
    assert rows(text) == [("Emmanuel Macron", "Angela Merkel", None)]


def test_a_hospital_near_a_city_in_a_sentence_with_no_meeting_word_is_no_venue():
    text = ("عقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل الأحد قمة ثنائية لبحث إصلاح "
            "منطقة اليورو. وقال ماكرون إن مستشاره نقل إلى مستشفى قرب برلين." + FRENCH_PLACES)
    assert rows(text) == [("Angela Merkel", "Emmanuel Macron", None)]


KOREA_DAY = dt.date(2018, 4, 28)


def test_the_peace_house_puts_the_korean_summit_on_the_south_side():
    text = ("والتقى الرئيس الكوري الجنوبي مون جيه إن والزعيم الكوري الشمالي كيم جونغ أون الجمعة في بيت السلام "
            "بقرية بانمونجوم الحدودية.")
    assert rows(text, KOREA_DAY) == [("Kim Jong-un", "Moon Jae-in", "Panmunjom")]


def test_tongilgak_puts_the_korean_summit_on_the_north_side():
    text = ("والتقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن السبت في مبنى تونغيلغاك "
            "بقرية بانمونجوم الحدودية.")
    assert rows(text, KOREA_DAY) == [("Moon Jae-in", "Kim Jong-un", "Panmunjom")]


def test_the_truce_village_alone_sides_with_no_one():
    text = "والتقى الرئيس الكوري الجنوبي مون جيه إن والزعيم الكوري الشمالي كيم جونغ أون الجمعة في قرية بانمونجوم الحدودية."
    assert rows(text, KOREA_DAY) == [("Moon Jae-in", "Kim Jong-un", "Panmunjom")]


def test_meseberg_palace_is_a_venue_in_germany():
    text = ("عقدت المستشارة الألمانية أنغيلا ميركل والرئيس الفرنسي إيمانويل ماكرون الأحد قمة ثنائية في قصر ميسبرغ "
            "لبحث إصلاح منطقة اليورو." + FRENCH_PLACES)
    assert rows(text) == [("Emmanuel Macron", "Angela Merkel", "Meseberg")]


def test_a_country_a_title_names_is_no_venue_of_the_reception():
    # "أول رئيس للسودان" (the first president of Sudan) is the guest's title, not where he was received
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي الرئيس السوداني عمر البشير، ليصبح أول رئيس للسودان يزور "
            "البلاد منذ عامين.")
    assert rows(text) == [("Omar al-Bashir", "Abdel Fattah el-Sisi", None)]


def test_a_city_after_in_still_places_the_reception_abroad():
    # the negative: one receives where he is, in a city of the other's country too
    text = "استقبل الرئيس المصري عبد الفتاح السيسي في الخرطوم الرئيس السوداني عمر البشير."
    assert rows(text) == [("Abdel Fattah el-Sisi", "Omar al-Bashir", "Khartoum")]


def test_a_host_calling_on_his_guest_at_the_guests_lodging():
    # the visit verb's subject is at home (Tangier): the king he called on at his residence there travelled
    text = ("زار العاهل المغربي الملك محمد السادس الأحد الملك سلمان بن عبد العزيز في مقر إقامته بطنجة حيث يقضي "
            "عطلته الصيفية.")
    assert rows(text) == [("Salman bin Abdulaziz", "Mohammed VI of Morocco", "Tangier")]


def test_a_visit_to_the_residence_in_the_hosts_own_country_keeps_the_roles():
    text = "زار العاهل المغربي الملك محمد السادس الأحد الملك سلمان بن عبد العزيز في مقر إقامته بالرياض."
    assert rows(text) == [("Mohammed VI of Morocco", "Salman bin Abdulaziz", "Riyadh")]


PRESS = "قال الرئيس الفرنسي فرانسوا هولاند في مؤتمر صحفي مشترك مع الرئيس التونسي منصف المرزوقي إن بلاده ستدعم تونس."


def test_thanking_his_host_names_the_one_who_came():
    # the French president speaks first and no place is named: "his host" says the Tunisian came
    assert rows(PRESS + " وشكر المرزوقي مضيفه على حسن الاستقبال.", dt.date(2014, 4, 30)) == [
        ("Moncef Marzouki", "Francois Hollande", None)]


def test_his_host_before_the_name_is_no_speech_participle():
    # "مضيفه" folds like "مضيفة" (adding): it must not end the press conference's reach before the host's name
    text = "قال الرئيس التونسي منصف المرزوقي في مؤتمر صحفي مشترك مع مضيفه الرئيس الفرنسي فرانسوا هولاند إن تونس تنتظر الدعم."
    assert rows(text, dt.date(2014, 4, 30)) == [("Moncef Marzouki", "Francois Hollande", None)]


def test_adding_that_spelt_with_ha_is_still_the_participle():
    # the negative: "مضيفه أن" (adding that, as some outlets spell it) calls nobody a host
    assert rows(PRESS + " وقال المرزوقي مضيفه أن المحادثات كانت مثمرة.", dt.date(2014, 4, 30)) == [
        ("Francois Hollande", "Moncef Marzouki", None)]


TRUMP_LOFVEN = ("انتقد الرئيس الأمريكي دونالد ترامب عقب لقائه مع رئيس الوزراء السويدي ستيفان لوفين يوم السبت"
                " سياسات الهجرة الأوروبية. وكانت قمة جنيف قد جمعت الزعيمين.")


def test_the_seat_an_election_carried_him_to_is_no_venue():
    # Geneva's summit then leaves the text's order
    text = TRUMP_LOFVEN + " ودافع ترامب عن نتائج الانتخابات الرئاسية التي حملته إلى البيت الأبيض."
    assert rows(text) == [("Donald Trump", "Stefan Löfven", None)]
    text = TRUMP_LOFVEN + " وأشاد ترامب بنتائج الاقتراع الذي أوصله إلى البيت الأبيض."
    assert rows(text) == [("Donald Trump", "Stefan Löfven", None)]


def test_a_seat_he_speaks_at_is_still_the_venue():
    text = TRUMP_LOFVEN + " وتحدث ترامب للصحفيين في البيت الأبيض."
    assert rows(text) == [("Stefan Löfven", "Donald Trump", None)]
    text = TRUMP_LOFVEN + " وقال ترامب الذي استقبل الصحفيين في البيت الأبيض إن الهجرة خطر."
    assert rows(text) == [("Stefan Löfven", "Donald Trump", "Washington")]
