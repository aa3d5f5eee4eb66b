"""A leader's trip abroad whose host the sentence does not name (the visited country's leader on the
day hosts): told by the leader's own office ("أعلن مكتب رئيس الوزراء X أنه وصل إلى ...",
visits.office_voice), or to "العاصمة" with li- before the city's bare name ("زيارته للعاصمة برلين",
grammar.yaml trip_locatives), or in an aside past a lead the traveller's own act of the day heads
(visits.aside.lead_act_on_trip), or in a relative aside after the city ("بروما التي وصلها", triggers.yaml
arrive_past). Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 12)  # a Wednesday


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    rows = out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()
    return [(r["visitor"], r["host"], r["city"], r["date"]) for r in rows]


def test_the_leaders_office_announcing_he_arrived_tells_his_own_trip():
    text = ("أعلن المكتب الإعلامي لرئيس الوزراء اللبناني، سعد الحريري، أنه وصل إلى الرياض مساء أمس "
            "الثلاثاء في زيارة رسمية تستمر يومين.")
    assert reported(text) == [("Saad Hariri", "Salman bin Abdulaziz", "Riyadh", dt.date(2019, 6, 11))]


def test_the_office_announcing_a_ministers_trip_is_not_its_owners():
    text = "أعلن المكتب الإعلامي لرئيس الوزراء اللبناني سعد الحريري أن وزير المالية غادر إلى الرياض أمس."
    assert reported(text) == []


def test_the_offices_director_saying_he_arrived_is_not_the_leader():
    text = "قال مدير مكتب رئيس الوزراء اللبناني سعد الحريري إنه وصل إلى الرياض أمس للقاء مسؤولين."
    assert reported(text) == []


def test_a_visit_to_the_capital_with_li_before_the_bare_city_name_finds_its_host():
    text = "دشن الرئيس الفرنسي إيمانويل ماكرون معرضا للفنون اليوم خلال زيارته الحالية للعاصمة برلين."
    assert reported(text) == [("Emmanuel Macron", "Angela Merkel", "Berlin", DAY)]


def test_arriving_at_his_own_capital_with_li_is_no_visit():
    text = "عاد الرئيس الفرنسي إيمانويل ماكرون اليوم للعاصمة باريس بعد إجازة قصيرة."
    assert reported(text) == []


def test_a_capital_bordered_with_li_is_no_place_of_the_visit():
    text = ("زار الرئيس الفرنسي إيمانويل ماكرون واشنطن اليوم، بعد غارات على الغوطة الشرقية المتاخمة "
            "للعاصمة دمشق.")
    assert reported(text) == [("Emmanuel Macron", "Donald Trump", "Washington", DAY)]


LEAD_SAID = "قال {who} الثلاثاء إن أوروبا تحتاج إلى جيش موحد لمواجهة التحديات. "
ASIDE = "وواجه ماكرون خلال زيارته للعاصمة الإيطالية روما احتجاجات نقابية واسعة."


def test_a_trip_framing_the_travellers_own_dated_lead_act_is_news():
    # "Macron said on Tuesday that ... . And Macron faced union protests during his visit to Rome": the lead's
    # news was made on the trip, told past the lead in an aside
    text = LEAD_SAID.format(who="الرئيس الفرنسي إيمانويل ماكرون") + ASIDE
    assert reported(text) == [("Emmanuel Macron", "Giuseppe Conte", "Rome", dt.date(2019, 6, 11))]


def test_a_trip_aside_past_another_persons_lead_stays_a_comment():
    # the lead is the foreign minister's; Macron's trip told past it is no news of the day
    text = LEAD_SAID.format(who="وزير الخارجية الفرنسي جان إيف لودريان") + ASIDE
    assert reported(text) == []


def test_a_trip_aside_past_a_lead_dated_days_before_stays_a_comment():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون في الثالث من يونيو إن أوروبا تحتاج إلى جيش موحد لمواجهة "
            "التحديات. ") + ASIDE
    assert reported(text) == []


def test_a_trip_aside_of_a_leader_named_late_in_anothers_lead_stays_a_comment():
    # "A spokesman said on Tuesday that the plan came at the French president Macron's initiative. That came
    # during his visit to Rome": the lead's act is the spokesman's, not the traveller's
    text = ("اعتبر المتحدث باسم الحزب الاشتراكي، الثلاثاء، أن الخطة جاءت بمبادرة من الرئيس الفرنسي إيمانويل ماكرون "
            "لمواجهة التحديات. وجاء ذلك خلال زيارته للعاصمة الإيطالية روما.")
    assert reported(text) == []


def test_a_trip_aside_whose_sentence_tells_others_acts_stays_a_comment():
    # "... students took part in receiving Macron during his visit to Rome": the students' act, not the traveller's
    text = LEAD_SAID.format(who="الرئيس الفرنسي إيمانويل ماكرون") + \
        "وشارك مئات الطلاب في استقبال ماكرون خلال زيارته للعاصمة الإيطالية روما."
    assert reported(text) == []


def test_a_city_the_leader_reached_told_in_a_relative_aside_is_his_visit():
    # "Macron met this morning, at his residence in Rome, which he reached last night, businessmen"
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون صباح اليوم في مقر إقامته بروما التي وصلها مساء أمس عددا من "
            "رجال الأعمال الإيطاليين.")
    assert reported(text) == [("Emmanuel Macron", "Giuseppe Conte", "Rome", dt.date(2019, 6, 11))]


def test_his_own_capital_reached_in_a_relative_aside_is_no_visit():
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون صباح اليوم في قصر الإليزيه بباريس التي وصلها مساء أمس عائدا "
            "من روما عددا من رجال الأعمال.")
    assert reported(text) == []


def test_a_trip_framing_the_travellers_act_in_an_undated_lead_is_news():
    # "Macron angered his opponents when he said ... . And Macron faced protests during his visit to Rome": a lead
    # with no day at all is the news as it is written; its act was made on the trip (aside.lead_act_on_trip)
    text = ("أغضب الرئيس الفرنسي إيمانويل ماكرون معارضيه عندما قال إن أوروبا تحتاج إلى جيش موحد لمواجهة التحديات. "
            + ASIDE)
    assert [r[:3] for r in reported(text)] == [("Emmanuel Macron", "Giuseppe Conte", "Rome")]


def test_a_trip_aside_past_a_lead_dated_last_year_stays_a_comment():
    text = ("قال الرئيس الفرنسي إيمانويل ماكرون العام الماضي إن أوروبا تحتاج إلى جيش موحد لمواجهة التحديات. "
            + ASIDE)
    assert reported(text) == []


def test_a_trip_aside_past_another_persons_undated_lead_stays_a_comment():
    text = ("أغضب وزير الخارجية الفرنسي جان إيف لودريان معارضيه عندما قال إن أوروبا تحتاج إلى جيش موحد. " + ASIDE)
    assert reported(text) == []
