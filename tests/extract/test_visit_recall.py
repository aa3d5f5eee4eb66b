"""Recall on text no rule was written from: a reported meeting's day told in a lead
sentence that names neither leader. Invented sentences, the stand-in lexicon of
test_visits."""
import datetime as dt

import pytest

from tasks.extract.dates import find_dates
from tasks.extract.entities import find_mentions
from tasks.extract.visits import find_visits
from tests.extract.test_visits import run
from ziyarat.arabic import fold_with_map, sentence_spans

PUB = dt.date(2019, 4, 3)  # a Wednesday


def reported(text, published=PUB):
    rows = run(text, published, dates=find_dates(text, fold_with_map(text), published))
    return [(r["visitor"], r["host"], r["date"], r["date_precision"]) for r in rows if r["kind"] == "reported"]


def test_a_lead_sentence_telling_the_meeting_without_names_gives_its_day():
    """"The Russian capital saw on Tuesday morning the two leaders' meeting": Tuesday."""
    text = ("وصف مراقبون الحدث بأنه تاريخي. "
            "واستقبل بوتين أردوغان في موسكو وتبادلا الحديث عن الطاقة. "
            "وشهدت العاصمة الروسية صباح الثلاثاء لقاء الزعيمين في أجواء ودية.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_lead_meeting_of_someone_else_does_not_date_the_pair():
    """Lavrov's meeting on Monday is his, not the leaders'."""
    text = ("واستقبل بوتين أردوغان في موسكو وتبادلا الحديث عن الطاقة. "
            "وكان لافروف قد التقى الاثنين وفدا تركيا.")
    assert [r[2] for r in reported(text)] == [None]


def test_a_planned_meeting_in_the_lead_does_not_date_the_pair():
    """"It is scheduled that the two leaders meet on Thursday": a plan, no day for the talks."""
    text = ("واستقبل بوتين أردوغان في موسكو وتبادلا الحديث عن الطاقة. "
            "ومن المقرر أن يعقد الزعيمان لقاء ثانيا الخميس.")
    assert [r[2] for r in reported(text)] == [None]


def test_a_name_alone_in_quotation_marks_is_a_name_not_speech():
    """Papers quote bare names: "التقى "أردوغان" ... "بوتين"" is a meeting of the two."""
    text = 'والتقى "أردوغان" في موسكو الثلاثاء الرئيس الروسي "بوتين" وبحثا ملف الطاقة.'
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_names_inside_a_quoted_statement_stay_speech():
    text = 'وقال المتحدث: "التقى أردوغان بوتين في موسكو الثلاثاء وبحثا ملف الطاقة".'
    assert reported(text) == []


def test_congratulations_brought_in_person_are_a_visit():
    """"Erdogan arrived in Moscow on Tuesday to congratulate Putin": a visit, not a cable."""
    text = "وصل أردوغان إلى موسكو الثلاثاء لتهنئة بوتين بإعادة انتخابه."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_message_a_leader_carries_on_his_visit_is_a_visit():
    """"Erdogan arrived in Moscow on Tuesday and handed Putin a written message": in person."""
    text = "وصل أردوغان إلى موسكو الثلاثاء ونقل إلى بوتين رسالة خطية من الحكومة التركية."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]
    text = "قال أردوغان عقب اللقاء الذي جمعه ببوتين الثلاثاء إنه نقل إلى الرئيس بوتين رسالة من الحكومة."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]
    assert reported("بعث أردوغان الثلاثاء رسالة خطية إلى بوتين.") == []
    assert reported("توجه وفد تركي الثلاثاء للقاء بوتين في موسكو، حاملا رسالة من أردوغان.") == []


def test_greetings_a_leader_conveys_at_a_meeting_told_as_held_are_a_visit():
    """"Erdogan met Putin on Tuesday on the sidelines of the summit, where he conveyed to him
    the greetings of the Turkish people": in person; greetings an envoy carries are not."""
    text = "والتقى أردوغان الثلاثاء على هامش القمة بالرئيس بوتين، حيث نقل له تحيات الشعب التركي."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]
    assert reported("توجه وفد تركي الثلاثاء للقاء بوتين في موسكو، حاملا تحيات أردوغان.") == []


def test_congratulations_by_cable_or_call_are_no_visit():
    assert reported("بعث أردوغان الثلاثاء برقية تهنئة إلى بوتين بإعادة انتخابه.") == []
    assert reported("أجرى أردوغان الثلاثاء اتصالا هاتفيا مع بوتين لتهنئته بإعادة انتخابه.") == []


def test_a_day_after_a_past_verb_belongs_to_it_not_to_the_present_meeting_verb():
    """"Erdogan became, on Tuesday, the first leader to meet Putin": the Tuesday before
    publication, a meeting held (not next Tuesday's plan)."""
    text = "أصبح أردوغان، الثلاثاء، أول زعيم يجتمع مع بوتين في موسكو منذ الانتخابات."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_day_announced_before_a_future_meeting_verb_stays_the_announcements():
    text = "أعلن الكرملين، الثلاثاء، أن أردوغان سيجتمع مع بوتين في موسكو."
    assert reported(text) == []


