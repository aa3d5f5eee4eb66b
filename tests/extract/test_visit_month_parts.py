"""A month named by a week of it (tasks/extract/visits/month_parts.py, months.yaml month_part_phrases): "في الأسبوع الأول
من شهر مارس" (in the first week of March) is the month's start, so a visit told in it is over by the 14th (retold, as
"مطلع الشهر" is: timing.month_part_behind) and still running on the 6th; "الأسبوع الأخير من" (the last week of) is the
month's end, ahead on the 14th. Another week ("الأسبوع الثاني من", the second week of) is no part: the bare month of
publication, told as news. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tasks.extract.dates import find_dates
from tests.extract.test_visits import run

ASSAD_SISI = ("Bashar al-Assad", "Abdel Fattah el-Sisi")


def kinds(text, pub):
    return [(r["visitor"], r["host"], r["kind"]) for r in run(text, pub, find_dates(text, None, pub))]


@pytest.mark.parametrize("text, pub, kind", [
    # "al-Assad met Sisi in Cairo in the first week of March", in an article of the 14th: over, retold
    ("والتقى الأسد السيسي في القاهرة في الأسبوع الأول من شهر مارس.", dt.date(2023, 3, 14), "referenced"),
    # "al-Assad visited Cairo in the first week of March, a visit during which he met Sisi", on the 14th: retold
    ("وزار الأسد القاهرة في الأسبوع الأول من شهر مارس في زيارة التقى خلالها السيسي.", dt.date(2023, 3, 14), "referenced"),
    # ... in an article of the 6th the first week is still running: the news
    ("والتقى الأسد السيسي في القاهرة في الأسبوع الأول من شهر مارس.", dt.date(2023, 3, 6), "reported"),
    # "in the second week of March": no part of the month, the month of publication told as news
    ("والتقى الأسد السيسي في القاهرة في الأسبوع الثاني من شهر مارس.", dt.date(2023, 3, 14), "reported"),
    # "will visit Cairo in the last week of March": ahead on the 14th (a plan on main too)
    ("ويزور الأسد القاهرة في الأسبوع الأخير من شهر مارس ويلتقي السيسي.", dt.date(2023, 3, 14), "referenced"),
])
def test_a_week_of_the_month_is_read_as_its_part(text, pub, kind):
    assert kinds(text, pub) == [(*ASSAD_SISI, kind)]
