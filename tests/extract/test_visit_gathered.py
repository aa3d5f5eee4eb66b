"""A meeting told verb first, "جمع لقاء ... X بـ Y" (a meeting brought X together with Y): the leaders after
the meeting word are its sides; the singular "محادثة" (conversation) is no meeting word. Invented sentences."""
import datetime as dt

from tests.extract.test_visits_detect import reported

DAY = dt.date(2015, 6, 8)  # a Monday
PAIR = [("Abdelaziz Bouteflika", "Beji Caid Essebsi", "Tunis")]


def test_a_gathering_verb_before_the_meeting_word_binds_the_leaders_after_it():
    """"جمعت جلسة عمل اليوم بقصر قرطاج X بالرئيس Y" (a working session brought X together with Y
    today at Carthage Palace): the day and the palace between do not cut the leaders off."""
    assert reported("جمعت جلسة عمل اليوم الاثنين بقصر قرطاج رئيس الجمهورية الباجي قائد السبسي "
                    "بالرئيس الجزائري عبد العزيز بوتفليقة.", DAY) == PAIR
    assert reported("وجمع لقاء صباح اليوم بقصر قرطاج رئيس الجمهورية الباجي قائد السبسي "
                    "والرئيس الجزائري عبد العزيز بوتفليقة.", DAY) == PAIR


def test_a_gathering_verb_before_a_ministers_meeting_or_a_future_one_gives_no_pair():
    # the president met the Algerian foreign minister; a meeting that "يجمع ... غدا" (will bring together tomorrow)
    assert reported("جمع لقاء اليوم الاثنين بقصر قرطاج رئيس الجمهورية الباجي قائد السبسي بوزير "
                    "الخارجية الجزائري رمطان لعمامرة.", DAY) == []
    assert reported("يجمع لقاء غدا الثلاثاء بقصر قرطاج رئيس الجمهورية الباجي قائد السبسي بالرئيس "
                    "الجزائري عبد العزيز بوتفليقة.", DAY) == []


def test_that_conversation_after_a_phone_call_is_no_meeting():
    """"بيانا حول تلك المحادثة" (a statement on that conversation) after a phone call:
    the singular "محادثة" is no meeting word (triggers.yaml meet_noun), so no visit is held."""
    assert reported("اتصل الرئيس الأمريكي باراك أوباما بالرئيس المصري محمد مرسي أمس. وأصدر البيت الأبيض في "
                    "واشنطن بيانا حول تلك المحادثة بين أوباما ومرسي.", dt.date(2013, 3, 4)) == []


def test_the_singular_talks_by_phone_or_with_a_minister_give_no_pair():
    assert reported("أكد الرئيس الجزائري عبد العزيز بوتفليقة اثر المحادثة الهاتفية التي جمعته اليوم "
                    "برئيس الجمهورية الباجي قائد السبسي دعم بلاده لتونس.", DAY) == []
    assert reported("أكد وزير الخارجية الطيب البكوش اثر المحادثة التي جمعته اليوم برئيس الجمهورية "
                    "الباجي قائد السبسي بقصر قرطاج دعم بلاده للجزائر.", DAY) == []
