"""A visit whose results are the article's news is the visit it reports (visits.results): the headline names the
results of a visit ("نتائج زيارة") and the lead reviews them; and a clause of what the leader's own visit yielded
("لعرض ما أسفرت عنه زيارته ... ومباحثاته مع نظيره") is no background cue for the counterpart named after it
(merge._background_visitor, timing.outcome_subject). The results of a visit with no such headline, dated weeks
back, told deep in the article, or of another's visit stay referenced. Invented texts, the whole lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

DAY = dt.date(2019, 3, 14)
PAIR = ("Recep Tayyip Erdogan", "Vladimir Putin")
# headline: "the Turkish cabinet reviews the results of Erdogan's visit to Russia"
HEADLINE = "مجلس الوزراء التركي يستعرض نتائج زيارة أردوغان لروسيا"
# "the Turkish cabinet reviewed the results of the visit President Erdogan made to Russia and his meeting with
# Russian President Putin, during which the two sides signed energy agreements"
REVIEW = "استعرض مجلس الوزراء التركي نتائج الزيارة التي قام بها الرئيس رجب طيب أردوغان إلى روسيا ولقائه " \
         "الرئيس الروسي فلاديمير بوتين، والتي وقع خلالها الجانبان اتفاقات للطاقة."


def rows(text, title=None):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [DAY], "source": [None],
                                "title": [title]},
                               schema={"article_id": pl.Utf8, "text": pl.Utf8, "published_date": pl.Date,
                                       "source": pl.Utf8, "title": pl.Utf8}))["visit_mentions"]
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in out.iter_rows(named=True)]


def test_the_results_the_headline_and_lead_review_are_the_reported_visit():
    assert rows(REVIEW, HEADLINE) == [("reported", *PAIR, None)]


def test_the_results_reviewed_with_no_results_headline_stay_referenced():
    assert rows(REVIEW) == [("referenced", *PAIR, None)]
    # headline: "the Turkish cabinet discusses food prices"
    assert rows(REVIEW, "مجلس الوزراء التركي يناقش أسعار الغذاء") == [("referenced", *PAIR, None)]


def test_the_results_of_a_visit_dated_weeks_back_stay_referenced():
    # "... his meeting with Putin last January" in a March article
    text = REVIEW.replace("، والتي وقع خلالها الجانبان اتفاقات للطاقة", " في يناير الماضي")
    assert rows(text, HEADLINE) == [("referenced", *PAIR, dt.date(2019, 1, 1))]


def test_the_results_told_deep_in_the_article_stay_referenced():
    # the cabinet's weekly meeting on the economy, energy and education; in its fourth sentence the results
    text = "عقد مجلس الوزراء التركي اجتماعه الأسبوعي في أنقرة برئاسة نائب الرئيس. وناقش المجلس ملفات الاقتصاد " \
           "والطاقة والتعليم. وتطرق النقاش إلى أسعار الغذاء في الأسواق. كما " + REVIEW
    assert rows(text, HEADLINE) == [("referenced", *PAIR, None)]


# "Erdogan holds shortly a press conference with the media delegation accompanying his visit to Russia, to present
# what his visit to Russia and his talks with his Russian counterpart Putin resulted in"
OWN_OUTCOME = "يعقد الرئيس التركي رجب طيب أردوغان بعد قليل مؤتمرا صحفيا مع الوفد الإعلامي المرافق لزيارته لروسيا، " \
              "وذلك لعرض ما أسفرت عنه زيارته لروسيا ومباحثاته مع نظيره الروسي فلاديمير بوتين."


def test_what_his_own_visit_yielded_names_his_counterpart_as_the_news():
    assert rows(OWN_OUTCOME) == [("reported", *PAIR, None)]


def test_what_another_leaders_visit_yielded_stays_background():
    # "... to present what the prime minister's visit to Russia and his talks with President Putin resulted in"
    text = OWN_OUTCOME.replace("زيارته لروسيا ومباحثاته مع نظيره الروسي", "زيارة رئيس الوزراء لروسيا ومباحثاته مع الرئيس الروسي")
    assert rows(text) == [("referenced", *PAIR, None)]


def test_the_results_of_another_visit_than_the_headlines_stay_referenced():
    # headline: "the Turkish cabinet reviews the results of Erdogan's visit to Qatar" (the lead's is to Russia)
    assert rows(REVIEW, "مجلس الوزراء التركي يستعرض نتائج زيارة أردوغان لقطر") == [("referenced", *PAIR, None)]


def test_the_results_of_a_ministers_visit_in_the_headline_stay_referenced():
    # headline: "the cabinet reviews the results of the energy minister's visit to Russia"
    assert rows(REVIEW, "مجلس الوزراء التركي يستعرض نتائج زيارة وزير الطاقة لروسيا") == [("referenced", *PAIR, None)]


def test_the_results_reviewed_today_keep_no_day_of_the_review():
    # "... reviewed, at its meeting today, Thursday, the results of the visit Erdogan made to Russia": today is the review's
    text = "استعرض مجلس الوزراء التركي، برئاسة نائب الرئيس، خلال اجتماعه اليوم الخميس، نتائج الزيارة التي قام بها " \
           "الرئيس رجب طيب أردوغان إلى روسيا ولقائه الرئيس الروسي فلاديمير بوتين."
    assert rows(text, HEADLINE) == [("reported", *PAIR, None)]


def test_the_results_followed_up_stay_referenced():
    # "the cabinet reviewed the follow-up of the implementation of the results of the visit ... to Russia"
    text = REVIEW.replace("نتائج الزيارة", "متابعة تنفيذ نتائج الزيارة")
    assert rows(text, HEADLINE) == [("referenced", *PAIR, None)]


def test_the_results_of_his_last_visit_stay_referenced():
    # "... reviewed the results of the last visit the president made to Russia": told as his last one, behind the news
    assert rows(REVIEW.replace("نتائج الزيارة", "نتائج الزيارة الأخيرة"), HEADLINE) == [("referenced", *PAIR, None)]
    # "... the results of President Erdogan's last visit to Russia" ("الأخيرة" after the genitive leader)
    text = "استعرض مجلس الوزراء التركي نتائج زيارة الرئيس رجب طيب أردوغان الأخيرة إلى روسيا ولقائه الرئيس الروسي " \
           "فلاديمير بوتين."
    assert rows(text, HEADLINE) == [("referenced", *PAIR, None)]


def test_the_results_of_the_important_visit_stay_the_news():
    # "the results of the important visit": an adjective other than "last" keeps the results' visit the news
    assert rows(REVIEW.replace("نتائج الزيارة", "نتائج الزيارة المهمة"), HEADLINE) == [("reported", *PAIR, None)]
