"""A statement quoted from its verb on, its subject left outside the marks ("قالت الرئاسة إن الرئيس الهندي
«أقام مأدبة عشاء»", the presidency said the Indian president "gave a dinner"), tells the leader's act in the
narrative's frame: the meeting is no speech (tasks/extract/visits/cited_names.py narrated_quotes, read by
Article.in_speech_at). A quote opening on a future, a noun, or after a colon stays speech. Invented texts, the
whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 3, 19)


def rows(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)]


def test_a_dinner_quoted_from_its_verb_after_the_host_is_the_visit():
    # "The presidency said on Tuesday evening that the Indian president, Pranab Mukherjee, «gave an official
    # dinner in honour of President Mohamed Morsi and his delegation»"
    text = ("قالت رئاسة الجمهورية، مساء الثلاثاء، إن الرئيس الهندي، برناب موخارجي، «أقام مأدبة عشاء رسمية، "
            "تكريما للسيد الرئيس محمد مرسي، والوفد المرافق له».")
    assert rows(text) == [("reported", "Mohamed Morsi", "Pranab Mukherjee")]


def test_a_reception_quoted_after_that_in_a_spokesman_s_words():
    # "The presidency's spokesman said that the French president François Hollande «received his Lebanese
    # counterpart Michel Suleiman at the Elysée this morning»"
    text = ("وقال المتحدث باسم الرئاسة إن الرئيس الفرنسي فرانسوا هولاند «استقبل نظيره اللبناني ميشال سليمان "
            "في قصر الإليزيه صباح اليوم».")
    assert rows(text) == [("reported", "Michel Suleiman", "Francois Hollande")]


def test_a_meeting_quoted_after_anna_in_a_royal_court_statement():
    # "A royal court statement said that the Jordanian monarch King Abdullah II «met the American president
    # Barack Obama at the White House yesterday»"
    text = ("وذكر بيان للديوان الملكي أن العاهل الأردني الملك عبد الله الثاني «التقى الرئيس الأمريكي باراك "
            "أوباما في البيت الأبيض أمس».")
    assert rows(text) == [("reported", "Abdullah II of Jordan", "Barack Obama")]


def test_a_quoted_future_stays_speech():
    # "Morsi said that the Indian president «will receive him in New Delhi next month»"
    text = "وقال الرئيس المصري محمد مرسي إن الرئيس الهندي برناب موخارجي «سيستقبله في نيودلهي الشهر المقبل»."
    assert rows(text) == []


def test_a_quote_after_a_colon_stays_speech():
    # "The spokesman said: «President Hollande received his Lebanese counterpart Michel Suleiman»"
    text = "وقال المتحدث باسم الرئاسة: «استقبل الرئيس فرانسوا هولاند نظيره اللبناني ميشال سليمان في الإليزيه»."
    assert rows(text) == []


def test_a_quote_with_a_verb_between_its_subject_and_the_mark_stays_speech():
    # "Obama said that Netanyahu told him: «I met Putin»": the quote is Netanyahu's words, after a verb
    text = "وقال أوباما إن نتنياهو أبلغه «التقى بوتين في موسكو أمس وبحث معه الملف السوري»."
    assert rows(text) == []
