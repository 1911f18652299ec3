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
Champaign").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.entities.naming import ROYAL_TITLES, after_kin, before_product_noun
from dateline.geo.gazetteer import ALTERNATE, Candidate, Gazetteer, gazetteer
from dateline.geo.resolve import (
    Mention,
    abbreviation_like,
    container_candidates,
    find_container,
    inside,
    part_of,
    town_named,
)
from dateline.nlp import text_of

__all__ = ["DATELINE", "FACILITY", "dateline_span", "find_mentions"]

FACILITY = re.compile(
    r"\b(?:(?:Fort|Camp|Naval Station|Joint Base)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|(?:[A-Z][\w'-]+\s+){1,3}(?:Training Area|Training Ground|Training Range|Firing Range"
    r"|(?i:air base|airbase|air force base|naval base|military base|army base|airfield)"
    r"|International Airport|Airport))\b"
)
# Head nouns of sites named after people or things, which lie inside a town rather than being
# it ("Rose Garden", "Lincoln Park", "Pennsylvania Avenue"). Sites mostly named after their
# town are left to the other rules ("Brooklyn Bridge", "Denver Airport", "Seoul City Hall",
# "Dresden Zoo", "Auckland Museum", "Windsor Castle", "Mall of America").
LANDMARK = re.compile(
    r"\b(?:(?:St|Mt|Ft)\. |[A-Z][\w'\u2019-]* ){1,3}"
    r"(?:Gardens?|Square|Park|Street|Avenue|Road|Boulevard|Lane|Drive|Plaza|Memorial|Monument"
    r"|Cathedral|Church|Mosque|Synagogue|Temple|Theatre|Theater)\b"
)
_COORDINATED = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){0,2})\b"
)
COORDINATED_KINDS = {"city", "admin1", "admin2", "country"}
LISTED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"[\w-]+['\u2019]s? ")
STRONG_KINDS = {"country", "continent", "region", "sea", "lake", "landmark", "admin1"}
BIG_CITY = 100_000
# An admin-1 unit this small (or of unknown size: the "Phoenix" Islands) does not make a name
# before "pay system" a place.
SMALL_ADMIN1 = 10_000
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
    r"(?:(?:North|South)(?:east|west)?|East|West|(?:North|South|East|West)ern|Central|Centre"
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
_SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# An all-capitals place name opening the text, then an optional ", State" and "(Agency)", then a
# dash or colon: the dateline.
DATELINE = re.compile(
    r"\s*([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
    r"(?=(?:,\s*[A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s*(?:\([A-Za-z. ]+\)\s*)?(?:--|[-\u2013\u2014:])\s)"
)
# Nouns for places: "a town called Hope" is a place, "a turkey named Rose" is not.
PLACE_NOUNS = {
    *("town", "village", "city", "county", "area", "place", "region", "district", "island"),
    *("river", "lake", "street", "neighbourhood", "neighborhood", "settlement", "community"),
    *("hamlet", "suburb", "province", "state", "country", "township", "port", "valley"),
}
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
    for start, end, known in _landmark_names(text):
        if known:
            add(start, end)
        else:
            for i in range(start, end):
                taken[i] = True  # "Rose Garden", "Pennsylvania Avenue": no town or state
    dateline = dateline_span(text)
    if dateline is not None:
        add(*dateline, "dateline")
    ents = list(doc.ents)  # Doc.ents is rebuilt on every access
    people = _people(ents)
    for start, end, within in _gazetteer_matches(doc, ents, people):
        add(start, end, within=within)
    for ent in ents:
        if ent.label_ in NER_LABELS:
            span = _trim(ent)
            if span is not None and _plausible(span, people):
                add(span.start_char, span.end_char)
    for m in list(mentions):
        # The state of "Barrie, Ont." is a place too, even when NER reads it as a name.
        container = find_container(text, m.end, m.start)
        if container is not None and _contains(text, m, container):
            add(*container)
    for m in list(mentions):
        for start, end in _coordinated(doc, ents, people, m):
            add(start, end)
    mentions = [_with_feature_word(text, m) for m in mentions]
    mentions = [
        m
        for m in mentions
        if m is not None
        and not (_feature_tail(text, m) or _saint_of_church(text, m) or _title_of_work(text, m))
    ]
    mentions.sort(key=lambda m: m.start)
    for m in mentions:
        m.container = find_container(text, m.end, m.start)
    return mentions


