"""Meetings said in less common forms: agentive receptions, nominal arrivals, joint
press conferences, hosts named in an earlier sentence, cities missing a spelling.
Texts are invented; the real lexicon reads them."""
import datetime as dt

import polars as pl
import pytest

pytest.importorskip("tasks.extract.entities")

from tasks.extract import extract  # noqa: E402

DAY = dt.date(2019, 6, 29)  # a Saturday


def mention_rows(text: str, published: dt.date = DAY) -> list[dict]:
    """All visit mentions extract gives for one article, by kind, visitor and host."""
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    return out["visit_mentions"].sort("kind", "visitor", "host").to_dicts()


def reported_rows(text: str, published: dt.date = DAY) -> list[dict]:
    """The reported visit mentions extract gives for one article, by visitor and host."""
    return [r for r in mention_rows(text, published) if r["kind"] == "reported"]


def reported(text: str, published: dt.date = DAY) -> list[tuple]:
    return [(r["visitor"], r["host"], r["city"]) for r in reported_rows(text, published)]


def test_a_reception_by_the_hosts_names_them_hosts_of_the_guest_told_before():
    # "مراسم استقبال ... من قبل X و Y" (a reception by X and Y): both received the
    # traveller of the sentence before, though he is not named again
    text = ("وصل الرئيس التركي رجب طيب أردوغان ظهر اليوم إلى موسكو.\n"
            "وجرت مراسم استقبال رسمية في المطار من قبل فلاديمير بوتين، الرئيس الروسي، "
            "ورئيس الوزراء ديمتري ميدفيديف، وعدد من الوزراء.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Dmitry Medvedev", "Moscow"),
                              ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_city_a_visit_verb_takes_as_object_after_a_phrase_is_the_trips_city():
    # "وزار بوتين خلال جولته بتركيا إسطنبول" (Putin visited Istanbul during his tour of
    # Turkey): the city is the verb's object, though no preposition stands before it;
    # the sentence names the traveller alone and a city of the host's country
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وزار بوتين خلال جولته بتركيا إسطنبول وأنقرة.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Istanbul")]
    # the same tour told in the future after the arrival: its city is the visit's too
    text = ("يصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وسيزور بوتين خلال جولته بتركيا إسطنبول وأنقرة.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Istanbul")]


def test_a_city_of_the_travellers_own_country_in_a_sentence_naming_him_alone_is_not_the_venue():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم في زيارة رسمية.\n"
            "وكان بوتين قد زار خلال الشهر الماضي مدينة سوتشي.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", None)]


def test_the_arrival_noun_of_two_leaders_in_a_city_state_gives_each_a_visit():
    # "وصول كل من A و B إلى سنغافورة" (the arrival of both A and B in Singapore): each
    # travelled; Singapore's unnamed head of government receives them
    text = ("وتراجعت الأسواق مع وصول كل من الرئيس الروسي، فلاديمير بوتين، والرئيس التركي، "
            "رجب طيب أردوغان، إلى سنغافورة أمس.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Lee Hsien Loong", "Singapore"),
                              ("Vladimir Putin", "Lee Hsien Loong", "Singapore")]


def test_leaders_listed_after_the_traveller_travelled_too_though_the_host_is_named():
    # "ووصل إلى طهران بوتين وأردوغان" (Putin and Erdogan arrived in Tehran): each travelled,
    # whether the host is named in the sentence before or in the arrival's own sentence
    lead = "تستضيف إيران قمة ثلاثية تجمع الرئيس الإيراني حسن روحاني بالرئيسين الروسي والتركي.\n"
    for text in (lead + "ووصل إلى طهران فلاديمير بوتين ورجب طيب أردوغان اليوم.",
                 lead + "ووصل إلى طهران فلاديمير بوتين ورجب طيب أردوغان وسيعقدان لقاءين مع روحاني.",
                 "ووصل فلاديمير بوتين ورجب طيب أردوغان إلى طهران اليوم حيث استقبلهما الرئيس حسن روحاني."):
        assert reported(text) == [("Recep Tayyip Erdogan", "Hassan Rouhani", "Tehran"),
                                  ("Vladimir Putin", "Hassan Rouhani", "Tehran")]
    # a minister listed with him is no traveller of a leaders' visit
    text = "ووصل الرئيس الروسي فلاديمير بوتين ووزير خارجيته سيرغي لافروف إلى طهران حيث يلتقي الرئيس حسن روحاني."
    assert reported(text) == [("Vladimir Putin", "Hassan Rouhani", "Tehran")]


def test_an_arrival_at_a_numbered_address_is_a_trip():
    # "إلى 10 داونينغ ستريت" (to 10 Downing Street): a number that is no amount
    text = "وصل الرئيس الأمريكي دونالد ترامب إلى 10 داونينغ ستريت حيث استقبلته رئيسة الوزراء البريطانية تيريزا ماي."
    assert reported(text, dt.date(2018, 7, 13)) == [("Donald Trump", "Theresa May", "London")]


