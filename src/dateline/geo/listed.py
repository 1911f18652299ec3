"""Towns the text itself calls towns or lists beside a found place, which NER missed.

"the town of Camborne" and "toward Decatur and Champaign" name towns however small: the
wording vouches for them, so a gazetteer town of that very name is enough.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.geo.beside import NATIONAL_POLICE_AFTER
from dateline.geo.blocking import overlapping
from dateline.geo.candidates import given_name, own_towns
from dateline.geo.containers import COAST_STRETCH
from dateline.geo.gazetteer import ALTERNATE, OFFICIAL, Candidate, gazetteer
from dateline.geo.matching import INSTITUTION_HEADS
from dateline.geo.mention import Mention, inside, km, near_in_unit
from dateline.geo.names import NAME_PARTICLES
from dateline.geo.nonplaces import (
    WORD_TOWN_POP,
    People,
    acceptable,
    big_town,
    common_words,
    council_subject,
    named_people,
)
from dateline.geo.possessive_towns import POSSESSIVE_TOWN_POP
from dateline.geo.sites import opens_sentence
from dateline.geo.spans import POSITIONAL
from dateline.nlp import text_of

__all__ = [
    "COORDINATED_KINDS",
    "INSTITUTIONS",
    "LISTED_LABELS",
    "apposed_town",
    "between_towns",
    "coordinated",
    "framed_towns",
    "framed_words_near",
    "gone_to_towns",
    "listed_neighbours",
    "misread_pairs",
    "misread_towns",
    "named_as_town",
    "organisations_towns",
    "towns_before_their_units",
    "towns_of_named_units",
]

_COORDINATED = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})\b"
)
COORDINATED_KINDS = {"city", "admin1", "admin2", "country"}
LISTED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_AS_TOWN = re.compile(
    r"\b(?:town|city|village|hamlet|township|borough|municipality|port)"
    r"(?: (?:government|council|administration))? of "  # "the city government of Tangub"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
)

# "in the Princeton area", "the Ann Arbor area": local news places a story around a town, named
# whole (eighteenth round; LGL-like local news marks the town).
_TOWN_AREA = re.compile(r"\bthe ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}) area\b")

# "Harrison, a village west of Cincinnati", "Verona, a small city", "Experiment, a Spalding
# County community just north of Griffin" (table 139), "Simdega, a hockey-mad district in
# Jharkhand" (table 325): a town in apposition.
_APPOSED_TOWN = re.compile(
    r"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}), (?:a|the) (?:[a-z]+[ -]){0,2}"
    r"(?:[A-Z][\w'-]+ (?:(?:and|of) )?){0,3}"  # "the Jo Daviess County town", "a Roaring Fork
    r"(?:[a-z]+ )?"  # Valley town", "the Dumfries and Galloway market town" (table 68),
    # "Pichilemu, the Chilean surf town south of Santiago" (table 245)
    r"(?:town|city|village|hamlet|township|borough|suburb|municipality|community|district)"
    r"(?=[,.;:]| (?:of|in|near|on|at|by|outside|about|where|that|with|just|some|along|across"
    r"|between|known|famous|best|whose|which"  # "Wall, the Badlands town known for"
    r"|located|situated|nestled|wedged|tucked|perched|set|sitting|lying|straddling"
    # "Tala, a hillside village above Paphos" (blind 373)
    r"|above|below|overlooking|beside|inland|upriver|downriver|off"
    r"|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?)\b"
    r"| (?:north|south|east|west))"  # not "Jackson, a town official"
)

# "Chester, on the Delaware River ...", "Kingston, at the eastern end of Lake Ontario, ...",
# "Inverness, the Citrus County seat, ...": a sentence that opens on a name set beside a water,
# a stretch of land or a county opens on a town (twentieth round; NER often reads it ORG).
_FEATURE_WORD = r"(?:Bay|River|Lake|Sound|Harbou?r|Island|Coast|Strait|Valley|Mountains|Peninsula)"
# "about 20 miles", "a few kilometres": how far a town lies from what places it.
_DISTANCE = (
    r"(?:(?:just|about|some|roughly|only) )?"
    r"(?:a few|several|[\d,.]+|an?) (?:miles?|kilometers?|kilometres?|km|minutes?|hours?) "
)
# "Lawrence, home of the University of ...", "Meridian, a Boise suburb, ...": a town's school
# or the city it rings places it too (twentieth round, third part).
_PLACED_APPOSITION = re.compile(
    r"([A-Z][\w'-]+(?: (?:St\.|[A-Z][\w'-]+)){0,2}|St\. [A-Z][\w'-]+), "
    r"(?:(?:on|along|across|near|beside|astride) the [A-Z]"
    rf"|(?:on|along|across|near|beside) (?:(?:Lake|Cape) [A-Z]|[A-Z][\w'-]+ {_FEATURE_WORD}\b)"
    r"|home (?:of|to) (?:the )?[A-Z]"
    r"|an? (?:[A-Z][\w'-]+ ){1,2}(?:suburb|exurb)\b"
    r"|(?:on|at) the (?:[a-z]+ ){0,2}(?:mouth|head|foot|edge|tip|end|top|bank|banks|shore|shores"
    r"|coast|confluence|junction|heart|outskirts) of\b"
    r"|in [A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:County|Parish)\b"
    # "Canaan, in Connecticut's northwest corner", "Canaan, in northwestern Connecticut" (table 120)
    r"|in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?['\u2019]s (?:[a-z-]+ ){0,2}(?:corner|part|tip|end|edge"
    r"|panhandle|coast|interior|hills|side)\b"
    r"|in (?:far |extreme )?(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)? [A-Z]"
    r"|in the (?:[A-Z][\w'-]+ ){1,3}(?:[Rr]egion|Valley|[Dd]istrict) of [A-Z]"
    r"|the (?:[A-Z][\w'-]+ ){1,3}(?:County|Parish) seat\b|the county seat\b"
    r"|the (?:county )?seat of (?:[A-Z][\w'-]+ ){1,3}(?:County|Parish)\b"  # (table 114)
    # "Tralee, the Kerry county town", "Banff, the gateway to the Rockies", "Lowell, east of
    # Grand Rapids", "Brunswick, across the marsh from Jekyll Island", "Georgetown, where the
    # plant is" (twenty-first round: a fifth blind local-news table opened 13 of its sentences
    # so; in PolNeAR train, TR-News and GeoVirus every such opening is a town or "In X").
    r"|the (?:[A-Z][\w'-]+ ){1,2}county town\b|the county town\b|the gateway to (?:the )?[A-Z]"
    rf"|(?:{_DISTANCE}|just |due )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of [A-Z]"
    r"|(?:just |right )?outside (?:of )?[A-Z]|near [A-Z]|across (?:the [a-z]+ )?from [A-Z]"
    rf"|{_DISTANCE}(?:from|outside) (?:the border\b|[A-Z])"
    r"|where (?:the |a |an |[A-Z]))"
)

# "Sili, on the south coast of Savai'i", "Kandrian on the south coast of West New Britain",
# "Taga on the south coast of Savai'i": a name placed on a stretch of coast is a town there,
# wherever it stands (blinds 374, 388).
_ON_THE_COAST_OF = re.compile(rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?),?\s+{COAST_STRETCH}\s+[A-Z]")
# "said Goderich, in Huron County, Ont., would": a town placed in a county and then a state or
# province is a town anywhere in the sentence, not only where it opens one (twenty-first round).
_COUNTY_STATE_APPOSITION = re.compile(
    r"\b([A-Z][\w'-]+(?: (?:St\.|[A-Z][\w'-]+)){0,2}|St\. [A-Z][\w'-]+), "
    r"in [A-Z][\w'-]+(?: [A-Z][\w'-]+)? (?:County|Parish), [A-Z][\w.]*(?: [A-Z][\w.]*)?,"
)

# "Surrey RCMP said", "Omagh PSNI": a national force's detachment bears its town's name
# (twentieth round, third part; NER reads the two words as one person or organisation).
_POLICED_TOWN = re.compile(
    rf"\b([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?={NATIONAL_POLICE_AFTER.pattern})"
)

# "in Harrison, north of Chattanooga", "to Dalton, about 30 miles south of Chattanooga": a town
# placed by its bearing from another (eighteenth round), after a preposition of place.
_BEARING_TOWN = re.compile(
    r"\b(?:in|to|from|near|at|outside) ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}), "
    r"(?:about |some |just |roughly )?(?:[\d,.]+ (?:miles|kilometers|kilometres|km) )?"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of [A-Z]"
)

# "a Lewiston man", "the Auburn woman", "the young Innisfail skater": a person told by the town
# they live in (local news; the eighteenth round added an adjective and more people nouns), and
# maybe one word of their kind between ("a Lewiston dairy farmer"); obituaries and parish news
# name a townsman's calling or a town's church so too ("a Houlton piano teacher", "a Dexter
# church": tables 35-36).
_TOWN_RESIDENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:(?:young|local|former|retired) )?([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) "
    r"(?=(?:[a-z]+ )?(man|woman|boy|girl|teen|teenager|resident|couple|native|homeowner|motorist|"
    r"student|driver|skater|athlete|pedestrian|cyclist|mother|father|church|congregation|teacher|"
    r"farmer|pastor)\b)"
)  # not "veteran": "a Marine veteran", "a Vietnam veteran" name a service or a war
# Callings and churches, which a faith, a Bible place, a virtue or a college names as often as a
# home town ("a Baptist church", "a Bethel church", "a Grace pastor", "a Harvard teacher"):
# the name is a town there only when the gazetteer knows nothing else by it, one peopled town.
_CALLING_NOUNS = frozenset({"church", "congregation", "teacher", "farmer", "pastor"})
# "Louis Fontenot, 84, of Eunice, who ...", "the driver, 22, from Mandan": a person's age in
# apposition and then their home town, the way obituaries and police briefs name people
# (twenty-eighth round: NER reads the town as a person, Eunice being a given name too).
_AGED_RESIDENT = re.compile(
    r"(?<=\w), \d{1,3}, (?:of|from) ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?=[,.;:]|\s+[a-z])"
)
# People nouns a school, team or maker modifies as often as a home town ("a Harvard student",
# "a Ford driver"): the name is a town only where NER does not read it as an organisation.
_AFFILIATION_NOUNS = frozenset({"student", "athlete", "skater", "cyclist", "driver"})

# "Cornell University in Ithaca", "a company based in Ithaca": a name right after an
# organisation and "in", or after "based/headquartered in" (nineteenth round: NER leaves small
# college and company towns untagged).
_HOST_TOWN = re.compile(r"\s+in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b")
_BASED_IN = re.compile(r"\b(?:based|headquartered|located) in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\b")

# Prepositions that place what follows ("marched through Bangor", "the streets in Auburn"):
# a town NER read as an organisation or product is the town there (nineteenth round).
_PLACE_PREPOSITION = re.compile(
    r"\b(?:in|through|throughout|near|outside|across|around|into)\s+$", re.I
)
# A verb of going somewhere before "to"/"on" ("returned to Frankfort", "descended on Augusta"):
# one goes to a town, and rarely to a person, so a given name there is the town too.
_GONE_TO = re.compile(
    r"\b(?:return(?:ed|ing|s)?|travel(?:l?ed|l?ing|s)?|mov(?:ed|ing|es)|head(?:ed|ing|s)|"
    r"flew|drove|relocat(?:ed|ing|es)|descend(?:ed|ing|s)|converg(?:ed|ing|es)|"
    r"flock(?:ed|ing|s))\s+(?:back\s+)?(?:to|on|upon)\s+$"
    # "Theatregoers filled Stratford", "fans packed Goderich": crowds fill a town (twentieth
    # round: NER reads the town as a person or organisation).
    r"|\b(?:fill(?:ed|ing|s)?|pack(?:ed|ing|s)?|throng(?:ed|ing|s)?)\s+$",
    re.I,
)
_MISREAD_LABELS = frozenset({"ORG", "PRODUCT", "PERSON"})
# Bodies a story puts people "in", never the town of their name.
INSTITUTIONS = frozenset(
    {"Congress", "Parliament", "Senate", "Assembly", "Cabinet", "Court", "Council", "Government",
     "Legislature", "Office", "Commons", "Lords", "Duma", "Knesset", "Bundestag", "Church"}
)  # fmt: skip

# "the towns of Haris and Varzaqan", "the villages of Foua and Kfraya" (seventeenth round).
_AS_TOWNS = re.compile(
    r"\b(?:towns|cities|villages|hamlets|townships|municipalities) of "
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?(?:(?:,| and|, and| or) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?)+)"
)
_LISTED_NAME = re.compile(r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?")  # capitalised: never "and"/"or"


def named_as_town(doc: Doc, people: People) -> list[tuple[int, int]]:
    """ "the town of Camborne", "the port city of Malakal", "the towns of Haris and Varzaqan",
    "Harrison, a village west of Cincinnati", "in Harrison, north of Chattanooga", "a Lewiston
    man", "Louis Fontenot, 84, of Eunice", "the Princeton area", "Chester, on the Delaware
    River": a name the text calls a
    town, places by its bearing from another or by a feature beside it, gives a person as
    their home or places a story around, is one when the gazetteer knows a town by that very
    name, whatever NER made of it."""
    text = text_of(doc)
    out = [t for t in (_longest_town(doc, m, people) for m in _AS_TOWN.finditer(text)) if t]
    for m in _AS_TOWNS.finditer(text):
        for name in _LISTED_NAME.finditer(m.group(1)):
            span = doc.char_span(m.start(1) + name.start(), m.start(1) + name.end())
            if span is not None and acceptable(span, people) and _is_town(span.text):
                out.append((span.start_char, span.end_char))
    bearers = (
        _APPOSED_TOWN,
        _BEARING_TOWN,
        _TOWN_RESIDENT,
        _AGED_RESIDENT,
        _TOWN_AREA,
        _PLACED_APPOSITION,
        _POLICED_TOWN,
        _COUNTY_STATE_APPOSITION,
        _ON_THE_COAST_OF,
    )
    for m in (hit for pattern in bearers for hit in pattern.finditer(text)):
        if m.re is _PLACED_APPOSITION and not opens_sentence(text, m.start()):
            continue
        span = doc.char_span(*m.span(1))
        if span is None or _affiliation(m, span) or _named_calling(m, span):
            continue
        if not _may_be_town(m, span, people):
            continue
        if _is_town(span.text):
            out.append((span.start_char, span.end_char))
            out += _bearing_anchor(doc, m, people)
    return out


def apposed_town(text: str, start: int) -> bool:
    """Whether the name at ``start`` is set beside "a/the ... town" ("Wall, the Badlands town
    known for its drugstore"): the text says it is a town, even a common word's."""
    hit = _APPOSED_TOWN.match(text, start)
    return hit is not None and hit.start(1) == start


# "Listowel, north of Stratford, ...": the town a sentence's opening town is placed from.
_ANCHOR = re.compile(
    rf", (?:{_DISTANCE}|just |due )?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of "
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)(?=[,.;]| along| on| in)"
)


