"""A town of two or three words before a possessive is the town: "Mount Airy's festival".

A small town's name may go unrecognised when NER tags nothing and the gazetteer matcher takes
only strong names; its possessive ("Mount Airy's mayor", "Glen Ellyn's library board") is
news usage for the town's own things. A two- or three-word name is seldom a person's when its
first word is no given name and NER reads no person there, so such a name the gazetteer knows
only as a town (no landmark, unit or region of that name: "White House's"; a district named
for the town counts as the town) of at least :data:`POSSESSIVE_TOWN_POP` people is taken. A
one-word name is taken before a town's own noun ("Ripon's market square", a town's zoo or
park), or before any lower-case word where its sentence names the county or the state such a
town lies in ("Tifton's pecan harvest ... across Georgia").
Before a town's elected body or its school's side ("Lynn's school committee", "Marshfield's
boys hockey team") a one-word name is taken though it is a given name or NER reads a person
there, unless the story names a person so elsewhere; before its school's competitors in a sport
("Ames's swimmers") too, unless a given name, and before its hospital or park as the head
of its phrase ("Batesville's hospital will spend", "Athy's post office will move"), and before
any town's own noun heading its phrase where the name opens its sentence ("Ripon's public
library will close"), where the small model reads a person in any capitalised word. A
longer name whose first word is a given name ("Morgan City", "Murray Bridge") is taken before
its council or festival unless the story names a person so, and a longer name NER reads as a
person before a town's own noun heading its phrase ("Punta Gorda's waterfront park") likewise.
A one-word name before a works named for it ("Belvidere's assembly plant") is taken only where
NER reads neither a person nor a firm by it anywhere in the story. A bare apostrophe after a
final s is a possessive too ("Galashiels' Braw Lads Gathering").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from dateline.geo.candidates import given_name
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import km
from dateline.geo.nonplaces import common_words
from dateline.nlp import lemma_index_words, text_of

__all__ = ["ONE_WORD_POSSESSIVES", "POSSESSIVE_TOWNS", "TOWN_OWNED_AFTER", "add_possessive_towns"]

# The switch for this step (off: such names are left to the other recognisers).
POSSESSIVE_TOWNS = True
# The switch for one-word names before a town's own noun (twenty-third round).
ONE_WORD_POSSESSIVES = True
POSSESSIVE_TOWN_POP = 5_000
# Before a town's elected body or its school's side a one-word name that is no given name and no
# English word ("Bottineau's school board": table 37) is a town down to this size: no person or
# firm has a school board, and a small town's own news is mostly about such bodies.
CIVIC_TOWN_POP = 2_000
# The switch for any one-word possessive whose sentence names the town's county or state.
STATE_VOUCHED_POSSESSIVES = True
# Countries whose towns the gazetteer files under their names in the country's other official
# language (Irish: "Cluain Meala"), the English name the news uses being only an alternate.
OTHER_LANGUAGE_OFFICIAL = frozenset({"IE"})
# The possessive: "'s", or a bare apostrophe after a final s ("Galashiels' Braw Lads
# Gathering", "Natchitoches' Christmas festival": table 22).
_POSSESSIVE = r"(?:['\u2019]s|(?<=s)['\u2019])"
_POSSESSIVE_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})" + _POSSESSIVE + r"(?!\w)")
# A one-word name is a firm's or a person's as often as a town's ("Boeing's", "Smith's"), so
# only a noun for a town's own people, officers or streets after it vouches for the town:
# "Ripon's market square", "Hexham's mayor", "Keswick's historic town centre", a town's own
# road round it ("Ennis's new bypass", "Navan's inner relief road"), the services a town runs
# ("Tulsa's public works crews", "Dayton's water system", "Akron's police department", "Minot's
# new library branch"), its council by its capitalised name ("Rahway's Common Council"), its
# market by the day it is held ("Thirsk's Monday market", "Malton's weekly market": table 18),
# its festival, fair or Christmas market, or a capitalised event of a festival's word
# ("Evesham's annual asparagus festival", "Houlton's Potato Feast Days": tables 21-23), the
# trade its firms or farms share ("Hickory's furniture makers", "Wenatchee's apple growers":
# table 24), its saleyards ("Roma's saleyards sold": table 35), a plural no one person owns,
# the buildings and services its name is given to (a bank branch, post office or station, its
# racecourse, its Market House or Hall: table 30); not a noun that modifies a name after it
# ("the firm's downtown Boston store").
# A lower-case fair only after the word for what it shows ("Horncastle's antiques fair",
# "Holywood's maypole fair": tables 34-35), the adjective being as common ("Apple's fair
# share", "Smith's very fair price"); so too a town's race, contest, show, parade or rodeo
# ("Knaresborough's bed race", "Weiser's fiddle contest": tables 37, 39), but not a candidate's
# race or a host's show ("Smith's Senate race", "Smith's talk show"). What a festival
# celebrates may be capitalised ("Parkes' Elvis festival": table 38).
_FESTIVAL = (
    r"(?:[A-Z][a-z]+ ){1,3}(?:Festival|Fair|Days|Gathering|Carnival|Gala|Feast|Common Riding)"
    r"|(?:(?:[a-z]+|[A-Z][a-z]+) )?(?:festival|carnival|gala|Christmas lights)"
    r"|(?!(?:very|quite|more|most|less|so|too|not|only|own|always)\b)[a-z]+ fair"
    r"(?! share| value| price| trade| play| game| deal| chance| shot| hearing| trial)"
    r"|(?!(?:senate|mayoral|council|governor|presidential|leadership|election|reelection"
    r"|primary|title|points|arms|rat|talk|game|chat|quiz|radio|reality|cooking|comedy|solo"
    r"|one|magic|puppet|slide|horror|freak)\b)[a-z]+ (?:race|contest|show|parade|rodeo)"
)
_FESTIVAL_HEADS = frozenset(
    {"festival", "fair", "carnival", "gala", "race", "contest", "show", "parade", "rodeo"}
)
_TOWN_BUILDING = r"bank branch|post office|(?:railway |train )?station|racecourse"
# A town's own streets and centre, and its opera house: no person has a main street, so NER's
# person tag on the name does not count before one heading its phrase, wherever the name
# stands ("traffic through Huntly's main street": table 41).
_TOWN_STREETS = (
    r"main street|high street|town cent(?:re|er)|city cent(?:re|er)|market square|opera house"
)
# What only a market town has, its market by the weekday it is held or its market square and
# high street: a town before one is taken down to :data:`CIVIC_TOWN_POP`, as before its council,
# England's market towns being small ("Bakewell's Monday market": table 42).
_MARKET_TOWN_OWN = re.compile(
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|weekly) market|market (?:square|place)"
    r"|high street|town cent(?:re|er))$"
)
_TOWN_OWN_NOUN = (
    rf"(?:{_FESTIVAL}"
    r"|(?:[a-z]+ )?(?:makers|manufacturers|growers|farmers|employers)|saleyards?|stockyards?"
    rf"|{_TOWN_BUILDING}|Market (?:House|Hall|Cross)"
    r"|mayor|mayoress|town council|city council|councillors|town centre|town center"
    r"|(?:City|Town|Common|Borough) Council|(?:public )?library(?: branch| board| district)?"
    r"|(?!Presidential )(?:[A-Z][a-z]+ ){1,2}(?:Public |Memorial )?Library"
    r"|opera house|civic cent(?:re|er)|beach(?! house| hut| towel| ball| bag| chair| party| body)"
    r"|only (?:[a-z]+ )?(?:store|shop|supermarket|pharmacy|bank|cinema|pub|hotel|doctor)"
    r"|city centre|high street|main street|market square|market place|marketplace|town hall"
    r"|city hall|residents|townspeople|townsfolk|streets|outskirts|suburbs|downtown"
    r"|ring road|relief road|bypass(?! surgery| operation| graft)"
    r"|harbou?r|waterfront|seafront|zoo"
    r"|public works|water (?:system|supply|department|utility|treatment plant)|sewer system"
    r"|(?:police|fire) department|school (?:district|board)"
    r"|hospital(?!s)|park(?!s)|(?:fish|cattle|livestock|covered|indoor|street|farmers['\u2019]?"
    r"|weekly|Christmas|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) market"
    r")\b(?! [A-Z])"
)
# Up to two lower-case words between the possessive and the noun, one perhaps a possessive
# itself ("Merced's new children's hospital wing": table 29).
_BETWEEN = r" (?:[a-z]+(?:-[a-z]+)?(?:['\u2019]s)? ){0,2}"
# What only a town owns, right after a name: "Lake Geneva's library" is the town's, not the
# lake's (table 92).
TOWN_OWNED_AFTER = re.compile(_POSSESSIVE + _BETWEEN + _TOWN_OWN_NOUN)
_ONE_WORD_POSSESSIVE = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})" + _POSSESSIVE + _BETWEEN + _TOWN_OWN_NOUN
)
# A library, a race, contest or show, or a festival's stall is a person's or a firm's as often
# as a town's ("Jefferson's library", "Watson's flower show", "Jones' festival booth"): a town's
# only by a name that is no English word and no name WordNet files (see :func:`_english_word`);
# its public library or its festival itself is a town's by any name ("Alpena's public library").
_PLAIN_NAMES_OWN = re.compile(r"(?:(?<!public )\blibrary|\b(?:race|contest|show|parade|rodeo))$")
# A works a town's name is given to ("Belvidere's assembly plant along Interstate 90": table
# 36) is a firm's as often ("Toyota's assembly plant"): see :func:`_towns_works`.
_ONE_WORD_WORKS = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})"
    + _POSSESSIVE
    + _BETWEEN
    + r"(?:assembly|auto|car|truck|engine|steel|paper|pulp|packing|meatpacking|processing"
    r"|bottling|ethanol|manufacturing) (?:plant|mill|factory|works)\b"
)
# A town's public institution itself, the head of its phrase ("Batesville's hospital will
# spend", "Aberdare's park will host": tables 27, 29; "Athy's post office will move":
# table 30): no person owns one, so NER's lone person tag on a one-word town before it does
# not count, as before a town's council; its library too ("Bisbee's library will reopen": table
# 38), a person's being a collection kept at home, seldom the subject of news; a noun that
# modifies another is a person's as often ("Smith's hospital bills", "Jordan's park bench").
_INSTITUTION = re.compile(
    _POSSESSIVE + _BETWEEN + rf"(hospital|park|zoo|library|{_TOWN_BUILDING}|{_TOWN_STREETS})\b"
)
# The same nouns after a longer name's "'s": no firm has a school district or a town centre, so
# NER's organisation tag on "Glen Ridge's" does not count there (a person's still does).
_TOWN_OWN_AFTER = re.compile(_POSSESSIVE + _BETWEEN + _TOWN_OWN_NOUN)
# Any one-word name before "'s" and a lower-case word ("Tifton's pecan harvest"): a firm's or a
# person's as often as a town's, so taken only where its sentence names the county or state
# the town lies in (see :func:`_vouched_owner`).
_ONE_WORD_OWNER = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})" + _POSSESSIVE + r" (?=[a-z])")

# A town's own elected body or officer after the possessive, or its school's side: no person
# has a city council, a school board or a boys' hockey team, so NER's person or organisation
# tag on the name does not count there ("Medicine Hat's city council", "Stevens Point's school
# board" read as people by the small model: tables 22, 25; its city commission, its side in a
# named sport, "Red Oak's volleyball team": tables 32-33), nor, for one word, its being a
# given name ("Lynn's school committee": tables 22-23); a name the story gives a person
# elsewhere does ("coach Al Jones ... Jones's team").
# The town's high school by its own name between the possessive and its side ("Nephi's Juab
# High wrestlers": table 37), a school often being named for its county or valley.
_SCHOOL_NAME = r"(?:[A-Z][a-z]+ ){1,2}High (?:School )?"
_CIVIC_NOUN = re.compile(
    _POSSESSIVE + r" (?:mayor|(?:city|town|borough) council|council(?! of)|city hall"
    r"|(?:city|town|county) commission|school (?:committee|board)|select ?board"
    r"|(?:board of )?(?:selectmen|aldermen)"
    r"|(?:(?:boys|girls)['\u2019]? (?:[a-z]+ ){0,2}|(?:high school |" + _SCHOOL_NAME + r")?"
    r"(?:volleyball|football|basketball|baseball|softball|soccer|hockey|wrestling|track) )"
    r"(?:team|squad))\b"
)
# A longer name whose first word is a given name ("Morgan City", "Murray Bridge") is a town
# before its elected body or its festival (table 30-31), which no person owns by a first and
# last name, unless the story names a person so elsewhere.
_GIVEN_FIRST_OWN = re.compile(_POSSESSIVE + rf" (?:[a-z]+ ){{0,3}}(?:{_FESTIVAL})\b")
_ONE_WORD_CIVIC = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})(?=" + _CIVIC_NOUN.pattern + ")")
# A town's school's competitors in a sport ("Ames's swimmers won the state title": table 24):
# taken as its side is, NER's person tag notwithstanding, but not for a given name, which a
# coach's first-name possessive may be; a coach the story names ("Dan Ames ... Ames's
# wrestlers") is no town.
_ONE_WORD_SIDE = re.compile(
    r"(?<![\w.'\u2019-])([A-Z][a-z]{2,})(?="
    + _POSSESSIVE
    + r" (?:[a-z]+ |"
    + _SCHOOL_NAME
    + r")?(?:wrestlers|swimmers|golfers|runners|gymnasts)\b)"
)


# A county named in the sentence: "Westmeath County Council", "County Kerry", "Co. Clare", or
# an English council named for its county or district, its compass word included ("North
# Yorkshire Council", "West Sussex County Council": table 18; "North East Lincolnshire Council",
# on file by its bare name, Lincolnshire).
_COUNTY_NAMED = re.compile(
    r"\b((?:(?:North|South|East|West|Mid)(?: East| West)? )?[A-Z][a-z]+) "
    r"(?:County |District |Borough )?"
    r"(?:Council|Board)\b"
    r"|\b(?:County|Co\.?) ([A-Z][a-z]+)\b"
)
# A county spans about 50 to 100 km: a town this near its point lies in it.
TOWN_IN_COUNTY_KM = 70.0


class _Found(Protocol):
    """The recogniser's claims: a span is added unless a more trusted source holds part of it."""

    def add(self, start: int, end: int, hint: str | None = None) -> None: ...


