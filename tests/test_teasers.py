"""The headlines under a "read also" heading in the middle of an article are other articles' (tasks.teasers,
read by tasks.clean.strip_chrome): they go with the heading; the body after them stays. Invented texts."""
from __future__ import annotations

from tasks.clean import strip_chrome
from tests.test_clean import BODY

TEASERS = ["الرئيس الروسي يستقبل نظيره التركي في سوتشي لبحث الأزمة السورية",
           "وزير المالية يعلن خطة جديدة لدعم الصادرات.. و«الغرفة»: خطوة متأخرة"]


def test_headlines_under_a_read_also_heading_mid_article_go_with_it():
    text = "\n".join([BODY[0], BODY[1], "اقرأ أيضًا", *TEASERS, BODY[2]])
    assert strip_chrome(text) == "\n".join(BODY)


def test_a_short_sentence_right_after_a_read_also_heading_is_body():
    short = "وأكد المتحدث أن الزيارة ناجحة."
    text = "\n".join([BODY[0], BODY[1], "اقرأ أيضًا", short, BODY[2]])
    assert strip_chrome(text) == "\n".join([BODY[0], BODY[1], short, BODY[2]])


def test_short_lines_with_no_read_also_heading_before_them_stay():
    text = "\n".join([BODY[0], BODY[1], *TEASERS, BODY[2]])
    assert strip_chrome(text) == "\n".join([BODY[0], BODY[1], *TEASERS, BODY[2]])


def test_a_title_under_a_latest_news_label_atop_the_page_stays():
    title = "الرئيس الروسي يستقبل نظيره التركي في سوتشي"
    text = "\n".join(["آخر الأخبار", title, BODY[0], BODY[1]])
    assert strip_chrome(text) == "\n".join([title, BODY[0], BODY[1]])
