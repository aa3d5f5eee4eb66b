"""Articles with no publication date: what the text alone says of when a meeting was and
who held an office then. Invented sentences, the real lexicon (the whole extract step)."""
import datetime as dt

from tasks.extract.article_time import article_time
from ziyarat.arabic import fold_with_map
from ziyarat.lexicon import Period


def _full(text, published=None):
    """The whole extract step (real lexicon), undated unless `published` is given."""
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


def test_an_undated_day_of_last_month_dates_an_earlier_visit():
    # "في 14 مارس الماضي" (on 14 March last): no year, so no value, but the meeting is behind
    # the news, as "في مارس الماضي" (last March) is
    text = ("وقال السفير إن زيارة الوزير تبني على الزخم الذي خلقته زيارة الرئيس محمد مرسي "
            "لبرلين في 14 مارس الماضي.")
    assert [r[:3] for r in _full(text)] == [("referenced", "Mohamed Morsi", "Angela Merkel")]
    trip = "وكان الرئيس العراقي جلال طالباني قد غادر بغداد في 20 ديسمبر الماضي متوجها إلى ألمانيا."
    assert [r[0] for r in _full(trip)] == ["referenced"]
    # dated (a week after, in the same month's news) it is an earlier visit too
    assert [r[0] for r in _full(text, dt.date(2013, 4, 20))] == ["referenced"]


def test_an_undated_day_with_no_past_word_stays_the_news():
    # a yearless day without "الماضي" may be the day's news ("في 14 مارس", on 14 March)
    text = "التقى الرئيس المصري محمد مرسي المستشارة الألمانية أنجيلا ميركل في برلين في 14 مارس."
    assert [r[0] for r in _full(text)] == ["reported"]
    # nor does "الماضي" after a weekday make it an earlier day: "الثلاثاء الماضي" is this week
    week = "التقى الرئيس المصري محمد مرسي المستشارة الألمانية أنجيلا ميركل في برلين الثلاثاء الماضي."
    assert [r[0] for r in _full(week)] == ["reported"]


def test_a_titled_leaders_gap_between_terms_is_no_time_of_the_article():
    # "رئيس وزراء اليابان شينزو آبي" (prime minister 2006-2007, then from December 2012) beside
    # Obama (2009-2017): the story is from Abe's second term, when Belgium's premier was Di Rupo
    text = ("يلتقي رئيس وزراء اليابان شينزو آبي الرئيس الأمريكي باراك أوباما في واشنطن. "
            "ويصل رئيس الحكومة النرويجية ينس ستولتنبرغ إلى بلجيكا في زيارة تستغرق عدة ساعات.")
    from tasks.extract import read_article
    assert read_article(text, None).time.period.start == dt.date(2012, 12, 26)
    assert [r[:3] for r in _full(text)] == [("reported", "Shinzo Abe", "Barack Obama"),
                                           ("reported", "Jens Stoltenberg", "Elio Di Rupo")]


def test_terms_with_no_day_in_the_period_leave_it_as_it_was():
    from tasks.extract.article_time import titled_tenures
    text = "قال الرئيس الروسي فلاديمير بوتين إن الحوار مستمر."
    f = fold_with_map(text)
    held = titled_tenures(f)
    assert len(held) == 1 and len(held[0]) >= 2  # his terms as president, apart
    # a period inside the gap (2008-2012, prime minister) is not emptied: the terms do not cut it
    gap = Period(dt.date(2009, 1, 1), dt.date(2010, 1, 1))
    assert article_time(text, f, None, [gap], [], (), held).period == gap
    # one unbroken term cuts nothing
    assert article_time(text, f, None, [Period(dt.date(2001, 1, 1), None)], [], (), held).period \
        == Period(dt.date(2001, 1, 1), None)


