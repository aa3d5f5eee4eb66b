"""A leader's own public act held in another country (visits.public_act, read by visits.abroad_meeting): a
press conference he held or a speech he gave there, his name right before it and its place right after it,
is his visit to that country, hosted by its head by office. Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)  # a Saturday


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    vm = out["visit_mentions"].filter(pl.col("kind") == "reported")
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in vm.iter_rows(named=True)]


def test_public_act_a_press_conference_he_held_in_a_foreign_capital_is_a_trip_there():
    text = "وقال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم بمقر إقامته في باريس إن بلاده متمسكة بالاتفاق النووي."
    assert reported(text) == [("Hassan Rouhani", "Emmanuel Macron", "Paris", DAY)]


def test_public_act_a_speech_he_was_giving_at_a_hall_in_a_foreign_city():
    text = "وقال الرئيس التركي رجب طيب أردوغان، خلال إلقاء كلمته في قاعة المؤتمرات بالقاهرة مساء أمس الجمعة، إن البلدين شريكان."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", dt.date(2019, 6, 28))]


def test_public_act_a_speech_she_gave_at_a_venue_told_with_bi():
    text = "وأكدت المستشارة الألمانية أنجيلا ميركل في كلمة ألقتها بقصر المؤتمرات في باريس أن أوروبا موحدة."
    assert reported(text) == [("Angela Merkel", "Emmanuel Macron", "Paris", None)]


def test_public_act_not_in_his_own_capital():
    text = "وقال الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي عقده اليوم في أنقرة إن بلاده لن تتراجع."
    assert reported(text) == []


def test_public_act_not_a_city_his_speech_was_about():
    text = "وقال الرئيس الإيراني حسن روحاني في كلمة ألقاها اليوم حول الأوضاع في القاهرة إن المنطقة تمر بمرحلة صعبة."
    assert reported(text) == []


def test_public_act_not_the_agencys_dateline():
    text = "القاهرة - قال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم إن بلاده متمسكة بالاتفاق النووي."
    assert reported(text) == []


def test_public_act_not_his_spokesmans():
    text = "وقال المتحدث باسم الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم في باريس إن بلاده متمسكة بالاتفاق."
    assert reported(text) == []


def test_public_act_not_a_place_in_what_he_said():
    text = "وقال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم إن وفدا إيرانيا سيزور القاهرة قريبا."
    assert reported(text) == []


def test_public_act_not_a_speech_he_will_give():
    text = "وقال مسؤول إيراني إن الرئيس حسن روحاني سيلقي كلمة في باريس الأسبوع المقبل."
    assert reported(text) == []


def test_public_act_not_the_country_a_conference_was_held_for():
    text = ("وقال الرئيس التركي رجب طيب أردوغان في كلمة ألقاها في المؤتمر الدولي للمانحين لدعم الوضع الإنساني"
            " في سوريا إن بلاده تدعم اللاجئين.")
    assert reported(text) == []
