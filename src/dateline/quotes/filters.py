"""What looks like a report but is none, for :func:`~dateline.quotes.find.find_quotes` to drop.

Quoted terms inside the writer's own sentence, reports voiced inside a quotation, namings,
adverbials, idioms and hedges; sources that name no one; and a content's own framing words
("which he said ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.quotes._doc import text_of
from dateline.quotes.attr import (
    Attr,
    SpanIndex,
    anchor,
    inside,
    is_direct,
    opens_sentence,
    span_of,
    token_at,
)
from dateline.quotes.lexicon import ANON_NOUNS, NON_AGENTS, TITLE_NOUNS, cue_weight
from dateline.quotes.marks import QuoteSpan
from dateline.quotes.syntax import Candidate

__all__ = [
    "adverbial",
    "all_told",
    "asked_about",
    "before_clause_break",
    "carried",
    "connective",
    "cut_own_source",
    "function_word",
    "generic_saying",
    "hortative",
    "kicker_cue",
    "naming",
    "non_agent",
    "noun_modifier",
    "quoted_source",
    "quoted_term",
    "reader_question",
    "title_name",
    "topic_phrase",
    "within",
    "writers_own",
]

_MESSAGES = {
    "statement", "speech", "ad", "spot", "video", "email", "letter", "tweet", "post", "message",
    "report", "release", "commercial", "column", "editorial", "interview", "remark", "comment",
    "memo", "book", "article", "story", "op-ed",
}  # fmt: skip
_FUNCTION_TAGS = {"DT", "WDT", "WP", "WRB", "IN"}
_NAMING = {"know", "name", "call", "dub", "title", "label", "nickname", "term"}
_ADVERBIAL_DEPS = {"prep", "advcl", "npadvmod", "advmod"}
_RELATIVES = frozenset(["", "that", "which", "who", "whom"])
_RAISING = {"seem", "appear"}


def quoted_term(doc: Doc, a: Attr) -> bool:
    """Quotation marks around words inside the writer's own sentence, with no cue and no
    speaker ('a city of "honesty and straight talk."', 'dubbed the "Defeat Hillary PAC"'):
    a title, scare quote or borrowed phrase, not a quotation."""
    c = a.cand
    if c.cue is not None or c.source is not None or a.speaker is not None:
        return False
    text = text_of(doc)
    para = text.rfind("\n", 0, c.content[0]) + 1
    before = text[para : c.content[0]].rstrip()
    return bool(before) and before[-1] not in ":" and not opens_sentence(before)


def carried(doc: Doc, a: Attr, attrs: list[Attr], contents: SpanIndex | None = None) -> bool:
    """'... when voting "to fill a vacancy," per the party's bylaws': a quotation hung on a
    verb that is no saying, inside another report's content, is that report's words
    (``contents``: the attributions' contents indexed, to look only at those near)."""
    cue = token_at(doc, a.cand.cue[0]) if a.cand.cue is not None else None
    if cue is None or cue.pos_ != "VERB" or cue_weight(cue.lemma_.lower()) > 0:
        return False
    if cue.lower_ == "referring":
        return False  # '"A," X said, referring to Y. "B."': X's gloss in the split quote's gap
    c = a.cand.content
    near = attrs if contents is None else [attrs[i] for i in contents.near(*_extent(c))]
    return any(
        b is not a
        and b.cand.cue is not None
        and inside(c, b.cand.content, 0)
        and b.cand.content != c
        and not inside(b.cand.cue, c, 0)
        for b in near
    )


def _extent(span: tuple[int, int]) -> tuple[int, int]:
    """The span's ends in order: what every span that holds it meets."""
    return (min(span), max(span))


def reader_question(doc: Doc, a: Attr) -> bool:
    """'Do *you* support X?': the writer asks the reader; nobody has said anything."""
    src = a.cand.source_token
    if src is None or src.lower_ != "you" or is_direct(doc, a.cand.content):
        return False
    last = [t for t in src.sent if not t.is_space]
    return bool(last) and last[-1].text == "?" and not any(t.is_quote for t in src.sent)


def asked_about(doc: Doc, a: Attr) -> bool:
    """'*Asked about* X, she said ...': a participle adjunct naming a question's topic."""
    cue = token_at(doc, a.cand.cue[0]) if a.cand.cue else None
    if cue is None or cue.lemma_.lower() != "ask" or cue.tag_ != "VBN" or cue.dep_ != "advcl":
        return False
    first = token_at(doc, a.cand.content[0])
    return first is not None and first.i > 0 and doc[first.i - 1].lower_ == "about"


_TOPIC_PREPOSITIONS = frozenset({"of", "about"})


def topic_phrase(doc: Doc, a: Attr, attrs: list[Attr]) -> bool:
    """'"His behavior was deplorable," Sanders said *of Bill Clinton*': the object of "of" or
    "about" on a cue that reports another content names what that report is about, not what
    was said. (A cue with no other report keeps it: "she joked about moving to New Zealand".)"""
    c = a.cand
    if c.cue is None or a.parts:
        return False
    first = token_at(doc, c.content[0])
    if first is None or first.i == 0:
        return False
    prep = doc[first.i - 1]
    cue, content = span_of(doc, c.cue), span_of(doc, c.content)
    if cue is None or content is None or prep.lower_ not in _TOPIC_PREPOSITIONS:
        return False
    if prep.dep_ != "prep" or prep.head not in cue or content.root.head.i != prep.i:
        return False
    if _passive(prep.head):
        return False  # "when questioned about X": X is what was asked, and PolNeAR marks it
    return any(
        b is not a
        and b.cand.cue == c.cue
        and not any(inside(c.content, p, 0) or inside(p, c.content, 0) for p in b.pieces)
        for b in attrs
    )


def _passive(verb: Token) -> bool:
    """A past participle with no "have" ("was asked", "when questioned"), not "has said"."""
    return verb.tag_ == "VBN" and not any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def naming(doc: Doc, a: Attr) -> bool:
    """'exercises known as *Tobruk Legacy*', 'a group dubbed *X*', 'the panel will be dubbed
    *X*': a participle that names something, with no one doing the naming (its subject is
    what is named), reports no one's words."""
    c = a.cand
    cue = token_at(doc, c.cue[0]) if c.cue is not None else None
    if cue is None or cue.tag_ != "VBN" or cue.lemma_.lower() not in _NAMING:
        return False
    if cue.lemma_.lower() == "know" and any(
        t.dep_ == "prep" and t.lower_ == "for" for t in cue.children
    ):
        return False  # "known for its fairs": a reputation, no name (see quotes.attitudes)
    if c.source is None:
        return a.speaker is None
    named = [t for t in cue.children if t.dep_ == "nsubjpass"]
    return any(t.left_edge.idx <= c.source[0] <= t.right_edge.idx for t in named)


def within(a: Attr, quoted: list[tuple[int, int]] | SpanIndex) -> bool:
    """A report voiced inside another's content ('"Critics say I lied," she said', "criticized
    Lamport for saying that ...") is part of it, not an attribution of the article's own:
    PolNeAR annotates only the outermost. ``quoted`` holds the pieces of those contents, so a
    report in the gap of a split quotation ('"A," said X, who said Y. "B."') is no part of it.
    Given as a :class:`SpanIndex`, only the pieces near the attribution are looked at."""
    at = anchor(a)
    if isinstance(quoted, SpanIndex):
        quoted = [quoted.spans[i] for i in quoted.near(at, at)]
    return any(c[0] < at < c[1] and c != a.cand.content and c not in a.pieces for c in quoted)


def quoted_source(
    doc: Doc, a: Attr, marks: list[QuoteSpan], spans: SpanIndex | None = None
) -> bool:
    """Whether the source span cannot be one: no word, or quoted words (inside a quotation
    that is the attribution's own content, or that its content or cue is outside of: only an
    attribution nested in the same quotation has its source there). ``spans``: the marks'
    spans indexed, to look only at those near the source."""
    src = a.cand.source
    if src is None:
        return False
    if not any(ch.isalnum() for ch in text_of(doc)[src[0] : src[1]]):
        return True
    cue, content = a.cand.cue, a.cand.content
    own = any(inside(src, p, 0) for p in a.pieces)
    for q in marks if spans is None else [marks[i] for i in spans.near(*_extent(src))]:
        span = (q.start, q.end)
        if inside(src, span, 0) and (
            own or not inside(content, span, 0) or (cue is not None and not inside(cue, span, 0))
        ):
            return True
    return False


def adverbial(doc: Doc, a: Attr, kind: str) -> bool:
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
    roots = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    if len(roots) != 1:
        return False
    between = text_of(doc)[a.cand.content[1] : min(cue[0], src[0])]
    return roots[0].dep_ in _ADVERBIAL_DEPS and between.strip() == ","


def generic_saying(doc: Doc, a: Attr) -> bool:
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


# "..., which he denied": a relative or demonstrative pronoun that is the object of a cue with
# a subject of its own stands for what was reported, and PolNeAR marks it as the content. On the
# first four fifths of train it keeps 32 contents, 16 matching gold (29 and 20 with rules only).
KEEP_PRONOUN_OBJECTS = True
_PRONOUN_OBJECTS = frozenset({"which", "that", "this", "what"})


def function_word(doc: Doc, a: Attr) -> bool:
    """'private lenders, which ...' read as lenders reporting "which" (not "which he denied",
    see :func:`_reported_pronoun`)."""
    span = doc.char_span(*a.cand.content, alignment_mode="expand")
    words = [t for t in span or [] if not (t.is_punct or t.is_space)]
    if len(words) != 1 or words[0].tag_ not in _FUNCTION_TAGS:
        return False
    return not (KEEP_PRONOUN_OBJECTS and _reported_pronoun(doc, a, words[0]))


def _reported_pronoun(doc: Doc, a: Attr, word: Token) -> bool:
    """``word`` is the direct object of the attribution's cue verb, which has a subject of its
    own: '..., *which he denied*', 'he has always *denied that*'."""
    cue = span_of(doc, a.cand.cue)
    if cue is None or word.lower_ not in _PRONOUN_OBJECTS or word.dep_ != "dobj":
        return False
    verb = word.head
    return verb in cue and any(c.dep_ == "nsubj" and c.i != word.i for c in verb.children)


def noun_modifier(doc: Doc, a: Attr) -> bool:
    """'a super PAC supporting Rubio's campaign', 'groups supporting abortion rights': a
    participle that describes a noun and takes a noun phrase as object reports no one's words
    (a clause after it, as in 'a statement saying that ...', stays, and so does a message:
    'a video ad ripping Clinton', which PolNeAR annotates as the ad's)."""
    cue = span_of(doc, a.cand.cue)
    content = span_of(doc, a.cand.content)
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


def all_told(doc: Doc, a: Attr) -> bool:
    """'All told, super PACs spent $2.5 million': the idiom for "in total" tells nothing."""
    cue = span_of(doc, a.cand.cue)
    src = a.cand.source_token
    if cue is None or src is None or cue[0].lower_ != "told" or src.lower_ != "all":
        return False
    after = cue[0].i + 1
    return src.i == cue[0].i - 1 and after < len(doc) and doc[after].text == ","


# Set phrases built on a verb of saying that comment on the writer's own text ("That said, the
# plan failed"): the word "said" or "say" in them (group ``cue``) is no one's report.
_CONNECTIVES = re.compile(
    r"(?:^|(?<=[\n.!?;:(\"“”—–-])|(?<=\bbut)|(?<=\band))\s*(?:that|this)\s+(?P<cue>said)\s*,"
    r"|\bhaving\s+(?P<cue2>said)\s+(?:that|this|so)\b"
    r"|\b(?:that|this)\s+being\s+(?P<cue3>said)\b"
    r"|\bneedless\s+to\s+(?P<cue4>say)\b"
    r"|\bso\s+to\s+(?P<cue5>speak)\b"
    r"|\bto\s+(?P<cue6>say)\s+the\s+least\b"
    r"|\bsuffice\s+(?:it\s+)?to\s+(?P<cue7>say)\b"
    r"|\bthat\s+is\s+to\s+(?P<cue8>say)\b",
    re.IGNORECASE,
)
_CONNECTIVE_REACH = 24


def connective(doc: Doc, a: Attr | Candidate) -> bool:
    """'*That said*, the plan failed', 'having said that', 'needless to say', 'so to speak',
    'to say the least', 'suffice it to say': the writer's discourse connective, whose verb of
    saying reports nothing (the cue is the phrase's own "said" or "say")."""
    cue = a.cand.cue if isinstance(a, Attr) else a.cue
    if cue is None:
        return False
    text = text_of(doc)
    lo = max(0, cue[0] - _CONNECTIVE_REACH)
    for m in _CONNECTIVES.finditer(text, lo, min(len(text), cue[1] + _CONNECTIVE_REACH)):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        if m.span(name) == cue:
            return True
    return False


_TITLE_WORDS_MAX = 6
_TITLE_MINOR = frozenset(
    {"of", "the", "a", "an", "and", "for", "to", "in", "on", "with", "at", "by", "or", "&"}
)
_TITLE_PREPOSITIONS = frozenset({"of", "on", "in", "with", "for", "from", "about", "at", "by"})
_WORD = re.compile(r"[\w'’&-]+")
_DESCRIBED = re.compile(r"\s*,?\s*(?:which|who|a|an|the)\b")


def title_name(doc: Doc, a: Attr) -> bool:
    """'part of the *"Gang of Eight,"* which ...', 'on CNN's *"State of the Union"*', 'a new
    version of *"Night Watch,"* the crime series': a short title-case phrase in quotation
    marks in a noun phrase's slot (after "the" or a possessive, or after a preposition and
    followed by a description of it) names a work, group or show; no one says it."""
    c = a.cand.content
    if a.parts or not is_direct(doc, c) or not _title_case(text_of(doc)[c[0] : c[1]]):
        return False
    first = token_at(doc, c[0])
    if first is None or first.i == 0:
        return False
    before = doc[first.i - 1]
    if before.lower_ == "the" or before.tag_ == "POS":
        return True
    after = text_of(doc)[c[1] : c[1] + 16]
    return before.lower_ in _TITLE_PREPOSITIONS and _DESCRIBED.match(after) is not None


def _title_case(quotation: str) -> bool:
    """A few words, each capitalised but for short function words, no clause punctuation."""
    marks = "\"“”'‘’«» "
    inner = quotation.strip(marks).rstrip(",.").strip(marks).rstrip(",.")
    words = _WORD.findall(inner)
    if not words or len(words) > _TITLE_WORDS_MAX or any(ch in inner for ch in ".!?;:,"):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_MINOR for w in words
    )


