"""A titled name two namesakes held in office at once (tasks/extract/homonyms.namesakes_in_office):
"الملك عبدالله" (King Abdullah) between 2005 and 2015 is Jordan's Abdullah II or Saudi Arabia's
Abdullah; the one whose country the article names (and the other's not) is meant, else nobody.
Texts invented, the whole lexicon."""
import datetime as dt

from tasks.extract.entities import find_mentions
from tests.extract.test_visits_detect import reported_rows
from ziyarat.arabic import fold_with_map

D2013 = dt.date(2013, 3, 22)


def people(text, published=D2013):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == "person"]


def test_king_abdullah_in_an_article_naming_amman_is_jordans_king():
    text = "قال الرئيس الفرنسي هولاند خلال مؤتمر صحفي مشترك مع الملك عبدالله في عمان إن الأزمة السورية تتفاقم."
    assert "abdullah_ii" in people(text)
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2013)] == [
        ("Francois Hollande", "Abdullah II of Jordan")]


def test_king_abdullah_in_an_article_naming_riyadh_is_the_saudi_king():
    text = "قال الرئيس الفرنسي هولاند خلال مؤتمر صحفي مشترك مع الملك عبدالله في الرياض إن الأزمة السورية تتفاقم."
    assert "abdullah_bin_abdulaziz" in people(text) and "abdullah_ii" not in people(text)


def test_king_abdullah_in_an_article_naming_both_countries_stays_unresolved():
    text = "قال الرئيس الفرنسي هولاند بعد لقائه الملك عبدالله إن الأزمة في الأردن والسعودية تتفاقم."
    assert not {"abdullah_ii", "abdullah_bin_abdulaziz"} & set(people(text))
