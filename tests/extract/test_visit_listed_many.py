"""A meeting of three or more leaders listed together as its subject, or one fronted before a main clause whose
subject is a plural of heads (GUIDE: a summit of many sides pairs
no two of them); two listed leaders, or a host meeting his guests, still give their rows. Invented sentences."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows


def _reported(text, published=dt.date(2019, 4, 3)):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_four_leaders_listed_before_their_meeting_noun_pair_no_two():
    text = ("وعقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل ورئيسة الوزراء البريطانية "
            "تيريزا ماي قبيل افتتاح القمة في بروكسل اجتماعا لتنسيق مواقفهم من ملف الهجرة.")
    assert _reported(text) == []


def test_three_leaders_listed_after_a_meeting_verb_pair_no_two():
    text = "والتقى إيمانويل ماكرون وأنغيلا ميركل وتيريزا ماي أمس في بروكسل لبحث ملف الهجرة."
    assert _reported(text) == []


def test_two_leaders_listed_before_their_meeting_noun_stay_a_pair():
    text = ("وعقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل اجتماعا أمس في برلين "
            "لتنسيق مواقفهما من ملف الهجرة.")
    assert _reported(text) == [("Emmanuel Macron", "Angela Merkel")]


def test_a_reception_before_a_listed_threes_summit_stays_held():
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في موسكو أمس الرئيس التركي رجب طيب أردوغان، ثم التقى بوتين "
            "وأردوغان وروحاني في قمة ثلاثية.")
    assert _reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_three_leaders_holding_a_meeting_past_a_comma_pair_no_two():
    text = ("وعقد إيمانويل ماكرون وأنغيلا ميركل وتيريزا ماي، على هامش القمة في بروكسل، اجتماعا لتنسيق "
            "مواقفهم من ملف الهجرة.")
    assert _reported(text) == []


def test_a_host_receiving_after_a_comma_past_a_list_is_still_his():
    text = ("تحدث إيمانويل ماكرون وأنغيلا ميركل وتيريزا ماي عن الهجرة، واستقبل ماكرون بعد ذلك ميركل في باريس.")
    assert ("Angela Merkel", "Emmanuel Macron") in _reported(text)


def test_a_meeting_fronted_before_the_eu_leaders_main_clause_is_theirs():
    # the meeting with May belongs to the leaders who then issued the statement, not to the PM quoted before
    text = ("قال رئيس الوزراء الإيرلندي ليو فارادكار إن الاتحاد سيستدعي سفيره. وبعد الاجتماع مع رئيسة الوزراء "
            "البريطانية تيريزا ماي، مساء الخميس، أصدر زعماء الاتحاد الأوروبي بيانا أكدوا فيه تضامنهم.")
    assert _reported(text, dt.date(2019, 3, 29)) == []


def test_a_meeting_fronted_before_a_named_leaders_main_clause_stays_his():
    text = ("قال رئيس الوزراء الإيرلندي ليو فارادكار إن الاتحاد سيستدعي سفيره. وبعد الاجتماع مع رئيسة الوزراء "
            "البريطانية تيريزا ماي، مساء الخميس، أصدر فارادكار بيانا أكد فيه تضامنه.")
    assert _reported(text, dt.date(2019, 3, 29)) == [("Leo Varadkar", "Theresa May")]
