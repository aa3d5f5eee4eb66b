"""A meeting noun a demonstrative points back with ("هذا اللقاء", this meeting) adds no pair of its own
(tasks/extract/visits/anaphora.py). Invented sentences, the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(rows):
    return sorted((r["visitor"], r["host"]) for r in rows if r["kind"] == "reported")


def test_this_meeting_after_a_told_meeting_names_no_new_pair():
    """"In the course of this meeting Abbas told Putin of his concern about Trump's decision to stop aid":
    Trump is the topic, the meeting is the one told before (the real lexicon reads it)."""
    import datetime as dt

    import polars as pl

    from tasks.extract import extract
    text = ("استقبل الرئيس الروسي فلاديمير بوتين السبت الرئيس الفلسطيني محمود عباس في الكرملين. "
            "وفي سياق هذا اللقاء أبلغ عباس بوتين قلقه إزاء قرار الرئيس الأمريكي دونالد ترامب وقف المساعدات.")
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2019, 4, 3)]}))
    assert reported(out["visit_mentions"].to_dicts()) == [("Mahmoud Abbas", "Vladimir Putin")]


def test_this_meeting_with_the_told_pair_or_with_nothing_told_before_stays():
    # the same pair again: merged into the told meeting
    text = "استقبل بوتين الأسد في الكرملين. وفي سياق هذا اللقاء بحث الأسد مع بوتين الوضع."
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    # no meeting read before it: the one it points to is unread, its pair kept
    assert reported(run("وفي سياق هذا اللقاء بحث الأسد مع بوتين في موسكو الوضع.")) == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_a_meeting_noun_without_a_demonstrative_gives_its_own_pair():
    text = ("استقبل بوتين الأسد في الكرملين. "
            "وفي سياق اللقاء مع أردوغان في موسكو أبلغ بوتين أردوغان قلقه.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text)) or \
        ("Vladimir Putin", "Recep Tayyip Erdogan") in reported(run(text))


def test_that_visit_after_someone_elses_trip_names_no_pair_of_its_own():
    """"The foreign minister arrived in Damascus ... that visit refutes what Putin said about the minister
    being held in Damascus": the visit pointed back to is the minister's, which gave no row; Putin and
    Assad did not meet (visits.anaphora._untold_trip)."""
    text = ("وصل وزير الخارجية الثلاثاء إلى دمشق في زيارة تستمر يومين. "
            "وتأتي تلك الزيارة لتدحض تصريحات أدلى بها بوتين عن أن الوزير كان محتجزا في دمشق.")
    assert reported(run(text)) == []


def test_that_visit_after_a_trip_of_one_of_the_pair_keeps_its_pair():
    # the trip told before, which gave no row (no place), is Putin's own: the visit pointed back to is his
    text = "وصل بوتين الثلاثاء إلى المنطقة في زيارة مفاجئة. وخلال هذه الزيارة التقى بوتين الأسد في دمشق."
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]
    # no trip told before at all: the one it points to is unread, its pair kept
    assert reported(run("وتأتي هذه الزيارة لتعزيز العلاقات، وقد التقى خلالها بوتين الأسد في دمشق.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]


def test_the_visit_with_no_owner_is_the_visit_told_before_not_a_later_named_leaders():
    # "Peres visited the EU's institutions in Brussels last week. During the visit I was invited to an event with
    # the Bulgarian president": the visit is Peres's, the Bulgarian only attended (anaphora._ownerless_visit);
    # so with "خلال الزيارة" and another outlet's wording (the real lexicon reads it)
    from tests.extract.test_visit_international_bodies import _kinds
    import datetime as dt
    pub = dt.date(2013, 3, 12)
    for second in ("وفي أثناء الزيارة دعيت للمشاركة في حدث بمشاركة رئيس بلغاريا روسن بلفنلييف في بروكسل.",
                   "وخلال الزيارة حضر الوفد حفلا أقامه الرئيس البلغاري روسن بلفنلييف في بروكسل."):
        text = "زار رئيس الدولة شمعون بيرس الأسبوع الماضي مؤسسات الاتحاد الأوروبي في بروكسل. " + second
        assert [k for k in _kinds(text, pub) if k[0] == "reported"] == [("reported", "Shimon Peres", "Elio Di Rupo")], second


def test_the_visit_with_its_owner_or_the_told_pair_keeps_its_pair():
    # near misses: the told pair again ("خلال الزيارة التقى" the same two), a visit with its genitive owner, and one
    # whose owner a relative clause names ("الزيارة التي يقوم بها أردوغان", the visit Erdogan is making)
    text = "وصل الأسد إلى موسكو. وخلال الزيارة بحث الأسد مع بوتين الوضع."
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    text = "وصل الأسد إلى دمشق. وتأتي زيارة أردوغان إلى موسكو للقاء بوتين في اليوم نفسه."
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text))
    text = "وصل الأسد إلى دمشق. وتأتي الزيارة التي يقوم بها أردوغان إلى موسكو للقاء بوتين في اليوم نفسه."
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text))
    # ... past an adjective too ("الزيارة الحالية التي", the current visit that), after a trip no leader made
    text = ("وصل وزير التجارة إلى دمشق. وقال الوزير إن البحث يجري خلال الزيارة الحالية التي يقوم بها أردوغان "
            "إلى موسكو للقاء بوتين.")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text))
