"""Towns no rule claimed, accepted by a small learned model over the words around them.

The rules of :mod:`dateline.geo.recognize` claim a town when NER calls it a place or a frame
they know surrounds it ("the Dover school board", "police in Selby"). A local paper names its
towns in more frames than any list holds ("Firestone trustees approved", "the Clyde boys beat
Norwalk"), and a lone small town the small NER model calls a person or nothing is then lost.
This stage reads every capitalised name the rules left that the gazetteer knows as a town and
weighs, with a logistic model (``data/geo/town_model.json``, fitted by
``scripts/train_town_model.py``), the evidence a reader would: the words before and after
it, what NER made of it, whether it is a given name or an English word, how big the towns of
that name are and whether one lies in a state, country or near a town the story already named.
Accepted names go through the same filters and resolution as every other mention.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from dateline.entities._norm import key
from dateline.entities.kb import kb
from dateline.geo.candidates import given_name, own_towns
from dateline.geo.gazetteer import OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import km
from dateline.geo.names import NAME_PARTICLES
from dateline.nlp import governing_verb, irregular_forms, lemma_index_words

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from spacy.tokens import Doc, Span, Token

    from dateline.geo.mention import Mention

__all__ = ["LEARNED_TOWNS", "TownCandidate", "learned_towns", "town_candidates"]

# Switch: read unclaimed town names with the model (off: the rules alone, as before).
LEARNED_TOWNS = True

# The longest name read as one candidate, in tokens ("Thief River Falls").
_MAX_TOKENS = 3
_LOCATIVE = frozenset(
    {"in", "at", "near", "outside", "around", "across", "throughout", "into", "through", "inside",
     "toward", "towards", "between", "beyond", "past", "within", "above", "below", "off"}
)  # fmt: skip
_MOTION = frozenset({"from", "to", "for", "against", "via", "beat", "visit", "visits", "visiting"})
# Lower-case words after a name that local copy puts after its town: its bodies, people, teams
# and institutions ("Firestone trustees", "Clyde boys", "Wetherby residents", "a Bowman
# rancher", "the Alness community council", "Adenta municipal assembly").
_CIVIC_AFTER = frozenset(
    {"council", "councillors", "councilors", "police", "officials", "residents", "trustees",
     "voters", "mayor", "schools", "school", "district", "students", "teachers", "teacher",
     "team", "boys", "girls", "players", "fans", "board", "commission", "commissioners",
     "selectmen", "aldermen", "library", "hospital", "firefighters", "fire", "department",
     "man", "woman", "native", "natives", "church", "club", "businesses", "area", "homes",
     "streets", "town", "city", "village", "borough", "township", "county", "officers",
     "authorities", "families", "neighbourhood", "neighborhood", "farmers", "campus", "market",
     "festival", "fair", "parade", "plant", "mill", "store", "office", "post", "exit",
     "interchange", "turnoff", "bypass", "community", "resident", "rancher", "ranchers",
     "farmer", "schoolteacher", "landlord", "couple", "teen", "teenager", "businessman",
     "businesswoman", "shopkeeper", "beach", "selectboard", "saleyards", "saleyard", "ferry",
     "parents", "silos", "silo", "jetty", "harbour", "harbor", "wharf", "marina", "municipal",
     "municipality", "elementary", "border"}
)  # fmt: skip
# What a town's possessive owns in local copy ("Gilroy's garlic festival", "Kaiapoi's river
# wharf", "Larned's only grocery store"), and what only a person has ("Frome's lawyer").
_TOWN_OWNED = _CIVIC_AFTER | frozenset(
    {"street", "pool", "centre", "center", "park", "square", "bridge", "museum", "hall",
     "airport", "budget", "economy", "population", "downtown"}
)  # fmt: skip
# A town's volunteer services: "Chincoteague's fire company", "the town's rescue squad".
_SERVICES = frozenset({"company", "squad", "brigade"})
_SERVICE_KINDS = frozenset({"fire", "rescue", "ambulance"})
# Nouns for a spot "at"/"in" a town ("the harbour at Aberaeron", "a church in Holton").
_SITE_NOUNS = frozenset(
    {"harbour", "harbor", "beach", "port", "pier", "marina", "quay", "wharf", "station", "park",
     "school", "church", "hospital", "library", "bridge", "shore", "waterfront", "farm", "store",
     "plant", "mill", "campus", "square", "market", "fairgrounds", "cemetery", "courthouse"}
)  # fmt: skip
_PERSON_OWNED = frozenset(
    {"lawyer", "lawyers", "attorney", "attorneys", "mother", "father", "daughter", "daughters",
     "son", "sons", "wife", "husband", "widow", "brother", "sister", "family", "home", "estate",
     "staff", "aide", "aides", "campaign", "spokesman", "spokeswoman", "children", "parents",
     "friend", "friends", "remarks", "comments", "supporters", "career", "death", "funeral"}
)  # fmt: skip
# Capitalised words after a name that make it the opening of an institution's name: the
# institution is in its town ("Leitchfield Middle School", "Prosper ISD").
_INSTITUTION_AFTER = frozenset(
    {"School", "High", "Middle", "Elementary", "Academy", "Hospital", "Library", "Council",
     "Police", "ISD", "Township", "Board", "City", "Town", "Village", "Borough",
     "Fire", "Area", "Regional", "Community", "Public", "Municipal", "Fair", "Festival",
     "Show", "Chamber", "Rotary", "Lions", "Historical", "Museum", "Heritage", "Memorial",
     "Medical", "Health", "Junior", "Senior", "Youth", "Parks", "Water", "Schools",
     "Racecourse", "Showground", "Showgrounds", "Fairgrounds", "Speedway", "Raceway", "Golf",
     "Independent", "Lutheran", "Baptist", "Methodist", "Catholic", "Presbyterian", "Episcopal"}
)  # fmt: skip
# A school's or club's team after its town's name ("Castleford Tigers", "The Hugoton Eagles
# rolled past Ulysses", "Crossmaglen Rangers": tables 73-75): the town's, as an institution is.
_TEAM_NAMES = frozenset(
    {"Tigers", "Eagles", "Lions", "Bears", "Bulldogs", "Wildcats", "Panthers", "Hornets",
     "Rangers", "Raiders", "Warriors", "Knights", "Cardinals", "Falcons", "Hawks", "Huskies",
     "Mustangs", "Trojans", "Spartans", "Vikings", "Pirates", "Rams", "Broncos", "Cougars",
     "Jaguars", "Rovers", "Wanderers", "Rockets", "Comets", "Owls", "Bobcats", "Badgers",
     "Wolves", "Wolverines", "Titans", "Patriots", "Braves", "Chiefs", "Cavaliers",
     "Crusaders", "Saints", "Devils", "Dragons", "Giants", "Sharks", "Bombers", "Chargers",
     "Colts", "Lancers", "Mavericks", "Pioneers", "Redskins", "Seahawks", "Storm", "Gaels",
     "Sevens"}
)  # fmt: skip
_NER_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
# Verbs whose subject speaks: a town is named as a place, seldom as the one who says.
_SAYING = frozenset({"say", "tell", "write", "report", "estimate", "claim", "insist", "argue"})
# Verbs whose object is a business or a thing owned, never a town ("sold off Kincardine").
_TRADING = frozenset({"sell", "buy", "acquire", "purchase"})


@dataclass(frozen=True)
class TownCandidate:
    """A capitalised name no rule claimed and the evidence around it."""

    start: int
    end: int
    text: str
    features: dict[str, float]


def learned_towns(
    doc: Doc, taken: Sequence[bool], mentions: Sequence[Mention]
) -> list[tuple[int, int]]:
    """The spans of unclaimed town names the model reads as places."""
    model = _model()
    if model is None or not LEARNED_TOWNS:
        return []
    weights, bias, threshold = model
    return [
        (c.start, c.end)
        for c in town_candidates(doc, taken, mentions)
        if _probability(c.features, weights, bias) >= threshold
    ]


def town_candidates(
    doc: Doc, taken: Sequence[bool], mentions: Sequence[Mention]
) -> list[TownCandidate]:
    """Every unclaimed capitalised name at the start of a run of capitalised words whose
    longest opening the gazetteer knows as a town, with its features."""
    context = _Context.of(doc, mentions)
    out = []
    openings = list(_openings(doc))
    # "the Cadillac tax" anywhere in the story: no occurrence of the name is a town there
    kinds = {span.text for span in openings if _names_a_kind(span)}
    for span in openings:
        if any(taken[span.start_char : span.end_char]) or span.text in kinds:
            continue
        if _part_of_longer_name(span) or _known_non_place(span) or _titled_phrase(span):
            continue  # "Washington Post", "Rubio's campaign", "Honda": the rules read those
        if span.text in context.people or _someone_elsewhere(span, context.ents):
            continue  # "Forbes says", "Judge Ann Frome", "the Hershey Company"
        if _in_a_persons_name(span, context.ents) or _short_name(span, context.ents):
            continue  # "Marta van Oosterhout", "Valley Hydro ... Hydro crews"
        if _other_reading(span) or _institution_elsewhere(span, mentions):
            continue  # "Frome's lawyer", "Marion will chair", "Sibley Hospital in Washington"
        towns = _towns(span.text)
        if towns:
            features = _features(span, towns, context)
            out.append(TownCandidate(span.start_char, span.end_char, span.text, features))
    return out


def _openings(doc: Doc) -> Iterator[Span]:
    """The longest opening (up to three words, after a leading "The") of each run of
    capitalised words that names a town."""
    i = 0
    while i < len(doc):
        if not _capitalised(doc[i]):
            i += 1
            continue
        end = i
        while end < len(doc) and (
            (_capitalised(doc[end]) and (end == i or not doc[end].is_sent_start))
            or (end > i and _joining_hyphen(doc, end))
        ):
            end += 1
        start = i
        while start + 1 < end and _leading_word(doc[start]):
            start += 1  # "As The Post's ...": both
        found = None
        for n in range(min(_MAX_TOKENS, end - start), 0, -1):
            if doc[start + n - 1].text != "-" and _towns(doc[start : start + n].text):
                found = doc[start : start + n]
                yield found
                break
        # A hyphen the town's own name does not cross parts two names ("Ashland-Greenwood"):
        # the second is read as a run of its own.
        hyphen = next((k for k in range(start, end) if doc[k].text == "-"), None)
        i = end if hyphen is None or (found is not None and found.end > hyphen) else hyphen + 1


# Capitalised function words that open a sentence before a name ("A Bowman rancher was
# honored", "In Mayville, crews ..."): no part of it.
_OPENING_WORDS = frozenset({"DET", "ADP", "SCONJ", "CCONJ", "PRON", "ADV", "PART"})


def _leading_word(tok: Token) -> bool:
    """ "The" anywhere, or a function word opening the sentence, before a run's name."""
    return tok.lower_ == "the" or (tok.is_sent_start and tok.is_stop and tok.pos_ in _OPENING_WORDS)


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen with no space round it between two capitalised words: one name
    ("Fuquay-Varina commissioners", "Sedro-Woolley")."""
    return (
        doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and i + 1 < len(doc)
        and _capitalised(doc[i + 1])
    )


def _other_reading(span: Span) -> bool:
    """Whether the words around the name read it as no town: a possessive of what only a
    person has, a station's name (read with sites, not as its town), the one a saying verb
    tells, a name opening with a role word ("Bishop Auckland's park bench"), or a lone given
    name outside a town's frame."""
    after = _next(span)
    before = _previous(span)
    owned = _possessed(span)
    if owned is not None and owned.lower_ in _PERSON_OWNED:
        return True
    if _bare_possessive(span):
        return True  # "sells at Macy's, Nordstrom and ...": a shop
    if after is not None and after.lower_ == "station":
        return True
    if span.root.dep_ in ("dobj", "dative") and span.root.head.lemma_ in _SAYING:
        return True  # "told Forbes that ...": the one told
    if span.root.dep_ == "dobj" and span.root.head.lemma_ in _TRADING:
        return True  # "the firm sold off Kincardine": a business traded
    if len(span) == 2 and kb().agent([span[0].lower_]) and span[1].text not in _PLACE_TAILS:
        return True  # not "Thief River Falls", "College Place": a role word opens no town
    if len(span) != 1 or not given_name(span.text):
        return False
    framed_after = after is not None and (
        after.lower_ in _CIVIC_AFTER
        or after.text in _INSTITUTION_AFTER
        or after.text in _TEAM_NAMES
        or (owned is not None and _governing_body(owned))
    )
    framed_before = (
        before is not None
        and before.lower_ in _LOCATIVE | _MOTION
        and span.root.dep_ != "poss"  # "In Marion's view": the view is in the phrase
    )
    return not (framed_after or framed_before or _its_own(span))


