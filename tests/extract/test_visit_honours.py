"""A leader honouring another in person (visits.honours): a meal (triggers.yaml honour_past / honour_future,
honour_words): "أقام X مأدبة عشاء على شرف Y" (X held a dinner in honour of Y) and "مأدبة الغداء التي أقامها ...
على شرفه X" (the lunch X held in his honour) tell a held meeting, the giver the host; the verb's tense is the
meeting's; a meal with a leader ("مأدبة عشاء مع Y", a dinner with Y; "غداء عمل مع Y", a working lunch with
Y: triggers.yaml meal_with) is their meeting; a gift handed over ("منحت X الرئيس Y قميصا", gift_past) and a signing together ("وقع X مع Y اتفاقا",
sign_with_past) tell a held meeting too. Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2021, 5, 10)


def _rows(text, day=DAY):
    return sorted((r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, day))


def test_a_dinner_held_in_a_named_leaders_honour_is_a_reception():
    # "the French president held this evening an official dinner in honour of the German chancellor"
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء رسمية على شرف المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_lunch_held_in_his_honour_names_its_guest_before():
    # "the Egyptian president Sisi stressed, in a speech at the lunch that the French president Macron held
    # today in his honour, the depth of the relations": Sisi is the guest, Macron (after "على شرفه") the host
    text = ("وأكد الرئيس المصري عبد الفتاح السيسي في كلمة ألقاها خلال مأدبة الغداء التي أقامها اليوم على شرفه "
            "الرئيس الفرنسي إيمانويل ماكرون على عمق العلاقات.")
    assert _rows(text) == [("reported", "Abdel Fattah el-Sisi", "Emmanuel Macron")]


def test_a_lunch_its_giver_named_before_his_honour():
    # "the US president Biden did not mind, at a lunch the French president held in his honour"
    text = "ولم يأبه الرئيس الأمريكي جو بايدن كثيرا لذلك خلال مأدبة غداء أقامها الرئيس الفرنسي على شرفه."
    assert _rows(text) == [("reported", "Joe Biden", "Emmanuel Macron")]


def test_a_dinner_to_be_held_in_a_leaders_honour_is_a_plan():
    # negative (not held): "the French president will hold tomorrow a dinner in honour of the German chancellor"
    text = "سيقيم الرئيس الفرنسي إيمانويل ماكرون غدا مأدبة عشاء على شرف المستشارة الألمانية أنجيلا ميركل."
    assert _rows(text) == [("referenced", "Angela Merkel", "Emmanuel Macron")]


def test_a_dinner_in_a_ministers_honour_pairs_no_one():
    # negative: "held a dinner in honour of the German foreign minister" (no leader honoured)
    text = "أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء على شرف وزير الخارجية الألماني."
    assert _rows(text) == []


def test_the_noun_of_holding_is_no_trigger():
    # negative: "إقامة" (the holding) folds like "أقامه": "the paper recalls a state dinner of the French
    # president's holding in 2018 in honour of the German chancellor"
    text = ("وتذكر الصحيفة حفل عشاء دولة إقامة الرئيس الفرنسي إيمانويل ماكرون عام 2018 على شرف المستشارة "
            "الألمانية أنجيلا ميركل.")
    assert _rows(text) == []


def test_holding_with_no_honour_binds_no_one():
    # negative: "أقام" (stayed) with no "على شرف": "the French president stayed at the Elysee since his
    # election, and criticised the German chancellor"
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه منذ انتخابه، وانتقد المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == []


def test_a_shirt_given_by_one_leader_to_another_in_his_capital_is_a_meeting():
    # "Moscow - the Croatian president gave the Russian president a shirt of her country's team on Sunday,
    # hours before the final at the Luzhniki stadium in Moscow"
    text = ("موسكو - منحت الرئيسة الكرواتية كوليندا غرابار كيتاروفيتش الرئيس الروسي فلاديمير بوتين قميصا "
            "لمنتخب بلادها، الأحد، قبل ساعات من المباراة النهائية في ملعب لوجنيكي بموسكو.")
    rows = [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2018, 7, 15))]
    assert rows == [("reported", "Kolinda Grabar-Kitarovic", "Vladimir Putin", "Moscow")]


def test_a_decoration_given_to_a_counterpart_is_a_meeting():
    # "the French president gave his American counterpart a high decoration at the Elysee palace in Paris today"
    text = ("منح الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي دونالد ترامب وساما رفيعا في قصر الإليزيه "
            "بباريس اليوم.")
    rows = [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, dt.date(2018, 7, 15))]
    assert rows == [("reported", "Donald Trump", "Emmanuel Macron", "Paris")]


def test_a_decoration_given_to_someone_else_pairs_no_one():
    # negative: "the French president gave the Legion of Honour to the American actor at a ceremony the
    # American president attended": the one decorated leads nothing
    text = ("منح الرئيس الفرنسي إيمانويل ماكرون وسام جوقة الشرف للممثل الأمريكي خلال حفل حضره الرئيس "
            "الأمريكي دونالد ترامب.")
    assert _rows(text, dt.date(2018, 7, 15)) == []


def test_a_win_dedicated_to_a_leader_is_no_gift():
    # negative: "the player dedicated the win to the French president and said the German chancellor
    # congratulated him": أهدى with no gift noun after it
    text = ("أهدى اللاعب الفوز للرئيس الفرنسي إيمانويل ماكرون وقال إن المستشارة الألمانية أنجيلا ميركل "
            "هنأته.")
    assert _rows(text, dt.date(2018, 7, 15)) == []


def test_a_leader_signing_with_another_in_his_capital_met_him():
    # "Asmara - the Ethiopian prime minister Abiy Ahmed signed on Monday with the Eritrean president Isaias
    # Afwerki a peace agreement at the presidential palace" (triggers.yaml sign_with_past)
    text = ("أسمرة - وقع رئيس الوزراء الإثيوبي آبي أحمد، الاثنين، مع الرئيس الإريتري أسياسي أفورقي "
            "اتفاقا للسلام في القصر الرئاسي.")
    rows = [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY)]
    assert rows == [("reported", "Abiy Ahmed", "Isaias Afwerki", "Asmara")]


def test_a_leader_signing_with_a_minister_pairs_no_one():
    # negative: "the French president signed today with the German foreign minister an agreement"
    text = "وقع الرئيس الفرنسي إيمانويل ماكرون اليوم مع وزير الخارجية الألماني اتفاقية للتعاون."
    assert _rows(text) == []


def test_an_incident_occurring_with_a_leaders_speech_pairs_no_one():
    # negative: وقع is also "occurred": "a quarrel occurred in parliament with the speech of the French
    # president about the German chancellor": no leader between the verb and "مع"
    text = ("وقع شجار في البرلمان مع كلمة الرئيس الفرنسي إيمانويل ماكرون عن المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == []


def test_two_leaders_signing_together_in_a_city_met_there():
    # "the French president Macron and the Egyptian president Sisi signed today in Cairo a joint declaration":
    # no "مع" (with), both the verb's subjects; the one in the other's capital is the visitor
    text = ("وقّع الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي اليوم في القاهرة إعلانا "
            "مشتركا للتعاون.")
    rows = [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY)]
    assert rows == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_leader_and_his_counterpart_signing_in_the_others_resort():
    # "the Russian president Putin and his Turkish counterpart Erdogan signed on Monday in Sochi a memorandum"
    text = ("وقع الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان الاثنين في سوتشي مذكرة تفاهم "
            "بشأن الطاقة.")
    assert _rows(text) == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_two_leaders_signing_a_statement_with_no_city_pair_no_one():
    # negative: a joint statement, no place of signing ("calling for a ceasefire in Libya" is its topic)
    text = ("وقع الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي بيانا مشتركا يدعو إلى وقف "
            "إطلاق النار في ليبيا.")
    assert _rows(text) == []


def test_three_leaders_signing_together_pair_no_one():
    # negative: three signers are a summit's ("Sisi, Putin and Erdogan signed in Sochi a document")
    text = ("وقع الرئيس المصري عبد الفتاح السيسي والرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان "
            "في سوتشي وثيقة.")
    assert _rows(text) == []


def test_a_leader_signing_a_document_about_another_pairs_no_one():
    # negative: "Macron signed a document in Cairo about the Egyptian president Sisi's visit": the word after
    # the first signer is "وثيقة" (a document), no "و" (and) joining a second signer
    text = ("وقع الرئيس الفرنسي إيمانويل ماكرون وثيقة تخص الرئيس المصري عبد الفتاح السيسي في القاهرة.")
    assert _rows(text) == []


def test_two_leaders_signing_with_a_third_signer_not_in_office_pair_no_one():
    # negative: three signers, the third no leader on the day (a former prime minister): still a summit's
    # (Renzi, no leader in 2021, joined to the second signer by "و")
    text = "وقع الرئيس المصري عبد الفتاح السيسي ونظيره الروسي فلاديمير بوتين وماتيو رينزي في روما وثيقة."
    assert _rows(text) == []


def test_a_dinner_held_takriman_li_a_leader_is_a_reception():
    # "the French president held this evening an official dinner in honour of (تكريما ل) the German chancellor"
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون مساء اليوم مأدبة عشاء رسمية تكريما للمستشارة الألمانية "
            "أنجيلا ميركل.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_lunch_held_takriman_lahu_names_its_guest_before():
    # "Sisi stressed, at the lunch that the French president Macron held today in his honour (تكريما له), ..."
    text = ("وأكد الرئيس المصري عبد الفتاح السيسي في كلمة ألقاها خلال مأدبة الغداء التي أقامها اليوم تكريما له "
            "الرئيس الفرنسي إيمانويل ماكرون على عمق العلاقات.")
    assert _rows(text) == [("reported", "Abdel Fattah el-Sisi", "Emmanuel Macron")]


def test_a_dinner_its_giver_named_first_as_the_subject():
    # "the Elysee said that the French president Macron held this evening a dinner in honour of the German
    # chancellor": the giver named before the verb
    text = ("وذكر الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون أقام مساء اليوم مأدبة عشاء على شرف المستشارة "
            "الألمانية أنجيلا ميركل.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_takriman_for_no_one_named_after_it_pairs_no_one():
    # negative: "held a ceremony in honour of the war's victims, attended by the German chancellor": the one
    # honoured is no leader, and "بحضور" (attended by) is no guest of honour; the two met at the ceremony all
    # the same (public_act.presence_sides, no place told): that row is the presence word's, not "تكريما"'s
    text = ("أقام الرئيس الفرنسي إيمانويل ماكرون اليوم حفلا تكريما لضحايا الحرب بحضور المستشارة الألمانية "
            "أنجيلا ميركل.")
    assert [(r["trigger"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)] == [
        ("بحضور", "Angela Merkel", "Emmanuel Macron")]


def test_a_dinner_held_takriman_by_a_minister_pairs_no_one():
    # negative: "the French foreign minister held a dinner in honour of the German chancellor" (no leader gives it)
    text = "أقام وزير الخارجية الفرنسي جان إيف لودريان مساء اليوم مأدبة عشاء تكريما للمستشارة الألمانية أنجيلا ميركل."
    assert _rows(text) == []


def test_a_leader_handing_a_guest_named_before_her_diploma_hosts_her():
    # "the Sorbonne gave the German chancellor Merkel an honorary doctorate in Paris today. And the French
    # president Macron handed her (بتسليمها) the diploma": the act's pronoun is the guest told before
    text = ("منحت جامعة السوربون المستشارة الألمانية أنجيلا ميركل درجة الدكتوراه الفخرية في باريس اليوم.\n"
            "وقام الرئيس الفرنسي إيمانويل ماكرون بتسليمها الشهادة.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_minister_handing_the_guest_her_diploma_pairs_no_one():
    # negative: the same ceremony, the diploma handed by the foreign minister, no leader
    text = ("منحت جامعة السوربون المستشارة الألمانية أنجيلا ميركل درجة الدكتوراه الفخرية في باريس اليوم.\n"
            "وقام وزير الخارجية الفرنسي جان إيف لودريان بتسليمها الشهادة.")
    assert _rows(text) == []


def test_a_leader_honouring_a_home_figure_pairs_no_one():
    # negative: "a French doctor won the prize. And the French president Macron honoured him (بتكريمه) at the
    # Elysee": the pronoun is his own citizen, no guest of another country
    text = "فاز طبيب فرنسي بالجائزة الأوروبية للعلوم.\nوقام الرئيس الفرنسي إيمانويل ماكرون بتكريمه في قصر الإليزيه اليوم."
    assert _rows(text) == []


def test_a_state_handing_someone_over_pairs_no_one():
    # negative: "the German chancellor demanded the suspect's handover. And France handed him over (بتسليمه) to
    # Berlin today": no leader acts
    text = "طالبت المستشارة الألمانية أنجيلا ميركل بتسليم المتهم.\nوقامت فرنسا بتسليمه إلى برلين اليوم."
    assert _rows(text) == []


def test_a_leader_decorating_another_is_a_meeting():
    # "the French president Macron decorated (قلد) the German chancellor Merkel with the Legion of Honour in
    # Paris today": handed in person; Paris says who travelled
    text = "قلد الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنجيلا ميركل وسام جوقة الشرف في باريس اليوم."
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_leader_decorating_a_home_figure_pairs_no_one():
    # negative: "Macron decorated a French doctor with the Legion of Honour at the Elysee" (no other leader)
    text = "قلد الرئيس الفرنسي إيمانويل ماكرون طبيبا فرنسيا وسام جوقة الشرف في قصر الإليزيه اليوم."
    assert _rows(text) == []


def test_a_dinner_or_working_lunch_with_a_leader_is_their_meeting():
    # "the French president said during a dinner with the German chancellor in Berlin this evening" (triggers.yaml
    # meal_with: the city tells who travelled), and "after a working lunch with the French president at the Elysee"
    text = ("وقال الرئيس الفرنسي إيمانويل ماكرون خلال مأدبة عشاء مع المستشارة الألمانية أنجيلا ميركل في برلين "
            "مساء اليوم إن أوروبا تحتاج إلى الوحدة.")
    assert _rows(text) == [("reported", "Emmanuel Macron", "Angela Merkel")]
    text = ("وأكدت المستشارة الألمانية أنجيلا ميركل بعد غداء عمل مع الرئيس الفرنسي إيمانويل ماكرون في قصر "
            "الإليزيه اليوم أن العلاقات متينة.")
    assert _rows(text) == [("reported", "Angela Merkel", "Emmanuel Macron")]


def test_a_dinner_with_a_leader_tomorrow_is_a_plan():
    # "the French president is due to attend tomorrow a lunch with the German chancellor in Berlin"
    text = ("ومن المقرر أن يحضر الرئيس الفرنسي إيمانويل ماكرون غدا مأدبة غداء مع المستشارة الألمانية أنجيلا "
            "ميركل في برلين.")
    assert _rows(text) == [("referenced", "Emmanuel Macron", "Angela Merkel")]


def test_a_dinner_with_no_leader_at_the_table_pairs_no_one():
    # negatives: a dinner with businessmen, with a foreign minister, with the EU's leaders (a group)
    for guests, city in (("رجال الأعمال الألمان", "برلين"), ("وزير الخارجية الألماني", "برلين"),
                         ("قادة الاتحاد الأوروبي", "بروكسل")):
        text = f"وقال الرئيس الفرنسي إيمانويل ماكرون خلال مأدبة عشاء مع {guests} في {city} مساء اليوم إن أوروبا قوية."
        assert _rows(text) == [], guests


def test_a_dinner_a_leader_gives_for_a_summits_leaders_pairs_no_one():
    # negative: "the French president took part in a dinner the German chancellor gave in honour of the leaders
    # taking part in the summit": no "مع" after the dinner, and no one leader honoured
    text = ("وشارك الرئيس الفرنسي إيمانويل ماكرون في مأدبة عشاء أقامتها المستشارة الألمانية أنجيلا ميركل على "
            "شرف القادة المشاركين في القمة.")
    assert _rows(text) == []
