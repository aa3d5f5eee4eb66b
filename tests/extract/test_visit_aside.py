"""Whether a lone undated mention deep in the text is the article's news (visits.aside.lead_scene, read by the
merge): the lead that sets the visitor alone at a city of the host's country, told in the present ("يحضر", attends),
makes his later undated "ويزور" (visits) the trip under way; a lead told ahead, at home, or a later mention dated
ahead leaves it background or planned. Texts are invented; the real lexicon reads them."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2018, 9, 29)
LEAD = "يحضر الرئيس الفرنسي إيمانويل ماكرون افتتاح معرض كبير للفنون الإسلامية في مدينة ميونيخ الألمانية."
BODY = ("\nويضم المعرض أكثر من ألف قطعة أثرية نادرة جمعت من متاحف عدة في أوروبا والشرق الأوسط."
        "\nوتجمع مئات من الزوار أمام مبنى المعرض منذ ساعات الصباح الأولى."
        "\nوقالت الشرطة المحلية إنها اتخذت تدابير أمنية خاصة في محيط المبنى."
        "\nوامتنع عدد من المسؤولين المحليين عن حضور الحفل بسبب خلافات سياسية."
        "\nويعد المعرض الأكبر من نوعه في القارة منذ عقود."
        "\nواستغرق إعداد المعرض ثلاث سنوات من العمل المتواصل."
        "\nويستمر المعرض حتى نهاية العام المقبل."
        "\nويزور ماكرون ولاية بافاريا التي يقيم فيها آلاف الفرنسيين الذين وصلوا إلى ألمانيا في الستينات.")
PAIR = ("Emmanuel Macron", "Angela Merkel")


def kinds(text, pub=PUB):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return [(r["kind"], r["city"]) for r in out["visit_mentions"] if (r["visitor"], r["host"]) == PAIR]


def test_a_lead_setting_him_in_a_city_of_the_host_country_makes_his_later_visit_the_news():
    # "Macron attends the opening of an exhibition in the German city of Munich" ... "Macron visits Bavaria"
    assert kinds(LEAD + BODY) == [("reported", "Munich")]


@pytest.mark.parametrize("text", [
    LEAD.replace("يحضر", "سيحضر") + BODY,  # will attend: a trip ahead
    LEAD.replace("يحضر", "من المقرر أن يحضر") + BODY,  # is scheduled to attend
    LEAD.replace("ميونيخ الألمانية", "ليون الفرنسية") + BODY,  # at home
    LEAD + BODY.replace("ويزور ماكرون", "ويزور ماكرون الأسبوع المقبل"),  # the later visit dated ahead
    LEAD + BODY.replace("ويزور ماكرون", "وسيزور ماكرون"),  # the later visit told with sa-
])
def test_a_lead_told_ahead_or_at_home_or_a_visit_ahead_leaves_the_lone_mention_background(text):
    assert kinds(text) == [("referenced", None)]
