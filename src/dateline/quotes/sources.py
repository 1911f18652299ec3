"""Who reports: the source token of a cue verb and the character span of its phrase.

The source is the cue's subject, inherited from the governing verb for participles
("..., adding that ...") and taken back from a relative pronoun to its antecedent; the span
stops at asides, dangling function words and line breaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes import contents as _contents
from dateline.quotes.candidate import SPEECH_VERBS, SUBJ_DEPS, WH_TAGS, token_chars
from dateline.quotes.contents import conj_report
from dateline.quotes.lexicon import cue_lemmas

__all__ = [
    "fronted_participle",
    "passive_cue",
    "relative_antecedent",
    "relative_clause_source",
    "source_of",
    "source_span",
]

_INHERIT_DEPS = {"advcl", "conj", "xcomp"}
# A cue participle on a reported clause belongs to any cue verb's subject, not only speech's.
WIDE_REPORTERS = True
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
_CUT = {",", "(", "—", "–", "-", ";", ":"}
_DANGLING = {"DET", "ADP", "CCONJ", "PART"}
# What a source spoke in or when ("officials in a statement on Sunday"): not part of who.
_MEDIA = {"statement", "interview", "post", "tweet", "release", "letter", "email", "speech"}


def _relative_verb(pron: Token) -> Token:
    verb = pron.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


# '"...," *Will* wrote': a name read as a modal makes the tagger read the verb as a participle.
MODAL_NAMES_BEFORE_PARTICIPLES = True
_FINITE = ("VBD", "VBZ")


def _name_read_as_modal(tok: Token, verb: Token) -> bool:
    """'..., *Will* believes Christie ...': a capitalised "modal" before a finite verb
    mid-sentence is a name (Will, May) the tagger misread; so is one before a past form the
    tagger then reads as a participle ('"...," *Will* wrote')."""
    return (
        tok.dep_ == "aux"
        and tok.tag_ == "MD"
        and tok.text[:1].isupper()
        and tok.i != tok.sent.start
        and tok.i == verb.i - 1
        and verb.tag_ in ((*_FINITE, "VBN") if MODAL_NAMES_BEFORE_PARTICIPLES else _FINITE)
    )


def _name_read_as_adverb(tok: Token, verb: Token) -> bool:
    """'"...," said *Skelly*, explaining ...': a capitalised "adverb" right after a verb of
    saying that follows a quotation, and before punctuation, is the inverted subject's name."""
    doc = verb.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.dep_ == "advmod"
        and tok.pos_ == "ADV"
        and tok.is_title
        and not tok.ent_type_
        and tok.i == verb.i + 1
        and verb.i > 0
        and (doc[verb.i - 1].is_quote or doc[verb.i - 1].text == ",")
        and verb.lemma_.lower() in SPEECH_VERBS
        and (after is None or after.is_punct)
    )


# '"...," added *Gowdy*.': after a quotation the speech verb comes before its subject, which
# the parser may read as the verb's object.
INVERTED_SUBJECTS = True
_NOMINAL = ("NOUN", "PROPN")


def _after_quotation(verb: Token) -> bool:
    """The verb follows a closing quotation mark (and any comma before it)."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].is_space:
        k -= 1
    return k > 0 and doc[k].is_quote and doc[k - 1].text in (",", "?", "!", "—", "-", "--")


def _inverted_subject(cue: Token) -> Token | None:
    """The noun phrase the parser hangs on a speech verb right after it, when the verb follows
    a quotation and the phrase ends at punctuation or a relative clause ('"...," said the
    woman, who ...')."""
    doc = cue.doc
    if cue.lemma_.lower() not in SPEECH_VERBS or cue.lemma_.lower() == "tell":
        return None
    if not _after_quotation(cue) or cue.i + 1 >= len(doc):
        return None
    for tok in doc[cue.i + 1 : min(len(doc), cue.i + 6)]:
        if tok.pos_ in _NOMINAL and tok.left_edge.i == cue.i + 1 and tok.head.i != tok.i:
            if tok.head.pos_ in _NOMINAL and tok.head.i > tok.i:
                continue  # a word inside the name: its head is the phrase's noun
            if tok.head.i != cue.i:
                return None  # the subject of a clause read as the report: its words, not ours
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is None or nxt.is_punct or nxt.is_space or nxt.tag_ in WH_TAGS:
                return tok
            return None
        if tok.pos_ not in ("DET", "ADJ", "PROPN", "NOUN"):
            return None
    return None


def fronted_participle(verb: Token) -> bool:
    """'*Asked* whether ..., she said': a past participle fronted as an adjunct, with no
    subject or agent of its own (the tagger may read it as a finite past). The main clause's
    subject was asked: the asker is not named."""
    return (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and verb.i < verb.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "agent") for c in verb.children)
    )