def test_a_recalled_leader_of_another_era_leaves_the_contemporaries_period_bounded():
    # Morsi (2012-2013) beside a recalled Sadat (1970-1981): from Morsi's year, not from 2012 to
    # now, so his undated trip to Pakistan has its premier of the time (Ashraf, most of that year)
    text = ("وعلى عكس السادات، اهتم الرئيس محمد مرسي بحساسيات الهند خلال زيارته لباكستان "
            "حيث أبرزت الخارجية الباكستانية اختيار مصر.")
    from tasks.extract import read_article
    assert read_article(text, None).time.period == Period(dt.date(2012, 6, 30), dt.date(2013, 7, 2))
    assert [r[:3] for r in _full(text)] == [("reported", "Mohamed Morsi", "Raja Pervaiz Ashraf")]


def test_successors_never_in_office_together_bound_the_period_by_the_later_ones_term():
    # "هاني الملقي" (to June 2018) and his successor "عمر الرزاز": from Razzaz's time, to the end of his term
    text = "قبل العاهل الأردني استقالة حكومة هاني الملقي وكلف عمر الرزاز بتشكيل حكومة جديدة."
    from tasks.extract import read_article
    period = read_article(text, None).time.period
    assert period.start == dt.date(2018, 6, 14) and period.end == dt.date(2020, 10, 11)
    # a later year in the text moves the lower bound past the predecessor's time only
    later = read_article(text + " وذلك في عام 2019.", None).time.period
    assert later.start == dt.date(2019, 1, 1) and later.end == dt.date(2020, 10, 11)


_DEEP = ("يتحدث الرئيس الأمريكي بلغة ودية نادرا ما يستخدمها. ويحاول أن يدفع فرص السلام إلى الأمام. "
         "ويشكك كثيرون في نتائج جهوده. ولن يضطر إلى خوض انتخابات جديدة. ويقول مراقبون إن أسلوبه تغير. ")


def test_an_undated_visit_this_week_deep_in_the_story_is_the_news():
    # "خلال زيارته للقدس ورام الله هذا الأسبوع" (during his visit this week) far down an undated
    # story: the article's own week, reported as it is when the story is dated
    text = _DEEP + "ويتحرك أوباما بحذر خلال زيارته للقدس ورام الله هذا الأسبوع."
    assert {r[0] for r in _full(text)} == {"reported"}
    assert {r[0] for r in _full(text, dt.date(2013, 3, 22))} == {"reported"}


def test_an_undated_visit_next_week_or_this_month_stays_background():
    text = _DEEP + "ويتحرك أوباما بحذر خلال زيارته للقدس ورام الله هذا الأسبوع."
    assert {r[0] for r in _full(text.replace("هذا الأسبوع", "الأسبوع المقبل"))} == {"referenced"}
    assert {r[0] for r in _full(text.replace("هذا الأسبوع", "الشهر الجاري"))} == {"referenced"}
    # a sa- future this week is a plan
    assert {r[0] for r in _full(_DEEP + "وسيزور أوباما القدس ورام الله هذا الأسبوع.")} == {"referenced"}


def test_an_undated_trips_further_country_gets_its_likely_head_too():
    # Obama's term (2009-2017) saw Olmert for two months, then Netanyahu: the likely head of
    # Israel, listed after the Palestinian territories, as he would be were Israel first
    text = ("قال إسماعيل هنية إن زيارة الرئيس الأمريكي باراك أوباما للأراضي الفلسطينية وإسرائيل "
            "هدفت إلى تكريس الاحتلال.")
    assert [r[:3] for r in _full(text)] == [("reported", "Barack Obama", "Mahmoud Abbas"),
                                           ("reported", "Barack Obama", "Benjamin Netanyahu")]
    # a further country with no head of state or government in the lexicon's time adds nothing
    assert [r[2] for r in _full(text.replace("وإسرائيل", "وأوروبا"))] == ["Mahmoud Abbas"]


def test_netanyahu_spelled_with_a_ya_after_the_nun_is_named():
    # "نيتانياهو": undated, the title before it ("رئيس الوزراء الإسرائيلي", Olmert or Netanyahu over
    # Obama's term) cannot name him, so his name must
    assert [r[:3] for r in _full("التقى الرئيس الأمريكي باراك أوباما نيتانياهو في القدس.")] == \
        [("reported", "Barack Obama", "Benjamin Netanyahu")]
    text = ("قال الرئيس إنه جاء إلى القدس ورام الله للاستماع إلى وجهتي نظر رئيس الوزراء الإسرائيلي "
            "بنيامين نيتانياهو والرئيس الفلسطيني محمود عباس.")
    assert ("reported", "Mahmoud Abbas", "Benjamin Netanyahu") not in [r[:3] for r in _full(text)]


