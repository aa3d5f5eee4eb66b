"""Meetings told as prospects (tasks/extract/visits/prospects.py and the plan cues of
triggers.yaml): a meeting noun a noun of its date, plan, condition, decision, offer, option or
chances governs is ahead, not held; a bare meeting noun, or one whose relative clause is past,
stays held. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

import pytest

from tasks.extract import extract
from tests.extract.test_extract import frame
from tests.extract.test_visits import run


def reported(rows):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    "وقال بوتين الاثنين إن موعد اجتماعه مع أردوغان قيد البحث.",  # the date of his meeting
    "وقال مسؤول تركي إن شرط أردوغان للقاء بوتين هو وقف القصف.",  # the condition for meeting
    "وتمضي موسكو وأنقرة قدما في خطط لعقد اللقاء بين بوتين وأردوغان.",  # plans to hold the meeting
    "ووصف السيسي قرار نظيره الروسي، بوتين، عقد اجتماع مع أردوغان بأنه شجاع.",  # the decision to hold
    "وقبل أردوغان عرضا بإجراء محادثات مع بوتين.",  # an offer to hold talks
    "وتسعى القاهرة إلى زيادة فرص نجاح القمة بين بوتين وأردوغان.",  # the chances of its success
    "ولم تكن الدوحة مطروحة كخيار لاستضافة القمة بين بوتين وأردوغان.",  # an option for hosting it
])
def test_a_meeting_a_prospect_noun_governs_is_ahead(text):
    rows = run(text)
    assert reported(rows) == []
    assert {(r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows} <= {
        ("Vladimir Putin", "Recep Tayyip Erdogan", "referenced", True),
        ("Recep Tayyip Erdogan", "Vladimir Putin", "referenced", True)}


@pytest.mark.parametrize("text", [
    "وتعمل القاهرة على إنقاذ القمة المهددة بين بوتين وأردوغان.",  # the threatened summit
    "ويلتقي بوتين أردوغان خلال ساعات في سوتشي.",  # within hours
])
def test_a_threatened_summit_or_one_within_hours_is_ahead(text):
    rows = run(text)
    assert reported(rows) == [] and rows and all(r["planned"] for r in rows)


def test_the_lookalikes_of_two_leaders_are_not_them():
    assert run("وفي الشوارع تلتقي شبيهي بوتين وأردوغان وهما يلتقطان الصور مع المارة.") == []


@pytest.mark.parametrize("text", [
    # a past relative clause: the summit was held ("شروط استضافة", the terms of hosting it, are told after)
    "وكشف الكرملين عن شروط استضافة القمة التي جمعت بوتين وأردوغان في سوتشي الثلاثاء.",
    "وأشاد أردوغان بنجاح القمة مع بوتين في سوتشي الثلاثاء.",  # "success" with no prospect noun
    "وبحثت قمة بوتين وأردوغان في سوتشي الثلاثاء الملف السوري.",  # a bare summit noun
    "وعرض بوتين على أردوغان خلال لقائهما في سوتشي الثلاثاء فرص الاستثمار.",  # chances after it
    # "the importance of the timing of the visit, which met with ...": a visit held
    "وأكد المستشار أهمية توقيت زيارة أردوغان إلى موسكو والتي حظيت بترحيب بوتين الثلاثاء.",
])
def test_a_held_meeting_near_a_prospect_word_stays_reported(text):
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def _dated(text, pub):
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map
    return run(text, pub, dates=find_dates(text, fold_with_map(text), pub))


def test_a_summit_opening_a_that_clause_dated_by_the_saying_is_the_plan_told():
    import datetime as dt
    pub = dt.date(2023, 3, 14)  # a Tuesday
    plan = "ويلتقي بوتين أردوغان في سوتشي يوم الخميس المقبل. "
    # Monday is the saying's ("قال ... الاثنين إن القمة", said on Monday that the summit): Thursday's plan
    rows = _dated(plan + "وقال بوتين الاثنين إن القمة مع أردوغان تمثل فرصة للسلام.", pub)
    assert reported(rows) == [] and any(r["planned"] for r in rows)
    # ... but a summit framing the saying is held that day ("خلال قمتهما", during their summit)
    rows = _dated(plan + "وقال بوتين خلال قمته مع أردوغان في موسكو الاثنين إن السلام ممكن.", pub)
    assert reported(rows) != []


def test_a_summit_dated_by_the_announcing_of_a_person_named_after_it_is_the_plan_told():
    """"تلمح الوكالة إلى قمة بين أردوغان والرئيس الروسي بوتين الذي أعلن الاثنين أن لقاءه ... سيتم في مايو" (the
    agency alludes to a summit between Erdogan and Putin, who announced on Monday that their meeting will take place
    in May): Monday is Putin's announcing, in his past relative clause (prospects.own_day reads
    clauses.persons_past_relative), so the summit is the plan the article tells; a Monday of the summit's own
    phrase, or after the relative clause's own meeting verb, is still held."""
    import datetime as dt
    pub = dt.date(2023, 3, 14)  # a Tuesday
    plan = "ويلتقي بوتين أردوغان في سوتشي يوم الخميس المقبل. "
    told = "وتلمح الوكالة إلى قمة بين أردوغان والرئيس الروسي بوتين الذي أعلن الاثنين أن لقاءه مع نظيره التركي سيتم في مايو."
    rows = _dated(plan + told, pub)
    assert reported(rows) == [] and any(r["planned"] for r in rows)
    # the summit's own Monday, in its phrase: held
    rows = _dated(plan + "وتحدثت الوكالة عن قمة بين أردوغان وبوتين الاثنين في موسكو.", pub)
    assert reported(rows) != []


