"""A government seated abroad in exile (visits.seats.lives_in_exile, triggers.yaml governments_in_exile): its
head lives in that country for the period, so what he does there is no trip hosted by its head by office; a
reception by that head, named, still pairs them. An international body's seat (visits.seats.body_seat, triggers.yaml
body_seats): a meeting in the city of a body the article names, by name or inside its officer's title, has no host
from the city's country unless the sentence names that country; a leader's own trip there keeps its host by office. Texts are invented; the real lexicon reads them."""
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


FEB6, MAR24 = dt.date(2013, 2, 6), dt.date(2013, 3, 24)


def test_body_seat_a_visit_to_the_european_parliament_in_strasbourg_is_his_trip():
    # Strasbourg is the European Parliament's seat (triggers.yaml body_seats): no French leader is named, but the
    # trip is his (the gold lists it, host null): the head by office stands in (candidates._meets_a_body)
    text = ("وتحدث الرئيس التونسي منصف المرزوقي اليوم الأربعاء أمام البرلمان الأوروبي في ستراسبورغ "
            "حيث يقوم بزيارة تستمر يوما واحدا.")
    assert reported(text, FEB6) == [("Moncef Marzouki", "Francois Hollande", "Strasbourg", FEB6)]


def test_body_seat_strasbourg_keeps_its_host_for_a_visit_to_france_or_with_no_body_named():
    # the sentence names France itself (a visit to the country), or the article names no body there
    to_france = ("ويقوم الرئيس التونسي منصف المرزوقي اليوم الأربعاء بزيارة إلى فرنسا، وألقى كلمة أمام "
                 "البرلمان الأوروبي في ستراسبورغ.")
    assert reported(to_france, FEB6) == [("Moncef Marzouki", "Francois Hollande", "Strasbourg", FEB6)]
    bare = "وصل الرئيس التونسي منصف المرزوقي اليوم الأربعاء إلى ستراسبورغ في زيارة تستمر يوما واحدا."
    assert reported(bare, FEB6) == [("Moncef Marzouki", "Francois Hollande", "Strasbourg", FEB6)]


BRUSSELS_TRIP = "توجه الرئيس القبرصي نيكوس أناستاسيادس اليوم الأحد إلى بروكسل لمواصلة المشاورات حول خطة الإنقاذ.\n"


def test_body_seat_a_body_named_only_in_its_officers_title_leaves_the_trip():
    # "رئيس المجلس الأوروبي" swallows the body's name into a title: the EU is named all the same, and the trip to
    # its seat stays the president's (host by office, the gold's null)
    text = BRUSSELS_TRIP + "وسيرأس رئيس المجلس الأوروبي هرمان فان رومبوي اجتماعا يشارك فيه الرئيس القبرصي."
    assert reported(text, MAR24) == [("Nicos Anastasiades", "Elio Di Rupo", "Brussels", MAR24)]


def test_body_seat_an_officer_of_no_body_or_of_a_body_seated_elsewhere_keeps_the_host():
    minister = BRUSSELS_TRIP + "وسيرأس وزير المالية الهولندي اجتماعا يشارك فيه الرئيس القبرصي."
    assert reported(minister, MAR24) == [("Nicos Anastasiades", "Elio Di Rupo", "Brussels", MAR24)]
    un_chief = BRUSSELS_TRIP + "وقال الأمين العام للأمم المتحدة بان كي مون إن الأزمة خطيرة."  # the UN sits elsewhere
    assert reported(un_chief, MAR24) == [("Nicos Anastasiades", "Elio Di Rupo", "Brussels", MAR24)]
