"""A lead's "يعود إلى" in its sense "falls to, is due to" tells no return home, so the lead's day still dates
the talks told after it (visits.lead_day._falls_to, triggers.yaml home_words). Invented sentences, the stand-in
lexicon of test_visits."""
import datetime as dt

import pytest

from tests.extract.test_visit_dates import PUB, reported, run_dated

TALKS = "وأجرى السيسي مباحثات مع بوتين في موسكو تناولت التعاون."


@pytest.mark.parametrize("lead", [
    # "holding that it falls to the army to protect the borders"
    "أكد السيسي، الثلاثاء، أن روسيا شريك وأنه يعود إلى الجيش حماية الحدود.",
    # "that the credit is due to the two countries' efforts" (li- glued)
    "أكد السيسي، الثلاثاء، أن روسيا شريك وأن الفضل يعود لجهود البلدين.",
])
def test_a_lead_where_something_falls_to_others_still_dates_the_talks(lead):
    assert reported(run_dated(lead + " " + TALKS)) == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


@pytest.mark.parametrize("lead", [
    "أكد السيسي، الثلاثاء، أنه يعود إلى أرض الوطن بعد زيارته.",  # returns to the homeland
    "أكد السيسي، الثلاثاء، أنه يعود إلى القاهرة بعد زيارته.",  # returns to Cairo
])
def test_a_lead_telling_a_return_home_still_does_not_date_the_talks(lead):
    """Negative: a return home (a place or a home word after "إلى") is the lead's day, not the talks'."""
    assert reported(run_dated(lead + " " + TALKS)) == [("Abdel Fattah el-Sisi", "Vladimir Putin", None, None)]



def _full(text):
    """The whole extract step (real lexicon), published on Wednesday 3 April 2019: (visitor, host, date) reported."""
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, PUB, out)
    return sorted((v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"] if v["kind"] == "reported")


def test_a_return_after_a_tour_that_began_on_a_day_dates_the_tour_from_that_day():
    """"Arrived back from Russia after a foreign tour that began on Monday in Russia, which lasted two days, then
    went on to Germany": Monday is the tour's first day (span.began_on), not the return's, so nothing is counted
    back from it (it gave Sunday)."""
    text = ("وصل الرئيس عبد الفتاح السيسي قادما من روسيا، عقب جولة خارجية، بدأت الاثنين بروسيا، والتي استغرقت "
            "يومين، ثم توجه إلى ألمانيا.")
    assert _full(text) == [("Abdel Fattah el-Sisi", "Angela Merkel", dt.date(2019, 4, 1))]  # not Sunday 31 March


def test_a_return_on_a_day_after_a_tour_of_stated_days_still_counts_back():
    """Negative: "arrived back on Tuesday from Russia after a foreign tour, which lasted two days": Tuesday is
    the return's (no verb of beginning before it): the lead's count back to Monday stays (the Russia row keeps its
    own sentence's Tuesday, as before)."""
    text = ("وصل الرئيس عبد الفتاح السيسي مساء الثلاثاء قادما من روسيا، عقب جولة خارجية بروسيا، والتي استغرقت "
            "يومين، ثم توجه إلى ألمانيا.")
    assert _full(text) == [("Abdel Fattah el-Sisi", "Angela Merkel", dt.date(2019, 4, 1)),
                           ("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2))]