def test_upon_his_arrival_is_the_visit_of_the_one_named_before():
    # "لدى وصوله إلى القاهرة" (upon his arrival in Cairo): the speaker travelled
    text = "وقال الرئيس التركي رجب طيب أردوغان أمس لدى وصوله إلى القاهرة إن العلاقات قوية."
    assert reported(text) == [("Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_city_spelled_without_its_long_vowel_is_still_the_city():
    # كراكاس and كاراكاس are both Caracas; the unnamed head of Venezuela hosts
    text = "وصل الرئيس الإيراني حسن روحاني صباح اليوم إلى كراكاس في زيارة رسمية."
    assert reported(text, dt.date(2015, 5, 4)) == [("Hassan Rouhani", "Nicolas Maduro", "Caracas")]


def test_a_former_leader_named_in_the_sentence_does_not_stand_for_the_host():
    # the late president (no office that day) is not an official who received the guest:
    # the country's head that day hosts
    text = "وصل الرئيس الإيراني حسن روحاني اليوم إلى كراكاس للمشاركة في إحياء ذكرى الرئيس الراحل هوغو تشافيز."
    assert reported(text, dt.date(2015, 3, 5)) == [("Hassan Rouhani", "Nicolas Maduro", "Caracas")]


def test_a_reception_that_took_place_is_held_though_a_later_meeting_of_the_pair_is_planned():
    # "وقد جرت مراسم استقبال" (a reception took place): told as done, so the dinner
    # expected tomorrow with the same host does not make the pair's meeting a plan
    text = ("وصل الرئيس التركي رجب طيب أردوغان ظهر اليوم إلى موسكو.\n"
            "وقد جرت مراسم استقبال رسمية في المطار من قبل فلاديمير بوتين، الرئيس الروسي، "
            "ورئيس الوزراء ديمتري ميدفيديف.\n"
            "ومن المتوقع أن يجتمع أردوغان مع ميدفيديف على العشاء غدا.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Dmitry Medvedev", "Moscow"),
                              ("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_who_set_foot_on_the_other_country_is_the_visitor_of_a_meeting_with_no_direction():
    # "عقد قمة مع نظيره" says nothing of who travelled; "أول رئيس تطأ قدماه أرض مصر"
    # (the first president to set foot on Egypt's soil) does
    text = ("وعقد الرئيس المصري عبد الفتاح السيسي قمة مع نظيره السوداني عمر البشير صباح اليوم في المنطقة الحدودية.\n"
            "وكان البشير أول رئيس سوداني تطأ قدماه أرض مصر بعد عبوره خط الحدود.")
    assert [r[:2] for r in reported(text, dt.date(2018, 6, 30))] == [("Omar al-Bashir", "Abdel Fattah el-Sisi")]


def test_a_joint_press_conference_with_a_leader_is_a_meeting_with_the_subject_told_before():
    # "وأضاف خلال مؤتمر صحفي مع ..." (he added, at a press conference with ...): the
    # speaker of the sentence before met the leader named after "مع"
    text = ("قال الرئيس الروسي فلاديمير بوتين للصحفيين إن العلاقات جيدة.\n"
            "وأضاف خلال مؤتمر صحفي مع الرئيس التركي رجب طيب أردوغان أن التعاون سيتوسع.")
    assert [r[:2] for r in reported(text)] == [("Vladimir Putin", "Recep Tayyip Erdogan")]
    # where the speaker was, named in the sentence before, is where they met
    text = ("قال الرئيس الروسي فلاديمير بوتين للصحفيين في منتجع سوتشي إن العلاقات جيدة.\n"
            "وأضاف خلال مؤتمر صحفي مع الرئيس التركي رجب طيب أردوغان أن التعاون سيتوسع.")
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")]


def test_a_meeting_with_a_leader_whose_subject_is_a_minister_is_no_leaders_meeting():
    # the subject told before is a minister: no leader met Erdogan
    text = ("قال وزير الخارجية الروسي سيرغي لافروف للصحفيين إن العلاقات جيدة.\n"
            "وأضاف خلال مؤتمر صحفي مع الرئيس التركي رجب طيب أردوغان أن التعاون سيتوسع.")
    assert reported(text) == []


def test_a_leader_further_on_than_the_one_with_names_is_not_the_implicit_meeting():
    # "خلال اجتماعه مع سونغ، ... والرئيس الصيني" : the meeting is with Song (no leader)
    text = ("قال الرئيس الروسي فلاديمير بوتين للصحفيين إن العلاقات جيدة.\n"
            "وأضاف خلال اجتماعه مع سونغ، السبت، إنه والرئيس الصيني شي جين بينغ توصلا إلى تفاهم.")
    assert reported(text) == []


def test_a_leaders_relative_who_shares_his_name_is_not_the_leader():
    # "ميلانيا ترامب" is Melania Trump, not the surname "ترامب"; "شقيقة أردوغان" (Erdogan's
    # sister) is not Erdogan: neither meeting is a leaders' one
    assert reported("التقى الرئيس الروسي فلاديمير بوتين اليوم في موسكو مع ميلانيا ترامب.", dt.date(2018, 7, 20)) == []
    assert reported("وصلت شقيقة أردوغان إلى موسكو اليوم واستقبلها الرئيس الروسي فلاديمير بوتين.") == []


def test_a_bare_kim_beside_his_full_name_is_the_north_korean_leader_and_his_sister_is_not():
    text = ("عقد الرئيس الروسي فلاديمير بوتين قمة مع الزعيم الكوري الشمالي كيم جونغ أون اليوم في المنطقة الحدودية.\n"
            "وكان كيم أول زعيم كوري شمالي تطأ قدماه أرض روسيا.")
    assert [r[:2] for r in reported(text)] == [("Kim Jong-un", "Vladimir Putin")]
    text = "والتقى الرئيس الروسي فلاديمير بوتين في موسكو اليوم كيم يو جونغ شقيقة الزعيم كيم جونغ أون."
    assert reported(text) == []


def test_a_bare_surname_shared_by_two_people_named_in_full_is_neither():
    # Kim Jong-un and his sister are both named: "والتقت كيم" (Kim met, feminine) is hers
    text = ("أرسل الزعيم الكوري الشمالي كيم جونغ أون شقيقته كيم يو جونغ إلى سول.\n"
            "والتقت كيم الرئيس الكوري الجنوبي مون جيه إن في القصر الرئاسي.")
    assert reported(text, dt.date(2018, 2, 10)) == []
    # her name spelled "كيم يو -جونغ" (a space before the hyphen) is still hers
    assert reported(text.replace("كيم يو جونغ", "كيم يو -جونغ"), dt.date(2018, 2, 10)) == []


def test_never_having_met_is_no_meeting():
    text = "بيد أن الرئيس التركي رجب طيب أردوغان لم يسبق له أن التقى الرئيس الصيني شي جين بينغ في بكين."
    assert reported(text) == []


def test_a_visit_someone_is_invited_to_in_the_arrivals_sentence_gives_no_city():
    # "وقبل ساعات من وصول بوتين إلى تركيا قال مسؤول إن أردوغان تلقى دعوة لزيارة القاهرة":
    # Cairo is the invitation's, not the arrival's
    text = ("وقبل ساعات من وصول الرئيس الروسي فلاديمير بوتين إلى تركيا اليوم قال مسؤول تركي إن "
            "أردوغان تلقى دعوة لزيارة القاهرة.")
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", None)]


def test_the_leader_called_the_visiting_one_is_the_visitor_of_a_press_conference():
    # "مع الرئيس الروسي الزائر" (with the visiting Russian president): Putin travelled,
    # though Erdogan is named first and no city is given
    text = "وقال الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي مشترك مع الرئيس الروسي الزائر فلاديمير بوتين إن التعاون سيتوسع."
    assert [r[:2] for r in reported(text)] == [("Vladimir Putin", "Recep Tayyip Erdogan")]
    text = "وقال الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي مشترك مع الرئيس الروسي فلاديمير بوتين الزائر إن التعاون سيتوسع."
    assert [r[:2] for r in reported(text)] == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_a_visit_to_two_countries_listed_with_and_is_a_visit_to_each():
    # "زيارته لمصر والسعودية" (his visit to Egypt and Saudi Arabia): each head receives him
    text = "وصرح الرئيس الروسي فلاديمير بوتين اليوم خلال زيارته الحالية لمصر والسعودية بأن التعاون سيتوسع."
    assert [r[:2] for r in reported(text)] == [("Vladimir Putin", "Abdel Fattah el-Sisi"),
                                                ("Vladimir Putin", "Salman bin Abdulaziz")]


def test_the_leaders_plane_landing_is_his_arrival():
    # "حطت طائرة الرئيس X في مطار أنقرة" (X's plane landed at Ankara airport): X arrived
    text = "وحطت طائرة الرئيس الروسي فلاديمير بوتين في مطار أنقرة ظهر اليوم وسط إجراءات أمنية مشددة."
    assert reported(text) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Ankara")]


def test_a_country_that_received_something_binds_no_leaders_named_further_on():
    # "واستقبلت تركيا الشحنة ... خلال قمة عقدها بوتين وأردوغان في مايو": the country is the
    # subject of "received"; the summit is an earlier one, not a reception of Erdogan by Putin
    text = ("واستقبلت تركيا الشحنة الأولى، الأربعاء، في مراسم رسمية، وشكرت روسيا لوفائها بوعد قطعته "
            "خلال قمة عقدها بوتين وأردوغان في مايو.")
    assert reported(text) == []


def test_a_press_conference_held_by_a_minister_is_not_the_leaders():
    # "قال الوزير الأمريكي خلال مؤتمر صحفي مشترك مع ..." : the minister's press conference
    text = "وقال الوزير الأمريكي خلال مؤتمر صحفي مشترك مع الرئيس التركي رجب طيب أردوغان إن بوتين وافق."
    assert reported(text) == []


def test_a_long_opening_before_a_meeting_with_a_leader_may_hide_its_subject():
    # "عن لقاء كيم في قمة مع ..." : an unknown name opens the sentence; the leader of the
    # sentence before is not put in its place
    text = ("قال الرئيس الروسي فلاديمير بوتين للصحفيين إن العلاقات جيدة.\n"
            "والتزمت الصحف صمتا عن لقاء كيم سونغ في قمة مع الرئيس التركي رجب طيب أردوغان.")
    assert reported(text) == []
    # "وأعلن يونكر خلال لقاء مع ..." : a name the lexicon does not know is the subject
    text = ("قال الرئيس الروسي فلاديمير بوتين للصحفيين إن العلاقات جيدة.\n"
            "وأعلن يونكر خلال لقاء مع الرئيس التركي رجب طيب أردوغان أن التعاون سيتوسع.")
    assert reported(text) == []


def test_a_meeting_where_an_arrival_took_the_traveller_is_ahead():
    """"وصل بوتين إلى سنغافورة حيث تجمعه الثلاثاء قمة مع ترامب" (arrived in Singapore,
    where a summit brings him together with Trump on Tuesday) in a Sunday article: the
    arrival is the news; the summit is ahead (next Tuesday), no visit to Trump, and the
    Tuesday is not the arrival's day."""
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى سنغافورة حيث تجمعه الثلاثاء قمة تاريخية "
            "بنظيره الأمريكي دونالد ترامب.")
    rows = [(r["kind"], r["visitor"], r["host"], r["setting"], r["date"], r["planned"])
            for r in mention_rows(text, dt.date(2019, 6, 30))]
    assert rows == [("referenced", "Vladimir Putin", "Donald Trump", "third_country", dt.date(2019, 7, 2), True),
                    ("reported", "Vladimir Putin", "Lee Hsien Loong", "visit", None, False)]
    # "لعقد قمة" (to hold a summit): the purpose of the arrival, ahead too
    text = ("وتراجعت الأسواق مع وصول كل من الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب "
            "إلى سنغافورة لعقد قمة، الثلاثاء.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, dt.date(2019, 6, 30))] == [
        ("Donald Trump", "Lee Hsien Loong"), ("Vladimir Putin", "Lee Hsien Loong")]
    # "حيث التقى" (where he met): done there
    text = "وصل الرئيس الروسي فلاديمير بوتين إلى سنغافورة حيث التقى الرئيس الأمريكي دونالد ترامب."
    assert ("Vladimir Putin", "Donald Trump") in [(r["visitor"], r["host"]) for r in reported_rows(text)]


def test_singapore_spelled_without_its_alif_is_singapore():
    # "سنغفورة": a spelling some outlets use
    text = "وصل الرئيس الروسي فلاديمير بوتين اليوم إلى سنغفورة."
    assert reported(text) == [("Vladimir Putin", "Lee Hsien Loong", "Singapore")]


@pytest.mark.parametrize("text", [
    # "the summit that will bring him together with Trump": a sa- future in its relative clause
    "قال الرئيس الروسي فلاديمير بوتين إن القمة التي ستجمعه مع الرئيس الأمريكي دونالد ترامب فرصة للسلام.",
    # "the summit held on Tuesday": the present of holding, a weekday ahead
    "وتتجه الأنظار إلى القمة التي تعقد الثلاثاء بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب.",
    # "تحضيرا لقمة" (in preparation for a summit)
    "وعقدت موسكو محادثات سرية تحضيرا لقمة بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب.",
    # "على طريق قمة" (on the road to a summit)
    "وقدمت موسكو هذه التنازلات على طريق قمة بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي دونالد ترامب.",
])
def test_a_summit_whose_relative_clause_is_ahead_is_planned(text):
    rows = mention_rows(text, dt.date(2019, 6, 30))
    assert [(r["kind"], r["visitor"], r["host"], r["planned"]) for r in rows] == [
        ("referenced", "Vladimir Putin", "Donald Trump", True)]


def test_a_summit_whose_relative_clause_is_past_stays_held():
    # "the historic summit that brought him together with Trump was a success"
    text = ("وقال الرئيس الروسي فلاديمير بوتين إن القمة التاريخية التي جمعته مع الرئيس الأمريكي "
            "دونالد ترامب كانت ناجحة.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text)] == [("Vladimir Putin", "Donald Trump")]



# A feminine meeting noun's relative verb with its object pronoun ties it to the leader named after it (triggers.yaml
# meeting_links, vetoes.attached), however far the pronoun's owner stands before: "القمة التي جمعته بـ" (the summit
# that brought him together with), as "اللقاء الذي جمعه بـ" for a masculine noun.
def test_a_summit_that_brought_him_together_with_a_leader_far_after_its_subject():
    text = ("أعلنت وكالة الأنباء الرسمية مساء اليوم أن الرئيس الروسي فلاديمير بوتين وافق على توسيع التعاون في مجال"
            " الطاقة والنقل والزراعة وتقديم قروض ميسرة في القمة التي جمعته بالرئيس التركي رجب طيب أردوغان في أنقرة اليوم.")
    assert [(r["visitor"], r["host"], r["city"]) for r in reported_rows(text)] == [
        ("Vladimir Putin", "Recep Tayyip Erdogan", "Ankara")]


def test_a_summit_that_brought_her_together_with_a_leader_far_after_her_name():
    text = ("أعلنت الحكومة الألمانية مساء اليوم أن المستشارة الألمانية أنغيلا ميركل وافقت على توسيع التعاون في مجال"
            " الطاقة والنقل والزراعة وتقديم قروض ميسرة في القمة التي جمعتها بالرئيس الفرنسي إيمانويل ماكرون في باريس اليوم.")
    assert [(r["visitor"], r["host"], r["city"]) for r in reported_rows(text)] == [
        ("Angela Merkel", "Emmanuel Macron", "Paris")]


def test_a_far_summit_not_tied_by_a_gathering_verb_binds_no_leader_after_it():
    # "القمة التي عقدت" (the summit that was held): no object pronoun ties a side to it; Erdogan is the topic
    text = ("أعلنت وكالة الأنباء الرسمية مساء اليوم أن الرئيس الروسي فلاديمير بوتين وافق على توسيع التعاون في مجال"
            " الطاقة والنقل والزراعة وتقديم قروض ميسرة في القمة التي عقدت في أنقرة بعد انتقادات الرئيس التركي رجب طيب أردوغان.")
    assert reported_rows(text) == []



@pytest.mark.parametrize("text", [
    # "received one of Putin's top advisers": the plural construct names the adviser
    "وفي المقابل استقبل الرئيس الأمريكي دونالد ترامب أحد أكبر مستشاري الرئيس الروسي فلاديمير بوتين في البيت الأبيض أمس.",
    # "meets Putin's right-hand man"
    "يلتقي الرئيس الأمريكي دونالد ترامب اليوم في واشنطن الذراع الأيمن للرئيس الروسي فلاديمير بوتين.",
    # "and the right hand of the leader" (wa- + al- + يد): the official's arrival ("وصوله") is no Kim's
    "وتوجه الجنرال كيم يونغ تشول، واليد اليمنى للزعيم الكوري الشمالي، إلى قاعة كبار الزوار في مطار بكين بعد يوم من وصوله الصين.",
])
def test_a_leaders_adviser_or_right_hand_man_is_not_the_leader(text):
    assert reported(text, dt.date(2019, 6, 30)) == []


@pytest.mark.parametrize("text,published", [
    # the US national security adviser (2018-2019), named bare: his meeting is not Trump's
    ("وصرح جون بولتون الذي اجتمع مع الرئيس الروسي فلاديمير بوتين في الكرملين بأن ترامب يرغب في قمة جديدة.",
     dt.date(2018, 10, 24)),
    # Trump's adviser and son-in-law, received in Cairo by Sisi
    ("وأوضح كوشنر الذي التقى الرئيس المصري عبد الفتاح السيسي في القاهرة أن ترامب يدعم خطة السلام.",
     dt.date(2019, 2, 27)),
])
def test_an_officials_meeting_is_not_given_to_his_leader(text, published):
    # officials of people.yaml (advisers, envoys) are no leaders: the leader named after the
    # relative clause ("ترامب") is not the visitor
    assert reported(text, published) == []
    # the same clause with the leader himself as its antecedent is his meeting
    held = text.replace("جون بولتون", "الرئيس الأمريكي دونالد ترامب").replace("كوشنر الذي", "الرئيس الأمريكي دونالد ترامب الذي")
    assert [v for v, _h, _c in reported(held, published)] == ["Donald Trump"]


def test_a_message_an_official_hands_over_on_his_trip_is_no_visit_of_the_sender():
    # the Sudanese vice-president (an official of people.yaml) carried Bashir's message to Cairo
    text = ("عاد علي عثمان طه نائب الرئيس السوداني أمس إلى الخرطوم بعد زيارة إلى القاهرة سلّم خلالها "
            "رسالة من الرئيس عمر البشير إلى الرئيس المصري محمد مرسي.")
    assert reported(text, dt.date(2012, 10, 10)) == []
    # ... his name alone, with no title word before the message, tells the bearer too
    text = ("عاد الدكتور «محمود مكي» أمس إلى القاهرة بعد زيارة للخرطوم سلم خلالها رسالة من الرئيس "
            "محمد مرسي إلى نظيره السوداني عمر البشير.")
    assert reported(text, dt.date(2012, 10, 10)) == []
    # the leader who travels hands over his own message
    text = ("عاد الرئيس السوداني عمر البشير أمس إلى الخرطوم بعد زيارة إلى القاهرة سلّم خلالها رسالة "
            "إلى الرئيس المصري محمد مرسي.")
    assert reported(text, dt.date(2012, 10, 10)) == [("Omar al-Bashir", "Mohamed Morsi", "Cairo")]


def test_a_letter_an_ambassador_hands_over_at_a_reception_is_no_visit_of_its_sender():
    # "استقبل مرسي ... سفير قطر، الذي سلمه رسالة خطية من الشيخ حمد" (received Qatar's ambassador, who
    # handed him a letter from Sheikh Hamad): the emir did not come; an unknown name heads the slot
    text = ("استقبل الرئيس المصري محمد مرسي اليوم بقصر الاتحادية خالد بن سالم العلي، سفير قطر، الذي سلمه "
            "رسالة خطية من الشيخ حمد بن خليفة آل ثاني أمير قطر تضمنت دعوة لحضور القمة.")
    assert reported(text, dt.date(2013, 3, 12)) == []
    # the emir received in person hands over another leader's letter: he came
    text = ("استقبل الرئيس المصري محمد مرسي اليوم بقصر الاتحادية الشيخ حمد بن خليفة آل ثاني أمير قطر، الذي "
            "سلمه رسالة خطية من العاهل السعودي.")
    assert [(v, h) for v, h, _c in reported(text, dt.date(2013, 3, 12))] == [("Hamad bin Khalifa Al Thani", "Mohamed Morsi")]
    # an ambassador who only reports it, a leader named between him and the greetings: the leader's own
    text = ("وقال السفير علاء الحديدي المتحدث باسم مجلس الوزراء إن الدكتور هشام قنديل رئيس الوزراء التقى على "
            "هامش القمة بالرئيس التشادي إدريس ديبي، حيث نقل له تحيات الرئيس محمد مرسي.")
    assert [(v, h) for v, h, _c in reported(text, dt.date(2013, 2, 17))] == [("Hesham Qandil", "Idriss Deby")]
    # ... but not a leader only met on the way: the delegation going to meet Trump carries Kim's letter
    text = ("قلل الرئيس الأمريكي دونالد ترامب من فرص اتفاق سريع، في الوقت الذي توجه فيه وفد من بيونغ يانغ "
            "للقاء ترامب، حاملا رسالة من الزعيم الكوري الشمالي كيم جونغ أون.")
    assert reported(text, dt.date(2018, 6, 1)) == []


def test_a_visit_of_an_unknown_name_titled_minister_in_apposition_is_the_ministers():
    # "زيارة سامي فرحات، وزير الصناعة، لإيران": the minister's visit, not the premier's told before
    text = ("وقال المتحدث إن زيارة هشام قنديل، رئيس الوزراء، للعراق حققت نجاحات كبيرة، مؤكدا أن زيارة "
            "سامي فرحات، وزير الصناعة، لإيران تهدف لدعم التجارة.")
    assert reported(text, dt.date(2013, 3, 6)) == []
    # a leader's name before his title in apposition keeps his visit
    text = "وبدأت اليوم زيارة نوري المالكي، رئيس الوزراء العراقي، للقاهرة حيث يلتقي الرئيس محمد مرسي."
    assert reported(text, dt.date(2013, 3, 6)) == [("Nouri al-Maliki", "Mohamed Morsi", "Cairo")]


def test_a_meeting_that_goes_on_with_an_officials_trip_is_the_officials():
    # Pompeo made a secret visit to North Korea and (wa-) met its leader Kim to discuss a
    # summit planned with Trump: Kim did not meet Trump
    text = ("قال مسؤولون أمريكيون الثلاثاء إن مايك بومبيو مدير المخابرات المركزية قام بزيارة سرية إلى "
            "كوريا الشمالية والتقى مع زعيمها كيم جونغ أون لبحث قمة مزمعة مع الرئيس الأمريكي دونالد ترامب.")
    assert reported(text, dt.date(2018, 4, 18)) == []
    # Trump sent Pompeo to North Korea to (li-) meet its leader Kim: Pompeo's meeting
    text = ("وكان الرئيس الأمريكي دونالد ترامب أرسل مايك بومبيو إلى كوريا الشمالية قبل أسابيع "
            "للقاء زعيمها كيم جونغ أون.")
    assert mention_rows(text, dt.date(2018, 4, 18)) == []
    # a leader's own trip goes on with his meeting
    text = "قال الكرملين إن الرئيس التركي رجب طيب أردوغان زار موسكو أمس والتقى مع الرئيس الروسي فلاديمير بوتين."
    assert reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_a_bare_summit_in_a_story_of_a_named_summit_is_that_summit():
    # a G7 story: "Merkel expected rows with Trump during the summit" is no meeting of theirs
    text = ("انطلقت في كندا أعمال قمة مجموعة السبع. وتوقعت المستشارة الألمانية أنغيلا ميركل سجالات "
            "مع الرئيس الأمريكي دونالد ترامب خلال القمة.")
    assert mention_rows(text, dt.date(2018, 6, 9)) == []
    # "the summit with Putin" names its sides
    text = ("انطلقت في كندا أعمال قمة مجموعة السبع. وقال الرئيس الأمريكي دونالد ترامب إن القمة مع "
            "الرئيس الروسي فلاديمير بوتين في هلسنكي كانت ناجحة أمس.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, dt.date(2018, 6, 9))] == [
        ("Donald Trump", "Vladimir Putin")]
    # "the French-German summit on Tuesday" in a story of the EU summit: named by its two sides
    text = ("ويعرض الزعيمان موقفهما على قمة الاتحاد الأوروبي المرتقبة. واختتم الرئيس الفرنسي إيمانويل ماكرون "
            "والمستشارة الألمانية أنجيلا ميركل القمة الفرنسية الألمانية الثلاثاء قرب برلين.")
    assert [r["date"] for r in reported_rows(text, dt.date(2018, 6, 20))] == [dt.date(2018, 6, 19)]


def test_a_meeting_verb_with_his_own_aides_is_no_meeting_with_a_leader_named_elsewhere():
    # "جعل أوباما يجتمع كل يوم مع كبار مساعديه" (made Obama meet his senior aides every day):
    # Morsi, named in another sentence, is no side of it
    day = dt.date(2013, 3, 10)
    text = ("قال الرئيس المصري محمد مرسي إن بلاده لن تقبل التدخل. وأضاف المحلل أن القلق الأمريكي "
            "جعل الرئيس الأمريكي باراك أوباما يجتمع كل يوم مع كبار مساعديه لمراقبة الوضع في مصر.")
    assert reported(text, day) == []
    # with the leader after "مع" the verb keeps its meeting
    text = "اجتمع الرئيس الأمريكي باراك أوباما أمس في القاهرة مع الرئيس المصري محمد مرسي."
    assert reported(text, day) == [("Barack Obama", "Mohamed Morsi", "Cairo")]


def test_consultations_between_officials_are_no_meeting_of_the_leaders_named_after_them():
    # "مشاورات بين مسؤولين ..." (consultations between officials): the leaders named later in
    # the sentence, as the sides of the meeting the officials prepare, are no sides of it
    day = dt.date(2018, 3, 19)
    text = ("واختتمت السبت في جنيف مشاورات بين مسؤولين في روسيا وآخرين في تركيا، من دون إعلان "
            "تقدم ملموس على صعيد اللقاء بين بوتين وأردوغان.")
    assert mention_rows(text, day) == []
    # leaders right after "بين" are its sides, a leader's title too ("الوزير الأول", the prime minister)
    text = "وجرت السبت في أنقرة مشاورات بين الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان."
    assert reported(text, day) == [("Vladimir Putin", "Recep Tayyip Erdogan", "Ankara")]
    text = "وجرت السبت في الجزائر مشاورات بين الوزير الأول الجزائري عبد المالك سلال ونظيره التونسي يوسف الشاهد."
    assert [(r["visitor"], r["host"]) for r in mention_rows(text, dt.date(2016, 10, 10))] == [
        ("Youssef Chahed", "Abdelmalek Sellal")]


def test_a_meeting_years_ago_is_referenced():
    # "في أعقاب اللقاء بين ... قبل نحو ثلاثة أعوام" (after the meeting ... about three years ago)
    day = dt.date(2013, 3, 10)
    text = ("دخلت العلاقات مرحلة جديدة في أعقاب اللقاء بين الرئيس الإيراني محمود أحمدي نجاد ونظيره "
            "الجزائري عبد العزيز بوتفليقة قبل نحو ثلاثة أعوام، حيث أبدى الجانبان رغبة في التعاون.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("referenced", dt.date(2010, 1, 1))]
    # two days ago is still the news
    text = "التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الجزائري عبد العزيز بوتفليقة قبل يومين في الجزائر."
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("reported", dt.date(2013, 3, 8))]
    # a count ago that ends a "منذ" (since) phrase dates that phrase's event, not the meeting
    text = ("التقى الرئيس الإيراني محمود أحمدي نجاد نظيره الجزائري عبد العزيز بوتفليقة في الجزائر في "
            "أول لقاء بينهما منذ نهاية الخلاف بين البلدين قبل ثلاثة أعوام.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("reported", None)]


def test_a_visit_governed_by_a_future_passive_or_prepared_for_is_ahead():
    day = dt.date(2013, 3, 10)
    # "الإجراءات التي سيتم فرضها خلال زيارة أوباما" (the measures that will be imposed during
    # Obama's visit): "سيتم" (will be done) governs, not the verbal noun "فرضها"
    text = ("أعلن قائد الشرطة الإسرائيلية أن الإجراءات الأمنية التي سيتم فرضها خلال زيارة الرئيس "
            "الأمريكي باراك أوباما قد تعيق الحياة اليومية في إسرائيل.")
    assert [r["kind"] for r in mention_rows(text, day)] == ["referenced"]
    # "التحضيرات لزيارة" (the preparations for the visit of)
    text = "بحث الرئيس المصري محمد مرسي التحضيرات لزيارة الرئيس الإيراني محمود أحمدي نجاد إلى القاهرة."
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, day)] == [("referenced", True)]
    # a past auxiliary keeps the visit held: "تم تعزيزها خلال زيارة" (were reinforced during the visit)
    text = ("قال قائد الشرطة الإسرائيلية إن الإجراءات الأمنية تم تعزيزها خلال زيارة الرئيس الأمريكي "
            "باراك أوباما إلى إسرائيل أمس.")
    assert [r["kind"] for r in mention_rows(text, day)] == ["reported"]


def test_a_dual_meeting_verb_takes_its_sides_from_before_it():
    # "حيث التقيا" (where the two met): the pair was told before the verb; a leader named
    # in a later clause of the sentence is none of them
    day = dt.date(2018, 9, 10)
    text = ("سافر الرئيس التركي رجب طيب أردوغان إلى مشهد حيث التقيا، وحينها قيل إن سوريا فرقت "
            "بينهما بسبب الرئيس السوري بشار الأسد.")
    assert reported(text, day) == []
    # one named right after the dual verb is a side
    text = "وصل الرئيس التركي رجب طيب أردوغان إلى طهران حيث التقيا مع الرئيس الإيراني حسن روحاني."
    assert reported(text, day) == [("Recep Tayyip Erdogan", "Hassan Rouhani", "Tehran")]


def test_discussed_with_someone_who_is_no_leader():
    # "ناقش مع هؤلاء الأجانب إمكانية ... مقابلة الرئيس الروسي" (discussed with these foreigners
    # the possibility of ... meeting the Russian president): no meeting with Putin
    day = dt.date(2018, 9, 10)
    text = ("قال مسؤول إن الرئيس الأمريكي دونالد ترامب تحدث إلى زعماء أجانب، وقد ناقش مع هؤلاء الأجانب "
            "إمكانية القيام برحلة خارجية حيث يستطيع ترامب مقابلة الرئيس الروسي فلاديمير بوتين.")
    assert reported(text, day) == []
    # "وناقش مع نظيره الروسي" (and discussed with his Russian counterpart) keeps it
    text = ("استقبل الرئيس الأمريكي دونالد ترامب ضيفه أمس في البيت الأبيض، وناقش مع نظيره الروسي "
            "فلاديمير بوتين ملف سوريا.")
    assert reported(text, day) == [("Vladimir Putin", "Donald Trump", "Washington")]


def test_agreed_on_a_summit_by_a_synonym_is_a_plan():
    # "توافقتا على عقد قمة ثانية" (the two [countries] agreed on holding a second summit)
    text = ("وكانت سيول أعلنت، الأحد، أن الولايات المتحدة وكوريا الشمالية توافقتا على عقد قمة ثانية بين "
            "الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون في أقرب وقت.")
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, dt.date(2018, 10, 9))] == [("referenced", True)]


