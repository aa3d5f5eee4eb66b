"""A day told for another's act done after a meeting is not the meeting's (visits.afterward.after_meeting_day).
Invented sentences, the stand-in lexicon of test_visits (the real one for a visit's end, _put)."""
import datetime as dt

from tests.extract.test_visit_dates import reported, run_dated
from tests.extract.test_visits_detect import mention_rows

PUB = dt.date(2019, 4, 3)  # a Wednesday


def test_an_agency_s_day_before_after_the_summit_does_not_date_the_summit():
    """"ذكرت الوكالة الرسمية الثلاثاء أن أردوغان يرى بعد القمة مع بوتين ..." (the official agency reported on
    Tuesday that Erdogan holds, after the summit with Putin, ...): Tuesday is the report's; the summit, still
    the news, has no day."""
    text = "ذكرت الوكالة الرسمية الثلاثاء أن أردوغان يرى بعد القمة مع بوتين أن التعاون بين البلدين سيتسع."
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_night_of_raids_hours_after_a_visit_does_not_date_the_visit():
    """"شنت الطائرات غارات ليل الاثنين بعد ساعات على زيارة أردوغان ... ولقائه بوتين" (planes struck on Monday
    night, hours after Erdogan's visit ... and his meeting with Putin): Monday night is the raids'. The visit, only
    the raids' time anchor, is behind the news (visits.anchored): referenced, undated."""
    text = "أعلن الجيش أن الطائرات شنت غارات، ليل الاثنين، بعد ساعات على زيارة أردوغان إلى موسكو ولقائه بوتين."
    assert [(r["kind"], r["visitor"], r["host"], r["date"]) for r in run_dated(text, PUB)] == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_a_leader_s_own_day_after_his_meeting_still_dates_it():
    """Negative: "أكد أردوغان الثلاثاء بعد لقائه بوتين في موسكو ..." (Erdogan stressed on Tuesday after meeting
    Putin in Moscow): a side of the meeting speaks, his day is the meeting's."""
    text = "أكد أردوغان الثلاثاء بعد لقائه بوتين في موسكو أن البلدين متفقان على ملف الطاقة."
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2), "day")]


def test_an_unnamed_speaker_s_day_after_his_own_meeting_still_dates_it():
    """Negative: "وأكد، الثلاثاء، عقب لقائه ببوتين ..." (he stressed on Tuesday after his meeting with Putin):
    the pronoun on the meeting noun makes it the speaker's own meeting."""
    text = "وأكد، الثلاثاء، عقب لقائه ببوتين في موسكو، أن أردوغان يدعم الحل السياسي."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [dt.date(2019, 4, 2)]


def test_a_day_after_a_summit_still_counts_back_to_the_summit():
    """Negative: "نقل المتحدث الثلاثاء، بعد يوم من قمة جمعت أردوغان وبوتين، ..." (the spokesman conveyed on
    Tuesday, a day after a summit that brought Erdogan and Putin together): the summit is Monday, and only the time
    anchor of the spokesman's act, so referenced (visits.anchored)."""
    text = "ونقل المتحدث التصريحات للصحفيين، الثلاثاء، بعد يوم من قمة جمعت أردوغان وبوتين في موسكو."
    assert [(r["kind"], r["date"]) for r in run_dated(text, PUB)] == [("referenced", dt.date(2019, 4, 1))]



def test_talks_told_as_new_after_a_plan_do_not_become_the_pairs_news():
    """Negative: "وكانت موسكو أعلنت، الاثنين، أن روسيا ومصر توافقتا على عقد قمة ثانية بين بوتين والسيسي، وذلك بعد
    مباحثات مثمرة بين لافروف والرئيس المصري" (Moscow had announced on Monday a second Putin-Sisi summit agreed,
    after fruitful talks between Lavrov and the Egyptian president): the talks are indefinite, new ones
    (afterward.known_meeting), not a held Putin-Sisi meeting."""
    text = ("وكانت موسكو أعلنت، الاثنين، أن روسيا ومصر توافقتا على عقد قمة ثانية بين بوتين والسيسي في أقرب وقت، "
            "وذلك بعد مباحثات مثمرة بين لافروف والرئيس المصري.")
    assert reported(run_dated(text, PUB)) == []


