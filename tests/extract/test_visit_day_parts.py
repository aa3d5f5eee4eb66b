"""Maghrebi "عشية" before a day word is the day's afternoon, not "on the eve of": "حل سلال عشية أمس
بتونس" (Sellal arrived in Tunis yesterday afternoon). months.yaml relative holds "عشية أمس", "عشية
اليوم"; tasks/extract/visits/article.py drops a cue that opens such a day phrase (_without_day_parts).
Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.dates import find_dates
from ziyarat.arabic import fold_with_map

PUB = dt.date(2017, 3, 9)  # a Thursday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_yesterday_afternoon_is_a_day_phrase():
    text = "حل الوزير الأول الجزائري عبد المالك سلال عشية أمس الأربعاء بتونس."
    [d] = find_dates(text, fold_with_map(text), PUB)
    assert (d.surface, d.date) == ("عشية أمس الأربعاء", dt.date(2017, 3, 8))


def test_an_arrival_yesterday_afternoon_is_held_and_dated():
    # "the Algerian prime minister arrived in Tunis yesterday afternoon on a working visit in which
    # he meets the head of government": held, on Wednesday
    text = "حل الوزير الأول الجزائري عبد المالك سلال عشية أمس بتونس في زيارة عمل يلتقي خلالها رئيس الحكومة يوسف الشاهد."
    assert rows(text) == [("reported", "Abdelmalek Sellal", "Youssef Chahed", "2017-03-08")]


def test_the_eve_of_a_leaders_visit_still_plans_that_visit():
    # "arrived in Tunis on the eve of President Bouteflika's visit": the visit is ahead (unchanged)
    text = "وصل الوزير الأول الجزائري عبد المالك سلال إلى تونس عشية زيارة الرئيس عبد العزيز بوتفليقة."
    assert ("referenced", "Abdelaziz Bouteflika", "Beji Caid Essebsi", "None") in rows(text)
