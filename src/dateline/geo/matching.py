"""Gazetteer matches for place names NER misses or mislabels, longest first.

Countries, admin units, regions, seas and large cities are found by name wherever they are
written capitalised (also inside organisation names such as "Kentucky State Police", marked
``within``); smaller towns only with evidence that makes them unmistakable: a unit word
("Cook County"), a direction word before a known place ("North Dallas") or a containing state
after them ("Barrie, Ont."). A big city's one-word other name ("Mason", "RNS") and a region's
name used as a company's ("Amazon shares") are not matches.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.geo.beside import lies_by
from dateline.geo.blocking import blocked, overlapping, unit_noun_after
from dateline.geo.candidates import container_candidates, given_name, own_towns, part_of
from dateline.geo.containers import HOLDER_COMPASS, find_container
from dateline.geo.gazetteer import ABBREV, ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import inside
from dateline.geo.names import NAME_PARTICLES, normalize, skeleton, strip_accents
from dateline.geo.ner import possessive_town_name
from dateline.geo.nonplaces import BIG_CITY, STRONG_KINDS, People, acceptable, common_words
from dateline.geo.spans import DESCRIPTOR, NER_LABELS, POSITIONAL, case_fit, trim
from dateline.nlp import text_of

__all__ = [
    "INSTITUTION_HEADS",
    "JOINERS",
    "MAX_WORDS",
    "UNIT_WORDS",
    "agency_states",
    "gazetteer_matches",
]

MAX_WORDS = 5
# The switch for leaving a strong name to the longer place name it ends or opens ("El Dorado",
# "Bay St. Louis", "Washington Court House").
LONGER_NAMES = True
_GERMAN_JOINERS = frozenset({"im", "am", "an", "der"})
JOINERS = {
    "of",
    "and",
    "region",
    "states",
    "countries",
    "nations",
    "republics",
    "sea",
    "ocean",
    "strip",
    "bank",
    "peninsula",
    "heights",
    "county",
    "province",
    "el",
    "al",
    "de",
    "del",
    "la",
    "le",
    "du",
    "da",
    "do",  # "Rio Grande do Sul", "Mato Grosso do Sul"
    "dos",
    "das",
    "los",  # "Santiago de los Caballeros", "San Carlos de las Palmas"
    "las",
    "des",
    "les",
    "au",  # "Port au Choix" (table 321), "Pointe au Baril"
    "aux",
    "upon",
    "on",
    "i",  # "Qala i Naw" (table 348), "Mo i Rana"
    # German ones ("Weil am Rhein", "Spittal an der Drau", "Ried im Innkreis": table 294; the
    # tokenizer keeps "im" whole, see :func:`dateline.nlp.load`)
    *_GERMAN_JOINERS,
    # Inside a longer name only ("Democratic Republic of the Congo", "People's Republic of
    # China"): without them the match stops short at another country's name.
    "the",
    "'s",
    "\u2019s",
}
# Joiners that never end a name.
_NO_LAST_WORD = frozenset(
    {"of", "and", "-", "el", "al", "de", "la", "the", "'s", "\u2019s", "do", "dos", "das", "los",
     "las", "des", "les", "i"}
)  # fmt: skip
# Unit words that make a county-level name unmistakable ("Fulton County", "Orleans Parish").
# ("Co." is left out: "Jones Co." is more often a company.)
UNIT_WORDS = {"county", "parish", "borough"}
# Organisations named after people more often than after towns: a city of less than
# EPONYM_CITY_POP before one of these nouns names no place (seventeenth round).
_EPONYM_NOUNS = frozenset(
    {"Initiative", "Institute", "Institution", "Foundation", "Project",
     "Prize", "Award", "Awards", "Memorial", "Lecture", "Fellowship", "Fund",
     "Society", "Scholars", "Scholarship", "Doctrine", "Plan", "Rule", "Act"}
)  # fmt: skip
EPONYM_CITY_POP = 1_000_000
# A town's own institutions after its name make the name the town however small: "Danbury
# police", "the New Milford Police Department", "Bantam Superior Court", "Enfield Council",
# "Beaconsfield Mayor Georges Bourelle" (seventeenth round; TR-News marks these towns), "the
# Hudson school board", "the Hudson Board of Education", "Hudson Public Library" (nineteenth
# round; TR-News marks "Edmonton Schools"); "the Medford School District", "Fresno Unified"
# (twenty-second round: a blind local-news table names towns so; an area's district, "North
# Summit School District", is no town's own name and so is not matched); "Tenby lifeboat",
# "Howth RNLI" (table 18: a lifeboat station bears its harbour town's name); "Cupar Sheriff
# Court", "Chepstow racecourse" (table 30: Scottish courts and British racecourses bear their
# towns' names); "the Jesup City Commission" (table 34: a Southern town's council by that name).
_SEAT_AFTER = re.compile(
    r"\s+(?:(?:City|Town|County|Borough|District|Municipal|Superior|Crown|Magistrates['\u2019]?|"
    r"Provincial|Village|Sheriff)\s+(?:Council|Court|Hall)|(?:City|Town|Village)\s+Commission\b|"
    r"[Rr]acecourse\b|Council\b|[Pp]olice\b|Fire\s+(?:Department|"
    r"Service|Rescue)|[Mm]ayor\b|(?:OPP|RCMP|SQ|PSNI|Garda[ií]?)\b|Sheriff['\u2019]s\s+(?:Office|Department)|"
    r"[Ss]chool\s+[Bb]oard\b|[Bb]oard\s+of\s+(?:Education|Selectmen|Aldermen)\b|"
    r"Public\s+(?:Schools|Library)\b|[Ll]ifeboat\b|RNLI\b)"
)
# A railway station bears its town's name ("Haywards Heath station will be shut": table 31), but
# a big city's stations bear its districts' names, which the gazetteer often lacks or files
# under a far-off namesake ("Paddington", Australia): those are no town's; nor is a hamlet
# bearing a person's name ("Smith station", "Morgan station": a station or post named so).
STATION_TOWN_POP = 5_000
_STATION_AFTER = re.compile(r"\s+(?:railway\s+|train\s+)?station\b")
_CITY_STATIONS = frozenset(
    {"Paddington", "Victoria", "Waterloo", "Euston", "Marylebone", "Vauxhall", "Blackfriars",
     "Moorgate", "Stratford", "Clapham", "Wimbledon", "Kings Cross", "King's Cross", "St Pancras",
     "Charing Cross", "London Bridge", "Liverpool Street", "Fenchurch Street", "Cannon Street",
     "Union", "Penn", "Grand Central", "Central", "Queen Street", "Waverley", "Piccadilly"}
)  # fmt: skip
# A school district named after a town: only a town of DISTRICT_TOWN_POP people or more, since a
# district is often named after a county or area whose name a hamlet shares ("Box Elder").
_SCHOOL_DISTRICT_AFTER = re.compile(
    r"\s+(?:(?:(?:Unified|Independent|Area|City)\s+)?School\s+District|Unified)\b"
)
DISTRICT_TOWN_POP = 10_000
# One more capitalised word of a council's own name before "Council" ("Rotorua Lakes Council").
_WORD_THEN_COUNCIL = re.compile(r"\s+[A-Z][a-z]+\s+Council\b")
# An event a town hosts and is named after: "the Venice International Film Festival", "the
# Cannes Grand Prix", "the Boston Marathon" (eighteenth round; TR-News marks these towns, and
# NER folds them into the event's name). News often writes "the Cannes film festival" in lower
# case, and a film festival, unlike a bare "festival", is no theme's (twenty-first round).
_HOSTED_EVENT_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Film\s+)?(?:Festival|Grand\s+Prix|Marathon|Biennale|Olympics)\b"
    r"|\s+(?:international\s+)?film\s+festival\b"
)
# An air show is named after the town or airfield that hosts it, never a theme ("the Oshkosh
# air show", "the Farnborough Airshow"; twenty-second round), so a town whose name is also an
# English word hosts one too.
_AIR_SHOW_AFTER = re.compile(
    r"\s+(?:International\s+)?(?:Air\s+(?:Show|Display)|Airshow)\b"
    r"|\s+(?:air\s+(?:show|display)|airshow)\b"
)
# The smallest town read as the host of an event named after it ("the Cannes Grand Prix").
EVENT_HOST_POP = 10_000
# Names before "Police", "Council", ... that are no town: "Capitol Police", "State Police",
# "Common Council" (a city council's name in New York, New Jersey and Wisconsin).
_NOT_SEATS = frozenset(
    {"Capitol", "State", "Park", "Border", "Military", "National", "Federal", "Secret", "Royal",
     "Transit", "Metropolitan", "Religious", "Riot", "Tribal", "University", "Campus", "Port",
     "Airport", "Harbor", "Harbour", "Railway", "Highway", "Traffic", "Judicial", "City", "Town",
     "County", "Village", "Security", "Privy", "European", "Atlantic", "Arctic", "Human",
     "Common"}
)  # fmt: skip


# A town's name whose words a lower-case link joins with hyphens ("Stoke-on-Trent",
# "Carrick-on-Suir", "Bar-le-Duc"): spaCy splits it at each hyphen, so its first or last word
# alone may match another place ("Stratford").
_JOINED_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:(?:(?:-[a-z]+){1,3}-|['\u2019]s |-)[A-Z][a-z]+)+(?![\w-])"
)  # "Stoke-on-Trent"; "The Lee's Summit school board", a possessive in the name (table 79);
# "Lac-Megantic", not "Lac" (Chad's) alone (table 111); "Saint-Jean-Port-Joli" (table 201)


# A town's name whose words a lower-case link joins with spaces ("Kyle of Lochalsh",
# "Gatehouse of Fleet": tables 202, 211), read whole where a town bears it.
_LINKED_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?"  # "Channel-Port aux Basques" (table 249)
    r"(?: (?:of|on|upon|in|by|under|next|the|le|la|de|du|des|aux|sur)){1,2}"
    r" (?:(?:St|Ste|Mt)\. )?[A-Z][a-z]+(?![\w-])"  # "Marine on St. Croix" (table 236)
)


# Heads of an institution's "X of Y" name, which GeoNames files some campuses by ("the
# University of Maryland": the state inside it, no town), and the last words of its "Y X" name
# ("Tufts University", a census place too).
INSTITUTION_HEADS = frozenset(
    {"University", "College", "Institute", "Academy", "School", "Bank", "Department", "Ministry",
     "Museum", "Church", "Diocese", "Archdiocese", "Hospital", "Court", "Council", "Board",
     "Office", "Commonwealth", "Republic", "Kingdom", "State", "Duke", "Bishop", "Battle"}
)  # fmt: skip


def _linked_name(text: str, start: int) -> re.Match[str] | None:
    """A name whose words a lower-case link joins (see :data:`_LINKED_NAME`), not an
    institution's."""
    hit = _LINKED_NAME.match(text, start)
    if hit is None or hit.group().split(" ", 1)[0] in INSTITUTION_HEADS:
        return None
    return hit


