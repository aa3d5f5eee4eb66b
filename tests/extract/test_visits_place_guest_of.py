"""A guest's host country after "ضيفا على" (as the guest of): "يحل الرئيس ... اليوم ضيفا على تونس"
(arrives today as Tunisia's guest) is a trip to that country, its leader the host (grammar.yaml locatives).
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import reported

DAY = dt.date(2015, 6, 8)  # a Monday


def test_a_leader_arriving_as_a_countrys_guest_visits_it():
    assert reported("يحل الرئيس الفرنسي فرانسوا هولاند اليوم الاثنين ضيفا على تونس في زيارة رسمية "
                    "تدوم يومين.", DAY) == [("Francois Hollande", "Beji Caid Essebsi", None)]
    assert reported("حلت المستشارة الألمانية أنجيلا ميركل صباح اليوم ضيفة على تونس في زيارة عمل.", DAY) \
        == [("Angela Merkel", "Beji Caid Essebsi", None)]


def test_a_guest_of_a_programme_or_a_bare_ala_before_a_country_is_no_trip():
    assert reported("حل الرئيس الفرنسي فرانسوا هولاند أمس ضيفا على برنامج تلفزيوني في زيارة قصيرة "
                    "لاستوديوهات القناة.", DAY) == []
    assert reported("أكد الرئيس الفرنسي فرانسوا هولاند اليوم في زيارة رسمية أن الحرب على تونس "
                    "لن تنجح.", DAY) == []
