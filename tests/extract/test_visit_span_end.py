"""A visit dated by its last day: a day told before "في ختام زيارة" (at the end of a visit) or after
"اختتم" and its subject, with the visit's length stated, is the visit's last day; the row takes its
first (span.concluded_days). Invented sentences, the stand-in lexicon of test_visits."""
import datetime as dt

from tests.extract.test_visit_dates import run_dated

SUNDAY = dt.date(2019, 4, 7)


def spans(text, published=SUNDAY):
    return [(r["visitor"], r["host"], r["kind"], r["date"], r["end_date"]) for r in run_dated(text, published)]


def test_a_departure_day_at_the_end_of_a_visit_of_stated_days_is_its_last_day():
    """"left Moscow today, Sunday, at the end of a three-day visit": Friday to Sunday."""
    text = "غادر الرئيس السيسي موسكو اليوم الأحد، في ختام زيارة لثلاثة أيام أجرى خلالها محادثات مع بوتين."
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 5), SUNDAY)]


def test_a_departure_day_at_the_end_of_a_visit_with_a_lasting_verb_counts_back():
    text = "غادر الرئيس السيسي موسكو مساء أمس بعد ختام زيارة استغرقت يومين التقى خلالها بوتين."
    assert [r[2:] for r in spans(text, dt.date(2019, 4, 8))] == [("reported", dt.date(2019, 4, 6), SUNDAY)]


def test_a_concluding_verb_with_its_subject_before_the_day_counts_back():
    """"اختتم الرئيس المصري، عبد الفتاح السيسي، اليوم الأحد، زيارة ... استغرقت ثلاثة أيام"."""
    text = "اختتم الرئيس المصري، عبد الفتاح السيسي، اليوم الأحد، زيارة رسمية إلى روسيا استغرقت ثلاثة أيام التقى خلالها بوتين."
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 5), SUNDAY)]


def test_a_meeting_dated_at_the_end_of_a_visit_keeps_its_own_day():
    """The meeting is told on Sunday, at the visit's end: its day is Sunday."""
    text = "التقى الرئيس السيسي الرئيس بوتين في موسكو اليوم الأحد في ختام زيارة لثلاثة أيام."
    assert [r[2:4] for r in spans(text)] == [("reported", SUNDAY)]


def test_a_departure_to_the_next_leg_keeps_the_day_of_that_leg():
    """Left Riyadh on Sunday for Moscow at the end of a two-day visit: Sunday is the Moscow leg's first day."""
    text = "غادر الرئيس السيسي الرياض اليوم الأحد متوجها إلى موسكو في ختام زيارة استمرت يومين، حيث التقى بوتين."
    assert [r[1:] for r in spans(text)] == [("Vladimir Putin", "reported", SUNDAY, None)]


def test_a_day_at_the_end_of_a_visit_of_unstated_length_stays():
    text = "غادر الرئيس السيسي موسكو اليوم الأحد، في ختام زيارة رسمية أجرى خلالها محادثات مع بوتين."
    assert [r[2:4] for r in spans(text)] == [("reported", SUNDAY)]



THURSDAY = dt.date(2019, 4, 4)


def test_a_day_told_as_the_visit_s_second_day_dates_the_visit_a_day_before():
    """"Thursday, the second day of Sisi's visit to Russia": the visit began on Wednesday."""
    text = "أعلن الجيش أن قذيفتين سقطتا قرب الحدود اليوم الخميس، وهو اليوم الثاني من زيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", dt.date(2019, 4, 3))]
    text = "أعلن الجيش أن قذيفتين سقطتا قرب الحدود اليوم الخميس، في اليوم الثالث لزيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", dt.date(2019, 4, 2))]


def test_a_day_told_as_the_first_day_or_the_day_of_a_later_leg_stays():
    text = "أعلن الجيش أن قذيفتين سقطتا قرب الحدود اليوم الخميس، وهو اليوم الأول من زيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", THURSDAY)]
    # a visit to two countries: its second day may be the second leg's first
    text = "أعلن الجيش أن قذيفتين سقطتا قرب الحدود اليوم الخميس، اليوم الثاني من زيارة الرئيس السيسي إلى موسكو والدوحة التي التقى خلالها بوتين."
    assert {r[3] for r in spans(text, THURSDAY)} == {THURSDAY}
    # a meeting told on the visit's second day keeps its own day
    text = "في اليوم الثاني من زيارته إلى روسيا، التقى الرئيس السيسي الرئيس بوتين اليوم الخميس."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", THURSDAY)]


def test_the_n_th_day_framing_the_visit_noun_dates_it_back_from_a_day_told_further_before():
    """The n-th day right before the visit noun, the day itself told earlier in the sentence for another act:
    "(troops) on Thursday ... on the second day of Sisi's visit": the visit began on Wednesday."""
    text = "أغلقت الشرطة الطرق المؤدية إلى الكرملين اليوم الخميس في اليوم الثاني من زيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", dt.date(2019, 4, 3))]
    text = "تظاهر المئات أمام السفارة، الخميس، احتجاجا على الاتفاق، في اليوم الثالث لزيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert [r[2:4] for r in spans(text, THURSDAY)] == [("reported", dt.date(2019, 4, 2))]


