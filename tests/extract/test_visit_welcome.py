"""A leader's welcome of a visit (visits.welcome): "عبر X عن ترحيبه بالزيارة ... للرئيس Y" (X expressed his
welcome of President Y's visit) names Y the traveller and X, the one who welcomes, his host, however long X's
titles and a co-welcomer's office between; a planned visit, a welcomed decision, a third country's visit stay
as they are. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows, reported_rows

D2017 = dt.date(2017, 5, 20)
D2018 = dt.date(2018, 7, 19)

# the Saudi king and the crown prince (no leader before 2022), with their titles, welcome ...
KING_AND_HEIR = ("عبر الملك سلمان بن عبدالعزيز، خادم الحرمين الشريفين، وولي العهد الأمير محمد بن سلمان، "
                 "نائب رئيس مجلس الوزراء وزير الدفاع، عن ترحيبهما ")
# the French president and his foreign minister, with their titles, welcome ...
PRESIDENT_AND_MINISTER = ("أعرب الرئيس الفرنسي إيمانويل ماكرون، رئيس الجمهورية، والسيد جان إيف لودريان "
                          "وزير الخارجية، عن ترحيبهما ")


def pairs(rows):
    return [(r["kind"], r["planned"], r["visitor"], r["host"]) for r in rows]


def test_a_welcomed_visit_names_the_traveller_after_it_and_the_welcomer_his_host():
    # "... their welcome of the US president Donald Trump's first visit to the kingdom"
    rows = reported_rows(KING_AND_HEIR + "بالزيارة الأولى للرئيس الأمريكي دونالد ترامب للمملكة.", D2017)
    assert [(r["visitor"], r["host"]) for r in rows] == [("Donald Trump", "Salman bin Abdulaziz")]


def test_a_welcomed_visit_with_an_official_between_the_welcomer_and_the_noun():
    # "... their welcome of the Chinese president Xi Jinping's historic visit to France"
    rows = reported_rows(PRESIDENT_AND_MINISTER + "بالزيارة التاريخية للرئيس الصيني شي جين بينغ لفرنسا.", D2018)
    assert [(r["visitor"], r["host"]) for r in rows] == [("Xi Jinping", "Emmanuel Macron")]


def test_an_awaited_welcomed_visit_stays_a_plan():
    # "بالزيارة المرتقبة" (the awaited visit): planned, not reported
    rows = mention_rows(KING_AND_HEIR + "بالزيارة المرتقبة للرئيس الأمريكي دونالد ترامب للمملكة.", D2017)
    assert pairs(rows) == [("referenced", True, "Donald Trump", "Salman bin Abdulaziz")]


def test_a_welcomed_decision_is_no_visit():
    # "... their welcome of the US president's decision to lift the sanctions"
    rows = mention_rows(KING_AND_HEIR + "بقرار الرئيس الأمريكي دونالد ترامب رفع العقوبات.", D2017)
    assert rows == []


def test_a_welcomed_visit_of_a_minister_is_no_leaders_visit():
    # "... his welcome of the foreign minister's successful visit": the minister is no leader
    text = "أعرب الرئيس الفرنسي إيمانويل ماكرون عن ترحيبه بالزيارة الناجحة لوزير الخارجية جان إيف لودريان إلى الصين."
    assert reported_rows(text, D2018) == []


def test_a_welcomed_visit_to_a_third_country_is_not_the_welcomers():
    # the US president welcomes the Egyptian president's historic visit to Saudi Arabia: Sisi visits
    # the Saudi king, Trump hosts nobody
    text = "أعرب الرئيس الأمريكي دونالد ترامب عن ترحيبه بالزيارة التاريخية للرئيس المصري عبد الفتاح السيسي إلى السعودية."
    rows = reported_rows(text, D2017)
    assert [(r["visitor"], r["host"]) for r in rows] == [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


def test_a_bare_welcome_noun_has_no_owner_to_host_the_visit():
    # "a party head, in remarks this evening, asked the Russian president Vladimir Putin for caution, criticising
    # the welcome of the Chinese president Xi's visit": "الترحيب" without a pronoun is nobody's, Putin is no
    # welcomer, and the visit no news of a meeting
    text = ("وطالب رئيس الحزب في تصريحات له مساء اليوم الرئيس الروسي فلاديمير بوتين بالحذر، منتقدا الترحيب "
            "بزيارة الرئيس الصيني شي جين بينغ.")
    assert reported_rows(text, D2018) == []
