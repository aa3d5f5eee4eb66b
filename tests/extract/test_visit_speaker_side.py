"""The unnamed side of "خلال المباحثات التي جرت أمس مع X" (during the talks held yesterday with X) told in
a sentence whose speech verb names no subject ("وأضاف أن", and he added that) is the speaker that verb goes
on with, the leader whose speech verb opened the sentence before (tasks/extract/visits/speaker.py
held_with_speaker, read by meetings.implicit_subject). Invented sentences, the real lexicon."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

PUB = dt.date(2013, 2, 21)  # a Thursday: "أمس" (yesterday) is 2013-02-20


def reported(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out, source="test")
    return [(r["visitor"], r["host"], r["city"], str(r["date"])) for r in out["visit_mentions"] if r["kind"] == "reported"]


SAID = "قال رئيس الوزراء الروسي ديمتري ميدفيديف إن بلاده مستعدة للتعاون. "
TALKS = "خلال المباحثات التي جرت أمس مع رئيسة البرازيل ديلما روسيف."


def test_talks_held_with_a_leader_told_on_by_the_speaker_are_the_speakers():
    # "... and he added that the Brazilian side raised the issue during the talks held yesterday with Rousseff"
    text = SAID + "وأضاف أن الجانب البرازيلي طرح القضية " + TALKS
    assert reported(text) == [("Dmitry Medvedev", "Dilma Rousseff", None, "2013-02-20")]


def test_the_meeting_he_held_and_the_city_the_speaker_spoke_in():
    # "in the meeting he held yesterday at the Planalto palace with ..."; "and he pointed out that ..."
    text = SAID + "وأضاف أن الجانب البرازيلي طرح القضية في اللقاء الذي أجراه أمس في قصر بلانالتو مع رئيسة البرازيل ديلما روسيف."
    assert reported(text) == [("Dmitry Medvedev", "Dilma Rousseff", None, "2013-02-20")]
    text = ("قال رئيس الوزراء الروسي ديمتري ميدفيديف في برازيليا إن بلاده مستعدة للتعاون. "
            "وأشار إلى أن الملف طرح خلال المحادثات التي جرت أمس مع رئيسة البرازيل ديلما روسيف.")
    assert reported(text) == [("Dmitry Medvedev", "Dilma Rousseff", "Brasilia", "2013-02-20")]


def test_a_speaker_quoted_as_saying_goes_on_speaking():
    # "the agency quoted Medvedev today as saying that ... . And he added that ...", after his arrival in Brasilia
    arrived = ("أكد رئيس الوزراء الروسي ديمتري ميدفيديف أن بلاده مستعدة للتعاون. "
               "وكان ميدفيديف وصل إلى العاصمة البرازيلية برازيليا في إطار جولة. ")
    quoted = "ونقلت وكالة الأنباء الرسمية اليوم عن ميدفيديف قوله إن العلاقات متقدمة. "
    text = arrived + quoted + "وأضاف أن الجانب البرازيلي طرح القضية " + TALKS
    assert reported(text) == [("Dmitry Medvedev", "Dilma Rousseff", "Brasilia", "2013-02-20")]
    # quoted Medvedev's aide: the aide speaks on
    text = quoted.replace("عن ميدفيديف", "عن مساعد ميدفيديف") + "وأضاف أن الجانب البرازيلي طرح القضية " + TALKS
    assert reported(text) == []


def test_a_woman_speaker_and_her_talks_at_home():
    # "and she pointed out that the file was raised during the talks held today with ...": hers
    merkel = "قالت المستشارة الألمانية أنجيلا ميركل إن بلادها مستعدة للتعاون. "
    text = merkel + "وأشارت إلى أن الملف طرح خلال المحادثات التي جرت اليوم مع رئيسة البرازيل ديلما روسيف."
    assert reported(text) == [("Angela Merkel", "Dilma Rousseff", None, "2013-02-21")]
    # held in Berlin: her guest travelled (the place gave this pair before, and still does)
    text = merkel + "وأشارت إلى أن الملف طرح خلال المحادثات التي جرت اليوم في برلين مع رئيسة البرازيل ديلما روسيف."
    assert reported(text) == [("Dilma Rousseff", "Angela Merkel", "Berlin", "2013-02-21")]


def test_a_speaker_who_is_no_leader_or_names_a_subject_of_his_own_gives_no_pair():
    # a spokesman spoke before (named or not); "وأضاف المتحدث" (the spokesman added) names its subject
    for text in ("قال المتحدث باسم الكرملين ديمتري بيسكوف إن بلاده مستعدة للتعاون. وأضاف أن الجانب البرازيلي طرح القضية " + TALKS,
                 "قال المتحدث باسم الحكومة الروسية إن بلاده مستعدة للتعاون. وأضاف أن الجانب البرازيلي طرح القضية " + TALKS,
                 SAID + "وأضاف المتحدث أن الجانب البرازيلي طرح القضية " + TALKS):
        assert reported(text) == [], text


def test_a_new_subject_between_or_in_the_sentence_gives_no_pair():
    # the foreign minister (unnamed or named) spoke in between; a minister is named before the talks
    for between in ("وقال وزير الخارجية البرازيلي إن الملف مهم. ", "وقال وزير الخارجية الروسي سيرغي لافروف إن الملف مهم. "):
        assert reported(SAID + between + "وأضاف أن الجانب البرازيلي طرح القضية " + TALKS) == [], between
    assert reported(SAID + "وأضاف أن وزير الخارجية سيرغي لافروف طرح القضية " + TALKS) == []
    # "that the Russian delegation held": the clause names its holder
    text = SAID + "وأضاف أن الجانب البرازيلي طرح القضية خلال المباحثات التي أجراها الوفد الروسي أمس مع رئيسة البرازيل ديلما روسيف."
    assert reported(text) == []


def test_the_speaker_himself_his_own_head_of_state_or_the_other_gender_gives_no_pair():
    putin = "قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للتعاون. "
    assert reported(putin + "وأضاف أن الجانب البرازيلي طرح القضية خلال المباحثات التي جرت أمس مع الرئيس الروسي فلاديمير بوتين.") == []
    assert reported(SAID + "وأضاف أن الجانب الروسي طرح القضية خلال المباحثات التي جرت أمس مع الرئيس فلاديمير بوتين.") == []
    assert reported(SAID + "وأضافت أن الجانب البرازيلي طرح القضية " + TALKS) == []
