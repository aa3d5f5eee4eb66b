"""Messages and greetings handed over at a meeting (tasks/extract/visits/messages.py): congratulations a
carry verb brings ("نقل له تهنئة", conveyed to him the congratulations of) are carried like a message: the
meeting stays held and the sender is no side. Invented sentences, the real lexicon."""
import datetime as dt

import polars as pl

from tasks.extract import extract

PUB = dt.date(2019, 4, 3)  # a Wednesday


def _reported(text, day=PUB):
    out = extract(pl.DataFrame({"article_id": ["a"], "text": [text], "published_date": [day]}))
    return sorted((r["visitor"], r["host"]) for r in out["visit_mentions"].to_dicts() if r["kind"] == "reported")


def test_congratulations_a_guest_conveys_from_his_president_leave_the_meeting_held():
    """"In Moscow, Putin met the Turkish president Erdogan, who conveyed to him the greetings and congratulations
    of the Iranian president Rouhani": held; Rouhani stayed home."""
    for carried in ("تحيات وتهنئة", "تهنئة"):
        text = (f"التقى الرئيس الروسي فلاديمير بوتين في موسكو أمس الرئيس التركي رجب طيب أردوغان الذي نقل له "
                f"{carried} الرئيس الإيراني حسن روحاني بنجاح الانتخابات.")
        assert _reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_congratulations_sent_by_cable_or_carried_by_a_minister_give_no_meeting_of_the_sender():
    """Negatives: a cable of congratulations is no visit; a minister who conveys his president's congratulations
    met the host, not his president."""
    assert _reported("بعث الرئيس الإيراني حسن روحاني أمس برقية تهنئة إلى الرئيس الروسي فلاديمير بوتين.") == []
    text = ("استقبل الرئيس الروسي فلاديمير بوتين في موسكو أمس وزير الخارجية الإيراني الذي نقل له تهنئة الرئيس "
            "الإيراني حسن روحاني بنجاح الانتخابات.")
    assert _reported(text) == []


def test_a_third_leaders_congratulations_conveyed_at_a_meeting_make_him_no_side():
    text = ("التقى الرئيس الروسي فلاديمير بوتين في موسكو أمس الرئيس التركي رجب طيب أردوغان، ونقل له أردوغان تهنئة "
            "المستشارة الألمانية أنجيلا ميركل.")
    assert _reported(text) == [("Recep Tayyip Erdogan", "Vladimir Putin")]


def test_condolences_offered_in_person_at_a_reception_keep_the_meeting():
    """"received ... President Abbas, who came to the kingdom to offer (perform) the duty of condolence": a
    condolence visit, held (before: read as a cable)."""
    for purpose in ("لتقديم", "لأداء"):
        text = (f"استقبل العاهل الأردني الملك عبد الله الثاني في عمان أمس الرئيس الفلسطيني محمود عباس الذي قدم "
                f"إلى المملكة {purpose} واجب العزاء.")
        assert _reported(text) == [("Mahmoud Abbas", "Abdullah II of Jordan")]


def test_condolences_by_cable_or_by_phone_are_still_no_meeting():
    assert _reported("بعث الرئيس الفلسطيني محمود عباس أمس برقية إلى العاهل الأردني الملك عبد الله الثاني "
                     "لتقديم واجب العزاء.") == []
    assert _reported("أجرى الرئيس الفلسطيني محمود عباس أمس اتصالا هاتفيا بالعاهل الأردني الملك عبد الله الثاني "
                     "لتقديم واجب العزاء.") == []


def test_a_message_a_visiting_prime_minister_hands_over_in_the_present_keeps_his_visit():
    """"Arrived in Khartoum today on an official visit during which he hands over a message from the
    Jordanian king": the prime minister's visit is held, the king who sent the message is no side."""
    text = ("وصل رئيس الوزراء الأردني عمر الرزاز إلى الخرطوم اليوم في زيارة رسمية يسلم خلالها رسالة من "
            "العاهل الأردني الملك عبدالله الثاني إلى الرئيس السوداني.")
    assert _reported(text) == [("Omar Razzaz", "Omar al-Bashir")]


def test_a_message_a_visiting_minister_hands_over_in_the_present_is_no_leaders_visit():
    """Negative: the foreign minister carries the king's message; neither leader travelled."""
    text = ("وصل وزير الخارجية الأردني أيمن الصفدي إلى الخرطوم اليوم في زيارة رسمية يسلم خلالها رسالة من "
            "العاهل الأردني الملك عبدالله الثاني إلى الرئيس السوداني.")
    assert _reported(text) == []