# Second words of towns' names that no person bears ("College Place", "College Station").
_PLACE_TAILS = frozenset(
    {"Place", "Station", "Park", "Heights", "Hill", "Hills", "Springs", "Falls", "Grove",
     "City", "Town", "Village", "Junction", "Creek", "Valley", "Lake", "Beach", "Harbor"}
)  # fmt: skip


def _institution_elsewhere(span: Span, mentions: Sequence[Mention]) -> bool:
    """Whether the institution the name opens is said to lie in another place, far from every
    town of the name ("Sibley Hospital in Washington"): then the name is no town's, it names
    the institution; a suburb's lies in its city ("Randwick Racecourse in Sydney")."""
    doc = span.doc
    end = span.end
    while end < len(doc) and _capitalised(doc[end]):
        end += 1
    if end == span.end or end + 1 >= len(doc) or doc[end].lower_ not in ("in", "at", "near"):
        return False
    where = doc[end + 1].idx
    for m in mentions:
        if m.start != where or m.text == span.text:
            continue
        there = [c for c in gazetteer().lookup(m.text) if c.quality == OFFICIAL]
        return not any(km(t, c) <= _NEAR_KM for t in _towns(span.text) for c in there)
    return False


# How far a suburb's institution may lie from the city it is said to be in.
_NEAR_KM = 50.0