def test_an_undated_visit_dated_by_a_month_of_a_year_is_an_earlier_one():
    # "خلال زيارة ... في مايو 2017" (during the visit in May 2017): a meeting noun dated by a month alone,
    # as by a year alone ("في 2017"), is no meeting of the news
    text = ("وأسست السعودية والولايات المتحدة مركزا لاستهداف تمويل الإرهاب خلال زيارة الرئيس الأميركي "
            "دونالد ترامب إلى الرياض في مايو 2017.")
    assert [r[:4] for r in _full(text)] == [("referenced", "Donald Trump", "Salman bin Abdulaziz", dt.date(2017, 5, 1))]
    # the news's own day by it stays reported
    assert [r[0] for r in _full(text.replace("في مايو 2017", "أمس"))] == ["reported"]
    # and a meeting verb with its month stays the news (test_visit_dates: "التقى ... في تموز 2018")
    met = "التقى الرئيس الأمريكي دونالد ترامب العاهل السعودي الملك سلمان في الرياض في مايو 2017."
    assert [r[0] for r in _full(met)] == ["reported"]


_MISSING = ("ما زال الكاتب المعروف مختفيا منذ دخوله مبنى القنصلية في إسطنبول، الثلاثاء الماضي. "
            "وتقول السلطات إنه غادر المبنى. وتنفي جهات أخرى ذلك. وتأمل أسرته أن تعرف مكانه قريبا. ")
_ARRIVAL = "وصلت المستشارة الألمانية، أنجيلا ميركل، إلى إسرائيل، الأربعاء، حسب ما أعلنه المتحدث باسم الحكومة."


def test_a_leads_last_weekday_is_no_day_of_its_news():
    # the lead's "الثلاثاء الماضي" (last Tuesday) is a day gone, not the lead's: the Wednesday arrival
    # told further on is not six days before the news
    assert [r[0] for r in _full(_MISSING + _ARRIVAL)] == ["reported"]


def test_a_leads_own_weekday_still_dates_a_later_aside_as_stale():
    # "أعلنت الشرطة الثلاثاء" (the police announced on Tuesday): a Wednesday further on is six days before
    lead = ("أعلنت الشرطة الثلاثاء أنها تحقق في اختفاء الكاتب المعروف منذ دخوله مبنى القنصلية في إسطنبول. "
            "وتقول السلطات إنه غادر المبنى. وتنفي جهات أخرى ذلك. وتأمل أسرته أن تعرف مكانه قريبا. ")
    assert [r[0] for r in _full(lead + _ARRIVAL)] == ["referenced"]


_BEGAN = ("بدأ رئيس الوزراء الهندي ناريندرا مودي، الأحد، زيارة رسمية تستمر يومين لليابان، في وقت ينتقده ناشطون. "
          "ويتوقع أن يبحث مع رئيس الوزراء الياباني شينزو آبي ملفات التجارة والأمن. "
          "وبالتزامن مع زيارة مودي لليابان، تظاهر ناشطون أمام السفارة.")


def test_an_undated_trip_begun_on_a_weekday_is_held_whatever_talks_it_plans():
    # "بدأ ... الأحد، زيارة" (began on Sunday a visit): held, as it is dated; the talks it expects
    # ("ويتوقع أن يبحث مع") do not turn the trip into a plan
    assert [r[:3] for r in _full(_BEGAN)] == [("reported", "Narendra Modi", "Shinzo Abe")]
    assert [r[0] for r in _full(_BEGAN, dt.date(2018, 10, 28))] == ["reported"]


def test_an_undated_trip_beginning_on_a_weekday_stays_the_plan():
    # "يبدأ ... الأحد" (begins on Sunday): ahead
    assert [r[0] for r in _full(_BEGAN.replace("بدأ رئيس", "يبدأ رئيس"))] == ["referenced"]


