"""A plan cue ("من المنتظر أن", it is expected that) opening a clause of its own after "كما" (as
well) plans what follows it, not the meeting told before "كما" (tasks/extract/visits/ahead.py
plans_own_verb; grammar.yaml follow_on_openers); nor does a future of lasting in the visit's relative clause
("التي ستستمر يومين", which will last two days) plan a reception dated on publication's day (span.lasting_today);
nor does a plan told before "كما أن" (moreover) reach the visit of the clause it opens (plans.fresh_clause_between).
Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def rows(text, pub=dt.date(2017, 12, 6)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


PUB19 = dt.date(2019, 3, 13)
ARRIVAL = "يصل الرئيس الفرنسي إيمانويل ماكرون اليوم الأربعاء إلى الجزائر في زيارة رسمية. "


def test_a_speech_expected_after_kama_leaves_the_visits_meetings_held():
    # "Macron arrives today in Algiers ... and meets President Bouteflika and Prime Minister
    # Ouyahia, as it is also expected that he give a speech": the speech is expected, both
    # meetings are the day's
    text = ARRIVAL + "ويلتقي ماكرون الرئيس عبد العزيز بوتفليقة ورئيس الوزراء أحمد أويحيى كما من المنتظر أن يلقي خطابا أمام البرلمان."
    assert rows(text) == [("reported", "Emmanuel Macron", "Abdelaziz Bouteflika", "2017-12-06"),
                          ("reported", "Emmanuel Macron", "Ahmed Ouyahia", "2017-12-06")]


def test_a_plan_cue_after_a_comma_and_wa_still_plans_the_meeting_before_it():
    # "... meets President Bouteflika, and it is expected that he give a speech": no "كما", the
    # cue still reaches the meeting (unchanged)
    text = "ويلتقي الرئيس الفرنسي إيمانويل ماكرون الرئيس عبد العزيز بوتفليقة، ومن المنتظر أن يلقي خطابا أمام البرلمان."
    assert rows(text) == [("referenced", "Emmanuel Macron", "Abdelaziz Bouteflika", "None")]


def test_a_meeting_the_kama_clause_itself_expects_stays_planned():
    # "Macron gives a speech to parliament, as it is also expected that he meet President
    # Bouteflika": the meeting is the كما clause's own, expected
    text = "ويلقي الرئيس الفرنسي إيمانويل ماكرون خطابا أمام البرلمان كما من المنتظر أن يلتقي الرئيس عبد العزيز بوتفليقة."
    assert rows(text) == [("referenced", "Emmanuel Macron", "Abdelaziz Bouteflika", "None")]


PLANNED_TALKS = ("أعرب الرئيس الإيطالي عن أمله في تسوية قريبة، مؤكدا أنه يعتزم بحث الأزمة خلال لقائه "
                 "نظيره الروسي فلاديمير بوتين الخميس في الكرملين. ")


def test_a_visit_his_own_relative_clause_tells_under_way_is_no_part_of_the_talks_plan():
    # "he intends to raise it at his meeting with Putin on Thursday. Napolitano, who is making his
    # visit to Russia, said ...": the visit is under way on publication day (a Thursday), though its
    # talks are still ahead; the possessive "بزيارته" as well as "بزيارة" (ahead.inherit_trip_plan, making)
    for visit in ("بزيارته", "بزيارته الأولى"):
        text = PLANNED_TALKS + f"وقال جورجو نابوليتانو الذي يقوم {visit} إلى روسيا إنه سيطرح ملف الطاقة مع بوتين بعد الظهر."
        assert rows(text, dt.date(2013, 2, 28)) == [
            ("reported", "Giorgio Napolitano", "Vladimir Putin", "2013-02-28")], visit


def test_a_visit_his_relative_clause_tells_ahead_stays_part_of_the_plan():
    # "... who WILL make his visit to Russia": sa- future, the visit is the plan's (unchanged)
    text = PLANNED_TALKS.replace("الخميس", "الأسبوع المقبل") + \
        "وقال جورجو نابوليتانو الذي سيقوم بزيارته إلى روسيا إنه سيطرح ملف الطاقة مع بوتين."
    got = rows(text, dt.date(2013, 2, 28))
    assert got and all(r[:3] == ("referenced", "Giorgio Napolitano", "Vladimir Putin") for r in got)

def test_a_meeting_begun_expected_to_focus_on_a_topic_is_held():
    # "Macron and Bouteflika began today in Algiers talks expected to focus on memory": the focus is
    # expected, the talks begun (grammar.yaml content_verbs)
    text = ("بدأ الرئيس الفرنسي إيمانويل ماكرون والرئيس عبد العزيز بوتفليقة اليوم الأربعاء في الجزائر "
            "محادثات من المتوقع أن تركز على ملف الذاكرة.")
    assert [r[:2] for r in rows(text)] == [("reported", "Emmanuel Macron")]


def test_a_meeting_ahead_expected_to_focus_on_a_topic_stays_planned():
    text = ("يبدأ الرئيس الفرنسي إيمانويل ماكرون والرئيس عبد العزيز بوتفليقة الخميس المقبل في الجزائر "
            "محادثات من المتوقع أن تركز على ملف الذاكرة.")
    assert [r[:2] for r in rows(text)] == [("referenced", "Emmanuel Macron")]


MONDAY = dt.date(2017, 12, 4)


def test_a_visits_length_told_ahead_does_not_plan_a_reception_dated_today():
    # "King Abdullah receives today, Monday, President Abbas during his visit to Jordan, which will last two
    # days": the visit runs today (span.lasting_today)
    text = "يستقبل العاهل الأردني الملك عبدالله الثاني اليوم الاثنين الرئيس الفلسطيني محمود عباس خلال زيارته للأردن التي ستستمر يومين."
    assert rows(text, MONDAY) == [("reported", "Mahmoud Abbas", "Abdullah II of Jordan", "2017-12-04")]


def test_a_visits_length_with_sawfa_does_not_plan_a_reception_dated_today():
    # "... during his visit to Jordan, which will (sawfa) last one day"
    text = "يستقبل العاهل الأردني الملك عبدالله الثاني اليوم الرئيس الفلسطيني محمود عباس خلال زيارته للأردن والتي سوف تستمر يوما واحدا."
    assert rows(text, MONDAY) == [("reported", "Mahmoud Abbas", "Abdullah II of Jordan", "2017-12-04")]


def test_a_visits_length_told_ahead_still_plans_a_reception_dated_tomorrow_or_undated():
    # tomorrow, or no day at all: the length is a plan's (unchanged)
    tomorrow = "يستقبل العاهل الأردني الملك عبدالله الثاني غدا الرئيس الفلسطيني محمود عباس خلال زيارته للأردن التي ستستمر يومين."
    undated = "يستقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفلسطيني محمود عباس خلال زيارته للأردن التي ستستمر يومين."
    assert [r[0] for r in rows(tomorrow, MONDAY)] == ["referenced"]
    assert [r[0] for r in rows(undated, MONDAY)] == ["referenced"]


def test_a_visit_begun_yesterday_lasting_until_a_day_next_week_is_held():
    # "Macron began yesterday, Tuesday, a visit to Algeria lasting until next Friday morning"
    # (span.closing_cue: "المقبل" dates only the end of the visit under way)
    text = "وبدأ الرئيس الفرنسي إيمانويل ماكرون زيارة للجزائر أمس الثلاثاء، تستمر حتى صباح الجمعة المقبل، " \
           "يلتقي خلالها الرئيس الجزائري عبد العزيز بوتفليقة."
    assert [r[0] for r in rows(text)] == ["reported"]


def test_a_visit_beginning_next_week_lasting_until_a_later_day_stays_planned():
    # "Macron begins next Sunday a visit to Algeria lasting until next Wednesday morning": all ahead
    text = "ويبدأ الرئيس الفرنسي إيمانويل ماكرون زيارة للجزائر الأحد المقبل، تستمر حتى صباح الأربعاء المقبل، " \
           "يلتقي خلالها الرئيس الجزائري عبد العزيز بوتفليقة."
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_plan_before_kama_anna_is_not_the_later_clauses_visit():
    # "the crisis was behind changing the date of the summit Macron was to hold with Sisi tomorrow in Cairo, and
    # moreover cutting short his visit to Berlin is due to the same cause" (plans.fresh_clause_between): the plan
    # and the morrow are the summit's; the Berlin visit is held
    text = ("قال المتحدث إن الأزمة الداخلية كانت وراء تغيير موعد القمة التي كان من المفترض أن يعقدها الرئيس إيمانويل "
            "ماكرون مع الرئيس عبد الفتاح السيسي يوم غد الخميس في القاهرة، كما أن تقليص مدة زيارته إلى برلين ولقاء "
            "المستشارة أنغيلا ميركل يعود إلى السبب ذاته.")
    assert ("reported", "Emmanuel Macron", "Angela Merkel", "None") in rows(text, PUB19)


def test_a_plan_before_kama_anna_with_a_future_of_its_own_stays_planned():
    # negative: "Macron is to meet Merkel tomorrow in Berlin, and moreover his visit to Rome and meeting Conte will
    # be on Friday": the kama-anna clause tells its own future
    text = ("قال المتحدث إن من المقرر أن يلتقي الرئيس إيمانويل ماكرون المستشارة أنغيلا ميركل يوم غد الخميس في برلين، "
            "كما أن زيارته إلى روما ولقاءه رئيس الوزراء جوزيبي كونتي سيكونان الجمعة.")
    found = rows(text, PUB19)
    assert found and {r[0] for r in found} == {"referenced"}


def test_a_plan_before_a_bare_kama_still_plans_the_follow_on_meeting():
    # negative: "Macron is to meet Merkel tomorrow, as he meets Conte as well": a bare "كما" shares the plan
    text = "ومن المقرر أن يلتقي الرئيس إيمانويل ماكرون المستشارة أنغيلا ميركل غدا، كما يلتقي رئيس الوزراء جوزيبي كونتي."
    assert [r[0] for r in rows(text, PUB19)] == ["referenced", "referenced"]


# A plan cue after an arrival noun that holds another meeting word or stands right after one is that meeting's
# (plans._arrival_ahead_of): "تغطية وصول X إلى هلسنكي تمهيدا للقمة المرتقبة" (covering X's arrival in Helsinki
# ahead of the awaited summit) tells the arrival; the noun's own "المرتقب" and a cue before it still plan it.
PUB18 = dt.date(2018, 7, 16)
PUTIN_ARRIVES = "وصول الرئيس الروسي فلاديمير بوتين إلى هلسنكي"


def test_an_arrival_ahead_of_the_awaited_summit_is_told():
    for purpose in ("تمهيدا للقمة المرتقبة", "للقمة المقررة"):
        text = f"احتشد الصحفيون في المطار لتغطية {PUTIN_ARRIVES} {purpose}."
        assert rows(text, PUB18) == [("reported", "Vladimir Putin", "Sauli Niinisto", "None")], purpose


def test_an_awaited_arrival_stays_planned():
    text = "تستعد هلسنكي لوصول الرئيس الروسي فلاديمير بوتين المرتقب إلى العاصمة الفنلندية."
    assert rows(text, PUB18) == [("referenced", "Vladimir Putin", "Sauli Niinisto", "None")]


def test_an_arrival_scheduled_ahead_of_the_summit_stays_planned():
    text = f"من المقرر {PUTIN_ARRIVES} تمهيدا للقمة المرتقبة."
    assert rows(text, PUB18) == [("referenced", "Vladimir Putin", "Sauli Niinisto", "None")]
