"""A lead's "يعود إلى" in its sense "falls to, is due to" tells no return home, so the lead's day still dates
the talks told after it (visits.lead_day._falls_to, triggers.yaml home_words). Invented sentences, the stand-in
lexicon of test_visits."""
import datetime as dt

import pytest

from tests.extract.test_visit_dates import reported, run_dated

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