def gazetteer_matches(
    doc: Doc, ents: list[Span], people: People
) -> list[tuple[int, int, str | None]]:
    """(start, end, organisation name it is part of or None) for each gazetteer match; a
    hyphen-joined name the gazetteer has a town of is matched whole, no part of it alone."""
    text = text_of(doc)
    out = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not _capitalised(tok) or tok.is_punct or (tok.like_num and not tok.is_alpha):
            i += 1
            continue
        joined = next(
            (
                hit
                for hit in (_linked_name(text, tok.idx), _JOINED_NAME.match(text, tok.idx))
                if hit is not None and _town_bearing(hit.group())
            ),
            None,
        )
        if joined is not None:
            out.append((joined.start(), joined.end(), None))
            while i < n and doc[i].idx < joined.end():
                i += 1
            continue
        hit = _longest(doc, text, ents, i, people)
        if tok.like_num and (hit is None or hit[0] == i + 1):
            # a number word opens a town's name ("the Six Mile town council": table 170), never
            # is one; a weak such name is left whole to the frames, no word of it matched alone
            i = _numbered_name_end(doc, i, people)
            continue
        if hit is None:
            i += 1
            continue
        end, within = hit
        longer = _head_of_longer_name(doc, ents, i, end)
        if longer is not None:
            i = longer  # left whole to NER
            continue
        if not _tail_of_longer_name(doc, i, end) and not _head_of_unmarked_name(doc, ents, i, end):
            out.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text), within))
        i = end
    return out


