"""Names a place noun announces: "the province of Helmand", "Zhari district", "Yarmouk camp".

Conflict reporting names villages, districts and camps that NER types as organisations or
people, or not at all; the noun beside the name is the evidence that it is a place. A name so
announced is a place whatever its tag, when it is no person the story names (nor, right before
"camp" or "region", a person, company or slogan: "the Trump camp"): resolved when the
gazetteer knows a place of the kind the noun implies by that very name, else listed without a
point (the record allows it; the event that happened there is still placed), unless the noun
is "city" (a city the gazetteer lacks is a nickname) or the story names an organisation,
product or person so elsewhere. Before a noun whose "of" names a state or country ("Puge
county of Sichuan province"), the name is the place's own. "the town of X" is
:func:`dateline.geo.listed.named_as_town`'s; a quarter placed in its town ("the Tenderloin
neighborhood of San Francisco") is :mod:`dateline.geo.recognize`'s.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from typing import Protocol

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from dateline.geo.blocking import people_besides
from dateline.geo.gazetteer import OFFICIAL, gazetteer
from dateline.geo.mention import Mention
from dateline.geo.nonplaces import WORD_TOWN_POP, People, acceptable, common_words
from dateline.geo.spans import POSITIONAL
from dateline.nlp import text_of
from dateline.records import Place

__all__ = ["PLACE_NOUNS", "UNLOCATED", "add_noun_named", "is_unlocated", "unlocated"]

# Module switch, so the rule can be measured off and on in the same tree (the environment
# variable turns it off for a whole benchmark run).
PLACE_NOUNS = not os.environ.get("DATELINE_NO_PLACE_NOUNS")

_CITY = frozenset({"city"})
_UNIT = frozenset({"admin1", "admin2", "admin3", "city"})
_REGION = frozenset({"admin1", "admin2", "admin3", "region"})
# Second switch: keep announced names the gazetteer lacks as places without a point.
UNLOCATED = not os.environ.get("DATELINE_NO_UNLOCATED")
# The kind hint such a mention carries (recognition's later sources and resolution's passes
# leave mentions with a hint alone), then the kind of place its noun names.
UNLOCATED_HINT = "unlocated:"
# (Not cities: a city the gazetteer lacks is a nickname, "the city of Brotherly Love".)
_UNLOCATED_KIND = {
    "village": "city",
    "town": "city",
    "camp": "city",
    "neighbourhood": "neighbourhood",
    "neighborhood": "neighbourhood",
    "district": "admin2",
    "municipality": "admin2",
    "province": "admin1",
    "governorate": "admin1",
    "region": "region",
    "county": "admin2",
}
# The place noun and the kinds of gazetteer reading it implies.
_NOUN_KINDS = {
    "city": _CITY,
    "village": _CITY,
    "town": _CITY,
    "camp": _CITY,
    "neighbourhood": _CITY,
    "neighborhood": _CITY,
    "district": _UNIT,
    "municipality": _UNIT,
    "province": _REGION,
    "governorate": _REGION,
    "region": _REGION,
    "county": _UNIT,
}
_NOUNS = "|".join(_NOUN_KINDS)
# A name of one to three capitalised words; Arabic article forms ("Ras al-Ain") inside it.
_NAME = (
    r"[A-Z][\w'\u2019-]*(?: (?:(?:al|el|ad|ash|as|ar|an|at|az|ed|es|ez)-)?[A-Z][\w'\u2019-]*){0,2}"
)
# "the province of Helmand", "the Province of Ontario": the name after the noun.
_NOUN_OF = re.compile(rf"\b[Tt]he (?:[a-z]+ )?(?:[A-Z][a-z]+ )?(?i:({_NOUNS})) of ({_NAME})")
# "the Shiite villages of Foua and Kfraya", "the towns of Haris, Ahar and Varzaqan": a plural
# place noun announces every name of the list after it (up to two describing words before it).
_PLURALS = {
    "villages": "village", "towns": "town", "camps": "camp", "districts": "district",
    "municipalities": "municipality", "provinces": "province", "governorates": "governorate",
    "counties": "county",
}  # fmt: skip
_NOUNS_OF_LIST = re.compile(
    rf"\b[Tt]he (?:[\w-]+ ){{0,2}}(?i:({'|'.join(_PLURALS)})) of "
    rf"((?:{_NAME}, )*{_NAME},? and {_NAME})(?![\w'\u2019-])"
)
_LISTED_NAME = re.compile(rf"(?:(?<=^)|(?<=, )|(?<= and )){_NAME}(?=,|$| and )")
# A lower-case "county" after a state's or country's name says where the county lies ("a Texas
# county"), so it announces no county's name.
_UNIT_OF_NAME = frozenset({"county"})
# "Zhari district", "in Helmand province", "the Zaatari refugee camp": the name before the noun
# (lower case: a capitalised noun is the start of a longer name, "Jordan Valley Town Hall").
_NAME_NOUN = re.compile(rf"(?<![\w'\u2019-])({_NAME})\s(?:refugee\s)?({_NOUNS})\b")
# Nouns the place noun only qualifies ("Clinton camp officials" is a campaign's, "the Manhattan
# district attorney" an office's): then the name is no longer surely a place.
_QUALIFIES = re.compile(
    r"\s(?:attorney|court|judge|manager|hall|council|officials?|aides?|spokes\w+|chairman|"
    r"leaders?|elders?|director|team|meeting|followers|supporters|staff)\b"
)
# "the Tenderloin neighborhood of San Francisco", "Chicago's Englewood district": a quarter.
_QUARTER_AFTER = re.compile(r"\s+(?:of|in)\s+[A-Z]")
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")
# The switch for reading "X county of Y province" as X placed in Y (off: the noun announces Y).
UNIT_AFTER_OF = True
# The one- or two-word name after "of" ("of Sichuan province", "of Kandahar").
_UNIT_OF = re.compile(r"\s+of\s+([A-Z][\w'-]*(?: [A-Z][\w'-]*)?)")
# "in the neighbourhood of", "in the region of": idioms for "near" or "about".
_IDIOM_OF = frozenset({"neighbourhood", "neighborhood", "region"})
# Words that describe a district rather than name it ("the Business district", "the Downtown
# area", "the Old town", "the Congressional district").
_DESCRIPTIVE = frozenset(
    {"Central", "Business", "Financial", "Historic", "School", "Congressional", "Senate",
     "Assembly", "House", "Police", "Fire", "Water", "Park", "Downtown", "Old", "New", "Federal",
     "Special", "Electoral", "Judicial", "Military", "Free", "Autonomous", "Administrative"}
)  # fmt: skip
# Entity types of a name that, found bare elsewhere in the story, make it an organisation's,
# a product's or a person's where the gazetteer gives no place to vouch ("the province of
# Twitter").
_BODY_TYPES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "PERSON"})
# Entity types of words that are never a place's name.
_DEMONYM_END = re.compile(r"(?:ish|ian|ese|ic|ean|an)$")
_NO_PLACE_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s$")
_POSSESSOR = re.compile(r"['\u2019]s$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_QUARTER_NOUNS = frozenset({"neighbourhood", "neighborhood", "district"})
# Nouns that also name a side in a contest ("the Trump camp") or a company's sales area ("the
# Google region"), with the entity types that, on the name right before them, read so (not an
# organisation's before "camp": NER tags many a camp's own name so, "Kalma camp").
_SIDE_TYPES = {"camp": frozenset({"PERSON"}), "region": frozenset({"PERSON", "ORG", "PRODUCT"})}
# A referendum's sides that are no ordinary verb or adjective ("the Yes camp").
_ANSWERS = frozenset({"yes", "no"})


class Claims(Protocol):
    """The part of recognition's claims this rule uses."""

    text: str

    def add(self, start: int, end: int, hint: str | None = None, within: str | None = None) -> None:
        """Claim a mention unless a more trusted source holds part of it."""

    def replace(self, start: int, end: int, hint: str | None) -> None:
        """Claim a mention in place of the plain ones inside it ("Bay" of "Oyster Bay")."""


