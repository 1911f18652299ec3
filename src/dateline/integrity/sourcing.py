"""``anonymous_sourcing``: how many of the article's attributed claims rest on unnamed sources.

Claims are counted per sentence, from three places: the quotes stage (its ``anonymous`` flag),
the events stage (``attributed_to``), and the writer's own reporting clauses ("X said", "according
to X"), whose source is named when it contains a name or a pronoun standing for one, and unnamed
when it is a bare role ("officials", "a source", "people familiar with") or the sentence says
"on condition of anonymity". The article fires when unnamed sources carry a large share.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.integrity._index import columns
from dateline.integrity._text import REPORTING_VERBS, QuoteMask, wordset
from dateline.records import Entity, Event, Quote, Signal

__all__ = [
    "Claim",
    "anonymous_sourcing",
    "claims",
    "is_anonymous_source",
    "resolve_attribution",
]

_ANON_HEADS = wordset(
    """
    official officials source sources person people aide aides insider insiders diplomat
    diplomats someone observer observers analyst analysts expert experts report reports
    individual individuals member members spokesman spokeswoman spokesperson staffer
    staffers adviser advisers advisor advisors
    """
)
_ANONYMITY = re.compile(
    r"\b(?:on condition of anonymity|speaking anonymously|declined to be (?:named|identified)|"
    r"(?:asked|requested) not to be (?:named|identified)|not authori[sz]ed to (?:speak|discuss)|"
    r"familiar with the (?:matter|situation|discussions|plans?|talks)|"
    r"(?:according to|said) (?:a |one |two |three |several )?(?:sources?|officials?|people)\b)",
    re.IGNORECASE,
)
# Set on clean PolNeAR train (NYT 240-299, USA Today 500-579): none of those fire.
_MIN_ANON = 4
_MIN_SHARE = 0.35


@dataclass(frozen=True)
class Claim:
    sentence: tuple[int, int]
    source: tuple[int, int]
    named: bool
    who: str
    unresolved: bool = False  # a pronoun source with nothing to refer to


def is_anonymous_source(subject: Span | Token | str) -> bool:
    """A source phrase without a name: 'US officials', 'a source', 'people familiar with'."""
    if isinstance(subject, str):
        words = subject.split()
        return (
            bool(words)
            and words[-1].lower() in _ANON_HEADS
            and not any(w[:1].isupper() for w in words[1:-1])
        )
    tokens = [subject] if isinstance(subject, Token) else list(subject)
    if not tokens:
        return False
    if _head(tokens).lower_ not in _ANON_HEADS:
        return False
    return not any(_names_someone(t) for t in tokens)


def _names_someone(tok: Token) -> bool:
    """A person's name; a country, nationality or agency as modifier keeps a source unnamed."""
    return tok.ent_type_ == "PERSON" or (
        tok.pos_ == "PROPN" and tok.ent_type_ not in ("NORP", "GPE", "ORG")
    )


def _head(tokens: list[Token]) -> Token:
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head == t:
            return t
    return tokens[0]


def _claim_starts(doc: Doc, sent: Span) -> Iterator[Token]:
    """The tokens of ``sent`` that may open a claim, in order: subjects of a reporting verb and
    "according" (the others are skipped on the token columns, without building them)."""
    cols = columns(doc)
    for i in range(sent.start, sent.end):
        if cols.lower[i] == "according" or (
            cols.dep[i] in ("nsubj", "nsubjpass") and cols.lemma[cols.head[i]] in REPORTING_VERBS
        ):
            yield doc[i]


