"""A leader's aside told ahead ("أردوغان، الذي سيشارك الجمعة في قمة العشرين، ...", Erdogan, who will take
part on Friday in the G20 summit) is his next engagement: its future and its day are not the meeting's the
main verb tells (tasks/extract/visits/relative_ahead.py). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 11, 28)  # a Wednesday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_a_future_aside_before_a_held_meeting_noun_leaves_it_held():
    # "Erdogan, who will take part on Friday in the G20 summit, held talks with his Russian counterpart Putin
    # in Ankara": the talks were held; Friday is the summit's
    text = ("وأجرى الرئيس التركي رجب طيب أردوغان، الذي سيشارك الجمعة في قمة مجموعة العشرين، محادثات مع نظيره "
            "الروسي فلاديمير بوتين في أنقرة.")
    assert rows(text) == [("reported", "Vladimir Putin", "Recep Tayyip Erdogan", "None")]


def test_a_future_aside_after_the_received_guest_does_not_date_the_reception():
    # "Erdogan received Putin, who will take part on Friday in the G20 summit, at the presidential palace":
    # not a reception last Friday
    text = ("واستقبل الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين، الذي سيشارك الجمعة في قمة "
            "مجموعة العشرين، في القصر الرئاسي بأنقرة.")
    assert rows(text) == [("reported", "Vladimir Putin", "Recep Tayyip Erdogan", "None")]


def test_a_future_aside_after_a_meeting_noun_leaves_it_held():
    # "Erdogan held a meeting with Putin, who will take part tomorrow in the G20 summit"
    text = ("وعقد الرئيس التركي رجب طيب أردوغان في أنقرة اجتماعا مع نظيره الروسي فلاديمير بوتين، الذي سيشارك غدا "
            "في قمة مجموعة العشرين.")
    assert [r[0] for r in rows(text)] == ["reported"]


def test_an_aside_that_tells_a_meeting_of_its_own_still_plans_it():
    # "Erdogan, who will meet Putin on Friday, said that the meeting matters": the aside's meeting is ahead
    text = "وقال الرئيس التركي رجب طيب أردوغان، الذي سيلتقي الرئيس الروسي فلاديمير بوتين الجمعة، إن اللقاء مهم."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_an_aside_that_tells_a_trip_of_its_own_still_plans_the_visit():
    # "Putin, who will visit Ankara on Friday, said that his visit and his meeting with Erdogan matter"
    text = ("وأكد الرئيس الروسي فلاديمير بوتين، الذي سيزور أنقرة الجمعة، أن زيارته لتركيا ولقاءه الرئيس رجب طيب "
            "أردوغان مهمان.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_past_aside_still_dates_the_visit():
    # "Putin, who arrived yesterday in Ankara, held a meeting with Erdogan": his arrival's day (unchanged)
    text = "وعقد الرئيس الروسي فلاديمير بوتين، الذي وصل أمس إلى أنقرة، اجتماعا مع نظيره التركي رجب طيب أردوغان."
    assert rows(text) == [("reported", "Vladimir Putin", "Recep Tayyip Erdogan", "2018-11-27")]


def test_a_future_main_verb_still_plans_the_meeting():
    # "Erdogan, who will take part in the G20 summit, will hold a meeting with Putin": the main verb is ahead
    text = ("وسيعقد الرئيس التركي رجب طيب أردوغان، الذي سيشارك في قمة مجموعة العشرين، اجتماعا مع نظيره الروسي "
            "فلاديمير بوتين.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_the_clause_of_a_leaders_visit_noun_still_dates_the_visit():
    # "police will deploy during the visit of the Russian president Putin, which begins tomorrow, Thursday":
    # the clause is the visit's, its day the visit's (unchanged)
    text = ("قالت الشرطة التركية إن آلاف العناصر سينتشرون في أنقرة خلال زيارة الرئيس الروسي فلاديمير بوتين، التي "
            "ستبدأ غدا الخميس، للقاء الرئيس رجب طيب أردوغان.")
    assert rows(text) == [("referenced", "Vladimir Putin", "Recep Tayyip Erdogan", "2018-11-29")]
