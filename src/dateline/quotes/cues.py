"""Cues around quotation marks: who says a quotation that the parse gives no reporting verb.

'"...," X said' / '"..." said X' after it, 'X said: "..."' / 'X said that "..."' before it,
'"..." ― Jane Roe' signed after a dash, and a block quote after a paragraph ending
"X reports:". Each returns a :class:`~dateline.quotes.candidate.Candidate` or None.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.entities.cue_words import cue_form
from dateline.quotes._doc import text_of
from dateline.quotes.attr import token_at
from dateline.quotes.lexicon import cue_weight
from dateline.quotes.marks import QuoteSpan
from dateline.quotes.syntax import SPEECH_VERBS, Candidate, source_of, source_span

__all__ = [
    "block_cue",
    "capital_cue",
    "capital_cue_starts",
    "cue_after",
    "cue_before",
    "cue_dash",
    "said_right_before",
]

_TRAIL_TOKENS = 16
_STOPS = {".", "!", "?", ";"}
_OWN_CONTENT = {"ccomp"}
# '"..." ― Jane Roe': a dash, then a capitalised name to the end of the line or a comma.
_SIGNED = re.compile(
    r"(?:[^\S\n]|[,.])*([―—–]|--?)[^\S\n]*([A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})"
)


def cue_after(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'"...," X said' / '"..." said X': a reporting verb with a subject right after the quote."""
    first = token_at(doc, q.end)
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
            if src is None and _capital_participle(tok, first):
                src = _subject_between(doc, first, tok)
            if src is None and seen == 1:
                src = _inverted_subject(tok)
            if src is None or any(_own_content(tok, c) for c in tok.children):
                return None  # a cue with its own content is another attribution
            if cue_weight(tok.lemma_.lower()) == 0 and not _reports_before(tok, src):
                continue  # a participle aside, or a name misread as a verb ('Tulsa police')
            return _direct(q, tok, src)
    return None


# A capitalised cue after a quotation ('"...," Tweeted Murphy'); switch for measuring.
USE_CAPITAL_CUES = True
_NAME_POS = {"PROPN", "NOUN", "ADJ"}
_AFTER_NAME = {",", ".", ";", "!", "?", ")"}


def capital_cue(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'"...," Tweeted Murphy.' / a line opening "Added the senator." after a quotation: a
    capitalised cue word, which the parser takes for part of a name, then the speaker, then
    the end of the clause (not a colon, which introduces the next quotation)."""
    if not USE_CAPITAL_CUES:
        return None
    rest = text_of(doc)[q.end :]
    at = q.end + len(rest) - len(rest.lstrip())
    cue = token_at(doc, at)
    if cue is None or cue.idx != at or not cue.is_title or cue_form(cue.text) is None:
        return None
    run = _name_after(cue)
    if not run:
        return None
    nxt = doc[run[-1].i + 1] if run[-1].i + 1 < len(doc) else None
    if nxt is not None and not (nxt.text in _AFTER_NAME or nxt.pos_ == "ADP" or nxt.is_space):
        return None
    closed = text_of(doc)[q.start : q.end].rstrip("\"”»' ").endswith(".")
    if closed and _finite_after(run[-1]):
        return None  # '"..." Says Who, a new film, opens ...': a new sentence
    head = next((t for t in reversed(run) if t.pos_ != "ADJ"), run[-1])
    return Candidate(
        (q.start, q.end),
        (cue.idx, cue.idx + len(cue.text)),
        head,
        (run[0].idx, run[-1].idx + len(run[-1].text)),
        1.0,
    )


def _finite_after(last: Token) -> bool:
    """A tensed verb later in the sentence, of which the words before would be the subject."""
    rest = last.doc[last.i + 1 : last.sent.end]
    return any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP") for t in rest)


def capital_cue_starts(doc: Doc, marks: list[QuoteSpan]) -> set[int]:
    """Where a capitalised cue follows a quotation: an entity starting there ("Tweeted
    Murphy") is the parser's misreading, not a name to resolve a speaker to."""
    out = set()
    for q in marks:
        c = capital_cue(doc, q)
        if c is not None and c.cue is not None:
            out.add(c.cue[0])
    return out


def _name_after(cue: Token) -> list[Token]:
    """The speaker right after a fronted cue: a pronoun, or an optional determiner and up to
    five name or noun words ("Sen. Elizabeth Warren", "the senator")."""
    doc = cue.doc
    k = cue.i + 1
    if k < len(doc) and doc[k].pos_ == "PRON" and doc[k].lower_ in ("he", "she", "they"):
        return [doc[k]]
    run = [doc[k]] if k < len(doc) and doc[k].lower_ in ("the", "a", "an") else []
    for t in doc[k + len(run) : k + len(run) + 5]:
        if t.is_punct and not t.text.endswith("."):
            break
        if t.pos_ not in _NAME_POS and not (t.is_title and not t.is_punct):
            break
        run.append(t)
    while run and (run[-1].is_punct or run[-1].lower_ in ("the", "a", "an")):
        run.pop()
    if not any(t.pos_ in ("PROPN", "NOUN") or t.is_title for t in run):
        return []
    return run


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


def cue_dash(doc: Doc, q: QuoteSpan) -> Candidate | None:
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


def _capital_participle(verb: Token, first: Token) -> bool:
    """'"...!" Jones, the head of the group, *Tweeted* on Friday': a capitalised verb inside the
    sentence, which the parser reads as a participle modifying the name before it; the capital
    shows the writer's finite verb, and the name is its subject."""
    return (
        verb.is_title
        and verb.i > first.i
        and verb.dep_ == "acl"
        and first.i <= verb.head.i < verb.i
        and verb.head.pos_ in ("PROPN", "NOUN")
        and _word_before(verb) == ","
    )


def _word_before(tok: Token) -> str:
    """The text of the token before ``tok`` (empty at the start)."""
    return tok.doc[tok.i - 1].text if tok.i > 0 else ""


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


def cue_before(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'X said: "..."' / 'X said, "..."': a clause ending in a colon or comma before the quote."""
    before = text_of(doc)[: q.start].rstrip()
    if before.endswith(" that"):
        return _cue_that(doc, q, len(before) - 4)
    if not before or before[-1] not in ":,":
        return None
    mark = token_at(doc, len(before) - 1)
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


def said_right_before(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'Priebus said, "Probably."': a short quotation right after a verb of saying and its
    comma or colon is that verb's."""
    before = text_of(doc)[: q.start].rstrip()
    mark = token_at(doc, len(before) - 1) if before and before[-1] in ":," else None
    if mark is None or mark.i == 0 or doc[mark.i - 1].lemma_.lower() not in SPEECH_VERBS:
        return None
    return cue_before(doc, q)


def _cue_that(doc: Doc, q: QuoteSpan, at: int) -> Candidate | None:
    """'X said in a statement that "..."': the nearest reporting verb the 'that' hangs from."""
    mark = token_at(doc, at)
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


def block_cue(doc: Doc, q: QuoteSpan) -> Candidate | None:
    """'McCrummen reports:' closing a paragraph, then a quotation as a paragraph of its own:
    the block quote is hers, whatever "she said" it quotes inside."""
    text = text_of(doc)
    before = text[: q.start].rstrip()
    if not before.endswith(":") or "\n" not in text[len(before) : q.start]:
        return None
    return cue_before(doc, q)