@pytest.mark.parametrize("text", [
    # withdrawing from a meeting that was to be held
    "وكان أردوغان أبلغ بوتين الخميس بالانسحاب من اجتماع كان مقررا عقده في سوتشي.",
    # "still possible": holding it is talked about
    "وأعلن بوتين أن عقد قمته مع أردوغان لا يزال ممكنا.",
])
def test_a_summit_withdrawn_from_or_still_possible_is_not_held(text):
    assert reported(run(text)) == []



def test_an_undated_meeting_by_yesterdays_saying_is_held_though_talks_are_planned():
    """Undated, "Pena Nieto said yesterday, Saturday, after a meeting with the Canadian prime minister
    Trudeau, that the two countries will speed up the trade talks": the meeting by "أمس" (no value)
    is on or before the article's day, as the dated run has it, not the planned talks; a summit noun
    after "إن" (that) of a saying on Saturday stays the plan the article tells."""
    import datetime as dt
    from collections import defaultdict
    from tasks.extract import extract_article

    def rows(text, published=None):
        out = defaultdict(list)
        extract_article("a", text, published, out)
        return [(v["kind"], v["planned"], v["visitor"], v["host"]) for v in out["visit_mentions"]]
    text = ("قال الرئيس المكسيكي إنريكي بينيا نييتو أمس السبت، بعد اجتماع مع رئيس الوزراء الكندي جاستن ترودو، "
            "إن البلدين سيعجلان بمحادثات التجارة الحرة خلال الأسابيع المقبلة.")
    held = [("reported", False, "Enrique Pena Nieto", "Justin Trudeau")]
    assert rows(text) == held
    assert rows(text, dt.date(2018, 4, 15)) == held
    plan = ("أعلن البيت الأبيض أن الرئيس الأمريكي دونالد ترامب سيلتقي الزعيم الكوري الشمالي كيم جونغ أون في سنغافورة. "
            "وقال ترامب السبت إن القمة مع كيم تمثل فرصة للسلام.")
    assert rows(plan) == [("referenced", True, "Donald Trump", "Kim Jong-un")]


@pytest.mark.parametrize("text", [
    # cars arrived "in preparation for the first official visit" he will make: the visit is ahead
    "ووصلت سيارات الموكب إلى موسكو الثلاثاء استعدادا لأول زيارة رسمية يجريها أردوغان إلى روسيا.",
    # talks held "to prepare the second summit" between the two: the summit is ahead
    "وأجرت أنقرة وموسكو محادثات الثلاثاء تحضيرا لثاني قمة بين بوتين وأردوغان.",
    # "paving the way for his visit", the adverb with its tanween written
    "وأرسلت أنقرة وفدا أمنيا إلى موسكو الثلاثاء تمهيداً لزيارة أردوغان إلى روسيا.",
    # the verbal noun "التمهيد" (paving the way) of what two ministers discussed
    "وبحث الوزيران الثلاثاء في موسكو التمهيد لزيارة أردوغان إلى روسيا ولقائه بوتين.",
])
def test_a_meeting_prepared_for_by_an_adverb_is_ahead(text):
    rows = run(text)
    assert reported(rows) == [] and rows and all(r["planned"] for r in rows)


