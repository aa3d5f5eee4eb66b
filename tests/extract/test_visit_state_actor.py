"""A country or capital right after a feminine past verb is the state acting, not a place
("وتعهدت كوريا الشمالية", North Korea pledged; "وأعلنت بيونغيانغ", Pyongyang announced): when no word says
who travelled, the count of each side's places (place.place_countries, direction's last guess) leaves it
out (visits.actors). Places in a locative, a genitive after a plural noun, and the subject of a venue or
hosting verb ("شهدت", "استضافت") still count. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 4, 28)
MEETING = "التقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن الجمعة."
KIM, MOON = "Kim Jong-un", "Moon Jae-in"


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_the_state_as_subject_does_not_make_its_leader_host():
    # the story is about North Korea's pledges: its name as the verbs' subject says nothing of the venue
    text = MEETING + " وتعهدت كوريا الشمالية بوقف تجاربها. وأعلنت بيونغيانغ أنها ستغلق الموقع النووي."
    assert rows(text) == [(KIM, MOON)]


def test_places_in_a_locative_still_count():
    text = MEETING + " ويقيم خبراء في كوريا الشمالية نتائج اللقاء. وفي بيونغيانغ احتفالات."
    assert rows(text) == [(MOON, KIM)]


def test_a_genitive_after_a_plural_noun_still_counts():
    text = MEETING + " وتتواصل محادثات كوريا الشمالية مع جيرانها. وتستمر اجتماعات بيونغيانغ."
    assert rows(text) == [(MOON, KIM)]


def test_the_subject_of_a_venue_or_hosting_verb_still_counts():
    text = MEETING + " وشهدت بيونغيانغ احتفالات. واستضافت كوريا الشمالية وفودا من الخارج."
    assert rows(text) == [(MOON, KIM)]


def test_a_second_subject_joined_by_wa_is_the_state_acting_too():
    text = MEETING + " وتعهدت الصين وكوريا الشمالية بمواصلة الحوار. وأعلنت بيونغيانغ أنها ستغلق الموقع النووي."
    assert rows(text) == [(KIM, MOON)]


def test_a_place_joined_by_wa_to_a_locative_still_counts():
    text = MEETING + " ويقيم خبراء في الصين وكوريا الشمالية نتائج اللقاء."
    assert rows(text) == [(MOON, KIM)]


# A state as the subject of a reception verb received the leader named after it (actors.receiving_state): his
# trip there, hosted by that country's head by office as an arrival is.
DAY = dt.date(2019, 6, 29)  # a Saturday


def received(text):
    out = defaultdict(list)
    extract_article("a", text, DAY, out)
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_a_country_after_the_reception_verb_received_the_leader():
    text = "استقبلت اليابان أمس الرئيس المصري عبد الفتاح السيسي في مستهل جولة آسيوية."
    assert received(text) == [("Abdel Fattah el-Sisi", "Shinzo Abe", None, dt.date(2019, 6, 28))]


def test_a_country_before_the_verb_after_that_received_him_past_a_manner():
    text = "وأفادت الوكالة أن تونس استقبلت بحفاوة كبيرة وبحرارة الرئيس الفرنسي إيمانويل ماكرون في زيارته لها."
    assert received(text) == [("Emmanuel Macron", "Beji Caid Essebsi", None, None)]


def test_a_capital_opening_the_sentence_receives_him_today():
    text = "الرياض تستقبل اليوم الرئيس الأمريكي دونالد ترامب في أول جولة خارجية له."
    assert received(text) == [("Donald Trump", "Salman bin Abdulaziz", "Riyadh", DAY)]


def test_a_state_receiving_a_leaders_daughter_receives_no_leader():
    assert received("استقبلت مصر اليوم إيفانكا ابنة الرئيس الأمريكي دونالد ترامب.") == []


def test_a_leader_present_at_what_a_state_received_is_no_guest():
    assert received("استقبلت فرنسا اليوم رفات الجنود بحضور الرئيس الكوري الجنوبي مون جيه إن.") == []


def test_a_state_receiving_its_own_leader_is_no_visit():
    assert received("استقبلت فرنسا اليوم الرئيس الفرنسي إيمانويل ماكرون بعد عودته من الخارج.") == []


def test_a_state_receiving_a_minister_receives_not_the_leader_who_sent_him():
    assert received("استقبلت تونس أمس وزير الخارجية الفرنسي الذي نقل رسالة من الرئيس إيمانويل ماكرون.") == []


def test_a_city_told_as_where_is_no_state_receiving():
    assert received("وفي الرياض تستقبل الحكومة اليوم الرئيس الأمريكي دونالد ترامب.") == []


# An airport's lounge as the reception verb's subject (actors._arrival_hall): the airport's country received the
# leader named after it, past commas of time and his title: his arrival there, hosted by its head by office.
SISI, SALL, ABBAS = "Abdel Fattah el-Sisi", "Macky Sall", "Mahmoud Abbas"


def test_an_airport_lounge_received_the_leader_past_commas():
    text = "استقبلت الصالة الرئاسية بمطار القاهرة الدولي، منذ قليل، اليوم، رئيس جمهورية السنغال، ماكي سال، على متن طائرة خاصة."
    assert received(text) == [(SALL, SISI, "Cairo", DAY)]


def test_an_airport_itself_received_the_leader_with_a_masculine_verb():
    text = "استقبل مطار القاهرة الدولي مساء أمس الرئيس الفلسطيني محمود عباس قادما من عمان للمشاركة في القمة."
    assert received(text) == [(ABBAS, SISI, "Cairo", dt.date(2019, 6, 28))]


def test_an_airport_lounge_receiving_a_leaders_advance_party_receives_no_leader():
    text = "استقبلت صالة كبار الزوار بمطار القاهرة الدولي، اليوم، مقدمة الرئيس الفلسطيني محمود عباس."
    assert received(text) == []


def test_an_airport_lounge_receiving_a_minister_or_an_adviser_receives_no_leader():
    for guest in ("وزير الخارجية الفلسطيني رياض المالكي", "مستشار الرئيس الفلسطيني محمود عباس"):
        assert received(f"استقبلت صالة كبار الزوار بمطار القاهرة الدولي، اليوم، {guest}، قادما من عمان.") == [], guest


def test_an_airport_lounge_receiving_its_own_leader_is_no_visit():
    text = "استقبلت الصالة الرئاسية بمطار القاهرة الدولي، منذ قليل، الرئيس عبد الفتاح السيسي عائدا من اليابان."
    assert received(text) == []


# A state fronted after "أن" / "إن" (that) before a feminine past verb, "قد" or not, is the clause's subject, the state
# acting (actors._fronted_state): "يذكر أن السويد قد استقبلت ... لاجئ" (Sweden has received ... refugees).
def test_a_state_fronted_after_that_before_a_verb_is_the_state_acting():
    # "It is recalled that North Korea had announced a halt to its tests. The agency said Pyongyang pledged peace."
    text = MEETING + " يذكر أن كوريا الشمالية قد أعلنت وقف تجاربها. وقالت الوكالة إن بيونغيانغ تعهدت بالسلام."
    assert rows(text) == [(KIM, MOON)]


def test_a_state_fronted_after_that_before_a_present_verb_still_counts():
    # "It is recalled that North Korea supports the talks; the agency said Pyongyang seeks peace": a present verb
    text = MEETING + " يذكر أن كوريا الشمالية تدعم المحادثات. وقالت الوكالة إن بيونغيانغ تسعى إلى السلام."
    assert rows(text) == [(MOON, KIM)]


def test_a_state_fronted_after_that_before_a_venue_verb_still_counts():
    # "It is recalled that Pyongyang saw celebrations and that North Korea hosted delegations": where things happen
    text = MEETING + " يذكر أن بيونغيانغ شهدت احتفالات وأن كوريا الشمالية قد استضافت وفودا من الخارج."
    assert rows(text) == [(MOON, KIM)]


def test_a_state_fronted_after_that_whose_clause_names_a_leader_still_counts():
    # "It is recalled that North Korea had received the Chinese president Xi Jinping last month": where he went
    text = MEETING + " يذكر أن كوريا الشمالية قد استقبلت الرئيس الصيني شي جين بينغ الشهر الماضي. وفي بيونغيانغ احتفالات."
    assert (MOON, KIM) in rows(text)


def test_a_place_after_that_before_a_noun_still_counts():
    # "Experts said that in North Korea talks are going on; in Pyongyang, celebrations": no verb after the place
    text = MEETING + " وقال خبراء إن في كوريا الشمالية محادثات جارية. وفي بيونغيانغ احتفالات."
    assert rows(text) == [(MOON, KIM)]
