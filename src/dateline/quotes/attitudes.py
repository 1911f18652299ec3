"""Attributions carried by an adjective or a noun rather than a verb.

PolNeAR counts stances as attributions (guidelines pp. 2-3: beliefs, attitudes, claims), and
its annotators mark these shapes most of the times they occur in train (first four fifths;
times marked / times not, where no other attribution covers them):

- a stance adjective with a clause: "voters were acutely *aware* that their man might be
  kept offstage" (26 / 5);
- a noun of saying with its owner and object, standing on its own: "*Trump's attacks* on
  Clinton", "*her criticism* of the deal" (3 / 1, and 8 / 8 where another report overlaps).
  Taken by a verb ("*stepped up* his attacks on X"), the verb's report is the one marked.
- a stance noun with its object, owned or not: "*a critique of* the plan", "*doubts about* the
  deal", "*in favor of* the bill" (see :data:`BARE_OBJECT_NOUNS`).
- an impression: "*The plan* seemed like *a fair idea*" (12 / 6 for "seem/appear like";
  "looks like" 4 / 22 is left): the subject and the likeness, in two pieces, with no source.
- a reputation: "*The firm* is best known *for its cheap loans*", "a town known for its fairs":
  who or what is known and for what, in two pieces, with no source (known as a passive, not
  "have known him for years"; none was found before, and the naming filter dropped the verb's
  own reading; with it, 13 more matched for 17 more predicted on the first four fifths).

The source is the noun's possessor or the subject of the adjective's copula; else none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.candidate import Candidate, trim
from dateline.quotes.sources import source_of, source_span

__all__ = ["attitude_candidates", "reputation_candidates", "stance_noun_candidates"]

# Switches for measuring each shape. A noun with a that-clause ("his *claim* that ...", marked
# 20 times in 27 on the four fifths) lost a match on the last fifth: relative clauses parsed as
# its complement ("a claim *that Gowdy's office disputes*"); left off.
USE_ADJECTIVES = True
USE_THAT_NOUNS = False
USE_OBJECT_NOUNS = True
USE_SEEMING_LIKE = True
USE_KNOWN_FOR = True
# "known for years": a duration, not a reputation.
_SPANS_OF_TIME = {"year", "month", "week", "day", "decade", "time", "while", "age", "century"}
_SEEMING = {"seem", "appear"}

STANCE_ADJECTIVES = {
    "adamant", "aware", "certain", "concerned", "confident", "convinced", "glad", "hopeful",
    "optimistic", "shocked", "surprised", "uncertain", "unsure", "upset", "worried", "sure",
}  # fmt: skip
SAYING_NOUNS = {
    "accusation", "admission", "allegation", "argument", "assertion", "assumption", "claim",
    "complaint", "remark", "rumor", "rumour", "speculation", "suggestion", "promise",
    "revelation", "criticism", "agreement",
}  # fmt: skip
# Noun and the prepositions that introduce its object.
OBJECT_NOUNS: dict[str, frozenset[str]] = {
    "endorsement": frozenset({"of"}),
    "criticism": frozenset({"of"}),
    "attack": frozenset({"on", "against"}),
    "allegation": frozenset({"of", "against"}),
    "defense": frozenset({"of"}),
}
# Noun and preposition pairs whose object the gold marks as the content at least half the times
# no other attribution covers it, owner or not (first four fifths of train, pairs marked 3 times
# or more: "view of" 7 / 14, "criticism of" 7 / 12, "favor of" 5 / 9, "opinion of" 4 / 5, "case
# for" 4 / 8, "call for" 4 / 5, "doubt about" 4 / 6, ...; "support for" 10 / 23, "question
# about" 10 / 22 and "opposition to" 7 / 15 fall short). An agent noun ("a critic of X") is
# voiced by whom it names. Left off: the pairs did not hold on the last fifth (13 new contents
# there, 3 matching gold; rules with files fitted on four fifths read 0.759 / 0.712 against
# 0.760 / 0.713), the first four fifths' counts being too small to choose them by.
BARE_OBJECT_NOUNS: dict[str, frozenset[str]] = {
    "view": frozenset({"of", "on"}),
    "criticism": frozenset({"of"}),
    "favor": frozenset({"of"}),
    "opinion": frozenset({"of"}),
    "case": frozenset({"for"}),
    "call": frozenset({"for"}),
    "doubt": frozenset({"about"}),
    "announcement": frozenset({"of"}),
    "assessment": frozenset({"of"}),
    "mention": frozenset({"of"}),
    "advocate": frozenset({"for"}),
    "embrace": frozenset({"of"}),
    "information": frozenset({"about"}),
    "critic": frozenset({"of"}),
    "accusation": frozenset({"of"}),
    "attack": frozenset({"against"}),
    "defense": frozenset({"of"}),
}
AGENT_NOUNS = {"advocate", "critic"}
USE_BARE_OBJECT_NOUNS = False
# Verbs whose subject voices the noun they take ("expressed concern that", "made the claim").
LIGHT_VERBS = {"express", "voice", "make", "raise", "repeat", "reiterate", "offer", "air", "level"}
WEIGHT = 0.6
# A noun some verb takes ("stepped up *his attacks on X*", "rescinded his endorsement"): the
# gold marks the verb's report, whose subject is the source, and the verb proposes it already.
OBJECT_DEPS = {"dobj", "pobj"}


def _possessor(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _noun_source(noun: Token) -> Token | None:
    """The noun's possessor, else the subject of the light verb that takes it."""
    owner = _possessor(noun)
    if owner is not None:
        return owner
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return source_of(head)
    return None