def _bearing_anchor(doc: Doc, hit: re.Match[str], people: People) -> list[tuple[int, int]]:
    """The town an opening town's bearing is taken from, when the gazetteer has one of that
    name: it is a town too, and NER often misses it (twenty-first round)."""
    if hit.re is not _PLACED_APPOSITION:
        return []
    anchor = _ANCHOR.match(text_of(doc), hit.end(1))
    span = doc.char_span(*anchor.span(1)) if anchor else None
    if span is None or not acceptable(span, people) or not _is_town(span.text):
        return []
    return [(span.start_char, span.end_char)]


# Cues strong enough to take a name whatever its tag.
# (and a name the text calls a town beside it: "Svit, a town near Poprad", tagged a person or an
# organisation: blinds 373, 385)
_ANY_TAG_BEARERS = (
    _PLACED_APPOSITION,
    _POLICED_TOWN,
    _COUNTY_STATE_APPOSITION,
    _AGED_RESIDENT,
    _APPOSED_TOWN,
    _ON_THE_COAST_OF,
)


def _may_be_town(hit: re.Match[str], span: Span, people: People) -> bool:
    """:func:`acceptable`; a sentence's first word set beside a river or county, any town
    placed in a county and a state, or a town of :data:`FRAMED_TOWN_POP` people or more that
    names a person's home ("a Reading teen", twenty-second round), is so whatever its tag
    ("Inverness, the Citrus County seat": the tagger reads an adverb), unless it names a
    person of the story."""
    if acceptable(span, people):
        return True
    if hit.re is _TOWN_RESIDENT and not big_town(span.text, FRAMED_TOWN_POP):
        return False  # "a Reading teen" (tagged a verb): the capital and a sizeable town vouch
    return hit.re in (*_ANY_TAG_BEARERS, _TOWN_RESIDENT) and acceptable(span, people, any_tag=True)


