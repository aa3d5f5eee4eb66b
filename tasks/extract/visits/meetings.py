"""Meeting roles: the two sides of a meeting word ("التقى", met; "محادثات", talks), from the leaders in its reach.

The two nearest leaders of different countries, in text order; the one "مع" (with) names after the word is
the other side, though a leader before the verb is nearer; a subject left unnamed ("وتابع خلال مؤتمر صحفي مع
X") or named after a fronted phrase's comma ("وخلال لقائه بوتين، أكد أردوغان") is looked for before or after.
Nothing says who travelled: the city settles it later. Read by roles.ROLE_RULES and candidates.
"""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.partner_slot import slot_sides
from tasks.extract.visits.owners import (DUAL_AFTER_CHARS, WITH_TITLE_WORDS, carried_subject, departs, dual_verb,
                                         included_meeting, lone_object, prior_subject, pronoun_owner, remarks_owner,
                                         unnamed_owner)
from tasks.extract.visits.reach import NO_ROLES, Reach, trigger_between
from tasks.extract.visits.sayings import said_sides
from tasks.extract.visits.sides import between_sides, framed_sides, fronted_sides
from tasks.extract.visits.speaker import held_with_speaker
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit


# The one of two leaders who leaves ("قبيل مغادرة قنديل العراق") came: stated, not guessed.
DEPARTED = 1.5


WITH_REACH = 60  # characters between a meeting word and the "مع" (with) that names its other side


IMPLICIT_LEAD_WORDS = 2  # words before the meeting word in a sentence whose subject is unnamed ("وتابع خلال")


def with_object(art: Article, h: Hit, m: Any, lone: bool = False) -> bool:
    """m is the one "مع" (with) names after the meeting word h: "التقى قنديل مع رئيس وزراء
    ليبيا علي زيدان" (Qandil met with Libya's prime minister Ali Zeidan); `lone`: m is the
    first leader after h, so a visit word between ("عقب وصوله", after his arrival) names nobody."""
    if m.start < h.end or (not lone and trigger_between(art, art.sent_of(h.start), h, m)):
        return False  # past another meeting word, "مع" is that one's: "مع A، كما أجرى مباحثات مع B"
    words = art.folded_slice(h.start, m.start).split()
    at = max((k for k, w in enumerate(words) if w in ("مع", "ومع")), default=None)
    if at is None or len(words) - at - 1 > WITH_TITLE_WORDS or len(" ".join(words[1:at])) > WITH_REACH:
        return False
    title = " ".join(words[at + 1:])
    # a comma may close his title: "مع الرئيس الكوري الجنوبي، مون", "مع رئيس الوزراء الإسرائيلي، نتنياهو"
    if title.endswith(("،", ",")) and all(w.startswith("ال") or w in grammar_words("masculine_titles") for w in words[at + 1:]):
        title = title[:-1]
    # X is not the one "مع" names: "اجتماعه مع سونغ، ... والرئيس شي"
    return not any(ch in title for ch in "،,:؛.")


