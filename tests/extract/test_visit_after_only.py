"""A meeting told only after an after-word, past a lead with other news, framing a third party's act, is
background (visits.after_only). Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import reported, run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday
LEAD = "أظهر استطلاع للرأي نشرت نتائجه اليوم تراجع شعبية الحكومة التركية بين الناخبين الشباب في المدن الكبرى. "


def pairs(rows):
    return [r[:2] for r in reported(rows)]


def test_a_summit_told_only_after_an_after_word_past_other_news_is_background():
    """"وجاء الاستطلاع بعد قمة مثيرة للجدل بين أردوغان وبوتين" (the poll came after a controversial summit
    between Erdogan and Putin) past a lead on a poll: the summit is behind the news."""
    assert pairs(run_dated(LEAD + "وجاء الاستطلاع بعد قمة مثيرة للجدل بين أردوغان وبوتين.", PUB)) == []


def test_a_third_party_s_act_after_a_meeting_in_other_wordings_is_background():
    """"فأكد مسؤول أنه عقب لقاء أردوغان وبوتين في موسكو، تم توقيع" (an official stressed that after Erdogan and
    Putin's meeting in Moscow, ... were signed), "في أعقاب محادثات" (in the wake of talks), "إثر اجتماع"."""
    for frame in ("عقب لقاء أردوغان وبوتين في موسكو", "في أعقاب محادثات أردوغان مع بوتين",
                  "إثر اجتماع أردوغان مع بوتين في سوتشي"):
        text = LEAD + f"فأكد مسؤول في وزارة الخارجية أنه {frame}، تم توقيع عدة اتفاقات في مجال الطاقة."
        assert pairs(run_dated(text, PUB)) == [], frame


def test_a_meeting_after_an_after_word_on_the_day_of_publication_stays_news():
    """Negative: "وأعلنت الوكالة اليوم أنه عقب لقاء أردوغان وبوتين" (the agency announced today that after
    Erdogan and Putin's meeting): a day of publication in the sentence makes it the day's news."""
    text = LEAD + "وأعلنت الوكالة اليوم أنه عقب لقاء أردوغان وبوتين تم توقيع عدة اتفاقات."
    assert pairs(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_side_s_own_act_after_the_meeting_stays_news():
    """Negative: a side's act after it is the wrap-up's news: "وأضاف أردوغان ... بعد لقاء" (a side named before),
    "بعد لقائه" (after his meeting), "وقال بعد محادثات مع بوتين" (the subject carried on from the lead)."""
    lead = "استبعد الرئيس التركي أردوغان القيام بأي عملية عسكرية واسعة في شمال سوريا في الوقت الحالي. "
    for tail in ("وأضاف أردوغان في مؤتمر صحفي، بعد لقاء بوتين، أن الاتفاق ينفذ بنجاح.",
                 "وعبر أردوغان عن ارتياحه للنتائج التي تحققت بعد لقائه مع بوتين في موسكو.",
                 "وقال بعد محادثات مع بوتين في سوتشي إن الاتفاق ينفذ بنجاح."):
        assert pairs(run_dated(lead + tail, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin")], tail


def test_a_meeting_in_the_country_the_lead_is_set_in_stays_news():
    """Negative: "توقيع مذكرات تفاهم عقب لقاء أردوغان وبوتين" past a lead set in Moscow: the traveller's trip."""
    lead = "منحت جامعة موسكو الحكومية الرئيس التركي أردوغان درجة الدكتوراه الفخرية في احتفال أقيم بمقر الجامعة. "
    text = lead + "وجرى توقيع خمس مذكرات تفاهم بين البلدين عقب لقاء أردوغان وبوتين."
    assert pairs(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_the_lead_tells_after_an_after_word_stays_news():
    """Negative: the lead "قال أردوغان بعد لقائه بوتين في موسكو" (Erdogan said after meeting Putin in Moscow)."""
    text = "قال الرئيس التركي أردوغان بعد لقائه بوتين في موسكو إن البلدين اتفقا على ملف الطاقة. وأضاف أن التعاون سيتسع."
    assert pairs(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_told_also_with_a_verb_stays_news():
    """Negative: the pair's meeting also told by its own verb ("والتقى أردوغان بوتين", Erdogan met Putin)."""
    text = LEAD + "والتقى أردوغان بوتين في موسكو لبحث ملف الطاقة. وجاء الاستطلاع بعد قمة أردوغان وبوتين."
    assert pairs(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
