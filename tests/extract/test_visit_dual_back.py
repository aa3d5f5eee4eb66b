"""A held meeting told by a dual subject that names neither side ("والتقى الاثنان", the two met; "والتقيا"),
the two leaders named in the sentence before (visits.dual_back). Invented sentences, the stand-in lexicon of
test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def rows(text):
    return [(r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in run_dated(text, PUB)]


def test_the_two_met_after_a_sentence_naming_both_is_their_meeting():
    """"أعرب بوتين وأردوغان عن ارتياحهما ... . والتقى الاثنان اليوم في موسكو" (the two met today in Moscow)."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. والتقى الاثنان اليوم في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB)]


def test_a_dual_verb_or_the_two_countries_presidents_point_back_too():
    """"والتقيا اليوم" (and they two met today) and "واجتمع رئيسا البلدين" (the two countries' presidents met)."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. والتقيا اليوم في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB)]
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. واجتمع رئيسا البلدين اليوم في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB)]


def test_the_two_after_a_phone_call_or_in_reported_speech_is_no_meeting():
    """Negative: after "أجرى بوتين اتصالا هاتفيا بأردوغان" (a phone call) "والتقى الرئيسان" is not read, nor
    "وقال إن الاثنين التقيا" (he said the two had met: the verb opens no sentence)."""
    assert rows("أجرى بوتين اتصالا هاتفيا بأردوغان. والتقى الرئيسان في موسكو.") == []
    assert rows("أشاد بوتين بأردوغان. وقال إن الاثنين التقيا في موسكو.") == []


def test_a_meeting_noun_of_the_two_dates_their_meeting():
    """A meeting noun whose genitive is the two ("باجتماع الزعيمين أمس", the two leaders' meeting yesterday) or
    whose relative clause has them as subject ("المحادثات التي عقدها الزعيمان الثلاثاء", the talks the two leaders
    held on Tuesday): their meeting, on that day."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وأشاد مسؤول باجتماع الزعيمين أمس في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB - dt.timedelta(days=1))]
    assert rows("زار بوتين تركيا لإجراء محادثات مع أردوغان. وامتدت المحادثات التي عقدها الزعيمان الثلاثاء ثلاث ساعات.") \
        == [("reported", "Vladimir Putin", "Recep Tayyip Erdogan", None, PUB - dt.timedelta(days=1))]


def test_a_meeting_noun_of_the_two_ahead_is_their_planned_meeting():
    """"لاجتماع الزعيمين المقبل" (for the two leaders' next meeting) is their meeting, planned, undated."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. ويستعد المسؤولون لاجتماع الزعيمين المقبل في موسكو.") == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", None)]


def test_a_meeting_noun_of_the_two_after_a_call_or_of_others_is_no_meeting():
    """Negative: "الاتصال الذي جمع الزعيمين" after a phone call is none; "اجتماع الوزيرين" (the two
    ministers' meeting) is not the leaders'."""
    assert rows("أجرى بوتين اتصالا هاتفيا بأردوغان. وتناول الاتصال الذي جمع الزعيمين أمس الوضع في سوريا.") == []
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وتناول اجتماع الوزيرين أمس الوضع في سوريا.") == []


def test_a_meeting_noun_with_the_dual_pronoun_after_the_two_is_their_meeting():
    """"وأطلع الزعيمان الصحفيين أمس على نتائج محادثاتهما" (the two leaders briefed the press yesterday on their
    talks): the noun's dual pronoun is the subject's, the two of the sentence before; ahead ("لمحادثاتهما
    المقبلة", their next talks) it is their planned meeting."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وأطلع الزعيمان الصحفيين أمس على نتائج محادثاتهما في موسكو.") \
        == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB - dt.timedelta(days=1))]
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. ويستعد الزعيمان لمحادثاتهما المقبلة في موسكو.") == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", None)]


def test_a_dual_pronoun_after_a_call_or_of_two_ministers_is_no_meeting():
    """Negative: "محادثاتهما" after a phone call, or with "الوزيران" (the two ministers) as its owner; and a dual
    subject naming an office (the two prime ministers) when none of the sentence before's three leaders holds it."""
    assert rows("أجرى بوتين اتصالا هاتفيا بأردوغان. وبحث الزعيمان خلال محادثاتهما الوضع في سوريا.") == []
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وأطلع الوزيران الصحفيين أمس على نتائج محادثاتهما في موسكو.") \
        == []
    assert rows("استقبل بوتين الأسد وأردوغان في سوتشي. وأطلع رئيسا وزراء البلدين الصحفيين أمس على نتائج محادثاتهما.") \
        == [("reported", "Bashar al-Assad", "Vladimir Putin", "Sochi", PUB - dt.timedelta(days=1)),
            ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Sochi", PUB - dt.timedelta(days=1))]


def test_the_two_held_talks_after_a_sentence_naming_both_is_their_meeting():
    """A past verb of holding opening the sentence, the dual subject right after it and the meeting noun it held:
    "وعقد الرئيسان محادثات اليوم" (and the two presidents held talks today), "فأجرى الزعيمان، أمس، مباحثات"."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وعقد الرئيسان محادثات اليوم في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB)]
    assert rows("تبادل بوتين وأردوغان الأحاديث الودية. فأجرى الزعيمان، أمس، مباحثات مغلقة في موسكو.") == [
        ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", PUB - dt.timedelta(days=1))]


def test_the_two_held_talks_with_others_after_a_call_or_a_past_told_or_ahead_is_no_meeting():
    """Negative: meetings the two held "مع وزرائهما" (with their ministers), talks after a phone call, a meeting after a
    sentence opening with "كان" (the past behind the news: that earlier time's), and the future "ويعقد"."""
    assert rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. وعقد الرئيسان اجتماعات مع وزرائهما في موسكو.") == []
    assert rows("أجرى بوتين اتصالا هاتفيا بأردوغان. وعقد الرئيسان محادثات في موسكو.") == []
    assert rows("وكان بوتين قد انتقد أردوغان في وقت سابق. وعقد الزعيمان قمة في موسكو.") == []
    assert [r for r in rows("أعرب بوتين وأردوغان عن ارتياحهما للتعاون. ويعقد الرئيسان محادثات غدا في موسكو.")
            if r[0] == "reported"] == []
