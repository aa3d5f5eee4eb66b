"""Spellings that read two ways: a place name that is also an adjective (سورية "Syrian",
مالي "financial"), a leader's surname after another man's given name (جمال مبارك, Gamal
Mubarak, is not Hosni Mubarak) or after another country's office ("وزير النقل الفلسطيني علي
زيدان" is not Libya's prime minister), a name inside another man's patronymic chain, and a
titled name two namesakes held in office at once ("الملك عبدالله" in 2013: Jordan's or Saudi
Arabia's king). Used by tasks/extract/entities.py as it walks the matches."""
from __future__ import annotations

from functools import cache, lru_cache

from ziyarat.arabic import (AL, BI, CLOSING_QUOTES, CONJUNCTIONS, LI, OPENING_QUOTES, PROCLITIC_LETTERS, SENTENCE_END_MARKS,
                            VERB_PROCLITICS, fold_term, word_start)
from ziyarat.lexicon import AFTER_NAME, PERSON, get_lexicon, grammar_words, titles_lexicon, trigger_words, triggers_lexicon
from ziyarat.quotation import quote_spans


def first_full_names(matches) -> dict[str, int]:
    """Each person the article names in full (no bare surname): the folded offset of the first such name."""
    first: dict[str, int] = {}
    for s, _e, _k, payloads in matches:
        for kind, ref, weak, _lam in payloads:
            if kind == PERSON and not weak:
                first.setdefault(ref, s)
    return first


def named_before(ids: list[str], first: dict[str, int], s: int) -> list[str]:
    """Of the people named in full whom a bare surname at s may stand for, those named in full before it: "كيم"
    (Kim) after Kim Jong-un's full name and before his sister Kim Yo-jong's is him. All of them when one is
    named only by a title (no offset to compare)."""
    if not all(i in first for i in ids):
        return ids
    return [i for i in ids if first[i] < s]


def after_full_name(text: str, folded, s: int, e: int, payloads: tuple, first: dict[str, int]) -> tuple:
    """A bare surname of people.yaml after_name_variants (لي "to me", مون) names its person
    only after his full name earlier in the article ("قال رئيس وزراء سنغافورة لي هسين لونغ ...
    وأدلى لي بهذه التصريحات"), standing alone (no proclitic: "ولي العهد" is the crown prince),
    outside quoted speech ("قال لي", he told me) and with no other person named in full before it
    bearing the same word ("لي كه تشيانغ", "بان كي مون"): else that reading is dropped."""
    if not any(pl[2] == AFTER_NAME for pl in payloads):
        return payloads
    ft, people = folded.text, get_lexicon().people
    ds = folded.span(s, e)[0]
    alone = word_start(ft, s) == s and not any(a <= ds < b for a, b in quote_spans(text))
    others = {o for o, at in first.items() if at < s and ft[s:e] in people[o].name_words}
    return tuple(pl for pl in payloads if pl[2] != AFTER_NAME
                 or (alone and first.get(pl[1], e) < s and others <= {pl[1]}))


def adjective_use(ft: str, s: int, key: str, place) -> bool:
    """سورية after a noun is the adjective "Syrian" ("قوات سورية"), not Syria."""
    nouns = place.exclude_prev_for.get(key) if place.exclude_prev_for else None
    if not nouns or (s > 0 and ft[s - 1].isalnum()):  # a proclitic: بسورية is "in Syria"
        return False
    return prev_word(ft, s) in nouns


def homograph_adjective(ft: str, s: int, key: str, place) -> bool:
    """A spelling listed in only_after_for is also a masculine adjective: مالي is Mali and
    "financial" ("مبلغ مالي", a sum of money). It is the place after one of the listed
    words ("في مالي", "شمال مالي"), after a feminine noun, whose adjective would be مالية
    ("حكومة مالي", Mali's government), after bi-/li- ("بمالي", in Mali) and after wa- unless
    the word before is itself an adjective ("الجزائر ومالي" Algeria and Mali, but "إداري
    ومالي" administrative and financial); elsewhere it is the adjective."""
    words = place.only_after_for.get(key) if place.only_after_for else None
    if not words:
        return False
    clitics = ft[word_start(ft, s):s]
    prev = prev_word(ft, s)
    if clitics.lstrip(CONJUNCTIONS)[-1:] in (BI, LI):
        return False
    if clitics and clitics[0] in CONJUNCTIONS and prev and not prev.endswith(("\u064a", "\u064a\u0647")):
        return False
    # "بشمال مالي" (in northern Mali): a listed word with its proclitics
    return not (_bare_in(prev, words) or prev.endswith("\u0647"))  # teh marbuta folds to heh