def _its_own(span: Span) -> bool:
    """Whether the name's own clause calls what it has "its" ("Louisa will rebuild its boat
    ramp"): a thing, not the person a lone given name would be."""
    if span.root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = span.root.head
    for tok in verb.subtree:
        if tok.lower_ == "its" and tok.dep_ == "poss":
            above = governing_verb(tok.head)
            if above is not None and above.i == verb.i:
                return True
    return False


def _names_a_kind(span: Span) -> bool:
    """ "the Cadillac tax": after "the", a name modifying a noun no town owns ("the Grapevine
    wine festival" modifies the festival, which a town has: table 75)."""
    before = _previous(span)
    after = _next(span)
    if before is None or before.lower_ != "the" or not _modifies_a_noun(after):
        return False
    head = span.root.head
    return not (span.root.dep_ == "compound" and head.lower_ in _TOWN_OWNED)


def _modifies_a_noun(after: Token | None) -> bool:
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.text.islower()
        and after.lower_ not in _TOWN_OWNED
    )


# Kinds of a town's elected body ("Howard's village board", "Marion's city council").
_CIVIL_KINDS = frozenset({"village", "city", "town", "borough", "township"})
_BODY_KINDS = _CIVIL_KINDS | {"school"}


def _governing_body(owned: Token, kinds: frozenset[str] = _BODY_KINDS) -> bool:
    """Whether what a possessive owns is a town's governing body: one only a town has
    ("Howard's village board"), not a board a person sits on ("Marion's board")."""
    if owned.lower_ in _GOVERNING and owned.lower_ not in ("residents", "resident"):
        return True
    if owned.lower_ == "board" and any(
        c.lower_ == "of" and any(o.lower_ in _GOVERNING for o in c.children) for c in owned.children
    ):
        return True  # "King's board of commissioners"
    return owned.lower_ in ("board", "council", "commission") and any(
        c.lower_ in kinds for c in owned.children
    )