def implicit_subject(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The unnamed subject of a meeting "مع X" (with X) in a sentence that opens with its
    verb and a preposition: "وتابع خلال مؤتمر صحفي مع رئيس الوزراء X" (he went on, at a
    press conference with prime minister X). A longer opening may hold a name the lexicon does not know ("عن لقاء كيم
    في قمة مع ..."): only "his talks" (unnamed_owner, included_meeting) pass it, or talks held with X told on by a
    speaker (speaker.held_with_speaker, his). The subject is the person named last before it, in this sentence or the
    two before; only a leader of another country than X will do (a minister named last is the subject, no leader met X)."""
    if not with_object(art, h, partner):
        return None
    if len(art.folded_slice(art.sentences[i][0], h.start).split()) > IMPLICIT_LEAD_WORDS and not (unnamed_owner(art, i, h) or included_meeting(art, i, h)):
        return held_with_speaker(art, i, h, partner)  # "وتابع خلال", "وقال في", "وأعلن يونكر خلال": no more first
    last = prior_subject(art, i)
    if last is None or not is_leader(last) or last.country == partner.country or pid(last) == pid(partner):
        return None
    return last


FRONTED_LEAD_WORDS = 4  # words before the meeting word of a fronted phrase: "وخلال", "وفي زيارة لروسيا"
FRONTED_SUBJECT_CHARS = 40  # from the phrase's comma to the subject: a verb and a title


def fronted_subject(art: Article, i: int, h: Hit, partner: Any) -> Any | None:
    """The owner of a meeting phrase that opens the sentence is the subject the main verb
    names after its comma: "وخلال لقائه بوتين في موسكو، أكد أردوغان" (during his meeting
    with Putin in Moscow, Erdogan stressed), "وفي زيارة لفنزويلا للقاء نظيره مادورو، قال
    الرئيس الفلسطيني عباس" (on a visit to Venezuela to meet his counterpart Maduro, the
    Palestinian president Abbas said). Only a leader of another country than the partner."""
    lead = art.folded_slice(art.sentences[i][0], h.start).split()
    if not lead or len(lead) > FRONTED_LEAD_WORDS or lead[0].lstrip("و") not in \
            grammar_words("during_words") | {"في"} or partner.start < h.end or any(w[-1:] in "،,:" for w in lead):
        return None
    comma = next((k for k in range(partner.end, art.sentences[i][1]) if art.text[k] in "،,"), None)
    if comma is None:
        return None
    # the first person after the comma is the subject: "، أكد لافروف أن ... مع أردوغان" is Lavrov's
    after = sorted((m for m in art.persons.get(i, []) if 0 <= m.start - comma <= FRONTED_SUBJECT_CHARS),
                   key=lambda m: m.start)
    if not after or after[0] not in art.leaders.get(i, []) or after[0].country == partner.country \
            or pid(after[0]) == pid(partner):
        return None
    return after[0]


def meet_roles(art: Article, i: int, h: Hit, r: Reach) -> tuple[Any, Any, float]:
    """"التقى" / "محادثات" (met, talks): the two nearest leaders of different
    countries, in text order (nothing says who travelled; the city settles it later).
    The second is looked for in the trigger's clause first: in "عقد مون وكيم اجتماعا
    السبت بعد أن ألغى ترامب القمة" (after Trump cancelled) Trump is another clause's."""
    by_dist = sorted(said_sides(art, i, h, r.leaders), key=lambda m: min(abs(m.start - h.end), abs(h.start - m.end)))
    if not by_dist:
        return None, None, 0.0
    owner = (pronoun_owner(art, i, h) or remarks_owner(art, i, h)) if not trigger_spec(h.group).get("tense") else None
    if owner is not None and (not is_leader(owner) or art.possessed(owner, trigger_words("person_heads"))):
        return None, None, 0.0  # "لقائه" of someone who leads nothing: "التقى دوق كامبريدج ...", "المستشار السياسي للرئيس"
    if owner is not None and all(pid(m) != pid(owner) for m in by_dist) and (art.possessed(owner, trigger_words("own_act_heads")) or art.sent_of(owner.start) < i):
        by_dist = [owner] + by_dist  # "تصريحات ميركل بعد محادثاتها مع", "وأشارت ... عقب اجتماعها ب" (speaker.speaker_before): a side
    if owner is not None and owner.start >= h.end:
        # "وفي بيان عقب اجتماعه مع الرئيس الإسرائيلي، قال نتنياهو" (fronted.fronted_owner): the subject after the
        # phrase's comma is a side, though the partner "مع" names is nearer
        by_dist = [owner] + [m for m in by_dist if pid(m) != pid(owner)]
    if (sides := between_sides(art, i, h) or framed_sides(art, i, h) or fronted_sides(art, i, h)) is not None:
        return sides[0], sides[1], 0.0
    if (antecedent := _relative_object(art, h, r)) is not None:
        # "أكد كيري لعباس الذي التقاه ثم لنتنياهو" (Kerry told Abbas, whom he met): Kerry (VSO, named first) met Abbas
        subject = next((m for m in art.persons.get(i, []) if m.end <= antecedent.start), None)
        ok = subject is not None and is_leader(subject) and subject.country != antecedent.country
        return (subject, antecedent, 0.0) if ok else NO_ROLES
    partner = lone_object(art, i, h) if len(r.before) > 1 else None
    if partner is None and len(r.before) > 1 and r.after and with_object(art, h, r.after[0], lone=True):
        partner = r.after[0]  # "وقد التقى عقب وصوله ... مع رئيس وزراء ليبيا": "مع" names it, no subject between
    if partner is not None and (carried := carried_subject(art, i, h)) is not None \
            and carried.country != partner.country:
        return carried, partner, 0.0  # "... وتوجه إلى دمشق حيث التقى الأسد": the sentence's subject met him
    # a meeting noun's genitive is a side, past a title, though a leader before it is nearer:
    # "تعليقا على لقاء الرئيس الروسي بوتين مع أردوغان" (commenting on Putin's meeting with Erdogan)
    gen = art.genitive_leader(i, h) if not trigger_spec(h.group).get("tense") else None
    first = gen if gen is not None and any(m is gen for m in by_dist) else by_dist[0]
    rest = [m for m in by_dist if pid(m) != pid(first) and m.country != first.country]
    each_at = each_of_start(art, i, h)
    if each_at is not None and first.start >= each_at:
        rest = [m for m in rest if m.start < each_at]  # two of the listed never met each other
    if dual_verb(h):
        # "طار إليه إلى مشهد حيث التقيا، وحينها قيل إن ... الرئيس السوري بشار الأسد" (they two
        # met; then it was said ... Assad): the dual's sides were told before it, or right after
        rest = [m for m in rest if m.start < h.start or m.start - h.end <= DUAL_AFTER_CHARS]
    # a leader named in the object of the talks after the one "مع" names is no side: "سيبحث مع بوتين مسألة ... ورحيل
    # الأسد" (will discuss with Putin the question of ... and Assad's departure) leaves the subject before the verb
    rest = [m for m in rest if not talked_about(art, h, m, by_dist)]
    same_clause = [m for m in rest if not _clause_break(art, i, h, m)]
    # the one "مع" names is the other side, though a leader before the verb is nearer: in
    # "... رئيس وزراء تشاد، وقد التقى قنديل مع رئيس وزراء ليبيا علي زيدان" Qandil met Zeidan
    same_clause.sort(key=lambda m: not with_object(art, h, m))
    second = (same_clause or rest or [None])[0]
    if second is not None and second.start < first.start:
        first, second = second, first
    if gen is None:  # "يجري سلسلة من اللقاءات مع ... ورئيس الحكومة الشاهد": the "مع" list's leader, not the one before
        first, second = slot_sides(art, i, h, by_dist, first, second)
    leaving = [m for m in (first, second) if m is not None and departs(art, i, m)]
    if second is not None and len(leaving) == 1:
        # "بين المالكي وقنديل، قبيل مغادرة قنديل العراق" (before Qandil left Iraq): he came
        return leaving[0], (second if leaving[0] is first else first), DEPARTED
    return first, second, 0.0


def talked_about(art: Article, h: Hit, m: Any, sides: list) -> bool:
    """m is named in the object of the talks word h: after the side that "مع" (with) names after h, or that h takes
    with bi- ("اجتمع ببوتين", met with Putin), past a word that opens what was discussed (grammar talk_object_words:
    "حول", about; "مسألة", the question of; "مصير", the fate of): in "بحث هولاند مع بوتين الملف السوري ومستقبل
    الرئيس الأسد" (discussed with Putin the Syrian file and President Assad's future) Assad is the topic. Not a
    leader named before the partner ("بحث حول سوريا مع بوتين"), nor one listed right after him ("مع بوتين والأسد",
    with Putin and Assad), nor one a later "مع" names ("... حول سوريا ومع الأسد")."""
    words = grammar_words("talk_object_words")
    for p in sides:
        if p is m or not p.end <= m.start or not (with_object(art, h, p) or _bi_object(art, h, p)):
            continue
        topic = False
        for w in art.folded_slice(p.end, art.word_start(m.start)).split():
            w = w.strip("،,.:؛")
            topic = (topic or bool(_bare(w) & words)) and w not in ("مع", "ومع")
        if topic:
            return True
    return False


def _bi_object(art: Article, h: Hit, p: Any) -> bool:
    """p is the meeting verb's object glued to bi- right after it: "اجتمع ببوتين" (met with Putin)."""
    start = art.word_start(p.start)
    return not art.folded_slice(art.word_end(h.end), start).split() and art.folded_slice(start, p.start) == "ب"


def _bare(word: str) -> set[str]:
    """The word and its forms past the clitics wa-, bi-/li- and al-: "وبقاء" -> {"وبقاء", "بقاء", "قاء"},
    "للملف" -> {..., "ملف"}; "بقاء" (survival) keeps its own bi-."""
    out = {word}
    w = word[1:] if word[:1] == "و" and len(word) > 3 else word
    out.add(w)
    w = "ال" + w[2:] if w[:2] == "لل" else (w[1:] if w[:1] in "بل" and len(w) > 3 else w)
    out.add(w)
    out.add(w[2:] if w[:2] == "ال" and len(w) > 4 else w)
    return out


def _relative_object(art: Article, h: Hit, r: Reach) -> Any:
    """The leader a relative clause's meeting verb has for object: "عباس الذي التقاه"
    (Abbas, whom he met), the verb's pronoun ("ـه") pointing back past "الذي" (who)."""
    words = art.words_before(art.word_start(h.start), 1)
    if words and words[0] in grammar_words("relative_pronouns") and r.before and trigger_spec(h.group).get("tense") \
            and fold_term(h.term + h.suffix).endswith(("\u0647", "\u0647\u0627")):
        return r.before[-1] if not art.folded_slice(r.before[-1].end, h.start).split()[:-1] else None
    return None


EACH_OF_CHARS = 50  # from a meeting word to its "مع كل من" (with each of), or "في مقدمتهم" past "مع عدد من القادة"


def each_of_start(art: Article, i: int, h: Hit) -> int | None:
    """Where the list starts when "مع كل من" (with each of) follows the meeting word: "أجرى
    الوزير مباحثات مع كل من رئيس نيجيريا ... ورئيس كوت ديفوار" (talks with each of the
    president of Nigeria ... and the president of Ivory Coast) names the subject's counterparts,
    one by one; None without it."""
    lo = art.word_end(h.end)
    return next((c.end for c in art.cues(i, "c:each_of") if 0 <= c.start - lo and c.end - lo <= EACH_OF_CHARS), None)


def _clause_break(art: Article, i: int, h: Hit, m: Any) -> bool:
    """A subordinating word ("بعد أن" after, "في حين" whereas, ...) stands between the
    trigger and the mention m."""
    lo, hi = (h.end, m.start) if m.start >= h.end else (m.end, h.start)
    return any(lo <= c.start and c.end <= hi for c in art.cues(i, "c:clause_breaks"))
