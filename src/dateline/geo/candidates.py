"""The gazetteer readings a mention may take, and their document-free prior score.

Generation (exact names, unit words, legal town forms, directional parts, other spellings) and
the pruning of readings the name alone rules out, before any context weighs in.
"""

from __future__ import annotations

import math
import re
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

from dateline.geo.gazetteer import ABBREV, ALTERNATE, OFFICIAL, WEAK, Candidate, gazetteer
from dateline.geo.mention import Mention
from dateline.geo.names import normalize
from dateline.geo.unit_population import with_unit_population

__all__ = [
    "ADMIN_KINDS",
    "LOWER_COUNTY_AFTER",
    "NAMESAKE_SHARE",
    "SIZEABLE",
    "UNIT_WORD",
    "WATER_KINDS",
    "abbreviation_like",
    "base_score",
    "container_candidates",
    "given_name",
    "lower_case_county",
    "mention_candidates",
    "namesake_city",
    "official_bearer",
    "own_towns",
    "part_of",
    "spelled_alike",
    "spelled_otherwise",
    "top_reading",
    "town_named",
    "with_unit_word",
]

ADMIN_KINDS = ("admin1", "admin2")
# Waters a town may be named after or lie on.
WATER_KINDS = frozenset({"river", "lake", "bay"})

KIND_PRIOR = {
    "country": 4.0,
    "continent": 4.0,
    # Hand-table entries carry no population; their prior stands for a well-known name.
    "region": 9.0,
    "sea": 9.0,
    "lake": 9.0,
    "river": 9.0,
    "bay": 9.0,
    "bloc": 9.0,
    "landmark": 9.0,
    "admin1": 1.0,
    "admin2": -0.5,
    "city": 0.0,
}
QUALITY_PENALTY = {0: 0.0, ALTERNATE: -0.7, WEAK: -2.5, ABBREV: -0.5}
CAPITAL_BONUS = 3.5
NAMESAKE_SHARE = 0.1
OFFICIAL_SHARE = 3.0
SPELLING_RATIO = 0.75
MAX_CANDIDATES = 60
# A sizeable city: a home country's namesake that outranks a world city ("London" in a
# Canadian story), or the city an "X-based" firm is based in.
SIZEABLE = 100_000
UNIT_WORD = re.compile(
    r"\s(?:County|Parish|Province|Oblast|Governorate|Prefecture|District|Region)$", re.I
)
# "Clare county", "Kerry county council": Irish and British papers write "county" after the
# name in lower case, where American ones write "Clare County" (a unit's name).
_LOWER_COUNTY = re.compile(r" county$")
# The same word after the name ("Kerry county council", "the Clare county town").
LOWER_COUNTY_AFTER = re.compile(r" county\b(?! [A-Z])")
# The countries that write it so.
LOWER_COUNTY_COUNTRIES = frozenset({"IE", "GB"})
_TOWN_WORD = re.compile(
    r"(?:(?:the\s+)?(?:City|Town|Village|Township|Borough)\s+of\s+(?P<a>.+))"
    r"|(?P<b>.+?)\s+(?:Township|Borough|Village|Town|City)",
    re.I,
)
# A part of a place named by direction or extent ("North Dallas", "East Jerusalem", "Greater
# Manchester", "northern Iraq"): when the whole is unknown, the place it is part of.
_PART_OF = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central"
    r"|greater|metro(?:politan)?|downtown|inner|outer)\s+(?=\S)",
    re.I,
)


def base_score(c: Candidate) -> float:
    """A reading's prior before any context: log population, kind, capital, name quality."""
    pop = math.log10(max(c.pop, 0) + 10)
    # A hand-table region given a population (an island a town shares its name with: Trinidad)
    # is weighed by it, so that a story's context can still choose the town.
    prior = 0.0 if c.kind == "region" and c.pop > 0 else KIND_PRIOR.get(c.kind, 0.0)
    score = pop + prior + QUALITY_PENALTY.get(c.quality, -1.0)
    if c.capital and c.quality == 0:
        score += CAPITAL_BONUS
    return score


def _unit_like(c: Candidate) -> bool:
    """An admin unit, or a region of one country, which may have been a unit once ("Rift
    Valley Province" after Kenya's 2013 counties)."""
    return c.kind in ADMIN_KINDS or (c.kind == "region" and bool(c.cc))


def abbreviation_like(text: str) -> bool:
    """ "Ky.", "B.C.", "NSW", "NY": forms that may name an admin unit by abbreviation (a
    two-capital span a caller or NER calls a place is a postal code more often than a word)."""
    compact = text.replace(".", "")
    return (text.endswith(".") and len(compact) <= 5) or (compact.isupper() and len(compact) >= 2)


