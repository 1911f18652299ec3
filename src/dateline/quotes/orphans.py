"""``orphan_quote`` signals: quotations whose speaker the text does not give.

Kept apart from quote finding so that what counts as an orphan (an integrity judgement) can
change without touching how quotes are found. Only a saying can be an orphan: a scare quote, a
quoted title or a quoted belief is not. A saying's speaker is given when the text names one
beside it (a transcript label "SMITH:", a trailing "― Jane Smith"), when a pronoun source has
something before it to mean, or when the quotation continues the speaker of the paragraph before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property

from spacy.tokens import Doc, Token

from dateline.nlp import text_of
from dateline.quotes.lexicon import NON_AGENTS
from dateline.quotes.syntax import speech_forms
from dateline.records import Quote, Signal
from dateline.text_layout import Paragraph, QuoteMask, paragraphs

__all__ = ["orphan_signals"]

_PRONOUNS = frozenset(["he", "she", "they", "it"])
# At most this many words, with no verb of saying: a scare quote or a title, not a quotation.
_FRAGMENT_WORDS = 6
_LABEL = re.compile(r"^[\"“”'‘’\s]*(?:[A-Z][A-Z.'’-]+\s){0,3}[A-Z][A-Z.'’-]{2,}:\s")
_TRAILING_NAME = re.compile(r"^[\s,.\"”’]*[―—–]\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]*)+")


def _nested(q: Quote, quotes: Sequence[Quote]) -> bool:
    """Inside another quote's content: part of that quote, not a quotation of its own."""
    return any(
        o is not q
        and o.content.start <= q.content.start
        and q.content.end <= o.content.end
        and (o.content.start, o.content.end) != (q.content.start, q.content.end)
        for o in quotes
    )


def _says(q: Quote, text: str | None) -> bool:
    """The cue is a verb of saying ("It said ..."), not of knowing or doing ("He knows ...",
    "comparing him to a 'strong leader'"): only a statement can be an orphan quote."""
    if q.cue is None or text is None:
        return True
    return text[q.cue.start : q.cue.end].lower() in speech_forms()


def _first_person(q: Quote, text: str | None) -> bool:
    if q.source is None or text is None:
        return False
    return text[q.source.start : q.source.end].lower() in ("i", "we")


def _fragment(q: Quote, text: str) -> bool:
    """A few quoted words with no cue: a scare quote or a title ("''Politicking''")."""
    return q.cue is None and len(text[q.content.start : q.content.end].split()) <= _FRAGMENT_WORDS


def _labelled(q: Quote, text: str) -> bool:
    """A transcript turn ("WALLACE: ...") or a quotation signed after a dash ("... ― Ann Lee")."""
    if _LABEL.match(text[q.content.start : q.content.start + 60]):
        return True
    return bool(_TRAILING_NAME.match(text[q.content.end : q.content.end + 60]))


def _paragraph_before(text: str, offset: int) -> tuple[int, int, int]:
    """(start, end) of the paragraph before the one holding ``offset`` and where that one
    starts; (0, 0, 0) for the first paragraph."""
    start = text.rfind("\n\n", 0, offset)
    if start < 0:
        return 0, 0, 0
    prev = text.rfind("\n\n", 0, start)
    return (0 if prev < 0 else prev + 2), start, start + 2


def _continues(q: Quote, text: str, spoken: list[Quote]) -> bool:
    """A quotation continuing a speaker: the next quotation after that speaker's in the same
    paragraph, or one standing alone right after a paragraph whose quotation has a speaker
    (news carries one speaker's words over paragraphs without repeating "he said") or that
    introduces it with a colon ("McCrummen reports:")."""
    prev_start, prev_end, own_start = _paragraph_before(text, q.content.start)
    if q.cue is None and any(
        own_start <= o.content.start < q.content.start and o.kind != "indirect" for o in spoken
    ):
        return True
    if prev_end == 0 or text[own_start : q.content.start].strip(" \"“'‘"):
        return False  # the first paragraph, or one with its own words before the quotation
    if text[prev_start:prev_end].rstrip().endswith(":"):
        return True
    return any(prev_start <= o.content.start < prev_end and o.kind != "indirect" for o in spoken)


