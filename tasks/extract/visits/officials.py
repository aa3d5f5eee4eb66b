"""Officials: a visit or meeting word whose doer is an official, not a leader, though leaders
are named around it: the subject before a verb ("أكد ترامب أن بومبيو التقى كيم"), the antecedent
of "الذي" (who), the traveller whose trip a purpose noun continues ("لإجراء محادثات"), an
official's visit a sentence goes on with, a reception by an official or an international body.
The vetoes of visits.candidates read them."""
from __future__ import annotations

import re

from tasks.extract.calendar import MIN
from tasks.extract.visits.antecedent import relative_antecedent
from tasks.extract.visits.article import Article
from tasks.extract.visits.leaders import is_leader, pid
from tasks.extract.visits.reach import in_reach
from tasks.extract.visits.residence import owned_place
from tasks.extract.visits.clauses import that_clause_between
from tasks.extract.visits.othertrip import others_visit
from tasks.extract.visits.owners import briefed
from tasks.extract.visits.seats import body_seat
from tasks.extract.visits.speaker import speaks_clause
from tasks.extract.visits.triggers import definite, trigger_spec
from tasks.extract.visits.vetoes import slot_taken
from ziyarat.arabic import BI, LI, fold, fold_term
from ziyarat.lexicon import get_lexicon, grammar_words, trigger_words, triggers_lexicon
from ziyarat.matching import Hit


def official_subject(art: Article, i: int, h: Hit, role: str) -> bool:
    """The nearest person-word before a verb trigger, or before a "his ..." noun
    ("اجتماعه", his meeting), is an official's office noun that names no leader:
    "نقل فابيوس أول وزير خارجية فرنسي يتوجه إلى إيران" (the first French foreign
    minister to go to Iran), "زيارة ولي ولي العهد إلى القاهرة واجتماعه مع الرئيس"."""
    verb = bool(trigger_spec(h.group).get("tense") or trigger_spec(h.group).get("held_by_subject"))
    if not (verb or h.suffix in ("ه", "ها")) or role == "reception":
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    pron = bool(words) and words[0] in trigger_words("pronoun_subject")
    # not an office noun owning a place ("مقر نائب الملك، حيث التقى", the viceroy's seat, where he met)
    offs = [c for c in art.cues(i, "c:official_nouns") if c.end <= h.start and (pron or not owned_place(art, c.start))]
    if not offs:
        return False
    c = offs[-1]
    # a person named after (or within) the office noun is who holds it: "وزير الخارجية
    # لافروف" (an official), "رئيس الوزراء نواز شريف" (a leader)
    named = [m for m in art.persons.get(i, []) if c.start < m.end <= h.start]
    # ... unless an indefinite noun follows the office noun: in "مدير مكتب كيم" (the director of
    # Kim's office) Kim is that noun's genitive, not the director
    if any(is_leader(m) and _holds(art.folded_slice(c.end, m.start).split()) for m in named):
        return False
    if pron:
        return True  # "قال السفير إنه زار" (the ambassador said he visited)
    # not a bare noun the official only speaks of: "اعتبر السيناتور أن المؤتمر الصحافي المشترك بين
    # ترمب وبوتين" (the senator held that the joint press conference of Trump and Putin ...)
    spoken_of = not h.suffix and not trigger_spec(h.group).get("tense") and that_clause_between(art, c.end, h.start)
    # nor the teller of a clause whose verb names its own subject: "وأضاف المسؤول أن من المقرر أن يجتمع ترودو وترامب"
    return h.start - c.end <= 40 and not spoken_of and not (verb and speaks_clause(art, i, c, h))


def _holds(gap: list[str]) -> bool:
    """The words between an office noun and a name let the name hold the office, unless they are
    one indefinite noun whose genitive he is ("مدير مكتب كيم"): "وزير الخارجية لافروف", "قال
    الوزير إن السيسي", "المستشارة الألمانية «أنجيلا ميركل»" name him or someone he is not."""
    return len(gap) != 1 or gap[0] in trigger_words("complementizers") \
        or gap[0].strip("\u00ab\u00bb\"'(").startswith("\u0627\u0644")


