"""A verb of discussing with "معه" (with him) right after it and its subject after that
(visits.discussed.subject_named): "بحث معه الرئيس مرسي" (President Morsi discussed with him) names both sides, the
pronoun's owner named before. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 5)


def _reported(text):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, DAY) if r["kind"] == "reported")


def test_a_leader_discussing_with_him_after_the_pronoun_is_the_other_side():
    # "The Turkish president Gul left the presidential palace in Cairo after President Morsi discussed with
    # him the relations between the two countries"
    text = ("غادر الرئيس التركي عبد الله جول القصر الرئاسي بالقاهرة بعد أن بحث معه الرئيس محمد مرسي "
            "العلاقات بين البلدين.")
    assert _reported(text) == [("Abdullah Gul", "Mohamed Morsi")]


def test_a_minister_discussing_with_him_pairs_no_one():
    # negative: the one who discussed with him is the foreign minister, no leader
    text = ("غادر الرئيس التركي عبد الله جول القصر الرئاسي بالقاهرة بعد أن بحث معه وزير الخارجية المصري "
            "العلاقات بين البلدين.")
    assert _reported(text) == []