def organisations_towns(doc: Doc, ents: list[Span], people: People) -> list[tuple[int, int]]:
    """ "Cornell University in Ithaca", "a lab based in Ithaca": the town an organisation is
    said to be in, when the gazetteer knows a town by that very name and NER gave the words to
    no other entity (a person, another organisation)."""
    text = text_of(doc)
    hits = [_HOST_TOWN.match(text, e.end_char) for e in ents if e.label_ == "ORG"]
    hits += list(_BASED_IN.finditer(text))
    towns = (_longest_town(doc, m, people, untagged=True) for m in hits if m is not None)
    return [t for t in towns if t]


def _longest_town(
    doc: Doc, m: re.Match[str], people: People, untagged: bool = False
) -> tuple[int, int] | None:
    """The longest leading run of ``m``'s first group's words that is an acceptable town (and,
    with ``untagged``, that NER gave to no entity other than a place)."""
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        span = doc.char_span(m.start(1), m.start(1) + len(" ".join(words[:n])))
        if span is None or not acceptable(span, people):
            continue
        if untagged and _tagged_otherwise(span):
            continue
        if _is_town(span.text):
            return span.start_char, span.end_char
    return None


def _is_town(name: str, kinds: frozenset[str] = frozenset({"city"})) -> bool:
    """Whether the gazetteer knows a place of ``kinds`` by that very name (not another name)."""
    return any(c.kind in kinds and c.quality == OFFICIAL for c in gazetteer().lookup(name))


# What such a name may be: a town, or a region of our own table ("across Teesside", tagged ORG).
_MISREAD_KINDS = frozenset({"city", "region"})


def misread_towns(doc: Doc, ents: list[Span], people: People) -> list[tuple[int, int]]:
    """ "marched through Bangor", "the streets in Auburn", "returned to Frankfort": a one-word
    name NER calls an organisation, product or person (as it does after "Bangor University"),
    or a name of two or three words it calls an organisation, is the town (or region: "across
    Teesside") when a preposition of place, or a verb of going and "to"/"on", opens it and the
    gazetteer knows a town or region by that very name. (A bare untagged word after "in" was
    tried too: three changes on TR-News/GeoVirus, all wrong.)"""
    text = text_of(doc)
    out = []
    for e in ents:
        if e.label_ not in _MISREAD_LABELS or not (len(e) == 1 or _town_like_org(e)):
            continue
        if not e[0].is_title:
            continue
        gone_to = bool(_GONE_TO.search(text, max(0, e.start_char - 30), e.start_char))
        if not gone_to and not _PLACE_PREPOSITION.search(
            text, max(0, e.start_char - 12), e.start_char
        ):
            continue
        if not acceptable(e, people):
            continue
        if _named_otherwise(text, e, people, gone_to or _big_town_placed(text, e)):
            continue
        if _is_town(e.text, _MISREAD_KINDS):
            out.append((e.start_char, e.end_char))
    return out


# "near Miri in Sarawak", tagged one work of art (table 92): a town, "in", and its unit.
_PAIR = re.compile(r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?),? in ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)")


def misread_pairs(ents: list[Span]) -> list[tuple[int, int]]:
    """A town and the state or country that holds it ("Miri in Sarawak") that NER took for one
    name of another kind: both are places when a town of the first name lies in the second."""
    out = []
    for e in ents:
        hit = _PAIR.fullmatch(e.text) if e.label_ not in ("GPE", "LOC", "FAC") else None
        if hit is None:
            continue
        units = [
            c
            for c in gazetteer().lookup(hit.group(2))
            if c.kind in ("country", "admin1") and c.quality == OFFICIAL
        ]
        towns = [c for c in gazetteer().lookup(hit.group(1)) if c.kind == "city"]
        if any(inside(t, u) for t in towns for u in units):
            start = e.start_char
            out += [
                (start + hit.start(1), start + hit.end(1)),
                (start + hit.start(2), start + hit.end(2)),
            ]
    return out


def _town_like_org(e: Span) -> bool:
    """ "living in Mount Vernon" after "Mount Vernon High School": NER reads the town's two or
    three title-case words as the organisation again (twenty-first round)."""
    return e.label_ == "ORG" and 1 < len(e) <= 3 and all(t.is_title for t in e)


# "Police in Marshall said", "adjourned in Helena": a given name right after "in", "near" or
# "outside" is the town when one of that name is this big (twenty-first round).
GIVEN_NAME_TOWN_POP = 20_000
_IN_NEAR = re.compile(r"\b(?:in|near|outside)\s+$")


def _big_town_placed(text: str, e: Span) -> bool:
    """Whether a name follows "in"/"near"/"outside" and names a town of at least
    :data:`GIVEN_NAME_TOWN_POP`, and the story never writes it inside a longer name ("near
    Franklin" after "Franklin Elementary": the school; "in Clinton" after "Hillary Clinton's",
    which NER may leave out of the story's people)."""
    if not _IN_NEAR.search(text, max(0, e.start_char - 8), e.start_char):
        return False
    word = re.escape(e.text)
    if re.search(rf"\b{word} [A-Z]|\b[A-Z][\w.'-]* {word}\b", text):
        return False
    towns = gazetteer().lookup(e.text)
    return any(
        c.kind == "city" and c.quality == OFFICIAL and c.pop >= GIVEN_NAME_TOWN_POP for c in towns
    )


# How far from a named county's or region's point a town of the given name lies in it.
UNIT_TOWN_KM = 60
_UNIT_KINDS = frozenset({"admin2", "region"})


def towns_of_named_units(
    doc: Doc, ents: list[Span], people: People, found: list[Mention]
) -> list[tuple[int, int]]:
    """ "Cheshire Police said the Rows in Chester would be closed": a one-word name NER calls a
    person or organisation after a preposition of place is the town, even when it is a common
    given name, where a county or region the story names (inside a force's name too) holds a
    town of that very name; a person of the story keeps it."""
    text = text_of(doc)
    gaz = gazetteer()
    units = [
        c
        for m in found
        for c in gaz.lookup(m.text)
        if c.kind in _UNIT_KINDS and c.quality == OFFICIAL
    ]
    if not units:
        return []
    out = []
    for e in ents:
        if e.label_ not in _MISREAD_LABELS or len(e) != 1 or not e[0].is_title:
            continue
        if not _PLACE_PREPOSITION.search(text, max(0, e.start_char - 12), e.start_char):
            continue
        if e.text in people.given or e.text in people.surnames or not acceptable(e, people):
            continue
        towns = own_towns(e.text)
        if any(near_in_unit(t, u, UNIT_TOWN_KM) for t in towns for u in units):
            out.append((e.start_char, e.end_char))
    return out


