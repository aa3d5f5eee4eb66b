"""A bare "القمة" (the summit) whose sentence names one leader takes its other side from a headline naming the
summit by its two leaders, "قمة بوتين - أردوغان" or "قمة بوتين وأردوغان" (visits.bilateral.headline_partner),
when the text names the other too and tells the summit over right before the noun ("عقب القمة", after the
summit; "تبع القمة", that followed the summit). Invented texts, the whole lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

DAY = dt.date(2019, 4, 9)
PAIR = ("Vladimir Putin", "Recep Tayyip Erdogan")
# "Russian President Vladimir Putin said at a press conference after the summit that relations with Turkey are
# improving greatly. Turkish President Recep Tayyip Erdogan stressed that the two countries will strengthen
# cooperation in energy."
AFTER = "قال الرئيس الروسي فلاديمير بوتين في مؤتمر صحافي عقب القمة إن العلاقات مع تركيا تشهد تحسنا كبيرا. " \
        "وأكد الرئيس التركي رجب طيب أردوغان أن البلدين سيعززان التعاون في مجال الطاقة."
# the same, "at a press conference that followed the summit"
FOLLOWED = AFTER.replace("عقب القمة", "تبع القمة")
# "... said that he will discuss relations with Turkey during the summit"
AHEAD = "وقال الرئيس الروسي فلاديمير بوتين إنه سيبحث خلال القمة العلاقات مع تركيا. " \
        "وأكد الرئيس التركي رجب طيب أردوغان أن البلدين سيعززان التعاون في مجال الطاقة."
# "... said on Tuesday that the summit's preparations are going well"
PREPARED = "وقال الرئيس الروسي فلاديمير بوتين يوم الثلاثاء إن استعدادات القمة تجري بصورة جيدة. " \
           "وأكد الرئيس التركي رجب طيب أردوغان أن البلدين سيعززان التعاون في مجال الطاقة."


def rows(title, text):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY], "source": [None],
                                "title": [title]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return [(r["kind"], r["visitor"], r["host"]) for r in out.iter_rows(named=True)]


def test_a_summit_after_which_one_leader_spoke_takes_the_headlines_other_leader():
    # "what did the Putin - Erdogan summit achieve?"
    assert rows("ماذا حققت قمة بوتين - أردوغان؟", AFTER) == [("reported", *PAIR)]
    # "the Putin and Erdogan summit: cooperation in energy"
    assert rows("قمة بوتين وأردوغان: تعاون في الطاقة", FOLLOWED) == [("reported", *PAIR)]
    # the hyphen glued to both names, the other leader first
    assert rows("قمة أردوغان-بوتين في سوتشي", AFTER) == [("reported", *PAIR)]


def test_no_headline_or_a_headline_naming_one_leader_or_other_leaders_gives_no_pair():
    assert rows(None, AFTER) == []
    assert rows("بوتين يشيد بالقمة", AFTER) == []  # "Putin praises the summit": one side
    assert rows("قمة ترامب وكيم: تعاون", AFTER) == []  # another pair's summit
    # the two named with their titles between: not the summit noun's own genitives
    assert rows("ماذا حققت قمة الرئيس بوتين والرئيس أردوغان؟", AFTER) == []


def test_the_headlines_other_leader_unnamed_in_the_text_is_not_guessed():
    # the second sentence names "the foreign minister", not Erdogan
    text = AFTER.replace("الرئيس التركي رجب طيب أردوغان", "وزير الخارجية")
    assert rows("ماذا حققت قمة بوتين - أردوغان؟", text) == []


def test_a_summit_not_told_over_before_the_noun_stays_unpaired():
    # "the long-awaited Putin and Erdogan summit": the text's summit still ahead, or its preparations
    assert rows("قمة بوتين وأردوغان المرتقبة", AHEAD) == []
    assert rows("قمة بوتين وأردوغان المرتقبة", PREPARED) == []