def test_an_arrival_in_preparation_for_the_summit_is_held():
    """The trip is held, only the named summit is ahead: "وصل ... استعدادا للقمة"."""
    rows = run("ووصل أردوغان إلى موسكو الثلاثاء استعدادا لأول قمة مع بوتين.")
    assert [(r["visitor"], r["host"], r["city"], r["trigger"]) for r in rows if r["kind"] == "reported"] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", "وصل")]


def test_two_leaders_together_before_the_adverb_hold_the_summit_it_prepares():
    """"Erdogan and Putin shook hands on Tuesday in Sochi, ahead of holding their summit": the two
    met already; the summit is that day's, not ahead."""
    rows = run("وتبادل أردوغان وبوتين مصافحة حارة الثلاثاء في سوتشي استعدادا لعقد قمة بينهما.")
    assert [r["kind"] for r in rows] == ["reported"]


@pytest.mark.parametrize("text", [
    # li- on a definite noun drops its alif ("للقمة", lil-qimma): the arrival is held, the summit ahead
    "ووصل أردوغان إلى الدوحة الثلاثاء استعدادا للقمة مع بوتين.",
    "وقال أردوغان الثلاثاء إن الاستعدادات الجارية للقمة مع بوتين تسير بشكل جيد.",
])
def test_a_definite_summit_prepared_for_is_not_held(text):
    rows = run(text)
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") not in reported(rows)
    assert ("Vladimir Putin", "Recep Tayyip Erdogan") not in reported(rows)


def test_a_summit_announced_with_a_day_for_what_is_still_to_come_is_planned():
    """"The Kremlin announced on Wednesday the holding of a summit ..., with its place and time to be
    announced on Thursday": Thursday dates the announcement to come (after "على أن"), not a summit held."""
    import datetime as dt

    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map
    pub = dt.date(2023, 3, 16)  # a Thursday
    text = ("أعلن الكرملين الأربعاء عن عقد قمة ثنائية بين بوتين وأردوغان في بلد ثالث، "
            "على أن يتم الإعلان عن مكان وزمان انعقادها في وقت لاحق الخميس.")
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["planned"]) == ("referenced", True)
    # a day of its own, no "that" between: disclosed as held
    text = "كشف الكرملين عن عقد لقاء سري بين بوتين وأردوغان الأربعاء في سوتشي."
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["planned"]) == ("reported", False)


def test_leaders_past_a_while_clause_of_preparing_are_not_a_summit_s_sides_before_it():
    """"A summit between the two Koreas' leaders was held, while Putin prepares to meet Erdogan": Putin and
    Erdogan are the prepared meeting's (planned), not the summit's (no held row)."""
    text = "وتراجع التوتر حيث عقدت قمة بين زعيمي الكوريتين فيما يستعد بوتين للقاء أردوغان."
    assert reported(run(text)) == []
    assert {(r["kind"], r["planned"]) for r in run(text)} == {("referenced", True)}
    text = "التقى بوتين في موسكو بينما يستعد أردوغان لزيارة الدوحة."
    assert reported(run(text)) == []


def test_a_preparing_verb_in_a_relative_clause_does_not_cut_the_meeting_s_sides():
    """"Putin, who prepares to visit Doha, met Erdogan in Moscow": no "فيما" / "و" opens a clause, the
    meeting stands."""
    text = "التقى بوتين الذي يستعد لزيارة الدوحة أردوغان في موسكو."
    assert ("Vladimir Putin", "Recep Tayyip Erdogan") in reported(run(text)) or \
        ("Recep Tayyip Erdogan", "Vladimir Putin") in reported(run(text))


@pytest.mark.parametrize("text", [
    "وقال المتحدث إن لافروف لم يلتق الأسد كما فعل بوتين في الزيارتين السابقتين لدمشق.",  # the two previous visits
    "وأشاد أردوغان بنتائج الزيارات السابقة لبوتين إلى أنقرة.",  # the previous visits
    "وذكر السيسي بأن قمتهما السابقة مع بوتين جرت في سوتشي.",  # their previous summit
])
def test_a_dual_or_plural_previous_visit_is_no_news(text):
    """The duals and plurals of "the previous visit" ("الزيارة السابقة") tell earlier visits as well."""
    assert reported(run(text)) == []


