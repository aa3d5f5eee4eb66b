""""اليوم" (today) right before a guest's honorific or rank is today, as before a title (months.yaml
today_before): "استقبل الرئيس اليوم الفريق أول ركن ..." (received today General ...), "... اليوم الدكتور ...";
before another ال-word it stays "the day" of a phrase ("اليوم الوطني", the national day). Invented texts."""
import datetime as dt

from tasks.extract.dates import find_dates
from ziyarat.arabic import fold_with_map

TUE = dt.date(2023, 2, 14)


def dates(text, published=TUE):
    return [(d.surface, d.date) for d in find_dates(text, fold_with_map(text), published)]


def test_today_before_a_rank_or_an_honorific_is_today():
    for guest in ("الفريق أول ركن عبد الفتاح البرهان", "الدكتور نواف سلام", "السيد محمد المنفي", "المشير خليفة حفتر"):
        assert dates(f"استقبل الرئيس عبد الفتاح السيسي اليوم {guest} بقصر الاتحادية.") == [("اليوم", TUE)]


def test_the_day_of_a_phrase_stays_no_date():
    assert dates("شارك الرئيس في احتفالات اليوم الوطني للمملكة.") == []
