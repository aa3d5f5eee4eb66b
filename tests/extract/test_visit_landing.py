"""A plane's landing told in its own sentence beside a leader's arrival or reception gives the meeting its
city (visits.landing): the landing names no leader, its city is in the host's country. Texts are invented."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import reported  # noqa: E402

D = dt.date(2013, 3, 20)


def test_the_presidential_plane_landing_after_the_arrival_gives_its_city():
    text = ("وصل الرئيس الأمريكي باراك أوباما اليوم الأربعاء إلى إسرائيل في أول زيارة له، والتقى رئيس الوزراء "
            "بنيامين نتانياهو. وهبطت الطائرة الرئاسية الأمريكية في مطار بن غوريون قرب تل أبيب.")
    assert reported(text, D) == [("Barack Obama", "Benjamin Netanyahu", "Tel Aviv")]
    # "قد" before the verb; the city it came from is another country's
    text = ("وصل رئيس الوزراء البريطاني ديفيد كاميرون اليوم إلى ليبيا حيث يلتقي رئيس الوزراء علي زيدان. "
            "وقد حطت الطائرة في العاصمة الليبية طرابلس قادمة من الجزائر صباح الخميس.")
    assert reported(text, D) == [("David Cameron", "Ali Zeidan", "Tripoli")]


def test_a_landing_before_the_reception_gives_its_city():
    text = ("وحطت الطائرة الرئاسية الأمريكية في مطار الملكة علياء جنوب عمان. واستقبل العاهل الأردني الملك "
            "عبد الله الثاني الرئيس الأمريكي باراك أوباما اليوم.")
    assert reported(text, D) == [("Barack Obama", "Abdullah II of Jordan", "Amman")]


def test_other_planes_and_other_landings_give_no_city():
    arrival = "وصل الرئيس الأمريكي باراك أوباما اليوم إلى إسرائيل والتقى رئيس الوزراء بنيامين نتانياهو. "
    for after in ("وهبطت طائرة تقل سياحا في مطار إيلات.",  # anyone's plane
                  "وهبطت أسعار النفط في لندن.",  # prices fell
                  "وكانت الطائرة قد أقلعت من واشنطن."):  # took off, from home
        assert reported(arrival + after, D) == [("Barack Obama", "Benjamin Netanyahu", None)]
