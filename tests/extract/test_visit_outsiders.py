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


def test_a_letter_in_a_concession_after_the_reception_leaves_it_held():
    """"Sisi received Erdogan yesterday in Cairo, despite a letter the opposition front sent him" / "despite a
    formal request and a letter presented to him": the letter is what the concession sets against the
    reception, not the leaders' medium (outsiders.conceded_contact)."""
    for concession in ("رغم رسالة وجهتها إليه جبهة المعارضة", "على الرغم من تقديم طلب رسمي له ورسالة",
                       "بالرغم من الرسالة التي تلقاها من النقابة"):
        text = f"استقبل الرئيس عبد الفتاح السيسي أمس في القاهرة الرئيس التركي رجب طيب أردوغان، {concession}."
        assert _rows(text) == HELD, concession


def test_talks_days_ago_set_against_a_letter_are_the_earlier_talks_not_a_contact():
    """"The lawyer accused Macron of ignoring the file during his talks with King Mohammed VI days ago, despite
    a formal request and a letter presented to him", under a subtitle naming the talks bare: the talks are
    the earlier ones the body tells (referenced), no longer vetoed by the letter (the subtitle's row was
    reported before)."""
    text = ("المحامي: ماكرون تجاهل الملف في مباحثاته مع الملك محمد السادس\n"
            "اتهم المحامي الرئيس الفرنسي ماكرون بإهمال الملف خلال مباحثاته مع الملك محمد السادس منذ أيام، "
            "على الرغم من تقديم طلب رسمي له ورسالة.")
    assert _rows(text) == [("referenced", "Emmanuel Macron", "Mohammed VI of Morocco")]


def test_a_concession_before_the_meeting_word_or_holding_its_own_trigger_still_vetoes():
    """Negatives: the concession opens the sentence ("despite the calls between the two presidents, Erdogan
    did not visit Cairo"), a comma stands between the concession and the call ("despite that, Sisi received
    him by phone": the call is the sentence's own), the call is told before the concession, and a trigger
    stands between the concession and the letter: each stays a remote contact (no row)."""
    assert _rows("رغم الاتصالات الهاتفية بين الرئيس عبد الفتاح السيسي والرئيس التركي رجب طيب أردوغان، "
                 "بحث الرئيسان زيارة أردوغان إلى القاهرة.") == []
    assert _rows("بحث الرئيس عبد الفتاح السيسي زيارة الرئيس التركي رجب طيب أردوغان إلى القاهرة، رغم ذلك، "
                 "في اتصال هاتفي.") == []
    assert _rows("أجرى الرئيس عبد الفتاح السيسي اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان بحثا خلاله "
                 "زيارة أردوغان إلى القاهرة رغم الخلاف.") == []
    assert _rows("بحث الرئيس عبد الفتاح السيسي مع الرئيس التركي رجب طيب أردوغان رغم زيارته المرتقبة "
                 "رسالة خطية.") == []
