"""Talks that were calls (tasks/extract/visits/calls.py): talks told "also" after a call with one of the pair are
another call; "المناقشات" (discussions) are talks, "مناقشات هاتفية" a call, and talks with foreign leaders in general pair no one. Invented sentences, the stand-in lexicon of
test_visits (_real: the project's lexicon)."""
import pytest

from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


def test_talks_told_also_after_a_call_with_one_of_the_pair_are_another_call():
    """"Macron renewed his support in a phone call with Merkel ... Merkel also held talks on Wednesday with the
    Italian prime minister": another call (the real lexicon reads it)."""
    import datetime as dt

    import polars as pl

    from tasks.extract import extract
    text = ("جدد الرئيس الفرنسي إيمانويل ماكرون دعمه خلال اتصال هاتفي مع المستشارة الألمانية أنجيلا ميركل. "
            "وقال مسؤول إن أنجيلا ميركل أجرت أيضا محادثات الأربعاء مع رئيس الوزراء الإيطالي جوزيبي كونتي.")
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [dt.date(2018, 7, 5)]}))
    assert reported(out["visit_mentions"].to_dicts()) == []


def test_talks_also_told_with_a_trip_or_with_no_call_before_stay_held():
    # a trip in the talks' sentence: held
    text = ("جدد بوتين دعمه خلال اتصال هاتفي مع الأسد. "
            "ووصل الأسد إلى أنقرة والتقى أيضا أردوغان.")
    assert ("Bashar al-Assad", "Recep Tayyip Erdogan") in reported(run(text))
    # no call before: the talks are the news
    text = "استقبل بوتين السيسي في موسكو. وأجرى الأسد أيضا محادثات الأربعاء مع أردوغان."
    assert len(reported(run(text))) == 2


def _reported_real(text, day):
    import polars as pl

    from tasks.extract import extract
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return reported(out["visit_mentions"].to_dicts())


def test_a_visit_told_behind_a_call_in_the_lead_is_not_the_news():
    """The lead tells the two presidents' call today; their talks in Moscow four days before are the visit
    behind it (referenced), not the news."""
    import datetime as dt
    text = ("أجرى الرئيس الروسي فلاديمير بوتين ونظيره الفرنسي إيمانويل ماكرون اتصالا هاتفيا الاثنين تطرقا فيه إلى "
            "الوضع في ليبيا. وفي ختام محادثات ماكرون مع بوتين الخميس في موسكو أكد الرئيس الفرنسي أن البلدين يريدان الحل.")
    assert _reported_real(text, dt.date(2019, 4, 1)) == []


def test_a_trip_in_the_lead_or_a_call_between_others_leaves_the_visit_reported():
    import datetime as dt
    text = ("وصل الرئيس الفرنسي إيمانويل ماكرون اليوم الاثنين إلى موسكو في زيارة يلتقي خلالها الرئيس الروسي "
            "فلاديمير بوتين. وكان ماكرون قد أجرى اتصالا هاتفيا مع المستشارة الألمانية أنجيلا ميركل.")
    assert ("Emmanuel Macron", "Vladimir Putin") in _reported_real(text, dt.date(2019, 4, 1))


def test_the_talks_between_the_two_presidents_after_a_call_in_the_lead_are_that_call():
    """The lead tells Erdogan and Putin's call; "وتأتي المحادثات بين الرئيسين بعد أن انتقد بوتين دعم الغرب لمعارضي
    الرئيس السوري" (the talks between the two presidents come after Putin criticised the West's backing of the Syrian
    president's opponents) tells that call again: no meeting of Putin and Assad."""
    import datetime as dt
    text = ("بحث الرئيس التركي رجب طيب أردوغان خلال اتصال هاتفي ليل الأربعاء مع الرئيس الروسي فلاديمير بوتين الوضع "
            "في سوريا. وتأتي المحادثات بين الرئيسين بعد أن انتقد بوتين دعم الغرب لمعارضي الرئيس السوري بشار الأسد.")
    assert _reported_real(text, dt.date(2018, 4, 12)) == []


def test_talks_with_a_city_or_named_sides_after_a_call_in_the_lead_stay_held():
    """Negatives: the rule leaves talks given a city ("المحادثات بين الرئيسين في سوتشي", in Sochi) and talks whose
    sides are named, not a counterpart word ("محادثات بوتين مع الرئيس السوري بشار الأسد في موسكو الخميس")."""
    import datetime as dt
    lead = ("بحث الرئيس التركي رجب طيب أردوغان خلال اتصال هاتفي ليل الأربعاء مع الرئيس الروسي فلاديمير بوتين الوضع "
            "في سوريا. ")
    for talks in ("وتأتي المحادثات بين الرئيسين في سوتشي بعد أن انتقد بوتين دعم الغرب لمعارضي الرئيس السوري بشار الأسد.",
                  "وتأتي محادثات بوتين مع الرئيس السوري بشار الأسد في موسكو الخميس بعد الاتصال."):
        assert _reported_real(lead + talks, dt.date(2018, 4, 12)) == [("Bashar al-Assad", "Vladimir Putin")]