def test_an_announced_next_meeting_is_ahead_and_counted_visits_are_not_news():
    day = dt.date(2018, 10, 20)
    # "أعلن فيه ترامب عن لقاء ثان مع الزعيم الكوري" (Trump announced a second meeting)
    text = ("في وقت أعلن فيه الرئيس الأمريكي دونالد ترامب عن لقاء ثان مع الزعيم الكوري الشمالي "
            "كيم جونغ أون.")
    assert [(r["kind"], r["planned"]) for r in mention_rows(text, day)] == [("referenced", True)]
    # "أعلن عن لقاء مع" with no "second" or "new" says nothing of its time
    text = "أعلن الرئيس الأمريكي دونالد ترامب عن لقاء مع الزعيم الكوري الشمالي كيم جونغ أون أمس في سنغافورة."
    assert [r["kind"] for r in mention_rows(text, day)] == ["reported"]
    # "قام كيم بثلاث زيارات خارجية، جميعها للصين" (Kim made three trips abroad, all to China)
    text = ("ومنذ توليه السلطة في نهاية العام 2011، قام الزعيم الكوري الشمالي كيم جونغ أون بثلاث زيارات "
            "خارجية معلنة، جميعها للصين، هذا العام.")
    assert [r["kind"] for r in mention_rows(text, day)] == ["referenced"]


