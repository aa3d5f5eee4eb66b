"""Meetings a sentence tells as behind its news: a visit noun with "الأخيرة" (last) after it
or after its genitive leader, "مؤخرا" (lately) in its clause, a "كان ... قد" (had done) clause, a visit noun that is the
topic of a judging verb or of a sentence's "as for" ("وعن زيارة ...").
timing.visit_kind reads them to make such a meeting an earlier one (referenced)."""
from __future__ import annotations

import re

from tasks.extract.tense import verb_tense
from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import fold_term
from ziyarat.lexicon import grammar_words, trigger_words
from ziyarat.matching import Hit

LATELY_CHARS = 60  # from a visit word to the "مؤخرا" (lately) of its clause
JUDGE_WORDS = 4  # a judging verb and its subject ("ووصف الرئيس الأسد زيارته") before the visit noun


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
    if _talked_about(art, i, h) or _first_to_visit(art, i, h):
        return True
    return any(0 <= c.start - h.end <= LATELY_CHARS and not art.near("c:clause_breaks", i, h.end, c.start)
               and not art.near("triggers", i, end, c.start) for c in art.cues(i, "c:lately"))


def _last_after_genitive(art: Article, i: int, h: Hit) -> bool:
    """"الأخيرة" (last) right after the visit noun's genitive leader: "زيارة الرئيس
    محمود أحمدي نجاد الأخيرة لمصر" (ziyarat al-ra'is ... al-akhira, the president's last
    visit to Egypt) is an earlier visit, as "الزيارة الأخيرة" is."""
    if trigger_spec(h.group).get("tense") or h.suffix:
        return False
    owner = art.genitive_leader(i, h)
    # "زيارة الرئيس الإيراني، نجاد، الأخيرة" (an appositive name between commas) as well
    return owner is not None and any(0 <= c.start - art.word_end(owner.end) <= 2
                                     and not art.text[art.word_end(owner.end):c.start].strip(" \u060c,")
                                     for c in art.cues(i, "c:retrospective_after"))


def _talked_about(art: Article, i: int, h: Hit) -> bool:
    """A visit noun that is what the sentence talks about, not what it tells: the object of a
    judging verb in its clause ("ووصف الأسد زيارته إلى القاهرة بالتاريخية", wa-wasafa, described
    his visit to Cairo as historic), the object of "commenting on" ("تعليقا على زيارة") or the
    topic the sentence opens with ("وعن زيارة الأسد إلى مصر قال ...", wa-'an, as for al-Assad's
    visit to Egypt, he said). The visit is an earlier one;
    an article telling it as news says so in a sentence of its own (the merge keeps that one).
    Visit nouns only: a judged meeting noun ("وصف أردوغان قمة سوتشي بالناجحة", described the
    Sochi summit as successful) is left to the merge, which keeps it when the lead names it."""
    if h.group != "t:visit" or trigger_spec(h.group).get("tense"):
        return False
    s, _ = art.sentences[i]
    lead = art.word_start(h.start)
    clause = re.split("[\u060c,:]", art.folded_slice(max(s, lead - 60), lead))[-1].split()[-JUDGE_WORDS:]
    judged = [k for k, w in enumerate(clause) if w in grammar_words("evaluation_verbs")]
    if judged and not set(clause[judged[-1]:]) & trigger_words("complementizers"):
        return True  # not "واعتبر المراقبون أن زيارة الأسد اليوم ..." (that the visit today ...)
    if " ".join(art.words_before(lead, 2)) in grammar_words("comment_leads"):
        return True  # "تعليقا على زيارة الأسد" (commenting on al-Assad's visit)
    opening = art.folded_slice(s, lead).split()
    return 0 < len(opening) <= 2 and " ".join(opening) in grammar_words("topic_leads")


def _first_to_visit(art: Article, i: int, h: Hit) -> bool:
    """A present visit verb in the relative clause of "أول رئيس" (the first president): "وكان
    الأسد أول رئيس سوري يزور مصر" (the first Syrian president to visit Egypt) says who he is, not
    that he travels now; "وصل ... ليصبح أول رئيس يزور" keeps its arrival ("وصل") reported."""
    if trigger_spec(h.group).get("tense") != "future" or "س" in h.prefix or fold_term(h.term).startswith(("سي", "ست")):
        return False
    s, _ = art.sentences[i]
    words = art.folded_slice(max(s, art.word_start(h.start) - 40), art.word_start(h.start)).split()[-4:]
    nouns = grammar_words("first_of_kind_nouns")
    return any(w in grammar_words("first_of_kind") and (words[k + 1] in nouns or " ".join(words[k + 1:k + 3]) in nouns)
               for k, w in enumerate(words[:-1]))


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
        if trigger_spec(t.group).get("tense") == "past" and _kana_subject(words[-SUBJECT_WORDS - 1:]):
            return True
    return False


SUBJECT_WORDS = 3  # words of a subject between كان and its perfect: "وكان الرئيس السوداني البشير"


def _kana_subject(words: list[str]) -> bool:
    """"كان" then only its subject before a perfect verb: "وكان البشير توجه إلى القاهرة"
    (al-Bashir had gone to Cairo), a pluperfect without قد; not past "أن" (that) or a
    relative pronoun ("كان لافتا أن أردوغان زار", "كانت القمة التي عقدت")."""
    at = max((k for k, w in enumerate(words) if w in grammar_words("kana_forms")), default=None)
    if at is None or at == len(words) - 1:
        return False
    between = words[at + 1:]
    stops = trigger_words("complementizers") | grammar_words("relative_pronouns")
    return not any(w in stops or verb_tense(w) is not None for w in between)


def _kana_qad(words: list[str]) -> bool:
    """"كان ... قد" split by a subject among the words: "وكان ترامب قد قال خلال"."""
    words = [w.strip("،,") for w in words]
    return any(w == "قد" and any(k in grammar_words("kana_forms") for k in words[max(0, j - 4):j])
               for j, w in enumerate(words))