def add_noun_named(doc: Doc, people: People, found: Claims) -> None:
    """Add the names a place noun announces, in place of plain mentions of their parts ("Bay"
    of "the Town of Oyster Bay", "Ain" of "Ras al-Ain district"), unless a more trusted source
    claimed part of them."""
    if not PLACE_NOUNS:
        return
    named = noun_named(doc, people)
    announced = {start for start, _, _ in named}  # "the villages of Foua" twice: no body
    bodies = [e for e in doc.ents if e.label_ in _BODY_TYPES and e.start_char not in announced]
    for start, end, noun in named:
        name = found.text[start:end]
        if _known_as(name, _NOUN_KINDS[noun]):
            found.replace(start, end, None)
        elif UNLOCATED and noun in _UNLOCATED_KIND and not _body_elsewhere(bodies, name, start):
            found.add(start, end, UNLOCATED_HINT + _UNLOCATED_KIND[noun])


def noun_named(doc: Doc, people: People) -> list[tuple[int, int, str]]:
    """Spans of names a place noun announces that may be places, each with its noun."""
    out = []
    ents = list(doc.ents)
    for start, end, noun in _announced(text_of(doc)):
        span = doc.char_span(start, end)
        if span is None or POSITIONAL.match(span.text) or span[0].text in _DESCRIPTIVE:
            continue  # "the Southern district", "the Financial district": no names
        if any(_no_place_word(t, noun) for t in span) or _after_ordinal(span):
            continue  # "Saturday's", "Kurdish", "the 24th House district"
        if _side_or_sales_area(span, noun):
            continue  # "the Trump camp", "the Remain camp", "the Google region"
        others = people_besides(span, people, ents)
        if any(t.ent_type_ == "PERSON" and t.text in others.given for t in span):
            continue
        if not (acceptable(span, others, any_tag=True) or _town_of_a_word(span, noun)):
            continue
        if not _person_of_story(span.text, others):
            out.append((start, end, noun.lower()))
    return out


