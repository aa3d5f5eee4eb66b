"""The lead lead_day reads for a meeting's day is its first real sentences: the pieces a dotted agency name in the
dateline is cut into do not count (visits.lead_day._lead_sentences). Invented sentences, the stand-in lexicon of
test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import reported, run_dated


def test_a_dotted_agency_dateline_does_not_push_the_lead_day_out():
    """"موسكو – أ. ش. أ:" (a dotted agency in the dateline) is cut into pieces the lead window does not count:
    the first real sentence's "اليوم الثلاثاء" still dates the meeting its third sentence tells (lead_day)."""
    text = ("موسكو – أ. ش. أ:\n \nتلقى بوتين، اليوم الثلاثاء، رسالة شفهية تناولت العلاقات الثنائية. "
            "وتناولت الرسالة ملفات التعاون المشترك. "
            "جاء ذلك خلال استقبال بوتين لأردوغان بمقر الرئاسة في موسكو.")
    assert [r[2] for r in reported(run_dated(text, dt.date(2019, 4, 3)))] == [dt.date(2019, 4, 2)]


def test_a_lead_day_four_real_sentences_back_still_does_not_date_the_meeting():
    """Negative: with no dateline pieces, a day in the first sentence stays outside the 3-sentence lead window of a
    meeting named only in the fifth sentence whose leaders the first three do not name."""
    text = ("قالت الوكالة، اليوم الثلاثاء، إن الأسواق تراجعت بشدة. وتراجعت الأسهم في البورصة. وارتفع سعر الذهب. "
            "وتراجع سعر النفط أيضا. والتقى بوتين أردوغان في موسكو لبحث ملف الطاقة.")
    assert [r[2] for r in reported(run_dated(text, dt.date(2019, 4, 3)))] == [None]


def test_a_two_word_caption_still_counts_as_a_lead_sentence():
    """Negative: a caption naming the pair ("بوتين وأردوغان") has no lone letter of a dotted agency: it stays in the
    lead window, so a day of someone else's visit in the fourth sentence does not date a meeting told later."""
    text = ("بوتين وأردوغان\nقالت الباحثة في مقال إن العلاقات تتغير. وأضافت الباحثة أن الاقتصاد يتراجع. "
            "وقالت الباحثة في مقال نشر بمناسبة زيارة الوزير للعاصمة اليوم إن بوتين يغير سياسته. "
            "والتقى بوتين أردوغان في موسكو لبحث ملف الطاقة.")
    assert [r[2] for r in reported(run_dated(text, dt.date(2019, 4, 3)))] == [None]
