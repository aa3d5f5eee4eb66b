"""article_time: the publication day, else the article's period from its dates and titled names."""
import datetime as dt

from tasks.extract.article_time import article_time, named_spans
from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map
from ziyarat.lexicon import Period

TUE = dt.date(2023, 3, 14)


def when(text, published=None, terms=()):
    t = article_time(text, fold_with_map(text), published, terms)
    return t.date, t.precision, t.origin, t.period


def test_article_time_from_metadata_is_its_day():
    assert when("أي نص", TUE) == (TUE, "day", "metadata", Period(TUE, TUE))


def test_article_time_without_evidence_is_unknown():
    assert when("قال الوزير إن المحادثات مستمرة") == (None, "none", "none", Period())


def test_latest_past_date_is_a_lower_bound():
    text = "زار الوفد المدينة عام 2009 ثم عاد إليها في آذار 2011 وما زال فيها."
    assert when(text) == (dt.date(2011, 3, 1), "since", "text", Period(dt.date(2011, 3, 1), None))
    assert when("تراجعت الأسعار منذ 2011") == (dt.date(2011, 1, 1), "since", "text", Period(dt.date(2011, 1, 1), None))


def test_planned_dates_are_not_evidence():
    text = "افتتح الوزير المصنع عام 2012. وسيزور الرئيس المصنع في أيار 2030. والانتخابات في تشرين الأول 2031 المقبل"
    assert when(text)[:2] == (dt.date(2012, 1, 1), "since")


def test_latest_full_date_is_the_articles_day():
    text = "بيروت، 14 آذار 2016 - قال وزير المالية إن الاتفاق الموقع عام 2011 ما زال ساريا."
    t = article_time(text, fold_with_map(text))
    assert (t.date, t.precision, t.day, t.evidence) == (dt.date(2016, 3, 14), "day", dt.date(2016, 3, 14), "14 آذار 2016")
    # a later year means the full date is not the article's day
    assert when("وقعت الحادثة في 14 آذار 2016 وتكررت عام 2018")[:2] == (dt.date(2018, 1, 1), "since")


def test_titled_terms_bound_the_period_and_drop_later_dates():
    term = Period(dt.date(2012, 6, 30), dt.date(2013, 7, 2))
    assert when("قال الرئيس", terms=[term]) == (dt.date(2012, 6, 30), "span", "text", term)
    assert when("كما حدث عام 2013", terms=[term])[3] == Period(dt.date(2013, 1, 1), dt.date(2013, 7, 2))
    # a year after the term is a plan or a slip, not when the article is from
    assert when("رؤية 2030 وخطة عام 2030", terms=[term])[3] == term
    # two terms that never overlap tell nothing
    assert when("نص", terms=[term, Period(dt.date(2017, 1, 20), None)]) == (None, "none", "none", Period())


def test_a_full_date_below_the_lead_is_history_not_the_day():
    text = ("افتتح المحافظ الجسر الجديد.\nوقال إن الأعمال استمرت طويلا.\n"
            "وكان الجسر القديم قد شيد في 6 تشرين الأول 1973 خلال الحرب.")
    assert when(text)[:2] == (dt.date(1973, 10, 6), "since")


def test_named_people_narrow_the_period_where_they_agree():
    trump, may = Period(dt.date(2017, 1, 20), None), Period(dt.date(2016, 7, 13), dt.date(2019, 7, 23))
    t = article_time("قال الوزير إن المحادثات مستمرة", named=[trump, may])
    assert (t.precision, t.period) == ("span", Period(dt.date(2017, 1, 20), dt.date(2019, 7, 23)))
    # a named figure of the past beside a later year is history: no narrowing
    nasser = Period(dt.date(1954, 11, 14), dt.date(1970, 9, 27))
    assert when_named("افتتح المحافظ المتحف عام 2019", [nasser])[3] == Period(dt.date(2019, 1, 1), None)


def when_named(text, named):
    t = article_time(text, fold_with_map(text), None, (), None, named)
    return t.date, t.precision, t.origin, t.period


