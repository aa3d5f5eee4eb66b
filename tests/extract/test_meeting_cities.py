"""A meeting in a capital or summit town the gazetteer gained in session 30 gets that city, and
the host is the leader of its country; words spelt like a left-out city give no city.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visits_detect import reported  # noqa: E402

D = dt.date(2024, 5, 10)


def test_a_summit_town_is_the_city_and_its_country_s_leader_the_host():
    text = "التقى الرئيس الصيني شي جين بينغ الرئيس الفرنسي إيمانويل ماكرون في مدينة نيس يوم الجمعة وبحثا العلاقات."
    assert reported(text, D) == [("Xi Jinping", "Emmanuel Macron", "Nice")]
    text = "التقى الرئيس الأمريكي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون في بياريتز على هامش قمة مجموعة السبع."
    assert reported(text, dt.date(2019, 8, 25)) == [("Donald Trump", "Emmanuel Macron", "Biarritz")]
    text = "وصل رئيس الوزراء الهندي ناريندرا مودي إلى تيانجين الأحد حيث التقى الرئيس الصيني شي جين بينغ."
    assert reported(text, dt.date(2025, 8, 31)) == [("Narendra Modi", "Xi Jinping", "Tianjin")]


def test_a_capital_the_country_list_lacked_and_the_capital_named_after_its_noun():
    text = "وصل الرئيس التشادي محمد إدريس ديبي إلى بانغي في زيارة رسمية التقى خلالها الرئيس فوستان أرشانج تواديرا."
    assert reported(text, dt.date(2022, 6, 20)) == [("Mahamat Deby", "Faustin-Archange Touadera", "Bangui")]
    text = "استقبل الرئيس التونسي قيس سعيد الرئيس الجزائري عبد المجيد تبون في العاصمة تونس اليوم."
    assert reported(text, D) == [("Abdelmadjid Tebboune", "Kais Saied", "Tunis")]
    text = "استقبل الرئيس عبد الفتاح السيسي الرئيس الإماراتي محمد بن زايد في العين السخنة اليوم."
    assert reported(text, D) == [("Mohamed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi", "Ain Sokhna")]


def test_words_spelt_like_left_out_cities_give_no_city():
    # بون "a gap", مشهد "a scene", كيف "how": Bonn, Mashhad and Kyiv stay out of the gazetteer
    text = "استقبل الرئيس عبد الفتاح السيسي الرئيس الإماراتي محمد بن زايد اليوم، وقال إن البون شاسع في مشهد المنطقة."
    assert reported(text, D) == [("Mohamed bin Zayed Al Nahyan", "Abdel Fattah el-Sisi", None)]
    # a football club named beside a meeting in a palace: the palace's city stands
    text = "استقبل الرئيس الفرنسي إيمانويل ماكرون الرئيس الأمريكي جو بايدن في قصر الإليزيه بعد فوز نادي برشلونة."
    assert reported(text, D) == [("Joe Biden", "Emmanuel Macron", "Paris")]


def test_the_chequers_spelling_with_ya_is_the_country_house():
    text = "استقبلت رئيسة الوزراء البريطانية تيريزا ماي الرئيس الأمريكي دونالد ترامب في تشيكيرز يوم الجمعة."
    assert reported(text, dt.date(2018, 7, 13)) == [("Donald Trump", "Theresa May", "Chequers")]


def test_a_guest_received_at_andrews_air_base_is_in_washington():
    """"احتفال استقباله بقاعدة أندروز الجوية" (the ceremony receiving him at Andrews Air Force Base,
    where Washington's guests land): the venue is Washington's, its leader the host; St Andrews, the
    Scottish university town, is no venue."""
    day = dt.date(2018, 4, 23)
    text = "تحدث الرئيس الفرنسي إيمانويل ماكرون في نهاية احتفال استقباله بقاعدة أندروز الجوية، وقال إن الزيارة مهمة."
    assert reported(text, day) == [("Emmanuel Macron", "Donald Trump", "Washington")]
    text = "هبطت طائرة الرئيس الفرنسي إيمانويل ماكرون الاثنين في قاعدة أندروز المشتركة، حيث يبدأ زيارة دولة."
    assert reported(text, day) == [("Emmanuel Macron", "Donald Trump", "Washington")]
    text = "تحدث الرئيس الفرنسي إيمانويل ماكرون في جامعة سانت أندروز الاسكتلندية، وقال إن الزيارة مهمة."
    assert reported(text, day) == []


def test_palm_beach_and_the_resort_spelt_without_its_middle_syllable():
    # the Florida town of the US president's resort ("arrived in Palm Beach to meet President Trump"), and the
    # resort as "مار لاغو": the meeting is in Palm Beach, hosted by the US president
    text = "ووصل رئيس الوزراء الياباني شينزو آبي إلى بالم بيتش مساء الثلاثاء للقاء الرئيس الأمريكي دونالد ترامب."
    assert reported(text, dt.date(2018, 4, 17)) == [("Shinzo Abe", "Donald Trump", "Palm Beach")]
    text = "التقى الرئيس الأمريكي دونالد ترامب رئيس الوزراء الياباني شينزو آبي في منتجع مار لاغو الثلاثاء."
    assert reported(text, dt.date(2018, 4, 17)) == [("Shinzo Abe", "Donald Trump", "Palm Beach")]