def mention_candidates(m: Mention) -> list[Candidate]:
    gaz = gazetteer()
    dem = gaz.demonym(m.text) if m.demonym_ok else None
    if dem is not None:
        return [dem]
    unit = UNIT_WORD.search(m.text)
    if m.means is not None:
        cands = list(gaz.lookup(m.means))
        if unit and any(c.kind in ADMIN_KINDS for c in cands):
            cands = [c for c in cands if c.kind in ADMIN_KINDS]  # "Wexford County": no town
        return cands
    cands = list(gaz.lookup(m.text, abbreviation_like(m.text)))
    if unit and not cands:
        # "Akita Prefecture", "Karak district": the gazetteer knows the unit by its bare name;
        # or a region of one country that was such a unit ("Rift Valley Province").
        cands = [c for c in gaz.lookup(m.text[: unit.start()]) if _unit_like(c)]
    if unit and any(c.kind in ADMIN_KINDS for c in cands):
        cands = [c for c in cands if c.kind in ADMIN_KINDS]  # "Laurel County" is no town
    cands = lower_case_county(m.text) or cands
    if not cands:
        cands = town_named(m.text)
    if not cands:
        cands = part_of(m.text)
    if not cands:
        cands = census_place(m.text)
    cands = with_unit_population(_with_article(m.text, cands))
    cands.sort(key=base_score, reverse=True)
    return cands[:MAX_CANDIDATES]


def _with_article(text: str, cands: list[Candidate]) -> list[Candidate]:
    """ "The Woodlands Township": a name written with its capitalised "The" is the place whose
    own name has it (The Woodlands, Texas), where one has; the gazetteer's look-up drops the
    article, so it finds Woodlands, Singapore, too."""
    if not text.startswith("The "):
        return cands
    own = [c for c in cands if c.name.startswith("The ")]
    return own or cands


def lower_case_county(text: str) -> list[Candidate]:
    """An Irish or British county a name with "county" in lower case names, if one is on
    file ("the Clare county town" is County Clare, not Clare County, Mich.)."""
    lower = _LOWER_COUNTY.search(text)
    if lower is None:
        return []
    bare = text[: lower.start()]
    return [
        c
        for c in gazetteer().lookup(bare)
        if c.cc in LOWER_COUNTY_COUNTRIES
        and c.kind in ("admin1", "admin2")
        and c.quality == OFFICIAL
    ]


def town_named(text: str) -> list[Candidate]:
    """ "Cherry Hill Township", "Town of Hempstead", "Village of Pinehurst": when the whole is
    unknown, the towns of the bare name (local news names a town by its legal form)."""
    m = _TOWN_WORD.fullmatch(text)
    if m is None:
        return []
    return own_towns(m.group("a") or m.group("b"))


def census_place(name: str) -> list[Candidate]:
    """ "Simsbury", "MOAPA, Nev.": a US town the gazetteer knows only as the census place of its
    village centre, "Simsbury Center" or "Moapa Town", when it knows nothing by the bare name
    (a name: capitalised, never the empty span)."""
    if not name[:1].isupper():
        return []
    return [
        c for suffix in ("Center", "Town") for c in own_towns(f"{name} {suffix}") if c.cc == "US"
    ]


def own_towns(name: str) -> list[Candidate]:
    """The gazetteer's towns bearing that very name (their official name, not another)."""
    return [c for c in gazetteer().lookup(name) if c.kind == "city" and c.quality == OFFICIAL]


def named_so(name: str) -> bool:
    """Whether a town's own name is ``name`` as written, case, accents and periods aside ("St.
    Peter's", "Half Moon Bay"), not a name the lookup reached by its keys' variants."""
    key = normalize(name)
    return any(normalize(c.name) == key for c in own_towns(name))


def part_of(text: str) -> list[Candidate]:
    """Readings of the whole a directional part names ("North Dallas" -> Dallas), as weak names
    (context still decides): countries and cities, and admin units after a regional adjective
    ("northern Virginia"); "North X" and "Greater X" are parts of towns, not of states."""
    part = _PART_OF.match(text)
    if part is None:
        return []
    word = part.group().strip().lower()
    if re.match(r"(?:north|south|east|west)(?:ern)?\b", text[part.end() :], re.I):
        return []  # "North Eastern Province" is its own name, not part of "Eastern Province"
    regional = word.endswith(("ern", "central"))
    # A compass word before a province's or sea's name is its part too ("West Kasai",
    # "Western Pacific"), never only a town of that name; "Greater", "downtown" are parts of
    # towns.
    compass = word in ("north", "south", "east", "west")
    kinds = (
        ("country", "city", "admin1", "admin2", "sea")
        if regional
        else ("country", "city", "admin1", "sea")
        if compass
        else ("country", "city")
    )
    return [
        Candidate(**{**c.__dict__, "quality": max(c.quality, WEAK)})
        for c in gazetteer().lookup(text[part.end() :])
        if c.kind in kinds and c.quality <= ALTERNATE
    ]


