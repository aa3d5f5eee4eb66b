"""A place in the clause a "during the visit" phrase hangs on, not the visit's: "قلصت إسرائيل منطقة
الصيد في بحر غزة، ردا على إطلاق صواريخ أثناء زيارة أوباما" (Israel cut the fishing zone off Gaza, in
answer to rockets fired during Obama's visit) is no visit to Gaza."""
from __future__ import annotations

from typing import Any

from tasks.extract.visits.article import Article
from tasks.extract.visits.triggers import trigger_spec
from ziyarat.arabic import WA
from ziyarat.lexicon import grammar_words

COMMAS = "\u060c,"  # the Arabic comma and the Latin one


def earlier_clause_place(art: Article, h: Any, p: Any) -> bool:
    """The place stands before a meeting or trip noun that follows a during-word (grammar.yaml
    during_words: "أثناء زيارة", "خلال لقاء"), with a comma between them: the place is the earlier clause's,
    which the "during" phrase only dates. Not a noun with a pronoun ("خلال زيارتهما", during their
    visit): "سيجتمع ترامب وبوتين في هلسنكي، الاثنين، وتخرج احتجاجات خلال زيارتهما للمدينة" speaks of
    the travellers the clause before names, at their city; "وصل أوباما إلى رام الله، في إطار جولته"
    (no during-word) and "ألقى كلمة في القدس أثناء زيارة أوباما" (no comma) keep theirs too."""
    if p.end > h.start or trigger_spec(h.group).get("tense") or h.suffix:
        return False
    before = [w.removeprefix(WA) for w in art.words_before(art.word_start(h.start), 1)]
    if not before or before[0] not in grammar_words("during_words"):
        return False
    return any(c in art.text[p.end:h.start] for c in COMMAS)
