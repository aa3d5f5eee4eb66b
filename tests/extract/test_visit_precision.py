"""Precision on text nobody tuned to: meetings considered, expected or retold weeks later
are never `reported`. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt
from dataclasses import dataclass

import pytest

from tasks.extract.dates import find_dates
from tasks.extract.visits.article import Article
from tests.builders import M
from tasks.extract.visits import find_visits
from tests.extract.test_visits import D, mentions, run, run_more
from tests.extract.test_visits_detect import mention_rows
from ziyarat.arabic import fold_with_map, sentence_spans


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    "وذكر الكرملين أنه يفكر في عقد قمة جديدة بين بوتين وأردوغان في موسكو.",  # is considering
    "وفاجأ بوتين الجميع باقتراحه لقاء مع أردوغان في سوتشي دون شروط.",  # by his proposal
])
def test_a_meeting_only_considered_or_proposed_is_not_reported(text):
    assert reported(run(text)) == []
    # the same sentence with the meeting held is reported
    held = text.replace("يفكر في عقد", "عقد").replace("وفاجأ بوتين الجميع باقتراحه لقاء", "وعقد بوتين لقاء")
    assert reported(run(held)) != []


@pytest.mark.parametrize("text", [
    "وتتجه الأنظار إلى موسكو حيث يرتقب أن يعقد بوتين قمة مع أردوغان.",  # is expected to hold
    "وتتجه الأنظار إلى القمة التي سيعقدها بوتين مع أردوغان في سوتشي.",  # that he will hold
])
def test_a_meeting_expected_or_to_be_held_is_planned(text):
    rows = run(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows if r["kind"] == "referenced"] != []


def test_a_summit_still_scheduled_is_planned_whatever_day_its_after_clause_gives():
    # "لا تزال مقررة" (is still scheduled) after the summit's sides; Tuesday is the day the
    # postponement was hinted at ("بعدما أشار ... الثلاثاء"), not the summit's
    text = ("وأكد الوزير أن القمة بين بوتين وأردوغان لا تزال مقررة بعدما أشار الرئيس الروسي، "
            "الثلاثاء، إلى احتمال إرجائها.")
    rows = run(text, dt.date(2018, 5, 23))
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [("Vladimir Putin", "Recep Tayyip Erdogan", True)]


@pytest.mark.parametrize("text,pub,month,first", [
    # a July article: the summit was in May; later sentences name it with bare nouns
    ("والتقى بوتين أردوغان في سوتشي في مايو الماضي. "
     "وقالت الوكالة إن الاتفاق الذي وقع خلال القمة بين بوتين وأردوغان لم يطبق بعد. "
     "وخلال لقائهما، بحث بوتين وأردوغان الوضع في سوريا.", dt.date(2023, 7, 10), "مايو", dt.date(2023, 5, 1)),
    # "after his historic summit with the Russian president Putin, which was held in the Russian
    # city of Sochi last June": June is that summit's (its relative clause, however far from the
    # noun), so "the historic summit held between them" in a September article is it retold
    ("ويقول مراقبون إن أردوغان يسعى إلى التهدئة بعد قمته التاريخية مع الرئيس الروسي بوتين "
     "التي انعقدت في مدينة سوتشي الروسية في يونيو الماضي. "
     "واتفق بوتين وأردوغان في القمة التاريخية التي انعقدت بينهما على التعاون في سوريا.",
     dt.date(2023, 9, 9), "يونيو", dt.date(2023, 6, 1)),
])
def test_a_summit_dated_weeks_before_is_not_news_when_retold_by_a_noun(text, pub, month, first):
    at = text.find(month)
    rows = run(text, pub, dates=[D(at, at + len(month), month, first, "month", "month")])
    assert reported(rows) == []
    assert {r["kind"] for r in rows} == {"referenced"}
    assert first in {r["date"] for r in rows}


def test_a_meeting_told_with_its_own_verb_stays_news_after_an_earlier_one():
    # today's talks are told with a verb; the earlier May summit does not swallow them
    text = ("التقى بوتين أردوغان في سوتشي الثلاثاء. "
            "وكان الرئيسان قد التقيا في موسكو في مايو الماضي.")
    may = text.find("مايو")
    tue = text.find("الثلاثاء")
    rows = run(text, dt.date(2023, 7, 11), dates=[D(tue, tue + 8, "الثلاثاء", dt.date(2023, 7, 11), "day", "weekday"),
                                                    D(may, may + 4, "مايو", dt.date(2023, 5, 1), "month", "month")])
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_talks_that_are_a_ministers_trip_purpose_are_not_the_leaders():
    text = "وقال بوتين إن العلاقات جيدة، مع توجه وزير الخارجية لافروف إلى دمشق لإجراء محادثات مع الأسد."
    assert reported(run(text)) == []
    # the leader's own trip with the same purpose is his visit
    assert reported(run("وصل بوتين إلى دمشق لإجراء محادثات مع الأسد.")) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_previous_visit_dated_weeks_before_does_not_swallow_the_current_one():
    # "during Erdogan's previous visit to Russia last May": another visit than today's
    text = ("وتزامنت الضربة مع زيارة أردوغان إلى موسكو ومباحثاته مع بوتين. "
            "وخلال الزيارة السابقة لأردوغان إلى روسيا في مايو الماضي، وقعت ضربات مماثلة.")
    may = text.find("مايو")
    rows = run(text, dt.date(2023, 7, 12), dates=[D(may, may + 4, "مايو", dt.date(2023, 5, 1), "month", "month")])
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وقال أردوغان إن لقاءه مع بوتين في سوتشي قد يكون أسهل من غيره.",  # may be easier
    "يستعد أردوغان لقمة تجمعه ببوتين في سوتشي.",  # prepares for a summit
])
def test_a_meeting_talked_about_ahead_is_not_reported(text):
    assert reported(run(text)) == []


def test_a_meeting_after_before_is_on_the_next_weekday():
    # published on Friday 17 March: "before his meeting on Monday" is Monday 20 March, planned
    text = "وخطط أردوغان لقضاء عطلة في أنطاليا قبل اجتماعه الاثنين مع بوتين."
    rows = run(text, dt.date(2023, 3, 17))
    assert [(r["kind"], r["planned"], r["date"]) for r in rows] == [("referenced", True, dt.date(2023, 3, 20))]


def test_may_be_in_another_clause_leaves_the_visit_reported():
    # "Erdogan's visit to Moscow shows how strong ties are, and trade may be the clearest sign"
    text = "تبرز زيارة أردوغان إلى موسكو ولقاؤه مع بوتين متانة العلاقات، وقد يكون حجم التبادل أوضح مثال."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وتحدث السيسي عن زيارة محتملة لأردوغان إلى موسكو.",  # a possible visit (indefinite)
    "وكان بوتين قد أعلن استعداده للقاء أردوغان دون شروط.",  # his readiness to meet
])
def test_a_possible_visit_or_a_readiness_to_meet_is_not_reported(text):
    assert reported(run(text)) == []



def test_a_summit_scheduled_after_a_noun_is_planned():
    # "Lavrov's visit comes shortly before a scheduled summit between Putin and Erdogan"
    rows = run("تأتي زيارة لافروف قبيل قمة مقررة بين بوتين وأردوغان في سوتشي.")
    assert reported(rows) == [] and [r["planned"] for r in rows] == [True]


# Session 7: the error classes of a held-out sample (ant2018 2018-03 and 2018-09, egypt2013 two
# March days, tunisia2016 two 2015 months), each rule on invented text, with the held meeting kept.

@pytest.mark.parametrize("text, held", [
    # consent to a meeting: "agreed to meet", "after his accepting to meet"
    ("وافق بوتين على لقاء أردوغان في موسكو.", "التقى بوتين أردوغان في موسكو ووافقا على خطة."),
    ("وأعلن السيسي ذلك بعد قبوله مبدئيا بلقاء أردوغان.", "وأعلن السيسي ذلك بعد لقائه أردوغان."),
    # ... but not one that frames the consent: "agreed during the summit"
    ("وكان بوتين قد وافق خلال قمة مع أردوغان في مايو الماضي على الخطة.", "وكان بوتين قد وافق خلال قمة مع أردوغان الثلاثاء على الخطة."),
    # awaited: "they await the meeting", a dual "two awaited summits", "a planned meeting"
    ("ويترقب السوريون لقاء بوتين والأسد في موسكو.", "وتابع السوريون لقاء بوتين والأسد في موسكو."),
    ("ويزداد التفاؤل بأن اجتماعا مزمعا بين بوتين وأردوغان قد يخفف التوتر.", None),
    ("وعبر السيسي عن أمله في السلام بعد قمتين مرتقبتين لأردوغان مع بوتين.", None),
    # a sa- verb governs "during the visit": "police will deploy during Erdogan's visit"
    ("وسينتشر آلاف الشرطيين في أنحاء موسكو خلال زيارة أردوغان ولقائه بوتين.",
     "وانتشر آلاف الشرطيين في أنحاء موسكو خلال زيارة أردوغان ولقائه بوتين."),
    # "will later become the summit meeting"
    ("ويجتمع موفدون لصياغة ما سيصبح لاحقا اجتماع القمة بين بوتين وأردوغان.", None),
    # a wish, "any meeting", "not to visit"
    ("وعبر أردوغان عن رغبته في إجراء محادثات مع بوتين.", "وأجرى أردوغان محادثات مع بوتين."),
    ("وقال السيسي إن على أردوغان أن يصر خلال أي اجتماع مع بوتين على الحل.", None),
    ("وناشد نشطاء السيسي بعدم زيارة موسكو.", "وانتقد نشطاء زيارة السيسي إلى موسكو."),
    # undated or arranged: "no new date was set", "arranging the visit"
    ("ولم يحدد موعد جديد بعد لزيارة أردوغان إلى موسكو ولقاء بوتين.", None),
    ("وهناك تنسيق تام فيما يخص ترتيب زيارة أردوغان إلى موسكو ولقاء بوتين.", None),
    ("وتجري محادثات بين البلدين تمهيدا للقاء بين بوتين وأردوغان.",  # paving the way for a meeting
     "وتجري محادثات بين البلدين بعد اللقاء بين بوتين وأردوغان."),
    # "less than two weeks before the visit"
    ("ويأتي القرار قبل أقل من أسبوعين على زيارة أردوغان لموسكو.", "ويأتي القرار خلال زيارة أردوغان لموسكو."),
    # speculation: "stirred speculation that Erdogan is on a visit"
    ("وأثار وصول قطار خاص إلى موسكو تكهنات بأن أردوغان يقوم بزيارة للقاء بوتين.", None),
])
def test_a_meeting_agreed_awaited_wished_or_speculated_is_not_reported(text, held):
    rows = run(text)
    assert reported(rows) == []
    if held is not None:
        assert reported(run(held)) != []


def test_a_pluperfect_split_by_its_subject_dates_the_meeting_noun_earlier():
    # "Erdogan had said during his meeting with Putin": an earlier meeting, told again
    rows = run("وكان أردوغان قد قال خلال اجتماعه مع بوتين إن العلاقات جيدة.")
    assert reported(rows) == [] and [r["kind"] for r in rows] == ["referenced"]


def test_a_meeting_dated_after_publication_plans_the_pair():
    # a Monday article: "when Erdogan arrives in Moscow on Wednesday to meet Putin"; the bare
    # "Erdogan's visit" of the next sentence is that plan, not a visit under way
    text = ("ويرى مراقبون أن أردوغان حين يصل موسكو الأربعاء للقاء بوتين يحمل ملفات كثيرة. "
            "وتحظى زيارة أردوغان إلى موسكو باهتمام الصحف.")
    rows = run(text, dt.date(2023, 3, 13))
    assert reported(rows) == []
    assert (True, dt.date(2023, 3, 15)) in {(r["planned"], r["date"]) for r in rows}
    # an arrival told in the past keeps the pair's visit under way
    held = "وصل أردوغان إلى موسكو الاثنين. ويستقبل بوتين الأربعاء أردوغان لإجراء محادثات."
    assert reported(run(held, dt.date(2023, 3, 13))) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وكان له دور في وصول بوتين إلى السلطة قبل أن يفر إلى دمشق.",  # coming to power
    "ولعب دورا في وصول بوتين إلى الحكم، قبل أن يهرب إلى دمشق حيث أصبح من معارضي الأسد.",
    "ولكن عندما وصل الأمر إلى حد إعلان بوتين تصديقه الأسد في دمشق، تغير الموقف.",  # it came to the point
    # an amount: "tariffs of up to 25 percent on Turkish goods"
    "وقال بوتين إنه قد يفرض رسوما جمركية تصل إلى 25 بالمئة على السلع التركية، فيما انتقد أردوغان القرار.",
])
def test_an_arrival_to_power_or_of_a_thing_is_no_trip(text):
    assert reported(run(text)) == []
    assert reported(run("وصل بوتين إلى دمشق والتقى الأسد.")) == [("Vladimir Putin", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    # an adviser of the president, "economic adviser of the president Putin, who visited Damascus"
    "وحث الأسد المستشار الاقتصادي للرئيس بوتين والذي زار دمشق مؤخرا على زيادة الاستثمار.",
    # the first deputy of Putin (li- glued to the name), who is visiting Syria
    "والتقى وزير الخارجية في دمشق النائب الأول لبوتين الذي يزور سوريا حاليا.",
    # a delegation (the antecedent of "who visited"), envoys (a plural subject)
    "وأثنى الأسد على الوفد السوري الذي زار موسكو الاثنين والتقى مسؤولين.",
    "واجتمع مبعوثون من موسكو مع الأسد في دمشق، ثم عادوا لإحاطة بوتين.",
    # the president's secretary, on his way to Moscow
    "غادر سكرتير السيسي للشؤون الخارجية القاهرة في طريقه إلى موسكو في زيارة لم يعلن عن تفاصيلها.",
])
def test_an_official_of_the_leader_or_a_delegation_is_not_the_leader(text):
    assert reported(run(text)) == []


def test_a_meeting_word_does_not_reach_past_a_nearer_one():
    # "the Syrian foreign minister arrived to hold meetings with the Russian government, amid a
    # possible summit between Putin and al-Assad": the meetings are the minister's, the summit possible
    text = "وصل وزير الخارجية السوري إلى موسكو لعقد لقاءات مع الحكومة الروسية، مع احتمال عقد قمة بين بوتين والأسد."
    assert reported(run(text)) == []
    # "the talks ... the meeting between": "the meeting" names the talks again
    assert reported(run("وبدأت المحادثات في سوتشي بعد الاجتماع المغلق بين بوتين وأردوغان.")) != []


def test_a_summit_of_presidents_is_no_bilateral_meeting():
    # "a summit held in Tehran that brought together the presidents of Iran, Russia and Turkey"
    text = "وجاءت الغارات بعد قمة عقدت في طهران وجمعت رؤساء إيران وروسيا، بوتين، وتركيا، أردوغان."
    assert reported(run(text)) == []
    # "the council met as the presidents of Russia, Turkey and Iran agreed": the plural before the names
    assert reported(run("وعقد المجلس اجتماعا تزامنا مع اتفاق رؤساء روسيا بوتين وتركيا أردوغان وإيران على التعاون.")) == []
    assert reported(run("وجاءت الغارات بعد قمة عقدت في سوتشي وجمعت بوتين وأردوغان.")) != []
    # a meeting on the sidelines of a summit of presidents stays the two leaders'
    assert reported(run("وجرى لقاء بوتين وأردوغان على هامش قمة رؤساء دول المنظمة في موسكو.")) != []


def test_a_meeting_with_an_official_is_not_with_the_leader_named_later():
    # "Putin told reporters, during a meeting at the Kremlin with Prince Mohammed, that he
    # believes he will meet Erdogan soon"
    text = "وقال بوتين للصحفيين، خلال اجتماع في الكرملين مع الأمير محمد، إنه يعتقد أنه سيجتمع مع أردوغان قريبا."
    assert reported(run(text)) == []
    assert reported(run("وقال بوتين للصحفيين، خلال اجتماع في الكرملين مع أردوغان، إن العلاقات جيدة.")) != []
    # a leader listed with the official ("with Prince Mohammed, the Saudi defence minister, and
    # Erdogan") is a side of the meeting
    assert reported(run("وقال السيسي بعد اجتماع مع الأمير محمد وزير الدفاع السعودي وأردوغان إن الدول ستتعاون.")) != []


@dataclass
class Titled(M):
    """A mention resolved from a title alone ("الرئيس القطري", the Qatari president)."""

    resolved_by: str = "title"


def test_a_title_heading_a_club_is_not_the_countrys_leader():
    # "the Qatari president of the Paris club visited the player", then the state's president
    text = "زار الرئيس القطري لنادي باريس اللاعب في مقر إقامته. واستقبل الرئيس القطري في الدوحة ضيفه."
    club, state = text.find("الرئيس القطري"), text.rfind("الرئيس القطري")
    ms = [Titled(p, "person", "Tamim", "الرئيس القطري", p, p + 13, "Qatar", None, ["head_of_state"]) for p in (club, state)]
    art = Article(text, sentence_spans(text), ms, [], dt.date(2023, 3, 14))
    assert [art.heads_a_body(m) for m in ms] == [True, False]
    assert [m.start for i in art.leaders for m in art.leaders[i]] == [state]


def test_a_meeting_with_an_unnamed_head_of_a_country_is_not_the_named_leaders():
    # "Erdogan praised Sisi after meeting Russia's leader in Cairo": the meeting is with the
    # unnamed leader of Russia, as with "الزعيم الروسي" (the Russian leader)
    for text in ("وأشاد أردوغان بالرئيس السيسي بعد لقاء زعيم روسيا في القاهرة.",
                 "وأشاد أردوغان بالرئيس السيسي بعد لقاء الزعيم الروسي في القاهرة."):
        assert reported(run(text)) == []
    assert reported(run("وأشاد أردوغان بالرئيس السيسي بعد لقائه في القاهرة.")) != []


@pytest.mark.parametrize("text, news", [
    # "the minister praised the successful visit Sisi made to Moscow": a visit behind the news
    ("ونوه الوزير بالزيارة الناجحة التي قام بها السيسي إلى موسكو.", "ونوه الوزير بالزيارة التي يقوم بها السيسي إلى موسكو."),
    # "the minister said Sisi visited Moscow lately"
    ("وقال الوزير إن السيسي زار موسكو مؤخرا.", "وقال الوزير إن السيسي زار موسكو."),
    # "the issue came up in Sisi's talks with Putin earlier this week"
    ("وطرحت المسألة خلال محادثات السيسي مع بوتين في وقت سابق هذا الأسبوع.",
     "وطرحت المسألة خلال محادثات السيسي مع بوتين في موسكو."),
])
def test_an_undated_visit_told_as_last_successful_or_lately_is_retold(text, news):
    rows = run(text)
    assert reported(rows) == [] and [r["kind"] for r in rows] == ["referenced"]
    assert reported(run(news)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_visit_noun_belongs_to_its_genitive_even_after_a_leader_subject():
    # "Putin confirmed Lavrov's visit to Damascus": the visit is the minister's
    assert reported(run("وأكد بوتين في وقت سابق زيارة لافروف إلى دمشق.")) == []
    assert reported(run("وأكد بوتين في وقت سابق زيارة الأسد إلى موسكو.")) == [("Bashar al-Assad", "Vladimir Putin")]


def test_li_before_a_title_is_to_him_unless_an_office_comes_first():
    # "the prize was presented to President Putin during his current visit to Damascus"
    text = "وجرى تقديم الجائزة للرئيس بوتين خلال زيارته الحالية إلى دمشق ولقائه الأسد."
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_place_that_looks_like_a_sa_verb_does_not_make_the_visit_planned():
    # "ستافروبول" (Stavropol) begins like a sa- imperfect; the clause's verb is the present "يتجمع"
    text = "ويتجمع الصحفيون في ستافروبول خلال زيارة أردوغان إلى روسيا الثلاثاء."
    pos = text.find("ستافروبول")
    ms = sorted(mentions(text) + [M("stavropol", "place", "Stavropol", "ستافروبول", pos, pos + 9, "Russia")],
                key=lambda m: m.start)
    tue = text.find("الثلاثاء")
    day = [D(tue, tue + 8, "الثلاثاء", dt.date(2023, 3, 14), "day", "weekday")]
    rows = find_visits(text, sentence_spans(text), ms, day, dt.date(2023, 3, 14))
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


# ------------------------------------------------------------------ slice D (prec2)
@pytest.mark.parametrize("text", [
    # after his visit to Egypt, to meet the Russian president: Putin does not own "زيارته"
    "وكانت مصادر دبلوماسية قد أكدت أن الرئيس سيتوجه إلى روسيا عقب زيارته إلى مصر، للقاء الرئيس الروسي بوتين.",
    "وأضاف أن الرئيس سيتوجه لساعات عقب زيارته لروسيا ويلتقي خلالها مع الرئيس التركي أردوغان.",
])
def test_his_visit_is_never_owned_by_a_leader_named_after_it(text):
    assert reported(run(text)) == []
    # the owner named before the pronoun still owns it
    owned = "وخلال زيارته إلى موسكو التقى أردوغان الرئيس الروسي بوتين."
    assert reported(run(owned)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "ومن المخطط أن يلتقي أردوغان الرئيس الروسي بوتين في موسكو.",  # it is planned that he meets
    "وكان مقررا أن يقضي أردوغان يومين في القاهرة ويتوجه منها للقاء بوتين في موسكو.",  # it was scheduled
    "وكان من المفترض أن يعقد أردوغان قمة مع بوتين الجمعة في موسكو.",  # he was supposed to hold
    "ووصل وفد إلى موسكو للترتيب لزيارة أردوغان ولقائه بوتين.",  # an advance team, to arrange the visit
])
def test_a_scheduled_or_supposed_meeting_is_planned_not_reported(text):
    rows = run(text)
    assert reported(rows) == []
    assert ("Recep Tayyip Erdogan", "Vladimir Putin", True) in {
        (r["visitor"], r["host"], r["planned"]) for r in rows if r["kind"] == "referenced"}


def test_a_leaders_delegation_arriving_is_not_the_leader():
    # "وفد أردوغان" (Erdogan's delegation), an advance team, arrived: not Erdogan
    assert reported(run("وصل مطار القاهرة صباح اليوم وفد أردوغان ويضم ثلاثة أشخاص.")) == []
    # the leader arriving with his delegation is still his arrival
    assert reported(run("وصل مطار القاهرة صباح اليوم أردوغان والوفد المرافق له.")) == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_leaders_listed_after_with_each_of_never_met_each_other():
    # a minister's talks "with each of" several presidents: no two of them met
    text = "وأجرى الوزير على هامش القمة مباحثات مع كل من الرئيس الروسي بوتين والرئيس السوري الأسد والرئيس التركي أردوغان."
    assert reported(run(text)) == []
    # a leader holding them meets each one (coordinated.coordinated_partners)
    text = "وأجرى السيسي مباحثات مع كل من الرئيس الروسي بوتين والرئيس التركي أردوغان."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin"),
                                   ("Abdel Fattah el-Sisi", "Recep Tayyip Erdogan")]


@pytest.mark.parametrize("text", [
    # the visit comes after the Turkish president announced ...: Erdogan is not its visitor
    "وتأتي الزيارة إلى القاهرة بعد إعلان الرئيس التركي أردوغان الأسبوع الماضي حظرا على العمالة.",
    "وتأتي الزيارة إلى القاهرة عقب قرار بوتين.",  # comes after Putin's decision
])
def test_a_leader_named_after_after_is_not_the_visitor_of_the_visit(text):
    assert reported(run(text)) == []
    # his own visit, named right after the noun, still is
    assert reported(run("وتأتي زيارة بوتين إلى القاهرة بعد شهرين من التوتر.")) == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi")]


def test_a_trips_host_is_never_a_third_countrys_leader_named_elsewhere():
    # Erdogan's visit to Russia, "cooperation between them": Hollande (headline) is not the host
    text = "أشاد هولاند بالعلاقات مع تركيا. وقال المتحدث إن زيارة أردوغان لروسيا تأتي في إطار تعزيز التعاون بينهما."
    assert reported(run_more(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_crowd_receiving_a_leader_is_not_his_host():
    # dozens of protesters received Erdogan during his visit to Moscow, and urged Putin ...:
    # Putin did not receive him; the visit is still Erdogan's, to Russia
    text = "واستقبل العشرات من المتظاهرين أردوغان خلال زيارته أمس لموسكو بالهتافات، وطالبوا بوتين بعدم التعاون معه."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # the plan will not be ready during Erdogan's visit this week: lan + imperfect governs "during"
    "وقال المسؤول إن الخطة لن تكون جاهزة للكشف عنها خلال زيارة أردوغان إلى موسكو هذا الأسبوع.",
    # the ambassador awaits the confirmation of the date of Erdogan's visit
    "وقال السفير إنه ينتظر تأكيد موعد زيارة أردوغان إلى موسكو.",
])
def test_a_visit_ahead_told_by_lan_or_by_its_date_is_planned(text):
    rows = run(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", True)]


def test_a_meeting_purposed_by_another_party_s_trip_is_that_party_s():
    # the UN delegation meets refugees in the camps and Erdogan, then heads to Moscow to meet Putin (li-liqa'):
    # the Moscow meeting is the delegation's, Erdogan never meets Putin
    text = ("ويلتقي وفد الأمم المتحدة مع عدد من اللاجئين في المخيمات الحدودية، ومع أردوغان، ثم يتوجه إلى موسكو "
            "للقاء بوتين.")
    assert run(text) == []
    # Erdogan's own trip to meet Putin stays his: reported
    text = "والتقى أردوغان مع عدد من اللاجئين في المخيمات الحدودية، ثم توجه إلى موسكو للقاء بوتين."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert reported(run("وصل أردوغان والوفد المرافق له إلى موسكو للقاء بوتين.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_a_sa_future_takes_part_in_is_planned():
    # the authorities said the emir and his crown prince will take part in the Riyadh meeting the king called
    # (sa-yusharikan fi ijtima'): ahead, though the relative clause after the meeting is past
    pub = dt.date(2023, 3, 14)
    text = "قالت السلطات إن أمير الكويت، وولي عهده، سيشاركان في اجتماع الرياض الذي دعا إليه خادم الحرمين لبحث الأزمة."
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [
        ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz", True)]


@pytest.mark.parametrize("text", [
    "شارك أمير الكويت في اجتماع الرياض الذي دعا إليه خادم الحرمين لبحث الأزمة.",  # took part: held
    "ويشارك أمير الكويت اليوم في اجتماع الرياض الذي دعا إليه خادم الحرمين.",  # takes part today: under way
    "وقال أمير الكويت إنه سيعمل على دعم الحل، وذلك في اجتماع بالرياض مع خادم الحرمين.",  # a comma and "that": the saying's frame
])
def test_a_meeting_after_fi_with_no_sa_future_right_before_it_stays_news(text):
    pub = dt.date(2023, 3, 14)
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert reported(rows) == [("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Salman bin Abdulaziz")]


def test_a_visit_a_plan_participle_governs_through_during_is_planned():
    # the ministry published a statement on the topics expected to be discussed (al-mutawaqqa' munaqashatuha)
    # during Sisi's visit to Moscow: a visit ahead, though the publishing is past
    rows = run("نشرت الخارجية بيانا حول المحاور المتوقع مناقشتها خلال زيارة السيسي إلى موسكو.")
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [("Abdel Fattah el-Sisi", "Vladimir Putin", True)]
    # the topics discussed (al-lati nuqishat) during the visit: the visit held
    rows = run("نشرت الخارجية بيانا حول المحاور التي نوقشت خلال زيارة السيسي إلى موسكو.")
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]
    # a visit under way with its preparation told after it stays news
    rows = run("وصل السيسي إلى موسكو في زيارة رسمية بعد أسابيع من التحضير، والتقى بوتين.")
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_talks_governed_by_a_sa_future_through_bi_are_planned():
    # Washington knows Erdogan will give the Syrian crisis weight in his talks with Putin
    rows = run("وتعلم واشنطن أن أردوغان سيولي أهمية للأزمة السورية بمباحثاته مع الرئيس الروسي بوتين.")
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [("Recep Tayyip Erdogan", "Vladimir Putin", True)]
    # the same told in the past stays news
    rows = run("وقالت الصحيفة إن أردوغان أولى أهمية للأزمة السورية بمباحثاته مع الرئيس الروسي بوتين في موسكو.")
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # wa-lan: "ولن تكون جاهزة خلال زيارة" (and will not be ready during the visit)
    "وقال المسؤول إن الخطة ما زالت وليدة ولن تكون جاهزة للكشف عنها خلال زيارة أردوغان إلى موسكو هذا الأسبوع.",
    # an intent: announced his intention to go to Moscow to visit
    "وأعلن المتحدث عزمه التوجه إلى موسكو برفقة أردوغان للقاء بوتين.",
    # preparations under way for Moscow to host a meeting
    "وقالت الوكالة إن الإعدادات جارية لاستضافة موسكو لقاء بين بوتين وأردوغان.",
])
def test_an_intent_or_preparations_under_way_or_wa_lan_is_no_held_meeting(text):
    rows = run(text)
    assert reported(rows) == []
    assert {r["planned"] for r in rows} == {True}


def test_a_leaders_wife_or_sister_named_with_his_title_is_not_the_leader():
    # the Russian president Putin's wife arrived: not Putin's visit
    assert reported(run("وصلت زوجة الرئيس الروسي بوتين إلى القاهرة صباح اليوم.")) == []
    assert reported(run("وصلت شقيقة زعيم روسيا، بوتين، إلى القاهرة صباح اليوم.")) == []
    # his office speaking of him leaves the title after it his
    assert reported(run("قال مكتب الرئيس الروسي بوتين إن الرئيس وصل إلى القاهرة صباح اليوم.")) == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi")]


# Session 8 (egA): egypt2013 2013-02-11..20, each rule on invented text, with the held meeting kept.

@pytest.mark.parametrize("text, held", [
    # "يزمع" (yazma'u, intends): "announced on Tuesday that Erdogan intends to visit Moscow"
    ("وأعلن القصر يوم الثلاثاء الماضي أن أردوغان يزمع زيارة موسكو ولقاء بوتين.",
     "وأعلن القصر يوم الثلاثاء الماضي أن أردوغان أنهى زيارة موسكو ولقاء بوتين."),
    # "قبل زيارة" (before the visit of): the release is told as ahead of the visit
    ("وأفرجت السلطات عن السجناء قبل زيارة أردوغان إلى موسكو ولقائه بوتين.",
     "وأفرجت السلطات عن السجناء خلال زيارة أردوغان إلى موسكو ولقائه بوتين."),
    # "ينوي" (yanwi, intends): "on Wednesday Erdogan said he intends to meet Putin within weeks"
    ("والأربعاء قال أردوغان إنه ينوي لقاء بوتين خلال أسابيع.",
     "والأربعاء قال أردوغان إنه أنهى لقاء بوتين في موسكو."),
    # "في غضون أسابيع" (fi ghudun, within weeks) with a bare meeting noun
    ("وأعلن الكرملين الأربعاء عن لقاء بين أردوغان وبوتين في غضون أسابيع.",
     "وأعلن الكرملين الأربعاء عن لقاء بين أردوغان وبوتين في موسكو."),
])
def test_a_visit_intended_or_told_as_ahead_of_an_event_is_not_reported(text, held):
    assert reported(run(text)) == []
    assert reported(run(held)) != []


def test_talks_with_another_leader_of_a_planned_trips_country_are_part_of_the_plan():
    # "Erdogan goes to Moscow next Thursday to meet Putin ... and holds talks with the prime
    # minister Medvedev": the talks are the planned trip's, not a meeting held
    text = ("يتوجه أردوغان الخميس المقبل إلى موسكو في زيارة رسمية يلتقي خلالها بوتين. "
            "ويتناول البلدان ملفات كثيرة. ويعقد أردوغان مباحثات مع رئيس الوزراء ميدفيديف.")
    med = text.find("ميدفيديف")
    ms = mentions(text) + [M("medvedev", "person", "Dmitry Medvedev", "ميدفيديف", med, med + 8, "Russia", None,
                             ["head_of_government"])]
    ms = sorted(ms, key=lambda m: m.start)
    rows = find_visits(text, sentence_spans(text), ms, [], dt.date(2023, 3, 14))
    assert reported(rows) == []
    assert ("Recep Tayyip Erdogan", "Dmitry Medvedev", True) in {(r["visitor"], r["host"], r["planned"]) for r in rows}



@pytest.mark.parametrize("text", [
    # "Erdogan described on Tuesday his visit to Moscow lately as historic": Tuesday is the describing's
    "ووصف أردوغان، اليوم الثلاثاء، زيارته إلى موسكو مؤخرا بالتاريخية.",
    # "an official revealed on Tuesday details of Erdogan's last visit to Moscow and his meeting with Putin"
    "وكشف مسؤول، الثلاثاء، عن تفاصيل الزيارة الأخيرة لأردوغان إلى موسكو ولقائه بوتين.",
    # "the ambassador said the last visit Erdogan made to Moscow and his meeting with Putin bear fruit"
    "وقال السفير الثلاثاء إن الزيارة الأخيرة التي قام بها أردوغان لموسكو ولقاءه ببوتين تحمل نتائج إيجابية.",
])
def test_a_visit_noun_told_as_last_or_lately_is_retold_whatever_the_statements_day(text):
    rows = run(text)
    assert reported(rows) == []
    assert {r["kind"] for r in rows} == {"referenced"}
    # without "الأخيرة" / "مؤخرا" the same visit stays news
    plain = text.replace(" مؤخرا", "").replace("الزيارة الأخيرة", "الزيارة")
    assert reported(run(plain)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # "Sisi criticised the Nasserist party's visit and its honouring of Putin": li- (to) after the
    # noun's own genitive makes Putin the one visited, the party the visitor
    "وانتقد مسؤول زيارة الحزب الناصري وتكريمه لبوتين في القاهرة.",
    # "the visit that went against the consensus rejecting Putin's practices": "الزيارة" takes no
    # genitive, and nothing points back to it from Putin
    "فالزيارة التي جاءت على خلاف الإجماع الرافض لممارسات بوتين تثير القلق في مصر.",
])
def test_a_leader_after_a_visit_nouns_own_genitive_or_unlinked_to_the_visit_is_no_visitor(text):
    assert reported(run(text)) == []


@pytest.mark.parametrize("text", [
    "وتأتي الزيارة التي يقوم بها بوتين إلى مصر في وقت حساس.",  # which Putin makes
    "ورحب السيسي بالزيارة الرسمية للرئيس بوتين إلى مصر.",  # li- right on his title
    "وتأتي زيارة للرئيس بوتين إلى القاهرة.",  # li- right after the noun: of Putin
    "وتأتي زيارة رسمية لبوتين إلى مصر.",  # li- after an adjective: of Putin
])
def test_a_leader_linked_to_the_visit_noun_stays_its_visitor(text):
    assert reported(run(text)) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]



def test_a_leader_past_another_meeting_word_is_not_the_visit_nouns_traveller():
    # "he announced a visit to Moscow, and that he met a former minister and agreed with her to
    # unsettle President Erdogan": Erdogan did not travel
    text = "وقال المسؤول إنه أعلن بزيارة موسكو، وأنه التقى بوزيرة سابقة واتفق معها على إرباك الرئيس أردوغان."
    assert reported(run(text)) == []



@pytest.mark.parametrize("text", [
    # phone consultations
    "وأجرى أردوغان مشاورات هاتفية مع بوتين حول الأزمة.",
    # "in case of his visit to Moscow" (hal ziyaratihi)
    "وقال الوزير إن من العقبات تسليم أردوغان حال زيارته لموسكو ولقائه بوتين.",
    # "comes a few weeks after Erdogan's visit to Moscow"
    "ويأتي القرار بعد بضعة أسابيع من زيارة أردوغان إلى موسكو ولقائه بوتين.",
    # "the mutual visits Erdogan made to Moscow", "the repeated visits of Erdogan to Moscow"
    "وهو ما أظهرته الزيارات المتبادلة التي قام بها أردوغان إلى موسكو ولقاؤه بوتين.",
    "ويأتي هذا تزامنا مع الزيارات المتكررة من أردوغان لموسكو ولقاءاته مع بوتين.",
])
def test_a_call_a_condition_or_visits_told_as_repeated_or_weeks_before_are_not_reported(text):
    assert reported(run(text)) == []


@pytest.mark.parametrize("text, held", [
    # "... and told him of reports that reached Moscow": a thing arrived
    ("التقى السفير بالوزير عقب زيارة أردوغان للقاهرة، وأبلغه عن تقارير وصلت لموسكو تتحدث عن عرض.", None),
    # "the delegation visited Moscow at Erdogan's assignment and met Putin"
    ("وزار الوفد موسكو بتكليف من أردوغان والتقى بوتين.", None),
])
def test_a_thing_arriving_or_an_assigned_delegation_is_no_leaders_visit(text, held):
    assert reported(run(text)) == []
    if held is not None:
        assert reported(run(held)) != []


def test_a_visit_noun_of_last_week_is_retold():
    # "leaders who met Erdogan during his visit to Moscow last week" in a later article
    text = "وطالبت قيادات التقت أردوغان خلال زيارته لموسكو الأسبوع الماضي بالدعم."
    k = text.find("الأسبوع الماضي")
    week = [D(k, k + 14, "الأسبوع الماضي", dt.date(2023, 3, 6), "week", "relative")]
    rows = run(text, dt.date(2023, 3, 14), dates=week)
    assert reported(rows) == [] and {r["kind"] for r in rows} == {"referenced"}
    # the same visit with no week is the news
    assert reported(run(text.replace(" الأسبوع الماضي", ""), dt.date(2023, 3, 14), dates=[])) != []


@pytest.mark.parametrize("text, held", [
    # "Erdogan affirmed on Sunday during the cabinet meeting that the crisis concerns Putin"
    ("وأكد أردوغان الأحد خلال اجتماع مجلس الوزراء أن الأزمة تهم بوتين.",
     "وأكد أردوغان الأحد خلال اجتماع مع بوتين أن الخطة تحظى بدعم روسيا."),
    # "clips of Erdogan's last visit to Moscow": "الأخيرة" after the noun's genitive leader
    ("وبث البرنامج مقاطع لزيارة أردوغان الأخيرة إلى موسكو ولقائه بوتين.",
     "وبث البرنامج مقاطع لزيارة أردوغان إلى موسكو ولقائه بوتين."),
    # "a Russian official visiting Egypt now sought to reassure ... about President Putin's resolve"
    ("سعت مسؤولة روسية تزور مصر حاليا إلى طمأنة الحكومة بشأن تصميم الرئيس بوتين على الحل.",
     "سعى بوتين الذي يزور مصر حاليا إلى طمأنة الحكومة بشأن الحل."),
    # "Putin had announced earlier during his meeting with President Erdogan": كان ... قد eight words back
    ("وكان بوتين قد أعلن في وقت سابق خلال لقائه بالرئيس أردوغان أن الجنود سيغادرون.",
     "وقال بوتين في وقت سابق خلال لقائه بالرئيس أردوغان إن الجنود سيغادرون."),
])
def test_a_cabinet_session_an_officials_trip_or_a_retold_meeting_is_not_news(text, held):
    assert reported(run(text)) == []
    assert reported(run(held)) != []


def test_a_visit_noun_object_of_a_sa_future_with_its_subject_between_is_planned():
    # "سيؤدي أردوغان زيارة" (sa-yu'addi, Erdogan will perform a visit): ahead, as the
    # Maghrebi press says it; "يؤدي" (is performing) is under way
    rows = run("سيؤدي الرئيس التركي أردوغان زيارة رسمية إلى روسيا يلتقي خلالها بوتين.")
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [("Recep Tayyip Erdogan", "Vladimir Putin", True)]
    assert reported(run("يؤدي الرئيس التركي أردوغان زيارة رسمية إلى روسيا يلتقي خلالها بوتين.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]
    # a visit a preposition governs is the frame of the future verb, not its object
    rows = run("وصل أردوغان إلى موسكو اليوم، وسيعقد مع بوتين مؤتمرا صحفيا في ختام زيارة تدوم يومين.")
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


# ------------------------------------------------------------------ slice egB (egypt2013, fresh)
def test_last_after_the_visit_nouns_genitive_leader_makes_an_earlier_visit():
    # "asked about President al-Assad's last visit to Moscow, the minister said today ...":
    # "الأخيرة" (the last) follows the genitive leader, not the noun; today is the statement's
    text = "وردا على سؤال حول زيارة الرئيس الأسد الأخيرة إلى موسكو والعلاقات بين البلدين قال الوزير في تصريحات أدلى بها الثلاثاء إن العلاقات قوية."
    rows = run(text)
    assert reported(rows) == [] and [r["kind"] for r in rows] == ["referenced"]
    # without "الأخيرة" the visit is the news
    assert reported(run(text.replace(" الأخيرة", ""))) == [("Bashar al-Assad", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # "the Russian foreign minister met Sisi after he held talks with al-Assad": the talks are his
    "اجتمع وزير الخارجية الروسي لافروف مع الرئيس السيسي في القاهرة الثلاثاء بعد أن أجرى مباحثات مع الرئيس الأسد في دمشق.",
    # "Lavrov arrived in Cairo on a surprise visit to press Sisi and al-Assad": the visit is his
    "وصل وزير الخارجية الروسي لافروف إلى القاهرة الثلاثاء في زيارة مفاجئة للضغط على السيسي والأسد.",
])
def test_a_visit_word_with_no_leader_of_its_own_stays_the_officials(text):
    assert reported(run(text)) == []
    # the noun's own genitive leader owns it
    owned = "وصل وزير الخارجية الروسي لافروف إلى القاهرة الثلاثاء ضمن زيارة الرئيس الأسد إلى مصر."
    assert reported(run(owned)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi")]


def test_a_leader_in_a_that_clause_after_a_visit_word_is_what_was_said():
    # "Putin said on a visit to the soldiers near the border that China knows al-Assad must go"
    text = "وقال بوتين الثلاثاء في زيارة للجنود قرب الحدود إن الصين تدرك أن الأسد ينبغي أن يرحل."
    assert reported(run(text)) == []
    # "before he met" opens a time clause: the leader after it is the other side
    assert reported(run("وصل أردوغان إلى روسيا في زيارة رسمية قبل أن يلتقي بوتين.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_will_invite_makes_a_planned_visit():
    # "the spokesman said Putin will invite Sisi to visit Russia": an invitation, no visit yet
    rows = run("وقال المتحدث إن بوتين سيدعو السيسي إلى زيارة روسيا.")
    assert reported(rows) == [] and [(r["visitor"], r["kind"]) for r in rows] == [("Abdel Fattah el-Sisi", "referenced")]
    # a trigger told in a "that" clause finds its other side in the next one: "the magazine
    # added that Sisi got nothing from his visit to Russia and that Putin refused ..."
    assert reported(run("وأضافت المجلة أن السيسي لم يحصل على أي نتائج من زيارته للدولة الروسية وأن بوتين رفض إسقاط الديون.")) == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_definite_visit_noun_takes_no_genitive_leader():
    # "Sisi met, during the visit, the Russian president Putin": Putin is met, not the visitor;
    # and so is the Turkish president listed after him (visits.followon.listed_guests)
    assert reported(run("التقى السيسي خلال الزيارة الرئيس الروسي بوتين والرئيس التركي أردوغان.")) == [
        ("Abdel Fattah el-Sisi", "Vladimir Putin"), ("Abdel Fattah el-Sisi", "Recep Tayyip Erdogan")]


def test_a_past_verb_beaten_by_a_visit_noun_of_its_sentence_still_tells_the_meeting_held():
    # "Sisi met, during the visit, Putin. Sisi and Putin will hold a joint press conference on
    # Wednesday": "الزيارة" gives the pair, "التقى" (met) says it was held; only the press
    # conference is planned
    rows = run("التقى السيسي خلال الزيارة الرئيس الروسي بوتين. وسيعقد السيسي وبوتين مؤتمرا صحفيا مشتركا الأربعاء.")
    assert reported(rows) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # "the visit comes less than two weeks after al-Assad's visit to Moscow and his meeting Putin"
    "وتأتي الزيارة بعد أقل من أسبوعين على زيارة الأسد إلى موسكو ولقائه بوتين.",
    # "the number deported in the days that followed President al-Assad's visit to Egypt ..."
    "وبلغ عدد المرحلين خلال الأيام التي أعقبت زيارة الرئيس الأسد إلى مصر ولقائه مع الرئيس السيسي نحو 80.",
])
def test_a_visit_counted_from_or_followed_by_the_news_is_earlier(text):
    rows = run(text)
    assert reported(rows) == [] and {r["kind"] for r in rows} == {"referenced"}


def test_in_search_of_is_no_discussion():
    # "بحثا عن" (bahthan 'an, in search of) is an adverb, not "بحثا" (the two discussed)
    assert reported(run("وقال الرئيس السيسي إن الوفد يقيم في الدوحة بحثا عن مزيد من الدعم ضد الرئيس الأسد.")) == []
    assert reported(run("وفي الدوحة بحثا السيسي والأسد سبل التعاون.")) == [("Abdel Fattah el-Sisi", "Bashar al-Assad")]


def test_the_arrival_of_goods_is_no_leaders_trip():
    # "Putin confirmed the limits on the arrival of goods in Damascus will be lifted"
    assert reported(run("وأكد بوتين أن القيود على وصول البضائع إلى دمشق سترفع.")) == []
    # the arrival noun's genitive leader travels
    assert reported(run("وقال مصدر إن الأسد أكد لدى وصول الرئيس بوتين إلى دمشق أن العلاقات قوية.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]


def test_an_earlier_trip_the_other_way_does_not_make_the_visit_retold():
    # "Sisi began his foreign tour to Russia on a visit ...; it answers an invitation of his
    # Russian counterpart Putin, who went to Egypt last June": June is Putin's trip, not Sisi's
    from tests.extract.test_visits import D
    text = ("بدأ الرئيس السيسي جولته الخارجية إلى روسيا في زيارة تهدف إلى تعزيز العلاقات. وتأتي الزيارة تلبية "
            "لدعوة وجهها نظيره الروسي بوتين الذي توجه إلى مصر في يونيو الماضي.")
    p = text.find("يونيو الماضي")
    rows = run(text, dt.date(2023, 3, 14), [D(p, p + 12, "يونيو الماضي", dt.date(2022, 6, 1), "month", "relative")])
    assert [(r["visitor"], r["kind"]) for r in rows] == [("Abdel Fattah el-Sisi", "reported"),
                                                         ("Vladimir Putin", "referenced")]


def test_leaders_listed_with_the_traveller_travel_with_him():
    # "there arrived one after another each of President Putin, the Turkish Erdogan and the
    # Syrian al-Assad": no one of them hosts another
    assert reported(run("ووصل مساء اليوم تباعا كل من الرئيس بوتين، والتركي أردوغان، والسوري الأسد.")) == []
    # a leader after another verb is still met: "arrived in Moscow and met Putin"
    assert reported(run("وصل أردوغان إلى روسيا، والتقى بوتين.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_summit_one_takes_part_in_pairs_no_participants():
    # "... arrived in Doha to take part in the summit": the summit is the many's, not Erdogan and al-Assad's
    rows = run("ووصل مساء اليوم كل من الرئيس بوتين، والتركي أردوغان، والسوري الأسد، إلى الدوحة للمشاركة في القمة.")
    assert ("Recep Tayyip Erdogan", "Bashar al-Assad") not in reported(rows)
    assert reported(run("وعقد بوتين وأردوغان القمة في سوتشي.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_given_name_between_title_and_surname_keeps_the_list_of_travellers():
    # "الرئيس التونسي محمد منصف المرزوقي": the title and the surname are two mentions of one
    # item of the list, the given name between them
    text = "ووصل مساء اليوم تباعا كل من الرئيس الروسي فلاديمير بوتين، والتركي أردوغان."
    a, b, c = text.find("الرئيس الروسي"), text.find("بوتين"), text.find("أردوغان")
    ms = [M("putin", "person", "Vladimir Putin", "الرئيس الروسي", a, a + 13, "Russia", None, ["head_of_state"]),
          M("putin", "person", "Vladimir Putin", "بوتين", b, b + 5, "Russia", None, ["head_of_state"]),
          M("erdogan", "person", "Recep Tayyip Erdogan", "أردوغان", c, c + 7, "Turkey", None, ["head_of_state"])]
    assert reported(find_visits(text, sentence_spans(text), ms, [], dt.date(2023, 3, 14))) == []


def test_an_african_summit_without_the_article_is_multilateral():
    # "Sisi was chosen deputy head of the body at an African summit where Erdogan won the chair"
    assert reported(run("وتم اختيار السيسي نائبا لرئيس المنظمة في قمة أفريقية فاز فيها أردوغان بالرئاسة.")) == []


# Session 8 (retell)
def kinds(rows):
    return [(r["visitor"], r["host"], r["kind"]) for r in rows]


ASSAD_SISI = ("Bashar al-Assad", "Abdel Fattah el-Sisi")


@pytest.mark.parametrize("text", [
    # "al-Assad described his visit to Cairo and his meeting with Sisi as historic": the judging is the news
    "ووصف الرئيس الأسد زيارته إلى القاهرة ولقاءه بالرئيس السيسي بالتاريخية.",
    # "al-Assad praised his visit to Egypt"
    "وأشاد الأسد بزيارته إلى مصر ولقائه السيسي.",
    # "as for al-Assad's visit to Egypt, the spokesman said it was fruitful"
    "وعن زيارة الأسد إلى مصر ولقائه السيسي قال المتحدث إنها كانت مثمرة.",
    # "al-Assad was the first Syrian president to visit Egypt and meet its president"
    "وكان الأسد أول رئيس سوري يزور مصر ويلتقي السيسي منذ سنوات.",
    # "the expert said, commenting on al-Assad's visit to Egypt, ..."
    "قال الخبير تعليقا على زيارة الأسد إلى مصر ولقائه السيسي إنها مهمة.",
    # "the Syrian president, al-Assad's, last visit": "الأخيرة" past the appositive's comma
    "وقال الخبير إن زيارة الرئيس السوري، الأسد، الأخيرة إلى مصر ولقاءه السيسي مهمة.",
    # "the talk on Monday evening was of al-Assad's visit to Egypt in the summer": the talk is the news
    "وكان الحديث مساء الاثنين الماضي عن زيارة الأسد إلى مصر ولقائه السيسي خلال الصيف.",
])
def test_a_visit_judged_or_named_as_a_topic_is_retold(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # the arrival stays the news beside the judging, the "first to visit" and the "first visit"
    "استقبل السيسي الأسد في القاهرة، ووصف الأسد زيارته بالتاريخية.",
    "وصل الأسد إلى القاهرة ليصبح أول رئيس سوري يزور مصر منذ الثورة ويلتقي السيسي.",
    "وصل الرئيس الأسد إلى القاهرة في أول زيارة لرئيس سوري لمصر، والتقى الرئيس السيسي.",
    # "observers considered that al-Assad's visit to Cairo ... opens a new page": "that" opens the visit's own clause
    "واعتبر المراقبون أن زيارة الأسد إلى القاهرة ولقاءه السيسي تفتح صفحة جديدة.",
    # a present visit verb of his own is the visit under way
    "يزور الأسد مصر اليوم ويلتقي السيسي.",
    "وصل الأسد إلى القاهرة والتقى السيسي، وقال الخبير تعليقا على الزيارة إنها مهمة.",
])
def test_a_visit_told_beside_a_judging_or_a_first_stays_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "reported")]


# Session 8 (plan)
@pytest.mark.parametrize("text, held", [
    # "Sisi makes a visit to Moscow late this month": late March begins after 14 March
    ("ويقوم السيسي بزيارة موسكو أواخر الشهر الجاري.", "ويقوم السيسي بزيارة موسكو مطلع الشهر الجاري."),
    # "the spokesman announced the decision of Sisi's visit to Moscow and meeting Putin"
    ("وأعلن المتحدث قرار زيارة السيسي لموسكو ولقاء بوتين.", "وأعلن المتحدث زيارة السيسي لموسكو ولقاء بوتين."),
    # "it was decided that Sisi visits Moscow soon"
    ("وتقرر أن يزور السيسي موسكو في وقت قريب.", "وزار السيسي موسكو والتقى بوتين."),
    # "Sisi visits Moscow in the coming days"
    ("يزور السيسي موسكو في الأيام المقبلة.", "يزور السيسي موسكو اليوم."),
])
def test_a_visit_decided_or_in_a_later_part_of_the_month_is_planned(text, held):
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 14)
    rows = run(text, pub, find_dates(text, None, pub))
    assert reported(rows) == []
    assert [(r["visitor"], r["planned"]) for r in rows] == [("Abdel Fattah el-Sisi", True)]
    assert reported(run(held, pub, find_dates(held, None, pub))) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_late_this_month_is_held_once_that_part_of_the_month_has_begun():
    from tasks.extract.dates import find_dates
    text, pub = "ويقوم السيسي بزيارة موسكو أواخر الشهر الجاري.", dt.date(2023, 3, 25)
    assert reported(run(text, pub, find_dates(text, None, pub))) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


@pytest.mark.parametrize("text, held", [
    # "Sisi discussed the crisis when he makes a visit to Moscow": the present after "when" is ahead
    ("وبحث السيسي الأزمة عندما يقوم بزيارة موسكو.", "وبحث السيسي الأزمة عندما قام بزيارة موسكو."),
    ("وتحدث السيسي عن الأزمة حين يصل إلى موسكو.", "وتحدث السيسي عن الأزمة حين وصل إلى موسكو."),
])
def test_a_present_visit_verb_after_when_is_planned(text, held):
    rows = run(text)
    assert reported(rows) == []
    assert [(r["visitor"], r["planned"]) for r in rows] == [("Abdel Fattah el-Sisi", True)]
    assert reported(run(held)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]



def test_a_visit_dated_only_by_the_running_month_does_not_unplan_a_planned_one():
    # "من المقرر أن يزور بوتين مصر الأسبوع المقبل ... وفي مؤتمر صحافي في موسكو هذا الشهر، أسف
    # بوتين للتدابير الأمنية خلال زيارته لمصر" (Putin is due in Egypt next week ... at a press
    # conference this month he regretted the security measures during his visit): "this month"
    # is the press conference's and still running: the visit stays planned
    from tests.extract.test_visits_detect import reported_rows
    text = ("ومن المقرر أن يزور الرئيس الروسي فلاديمير بوتين مصر الأسبوع المقبل للقاء الرئيس عبد الفتاح "
            "السيسي. وفي مؤتمر صحافي في موسكو هذا الشهر، أسف بوتين للتدابير الأمنية المشددة خلال زيارته لمصر.")
    assert reported_rows(text, dt.date(2015, 7, 24)) == []
    # a day by publication still tells it as held (the rule before this one)
    text = text.replace("هذا الشهر", "أمس")
    assert [r["visitor"] for r in reported_rows(text, dt.date(2015, 7, 24))] == ["Vladimir Putin"]
# Session 9 (retold)
@pytest.mark.parametrize("text", [
    # "the expert said that al-Assad's visit to Cairo and his meeting with Sisi were the green light":
    # the visit is the subject of a past predicate, a comment on a visit behind the news
    "وقال الخبير إن زيارة الأسد إلى القاهرة ولقاءه السيسي كانت الضوء الأخضر للاتفاق.",
    # "... affirmed that al-Assad's visit to Egypt and his meeting with Sisi contributed to ..."
    "وأكد الوزير أن زيارة الأسد لمصر ولقاءه السيسي أسهمت في تعزيز العلاقات.",
    # "the cabinet reviewed the results of al-Assad's visit to Cairo"
    "واستعرض مجلس الوزراء نتائج زيارة الأسد إلى القاهرة ولقائه السيسي.",
    # "during al-Assad's visit to Egypt and his meeting with Sisi about two months ago"
    "وحضر الوزير أحد اللقاءات أثناء زيارة الأسد لمصر ولقائه السيسي منذ حوالي شهرين.",
    "وقال المتحدث إن الأسد التقى السيسي أثناء زيارته لمصر منذ عامين.",
])
def test_a_visit_commented_on_or_told_ago_is_retold(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # "the first visit in two years" is the news; "since" names how long none was made
    "وصل الأسد إلى القاهرة في أول زيارة له منذ عامين والتقى السيسي.",
    # the arrival stays the news beside the comment on it
    "وصل الأسد إلى القاهرة والتقى السيسي، وقال الخبير إن الزيارة كانت مثمرة.",
    # "the visit that was" (a relative clause) does not make the visit the subject of a comment
    "والتقى الأسد السيسي خلال زيارته لمصر التي كانت مفاجئة.",
    # "al-Assad voiced his joy at the results of his visit": the visitor's own word closes it, as news
    "وعبر الأسد عن سعادته لنتائج زيارته إلى مصر ولقائه السيسي.",
])
def test_a_visit_beside_since_or_a_comment_stays_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "reported")]


@pytest.mark.parametrize("text", [
    # "..., and as for al-Assad's visit to Egypt and his meeting with Sisi, he said": "as for" past a comma
    "وأشار الخبير إلى أهمية العلاقات، وعن زيارة الأسد إلى مصر ولقائه السيسي قال إنها مثمرة.",
    # "as for Putin's visit to Turkey and al-Assad's visit to Egypt, he said": the coordinated visit is the topic too
    "وأشار الخبير إلى أهمية العلاقات، وعن زيارة بوتين إلى تركيا وزيارة الأسد لمصر ولقائه السيسي قال إنها مثمرة.",
    # "responding to al-Assad's visit to Egypt": the answer is the news, as "commenting on" is
    "وقال الخبير ردا على زيارة الأسد إلى مصر ولقائه السيسي إنها مهمة.",
])
def test_a_visit_named_as_a_clause_topic_or_answered_is_retold(text):
    assert [k for k in kinds(run(text)) if k[:2] == ASSAD_SISI] == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # "today is the first anniversary of al-Assad's visit to Egypt and his meeting with Sisi"
    "وتحل اليوم الذكرى الأولى لزيارة الأسد إلى مصر ولقائه السيسي.",
    "وفي الذكرى الخامسة لزيارة الأسد التاريخية إلى القاهرة ولقائه السيسي قال الخبير إن العلاقات تحسنت.",
])
def test_a_visit_remembered_on_its_anniversary_is_retold(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


PUTIN_ERDOGAN = {"Vladimir Putin", "Recep Tayyip Erdogan"}


@pytest.mark.parametrize("text, kind", [
    # "agreed at the historic summit that was held between them": a summit behind the news
    ("واتفق بوتين وأردوغان في القمة التاريخية التي انعقدت بينهما على التعاون.", "referenced"),
    ("واتفق بوتين وأردوغان في القمة التي عقدت بينهما في سوتشي على التعاون.", "referenced"),
    # ... "that was held between them today": the relative clause's day makes it the news
    ("واتفق بوتين وأردوغان في القمة التي انعقدت بينهما اليوم في سوتشي على التعاون.", "reported"),
    # "the talks that went on (دارت, darat) between them": as "انعقدت" (was held)
    ("واتفق بوتين وأردوغان في المحادثات التي دارت بينهما على التعاون.", "referenced"),
    ("واتفق بوتين وأردوغان في المحادثات التي دارت بينهما اليوم في سوتشي على التعاون.", "reported"),
])
def test_a_summit_told_by_a_relative_clause_of_holding_is_retold_unless_dated(text, kind):
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 14)
    rows = run(text, pub, find_dates(text, None, pub))
    assert [({r["visitor"], r["host"]}, r["kind"]) for r in rows] == [(PUTIN_ERDOGAN, kind)]


def test_a_visit_a_tour_includes_is_a_leg_ahead():
    # "al-Assad's tour also includes a visit to Russia to meet Putin": the present "includes" lists legs ahead
    rows = run("وتشمل جولة الأسد أيضا زيارة إلى روسيا للقاء الرئيس بوتين.")
    assert [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows] == [
        ("Bashar al-Assad", "Vladimir Putin", "referenced", True)]
    # "the tour included a visit to Russia during which he met Putin": done
    assert reported(run("وشملت جولة الأسد زيارة إلى روسيا التقى خلالها الرئيس بوتين.")) == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_qimma_as_the_peak_of_something_is_no_summit():
    # "al-Assad described the relations with Putin as at the peak of warmth" ("في قمة الحميمية")
    assert run("ووصف الرئيس الأسد علاقات سوريا وروسيا بأنها في قمة الحميمية مع الرئيس بوتين.") == []
    # "the Sochi summit with Putin" is one
    assert reported(run("وعقد الرئيس الأسد قمة سوتشي مع الرئيس بوتين.")) != []


def test_a_visit_noun_coordinated_with_a_retold_one_is_retold_too():
    # "acting on the results of Putin's visit to Turkey and al-Assad's visit to Egypt and his meeting with Sisi"
    text = "وأكد الوزير أهمية تفعيل نتائج زيارة بوتين لتركيا وزيارة الأسد لمصر ولقائه السيسي."
    assert [k for k in kinds(run(text)) if k[:2] == ASSAD_SISI] == [(*ASSAD_SISI, "referenced")]
    # ... but "and al-Assad's visit" after a visit told as news stays news
    text = "وتابع الوزير زيارة بوتين لتركيا وزيارة الأسد لمصر ولقائه السيسي."
    assert [k for k in kinds(run(text)) if k[:2] == ASSAD_SISI] == [(*ASSAD_SISI, "reported")]
def test_a_visit_he_may_make_is_no_visit_made():
    # "Hollande may make a visit to Mali within the next two days to meet its president"
    text = ("كشفت صحيفة فرنسية اليوم عن أن الرئيس الفرنسي فرانسوا أولاند قد يقوم بزيارة خلال اليومين "
            "القادمين إلى مالي للقاء الرئيس المالي ديونكوندا تراوري.")
    assert [r for r in mention_rows(text, dt.date(2013, 2, 1)) if r["kind"] == "reported"] == []


def test_a_delegation_sent_to_study_the_conditions_of_a_visit_makes_it_ahead():
    # "the Elysee sent a delegation to Bamako to study the conditions of the French president's visit to Mali"
    text = ("وأضافت الصحيفة أن قصر الرئاسة الفرنسية أرسل وفدا إلى العاصمة المالية باماكو لدراسة ظروف زيارة "
            "الرئيس الفرنسي فرانسوا أولاند إلى مالي ولقاء الرئيس المالي ديونكوندا تراوري.")
    assert [r for r in mention_rows(text, dt.date(2013, 2, 1)) if r["kind"] == "reported"] == []


@pytest.mark.parametrize("text", [
    "وتعهد بوتين خلال لقائه زوجة السجين بإثارة الموضوع مع أردوغان.",  # his meeting with the prisoner's wife
    "وتعهد بوتين خلال لقائه وزير الخارجية التركي بإثارة الموضوع مع أردوغان.",  # ... with the foreign minister
])
def test_a_meeting_noun_whose_object_is_a_non_leader_is_not_the_leaders_meeting(text):
    assert reported(run(text, dt.date(2015, 8, 2), dates=[])) == []
    # his meeting with the leader himself is one
    assert reported(run("وتعهد بوتين خلال لقائه أردوغان بإثارة الموضوع.", dt.date(2015, 8, 2), dates=[])) != []


def test_a_dual_conferring_verb_in_an_article_about_their_call_is_that_call():
    # "after a call between Putin and Erdogan ... the statement said the two presidents also
    # conferred (تباحثا) on trade": the conferring is the call's, no meeting
    text = ("وأضاف الكرملين إثر مكالمة هاتفية بين بوتين وأردوغان أن الرئيسين تناولا الملف السوري. "
            "وأوضح البيان أن بوتين وأردوغان تباحثا كذلك في سبل تعزيز العلاقات التجارية.")
    assert reported(run(text, dt.date(2015, 8, 2), dates=[])) == []
    # with no call in the article, they conferred in person
    assert reported(run(text.split(". ")[1], dt.date(2015, 8, 2), dates=[])) != []
@pytest.mark.parametrize("text", [
    # talks "with Russia" (a state), held to arrange a summit of the two leaders
    "وقال أردوغان إن تركيا تجري محادثات مباشرة مع روسيا في محاولة لترتيب قمة بينه وبين بوتين.",
    # talks "between Moscow and Damascus" while the summit is prepared
    "وأكد الأسد أن محادثات جرت بين موسكو ودمشق في إطار التحضير للقمة بينه وبين بوتين.",
    # the leader named later is the topic of the states' talks
    "وقال أردوغان إن تركيا تجري محادثات مباشرة مع روسيا بشأن سوريا، وهو ما أكده بوتين.",
    "وأكد الأسد أن محادثات جرت بين موسكو ودمشق حول الاتفاق الذي أعلنه بوتين.",
])
def test_talks_between_states_are_no_meeting_of_the_leaders_named_after(text):
    # "محادثات مع روسيا" / "بين موسكو ودمشق": the sides are states; the leaders are the summit's
    assert reported(run(text)) == []


def test_talks_between_states_led_by_their_leaders_stay_a_meeting():
    # the states' talks "برئاسة" (chaired by) their two leaders: the leaders met
    text = "وجرت في موسكو مباحثات بين روسيا ومصر برئاسة بوتين والسيسي."
    assert reported(run(text)) == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_the_talks_after_talks_between_states_are_a_meeting_of_their_own():
    # "المحادثات مع روسيا" are the states'; "يومين من المحادثات" after them are the leaders' talks
    text = ("جاء إعلان السيسي عن المحادثات مع روسيا خلال لقطات مع ضيفه الأسد في مستهل يومين من المحادثات "
            "في القاهرة.")
    assert reported(run(text)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text", [
    # "اجتماع القمة" (the summit's session) in a story of the Arab League summit
    "انطلقت القمة العربية في الدوحة، وتظهر الصورة خروج السيسي من اجتماع القمة أثناء إلقاء أمير الكويت كلمته.",
    "انطلقت القمة العربية في الدوحة، ويمثل مصر في اجتماعات القمة السيسي فيما يمثل الكويت أمير الكويت.",
])
def test_the_session_of_a_named_summit_is_no_meeting_of_two_of_its_leaders(text):
    assert reported(run(text)) == []


def test_a_summit_meeting_between_two_leaders_stays_their_meeting():
    # no summit series named: "اجتماع القمة بين" is the two leaders' own summit
    assert reported(run("انعقد اجتماع القمة بين السيسي وأمير الكويت في القاهرة.")) == [
        ("Sabah Al-Ahmad Al-Jaber Al-Sabah", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text", [
    # three leaders of three countries, the summit noun with no sides of its own after it
    "تعهد رؤساء تركيا أردوغان وروسيا بوتين وسوريا الأسد بعد يوم طويل من النقاش الصعب والمفصل، في قمة احتضنتها القاهرة، "
    "بتعزيز التعاون.",
    "استقبل السيسي في القاهرة نظيريه الروسي بوتين والسوري الأسد لعقد قمة حول ليبيا.",
])
def test_a_summit_of_three_leaders_pairs_none_of_its_guests(text):
    pairs = {frozenset((r["visitor"], r["host"])) for r in run(text)}
    assert frozenset(("Vladimir Putin", "Bashar al-Assad")) not in pairs
    assert frozenset(("Recep Tayyip Erdogan", "Vladimir Putin")) not in pairs


def test_a_summit_of_two_named_after_it_stays_theirs_beside_a_third_leader():
    # "قمة بوتين والأسد" names its two sides; Erdogan only commented
    text = "وعقدت في موسكو قمة بوتين والأسد، فيما رحب أردوغان بنتائجها."
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "ومهدت المحادثات الطريق للقاء محتمل بين بوتين وأردوغان.",  # a possible meeting (indefinite adjective)
    "وأرسل بوتين لافروف إلى دمشق للقاء الأسد قبل قمة بين موسكو ودمشق.",  # before a summit: it lies ahead
    "أمير الكويت يقترح عقد قمة مصغرة بالقاهرة مع السيسي.",  # proposes (present tense)
])
def test_a_possible_proposed_or_coming_summit_is_not_reported(text):
    assert reported(run(text)) == []


def test_a_state_after_the_leader_a_meeting_noun_names_is_not_its_side():
    # "مؤتمر صحفي مع الأسد" names its side; "مع روسيا" further on is what was said
    text = "وقال بوتين خلال مؤتمر صحفي مع الأسد في دمشق إن بلاده ستعمل مع روسيا."
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    # "قمة ... في سوتشي مع الرئيس الروسي بوتين": the summit names its other side a few words on
    "وخلال قمة تاريخية في سوتشي مع الرئيس الروسي بوتين، بدا أردوغان مستعدا للقاء السيسي.",
    # "اجتماع القمة، الذي عقده بوتين ... مع أردوغان": the two's summit, in a story of another summit
    "وقال الكرملين إن القمة الخليجية انتهت، وإن اجتماع القمة، الذي عقده بوتين الاثنين مع أردوغان، كان ناجحا.",
])
def test_a_summit_that_names_its_sides_further_on_stays_theirs(text):
    assert frozenset(("Vladimir Putin", "Recep Tayyip Erdogan")) in {
        frozenset((r["visitor"], r["host"])) for r in run(text)}


def test_an_indefinite_adjective_of_another_noun_does_not_make_a_summit_possible():
    # "محتمل" qualifies "حقل ألغام" (a potential minefield), not the summit held today
    text = "وجلس بوتين وأردوغان معا اليوم في أول قمة بينهما تمثل حقل ألغام سياسي محتمل لأردوغان."
    assert frozenset(("Vladimir Putin", "Recep Tayyip Erdogan")) in {frozenset(p) for p in reported(run(text))}


def test_the_summit_of_the_islamic_states_is_the_oic_summit_not_a_meeting_of_its_chairs():
    # "تسلم السيسي رئاسة ... لقمة الدول الإسلامية من الرئيس أردوغان" (took over the chair of the
    # Islamic states' summit from Erdogan): a handover at the OIC summit, no meeting of the two
    text = "وتسلم السيسي رئاسة الدورة الثانية عشرة لقمة الدول الإسلامية من الرئيس أردوغان رئيس الدورة السابقة للقمة."
    assert reported(run(text)) == []


def test_a_promise_to_repeat_a_visit_is_a_plan():
    # "صافح مرسي نظيره الإيراني ووعده بتكرار زيارته لطهران" (promised to repeat his visit to
    # Tehran): the real lexicon reads it (the counterpart's title). The promise gives no visit to Tehran;
    # a handshake framed by the session's start is a meeting of its own (visits.handshake), no city, as
    # "التقى" in its place gives
    from tests.extract.test_visits_detect import reported as reported_real
    text = "وقبل بدء الجلسة صافح الرئيس محمد مرسي نظيره الإيراني ووعده مبتسما بتكرار زيارته لطهران."
    assert reported_real(text, dt.date(2013, 2, 7)) == [("Mohamed Morsi", "Mahmoud Ahmadinejad", None)]
    text = "وصافح الرئيس محمد مرسي نظيره الإيراني ووعده مبتسما بتكرار زيارته لطهران."
    assert reported_real(text, dt.date(2013, 2, 7)) == []  # a bare handshake is no meeting, the promise a plan


def test_summit_level_is_no_meeting():
    # "على مستوى القمة" (at summit level): the level of a session, not a summit of the two named
    text = "وتسلم السيسي رئاسة الدورة التي تبدأ أعمالها اليوم على مستوى القمة، من الرئيس أردوغان رئيس الدورة السابقة."
    assert reported(run(text)) == []


def test_a_leader_after_decision_of_is_not_the_one_who_visits():
    """"youths pelted a Russian delegation visiting Damascus, amid anger over Putin's decision
    to send troops": the decision's owner is not the visitor."""
    text = "رشق شبان وفدا روسيا يضم أعضاء في مجلس بلدي يزور دمشق بالبيض، وسط غضب بشأن قرار بوتين إرسال قوات."
    assert run(text, dt.date(2018, 2, 23)) == []


