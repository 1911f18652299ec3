"""Find every reported statement in a parsed article and say who made it.

Three sources of quotes, merged: reporting verbs and "according to" from the parse
(:mod:`dateline.quotes.syntax`), quotation marks (:mod:`dateline.quotes.marks`) attached to a
nearby cue ("...," X said / X said: "..." / a block quote after "X reports:" / '"..." ― X',
a quoted transcript's "NAME:" turns one by one), and quotations with no cue that continue the
previous sentence's or paragraph's single speaker; a token tagger (:mod:`dateline.quotes.tagger`)
adds the verb contents it confirms that nothing else covers, and a CRF (:mod:`dateline.quotes.crf`)
adds the contents it is sure of and the sources the parse missed. Reports voiced inside someone's
quotation and quoted terms inside the writer's own sentence (titles, scare quotes) are not
attributions.
Speakers are then resolved in reading order (:mod:`dateline.quotes.speakers`); a quotation
whose speaker the text does not give keeps ``speaker=None`` rather than a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from dateline.quotes._doc import text_of
from dateline.quotes.crf import crf_candidates
from dateline.quotes.lexicon import ANON_NOUNS, NON_AGENTS, TITLE_NOUNS, cue_weight
from dateline.quotes.marks import QuoteSpan, find_quote_spans
from dateline.quotes.names import HONORIFICS, clean_name, fullest
from dateline.quotes.patterns import (
    finding_candidates,
    hearsay_candidates,
    label_candidates,
)
from dateline.quotes.speakers import Antecedents, Speaker, describe
from dateline.quotes.syntax import (
    SPEECH_VERBS,
    Candidate,
    according_candidates,
    fronted_participle,
    relative_antecedent,
    relative_subject,
    source_of,
    source_span,
    verb_candidates,
)
from dateline.quotes.tagger import confirmed_frame, forget_features, tagger_candidates
from dateline.records import Entity, Quote, Span

__all__ = ["find_quotes"]

MIN_QUOTE_WORDS = 4
_TRAIL_TOKENS = 16
_FIRST_PERSON = {"i", "me"}
_STOPS = {".", "!", "?", ";"}
_TERMINAL = ".!?…"
_STARTS_KEY = "dateline.quotes.token_starts"
_OWN_CONTENT = {"ccomp"}
_RAISING = {"seem", "appear"}
# '"..." ― Jane Roe': a dash, then a capitalised name to the end of the line or a comma.
_SIGNED = re.compile(
    r"(?:[^\S\n]|[,.])*([―—–]|--?)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})"
)
# A source inside quotation marks its cue is outside of, or inside its own content, or with no
# word in it ('yelled "Allahu akbar," ... continuing: "..."'), is no source (QA round on news).
DROP_QUOTED_SOURCES = True
# Drop an indirect content that is an adverbial of its cue ("During his trial, X told ...").
DROP_ADVERBIALS = True
# Drop a sourceless "To say X would be an understatement": no one's report.
DROP_GENERIC_SAYING = True
# Drop a content that is one function word ("which", "that", "the"): a cut-off parse, no report.
DROP_FUNCTION_WORDS = True
# A participle modifying a noun with a plain object ("PACs supporting Rubio") is no report,
# unless the noun is itself a message ("a statement highlighting", "a video ad ripping").
DROP_NOUN_MODIFIERS = True
_MESSAGES = {
    "statement", "speech", "ad", "spot", "video", "email", "letter", "tweet", "post", "message",
    "report", "release", "commercial", "column", "editorial", "interview", "remark", "comment",
    "memo", "book", "article", "story", "op-ed",
}  # fmt: skip
_FUNCTION_TAGS = {"DT", "WDT", "WP", "WRB", "IN"}
# "Asked about X, she said ...": X is a question's topic, not a quote (PolNeAR does mark it).
DROP_ASKED_ABOUT = True
# A short quotation right after "X said," is X's (not only before "X said").
SHORT_AFTER = True
# "Do you support X?": the writer's question to the reader is no quote.
DROP_READER_QUESTIONS = True
# Add the content tagger's spans that no other attribution covers (see quotes.tagger).
USE_TAGGER = True
# ... only when their cue verb has no content of its own already.
TAGGER_NEW_CUES_ONLY = False
# Add the CRF's contents that no other attribution covers (see quotes.crf).
USE_CRF = True
# Join a speakerless cue's subject and complement into one two-piece content.
JOIN_AROUND_CUE = True
# Named groups that are only subjects ("Republicans are circulating ...") seed "they" too.
SUBJECT_GROUPS = True
# ... taking the tagger's subject piece for it below CRF_NEW.
JOIN_TAGGED_SUBJECT = True
# Give a report with no source the one the CRF tags for the content it overlaps.
FILL_SOURCE = True
# ... or, below that, the verb frame it matches when the attribution scorer gives it some weight.
CRF_FRAMES = True
# A CRF content nothing else covers counts from this mean probability, when it has a cue.
CRF_NEW = 0.95
# ... or from this one when the tagger also marks its cue and its source (None: never).
CRF_NEW_FULL: float | None = 0.85
# A sure CRF report may contain cue-less quotations ('described the attack as "a sobering
# reminder ..."'), which then count as its words, not as quotations of their own.
ABSORB_BARE = True
# ... from this mean probability (the quotation marks inside are evidence too).
ABSORB_FROM = 0.8
# Widen a report's content to the tagged content that covers it, from this mean probability
# (None: never). Only widening: where the tagger's span is shorter, the parse's was right more
# often on held-out train. 0.6 since the thirteenth round (parses as at run time): the tagger's
# wider span repairs broken parse spans ('asked *how Trump digests*' major news events).
WIDEN_FROM: float | None = 0.6
# A content holding its own source and cue ("which he said were split") starts after the cue.
CUT_OWN_SOURCE = True
# A surname two full names share is the one of them the article introduced before it.
INTRODUCED_NAMES = True
# A source that shows or suggests but is no one's voice ("history says") names no speaker.
NO_NON_AGENT_SPEAKERS = True


@dataclass
class _Attr:
    cand: Candidate
    floating_from: _Attr | None = None
    speaker: Speaker | None = None
    parts: list[tuple[int, int]] | None = None

    @property
    def pieces(self) -> list[tuple[int, int]]:
        """The quoted pieces: its parts, or its whole content."""
        return self.parts or [self.cand.content]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _inside(inner: tuple[int, int], outer: tuple[int, int], slack: int = 2) -> bool:
    return inner[0] >= outer[0] - slack and inner[1] <= outer[1] + slack


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def _token_at(doc: Doc, char: int) -> Token | None:
    """The first token starting at or after ``char`` (binary search: long articles have
    thousands of quotation marks)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None or len(starts) != len(doc):
        starts = [t.idx for t in doc]
        doc.user_data[_STARTS_KEY] = starts
    i = bisect_left(starts, char)
    return doc[i] if i < len(doc) else None


