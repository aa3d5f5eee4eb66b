"""A visit noun inside a pluperfect clause with no قد: "وكانت ميركل تحدثت بحذر خلال زيارة لها
لتركيا في 25 فبراير" (Merkel had spoken cautiously during a visit of hers to Turkey on 25 February):
"كان" + its subject + a perfect verb is the news report's background, so the visit the clause
names is an earlier one. timing.visit_kind reads it for a dated mention (a day not just before
publication); an undated one may be the day's own meeting told as the background of what followed it: so is
one right after a lead that names both leaders' countries (lead_background)."""
from __future__ import annotations

import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article, lead_sentence
from tasks.extract.visits.retold import SUBJECT_WORDS, kana_subject, named_subject_folded
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold
from ziyarat.matching import Hit

VERB_WORDS = 4  # from the perfect verb to the visit noun: "تحدثت بحذر خلال زيارة" (spoke cautiously during a visit)


def kana_perfect_before(art: Article, i: int, h: Hit) -> bool:
    """Visit or meeting noun h (no verb of its own) stands a few words after "كان" + subject +
    perfect verb in its clause: "وكان الرئيس قال خلال لقائه" (the president had said during
    his meeting), "وكانت ميركل تحدثت ... خلال زيارة لها"."""
    if trigger_spec(h.group).get("tense"):
        return False
    s = art.sentences[i][0]
    lo = max(s, art.word_start(h.start) - 60)
    before = [(m.start() + lo, m.group()) for m in re.finditer(r"[^\s\u060c,]+|[\u060c,]", art.text[lo:art.word_start(h.start)])]
    for k in range(len(before) - 1, max(-1, len(before) - 1 - VERB_WORDS), -1):
        pos, word = before[k]
        if word in ("\u060c", ",") and not _closes_a_name(art, i, pos):
            return False  # past a comma: another clause (not one that closes the subject's name)
        if verb_tense(fold(word)) == "past":
            return kana_subject(named_subject_folded(art, i, s, _past_apposition_comma(art, i, pos))[-SUBJECT_WORDS - 1:])
    return False


def kana_comma_perfect(art: Article, i: int, h: Hit) -> bool:
    """A past visit or meeting verb h right after "كان" + its subject + the comma that closes the
    subject's name, no قد: "وكان رئيس وزراء العراق، زار مصر خلال القمة" (Iraq's prime minister had
    visited Egypt during the summit) is pluperfect, as retold.pluperfect_at reads it with no comma;
    so is a verb the clause goes on with ("... والتقى الرئيس", and met the president)."""
    s = art.sentences[i][0]
    for t in art.by_sent.get(i, ()):
        if t.start > h.start:
            break
        if t.group.startswith("t:") and trigger_spec(t.group).get("tense") == "past":
            lead = art.word_start(t.start)
            end = _past_apposition_comma(art, i, lead)
            if end != lead and kana_subject(named_subject_folded(art, i, s, end)[-SUBJECT_WORDS - 1:]):
                return True
    return False


def _closes_a_name(art: Article, i: int, pos: int) -> bool:
    """The comma at pos right follows a person's name: "وكانت المستشارة الألمانية أنجيلا ميركل،
    تحدثت" (the subject's apposition closed by a comma)."""
    return any(0 <= pos - m.end <= 1 for m in art.persons.get(i, []))


def _past_apposition_comma(art: Article, i: int, pos: int) -> int:
    """Where the subject before the verb at pos ends: before the comma that closes its name."""
    before = art.text[:pos].rstrip()
    if before.endswith(("\u060c", ",")) and _closes_a_name(art, i, len(before) - 1):
        return len(before) - 1
    return pos


def lead_background(art: Article, i: int) -> bool:
    """Sentence i, the one right after the lead, names leaders of two or more countries, all of them
    named in the lead (by a person or a place): its undated pluperfect meeting is the background of the
    lead's news, the visit that news is about, not an earlier one. "غادر مطار القاهرة منذ لحظات رئيس
    جيبوتي" (Djibouti's president left Cairo airport moments ago), then "وكان الرئيس محمد مرسي قد استقبل رئيس
    جيبوتي لدى وصوله" (President Morsi had received him on his arrival); "أبلغت السعودية الكويت بشروط"
    (Saudi Arabia told Kuwait its conditions), then "وكان الملك سلمان عقد لقاء في جدة مع أمير الكويت" (King
    Salman had held a meeting in Jeddah with the emir of Kuwait). timing.visit_kind reads it for an undated
    mention only, in a sentence with no day word: a dated one keeps its day. Not after a lead that tells a plan:
    in "أعلنت الرئاسة أن مرسي سيزور الخرطوم الشهر المقبل" (Morsi will visit Khartoum next month) then "وكان
    البشير قد زار القاهرة" (Bashir had visited Cairo), the visit returned is an earlier one."""
    lead = lead_sentence(art)
    if lead is None or i != lead + 1 or _lead_ahead(art, lead) or art.dates.get(i):
        return False  # a day word of its own, valued or not ("الأربعاء" in an undated article), dates the meeting
    countries = {m.country for m in art.leaders.get(i, [])} - {None}
    named = {m.country for m in art.persons.get(lead, [])} | {p.country for p in art.places.get(lead, [])}
    return len(countries) >= 2 and countries <= named


def _lead_ahead(art: Article, lead: int) -> bool:
    """The lead tells something ahead: a visit or meeting word of the future ("سيزور", will visit) or a day
    after publication."""
    pub = art.published
    return any(t.group.startswith("t:") and trigger_spec(t.group).get("tense") == "future" for t in art.by_sent.get(lead, ())) \
        or any(d.date is not None and pub is not None and d.date > pub for d in art.dates.get(lead, []))