def add_possessive_towns(doc: Doc, found: _Found) -> None:
    """Add each unclaimed two- or three-word town name before "'s" (see the module)."""
    if not POSSESSIVE_TOWNS:
        return
    text = text_of(doc)
    for hit in _POSSESSIVE_NAME.finditer(text):
        name = hit.group(1)
        first = name.split(" ", 1)[0]
        if first == "The":
            continue
        if given_name(first) and not _given_first_town(doc, text, hit):
            continue
        if _CIVIC_NOUN.match(text, hit.end(1)):
            if _named_elsewhere(doc, name, *hit.span(1)):
                continue
        elif owned := _TOWN_OWN_AFTER.match(text, hit.end(1)):
            if _person_owns(doc, hit, owned):
                continue
        elif _person_at(doc, *hit.span(1)):
            continue
        if _only_a_town(name):
            found.add(*hit.span(1))
    if ONE_WORD_POSSESSIVES:
        _add_one_word_towns(doc, text, found)


def _person_owns(doc: Doc, hit: re.Match[str], owned: re.Match[str]) -> bool:
    """Whether a person owns the town's own noun after the longer name's "'s": NER reads one
    there, and the noun modifies another ("Dolan Gray's park bench") or the story names a
    person so elsewhere. The small model reads an unfamiliar two-word name before "'s" as a
    person, but no person owns a town's park or cattle market heading its phrase by a name
    whose first word is no given name ("Punta Gorda's waterfront park would reopen", "Melton
    Mowbray's cattle market will move": tables 35-36)."""
    start, end = hit.span(1)
    if not _person_at(doc, start, end, tags=("PERSON",)):
        return False
    return not _heads_at(doc, owned.end()) or _named_elsewhere(doc, hit.group(1), start, end)


