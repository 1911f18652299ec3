"""Floating quotations: a cue-less quotation continues the single speaker before it.

'"A," she said. "B."' goes on with the previous sentence's speaker, and a quotation opening a
paragraph with the previous paragraph's, when that paragraph quotes exactly one speaker and
ends with their words; otherwise it keeps no speaker rather than a guess.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.quotes._doc import text_of
from dateline.quotes.attr import Attr, SpanIndex, anchor, is_direct, opens_sentence, token_at
from dateline.quotes.speakers import Speaker

__all__ = ["float_quotes", "refusal"]


def _sentence_end(doc: Doc, char: int) -> int:
    tok = token_at(doc, max(0, char - 1))
    return tok.sent.end_char if tok is not None else char


def _paragraph_before(text: str, start: int) -> tuple[int, int] | None:
    """The paragraph before the one ``start`` opens, or None if ``start`` does not open one."""
    para = text.rfind("\n", 0, start) + 1
    if text[para:start].strip():
        return None
    end = para
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


# "A spokesman declined to comment. \"We will appeal.\"": a refusal reports nothing that a
# quotation after it could continue (switch for measuring).
NO_FLOAT_AFTER_REFUSAL = True
_REFUSING = {"decline", "refuse"}


def refusal(doc: Doc, a: Attr) -> bool:
    """The report is a refusal ("declined to comment", "refused to say"): PolNeAR marks it,
    but it reports no words of the speaker's."""
    cue = token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None
    return cue is not None and cue.lemma_.lower() in _REFUSING


def _refusal(doc: Doc, a: Attr) -> bool:
    return NO_FLOAT_AFTER_REFUSAL and refusal(doc, a)


def _speaker_key(sp: Speaker) -> tuple[str | None, bool]:
    return (sp.entity or sp.name, sp.anonymous)


def float_quotes(doc: Doc, attrs: list[Attr]) -> None:
    """A cue-less quotation opening a paragraph continues the previous paragraph's speaker
    when that paragraph quotes exactly one speaker and ends with their words."""
    contents = SpanIndex(a.cand.content for a in attrs)
    top = [a for a in attrs if not _is_nested(a, attrs, contents)]
    for a in top:
        if a.cand.cue is not None or a.cand.source_token is not None:
            continue
        here = _same_paragraph_speaker(doc, top, a)
        if here is not None:
            a.floating_from = here
            a.speaker = here.speaker
            a.cand.source = here.cand.source
            continue
        prev = _paragraph_before(text_of(doc), a.cand.content[0])
        if prev is None:
            continue
        # A report whose stated source could not be resolved counts as one more speaker: the
        # paragraph then does not give exactly one, and the quotation stays unattributed.
        reports = [
            b
            for b in top
            if b is not a
            and (b.speaker is not None or b.cand.source is not None)
            and prev[0] <= anchor(b) < prev[1]
        ]
        keys = {_speaker_key(b.speaker) if b.speaker else (None, False) for b in reports}
        before = [b for b in reports if b.speaker is not None]
        if not before or len(keys) != 1:
            continue
        last = max(before, key=anchor)
        if _refusal(doc, last) or not _ends_paragraph(doc, last, prev):
            continue
        a.floating_from = last
        a.speaker = last.speaker
        a.cand.source = last.cand.source


def _ends_paragraph(doc: Doc, last: Attr, para: tuple[int, int]) -> bool:
    """The paragraph's last sentence is the report's cue sentence, or the report's own direct
    quotation runs to the paragraph's end ('"A," Barkley said. "B. C."')."""
    final = _last_sentence_start(doc, para[1])
    if _sentence_end(doc, anchor(last) + 1) >= final:
        return True
    content = last.cand.content
    return is_direct(doc, content) and content[1] >= final


def _same_paragraph_speaker(doc: Doc, top: list[Attr], a: Attr) -> Attr | None:
    """'"A," she said. "B."' / 'X said Y. "B."': a cue-less quotation opening a sentence goes
    on with the speaker of the previous sentence, when that sentence gives exactly one."""
    text = text_of(doc)
    start = a.cand.content[0]
    para = text.rfind("\n", 0, start) + 1
    if not opens_sentence(text[para:start]):
        return None
    before = [
        b
        for b in top
        if b is not a
        and (b.speaker is not None or b.cand.source is not None)
        and para <= anchor(b) < start
        and b.cand.content[1] <= start
    ]
    if not before:
        return None
    last = max((b for b in before if not _relative(b)), key=anchor, default=None)
    if last is None or _refusal(doc, last):
        return None
    prev_start = _last_sentence_start(doc, len(text[:start].rstrip()))
    recent = [b for b in before if anchor(b) >= min(prev_start, anchor(last)) and not _relative(b)]
    if anchor(last) < prev_start or len({_attr_key(text, b) for b in recent}) != 1:
        return None
    return last


def _relative(a: Attr) -> bool:
    """A report inside a relative clause about someone ('X, who has accused Y of ...')."""
    cue = a.cand.cue
    tok = token_at(a.cand.source_token.doc, cue[0]) if cue and a.cand.source_token else None
    return tok is not None and tok.dep_ == "relcl"


def _attr_key(text: str, a: Attr) -> tuple[str | None, bool]:
    if a.speaker is not None:
        return _speaker_key(a.speaker)
    src = a.cand.source
    return (text[src[0] : src[1]].lower() if src else None, False)


def _last_sentence_start(doc: Doc, end: int) -> int:
    tok = token_at(doc, max(0, end - 1))
    if tok is None or tok.idx >= end:
        tok = doc[-1]
        while tok.i > 0 and tok.idx >= end:
            tok = doc[tok.i - 1]
    return tok.sent.start_char


def _is_nested(a: Attr, attrs: list[Attr], contents: SpanIndex | None = None) -> bool:
    """Whether ``a`` sits inside another attribution's content (``contents``: theirs, indexed,
    so that only the few near ``a`` are looked at)."""
    at = anchor(a)
    near = attrs if contents is None else [attrs[i] for i in contents.near(at, at)]
    return any(
        b is not a
        and b.cand.content[0] <= at < b.cand.content[1]
        and b.cand.content != a.cand.content
        for b in near
    )
