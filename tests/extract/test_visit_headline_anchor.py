"""An undated visit noun the text judges or comments on is the news's visit when the headline names it with
no past or future marker (visits.headline.judged_in_headline, read by retold.retold and aside.aside_only):
reported, date null. No headline, a headline telling it ahead ("المرتقبة", "الأسبوع المقبل", "قبيل") or
behind ("الأخيرة"), or naming another destination leaves it referenced. Invented texts, the whole lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

DAY = dt.date(2019, 4, 3)
PAIR = ("Hassan Rouhani", "Recep Tayyip Erdogan")
# "the party's spokesman said that Iranian President Hassan Rouhani's visit to Turkey is «rejected»" (no day)
JUDGED = "قال المتحدث باسم الحزب إن زيارة الرئيس الإيراني حسن روحاني لتركيا «مرفوضة» ولا تخدم مصالح المنطقة."
# a protest in Ankara; in its third sentence the flags raised "in protest at Hassan Rouhani's visit to Turkey"
PROTEST = "تجمع العشرات من أعضاء الائتلاف أمام مقر البعثة الإيرانية في أنقرة. وردد المحتجون هتافات ضد سياسات " \
          "طهران في المنطقة. كما رفعوا الأعلام السوداء احتجاجا على زيارة حسن روحاني لتركيا، فيما أغلقت قوات " \
          "الأمن الشارع بالحواجز."


def rows(title, text):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY], "source": [None],
                                "title": [title]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return [(r["kind"], r["planned"], r["visitor"], r["host"], r["date"]) for r in out.iter_rows(named=True)]


def test_a_judged_visit_the_headline_names_is_reported():
    # headline: "an opposition party rejects Rouhani's visit to Turkey"
    assert rows("حزب معارض يرفض زيارة روحاني لتركيا", JUDGED) == [("reported", False, *PAIR, None)]


def test_a_judged_visit_with_no_headline_stays_retold():
    assert rows(None, JUDGED) == [("referenced", False, *PAIR, None)]


def test_a_judged_visit_the_headline_tells_next_week_stays_referenced():
    # headline: "Rouhani visits Turkey next week"
    assert rows("روحاني يزور تركيا الأسبوع المقبل", JUDGED) == [("referenced", False, *PAIR, None)]


def test_a_judged_visit_the_headline_calls_the_last_stays_retold():
    # headline: "an opposition party rejects Rouhani's last visit to Turkey"
    assert rows("حزب معارض يرفض زيارة روحاني الأخيرة لتركيا", JUDGED) == [("referenced", False, *PAIR, None)]


def test_a_judged_visit_the_headline_sends_elsewhere_stays_retold():
    # headline: "a party rejects Rouhani's visit to France": another trip
    assert rows("حزب يرفض زيارة روحاني لفرنسا", JUDGED) == [("referenced", False, *PAIR, None)]


def test_a_protested_visit_deep_in_the_text_the_headline_names_is_reported():
    # headline: "a protest in front of the Iranian mission rejecting Rouhani's visit"
    assert rows("وقفة أمام البعثة الإيرانية لرفض زيارة روحاني", PROTEST) == [("reported", False, *PAIR, None)]


def test_a_protested_visit_deep_in_the_text_with_no_headline_stays_an_aside():
    assert rows("", PROTEST) == [("referenced", False, *PAIR, None)]


def test_a_protested_visit_the_headline_tells_ahead_stays_an_aside():
    # headline: "a protest rejecting Rouhani's awaited visit"
    assert rows("وقفة لرفض زيارة روحاني المرتقبة", PROTEST) == [("referenced", False, *PAIR, None)]



# a protest in Ankara; in its third sentence "the paper noted that most voices opposing Hassan Rouhani's visit
# came from hardline groups of the current spread in Saudi Arabia" (a third country named far after the noun)
THIRD = "تجمع العشرات من أعضاء الائتلاف أمام مقر البعثة الإيرانية في أنقرة. وردد المحتجون هتافات ضد سياسات " \
        "طهران في المنطقة. وأشارت الصحيفة إلى أن أكثر الأصوات التي عبرت عن معارضتها لزيارة حسن روحاني جاءت " \
        "من الجماعات المتشددة المتأثرة بالتيار المنتشر في السعودية."


def test_a_headline_naming_the_visits_country_makes_no_third_host_reported():
    # headline: "the papers follow the Iranian president's visit to Turkey": no visit to the Saudi king
    assert rows("الصحف تهتم بزيارة الرئيس الإيراني إلى تركيا", THIRD) == [
        ("referenced", False, "Hassan Rouhani", "Salman bin Abdulaziz", None)]


# a press round-up: eight items on other news, then "the paper reported that Turkey warmly received Iranian President
# Hassan Rouhani on his visit to it, and that the visit was crowned by signing agreements" (undated, told once, deep)
ROUNDUP = ("تنوعت اهتمامات الصحف الصادرة اليوم.\nوجاءت عناوين صحيفة الأخبار كما يلي.\n"
           "وذكرت الصحيفة أن مجلس النواب وافق على قانون الضرائب الجديد.\nوأشارت إلى أن الحكومة تدرس خطة لدعم الصادرات.\n"
           "وفيما يخص الرياضة، فاز المنتخب الوطني في مباراته الودية.\nوجاءت عناوين صحيفة الشروق كالتالي.\n"
           "وذكرت الصحيفة أن أسعار الذهب ارتفعت في السوق المحلية.\nوأضافت أن الأمطار الغزيرة أغلقت عددا من الطرق.\n"
           "وذكرت الصحيفة أن تركيا استقبلت بحفاوة بالغة الرئيس الإيراني حسن روحاني في زيارته لها، وأن الزيارة "
           "توجت بتوقيع اتفاقيات.")


def test_a_deep_visit_the_roundups_headline_highlights_is_reported():
    # headline: "the papers highlight Rouhani's visit to Turkey" (headline.headline_visit, read by merge._told_as_news)
    assert rows("الصحف تبرز زيارة روحاني لتركيا", ROUNDUP) == [("reported", False, *PAIR, None)]
    # the traveller by his title: "the papers highlight the Iranian president's visit to Turkey"
    assert rows("الصحف تبرز زيارة الرئيس الإيراني لتركيا", ROUNDUP) == [("reported", False, *PAIR, None)]


def test_a_deep_visit_with_no_headline_stays_background():
    assert rows(None, ROUNDUP) == [("referenced", False, *PAIR, None)]


def test_a_deep_visit_under_a_headline_of_another_trip_stays_background():
    # "the papers highlight Rouhani's visit to Qatar": another destination
    assert rows("الصحف تبرز زيارة روحاني لقطر", ROUNDUP) == [("referenced", False, *PAIR, None)]
    # "the papers highlight Erdogan's visit to Iran": the other leader's trip
    assert rows("الصحف تبرز زيارة أردوغان لإيران", ROUNDUP) == [("referenced", False, *PAIR, None)]
    # "the papers highlight the Pakistani prime minister's visit to Turkey": another traveller
    assert rows("الصحف تبرز زيارة رئيس الوزراء الباكستاني لتركيا", ROUNDUP) == [("referenced", False, *PAIR, None)]


def test_a_deep_visit_the_headline_tells_ahead_stays_background():
    # "the papers highlight Rouhani's awaited visit to Turkey"; "Rouhani attacks Turkey" (no visit word)
    assert rows("الصحف تبرز زيارة روحاني المرتقبة لتركيا", ROUNDUP) == [("referenced", False, *PAIR, None)]
    assert rows("روحاني يهاجم تركيا", ROUNDUP) == [("referenced", False, *PAIR, None)]


def test_a_schedules_present_item_under_the_visits_headline_stays_background():
    # "the paper publishes the schedule of Rouhani's visit to Turkey", then, deep, an item of it: "16:00 Iranian
    # President Hassan Rouhani arrives at the Turkish president's residence to meet Erdogan" (a present verb: a
    # schedule's item, headline._told_held)
    text = ROUNDUP.rsplit("\n", 1)[0] + ("\n3- 16:00 يصل الرئيس الإيراني حسن روحاني إلى مقر الرئيس التركي ليلتقي "
                                         "رجب طيب أردوغان.")
    assert not [r for r in rows("الصحيفة تنشر جدول زيارة روحاني لتركيا", text) if r[0] == "reported"]