def nonleader_subject(art: Article, i: int, h: Hit) -> bool:
    """A verb trigger right after a person who is not a leader: that person is its
    subject ("أكد ترامب أن بومبيو التقى كيم", Trump said that Pompeo met Kim), whoever
    else the sentence names. So is he of a bare talks noun right after him, the object of
    a verb before him: "أجرى وزير الخارجية كيري مباحثات مع نتنياهو" (Kerry held talks)."""
    verb = bool(trigger_spec(h.group).get("tense"))
    if not verb and (trigger_spec(h.group)["role"] != "meet" or h.suffix or definite(h)):
        return False
    start = art.word_start(h.start)
    if any(0 <= start - m.end <= 2 and not is_leader(m) for m in art.persons.get(i, [])):
        return True
    return verb and (_relative_of_nonleader(art, i, start) or _continues_nonleader_trip(art, i, h)
                     or _group_subject(art, i, start))


VERB_NOUN_CHARS = 8  # from a meeting verb to the noun it is held in: "التقى في اجتماع"
RIGHT_BEFORE_CHARS = 2  # the antecedent right before "الذي": not "القمة التي تعقد ... ومشاركة قنديل"


def past_relative_clause(art: Article, i: int, h: Hit) -> bool:
    """A verb trigger, or a li- purpose noun, after a relative clause that hangs on a person who is
    not a leader, with the leaders named before it only inside that clause: in "كيري الذي رافق
    الرئيس أوباما في جولته التقى عباس" (Kerry, who went with President Obama on his tour, met
    Abbas) Kerry met Abbas, Obama is the clause's object. A "that" clause or "فيما" (while) after
    the relative pronoun starts another subject: "قال المتحدث الذي رافق أوباما إن الرئيس التقى".
    A bare meeting noun right after such a verb is its too: "التقى في اجتماع مغلق" (met in a closed meeting)."""
    if not trigger_spec(h.group).get("tense") and not h.suffix:
        verbs = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start
                 and h.start - t.end <= VERB_NOUN_CHARS and trigger_spec(t.group).get("tense")]
        if verbs and past_relative_clause(art, i, verbs[-1]):
            return True
    if not (trigger_spec(h.group).get("tense") or (h.prefix in ("ل", "لل") and not h.suffix)):
        return False
    lo = art.sentences[i][0]
    words = [(lo + m.start(), fold(m.group()).strip("،,\"'\u00ab\u00bb").lstrip("و"))
             for m in re.finditer(r"\S+", art.text[lo:art.word_start(h.start)])]
    rels = [k for k, (_, w) in enumerate(words) if w in trigger_words("relative_pronouns")]
    if not rels or rels[-1] == len(words) - 1:
        return False  # no clause, or the trigger right after the pronoun (_relative_of_nonleader)
    rel = words[rels[-1]][0]
    breaks = trigger_words("complementizers") | trigger_words("clause_breaks")
    if any(w in breaks for _, w in words[rels[-1] + 1:]) or not _nonleader_antecedent(art, i, rel, RIGHT_BEFORE_CHARS):
        return False
    leaders = [m for m in art.leaders.get(i, []) if m.end <= h.start]
    return bool(leaders) and all(m.start > rel for m in leaders)


GROUP_SUBJECT_WORDS = 6  # from "أن" (that) over a group noun and its complement to the verb: "أن فريقا من الولايات المتحدة وصل"


def _group_subject(art: Article, i: int, start: int) -> bool:
    """The subject of a verb trigger in a "that"-clause is a group (grammar.yaml group_subjects):
    "أكد ترامب أن فريقا من الولايات المتحدة وصل إلى كوريا الشمالية" (Trump said that a team from
    the United States arrived in North Korea) is the team's trip, not Trump's; a leader named
    between is the subject again ("أن الوفد برئاسة الرئيس وصل")."""
    words = art.words_before(start, GROUP_SUBJECT_WORDS + 1)
    k = max((j for j, w in enumerate(words) if w.strip("،,") in trigger_words("complementizers")), default=None)
    if k is None or k + 1 >= len(words) or words[k + 1].strip("،,") not in grammar_words("group_subjects"):
        return False
    lo = art.sentences[i][0]
    return not any(lo <= m.start < start and start - m.end <= len(" ".join(words[k:])) for m in art.leaders.get(i, []))


