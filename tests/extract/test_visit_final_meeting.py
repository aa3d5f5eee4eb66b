""""آخر" (the last) right after the publication day, itself after a past verb of holding, is the last of the day's
meetings, held today: "عقد ... بعد ظهر اليوم آخر اجتماع له مع ..." (held this afternoon his last meeting with ...)
is the meeting reported (vetoes.held_last, read by timing.visit_kind's recent exemption), while
"آخر لقاء" said of an earlier meeting, or held on another day, stays referenced. Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2017, 5, 23)  # a Tuesday


def rows(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, DAY)]


def test_the_last_meeting_held_today_is_reported():
    # "Trump held this afternoon, Tuesday, his last meeting with Netanyahu in Jerusalem before leaving Israel"
    text = "عقد الرئيس الأمريكي دونالد ترامب، بعد ظهر اليوم الثلاثاء، آخر اجتماع له مع رئيس الوزراء الإسرائيلي " \
           "بنيامين نتنياهو في القدس قبل مغادرته إسرائيل."
    assert rows(text) == [("reported", "Donald Trump", "Benjamin Netanyahu", DAY)]


def test_the_last_meeting_said_today_stays_an_earlier_one():
    # "Netanyahu said today that his last meeting with Trump was in February": no verb of holding
    text = "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو اليوم الثلاثاء إن آخر اجتماع له مع الرئيس الأمريكي " \
           "دونالد ترامب كان مثمرا."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_the_last_meeting_held_on_another_day_stays_an_earlier_one():
    # "Trump held last February his last meeting with Netanyahu"
    text = "وكان الرئيس الأمريكي دونالد ترامب قد عقد في فبراير الماضي آخر اجتماع له مع رئيس الوزراء الإسرائيلي " \
           "بنيامين نتنياهو في واشنطن."
    assert [r[0] for r in rows(text)] == ["referenced"]
