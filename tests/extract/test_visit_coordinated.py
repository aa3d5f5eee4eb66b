"""Leaders listed with "و" (and) after a meeting's side (tasks/extract/visits/coordinated.py): a list item is
met too, unless it is what was discussed: a leader a noun possesses ("رحيل الأسد", Assad's departure) or one
past a topic word after the "مع" partner (meetings.talked_about). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 3, 14)
STAYS = "قال الرئيس السوري بشار الأسد إنه باق في منصبه. "  # names al-Assad in full first (his bare surname is weak)
MACRON_ERDOGAN = ("Emmanuel Macron", "Recep Tayyip Erdogan")


def pairs(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported")


def test_a_possessed_leader_after_the_partner_is_not_listed():
    # "will discuss with Erdogan this afternoon the question of refugees and Assad's departure"
    text = STAYS + "وأشار ماكرون الذي يزور تركيا للمرة الأولى بصفته رئيسا إلى أنه سيبحث مع أردوغان بعد الظهر " \
                   "مسألة اللاجئين ورحيل الأسد."
    assert pairs(text) == [MACRON_ERDOGAN]


def test_a_leader_whose_fall_is_listed_is_not_met():
    # "will discuss with Erdogan this afternoon the Syrian crisis and Assad's fall": no topic word, "سقوط" possesses him
    text = STAYS + "وأشار ماكرون الذي يزور تركيا للمرة الأولى بصفته رئيسا إلى أنه سيبحث مع أردوغان بعد الظهر " \
                   "الأزمة السورية وسقوط الأسد."
    assert pairs(text) == [MACRON_ERDOGAN]


def test_a_leader_listed_after_a_topic_word_is_not_met():
    # "discussed with Erdogan in Ankara today the Syrian file and President Assad"
    assert pairs(STAYS + "وناقش ماكرون مع أردوغان في أنقرة اليوم الملف السوري والرئيس الأسد.") == [MACRON_ERDOGAN]


def test_a_leader_listed_right_after_the_partner_is_met():
    # "discussed with Erdogan and President Assad today the situation in the region": both met
    assert pairs(STAYS + "وناقش ماكرون مع أردوغان والرئيس الأسد اليوم الوضع في المنطقة.") == [
        ("Emmanuel Macron", "Bashar al-Assad"), MACRON_ERDOGAN]


def test_a_later_meeting_verb_after_the_topic_meets_its_own_side():
    # "discussed the Syrian file with Erdogan today, then met President Assad"
    assert pairs(STAYS + "وبحث ماكرون مع أردوغان اليوم الملف السوري، ثم التقى الرئيس الأسد.") == [
        ("Emmanuel Macron", "Bashar al-Assad"), MACRON_ERDOGAN]


SPAIN_PORTUGAL = "يؤدي رئيسا وزراء إسبانيا والبرتغال ماريانو راخوي وأنطونيو كوستا زيارة إلى المغرب اليوم "


def test_travellers_listed_before_the_visit_word_each_visit_the_host():
    # "the prime ministers of Spain and Portugal Rajoy and Costa make a visit to Morocco today, during
    # which they meet King Mohammed VI": the nearest traveller brings the one listed before him
    rows = pairs(SPAIN_PORTUGAL + "يلتقيان خلالها الملك محمد السادس.")
    assert rows == [("Antonio Costa", "Mohammed VI of Morocco"), ("Mariano Rajoy", "Mohammed VI of Morocco")]


def test_a_single_traveller_of_a_country_list_stays_alone():
    # "the Spanish prime minister Rajoy makes a visit to Morocco and Portugal today": countries listed, one person
    text = "يؤدي رئيس وزراء إسبانيا ماريانو راخوي زيارة إلى المغرب والبرتغال اليوم يلتقي خلالها الملك محمد السادس."
    assert pairs(text) == [("Mariano Rajoy", "Mohammed VI of Morocco")]


def test_leaders_a_verb_governs_before_the_traveller_are_not_his_fellows():
    # "King Mohammed VI met Macron and Merkel, and Costa makes a visit to Rabat today": the two met, in no trip
    out = defaultdict(list)
    text = "التقى الملك محمد السادس الرئيس الفرنسي إيمانويل ماكرون والمستشارة أنغيلا ميركل، " \
           "وأنطونيو كوستا يجري زيارة إلى الرباط اليوم."
    extract_article("a", text, PUB, out, source="test")
    rows = sorted((r["visitor"], r["city"], r["evidence"].split()[0]) for r in out["visit_mentions"] if r["kind"] == "reported")
    assert [(v, city) for v, city, _ in rows] == [("Angela Merkel", None), ("Antonio Costa", "Rabat"), ("Emmanuel Macron", None)]


def test_the_host_country_leader_listed_with_the_guest_is_no_guest():
    # "the Tunisian president Essebsi and the French president Macron visit the city of Sfax today"
    text = "الرئيس التونسي الباجي قائد السبسي والرئيس الفرنسي إيمانويل ماكرون يزوران اليوم مدينة صفاقس."
    assert pairs(text) == [("Emmanuel Macron", "Beji Caid Essebsi")]


def test_guests_listed_together_each_visit_the_host():
    # "A و B في ضيافة C" (A and B as C's guests): each of the two visits C
    text = "وكان الرئيس الإيراني حسن روحاني والرئيس الروسي فلاديمير بوتين أمس في ضيافة الرئيس التركي رجب طيب أردوغان."
    assert pairs(text) == [("Hassan Rouhani", "Recep Tayyip Erdogan"), ("Vladimir Putin", "Recep Tayyip Erdogan")]
