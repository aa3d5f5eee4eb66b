"""A small summit its host holds (tasks/extract/visits/small_summit.py): a meeting noun told as three-sided
that names its three leaders in its sentence, held in one of their countries, is each guest's visit to the
host (GUIDE: a small meeting); a third country's venue, none at all, a fourth leader or a larger number of
sides gives no pair. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 2, 7)  # a Thursday
CAIRO_GUESTS = [("Abdullah Gul", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6)),
                ("Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo", dt.date(2013, 2, 6))]
SUMMIT = ("انتهت أمس {where}القمة {sides} التي جمعت الرئيس محمد مرسي والرئيس الإيراني محمود أحمدي نجاد "
          "والرئيس التركي عبد الله جول{tail}.")


def _reported(text, published=DAY):
    return sorted((r["visitor"], r["host"], r["city"], r["date"]) for r in mention_rows(text, published)
                  if r["kind"] == "reported")


def test_the_guests_of_a_trilateral_summit_in_the_hosts_capital_visit_him():
    # "the trilateral summit that brought together Morsi, Ahmadinejad and Gül ended yesterday in Cairo"
    text = SUMMIT.format(where="في القاهرة ", sides="الثلاثية", tail=" لبحث الأزمة السورية")
    assert _reported(text) == CAIRO_GUESTS


def test_the_venue_named_in_the_next_sentence_beside_a_summit_series_names_the_host():
    # "the trilateral summit held yesterday between ... dealt with Syria" + "the Islamic summit had opened in
    # Cairo": the numbered summit is no bare "القمة" of the series the article names, and Cairo is Egypt's
    text = ("أعلن المتحدث أن القمة الثلاثية التي انعقدت أمس بين الرئيس محمود أحمدي نجاد والرئيس محمد مرسي "
            "والرئيس التركي عبد الله جول تناولت الملف السوري.\nوكانت القمة الإسلامية قد افتتحت أعمالها بالقاهرة أمس.")
    assert _reported(text) == CAIRO_GUESTS


def test_a_meeting_verb_told_in_a_trilateral_meeting_gives_the_hosts_pairs():
    # "Sisi met Bashir and Deby in a trilateral meeting in Khartoum": Bashir hosted both (no day told)
    text = ("والتقى الرئيس عبد الفتاح السيسي الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي "
            "في اجتماع ثلاثي بالخرطوم.")
    assert _reported(text, dt.date(2018, 1, 30)) == [("Abdel Fattah el-Sisi", "Omar al-Bashir", "Khartoum", None),
                                                     ("Idriss Deby", "Omar al-Bashir", "Khartoum", None)]


@pytest.mark.parametrize("where, sides, tail", [
    ("في نيويورك ", "الثلاثية", " لبحث الأزمة السورية"),  # a third country's city: no host
    ("", "الثلاثية", " لبحث الأزمة السورية"),  # no venue told
    ("في القاهرة ", "الثلاثية", "، فيما غاب أمير قطر الشيخ حمد بن خليفة"),  # a fourth leader named
    ("في القاهرة ", "الرباعية", " لبحث الأزمة السورية"),  # four sides, three named
])
def test_a_small_summit_with_no_host_or_other_sides_gives_no_pair(where, sides, tail):
    assert _reported(SUMMIT.format(where=where, sides=sides, tail=tail)) == []


def test_a_meeting_on_a_trilateral_summits_sidelines_stays_the_pairs_own():
    # "on the trilateral summit's sidelines in Cairo Morsi met his Turkish counterpart Gül yesterday"
    text = "وعلى هامش القمة الثلاثية في القاهرة التقى الرئيس محمد مرسي نظيره التركي عبد الله جول أمس."
    assert _reported(text) == [CAIRO_GUESTS[0]]
