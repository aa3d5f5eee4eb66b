"""The presence participle (visits.presence, triggers.yaml present_in): "الموجود حاليا في القاهرة"
(who is now in Cairo) right after a leader tells his stay in a foreign place, a visit under way whose
host the sentence does not name (the visited country's head by office hosts). Not at home, not of a
noun that possesses the leader (his forces, his son), not of another noun before it (an embassy), not
of an office ("في السلطة"). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 12)  # a Wednesday


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    rows = out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    return [(r["visitor"], r["host"], r["city"]) for r in rows]


def test_a_leader_now_in_a_foreign_capital_is_on_a_visit_there():
    text = "قال الرئيس الفلسطيني محمود عباس الموجود حاليا في القاهرة إن جولة الحوار ستبدأ قريبا."
    assert reported(text) == [("Mahmoud Abbas", "Abdel Fattah el-Sisi", "Cairo")]


def test_the_feminine_participle_after_a_woman_leader():
    text = "أكدت المستشارة الألمانية أنغيلا ميركل المتواجدة حاليا في طوكيو أن الشراكة التجارية تتوسع."
    assert reported(text) == [("Angela Merkel", "Shinzo Abe", "Tokyo")]


def test_the_participle_without_now():
    text = "ترأس رئيس الوزراء الهندي ناريندرا مودي الموجود في باريس لقاء مع أبناء الجالية الهندية."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris")]


def test_a_leader_present_at_home_makes_no_trip():
    text = "قال الرئيس الفلسطيني محمود عباس الموجود حاليا في رام الله إن جولة الحوار ستبدأ قريبا."
    assert reported(text) == []


def test_the_forces_of_a_leader_present_abroad_are_not_he():
    assert reported("قصفت قوات الرئيس الروسي فلاديمير بوتين الموجودة في سوريا مواقع للمسلحين.") == []


def test_a_leaders_son_present_abroad_is_not_he():
    assert reported("قال نجل الرئيس التركي رجب طيب أردوغان الموجود في لندن إن دراسته تسير جيدا.") == []


def test_an_embassy_present_in_a_city_is_no_leaders_stay():
    text = "أعلنت السفارة الأمريكية الموجودة في بغداد أن الرئيس الأمريكي دونالد ترامب أشاد بالحكومة."
    assert reported(text) == []


def test_present_in_power_is_no_place():
    assert reported("تظاهر آلاف ضد رئيس الوزراء الياباني شينزو آبي الموجود في السلطة منذ سنوات.") == []


def test_another_leader_of_the_sentence_takes_no_side_of_the_stay():
    text = "قال رئيس الوزراء اللبناني نجيب ميقاتي الموجود في روما لحضور تنصيب البابا فرنسيس إن الوضع هادئ."
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))
    assert out["visit_mentions"].select("visitor", "host").rows() == []


def test_the_predicate_with_now_after_the_leader_as_subject():
    # "the spokesman said Erdogan is now in Germany to attend economic meetings"
    text = "وقال المتحدث إن الرئيس التركي رجب طيب أردوغان يتواجد حاليا في ألمانيا لحضور اجتماعات اقتصادية."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", None)]


def test_the_predicate_participle_with_now_and_a_glued_bi():
    # "the party announced that Erdogan is present now in Germany" ("بألمانيا", bi- glued on)
    text = "وأعلن الحزب أن الرئيس التركي رجب طيب أردوغان متواجد الآن بألمانيا لحضور اجتماعات."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", None)]


def test_the_feminine_present_verb_after_a_woman_leader():
    text = "وقالت الحكومة إن المستشارة الألمانية أنغيلا ميركل تتواجد حاليا في روما لحضور قمة."
    assert reported(text) == [("Angela Merkel", "Giuseppe Conte", "Rome")]


def test_the_predicate_at_home_makes_no_trip():
    # negative: "the source said Sisi is now in Cairo"
    assert reported("وأكد المصدر أن الرئيس المصري عبد الفتاح السيسي موجود حاليا في القاهرة.") == []


def test_a_ministers_predicate_presence_abroad_is_no_leaders_stay():
    # negative: "the Turkish foreign minister is now in Germany"
    assert reported("وأكد المصدر أن وزير الخارجية التركي مولود جاويش أوغلو موجود حاليا في ألمانيا.") == []


def test_the_predicate_now_with_no_place_after_is_no_trip():
    # negative: "Erdogan is now present to follow the talks" (no place)
    assert reported("وقال المتحدث إن الرئيس التركي رجب طيب أردوغان موجود حاليا لمتابعة المحادثات.") == []


def test_a_feminine_present_verb_after_a_man_is_his_wifes():
    # negative: "the Turkish president Erdogan's wife is now in Germany" (the verb agrees with the wife)
    assert reported("وقال المتحدث إن زوجة الرئيس التركي رجب طيب أردوغان تتواجد حاليا في ألمانيا.") == []


def test_the_predicate_with_now_under_a_background_note_is_still_under_way():
    # "it is worth mentioning that President Erdogan is now in Germany on a visit of several days": the note
    # ("الجدير بالذكر أن") recalls the background, but "now" in the predicate says the stay goes on
    text = "الجدير بالذكر أن الرئيس التركي رجب طيب أردوغان متواجد الآن بألمانيا فى زيارة تستغرق عدة أيام."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", None)]


def test_the_participle_with_now_under_a_recalled_note_is_still_under_way():
    # "it is recalled that President Erdogan is now in Germany on an official visit"
    text = "ويذكر أن الرئيس التركي رجب طيب أردوغان موجود حاليا في ألمانيا فى زيارة رسمية."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", None)]


def test_the_participle_without_now_under_a_background_note_stays_background():
    # negative: "it is recalled that Modi, who was in Paris, chaired a meeting": no "now", the note's background
    text = "يذكر أن رئيس الوزراء الهندي ناريندرا مودي الموجود في باريس ترأس لقاء مع أبناء الجالية الهندية."
    assert reported(text) == []


def test_a_visit_noun_under_a_background_note_with_now_before_it_stays_background():
    # negative: "it is recalled that the party now rejects Erdogan's visit to Germany": the "now" is the party's,
    # not said of the visit, and no presence is told
    text = "يذكر أن الحزب يرفض حاليا زيارة الرئيس التركي رجب طيب أردوغان لألمانيا."
    assert reported(text) == []
