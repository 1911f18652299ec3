"""A title-case headline parsed as the sentence it is.

"Maher Tells Guest Muslim Violence Is Beyond Compare": spaCy reads a headline whose every word
is capitalised as one long name, so no verb reports anything and PolNeAR's attribution in it
("Maher" *Tells* ...) is lost. Each capitalised word is given the case it has in the article's
body (where "Maher" stays capitalised and "tells" does not), the line is parsed again, and the
parse is copied onto the headline's own words: offsets and text are the article's, only the
tags, lemmas and dependencies change. Entities stay those of the article's own parse.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from dateline.config import Settings
from dateline.nlp import load, text_of
from dateline.quotes.lexicon import ROLE_NOUNS, TITLE_NOUNS
from dateline.records import Entity, Quote
from dateline.text_layout import title_case

__all__ = [
    "headline_doc",
    "headline_entities",
    "is_title_case",
    "names_from_body",
    "roles_from_body",
    "truecase",
]

MIN_WORDS = 4
# Share of a line's words that are capitalised for it to be a title-case headline.
TITLE_SHARE = 0.8
# All-capital words this short stay as they are when the body never uses them ("GOP", "VP").
ACRONYM_LEN = 3
_CASED = "dateline.quotes.headline.cased"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A word mid-sentence in the body: not at a line's start nor after a sentence's end or a quote.
_BODY_WORD = re.compile(r"(?<=[\w,;)] )[^\W\d_][\w'’-]*")
# Paragraphs after the headline in which its role source ("SEIU chief") is named.
ROLE_REACH = 3
# Words a body uses for a headline's office word ("Super PAC Chief" ... "The head of the PAC").
_SAME_OFFICE = frozenset({"chief", "head", "leader", "boss"})


def is_title_case(line: str) -> bool:
    """Most of the line's words start with a capital, and there are enough of them."""
    return title_case(line, shortest=1, least=MIN_WORDS, share=TITLE_SHARE)


def truecase(line: str, body: str) -> str:
    """The line with each capitalised word (but the first) cased as the body mostly writes it;
    a word the body never writes capitalised is lowered, but for short acronyms."""
    seen = Counter(_BODY_WORD.findall(body))
    out = list(line)
    for k, m in enumerate(_WORD.finditer(line)):
        word = m.group(0)
        if k == 0 or not word[0].isupper():
            continue
        low = word.lower()
        acronym = word.isupper() and len(word) <= ACRONYM_LEN
        if seen[low] > seen[word] or (seen[word] == 0 and not acronym):
            out[m.start() : m.end()] = low
    return "".join(out)


def _first_line(text: str) -> str | None:
    end = text.find("\n")
    if end <= 0 or not text[end:].strip():
        return None
    line = text[:end].rstrip()
    return line if line and line == line.lstrip() else None


def headline_doc(doc: Doc) -> Doc | None:
    """The article's title-case first line as a doc of its own words with the parse of its
    truecased text; None when there is no such line, the doc was parsed by another pipeline,
    or the two tokenisations differ."""
    text = text_of(doc)
    line = _first_line(text)
    if line is None or not is_title_case(line) or not doc.has_annotation("DEP"):
        return None
    cased = truecase(line, text[len(line) :])
    if cased == line:
        return None
    nlp = load(Settings().model)
    if nlp.vocab is not doc.vocab:
        return None
    parsed = nlp(cased)
    own = [t for t in doc if t.idx < len(line)]
    if len(own) != len(parsed) or any(
        a.idx != b.idx or len(a) != len(b) for a, b in zip(own, parsed, strict=True)
    ):
        return None
    spaces = [bool(t.whitespace_) for t in own]
    spaces[-1] = False
    ents = [
        f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in "BI" and t.ent_type_ else "O" for t in own
    ]
    out = Doc(
        doc.vocab,
        words=[t.text for t in own],
        spaces=spaces,
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=ents if doc.has_annotation("ENT_IOB") else None,
    )
    out.user_data[_CASED] = cased
    return out


