"""A trip to an international body's seat has no host from the city's country (visits.officials.international_body, visits.seats.body_seat,
triggers.yaml international_bodies, organizations.yaml). Invented sentences, the real lexicon, the whole extract step."""
import datetime as dt

PUB = dt.date(2015, 7, 27)


def _kinds(text, published=PUB):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_leader_the_world_trade_organization_receives_in_geneva_is_no_guest_of_the_swiss_president():
    # "the WTO will receive the French president, who went to Geneva": the body's guest, not Switzerland's
    text = "وستستقبل منظمة التجارة العالمية بحفاوة الرئيس الفرنسي فرانسوا أولاند الذي توجه إلى جنيف."
    assert _kinds(text) == []
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
    # the body's name is inside its officer's title ("رئيس المفوضية الأوروبية ..."): the trip is the body's,
    # not a visit to the Belgian prime minister, whom the text never names
    text = ("يصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة قصيرة يلتقي خلالها رئيس "
            "المفوضية الأوروبية جوزيه مانويل باروسو.")
    assert [k for k in _kinds(text, FEB22) if k[0] == "reported"] == []


def test_a_trip_naming_the_host_beside_a_body_s_officer_keeps_the_host():
    # the Belgian prime minister is named: he is the host, whoever else the guest meets
    text = ("وصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة يلتقي خلالها رئيس الوزراء "
            "البلجيكي إليو دي روبو ورئيس المفوضية الأوروبية جوزيه مانويل باروسو.")
    assert _kinds(text, FEB22) == [("reported", "Jens Stoltenberg", "Elio Di Rupo")]
    # and with no officer of a body named, the visited country's head by office still hosts
    text = "وصل رئيس وزراء النرويج ينس ستولتنبرج اليوم إلى بلجيكا في زيارة تستغرق يومين."
    assert _kinds(text, FEB22) == [("reported", "Jens Stoltenberg", "Elio Di Rupo")]


def test_a_trip_to_the_city_a_body_named_in_another_sentence_sits_in_has_no_host_there():
    # Brussels is the EU's seat (triggers.yaml body_seats): the Czech president who went there for talks with
    # its creditors, in a story that names the EU in the next sentence, is no guest of Belgium's leader
    text = ("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل لإجراء مفاوضات مع المقرضين.\n"
            "ويطالب الاتحاد الأوروبي براغ بخفض العجز.")
    assert _kinds(text, dt.date(2014, 6, 5)) == []


def test_a_trip_to_a_body_s_city_that_names_the_country_or_no_body_keeps_its_host():
    # the sentence names Belgium itself (a visit to the country), or the article names no body there
    to_belgium = ("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل في زيارة رسمية لبلجيكا.\n"
                  "ويطالب الاتحاد الأوروبي براغ بخفض العجز.")
    assert _kinds(to_belgium, dt.date(2014, 6, 5)) == [("reported", "Milos Zeman", "Elio Di Rupo")]
    assert _kinds("وصل الرئيس التشيكي ميلوش زيمان مساء أمس إلى بروكسل.", dt.date(2014, 6, 5)) == [
        ("reported", "Milos Zeman", "Elio Di Rupo")]
