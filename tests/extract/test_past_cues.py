"""Cue words before a meeting (triggers.yaml past_reference, hypothetical) and the words that only look like them.
Invented sentences, the real lexicon (the whole extract step)."""
import datetime as dt

PUB = dt.date(2018, 10, 3)  # a Wednesday


def _kinds(text, published=PUB):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_another_matter_before_the_news_is_no_earlier_meeting():
    # "وفي شأن آخر" (on another matter), "من جانب آخر" (on the other hand): "آخر" is "another", not
    # the "last" of "آخر لقاء" (the last meeting)
    text = "وفي شأن آخر، وصلت المستشارة الألمانية أنجيلا ميركل إلى إسرائيل، الأربعاء، في زيارة تستغرق يومين."
    assert _kinds(text) == [("reported", "Angela Merkel", "Benjamin Netanyahu")]
    other = ("من جانب آخر التقت المستشارة الألمانية أنجيلا ميركل رئيس الوزراء الإسرائيلي بنيامين نتنياهو "
             "في القدس الأربعاء.")
    assert [k[0] for k in _kinds(other)] == ["reported"]
    # undated too
    assert [k[0] for k in _kinds(text, None)] == ["reported"]


def test_the_last_meeting_is_still_an_earlier_one():
    assert [k[0] for k in _kinds("وكان آخر لقاء جمع ميركل ونتنياهو في القدس.")] == ["referenced"]
    assert [k[0] for k in _kinds("وكان آخر لقاء جمع ميركل ونتنياهو في القدس، في العام الماضي.")] == ["referenced"]


def test_a_meeting_only_possible_is_not_held():
    # "من الممكن عقد قمة" (it is possible to hold a summit), dated or not, with its day or none
    text = "قال الرئيس الأميركي دونالد ترامب إنه من الممكن عقد قمة مع زعيم كوريا الشمالية كيم جونغ أون."
    assert _kinds(text) == [] and _kinds(text, None) == []
    assert _kinds(text.replace("أون.", "أون في 12 يونيو."), None) == []


def test_a_possibility_told_after_the_meeting_leaves_it_held():
    text = ("التقى الرئيس الأميركي دونالد ترامب زعيم كوريا الشمالية كيم جونغ أون في سنغافورة، "
            "وقال إن من الممكن تحقيق السلام.")
    assert _kinds(text) == [("reported", "Donald Trump", "Kim Jong-un")]


def test_a_statement_told_in_the_pluperfect_after_a_meeting_is_as_old_as_the_statement():
    # "وكان ... قد صرح عقب لقائه" (had declared after his meeting): the saying is background, and the
    # meeting before it older still; no day of its own makes it the news
    text = ("وكان رئيس الوزراء الهندي ناريندرا مودي قد صرح للصحفيين عقب انتهاء لقائه مع الرئيس الصيني "
            "شي جين بينغ بأن البلدين يريدان السلام.")
    assert _kinds(text) == [("referenced", "Narendra Modi", "Xi Jinping")]
    # a day at publication keeps it the day's news ("أمس", yesterday)
    assert _kinds(text.replace("للصحفيين", "للصحفيين أمس")) == [("reported", "Narendra Modi", "Xi Jinping")]
    # a pluperfect return "after a visit" is still the visit just ended, as before
    back = "وكان الرئيس السيسي قد عاد إلى القاهرة صباح اليوم بعد زيارة قصيرة للهند التقى خلالها رئيس الوزراء ناريندرا مودي."
    assert _kinds(back) == [("reported", "Abdel Fattah el-Sisi", "Narendra Modi")]


def test_many_of_the_meetings_are_counted_not_told_as_news():
    # "أجرى العديد من اللقاءات" (held many of the meetings): as "عدة لقاءات", a count, no meeting told as news
    text = ("وقال الرئيس الفرنسي إيمانويل ماكرون إنه أجرى العديد من اللقاءات من أجل السلام، وإن الرئيس "
            "الروسي فلاديمير بوتين يتحمل المسؤولية.")
    assert [k for k, _, _ in _kinds(text)] in ([], ["referenced"])
    assert [k for k, _, _ in _kinds(text.replace("العديد من اللقاءات", "عدة لقاءات"))] in ([], ["referenced"])
    # "من" after another word is no count: "أجرى جولة من المحادثات مع" (held a round of talks with)
    single = "أجرى الرئيس الفرنسي إيمانويل ماكرون اليوم جولة من المباحثات مع الرئيس الروسي فلاديمير بوتين في موسكو."
    assert _kinds(single) == [("reported", "Emmanuel Macron", "Vladimir Putin")]