# A state's dotted initials ("S.C.", "N.Y."): its short form in the name of its own agency.
_DOTTED_INITIALS = re.compile(r"[A-Z]\.[A-Z]\.")


def _numbered_name_end(doc: Doc, i: int, people: People) -> int:
    """The end of the longest name the gazetteer knows opening with the number word at token
    ``i`` ("Six Mile"), or ``i + 1`` where none does."""
    for end in range(_reach(doc, i), i + 1, -1):
        if _readings(doc[i:end], people) is not None:
            return end
    return i + 1


def agency_states(ents: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, organisation) for a state's dotted initials opening an organisation's name
    ("the S.C. Department of Commerce", "the N.Y. State Police"): a state agency places the
    story in its state as "Kentucky State Police" does (table 18), though only a lookup by
    abbreviation knows the initials; a country's ("U.S.") is matched by name already."""
    out = []
    for e in ents:
        if e.label_ != "ORG":
            continue
        span = trim(e) or e
        first = span[0]
        if len(span) < 2 or not _DOTTED_INITIALS.fullmatch(first.text):
            continue
        if not _capitalised(span[1]):
            continue
        readings = gazetteer().lookup(first.text, abbrev=True)
        if any(c.kind == "admin1" and c.quality == ABBREV for c in readings) and not any(
            c.kind == "country" for c in readings
        ):
            out.append((first.idx, first.idx + len(first.text), span.text))
    return out


def _town_bearing(name: str) -> bool:
    """Whether the gazetteer has a town bearing ``name`` (hyphen-joined, or with an
    abbreviation the lookup spells out) as its own."""
    return bool(own_towns(name))


def _head_of_longer_name(doc: Doc, ents: list[Span], i: int, end: int) -> int | None:
    """The end of the place entity NER reads from token ``i`` past the match when that longer
    span is a town's own name ("San Angelo", "Iowa City"): the strong shorter name ("San", a
    Malian city of a hundred thousand; the state of Iowa) is only its first words, so the
    match yields to the town (twenty-sixth round). A town's name that a capitalised word runs
    on from names no town ("St. John's University"), nor does the match's possessive ("at St.
    Paul's", the hospital), unless the name with it is a town's own and owns nothing there
    ("at St. Peter's on Cape Breton Island": table 198). So does a longer span whose first
    words are a town's own name ("the San Gabriel Valley": table 270)."""
    for e in overlapping(ents, i, end):
        name = trim(e) if e.label_ in NER_LABELS else None
        if name is None or name.start != i or name.end <= end:
            continue
        if all(t.text in ("'s", "\u2019s") for t in doc[end : name.end]) and not (
            possessive_town_name(name)
        ):
            continue
        if name.end < len(doc) and _capitalised(doc[name.end]):
            continue
        readings = gazetteer().lookup(name.text)
        if any(c.quality == OFFICIAL and _same_name(c.name, name.text) for c in readings):
            return name.end
        if any(
            doc[k - 1].is_alpha and _a_towns_own_name(doc[i:k].text)
            for k in range(name.end - 1, end, -1)
        ):
            return name.end  # its first words a town's: "the San Gabriel Valley" (table 270)
        if name.end == end + 1 and doc[end].text in _RANGE_WORDS:
            return name.end  # a mountain range opening with a town's name: "San Juan Mountains"
    return None


# The last word of a mountain range's name, which a town's name may open ("the San Juan
# Mountains" of Colorado, not San Juan, Puerto Rico).
_RANGE_WORDS = frozenset({"Mountains", "Range"})