def _continues_nonleader_trip(art: Article, i: int, h: Hit) -> bool:
    """A wa- verb that goes on with a trip told of someone who is not a leader, with no
    leader named between: "إن بومبيو ... قام بزيارة سرية إلى كوريا الشمالية والتقى مع
    زعيمها كيم" (Pompeo made a secret visit to North Korea and met its leader Kim): the
    meeting is Pompeo's too; a trip verb opening the sentence has its doer after it ("وسافر لافروف إلى دمشق، والتقى")."""
    if "و" not in h.prefix:
        return False
    trips = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start
             and trigger_spec(t.group)["role"] in ("arrive", "visit") and trigger_spec(t.group).get("tense")]
    if not trips:
        return _opening_nonleader(art, i, h)
    if art.near("leaders", i, trips[-1].end, h.start):
        return False
    doers = [m for m in art.persons.get(i, []) if m.end <= trips[-1].start]
    # a leader named only as an office's owner is not the doer: in "قال المستشار الدبلوماسي
    # للرئيس التونسي إنه زار الجزائر، والتقى الرئيس الجزائري" the adviser travelled
    return max(doers, key=lambda m: m.end) not in art.leaders.get(i, []) if doers else _opening_nonleader(art, i, h)


OPENING_VERB_WORDS = 1  # words before the subject of the verb that opens the sentence: "وسافر روبيو"


def _opening_nonleader(art: Article, i: int, h: Hit) -> bool:
    """A wa- verb with no trip word before it goes on with the verb that opens its sentence, whose
    subject right after it is a person who is not a leader, no leader named between: "وسافر
    «روبيو»، الشهر الماضي، إلى الأردن وإسرائيل، والتقى الرئيس بيريز والعاهل الأردني" (Rubio
    travelled to Jordan and Israel and met President Peres and the Jordanian king): the senator
    met each, the two leaders listed after the verb never met."""
    first = min((m for m in art.persons.get(i, []) if m.end <= h.start), key=lambda m: m.start, default=None)
    if first is None or is_leader(first):
        return False
    lead = [w for w in art.folded_slice(art.sentences[i][0], first.start).split() if w.strip("\"'\u00ab\u00bb")]
    return len(lead) == OPENING_VERB_WORDS and not art.near("leaders", i, first.end, h.start)


ANTECEDENT_CHARS = 60  # from "الذي" (who) back to the end of the noun it stands for, past its adjectives


def _relative_of_nonleader(art: Article, i: int, start: int) -> bool:
    """A verb trigger right after "الذي" / "التي" (who) whose antecedent, the nearest
    person or official noun before it, is not a leader: "والوفد الدبلوماسي الذي زار
    بيونغ يانغ" (the delegation that visited Pyongyang), "لافروف الذي زار دمشق"."""
    words = [w.strip("،,") for w in art.words_before(start, 1)]
    if not (words and words[0].lstrip("و") in trigger_words("relative_pronouns")):
        return False
    return _nonleader_antecedent(art, i, art.word_start(start - 2))


def _nonleader_antecedent(art: Article, i: int, rel: int, reach: int = ANTECEDENT_CHARS) -> bool:
    """The relative pronoun at rel stands for the nearest person or official noun before it (within
    reach characters), and that is not a leader."""
    persons = [m for m in art.persons.get(i, []) if 0 <= rel - m.end <= reach]
    nouns = [c for c in art.cues(i, "c:nonleader_slot") + art.cues(i, "c:official_nouns")
             if 0 <= rel - c.end <= reach and not any(m.start <= c.start < m.end for m in art.persons.get(i, []))]
    last = max(persons + nouns, key=lambda x: x.end, default=None)
    return last is not None and (last in nouns or not is_leader(last))


