"""Whether another entity blocks a gazetteer match, or the match lies inside an organisation.

"Tobruk" in "Tobruk Legacy" is part of a name, not the town; but "Kentucky" in "Kentucky State
Police" is the state, so a strong match inside an organisation's name is kept with that name.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from dateline.geo.nonplaces import SPACED_DASH, People, named_people
from dateline.geo.spans import trim

__all__ = ["BLOCKING", "UNIT_NOUNS", "blocked", "overlapping", "people_besides", "unit_noun_after"]

BLOCKING = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}


def blocked(
    ents: list[Span],
    start: int,
    end: int,
    big_name: bool = False,
    unit_name: bool = False,
    country_name: bool = False,
    paired: bool = False,
) -> tuple[bool, str | None]:
    """(blocked, organisation): blocked when the span overlaps a non-place entity that it does
    not contain ("Tobruk" in "Tobruk Legacy").

    A strong name that is exactly a mislabelled entity ("Russian Federation" as ORG) or that
    contains one ("Baltic nations" around NORP "Baltic") is still a place, and so is a big
    city or country's own name mislabelled NORP ("Aleppo"), unless it reads as an adjective.
    A country, admin unit or big city inside an organisation's name ("Kentucky State Police",
    "University of Manitoba") is a place too, returned with that name (a city only when
    something places it: not "Hewlett Packard Enterprise"), and so is a country
    inside an event's ("the Iraq war": gold corpora mark the war's country; not the "Gulf" of
    "the Gulf War", nor Geneva, Ill., for "the Geneva Convention"). A town ``paired`` with its
    state is no organisation's where NER reads the two as one ("Wainwright, Alta.").
    """
    within = None
    for ent in overlapping(ents, start, end):
        if ent.label_ not in BLOCKING:
            continue
        if SPACED_DASH.search(ent.text):
            continue  # two names run together across a dash ("Trump - Wisconsin")
        span = trim(ent) or ent
        inside = span.start >= start and span.end <= end
        exact = span.start == start and span.end == end
        if not inside:
            if paired and _town_and_state(span, start, end):
                continue
            if (
                ent.label_ == "ORG"
                and not (country_name or unit_name)
                and _surname_of(span, start, end)
            ):
                return True, None  # "Hewlett Packard Enterprise", "Wells Fargo": no city
            if (ent.label_ == "ORG" and (big_name or unit_name)) or (
                ent.label_ == "EVENT" and (country_name or _festival(span, big_name))
            ):
                within = span.text
                continue
            return True, None
        if exact and ent.label_ == "NORP" and not (big_name and not _adjectival(span.text)):
            if unit_name and (unit_noun_after(ent.doc, ent.end) or span[-1].text in _UNIT_WORDS):
                # "the Central Plateau and Artibonite regions", "the Rapides Parish town": the
                # unit itself
                continue
            return True, None
    return False, within


def overlapping(ents: list[Span], start: int, end: int) -> Iterator[Span]:
    """The entities among ``ents`` (NER's: in order and disjoint, so their ends are in order
    too) that overlap tokens ``start:end``, in order: found by binary search, since matching
    asks for each capitalised word of the text."""
    k = bisect_right(ents, start, key=lambda e: e.end)  # the first that ends after ``start``
    while k < len(ents) and ents[k].start < end:
        yield ents[k]
        k += 1


def people_besides(span: Span, people: People, ents: list[Span]) -> People:
    """The story's people less one NER made of ``span`` itself ("Palmerston North", "Ras al-Ain
    district" tagged a person): a frame or a place noun outweighs the tag there, a person named
    elsewhere does not. ``ents``: the doc's, listed once."""
    over = list(overlapping(ents, span.start, span.end))
    if not any(e.label_ == "PERSON" for e in over):
        return people
    return named_people([e for e in ents if not any(e is o for o in over)])


def _festival(event: Span, big_name: bool) -> bool:
    """ "the Venice International Film Festival", "the Boston Marathon": an event a big city
    hosts and names (seventeenth round); not a treaty, war or convention named after one."""
    return big_name and event[-1].lower_ in _HOSTED_EVENTS


_HOSTED_EVENTS = frozenset(
    {"festival", "marathon", "expo", "fair", "biennale", "carnival", "olympics", "games",
     "summit", "show", "week", "open"}
)  # fmt: skip


def _town_and_state(ent: Span, start: int, end: int) -> bool:
    """Whether an entity is just the town at tokens ``start:end``, a comma and a short state
    name ("Wainwright, Alta."), or "in" or "on" and the state holding it ("The council in
    Robe on South Australia's Limestone Coast", an organisation to NER: table 203)."""
    doc = ent.doc
    if ent.start != start or end >= ent.end or ent.end - end > 4:
        return False
    if doc[end].lower_ in ("in", "on"):
        return all(t.is_title or t.is_upper or t.tag_ == "POS" for t in doc[end + 1 : ent.end])
    if doc[end].text != ",":
        return False
    return all(t.is_title or t.is_upper or t.text == "." for t in doc[end + 1 : ent.end])


def _surname_of(org: Span, start: int, end: int) -> bool:
    """Whether a city's name at tokens ``start:end`` is the last word of a company's name of
    plain words ("Hewlett Packard Enterprise", "Wells Fargo"); a station's or agency's acronym
    places it ("CBC Toronto", "CDC Atlanta"), and so do "of", "in", "or" and place words
    ("Bank of Montreal", "Children's Village Malakal", "Upper Edmonton"), as do the sites that
    lie in the city ("Trump International Hotel Las Vegas")."""
    if org.end != end or start <= org.start:
        return False
    before = org.doc[org.start : start]
    return all(t.is_title and t.is_alpha for t in before) and before[-1].lower_ not in _PLACING


_PLACING = frozenset(
    {
        *("of", "in", "for", "at", "or", "and", "village", "city", "town", "county", "port"),
        *("greater", "upper", "lower", "north", "south", "east", "west", "central", "old"),
        *("new", "little", "great", "mount", "lake", "fort", "hotel", "casino", "resort"),
        *("hospital", "airport", "university", "college", "school", "center", "centre", "mall"),
        *("museum", "zoo", "stadium", "arena", "church", "cathedral", "park", "station"),
        *("downtown", "midtown", "uptown", "metro", "inner", "suburban"),
    }
)


# Unit nouns that make an NER "NORP" name before them the unit itself ("the Punjab province",
# "the Central Plateau and Artibonite regions"); matching reads the same list.
UNIT_NOUNS = frozenset(
    {
        *("region", "regions", "province", "provinces", "department", "departments"),
        *("state", "states", "governorate", "governorates", "district", "districts"),
        *("county", "counties", "prefecture", "prefectures", "oblast", "oblasts"),
    }
)


# A county's own unit word closing the name NER read as a people ("Rapides Parish": table 155).
_UNIT_WORDS = frozenset({"County", "Parish"})


def unit_noun_after(doc: Doc, end: int) -> bool:
    """Whether a unit noun follows token ``end - 1`` ("Artibonite regions")."""
    return end < len(doc) and doc[end].lower_ in UNIT_NOUNS


def _adjectival(text: str) -> bool:
    """ "Baltic", "Kurdish", "Coptic": NORP words that name a people or style, not a place."""
    return text.lower().endswith(("ic", "ish", "ian", "ese", "ean", "an", "i"))
