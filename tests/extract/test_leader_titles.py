""""الزعيم {adj}" (the leader): the country's effective ruler on the article's day, the head of
government where the head of state is ceremonial (titles.yaml leaders, ziyarat.leadership);
the office's own titles ("الرئيس الإثيوبي") keep their holder. Texts invented."""
import datetime as dt

from tasks.extract.entities import find_mentions, titled_terms
from ziyarat.arabic import fold_with_map
from ziyarat.lexicon import Period, get_lexicon

D2013 = dt.date(2013, 3, 19)


def people(text, published=D2013):
    return [(m.entity_id, m.resolved_by) for m in find_mentions(text, fold_with_map(text), published)
            if m.entity_type == "person"]


def test_the_ethiopian_leader_is_the_prime_minister_not_the_ceremonial_president():
    assert people("وصل الزعيم الإثيوبي إلى القاهرة مساء اليوم.") == [("hailemariam_desalegn", "title")]


def test_the_ethiopian_president_stays_the_president():
    assert people("وصل الرئيس الإثيوبي إلى القاهرة مساء اليوم.") == [("girma_wolde_giorgis", "title")]


def test_the_indian_and_israeli_leaders_are_their_prime_ministers():
    assert people("التقى الزعيم الهندي بالزعيم الإسرائيلي في نيودلهي.") == [
        ("manmohan_singh", "title"), ("benjamin_netanyahu", "title")]


def test_the_north_korean_leader_is_still_the_head_of_state():
    assert people("وصل الزعيم الكوري الشمالي إلى بكين.") == [("kim_jong_un", "title")]


def test_the_leader_of_a_country_in_the_genitive_stays_unresolved():
    assert people("وصل زعيم كوريا الشمالية إلى بكين.") == []


def test_the_leader_follows_the_countrys_regime_by_the_day():
    # Turkey: the prime minister led until 2014, the president after; Russia 2008-2012: Putin as PM
    text = "وصل الزعيم التركي إلى موسكو للقاء الزعيم الروسي."
    assert people(text, dt.date(2011, 5, 1)) == [("recep_tayyip_erdogan", "title"), ("vladimir_putin", "title")]
    assert people(text, dt.date(2019, 5, 1)) == [("recep_tayyip_erdogan", "title"), ("vladimir_putin", "title")]
    assert people("وصل الزعيم الإثيوبي إلى القاهرة.", dt.date(2020, 1, 5)) == [("abiy_ahmed", "title")]


def test_the_leader_titled_before_his_name_dates_the_article_by_the_office_that_leads():
    lex = get_lexicon()
    terms = titled_terms(fold_with_map("وصل الزعيم الإثيوبي هايلي ماريام ديسالين إلى القاهرة."))
    hd = [o for o in lex.people["hailemariam_desalegn"].offices if o.office == "head_of_government"][0]
    assert terms == [Period(hd.start, hd.end - dt.timedelta(days=1))]


def test_a_rebel_leader_of_a_nationality_is_not_the_countrys_leader():
    # "الزعيم التركي المتمرد" (the rebel Turkish [Kurdish] leader) is no one the lexicon holds
    assert people("أشادت الصحف التركية بتصريحات الزعيم التركي المتمرد.") == []
    assert people("أشادت الصحف التركية بتصريحات الزعيم التركي.") == [("recep_tayyip_erdogan", "title")]