def test_discussed_with_the_subject_between_verb_and_with_is_a_meeting():
    """"Sisi discussed with Putin in Moscow on Tuesday ...": بحث X مع Y."""
    text = "بحث السيسي مع بوتين في موسكو الثلاثاء سبل تعزيز التعاون بين البلدين."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_discussed_in_an_article_about_a_phone_call_is_no_meeting():
    text = ("أجرى السيسي الثلاثاء اتصالا هاتفيا مع بوتين. "
            "وناقش السيسي مع بوتين سبل تعزيز التعاون بين البلدين.")
    assert reported(text) == []


def test_discussed_with_an_unnamed_subject_does_not_pair_the_two_partners():
    """"He said he discussed ... with Putin, and will discuss ... with Assad": the unnamed
    speaker met neither, Putin and Assad did not meet each other."""
    text = "وقال إنه بحث الأزمة مع بوتين الثلاثاء، مشيرا إلى أنه سيبحث القضية غدا مع الأسد."
    assert reported(text) == []


def test_li_before_a_past_verb_makes_it_a_noun_of_purpose():
    """"لبحث" (li-bahth, to discuss) names the aim of a planned meeting, not talks held."""
    text = "ومن المنتظر أن يكون اللقاء فرصة لبحث العلاقات بين السيسي وبوتين."
    assert reported(text) == []


def test_a_meeting_noun_with_its_nominative_hamza_is_a_meeting_word():
    """"لقاؤه" (liqa'uhu, his meeting) is "لقاء" with the pronoun."""
    text = "وعقد السيسي الثلاثاء لقاؤه مع بوتين في موسكو."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_joint_conference_without_press_is_a_meeting():
    text = "قال السيسي الثلاثاء في مؤتمر مشترك مع نظيره الروسي بوتين في موسكو إن العلاقات متينة."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_the_directed_reading_of_a_sentence_keeps_the_day_of_the_other():
    """"Sisi held talks, today Wednesday, with Putin, who began an official visit to Egypt",
    in an article that dates their earlier meeting: the visit gives the direction (Putin
    travels), the talks the day, and the meeting is the news (the real lexicon)."""
    text = ("عقد الرئيس عبد الفتاح السيسي جلسة مباحثات، اليوم الأربعاء، بمقر رئاسة الجمهورية، "
            "مع الرئيس الروسي فلاديمير بوتين، الذي بدأ زيارة رسمية لمصر، بعد مشاركته في منتدى للطاقة. "
            "وكان السيسي قد زار روسيا في أكتوبر الماضي.")
    folded = fold_with_map(text)
    rows = find_visits(text, sentence_spans(text), find_mentions(text, folded, PUB),
                       find_dates(text, folded, PUB), PUB)
    assert [(r["visitor"], r["host"], r["date"]) for r in rows if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Abdel Fattah el-Sisi", PUB)]


def test_a_first_person_account_is_speech_even_with_its_quote_left_open():
    """"Erdogan said: "... I visited Moscow and we met several times" with no closing mark:
    the speaker's own account, no meeting of the narrative."""
    text = 'وقال أردوغان في كلمته "إنني أشكركم، وقد قمت بزيارة موسكو والتقينا عدة مرات مع بوتين.'
    assert reported(text) == []


def test_a_passive_held_is_no_first_person():
    """"أجريت مباحثات" (talks were held) is the passive, not "I held"."""
    text = "وأجريت مباحثات في موسكو الثلاثاء بين أردوغان وبوتين تناولت ملف الطاقة."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_an_arrival_told_in_the_pluperfect_hours_ago_is_under_way():
    """"Erdogan had arrived in Moscow in the past hours, and is scheduled to meet Putin":
    the arrival is the news (the visit is under way), not an earlier visit."""
    text = "وكان أردوغان قد وصل إلى موسكو خلال الساعات الماضية، ومن المقرر أن يلتقي بوتين."
    assert [r[:2] for r in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_an_arrival_told_in_the_pluperfect_without_hours_stays_earlier():
    text = "وكان أردوغان قد وصل إلى موسكو في زيارة التقى خلالها بوتين."
    assert reported(text) == []


def test_an_after_cue_past_a_comma_dates_another_event_not_the_meeting():
    """"After days of speculation, it was confirmed that Erdogan visited Moscow": the
    visit is the news; "after days of his visit" would make the visit the earlier event."""
    text = "بعد أيام من التكهنات، تم تأكيد أن أردوغان قد زار موسكو والتقى بوتين."
    assert [r[:2] for r in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    text = "وجاء القرار بعد أيام من زيارة أردوغان إلى موسكو ولقائه بوتين."
    assert reported(text) == []


def test_a_meeting_word_in_a_cited_phrase_of_a_few_words_is_the_narratives():
    """"Erdogan held "successful talks" with Putin in Moscow": a cited phrase, not speech."""
    text = 'وقالت الوكالة إن أردوغان عقد "محادثات ناجحة" مع بوتين في موسكو.'
    assert [r[:2] for r in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_meeting_word_in_a_quoted_statement_stays_speech():
    text = 'وقال المتحدث: "عقد أردوغان محادثات ناجحة مع بوتين في موسكو وبحثا ملفات كثيرة".'
    assert reported(text) == []


def test_a_return_home_after_a_visit_reports_the_visit_just_ended_without_the_return_day():
    """"Erdogan left Moscow this evening, returning home, after a visit to Russia":
    the visit is the news; the day is the return's, so no day (its length is not told)."""
    text = ("وقال مراقبون إن العلاقات متينة. وأشادوا بالتعاون. وتحدثوا عن الطاقة. "
            "وغادر أردوغان موسكو مساء الثلاثاء عائدا إلى أنقرة بعد زيارة لروسيا التقى خلالها بوتين.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_visit_after_another_event_stays_earlier():
    text = "وصل أردوغان إلى القاهرة بعد زيارة لروسيا التقى خلالها بوتين."
    assert [r for r in reported(text) if r[1] == "Vladimir Putin"] == []


def test_a_prime_minister_leaving_with_his_delegation_after_a_one_day_visit():
    """"Qandil, head of the council of ministers, and the delegation accompanying him left
    Khartoum this Thursday evening, returning to Cairo, after a visit to Sudan that lasted
    one day": his title and entourage are no other visitor, the visit is the news, dated
    by the return and its stated length (the real lexicon)."""
    pub = dt.date(2013, 3, 14)
    text = ("غادر الدكتور هشام قنديل، رئيس مجلس الوزراء والوفد المرافق له، الخرطوم، مساء اليوم الخميس، "
            "عائدًا للقاهرة، بعد زيارة ناجحة للسودان، استغرقت يومًا واحدًا. وأكد قنديل أهمية التعاون.")
    folded = fold_with_map(text)
    rows = find_visits(text, sentence_spans(text), find_mentions(text, folded, pub),
                       find_dates(text, folded, pub), pub)
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in rows] == [
        ("reported", "Hesham Qandil", "Omar al-Bashir", pub)]


def test_talks_held_during_a_visit_a_return_ends_take_the_visits_days_not_the_return_day():
    """"Erdogan left Moscow on Tuesday evening, returning to Ankara, after a two-day visit
    during which he held talks with Putin": Monday..Tuesday."""
    text = "غادر أردوغان موسكو مساء الثلاثاء عائدا إلى أنقرة بعد زيارة لروسيا استغرقت يومين عقد خلالها مباحثات مع بوتين."
    rows = [r for r in run(text, PUB, dates=find_dates(text, fold_with_map(text), PUB)) if r["kind"] == "reported"]
    assert [(r["visitor"], r["host"], r["date"], r["end_date"]) for r in rows] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 1), dt.date(2019, 4, 2))]


def test_the_country_right_before_in_a_visit_is_where_the_visit_is():
    """"Erdogan is in Egypt on an official visit" (بمصر في زيارة): Egypt's head receives."""
    text = "ويوجد أردوغان اليوم بمصر في زيارة رسمية تستمر يومين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", PUB, "day")]


