"""A trip to an international body's seat has no host from the city's country (visits.officials.international_body,
triggers.yaml international_bodies, organizations.yaml). Invented sentences, the real lexicon, the whole extract step."""
import datetime as dt

PUB = dt.date(2015, 7, 27)


def _kinds(text, published=PUB):
    from tasks.extract import extract_article
    out = {k: [] for k in ("mentions", "visit_mentions", "summit_mentions", "article_topics", "quotes")}
    extract_article("a", text, published, out)
    return [(v["kind"], v["visitor"], v["host"]) for v in out["visit_mentions"]]


def test_a_leader_the_world_trade_organization_receives_in_geneva_is_no_guest_of_the_swiss_president():
    # "the WTO will receive the French president, who went to Geneva": the body's guest, not Switzerland's
    text = "وستستقبل منظمة التجارة العالمية بحفاوة الرئيس الفرنسي فرانسوا أولاند الذي توجه إلى جنيف."
    assert _kinds(text) == []
    fao = "وصل الرئيس الفرنسي فرانسوا أولاند إلى روما اليوم للمشاركة في مؤتمر منظمة الأغذية والزراعة."
    assert _kinds(fao) == []


def test_a_leader_arriving_in_geneva_with_no_body_named_is_still_switzerlands_guest():
    # the negative: no body in the sentence, the country's leader is the unnamed host as before
    assert _kinds("وصل الرئيس الفرنسي فرانسوا أولاند إلى جنيف اليوم.") == [
        ("reported", "Francois Hollande", "Simonetta Sommaruga")]
