"""The visit type said away from the visit noun: after its owner's name, in quotes.
Texts are invented; the real lexicon reads them."""
import pytest

pytest.importorskip("tasks.extract.entities")

from tests.extract.test_visit_attributes import typed  # noqa: E402


def test_the_official_adjective_after_the_visit_owner_types_the_visit():
    # "خلال زيارة ماكرون الرسمية" (during Macron's official visit): the adjective follows
    # the genitive leader and still types his visit
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون أمس رئيس الوزراء الهندي ناريندرا مودي، وذلك "
            "خلال زيارة ماكرون الرسمية للعاصمة الهندية نيودلهي.")
    assert typed(text) == [("Emmanuel Macron", "official", "New Delhi")]
    # past the owner's titles too
    text = ("استقبل رئيس الوزراء الهندي ناريندرا مودي أمس في نيودلهي الرئيس الفرنسي إيمانويل ماكرون "
            "في مستهل زيارة الرئيس الفرنسي إيمانويل ماكرون الرسمية إلى الهند.")
    assert typed(text) == [("Emmanuel Macron", "official", "New Delhi")]


def test_another_adjective_after_the_visit_owner_gives_no_type():
    # "زيارة ماكرون الأولى" (Macron's first visit) says no type
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون أمس رئيس الوزراء الهندي ناريندرا مودي، وذلك "
            "خلال زيارة ماكرون الأولى للعاصمة الهندية نيودلهي.")
    assert typed(text) == [("Emmanuel Macron", None, "New Delhi")]
    # the official visit of a leader outside the pair types nothing of theirs
    text = ("التقى الرئيس الفرنسي إيمانويل ماكرون أمس رئيس الوزراء الهندي ناريندرا مودي في نيودلهي. "
            "وتأتي زيارة ماكرون بعد زيارة الرئيس الروسي فلاديمير بوتين الرسمية إلى الهند.")
    assert [r[:2] for r in typed(text)] == [("Emmanuel Macron", None)]


def test_a_visit_type_in_quotes_after_the_visit_noun_is_the_type():
    # 'زيارة "عمل وصداقة"' (a "working and friendship" visit), a wire's quoted words: a working visit
    text = ('وصل الرئيس التركي رجب طيب أردوغان أمس إلى برلين في زيارة "عمل وصداقة" التقى خلالها '
            'المستشارة أنجيلا ميركل.')
    assert typed(text) == [("Recep Tayyip Erdogan", "working", "Berlin")]
    # guillemets around an official visit
    assert typed(text.replace('"عمل وصداقة"', "«رسمية»")) == [("Recep Tayyip Erdogan", "official", "Berlin")]
    # a quoted word that is no visit's type stays untyped: "وصف الزيارة بأنها "عمل" جاد"
    text = ('التقى الرئيس التركي رجب طيب أردوغان أمس في برلين المستشارة أنجيلا ميركل، ووصف الزيارة '
            'بأنها "عمل" جاد.')
    assert typed(text) == [("Recep Tayyip Erdogan", None, "Berlin")]