# The smallest town taken for lying in the unit named right after it, and how far from the
# point of a first-level unit filed under no code (a former region) it may lie.
UNIT_HELD_TOWN_POP = 1_000
FORMER_REGION_KM = 150


def towns_before_their_units(
    doc: Doc, people: People, found: list[Mention]
) -> list[tuple[int, int]]:
    """ "a curfew in Lakki Marwat in Khyber Pakhtunkhwa", "serving Caicó in Rio Grande do
    Norte": the capitalised name (one to three words) right before "in" and a state or county
    the story names is the town of that very name lying in it, whatever NER made of it, when
    it is no common word, given name or person of the story (tables 318 and 320); a common
    word or given name is, after "in", "at" or "near", when the town has :data:`WORD_TOWN_POP`
    people ("at Same in the Kilimanjaro region", "in Albert in the Somme": tables 342, 349)."""
    words = common_words() or frozenset()
    out = []
    for m in found:
        units = [c for c in gazetteer().lookup(m.text) if _unit_reading(c)]
        for span in _names_before_in(doc, m.start) if units else ():
            if span.text in people.surnames or span[-1].text in INSTITUTION_HEADS:
                continue  # "He taught at Tufts University in Massachusetts"
            word = span.text.lower() in words or given_name(span[0].text) or _stop_word(span)
            if not (acceptable(span, people, any_tag=True) or _stop_word(span)):
                continue
            if word and not _after_locative(span):
                continue
            floor = WORD_TOWN_POP if word else UNIT_HELD_TOWN_POP
            towns = [
                c
                for c in gazetteer().lookup(span.text)
                if c.kind == "city" and c.quality <= ALTERNATE and c.pop >= floor
            ]  # "Lakki Marwat", the gazetteer's Lakki
            if any(_held(t, u) for t in towns for u in units):
                out.append((span.start_char, span.end_char))
                break
    return out


def _unit_reading(c: Candidate) -> bool:
    """A reading of the name after "in" that may hold a town: a state by its own or another
    name ("Muthanna province"), a county or region by its own, or a country ("in Siwa in
    Egypt's Western Desert": table 340)."""
    if c.kind == "admin1":
        return c.quality <= ALTERNATE
    return c.quality == OFFICIAL and c.kind in ("country", *_UNIT_KINDS)


# Words before a place's name that no person's name follows ("in Albert in the Somme").
_LOCATIVES = frozenset({"in", "at", "near", "outside"})


def _stop_word(span: Span) -> bool:
    """A lone capitalised stop word ("Same"), which is a place only where the wording says."""
    return len(span) == 1 and span[0].is_stop