def _given_first_town(doc: Doc, text: str, hit: re.Match[str]) -> bool:
    """Whether a longer name opening with a given name ("Morgan City's") owns a town's elected
    body or festival, and no person the story names elsewhere bears a word of it."""
    end = hit.end(1)
    if not (_CIVIC_NOUN.match(text, end) or _GIVEN_FIRST_OWN.match(text, end)):
        return False
    return not _named_elsewhere(doc, hit.group(1), hit.start(1), end)


def _add_one_word_towns(doc: Doc, text: str, found: _Found) -> None:
    """Add each unclaimed one-word town name before "'s" and a town's own body or school
    side (:data:`_CIVIC_NOUN`, :data:`_ONE_WORD_SIDE`), unless the story names a person so
    elsewhere, or before a town's own noun: there NER's organisation tag does not count
    against it ("Ripon's market square"), a person's does, and so does a surname or given name
    of a person the story names in full; where the sentence names the county the town lies in,
    only the last does."""
    people, named_in_full = _people_words(doc), _people_words(doc, in_full=True)
    sides = (h for h in _ONE_WORD_SIDE.finditer(text) if not given_name(h.group(1)))
    for hit in chain(_ONE_WORD_CIVIC.finditer(text), sides):
        name, (start, end) = hit.group(1), hit.span(1)
        if (
            _only_a_town(name, _civic_floor(name))
            and not _named_elsewhere(doc, name, start, end)
            and not _after_proper_noun(doc, start, end)
        ):
            found.add(start, end)
    for hit in _ONE_WORD_POSSESSIVE.finditer(text):
        name = hit.group(1)
        if given_name(name) or not _only_a_town(name, _own_noun_floor(name, hit)):
            continue
        if _plain_names_own(doc, hit) and _english_word(name):
            continue
        if _in_named_county(text, hit.start(), name):
            if name not in named_in_full:  # NER's lone "Mullingar" is no person
                found.add(*hit.span(1))
        elif (
            (name not in people and not _person_only_at(doc, *hit.span(1)))
            or _owns_institution(doc, text, hit)
            or _opens_sentence_owning(doc, hit)
        ):
            found.add(*hit.span(1))
    for hit in _ONE_WORD_WORKS.finditer(text):
        if _towns_works(doc, hit):
            found.add(*hit.span(1))
    if STATE_VOUCHED_POSSESSIVES:
        places = [(e.start_char, e.text) for e in doc.ents if e.label_ == "GPE"]  # in order
        for hit in _ONE_WORD_OWNER.finditer(text):
            if _vouched_owner(doc, text, hit, (people, named_in_full), places):
                found.add(*hit.span(1))


