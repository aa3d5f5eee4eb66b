"""The leader who invited is no host when the article names another leader of his country meeting the
traveller (tasks/extract/visits/inviter.py): "بدعوة من رئيس الوزراء ..." (at the prime minister's
invitation) with "استقبل أمير الكويت ..." (the emir received him) is the emir's visit. The inviter named
alone, or met too, or the other leader met only ahead, keeps his row. Invented sentences, the whole
lexicon (extract_article), a Wednesday in 2017."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

DAY = dt.date(2017, 3, 15)
ARRIVAL = ("وصل رئيس الوزراء الأردني هاني الملقي مساء أمس إلى الكويت في زيارة رسمية تستغرق يومين، "
           "بدعوة من رئيس مجلس الوزراء الكويتي الشيخ جابر المبارك. ")
FILLER = "وتتناول الزيارة ملفات التعاون الاقتصادي والاستثمار بين البلدين. "


def rows(text, day=DAY):
    out = defaultdict(list)
    extract_article("a", text, day, out)
    return sorted((v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"] if v["kind"] == "reported")


def test_the_inviting_premier_is_no_host_when_the_emir_received_the_guest():
    text = ARRIVAL + FILLER + "واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم الملقي في قصر بيان."
    assert rows(text) == [("reported", "Hani Mulki", "Sabah Al-Ahmad Al-Jaber Al-Sabah")]


def test_an_invitation_received_from_a_premier_told_before_a_presidents_talks():
    # another phrasing ("بناء على دعوة تلقاها من", at an invitation he received from), another country and year
    text = ("وصل الرئيس التونسي الباجي قايد السبسي أمس إلى أنقرة في زيارة دولة، بناء على دعوة تلقاها من "
            "رئيس الوزراء التركي بن علي يلدريم. وعقد السبسي اليوم محادثات مع الرئيس رجب طيب أردوغان في القصر الرئاسي.")
    assert rows(text) == [("reported", "Beji Caid Essebsi", "Recep Tayyip Erdogan")]


def test_the_inviter_named_alone_stays_the_host():
    assert rows(ARRIVAL + FILLER) == [("reported", "Hani Mulki", "Jaber Al-Mubarak Al-Hamad Al-Sabah")]


def test_the_inviter_met_too_keeps_his_row():
    text = (ARRIVAL + "واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم الملقي في قصر بيان. "
            + "كما عقد الملقي جلسة مباحثات مع الشيخ جابر المبارك في مقر مجلس الوزراء.")
    assert rows(text) == [("reported", "Hani Mulki", "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
                          ("reported", "Hani Mulki", "Sabah Al-Ahmad Al-Jaber Al-Sabah")]


def test_the_other_leader_met_only_ahead_leaves_the_inviter():
    text = ARRIVAL + FILLER + "ومن المقرر أن يستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح الملقي يوم الأحد المقبل."
    assert ("reported", "Hani Mulki", "Jaber Al-Mubarak Al-Hamad Al-Sabah") in rows(text)


def test_a_leader_of_another_country_met_there_leaves_the_inviter():
    text = ARRIVAL + FILLER + "والتقى الملقي في الكويت اليوم الرئيس الفلسطيني محمود عباس الذي يزورها أيضا."
    assert ("reported", "Hani Mulki", "Jaber Al-Mubarak Al-Hamad Al-Sabah") in rows(text)


def test_the_inviter_named_again_in_the_programme_keeps_his_row():
    # "then reviews the guard of honour beside Sheikh Jaber": the text tells him receiving the guest too
    text = (ARRIVAL + "واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح اليوم الملقي في قصر بيان، "
            + "ثم استعرض الملقي حرس الشرف برفقة الشيخ جابر المبارك في مقر مجلس الوزراء.")
    assert ("reported", "Hani Mulki", "Jaber Al-Mubarak Al-Hamad Al-Sabah") in rows(text)
