"""Find place mentions in a parsed document.

Three sources, in order of trust: facility patterns ("Pabrade Training Area", "Fort Bragg"),
gazetteer matches for names NER misses or mislabels (countries, admin units, regions, seas and
large cities, matched longest-first, also inside organisation names such as "Kentucky State
Police", marked ``within``), and spaCy's GPE/LOC/FAC entities. Demonyms ("Lithuanian
soil"), stop words ("Us") and the surnames of people named in full are not places, nor are
names a place's name is written into (read on real news, eleventh session QA round): given
names after kinship nouns ("his wife, Tonya") or of a person named in full used as a subject
("Georgia skates"), names given to animals ("a turkey named Rose"), products and diseases
("the Phoenix pay system", "Molotov cocktails", "Marburg virus"), direction words that are
some country's admin-1 unit ("West", "the South", "Southern District of Ohio"), a big city's
one-word other name ("Mason", "RNS") and short capitals read as a word name ("BA").
A name ending in a landmark head noun is taken whole ("Rose Garden" is no Rose, Italy), and
towns listed after a found place are places even when NER missed them ("Decatur and
Champaign"). The tests for spans that carry a place's name but name no place live in
:mod:`~dateline.geo.nonplaces` (people, products, agencies, pets) and :mod:`~dateline.geo.sites`
(landmarks, longer feature names, churches' saints, titles of works).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.geo.candidates import (
    abbreviation_like,
    container_candidates,
    part_of,
    town_named,
)
from dateline.geo.containers import find_container
from dateline.geo.gazetteer import ALTERNATE, Candidate, gazetteer
from dateline.geo.mention import Mention, inside
from dateline.geo.nonplaces import (
    BIG_CITY,
    SPACED_DASH,
    STRONG_KINDS,
    People,
    acceptable,
    named_people,
    not_a_place,
)
from dateline.geo.sites import (
    feature_tail,
    landmark_names,
    river_named,
    saint_of_church,
    title_of_work,
    with_feature_word,
)
from dateline.nlp import text_of

__all__ = ["DATELINE", "FACILITY", "dateline_span", "find_mentions"]

FACILITY = re.compile(
    r"\b(?:(?:Fort|Camp|Naval Station|Joint Base)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|(?:[A-Z][\w'-]+\s+){1,3}(?:Training Area|Training Ground|Training Range|Firing Range"
    r"|(?i:air base|airbase|air force base|naval base|military base|army base|airfield)"
    r"|International Airport|Airport))\b"
)
_COORDINATED = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})\b"
)
COORDINATED_KINDS = {"city", "admin1", "admin2", "country"}
LISTED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
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
    "do",  # "Rio Grande do Sul", "Mato Grosso do Sul"
    "dos",
    "das",
    "upon",
    "on",
    # Inside a longer name only ("Democratic Republic of the Congo", "People's Republic of
    # China"): without them the match stops short at another country's name.
    "the",
    "'s",
    "\u2019s",
}
NER_LABELS = {"GPE", "LOC", "FAC"}
# Joiners that never end a name.
_NO_LAST_WORD = frozenset(
    {"of", "and", "-", "el", "al", "de", "la", "the", "'s", "\u2019s", "do", "dos", "das"}
)
# Admin-1 names that are also plain descriptors: inside "Central Bank" or "Lakes District Health
# Board" they describe, they do not place.
_DESCRIPTOR_WORD = (
    r"(?:(?:North|South)(?:[ -]?(?:east|west))?|East|West|(?:North|South|East|West)ern|Central"
    r"|Centre"
    r"|Capital|Islands|Lakes|Delta|Oriental|Plateau|Coast|Littoral)"
)
_DESCRIPTOR = re.compile(rf"^{_DESCRIPTOR_WORD}$", re.I)
# Admin-1 names made of position words only ("West", "Far North", "Southern District", "the
# South"): Cameroon's, Israel's or Lebanon's units by name, but in running text a direction or
# the start of a longer name ("West Chester", "Far North Queensland"). Not found by name alone.
_POSITIONAL = re.compile(
    rf"^(?:Far |Upper |Lower |Extreme )?{_DESCRIPTOR_WORD}"
    r"(?: (?:District|Region|Province|Governorate|Department))?$",
    re.I,
)
# Unit words that make a county-level name unmistakable ("Fulton County", "Orleans Parish").
# ("Co." is left out: "Jones Co." is more often a company.)
UNIT_WORDS = {"county", "parish", "borough"}
_UNIT_NOUNS = frozenset({"province", "state", "region", "governorate", "prefecture", "oblast"})
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
    for start, end, known in landmark_names(text):
        if known:
            add(start, end)
        else:
            for i in range(start, end):
                taken[i] = True  # "Rose Garden", "Pennsylvania Avenue": no town or state
    dateline = dateline_span(text)
    if dateline is not None:
        add(*dateline, "dateline")
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    people = named_people(ents)
    for start, end, within in _gazetteer_matches(doc, ents, people):
        add(start, end, within=within)
    for ent in ents:
        if ent.label_ in NER_LABELS:
            span = _trim(ent)
            if span is not None and _plausible(span, people):
                add(span.start_char, span.end_char)
    for start, end in _named_as_town(doc, people):
        add(start, end)
    for m in list(mentions):
        # The state of "Barrie, Ont." is a place too, even when NER reads it as a name.
        container = find_container(text, m.end, m.start)
        if container is not None and _contains(text, m, container):
            add(*container)
    for m in list(mentions):
        for start, end in _coordinated(doc, ents, people, m):
            add(start, end)
    mentions = [with_feature_word(text, m) for m in mentions]
    mentions = [
        m
        for m in mentions
        if m is not None
        and not (
            feature_tail(text, m)
            or saint_of_church(text, m)
            or title_of_work(text, m)
            or river_named(text, m)
        )
    ]
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        m.container = find_container(text, m.end, m.start)
    return mentions


_AS_TOWN = re.compile(
    r"\b(?:town|city|village|hamlet|township|municipality|port) of "
    r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})"
)


def _named_as_town(doc: Doc, people: People) -> list[tuple[int, int]]:
    """ "the town of Camborne", "the port city of Malakal": a name the text calls a town is
    one when the gazetteer knows a town by that very name, whatever NER made of it."""
    text = text_of(doc)
    out = []
    for m in _AS_TOWN.finditer(text):
        words = m.group(1).split(" ")
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n])
            span = doc.char_span(m.start(1), m.start(1) + len(name))
            if span is None or not acceptable(span, people):
                continue
            if any(c.kind == "city" and c.quality == 0 for c in gazetteer().lookup(name)):
                out.append((span.start_char, span.end_char))
                break
    return out


def _coordinated(doc: Doc, ents: list[Span], people: People, m: Mention) -> list[tuple[int, int]]:
    """Towns listed after a found place ("toward Decatur and Champaign", "Marietta, Smyrna or
    Kennesaw"): a capitalised name the gazetteer knows by its own name as a town, unit or
    country, which NER missed or mislabelled, unless a person named in full, a surname of one,
    or another kind of entity covers it."""
    out = []
    text = text_of(doc)
    end = m.end
    while (nxt := _COORDINATED.match(text, end)) is not None:
        span = doc.char_span(nxt.start(1), nxt.end(1))
        if span is None or _POSITIONAL.match(span.text) or not acceptable(span, people):
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
    exactly on it is the small model's guess for a town in a list ("Parkes, Berry and Wyong")."""
    for e in ents:
        if e.end <= span.start or e.start >= span.end:
            continue
        exact = e.start == span.start and e.end == span.end
        if not exact or e.label_ not in LISTED_LABELS or (len(e) > 1 and e.label_ == "PERSON"):
            return True
    return False


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


def _plausible(span: Span, people: People) -> bool:
    gaz = gazetteer()
    if not any(c.isupper() for c in span.text) or not_a_place(span):
        return False  # "the dead swan" tagged LOC
    if gaz.demonym(span.text) is not None:
        return False
    if people.named(span):
        return False
    named = [c for c in gaz.lookup(span.text) if c.quality <= ALTERNATE]
    if _POSITIONAL.match(span.text) and all(c.kind == "admin1" for c in named):
        return False  # "the South", "the West": directions, not Lebanon's or Cameroon's units
    if all(t.is_stop for t in span) and not span.text.replace(".", "").isupper():
        return False
    # "In B.C., ..." tagged GPE is British Columbia; "North Dallas" is part of Dallas.
    dotted = span.text.endswith(".") and abbreviation_like(span.text)
    found = _case_fit(span.text, gaz.lookup(span.text, dotted))
    if found or part_of(span.text) or town_named(span.text):
        return True
    # "Menoufia": another spelling of a unit; resolution keeps it only in a country in context.
    return span.label_ == "GPE" and bool(gaz.by_skeleton(span.text))


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
        if SPACED_DASH.search(ent.text):
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
    doc: Doc, ents: list[Span], people: People
) -> list[tuple[int, int, str | None]]:
    """(start, end, organisation name it is part of or None) for each gazetteer match."""
    text = text_of(doc)
    out = []
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if not _capitalised(tok) or tok.is_punct or tok.like_num:
            i += 1
            continue
        hit = _longest(doc, text, ents, i, people)
        if hit is None:
            i += 1
            continue
        end, within = hit
        out.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1].text), within))
        i = end
    return out


