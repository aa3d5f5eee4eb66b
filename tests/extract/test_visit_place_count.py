"""When no word says who travelled, direction's last guess is the count of each side's places in the
article (place.place_countries). A country named after an ambassador's title ("سفير السودان", Sudan's
ambassador, who serves abroad) names a person, not where the meeting is, and is not counted (lexicon
country_title_heads); a place in a locative still is, and so is the host's country in an article whose
meeting sentence names no place (the count, not the text's order, decides: a narrower rule was tried and
dropped, eval/ROUNDS.md session 26 direction26). Not when the article sets its story in a third country, by its
dateline ("جنيف (رويترز) -"), the summits it names (all of them in neither side's country) or a summit it (or
its headline) calls by a third country's city ("قمة جنيف", the Geneva summit: direction._summit_city): the two sides'
countries are then its subject, and the text's order stands (direction._third_scene). Invented texts, the real
lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2019, 3, 10)
BASHIR, ERDOGAN = "Omar al-Bashir", "Recep Tayyip Erdogan"
TRUMP, LOFVEN = "Donald Trump", "Stefan Löfven"
TALKS = "بحث الرئيس السوداني عمر البشير مع الرئيس التركي رجب طيب أردوغان العلاقات الثنائية يوم السبت."
PRESS = ("قال الرئيس الأمريكي دونالد ترامب في مؤتمر صحفي مع رئيس الوزراء السويدي ستيفان لوفين يوم السبت"
         " إن التجارة يجب أن تكون عادلة.")


def rows(text, title=None):
    out = defaultdict(list)
    extract_article("a", text, PUB, out, title=title)
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_an_ambassadors_country_is_not_the_venue():
    text = TALKS + (" وقال سفير السودان إن المباحثات تناولت الاستثمار. وأضاف سفير السودان أن الجانبين اتفقا"
                    " على زيادة التبادل التجاري مع تركيا.")
    assert rows(text) == [(BASHIR, ERDOGAN)]


def test_a_female_ambassadors_country_is_not_the_venue():
    text = TALKS + (" وقالت سفيرة السودان إن المباحثات تناولت الاستثمار. وأضافت سفيرة السودان أن الجانبين"
                    " اتفقا على زيادة التبادل التجاري مع تركيا.")
    assert rows(text) == [(BASHIR, ERDOGAN)]


def test_a_country_in_a_locative_still_counts():
    text = TALKS + (" وقال سفير السودان في أنقرة إن المباحثات تناولت الاستثمار. وأضاف أن الشركات ستعمل في"
                    " السودان والسودان يرحب بها.")
    assert rows(text) == [(ERDOGAN, BASHIR)]


def test_the_hosts_country_decides_when_the_meeting_sentence_names_no_place():
    # the text names Trump first; the article's one place (the United States) makes him the host
    text = PRESS + " وأضاف ترامب أن الشركات الأوروبية تبيع سياراتها في الولايات المتحدة دون رسوم."
    assert rows(text) == [(LOFVEN, TRUMP)]


def test_the_visitors_ambassador_leaves_the_hosts_country_deciding():
    text = PRESS + " وأضاف سفير السويد أن الشركات الأوروبية تبيع سياراتها في الولايات المتحدة دون رسوم."
    assert rows(text) == [(LOFVEN, TRUMP)]


SUDAN_PLACES = " وقال أردوغان إن الشركات التركية ستستثمر في السودان وإن السودان يرحب بها."


def test_sudans_places_named_more_make_bashir_the_host():
    assert rows(TALKS + SUDAN_PLACES) == [(ERDOGAN, BASHIR)]


def test_a_third_countrys_dateline_leaves_the_texts_order():
    assert rows("جنيف (رويترز) - " + TALKS + SUDAN_PLACES) == [(BASHIR, ERDOGAN)]
    assert rows("أديس أبابا (رويترز) - " + TALKS + SUDAN_PLACES) == [(BASHIR, ERDOGAN)]


def test_a_summit_in_a_third_country_leaves_the_texts_order():
    text = TALKS + " وكان الزعيمان يحضران قمة مجموعة العشرين في أوساكا." + SUDAN_PLACES
    assert rows(text) == [(BASHIR, ERDOGAN)]


def test_a_third_countrys_city_in_the_body_is_no_third_scene():
    # no dateline, no summit: Geneva's conference is another matter, and Sudan's places still decide
    text = TALKS + SUDAN_PLACES + " وتستضيف جنيف مؤتمرا للمانحين في الشهر المقبل."
    assert rows(text) == [(ERDOGAN, BASHIR)]


def test_a_summit_called_by_a_third_countrys_city_leaves_the_texts_order():
    text = TALKS + " ووصف معلقون قمة جنيف بأنها ناجحة." + SUDAN_PLACES
    assert rows(text) == [(BASHIR, ERDOGAN)]


def test_a_summit_the_headline_calls_by_a_third_countrys_city_leaves_the_texts_order():
    assert rows(TALKS + SUDAN_PLACES, title="البشير وأردوغان في ختام قمة جنيف") == [(BASHIR, ERDOGAN)]
    assert rows(TALKS + SUDAN_PLACES, title="البشير وأردوغان يختتمان مباحثاتهما") == [(ERDOGAN, BASHIR)]


def test_a_summit_called_by_a_sides_city_is_no_third_scene():
    text = TALKS + " ووصف معلقون قمة الخرطوم بأنها ناجحة." + SUDAN_PLACES
    assert rows(text) == [(ERDOGAN, BASHIR)]


def test_a_third_countrys_city_not_naming_the_summit_is_no_third_scene():
    text = TALKS + SUDAN_PLACES + " وستعقد القمة المقبلة للمانحين في جنيف."
    assert rows(text) == [(ERDOGAN, BASHIR)]
