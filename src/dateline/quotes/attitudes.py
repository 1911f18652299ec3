"""Attributions carried by an adjective or a noun rather than a verb.

PolNeAR counts stances as attributions (guidelines pp. 2-3: beliefs, attitudes, claims), and
its annotators mark these shapes most of the times they occur in train (first four fifths;
times marked / times not, where no other attribution covers them):

- a stance adjective with a clause: "voters were acutely *aware* that their man might be
  kept offstage" (26 / 5);
- a noun of saying with its owner and object, standing on its own: "*Trump's attacks* on
  Clinton", "*her criticism* of the deal" (3 / 1, and 8 / 8 where another report overlaps).
  Taken by a verb ("*stepped up* his attacks on X"), the verb's report is the one marked.
- an impression: "*The plan* seemed like *a fair idea*" (12 / 6 for "seem/appear like";
  "looks like" 4 / 22 is left): the subject and the likeness, in two pieces, with no source.

The source is the noun's possessor or the subject of the adjective's copula; else none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.candidate import Candidate, trim
from dateline.quotes.sources import source_of, source_span

__all__ = ["attitude_candidates"]

# Switches for measuring each shape. A noun with a that-clause ("his *claim* that ...", marked
# 20 times in 27 on the four fifths) lost a match on the last fifth: relative clauses parsed as
# its complement ("a claim *that Gowdy's office disputes*"); left off.
USE_ADJECTIVES = True
USE_THAT_NOUNS = False
USE_OBJECT_NOUNS = True
USE_SEEMING_LIKE = True
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
    likeness = trim(doc, obj.left_edge.i, obj.right_edge.i + 1)
    if subject is None or likeness is None:
        return None
    cue = (verb.idx, verb.idx + len(verb.text))
    content = (subject[0], likeness[1])
    return Candidate(content, cue, None, None, WEIGHT, parts=[subject, likeness])


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