def _cue_after(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'"...," X said' / '"..." said X': a reporting verb with a subject right after the quote."""
    first = _token_at(doc, q.end)
    if first is None:
        return None
    # '"...," she elaborated' / '"...?" he pressed': after a comma, question or exclamation
    # mark inside the marks any verb with a subject reports.
    comma = text_of(doc)[q.start : q.end].rstrip("\"”»' ").endswith((",", "?", "!"))
    seen = 0
    aside = 0
    for tok in doc[first.i :]:
        if "\n" in tok.text or ("\n" in tok.whitespace_ and tok.i > first.i):
            return None
        aside += (tok.text == "(") - (tok.text == ")")
        if tok.is_space or aside > 0 or tok.text == ")" or _nickname_mark(tok):
            continue  # '..., Marcia "Cia" Price (D-Newport News), shouted'
        seen += 1
        if seen > _TRAIL_TOKENS or tok.is_quote or "\n" in tok.text or tok.text in _STOPS:
            return None
        if tok.pos_ in ("VERB", "AUX") and (comma or cue_weight(tok.lemma_.lower()) > 0):
            src = source_of(tok)
            if src is not None and src.idx < q.end:
                src = _subject_between(doc, first, tok)  # the parser took a word of the quote
            if src is None and seen == 1:
                src = _inverted_subject(tok)
            if src is None or any(_own_content(tok, c) for c in tok.children):
                return None  # a cue with its own content is another attribution
            if cue_weight(tok.lemma_.lower()) == 0 and not _reports_before(tok, src):
                continue  # a participle aside, or a name misread as a verb ('Tulsa police')
            return _direct(q, tok, src)
    return None


def _nickname_mark(tok: Token) -> bool:
    """A quotation mark around one or two capitalised words inside a name ('Marcia "Cia"
    Price'), not the start of another quotation."""
    if not tok.is_quote:
        return False
    doc = tok.doc
    for k in (2, 3):
        for mark, inner in ((tok.i + k, doc[tok.i + 1 : tok.i + k]), (tok.i - k, doc[0:0])):
            if mark < 0 or mark >= len(doc) or not doc[mark].is_quote:
                continue
            inner = inner if mark > tok.i else doc[mark + 1 : tok.i]
            if all(t.is_title for t in inner):
                return True
    return False


def _cue_dash(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'"..." ― Sonya Herridge': a quotation signed after a dash by a proper name."""
    m = _SIGNED.match(text_of(doc), q.end)
    if m is None:
        return None
    span = doc.char_span(m.start(2), m.end(2), alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "PROPN":
        return None
    run = [span[0]]
    for t in span[1:]:
        if t.pos_ != "PROPN":
            break
        run.append(t)
    src = run[-1]
    cue = (m.start(1), m.end(1))
    return Candidate((q.start, q.end), cue, src, (run[0].idx, src.idx + len(src.text)), 1.0)


def _reports_before(verb: Token, src: Token) -> bool:
    """A verb outside the cue lexicon reports the quotation before it only as a finite verb
    with a subject ('"...!" she shouted'), not as a participle aside with an object
    ('as a "strong leader," comparing him favorably to ...')."""
    return verb.tag_ not in ("VBG", "VBN") and src.dep_ not in ("dobj", "pobj", "iobj", "dative")


def _subject_between(doc: Doc, first: Token, verb: Token) -> Token | None:
    """'"...," Ramos, 58, told AFP': the head of the first noun phrase between quote and cue."""
    for tok in doc[first.i : verb.i]:
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            while tok.dep_ == "compound" and tok.i < tok.head.i < verb.i:
                tok = tok.head
            return tok
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," said the woman': the noun phrase right after a cue that opens the clause (the
    parser often misreads the inverted subject)."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and doc[k].pos_ in ("DET", "ADJ", "NUM"):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    tok = doc[k]
    while tok.dep_ in ("compound", "amod", "det") and tok.head.i > tok.i and tok.head.i - tok.i < 4:
        tok = tok.head
    return tok


def _own_content(cue: Token, child: Token) -> bool:
    """A clause the cue reports besides the quotation before it; not the rest of that same
    quotation ('"A," she said, "but B."')."""
    if child.dep_ not in _OWN_CONTENT:
        return False
    start = child.left_edge.i
    if start < cue.i:
        return False  # the quotation itself, parsed as the cue's complement
    return not any(t.is_quote for t in cue.doc[cue.i + 1 : start + 1])


def _cue_before(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'X said: "..."' / 'X said, "..."': a clause ending in a colon or comma before the quote."""
    before = text_of(doc)[: q.start].rstrip()
    if before.endswith(" that"):
        return _cue_that(doc, q, len(before) - 4)
    if not before or before[-1] not in ":,":
        return None
    mark = _token_at(doc, len(before) - 1)
    if mark is None or mark.i == 0:
        return None
    label = doc[mark.i - 1]  # not 'saying in a post on Twitter: "..."'
    if before[-1] == ":" and label.ent_type_ == "PERSON" and label.dep_ != "pobj":
        name = label  # 'ANALYSIS - Jane Roe: "..."': a speaker label
        return Candidate((q.start, q.end), (mark.idx, mark.idx + 1), name, source_span(name), 1.0)
    verb = _verb_before(doc[mark.i - 1], q.start)
    if verb is None or (before[-1] == "," and cue_weight(verb.lemma_.lower()) == 0):
        return None
    src = source_of(verb)
    if src is None:
        return None
    return _direct(q, verb, src)


def _said_right_before(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'Priebus said, "Probably."': a short quotation right after a verb of saying and its
    comma or colon is that verb's."""
    before = text_of(doc)[: q.start].rstrip()
    mark = _token_at(doc, len(before) - 1) if before and before[-1] in ":," else None
    if mark is None or mark.i == 0 or doc[mark.i - 1].lemma_.lower() not in SPEECH_VERBS:
        return None
    return _cue_before(doc, q)


def _cue_that(doc: Doc, q: QuoteSpan, at: int) -> Candidate | None:
    """'X said in a statement that "..."': the nearest reporting verb the 'that' hangs from."""
    mark = _token_at(doc, at)
    if mark is None:
        return None
    for t in mark.ancestors:
        if t.idx >= q.start:
            continue
        if t.pos_ in ("VERB", "AUX") and cue_weight(t.lemma_.lower()) > 0:
            src = source_of(t)
            return _direct(q, t, src) if src is not None else None
    sent = [t for t in mark.sent if t.i < mark.i and t.pos_ == "VERB"]
    verbs = [t for t in sent if cue_weight(t.lemma_.lower()) > 0 and source_of(t) is not None]
    if not verbs:
        return None
    verb = verbs[-1]
    return _direct(q, verb, source_of(verb))  # type: ignore[arg-type]


def _verb_before(tok: Token, limit: int) -> Token | None:
    """The verb governing ``tok`` that stands before character ``limit``."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t if t.idx < limit else None
    return None


def _direct(q: QuoteSpan, cue: Token, src: Token) -> Candidate:
    return Candidate(
        content=(q.start, q.end),
        cue=(cue.idx, cue.idx + len(cue.text)),
        source_token=src,
        source=source_span(src),
        weight=1.0,
    )


def _candidates(doc: Doc) -> list[Candidate]:
    """Parse-based candidates, one per content span (the strongest cue wins)."""
    best: dict[tuple[int, int], Candidate] = {}
    found = verb_candidates(doc) + according_candidates(doc)
    found += label_candidates(doc) + finding_candidates(doc) + hearsay_candidates(doc)
    for cand in found:
        old = best.get(cand.content)
        if old is None or cand.weight > old.weight:
            best[cand.content] = cand
    return list(best.values())


def _clip_to_quotes(cands: list[Candidate], marks: list[QuoteSpan]) -> list[Candidate]:
    """A cue inside a quotation reports only within that quotation."""
    out = []
    for c in cands:
        for q in marks:
            if c.cue is not None and q.start <= c.cue[0] < q.end:
                c.content = (max(c.content[0], q.start + q.lead), min(c.content[1], q.end - q.tail))
                break
        if c.content[1] - c.content[0] > 1:
            out.append(c)
    return out


def _merge_marks(doc: Doc, cands: list[Candidate]) -> list[_Attr]:
    """Widen candidates to the quotation they sit in; attach or keep the quotations left over."""
    marks = find_quote_spans(text_of(doc))
    attrs = [_Attr(c, parts=c.parts) for c in _clip_to_quotes(cands, marks)]
    for a in attrs:
        if a.parts and not _inside(a.parts[0], a.cand.content, 0):
            a.parts = None  # clipped to a quotation
    for q in marks:
        qr = (q.start, q.end)
        block = _block_cue(doc, q)
        if block is not None:
            attrs.append(_Attr(block))
            continue
        handled = False
        for a in attrs:
            c = a.cand
            if c.cue is not None and _inside(c.cue, qr, 0):
                continue
            if _overlap(c.content, qr) > 0:
                if a.parts and not any(_inside(qr, p) for p in a.parts):
                    a.parts = None  # the quotation spans the gap: one piece after all
                c.content = (min(c.content[0], qr[0]), max(c.content[1], qr[1]))
                if c.content[0] == qr[0] and c.content[1] > qr[1] and _terminal(text_of(doc), q):
                    c.content = qr  # '"Full sentence," but in fact ...': the quote alone
                if _introduced(doc, c, qr):
                    c.content = (qr[0], c.content[1])
                handled = True
        if handled or _transcript(attrs, q):
            continue
        text = text_of(doc)[q.start : q.end]
        if _words(text) < MIN_QUOTE_WORDS:
            # '"The bullying," Wallace said': a short quotation counts when someone says it.
            short = None
            if _terminal(text_of(doc), q, 1):
                short = _cue_after(doc, q) or (_said_right_before(doc, q) if SHORT_AFTER else None)
            if short is not None:
                attrs.append(_Attr(short))
            continue
        cand = _cue_after(doc, q) or _cue_before(doc, q) or _cue_dash(doc, q)
        if cand is not None:
            attrs.append(_Attr(cand))
            continue
        attrs.append(_Attr(Candidate(qr, None, None, None, 0.5)))
    attrs.sort(key=lambda a: a.cand.content)
    return _join_split_quotes(doc, attrs)


def _transcript(attrs: list[_Attr], q: QuoteSpan) -> bool:
    """A quoted transcript ('"WALLACE: ...  "PENCE: ...'): its labelled turns, found as
    attributions of their own, stand for it."""
    return any(
        a.cand.cue is not None
        and a.cand.source_token is not None
        and q.start <= a.cand.cue[0] < q.end
        and a.cand.cue[1] - a.cand.cue[0] == 1
        and text_of(a.cand.source_token.doc)[a.cand.cue[0]] == ":"
        for a in attrs
    )


def _block_cue(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'McCrummen reports:' closing a paragraph, then a quotation as a paragraph of its own:
    the block quote is hers, whatever "she said" it quotes inside."""
    text = text_of(doc)
    before = text[: q.start].rstrip()
    if not before.endswith(":") or "\n" not in text[len(before) : q.start]:
        return None
    return _cue_before(doc, q)


def _introduced(doc: Doc, c: Candidate, qr: tuple[int, int]) -> bool:
    """'X scolded him: "A," she said': the clause before the colon introduces the quotation
    that a later cue reports; it is the writer's framing, not part of the content."""
    if c.cue is None or c.cue[0] < qr[1] or c.content[0] >= qr[0]:
        return False
    return text_of(doc)[c.content[0] : qr[0]].rstrip().endswith(":")


def _terminal(text: str, q: QuoteSpan, min_words: int = MIN_QUOTE_WORDS) -> bool:
    """The quotation is a full utterance: its words end with punctuation inside the marks."""
    inner = text[q.start + q.lead : q.end - q.tail].rstrip()
    return bool(inner) and inner[-1] in ",.!?;:" and _words(inner) >= min_words


def _join_split_quotes(doc: Doc, attrs: list[_Attr]) -> list[_Attr]:
    """'"A," he said. "B."': one quotation interrupted by its attribution."""
    out: list[_Attr] = []
    last: _Attr | None = None
    for a in attrs:
        if last is not None and _continues_in_paragraph(doc, last, a):
            last.parts = [*last.pieces, a.cand.content]
            last.cand.content = (last.cand.content[0], a.cand.content[1])
            continue
        out.append(a)
        if a.cand.cue is not None and _is_direct(doc, a.cand.content):
            last = a
    return out


def _continues_in_paragraph(doc: Doc, prev: _Attr, cur: _Attr) -> bool:
    p, c = prev.cand, cur.cand
    if p.cue is None or p.source_token is None or not _is_direct(doc, c.content):
        return False
    if not _is_direct(doc, p.content) or c.content[0] < p.content[1]:
        return False
    if c.cue is not None and c.cue != p.cue:
        return False
    gap = text_of(doc)[p.content[1] : c.content[0]]
    near = "\n" not in gap and len(gap) < 120 and (p.cue[0] >= p.content[1] or not gap.strip())
    return near and not _other_clause(doc, p, (p.content[1], c.content[0]))


def _other_clause(doc: Doc, p: Candidate, gap: tuple[int, int]) -> bool:
    """'"A," Tom said. Betsy shook her head. "B."': a sentence of its own with a subject
    between the attribution and the next quotation hands the turn to someone else."""
    span = _span(doc, gap)
    cue = _token_at(doc, p.cue[0]) if p.cue else None
    if span is None or cue is None:
        return False
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.sent.start != cue.sent.start
        and t.idx > cue.idx
        and len(t.sent.text.rstrip()) + t.sent.start_char <= gap[1]  # a whole sentence
        for t in span
    )


def _sentence_end(doc: Doc, char: int) -> int:
    tok = _token_at(doc, max(0, char - 1))
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


def _speaker_key(sp: Speaker) -> tuple[str | None, bool]:
    return (sp.entity or sp.name, sp.anonymous)


def _float(doc: Doc, attrs: list[_Attr]) -> None:
    """A cue-less quotation opening a paragraph continues the previous paragraph's speaker
    when that paragraph quotes exactly one speaker and ends with their words."""
    top = [a for a in attrs if not _is_nested(a, attrs)]
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
            and prev[0] <= _anchor(b) < prev[1]
        ]
        keys = {_speaker_key(b.speaker) if b.speaker else (None, False) for b in reports}
        before = [b for b in reports if b.speaker is not None]
        if not before or len(keys) != 1:
            continue
        last = max(before, key=_anchor)
        if not _ends_paragraph(doc, last, prev):
            continue
        a.floating_from = last
        a.speaker = last.speaker
        a.cand.source = last.cand.source


def _ends_paragraph(doc: Doc, last: _Attr, para: tuple[int, int]) -> bool:
    """The paragraph's last sentence is the report's cue sentence, or the report's own direct
    quotation runs to the paragraph's end ('"A," Barkley said. "B. C."')."""
    final = _last_sentence_start(doc, para[1])
    if _sentence_end(doc, _anchor(last) + 1) >= final:
        return True
    content = last.cand.content
    return _is_direct(doc, content) and content[1] >= final


def _opens_sentence(before: str) -> bool:
    """The text before a quotation ends a sentence ('... she said. "Next."')."""
    tail = before.rstrip()
    if not tail:
        return False
    if tail[-1] in "\"”»'’" and len(tail) > 1:
        return tail[-2] in _TERMINAL
    return tail[-1] in _TERMINAL


def _same_paragraph_speaker(doc: Doc, top: list[_Attr], a: _Attr) -> _Attr | None:
    """'"A," she said. "B."' / 'X said Y. "B."': a cue-less quotation opening a sentence goes
    on with the speaker of the previous sentence, when that sentence gives exactly one."""
    text = text_of(doc)
    start = a.cand.content[0]
    para = text.rfind("\n", 0, start) + 1
    if not _opens_sentence(text[para:start]):
        return None
    before = [
        b
        for b in top
        if b is not a
        and (b.speaker is not None or b.cand.source is not None)
        and para <= _anchor(b) < start
        and b.cand.content[1] <= start
    ]
    if not before:
        return None
    last = max((b for b in before if not _relative(b)), key=_anchor, default=None)
    if last is None:
        return None
    prev_start = _last_sentence_start(doc, len(text[:start].rstrip()))
    recent = [
        b for b in before if _anchor(b) >= min(prev_start, _anchor(last)) and not _relative(b)
    ]
    if _anchor(last) < prev_start or len({_attr_key(text, b) for b in recent}) != 1:
        return None
    return last


def _relative(a: _Attr) -> bool:
    """A report inside a relative clause about someone ('X, who has accused Y of ...')."""
    cue = a.cand.cue
    tok = _token_at(a.cand.source_token.doc, cue[0]) if cue and a.cand.source_token else None
    return tok is not None and tok.dep_ == "relcl"


def _attr_key(text: str, a: _Attr) -> tuple[str | None, bool]:
    if a.speaker is not None:
        return _speaker_key(a.speaker)
    src = a.cand.source
    return (text[src[0] : src[1]].lower() if src else None, False)


def _anchor(a: _Attr) -> int:
    """Where an attribution sits: its cue, or its content when it has none."""
    return a.cand.cue[0] if a.cand.cue is not None else a.cand.content[0]


def _last_sentence_start(doc: Doc, end: int) -> int:
    tok = _token_at(doc, max(0, end - 1))
    if tok is None or tok.idx >= end:
        tok = doc[-1]
        while tok.i > 0 and tok.idx >= end:
            tok = doc[tok.i - 1]
    return tok.sent.start_char


def _is_nested(a: _Attr, attrs: list[_Attr]) -> bool:
    at = _anchor(a)
    return any(
        b is not a
        and b.cand.content[0] <= at < b.cand.content[1]
        and b.cand.content != a.cand.content
        for b in attrs
    )


def _is_direct(doc: Doc, content: tuple[int, int]) -> bool:
    inner = text_of(doc)[content[0] : content[1]].strip()
    return len(inner) > 1 and inner[0] in "\"“«„'‘" and inner.rstrip(".,")[-1] in "\"”»'’"


def _kind(doc: Doc, content: tuple[int, int], marks: list[QuoteSpan]) -> str:
    if _is_direct(doc, content):
        return "direct"
    if any(_inside((q.start, q.end), content, 0) for q in marks):
        return "mixed"
    return "indirect"


def _subject_persons(
    doc: Doc, entities: Sequence[Entity], ante: Antecedents, nested: Callable[[Token], bool]
) -> None:
    """Seed the antecedents with people who are grammatical subjects (candidates for 'he').
    A subject inside quotation marks ('"Tom's much better about it than I am."') is someone's
    words, so it ranks after the narrative's subjects, as a subject inside reported content."""

    def inner(tok: Token) -> bool:
        return nested(tok) or ante.quoted(tok.idx)

    for tok in doc:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN":
            sp = describe(tok, source_span(tok), entities)
            if sp.kind == "person":
                ante.add(tok, sp, inner(tok))
            elif SUBJECT_GROUPS and (group := _named_group(tok, sp)) is not None:
                ante.add(tok, group, inner(tok))


def _named_group(tok: Token, sp: Speaker) -> Speaker | None:
    """'Richard Alba and Nancy Foner ... They compare', 'Republicans ... and they are
    circulating': named people or a nationality or party as a main-clause subject, what a
    later "they" may refer to. Not "Congress and the news media", nor a relative clause's."""
    if tok.head.dep_ in ("relcl", "acl", "advcl") or "\n" in tok.sent.text.strip():
        return None
    people = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if len(people) > 1 and all(_person_or_others(t, k) for k, t in enumerate(people)):
        first = _name_tokens_start(tok)
        name = text_of(tok.doc)[first : people[-1].idx + len(people[-1].text)]
        return Speaker("group", True, name=name)
    if len(people) == 1 and tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
        return replace(sp, kind="group", plural=True)
    return None


def _person_or_others(t: Token, k: int) -> bool:
    """A named person, or, after the first, "other" people of a kind ("Ms. Henry and other
    labor leaders")."""
    if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
        return True
    return k > 0 and t.tag_ == "NNS" and any(c.lower_ == "other" for c in t.lefts)


def _name_tokens_start(tok: Token) -> int:
    """Where the name headed by ``tok`` starts ("*Richard* Alba")."""
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i
    ):
        start -= 1
    return tok.doc[start].idx


def _resolve(doc: Doc, attrs: list[_Attr], entities: Sequence[Entity]) -> None:
    contents = [(a.cand.content, a.cand.source_token) for a in attrs]

    def nested(tok: Token) -> bool:
        return any(
            c[0] <= tok.idx < c[1] and src is not tok and src is not None for c, src in contents
        )

    ante = Antecedents(doc, entities)
    _subject_persons(doc, entities, ante, nested)
    order = sorted(
        (a for a in attrs if a.cand.source_token is not None),
        key=lambda a: a.cand.source_token.idx,  # type: ignore[union-attr]
    )
    first_person = []
    for a in order:
        tok = a.cand.source_token
        assert tok is not None
        span = a.cand.source or (tok.idx, tok.idx + len(tok.text))
        who = relative_antecedent(tok)  # "Reid, *who* said ...": Reid speaks
        if who is not None:
            tok, span = who, source_span(who)
        sp = describe(tok, span, entities)
        if sp.kind == "pronoun" and sp.pronoun in _FIRST_PERSON:
            first_person.append(a)
            continue
        a.speaker = ante.resolve(tok, sp, min(a.cand.content[0], tok.idx))
        if a.speaker is not None:
            ante.add(tok, a.speaker, nested(tok), spoke=True)
    for a in first_person:
        a.speaker = _enclosing_speaker(a, attrs)
    _float(doc, attrs)


def _enclosing_speaker(a: _Attr, attrs: list[_Attr]) -> Speaker | None:
    """'I' inside someone's direct quotation is that someone."""
    tok = a.cand.source_token
    assert tok is not None
    for other in attrs:
        c = other.cand.content
        src = other.cand.source_token
        if (
            other is not a
            and c[0] <= tok.idx < c[1]
            and other.speaker is not None
            and src is not None
            and not c[0] <= src.idx < c[1]
        ):
            return other.speaker
    return None


def _record(doc: Doc, k: int, a: _Attr, marks: list[QuoteSpan]) -> Quote:
    c = a.cand
    sp = a.speaker
    return Quote(
        id=f"Q{k}",
        kind=_kind(doc, c.content, marks),  # type: ignore[arg-type]
        content=Span(start=c.content[0], end=c.content[1]),
        cue=Span(start=c.cue[0], end=c.cue[1]) if c.cue else None,
        source=Span(start=c.source[0], end=c.source[1]) if c.source else None,
        speaker=sp.entity if sp else None,
        speaker_name=sp.name if sp else None,
        anonymous=bool(sp and sp.anonymous),
        parts=[Span(start=s, end=e) for s, e in a.parts] if a.parts else None,
    )


def find_quotes(doc: Doc, entities: Sequence[Entity] = ()) -> list[Quote]:
    """All attributions in ``doc``, ordered by content, with ids Q1, Q2, ..."""
    if len(doc) == 0:
        return []
    marks = find_quote_spans(text_of(doc))
    attrs = _merge_marks(doc, _candidates(doc))
    if USE_CRF:
        attrs = _add_crf(doc, attrs)
    if USE_TAGGER:
        attrs = _add_tagged(doc, attrs)
    forget_features(doc)
    for a in attrs:
        if _writers_own(doc, a.cand):
            a.cand.source_token = a.cand.source = None
    if JOIN_AROUND_CUE:
        attrs = _join_around_cue(doc, attrs)
    for a in attrs:
        a.cand.source = _trimmed(text_of(doc), a.cand.source)
    _resolve(doc, attrs, entities)
    for a in attrs:  # after resolving: what such a source reports still nests its words
        if DROP_QUOTED_SOURCES and _quoted_source(doc, a, marks):
            a.cand.source, a.speaker = None, None
    _full_speakers(attrs, entities)
    for a in attrs:
        if NO_NON_AGENT_SPEAKERS and _non_agent(doc, a):
            a.speaker = None
    if CUT_OWN_SOURCE:
        for a in attrs:
            _cut_own_source(text_of(doc), a)
    kinds = [_kind(doc, a.cand.content, marks) for a in attrs]
    quoted = [a.cand.content for a, k in zip(attrs, kinds, strict=True) if k != "indirect"]
    kept = [
        a
        for a, k in zip(attrs, kinds, strict=True)
        if (k == "direct" or not _within(a, quoted))
        and not _quoted_term(doc, a)
        and not _naming(doc, a)
        and not (DROP_ADVERBIALS and _adverbial(doc, a, k))
        and not (DROP_GENERIC_SAYING and _generic_saying(doc, a))
        and not _carried(doc, a, attrs)
        and not (DROP_ASKED_ABOUT and _asked_about(doc, a))
        and not (DROP_READER_QUESTIONS and _reader_question(doc, a))
        and not (DROP_FUNCTION_WORDS and _function_word(doc, a))
        and not _hortative(a)
        and not (DROP_NOUN_MODIFIERS and _noun_modifier(doc, a))
        and not _all_told(doc, a)
    ]
    return [_record(doc, k, a, marks) for k, a in enumerate(kept, start=1)]


def _non_agent(doc: Doc, a: _Attr) -> bool:
    """'History says', 'Videos of the blast show': a source that is no one's voice."""
    span = _span(doc, a.cand.source)
    tok = span.root if span is not None and len(span) else a.cand.source_token
    if tok is None or tok.lemma_.lower() not in NON_AGENTS:
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)  # "Videos show"