def test_had_met_with_a_titled_subject_and_inviting_him_to_visit():
    day = dt.date(2017, 4, 3)
    # "وكان حيدر العبادي رئيس وزراء العراق قد التقى" (Haider al-Abadi, Iraq's PM, had met)
    text = ("وكان حيدر العبادي رئيس وزراء العراق قد التقى مع الرئيس الأمريكي دونالد ترامب لأول مرة "
            "في 20 مارس في واشنطن.")
    assert [(r["kind"], r["date"]) for r in mention_rows(text, day)] == [("referenced", dt.date(2017, 3, 20))]
    # "داعيا إياه إلى زيارة تونس" (inviting him to visit Tunisia): Trump, named before, is invited
    text = ("قال الصحفي إن ترامب مطالب بإعلان مساندة رسمية لتونس داعيا إياه إلى زيارة تونس ولقاء "
            "الرئيس الباجي قايد السبسي في أقرب فرصة.")
    assert [(r["visitor"], r["host"], r["kind"], r["planned"]) for r in mention_rows(text, day)] == [
        ("Donald Trump", "Beji Caid Essebsi", "referenced", True)]


def test_his_visit_after_a_briefing_verb_is_the_briefers():
    day = dt.date(2018, 10, 19)
    # "أنه أطلع الرئيس ترامب على تفاصيل زيارته" (that he briefed President Trump on the details
    # of his visit): the minister's visit, not Trump's
    text = ("وأضاف وزير الخارجية الأمريكي مايك بومبيو أنه أطلع الرئيس الأميركي دونالد ترامب على تفاصيل "
            "زيارته إلى السعودية وتركيا.")
    assert reported(text, day) == []
    # ... though the one briefed was named before too ("في ختام اجتماع مع الرئيس الأميركي")
    text = ("وأضاف بومبيو في ختام اجتماع مع الرئيس الأميركي في البيت الأبيض أنه أطلع الرئيس الأميركي "
            "دونالد ترامب على تفاصيل زيارته إلى السعودية وتركيا.")
    assert reported(text, day) == []
    # verb, subject, object: the subject's visit
    text = ("أطلع الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين على نتائج زيارته إلى "
            "السعودية.")
    assert [(r["visitor"], r["host"]) for r in mention_rows(text, day)] == [
        ("Recep Tayyip Erdogan", "Salman bin Abdulaziz")]