def _agent_source(noun: Token) -> Token | None:
    """'X, *a critic of* Y' and 'X is *a critic of* Y': the agent noun's bearer."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return None


def _stance_source(noun: Token) -> Token | None:
    """The owner or light verb's subject (:func:`_noun_source`), an agent noun's bearer, or
    the subject of the verb that takes "in favor of X"."""
    src = _noun_source(noun)
    if src is None and noun.lemma_.lower() in AGENT_NOUNS:
        src = _agent_source(noun)
    head = noun.head
    if src is None and noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        src = source_of(head.head)
    return src


def _bare_object_noun(tok: Token) -> Candidate | None:
    """ "*a critique of* the plan", owned or not: the object of the noun's preposition."""
    preps = BARE_OBJECT_NOUNS[tok.lemma_.lower()]
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i), None)
    if prep is None or prep.lower_ not in preps:
        return None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if obj is None:
        return None
    return _candidate(tok, tok.doc[prep.i + 1], obj.right_edge, _stance_source(tok))


def _candidate(cue: Token, first: Token, last: Token, src: Token | None) -> Candidate | None:
    content = trim(cue.doc, first.i, last.i + 1)
    if content is None:
        return None
    span = source_span(src) if src is not None else None
    return Candidate(content, (cue.idx, cue.idx + len(cue.text)), src, span, WEIGHT)


def _clause(word: Token) -> Token | None:
    """The that-clause (or bare clause) the word governs, after it."""
    return next((c for c in word.children if c.dep_ in ("ccomp", "acl") and c.i > word.i), None)


def _adjective(tok: Token) -> Candidate | None:
    """'They were *aware* that X' (not "make sure that X": an action)."""
    if tok.dep_ not in ("acomp", "ROOT", "conj") or tok.head.lemma_.lower() == "make":
        return None
    clause = _clause(tok)
    if clause is None or clause.dep_ != "ccomp":
        return None
    src = source_of(tok.head) if tok.dep_ == "acomp" else None
    return _candidate(tok, clause.left_edge, clause.right_edge, src)


def _that_noun(tok: Token) -> Candidate | None:
    """'his *claim* that he had done so'."""
    clause = _clause(tok)
    if clause is None or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "that":
        return None
    if not any(c.dep_ == "mark" and c.i == tok.i + 1 for c in clause.children):
        return None
    return _candidate(tok, tok.doc[tok.i + 1], clause.right_edge, _noun_source(tok))


