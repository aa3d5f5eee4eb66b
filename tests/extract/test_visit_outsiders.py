"""Outsiders' contacts (tasks/extract/visits/outsiders.py): a phone call with the press or a message a body
sends joins no meeting's two sides, so a visit or reception told beside it stays; a call or a message between
the leaders, or with no named party, still vetoes. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2019, 4, 3)  # a Wednesday
VISIT = "الرئيس التركي رجب طيب أردوغان وصل أمس إلى القاهرة حيث استقبله الرئيس عبد الفتاح السيسي"


def _rows(text, day=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts())


HELD = [("reported", "Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_a_speakers_phone_interview_with_the_press_leaves_the_visit_held():
    """"The deputy said during a phone call with the TV host ... that the Turkish president arrived yesterday
    in Cairo, where Sisi received him": the call is the deputy's interview, not the leaders'."""
    for party in ("مع الإعلامية سارة حسن في برنامج المساء", "مع «صحيفة النهار»", "لـ«صحيفة النهار»", "مع قناة النيل"):
        text = f"وقال النائب خلال اتصال هاتفي {party} إن {VISIT}."
        assert _rows(text) == HELD, party


def test_a_body_s_letter_to_the_host_leaves_his_reception_held():
    """"The opposition front sent President Sisi a letter denouncing his reception yesterday in Cairo of the
    Turkish president Erdogan": the letter is the front's; the reception was held."""
    text = ("وجهت جبهة المعارضة المصرية رسالة إلى الرئيس عبد الفتاح السيسي، تستنكر فيها استقباله أمس في القاهرة "
            "الرئيس التركي رجب طيب أردوغان.")
    assert _rows(text) == HELD


def test_calls_and_letters_between_the_leaders_still_veto():
    """Negatives: a call between the two presidents, a call with an unnamed party and a letter the president
    sends stay remote contacts (no visit)."""
    assert _rows("أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان بحثا خلاله "
                 "زيارة أردوغان إلى القاهرة.") == []
    assert _rows("وقال الرئيس عبد الفتاح السيسي خلال اتصال هاتفي إن الرئيس التركي رجب طيب أردوغان سيزور القاهرة.") == []
    assert _rows("وجه الرئيس عبد الفتاح السيسي رسالة إلى الرئيس التركي رجب طيب أردوغان دعاه فيها لزيارة القاهرة.") == []
    assert _rows("بعثت الرئاسة المصرية رسالة إلى الرئيس التركي رجب طيب أردوغان دعته فيها لزيارة القاهرة.") == []


def test_a_quotation_right_after_the_call_is_no_press_partner():
    """Negative: "Erdogan invited Sisi to visit Ankara during a phone call «that stirred debate»": the quotation
    describes the call between the leaders (no "مع" nor li- before it), which still vetoes the invitation."""
    assert _rows("وكان الرئيس التركي رجب طيب أردوغان دعا الرئيس عبد الفتاح السيسي لزيارة أنقرة خلال اتصال هاتفي "
                 "«أثار جدلا» الشهر الماضي.") == []