PURPOSE_DOER_CHARS = 120  # how far before "لإجراء محادثات" the traveller may be named


def purpose_of_nonleader(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun after "لإجراء" / "لعقد" (in order to hold) is the purpose of the
    trip told just before it, so its side is that trip's doer, the nearest person
    before it: in "قال ترامب ... مع توجه وزير الخارجية بومبيو إلى بيونغيانغ لإجراء
    محادثات" the talks are Pompeo's, not Trump's. A bare noun after "خلال" (during) with no
    leader for genitive is his too: "أكد وزير الخارجية بومبيو خلال زيارة إلى سيول أن
    الزعيم الكوري كيم ..." (Pompeo stressed during a visit to Seoul that Kim ...)."""
    if trigger_spec(h.group).get("tense") or h.suffix:
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), 1)]
    during = bool(words) and words[-1].lstrip("و") in grammar_words("during_words") and not definite(h) \
        and art.genitive_leader(i, h) is None
    # li- on the noun itself is the same purpose: "أرسل ترامب بومبيو إلى كوريا الشمالية للقاء
    # زعيمها كيم" (sent Pompeo to North Korea to meet its leader Kim)
    if not (words and words[-1] in grammar_words("purpose_holding")) and h.prefix not in ("ل", "لل") and not during:
        return False
    if h.prefix in ("ل", "لل") and _trip_of_nonleader(art, i, h):
        return True
    prior = [m for m in art.persons.get(i, []) if m.end <= h.start and h.start - m.end <= PURPOSE_DOER_CHARS]
    return bool(prior) and not is_leader(max(prior, key=lambda m: m.end))


PURPOSE_TRIP_CHARS = 60  # from the trip's word over its destination to the li- meeting noun: "يتوجه إلى بورما للقاء"


def _trip_of_nonleader(art: Article, i: int, h: Hit) -> bool:
    """A li- meeting noun right after a trip that is someone else's (someone_elses), no leader
    named between: in "يلتقي وفد الأمم المتحدة ... ومع رئيسة وزراء بنغلادش، ثم يتوجه إلى بورما
    للقاء الزعيمة" (the UN delegation meets ... and Bangladesh's prime minister, then heads to Burma
    to meet the leader) the meeting in Burma is the delegation's, whoever the sentence names before."""
    before = [t for t in art.by_sent.get(i, ()) if t.group.startswith("t:") and t.end <= h.start]
    if not before:
        return False
    trip = max(before, key=lambda t: t.end)
    return trigger_spec(trip.group)["role"] in ("arrive", "visit") and h.start - trip.end <= PURPOSE_TRIP_CHARS \
        and not art.near("leaders", i, trip.end, h.start) and someone_elses(art, i, trip)


DELEGATION_HEAD_WORDS = 4  # from a delegation noun to the word saying who heads it ("وفد رفيع برئاسة")
DELEGATION_CHARS = 80  # how far after the verb its delegation and the leader heading it stand


def delegation_subject(art: Article, i: int, h: Hit) -> bool:
    """A visit or meeting verb whose next word is a delegation ("التقى وفدان من الكوريتين",
    two delegations met): the delegation is its subject, whoever the sentence names after,
    unless a leader heads it ("وصل وفد برئاسة الرئيس عباس")."""
    spec = trigger_spec(h.group)
    if not spec.get("tense") or spec["role"] == "reception" or h.suffix:
        return False
    after = art.text[h.end:h.end + DELEGATION_CHARS].split()
    if not after or fold_term(after[0].strip("،,")) not in trigger_words("delegation_nouns"):
        return False
    heads = trigger_words("delegation_heads")
    if not any(fold_term(w) in heads for w in after[1:DELEGATION_HEAD_WORDS + 1]):
        return True
    return not any(is_leader(m) and 0 < m.start - h.end <= DELEGATION_CHARS for m in art.persons.get(i, []))