def _after_locative(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ in _LOCATIVES


def _names_before_in(doc: Doc, start: int) -> list[Span]:
    """The runs of up to three capitalised words (joined by :data:`NAME_PARTICLES` or hyphens:
    "Chalon-sur-Saône in Burgundy") ending just before "in" or "in the" before the character
    offset ``start``, longest first; or before a site's noun there ("the Tari airstrip in Hela
    Province": the site is the town's)."""
    unit = doc.char_span(start, start + 1, alignment_mode="expand")
    k = unit.start - 1 if unit is not None else -1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 1 or doc[k].lower_ != "in":
        return []
    if k > 1 and doc[k - 1].text in _TOWN_SITE_NOUNS and doc[k - 2].is_title:
        k -= 1
    first, words = k, 0
    while first > 0 and words < 3 and _name_word(doc[first - 1]):
        first -= 1
        words += doc[first].whitespace_ != ""
    return [
        doc[j:k]
        for j in range(first, k)
        if doc[j].is_title and doc[j].is_alpha and not (doc[j].is_stop and k - j > 1)
    ]  # not "The Tari" (but "at Same in the Kilimanjaro region")


# Sites a town's name is given to, written after it ("the Tari airstrip in Hela Province"),
# and an island a town has its name from ("on Samarai island in Milne Bay").
# (Not a hospital or clinic: "the Mayo clinic in Minnesota" is an institution's.)
_TOWN_SITE_NOUNS = frozenset({"airstrip", "airport", "market", "prison", "mine", "port", "island"})


def _name_word(tok: Token) -> bool:
    """Whether ``tok`` may stand in a town's name: a capitalised word, a joiner, or a hyphen or
    word a hyphen joins."""
    if tok.text == "-":
        return not tok.whitespace_
    joined = tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "-" and not tok.whitespace_
    return tok.is_alpha and (tok.is_title or tok.lower_ in NAME_PARTICLES or joined)


def _held(town: Candidate, unit: Candidate) -> bool:
    """Whether ``town``, of :data:`UNIT_HELD_TOWN_POP` people, lies in the state ``unit`` or
    near the county or region ``unit``."""
    if town.pop < UNIT_HELD_TOWN_POP or town.cc != unit.cc:
        return False
    if unit.kind == "country":
        return True
    code = unit.adm1 or gazetteer().holder(unit)  # "North Darfur", GeoNames' code 55
    if unit.kind == "admin1" and code:
        return town.adm1 == code
    if unit.kind == "admin1":  # a former region filed under no code ("Burgundy": table 326)
        return km(town, unit) <= FORMER_REGION_KM
    return near_in_unit(town, unit, UNIT_TOWN_KM)


def gone_to_towns(doc: Doc, people: People) -> list[tuple[int, int]]:
    """ "returned to Montpelier": a one-word proper noun NER left untagged after a verb of going
    and "to"/"on" is the town when the gazetteer knows a town by that very name and it is no
    English word ("returned to Earth": Earth, Texas)."""
    text = text_of(doc)
    words = common_words() or frozenset()
    out = []
    for t in doc:
        if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or t.lower_ in words:
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and (nxt.is_title or nxt.text in ("'s", "\u2019s")):
            continue  # part of a longer name, or an owner
        if not _GONE_TO.search(text, max(0, t.idx - 30), t.idx):
            continue
        span = doc[t.i : t.i + 1]
        if not acceptable(span, people) or _named_otherwise(text, span, people, True):
            continue
        if _is_town(t.text):
            out.append((t.idx, t.idx + len(t.text)))
    return out


def _named_otherwise(text: str, e: Span, people: People, gone_to: bool = False) -> bool:
    """Whether a one-word name NER calls no place is likelier something else: a common
    given name (not after a verb of going: "descended on Augusta") or one of a named person's
    ("near Franklin", a school; "write in Bernie"), a body one sits in ("in Congress":
    Congress, Ariz.), or an owner ("in Clemson's momentum", the team)."""
    word = e.text
    return (
        (given_name(word) and not gone_to)
        or word in people.given
        or word in people.surnames
        or word in INSTITUTIONS
        or text.startswith(("'s", "\u2019s"), e.end_char)
    )


def _tagged_otherwise(span: Span) -> bool:
    """Whether NER gave any of the words to an entity that is not a place."""
    return any(t.ent_type_ and t.ent_type_ not in ("GPE", "LOC", "FAC") for t in span)


def _affiliation(hit: re.Match[str], span: Span) -> bool:
    """Whether a person-noun hit names a school, team or maker rather than a home town: "a
    Harvard student" (NER: ORG), but "a Sylvan Lake student"."""
    if hit.re is not _TOWN_RESIDENT or hit.group(2) not in _AFFILIATION_NOUNS:
        return False
    return any(t.ent_type_ == "ORG" for t in span)


def _named_calling(hit: re.Match[str], span: Span) -> bool:
    """Whether a calling's or church's hit may name a faith, a person or a college rather than
    a home town: a word not tagged a proper noun, or a name the gazetteer gives any reading
    besides one town's own (see :data:`_CALLING_NOUNS`)."""
    if hit.re is not _TOWN_RESIDENT or hit.group(2) not in _CALLING_NOUNS:
        return False
    if any(t.tag_ != "NNP" for t in span):
        return True  # "a Baptist church": an adjective of a faith
    readings = gazetteer().lookup(span.text)
    return len(readings) != 1 or not (_is_town(span.text) and readings[0].pop > 0)


def coordinated(doc: Doc, ents: list[Span], people: People, m: Mention) -> list[tuple[int, int]]:
    """Towns listed after a found place ("toward Decatur and Champaign", "Marietta, Smyrna or
    Kennesaw"): a capitalised name the gazetteer knows by its own name as a town, unit or
    country, which NER missed or mislabelled, unless a person named in full, a surname of one,
    or another kind of entity covers it."""
    out = []
    text = text_of(doc)
    end = m.end
    while (nxt := _COORDINATED.match(text, end)) is not None:
        span = doc.char_span(nxt.start(1), nxt.end(1))
        if span is None or POSITIONAL.match(span.text) or not acceptable(span, people):
            break  # "Eastern (and Southern Europe)" is no unit of its own
        if _covered(ents, span):
            break
        cands = gazetteer().lookup(span.text)
        if not any(c.quality == 0 and c.kind in COORDINATED_KINDS for c in cands):
            break
        out.append((nxt.start(1), nxt.end(1)))
        end = nxt.end(1)
    return out


def _covered(ents: list[Span], span: Span) -> bool:
    """Whether another entity covers a listed name: one reaching beyond it ("Covington
    Catholic"), or a date or other non-name ("HELSINKI, March 3"). A one-word PERSON or ORG
    exactly on it is the small model's guess for a town in a list ("Parkes, Berry and Wyong").
    ``ents``: the doc's, in order (searched by bisection, not scanned per listed name)."""
    for e in overlapping(ents, span.start, span.end):
        exact = e.start == span.start and e.end == span.end
        if not exact or e.label_ not in LISTED_LABELS or (len(e) > 1 and e.label_ == "PERSON"):
            return True
    return False


# Locative frames round a one-word town NER leaves untagged or reads as a person, organisation,
# nationality or event (twenty-second round: a sixth blind local-news table missed 13 such
# towns). Before the name: a preposition of place, either end of "between X and Y", or a
# bearing mid-sentence ("a wildfire west of Redmond"). After it: "-based", the town's own
# officers ("Lorain's mayor", "Enid police"), or "and the rest of" a unit it lies in.
# "the bridge at Winona", "flooding at Maitland" (twenty-second round: British and Australian
# news, and American local news, place things "at" a town), but not where "at" names where one
# works or studies ("a professor at Stanford", "studied at Princeton").
_FRAME_BEFORE = re.compile(
    r"\b(?:in|near|from|outside|around)\s+$"
    r"|(?<!\bprofessor )(?<!\bprofessors )(?<!\bstudent )(?<!\bstudents )(?<!\bresearcher )"
    r"(?<!\bresearchers )(?<!\bworks )(?<!\bworked )(?<!\bworking )(?<!\bstudied )"
    r"(?<!\bstudying )(?<!\btaught )(?<!\bteaches )(?<!\bteaching )(?<!\bemployed )"
    r"(?<!\benrolled )(?<!\bcoach )(?<!\bfellow )(?<!\blecturer )\bat\s+$"
)
# "suburban Naperville", "rural Ashland", "greater Wichita": a part of a town by its word.
# "Fire crews from Grafton", "residents from Mudgee": the town's crews or people, as after it
# ("Grafton fire crews"); crews and residents come from a place, never from a person.
_STRONG_FRAME_BEFORE = re.compile(
    r"\b(?:suburban|rural|greater|central)\s+$"
    r"|\b(?i:crews|firefighters|firemen|paramedics|rescuers|residents)\s+from\s+$"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+$"
    r"|\bbetween\s+$|\bbetween\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s+and\s+$"
)
# After the name: "-based", the town's police or schools, a temperature it recorded ("Armidale
# recorded minus 6 degrees": table 19; only a place has a temperature).
_STRONG_FRAME_AFTER = re.compile(
    r"-based\b|['\u2019]s\s+(?:police|schools|school\s+board|fire\s+department|firefighters)\b"
    r"|\s+(?:police|fire\s+(?:officials|crews|department)|mayor|schools)\b"
    r"|\s+(?:recorded|reached|hit|logged)\s+(?:an?\s+(?:low|high)\s+of\s+)?(?:minus\s+|-)?"
    r"\d+(?:\.\d+)?\s*(?:degrees|\u00b0)"
    r"|\s+and\s+the\s+rest\s+of\s+"
    r"(?:[A-Z]|the\s+(?:county|state|province|region|valley|island|area)\b)"
)
# The frames only a town has, read before the strong ones: its centre ("downtown Elkins"), its
# elected council or New England select board ("Seneca city council", "Lorain's mayor", "the
# Orleans select board": table 19), its officers ("Sitka's harbor master", "Ames's city
# manager"), its school board and its firefighters ("Kenai firefighters", "a Streator
# firefighter": tables 30-31), a Pennsylvania borough's council ("Lititz borough council": table
# 40); no person, firm or team has a downtown, a city council, a school
# board or firefighters, and none has school officials or trustees ("Holyoke school officials":
# table 32).
_CIVIC_FRAME_BEFORE = re.compile(r"\b(?:downtown|uptown)\s+$")
_CIVIC_FRAME_AFTER = re.compile(
    r"['\u2019]s\s+(?:mayor|(?:city\s+|town\s+)?council|(?:board\s+of\s+)?(?:selectmen|aldermen)"
    r"|harbou?r\s*master|(?:city|town)\s+(?:manager|clerk|administrator))\b"
    r"|\s+(?:(?:city|town|borough|village)\s+council|select\s*board|selectmen|aldermen|firefighters?"
    r"|[Ss]chool\s+(?:[Bb]oard|officials|trustees))\b"
)
# A church or club named for the town it serves ("First Methodist Church of Alma", "the Rotary
# Club of Tifton": table 36): the town of that name as small as a civic frame's, but no given
# name or English word, which a church is named for as often ("Church of Grace").
_CHURCH_OF_BEFORE = re.compile(r"\b(?:Church|Club)\s+of\s+$")
# A school district named for its town and the country round it, by "Area" ("The Winner Area
# school board", "Beaver Area School Board members": tables 30-31, Pennsylvania's and the
# Dakotas' usage): its board or district is the town's own, however small the county seat.
_AREA_SCHOOL_AFTER = re.compile(
    r"\s+(?:Area\s+[Ss]chool\s+(?:[Bb]oard|[Dd]istrict)|City\s+Schools|City\s+School\s+District)\b"
)  # and a city's own schools ("Chickamauga City Schools": table 97)
# A town's voters at the ballot ("Portales voters will decide in March whether ...": table
# 22): a candidate has voters too ("Clinton voters"), so the frame takes no name NER reads as a
# person, and a strong frame's town for a given name or English word; a name no person bears
# is a civic frame's town ("Crookston voters approved a bond": table 31), and opening its
# sentence the subject of its own municipal business's, however small ("Goffstown voters will
# decide in March whether to spend $6 million on a new police station": table 42).
_BALLOT_AFTER = re.compile(
    r"\s+voters\s+(?:will\s+|on\s+\w+\s+)?(?:decide[sd]?|approved?|rejected?|passed|elect(?:ed)?"
    r"|go\s+to\s+the\s+polls)\b"
)
# A town's residents ("Kihei residents packed a county council hearing": table 38): a firm's
# or a home's residents are few ("Senior residents", "Tower residents"), so the frame takes no
# given name or English word, and otherwise a civic frame's town.
_RESIDENTS_AFTER = re.compile(r"\s+residents\b")
# A town's bare council deciding, after "The" ("The Fruita council agreed Tuesday to spend
# $900,000": table 42): a student's, a Senate's or a county's council decides too, so the
# frame takes no given name or English word, and only a name all of whose readings are towns.
_THE_BEFORE = re.compile(r"\bThe\s+$")
_BARE_COUNCIL_AFTER = re.compile(
    r"\s+council\s+(?:agreed|voted|approved|decided|tabled|rejected|denied)\b"
)
# The smallest town a bare framed name may be: big enough that news writes it without a state;
# a strong frame (a bearing, "between", the town's police) vouches for a smaller one, and a
# civic frame for a town as small as a possessive's (twenty-eighth round: local news names
# towns of 5,000 to 10,000 people by their downtowns and councils).
FRAMED_TOWN_POP = 20_000
STRONG_FRAMED_TOWN_POP = 10_000
CIVIC_FRAMED_TOWN_POP = POSSESSIVE_TOWN_POP
# The subject of its own municipal business (its council decides, its school district or water
# mains are worked on) is a town as small as a county seat: a small paper's own town (thirtieth
# session: "Thermopolis", some 3,000 people, opened a sentence on its school district's gym).
SUBJECT_TOWN_POP = 2_000
_LEAST_POP = {
    "weak": FRAMED_TOWN_POP,
    "strong": STRONG_FRAMED_TOWN_POP,
    "ballot": STRONG_FRAMED_TOWN_POP,
    "council": SUBJECT_TOWN_POP,
    "subject": SUBJECT_TOWN_POP,
    "area": SUBJECT_TOWN_POP,
    "church": CIVIC_FRAMED_TOWN_POP,
}
_FRAMED_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "EVENT", "PRODUCT"})


