"""The legs of a trip (tasks/extract/visits/heading.py, ahead.next_leg): a departure told after
"قبل أن" (before) as what follows the clause's own act sets off a leg still ahead, no held visit
with the next host; a departure that is the news itself, or a meeting or arrival after "قبل أن",
stays held. A trip's countries listed after its first are legs of it (visits.tour.listed_destinations),
and "توجه" (set out) with its subject before "إلى" is a trip only to a place right after that "إلى".
Invented sentences, the stand-in lexicon of test_visits (article_rows: the project's lexicon)."""
import pytest

from tests.extract.test_visits import run


def rows(text):
    return [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in run(text)]


@pytest.mark.parametrize("text, host, before", [
    # the participle hangs on a departure verb after "قبل أن": he left after his speech, not yet there; the speech,
    # his own act in Cairo told verb first (visits.public_act.verb_owner), is his visit to Egypt, held
    ("ألقى أردوغان كلمة أمام البرلمان في القاهرة الثلاثاء قبل أن يغادر مصر متوجها إلى دمشق.", "Bashar al-Assad",
     [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "reported", False)]),
    # the trip's own verb is the departure ("يتوجه", heads for)
    ("ألقى أردوغان كلمة أمام البرلمان الثلاثاء قبل أن يتوجه إلى دمشق.", "Bashar al-Assad", []),
    # ... and the meeting it is for is that leg's purpose, ahead too
    ("ألقى أردوغان كلمة أمام البرلمان الثلاثاء قبل أن يتوجه إلى الرياض للقاء الملك سلمان.", "Salman bin Abdulaziz", []),
])
def test_a_departure_after_before_sets_off_a_leg_still_ahead(text, host, before):
    assert rows(text) == before + [("Recep Tayyip Erdogan", host, "referenced", True)]


@pytest.mark.parametrize("text", [
    "غادر أردوغان أنقرة الثلاثاء متوجها إلى دمشق.",  # the departure is the news: the trip under way
    "زار أردوغان متحفا في دمشق الثلاثاء قبل أن يلتقي الأسد.",  # a meeting after "قبل أن": held
    "ألقى أردوغان كلمة أمام البرلمان الثلاثاء قبل أن يتوجه إلى دمشق حيث التقى الأسد.",  # where he met him
])
def test_a_departure_that_is_the_news_or_a_meeting_after_before_stays_held(text):
    assert rows(text) == [("Recep Tayyip Erdogan", "Bashar al-Assad", "reported", False)]


TALKS_IN_AMMAN = "أجرى الرئيس الفرنسي إيمانويل ماكرون الأربعاء محادثات مع العاهل الأردني الملك عبد الله الثاني في عمان.\n"


