"""A meeting in a sentence naming an international body, its seat or its summit has no host from the city's country
(visits.officials.international_body, visits.seats.body_seat, summits.body_summit_named, triggers.yaml
international_bodies, organizations.yaml); a leader's own trip there (an arrival, a visit) is still his trip, hosted by
the country's head by office, the rows' stand-in for the gold's null host, when it goes to the body's seat or summit
(candidates._meets_a_body). Invented
sentences, the real lexicon, the whole extract step."""
import datetime as dt

PUB = dt.date(2015, 7, 27)


def _kinds(text, published=PUB):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_leader_who_went_to_a_body_s_seat_made_a_trip_there_not_to_a_city_it_merely_meets_in():
    # "the WTO will receive the French president, who went to Geneva" (its seat, triggers.yaml body_seats): his trip,
    # hosted by office (gold: host null); a conference of a body in Rome, no seat of it in the lexicon, keeps the veto
    text = "وستستقبل منظمة التجارة العالمية بحفاوة الرئيس الفرنسي فرانسوا أولاند الذي توجه إلى جنيف."
    assert _kinds(text) == [("reported", "Francois Hollande", "Simonetta Sommaruga")]
    fao = "وصل الرئيس الفرنسي فرانسوا أولاند إلى روما اليوم للمشاركة في مؤتمر منظمة الأغذية والزراعة."
    assert _kinds(fao) == []


def test_a_leader_arriving_in_geneva_with_no_body_named_is_still_switzerlands_guest():
    # the negative: no body in the sentence, the country's leader is the unnamed host as before
    assert _kinds("وصل الرئيس الفرنسي فرانسوا أولاند إلى جنيف اليوم.") == [
        ("reported", "Francois Hollande", "Simonetta Sommaruga")]


def test_a_meeting_of_states_is_no_meeting_of_two_leaders_named_around_it():
    # "اجتماع دول الجوار" (the neighbouring states' meeting), "قمة بين دول ..." (a summit between the
    # states of ...): many sides, whoever else the sentence names
    states = "وشاركت المستشارة الألمانية أنجيلا ميركل في اجتماع دول الجوار في صوفيا بحضور الرئيس الأميركي دونالد ترمب."
    assert _kinds(states, dt.date(2018, 5, 17)) == []
    between = "وحضرت المستشارة الألمانية أنجيلا ميركل قمة بين دول الاتحاد الأوروبي والبلقان مع الرئيس الأميركي دونالد ترمب."
    assert _kinds(between, dt.date(2018, 5, 17)) == []
    # two leaders' own summit, and their meeting on the sidelines of the states' summit, stay
    pair = "عقدت أمس في صوفيا قمة بين الرئيس الأميركي دونالد ترمب والمستشارة الألمانية أنجيلا ميركل."
    assert _kinds(pair, dt.date(2018, 5, 17)) == [("reported", "Donald Trump", "Angela Merkel")]
    side = ("التقى الرئيس الأميركي دونالد ترمب المستشارة الألمانية أنجيلا ميركل على هامش قمة دول مجموعة العشرين "
            "في بوينس آيرس أمس.")
    assert _kinds(side, dt.date(2018, 5, 17)) == [("reported", "Donald Trump", "Angela Merkel")]


FEB22 = dt.date(2013, 2, 22)


def test_a_trip_to_meet_a_body_s_officer_named_by_his_title_has_no_host_by_office():
    # the body's name is inside its officer's title ("رئيس المفوضية الأوروبية ..."), the place is the country, not
    # the body's seat: not a visit to the Belgian prime minister, whom the text never names; nor a meeting there
    text = ("يصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة قصيرة يلتقي خلالها رئيس "
            "المفوضية الأوروبية جوزيه مانويل باروسو.")
    assert [k for k in _kinds(text, FEB22) if k[0] == "reported"] == []
    met = "والتقى رئيس وزراء النرويج ينس ستولتنبرج اليوم في بروكسل رئيس المفوضية الأوروبية جوزيه مانويل باروسو."
    assert _kinds(met, FEB22) == []


def test_a_trip_naming_the_host_beside_a_body_s_officer_keeps_the_host():
    # the Belgian prime minister is named: he is the host, whoever else the guest meets
    text = ("وصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة يلتقي خلالها رئيس الوزراء "
            "البلجيكي إليو دي روبو ورئيس المفوضية الأوروبية جوزيه مانويل باروسو.")
    assert _kinds(text, FEB22) == [("reported", "Jens Stoltenberg", "Elio Di Rupo")]
    # and with no officer of a body named, the visited country's head by office still hosts
    text = "وصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة تستغرق يومين."
    assert _kinds(text, FEB22) == [("reported", "Jens Stoltenberg", "Elio Di Rupo")]