def test_a_country_further_before_a_visit_is_not_its_place():
    text = "وقال أردوغان في مصر إن العلاقات متينة وإن الزيارة مهمة."
    assert reported(text) == []


def test_the_maghrebi_words_for_talks_tahadatha_and_a_working_session_are_meetings():
    """Tunisian outlets tell two leaders' talks as "تحادث X مع Y" (tahadatha, conversed with) and
    "جلسة عمل" (a working session) that "انتظمت" / "التأمت" (was held, convened) with no day."""
    from tests.extract.test_visits_detect import reported as detect

    day = dt.date(2015, 8, 3)
    renzi = [("Matteo Renzi", "Beji Caid Essebsi", "Tunis")]
    assert detect("تحادث رئيس الجمهورية الباجي قائد السبسي صباح اليوم بقصر قرطاج مع رئيس الوزراء "
                  "الإيطالي ماتيو رينزي.", day) == renzi
    for verb in ("انتظمت", "التأمت"):
        assert detect(f"{verb} بقصر قرطاج جلسة عمل بين رئيس الجمهورية الباجي قائد السبسي ورئيس الوزراء "
                      "الإيطالي ماتيو رينزي.", day) == renzi
    assert detect("عقد رئيس الجمهورية الباجي قائد السبسي بقصر قرطاج جلسة عمل مع رئيس الوزراء الإيطالي "
                  "ماتيو رينزي.", day) == renzi


def test_talks_by_phone_or_to_come_and_a_ministers_working_session_are_not_reported():
    from tests.extract.test_visits_detect import reported as detect

    day = dt.date(2015, 8, 3)
    # by phone ("هاتفيا"); tomorrow ("يتحادث ... غدا"); ministers' session, the PM only present
    assert detect("وتحادث الرئيس الباجي قائد السبسي هاتفيا مع رئيس الوزراء الإيطالي ماتيو رينزي.", day) == []
    assert detect("يتحادث رئيس الجمهورية الباجي قائد السبسي غدا بقصر قرطاج مع رئيس الوزراء الإيطالي "
                  "ماتيو رينزي.", day) == []
    assert detect("انتظمت جلسة عمل بين وزير الخارجية الطيب البكوش ونظيره الإيطالي باولو جنتيلوني بحضور "
                  "رئيس الحكومة الحبيب الصيد.", day) == []