def _town_of_a_word(span: Span, noun: str) -> bool:
    """ "the north Bohemian town of Most": a town's own name that is a stop word, announced by
    "town", "city" or "village" and "of" (table 343; a lone stop word is no place otherwise)."""
    if len(span) != 1 or noun.lower() not in ("town", "city", "village"):
        return False
    if not text_of(span.doc)[: span.start_char].endswith(" of "):
        return False
    return any(
        c.kind == "city" and c.quality == OFFICIAL and c.pop >= WORD_TOWN_POP
        for c in gazetteer().lookup(span.text)
    )


def unlocated(mentions: list[Mention]) -> list[Place]:
    """Places for the announced names the gazetteer lacks: the text says they are places (the
    event that happened there is placed), but there is no point to give them."""
    return [
        Place(
            start=m.start,
            end=m.end,
            text=m.text,
            name=m.text,
            kind=(m.kind_hint or "")[len(UNLOCATED_HINT) :],
        )
        for m in mentions
        if is_unlocated(m)
    ]


def is_unlocated(m: Mention) -> bool:
    """Whether the mention is an announced name the gazetteer lacks (not to be resolved)."""
    return bool(m.kind_hint and m.kind_hint.startswith(UNLOCATED_HINT))


def _announced(text: str) -> Iterator[tuple[int, int, str]]:
    """Every name a place noun announces, with the noun."""
    for hit in _NOUN_OF.finditer(text):
        if hit.group(1).lower() in _IDIOM_OF:
            continue  # "in the neighborhood of Saturday's battle": near it, no place's name
        start, end = hit.span(2)
        yield start, end, hit.group(1)
    for hit in _NOUNS_OF_LIST.finditer(text):
        noun, (first, last) = _PLURALS[hit.group(1).lower()], hit.span(2)
        for name in _LISTED_NAME.finditer(text[first:last]):
            yield first + name.start(), first + name.end(), noun
    for hit in _NAME_NOUN.finditer(text):
        if _QUALIFIES.match(text, hit.end()):
            continue  # "Clinton camp officials": a campaign's
        if _OF_NAME.match(text, hit.end()) and not _placed_in_unit(text, hit.end()):
            continue  # "the Kurdish village of Ranya": the noun announces the later name
        start, end = _without_openers(text, *hit.span(1))
        if _POSSESSIVE_END.search(text, start, end):
            continue  # "Sanders' camp", "the mayor's district": a possessor's, no place name
        if start >= end or _town_quarter(text, start, hit.end(), hit.group(2)):
            continue
        if hit.group(2) in _UNIT_OF_NAME and _state_or_country(text[start:end]):
            continue  # "a Texas county": a county of Texas, not one named Texas
        if _unit_named_whole(text[start:end]):
            continue  # "the Katsina State town": a town of Katsina State, not one named so
        yield start, end, hit.group(2)