def _bare_possessive(span: Span) -> bool:
    """A possessive that owns nothing named after it ("at Macy's, Nordstrom"): a shop or a
    firm; a town's possessive names what it has ("Gilroy's garlic festival")."""
    after = _next(span)
    if after is None or after.tag_ != "POS":
        return False
    doc = span.doc
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return following is None or following.is_punct or following.lower_ in ("and", "or")


def _possessed(span: Span) -> Token | None:
    """What the name's possessive owns: the head it hangs on ("Gilroy's garlic festival")."""
    after = _next(span)
    if after is None or after.tag_ != "POS" or span.root.dep_ != "poss":
        return None
    return span.root.head


def _part_of_longer_name(span: Span) -> bool:
    """Whether a capitalised word other than an institution's follows the name (maybe after a
    Romance particle: see :data:`~dateline.geo.names.NAME_PARTICLES`), or a hyphen
    joins to it a lower-case word ("jokes about Cana-what?") or a name that is no town's
    ("Hewlett-Packard", "the Clarion-Ledger": a firm's; "Acton-Boxborough" names two towns)."""
    doc = span.doc
    after = _next(span)
    if after is not None and after.text == "-" and not span[-1].whitespace_:
        joined = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if joined is None:
            return False
        return joined.is_lower or (_capitalised(joined) and not _towns(joined.text))
    if after is not None and after.text in NAME_PARTICLES and span.end + 1 < len(doc):
        return _capitalised(doc[span.end + 1])  # "the Volcan de Fuego": a volcano's name
    return (
        after is not None
        and _capitalised(after)
        and after.text not in _INSTITUTION_AFTER
        and after.text not in _TEAM_NAMES
    )


