"""Names built around a place's name that are no mention of that place by themselves.

Sites named with a landmark head noun ("Rose Garden", "Pennsylvania Avenue"), longer feature
names ("Newport Beach", "Islington Bay"), saints that churches are named for ("St.
Mark's Cathedral") and titles of works ("Orange Is the New Black"): the place word inside is part of
another name, so recognition takes the whole or nothing.
"""

from __future__ import annotations

import re

from dateline.geo.candidates import own_towns
from dateline.geo.gazetteer import ALTERNATE, Gazetteer, gazetteer
from dateline.geo.landmark_towns import landmark_town
from dateline.geo.mention import Mention

__all__ = [
    "LANDMARK",
    "feature_tail",
    "landmark_names",
    "opens_sentence",
    "river_named",
    "saint_of_church",
    "title_of_work",
    "town_church",
    "with_feature_word",
]

# Head nouns of sites named after people or things, which lie inside a town rather than being
# it ("Rose Garden", "Lincoln Park", "Pennsylvania Avenue"). Sites mostly named after their
# town are left to the other rules ("Brooklyn Bridge", "Denver Airport", "Seoul City Hall",
# "Dresden Zoo", "Auckland Museum", "Windsor Castle", "Mall of America").
LANDMARK = re.compile(
    r"\b(?:(?:St|Mt|Ft)\. |[A-Z][\w'\u2019-]* ){1,3}"
    r"(?:Gardens?|Square|Park|Street|Avenue|Road|Boulevard|Lane|Drive|Plaza|Monument"
    r"|Memorial(?! (?:Hospital|Medical|Health))"  # "Carthage Memorial Hospital" is a hospital
    r"|Cathedral|Abbey|Minster|Priory|Church|Mosque|Synagogue|Temple|Theatre|Theater)\b"
)
_POSSESSIVE = re.compile(r"[\w-]+['\u2019]s? ")
_ARTICLE = re.compile(r"(?:The|An?) ")
# "Wells Cathedral", "Selby Abbey": a church named after its town, which the gazetteer lacks as
# a building, lies in that town (twenty-second round: local news names them; TR-News marks such
# a building whole, "Karak Castle"). The town must be big enough that the name is no village's
# borrowed for a title ("Downton Abbey"), and such towns of its name must lie in one country.
_TOWN_CHURCH = re.compile(r"([A-Z][a-z]+) (?:Cathedral|Abbey|Minster|Priory)")
TOWN_CHURCH_POP = 10_000
_OPEN_QUOTE = ('"', "\u201c", "''", "\u2018")
_QUOTED_TITLE_REST = re.compile(r"(?:\s+[A-Z0-9][\w'-]*){1,4}[,.]?(?:''|\"|\u201d|\u2019)")
_TITLE_VERB = re.compile(r"\s+(?:Is|Are|Was|Were)\s+(?:the\s+|The\s+|a\s+|A\s+)?[A-Z]")
_SAINT = re.compile(r"(?:St\.?|Saint)\s+[A-Z][\w'-]+")
_CHURCH = r"(?:church|cathedral|chapel|basilica|parish|monastery|abbey|shrine|convent)"
# Institutions named for a saint (fifteenth round: "St. Paul's Hospital" in Vancouver).
_INSTITUTION = r"(?:hospital|infirmary|school|college|university|academy|seminary)"
_CHURCH_OF = re.compile(
    rf"\b{_CHURCH}\s+of\s+(?:the\s+)?(?:(?:St\.?|Saint)\s+[A-Z][\w'-]+\s+and\s+)?$", re.I
)
_CHURCH_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:\s+and\s+(?:St\.?|Saint)\s+[A-Z][\w'-]+(?:['\u2019]s)?)?"
    rf"(?:\s+[A-Z][\w-]+){{0,3}}\s+(?i:{_CHURCH})\b"
)
_INSTITUTION_AFTER = re.compile(rf"['\u2019]s(?:\s+[A-Z][\w-]+){{0,2}}\s+(?i:{_INSTITUTION})\b")
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