def _bare_in(word: str, words: frozenset[str]) -> str | None:
    """The word, less up to two proclitics (و ف ب ل ك), when that is one of `words`."""
    return next((word[n:] for n in (0, 1, 2) if word[n:] in words and all(c in PROCLITIC_LETTERS for c in word[:n])),
                None)


MET_WITH_BI_WORDS = 6  # from the meeting word to the name: "واجتمع الرئيس الأمريكي باراك أوباما بآبي"


def met_with_bi(ft: str, s: int) -> bool:
    """The name at s takes bi- (with) alone and a meeting word stands a few words before it,
    in its clause: "عقب اجتماعه بآبي" (after his meeting with Abe), "التقى الرئيس بوتين
    بالأسد" (President Putin met al-Assad)."""
    j = word_start(ft, s)
    if ft[j:s].lstrip(CONJUNCTIONS) != BI:
        return False
    words = ft[max(0, j - 60):j].split()[-MET_WITH_BI_WORDS:]
    heads = grammar_words("met_with_bi")
    for w in reversed(words):
        if w[-1:] in "\u060c,.:\u061b":
            return False
        if w in heads:
            return True
    return False


def newspaper_quoted(ft: str, s: int, e: int) -> bool:
    """«الشرق الأوسط» and «الرياض» in guillemets are newspapers, not places (a venue in
    quotes is still the venue: "بالقصر الرئاسي الروسي "الكرملين"", the Kremlin; entities). Not a
    quoted name right after a word of travel to it (destination_leads): in
    "أثناء زيارته "نجامينا"" (during his visit to N'Djamena), "وصل إلى «برلين»" it is the place; so after "في" (in)
    or bi- (grammar.yaml quoted_place_locatives: "في «لاهاي»"), unless a paper bears the name (newspaper_places)."""
    if not (s > 0 and e < len(ft) and ft[s - 1] in OPENING_QUOTES and ft[e] in CLOSING_QUOTES):
        return False
    words = ft[max(0, s - 60):s - 1].split()[-(QUOTED_LEAD_WORDS + 1):]
    leads = destination_leads()
    lead = lambda w: any(w.startswith(p) and w[len(p):] in leads for p in VERB_PROCLITICS)  # noqa: E731 (وزار, ليصل)
    if words[-1:] == ["\u0627\u0644\u064a"]:  # الي (إلى, to), folded: its verb a few words back
        return not any(lead(w) for w in words[:-1])
    if words[-1:] and words[-1] in grammar_words("quoted_place_locatives"):
        # "استقبله في "نيوم"" (received him in Neom): the place, unless a paper bears its name ("في «الرياض»")
        return ft[s:e] in grammar_words("newspaper_places")
    return not (words and lead(words[-1]))


QUOTED_LEAD_WORDS = 5  # from the travel word to the "إلى" before the quoted place: "وصل الرئيس محمد مرسي إلى"


@cache
def destination_leads() -> frozenset[str]:
    """The words of travel a quoted place after "إلى" is the goal of: grammar.yaml quoted_destination_leads,
    the verbs of setting out and the heading participles they govern (triggers.yaml departure_verbs and the
    `heading` trigger): "غادر القاهرة متوجها إلى «برلين»" (left Cairo heading for Berlin), "على أن يغادر إلى
    «لندن»" (and then leaves for London). Matched with a verb's proclitics (wa-, fa-, li-, sa-): "ليصل إلى
    «باماكو»" (to arrive in Bamako), "سيتوجه ... إلى «جوهانسبرج»" (will head for Johannesburg)."""
    # the word right before the participle's "إلى": "متوجها", or "طريقه" of "في طريقه إلى" (on his way to), not its "في"
    heading = {fold_term(t).split()[-2] for t in triggers_lexicon()["triggers"]["heading"]["terms"]}
    return grammar_words("quoted_destination_leads") | trigger_words("departure_verbs") | heading


