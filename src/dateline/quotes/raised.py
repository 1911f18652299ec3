"""A speakerless raising cue's subject is the first piece of its content.

In "*Clinton* is expected *to win*" or "*The statistics* appear *to be fabricated*" nobody is said
to speak: PolNeAR marks no source and a content in two pieces, the cue's subject and its
complement. :func:`~dateline.quotes.merge.join_around_cue` joins the two when both were found;
here the subject is added when only the complement was (on the first four fifths of train, the
gold of such a "to ..." content with no source has two pieces 103 times and one piece 40 times,
28 of them with a source).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.quotes.attr import Attr, token_at
from dateline.quotes.candidate import trim

__all__ = ["join_raised_subjects"]

_SUBJECTS = {"nsubj", "nsubjpass"}


def _complement_verb(doc: Doc, a: Attr, cue: Token) -> bool:
    """The content is the cue's infinitive complement: it opens with "to" and hangs from it."""
    first = token_at(doc, a.cand.content[0])
    if first is None or first.lower_ != "to" or first.dep_ != "aux":
        return False
    verb = first.head
    return verb.dep_ == "xcomp" and verb.head.i == cue.i


def _subject_piece(doc: Doc, cue: Token) -> tuple[int, int] | None:
    """The span of the cue's subject, when it stands before the cue."""
    subj = next((t for t in cue.children if t.dep_ in _SUBJECTS and t.i < cue.i), None)
    if subj is None:
        return None
    return trim(doc, subj.left_edge.i, subj.right_edge.i + 1)


def join_raised_subjects(doc: Doc, attrs: list[Attr]) -> None:
    """Give each speakerless "to ..." content of a cue with a subject that subject as a first
    piece ('*Mr. Clinton* seemed *to be relishing the fight*')."""
    for a in attrs:
        c = a.cand
        if c.cue is None or c.source is not None or c.source_token is not None or a.parts:
            continue
        cue = token_at(doc, c.cue[0])
        if cue is None or not _complement_verb(doc, a, cue):
            continue
        piece = _subject_piece(doc, cue)
        if piece is None or piece[1] > c.cue[0]:
            continue
        a.parts = [piece, c.content]
        c.content = (piece[0], c.content[1])