def _tail_of_longer_name(doc: Doc, i: int, end: int) -> bool:
    """Whether the capitalised word or two before the match make with it a place's own longer
    name ("El Dorado", "Port Washington", "a Half Moon Bay man": table 220): the strong
    shorter name ("Dorado", Puerto Rico; "Bay", Somalia) is part of that weaker one, left to
    NER and the other rules (twenty-fourth round). Lower-case particles may come between
    ("Fond du Lac": not Chad's Lac region; twenty-ninth round)."""
    start = _before_particles(doc, i)
    if not LONGER_NAMES:
        return False
    for first in (start - 1, start - 2):
        if first < 0 or not all(_capitalised(t) and not t.is_punct for t in doc[first:start]):
            return False
        longer = doc[first:end].text
        if any(
            c.quality == OFFICIAL and _same_name(c.name, longer) for c in gazetteer().lookup(longer)
        ):
            return True
    return False


def _head_of_unmarked_name(doc: Doc, ents: list[Span], i: int, end: int) -> bool:
    """Whether the capitalised word or two after the match make with it a town's own longer
    name NER leaves unmarked ("A Lafayette Hill man, 41": not Lafayette, Indiana; table 314):
    the strong shorter name is its first words, and the town is left to the frames. Not
    where NER reads an entity over the match ("the University of Michigan Center for ...")."""
    if not LONGER_NAMES or any(True for _ in overlapping(ents, i, end)):
        return False
    for last in (end + 1, end + 2):
        if last > len(doc) or not all(_capitalised(t) and t.is_alpha for t in doc[end:last]):
            return False
        longer = doc[i:last].text
        if any(
            c.kind == "city"
            and c.quality == OFFICIAL
            and c.pop >= UNMARKED_TOWN_POP
            and _same_name(c.name, longer)
            for c in gazetteer().lookup(longer)
        ):
            return True
    return False


# The smallest town a strong name yields to (see :func:`_head_of_unmarked_name`): a hamlet of
# no known size says nothing against "Windsor" in "Windsor Castle".
UNMARKED_TOWN_POP = 1_000


def _same_name(own: str, written: str) -> bool:
    """Whether a reading's own name is the one written, accents aside ("Ramnicu Valcea" for
    Râmnicu Vâlcea: table 212) and a saint's "St" spelled out ("Capel St Mary" for Capel Saint
    Mary: table 301), not an other name of it."""
    return own in (written, _SAINT.sub("Saint", written)) or strip_accents(own) == written


# A saint's abbreviation inside a name.
_SAINT = re.compile(r"\bSt\.?(?= )")


def _before_particles(doc: Doc, i: int) -> int:
    """The start of the run of at most two lower-case name particles right before token ``i``."""
    start = i
    while start > max(0, i - 2) and doc[start - 1].text in NAME_PARTICLES:
        start -= 1
    return start


def _capitalised(tok: Token) -> bool:
    """ "Vilnius", "NATO", and inner capitals too ("McAllen", "DeKalb", "KwaZulu")."""
    return tok.is_title or tok.is_upper or (tok.text[:1].isupper() and tok.text.isalpha())


def _longest(
    doc: Doc, text: str, ents: list[Span], i: int, people: People
) -> tuple[int, str | None] | None:
    """(end, organisation or None) of the longest strong name starting at token ``i``."""
    limit = _reach(doc, i)
    whole = _entity_town(doc, ents, i, limit)
    if whole is not None:
        return whole, None
    for end in range(limit, i, -1):
        span = doc[i:end]
        cands = _readings(span, people)
        if cands is None:
            continue
        if _whole_town_name(text, ents, span):
            return end, None
        county = _county(span, cands)
        strong = _strong(span, cands)
        paired = _paired(text, span.start_char, span.end_char, cands) or _on_feature(
            text, span.end_char, cands
        )  # once: both tests read it
        if paired and _person_in_holder(doc, span):
            paired = False
        if not strong:
            strong = county or _directional(span, cands) or paired or _seat(text, span, cands)
        if _joined_town(span):
            return end, None  # whatever NER made of it ("the Allan Water in Bridge of Allan")
        big = _big(cands)
        unit = county or _unit(span, cands)
        if strong and (_tail_of_place_name(span, ents, cands) or _company_named(span, ents, cands)):
            continue
        if strong and _persons_possessive(doc, span):
            continue
        if strong:
            # "the Punjab province of Pakistan": NER's NORP "Punjab" is the unit it names.
            named_unit = unit and unit_noun_after(doc, end)
            country = any(c.kind == "country" and c.quality <= ALTERNATE for c in cands)
            is_blocked, within = blocked(
                ents,
                span.start,
                span.end,
                big or named_unit or _seat(text, span, cands),
                unit,
                country,
                paired,
            )
            if within and (_eponym(span, within, cands) or _nickname_in_org(span, cands)):
                continue
            if within:
                whole = _town_named_whole(ents, span) or _town_across_names(doc, span, limit)
            else:
                whole = _town_run_on(doc, span, limit)
            if whole is not None:
                return whole, None
            if not is_blocked:
                return end, within
    return None