_RELATIVES = frozenset(["", "that", "which", "who", "whom"])


def _cut_own_source(text: str, a: _Attr) -> None:
    """'calls *that some of them said* were unanswered', 'which he said were split': a content
    holding its own source and cue starts after the cue; what it reports is what follows."""
    c, src, cue = a.cand.content, a.cand.source, a.cand.cue
    if a.parts or src is None or cue is None or not (c[0] <= src[0] < cue[0] < cue[1] < c[1]):
        return
    if text[c[0] : src[0]].strip().lower() not in _RELATIVES:
        return  # "how the Labor Department wants to ...": an embedded question keeps its words
    start = cue[1] + len(text[cue[1] : c[1]]) - len(text[cue[1] : c[1]].lstrip(" ,"))
    if start < c[1] and text[start : c[1]].strip():
        a.cand.content = (start, c[1])


def _function_word(doc: Doc, a: _Attr) -> bool:
    """'private lenders, which ...' read as lenders reporting "which"."""
    span = doc.char_span(*a.cand.content, alignment_mode="expand")
    words = [t for t in span or [] if not (t.is_punct or t.is_space)]
    return len(words) == 1 and words[0].tag_ in _FUNCTION_TAGS


def _noun_modifier(doc: Doc, a: _Attr) -> bool:
    """'a super PAC supporting Rubio's campaign', 'groups supporting abortion rights': a
    participle that describes a noun and takes a noun phrase as object reports no one's words
    (a clause after it, as in 'a statement saying that ...', stays, and so does a message:
    'a video ad ripping Clinton', which PolNeAR annotates as the ad's)."""
    cue = _span(doc, a.cand.cue)
    content = _span(doc, a.cand.content)
    if cue is None or content is None or len(cue) != 1:
        return False
    verb = cue[0]
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.lemma_.lower() not in _MESSAGES
        and content.root.pos_ in ("NOUN", "PROPN", "PRON")
    )


