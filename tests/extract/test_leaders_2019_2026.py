"""Heads of state and government of 2019-2026, after the corpora's years (people.yaml "heads 2019-2026"):
their names and the dated titles that stand for them ("الرئيس التشيكي" in 2024 is Petr Pavel, in 2020 Milos
Zeman), the Austrian chancellor's title, Libya's Government of National Unity, a transitional head of state
titled "رئيس المرحلة الانتقالية في تشاد" (its "في تشاد" names his office's country, no venue). Texts invented."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map


def people(text, published):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == "person"]


def reported(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_a_dated_title_is_the_holder_of_2019_2026():
    text = "وصل الرئيس التشيكي إلى القاهرة مساء اليوم."
    assert people(text, dt.date(2024, 3, 1)) == ["petr_pavel"]
    assert people(text, dt.date(2020, 3, 1)) == ["milos_zeman"]  # the same title before his term
    assert people("وصل رئيس الوزراء السويدي إلى أنقرة.", dt.date(2023, 9, 1)) == ["ulf_kristersson"]
    assert people("وصل رئيس الوزراء السويدي إلى أنقرة.", dt.date(2020, 9, 1)) == ["stefan_lofven"]


def test_new_leaders_named_in_full_meet_their_hosts():
    text = "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة اليوم رئيس بوركينا فاسو إبراهيم تراوري."
    assert reported(text, dt.date(2024, 10, 2)) == [("Ibrahim Traore", "Recep Tayyip Erdogan", "Ankara")]
    text = "استقبل الرئيس البرازيلي في برازيليا اليوم نظيره الكولومبي غوستافو بيترو."
    assert reported(text, dt.date(2023, 6, 2)) == [("Gustavo Petro", "Luiz Inacio Lula da Silva", "Brasilia")]


def test_the_austrian_chancellor_is_austria_s_head_of_government_on_the_day():
    text = "التقى المستشار النمساوي أمير قطر في الدوحة."
    assert people(text, dt.date(2023, 2, 1))[:1] == ["karl_nehammer"]
    assert people(text, dt.date(2025, 6, 1))[:1] == ["christian_stocker"]
    # the German chancellor keeps his own title
    assert people("التقى المستشار الألماني أمير قطر في الدوحة.", dt.date(2023, 2, 1))[:1] == ["olaf_scholz"]


def test_libya_s_unity_government_head_and_his_name_without_al():
    text = "التقى رئيس حكومة الوحدة الوطنية الليبية في طرابلس اليوم رئيس الوزراء المالطي روبرت أبيلا."
    assert reported(text, dt.date(2023, 5, 3)) == [("Robert Abela", "Abdul Hamid Dbeibeh", "Tripoli")]
    assert people("وصل عبد الحميد دبيبة إلى روما.", dt.date(2023, 5, 3)) == ["abdul_hamid_dbeibeh"]


def test_a_transitional_head_titled_in_his_country_is_the_guest_not_the_host():
    """"received ... Mahamat Idriss Deby, head of the transition in Chad": Chad is his office's, the meeting is
    in Abu Dhabi (before: the host read as the visitor to Chad, no city)."""
    text = ("أبوظبي - استقبل رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان، اليوم، الرئيس محمد إدريس ديبي "
            "رئيس المرحلة الانتقالية في تشاد.")
    assert reported(text, dt.date(2023, 6, 14)) == [("Mahamat Deby", "Mohamed bin Zayed Al Nahyan", "Abu Dhabi")]


def test_a_meeting_in_chad_still_places_the_visitor_there():
    """Negative beside it: a trip to Chad with no such title still goes to Chad's president."""
    text = "وصل الرئيس النيجيري بولا تينوبو إلى تشاد اليوم حيث التقى الرئيس محمد إدريس ديبي."
    assert [r[:2] for r in reported(text, dt.date(2023, 6, 14))] == [("Bola Tinubu", "Mahamat Deby")]


def test_spellings_of_the_period_common_in_arabic_outlets():
    day = dt.date(2024, 6, 1)
    for text, pid in (("التقى أولاف شولز في برلين.", "olaf_scholz"), ("التقى مسعود بيزشكيان في طهران.", "masoud_pezeshkian"),
                      ("التقى أنتوني ألبانيز في كانبيرا.", "anthony_albanese"), ("التقى سيريل رامابوزا في بريتوريا.", "cyril_ramaphosa")):
        assert people(text, day) == [pid]
