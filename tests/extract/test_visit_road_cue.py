""""على طريق" (on the road to) is a plan cue for what follows it (triggers.yaml eve_cues): after a
meeting word it plans the road's goal, not the meeting; before one it still plans it. Texts
invented, the whole lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

DAY = dt.date(2019, 4, 6)


def kinds(text):
    return [(r["kind"], r["planned"], r["visitor"], r["host"]) for r in mention_rows(text, DAY)]


def test_a_reception_followed_by_the_road_of_reforms_is_held():
    # "Macron is visiting Morocco after Algeria. Macron's talks with King Mohammed VI dealt with migration.
    # Macron, who had a great reception at the royal palace, urged the king to go on along the road of reforms"
    text = ("ويزور ماكرون المغرب بعد جولته في الجزائر. وتناولت محادثات ماكرون مع الملك محمد السادس ملف الهجرة. "
            "وحظي ماكرون باستقبال كبير في القصر الملكي وحث الملك محمد السادس على المضي على طريق الإصلاحات الاقتصادية.")
    assert kinds(text) == [("reported", False, "Emmanuel Macron", "Mohammed VI of Morocco")]


def test_a_meeting_called_a_step_on_the_road_to_a_summit_stays_planned():
    text = "وقال ماكرون إن لقاءه مع الملك محمد السادس خطوة على طريق قمة ثلاثية."
    assert kinds(text) == [("referenced", True, "Emmanuel Macron", "Mohammed VI of Morocco")]
