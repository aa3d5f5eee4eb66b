"""A leader's office telling his own doings: "أعلن المكتب الإعلامي لرئيس الوزراء اللبناني، سعد الحريري،
أنه وصل إلى الرياض" (the Lebanese prime minister's media office announced that he arrived in Riyadh). The
office noun before the name makes him its possessor (article.Article.possessed: "مكتب رئيس الوزراء" does
not travel), but when that office opens the sentence as the subject of a speech verb and the pronoun
"أنه" (that he; "أنها" for a woman) follows his name and its title, what the office says is of him: he
stays a leader of the sentence. Not "أعلن مكتب رئيس الوزراء X أن الوزير Y وصل" (no pronoun: Y's trip),
nor an office named later in the sentence. Read by article.Article (art is that Article)."""
from __future__ import annotations

from typing import Any

from ziyarat.arabic import AL, WA
from ziyarat.lexicon import get_lexicon, trigger_words

OFFICE_WORDS = 8  # from the speech verb to the name: "أعلن المكتب الإعلامي لرئيس الوزراء اللبناني،"
APPOSITION_WORDS = 4  # from the name to its "أنه": a title after it ("رئيس الوزراء اللبناني")
FEMININE = "\u0647\u0627"  # ها (-ha, her)


def office_voices_owner(art: Any, m: Any) -> bool:
    """The leader m is named as the owner of an office (triggers.yaml voicing_offices: "مكتب", "ديوان")
    that is the subject of the speech verb opening m's sentence, and a pronoun subject of m's gender
    follows m within a few words: the office speaks of him."""
    start = art.sentences[art.sent_of(m.start)][0]
    before = [w.strip("\u060c,") for w in art.folded_slice(start, m.start).split()]
    if not 2 <= len(before) <= OFFICE_WORDS or before[0].removeprefix(WA) not in trigger_words("speech_verbs"):
        return False
    office = before[1].removeprefix(AL)
    if office not in trigger_words("voicing_offices"):
        return False
    person = get_lexicon().people.get(m.entity_id)
    woman = person is not None and person.female
    after = [w.strip("\u060c,") for w in art.folded_slice(m.end, min(len(art.text), m.end + 80)).split()]
    for w in after[:APPOSITION_WORDS + 1]:
        if w in trigger_words("pronoun_subject"):
            return w.endswith(FEMININE) == woman
    return False