def test_a_day_in_a_future_clause_after_a_past_meeting_does_not_date_the_meeting():
    """"التقى أردوغان بوتين في موسكو، وسيحضر مباراة ... السبت" (met Putin in Moscow, and will attend a match
    on Saturday): Saturday is the match's, ahead; read against the past meeting it made last Saturday."""
    text = "والتقى أردوغان بوتين في موسكو، وسيحضر مباراة فريق بلاده في مدينة سوتشي السبت."
    assert reported(run_dated(text, PUB)) == [("Recep Tayyip Erdogan", "Vladimir Putin", None, None)]


def test_a_day_in_a_past_clause_after_a_past_meeting_still_dates_it():
    text = "والتقى أردوغان بوتين في موسكو، وحضر مباراة فريق بلاده في مدينة سوتشي السبت."
    assert [(r[0], r[1], r[2]) for r in reported(run_dated(text, PUB))] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 3, 30))]


def test_the_meetings_own_day_before_a_future_clause_stays():
    text = "والتقى أردوغان الثلاثاء بوتين في موسكو، وسيحضر مباراة فريق بلاده في مدينة سوتشي السبت."
    assert [(r[0], r[1], r[2]) for r in reported(run_dated(text, PUB))] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 4, 2))]


def _put(text):
    """The real lexicon's (visitor, date) rows with Putin as host: the Tehran leg is another row."""
    return [(r["visitor"], r["date"]) for r in mention_rows(text, PUB) if r["kind"] == "reported" and r["host"] == "Vladimir Putin"]


def test_a_leader_s_own_trip_after_concluding_a_visit_does_not_date_that_visit():
    """"يتوجه أردوغان الأربعاء إلى طهران بعد اختتام زيارته إلى روسيا" (Erdogan heads to Tehran on Wednesday after
    concluding his visit to Russia): his own act, but past the visit's end; the Russia visit has no day."""
    text = "يتوجه الرئيس التركي رجب طيب أردوغان الأربعاء إلى طهران بعد اختتام زيارته إلى روسيا التي التقى خلالها الرئيس فلاديمير بوتين."
    assert _put(text) == [("Recep Tayyip Erdogan", None)]


def test_a_leader_s_own_day_after_his_visit_without_its_end_still_dates_it():
    """Negative: "أكد أردوغان الثلاثاء بعد زيارته إلى روسيا ولقائه بوتين ..." (stressed on Tuesday after his visit
    to Russia and his meeting with Putin): no end of the visit is told, his day stays the meeting's."""
    text = "أكد الرئيس التركي رجب طيب أردوغان الثلاثاء بعد زيارته إلى روسيا ولقائه الرئيس فلاديمير بوتين أن البلدين متفقان."
    assert _put(text) == [("Recep Tayyip Erdogan", dt.date(2019, 4, 2))]


def test_a_leader_s_own_day_after_concluding_talks_still_dates_them():
    """Negative: "أكد أردوغان الثلاثاء عقب اختتام مباحثاته مع بوتين ..." (stressed on Tuesday after concluding his
    talks with Putin): the talks' end is no visit's, the remark's day is the talks'."""
    text = "أكد الرئيس التركي رجب طيب أردوغان الثلاثاء عقب اختتام مباحثاته مع الرئيس فلاديمير بوتين في موسكو أن البلدين متفقان."
    assert _put(text) == [("Recep Tayyip Erdogan", dt.date(2019, 4, 2))]


def test_a_return_day_after_a_visit_of_stated_length_still_counts_back():
    """Negative: "عاد ... مساء الأربعاء ... قادما من روسيا، بعد ختام زيارته التي استغرقت يومين" (returned on Wednesday
    evening from Russia after the end of his visit, which lasted two days): Wednesday is its last day, Tuesday its first."""
    text = ("عاد إلى أنقرة، مساء الأربعاء، الرئيس التركي رجب طيب أردوغان قادما من روسيا، بعد ختام زيارته التي استغرقت "
            "يومين. وأجرى الرئيس أردوغان مباحثات مهمة مع الرئيس الروسي فلاديمير بوتين.")
    assert _put(text) == [("Recep Tayyip Erdogan", dt.date(2019, 4, 2))]