def _capitalised(tok: Token) -> bool:
    """ "Vilnius", "NATO", and inner capitals too ("McAllen", "DeKalb", "KwaZulu")."""
    return tok.is_title or tok.is_upper or (tok.text[:1].isupper() and tok.text.isalpha())


def _longest(
    doc: Doc, text: str, ents: list[Span], i: int, people: People
) -> tuple[int, str | None] | None:
    gaz = gazetteer()
    limit = i
    for j in range(i, min(len(doc), i + MAX_WORDS)):
        t = doc[j]
        if j > i and not (_capitalised(t) or t.lower_ in JOINERS or t.text == "-"):
            break
        if t.is_punct and t.text not in "-.":
            break
        limit = j + 1
    for end in range(limit, i, -1):
        span = doc[i:end]
        if span[-1].lower_ in _NO_LAST_WORD:
            continue
        if not acceptable(span, people):
            continue
        cands = _case_fit(span.text, gaz.lookup(span.text))
        if span[0].lower_ == "the" and not any(_the_name(c.name) for c in cands):
            continue  # "The Kremlin said": the place is "Kremlin" (but "The Hague")
        # A big city's one-word other name ("Mason", "Media", "RNS", "Molotov") is more often a
        # person, word or acronym; its own name and longer other names ("Quebec City") count.
        positional = bool(_POSITIONAL.match(span.text))
        strong = any(
            c.quality <= ALTERNATE
            and (
                (c.kind in STRONG_KINDS and not (positional and c.kind == "admin1"))
                or (c.kind == "city" and c.pop >= BIG_CITY and (c.quality == 0 or len(span) > 1))
            )
            for c in cands
        )
        county = _county(span, cands)
        if not strong:
            strong = (
                county
                or _directional(span, cands)
                or _paired(text, span.start_char, span.end_char, cands)
            )
        big = any(
            (c.quality == 0 and c.kind == "city" and c.pop >= BIG_CITY)
            or (c.quality <= ALTERNATE and c.kind == "country")  # "U.S.", "Britain"
            for c in cands
        )
        unit = county or (
            not _DESCRIPTOR.match(span.text)
            and any(c.quality == 0 and c.kind == "admin1" for c in cands)
        )
        if strong and (_tail_of_place_name(span, ents, cands) or _company_named(span, ents, cands)):
            continue
        if strong:
            # "the Punjab province of Pakistan": NER's NORP "Punjab" is the unit it names.
            named_unit = unit and end < len(doc) and doc[end].lower_ in _UNIT_NOUNS
            blocked, within = _blocked(ents, span.start, span.end, big or named_unit, unit)
            if not blocked:
                return end, within
    return None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")