def test_named_spans_skip_the_former_and_resolve_titles_over_the_narrowed_period():
    text = "استقبلت ملكة بريطانيا في قصر ويندسور الرئيس دونالد ترامب بعد لقائه رئيسة الوزراء تيريزا ماي."
    f = fold_with_map(text)
    spans = named_spans(text, find_mentions(text, f, None))
    assert Period(dt.date(2016, 7, 13), dt.date(2019, 7, 23)) in spans and len(spans) == 2
    period = article_time(text, f, None, (), None, spans).period
    # the people, in order (قصر ويندسور between them is a place: Windsor Castle)
    people = [m.name_en for m in find_mentions(text, f, period) if m.entity_type == "person"]
    assert people[:2] == ["Elizabeth II", "Donald Trump"]
    assert find_mentions(text, f, Period(dt.date(2017, 1, 20), None))[0].name_en != "Elizabeth II"
    former = "وقال الرئيس السابق حسني مبارك إن الأمر انتهى"
    assert named_spans(former, find_mentions(former, fold_with_map(former), None)) == []


def test_a_title_for_a_named_person_bounds_the_period_to_his_tenure_in_that_office():
    from tasks.extract.visits.leaders import country_head
    text = ("بدأ الرئيس الصيني شي جين بينغ زيارة للإمارات. وأكد ولي عهد أبوظبي نائب القائد الأعلى "
            "للقوات المسلحة الشيخ محمد بن زايد آل نهيان أن الزيارة مهمة.")
    f = fold_with_map(text)
    mentions = find_mentions(text, f, None)
    assert ("Mohamed bin Zayed Al Nahyan", "title") in {(m.name_en, m.resolved_by) for m in mentions}
    period = article_time(text, f, None, (), None, named_spans(text, mentions)).period
    # crown prince until he became president (14 May 2022): the UAE's head then is Khalifa
    assert period.end == dt.date(2022, 5, 13)
    assert country_head("United Arab Emirates", period).name_en == "Khalifa bin Zayed Al Nahyan"
    untitled = text.replace("ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة ", "")
    g = fold_with_map(untitled)
    assert article_time(untitled, g, None, (), None, named_spans(untitled, find_mentions(untitled, g, None))).period.end is None


def test_a_target_year_is_not_a_lower_bound():
    text = "افتتح الوزير المصنع عام 2012 ضمن رؤية 2030، ويهدف إلى مضاعفة الإنتاج بحلول عام 2025 وحتى 2027."
    assert when(text)[:2] == (dt.date(2012, 1, 1), "since")


def _visits(text, published=None):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_person_titled_by_an_office_short_of_leader_is_no_leader_over_an_undated_period():
    # the Saudi crown prince (from 2017) became prime minister only in 2022: an undated
    # story that calls him crown prince does not make him a head of government
    text = ("وصل ولي العهد السعودي الأمير محمد بن سلمان إلى القاهرة، حيث كان في استقباله "
            "الرئيس المصري عبد الفتاح السيسي.")
    assert _visits(text) == []
    assert _visits(text, dt.date(2023, 5, 2)) == [("reported", "Mohammed bin Salman", "Abdel Fattah el-Sisi")]
    assert _visits(text.replace("ولي العهد السعودي", "رئيس الوزراء السعودي")) == \
        [("reported", "Mohammed bin Salman", "Abdel Fattah el-Sisi")]
    # Qatar's foreign minister (from 2016) is not its later prime minister (2023)
    guest = "وصل وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إلى الأردن حيث كان في استقباله الملك عبد الله الثاني."
    assert _visits(guest) == []
    from tasks.extract.article_time import offices_by_title
    f = fold_with_map(guest)
    period = Period(dt.date(2016, 1, 27), None)
    mentions = find_mentions(guest, f, period)
    offices_by_title(f, mentions, period)
    assert [m.offices for m in mentions if m.entity_type == "person"] == [["foreign_minister"], ["head_of_state"]]
    # an untitled name keeps every office of the period
    bare = find_mentions("التقى محمد بن عبد الرحمن آل ثاني", fold_with_map("التقى محمد بن عبد الرحمن آل ثاني"), period)
    offices_by_title(fold_with_map("التقى محمد بن عبد الرحمن آل ثاني"), bare, period)
    assert bare[0].offices == ["foreign_minister", "head_of_government"]