def _all_told(doc: Doc, a: _Attr) -> bool:
    """'All told, super PACs spent $2.5 million': the idiom for "in total" tells nothing."""
    cue = _span(doc, a.cand.cue)
    src = a.cand.source_token
    if cue is None or src is None or cue[0].lower_ != "told" or src.lower_ != "all":
        return False
    after = cue[0].i + 1
    return src.i == cue[0].i - 1 and after < len(doc) and doc[after].text == ","


def _span(doc: Doc, chars: tuple[int, int] | None) -> TokenSpan | None:
    """The tokens of a character span, or None when it is empty or missing."""
    span = doc.char_span(*chars, alignment_mode="expand") if chars else None
    return span if span is not None and len(span) else None


def _hortative(a: _Attr) -> bool:
    """A hortative ("Let's hope it stays that way") is the writer's own wish, not a report."""
    src = a.cand.source_token
    if src is None or src.lower_ not in ("'s", "’s", "us"):
        return False
    return any(t.lemma_.lower() == "let" for t in (src.head, src.head.head))


def _join_around_cue(doc: Doc, attrs: list[_Attr]) -> list[_Attr]:
    """'*Clinton* is expected *to win*', '*He* appears *to be unaware*': with no speaker, the
    subject before the cue and the complement after it are one content in two pieces."""
    by_cue: dict[tuple[int, int], list[_Attr]] = {}
    for a in attrs:
        c = a.cand
        if c.cue is not None and c.source is None and not a.parts:
            by_cue.setdefault(c.cue, []).append(a)
    dropped: set[int] = set()
    for cue, group in by_cue.items():
        if len(group) != 2:
            continue
        left, right = sorted(group, key=lambda a: a.cand.content)
        lc, rc = left.cand.content, right.cand.content
        verb = _token_at(doc, cue[0])
        if verb is None or not (lc[1] <= cue[0] and rc[0] >= cue[1]):
            continue
        if _is_direct(doc, lc) or _is_direct(doc, rc):
            continue
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        if not any(lc[0] <= t.idx < lc[1] for t in subjects):
            continue
        right.parts = [lc, rc]
        right.cand.content = (lc[0], rc[1])
        dropped.add(id(left))
    return [a for a in attrs if id(a) not in dropped]


