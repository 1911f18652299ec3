"""Find place mentions in a parsed document: the entry point of place recognition.

Sources, in order of trust, each claiming its characters so later ones cannot overlap them:
facility patterns ("Pabrade Training Area", "Fort Bragg"), landmark names, the dateline,
gazetteer matches for names NER misses or mislabels (:mod:`~dateline.geo.matching`, with
entities that block a match in :mod:`~dateline.geo.blocking`), spaCy's GPE/LOC/FAC entities
that pass as places (:mod:`~dateline.geo.ner`), towns the text calls towns, the states of
"Barrie, Ont." and towns listed after a found place (:mod:`~dateline.geo.listed`). Demonyms
("Lithuanian soil"), stop words ("Us"), the surnames of people named in full and names given to
things ("the tech news site Pando", :func:`~dateline.geo.nonplaces.thing_names`) are not places,
nor are names a place's name is written into (read on real news, eleventh session QA round):
given names after kinship nouns ("his wife, Tonya") or of a person named in full used as a
subject ("Georgia skates"), names given to animals ("a turkey named Rose"), products and
diseases ("the Phoenix pay system", "Molotov cocktails", "Marburg virus"), direction words that
are some country's admin-1 unit ("West", "the South", "Southern District of Ohio"), a big city's
one-word other name ("Mason", "RNS") and short capitals read as a word name ("BA"). A name
ending in a landmark head noun is taken whole ("Rose Garden" is no Rose, Italy). The tests for
spans that carry a place's name but name no place live in :mod:`~dateline.geo.nonplaces`
(people, products, agencies, pets) and :mod:`~dateline.geo.sites` (landmarks, longer feature
names, churches' saints, titles of works).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dateline.geo.candidates import container_candidates, own_towns, with_unit_word
from dateline.geo.city_words import widen_to_city_names
from dateline.geo.containers import COMPASS, LISTED_NAME, find_container, unit_list
from dateline.geo.elided_names import add_elided_names
from dateline.geo.false_places import false_place
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, gazetteer
from dateline.geo.irish import irish_county_spans, town_before_county, town_in_irish_county
from dateline.geo.landmark_towns import town_castles
from dateline.geo.learned_towns import learned_towns
from dateline.geo.listed import (
    apposed_town,
    between_towns,
    coordinated,
    framed_towns,
    framed_words_near,
    gone_to_towns,
    listed_neighbours,
    misread_pairs,
    misread_towns,
    named_as_town,
    organisations_towns,
    towns_before_their_units,
    towns_of_named_units,
)
from dateline.geo.locative_frames import add_locative_towns
from dateline.geo.matching import agency_states, gazetteer_matches
from dateline.geo.mention import Mention, inside, km
from dateline.geo.ner import ner_places, plausible
from dateline.geo.nicknames import nickname_spans
from dateline.geo.nonplaces import (
    People,
    common_noun_name,
    common_word_opening,
    named_people,
    thing_names,
)
from dateline.geo.place_nouns import add_noun_named
from dateline.geo.possessive_towns import POSSESSIVE_TOWN_POP, add_possessive_towns
from dateline.geo.sites import (
    feature_tail,
    landmark_names,
    river_named,
    saint_of_church,
    title_of_work,
    town_church,
    with_feature_word,
)
from dateline.geo.spans import NER_LABELS, POSITION_WORD, trim
from dateline.geo.state_agencies import agency_words
from dateline.nlp import text_of

__all__ = ["DATELINE", "FACILITY", "dateline_span", "find_mentions"]

# A facility's name stops at a possessive: "Toronto's Pearson International Airport" is Toronto
# and the airport (seventeenth round), "Fort Scott's emergency room" Fort Scott (table 35);
# "Fort St. John" keeps its saint.
_FACILITY_WORD = r"[A-Z][\w'\u2019-]*\w(?<!['\u2019]s)"
# A fort's name that opens a school's is a town's ("Fort Valley State University").
_SCHOOL_AFTER = r"\s+(?:State\s+)?(?:University|College|High\s+School|Middle\s+School)\b"
FACILITY = re.compile(
    r"\b(?:(?:Fort|Camp|Naval Station|Joint Base)\s+(?:St\.\s+)?"
    rf"{_FACILITY_WORD}(?:\s+{_FACILITY_WORD})?(?!{_SCHOOL_AFTER})"
    r"|(?:[A-Z][\w'\u2019-]+(?<!['\u2019]s)\s+){1,3}(?:Training Area|Training Ground|Training Range"
    r"|Firing Range"
    r"|(?i:air base|airbase|air force base|naval base|military base|army base|airfield)"
    r"|International Airport|Airport))\b"
)
# A compass word before a fort's name, which may make a town's ("North Fort Myers").
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West) $")
# A British, Australian or Canadian air station, named for the village it lies by (table 202):
# read where the gazetteer files it as an airport ("RAF Typhoon jets" names no station).
_AIR_STATION = re.compile(r"\b(?:RAF|RAAF|CFB) ([A-Z][a-z]+)(?: [A-Z][a-z]+)?\b")
# An all-capitals place name opening the text, then an optional ", State" and "(Agency)", then a
# dash or colon: the dateline.
DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    # "MOUNT HAGEN, Papua New Guinea -"; "DARCHULA, March 3:" (South Asian papers: blind 383)
    r"(?=(?:,\s*(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}|[A-Z][a-z]{2,8}\.? [1-3]?\d))?"
    r"\s*(?:\([A-Za-z. ]+\)\s*)?(?:--|[-\u2013\u2014:])\s)"
)

# A title-case place name before a news agency in brackets and a dash: "New York (AFP) -".
DATELINE_AGENCY = re.compile(
    r"\s*([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})"
    r"(?=(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*\([A-Z][A-Za-z. ]+\)\s*(?:--|[-\u2013\u2014:])\s)"
)
# South Asian papers' title-case dateline and colon: "Dwarka: More than two lakh pilgrims ..."
# (blind 385); a town of its own name and some size, so that "Update:" or "Note:" is none.
DATELINE_COLON = re.compile(r"\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s(?=[A-Z])")
DATELINE_COLON_POP = 10_000
# A capitalised name (not the tail of a longer one) then "in" or ", in" before a county's name.
_TOWN_IN = re.compile(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}),? in $")
_TOWN_COMMA = re.compile(r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}), $")
# A name set in a part of a country or state: "Choibalsan in eastern Mongolia" (table 98).
_TOWN_IN_PART = re.compile(rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}),? in (?:the )?{COMPASS} $")
# A town's name hyphen-joined to its county's: "Griffin-Spalding County schools", the school
# system or government the two share (table 18).
_TOWN_JOINED = re.compile(r"(?<![\w'.-])([A-Z][a-z]+)-$")
# Two towns hyphen-joined to name the district or body they share ("the Moline-Coal Valley
# school board": table 19): the first is a town when one of its name lies this near the second.
JOINED_TOWN_KM = 40
# A school district the pair names ("Grinnell-Newburg school board members": table 30) vouches
# for a first town this big in the second's country, the second being a village the gazetteer
# may lack (its "Newburg" lies in another state).
_JOINED_DISTRICT_AFTER = re.compile(
    r"\s+(?:[Cc]ommunity\s+)?[Ss]chool\s+(?:[Bb]oard|[Dd]istrict)\b"
)
_COUNTY_WORD = re.compile(r" (?:County|Parish)\b")
_TOWNSHIP_WORD = re.compile(r" (?:Township\b|Twp\.)")  # "Hamilton Township", not "Townships"
_PLACE_PREPOSITION = re.compile(r"\b(?:of|from|in|near|to|at) $")  # "Leonard of| Ada, Oklahoma"
_NAME_BEFORE = re.compile(r"[A-Z][\w.'-]*\s$")
_COUNTY_NAME = re.compile(r" (?:County|Parish)$")
# A joined or possessive name that may be a county's bare name ("Miami-Dade", "Prince George's").
_JOINED_NAME = re.compile(
    r"(?<![\w'-])(?!The )[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-[A-Z][a-z]+|['\u2019]s)"
    r"(?!\w)(?! County)"
)
# A street's name, and a town named after it ("Highland Drive in McKenzie"), of this size.
_STREET_WORD = re.compile(r" (?:Street|Avenue|Road|Boulevard|Lane|Drive)$")
_IN_TOWN = re.compile(r"\s+in\s+([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})\b(?!['\u2019])")
STREET_TOWN_POP = 2_000
# What places a site in a town named right after or before it ("Waterfront Park in
# Louisville", "Hertford Road, Edmonton", "Whittier's Penn Park").
_HOST_AFTER = re.compile(r"(?:,\s*|\s+in\s+)")
# Words that open a sentence before a name: "In Kibera, ...", "But Kibera, ...".
_SENTENCE_OPENER = (
    r"(?:In|At|From|Near|On|To|By|With|Inside|Outside|Across|Around|Within|After|Before|"
    r"During|And|But|For|Of)"
)
# Words for a part of a town ("the Tenderloin neighborhood of San Francisco").
_QUARTER_WORDS = r"(?:neighbou?rhood|section|suburb|district)"
# "the Tenderloin neighborhood of San Francisco", "Chicago's Englewood neighborhood": a quarter
# named before its word, after "the" or a town's possessive (the town follows or precedes).
_QUARTER_BEFORE_WORD = re.compile(
    rf"(?:\b[Tt]he |['\u2019]s )([A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,2}}) {_QUARTER_WORDS}\b"
)
# "Tenderloin, a neighborhood in San Francisco": a quarter in apposition; a sentence's
# capitalised first word is no part of its name ("In Kibera, a district of Nairobi").
_QUARTER_APPOSED = re.compile(
    rf"\b(?:{_SENTENCE_OPENER} )?([A-Z][\w'-]*(?: [A-Z][\w'-]*){{0,2}}), (?:an?|the) "
    rf"(?:[a-z]+ )?{_QUARTER_WORDS} (?:of|in) "
)
# From a quarter's end to its town: " neighborhood of ", ", a suburb in ".
QUARTER_TO_TOWN = re.compile(
    rf"(?:,\s*(?:an?|the)\s+(?:[a-z]+\s+)?|\s+){_QUARTER_WORDS}\s+(?:of|in)\s+"
)
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s$")
# A dotted name then a compound's participle: "U.S.-based", "U.K.-led", "U.S.-backed".
_DOTTED_COMPOUND = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,3})-(?:based|led|backed|born|owned|funded|brokered|made|"
    r"sponsored|trained|allied)\b"
)
# "Bourbon and Harrison counties", "Orleans, Jefferson and St. Bernard parishes".
_COUNTY_LIST = unit_list("counties|parishes")
# A capitalised name after "the", not before another capitalised word ("the Panhandle").
_THE_NAME = re.compile(r"\b[Tt]he ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! [A-Z])")
_POSSESSIVE = re.compile(r"['\u2019]s$")
# After a county's bare name: its unit word, or another capitalised word of a longer name.
_AFTER_BARE_COUNTY = re.compile(r"(?:\s+[A-Z0-9]|-\w|['\u2019]s\s+[A-Z])")
# "Sana, the capital of Yemen", "Juba, its capital": a capital in apposition.
_APPOSED_CAPITAL = re.compile(
    r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}), (?:the|its|their|a) (?:[a-z]+ ){0,2}capital\b"
    r"(?! city of)"
)
# Prepositions that place what follows ("in Sana", "from Sana"): "to" and "at" take people too.
_CAPITAL_PREPOSITIONS = frozenset({"in", "from"})
# Words that open no quarter's name ("the Central district", "the Business district").
_NOT_QUARTER_OPENERS = frozenset(
    {"Central", "Business", "Financial", "Historic", "School", "Congressional", "Senate",
     "Assembly", "Police", "Fire", "Water", "Park", "North", "South", "East", "West", "Eastern",
     "Western", "Northern", "Southern", "Downtown", "Old", "New"}
)  # fmt: skip
# "the Fifth district", "the 7th district": numbered districts, no quarter's name.
_ORDINAL = re.compile(
    r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
)
# A unit named by position and its unit word: "Western Province", "North-West Province".
_POSITIONAL_UNIT = re.compile(rf"{POSITION_WORD} (?:Province|Region)")
# A first line this short is a headline; the dateline may open the paragraph after it.
HEADLINE_CHARS = 200


class _Claims:
    """Mentions found so far, and the characters they (or landmarks) claim: a source cannot
    add a span any character of which a more trusted source already claimed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.taken = [False] * (len(text) + 1)
        self.mentions: list[Mention] = []
        self.sites: list[tuple[int, int]] = []  # landmarks the gazetteer lacks
        self.quarters: set[int] = set()  # starts of the sites that are a town's quarters

    def add(self, start: int, end: int, hint: str | None = None, within: str | None = None) -> None:
        if start >= end or (any(self.taken[start:end]) and not self._yields_to(start, end)):
            return
        self.claim(start, end)
        text = self.text
        self.mentions.append(Mention(start, end, text[start:end], kind_hint=hint, within=within))

    def _yields_to(self, start: int, end: int) -> bool:
        """Free ``start:end`` when all that holds it is names read inside an organisation's name
        that is this very span ("Valley" in "a Pike Creek Valley woman", which NER calls an
        organisation): a later source reading the whole name as a town outranks them."""
        name = self.text[start:end]
        inner = self._inside(start, end)
        if not inner or any(m.within != name or m.kind_hint for m in inner):
            return False
        return self._release(start, end, inner)

    def claim(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.taken[i] = True

    def replace(self, start: int, end: int, hint: str | None) -> None:
        """Add ``start:end`` in place of the plain mentions inside it ("Miami" in "Miami-Dade"),
        unless a more trusted source holds part of it."""
        inner = self._inside(start, end)
        if any(m.kind_hint for m in inner) or not self._release(start, end, inner):
            return
        self.add(start, end, hint)

    def widen(self, start: int, end: int) -> None:
        """Add ``start:end`` in place of the mentions it covers ("Man" in "Brandon, Man.")."""
        outer = {c.pid for c in container_candidates(self.text, (start, end))}
        inner = self._inside(start, end)
        if any(c.pid in outer for m in inner for c in gazetteer().lookup(m.text)):
            return  # "Surrey, UK.": the name found already reads as the container
        if not self._release(start, end, inner):
            return  # a more trusted source holds part of it
        self.add(start, end)

    def _inside(self, start: int, end: int) -> list[Mention]:
        """The mentions found so far inside ``start:end``."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def _release(self, start: int, end: int, inner: list[Mention]) -> bool:
        """Drop ``inner`` and free its characters, unless something else (a landmark, another
        mention) holds part of ``start:end``; whether it did."""
        covered = {i for m in inner for i in range(m.start, m.end)}
        if any(self.taken[i] and i not in covered for i in range(start, end)):
            return False
        for m in inner:
            self.mentions.remove(m)
            for i in range(m.start, m.end):
                self.taken[i] = False
        return True


def find_mentions(doc: Doc) -> list[Mention]:
    """Place mentions in ``doc``, non-overlapping, in text order."""
    text = text_of(doc)
    found = _Claims(text)
    _add_sites(text, found)
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    people = named_people(ents)
    _add_names(doc, ents, people, found)
    _add_dotted_compounds(found)
    _add_repeats(ents, people, found)
    _add_county_words(found)
    _add_neighbours(doc, ents, people, found)
    _add_county_lists(found)
    _add_bare_counties(ents, people, found)
    _add_state_parts(found)
    add_elided_names(found)
    add_noun_named(doc, people, found)
    _add_quarters(found)
    _add_street_towns(found, people)
    _add_hosted_sites(found)
    _add_capitals(doc, people, found)
    _add_township_words(found)
    widen_to_city_names(found)
    add_possessive_towns(doc, found)
    add_locative_towns(doc, people, found)
    learned = learned_towns(doc, found.taken, found.mentions)
    for start, end in learned:
        found.add(start, end)
    if learned:  # a learned town places the frames' towns near it ("Rockhampton council")
        add_locative_towns(doc, people, found)
    things = thing_names(doc)
    mentions = [
        m
        for m in _finish(text, found.mentions)
        if not things.drops(text, m.start, m.text, _placed(m)) and not false_place(doc, m)
    ]
    for m in mentions:
        span = doc.char_span(m.start, m.end)
        m.common_word = (
            span is not None and common_word_opening(span) and not apposed_town(text, m.start)
        )
        m.common_noun = span is not None and not _placed(m) and common_noun_name(span)
    return mentions


def _fort_town_end(text: str, site: re.Match[str]) -> int:
    """Where a fort's name ends: before a word the pattern ran on over when the name with it
    is nothing the gazetteer knows and the name without it a town's own ("The Fort Wayne
    Community Schools board", "The Fort Worth Stock Show": the cities; table 290)."""
    name = site.group()
    shorter = name.rpartition(" ")[0]
    if len(name.split()) < 3 or gazetteer().lookup(name) or not own_towns(shorter):
        return site.end()
    return site.start() + len(shorter)


def _placed(m: Mention) -> bool:
    """Whether cues beside the name read it as a place ("Philadelphia, Pa.", a dateline)."""
    return m.container is not None or m.unmatched is not None or m.kind_hint == "dateline"


def _add_sites(text: str, found: _Claims) -> None:
    """Facilities, landmarks, nicknames and the dateline: names whose wording alone says what
    they are."""
    for m in FACILITY.finditer(text):
        end = _fort_town_end(text, m)
        town = _COMPASS_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if town is not None and own_towns(text[town.start() : end]):
            found.add(town.start(), end)  # "in North Fort Myers": a town (table 275)
        else:
            found.add(m.start(), end, "facility")
    for start, end in nickname_spans(text):
        found.add(start, end)
    for start, end, known in landmark_names(text):
        if known:
            found.add(start, end)
        elif town_church(text[start:end]):
            found.add(start, end, "facility")  # at its town's point
        else:
            found.claim(start, end)  # "Rose Garden", "Pennsylvania Avenue": no town or state
            found.sites.append((start, end))
    for start, end in town_castles(text):
        found.add(start, end, "facility")  # at its town's point
    for hit in _AIR_STATION.finditer(text):
        for end in sorted({hit.end(), hit.end(1)}, reverse=True):  # "RAF Brize Norton"
            if any(c.kind == "airport" for c in gazetteer().lookup(text[hit.start() : end])):
                found.add(hit.start(), end, "facility")  # "RAF Odiham": by its village
                break
    for start, end in agency_words(text):
        found.claim(start, end)  # "Cal Fire said": no "Cal"
    dateline = dateline_span(text)
    if dateline is not None:
        found.add(*dateline, "dateline")
    for start, end in irish_county_spans(text):
        found.add(start, end)


def _add_names(doc: Doc, ents: list[Span], people: People, found: _Claims) -> None:
    """Gazetteer matches, then NER's place entities, then towns the text calls towns."""
    for start, end, within in gazetteer_matches(doc, ents, people):
        found.add(start, end, within=within)
    for start, end, org in agency_states(ents):
        found.add(start, end, within=org)
    for start, end in ner_places(ents, people):
        found.add(start, end)
    for start, end in named_as_town(doc, people):
        found.add(start, end)
    for start, end in organisations_towns(doc, ents, people):
        found.add(start, end)
    for start, end in misread_towns(doc, ents, people):
        found.add(start, end)
    for start, end in misread_pairs(ents):
        found.add(start, end)
    for start, end in gone_to_towns(doc, people):
        found.add(start, end)
    for start, end in towns_of_named_units(doc, ents, people, found.mentions):
        found.add(start, end)
    for start, end in towns_before_their_units(doc, people, found.mentions):
        found.add(start, end)
    for start, end in framed_towns(doc, people):
        found.add(start, end)
    for start, end in between_towns(doc, ents, people):
        found.add(start, end)


def _add_dotted_compounds(found: _Claims) -> None:
    """ "U.S.-based", "U.K.-led": a dotted country name the tokenizer keeps whole with its
    compound's second word is the country, as "US-led" already is (seventeenth round; TR-News
    marks both)."""
    for hit in _DOTTED_COMPOUND.finditer(found.text):
        name = hit.group(1)
        if any(c.kind == "country" and c.quality <= ALTERNATE for c in gazetteer().lookup(name)):
            found.add(*hit.span(1))


def _add_repeats(ents: list[Span], people: People, found: _Claims) -> None:
    """A place's own name found in the story is the place where NER calls it an organisation
    elsewhere ("Esperance residents", "in the area of Esperance": one town, one reading); a
    name the gazetteer knows only as another name ("Platte River" for Platteville) is not
    repeated, since a company may bear it, nor is one a place's tests reject ("Marburg virus
    causes")."""
    names = {
        m.text for m in found.mentions if any(c.quality == 0 for c in gazetteer().lookup(m.text))
    }
    # A dateline's capitals name the town the story then writes in mixed case ("TORRINGTON -"
    # then "Torrington businesses").
    capitals = {name.lower() for name in names if name.isupper()}
    for ent in ents:
        span = trim(ent) if ent.label_ == "ORG" else None
        if span is None or (span.text not in names and span.text.lower() not in capitals):
            continue
        if plausible(span, people):
            found.add(span.start_char, span.end_char)


def _add_township_words(found: _Claims) -> None:
    """ "Hamilton Township", "Cheltenham Twp.": a found town's name followed by the word for
    its civil township is the township, named whole (eighteenth round: NER often stops
    before the word; LGL-like local news marks "X Township" as one toponym)."""
    for m in [m for m in found.mentions if m.kind_hint is None]:
        hit = _TOWNSHIP_WORD.match(found.text, m.end)
        if hit is not None:
            found.replace(m.start, hit.end(), None)


def _add_county_words(found: _Claims) -> None:
    """ "Perth County, Ont.": a found name followed by the word "County" is the county, named
    whole, never the town or city of that name (twentieth round: the gazetteer's match of the
    city claims the name before NER's county can)."""
    for m in [m for m in found.mentions if m.kind_hint is None]:
        hit = _COUNTY_WORD.match(found.text, m.end)
        if hit is not None:
            found.replace(m.start, hit.end(), None)


def _add_quarters(found: _Claims) -> None:
    """Quarters of a town the gazetteer lacks, named with a word for one ("the Tenderloin
    neighborhood of San Francisco", "Chicago's Englewood neighborhood", "Kibera, a district of
    Nairobi"): sites, placed at their town's point when the story names the town there
    (eighteenth round: local news places stories in neighbourhoods)."""
    text = found.text
    for pattern in (_QUARTER_BEFORE_WORD, _QUARTER_APPOSED):
        for hit in pattern.finditer(text):
            start, end = hit.span(1)
            opener = hit.group(1).split()[0]
            if opener in _NOT_QUARTER_OPENERS or _ORDINAL.fullmatch(opener):
                continue
            if any(found.taken[start:end]):
                continue
            found.claim(start, end)
            found.sites.append((start, end))
            found.quarters.add(start)


def _add_street_towns(found: _Claims, people: People) -> None:
    """ "on Highland Drive in McKenzie": a street lies in a town, so the name after "in" is
    one where the gazetteer knows a town of :data:`STREET_TOWN_POP` by that very name and no
    person of the story bears it (table 89: NER had read it as an organisation)."""
    text = found.text
    for start, end in found.sites:
        if not _STREET_WORD.search(text, start, end):
            continue
        hit = _IN_TOWN.match(text, end)
        if hit is None or any(found.taken[hit.start(1) : hit.end(1)]):
            continue
        name = hit.group(1)
        if name in people.surnames or name in people.given:
            continue
        if any(c.kind != "city" and c.quality == OFFICIAL for c in gazetteer().lookup(name)):
            continue  # a state or county: found by its own rules
        if any(c.pop >= STREET_TOWN_POP for c in own_towns(name)):
            found.add(*hit.span(1))


def _add_hosted_sites(found: _Claims) -> None:
    """A landmark the gazetteer lacks is a site (hint "site") where the story places it in a
    town it names: "Waterfront Park in Louisville", "Hertford Road, Edmonton", "Whittier's Penn
    Park" (seventeenth round); the places stage gives it its town's point."""
    starts = {m.start for m in found.mentions}
    ends = {m.end for m in found.mentions}
    for start, end in found.sites:
        after = QUARTER_TO_TOWN.match(found.text, end) or _HOST_AFTER.match(found.text, end)
        before = _POSSESSIVE_BEFORE.search(found.text, max(0, start - 3), start)
        if (after and after.end() in starts) or (before and before.start() in ends):
            hint = "quarter" if start in found.quarters else "site"
            found.mentions.append(Mention(start, end, found.text[start:end], kind_hint=hint))


def _add_capitals(doc: Doc, people: People, found: _Claims) -> None:
    """ "a stopover in Sana, the capital of Yemen": a name the text calls a capital is a city
    or unit the gazetteer knows by that name, whatever NER made of it (a person, often), unless
    it is the surname of a person named in full."""
    for hit in _APPOSED_CAPITAL.finditer(found.text):
        span = doc.char_span(*hit.span(1))
        if span is None or people.named(span):
            continue
        if any(
            c.kind in ("city", "admin1") and c.quality <= ALTERNATE
            for c in gazetteer().lookup(span.text)
        ):
            found.add(span.start_char, span.end_char)
    named = _named_countries(doc, found)  # the capitals just added name no other country
    if named:
        _add_capitals_of_named_countries(doc, people, found, named)
        _add_positional_units(doc, found, named)


def _named_countries(doc: Doc, found: _Claims) -> set[str]:
    """Countries the story names so far, by name or demonym."""
    gaz = gazetteer()
    return {c.cc for m in found.mentions for c in gaz.lookup(m.text) if c.kind == "country"} | {
        dem.cc for e in doc.ents if e.label_ == "NORP" and (dem := gaz.demonym(e.text))
    }


def _add_positional_units(doc: Doc, found: _Claims, named: set[str]) -> None:
    """ "Western Province ... Kenya", "the Eastern Province of Saudi Arabia": a unit named by
    position and its unit word, which running text alone does not make a place (see
    ``spans.POSITIONAL``), is one when the gazetteer has a unit of that name in a country the
    story names (``named``; eighteenth round)."""
    gaz = gazetteer()
    for e in doc.ents:
        span = trim(e) if e.label_ in NER_LABELS else None
        if span is None or not _POSITIONAL_UNIT.fullmatch(span.text):
            continue
        if any(c.kind == "admin1" and c.cc in named for c in gaz.lookup(span.text)):
            found.add(span.start_char, span.end_char)


def _add_capitals_of_named_countries(
    doc: Doc, people: People, found: _Claims, named: set[str]
) -> None:
    """ "fighting in Sana ... Yemen's government": a one-word name after "in" or "from" that
    the gazetteer knows as the capital of a country the story names elsewhere is that capital,
    though NER read it as a person (eighteenth round); never a person's surname or given name
    named in full. ``named``: the countries the story names."""
    gaz = gazetteer()
    for e in doc.ents:
        if e.label_ != "PERSON" or len(e) != 1 or people.named(e) or e.start == 0:
            continue
        if doc[e.start - 1].lower_ not in _CAPITAL_PREPOSITIONS:
            continue
        if any(c.capital and c.cc in named and c.quality <= ALTERNATE for c in gaz.lookup(e.text)):
            found.add(e.start_char, e.end_char)


def _add_county_lists(found: _Claims) -> None:
    """ "Bourbon and Harrison counties": each listed name is a county's, whatever NER reads it
    as (people, often: seventeenth round), when the gazetteer has a county of that name."""
    text = found.text
    for hit in _COUNTY_LIST.finditer(text):
        for name in LISTED_NAME.finditer(hit.group(1)):
            start = hit.start(1) + name.start()
            head = name.group()
            if any(c.kind == "admin2" for c in with_unit_word(head)):
                found.add(start, start + len(head), "county")


def _add_bare_counties(ents: list[Span], people: People, found: _Claims) -> None:
    """ "Broward County ... deputies in Broward": a county the story names with its unit word
    is the county where it names it bare, and so is a joined or possessive county name on its
    own ("Miami-Dade", "Prince George's"), and a place NER finds that the gazetteer knows only
    as a county's name ("including Miami-Dade and Broward"). Such mentions resolve among its
    counties; not where a town of the name lies in the county ("Orange" in Orange County), nor
    for the name of a person named in full ("Jefferson said" after "Thomas Jefferson"): NER
    often reads a bare county as a person ("in Broward")."""
    text = found.text
    heads = {
        m.text[: unit.start()] for m in found.mentions if (unit := _COUNTY_NAME.search(m.text))
    }
    heads |= {m.text for m in found.mentions if m.kind_hint == "county"}
    heads |= {hit.group() for hit in _JOINED_NAME.finditer(text) if _joined_county(hit.group())}
    heads |= {
        e.text
        for e in ents
        if e.label_ in ("GPE", "LOC") and not gazetteer().lookup(e.text) and with_unit_word(e.text)
    }
    named = people.surnames | people.given
    heads = {h for h in heads if _POSSESSIVE.sub("", h) not in named and _bare_is_county(h)}
    for head in heads:
        for hit in re.finditer(rf"(?<![\w'-])(?<![A-Z][\w.]\s){re.escape(head)}(?!\w)", text):
            start, end = hit.span()
            if _AFTER_BARE_COUNTY.match(text, end):
                continue
            same = [m for m in found.mentions if (m.start, m.end) == (start, end)]
            if same and same[0].kind_hint is None and same[0].within is None:
                same[0].kind_hint = "county"
            elif not same:
                found.replace(start, end, "county")


def _add_state_parts(found: _Claims) -> None:
    """ "the Panhandle", "the Keys" in a story that names Florida: a region the gazetteer
    knows as "<state> <name>" ("Florida Panhandle", "Florida Keys") for a US state the story
    names; read under that full name."""
    text = found.text
    states = {
        c.name
        for m in found.mentions
        for c in gazetteer().lookup(m.text)
        if c.kind == "admin1" and c.cc == "US" and c.quality <= ALTERNATE
    }
    if not states:
        return
    ordered = sorted(states)
    regions: dict[str, list[str]] = {}  # once per name, not per "the" of a long story
    for hit in _THE_NAME.finditer(text):
        name = hit.group(1)
        if name not in regions:
            regions[name] = _state_regions(ordered, name)
        full = regions[name]
        if len(full) == 1:
            before = len(found.mentions)
            found.add(*hit.span(1))
            if len(found.mentions) > before:
                found.mentions[-1].means = full[0]


def _state_regions(states: list[str], name: str) -> list[str]:
    """The regions the gazetteer names "<state> <name>" ("Florida Panhandle") for ``states``."""
    gaz = gazetteer()
    return [
        f"{state} {name}"
        for state in states
        if any(c.kind == "region" and c.quality == 0 for c in gaz.lookup(f"{state} {name}"))
    ]


def _joined_county(head: str) -> bool:
    """Whether a county bears the joined name exactly, apostrophe included ("Prince George's
    County"; not "Kings County" for "King's estate")."""
    low = head.lower().replace("\u2019", "'")
    return any(c.name.lower() in (f"{low} county", f"{low} parish") for c in with_unit_word(head))


def _bare_is_county(head: str) -> bool:
    """Whether a county's bare name is that county rather than a town inside it."""
    counties = [c for c in with_unit_word(head) if c.quality == 0]
    readings = gazetteer().lookup(head)
    if any(c.kind in ("country", "admin1", "continent", "region") for c in readings):
        return False  # "Washington", "Mexico", "Iowa": the name's own place
    towns = [c for c in readings if c.kind == "city"]
    return bool(counties) and not any(inside(t, c) for t in towns for c in counties)


def _add_neighbours(doc: Doc, ents: list[Span], people: People, found: _Claims) -> None:
    """Places next to found ones: the state after a town, towns listed after a place."""
    text = found.text
    for m in list(found.mentions):
        # The state of "Barrie, Ont." is a place too, even when NER reads it as a name.
        container = find_container(text, m.end, m.start)
        if container is not None and _contains(text, m, container):
            found.widen(*container)
    for m in list(found.mentions):
        town = _town_in_county(text, m) or _town_joined_to_town(text, m)
        if town is not None and (
            text[town[0] : town[1]] not in people.surnames
            or _PLACE_PREPOSITION.search(text, max(0, town[0] - 6), town[0])
        ):
            found.add(*town)
    for m in list(found.mentions):
        for start, end in coordinated(doc, ents, people, m):
            found.add(start, end)
    for m in [m for m in found.mentions if m.kind_hint is None and m.within is None]:
        for start, end in listed_neighbours(doc, ents, people, m):
            found.add(start, end)
    for start, end in framed_words_near(doc, people, list(found.mentions)):
        found.add(start, end)


def _town_in_county(text: str, m: Mention) -> tuple[int, int] | None:
    """ "near Clinton in Anderson County", "Leonard of Ada, Oklahoma", "Griffin-Spalding
    County": a name NER took for a person's (or left untagged) is a town when a town of that
    name lies in the county or state named right after it (or in a part of a state or country:
    "Choibalsan in eastern Mongolia"), or in the Irish county after "Co"."""
    irish = town_before_county(text, m.start)
    if irish is not None:
        town = irish.group(1)
        longer = _NAME_BEFORE.search(text, max(0, irish.start() - 30), irish.start())
        return irish.span(1) if not longer and town_in_irish_county(town, m.text) else None
    if _COUNTY_NAME.search(m.text):
        before = _TOWN_IN.search(text, max(0, m.start - 60), m.start) or _TOWN_JOINED.search(
            text, max(0, m.start - 30), m.start
        )
    elif text.startswith(("'s", "\u2019s"), m.end):
        return None  # "Smith, Texas's top lawyer": an apposition
    elif (setting := _TOWN_IN_PART.search(text, max(0, m.start - 60), m.start)) and any(
        c.kind in ("country", "admin1") and c.quality == 0 for c in gazetteer().lookup(m.text)
    ):
        before = setting  # "reaching Choibalsan in eastern Mongolia"
    elif any(c.kind == "admin1" and c.quality == 0 for c in gazetteer().lookup(m.text)):
        before = _TOWN_COMMA.search(text, max(0, m.start - 60), m.start)  # "of Ada, Oklahoma"
    else:
        return None
    if before is None or _NAME_BEFORE.search(text, max(0, before.start() - 30), before.start()):
        return None  # the tail of a longer name: "Sheriff John Jackson in Jackson County"
    span = before.span(1)
    readings = gazetteer().lookup(text[span[0] : span[1]])
    if any(c.kind in ("country", "admin1") and c.quality == 0 for c in readings):
        return None  # a list of states: "Georgia, Alabama"
    towns = [c for c in readings if c.kind == "city"]
    counties = container_candidates(text, (m.start, m.end))
    return span if any(inside(t, c) for t in towns for c in counties) else None


def _town_joined_to_town(text: str, m: Mention) -> tuple[int, int] | None:
    """ "the Moline-Coal Valley school board": a name hyphen-joined before a found town is a
    town (NER reads no part of the pair) when a town of its own name lies near a town of the
    found one's, in its country, or, where the pair names a school district, when it is a town
    of :data:`POSSESSIVE_TOWN_POP` people there; a longer name before it ("John Moline-") is no
    town."""
    before = _TOWN_JOINED.search(text, max(0, m.start - 30), m.start)
    if before is None:
        return None
    longer = _NAME_BEFORE.search(text, max(0, before.start() - 30), before.start())
    if longer is not None and longer.group() != "The ":
        return None
    firsts = [c for c in gazetteer().lookup(before.group(1)) if c.quality == OFFICIAL]
    if not firsts or any(c.kind != "city" for c in firsts):
        return None  # a unit or region joined on ("Austria-Hungary")
    seconds = [c for c in gazetteer().lookup(m.text) if c.kind == "city"]
    near = any(a.cc == b.cc and km(a, b) <= JOINED_TOWN_KM for a in firsts for b in seconds)
    if not near and _JOINED_DISTRICT_AFTER.match(text, m.end):
        near = any(a.cc == b.cc and a.pop >= POSSESSIVE_TOWN_POP for a in firsts for b in seconds)
    return before.span(1) if near else None


def _finish(text: str, mentions: list[Mention]) -> list[Mention]:
    """Widen names to their feature words, drop names of no place, sort, set containers."""
    mentions = [with_feature_word(text, m) for m in mentions]
    mentions = [m for m in mentions if m is not None and not _names_no_place(text, m)]
    mentions.sort(key=lambda m: m.start)
    in_names = {(m.start, m.end) for m in mentions if m.within is not None}
    for m in mentions:
        container = find_container(text, m.end, m.start)
        # "Newcastle, Durham County Council said": an organisation's name after a comma starts
        # a new phrase; its place word holds no town.
        m.container = None if container in in_names else container
    return mentions


def _names_no_place(text: str, m: Mention) -> bool:
    """A place's name inside a longer feature, church, work or river name."""
    return (
        feature_tail(text, m)
        or saint_of_church(text, m)
        or title_of_work(text, m)
        or river_named(text, m)
    )


def _contains(text: str, m: Mention, container: tuple[int, int]) -> bool:
    """Whether some reading of ``m`` lies inside some reading of the container span, or ``m``
    is a county the gazetteer lacks there and the container a state or province ("Perth
    County, Ont.": the story says where the county is)."""
    outer = container_candidates(text, container)
    cands = gazetteer().lookup(m.text)
    if any(inside(c, o) for c in cands for o in outer):
        return True
    return bool(_COUNTY_NAME.search(m.text)) and any(o.kind == "admin1" for o in outer)


def dateline_span(text: str) -> tuple[int, int] | None:
    """The place of a news dateline ("MARIETTA --", "SPRINGFIELD, Ill. (AP) -"): a town of any
    size, since the story is filed from it."""
    for start in _opening_positions(text):
        m = DATELINE.match(text, start) or DATELINE_AGENCY.match(text, start)
        if m is not None:
            cands = gazetteer().lookup(m.group(1))
            if any(c.kind in ("city", "admin1", "admin2", "country") for c in cands):
                return m.span(1)
        m = DATELINE_COLON.match(text, start)
        if m is not None and _colon_dateline(text, m):
            return m.span(1)
    return None


_WORD = re.compile(r"[A-Za-z][\w'\u2019]*")


def _colon_dateline(text: str, m: re.Match[str]) -> bool:
    """Whether a title-case name before a colon is a town's dateline: a town of some size, not
    a headline's speaker ("Rubio: I Still Believe Trump Can't Be Trusted ...": its words are
    capitalised, and the text names a person by that surname)."""
    name = m.group(1)
    line_end = text.find("\n", m.end())
    words = _WORD.findall(text[m.end() : line_end if line_end >= 0 else len(text)])[:12]
    if len(words) >= 4 and sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return False
    if re.search(rf"\b[A-Z][a-z]+ {re.escape(name)}\b", text):
        return False
    return any(
        c.kind == "city" and c.quality == OFFICIAL and c.pop >= DATELINE_COLON_POP
        for c in gazetteer().lookup(name)
    )


def _opening_positions(text: str) -> list[int]:
    """Where a dateline may stand: the text's start, or the paragraph after a headline line
    ("Pence blames media ...\n\nLA CROSSE, Wisc. - Gov. Mike Pence ...")."""
    first = text.find("\n")
    if first < 0 or first > HEADLINE_CHARS or not text[:first].strip():
        return [0]
    rest = len(text) - len(text[first:].lstrip())
    return [0, rest]