def framed_towns(doc: Doc, people: People) -> list[tuple[int, int]]:
    """ "flooded streets in Hawick", "the road between Ripon and Harrogate", "south of Taupo",
    "Lorain's mayor", "a Kokomo-based maker": a one-word capitalised name, not part of a
    longer name, that a locative frame places, is the town when the gazetteer has one of that
    very name of at least :data:`FRAMED_TOWN_POP` people (:data:`STRONG_FRAMED_TOWN_POP` in a
    strong frame, :data:`CIVIC_FRAMED_TOWN_POP` in a civic one: "downtown Elkins",
    :data:`SUBJECT_TOWN_POP` as the subject of its own municipal business or the name of its
    "Area" school district) and no person of the story bears it. Only the strong, civic and
    "Area" frames (a bearing, "between", the town's officers, "-based") take a common given
    name or English word ("west of Bend", "Marion police", "Beaver Area School Board"); a
    ballot's takes one only of a strong frame's size ("Marion voters"); the subject of its
    municipal business takes one it owns back ("Sandy will raise its water rates, the City
    Council decided")."""
    text = text_of(doc)
    words = common_words() or frozenset()
    people = _without_overreach(doc, people)
    out = []
    for t in doc:
        if not _lone_name(doc, t) or not big_town(t.text, SUBJECT_TOWN_POP):
            continue  # no town of the name big enough for any frame: its frame is not read
        frame = _frame(text, t)
        if frame is None or not acceptable(doc[t.i : t.i + 1], people, any_tag=True):
            continue
        if t.text in people.given or t.text in people.surnames or t.text in INSTITUTIONS:
            continue
        weak_word = given_name(t.text) or t.lower_ in words
        if frame in ("weak", "church") and weak_word:
            continue
        if frame == "church" and not _spelled_as_town(t.text):
            continue  # "the Church of God": no Göd, Hungary
        if frame == "ballot" and t.ent_type_ == "PERSON":
            continue  # "Clinton voters": a candidate's
        if frame == "ballot" and not weak_word:
            frame = "subject" if t.i == t.sent.start else "civic"  # "Crookston voters"
        if frame == "residents" and weak_word:
            continue  # "Senior residents", "Tower residents"
        if frame == "bare council" and (weak_word or not _towns_only(t.text)):
            continue  # "The Senate council"; "The Mayo council": County Mayo's
        if frame == "council" and weak_word and not council_subject(t, owned=True):
            continue  # "Sandy will lead the office, the City Council said": a person
        if big_town(t.text, _LEAST_POP.get(frame, CIVIC_FRAMED_TOWN_POP)):
            out.append((t.idx, t.idx + len(t.text)))
    return out + _civic_pairs(doc, people)


def _spelled_as_town(name: str) -> bool:
    """Whether a town's own name is ``name`` letter for letter, accents and case included."""
    return any(
        c.kind == "city" and c.quality == OFFICIAL and c.name == name
        for c in gazetteer().lookup(name)
    )


def _civic_pairs(doc: Doc, people: People) -> list[tuple[int, int]]:
    """ "Corner Brook city council": two capitalised words before what only a town has are the
    town when they are a town's own name whole of :data:`CIVIC_FRAMED_TOWN_POP` people, though
    NER runs them into the council's organisation and either word alone is a common one; so
    are two before its officials that name nothing but towns ("Red Bank officials", not "White
    House officials"), and two opening a sentence as the subject of its municipal business, of
    :data:`SUBJECT_TOWN_POP` ("Red Lodge will close Broadway Avenue": table 34)."""
    text = text_of(doc)
    out = []
    for t in doc[:-1]:
        pair = doc[t.i : t.i + 2]
        if not all(u.is_title and u.is_alpha for u in pair):
            continue
        least = _pair_frame_pop(text, pair)
        if least is None:
            continue
        if text[pair.end_char : pair.end_char + 1] != " " or t.text in people.given:
            continue  # "Moose Jaw's council": the possessive rule's; "Albert Lea": a person
        if _after_name_word(doc, t):
            continue  # "Lake Corner Brook": a longer name
        if big_town(pair.text, least) and acceptable(pair, people, any_tag=True):
            out.append((pair.start_char, pair.end_char))
    return out


# A town's officials after its name ("Red Bank officials closed the ramp": table 36); an
# agency, a firm or a campaign has officials too, so the name must name towns only.
_OFFICIALS_AFTER = re.compile(r"\s+(?:(?:city|town|borough|village)\s+)?officials\b")


def _pair_frame_pop(text: str, pair: Span) -> int | None:
    """The least population of a town two capitalised words name in the frame after or round
    them, or None when none frames them (see :func:`_civic_pairs`)."""
    if _CIVIC_FRAME_AFTER.match(text, pair.end_char):
        return CIVIC_FRAMED_TOWN_POP
    if _OFFICIALS_AFTER.match(text, pair.end_char) and _towns_only(pair.text):
        return CIVIC_FRAMED_TOWN_POP
    if council_subject(pair[-1], words=2):
        return SUBJECT_TOWN_POP
    return None


def _towns_only(name: str) -> bool:
    """Whether every reading of ``name`` is a town and its most populous one is a town's own
    name: "White House" is also Casablanca's other name, "Capitol Hill" a landmark."""
    readings = gazetteer().lookup(name)
    if not readings or any(c.kind != "city" for c in readings):
        return False
    return max(readings, key=lambda c: c.pop).quality == OFFICIAL


def _without_overreach(doc: Doc, people: People) -> People:
    """The story's people less NER's persons that run on over lower-case words ("Norman
    police" read as one person), when there are any."""
    ents = list(doc.ents)
    kept = [e for e in ents if not (e.label_ == "PERSON" and any(u.is_lower for u in e))]
    return people if len(kept) == len(ents) else named_people(kept)


