"""The attribution candidate and the token-span helpers every parse-based finder shares.

A :class:`Candidate` is one (content, cue, source) proposal with character offsets into
``doc.text``; :data:`SPEECH_VERBS` are the verbs that report speech whatever the model thinks.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

__all__ = ["Candidate", "speech_forms", "token_chars", "trim"]

SUBJ_DEPS = {"nsubj", "csubj"}
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}
# Verbs of saying: with a subject and a clause they report speech whatever the model thinks.
SPEECH_VERBS = {
    "say", "tell", "add", "note", "stress", "warn", "insist", "claim", "state", "explain",
    "argue", "write", "announce", "declare", "recall", "reply", "respond", "acknowledge",
    "admit", "confirm", "deny", "emphasize", "emphasise", "tweet", "testify", "assert",
}  # fmt: skip
_IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"),
    "tweet": ("tweeted",), "testify": ("testified", "testifies"), "deny": ("denied", "denies"),
    "reply": ("replied", "replies"), "admit": ("admitted", "admitting"),
}  # fmt: skip


@lru_cache(maxsize=1)
def speech_forms() -> frozenset[str]:
    """Inflected forms of :data:`SPEECH_VERBS` ("said", "notes", "warning", ...)."""
    out: set[str] = set()
    for verb in SPEECH_VERBS:
        stem = verb[:-1] if verb.endswith("e") else verb
        third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x")) else "s")
        out.update((verb, third, stem + "ed", stem + "ing"))
        out.update(_IRREGULAR.get(verb, ()))
    return frozenset(out)


@dataclass
class Candidate:
    """One attribution found in the parse; offsets index ``doc.text``."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    source_token: Token | None
    source: tuple[int, int] | None
    weight: float
    # Pieces of a content interrupted by its cue ("X, according to Y, did Z").
    parts: list[tuple[int, int]] | None = None
    # Roles the neural tagger marked beside a tagged content ("Q" cue, "S" source).
    tagged: frozenset[str] = frozenset()


def token_chars(tokens: list[Token]) -> tuple[int, int]:
    """The character span from the first token to the end of the last."""
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _dangling_cc(tok: Token) -> bool:
    """'... Ryan's agenda *and*' once the conjunct after it is cut off."""
    return tok.dep_ == "cc" and tok.head.i < tok.i


def trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range ``[start, end)`` without edge punctuation (quote marks kept) or a dangling
    conjunction at its end, as chars."""
    while start < end and (doc[start].is_punct or doc[start].is_space) and not doc[start].is_quote:
        start += 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space or _dangling_cc(doc[end - 1]))
        and not doc[end - 1].is_quote
    ):
        end -= 1
    if end <= start:
        return None
    return token_chars(list(doc[start:end]))
