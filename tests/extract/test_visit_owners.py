"""Whose meeting a meeting noun with a pronoun tells (visits.meetings.meet_roles, owners.pronoun_owner): "خلال لقائه"
(during his meeting) after "المستشار السياسي للرئيس الفلسطيني" (the Palestinian president's political adviser) is
the adviser's, not the president's, though the president is the person named last before it; "مباحثاته" (his
talks) in a sentence that names nobody before it is the leader told just before (owners.unnamed_owner, read by
meetings.implicit_subject); a visit noun with "له" after it ("زيارة له", a visit of his) looks back as "زيارته"
does (owners.li_owned). Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import reported_rows

DAY = dt.date(2013, 3, 12)
D2019 = dt.date(2019, 4, 6)


def test_a_meeting_of_a_leaders_adviser_named_by_an_office_and_li_is_no_leaders_meeting():
    # "the Palestinian president's political adviser discussed, during his meeting today with the American
    # president Barack Obama, the chances of peace": an adjective between the office and its li- (of)
    text = ("بحث المستشار السياسي للرئيس الفلسطيني خلال لقائه اليوم مع الرئيس الأمريكي باراك أوباما "
            "الفرص المتاحة للسلام.")
    assert reported_rows(text, DAY) == []


def test_a_meeting_of_the_leader_himself_named_before_his_pronoun_stays():
    text = ("بحث الرئيس الفلسطيني محمود عباس خلال لقائه اليوم مع الرئيس الأمريكي باراك أوباما "
            "الفرص المتاحة للسلام.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, DAY)] == [("Mahmoud Abbas", "Barack Obama")]


def test_his_talks_in_a_sentence_naming_nobody_before_them_are_the_leader_told_just_before():
    # "Abe praised the ties with India. He explained that his country seeks more investment, after his talks
    # today with the Indian prime minister Manmohan Singh": "his" is Abe, the subject carried from before
    text = ("أشاد رئيس الوزراء الياباني شينزو آبي بالعلاقات مع الهند.\n"
            "وأوضح أن بلاده تسعى إلى زيادة الاستثمارات وذلك عقب مباحثاته اليوم مع رئيس الوزراء الهندي مانموهان سينج.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, DAY)] == [("Shinzo Abe", "Manmohan Singh")]


def test_his_talks_after_a_minister_told_just_before_are_no_leaders_meeting():
    text = ("أشاد وزير الخارجية الأمريكي جون كيري بالعلاقات مع الهند.\n"
            "وأوضح أن بلاده تسعى إلى زيادة الاستثمارات وذلك عقب مباحثاته اليوم مع رئيس الوزراء الهندي مانموهان سينج.")
    assert reported_rows(text, DAY) == []


def test_his_talks_after_a_person_named_in_their_own_sentence_are_that_persons():
    # Kerry, named before "مباحثاته" in its own sentence, owns them: Abe, told the sentence before, met nobody
    text = ("أشاد رئيس الوزراء الياباني شينزو آبي بالعلاقات مع الهند.\n"
            "وأوضح وزير الخارجية الأمريكي جون كيري أن بلاده تسعى إلى زيادة الاستثمارات وذلك عقب مباحثاته اليوم "
            "مع رئيس الوزراء الهندي مانموهان سينج.")
    assert reported_rows(text, DAY) == []
def test_an_unnamed_subject_is_not_the_leader_met_with_in_the_sentence_before():
    # "Macron sought, during his visit to Morocco, to avoid a row with the Iranian president Hassan Rouhani.
    # He pointed out, at a joint press conference with King Mohammed VI in Rabat, that dialogue is possible":
    # the one who pointed out is Macron (owners.prior_subject), not Rouhani, named last but after "مع"
    text = ("وسعى الرئيس الفرنسي ماكرون خلال زيارته المغرب إلى تجنب سجال مع الرئيس الإيراني حسن روحاني. "
            "وأشار، خلال مؤتمر صحفي مشترك مع الملك محمد السادس في الرباط، إلى أن الحوار ممكن.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [
        ("Emmanuel Macron", "Mohammed VI of Morocco")]


def test_an_unnamed_subject_past_a_long_title_after_with_is_the_one_before():
    # the partner's title and honorific stand between "مع" and his name: "مع المرشد الأعلى ... آية الله علي خامنئي"
    text = ("وسعى الرئيس الفرنسي ماكرون خلال زيارته المغرب إلى تجنب سجال مع المرشد الأعلى للجمهورية الإسلامية "
            "آية الله علي خامنئي. وأشار، خلال مؤتمر صحفي مشترك مع الملك محمد السادس في الرباط، إلى أن الحوار ممكن.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [
        ("Emmanuel Macron", "Mohammed VI of Morocco")]


def test_an_unnamed_subject_after_a_leader_named_as_an_object_stays_the_last_named():
    # no "مع" before Rouhani: the person named last is still whom the unnamed subject takes
    text = ("وانتقد الرئيس الفرنسي ماكرون الرئيس الإيراني حسن روحاني. "
            "وأشار، خلال مؤتمر صحفي مشترك مع الملك محمد السادس في الرباط، إلى أن الحوار ممكن.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [
        ("Hassan Rouhani", "Mohammed VI of Morocco")]


def test_a_visit_with_li_pronoun_after_an_unnamed_speaker_is_not_the_leader_named_after_it():
    # "the senator said yesterday, during a visit of his (زيارة له) to Israel, that he does not trust that
    # President Erdogan will change": "له" looks back as "زيارته" does; Erdogan, named after it, did not travel
    text = "وقال السيناتور أمس خلال زيارة له إلى إسرائيل إنه لا يثق بأن الرئيس أردوغان سيغير موقفه."
    assert reported_rows(text, D2019) == []


def test_a_visit_with_li_pronoun_after_the_leader_himself_stays_his():
    # "Macron said during a visit of his to Turkey that President Erdogan is an important partner": his trip
    text = "وقال الرئيس الفرنسي ماكرون خلال زيارة له إلى تركيا إن الرئيس أردوغان شريك مهم."
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [
        ("Emmanuel Macron", "Recep Tayyip Erdogan")]


def test_a_visit_noun_with_the_leaders_genitive_after_it_stays_his():
    # "زيارة الرئيس أردوغان إلى فرنسا" (President Erdogan's visit to France): no "له", the genitive travels
    text = "وأكد أمس خلال زيارة الرئيس أردوغان إلى فرنسا أن بلاده لن تغير سياستها تجاه أوروبا."
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [
        ("Recep Tayyip Erdogan", "Emmanuel Macron")]


def test_a_meeting_those_meetings_included_is_the_earlier_meetings_owners():
    """"Erdogan held several bilateral meetings in Ankara yesterday with leaders attending the ceremony. The
    spokesman said those meetings included a bilateral meeting with the Iranian president Rouhani": Erdogan's
    (owners.included_meeting, read by meetings.implicit_subject)."""
    text = ("عقد الرئيس التركي رجب طيب أردوغان في أنقرة أمس عدة لقاءات ثنائية مع عدد من القادة الذين حضروا الحفل. "
            "وصرح المتحدث باسم الرئاسة بأن تلك اللقاءات شملت اجتماعا ثنائيا مع الرئيس الإيراني حسن روحاني.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2019)] == [("Hassan Rouhani", "Recep Tayyip Erdogan")]


def test_a_meeting_included_in_meetings_a_minister_held_is_not_the_earlier_leaders():
    """Negative: "the foreign minister held meetings that included a meeting with Rouhani": indefinite meetings
    with their own subject, no meeting of Erdogan's."""
    text = ("عقد الرئيس التركي رجب طيب أردوغان في أنقرة أمس عدة لقاءات مع وزراء. "
            "وقال المتحدث إن وزير الخارجية التركي عقد لقاءات شملت اجتماعا مع الرئيس الإيراني حسن روحاني.")
    assert reported_rows(text, D2019) == []