def _object_noun(tok: Token) -> Candidate | None:
    """ "Trump's *attacks* on Clinton": the object of the preposition right after the noun."""
    if _possessor(tok) is None or tok.dep_ in OBJECT_DEPS:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if prep is None or prep.lower_ not in OBJECT_NOUNS[tok.lemma_.lower()]:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    return _candidate(tok, tok.doc[prep.i + 1], obj.right_edge, _noun_source(tok))


def _seeming_like(verb: Token) -> Candidate | None:
    """ "*This* seems like *a fair idea*": the subject and the object of "like"."""
    if verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].lower_ != "like":
        return None
    like = verb.doc[verb.i + 1]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in like.children if c.dep_ == "pobj"), None)
    if subj is None or obj is None or like.head.i != verb.i or subj.i > verb.i:
        return None
    doc = verb.doc
    subject = trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
    return _two_pieces(verb, subject, trim(doc, obj.left_edge.i, obj.right_edge.i + 1))


def _known_for(verb: Token) -> Candidate | None:
    """ "*The firm* is known for *its cheap loans*": the bearer and the reputation."""
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep else None
    if obj is None or prep is None or prep.i < verb.i or obj.lemma_.lower() in _SPANS_OF_TIME:
        return None
    bearer = _bearer(verb)
    if bearer is None or bearer.i > verb.i:
        return None
    doc = verb.doc
    subject = trim(doc, bearer.left_edge.i, bearer.i + 1)
    return _two_pieces(verb, subject, trim(doc, prep.i + 1, obj.right_edge.i + 1))


def _two_pieces(
    verb: Token, subject: tuple[int, int] | None, rest: tuple[int, int] | None
) -> Candidate | None:
    """A sourceless content in two pieces around its cue verb (the gold's reading of "X seems
    like Y" and "X is known for Y": the verb itself is no part of what is attributed)."""
    if subject is None or rest is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    return Candidate((subject[0], rest[1]), cue, None, None, WEIGHT, parts=[subject, rest])


def _bearer(verb: Token) -> Token | None:
    """The passive subject of "known", or the noun it modifies ("a town known for ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return subj
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def attitude_candidates(doc: Doc) -> list[Candidate]:
    """Candidates of the shapes above, one per cue word."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        cand = None
        if USE_SEEMING_LIKE and tok.pos_ in ("VERB", "AUX") and lemma in _SEEMING:
            cand = _seeming_like(tok)
        if USE_ADJECTIVES and tok.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES:
            cand = _adjective(tok)
        elif tok.pos_ == "NOUN" and USE_THAT_NOUNS and lemma in SAYING_NOUNS:
            cand = _that_noun(tok)
        if cand is None and tok.pos_ == "NOUN" and USE_OBJECT_NOUNS and lemma in OBJECT_NOUNS:
            cand = _object_noun(tok)
        if cand is not None:
            out.append(cand)
    return out


def stance_noun_candidates(doc: Doc, others: list[Candidate]) -> list[Candidate]:
    """Candidates of :data:`BARE_OBJECT_NOUNS`, less those inside another candidate's content
    ('expressed *doubts about* the plan': the verb's report is the one marked, with the noun
    as the first word of its content, where the later nesting test does not look)."""
    if not USE_BARE_OBJECT_NOUNS:
        return []
    taken = [c.content for c in others if c.cue is not None and not _inside(c.cue, c.content)]
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in BARE_OBJECT_NOUNS:
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        cand = _bare_object_noun(tok)
        if cand is not None:
            out.append(cand)
    return out


def _inside(cue: tuple[int, int], content: tuple[int, int]) -> bool:
    return content[0] <= cue[0] < content[1]


def reputation_candidates(doc: Doc) -> list[Candidate]:
    """ "*X* is known for *Y*" (see :func:`_known_for`); they replace the verb model's reading
    of the word, which takes the reputation alone."""
    if not USE_KNOWN_FOR:
        return []
    found = (_known_for(t) for t in doc if t.pos_ == "VERB" and t.lemma_.lower() == "know")
    return [c for c in found if c is not None]
