"""Contents that are no one's statement, read on real news, and what each one really is.

PolNeAR's guidelines count far more than speech as attribution (beliefs, fears, desires,
decrees, negated reports: "did not mention X by name", "is expected to", "loves to sing"), so
those stay. What neither the guidelines nor the train gold count is dropped or repaired here:
a number or a date parsed as the one who speaks ("12 showed resistance", "on Tuesday, May 16,
approved"), an imperative addressed to the reader ("For details, call the museum at ..."), web
markup read as words ('tweet id="7" author="@x">Trump reportedly ...'), and a speaker placed
after the verb ("..., reported the Missouri State Highway Patrol."), read as what was said.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.quotes._doc import text_of
from dateline.quotes.attr import Attr, span_of, token_at
from dateline.quotes.lexicon import cue_weight
from dateline.time import MONTHS, WEEKDAYS

__all__ = [
    "SPEECH_WORDS",
    "clear_dated_sources",
    "imperative",
    "invert_sources",
    "numeral_source",
    "spoken",
    "strip_markup",
]

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# Verbs and nouns of saying or writing (hand-written): a report cued by one of them is someone's
# words; any other cue attributes a belief, feeling, wish, perception or decision.
SPEECH_WORDS = frozenset(
    {
        "accord", "accuse", "acknowledge", "add", "admit", "advise", "allege", "allegedly",
        "announce", "announcement", "answer", "apologise", "apologize", "argue", "ask", "assail",
        "assert", "assure", "attack", "blame", "blast", "boast", "brand", "brief", "call",
        "caution", "challenge", "charge", "cite", "claim", "comment", "complain", "concede",
        "condemn", "confirm", "contend", "counter", "criticise", "criticize", "cry", "declare",
        "decry", "denounce", "deny", "describe", "disclose", "discuss", "dismiss", "dub", "echo",
        "email", "emphasise", "emphasize", "explain", "implore", "inform", "insist", "interview",
        "joke", "label", "lambast", "lament", "lecture", "letter", "list", "maintain", "mention",
        "message", "mock", "muse", "note", "observe", "plead", "pledge", "point", "post",
        "praise", "preach", "predict", "proclaim", "promise", "propose", "publish", "question",
        "quip", "quote", "rail", "raise", "reaffirm", "recall", "recommend", "recount",
        "reiterate", "reject", "remark", "repeat", "reply", "report", "reportedly", "respond",
        "retort", "reveal", "ridicule", "say", "scoff", "scream", "shout", "slam", "speak",
        "speculate", "speech", "state", "statement", "stress", "suggest", "summarise",
        "summarize", "swipe", "talk", "tell", "testify", "testimony", "thank", "threaten", "tout",
        "tweet", "urge", "vow", "warn", "whisper", "word", "write", "yell",
    }
)  # fmt: skip
_DATES = {"DATE", "TIME"}
# Calendar words (full weekday and month names, relative days, units), from the times lexicon.
_CALENDAR = frozenset(
    {w for w in WEEKDAYS if w.endswith("day")}
    | {m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")}
    | {"today", "yesterday", "tomorrow", "week", "weeks", "month", "months", "year", "years"}
    | {"weekend"}
)
_SHOWING = {"show", "exhibit", "display", "demonstrate"}
_OBJECTS = {"dobj", "oprd", "dative"}
_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
_END = set(".!?\"”’' \n")


def spoken(doc: Doc, cue: tuple[int, int] | None, kind: str) -> bool | None:
    """Whether a report gives someone's words: a quotation, "according to", a colon or a verb
    or noun of saying (True), or a belief, fear, wish, perception or decision PolNeAR counts
    as attribution ("fear that ...", "is expected to", "loves to sing", "approved": False);
    None for an indirect content with no cue."""
    if kind != "indirect":
        return True
    if cue is None:
        return None
    words = [t for t in span_of(doc, cue) or [] if t.is_alpha]
    if not words:
        return True  # a colon or a dash
    return any(t.lemma_.lower() in SPEECH_WORDS or t.lower_ in SPEECH_WORDS for t in words)


def numeral_source(doc: Doc, a: Attr) -> bool:
    """'Among 16 samples, *12 showed* resistance': a count in digits that shows a trait is
    things, not anyone giving evidence ("49 say", "One says", "FALLIN:" stay: counts of
    people, and a name the tagger took for a number)."""
    span = span_of(doc, a.cand.source)
    verb = token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None
    if span is None or verb is None or verb.lemma_.lower() not in _SHOWING:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.text.replace(",", "").isdigit() for t in words)


def clear_dated_sources(doc: Doc, attrs: list[Attr]) -> None:
    """'on Tuesday, *May 16*, approved the contract': a date the parser made the subject is
    when, not who; the report keeps its content and names no source."""
    for a in attrs:
        span = span_of(doc, a.cand.source)
        if span is None or not any(t.is_alpha for t in span):
            continue  # "43 said": a count of people the tagger may call a date
        calendar = any(t.lower_ in _CALENDAR for t in span)  # not a title: "13 Hours covers"
        if calendar and all(t.ent_type_ in _DATES or t.is_punct for t in span):
            a.cand.source = a.cand.source_token = None


def imperative(doc: Doc, a: Attr) -> bool:
    """'For more information, *call* the museum at ...', 'Call it a fetish': a sourceless bare
    verb that heads its sentence with no subject and takes a noun object tells the reader what
    to do ("Think you're going to find a job?" keeps its clause: PolNeAR annotates it)."""
    if a.cand.source is not None or a.cand.cue is None:
        return False
    verb = token_at(doc, a.cand.cue[0])
    if verb is None or verb.tag_ != "VB" or verb.dep_ != "ROOT":
        return False
    deps = {c.dep_ for c in verb.children}
    if deps & (_SUBJECTS | {"aux", "auxpass", "ccomp", "xcomp"}):
        return False
    return bool(deps & _OBJECTS)


def _words_only(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The longest stretch of ``span`` between tags, without its outer spaces."""
    s, e = span
    gt, lt = text.find(">", s, e), text.find("<", s, e)
    if gt >= 0 and (lt < 0 or gt < lt):
        s = gt + 1  # the content opens inside a tag: 'tweet id="7">...'
    if text.rfind("<", s, e) > text.rfind(">", s, e):
        e = text.rfind("<", s, e)  # and closes inside one: '...</tweet'
    pieces, at = [], s
    for m in _TAG.finditer(text, s, e):
        pieces.append((at, m.start()))
        at = m.end()
    pieces.append((at, e))
    best = max(pieces, key=lambda p: len(text[p[0] : p[1]].strip()))
    piece = text[best[0] : best[1]]
    start, end = (
        best[0] + len(piece) - len(piece.lstrip()),
        best[1] - len(piece) + len(piece.rstrip()),
    )
    return (start, end) if end > start else span