def _titled_phrase(span: Span) -> bool:
    """ "the Central Business District": English words in title case after a lower-case
    "the" are a common noun's phrase, whatever the gazetteer holds under that name."""
    before = _previous(span)
    words = _english_words()
    after = _next(span)
    return (
        before is not None
        and before.text == "the"
        and len(span) > 1
        and all(t.lower_ in words for t in span)
        and not (after is not None and after.lower_ in _TOWN_OWNED)  # "the Mount Barker exit"
    )


# The last word of a firm's name ("the Hershey Company", "Acme Corp.").
_FIRM_WORDS = frozenset(
    {"Company", "Co", "Inc", "Corp", "Corporation", "LLC", "Ltd", "Group", "Industries", "Brands",
     "Holdings", "Partners", "Associates", "Consulting", "Capital", "Intelligence", "Solutions",
     "Systems", "Technologies", "Enterprises", "Ventures"}
)  # fmt: skip
# Actor-dictionary kinds that are no place.
_ACTOR_KINDS = frozenset({"person", "igo", "org", "group"})


def _known_non_place(span: Span) -> bool:
    """A one-word name the gazetteer reads as a people's ("Latina") or the actor dictionaries
    know as a person's surname or an organisation ("Rubio", "Honda"): national copy names them
    bare far more often than a namesake town, but no person has a town's governing body
    ("Matthews commissioners voted")."""
    if len(span) != 1:
        return False
    if gazetteer().demonym(span.text) is not None:
        return True  # "a wise Latina woman"
    k = key(span.text)
    known = bool(kb().by_surname(k)) or any(e.kind in _ACTOR_KINDS for e in kb().lookup(k))
    return known and not _governed(span)


# A town's governing bodies and services, which a surname or a firm never has ("Trump
# officials", "Ford workers" and "Sanders voters" are left out: a person or firm has those).
_GOVERNING = frozenset(
    {"council", "councillors", "councilors", "commissioners", "trustees", "selectmen",
     "aldermen", "police", "firefighters", "residents", "resident", "selectboard"}
)  # fmt: skip


def _governed(span: Span, kinds: frozenset[str] = _BODY_KINDS) -> bool:
    """ "Matthews commissioners", "Kane Area High School", "a lifelong resident of Adams",
    "Howard's village board" (a school board too, unless ``kinds`` leaves schools out: a
    diocese has one, "Bishop's school board")."""
    after = _next(span)
    if after is not None and (after.lower_ in _GOVERNING or after.text in _TOWNS_OWN):
        return True
    if after is not None and after.lower_ in kinds and _governing_body(after.head, kinds):
        return True  # "the Jay town council", "the Howard village board"
    owned = _possessed(span)
    if owned is not None and _governing_body(owned, kinds):
        return True  # "Howard's village board"
    before = _previous(span)
    return (
        before is not None
        and before.lower_ == "of"
        and before.head.lemma_.lower() in _BELONGING
        and span.root.head.i == before.i
    )


