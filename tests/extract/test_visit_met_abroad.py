"""A leader who met someone who leads nothing in another country's city travelled there
(visits.abroad_meeting): the visit is hosted by that country's head by office, as an arrival is.
Texts are invented; the real lexicon reads them."""
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


def test_met_abroad_a_meeting_with_businessmen_in_a_foreign_capital_is_a_trip_there():
    text = "اجتمع رئيس المجلس الرئاسي الليبي فايز السراج اليوم في العاصمة الفرنسية باريس مع رجال أعمال فرنسيين لبحث الاستثمار."
    assert reported(text) == [("Fayez al-Sarraj", "Emmanuel Macron", "Paris", DAY)]


def test_met_abroad_a_commander_met_yesterday_in_a_gulf_capital():
    text = "التقى رئيس المجلس الرئاسي الليبي فايز السراج أمس الجمعة في أبوظبي قائد قوات المنطقة الغربية."
    assert reported(text) == [("Fayez al-Sarraj", "Khalifa bin Zayed Al Nahyan", "Abu Dhabi", dt.date(2019, 6, 28))]


def test_met_abroad_not_in_his_own_capital():
    text = "اجتمع رئيس المجلس الرئاسي الليبي فايز السراج اليوم في طرابلس مع رجال أعمال فرنسيين لبحث الاستثمار."
    assert reported(text) == []


def test_met_abroad_not_when_the_leader_is_the_object():
    text = "التقى وفد من رجال الأعمال الفرنسيين اليوم في باريس رئيس المجلس الرئاسي الليبي فايز السراج."
    assert reported(text) == []


def test_met_abroad_not_by_video():
    text = "اجتمع رئيس المجلس الرئاسي الليبي فايز السراج اليوم عبر الفيديو مع رجال أعمال فرنسيين في باريس."
    assert reported(text) == []


def test_met_abroad_not_a_city_he_heads_for():
    text = "التقى رئيس المجلس الرئاسي الليبي فايز السراج اليوم قائد قوات المنطقة الغربية قبل أن يتوجه إلى باريس."
    assert reported(text) == []


def test_met_abroad_the_leader_named_before_the_verb():
    text = "وكان رئيس المجلس الرئاسي الليبي فايز السراج قد التقى أمس الجمعة في روما عددا من رجال الأعمال الإيطاليين."
    [(visitor, _, city, day)] = reported(text)
    assert (visitor, city, day) == ("Fayez al-Sarraj", "Rome", dt.date(2019, 6, 28))


def test_met_abroad_not_a_place_in_the_title_of_whom_he_met():
    text = "التقى رئيس المجلس الرئاسي الليبي فايز السراج اليوم مدير المعهد الثقافي العربي في روما."
    assert reported(text) == []


def test_met_abroad_not_at_his_government_seat_in_exile():
    text = "التقى رئيس المجلس الرئاسي الليبي فايز السراج اليوم في مقر الحكومة المؤقت بتونس سفير الاتحاد الأوروبي."
    assert reported(text) == []


def test_met_abroad_not_when_they_met_him():
    text = "وقال مسؤولون فرنسيون التقوا رئيس المجلس الرئاسي الليبي فايز السراج في باريس إن المحادثات كانت جيدة."
    assert reported(text) == []


def test_met_abroad_not_the_place_of_a_later_trip():
    text = "التقى رئيس المجلس الرئاسي الليبي فايز السراج اليوم ممثلي القبائل قبل أيام من جولته في إيطاليا."
    assert reported(text) == []


def test_received_abroad_a_delegation_at_his_lodging_in_a_foreign_capital_is_a_trip_there():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم بمقر إقامته في باريس وفدا من رجال الأعمال الفرنسيين."
    assert reported(text) == [("Beji Caid Essebsi", "Emmanuel Macron", "Paris", DAY)]


def test_received_abroad_the_leader_named_before_the_verb():
    text = "وكان الرئيس التونسي الباجي قائد السبسي قد استقبل أمس الجمعة في روما عددا من المستثمرين الإيطاليين."
    [(visitor, _, city, day)] = reported(text)
    assert (visitor, city, day) == ("Beji Caid Essebsi", "Rome", dt.date(2019, 6, 28))


def test_received_abroad_not_at_home():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم بقصر قرطاج في تونس وفدا من رجال الأعمال الفرنسيين."
    assert reported(text) == []


def test_received_abroad_not_a_place_after_whom_he_received():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم مدير المعهد العربي في باريس."
    assert reported(text) == []


