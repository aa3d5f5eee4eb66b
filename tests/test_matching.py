"""ziyarat.matching on tiny inline texts: clitics around a phrase, RangeMatcher
giving exactly the whole-text hits that start in the stretches it is given, and the
whole-word walk (word_hits) that the lexicon and the date finder share."""
from ziyarat.arabic import NAME_PROCLITICS, fold, fold_with_map
from ziyarat.matching import PhraseMatcher, RangeMatcher, WordAutomaton, boundary_text, squeeze_joins, word_hits


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


def test_a_key_that_takes_no_clitic_is_a_whole_word_only():
    # لا and لم take neither proclitics ("none") nor enclitics here: inside "الاسلام" or
    # "العالم" they are no hit, nor beside a letter on either side; the same key in a
    # group that takes clitics is still found with them ("ولا": wa + la)
    m = PhraseMatcher({"neg": (["لا", "لم"], "none", False), "conj": (["لا"], "verb", False)})
    text = "قال لا في الاسلام ولا العالم لم يزر لمه"
    hits = [(h.group, text[h.start:h.end], h.prefix) for h in m.find(fold_with_map(text))]
    assert hits == [("neg", "لا", ""), ("conj", "لا", ""), ("conj", "لا", "و"), ("neg", "لم", "")]


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


def _automaton(*keys):
    return WordAutomaton((k, (k, k.upper())) for k in keys)


def test_word_hits_takes_whole_words_after_allowed_proclitics_only():
    auto = _automaton(fold("بوتين"), fold("لافروف"))
    text = fold("شكرا ولبوتين إن لافروف وكالبوتين بوتينات مع بوتين.")
    hits = word_hits(auto, text, NAME_PROCLITICS)
    # "وكالبوتين": "وكال" is no name proclitic chain; "بوتينات": a letter follows
    assert [(text[s:e], prefix) for s, e, prefix, _ in hits] == [("بوتين", "ول"), ("لافروف", ""), ("بوتين", "")]
    assert hits[0][3] == (fold("بوتين"), fold("بوتين").upper())


def test_word_hits_gives_the_longer_key_first_at_one_end():
    auto = _automaton("كانون الاول", "الاول")
    text = "في كانون الاول"
    assert [text[s:e] for s, e, _, _ in word_hits(auto, text, frozenset({""}))] == ["كانون الاول", "الاول"]


def test_the_lexicon_and_the_date_finder_share_the_word_walk():
    # one home for the walk: Lexicon.match and the calendar words both go through word_hits
    import inspect

    from tasks.extract import dates
    from ziyarat import lexicon

    assert "word_hits(" in inspect.getsource(lexicon.Lexicon.match)
    assert "word_hits(" in inspect.getsource(dates._word_dates)
    assert "isalnum" not in inspect.getsource(lexicon.Lexicon.match) + inspect.getsource(dates._word_dates)


def test_a_hyphen_or_spaces_inside_a_name_squeeze_to_one_space():
    # "كيم جونغ - أون" (Kim Jong-un) and "هشام  قنديل" (two spaces) read as the lexicon writes them
    for text, want in [("التقى كيم جونغ - أون", "التقى كيم جونغ أون"), ("جونغ-أون", "جونغ أون"),
                       ("جونغ -أون", "جونغ أون"), ("هشام  قنديل", "هشام قنديل"), ("جان \u2013 مارك", "جان مارك")]:
        squeezed, back = squeeze_joins(fold(text))
        assert squeezed == fold(want)
        # the map sends each squeezed position back to the same letter
        assert all(fold(text)[back[i]] == c for i, c in enumerate(squeezed) if c != " ")
    # a clause dash only becomes a space; digits and a dash at a line's start are no joins
    assert squeeze_joins(fold("وصل بوتين - الذي يزور"))[0] == fold("وصل بوتين الذي يزور")
    assert squeeze_joins("فاز 2 - 1") == ("فاز 2 - 1", None)
    assert squeeze_joins(fold("- بوتين"))[1] is None
    # two spaces before a dash that joins nothing still squeeze; spaces on both sides of a join go
    assert squeeze_joins("فاز 2  - 1")[0] == "فاز 2 - 1"
    assert squeeze_joins(fold("جونغ  -  أون"))[0] == fold("جونغ أون")
    assert squeeze_joins(fold("بوتين -  2"))[0] == fold("بوتين - 2")


def test_boundary_text_is_the_text_backwards_with_one_space_per_sign():
    # what the automata scan: every character that is no letter or digit becomes a space
    # (an emoji beyond the BMP is one character, as str counts them), a space at both ends
    assert boundary_text("زار، بوتين 2😀") == " " + " 2 نيتوب  راز" + " "
    assert boundary_text("") == "  "


def test_word_hits_checks_a_sign_inside_a_key_and_the_word_after_it():
    # "اوبك+" (OPEC+): the "+" must be in the text, not another sign, and no letter or
    # digit may follow it (in "اوبك+1" only "اوبك" is a word); a proclitic before it
    # still reads ("واوبك+"); by end, the longer key first
    auto = WordAutomaton([("اوبك+", "opec+"), ("اوبك", "opec")])
    text = "اجتماع اوبك+ ثم اوبك- واوبك+ و اوبك+1"
    hits = [(s, text[s:e], prefix, v) for s, e, prefix, v in word_hits(auto, text, NAME_PROCLITICS)]
    assert [(t, p, v) for _, t, p, v in hits] == [
        ("اوبك", "", "opec"), ("اوبك+", "", "opec+"), ("اوبك", "", "opec"), ("اوبك", "و", "opec"),
        ("اوبك+", "و", "opec+"), ("اوبك", "", "opec")]
    assert sorted(hits) == sorted(hits, key=lambda h: (h[0] + len(h[1]), h[0]))


def test_a_phrase_with_its_enclitic_past_the_end_of_the_searched_stretch():
    # find(lo, hi) gives the whole-text hits that lie in [lo, hi): the enclitic after
    # "زيارت" (ziyarat-uhu) may lie past hi, a key that ends past hi is left out
    m = PhraseMatcher({"noun": (["زيارة"], "noun", True), "verb": (["بحث"], "verb", False)})
    text = "خلال زيارته بحث الطرفان"
    folded = fold_with_map(text)
    hi = text.index("ه ")
    assert [(text[h.start:h.end], h.suffix) for h in m.find(folded, 0, hi)] == [("زيارت", "ه")]
    assert [text[h.start:h.end] for h in m.find(folded, 0, text.index("ث "))] == ["زيارت"]
    assert [text[h.start:h.end] for h in m.find(folded, 0, text.index("ث ") + 1)] == ["زيارت", "بحث"]