# Capitalised words after a name that open what only a town has ("Kane Area High School",
# "Hollis Township"); a hospital or memorial may bear a person's name ("Sibley Hospital").
_TOWNS_OWN = frozenset(
    {"Area", "Township", "City", "Town", "Village", "Borough", "ISD", "Council", "Police",
     "Municipal"}
)  # fmt: skip
# Nouns whose "of" names the town a person belongs to.
_BELONGING = frozenset({"resident", "native", "mayor"})


def _next(span: Span) -> Token | None:
    return span.doc[span.end] if span.end < len(span.doc) else None


def _previous(span: Span) -> Token | None:
    return span.doc[span.start - 1] if span.start > 0 else None


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text)


@lru_cache(maxsize=4096)
def _towns(name: str) -> tuple[Candidate, ...]:
    """The towns bearing ``name`` as their own name; all-capital names (a dateline, an
    initialism) are left to the rules."""
    if name.isupper() or len(name) < 3 or name.endswith("."):
        return ()  # "Nov.", "Gov.": abbreviations
    return tuple(own_towns(name))


@dataclass(frozen=True)
class _Context:
    """What the rules' mentions say about where the story is."""

    units: frozenset[tuple[str, str]]
    countries: frozenset[str]
    # the towns the story names (their biggest reading), and the counties, each with where it
    # stands: a county counts only in its own sentence ("Monmouthshire councillors ... Usk")
    points: tuple[tuple[str, Candidate, int | None], ...]
    lower_words: frozenset[str]  # the story's words written in lower case
    ents: tuple[Span, ...]  # NER's entities (``Doc.ents`` is rebuilt on every access)
    # capitalised words the story makes the subject of a saying verb ("Forbes says") or
    # describes as a person ("X, who ...", "X, the driver")
    people: frozenset[str]

    @classmethod
    def of(cls, doc: Doc, mentions: Sequence[Mention]) -> _Context:
        units, countries, points = set(), set(), []
        for m in mentions:
            readings = gazetteer().lookup(m.text)
            for c in readings:
                if c.quality != OFFICIAL:
                    continue
                if c.kind == "admin1":
                    units.add((c.cc, c.adm1))
                elif c.kind == "country":
                    countries.add(c.cc)
            towns = [c for c in readings if c.kind == "city" and c.quality == OFFICIAL]
            counties = [c for c in readings if c.kind == "admin2" and c.quality == OFFICIAL]
            if towns:
                points.append((m.text, max(towns, key=lambda c: c.pop), None))
            elif counties:
                points.append((m.text, max(counties, key=lambda c: c.pop), m.start))
        lower = frozenset(t.text for t in doc if t.text.islower())
        people = frozenset(
            t.text for t in doc if t.text[:1].isupper() and (_speaks(t) or _described_as_person(t))
        )
        ents = tuple(doc.ents)
        return cls(frozenset(units), frozenset(countries), tuple(points), lower, ents, people)


def _speaks(tok: Token) -> bool:
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _SAYING


_WHO = frozenset({"who", "whose"})
# Nouns for a place that the actor dictionaries also list as a role ("Alma, a village of 900").
_PLACE_NOUNS = frozenset({"village", "hamlet", "community", "settlement", "suburb", "parish"})


