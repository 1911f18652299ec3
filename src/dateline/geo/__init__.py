"""Stage `places`: finds place mentions and resolves them to GeoNames-backed coordinates.

``run(analysis)`` appends :class:`dateline.records.Place` records (offsets into
``analysis.text``); :func:`resolve` resolves caller-given spans, so resolution can be scored
apart from recognition. The gazetteer is a shipped SQLite file opened once per process.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from dateline.geo.gazetteer import OFFICIAL, Candidate
from dateline.geo.gazetteer import gazetteer as _gazetteer
from dateline.geo.home import check_home_country, home_from_url, story_home
from dateline.geo.mention import near
from dateline.geo.place_nouns import is_unlocated, unlocated
from dateline.geo.recognize import QUARTER_TO_TOWN, dateline_span, find_mentions
from dateline.geo.resolve import Mention, Resolution, find_container, resolve_mentions
from dateline.geo.revise import SUBURB_KM
from dateline.geo.school_towns import drop_unplaced_school_towns
from dateline.nlp import text_of
from dateline.records import Place

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dateline.pipeline import Analysis

__all__ = [
    "PLACES_KEY",
    "check_home_country",
    "document_places",
    "home_from_url",
    "resolve",
    "run",
    "story_home",
]

# Where the entities stage leaves this stage's reading of the document (``Analysis.scratch``),
# so the places are found and resolved once per article.
PLACES_KEY = "places"
# From a site's end to where its host town starts: ", Edmonton", " in Louisville".
_TO_HOST = re.compile(r"[ ,]*(?:in )?")
# Mentions placed at their host town's point, by hint, and the kind each then takes.
_HOSTED = {"site": "facility", "quarter": "neighbourhood"}


def run(analysis: Analysis) -> None:
    """Append this stage's records to the analysis."""
    doc = analysis.doc
    if doc is None or not analysis.text.strip():
        return
    found = analysis.scratch.pop(PLACES_KEY, None)
    places = found if isinstance(found, list) else document_places(doc, story_home(analysis))
    analysis.places.extend(places)


def document_places(doc: Doc, home_country: str | None = None) -> list[Place]:
    """Every place mention of a parsed document that resolves, in text order;
    ``home_country`` (ISO alpha-2, checked by the caller) is the story's home country from
    outside the text (:mod:`dateline.geo.home`)."""
    text = text_of(doc)
    found = find_mentions(doc)
    mentions = [m for m in found if m.kind_hint not in _HOSTED and not is_unlocated(m)]
    resolved = _resolve_facilities(text, mentions, home_country)
    results = _drop_stray_within(mentions, resolved)
    results = drop_unplaced_school_towns(mentions, results)
    places = [
        _with_own_article(text, _place(m, r))
        for m, r in zip(mentions, results, strict=True)
        if _listed(r)
    ]
    places += _hosted_sites(text, [m for m in found if m.kind_hint in _HOSTED], places)
    places += unlocated(found)  # announced by a place noun, not in the gazetteer
    return sorted(places, key=lambda p: p.start)


def _with_own_article(text: str, place: Place) -> Place:
    """The place with the capitalised "The" its own name opens with ("in The Pinery", "The
    Dalles": table 209) inside its span; NER and the gazetteer's keys leave the article out."""
    start = place.start - len("The ")
    if not place.name.startswith("The ") or start < 0 or text[start : place.start] != "The ":
        return place
    return place.model_copy(update={"start": start, "text": text[start : place.end]})


def _listed(r: Resolution | None) -> bool:
    """Whether a reading is listed among the story's places: rivers are read (they place the
    towns on them: "Paducah, on the Ohio River") but not listed, as news gazetteers and both
    development corpora leave them out (a river is no point; "the Peace River" is no town)."""
    return r is not None and r.candidate.kind != "river"


def _hosted_sites(text: str, sites: list[Mention], places: list[Place]) -> list[Place]:
    """Sites the gazetteer lacks, at the point of the town the story places them in ("Waterfront
    Park in Louisville"; "Whittier's Penn Park"), as facilities with no GeoNames id; a town's
    quarters ("the Tenderloin neighborhood of San Francisco") as neighbourhoods."""
    by_start = {p.start: p for p in places}
    by_end = {p.end: p for p in places}
    out = []
    for m in sites:
        to_town = QUARTER_TO_TOWN.match(text, m.end) or _TO_HOST.match(text, m.end)
        host = by_start.get(to_town.end())  # no copy of the text's tail
        if host is None and text[max(0, m.start - 3) : m.start].rstrip().endswith(
            ("'s", "\u2019s")
        ):
            host = by_end.get(m.start - 3)
        if host is None or host.kind not in ("city", "admin2", "facility"):
            continue
        known = _known_quarter(m, host)
        if known is not None:
            out.append(_place(m, Resolution(known, 0.0)))
        else:
            out.append(
                host.model_copy(
                    update={
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "name": m.text,
                        "geonameid": None,
                        "kind": _HOSTED[m.kind_hint or "site"],
                        "within": None,
                    }
                )
            )
    return out


