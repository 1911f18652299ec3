""" "according to X", "per X" and "as X noted" attributions: always a report, whatever the verb
frames say."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from dateline.quotes._doc import text_of
from dateline.quotes.candidate import SPEECH_VERBS, Candidate, trim
from dateline.quotes.sources import source_span

__all__ = ["according_candidates"]

_PER_NOT = {"cent", "capita", "annum", "person", "head", "share", "hour", "day", "week"}
_PER_NOT |= {"month", "year", "minute", "second", "mile", "gallon", "unit", "barrel", "ton"}

# A trailing "according to X" the parse hung on the last of coordinated clauses, or on a
# participle clause ("The index fell, wiping out $1 billion, according to X"), sources the whole
# sentence: on the first four fifths of PolNeAR train the gold content starts at the first
# clause 30 times in 38 (conj 25 / 7, advcl 5 / 1; span round, twentieth session).
CLIMB_CLAUSES = True
_CLIMB_DEPS = {"conj", "advcl"}

# "..., as X noted." / "But as X pointed out, ...": a verb of saying whose clause opens with
# "as" stands for the clause it modifies, like "according to X"; the parse gives it no
# complement, so no verb frame proposes one (recall round, twenty-fifth session: on the first
# four fifths of train 11 such asides had a gold report and no prediction, 4 had no gold).
USE_AS_ASIDES = True
AS_ASIDE_VERBS = SPEECH_VERBS | {
    "point", "report", "suggest", "observe", "mention", "predict", "remark", "indicate",
}  # fmt: skip
# Its own complement makes it a report of that ("as he told reporters that ..."), and an object
# a temporal "as" ("As she said goodbye, ...").
_OWN_COMPLEMENTS = {"ccomp", "xcomp", "csubj", "dobj", "dative"}


def _according_phrase(tok: Token) -> list[Token] | None:
    if _per_source(tok) is not None:
        return sorted(tok.subtree, key=lambda t: t.i)
    if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc) or tok.nbor().lower_ != "to":
        return None
    return sorted(set(tok.subtree) | set(tok.nbor().subtree), key=lambda t: t.i)


def _per_source(tok: Token) -> Token | None:
    """', per the party's bylaws' / 'Per the report, ...': "per" set off as an aside names a
    source like "according to" ("$5 per person" is a rate, not a source)."""
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return None
    doc = tok.doc
    k = tok.i - 1
    while k > tok.sent.start and doc[k].is_quote:
        k -= 1  # '..., the ticket," per the bylaws'
    if tok.i > tok.sent.start and doc[k].text not in (",", "—", "–", "("):
        return None
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    if not objs or objs[0].lemma_.lower() in _PER_NOT:
        return None
    obj = objs[0]
    if obj.pos_ != "PROPN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return None
    return obj


def _as_aside(tok: Token) -> Token | None:
    """The subject of a verb of saying set off by "as" ("as *the mayor* noted")."""
    if (
        not USE_AS_ASIDES
        or tok.dep_ != "advcl"
        or tok.pos_ != "VERB"
        or tok.head.pos_ not in ("VERB", "AUX")
        or tok.lemma_.lower() not in AS_ASIDE_VERBS
        or not any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        or any(c.dep_ in _OWN_COMPLEMENTS for c in tok.children)
    ):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _as_candidate(tok: Token, src: Token) -> Candidate | None:
    """'as X noted': the clause the aside modifies, without the aside."""
    phrase = sorted(tok.subtree, key=lambda t: t.i)
    pieces = _around(tok, phrase)
    if not pieces:
        return None
    return Candidate(
        content=(pieces[0][0], pieces[-1][1]),
        cue=(tok.idx, tok.idx + len(tok.text)),
        source_token=src,
        source=source_span(src),
        weight=0.9,
        parts=pieces if len(pieces) > 1 else None,
    )


def according_candidates(doc: Doc) -> list[Candidate]:
    """'according to X': X is the source; the content is the clause the phrase modifies,
    without the phrase (in two parts when the phrase interrupts it)."""
    out = []
    for tok in doc:
        src = _as_aside(tok)
        if src is not None:
            aside = _as_candidate(tok, src)
            if aside is not None:
                out.append(aside)
            continue
        phrase = _according_phrase(tok)
        if phrase is None:
            continue
        prep = tok if tok.lower_ == "per" else tok.nbor()
        objs = [t for t in prep.children if t.dep_ == "pobj"]
        src = objs[0] if objs else None
        pieces = _around(tok, phrase)
        if not pieces:
            continue
        content = (pieces[0][0], pieces[-1][1])
        out.append(
            Candidate(
                content=content,
                cue=(tok.idx, prep.idx + len(prep.text)),
                source_token=src,
                source=source_span(src) if src is not None else None,
                weight=1.0,
                parts=pieces if len(pieces) > 1 else None,
            )
        )
    return out


def _around(tok: Token, phrase: list[Token]) -> list[tuple[int, int]]:
    """The clause ``tok`` modifies, minus ``phrase``: the piece before it and the one after."""
    doc = tok.doc
    sent: Span = tok.sent
    head = _clause_head(tok)
    clause = [t.i for t in head.subtree if sent.start <= t.i < sent.end]
    if not clause:
        return []
    first, last = phrase[0].i, phrase[-1].i
    lo, hi = min(clause[0], first), max(clause[-1] + 1, last + 1)
    pieces = [trim(doc, lo, first), trim(doc, last + 1, hi)]
    return [p for p in pieces if p is not None and len(text_of(doc)[p[0] : p[1]].split()) > 1]


def _clause_head(tok: Token) -> Token:
    """The head of the clause "according to" sources: its own head, or, for a trailing phrase on
    a second clause or a participle clause (see :data:`CLIMB_CLAUSES`), the first clause's."""
    head = tok.head
    while (
        CLIMB_CLAUSES
        and head.dep_ in _CLIMB_DEPS
        and head.head.i < head.i < tok.i
        and head.head.pos_ in ("VERB", "AUX")
        and head.head.sent.start == tok.sent.start
    ):
        head = head.head
    return head