def test_a_visit_verb_after_an_is_wished_owed_or_planned():
    day = dt.date(2013, 3, 10)
    # "ينبغي على أوباما أن يزور القاهرة" (Obama should visit Cairo), "يجب أن يزور" (must visit)
    for text in ("قال الخبير إنه ينبغي على الرئيس الأمريكي باراك أوباما أن يزور القاهرة ويلتقي الرئيس المصري محمد مرسي.",
                 "قال الخبير إنه يجب أن يزور الرئيس الأمريكي باراك أوباما القاهرة ويلتقي الرئيس المصري محمد مرسي."):
        assert [(r["kind"], r["planned"]) for r in mention_rows(text, day)] == [("referenced", True)], text
    # a narrative "قبل أن يلتقي" (before he met) after a past arrival is held
    text = ("وصل الرئيس الأمريكي باراك أوباما إلى القاهرة أمس قبل أن يلتقي الرئيس المصري محمد مرسي في "
            "قصر الاتحادية.")
    assert [r["kind"] for r in mention_rows(text, day)] == ["reported"]


def test_a_past_meeting_told_during_an_earlier_visit_is_that_visit():
    day = dt.date(2013, 2, 13)
    # "الزيارة الأخيرة التي قام بها جول لمصر والتقى خلالها بمرسي" (the last visit Gul made to
    # Egypt, during which he met Morsi): the meeting is the earlier visit's
    text = ("وتابع السفير التركي، خلال لقائه مع رئيس مجلس الشورى اليوم الأربعاء، أن الزيارة الأخيرة التي قام "
            "بها الرئيس التركي عبد الله جول لمصر والتقى خلالها بالدكتور محمد مرسي تحمل العديد من الأمور الإيجابية.")
    assert [r["kind"] for r in mention_rows(text, day)] == ["referenced"]
    # during today's visit it is today's meeting
    text = "وصل الرئيس التركي عبد الله جول إلى القاهرة أمس في زيارة رسمية والتقى خلالها الرئيس محمد مرسي."
    assert [r["kind"] for r in mention_rows(text, day)] == ["reported"]