def relative_antecedent(src: Token) -> Token | None:
    """The noun a relative-pronoun subject refers to ("the man *who* said"), else None:
    PolNeAR marks the pronoun as the source, but the speaker is the noun."""
    if src.tag_ not in ("WP", "WDT") or src.lower_ not in ("who", "that", "which"):
        return None
    verb = _relative_verb(src)
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return _person_for_who(verb.head) if src.lower_ == "who" else verb.head


# A tagged source is the tagged phrase nearest the cue; a relative clause puts the wrong one
# nearest: "the senator met activists *who* raised concerns" (the cue's own subject is "who",
# which PolNeAR marks), "the governor, *who* opposes the tax, vetoed the bill" (the cue's
# subject is the governor).
RELATIVE_CLAUSE_SOURCES = True
_RELATIVE_WORDS = ("who", "which", "that")


def _relative_word(tok: Token) -> bool:
    return tok.tag_ in ("WP", "WDT") and tok.lower_ in _RELATIVE_WORDS


def relative_clause_source(cue: Token, source: Token | None) -> Token | None:
    """The cue's own subject where a relative clause misled the source ``source`` (see
    :data:`RELATIVE_CLAUSE_SOURCES`), else None (keep it)."""
    if not RELATIVE_CLAUSE_SOURCES or cue.pos_ not in ("VERB", "AUX"):
        return None
    subject = source_of(cue)
    if subject is None or (source is not None and subject.i == source.i):
        return None
    if source is not None and _in_other_relative(source, cue):
        return subject if subject.pos_ in ("NOUN", "PROPN", "PRON") else None
    if subject.head.i != cue.i:
        return None
    if _relative_word(subject) and cue.dep_ == "relcl":
        antecedent = cue.head  # 'ads *that* slam ...' marked whole stays as it is
        if source is not None and source.i in range(antecedent.left_edge.i, antecedent.i + 1):
            return None
        return subject
    if source is not None and _relative_word(source) and source.head.i != cue.i:
        return subject if subject.pos_ in ("NOUN", "PROPN", "PRON") else None
    return None


# "Trump, whose views have upset *members of his party*, proposed a ban, citing fears": a
# tagged source inside a relative clause the cue is not in is that clause's, not the cue's.
OTHER_RELATIVE_SOURCES = True


def _in_other_relative(source: Token, cue: Token) -> bool:
    """Whether ``source`` lies in a relative clause that does not hold ``cue``."""
    if not OTHER_RELATIVE_SOURCES:
        return False
    tok = source
    while tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return not tok.left_edge.i <= cue.i <= tok.right_edge.i
        tok = tok.head
    return False


# "She's *seen as* ...", "he is widely *expected* to ...", "it's *assumed* ...": a passive verb of
# opinion with no agent names no source; its subject is what the opinion is about (guidelines:
# an implicit source). Only these verbs: most other passives' subjects are the ones PolNeAR
# marks ("they were *divided* over", "he's *said*": the parser reads "'s" as passive too; on the
# first four fifths of train every passive cue cleared lost 25 right sources for 18 gained).
PASSIVE_CUES_UNSOURCED = True
_OPINION_PASSIVES = frozenset({
    "assume", "believe", "consider", "deem", "expect", "perceive", "presume", "project",
    "regard", "see", "suppose", "think", "view",
})  # fmt: skip