def test_received_abroad_not_a_call_taken_at_his_lodging():
    text = "تلقى الرئيس التونسي الباجي قائد السبسي اليوم بمقر إقامته في باريس اتصالا هاتفيا من وزير فرنسي واستقبل وفدا."
    assert reported(text) == []


def test_received_abroad_a_leader_received_there_stays_the_pair_meeting():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم في باريس الرئيس الفرنسي إيمانويل ماكرون."
    assert [(v, h) for v, h, _, _ in reported(text)] == [("Beji Caid Essebsi", "Emmanuel Macron")]


def test_received_abroad_not_an_official_of_that_country_whose_meeting_it_is():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم بمقر إقامته في باريس وزير الخارجية الفرنسي."
    assert reported(text) == []


def test_received_abroad_not_a_round_of_talks_he_hosted_there():
    text = "استضاف الرئيس التونسي الباجي قائد السبسي اليوم في باريس جولة من المحادثات بين الأطراف الليبية."
    assert reported(text) == []


def test_received_abroad_not_a_capital_inside_a_relative_clause_on_whom_he_received():
    text = "استقبل الرئيس التونسي الباجي قائد السبسي اليوم ممثلين عن جماعة معارضة التي تقول باريس إنها شريكة لها."
    assert reported(text) == []


# a dignitary who leads nothing received the leader in a place of another country (abroad_meeting.received_there)
def test_received_there_by_a_religious_dignitary_in_a_foreign_capital():
    text = "استقبل مفتي الجمهورية اللبنانية اليوم في بيروت الرئيس التركي رجب طيب أردوغان لبحث أوضاع المنطقة."
    assert reported(text) == [("Recep Tayyip Erdogan", "Michel Aoun", "Beirut", DAY)]


def test_received_there_at_a_venue_of_the_gazetteer():
    text = "استقبل شيخ الأزهر، بمقر المشيخة، مساء اليوم، الرئيس التركي رجب طيب أردوغان بحضور عدد من العلماء."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", DAY)]


def test_received_there_not_in_his_own_capital():
    text = "استقبل مفتي تركيا اليوم في أنقرة الرئيس التركي رجب طيب أردوغان لبحث أوضاع المنطقة."
    assert reported(text) == []


def test_received_there_not_without_a_place():
    text = "استقبل شيخ الأزهر اليوم الرئيس التركي رجب طيب أردوغان بحضور عدد من العلماء."
    assert reported(text) == []


def test_received_there_not_without_a_named_subject():
    text = "استقبل بحفاوة اليوم في بيروت الرئيس التركي رجب طيب أردوغان."
    assert reported(text) == []


def test_received_there_not_a_call():
    text = "استقبل مفتي الجمهورية اللبنانية اليوم في بيروت اتصالا هاتفيا من الرئيس التركي رجب طيب أردوغان."
    assert reported(text) == []


def test_received_there_not_a_place_in_a_relative_clause():
    text = "استقبل شيخ الأزهر اليوم الرئيس التركي رجب طيب أردوغان الذي شارك أمس في منتدى بالدوحة."
    assert reported(text) == []


# An official's reception leaves the visit its own: the leader whose relative clause "الذي يقوم بزيارة" (who is making
# a visit) opens is its doer (antecedent.relative_antecedent, read by officials.official_led), not the official.
CROWN_PRINCE = "استقبل الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي، اليوم، "


def test_met_abroad_a_leader_received_by_a_crown_prince_who_is_making_a_visit_there():
    text = CROWN_PRINCE + "رئيس إريتريا أسياس أفورقي، الذي يقوم بزيارة إلى الإمارات."
    assert [r[:2] for r in reported(text)] == [("Isaias Afwerki", "Khalifa bin Zayed Al Nahyan")]


def test_met_abroad_a_minister_received_who_is_making_a_visit_is_no_leaders_trip():
    text = CROWN_PRINCE + "وزير الخارجية الإريتري عثمان صالح، الذي يقوم بزيارة إلى الإمارات."
    assert reported(text) == []


def test_met_abroad_a_visit_made_before_in_the_leaders_clause_stays_no_trip():
    # "الذي قام بزيارة ... العام الماضي" (who made a visit last year): a perfect, an earlier trip
    text = CROWN_PRINCE + "رئيس إريتريا أسياس أفورقي، الذي قام بزيارة إلى الإمارات العام الماضي."
    assert reported(text) == []


