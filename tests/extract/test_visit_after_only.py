"""A meeting told only after an after-word past a lead with other news is background (visits.after_only).
Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import reported, run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def kinds(rows):
    return [(r["kind"], r["visitor"], r["host"]) for r in rows]


def test_a_summit_told_only_after_an_after_word_past_other_news_is_background():
    """"وجاء الاستطلاع بعد قمة مثيرة للجدل بين أردوغان وبوتين" (the poll came after a controversial summit
    between Erdogan and Putin) past a lead on a poll: the summit is behind the news."""
    text = ("أظهر استطلاع للرأي نشرت نتائجه اليوم تراجع شعبية الحكومة التركية بين الناخبين الشباب. "
            "وجاء الاستطلاع بعد قمة مثيرة للجدل بين أردوغان وبوتين.")
    assert reported(run_dated(text, PUB)) == []


def test_a_speaker_after_a_meeting_past_the_lead_in_another_wording_is_background():
    """"وتابع أردوغان الذي كان يتحدث عقب لقائه مع بوتين" (Erdogan, who spoke after his meeting with Putin, went
    on) past a lead on a rally at home; and "في أعقاب محادثات" (in the wake of talks) likewise."""
    for frame in ("عقب لقائه مع بوتين", "في أعقاب محادثاته مع بوتين", "إثر اجتماعه مع بوتين"):
        text = ("انتقد الرئيس التركي أحزاب المعارضة في تجمع انتخابي حاشد بمدينة إزمير غرب البلاد. "
                f"وتابع أردوغان الذي كان يتحدث {frame}: إن الشعب سيقول كلمته.")
        assert reported(run_dated(text, PUB)) == [], frame


def test_a_meeting_after_an_after_word_on_the_day_of_publication_stays_news():
    """Negative: "وقال أردوغان اليوم عقب لقائه بوتين" (Erdogan said today after meeting Putin): the day's act
    after a meeting of the day is its news."""
    text = ("انتقد الرئيس التركي أحزاب المعارضة في تجمع انتخابي حاشد بمدينة إزمير غرب البلاد. "
            "وقال أردوغان اليوم عقب لقائه بوتين إن البلدين متفقان على ملف الطاقة.")
    assert [r[:2] for r in reported(run_dated(text, PUB))] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_the_lead_tells_after_an_after_word_stays_news():
    """Negative: the lead "قال أردوغان بعد لقائه بوتين في موسكو" (Erdogan said after meeting Putin in Moscow) is
    the wrap-up's news."""
    text = ("قال الرئيس التركي أردوغان بعد لقائه بوتين في موسكو إن البلدين اتفقا على ملف الطاقة. "
            "وأضاف أن التعاون سيتسع.")
    assert [r[:2] for r in reported(run_dated(text, PUB))] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_told_also_with_a_verb_stays_news():
    """Negative: past the lead the pair's meeting also told by its own verb ("والتقى أردوغان بوتين", Erdogan met
    Putin) is not told only as what came after it."""
    text = ("انتقد الرئيس التركي أحزاب المعارضة في تجمع انتخابي حاشد بمدينة إزمير غرب البلاد. "
            "والتقى أردوغان بوتين في موسكو لبحث ملف الطاقة. وقال أردوغان بعد لقائه مع بوتين إن التعاون سيتسع.")
    assert [r[:2] for r in reported(run_dated(text, PUB))] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
