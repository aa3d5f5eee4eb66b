"""A meeting held days before publication that the article tells only as the setting of other news (a defence of it,
remarks made during it), each mention a meeting noun after a preposition, is referenced (visits.backdrop). Invented
sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visits import D, run

PUB = dt.date(2023, 3, 17)  # a Friday
MONDAY = dt.date(2023, 3, 13)


def kinds(rows):
    return sorted({(r["visitor"], r["host"], r["kind"]) for r in rows})


def _monday(text, day=MONDAY):
    at = text.find("الاثنين")
    return run(text, PUB, dates=[D(at, at + len("الاثنين"), "الاثنين", day, "day", "weekday")])


# "Erdogan defended his meeting with Putin amid criticism; and his remarks during his summit with Putin in Moscow on
# Monday angered the opposition"
DEFENDED = ("دافع الرئيس أردوغان عن لقائه مع بوتين وسط انتقادات واسعة. "
            "وأثارت تصريحات أردوغان خلال قمته مع بوتين في موسكو الاثنين غضب المعارضة.")


def test_a_meeting_days_old_told_only_as_what_is_defended_is_referenced():
    assert kinds(_monday(DEFENDED)) == [("Recep Tayyip Erdogan", "Vladimir Putin", "referenced")]


def test_a_meeting_told_only_as_background_the_day_before_publication_stays_reported():
    rows = _monday(DEFENDED, PUB - dt.timedelta(days=1))
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(rows)


def test_a_meeting_days_old_told_by_a_meeting_verb_stays_reported():
    # "Erdogan defended his meeting with Putin; Erdogan met Putin in Moscow on Monday and made remarks that angered"
    text = ("دافع الرئيس أردوغان عن لقائه مع بوتين وسط انتقادات واسعة. "
            "والتقى أردوغان بوتين في موسكو الاثنين وأدلى بتصريحات أغضبت المعارضة.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(_monday(text))


THURSDAY = PUB - dt.timedelta(days=1)


def _two_days(text):
    """The publication day "الجمعة" and the day before, "الخميس", as the article's dates."""
    out = []
    for word, day in (("الجمعة", PUB), ("الخميس", THURSDAY)):
        at = text.find(word)
        if at >= 0:
            out.append(D(at, at + len(word), word, day, "day", "weekday"))
    return run(text, PUB, dates=out)


def test_yesterdays_summit_told_only_inside_a_third_partys_statement_of_today_is_referenced():
    # "Lavrov said on Friday in Cairo that the truce includes what al-Assad pledged on Thursday during his summit with
    # Erdogan"
    text = ("أعلن الوزير لافروف مساء الجمعة في القاهرة أن الهدنة ستصمد طويلا في رأيه. "
            "وأكد أن الهدنة تشمل ما تعهد به الأسد الخميس خلال قمته مع أردوغان.")
    assert kinds(_two_days(text)) == [("Bashar al-Assad", "Recep Tayyip Erdogan", "referenced")]


def test_yesterdays_summit_stays_reported_when_the_lead_is_one_of_the_pair():
    # "al-Assad said on Friday in Cairo ...; he affirmed the truce includes what he pledged on Thursday during his
    # summit with Erdogan"
    text = ("أعلن الرئيس الأسد مساء الجمعة في القاهرة أن الهدنة ستصمد طويلا في رأيه. "
            "وأكد أن الهدنة تشمل ما تعهد به الأسد الخميس خلال قمته مع أردوغان.")
    assert ("Bashar al-Assad", "Recep Tayyip Erdogan", "reported") in kinds(_two_days(text))


def _days(text, words):
    """Dates for the given weekday words: {word: day}."""
    out = []
    for word, day in words.items():
        at = text.find(word)
        if at >= 0:
            out.append(D(at, at + len(word), word, day, "day", "weekday"))
    return run(text, PUB, dates=out)


def test_a_days_old_meeting_inside_a_trip_still_going_stays_reported():
    # "Erdogan defended his meeting with Putin amid criticism; he affirmed in a speech after his meeting with Putin on Monday ...; and Erdogan
    # heads on Saturday to Cairo to meet al-Sisi": the Monday meeting is a leg of a tour still going
    text = ("دافع الرئيس أردوغان عن لقائه مع بوتين وسط انتقادات. "
            "وأكد أردوغان في كلمة عقب لقائه مع بوتين الاثنين أن العلاقات جيدة. "
            "ويتوجه أردوغان السبت إلى القاهرة للقاء السيسي.")
    rows = _days(text, {"السبت": PUB + dt.timedelta(days=1), "الاثنين": MONDAY})
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(rows)


def test_a_days_old_meeting_a_meeting_verb_tells_with_both_named_stays_reported():
    # "Erdogan met during the visit Putin and al-Assad; and Erdogan said at a press conference with Putin on Monday"
    text = ("التقى أردوغان خلال الزيارة بوتين والأسد. "
            "وقال أردوغان في مؤتمر صحفي مع بوتين الاثنين إن التعاون جيد.")
    rows = _days(text, {"الاثنين": MONDAY})
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "reported") in kinds(rows)


def test_yesterdays_summit_stays_reported_when_its_sentence_opens_on_one_of_the_pair():
    # "Lavrov said on Friday in Cairo ...; in a related context, Erdogan urged on Thursday during his summit with
    # al-Assad ..." (his own act at the summit)
    text = ("أعلن الوزير لافروف مساء الجمعة في القاهرة أن الهدنة ستصمد طويلا في رأيه. "
            "وفي سياق متصل، حض أردوغان الخميس خلال قمته مع الأسد على وقف القتال.")
    assert ("Recep Tayyip Erdogan", "Bashar al-Assad", "reported") in kinds(_two_days(text))
