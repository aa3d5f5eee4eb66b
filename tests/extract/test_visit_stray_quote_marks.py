"""A meeting told in the narrative between two quotes is the narrative's even when a
straight quote mark went missing around it (ziyarat/quotation.py: a closing mark with
nothing open opens nothing; an unclosed quote gives way to the next one after a sentence
end). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported_pairs(text, pub=dt.date(2019, 4, 3)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_a_reception_after_a_quote_that_lost_its_opening_mark_is_reported():
    text = ('وأكد المتحدث أن الحوار بين البلدين مستمر". واستقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي '
            'إيمانويل ماكرون في القاهرة اليوم. وقال ماكرون عقب اللقاء: "العلاقات بين بلدينا ممتازة".')
    assert reported_pairs(text) == [("Emmanuel Macron", "Abdel Fattah el-Sisi")]


def test_a_reception_after_a_quote_left_unclosed_is_reported():
    text = ('وقال الملك عبد الله الثاني "نرحب بكل الضيوف. واستقبل الملك في عمان أمس الرئيس الفلسطيني '
            'محمود عباس. وقال عباس في ختام اللقاء "نشكر الأردن على دعمه".')
    assert reported_pairs(text) == [("Mahmoud Abbas", "Abdullah II of Jordan")]


def test_a_reception_told_inside_a_closed_quote_is_still_speech():
    # the same meeting inside a quote that is opened and closed: the speaker's words
    text = ('وقال المتحدث: "الحوار بين البلدين مستمر. واستقبل الرئيس عبد الفتاح السيسي الرئيس الفرنسي '
            'إيمانويل ماكرون في القاهرة اليوم". وأضاف أن "العلاقات ممتازة".')
    assert reported_pairs(text) == []