def test_unresolved_dates_are_the_undated_articles_weekdays_and_yearless_days():
    from tasks.extract.article_time import unresolved_dates
    from tasks.extract.dates import find_dates
    text = "التقى الوفدان الثلاثاء ثم في 12 يونيو، بعد الاتفاق الموقع في فبراير شباط 2017."
    f = fold_with_map(text)
    known = find_dates(text, f, None)
    assert [d.surface for d in known] == ["شباط 2017"]
    # "فبراير" right before "شباط 2017" is its other name, not a date of its own
    assert [(d.surface, d.date, d.precision) for d in unresolved_dates(text, f, known)] == \
        [("الثلاثاء", None, "day"), ("12 يونيو", None, "day")]


def test_people_never_in_office_together_bound_the_period_by_the_latest_to_take_office():
    # Jordan's prime ministers Hani Mulki (to June 2018) and Omar Razzaz (from 14 June 2018)
    text = "قبل العاهل الأردني استقالة حكومة هاني الملقي وكلف عمر الرزاز بتشكيل حكومة جديدة."
    f = fold_with_map(text)
    spans = named_spans(text, find_mentions(text, f, None))
    assert Period(dt.date(2018, 6, 14), dt.date(2020, 10, 11)) in spans
    assert article_time(text, f, None, (), None, spans).period.start == dt.date(2018, 6, 14)
    # a year later than all of them stays the lower bound
    later = text + " وذلك في عام 2019."
    g = fold_with_map(later)
    assert article_time(later, g, None, (), None, named_spans(later, find_mentions(later, g, None))).period.start \
        == dt.date(2019, 1, 1)


def test_an_undated_visits_unnamed_host_is_the_holder_named_by_a_bare_surname():
    # Ahmadinejad's term saw three Egyptian presidents: a bare "مرسي" (weak alone: also a
    # common word) picks the host of the visit to Egypt the article does not name
    text = ("وصل الرئيس الإيراني محمود أحمدي نجاد إلى مصر في زيارة رسمية، "
            "وكان مرسي في مقدمة مستقبليه بالمطار.")
    assert _visits(text) == [("reported", "Mahmoud Ahmadinejad", "Mohamed Morsi")]
    # without it, the one who held the office for most of his term (Mubarak, to 2011) is the guess
    assert _visits(text.replace("وكان مرسي في مقدمة مستقبليه بالمطار", "وتناول الاقتصاد")) == [
        ("reported", "Mahmoud Ahmadinejad", "Hosni Mubarak")]
    # dated, the host is the holder of the day
    assert _visits(text, dt.date(2013, 2, 5)) == [("reported", "Mahmoud Ahmadinejad", "Mohamed Morsi")]


def test_people_not_all_in_office_together_bound_the_period_by_the_time_most_of_them_were():
    # Morsi (2012-2013) in New Delhi with Mukherjee (2012-2017), Singh (to May 2014) and his own
    # defence minister al-Sisi, beside Sushma Swaraj (foreign minister only from May 2014, here the
    # opposition's leader): the article is from Morsi's time, not from Swaraj's
    text = ("استقبل الرئيس براناب موخرجي ورئيس الوزراء مانموهان سينغ الرئيس محمد مرسي، ويرافقه وزير الدفاع "
            "عبد الفتاح السيسي، كما يلتقي مرسي زعيمة المعارضة سوشما سواراج.")
    f = fold_with_map(text)
    period = article_time(text, f, None, (), None, named_spans(text, find_mentions(text, f, None))).period
    assert period.start <= dt.date(2013, 3, 19) <= period.end
    assert period.end < dt.date(2014, 5, 26)
    # the near misses: one name against one is the later one's time as before; so is today's leader
    # alone in his time beside two recalled together (Saddam Hussein and Khomeini, 1979-1989)
    two = "التقى مانموهان سينغ وسوشما سواراج."
    history = "قال حيدر العبادي إن الحرب بين صدام حسين والخميني ما زالت تلقي بظلالها على البلدين."
    # ... and two in office now beside three recalled together: the two share no time with the three
    war = ("قال الرئيس محمد مرسي ورئيس الوزراء هشام قنديل إن الحرب التي شنها جورج بوش وتوني بلير على "
           "صدام حسين دمرت العراق.")
    for text, start in ((two, dt.date(2014, 5, 26)), (history, dt.date(2014, 9, 8)), (war, dt.date(2012, 8, 2))):
        g = fold_with_map(text)
        assert article_time(text, g, None, (), None, named_spans(text, find_mentions(text, g, None))).period.start \
            == start


