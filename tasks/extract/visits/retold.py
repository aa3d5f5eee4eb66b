"""Meetings a sentence tells as behind its news: a visit noun with "الأخيرة" (last) after it
or after its genitive leader, "مؤخرا" (lately) in its clause, a "كان ... قد" (had done) clause.
timing.visit_kind reads them to make such a meeting an earlier one (referenced)."""
from __future__ import annotations

import re

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

LATELY_CHARS = 60  # from a visit word to the "مؤخرا" (lately) of its clause


def retold(art: Article, i: int, h: Hit) -> bool:
    """An undated meeting the sentence tells as behind it: a visit noun with "الأخيرة" /
    "الناجحة" as its adjective ("الزيارة الأخيرة لقنديل", Qandil's last visit; "الزيارة
    الناجحة التي قام بها", the successful visit he made), or "مؤخرا" (lately) in the
    trigger's clause after it ("الذي زار واشنطن مؤخرا", who visited Washington lately)."""
    end = art.word_end(h.end)
    if not trigger_spec(h.group).get("tense") and any(0 <= c.start - end <= 1 for c in art.cues(i, "c:retrospective_after")):
        return True
    if _last_after_genitive(art, i, h):
        return True  # "زيارة مرسي الأخيرة إلى ألمانيا" (Morsi's last visit)
    return any(0 <= c.start - h.end <= LATELY_CHARS and not art.near("c:clause_breaks", i, h.end, c.start)
               and not art.near("triggers", i, end, c.start) for c in art.cues(i, "c:lately"))


def _last_after_genitive(art: Article, i: int, h: Hit) -> bool:
    """"الأخيرة" (last) right after the visit noun's genitive leader: "زيارة الرئيس
    محمود أحمدي نجاد الأخيرة لمصر" (ziyarat al-ra'is ... al-akhira, the president's last
    visit to Egypt) is an earlier visit, as "الزيارة الأخيرة" is."""
    if trigger_spec(h.group).get("tense") or h.suffix:
        return False
    owner = art.genitive_leader(i, h)
    return owner is not None and any(0 <= c.start - art.word_end(owner.end) <= 1
                                     for c in art.cues(i, "c:retrospective_after"))


def pluperfect_at(art: Article, i: int, h: Hit) -> bool:
    """The trigger is in a "كان ... قد <verb>" clause (kana ... qad, had done) that is
    split by its subject: "وكان الأسد قد زار موسكو والتقى بوتين" (al-Assad had visited
    Moscow and met Putin); the contiguous "كان قد" is a past_reference cue."""
    s, _ = art.sentences[i]
    # up to eight words back, within the clause: "وكان أوباما قد أعلن في وقت سابق خلال لقائه" (Obama
    # had announced earlier during his meeting)
    clause = re.split("[\u060c,]", art.folded_slice(max(s, art.word_start(h.start) - 60), art.word_start(h.start)))[-1]
    if not trigger_spec(h.group).get("tense") and _kana_qad(clause.split()[-8:]):
        return True  # "وكان ترامب قد قال خلال اجتماعه مع بوتين" (Trump had said during his meeting)
    for t in art.by_sent.get(i, ()):
        if t.start > h.start:
            break
        if not (t.group.startswith("t:") and trigger_spec(t.group).get("tense")):
            continue
        words = [w.strip("،,") for w in art.folded_slice(max(s, art.word_start(t.start) - 60),
                                                          art.word_start(t.start)).split()]
        if words and words[-1] == "قد" and any(w in grammar_words("kana_forms") for w in words[-6:-1]):
            return True
    return False


def _kana_qad(words: list[str]) -> bool:
    """"كان ... قد" split by a subject among the words: "وكان ترامب قد قال خلال"."""
    words = [w.strip("،,") for w in words]
    return any(w == "قد" and any(k in grammar_words("kana_forms") for k in words[max(0, j - 4):j])
               for j, w in enumerate(words))
