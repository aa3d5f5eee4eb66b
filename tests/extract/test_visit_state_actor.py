"""A country or capital right after a feminine past verb is the state acting, not a place
("وتعهدت كوريا الشمالية", North Korea pledged; "وأعلنت بيونغيانغ", Pyongyang announced): when no word says
who travelled, the count of each side's places (place.place_countries, direction's last guess) leaves it
out (visits.actors). Places in a locative, a genitive after a plural noun, and the subject of a venue or
hosting verb ("شهدت", "استضافت") still count. Invented texts, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2018, 4, 28)
MEETING = "التقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جيه إن الجمعة."
KIM, MOON = "Kim Jong-un", "Moon Jae-in"


def rows(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def test_the_state_as_subject_does_not_make_its_leader_host():
    # the story is about North Korea's pledges: its name as the verbs' subject says nothing of the venue
    text = MEETING + " وتعهدت كوريا الشمالية بوقف تجاربها. وأعلنت بيونغيانغ أنها ستغلق الموقع النووي."
    assert rows(text) == [(KIM, MOON)]


def test_places_in_a_locative_still_count():
    text = MEETING + " ويقيم خبراء في كوريا الشمالية نتائج اللقاء. وفي بيونغيانغ احتفالات."
    assert rows(text) == [(MOON, KIM)]


def test_a_genitive_after_a_plural_noun_still_counts():
    text = MEETING + " وتتواصل محادثات كوريا الشمالية مع جيرانها. وتستمر اجتماعات بيونغيانغ."
    assert rows(text) == [(MOON, KIM)]


def test_the_subject_of_a_venue_or_hosting_verb_still_counts():
    text = MEETING + " وشهدت بيونغيانغ احتفالات. واستضافت كوريا الشمالية وفودا من الخارج."
    assert rows(text) == [(MOON, KIM)]


def test_a_second_subject_joined_by_wa_is_the_state_acting_too():
    text = MEETING + " وتعهدت الصين وكوريا الشمالية بمواصلة الحوار. وأعلنت بيونغيانغ أنها ستغلق الموقع النووي."
    assert rows(text) == [(KIM, MOON)]


def test_a_place_joined_by_wa_to_a_locative_still_counts():
    text = MEETING + " ويقيم خبراء في الصين وكوريا الشمالية نتائج اللقاء."
    assert rows(text) == [(MOON, KIM)]
