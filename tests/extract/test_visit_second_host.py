"""A second host of the same trip told through "this visit": "وصل كازنوف إلى تونس ... ويلتقي كازنوف خلال هذه
الزيارة رئيس الجمهورية ... ورئيس الحكومة ..." (during this visit he meets the president and the head of
government) is a meeting with each (tasks/extract/visits/anaphora.py second_host). On main the pair a pointed-back
visit noun gave was dropped unless an earlier trigger had given that very pair, so the trip's host by office
stayed its only host. Only a leader of the trip's country whom the sentence has the traveller meet is added: one
named there for another reason (a criticism, an absence, a date) or met only next month is not. Invented
sentences, the real lexicon."""
import datetime as dt

import polars as pl
import pytest

from tasks.extract import extract

APR_2017 = dt.date(2017, 4, 6)  # a Thursday
MAR_2013 = dt.date(2013, 3, 19)  # a Tuesday
MAY_2018 = dt.date(2018, 5, 14)  # a Monday

# "The French PM Cazeneuve arrived in Tunisia today, Thursday, on a two-day visit. A delegation of ministers
# accompanies him. The two sides will sign agreements. Cazeneuve visits the Bardo museum."
CAZENEUVE = ("وصل الوزير الأول الفرنسي برنار كازنوف اليوم الخميس إلى تونس في زيارة تستمر يومين. "
             "ويرافقه وفد يضم عددا من الوزراء. وسيوقع الجانبان عددا من الاتفاقيات. ويزور كازنوف متحف باردو. ")


def rows(text, day):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["kind"], r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts())


def reported(text, day):
    return [(v, h) for k, v, h in rows(text, day) if k == "reported"]


@pytest.mark.parametrize("text, day, expected", [
    # "during this visit Cazeneuve meets the president Essebsi and the head of government Chahed"
    ("وصل الوزير الأول الفرنسي برنار كازنوف اليوم الخميس إلى تونس في زيارة تستمر يومين. ويلتقي كازنوف خلال هذه "
     "الزيارة رئيس الجمهورية الباجي قايد السبسي ورئيس الحكومة يوسف الشاهد.", APR_2017,
     [("Bernard Cazeneuve", "Beji Caid Essebsi"), ("Bernard Cazeneuve", "Youssef Chahed")]),
    # "Morsi arrived yesterday in New Delhi ..., and opened it with a meeting with the Indian president. After
    # this meeting Morsi held the official talks with the Indian PM Singh"
    ("وصل الرئيس المصري محمد مرسي أمس إلى نيودلهي في زيارة رسمية للهند، واستهلها بلقاء مع الرئيس الهندي برناب "
     "موخيرجي. وأجرى مرسي عقب هذا اللقاء جلسة المحادثات الرسمية مع رئيس الوزراء الهندي مانموهان سينج.", MAR_2013,
     [("Mohamed Morsi", "Manmohan Singh"), ("Mohamed Morsi", "Pranab Mukherjee")]),
    # "Erdogan arrived in London today ... During this visit Erdogan meets Queen Elizabeth II and PM Theresa May"
    ("وصل الرئيس التركي رجب طيب أردوغان اليوم إلى لندن في زيارة رسمية لبريطانيا. ويلتقي أردوغان خلال هذه الزيارة "
     "الملكة إليزابيث الثانية ورئيسة الوزراء تيريزا ماي.", MAY_2018,
     [("Recep Tayyip Erdogan", "Elizabeth II"), ("Recep Tayyip Erdogan", "Theresa May")]),
])
def test_the_other_head_met_during_this_visit_is_a_second_host(text, day, expected):
    assert reported(text, day) == expected


@pytest.mark.parametrize("sentence", [
    # "this visit comes after the head of government Chahed criticised French policy in Libya last week"
    "وتأتي هذه الزيارة بعد أن انتقد رئيس الحكومة يوسف الشاهد الأسبوع الماضي السياسة الفرنسية في ليبيا.",
    # "the spokesman said this visit coincides with the head of government's absence in Mali"
    "وقال المتحدث إن هذه الزيارة تتزامن مع غياب رئيس الحكومة يوسف الشاهد في مالي.",
    # "Cazeneuve did not meet the head of government during this visit, as he is in Mali"
    "ولم يلتق كازنوف خلال هذه الزيارة رئيس الحكومة يوسف الشاهد لوجوده في مالي.",
    # "this visit is the first since Chahed took over the government"
    "وتعد هذه الزيارة الأولى منذ تولي يوسف الشاهد رئاسة الحكومة.",
])
def test_the_other_head_named_but_not_met_is_no_host(sentence):
    assert reported(CAZENEUVE + sentence, APR_2017) == [("Bernard Cazeneuve", "Beji Caid Essebsi")]


def test_a_meeting_during_this_visit_set_next_month_stays_planned():
    # "Cazeneuve will meet the head of government during this visit next month": a plan, not reported
    text = CAZENEUVE + "وسيلتقي كازنوف خلال هذه الزيارة رئيس الحكومة يوسف الشاهد الشهر المقبل."
    assert rows(text, APR_2017) == [("referenced", "Bernard Cazeneuve", "Youssef Chahed"),
                                    ("reported", "Bernard Cazeneuve", "Beji Caid Essebsi")]


def test_a_third_country_s_leader_named_during_this_visit_is_no_host():
    # "during this visit Cazeneuve discussed with the Tunisian foreign minister the position of the Algerian
    # president Bouteflika": Algeria is not the trip's country
    text = CAZENEUVE + "وخلال هذه الزيارة بحث كازنوف مع وزير الخارجية التونسي موقف الرئيس الجزائري عبد العزيز بوتفليقة."
    assert reported(text, APR_2017) == [("Bernard Cazeneuve", "Beji Caid Essebsi")]
