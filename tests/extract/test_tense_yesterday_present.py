"""A bare imperfect lead verb with the weekday before publication is a wire's news present written that day
(tasks/extract/tense.yesterday_present): "يزور ... الخميس" published on Friday is the Thursday before, a visit
held, not next week's. A sa- future, "المقبل" (next), a particle before the verb ("على أن يزور") or a weekday
further off keep reading ahead. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.dates import find_dates
from tasks.extract.tense import yesterday_present

FRIDAY = dt.date(2014, 5, 16)
THURSDAY = dt.date(2014, 5, 15)


def rows(text, pub=FRIDAY):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["planned"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_a_bare_imperfect_with_yesterdays_weekday_is_yesterdays_news():
    assert yesterday_present("يزور الرئيس الفرنسي فرانسوا هولاند", 3, FRIDAY)
    assert yesterday_present("ويبحث وزير الخارجية", 3, FRIDAY)


def test_a_future_a_particle_or_another_day_is_no_news_of_yesterday():
    assert not yesterday_present("سيزور الرئيس الفرنسي فرانسوا هولاند", 3, FRIDAY)
    assert not yesterday_present("سوف يزور الرئيس", 3, FRIDAY)
    assert not yesterday_present("وأعلنت الرئاسة على أن يزور الرئيس", 3, FRIDAY)
    assert not yesterday_present("من المقرر أن يزور الرئيس", 3, FRIDAY)
    assert not yesterday_present("يزور الرئيس الفرنسي فرانسوا هولاند", 0, FRIDAY)  # Monday: three days ahead
    assert not yesterday_present("زار الرئيس الفرنسي", 3, FRIDAY)  # a perfect is past by itself
    assert not yesterday_present("يزور الرئيس الفرنسي باريس منذ", 3, FRIDAY)  # since Thursday: a stay's start


def test_the_date_finder_reads_yesterdays_weekday_back():
    text = "يتفقد رئيس الحكومة الخميس أعمال الطريق الجديد."
    assert [d.date for d in find_dates(text, published=FRIDAY)] == [THURSDAY]
    text = "يتفقد رئيس الحكومة الخميس المقبل أعمال الطريق الجديد."
    assert [d.date for d in find_dates(text, published=FRIDAY)] == [dt.date(2014, 5, 22)]
    text = "سيتفقد رئيس الحكومة الخميس أعمال الطريق الجديد."
    assert [d.date for d in find_dates(text, published=FRIDAY)] == [dt.date(2014, 5, 22)]


def test_a_wire_lead_in_the_present_tells_yesterdays_visit():
    text = "باريس (ا ف ب) - يزور الرئيس الفرنسي فرانسوا هولاند الجزائر الخميس ويلتقي الرئيس الجزائري عبد العزيز بوتفليقة."
    assert rows(text) == [("reported", False, "Francois Hollande", "Abdelaziz Bouteflika", "2014-05-15")]
    text = "الجزائر (ا ف ب) - يقوم الرئيس الفرنسي فرانسوا هولاند الخميس بزيارة إلى الجزائر لبحث التعاون مع الرئيس عبد العزيز بوتفليقة."
    assert [r[:2] + r[4:] for r in rows(text)] == [("reported", False, "2014-05-15")]


def test_next_a_future_a_plan_or_a_later_weekday_stays_planned():
    base = "باريس (ا ف ب) - {} الرئيس الفرنسي فرانسوا هولاند الجزائر {} ويلتقي الرئيس الجزائري عبد العزيز بوتفليقة."
    for verb, day, date in [("يزور", "الخميس المقبل", "2014-05-22"), ("سيزور", "الخميس", "2014-05-22"),
                            ("يزور", "الاثنين", "2014-05-19")]:
        got = rows(base.format(verb, day))
        assert ("referenced", True, "Francois Hollande", "Abdelaziz Bouteflika", date) in got, (verb, day, got)
        assert all(r[0] == "referenced" for r in got)