def container_candidates(text: str, span: tuple[int, int]) -> list[Candidate]:
    """The country and admin readings of ``text[span]``, abbreviations included ("Ky."), the
    single-tier counties GeoNames files as towns ("Simcoe, Norfolk County": Ontario's), and
    the hand table's regions of one country ("Victoria, Gozo's capital", "Paradise, East Coast
    Demerara": blinds 373, 372)."""
    name = text[span[0] : span[1]]
    cands = gazetteer().lookup(name, abbrev=True)
    return [
        c
        for c in cands
        if c.kind in ("country", "admin1", "admin2")
        or (c.kind == "city" and c.name.endswith(" County"))
        or (c.kind == "region" and bool(c.cc))
    ]


def top_reading(cands: list[Candidate]) -> tuple[Candidate | None, float]:
    """The reading with the best prior and its lead over the next (5.0 when alone)."""
    if not cands:
        return None, 0.0
    scores = sorted((base_score(c) for c in cands), reverse=True)
    margin = scores[0] - scores[1] if len(scores) > 1 else 5.0
    return max(cands, key=base_score), margin


def namesake_city(cands: list[Candidate]) -> None:
    """Prefer a city over the admin unit named after it ("Aleppo", "Vilnius"), unless the unit
    dwarfs it (Quebec, Veracruz: a city with under a tenth of the unit's people), and over a
    foreign unit with fewer people than the city ("Manchester" is no Jamaican parish); a city
    known abroad by an exonym spelled like its own name counts against a foreign unit too
    ("Hanover" is Hannover before the Jamaican parish)."""
    big = [c for c in cands if c.kind == "city" and c.pop >= 50_000]
    cities = [c for c in big if c.quality == 0]
    exonyms = [c for c in big if c.quality == ALTERNATE and _exonym(c, cands)]
    if not cities and not exonyms:
        return
    for i, c in enumerate(cands):
        if c.kind not in ("admin1", "admin2"):
            continue
        if any(
            (
                k.cc == c.cc
                and (k.adm1 == c.adm1 or c.kind == "admin2")
                and k.pop >= NAMESAKE_SHARE * c.pop
            )
            or 0 < c.pop <= k.pop  # 0: size unknown (GB/IE counties), not small
            for k in cities
        ) or any(k.cc != c.cc and 0 < c.pop <= k.pop for k in exonyms):
            cands[i] = Candidate(**{**c.__dict__, "quality": WEAK})


def _exonym(city: Candidate, cands: list[Candidate]) -> bool:
    """Whether a city matched by another name is known by it as by its own, the name being
    spelled like its official one ("Hanover" for Hannover; not "Augusta" for Augsburg), judged
    by the official names of its namesakes."""
    names = {normalize(c.name) for c in cands if c.quality == 0}
    return any(spelled_alike(n, city.name) for n in names)


def spelled_alike(key: str, name: str) -> bool:
    """Whether a normalised name is spelled much like a gazetteer name (:data:`SPELLING_RATIO`)."""
    return SequenceMatcher(None, key, normalize(name)).ratio() >= SPELLING_RATIO


def official_bearer(cands: list[Candidate]) -> None:
    """Drop towns known by the name only as an other name ("Springfield" for Powder Springs,
    "Pittsburgh" for Pittsburg, California) when a city at least three times their size bears
    the name officially: a state named nearby should not pull the name to them."""
    official = [c.pop for c in cands if c.kind == "city" and c.quality == 0]
    if not official:
        return
    top = max(official)
    cands[:] = [
        c
        for c in cands
        if not (
            c.kind == "city" and c.quality == ALTERNATE and top >= OFFICIAL_SHARE * max(c.pop, 1)
        )
    ]


def spelled_otherwise(mentions: list[Mention], cand_lists: list[list[Candidate]]) -> None:
    """A name nothing matches may be another transliteration of an admin-1 unit or big city
    ("Menoufia" for Monufia, "Daqahliya" for Dakahlia): such readings are kept only in a
    country another name of the document clearly reads as, and spelled much like the reading's
    own name (skeletons alone match too much: "Kogelo" is no Kigali, "Swat" no "West")."""
    missing = [i for i, cands in enumerate(cand_lists) if not cands]
    if not missing:
        return
    countries = set()
    for cands in cand_lists:
        best, margin = top_reading(cands)
        if best is not None and best.cc and margin >= 1.5:
            countries.add(best.cc)
    gaz = gazetteer()
    for i in missing:
        key = normalize(mentions[i].text)
        cand_lists[i] = [
            c
            for c in gaz.by_skeleton(mentions[i].text)
            if c.cc in countries and spelled_alike(key, c.name)
        ]


def with_unit_word(name: str) -> list[Candidate]:
    """The admin-2 units of a bare name in "Fulton and DeKalb counties" ("Fulton County")."""
    gaz = gazetteer()
    found = [c for w in ("County", "Parish") for c in gaz.lookup(f"{name} {w}")]
    return sorted((c for c in found if c.kind == "admin2"), key=base_score, reverse=True)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    path = resources.files("dateline") / "data" / "geo" / "given_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def given_name(word: str) -> bool:
    """Whether ``word`` is a common given name (1990 US census lists, ``data/geo``): a town's
    name right after one is a person's surname ("golfer Brooke Henderson")."""
    return word.lower() in _given_names()
