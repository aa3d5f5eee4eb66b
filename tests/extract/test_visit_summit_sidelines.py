"""A leader met on a summit's sidelines (GUIDE: each bilateral told as held is a row): the
leader's own country's adjective after his title keeps the title his, not the host's.
Invented sentences."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows


def _reported(text, published=dt.date(2013, 2, 7)):
    return sorted((r["visitor"], r["host"]) for r in mention_rows(text, published) if r["kind"] == "reported")


def test_a_kosovan_prime_minister_met_on_the_sidelines_is_his_own_title():
    # "رئيس الوزراء الكوسوفي" is Kosovo's PM, not the host country's
    text = ("وعلى هامش القمة الإسلامية في القاهرة التقى الرئيس محمد مرسي اليوم مع رئيس الوزراء الكوسوفي "
            "هاشم تاتشي لبحث العلاقات بين البلدين.")
    assert _reported(text) == [("Hashim Thaçi", "Mohamed Morsi")]


def test_a_bare_prime_minister_title_after_a_kosovan_name_adds_no_host_pm():
    # the Egyptian PM is named nowhere: no row of his
    text = "واستقبل الرئيس محمد مرسي اليوم في القاهرة هاشم تاتشي، رئيس الوزراء الكوسوفي."
    assert all("Hesham Qandil" not in pair for pair in _reported(text))
    assert ("Hashim Thaçi", "Mohamed Morsi") in _reported(text)


def test_a_kosovan_minister_met_on_the_sidelines_gives_no_row():
    # a minister is no head: the Kosovan entry adds no leader of its own
    text = ("وعلى هامش القمة الإسلامية في القاهرة التقى الرئيس محمد مرسي اليوم مع وزير الخارجية الكوسوفي "
            "لبحث العلاقات بين البلدين.")
    assert _reported(text) == []


def test_an_envoy_listed_among_the_partners_met_one_by_one_vetoes_no_meeting():
    # "separate talks with each of the Kosovan PM, a vice-president and an envoy": the PM was met himself
    text = ("وأجرى الرئيس محمد مرسي اليوم مباحثات منفصلة مع كل من رئيس وزراء كوسوفو هاشم تاتشي ونائب رئيس "
            "جزر القمر ومبعوث مالي، على هامش القمة الإسلامية المنعقدة في القاهرة.")
    assert _reported(text) == [("Hashim Thaçi", "Mohamed Morsi")]


def test_the_envoy_of_a_named_leader_in_the_list_still_vetoes():
    # "... and the envoy of the Iranian president X": X acts through him, no meeting of his (nor of the list)
    text = ("وأجرى الرئيس محمد مرسي اليوم في القاهرة مباحثات منفصلة مع كل من رئيس وزراء كوسوفو هاشم تاتشي "
            "ومبعوث الرئيس الإيراني محمود أحمدي نجاد.")
    assert all("Mahmoud Ahmadinejad" not in pair for pair in _reported(text))


# a sideline meeting with no day of its own takes the day the article gives the summit it names

_OPENED = "افتتحت السبت قمة مجموعة العشرين في مدينة هانغتشو الصينية وسط إجراءات أمنية مشددة.\nوبحث الزعماء ملفات التجارة والمناخ.\n"
_G20_MONDAY = dt.date(2016, 9, 5)


def _dated(text, published):
    return [(r["visitor"], r["host"], r["city"], r["date"], r["date_precision"])
            for r in mention_rows(text, published) if r["kind"] == "reported"]


def test_a_sideline_meeting_with_no_day_takes_the_summits_day():
    text = _OPENED + "وعلى هامش قمة مجموعة العشرين، التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان."
    assert _dated(text, _G20_MONDAY) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Hangzhou", dt.date(2016, 9, 3), "day")]


def test_a_sideline_meeting_with_a_day_of_its_own_keeps_it():
    text = _OPENED + "وعلى هامش قمة مجموعة العشرين، التقى الرئيس الروسي فلاديمير بوتين الأحد نظيره التركي رجب طيب أردوغان."
    assert _dated(text, _G20_MONDAY) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Hangzhou", dt.date(2016, 9, 4), "day")]


def test_a_summit_the_article_gives_no_day_lends_none():
    text = ("انطلقت قمة مجموعة العشرين في مدينة هانغتشو الصينية.\nوبحث الزعماء ملفات التجارة والمناخ.\n"
            "وعلى هامش قمة مجموعة العشرين، التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان.")
    assert _dated(text, _G20_MONDAY) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Hangzhou", None, None)]


def test_a_bare_sideline_cue_in_a_story_of_two_summits_is_the_summit_a_later_cue_names():
    # "على هامش القمة" first (the G7 or the SCO's?), then "على هامش قمة منظمة شنغهاي" for the same pair
    text = ("قال الرئيس الأمريكي دونالد ترامب إن قمة مجموعة السبع في كندا كانت ناجحة.\n"
            "وافتتحت السبت قمة منظمة شنغهاي للتعاون في مدينة كينغداو.\n"
            "والتقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني على هامش القمة.\n"
            "وعلى هامش قمة منظمة شنغهاي للتعاون، بحث بوتين مع روحاني الاتفاق النووي.")
    assert _dated(text, dt.date(2018, 6, 10)) == [("Vladimir Putin", "Hassan Rouhani", "Qingdao", dt.date(2018, 6, 9), "day")]


def test_a_summit_day_after_publication_lends_no_day():
    # "يغادر ... الاثنين إلى قمة مجموعة العشرين" in a Sunday article: no meeting held yet has that day
    text = ("يغادر الرئيس الروسي فلاديمير بوتين الاثنين إلى الصين للمشاركة في قمة مجموعة العشرين في مدينة هانغتشو.\n"
            "وأفادت مصادر بأن بوتين التقى نظيره التركي رجب طيب أردوغان على هامش قمة مجموعة العشرين.")
    assert all(r[3] is None for r in _dated(text, dt.date(2016, 9, 4)))