def passive_cue(cue: Token, source: Token | None) -> bool:
    """Whether ``cue`` is a passive verb of opinion with no agent or object, whose source
    ``source`` is no agent phrase's (see :data:`PASSIVE_CUES_UNSOURCED`)."""
    if not PASSIVE_CUES_UNSOURCED or source is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if cue.lemma_.lower() not in _OPINION_PASSIVES or source.head.dep_ == "agent":
        return False
    kids = list(cue.children)
    if any(c.dep_ in ("agent", "dobj") for c in kids):
        return False  # "he's seen the report": a perfect, not a passive
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)


def _apposed_name(head: Token) -> Token | None:
    """'Ann Lee, then the wife of Tom's business partner, *who* ...': a common noun inside the
    description in apposition to a name, set off by a comma before "who", is that
    description's complement; the clause after the comma goes with the name it describes."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    tok = head
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head
    if tok is head or tok.dep_ != "appos" or tok.head.ent_type_ != "PERSON":
        return None
    return tok.head if tok.head.i < tok.i else None


def _person_for_who(head: Token) -> Token:
    """'Alan Berger, a dentist from Englewood, New Jersey, *who* said': the parser hangs the
    clause on the nearest noun, a place; "who" is the person the place phrase describes. So is
    a description in apposition after a name ("Terry Branstad, a Republican *who* ...")."""
    if (
        head.dep_ == "appos"
        and head.tag_ in ("NN", "NNP")  # one person: not "Clinton ..., the party leaders who"
        and head.head.ent_type_ == "PERSON"
        and head.head.i < head.i
    ):
        return head.head  # 'Gov. Terry Branstad, a Republican *who* has not endorsed ...'
    named = _apposed_name(head)
    if named is not None:
        return named
    tok = head
    while tok.ent_type_ in _PLACE_TYPES and tok.dep_ in ("pobj", "appos", "compound", "conj"):
        tok = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok is head or tok.ent_type_ in _PLACE_TYPES or tok.pos_ not in ("NOUN", "PROPN"):
        return head
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":  # the name the description follows
        return tok.head
    return tok


def source_of(cue: Token) -> Token | None:
    """Who speaks through the cue: its subject or agent, else (for participles and bare
    conjuncts) the subject of the verb it hangs from. A passive subject is not a source
    ("Asked about it, she..." / "he is expected to..."): those have none unless an agent."""
    subjects = [c for c in cue.children if c.dep_ in SUBJ_DEPS and not _line_between(c, cue)]
    if not subjects:  # '"...," Conway notes': the parser may read "Conway notes" as one noun
        subjects = [c for c in cue.lefts if c.dep_ == "compound" and c.i == cue.i - 1]
        subjects = [c for c in subjects if c.pos_ in ("PROPN", "PRON", "NOUN")]
    if not subjects:
        subjects = [c for c in cue.lefts if _name_read_as_modal(c, cue)]
    if not subjects:
        subjects = [c for c in cue.rights if _name_read_as_adverb(c, cue)]
    if not subjects and INVERTED_SUBJECTS:
        subjects = [c for c in (_inverted_subject(cue),) if c is not None]
    if subjects:  # the parser may hang a headline's noun on the next line's verb too
        subject = min(subjects, key=lambda c: abs(c.i - cue.i))
        return _copula_owner(cue, subject) or subject
    passive = False
    for child in cue.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
        passive = passive or child.dep_ in ("nsubjpass", "auxpass")
    if passive or (cue.tag_ == "VBN" and not _perfect(cue)):
        return None
    if (lost := _lost_subject(cue)) is not None:
        return lost
    head = cue.head
    if head.i == cue.i:
        return None
    if _held_occasion(cue, head):
        return source_of(head.head)
    if cue.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if cue.dep_ == "pcomp" and head.head.i != head.i:  # "by saying", "in announcing"
        head = head.head
        if (sufferer := _passive_subject(cue, head)) is not None:
            return sufferer
        return source_of(head) if head.pos_ in ("VERB", "AUX") else None
    if cue.dep_ == "acl" and cue.tag_ == "VBG":  # "released a statement saying ..."
        issuer = source_of(head.head) if head.dep_ == "dobj" else _medium_user(head)
        return issuer or head
    if cue.dep_ == "acl" and cue.tag_ == "VB" and head.pos_ == "NOUN":
        return _noun_agent(head)
    if cue.dep_ in _INHERIT_DEPS:
        if cue.dep_ == "advcl" and cue.tag_ != "VBG" and not _purpose(cue) and not _perfect(cue):
            return None
        if cue.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head  # 'voters are more likely *to say* ...', 'she was quick to note'
        controller = _controller(head) if cue.dep_ == "xcomp" else None
        if controller is not None:
            return controller
        if _contents.CUT_CONJ_CUES and head.dep_ == "ccomp" and conj_report(head, cue):
            head = head.head  # 'she said the plan would fail *and warned* ...': she warned
        elif _reported_participle(cue, head):
            head = _reporter_verb(_clause_head(head))  # 'he said it would pass, *adding* ...'
        src = source_of(head) if head.pos_ in ("VERB", "AUX") else None
        if src is not None and cue.dep_ == "xcomp" and src.lower_ == "it":
            return None  # "it's fair to say", "it means admitting": nobody speaks
        return src
    return None


# "The ruling led some *to speculate* ...", "she was pressed *to explain* ...": the infinitive's
# speaker is the governing verb's object (or passive subject), not its subject (PolNeAR train,
# four fifths: the object 29 times, the subject 6, four of those "use X to").
OBJECT_CONTROL = True
_SUBJECT_CONTROL = frozenset({"use", "promise"})
# Verbs whose passive subject does what the infinitive says ("was asked to explain"); not
# raising verbs ("is expected to say", "is said to have").
_PASSIVE_CONTROL = frozenset({
    "ask", "call", "compel", "encourage", "force", "invite", "lead", "press", "pressure",
    "prompt", "push", "require", "urge",
})  # fmt: skip


def _controller(verb: Token) -> Token | None:
    """The object (or passive subject) of ``verb`` that its infinitive complement's speaker
    is, else None."""
    if not OBJECT_CONTROL or verb.lemma_.lower() in _SUBJECT_CONTROL:
        return None
    if verb.pos_ != "VERB" and not _passive_adjective(verb):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return child if child.lower_ != "it" else None
    if _verb_lemma(verb) in _PASSIVE_CONTROL:
        return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return None


def _verb_lemma(verb: Token) -> str:
    """The lemma, or for a participle tagged as an adjective ("pressed", "compelled") the verb
    it is the participle of, where that verb is one of :data:`_PASSIVE_CONTROL`."""
    if verb.pos_ != "ADJ":
        return verb.lemma_.lower()
    word = verb.lower_
    stems = (word[:-2], word[:-1], word[:-3])  # pressed, forced, compelled
    return next((s for s in stems if s in _PASSIVE_CONTROL), verb.lemma_.lower())


# "Romney, who launched the movement *with a speech denouncing* Trump", "the PAC began an ad buy,
# *with cable spots casting* him as ...": the guidelines' source of a medium is who used it.
MEDIUM_USERS = True
_MEDIUM_PREPS = frozenset({"with", "in", "through", "via", "during"})


def _medium_user(noun: Token) -> Token | None:
    """The subject of the verb that a prepositional phrase (with, in, through ...) holding
    ``noun`` hangs on, else None."""
    prep = noun.head
    if not MEDIUM_USERS or noun.dep_ != "pobj" or prep.lower_ not in _MEDIUM_PREPS:
        return None
    verb = prep.head
    return source_of(verb) if verb.pos_ in ("VERB", "AUX") and verb.i != prep.i else None


# "Eric Trump was *pressed* to explain": the tagger may read the passive participle as an
# adjective; with a passive auxiliary it is still the verb whose subject was pressed.
PASSIVE_ADJECTIVES = True


def _passive_adjective(verb: Token) -> bool:
    """A passive participle tagged as an adjective ("was pressed", JJ)."""
    return (
        PASSIVE_ADJECTIVES
        and verb.pos_ == "ADJ"
        and verb.lower_.endswith("ed")
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


# "She was suspended after *slamming* ...", "he was criticized (by X) for *saying* ...": a gerund
# after a preposition on a passive verb is what its passive subject did, not the agent.
PASSIVE_GERUNDS = True


def _passive_subject(cue: Token, verb: Token) -> Token | None:
    """The passive subject of ``verb`` that the gerund ``cue`` (in a prepositional phrase on
    it) has as its speaker, else None."""
    if not PASSIVE_GERUNDS or cue.tag_ != "VBG" or cue.head.dep_ != "prep":
        return None
    if cue.head.lower_ == "by":
        return None  # "hostility is justified *by arguing* ...": the means, nobody's words
    if verb.pos_ not in ("VERB", "AUX", "ADJ") or verb.lemma_.lower() == "use":
        return None  # "motorists are used to seeing ...": a habit, not a report
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


# "Zika and *his campaign* did not respond to ...": the parser may hang the subject on the
# phrase before it (a conjunct, an object) and leave a finite verb with none.
LOST_SUBJECTS = True
_LOST_DEPS = ("conj", "appos")
_FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _lost_subject(cue: Token) -> Token | None:
    """The noun right before a finite cue verb that has no subject and heads no clause of
    another verb's, when the parser hung that noun on an earlier one as a conjunct or apposition
    (not as a prepositional object: "sources privy to *negotiations* say")."""
    if not LOST_SUBJECTS or cue.pos_ not in ("VERB", "AUX") or cue.dep_ not in ("ROOT", "dep"):
        return None
    kids = list(cue.children)
    if any(c.dep_ in SUBJ_DEPS or c.dep_ == "expl" for c in kids):
        return None
    if cue.tag_ not in _FINITE_TAGS and not any(
        c.dep_ == "aux" and c.tag_ in (*_FINITE_TAGS, "MD") for c in kids
    ):
        return None
    k = cue.i - 1
    doc = cue.doc
    while k >= 0 and doc[k].head.i == cue.i and doc[k].dep_ in ("aux", "neg", "advmod"):
        k -= 1
    noun = doc[k] if k >= 0 else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _LOST_DEPS:
        return None
    if noun.head.i > noun.i or noun.head.pos_ in ("VERB", "AUX"):
        return None  # 'screenwriter Cole Haddon wrote': a noun read as a verb, its object
    return noun


# "The mayor held a quick news conference to boast that ...": an infinitive the parser hangs on
# the occasion as a relative clause is the purpose of whoever held it, not the occasion's words.
HELD_OCCASIONS = True
_OCCASIONS = _MEDIA | {"briefing", "conference", "rally", "event", "call", "session", "video", "ad"}


def _held_occasion(cue: Token, head: Token) -> bool:
    """Whether the cue is "to <verb>" on an occasion noun that is a verb's object."""
    return (
        HELD_OCCASIONS
        and cue.dep_ == "relcl"
        and cue.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        and head.lemma_.lower() in _OCCASIONS
        and head.dep_ == "dobj"
        and head.head.pos_ == "VERB"
    )