@pytest.mark.parametrize("leaving", [
    "وغادر ماكرون عمان مساء الأربعاء متوجها إلى القاهرة لاستكمال جولته في المنطقة.",
    "وسيغادر ماكرون عمان مساء اليوم متوجها إلى القاهرة.",  # will leave this evening: ahead too
    "وغادر ماكرون الأردن في طريقه إلى القاهرة.",  # "on his way to", the same participle
])
def test_leaving_a_leg_abroad_for_another_country_sets_off_the_next_leg_still_ahead(leaving):
    # Amman, left abroad, is the tour's leg the article tells; Cairo, its next stop, is planned (heading.onward_leg)
    assert sorted(article_rows(TALKS_IN_AMMAN + leaving, "2019-04-03")) == [
        ("referenced", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo"),
        ("reported", "Emmanuel Macron", "Abdullah II of Jordan", "Amman")]


@pytest.mark.parametrize("text, held", [
    # leaving home is the trip under way
    ("غادر الرئيس الفرنسي إيمانويل ماكرون باريس مساء الأربعاء متوجها إلى القاهرة.",
     [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]),
    # no place left: the departure is the news
    ("غادر الرئيس الفرنسي إيمانويل ماكرون مساء الأربعاء متوجها إلى القاهرة.",
     [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]),
    # the next leg's meeting told as held by its own verb stays held
    ("غادر الرئيس الفرنسي إيمانويل ماكرون الأردن الأربعاء متوجها إلى القاهرة حيث التقى الرئيس عبد الفتاح السيسي.",
     [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]),
    # a leg told as background by "كان" (while he was leaving ...): begun, no stop ahead
    ("وبينما كان الرئيس الفرنسي إيمانويل ماكرون يغادر الأردن متوجها إلى القاهرة، وقع انفجار في سيناء.",
     [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]),
    # heading home after talks abroad: the leg left stays the news
    ("غادر الرئيس الفرنسي إيمانويل ماكرون عمان الأربعاء متوجها إلى باريس بعد محادثات مع العاهل الأردني "
     "الملك عبد الله الثاني.", [("reported", "Emmanuel Macron", "Abdullah II of Jordan", "Amman")]),
])
def test_leaving_home_or_heading_home_is_no_next_leg(text, held):
    assert article_rows(text, "2019-04-03") == held


def article_rows(text, published):
    import datetime as dt
    from collections import defaultdict
    from tasks.extract import extract_article
    out = defaultdict(list)
    extract_article("a", text, dt.date.fromisoformat(published), out)
    return [(v["kind"], v["visitor"], v["host"], v["city"]) for v in out["visit_mentions"]]


@pytest.mark.parametrize("text, published, held", [
    # heading for an airport is leaving (triggers.yaml departure_goals): no visit to its country ...
    ("غادر الرئيس الفرنسي إيمانويل ماكرون القصر متوجها إلى مطار الملك خالد الدولي في الرياض.", "2019-04-06", []),
    # ... nor his motorcade's: the visit word before it keeps its own place
    ("وفي بيت لحم يزور الرئيس الأمريكي باراك أوباما كنيسة المهد ثم يتوجه موكبه إلى مطار بن غوريون "
     "ومن هناك يستقل طائرته إلى عمان.", "2013-03-23", [("reported", "Barack Obama", "Mahmoud Abbas", "Bethlehem")]),
])
def test_setting_out_for_an_airport_visits_no_one_there(text, published, held):
    assert article_rows(text, published) == held


@pytest.mark.parametrize("text", [
    "وصل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى مطار الملك خالد الدولي في الرياض.",  # an arrival at the airport
    "غادر الرئيس الفرنسي إيمانويل ماكرون باريس متوجها إلى الرياض في زيارة رسمية.",  # heading for a city
])
def test_arriving_at_an_airport_or_heading_for_a_city_is_a_visit(text):
    assert [r[:3] for r in article_rows(text, "2019-04-06")] == [
        ("reported", "Emmanuel Macron", "Salman bin Abdulaziz")]


@pytest.mark.parametrize("text, kind", [
    # "ليل الجمعة" (Friday night) in a Friday paper: he has not set out (grammar.yaml evening_words)
    ("وقال مسؤول إن الرئيس الفرنسي فرانسوا أولاند سيتوجه إلى مالي ليل الجمعة.", "referenced"),
    ("وقال مسؤول إن الرئيس الفرنسي فرانسوا أولاند سيتوجه إلى مالي مساء الجمعة.", "referenced"),
    # the day alone by a sa- verb is told on the trip's eve, ahead too (visits.eve.told_on_eve: session 43, the
    # gold's "سيزور الجزائر الاربعاء" and "سيستقبل ... الجمعة 15 فبراير", reference_only); a past verb is the trip done
    ("وقال مسؤول إن الرئيس الفرنسي فرانسوا أولاند سيتوجه إلى مالي الجمعة.", "referenced"),
    ("وقال مسؤول إن الرئيس الفرنسي فرانسوا أولاند توجه إلى مالي ليل الجمعة.", "reported"),
])
def test_setting_out_on_the_evening_of_the_publication_day_is_ahead(text, kind):
    assert [r[:3] for r in article_rows(text, "2013-02-01")] == [(kind, "Francois Hollande", "Dioncounda Traore")]


TOUR_HOME = ("عاد الرئيس الفرنسي فرانسوا هولاند إلى باريس مساء أمس بعد جولة قام خلالها بزيارة المغرب وتونس والجزائر.\n"
             "وأشاد هولاند بالإصلاحات التي أجراها العاهل المغربي الملك محمد السادس في السنوات الأخيرة.")


def test_a_trip_to_listed_countries_visits_each_when_the_first_host_is_named_elsewhere():
    # the first country's king is named in the next sentence (the trip's host found there): Tunisia and
    # Algeria, listed with "و" after Morocco, are legs of the same trip all the same (tour.listed_destinations)
    assert sorted((k, v, h) for k, v, h, _ in article_rows(TOUR_HOME, "2013-03-24")) == [
        ("reported", "Francois Hollande", "Abdelaziz Bouteflika"),
        ("reported", "Francois Hollande", "Mohammed VI of Morocco"),
        ("reported", "Francois Hollande", "Moncef Marzouki")]


def test_countries_listed_after_a_later_trip_word_are_not_the_first_ones_legs():
    # the countries follow a second visit word ("وتشمل زيارة", and includes a visit to), not the first
    # one, whose country is the press conference's: no leg of it is reported
    text = ("وقال هولاند في مؤتمر صحفي بالرباط في إطار زيارته لشمال إفريقيا التي بدأت اليوم، وتشمل زيارة المغرب "
            "وتونس والجزائر، إن بلاده تدعم الإصلاحات.\n"
            "وأشاد هولاند بالإصلاحات التي أجراها العاهل المغربي الملك محمد السادس في السنوات الأخيرة.")
    assert [(k, v, h) for k, v, h, _ in article_rows(text, "2013-03-24") if k == "reported"] == [
        ("reported", "Francois Hollande", "Mohammed VI of Morocco")]


def test_setting_out_with_the_subject_and_day_before_the_goal_is_a_trip():
    # "توجه" (set out) with its subject and day between it and "إلى" (triggers.yaml head_for): the
    # subject travels to the place right after "إلى", as with "وصل" (arrived)
    text = "توجه الرئيس المصري محمد مرسي، مساء أمس، إلى العاصمة السودانية الخرطوم."
    assert article_rows(text, "2013-04-05") == [("reported", "Mohamed Morsi", "Omar al-Bashir", "Khartoum")]


@pytest.mark.parametrize("text", [
    "وتوجه الرئيس المصري محمد مرسي بالشكر إلى السودان على دعمه.",  # thanks addressed to Sudan (a bi- object before إلى)
    "يأتي ذلك في ظل توجه الرئيس الأمريكي باراك أوباما إلى فرض عقوبات على روسيا.",  # a leaning, no place after إلى
])
def test_setting_out_with_no_place_after_its_goal_word_is_no_trip(text):
    assert article_rows(text, "2013-04-05") == []


def test_setting_out_with_no_place_after_it_does_not_shadow_the_visit_noun_after_it():
    # "توجه ... لمقابلة الرئيس" (set out to meet the president) has no place after an "إلى": it is no trip word
    # (heading.governed), so "الزيارة" (the visit) after it is not "the same visit again" but the Iraq trip told first
    text = ("وبعد رجوعه من الزيارة التي قام بها إلى العراق، توجه رئيس الوزراء التونسي علي العريض صباح اليوم "
            "لمقابلة الرئيس المنصف المرزوقي وعرض عليه ما أسفرت عنه الزيارة.")
    assert [(k, v, h) for k, v, h, _ in article_rows(text, "2013-05-05")] == [
        ("reported", "Ali Laarayedh", "Nouri al-Maliki")]
