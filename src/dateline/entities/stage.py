"""The entities stage: spaCy NER, corrected, merged into entities, titled and actor-coded."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from dateline.entities._norm import key
from dateline.entities.coding import PLACE_KINDS, code_phrase
from dateline.entities.kb import Code, Entry, kb
from dateline.entities.mentions import Mention, collect_mentions
from dateline.entities.merge import cluster
from dateline.entities.titles import attach_titles, countries_from_context, role_mentions
from dateline.records import Actor, Entity, Place, Span

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["build_entities", "run"]

_TYPE_ORDER = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT")


def _name(group: list[Mention], entry: Entry | None) -> str:
    """The fullest written form; the table's full name when the text gives only a surname,
    and a country's common name ("Russia" for "Russian Federation"), so that articles agree."""
    if group[0].label == "GPE" and entry is not None and entry.kind == "country":
        return entry.name
    named = [m for m in group if not m.role] or group
    if group[0].label == "GPE":
        countries = [m for m in named if m.entry is not None and m.entry.kind == "country"]
        named = countries or named
    if group[0].label in {"PRODUCT", "NORP", "EVENT"}:
        texts = [m.text for m in named]
        return max(texts, key=lambda t: (texts.count(t), -texts.index(t)))
    best = max(named, key=lambda m: (len(m.text.split()), len(m.text), -m.start))
    if entry is not None and entry.kind == "person" and " " not in best.text:
        return entry.name
    return best.text


def _named_apart(name: str, with_honorific: str | None) -> str:
    """A bare surname shared by two people of one story takes its honorific ("Mrs. Clinton");
    a full name the tables gave it ("Donald Trump" for "Mr. Trump") stays."""
    return with_honorific if with_honorific and " " not in name else name


def _type(group: list[Mention]) -> str:
    labels = [m.label for m in group if not m.role] or [m.label for m in group]
    return max(set(labels), key=lambda lb: (labels.count(lb), -_TYPE_ORDER.index(lb)))


def _entry(group: list[Mention], etype: str) -> tuple[Entry | None, str]:
    """The table entry for a group and how it was found: 'name' (the dictionary lists this
    very name), 'variant' (a differently written full name) or 'surname' (a bare surname)."""
    if any("product-name" in m.notes for m in group):
        return None, ""  # "the Phoenix pay system" is not Phoenix's
    for m in group:
        if m.entry is not None and (etype != "GPE" or m.entry.kind == "country"):
            return m.entry, "surname" if "surname" in m.notes else "name"
    for m in group:
        if m.entry is not None:
            return m.entry, "surname" if "surname" in m.notes else "name"
    base = kb()
    for m in sorted(group, key=lambda m: -len(m.text)):
        if m.role:
            continue
        hits = [e for e in base.lookup(m.key) if etype != "PERSON" or e.kind == "person"]
        if hits:
            return hits[0], "name"
    if etype != "PERSON":
        return None, ""
    full = [m for m in group if not m.role and " " in m.text]
    if full:
        found = base.person(max(full, key=lambda m: len(m.text)).key)
        return (found, "variant") if found is not None else (None, "")
    people = base.by_surname(key(group[0].text))
    return (people[0], "surname") if len(people) == 1 else (None, "")


def _title_fits(group: list[Mention], entry: Entry, when: date | None) -> bool:
    """Does a title written in the text agree with the dictionary person's code?"""
    code = entry.code(when)
    if code is None:
        return False
    for m in group:
        if not m.title:
            continue
        if m.title_country and m.title_country != code.country:
            return False
        tcode, tsector = code_phrase(m.title, when)
        tcountry = m.title_country or (tcode.country if tcode else "")
        if tcountry and tcountry != code.country:
            return False
        if tcountry == code.country or (tsector and tsector in code.sectors):
            return True
    return False


def _person_entry(
    group: list[Mention], when: date | None, countries: set[str]
) -> tuple[Entry | None, Actor | None]:
    """A dictionary person only where the text supports it.

    A name the dictionary lists is taken as is. A spelling variant needs its country named
    in the text or a fitting title. A bare surname ("Konovalov added") needs a fitting title
    to be that dictionary person; with only the person's country named somewhere in the text,
    it keeps that country and nothing else (no full name, no office).
    """
    entry, how = _entry(group, "PERSON")
    if entry is None or entry.kind != "person" or how == "name":
        return entry, None
    code = entry.code(when)
    if _title_fits(group, entry, when):
        return entry, None
    in_text = bool(code and code.country in countries)
    if how == "variant" and in_text:
        return entry, None
    if how == "surname" and in_text:
        return None, Actor(country=code.country if code else None, sector=None)
    return None, None


def _from_code(code: Code | None, sector_default: str | None = None) -> Actor | None:
    if code is None or (not code.country and not code.sectors):
        return None
    return Actor(country=code.country or None, sector=code.sector or sector_default)


def _code_person(group: list[Mention], entry: Entry | None, when: date | None) -> Actor | None:
    code = entry.code(when) if entry is not None else None
    titled = next((m for m in group if m.title), None)
    country = code.country if code and code.country else None
    sector = code.sector if code else None
    if titled is not None:
        # The article's own title is newer evidence than a dictionary's office dates.
        tcode, tsector = code_phrase(titled.title or "", when)
        country = country or titled.title_country or (tcode.country if tcode else None) or None
        # An apposition ("Obama, a lawyer,") may describe a past or side role: table first.
        sector = (sector or tsector) if "apposition" in titled.notes else (tsector or sector)
    if country is None and sector is None:
        return None
    return Actor(country=country, sector=sector)


