"""Article layout that both the quotes and integrity stages read: paragraphs, the body start,
the per-paragraph quotation mask, and how far back a speaking pronoun may look.

It lives outside both stage packages (and imports neither) so that each can import it at module
top: the quotes stage resolves speaking pronouns within the same reach (:func:`reach_start`) as
the integrity stage's ``dangling_reference`` check, and both read quotation marks the same way
(:func:`inch_mark`). It also holds the plain-text tests several stages share: a title-case
line (:func:`title_case`) and a sentence end (:data:`SENTENCE_END`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.nlp import text_of

__all__ = [
    "SENTENCE_END",
    "Paragraph",
    "QuoteMask",
    "bare_quote",
    "body_start",
    "inch_mark",
    "line_at",
    "paragraphs",
    "reach_start",
    "sentence_paragraph",
    "span_ents",
    "title_case",
]


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split on blank lines (or single newlines when the text has no blank lines)."""
    splitter = re.compile(r"\n\s*\n") if re.search(r"\n\s*\n", text) else re.compile(r"\n")
    out: list[Paragraph] = []
    pos = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            out.append(Paragraph(len(out), pos + lead, pos + trail))
        pos = m.end() if m else len(text)
    return out


def body_start(text: str, paras: Sequence[Paragraph]) -> int:
    """Offset where the body begins: after a headline (a first paragraph of at most 15 words in
    a text of four or more, or in title case, or up to 30 with no final stop or a line break:
    title and deck), and after an abstract closed by a "FULL TEXT" label (archive exports put
    the publisher's summary, copied from the body, before it)."""
    if not paras:
        return 0
    for para in paras[:6]:
        if _BODY_LABEL.match(text[para.start : para.end]):
            return para.end
    first = text[paras[0].start : paras[0].end]
    no_stop = not first.rstrip().endswith((".", "!", "?", '"', "”"))
    words = len(first.split())
    short = words <= 15 and (len(paras) >= 4 or title_case(first))
    if len(paras) > 1 and (short or (words <= 30 and (no_stop or "\n" in first))):
        return paras[1].start
    return 0


# One run of spaces before the optional stop, so a long blank run cannot backtrack quadratically.
_BODY_LABEL = re.compile(r"\s*(?:FULL TEXT|TEXT|BODY|STORY)(?:\s*[.:])?\s*$")


# A word: a letter, then letters, digits, apostrophes and hyphens ("O'Rourke", "Trump-Clinton").
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A whitespace-separated word that starts with a letter ("U.S.", "Getty/Instagram." whole).
_SPACED_WORD = re.compile(r"(?<!\S)[^\W\d_]\S*")


def title_case(
    line: str, *, shortest: int = 4, least: int = 2, share: float = 0.75, spaced: bool = False
) -> bool:
    """Headline capitalisation: of the line's words (``spaced``: whitespace-separated ones) of
    ``shortest`` characters or more, at least ``least``, a ``share`` of them start upper-case.

    The one test of a title-case line; its callers differ on purpose. The defaults, for telling
    a headline paragraph from body text, skip short words, which a headline may leave
    lower-case ("Trump Says He Will Not Back Down on the Wall"). The line a name crosses
    (:mod:`dateline.entities.mentions`) is often a two- or three-word title or byline ("CNN's
    Fault"), so every word counts there (``shortest=1``), read whole between spaces
    (``spaced``): a credit line "Getty/Instagram." is one word, no title. The headline parsed
    again truecased (:mod:`dateline.quotes.headline`) needs four words, nearly all capitalised
    (``least=4, share=0.8``): lowering the words of an ordinary sentence would lose its names.
    A headline's role source (:mod:`dateline.quotes.resolution`) counts every spaced word, three
    at least (``shortest=1, least=3, spaced=True``).
    """
    found = (_SPACED_WORD if spaced else _WORD).findall(line)
    words = [w for w in found if len(w) >= shortest]
    return len(words) >= least and sum(w[0].isupper() for w in words) >= share * len(words)