_TALKS = ("قال رئيس الوزراء الصيني لي كه شيانغ، اليوم الخميس، إن الصين ترحب بالشركات الألمانية وستحمي استثماراتها "
          "وذلك بعد اجتماع مع المستشارة الألمانية أنغيلا ميركل التي قالت إن بلادها تدعم الاستثمار. "
          "وتخيم سياسات الرئيس الأمريكي دونالد ترامب التجارية وانسحابه من الاتفاق النووي مع إيران على زيارة ميركل للصين.")


def test_an_undated_days_word_far_from_the_meeting_still_dates_it_held():
    # "اليوم الخميس" (today, Thursday) opens the sentence, past the 50 characters of a strong date: a dated
    # article gives the meeting that day all the same, so it is no part of the trip told after it
    assert [r[:3] for r in _full(_TALKS)] == [("reported", "Angela Merkel", "Li Keqiang")]
    assert [r[0] for r in _full(_TALKS, dt.date(2018, 5, 24))] == ["reported"]


def test_an_undated_meeting_with_no_days_word_stays_the_trips():
    assert [r[0] for r in _full(_TALKS.replace("، اليوم الخميس،", ""))] == ["referenced"]


_SPORT = ("عاد نجم الكرة إلى فريقه بعد غياب طويل. وقال المدرب إن اللاعب جاهز للمباراة المقبلة. "
          "وأوضح النادي أن الجماهير تنتظر عودته بفارغ الصبر. ")
_SIGNED = ("ووقع الرئيس الفرنسي إيمانويل ماكرون، الأربعاء، عقودا لبيع طائرات وقطارات بقيمة عشرة مليارات يورو "
           "لشركات محلية خلال زيارته إلى الصين.")
_ANNOUNCED = ("وأعلنت الحكومتان الأردنية والمصرية، أمس، أن العاهل الأردني الملك عبد الله الثاني اتفق مع الرئيس "
              "المصري عبد الفتاح السيسي على إنشاء منطقة صناعية مشتركة، وذلك خلال زيارته إلى القاهرة.")


def test_an_undated_weekday_of_the_visit_nouns_sentence_makes_it_news_not_an_aside():
    # past a lead with other news, "خلال زيارته" (during his visit) with "الأربعاء" (Wednesday) far
    # before it: a dated article gives the visit that day and reports it; undated it is news too
    assert [r[:3] for r in _full(_SPORT + _SIGNED)] == [("reported", "Emmanuel Macron", "Xi Jinping")]
    assert [r[0] for r in _full(_SPORT + _SIGNED, dt.date(2018, 1, 11))] == ["reported"]


def test_an_undated_yesterday_of_an_announcement_makes_its_visit_news_not_a_remark():
    # "أعلنت ... أمس، أن ... خلال زيارته" (announced yesterday that ... during his visit): the day is the visit's
    assert [r[:3] for r in _full(_SPORT + _ANNOUNCED)] == [
        ("reported", "Abdullah II of Jordan", "Abdel Fattah el-Sisi")]


def test_an_undated_visit_noun_with_no_days_word_stays_an_aside():
    assert [r[0] for r in _full(_SPORT + _SIGNED.replace("، الأربعاء،", ""))] == ["referenced"]
    assert [r[0] for r in _full(_SPORT + _ANNOUNCED.replace("، أمس،", ""))] == ["referenced"]
    # a day told ahead ("غدا", tomorrow) dates no visit held
    ahead = _SIGNED.replace("، الأربعاء،", "").replace("الصين.", "الصين، ويلقي خطابا غدا.")
    assert [r[0] for r in _full(_SPORT + ahead)] == ["referenced"]


_FORMER = "التقى الرئيس المصري السابق حسني مبارك الزعيم الليبي معمر القذافي في طرابلس."


def test_an_undated_leader_called_former_holds_no_office_at_its_time():
    # "الرئيس المصري السابق" (the former Egyptian president): the article is from after his term, as a
    # dated one past it would give no office either
    assert _full(_FORMER) == []
    assert _full(_FORMER, dt.date(2013, 3, 11)) == []


