"""Meetings said in less common forms: agentive receptions, nominal arrivals, joint
press conferences, hosts named in an earlier sentence, cities missing a spelling.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)  # a Saturday


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    rows = out["visit_mentions"].filter(pl.col("kind") == "reported").sort("visitor", "host").to_dicts()
    return [(r["visitor"], r["host"], r["city"]) for r in rows]


def test_a_reception_by_the_hosts_names_them_hosts_of_the_guest_told_before():
    # "مراسم استقبال ... من قبل X و Y" (a reception by X and Y): both received the
    # traveller of the sentence before, though he is not named again
    text = ("وصل الرئيس التركي رجب طيب أردوغان ظهر اليوم إلى موسكو.\n"
            "وجرت مراسم استقبال رسمية في المطار من قبل فلاديمير بوتين، الرئيس الروسي، "
            "ورئيس الوزراء ديمتري ميدفيديف، وعدد من الوزراء.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Dmitry Medvedev", "Moscow"),
                              ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_city_a_visit_verb_takes_as_object_after_a_phrase_is_the_trips_city():
    # "وزار بوتين خلال جولته بتركيا إسطنبول" (Putin visited Istanbul during his tour of
    # Turkey): the city is the verb's object, though no preposition stands before it;
    # the sentence names the traveller alone and a city of the host's country
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وزار بوتين خلال جولته بتركيا إسطنبول وأنقرة.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Istanbul")]
    # the same tour told in the future after the arrival: its city is the visit's too
    text = ("يصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وسيزور بوتين خلال جولته بتركيا إسطنبول وأنقرة.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Istanbul")]


def test_a_city_of_the_travellers_own_country_in_a_sentence_naming_him_alone_is_not_the_venue():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وكان بوتين قد زار خلال الشهر الماضي مدينة سوتشي.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", None)]


def test_the_arrival_noun_of_two_leaders_in_a_city_state_gives_each_a_visit():
    # "وصول كل من A و B إلى سنغافورة" (the arrival of both A and B in Singapore): each
    # travelled; Singapore's unnamed head of government receives them
    text = ("وتراجعت الأسواق مع وصول كل من الرئيس الروسي، فلاديمير بوتين، والرئيس التركي، "
            "رجب طيب أردوغان، إلى سنغافورة أمس.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Lee Hsien Loong", "Singapore"),
                              ("Vladimir Putin", "Lee Hsien Loong", "Singapore")]


def test_upon_his_arrival_is_the_visit_of_the_one_named_before():
    # "لدى وصوله إلى القاهرة" (upon his arrival in Cairo): the speaker travelled
    text = "وقال الرئيس التركي رجب طيب أردوغان أمس لدى وصوله إلى القاهرة إن العلاقات قوية."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_city_spelled_without_its_long_vowel_is_still_the_city():
    # كراكاس and كاراكاس are both Caracas; the unnamed head of Venezuela hosts
    text = "وصل الرئيس الإيراني حسن روحاني صباح اليوم إلى كراكاس في زيارة رسمية."
    assert reported(text, dt.date(2015, 5, 4)) == [("Hassan Rouhani", "Nicolas Maduro", "Caracas")]


def test_a_former_leader_named_in_the_sentence_does_not_stand_for_the_host():
    # the late president (no office that day) is not an official who received the guest:
    # the country's head that day hosts
    text = "وصل الرئيس الإيراني حسن روحاني اليوم إلى كراكاس للمشاركة في إحياء ذكرى الرئيس الراحل هوغو تشافيز."
    assert reported(text, dt.date(2015, 3, 5)) == [("Hassan Rouhani", "Nicolas Maduro", "Caracas")]


def test_a_reception_that_took_place_is_held_though_a_later_meeting_of_the_pair_is_planned():
    # "وقد جرت مراسم استقبال" (a reception took place): told as done, so the dinner
    # expected tomorrow with the same host does not make the pair's meeting a plan
    text = ("وصل الرئيس التركي رجب طيب أردوغان ظهر اليوم إلى موسكو.\n"
            "وقد جرت مراسم استقبال رسمية في المطار من قبل فلاديمير بوتين، الرئيس الروسي، "
            "ورئيس الوزراء ديمتري ميدفيديف.\n"
            "ومن المتوقع أن يجتمع أردوغان مع ميدفيديف على العشاء غدا.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Dmitry Medvedev", "Moscow"),
                              ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