_OPEN_QUOTE = ('"', "\u201c", "''", "\u2018")
_QUOTED_TITLE_REST = re.compile(r"(?:\s+[A-Z0-9][\w'-]*){1,4}[,.]?(?:''|\"|\u201d|\u2019)")
_TITLE_VERB = re.compile(r"\s+(?:Is|Are|Was|Were)\s+(?:the\s+|The\s+|a\s+|A\s+)?[A-Z]")


def _title_of_work(text: str, m: Mention) -> bool:
    """A place's name opening a title: a quoted title ("''Hawaii Five-0,'' the procedural")
    or one with a capitalised verb ("Orange Is the New Black"); not in the headline line,
    which news writes in title case."""
    if "\n" not in text[: m.start]:
        return False
    quoted = text[: m.start].endswith(_OPEN_QUOTE) and _QUOTED_TITLE_REST.match(text, m.end)
    return bool(quoted or _TITLE_VERB.match(text, m.end))


_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z][\w'-]+")
_CHURCH = r"(?:church|cathedral|chapel|basilica|parish|monastery|abbey|shrine|convent)"
_CHURCH_OF = re.compile(
    rf"\b{_CHURCH}\s+of\s+(?:the\s+)?(?:(?:St\.?|Saint)\s+[A-Z][\w'-]+\s+and\s+)?$", re.I
)
_CHURCH_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+and\s+(?:St\.?|Saint)\s+[A-Z][\w'-]+(?:['\u2019]s)?)?"
    rf"(?:\s+[A-Z][\w-]+){{0,3}}\s+(?i:{_CHURCH})\b"
)


def _saint_of_church(text: str, m: Mention) -> bool:
    """A saint a church is named for ("the church of St. Peter and St. Paul", "St. Mark's
    Coptic Orthodox Cathedral") is no town of the saint's name (Saint Peter, Minnesota)."""
    if not _SAINT.fullmatch(m.text):
        return False
    return bool(
        _CHURCH_OF.search(text, max(0, m.start - 60), m.start) or _CHURCH_AFTER.match(text, m.end)
    )


# Words that end a longer name of a feature ("Guantanamo Bay", "Tennessee Valley").
_FEATURE_WORDS = frozenset(
    {"bay", "valley", "river", "lake", "island", "islands", "harbor", "harbour", "creek",
     "beach", "falls", "springs", "gulf", "sea", "coast", "canyon", "peak", "mountain",
     "mountains", "hills", "cape", "sound", "strait", "point", "park", "forest", "desert"}
)  # fmt: skip
_NAME_BEFORE = re.compile(r"(?:^|\s)(?P<w>[A-Z][^\s,;:.!?]*)[ -]$")
_FUNCTION_WORDS = frozenset({"In", "At", "From", "To", "The", "On", "Of", "And", "For", "Near"})


_FEATURE_AFTER = re.compile(
    r"[ -](?:Beach|Park|Heights|Hills|Gardens|Springs|Falls|Bay|Point|Island|Creek|Lake|Harbou?r"
    r"|Grove|Ridge)\b"
)


def _with_feature_word(text: str, m: Mention) -> Mention | None:
    """A name right before a capitalised feature word heads a longer name: the whole when the
    gazetteer knows it ("Newport Beach", "Trinity Beach"), else no place at all ("Islington
    Bay" is not the Christchurch suburb Islington)."""
    after = _FEATURE_AFTER.match(text, m.end)
    if after is None or m.kind_hint is not None or m.within is not None:
        return m
    whole = text[m.start : after.end()]
    if any(c.quality == 0 for c in gazetteer().lookup(whole)):
        return Mention(m.start, after.end(), whole)
    return None


def _feature_tail(text: str, m: Mention) -> bool:
    """A lone feature word after a capitalised word is the tail of a longer name the gazetteer
    lacks ("Islington Bay", a garbled "GuantÃ¡namo Bay"), not the town or province "Bay"."""
    if m.text.lower() not in _FEATURE_WORDS or m.kind_hint is not None:
        return False
    before = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
    return before is not None and before["w"] not in _FUNCTION_WORDS