def test_the_n_th_day_of_something_else_or_of_a_two_country_trip_leaves_the_day():
    text = "أغلقت الشرطة الطرق اليوم الخميس في اليوم الثاني من المؤتمر، خلال زيارة الرئيس السيسي لروسيا التي التقى خلالها بوتين."
    assert {r[3] for r in spans(text, THURSDAY)} == {THURSDAY}
    text = "أغلقت الشرطة الطرق اليوم الخميس في اليوم الثاني من زيارة الرئيس السيسي إلى موسكو والدوحة التي التقى خلالها بوتين."
    assert {r[3] for r in spans(text, THURSDAY)} == {THURSDAY}


def test_a_day_a_relative_clause_tells_as_the_visit_s_end_is_its_last_day():
    """"زيارة السيسي إلى روسيا، والتي استغرقت ثلاثة أيام وانتهت أمس" (which lasted three days and ended
    yesterday): Thursday to Saturday; main gave the end day as the visit's (span.ended_in_clause, lead_day)."""
    text = ("قالت صحيفة روسية إن زيارة الرئيس السيسي الرسمية إلى روسيا، والتي استغرقت ثلاثة أيام وانتهت أمس، "
            "عززت العلاقات بين البلدين.")
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 4), dt.date(2019, 4, 6))]
    text = ("قالت صحيفة روسية إن زيارة الرئيس السيسي الرسمية إلى روسيا، والتي استغرقت ثلاثة أيام وانتهت 6 أبريل، "
            "توحي بتجدد العلاقات.")
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 4), dt.date(2019, 4, 6))]
    # another verb of lasting and of ending, "في" before the day
    text = "رأت الصحيفة أن زيارة الرئيس السيسي لموسكو التي استمرت أربعة أيام واختتمت في 6 أبريل فتحت الباب أمام شراكة جديدة."
    assert [r[3:] for r in spans(text)] == [(dt.date(2019, 4, 3), dt.date(2019, 4, 6))]


def test_a_clause_end_of_unstated_length_or_another_thing_s_end_stays():
    """Near misses: no length told keeps the end day; an end told of something else after the length, no
    relative clause of the visit ("وانتهت المهلة أمس", the deadline ended yesterday), is no visit's end."""
    text = ("قالت صحيفة روسية إن زيارة الرئيس السيسي الرسمية إلى روسيا، والتي انتهت أمس، "
            "عززت العلاقات بين البلدين.")
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 6), None)]
    text = "قالت صحيفة روسية إن زيارة الرئيس السيسي الرسمية إلى روسيا استغرقت ثلاثة أيام، وانتهت المهلة أمس."
    assert [r[2:] for r in spans(text)] == [("reported", dt.date(2019, 4, 6), None)]


def test_a_concluding_verb_before_the_visit_noun_and_a_day_after_it_counts_back():
    """"اختتم ... زيارة إلى روسيا استغرقت ثلاثة أيام اليوم الأحد", "زيارة لروسيا لمدة ثلاثة أيام أمس الأحد" and a length
    retold in the next sentence's "في ختام زيارة استغرقت": the day after the concluded noun is its last
    (span.concluded_object; failed before: the row took the end day)."""
    texts = [
        ("اختتم الرئيس السيسي زيارة إلى روسيا استغرقت ثلاثة أيام اليوم الأحد التقى خلالها بوتين.", SUNDAY),
        ("اختتم الرئيس السيسي زيارة لروسيا لمدة ثلاثة أيام أمس الأحد التقى خلالها بوتين.", dt.date(2019, 4, 8)),
        ("اختتم الرئيس السيسي زيارته إلى روسيا اليوم الأحد بلقاء مع بوتين. وتوجه إلى سوتشي في ختام زيارة استغرقت ثلاثة أيام.", SUNDAY),
    ]
    for text, published in texts:
        assert [r[2:] for r in spans(text, published)] == [("reported", dt.date(2019, 4, 5), SUNDAY)], text


def test_a_concluded_visit_with_no_length_or_a_wider_tours_length_keeps_its_day():
    """Negatives: "اختتم ... زيارته إلى روسيا اليوم الأحد" with no length, and a next sentence's "في ختام جولة ...
    للقارة استمرت" / "زيارة للمنطقة استمرت خمسة أيام" (a wider trip's length, a goal of its own): the day stays."""
    for text in ("اختتم الرئيس السيسي زيارته إلى روسيا اليوم الأحد بلقاء مع بوتين.",
                 "اختتم الرئيس السيسي زيارته إلى روسيا اليوم الأحد بلقاء مع بوتين. وعاد إلى القاهرة في ختام زيارة للمنطقة استمرت خمسة أيام."):
        assert [r[2] + str(r[3]) for r in spans(text)] == ["reported" + str(SUNDAY)], text