def test_the_supreme_leaders_adviser_is_not_the_supreme_leader():
    """"Velayati, adviser of the Iranian Supreme Leader Ali Khamenei, who is to hold talks with
    Putin": the adviser holds them (the real lexicon)."""
    from tasks.extract.dates import find_dates
    from tasks.extract.entities import find_mentions
    from ziyarat.arabic import fold_with_map
    pub = dt.date(2018, 7, 11)
    text = "وتزامن ذلك مع قدوم علي أكبر ولايتي، مستشار المرشد الإيراني علي خامنئي، الذي من المقرر أن يعقد مباحثات مع بوتين."
    folded = fold_with_map(text)
    assert find_visits(text, sentence_spans(text), find_mentions(text, folded, pub),
                       find_dates(text, folded, pub), pub) == []


# Session 9 (retold3): a visit judged in a statement, supported or opposed
@pytest.mark.parametrize("text", [
    # "the spokesman said that al-Assad's visit to Egypt and his meeting with Sisi are «utterly rejected»":
    # a present or nominal predicate of a "that"-clause's visit noun judges it
    "وقال المتحدث إن زيارة الأسد لمصر ولقاءه السيسي «مرفوضة تماما».",
    # "... affirming that the visit of «al-Assad» to Egypt and his meeting with Sisi were a crisis":
    # a name in quotes does not end the clause (a present verdict, "تعكس" / "تمثل", keeps the visit the
    # news since session 41: tests/extract/test_visit_judged_under_way.py)
    "وهاجم الشيخ الحكومة مؤكدا أن زيارة «الأسد» لمصر ولقاءه السيسي كانت أزمة اقتصادية.",
    # "... did not achieve anything": a negated past predicate ("لم", lam)
    "وأكد الكاتب أن زيارة الأسد لمصر ولقاءه السيسي لم تحقق شيئا.",
    # "that the visit of al-Assad, the Syrian president, to Egypt achieved ...": an appositive between commas
    "وقال الكاتب إن زيارة الأسد، الرئيس السوري، لمصر ولقاءه السيسي حققت نجاحات.",
    # "..., إنما كانت" (innama, rather was): the predicate resumed past a comma
    "وقال الكاتب إن زيارة الأسد لمصر ولقاءه السيسي خلال المؤتمر، إنما كانت جزءا من الأمن القومي.",
    # "the movement said that the support for al-Assad's visit to Egypt ...": the visit is the object of a stance
    "وأشارت الحركة إلى أن تأييد زيارة الأسد لمصر ولقائه السيسي نتيجة لقصر النظر.",
    # "al-Assad's visit to Cairo and his meeting with Sisi drew the papers' attention"
    "وحازت زيارة الأسد إلى القاهرة ولقاؤه السيسي اهتمام الصحف.",
    "واستحوذت زيارة الأسد إلى مصر ولقاؤه السيسي على اهتمام الصحف.",
])
def test_a_visit_judged_supported_or_covered_in_a_statement_is_retold(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]