def delegation_described(art: Article, i: int, h: Hit) -> bool:
    """A present visit verb describing an indefinite delegation named a few words before it, no person
    between: "رشق شبان وفدا أميركيا يضم أعضاء في المجلس البلدي يزور الضفة الغربية" (youths pelted an American
    delegation ... visiting the West Bank): the delegation visits, not a leader named later in the sentence."""
    spec = trigger_spec(h.group)
    if spec.get("tense") != "future" or "س" in h.prefix or h.suffix or spec["role"] not in ("visit", "arrive"):
        return False
    lo = max(art.sentences[i][0], h.start - DELEGATION_CHARS)
    words = [fold_term(w.strip("،,")) for w in art.text[lo:h.start].split()]
    nouns = {w for w in trigger_words("delegation_nouns") if not w.startswith("ال")}
    at = max((k for k, w in enumerate(words) if w in nouns), default=None)
    if at is None:
        return False
    start = lo + art.text[lo:h.start].find(art.text[lo:h.start].split()[at])
    return not any(start < m.end and m.start < h.start for m in art.persons.get(i, []))


def party_reception(art: Article, i: int, h: Hit) -> bool:
    """"حفل استقبال" (a reception party) in a sentence naming one leader at most: the party a
    body gives him ("حفل استقبال له نظمته غرفة التجارة", a reception the chamber of commerce
    held for him), not a leader receiving him."""
    if trigger_spec(h.group)["role"] != "receive" or trigger_spec(h.group).get("tense"):
        return False
    words = art.words_before(art.word_start(h.start), 1)
    return bool(words) and words[-1].lstrip("و") in grammar_words("party_nouns") \
        and len({pid(m) for m in art.leaders.get(i, [])}) <= 1


def someone_elses(art: Article, i: int, h: Hit) -> bool:
    """The visit or meeting word is an official's or another non-leader's, whoever is
    named around it: the subject before it (or a delegation right after a verb), the
    trip a purpose noun continues, a visit an official leads or holds ("أكد وزير
    الخارجية خلال زيارة إلى سيول أن ...")."""
    return nonleader_subject(art, i, h) or past_relative_clause(art, i, h) or purpose_of_nonleader(art, i, h) \
        or official_led(art, i, h) \
        or official_held(art, i, h) or delegation_subject(art, i, h) or delegation_described(art, i, h) \
        or visited_on_return(art, i, h) or briefed_on(art, i, h) \
        or party_reception(art, i, h) or body_session(art, i, h) or speaker_not_leader(art, i, h) \
        or official_subject(art, i, h, trigger_spec(h.group)["role"]) or others_visit(art, i, h)


BRIEFED_ON_WORDS = 3  # from "على" (on) over a head noun to the meeting noun: "على نتائج مباحثات"


def briefed_on(art: Article, i: int, h: Hit) -> bool:
    """A bare meeting noun after "على" (on) that a leader named last before it is briefed on:
    in "سيطلع الوزير نتنياهو على نتائج مباحثات أوباما" (the minister will brief Netanyahu on the
    results of Obama's talks) Netanyahu is told of talks he did not hold; the talks are the
    genitive's, with someone the sentence does not name."""
    if trigger_spec(h.group).get("tense") or h.suffix or trigger_spec(h.group)["role"] != "meet":
        return False
    words = [w.strip("،,") for w in art.words_before(art.word_start(h.start), BRIEFED_ON_WORDS)]
    # or "ب" (of) on the noun right before it: "إبلاغ الرئيسين بنتائج المباحثات" (to inform the two of the results)
    if fold_term("على") not in words and not (words and words[-1][:1] == BI and len(words[-1]) > 3):
        return False
    prior = [m for m in art.leaders.get(i, []) if m.end <= h.start]
    return bool(prior) and briefed(art, max(prior, key=lambda m: m.end))


BODY_SESSION_CHARS = 40  # from a council's name back from its "اجتماعه": "مجلس الوزراء، في اجتماعه صباح اليوم،"