def _lone_name(doc: Doc, t: Token) -> bool:
    """Whether ``t`` is a capitalised word NER gave no longer name nor a place's label, and no
    capitalised word runs on either side of it ("Emporia State", "Lorain Smith"), but its
    "Area" school district's name ("the Beaver Area School Board", read as one organisation)
    or its church's or club's ("First Methodist Church of Alma")."""
    if not (t.is_title and t.is_alpha) or t.ent_type_ not in _FRAMED_LABELS:
        return False
    end = t.idx + len(t.text)
    text = text_of(doc)
    if _AREA_SCHOOL_AFTER.match(text, end):
        return _opens_entity(doc, t)
    if _CHURCH_OF_BEFORE.search(text, max(0, t.idx - 12), t.idx) and _ends_entity(doc, t):
        return not _RUNS_ON_NAME.match(text, end)  # "First Methodist Church of Alma", one name
    if t.ent_iob_ == "I" or not _ends_entity(doc, t) or _after_name_word(doc, t):
        return False
    return not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())


# A capitalised word right after a name, which runs it on into a longer one.
_RUNS_ON_NAME = re.compile(r" [A-Z]")


def _opens_entity(doc: Doc, t: Token) -> bool:
    """Whether ``t`` opens NER's entity, if any, but for an article, and follows no other
    capitalised word ("Penns Valley Area School District" is no town Valley's)."""
    if _after_name_word(doc, t):
        return False
    prev = doc[t.i - 1] if t.i > 0 else None
    return t.ent_iob_ != "I" or (prev is not None and prev.ent_iob_ == "B" and prev.lower_ == "the")


def _after_name_word(doc: Doc, t: Token) -> bool:
    """Whether a capitalised word that is no stop word comes right before ``t``, so that ``t``
    ends a longer name rather than opening one."""
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is None or not (prev.is_title and prev.is_alpha):
        return False
    if prev.like_num:  # a stop word, but it opens "Six Mile" (table 170)
        return bool(own_towns(f"{prev.text} {t.text}"))
    return not prev.is_stop


def _ends_entity(doc: Doc, t: Token) -> bool:
    """Whether NER's entity at ``t`` (if any) holds no other name: it ends there, or runs on
    only over lower-case words ("Norman police" read as one person) or the town's owner's mark
    and a site of the town ("Paducah's Riverfront Park")."""
    rest = []
    for u in doc[t.i + 1 :]:
        if u.ent_iob_ != "I":
            break
        rest.append(u)
    if not rest or all(u.is_lower and u.is_alpha for u in rest):
        return True
    return rest[0].text in ("'s", "\u2019s")


def _frame(text: str, t: Token) -> str | None:
    """ "area", "civic", "church", "strong", "ballot", "residents", "bare council", "council",
    "weak" or None: the frame round
    the word ``t``."""
    end = t.idx + len(t.text)
    before = text[max(0, t.idx - 40) : t.idx]
    if _AREA_SCHOOL_AFTER.match(text, end):
        return "area"
    if _CIVIC_FRAME_BEFORE.search(before) or _CIVIC_FRAME_AFTER.match(text, end):
        return "civic"
    if _CHURCH_OF_BEFORE.search(before):
        return "church"
    if _STRONG_FRAME_BEFORE.search(before) or _STRONG_FRAME_AFTER.match(text, end):
        return "strong"
    if _BALLOT_AFTER.match(text, end):
        return "ballot"
    if _RESIDENTS_AFTER.match(text, end):
        return "residents"
    if _THE_BEFORE.search(before) and _BARE_COUNCIL_AFTER.match(text, end):
        return "bare council"
    if council_subject(t):
        return "council"
    if _FRAME_BEFORE.search(before) and not _OWNS_COMMON.match(text, end):
        return "weak"
    return None


# An owner's mark before a lower-case word: "near Norman's home" is the person's, while "near
# Paducah's Riverfront Park" names the town's own site.
_OWNS_COMMON = re.compile(r"['\u2019]s\s+[a-z]")


# How near each other two towns named together must lie for the pair to vouch for a name NER
# missed or mislabelled ("Richland, Kennewick and Pasco"; "between Gisborne and Wairoa").
NEIGHBOUR_KM = 150
# The smallest such town: a hamlet of a common word's name lies near many a town.
NEIGHBOUR_POP = 1_000
# A name of up to three capitalised words right before a list's comma or "and"/"or".
_NAME_BEFORE_LIST = re.compile(
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
# A name of one to three capitalised words, and a sentence's opening, for the patterns below.
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}"
_OPENS = r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
_BETWEEN = re.compile(rf"\bbetween ({_NAME}) and ({_NAME})")
# "Bend and Redmond officials agreed": a sentence opening on two names and the officers or
# people of both.
_OPENING_PAIR = re.compile(
    rf"{_OPENS}(?:The )?({_NAME}) and ({_NAME})"
    r"(?= (?:city |county |town )?(?:officials|leaders|residents|police|councils|mayors|voters"
    r"|schools|firefighters|crews|businesses|neighbors|neighbours)\b)"
)
# "Zanesville beat Cambridge 42-35": a sentence opening on a local game's result, where small
# papers name the schools' teams by their towns (twenty-fourth round).
_SCORE_PAIR = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))"
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:beat|defeated|edged|topped|downed|routed|blanked"
    r"|outlasted|stopped|held off) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?),? \d{1,3}-\d{1,3}\b"
)
# "Glens Falls, Queensbury and Hudson Falls will split the cost": a sentence opening on three
# names listed as its subject, before a lower-case word (twenty-ninth round: NER reads a list of
# small towns as people; three towns of those names all near the first are the evidence).
_OPENING_LIST = re.compile(rf"{_OPENS}({_NAME}), ({_NAME}),? and ({_NAME})(?= [a-z])")
# "Crystal will rebuild the bridge, and drivers will be sent through New Hope and Robbinsdale":
# a sentence's opening subject and the two towns its traffic is sent through (twenty-ninth
# round: the subject may be a common word; the two neighbours lying near it are the evidence).
_OPENING_DETOUR = re.compile(
    rf"{_OPENS}({_NAME})(?= [a-z])[^.!?\n]*?\b(?:through|via) ({_NAME}),? and ({_NAME})"
)
# "swim from Fnideq to the Spanish enclave of Ceuta": a journey's two ends (forty-seventh
# session: NER reads a lone town after "from" as an organisation, and "a degree from Harvard"
# keeps such a name out by itself; a neighbour at the other end is the evidence).
_FROM_TO = re.compile(
    rf"\bfrom ({_NAME}) (?:to|into|towards?) (?:the (?:[A-Z][a-z]+ )?[a-z]+ (?:town |city )?of )?"
    rf"({_NAME})"
)
# "... under an agreement the three select boards signed": the sentence counts the names it
# opened on as towns by their bodies, so one the gazetteer lacks (or has only elsewhere) no
# longer keeps out the others that lie near the first (table 39).
_COUNTED_AS_TOWNS = re.compile(
    r"\b(?:the|all) (?:two|three|four|five|six) (?:(?:town|city|village) )?"
    r"(?:towns|cities|villages|boroughs|townships|municipalities|communities|select ?boards"
    r"|selectboards|councils|mayors)\b"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.'-]*\s$")


def listed_neighbours(
    doc: Doc, ents: list[Span], people: People, m: Mention
) -> list[tuple[int, int]]:
    """ "Bryan and College Station officials", "Mayors of Richland, Kennewick and Pasco",
    "Ashland, Medford and Grants Pass": a name listed right before or after a found town is a
    town too, whatever NER made of it (a person, a nationality), when a town of that very name
    lies within :data:`NEIGHBOUR_KM` of a reading of the found one (twenty-second round: blind
    local-news tables list neighbouring towns so; the nearness is the evidence)."""
    anchors = _towns(m.text, frozenset({"city", "admin2"}))
    if not anchors:
        return []
    text = text_of(doc)
    out = []
    before = _NAME_BEFORE_LIST.search(text, max(0, m.start - 60), m.start)
    if before is not None:
        out += _near_name(
            doc, ents, people, before.start(1), before.group(1), anchors, from_end=True
        )
    after = _COORDINATED.match(text, m.end)
    if after is not None:
        out += _near_name(
            doc, ents, people, after.start(1), after.group(1), anchors, from_end=False
        )
    return out


# "met in Normal on Friday": an English word capitalised mid-sentence right after "in" and
# before a lower-case word or a stop, in running text (the word before "in" lower-case, so no
# title-case headline), where the calendar's words (capitalised always) are no town.
_IN_WORD = re.compile(r"\b[a-z]+ in $")
_AFTER_WORD = re.compile(r"(?:[.,;:!?)]|\s+[a-z]|$)")
_CALENDAR = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Spring|Summer|Autumn|Fall|Winter|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|Christmas|Easter)$"
)