@pytest.mark.parametrize("text", [
    # the arrival told as news stays reported beside the spokesman's word on it
    "وصل الأسد إلى القاهرة والتقى السيسي، وقال المتحدث إن زيارة الأسد لمصر تمثل نقلة في العلاقات.",
    # "al-Assad said that his visit comes ...": the visitor's own word on his visit stays news
    "وقال الأسد إن زيارته لمصر ولقاءه السيسي تمثل نقلة في العلاقات.",
])
def test_a_visit_told_as_news_beside_a_judgement_stays_reported(text):
    assert kinds(run(text)) == [(*ASSAD_SISI, "reported")]


@pytest.mark.parametrize("text", [
    # "an official revealed details of Erdogan's last official visit to Moscow and his meeting with Putin":
    # definite adjectives between the noun and "الأخيرة" (last)
    "وكشف مسؤول، الثلاثاء، عن تفاصيل الزيارة الرسمية الأخيرة لأردوغان إلى موسكو ولقائه بوتين.",
    "وكشف مسؤول، الثلاثاء، عن تفاصيل الزيارة الرسمية التاريخية الأخيرة لأردوغان إلى موسكو ولقائه بوتين.",
])
def test_last_after_the_visit_nouns_adjectives_makes_an_earlier_visit(text):
    rows = run(text)
    assert reported(rows) == [] and {r["kind"] for r in rows} == {"referenced"}
    # without "الأخيرة" (last) it is the visit told
    assert reported(run(text.replace(" الأخيرة", ""))) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_day_of_a_visit_dates_something_else_by_an_earlier_visit():
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 14)
    # "the writer recalled what happened on the day of al-Assad's visit to Egypt and his meeting with Sisi"
    text = "وتذكر الكاتب ما جرى يوم زيارة الأسد لمصر ولقائه السيسي."
    assert kinds(run(text, pub, find_dates(text, None, pub))) == [(*ASSAD_SISI, "referenced")]
    # ... "yesterday, the day of the visit": a day of its own keeps it the news
    text = "وتظاهر العشرات أمس يوم زيارة الأسد لمصر ولقائه السيسي."
    assert kinds(run(text, pub, find_dates(text, None, pub))) == [(*ASSAD_SISI, "reported")]