def body_session(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun with "its" (a pronoun) a few words after a council or a cabinet
    (triggers.yaml body_meeting_genitives), no person named between: "استعرض مجلس الوزراء
    خلال اجتماعه اليوم" (the cabinet reviewed in its session today) is the body's session,
    whoever is named after it; "رئيس مجلس الوزراء" (the head of the cabinet), a person, holds
    his own meetings."""
    if trigger_spec(h.group)["role"] != "meet" or trigger_spec(h.group).get("tense") or h.suffix not in ("ه", "ها"):
        return False
    lead = art.word_start(h.start)
    lo = max(art.sentences[i][0], lead - BODY_SESSION_CHARS)
    if any(m.end > lo and m.start < lead for m in art.persons.get(i, [])):
        return False
    words = " " + " ".join(w.strip("\u060c,") for w in art.folded_slice(lo, lead).split()) + " "
    return any(f" {b} " in words for b in trigger_words("body_meeting_genitives"))


def official_held(art: Article, i: int, h: Hit) -> bool:
    """A meeting noun someone who is not a leader held or received at: "... بعد اجتماع عقده مع
    الرئيس عباس" (after a meeting he held with Abbas) when the sentence's subject is an
    official ("أجرى وزير الخارجية كيري مباحثات"); "غداة استقباله لمدير المخابرات" (a day after
    his receiving the intelligence director): the guest is the official, not a leader named
    after him ("الذي يلقب بظل الرئيس السيسي", called the shadow of President Sisi)."""
    if trigger_spec(h.group).get("tense"):
        return False
    if _apposed_official(art, i, h):
        return True
    end = art.word_end(h.end)
    if trigger_spec(h.group)["role"] == "receive":
        # the object's office noun right after the noun, li- (to) glued on it: "استقباله لمدير"
        return bool(h.suffix) and any(0 <= c.start - end <= 3 and not art.near("leaders", i, c.start, c.end)
                                      for c in art.cues(i, "c:official_nouns") + art.cues(i, "c:nonleader_slot"))
    nxt = art.folded_slice(end, min(art.sentences[i][1], end + 12)).split()[:1]
    if trigger_spec(h.group)["role"] != "meet" or h.suffix or not nxt or nxt[0] not in grammar_words("held_it_verbs"):
        return False
    # the doer is the main clause's subject, the first person named, unless a "that" clause
    # stands between him and the noun ("قال المتحدث إن الرئيس ...": the president's)
    doers = [m for m in art.persons.get(i, []) if m.end <= h.start and not that_clause_between(art, m.end, h.start)]
    return bool(doers) and not is_leader(min(doers, key=lambda m: m.start))


APPOSED_NAME = re.compile(r"\s*((?:[^\s،,]+\s+){0,2}[^\s،,]+)\s*[،,]\s*")  # one to three words, then a comma


def _apposed_official(art: Article, i: int, h: Hit) -> bool:
    """A bare visit noun whose genitive is a name the lexicon does not know, then an office noun
    in apposition: "زيارة هشام زعزع، وزير السياحة، لإيران" (the visit of H. Z., the tourism
    minister, to Iran) is the minister's, not a leader's named before it."""
    if h.suffix or definite(h) or trigger_spec(h.group)["role"] not in ("visit", "arrive"):
        return False
    end = art.word_end(h.end)
    m = APPOSED_NAME.match(art.text[end:art.sentences[i][1]])
    if not m:
        return False
    name_end = end + m.end(1)
    if any(x.start < name_end and x.end > end for x in art.persons.get(i, []) + art.places.get(i, [])):
        return False
    return any(0 <= c.start - (end + m.end()) <= 2 for c in art.cues(i, "c:official_nouns"))


def officials_before_summit(art: Article, i: int, t: Hit, h: Hit) -> bool:
    """The summit noun h does not name again the meeting word t before it when t is an
    official's: "بعد محادثات أجراها مع نظيرته، تحضيرا للقمة ... بين ترامب وكيم" (after talks he
    held with his counterpart, ahead of the summit between Trump and Kim), "قال ماتيس خلال قمة
    ... قبيل انعقاد القمة المرتقبة بين ترامب وكيم" (Mattis said during a summit ...)."""
    return fold_term(h.term) in trigger_words("summit_nouns") and (official_held(art, i, t) or purpose_of_nonleader(art, i, t))