def framed_words_near(doc: Doc, people: People, found: list[Mention]) -> list[tuple[int, int]]:
    """ "trustees met in Normal on Friday, down the road from Bloomington": an English word
    the weak frame "in" places (see :data:`_IN_WORD`) is the town of that name of at least
    :data:`FRAMED_TOWN_POP` people when a place found in its sentence lies within
    :data:`NEIGHBOUR_KM` of it (twenty-fourth round: a word is no town by its frame alone, but
    the town beside its neighbour is)."""
    text = text_of(doc)
    words = common_words() or frozenset()
    out = []
    for t in doc:
        if t.lower_ not in words or not _lone_name(doc, t) or _CALENDAR.match(t.text):
            continue
        end = t.idx + len(t.text)
        if not _IN_WORD.search(text, max(0, t.idx - 20), t.idx) or not _AFTER_WORD.match(text, end):
            continue
        if t.text in people.given or t.text in people.surnames or t.text in INSTITUTIONS:
            continue
        towns = [c for c in _towns(t.text, frozenset({"city"})) if c.pop >= FRAMED_TOWN_POP]
        if not towns or not acceptable(doc[t.i : t.i + 1], people, any_tag=True):
            continue
        sent = t.sent
        anchors = [
            a
            for m in found
            if sent.start_char <= m.start < sent.end_char and not (m.start <= t.idx < m.end)
            for a in _towns(m.text, frozenset({"city", "admin2"}))
        ]
        if any(km(town, a) <= NEIGHBOUR_KM for town in towns for a in anchors):
            out.append((t.idx, end))
    return out


def between_towns(doc: Doc, ents: list[Span], people: People) -> list[tuple[int, int]]:
    """ "the highway between Gisborne and Wairoa", "Bend and Redmond officials agreed", "Bend
    beat Redmond 3-1": both ends of "between X and Y", of a sentence opening "X and Y
    officials" or of a game's result opening a sentence, are towns when towns of those very
    names lie within :data:`NEIGHBOUR_KM` of each other, whatever NER made of the pair (a
    title of a work, often; a person, for a team's town); so are all three of a list opening
    a sentence ("Glens Falls, Queensbury and Hudson Falls will") when both others lie near
    the first (or one does, when the sentence counts them as towns: "the three select boards"),
    and a sentence's opening subject when both towns it sends traffic through do ("Crystal will
    close ... drivers will be sent through New Hope and Robbinsdale")."""
    text = text_of(doc)
    out = []
    patterns = (_BETWEEN, _OPENING_PAIR, _SCORE_PAIR, _OPENING_LIST, _OPENING_DETOUR, _FROM_TO)
    for hit in (h for pattern in patterns for h in pattern.finditer(text)):
        first = hit.group(1)
        for n in range(len(first.split(" ")), 0, -1):
            name = " ".join(first.split(" ")[:n])
            anchors = _towns(name, frozenset({"city"}), other_names=hit.re is _FROM_TO)
            if not anchors or not _lone(doc, ents, people, hit.start(1), name):
                continue
            others = [
                _near_name(doc, ents, people, hit.start(k), hit.group(k), anchors, from_end=False)
                for k in range(2, len(hit.groups()) + 1)
            ]
            if all(others) or (any(others) and _counted_as_towns(doc, hit)):
                out += [(hit.start(1), hit.start(1) + len(name))]
                out += [span for spans in others for span in spans]
                break
    return out


def _counted_as_towns(doc: Doc, hit: re.Match[str]) -> bool:
    """Whether an opening list's sentence goes on to count its names as towns ("the three
    select boards"): then the first and those of the others near it are towns."""
    if hit.re is not _OPENING_LIST:
        return False
    sent = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
    if sent is None:
        return False
    end = sent.sent.end_char
    return _COUNTED_AS_TOWNS.search(text_of(doc), hit.end(), end) is not None


def _towns(name: str, kinds: frozenset[str], other_names: bool = False) -> list[Candidate]:
    """The gazetteer's places of ``kinds`` by that very name (or, with ``other_names``, by
    another spelling too: "Fnideq" for Fnidek) of :data:`NEIGHBOUR_POP` or more."""
    best = ALTERNATE if other_names else OFFICIAL
    return [
        c
        for c in gazetteer().lookup(name)
        if c.kind in kinds and c.quality <= best and c.pop >= NEIGHBOUR_POP
    ]


def _near_name(
    doc: Doc,
    ents: list[Span],
    people: People,
    start: int,
    words: str,
    anchors: list[Candidate],
    from_end: bool,
) -> list[tuple[int, int]]:
    """The longest run of ``words`` (its tail with ``from_end``, where only a sentence's first
    word may be left off; else its head) that is a town near one of ``anchors``."""
    text = text_of(doc)
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        kept = parts[len(parts) - n :] if from_end else parts[:n]
        name = " ".join(kept)
        at = start + len(words) - len(name) if from_end else start
        if from_end and n < len(parts) and (n < len(parts) - 1 or not opens_sentence(text, start)):
            continue  # only an opening word may be dropped: "Police Chief Bryan" is a person
        if not _lone(doc, ents, people, at, name):
            continue
        towns = _towns(name, frozenset({"city"}))
        if any(km(t, a) <= NEIGHBOUR_KM for t in towns for a in anchors):
            return [(at, at + len(name))]
    return []


def _lone(doc: Doc, ents: list[Span], people: People, start: int, name: str) -> bool:
    """Whether ``name`` at ``start`` stands alone: no capitalised word runs on either side of
    it (but a sentence's first word), no entity but a place or a title or organisation NER
    made of the list reaches beyond it, no demonym, and no person of the story bears it
    (``people``: those of all of ``ents``)."""
    span = doc.char_span(start, start + len(name))
    if span is None or POSITIONAL.match(name):
        return False
    text = text_of(doc)
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and not opens_sentence(text, before.start()):
        return False
    if re.match(r" [A-Z]", text[span.end_char : span.end_char + 2]):
        return False  # "Richland Hospital"
    for e in overlapping(ents, span.start, span.end):
        beyond = e.start < span.start or e.end > span.end
        if beyond and e.label_ not in _LIST_LABELS:
            return False
    others = _people_but(ents, people, span)
    if name in others.surnames or name in others.given:
        return False
    return acceptable(span, others, any_tag=True)


def _people_but(ents: list[Span], people: People, span: Span) -> People:
    """The story's people (``people``: those of all of ``ents``) less a person NER made of
    exactly ``span``: only NER's persons make them, so dropping any other entity changes
    nothing, and the story's are not read again."""
    exact = (span.start, span.end)
    if not any(
        e.label_ == "PERSON" and (e.start, e.end) == exact
        for e in overlapping(ents, span.start, span.end)
    ):
        return people
    return named_people([e for e in ents if (e.start, e.end) != exact])


# Entities NER makes of a whole list of towns ("Gisborne and Wairoa" as a title of a work).
_LIST_LABELS = frozenset({"GPE", "LOC", "FAC", "WORK_OF_ART", "ORG"})
