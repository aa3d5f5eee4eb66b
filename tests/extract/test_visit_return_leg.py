"""A visit told through its end: the leader's return home ("عاد ... إلى القاهرة قادما من موسكو بعد زيارة التقى
خلالها بوتين", returned to Cairo from Moscow after a visit during which he met Putin) and the results he presents
("لعرض ما أسفرت عنه زيارته", to present what his visit resulted in). The place he returns to is no venue, the place
he comes from is; the returning leader travelled; the return's day is not the meeting's (visits.return_leg); his own
visit's results are the news (timing.own_outcome, tense.outcome_end). Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import DAY, mention_rows

pytest.importorskip("tasks.extract.entities")

SISI, PUTIN = "Abdel Fattah el-Sisi", "Vladimir Putin"
MERKEL, ERDOGAN, TAMIM = "Angela Merkel", "Recep Tayyip Erdogan", "Tamim bin Hamad Al Thani"
TRUMP, KIM = "Donald Trump", "Kim Jong-un"
SISI_TITLE, PUTIN_TITLE = "الرئيس عبد الفتاح السيسي", "الرئيس الروسي فلاديمير بوتين"


def _rows(text, published=DAY):
    return [(r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in mention_rows(text, published)]


@pytest.mark.parametrize("text", [
    # "returned to Cairo this morning coming from Moscow after a visit during which he met Putin"
    f"عاد {SISI_TITLE} إلى القاهرة صباح اليوم قادما من موسكو بعد زيارة التقى خلالها {PUTIN_TITLE}.",
    # "... back from Moscow, in which he met Putin" (a relative clause on the place he comes from)
    f"عاد {SISI_TITLE} إلى القاهرة صباح اليوم عائدا من موسكو التي التقى فيها {PUTIN_TITLE}.",
    # "... coming from Moscow, where he met Putin"
    f"عاد {SISI_TITLE} إلى القاهرة صباح اليوم قادما من موسكو، حيث التقى {PUTIN_TITLE}.",
])
def test_a_meeting_told_in_the_visit_a_return_ends_is_where_he_came_from(text):
    """Not Putin -> Sisi @ Cairo: Sisi travelled, Moscow is the meeting's; this morning is the return's, not the
    meeting's, whose day the text does not tell."""
    assert _rows(text) == [("reported", SISI, PUTIN, "Moscow", None)]


def test_an_arrival_home_coming_back_is_no_visit_and_a_stated_length_dates_the_visit():
    """"Arrived in Cairo yesterday evening back from Sochi after a two-day visit to Russia during which he met
    Putin": no visit to Putin of his arrival; the two days end yesterday (the 27th and the 28th)."""
    text = (f"وصل {SISI_TITLE} إلى القاهرة مساء أمس عائدا من سوتشي بعد زيارة لروسيا استغرقت يومين "
            f"التقى خلالها {PUTIN_TITLE}.")
    rows = [r for r in mention_rows(text) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["city"], r["date"], r["end_date"]) for r in rows] == [
        (SISI, PUTIN, "Sochi", dt.date(2019, 6, 27), dt.date(2019, 6, 28))]


def test_the_foreign_leader_returning_home_is_the_visitor():
    """"Merkel returned to Berlin coming from Ankara after a visit during which she met Erdogan"."""
    text = "عادت المستشارة الألمانية أنجيلا ميركل إلى برلين قادمة من أنقرة بعد زيارة التقت خلالها الرئيس التركي رجب طيب أردوغان."
    assert _rows(text) == [("reported", MERKEL, ERDOGAN, "Ankara", None)]