def landmark_names(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, known) for names ending in a landmark head noun ("Rose Garden", "Lincoln
    Park", "Pennsylvania Avenue"): the whole names a site, mostly after a person or thing, so a
    place name at its start ("Rose", Italy; "Lincoln", Nebraska) is no mention. ``known``: the
    gazetteer knows the whole ("Central Park", "Tahrir Square", the town of "Oak Park"), or all
    but a sentence's first word ("Outside Tahrir Square, ...")."""
    out = []
    gaz = gazetteer()
    for m in LANDMARK.finditer(text):
        start, name = m.start(), m.group()
        article = _ARTICLE.match(name)  # "The Church", "A Temple man": no name before the noun
        if article is not None:
            start, name = start + article.end(), name[article.end() :]
        if " " not in name:
            continue  # "The Church"
        if _town_runs_on(text, start, m.end()):
            continue  # "a man from Log Lane Village": the town's name, no lane's
        known = _named_so(gaz, name)
        first, rest = name.split(" ", 1)
        # "Outside Tahrir Square, ...": a sentence's first word is capitalised anyway.
        opener = first.isalpha() and " " in rest and opens_sentence(text, start)
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


def town_church(name: str) -> bool:
    """Whether a landmark name is a church named after a town of :data:`TOWN_CHURCH_POP`
    people or more ("Wells Cathedral"), all such towns of that name in one country: the church
    gives no other clue to which namesake it means ("Lincoln Cathedral" is no Nebraska's)."""
    hit = _TOWN_CHURCH.fullmatch(name)
    if hit is None or landmark_town(name):
        return hit is not None
    towns = [
        c
        for c in gazetteer().lookup(hit.group(1))
        if c.kind == "city" and c.quality == 0 and c.pop >= TOWN_CHURCH_POP
    ]
    return len({c.cc for c in towns}) == 1


_NAME_WORD_AFTER = re.compile(r" [A-Z][a-z]+\b")


def _town_runs_on(text: str, start: int, end: int) -> bool:
    """Whether the landmark's name and the capitalised word after it are a town's own name
    ("Log Lane Village": table 221)."""
    after = _NAME_WORD_AFTER.match(text, end)
    if after is None:
        return False
    return bool(own_towns(text[start : after.end()]))


def _named_so(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteer knows ``name`` as a place's own or other name."""
    return any(c.quality <= ALTERNATE for c in gaz.lookup(name))


def opens_sentence(text: str, i: int) -> bool:
    """Whether ``text[i]`` opens the text, a line or a sentence (after spaces and quotes)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\"\u201c'\u2018":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def with_feature_word(text: str, m: Mention) -> Mention | None:
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


def feature_tail(text: str, m: Mention) -> bool:
    """A lone feature word after a capitalised word is the tail of a longer name the gazetteer
    lacks ("Islington Bay", a garbled "GuantÃ¡namo Bay"), not the town or province "Bay"."""
    if m.text.lower() not in _FEATURE_WORDS or m.kind_hint is not None:
        return False
    before = _NAME_BEFORE.search(text, max(0, m.start - 40), m.start)
    return before is not None and before["w"] not in _FUNCTION_WORDS


# A town's own body or people after its name: "the Swan River town council" (table 77).
_TOWN_BODY_AFTER = re.compile(
    r"\s+(?:(?:town|city|village|municipal)\s+)?(?:council|councillors|councilors|mayor|residents)\b"
    r"|\s+(?:town|city|village)\b"
)


def river_named(text: str, m: Mention) -> bool:
    """ "along the Peace River": a river the gazetteer lacks, not the town named for it (Peace
    River, Alberta); a town's name takes no article ("in Peace River"), unless its council or
    its people follow ("the Swan River town council")."""
    if not m.text.endswith(" River") or m.kind_hint is not None:
        return False
    if any(c.kind == "river" for c in gazetteer().lookup(m.text)):
        return False  # "the Ohio River": our own table knows the river itself
    if _TOWN_BODY_AFTER.match(text, m.end):
        return False
    return text[max(0, m.start - 4) : m.start].lower() == "the "


def saint_of_church(text: str, m: Mention) -> bool:
    """A saint a church is named for ("the church of St. Peter and St. Paul", "St. Mark's
    Coptic Orthodox Cathedral") is no town of the saint's name (Saint Peter, Minnesota); nor is
    the saint of a hospital or school ("St. Paul's Hospital"), nor its short form later ("at
    St. Paul's say") once the text has named it in full."""
    if not _SAINT.fullmatch(m.text):
        return False
    if _CHURCH_OF.search(text, max(0, m.start - 60), m.start) or _CHURCH_AFTER.match(text, m.end):
        return True
    if _INSTITUTION_AFTER.match(text, m.end):
        return True
    possessive = text.startswith(("'s", "\u2019s"), m.end)
    return possessive and any(
        _INSTITUTION_AFTER.match(text, k + len(m.text)) for k in _occurrences(text, m.text)
    )


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``."""
    return [k.start() for k in re.finditer(re.escape(name), text)]


def title_of_work(text: str, m: Mention) -> bool:
    """A place's name opening a title: a quoted title ("''Hawaii Five-0,'' the procedural")
    or one with a capitalised verb ("Orange Is the New Black"); not in the headline line,
    which news writes in title case."""
    if text.find("\n", 0, m.start) < 0:  # no copy of the text before each mention
        return False
    quoted = text.endswith(_OPEN_QUOTE, 0, m.start) and _QUOTED_TITLE_REST.match(text, m.end)
    return bool(quoted or _TITLE_VERB.match(text, m.end))
