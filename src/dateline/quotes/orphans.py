"""``orphan_quote`` signals: quotations whose speaker the text does not give.

Kept apart from quote finding so that what counts as an orphan (an integrity judgement) can
change without touching how quotes are found.
"""

from __future__ import annotations

from collections.abc import Sequence

from dateline.quotes.syntax import speech_forms
from dateline.records import Quote, Signal

__all__ = ["orphan_signals"]


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
    """The report's cue is a verb of saying ("It said ..."), not of knowing or doing ("He
    knows ...", "it means admitting ..."): only a statement can be an orphan quote."""
    if q.cue is None:
        return False
    if text is None:
        return True
    return text[q.cue.start : q.cue.end].lower() in speech_forms()


def _first_person(q: Quote, text: str | None) -> bool:
    if q.source is None or text is None:
        return False
    return text[q.source.start : q.source.end].lower() in ("i", "we")


def orphan_signals(quotes: Sequence[Quote], text: str | None = None) -> list[Signal]:
    """One ``orphan_quote`` signal per top-level quotation whose speaker the text does not give
    (and per reported statement whose stated source cannot be resolved). With ``text``, an
    indirect report counts only when its cue is a verb of saying."""
    out = []
    for q in quotes:
        if q.speaker is not None or q.speaker_name is not None or _nested(q, quotes):
            continue
        if _first_person(q, text):
            continue  # "I told him ...": the writer speaks
        # A quotation, or a statement whose stated source ("It said") leads nowhere; not a
        # sourceless construction like "Asked about X, ..." that quotes no one.
        if q.kind == "direct" or (q.source is not None and _says(q, text)):
            detail = f"{q.kind} quote {q.id} has no determinable speaker"
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
