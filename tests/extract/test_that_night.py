""""تلك الليلة" (that night) is the night of the event the text is telling, not tonight: a tour
programme's "وفي تلك الليلة، سيستضيف الملك ... حفل عشاء" (that night the king will host a dinner)
is a plan, while "الليلة" (tonight) alone is still the publication's day (dates._add_relative,
months.yaml same_words). Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

from tasks.extract.dates import find_dates
from ziyarat.arabic import fold_with_map

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import mention_rows  # noqa: E402

PUB = dt.date(2013, 3, 20)  # a Wednesday


def dates(text: str) -> list[tuple]:
    return [(d.surface, d.date) for d in find_dates(text, fold_with_map(text), PUB)]


def rows(text: str) -> list[tuple]:
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, PUB)]


def test_that_night_is_not_tonight():
    assert dates("وفي تلك الليلة يقيم الأمير مأدبة عشاء") == []
    # negative: "الليلة" alone is tonight, the publication's day
    assert dates("ويقيم الأمير الليلة مأدبة عشاء") == [("الليلة", PUB)]


def test_a_programmes_dinner_that_night_is_a_plan():
    text = ("يبدأ الرئيس الأمريكي باراك أوباما الأسبوع المقبل جولة في المنطقة تشمل الأردن. وفي تلك الليلة، "
            "سيستضيف العاهل الأردني الملك عبد الله الثاني حفل عشاء على شرف الرئيس أوباما في عمان.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_dinner_tonight_after_an_arrival_is_held():
    # negative: arrived this morning; "ويستضيف ... الليلة" (hosts tonight) stays the visit told as news
    text = ("وصل الرئيس الأمريكي باراك أوباما إلى عمان صباح اليوم في زيارة رسمية. ويستضيف العاهل الأردني "
            "الملك عبد الله الثاني الليلة حفل عشاء على شرف الرئيس أوباما في عمان.")
    assert rows(text) == [("reported", "Barack Obama", "Abdullah II of Jordan", PUB)]
