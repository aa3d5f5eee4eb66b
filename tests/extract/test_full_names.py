"""A leader's full official name, longer than the usual one: the Tunisian presidency writes
"محمد الباجي قائد السبسي" (Mohamed Beji Caid Essebsi), his first name before the usual two
(people.yaml variants). Texts invented."""
import datetime as dt

from tasks.extract.entities import find_mentions
from ziyarat.arabic import fold_with_map

DAY = dt.date(2015, 6, 8)


def people(text, published=DAY):
    return [m.entity_id for m in find_mentions(text, fold_with_map(text), published) if m.entity_type == "person"]


def test_the_full_name_with_mohamed_is_the_tunisian_president():
    for name in ("محمد الباجي قائد السبسي", "محمد الباجي قايد السبسي"):
        assert people(f"قال رئيس الجمهورية {name} اليوم إن تونس تدعم ليبيا.") == ["beji_caid_essebsi"]


def test_his_son_hafedh_is_not_the_president():
    assert "beji_caid_essebsi" not in people("قال حافظ قائد السبسي القيادي في حزب نداء تونس اليوم إن الحزب موحد.")