def test_a_visits_own_end_ahead_does_not_undate_its_start():
    """"زيارة أردوغان التي بدأت، الخميس، وستنتهي السبت" (the visit that began Thursday and will end
    Saturday): the future clause tells the visit's own course, so Thursday still dates it."""
    text = "وتكلفت زيارة الرئيس التركي رجب طيب أردوغان لروسيا، التي بدأت، الخميس، وستنتهي السبت، ملايين الدولارات."
    assert [(r[0], r[1], r[2]) for r in reported(run_dated(text, PUB))] == [
        ("Recep Tayyip Erdogan", "Vladimir Putin", dt.date(2019, 3, 28))]


def _dated(text):
    """The real lexicon's reported rows as (visitor, host, date)."""
    return [(r["visitor"], r["host"], r["date"]) for r in mention_rows(text, PUB) if r["kind"] == "reported"]


def test_a_papers_day_before_the_visit_it_covers_does_not_date_the_visit():
    """"اهتمت صحيفة لوموند، اليوم الأربعاء، بزيارة أردوغان إلى روسيا" (Le Monde turned today, Wednesday, to Erdogan's
    visit to Russia): Wednesday is the paper's (afterward.coverage_day); the visit, news still, has no day."""
    text = ("اهتمت صحيفة لوموند الفرنسية، اليوم الأربعاء، بزيارة الرئيس التركي رجب طيب أردوغان إلى روسيا ولقائه "
            "الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_an_envoys_statement_day_before_the_visit_he_speaks_of_does_not_date_it():
    """"وتحدث السفير، في تصريح صباح اليوم، عن زيارة أردوغان لروسيا" (the ambassador spoke, in a statement this
    morning, of Erdogan's visit to Russia): the morning is the statement's."""
    text = ("وتحدث السفير الإيراني في بيروت، في تصريح صباح اليوم، عن زيارة الرئيس التركي رجب طيب "
            "أردوغان لروسيا ولقائه الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_a_statement_day_before_a_that_clause_about_the_visit_keeps_it():
    """Negative: "أكد السفير، في تصريح صباح اليوم، أن زيارة أردوغان ... تعززان" (stated, in a statement this
    morning, that Erdogan's visit and meeting strengthen ...): a "that" between, the visit is read off the day,
    which stays. (A hope, "عن أمله في أن تعزز زيارة", is the hypothetical veto's since session 40: no row.)"""
    text = ("وأكد السفير الإيراني في بيروت، في تصريح صباح اليوم، أن زيارة الرئيس التركي رجب طيب "
            "أردوغان لروسيا ولقاءه الرئيس فلاديمير بوتين تعززان التعاون.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]
    assert _dated(text.replace("وأكد", "وأعرب").replace("، أن زيارة", "، عن أمله في أن تعزز زيارة")
                  .replace("ولقاءه", "ولقاؤه").replace(" تعززان", "")) == []


def test_a_statement_day_on_the_sidelines_of_the_visit_still_dates_it():
    """Negative: "وقال الوزير، في تصريح له اليوم، على هامش زيارة أردوغان لروسيا" (said in a statement today on the
    sidelines of Erdogan's visit to Russia): made during the visit, a day of it."""
    text = ("وقال وزير الخارجية التركي، في تصريح له اليوم الأربعاء، على هامش زيارة الرئيس رجب طيب أردوغان لروسيا "
            "ولقائه الرئيس فلاديمير بوتين، إن العلاقات استراتيجية.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_statement_day_during_the_visit_still_dates_it():
    """Negative: "في تصريح صباح اليوم خلال زيارة أردوغان لروسيا" (in a statement this morning during Erdogan's visit
    to Russia): the statement is made during the visit, a day of it, which keeps the day."""
    text = ("وأعرب السفير الإيراني، في تصريح صباح اليوم خلال زيارة الرئيس التركي رجب طيب أردوغان لروسيا ولقائه "
            "الرئيس فلاديمير بوتين، عن أمله في تعزيز التعاون.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_leader_s_own_day_before_his_visit_noun_keeps_it():
    """Negative: "أعرب أردوغان، اليوم الأربعاء، عن سعادته بزيارة روسيا" (Erdogan expressed today his joy at
    visiting Russia): a leader named before the day, his own remark during the visit, keeps the day."""
    text = "أعرب الرئيس التركي رجب طيب أردوغان، اليوم الأربعاء، عن سعادته بزيارة روسيا ولقاء الرئيس فلاديمير بوتين."
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_departure_day_after_a_visit_of_hours_dates_the_visit():
    """"غادر أردوغان موسكو مساء اليوم الأربعاء، بعد زيارة استغرقت عدة ساعات" (left Moscow this evening after a
    visit that lasted some hours, grammar.yaml visit_days): a visit of hours was that day's."""
    text = ("غادر الرئيس التركي رجب طيب أردوغان، موسكو، مساء اليوم الأربعاء، بعد زيارة لروسيا استغرقت عدة ساعات، "
            "التقى خلالها الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_departure_day_after_a_visit_of_unstated_length_still_leaves_it_undated():
    """Negative: the same departure with no length told: the visit's day is unknown."""
    text = ("غادر الرئيس التركي رجب طيب أردوغان، موسكو، مساء اليوم الأربعاء، بعد زيارة لروسيا، "
            "التقى خلالها الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_a_channels_day_before_that_the_leader_began_a_visit_still_dates_it():
    """Negative: "ذكر التلفزيون اليوم الأربعاء أن أردوغان بدأ زيارة لروسيا" (TV said today that Erdogan began a visit
    to Russia): the visit's subject is named before its noun, the report tells the visit's own news and day."""
    text = ("ذكر التلفزيون الروسي اليوم الأربعاء أن الرئيس التركي رجب طيب أردوغان بدأ زيارة لروسيا تستغرق يومين "
            "يلتقي خلالها الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_spokesmans_day_right_after_a_meeting_dates_the_meeting():
    """"قال المتحدث الثلاثاء في موسكو عقب اجتماع بين أردوغان وبوتين ..." (the spokesman said on Tuesday in Moscow
    after a meeting between Erdogan and Putin): the saying follows the meeting on its day (afterward.said_right_after)."""
    text = "قال المتحدث باسم الكرملين الثلاثاء في موسكو عقب اجتماع بين أردوغان وبوتين إن المحادثات كانت بناءة."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [dt.date(2019, 4, 2)]


def test_an_agencys_yesterday_right_after_a_meeting_dates_the_meeting():
    """"ذكرت الوكالة الرسمية، أمس الثلاثاء، بعد لقاء أردوغان وبوتين، أن ..." (the official agency reported yesterday,
    Tuesday, after the meeting of Erdogan and Putin, that ...): Tuesday is the meeting's too."""
    text = "ذكرت الوكالة الرسمية، أمس الثلاثاء، بعد لقاء أردوغان وبوتين في موسكو، أن البلدين وقعا اتفاقا للطاقة."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [dt.date(2019, 4, 2)]


def test_a_spokesmans_day_before_that_and_an_after_meeting_still_leaves_it_undated():
    """Negative: "قال المتحدث الثلاثاء إن البلدين سيتعاونان بعد القمة بين أردوغان وبوتين" (said on Tuesday that the
    two countries will cooperate after the summit): the "after" is inside what he said, the day is the saying's."""
    text = "قال المتحدث الثلاثاء إن البلدين سيوسعان التعاون بعد القمة بين أردوغان وبوتين في موسكو."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [None]


def test_an_acts_day_right_after_a_meeting_with_no_saying_still_leaves_it_undated():
    """Negative: "شنت الطائرات غارات ليل الثلاثاء بعد القمة بين أردوغان وبوتين" (planes struck on Tuesday night
    after the summit): no speech verb, the night is the raids'."""
    text = "شنت الطائرات غارات ليل الثلاثاء بعد القمة بين أردوغان وبوتين في موسكو على مواقع المسلحين."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [None]


def test_a_press_conferences_day_right_after_talks_dates_the_talks():
    """"عقد مؤتمر صحفي مشترك أمس الثلاثاء في موسكو عقب مباحثات بين أردوغان وبوتين" (a joint press conference was
    held yesterday, Tuesday, in Moscow after talks between Erdogan and Putin): a saying's noun (speech_frames)."""
    text = "عقد مؤتمر صحفي مشترك أمس الثلاثاء في موسكو عقب مباحثات بين أردوغان وبوتين حول ملف الطاقة."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [dt.date(2019, 4, 2)]


def test_protests_day_right_after_a_meeting_still_leave_it_undated():
    """Negative: "شهدت موسكو احتجاجات الثلاثاء عقب لقاء أردوغان وبوتين" (Moscow saw protests on Tuesday after the
    meeting of Erdogan and Putin): protests, no saying; their day is theirs."""
    text = "شهدت موسكو احتجاجات الثلاثاء عقب لقاء أردوغان وبوتين في الكرملين."
    assert [r[2] for r in reported(run_dated(text, PUB))] == [None]


def test_the_media_s_day_before_the_visit_they_cover_does_not_date_the_visit():
    """"واصلت وسائل الإعلام العراقية اليوم اهتمامها بزيارة" (the Iraqi media kept up today their interest in the
    visit): today is the coverage's; the outlet is the two words "وسائل الإعلام", its first opening with و."""
    text = ("واصلت وسائل الإعلام الروسية اليوم اهتمامها بزيارة الرئيس التركي رجب طيب أردوغان إلى روسيا ولقائه "
            "الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", None)]


def test_the_media_s_day_with_a_that_clause_still_dates_the_visit():
    """Negative: "ذكرت وسائل الإعلام اليوم أن أردوغان وصل" (the media reported today that Erdogan arrived): the
    visit's own news, read off the day."""
    text = ("ذكرت وسائل الإعلام الروسية اليوم أن الرئيس التركي رجب طيب أردوغان وصل إلى روسيا والتقى "
            "الرئيس فلاديمير بوتين.")
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]
    # Negative: the leader's own day before his meeting noun stays
    text = "واصل الرئيس الروسي فلاديمير بوتين اليوم مباحثاته مع الرئيس التركي رجب طيب أردوغان في موسكو."
    assert _dated(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", PUB)]


def test_a_leaders_own_departure_after_a_visit_of_stated_length_counts_back_to_its_first_day():
    """"غادر أنقرة اليوم، الرئيس الروسي بوتين، بعد زيارة لتركيا استغرقت ثلاثة أيام" (the Russian president left
    Ankara today after a visit to Turkey that lasted three days): the verb comes first, its subject after the day;
    the leaving is his own, so today is the visit's last day and the visit began two days before
    (afterward.left_after_span, span.concluded_days). Was undated: the day read as another's act after the visit."""
    text = "غادر أنقرة اليوم، الرئيس الروسي بوتين، بعد زيارة لتركيا استغرقت ثلاثة أيام، أجرى خلالها مباحثات مع أردوغان."
    assert reported(run_dated(text, PUB)) == [("Vladimir Putin", "Recep Tayyip Erdogan", dt.date(2019, 4, 1), "day")]


def test_a_leaders_return_home_after_a_two_day_visit_counts_back_one_day():
    """"وعاد إلى موسكو أمس الرئيس الروسي بوتين، بعد زيارة لتركيا دامت يومين" (returned to Moscow yesterday after
    a visit that lasted two days): Tuesday is the last day, Monday the first."""
    text = "وعاد إلى موسكو أمس الرئيس الروسي بوتين، بعد زيارة لتركيا دامت يومين، التقى خلالها أردوغان."
    assert reported(run_dated(text, PUB)) == [("Vladimir Putin", "Recep Tayyip Erdogan", dt.date(2019, 4, 1), "day")]


def test_a_departure_after_a_visit_of_unstated_length_stays_undated():
    """Negative: "غادر أنقرة اليوم، الرئيس الروسي بوتين، بعد زيارة لتركيا التقى خلالها أردوغان" (left today after
    a visit during which he met Erdogan): no length to count back, the day is after the visit, none is given."""
    text = "غادر أنقرة اليوم، الرئيس الروسي بوتين، بعد زيارة لتركيا التقى خلالها أردوغان."
    assert reported(run_dated(text, PUB)) == [("Vladimir Putin", "Recep Tayyip Erdogan", None, None)]


def test_a_delegations_departure_after_a_leaders_visit_does_not_date_it():
    """Negative: "غادر الوفد أنقرة اليوم بعد زيارة بوتين لتركيا التي استغرقت ثلاثة أيام" (the delegation left Ankara
    today after Putin's visit, which lasted three days): no leader stands between the leaving verb and the visit
    noun, so the leaving is not told as his; the visit keeps no day."""
    text = "غادر الوفد أنقرة اليوم بعد زيارة بوتين لتركيا التي استغرقت ثلاثة أيام والتقى خلالها أردوغان."
    assert reported(run_dated(text, PUB)) == [("Vladimir Putin", "Recep Tayyip Erdogan", None, None)]
