"""The owner of "اجتماعها" / "لقائه" (her, his meeting) in a sentence that opens with a speech verb
naming no subject ("وأشارت", and she pointed out) is the speaker that verb goes on with: the subject
of the speech verb opening the sentence before (tasks/extract/visits/speaker.py speaker_before,
read by meetings.meet_roles). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported(text, pub=dt.date(2017, 3, 3)):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"] if r["kind"] == "reported"]


SAID = "قالت المستشارة الألمانية أنجيلا ميركل إن المبادرة الثلاثية جيدة وإن بلادها تدعمها. "


def test_her_meeting_in_a_sentence_going_on_with_the_speaker_is_the_speakers():
    # "... and she pointed out, at the press conference held today at Carthage Palace after her
    # meeting with the president of the republic, that the situation is difficult"
    text = SAID + ("وأشارت خلال الندوة الصحفية المنعقدة اليوم الجمعة بقصر قرطاج عقب اجتماعها برئيس الجمهورية "
                   "الباجي قائد السبسي إلى أن الوضع صعب.")
    assert reported(text) == [("Angela Merkel", "Beji Caid Essebsi", "Tunis", "2017-03-03")]


def test_a_ministers_or_the_other_genders_meeting_goes_to_no_leader():
    # the speaker before is a minister: his meeting, no pair
    text = ("قال وزير الخارجية الألماني إن المبادرة الثلاثية جيدة. "
            "وأشار عقب اجتماعه اليوم برئيس الجمهورية الباجي قائد السبسي إلى أن الوضع صعب.")
    assert reported(text) == []
    # "his" meeting after a woman's words is not hers
    text = SAID + "وأشار عقب اجتماعه اليوم برئيس الجمهورية الباجي قائد السبسي إلى أن الوضع صعب."
    assert reported(text) == []


def test_a_meeting_owned_by_the_subject_of_a_that_clause_is_not_the_speakers():
    # "... and she added that the delegation of the commission discussed in its meeting with
    # the president of the republic ...": "its" is the delegation's, after "أن" (that)
    text = SAID + "وأضافت أن وفد المفوضية بحث اليوم في اجتماعه برئيس الجمهورية الباجي قائد السبسي ملف الهجرة."
    assert reported(text) == []


PLANNED = "يزور الرئيس محمد مرسي الخرطوم الشهر المقبل. "


def test_his_meeting_after_a_speech_word_naming_an_unknown_speaker_is_the_speakers():
    # "this came in remarks of al-Faraghani (a name the lexicon does not know) to the press after
    # his meeting today in Khartoum with president Omar al-Bashir": his, not Morsi's told before
    text = PLANNED + "جاء ذلك في تصريحات الفرجاني للصحفيين عقب لقائه اليوم بالخرطوم مع الرئيس عمر البشير."
    assert reported(text, dt.date(2013, 3, 14)) == []
    # "and Sami al-Faraghani said to the press after his meeting ...": a common given name
    text = PLANNED + "وقال سامي الفرجاني للصحفيين عقب لقائه اليوم بالخرطوم مع الرئيس عمر البشير إن العلاقات قوية."
    assert reported(text, dt.date(2013, 3, 14)) == []


def test_his_meeting_after_a_speech_verb_with_no_name_or_a_bare_title_stays_the_leaders():
    # "and he said to the press after his meeting ...", "and the president said ...", "and he said
    # today ...": the leader told before met Bashir
    arrived = "وصل الرئيس محمد مرسي إلى الخرطوم اليوم. "
    for said in ("وقال للصحفيين", "وقال الرئيس للصحفيين", "وقال اليوم للصحفيين"):
        text = arrived + said + " عقب لقائه مع الرئيس عمر البشير إن العلاقات قوية."
        assert reported(text, dt.date(2013, 3, 14)) == [("Mohamed Morsi", "Omar al-Bashir", "Khartoum", "2013-03-14")], said