PARTNER_TWICE = ("أكد الرئيس الفرنسي إيمانويل ماكرون أنه يأمل العمل مع نظيره الأمريكي دونالد ترامب على اتفاق جديد، "
                 "وذلك خلال مؤتمر صحفي عقده مع ترامب، خلال زيارته الرسمية الأولى إلى {}.")


def test_his_visit_after_the_partner_named_twice_is_the_speakers_not_the_partners():
    # "with his American counterpart Donald Trump ... at a press conference he held with Trump, during his first
    # official visit to America": the partner's own earlier name is not the other one "his" points past to
    for place in ("أمريكا", "الولايات المتحدة"):
        rows = reported_rows(PARTNER_TWICE.format(place), dt.date(2018, 4, 24))
        assert [(r["visitor"], r["host"]) for r in rows] == [("Emmanuel Macron", "Donald Trump")]


def test_his_visit_to_the_speakers_own_country_is_still_the_partners():
    # the negative: told by the host ("the Jordanian king ... with Obama ... with Obama during his visit to
    # Jordan"), "his" is Obama's: no one visits home
    text = ("أكد العاهل الأردني الملك عبدالله الثاني أنه بحث مع الرئيس الأمريكي باراك أوباما عملية السلام، "
            "وذلك خلال مؤتمر صحفي عقده مع أوباما، خلال زيارته الرسمية الأولى إلى الأردن.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, DAY)] == [("Barack Obama", "Abdullah II of Jordan")]


def test_his_first_visit_as_president_of_his_country_is_no_visit_to_it():
    # "في زيارته الأولى كرئيس للولايات المتحدة" (on his first visit as president of the United States):
    # his country after a title is no goal of the visit, so it is still the speaker's, in Jerusalem
    text = ("وقال الرئيس الأمريكي باراك أوباما في مؤتمر صحافي مشترك مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو، "
            "بالقدس، في زيارته الأولى كرئيس للولايات المتحدة، إن التعاون سيستمر.")
    rows = reported_rows(text, dt.date(2013, 3, 20))
    assert [(r["visitor"], r["host"], r["city"]) for r in rows] == [
        ("Barack Obama", "Benjamin Netanyahu", "Jerusalem")]


def test_a_visit_noun_after_an_organisation_subject_is_the_leader_it_governs():
    # "the Arab League criticised the American president Barack Obama's visit to the region, which he opened
    # today with Israel": the organisation is the verb's subject; the leader after the noun owns the visit
    text = "انتقدت جامعة الدول العربية زيارة الرئيس الأمريكي باراك أوباما للمنطقة التي استهلها اليوم بإسرائيل."
    rows = reported_rows(text, dt.date(2013, 3, 20))
    assert [(r["visitor"], r["host"], str(r["date"])) for r in rows] == [
        ("Barack Obama", "Benjamin Netanyahu", "2013-03-20")]


def test_a_visit_noun_an_organisation_governs_with_no_leader_after_it_stays_the_organisations():
    # the negative: "the Arab League announced a visit to Israel to discuss the file with Netanyahu today":
    # no leader after the noun, the organisation's own visit (no leaders' meeting)
    text = ("وأعلنت جامعة الدول العربية زيارة إسرائيل لبحث الملف مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
            "اليوم.")
    assert reported_rows(text, dt.date(2013, 3, 20)) == []


RECEIVED_TUNISIAN = ("استقبل الرئيس محمد مرسي في القاهرة أمس الرئيس التونسي المنصف المرزوقي، ")


def test_a_meeting_verb_joined_by_and_after_a_reception_is_the_receivers():
    # "President Morsi received the Tunisian president al-Marzouki in Cairo yesterday, and met the Sudanese
    # president Omar al-Bashir": Morsi met al-Bashir (owners.carried_subject), his guest met nobody
    for tail in ("والتقى الرئيس السوداني عمر البشير.", "والتقى بعد ذلك مع الرئيس السوداني عمر البشير."):
        got = {(r["visitor"], r["host"], r["city"]) for r in reported_rows(RECEIVED_TUNISIAN + tail, DAY)}
        assert got == {("Moncef Marzouki", "Mohamed Morsi", "Cairo"), ("Omar al-Bashir", "Mohamed Morsi", "Cairo")}


def test_a_meeting_in_a_relative_clause_after_a_reception_stays_the_guests():
    # "..., who met the Sudanese president": "الذي" (who) is the guest; no "و" carries the host
    got = {(r["visitor"], r["host"]) for r in reported_rows(RECEIVED_TUNISIAN + "الذي التقى الرئيس السوداني عمر البشير.", DAY)}
    assert ("Omar al-Bashir", "Mohamed Morsi") not in got
    assert ("Moncef Marzouki", "Omar al-Bashir") in got


def test_a_meeting_joined_by_and_that_names_its_own_subject_is_not_the_receivers():
    # "..., and the Sudanese president Omar al-Bashir met the Libyan PM Ali Zeidan": two leaders, a title
    # between, after the verb: the first is its subject, Morsi is no side
    text = RECEIVED_TUNISIAN + "والتقى الرئيس السوداني عمر البشير رئيس الوزراء الليبي علي زيدان."
    got = {(r["visitor"], r["host"]) for r in reported_rows(text, DAY)}
    assert ("Omar al-Bashir", "Mohamed Morsi") not in got and ("Ali Zeidan", "Mohamed Morsi") not in got


def test_a_meeting_joined_by_and_after_a_meeting_verb_stays_its_subjects():
    # "Morsi met al-Marzouki in Cairo, and met al-Bashir": the meeting verb's subject, as before
    text = ("التقى الرئيس محمد مرسي في القاهرة أمس الرئيس التونسي المنصف المرزوقي، والتقى الرئيس السوداني "
            "عمر البشير.")
    got = {(r["visitor"], r["host"]) for r in reported_rows(text, DAY)}
    assert ("Omar al-Bashir", "Mohamed Morsi") in got and ("Moncef Marzouki", "Omar al-Bashir") not in got


D2018 = dt.date(2018, 11, 30)
MET_WITH_BI = ("والرئيس الكيني أوهورو كينياتا {} الفرنسي إيمانويل ماكرون مساء اليوم في زيارته الرسمية الثانية {}"
               "منذ العام 2015.")


def test_his_visit_after_the_one_a_meeting_verb_meets_with_bi_is_the_subjects():
    # "X يجتمع بنظيره الفرنسي Y ... في زيارته" (X meets his French counterpart Y on his visit): the object met
    # with bi- is not whom "his" points to, as one met "مع" is not (owners.met_with_bi)
    for verb in ("يجتمع بنظيره", "يلتقي بنظيره"):
        rows = reported_rows(MET_WITH_BI.format(verb, "إلى فرنسا "), D2018)
        assert [(r["visitor"], r["host"]) for r in rows] == [("Uhuru Kenyatta", "Emmanuel Macron")]


def test_his_visit_to_the_subjects_own_country_is_still_the_one_met_with_bi():
    # the negative: "في زيارته ... إلى كينيا" (to Kenya, the subject's own country): no one visits home
    rows = reported_rows(MET_WITH_BI.format("يجتمع بنظيره", "إلى كينيا "), D2018)
    assert [(r["visitor"], r["host"]) for r in rows] == [("Emmanuel Macron", "Uhuru Kenyatta")]


def test_his_visit_after_a_verb_with_its_own_subject_after_it_stays_the_subjects():
    # the near miss: the verb first, then its subject ("ويجتمع X بنظيره"), read as before (_verb_subject_then_object)
    text = ("ويجتمع الرئيس الكيني أوهورو كينياتا بنظيره الفرنسي إيمانويل ماكرون مساء اليوم في زيارته الرسمية "
            "الثانية منذ العام 2015.")
    assert [(r["visitor"], r["host"]) for r in reported_rows(text, D2018)] == [("Uhuru Kenyatta", "Emmanuel Macron")]
