"""A visit someone is now accompanying the traveller on ("الذي يرافق الرئيس ... في زيارته إلى مصر", who is
with the president on his visit to Egypt) is under way, told as news however deep in the text
(tasks/extract/visits/aside._accompanied_now); the perfect "رافق" (accompanied) keeps it an aside.
Invented sentences, the real lexicon."""
from __future__ import annotations

import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 3)  # the leaders named held office then
LEAD = "دافعت الحكومة الفرنسية اليوم عن حقها في فرض رسوم على الشركات الرقمية.\n"


def kinds(text):
    return [(v["kind"], v["visitor"], v["host"]) for v in mention_rows(text, DAY)]


def test_a_visit_an_adviser_is_accompanying_the_leader_on_is_reported():
    assert kinds(LEAD + "وقال مستشار الرئاسة الذي يرافق الرئيس الفرنسي إيمانويل ماكرون في زيارته إلى مصر "
                        "إن باريس لن تتراجع عن القرار.") == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi")]
    assert kinds(LEAD + "وأوضحت المتحدثة التي ترافق الرئيس الفرنسي إيمانويل ماكرون خلال زيارته إلى مصر "
                        "أن القرار نهائي.") == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi")]


def test_a_visit_an_adviser_accompanied_the_leader_on_stays_an_aside():
    assert kinds(LEAD + "وقال مستشار الرئاسة الذي رافق الرئيس الفرنسي إيمانويل ماكرون في زيارته إلى مصر "
                        "إن باريس لن تتراجع عن القرار.") == [("referenced", "Emmanuel Macron", "Abdel Fattah el-Sisi")]


def test_an_accompanying_verb_whose_object_is_not_the_traveller_does_not_put_the_visit_under_way():
    assert kinds(LEAD + "وقال الصحفي الذي يرافق الوفد، وهو من المقربين من الرئيس الفرنسي إيمانويل ماكرون في زيارته "
                        "إلى مصر، إن باريس لن تتراجع.") == [("referenced", "Emmanuel Macron", "Abdel Fattah el-Sisi")]