def _entity_town(doc: Doc, ents: list[Span], i: int, limit: int) -> int | None:
    """The end of a place entity of several words, the whole run of capitalised words from
    token ``i``, that a town bears as its own name, written as the gazetteer or with an
    abbreviation ("Bay St. Louis"): the town, not a strong name among its words ("Bay", a
    Somali region; "St. Louis")."""
    if not LONGER_NAMES:
        return None
    for ent in overlapping(ents, i, i + 1):
        if ent.start != i or ent.end != limit or ent.label_ not in ("GPE", "LOC"):
            continue  # the whole run only: "Rio Grande do Sul" is the state, not Rio Grande
        name = ent[:-1] if ent[-1].tag_ == "POS" else ent  # "Pueblo West's board" (table 74)
        if len(name) > 1 and _town_bearing(name.text):
            return name.end
    return None


def _town_named_whole(ents: list[Span], span: Span) -> int | None:
    """The end of an organisation's entity opening with ``span`` that is a town's own name
    whole ("Columbia Falls" read as an organisation): the text names that town, not the
    bigger place its first words name, though the whole name alone is too weak to match."""
    for ent in overlapping(ents, span.start, span.end):
        whole = trim(ent) or ent
        if ent.label_ != "ORG" or whole.start != span.start or whole.end <= span.end:
            continue
        if whole[-1].tag_ == "POS":
            continue  # "St. Paul's": a church's or school's name
        if _a_towns_own_name(whole.text):
            return whole.end
    return None


def _town_run_on(doc: Doc, span: Span, limit: int) -> int | None:
    """The end of a town's own name whole that a place's entity stops short of, its last words
    untagged or read as a person ("Detroit Lakes", NER's "Detroit" and a bare "Lakes"; "Newton
    Aycliffe", "Aycliffe" a person's): the text names that town, not the bigger place its first
    word names, though the whole name alone is too weak. With no entity at all, a town of
    :data:`RUN_ON_TOWN_POP` people ("The Arroyo Grande library": table 87; not "the Jordan
    Valley", a hamlet in Oregon)."""
    if not span.ents:
        end = _own_name_run(doc, span, limit, ("",))
        whole = None if end is None else doc[span.start : end].text
        return end if whole is not None and _a_towns_own_name(whole, RUN_ON_TOWN_POP) else None
    if span.ents[-1].label_ != "GPE" or span.ents[-1].end != span.end:
        return None
    return _own_name_run(doc, span, limit, ("", "PERSON"))


# A town named whole with nothing tagged is read over its first word's place from this size.
RUN_ON_TOWN_POP = 5_000


def _town_across_names(doc: Doc, span: Span, limit: int) -> int | None:
    """The end of a town's own name whole that organisations' entities cut up ("Washington
    Court House's oldest church": NER's "Washington Court" and "House"): the text names that
    town, not the state or city its first word names. Not inside an organisation's name that
    opens earlier ("the University of Michigan Center for ...")."""
    if not LONGER_NAMES or any(e.start < span.start < e.end for e in span.doc.ents):
        return None
    return _own_name_run(doc, span, limit, ("", "ORG"))


def _own_name_run(doc: Doc, span: Span, limit: int, tags: tuple[str, ...]) -> int | None:
    """The end of the longest run of capitalised words after ``span`` (up to ``limit``, each
    tagged with one of ``tags``) that makes with it a town's own name whole."""
    for end in range(limit, span.end, -1):
        rest = doc[span.end : end]
        if any(t.ent_type_ not in tags or not (t.is_alpha and _capitalised(t)) for t in rest):
            continue  # a word of a name, not "-" or "'s" joined on
        if _a_towns_own_name(doc[span.start : end].text):
            return end
    return None


def _a_towns_own_name(name: str, least: int = 0) -> bool:
    """Whether the gazetteer knows ``name`` whole as the own (official) name of a town of
    ``least`` people or more."""
    key = normalize(name)
    return any(normalize(c.name) == key and c.pop >= least for c in own_towns(name))


def _reach(doc: Doc, i: int) -> int:
    """End of the run of capitalised words and joiners from token ``i``, at most MAX_WORDS."""
    limit = i
    for j in range(i, min(len(doc), i + MAX_WORDS)):
        t = doc[j]
        if j > i and not (_capitalised(t) or t.lower_ in JOINERS or t.text == "-"):
            break
        if t.is_punct and t.text not in "-.":
            break
        limit = j + 1
    return limit


def _readings(span: Span, people: People) -> tuple[Candidate, ...] | None:
    """The gazetteer readings of a span that may be a name, or None when it may not be."""
    if span[-1].lower_ in _NO_LAST_WORD:
        return None
    text = span.text
    cands = case_fit(text, gazetteer().lookup(text))
    if not cands and not (len(span) > 1 and POSITIONAL.match(span[0].text)):
        # No reading, and no direction word that :func:`_directional` could vouch for: no
        # match either way, so the costlier word tests are skipped (most spans tried).
        return None
    if not acceptable(span, people):
        return None
    if _unit_of_state(span):
        return None
    if span[0].lower_ == "the" and not any(_the_name(c.name) for c in cands):
        return None  # "The Kremlin said": the place is "Kremlin" (but "The Hague")
    return cands


def _unit_of_state(span: Span) -> bool:
    """ "a Texas county jail": a lower-case unit word after a state's or country's name says
    where the county lies, not that it bears the name, when the counties of that name lie in
    the state's country but none in the state (Texas County lies in Missouri); the state is the
    place. An Irish county named bare ("the Clare county town") has no such namesake and stays
    for the later passes."""
    if len(span) < 2 or span[-1].text not in UNIT_WORDS:
        return False
    gaz = gazetteer()
    states = {(c.cc, c.adm1) for c in gaz.lookup(span[:-1].text) if c.kind == "admin1"}
    counties = [c for c in gaz.lookup(span.text) if c.kind == "admin2"]
    return (
        bool(states and counties)
        and all(c.cc in {cc for cc, _ in states} for c in counties)
        and not any((c.cc, c.adm1) in states for c in counties)
    )


