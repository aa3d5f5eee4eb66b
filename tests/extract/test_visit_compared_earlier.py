"""An earlier meeting cited beside the news is referenced, not reported (visits.recalled): a meeting noun right after
a comparison or a precedence ("كما حدث في قمة هلسنكي", as happened at the Helsinki summit; "ومن قبلها زيارة", and
before it the visit: grammar.yaml comparison_frames, recalled.compared), and a visit told "earlier this month" after
its meeting word ("في وقت سابق من شهر يوليو": triggers.yaml ago, recalled.told_ago). Not a verb after "وقبلها" (the
day's earlier meeting may follow it), not "كما حدث" far from the meeting noun, not "earlier today". Invented texts."""
import datetime as dt
from collections import defaultdict

from tasks.extract import extract_article

TRUMP, PUTIN, MAY = "Donald Trump", "Vladimir Putin", "Theresa May"
MORSI, NAJAD = "Mohamed Morsi", "Mahmoud Ahmadinejad"


def rows(text, pub):
    out = defaultdict(list)
    extract_article("a", text, pub, out)
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"])


def reported(text, pub):
    return [(v, h) for k, v, h in rows(text, pub) if k == "reported"]


def test_a_summit_cited_as_happened_before_is_referenced():
    text = "وقال محللون إن تراجع ترامب عن اعترافه بالتدخل كما حدث في قمة هلسنكي مع بوتين يقلق حلفاءه."
    assert rows(text, dt.date(2018, 7, 21)) == [("referenced", TRUMP, PUTIN)]


def test_a_visit_after_and_before_it_is_referenced():
    text = ("ورأى باحث في مركز للدراسات أن زيارة الرئيس الإيراني أحمدي نجاد لمصر، ومن قبلها زيارة الرئيس محمد مرسي "
            "لطهران تعكسان تقاربا بين البلدين.")
    assert reported(text, dt.date(2013, 2, 7)) == [(NAJAD, MORSI)]


def test_a_summit_cited_as_it_went_at_is_referenced():
    text = "وقال مراقبون إن الخلافات ظهرت علنا كما حصل في قمة ترامب وبوتين في هلسنكي."
    assert rows(text, dt.date(2018, 7, 25)) == [("referenced", TRUMP, PUTIN)]


def test_a_visit_earlier_this_month_is_referenced():
    text = ("وفي لندن، شارك مئات الناشطين في مظاهرة احتجاج ضد زيارة ترامب إلى بريطانيا في وقت سابق من شهر يوليو، "
            "ورفعوا لافتات.")
    assert rows(text, dt.date(2018, 7, 29)) == [("referenced", TRUMP, MAY)]


def test_a_meeting_verb_after_and_before_it_stays_reported():
    # "وقبلها" (and before that) before a verb: the day's earlier meeting, told as news
    text = "وصل الرئيس الإيراني أحمدي نجاد إلى القاهرة اليوم الثلاثاء، وقبلها التقى الرئيس محمد مرسي في المطار."
    assert reported(text, dt.date(2013, 2, 5)) == [(NAJAD, MORSI)]


def test_as_happened_far_from_the_meeting_stays_reported():
    # the comparison is the relations', the joint press conference is today's
    text = "وقال ترامب في مؤتمر صحفي مع بوتين في هلسنكي اليوم إن العلاقات تحسنت كما حدث في مجالات أخرى."
    assert reported(text, dt.date(2018, 7, 16)) == [(TRUMP, PUTIN)]


def test_the_summit_itself_stays_reported():
    text = "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين اليوم الاثنين في قمة هلسنكي."
    assert reported(text, dt.date(2018, 7, 16)) == [(TRUMP, PUTIN)]


def test_earlier_today_stays_reported():
    text = "شارك مئات في مظاهرة احتجاج ضد زيارة ترامب إلى بريطانيا في وقت سابق من اليوم، قبل لقائه رئيسة الوزراء."
    assert reported(text, dt.date(2018, 7, 13)) == [(TRUMP, MAY)]
