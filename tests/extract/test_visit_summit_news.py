"""A meeting held at the summit under way the article tells (visits.summit_news): undated and deep in the text, a
meeting word framed right after it by "في بداية القمة" / "قبل بدء القمة" (at the start of, before the start of the
summit) of the summit the lead dates on publication's day is news, not background. Near-misses beside them: a
meeting called earlier ("مرات عدة", "كان ... قد"), an earlier edition ("القمة الماضية"), a minister's own meeting,
a meeting ahead ("سيلتقي"), a summit over days before publication, a frame that is no summit's. Invented texts."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract

FRI = dt.date(2018, 6, 29)
MACRON, MERKEL = "Emmanuel Macron", "Angela Merkel"
# "The EU leaders continue today, Friday, the European summit that began yesterday in Brussels; migration tops it."
LEAD = ("يواصل قادة دول الاتحاد الأوروبي اليوم الجمعة أعمال القمة الأوروبية التي بدأت أمس في بروكسل، وتتصدر "
        "الهجرة جدول أعمالها. ")
# six sentences of the summit's scene, naming no leader: what follows them is deep in the text
FILLER = ("وتناولت الجلسة الأولى ملفات التجارة والمناخ. وشهدت المدينة إجراءات أمنية مشددة. وتظاهر مئات من "
          "الناشطين قرب مقر الاجتماعات. وقالت الشرطة إنها اعتقلت عددا منهم. ونشرت الصحف صورا للقادة في حديقة "
          "الفندق. وتستمر الأعمال حتى مساء السبت. ")
# "A spokesman for the French president Macron said he met the German chancellor Merkel "
SAID = "وقال متحدث باسم الرئيس الفرنسي إيمانويل ماكرون إنه التقى مع المستشارة الألمانية أنجيلا ميركل "


def rows(text, day=FRI):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [None],
                                "title": [None]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out.iter_rows(named=True))


@pytest.mark.parametrize("tail", [
    SAID + "في اجتماع منفصل في بداية القمة واتفقا على تنسيق المواقف.",  # "in a separate meeting at the start of the summit"
    # "Macron and Merkel held a private meeting before the summit formally began"
    "وعقد الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنجيلا ميركل لقاء على انفراد قبل بدء القمة رسميا.",
])
def test_a_meeting_at_the_start_of_the_summit_under_way_is_news(tail):
    assert rows(LEAD + FILLER + tail) == [("reported", MACRON, MERKEL)]


@pytest.mark.parametrize("tail", [
    SAID + "مرات عدة على هامش القمة.",                  # "several times": called earlier
    SAID + "في بداية القمة الماضية.",                    # "at the start of the last summit": an earlier edition
    SAID + "في اجتماع منفصل في بداية العام.",            # "at the start of the year": no summit's frame
    # "Macron had met Merkel on the summit's sidelines" (pluperfect): background
    "وكان الرئيس الفرنسي إيمانويل ماكرون قد التقى المستشارة الألمانية أنجيلا ميركل على هامش القمة.",
])
def test_a_meeting_called_earlier_or_framed_by_no_summit_stays_background(tail):
    assert rows(LEAD + FILLER + tail) == [("referenced", MACRON, MERKEL)]


def test_a_meeting_ahead_on_the_sidelines_stays_planned():
    # "a spokesman said he will meet Merkel on the summit's sidelines"
    text = LEAD + FILLER + SAID.replace("إنه التقى", "إنه سيلتقي") + "على هامش القمة."
    assert rows(text) == [("referenced", MACRON, MERKEL)]


def test_a_ministers_meeting_at_the_summit_is_nobodys():
    # "the French foreign minister said he met Merkel at the start of the summit": no leader's meeting
    text = LEAD + FILLER + "وقال وزير الخارجية الفرنسي إنه التقى مع المستشارة الألمانية أنجيلا ميركل في بداية القمة."
    assert rows(text) == []


def test_a_summit_over_days_before_publication_is_no_summit_under_way():
    # a July article: "the EU leaders held the European summit on 28 and 29 June in Brussels"
    lead = ("عقد قادة دول الاتحاد الأوروبي القمة الأوروبية يومي 28 و29 يونيو في بروكسل، وتصدرت الهجرة جدول "
            "أعمالها. ")
    text = lead + FILLER + SAID + "في اجتماع منفصل في بداية القمة."
    assert rows(text, dt.date(2018, 7, 9)) == [("referenced", MACRON, MERKEL)]


def cities(text, day=FRI):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [None],
                                "title": [None]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return sorted((r["kind"], r["visitor"], r["host"], r["city"]) for r in out.iter_rows(named=True))


# "The EU states' summit, held in Brussels over two days, opened today, Friday; migration tops its agenda."
STATES_LEAD = "انطلقت اليوم الجمعة قمة دول الاتحاد الأوروبي التي تعقد في بروكسل وتستغرق يومين، وتتصدر الهجرة جدول أعمالها. "


@pytest.mark.parametrize("lead", [LEAD, STATES_LEAD])
@pytest.mark.parametrize("frame", ["في اجتماع منفصل في بداية القمة", "على انفراد قبل بدء القمة رسميا"])
def test_a_meeting_framed_at_the_summit_is_held_in_the_summits_city(lead, frame):
    """"he met Merkel in a separate meeting at the start of the summit" (or "privately before the summit formally
    began"): held where the summit is, Brussels, as "على هامش القمة" (on its sidelines) would be; the EU summit
    named "قمة دول الاتحاد الأوروبي" (the summit of the EU's states) too."""
    assert cities(lead + FILLER + SAID + frame + ".") == [("reported", MACRON, MERKEL, "Brussels")]


def test_a_meeting_framed_by_no_summit_takes_no_summits_city():
    # "in a separate meeting at the start of the year": no summit's frame, no city from it
    assert cities(LEAD + FILLER + SAID + "في اجتماع منفصل في بداية العام.") == [
        ("referenced", MACRON, MERKEL, None)]


def test_a_summit_of_no_city_gives_none():
    # "The EU leaders continue today the European summit": no city told, nor the series' seat assumed
    lead = "يواصل قادة دول الاتحاد الأوروبي اليوم الجمعة أعمال القمة الأوروبية، وتتصدر الهجرة جدول أعمالها. "
    assert cities(lead + FILLER + SAID + "في اجتماع منفصل في بداية القمة.") == [("reported", MACRON, MERKEL, None)]


def test_another_meeting_words_frame_is_not_the_pairs():
    # "Macron said his meeting with Merkel was better than his meetings during the summit": the frame is the
    # other meetings', no city of the summit for the pair's
    text = LEAD + "وقال الرئيس الفرنسي إيمانويل ماكرون إن لقاءه مع المستشارة الألمانية أنجيلا ميركل كان أفضل من لقاءاته خلال القمة."
    assert [r[3] for r in cities(text)] == [None]