def _described_as_person(tok: Token) -> bool:
    """ "Altintas, who was born in 1990", "Altintas, the driver": a relative "who" or a role in
    apposition makes the name a person's."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ in _WHO:
        return True
    return any(
        c.dep_ == "appos" and c.lower_ not in _PLACE_NOUNS and kb().agent([c.lower_]) is not None
        for c in tok.children
    )


def _features(span: Span, towns: tuple[Candidate, ...], context: _Context) -> dict[str, float]:
    doc = span.doc
    before = _previous(span)
    if before is not None and before.lower_ == "the":
        before = doc[span.start - 2] if span.start > 1 else None
    f: dict[str, float] = {f"tokens_{len(span)}": 1.0}
    _add_before(f, before, span)
    _add_after(f, span)
    label = span[0].ent_type_
    f[f"ner_{label if label in _NER_LABELS else ('none' if not label else 'other')}"] = 1.0
    f["ner_wider"] = float(_entity_wider(span, context.ents))
    first = span[0].text
    f["given_name"] = float(given_name(first))
    f["known_person"] = float(bool(kb().by_surname(key(span[-1].text))))  # "Builth Wells"
    f["english_word"] = float(len(span) == 1 and span[0].lower_ in _english_words())
    f["governed"] = float(_governed(span, _CIVIL_KINDS))
    f["lower_elsewhere"] = float(len(span) == 1 and span[0].lower_ in context.lower_words)
    pop = max(c.pop for c in towns)
    f["log_pop"] = math.log10(pop + 1) / 7
    f["pop_5k"] = float(pop >= 5_000)
    f["readings"] = min(len(towns), 20) / 20
    placed = [c for c in towns if (c.cc, c.adm1) in context.units or c.cc in context.countries]
    f["in_named_unit"] = float(bool(placed))
    f["log_pop_in_unit"] = math.log10(max((c.pop for c in placed), default=0) + 1) / 7
    gap = min(
        (
            km(c, p)
            for c in towns
            for name, p, at in context.points
            if name != span.text and (at is None or span.sent.start_char <= at < span.sent.end_char)
        ),
        default=math.inf,
    )
    f["near_50"] = float(gap <= 50)
    f["near_150"] = float(gap <= 150)
    return f


def _add_before(f: dict[str, float], before: Token | None, span: Span) -> None:
    if before is None or span[0].is_sent_start:
        f["sentence_start"] = 1.0
        return
    word = before.lower_
    if word in _LOCATIVE:
        f["after_locative"] = 1.0
        site = span.doc[before.i - 1] if before.i > 0 else None
        f["after_site"] = float(site is not None and site.lower_ in _SITE_NOUNS)
    elif word in _MOTION:
        f["after_motion"] = 1.0
    elif word == "of":
        f["after_of"] = 1.0
    elif word in {",", "and", "or"}:
        f["after_list"] = 1.0
    elif before.tag_ == "POS":
        f["after_possessive"] = 1.0
    elif before.pos_ in {"VERB", "AUX"}:
        f["after_verb"] = 1.0
    elif before.pos_ in {"DET", "NUM"} or before.tag_ == "PRP$":
        f["after_determiner"] = 1.0


def _add_after(f: dict[str, float], span: Span) -> None:
    after = _next(span)
    if after is None or (after.is_punct and after.text in {".", "!", "?"}):
        f["then_end"] = 1.0
    elif after.tag_ == "POS":
        f["then_possessive"] = 1.0
        owned = _possessed(span)
        f["owns_town_thing"] = float(owned is not None and _town_thing(owned))
    elif after.text in _INSTITUTION_AFTER or after.text in _TEAM_NAMES:
        f["then_institution"] = 1.0
    elif after.lower_ in _CIVIC_AFTER:
        f["then_civic"] = 1.0
    elif after.text == ",":
        f["then_comma"] = 1.0
    elif _dated(after):
        f["then_date"] = 1.0
    elif after.pos_ in {"VERB", "AUX"}:
        f["then_verb"] = 1.0
    elif after.pos_ == "NOUN":
        f["then_noun"] = 1.0
    elif after.is_punct:
        f["then_punct"] = 1.0
    else:
        f["then_other"] = 1.0


def _town_thing(owned: Token) -> bool:
    return owned.lower_ in _TOWN_OWNED or (
        owned.lower_ in _SERVICES and any(c.lower_ in _SERVICE_KINDS for c in owned.children)
    )


# Words that open a date after a name ("in Aberaeron on Sunday", "at Holton last week").
_DATE_OPENERS = frozenset({"on", "this", "last", "next", "early", "late", "since"})


def _dated(after: Token) -> bool:
    """Whether a date follows the name: NER's date, or one of its opening words before one."""
    if after.ent_type_ == "DATE":
        return True
    doc = after.doc
    return (
        after.lower_ in _DATE_OPENERS
        and after.i + 1 < len(doc)
        and doc[after.i + 1].ent_type_ == "DATE"
    )