# ------------------------------------------------------------------ slice tun9 (tunisia2016)
def test_the_leader_he_phoned_is_not_the_visitor_of_the_next_clause():
    # "اتصل بالرئيس الروسي بوتين وتحول إلى أنقرة للقاء أردوغان" (ittasala bi-, he phoned
    # President Putin and went to Ankara to meet Erdogan): Putin was on the phone, not in Ankara
    rows = run("كما أنه اتصل بالرئيس الروسي بوتين وتحول إلى أنقرة للقاء الرئيس أردوغان.")
    assert reported(rows) == []
    assert reported(run("كما أن بوتين تحول إلى أنقرة للقاء الرئيس أردوغان.")) == [
        ("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_visit_pointed_back_to_after_a_trip_dated_weeks_before_is_that_trip():
    """"أثبتت الزيارة التي قام بها أردوغان إلى موسكو من 10 إلى 12 مارس ..." (the visit Erdogan
    made to Moscow on 10-12 March) in a story of 3 April, then "... عانق نظيره بوتين ... من
    الزيارة" (he hugged his counterpart ... of the visit): "الزيارة" is that March visit,
    whichever way its traveller is guessed."""
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map
    pub = dt.date(2019, 4, 3)
    text = ("أثبتت الزيارة التي قام بها أردوغان إلى موسكو من 10 إلى 12 مارس أن الرئيس التركي يسعى إلى علاقات قوية. "
            "فخلال ثلاثة أيام قضاها هناك، عانق نظيره الروسي بوتين مرارا، وكأن الهدف من الزيارة هو التركيز على الصداقة.")
    rows = run(text, pub, find_dates(text, fold_with_map(text), pub))
    assert reported(rows) == []


@pytest.mark.parametrize("text", [
    "جاء ذلك قبيل قمة متوقعة بين الرئيس أردوغان والرئيس الروسي بوتين.",  # shortly before an expected summit
    "وأفرجت السلطات عن السجناء مما يزيل عقبة أمام قمة بين أردوغان وبوتين.",  # an obstacle before a summit
    "وقال أردوغان إنه حدد موعد لقائه مع الرئيس الروسي بوتين.",  # he set the date of his meeting
    "ووصل مسؤولون إلى موسكو الأحد بهدف الإعداد للقمة بين أردوغان وبوتين.",  # to prepare the summit
    "وألغيت التدريبات خشية التوتر قبل اجتماع القمة بين أردوغان وبوتين.",  # before the summit meeting
    "وذلك مع اقتراب البلدين من عقد قمة بين أردوغان وبوتين.",  # as the two countries near a summit
    "وقالت المتحدثة إن البلدين استقرا على مكان لعقد القمة بين أردوغان وبوتين.",  # settled on a place for it
])
def test_a_summit_told_as_ahead_of_the_sentence_is_planned(text):
    """Words that put the summit after the sentence's own event (before it, preparing it, its
    date or place being set, its chances, "متوقعة" expected): a plan, not a meeting held."""
    assert reported(run(text, dt.date(2019, 4, 3))) == []


def test_only_days_after_the_meeting_it_is_retold():
    """"بعد عشرة أيام فقط من لقائه" (only ten days after his meeting): "فقط" (only) between the
    span and "من" still counts the meeting days before the news."""
    text = "وانتقد أردوغان العقوبات الجمعة بعد عشرة أيام فقط من لقائه التاريخي مع الرئيس الروسي بوتين."
    assert reported(run(text, dt.date(2019, 4, 5))) == []


def test_his_meeting_after_a_verb_is_its_subjects_a_prince_leads_nothing():
    """"والتقى دوق كامبريدج ... عباس ... بعد يوم من لقائه ... نتانياهو" (the Duke of Cambridge met
    Abbas a day after his meeting with Netanyahu): "his" is the verb's subject, Prince William,
    who leads no state: no meeting of Abbas and Netanyahu (the real lexicon)."""
    from tests.extract.test_visits_detect import reported as reported_real
    text = ("والتقى دوق كامبريدج رئيس السلطة الفلسطينية محمود عباس في مدينة رام الله بعد يوم من لقائه "
            "رئيس الوزراء الإسرائيلي بنيامين نتانياهو في القدس الغربية.")
    assert reported_real(text, dt.date(2018, 6, 27)) == []


def test_an_interest_in_visiting_and_meeting_is_no_visit():
    """"مهتم بزيارة روسيا ولقاء الرئيس بوتين" (interested in visiting Russia and meeting President
    Putin): a wish, for the meeting joined to the visit by "و" too."""
    text = "وقالت الوكالة إن الرئيس أردوغان مهتم بزيارة روسيا ولقاء الرئيس بوتين."
    assert reported(run(text, dt.date(2019, 4, 3))) == []


def test_what_a_missile_is_able_to_reach_is_no_arrival():
    # "قادر على الوصول إلى" (able to reach): a missile's range, no trip of Assad to Moscow
    text = "وقال الأسد إن بلاده تطور صاروخا عابرا للقارات قادرا على الوصول إلى موسكو."
    assert run(text) == []


def test_talks_whose_with_names_an_ambassador_after_the_subject_are_no_leaders_meeting():
    # "بحث الرئيس الفلسطيني محمود عباس، اليوم الاثنين، مع السفير ..." (Abbas discussed today
    # with the ambassador): the "مع" (with) after the verb's subject names an official, so a
    # leader named later is no side of it
    from tests.extract.test_visits_detect import reported as reported_full
    day = dt.date(2013, 3, 18)
    text = ("بحث الرئيس الفلسطيني محمود عباس، اليوم الاثنين، مع السفير ياسر عثمان، سفير مصر لدى "
            "السلطة الوطنية، الأوضاع قبل زيارة الرئيس الأمريكي باراك أوباما.")
    assert reported_full(text, day) == []
    # with a leader after "مع", the talks stand
    text = ("بحث الرئيس الفلسطيني محمود عباس، اليوم الاثنين، مع الرئيس المصري محمد مرسي "
            "الأوضاع في القاهرة.")
    assert [r[:2] for r in reported_full(text, day)] == [("Mahmoud Abbas", "Mohamed Morsi")]


# ------------------------------------------------------------------ slice egyfeb (egypt2013 02-01..04, 02-21..25)
@pytest.mark.parametrize("text", [
    # "a shipment of armoured cars arrived at Moscow airport this morning, for the trips of
    # President Erdogan": the feminine verb (wasalat) is the shipment's
    "وصلت مطار موسكو، صباح اليوم، شحنة سيارات مصفحة لاستخدامها في تنقلات الرئيس أردوغان.",
    # "President Erdogan's advance party arrived in Moscow"
    "وصلت إلى مطار موسكو صباح اليوم مقدمة الرئيس أردوغان.",
    # "... the cars for President Erdogan's trips, which the airport let through the formalities
    # of their arrival (wusuliha, its arrival)"
    "وأرسلت تركيا سيارات مصفحة لاستخدامها في تنقلات الرئيس أردوغان، والتي سمحت سلطات مطار موسكو "
    "بإنهاء إجراءات وصولها اليوم.",
])
def test_a_feminine_arrival_verb_is_not_a_man_titled_leaders_arrival(text):
    assert reported(run(text)) == []
    # "the president's plane arrived" (a carrier between) and a masculine verb bring him
    assert reported(run("وصلت طائرة الرئيس أردوغان إلى مطار موسكو صباح اليوم.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert reported(run("وصل الرئيس أردوغان إلى مطار موسكو صباح اليوم.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # "at the head of the participants in the summit, President Erdogan, besides President al-Assad"
    "وعلى رأس المشاركين في القمة، الرئيس أردوغان، بالإضافة إلى الرئيس الأسد.",
    # "al-Assad will head his country's delegation at the summit, while Erdogan heads his
    # country's delegation to the Cairo summit"
    "وقال مصدر إن الأسد سيرأس وفد بلاده في القمة رغم ظروفه، فيما يرأس أردوغان وفد بلاده إلى قمة القاهرة.",
])
def test_a_summits_participants_and_delegations_pair_nobody(text):
    assert reported(run(text)) == []
    # the two leaders' own summit is still theirs
    assert reported(run("وعقد الأسد وأردوغان القمة في موسكو اليوم.")) != []


def test_a_visit_noun_whose_predicate_is_a_sa_future_is_ahead():
    # "the spokesman said in a statement today that al-Assad's visit to Moscow will last several
    # days and includes a bilateral meeting with President Putin": "today" is the statement's
    text = ("وقال المتحدث، في تصريح اليوم، إن زيارة الأسد إلى موسكو ستستغرق عدة أيام، "
            "وتتضمن لقاء ثنائيا مع الرئيس بوتين.")
    rows = run(text)
    assert reported(rows) == [] and [r["planned"] for r in rows] == [True]
    # "... lasted several days" (past) is the visit told
    assert reported(run(text.replace("ستستغرق", "استغرقت"))) == [("Bashar al-Assad", "Vladimir Putin")]


def test_protests_against_a_visit_are_not_the_visit():
    # "a coalition organises protests opposed to President Erdogan's visit to Moscow"
    assert reported(run("وينظم ائتلاف وقفات احتجاجية مناهضة لزيارة الرئيس أردوغان لموسكو.")) == []


def test_preparing_to_hold_meetings_is_a_plan():
    # "contacts are under way to prepare the holding of Putin's and al-Assad's meetings in Moscow"
    text = "وقال إن الاتصالات جارية من أجل الإعداد لانعقاد اجتماعات بوتين والأسد في موسكو."
    assert reported(run(text)) == []
    # without the preparation, "for the holding of the meetings" is not planned by this rule
    assert reported(run(text.replace("الإعداد لانعقاد", "انعقاد"))) != []


def test_a_schedule_that_plans_a_verb_of_its_own_leaves_the_reception_held():
    # "President al-Assad was today receiving Putin, who arrived with the foreign and defence
    # ministers, and he is scheduled to visit Sochi": the schedule is the Sochi leg's
    text = ("وكان الرئيس الأسد اليوم في استقبال بوتين الذي وصل برفقة وزراء الخارجية والدفاع، "
            "ومن المقرر أن يزور سوتشي.")
    assert reported(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_delegation_that_precedes_the_leaders_arrival_plans_it():
    # "Moscow airport received a Syrian delegation today, as a prelude to the arrival of
    # President al-Assad to represent Syria at the summit that opens this week"
    text = ("واستقبل مطار موسكو اليوم وفدا سوريا يضم مسؤولين، وذلك كمقدمة لوصول الرئيس الأسد لتمثيل سوريا "
            "بالقمة التي تنطلق الأسبوع الجاري.")
    assert reported(run(text)) == []
    assert reported(run(text.replace("وذلك كمقدمة لوصول", "وذلك بعد وصول"))) != []


def test_meetings_with_the_ambassadors_are_not_with_a_leader_the_sentence_names():
    """"Abbas sent his message to al-Assad ... and asks, in his meetings with the Arab
    ambassadors, about the Syrian one": the meetings are with the ambassadors (السفراء)."""
    text = ("وقال مصدر إن الرئيس الفلسطيني محمود عباس أوصل مع رسالته إلى الرئيس بشار الأسد تطلعاته "
            "وأنه يحرص خلال لقاءاته مع السفراء العرب على السؤال عن السفير السوري.")
    assert "reported" not in [r["kind"] for r in mention_rows(text)]


def test_a_meeting_of_a_party_leader_with_a_president_is_none_of_the_patrons():
    """Khaled Mashal (Hamas's political bureau, people.yaml) meets Abbas "under the patronage
    of President Morsi" (برعاية): a party leader's meeting, no Abbas-Morsi visit."""
    text = ("وتوجت هذه الجهود بلقاء جمع رئيس المكتب السياسي لحركة حماس خالد مشعل مع الرئيس "
            "الفلسطيني محمود عباس، وذلك برعاية الرئيس المصري محمد مرسي.")
    assert [r["kind"] for r in mention_rows(text, dt.date(2013, 1, 24))] == []


def test_the_leaders_heading_a_summits_participants_did_not_meet_each_other():
    """"At the head of those taking part in the summit (المشاركين في القمة), Rouhani and
    Erdogan": the summit's participants, no meeting of the two."""
    text = "وعلى رأس المشاركين في القمة الرئيس الإيراني حسن روحاني والرئيس التركي رجب طيب أردوغان."
    assert [r["kind"] for r in mention_rows(text)] == []


def test_heads_of_delegations_to_a_summit_did_not_meet_each_other():
    """"Rouhani will head his country's delegation at the summit, while the emir of Qatar heads
    his country's delegation to the Cairo summit" (وفد بلاده إلى قمة): no meeting of the two."""
    text = ("وقال مصدر إن الرئيس الإيراني حسن روحاني سيرأس وفد بلاده في القمة الإسلامية، "
            "فيما يرأس أمير قطر الشيخ تميم بن حمد وفد بلاده إلى قمة القاهرة.")
    assert [r["kind"] for r in mention_rows(text)] == []


def test_shortly_before_the_days_summit_is_no_plan():
    # "قبيل قمة تجمعهما" (shortly before the summit that brings them together): words said at
    # the summit's start, in the report of it; "قبل قمة" (before a summit) stays a plan
    day = dt.date(2018, 8, 18)
    text = ("وجاءت تصريحات المستشارة الألمانية أنجيلا ميركل والرئيس الروسي فلاديمير بوتين خلال كلمة مشتركة، "
            "قبيل قمة تجمعهما في قصر ميزبيرغ قرب العاصمة برلين.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)] == [
        ("reported", "Vladimir Putin", "Angela Merkel")]
    assert reported(run("وأفرجت السلطات عن السجناء قبل قمة بين أردوغان وبوتين.", day)) == []


@pytest.mark.parametrize("text", [
    # "Erdogan arrived in Cairo to take part in the works of the Islamic summit"
    "وصل أردوغان إلى القاهرة للمشاركة في أعمال القمة الإسلامية التي تبدأ غدا.",
    # "... to attend a conference on Syria's reconstruction"
    "وصل أردوغان اليوم إلى القاهرة لحضور مؤتمر إعادة إعمار غزة.",
    # "Erdogan left Cairo after a visit to Egypt during which he headed his country's delegation at the summit"
    "غادر أردوغان القاهرة اليوم بعد زيارة لمصر ترأس خلالها وفد بلاده في اجتماعات القمة.",
    # "Erdogan arrived in Riyadh, where he takes part on Tuesday in the Arab summit"
    "وصل أردوغان إلى الرياض حيث يشارك الثلاثاء في القمة العربية.",
    # "... to head his country's delegation at the summit of the leaders of the OIC's states" (no series term)
    "يصل أردوغان إلى القاهرة اليوم ليرأس وفد بلاده في قمة قادة دول منظمة التعاون.",
    # "Erdogan arrived in Riyadh on Tuesday, before the Gulf summit"
    "وصل أردوغان إلى الرياض الثلاثاء قبل القمة الخليجية.",
])
def test_a_trip_for_a_summit_or_a_conference_visits_the_host_countrys_head(text):
    """A trip whose purpose is a gathering of several parties is a visit to the host country
    (annotators list it, its host null): its head by office is filled in, Sisi for Cairo, Salman
    for Riyadh, and no one else."""
    host = "Abdel Fattah el-Sisi" if "القاهرة" in text else "Salman bin Abdulaziz"
    assert reported(run(text)) == [("Recep Tayyip Erdogan", host)]


@pytest.mark.parametrize("text", [
    # "Erdogan arrived in Cairo to attend the Egyptian-Turkish business forum"
    "وصل أردوغان إلى القاهرة لحضور منتدى الأعمال المصري التركي.",
    # "Erdogan is visiting Egypt to attend the Egypt - Turkey investment forum"
    "ويقوم أردوغان حاليا بزيارة إلى مصر لحضور منتدى مصر - تركيا للاستثمار.",
])
def test_a_trip_for_a_forum_of_the_two_states_is_a_visit(text):
    """A gathering named by the trip's country and the traveller's is the two states' own, no
    gathering of several parties: the host country's leader, unnamed, receives him."""
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_an_arrival_in_a_summits_country_visits_its_head_by_office():
    """"The Islamic summit opens in Cairo tomorrow. Erdogan arrived at Cairo airport this evening":
    the arrival, told with no purpose, is the summit's; annotators list it as a visit to Egypt."""
    text = "تبدأ القمة الإسلامية في القاهرة غدا. ووصل أردوغان إلى مطار القاهرة مساء اليوم."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text", [
    # "... arrived in Cairo to take part in the summit, and Sisi received him at the airport"
    "وصل أردوغان إلى القاهرة للمشاركة في القمة الإسلامية، وكان السيسي في استقباله بالمطار.",
    # "... began an official visit to Egypt after taking part in the summit"
    "وصل أردوغان إلى القاهرة في زيارة رسمية لمصر بعد مشاركته في القمة الإسلامية.",
])
def test_a_summit_trip_received_by_the_host_or_a_visit_after_it_stays_a_visit(text):
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_an_arrival_for_two_leaders_summit_in_a_third_country_stays_a_visit():
    """"Erdogan arrived in Riyadh, where a summit brings him together on Tuesday with Putin": the
    two's summit, no gathering of several parties; the arrival is a visit to the country (the dev
    gold keeps Kim's arrival in Singapore so, its host null)."""
    text = "وصل أردوغان إلى الرياض حيث تجمعه الثلاثاء قمة مع بوتين."
    assert ("Recep Tayyip Erdogan", "Salman bin Abdulaziz") in reported(run(text))


def test_two_arrivals_for_a_named_summit_are_no_meeting_of_the_two():
    """"The Islamic summit opens in Cairo. Erdogan was the first to arrive yesterday, while Putin
    arrives today to take part in the works of the summit": the bare "القمة" after "للمشاركة في
    أعمال" is the summit the arrival (its own trip word "يصل") is for, no meeting of the two."""
    text = ("تبدأ القمة الإسلامية في القاهرة غدا. "
            "ويعد الرئيس أردوغان أول الزعماء الإسلاميين الذين وصلوا إلى القاهرة صباح أمس الثلاثاء، "
            "فيما يصل مساء اليوم الرئيس بوتين للمشاركة في أعمال القمة.")
    assert not [p for p in reported(run(text)) if set(p) == {"Recep Tayyip Erdogan", "Vladimir Putin"}]
    assert not [r for r in run(text) if {r["visitor"], r["host"]} == {"Recep Tayyip Erdogan", "Vladimir Putin"}]


def test_a_summit_trip_whose_host_the_sentence_names_keeps_him():
    """"Erdogan arrived in Cairo to take part in the Islamic summit, and President Sisi headed
    those who received him" (no reception trigger of its own): the named host stays."""
    text = "وصل أردوغان إلى القاهرة للمشاركة في القمة الإسلامية، وكان الرئيس السيسي على رأس مستقبليه."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_soon_before_a_noun_of_purpose_still_plans_the_trip():
    # "قريبا" (soon) plans the trip; "لبحث" (li-bahth, to discuss) after it is no verb of its own
    rows = run("يتوجه الأسد إلى موسكو قريبا لبحث الأزمة مع بوتين.")
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows] == [("Bashar al-Assad", "Vladimir Putin", True)]