def _pronoun(q: Quote, doc: Doc | None) -> Token | None:
    if doc is None or q.source is None:
        return None
    span = doc.char_span(q.source.start, q.source.end)
    if span is None or len(span) != 1 or span[0].lower_ not in _PRONOUNS:
        return None
    return span[0]


class _Layout:
    """The article's paragraphs and quotation mask, built once, on the first pronoun source
    that needs them (rebuilding them per quote was most of the stage's time on long texts)."""

    def __init__(self, doc: Doc | None) -> None:
        self.doc = doc

    @cached_property
    def parts(self) -> tuple[list[Paragraph], QuoteMask]:
        text = text_of(self.doc) if self.doc is not None else ""
        return paragraphs(text), QuoteMask(text)

    def resolved(self, q: Quote) -> bool:
        """A pronoun source ("he said") with a person, group or institution before it to mean."""
        tok = _pronoun(q, self.doc)
        if tok is None or self.doc is None:
            return False
        # The integrity stage's judgement (and its word lists): loaded when a pronoun source
        # needs it, so importing the quotes stage does not import the integrity stage.
        from dateline.integrity.references import pronoun_resolves

        paras, mask = self.parts
        return pronoun_resolves(self.doc, paras, mask, tok)


def _non_agent(q: Quote, doc: Doc | None) -> bool:
    if doc is None or q.source is None:
        return False
    span = doc.char_span(q.source.start, q.source.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in NON_AGENTS


def _saying(q: Quote, text: str | None) -> bool:
    """Whether the quote is someone's statement at all (not a scare quote, title or belief)."""
    if not _says(q, text):
        return False
    if q.kind != "direct" and q.source is None:
        return False  # a sourceless construction like "Asked about X, ..." quotes no one
    return text is None or not _fragment(q, text)


def _orphan(q: Quote, text: str | None, layout: _Layout, spoken: list[Quote]) -> bool:
    """A saying whose speaker neither the quotes stage nor its surroundings give."""
    if _first_person(q, text) or q.anonymous:
        return False  # "I told him ...": the writer speaks; "officials said": anonymous sourcing
    if _non_agent(q, layout.doc):
        return False  # "History says ...": the writer's own claim, in no one else's mouth
    if text is None:
        return True
    if _labelled(q, text) or _continues(q, text, spoken):
        return False
    return not layout.resolved(q)


def _detail(q: Quote, text: str | None) -> str:
    """Why the quote is an orphan, in an analyst's words."""
    what = "quotation" if q.kind != "indirect" else "reported statement"
    if q.source is None or text is None:
        return f"{what} {q.id} with no speaker: nothing around it says who said it"
    said = text[q.source.start : q.source.end]
    if q.cue is not None and 0 < q.cue.start - q.source.end <= 20:
        said = " ".join(text[q.source.start : q.cue.end].split())  # "He further noted"
    said = f"'{said}'"
    return f"{what} {q.id} rests on {said}, and the article never says who that is"


def orphan_signals(
    quotes: Sequence[Quote], text: str | None = None, doc: Doc | None = None
) -> list[Signal]:
    """One ``orphan_quote`` signal per top-level quotation whose speaker the text does not give
    (and per reported statement whose stated source cannot be resolved). With ``text``, scare
    quotes, titles, labelled turns and continuations are left out; with ``doc``, so are pronoun
    sources that have an antecedent."""
    out = []
    spoken: list[Quote] = []
    layout = _Layout(doc)
    for q in sorted(quotes, key=lambda q: q.content.start):
        if q.speaker is not None or q.speaker_name is not None:
            spoken.append(q)
            continue
        if _nested(q, quotes) or not _saying(q, text):
            continue
        if not _orphan(q, text, layout, spoken):
            if not q.anonymous:
                spoken.append(q)
            continue
        detail = _detail(q, text)
        out.append(
            Signal(
                kind="orphan_quote",
                start=q.content.start,
                end=q.content.end,
                detail=detail,
                strength=0.8 if q.kind == "direct" else 0.5,
            )
        )
    return out