def test_an_undated_leader_not_called_former_keeps_his_office():
    assert [r[:3] for r in _full(_FORMER.replace(" السابق", ""))] == [("reported", "Hosni Mubarak", "Muammar Gaddafi")]


def test_an_undated_former_word_past_a_comma_or_a_designate_leaves_the_office():
    # "السابق،" ends the phrase before the name; "المكلف" (designate) may be the sitting premier
    text = ("وقدم الوزير دليلا على البرنامج السابق، الرئيس المصري حسني مبارك التقى الزعيم الليبي معمر القذافي في طرابلس.")
    assert [r[:3] for r in _full(text)] == [("reported", "Hosni Mubarak", "Muammar Gaddafi")]
    designate = "التقى الرئيس الأمريكي باراك أوباما رئيس الوزراء المكلف بنيامين نتنياهو في القدس."
    assert [r[:3] for r in _full(designate)] == [("reported", "Barack Obama", "Benjamin Netanyahu")]


_FROM_DAY = ("يقوم الرئيس المصري محمد مرسي بزيارة إلى ألمانيا اعتبارا من 20 يناير الحالي تستغرق يومين، "
             "ويلتقي خلال زيارته لبرلين المستشارة الألمانية أنجيلا ميركل.")


def test_an_undated_yearless_day_a_present_verb_governs_plans_the_visit():
    # "يقوم ... بزيارة ... اعتبارا من 20 يناير" (makes a visit from 20 January): dated, the day is after
    # publication and the visit a plan; undated it is the same plan
    assert [r[:3] for r in _full(_FROM_DAY)] == [("referenced", "Mohamed Morsi", "Angela Merkel")]
    assert [r[0] for r in _full(_FROM_DAY, dt.date(2013, 1, 10))] == ["referenced"]


def test_an_undated_yearless_day_of_a_past_verb_or_no_day_keeps_the_visit_reported():
    past = _FROM_DAY.replace("يقوم", "قام").replace("ويلتقي", "والتقى").replace("اعتبارا من", "في").replace(" الحالي", "")
    assert [r[0] for r in _full(past)] == ["reported"]
    assert [r[0] for r in _full(_FROM_DAY.replace(" اعتبارا من 20 يناير الحالي", ""))] == ["reported"]


def test_an_undated_arrival_today_is_the_days_news():
    # "يصل ... اليوم ... لإجراء محادثات" (arrives today to hold talks): the talks read as a plan, but today is the
    # article's own day whether or not the metadata says which (timing.event_date), as the day of a dated one is
    text = ("يصل الرئيس الفرنسي إيمانويل ماكرون {day} إلى برلين لإجراء محادثات مع المستشارة الألمانية أنغيلا ميركل "
            "حول أزمة الهجرة.")
    assert [r[0] for r in _full(text.format(day="اليوم الثلاثاء"))] == ["reported"]
    assert [r[0] for r in _full(text.format(day="مساء اليوم"))] == ["reported"]
    assert [r[0] for r in _full(text.format(day="اليوم الثلاثاء"), dt.date(2018, 7, 10))] == ["reported"]
    # tomorrow stays a plan, and so does a trip a saying of today announces after "أن" (that)
    assert [r[0] for r in _full(text.format(day="غدا الثلاثاء"))] == ["referenced"]
    said = ("أعلن المتحدث باسم الرئاسة اليوم أن الرئيس المصري عبد الفتاح السيسي سيستقبل العاهل الأردني الملك "
            "عبد الله الثاني في القاهرة.")
    assert [r[0] for r in _full(said)] == ["referenced"]
    # a verb of setting out this evening has not set out at publication (ahead.leaving_tonight), undated too
    tonight = ("يتوجه الرئيس الفرنسي إيمانويل ماكرون مساء اليوم إلى برلين في زيارة يجري خلالها محادثات مع المستشارة "
               "الألمانية أنغيلا ميركل.")
    assert [r[0] for r in _full(tonight)] == ["referenced"]


