"""A meeting noun in a time phrase ("عقب لقاء بـ", "قبل اجتماعه مع": after a meeting with, before
his meeting with) behind a main verb that tells another meeting: the phrase's meeting is the main
clause's subject's, another one; the main clause's object never met the phrase's leader
(visits.sides.framed_sides). Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 3)


def kinds_pairs(text):
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY))


def test_a_meeting_after_another_belongs_to_the_receiving_subject():
    # "عقب لقاء بالرئيس الفرنسي" (after a meeting with the French president): Sisi met Macron, the king did not
    text = ("استقبل الرئيس المصري السيسي الأحد العاهل الأردني الملك عبدالله في القاهرة عقب لقاء "
            "بالرئيس الفرنسي ماكرون.")
    assert kinds_pairs(text) == [("referenced", "Emmanuel Macron", "Abdel Fattah el-Sisi"),
                                 ("reported", "Abdullah II of Jordan", "Abdel Fattah el-Sisi")]


def test_his_meeting_after_a_meeting_verb_is_the_subjects_other_meeting():
    # "بعد لقائه مع الرئيس الإيراني" (after his meeting with the Iranian president): Putin's, not Erdogan's
    text = "التقى الرئيس الروسي بوتين في موسكو الرئيس التركي أردوغان بعد لقائه مع الرئيس الإيراني روحاني."
    rows = kinds_pairs(text)
    assert ("reported", "Recep Tayyip Erdogan", "Vladimir Putin") in rows
    assert not any("Erdogan" in v + h and "Rouhani" in v + h for _, v, h in rows)
    assert ("reported", "Hassan Rouhani", "Vladimir Putin") not in rows


def test_a_framed_meeting_with_one_of_the_subjects_own_country_binds_no_guest():
    # "قبل اجتماعه برئيس الوزراء المصري" (before his meeting with the Egyptian prime minister): no
    # meeting of the Jordanian king with him
    text = ("استقبل الرئيس المصري السيسي الأحد العاهل الأردني الملك عبدالله في القاهرة قبل اجتماعه "
            "برئيس الوزراء المصري مصطفى مدبولي.")
    assert kinds_pairs(text) == [("reported", "Abdullah II of Jordan", "Abdel Fattah el-Sisi")]


def test_a_framed_meeting_that_names_no_one_stays_the_main_pairs():
    # "بعد لقاء جمعهما أمس" (after a meeting that brought them together yesterday): no third leader
    text = "التقى الرئيس الروسي بوتين الرئيس الفلسطيني محمود عباس في موسكو بعد لقاء جمعهما أمس."
    assert [(v, h) for k, v, h in kinds_pairs(text) if k == "reported"] == [("Mahmoud Abbas", "Vladimir Putin")]


def test_a_meeting_after_a_remark_stays_the_speakers():
    # no meeting verb leads: "قال ... عقب لقاء مع" (said after a meeting with) is the speaker's meeting, told
    text = "وقال الرئيس الروسي بوتين الأحد في موسكو عقب لقاء مع الرئيس التركي أردوغان إن البلدين متفقان."
    assert [(v, h) for k, v, h in kinds_pairs(text) if k == "reported"] == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_framed_meeting_dated_by_its_own_phrase_is_told_as_held():
    # "بعد لقائه مع الرئيس الإيراني اليوم الأربعاء" (after his meeting with the Iranian president today,
    # Wednesday): Putin's meeting of the day, reported; still none of Erdogan with Rouhani
    text = ("التقى الرئيس الروسي بوتين في موسكو الرئيس التركي أردوغان بعد لقائه مع الرئيس الإيراني روحاني "
            "اليوم الأربعاء.")
    rows = kinds_pairs(text)
    assert [(v, h) for k, v, h in rows if k == "reported"] == [("Hassan Rouhani", "Vladimir Putin"),
                                                              ("Recep Tayyip Erdogan", "Vladimir Putin")]
    assert not any("Erdogan" in v + h and "Rouhani" in v + h for _, v, h in rows)


def test_a_meeting_in_the_wake_of_another_belongs_to_the_host():
    # "في أعقاب اجتماعه مع الرئيس الروسي" (in the wake of his meeting with the Russian president): Erdogan's
    text = "استقبل الرئيس التركي أردوغان الاثنين في أنقرة أمير قطر تميم في أعقاب اجتماعه مع الرئيس الروسي بوتين."
    assert kinds_pairs(text) == [("referenced", "Vladimir Putin", "Recep Tayyip Erdogan"),
                                 ("reported", "Tamim bin Hamad Al Thani", "Recep Tayyip Erdogan")]


def test_the_framed_meeting_is_the_receivers_after_a_pronoun_verb():
    # "حيث استقبله الرئيس الروسي" (where the Russian president received him): the receiver is the
    # subject, not the guest named first in the sentence
    text = ("وصل الرئيس الفلسطيني محمود عباس الأحد إلى موسكو حيث استقبله الرئيس الروسي بوتين عقب لقاء "
            "برئيس الوزراء الإسرائيلي نتنياهو.")
    assert kinds_pairs(text) == [("referenced", "Benjamin Netanyahu", "Vladimir Putin"),
                                 ("reported", "Mahmoud Abbas", "Vladimir Putin")]


def test_the_framed_meeting_is_the_fronted_subjects():
    # "الرئيس الروسي بوتين استقبل" (the Russian president Putin received): the subject stands before his verb
    text = "الرئيس الروسي بوتين استقبل الأحد الرئيس الفلسطيني محمود عباس عقب لقاء برئيس الوزراء الإسرائيلي نتنياهو."
    rows = kinds_pairs(text)
    assert ("reported", "Mahmoud Abbas", "Vladimir Putin") in rows
    assert not any("Abbas" in v + h and "Netanyahu" in v + h for _, v, h in rows)


def test_a_lone_leader_after_a_second_meeting_verb_is_its_object_not_the_framed_owner():
    # "كما التقى برئيس الوزراء اللبناني" (he also met the Lebanese prime minister): the verb's subject is
    # left unsaid (the French president); "بعد اجتماعه مع الرئيس اللبناني ... اليوم" is his, held today
    text = ("التقى الرئيس الفرنسي ماكرون وفدا من الطلاب، كما التقى بشكل منفرد برئيس الوزراء اللبناني سعد "
            "الحريري في مكتبه، الذي زاره بعد اجتماعه مع الرئيس اللبناني ميشال عون اليوم الأربعاء.")
    assert ("reported", "Emmanuel Macron", "Michel Aoun") in kinds_pairs(text)
