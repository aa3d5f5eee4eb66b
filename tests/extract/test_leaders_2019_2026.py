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


# --------------------------------------------------------------- invented agency articles of 2019-2026 (session 29)
def rows(text, day, title=None):
    """(kind, visitor, host, city, date) of every row, in order."""
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "title": [title]}))
    return sorted((r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"].to_dicts())


def test_the_crown_prince_hosts_as_prime_minister_from_september_2022_not_before():
    text = ("الرياض (واس) - استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء، في قصر اليمامة "
            "اليوم، فخامة الرئيس أحمد الشرع رئيس الجمهورية العربية السورية.")
    assert rows(text, dt.date(2025, 2, 2)) == [("reported", "Ahmed al-Sharaa", "Mohammed bin Salman", "Riyadh", dt.date(2025, 2, 2))]
    # a crown prince only (2021): no leaders' meeting
    assert rows("الرياض (واس) - استقبل ولي العهد الأمير محمد بن سلمان في الرياض اليوم الرئيس الفرنسي إيمانويل ماكرون.",
                dt.date(2021, 11, 5)) == []


def test_a_bare_title_is_the_holder_on_the_article_s_day():
    text = "جدة (رويترز) - وصل الرئيس الأمريكي إلى مدينة جدة اليوم الجمعة، حيث استقبله خادم الحرمين الشريفين."
    assert rows(text, dt.date(2022, 7, 15)) == [("reported", "Joe Biden", "Salman bin Abdulaziz", "Jeddah", dt.date(2022, 7, 15))]
    text = "واشنطن (الجزيرة) - استقبل الرئيس الأمريكي في البيت الأبيض أمس الاثنين رئيس الوزراء الإسرائيلي."
    assert rows(text, dt.date(2025, 4, 8)) == [("reported", "Benjamin Netanyahu", "Donald Trump", "Washington", dt.date(2025, 4, 7))]


def test_places_of_the_period_alula_lusail_the_new_capital_osaka():
    text = ("الرياض (واس) - استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، في العلا اليوم الثلاثاء، رئيس وزراء "
            "المملكة المتحدة كير ستارمر.")
    assert rows(text, dt.date(2024, 12, 10)) == [("reported", "Keir Starmer", "Mohammed bin Salman", "AlUla", dt.date(2024, 12, 10))]
    text = ("الدوحة (قنا) - استقبل الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، في استاد لوسيل اليوم، الرئيس عبد الفتاح "
            "السيسي رئيس جمهورية مصر العربية.")
    assert rows(text, dt.date(2022, 11, 20)) == [("reported", "Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani", "Lusail",
                                                  dt.date(2022, 11, 20))]
    text = ("القاهرة (أ ش أ) - استقبل الرئيس عبد الفتاح السيسي، اليوم الخميس، بقصر الرئاسة بالعاصمة الإدارية الجديدة، "
            "المستشار الألماني أولاف شولتس.")
    assert rows(text, dt.date(2023, 10, 19)) == [("reported", "Olaf Scholz", "Abdel Fattah el-Sisi", "New Administrative Capital",
                                                  dt.date(2023, 10, 19))]
    text = "التقى الرئيس التركي رجب طيب أردوغان نظيره الأمريكي دونالد ترامب على هامش قمة مجموعة العشرين في أوساكا اليوم الجمعة."
    assert rows(text, dt.date(2019, 6, 28)) == [("reported", "Recep Tayyip Erdogan", "Donald Trump", "Osaka", dt.date(2019, 6, 28))]


def test_abu_al_ala_is_a_name_not_alula():
    text = "استقبل الرئيس عبد الفتاح السيسي اليوم الأحد الرئيس الإماراتي محمد بن زايد، بحضور المهندس أبو العلا ماضي."
    assert rows(text, dt.date(2024, 3, 3)) == [("reported", "Mohamed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi", None,
                                                dt.date(2024, 3, 3))]


def test_venues_of_the_period_stand_for_their_city():
    text = "عقد الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب أمس الجمعة قمة في قاعدة إلمندورف ريتشاردسون العسكرية."
    assert rows(text, dt.date(2025, 8, 16)) == [("reported", "Vladimir Putin", "Donald Trump", "Anchorage", dt.date(2025, 8, 15))]
    text = "استقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني اليوم الثلاثاء في قصر كيغي رئيس الوزراء العراقي محمد شياع السوداني."
    assert rows(text, dt.date(2025, 4, 22)) == [("reported", "Mohammed Shia al-Sudani", "Giorgia Meloni", "Rome", dt.date(2025, 4, 22))]
    text = "استقبل السلطان هيثم بن طارق المعظم، في قصر البركة العامر اليوم، الرئيس الإيراني إبراهيم رئيسي."
    assert rows(text, dt.date(2024, 4, 22)) == [("reported", "Ebrahim Raisi", "Haitham bin Tariq", "Muscat", dt.date(2024, 4, 22))]


def test_amman_beside_a_jordanian_prime_minister_of_the_period():
    text = ("عمان (بترا) - استقبل رئيس الوزراء الأردني بشر الخصاونة في دار رئاسة الوزراء اليوم الأربعاء رئيس الوزراء "
            "الفلسطيني محمد مصطفى.")
    assert rows(text, dt.date(2024, 6, 5)) == [("reported", "Mohammad Mustafa", "Bisher Khasawneh", "Amman", dt.date(2024, 6, 5))]
    # the premiership's house names no ministers received; a minister received there is still no leaders' meeting
    text = "عمان - التقى رئيس الوزراء الأردني بشر الخصاونة في دار رئاسة الوزراء اليوم وزير الخارجية الفلسطيني."
    assert rows(text, dt.date(2024, 6, 5)) == []
    # bare عمان beside the Sultan of Oman stays Oman, the country (no city), not Amman
    text = "عمان - استقبل السلطان هيثم بن طارق اليوم في عمان الرئيس الإيراني مسعود بزشكيان."
    assert [r[1:4] for r in rows(text, dt.date(2025, 5, 27))] == [("Masoud Pezeshkian", "Haitham bin Tariq", None)]


def test_names_of_the_period_a_german_spelling_and_the_president_saied():
    day = dt.date(2025, 9, 1)
    assert people("التقى فريدريك ميرتس في برلين.", day) == ["friedrich_merz"]
    text = "تونس (وات) - استقبل الرئيس سعيد بقصر قرطاج اليوم الاثنين الرئيس الجزائري عبد المجيد تبون."
    assert rows(text, dt.date(2023, 4, 10)) == [("reported", "Abdelmadjid Tebboune", "Kais Saied", "Tunis", dt.date(2023, 4, 10))]
    # a citizen named Said is no one's
    assert people("استقبل الرئيس السيسي اليوم المواطن سعيد عبد الله في قصر الاتحادية.", dt.date(2023, 4, 10)) == ["abdel_fattah_el_sisi"]


def test_calls_plans_and_ministers_of_the_period_are_no_reported_meetings():
    day = dt.date(2025, 6, 1)
    text = "أنقرة (الأناضول) - أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع الرئيس السوري أحمد الشرع."
    assert rows(text, day) == []
    text = "دمشق (سانا) - يزور الرئيس أحمد الشرع باريس الأسبوع المقبل تلبية لدعوة من الرئيس الفرنسي إيمانويل ماكرون."
    assert [r[:4] for r in rows(text, day)] == [("referenced", "Ahmed al-Sharaa", "Emmanuel Macron", "Paris")]
    text = "الرياض (واس) - استقبل ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان، اليوم، وزير الخارجية السوري أسعد حسن الشيباني."
    assert rows(text, day) == []
