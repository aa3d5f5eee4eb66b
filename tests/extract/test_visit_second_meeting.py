"""A second meeting of the leader whose trip the story tells, told after his first one (visits.second_meeting): a
past meeting verb with no subject of its own and one leader after it, only adverbs after him, is the story's leader's
(owners.prior_subject), on a summit's third country too; an undated meeting noun deep in the text of the traveller of
a visit told as news, held where that visit was, is news too. Near-misses beside them: the leader after the verb has an
object of his own ("وفدا", "مع ممثلي"), a meeting called earlier ("السابق", "العام الماضي", "كان ... قد"), another
leader's meeting, a meeting with a leader of a third country off any summit. A sideline meeting whose sentence names
only the two sides' countries ("العلاقات بين الولايات المتحدة وبريطانيا", the talks' subject) is news too; a city of one
side's or a third country named keeps it background. Invented texts, the whole lexicon."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract

SAT = dt.date(2019, 3, 9)
TRUMP, MACRON, TRUDEAU = "Donald Trump", "Emmanuel Macron", "Justin Trudeau"
ERDOGAN, ROUHANI, KHAMENEI, PUTIN = "Recep Tayyip Erdogan", "Hassan Rouhani", "Ali Khamenei", "Vladimir Putin"

# six sentences of the summit's scene, naming no leader: what follows them is deep in the text
FILLER = ("وتناولت الجلسة الأولى ملفات التجارة والمناخ. وشهدت المدينة إجراءات أمنية مشددة. وتظاهر مئات من "
          "الناشطين قرب مقر الاجتماعات. وقالت الشرطة إنها اعتقلت عددا منهم. ونشرت الصحف صورا للقادة في حديقة "
          "الفندق. وتستمر الأعمال حتى مساء السبت. ")
# "Trump arrived on Friday in Canada for the G7 summit, and met the Canadian PM Trudeau on its sidelines."
G7 = ("وصل الرئيس الأمريكي دونالد ترامب الجمعة إلى كندا للمشاركة في قمة مجموعة السبع، واجتمع برئيس الوزراء الكندي "
      "جاستن ترودو على هامش القمة. ")
# "Trump arrived on Friday in Canada for the G7 summit. Trump took part in the family photo. Despite the disputes, "
SHORT_G7 = ("وصل الرئيس الأمريكي دونالد ترامب الجمعة إلى كندا للمشاركة في قمة مجموعة السبع. وشارك ترامب في الصورة "
            "الجماعية. ورغم الخلافات، التقى الرئيس الفرنسي إيمانويل ماكرون ")
# "Erdogan arrived on Friday in Tehran for the trilateral summit, and met the Supreme Leader Khamenei after it."
TEHRAN = ("وصل الرئيس التركي رجب طيب أردوغان الجمعة إلى طهران للمشاركة في القمة الثلاثية، والتقى المرشد علي خامنئي "
          "بعد القمة. " + FILLER)


def reported(text, day=SAT):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day], "source": [None],
                                "title": [None]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return sorted((r["visitor"], r["host"]) for r in out.iter_rows(named=True) if r["kind"] == "reported")


def test_a_subjectless_meeting_verb_at_a_summit_is_the_story_leaders():
    # "... despite the disputes, he met the French president Macron privately for a few minutes"
    assert reported(SHORT_G7 + "على انفراد لبضع دقائق.") == [(TRUMP, MACRON), (TRUMP, TRUDEAU)]


@pytest.mark.parametrize("rest", [
    "وفدا من رجال الأعمال.",                      # "Macron met a delegation of businessmen": his own object
    "مع ممثلي المنظمات غير الحكومية.",            # "Macron met with the NGOs' representatives"
    "، أمس، رئيس بلدية المدينة.",                # a comma after his name, then his own object
])
def test_a_leader_after_the_verb_with_an_object_of_his_own_met_no_one_of_the_story(rest):
    assert reported(SHORT_G7 + rest) == [(TRUMP, TRUDEAU)]


def test_a_second_sideline_meeting_deep_in_the_text_is_news_too():
    text = G7 + FILLER + "وشارك ترامب في الصورة الجماعية. ورغم الخلافات، التقى الرئيس الفرنسي إيمانويل ماكرون على انفراد."
    assert reported(text) == [(TRUMP, MACRON), (TRUMP, TRUDEAU)]


def test_an_undated_bilateral_meeting_of_the_traveller_deep_in_the_text_is_the_same_trips():
    # "Erdogan raised the Idlib file in his bilateral meeting with the Iranian president Rouhani"
    text = TEHRAN + "وأثار أردوغان في لقائه الثنائي مع الرئيس الإيراني حسن روحاني ملف إدلب."
    assert reported(text) == [(ERDOGAN, KHAMENEI), (ERDOGAN, ROUHANI)]


@pytest.mark.parametrize("sentence", [
    "وأثار أردوغان في لقائهما السابق مع الرئيس الإيراني حسن روحاني ملف إدلب.",          # their previous meeting
    "وأثار أردوغان في لقائه مع الرئيس الإيراني حسن روحاني العام الماضي ملف إدلب.",      # last year
    "وكان أردوغان قد أثار في لقائه مع الرئيس الإيراني حسن روحاني ملف إدلب.",            # had raised
    "وقال الرئيس الروسي فلاديمير بوتين في لقائه مع الرئيس الإيراني حسن روحاني إن الحل سياسي.",  # another leader's
    "وأثار أردوغان في لقائه مع الرئيس الروسي فلاديمير بوتين ملف إدلب.",                # a third country's, no sidelines
])
def test_an_earlier_or_another_leaders_meeting_deep_in_the_text_stays_background(sentence):
    assert reported(TEHRAN + sentence) == [(ERDOGAN, KHAMENEI)]


MAY = "Theresa May"
# "In his meeting with the British PM Theresa May, Trump discussed the relations between ..."
WITH_MAY = "وفي لقائه مع رئيسة الوزراء البريطانية تيريزا ماي{}، بحث ترامب العلاقات بين الولايات المتحدة و{}."


def test_a_sideline_meeting_naming_only_the_two_sides_countries_is_news_too():
    # "... the relations between the United States and Britain": the talks' subject, no venue
    assert reported(G7 + FILLER + WITH_MAY.format("", "بريطانيا")) == [(TRUMP, TRUDEAU), (TRUMP, MAY)]


@pytest.mark.parametrize("where, other", [
    (" في لندن", "بريطانيا"),  # a city of her country: held there, not on the summit's sidelines
    ("", "فرنسا"),  # a third country named: the meeting may be elsewhere
])
def test_a_meeting_placed_by_a_city_or_naming_a_third_country_stays_background(where, other):
    assert reported(G7 + FILLER + WITH_MAY.format(where, other)) == [(TRUMP, TRUDEAU)]


def test_a_plural_meeting_verb_after_its_own_subject_carries_no_one():
    # "... the paper quoted visitors who met the French president Macron in the hall"
    text = SHORT_G7.replace("ورغم الخلافات، التقى", "ونقلت صحيفة عن زوار التقوا") + "في القاعة."
    assert reported(text) == [(TRUMP, TRUDEAU)]


ASHRAF, ZARDARI = "Raja Pervaiz Ashraf", "Asif Ali Zardari"
SAT13 = dt.date(2013, 3, 9)  # when they held those offices
# "Erdogan arrived on Friday in Pakistan on an official visit, and held talks with President Zardari in Islamabad."
ISLAMABAD = ("وصل الرئيس التركي رجب طيب أردوغان الجمعة إلى باكستان في زيارة رسمية، وعقد محادثات مع الرئيس الباكستاني "
             "آصف علي زرداري في إسلام آباد. " + FILLER)


@pytest.mark.parametrize("sentence", [
    # "the Pakistani PM Ashraf received President Erdogan at the government's seat"
    "واستقبل رئيس الوزراء الباكستاني رجاء برويز أشرف الرئيس أردوغان في مقر الحكومة.",
    # "the university gave President Erdogan an honorary doctorate, and the PM Ashraf handed him the certificate"
    "كما منحت الجامعة الوطنية الرئيس أردوغان الدكتوراه الفخرية، وقام رئيس الوزراء الباكستاني رجاء برويز أشرف "
    "بتسليمه الشهادة.",
])
def test_the_visited_countrys_other_head_receiving_the_traveller_deep_in_the_text_is_the_same_trips(sentence):
    assert reported(ISLAMABAD + sentence, SAT13) == [(ERDOGAN, ZARDARI), (ERDOGAN, ASHRAF)]


@pytest.mark.parametrize("sentence", [
    # "the PM Ashraf had received President Erdogan in Ankara"
    "وكان رئيس الوزراء الباكستاني رجاء برويز أشرف قد استقبل الرئيس أردوغان في أنقرة.",
    # "the PM Ashraf will receive President Erdogan at the government's seat"
    "وسيستقبل رئيس الوزراء الباكستاني رجاء برويز أشرف الرئيس أردوغان في مقر الحكومة.",
    # "the PM Ashraf received President Erdogan last year"
    "واستقبل رئيس الوزراء الباكستاني رجاء برويز أشرف الرئيس أردوغان العام الماضي.",
])
def test_an_earlier_or_planned_reception_by_the_other_head_stays_unreported(sentence):
    assert reported(ISLAMABAD + sentence, SAT13) == [(ERDOGAN, ZARDARI)]


def test_the_other_head_receiving_another_guest_is_no_second_host_of_the_trip():
    # "the PM Ashraf received the Afghan president Karzai at the government's seat"
    text = ISLAMABAD + "واستقبل رئيس الوزراء الباكستاني رجاء برويز أشرف الرئيس الأفغاني حامد كرزاي في مقر الحكومة."
    assert reported(text, SAT13) == [(ERDOGAN, ZARDARI)]


# "Macron begins today, Saturday, a two-day official visit to Lebanon." (publication: Saturday 9 March 2019)
BEGINS = "يبدأ الرئيس الفرنسي إيمانويل ماكرون اليوم السبت زيارة رسمية إلى لبنان تستغرق يومين. "
AOUN, HARIRI = "Michel Aoun", "Saad Hariri"


BOTH = "الرئيس اللبناني ميشال عون ورئيس الوزراء سعد الحريري."  # "the Lebanese president Aoun and the PM Hariri"


@pytest.mark.parametrize("meets", [
    "ويلتقي ماكرون غدا الأحد ",  # "and Macron meets tomorrow, Sunday, ..." (a future verb)
    "الأحد يلتقي ماكرون ",  # "on Sunday Macron meets ..." (a present verb dated by its weekday)
])
def test_a_meeting_of_the_next_day_with_the_visited_countrys_other_head_is_the_trip_under_ways(meets):
    assert reported(BEGINS + meets + BOTH) == [(MACRON, AOUN), (MACRON, HARIRI)]


@pytest.mark.parametrize("text", [
    # the trip begins tomorrow: nothing is under way, the meetings are a plan
    "يبدأ الرئيس الفرنسي إيمانويل ماكرون غدا الأحد زيارة رسمية إلى لبنان. ويلتقي ماكرون الأحد " + BOTH,
    # the meetings are on Wednesday, four days ahead: past the trip's days
    BEGINS + "ويلتقي ماكرون الأربعاء المقبل " + BOTH,
    # tomorrow's meeting is with a third country's prime minister: no host of this trip
    BEGINS + "ويلتقي ماكرون غدا الأحد الرئيس اللبناني ميشال عون ورئيس الوزراء الكندي جاستن ترودو.",
])
def test_a_meeting_ahead_off_the_trip_under_way_stays_planned(text):
    assert reported(text) == ([] if "غدا الأحد زيارة" in text else [(MACRON, AOUN)])


# "The guards escorted President Erdogan to the old palace, which was the parliament's seat, where he met the PM Ashraf"
PALACE = "ورافق الحرس الرئيس أردوغان إلى القصر القديم الذي كان مقرا للبرلمان، حيث التقى رئيس الوزراء الباكستاني رجاء برويز أشرف."


def test_a_kana_in_a_relative_clause_closed_before_the_meeting_does_not_call_it_earlier():
    # "الذي كان مقرا للبرلمان،" (which was the parliament's seat,) tells the palace's past, not the meeting's
    assert reported(ISLAMABAD + PALACE, SAT13) == [(ERDOGAN, ZARDARI), (ERDOGAN, ASHRAF)]


@pytest.mark.parametrize("sentence", [
    # no comma closes the relative clause: the meeting may be inside it
    PALACE.replace("للبرلمان،", "للبرلمان"),
    # "Erdogan had met, in the old palace, the PM Ashraf": a pluperfect of the meeting itself
    "وكان أردوغان قد التقى، في القصر القديم، رئيس الوزراء الباكستاني رجاء برويز أشرف.",
    # "the palace which was the parliament's seat, where he met the PM Ashraf last year"
    PALACE.replace("أشرف.", "أشرف العام الماضي."),
])
def test_a_kana_of_the_meeting_itself_still_calls_it_earlier(sentence):
    assert reported(ISLAMABAD + sentence, SAT13) == [(ERDOGAN, ZARDARI)]
