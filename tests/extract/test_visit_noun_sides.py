"""A meeting noun's own side or use (tasks/extract/visits/noun_sides.py): a head noun after its "مع"
whose long title ends on a leader's name is that leader, no unknown partner; "تناول" (discussing)
opening its sentence is the verb whose subject the meeting is, not a noun whose topic it is; a group right
after its "مع" (rebels, militants) is its side, no leader named elsewhere. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article


def reported(text, pub):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="JawharaFM")
    return [(r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"] if r["kind"] == "reported"]


def rows(text, pub):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return [(r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"]]


def test_talks_with_a_leader_under_a_long_body_title_are_the_leaders():
    # "held talks this morning at Carthage Palace with the president of the Presidential Council of
    # the Libyan Government of National Accord, Fayez al-Sarraj": the title runs 50 characters to the name
    text = ("عقد الرئيس الباجي قائد السبسي صباح اليوم بقصر قرطاج محادثات مع رئيس المجلس الرئاسي "
            "لحكومة الوفاق الوطني الليبية فايز السراج تناولت الأوضاع الأمنية.")
    assert reported(text, dt.date(2017, 2, 10)) == [("Fayez al-Sarraj", "Beji Caid Essebsi", "Tunis")]
    # ... and the head of the Libyan General National Congress, the state's head in 2014
    text = ("أجرى الرئيس المنصف المرزوقي صباح اليوم بقصر قرطاج مباحثات مع رئيس المؤتمر الوطني العام "
            "الليبي نوري أبو سهمين حول الوضع على الحدود.")
    assert reported(text, dt.date(2014, 5, 20)) == [("Nouri Abusahmain", "Moncef Marzouki", "Tunis")]


def test_an_unnamed_head_whose_title_stops_before_a_leader_is_still_an_unknown_partner():
    # "held a meeting with the head of the Libyan General National Congress in Tunis a day after a call
    # with President Bouteflika": the title stops at "في" (in); Bouteflika is not its holder
    text = ("عقد الرئيس المنصف المرزوقي اليوم لقاء مع رئيس المؤتمر الوطني العام الليبي في تونس "
            "بعد يوم من مكالمة مع الرئيس عبد العزيز بوتفليقة.")
    assert reported(text, dt.date(2014, 5, 20)) == []
    # ... nor past a comma or a relative pronoun: the head is unnamed, the president after it someone else
    text = "عقد الرئيس المنصف المرزوقي اليوم لقاء مع رئيس المؤتمر الوطني العام الليبي، الرئيس عبد العزيز بوتفليقة لم يحضر."
    assert reported(text, dt.date(2014, 5, 20)) == []
    text = ("عقد الرئيس المنصف المرزوقي اليوم لقاء مع رئيس المؤتمر الوطني العام الليبي الذي التقى الرئيس "
            "عبد العزيز بوتفليقة الأسبوع الماضي.")
    assert [p for p in reported(text, dt.date(2014, 5, 20)) if p[:2] == ("Abdelaziz Bouteflika", "Moncef Marzouki")] == []


def test_tanawul_opening_the_sentence_is_the_verb_of_the_meeting_it_names():
    # "the meeting that brought together today the head of government Youssef Chahed and the Algerian
    # prime minister Abdelmalek Sellal in Algiers took up bilateral cooperation"
    text = ("تناول اللقاء الذي جمع اليوم رئيس الحكومة يوسف الشاهد بالوزير الأول الجزائري عبد المالك سلال "
            "بالجزائر العاصمة التعاون الثنائي.")
    assert reported(text, dt.date(2016, 12, 3)) == [("Youssef Chahed", "Abdelmalek Sellal", "Algiers")]
    # ... after "قد" too
    text = ("وقد تناول اللقاء الذي جمع اليوم بقصر قرطاج الرئيس الباجي قائد السبسي بالرئيس الجزائري "
            "عبد العزيز بوتفليقة الوضع في ليبيا.")
    assert reported(text, dt.date(2016, 12, 3)) == [("Abdelaziz Bouteflika", "Beji Caid Essebsi", "Tunis")]


def test_tanawul_inside_the_sentence_still_makes_the_summit_a_topic():
    # "received the Algerian foreign minister today to take up the awaited summit with President
    # Bouteflika": a noun of purpose, the summit is the talks' topic, not held
    text = "استقبل الرئيس المنصف المرزوقي اليوم وزير الخارجية الجزائري لتناول القمة المرتقبة مع الرئيس عبد العزيز بوتفليقة."
    assert reported(text, dt.date(2014, 5, 20)) == []
    # "stressed that the next summit's taking up the Libyan file with President Bouteflika is needed"
    text = "أكد الرئيس المنصف المرزوقي أن تناول القمة المقبلة مع الرئيس عبد العزيز بوتفليقة للملف الليبي ضروري."
    assert reported(text, dt.date(2014, 5, 20)) == []


MALI = dt.date(2013, 2, 3)


def test_talks_with_rebels_are_no_meeting_with_the_leader_named_before():
    """"وافق الرئيس المالي على إجراء محادثات مع المتمردين" (the Malian president agreed to hold talks with the
    rebels): the talks' "مع" names a group (triggers.yaml group_partners), not the French president named
    before the comma ("تحت ضغوط الرئيس الفرنسي", under his pressure): no planned pair of the two."""
    text = ("وتحت ضغوط الرئيس الفرنسي فرانسوا هولاند، وافق الرئيس المالي ديونكوندا تراوري على إجراء "
            "محادثات مع المتمردين في الشمال.")
    assert rows(text, MALI) == []
    separatists = text.replace("المتمردين في الشمال", "الانفصاليين الطوارق")
    assert rows(separatists, MALI) == []
    # negative: talks with a leader after the same "مع" stay his
    leader = text.replace("المتمردين في الشمال", "الرئيس النيجري محمدو يوسفو")
    assert rows(leader, MALI) == [("referenced", "Dioncounda Traore", "Mahamadou Issoufou")]


def test_a_visit_told_as_news_is_not_made_a_plan_by_talks_with_militants():
    """The visit "زيارة الرئيس هولاند إلى مالي" the papers discuss today stays reported: the talks with militants
    later in the article were read before as the same pair's planned meeting, which made the visit a plan."""
    text = ("تناولت الصحف الفرنسية اليوم زيارة الرئيس فرانسوا هولاند إلى مالي، وقالت إن الاحتفالات لا تخفي "
            "المخاوف.\nوتحت ضغوط الرئيس الفرنسي، وافق الرئيس المالي ديونكوندا تراوري على إجراء محادثات مع "
            "المسلحين في الشمال.")
    assert rows(text, MALI) == [("reported", "Francois Hollande", "Dioncounda Traore")]


def test_a_group_named_elsewhere_than_right_after_the_meeting_word_is_not_its_side():
    """Negatives: rebels as the topic of the leaders' own meeting ("لبحث المفاوضات مع المتمردين"), and a leader
    who met a rebels' leader abroad ("اجتمع كير وخصمه زعيم المتمردين في أديس أبابا": his trip to Ethiopia)."""
    met = "التقى الرئيس الفرنسي فرانسوا هولاند أمس الرئيس المالي ديونكوندا تراوري في باماكو لبحث المفاوضات مع المتمردين."
    assert rows(met, MALI) == [("reported", "Francois Hollande", "Dioncounda Traore")]
    abroad = "اجتمع رئيس جنوب السودان سلفا كير أمس مع خصمه زعيم المتمردين في أديس أبابا لبحث اتفاق السلام."
    assert rows(abroad, dt.date(2018, 6, 21)) == [("reported", "Salva Kiir Mayardit", "Abiy Ahmed")]