def test_a_previous_visit_told_as_the_setting_of_today_s_talks_keeps_them_reported():
    text = "استقبل بوتين الأسد في موسكو اليوم، بعد أن التقيا في القمة السابقة في سوتشي."
    assert reported(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "وقال أردوغان إنه يطمح إلى أبعد من زيارة دمشق ولقاء الأسد.",  # aspires to more than visiting Damascus
    "وأشار المتحدث إلى أن أردوغان تقدم بطلب لزيارة دمشق.",  # applied to visit Damascus
])
def test_an_aspiration_or_a_request_to_visit_is_no_visit(text):
    assert reported(run(text)) == []


def test_a_visit_made_at_a_leader_s_request_stays_reported():
    assert reported(run("وصل أردوغان إلى دمشق بناء على طلب من الأسد.")) == [
        ("Recep Tayyip Erdogan", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    "وتحدثت الصحف التركية عن توقعات بعقد قمة بين بوتين وأردوغان في أنقرة.",  # expectations of holding one
    "وقالت أنقرة إنها لم تتسلم إخطارا رسميا لعقد قمة بين بوتين وأردوغان.",  # a notice, with its adjective
])
def test_a_meeting_expected_or_notified_is_ahead(text):
    rows = run(text)
    assert reported(rows) == []
    assert {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def test_an_official_adjective_after_a_held_meeting_keeps_it_held():
    # "الرسمي" after the meeting noun is the meeting's own adjective, not a prospect's: the talks were held
    rows = run("استقبل أردوغان في أنقرة اليوم بوتين، وتلقى خلال اللقاء الرسمي إخطارا بموعد الانتخابات.")
    assert reported(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_meeting_told_later_with_no_month_after_it_is_held():
    """"في وقت لاحق" (later) alone tells what came after in a past story."""
    assert reported(run("وفي وقت لاحق التقى بوتين أردوغان في سوتشي.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_first_visit_later_this_month_is_ahead_with_the_full_lexicon():
    """"أول زيارة يقوم بها لإسرائيل في وقت لاحق هذا الشهر" (his first visit to Israel later this month): ahead,
    not held on the day of the reception the sentence tells first."""
    text = ("استقبل الرئيس الأمريكي باراك أوباما زعماء المنظمات في البيت الأبيض أمس الخميس، مع سعيه لتمهيد سبيل أول "
            "زيارة يقوم بها لإسرائيل كرئيس في وقت لاحق هذا الشهر. وقال مصدر إن أوباما قلل خلال الاجتماع من أهمية "
            "الخلافات مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو.")
    rows = extract(frame([text], dt.date(2013, 3, 8)))["visit_mentions"].to_dicts()
    assert [(r["kind"], r["planned"], r["visitor"], r["host"]) for r in rows] == [
        ("referenced", True, "Barack Obama", "Benjamin Netanyahu")]


def test_meetings_agreed_on_stay_planned_past_a_purpose_s_own_past_day():
    """"The two presidents agreed to hold new meetings in order to speed up the agreements signed last
    month": the past month after "بهدف" (in order to) is the agreements', the meetings stay ahead."""
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map
    pub = dt.date(2023, 3, 16)
    text = ("واتفق بوتين وأردوغان على عقد لقاءات جديدة بهدف تسريع تنفيذ الاتفاقيات الموقعة بين البلدين "
            "في فبراير الماضي.")
    rows = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert reported(rows) == []
    assert {(r["kind"], r["planned"]) for r in rows} == {("referenced", True)}


def test_a_meeting_disclosed_with_its_past_day_before_a_purpose_stays_held():
    """Negative: "The Kremlin disclosed a secret meeting between Putin and Erdogan last Wednesday, in order to
    settle the dispute": the day stands before the purpose phrase, the meeting is held."""
    from tasks.extract.dates import find_dates
    from ziyarat.arabic import fold_with_map
    pub = dt.date(2023, 3, 16)
    text = "كشف الكرملين عن عقد لقاء سري بين بوتين وأردوغان الأربعاء في سوتشي بهدف تسوية الخلاف."
    [v] = run(text, pub, dates=find_dates(text, fold_with_map(text), pub))
    assert (v["kind"], v["planned"]) == ("reported", False)


def test_a_visit_a_prospect_noun_governs_across_a_present_relative_clause_is_ahead():
    # "the conditions that the Kremlin sets for Erdogan's visit to Moscow are general": a visit ahead
    rows = run("وقال مسؤول إن الشروط التي يضعها الكرملين لزيارة أردوغان إلى موسكو عامة.")
    assert reported(rows) == []
    assert {(r["visitor"], r["host"], r["kind"], r["planned"]) for r in rows} == {
        ("Recep Tayyip Erdogan", "Vladimir Putin", "referenced", True)}


def test_a_visit_after_a_past_relative_clause_of_a_prospect_noun_stays_held():
    # negative: "the conditions that the Kremlin set for Erdogan's visit to Moscow on Tuesday were met"
    rows = run("وقال مسؤول إن الشروط التي وضعها الكرملين لزيارة أردوغان إلى موسكو الثلاثاء تحققت.")
    assert reported(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    # "pointing to a chance of a meeting between Putin and Erdogan on the summit's sidelines"
    "وأشارت الوكالة إلى فرصة لقاء بين بوتين وأردوغان على هامش القمة.",
    # "the odds of holding a summit between the two"
    "وتحدث المراقبون عن احتمالات عقد قمة بين بوتين وأردوغان في سوتشي.",
])
def test_a_bare_meeting_noun_after_a_chance_noun_is_ahead(text):
    rows = run(text)
    assert reported(rows) == [] and rows and all(r["planned"] for r in rows)


@pytest.mark.parametrize("text", [
    # the chance after the meeting: the meeting gave it, and was held
    "والتقى بوتين أردوغان في سوتشي الثلاثاء في لقاء منح الطرفين فرصة للحوار.",
    # a chance owned by someone, his meeting its genitive: no bare chance of a meeting
    "وقال أردوغان إن فرص الاستثمار كانت محور لقائه مع بوتين في سوتشي الثلاثاء.",
    # the plural: the opportunities their meeting offers ("a film showing the opportunities of their meeting")
    "وأكد أردوغان الثلاثاء أنه أهدى بوتين في سوتشي فيلما يعرض فرص لقائهما التاريخي.",
])
def test_a_held_meeting_beside_a_chance_noun_stays_reported(text):
    assert set(reported(run(text))) & {("Recep Tayyip Erdogan", "Vladimir Putin"), ("Vladimir Putin", "Recep Tayyip Erdogan")}


COSTS = "قال مسؤول روسي إن تكاليف القمة بين بوتين وأردوغان في سوتشي تبلغ عشرة ملايين دولار."


@pytest.mark.parametrize("follow_on", [
    # this summit, then the summit will focus on: the sentences that go on about it put it ahead
    "وأضاف أن بلاده مستعدة لتحمل تكاليف هذه القمة. وستركز القمة على الملف السوري.",
    "وستعقد القمة في القصر الرئاسي.",  # the summit will be held
    "كما ستتناول المحادثات الملف السوري.",  # the talks will also address
])
def test_a_bare_summit_the_follow_on_sentences_put_ahead_is_not_reported(follow_on):
    rows = run(COSTS + " " + follow_on)
    assert reported(rows) == []
    assert [(r["visitor"], r["host"], r["kind"]) for r in rows] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "referenced")]


@pytest.mark.parametrize("follow_on", [
    "وركزت القمة على الملف السوري.",  # focused: held
    "وستركز القمة التي تعقد الثلاثاء على الملف السوري.",  # held on publication's Tuesday: the day's news
    "وستسهم القمة في تعزيز العلاقات.",  # will contribute: what a held summit may still do
    # a leader named between: the chain of follow-on sentences is broken
    "وقال أردوغان إن بلاده تريد السلام. وستركز القمة على الملف السوري.",
])
def test_a_bare_summit_not_put_ahead_by_its_follow_on_stays_reported(follow_on):
    assert reported(run(COSTS + " " + follow_on)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_summit_a_verb_tells_today_stays_reported_before_its_agenda_ahead():
    text = "يلتقي بوتين أردوغان الثلاثاء في سوتشي. وستركز القمة على الملف السوري."
    assert reported(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
