"""A bare home title that opens a chain of offices a foreign leader holds, his name after them, is
his, not the outlet's own office holder (tasks.extract.home._office_chain_after). Invented sentences."""
import datetime as dt

from tasks.extract.home import outlet_country
from tests.extract.test_entities import home_people

D2013 = dt.date(2013, 3, 24)


def test_a_prime_minister_and_foreign_minister_of_another_country_is_that_ones():
    # "chaired by the prime minister and Qatari foreign minister, Sheikh Hamad bin Jassim"
    text = "وعقد المجلس اجتماعه في الدوحة برئاسة رئيس مجلس الوزراء وزير الخارجية القطري، الشيخ حمد بن جاسم آل ثاني."
    ids = [i for i, _ in home_people(text, outlet_country("ElWatanNews"), D2013)]
    assert "hesham_qandil" not in ids and "hamad_bin_jassim" in ids


def test_a_home_title_before_a_foreign_ministers_title_is_still_the_home_holder():
    # "the prime minister received the Qatari foreign minister, Sheikh Khalid": the minister is the object
    text = "استقبل رئيس مجلس الوزراء وزير الخارجية القطري خالد العطية في القاهرة."
    assert [i for i, _ in home_people(text, outlet_country("ElWatanNews"), D2013)][:1] == ["hesham_qandil"]
    # ... and with the Qatari prime minister named further on, not right after the minister's title
    text = "استقبل رئيس مجلس الوزراء وزير الخارجية القطري في القاهرة، بحضور الشيخ حمد بن جاسم."
    assert [i for i, _ in home_people(text, outlet_country("ElWatanNews"), D2013)][:1] == ["hesham_qandil"]
