"""Helpers shared by test files (on the path through pytest's ``pythonpath`` setting, since the
suite imports test files in importlib mode, where they cannot import each other)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from spacy.tokens import Doc, Token

from dateline import extract
from dateline import nlp as _nlp
from dateline import time as times_stage
from dateline.config import Settings
from dateline.events.location import choose_place
from dateline.ingest import Article
from dateline.pipeline import STAGES, Analysis
from dateline.quotes import find_quotes
from dateline.records import Entity, Event, Place, Quote, Record

__all__ = [
    "assert_place_near",
    "dated_analysis",
    "event_place",
    "extract_record",
    "placed_analysis",
    "places_by_text",
    "places_in",
    "quote_triples",
    "quote_with",
    "quotes_in",
    "source_text",
    "speaker_name",
    "time_values",
    "token_named",
    "trigger_text",
    "with_fragment",
]


def extract_record(text: str, published: str) -> Record:
    """The whole pipeline's record of ``text``; fails the test on an error record."""
    rec = extract(text, published=published)
    assert isinstance(rec, Record), rec
    return rec


def trigger_text(rec: Record, ev: Event) -> str:
    return rec.text[ev.trigger.start : ev.trigger.end]


def quotes_in(
    parse: Callable[[str], Doc], text: str, entities: Iterable[Entity] = ()
) -> list[Quote]:
    """The quotes stage alone over a parse of ``text``."""
    return find_quotes(parse(text), list(entities))


def with_fragment(quotes: list[Quote], text: str, fragment: str) -> list[Quote]:
    """The quotes whose content contains ``fragment``."""
    return [q for q in quotes if fragment in text[q.content.start : q.content.end]]


def quote_with(record: Record, words: str) -> Quote:
    """The record's first quote whose content contains ``words``."""
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def speaker_name(record: Record, q: Quote) -> str | None:
    """The name of the entity ``q`` is resolved to, or None."""
    ent = next((e for e in record.entities if e.id == q.speaker), None)
    return ent.name if ent is not None else None


def quote_triples(record: Record) -> list[tuple[str, str | None, str | None]]:
    """(content, cue, source) text of each of the record's quotes."""
    text = record.text
    return [
        (
            text[q.content.start : q.content.end],
            text[q.cue.start : q.cue.end] if q.cue else None,
            source_text(text, q),
        )
        for q in record.quotes
    ]


def source_text(text: str, q: Quote) -> str | None:
    return text[q.source.start : q.source.end] if q.source else None


def places_in(text: str, published: str = "2019-05-09") -> list[Place]:
    """The places stage's readings of ``text`` (entities first, as the pipeline runs them)."""
    rec = extract(text, published=published, stages=["entities", "places"])
    assert isinstance(rec, Record), rec
    return list(rec.places)


def places_by_text(text: str) -> dict[str, Place]:
    """The readings of ``text`` by the words each was found on."""
    return {p.text: p for p in places_in(text)}


def assert_place_near(text: str, name: str, country: str, lat: float, lon: float) -> None:
    """``text`` has a place read on the words ``name``, in ``country``, within a degree of
    (``lat``, ``lon``)."""
    places = places_by_text(text)
    assert name in places, sorted(places)
    place = places[name]
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - lat) < 1.0 and abs(place.lon - lon) < 1.0


def time_values(text: str, published: str | None = "2017-05-10") -> list[tuple[str, str | None]]:
    """(text, normalised value) of each time expression the times stage finds in ``text``."""
    rec = extract(text, published=published, stages=["times"])
    assert isinstance(rec, Record), rec
    return [(t.text, t.value) for t in rec.times]


def people_mentions(record: Record) -> dict[str, list[str]]:
    """Each person entity's name and the text of its mentions."""
    text = record.text
    return {
        e.name: [text[m.start : m.end] for m in e.mentions]
        for e in record.entities
        if e.type == "PERSON"
    }


def entity_types(record: Record) -> dict[str, set[str]]:
    """The types the record gives each entity name."""
    out: dict[str, set[str]] = {}
    for e in record.entities:
        out.setdefault(e.name, set()).add(e.type)
    return out


def dated_analysis(parse: Callable[[str], Doc], text: str, published: date) -> Analysis:
    """``text`` parsed and through the times stage, as the events stage then sees it."""
    analysis = Analysis(
        article=Article(id="t", text=text),
        settings=Settings(),
        text=text,
        published=published,
        doc=parse(text),
    )
    times_stage.run(analysis)
    return analysis


def token_named(analysis: Analysis, word: str) -> Token:
    """The first token of the analysed text written ``word``."""
    assert analysis.doc is not None
    return next(t for t in analysis.doc if t.text == word)


def placed_analysis(text: str) -> Analysis:
    """``text`` parsed and through the entities and places stages, as event places see it."""
    settings = Settings(clean=False, check_language=False)
    an = Analysis(article=Article(id="t", text=text), settings=settings, text=text)
    an.doc = _nlp.load(settings.model)(text)
    STAGES["entities"](an)
    STAGES["places"](an)
    return an


def event_place(
    text: str, trigger: str, exclude: list[tuple[int, int]] | None = None
) -> str | None:
    """The text of the place chosen for the event whose trigger token is ``trigger``."""
    an = placed_analysis(text)
    got = choose_place(an, token_named(an, trigger), exclude or [])
    return None if got is None else got.text