def _writers_own(doc: Doc, c: Candidate) -> bool:
    """'X appears to ...', 'it seems ...', 'it is assumed ...': the writer's own hedge; its
    grammatical subject is what is talked about, not a speaker."""
    if c.cue is None or c.source_token is None:
        return False
    cue = _token_at(doc, c.cue[0])
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if cue.lemma_.lower() in _RAISING:
        return True
    src = c.source_token
    if cue.lemma_.lower() == "be" and _abstract(src):
        return True  # "The idea is that ...": nobody is named
    return src.lower_ == "it" and src.dep_ == "nsubjpass" and src.head is cue


def _abstract(src: Token) -> bool:
    """A singular common noun that names no one: no possessor, no entity ("the idea", not
    "her argument", "the Times" or "critics")."""
    return (
        src.pos_ == "NOUN"
        and src.tag_ == "NN"
        and not src.ent_type_
        and not any(c.dep_ == "poss" for c in src.children)
        and src.lemma_.lower() not in TITLE_NOUNS | ANON_NOUNS
    )


def _frame_for(doc: Doc, c: Candidate) -> Candidate | None:
    """The parse's frame whose content the CRF's content matches (tagger.confirmed_frame)."""
    start = _token_at(doc, c.content[0])
    end = _token_at(doc, c.content[1])
    if start is None:
        return None
    return confirmed_frame(doc, start.i, end.i if end is not None else len(doc))


