"""Names, titles and elatives of the perfect's أفعل shape are no past verbs: "أنور" (Anwar), "إسحق"
(Yitzhak), "أحمدي نجاد", "أمير" (emir), "أكثر" (more). months.yaml not_verbs holds them; verb_tense
(tasks/extract/tense.py) skips them, so a weekday after them takes the tense of the real verb before.
Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article
from tasks.extract.tense import verb_tense

PUB = dt.date(2013, 3, 10)  # a Sunday


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"], str(r["date"])) for r in out["visit_mentions"])


def test_a_name_of_the_perfect_shape_is_no_past_verb():
    assert verb_tense("يستقبل نجل الرئيس الراحل أنور السادات") == "future"
    assert verb_tense("على ضريح رئيس الوزراء الراحل إسحق رابين") is None
    assert verb_tense("يزور الرئيس الإيراني أحمدي نجاد") == "future"


def test_emir_and_more_are_no_past_verbs():
    assert verb_tense("يستقبل أمير الكويت") == "future"
    assert verb_tense("يزور الرئيس البلاد بعد أكثر") == "future"


def test_adjectives_and_places_of_the_perfect_shape_are_no_past_verbs():
    assert verb_tense("يلتقي الرئيس مسؤول أمريكي") == "future"
    assert verb_tense("يزور الرئيس القاهرة مرة أخرى") == "future"
    assert verb_tense("يستقبل الرئيس ضيفه في أديس") == "future"


def test_places_that_look_like_verbs_are_no_verbs():
    assert verb_tense("يصل الرئيس التركي غدا إلى إدلب") is None
    assert verb_tense("وصل الرئيس الفرنسي إلى تايوان") == "past"
    assert verb_tense("يستقبل الرئيس ضيفه في أربيل") == "future"


def test_a_real_perfect_of_the_same_shape_stays_past():
    assert verb_tense("أعلن الرئيس") == "past"
    assert verb_tense("اجتمع الرئيس") == "past"
    assert verb_tense("أكد رئيس الوزراء") == "past"


def test_a_planned_meeting_after_a_late_leaders_grave_stays_planned():
    # "on Friday the French president will attend a ceremony in Cairo where he lays a wreath on the grave of the
    # late president Anwar Sadat before he meets the Egyptian president": a plan, not a meeting held last Friday
    text = ("والجمعة سيحضر الرئيس الفرنسي فرانسوا أولاند حفلا في القاهرة حيث يضع إكليلا على ضريح الرئيس "
            "الراحل أنور السادات قبل أن يلتقي الرئيس المصري محمد مرسي.")
    assert [r[0] for r in rows(text)] == ["referenced"]


def test_a_meeting_after_a_past_clause_with_a_late_leaders_grave_stays_held():
    # "on Friday the French president attended a ceremony in Cairo where he laid a wreath on the grave of the
    # late president Anwar Sadat before he met the Egyptian president": held, last Friday
    text = ("وحضر الرئيس الفرنسي فرانسوا أولاند الجمعة حفلا في القاهرة حيث وضع إكليلا على ضريح الرئيس "
            "الراحل أنور السادات قبل أن يلتقي الرئيس المصري محمد مرسي.")
    assert rows(text) == [("reported", "Francois Hollande", "Mohamed Morsi", "2013-03-08")]


def test_pyongyang_is_no_present_verb():
    # "اعتبرت بيونغ يانغ" (Pyongyang held): "يانغ" is no imperfect, the verb before is past
    assert verb_tense("اعتبرت بيونغ يانغ أن قمة") == "past"
    assert verb_tense("ستعتبر بيونغ يانغ أن قمة") == "future"  # negative: a real future verb still says so


def test_a_weekday_summit_told_by_pyongyang_is_the_last_such_day():
    # "Pyongyang held that Friday's summit between Kim and Moon ... opened a new era", published on a Saturday:
    # the summit was the day before, told as news, not a plan for the next Friday
    text = ("اعتبرت بيونغ يانغ أن قمة الجمعة بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي "
            "مون جاي إن في بانمونجوم فتحت حقبة جديدة.")
    assert [r[0] for r in rows(text, dt.date(2018, 5, 12))] == ["reported"]
    assert rows(text, dt.date(2018, 5, 12))[0][3] == "2018-05-11"


def test_a_foreign_name_of_the_future_shape_is_no_verb():
    # "Silva", "Starmer", "Stockholm" open as sa- + imperfect; "Tusk", "Juncker" as an imperfect: every word of a
    # lexicon name is no verb, so the verb before them tells the tense
    assert verb_tense("بحث رئيس الوزراء مع الرئيس البرازيلي لولا دا سيلفا") == "past"
    assert verb_tense("التقى الملك رئيس الوزراء البريطاني كير ستارمر") == "past"
    assert verb_tense("وصل الرئيس إلى ستوكهولم") == "past"
    assert verb_tense("استقبل المستشار دونالد توسك") == "past"
    assert verb_tense("اجتمع الرئيس مع جان كلود يونكر") == "past"


def test_a_real_future_verb_beside_a_foreign_name_stays_future():
    assert verb_tense("سيلتقي الرئيس البرازيلي لولا دا سيلفا") == "future"
    assert verb_tense("يستقبل رئيس الوزراء البريطاني كير ستارمر") == "future"
    assert verb_tense("التقى الرئيس لولا دا سيلفا قبل أن يسافر") == "future"


def test_talks_held_with_a_foreign_name_before_a_weekday_are_the_last_such_day():
    # published Thursday 2023-07-20: "the Chinese president held talks with his Brazilian counterpart Lula da Silva in
    # Beijing on Tuesday": held two days before, not a plan for next Tuesday read off "سيلفا"
    text = "أجرى الرئيس الصيني شي جين بينغ محادثات مع نظيره البرازيلي لولا دا سيلفا في بكين الثلاثاء."
    assert rows(text, dt.date(2023, 7, 20)) == [("reported", "Luiz Inacio Lula da Silva", "Xi Jinping", "2023-07-18")]


def test_talks_to_come_with_a_foreign_name_before_a_weekday_stay_planned():
    text = "سيجري الرئيس الصيني شي جين بينغ محادثات مع نظيره البرازيلي لولا دا سيلفا في بكين الثلاثاء."
    assert rows(text, dt.date(2023, 7, 20)) == [("referenced", "Luiz Inacio Lula da Silva", "Xi Jinping", "2023-07-25")]


def test_names_do_not_count_in_the_reach_of_the_verb_but_other_words_do():
    names = "سيجري الرئيس الصيني شي جين بينغ محادثات مع نظيره البرازيلي لولا دا سيلفا في العاصمة الصينية بكين"
    assert verb_tense(names) == "future"  # 17 words, 7 of them a name's
    plain = "سيجري الرئيس محادثات مع نظيره في القصر الكبير الذي بني في القرن الماضي على ضفة النهر"
    assert verb_tense(plain) is None  # 17 words, none a name's: the verb is out of reach