def _code(group: list[Mention], etype: str, entry: Entry | None, when: date | None) -> Actor | None:
    if etype == "PERSON":
        return _code_person(group, entry, when)
    if entry is not None:
        code = entry.code(when)
        if entry.kind == "capital" and etype == "GPE":
            # A capital reaching here was used as a place, or only ever as its government.
            gov = all(m.notes & {"metonymic"} for m in group)
            return Actor(country=code.country, sector="GOV" if gov else None) if code else None
        if entry.kind in {"country", "demonym", "city"}:
            return Actor(country=code.country, sector=None) if code and code.country else None
        return _from_code(code)
    if etype in {"ORG", "NORP"}:
        from dateline.entities.coding import code_actor

        return code_actor(_name(group, None), when)
    return None


def _countries(mentions: list[Mention]) -> set[str]:
    """Countries the text names (countries, demonyms, capitals, cities)."""
    out = set()
    for m in mentions:
        if m.entry is not None and m.entry.kind in {"country", "demonym", "capital", "city"}:
            code = m.entry.code()
            if code and code.country:
                out.add(code.country)
    return out


_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _place_countries(places: list[Place], mentions: list[Mention]) -> None:
    """Set each place-typed mention's country as the places stage reads it in this document:
    "Virginia" beside US states is the state, not the South African town the actor table lists
    first; "Paris, Texas" is in the United States. Only names the places stage itself finds
    count ("the South" or a person NER calls a place get none)."""
    placed = [p for p in places if p.country]
    for m in mentions:
        if m.label in _PLACE_TYPES:
            hit = next((p for p in placed if p.start <= m.start and m.end <= p.end), None)
            m.place_country = hit.country if hit is not None else None


def _placed(actor: Actor | None, group: list[Mention], entry: Entry | None) -> Actor | None:
    """The actor of a place with the resolver's country where the table's differs or lacks
    one; a capital used for its government keeps its sector only if the country agrees. A
    table person or organisation NER called a place ("Obama") keeps the table's code."""
    found = [m.place_country for m in group if m.place_country]
    if not found or (entry is not None and entry.kind not in PLACE_KINDS):
        return actor
    country = Counter(found).most_common(1)[0][0]  # a tie goes to the first mention's
    if actor is not None and actor.country == country:
        return actor
    return Actor(country=country, sector=None)


def build_entities(doc, when: date | None, places: list[Place] | None = None) -> list[Entity]:
    """Entities of a parsed document, ids in order of first mention; ``places`` is the places
    stage's reading of the same document (computed here when not given)."""
    from dateline.entities.merge import honorific_names

    mentions = _read_mentions(doc, places)
    roles = role_mentions(doc, mentions)
    countries = _countries(mentions)
    entities = []
    groups = cluster(doc, mentions, roles)
    honorific = honorific_names(doc, groups)
    for i, group in enumerate(groups):
        ident = f"E{len(entities) + 1}"
        entities.append(_entity(group, when, countries, honorific.get(i), ident))
    return entities


def _entity(
    group: list[Mention],
    when: date | None,
    countries: set[str],
    honorific: str | None,
    ident: str,
) -> Entity:
    """The Entity of one cluster of mentions: its type, table entry, code, name and title."""
    etype = _type(group)
    if etype == "PERSON":
        entry, weak = _person_entry(group, when, countries)
    else:
        entry, weak = _entry(group, etype)[0], None
    actor = _code(group, etype, entry, when)
    if etype in _PLACE_TYPES:
        actor = _placed(actor, group, entry)
    if actor is None or (weak is not None and actor.country is None):
        actor = weak if actor is None else actor.model_copy(update={"country": weak.country})
    title = next((m.title for m in group if m.title), None)
    spans = sorted({(m.start, m.end) for m in group})
    return Entity(
        id=ident,
        name=_named_apart(_name(group, entry), honorific),
        type=etype,
        mentions=[Span(start=s, end=e) for s, e in spans],
        title=title,
        actor=actor,
    )


def _read_mentions(doc, places: list[Place] | None) -> list[Mention]:
    """The document's mentions with what the context tells of them: the places stage's
    countries, titles, countries named nearby, and capitals that stand for governments."""
    from dateline.entities.merge import is_metonymic

    mentions = collect_mentions(doc)
    if places is None and any(m.label in _PLACE_TYPES for m in mentions):
        from dateline.geo import document_places  # late: geo imports this package

        places = document_places(doc)
    _place_countries(places or [], mentions)
    attach_titles(doc, mentions)
    countries_from_context(doc, mentions)
    for m in mentions:
        if m.entry is not None and m.entry.kind == "capital" and is_metonymic(doc, m):
            m.notes.add("metonymic")
    return mentions


def run(analysis: Analysis) -> None:
    """Append the article's entities (merged, titled, coded) to ``analysis.entities``."""
    doc = analysis.doc
    if doc is None or not len(doc):
        return
    from dateline.geo import PLACES_KEY, document_places, story_home  # late: geo imports this

    places = document_places(doc, story_home(analysis))
    analysis.scratch[PLACES_KEY] = places  # the places stage reuses this reading
    analysis.entities.extend(build_entities(doc, analysis.published, places))