def test_a_prime_minister_received_right_after_the_hosts_name_is_the_guest():
    """"استقبل ... بوتين رئيس الوزراء الإيطالي" (Putin received the Italian prime minister): "الوزراء"
    (the ministers) in ra'is al-wuzara' is his title, not a group of ministers received."""
    from tests.extract.test_visits_detect import reported as detect

    day = dt.date(2016, 12, 4)
    assert detect("استقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء الإيطالي ماتيو رينزي.", day) == [
        ("Matteo Renzi", "Vladimir Putin", None)]
    assert detect("استقبل الباجي قائد السبسي اليوم بقصر قرطاج رئيس مجلس الوزراء العراقي حيدر العبادي.", day) == [
        ("Haider al-Abadi", "Beji Caid Essebsi", "Tunis")]
    # the foreign ministers of the Gulf states are no guest of a leader's visit
    assert detect("استقبل الرئيس الروسي فلاديمير بوتين أمس وزراء خارجية دول الخليج.", day) == []


def test_a_negation_ending_the_sentence_before_does_not_negate_the_next_meeting():
    from tests.extract.test_visits_detect import mention_rows
    day = dt.date(2013, 2, 10)
    # "he said the situation does not allow it. And Morsi received Gul in Cairo yesterday"
    text = ("وقال إن الوضع لا يسمح. واستقبل الرئيس المصري محمد مرسي أمس الرئيس التركي عبد الله غول "
            "في القاهرة.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day)] == [
        ("reported", "Abdullah Gul", "Mohamed Morsi")]
    # in its own sentence the negation still rules the meeting out
    text = "وقال إن الرئيس المصري محمد مرسي لم يستقبل الرئيس التركي عبد الله غول في القاهرة."
    assert [r["kind"] for r in mention_rows(text, day) if r["kind"] == "reported"] == []
def test_a_visit_word_owned_by_al_wazir_al_awwal_is_a_prime_ministers_visit():
    """"زيارة الوزير الأول الجزائري سلال" (the Algerian prime minister's visit): "الوزير" (the
    minister) in the slot after the visit word is his title, not a minister who owns the visit."""
    from tests.extract.test_visits_detect import reported as detect

    day = dt.date(2013, 3, 4)
    assert detect("وتأتي زيارة الوزير الأول الجزائري عبد المالك سلال لفرنسا اليوم لتعزيز العلاقات مع "
                  "الرئيس فرانسوا هولاند.", day) == [("Abdelmalek Sellal", "Francois Hollande", None)]


def test_an_arrival_on_a_countrys_territory_is_in_that_country():
    """"عقب وصوله الأراضي العراقية" (after his arrival on Iraqi territory): Iraq is where he
    arrived, so its leader hosts, not that of the country the talks are about at the end."""
    from tests.extract.test_visits_detect import reported as detect

    text = ("يبحث رئيس الوزراء هشام قنديل عقب وصوله الأراضي العراقية مع نظيره نوري المالكي، "
            "سبل تعزيز العلاقات بين البلدين، وعلى رأسها الوضع في سوريا")
    assert [r[:2] for r in detect(text, dt.date(2013, 3, 4))] == [("Hesham Qandil", "Nouri al-Maliki")]


def test_an_official_named_after_the_arrival_place_owns_the_visit_that_follows():
    """"وصل القاهرة منذ قليل وزير الخارجية الأمريكي جون كيري في أول زيارة لمصر" (arrived in Cairo
    a while ago, the US secretary of state Kerry, on a first visit to Egypt): the subject stands
    past the place and the time, and the visit is his, not Obama's, named later for his term."""
    from tests.extract.test_visits_detect import reported as detect

    text = ("وصل القاهرة منذ قليل وزير الخارجية الأمريكي جون كيري في أول زيارة لمصر "
            "في فترة الرئيس باراك أوباما الثانية.")
    assert detect(text, dt.date(2013, 3, 2)) == []
    # the president's own arrival in that order is his visit
    assert [r[:2] for r in detect("وصل القاهرة منذ قليل الرئيس الأمريكي باراك أوباما في أول زيارة لمصر.",
                                  dt.date(2013, 3, 2))] == [("Barack Obama", "Mohamed Morsi")]


def real_rows(text, pub):
    """Rows from the real lexicon (people with their tenures, titles, places)."""
    folded = fold_with_map(text)
    return find_visits(text, sentence_spans(text), find_mentions(text, folded, pub),
                       find_dates(text, folded, pub), pub)


def test_irans_supreme_leader_counts_as_a_leader():
    """"Erdogan met the Supreme Leader Ali Khamenei in Tehran on Friday": the GUIDE counts
    Iran's Supreme Leader as a head of state, so the meeting is reported (the real lexicon)."""
    pub = dt.date(2018, 9, 8)  # a Saturday
    text = "والتقى الرئيس التركي رجب طيب أردوغان المرشد الأعلى علي خامنئي في طهران يوم الجمعة."
    assert [(r["kind"], r["visitor"], r["host"], r["city"], r["date"]) for r in real_rows(text, pub)] == [
        ("reported", "Recep Tayyip Erdogan", "Ali Khamenei", "Tehran", dt.date(2018, 9, 7))]


def test_a_talibans_leader_before_2021_is_no_head_of_state():
    """Akhundzada led the Taliban from 2016, Afghanistan only from August 2021: in 2019 a
    meeting with him is no meeting of two leaders."""
    pub = dt.date(2019, 4, 3)
    text = "والتقى الرئيس التركي رجب طيب أردوغان هبة الله آخوند زاده في الدوحة الثلاثاء."
    assert real_rows(text, pub) == []