_SUMMIT = "الرئيس الأمريكي دونالد ترامب والزعيم الكوري الشمالي كيم جونغ أون"


def test_an_undated_meeting_framed_by_its_day_of_a_month_is_an_earlier_one():
    # "خلال قمة 12 يونيو" (at the 12 June summit), "بعد القمة ... في 12 يونيو", "ومنذ لقاء ... في 12 يونيو":
    # a meeting told as the time of something else by its day of the month alone, no weekday, is weeks
    # back, as a dated article finds it; the pair's bare nouns elsewhere retell it (merge._dated_earlier)
    during = ("قال وزير الخارجية الأمريكي الأربعاء إن بلاده ستتسلم رفات جنودها. وتسليم الرفات واحد من "
              f"الاتفاقات التي أبرمت خلال قمة 12 يونيو بين {_SUMMIT}.")
    after = (f"وصل وزير الخارجية الأمريكي إلى بيونغ يانغ الجمعة. وتأتي الزيارة بعد القمة بين {_SUMMIT} في 12 يونيو. "
             "وقال ترامب عقب القمة مع كيم إن التهديد النووي انتهى.")
    since = (f"قال وزير الدفاع الأمريكي الأربعاء إن المفاوضات لم تبدأ بعد. ومنذ لقاء {_SUMMIT} في 12 يونيو، "
             "لم تتخذ بيونغ يانغ أي خطوة. وخلال القمة مع ترامب، تعهد كيم بنزع السلاح النووي.")
    for text in (during, after, since):
        assert [r[:3] for r in _full(text)] == [("referenced", "Donald Trump", "Kim Jong-un")]
    # dated three weeks after, the summit of the during-frame is that earlier one too
    assert [r[0] for r in _full(during, dt.date(2018, 7, 5))] == ["referenced"]


def test_an_undated_meeting_named_by_a_day_with_a_weekday_no_frame_or_before_it_stays_the_news():
    weekday = f"قال وزير الخارجية الأمريكي إن الاتفاق تم خلال قمة الثلاثاء 12 يونيو بين {_SUMMIT}."
    before = f"قال وزير الخارجية الأمريكي إن الاتفاق تم قبيل قمة 12 يونيو بين {_SUMMIT}."
    held = f"عقد {_SUMMIT} قمة في سنغافورة في 12 يونيو."
    for text in (weekday, before, held):
        assert [r[:3] for r in _full(text)] == [("reported", "Donald Trump", "Kim Jong-un")]
    # a summit ahead stays a plan, not an earlier meeting
    ahead = f"قال وزير الخارجية الأمريكي إن بلاده ستوقع الاتفاق خلال قمة 12 يونيو بين {_SUMMIT}."
    assert [r[:3] for r in _full(ahead)] == [("referenced", "Donald Trump", "Kim Jong-un")]


def test_an_undated_leads_weekday_and_yearless_day_fix_the_host_by_office():
    # Goodluck Jonathan's term (2010-2015) holds one Monday 14 January, in 2013: Egypt's head then
    # was Mohamed Morsi; on main the term's several heads left the visit with no host (no row)
    text = "وصل الرئيس النيجيري جودلاك جوناثان إلى القاهرة صباح الاثنين 14 يناير في زيارة رسمية لمصر تستغرق يومين."
    assert _full(text) == [("reported", "Goodluck Jonathan", "Mohamed Morsi", dt.date(2013, 1, 14))]
    # a Sunday 14 January is in none of his years; below the lead it is no evidence; told as a plan
    # first it is the plan's day: none fixes the article's day, and no host is named
    assert _full(text.replace("الاثنين", "الأحد")) == []
    assert _full("قال مصدر إن الوفد بدأ عمله.\nوأضاف أن الاجتماعات تتواصل.\nو" + text) == []
    plan = ("من المقرر أن يبدأ الرئيس النيجيري جودلاك جوناثان زيارته لمصر في 14 يناير.\n"
            "وقال المتحدث إن جوناثان يصل الاثنين 14 يناير إلى القاهرة في زيارة رسمية تستغرق يومين.")
    assert _full(plan) == []