def hortative(a: Attr) -> bool:
    """A hortative ("Let's hope it stays that way") is the writer's own wish, not a report."""
    src = a.cand.source_token
    if src is None or src.lower_ not in ("'s", "’s", "us"):
        return False
    return any(t.lemma_.lower() == "let" for t in (src.head, src.head.head))


def non_agent(doc: Doc, a: Attr) -> bool:
    """'History says', 'Videos of the blast show': a source that is no one's voice."""
    span = span_of(doc, a.cand.source)
    tok = span.root if span is not None and len(span) else a.cand.source_token
    if tok is None or tok.lemma_.lower() not in NON_AGENTS:
        return False
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)  # "Videos show"


def writers_own(doc: Doc, c: Candidate) -> bool:
    """'X appears to ...', 'it seems ...', 'it is assumed ...': the writer's own hedge; its
    grammatical subject is what is talked about, not a speaker."""
    if c.cue is None or c.source_token is None:
        return False
    cue = token_at(doc, c.cue[0])
    if cue is None or cue.pos_ not in ("VERB", "AUX"):
        return False
    if cue.lemma_.lower() in _RAISING:
        return True
    src = c.source_token
    if cue.lemma_.lower() == "be" and _abstract(src):
        return True  # "The idea is that ...": nobody is named
    return src.lower_ == "it" and src.dep_ == "nsubjpass" and src.head.i == cue.i


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


def cut_own_source(text: str, a: Attr) -> None:
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


def kicker_cue(doc: Doc, a: Attr) -> bool:
    """'Revealed: What the videos contain ...': a participle opening the headline before a
    colon is a tabloid kicker announcing the story (like "BOOM:"), not a verb that reports it."""
    cue = a.cand.cue
    if cue is None:
        return False
    text = text_of(doc)
    return not text[: cue[0]].strip() and text[cue[1] :].lstrip(" \t").startswith(":")


# A content that ends here, ahead of its cue and source, ends at a clause break.
_CLAUSE_BREAK = re.compile(r"\s*[;:]")


def before_clause_break(doc: Doc, a: Attr) -> bool:
    """ "The story never ran; my editor argued it was too thin": ``a``'s content ends at a
    semicolon or colon before its cue and source, so it is the writer's own clause, read across
    the break (mostly by the content tagger, which reads spans without the clause they hang
    from); the report after the break has its own words."""
    c = a.cand
    if c.cue is None:
        return False
    head = min(c.cue[0], c.source[0]) if c.source is not None else c.cue[0]
    if c.content[1] > head:
        return False
    return _CLAUSE_BREAK.match(text_of(doc)[c.content[1] : head]) is not None
