"""Tails of a page inside its body (tasks/tails.py teasers_after): a related-articles heading
("اقرأ أيضًا", read also) in the middle of an article and the headlines it lists are dropped, and the
article goes on after them. Invented text."""
from __future__ import annotations

from tasks.clean import strip_chrome
from tasks.tails import teasers_after

BODY = [
    "قال رئيس الوزراء في تصريحات صحفية اليوم إن الحكومة ستواصل دعم المشروعات الصغيرة في المحافظات "
    "وتوفير فرص العمل للشباب خلال العام المقبل.",
    "وأضاف أن مجلس الوزراء ناقش في اجتماعه الأسبوعي خطة تطوير الموانئ وربطها بشبكة الطرق الجديدة "
    "التي يجري العمل فيها منذ أشهر.",
]
TEASERS = [
    "«الرئيس» يبحث مع نظيره التونسي الخميس التعاون في مجال الطاقة",
    "وزير المالية: موازنة العام المقبل تراعي البعد الاجتماعي",
]


def test_headlines_after_a_read_also_heading_inside_the_body_are_dropped():
    text = "\n".join([BODY[0], "اقرأ أيضًا", *TEASERS, BODY[1]])
    assert strip_chrome(text) == "\n".join(BODY)


def test_a_body_paragraph_right_after_a_read_also_heading_is_kept():
    # negative: the heading followed at once by the article's next paragraph (it ends like a sentence)
    text = "\n".join([BODY[0], "اقرأ أيضًا", BODY[1]])
    assert strip_chrome(text) == "\n".join(BODY)


def test_short_lines_with_no_read_also_heading_are_kept():
    # negative: the same short lines with no related-articles heading before them stay
    text = "\n".join([BODY[0], *TEASERS, BODY[1]])
    assert strip_chrome(text) == "\n".join([BODY[0], *TEASERS, BODY[1]])


def test_teasers_after_stop_at_the_first_line_ending_like_a_sentence():
    lines = [BODY[0], "اقرأ أيضا", "عنوان أول", "عنوان ثان", "جملة تنتهي بنقطة.", "عنوان بعدها"]
    kinds = [None, "tail", None, None, None, None]
    assert teasers_after(lines, kinds) == [2, 3]


def test_a_heading_above_the_body_keeps_the_title_after_it():
    # negative: a site menu's "آخر الأخبار" (latest news) at the top, then the article's own title
    # and dateline: no body paragraph before the heading, nothing after it is a teaser
    text = "\n".join(["آخر الأخبار", TEASERS[0], "القاهرة", *BODY])
    assert strip_chrome(text) == "\n".join([TEASERS[0], "القاهرة", *BODY])