# "said Moreno will have to choose a side, *saying* ...": the participle may hang on a verb
# inside the reported clause (an infinitive, a coordinated verb) rather than on its head.
CLIMB_REPORTED_CLAUSE = True


def _clause_head(verb: Token) -> Token:
    """The head verb of the clause ``verb`` is an infinitive complement or conjunct in."""
    if not CLIMB_REPORTED_CLAUSE:
        return verb
    top = verb
    while (
        top.dep_ in ("xcomp", "conj") and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX")
    ):
        top = top.head
    return top if top.dep_ == "ccomp" else verb


def _reported_participle(cue: Token, head: Token) -> bool:
    """ "said the storm would pass, adding that ...": the participle hangs, in the parse, on
    the reported clause, but it is the reporter who adds."""
    reporter = _reporter_verb(_clause_head(head))
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and cue.lemma_.lower() in cue_lemmas()
        and reporter is not head
        and reporter.lemma_.lower() in (cue_lemmas() if WIDE_REPORTERS else SPEECH_VERBS)
    )


# "Vincent told the agency Mr Suarez had borrowed his work, describing it as ...": the parser
# may make the reported clause a second root of the sentence, right after the reporter's verb.
SECOND_ROOTS = True
_ROOT_REACH = 12  # tokens back from the clause to the reporter's verb


