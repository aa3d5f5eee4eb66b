"""A past meeting told in passing, as background to an article about something else: the pair's meeting
dated days back elsewhere in the text (a week: "الأسبوع الماضي") makes a bare undated meeting noun
past the lead that meeting retold (visits.merge._dated_earlier); a meeting noun told inside a cause
("بسبب", over) past the lead is what the news follows (visits.aside._caused_only). Invented
sentences, the real lexicon (tasks.extract.extract_article)."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

FRIDAY = dt.date(2019, 4, 5)
PAIR = ("Emmanuel Macron", "Angela Merkel")
# "a Japanese official said on Friday that his country decided to halt military drills due next month"
OTHER_NEWS = "قال مسؤول ياباني، الجمعة، إن بلاده قررت وقف مناورات عسكرية كانت مقررة في الشهر المقبل."
# "this comes after the summit between Macron and Merkel eased the dispute between the two countries"
AFTER_SUMMIT = ("ويأتي ذلك بعد أن خففت القمة بين الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل "
                "من حدة الخلاف بين البلدين.")
# "Macron stressed that his country's relations with Germany are strong"
MACRON_LEAD = "أكد الرئيس الفرنسي إيمانويل ماكرون أن علاقات بلاده مع ألمانيا قوية ولا تتأثر بالخلافات العابرة."


def _rows(text, published=FRIDAY):
    out = defaultdict(list)
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"], v["date"]) for v in out["visit_mentions"]]


def test_a_bare_summit_noun_past_the_lead_is_the_pairs_meeting_of_last_week_retold():
    # "... and Macron and Merkel met last week in Berlin": the summit the Japanese decision follows is that one
    text = " ".join((OTHER_NEWS, AFTER_SUMMIT, "والتقى ماكرون وميركل الأسبوع الماضي في برلين."))
    assert [r[0] for r in _rows(text)] == ["referenced"]


def test_a_bare_summit_noun_with_the_pairs_meeting_of_yesterday_stays_news():
    # "... and Macron and Merkel met yesterday in Berlin": a day before publication, news
    text = " ".join((OTHER_NEWS, AFTER_SUMMIT, "والتقى ماكرون وميركل أمس في برلين."))
    assert _rows(text) == [("reported", *PAIR, dt.date(2019, 4, 4))]


def test_a_summit_told_inside_a_cause_past_the_lead_is_background():
    # "said Macron, who faces wide criticism over his stance, deemed harsh, with Merkel during the Berlin summit,
    # that the dialogue goes on": the criticism follows the summit
    said = ("وقال ماكرون الذي يواجه انتقادات واسعة بسبب موقفه الذي اعتبر متشددا مع المستشارة الألمانية أنغيلا ميركل "
            "خلال قمة برلين، إن الحوار مستمر.")
    assert _rows(" ".join((MACRON_LEAD, said))) == [("referenced", *PAIR, None)]


def test_a_summit_told_as_the_scene_of_the_saying_with_no_cause_stays_news():
    # "said Macron, who faces wide criticism, during the Berlin summit with Merkel, that the dialogue goes on"
    said = ("وقال ماكرون الذي يواجه انتقادات واسعة، خلال قمة برلين مع المستشارة الألمانية أنغيلا ميركل، "
            "إن الحوار مستمر.")
    assert _rows(" ".join((MACRON_LEAD, said))) == [("reported", *PAIR, None)]


def test_a_visit_that_is_itself_the_cause_stays_news():
    # "the foreign minister delivered Macron's speech at the conference in absentia, because of the French
    # president's visit to Berlin to meet Merkel": the visit keeps him away now, under way
    said = ("وألقى وزير الخارجية كلمة ماكرون في المؤتمر غيابيا، بسبب زيارة الرئيس الفرنسي لبرلين للقاء "
            "المستشارة الألمانية أنغيلا ميركل.")
    assert _rows(" ".join((MACRON_LEAD, said))) == [("reported", *PAIR, None)]
