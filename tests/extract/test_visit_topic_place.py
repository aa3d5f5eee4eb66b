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
