"""A meeting told ahead inside a trip already under way at publication: "احتجاجات على زيارة يجريها الرئيس
التركي إلى المملكة المتحدة ... وسيلتقي أردوغان خلال الزيارة بالملكة ورئيسة الوزراء" (protests at a visit the
Turkish president is making to the UK ... during the visit Erdogan will meet the Queen and the prime minister).
The visit is the news (GUIDE: reported = having happened or being under way at publication), and so is what it
holds, though told with sa- (will): the meeting set in the visit by a during-phrase ("خلال الزيارة", "خلال
زيارته", "خلالها") is reported, undated. It stays planned when its sentence dates it after publication, carries a
plan cue other than its own sa- future ("من المقرر", "غدا", "المقبلة"), or when the article's trip of that
traveller to that country is not told under way by its own words (making.py: "زيارة يقوم بها"); an arrival of the
day alone leaves its programme planned."""
from __future__ import annotations

from tasks.extract.tense import sa_future
from tasks.extract.visits.article import Article, Candidate
from tasks.extract.visits.leaders import pid
from tasks.extract.visits.timing import under_way
from tasks.extract.visits.triggers import definite, trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

TRIP_ROLES = ("visit", "arrive")


def inside_trip_under_way(art: Article, cands: list[Candidate]) -> None:
    """Each planned, undated candidate set in a visit by a during-phrase, whose traveller's trip to the same
    country the article reports under way, becomes reported (in place)."""
    trips = [t for t in cands if t.kind == "reported" and not t.future and _role(t.hit) in TRIP_ROLES
             and t.host is not None and t.host.country and _begun(art, t)]
    if not trips:
        return
    for c in cands:
        if c.kind != "referenced" or not c.planned or c.date is not None or c.host is None or c.visitor is None:
            continue
        if not _set_in_visit(art, c) or _told_ahead(art, c.sentence):
            continue
        if any(t.sentence <= c.sentence and pid(t.visitor) == pid(c.visitor) and t.host.country == c.host.country
               for t in trips):
            c.kind, c.planned, c.future = "reported", False, False


def _role(h: Hit) -> str | None:
    return trigger_spec(h.group).get("role") if h.group.startswith("t:") else None


def _begun(art: Article, t: Candidate) -> bool:
    """The trip t is told under way at publication by its own words (timing.under_way: "زيارة يجريها", a visit he
    is making; "زيارته الحالية", his current visit). Not an arrival of the day alone: "وصل مرسي مساء الإثنين إلى
    نيودلهي ... وسيحضر مأدبة عشاء يقيمها الرئيس الهندي" (arrived on Monday evening; will attend a dinner the Indian
    president gives) tells the programme of a trip just begun, planned (dev gold)."""
    return under_way(art, t.hit)


def _set_in_visit(art: Article, c: Candidate) -> bool:
    """c's sentence sets a meeting in a visit already named: a definite visit noun right after a during-word
    ("خلال الزيارة", "خلال زيارته", during the visit, his visit), or a during-pronoun ("خلالها", during it); c is that
    noun or a meeting word of the sentence."""
    frames = [v for v in art.by_sent.get(c.sentence, ()) if _role(v) == "visit" and (definite(v) or v.suffix)
              and _after_during_word(art, v)]
    lo, hi = art.sentences[c.sentence]
    pronoun = any(w.strip("،,.") in grammar_words("during_pronouns") for w in art.folded_slice(lo, hi).split())
    if not frames and not pronoun:
        return False
    return any(c.hit is v for v in frames) or _role(c.hit) in ("meet", "receive")


def _after_during_word(art: Article, v: Hit) -> bool:
    """A during-word (grammar.yaml during_words: "خلال", "أثناء") right before v."""
    before = [w.strip("،,") for w in art.words_before(art.word_start(v.start), 1)]
    return bool(before) and before[0].removeprefix("و") in grammar_words("during_words")


def _told_ahead(art: Article, i: int) -> bool:
    """Sentence i tells its meeting ahead by more than a sa- future: a day after publication (or an undated day),
    a plan cue that is no sa- verb ("من المقرر", scheduled; "غدا", tomorrow), or a future adjective ("المقبلة")."""
    if art.published is None:
        return True
    if any(d.date is None or d.date > art.published for d in art.dates.get(i, [])):
        return True
    return any(not sa_future(c.term) for c in art.cues(i, "c:future_plan")) or bool(art.cues(i, "c:future_after"))
