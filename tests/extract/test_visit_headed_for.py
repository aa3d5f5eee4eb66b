"""A past "توجه" (headed) with its subject between it and "إلى" (to): "توجه أردوغان الثلاثاء إلى
دمشق" (Erdogan headed to Damascus on Tuesday) is a trip when a place follows that "إلى"
(triggers.yaml head_for, visits.heading.goal_place); turning to people, addressing thanks or a
movement's turning to a country is none.
Invented sentences, the stand-in lexicon of test_visits."""
import pytest

from tests.extract.test_visits import run


def reported(text):
    return [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # no visit noun: the verb alone, past the subject and a day, tells the trip
    "توجه أردوغان الثلاثاء إلى دمشق. وقال أردوغان إن العلاقات متينة.",
    # after a dateline's dash, and after "وقد"
    "أنقرة (وكالات) - توجه أردوغان الثلاثاء إلى دمشق.",
    "وقد توجه أردوغان الثلاثاء إلى دمشق.",
    # a time set off between commas before the "إلى"
    "وتوجه أردوغان، مساء الثلاثاء، إلى دمشق.",
])
def test_headed_with_its_subject_before_the_place_is_a_trip(text):
    assert reported(text) == [("Recep Tayyip Erdogan", "Bashar al-Assad")]


def test_that_visit_after_a_headed_trip_is_that_trip_not_a_leader_named_beside_it():
    # "that visit comes to refute what Putin said": the visit is Erdogan's to Damascus, Putin only spoke
    text = "توجه أردوغان الثلاثاء إلى دمشق للمرة الثانية. وتأتي تلك الزيارة لتدحض تصريحات أدلى بها بوتين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    "وتوجه أردوغان إلى مدعويه في القصر بكلمة قصيرة.",  # turned to his guests: no place after "إلى"
    "توجه أردوغان بالشكر إلى دمشق على موقفها.",  # addressed his thanks to Damascus: a bi- object first
    "توجه أردوغان إلى الصحفيين قائلا إن دمشق شريك.",  # a place further on, not after the "إلى"
    "ويأتي ذلك في ظل توجه أردوغان إلى دمشق لتنويع شركائه.",  # the noun "توجه" (a turn toward): no clause opens
    "ويثير توجه أردوغان إلى دمشق قلق بوتين.",  # the noun as a verb's subject
])
def test_headed_to_people_or_with_an_object_is_no_trip(text):
    assert reported(text) == []


def test_a_movement_turning_to_a_country_dates_no_leaders_visit():
    # "the movement turned to Damascus on Tuesday ... coinciding with a visit Erdogan is making to Moscow": no
    # person heads anywhere in the first sentence, so its Tuesday is not the day of Erdogan's visit
    text = "توجهت الحركة الثلاثاء إلى دمشق تطالبها بالتدخل. وتزامن ذلك مع زيارة يقوم بها أردوغان لموسكو."
    [row] = [r for r in run(text) if r["kind"] == "reported"]
    assert (row["visitor"], row["host"], row["date"]) == ("Recep Tayyip Erdogan", "Vladimir Putin", None)


def test_a_trip_leg_in_the_lead_dates_only_the_meeting_in_its_country():
    """"Obama met Abbas and King Abdullah during the tour. Obama went from Israel to Amman on Friday": the
    Friday is the Jordan leg's, not the day he met Abbas (visits.lead_day._trip_elsewhere; the real lexicon)."""
    import datetime as dt

    import polars as pl

    from tasks.extract import extract
    text = ("اختتم الرئيس الأمريكي باراك أوباما جولته في المنطقة. والتقى أوباما خلال الجولة الرئيس الفلسطيني "
            "محمود عباس والعاهل الأردني الملك عبد الله الثاني. وتوجه أوباما من إسرائيل إلى عمان الجمعة وسط عاصفة.")
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2013, 3, 23)]}))
    rows = sorted((r["host"], r["city"], r["date"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")
    assert rows == [("Abdullah II of Jordan", "Amman", dt.date(2013, 3, 22)), ("Mahmoud Abbas", None, None)]


@pytest.mark.parametrize("text", [
    # "Erdogan travelled to Damascus on Tuesday on a short visit": "سافر" heads for the place like "توجه"
    "سافر أردوغان الثلاثاء إلى دمشق في زيارة قصيرة.",
    "وسافر أردوغان، مساء الثلاثاء، إلى دمشق.",
])
def test_travelled_with_its_subject_before_the_place_is_a_trip(text):
    assert reported(text) == [("Recep Tayyip Erdogan", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    # the players travelled, not the leader; he travelled abroad (no place); in his memory (a bi- object first)
    "زار أردوغان المعسكر الثلاثاء قبل أن سافر اللاعبون إلى دمشق.",
    "سافر أردوغان الثلاثاء إلى الخارج.",
    "سافر أردوغان بذاكرته إلى دمشق أيام الطفولة.",
])
def test_travelled_without_a_leader_heading_for_a_place_is_no_trip(text):
    assert reported(text) == []