def test_most_in_office_is_the_latest_run_of_the_largest_count():
    from tasks.extract.article_time import most_in_office
    d = dt.date
    spans = [Period(d(2010, 1, 1), d(2013, 12, 31)), Period(d(2012, 1, 1), d(2016, 1, 1)),
             Period(d(2011, 1, 1), d(2013, 6, 30)), Period(d(2014, 6, 1), None)]
    assert most_in_office(spans, None, None) == (d(2012, 1, 1), d(2013, 6, 30))
    # a tie: the later run
    assert most_in_office(spans[:2] + spans[3:], None, None) == (d(2014, 6, 1), d(2016, 1, 1))
    # bounded from below by the text's own dates
    assert most_in_office(spans, d(2015, 1, 1), None) == (d(2015, 1, 1), d(2016, 1, 1))
    assert most_in_office(spans, d(2030, 1, 1), d(2030, 2, 1)) == (d(2030, 1, 1), d(2030, 2, 1))
    assert most_in_office([Period(d(2000, 1, 1), d(2001, 1, 1))], d(2030, 1, 1), None) is None
    # a span given twice (name and title) counts once: two people against one, not a tie
    assert most_in_office(spans[:1] + spans[2:] + spans[3:], None, None) == (d(2011, 1, 1), d(2013, 6, 30))


def test_a_lead_weekday_with_a_yearless_day_is_the_articles_day_when_the_period_holds_one():
    # "مساء الخميس 14 مارس" (Thursday evening, 14 March) under a term of 2012-2016: 14 March is a
    # Thursday in 2013 only, so the article is of that day; main left it the whole term
    term = Period(dt.date(2012, 1, 1), dt.date(2016, 12, 31))
    text = "وصل رئيس الوزراء إلى الرباط مساء الخميس 14 مارس في زيارة رسمية تستغرق يومين."
    t = article_time(text, fold_with_map(text), None, [term])
    assert (t.date, t.precision, t.day, t.evidence) == (dt.date(2013, 3, 14), "day", dt.date(2013, 3, 14), "الخميس 14 مارس")
    # in the headline too, told by a past verb
    head = "اختتم الوزير زيارته للرباط يوم الجمعة 15 مارس\nوأكد أن المحادثات كانت إيجابية."
    assert when(head, terms=[term])[:2] == (dt.date(2013, 3, 15), "day")


def test_a_lead_weekday_the_period_holds_twice_or_never_or_as_a_plan_leaves_it_undated():
    text = "وصل رئيس الوزراء إلى الرباط مساء الخميس 14 مارس في زيارة رسمية تستغرق يومين."
    # 2009-2020 has a Thursday 14 March in 2013 and in 2019: no day
    wide = Period(dt.date(2009, 1, 1), dt.date(2020, 12, 31))
    assert when(text, terms=[wide]) == (wide.start, "span", "text", wide)
    term = Period(dt.date(2012, 1, 1), dt.date(2016, 12, 31))
    # 14 March is never a Sunday in 2012-2016
    sunday = text.replace("الخميس", "الأحد")
    assert when(sunday, terms=[term]) == (term.start, "span", "text", term)
    # the same day told as a plan in the lead: the weekday is the plan's
    plan = ("من المقرر أن يبدأ رئيس الوزراء زيارته للمغرب في 14 مارس.\n"
            "وقال المتحدث إن رئيس الوزراء يصل الخميس 14 مارس إلى الرباط.")
    assert when(plan, terms=[term]) == (term.start, "span", "text", term)
    # told in the news present ("يصل", arrives) it may be a day ahead
    present = "يصل رئيس الوزراء إلى الرباط مساء الخميس 14 مارس في زيارة رسمية تستغرق يومين."
    assert when(present, terms=[term]) == (term.start, "span", "text", term)
    # below the lead (headline and first sentence) it is no evidence of the article's day
    deep = "قال مصدر إن الوفد بدأ عمله.\nوأضاف أن الاجتماعات تتواصل.\n" + text
    assert when(deep, terms=[term]) == (term.start, "span", "text", term)
    # with no bounded period there is no year to choose among
    assert when(text)[:2] == (None, "none")
    # dated, the metadata decides
    assert when(text, TUE)[:2] == (TUE, "day")
