"""A visit told on its eve: a sa- future ("سيزور", will visit) dated on the publication day by a weekday or a
calendar date, not by "اليوم" (today), was written before its day and is a plan (tasks/extract/visits/eve.py
told_on_eve, read by merge._demote_unreported); "today", the bare present and a past verb stay the day's news.
Invented texts, the whole lexicon; the record is dated Wednesday 7 March 2018."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2018, 3, 7)  # a Wednesday
MACRON = ("Emmanuel Macron", "Abdullah II of Jordan")


def rows(*sentences):
    return sorted({(r["kind"], r["visitor"], r["host"]) for r in mention_rows("\n".join(sentences), DAY)})


def kinds(pair, *sentences):
    return sorted(k for k, v, h in rows(*sentences) if (v, h) == pair)


def test_will_visit_on_the_publication_weekday_is_told_ahead():
    # "The Elysee announced on Tuesday that the French president Emmanuel Macron will visit Jordan on Wednesday,
    # where he will meet King Abdullah II."
    text = ("أعلن قصر الإليزيه الثلاثاء أن الرئيس الفرنسي إيمانويل ماكرون سيزور الأردن الأربعاء، "
            "وسيلتقي العاهل الأردني الملك عبد الله الثاني.")
    assert kinds(MACRON, text) == ["referenced"]


def test_will_receive_on_the_publication_calendar_date_is_told_ahead():
    # "King Abdullah II will receive the French president Emmanuel Macron in Amman on Wednesday 7 March."
    text = "سيستقبل العاهل الأردني الملك عبد الله الثاني الرئيس الفرنسي إيمانويل ماكرون في عمان، الأربعاء 7 مارس."
    assert kinds(MACRON, text) == ["referenced"]


def test_will_visit_today_is_the_days_news():
    # "The French president Emmanuel Macron will visit Jordan today, Wednesday, and will meet King Abdullah II."
    text = ("سيزور الرئيس الفرنسي إيمانويل ماكرون الأردن اليوم الأربعاء، "
            "وسيلتقي العاهل الأردني الملك عبد الله الثاني.")
    assert kinds(MACRON, text) == ["reported"]


def test_the_bare_present_on_the_publication_weekday_is_the_days_news():
    # "The French president Emmanuel Macron visits Jordan on Wednesday, where he meets King Abdullah II."
    text = "يزور الرئيس الفرنسي إيمانويل ماكرون الأردن الأربعاء، حيث يلتقي العاهل الأردني الملك عبد الله الثاني."
    assert kinds(MACRON, text) == ["reported"]


def test_an_arrival_told_beside_the_plan_keeps_the_visit_reported():
    # "The French president Emmanuel Macron arrived in Amman on Wednesday; he will meet King Abdullah II on Wednesday."
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى عمان الأربعاء. "
            "وسيلتقي ماكرون العاهل الأردني الملك عبد الله الثاني الأربعاء.")
    assert kinds(MACRON, text) == ["reported"]
