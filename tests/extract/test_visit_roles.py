"""Direction and sides: who travelled, who received, and which leaders a meeting word
binds. Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article
from tests.extract.test_visits import run
from tests.extract.test_visits_detect import mention_rows, reported


def pairs(rows, kind="reported"):
    return [(r["visitor"], r["host"]) for r in rows if r["kind"] == kind]


def test_his_receiving_makes_the_pronoun_the_host():
    # "استقباله" (istiqbaluhu, his receiving): the one named before hosts, the one after visits
    rows = run("وجاءت كلمة السيسي أثناء استقباله، الثلاثاء، الرئيس الأسد في القاهرة.")
    assert pairs(rows) == [("Bashar al-Assad", "Abdel Fattah el-Sisi")]


@pytest.mark.parametrize("text, pair", [
    # "استضافته" (istidafatuhu, his hosting): the one named before hosts, the leader right after is his guest
    ("وجاءت كلمة السيسي أثناء استضافته، الثلاثاء، الرئيس الأسد في القاهرة.", ("Bashar al-Assad", "Abdel Fattah el-Sisi")),
    ("وقال بوتين خلال استضافته الرئيس التركي أردوغان في سوتشي إن البلدين متفقان.", ("Recep Tayyip Erdogan", "Vladimir Putin")),
])
def test_his_hosting_a_leader_makes_the_pronoun_the_host(text, pair):
    assert pairs(run(text)) == [pair]


@pytest.mark.parametrize("text", [
    "وأعلن بوتين استعداد روسيا لاستضافة لقاء يجمع أردوغان والأسد.",  # a country's hosting a meeting ahead
    "وتحدث أردوغان عن استضافة بلاده ملايين اللاجئين السوريين الفارين من حكم الأسد.",  # hosting refugees
    "وانتقد أردوغان استضافة مصر لقادة المعارضة، وقال إن السيسي يتحمل المسؤولية.",  # a country hosts, no pronoun
    "وشكر الأسد الرئيس بوتين على استضافته، وقال إن أردوغان يدعم الإرهاب.",  # "for hosting him": no guest after it
    "وانتقد أردوغان استضافته قادة المعارضة، وقال إن السيسي يتحمل المسؤولية.",  # his guests are no leaders
])
def test_a_hosting_noun_with_no_leader_right_after_its_pronoun_is_no_reception(text):
    assert pairs(run(text)) == []


def test_a_meeting_with_no_direction_keeps_the_text_order():
    # "وكان ... اجتمعا" (had met, a pluperfect split by its subject): an earlier meeting
    assert pairs(run("وكان بوتين وأردوغان اجتمعا وجها لوجه لمدة ساعتين."), "referenced") == [
        ("Vladimir Putin", "Recep Tayyip Erdogan")]
    assert pairs(run("وكان أردوغان وبوتين اجتمعا وجها لوجه لمدة ساعتين."), "referenced") == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert pairs(run("واجتمع أردوغان وبوتين وجها لوجه لمدة ساعتين.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_word_binds_the_leaders_of_its_own_clause():
    rows = run("وعقد أردوغان وبوتين اجتماعا ثانيا بعد أن ألغى السيسي محادثاته.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_an_unresolved_leader_after_a_visit_noun_is_its_side():
    # "الزعيم الكوري الشمالي" (the North Korean leader) is nobody the lexicon knows: the
    # visit is his, not that of the leaders named around it
    text = "وجرى ذلك في اليوم الثاني من زيارة الزعيم الكوري الشمالي إلى موسكو حيث أطلع بوتين أردوغان على النتائج."
    assert pairs(run(text)) == []
    text = "وبحث بوتين مع أردوغان القمة القادمة مع الزعيم الكوري الشمالي."
    assert ("Recep Tayyip Erdogan", "Vladimir Putin") not in pairs(run(text), "referenced")


def test_the_owner_of_a_visit_noun_stays_the_visitor_whatever_place_follows():
    # "زيارته" (his visit) is al-Assad's: Damascus, his own capital, is not the venue
    rows = run("وأكد الأسد أن زيارته حققت نتائج مع بوتين لدعم الاستثمار في دمشق.")
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Bashar al-Assad", "Vladimir Putin", None)]


def test_an_unresolved_leader_after_his_summit_with_is_its_other_side():
    # "قمته مع الزعيم الكوري الشمالي" (his summit with the North Korean leader): not with al-Assad
    text = "وأشاد بوتين بما قاله الأسد عن قمته مع الزعيم الكوري الشمالي في سنغافورة."
    assert pairs(run(text)) == []


def test_a_non_leader_right_before_a_verb_is_its_subject():
    # "لافروف التقى الأسد": the foreign minister met al-Assad, not Putin who said so
    assert pairs(run("وأكد بوتين أن لافروف التقى الأسد في دمشق.")) == []


def test_a_planned_summit_with_an_unresolved_leader_binds_no_one_else():
    text = "وجاء تعليق بوتين بعد لقائه الأسد لمناقشة القمة القادمة مع الزعيم الكوري الشمالي في سنغافورة."
    rows = run(text)
    assert pairs(rows) == [("Vladimir Putin", "Bashar al-Assad")]  # "لقائه" (his meeting): text order
    assert pairs(rows, "referenced") == []


def test_a_leaders_son_is_not_the_leader():
    # "ابن أردوغان" (Erdogan's son) met Putin, not Erdogan
    assert pairs(run("واجتمع بوتين في موسكو مع ابن أردوغان.")) == []


def test_every_leader_of_a_listed_host_country_is_a_partner():
    text = "وصل أردوغان إلى موسكو وأجرى مباحثات مع بوتين، ونائبه، ولافروف."
    assert pairs(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]  # the minister is no leader


def test_a_president_and_his_prime_minister_listed_with_and_are_both_partners(monkeypatch):
    from tests.extract import test_visits as tv
    monkeypatch.setitem(tv.PEOPLE, "بيريز", ("peres", "Shimon Peres", "Israel", ["head_of_state"]))
    monkeypatch.setitem(tv.PEOPLE, "نتنياهو", ("netanyahu", "Benjamin Netanyahu", "Israel", ["head_of_government"]))
    text = "وأجرى السيسي في القدس مباحثات مع بيريز، الرئيس الإسرائيلي، ونتنياهو، رئيس الوزراء."
    assert sorted(pairs(run(text))) == [("Abdel Fattah el-Sisi", "Benjamin Netanyahu"), ("Abdel Fattah el-Sisi", "Shimon Peres")]


def test_a_guessed_meeting_takes_the_direction_of_the_stated_trip(monkeypatch):
    # Peres received al-Sisi: the talks with Netanyahu, Peres's prime minister, are al-Sisi's visit too
    from tests.extract import test_visits as tv
    monkeypatch.setitem(tv.PEOPLE, "بيريز", ("peres", "Shimon Peres", "Israel", ["head_of_state"]))
    monkeypatch.setitem(tv.PEOPLE, "نتنياهو", ("netanyahu", "Benjamin Netanyahu", "Israel", ["head_of_government"]))
    text = "استقبل بيريز السيسي أمس.\nوكانت لنتنياهو مباحثات مطولة مع السيسي تناولت الأزمة."
    assert sorted(pairs(run(text))) == [("Abdel Fattah el-Sisi", "Benjamin Netanyahu"), ("Abdel Fattah el-Sisi", "Shimon Peres")]


def test_received_him_makes_the_subject_after_the_verb_the_host():
    # "استقبله بوتين" (istaqbalahu, Putin received him): the pronoun, al-Assad, visits
    assert pairs(run("ووصل الأسد صباح الثلاثاء حيث استقبله بوتين في الكرملين.")) == [("Bashar al-Assad", "Vladimir Putin")]


def test_his_visit_to_a_capital_of_the_last_named_is_the_other_leaders():
    # "زيارته لموسكو" (his visit to Moscow) right after "مع نظيره بوتين": the visit is al-Assad's
    text = "الأسد وبوتين والملفات الساخنة\nوناقش الأسد الملفات مع نظيره بوتين خلال زيارته لموسكو التي بدأت اليوم."
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]


def test_the_one_named_after_a_reception_noun_is_received():
    # "لاستقبال الأسد" (to receive al-Assad): al-Assad is the guest, Putin receives him
    text = "وأعدت موسكو مراسم رسمية لاستقبال الأسد، حيث استقبله بوتين في الكرملين."
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]


def test_ministers_inside_a_leaders_title_do_not_make_the_guest_an_official():
    # "Putin receives today, Friday, the new Japanese prime minister": "الوزراء" (the
    # ministers) is part of the guest's title "رئيس الوزراء", not a delegation of ministers
    import datetime as dt
    from tasks.extract.visits import find_visits
    from tests.builders import M
    from ziyarat.arabic import sentence_spans
    text = "يستقبل الرئيس بوتين، اليوم الجمعة، رئيس الوزراء الياباني الجديد، ويبحث معه ملف الأزمة."
    pm = text.find("رئيس الوزراء الياباني")
    ms = [M("putin", "person", "Vladimir Putin", "بوتين", 14, 19, "Russia", None, ["head_of_state"]),
          M("abe", "person", "Shinzo Abe", "رئيس الوزراء الياباني", pm, pm + 21, "Japan", None, ["head_of_government"])]
    assert text[14:19] == "بوتين"
    rows = find_visits(text, sentence_spans(text), ms, [], dt.date(2013, 2, 22))
    assert pairs(rows) == [("Shinzo Abe", "Vladimir Putin")]
    # a delegation of ministers after the host is still no leader's visit
    text = "يستقبل الرئيس بوتين، اليوم الجمعة، وزراء خارجية دول المجلس ثم الرئيس الأسد."
    assert pairs(run(text)) == []


def test_a_reception_noun_whose_object_is_his_counterpart_is_hosted_by_its_genitive():
    # "the day began with President Putin's receiving his Turkish counterpart Erdogan"
    rows = run("وبدأ النهار باستقبال الرئيس بوتين نظيره التركي أردوغان في إطار زيارة دولة.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_receive_verb_opening_a_new_clause_takes_its_subject_after_it():
    # "Egypt's delegation is led by Sisi, who arrives tonight, and Putin received the Turkish
    # president Erdogan": Sisi is the previous clause's, Putin receives
    rows = run("ويرأس وفد مصر الرئيس السيسي، الذي سيصل في وقت لاحق من مساء اليوم، واستقبل بوتين الرئيس التركي أردوغان.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_his_visit_points_past_the_one_met_with_to_the_speaker():
    # "al-Assad said at a joint press conference with Putin in Moscow on his first visit that
    # despite the crisis in Damascus ...": "his" is al-Assad's (the one met "with" is Putin), and
    # Damascus, a place of his words, does not make him the host
    text = ("وقال الأسد في مؤتمر صحفي مشترك مع الرئيس بوتين في موسكو في زيارته الأولى "
            "إنه على الرغم من الأزمة في دمشق فإن العلاقات قوية.")
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    # ... but "who is making his first visit" points to the one met
    text = "وقال بوتين في مؤتمر صحفي مشترك مع الرئيس الأسد الذي يقوم بزيارته الأولى إلى موسكو."
    assert pairs(run(text)) == [("Bashar al-Assad", "Vladimir Putin")]
    # ... and so does "his visit to Russia" told by Russia's president: no one visits his own country
    text = "وقال بوتين إنه تحدث مع الرئيس الأسد أثناء زيارته إلى روسيا عن السلام."
    assert [(r["visitor"], r["host"]) for r in run(text)] == [("Bashar al-Assad", "Vladimir Putin")]
def test_the_leader_with_names_is_the_other_side_though_another_stands_nearer_before():
    # "Chad's PM received Qandil, and Qandil met with Libya's PM Ali Zeidan"
    text = ("وكان في استقبال رئيس الوزراء المصري هشام قنديل رئيس وزراء تشاد، وقد التقى قنديل مع رئيس وزراء "
            "ليبيا علي زيدان.")
    assert sorted((r["visitor"], r["host"]) for r in mention_rows(text, dt.date(2013, 2, 16))
                  if r["kind"] == "reported") == [
        ("Hesham Qandil", "Ali Zeidan"), ("Hesham Qandil", "Joseph Djimrangar Dadnadji")]


def test_a_summit_between_two_leaders_is_theirs_and_plans_no_earlier_meeting():
    # "قبيل لقاء جمع الاثنين أردوغان بالسيسي، وقبل قمة الأربعاء بين أردوغان وبوتين": Monday's
    # meeting was held (the "before a summit" cue is the summit's own); the summit's sides are
    # the two after "بين" (between), not the nearer Sisi
    text = ("وجاء البيان قبيل لقاء جمع الاثنين أردوغان بنظيره المصري السيسي، "
            "وقبل قمة تاريخية الأربعاء بين أردوغان والرئيس الروسي بوتين.")
    rows = run(text, dt.date(2023, 3, 13))
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]
    assert [(r["visitor"], r["host"], r["planned"]) for r in rows if r["kind"] == "referenced"] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", True)]


def test_the_next_leg_of_a_trip_is_travelled_by_the_subject_of_the_first_meeting():
    # "التقى بوتين السيسي ...، وتوجه بعدها إلى دمشق حيث التقى الأسد" (Putin met Sisi, and
    # headed after it to Damascus where he met Assad): Putin, the first verb's subject, goes
    # on and meets Assad; "التقى" (iltaqa) is a verb, not the definite "al-" of a meeting told again
    rows = run("التقى بوتين السيسي اليوم في القاهرة، وتوجه بعدها إلى دمشق حيث التقى الأسد.")
    assert sorted(pairs(rows)) == [("Vladimir Putin", "Abdel Fattah el-Sisi"), ("Vladimir Putin", "Bashar al-Assad")]
    # "وتوجه إلى دمشق" (and headed to Damascus) names no subject: Putin's, not Sisi's, the one named last
    rows = run("التقى بوتين السيسي اليوم في القاهرة، وتوجه إلى دمشق حيث التقى الأسد.")
    assert sorted(pairs(rows)) == [("Vladimir Putin", "Abdel Fattah el-Sisi"), ("Vladimir Putin", "Bashar al-Assad")]
    # a second meeting that names its own subject is his: "كما التقى السيسي الأسد" (Sisi met Assad)
    rows = run("التقى بوتين السيسي اليوم في القاهرة، كما التقى السيسي الأسد.")
    assert ("Vladimir Putin", "Bashar al-Assad") not in pairs(rows)


def test_each_meeting_of_a_multi_leg_sentence_keeps_its_own_city():
    # Cairo is where Putin met Sisi; the meeting with Assad is in Damascus, where he went on
    rows = run("التقى بوتين السيسي اليوم في القاهرة، وتوجه بعدها إلى دمشق حيث التقى الأسد.")
    assert {(r["host"], r["city"]) for r in rows if r["kind"] == "reported"} == {
        ("Abdel Fattah el-Sisi", "Cairo"), ("Bashar al-Assad", "Damascus")}


def test_the_next_leg_after_a_visit_made_is_the_visitors():
    # "سيقوم السيسي بزيارة ... تلبية للدعوة ... من بوتين، ... ويتوجه بعدها إلى الرياض" (Sisi will
    # make a visit at Putin's invitation ... and head after it to Riyadh): Sisi heads on, not Putin
    rows = run("سيقوم السيسي بزيارة رسمية إلى روسيا تلبية للدعوة الموجهة له من بوتين، تتضمن الزيارة "
               "عددا من الفعاليات، كما يقابل المسؤولين لبحث الملفات، ويتوجه بعدها إلى الرياض.")
    assert sorted(pairs(rows, "referenced")) == [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz"),
                                                 ("Abdel Fattah el-Sisi", "Vladimir Putin")]
    # ... though the visitor is named out of the travel verb's reach, the inviter within it
    rows = run("سيقوم السيسي بزيارة رسمية إلى روسيا يومي الأربعاء والخميس المقبلين، تلبية للدعوة الموجهة له "
               "من بوتين، تتضمن الزيارة عددا من الفعاليات الاقتصادية، كما يقابل المسؤولين لبحث المشهد "
               "السياسي، ويتوجه بعدها إلى الرياض.")
    assert ("Abdel Fattah el-Sisi", "Salman bin Abdulaziz") in pairs(rows, "referenced")


def test_the_leader_a_trip_goes_to_meet_is_no_traveller_of_a_later_visit_noun():
    # "يتوجه منها للقاء الرئيس الأسد ... واختصرت زيارة روسيا" (heads on from there to meet
    # President Assad ... and the visit to Russia was cut short): Sisi's visit, not Assad's
    rows = run("كان مقررا أن يقضي السيسي يومين في موسكو ويتوجه منها للقاء الرئيس الأسد في دمشق "
               "إلا أن زيارة سوريا ألغيت واختصرت زيارة روسيا بسبب الأزمة.")
    assert ("Bashar al-Assad", "Vladimir Putin") not in pairs(rows, "referenced")
    assert ("Abdel Fattah el-Sisi", "Bashar al-Assad") in pairs(rows, "referenced")


def test_the_subject_of_kana_before_in_his_reception_hosts():
    """"ووصل أردوغان ... وكان بوتين في استقباله" (Erdogan arrived and Putin was there to receive
    him): Putin, between "كان" and "في استقباله", hosts; the one named before him travelled."""
    for text in ("ووصل أردوغان بطائرته وكان بوتين في استقباله في المطار وتصافحا بحرارة.",
                 "ووصل أردوغان بطائرته وكان الرئيس الروسي بوتين في استقباله في المطار."):
        assert [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"] == [
            ("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_leader_who_was_there_to_receive_him_is_the_host():
    # "عقد مرسي لقاء مع رئيس الوزراء الهندي سينج، الذي كان في استقباله لدى وصوله" (Morsi met
    # India's PM Singh, who was there to receive him on his arrival): "الذي" (who) makes
    # Singh the one receiving, the pronoun -hi the guest named before him
    text = ("عقد الرئيس محمد مرسي، بمقر مجلس الوزراء الهندي، لقاء ثنائيا مع رئيس الوزراء الهندي "
            "مانموهان سينج، الذي كان في استقباله لدى وصوله إلى المقر.")
    assert reported(text, dt.date(2013, 3, 19)) == [("Mohamed Morsi", "Manmohan Singh", None)]


def test_and_the_prime_minister_among_the_hosts_is_no_group_of_ministers():
    # "استقبل الرئيس الهندي X ورئيس الوزراء صباح اليوم، الرئيس محمد مرسي" (the Indian
    # president X and the prime minister received President Morsi): "الوزراء" (the ministers)
    # after "ورئيس" (and the head of) is a title, not the ministers as the guests
    text = ("استقبل الرئيس الهندي براناب موخرجي ورئيس الوزراء صباح اليوم، الرئيس محمد مرسي في "
            "القصر الرئاسي.")
    assert reported(text, dt.date(2013, 3, 19)) == [("Mohamed Morsi", "Pranab Mukherjee", None)]


def test_a_cohost_of_the_same_country_is_not_the_guest_of_a_reception():
    # "استقبل الرئيس الهندي X ورئيس الوزراء Y صباح اليوم، الرئيس محمد مرسي" (the Indian
    # president X and the prime minister Y received President Morsi): Y hosts with X
    text = ("استقبل الرئيس الهندي براناب موخرجي ورئيس الوزراء مانموهان سينج صباح اليوم، الرئيس "
            "محمد مرسي في القصر الرئاسي.")
    assert ("Mohamed Morsi", "Pranab Mukherjee", None) in reported(text, dt.date(2013, 3, 19))


def test_a_trip_dated_months_before_does_not_orient_the_meeting_told_now():
    # "the deal was announced after Putin's meeting with Rouhani on Wednesday, during a visit
    # to Iran ...; Putin's visit comes after a visit Rouhani made to Moscow last December":
    # the December trip is Rouhani's, today's is Putin's
    from tasks.extract.dates import find_dates
    from tests.extract.test_visits import run_more
    pub = dt.date(2023, 3, 14)
    text = ("وأعلن عن الاتفاق بعد اجتماع بوتين بروحاني يوم الأربعاء أثناء زيارة إلى إيران تهدف إلى تعزيز "
            "التعاون مع إيران. وتأتي زيارة بوتين بعد زيارة قام بها روحاني إلى موسكو في ديسمبر الماضي.")
    rows = run_more(text, pub, find_dates(text, None, pub))
    assert [(r["visitor"], r["host"]) for r in rows if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Hassan Rouhani")]


def test_his_visit_in_a_fronted_phrase_is_the_main_verbs_subjects():
    # "خلال اليوم الأول من زيارته إلى الهند، افتتح الرئيس الفرنسي ..." (on the first day of his
    # visit to India, the French president opened ...): "his" is the subject named after the
    # phrase's comma, though no one is named before it; India's head receives him
    text = "خلال اليوم الأول من زيارته إلى الهند، افتتح الرئيس الفرنسي إيمانويل ماكرون معرضا للفنون."
    assert [(r["visitor"], r["host"]) for r in mention_rows(text) if r["kind"] == "reported"] == [
        ("Emmanuel Macron", "Narendra Modi")]
    # past a dateline too; but a phrase after the main verb is no fronted one: in "أكدت أن
    # الرئيس سيتوجه إلى الهند عقب زيارته إلى مصر، للقاء ..." the one met after the comma owns nothing
    text = "نيودلهي (CNN)-- " + text
    assert [(r["visitor"], r["host"]) for r in mention_rows(text) if r["kind"] == "reported"] == [
        ("Emmanuel Macron", "Narendra Modi")]
    text = "وأكدت مصادر أن الرئيس سيتوجه إلى الهند عقب زيارته إلى مصر، للقاء رئيس الوزراء الهندي ناريندرا مودي."
    assert [r for r in mention_rows(text) if r["kind"] == "reported"] == []


def test_the_subject_granted_a_reception_is_the_guest():
    # "وحظي الرئيس التركي ... باستقبال رسمي من الرئيس الروسي" (the Turkish president was given an
    # official reception by the Russian president): the subject of "حظي" is received, the leader
    # after "من" (from) receives him, whichever of them stands nearer the noun
    text = "وحظي الرئيس التركي رجب طيب أردوغان باستقبال رسمي من الرئيس الروسي فلاديمير بوتين في قصر الكرملين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


@pytest.mark.parametrize("text", [
    # "during al-Assad's reception, of President Sisi, at the presidency": al-Assad receives
    "جاء ذلك خلال استقبال الأسد، للرئيس السيسي بمقر الرئاسة.",
    "جاء ذلك خلال استقبال الأسد للرئيس السيسي بمقر الرئاسة.",
])
def test_the_li_object_of_a_reception_noun_is_the_guest(text):
    assert [(r["visitor"], r["host"]) for r in run(text)] == [("Abdel Fattah el-Sisi", "Bashar al-Assad")]


def test_his_after_that_during_is_the_subject_of_the_clause_before():
    # "King Salman praised the Kuwaiti emir's role, and that during his receiving President Sisi":
    # "his" is the praising subject's, not the emir's named last
    text = "وأشاد الملك سلمان بدور أمير الكويت في المنطقة، وذلك خلال استقباله الرئيس السيسي في الرياض."
    assert pairs(run(text)) == [("Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]
    # a prince who praised the King's role received Sisi: no meeting of the King
    text = "وثمن الأمير محمد دور الملك سلمان وقيادته للتحالف، وذلك خلال استقباله أمس الرئيس السيسي في الرياض."
    assert pairs(run(text)) == []


@pytest.mark.parametrize("text", [
    "وكان في استقبال السيسي لدى وصوله إلى الرياض الملك سلمان، حيث التقى الأسد قبل بدء أعمال القمة.",
    "وكان في استقبال السيسي لدى وصوله إلى الرياض الملك سلمان، وقد التقى عقب وصوله إلى العاصمة مع الأسد قبل القمة.",
    # the one met named past his title: "حيث التقى الرئيس السوري بشار الأسد"
    "وكان في استقبال السيسي لدى وصوله إلى الرياض الملك سلمان، حيث التقى الرئيس السوري بشار الأسد قبل القمة.",
])
def test_a_meeting_verb_with_no_subject_after_a_reception_is_the_guests(text):
    # the guest of "في استقبال X" (to receive X) is the one who goes on to meet: Sisi met
    # al-Assad, not King Salman who was at the airport
    got = pairs(run(text))
    assert ("Abdel Fattah el-Sisi", "Salman bin Abdulaziz") in got
    assert ("Abdel Fattah el-Sisi", "Bashar al-Assad") in got or ("Bashar al-Assad", "Abdel Fattah el-Sisi") in got
    assert not any("Salman bin Abdulaziz" in p and "Bashar al-Assad" in p for p in got)


def test_the_antecedent_of_a_relative_reception_a_few_words_back_hosts():
    # "لنظيره الأسد، خلال رئاسته للوفد ... الذي كان في استقباله" (to his counterpart al-Assad,
    # during his leading the delegation ..., who was there to receive him): al-Assad received Sisi
    text = "وأكد السيسي لنظيره الأسد، خلال رئاسته للوفد المصري إلى القمة في دمشق الذي كان في استقباله في المطار، أهمية العلاقات."
    assert pairs(run(text)) == [("Abdel Fattah el-Sisi", "Bashar al-Assad")]


@pytest.mark.parametrize("text", [
    # li- glued to a bare name: "لبوتين" (li-Putin, of Putin)
    "وخلال استقبال الأسد لبوتين في دمشق الثلاثاء بحث الجانبان العلاقات الثنائية.",
    # no li-: the genitive after the reception noun receives, the accusative after it is received
    "وخلال استقبال الأسد، بوتين في دمشق الثلاثاء بحث الجانبان العلاقات الثنائية.",
    "وخلال استقبال الأسد الرئيس بوتين في دمشق الثلاثاء بحث الجانبان العلاقات الثنائية.",
])
def test_the_leader_right_after_a_reception_nouns_genitive_is_its_guest(text):
    rows = run(text)
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Bashar al-Assad", "Damascus")]


def test_a_reception_nouns_genitive_with_a_clause_before_the_next_leader_is_received():
    # "استقبال الأسد في موسكو" (the reception of al-Assad in Moscow), then a verb: Putin hosts
    rows = run("وخلال استقبال الأسد في موسكو الثلاثاء أكد بوتين دعم بلاده لسوريا.")
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Bashar al-Assad", "Vladimir Putin", "Moscow")]


@pytest.mark.parametrize("text", [
    # "حظي" (was given) with no "من" (from) after the noun: its subject is the guest, not the host
    "وحظي أردوغان باستقبال حافل في موسكو مساء الخميس، كما أقام بوتين مأدبة عشاء على شرفه.",
    # "حصل ... على" (got) is a verb of being granted right before "على استقبال"
    "وحصل أردوغان على استقبال حافل في موسكو مساء الخميس، كما أقام بوتين مأدبة عشاء على شرفه.",
    "وحصل أردوغان على استقبال حافل من بوتين في موسكو مساء الخميس.",
])
def test_the_subject_of_a_verb_of_being_granted_a_reception_is_the_guest(text):
    assert pairs(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_what_happened_during_a_reception_grants_nothing():
    # "ما حصل خلال استقبال بوتين" (what happened during Putin's reception): حصل without على
    rows = run("وقال أردوغان إن ما حصل خلال استقبال بوتين في أنقرة كان إيجابيا.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


@pytest.mark.parametrize("text", [
    # a day between the reception noun's genitive and its li- object is left out
    "وجاء ذلك خلال استقبال الأسد، الخميس، للرئيس بوتين بمقر الرئاسة في دمشق.",
    "وجاء ذلك خلال استقبال الأسد الخميس لبوتين بمقر الرئاسة في دمشق.",
])
def test_a_day_between_a_reception_nouns_genitive_and_its_object_keeps_the_host(text):
    assert pairs(run(text)) == [("Vladimir Putin", "Bashar al-Assad")]


def test_li_and_a_pronoun_after_a_reception_nouns_genitive_makes_the_one_before_the_guest():
    # "عقب استقبال بوتين له" (after Putin's receiving him): "him" is Erdogan, who came
    rows = run("وقال أردوغان خلال مؤتمر صحفي عقب استقبال بوتين له، إن العلاقات قوية.")
    assert pairs(rows) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    rows = run("وقال أردوغان خلال مؤتمر صحفي عقب استقبال بوتين في أنقرة، إن العلاقات قوية.")
    assert pairs(rows) == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_leader_who_was_there_with_bi_to_receive_him_is_the_host():
    # "حيث كان باستقباله الرئيس بوتين" (bi-istiqbalihi: where President Putin was there to
    # receive him) reads as "كان في استقباله": the pronoun is the guest, not "his receiving Putin"
    for text in ("وابتسم أردوغان في المطار مساء الأربعاء، حيث كان باستقباله الرئيس بوتين.",
                 "وصافح أردوغان في المطار بوتين الذي كان باستقباله."):
        assert pairs(run(text)) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # without "كان" (was) the pronoun still hosts: "أثناء استقباله الرئيس الأسد"
    assert pairs(run("وجاءت كلمة السيسي أثناء استقباله، الثلاثاء، الرئيس الأسد في القاهرة.")) == [
        ("Bashar al-Assad", "Abdel Fattah el-Sisi")]


def test_a_reception_verb_read_as_the_passive_names_no_host():
    # "الذي استقبل بتصفيق حاد من الحضور" (who was received with loud applause by those present):
    # Putin is the one received, by nobody who leads a state; al-Assad, listed before, did not receive him
    text = "وكان من بين الحاضرين الرئيس السوري بشار الأسد والرئيس الروسي بوتين الذي استقبل بتصفيق حاد من الحضور."
    assert run(text) == []
    # the active verb with a manner adverb keeps its object: al-Assad is the guest
    [v] = run("واستقبل بوتين بحفاوة الأسد في موسكو.")
    assert (v["kind"], v["visitor"], v["host"], v["city"]) == ("reported", "Bashar al-Assad", "Vladimir Putin", "Moscow")


def test_leaders_listed_after_first_among_them_are_counterparts_not_a_pair():
    # "اجتمع مع عدد من القادة في مقدمتهم X والرئيس Y" (he met several leaders, X and
    # President Y first among them): the subject's counterparts; X never met Y
    text = ("وتأتي التصريحات في الزيارة التي يقوم بها الرئيس الأمريكي إلى المنطقة، حيث اجتمع مع عدد من "
            "القادة والسياسيين في مقدمتهم الأسد والرئيس التركي أردوغان.")
    assert pairs(run(text)) == []
    assert pairs(run("واجتمع بوتين مع عدد من القادة على رأسهم الأسد وأردوغان.")) == [
        ("Vladimir Putin", "Bashar al-Assad"), ("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_two_leaders_after_with_are_both_met_not_a_pair():
    # "حيث اجتمع مع الأسد وأردوغان" (where he met with Assad and Erdogan): the two are what
    # the unnamed subject met; a named subject meets each, and a subject told just before
    # ("وتابع خلال لقاء مع", he went on at a meeting with) is the one who met them
    assert pairs(run("حيث اجتمع مع الأسد وأردوغان.")) == []
    assert pairs(run("واجتمع بوتين مع الأسد وأردوغان.")) == [
        ("Vladimir Putin", "Bashar al-Assad"), ("Vladimir Putin", "Recep Tayyip Erdogan")]
    assert pairs(run("زار بوتين دمشق.\nوتابع خلال لقاء مع الأسد وأردوغان أن الحل قريب.")) == [
        ("Vladimir Putin", "Bashar al-Assad"), ("Vladimir Putin", "Recep Tayyip Erdogan")]
    # coordinated subjects before "في" stay the meeting's two sides
    assert pairs(run("واجتمع بوتين وأردوغان في سوتشي.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_leaders_met_by_a_titled_non_leader_are_his_counterparts_not_a_pair():
    # "التقى السيناتور الأمريكي جون سميث ... الأسد وأردوغان" (the US senator John Smith met al-Assad
    # and Erdogan): a title that names no head before a name the lexicon lacks is the subject; the
    # two after the verb are what he met, never a pair; so too after "رجل الأعمال" (the businessman),
    # "رئيس نادي" (a club's president), "النائب" (the MP), and with the subject before the verb
    for text in ("والتقى السيناتور الأمريكي جون سميث خلال جولته في المنطقة الأسد وأردوغان.",
                 "والتقى رجل الأعمال الأمريكي جون سميث في دمشق الأسد وأردوغان.",
                 "والتقى رئيس نادي الشباب جون سميث الأسد وأردوغان.",
                 "واجتمع النائب الفرنسي جان دوبون مع الأسد وأردوغان.",
                 "والسيناتور الأمريكي جون سميث التقى الأسد وأردوغان."):
        assert run(text) == [], text
    # a leader for subject meets each of the two listed after the verb
    assert pairs(run("والتقى بوتين خلال جولته في المنطقة الأسد وأردوغان.")) == [
        ("Vladimir Putin", "Bashar al-Assad"), ("Vladimir Putin", "Recep Tayyip Erdogan")]
    # a head's title before a name the lexicon lacks may be a leader it lacks: the rule keeps off
    assert pairs(run("والتقى الرئيس الفنزويلي جون سميث خلال جولته الأسد وأردوغان.")) == [
        ("Bashar al-Assad", "Recep Tayyip Erdogan")]


def test_a_wa_verb_after_a_non_leaders_opening_verb_is_his_meeting():
    # "وسافر لافروف إلى دمشق، والتقى الأسد وأردوغان" (Lavrov travelled to Damascus and met
    # al-Assad and Erdogan): the subject of the opening verb met them, no trip word needed
    assert run("وسافر لافروف، الشهر الماضي، إلى دمشق، والتقى الأسد وأردوغان.") == []
    assert run("وسافر «لافروف» إلى دمشق والتقى الأسد وأردوغان.") == []
    # not when a leader is named between him and the verb: "قال لافروف إن بوتين سافر ... والتقى"
    assert pairs(run("وقال لافروف إن بوتين سافر إلى دمشق والتقى الأسد.")) == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_talks_noun_is_a_titled_non_leaders_unless_a_that_clause_stands_between():
    # "وقال السيناتور جون سميث خلال مؤتمر صحفي مع أردوغان" (the senator said at a press conference
    # with Erdogan): his press conference, Putin named after is no side; a noun he only speaks of
    # after "أن" (that) is the leaders' own: "اعتبر السيناتور أن المؤتمر الصحفي المشترك بين بوتين وأردوغان"
    assert run("وقال السيناتور جون سميث خلال مؤتمر صحفي مع أردوغان إن بوتين سيزور أنقرة.") == []
    assert pairs(run("واعتبر السيناتور الجمهوري جون سميث أن المؤتمر الصحفي المشترك بين بوتين وأردوغان كان ناجحا.")) == [
        ("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_leader_someone_goes_to_is_no_traveller_of_a_later_verb_with_no_subject():
    # "جون سميث رئيس النادي سيذهب إلى الرئيس الأمريكي أوباما ... بعدما توجه إلى تل أبيب" (the club's
    # president will go to President Obama ... after he headed to Tel Aviv): Obama did not head there
    day = dt.date(2013, 2, 24)
    text = ("وقالت صحيفة إسبانية إن جون سميث رئيس النادي سيذهب إلى الرئيس الأمريكي باراك أوباما لاستكمال "
            "المفاوضات، وذلك بعدما توجه إلى تل أبيب لعرض الفكرة على الرئيس الإسرائيلي شيمون بيريز.")
    assert reported(text, day) == []
    # a place after "إلى" is no title: the leader after it arrived, and travels on
    text = "ووصل إلى القاهرة الرئيس الأمريكي باراك أوباما، ثم توجه إلى تل أبيب والتقى الرئيس الإسرائيلي شيمون بيريز."
    assert [(v, h) for v, h, _ in reported(text, day)] == [("Barack Obama", "Mohamed Morsi"), ("Barack Obama", "Shimon Peres")]


def test_a_meeting_nouns_genitive_past_a_title_is_a_side_though_a_leader_before_is_nearer():
    # "تعليقا على لقاء الرئيس الروسي بوتين مع أردوغان": the meeting is Putin's with Erdogan,
    # Trump only comments on it
    text = ("وجاءت تغريدة ترامب تعليقا على لقاء الرئيس الروسي فلاديمير بوتين مع الرئيس التركي "
            "رجب طيب أردوغان في أنقرة الجمعة.")
    assert reported(text, dt.date(2019, 6, 29)) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Ankara")]


def test_a_title_head_with_its_country_and_a_comma_closed_title_keep_the_meeting_nouns_sides():
    # "لقاء زعيم كوريا الشمالية، كيم ... مع الرئيس الكوري الجنوبي، مون": Kim's meeting with Moon;
    # the genitive stands after "زعيم كوريا الشمالية" and the partner after a title closed by a comma
    text = ("وعلق ترامب على لقاء زعيم كوريا الشمالية، كيم جونغ أون، مع الرئيس الكوري الجنوبي، "
            "مون جيه إن، الجمعة.")
    [(visitor, host, _city)] = reported(text, dt.date(2019, 6, 29))
    assert {visitor, host} == {"Kim Jong-un", "Moon Jae-in"}



def test_two_leaders_arriving_together_in_ones_country_are_his_guest_and_him():
    # "وصل السيسي ونظيره الروسي بوتين إلى القاهرة" (al-Sisi and his Russian counterpart Putin
    # arrived in Cairo): a joint arrival at home, al-Sisi hosts
    rows = run("وصل السيسي ونظيره الروسي بوتين إلى القاهرة لبدء المباحثات الثنائية.")
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")]


def test_the_owner_of_talks_is_a_side_though_named_as_the_possessor_of_words():
    # "تصريحات ماي بعد محادثاتها مع العاهل الأردني" (May's remarks came after her talks with the
    # Jordanian king): "her" is May, named as the possessor of the remarks, so she is a side;
    # the son's talks ("نجل الأسد ... محادثاته") stay nobody's
    day = dt.date(2018, 6, 21)
    text = ("دعت رئيسة الوزراء البريطانية تيريزا ماي إلى الحوار.\n"
            "وجاءت تصريحات ماي بعد محادثاتها مع العاهل الأردني الملك عبد الله الثاني في عمان اليوم الخميس.")
    assert [(v, h) for v, h, _ in reported(text, day)] == [("Theresa May", "Abdullah II of Jordan")]
    text = "ووصل نجل الرئيس السوري بشار الأسد إلى عمان وأجرى محادثاته مع العاهل الأردني الملك عبد الله الثاني."
    assert reported(text, day) == []
def test_two_leaders_received_together_by_someone_else_met_no_one():
    # "إنه استقبل في البرلمان السيسي وأردوغان" (he, the speaker of the Lords, received in parliament
    # Sisi and Erdogan): the two are the reception's objects, neither hosts the other
    assert run("وقال رئيس مجلس اللوردات إنه استقبل في البرلمان السيسي وأردوغان.") == []
    # a leader who receives them both hosts each
    rows = run("واستقبل أردوغان في القصر الرئاسي بوتين والسيسي.")
    assert sorted((r["kind"], r["visitor"], r["host"]) for r in rows) == [
        ("reported", "Abdel Fattah el-Sisi", "Recep Tayyip Erdogan"), ("reported", "Vladimir Putin", "Recep Tayyip Erdogan")]
def test_a_co_host_listed_with_and_after_the_host_received_the_guest_too():
    """"استقبل الرئيس الروسي بوتين، ورئيس الوزراء ميدفيديف، اليوم الرئيس السوري الأسد" (the
    Russian president and the prime minister received the Syrian president): both host him
    (the real lexicon)."""
    from tasks.extract.dates import find_dates
    from tasks.extract.entities import find_mentions
    from tasks.extract.visits import find_visits
    from ziyarat.arabic import fold_with_map, sentence_spans
    pub = dt.date(2018, 5, 17)
    text = ("استقبل الرئيس الروسي فلاديمير بوتين، ورئيس الوزراء ديمتري ميدفيديف، صباح اليوم الرئيس السوري "
            "بشار الأسد في الكرملين.")
    folded = fold_with_map(text)
    rows = find_visits(text, sentence_spans(text), find_mentions(text, folded, pub), find_dates(text, folded, pub), pub)
    assert sorted((r["kind"], r["visitor"], r["host"]) for r in rows) == [
        ("reported", "Bashar al-Assad", "Dmitry Medvedev"), ("reported", "Bashar al-Assad", "Vladimir Putin")]


def outlet_pairs(text, source="ElWatanNews", pub=dt.date(2013, 3, 14)):
    """Reported pairs from the real lexicon, read as an outlet of its country reads (an Egyptian
    paper's bare "رئيس الجمهورية" is Morsi)."""
    out = defaultdict(list)
    extract_article("a", text, pub, out, source=source)
    return [(r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


@pytest.mark.parametrize("text", [
    # the ambassador said ... and pointed to a letter from Burundi's president to Morsi; he
    # added that he met the president of the republic in Burundi: the envoy's meeting
    "وقال السفير سامي فؤاد في تصريحات اليوم إن الجولة ناجحة، وأشار إلى رسالة بعث بها رئيس بوروندي "
    "للرئيس محمد مرسي.\nوأضاف أنه التقى في بوروندي رئيس الجمهورية ونائبه.",
    # "أضاف سامي إنه" (Sami added that he): an unknown name is the speaker, and no leader
    "وأشار المبعوث إلى رسالة بعث بها رئيس أوغندا للرئيس محمد مرسي.\n"
    "أضاف سامي إنه التقى في أوغندا مع رئيس الجمهورية ونائبه.",
])
def test_the_pronoun_after_a_speech_verb_is_its_speaker_not_a_leader_named_before(text):
    assert outlet_pairs(text) == []


def test_the_pronoun_after_a_leaders_speech_verb_is_the_leader():
    # "President Morsi said that he met President Museveni in Kampala": Morsi's meeting
    text = "وقال الرئيس محمد مرسي إنه التقى في كمبالا الرئيس موسيفيني."
    assert outlet_pairs(text) == [("Mohamed Morsi", "Yoweri Museveni")]


def test_a_leader_accompanying_a_trip_is_not_its_host():
    # "then President Putin visited the tomb of the unknown soldier, accompanied by President
    # Erdogan": Erdogan goes with him, nobody hosts a visit to a monument
    assert pairs(run("ثم زار الرئيس بوتين قبر الجندي المجهول، يرافقه الرئيس أردوغان.")) == []
    # the visited country's leader escorting him is still its host, by the place
    assert pairs(run("زار أردوغان موسكو يرافقه الرئيس بوتين.")) == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    # ... and so is he escorting him to a rally in a city of his country ("arrived at the rally")
    assert pairs(run("وصل أردوغان إلى التجمع يرافقه الرئيس بوتين في موسكو.")) == [
        ("Recep Tayyip Erdogan", "Vladimir Putin")]
    # a meeting's object past the companion phrase is still met ("accompanied by his foreign minister")
    assert pairs(run("والتقى بوتين، برفقة وزير خارجيته، الرئيس الأسد في موسكو.")) == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_a_leader_past_an_adverb_of_preparation_is_the_prepared_meetings_side():
    """"Turkey and Russia hold talks in preparation for holding a summit with Putin": Putin is the
    summit's side, not the talks'; the talks give no row of their own (tasks/extract/visits/reach.py)."""
    rows = run("وقال أردوغان الثلاثاء إن تركيا وروسيا تجريان محادثات استعدادا لعقد قمة محتملة مع بوتين.")
    assert [r for r in rows if r["kind"] == "reported"] == []
    # a side before the adverb stays the meeting's: "التقى أردوغان بوتين ... تمهيدا لقمة مع الأسد"
    rows = run("والتقى أردوغان بوتين في سوتشي الثلاثاء تمهيدا لقمة ثلاثية مع الأسد.")
    assert [(r["visitor"], r["host"], r["city"]) for r in rows if r["kind"] == "reported"] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")]


@pytest.mark.parametrize("text, held", [
    # "who conveyed to him the greetings and esteem of King Salman": Erdogan met Sisi, Salman nobody
    ("والتقى السيسي في القاهرة أردوغان الذي نقل إليه تحيات وتقدير الملك سلمان.",
     [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]),
    # "arrived in Ankara, met Erdogan and conveyed to him King Salman's greetings"
    ("وصل السيسي إلى أنقرة والتقى أردوغان ونقل إليه تحيات الملك سلمان.",
     [("Abdel Fattah el-Sisi", "Recep Tayyip Erdogan")]),
    # "at the end of the meeting Erdogan asked that his greetings be conveyed to his brother King Salman"
    ("وفي ختام اللقاء طلب أردوغان نقل تحياته إلى أخيه الملك سلمان.", []),
])
def test_the_sender_of_carried_greetings_or_the_one_they_go_to_is_no_side(text, held):
    """The leader whose greetings an envoy carries, or to whom a leader sends his own, met nobody
    (tasks/extract/visits/messages.py message_absentees)."""
    assert pairs(run(text)) == held


def test_the_leader_who_carries_greetings_himself_keeps_his_meeting():
    # "Sisi received Erdogan, who conveyed his greetings to King Salman": the two met; the one
    # his greetings are for is a side only of a pair with him, and he is none here
    assert pairs(run("واستقبل السيسي أردوغان الذي نقل تحياته إلى الملك سلمان.")) == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]
    # greetings sent to someone ("تحيات إلى"), not from him, leave the host a side
    assert pairs(run("وصل أردوغان إلى القاهرة والتقى السيسي ونقل تحيات الشعب التركي إلى الرئيس السيسي.")) == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]
ENVOY_RECEIVED = "استقبل الرئيس الباجي قايد السبسي اليوم بقصر قرطاج كمال بن يوسف، وزير الفلاحة الجزائري، بحضور نظيره التونسي.\n"


@pytest.mark.parametrize("told_next", [
    # "and the minister conveyed to Essebsi a message from the Algerian president": past the addressee
    "ونقل بن يوسف رسالة إلى السبسي من الرئيس الجزائري عبد العزيز بوتفليقة.",
    # "and the Algerian president entrusted his minister with a message to his Tunisian counterpart"
    "وحمّل الرئيس الجزائري عبد العزيز بوتفليقة وزيره رسالة إلى نظيره التونسي.",
    # "and President Bouteflika had entrusted him with a message to the Tunisian president"
    "وقد حمله الرئيس بوتفليقة رسالة إلى الرئيس التونسي.",
    # "and President Bouteflika had sent a message to the Tunisian president, which the minister carried"
    "وكان الرئيس بوتفليقة قد بعث برسالة إلى الرئيس التونسي حملها الوزير.",
    "وبعث الرئيس بوتفليقة برسالة إلى الرئيس التونسي حملها الوزير.",
])
def test_the_sender_of_a_message_told_after_an_envoys_reception_is_no_partner(told_next):
    """A minister received, his counterpart attending ("بحضور نظيره"), with the message he carried told in the
    next sentence: its sender stayed at home, so he is not the reception's other side
    (tasks/extract/visits/messages.py message_absentees, read by owners.partner_elsewhere)."""
    assert reported(ENVOY_RECEIVED + told_next, dt.date(2015, 3, 10)) == []


def test_a_reception_of_him_after_a_ministers_arrival_with_a_message_is_not_the_senders():
    # "a Saudi minister arrived in Cairo carrying a message to President Sisi from King Salman. And President
    # Sisi received him": "him" is the minister, not the king named as the sender (roles.guest_named_before)
    text = ("وصل وزير الدولة السعودي إلى القاهرة اليوم حاملا رسالة إلى الرئيس عبد الفتاح السيسي من الملك سلمان "
            "بن عبد العزيز.\nواستقبله الرئيس السيسي بقصر الاتحادية.")
    assert reported(text, dt.date(2015, 3, 10)) == []
    # the king's own arrival, his message to the people told after it: he is the guest
    text = ("وصل الملك سلمان بن عبد العزيز إلى القاهرة اليوم حاملا رسالة محبة إلى الشعب المصري.\nواستقبله الرئيس "
            "السيسي بقصر الاتحادية.")
    assert reported(text, dt.date(2015, 3, 10)) == [("Salman bin Abdulaziz", "Abdel Fattah el-Sisi", "Cairo")]


@pytest.mark.parametrize("text", [
    # "the spokesman said that after the parade bilateral talks were held, in which Sisi welcomed his guest and
    # asked that his greetings and esteem be conveyed to King Salman": li- (to) names the one his greetings go
    # to, past "وتقديره" (and his esteem)
    "وأوضح المتحدث أنه بعد العرض العسكري جرت جلسة محادثات ثنائية، رحب خلالها السيسي بضيفه الكبير وطلب نقل "
    "تحياته وتقديره للملك سلمان بن عبد العزيز، مشددا على عمق العلاقات.",
    # "the emir received the Saudi youth minister. He welcomed the guest and entrusted him with his greetings to
    # the Custodian of the Two Holy Mosques and his crown prince. During the reception youths were honoured"
    "استقبل أمير الكويت الشيخ صباح الأحمد اليوم بقصر بيان وزير الشباب السعودي.\nورحب أمير الكويت بالضيف "
    "وحمّله تحياته لخادم الحرمين الشريفين وولي عهده الأمين، متمنيا لهما دوام الصحة.\nوتم خلال الاستقبال تكريم "
    "عدد من الشباب حيث كرم أمير الكويت من السعودية الشاب محمد السالم من مكتب رعاية الشباب بالطائف.",
])
def test_the_one_a_leaders_own_greetings_go_to_with_li_is_no_side(text):
    assert reported(text, dt.date(2015, 7, 30)) == []


def test_greetings_of_others_given_to_a_leader_met_leave_him_a_side():
    # "Sisi met King Salman in Riyadh today and conveyed the Egyptian people's greetings to King Salman"
    text = "التقى الرئيس عبد الفتاح السيسي الملك سلمان بن عبد العزيز في الرياض اليوم، ونقل إليه تحيات الشعب المصري."
    assert [(v, h) for v, h, _c in reported(text, dt.date(2015, 7, 30))] == [
        ("Abdel Fattah el-Sisi", "Salman bin Abdulaziz")]


@pytest.mark.parametrize("told_next", [
    # "and King Salman had sent him to Cairo to discuss cooperation": no message, he was sent
    "وكان الملك سلمان بن عبد العزيز قد أرسله إلى القاهرة لبحث التعاون.",
    # "and the minister expressed King Salman's appreciation of Egypt's positions"
    "وأعرب الوزير عن تقدير الملك سلمان بن عبد العزيز لمواقف مصر.",
])
def test_a_counterpart_only_attending_a_ministers_reception_names_no_other_side(told_next):
    """"بحضور نظيره المصري" (his Egyptian counterpart attending) is the received minister's counterpart: no
    leader's other side to look for in the next sentence (tasks/extract/visits/sides.py counterpart_side)."""
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية خالد العيسى، وزير الدولة السعودي، بحضور نظيره "
            "المصري.\n" + told_next)
    assert reported(text, dt.date(2015, 7, 30)) == []