SUBJECT_BEFORE_CHARS = 3  # a leader this close before a verb is its subject: "الأسد التقى"
OFFICIAL_LEAD_CHARS = 240  # from an official's visit verb to the bare visit word his sentence goes on with


def official_led(art: Article, i: int, h: Hit) -> bool:
    """A visit or meeting word with no leader of its own in a sentence whose first visit
    verb is an official's: the official stays its doer. In "وصل وزير الخارجية كيري إلى بغداد
    في زيارة مفاجئة" (Kerry arrived in Baghdad on a surprise visit), "اجتمع كيري مع نتنياهو
    بعد أن أجرى محادثات مع عباس" (Kerry met Netanyahu after he held talks with Abbas) the
    visit and the talks are Kerry's, whatever leaders the sentence names. A noun's own
    leader is its genitive ("زيارة الرئيس بوتين") or "his"; a verb's, a leader right before
    or right after it ("الأسد التقى", "التقى الأسد"), or the leader whose relative clause it opens: in "استقبل ولي
    العهد ... الرئيس X، الذي يقوم بزيارة إلى الإمارات" (the crown prince received X, who is visiting) the trip is X's."""
    verbs = [t for t in art.near("triggers", i, h.start - OFFICIAL_LEAD_CHARS, h.start)
             if t.end <= h.start and trigger_spec(t.group).get("tense")]
    if h.suffix or not verbs or is_leader(relative_antecedent(art, i, h)):
        return False
    t = min(verbs, key=lambda t: t.start)
    role = trigger_spec(t.group)["role"]
    if not (nonleader_subject(art, i, t) or slot_taken(art, i, t, role, in_reach(art, i, t).before)
            or official_subject(art, i, t, role)):
        return False
    if not trigger_spec(h.group).get("tense"):
        return art.genitive_leader(i, h) is None
    start, end = art.word_start(h.start), art.word_end(h.end)
    return not any(start <= m.start <= end + 2 or 0 <= start - m.end <= SUBJECT_BEFORE_CHARS
                   for m in art.leaders.get(i, []))


def received_by_official(art: Article, i: int, country: str) -> bool:
    """An official of the visited country is named in the sentence: he is who receives
    the visitor ("التقى الشيخ محمد بن زايد ولي عهد أبوظبي ... بحاح الذي يزور الإمارات",
    Abu Dhabi's crown prince met Bahah, who is visiting the UAE), so the country's head
    is not silently put in his place. A person holding no office that day ("الرئيس الراحل",
    the late president; a former minister) receives nobody."""
    return any(not is_leader(m) and m.offices and m.country == country for m in art.persons.get(i, []))


def international_body(art: Article, i: int) -> bool:
    """The sentence names a UN-type body, or one who holds its office ("رئيس المجلس الأوروبي هرمان
    فان رومبوي", the European Council's president, whose title swallows the body's name), or its city is
    the seat of one the article names (seats.body_seat): a trip to it is not hosted by the city's country."""
    bodies = set(triggers_lexicon().get("international_bodies", []))
    s, e = art.sentences[i]
    names = {o.name_en for k, o in get_lexicon().orgs.items() if k in bodies}
    return any(m.entity_type == "organization" and m.entity_id in bodies and s <= m.start < e
               for m in art.orgs) or any(m.country in names and not is_leader(m) for m in art.persons.get(i, [])) \
        or body_seat(art, i)  # ... or goes to the city a body the article names sits in


