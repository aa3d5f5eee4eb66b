"""A country after "في" (in) in the talks' topic is no meeting place (visits.place._topic_place, grammar.yaml
situation_nouns): "لمناقشة العلاقات وما يحدث في اليونان" (to discuss relations and what happens in Greece).
Texts are invented; the real lexicon reads them."""
from tests.extract.test_visits_place import run

SAID = "قال الرئيس الروسي فلاديمير بوتين، في كلمته خلال المؤتمر الصحفي المشترك مع الرئيس التركي رجب طيب أردوغان، "


def test_what_happens_in_a_country_is_the_talks_topic_not_their_place():
    """"ومايحدث في اليونان" (glued) and "وما يحدث في اليونان" (and what happens in Greece): Greece is the topic,
    the meeting no third-country one there."""
    for topic in ("لمناقشة العلاقات ومايحدث في اليونان، ", "لمناقشة العلاقات وما يحدث في اليونان، "):
        [v] = run(SAID + topic + "إن البلدين شريكان.")["reported"]
        assert (v["visitor"], v["host"], v["country"], v["setting"]) == (
            "Vladimir Putin", "Recep Tayyip Erdogan", "Turkey", "visit")


def test_a_press_conference_in_a_country_keeps_its_place():
    """Negative: "المؤتمر الصحفي المشترك ... في اليونان" (the joint press conference in Greece): no happening
    before the "في", Greece stays the meeting's country."""
    [v] = run("قال الرئيس الروسي فلاديمير بوتين، خلال المؤتمر الصحفي المشترك مع الرئيس التركي رجب طيب أردوغان "
              "في اليونان، إن البلدين شريكان.")["reported"]
    assert (v["country"], v["setting"]) == ("Greece", "third_country")


def test_the_sides_adjectives_after_a_summit_word_keep_its_place():
    """"خلال القمة الثنائية الفرنسية الألمانية في ميسبرغ" (during the bilateral French-German summit at Meseberg):
    the adjectives qualify the summit, not a people there; Meseberg is where the two met (failed before: read as
    nationals in a place, like "العمالة المصرية في ليبيا")."""
    [v] = run("قال الرئيس الفرنسي إيمانويل ماكرون في مؤتمر صحفي مشترك مع المستشارة الألمانية أنغيلا ميركل "
              "خلال القمة الثنائية الفرنسية الألمانية في ميسبرغ إن البلدين متفقان.")["reported"]
    assert (v["visitor"], v["host"], v["city"], v["country"]) == ("Emmanuel Macron", "Angela Merkel", "Meseberg", "Germany")


def test_the_sides_adjectives_after_talks_keep_their_city():
    """"المباحثات المصرية الروسية في موسكو" (the Egyptian-Russian talks in Moscow) took place in Moscow (failed before)."""
    [v] = run("اختتم الرئيس عبد الفتاح السيسي والرئيس فلاديمير بوتين اليوم المباحثات المصرية الروسية في موسكو.")["reported"]
    assert (v["visitor"], v["host"], v["city"]) == ("Abdel Fattah el-Sisi", "Vladimir Putin", "Moscow")


def test_a_peoples_adjective_after_no_meeting_word_stays_the_topic():
    """Negative: "أوضاع العمالة المصرية في روسيا" (the conditions of Egyptian labour in Russia): the adjective is the
    workers', no meeting word before it; Russia is the topic, no city is given."""
    [v] = run("بحث الرئيس عبد الفتاح السيسي مع الرئيس فلاديمير بوتين اليوم أوضاع العمالة المصرية في روسيا.")["reported"]
    assert v["city"] is None


def test_a_multilateral_summits_adjective_is_not_the_sides():
    """Negative: "القمة الأفريقية في" is no bilateral one; the rule leaves its place to the summit rules: the row
    gets the same city as before the change (Addis Ababa, the summit's)."""
    [v] = run("التقى الرئيس عبد الفتاح السيسي الرئيس الكيني أوهورو كينياتا اليوم خلال القمة الأفريقية في أديس أبابا.")["reported"]
    assert v["city"] == "Addis Ababa"


def test_a_place_after_especially_narrows_the_topic_not_the_destination():
    """"تطورات الاوضاع في المنطقة خصوصا في سوريا" (the situation in the region, especially in Syria), "ولا سيما
    في اليمن", "وخاصة في ليبيا": the place after the particle is the topic's (visits.topic_place.especially_topic);
    the host named beside the visit word stays the host and no row is made for the topic's country (failed before:
    Assad the host by office of Syria; Salman -> Hadi, Sisi -> Sarraj beside the real row)."""
    cases = [
        ("غادر العاهل الاردني الملك عبد الله الثاني الاحد الى الامارات في زيارة عمل يبحث خلالها مع رئيس الدولة الشيخ "
         "خليفة بن زايد ال نهيان تطورات الاوضاع في المنطقة خصوصا في سوريا.", ("Abdullah II of Jordan", "Khalifa bin Zayed Al Nahyan")),
        ("وصل الرئيس التركي رجب طيب أردوغان اليوم إلى الرياض في زيارة رسمية يبحث خلالها مع الملك سلمان بن عبد العزيز "
         "الأوضاع في المنطقة ولا سيما في اليمن.", ("Recep Tayyip Erdogan", "Salman bin Abdulaziz")),
        ("توجه الرئيس الفرنسي إيمانويل ماكرون أمس إلى القاهرة في زيارة يبحث خلالها مع الرئيس عبد الفتاح السيسي تطورات "
         "الأزمة في المنطقة وخاصة في ليبيا.", ("Emmanuel Macron", "Abdel Fattah el-Sisi")),
    ]
    for text, pair in cases:
        assert [(v["visitor"], v["host"]) for v in run(text)["reported"]] == [pair]


def test_a_place_after_especially_with_no_situation_before_stays_the_venue():
    """Negatives: "في منتجع خاصة في سوتشي" and "يلتقي خلالها ... بوتين خصوصا في سوتشي": no situation noun before the
    particle, Sochi stays where they met (as before the change)."""
    for text in ("التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين اليوم في منتجع خاصة في سوتشي.",
                 "وصل الرئيس التركي رجب طيب أردوغان اليوم إلى روسيا في زيارة يلتقي خلالها الرئيس فلاديمير بوتين خصوصا في سوتشي."):
        [v] = run(text)["reported"]
        assert (v["visitor"], v["host"], v["city"]) == ("Recep Tayyip Erdogan", "Vladimir Putin", "Sochi")
