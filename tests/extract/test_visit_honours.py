"""A leader's meal in another leader's honour (visits.honours, triggers.yaml honour_past / honour_future,
honour_words): "أقام X مأدبة عشاء على شرف Y" (X held a dinner in honour of Y) and "مأدبة الغداء التي أقامها ...
على شرفه X" (the lunch X held in his honour) tell a held meeting, the giver the host; the verb's tense is the
meeting's. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2021, 5, 10)


def _rows(text):
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY))


def test_a_dinner_held_in_a_named_leaders_honour_is_a_reception():
    # "the French president held this evening an official dinner in honour of the German chancellor"
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء رسمية على شرف المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_lunch_held_in_his_honour_names_its_guest_before():
    # "the Egyptian president Sisi stressed, in a speech at the lunch that the French president Macron held
    # today in his honour, the depth of the relations": Sisi is the guest, Macron (after "على شرفه") the host
    text = ("وأكد الرئيس المصري عبد الفتاح السيسي في كلمة ألقاها خلال مأدبة الغداء التي أقامها اليوم على شرفه "
            "الرئيس الفرنسي إيمانويل ماكرون على عمق العلاقات.")
    assert _rows(text) == [("reported", "Abdel Fattah el-Sisi", "Emmanuel Macron")]


def test_a_lunch_its_giver_named_before_his_honour():
    # "the US president Biden did not mind, at a lunch the French president held in his honour"
    text = "ولم يأبه الرئيس الأمريكي جو بايدن كثيرا لذلك خلال مأدبة غداء أقامها الرئيس الفرنسي على شرفه."
    assert _rows(text) == [("reported", "Joe Biden", "Emmanuel Macron")]


def test_a_dinner_to_be_held_in_a_leaders_honour_is_a_plan():
    # negative (not held): "the French president will hold tomorrow a dinner in honour of the German chancellor"
    text = "سيقيم الرئيس الفرنسي إيمانويل ماكرون غدا مأدبة عشاء على شرف المستشارة الألمانية أنجيلا ميركل."
    assert _rows(text) == [("referenced", "Angela Merkel", "Emmanuel Macron")]


def test_a_dinner_in_a_ministers_honour_pairs_no_one():
    # negative: "held a dinner in honour of the German foreign minister" (no leader honoured)
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء على شرف وزير الخارجية الألماني."
    assert _rows(text) == []


def test_the_noun_of_holding_is_no_trigger():
    # negative: "إقامة" (the holding) folds like "أقامه": "the paper recalls a state dinner of the French
    # president's holding in 2018 in honour of the German chancellor"
    text = ("وتذكر الصحيفة حفل عشاء دولة إقامة الرئيس الفرنسي إيمانويل ماكرون عام 2018 على شرف المستشارة "
            "الألمانية أنجيلا ميركل.")
    assert _rows(text) == []


def test_holding_with_no_honour_binds_no_one():
    # negative: "أقام" (stayed) with no "على شرف": "the French president stayed at the Elysee since his
    # election, and criticised the German chancellor"
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه منذ انتخابه، وانتقد المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == []
