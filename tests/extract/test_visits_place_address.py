"""The city of a speech the traveller gives on his visit (visits.address.addressed, read by place.article_city): the
visit's sentences name only the country, and a later sentence that names the traveller alone and no meeting word has
him speak in a city of the host's country ("وألقى الرئيس خطابا في باماكو"): he was there. Not a place another clause of
the sentence tells, nor a speech of someone else or of an earlier year. Invented sentences, the real lexicon."""
import datetime as dt

import pytest

from tests.extract.test_visits_detect import reported

PUB = dt.date(2013, 2, 3)
# "The French president Hollande began today a visit to Mali, and the Malian president Traoré received him."
LEAD = ("بدأ الرئيس الفرنسي فرانسوا أولاند اليوم زيارة إلى مالي، وكان الرئيس المالي ديونكوندا تراوري في استقباله. ")
PAIR = ("Francois Hollande", "Dioncounda Traore")


@pytest.mark.parametrize("later", [
    # "and Hollande gave a speech before a crowd of citizens in Bamako"
    "وألقى أولاند خطابا أمام حشد من المواطنين في باماكو.",
    # "Hollande is due to give a speech in Bamako in the evening"
    "ومن المقرر أن يلقي أولاند كلمة في باماكو مساء.",
])
def test_the_city_of_the_travellers_speech_is_the_visits_city(later):
    assert reported(LEAD + later, PUB) == [(*PAIR, "Bamako")]


@pytest.mark.parametrize("later", [
    # negative: "Hollande condemned in his speech the attack that took place in Bamako" (the attack's place)
    "وأدان أولاند في خطابه الهجوم الذي وقع في باماكو.",
    # negative: "Hollande had given a speech in Bamako in 2010" (an earlier year)
    "وكان أولاند قد ألقى خطابا في باماكو عام 2010.",
    # negative: "the French foreign minister gave a speech in Bamako" (someone else's speech, no leader of the pair)
    "وألقى وزير الخارجية الفرنسي لوران فابيوس كلمة في باماكو.",
    # negative: "Hollande gave a speech in Paris" (not in the host's country)
    "وألقى أولاند خطابا في باريس.",
])
def test_another_clause_or_speaker_or_year_gives_no_speech_city(later):
    assert reported(LEAD + later, PUB) == [(*PAIR, None)]