def test_a_vague_ago_after_the_meeting_makes_it_an_earlier_one():
    # "منذ عدة أسابيع" (several weeks ago), "منذ أشهر" (months ago) after the meeting's objects and place
    met = "التقى الرئيس الروسي فلاديمير بوتين رئيس الوزراء الإسرائيلي بنيامين نتنياهو في موسكو"
    assert _kinds(met + " منذ أشهر.") == [("referenced", "Benjamin Netanyahu", "Vladimir Putin")]
    talks = ("قال خبراء إن الاتفاق وضعت بنوده خلال محادثات الرئيس الروسي فلاديمير بوتين ورئيس الوزراء "
             "الإسرائيلي بنيامين نتنياهو التي جرت في موسكو منذ عدة أسابيع.")
    assert [k[0] for k in _kinds(talks)] == ["referenced"]
    # the news stays the news: held today, an ago of another clause ("بعد أن", after), a countdown
    # ("قبل أسابيع من القمة", weeks before the summit) or an ago inside the words said at the meeting
    assert _kinds(met + " اليوم.") == [("reported", "Benjamin Netanyahu", "Vladimir Putin")]
    later = met + " اليوم، بعد أن كان نتنياهو قد زار الهند منذ أشهر."
    assert ("reported", "Benjamin Netanyahu", "Vladimir Putin") in _kinds(later)
    assert _kinds(met + " قبل أسابيع من القمة المرتقبة.") == [("reported", "Benjamin Netanyahu", "Vladimir Putin")]
    said = ("وقال نتنياهو في مؤتمر صحفي مع الرئيس الروسي فلاديمير بوتين في موسكو اليوم: «اتفقنا على ذلك "
            "مع الهند منذ أشهر».")
    assert [k[0] for k in _kinds(said)] == ["reported"]


def test_the_other_side_named_in_an_earlier_visit_after_a_past_cue_is_not_the_host():
    # "Merkel's working visit comes two days after the state visit Macron made to Washington": Macron is
    # that earlier visit's traveller, not Merkel's host
    text = ("وتأتي زيارة العمل التي تقوم بها المستشارة الألمانية أنغيلا ميركل بعد يومين من زيارة الدولة التي "
            "أجراها الرئيس الفرنسي إيمانويل ماكرون لواشنطن.")
    assert ("reported", "Angela Merkel", "Emmanuel Macron") not in _kinds(text, dt.date(2018, 4, 27))
    # a host met past a comma after the earlier visit stays this visit's host
    met = ("زار الرئيس الفرنسي إيمانويل ماكرون واشنطن بعد أيام من زيارة المستشارة الألمانية أنغيلا ميركل، "
           "والتقى الرئيس الأمريكي دونالد ترامب.")
    assert ("reported", "Emmanuel Macron", "Donald Trump") in _kinds(met, dt.date(2018, 4, 27))


def test_a_meeting_told_at_that_time_is_an_earlier_one():
    # "آنذاك" / "في ذلك الوقت" (at that time): the meeting is told back from a time given before
    text = "وتولى ماكرون الرئاسة في 2017، والتقى آنذاك الرئيس الأمريكي دونالد ترامب خلال زيارة إلى باريس."
    assert _kinds(text) == [("referenced", "Donald Trump", "Emmanuel Macron")]
    text = ("وسربت الموظفة في ذلك الوقت معلومات عن الإجراءات المتعلقة بزيارة الرئيس الأمريكي دونالد ترامب "
            "إلى فرنسا التي أحيطت بسرية.")
    assert [k for k, _, _ in _kinds(text)] == ["referenced"]


def test_a_meeting_with_the_same_time_said_after_it_stays_news():
    # "في الوقت ذاته" (at the same time), after the news, is no pointer back
    text = ("التقى الرئيس الأمريكي دونالد ترامب الرئيس الفرنسي إيمانويل ماكرون في باريس اليوم، "
            "وفي الوقت ذاته أعلنت فرنسا إجراءات أمنية مشددة.")
    assert [k for k, _, _ in _kinds(text)] == ["reported"]


def test_the_summit_meeting_held_earlier_this_month_is_an_earlier_one():
    # "لقاء القمة" (the summit meeting) is one meeting: its "القمة" does not stop the clause's
    # "في وقت سابق من الشهر الجاري" (earlier this month) from telling it as behind the news
    text = ("أعلنت وزارة الدفاع الروسية يوم الجمعة أن روسيا وتركيا قررتا تعليق مناورتين بحريتين في أعقاب "
            "لقاء القمة الذي عقد في وقت سابق من الشهر الجاري بين الرئيس فلاديمير بوتين والرئيس التركي رجب طيب أردوغان.")
    assert _kinds(text, dt.date(2018, 6, 23)) == [("referenced", "Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_summit_meeting_held_today_stays_the_news():
    text = ("أعلنت الرئاسة المصرية يوم الأحد أن مصر والسودان اتفقتا على تشكيل لجنة فنية مشتركة خلال لقاء القمة "
            "الذي عقد اليوم في القاهرة بين الرئيس عبد الفتاح السيسي والرئيس عمر البشير.")
    assert _kinds(text, dt.date(2018, 6, 24)) == [("reported", "Omar al-Bashir", "Abdel Fattah el-Sisi")]
