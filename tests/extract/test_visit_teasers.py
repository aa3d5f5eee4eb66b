"""Other stories' leads appended below a page (tasks/extract/visits/teasers.py): a closing run of paragraphs
that open as stories do, two or more with a weekday of their own, after a body written on with "و". A meeting
told only there is another page's news; one the body names, a round-up page, a closing "كما" or "يذكر أن"
note and a lone closing lead keep their rows. Invented texts, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2018, 8, 14)  # the leaders named held office then

BODY = ("القاهرة - أعلن وزير المالية، الأحد، خطة جديدة لخفض العجز في الموازنة العامة خلال العام المقبل.\n"
        "وقال الوزير في مؤتمر صحفي إن الحكومة ستطرح سندات جديدة في الأسواق الدولية خلال الأشهر المقبلة.\n"
        "وأضاف أن معدل النمو سيرتفع إلى خمسة بالمئة بحلول نهاية العام المقبل بحسب توقعات الوزارة.\n")
ARMY = "أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال عشرة أشخاص في الضفة الغربية خلال حملة مداهمات واسعة في عدة بلدات.\n"
BAHRAIN = "رحبت مملكة البحرين، الاثنين، بقرار الولايات المتحدة تصنيف جماعة مسلحة منظمة إرهابية وفق بيان رسمي صادر عنها.\n"
MEETING = ("استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، الثلاثاء، الرئيس المصري عبدالفتاح السيسي في مدينة نيوم "
           "شمال غرب المملكة.\n")
PAIR = [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


def reported(text):
    return [(v["visitor"], v["host"]) for v in reported_rows(text, DAY)]


def test_a_meeting_told_only_in_appended_story_leads_is_not_the_pages():
    assert reported(BODY + ARMY + MEETING + BAHRAIN) == []
    assert reported(BODY + MEETING + ARMY + BAHRAIN) == []


def test_appended_leads_pass_over_a_root_waw_verb_and_a_lead_without_weekday():
    signed = "وقعت مصر، الأحد، عددا من الاتفاقيات مع شركات صينية لتنفيذ مشروعات تنموية بقيمة مليارات الدولارات.\n"
    undated = "طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا بتهم وصفها المتحدث باسم الخارجية بالواهية.\n"
    assert reported(BODY + MEETING + signed + undated + ARMY) == []


def test_a_meeting_the_body_names_keeps_its_row_in_the_closing_leads():
    lead = ("الرياض - قال الرئيس المصري عبدالفتاح السيسي، الثلاثاء، إن العلاقات مع السعودية تمر بأفضل مراحلها "
            "على الإطلاق.\n")
    assert reported(lead + BODY[BODY.index("\n") + 1:] + ARMY + MEETING + BAHRAIN) == PAIR


def test_a_single_closing_lead_with_a_weekday_keeps_its_row():
    assert reported(BODY + MEETING) == PAIR
    assert reported(BODY + MEETING + "رحبت مملكة البحرين بقرار الولايات المتحدة تصنيف جماعة مسلحة منظمة "
                                      "إرهابية وفق بيان رسمي صادر عنها.\n") == PAIR


def test_a_round_up_of_the_days_news_keeps_its_meeting():
    # every paragraph opens as a story: no body of the page's own to tell the leads from
    assert reported(ARMY + MEETING + BAHRAIN + ARMY.replace("الضفة الغربية", "قطاع غزة")) == PAIR


def test_closing_notes_that_carry_the_page_on_keep_their_meeting():
    also = "كما " + MEETING
    note = "يذكر أن العاهل السعودي الملك سلمان بن عبدالعزيز استقبل، الثلاثاء، الرئيس المصري عبدالفتاح السيسي في نيوم.\n"
    assert reported(BODY + ARMY + also + BAHRAIN) == PAIR
    assert reported(BODY + ARMY + note + BAHRAIN) == PAIR
