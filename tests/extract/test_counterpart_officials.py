""""نظيره" (his counterpart) after a non-leader's office noun is that official's counterpart, never a head of
state (tasks/extract/entities.py _official_since, titles.yaml counterpart_officials). Invented sentences, the real
lexicon."""
import datetime as dt

from tests.extract.test_entities import people

FEB_2013 = dt.date(2013, 2, 6)


def test_a_negotiators_counterpart_after_a_presidents_sentence_is_no_head_of_state():
    # "the paper said Obama hopes to revive the peace process. It added that the chief Palestinian negotiator
    # holds weekly meetings with his Israeli counterpart": the Israeli negotiator, not Israel's president
    text = ("قالت الصحيفة إن الرئيس الأمريكي باراك أوباما يأمل في إحياء عملية السلام.\n"
            "وأضافت أن كبير المفاوضين الفلسطينيين يعقد اجتماعات أسبوعية مع نظيره الإسرائيلي.")
    assert [p for p, _s, _h in people(text, FEB_2013)] == ["barack_obama"]
    one = "وأضافت أن المفاوض الفلسطيني يعقد اجتماعات مع نظيره الإسرائيلي بعد لقاء الرئيس باراك أوباما."
    assert [p for p, _s, _h in people(one, FEB_2013)] == ["barack_obama"]


def test_a_presidents_counterpart_with_negotiations_after_it_is_still_the_head_of_state():
    # negative: "Obama held talks with his Israeli counterpart on resuming the negotiations": "المفاوضات" (the
    # negotiations) after it is no negotiator, the counterpart stays Israel's president
    got = people("وعقد الرئيس الأمريكي باراك أوباما مباحثات مع نظيره الإسرائيلي حول استئناف المفاوضات.", FEB_2013)
    assert [p for p, _s, _h in got] == ["barack_obama", "shimon_peres"]


def test_a_counterpart_named_by_a_hebrew_given_name_is_that_person():
    # "the Palestinian committee head meets his Israeli counterpart Yitzhak Molcho" after a president's sentence:
    # the counterpart is named (grammar.yaml given_names "إسحق"), so it stands for no head of state
    text = ("قالت الصحيفة إن الرئيس الأمريكي باراك أوباما يأمل في إحياء عملية السلام.\n"
            "وأضافت أن رئيس لجنة فلسطينية يعقد اجتماعات أسبوعية مع نظيره الإسرائيلي إسحق مولخو.")
    assert [p for p, _s, _h in people(text, FEB_2013)] == ["barack_obama"]
    # negative: the Israeli president's own given name after the title keeps him
    own = "وعقد الرئيس الأمريكي باراك أوباما مباحثات مع نظيره الإسرائيلي شمعون بيريز."
    assert "shimon_peres" in [p for p, _s, _h in people(own, FEB_2013)]
