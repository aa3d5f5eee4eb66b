"""A dual subject naming an office ("رئيسا وزراء البلدين", the two countries' prime ministers) picks its two
among the three leaders of the sentence before, those holding the office: the guest prime minister received by
the president, and the host's prime minister present (visits.dual_back, grammar.yaml dual_office_subjects).
Invented texts, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2013, 1, 10)
LEAD = ("استقبل الرئيس محمد مرسي اليوم في قصر الاتحادية رئيس الوزراء التونسي حمادي الجبالي، بحضور رئيس الوزراء "
        "هشام قنديل. ")


def rows(text):
    return sorted((r["kind"], r["visitor"], r["host"], r["city"]) for r in mention_rows(text, DAY))


def test_the_two_prime_ministers_talks_are_the_guests_meeting_with_the_hosts_premier():
    # "After the meeting the two countries' prime ministers briefed the president on the results of their talks"
    assert rows(LEAD + "وعقب اللقاء أطلع رئيسا وزراء البلدين الرئيس على نتائج مباحثاتهما التي تناولت التعاون.") == [
        ("reported", "Hamadi Jebali", "Hesham Qandil", "Cairo"), ("reported", "Hamadi Jebali", "Mohamed Morsi", "Cairo")]


def test_two_ministers_or_a_plan_of_the_prime_ministers_adds_no_meeting():
    # "the two ministers briefed the president on their talks": no leaders; "the two countries' prime ministers
    # will hold a meeting", said by a spokesman: no past meeting noun of theirs
    assert rows(LEAD + "وعقب اللقاء أطلع الوزيران الرئيس على نتائج مباحثاتهما التي تناولت التعاون.") == [
        ("reported", "Hamadi Jebali", "Mohamed Morsi", "Cairo")]
    assert rows(LEAD + "وقال المتحدث إن رئيسي وزراء البلدين سيعقدان اجتماعا.") == [
        ("reported", "Hamadi Jebali", "Mohamed Morsi", "Cairo")]
