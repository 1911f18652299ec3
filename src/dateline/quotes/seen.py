"""The people and groups an article has named so far, where, and what the text says of them.

:class:`Seen` is the memory the speaker resolvers (:mod:`dateline.quotes.pronouns`,
:mod:`dateline.quotes.titles`, :mod:`dateline.quotes.groups`) share: each source or subject
mention with its sentence number, whether it spoke or sits in someone else's words, and its
stated gender, plus the article's layout (sentences, paragraphs, quotation marks), found once.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from dateline.quotes._doc import text_of
from dateline.quotes.gender import entity_gender, gender_before
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.mentions import Speaker, name_tokens
from dateline.quotes.names import PERSON_TYPES
from dateline.records import Entity
from dateline.text_layout import QuoteMask, body_start, paragraphs, reach_start

__all__ = ["QUOTED_GAPS", "WINDOW_SENTENCES", "Mention", "Seen", "main_clause", "sentence_numbers"]

WINDOW_SENTENCES = 4
# A mention after a line break inside a parsed sentence ranks as a main clause's.
LINE_MAINS = True
# Sentences wholly inside quotation marks do not separate a role noun from its antecedent.
QUOTED_GAPS = True


@dataclass
class Mention:
    """A person or group seen at character ``pos`` of sentence number ``sent``."""

    pos: int
    sent: int
    speaker: Speaker
    nested: bool
    spoke: bool = False
    gender: str | None = None
    main: bool = True  # the subject of its sentence's main clause, not of a clause inside it


class Seen:
    """Speakers and subject persons seen so far, for resolving pronouns and titles."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        self._sent_of = sentence_numbers(doc)
        self._marks: list[tuple[int, int]] | None = None
        self._mark_index: tuple[list[int], list[int]] | None = None
        self.mentions: list[Mention] = []
        # the content spans of the attributions, by their source token's offset (the resolver's)
        self.contents: dict[int, list[tuple[int, int]]] = {}
        self._gender = {e.id: g for e in entities if (g := entity_gender(text_of(doc), e))}
        self._persons = sorted(
            (m.start, e.id) for e in entities if e.type in PERSON_TYPES for m in e.mentions
        )
        self._paras: tuple | None = None
        self._quoted_sents: set[int] | None = None
        self._quoted_below: list[int] = []
        self._first_chars: dict[int | None, int] | None = None

    def sent_index(self, tok: Token) -> int:
        return self._sent_of.get(tok.sent.start, 0)

    def add(self, tok: Token, speaker: Speaker, nested: bool, spoke: bool = False) -> None:
        """Remember a person seen at ``tok``; ``spoke``: as the source of an attribution."""
        if speaker.kind in ("pronoun", "other", "title") and not speaker.name:
            return
        gender = self._gender.get(speaker.entity or "") or gender_before(
            text_of(self.doc), name_tokens(tok)[0].idx
        )
        sent = self.sent_index(tok)
        main = main_clause(tok) or (LINE_MAINS and _after_line_break(tok))
        self.mentions.append(Mention(tok.idx, sent, speaker, nested, spoke, gender, main))

    def _layout(self) -> tuple:
        """The article's paragraphs, quotation mask and body start, found once."""
        if self._paras is None:
            text = text_of(self.doc)
            paras = paragraphs(text)
            self._paras = (paras, QuoteMask(text), body_start(text, paras))
        return self._paras

    def reach(self, at: int) -> int:
        """Where an antecedent of "they" or "it" at ``at`` may start: the reach the integrity
        stage's ``dangling_reference`` check uses (this and the previous paragraph, never the
        headline), so the two stages agree on which pronouns refer to someone."""
        paras, mask, _ = self._layout()
        return reach_start(self.doc, paras, mask, at)

    def _sentence_start(self, number: int) -> int:
        """Where sentence ``number`` starts (the text's start for one before the first)."""
        if self._first_chars is None:  # the first sentence of each number, found once
            self._first_chars = {}
            for s in self.doc.sents:
                self._first_chars.setdefault(self._sent_of.get(s.start), s.start_char)
        return self._first_chars.get(number, 0)

    def _gender_of(self, m: Mention) -> str | None:
        """Stated by the text at the mention, else learnt from a pronoun resolved to them."""
        return m.gender or self._gender.get(m.speaker.entity or "")

    def _sentence_at(self, tok: Token, start: int | None) -> int:
        """The sentence the attribution starts in (the pronoun's own when it starts there)."""
        if start is None or start >= tok.idx:
            return self.sent_index(tok)
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return self.sent_index(span[0]) if span is not None and len(span) else self.sent_index(tok)

    def _read_at(self, tok: Token, start: int | None) -> tuple[int, int]:
        """The sentence a source is read in and the offset its antecedent must stand before
        (the attribution's start, where that comes before the source)."""
        here = self._sentence_at(tok, start)
        return here, min(tok.idx, start) if start is not None else tok.idx

    def _quote_marks(self) -> list[tuple[int, int]]:
        """The article's quotation spans, found once per article."""
        if self._marks is None:
            self._marks = [(q.start, q.end) for q in find_quote_spans(text_of(self.doc))]
        return self._marks

    def narrative_gap(self, first: int, last: int) -> int:
        """Sentences from number ``first`` to ``last`` (as ``last - first``), not counting the
        ones between them that lie wholly inside quotation marks: a quotation of three
        sentences does not push its speaker away from "the billionaire" after it."""
        if last - first <= 1 or not QUOTED_GAPS:
            return last - first
        if self._quoted_sents is None:
            self._quoted_sents = {
                self._sent_of.get(s.start, 0) for s in self.doc.sents if self._all_quoted(s)
            }
            # quoted sentences numbered below k, for k up to past the last one
            top = max(self._quoted_sents, default=-1) + 1
            flags = (int(k in self._quoted_sents) for k in range(top))
            self._quoted_below = [0, *accumulate(flags)]
        below = self._quoted_below
        lo, hi = (min(max(k, 0), len(below) - 1) for k in (first + 1, last))
        return last - first - (below[hi] - below[lo])

    def _all_quoted(self, sent: Span) -> bool:
        """Whether a sentence's first and last words lie inside quotation marks."""
        words = [t for t in sent if t.is_alpha]
        return bool(words) and self.quoted(words[0].idx) and self.quoted(words[-1].idx)

    def quoted(self, pos: int) -> bool:
        """Whether character ``pos`` lies inside quotation marks: some span opening before it
        closes after it (bisection over the spans by start, with the furthest end so far)."""
        if self._mark_index is None:
            spans = sorted(self._quote_marks())
            self._mark_index = ([a for a, _ in spans], list(accumulate((b for _, b in spans), max)))
        starts, reach = self._mark_index
        k = bisect_left(starts, pos)  # the spans with a < pos
        return k > 0 and reach[k - 1] > pos