def _known_quarter(m: Mention, host: Place) -> Candidate | None:
    """A quarter the gazetteer has near its town ("the Wembley district of London"): a town or
    district in its own right, so its own reading, not the town's point; a namesake far away
    (Englewood, N.J., for Chicago's) is another place."""
    if m.kind_hint != "quarter" or host.lat is None or host.lon is None:
        return None
    by_host = near(host, SUBURB_KM)
    known = [
        c
        for c in _gazetteer().lookup(m.text)
        if c.quality == OFFICIAL and c.kind in ("city", "admin2", "admin3") and by_host(c)
    ]
    return max(known, key=lambda c: c.pop, default=None)


def _drop_stray_within(
    mentions: list[Mention], results: list[Resolution | None]
) -> list[Resolution | None]:
    """A city or admin unit read inside an organisation's name stays only when it is placed in
    a country the article's other places name (or when there are none to judge by):
    "Louisville Metro Council" or "Wake Forest University" in a Kentucky story are not Metro
    (Indonesia) or Forest (Belgium or Ohio), nor "Northwestern University" an Icelandic region;
    "Kentucky State Police" there is Kentucky, and "Durham County Council" in a story of
    English towns no county of North Carolina. Country names inside names ("U.S. Senate")
    stay."""
    context = {r.candidate.cc for m, r in zip(mentions, results, strict=True) if r and not m.within}
    out: list[Resolution | None] = []
    for m, r in zip(mentions, results, strict=True):
        c = r.candidate if r is not None else None
        stray = (
            c is not None
            and m.within is not None
            and c.kind in ("city", "admin1", "admin2")
            and bool(context)
            and c.cc not in context
        )
        out.append(None if stray else r)
    return out


def resolve(
    text: str,
    spans: list[tuple[int, int]],
    published: date | str | None = None,
    *,
    home_country: str | None = None,
) -> list[Place | None]:
    """Resolve the given character spans of ``text`` together, one Place (or None) each.

    Demonyms resolve to their country here ("Turkish" -> Turkey), since the caller says the
    span is a place. ``published`` is accepted for interface stability; names are not dated.
    ``home_country`` (ISO 3166 alpha-2, e.g. "US") is the country the story is told from, when
    the caller knows it: it places only a name no other span, demonym or area code gives
    anything to place by (an unknown code is a ValueError).
    """
    del published
    home = check_home_country(home_country)
    mentions = []
    dateline = dateline_span(text)
    order = sorted(range(len(spans)), key=lambda k: spans[k])  # the passes read neighbours
    for start, end in (spans[k] for k in order):
        hint = "dateline" if (start, end) == dateline else None
        m = Mention(start, end, text[start:end], kind_hint=hint, demonym_ok=True)
        m.container = find_container(text, end, start)
        mentions.append(m)
    results = _resolve_facilities(text, mentions, home)
    places: list[Place | None] = [None] * len(spans)
    for k, m, r in zip(order, mentions, results, strict=True):
        places[k] = _place(m, r) if r is not None else None
    return places


def _resolve_facilities(
    text: str, mentions: list[Mention], home: str | None = None
) -> list[Resolution | None]:
    """Resolve mentions; a facility without its own entry takes its namesake's coordinates."""
    results = resolve_mentions(text, mentions, home)
    heads = []
    for i, (m, r) in enumerate(zip(mentions, results, strict=True)):
        if r is None and m.kind_hint == "facility":
            head = _facility_head(m)
            if head is not None:
                heads.append((i, head))
    if heads:
        context = [m for m, r in zip(mentions, results, strict=True) if r is not None]
        extra = resolve_mentions(text, context + [h for _, h in heads], home)[len(context) :]
        for (i, _), r in zip(heads, extra, strict=True):
            results[i] = r
    return results


def _facility_head(m: Mention) -> Mention | None:
    words = m.text.split()
    if words[0] in ("Fort", "Camp", "Naval", "Joint"):
        return None
    for n in range(len(words) - 1, 0, -1):
        name = " ".join(words[:n])
        if _gazetteer().lookup(name):
            return Mention(m.start, m.start + len(name), name, kind_hint="facility")
    return None


def _place(m: Mention, r: Resolution) -> Place:
    c = r.candidate
    facility = m.kind_hint == "facility" and _normalize_name(c.name) != _normalize_name(m.text)
    return Place(
        start=m.start,
        end=m.end,
        text=m.text,
        name=m.text if facility else c.name,
        lat=c.lat,
        lon=c.lon,
        geonameid=None if facility else c.geonameid,
        country=_gazetteer().alpha3(c.cc) if c.cc else None,
        kind="facility" if facility else c.kind,
        within=m.within,
    )


def _normalize_name(name: str) -> str:
    from dateline.geo.names import normalize

    return normalize(name)