def test_a_leader_named_in_a_later_clause_is_not_the_trips_host():
    # "reassured his allies during his visit, and sent threats ..., and renewed his call
    # on the Syrian president to leave": al-Assad, past "، وأرسل" (and sent), is no host
    text = ("وطمأن بوتين خلال زيارته، حلفاءه، وأرسل تهديدات إلى الإيرانيين، ودعا إلى تحقيق السلام "
            "وجدد دعوته للرئيس السوري الأسد إلى الرحيل.")
    assert reported(run(text)) == []
    # a meeting verb of its own in that clause still pairs them
    assert reported(run("زار بوتين دمشق، والتقى الأسد.")) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_leader_met_in_a_relative_clause_met_the_main_subject_only():
    # "the US secretary of state told the Palestinian president, whom he met in Amman, then the
    # Israeli prime minister, whom he met in Jerusalem": each met Kerry, not each other
    from tasks.extract.entities import find_mentions
    from ziyarat.arabic import fold_with_map
    day = dt.date(2013, 3, 24)

    def pairs(text):
        rows = find_visits(text, sentence_spans(text), find_mentions(text, fold_with_map(text), day), [], day)
        return reported(rows)
    assert pairs("أكد وزير الخارجية الأمريكي جون كيري للرئيس الفلسطيني محمود عباس الذي التقاه في عمان "
                 "ثم لرئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي التقاه في القدس ضرورة السلام.") == []
    # a leader as the main subject met the antecedent (in Moscow: Abbas came to Putin)
    assert pairs("أكد الرئيس الروسي فلاديمير بوتين للرئيس الفلسطيني محمود عباس الذي التقاه في موسكو ضرورة السلام.") == [
        ("Mahmoud Abbas", "Vladimir Putin")]