def _strong(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """A name found by name alone: a country, unit, region, sea or landmark, or a big city.

    A big city's one-word other name ("Mason", "Media", "RNS", "Molotov") is more often a
    person, word or acronym; its own name, longer other names ("Quebec City") and another
    spelling of its own name ("Zaporizhzhia" for Zaporizhzhya: table 22) count.
    """
    positional = bool(POSITIONAL.match(span.text))
    return any(
        c.quality <= ALTERNATE
        and (
            (c.kind in STRONG_KINDS and not (positional and c.kind == "admin1"))
            or (
                c.kind == "city"
                and c.pop >= BIG_CITY
                and (c.quality == 0 or len(span) > 1 or _respelled(span.text, c, cands))
            )
        )
        for c in cands
    )


def _respelled(name: str, c: Candidate, cands: tuple[Candidate, ...]) -> bool:
    """Whether ``name`` is another transliteration of ``c``'s one-word own name (one
    skeleton), no given name or English word ("Sidney" for Sydney, "Trent" for Trento) and no
    own name of a place abroad ("Monterey", California, is no spelling of Monterrey)."""
    key = skeleton(normalize(name))
    if key is None or " " in c.name or key != skeleton(normalize(c.name)):
        return False
    if any(o.quality == OFFICIAL and o.cc != c.cc for o in cands):
        return False
    return not given_name(name) and name.lower() not in (common_words() or ())


# A town of this size whose own name joins capitalised words by a lower-case joiner ("Bridge of
# Allan": table 99) is found by that name alone, whatever NER made of it: such a run of words
# names little else. Joined by name particles or "upon" only ("Portage la Prairie", "Lac du
# Bonnet", "Upton upon Severn": tables 97, 119, 130), any town's own name is: "of" and "and"
# join two names as often.
JOINED_TOWN_POP = 2_000


# Last words of towns' own names that no other name's first words make a town: "Mammoth Lakes"
# (NER's "Mammoth" and "Lakes"), "Dallas Center" (tables 178-179: not Mammoth, Ariz., or Dallas),
# "Lobstermen on Deer Isle" (table 234: an island's town, untagged).
_TOWN_NAME_ENDS = frozenset(
    {"lakes", "center", "centre", "spring", "springs", "falls", "heights", "junction", "mills",
     "isle", "island"}
)  # fmt: skip
# A capitalised word, or "of" and one, running a name on into a longer one; for a name ending
# in a word of :data:`_TOWN_NAME_ENDS`, "for" too ("the Dallas Center for the Performing Arts";
# "St Columb Major for the Shrove Tuesday match" ends at "Major").
_NAME_RUNS_ON = re.compile(r"\s+(?:[A-Z]|of\s+(?:the\s+)?[A-Z])")
_ENDED_NAME_RUNS_ON = re.compile(r"\s+(?:[A-Z]|(?:for|of)\s+(?:the\s+)?[A-Z])")


def _whole_town_name(text: str, ents: list[Span], span: Span) -> bool:
    """Whether ``span``, several words no longer name runs on from, is a town's own name
    whatever NER made of its words: one ending in a word of :data:`_TOWN_NAME_ENDS` or in
    "Court House" ("Cape May Court House", "Washington Court House": table 313), or one
    whose first words alone NER read as a place ("St Columb Major", NER's "St": table 185, had
    been Sete; "St" is spelled out there, so any official town reading counts)."""
    if len(span) < 2:
        return False
    if (
        (span[-1].lower_ in _TOWN_NAME_ENDS or span[-2:].text == "Court House")
        and span[-1].is_title
        and not _ENDED_NAME_RUNS_ON.match(text, span.end_char)
        and _a_towns_own_name(span.text)
    ):
        return True
    split = any(
        e.start == span.start and e.end < span.end and e.label_ in NER_LABELS
        for e in overlapping(ents, span.start, span.start + 1)
    )
    return split and not _NAME_RUNS_ON.match(text, span.end_char) and bool(own_towns(span.text))


def _joined_town(span: Span) -> bool:
    """Whether ``span`` is a town's own name of capitalised words joined by a lower-case one,
    or of several words one of whose hyphens joins two names ("Happy Valley-Goose Bay": table
    177, whose "Bay" alone is a Somali region)."""
    if len(span) >= 4 and any(t.text == "-" for t in span[1:-1]):
        return _a_towns_own_name(span.text, 0)
    joiners = {t.lower_ for t in span[1:-1] if t.lower_ in JOINERS and t.is_lower}
    if len(span) < 3 or not joiners:
        return False
    # "Upton upon Severn" (table 130), "Ried im Innkreis" (table 294)
    distinct = joiners <= NAME_PARTICLES | _GERMAN_JOINERS | {"upon"}
    return _a_towns_own_name(span.text, 0 if distinct else JOINED_TOWN_POP)


def _big(cands: tuple[Candidate, ...]) -> bool:
    """A big city by its own name or a country by any name ("U.S.", "Britain")."""
    return any(
        (c.quality == 0 and c.kind == "city" and c.pop >= BIG_CITY)
        or (c.quality <= ALTERNATE and c.kind == "country")  # "U.S.", "Britain"
        for c in cands
    )


def _unit(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """An admin-1 unit by its own name that is no plain descriptor ("Central", "Lakes")."""
    return not DESCRIPTOR.match(span.text) and any(
        c.quality == 0 and c.kind == "admin1" for c in cands
    )


def _tail_of_place_name(span: Span, ents: list[Span], cands: tuple[Candidate, ...]) -> bool:
    """A word known only as another name ("Island": Iceland in Icelandic) inside a longer
    place entity NER found ("Plum Island") is part of that unknown name, not the other place."""
    if any(c.quality == 0 for c in cands):
        return False
    for e in overlapping(ents, span.start, span.end):  # a name holding the span overlaps it
        name = trim(e) if e.label_ in NER_LABELS else None
        if name is not None and name.start < span.start and span.end <= name.end:
            return True
    return False


def _company_named(span: Span, ents: list[Span], cands: tuple[Candidate, ...]) -> bool:
    """A region's name NER reads as an organisation, without the article a region takes ("the
    retailer Amazon", "Amazon shares"; "the Amazon" stays the rainforest)."""
    if len(span) != 1 or any(c.kind != "region" for c in cands if c.quality <= ALTERNATE):
        return False  # one word: "Sub-Saharan Africa" opening a sentence stays a region
    if span.start > 0 and span.doc[span.start - 1].lower_ == "the":
        return False
    return any(
        e.label_ == "ORG" and e.start == span.start and e.end == span.end
        for e in overlapping(ents, span.start, span.end)
    )


def _directional(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """ "South Charleston", "North Dallas", "West Kasai": a direction word before a known place
    names that town or part however small (the direction word alone is no place)."""
    if len(span) < 2 or not POSITIONAL.match(span[0].text) or not span[1].is_title:
        return False
    if POSITIONAL.match(span.text):
        return False  # "South West (England)": position words only, no town after them
    rest = [c for c in gazetteer().lookup(span[1:].text) if c.quality == 0]
    if not rest:  # "Southern District (of Ohio)": the rest is no place of its own
        return bool(part_of(span.text))
    return (
        any(c.quality == 0 for c in cands)
        or bool(part_of(span.text))
        or any(c.kind in STRONG_KINDS for c in rest)
    )


def _the_name(name: str) -> bool:
    return name.lower().startswith("the ")


def _county(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """ "Cook County", "Fulton Co.", "Orleans Parish": an admin-2 unit named with its unit word
    is a place however small (local news names counties constantly); so is one whose own name
    opens with it ("County Durham", which NER often misses: table 122)."""
    if len(span) < 2:
        return False
    if span[0].text == "County":
        return any(c.kind == "admin2" and c.name == span.text for c in cands)
    return span[-1].lower_ in UNIT_WORDS and any(
        c.kind == "admin2" and c.quality <= ALTERNATE for c in cands
    )


def _eponym(span: Span, org: str, cands: tuple[Candidate, ...]) -> bool:
    """Whether a city's name opens an organisation named after a person rather than a place:
    "the Lincoln Initiative", "the Brookings Institution", "the Hoover Institution" (a
    country, a state or a city of a million, as in "the Chicago Council on Global Affairs",
    stays a place)."""
    words = org.split()
    if len(words) < 2 or words[-1] not in _EPONYM_NOUNS or not org.startswith(span.text + " "):
        return False
    return not any(
        c.quality <= ALTERNATE and (c.kind not in ("city", "admin2") or c.pop >= EPONYM_CITY_POP)
        for c in cands
    )


def _nickname_in_org(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """A country's one-word other name inside an organisation's name names the organisation
    ("the Islamic Emirates Project", "Holland America Line"; seventeenth round): only its own
    name or an abbreviation ("U.S. Senate", "US Army") is the country there."""
    countries = [c for c in cands if c.kind == "country" and c.quality <= ALTERNATE]
    if not countries or len(span) > 1 or span.text.isupper() or "." in span.text:
        return False
    return all(c.quality > 0 for c in countries) and not any(
        c.quality == 0 for c in cands if c.kind != "country"
    )


def _seat(text: str, span: Span, cands: tuple[Candidate, ...]) -> bool:
    """Whether a town's own institution or an event it hosts follows the name ("Danbury
    police", "Enfield Council", "the Cannes Grand Prix"): the name is a town that bears it by
    its own name."""
    if span.text in _NOT_SEATS or not all(_title_word(t) for t in span):
        return False
    if span.start > 0:
        before = span.doc[span.start - 1]
        if before.is_title and (not before.is_sent_start or before.pos_ == "PROPN"):
            # "South Simcoe Police", "Rotorua Lakes Council" opening a sentence: a longer
            # name's tail, not the town
            return False
    own = [c for c in cands if c.quality == 0 and c.kind in ("city", "admin2")]
    if _SEAT_AFTER.match(text, span.end_char):
        return bool(own)
    if _STATION_AFTER.match(text, span.end_char):
        return (
            span.text not in _CITY_STATIONS
            and not given_name(span[0].text)
            and any(c.kind == "city" and c.pop >= STATION_TOWN_POP for c in own)
        )
    if _WORD_THEN_COUNCIL.match(text, span.end_char):
        return _district_named_after(span.text, own)
    if _SCHOOL_DISTRICT_AFTER.match(text, span.end_char):
        return any(c.kind == "city" and c.pop >= DISTRICT_TOWN_POP for c in own)
    host = any(c.pop >= EVENT_HOST_POP for c in own)
    if _AIR_SHOW_AFTER.match(text, span.end_char):
        return host
    if not _HOSTED_EVENT_AFTER.match(text, span.end_char):
        return False
    # Festivals are named after themes as often as towns ("the Harvest Festival", "the Rock
    # Festival"): only a town of some size whose name is no English verb or adjective hosts one.
    return span.text.lower() not in common_words() and host


def _title_word(tok: Token) -> bool:
    """A title-case word, or one with an inner capital after a lower-case letter ("McCook",
    "DeKalb", "LaGrange"): towns named so seat libraries and councils too (table 18), while an
    all-capitals word ("NATO Council") is an acronym's."""
    text = tok.text
    return tok.is_title or (
        text[:1].isupper() and text.isalpha() and text[1:2].islower() and not text.isupper()
    )


def _district_named_after(name: str, own: list[Candidate]) -> bool:
    """Whether the gazetteer's district "<name> District" lies in the state of a town of that
    name: a council named after the district with a word of its own ("Rotorua Lakes Council",
    of Rotorua District) is then the town's (twenty-sixth round)."""
    towns = {(c.cc, c.adm1) for c in own if c.kind == "city"}
    districts = gazetteer().lookup(f"{name} District")
    return any(c.kind == "admin2" and (c.cc, c.adm1) in towns for c in districts)


def _paired(text: str, start: int, end: int, cands: tuple[Candidate, ...]) -> bool:
    """A town of any size counts when a state or country that contains it follows it."""
    container = find_container(text, end, start)
    if container is None:
        return False
    outer = container_candidates(text, container)
    return any(c.quality == 0 and inside(c, o) for c in cands for o in outer)


_HOLDER_AFTER = re.compile(r"\s+(?:in|on)\s")
# "Robinvale on the Murray River", "Whycocomagh on Cape Breton Island" (tables 173-174),
# "Drumnadrochit on the shore of Loch Ness" (table 193): a name, then the river, island,
# peninsula or lake it lies on.
_ON_FEATURE = re.compile(
    r",?\s+on\s+(?:the\s+(?:shores?|banks?|edge)\s+of\s+)?(?:the\s+)?"
    r"((?:[A-Z][\w.'-]*\s+){1,3}(?:River|Island|Isle|Peninsula)|(?:Loch|Lake)\s+[A-Z][\w'-]+)\b"
)
# "Pingelly in the Wheatbelt", "Wabush in western Labrador" (tables 218, 201): a name, then the
# region the gazetteer's hand table lists that it lies in.
_IN_REGION = re.compile(
    rf"\s+in\s+(?:the\s+)?(?:{HOLDER_COMPASS})?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\b"
)
_FEATURE_KINDS = frozenset({"river", "region", "lake"})


def _on_feature(text: str, end: int, cands: tuple[Candidate, ...]) -> bool:
    """Whether a town of the name lies on the river, island, peninsula or lake named right after
    it (see :data:`_ON_FEATURE`), or in the region named so (see :data:`_IN_REGION`)."""
    m = _ON_FEATURE.match(text, end)
    region = m is None
    m = m or _IN_REGION.match(text, end)
    if m is None:
        return False
    features = gazetteer().lookup(m.group(1))
    if region and not any(f.kind == "region" for f in features):
        return False
    for feature in features:
        test = lies_by(feature, m.group(1)) if feature.kind in _FEATURE_KINDS else None
        if test is not None and any(
            c.kind == "city" and c.quality == OFFICIAL and test(c) for c in cands
        ):
            return True
    return False


def _person_in_holder(doc: Doc, span: Span) -> bool:
    """Whether a one-word name NER reads as a person, with no preposition before it, stands
    before "in" a state ("Sanders beat Clinton in Michigan"): the person there, not the town
    of that name the state holds ("protect Dimboola in Victoria" is read by its frame)."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON":
        return False
    if not _HOLDER_AFTER.match(text_of(doc), span.end_char):
        return False
    return span.start == 0 or doc[span.start - 1].pos_ != "ADP"


# What a person owns and a town does not: "in Norman's view", "Jackson's lawyer" (but
# "Aleppo's remaining neighbourhoods", "Java's southern coast": the places).
_PERSON_OWNED = frozenset(
    {"view", "views", "opinion", "lawyer", "lawyers", "attorney", "attorneys", "wife",
     "husband", "son", "daughter", "mother", "father", "brother", "sister", "family", "campaign",
     "spokesman", "spokeswoman", "spokesperson", "remarks", "comments", "death", "career",
     "friend", "friends", "words", "book", "novel", "own"}
)  # fmt: skip


def _persons_possessive(doc: Doc, span: Span) -> bool:
    """Whether a one-word name NER reads as a person owns what only a person owns ("in
    Norman's view", "Jackson's lawyer"): the person, though a big city bears the name
    (twenty-second round)."""
    if len(span) != 1 or span[0].ent_type_ != "PERSON" or span.end + 1 >= len(doc):
        return False
    owner, owned = doc[span.end], doc[span.end + 1]
    return owner.text in ("'s", "\u2019s") and owned.lower_ in _PERSON_OWNED
