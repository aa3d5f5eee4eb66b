"""A press conference told with its place before its "مع" (with) or "إلى جانب" (alongside) is a joint one (visits.press_place),
and so is one "alongside" a leader. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

PUB = dt.date(2019, 4, 3)  # a Wednesday


def reported(text):
    return [(r["visitor"], r["host"], r["city"]) for r in run_dated(text, PUB) if r["kind"] == "reported"]


def test_a_press_conference_in_a_city_with_a_leader_is_their_meeting():
    """"قال بوتين خلال مؤتمر صحفي في موسكو مع أردوغان" (said at a press conference in Moscow with Erdogan)."""
    assert reported("وقال بوتين خلال مؤتمر صحفي في موسكو مع أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_press_conference_with_a_bi_place_before_its_with_is_their_meeting():
    """"في مؤتمر صحفي بالقاهرة مع بوتين" (at a press conference in Cairo with Putin): the place glued to bi-."""
    assert reported("وقال السيسي في مؤتمر صحفي بالقاهرة مع بوتين إن البلدين سيوسعان التعاون.") == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_leaders_own_press_conference_with_a_later_with_is_no_meeting():
    """Negative: "في مؤتمر صحفي في موسكو إن الاتفاق مع أردوغان قريب" (at a press conference in Moscow, that
    the deal with Erdogan is near): the "مع" is not right after the place; one leader speaks alone."""
    assert reported("وقال بوتين في مؤتمر صحفي في موسكو إن الاتفاق مع أردوغان قريب.") == []


def test_a_press_conference_alongside_a_leader_is_their_meeting():
    """"في مؤتمر صحفي إلى جانب أردوغان" (at a press conference alongside Erdogan) and "في مؤتمر صحافي وإلى جانبه
    أردوغان" (with Erdogan beside him) say "with" (triggers.yaml press_conference)."""
    assert reported("وقال بوتين في مؤتمر صحفي إلى جانب أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Vladimir Putin", "Recep Tayyip Erdogan", None)]
    assert reported("وقال بوتين في مؤتمر صحافي وإلى جانبه أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Vladimir Putin", "Recep Tayyip Erdogan", None)]


def test_a_press_conference_held_in_a_city_with_or_alongside_a_leader_is_their_meeting():
    """"في مؤتمر صحفي عقده في موسكو مع أردوغان" (at a press conference he held in Moscow with Erdogan), "عقد
    بموسكو إلى جانب أردوغان" (held in Moscow alongside Erdogan): "held" before the place (press_held_words)."""
    assert reported("وقال بوتين في مؤتمر صحفي عقده في موسكو مع أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
    assert reported("وقال بوتين في مؤتمر صحفي عقد بموسكو إلى جانب أردوغان إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_leaders_own_press_conference_held_in_a_city_is_still_no_meeting():
    """Negative: "في مؤتمر صحفي عقده في موسكو إن الاتفاق مع أردوغان قريب" (at a press conference he held in
    Moscow, that the deal with Erdogan is near), and a minister's press conference alongside his counterpart."""
    assert reported("وقال بوتين في مؤتمر صحفي عقده في موسكو إن الاتفاق مع أردوغان قريب.") == []
    assert reported("وقال وزير الخارجية الروسي في مؤتمر صحفي إلى جانب نظيره التركي إن بوتين سيلتقي أردوغان.") == []


def test_a_press_conference_with_a_comma_before_its_with_is_their_meeting():
    """"عقد بوتين مؤتمرا صحفيا، مع الرئيس التركي أردوغان" (Putin held a press conference, with the Turkish
    president Erdogan): a comma alone between the noun and its "مع" keeps it joint."""
    assert reported("عقد بوتين اليوم في موسكو مؤتمرا صحفيا، مع الرئيس التركي رجب طيب أردوغان.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_press_conference_with_a_comma_then_with_an_event_is_no_meeting():
    """Negative: "في مؤتمر صحفي، مع تصاعد التوتر، إن أردوغان ..." (at a press conference, as tension rose, that
    Erdogan ...): after the comma's "مع" comes no leader; one leader speaks alone."""
    assert reported("وقال بوتين في مؤتمر صحفي، مع تصاعد التوتر، إن الرئيس التركي رجب طيب أردوغان شريك.") == []


def test_a_conference_held_between_him_and_a_leader_is_their_meeting():
    """"في كلمته خلال المؤتمر الذي عقد بينه وبين أردوغان" (in his speech at the conference held between him and
    Erdogan), "في المؤتمر الصحفي الذي جمع بينه وبين بوتين" (at the press conference that brought him and Putin
    together): "between him and" names the other side (triggers.yaml press_conference)."""
    assert reported("وقال بوتين، في كلمته خلال المؤتمر الذي عقد بينه وبين أردوغان في موسكو، إن العلاقات جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]
    assert reported("وأكد السيسي في المؤتمر الصحفي الذي جمع بينه وبين بوتين بالقاهرة أن البلدين سيوسعان التعاون.") == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_rift_or_a_coming_conference_between_him_and_a_leader_is_no_meeting():
    """Negative: "الخلاف بينه وبين أردوغان" (the rift between him and Erdogan) holds no meeting, and "المؤتمر الذي
    سيعقد بينه وبين أردوغان الشهر المقبل" (the conference to be held between them next month) is not yet held."""
    assert reported("وقال بوتين إن الخلاف بينه وبين أردوغان حول سوريا قديم.") == []
    assert reported("وقال بوتين إن المؤتمر الذي سيعقد بينه وبين أردوغان الشهر المقبل سيبحث سوريا.") == []


def test_a_press_conference_held_today_with_a_leader_is_their_meeting():
    """"في مؤتمر صحفي عقده اليوم مع أردوغان" (at a press conference he held today with Erdogan): the day between
    the relative verb and its "مع" (with)."""
    assert reported("وقال بوتين في مؤتمر صحفي عقده اليوم مع أردوغان في موسكو إن العلاقات بين البلدين جيدة.") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_press_conference_held_yesterday_with_a_minister_is_no_meeting():
    """Negative: held yesterday with a foreign minister, no leader after its "مع" (with)."""
    assert reported("وقال بوتين في مؤتمر صحفي عقده أمس مع وزير الخارجية التركي في موسكو إن العلاقات جيدة.") == []