def test_a_meeting_verb_whose_object_is_officials_is_no_leaders_meeting():
    # the seed's "وواحدة فقط عام 2019 التقى خلالها المسؤولين الإيرانيين" (and only one, in 2019,
    # during which he met the Iranian officials): no Assad-Putin meeting in 2019
    from pathlib import Path
    text = (Path(__file__).resolve().parents[2] / "seeds" / "002_8a3e7e0daba9592b.txt").read_text(encoding="utf-8")
    rows = mention_rows(text, dt.date(2021, 9, 14))  # its manifest date
    assert [(r["visitor"], r["host"], r["date"]) for r in rows if r["date"] and r["date"].year == 2019] == []
    # ... while the 2018 meeting in Sochi is still told (referenced)
    assert ("Bashar al-Assad", "Vladimir Putin", dt.date(2018, 1, 1)) in [
        (r["visitor"], r["host"], r["date"]) for r in rows if r["kind"] == "referenced"]


TUNIS_DAY = dt.date(2016, 10, 5)  # a Wednesday: Essebsi president, Chahed and Sellal prime ministers


@pytest.mark.parametrize("text,expected", [
    # "received ... the Algerian first minister": the Maghreb's "الوزير الأول" is a prime minister
    ("استقبل رئيس الجمهورية الباجي قايد السبسي اليوم بقصر قرطاج الوزير الأول الجزائري عبد المالك سلال "
     "وتم التطرق إلى سبل دعم التعاون الثنائي.",
     [("Abdelmalek Sellal", "Beji Caid Essebsi", "Tunis")]),
    # "held talks at the Kasbah government palace with the Algerian first minister"
    ("أجرى رئيس الحكومة يوسف الشاهد بقصر الحكومة بالقصبة محادثات مع الوزير الأول الجزائري "
     "عبد المالك سلال حول تنمية المناطق الحدودية.",
     [("Abdelmalek Sellal", "Youssef Chahed", "Tunis")]),
])
def test_a_first_minister_received_or_met_is_a_prime_minister(text, expected):
    assert reported(text, TUNIS_DAY) == expected