def _tail_of_place_name(span: Span, ents: list[Span], cands: tuple[Candidate, ...]) -> bool:
    """A word known only as another name ("Island": Iceland in Icelandic) inside a longer
    place entity NER found ("Plum Island") is part of that unknown name, not the other place."""
    if any(c.quality == 0 for c in cands):
        return False
    for e in ents:
        name = _trim(e) if e.label_ in NER_LABELS else None
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
    return any(e.label_ == "ORG" and e.start == span.start and e.end == span.end for e in ents)


def _case_fit(text: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Readings a short capitals token can have: "BA" (British Airways) is not Ba, Fiji; its
    readings as a code or abbreviation ("UK", "NYC") stay."""
    if _INITIALS.fullmatch(text):  # "the V.A." is not Wa (Ghana); "L.A." stays Los Angeles
        return tuple(c for c in cands if c.kind != "city" or c.pop >= BIG_CITY)
    if len(text) > 3 or not text.isupper() or not text.isalpha():
        return cands
    return tuple(c for c in cands if c.name.lower() != text.lower())


def _directional(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """ "South Charleston", "North Dallas", "West Kasai": a direction word before a known place
    names that town or part however small (the direction word alone is no place)."""
    if len(span) < 2 or not _POSITIONAL.match(span[0].text) or not span[1].is_title:
        return False
    if _POSITIONAL.match(span.text):
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