def _own_claims(doc: Doc, mask: QuoteMask) -> list[Claim]:
    out = []
    for sent in doc.sents:
        subject = None
        for tok in _claim_starts(doc, sent):
            if (
                tok.dep_ in ("nsubj", "nsubjpass")
                and tok.head.lemma_.lower() in REPORTING_VERBS
                and not mask.inside(tok.idx)
            ):
                subject = doc[tok.left_edge.i : tok.right_edge.i + 1]
                break
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
                if pobj:
                    subject = doc[pobj[0].left_edge.i : pobj[0].right_edge.i + 1]
                    break
        anon_phrase = _ANONYMITY.search(sent.text)
        if subject is None and anon_phrase is None:
            continue
        if subject is not None and len(subject) > 12:
            subject = doc[subject.root.i : subject.root.i + 1]
        anonymous = anon_phrase is not None or (
            subject is not None and is_anonymous_source(subject)
        )
        if anon_phrase is not None and subject is None:
            src = (sent.start_char + anon_phrase.start(), sent.start_char + anon_phrase.end())
            who = anon_phrase.group(0)
        else:
            src = (subject.start_char, subject.end_char)
            who = subject.text
        out.append(Claim((sent.start_char, sent.end_char), src, not anonymous, who))
    return out


def claims(
    doc: Doc | None,
    quotes: Sequence[Quote],
    events: Sequence[Event],
    mask: QuoteMask,
    dangling: Sequence[Signal] = (),
) -> list[Claim]:
    """Attributed claims, one per sentence (the quotes stage wins over the parse).

    A claim whose speaker is a pronoun that refers to nothing (a ``dangling_reference``) rests
    on no named source either. Orphan quotes are left out: the quotes stage reports them.
    """
    found: dict[tuple[int, int], Claim] = {}
    if doc is not None:
        for c in _own_claims(doc, mask):
            if any(s.start <= c.source[0] < s.end for s in dangling):
                c = Claim(c.sentence, c.source, False, c.who, unresolved=True)
            found[c.sentence] = c
    for q in quotes:
        who = q.speaker_name or q.speaker
        if not who and not q.anonymous:
            continue  # an orphan quote is its own signal (from the quotes stage)
        span = q.source or q.cue or q.content
        key = _sentence_of(doc, q.content.start) or (q.content.start, q.content.end)
        found[key] = Claim(key, (span.start, span.end), not q.anonymous, who or "unnamed")
    for e in events:
        if e.attributed_to is None:
            continue
        key = (e.sentence.start, e.sentence.end)
        if key not in found and not _covered(found, e.trigger.start):
            who, named = resolve_attribution(e.attributed_to, quotes, ())
            found[key] = Claim(key, (e.trigger.start, e.trigger.end), named, who or "unnamed")
    return sorted(found.values(), key=lambda c: c.sentence)


def _covered(found: dict[tuple[int, int], Claim], offset: int) -> bool:
    return any(a <= offset < b for a, b in found)


def resolve_attribution(
    ref: str, quotes: Sequence[Quote], entities: Sequence[Entity] = ()
) -> tuple[str | None, bool]:
    """An event's ``attributed_to`` (a quote id, an entity id or a phrase) as (who, named)."""
    for q in quotes:
        if q.id == ref:
            who = q.speaker_name or (None if q.speaker and q.speaker.startswith("E") else q.speaker)
            return who, bool(q.speaker or q.speaker_name) and not q.anonymous
    for e in entities:
        if e.id == ref:
            return e.name, True
    if ref[:1] in "QE" and ref[1:].isdigit():
        return None, False
    return ref, not is_anonymous_source(ref)


def _sentence_of(doc: Doc | None, offset: int) -> tuple[int, int] | None:
    if doc is None:
        return None
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return None
    s = span[0].sent
    return (s.start_char, s.end_char)


def anonymous_sourcing(found: Sequence[Claim]) -> list[Signal]:
    anon = [c for c in found if not c.named]
    if not found or len(anon) < _MIN_ANON or len(anon) / len(found) < _MIN_SHARE:
        return []
    share = f"{len(anon)} of {len(found)} attributed claims rest on unnamed sources"
    # One signal per source mention: a quotation and its reporting clause share the mention.
    spans: dict[tuple[int, int], Claim] = {}
    for c in anon:
        spans.setdefault((c.source[0], c.source[1]), c)
    return [
        Signal(
            kind="anonymous_sourcing",
            start=c.source[0],
            end=c.source[1],
            detail=f"{'unresolved pronoun' if c.unresolved else 'unnamed source'} '{c.who}' "
            f"({share})",
            strength=round(len(anon) / len(found), 2),
        )
        for c in spans.values()
    ]