def strip_markup(text: str, a: Attr) -> None:
    """Keep a content's words, not the web markup around them: the longest stretch between
    tags ('tweet id="7" author="@x">*Trump reportedly wants ...*</tweet>'), in each piece and
    in its source."""
    src = a.cand.source
    if src is not None and any(ch in text[src[0] : src[1]] for ch in "<>"):
        a.cand.source = _words_only(text, src)  # '...">*Sanders aide Jeff Weaver* told me'
    s, e = a.cand.content
    if not any(ch in text[s:e] for ch in "<>"):
        return
    if a.parts:
        a.parts = [_words_only(text, p) for p in a.parts]
        a.cand.content = (a.parts[0][0], a.parts[-1][1])
    else:
        a.cand.content = _words_only(text, (s, e))


def _inverted(doc: Doc, a: Attr) -> tuple[tuple[int, int], Token] | None:
    """The clause before '..., *reported* the Highway Patrol.' and the phrase after the verb,
    when that phrase is a name that ends the sentence: the speaker, not what was said."""
    text = text_of(doc)
    verb = token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None
    if verb is None or a.parts or cue_weight(verb.lemma_.lower()) <= 0:
        return None
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.lefts) or doc[verb.i - 1].text != ",":
        return None
    after = [c for c in verb.rights if c.dep_ in ("dobj", "nsubj", "attr")]
    root = after[0] if after else None
    if root is None or root.left_edge.i != verb.i + 1:
        return None
    named = root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "PERSON", "NORP", "GPE")
    phrase = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text))
    content = a.cand.content
    if not named or not (phrase[0] <= content[0] and content[1] <= phrase[1]):
        return None
    if set(text[phrase[1] : verb.sent.end_char]) - _END:
        return None
    clause = (verb.sent.start_char, doc[verb.i - 1].idx)
    src = a.cand.source
    if src is not None and not (clause[0] <= src[0] and src[1] <= clause[1]):
        return None  # a subject of its own elsewhere: "X, who ..., reported Y" is X's
    return (clause, root) if text[clause[0] : clause[1]].strip() else None


def invert_sources(doc: Doc, attrs: list[Attr]) -> list[Attr]:
    """'A crash injured two men, *reported the Missouri State Highway Patrol*.': the name is the
    source and the clause before the comma the content (given to the report of that clause
    with the same cue when there is one: '..., notes the company SMS Siemag')."""
    out = []
    for a in attrs:
        found = _inverted(doc, a)
        if found is None:
            out.append(a)
            continue
        clause, root = found
        source = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge.text))
        same = [b for b in attrs if b is not a and b.cand.cue == a.cand.cue]
        target = same[0] if same else a
        target.cand.source, target.cand.source_token = source, root
        if target is a:
            a.cand.content = clause
            out.append(a)
    return out
