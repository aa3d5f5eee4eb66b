"""The object slot of a meeting verb (vetoes.slot_taken): a non-leader right after the verb's leader subject
(triggers.yaml nonleader_slot) makes the meeting his, not the leaders'. Invented sentences, the whole extract step."""
import datetime as dt

PUB = dt.date(2018, 5, 15)


def _kinds(text, published=PUB):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_leader_who_met_the_players_did_not_meet_the_leader_their_photos_were_with():
    # "التقى الرئيس ... لاعبي المنتخب بعد الجدل الذي أثارته صور لهما مع الرئيس الروسي" (met the team's
    # players after the fuss over their photos with the Russian president): the players' meeting, not Putin's
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون لاعبي المنتخب الوطني بعد الجدل الذي أثارته صور لهما مع "
            "الرئيس الروسي فلاديمير بوتين.")
    assert _kinds(text) == []
    minister = text.replace("لاعبي المنتخب الوطني", "وزير الخارجية").replace("لهما", "له")
    assert _kinds(minister) == []
    # the subject named past its title, two mentions of one man ("الرئيس الألماني فرانك فالتر شتاينماير")
    titled = text.replace("الفرنسي إيمانويل ماكرون", "الألماني فرانك والتر شتاينماير")
    assert _kinds(titled) == []


def test_a_leader_met_after_a_minister_in_one_list_is_still_met():
    # "التقى ماكرون وزير الخارجية السعودي ثم الملك سلمان" (met the Saudi minister, then King Salman): no comma,
    # no "after" between, the king is the verb's object too
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية السعودي ثم الملك سلمان في باريس."
    assert _kinds(text) == [("reported", "Salman bin Abdulaziz", "Emmanuel Macron")]
    # the leader right after the subject is the object, whatever comes later
    both = "التقى الرئيس الفرنسي إيمانويل ماكرون الرئيس الروسي فلاديمير بوتين بعد الجدل الذي أثارته صور لاعبي المنتخب."
    assert _kinds(both) == [("reported", "Emmanuel Macron", "Vladimir Putin")]


def test_the_ministers_who_arrived_are_no_leader_arriving():
    # "فمنذ أسبوع وصل الوزراء إلى عدن" (a week ago the ministers arrived in Aden): the verb's subject is the
    # ministers, not a leader named in an earlier clause of the sentence
    text = ("ألقى الملك سلمان كلمة أمام القادة العرب في شرم الشيخ بحضور الرئيس المصري عبد الفتاح السيسي، "
            "واليوم يفي الملك سلمان بوعده؛ فمنذ أسبوع وصل الوزراء إلى عدن.")
    assert [k for k, _, _ in _kinds(text, dt.date(2015, 8, 1))] in ([], ["referenced"])
    # "رئيس الوزراء" (prime minister) holds the word and is a leader: his arrival stays
    pm = "وصل رئيس الوزراء الهندي ناريندرا مودي إلى الرياض اليوم حيث يلتقي الملك سلمان."
    assert _kinds(pm, dt.date(2015, 8, 1)) == [("reported", "Narendra Modi", "Salman bin Abdulaziz")]


def test_a_new_ambassador_arriving_is_no_arrival_of_the_king_who_appointed_his_predecessor():
    # "وصل إلى مطار ... اليوم فلان، سفير الأردن الجديد، ... الذي عينه الملك" (the new ambassador arrived; the
    # king appointed the one he succeeds): the arrival's subject is the ambassador, named before any leader
    text = ("وصل إلى مطار الرياض الدولي مساء اليوم الخميس، أحمد سالم العلي، سفير الأردن الجديد لدى الرياض، "
            "ويخلف السفير خالد الذي عينه الملك عبدالله الثاني سفيرا لبلاده في مسقط.")
    assert _kinds(text) == []
    no_comma = "وصل إلى مطار الرياض أمس أحمد سالم العلي سفير الأردن الجديد، الذي عينه الملك عبدالله الثاني مؤخرا."
    assert _kinds(no_comma) == []


def test_a_leader_arriving_after_place_and_time_is_still_the_arrival_subject():
    # the negatives: the leader is the slot's first person, and a leader's title beginning with an official's
    # noun ("الوزير الأول", the prime minister) is no official
    king = ("وصل إلى الرياض اليوم الخميس العاهل الأردني الملك عبدالله الثاني في زيارة يلتقي خلالها "
            "خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز، ويرافقه وزير الخارجية.")
    assert _kinds(king, dt.date(2014, 5, 10)) == [("reported", "Abdullah II of Jordan", "Abdullah bin Abdulaziz")]
    pm = ("وصل إلى الرياض اليوم الوزير الأول الجزائري عبد المالك سلال في زيارة يلتقي خلالها "
          "الملك عبدالله بن عبدالعزيز.")
    assert _kinds(pm, dt.date(2014, 5, 10)) == [("reported", "Abdelmalek Sellal", "Abdullah bin Abdulaziz")]


def test_a_prime_minister_titled_by_an_indefinite_ministers_noun_still_arrives():
    # "يصل رئيس وزراء بريطانيا ديفيد كاميرون": "وزراء" (ministers) heads into the leader's title, no official
    text = ("يصل رئيس وزراء بريطانيا ديفيد كاميرون مستهلا زيارة تستمر يومين يجري خلالها محادثات مع "
            "كبار المسؤولين على رأسهم الرئيس الجزائري عبد العزيز بوتفليقة.")
    assert _kinds(text, dt.date(2013, 1, 30)) == [("reported", "David Cameron", "Abdelaziz Bouteflika")]


def test_a_chancellor_received_is_a_leader_not_an_adviser():
    """"استقبل السيسي المستشارة الألمانية أنغيلا ميركل" (received the German chancellor): the chancellor's title
    begins with "المستشارة" (also an adviser, official_nouns) but names a head of government (leader_titles)."""
    text = "استقبل الرئيس عبد الفتاح السيسي المستشارة الألمانية أنغيلا ميركل في القاهرة."
    assert _kinds(text, dt.date(2019, 3, 2)) == [("reported", "Angela Merkel", "Abdel Fattah el-Sisi")]


def test_an_adviser_received_is_still_an_official():
    """Negative: "استقبل السيسي مستشار الأمن القومي الأمريكي" (received the US national security adviser) is no
    leader's reception, whatever leaders the sentence names after him."""
    text = "استقبل الرئيس عبد الفتاح السيسي مستشار الأمن القومي الأمريكي بحضور رئيس الوزراء شريف إسماعيل."
    assert _kinds(text, dt.date(2019, 3, 2)) == []
