"""Gender agreement (visits.agreement): a feminine verb or "ها" (her) is no man's, a woman
leader's is hers. Invented sentences, the real lexicon (people.yaml `female`)."""
import pytest

from tests.extract.test_visits_detect import mention_rows, reported


@pytest.mark.parametrize("text", [
    # "the French aid will arrive (wa-sa-tasil, feminine) at Moscow airport tomorrow, after an
    # agreement between the French president Macron and his Russian counterpart Putin"
    "وستصل المساعدات الفرنسية إلى مطار موسكو غدا بعد اتفاق بين الرئيس الفرنسي إيمانويل ماكرون "
    "ونظيره الروسي فلاديمير بوتين.",
    # "the seven states met (ijtama'at, feminine) in Canada today, with the US president Trump
    # and the Canadian prime minister Trudeau present"
    "واجتمعت الدول السبع في كندا اليوم بحضور الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الكندي جاستن ترودو.",
    # "the Greek island hosted (istadafat, feminine) the trilateral summit between el-Sisi and
    # Anastasiades": the island hosted, neither president
    "واستضافت الجزيرة اليونانية أمس القمة الثلاثية بين الرئيس المصري عبد الفتاح السيسي "
    "والرئيس القبرصي نيكوس أناستاسيادس.",
])
def test_a_feminine_verb_binds_no_man_as_its_subject(text):
    assert mention_rows(text) == []


def test_her_visit_is_the_woman_leaders_though_a_man_is_named_after_her():
    # "May told President Trump during her visit (ziyaratiha) to Washington today": hers, not his
    text = ("وقالت رئيسة الوزراء البريطانية تيريزا ماي للرئيس الأمريكي دونالد ترامب خلال زيارتها "
            "إلى واشنطن اليوم إن العلاقات قوية.")
    assert reported(text) == [("Theresa May", "Donald Trump", "Washington")]


@pytest.mark.parametrize("text, row", [
    # a woman leader's feminine verbs stay hers: she arrived, met, received, receives
    ("وصلت المستشارة الألمانية أنغيلا ميركل إلى موسكو اليوم حيث يستقبلها الرئيس فلاديمير بوتين.",
     ("Angela Merkel", "Vladimir Putin", "Moscow")),
    ("والتقت المستشارة الألمانية أنغيلا ميركل الرئيس الفرنسي إيمانويل ماكرون في برلين اليوم.",
     ("Emmanuel Macron", "Angela Merkel", "Berlin")),
    ("واستقبلت رئيسة الوزراء البريطانية تيريزا ماي الرئيس الفرنسي إيمانويل ماكرون في لندن اليوم.",
     ("Emmanuel Macron", "Theresa May", "London")),
    ("وتستقبل المستشارة الألمانية أنغيلا ميركل اليوم الرئيس الفرنسي إيمانويل ماكرون في برلين.",
     ("Emmanuel Macron", "Angela Merkel", "Berlin")),
    # a plane (feminine) named right before the man brings him: "the North Korean leader's own
    # plane arrived", "President Erdogan's plane arrived"
    ("وذكرت الصحيفة أن طائرة الزعيم الكوري الشمالي، كيم جونغ أون، الخاصة وصلت إلى مطار بكين اليوم "
     "للقاء الرئيس الصيني شي جين بينغ.", ("Kim Jong-un", "Xi Jinping", "Beijing")),
    ("وصلت طائرة الرئيس التركي رجب طيب أردوغان إلى مطار موسكو اليوم.",
     ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")),
])
def test_a_woman_leaders_feminine_verb_and_a_mans_plane_keep_their_rows(text, row):
    assert reported(text) == [row]


@pytest.mark.parametrize("pid", ["theresa_may", "angela_merkel", "kamala_harris", "sheikh_hasina", "jacinda_ardern"])
def test_the_lexicon_knows_its_women_as_no_men(pid):
    # a feminine verb may have any of them for subject (people.yaml `female: true`)
    from tasks.extract.visits.agreement import is_woman
    from tests.builders import M
    assert is_woman(M(pid, "person", pid, "", -1, -1))