def test_a_first_minister_arriving_is_the_traveller():
    text = "وصل الوزير الأول الجزائري عبد المالك سلال صباح اليوم إلى تونس في زيارة تدوم يومين."
    assert [r["visitor"] for r in reported_rows(text, TUNIS_DAY)] == ["Abdelmalek Sellal"]


@pytest.mark.parametrize("text", [
    # the first minister's deputy, and a foreign minister, are officials still
    "استقبل الرئيس الباجي قايد السبسي صباح اليوم بقصر قرطاج نائب الوزير الأول الجزائري.",
    "استقبل الرئيس الباجي قايد السبسي صباح اليوم بقصر قرطاج وزير الخارجية الجزائري رمطان لعمامرة.",
])
def test_an_official_before_a_first_minister_title_is_still_an_official(text):
    assert reported(text, TUNIS_DAY) == []


@pytest.mark.parametrize("text,expected", [
    # "after his meeting with his guest, the Turkish president": Erdogan came
    ("وأكد الرئيس فلاديمير بوتين للصحفيين عقب لقائه بضيفه الرئيس التركي رجب طيب أردوغان أن البلدين متفقان.",
     ("Recep Tayyip Erdogan", "Vladimir Putin")),
    # "photos with his guest, the Japanese prime minister" at talks: Abe came
    ("وظهر الرئيس فلاديمير بوتين في صور مع ضيفه رئيس الوزراء الياباني شينزو آبي في مستهل المحادثات بينهما.",
     ("Shinzo Abe", "Vladimir Putin")),
])
def test_his_guest_before_a_leaders_name_makes_him_the_traveller(text, expected):
    assert [r[:2] for r in reported(text)] == [expected]


def test_a_group_that_is_the_subject_of_a_that_clause_makes_the_trip_its_own():
    # "أن فريقا ... وصل" (that a team arrived): the team's trip, not the leader who says so; a
    # leader as the clause's subject keeps his
    pub = dt.date(2018, 5, 28)
    assert reported("وأكد الرئيس دونالد ترامب أن فريقا من الولايات المتحدة وصل إلى كوريا الشمالية للتحضير.", pub) == []
    assert reported("وقال الرئيس دونالد ترامب إن وفدا أمريكيا وصل إلى كوريا الشمالية.", pub) == []
    assert reported("وأكد الرئيس دونالد ترامب أن الرئيس مون جاي إن وصل إلى واشنطن.", pub) == \
        [("Moon Jae-in", "Donald Trump", "Washington")]
@pytest.mark.parametrize("text", [
    # "after his return from visiting President Chavez": the vice-president went; Chavez was visited
    "وصرح نائب الرئيس الفنزويلي للتلفزيون الرسمي مساء أمس بعد عودته من زيارة الرئيس هوغو تشافيز الذي يتلقى العلاج في هافانا بأن حالته مستقرة.",
    # her return, the same: the minister visited the king in his hospital
    "وقالت وزيرة الصحة عقب عودتها من زيارة الملك عبد الله بن عبد العزيز في المستشفى إن العاهل بخير.",
])
def test_a_leader_visited_by_someone_returning_from_the_visit_did_not_travel(text):
    assert reported(text, dt.date(2013, 2, 14)) == []


def test_a_leader_who_returns_from_a_visit_keeps_his_visit():
    # a visit to a country after his return, with the meeting told in it, is his own
    text = ("وصرح الرئيس الفنزويلي هوغو تشافيز للتلفزيون الرسمي مساء أمس بعد عودته من زيارة إلى كوبا التقى "
            "خلالها الرئيس راؤول كاسترو بأن حالته مستقرة.")
    assert [(v, h) for v, h, _c in reported(text, dt.date(2013, 2, 14))] == [("Hugo Chavez", "Raul Castro")]


def test_an_arrival_at_the_european_councils_seat_is_the_leader_s_trip():
    """"The Cypriot president arrived at the European Council's seat in Brussels, where he met
    the council's president": a trip to an EU body, a visit with no host named (gold: null), Belgium's
    prime minister by office standing in (candidates._meets_a_body); an official visit to Belgium keeps him."""
    day = dt.date(2013, 3, 24)
    text = "وصل الرئيس القبرصي نيكوس أناستاسيادس اليوم إلى مقر المجلس الأوروبي في بروكسل حيث التقى رئيس المجلس."
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, day)] == [("Nicos Anastasiades", "Elio Di Rupo")]
    text = "وصل الرئيس القبرصي نيكوس أناستاسيادس اليوم إلى بروكسل في زيارة رسمية لبلجيكا."
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, day)] == [("Nicos Anastasiades", "Elio Di Rupo")]


