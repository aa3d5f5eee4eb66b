"""A leader's own public act held in another country (visits.public_act, read by visits.abroad_meeting): a
press conference he held or a speech he gave there, his name right before it and its place right after it,
is his visit to that country, hosted by its head by office. Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402
# the same reader as a meeting abroad's tests: an act abroad is read by visits.abroad_meeting too
from tests.extract.test_visit_met_abroad import DAY, reported  # noqa: E402


def test_public_act_a_press_conference_he_held_in_a_foreign_capital_is_a_trip_there():
    text = "وقال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم بمقر إقامته في باريس إن بلاده متمسكة بالاتفاق النووي."
    assert reported(text) == [("Hassan Rouhani", "Emmanuel Macron", "Paris", DAY)]


def test_public_act_a_speech_he_was_giving_at_a_hall_in_a_foreign_city():
    text = "وقال الرئيس التركي رجب طيب أردوغان، خلال إلقاء كلمته في قاعة المؤتمرات بالقاهرة مساء أمس الجمعة، إن البلدين شريكان."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", dt.date(2019, 6, 28))]


def test_public_act_a_speech_she_gave_at_a_venue_told_with_bi():
    text = "وأكدت المستشارة الألمانية أنجيلا ميركل في كلمة ألقتها بقصر المؤتمرات في باريس أن أوروبا موحدة."
    assert reported(text) == [("Angela Merkel", "Emmanuel Macron", "Paris", None)]


def test_public_act_not_in_his_own_capital():
    text = "وقال الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي عقده اليوم في أنقرة إن بلاده لن تتراجع."
    assert reported(text) == []


def test_public_act_not_a_city_his_speech_was_about():
    text = "وقال الرئيس الإيراني حسن روحاني في كلمة ألقاها اليوم حول الأوضاع في القاهرة إن المنطقة تمر بمرحلة صعبة."
    assert reported(text) == []


def test_public_act_not_the_agencys_dateline():
    text = "القاهرة - قال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم إن بلاده متمسكة بالاتفاق النووي."
    assert reported(text) == []


def test_public_act_not_his_spokesmans():
    text = "وقال المتحدث باسم الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم في باريس إن بلاده متمسكة بالاتفاق."
    assert reported(text) == []


def test_public_act_not_a_place_in_what_he_said():
    text = "وقال الرئيس الإيراني حسن روحاني في مؤتمر صحفي عقده اليوم إن وفدا إيرانيا سيزور القاهرة قريبا."
    assert reported(text) == []


def test_public_act_not_a_speech_he_will_give():
    text = "وقال مسؤول إيراني إن الرئيس حسن روحاني سيلقي كلمة في باريس الأسبوع المقبل."
    assert reported(text) == []


def test_public_act_not_the_country_a_conference_was_held_for():
    text = ("وقال الرئيس التركي رجب طيب أردوغان في كلمة ألقاها في المؤتمر الدولي للمانحين لدعم الوضع الإنساني"
            " في سوريا إن بلاده تدعم اللاجئين.")
    assert reported(text) == []


# A meeting a leader holds, told as a noun with its verb and his name after it (triggers.yaml held_meeting:
# "اللقاء الذي عقده X"), with no leader for its partner, at a place of another country: his trip there.
def test_held_meeting_with_his_community_in_a_foreign_capital_is_a_trip_there():
    text = ("قال رئيس الجمعية إن اللقاء الذي عقده الرئيس التركي رجب طيب أردوغان أمس مع ممثلي الجالية التركية في برلين"
            " تناول أوضاع المهاجرين.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", dt.date(2019, 6, 28))]


def test_held_meeting_today_an_invitation_to_attend_it_is_the_partys_not_his():
    text = ("أكد رئيس حزب الوسط أن حزبه تلقى دعوة لحضور اللقاء الذي يعقده الرئيس الإيراني حسن روحاني مساء اليوم"
            " مع عدد من رؤساء الأحزاب في القاهرة.")
    assert reported(text) == [("Hassan Rouhani", "Abdel Fattah el-Sisi", "Cairo", DAY)]


def test_held_meeting_a_third_countrys_leader_named_after_it_is_no_partner_of_his():
    text = ("أكد رئيس حزب الوسط أن حزبه تلقى دعوة لحضور اللقاء الذي يعقده الرئيس الإيراني حسن روحاني مساء اليوم"
            " مع عدد من رؤساء الأحزاب في القاهرة.\nوأضاف أن الحزب يرفض دعم الرئيس الإيراني للرئيس السوري بشار الأسد.")
    assert reported(text) == [("Hassan Rouhani", "Abdel Fattah el-Sisi", "Cairo", DAY)]


def test_held_meeting_not_in_his_own_capital():
    text = "قال رئيس الجمعية إن اللقاء الذي عقده الرئيس التركي رجب طيب أردوغان أمس مع ممثلي الأحزاب في أنقرة تناول الانتخابات."
    assert reported(text) == []


def test_held_meeting_not_one_he_will_hold():
    text = ("أكد رئيس حزب الوسط أن اللقاء الذي سيعقده الرئيس الإيراني حسن روحاني مع عدد من رؤساء الأحزاب في القاهرة"
            " لم يتحدد موعده.")
    assert reported(text) == []


def test_held_meeting_not_a_present_one_told_without_today():
    text = "أكد رئيس حزب الوسط أن اللقاء الذي يعقده الرئيس الإيراني حسن روحاني مع عدد من رؤساء الأحزاب في القاهرة مهم."
    assert reported(text) == []


def test_held_meeting_not_the_country_its_topic_is_in():
    text = "قال مصدر إن الاجتماع الذي عقده الرئيس التركي رجب طيب أردوغان أمس مع وزرائه لبحث الأوضاع في سوريا كان مثمرا."
    assert reported(text) == []


def test_held_meeting_not_a_ministers_with_a_leader_named_after_its_with():
    text = ("أجرى وزير الخارجية الأمريكي مباحثات مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس أمس، بعد اجتماع"
            " عقده مع الرئيس الفلسطيني محمود عباس بالأردن.")
    assert reported(text) == []


def test_held_meeting_not_one_still_ahead_that_others_will_attend():
    text = ("أكد رئيس حزب الوسط أن الرئيس الإيراني حسن روحاني دعا حزبه لحضور اللقاء الذي يعقده روحاني مساء اليوم"
            " مع عدد من الأحزاب في القاهرة، وأنهم سيشاركون في اللقاء.")
    assert reported(text) == []


def test_held_meeting_with_a_leader_is_their_meeting_once():
    text = ("قال مصدر إن اللقاء الذي عقده الرئيس التركي رجب طيب أردوغان أمس مع المستشارة الألمانية أنجيلا ميركل في برلين"
            " كان مثمرا.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", dt.date(2019, 6, 28))]


# An act held "in the presence of" (بحضور) or "under the auspices of" (تحت رعاية) a leader of another country
# (public_act.presence_sides): the act's place says who travelled.
WED = dt.date(2018, 6, 20)  # a Wednesday


def test_presence_a_foreign_leader_signs_in_the_capital_of_the_leader_present():
    text = ("وقع الرئيس الأوغندي يوري موسيفيني الثلاثاء مذكرة تفاهم للتعاون الزراعي في العاصمة السودانية الخرطوم"
            " بحضور الرئيس السوداني عمر البشير.")
    assert reported(text, WED) == [("Yoweri Museveni", "Omar al-Bashir", "Khartoum", dt.date(2018, 6, 19))]


def test_presence_in_the_owners_own_capital_the_one_present_is_the_guest():
    text = "دشن الرئيس المصري عبد الفتاح السيسي أمس في القاهرة محطة كهرباء جديدة بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Omar al-Bashir", "Abdel Fattah el-Sisi", "Cairo", dt.date(2018, 6, 19))]


def test_presence_talks_under_the_auspices_of_the_host():
    text = "أجرى رئيس جنوب السودان سلفا كير محادثات مع معارضيه الاثنين بالخرطوم تحت رعاية الرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Salva Kiir Mayardit", "Omar al-Bashir", "Khartoum", dt.date(2018, 6, 18))]


def test_presence_a_prime_minister_present_his_title_is_no_official():
    text = ("وقال الرئيس الروسي فلاديمير بوتين في خطاب أمام منتدى اقتصادي في سان بطرسبورغ الجمعة بحضور رئيس الوزراء"
            " الياباني شينزو آبي إن التعاون يتقدم.")
    assert reported(text, dt.date(2018, 5, 26)) == [("Shinzo Abe", "Vladimir Putin", "Saint Petersburg", dt.date(2018, 5, 25))]


def test_presence_prime_minister_of_a_country_titled_by_its_name():
    text = ("وقال الرئيس الروسي فلاديمير بوتين في خطاب أمام منتدى اقتصادي في سان بطرسبورغ الجمعة بحضور رئيس وزراء"
            " اليابان شينزو آبي إن التعاون يتقدم.")
    assert reported(text, dt.date(2018, 5, 26)) == [("Shinzo Abe", "Vladimir Putin", "Saint Petersburg", dt.date(2018, 5, 25))]


def test_presence_not_at_a_summit_many_heads_attended():
    text = ("وأضاف أن القمة عقدت في العاصمة الإثيوبية أديس أبابا وشارك فيها رئيس الوزراء الإثيوبي هايلي ماريام ديسالين"
            " والرؤساء الآخرون بحضور الرئيس الأمريكي باراك أوباما.")
    assert reported(text, dt.date(2015, 8, 1)) == []


def test_presence_not_a_speech_before_the_gathered_leaders():
    text = ("ألقى العاهل الأردني الملك عبد الله الثاني كلمة أمام القادة العرب في شرم الشيخ بحضور الرئيس المصري"
            " عبد الفتاح السيسي.")
    assert reported(text, dt.date(2015, 3, 29)) == []


def test_presence_not_a_minister_present():
    text = ("وقع الرئيس الأوغندي يوري موسيفيني الثلاثاء مذكرة تفاهم في العاصمة السودانية الخرطوم بحضور وزير الخارجية"
            " السوداني الدرديري محمد أحمد.")
    assert reported(text, WED) == []


def test_presence_not_a_leader_attending_at_home():
    text = "دشن الرئيس المصري عبد الفتاح السيسي أمس في القاهرة محطة كهرباء جديدة بحضور رئيس الوزراء المصري مصطفى مدبولي."
    assert reported(text, WED) == []


def test_presence_not_the_prime_minister_attending_his_own_heads_reception():
    text = "استقبل الرئيس محمد مرسي اليوم في القاهرة رئيس وزراء ليبيا علي زيدان بحضور رئيس الوزراء هشام قنديل."
    assert [r[:2] for r in reported(text, dt.date(2013, 3, 7))] == [("Ali Zeidan", "Mohamed Morsi")]


def test_presence_not_in_a_third_country():
    text = "وقع الرئيس الأوغندي يوري موسيفيني الثلاثاء مذكرة تفاهم في أديس أبابا بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


# With no place told the two met all the same; who travelled is a guess: the one present, the act's guest.
def test_presence_without_a_place_is_still_their_meeting():
    text = "وقع الرئيس الأوغندي يوري موسيفيني الثلاثاء مذكرة تفاهم للتعاون الزراعي بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Omar al-Bashir", "Yoweri Museveni", None, dt.date(2018, 6, 19))]


def test_presence_without_a_place_a_speech_in_his_counterparts_presence():
    text = "وقال رئيس الوزراء اليوناني أليكسيس تسيبراس في كلمة ألقاها الأحد في حضور نظيره البلغاري بويكو بوريسوف إن الحوار مثمر."
    assert reported(text, dt.date(2018, 6, 18)) == [("Boyko Borisov", "Alexis Tsipras", None, dt.date(2018, 6, 17))]


def test_presence_without_a_place_not_a_minister_present():
    text = "وقع الرئيس الأوغندي يوري موسيفيني الثلاثاء مذكرة تفاهم للتعاون الزراعي بحضور وزير الخارجية السوداني."
    assert reported(text, WED) == []


def test_presence_without_a_place_not_a_leader_of_his_own_country():
    text = "دشن الرئيس المصري عبد الفتاح السيسي أمس محطة كهرباء جديدة بحضور رئيس الوزراء المصري مصطفى مدبولي."
    assert reported(text, WED) == []


def test_presence_without_a_place_not_a_speakers_report_of_the_act():
    text = "قال الرئيس الأوغندي يوري موسيفيني إن المذكرة وقعت بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


def test_presence_without_a_place_not_under_a_leaders_auspices():
    # "برعاية" (under the auspices of) does not say he attended: no place, no meeting with him
    text = "وقع رئيس جنوب السودان سلفا كير الاثنين اتفاقا للسلام برعاية الرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


def test_presence_without_a_place_a_planned_act_is_no_reported_visit():
    text = "ومن المقرر أن يوقع الرئيس الأوغندي يوري موسيفيني الأسبوع المقبل مذكرة تفاهم بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


def test_presence_not_a_speakers_report_of_the_act():
    text = "قال الرئيس الأوغندي يوري موسيفيني إن المذكرة وقعت في الخرطوم بحضور الرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


def test_presence_a_planned_act_is_no_reported_visit():
    text = ("ومن المقرر أن يوقع الرئيس الأوغندي يوري موسيفيني الأسبوع المقبل مذكرة تفاهم في الخرطوم"
            " بحضور الرئيس السوداني عمر البشير.")
    assert reported(text, WED) == []
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [WED]}))["visit_mentions"]
    assert [(r["visitor"], r["host"], r["planned"]) for r in out.iter_rows(named=True)] \
        == [("Yoweri Museveni", "Omar al-Bashir", True)]


def test_public_act_taking_part_in_a_forum_held_in_a_foreign_city_is_a_trip_there():
    text = "وأكد الرئيس التركي رجب طيب أردوغان، خلال مشاركته في منتدى الأعمال بباريس، أن التجارة بين البلدين تنمو."
    assert reported(text) == [("Recep Tayyip Erdogan", "Emmanuel Macron", "Paris", None)]


def test_public_act_taking_part_in_a_summit_abroad_is_the_summits_not_a_trip():
    text = "وأكد الرئيس المصري عبد الفتاح السيسي، خلال مشاركته في القمة الأفريقية بأديس أبابا، أن القارة تحتاج الاستثمار."
    assert reported(text) == []


def test_public_act_taking_part_in_a_forum_at_home_is_no_trip():
    text = "وأكد الرئيس المصري عبد الفتاح السيسي، خلال مشاركته في منتدى الشباب بشرم الشيخ، أن مصر تحتاج الاستثمار."
    assert reported(text) == []


def test_public_act_a_ministers_part_in_a_forum_abroad_is_no_leaders_trip():
    text = "وأكد وزير الخارجية التركي، خلال مشاركته في منتدى الأعمال بباريس، أن التجارة بين البلدين تنمو."
    assert reported(text) == []


# A verb-first act (triggers.yaml own_act_verb, public_act.verb_owner): the leader its subject right after the verb,
# its place in another country past its object, a li- genitive ("للمنتدى") or a quoted name on the way.
def test_verb_act_taking_part_today_in_a_forums_work_in_a_quoted_foreign_city():
    text = ('يشارك رئيس الحكومة التونسية يوسف الشاهد اليوم السبت في أشغال الدورة الثانية للمنتدى الدولي للسلام'
            ' بـ "باريس" على رأس وفد رسمي.')
    assert reported(text) == [("Youssef Chahed", "Emmanuel Macron", "Paris", DAY)]


def test_verb_act_friday_prayer_at_a_mosque_in_a_foreign_capital():
    text = "صلى الرئيس التركي رجب طيب أردوغان الجمعة في مسجد الحسين بالقاهرة وسط إجراءات أمنية مشددة."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo", dt.date(2019, 6, 28))]


def test_verb_act_opening_a_mosque_in_a_foreign_capital():
    text = "افتتح الرئيس التركي رجب طيب أردوغان أمس مسجدا كبيرا في العاصمة الألمانية برلين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", dt.date(2019, 6, 28))]


def test_verb_act_not_at_home():
    text = "افتتح الرئيس المصري عبد الفتاح السيسي أمس مسجدا كبيرا في الإسكندرية."
    assert reported(text) == []


def test_verb_act_not_a_summit_abroad():
    text = "شارك الرئيس المصري عبد الفتاح السيسي أمس في أشغال القمة الأفريقية بأديس أبابا."
    assert reported(text) == []


def test_verb_act_not_a_ministers():
    text = "شارك وزير الخارجية المصري سامح شكري أمس في أشغال منتدى الأعمال بباريس."
    assert reported(text) == []


@pytest.mark.parametrize("text", [
    "ومن المقرر أن يشارك الرئيس المصري عبد الفتاح السيسي في أشغال منتدى الأعمال بباريس.",
    "سيشارك الرئيس المصري عبد الفتاح السيسي في أشغال منتدى الأعمال بباريس.",
    "يشارك الرئيس المصري عبد الفتاح السيسي في أشغال منتدى الأعمال بباريس الأسبوع المقبل.",
    "لم يحضر الرئيس المصري عبد الفتاح السيسي حفل التنصيب في العاصمة المكسيكية مكسيكو.",
])
def test_verb_act_not_a_planned_nor_a_missed_act(text):
    assert reported(text) == []


def test_verb_act_not_by_video():
    text = "شارك الرئيس المصري عبد الفتاح السيسي أمس عبر الفيديو في أشغال منتدى الأعمال بباريس."
    assert reported(text) == []


def test_verb_act_not_a_speech_before_the_leaders_of_a_gathering():
    text = "ألقى الرئيس التركي رجب طيب أردوغان كلمة أمام القادة العرب في القاهرة."
    assert reported(text) == []


def test_verb_act_not_a_leader_its_object_after_li():
    text = "وأدى خدمات مهمة للرئيس الأمريكي باراك أوباما في باكستان وأفغانستان."
    assert reported(text) == []
def test_public_act_speaking_in_a_foreign_capital_is_a_trip_there():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي، متحدثا في باريس في اليوم الثاني من جولته الأوروبية، إن بلاده تريد شراكة أوسع."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris", None)]


def test_public_act_a_bare_press_conference_in_a_foreign_capital_is_a_trip_there():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي بالعاصمة الفرنسية باريس إن بلاده تريد شراكة أوسع."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris", None)]


def test_public_act_telling_reporters_in_a_foreign_capital_is_a_trip_there():
    text = "وصرح رئيس الوزراء الهندي ناريندرا مودي للصحفيين في باريس خلال جولته الأوروبية بأن بلاده تريد شراكة أوسع."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris", None)]


def test_public_act_not_speaking_at_home():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي، متحدثا في نيودلهي، إن بلاده تريد شراكة أوسع مع فرنسا."
    assert reported(text) == []


def test_public_act_not_a_bare_press_conference_at_home():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي في نيودلهي إن الوضع في باريس مقلق."
    assert reported(text) == []


def test_public_act_not_a_city_his_bare_press_conference_spoke_of():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي إن الوضع في باريس مقلق."
    assert reported(text) == []


def test_public_act_not_a_press_conference_he_is_to_hold():
    text = "وسيعقد رئيس الوزراء الهندي ناريندرا مودي مؤتمرا صحفيا في باريس بعد ظهر اليوم."
    assert reported(text) == []


def test_public_act_not_his_minister_speaking_abroad():
    text = "وقال وزير الخارجية الهندي، متحدثا في باريس، إن رئيس الوزراء ناريندرا مودي يريد شراكة أوسع."
    assert reported(text) == []


def test_public_act_not_a_press_conference_closing_a_summit_abroad():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي في ختام قمة العشرين في هامبورغ إن بلاده تريد شراكة أوسع."
    assert reported(text) == []


def test_public_act_a_prime_ministers_title_is_no_officials():
    # "الوزراء" (ministers) inside "رئيس الوزراء" (prime minister) does not make him an official
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي في مؤتمر صحفي عقده في باريس إن بلاده تريد شراكة أوسع."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris", None)]


def test_public_act_a_year_in_what_he_said_does_not_date_his_trip():
    text = "وقال رئيس الوزراء الهندي ناريندرا مودي، متحدثا في باريس، إن البلدين وقعا أول اتفاق بينهما عام 1998."
    assert reported(text) == [("Narendra Modi", "Emmanuel Macron", "Paris", None)]


def test_public_act_not_the_venue_of_his_summit_with_a_third_countrys_leader():
    text = ("التقى الرئيس الأمريكي دونالد ترامب الزعيم الكوري الشمالي كيم جونغ أون في قمة تاريخية. "
            "وقال ترامب في مؤتمر صحافي في سنغافورة إن العقوبات باقية.")
    assert ("Donald Trump", "Lee Hsien Loong") not in [r[:2] for r in reported(text, dt.date(2018, 6, 12))]


# A speech noun with its relative verb told at the end of its owner's own clause (public_act._speech_subject): the
# sentence's subject, far before it, gave the speech there.
def test_public_act_a_speech_told_after_its_owners_clause_in_dar_es_salaam():
    text = "وأشاد الرئيس الصيني شي جين بينغ أمس بالتعاون مع تنزانيا ووعد بدعم مشاريعها في كلمة ألقاها في دار السلام."
    assert reported(text) == [("Xi Jinping", "John Magufuli", "Dar es Salaam", dt.date(2019, 6, 28))]


def test_public_act_a_speech_before_a_foreign_parliament_told_after_his_clause():
    text = "وانتقد الرئيس التركي رجب طيب أردوغان سياسات الهجرة الأوروبية في خطاب ألقاه أمام البرلمان الفرنسي في باريس."
    assert reported(text) == [("Recep Tayyip Erdogan", "Emmanuel Macron", "Paris", None)]


def test_public_act_a_lecture_told_after_his_clause():
    text = "وتحدث الرئيس الإيراني حسن روحاني عن مستقبل المنطقة خلال محاضرة ألقاها بالقاهرة."
    assert reported(text) == [("Hassan Rouhani", "Abdel Fattah el-Sisi", "Cairo", None)]


@pytest.mark.parametrize("text", [
    # his minister's speech
    "وأشاد وزير الخارجية الصيني وانغ يي بالتعاون مع تنزانيا في كلمة ألقاها في دار السلام.",
    # at home
    "وأشاد الرئيس الصيني شي جين بينغ بالتعاون مع تنزانيا في كلمة ألقاها في بكين.",
    # a speech recalled from years ago
    "وأشاد الرئيس الصيني شي جين بينغ بالتعاون مع تنزانيا في كلمة ألقاها في دار السلام عام 2013.",
    # by video
    "وأشاد الرئيس الصيني شي جين بينغ بالتعاون مع تنزانيا في كلمة ألقاها عبر الفيديو في دار السلام.",
    # given on his behalf
    "وأشاد الرئيس الصيني شي جين بينغ بالتعاون مع تنزانيا في كلمة ألقاها نيابة عنه سفيره في دار السلام.",
    # someone else is the sentence's subject, the leader inside what he said
    "وقال مسؤول إن الرئيس الصيني شي جين بينغ أشاد بالتعاون في كلمة ألقاها في دار السلام.",
    # the leader the genitive of a visit noun in a "that" clause: a speech of his past
    "وأكد المحلل أن زيارة الرئيس الصيني شي جين بينغ تهدف إلى تعزيز ما جاء في كلمة ألقاها في دار السلام.",
])
def test_public_act_a_speech_told_after_a_clause_is_no_trip_of_theirs(text):
    assert reported(text) == []


RESUMED = ("قال الرئيس الإيراني حسن روحاني إن بلاده متمسكة بالاتفاق النووي، وأشار إلى أن العقوبات الجديدة أضرت "
           "بالاقتصاد العالمي كله، وذلك في مؤتمر صحفي عقده مساء الجمعة في باريس.")


def test_public_act_resumed_by_wadhalika_is_the_subjects_trip():
    assert reported(RESUMED) == [("Hassan Rouhani", "Emmanuel Macron", "Paris", dt.date(2019, 6, 28))]


def test_public_act_resumed_after_a_dateline_is_the_subjects_trip():
    text = "طهران، إيران (CNN) -- " + RESUMED
    assert reported(text) == [("Hassan Rouhani", "Emmanuel Macron", "Paris", dt.date(2019, 6, 28))]


def test_public_act_resumed_not_without_wadhalika():
    assert reported(RESUMED.replace("، وذلك في", "، في")) == []


def test_public_act_resumed_not_when_another_leader_is_named_last():
    text = RESUMED.replace("وأشار إلى أن العقوبات", "وأشار إلى أن الرئيس الأمريكي دونالد ترامب يعلم أن العقوبات")
    assert reported(text) == []


def test_public_act_resumed_not_a_subject_named_late():
    text = "وبحسب ما نقلته وكالة الأنباء الرسمية عن مصادر مطلعة، قال الرئيس الإيراني حسن روحاني إن بلاده متمسكة بالاتفاق، وذلك في مؤتمر صحفي عقده مساء الجمعة في باريس."
    assert reported(text) == []


def test_public_act_resumed_not_a_recalled_one():
    assert reported(RESUMED.replace("مساء الجمعة", "عام 2015")) == []


# His own meeting (triggers.yaml own_meeting), his name right before it, with people who lead nothing, at a place of
# another country past whom he met (public_act._partners_placed guards that place)
COMMUNITY = "كشف الرئيس عبد الفتاح السيسي في لقائه مع ممثلي الجالية المصرية بألمانيا مساء أمس أن الحكومة ستطلق مشروعات جديدة."


def test_own_meeting_with_his_community_abroad_is_his_trip_there():
    text = "وأكد الرئيس التركي رجب طيب أردوغان خلال لقائه اليوم بأبناء الجالية التركية في برلين أن بلاده تدعم الاستقرار."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", DAY)]


def test_own_meeting_place_told_after_the_community():
    assert reported(COMMUNITY) == [("Abdel Fattah el-Sisi", "Angela Merkel", None, dt.date(2019, 6, 28))]


def test_own_meeting_place_after_a_dash():
    text = "ودعا رئيس الوزراء المصري مصطفى مدبولي - خلال لقائه صباح اليوم ببعض رجال الأعمال المصريين والعراقيين -بالعراق، إلى الاستثمار في البلدين."
    assert reported(text) == [("Mostafa Madbouly", "Adil Abdul-Mahdi", None, DAY)]


def test_own_meeting_not_where_the_community_lives():
    assert reported(COMMUNITY.replace("المصرية بألمانيا مساء أمس", "المصرية المقيمين بألمانيا")) == []


@pytest.mark.parametrize("partners", ["مع سفير مصر في ألمانيا", "مع وفد من رجال الأعمال الألمان في برلين",
                                      "عبر الفيديو مع رجال الأعمال في برلين", "مع رجال الأعمال المصريين في القاهرة",
                                      "مع رجال الأعمال، وفي حديثه عن الاستثمار في ألمانيا،"])
def test_own_meeting_not_an_official_a_delegation_a_video_home_or_another_clause(partners):
    text = f"كشف الرئيس عبد الفتاح السيسي في لقائه اليوم {partners} أن الحكومة ستطلق مشروعات جديدة."
    assert reported(text) == []


@pytest.mark.parametrize("text", [
    "سيؤكد الرئيس عبد الفتاح السيسي في لقائه مع رجال الأعمال في برلين أن الحكومة ستطلق مشروعات جديدة.",
    "أكد الرئيس عبد الفتاح السيسي في لقائه المرتقب مع رجال الأعمال في برلين أن الحكومة ستطلق مشروعات جديدة.",
    "وقال وزير الخارجية المصري سامح شكري في لقائه اليوم مع رجال الأعمال في برلين إن الحكومة ستطلق مشروعات جديدة."])
def test_own_meeting_not_ahead_nor_a_ministers(text):
    assert reported(text) == []


def test_own_meeting_with_a_leader_stays_the_pairs():
    text = "كشف الرئيس عبد الفتاح السيسي في لقائه اليوم مع المستشارة الألمانية أنجيلا ميركل في برلين أن الحكومة ستطلق مشروعات جديدة."
    assert reported(text) == [("Abdel Fattah el-Sisi", "Angela Merkel", "Berlin", DAY)]

# A leader's remarks ("تصريحات", triggers.yaml own_act_heads) opening the sentence possess him, which keeps him out of
# its leaders; the speech he gave abroad is his own all the same (public_act._remarks_owner).
REMARKS_LEAD = "أكد الرئيس التركي رجب طيب أردوغان، اليوم، أن بلاده ستتعامل بالعملات المحلية. "


def test_public_act_his_remarks_came_in_a_speech_he_gave_at_a_forum_abroad():
    text = REMARKS_LEAD + ("وجاءت تصريحات الرئيس التركي، في كلمة ألقاها اليوم، في منتدى الأعمال المشترك، المنعقد في "
                           "العاصمة الفرنسية باريس.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Emmanuel Macron", "Paris", DAY)]


def test_public_act_his_remarks_in_a_speech_at_home_are_no_trip():
    text = REMARKS_LEAD + "وجاءت تصريحات الرئيس التركي، في كلمة ألقاها اليوم، في منتدى الأعمال المنعقد في أنقرة."
    assert reported(text) == []


def test_public_act_not_the_critics_speech_after_the_leaders_remarks():
    # the minister criticised Erdogan's remarks in a speech he (the minister) gave in Paris
    text = REMARKS_LEAD + "وانتقد وزير الخارجية المصري تصريحات الرئيس التركي في كلمة ألقاها في العاصمة الفرنسية باريس."
    assert reported(text) == []


def test_public_act_not_his_advisers_remarks():
    text = REMARKS_LEAD + "وجاءت تصريحات مستشار الرئيس التركي في كلمة ألقاها في العاصمة الفرنسية باريس."
    assert reported(text) == []


# a statement told verb first with where he made it, "من" (from) right after his name (triggers.yaml spoke_from)
def test_spoke_from_a_foreign_city_is_a_trip_there():
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون من سيدني إن الاتفاق النووي يجب أن يتسع."
    assert reported(text) == [("Emmanuel Macron", "Scott Morrison", "Sydney", None)]


def test_spoke_from_a_foreign_country_with_the_day_between():
    text = "وأكد الرئيس الفرنسي إيمانويل ماكرون، الأربعاء، من أستراليا التزام باريس بالاتفاق."
    assert reported(text) == [("Emmanuel Macron", "Scott Morrison", None, dt.date(2019, 6, 26))]


def test_spoke_from_the_capital_told_with_its_nisba():
    text = "قال الرئيس التركي رجب طيب أردوغان من العاصمة الألمانية برلين إن العلاقات بين البلدين جيدة."
    assert reported(text) == [("Recep Tayyip Erdogan", "Angela Merkel", "Berlin", None)]


def test_spoke_from_is_not_dated_by_a_deadline_in_the_clause_before():
    text = "ومع اقتراب الموعد النهائي في 12 يوليو، قال الرئيس الفرنسي إيمانويل ماكرون من سيدني إن الاتفاق يجب أن يتسع."
    assert reported(text) == [("Emmanuel Macron", "Scott Morrison", "Sydney", None)]


def test_spoke_from_another_leader_in_the_clause_before_is_no_one_he_met():
    text = "ومع اقتراب الموعد الذي حدده الرئيس دونالد ترامب، قال ماكرون من سيدني: \"يجب أن يتسع الاتفاق\"."
    assert reported(text) == [("Emmanuel Macron", "Scott Morrison", "Sydney", None)]


def test_spoke_from_leaves_a_summit_told_beside_it_to_the_summit():
    text = ("وقال الرئيس الأمريكي دونالد ترامب من سنغافورة بعد قمته مع الزعيم الكوري الشمالي كيم جونغ أون إن اللقاء"
            " كان ناجحا.")
    assert reported(text) == [("Donald Trump", "Kim Jong-un", None, None)]


@pytest.mark.parametrize("text", [
    "قال الرئيس التركي رجب طيب أردوغان من أنقرة إن العلاقات جيدة.",  # at home
    "قال الرئيس التركي رجب طيب أردوغان لدى عودته من برلين إن العلاقات جيدة.",  # on his return from
    "قال الرئيس التركي رجب طيب أردوغان عبر الهاتف من برلين إن العلاقات جيدة.",  # by phone
    "وقال الرئيس الأمريكي باراك أوباما الذي سيبدأ الأربعاء من إسرائيل جولة في المنطقة إن السلام ممكن.",  # a tour ahead
    "سيقول الرئيس التركي رجب طيب أردوغان من برلين إن العلاقات جيدة.",  # a future verb
    "قال وزير الخارجية التركي من برلين إن العلاقات جيدة.",  # a minister
    "وقال الرئيس التركي رجب طيب أردوغان: \"لقد أوضحنا توقعاتنا من ألمانيا\".",  # "من" inside what he said
    "وقال الرئيس التركي رجب طيب أردوغان العام الماضي من برلين إن العلاقات جيدة.",  # a statement of last year
    "وقالت المستشارة الألمانية أنجيلا ميركل، المتحدرة من ألمانيا الشرقية، إن الوحدة تحققت.",  # where she comes from
])
def test_spoke_from_not_a_return_a_call_a_plan_or_a_statement_of_before(text):
    assert reported(text) == []


# An act no leader owns, held in the presence of two leaders of two countries joined by "و" (a funeral, an
# inauguration, a procession: public_act._co_present_sides): the two attended one ceremony, so they met; its place
# says who travelled, none told the second named is the guest.
def test_co_present_two_leaders_at_a_funeral_without_a_place_met():
    text = "وبدأت مراسم تشييع الجثمان في حضور الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Omar al-Bashir", "Abdel Fattah el-Sisi", None, None)]


def test_co_present_an_inauguration_in_the_first_ones_capital():
    text = "وأقيم حفل التنصيب في القاهرة بحضور الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Omar al-Bashir", "Abdel Fattah el-Sisi", "Cairo", None)]


def test_co_present_a_ceremony_in_the_second_ones_capital():
    text = "وأقيم حفل التنصيب في الخرطوم بحضور الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير."
    assert reported(text, WED) == [("Abdel Fattah el-Sisi", "Omar al-Bashir", "Khartoum", None)]


def test_co_present_not_in_a_third_country():
    text = "وأقيمت مراسم الجنازة في روما بحضور الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير."
    assert reported(text, WED) == []


def test_co_present_not_three_leaders_at_a_funeral():
    text = ("وأقيمت مراسم الجنازة بحضور الرئيس المصري عبد الفتاح السيسي والرئيس السوداني عمر البشير"
            " والرئيس الأوغندي يوري موسيفيني.")
    assert reported(text, WED) == []


def test_co_present_not_a_minister_joined_to_the_leader():
    text = "وأقيمت مراسم الجنازة بحضور الرئيس المصري عبد الفتاح السيسي ووزير الخارجية السوداني الدرديري محمد أحمد."
    assert reported(text, WED) == []


def test_co_present_not_a_leader_of_the_same_country():
    text = "وأقيمت مراسم الجنازة بحضور الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء المصري مصطفى مدبولي."
    assert reported(text, WED) == []


def test_co_present_not_a_summit_of_a_body_in_one_of_their_countries():
    text = "واختتمت قمة مجموعة السبع في كندا بحضور رئيس الوزراء الكندي جاستن ترودو والرئيس الأمريكي دونالد ترامب."
    assert reported(text, dt.date(2018, 6, 10)) == []


def test_co_present_not_many_states_meeting_in_one_of_their_countries():
    text = "واجتمعت الدول السبع في كندا اليوم بحضور الرئيس الأمريكي دونالد ترامب ورئيس الوزراء الكندي جاستن ترودو."
    assert reported(text, dt.date(2018, 6, 10)) == []


def test_co_present_not_two_named_first_among_many_leaders():
    text = ("وأقيمت المباراة النهائية في موسكو بحضور عدد من قادة الدول في مقدمتهم الرئيس الروسي فلاديمير بوتين"
            " والرئيس الفرنسي إيمانويل ماكرون.")
    assert reported(text, dt.date(2018, 7, 16)) == []


# A speech told with the gathering that heard it (triggers.yaml public_act "كلمة أمام", "مداخلته أمام"; grammar.yaml
# act_relative_speech), the gathering named after its place (summits.yaml gatherings: "منتدى دافوس"): his trip there.
FORUM_DAY = dt.date(2018, 1, 24)  # a Wednesday


def test_forum_speech_before_a_forum_named_after_its_town_is_a_trip_there():
    text = "استهل الرئيس الفرنسي إيمانويل ماكرون الأربعاء مداخلته أمام منتدى دافوس الاقتصادي، بعبارة جديدة."
    assert reported(text, FORUM_DAY) == [("Emmanuel Macron", "Alain Berset", "Davos", FORUM_DAY)]


def test_forum_speech_told_after_said_before_the_forums_participants():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون الأربعاء خلال كلمة أمام المشاركين في منتدى دافوس، إن فرنسا عادت."
    assert reported(text, FORUM_DAY) == [("Emmanuel Macron", "Alain Berset", "Davos", FORUM_DAY)]


def test_forum_speech_before_a_conference_named_after_its_city():
    text = "وأكد الرئيس التركي رجب طيب أردوغان اليوم في خطاب أمام مؤتمر ميونيخ للأمن أن بلاده شريك لأوروبا."
    assert reported(text, FORUM_DAY) == [("Recep Tayyip Erdogan", "Angela Merkel", "Munich", FORUM_DAY)]


def test_forum_speech_not_before_his_own_parliament():
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون في كلمة أمام البرلمان الفرنسي إن فرنسا عادت."
    assert reported(text, FORUM_DAY) == []


def test_forum_speech_not_a_ministers():
    text = "قال وزير الخارجية الفرنسي جان إيف لودريان الأربعاء خلال كلمة أمام منتدى دافوس إن فرنسا عادت."
    assert reported(text, FORUM_DAY) == []


def test_forum_speech_not_the_host_countrys_own_leader():
    text = "قال الرئيس السويسري آلان بيرسيه الأربعاء خلال كلمة أمام منتدى دافوس إن سويسرا ترحب بالضيوف."
    assert reported(text, FORUM_DAY) == []


def test_forum_speech_not_one_ahead_nor_one_of_a_past_year():
    assert reported("ومن المقرر أن يلقي الرئيس الفرنسي إيمانويل ماكرون كلمة أمام منتدى دافوس الأسبوع المقبل.", FORUM_DAY) == []
    assert reported("وكان الرئيس الفرنسي إيمانويل ماكرون قد قال في كلمة أمام منتدى دافوس عام 2018 إن فرنسا عادت.", FORUM_DAY) == []


def test_forum_speech_not_by_video():
    text = "قال الرئيس الفرنسي إيمانويل ماكرون الأربعاء في كلمة عبر الفيديو أمام منتدى دافوس إن فرنسا عادت."
    assert reported(text, FORUM_DAY) == []


def test_forum_speech_not_before_a_community_placed_after_it():
    text = "إلى جانب مقولة قالها الرئيس المصري محمد مرسي في كلمته أمام الجالية المصرية بألمانيا، إضافة إلى غيرها."
    assert reported(text, FORUM_DAY) == []