def _reporter_verb(head: Token) -> Token:
    """The verb a reported clause hangs from: its head for a complement clause; for a clause
    parsed as a root of its own, the root just before it with no punctuation or line break
    between; else the clause's own verb."""
    if head.dep_ == "ccomp":
        return head.head
    if not SECOND_ROOTS or head.dep_ != "ROOT":
        return head
    for t in reversed(head.doc[max(0, head.left_edge.i - _ROOT_REACH) : head.left_edge.i]):
        if t.is_punct or "\n" in t.text:
            return head
        if t.dep_ == "ROOT":
            return t
    return head


def _noun_agent(noun: Token) -> Token | None:
    """Who acts in '*X's* effort to paint ...' / '*X* made an attempt to deflect ...'."""
    for c in noun.children:
        if c.dep_ == "poss":
            return _clause_subject(noun, c) or c
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX") and verb is not noun:
        return source_of(verb)
    return None


# PolNeAR marks a bare possessive as the source only where it owns the cue noun ("*Her* words:",
# "*His* concern is that ..."; 162 of 15,391 gold sources in four fifths of train). A possessive
# pronoun on a noun inside someone's clause ("Romney ran on *his* ability to fix ... and accused
# Obama") is that clause's subject, the sentient agent the guidelines ask for: the subject is the
# source (span and speaker alike).
CLAUSE_SUBJECT_OVER_POSSESSIVE = True
# "*His* message was that ...": the copula's subject is a noun of saying; its owner is the source.
COPULA_OWNERS = True
_OWNED_SAYINGS = {
    "accusation", "admission", "allegation", "answer", "argument", "assertion", "assessment",
    "belief", "claim", "complaint", "concern", "conclusion", "contention", "fear", "hope",
    "message", "opinion", "point", "position", "promise", "reply", "response", "stance",
    "suggestion", "view", "worry",
}  # fmt: skip
_PLURAL_POSSESSIVES = {"their", "our"}


