"""A handshake between two leaders (triggers.yaml handshake_past, handshake_noun): "صافح" (shook hands with),
"مصافحة" (a handshake) tells the two stood face to face, a meeting in person, as at a summit's opening; one that
is refused, wished for or only shown in an old photo is none. Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2013, 2, 6)


def rows(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return sorted((r["kind"], r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"])


def test_the_host_shaking_a_guests_hand_before_the_summit_opens_is_their_meeting():
    # "Morsi shook hands with his Iranian counterpart today, Wednesday, before the opening of the summit in Cairo"
    text = "صافح الرئيس المصري محمد مرسي نظيره الإيراني محمود أحمدي نجاد اليوم الأربعاء قبل افتتاح القمة الإسلامية في القاهرة."
    assert rows(text) == [("reported", "Mahmoud Ahmadinejad", "Mohamed Morsi", "Cairo", "2013-02-06")]


def test_a_handshake_noun_of_two_leaders_at_a_summit_abroad_pairs_them():
    # "Trump and Merkel exchanged a cold handshake in Brussels on Wednesday on the sidelines of the NATO summit"
    text = "تبادل الرئيس الأمريكي دونالد ترامب والمستشارة الألمانية أنغيلا ميركل مصافحة باردة في بروكسل الأربعاء " \
           "على هامش قمة حلف الأطلسي."
    assert rows(text, dt.date(2018, 7, 11)) == [("reported", "Donald Trump", "Angela Merkel", "Brussels", "2018-07-11")]


def test_a_handshake_refused_or_only_wished_for_is_no_meeting():
    # "Rouhani refused to shake Trump's hand"; "Trump said he is ready to shake Putin's hand if they meet"
    assert rows("رفض الرئيس الإيراني حسن روحاني مصافحة الرئيس الأمريكي دونالد ترامب.", dt.date(2018, 7, 11)) == []
    assert rows("أعلن الرئيس الأمريكي دونالد ترامب أنه مستعد لمصافحة الرئيس الروسي فلاديمير بوتين إذا التقيا.",
                dt.date(2018, 7, 11)) == []


def test_a_handshake_in_an_old_photo_is_no_meeting_of_the_day():
    # "the paper ran an old photo of Sadat shaking the hand of Israel's prime minister Begin in 1978"
    text = "ونشرت الصحيفة صورة قديمة للرئيس السادات وهو يصافح رئيس الوزراء الإسرائيلي مناحيم بيغن عام 1978."
    assert [r for r in rows(text, dt.date(2018, 7, 11)) if r[0] == "reported"] == []


def test_a_bare_handshake_told_with_no_summit_or_arrival_is_no_meeting():
    # "Macron shook hands with the Algerian president in a warm way" (recalled in a column, no frame of the day)
    text = "صافح الرئيس الفرنسي إيمانويل ماكرون الرئيس الجزائري عبد العزيز بوتفليقة بحرارة في قصر المرادية."
    assert rows(text, dt.date(2018, 5, 20)) == []


def test_a_summit_framed_handshake_told_as_past_background_is_no_meeting():
    # "Morsi had shaken hands with Ahmadinejad before the opening of the summit at the time"
    text = "وكان الرئيس المصري محمد مرسي قد صافح نظيره الإيراني محمود أحمدي نجاد قبيل افتتاح القمة الإسلامية في القاهرة."
    assert [r for r in rows(text) if r[0] == "reported"] == []


def test_a_handshake_on_arrival_pairs_the_host_and_the_arriving_guest():
    # "Netanyahu shook hands with President Obama on his arrival at Ben Gurion airport today"
    text = "صافح رئيس الوزراء الإسرائيلي بنيامين نتنياهو الرئيس الأمريكي باراك أوباما لدى وصوله إلى مطار بن غوريون اليوم الأربعاء."
    got = rows(text, dt.date(2013, 3, 20))
    assert [(r[1], r[2], r[4]) for r in got if r[0] == "reported"] == [("Barack Obama", "Benjamin Netanyahu", "2013-03-20")]


def test_a_refused_handshake_at_the_summit_is_no_meeting():
    # "Trump refused to shake Merkel's hand before the session began"
    text = "رفض الرئيس الأمريكي دونالد ترامب مصافحة المستشارة الألمانية أنغيلا ميركل قبل بدء الجلسة في بروكسل اليوم."
    assert rows(text, dt.date(2018, 7, 11)) == []


def test_a_handshake_told_after_and_before_the_session_began_with_wa_glued_pairs_them():
    # "the opening session was held today, and before the session began Morsi shook his Iranian counterpart's hand"
    text = "عقدت اليوم الجلسة الافتتاحية للقمة الإسلامية في القاهرة، وقبل بدء الجلسة صافح الرئيس المصري محمد مرسي " \
           "نظيره الإيراني محمود أحمدي نجاد."
    assert [(r[1], r[2]) for r in rows(text) if r[0] == "reported"] == [("Mahmoud Ahmadinejad", "Mohamed Morsi")]


def test_a_handshake_only_wished_for_on_an_arrival_is_no_meeting():
    # "Maduro voiced his wish to shake Trump's hand on his arrival in Lima"
    text = "أعرب الرئيس الفنزويلي نيكولاس مادورو عن رغبته في مصافحة الرئيس الأمريكي دونالد ترامب لدى وصوله إلى ليما."
    # Trump's own arrival in Lima is another rule's row (Peru's president by office); no pair with Maduro
    assert [r for r in rows(text, dt.date(2018, 2, 15)) if "Nicolas Maduro" in r[1:3]] == []