def _coordinated(doc: Doc, ents: list[Span], people: _People, m: Mention) -> list[tuple[int, int]]:
    """Towns listed after a found place ("toward Decatur and Champaign", "Marietta, Smyrna or
    Kennesaw"): a capitalised name the gazetteer knows by its own name as a town, unit or
    country, which NER missed or mislabelled, unless a person named in full, a surname of one,
    or another kind of entity covers it."""
    out = []
    text = text_of(doc)
    end = m.end
    while (nxt := _COORDINATED.match(text, end)) is not None:
        span = doc.char_span(nxt.start(1), nxt.end(1))
        if span is None or _POSITIONAL.match(span.text) or not _acceptable(span, people):
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


def _landmark_names(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, known) for names ending in a landmark head noun ("Rose Garden", "Lincoln
    Park", "Pennsylvania Avenue"): the whole names a site, mostly after a person or thing, so a
    place name at its start ("Rose", Italy; "Lincoln", Nebraska) is no mention. ``known``: the
    gazetteer knows the whole ("Central Park", "Tahrir Square", the town of "Oak Park"), or all
    but a sentence's first word ("Outside Tahrir Square, ...")."""
    out = []
    gaz = gazetteer()
    for m in LANDMARK.finditer(text):
        start, name = m.start(), m.group()
        if name.startswith("The "):
            start, name = start + 4, name[4:]
        if " " not in name:
            continue  # "The Church"
        known = _named_so(gaz, name)
        first, rest = name.split(" ", 1)
        # "Outside Tahrir Square, ...": a sentence's first word is capitalised anyway.
        opener = first.isalpha() and " " in rest and _sentence_start(text, start)
        if not known and opener and _named_so(gaz, rest):
            start, name, known = m.end() - len(rest), rest, True
        if not known:
            # "Whittier's Penn Park": the possessor is a place of its own; the site is the rest.
            cut = max((w.end() for w in _POSSESSIVE.finditer(name)), default=0)
            name = name[cut:]
            start = m.end() - len(name)
        if " " in name:
            out.append((start, m.end(), known))
    return out


def _named_so(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place's own or other name."""
    return any(c.quality <= ALTERNATE for c in gaz.lookup(name))


def _sentence_start(text: str, i: int) -> bool:
    """Whether ``text[i]`` opens the text, a line or a sentence (after spaces and quotes)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\"\u201c'\u2018":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


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


@dataclass(frozen=True)
class _People:
    """Words of the names of people named in full in the document."""

    surnames: frozenset[str]
    given: frozenset[str]

    def named(self, span: Span) -> bool:
        """A bare surname ("Jordan" after "Michael Jordan"), or a bare given name used as a
        person ("Georgia skates" after "Georgia Stevens"): the person, not the place."""
        if len(span) != 1:
            return False
        tok = span[0]
        if tok.text in self.surnames:
            return True
        return tok.text in self.given and tok.dep_ in {"nsubj", "nsubjpass", "poss"}


def _people(ents: list[Span]) -> _People:
    full = [
        ent
        for ent in ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and ent[-1].is_title
        and not _SPACED_DASH.search(ent.text)  # "Trump - Wisconsin" is no name
    ]
    return _People(frozenset(e[-1].text for e in full), frozenset(e[0].text for e in full))


def _plausible(span: Span, people: _People) -> bool:
    gaz = gazetteer()
    if not any(c.isupper() for c in span.text) or _not_a_place(span):
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
    doc: Doc, ents: list[Span], people: _People
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
    doc: Doc, text: str, ents: list[Span], i: int, people: _People
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
        if not _acceptable(span, people):
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
        if strong and _tail_of_place_name(span, ents, cands):
            continue
        if strong:
            blocked, within = _blocked(ents, span.start, span.end, big, unit)
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


def _case_fit(text: str, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """Readings a short capitals token can have: "BA" (British Airways) is not Ba, Fiji; its
    readings as a code or abbreviation ("UK", "NYC") stay."""
    if _INITIALS.fullmatch(text):  # "the V.A." is not Wa (Ghana); "L.A." stays Los Angeles
        return tuple(c for c in cands if c.kind != "city" or c.pop >= BIG_CITY)
    if len(text) > 3 or not text.isupper() or not text.isalpha():
        return cands
    return tuple(c for c in cands if c.name.lower() != text.lower())


def _tiny(c: Candidate) -> bool:
    return c.kind == "admin1" and c.pop < SMALL_ADMIN1


def _directional(span: Span, cands: tuple[Candidate, ...]) -> bool:
    """ "South Charleston", "North Dallas", "West Kasai": a direction word before a known place
    names that town or part however small (the direction word alone is no place)."""
    if len(span) < 2 or not _POSITIONAL.match(span[0].text) or not span[1].is_title:
        return False
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


def _acceptable(span: Span, people: _People) -> bool:
    if gazetteer().demonym(span.text) is not None or _not_a_place(span):
        return False
    if len(span) == 1:
        tok = span[0]
        if people.named(span) or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
        if tok.is_stop and not tok.is_upper:
            return False
    return True


_SPEECH = frozenset({"say", "report", "tell", "add", "announce", "quote", "write", "claim"})


def _speaker(span: Span) -> bool:
    """A one-word small place's name that speaks ("Xinhua reported", "according to Xinhua"):
    a news agency or a person; a country or big city that speaks is metonymy and stays."""
    if len(span) != 1:
        return False
    tok = span[0]
    speaks = tok.dep_ == "nsubj" and tok.head.lemma_ in _SPEECH
    doc = span.doc
    cited = tok.i >= 2 and doc[tok.i - 2].lower_ == "according" and doc[tok.i - 1].lower_ == "to"
    if not (speaks or cited):
        return False
    return not any(
        c.quality <= ALTERNATE
        and (c.kind in STRONG_KINDS or (c.kind == "city" and c.pop >= BIG_CITY))
        for c in gazetteer().lookup(span.text)
    )


def _titled(span: Span) -> bool:
    """ "Queen Elizabeth (University Hospital)", "President Lincoln": a name after a title."""
    i = span.start - 1
    return i >= 0 and span.doc[i].is_title and span.doc[i].lower_ in ROYAL_TITLES


def _not_a_place(span: Span) -> bool:
    """A person or product that a place's name is written into: "his wife, Tonya", "the
    Phoenix pay system". (A saint's "St. Michael's Hospital" stays: TR-News counts buildings.)"""
    return (
        after_kin(span.doc, span.start)
        or _titled(span)
        or _speaker(span)
        or _product_named(span)
        or _called(span)
        or _leader_named(span)
    )


# Nouns a leader's surname heads: "the Bush administration", "the Blair years".
_LEADER_NOUNS = frozenset({"administration", "presidency", "era", "doctrine", "years"})


def _leader_named(span: Span) -> bool:
    """ "the Bush administration": a surname naming a government or period, not Būsh (Egypt);
    a country or state keeps its reading ("the Texas administration")."""
    doc = span.doc
    before, after = span.start - 1, span.end
    if before < 0 or after >= len(doc) or doc[before].lower_ != "the":
        return False
    if doc[after].lower_ not in _LEADER_NOUNS:
        return False
    return not any(
        c.quality <= ALTERNATE and c.kind in {"country", "admin1", "continent"}
        for c in gazetteer().lookup(span.text)
    )


def _product_named(span: Span) -> bool:
    """A name before "pay system", "program", "cocktails": the thing's name, unless the name
    is a country or state ("the U.S. missile system" is still the United States')."""
    if not before_product_noun(span.doc, span.end):
        return False
    return not any(
        c.quality <= ALTERNATE and c.kind in {"country", "admin1", "continent"} and not _tiny(c)
        for c in gazetteer().lookup(span.text)
    )


def _called(span: Span) -> bool:
    """ "a turkey named Rose", "a dog called Paris": a name given to something not a place."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].lower_ not in {"named", "called", "nicknamed", "dubbed"}:
        return False
    return doc[i - 1].pos_ == "NOUN" and doc[i - 1].lower_ not in PLACE_NOUNS