def _clause_subject(noun: Token, owner: Token) -> Token | None:
    """The subject of the clause whose object (or prepositional object) the possessed noun is,
    when the possessor is a pronoun agreeing with it in number; else None."""
    if not CLAUSE_SUBJECT_OVER_POSSESSIVE or owner.tag_ != "PRP$":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJ_DEPS), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.tag_ == "WP":
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we")
    return subject if plural == (owner.lower_ in _PLURAL_POSSESSIVES) else None


def _copula_owner(cue: Token, subject: Token) -> Token | None:
    """The possessor of a saying noun that is a copula's subject ("*His* view is that ...")."""
    if not COPULA_OWNERS or cue.lemma_ != "be" or subject.lemma_.lower() not in _OWNED_SAYINGS:
        return None
    return next((c for c in subject.children if c.dep_ == "poss"), None)


def _perfect(verb: Token) -> bool:
    """'... and *has promised* to ...': a past participle in an active perfect tense."""
    forms = ("have", "has", "had", "having", "'ve", "’ve", "'d", "’d")
    return any(c.dep_ == "aux" and c.lower_ in forms for c in verb.children)


def _purpose(verb: Token) -> bool:
    """'X appeared on Fox to discuss the polls': an infinitive of purpose, whose speaker is
    the subject of the clause it hangs from."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _line_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any("\n" in t.text or "\n" in t.whitespace_ for t in a.doc[lo:hi])


# A source phrase is contiguous: words the parse hangs on it from past its verb are not in it
# (switch for measuring).
CONTIGUOUS_SOURCES = True


def source_span(tok: Token) -> tuple[int, int]:
    """The source noun phrase, cut before any appositive, relative clause or aside."""
    out: list[Token] = []
    for t in tok.subtree:
        if CONTIGUOUS_SOURCES and t.i > tok.i and out and t.i != out[-1].i + 1:
            break  # 'A spokesman declined ...: "We are *reviewing*': far words hung on it
        if t.i > tok.i and (_source_break(t) or t.dep_ in ("relcl", "acl") or _aside(t) or _wh(t)):
            while _wh(t) and out and out[-1].pos_ == "ADP" and out[-1].i == t.i - 1:
                out.pop()  # "the time frame *in which* ..."
            break
        if t.i > tok.i and t.head.i == tok.i and _occasion(t):
            break
        out.append(t)
    dashes = [k for k, t in enumerate(out) if t.i < tok.i and _source_break(t) and t.text != ","]
    if dashes:  # "a cheeseburger - an old favorite - others say": the source follows the dash
        out = out[dashes[-1] + 1 :]
    while out and (out[0].is_punct or out[0].dep_ in ("cc", "mark")):
        out.pop(0)
    # "said Mike Ware an / attorney ...": a word that needs a noun after it ends no name.
    while out and (out[-1].is_punct or out[-1].is_space or (len(out) > 1 and _dangling(out[-1]))):
        out.pop()
    return token_chars(_line_of(out, tok) or [tok])


def _source_break(t: Token) -> bool:
    """Punctuation that ends a source phrase; a hyphen only after a space ("prime-time"
    stays)."""
    if t.text not in _CUT and t.text != "--":
        return False
    return t.text != "-" or t.i == 0 or bool(t.doc[t.i - 1].whitespace_)


def _occasion(t: Token) -> bool:
    """A preposition after the source naming a time or a medium ("on Monday", "in a
    statement"), which the parser hangs on the source noun."""
    if t.dep_ != "prep":
        return False
    objs = [c for c in t.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in _MEDIA for o in objs)


def _aside(t: Token) -> bool:
    """An appositive set off by punctuation ("Madsen, an author"); an unpunctuated one is the
    name the title before it leads to ("economist Benjamin Tal")."""
    if t.dep_ != "appos":
        return False
    left = t.left_edge.i
    if left == 0 or t.doc[left - 1].is_punct or t.pos_ != "PROPN":
        return True
    return t.doc[left - 1].whitespace_ != " "  # a line or block break between


def _dangling(t: Token) -> bool:
    return t.pos_ in _DANGLING or t.dep_ in ("det", "prep", "cc")


def _line_of(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens on the head's own line: a line break inside a source noun phrase is a
    misparse across a heading ("Source: Civil Aviation Authority / London City airport told")."""
    runs: list[list[Token]] = [[]]
    for t in tokens:
        if runs[-1] and ("\n" in runs[-1][-1].whitespace_ or "\n" in t.text):
            runs.append([])
        if "\n" not in t.text:
            runs[-1].append(t)
    return next((r for r in runs if head in r), tokens)


def _wh(t: Token) -> bool:
    """A relative pronoun opens a clause the parser may not hang as ``relcl``."""
    return t.tag_ in WH_TAGS and t.dep_ != "poss"
