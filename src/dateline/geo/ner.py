"""spaCy's GPE/LOC/FAC entities as place mentions, once they pass the tests of a place.

The small model tags "the dead swan" LOC and a person's surname GPE; an entity becomes a
mention only when the gazetteer knows it by that name (in the case it is written) and nothing
marks it as a person, a demonym, a direction or a stop word.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from dateline.geo.candidates import abbreviation_like, named_so, part_of, town_named
from dateline.geo.gazetteer import ALTERNATE, WEAK, Candidate, gazetteer
from dateline.geo.nonplaces import People, not_a_place
from dateline.geo.spans import NER_LABELS, POSITIONAL, case_fit, trim
from dateline.nlp import lemma_index_words, text_of

__all__ = ["ner_places", "plausible", "possessive_town_name"]

# Lower-case prepositions of place that join two names in one entity ("the A9 near Perth"); a
# place's own name holding one ("Kirkby in Ashfield") is known whole and never split.
_INNER_PREPOSITIONS = frozenset({"near", "outside", "in", "at", "off"})
# A hyphen-joined name's head and lower-case link ("Stratford-upon-", "Henley-on-"): an
# entity written right after it is the tail of that one name, no place of its own.
_JOINED_HEAD = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)+-$")
# A town this small is not what a bare position word ("Centre", "Central") names.
SMALL_TOWN = 10_000


def ner_places(ents: list[Span], people: People) -> list[tuple[int, int]]:
    """(start, end) of each place entity NER found that is plausibly a place, in entity order."""
    out = []
    for ent in ents:
        if ent.label_ in _RUN_ON_LABELS:
            out += [(p.start_char, p.end_char) for p in _town_run_on(trim(ent), people)]
        elif ent.label_ in NER_LABELS:
            span = _without_possessive(trim(ent))
            if span is None or _joined_tail(span):
                continue
            span = _with_clipped_word(span)
            if plausible(span, people):
                out.append((span.start_char, span.end_char))
                continue
            out += [(p.start_char, p.end_char) for p in _split(span) if plausible(p, people)]
    return out


def _without_possessive(span: Span | None) -> Span | None:
    """The place entity without a possessive "'s" it runs over ("Cedar Bluff's town council":
    Cedar Bluff, not Cedar Bluffs; table 158), unless it is the town's own ("St. Peter's")."""
    if (
        span is not None
        and len(span) > 1
        and span[-1].tag_ == "POS"
        and not (possessive_town_name(span))
    ):
        return span[:-1]
    return span


# What follows a name whose "'s" is its own, not a possessive: no noun it owns.
_NOT_OWNED = frozenset({"ADP", "PUNCT", "VERB", "AUX", "CCONJ", "SCONJ", "PART", "ADV"})


