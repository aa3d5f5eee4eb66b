"""ziyarat.quotation: which straight mark opens and which closes. Invented sentences."""
from ziyarat.quotation import quote_spans


def quoted(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_a_closing_mark_with_nothing_open_opens_no_quote_over_the_narrative():
    # the first quote lost its opening mark: its closing mark must not pair with the
    # next quote's opening mark and hide the sentence in between
    text = 'وأكد المتحدث أن الحوار مستمر". واستقبل الرئيس ضيفه أمس. وقال الضيف: "العلاقات ممتازة".'
    assert quoted(text) == ["العلاقات ممتازة"]


def test_an_unclosed_quote_gives_way_to_the_next_opening_mark_after_a_sentence_end():
    text = 'وقال الملك "نرحب بكل الضيوف. واستقبل الملك الرئيس أمس. وقال الرئيس "نشكر الأردن".'
    assert quoted(text) == ["نشكر الأردن"]
    # opened after a colon, the unclosed quote still holds its first sentence
    text = 'وقال الملك: "نرحب بكل الضيوف. واستقبل الملك الرئيس أمس. وقال الرئيس "نشكر الأردن".'
    assert quoted(text) == ["نرحب بكل الضيوف.", "نشكر الأردن"]


def test_a_multi_sentence_quote_stays_whole_beside_a_stray_mark():
    text = 'وقال الوزير: "التقيت نظيري أمس. وبحثنا التعاون. وسنلتقي قريبا". وكان الوزير "قد وصل صباحا.'
    assert quoted(text) == ["التقيت نظيري أمس. وبحثنا التعاون. وسنلتقي قريبا"]


def test_a_mark_spaced_on_the_wrong_side_inside_one_sentence_still_closes():
    # no sentence end inside: '"الطريق "للمخرج' is a quoted title with a misplaced space
    text = 'عرض المهرجان فيلم "الطريق "للمخرج الشاب، وقال إن العمل نجح".'
    assert quoted(text) == ["الطريق "]


def test_paragraphs_with_even_straight_marks_pair_in_order():
    # a quote inside a quote: the pieces cover the speech; a glued و" and لـ" open
    text = 'وقال: "ردوا علي: "لا نعرفه"، ثم أغلقوا الخط".\nوصرح لـ"الأهرام" و"الشروق" بذلك.'
    assert quoted(text) == ["ردوا علي: ", "، ثم أغلقوا الخط", "الأهرام", "الشروق"]


def test_a_tatweel_before_a_spaced_mark_opens_it():
    text = 'وقال مصدر لـ" الصحيفة " إن الوفد وصل، ولم يقل متى".'
    assert quoted(text) == [" الصحيفة "]


def test_guillemets_and_curly_marks_are_unchanged():
    text = 'قال «نحن هنا. وسنبقى» ثم ”نص معكوس“ وبعده “نص عادي”.'
    assert quoted(text) == ["نحن هنا. وسنبقى", "نص معكوس", "نص عادي"]


def test_an_opening_mark_spaced_like_a_closing_one_pairs_with_the_closing_mark_after_it():
    # three closing-side marks in a row: the last two pair, the first lost its opening mark
    text = 'وقال الوزير إن الحوار مستمر". وأضاف" سنواصل الحوار بين البلدين". ثم غادر.'
    assert quoted(text) == [" سنواصل الحوار بين البلدين"]


def test_a_quote_reopened_after_a_stop_keeps_both_parts_as_speech():
    text = 'وقالت المتحدثة "قررنا تعليق التدريبات. "ويشمل ذلك المناورات البحرية". وكان "مهما" ذلك.'
    assert quoted(text) == ["قررنا تعليق التدريبات. ", "ويشمل ذلك المناورات البحرية", "مهما"]
