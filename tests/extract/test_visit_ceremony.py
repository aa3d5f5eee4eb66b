"""Two leaders shown together at a ceremony, with no meeting verb (visits.ceremony; triggers.yaml witness_past,
share_past, ceremony_nouns): "شهد X و Y مراسم توقيع" (X and Y witnessed the signing) and "شارك X، Y مشاهدة العرض"
(X shared with Y the watching of the parade) tell a held meeting; the city says who travelled. Invented sentences,
the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2021, 5, 10)


def _rows(text, day=DAY):
    return [(r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, day)]


def test_two_leaders_witnessing_a_signing_together_met():
    # "the French president Macron and the Egyptian president Sisi witnessed today, Monday, in Cairo the
    # ceremony of signing four cooperation agreements between the two countries"
    text = ("شهد الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي، اليوم الاثنين في القاهرة، "
            "مراسم توقيع أربع اتفاقيات للتعاون بين البلدين.")
    assert _rows(text) == [("reported", "Emmanuel Macron", "Abdel Fattah el-Sisi", "Cairo")]


def test_a_long_gulf_title_and_a_crown_prince_listed_between_the_two_leaders():
    # "the vice president, prime minister and ruler of Dubai, Sheikh Mohammed bin Rashid, the crown prince of Abu
    # Dhabi, Sheikh Mohamed bin Zayed, and the Indian prime minister Modi witnessed on Saturday in Abu Dhabi the
    # exchange of five memoranda": the titles pass, the crown prince (no leader) is passed over
    text = ("شهد نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، الشيخ محمد بن راشد آل مكتوم، وولي عهد أبوظبي، "
            "الشيخ محمد بن زايد آل نهيان، ورئيس الوزراء الهندي ناريندرا مودي، السبت في أبوظبي، مراسم تبادل خمس "
            "مذكرات تفاهم.")
    assert _rows(text, dt.date(2018, 2, 10)) == [("reported", "Narendra Modi", "Mohammed bin Rashid Al Maktoum",
                                                  "Abu Dhabi")]


def test_a_leader_sharing_the_watching_of_a_parade_with_another_met_him():
    # "the Turkish president Erdogan shared with the Russian president Putin on Monday the watching of the military
    # parade in Red Square" (شارك X Y: Y the verb's object); Red Square is a Moscow venue
    text = ("وشارك الرئيس التركي رجب طيب أردوغان، الرئيس الروسي فلاديمير بوتين الاثنين مشاهدة العرض العسكري "
            "في الساحة الحمراء.")
    assert _rows(text) == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin", "Moscow")]


def test_one_leader_witnessing_his_ministers_signing_pairs_no_one():
    # negative: "Macron witnessed today the signing of an agreement between the French and the Egyptian foreign
    # ministers": one leader at the ceremony
    text = ("شهد الرئيس الفرنسي إيمانويل ماكرون اليوم مراسم توقيع اتفاقية بين وزير الخارجية الفرنسي ووزير "
            "الخارجية المصري.")
    assert _rows(text) == []


def test_a_leader_and_a_foreign_minister_witnessing_pair_no_one():
    # negative: the one joined to Macron is the Egyptian foreign minister
    text = "شهد الرئيس الفرنسي إيمانويل ماكرون ووزير الخارجية المصري اليوم مراسم توقيع اتفاقية."
    assert _rows(text) == []


def test_a_leader_and_another_leaders_wife_pair_no_one():
    # negative: "Macron and the wife of the Egyptian president Sisi witnessed today the opening of the museum"
    text = "شهد الرئيس الفرنسي إيمانويل ماكرون وزوجة الرئيس المصري عبد الفتاح السيسي اليوم حفل افتتاح المتحف."
    assert _rows(text) == []


def test_a_ceremony_they_will_witness_is_no_meeting_held():
    # negatives: "will witness next week" (sa- future) and "is scheduled to witness tomorrow": no past verb
    future = ("سيشهد الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي الأسبوع المقبل حفل افتتاح "
              "المتحف.")
    scheduled = ("ومن المقرر أن يشهد الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي غدا مراسم "
                 "توقيع اتفاقيات.")
    assert _rows(future) == [] and _rows(scheduled) == []


def test_a_ceremony_witnessed_by_video_is_no_meeting():
    # negative: "witnessed by video technology the launch of the project": remote
    text = ("شهد الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي عبر تقنية الفيديو مراسم تدشين "
            "المشروع.")
    assert _rows(text) == []


def test_three_leaders_at_one_opening_pair_no_one():
    # negative: three leaders of three countries at one ceremony are a gathering's
    text = ("شهد الرئيس المصري عبد الفتاح السيسي والرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان "
            "اليوم حفل افتتاح المحطة.")
    assert _rows(text) == []


def test_a_leader_watching_a_parade_alone_or_taking_part_pairs_no_one():
    # negatives: "Putin watched today the parade" (one leader) and "Erdogan took part in the opening of the new
    # airport in Istanbul beside Russian officials" (شارك في: no leader as its object)
    alone = "شاهد الرئيس الروسي فلاديمير بوتين اليوم العرض العسكري في الساحة الحمراء."
    part = "شارك الرئيس التركي رجب طيب أردوغان في حفل افتتاح المطار الجديد بإسطنبول إلى جانب مسؤولين روس."
    assert _rows(alone) == [] and _rows(part) == []


def test_a_leader_witnessing_with_an_envoy_present_pairs_no_one():
    # negative: "Macron witnessed, in the presence of the Egyptian ambassador, today the opening of an exhibition
    # about the Egyptian president Sisi": Sisi is its topic, not joined to Macron
    text = ("شهد الرئيس الفرنسي إيمانويل ماكرون، بحضور السفير المصري، اليوم حفل افتتاح معرض عن الرئيس المصري "
            "عبد الفتاح السيسي.")
    assert _rows(text) == []


def test_an_undated_ceremony_after_the_pairs_dated_visit_is_that_visit_retold():
    # negative (no news): "the emir of Qatar had made on 7 January a short visit to Algeria, holding talks with
    # President Tebboune. Tebboune and Sheikh Tamim also witnessed the signing of six agreements": the signing,
    # with no day of its own in a March article, belongs to the January visit (merge._only_retold)
    text = ("وكان أمير قطر الشيخ تميم بن حمد آل ثاني قد قام يوم السابع من يناير الماضي بزيارة قصيرة للجزائر، أجرى "
            "خلالها مباحثات مع الرئيس عبد المجيد تبون.\nكما شهد الرئيس تبون، والشيخ تميم، التوقيع على ست "
            "اتفاقيات للتعاون بين البلدين.")
    rows = _rows(text, dt.date(2021, 3, 20))
    assert rows and all(kind == "referenced" for kind, *_ in rows)
    assert ("referenced", "Tamim bin Hamad Al Thani", "Abdelmadjid Tebboune", None) in rows