def test_a_person_named_before_his_later_office_does_not_date_the_story_after_it():
    # people.yaml keeps the offices held before the one a person is best known for: "الأمير تشارلز" was the
    # heir for seventy years before he became king (2022), "الأمير خالد بن سلمان" ambassador in Washington
    # (2017-2019) and deputy defence minister before defence minister (2022); an undated story naming
    # them is not dated from 2022 on
    from tasks.extract import read_article
    trump = "وصل الرئيس الأمريكي دونالد ترامب إلى لندن والتقى ملكة بريطانيا، بحضور الأمير تشارلز ولي العهد."
    assert read_article(trump, None).time.period.start == dt.date(2017, 1, 20)
    xi = "وصل الرئيس الصيني شي جين بينغ إلى لندن في زيارة دولة، واستقبله الأمير تشارلز نيابة عن الملكة."
    assert read_article(xi, None).time.period.start == dt.date(2013, 3, 14)
    mbs = "التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس الأمريكي في البيت الأبيض، بحضور سفير المملكة " \
          "في واشنطن الأمير خالد بن سلمان."
    assert read_article(mbs, None).time.period.start == dt.date(2017, 6, 21)
    # beside a leader with terms apart (Abe: 2006-2007, 2012-2020) he narrows the story to his own time
    abe = "استقبل رئيس الوزراء الياباني شينزو آبي في طوكيو الأمير خالد بن سلمان، نائب وزير الدفاع السعودي."
    assert read_article(abe, None).time.period == Period(dt.date(2017, 4, 22), dt.date(2020, 9, 15))
    # named as king (grammar.yaml monarch_ranks), Charles still dates the story from his accession in 2022
    king = "استقبل الملك تشارلز الثالث الرئيس الفرنسي إيمانويل ماكرون في قصر وندسور."
    assert read_article(king, None).time.period.start == dt.date(2022, 9, 8)
    # and a prince is no king: "الأمير تشارلز" beside Macron is from Macron's time (2017), not Charles's reign
    prince = king.replace("الملك تشارلز الثالث", "الأمير تشارلز")
    assert read_article(prince, None).time.period.start == dt.date(2017, 5, 14)


_SUDAN_DELEGATION = ("وضم الوفد المرافق وزير رئاسة الجمهورية بكري حسن صالح ووزير الخارجية علي كرتي.")


def test_an_undated_visits_host_is_the_head_the_article_titles_by_name():
    # the minister's later office (first vice-president from 2013) sets the period after Morsi's term:
    # the host the article names after "الرئيس" (held the office in Bashir's time) is the head, not the
    # period's longest holder
    arrive = ("وصل الرئيس السوداني عمر البشير إلى القاهرة في زيارة رسمية. وكان في استقبال البشير بالمطار "
              "الرئيس محمد مرسي. " + _SUDAN_DELEGATION)
    assert [r[:3] for r in _full(arrive)] == [("reported", "Omar al-Bashir", "Mohamed Morsi")]
    trip = ("غادر الرئيس السوداني عمر البشير القاهرة بعد زيارة لمصر استمرت يومين، وودعه في المطار "
            "الرئيس محمد مرسي. " + _SUDAN_DELEGATION)
    assert ("Omar al-Bashir", "Mohamed Morsi") in [r[1:3] for r in _full(trip)]


def test_an_undated_visits_host_is_not_a_head_named_in_passing_or_as_former():
    # "في عهد الرئيس مبارك" (in President Mubarak's time) and "الرئيس السابق" name a holder of the past
    era = ("وصل الرئيس السوداني عمر البشير إلى القاهرة في زيارة رسمية، وقال إن العلاقات تراجعت في عهد "
           "الرئيس حسني مبارك. " + _SUDAN_DELEGATION)
    assert "Hosni Mubarak" not in [r[2] for r in _full(era)]
    former = era.replace("في عهد الرئيس حسني مبارك", "منذ أيام الرئيس السابق حسني مبارك")
    assert "Hosni Mubarak" not in [r[2] for r in _full(former)]
