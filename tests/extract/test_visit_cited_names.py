"""Quotation marks round two names joined by "و" ("مباحثات الرئيسين "مرسي وزرداري"", the two presidents'
talks, "Morsi and Zardari") cite names, as a quoted bare name does: the leaders are the narrative's
(tasks/extract/visits/cited_names.py, read by Article.in_speech). A quote with any other word stays speech.
Invented texts, the whole lexicon."""
import datetime as dt
from types import SimpleNamespace

from tasks.extract.visits.cited_names import cited_names
from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 3, 22)


def rows(text):
    return [(r["kind"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)]


def test_the_two_presidents_quoted_by_name_are_the_talks_sides():
    # "Morsi's visit to Pakistan strengthened relations, as the two presidents' talks, "Morsi and Zardari",
    # centred on regional and international issues": the host is Zardari, named in the quote
    text = ("أسهمت زيارة الرئيس المصري محمد مرسي إلى باكستان في تعزيز العلاقات بين البلدين، حيث تركزت "
            'مباحثات الرئيسين "مرسي وزرداري" حول القضايا الإقليمية والدولية.')
    assert rows(text) == [("reported", "Mohamed Morsi", "Asif Ali Zardari")]


def test_two_leaders_quoted_in_guillemets_held_talks():
    # "The two leaders, «Erdogan and Putin», held long talks in Moscow yesterday on energy"
    text = "وأجرى الزعيمان «أردوغان وبوتين» محادثات مطولة في موسكو أمس تناولت ملف الطاقة."
    assert rows(text) == [("reported", "Recep Tayyip Erdogan", "Vladimir Putin")]


def test_a_quoted_statement_naming_both_stays_speech():
    # "The spokesman said: «Erdogan and Putin discussed energy in Moscow yesterday»"
    text = "وقال المتحدث: «أردوغان وبوتين بحثا في موسكو أمس ملف الطاقة»."
    assert rows(text) == []


def test_a_name_quoted_with_another_word_stays_speech():
    # "«Erdogan and his delegation»": a word that is no name, the quote is no list of names
    text = "وأجرى الزعيمان «أردوغان ووفده» محادثات مطولة في موسكو أمس مع الرئيس بوتين."
    assert rows(text) == []


def test_cited_names_keeps_only_quotes_of_names_and_joins():
    text = 'قال "مرسي وزرداري" ثم "مرسي زار" ثم «القاهرة، وإسلام آباد» ثم "و"'
    def span(word, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = text.index(word, at + 1)
        return SimpleNamespace(start=at, end=at + len(word))
    mentions = [span("مرسي"), span("زرداري"), span("مرسي", 1), span("القاهرة"), span("إسلام آباد")]
    quotes = [(text.index(q) + 1, text.index(q) + len(q) - 1)
              for q in ('"مرسي وزرداري"', '"مرسي زار"', "«القاهرة، وإسلام آباد»", '"و"')]
    assert cited_names(text, quotes, mentions) == {quotes[0], quotes[2]}