def headline_entities(entities: Sequence[Entity], title: Doc) -> list[Entity]:
    """The entities none of whose headline mentions holds a word the truecasing lowered
    ("Maher Tells Guest Muslim" is no name): the headline's speakers resolve among these."""
    text, cased = text_of(title), title.user_data.get(_CASED, "")
    lowered = [i for i, (a, b) in enumerate(zip(text, cased, strict=False)) if a != b]
    return [
        e
        for e in entities
        if not any(m.start <= i < m.end for m in e.mentions if m.start < len(text) for i in lowered)
    ]


def roles_from_body(
    text: str, head: Sequence[Quote], body: Sequence[Quote], entities: Sequence[Entity]
) -> list[Quote]:
    """The headline's quotes, each whose source is a role with no person ("SEIU chief", "Jeb
    Bush Super PAC Chief") given the person of the first body source, within a few
    paragraphs, that holds the same office word: the headline's own parse sees no body
    source, so the resolver's headline-role rule never reached these."""
    people = {e.id for e in entities if e.type == "PERSON"}
    limit = _paragraphs_after(text, max((q.content.end for q in head), default=0))
    named = sorted(
        (q for q in body if q.source and q.source.start < limit and q.speaker in people),
        key=lambda q: q.source.start,  # type: ignore[union-attr]
    )
    return [_role_named(text, q, named) for q in head]


def _role_named(text: str, quote: Quote, named: Sequence[Quote]) -> Quote:
    """``quote`` with the speaker of the first of ``named`` that shares its office word."""
    if quote.source is None or quote.speaker is not None or quote.anonymous:
        return quote
    role = text[quote.source.start : quote.source.end].split()[-1:]
    noun = role[0].lower() if role else ""
    if noun not in ROLE_NOUNS | TITLE_NOUNS:
        return quote
    same = _SAME_OFFICE if noun in _SAME_OFFICE else {noun}
    for q in named:
        words = {w.lower() for w in text[q.source.start : q.source.end].split()}  # type: ignore[union-attr]
        if words & same:
            return quote.model_copy(update={"speaker": q.speaker, "speaker_name": q.speaker_name})
    return quote


def _paragraphs_after(text: str, at: int) -> int:
    """Where the ``ROLE_REACH``-th paragraph after ``at`` ends."""
    limit = at
    for _ in range(ROLE_REACH):
        nxt = text.find("\n\n", limit + 1)
        limit = nxt if nxt >= 0 else len(text)
    return limit


# A headline source that is a body person's name or surname ("Sanders:", "Conservative Icon
# Morton Blackwell Endorses"), with no speaker: the headline's own mention is often no mention of
# the body's entity (a separate one, or one the truecasing broke), so the resolver missed it.
NAMES_FROM_BODY = True


def names_from_body(text: str, quotes: Sequence[Quote], entities: Sequence[Entity]) -> list[Quote]:
    """The quotes, each of the headline's whose source ends in the surname of exactly one
    person the body names (after capitalised words only: "Campaign for Trump" is no person;
    holding no mention of another entity the body names) given that person."""
    line_end = text.find("\n")
    if not NAMES_FROM_BODY or line_end < 0:
        return list(quotes)
    people = [
        e
        for e in entities
        if e.type == "PERSON" and e.name.split() and any(m.start > line_end for m in e.mentions)
    ]
    named = [e for e in entities if any(m.start > line_end for m in e.mentions)]
    return [_named(text, q, people, named) if q.content.end <= line_end else q for q in quotes]


def _named(text: str, quote: Quote, people: Sequence[Entity], entities: Sequence[Entity]) -> Quote:
    source = quote.source
    if source is None or quote.speaker is not None or quote.anonymous:
        return quote
    words = text[source.start : source.end].replace("’s", "").replace("'s", "").split()
    if not words or not all(w[0].isupper() for w in words):
        return quote
    found = [e for e in people if e.name.split()[-1] == words[-1]]
    if len(found) != 1 or any(
        e.id != found[0].id and m.start < source.end and source.start < m.end
        for e in entities
        for m in e.mentions
    ):
        return quote
    return quote.model_copy(update={"speaker": found[0].id, "speaker_name": found[0].name})