# Session 12 (retold): earlier visits told in commentary and background notes
SALMAN_SISI = ("Salman bin Abdulaziz", "Abdel Fattah el-Sisi")


@pytest.mark.parametrize("text, pair", [
    # "the Saudi monarch King Salman described his visit to Cairo ... as historic": a judging verb
    # past a long subject (title and name) still judges the visit
    ("ووصف العاهل السعودي الملك سلمان زيارته إلى القاهرة ولقاءه السيسي بالتاريخية.", SALMAN_SISI),
    # the present "describes" (a headline) judges it as well
    ("الملك سلمان يصف زيارته إلى القاهرة ولقاءه السيسي بالتاريخية", SALMAN_SISI),
    # "relations improved when al-Assad visited Cairo and met Sisi": a when-clause frames the news by an earlier visit
    ("وقال الوزير إن العلاقات تحسنت عندما زار الأسد القاهرة والتقى السيسي.", ASSAD_SISI),
    # "it is recalled that al-Assad met Sisi in Cairo": a background note with no day of its own
    ("يذكر أن الأسد التقى السيسي في القاهرة.", ASSAD_SISI),
    ("وتجدر الإشارة إلى أن الاتفاق وقع خلال زيارة الأسد إلى القاهرة ولقائه السيسي.", ASSAD_SISI),
    # "al-Assad's visit to Egypt and his meeting with Sisi were the first in years": what the visit was
    ("وكانت زيارة الأسد إلى مصر ولقاؤه السيسي هي الأولى منذ سنوات.", ASSAD_SISI),
    # "relations are heading to strengthening, especially after the important visit of President al-Assad"
    ("وقال الوزير إن العلاقات تتجه نحو التعزيز خاصة بعد الزيارة المهمة للرئيس الأسد إلى القاهرة ولقائه السيسي.",
     ASSAD_SISI),
])
def test_a_visit_judged_framed_by_when_or_recalled_in_a_note_is_retold(text, pair):
    assert kinds(run(text)) == [(*pair, "referenced")]


@pytest.mark.parametrize("text", [
    # a day in the when-clause makes the arrival the news: "when al-Assad arrived in Cairo on Monday, ..."
    "عندما وصل الأسد إلى القاهرة الاثنين، التقى السيسي وبحث معه العلاقات.",
    "وقال الوزير إن العلاقات تحسنت عندما زار الأسد القاهرة الاثنين والتقى السيسي.",
    # a when-clause the visitor's own act hangs on (no "that" or "كان" before it) tells the visit
    "وبحث الأسد الأزمة عندما زار القاهرة والتقى السيسي.",
    # a note dated today, or telling a visit under way in the present, is the news
    "يذكر أن الأسد التقى السيسي اليوم في القاهرة.",
    "يشار إلى أن الأسد يقوم بزيارة للقاهرة يلتقي خلالها السيسي.",
    "يشار إلى أن الأسد يقوم بزيارة للقاهرة ولقاء السيسي.",
])
def test_a_when_clause_or_a_note_with_a_day_or_a_present_verb_stays_reported(text):
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 14)
    assert kinds(run(text, pub, find_dates(text, None, pub))) == [(*ASSAD_SISI, "reported")]


# Session 18 (background): a background note with a day of its own days gone recalls an earlier visit
@pytest.mark.parametrize("text, kind", [
    # "it is recalled that al-Assad visited Cairo last Saturday and met Sisi", in a Thursday's article
    ("يذكر أن الأسد زار القاهرة السبت الماضي والتقى السيسي.", "referenced"),
    ("وتجدر الإشارة إلى أن الأسد التقى السيسي في القاهرة يوم الأحد الماضي.", "referenced"),
    # a note telling yesterday's or Tuesday's meeting (two days before) is still the news
    ("يذكر أن الأسد التقى السيسي في القاهرة أمس.", "reported"),
    ("يذكر أن الأسد التقى السيسي في القاهرة يوم الثلاثاء.", "reported"),
    # no note: "al-Assad visited Cairo last Saturday" keeps the week's window
    ("وزار الأسد القاهرة السبت الماضي والتقى السيسي.", "reported"),
    # a visit the note tells as going on (a present verb) stays the news
    ("يذكر أن الأسد وصل إلى القاهرة السبت الماضي في زيارة يلتقي خلالها السيسي.", "reported"),
])
def test_a_note_with_a_day_days_gone_is_retold(text, kind):
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 16)
    assert kinds(run(text, pub, find_dates(text, None, pub))) == [(*ASSAD_SISI, kind)]


def test_a_note_on_the_first_leg_of_the_trip_the_lead_tells_stays_reported():
    # "al-Assad arrived in Alexandria ...; it is recalled that he arrived in Cairo last Saturday and met Sisi":
    # the trip is under way, the note tells its first leg
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 16)
    text = ("وصل الرئيس السوري بشار الأسد إلى مدينة الإسكندرية في إطار جولته في البلاد.\n"
            "ويذكر أن الأسد وصل إلى القاهرة السبت الماضي والتقى السيسي.")
    assert ("Bashar al-Assad", "Abdel Fattah el-Sisi", "reported") in kinds(run(text, pub, find_dates(text, None, pub)))


@pytest.mark.parametrize("text, pub, kind", [
    # "during the visit al-Assad made to Cairo early this month and his meeting with Sisi", in an
    # article of the 14th: early this month (days 1-10) is over, the visit retold
    ("واتفق الجانبان على ذلك خلال الزيارة التي أداها الأسد إلى القاهرة مطلع الشهر الجاري ولقائه السيسي.",
     dt.date(2023, 3, 14), "referenced"),
    # ... on the 8th early this month is still running: the news
    ("واتفق الجانبان على ذلك خلال الزيارة التي أداها الأسد إلى القاهرة مطلع الشهر الجاري ولقائه السيسي.",
     dt.date(2023, 3, 8), "reported"),
    # mid this month on the 14th has not ended
    ("وصل الأسد إلى القاهرة والتقى السيسي منتصف الشهر الجاري.", dt.date(2023, 3, 14), "reported"),
])
def test_a_part_of_the_running_month_over_before_publication_is_retold(text, pub, kind):
    from tasks.extract.dates import find_dates
    assert kinds(run(text, pub, find_dates(text, None, pub))) == [(*ASSAD_SISI, kind)]


def test_a_meeting_noun_subject_of_a_that_clauses_future_is_planned():
    # "al-Assad repeated that the consultations with Sisi will address the security file"
    rows = run("وكرر الأسد أن المشاورات مع السيسي ستتناول الملف الأمني.")
    assert [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows] == [(*ASSAD_SISI, "referenced", True)]
    # ... the consultations that addressed it were held
    assert kinds(run("وقال الأسد إن المشاورات مع السيسي تناولت الملف الأمني.")) == [(*ASSAD_SISI, "reported")]


def test_a_pluperfect_keeps_a_long_named_subject_and_its_line_cut_continuation():
    from tasks.extract.dates import find_dates
    pub = dt.date(2023, 3, 8)

    def kinds_of(text):
        return {k for k in kinds(run(text, pub, find_dates(text, None, pub)))}
    # "the Saudi monarch King Salman had visited Cairo and met Sisi": a name and its title are the subject of "كان"
    assert kinds_of("وكان العاهل السعودي الملك سلمان زار القاهرة والتقى السيسي.") == {
        ("Salman bin Abdulaziz", "Abdel Fattah el-Sisi", "referenced")}
    # a crawled hard wrap cuts "al-Assad had visited Egypt for a summit on the 6th / and 7th March and met Sisi"
    # after a line with the number alone: the line opening "و" and a number goes on in the pluperfect
    assert kinds_of("كان الأسد زار مصر، في وقت سابق، لحضور قمة يومي\n6\nو7مارس واجتمع مع السيسي") == {
        (*ASSAD_SISI, "referenced")}
    # ... past a stop mark the next line is a sentence of its own
    assert kinds_of("وكان الأسد زار مصر في وقت سابق لحضور قمة.\n6\nو7مارس واجتمع مع السيسي") == {
        (*ASSAD_SISI, "reported")}