# A unit's word ending a name ("Katsina State", "Kent County").
_UNIT_WORD_END = re.compile(
    r" (?:State|Province|Region|Governorate|Oblast|Prefecture|County|District|Parish)$"
)


def _unit_named_whole(name: str) -> bool:
    """Whether ``name`` is a unit's name and its word ("Katsina State"): the place noun after
    it is a place lying in that unit (forty-seventh session)."""
    hit = _UNIT_WORD_END.search(name)
    return hit is not None and any(
        c.kind in ("admin1", "admin2") for c in gazetteer().lookup(name[: hit.start()])
    )


def _placed_in_unit(text: str, noun_end: int) -> bool:
    """Whether the "of" after a place noun names the state or country holding the place ("in
    Puge county of Sichuan province", "Zhari district of Kandahar"): then the name before the
    noun is the place's own (twenty-sixth round)."""
    if not UNIT_AFTER_OF:
        return False
    hit = _UNIT_OF.match(text, noun_end)
    return hit is not None and _state_or_country(hit.group(1))


def _state_or_country(name: str) -> bool:
    """Whether the gazetteer knows the name as a country or first-level unit."""
    return any(c.kind in ("country", "admin1") for c in gazetteer().lookup(name))


def _without_openers(text: str, start: int, end: int) -> tuple[int, int]:
    """The name less the capitalised function words and possessors before it: "In Helmand",
    "The Zhari", "Afghanistan's Helmand"."""
    words = text[start:end].split(" ")
    while words and (words[0].lower() in STOP_WORDS or _POSSESSOR.search(words[0])):
        start += len(words.pop(0)) + 1
    return start, end


def _town_quarter(text: str, start: int, end: int, noun: str) -> bool:
    """ "the Tenderloin neighborhood of San Francisco", "Chicago's Englewood district": a
    quarter placed in its town, which recognition reads with the town."""
    if noun.lower() not in _QUARTER_NOUNS:
        return False
    before = _POSSESSIVE_BEFORE.search(text, max(0, start - 3), start)
    return before is not None or _QUARTER_AFTER.match(text, end) is not None


def _body_elsewhere(bodies: list[Span], name: str, start: int) -> bool:
    """Whether the story names an organisation, product or person so elsewhere."""
    return any(e.text == name and e.start_char != start for e in bodies)


def _no_place_word(tok: Token, noun: str) -> bool:
    """A date's, number's or demonym's word: NER's NORP also takes unknown village names
    ("Mleiha town"), so a group's word must look like one ("Kurdish", "Syrian"); before a
    lower-case "county", a known demonym ("Maoxian county" is a Chinese county's name)."""
    if tok.ent_type_ == "NORP":
        if noun == "county":
            return gazetteer().demonym(tok.text) is not None
        return _DEMONYM_END.search(tok.text) is not None
    return tok.ent_type_ in _NO_PLACE_TYPES


def _side_or_sales_area(span: Span, noun: str) -> bool:
    """Whether a name right before "camp" or "region" (no "refugee" between) reads as a side
    or a company's area rather than a place: a person or company by NER's tags, or one
    ordinary English word or answer ("the Remain camp", "the Yes camp")."""
    noun = noun.lower()
    after = text_of(span.doc)[span.end_char : span.end_char + len(noun) + 1]  # not the rest
    if noun not in _SIDE_TYPES or not after.lower().startswith(" " + noun):
        return False
    if any(t.ent_type_ in _SIDE_TYPES[noun] for t in span):
        return True
    word = span[0].lower_
    return len(span) == 1 and (word in _ANSWERS or word in (common_words() or frozenset()))


def _after_ordinal(span: Span) -> bool:
    """Whether a number or ordinal opens the phrase: "the 24th House district"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.like_num or before.ent_type_ == "ORDINAL")


def _person_of_story(name: str, people: People) -> bool:
    """Whether the name is (the surname of) a person the story names in full: "Jordan"."""
    return name in people.surnames or name.split()[-1] in people.surnames


def _known_as(name: str, kinds: frozenset[str]) -> bool:
    """Whether the gazetteer knows a place of ``kinds`` by that very name (a transliterated
    village's alternate-name match is often another place: "Zhari" is no Zary, Poland)."""
    return any(c.kind in kinds and c.quality == OFFICIAL for c in gazetteer().lookup(name))
