"""Typed records that stages exchange and that the JSON output serialises.

Every offset (``start``/``end``) indexes :attr:`Record.text`, the analysed text, except
:attr:`Removal.start`/``end`` which index the input as received (the text cleaning removed
no longer exists in ``Record.text``). The shapes are schema ``dateline/1``; adding an optional
field keeps the version, removing or renaming one bumps it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ArticleError",
    "Entity",
    "ErrorRecord",
    "Event",
    "EventParty",
    "Figure",
    "Integrity",
    "Place",
    "Quote",
    "Record",
    "Removal",
    "Signal",
    "Span",
    "Time",
]

SCHEMA_VERSION = "dateline/1"

PublishedSource = Literal["given", "inferred", "none"]
QuoteKind = Literal["direct", "indirect", "mixed"]
EventStatus = Literal["asserted", "planned", "considered", "hypothetical", "negated", "historical"]
TimeKind = Literal["date", "duration", "set"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A half-open character range ``[start, end)`` of the analysed text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Removal(_Model):
    """A piece of the input that cleaning dropped, with why (offsets index the input)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    reason: str


class Actor(_Model):
    """PLOVER-style actor code: a country (ISO alpha-3 or IGO/NGO...) and a sector."""

    country: str | None = None
    sector: str | None = None


class Entity(_Model):
    """One real-world thing, with every mention of it merged."""

    id: str
    name: str
    type: str
    mentions: list[Span]
    title: str | None = None
    actor: Actor | None = None


class Quote(_Model):
    """A reported statement, with the text that cues it and who said it."""

    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    anonymous: bool = False
    # The quoted pieces when the content is interrupted by its attribution
    # ('"A," she said. "B."': content spans both, parts are "A" and "B"); None when whole.
    parts: list[Span] | None = None
    # True when the report gives someone's words (a quotation, "according to", a verb or noun of
    # saying); False for a belief, fear, wish, perception or decision that PolNeAR counts as
    # attribution ("fear that ...", "is expected to", "approved"); None when no cue says.
    spoken: bool | None = None


class Place(_Model):
    """A place mention resolved to coordinates (``geonameid`` when GeoNames has one)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    country: str | None = None
    kind: str
    within: str | None = None
    """The organisation name the mention is part of ("Kentucky State Police"): the place says
    where that body is, not where something happened."""


class Time(_Model):
    """A time expression normalised against the reference date (TIMEX3-style ``value``)."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: str | None = None
    start_date: str | None = None
    end_date: str | None = None
    kind: TimeKind = "date"
    mod: str | None = None


class EventParty(_Model):
    """The actor or recipient of an event: an entity (if known) and its code."""

    entity: str | None = None
    text: str
    country: str | None = None
    sector: str | None = None


class Event(_Model):
    """One PLOVER event with its evidence, status and who reports it."""

    id: str
    type: str
    mode: str | None = None
    actor: EventParty | None = None
    recipient: EventParty | None = None
    place: Place | None = None
    time: Time | None = None
    status: EventStatus = "asserted"
    attributed_to: str | None = None
    trigger: Span
    sentence: Span
    confidence: float = Field(ge=0.0, le=1.0)


class Signal(_Model):
    """A warning sign about the article's integrity, anchored in the text."""

    kind: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    detail: str
    strength: float | None = Field(default=None, ge=0.0, le=1.0)


class Figure(_Model):
    """A number the article states, read as a claim: what it measures, when, and who says so."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    kind: str
    unit: str | None = None
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    time: str | None = None
    measures: str | None = None
    claimed_by: str | None = None
    named_source: bool = False


class Integrity(_Model):
    """Article-level trust report: a score, the reasons behind it, counts per signal kind."""

    score: float = Field(ge=0.0, le=1.0)
    reasons: list[str] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    named_event_share: float | None = None
    named_figure_share: float | None = None
    contradictions: list[dict] = Field(default_factory=list)


class Record(_Model):
    """Everything dateline extracted from one article."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["dateline/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    published_source: PublishedSource = "none"
    text: str
    removed: list[Removal] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    signals: list[Signal] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    integrity: Integrity | None = None

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)


class ArticleError(_Model):
    """Why an article could not be analysed: a stable ``code`` and a readable ``reason``."""

    code: str
    reason: str


class ErrorRecord(_Model):
    """The record emitted in place of :class:`Record` when an article fails."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["dateline/1"] = Field(default=SCHEMA_VERSION, alias="schema")
    id: str
    error: ArticleError

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)
