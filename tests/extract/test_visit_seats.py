"""A government seated abroad in exile (visits.seats.lives_in_exile, triggers.yaml governments_in_exile): its
head lives in that country for the period, so what he does there is no trip hosted by its head by office; a
reception by that head, named, still pairs them. Texts are invented; the real lexicon reads them."""
import datetime as dt
from types import SimpleNamespace

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402
from tasks.extract.visits.seats import lives_in_exile  # noqa: E402

DAY = dt.date(2016, 5, 10)  # a Tuesday, Yemen's government seated in Riyadh


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    vm = out["visit_mentions"].filter(pl.col("kind") == "reported")
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in vm.iter_rows(named=True)]


def test_exile_a_meeting_with_an_envoy_where_he_lives_is_no_trip():
    text = "التقى الرئيس اليمني عبد ربه منصور هادي، أمس في الرياض، رئيس البعثة الأممية إلى اليمن وبحث معه سير المفاوضات."
    assert reported(text) == []


def test_exile_a_visit_to_a_command_in_the_city_he_lives_in_is_no_trip():
    text = "زار الرئيس اليمني عبد ربه منصور هادي، اليوم الثلاثاء، مقر قيادة التحالف في الرياض واطلع على سير العمليات."
    assert reported(text) == []


def test_exile_a_reception_by_the_named_host_still_pairs_them():
    text = "استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، اليوم الثلاثاء في الرياض، الرئيس اليمني عبد ربه منصور هادي."
    assert reported(text) == [("Abdrabbuh Mansur Hadi", "Salman bin Abdulaziz", "Riyadh", DAY)]


def test_exile_not_before_the_period():
    text = "التقى الرئيس اليمني عبد ربه منصور هادي، أمس في الرياض، رئيس البعثة الأممية إلى اليمن وبحث معه سير المفاوضات."
    day = dt.date(2013, 5, 10)
    assert reported(text, day) == [("Abdrabbuh Mansur Hadi", "Abdullah bin Abdulaziz", "Riyadh", dt.date(2013, 5, 9))]


def test_exile_not_a_trip_to_a_third_country():
    text = "وصل الرئيس اليمني عبد ربه منصور هادي، اليوم الثلاثاء، إلى القاهرة في زيارة رسمية لمصر تستغرق يومين."
    assert reported(text) == [("Abdrabbuh Mansur Hadi", "Abdel Fattah el-Sisi", "Cairo", DAY)]


def test_exile_not_another_country_leader_in_the_same_city():
    text = "التقى الرئيس الفلسطيني محمود عباس، أمس في الرياض، رئيس البعثة الأممية وبحث معه سير المفاوضات."
    assert reported(text) == [("Mahmoud Abbas", "Salman bin Abdulaziz", "Riyadh", dt.date(2016, 5, 9))]


def test_lives_in_exile_by_country_and_period():
    yemeni, palestinian = SimpleNamespace(country="Yemen"), SimpleNamespace(country="Palestine")
    assert lives_in_exile(yemeni, "Saudi Arabia", DAY) is True
    assert lives_in_exile(yemeni, "Saudi Arabia", dt.date(2022, 4, 8)) is False
    assert lives_in_exile(yemeni, "Egypt", DAY) is False
    assert lives_in_exile(palestinian, "Saudi Arabia", DAY) is False
    assert lives_in_exile(yemeni, "Saudi Arabia", None) is False
