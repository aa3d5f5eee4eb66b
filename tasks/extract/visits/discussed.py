"""Who discussed with whom: a verb of discussing (triggers.yaml `subject_before_with`: "بحث", "ناقش") names a
meeting only with both sides told around it. Its subject between the verb and the "مع" (with) that names the
other side ("بحث الرئيس مرسي مع الرئيس التركي"), or "معه" (with him) right after the verb and its subject after
that ("بحث معه الرئيس مرسي"), or two leaders of two countries its joint subjects, joined by "و" (and), with a
city right after them: "بحث رئيس الوزراء الصيني لي كه تشيانغ ورئيس الوزراء البلغاري بويكو بوريسوف في صوفيا"
(the Chinese and the Bulgarian prime ministers discussed in Sofia), the shape honours.signed_jointly reads
after "وقع" (signed). Without the city the joint subjects may have talked on the phone ("بحث الرئيس X ونظيره
Y هاتفيا") or about each other; with a lone subject "إنه بحث ... مع ترامب، وسيبحث ... مع بوتين" (he discussed
with Trump, will discuss with Putin) names one side only. Read by visits.candidates (its vetoes)."""
from __future__ import annotations

from tasks.extract.visits.article import Article
from tasks.extract.visits.honours import signed_jointly
from ziyarat.lexicon import grammar_words
from ziyarat.matching import Hit

SUBJECT_CHARS = 80  # from "بحث" (discussed) to the "مع" (with) after its subject
WITH_SUBJECT_CHARS = 30  # from "بحث" to its subject after "معه" (with him): "بحث معه الرئيس محمد مرسي"


def subject_named(art: Article, i: int, h: Hit) -> bool:
    """A leader stands between the verb and the "مع" (with) that names the other side:
    "بحث الرئيس مرسي مع الرئيس التركي"; "إنه بحث ... مع ترامب، وسيبحث ... مع بوتين"
    (he discussed with Trump, will discuss with Putin) has its subject unnamed. Or "معه" (with him)
    right after the verb and a leader right after it, its subject: "بحث معه الرئيس محمد مرسي".
    Or two leaders of two countries its joint subjects before a city (honours.signed_jointly)."""
    end = min(art.sentences[i][1], h.end + SUBJECT_CHARS)
    words = art.folded_slice(h.end, end).split()
    if words and words[0].strip("،,") in grammar_words("with_pronouns"):
        return bool(art.near("leaders", i, h.end, h.end + WITH_SUBJECT_CHARS))
    if "مع" not in words:
        return signed_jointly(art, i, art.word_end(h.end), end)
    cut = h.end + len(" ".join(words[:words.index("مع")])) + 1
    return bool(art.near("leaders", i, h.end, cut))