@pytest.mark.parametrize("text", [
    # "Lavrov held talks with Assad ... after a meeting he held with Sisi": each met Lavrov
    "أجرى وزير الخارجية الروسي لافروف مباحثات مع الرئيس الأسد في دمشق الثلاثاء، "
    "وذلك بعد اجتماع عقده مع الرئيس السيسي في القاهرة.",
    # "Lavrov stressed during a visit to Egypt that Assad ...": the visit is the minister's
    "أكد وزير الخارجية الروسي لافروف خلال زيارة إلى مصر الثلاثاء أن الرئيس الأسد يؤيد الحل السياسي.",
    # "a day after his receiving the director of intelligence, called the shadow of Assad"
    "استقبل الرئيس السيسي الثلاثاء وفدا، وذلك غداة استقباله لمدير المخابرات السورية الذي يلقب بظل الرئيس الأسد.",
    # "alongside King Salman, the emir of Kuwait and Sisi attended the summit": its attendees
    "وحضر القمة إلى جانب الملك سلمان كل من أمير الكويت والرئيس السيسي، في مكة الثلاثاء.",
    # "Sisi set out, at a meeting with his council of advisers, ... Assad": no leader met
    "وأوضح الرئيس السيسي، خلال اجتماع مع هيئة مستشاريه الثلاثاء، موقف مصر من الرئيس الأسد.",
    # "the points that the meetings held with King Salman resulted in": their results, retold
    "وعرض الرئيس السيسي النقاط التي أسفرت عنها اللقاءات التي تمت مع الملك سلمان.",
    # "whereas Sisi hosted the two rivals in Cairo": the rivals are no leader's side
    "وكان الرئيس بوتين قد رعى جولة أولى في موسكو فشلت الخميس، في حين استضاف الرئيس السيسي الخصمين في القاهرة.",
    # "Rosell and his deputy met President Assad, then went to Cairo to meet Sisi": each met them
    "واجتمع روسيل ونائبه خافيير مع الرئيس الأسد في دمشق، ثم توجها إلى القاهرة لإجراء مقابلة مع الرئيس السيسي.",
    # "after the dispute between Putin and Sisi over receiving the migrants": no reception of a leader
    "وذلك بعد الخلاف الذي وقع بين الرئيس بوتين والرئيس السيسي بخصوص استقبال المهاجرين العالقين على متن باخرة.",
])
def test_an_officials_meeting_or_an_attendance_list_pairs_no_leaders(text):
    assert reported(run(text)) == []


def test_a_leaders_own_talks_and_meetings_stay_reported():
    # the same shapes with a leader as the doer: his talks, his meeting, his visit
    assert ("Vladimir Putin", "Bashar al-Assad") in reported(run(
        "أجرى الرئيس بوتين مباحثات مع الرئيس الأسد في دمشق الثلاثاء، وذلك بعد اجتماع عقده مع الرئيس السيسي في القاهرة."))
    assert reported(run("أكد الرئيس بوتين خلال زيارة إلى مصر الثلاثاء التقى فيها الرئيس السيسي دعم روسيا.")) != []
    assert reported(run("استقبل الرئيس السيسي الثلاثاء وفدا، وذلك غداة استقباله للرئيس بوتين.")) == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi")]
    assert reported(run("واجتمع الرئيس بوتين ونائبه مع الرئيس الأسد في دمشق الثلاثاء.")) == [
        ("Vladimir Putin", "Bashar al-Assad")]


def test_a_summit_after_an_officials_talks_is_not_those_talks_again():
    # "Lavrov's statements came after talks he held with his Egyptian counterpart, ahead of the
    # summit to be held between Putin and Assad": the summit is planned, not the minister's talks
    rows = run("وجاءت تصريحات لافروف بعد محادثات أجراها مع نظيره المصري، تحضيرا للقمة التي ستعقد بين الرئيس بوتين والرئيس الأسد.")
    assert [(r["kind"], r["visitor"], r["host"], r["planned"]) for r in rows] == [
        ("referenced", "Vladimir Putin", "Bashar al-Assad", True)]
    # "Lavrov said during a security summit held ahead of the awaited summit between Putin and Assad"
    rows = run("وقال لافروف خلال قمة أمنية تأتي قبيل انعقاد القمة المرتقبة بين الرئيس بوتين والرئيس الأسد، إن الحل قريب.")
    assert [(r["kind"], r["visitor"], r["host"], r["planned"]) for r in rows] == [
        ("referenced", "Vladimir Putin", "Bashar al-Assad", True)]


@pytest.mark.parametrize("text", [
    # "Putin was asked at a cabinet meeting whether Assad ...": no meeting with Assad
    "وسئل بوتين خلال اجتماع حكومي أمس عما إذا كان الرئيس الأسد يتحمل المسؤولية.",
    # "Putin said at a meeting with military commanders that he will answer Assad"
    "وذكر بوتين في اجتماع مع قادة عسكريين الثلاثاء أنه سيرد على الرئيس الأسد.",
])
def test_a_cabinet_or_commanders_meeting_pairs_no_leaders(text):
    assert reported(run(text)) == []


def test_the_director_of_a_leaders_office_is_the_official_who_travels():
    # "Son, the director of Putin's office, arrived in Cairo": Putin is the office's genitive;
    # "the German chancellor «Merkel»" and "the president's adviser" keep their leader
    from tasks.extract.visits.officials import official_subject

    def subject_official(text):
        art = Article(text, sentence_spans(text), mentions(text), [], dt.date(2023, 3, 14))
        return official_subject(art, 0, next(h for h in art.by_sent[0] if h.group.startswith("t:")), "arrive")
    assert subject_official("وقال التقرير إن سون مدير مكتب بوتين بشكل فعلي وصل إلى القاهرة الليلة الماضية.")
    assert not subject_official("وقال التقرير إن مستشار الرئيس بوتين وصل إلى القاهرة الليلة الماضية.")
    assert not subject_official("وقال التقرير إن المستشارة الروسية «بوتين» وصلت إلى القاهرة الليلة الماضية.")


@pytest.mark.parametrize("published", [dt.date(2023, 3, 14), None])
def test_a_meeting_begun_keeps_a_later_that_clause_future_from_planning_it(published):
    # "the summit's work between al-Assad and Sisi began in Damascus. Al-Assad said that the talks will
    # focus on starting a relationship with Sisi": the talks under way, not a plan, dated or not
    text = "انطلقت أعمال القمة بين الأسد والسيسي في دمشق. وذكر الأسد أن المحادثات ستركز على بدء علاقة مع السيسي."
    assert kinds(run(text, published)) == [(ASSAD_SISI[1], ASSAD_SISI[0], "reported")]


@pytest.mark.parametrize("lead, kind", [
    # "al-Assad announced today, Tuesday, an industrial zone near Cairo airport": the lead is the trip's news
    ("أعلن الأسد، اليوم الثلاثاء، إنشاء منطقة صناعية بالقرب من مطار القاهرة.", "reported"),
    # the lead of that day names only his own country's place: the note recalls an earlier visit
    ("أعلن الأسد، اليوم الثلاثاء، إنشاء منطقة صناعية بالقرب من مطار دمشق.", "referenced"),
])
def test_a_note_on_the_trip_its_dated_lead_tells_is_that_trip(lead, kind):
    # "... It is recalled that al-Assad held, during his visit to Egypt, talks with Sisi"
    text = lead + " يذكر أن الأسد قد عقد خلال زيارته لمصر جلسة مباحثات مع السيسي."
    assert kinds(run(text)) == [(*ASSAD_SISI, kind)]


def test_a_trip_told_by_a_leaders_adviser_is_the_advisers():
    # "the diplomatic adviser of President Erdogan said he visited Syria, met al-Assad in Damascus
    # and passed on President Erdogan's assurances": the adviser travelled, not Erdogan
    text = ("وقال السفير علي، المستشار الدبلوماسي للرئيس أردوغان، للصحفيين إنه زار سوريا، والتقى الأسد في دمشق، "
            "وأبلغه تطمينات الرئيس أردوغان بشأن الحدود.")
    assert reported(run(text)) == []
    # the leader who says so himself made the trip
    assert reported(run("وقال أردوغان إنه زار سوريا، والتقى الأسد في دمشق.")) == [
        ("Recep Tayyip Erdogan", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    # "bilateral talks were held ... and the views of the King and his brother President Sisi
    # matched": the views' owners are not said to have held the talks (a prince held them)
    "وتم عقد مباحثات ثنائية وموسعة ركزت على العلاقات بين البلدين، وكانت وجهات نظر خادم الحرمين وأخيه الرئيس السيسي متطابقة حيالها.",
    "وجرت مباحثات موسعة تناولت العلاقات بين البلدين، وكانت وجهات نظر الملك سلمان والرئيس السيسي متطابقة.",
])
def test_leaders_named_only_as_owners_of_views_did_not_hold_the_talks(text):
    assert reported(run(text)) == []
    # the two who held the talks, named before them, did
    held = "وعقد الملك سلمان والرئيس السيسي مباحثات تناولت الأوضاع، وكانت وجهات نظر خادم الحرمين والرئيس السيسي متطابقة."
    assert reported(run(held)) != []


def test_a_leaders_absence_from_a_summit_is_no_meeting():
    # "King Salman's absence from the Riyadh summit with Sisi surprised observers"
    assert reported(run("وشكل غياب الملك سلمان عن قمة الرياض مع السيسي مفاجأة للمراقبين.")) == []
    assert reported(run("وشكل حضور الملك سلمان قمة الرياض مع السيسي مفاجأة للمراقبين.")) != []


def test_a_delegation_right_after_a_meeting_verb_is_its_subject():
    # "التقى وفدان ..." (two delegations met): the summit of the leaders named after is another meeting
    text = "وفي الوقت نفسه، التقى وفدان رفيعا المستوى من البلدين لبحث التحضيرات قبل القمة بين بوتين وأردوغان."
    assert [r for r in run(text) if r["kind"] == "reported"] == []
    # a delegation a leader heads is the leader's visit
    text = "وصل وفد رفيع برئاسة الرئيس التركي أردوغان إلى موسكو حيث التقى بوتين."
    assert [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]
def test_consultations_with_his_partners_are_no_meeting_with_a_leader_named_further_on():
    # "المشاورات مع شركائه" (the consultations with his partners): his coalition partners', not a
    # meeting with the president whose coming arrival the sentence dates them by
    text = ("ويسعى رئيس الوزراء الإسرائيلي بنيامين نتنياهو إلى إنهاء المشاورات مع شركائه في الائتلاف، "
            "قبل أيام على وصول الرئيس الأمريكي باراك أوباما إلى المنطقة.")
    assert [r for r in mention_rows(text, dt.date(2013, 3, 13)) if r["kind"] == "reported"] == []


def test_talks_with_a_people_are_no_meeting_with_a_leader_named_further_on():
    # "المحادثات مع الفلسطينيين" (the talks with the Palestinians): the negotiators', not a meeting
    # with the president whose planned visit the sentence names after; a named leader keeps his talks
    pub = dt.date(2013, 3, 19)
    text = ("ورحب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس بالتقدم في المحادثات مع الفلسطينيين، "
            "قبيل زيارة مقررة للرئيس الأمريكي باراك أوباما.")
    assert [r for r in mention_rows(text, pub) if r["kind"] == "reported"] == []
    text = "أجرى الرئيس باراك أوباما اليوم محادثات مع الرئيس الفلسطيني محمود عباس في رام الله."
    assert [(r["visitor"], r["host"]) for r in mention_rows(text, pub) if r["kind"] == "reported"] == \
        [("Barack Obama", "Mahmoud Abbas")]
def test_talks_with_a_people_are_not_the_talks_of_the_leaders_named_before():
    # "relations between Netanyahu and Obama ... the faltering talks with the Palestinians"
    text = "وتحدث محللون عن فتور العلاقات بين نتنياهو وأوباما بسبب تعثر المحادثات مع الفلسطينيين خلال الولاية الأولى."
    assert reported(mention_rows(text, dt.date(2013, 2, 4))) == []
    # ... while the leaders' own meeting, with those talks as its topic, stays
    text = "والتقى أوباما نتنياهو في البيت الأبيض أمس، وبحث معه المحادثات مع الفلسطينيين."
    assert [r[:2] for r in reported(mention_rows(text, dt.date(2013, 2, 4)))] == [("Benjamin Netanyahu", "Barack Obama")]


def test_a_reception_party_a_body_gives_the_visitor_is_no_leaders_reception():
    # "حفل استقبال له نظمته غرفة التجارة" (a reception party the chamber of commerce held for him):
    # not Putin receiving Hollande; the meeting in Moscow keeps its direction and city
    text = ("تحدث الرئيس الفرنسي فرنسوا أولاند، قبل لقاء مع نظيره الروسي فلاديمير بوتين، اليوم، في موسكو، "
            "عن المواقف. وأكد الرئيس الفرنسي، خلال حفل استقبال له نظمته غرفة التجارة في موسكو، أن هناك خلافات.")
    rows = [r for r in mention_rows(text, dt.date(2013, 2, 28)) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["city"]) for r in rows] == [("Francois Hollande", "Vladimir Putin", "Moscow")]


def test_its_session_after_a_cabinet_is_the_cabinets_not_a_leaders_meeting():
    """"the cabinet reviewed in its session on Tuesday, chaired by Sisi, the relations with
    Putin": "اجتماعه" (its session) is the council's; a leader's own "اجتماعه" stays his."""
    rows = run("واستعرض مجلس الوزراء في اجتماعه الثلاثاء برئاسة السيسي العلاقات مع بوتين.")
    assert [r for r in rows if r["kind"] == "reported"] == []
    rows = run("وقال السيسي خلال اجتماعه الثلاثاء مع بوتين إن العلاقات قوية.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in rows] == [("reported", "Abdel Fattah el-Sisi", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "ووصل الملك سلمان رحمه الله إلى القاهرة أمس والتقى السيسي.",  # "God rest him" after the name
    "واستقبل المغفور له الملك سلمان الرئيس أردوغان في الرياض.",  # "the one forgiven" before it
    "واستقبل الراحل الملك سلمان - طيب الله ثراه - الرئيس أردوغان في الرياض.",
])
def test_a_leader_the_text_marks_as_dead_is_no_side(text):
    """A dead man holds no office, whoever his name resolves to by the article's date
    (tasks/extract/visits/leaders.py marked_deceased)."""
    assert run(text) == []


def test_a_blessing_for_someone_else_leaves_the_leader_in_office():
    from tasks.extract.visits.leaders import marked_deceased
    from tests.extract.test_visits import mentions
    # "the late King Abdullah's brother King Salman": the marker is Abdullah's
    text = "وزار أردوغان الرياض والتقى الملك سلمان، شقيق الملك الراحل عبدالله."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Salman bin Abdulaziz")]
    # "the tomb of Sisi's father, God rest him": the blessing is the father's
    text = "ثم زارا معا ضريح والد السيسي رحمه الله."
    assert [marked_deceased(text, m) for m in mentions(text)] == [False]
    assert [marked_deceased(t, m) for t in ("ثم زارا ضريح السيسي رحمه الله.",) for m in mentions(t)] == [True]
    # "may God keep him" is a living man's blessing
    assert reported(run("والتقى أردوغان في القاهرة الرئيس السيسي -حفظه الله- أمس.")) == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_the_death_marker_search_keeps_every_marker():
    """marked_deceased first asks whether the article holds a death marker at all (leaders._death_marked,
    one search of the folded text): a marker split by a dash, with its marks or short vowels, or
    after another mention still counts; an article with none marks nobody."""
    from tasks.extract.visits.leaders import _death_marked, marked_deceased
    from tests.extract.test_visits import mentions
    for text in ("ثم زارا ضريح السيسي رحمه - الله.",  # the dash inside the phrase reads as a space
                 "ثم زارا ضريح السيسي رَحِمَهُ اللهُ.",  # short vowels fold away
                 "واستقبل بوتين أمس، والتقى الرّاحل السيسي."):  # a shadda inside "the late"
        assert _death_marked(text)
        assert [marked_deceased(text, m) for m in mentions(text)][-1] is True
    # no marker anywhere: nobody is marked, and the words of a phrase apart do not make one
    for text in ("ثم زار السيسي موسكو والتقى بوتين.", "وقال الله أكبر ثم رحل السيسي إلى موسكو."):
        assert not _death_marked(text)
        assert not any(marked_deceased(text, m) for m in mentions(text))


@pytest.mark.parametrize("text", [
    # "the race between universities in Moscow reached the stage of betting": a thing arrived
    "ووصل السباق بين الجامعات في موسكو مرحلة الرهان، واهتم الأسد شخصيا بالتقنية.",
    "ووصل السباق مرحلة الرهان في موسكو، واهتم الأسد شخصيا بالتقنية.",
    # "who accepts receiving the refuse of politics and Assad's agents": waste is received
    "ويبحثون عمن يقبل استقبال نفايات السياسة وعملاء الأسد لخدمة الأسد وبوتين.",
])
def test_a_thing_as_the_side_of_a_visit_word_is_no_leaders_visit(text):
    """tasks/extract/visits/things.py: the word right after the trigger is a thing."""
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "وصل الرئيس أردوغان إلى موسكو والتقى بوتين.",
    "وصل أمس أردوغان إلى موسكو والتقى بوتين.",
    "وصل إلى موسكو أردوغان والتقى بوتين.",
    "وكان في استقبال الرئيس أردوغان بوتين في موسكو.",
    "وجرى استقبال رسمي لأردوغان أقامه بوتين في موسكو.",
    "وبدأ أردوغان زيارة رسمية إلى موسكو يلتقي خلالها بوتين.",
    "وبدأ أردوغان زيارة دولة إلى موسكو يلتقي خلالها بوتين.",
    "وبدأ أردوغان زيارة عمل إلى موسكو يلتقي خلالها بوتين.",
    "واستقبل بوتين في الكرملين أردوغان.",
    "وزار أردوغان الموقع الأثري في موسكو برفقة بوتين.",  # a site is visited
])
def test_a_person_a_time_a_place_or_an_adjective_after_a_visit_word_keeps_the_visit(text):
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
# Session 16 (retold)
def test_a_visit_noun_joined_to_the_subject_of_a_that_clause_is_retold():
    # "the expert said that Egypt's role in facing the crisis and al-Assad's visit to Egypt was an expression of a
    # great shift": the visit is judged with another subject of the "that", an earlier one
    text = "وقال الخبير إن دور مصر في مواجهة الأزمة وزيارة الأسد لمصر كان تعبيرا عن تحول كبير."
    assert kinds(run(text)) == [(*ASSAD_SISI, "referenced")]
    # the news lead with the same words stays reported
    assert kinds(run("وصل الأسد إلى القاهرة اليوم والتقى السيسي، " + text.removeprefix("و"))) == [(*ASSAD_SISI, "reported")]
    # "after" opens a time clause, not a said subject: "بعد أن انتهت الأزمة وزيارة الأسد"
    assert kinds(run("وقال الخبير بعد أن انتهت الأزمة وزيارة الأسد لمصر كانت مهمة.")) == [(*ASSAD_SISI, "reported")]


