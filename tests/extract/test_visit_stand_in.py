"""A head of government who travels "on behalf of" (نيابة عن) or "at the assignment of" (بتكليف من) his
president still travels (visits/stand_in.py): his own rows stand, none of the principal's, who is not there.
Or "sent by" (موفدا من) him. An envoy, a minister or a crown prince standing in gives no row. Invented sentences."""
import datetime as dt

from tests.extract.test_visits_detect import reported

DAY = dt.date(2013, 2, 16)


def test_a_prime_minister_heading_the_delegation_on_behalf_of_the_president_travels():
    text = ("غادر الدكتور هشام قنديل رئيس مجلس الوزراء القاهرة اليوم متوجها إلى نجامينا في زيارة يترأس خلالها "
            "وفد مصر نيابة عن رئيس الجمهورية في أعمال القمة الطارئة لدول الساحل.")
    assert reported(text, DAY) == [("Hesham Qandil", "Idriss Deby", "N'Djamena")]


def test_a_prime_minister_sent_at_the_named_presidents_assignment_meets_the_host():
    text = ("وصل رئيس الوزراء هشام قنديل إلى الخرطوم اليوم بتكليف من الرئيس محمد مرسي حيث التقى الرئيس "
            "السوداني عمر البشير.")
    assert reported(text, DAY) == [("Hesham Qandil", "Omar al-Bashir", "Khartoum")]


def test_the_president_a_prime_minister_stands_in_for_is_no_side_of_the_reception():
    text = ("استقبل الرئيس السوداني عمر البشير اليوم في الخرطوم رئيس الوزراء المصري هشام قنديل الذي وصل "
            "نيابة عن الرئيس محمد مرسي.")
    assert reported(text, DAY) == [("Hesham Qandil", "Omar al-Bashir", "Khartoum")]


def test_a_minister_on_behalf_of_the_president_still_gives_no_row():
    text = ("غادر وزير الخارجية محمد كامل عمرو القاهرة اليوم متوجها إلى نجامينا في زيارة يترأس خلالها وفد "
            "مصر نيابة عن الرئيس محمد مرسي في أعمال القمة.")
    assert reported(text, DAY) == []


def test_a_crown_prince_on_behalf_of_the_king_still_gives_no_row():
    text = ("وصل ولي العهد الأمير سلمان بن عبدالعزيز إلى القاهرة اليوم نيابة عن خادم الحرمين الشريفين الملك "
            "عبدالله بن عبدالعزيز حيث التقى الرئيس محمد مرسي.")
    assert reported(text, DAY) == []


def test_a_prime_minister_sent_by_his_president_meets_the_host():
    # "موفدا من" (sent by): a head of government sent is still one
    text = ("وصل رئيس الوزراء هشام قنديل إلى الخرطوم اليوم موفدا من الرئيس محمد مرسي حيث التقى الرئيس "
            "السوداني عمر البشير.")
    assert reported(text, DAY) == [("Hesham Qandil", "Omar al-Bashir", "Khartoum")]


def test_a_host_receiving_an_unnamed_minister_on_behalf_of_a_president_gives_no_row():
    # the leader before "نيابة عن" is the host, of another country, a minister's noun between: the veto stays
    text = ("استقبل الرئيس السوداني عمر البشير اليوم في الخرطوم وزير الخارجية المصري الذي سلمه رسالة نيابة عن "
            "الرئيس محمد مرسي.")
    assert reported(text, DAY) == []


def test_a_president_sending_an_envoy_of_the_presidency_gives_no_row():
    text = "أرسل الرئيس محمد مرسي موفدا من رئاسة الجمهورية إلى الخرطوم حيث التقى الرئيس السوداني عمر البشير."
    assert reported(text, DAY) == []
