"""Farewells (ziyarat/lexicons/triggers.yaml receive_past, reception): "ودع X Y" (X saw Y off) and "وكان في
وداعه X" (X saw him off) close a visit as "استقبل" and "في استقباله" open one: the guest visited the host.
Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2015, 8, 9)


def _reported(text):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [PUB]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_a_leader_who_saw_another_off_at_the_end_of_his_visit_hosted_him():
    text = ("ودع خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بمطار الملك عبدالعزيز الدولي بجدة اليوم الرئيس "
            "التركي رجب طيب أردوغان لدى مغادرته المملكة.")
    assert _reported(text) == [("Recep Tayyip Erdogan", "Salman bin Abdulaziz", "Jeddah")]
    text = ("غادر الرئيس التركي رجب طيب أردوغان جدة اليوم. وكان في وداعه بمطار الملك عبدالعزيز الدولي خادم "
            "الحرمين الشريفين الملك سلمان بن عبدالعزيز.")
    assert _reported(text) == [("Recep Tayyip Erdogan", "Salman bin Abdulaziz", "Jeddah")]


def test_a_farewell_by_officials_or_she_called_is_no_meeting_of_two_leaders():
    """Negatives: the king seen off by a governor on his way abroad; "ودعت" is also "and she called"."""
    text = ("غادر خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز جدة اليوم متوجها إلى خارج المملكة في إجازة خاصة. "
            "وكان في وداعه لدى مغادرته المطار الأمير خالد الفيصل أمير منطقة مكة المكرمة.")
    assert _reported(text) == []
    text = "ونددت المستشارة الألمانية أنجيلا ميركل بالهجمات ودعت الرئيس الإيراني حسن روحاني إلى وقف التصعيد."
    assert _reported(text) == []
