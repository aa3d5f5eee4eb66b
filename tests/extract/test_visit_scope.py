"""How far a hedge reaches (tasks/extract/visits/scope.py): "رفض" (rafd) as the noun of a stance joined to a
visit noun by li- ("رفض شعبي لزيارة", a popular rejection of the visit) is a stance on the visit, not its refusal,
so the visit stays as its own words tell it; the verb with its bare object ("رفض زيارة", refused to visit), a
refused invitation and a comma between still keep it from being reported. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2019, 4, 3)  # a Wednesday


def _rows(text, day=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["kind"], r["visitor"], r["host"], r["city"]) for r in out["visit_mentions"].to_dicts())


def _reported(text):
    return [r for r in _rows(text) if r[0] == "reported"]


def test_a_stance_noun_joined_by_li_to_the_visit_leaves_it_reported():
    """"The deputy said there is wide popular rejection of the Turkish president's visit to Egypt", "the
    youths came out to voice the popular rejection of Erdogan's visit to Cairo", "the movement announced its
    (the movement's) rejection of the visit ... today": the visit is under way, the rejection is of it."""
    for stance in ("هناك رفض شعبي واسع لزيارة", "خرج الشباب تعبيرا عن الرفض الشعبي لزيارة",
                   "أعلنت الحركة اليوم رفض الحركة لزيارة"):
        text = f"وقال النائب إن {stance} الرئيس التركي رجب طيب أردوغان إلى القاهرة التي استقبله فيها الرئيس عبد الفتاح السيسي."
        assert _reported(text) == [("reported", "Recep Tayyip Erdogan", "Abdel Fattah el-Sisi", "Cairo")], stance


def test_a_refusal_to_visit_or_of_an_invitation_stays_unreported():
    """The verb with its bare object ("refused to visit Cairo and to meet Sisi") and a refused invitation to
    visit ("رفض دعوة لزيارة", "رفض تلبية دعوة لزيارة") are no visit held."""
    for refusal in ("رفض الرئيس التركي رجب طيب أردوغان زيارة القاهرة",
                    "رفض الرئيس التركي رجب طيب أردوغان دعوة لزيارة القاهرة",
                    "رفض الرئيس التركي رجب طيب أردوغان تلبية دعوة لزيارة القاهرة",
                    "رفض أردوغان الزيارة إلى القاهرة"):
        text = f"وقال النائب إن {refusal} ولقاء الرئيس عبد الفتاح السيسي."
        assert _reported(text) == [], refusal


def test_a_stance_on_a_visit_told_ahead_leaves_it_planned():
    """"popular rejection of the Turkish president's expected visit to Cairo next week": the stance does not
    make a visit ahead held; its own words (the expected, next week) keep it planned."""
    text = ("وقال النائب إن هناك رفضا شعبيا واسعا ورفض الحركة لزيارة الرئيس التركي رجب طيب أردوغان المرتقبة "
            "إلى القاهرة الأسبوع المقبل للقاء الرئيس عبد الفتاح السيسي.")
    assert _reported(text) == []


def test_a_hedge_on_a_copula_leaves_the_summit_of_its_topic_held():
    """scope.copula_topic: "perhaps the Egyptian businessman is among the biggest winners from the
    consequences of the historic summit between Trump and Kim in Singapore": "ربما" hedges "يكون" (is), the
    businessman's gain; the summit, the genitive of "تبعات" (consequences) after "من", is told as held.
    Failed on main (the hedge vetoed the summit)."""
    text = ("ربما يكون رجل الأعمال المصري، نجيب ساويرس، من أكبر المستفيدين على الصعيد المالي، من تبعات القمة "
            "التاريخية بين الرئيس الأميركي، دونالد ترمب، وزعيم كوريا الشمالية كيم يونغ أون في سنغافورة اليوم.")
    assert _rows(text, dt.date(2018, 6, 12)) == [("reported", "Donald Trump", "Kim Jong-un", "Singapore")]


def test_a_hedge_on_the_summit_itself_or_its_holding_still_keeps_it_unreported():
    """Near-misses: the summit as the copula's subject ("ربما تكون القمة", the summit may be), its holding
    ("من المفيد عقد قمة", holding a summit would be useful), and another verb than the copula ("ربما يشارك في
    أعمال القمة", may take part in the summit's work) stay hedged."""
    for hedge in ("ربما تكون القمة", "ربما يكون من المفيد عقد قمة", "ربما يشارك رجل الأعمال في أعمال القمة"):
        text = (f"{hedge} بين الرئيس الأميركي دونالد ترمب وزعيم كوريا الشمالية كيم يونغ أون في سنغافورة اليوم.")
        assert _reported(text) == [], hedge