def test_met_abroad_a_visit_he_will_make_elsewhere_stays_no_trip():
    text = CROWN_PRINCE + "رئيس إريتريا أسياس أفورقي، الذي سيقوم بزيارة إلى فرنسا."
    assert reported(text) == []


QANDIL_DAY = dt.date(2013, 3, 5)  # a Tuesday, Hesham Qandil prime minister of Egypt


def test_met_abroad_past_his_own_title_after_his_name():
    text = "التقى هشام قنديل رئيس مجلس الوزراء، ظهر اليوم في بغداد، عددا من رجال الأعمال العراقيين."
    assert reported(text, QANDIL_DAY) == [("Hesham Qandil", "Nouri al-Maliki", "Baghdad", QANDIL_DAY)]


def test_met_abroad_not_past_a_title_of_another_country():
    text = "التقى هشام قنديل وزير الخارجية العراقي، ظهر اليوم في بغداد."
    assert reported(text, QANDIL_DAY) == []


def test_met_abroad_past_his_own_title_not_at_home():
    text = "التقى هشام قنديل رئيس مجلس الوزراء، ظهر اليوم في القاهرة، عددا من رجال الأعمال العراقيين."
    assert reported(text, QANDIL_DAY) == []


def test_met_abroad_past_his_own_title_not_a_place_in_whom_he_met():
    text = "التقى هشام قنديل رئيس مجلس الوزراء، اليوم، الدكتور حامد فؤاد الفائز مؤخرا بجائزة دولية للتمور بأبوظبي."
    assert reported(text, QANDIL_DAY) == []


# A meeting noun of the lone leader with someone who leads nothing, at a place of another country told in its clause
# (abroad_meeting.noun_abroad), is his trip there; not at home, not with no place, not a place in another clause.
def test_noun_abroad_a_meeting_brought_together_in_a_foreign_capital_with_a_cleric():
    text = "وبعد انتهاء اللقاء الذي جمع اليوم في القاهرة بين شيخ الأزهر أحمد الطيب والرئيس التركي رجب طيب أردوغان، عقد مؤتمر صحفي."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", DAY)]


def test_noun_abroad_a_venue_told_before_the_closed_meeting():
    text = "عقد مؤتمر صحفي بمقر مشيخة الأزهر عقب الاجتماع المغلق بين فضيلة الإمام الأكبر شيخ الأزهر والرئيس التركي رجب طيب أردوغان."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", None)]  # no day told


def test_noun_abroad_not_the_dignitary_in_the_leaders_own_capital():
    text = "وتناول اللقاء الذي جمع في موسكو بين وزير الخارجية المصري سامح شكري والرئيس الروسي فلاديمير بوتين الأزمة السورية."
    assert reported(text) == []


def test_noun_abroad_not_without_a_place_of_the_meeting():
    text = "وتناول اللقاء بين شيخ الأزهر والرئيس التركي رجب طيب أردوغان الأوضاع في المنطقة، حسب ما أعلن متحدث من القاهرة."
    assert reported(text) == []


def test_noun_abroad_not_with_party_heads_at_home():
    text = "وتناول لقاء الرئيس التركي رجب طيب أردوغان مع عدد من رؤساء الأحزاب في أنقرة الأوضاع في المنطقة."
    assert reported(text) == []


def test_noun_abroad_not_a_planned_meeting():
    text = "وسيتناول اللقاء المرتقب بين شيخ الأزهر والرئيس التركي رجب طيب أردوغان في القاهرة الشهر المقبل الأوضاع في المنطقة."
    assert reported(text) == []


def test_noun_abroad_not_talks_of_others_after_the_leader():
    text = "بحث الرئيس التركي رجب طيب أردوغان مع المبعوث الأممي، اليوم، نتائج المباحثات التي جرت مع قيادات المعارضة في القاهرة."
    assert reported(text) == []


def test_noun_abroad_not_a_place_before_the_noun_past_a_comma():
    text = "ووزع الصندوق بيانه في واشنطن، اليوم، بعد سلسلة اجتماعات مع محافظ البنك المركزي والرئيس التركي رجب طيب أردوغان."
    assert reported(text) == []


def test_noun_abroad_not_a_nisba_adjective_read_as_my_meeting():
    text = "وطالب ناشط اجتماعي تدخل الرئيس التركي رجب طيب أردوغان ووزير الخارجية للدفاع عن حقوق الأتراك العاملين بالسعودية."
    assert reported(text) == []
