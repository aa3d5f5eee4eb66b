"""The other stories' titles under a mid-page "read also" heading go with it (tasks.read_also). Invented text."""
from tasks.clean import strip_chrome

LEAD = "أدى الرئيس صلاة الجمعة في مسجد بوسط المدينة، وسط إجراءات أمنية مشددة، وحيا المصلين عقب خروجه من المسجد مباشرة."
MORE = "وطالب إمام المسجد المصلين في خطبته بالصبر والتأني، وقال إن العجلة لا تبني الأسر ولا المجتمعات، ودعا إلى الوحدة."
TITLES = ["الرئيس يستقبل رئيس وزراء الجار لبحث العلاقات الثنائية بين البلدين",
          "«صحيفة أجنبية»: الحكومة تدرس خطة جديدة للإصلاح الاقتصادي"]


def test_titles_under_a_read_also_heading_mid_page_are_dropped():
    text = "\n".join([LEAD, "اقرأ أيضًا", *TITLES, MORE])
    assert strip_chrome(text) == "\n".join([LEAD, MORE])


def test_a_short_body_sentence_right_after_the_heading_is_kept():
    """A line that ends as a sentence does is the body again, however short."""
    text = "\n".join([LEAD, "اقرأ أيضًا", "وغادر الرئيس المسجد بعد الصلاة.", MORE])
    assert strip_chrome(text) == "\n".join([LEAD, "وغادر الرئيس المسجد بعد الصلاة.", MORE])


def test_short_lines_with_no_heading_before_them_are_kept():
    text = "\n".join([LEAD, TITLES[0], MORE])
    assert strip_chrome(text) == "\n".join([LEAD, TITLES[0], MORE])


def test_the_title_under_a_heading_at_the_top_of_the_page_is_kept():
    """"اخر الاخبار" (latest news) in the menu above the page's own title: no body before it."""
    text = "\n".join(["اخر الاخبار", TITLES[0], LEAD, MORE])
    assert strip_chrome(text) == "\n".join([TITLES[0], LEAD, MORE])
