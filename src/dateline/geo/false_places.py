"""Place names that are part of a person's name or a brand in the words around them.

The small NER model splits a name whose first word is a place ("Aden Omar Warsame" as GPE then
PERSON), reads a surname after a British title without its dot ("Mr Lincoln") as an
organisation, and types a given name used as a brand ("a Jordan jersey") GPE. The words beside
the name say it is a person's: a person's name right after it with no comma or preposition
between, a personal title right before it, or a merchandise noun after a name that is also a
given name. Such a mention is dropped (twenty-third round, read on real news).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.geo.candidates import given_name
from dateline.geo.mention import Mention

__all__ = ["FALSE_PLACES", "false_place"]

# The switch for these tests (off: such mentions stay places).
FALSE_PLACES = True

# Personal titles British and Irish news writes without a dot ("Mr Lincoln said").
_TITLES = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "miss", "prof", "mr.", "mrs.", "ms.", "dr.", "prof."}
)
# Nouns for things a person's name (a player's, a brand's) is written on: "a Jordan jersey".
_MERCHANDISE = frozenset(
    {"jersey", "jerseys", "shirt", "shirts", "shoe", "shoes", "sneaker", "sneakers", "brand",
     "logo", "trainers"}
)  # fmt: skip
# Supporters' nouns, a person's only after an article ("a Jordan fan"): "Jordan fans
# celebrated the win" may be the national team's.
_FAN_NOUNS = frozenset({"fan", "admirer", "devotee"})
# Tokens that place what follows: "in Kabul Ghani said" keeps Kabul.
_PLACING_POS = frozenset({"ADP"})


def false_place(doc: Doc, m: Mention) -> bool:
    """Whether the words around ``m`` make its name part of a person's name or a brand's."""
    if not FALSE_PLACES or m.kind_hint is not None or m.container is not None:
        return False
    span = doc.char_span(m.start, m.end)
    if span is None or not all(t.is_title for t in span):
        return False
    return _before_person(span) or _after_title(span) or _on_merchandise(span)


def _before_person(span: Span) -> bool:
    """ "Aden Omar Warsame said": a person's name starts right after the name, joined by one
    space; not when a preposition places the name ("in Kabul Ghani said")."""
    doc = span.doc
    after = span.end
    if len(span) != 1 or not span.text.isalpha() or _after_determiner(span):
        return False  # "the State House Mary T. Ruiz hearing room", "U.S. Taco Bell"
    if after >= len(doc) or doc[after - 1].whitespace_ != " ":
        return False
    nxt = doc[after]
    if nxt.ent_type_ != "PERSON" or nxt.ent_iob_ != "B" or not nxt.is_title:
        return False
    return span.start == 0 or doc[span.start - 1].pos_ not in _PLACING_POS


def _after_title(span: Span) -> bool:
    """ "Mr Lincoln said", "Dr Chester": a one-word surname after a personal title."""
    i = span.start - 1
    return len(span) == 1 and i >= 0 and span.doc[i].is_title and span.doc[i].lower_ in _TITLES


def _after_determiner(span: Span) -> bool:
    """Whether a determiner comes right before the name, as before no given name."""
    return span.start > 0 and span.doc[span.start - 1].pos_ == "DET"


def _on_merchandise(span: Span) -> bool:
    """ "a Jordan jersey", "a Jordan fan": a given name before a merchandise noun (or a
    supporter's after an article) is the player's or the brand's."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not given_name(span.text):
        return False
    noun = doc[span.end].lower_
    head = span.end + 1 >= len(doc) or doc[span.end + 1].pos_ not in ("NOUN", "PROPN")
    if noun in _MERCHANDISE:
        return head  # "the Georgia shoe factory" is a factory in Georgia
    article = span.start > 0 and doc[span.start - 1].lower_ in ("a", "an")
    return noun in _FAN_NOUNS and article
