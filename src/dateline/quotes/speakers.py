"""Who a source mention is: an entity, a named person, an anonymous group, or a pronoun.

Pronouns are resolved only to a compatible, recent antecedent: "he"/"she" to the nearest
preceding named person who spoke or was the subject of a clause, "they" to the nearest
preceding group of people who spoke, "it" to a preceding organisation that spoke. Antecedents
nested inside someone else's reported content rank after top-level ones, and the search stops
a few sentences back, so a pronoun with nothing plausible behind it stays unresolved.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dateline.quotes._doc import ents_of, text_of
from dateline.quotes.lexicon import (
    ANON_MARKERS,
    ANON_NOUNS,
    GROUP_PRONOUNS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    TITLE_NOUNS,
)
from dateline.records import Entity

__all__ = ["Antecedents", "Speaker", "describe"]

WINDOW_SENTENCES = 4
# "it" is vaguer than "he": only an organisation speaking in the same or previous sentence.
IT_WINDOW_SENTENCES = 1
_PERSON_TYPES = {"PERSON", "PER"}
_ORG_TYPES = {"ORG", "GPE", "NORP", "FAC"}
_NAME_DEPS = {"compound", "flat", "nmod"}


@dataclass(frozen=True)
class Speaker:
    """What a source mention denotes. ``kind``: person, group, org, pronoun or other."""

    kind: str
    plural: bool
    entity: str | None = None
    name: str | None = None
    anonymous: bool = False
    pronoun: str | None = None


def _entity_on(entities: Sequence[Entity], tok: Token) -> Entity | None:
    """The entity with a mention covering the token (not merely near it)."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for e in entities:
        for m in e.mentions:
            if m.start <= start and end <= m.end:
                return e
    return None


def _name(tok: Token) -> str:
    """The name in a noun phrase headed by ``tok``: its named-entity span, else its
    proper-noun compounds ("Senator John Hale" -> "John Hale")."""
    for start, end, text in ents_of(tok.doc):
        if start <= tok.i < end:
            return text
    return " ".join(t.text for t in _name_tokens(tok))


def _name_tokens(tok: Token) -> list[Token]:
    """The proper-name words of a noun phrase headed by ``tok`` ("Wayne Madsen")."""
    left = [c for c in tok.lefts if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"]
    run: list[Token] = []
    for c in reversed(left):
        if run and c.i != run[0].i - 1:
            break
        if c.i == (run[0].i - 1 if run else tok.i - 1):
            run.insert(0, c)
    return [*run, tok]


def _ent_label(tok: Token) -> str:
    return tok.ent_type_ if tok.ent_type_ else ""


def _anonymous_markers(tok: Token) -> bool:
    text = " ".join(t.lower_ for t in tok.sent)
    return any(m in text for m in ANON_MARKERS)


def describe(tok: Token, span: tuple[int, int], entities: Sequence[Entity]) -> Speaker:
    """Classify a source mention without looking at the rest of the article."""
    doc: Doc = tok.doc
    low = tok.lower_
    plural = tok.tag_ in ("NNS", "NNPS")
    if low in PERSON_PRONOUNS | GROUP_PRONOUNS | ORG_PRONOUNS | {"i", "we", "you", "me", "us"}:
        return Speaker("pronoun", low in GROUP_PRONOUNS | {"we", "us"}, pronoun=low)
    ent = _entity_on(entities, tok)
    if ent is not None:
        kind = "person" if ent.type in _PERSON_TYPES else "org"
        return Speaker(kind, plural, entity=ent.id, name=ent.name)
    label = _ent_label(tok)
    if tok.pos_ == "PROPN" and label not in _ORG_TYPES - {"NORP"}:
        return Speaker("person" if not plural else "group", plural, name=_name(tok))
    if tok.pos_ == "PROPN":
        return Speaker("org", plural, name=_name(tok))
    text = text_of(doc)[span[0] : span[1]]
    lemma = tok.lemma_.lower()
    if lemma in ANON_NOUNS or _anonymous_markers(tok):
        kind = "group" if plural else "person"
        return Speaker(kind, plural, name=text, anonymous=True)
    if lemma in TITLE_NOUNS:
        return Speaker("title", plural, name=text)
    return Speaker("other", plural, name=text)


def _title_match(title_text: str, entities: Sequence[Entity]) -> Entity | None:
    words = {w.lower() for w in title_text.split() if len(w) > 3}
    hits = [
        e
        for e in entities
        if e.type in _PERSON_TYPES and e.title and words & {w.lower() for w in e.title.split()}
    ]
    return hits[0] if len(hits) == 1 else None


@dataclass
class _Mention:
    pos: int
    sent: int
    speaker: Speaker
    nested: bool


class Antecedents:
    """Speakers and subject persons seen so far, for resolving pronouns and titles."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        self._sent_of = {s.start: k for k, s in enumerate(doc.sents)}
        self.mentions: list[_Mention] = []

    def sent_index(self, tok: Token) -> int:
        return self._sent_of.get(tok.sent.start, 0)

    def add(self, tok: Token, speaker: Speaker, nested: bool) -> None:
        if speaker.kind in ("pronoun", "other", "title") and not speaker.name:
            return
        self.mentions.append(_Mention(tok.idx, self.sent_index(tok), speaker, nested))

    def resolve(self, tok: Token, speaker: Speaker) -> Speaker | None:
        """The speaker a pronoun or bare title refers to, or None when the text is unclear."""
        if speaker.kind == "title":
            ent = _title_match(speaker.name or "", self.entities)
            if ent is None:
                return speaker
            return Speaker("person", False, entity=ent.id, name=ent.name)
        if speaker.kind != "pronoun":
            return speaker
        wanted = _compatible(speaker.pronoun or "")
        if wanted is None:
            return None
        here = self.sent_index(tok)
        window = IT_WINDOW_SENTENCES if speaker.pronoun in ORG_PRONOUNS else WINDOW_SENTENCES
        pool = [
            m
            for m in self.mentions
            if m.pos < tok.idx and here - m.sent <= window and wanted(m.speaker)
        ]
        if not pool:
            return None
        top = [m for m in pool if not m.nested] or pool
        best = max(top, key=lambda m: m.pos)
        if speaker.pronoun in PERSON_PRONOUNS and not self._supported(best, top, tok, here):
            return None
        return replace(best.speaker, kind=best.speaker.kind)

    def _supported(self, best: _Mention, pool: list[_Mention], tok: Token, here: int) -> bool:
        """Whether the text supports reading the pronoun as ``best``, not merely allows it.

        The nearest candidate in the same or the previous sentence is taken; further back, only
        when it is in the pronoun's own paragraph and no other candidate competes with it
        ("He further noted" two paragraphs after several people were named refers to nobody).
        Applied to "he"/"she" only: an unresolved "they" is anonymous either way.
        """
        if here - best.sent <= 1:
            return True
        if "\n" in self.doc.text[best.pos : tok.idx]:
            return False
        names = {m.speaker.entity or m.speaker.name for m in pool}
        return len(names) == 1


def _compatible(pronoun: str):
    if pronoun in PERSON_PRONOUNS:
        return lambda s: s.kind == "person" and not s.plural
    if pronoun in GROUP_PRONOUNS:
        return lambda s: s.kind == "group" or (s.plural and s.kind in ("person", "org"))
    if pronoun in ORG_PRONOUNS:
        return lambda s: s.kind == "org" and not s.plural
    return None