def line_at(text: str, at: int) -> str:
    """The line of ``text`` holding offset ``at`` (without its line breaks)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


# Where a sentence ends, as plain text reads it: a stop, any closing marks, then a space and a
# capital or an opening quote (lookahead: the match ends before it), or a line break. Not after
# an initial ("J. Smith"), a two-letter abbreviation ("Mr.", "St.") or a title ("Gov. Smith").
SENTENCE_END = re.compile(
    r"(?<![A-Z][a-z])(?<![A-Z])(?<!Sen)(?<!Rep)(?<!Gov)(?<!Gen)(?<!Col)(?<!Sgt)"
    r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c])|\n"
)


def sentence_paragraph(paras: Sequence[Paragraph], offset: int) -> int:
    """Index of the paragraph holding ``offset`` (the last one starting at or before it)."""
    starts = [p.start for p in paras]
    return max(0, bisect_right(starts, offset) - 1)


_FEET_INCHES = re.compile(r"(?<![\w.])\d['’]\d{1,2}$")
# The closing and ambiguous double marks of :mod:`dateline.quotes.marks`.
_INCH_MARKS = frozenset(["”", "»", '"', "＂"])


def inch_mark(text: str, i: int) -> bool:
    """'he's like 6’2”': a double mark right after feet and inches is the inch sign, not the
    end of a quotation (it closed quotes early and left the rest unattributed). The one test
    of it, shared by the quote finder and the quote mask."""
    return text[i] in _INCH_MARKS and _FEET_INCHES.search(text, max(0, i - 6), i) is not None


# The characters a quotation mark is written with; the scan jumps from one to the next.
_MARK_CHARS = re.compile("[\"\u201c\u201d'`]")


def _mark(text: str, i: int, end: int) -> tuple[str, int]:
    """The character at ``i`` and its width; two backticks open and two apostrophes are a
    straight double mark, the New York Times archive style (as :mod:`dateline.quotes.marks`
    reads them)."""
    pair = text[i : min(i + 2, end)]
    if pair in ("``", "''") and (i == 0 or text[i - 1] not in "'`"):
        return ("“" if pair == "``" else '"'), 2
    return text[i], 1


def _closes(text: str, i: int, start: int, end: int) -> bool:
    """A straight quote after a word or punctuation and before a space or the end."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and before not in "([—-" and (after.isspace() or after in ",.;:")


class QuoteMask:
    """Which characters sit inside quotation marks (straight or curly), per paragraph.

    Unbalanced straight quotes are closed at the paragraph end, as news style does; a straight
    quote shaped as a closer ('hospitalisation." Security') with none open is a stray and opens
    nothing, so one lost mark does not invert the rest of a one-paragraph text.
    """

    def __init__(self, text: str) -> None:
        self._spans: list[tuple[int, int]] = []
        for para in paragraphs(text):
            self._scan(text, para.start, para.end)
        self._starts = [s for s, _ in self._spans]
        self._ends = [e for _, e in self._spans]  # sorted too: the spans never overlap

    def _scan(self, text: str, start: int, end: int) -> None:
        open_at: int | None = None
        after = start  # the end of the last mark read (a pair is read as one)
        for found in _MARK_CHARS.finditer(text, start, end):  # other characters change nothing
            i = found.start()
            if i < after:
                continue
            ch, width = _mark(text, i, end)
            if ch == "“" or (ch == '"' and open_at is None):
                if open_at is None and not (ch == '"' and _closes(text, i + width - 1, start, end)):
                    open_at = i
            elif ch in '”"' and open_at is not None and not inch_mark(text, i):
                self._spans.append((open_at, i + width))
                open_at = None
            after = i + width
        if open_at is not None:
            self._spans.append((open_at, end))

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def inside(self, offset: int) -> bool:
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and self._spans[k][0] <= offset < self._spans[k][1]

    def quoted_share(self, start: int, end: int) -> float:
        """Share of ``[start, end)`` that is inside quotation marks."""
        if end <= start:
            return 0.0
        lo, hi = bisect_right(self._ends, start), bisect_left(self._starts, end)
        covered = sum(max(0, min(end, b) - max(start, a)) for a, b in self._spans[lo:hi])
        return covered / (end - start)


def reach_start(doc: Doc, paras: Sequence[Paragraph], mask: QuoteMask, at: int) -> int:
    """Where the antecedent of a speaking pronoun at character ``at`` may start: the paragraph
    before its own (two back when that one is a bare quotation), never the headline. A paragraph
    about something else between a group and "they said" leaves "they" meaning no one."""
    if not paras:
        return 0
    k = sentence_paragraph(paras, at)
    back = k - 1
    if back >= 0 and bare_quote(doc, paras[back], mask):
        back -= 1
    start_char = paras[max(back, 0)].start if back >= 0 else paras[k].start
    return max(start_char, min(body_start(text_of(doc), paras), paras[k].start))


# A quotation paragraph whose narration is no more than its attribution ("..., Mr. Lee told me.")
_ATTRIBUTION_CHARS = 40


def bare_quote(doc: Doc, para: Paragraph, mask: QuoteMask) -> bool:
    """A paragraph of quotation only, or of quotation and its attribution: the quoted person
    speaks there, so a pronoun after it still reaches the paragraph before."""
    share = mask.quoted_share(para.start, para.end)
    narration = (1 - share) * (para.end - para.start)
    return share > 0.8 or (share >= 0.5 and narration <= _ATTRIBUTION_CHARS)


# Where a document keeps its entities and their token starts, read once (see ``span_ents``).
_ENTS_KEY = "dateline.span_ents"


def span_ents(span: Span) -> list[Span]:
    """``span.ents``, with the document's entities read once per document: ``Span.ents`` walks
    every entity of the document on each call, which made per-sentence look-ups quadratic in a
    long article. Same rule: from the first entity starting inside, until one ends past it. The
    table lives in the document's own ``user_data``, so it dies with it and two documents read
    at once never share it (as ``quotes._doc.ents_of``; entities are final before the stages
    that ask)."""
    if isinstance(span, Doc):
        return list(span.ents)
    doc = span.doc
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = list(doc.ents)
        cached = doc.user_data[_ENTS_KEY] = (ents, [e.start for e in ents])
    ents, starts = cached
    out = []
    for k in range(bisect_left(starts, span.start), len(ents)):
        if ents[k].end > span.end:
            break
        out.append(ents[k])
    return out