def _active_cue(doc: Doc, c: Candidate) -> bool:
    """The cue is an active verb: a report that names its speaker somewhere ('Asked ...',
    'is expected', 'reportedly' name none)."""
    cue = _token_at(doc, c.cue[0]) if c.cue is not None else None
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    return cue.tag_ != "VBN" and not fronted_participle(cue)


def _add_crf(doc: Doc, attrs: list[_Attr]) -> list[_Attr]:
    """Merge the CRF's contents: sure ones where nothing else reports (on held-out train the
    rest were right less often than wrong), replacing cue-less quotations inside them, and its
    tagged source for a report the parse gave none. Its boundaries are taken only where they
    widen a report's content (:func:`_widen`): narrowing lost as many matches as it won."""
    cands = crf_candidates(doc)
    if not cands:
        return attrs
    for a in attrs:
        c = a.cand
        over = [x for x in cands if _overlap(x.content, c.content) > 0]
        if FILL_SOURCE and c.source is None and len(over) == 1 and _active_cue(doc, c):
            c.source_token, c.source = over[0].source_token, over[0].source
        if len(over) == 1:
            _widen(doc, a, over[0], attrs)
    bare = [a for a in attrs if _bare(a)] if ABSORB_BARE else []
    taken = [p for a in attrs if a not in bare for p in a.pieces]
    extra = []
    for c in cands:
        if any(_overlap(c.content, t) > 0 for t in taken) or _before_relative_cue(doc, c):
            continue
        inner = [a for a in bare if _overlap(c.content, a.cand.content) > 0]
        if any(not _inside(a.cand.content, c.content, 0) for a in inner):
            continue
        sure = c.weight >= (ABSORB_FROM if inner else _new_from(c))
        if not sure or c.cue is None:
            c = _frame_for(doc, c) if CRF_FRAMES else None
            if c is None:
                continue
        attrs = [a for a in attrs if a not in inner]
        extra.append(_Attr(c))
        taken.append(c.content)
    if JOIN_TAGGED_SUBJECT:
        extra += _other_pieces(doc, cands, attrs + extra, taken)
    return sorted(attrs + extra, key=lambda a: a.cand.content)