def test_a_trip_to_the_city_a_body_named_in_another_sentence_sits_in_is_a_trip_there():
    # Brussels is the EU's seat (triggers.yaml body_seats): the Czech president who went there for talks with
    # its creditors made a trip, as the gold lists such trips (host null; the head by office stands in)
    text = ("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل لإجراء مفاوضات مع المقرضين.\n"
            "ويطالب الاتحاد الأوروبي براغ بخفض العجز.")
    assert _kinds(text, dt.date(2014, 6, 5)) == [("reported", "Milos Zeman", "Elio Di Rupo")]


def test_a_trip_to_a_body_s_city_that_names_the_country_or_no_body_keeps_its_host():
    # the sentence names Belgium itself (a visit to the country), or the article names no body there
    to_belgium = ("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل في زيارة رسمية لبلجيكا.\n"
                  "ويطالب الاتحاد الأوروبي براغ بخفض العجز.")
    assert _kinds(to_belgium, dt.date(2014, 6, 5)) == [("reported", "Milos Zeman", "Elio Di Rupo")]
    assert _kinds("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل.", dt.date(2014, 6, 5)) == [
        ("reported", "Milos Zeman", "Elio Di Rupo")]


def _rows(text, published):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["city"], v["date"]) for v in out["visit_mentions"]]


JUL11 = dt.date(2018, 7, 11)


def test_an_arrival_at_a_body_s_seat_on_the_eve_of_its_summit_is_the_leader_s_trip():
    text = "وصل الرئيس الأمريكي دونالد ترامب مساء الثلاثاء إلى بروكسل عشية قمة حلف شمال الأطلسي التي تبدأ غدا."
    assert _rows(text, JUL11) == [("reported", "Donald Trump", "Charles Michel", "Brussels", dt.date(2018, 7, 10))]


def test_a_trip_to_the_general_assembly_in_new_york_is_the_leader_s_trip():
    text = "توجه الرئيس المصري محمد مرسي اليوم الثلاثاء إلى نيويورك للمشاركة في اجتماعات الجمعية العامة للأمم المتحدة."
    day = dt.date(2012, 9, 25)
    assert _rows(text, day) == [("reported", "Mohamed Morsi", "Barack Obama", "New York", day)]


def test_an_arrival_at_a_body_s_summit_or_a_visit_to_its_headquarters_is_the_leader_s_trip():
    summit = "وقال رئيس الوزراء البريطاني ديفيد كاميرون لدى وصوله اليوم إلى القمة الأوروبية في بروكسل إن بلاده لن تتراجع."
    day = dt.date(2013, 3, 14)
    assert _rows(summit, day) == [("reported", "David Cameron", "Elio Di Rupo", "Brussels", day)]
    seat = "ويزور رئيس الوزراء الياباني شينزو آبي مقر حلف الناتو في بروكسل اليوم الجمعة."
    day = dt.date(2018, 5, 25)
    assert _rows(seat, day) == [("reported", "Shinzo Abe", "Charles Michel", "Brussels", day)]
    left = ("غادر الرئيس القبرصي نيكوس أناستاسيادس صباح الأحد نيقوسيا متوجها إلى بروكسل لإجراء مشاورات مع "
            "الاتحاد الأوروبي حول خطة الإنقاذ.")
    day = dt.date(2013, 3, 24)
    assert _rows(left, day) == [("reported", "Nicos Anastasiades", "Elio Di Rupo", "Brussels", day)]


def test_a_summit_trip_of_two_leaders_pairs_neither_with_the_other():
    # each travelled to the body's summit; neither visited the other
    both = ("وصل الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون اليوم الأربعاء إلى بروكسل للمشاركة "
            "في قمة حلف الناتو.")
    assert sorted(_rows(both, JUL11)) == [("reported", "Donald Trump", "Charles Michel", "Brussels", JUL11),
                                          ("reported", "Emmanuel Macron", "Charles Michel", "Brussels", JUL11)]


def test_a_body_s_seat_near_misses_give_no_reported_trip():
    # a plan is referenced; the seat country's own leader made no trip; a meeting with the body's officer
    # there is the body's, not the country's
    plan = "ومن المقرر أن يتوجه الرئيس الأمريكي دونالد ترامب الأسبوع المقبل إلى بروكسل للمشاركة في قمة حلف الناتو."
    assert [k for k in _rows(plan, dt.date(2018, 7, 5)) if k[0] == "reported"] == []
    home = "وصل رئيس الوزراء البلجيكي شارل ميشيل اليوم الأربعاء إلى مقر حلف الناتو في بروكسل."
    assert _rows(home, JUL11) == []
    officer = ("واجتمع قادة دول حلف الناتو اليوم الأربعاء في بروكسل وبحث الرئيس الأمريكي دونالد ترامب مع الأمين "
               "العام للحلف ينس ستولتنبرغ الإنفاق العسكري.")
    assert _rows(officer, JUL11) == []
