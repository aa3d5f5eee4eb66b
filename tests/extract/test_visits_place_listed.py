"""A trip to two cities listed with "و" (and), each of another country: each host met the traveller in
his own country's city (visits.listed.host_leg, read by place.article_city), not in the first one
named. Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)  # a Saturday


def run(text: str) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts()
                  if r["kind"] == "reported")


def test_the_second_listed_city_is_the_meeting_city_of_its_countrys_host():
    # "the papers were interested on Saturday in the visit Erdogan began to Moscow and Beijing"
    text = "اهتمت الصحف الصينية والروسية، السبت، بالزيارة التي بدأها الرئيس التركي رجب طيب أردوغان إلى موسكو وبكين."
    rows = run(text)
    assert ("Recep Tayyip Erdogan", "Xi Jinping", "Beijing") in rows
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow") in rows


def test_a_third_country_city_with_no_city_of_the_hosts_listed_stays():
    # "Putin and Erdogan met today in Singapore and Beijing later": no listed city of either side's country
    text = "التقى الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان اليوم في سنغافورة وبكين لاحقا."
    assert run(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Singapore")]


def _reported_on(text: str, day: dt.date) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"].to_dicts()
                  if r["kind"] == "reported")


def test_the_dual_state_noun_before_two_countries_is_the_trips_locative():
    # "President Morsi began today a visit to the two states of Pakistan and India" (grammar.yaml locatives):
    # the first listed is the leg under way, as "زيارة لباكستان والهند" reads
    text = "بدأ الرئيس محمد مرسي اليوم زيارة لدولتي باكستان والهند."
    assert _reported_on(text, dt.date(2013, 3, 18)) == [("Mohamed Morsi", "Raja Pervaiz Ashraf", "2013-03-18")]


def test_the_dual_state_noun_after_relations_names_no_trip():
    # "an opposition leader praised Egypt's relations with the two states of Pakistan and India"
    text = "أشاد رئيس حزب معارض اليوم بعلاقات مصر بدولتي باكستان والهند، مؤكدا أهمية الانفتاح على العالم."
    assert _reported_on(text, dt.date(2013, 3, 18)) == []


def test_a_second_destination_after_then_with_its_preposition_repeated_is_a_leg():
    # "the papers were interested on Saturday in the visit Erdogan began to Moscow, then to Beijing": "ثم إلى"
    # and "ثم لل" (then to, the preposition repeated) carry the list on as a bare "ثم" does (listed._sequence_link)
    for then in ("ثم إلى بكين", "ثم لبكين"):
        text = f"اهتمت الصحف الصينية والروسية، السبت، بالزيارة التي بدأها الرئيس التركي رجب طيب أردوغان إلى موسكو {then}."
        rows = run(text)
        assert ("Recep Tayyip Erdogan", "Xi Jinping", "Beijing") in rows
        assert ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow") in rows


def test_a_country_after_then_to_with_li_and_al_is_a_leg():
    # "... the visit Erdogan began to Russia, then to China" ("للصين": li- and al- folded into "لل")
    text = "اهتمت الصحف الصينية والروسية، السبت، بالزيارة التي بدأها الرئيس التركي رجب طيب أردوغان لروسيا ثم للصين."
    assert [r[:2] for r in run(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin"), ("Recep Tayyip Erdogan", "Xi Jinping")]


def test_a_verb_after_then_ends_the_list():
    # near miss: "ثم توجه إلى بكين" (then headed for Beijing) is another clause's goal, not a listed leg of
    # this visit word (the verb is no sequence link)
    text = "اهتمت الصحف الروسية، السبت، بالزيارة التي بدأها الرئيس التركي رجب طيب أردوغان إلى موسكو ثم عاد إلى أنقرة."
    assert run(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
