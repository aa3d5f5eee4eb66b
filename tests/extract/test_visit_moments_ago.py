"""A meeting told a moment or hours ago ("منذ قليل", "قبل قليل"; triggers.yaml recent_past) near its word, in a
sentence with no day of its own, is the publication day's (tasks/extract/visits/begun.py moments_ago, read by
timing.event_date); not a countdown ("قبل ساعات من لقائه", hours before his meeting) nor a plan. Invented texts,
the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

PUB = dt.date(2013, 2, 5)


def rows(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, PUB)]


def test_a_reception_moments_ago_is_the_publication_days():
    text = "استقبل الرئيس محمد مرسي، قبل قليل، بمطار القاهرة الدولي الرئيس السوداني عمر البشير للمشاركة في القمة."
    assert rows(text) == [("reported", "Omar al-Bashir", "Mohamed Morsi", PUB)]


def test_an_arrival_a_little_while_ago_is_the_publication_days():
    text = "وصل الرئيس السوداني عمر البشير منذ قليل إلى القاهرة حيث يلتقي الرئيس محمد مرسي."
    assert rows(text) == [("reported", "Omar al-Bashir", "Mohamed Morsi", PUB)]


def test_hours_before_a_meeting_do_not_date_it():
    # negative: "said, hours before his meeting with Morsi, ...": the saying is hours ago, the meeting ahead
    text = "قال الرئيس السوداني عمر البشير، قبل ساعات من لقائه الرئيس محمد مرسي في القاهرة، إن العلاقات قوية."
    assert [r[3] for r in rows(text)] == [None]


def test_a_source_moments_ago_on_a_meeting_ahead_does_not_date_it():
    # negative: "a source said moments ago that al-Bashir will meet Morsi": a plan, undated
    text = "قال مصدر قبل قليل إن الرئيس السوداني عمر البشير سيلتقي الرئيس محمد مرسي في القاهرة."
    assert rows(text) == [("referenced", "Omar al-Bashir", "Mohamed Morsi", None)]


def test_a_reception_shortly_is_the_publication_days():
    # "Morsi receives, shortly, at the presidency the Sudanese president" (triggers.yaml shortly)
    text = "يستقبل الرئيس محمد مرسي، بعد قليل، بقصر الاتحادية الرئيس السوداني عمر البشير في زيارة تستغرق يوما واحدا."
    assert rows(text) == [("reported", "Omar al-Bashir", "Mohamed Morsi", PUB)]


def test_a_reception_shortly_after_an_arrival_is_not_dated_by_it():
    # negative: "received ... shortly after his arrival": "بعد قليل من" counts from another act
    text = "استقبل الرئيس محمد مرسي الرئيس السوداني عمر البشير بعد قليل من وصوله إلى القاهرة."
    assert [r[3] for r in rows(text)] == [None]