@lru_cache(maxsize=256)
def prev_word(ft: str, s: int) -> str:
    """The word before the one at s, across at most two non-word characters (cached: the walk asks it
    of the same match two or three times, for a title's block, an institution's noun and a patronymic)."""
    j = word_start(ft, s)  # the title's own proclitics ("ونائب" / "لل")
    i = j
    while i > 0 and not ft[i - 1].isalnum() and j - i < 3:
        i -= 1
    return ft[word_start(ft, i):i]


@cache
def first_name_words() -> frozenset[str]:
    """The first words of the lexicon's people's Arabic names of two words or more, folded
    ("جمال", "عبد", "صباح")."""
    names = (fold_term(p.name_ar).split() for p in get_lexicon().people.values())
    return frozenset(ws[0] for ws in names if len(ws) > 1)


@cache
def people_given_names() -> frozenset[str]:
    """First words of the lexicon's full names ("جمال", "سارة", "علاء"), less the ordinary
    words some names begin with (grammar.yaml given_name_homographs)."""
    return frozenset(w for w in first_name_words() if len(w) > 2 and not w.startswith("\u0627\u0644")) \
        - grammar_words("given_name_homographs")


def relative_named(ft: str, s: int, person) -> bool:
    """A name right after a given name that is not the person's own names a relative or
    namesake: "جمال مبارك" (Gamal, Hosni Mubarak's son), "سارة نتنياهو" (Netanyahu's
    wife), "عمر محمد مرسي" (Omar, son of Mohamed Morsi); "حامد كرزاي" (Hamid, his own
    name) stays Karzai."""
    if word_start(ft, s) != s:  # "لمبارك": a proclitic, so no name before it
        return False
    i = s
    while i > 0 and ft[i - 1] == " ":
        i -= 1
    if i == s:
        return False
    prev = ft[word_start(ft, i):i]
    bare = _bare_in(prev, people_given_names())  # "وجمال مبارك" (and Gamal Mubarak)
    if bare is None or bare in person.name_words:
        return False
    # a middle name between his own: "مصطفى كمال مدبولي", "عبد الفتاح محمد السيسي"
    j = word_start(ft, i)
    while j > 0 and ft[j - 1] == " ":
        j -= 1
    return ft[word_start(ft, j):j] not in person.name_words


def in_patronymic(ft: str, s: int, e: int, people=()) -> bool:
    """A name inside a longer patronymic chain is someone else: in "الأمير سلطان بن
    سلمان بن عبد العزيز" (Prince Sultan son of Salman) the match سلمان بن عبد العزيز is
    not King Salman; nor is عبد الله بن عبد العزيز in "... بن عبد الله بن عبد العزيز بن مساعد".
    A chain that goes on with one of `people`'s own names after the name is his full name:
    "العاهل السعودي الملك سلمان بن عبدالعزيز" (King Salman son of Abdulaziz) is the king."""
    links = grammar_words("patronymic")  # بن ابن بنت "son/daughter of"
    if prev_word(ft, s) in links:
        return True
    after = [w.strip("،,.:") for w in ft[e:e + 40].split()[:2]]
    if not after or after[0] not in links:
        return False
    father = after[1] if len(after) > 1 else ""
    return not any(father in p.name_words or (father[:3] == "عبد" and father[3:] in p.name_words) for p in people)


@cache
def official_words() -> frozenset[str]:
    """titles.yaml counterpart_officials, folded: office nouns of non-leaders ("وزير")."""
    return frozenset(fold_term(w) for w in titles_lexicon().get("counterpart_officials") or ())


@cache
def elected_words() -> frozenset[str]:
    """titles.yaml elected_words, folded: "المنتخب" after a country's adjective is "elected"."""
    return frozenset(fold_term(w) for w in titles_lexicon().get("elected_words") or ())


