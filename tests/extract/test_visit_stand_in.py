"""A head of government who travels "on behalf of" (نيابة عن) or "at the assignment of" (بتكليف من) his
president still travels (visits/stand_in.py): his own rows stand, none of the principal's, who is not there.
Or "sent by" (موفدا من) him. An envoy, a minister or a crown prince standing in gives no row. A "led by" (بقيادة)
a leader or a state sends nobody; led by an official it still vetoes the sentence. Invented sentences."""
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


def test_a_government_led_by_the_host_leaves_the_visit_standing():
    text = ("بدأ الرئيس الأمريكي باراك أوباما اليوم زيارته إلى إسرائيل بعد أيام من تشكيل الحكومة الجديدة "
            "بقيادة بنيامين نتنياهو.")
    assert reported(text, dt.date(2013, 3, 20)) == [("Barack Obama", "Benjamin Netanyahu", None)]


def test_a_coalition_led_by_a_state_leaves_the_meeting_standing():
    text = ("التقى الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض الملك سلمان بن عبد العزيز وبحثا دعم "
            "التحالف بقيادة السعودية.")
    assert reported(text, dt.date(2018, 3, 20)) == [("Abdrabbuh Mansur Hadi", "Salman bin Abdulaziz", "Riyadh")]


def test_a_coalition_under_the_command_of_a_state_leaves_the_meeting_standing():
    text = ("التقى الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض الملك سلمان بن عبد العزيز وبحثا عمليات "
            "التحالف الدولي تحت قيادة الولايات المتحدة.")
    assert reported(text, dt.date(2018, 3, 20)) == [("Abdrabbuh Mansur Hadi", "Salman bin Abdulaziz", "Riyadh")]


def test_a_delegation_led_by_a_minister_still_gives_no_row():
    text = ("بدأ الرئيس الأمريكي باراك أوباما اليوم زيارته إلى إسرائيل بعد يومين من وصول وفد بقيادة وزير "
            "الخارجية.")
    assert reported(text, dt.date(2013, 3, 20)) == []


def test_a_force_led_by_a_prince_still_gives_no_row():
    text = ("التقى الرئيس اليمني عبد ربه منصور هادي اليوم في الرياض الملك سلمان بن عبد العزيز وبحثا دعم "
            "التحالف تحت قيادة الأمير خالد.")
    assert reported(text, dt.date(2018, 3, 20)) == []
