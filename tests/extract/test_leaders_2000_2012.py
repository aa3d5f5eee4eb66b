"""Heads of state and government of the early 2000s, before the corpora's years (people.yaml "heads 2000-2004"
and the earlier offices added to people listed above): their names, the dated titles that stand for them
("الرئيس الأمريكي" in 2002 is Bush, "رئيس الوزراء الكويتي" in 2004 Sabah al-Ahmad, in 2002 Saad al-Abdullah),
and visits of 2000-2012 told agency style. Texts invented."""
import datetime as dt

import polars as pl

from tasks.extract import extract
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map


def people(text, published):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == "person"]


def rows(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"].to_dicts())


def reported(text, day):
    return [r[1:] for r in rows(text, day) if r[0] == "reported"]


def test_titles_resolve_to_the_holder_of_the_early_2000s():
    day = dt.date(2002, 5, 14)
    assert people("وصل الرئيس الأمريكي إلى برلين.", day) == ["george_w_bush"]
    assert people("وصل الرئيس الأمريكي إلى برلين.", dt.date(2000, 5, 14)) == ["bill_clinton"]
    assert people("وصل رئيس الوزراء البريطاني إلى مدريد.", dt.date(2003, 2, 10)) == ["tony_blair"]
    assert people("وصل الرئيس السوري إلى القاهرة.", dt.date(1999, 11, 3)) == ["hafez_al_assad"]
    assert people("وصل الرئيس السوري إلى القاهرة.", dt.date(2001, 11, 3)) == ["bashar_al_assad"]
    assert people("استقبل خادم الحرمين الشريفين ضيفه.", dt.date(2003, 6, 2)) == ["king_fahd"]
    assert people("وصل الرئيس الصيني إلى طهران.", dt.date(2001, 9, 20)) == ["jiang_zemin"]
    assert people("وصل رئيس دولة الإمارات إلى الرياض.", dt.date(2002, 3, 11)) == ["zayed_bin_sultan"]


def test_earlier_offices_of_people_listed_for_later_ones():
    """A later leader's earlier office: Putin acting president in early 2000, Abbas prime minister in 2003,
    Sabah al-Ahmad Kuwait's prime minister from July 2003 (foreign minister before), the Saudi crown prince."""
    assert people("وصل الرئيس الروسي إلى لندن.", dt.date(2000, 3, 15)) == ["vladimir_putin"]
    assert people("وصل رئيس الوزراء الروسي إلى لندن.", dt.date(2001, 3, 15)) == ["mikhail_kasyanov"]
    assert people("وصل رئيس الوزراء الفلسطيني إلى عمان.", dt.date(2003, 5, 1)) == ["mahmoud_abbas"]
    assert people("وصل رئيس الوزراء الفلسطيني إلى عمان.", dt.date(2004, 5, 1)) == ["ahmed_qurei"]
    assert people("وصل رئيس الوزراء الكويتي إلى عمان.", dt.date(2004, 5, 1)) == ["sabah_al_ahmad"]
    assert people("وصل رئيس الوزراء الكويتي إلى عمان.", dt.date(2002, 5, 1)) == ["saad_al_abdullah"]
    assert people("وصل ولي العهد السعودي إلى واشنطن.", dt.date(2002, 4, 24)) == ["abdullah_bin_abdulaziz"]


def test_a_visit_between_leaders_of_2000_2004_named_in_full():
    text = "وصل الرئيس الصيني جيانغ زيمين إلى طهران اليوم في زيارة رسمية يلتقي خلالها الرئيس محمد خاتمي."
    assert reported(text, dt.date(2001, 9, 20)) == [("Jiang Zemin", "Mohammad Khatami", "Tehran", dt.date(2001, 9, 20))]
    text = "استقبل رئيس الوزراء المصري عاطف عبيد في القاهرة اليوم رئيس الوزراء الأردني علي أبو الراغب."
    assert reported(text, dt.date(2002, 12, 5)) == [("Ali Abu al-Ragheb", "Atef Ebeid", "Cairo", dt.date(2002, 12, 5))]
    text = "أبوظبي - استقبل رئيس الدولة الشيخ زايد بن سلطان آل نهيان اليوم الرئيس الجزائري عبد العزيز بوتفليقة."
    assert reported(text, dt.date(2002, 3, 11)) == [("Abdelaziz Bouteflika", "Zayed bin Sultan Al Nahyan", "Abu Dhabi",
                                                     dt.date(2002, 3, 11))]


def test_a_trip_to_a_prime_minister_s_country_meets_its_prime_minister():
    """Blair in Madrid in 2003 met Aznar (before: the host fell to the king by office); Musharraf in New Delhi
    met Vajpayee, named by his bare surname after the title."""
    text = "وصل رئيس الوزراء البريطاني إلى مدريد اليوم حيث التقى رئيس الحكومة الإسبانية خوسيه ماريا أثنار."
    assert reported(text, dt.date(2003, 2, 10)) == [("Tony Blair", "Jose Maria Aznar", "Madrid", dt.date(2003, 2, 10))]
    text = "وصل الرئيس الباكستاني برويز مشرف إلى نيودلهي اليوم حيث التقى رئيس الوزراء الهندي فاجبايي."
    assert reported(text, dt.date(2001, 7, 15)) == [("Pervez Musharraf", "Atal Bihari Vajpayee", "New Delhi",
                                                     dt.date(2001, 7, 15))]


def test_a_woman_president_and_a_prime_minister_of_the_period():
    text = "استقبل رئيس الوزراء التركي بولنت أجاويد في أنقرة اليوم الرئيسة الإندونيسية ميغاواتي سوكارنوبوتري."
    assert reported(text, dt.date(2001, 12, 10)) == [("Megawati Sukarnoputri", "Bulent Ecevit", "Ankara", dt.date(2001, 12, 10))]
    text = "وصل رئيس الوزراء الكندي جان كريتيان إلى القاهرة اليوم في زيارة رسمية."
    assert reported(text, dt.date(2001, 2, 12)) == [("Jean Chretien", "Hosni Mubarak", "Cairo", dt.date(2001, 2, 12))]


def test_negatives_a_call_a_crown_prince_and_a_planned_visit():
    """A phone call is no visit; the crown prince (before he was king) is no leader; next week's visit is
    planned, not reported."""
    text = "أجرى الرئيس الأمريكي جورج بوش اتصالا هاتفيا اليوم مع رئيس الوزراء البريطاني توني بلير بحثا خلاله الوضع في العراق."
    assert rows(text, dt.date(2003, 3, 1)) == []
    text = "استقبل ولي العهد السعودي الأمير عبد الله بن عبد العزيز في جدة اليوم الرئيس السوري بشار الأسد."
    assert reported(text, dt.date(2003, 6, 2)) == []
    text = "يزور الرئيس الفرنسي جاك شيراك الأسبوع المقبل القاهرة حيث يلتقي الرئيس المصري حسني مبارك."
    assert rows(text, dt.date(2004, 1, 10)) == [("referenced", "Jacques Chirac", "Hosni Mubarak", "Cairo", None)]


def test_the_same_names_after_their_terms_hold_no_office():
    """Negative beside them: a retrospective in 2015 names Zayed and Jiang Zemin, who hold no office then."""
    text = "زار الشيخ زايد بن سلطان آل نهيان بكين عام 1990 والتقى جيانغ زيمين."
    assert reported(text, dt.date(2015, 6, 1)) == []


def test_a_surname_that_is_also_a_given_name_needs_a_title():
    """"أجاويد" (Ecevit) after his title in 2001 is the Turkish prime minister; the same word as a man's given
    name in a 2013 report is nobody."""
    assert people("وصل رئيس الوزراء التركي أجاويد إلى دمشق.", dt.date(2001, 6, 1)) == ["bulent_ecevit"]
    assert people("وقالت الشرطة إن المهاجم يدعى أجاويد.", dt.date(2013, 2, 2)) == []
