"""A meeting told only as the time anchor of another, later act is behind the news (visits.anchored): after a span
("بعد ساعات على زيارة"), after a return from it ("بعد عودته من قمة"), dated the day before an act told on
publication's day, or set after an after-word by the headline itself. A saying after talks held the day before with
no later day, a meeting the headline tells as news, a return home after a visit and a meeting told in its own main
clause too stay reported. Also (merge): a bare meeting noun of a pair told elsewhere as met "days ago" is that
earlier meeting. A summit told only in its aftermath (a saying dated after its own day, a frame or a saying's
subject) is referenced; told on its own day, by a verb, or under a later day of another act, it stays reported.
Invented texts, the whole lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

WED = dt.date(2019, 3, 13)


def rows(text, title=None, day=WED):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [None],
                                "title": [title]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out.iter_rows(named=True))


# "the army announced that its aircraft bombed rebel positions on Tuesday night, hours after President Macron's visit
# to Niamey, where he met his Nigerien counterpart Mahamadou Issoufou"
SPAN = "أعلن الجيش الفرنسي أن طائراته قصفت مواقع للمتمردين ليل الثلاثاء، بعد ساعات على زيارة الرئيس إيمانويل " \
       "ماكرون إلى نيامي ولقائه نظيره النيجري محمدو إيسوفو."


def test_a_visit_hours_before_another_act_is_referenced():
    kinds = {k for k, *_ in rows(SPAN, "غارات فرنسية على مواقع المتمردين")}
    assert kinds == {"referenced"}


def test_the_same_visit_told_in_its_own_clause_too_stays_reported():
    # ... "and President Macron met President Issoufou in Niamey on Tuesday": the meeting told as news of its own
    text = SPAN + "\nوكان الرئيس ماكرون التقى الرئيس محمدو إيسوفو في نيامي الثلاثاء وبحث معه الوضع الأمني."
    assert ("reported", "Emmanuel Macron", "Mahamadou Issoufou") in rows(text, "ماكرون يلتقي إيسوفو في نيامي")


# "President Erdogan thanked President Putin in a speech he sent him after his return from a summit of the two
# leaders on Tuesday, the agency said"
RETURN = "شكر الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في خطاب أرسله إليه بعد عودته من " \
         "قمة بين الزعيمين، الثلاثاء، بحسب وكالة الأناضول."


def test_a_letter_after_the_return_from_a_summit_leaves_the_summit_referenced():
    assert rows(RETURN, "أردوغان يشكر بوتين في رسالة") == [("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_letter_sent_after_the_summit_itself_stays_reported():
    # "... in a letter he sent him after a summit of the two leaders on Tuesday": no return, no later day
    text = RETURN.replace("بعد عودته من قمة", "بعد قمة")
    assert rows(text, "أردوغان يشكر بوتين في رسالة") == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


# "Chancellor Merkel said, after the summit that gathered her in Berlin on Tuesday with President Macron, that Europe
# must act together, the government spokesman reported on Wednesday"
LATER = "قالت المستشارة الألمانية أنجيلا ميركل، بعد القمة التي جمعتها في برلين الثلاثاء بالرئيس الفرنسي إيمانويل " \
        "ماكرون، إن على أوروبا أن تتحرك معا، بحسب ما نقل المتحدث باسم الحكومة الأربعاء."


def test_a_saying_told_on_publication_day_after_yesterdays_summit_leaves_it_referenced():
    assert {k for k, *_ in rows(LATER, "ميركل: على أوروبا أن تتحرك معا")} == {"referenced"}


def test_a_saying_after_yesterdays_talks_with_no_later_day_stays_reported():
    # "President Putin said at a press conference after his talks with President Erdogan yesterday that ..."
    text = "قال الرئيس الروسي فلاديمير بوتين في مؤتمر صحفي بعد محادثاته مع الرئيس التركي رجب طيب أردوغان أمس " \
           "إن البلدين متفقان على مواصلة التعاون."
    assert {k for k, *_ in rows(text, "بوتين: متفقون مع أنقرة على التعاون")} == {"reported"}


# "two deputies nominated President Macron for the prize, after his historic meeting with President Erdogan"
NOMINATED = "رشح نائبان في البرلمان الرئيس الفرنسي إيمانويل ماكرون لجائزة دولية، وذلك بعد لقائه التاريخي مع " \
            "الرئيس التركي رجب طيب أردوغان."


def test_a_headline_setting_the_meeting_after_an_after_word_leaves_it_referenced():
    # headline: "after the meeting with Erdogan.. Macron nominated for a prize"
    assert {k for k, *_ in rows(NOMINATED, "بعد اللقاء مع أردوغان.. ترشيح ماكرون لجائزة")} == {"referenced"}


def test_a_meeting_verb_beside_the_anchor_keeps_the_meeting_reported():
    # "President Erdogan met President Putin in Sochi, a day after his arrival in Russia"
    text = "التقى الرئيس التركي رجب طيب أردوغان الرئيس الروسي فلاديمير بوتين في سوتشي، بعد يوم من وصوله إلى روسيا."
    assert rows(text, "أردوغان يلتقي بوتين") == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_headline_telling_the_meeting_or_other_news_leaves_it_reported():
    assert {k for k, *_ in rows(NOMINATED, "ترشيح ماكرون لجائزة دولية")} == {"reported"}
    # headline: "Macron returns to Paris after a visit to Ankara": the visit just ended is the news
    assert {k for k, *_ in rows(NOMINATED, "ماكرون يعود إلى باريس بعد زيارة لأنقرة")} == {"reported"}


# The aftermath of a summit (anchored._aftermath): "President Macron announced on Wednesday that he told his Russian
# counterpart Putin during the bilateral summit in Geneva that Paris will not accept interference. And Macron wrote
# in a tweet that Monday's summit in Geneva with Putin was fruitful" (published on Thursday)
TOLD = "أعلن الرئيس الفرنسي إيمانويل ماكرون {day} أنه أبلغ نظيره الروسي فلاديمير بوتين خلال القمة الثنائية في " \
       "جنيف أن باريس لن تقبل بالتدخل في شؤونها.\nوكتب ماكرون في تغريدة إن قمة {summit} في جنيف مع بوتين كانت مثمرة."
THU, MON = dt.date(2019, 3, 14), dt.date(2019, 3, 11)


def test_what_a_leader_said_days_after_the_summit_leaves_it_referenced():
    out = rows(TOLD.format(day="الأربعاء", summit="الاثنين"), "ماكرون يحمل بوتين مسؤولية التدخل", THU)
    assert {k for k, *_ in out} == {"referenced"}
    assert ("referenced", "Emmanuel Macron", "Vladimir Putin") in out


def test_the_same_saying_on_the_summits_own_day_stays_reported():
    out = rows(TOLD.format(day="الاثنين", summit="اليوم"), "ماكرون يحمل بوتين مسؤولية التدخل", MON)
    assert out == [("reported", "Emmanuel Macron", "Vladimir Putin")]


# "the official agency reported on Wednesday that President Erdogan put to President Putin a plan for energy
# cooperation, during the summit that brought them together in Sochi on Tuesday" (published on Wednesday)
AGENCY = "أفادت وكالة الأناضول الرسمية الأربعاء أن الرئيس التركي رجب طيب أردوغان طرح على الرئيس الروسي فلاديمير " \
         "بوتين خطة للتعاون في الطاقة، وذلك خلال القمة التي جمعتهما في سوتشي الثلاثاء."


def test_an_agency_report_a_day_after_the_summit_leaves_it_referenced():
    assert rows(AGENCY, "أردوغان يطرح على بوتين خطة للطاقة") == [
        ("referenced", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_the_summit_told_by_a_meeting_verb_too_stays_reported():
    # ... "and Erdogan had met Putin in Sochi on Tuesday and discussed the Syrian file with him"
    text = AGENCY + "\nوكان أردوغان التقى بوتين في سوتشي الثلاثاء وبحث معه الملف السوري."
    assert rows(text, "أردوغان يطرح على بوتين خطة للطاقة") == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_saying_dated_on_the_summits_day_in_the_next_days_paper_stays_reported():
    # "President Putin said on Tuesday in a television interview after the summit that brought him together with
    # President Erdogan in Sochi that relations are excellent" (published on Wednesday: told on the summit's day)
    text = "قال الرئيس الروسي فلاديمير بوتين الثلاثاء في مقابلة تلفزيونية عقب القمة التي جمعته بالرئيس التركي رجب " \
           "طيب أردوغان في سوتشي إن العلاقات بين البلدين ممتازة."
    assert {k for k, *_ in rows(text, "بوتين يشيد بأردوغان")} == {"reported"}


def test_a_later_day_of_another_act_than_a_saying_keeps_the_summit_reported():
    # "the Arab economic forum opened in Cairo today, Wednesday, and President Sisi stressed in his speech that the
    # summit that brought him together on Tuesday with King Abdullah II was a success": the day is the forum's
    text = "انطلقت اليوم الأربعاء في القاهرة أعمال المنتدى الاقتصادي العربي، وأكد الرئيس المصري عبد الفتاح السيسي " \
           "في كلمته أن القمة التي جمعته الثلاثاء بالعاهل الأردني الملك عبدالله الثاني كانت ناجحة."
    assert {k for k, *_ in rows(text, "السيسي: القمة مع الملك عبدالله ناجحة")} == {"reported"}
    # dated by his own saying on Wednesday instead, the summit of Tuesday is the saying's background
    said = text.replace("انطلقت اليوم الأربعاء في القاهرة أعمال المنتدى الاقتصادي العربي، وأكد الرئيس المصري عبد "
                        "الفتاح السيسي في كلمته", "أكد الرئيس المصري عبد الفتاح السيسي الأربعاء في كلمته")
    assert {k for k, *_ in rows(said, "السيسي: القمة مع الملك عبدالله ناجحة")} == {"referenced"}


def test_a_meeting_of_a_trip_the_lead_tells_stays_reported():
    # "President Xi expressed on Saturday his great pleasure at his visit to Russia ... and Xi repeated on Friday,
    # after his meeting with President Putin, that the two countries share the same views" (published on Sunday)
    text = "أعرب الرئيس الصيني شي جينبينغ السبت عن سروره الكبير بزيارة روسيا التي قال إنها حققت أهدافها.\n" \
           "وكرر شي جينبينغ الجمعة عقب لقائه مع الرئيس الروسي فلاديمير بوتين التأكيد على أن البلدين يتشاطران " \
           "نفس وجهات النظر."
    out = rows(text, "شي: زيارتي لموسكو تخطت التوقعات", dt.date(2019, 3, 17))
    assert ("reported", "Xi Jinping", "Vladimir Putin") in out


# A meeting told only through the reaction it stirred (anchored._reaction). "President Macron's remarks during his
# summit with Chancellor Merkel in Berlin set off a storm of criticism in Paris; opposition deputies said the
# president gave up his country's interests" (published on Wednesday, no day for the summit)
STORM = "أشعلت تصريحات الرئيس الفرنسي إيمانويل ماكرون خلال قمته مع المستشارة الألمانية أنجيلا ميركل في برلين " \
        "عاصفة من الانتقادات في باريس.\nوقال نواب معارضون إن الرئيس تنازل عن مصالح بلاده."


def test_a_summit_told_only_by_the_storm_it_set_off_is_referenced():
    out = rows(STORM, "ماكرون في قلب عاصفة انتقادات")
    assert out == [("referenced", "Emmanuel Macron", "Angela Merkel")]


def test_a_meeting_a_leader_defends_amid_criticism_is_referenced():
    # "President Erdogan defended his meeting with President Putin amid wide criticism from the opposition; he wrote
    # in a tweet that his critics want tension", and a senator's wish that he not meet him again
    text = "دافع الرئيس التركي رجب طيب أردوغان عن لقائه مع الرئيس الروسي فلاديمير بوتين وسط انتقادات واسعة من " \
           "المعارضة.\nوكتب أردوغان في تغريدة إن منتقديه يريدون التوتر.\nوطالب نائب معارض بألا يلتقي أردوغان " \
           "بوتين مجددا."
    assert {k for k, *_ in rows(text, "أردوغان يرد على منتقديه")} == {"referenced"}


def test_a_meeting_that_set_off_a_row_in_its_capital_is_referenced():
    # "the meeting of the Turkish president and his Russian counterpart in Sochi set off a row in Ankara"
    text = "أطلق لقاء الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في سوتشي سجالا حادا في أنقرة، " \
           "وقال نواب إن الحكومة لم تكشف ما دار فيه."
    assert {k for k, *_ in rows(text, "سجال في أنقرة")} == {"referenced"}


def test_the_storm_after_a_meeting_a_verb_tells_keeps_it_reported():
    # "Macron met Merkel in Berlin on Wednesday, and the joint press conference stirred wide controversy in Paris"
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنجيلا ميركل في برلين الأربعاء، وأثار " \
           "المؤتمر الصحفي المشترك جدلا واسعا في باريس."
    assert ("reported", "Emmanuel Macron", "Angela Merkel") in rows(text, "ماكرون يلتقي ميركل")
    # ... or held in the lead and the storm one sentence after it
    held = "عقد الرئيس الفرنسي إيمانويل ماكرون قمة مع المستشارة الألمانية أنجيلا ميركل في برلين.\n" + STORM
    assert ("reported", "Emmanuel Macron", "Angela Merkel") in rows(held, "قمة ماكرون وميركل")


def test_the_storm_of_a_summit_held_on_publications_day_keeps_it_reported():
    today = STORM.replace("في برلين", "في برلين اليوم")
    assert rows(today, "ماكرون في قلب عاصفة انتقادات") == [("reported", "Emmanuel Macron", "Angela Merkel")]


def test_an_issue_raised_at_the_meeting_or_a_visit_that_stirs_anger_stays_reported():
    # "Macron raised during his meeting with Merkel the file of migration": أثار with no reaction noun
    raised = "أثار الرئيس الفرنسي إيمانويل ماكرون خلال لقائه مع المستشارة الألمانية أنجيلا ميركل في برلين ملف " \
             "الهجرة."
    assert rows(raised, "ماكرون وميركل يبحثان الهجرة") == [("reported", "Emmanuel Macron", "Angela Merkel")]
    # "Macron's visit to Berlin and his meeting with Merkel stirred anger": a visit, under way while it stirs it
    visit = "أثارت زيارة الرئيس الفرنسي إيمانويل ماكرون إلى برلين ولقاؤه المستشارة الألمانية أنجيلا ميركل غضبا " \
            "في باريس."
    assert ("reported", "Emmanuel Macron", "Angela Merkel") in rows(visit, "غضب في باريس")



# The first summit after the frame (anchored._framed_noun passes the ordinal "أول"): "President Macron defended his
# efforts to improve relations with his Russian counterpart Putin, and said in an interview aired on Friday that their
# talks were good. And Macron announced on Thursday that he will keep up the dialogue, defying criticism in France
# after {the first official summit between them} in Geneva {last Monday}" (published on Saturday)
FIRST = "دافع الرئيس الفرنسي إيمانويل ماكرون عن مساعيه لتحسين العلاقة مع نظيره الروسي فلاديمير بوتين، وقال في " \
        "مقابلة بثتها قناة تلفزيونية {said}، إن محادثاتهما كانت جيدة.\nوأعلن ماكرون {said2} أنه سيواصل الحوار، " \
        "متحديا بذلك الانتقادات في فرنسا عقب {first} في جنيف {held}."
HEAD = "ماكرون يدافع عن علاقته مع بوتين"
SAT = dt.date(2019, 3, 16)


def test_the_first_summit_after_an_after_word_told_in_its_aftermath_is_referenced():
    text = FIRST.format(said="الجمعة", said2="الخميس", first="أول قمة رسمية بينهما", held="يوم الاثنين الماضي")
    out = rows(text, HEAD, SAT)
    assert ("reported", "Emmanuel Macron", "Vladimir Putin") not in out
    assert ("referenced", "Emmanuel Macron", "Vladimir Putin") in out


def test_the_first_summit_a_verb_tells_held_stays_reported():
    # "after he held the first official summit with Putin": a verb tells it held, no bare frame
    text = FIRST.format(said="الجمعة", said2="الخميس", first="أن عقد أول قمة رسمية مع بوتين", held="يوم الاثنين الماضي")
    assert rows(text, HEAD, SAT) == [("reported", "Emmanuel Macron", "Vladimir Putin")]


def test_the_first_summit_told_on_its_own_day_stays_reported():
    text = FIRST.format(said="اليوم", said2="اليوم", first="أول قمة رسمية بينهما", held="اليوم")
    assert rows(text, HEAD, MON) == [("reported", "Emmanuel Macron", "Vladimir Putin")]



# Undated articles (no publication day): the storm a meeting set off tells it is behind the news all the same.
def test_an_undated_storm_after_a_summit_is_referenced():
    assert rows(STORM, "ماكرون في قلب عاصفة انتقادات", None) == [("referenced", "Emmanuel Macron", "Angela Merkel")]
    # other wordings: "the meeting of Erdogan and Putin in Sochi set off a row in Ankara; the deputies said the
    # government hid what was said at the meeting on Monday" (a day deeper down is the meeting's own, told again)
    row = "أطلق لقاء الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في سوتشي سجالا حادا في أنقرة.\n" \
          "وقال نواب إن الحكومة أخفت ما دار في اللقاء الاثنين."
    assert {k for k, *_ in rows(row, "سجال في أنقرة", None)} == {"referenced"}
    # "Prime Minister Modi defended his talks with President Xi amid criticism from the opposition"
    defended = "دافع رئيس الوزراء الهندي ناريندرا مودي عن محادثاته مع الرئيس الصيني شي جين بينغ وسط انتقادات " \
               "المعارضة."
    assert {k for k, *_ in rows(defended, "مودي يرد على منتقديه", None)} == {"referenced"}


def test_an_undated_storm_of_a_summit_told_with_its_day_or_by_a_verb_stays_reported():
    # a day word by the lead's summit may be today's: "قمة اليوم", "في برلين الثلاثاء"
    today = STORM.replace("في برلين", "في برلين اليوم")
    assert rows(today, "ماكرون في قلب عاصفة انتقادات", None) == [("reported", "Emmanuel Macron", "Angela Merkel")]
    tuesday = STORM.replace("في برلين", "في برلين الثلاثاء")
    assert rows(tuesday, "ماكرون في قلب عاصفة انتقادات", None) == [("reported", "Emmanuel Macron", "Angela Merkel")]
    # a meeting a verb tells, then the storm: the meeting is the news
    text = "التقى الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنجيلا ميركل في برلين، وأثار " \
           "المؤتمر الصحفي المشترك جدلا واسعا في باريس."
    assert ("reported", "Emmanuel Macron", "Angela Merkel") in rows(text, "ماكرون يلتقي ميركل", None)