def test_a_visit_to_france_told_with_a_speech_at_the_european_parliament_stays_a_visit():
    """"The Tunisian president cut short a visit to France today and told members of the European
    Parliament in Strasbourg ...": the trip is France's, whose president hosts it, unnamed."""
    day = dt.date(2013, 2, 6)
    text = "وقطع الرئيس التونسي المنصف المرزوقي زيارة إلى فرنسا اليوم، وقال لأعضاء البرلمان الأوروبي في ستراسبورغ إنه سيعود."
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, day)] == [("Moncef Marzouki", "Francois Hollande")]


@pytest.mark.parametrize("text", [
    # "the writer added, in an interview with him on al-Hayat TV with the host ..., that Obama will accept
    # Morsi on conditions": an interview, and "سيتقبل" (will accept) is no reception
    "وأضاف الكاتب في لقاء معه، على فضائية الحياة اليوم، مع الإعلامي سامي علي، أن الرئيس الأمريكي باراك "
    "أوباما سيتقبل الرئيس المصري محمد مرسي بشروط.",
    # "in an interview with al-Arabiya channel, that Obama supports Morsi"
    "وقال المحلل في لقاء مع قناة العربية اليوم إن الرئيس الأمريكي باراك أوباما يدعم الرئيس المصري محمد مرسي.",
])
def test_an_interview_with_a_medium_is_no_meeting_of_the_leaders_it_speaks_of(text):
    assert reported(text, dt.date(2013, 3, 10)) == []


def test_a_meeting_with_him_on_a_summits_sidelines_is_no_interview():
    # "معه على هامش" (with him on the sidelines): the partner is the leader, no medium
    text = ("استقبل الرئيس المصري محمد مرسي اليوم في القاهرة الرئيس الأمريكي باراك أوباما، وقال مرسي في "
            "لقاء معه على هامش الزيارة إن العلاقات متينة.")
    assert reported(text, dt.date(2013, 3, 10)) == [("Barack Obama", "Mohamed Morsi", "Cairo")]


def test_a_meeting_of_a_leadership_in_the_li_form_is_a_body_s_session():
    """"Erdogan considered on Monday, in a meeting of the Turkish leadership in Ankara, that President
    Putin's decision is wrong": the leadership's session (li-l-qiyada), Putin only its topic."""
    text = ("اعتبر الرئيس التركي رجب طيب أردوغان الاثنين في اجتماع للقيادة التركية في أنقرة "
            "أن قرار الرئيس الروسي فلاديمير بوتين خاطئ.")
    assert [r for r in mention_rows(text) if r["kind"] == "reported"] == []
    held = "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين الاثنين في اجتماع بأنقرة."
    assert [(r["visitor"], r["host"]) for r in mention_rows(held) if r["kind"] == "reported"] == [
        ("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_an_arrival_received_by_an_official_is_still_a_visit_to_the_country():
    """"Morsi arrived in Khartoum ... and was received by the Sudanese president's first deputy": the arrival
    is the visit (its host unnamed, the country's head); a visit noun an official of the country meets stays
    without one ("التقى ولي العهد ... الذي يزور")."""
    text = ("وصل الرئيس محمد مرسي اليوم إلى الخرطوم في زيارة رسمية، "
            "ووجد في استقباله النائب الأول للرئيس السوداني علي عثمان طه.")
    rows = [r for r in mention_rows(text, dt.date(2013, 4, 4)) if r["kind"] == "reported"]
    assert [(r["visitor"], r["city"]) for r in rows] == [("Mohamed Morsi", "Khartoum")]


def test_a_present_visit_verb_describing_a_delegation_is_the_delegation_s_trip():
    """"Youths pelted an American delegation of city councillors visiting the West Bank, amid anger at
    President Trump's decision": the delegation visits; Trump, named later, travels nowhere."""
    text = ("رشق شبان وفدا أميركيا يضم أعضاء في مجلس مدينة شيكاغو يزور الضفة الغربية، "
            "وسط غضب بشأن قرار الرئيس الأميركي دونالد ترمب.")
    assert [r for r in mention_rows(text, dt.date(2018, 2, 10)) if r["kind"] == "reported"] == []
    # the leader's own visit, and a delegation he heads, stay his
    held = "يزور الرئيس الأمريكي دونالد ترامب الضفة الغربية اليوم ويلتقي الرئيس الفلسطيني محمود عباس."
    assert [(r["visitor"], r["host"]) for r in mention_rows(held, dt.date(2018, 2, 10)) if r["kind"] == "reported"] == [
        ("Donald Trump", "Mahmoud Abbas")]


def test_a_leader_after_a_speech_participle_is_said_of_not_a_side():
    """"The minister confirmed the meeting with Abbas, adding that the Israeli prime minister Netanyahu is 'aware'
    of it": past "مشيرا إلى أن" (adding that) Netanyahu is what is said, no side of the meeting."""
    text = ("وقال مسؤول إن الرئيس الفرنسي فرانسوا هولاند التقى الرئيس الفلسطيني محمود عباس في باريس اليوم. "
            'وأكد الوزير الاجتماع مع عباس مشيرا إلى أن رئيس الوزراء الإسرائيلي بنيامين نتنياهو "على علم" باللقاء.')
    rows = [(r["visitor"], r["host"]) for r in mention_rows(text, dt.date(2013, 3, 4)) if r["kind"] == "reported"]
    assert rows == [("Mahmoud Abbas", "Francois Hollande")]


def test_came_to_visit_is_told_as_done_not_as_the_tour_s_plan():
    """"وجاء لزيارة روسيا" (and came to visit Russia), "جاء في زيارة": the coming is done (triggers.yaml
    past_event_verbs), so the tour begun today that includes Russia is news with the lead's day, not a plan; "ويأتي
    لزيارة" (comes to visit, a present) and "جاءت قبيل زيارة" (came shortly before a visit) leave it planned."""
    from tests.extract.test_visit_dates import run_dated  # (it imports this module)
    lead = "يبدأ أردوغان اليوم جولة أوروبية تشمل زيارة روسيا وفرنسا. وتتواصل الانتقادات في الصحف. "
    for tail in ("وقال معارض تركي إن أردوغان ترك الأزمة في بلاده وجاء لزيارة روسيا ولقاء بوتين.",
                 "وقال معارض تركي إن أردوغان جاء في زيارة روسيا ولقاء بوتين."):
        rows = run_dated(lead + tail, dt.date(2019, 4, 3))
        assert [(r["kind"], r["planned"], r["date"]) for r in rows] == [("reported", False, dt.date(2019, 4, 3))]
    for tail in ("وقال معارض تركي إن أردوغان ترك الأزمة في بلاده ويأتي لزيارة روسيا ولقاء بوتين.",
                 "وقال معارض تركي إن تصريحات أردوغان جاءت قبيل زيارة روسيا ولقاء بوتين."):
        rows = run_dated(lead + tail, dt.date(2019, 4, 3))
        assert {r["kind"] for r in rows} == {"referenced"} and all(r["planned"] for r in rows)
