"""An official's office noun before a meeting verb vetoes it as the official's meeting
(tasks/extract/visits/officials.py official_subject), but not when the noun only owns a place, the genitive of a
residence or seat noun (visits.residence.owned_place; grammar.yaml residence_nouns, office_place_nouns): in "الى
مقر نائب الملك، حيث التقى" (to the viceroy's seat, where he met) the viceroy is no subject. Invented sentences,
the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2013, 2, 15)
HOLLANDE_MUKHERJEE = [("Francois Hollande", "Pranab Mukherjee")]


def reported(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported")


def test_a_meeting_at_an_officials_seat_where_a_leader_met_another():
    # "the guards went with the French president Hollande to the palace that was the viceroy's seat, where he
    # met the Indian president Mukherjee"
    text = ("رافق الحرس الرئيس الفرنسي فرنسوا هولاند الى القصر الذي كان مقر نائب الملك، "
            "حيث التقى الرئيس الهندي براناب مخيرجي.")
    assert reported(text) == HOLLANDE_MUKHERJEE


def test_a_meeting_at_an_officials_residence_or_office():
    # "Hollande moved to the vice president's residence, where he met Mukherjee"
    residence = ("انتقل الرئيس الفرنسي فرنسوا هولاند الى مقر اقامة نائب الرئيس، "
                 "حيث التقى الرئيس الهندي براناب مخيرجي.")
    assert reported(residence) == HOLLANDE_MUKHERJEE
    # "Hollande then went to the foreign minister's office, where he met Mukherjee"
    office = ("توجه الرئيس الفرنسي فرنسوا هولاند بعد ذلك الى مكتب وزير الخارجية "
              "حيث التقى الرئيس الهندي براناب مخيرجي.")
    assert reported(office) == HOLLANDE_MUKHERJEE


def test_a_leader_meeting_in_the_crown_princes_palace():
    # "in the crown prince's palace the French president Hollande met the Indian president Mukherjee"
    text = "وفي قصر ولي العهد التقى الرئيس الفرنسي فرنسوا هولاند الرئيس الهندي براناب مخيرجي."
    assert reported(text) == HOLLANDE_MUKHERJEE


def test_an_official_who_went_to_anothers_seat_still_met_the_leader():
    # negative: "the French foreign minister arrived at the head of government's seat (or the vice president's
    # office), where he met the Indian president Mukherjee": the minister met him, no leaders' meeting
    assert reported("وصل وزير الخارجية الفرنسي الى مقر رئيس الحكومة حيث التقى الرئيس الهندي براناب مخيرجي.") == []
    assert reported("وصل وزير الخارجية الفرنسي الى مكتب نائب الرئيس حيث التقى الرئيس الهندي براناب مخيرجي.") == []


def test_an_official_subject_after_the_place_phrase_or_heading_an_office():
    # negative: "in the crown prince's palace the French foreign minister met Mukherjee": the minister is the subject
    assert reported("وفي قصر ولي العهد التقى وزير الخارجية الفرنسي الرئيس الهندي براناب مخيرجي.") == []
    # negative: "Hollande said that the director of the foreign minister's office met Mukherjee": the director
    text = "وقال الرئيس الفرنسي فرنسوا هولاند إن مدير مكتب وزير الخارجية التقى الرئيس الهندي براناب مخيرجي."
    assert reported(text) == []
