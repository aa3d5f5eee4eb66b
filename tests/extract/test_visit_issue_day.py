"""The day of a newspaper piece is not the day of a visit the piece discusses: "في مقال أوردته صحيفة
... الأربعاء 13 مارس" (in an article a paper ran on Wednesday 13 March) dates the article
(visits.clauses.issue_day, grammar.yaml published_piece_leads). Invented sentences, the real lexicon."""
import datetime as dt

from tests.extract.test_visits_detect import mention_rows

PUB = dt.date(2013, 3, 13)  # a Wednesday


def kinds(text):
    return [(r["kind"], r["visitor"], r["host"], r["date"]) for r in mention_rows(text, PUB)]


def test_the_day_a_paper_ran_a_piece_does_not_make_the_visit_it_imagines_held_today():
    # "the analyst listed, in an article the Guardian ran on Wednesday 13 March, reasons for
    # Obama to be the first president who visits Israel as a tourist": no visit is told held
    text = ("وعدد المحلل في مقال له أوردته صحيفة \"الغارديان\" البريطانية، الأربعاء 13 مارس، أسبابا "
            "لأن يكون أوباما أول رئيس أمريكي يزور إسرائيل كسائح.")
    assert [k for k in kinds(text) if k[0] == "reported"] == []


def test_a_meeting_verb_with_its_own_day_after_a_papers_name_keeps_it():
    # "the New York Times said on Wednesday that Obama met Netanyahu": no published-piece
    # lead ("ذكرت صحيفة"), the day stays the meeting's reading (unchanged)
    text = "وقالت صحيفة نيويورك تايمز الأمريكية الأربعاء إن الرئيس الأمريكي باراك أوباما التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    got = kinds(text)
    assert [(k[0], {k[1], k[2]}, k[3]) for k in got] == [("reported", {"Barack Obama", "Benjamin Netanyahu"}, PUB)]


def test_the_day_of_a_papers_own_report_is_not_the_day_of_the_visit_it_tells():
    # "the German paper said, in a report of its own yesterday, that the Egyptian president is making a visit to
    # Berlin despite the violence": yesterday is the report's (published_piece_leads "في تقرير لها"), so is
    # today of "في افتتاحيتها اليوم" (in its editorial today); the visit is told, undated
    for lead in ("في تقرير لها أمس،", "في افتتاحيتها اليوم،"):
        text = (f"وقالت صحيفة «دي فيلت» الألمانية، {lead} إن الرئيس المصري محمد مرسي يقوم بزيارة إلى برلين "
                "رغم العنف في بلاده.")
        assert [k for k in kinds(text) if k[0] == "reported"] == [
            ("reported", "Mohamed Morsi", "Angela Merkel", None)]


def test_a_visit_with_its_own_day_inside_a_papers_report_keeps_it():
    # negative: "said in a report of its own today that the Egyptian president arrived in Berlin yesterday":
    # the report's day goes, the arrival's own yesterday stays
    text = "وقالت صحيفة «دي فيلت» الألمانية، في تقرير لها اليوم، إن الرئيس المصري محمد مرسي وصل أمس إلى برلين."
    assert [k for k in kinds(text) if k[0] == "reported"] == [
        ("reported", "Mohamed Morsi", "Angela Merkel", dt.date(2013, 3, 12))]


def test_the_day_of_a_tv_programmes_episode_is_not_the_day_of_the_meeting_it_discusses():
    # "the host attacked, in his programme's episode this evening, the president over his words at the
    # press conference he held with the chancellor in Berlin": the evening is the show's, the meeting undated
    text = ("انتقد المذيع حسن علي في حلقة برنامجه \"الليلة\" مساء اليوم الرئيس المصري محمد مرسي بسبب كلامه "
            "في المؤتمر الصحفي الذي عقده مع المستشارة الألمانية أنجيلا ميركل في برلين.")
    got = [k for k in kinds(text) if k[0] == "reported"]
    assert [({k[1], k[2]}, k[3]) for k in got] == [({"Mohamed Morsi", "Angela Merkel"}, None)]


def test_a_visit_programme_named_before_the_talks_day_keeps_it():
    # negative: "held, within the programme of his visit, this evening talks with the chancellor": the
    # visit's own programme is no broadcast, the evening stays the talks'
    text = ("أجرى الرئيس المصري محمد مرسي، في إطار برنامج زيارته، مساء اليوم مباحثات مع المستشارة "
            "الألمانية أنجيلا ميركل في برلين.")
    got = [k for k in kinds(text) if k[0] == "reported"]
    assert [({k[1], k[2]}, k[3]) for k in got] == [({"Mohamed Morsi", "Angela Merkel"}, PUB)]