def _own_noun_floor(name: str, hit: re.Match[str]) -> int:
    """The least size of a town ``name`` before the town's own noun ``hit`` ends with: a
    market town's own (:data:`_MARKET_TOWN_OWN`) lowers it as a council does."""
    return _civic_floor(name) if _MARKET_TOWN_OWN.search(hit.group(0)) else POSSESSIVE_TOWN_POP


def _plain_names_own(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether what the one-word name owns is a person's or a firm's as often as a town's
    (:data:`_PLAIN_NAMES_OWN`), or is a festival's word modifying a noun after it ("Jones'
    festival booth")."""
    if _PLAIN_NAMES_OWN.search(hit.group(0)):
        return True
    noun = _word_ending_at(doc, hit.end())
    return noun is not None and noun.lower_ in _FESTIVAL_HEADS and noun.dep_ == "compound"


def _owns_institution(doc: Doc, text: str, hit: re.Match[str]) -> bool:
    """Whether the one-word name before "'s" owns a town's institution as the head of its
    phrase (:data:`_INSTITUTION`), and no person the story names elsewhere bears the name, nor
    does it end a longer proper name: NER's lone person there is no person."""
    start, end = hit.span(1)
    owned = _INSTITUTION.match(text, end)
    if owned is None or _named_elsewhere(doc, hit.group(1), start, end):
        return False
    noun = doc.char_span(*owned.span(1))
    return (
        noun is not None and noun[-1].dep_ != "compound" and not _after_proper_noun(doc, start, end)
    )


def _towns_works(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether the one-word name before "'s" and a works (:data:`_ONE_WORD_WORKS`) is the town
    the works is named for: a town's name only, read by NER as neither person nor firm, there
    or anywhere else in the story (a firm the story names owns its plant: "Toyota's")."""
    name, (start, end) = hit.group(1), hit.span(1)
    return (
        not given_name(name)
        and _only_a_town(name)
        and not _person_at(doc, start, end)
        and not _named_elsewhere(doc, name, start, end, labels=("PERSON", "ORG"))
        and not _after_proper_noun(doc, start, end)
    )


def _opens_sentence_owning(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether the one-word name before "'s" opens its sentence and a town's own noun after it
    heads its phrase ("Ripon's public library will close"): the small model reads a capitalised
    word opening a sentence before "'s" as a person, so its lone person tag there does not
    count; a person the story names elsewhere does, and so does a noun modifying another
    ("Ripon's public library card"), see :func:`_heads_town_noun`."""
    start, end = hit.span(1)
    name = doc.char_span(start, end)
    return (
        name is not None
        and name[0].is_sent_start
        and _heads_at(doc, hit.end())
        and not _named_elsewhere(doc, hit.group(1), start, end)
        and not (_owns_event(doc, hit.end()) and _english_word(hit.group(1)))
    )


def _owns_event(doc: Doc, end: int) -> bool:
    """Whether the town's own noun ending at character ``end`` is a festival's word: a person
    NER reads before one is a town only by a name no English word or WordNet name is ("Lompoc's
    flower festival", but "Watson's flower festival")."""
    noun = _word_ending_at(doc, end)
    return noun is not None and noun.lower_ in _FESTIVAL_HEADS


def _heads_at(doc: Doc, end: int) -> bool:
    """Whether the town's own noun ending at character ``end`` heads its phrase (see
    :func:`_heads_town_noun`)."""
    noun = _word_ending_at(doc, end)
    return noun is not None and _heads_town_noun(noun)


def _word_ending_at(doc: Doc, end: int) -> Token | None:
    """The token whose text ends at character ``end`` (the last word a pattern matched)."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _heads_town_noun(noun: Token) -> bool:
    """Whether the town's own noun ending at ``noun`` heads its phrase, or names an event before
    a festival's word ("Ripon's Hog Days festival"); a bare festival's word is not enough, a
    person's annual party being one as often ("Watson's annual festival"), unless a noun before
    it names what the event is of ("Lompoc's flower festival", "Ripon's bed race": table 38),
    see :func:`_opens_sentence_owning` for the name."""
    if noun.dep_ == "compound":
        return noun.is_title and noun.head.lower_ in _FESTIVAL_HEADS
    if noun.lower_ in _FESTIVAL_HEADS:
        return _event_of(noun)
    return noun.lower_ != "lights"


def _event_of(noun: Token) -> bool:
    """Whether the word before the festival's word ``noun`` names what it is of ("flower
    festival", "Elvis festival", "sled race", which the small model may tag a verb), not how
    it is ("annual festival")."""
    if noun.i == 0:
        return False
    before = noun.doc[noun.i - 1]
    return before.head == noun and before.pos_ not in ("ADJ", "DET", "NUM", "PRON", "PART")


def _vouched_owner(
    doc: Doc,
    text: str,
    hit: re.Match[str],
    people_words: tuple[frozenset[str], frozenset[str]],
    places: list[tuple[int, str]],
) -> bool:
    """Whether a one-word name before "'s" and any lower-case word is a town because its
    sentence names the county or the state a sizeable town of the name lies in ("Tifton's
    pecan harvest drew buyers from across south Georgia"); no word of a person the story
    names, nor a person NER reads there, is such a town; but where a council or county named
    in the sentence vouches for it ("South Down District Council says Banbridge's water ..."),
    NER's lone person there does not count, only a person the story names in full does.
    ``people_words``: the words of people the story names, and of those named in full;
    ``places``: NER's GPE entities (start, text), in text order."""
    people, named_in_full = people_words
    name = hit.group(1)
    if given_name(name) or not _only_a_town(name):
        return False
    if _in_named_county(text, hit.start(), name):
        return name not in named_in_full and not _after_proper_noun(doc, *hit.span(1))
    if name in people or _person_only_at(doc, *hit.span(1)):
        return False
    return _in_named_state(doc, hit.start(), name, places)


def _in_named_state(doc: Doc, at: int, name: str, places: list[tuple[int, str]]) -> bool:
    """Whether the sentence at ``at`` names (one of ``places``, NER's GPE entities by start)
    a state or province holding a town of ``name`` of :data:`POSSESSIVE_TOWN_POP` people or
    more, or a county ("Buncombe County") such a town lies in; found by binary search, so a
    long story's every possessive does not scan them all."""
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None:
        return False
    sent = token[0].sent
    towns = [c for c in _own_readings(name) if c.pop >= POSSESSIVE_TOWN_POP]
    states = {(c.cc, c.adm1) for c in towns}
    k = bisect_left(places, (sent.start_char, ""))
    while k < len(places) and places[k][0] < sent.end_char:
        place = places[k][1]
        k += 1
        if place != name and any(
            (c.cc, c.adm1) in states and (c.kind == "admin1" or _holds_town(c, towns))
            for c in gazetteer().lookup(place)
        ):
            return True
    return False


def _holds_town(unit: Candidate, towns: list[Candidate]) -> bool:
    """Whether ``unit`` is a county with one of ``towns`` of its state near its point."""
    return unit.kind == "admin2" and any(
        (t.cc, t.adm1) == (unit.cc, unit.adm1) and km(t, unit) <= TOWN_IN_COUNTY_KM for t in towns
    )


def _in_named_county(text: str, at: int, name: str) -> bool:
    """Whether the story's sentence names a county a town of ``name`` lies in ("Westmeath
    County Council said Mullingar's ..."): the county vouches for the town where NER reads
    the unfamiliar name as a person."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    stop = min(i for i in (text.find(". ", at), text.find("\n", at), len(text)) if i >= 0)
    towns = _own_readings(name)
    for hit in _COUNTY_NAMED.finditer(text, start, stop):
        county = hit.group(1) or hit.group(2)
        bare = county.rsplit(" ", 1)[-1]  # "North East Lincolnshire" is on file as Lincolnshire
        names = (county, bare) if bare != county else (county,)
        units = [c for n in names for c in gazetteer().lookup(n) if c.kind in ("admin1", "admin2")]
        if any(km(t, u) <= TOWN_IN_COUNTY_KM and t.cc == u.cc for t in towns for u in units):
            return True
    return False


def _people_words(doc: Doc, in_full: bool = False) -> frozenset[str]:
    """The words of the names of people the story names (NER's PERSON entities; ``in_full``:
    only names of two words or more)."""
    return frozenset(
        t.text for e in doc.ents if e.label_ == "PERSON" and (len(e) > 1 or not in_full) for t in e
    )


def _person_only_at(doc: Doc, start: int, end: int) -> bool:
    """Whether NER reads a person at the name, or the name ends a longer proper name ("John
    Ripon's residents")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ == "PERSON" for t in span):
        return True
    return _ends_proper_name(span)


def _after_proper_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ends a longer proper name ("John Ripon's residents")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or _ends_proper_name(span)


def _ends_proper_name(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].pos_ == "PROPN"


def _named_elsewhere(
    doc: Doc, name: str, start: int, end: int, labels: tuple[str, ...] = ("PERSON",)
) -> bool:
    """Whether a word of ``name`` belongs to a person (or another of NER's ``labels``) NER
    reads elsewhere in the story."""
    words = set(name.split())
    return any(
        e.label_ in labels
        and (e.end_char <= start or e.start_char >= end)
        and any(t.text in words for t in e)
        for e in doc.ents
    )


def _person_at(doc: Doc, start: int, end: int, tags: tuple[str, ...] = ("PERSON", "ORG")) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is None or any(t.ent_type_ in tags for t in span)


def _only_a_town(name: str, floor: int = POSSESSIVE_TOWN_POP) -> bool:
    """Whether the gazetteer knows ``name`` as a town's own name, of ``floor`` people or more,
    and as nothing but towns; an Irish town's English name counts as its own (see
    :func:`_own_readings`)."""
    own = _own_readings(name)
    towns = [c for c in own if c.kind == "city"]
    return (
        bool(towns)
        and all(c.kind == "city" or _named_for_town(c, towns) for c in own)
        and (max(c.pop for c in own) >= floor)
    )


def _civic_floor(name: str) -> int:
    """The least size of a town named ``name`` before its elected body or school's side: lower
    (:data:`CIVIC_TOWN_POP`) for a name that is neither a given name nor an English word
    ("Bottineau"), which little else but the town bears."""
    return POSSESSIVE_TOWN_POP if given_name(name) or _english_word(name) else CIVIC_TOWN_POP


def _english_word(name: str) -> bool:
    """Whether ``name`` is also an English word or a name WordNet files (a noun, verb, adjective
    or adverb: "Bishop", "Jones", "Sandy"), which a person or a thing bears as often."""
    word = name.lower()
    return word in lemma_index_words(("noun",)) or word in common_words()


def _named_for_town(unit: Candidate, towns: list[Candidate]) -> bool:
    """Whether ``unit`` is a district named for a town of its name near its point ("Mackay"
    the council area, round Mackay the town): the name still reads as the town (table 18)."""
    return unit.kind == "admin2" and any(
        t.cc == unit.cc and km(t, unit) <= TOWN_IN_COUNTY_KM for t in towns
    )


def _own_readings(name: str) -> list[Candidate]:
    """The readings that bear ``name`` as their own: the official ones, or, where none is,
    towns of a country whose gazetteer names are in its other official language, when the
    name reads nothing else ("Mullingar", on file as "An Muileann gCearr")."""
    readings = gazetteer().lookup(name)
    official = [c for c in readings if c.quality == OFFICIAL]
    if official:
        return official
    other = [c for c in readings if c.quality == ALTERNATE]
    if other and all(c.cc in OTHER_LANGUAGE_OFFICIAL for c in other):
        return other
    return []