def _new_from(c: Candidate) -> float:
    """The probability from which a tagged content nothing else covers counts: lower when the
    tagger also marks a cue and a source beside it (a whole attribution, not a stray span)."""
    if CRF_NEW_FULL is None or not c.tagged >= {"Q", "S"} or c.source_token is None:
        return CRF_NEW
    return min(CRF_NEW, CRF_NEW_FULL) if _phrase(c.source_token.doc, c.source) else CRF_NEW


def _phrase(doc: Doc, span: tuple[int, int] | None) -> bool:
    """The tagged source is one phrase: a single token heads it ('but *signal staunch USA*
    backing' has three, each hanging outside)."""
    if span is None:
        return False
    toks = [t for t in doc.char_span(*span, alignment_mode="expand") or [] if not t.is_punct]
    ends = {t.i for t in toks}
    return sum(1 for t in toks if t.head.i not in ends or t.head is t) == 1


def _bare(a: _Attr) -> bool:
    """A quotation with no cue and no source yet: it only counts later if the paragraph gives
    it a speaker or it opens a sentence, so a sure tagged report around it may replace it."""
    c = a.cand
    return c.cue is None and c.source is None and c.source_token is None and not a.parts


def _widen(doc: Doc, a: _Attr, tagged: Candidate, attrs: list[_Attr]) -> None:
    """'X discussed *the controversy* with Y' where the tagger sure of 'the controversy with
    Y': a one-piece indirect content grows to the tagged content that covers it, unless that
    would swallow another report's words, cue or source ('... would fail *and warned* that')."""
    c = a.cand
    if WIDEN_FROM is None or tagged.weight < WIDEN_FROM or a.parts:
        return
    lo, hi = tagged.content
    if not (lo <= c.content[0] and c.content[1] <= hi) or (lo, hi) == c.content:
        return
    if _is_direct(doc, c.content) or (c.cue is not None and _overlap(c.cue, (lo, hi)) > 0):
        return
    for b in attrs:
        marks = [*b.pieces, *(x for x in (b.cand.cue, b.cand.source) if x is not None)]
        if b is not a and any(_overlap(p, (lo, hi)) > 0 for p in marks):
            return
    c.content = (lo, hi)


def _other_pieces(
    doc: Doc, cands: list[Candidate], attrs: list[_Attr], taken: list[tuple[int, int]]
) -> list[_Attr]:
    """A tagged content before a speakerless cue whose complement was taken ('*Clinton* is
    expected *to win*'): the subject piece, for :func:`_join_around_cue`, even when unsure."""
    open_cues = {a.cand.cue for a in attrs if a.cand.cue is not None and a.cand.source is None}
    out = []
    for c in cands:
        if c.cue not in open_cues or c.source is not None or c.content[1] > c.cue[0]:
            continue
        if c.weight < 0.5 or any(_overlap(c.content, t) > 0 for t in taken):
            continue
        out.append(_Attr(c))
        taken.append(c.content)
    return out


def _before_relative_cue(doc: Doc, c: Candidate) -> bool:
    """A content before "..., whose spokesman said": the relative clause reports what follows
    it, not the clause it hangs from."""
    if c.cue is None or c.content[1] > c.cue[0]:
        return False
    cue = _token_at(doc, c.cue[0])
    return cue is not None and relative_subject(cue)


def _add_tagged(doc: Doc, attrs: list[_Attr]) -> list[_Attr]:
    """The tagger's contents that overlap no attribution found otherwise: reports whose verb
    frame the parse did not propose or the scorer ranked too low."""
    taken = [p for a in attrs for p in a.pieces]
    cues = {a.cand.cue for a in attrs if a.cand.cue is not None}
    extra = []
    for c in tagger_candidates(doc):
        if any(_overlap(c.content, t) > 0 for t in taken) or _is_direct(doc, c.content):
            continue  # quotations are the quotation-mark finder's
        if TAGGER_NEW_CUES_ONLY and c.cue in cues:
            continue
        extra.append(_Attr(c))
        taken.append(c.content)
    if not extra:
        return attrs
    return sorted(attrs + extra, key=lambda a: a.cand.content)


def _quoted_term(doc: Doc, a: _Attr) -> bool:
    """Quotation marks around words inside the writer's own sentence, with no cue and no
    speaker ('a city of "honesty and straight talk."', 'dubbed the "Defeat Hillary PAC"'):
    a title, scare quote or borrowed phrase, not a quotation."""
    c = a.cand
    if c.cue is not None or c.source is not None or a.speaker is not None:
        return False
    text = text_of(doc)
    para = text.rfind("\n", 0, c.content[0]) + 1
    before = text[para : c.content[0]].rstrip()
    return bool(before) and before[-1] not in ":" and not _opens_sentence(before)


def _carried(doc: Doc, a: _Attr, attrs: list[_Attr]) -> bool:
    """'... when voting "to fill a vacancy," per the party's bylaws': a quotation hung on a
    verb that is no saying, inside another report's content, is that report's words."""
    cue = _token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None
    if cue is None or cue.pos_ != "VERB" or cue_weight(cue.lemma_.lower()) > 0:
        return False
    c = a.cand.content
    return any(
        b is not a
        and b.cand.cue is not None
        and _inside(c, b.cand.content, 0)
        and b.cand.content != c
        and not _inside(b.cand.cue, c, 0)
        for b in attrs
    )


