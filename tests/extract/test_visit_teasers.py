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


# Links to other pages set inside the body: a "للمزيد:" / "اقرأ أيضا:" line, or a run of related headlines
# (short lines with no closing stop) between two body paragraphs.
HEADLINE = "العاهل السعودي يستقبل الرئيس المصري عبدالفتاح السيسي في نيوم\n"
OTHER_HEADLINES = ("البنك المركزي يرفع سعر الفائدة نصف نقطة مئوية\n"
                   "الحكومة تعلن موعد طرح السندات الدولارية الجديدة\n")
CLOSING = "وأشار الوزير إلى أن الحكومة تعمل على تقليص الدين العام وتحسين مناخ الاستثمار في البلاد خلال الفترة المقبلة.\n"


def test_a_run_of_related_headlines_does_not_make_the_bodys_earlier_meeting_news():
    earlier = ("وكان العاهل السعودي الملك سلمان بن عبدالعزيز قد استقبل الرئيس المصري عبدالفتاح السيسي في نيوم "
               "خلال زيارة سابقة للمملكة.\n")
    assert reported(BODY + earlier + OTHER_HEADLINES + HEADLINE + CLOSING) == []
    assert reported(BODY + earlier + HEADLINE + OTHER_HEADLINES + CLOSING) == []


def test_a_run_of_headlines_alone_naming_the_pair_keeps_its_meeting():
    # a same-day headline of the trip under way ("اقرأ أيضا" then the trip's other pages): the page's own text
    # gives the pair nothing to read it by
    assert reported(BODY + "اقرأ أيضًا\n" + OTHER_HEADLINES + HEADLINE + CLOSING) == PAIR


def test_a_meeting_told_only_after_a_read_more_cue_is_not_the_pages():
    assert reported(BODY + "للمزيد: " + HEADLINE + CLOSING) == []
    assert reported(BODY + "اقرأ أيضاً: " + HEADLINE + CLOSING) == []


def test_a_lone_short_line_and_a_run_closing_the_page_keep_their_meeting():
    # a lone short line between body paragraphs is a subheading; a run with no body after it is not set inside
    assert reported(BODY + HEADLINE + CLOSING) == PAIR
    assert reported(BODY + CLOSING + OTHER_HEADLINES + HEADLINE) == PAIR


def test_short_sentences_and_a_cue_word_without_colon_keep_their_meeting():
    stopped = HEADLINE.replace("\n", ".\n")
    assert reported(BODY + OTHER_HEADLINES.replace("\n", ".\n") + stopped + CLOSING) == PAIR
    assert reported(BODY + "للمزيد من التنسيق " + HEADLINE + CLOSING) == PAIR
