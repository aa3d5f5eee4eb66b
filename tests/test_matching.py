"""ziyarat.matching on tiny inline texts: clitics around a phrase, and RangeMatcher
giving exactly the whole-text hits that start in the stretches it is given."""
from ziyarat.arabic import fold_with_map
from ziyarat.matching import PhraseMatcher, RangeMatcher


def test_phrase_matcher_is_clitic_aware():
    m = PhraseMatcher({"verb": (["زار"], "verb", False), "noun": (["زيارة"], "noun", True)})
    text = "وزار الرئيس وزارة الخارجية خلال زيارته وللزيارة"
    hits = m.find(fold_with_map(text))
    # "وزارة" (ministry) is no visit: و + زار + ة leaves a letter no enclitic explains
    assert [(h.group, text[h.start:h.end], h.prefix, h.suffix) for h in hits] == [
        ("verb", "زار", "و", ""), ("noun", "زيارت", "", "ه"), ("noun", "زيارة", "ولل", "")]


def test_a_definite_word_takes_no_possessive_ending():
    # "الاجتماعي" (al-ijtima'i, social) is not "my meeting"
    m = PhraseMatcher({"meet": (["اجتماع", "الاجتماع"], "noun", True)})
    text = "عبر شبكات التواصل الاجتماعي وخلال اجتماعه"
    assert [text[h.start:h.end] for h in m.find(fold_with_map(text))] == ["اجتماع"]


def test_range_matcher_finds_the_whole_text_hits_inside_its_ranges():
    groups = {"speech": (["قال", "أكد"], "verb", False)}
    text = "قال الرئيس كلاما. ثم أكد الوزير، وقال آخر: لا. وأكد الجميع ذلك."
    folded = fold_with_map(text)
    whole = PhraseMatcher(groups).find(folded)
    assert len(whole) == 4
    ranges = [(text.index("ثم"), text.index("لا."))]
    found = RangeMatcher(groups).find(folded, ranges)
    inside = [h for h in whole if ranges[0][0] <= h.start < ranges[0][1]]
    assert [h for h in found if ranges[0][0] <= h.start < ranges[0][1]] == inside
    assert [text[h.start:h.end] for h in inside] == ["أكد", "قال"]