def test_the_leader_who_dispatched_the_received_minister_is_no_partner():
    # "Sisi received the Saudi minister of state, and the two sides held talks. King Salman had sent him to
    # Cairo": the sides are the minister and Sisi (messages.unsent_leaders, triggers.yaml dispatching_verbs)
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية خالد العيسى، وزير الدولة السعودي، وعقد الجانبان "
            "جلسة مباحثات.\nوكان الملك سلمان بن عبد العزيز قد أرسله إلى القاهرة.")
    assert reported(text, dt.date(2015, 7, 30)) == []
    # the host who had dispatched his own minister earlier is still the arriving king's host
    text = ("وصل الملك سلمان بن عبد العزيز إلى القاهرة اليوم، وعقد الجانبان جلسة مباحثات بقصر الاتحادية.\nوكان "
            "الرئيس السيسي قد أوفده وزير الخارجية إلى الرياض الشهر الماضي.")
    assert reported(text, dt.date(2015, 7, 30)) == [("Salman bin Abdulaziz", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_foreign_minister_the_lexicon_lacks_received_is_the_other_side():
    # "Sisi received Khalid al-Issa, the Saudi minister of state, and the two sides held talks. The minister
    # expressed King Salman's appreciation": the sides are the minister and Sisi (sides.foreign_official)
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية خالد العيسى، وزير الدولة السعودي، وعقد الجانبان "
            "جلسة مباحثات.\nوأعرب الوزير عن تقدير الملك سلمان بن عبد العزيز لمواقف مصر.")
    assert reported(text, dt.date(2015, 7, 30)) == []
    # a foreign minister only attending ("بحضور") leaves the talks to the president who arrived the day before
    text = ("وعقد الرئيس عبد الفتاح السيسي اليوم جلسة مباحثات مع نظيره بقصر الاتحادية، بحضور وزير الخارجية "
            "الفرنسي.\nوكان الرئيس الفرنسي فرانسوا هولاند قد وصل إلى القاهرة أمس في زيارة رسمية.")
    assert [(v, h) for v, h, _c in reported(text, dt.date(2015, 7, 30))] == [("Francois Hollande", "Abdel Fattah el-Sisi")]


def test_a_counterpart_received_is_still_the_other_side():
    # "Sisi received his Sudanese counterpart today at the Ittihadiya palace, the ministers attending"
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم بقصر الاتحادية نظيره السوداني بحضور عدد من الوزراء.\n"
            "وأكد الرئيس عمر البشير عمق العلاقات بين البلدين.")
    assert reported(text, dt.date(2015, 7, 30)) == [("Omar al-Bashir", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_minister_received_as_an_envoy_from_his_president_is_no_visit_of_the_president():
    # "received the Algerian minister ..., an envoy (mufadan) from President Bouteflika": the proxy's accusative
    text = ("استقبل الرئيس الباجي قايد السبسي اليوم بقصر قرطاج كمال بن يوسف، وزير الفلاحة الجزائري، بحضور "
            "نظيره التونسي، موفدا من الرئيس عبد العزيز بوتفليقة.")
    assert reported(text, dt.date(2015, 3, 10)) == []


@pytest.mark.parametrize("text", [
    # "the Algerian president arrived in Tunis carrying a message from his people; his counterpart received him"
    "وصل الرئيس الجزائري عبد العزيز بوتفليقة إلى تونس اليوم حاملا رسالة من شعبه.\nواستقبله بقصر قرطاج نظيره التونسي.",
    # "... and President Bouteflika carried a message to President Essebsi": he carried it himself
    "وصل الرئيس الجزائري عبد العزيز بوتفليقة اليوم إلى تونس في زيارة رسمية.\nوقد حمل الرئيس بوتفليقة رسالة إلى "
    "الرئيس السبسي.",
    # "... and President Bouteflika sent a message to the French president": a sender elsewhere keeps his own trip
    "وصل الرئيس الجزائري عبد العزيز بوتفليقة اليوم إلى تونس، حيث التقى بنظيره التونسي.\nوقد بعث الرئيس "
    "بوتفليقة برسالة إلى الرئيس الفرنسي فرانسوا هولاند.",
])
def test_a_leader_who_carries_a_message_or_sends_one_elsewhere_keeps_his_visit(text):
    assert [(v, h) for v, h, _c in reported(text, dt.date(2015, 3, 10))] == [
        ("Abdelaziz Bouteflika", "Beji Caid Essebsi")]


def test_the_leader_an_invitation_is_from_hosts_and_the_one_who_received_it_travels():
    """"تلقى أردوغان دعوة رسمية من بوتين لزيارة موسكو" (Erdogan received an official invitation from
    Putin to visit Moscow), "سلم السفير أردوغان دعوة من نظيره الروسي بوتين للقيام بزيارة لموسكو" (the
    ambassador handed Erdogan an invitation from his Russian counterpart Putin): Erdogan is invited."""
    pub = dt.date(2019, 4, 3)
    for text in ("وتلقى الرئيس التركي رجب طيب أردوغان دعوة رسمية من الرئيس الروسي فلاديمير بوتين لزيارة موسكو.",
                 "وسلم السفير الروسي الرئيس التركي رجب طيب أردوغان دعوة من نظيره الروسي فلاديمير بوتين للقيام "
                 "بزيارة رسمية لموسكو."):
        assert [(r["kind"], r["planned"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, pub)] == [
            ("referenced", True, "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_an_inviter_named_first_with_no_from_still_invites():
    """"ووجه بوتين دعوة إلى أردوغان لزيارة موسكو" (Putin addressed an invitation to Erdogan) and "دعا
    بوتين من جهته أردوغان" (Putin for his part invited Erdogan): "من" (from) names no inviter here."""
    pub = dt.date(2019, 4, 3)
    for text in ("ووجه الرئيس الروسي فلاديمير بوتين دعوة إلى الرئيس التركي رجب طيب أردوغان لزيارة موسكو.",
                 "وقد دعا الرئيس الروسي فلاديمير بوتين من جهته الرئيس التركي رجب طيب أردوغان لزيارة موسكو."):
        assert [(r["visitor"], r["host"]) for r in mention_rows(text, pub)] == [
            ("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_visit_verb_opening_a_relative_clause_has_its_antecedent_for_traveller():
    """"قال أردوغان، الذي يزور موسكو، الثلاثاء للرئيس بوتين ..." (Erdogan, who is visiting Moscow,
    told Putin on Tuesday ...): Erdogan travels, Putin named after the clause is his host, and
    Tuesday, past the comma closing the clause, is the saying's day (the one before publication);
    so with a title between commas after the name."""
    pub = dt.date(2019, 4, 3)  # a Wednesday
    for text in ("وقال الرئيس التركي رجب طيب أردوغان، الذي يزور موسكو، الثلاثاء للرئيس الروسي فلاديمير بوتين "
                 "إن العلاقات بين البلدين قوية.",
                 "وقال رجب طيب أردوغان، رئيس الجمهورية التركية، الذي يزور موسكو حاليا، الثلاثاء للرئيس الروسي "
                 "فلاديمير بوتين إن العلاقات بين البلدين قوية."):
        assert [(r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in mention_rows(text, pub)] == [
            ("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow", dt.date(2019, 4, 2))]


def test_a_relative_clause_of_someone_who_is_no_leader_is_no_leaders_trip():
    """"قال لافروف، الذي يزور أنقرة، للرئيس التركي أردوغان ..." (Lavrov, who is visiting Ankara, told
    President Erdogan): the foreign minister travels; the clause binds neither him nor Erdogan. A
    clause opened after a delegation ("، والوفد المرافق له، الذي يزور") is not its leader's either."""
    pub = dt.date(2019, 4, 3)
    assert mention_rows("وقال وزير الخارجية الروسي سيرغي لافروف، الذي يزور أنقرة، الثلاثاء للرئيس التركي رجب "
                        "طيب أردوغان إن موسكو تدعم الحل السياسي.", pub) == []
    assert mention_rows("والتقى وزير الخارجية سامح شكري الرئيس الروسي فلاديمير بوتين، والوفد المرافق له، الذي "
                        "يزور القاهرة، لبحث ملف سوريا.", pub) == []


def test_a_bilateral_summit_named_by_its_two_countries_has_the_other_country_leader_for_side():
    """"وقال السيسي خلال القمة المصرية الروسية اليوم ..." (Sisi said during the Egyptian-Russian
    summit today ...), Putin named in the next sentence: their meeting."""
    pub = dt.date(2019, 4, 3)
    text = ("وقال الرئيس عبد الفتاح السيسي خلال القمة المصرية الروسية اليوم إن العلاقات بين البلدين قوية. "
            "وأكد الرئيس الروسي فلاديمير بوتين دعم بلاده لمصر.")
    rows = [r for r in mention_rows(text, pub) if r["kind"] == "reported"]
    assert [({r["visitor"], r["host"]}, r["date"]) for r in rows] == [
        ({"Abdel Fattah el-Sisi", "Vladimir Putin"}, pub)]


def test_a_summit_naming_other_countries_or_none_binds_no_leader_named_beside_it():
    """The Egyptian-Turkish summit is not Sisi's meeting with Putin; the Arab summit names no country."""
    pub = dt.date(2019, 4, 3)
    for summit in ("القمة المصرية التركية", "القمة العربية"):
        text = (f"وقال الرئيس عبد الفتاح السيسي خلال {summit} اليوم إن العلاقات بين البلدين قوية. "
                "وأكد الرئيس الروسي فلاديمير بوتين دعم بلاده لمصر.")
        assert [r for r in mention_rows(text, pub) if r["kind"] == "reported"] == []


def test_a_future_or_meeting_verb_in_a_relative_clause_stays_ahead():
    """"ترامب، الذي سيجتمع بعد يومين مع كيم" (Trump, who will meet Kim in two days) and "ماكرون الذي
    يزور ألمانيا الخميس" (Macron, who visits Germany on Thursday: the day inside the clause) are plans."""
    pub = dt.date(2018, 6, 6)  # a Wednesday
    for text in ("وقال الرئيس الأمريكي دونالد ترامب، الذي سيجتمع بعد يومين مع الزعيم الكوري الشمالي كيم جونغ أون "
                 "في سنغافورة، إنه متفائل.",
                 "ويواجه الرئيس الفرنسي إيمانويل ماكرون الذي يزور ألمانيا الخميس للتباحث مع المستشارة أنغيلا ميركل "
                 "معارضة لإصلاحاته."):
        rows = mention_rows(text, pub)
        assert rows and all(r["kind"] == "referenced" and r["planned"] for r in rows)


def test_a_trip_after_talks_held_is_the_holders_and_so_is_the_meeting_it_is_for():
    # "وأجرى بوتين محادثات مع السيسي ... ومن المقرر أن يتوجه إلى دمشق ... للقاء الأسد" (Putin held
    # talks with Sisi ... and is to head to Damascus to meet Assad): the verb of holding's subject
    # travels and meets Assad, not Sisi, the one named last before the trip
    rows = run("وأجرى بوتين محادثات مع السيسي يوم الاثنين ومن المقرر أن يتوجه إلى دمشق يوم الخميس للقاء الأسد.")
    assert sorted(pairs(rows, "referenced")) == [("Vladimir Putin", "Abdel Fattah el-Sisi"),
                                                 ("Vladimir Putin", "Bashar al-Assad")]
    rows = run("وأجرى الرئيس الروسي بوتين محادثات مع السيسي في القاهرة، ومن المقرر أن يتوجه إلى دمشق للقاء الأسد.")
    assert pairs(rows, "referenced") == [("Vladimir Putin", "Bashar al-Assad")]


def test_a_trip_after_talks_no_verb_of_holding_tells_keeps_the_last_named_traveller():
    # "وتناولت الصحف محادثات بوتين مع السيسي" (the papers covered Putin's talks with Sisi): no one
    # held them in this sentence, so the trip's traveller stays the one named last (Sisi)
    rows = run("وتناولت الصحف محادثات بوتين مع السيسي يوم الاثنين ومن المقرر أن يتوجه إلى دمشق يوم الخميس للقاء الأسد.")
    assert ("Vladimir Putin", "Bashar al-Assad") not in pairs(rows, "referenced")
    assert ("Abdel Fattah el-Sisi", "Bashar al-Assad") in pairs(rows, "referenced")
    # a trip verb naming its own traveller is his: "ثم يتوجه السيسي إلى دمشق" (then Sisi heads to Damascus)
    rows = run("وأجرى بوتين محادثات مع السيسي يوم الاثنين ثم يتوجه السيسي إلى دمشق للقاء الأسد.")
    assert ("Vladimir Putin", "Bashar al-Assad") not in pairs(rows, "referenced")


def test_talks_held_in_the_accusative_carry_their_subject_to_the_trip_after():
    # "يعقد بوتين اجتماعاً مع السيسي ... قبل أن يتوجه إلى دمشق للقاء الأسد" (Putin is to hold a
    # meeting with Sisi before heading to Damascus to meet Assad): "اجتماعا" is no pronoun's
    rows = run("ومن المقرر أن يعقد بوتين اجتماعاً مع السيسي ولمدة 5 ساعات قبل أن يتوجه إلى دمشق للقاء الأسد.")
    assert sorted(pairs(rows, "referenced")) == [("Vladimir Putin", "Abdel Fattah el-Sisi"),
                                                 ("Vladimir Putin", "Bashar al-Assad")]


def test_two_met_with_an_apposition_between_are_both_the_unnamed_subjects_partners():
    # "وسيجري محادثات مع رئيس الوزراء السوري، الأسد، والرئيس المصري السيسي" (he will hold talks
    # with the Syrian PM, Assad, and the Egyptian president Sisi): the commas set off Assad's
    # name; the two are his partners, Putin's (told before), not each other's
    for title in ("رئيس الوزراء السوري", "الرئيس السوري"):
        rows = run(f"وصل بوتين إلى القاهرة. وسيجري محادثات مع {title}، الأسد، والرئيس المصري السيسي.")
        assert ("Bashar al-Assad", "Abdel Fattah el-Sisi") not in pairs(rows, "referenced")
        assert ("Vladimir Putin", "Bashar al-Assad") in pairs(rows, "referenced")



def test_two_met_after_an_apposition_stay_the_named_subjects_partners():
    # "والتقى السيسي مع الرئيس السوري، الأسد، وأردوغان" (Sisi met the Syrian president, Assad,
    # and Erdogan): the subject is named, so the traveller told before (Putin) met neither
    rows = run("وصل بوتين إلى القاهرة. والتقى السيسي مع الرئيس السوري، الأسد، وأردوغان.")
    assert ("Bashar al-Assad", "Abdel Fattah el-Sisi") in pairs(rows)
    assert ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi") in pairs(rows)
    assert ("Vladimir Putin", "Bashar al-Assad") not in pairs(rows) + pairs(rows, "referenced")


def test_two_met_with_bi_on_the_first_title_are_no_meeting_of_each_other():
    # "سيلتقي الدوق بالرئيس السوري الأسد والرئيس المصري السيسي" (the Duke will meet with the
    # Syrian president Assad and the Egyptian president Sisi): both are the Duke's, who leads nothing
    for title in ("بالرئيس السوري", "برئيس الوزراء السوري"):
        rows = run(f"وصل دوق كامبريدج إلى عمان. سيلتقي الدوق {title} الأسد والرئيس المصري السيسي.")
        assert ("Bashar al-Assad", "Abdel Fattah el-Sisi") not in pairs(rows, "referenced")


def test_a_named_leader_meeting_two_with_bi_meets_each():
    # "التقى السيسي بالرئيس السوري الأسد وأردوغان" (Sisi met with Assad and Erdogan): the subject
    # is named before the bi-, and is the side of both
    rows = run("التقى السيسي بالرئيس السوري الأسد وأردوغان في القاهرة.")
    assert sorted(pairs(rows)) == [("Bashar al-Assad", "Abdel Fattah el-Sisi"),
                                   ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi")]


def test_remarks_made_during_a_press_conference_make_their_owner_a_side():
    # "أتت تصريحات بوتين خلال مؤتمر صحفي جمعه مع الرئيس المصري السيسي" (Putin's remarks came during
    # a press conference that brought him together with the Egyptian president Sisi): "تصريحات"
    # possesses Putin, yet he spoke at the conference
    for text in ("أتت تصريحات بوتين خلال مؤتمر صحفي جمعه مع الرئيس المصري السيسي في القاهرة الخميس.",
                 "وجاءت تصريحات بوتين خلال مؤتمر صحفي مع السيسي في القاهرة الخميس."):
        assert pairs(run(text)) == [("Vladimir Putin", "Abdel Fattah el-Sisi")]


def test_remarks_of_an_adviser_or_criticised_by_another_give_no_side_at_the_conference():
    # "تصريحات مستشار بوتين" (the remarks of Putin's adviser) are not Putin's; in "وانتقد السيسي
    # تصريحات بوتين خلال مؤتمر صحفي مع الملك سلمان" (Sisi criticised Putin's remarks during a press
    # conference with King Salman) the conference is the critic's
    assert run("أتت تصريحات مستشار بوتين خلال مؤتمر صحفي مع الرئيس المصري السيسي في القاهرة الخميس.") == []
    rows = run("وانتقد السيسي تصريحات بوتين خلال مؤتمر صحفي مع الملك سلمان في الرياض الخميس.")
    assert ("Vladimir Putin", "Salman bin Abdulaziz") not in pairs(rows)


def _relref_article(text):
    from tasks.extract.visits.article import Article
    from tests.extract.test_visits import mentions
    from ziyarat.arabic import sentence_spans
    return Article(text, sentence_spans(text), mentions(text), [], dt.date(2023, 3, 14))


def _relref_person(art, name):
    return next(m for m in art.persons[0] if art.text[m.start:m.end] == name)


def test_relative_after_finds_a_place_inside_a_travellers_relative_clause():
    """"زيارة لافروف الذي أمضى سنوات طويلة في موسكو" (the visit of Lavrov, who spent long years in
    Moscow): the clause Lavrov's name opens runs to the place, so it says where he lived, not where
    he went (visits.place); "، والذي" (and who) opens one too."""
    from tasks.extract.visits.antecedent import relative_after
    from ziyarat.arabic import fold
    for text in ("وانتقدت الصحف زيارة لافروف الذي أمضى سنوات طويلة في موسكو.",
                 "وانتقدت الصحف زيارة لافروف، والذي أمضى سنوات طويلة في موسكو."):
        art = _relref_article(text)
        m, place = _relref_person(art, "لافروف"), text.index("موسكو")
        at, words = relative_after(art, m.end, place)
        assert text[at:].split()[0] in ("الذي", "والذي") and words[1] == fold("أمضى") and words[-1] == "في"


def test_relative_after_reads_a_date_inside_a_persons_past_relative():
    """"يلتقي بوتين الأسد الذي زار دمشق يوم الثلاثاء" (Putin meets al-Assad, who visited Damascus
    on Tuesday): the Tuesday is in al-Assad's past clause (clauses.persons_past_relative), which
    takes the bare pronoun only (wa=False) and stops at a comma."""
    from types import SimpleNamespace

    from tasks.extract.visits.antecedent import relative_after
    from tasks.extract.visits.clauses import persons_past_relative

    def in_clause(text):
        art = _relref_article(text)
        h = next(h for h in art.by_sent[0] if h.group.startswith("t:"))
        return persons_past_relative(art, 0, h, SimpleNamespace(start=text.index("يوم الثلاثاء")))
    assert in_clause("ومن المقرر أن يلتقي بوتين غدا الأسد الذي زار دمشق يوم الثلاثاء.")
    assert not in_clause("ومن المقرر أن يلتقي بوتين غدا الأسد والذي زار دمشق يوم الثلاثاء.")
    assert not in_clause("ومن المقرر أن يلتقي بوتين غدا الأسد الذي زار دمشق، يوم الثلاثاء.")
    art = _relref_article("ومن المقرر أن يلتقي بوتين غدا الأسد والذي زار دمشق يوم الثلاثاء.")
    m = _relref_person(art, "الأسد")
    assert relative_after(art, m.end, len(art.text)) is not None
    assert relative_after(art, m.end, len(art.text), wa=False) is None


def test_relative_antecedent_is_the_name_before_the_pronoun_past_an_apposition():
    """"وقال أردوغان، رئيس الجمهورية التركية، الذي يزور موسكو" (Erdogan, the Turkish president, who
    is visiting Moscow): the visit verb's clause is Erdogan's, with or without the title between
    commas (relative_after with apposition); without apposition the title closes the way."""
    from tasks.extract.visits.antecedent import relative_after, relative_antecedent
    for text in ("وقال أردوغان، الذي يزور موسكو، إن العلاقات قوية.",
                 "وقال أردوغان، رئيس الجمهورية التركية، الذي يزور موسكو، إن العلاقات قوية."):
        art = _relref_article(text)
        h = next(h for h in art.by_sent[0] if h.group.startswith("t:") and art.text[h.start:h.end] == "يزور")
        assert art.text[relative_antecedent(art, 0, h).start:].startswith("أردوغان")
    art = _relref_article("وقال أردوغان، رئيس الجمهورية التركية، الذي يزور موسكو، إن العلاقات قوية.")
    m, verb = _relref_person(art, "أردوغان"), art.text.index("يزور")
    assert relative_after(art, m.end, verb) is None
    assert relative_after(art, m.end, verb, lead=80, apposition=True)[1] == ["الذي"]


def test_relative_after_finds_no_clause_without_a_pronoun_within_its_bound():
    """No relative pronoun right after the name: "زيارة لافروف ورفاقه الذين أمضوا سنوات في موسكو"
    (the visit of Lavrov and his companions, who spent years in Moscow) is the companions' clause; a
    name with no clause after it ("زيارة لافروف إلى موسكو") opens none; nor one with a pronoun
    farther than the bound's spaces and commas."""
    from tasks.extract.visits.antecedent import relative_after, relative_antecedent
    for text in ("وانتقدت الصحف زيارة لافروف ورفاقه الذين أمضوا سنوات في موسكو.",
                 "وانتقدت الصحف زيارة لافروف إلى موسكو.",
                 "وانتقدت الصحف زيارة لافروف ، ،  الذي أمضى سنوات في موسكو."):
        art = _relref_article(text)
        assert relative_after(art, _relref_person(art, "لافروف").end, text.index("موسكو")) is None
    art = _relref_article("وقال أردوغان إن الرئيس الذي يزور موسكو سيلتقي بوتين.")
    h = next(h for h in art.by_sent[0] if art.text[h.start:h.end] == "يزور")
    assert relative_antecedent(art, 0, h) is None


@pytest.mark.parametrize("text", [
    "غادر بوتين صباح الثلاثاء موسكو متوجها إلى القاهرة.",
    "وكان بوتين قد غادر موسكو متوجها إلى القاهرة.",
    "غادر بوتين، صباح الثلاثاء، موسكو متوجها إلى القاهرة.",
])
def test_the_subject_of_a_departure_heading_for_a_city_is_its_visitor(text):
    """"left Moscow heading for (متوجها إلى) Cairo": the departure verb's subject travels to
    Cairo, its unnamed head hosts; the place after the participle is the goal, not the one left."""
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["city"]) == ("reported", "Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")


def test_heading_for_a_city_after_a_future_departure_is_planned():
    [v] = run("سيغادر بوتين موسكو الخميس متوجها إلى القاهرة.")
    assert (v["kind"], v["planned"], v["visitor"]) == ("referenced", True, "Vladimir Putin")
    # with no day, and a leg between ("and from there to the airport"): the sa- of the departure verb plans it
    [v] = run("وسيغادر بوتين الكنيسة إلى الفندق، ومنه إلى المطار، متوجها إلى القاهرة.")
    assert (v["kind"], v["planned"], v["visitor"]) == ("referenced", True, "Vladimir Putin")
    [v] = run("وغادر بوتين الفندق إلى المطار متوجها إلى القاهرة.")
    assert (v["kind"], v["visitor"]) == ("reported", "Vladimir Putin")
    # the imperfect and sa- departure verbs with their short vowels written ("يُغادر", "سيُغادر") plan it too
    for text in ("يُغادر الرئيس بوتين، الخميس، موسكو، مُتوجهاً إلى القاهرة.",
                 "وسيُغادر بوتين موسكو متوجها إلى القاهرة."):
        [v] = run(text)
        assert (v["kind"], v["planned"], v["visitor"]) == ("referenced", True, "Vladimir Putin")


@pytest.mark.parametrize("text", [
    "غادر موسكو، ظهر الأربعاء، الرئيس فلاديمير بوتين، متوجها إلى القاهرة للمشاركة في المنتدى.",
    "غادر الرئيس فلاديمير بوتين، موسكو، ظهر الأربعاء، متوجها إلى القاهرة.",
    "غادر بوتين موسكو ظهر الأربعاء، متوجها إلى القاهرة.",
])
def test_a_comma_right_before_the_heading_participle_sets_off_its_own_phrase(text):
    """The comma right before "متوجها" opens the participle's phrase; the commas before it, a pair
    each, set off the place left, the time and the subject: the departure's subject travels."""
    [v] = run(text)
    assert (v["kind"], v["visitor"], v["host"], v["city"]) == ("reported", "Vladimir Putin", "Abdel Fattah el-Sisi", "Cairo")


@pytest.mark.parametrize("text", [
    "وقال السيسي متوجها إلى بوتين: أهلا بك في مصر.",  # turning to Putin: no departure verb
    "ولم يغادر بوتين بلاده سوى 5 مرات منذ عام 2011، 4 منها متوجها إلى مصر.",  # a count of trips past a lone comma
    # a minister set off by commas, no leader leaves
    "غادر القاهرة، ظهر الأربعاء، وزير الخارجية المصري، متوجها إلى موسكو للمشاركة في المنتدى.",
    # the president's adviser leaves, named before his leader's title
    "غادر مطار موسكو، السيد أندريه، مستشار الرئيس فلاديمير بوتين، متوجها إلى القاهرة.",
])
def test_a_heading_participle_without_its_departure_is_no_trip(text):
    assert run(text) == []


def test_came_to_the_others_country_makes_him_the_visitor():
    # "أنه جاء إلى مصر" (that he came to Egypt): a trip word with a place right after "إلى"
    day = dt.date(2013, 3, 7)
    text = ("بحث الرئيس محمد مرسي مع رئيس الوزراء الليبي علي زيدان أمس أوضاع العمالة المصرية في ليبيا. "
            "وأكد زيدان أن ليبيا ترحب بالعمالة المصرية. وأضاف زيدان أنه جاء إلى مصر لطمأنة العمال.")
    assert [(v, h) for v, h, _ in reported(text, day)] == [("Ali Zeidan", "Mohamed Morsi")]


def test_came_to_power_or_in_a_statement_is_no_trip():
    # "جاء إلى السلطة" (came to power) and "جاء في" (it came in): no place right after "إلى"
    day = dt.date(2013, 3, 7)
    assert mention_rows("وقال الرئيس محمد مرسي إن رئيس الوزراء الليبي علي زيدان جاء إلى السلطة "
                        "بإرادة الليبيين.", day) == []
    assert mention_rows("وقال الرئيس محمد مرسي إن ما جاء في بيان رئيس الوزراء الليبي علي زيدان يعبر "
                        "عن روح التعاون.", day) == []


def test_a_country_far_past_a_visit_beyond_a_new_clause_is_not_its_goal():
    # "... الزيارة من نتائج، أشار فيه إلى أن الجانبين اتفقا ... إلى مصر" (the visit's results, in which
    # he said the sides agreed on a pipeline ... to Egypt): Egypt is the pipeline's goal; the
    # Egyptian was not visited at home
    day = dt.date(2013, 3, 7)
    text = ("قدم رئيس الوزراء هشام قنديل تقريرا حول ما أسفرت عنه الزيارة من نتائج، أشار فيه إلى أن "
            "الجانبين اتفقا مع رئيس الوزراء العراقي نوري المالكي على مد خط أنابيب لنقل النفط العراقي عبر "
            "ميناء العقبة الأردني إلى مصر.")
    assert [(r["visitor"], r["host"], r["country"]) for r in mention_rows(text, day)] == [
        ("Hesham Qandil", "Nouri al-Maliki", None)]


def test_a_country_after_a_long_relative_clause_stays_the_goal():
    # "بزيارة، التي ... ، إلى مصر": a comma before a relative pronoun opens no new clause
    day = dt.date(2013, 3, 7)
    text = ("بدأ رئيس الوزراء العراقي نوري المالكي زيارته، التي تستمر يومين ويلتقي خلالها عددا كبيرا من "
            "المسؤولين ورجال الأعمال، إلى مصر حيث يلتقي رئيس الوزراء هشام قنديل.")
    assert [(r["visitor"], r["host"]) for r in mention_rows(text, day)] == [("Nouri al-Maliki", "Hesham Qandil")]


def test_a_country_after_a_title_set_off_by_commas_stays_the_goal():
    # "، أمير الكويت" (the emir of Kuwait) after a comma has a past verb's pattern but is a title
    day = dt.date(2018, 7, 9)
    text = ("أثمرت الزيارة التي يقوم بها، حاليا، أمير الكويت الشيخ صباح الأحمد الجابر الصباح، إلى الصين، "
            "التوقيع على عدد من الاتفاقيات بين البلدين.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)] == [
        ("reported", "Sabah Al-Ahmad Al-Jaber Al-Sabah", "Xi Jinping")]


def _outlet_pairs(text: str, source: str, day: dt.date) -> list[tuple]:
    import polars as pl
    from tasks.extract import extract
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [source]}))
    return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].filter(pl.col("kind") == "reported").to_dicts()]


def test_a_consulates_city_does_not_make_its_country_the_host():
    # "قنصلية مصرية في بنغازي" (an Egyptian consulate in Benghazi) in the sentence of a joint press
    # conference: no venue, so it does not send the Egyptian to Libya (tour.venue_country)
    day = dt.date(2013, 3, 7)
    text = ("وأعلن رئيس الوزراء الليبي علي زيدان، في مؤتمر صحفي مشترك مع رئيس الوزراء هشام قنديل، أن البلدين "
            "سيفتتحان قنصلية مصرية في بنغازي لتسهيل التأشيرات.")
    assert _outlet_pairs(text, "shorouknews", day) == [("Ali Zeidan", "Hesham Qandil", None)]
    # a factory's city is still a place the sentence names
    text = text.replace("قنصلية مصرية", "مصنعا")
    assert _outlet_pairs(text, "shorouknews", day) == [("Hesham Qandil", "Ali Zeidan", "Benghazi")]


def real_pairs(text, pub=dt.date(2018, 5, 20)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"] if r["kind"] == "reported")


def test_a_guest_of_a_leader_visits_him():
    # "في ضيافة X" (as X's guest), "بضيافة X", "ضيفا على X": X hosts, the leader named before is his guest
    text = "وكان الرئيس الفرنسي إيمانويل ماكرون مساء الأحد في ضيافة العاهل المغربي الملك محمد السادس بالرباط."
    assert real_pairs(text) == [("Emmanuel Macron", "Mohammed VI of Morocco")]
    text = "وأمضى الرئيس التونسي الباجي قائد السبسي يومين بضيافة الرئيس الجزائري عبد العزيز بوتفليقة."
    assert real_pairs(text) == [("Beji Caid Essebsi", "Abdelaziz Bouteflika")]
    text = "وحل أمير قطر الشيخ تميم بن حمد أمس ضيفا على الرئيس التركي رجب طيب أردوغان في إسطنبول."
    assert real_pairs(text) == [("Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan")]


def test_a_guest_of_no_leader_visits_no_one():
    # a team playing away ("في ضيافة نظيره", at its counterpart's ground), a TV show's guest and a guest palace
    assert real_pairs("ويلعب المنتخب التونسي السبت في ضيافة نظيره المغربي في الرباط.") == []
    assert real_pairs("وحل الرئيس الفرنسي إيمانويل ماكرون مساء الأحد ضيفا على برنامج تلفزيوني شهير.") == []
    assert real_pairs("ويظهر الرئيس الفرنسي إيمانويل ماكرون الليلة في ضيافة الإعلامي الشهير على القناة الأولى.") == []
    assert real_pairs("وعقد الرئيس التونسي الباجي قائد السبسي اجتماعا بقصر الضيافة بقرطاج.") == []
    # a leader as the guest of his own country's other leader is no visit
    assert real_pairs("وكان رئيس الوزراء التركي بن علي يلدريم في ضيافة الرئيس التركي رجب طيب أردوغان.") == []


def test_the_pronoun_of_a_reception_ceremony_is_the_guest_hosted_where_it_is_held():
    # "احتفال استقباله" / "مراسم استقباله" (the ceremony of his reception): he is received, not the receiver;
    # held at a place of another country, that country's head hosts him (roles.ceremony_guest)
    day = dt.date(2019, 6, 29)
    text = "تحدث رئيس الوزراء الهندي ناريندرا مودي في نهاية احتفال استقباله بمطار أبوظبي اليوم عن العلاقات بين البلدين."
    assert reported(text, day) == [("Narendra Modi", "Khalifa bin Zayed Al Nahyan", "Abu Dhabi")]
    text = "قال رئيس الوزراء الياباني شينزو آبي خلال مراسم استقباله في مطار نيودلهي إن بلاده تريد شراكة أوثق."
    assert reported(text, dt.date(2017, 9, 13)) == [("Shinzo Abe", "Narendra Modi", "New Delhi")]


def test_a_reception_ceremony_at_home_or_of_a_named_guest_or_with_no_ceremony_is_no_trip_of_its_owner():
    day = dt.date(2019, 6, 29)
    # at an airport of his own country: nobody's trip
    text = "تحدث رئيس الوزراء الهندي ناريندرا مودي في نهاية احتفال استقباله بمطار نيودلهي اليوم عن العلاقات بين البلدين."
    assert reported(text, day) == []
    # "احتفال استقباله للعاهل البحريني" (his ceremony receiving the Bahraini king): he hosts the one named after
    text = "ألقى الرئيس المصري عبد الفتاح السيسي كلمة في احتفال استقباله للعاهل البحريني الملك حمد بن عيسى في القاهرة."
    assert reported(text, day) == [("Hamad bin Isa Al Khalifa", "Abdel Fattah el-Sisi", "Cairo")]
    # no ceremony noun before "استقباله": the pronoun is read as before, no trip
    text = "تحدث رئيس الوزراء الهندي ناريندرا مودي اليوم بعد استقباله بمطار أبوظبي عن العلاقات بين البلدين."
    assert reported(text, day) == []
    # a reception party ("حفل استقبال") he attends at his embassy: no one received him
    text = "وحضر رئيس الوزراء الهندي ناريندرا مودي اليوم حفل استقبال في سفارة بلاده في أبوظبي."
    assert reported(text, day) == []


def test_the_leaders_after_a_definite_reception_noun_received_the_traveller_named_before_it():
    """"الاستقبال" (al-istiqbal, the reception) takes no genitive: the leaders named after it are those who received,
    the traveller is the leader of another country named before it (roles._received_before). Whole lexicon."""
    day = dt.date(2013, 3, 21)
    # "the warm reception at all levels, whether the Indian prime minister ... or the president ..."
    text = ("أكد المستشار الإعلامي أهمية زيارة الرئيس محمد مرسي التي حظيت برد فعل إيجابي من جانب الهند، وتمثل ذلك "
            "في الاستقبال الحار على كافة المستويات سواء رئيس الوزراء الهندي مانموهان سينج والرئيس براناب موخرجي.")
    assert sorted(pairs(mention_rows(text, day))) == [("Mohamed Morsi", "Manmohan Singh"),
                                                       ("Mohamed Morsi", "Pranab Mukherjee")]
    # "the warm reception he met from the Indian president"
    text = ("أشاد المتحدث بزيارة الرئيس محمد مرسي للهند، مشيرا إلى الاستقبال الحار الذي لقيه من الرئيس الهندي "
            "براناب موخرجي.")
    assert pairs(mention_rows(text, day), "referenced") == [("Mohamed Morsi", "Pranab Mukherjee")]


def test_a_definite_reception_nouns_li_object_or_an_indefinite_ones_genitive_is_still_its_guest():
    """Negative: "بالاستقبال الحار للرئيس محمد مرسي" (the warm reception for President Morsi) names its guest with
    li-, and "خلال استقبال الرئيس محمد مرسي" (during the reception of President Morsi) with the genitive: the
    Indian president named before them received him."""
    day = dt.date(2013, 3, 21)
    text = ("أشاد الرئيس الهندي براناب موخرجي بالعلاقات مع مصر، وأعرب عن سعادته بالاستقبال الحار للرئيس محمد مرسي "
            "في نيودلهي اليوم.")
    assert reported(text, day) == [("Mohamed Morsi", "Pranab Mukherjee", "New Delhi")]
    text = "أشاد الرئيس الهندي براناب موخرجي بالعلاقات مع مصر خلال استقبال الرئيس محمد مرسي في نيودلهي اليوم."
    assert reported(text, day) == [("Mohamed Morsi", "Pranab Mukherjee", "New Delhi")]