def _after_line_break(tok: Token) -> bool:
    """ "... into the U.S.\nChris Christie added ...": a line break inside a parsed sentence
    (the parser ran two lines together) starts a new main clause for the ranking."""
    return any(t.is_space and "\n" in t.text for t in tok.doc[tok.sent.start : tok.i])


_EMBEDDED = {"ccomp", "advcl", "relcl", "acl", "pcomp", "csubj", "xcomp"}


def main_clause(tok: Token) -> bool:
    """Whether a mention belongs to its sentence's main clause: no clause boundary between it
    and the root ("Lynch has the final say on whether *Clinton* faces ...": Clinton does not)."""
    t = tok
    while t.head.i != t.i:
        if t.dep_ in _EMBEDDED:
            return False
        t = t.head
    return True


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Sentence number by first token; a stray piece with no word (a quotation mark the
    parser split off) shares the number of the sentence before it."""
    out: dict[int, int] = {}
    k = -1
    for sent in doc.sents:
        if k < 0 or (any(t.is_alpha for t in sent) and not _run_on(doc, sent)):
            k += 1
        out[sent.start] = k
    return out


# "Vincent told the agency Mr Suarez had borrowed ...": a sentence the parser split off with
# no punctuation or line break before it (a second root) is still the sentence before it.
RUN_ON_SENTENCES = True


def _run_on(doc: Doc, sent: Span) -> bool:
    """Whether a parsed sentence follows a word of the one before it, with no punctuation
    (nor an abbreviation's full stop) or line break between."""
    if not RUN_ON_SENTENCES or sent.start == 0:
        return False
    before = doc[sent.start - 1]
    return before.text[-1:].isalnum() and "\n" not in before.whitespace_