def test_a_meeting_today_on_the_eve_of_another_event_is_news():
    """"Erdogan meets President Putin on Wednesday in Moscow, on the eve of his taking part
    in the opening" in a Wednesday article: talks today; "عشية" (on the eve of) after the
    meeting times it before the opening, it plans nothing."""
    text = "يلتقي أردوغان الرئيس الروسي بوتين، الأربعاء في موسكو، عشية مشاركته في الافتتاح الرسمي لكأس العالم."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB, "day")]


def test_on_the_eve_of_a_visit_before_it_still_plans_it():
    text = "وقال أردوغان عشية زيارته إلى موسكو إنه سيبحث مع بوتين ملف الطاقة."
    assert reported(text) == []


def test_before_a_visit_from_monday_to_wednesday_still_plans_it():
    """"قبل زيارة ... من الاثنين إلى الأربعاء" (ahead of the visit from Monday to Wednesday),
    in a Sunday article: the cue holds the visit word itself."""
    text = "وهذه مرحلة مهمة قبل زيارة أردوغان موسكو من الاثنين إلى الأربعاء، حيث سيحاول إقناع بوتين."
    assert reported(text, dt.date(2019, 3, 31)) == []


def test_talks_on_the_eve_of_a_summit_leave_the_summit_planned():
    """"Putin's aide said in Moscow that talks advance, on the eve of the summit between
    Putin and Erdogan": the eve governs the summit, still ahead."""
    text = "أعلن مساعد بوتين، الأربعاء، أن المحادثات تتقدم بسرعة، وذلك عشية القمة بين بوتين وأردوغان في موسكو."
    assert reported(text) == []


def test_a_summit_the_leaders_met_to_discuss_is_their_topic_not_their_meeting():
    """"Putin's statement came as he received Erdogan in the Kremlin to discuss the summit
    scheduled next month": the summit is the talks' topic; the reception is today's news."""
    text = "وجاء تصريح بوتين خلال استقباله أردوغان في الكرملين لمناقشة القمة المقرر عقدها الشهر المقبل."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


@pytest.mark.parametrize("text", [
    "وخلال لقائه بوتين في موسكو، أكد أردوغان أن العلاقات قوية.",
    "وفي زيارة لروسيا للقاء بوتين، قال أردوغان إنه يأمل في تعزيز التعاون.",
])
def test_a_fronted_meeting_phrase_belongs_to_the_subject_after_its_comma(text):
    """"During his meeting with Putin in Moscow, Erdogan stressed ...", "On a visit to Russia
    to meet Putin, Erdogan said ...": the phrase opens the sentence, its owner is the subject
    the main verb names after the comma."""
    assert [(v, h) for v, h, _d, _p in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_fronted_meeting_phrase_of_a_minister_pairs_no_leaders():
    text = "وخلال لقائه بوتين في موسكو، أكد لافروف أن العلاقات قوية مع أردوغان."
    assert reported(text) == []


# ------------------------------------------------------------------ slice tun9 (tunisia2016)
def test_a_sa_future_visit_dated_today_is_the_visit_under_way():
    # "سيؤدي أردوغان اليوم الأربعاء زيارة" (sa-yu'addi, Erdogan will perform today, Wednesday,
    # a visit) in Wednesday's article: the visit is under way at publication, as "سيلتقي
    # اليوم" (will meet today) is; without "today" it stays a plan
    text = "سيؤدي الرئيس التركي أردوغان اليوم الأربعاء زيارة رسمية إلى روسيا يلتقي خلالها بوتين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB, "day")]
    # "سيجري" (sa-yujri, will make) is also a plan cue of its own
    assert reported(text.replace("سيؤدي", "سيجري")) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB, "day")]
    assert reported("سيؤدي الرئيس التركي أردوغان زيارة رسمية إلى روسيا يلتقي خلالها بوتين.") == []
    assert reported("سيؤدي الرئيس التركي أردوغان مساء اليوم زيارة رسمية إلى روسيا يلتقي خلالها بوتين.") == []


def test_a_visit_counted_days_before_the_news_is_an_earlier_one():
    # "عقب 15 يوما على زيارة أردوغان إلى موسكو" ('aqiba 15 yawman 'ala, 15 days after Erdogan's
    # visit to Moscow): the news came after it; the visit is retold, not reported
    text = "ويأتي القرار عقب 15 يوما على زيارة الرئيس التركي أردوغان إلى موسكو ولقائه بوتين."
    assert reported(text) == []
    assert reported("ويأتي القرار بعد ثلاثة أسابيع من زيارة الرئيس التركي أردوغان إلى موسكو ولقائه بوتين.") == []
    assert reported("ويأتي القرار خلال زيارة الرئيس التركي أردوغان إلى موسكو ولقائه بوتين.") != []