def test_talks_told_also_after_greetings_someone_conveyed_stay_held():
    """"Putin met Erdogan, who conveyed Rouhani's congratulations. Putin also met the Italian prime minister":
    greetings brought in person are no call, the second meeting is held too."""
    import datetime as dt
    text = ("التقى الرئيس الروسي فلاديمير بوتين في موسكو أمس الرئيس التركي رجب طيب أردوغان الذي نقل له تهنئة "
            "الرئيس الإيراني حسن روحاني. والتقى بوتين كذلك مع رئيس الوزراء الإيطالي جوزيبي كونتي.")
    assert sorted(_reported_real(text, dt.date(2019, 4, 3))) == [("Giuseppe Conte", "Vladimir Putin"),
                                                                ("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_talks_told_also_after_a_call_stay_a_call_with_greetings_in_it():
    """Negative: the earlier sentence tells a call (with congratulations in it): the "also" talks are another call."""
    import datetime as dt
    text = ("هنأ الرئيس الروسي فلاديمير بوتين في اتصال هاتفي أمس الرئيس التركي رجب طيب أردوغان. "
            "وبحث بوتين كذلك مع رئيس الوزراء الإيطالي جوزيبي كونتي العلاقات.")
    assert _reported_real(text, dt.date(2019, 4, 3)) == []
def _real(text, published):
    import datetime as dt
    from collections import defaultdict
    from tasks.extract import extract_article
    out = defaultdict(list)
    extract_article("a", text, dt.date.fromisoformat(published), out)
    return reported(out["visit_mentions"])


def test_discussions_with_a_leader_are_talks_held():
    # "المناقشات" (al-munaqashat, the discussions) is a talks noun as "المحادثات" is (triggers.yaml meet_noun)
    text = "وقالت المستشارة الألمانية أنجيلا ميركل إن المناقشات مع الرئيس الفرنسي فرانسوا هولاند في برلين أمس كانت مثمرة."
    assert _real(text, "2013-05-10") == [("Francois Hollande", "Angela Merkel")]


def test_discussions_by_phone_are_a_call():
    # ... and "مناقشات هاتفية" (phone discussions) a remote contact, as "مباحثات هاتفية" is
    text = "وأجرت المستشارة الألمانية أنجيلا ميركل مناقشات هاتفية مع الرئيس الفرنسي فرانسوا هولاند أمس."
    assert _real(text, "2013-05-10") == []


@pytest.mark.parametrize("noun", ["المناقشات", "المحادثات"])
def test_talks_with_foreign_leaders_in_general_pair_no_one(noun):
    # "في المناقشات مع الزعماء الأجانب" (in discussions with foreign leaders): a generic group in the partner's
    # slot (triggers.yaml nonleader_slot); "الرئيسين" (the two presidents) earlier in the sentence are not its sides
    text = ("قال الرئيس الروسي فلاديمير بوتين الخميس إن نظيره الأمريكي دونالد ترامب يستمع له. ونقلت رويترز عن بوتين "
            "قوله إن من الطبيعي أن تكون بين الرئيسين اختلافات، مشيرا إلى أن ذلك أمر معتاد في " + noun + " مع الزعماء الأجانب.")
    assert _real(text, "2018-10-18") == []


def test_talks_with_a_named_counterpart_beside_foreign_leaders_in_general_stay_held():
    text = ("وأجرى الرئيس الروسي فلاديمير بوتين الخميس في سوتشي مباحثات مع نظيره الأمريكي دونالد ترامب، "
            "وقال إن الخلاف أمر معتاد في المحادثات مع الزعماء الأجانب.")
    assert _real(text, "2018-10-18") == [("Donald Trump", "Vladimir Putin")]


# "Erdogan said long talks took place between him and Putin. Erdogan affirmed that cooperation goes on, after a
# phone call with Putin ..."
TALKS_THEN_CALL = ("قال أردوغان إن محادثات مطولة جرت بينه وبين بوتين. "
                   "وأكد أردوغان أن التعاون مستمر، وذلك بعد اتصال هاتفي {to}بوتين الذي زار الأسد.")


def test_talks_in_the_first_sentence_are_the_call_told_a_little_further_on():
    assert reported(run(TALKS_THEN_CALL.format(to="ب"))) == []


def test_talks_in_the_first_sentence_stay_held_when_the_later_call_is_with_someone_else():
    # "... after a phone call with the Syrian minister, in the presence of Putin": the call is not with the pair
    text = TALKS_THEN_CALL.format(to="بالوزير السوري بحضور ")
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text)) \
        or ("Vladimir Putin", "Recep Tayyip Erdogan") in reported(run(text))
