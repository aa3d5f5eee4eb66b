"""A group joined to the host of a reception by "و" (and) is his co-hosts, not the guest: "استقبل بوتين وأعضاء
من الحكومة الأسد" (Putin and members of the government received al-Assad) is Assad's visit to Putin
(visits.roles.receive_roles). A group right after the host with no "و" is the guest. Invented sentences,
the stand-in lexicon of test_visits."""
from tests.extract.test_visits import run


def reported(text):
    return [(r["visitor"], r["host"]) for r in run(text) if r["kind"] == "reported"]


def test_members_joined_to_the_host_are_co_hosts():
    assert reported("استقبل بوتين وأعضاء من الحكومة الروسية الثلاثاء الأسد في الكرملين.") == [
        ("Bashar al-Assad", "Vladimir Putin")]


def test_members_right_after_the_host_are_his_guests():
    # "Putin received members of the Syrian parliament, a message from al-Assad with them": no leaders' meeting
    assert reported("استقبل بوتين الثلاثاء أعضاء من البرلمان السوري يحملون رسالة من الأسد.") == []