@pytest.mark.parametrize("text,expected", [
    # "arrived in Cairo coming from Moscow, and today received the Emir of Qatar": a new clause, at home
    (f"وصل {SISI_TITLE} إلى القاهرة قادما من موسكو، واستقبل اليوم أمير قطر الشيخ تميم بن حمد.",
     [("reported", TAMIM, SISI, "Cairo", DAY)]),
    # "Merkel arrived in Ankara coming from Berlin and met Erdogan": her home is where she comes from
    ("وصلت المستشارة الألمانية أنجيلا ميركل إلى أنقرة قادمة من برلين، والتقت الرئيس التركي رجب طيب أردوغان.",
     [("reported", MERKEL, ERDOGAN, "Ankara", None)]),
    # "returned to Cairo this morning, and had met Putin in Moscow yesterday": the meeting's own day and city
    (f"عاد {SISI_TITLE} إلى القاهرة صباح اليوم، وكان قد التقى أمس في موسكو {PUTIN_TITLE}.",
     [("reported", SISI, PUTIN, "Moscow", dt.date(2019, 6, 28))]),
])
def test_a_place_arrived_at_or_a_meeting_in_another_clause_keeps_its_reading(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize("text,city", [
    # "holds shortly a press conference in Moscow to present what his visit to Russia and his talks resulted in"
    (f"يعقد {SISI_TITLE} بعد قليل مؤتمرا صحفيا في موسكو لعرض ما أسفرت عنه زيارته لروسيا ومباحثاته مع {PUTIN_TITLE}.",
     "Moscow"),
    # "briefed the government on what his talks with Putin gave birth to"
    (f"أطلع {SISI_TITLE} الحكومة على ما تمخضت عنه مباحثاته مع {PUTIN_TITLE} في موسكو.", "Moscow"),
])
def test_the_results_of_his_own_visit_are_the_news(text, city):
    rows = _rows(text)
    assert [r[:4] for r in rows] == [("reported", SISI, PUTIN, city)]


def test_the_results_of_someone_elses_visit_are_an_earlier_visit():
    """Negative: "praised what President Sisi's visit to Moscow resulted in" (no pronoun): behind the news."""
    text = f"أشاد رئيس الوزراء الروسي بما أسفرت عنه زيارة {SISI_TITLE} لموسكو ولقاؤه مع {PUTIN_TITLE}."
    assert [r[:3] for r in _rows(text)] == [("referenced", SISI, PUTIN)]


def test_a_weekday_after_what_his_visit_yielded_is_the_one_before():
    """"... is not pleased with what his visit to Moscow on Tuesday yielded", written on a Saturday: the Tuesday
    before (not the nearest Tuesday, ahead), as after "نتائج زيارته"."""
    text = "وقال معارضون إن أردوغان لا يرضى عما تمخضت عنه زيارته لموسكو الثلاثاء ومباحثاته مع بوتين."
    assert _rows(text) == [("reported", ERDOGAN, PUTIN, "Moscow", dt.date(2019, 6, 25))]


@pytest.mark.parametrize("lead", [
    # "arrived in Cairo today Saturday after taking part in the G20 summit held in Osaka"
    f"وصل {SISI_TITLE} إلى القاهرة، اليوم السبت، بعد مشاركته في قمة مجموعة العشرين التي عقدت في أوساكا.",
    # "... today at the end of his tour of East Asia"
    f"وصل {SISI_TITLE} إلى القاهرة، اليوم السبت، في ختام جولته في شرق آسيا.",
])
def test_an_arrival_home_ending_a_trip_does_not_date_the_talks_held_on_it(lead):
    """"Sisi arrived in Cairo on Saturday after taking part in the summit. During this visit he held talks with
    Putin": the arrival in his own country is his return (return_leg.arrival_home: triggers.yaml trip_end_phrases),
    Saturday is the return's day, not the talks' (visits.lead_day), which the text does not tell."""
    text = lead + f"\nوأجرى السيسي، خلال هذه الزيارة، محادثات ثنائية مع {PUTIN_TITLE}."
    assert [r[:3] + r[4:] for r in _rows(text)] == [("reported", SISI, PUTIN, None)]


@pytest.mark.parametrize("lead,talks,expected", [
    # "arrived in Moscow today after taking part in the summit in Osaka": Moscow is not his country, a trip on
    (f"وصل {SISI_TITLE} إلى موسكو، اليوم السبت، بعد مشاركته في قمة مجموعة العشرين في أوساكا.",
     f"وأجرى السيسي محادثات مع {PUTIN_TITLE}.", [("reported", SISI, PUTIN, "Moscow", DAY)]),
    # "arrived in Aswan today to open the youth forum": a trip at home, no trip's end; its day dates the meeting
    (f"وصل {SISI_TITLE} إلى أسوان، اليوم السبت، لافتتاح منتدى الشباب.",
     f"والتقى السيسي خلال المنتدى {PUTIN_TITLE}.", [("reported", PUTIN, SISI, "Aswan", DAY)]),
    # "Putin arrived in Cairo today after his visit to Algeria": a foreigner's arrival, his visit to Sisi
    ("وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة، اليوم السبت، بعد زيارته للجزائر.",
     f"وأجرى بوتين محادثات مع {SISI_TITLE}.", [("reported", PUTIN, SISI, "Cairo", DAY)]),
])
def test_an_arrival_abroad_or_at_home_with_no_trip_ended_keeps_the_day(lead, talks, expected):
    """Negatives: an arrival after a trip somewhere else, at home for an event, or of a foreign leader."""
    assert [r for r in _rows(lead + "\n" + talks) if r[1:3] in {(e[1], e[2]) for e in expected}] == expected


def test_a_trip_named_after_his_return_from_has_no_day_but_a_meeting_past_a_comma_keeps_its_own():
    """"Spoke on Saturday after his return from a tour during which he visited Qatar": Saturday is the talk's, the
    visit has no day; "after his return from Moscow, he received the Emir of Qatar on Saturday in Cairo": the
    reception is Saturday's (the comma ends the return's phrase)."""
    text = f"تحدث {SISI_TITLE} السبت بعد عودته من جولة زار خلالها قطر."
    assert _rows(text) == [("reported", SISI, TAMIM, None, None)]
    text = f"بعد عودته من موسكو، استقبل {SISI_TITLE} السبت أمير قطر الشيخ تميم بن حمد في القاهرة."
    assert _rows(text) == [("reported", TAMIM, SISI, "Cairo", DAY)]


@pytest.mark.parametrize("text,expected", [
    # "Sisi said today, Saturday, after his return to Cairo, that his visit to Russia came at an important time"
    (f"وقال {SISI_TITLE} اليوم السبت بعد عودته إلى القاهرة إن زيارته لروسيا جاءت في توقيت مهم.",
     [("reported", SISI, PUTIN, None, None)]),
    # "Trump said on Saturday, after his return to the United States, in the wake of a historic summit with Kim"
    ("قال الرئيس الأمريكي دونالد ترامب، السبت، بعد عودته إلى الولايات المتحدة، في أعقاب قمة تاريخية مع زعيم كوريا "
     "الشمالية كيم جونغ أون، إن بيونغ يانغ لم تعد تشكل تهديدا.", [("reported", TRUMP, KIM, None, None)]),
])
def test_a_day_told_before_the_visitors_return_home_is_the_sayings(text, expected):
    """The visitor's return home ("بعد عودته إلى القاهرة", after his return to Cairo) told before his trip word,
    with the sentence's day before it: the trip is over, Saturday is the saying's (return_leg.home_before)."""
    assert [r for r in _rows(text) if r[0] == "reported"] == expected


@pytest.mark.parametrize("text,expected", [
    # "Sisi said on Saturday, after his return to Cairo, that his talks with Tamim, who is visiting Cairo, ...":
    # the return is the host's; the guest's visit keeps the day
    (f"وقال {SISI_TITLE} السبت بعد عودته إلى القاهرة إنه أجرى محادثات مع أمير قطر الشيخ تميم بن حمد في القاهرة.",
     [("reported", TAMIM, SISI, "Cairo", DAY)]),
    # "Sisi will look into it on his return to Cairo, as he arrived in Moscow today, Saturday": the day is after it
    (f"وشدد {SISI_TITLE} على أنه سيهتم بالقضية لدى عودته للقاهرة، حيث وصل إلى موسكو اليوم السبت للقاء {PUTIN_TITLE}.",
     [("reported", SISI, PUTIN, "Moscow", DAY)]),
])
def test_a_return_of_the_host_or_a_day_after_the_return_keeps_the_day(text, expected):
    """Negatives: the one who returns home is the host, or the sentence's day stands after the return."""
    assert [r for r in _rows(text) if r[0] == "reported"] == expected
