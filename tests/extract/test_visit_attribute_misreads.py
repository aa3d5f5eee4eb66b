"""A reported meeting's city or day taken from a word that says something else: an organisation's seat
("الدعوة السلفية بالإسكندرية", the Salafist Call in Alexandria: visits.seats.seat_place with grammar.yaml
seat_nouns, and a dateline the lead names again as that seat, visits.seats.seat_desk), and the start of a
summit "التي تبدأ غدا" (which starts tomorrow) taken as the day a leader arrived for it
(visits.clauses._begins_the_visit). Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2013, 2, 5)  # a Tuesday


def _rows(text, published=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [published]}))
    return sorted((r["visitor"], r["host"], r["city"], r["date"]) for r in out["visit_mentions"].to_dicts()
                  if r["kind"] == "reported")


AHMADINEJAD, MORSI = "Mahmoud Ahmadinejad", "Mohamed Morsi"


# --- an organisation's seat is no venue ---

def test_the_city_of_a_movement_named_before_the_visit_is_its_seat():
    """"The Salafist Call in Alexandria set conditions for the visit of the Iranian president to Egypt,
    which began today": the meeting is in Egypt, no city said (Alexandria before)."""
    text = "حددت الدعوة السلفية بالإسكندرية شروطا لزيارة الرئيس الإيراني أحمدي نجاد لمصر التي بدأت اليوم."
    assert _rows(text) == [(AHMADINEJAD, MORSI, None, PUB)]


def test_the_seat_of_a_movement_gives_way_to_the_city_of_the_visit():
    """"The spokesman of the Salafist Call in Alexandria said the visit of the Iranian president to Cairo
    today and his meeting with President Morsi ...": Cairo (Alexandria before)."""
    text = ("قال المتحدث باسم الدعوة السلفية بالإسكندرية إن زيارة الرئيس الإيراني أحمدي نجاد للقاهرة اليوم "
            "ولقاءه بالرئيس محمد مرسي لا تعني التقارب.")
    assert _rows(text) == [(AHMADINEJAD, MORSI, "Cairo", PUB)]


def test_the_seat_of_an_association_or_a_party_is_no_venue():
    """"The deputy head of the Ansar al-Sunna association in Alexandria welcomed the meeting ..." and "the
    Nour party in Alexandria announced its rejection of the visit ...": no city (Alexandria before)."""
    assert _rows("رحب نائب رئيس جمعية أنصار السنة بالإسكندرية بلقاء الرئيس محمد مرسي والرئيس الإيراني "
                 "أحمدي نجاد اليوم.") == [(AHMADINEJAD, MORSI, None, PUB)]
    assert _rows("أعلن حزب النور بالإسكندرية رفضه لزيارة الرئيس الإيراني أحمدي نجاد لمصر التي بدأت اليوم "
                 "ولقائه بالرئيس محمد مرسي.") == [(AHMADINEJAD, MORSI, None, PUB)]


def test_a_dateline_the_lead_names_again_as_a_seat_is_no_venue():
    """"Alexandria - (reporter) The Salafist Call in Alexandria set conditions for the Iranian president's
    visit to Egypt, which began today": the desk is where the body sits (Alexandria before, the dateline's)."""
    text = ("الإسكندرية - سامي علي\nحددت الدعوة السلفية بالإسكندرية شروطا لزيارة الرئيس الإيراني أحمدي نجاد "
            "لمصر التي بدأت اليوم.")
    assert _rows(text) == [(AHMADINEJAD, MORSI, None, PUB)]


def test_a_dateline_over_a_lead_naming_no_seat_stays_the_venue():
    """Negative: "Alexandria - (reporter) President Morsi received the Iranian president today"."""
    assert _rows("الإسكندرية - سامي علي\nاستقبل الرئيس محمد مرسي الرئيس الإيراني أحمدي نجاد اليوم.") == [
        (AHMADINEJAD, MORSI, "Alexandria", PUB)]


def test_a_partys_building_in_a_city_is_a_venue():
    """Negative: "received ... today at the headquarters of the Freedom and Justice party in Alexandria"."""
    text = "استقبل الرئيس محمد مرسي الرئيس التونسي المنصف المرزوقي اليوم بمقر حزب الحرية والعدالة بالإسكندرية."
    assert _rows(text) == [("Moncef Marzouki", MORSI, "Alexandria", PUB)]


def test_a_meeting_at_the_general_assembly_in_a_city_keeps_the_city():
    """Negative: an assembly is where leaders go ("on the sidelines of the General Assembly in New York")."""
    text = ("التقى الرئيس الأمريكي باراك أوباما الرئيس الإيراني حسن روحاني اليوم على هامش اجتماعات الجمعية "
            "العامة في نيويورك.")
    assert _rows(text, dt.date(2013, 9, 25)) == [("Hassan Rouhani", "Barack Obama", "New York", dt.date(2013, 9, 25))]


# --- a summit's start is no arrival's day ---

def test_the_start_of_a_summit_after_a_comma_is_no_day_of_the_arrival():
    """"Abbas arrived in Cairo to take part in the Islamic summit, which starts its work in Cairo tomorrow":
    the arrival is undated (tomorrow, 6 February, before)."""
    text = ("وصل إلى القاهرة الرئيس الفلسطيني محمود عباس للمشاركة في القمة الإسلامية، التي تبدأ أعمالها "
            "في القاهرة غدا ولمدة يومين.")
    assert _rows(text) == [("Mahmoud Abbas", MORSI, "Cairo", None)]


def test_an_arrival_dated_yesterday_keeps_its_day_beside_the_summit_starting_today():
    """Negative: "arrived yesterday ... for the summit, which starts today": yesterday."""
    text = "وصل الرئيس الفلسطيني محمود عباس أمس إلى القاهرة للمشاركة في القمة الإسلامية، التي تبدأ أعمالها اليوم."
    assert _rows(text) == [("Mahmoud Abbas", MORSI, "Cairo", dt.date(2013, 2, 4))]


def test_a_visits_own_relative_clause_still_dates_it():
    """Negative: "Abbas's visit to Cairo, which begins tomorrow, ..." is the visit's own day, planned."""
    text = "تتناول زيارة الرئيس الفلسطيني محمود عباس للقاهرة، والتي تبدأ غدا، العلاقات مع الرئيس محمد مرسي."
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [PUB]}))["visit_mentions"]
    assert [(r["kind"], r["planned"], r["date"]) for r in out.to_dicts()] == [("referenced", True, dt.date(2013, 2, 6))]
