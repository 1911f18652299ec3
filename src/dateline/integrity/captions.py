"""``caption_text``: a photo caption left inside the article body.

Agency captions have a grammar of their own: a one-sentence paragraph, a person placed in the
frame ("second from left"), a present-tense verb for a past moment ("speaks with"), and the
date at the very end ("..., Wednesday, May 10, 2017."), or a photo credit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from dateline.integrity._text import Paragraph, QuoteMask
from dateline.records import Signal

__all__ = ["caption_score", "caption_text"]

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|March|April|May|June|July|Aug(?:ust|\.)?|"
    r"Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATE_END = re.compile(
    rf"(?:,\s*|\s+on\s+){_WEEKDAY}(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?\s*\.?\s*$"
    rf"|,\s*{_MONTH}\s+\d{{1,2}},\s*\d{{4}}\s*\.?\s*$"
)
_POSITION = re.compile(
    r",\s*(?:(?:second|third|fourth|far)\s+)?(?:from\s+)?(?:left|right|center|centre)"
    r"(?:\s+to\s+right)?\s*,|\((?:L|R|C|left|right|center|centre)\)|\bfrom left\b"
)
# A real sentence break (not "Oct. 3" or "Sen. Smith"): a lowercase word, a stop, a capital.
_SENTENCE_BREAK = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")
_CREDIT = re.compile(
    r"\((?:AP|AFP|Reuters|Getty|EPA|Xinhua)[^)]*(?:Photo|Images|/)[^)]*\)|"
    r"\b(?:AP Photo|Photo by|Photo:|Getty Images|REUTERS/)",
)


def caption_score(para_text: str, doc: Doc | None = None, start: int = 0) -> float:
    """How caption-like one paragraph is (0 none, 1 certain)."""
    text = para_text.strip()
    if not text or len(text) > 400 or text[0] in '"“' or _SENTENCE_BREAK.search(text):
        return 0.0
    credit = bool(_CREDIT.search(text))
    position = bool(_POSITION.search(text))
    date_end = bool(_DATE_END.search(text))
    present = _present_main_verb(doc, start, start + len(para_text)) if doc is not None else False
    if credit:
        return 0.9
    if position and (date_end or present):
        return 0.9 if date_end and present else 0.7
    if date_end and present and re.search(r"\b(?:in|at)\s+[A-Z]", text):
        return 0.6
    return 0.0


def _present_main_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.tag_ == "VBZ" and t.dep_ in ("ROOT", "conj") and t.lemma_ != "be" for t in span)


def caption_text(
    text: str, doc: Doc | None, paras: Sequence[Paragraph], mask: QuoteMask
) -> list[Signal]:
    out = []
    for p in paras:
        score = caption_score(text[p.start : p.end], doc, p.start)
        if score > 0 and mask.quoted_share(p.start, p.end) < 0.3:
            out.append(
                Signal(
                    kind="caption_text",
                    start=p.start,
                    end=p.end,
                    detail="a photo caption inside the article body (frame position, "
                    "present tense, trailing date or photo credit)",
                    strength=score,
                )
            )
    return out
