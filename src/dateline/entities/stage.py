"""The entities stage: spaCy NER, corrected, merged into entities, titled and actor-coded."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dateline.entities._norm import key
from dateline.entities.coding import code_phrase
from dateline.entities.kb import Code, Entry, kb
from dateline.entities.mentions import Mention, collect_mentions
from dateline.entities.merge import cluster
from dateline.entities.titles import attach_titles, role_mentions
from dateline.records import Actor, Entity, Span

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = ["build_entities", "run"]

_TYPE_ORDER = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT")


def _name(group: list[Mention], entry: Entry | None) -> str:
    """The fullest written form; the table's full name when the text gives only a surname."""
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


def _type(group: list[Mention]) -> str:
    labels = [m.label for m in group if not m.role] or [m.label for m in group]
    return max(set(labels), key=lambda lb: (labels.count(lb), -_TYPE_ORDER.index(lb)))


def _entry(group: list[Mention], etype: str) -> Entry | None:
    for m in group:
        if m.entry is not None and (etype != "GPE" or m.entry.kind == "country"):
            return m.entry
    for m in group:
        if m.entry is not None:
            return m.entry
    base = kb()
    for m in sorted(group, key=lambda m: -len(m.text)):
        if m.role:
            continue
        hits = [e for e in base.lookup(m.key) if etype != "PERSON" or e.kind == "person"]
        if hits:
            return hits[0]
    if etype == "PERSON" and all(" " not in m.text for m in group if not m.role):
        people = base.by_surname(key(group[0].text))
        if len(people) == 1:
            return people[0]
    return None


def _from_code(code: Code | None, sector_default: str | None = None) -> Actor | None:
    if code is None or (not code.country and not code.sectors):
        return None
    return Actor(country=code.country or None, sector=code.sector or sector_default)


def _code_person(group: list[Mention], entry: Entry | None, when: date | None) -> Actor | None:
    code = entry.code(when) if entry is not None else None
    titled = next((m for m in group if m.title), None)
    country = code.country if code and code.country else None
    sector = code.sector if code else None
    if titled is not None and (country is None or sector is None):
        tcode, tsector = code_phrase(titled.title or "", when)
        country = country or titled.title_country or (tcode.country if tcode else None) or None
        sector = sector or tsector
    if country is None and sector is None:
        return None
    return Actor(country=country, sector=sector)


def _code(group: list[Mention], etype: str, entry: Entry | None, when: date | None) -> Actor | None:
    if etype == "PERSON":
        return _code_person(group, entry, when)
    if entry is not None:
        code = entry.code(when)
        if entry.kind == "capital" and etype == "GPE":
            from dateline.entities.merge import is_metonymic  # noqa: F401 - documented below

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


def build_entities(doc, when: date | None) -> list[Entity]:
    """Entities of a parsed document, ids in order of first mention."""
    from dateline.entities.merge import is_metonymic

    mentions = collect_mentions(doc)
    attach_titles(doc, mentions)
    for m in mentions:
        if m.entry is not None and m.entry.kind == "capital" and is_metonymic(doc, m):
            m.notes.add("metonymic")
    roles = role_mentions(doc, mentions)
    entities = []
    for group in cluster(doc, mentions, roles):
        etype = _type(group)
        entry = _entry(group, etype)
        title = next((m.title for m in group if m.title), None)
        spans = sorted({(m.start, m.end) for m in group})
        entities.append(
            Entity(
                id=f"E{len(entities) + 1}",
                name=_name(group, entry),
                type=etype,
                mentions=[Span(start=s, end=e) for s, e in spans],
                title=title,
                actor=_code(group, etype, entry, when),
            )
        )
    return entities


def run(analysis: Analysis) -> None:
    """Append the article's entities (merged, titled, coded) to ``analysis.entities``."""
    doc = analysis.doc
    if doc is None or not len(doc):
        return
    analysis.entities.extend(build_entities(doc, analysis.published))