def visited_on_return(art: Article, i: int, h: Hit) -> bool:
    """A bare visit noun after "عودته من" (his return from) is the returner's: in "صرح نائب
    الرئيس بعد عودته من زيارة تشافيز" (after his return from visiting Chavez) the leader named
    as its genitive was visited, and did not travel. Kept when a leader is named before the
    return (he may be the returner, whose visit it is)."""
    if trigger_spec(h.group)["role"] != "visit" or h.suffix or definite(h):
        return False
    words = [w.strip("\u060c,") for w in art.words_before(art.word_start(h.start), 2)]
    if len(words) < 2 or words[-1] != MIN or words[-2] not in trigger_words("returner_nouns"):
        return False
    back = art.word_start(h.start)
    for _ in range(2):  # to the start of the return noun, two words back
        back = art.word_start(len(art.text[:back].rstrip(" \t\n\u060c,")))
    return art.genitive_leader(i, h) is not None \
        and not any(m.end <= back for m in art.leaders.get(i, []))


SPEAKER_BACK_SENTENCES = 3  # how many sentences back "وأضاف أنه" (and he added that he) looks for its speaker
SPEAKER_NAME_WORDS = 3  # an unknown name between a speech verb and "أنه": "أضاف مجدي إنه", "قال محمود حسن إنه"


def speaker_not_leader(art: Article, i: int, h: Hit) -> bool:
    """A verb trigger right after "أنه" / "إنه" (that he) is the speaker's own act, and the speaker
    is the subject of the speech verb before it, not a leader named elsewhere: in "وقال السفير ...
    في تصريحات اليوم ... وأضاف أنه التقى في بوروندي رئيس الجمهورية" (the ambassador said ...
    and added that he met the president in Burundi) the meeting is the envoy's. The speaker is
    the person or office noun right after the speech verb; an unknown name there ("أضاف مجدي إنه")
    is no leader; a verb with no subject of its own ("وأضاف أنه", "وأشار إلى أنه") goes on with
    the speaker of the speech verb before it. Kept when that speaker is a leader or none is found."""
    if not trigger_spec(h.group).get("tense"):
        return False
    start = art.word_start(h.start)
    words = [w.strip("،,") for w in art.words_before(start, 1)]
    if not (words and words[0] in trigger_words("pronoun_subject")):
        return False
    hi = art.word_start(len(art.text[:start].rstrip(" \t\n\u060c,")) - 1)  # the start of "أنه"
    for j in range(i, max(-1, i - SPEAKER_BACK_SENTENCES - 1), -1):
        for v in sorted((c for c in art.cues(j, "c:speech") if c.end <= hi), key=lambda c: -c.start):
            who = _speaker_at(art, j, art.word_end(v.end), hi)
            if who is not None:
                return not who
            hi = art.word_start(v.start)
    return False


def _speaker_at(art: Article, j: int, lo: int, hi: int) -> bool | None:
    """Who speaks after a speech verb ending at lo (hi: where its clause's "أن" or the next verb
    starts): True for a leader, False for someone else (a person, an office noun, an unknown name),
    None when the verb names no subject ("وأضاف أنه", "وأشار في هذا الصدد إلى")."""
    gap = art.text[lo:hi]
    first = gap.split()[:1]
    if not first:
        return None
    at = lo + gap.find(first[0])
    persons = [m for m in art.persons.get(j, []) if at <= m.start < hi]
    if persons and persons[0].start - at <= 2:
        return is_leader(persons[0])
    if any(0 <= c.start - at <= 2 for c in art.cues(j, "c:official_nouns") + art.cues(j, "c:nonleader_slot")):
        return False
    words = [w.strip("،,") for w in fold(gap).split()]
    head = words[0]
    if head in trigger_words("unresolved_heads") and words[1:2] and words[1] in trigger_words("title_of_body") \
            and not any(is_leader(m) for m in persons):
        return False  # a body's head: "أكد رئيس تيار المحبة ... أنه جاء" (not "رئيس الاتحاد الروسي بوتين")
    function = trigger_words("complementizers") | grammar_words("frame_prepositions") | grammar_words("noun_prepositions") \
        | grammar_words("verb_adverbs") | grammar_words("now_adverbs") | trigger_words("unresolved_heads")
    # an unknown name: a few words, none a preposition, adverb or title, right before "أن"
    if len(words) <= SPEAKER_NAME_WORDS and not any(w in function or w[:1] in (BI, LI) for w in words) \
            and not art.near("dates", j, lo, hi) and head.isalpha():
        return False
    return None