def possessive_town_name(name: Span) -> bool:
    """Whether ``name``, ending in "'s", is a town's own name ("St. John's", "St. Peter's")
    that owns nothing where it stands: a preposition, a verb or punctuation follows, and no
    institution in the story bears it ("St. Paul's Hospital ... Officials at St. Paul's
    say": the hospital)."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    if after is not None and after.pos_ not in _NOT_OWNED:
        return False
    if re.search(rf"\b{re.escape(name.text)} [A-Z]", text_of(doc)):
        return False
    return named_so(name.text)


def _with_clipped_word(span: Span) -> Span:
    """The entity with the capitalised word before it that NER tagged apart (a number: "a Half
    Moon Bay man", table 220) or left out ("the drains in Little London", table 354) where the
    two are a town's own name, and no direction's part of the entity's place ("West London")."""
    if span.start == 0:
        return span
    before = span.doc[span.start - 1]
    if not before.is_title or before.ent_type_ not in ("CARDINAL", "ORDINAL", ""):
        return span
    if before.is_stop and not before.ent_type_:
        return span  # not "The" ("The Reston office": a town named so only as Reston)
    wider = span.doc[span.start - 1 : span.end]
    return wider if named_so(wider.text) and not part_of(wider.text) else span


def _joined_tail(span: Span) -> bool:
    """Whether the span ends a hyphen-joined name ("Avon" in "Stratford-upon-Avon")."""
    text = text_of(span.doc)  # doc.text is rebuilt on each access
    return _JOINED_HEAD.search(text, max(0, span.start_char - 40), span.start_char) is not None


def _split(span: Span) -> list[Span]:
    """The names either side of a preposition of place inside an entity that names no place
    whole: the small model runs a road and the town it passes into one facility ("the M6
    near Kendal", "the bypass outside Tralee"; twenty-sixth round)."""
    doc = span.doc
    for k in range(span.start + 1, span.end - 1):
        if doc[k].text in _INNER_PREPOSITIONS:
            return [p for p in (trim(doc[span.start : k]), trim(doc[k + 1 : span.end])) if p]
    return []


# Labels NER gives a town run on into its water or unit ("Noordoewer on the Orange River",
# "Mundemba in Ndian Division", "Lidkoping on Lake Vanern": tables 344, 349 and 350).
_RUN_ON_LABELS = frozenset({"ORG", "WORK_OF_ART"})
_RUN_ON_WORDS = frozenset({"in", "on"})


def _town_run_on(span: Span | None, people: People) -> list[Span]:
    """The town opening an organisation's or work's entity right before "in" or "on", and the
    place after it where that is one: nothing where the entity does not open on a town's own
    name ("University of Texas at Austin")."""
    if span is None:
        return []
    doc = span.doc
    for k in range(span.start + 1, min(span.end, span.start + 4)):
        if doc[k].text not in _RUN_ON_WORDS:
            continue  # (the entity may end on the word: "a dyke around Bentiu on Sunday")
        head = trim(doc[span.start : k])
        tail = trim(doc[k + 1 : span.end]) if k + 1 < span.end else None
        if head is None or not named_so(head.text) or not plausible(head, people):
            return []
        return [head, *([tail] if tail is not None and plausible(tail, people) else [])]
    return []


def plausible(span: Span, people: People) -> bool:
    """Whether an NER place span names a place the gazetteer knows, and no person or people."""
    gaz = gazetteer()
    if not any(c.isupper() for c in span.text) or not_a_place(span):
        return False  # "the dead swan" tagged LOC
    if gaz.demonym(span.text) is not None:
        return False
    if people.named(span):
        return False
    named = [c for c in gaz.lookup(span.text) if c.quality <= ALTERNATE]
    if POSITIONAL.match(span.text) and all(_unit_or_hamlet(c) for c in named):
        # "the South", "the West", "the Centre": directions or a body's short name, not
        # Lebanon's, Cameroon's or Burkina Faso's units, nor Centre, Ala.
        return False
    if all(t.is_stop for t in span) and not span.text.replace(".", "").isupper():
        return False
    # "In B.C., ..." tagged GPE is British Columbia; "North Dallas" is part of Dallas.
    dotted = span.text.endswith(".") and abbreviation_like(span.text)
    found = case_fit(span.text, gaz.lookup(span.text, dotted))
    if found and all(_airport_by_a_word(span, c) for c in found):
        return False
    if found or part_of(span.text) or town_named(span.text):
        return True
    # "Menoufia": another spelling of a unit; resolution keeps it only in a country in context.
    return span.label_ == "GPE" and bool(gaz.by_skeleton(span.text))


def _airport_by_a_word(span: Span, c: Candidate) -> bool:
    """An airport read by the last word of its name that English uses as a noun ("Sea" of
    Salton Sea Airport: "Sea erosion has swallowed the road", table 365), no name of it."""
    return (
        c.kind == "airport"
        and c.quality == WEAK
        and len(span) == 1
        and span[0].lower_ in lemma_index_words(("noun",))
    )


def _unit_or_hamlet(c: Candidate) -> bool:
    """An admin-1 unit, or a town too small to be meant by a position word alone."""
    return c.kind == "admin1" or (c.kind == "city" and c.pop < SMALL_TOWN)