LEADER_OFFICES = ("head_of_state", "head_of_government")
_VERB_REACH = 60  # characters before an office phrase looked at for a meeting verb
_APPOSITION_COMMAS = ("\u060c", ",")  # an Arabic or Latin comma between the office phrase and the name
OFFICE_PHRASE_WORDS = 4  # "وزير النقل الفلسطيني": the office noun, its genitive and the country's adjective


def office_named(ft: str, s: int, person) -> bool:
    """A leader's name right after another man's office and nationality names a namesake:
    "وزير النقل الفلسطيني علي زيدان" (the Palestinian transport minister Ali Zeidan [Abu
    Zuhri]) is not Libya's prime minister Ali Zeidan. The phrase is an office noun, then
    only definite words, the last another country's adjective ("الفلسطيني"). One who held
    such an office himself stays: "وزير الدفاع السعودي محمد بن سلمان"."""
    if word_start(ft, s) != s or any(o.office not in LEADER_OFFICES for o in person.offices):
        return False
    head = ft[max(0, s - 80):s].rstrip()
    comma = head[-1:] in _APPOSITION_COMMAS
    if comma:  # "وزير النقل الفلسطيني، علي زيدان": the same apposition
        head = head[:-1]
    words = head.split()[-OFFICE_PHRASE_WORDS:]
    # masculine only: the feminine "المالية" is also "financial" ("وزير المالية", the finance minister)
    country = get_lexicon().adjectives.get(words[-1]) if words and words[-1].endswith("\u064a") else None
    if country is None or country == person.country or any(o.country == country for o in person.offices):
        return False  # no other country's adjective right before the name: "وزير الطاقة الجزائري يوسف يوسفي" is he
    for k in range(len(words) - 2, -1, -1):
        # the office noun, bare or definite: "وزير", "السفير" (the ambassador)
        if _bare_in(words[k], official_words()) or _bare_in(words[k].removeprefix(AL), official_words()):
            return all(w.startswith(AL) and w.isalpha() for w in words[k + 1:]) \
                and not (comma and _meeting_verb_before(ft, head.rfind(words[k])))
        if not (words[k].startswith(AL) and words[k].isalpha()):
            return False
    return False


@cache
def _meeting_verbs() -> frozenset[str]:
    """The one-word verbs of triggers.yaml's receive and meet triggers, folded ("استقبل", "التقى")."""
    return frozenset(fold_term(t) for spec in triggers_lexicon()["triggers"].values()
                     if spec.get("role") in ("receive", "meet") and spec.get("proclitics") == "verb"
                     for t in spec.get("terms") or () if " " not in t)


def _meeting_verb_before(ft: str, i: int) -> bool:
    """A receive/meet verb opens the sentence's words before ft[i] (an office phrase), so a comma after
    the phrase parts subject from object: "التقى وزير الزراعة الأردني، علي زيدان" (the minister met Zeidan)."""
    lo = max(max(ft.rfind(m, 0, i) for m in SENTENCE_END_MARKS) + 1, i - _VERB_REACH)
    return any(w in _meeting_verbs() or (w[:1] in CONJUNCTIONS and w[1:] in _meeting_verbs())
               for w in ft[lo:i].split())


def namesake(ft: str, s: int, person) -> bool:
    """The name at s stands for someone else: a relative or an official of the same name."""
    return relative_named(ft, s, person) or office_named(ft, s, person)


def namesakes_in_office(lex, ids: list[str], published, strong: set[str]) -> list[str]:
    """Of a titled name's readings, those in office on the day; of several, the one whose country the
    article names as a place (and no other's): "مؤتمر صحافي مشترك مع الملك عبدالله في عمان" (a joint
    press conference with King Abdullah in Amman) in 2013 names Jordan's king, Saudi Arabia unnamed."""
    ids = [i for i in ids if lex.people[i].offices_on(published)]
    named = {lex.places[r].country for r in strong if r in lex.places}
    own = [i for i in ids if lex.people[i].country in named]
    return own if len(ids) > 1 and len(own) == 1 else ids