@pytest.mark.parametrize("text", [
    "وعلى هامش القمة، كانت لأردوغان لقاءات مع عدة قادة دول على غرار بوتين والأسد، والسيسي.",
    "وعلى هامش القمة، أجرى أردوغان مباحثات مع كل من بوتين والأسد، والسيسي.",
])
def test_each_leader_listed_after_with_each_of_or_such_as_is_met(text):
    # "مع كل من" (with each of), "على غرار" (such as): a meeting of the subject with each
    # listed leader, whatever his country; two of the listed never met each other
    assert sorted((v["visitor"], v["host"]) for v in run(text) if v["kind"] == "reported") == [
        ("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi"), ("Recep Tayyip Erdogan", "Bashar al-Assad"),
        ("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_co_host_joined_by_and_is_not_the_one_received():
    # "the emir of Qatar and Dr Nabil Elaraby received President Marzouki": the official
    # after "و" (and) hosts with the emir; the one received is the president
    text = "واستقبل أمير قطر والدكتور نبيل العربي الرئيس التونسي المنصف المرزوقي."
    pub = dt.date(2013, 3, 25)
    ms = find_mentions(text, fold_with_map(text), pub)
    rows = find_visits(text, sentence_spans(text), ms, [], pub)
    assert [(r["kind"], r["visitor"], r["host"]) for r in rows] == [
        ("reported", "Moncef Marzouki", "Hamad bin Khalifa Al Thani")]
    # his office in apposition ("the League's secretary-general") is no guest either
    text = "واستقبل أمير قطر والدكتور نبيل العربي، الأمين العام لجامعة الدول العربية، رؤساء (تونس المنصف المرزوقي)."
    rows = find_visits(text, sentence_spans(text), find_mentions(text, fold_with_map(text), pub), [], pub)
    assert [(r["visitor"], r["host"]) for r in rows] == [("Moncef Marzouki", "Hamad bin Khalifa Al Thani")]
    # an official received after the host is still the guest: no leaders' meeting
    text = "واستقبل أمير قطر الدكتور نبيل العربي ثم الرئيس التونسي المنصف المرزوقي."
    assert [r["kind"] for r in find_visits(text, sentence_spans(text), find_mentions(text, fold_with_map(text), pub), [], pub)
            if r["kind"] == "reported"] == []


def test_the_head_of_a_countrys_government_named_after_his_title_is_the_leader():
    """"رئيس حكومة تركيا، أردوغان" (the head of Turkey's government, Erdogan): "حكومة" is the
    title's complement here, not a possessor of someone else; "رئيس مكتب أردوغان" (the head of
    Erdogan's office) is still another man."""
    text = "وصل رئيس حكومة تركيا، أردوغان، اليوم إلى موسكو حيث التقى بوتين."
    assert [(v, h) for v, h, _d, _p in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    text = "واستقبل بوتين اليوم في موسكو رئيس حكومة الاحتلال أردوغان."
    assert [(v, h) for v, h, _d, _p in reported(text)] == [("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert reported("وصل رئيس مكتب أردوغان اليوم إلى موسكو حيث التقى بوتين.") == []
    # ... and so is the one whose title has a possessor: the director of the PM's office
    assert reported("وصل مدير مكتب رئيس حكومة الاحتلال أردوغان اليوم إلى موسكو حيث التقى بوتين.") == []


def test_a_trigger_inside_a_name_is_no_trigger():
    """"يصل" (arrives) inside "فيصل" (Faisal) is no arrival word: it no longer takes the
    sentence from the real reception ("in receiving Putin in Ankara")."""
    text = "شارك الأمير فيصل مع أردوغان الثلاثاء في استقبال بوتين بأنقرة."
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", dt.date(2019, 4, 2), "day")]


def test_a_meeting_framed_by_a_leaders_past_act_is_held_whatever_plan_follows():
    """"The president shook the chancellor's hand at the start of their summit in Vienna", then
    "the two are expected to hold a closed meeting": the handshake frames a summit under way; the
    closed meeting ahead is part of it, not a plan the summit inherits (visits.framed)."""
    pub = dt.date(2018, 6, 12)
    text = ("صافح الرئيس الروسي فلاديمير بوتين المستشارة الألمانية أنغيلا ميركل في مستهل قمتهما في فيينا. "
            "ومن المتوقع أن يعقد بوتين وميركل اجتماعا مغلقا بحضور المترجمين فقط.")
    assert [(r["kind"], r["visitor"], r["host"]) for r in real_rows(text, pub) if r["kind"] == "reported"] == [
        ("reported", "Vladimir Putin", "Angela Merkel")]


def test_a_visit_framed_by_its_travellers_past_words_is_news_not_an_aside():
    """"Macron criticised the plan on Sunday" then "and Macron said during his visit to India ...":
    the visit is the frame of today's words, under way; "the band took part in receiving the president
    during his visit" is no leader's act, and "كان قد" (had) tells background."""
    pub = dt.date(2018, 3, 11)
    lead = "انتقد الرئيس الفرنسي إيمانويل ماكرون الأحد خطة التجارة الجديدة. "
    rows = real_rows(lead + "وقال ماكرون أثناء زيارته إلى الهند إن الخطة لن تنجح.", pub)
    assert [(r["kind"], r["visitor"], r["host"]) for r in rows] == [("reported", "Emmanuel Macron", "Narendra Modi")]
    for aside in ("وشاركت الفرقة في استقبال ماكرون أثناء زيارته إلى الهند.",
                  "وكان ماكرون قد قال أثناء زيارته إلى الهند إن الخطة لن تنجح."):
        assert [r["kind"] for r in real_rows(lead + aside, pub)] in ([], ["referenced"]), aside


def test_a_frames_past_act_holds_only_a_meeting_of_its_subject():
    """"Xi met the North Korean leader on Tuesday during a surprise visit by Kim, before his expected
    summit with Trump": Xi's act frames Kim's visit to China, not a held Kim-Trump meeting."""
    pub = dt.date(2018, 5, 8)
    text = ("التقى الرئيس الصيني شي جين بينغ الثلاثاء الزعيم الكوري الشمالي في داليان خلال زيارة مفاجئة لكيم "
            "جونغ أون قبل قمته المرتقبة مع الرئيس الأمريكي دونالد ترامب.")
    assert {frozenset((r["visitor"], r["host"])) for r in real_rows(text, pub) if r["kind"] == "reported"} == {
        frozenset(("Kim Jong-un", "Xi Jinping"))}


def test_an_arrival_naming_its_traveller_is_held_when_it_frames_anyones_past_act():
    """"The police closed the VIP area of the airport after Putin's arrival in Singapore": the arrival
    names its traveller, so it happened, whoever acted after it; a plan told later does not take it."""
    pub = dt.date(2018, 6, 10)
    text = ("أغلقت الشرطة منطقة كبار الشخصيات في المطار في أعقاب وصول الرئيس الروسي فلاديمير بوتين "
            "إلى سنغافورة. ومن المتوقع أن يلتقي بوتين رئيس وزراء سنغافورة لي هسين لونغ.")
    assert [(r["visitor"], r["city"]) for r in real_rows(text, pub) if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Singapore")]
@pytest.mark.parametrize("text", [
    "وقال السيسي الثلاثاء خلال المؤتمر الصحفي الذي عقده مع نظيره الروسي بوتين في موسكو إن العلاقات متينة.",
    "وأضاف السيسي الثلاثاء في المؤتمر الصحافي الذى جمعه مع بوتين في موسكو أن التعاون يتقدم.",
    "وأكد السيسي الثلاثاء في مؤتمر صحفي عقده مع بوتين في موسكو أن التعاون يتقدم.",
    "وأكد السيسي الثلاثاء في المؤتمر الصحفي الذي عقده بالاشتراك مع بوتين في موسكو أن التعاون يتقدم.",
])
def test_a_press_conference_held_with_the_other_in_a_relative_clause_is_a_meeting(text):
    """"in the press conference that he held with his Russian counterpart Putin": the
    conference joins the two leaders as "مؤتمر صحفي مع" does, the verb between."""
    assert reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_a_press_conference_held_alone_is_no_meeting():
    """"in the press conference he held at his office", a leader alone; another named later
    is no partner of it."""
    text = "وقال السيسي في المؤتمر الصحفي الذي عقده الثلاثاء بمكتبه في موسكو إن بوتين صديق."
    assert reported(text) == []


def test_the_leader_after_with_may_stand_past_his_title_and_a_comma():
    """"مع الرئيس الروسي المنتخب حديثا، بوتين" (with the newly elected Russian president, Putin): the title closed
    by a comma fills the "with" slot of "مؤتمر صحفي مع" as the name right after it would; an
    official's office there still leaves it empty."""
    text = "وقال السيسي الثلاثاء في مؤتمر صحفي مع الرئيس الروسي المنتخب حديثا، بوتين في موسكو إن التعاون يتقدم."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Vladimir Putin", dt.date(2019, 4, 2), "day")]
    text = "وقال السيسي الثلاثاء في مؤتمر صحفي مع وزير الخارجية الروسي، لافروف في موسكو إن بوتين صديق."
    assert reported(text) == []


def test_a_press_conference_today_with_the_other_is_a_meeting():
    """"في مؤتمر صحفي اليوم مع الرئيس الروسي بوتين" (at a press conference today with the Russian
    president Putin): the day word between does not undo the conference's "with"."""
    text = "وأوضح السيسي، في مؤتمر صحفي اليوم مع بوتين في موسكو، أن التعاون يتقدم."
    assert [(v, h) for v, h, _d, _p in reported(text)] == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def pairs_of(text):
    return sorted((r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported")


PUTIN, ERDOGAN, ASSAD, SISI = "Vladimir Putin", "Recep Tayyip Erdogan", "Bashar al-Assad", "Abdel Fattah el-Sisi"


def test_a_summit_arrival_beside_the_hosts_reception_of_the_leaders_is_his_guest():
    """"Erdogan arrived in Sochi to take part in an international conference. Putin was receiving
    the participating leaders": the host country's leader told receiving the leaders as a group
    hosts the arrival told beside it, a trip for a summit though it is."""
    text = ("وصل أردوغان إلى سوتشي للمشاركة في مؤتمر دولي حول سوريا. "
            "وكان بوتين في استقبال القادة المشاركين في المؤتمر.")
    assert pairs_of(text) == [(ERDOGAN, PUTIN)]


def test_arrivals_listed_with_no_place_after_the_hosts_reception_of_most_of_them_are_his_guests():
    """"Leaders arrived in Moscow today. Putin received most of them. Then arrived in turn Assad,
    and Erdogan": the list's sentence names no place; the reception right before hosts them."""
    text = ("وصل إلى موسكو اليوم قادة دول عديدة للمشاركة في المؤتمر. "
            "وكان بوتين في استقبال معظمهم. "
            "ووصل تباعا كل من الأسد، وأردوغان.")
    assert pairs_of(text) == [(ASSAD, PUTIN), (ERDOGAN, PUTIN)]


def test_a_group_reception_in_another_country_hosts_no_arrival():
    """"Erdogan arrived in Cairo for a conference. Putin was receiving the leaders taking part in
    the Sochi forum": a reception in Russia is no host of an arrival in Egypt; the conference trip
    visits Egypt's head by office."""
    text = ("وصل أردوغان إلى القاهرة للمشاركة في مؤتمر دولي حول سوريا. "
            "وكان بوتين في استقبال القادة المشاركين في منتدى سوتشي.")
    assert pairs_of(text) == [(ERDOGAN, SISI)]


def test_a_reception_of_one_named_guest_hosts_only_him():
    """"Erdogan arrived in Sochi for a conference. Putin was receiving Assad and the leaders":
    the reception names its guest; Erdogan's arrival, a summit trip, visits Russia's head by office."""
    text = ("وصل أردوغان إلى سوتشي للمشاركة في مؤتمر دولي حول سوريا. "
            "وكان بوتين في استقبال الأسد والقادة.")
    assert pairs_of(text) == [(ASSAD, PUTIN), (ERDOGAN, PUTIN)]


def test_a_group_reception_far_from_a_listed_arrival_with_no_place_hosts_nothing():
    """With no place of its own, the list of arrivals takes its host only from the reception right
    beside it: two sentences apart, Assad and Erdogan have no host."""
    text = ("وكان بوتين في استقبال معظم القادة. "
            "وتناول الإعلام أسعار النفط. "
            "ووصل تباعا كل من الأسد، وأردوغان.")
    assert pairs_of(text) == []
def _pairs(text, published=dt.date(2018, 5, 19)):
    from tests.extract.test_visits_detect import mention_rows
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, published))


@pytest.mark.parametrize("text", [
    # "مؤتمر صحفي جمعه ب..." (a press conference that brought him together with), bi- glued to the title
    "وقال الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي جمعه بالمستشارة الألمانية أنغيلا ميركل في سوتشي الجمعة إن العلاقات جيدة.",
    # "جمعها مع" (brought her together with), the chancellor speaking
    "وجاءت تصريحات المستشارة الألمانية أنغيلا ميركل خلال مؤتمر صحفي جمعها مع الرئيس الروسي فلاديمير بوتين في سوتشي الجمعة.",
    # "عقدته مع" (that she held with), indefinite
    "وأكدت المستشارة الألمانية أنغيلا ميركل في مؤتمر صحافي عقدته مع الرئيس الروسي فلاديمير بوتين في سوتشي الجمعة أن الحوار ضروري.",
])
def test_a_press_conference_that_brought_two_leaders_together_is_their_meeting(text):
    assert _pairs(text) == [("reported", "Angela Merkel", "Vladimir Putin")]


def test_a_ministers_press_conference_with_a_leader_is_no_leaders_meeting():
    # the foreign minister holds it: "جمعه" (brought him together) is the minister's, not his president's
    text = "وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي جمعه بالمستشارة الألمانية أنغيلا ميركل في برلين إن الحوار ضروري."
    assert [p for p in _pairs(text) if p[0] == "reported"] == []


@pytest.mark.parametrize("text", [
    # "اصطحب ... نظيره" (took his counterpart along): the host's gesture to his guest
    "واصطحب الرئيس الروسي فلاديمير بوتين نظيره المصري عبد الفتاح السيسي في جولة بالسيارة في مدينة سوتشي.",
    "في بادرة على حسن الضيافة، اصطحب الرئيس الروسي فلاديمير بوتين ضيفه الرئيس المصري عبد الفتاح السيسي إلى سوتشي.",
])
def test_a_leader_who_took_another_along_met_him(text):
    assert _pairs(text, dt.date(2018, 10, 18)) == [("reported", "Abdel Fattah el-Sisi", "Vladimir Putin")]


@pytest.mark.parametrize("text", [
    "واصطحب الرئيس المصري عبد الفتاح السيسي وزير الخارجية سامح شكري في جولته بسوتشي.",  # his own minister
    "واصطحب الرئيس التركي رجب طيب أردوغان اللاعبين في جولة بمدينة لندن.",  # one leader only
    "وسيصطحب الرئيس الروسي فلاديمير بوتين نظيره المصري عبد الفتاح السيسي في جولة بسوتشي الشهر المقبل.",  # ahead
])
def test_taking_along_a_minister_or_a_plan_to_take_a_leader_along_is_no_meeting(text):
    assert [p for p in _pairs(text, dt.date(2018, 10, 18)) if p[0] == "reported"] == []


@pytest.mark.parametrize("text", [
    "أكد السيسي الثلاثاء أن العلاقات متينة. وأضاف خلال اللقاء الصحفي المشترك مع الرئيس الروسي بوتين، أن التعاون يتقدم.",
    "وقال السيسي الثلاثاء في ندوة صحفية مشتركة مع بوتين إن التعاون يتقدم.",
])
def test_the_maghrebi_words_for_a_joint_press_conference_are_a_meeting(text):
    """"اللقاء الصحفي المشترك" (the joint press meeting) and "ندوة صحفية مشتركة" (a joint press
    seminar) are what Maghrebi outlets call a joint press conference."""
    assert [r[:2] for r in reported(text)] == [("Abdel Fattah el-Sisi", "Vladimir Putin")]


def test_a_press_seminar_held_alone_is_no_meeting():
    """"at a press seminar he held in Cairo", another leader only spoken of: no meeting."""
    assert reported("وقال السيسي الثلاثاء في ندوة صحفية عقدها في القاهرة إن بوتين صديق.") == []
