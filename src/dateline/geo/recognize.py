"""Find place mentions in a parsed document.

Three sources, in order of trust: facility patterns ("Pabrade Training Area", "Fort Bragg"),
gazetteer matches for names NER misses or mislabels (countries, admin units, regions, seas and
large cities, matched longest-first, also inside organisation names such as "Kentucky State
Police", marked ``within``), and spaCy's GPE/LOC/FAC entities. Demonyms ("Lithuanian
soil"), stop words ("Us") and the surnames of people named in full are not places.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from dateline.geo.gazetteer import ALTERNATE, Candidate, gazetteer
from dateline.geo.resolve import (
    Mention,
    abbreviation_like,
    container_candidates,
    find_container,
    inside,
    part_of,
)
from dateline.nlp import text_of

__all__ = ["DATELINE", "FACILITY", "dateline_span", "find_mentions"]

FACILITY = re.compile(
    r"\b(?:(?:Fort|Camp|Naval Station|Joint Base)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|(?:[A-Z][\w'-]+\s+){1,3}(?:Training Area|Training Ground|Training Range|Firing Range"
    r"|Air Base|Airbase|Air Force Base|Naval Base|Military Base|Army Base|Airfield"
    r"|International Airport|Airport))\b"
)
STRONG_KINDS = {"country", "continent", "region", "sea", "lake", "landmark", "admin1"}
BIG_CITY = 100_000
MAX_WORDS = 5
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
    "upon",
    "on",
}
NER_LABELS = {"GPE", "LOC", "FAC"}
# Admin-1 names that are also plain descriptors: inside "Central Bank" or "Lakes District Health
# Board" they describe, they do not place.
_DESCRIPTOR = re.compile(
    r"^(?:(?:North|South)(?:east|west)?|East|West|(?:North|South|East|West)ern|Central|Centre"
    r"|Capital|Islands|Lakes|Delta|Oriental|Plateau|Coast|Littoral)$",
    re.I,
)
# Unit words that make a county-level name unmistakable ("Fulton County", "Orleans Parish").
# ("Co." is left out: "Jones Co." is more often a company.)
UNIT_WORDS = {"county", "parish", "borough"}
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# An all-capitals place name opening the text, then an optional ", State" and "(Agency)", then a
# dash or colon: the dateline.
DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?=(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\([A-Za-z. ]+\)\s*)?(?:--|[-\u2013\u2014:])\s)"
)
BLOCKING = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"}


def find_mentions(doc: Doc) -> list[Mention]:
    """Place mentions in ``doc``, non-overlapping, in text order."""
    text = text_of(doc)
    taken = [False] * (len(text) + 1)
    mentions: list[Mention] = []

    def add(start: int, end: int, hint: str | None = None, within: str | None = None) -> None:
        if start >= end or any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        mentions.append(Mention(start, end, text[start:end], kind_hint=hint, within=within))

    for m in FACILITY.finditer(text):
        add(m.start(), m.end(), "facility")
    dateline = dateline_span(text)
    if dateline is not None:
        add(*dateline, "dateline")
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    surnames = _surnames(ents)
    for start, end, within in _gazetteer_matches(doc, ents, surnames):
        add(start, end, within=within)
    for ent in ents:
        if ent.label_ in NER_LABELS:
            span = _trim(ent)
            if span is not None and _plausible(span, surnames):
                add(span.start_char, span.end_char)
    for m in list(mentions):
        # The state of "Barrie, Ont." is a place too, even when NER reads it as a name.
        container = find_container(text, m.end, m.start)
        if container is not None and _contains(text, m, container):
            add(*container)
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        m.container = find_container(text, m.end, m.start)
    return mentions


def _contains(text: str, m: Mention, container: tuple[int, int]) -> bool:
    """Whether some reading of ``m`` lies inside some reading of the container span."""
    outer = container_candidates(text, container)
    cands = gazetteer().lookup(m.text)
    return any(inside(c, o) for c in cands for o in outer)


def dateline_span(text: str) -> tuple[int, int] | None:
    """The place of a news dateline ("MARIETTA --", "SPRINGFIELD, Ill. (AP) -"): a town of any
    size, since the story is filed from it."""
    m = DATELINE.match(text)
    if m is None:
        return None
    cands = gazetteer().lookup(m.group(1))
    if not any(c.kind in ("city", "admin1", "admin2", "country") for c in cands):
        return None
    return m.span(1)


def _trim(ent: Span) -> Span | None:
    """Drop a leading "the" and trailing punctuation from an entity span."""
    start, end = ent.start, ent.end
    while start < end and (ent.doc[start].lower_ == "the" or ent.doc[start].is_punct):
        start += 1
    while end > start and ent.doc[end - 1].is_punct and ent.doc[end - 1].text != ".":
        end -= 1
    return ent.doc[start:end] if end > start else None


def _surnames(ents: list[Span]) -> set[str]:
    """Last names of people named in full: a later bare "Jordan" is then the person."""
    return {
        ent[-1].text
        for ent in ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].is_title
        and not _SPACED_DASH.search(ent.text)  # "Trump - Wisconsin" is no name
    }


def _plausible(span: Span, surnames: set[str]) -> bool:
    gaz = gazetteer()
    if gaz.demonym(span.text) is not None:
        return False
    if len(span) == 1 and span.text in surnames:
        return False
    if all(t.is_stop for t in span) and not span.text.replace(".", "").isupper():
        return False
    # "In B.C., ..." tagged GPE is British Columbia; "North Dallas" is part of Dallas.
    dotted = span.text.endswith(".") and abbreviation_like(span.text)
    return bool(gaz.lookup(span.text, dotted) or part_of(span.text))


def _blocked(
    ents: list[Span], start: int, end: int, big_name: bool = False, unit_name: bool = False
) -> tuple[bool, str | None]:
    """(blocked, organisation): blocked when the span overlaps a non-place entity that it does
    not contain ("Tobruk" in "Tobruk Legacy").

    A strong name that is exactly a mislabelled entity ("Russian Federation" as ORG) or that
    contains one ("Baltic nations" around NORP "Baltic") is still a place, and so is a big
    city or country's own name mislabelled NORP ("Aleppo"), unless it reads as an adjective.
    A country, admin unit or big city inside an organisation's name ("Kentucky State Police",
    "University of Manitoba") is a place too, returned with the organisation's name.
    """
    within = None
    for ent in ents:
        if ent.end <= start or ent.start >= end or ent.label_ not in BLOCKING:
            continue
        if _SPACED_DASH.search(ent.text):
            continue  # two names run together across a dash ("Trump - Wisconsin")
        span = _trim(ent) or ent
        inside = span.start >= start and span.end <= end
        exact = span.start == start and span.end == end
        if not inside:
            if ent.label_ == "ORG" and (big_name or unit_name):
                within = span.text
                continue
            return True, None
        if exact and ent.label_ == "NORP" and not (big_name and not _adjectival(span.text)):
            return True, None
    return False, within


def _gazetteer_matches(
    doc: Doc, ents: list[Span], surnames: set[str]
) -> list[tuple[int, int, str | None]]:
    """(start, end, organisation name it is part of or None) for each gazetteer match."""
    text = text_of(doc)
    out = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.is_title or tok.is_upper) or tok.is_punct or tok.like_num:
            i += 1
            continue
        hit = _longest(doc, text, ents, i, surnames)
        if hit is None:
            i += 1
            continue
        end, within = hit
        out.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text), within))
        i = end
    return out


def _longest(
    doc: Doc, text: str, ents: list[Span], i: int, surnames: set[str]
) -> tuple[int, str | None] | None:
    gaz = gazetteer()
    limit = i
    for j in range(i, min(len(doc), i + MAX_WORDS)):
        t = doc[j]
        if j > i and not (t.is_title or t.is_upper or t.lower_ in JOINERS or t.text == "-"):
            break
        if t.is_punct and t.text not in "-.":
            break
        limit = j + 1
    for end in range(limit, i, -1):
        span = doc[i:end]
        if span[-1].lower_ in {"of", "and", "-", "el", "al", "de", "la"}:
            continue
        if not _acceptable(span, surnames):
            continue
        cands = gaz.lookup(span.text)
        if span[0].lower_ == "the" and not any(_the_name(c.name) for c in cands):
            continue  # "The Kremlin said": the place is "Kremlin" (but "The Hague")
        strong = any(
            c.quality <= ALTERNATE
            and (c.kind in STRONG_KINDS or (c.kind == "city" and c.pop >= BIG_CITY))
            for c in cands
        )
        county = _county(span, cands)
        if not strong:
            strong = county or _paired(text, span.start_char, span.end_char, cands)
        big = any(
            (c.quality == 0 and c.kind == "city" and c.pop >= BIG_CITY)
            or (c.quality <= ALTERNATE and c.kind == "country")  # "U.S.", "Britain"
            for c in cands
        )
        unit = county or (
            not _DESCRIPTOR.match(span.text)
            and any(c.quality == 0 and c.kind == "admin1" for c in cands)
        )
        if strong:
            blocked, within = _blocked(ents, span.start, span.end, big, unit)
            if not blocked:
                return end, within
    return None


def _the_name(name: str) -> bool:
    return name.lower().startswith("the ")


def _county(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """ "Cook County", "Fulton Co.", "Orleans Parish": an admin-2 unit named with its unit word
    is a place however small (local news names counties constantly)."""
    return (
        len(span) > 1
        and span[-1].lower_ in UNIT_WORDS
        and any(c.kind == "admin2" and c.quality <= ALTERNATE for c in cands)
    )


def _adjectival(text: str) -> bool:
    """ "Baltic", "Kurdish", "Coptic": NORP words that name a people or style, not a place."""
    return text.lower().endswith(("ic", "ish", "ian", "ese", "ean", "an", "i"))


def _paired(text: str, start: int, end: int, cands: tuple[Candidate, ...]) -> bool:
    """A town of any size counts when a state or country that contains it follows it."""
    container = find_container(text, end, start)
    if container is None:
        return False
    outer = container_candidates(text, container)
    return any(c.quality == 0 and inside(c, o) for c in cands for o in outer)


def _acceptable(span: Span, surnames: set[str]) -> bool:
    if gazetteer().demonym(span.text) is not None:
        return False
    if len(span) == 1:
        tok = span[0]
        if tok.text in surnames or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
        if tok.is_stop and not tok.is_upper:
            return False
    return True
