"""A visit told only as what a protest is against is the protest's background, not news (visits.protested, read by
aside.aside_only through the merge): "رفضهم لزيارة" (their rejection of the visit), "نددوا بزيارة" (they
denounced the visit), "المنددة بزيارة", "احتجاجا على زيارة". A visit the article tells as news by another word, one
the protest says is under way, one owned by a pronoun after an act on him ("احتجاجا على زيارته"), one with his
meeting told right after it ("ولقائه"), one to a venue (a stop of his trip), one in an article of today's events, or
one welcomed stays reported. Texts are invented; the real lexicon reads them."""
import datetime as dt
from collections import defaultdict

import pytest

from tasks.extract import extract_article

PUB = dt.date(2018, 9, 29)
PAIR = ("Recep Tayyip Erdogan", "Angela Merkel")
ERDOGAN = "الرئيس التركي رجب طيب أردوغان"


def kinds(text):
    out = defaultdict(list)
    extract_article("a", text, PUB, out)
    return [r["kind"] for r in out["visit_mentions"] if (r["visitor"], r["host"]) == PAIR]


@pytest.mark.parametrize("text", [
    # activists held a sit-in in Vienna to declare their rejection of Erdogan's visit to Germany
    "نظم عشرات الناشطين الأكراد وقفة احتجاجية أمام مبنى البرلمان في العاصمة النمساوية فيينا، للإعلان عن رفضهم لزيارة "
    f"{ERDOGAN} لألمانيا.",
    # protesters cut a road in Lyon and denounced Erdogan's visit to Germany
    f"قطع متظاهرون غاضبون طريقا رئيسيا وسط مدينة ليون الفرنسية، كما نددوا بزيارة {ERDOGAN} لألمانيا، ورفعوا صورا لمعتقلين.",
    # the Austrian foreign minister criticised the banners denouncing Erdogan's visit to Germany
    f"انتقد وزير الخارجية النمساوي اللافتات المنددة بزيارة {ERDOGAN} إلى ألمانيا، وقال إنها لا تخدم الحوار.",
    # hundreds marched in Vienna in protest at Erdogan's visit to Germany
    f"شارك مئات في مسيرة وسط فيينا احتجاجا على زيارة {ERDOGAN} إلى ألمانيا.",
])
def test_a_visit_told_only_as_what_a_protest_is_against_is_background(text):
    assert kinds(text) == ["referenced"]


@pytest.mark.parametrize("text", [
    # the arrival in Berlin today is the news; the protest against the visit is told after it
    f"وصل {ERDOGAN} إلى برلين اليوم في زيارة رسمية يلتقي خلالها المستشارة الألمانية أنجيلا ميركل.\n"
    "وتظاهر مئات الأكراد وسط المدينة احتجاجا على زيارة أردوغان إلى ألمانيا.",
    # protests at a visit Erdogan is making to Germany: under way
    f"تظاهر مئات الأكراد وسط فيينا احتجاجا على زيارة يجريها {ERDOGAN} إلى ألمانيا.",
    # shoes thrown at his motorcade in Berlin in protest at his visit ("زيارته", his): he is there
    f"أدان وزير الخارجية النمساوي إلقاء الأحذية على موكب {ERDOGAN} في برلين احتجاجا على زيارته لألمانيا.",
    # the protest told in an article of today's events: the visit may be under way
    "نظم عشرات الناشطين الأكراد وقفة احتجاجية أمام مبنى البرلمان في العاصمة النمساوية فيينا، للإعلان عن رفضهم لزيارة "
    f"{ERDOGAN} لألمانيا.\nوقال المنظمون اليوم إن الوقفة ستتكرر كل أسبوع.",
    # the protest names his meeting with the host right after the visit: the meeting held, told on its day
    f"شارك مئات في مسيرة وسط فيينا احتجاجا على زيارة {ERDOGAN} إلى ألمانيا ولقائه المستشارة أنجيلا ميركل.",
    # four arrested at a sit-in against Erdogan's visit to Bellevue Palace: a stop of his trip, on its day
    f"بدأت النيابة التحقيق مع أربعة متهمين اعتقلوا أثناء وقفة احتجاجية نظموها ضد زيارة {ERDOGAN} لقصر بلفيو.",
    # the same sit-in welcoming the visit, not protesting it
    "نظم عشرات الناشطين الأتراك وقفة أمام مبنى البرلمان في العاصمة النمساوية فيينا، للإعلان عن ترحيبهم بزيارة "
    f"{ERDOGAN} لألمانيا.",
])
def test_a_visit_told_as_news_under_way_or_welcomed_stays_reported(text):
    assert kinds(text) == ["reported"]