def _reader_question(doc: Doc, a: _Attr) -> bool:
    """'Do *you* support X?': the writer asks the reader; nobody has said anything."""
    src = a.cand.source_token
    if src is None or src.lower_ != "you" or _is_direct(doc, a.cand.content):
        return False
    last = [t for t in src.sent if not t.is_space]
    return bool(last) and last[-1].text == "?" and not any(t.is_quote for t in src.sent)


def _asked_about(doc: Doc, a: _Attr) -> bool:
    """'*Asked about* X, she said ...': a participle adjunct naming a question's topic."""
    cue = _token_at(doc, a.cand.cue[0]) if a.cand.cue else None
    if cue is None or cue.lemma_.lower() != "ask" or cue.tag_ != "VBN" or cue.dep_ != "advcl":
        return False
    first = _token_at(doc, a.cand.content[0])
    return first is not None and first.i > 0 and doc[first.i - 1].lower_ == "about"


_NAMING = {"know", "name", "call", "dub", "title", "label", "nickname", "term"}


def _naming(doc: Doc, a: _Attr) -> bool:
    """'exercises known as *Tobruk Legacy*', 'a group dubbed *X*', 'the panel will be dubbed
    *X*': a participle that names something, with no one doing the naming (its subject is
    what is named), reports no one's words."""
    c = a.cand
    cue = _token_at(doc, c.cue[0]) if c.cue is not None else None
    if cue is None or cue.tag_ != "VBN" or cue.lemma_.lower() not in _NAMING:
        return False
    if c.source is None:
        return a.speaker is None
    named = [t for t in cue.children if t.dep_ == "nsubjpass"]
    return any(t.left_edge.idx <= c.source[0] <= t.right_edge.idx for t in named)


def _within(a: _Attr, quoted: list[tuple[int, int]]) -> bool:
    """A report voiced inside someone's quotation ('"Critics say I lied," she said') is part
    of that quotation, not an attribution of the article's own."""
    at = _anchor(a)
    return any(c[0] < at < c[1] and c != a.cand.content for c in quoted)


def _quoted_source(doc: Doc, a: _Attr, marks: list[QuoteSpan]) -> bool:
    """Whether the source span cannot be one: no word, or quoted words (inside a quotation
    that is the attribution's own content, or that its content or cue is outside of: only an
    attribution nested in the same quotation has its source there)."""
    src = a.cand.source
    if src is None:
        return False
    if not any(ch.isalnum() for ch in text_of(doc)[src[0] : src[1]]):
        return True
    cue, content = a.cand.cue, a.cand.content
    own = any(_inside(src, p, 0) for p in a.pieces)
    for q in marks:
        span = (q.start, q.end)
        if _inside(src, span, 0) and (
            own or not _inside(content, span, 0) or (cue is not None and not _inside(cue, span, 0))
        ):
            return True
    return False


_ADVERBIAL_DEPS = {"prep", "advcl", "npadvmod", "advmod"}


def _adverbial(doc: Doc, a: _Attr, kind: str) -> bool:
    """An indirect content that is one fronted adverbial, set off by a comma before its source
    and cue: "During his trial, X told ..." or "When he lunged, X said ..." (a heading run into
    the sentence may hang it from another verb, so the head is not checked)."""
    cue = a.cand.cue
    src = a.cand.source or cue
    if kind != "indirect" or a.parts or cue is None or a.cand.content[1] > min(cue[0], src[0]):
        return False  # only a fronted one: "about X" after "was asked" is what was asked
    span = doc.char_span(*a.cand.content, alignment_mode="expand")
    if span is None or not len(span):
        return False
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
    if len(roots) != 1:
        return False
    between = text_of(doc)[a.cand.content[1] : min(cue[0], src[0])]
    return roots[0].dep_ in _ADVERBIAL_DEPS and between.strip() == ","


def _full_speakers(attrs: list[_Attr], entities: Sequence[Entity]) -> None:
    """Person speakers under the fullest name the article gives them (see quotes.names); a
    speaker with no entity may take the name another speaker was given in full."""
    named = [
        Entity(id=a.speaker.entity or "", name=a.speaker.name, type="PERSON", mentions=[])
        for a in attrs
        if _person_like(a.speaker) and a.speaker and a.speaker.name
    ]
    pool = [*entities, *named]
    for a in attrs:
        sp = a.speaker
        if not _person_like(sp) or sp is None or not sp.name:
            continue
        at = a.cand.source[0] if INTRODUCED_NAMES and a.cand.source else None
        ent = fullest(sp.name, pool, at)
        if ent is not None:
            a.speaker = replace(sp, kind="person", entity=ent.id or None, name=clean_name(ent.name))
        elif sp.kind == "person" and not _kept_apart(sp, entities):
            a.speaker = replace(sp, name=clean_name(sp.name))


def _kept_apart(sp: Speaker, entities: Sequence[Entity]) -> bool:
    """Whether the speaker is an entity the entities stage named with its honorific, to keep
    "Mr. Clinton" and "Mrs. Clinton" of one story apart (``entities.merge.honorific_names``)."""
    ent = next((e for e in entities if e.id == sp.entity), None) if sp.entity else None
    return ent is not None and ent.name == sp.name and ent.name.split()[0].rstrip(".") in HONORIFICS


def _person_like(sp: Speaker | None) -> bool:
    """A single speaker that may be a person: typed so, or untyped by any entity (a surname
    the tagger misread as a noun is "other"), or an "organisation" whose name ran into a
    lowercase word ("Kellogg later retracted")."""
    return bool(
        sp
        and not sp.plural
        and not sp.anonymous
        and (
            sp.kind == "person"
            or (sp.kind in ("org", "other") and sp.entity is None)
            or (sp.kind == "org" and (sp.name or "A").split()[-1][:1].islower())
        )
    )


def _generic_saying(doc: Doc, a: _Attr) -> bool:
    """A sourceless to-infinitive cue that is its clause's subject ("To say he was a great
    speaker is an understatement"): the writer's turn of phrase, not anyone's report. ("It is
    important to note that ..." stays: PolNeAR train annotates it as a sourceless report.)"""
    if a.cand.cue is None or a.cand.source is not None or a.cand.source_token is not None:
        return False
    span = doc.char_span(*a.cand.cue, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cue = span.root
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return cue.dep_ == "csubj"


def _trimmed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A source span without spaces or a comma at its ends ("a fellow court judge,"; a no-break
    space after a name is a token's). Every source is trimmed here before speakers are resolved,
    so a source copied to a floating quote is trimmed too."""
    if span is None:
        return None
    start, end = span
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    while start < end - 1 and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    return start, end