def _entity_wider(span: Span, ents: Sequence[Span]) -> bool:
    """Whether NER's entity over the name runs on past it ("Leitchfield Middle School"); a
    lower-case function word it ran on over is a misread edge, no wider name ("taught piano in
    Wyndmoor for 60 years", whose entity NER ended after "for")."""
    ent = next((e for e in ents if e.start <= span.start < e.end), None)
    if ent is None:
        return False
    end = ent.end
    while end > span.end and _function_word(ent.doc[end - 1]):
        end -= 1
    return ent.start < span.start or end > span.end


# Parts of speech of a lower-case word that ends no name.
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PART"})


def _function_word(tok: Token) -> bool:
    return tok.is_lower and tok.pos_ in _FUNCTION_POS


def _in_a_persons_name(span: Span, ents: Sequence[Span]) -> bool:
    """Whether a person's entity holds the name and runs on past it or opens before it
    ("said Marta van Oosterhout", "Dana Price-Wald": a particle or a hyphen ends the run of
    capitalised words, not the name)."""
    doc = span.doc
    return any(
        e.label_ == "PERSON"
        and e.start <= span.start
        and span.end <= e.end
        and (
            e.start < span.start  # "Dana Price-Wald": a hyphen broke the run
            or (span.end < e.end and doc[span.end].is_lower and doc[span.end].is_alpha)
        )
        for e in ents
    )


# Words opening a campus's name, which ends with its town.
_CAMPUS_WORDS = frozenset(
    {"SUNY", "CUNY", "UW", "UC", "CSU", "UMass", "UConn", "Penn", "State", "University",
     "College", "Campus"}
)  # fmt: skip


def _short_name(span: Span, ents: Sequence[Span]) -> bool:
    """Whether the story names an organisation elsewhere whose name ends with this one and
    names no place ("Valley Hydro's board ... Hydro crews", "Morgan Stanley ...
    Stanley's analysts"): the short form of that organisation's name. A campus's name ends
    with its town ("SUNY Oswego", "UW Oshkosh")."""
    for e in ents:
        if e.label_ != "ORG" or (e.start <= span.start < e.end):
            continue
        words = [t for t in e if t.tag_ != "POS"]
        if len(words) < 2 or words[-1].text != span.text:
            continue
        if any(t.text in _CAMPUS_WORDS for t in words[:-1]):
            continue
        if not gazetteer().lookup(" ".join(t.text for t in words)):
            return True
    return False


def _someone_elsewhere(span: Span, ents: Sequence[Span]) -> bool:
    """Whether NER reads the name, or a first or last word of it, as a person's elsewhere in
    the story ("Judge Ann Frome ruled ... Frome's public library"), or the story names a firm
    by it ("Hershey's packing plant ..., the Hershey Company said"). NER's reading of the name
    itself as a person is only a feature, ``ner_PERSON``: the small model often reads a lone
    town so."""
    words = {span[0].text, span[-1].text}
    elsewhere = [e for e in ents if e.end <= span.start or e.start >= span.end]
    person = any(
        e.label_ == "PERSON"
        and (e.text == span.text or (len(e) > 1 and bool(words & {e[0].text, e[-1].text})))
        for e in elsewhere
    )
    return person or any(
        e[-1].text.rstrip(".") in _FIRM_WORDS and e.text.removeprefix("the ").startswith(span.text)
        for e in elsewhere
    )


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words, irregular plurals included ("Media reports suggest ...")."""
    return lemma_index_words(("noun", "verb", "adj", "adv")) | irregular_forms(("noun",))


def _probability(features: dict[str, float], weights: dict[str, float], bias: float) -> float:
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float] | None:
    path = resources.files("dateline") / "data" / "geo" / "town_model.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return data["weights"], data["bias"], data["threshold"]