def run_sisi(text, published):
    """run with Sisi under his lexicon id, so his term (from 2014-06-08) is known."""
    ms = [M("abdel_fattah_el_sisi", "person", "Abdel Fattah el-Sisi", m.surface, m.start, m.end, "Egypt", None,
            ["head_of_state"]) if m.entity_id == "sisi" else m for m in mentions(text)]
    return find_visits(text, sentence_spans(text), ms, [], published)


SISI_PUTIN = ("Abdel Fattah el-Sisi", "Vladimir Putin")


@pytest.mark.parametrize("text", [
    # "especially as Sisi made a visit to Moscow after taking office"
    "وقال الخبير إن التعاون تعزز، خاصة أن السيسي قام بزيارة إلى موسكو بعد توليه الرئاسة.",
    # "Sisi visited Moscow right after taking office"
    "ولفت الخبير إلى أن السيسي زار موسكو عقب تسلمه مهامه.",
])
def test_a_visit_dated_by_a_term_begun_long_before_is_retold(text):
    assert kinds(run_sisi(text, dt.date(2016, 3, 1))) == [(*SISI_PUTIN, "referenced")]
    # a term begun six weeks before: the visit after it may be the news
    assert kinds(run_sisi(text, dt.date(2014, 7, 20))) == [(*SISI_PUTIN, "reported")]


@pytest.mark.parametrize("text", [
    # "the first visit after taking office" and "since taking office" count up to the news
    "وصل السيسي إلى موسكو في أول زيارة له بعد توليه الرئاسة.",
    "وقام السيسي بزيارة هي الأولى إلى موسكو بعد توليه الرئاسة.",
    "وصل السيسي إلى موسكو في زيارة منذ توليه الرئاسة.",
])
def test_a_first_visit_after_taking_office_stays_reported(text):
    assert kinds(run_sisi(text, dt.date(2016, 3, 1))) == [(*SISI_PUTIN, "reported")]


def run_dated(text, published):
    return run(text, published, dates=find_dates(text, published=published))


PUTIN_ASSAD = {("Vladimir Putin", "Bashar al-Assad"), ("Bashar al-Assad", "Vladimir Putin")}


@pytest.mark.parametrize("text", [
    # "Putin and al-Assad agreed at the summit, which was held in Sochi on the 12th of this March, on a plan": the
    # relative clause past the comma right after "القمة" is the summit's own, so is its day
    "واتفق بوتين والأسد في القمة، التي عقدت في سوتشي في 12 من مارس الجاري، على خطة عامة.",
    # "the plan stalled after the summit that brought Putin and al-Assad together early this March": "مطلع"
    # (early) stands before the month's name the date leaves it out of
    "وقال مسؤولون إن الخطة تعثرت بعد القمة التي جمعت بوتين والأسد مطلع مارس الجاري.",
])
def test_a_summit_dated_by_its_own_relative_clause_or_month_part_weeks_before_is_retold(text):
    [v] = run_dated(text, dt.date(2023, 3, 30))
    assert (v["visitor"], v["host"]) in PUTIN_ASSAD and v["kind"] == "referenced"
    # the same words days after the summit (or within early March) tell the news
    [v] = run_dated(text, dt.date(2023, 3, 5) if "مطلع" in text else dt.date(2023, 3, 13))
    assert v["kind"] == "reported"


def test_a_bare_summit_noun_is_retold_in_the_month_after_the_pairs_dated_summit():
    # "this meeting comes after a historic summit that brought Putin and al-Assad together", in an April article
    # that says they met in March: the bare noun is that March summit told again, though March ended days before
    text = ("توجه لافروف الخميس إلى دمشق لإجراء محادثات مع المعلم.\nويأتي هذا اللقاء بعد قمة تاريخية جمعت بوتين "
            "بالرئيس الأسد.\nويذكر أن بوتين التقى الأسد في قمة تاريخية في سوتشي في مارس.")
    rows = run_dated(text, dt.date(2023, 4, 5))
    assert rows and all(v["kind"] == "referenced" for v in rows)
    # the pair's arrival told in the lead stays the news beside the March summit
    news = "وصل بوتين إلى دمشق اليوم والتقى الأسد.\nويذكر أن بوتين التقى الأسد في قمة تاريخية في سوتشي في مارس."
    assert [v["kind"] for v in run_dated(news, dt.date(2023, 4, 5)) if v["date"] == dt.date(2023, 4, 5)] == ["reported"]


def test_a_since_that_governs_the_meeting_noun_leaves_it_its_day():
    # "since his meeting with al-Assad on 12 March, Putin has seemed optimistic": the day is that meeting's, weeks
    # before an April article, so the statement "issued after the Putin-al-Assad summit" retells it too
    text = ("وصل لافروف إلى دمشق الخميس لإجراء محادثات.\nومنذ لقائه مع الأسد في 12 مارس، بدا بوتين متفائلا حيال فرص "
            "السلام.\nإلا أن البيان الصادر بعد قمة بوتين والأسد لم يفصل أي التزامات.")
    rows = run_dated(text, dt.date(2023, 4, 6))
    assert dt.date(2023, 3, 12) in [v["date"] for v in rows] and all(v["kind"] == "referenced" for v in rows)
    # a since-date after another meeting word is still not this one's: "the first visit since March"
    rows = run_dated("وصل الأسد إلى موسكو اليوم والتقى بوتين في أول زيارة منذ 12 مارس.", dt.date(2023, 4, 6))
    assert [v["date"] for v in rows if v["kind"] == "reported"] == [dt.date(2023, 4, 6)]


def test_a_summit_during_which_a_far_future_verb_acts_is_ahead():
    # "the Russian government announced it will restore border controls ... for 4 days during the Putin-al-Assad
    # summit": the sa- verb, 14 words before "خلال", tells the summit ahead; a past verb there tells it held
    text = ("وأعلنت الحكومة الروسية أنها ستعيد العمل بالضوابط الحدودية المفروضة على المسافرين من دول الجوار لمدة 4 "
            "أيام خلال القمة بين بوتين والأسد في موسكو.")
    [v] = run_dated(text, dt.date(2023, 4, 6))
    assert (v["kind"], v["planned"]) == ("referenced", True)
    [v] = run_dated(text.replace("ستعيد", "أعادت"), dt.date(2023, 4, 6))
    assert v["kind"] == "reported"


def _reported_pairs(text, published):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


@pytest.mark.parametrize("text", [
    # "a quadrilateral meeting" (masculine, accusative): the four's, no host's visit
    "وترأس الرئيس المصري عبد الفتاح السيسي اجتماعا رباعيا في القاهرة مع الرئيس السوداني عمر البشير "
    "ورئيس الوزراء الإثيوبي هايلي ميريام ديسالين ورئيس المجلس الرئاسي الليبي فايز السراج.",
    # "held a trilateral meeting with the Sudanese and Ethiopian ..."
    "وأوضح المتحدث أن الرئيس عمر البشير عقد لقاء ثلاثيا في الخرطوم مع الرئيس المصري عبد الفتاح السيسي "
    "ورئيس الوزراء الإثيوبي هايلي ميريام ديسالين لبحث ملف المياه.",
    # "a meeting that brought the president together with his two counterparts"
    "وفي ختام اجتماع جرى مساء أمس في الخرطوم جمع الرئيس عمر البشير مع نظيريه المصري عبد الفتاح السيسي "
    "والإثيوبي، أعلن البشير اتفاق البلدان الثلاثة.",
    # "the summit included President Bashir and his two counterparts"
    "وضمت القمة الرئيس عمر البشير ونظيريه المصري عبد الفتاح السيسي والتشادي إدريس ديبي، وانعقدت في الخرطوم.",
    # "a meeting that included the leaders of Egypt, Sudan and Ethiopia"
    "وعقد السيسي والبشير وهايلي ميريام ديسالين اجتماعا ضم قادة مصر والسودان وإثيوبيا في أديس أبابا.",
    # a meeting verb told in a numbered summit: the summit, no pair's
    "وفي قمة رباعية بالخرطوم التقى الرئيس عمر البشير الرئيس المصري عبد الفتاح السيسي "
    "ورئيس الوزراء الإثيوبي هايلي ميريام ديسالين والرئيس التشادي إدريس ديبي.",
    # (told "في اجتماع ثلاثي بالخرطوم", in a trilateral meeting in Khartoum, the host's guests: test_visit_small_summit)
    # a summit with no number whose verb names three leaders, two its joined objects
    "وفي القمة التي احتضنتها الخرطوم التقى الرئيس عمر البشير الرئيس المصري عبد الفتاح السيسي "
    "والرئيس التشادي إدريس ديبي.",
    "وخلال القمة التقى الرئيس عبد الفتاح السيسي الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي.",
])
def test_a_meeting_of_three_or_more_leaders_gives_no_pair(text):
    assert _reported_pairs(text, dt.date(2018, 1, 30)) == []


@pytest.mark.parametrize("text", [
    # a bilateral meeting told on a trilateral summit's sidelines stays the pair's
    "وعلى هامش القمة الثلاثية في الخرطوم التقى الرئيس المصري عبد الفتاح السيسي نظيره السوداني عمر البشير.",
    # "bilateral meetings with his counterparts, among them ...": each a pair's
    "وعقد الرئيس عمر البشير في الخرطوم لقاءات ثنائية مع نظرائه، ومنهم الرئيس المصري عبد الفتاح السيسي.",
    # the plural counterparts are another meeting's, after "before he meets"
    "وعقد الرئيس عمر البشير لقاء مع الرئيس المصري عبد الفتاح السيسي في الخرطوم، قبل أن يلتقي نظيريه التشادي والإثيوبي.",
    # met before the trilateral summit, not in it
    "والتقى الرئيس عبد الفتاح السيسي نظيره السوداني عمر البشير في الخرطوم قبل القمة الثلاثية مع الرئيس التشادي إدريس ديبي.",
    # in a summit with no number, a verb with one object: the pair's, though a third leader is named after it
    "وفي القمة التي احتضنتها الخرطوم التقى الرئيس المصري عبد الفتاح السيسي نظيره السوداني عمر البشير، "
    "بينما غاب الرئيس التشادي إدريس ديبي.",
    # on the sidelines of a summit with no number, two joined objects: each a pair's
    "وعلى هامش القمة التقى الرئيس عبد الفتاح السيسي الرئيس السوداني عمر البشير والرئيس التشادي إدريس ديبي.",
])
def test_a_pair_met_beside_a_multilateral_meeting_stays_reported(text):
    assert ("Abdel Fattah el-Sisi", "Omar al-Bashir") in _reported_pairs(text, dt.date(2018, 1, 30)) \
        or ("Omar al-Bashir", "Abdel Fattah el-Sisi") in _reported_pairs(text, dt.date(2018, 1, 30))


def test_reaching_a_ceasefire_is_no_arrival():
    # "والوصول لوقف إطلاق نار دائم" (and reaching a lasting ceasefire): no trip to the city of the sentence
    # (a summit with no number: a trilateral one in Ankara is Erdogan's guests', test_visit_small_summit)
    text = ("أكد الرئيس التركي رجب طيب أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني اليوم، بعد قمة "
            "في أنقرة، أنهم عازمون على العمل معا والوصول لوقف إطلاق نار دائم في سوريا.")
    assert _reported_pairs(text, dt.date(2018, 4, 4)) == []
    assert _reported_pairs(text.replace("والوصول لوقف إطلاق نار دائم", "والوصول إلى اتفاق نهائي"),
                           dt.date(2018, 4, 4)) == []
    # an arrival in the city stays one
    text = "وصل الرئيس الإيراني حسن روحاني إلى أنقرة حيث استقبله الرئيس التركي رجب طيب أردوغان."
    assert _reported_pairs(text, dt.date(2018, 4, 4)) == [("Hassan Rouhani", "Recep Tayyip Erdogan")]


REMARK_LEAD = ("دعا وزير الثقافة الأردني خالد الربيعي اليوم إلى تيسير منح التأشيرات بين البلدين وتوسيع التبادل "
               "الثقافي والعلمي بين الجامعات.\n")


@pytest.mark.parametrize("remark", [
    # a past request framed by an earlier visit, inside a minister's reported speech
    "وأضاف الربيعي أن بلاده ترحب بالتعاون، كما أنهم طلبوا خلال زيارة رئيس الوزراء الأردني عبد الله النسور "
    "إلى القاهرة أن تخفف القيود على العمالة.",
    # a list of past trips as an expert's argument
    "وقال أحد الخبراء، الباحث بمركز الدراسات الاستراتيجية، إن العواصم الأوروبية لاحظت أن الرئيس المصري "
    "محمد مرسي انفتح على الغرب، وزار ألمانيا وعقد معها اتفاقيات، مما دفع الجميع إلى مراجعة مواقفهم.",
    # a sermon pointing to the cooperation an earlier visit embodied
    "وأشار خطيب الجامع إلى التعاون الذي تمثل في زيارة الرئيس الإيراني محمود أحمدي نجاد إلى القاهرة.",
])
def test_an_earlier_visit_told_only_inside_a_third_partys_remarks_is_referenced(remark):
    rows = mention_rows(REMARK_LEAD + remark, dt.date(2013, 3, 22))
    assert rows and all(r["kind"] == "referenced" for r in rows), rows


@pytest.mark.parametrize("text", [
    # a spokesman's account of today's meeting
    REMARK_LEAD + "وقال المتحدث باسم الرئاسة إن الرئيس محمد مرسي التقى اليوم نظيره الإيراني محمود أحمدي نجاد في القاهرة.",
    # undated, but the spokesman carries the news
    REMARK_LEAD + "وقال المتحدث باسم الرئاسة إن الرئيس محمد مرسي التقى نظيره الإيراني محمود أحمدي نجاد في القاهرة.",
    # the lead names the leaders: the remark is about the day's meeting
    "استقبل الرئيس محمد مرسي في قصر الاتحادية الرئيس الإيراني محمود أحمدي نجاد وبحثا العلاقات بين البلدين.\n"
    "وقال أحد الخبراء إن الرئيس الإيراني وصل إلى القاهرة وبحث مع مرسي ملفات المنطقة.",
])
def test_a_meeting_a_spokesman_or_the_lead_tells_stays_reported_inside_remarks(text):
    assert "reported" in [r["kind"] for r in mention_rows(text, dt.date(2013, 3, 22))]


SOURCES_REMARK = "ولفت المسؤول إلى أن رئيس الوزراء الأردني عبد الله النسور زار القاهرة بعد الإفراج عن المعتقلين."


@pytest.mark.parametrize("lead, kind", [
    # "Jordanian sources revealed today that the government means to hand over wanted men": the sources carry
    # other news, and the official's later remark that Ensour visited Cairo retells an earlier visit
    ("كشفت مصادر أردنية مطلعة اليوم أن الحكومة تعتزم تسليم عدد من المطلوبين إلى السلطات المصرية خلال أيام.\n",
     "referenced"),
    ("قالت مصادر أردنية اليوم إن الحكومة تعتزم تسليم عدد من المطلوبين إلى السلطات المصرية.\n", "referenced"),
    # the sources tell of a visit in the lead: the remark may be the day's visit
    ("كشفت مصادر أردنية مطلعة اليوم أن زيارة رسمية جرت وتناولت تسليم المطلوبين إلى السلطات المصرية.\n", "reported"),
])
def test_a_remark_after_a_lead_whose_sources_tell_other_news_is_retold(lead, kind):
    assert [r["kind"] for r in mention_rows(lead + SOURCES_REMARK, dt.date(2013, 3, 12))] == [kind]


def test_a_visit_a_newspaper_points_to_in_a_press_review_stays_reported():
    # a paper's words report the day's news: the visit it names is not retold in passing
    text = REMARK_LEAD + ("وأشارت الصحيفة أن الانفجار وقع في نفس وقت زيارة الرئيس الإيراني محمود أحمدي نجاد "
                          "إلى القاهرة وأسفر عن إصابات.")
    assert "reported" in [r["kind"] for r in mention_rows(text, dt.date(2013, 2, 6))]


@pytest.mark.parametrize("text", [
    # "put off the green light expected on Thursday ... less than two weeks before Erdogan's visit"
    "موسكو - أجلت روسيا منح الضوء الأخضر الذي كان متوقعا صدوره الخميس لبناء مصنع في موسكو، "
    "قبل أقل من أسبوعين على زيارة الرئيس التركي أردوغان لروسيا بحسب ما أعلنت إذاعة الجيش.",
    # "the police deployed on Thursday ... hours before Erdogan's arrival"
    "وانتشرت الشرطة الخميس في شوارع موسكو قبل ساعات من وصول أردوغان للقاء بوتين.",
])
def test_a_day_told_before_a_countdown_is_the_sentences_event_not_the_visits(text):
    rows = run(text, dt.date(2023, 3, 16))  # a Thursday
    assert reported(rows) == []
    assert [(r["visitor"], r["planned"]) for r in rows] == [("Recep Tayyip Erdogan", True)]


def test_a_day_told_after_a_countdowns_visit_word_keeps_it_under_way():
    # "hours before Erdogan's arrival on Thursday" in a Thursday article: the arrival is today's
    rows = run("وانتشرت الشرطة في شوارع موسكو قبل ساعات من وصول أردوغان الخميس للقاء بوتين.", dt.date(2023, 3, 16))
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
