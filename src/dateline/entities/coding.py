"""Actor coding: a short phrase ("Russian troops", "US Secretary of Defense") -> PLOVER code.

The phrase is scanned for the longest known names (people, organisations, countries,
demonyms, cities) and role words; a named actor's dictionary code wins, else the country
comes from a place word and the sector from the role word that heads the phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateline.entities._norm import TOKEN_RE, norm_token
from dateline.entities.kb import Code, Entry, kb, singular
from dateline.records import Actor

__all__ = [
    "PLACE_KINDS",
    "RELATIONAL",
    "Match",
    "case_ok",
    "code_actor",
    "code_phrase",
    "match_names",
    "plain_tokens",
]

PLACE_KINDS = frozenset({"country", "demonym", "capital", "city", "region"})
# Places named only by a proper name, which a lowercase word is not ("nice people",
# "the rivers"); country names and demonyms are matched in any case.
_PROPER_PLACES = frozenset({"city", "region", "capital"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
_PREPOSITIONS = frozenset({"of", "at", "in", "for", "from", "to", "with", "on", "against"})
_FORMER = frozenset({"former", "ex", "retired", "exiled", "ousted", "disgraced"})
# Heads that relate their holder to a body ("president of X", "X's spokesman"): X's sector.
RELATIONAL = frozenset(
    {
        *("president", "chairman", "chairwoman", "chair", "head", "chief", "leader"),
        *("director", "spokesman", "spokeswoman", "spokesperson", "representative"),
        *("member", "members", "official", "officials"),
    }
)
# Phrases whose sector stands even when a country word is the only other thing named.
_KIND_PRIORITY = {
    "person": 0,
    "group": 1,
    "igo": 2,
    "org": 3,
    "country": 4,
    "capital": 5,
    "demonym": 6,
    "city": 7,
    "region": 8,
}


@dataclass(frozen=True)
class Match:
    """A known name found at tokens ``[i, j)`` of a phrase."""

    i: int
    j: int
    entry: Entry


def plain_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """(original, key, start, end) for each word of ``text``; possessives split off."""
    out = []
    for m in TOKEN_RE.finditer(text):
        raw = m.group()
        k = norm_token(raw)
        if k:
            out.append((raw, k, m.start(), m.start() + len(raw)))
    return out


def case_ok(raw: list[str], k: str) -> bool:
    """Short keys ('us', 'un', 'he') only match written as acronyms ('US', 'U.N.')."""
    if len(k) > 3 or " " in k:
        return True
    word = raw[0].rstrip("'’s") if raw[0].endswith(("'s", "’s")) else raw[0]
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def best_entry(entries: list[Entry]) -> Entry | None:
    """The most specific of several entries sharing a name (a person over a country)."""
    if not entries:
        return None
    return min(entries, key=lambda e: _KIND_PRIORITY.get(e.kind, 9))


def match_names(words: list[tuple[str, str, int, int]]) -> list[Match]:
    """Longest known names over the words, left to right, without overlaps; a plural
    demonym ("Kazakhs", "Brazilians") matches its singular."""
    base = kb()
    keys = [w[1] for w in words]
    out, i = [], 0
    while i < len(keys):
        n = base.max_len.get(keys[i], 0)
        found = None
        for j in range(min(len(keys), i + n), i, -1):
            k = " ".join(keys[i:j])
            idxs = base.by_key.get(k)
            if not idxs:
                continue
            raw = [w[0] for w in words[i:j]]
            if not case_ok(raw, k):
                continue
            entries = [base.entries[x] for x in idxs]
            if not all(w[:1].isupper() for w in raw if w[:1].isalpha()):
                entries = [e for e in entries if e.kind not in _PROPER_PLACES]
            entry = best_entry(entries)
            if entry is not None:
                found = Match(i, j, entry)
                break
        if found is None and singular(keys[i]) != keys[i] and words[i][0][:1].isupper():
            demonyms = [e for e in base.lookup(singular(keys[i])) if e.kind == "demonym"]
            found = Match(i, i + 1, demonyms[0]) if demonyms else None
        if found:
            out.append(found)
            i = found.j
        else:
            i += 1
    return out


def _agents(keys: list[str], taken: set[int]) -> list[tuple[int, int, tuple[str, ...]]]:
    base = kb()
    out, i = [], 0
    while i < len(keys):
        if i in taken:
            i += 1
            continue
        n = base.agent_max_len.get(keys[i], 0) or 1
        hit = None
        for j in range(min(len(keys), i + max(n, 1)), i, -1):
            if any(t in taken for t in range(i, j)):
                continue
            sectors = base.agent(keys[i:j])
            if sectors:
                hit = (i, j, sectors)
                break
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out


def _head_split(words: list[tuple[str, str, int, int]], text: str) -> int:
    """Index of the first preposition after the first word, or of the first word after a
    comma: the phrase head lies before ("Canadian Ambassador | to the United Nations")."""
    for i, w in enumerate(words[1:], 1):
        if w[1] in _PREPOSITIONS or "," in text[words[i - 1][3] : w[2]]:
            return i
    return len(words)


def _name_run(words: list[tuple[str, str, int, int]], matches: list[Match]) -> tuple[int, int]:
    """The last run of two or more capitalised words outside known names, which may name a
    person ("Sen. Feliciano Valencia", "Leon Bobb", "Jeb Bush supporters in Iowa"); else
    (n, n)."""
    base = kb()
    n = len(words)
    spans = [
        m
        for m in matches
        if m.entry.kind not in _PROPER_PLACES or m.j - m.i > 1  # a country is never a surname
    ]
    named = {t for m in spans for t in range(m.i, m.j)}
    end = n
    while end > 0:
        while end > 0 and not words[end - 1][0][:1].isupper():
            end -= 1  # lowercase head words, or a place, after the name
        i = end
        while i > 0 and words[i - 1][0][:1].isupper() and i - 1 not in named:
            if base.agent([words[i - 1][1]]):
                break
            i -= 1
        if end - i >= 2 and (end == n or not words[end][0][:1].isupper()):
            return (i, end)  # not "Texas Tech" in "Texas Tech University"
        end = i - 1 if i == end else i
    return (n, n)


def _is_name(
    words: list[tuple[str, str, int, int]],
    run: tuple[int, int],
    found: Entry | None,
    matches: list[Match],
) -> bool:
    """Is the capitalised ``run`` (word bounds) a person's name: a dictionary person, after a role
    word ("Sen. Feliciano Valencia"), starting with a known given name ("Leon Bobb") or ending
    in a dictionary person's surname ("Jeb Bush", not Bush, Egypt)?"""
    base = kb()
    i = run[0]
    return (
        found is not None
        or (i > 0 and bool(base.agent([words[i - 1][1]])))
        or words[i][1] in base.first_names
        or _surname_city(words, run, matches)
    )


def _surname_city(
    words: list[tuple[str, str, int, int]], run: tuple[int, int], matches: list[Match]
) -> bool:
    """ "Jeb Bush": two words whose second is a city the tables also know as a person's
    surname (not "Real Madrid", a capital, nor "Kentucky House", no city)."""
    first, end = run
    city = any(m.i == end - 1 and m.j == end and m.entry.kind == "city" for m in matches)
    return end - first == 2 and city and bool(kb().by_surname(words[end - 1][1]))


def _possessor_end(words: list[tuple[str, str, int, int]], split: int) -> int:
    """Index just after a possessive word in the head ("the governor's | spokesman"), or 0."""
    for i, w in enumerate(words[: split - 1]):
        if w[0].endswith(("'s", "’s", "s'", "s’")):
            return i + 1
    return 0


def code_phrase(text: str, when: date | None = None) -> tuple[Code | None, str | None]:
    """(country code, sector) for a phrase; either may be missing."""
    words = [w for w in plain_tokens(text) if not w[1].isdigit()]
    while words and words[0][1] in _DETERMINERS:
        words = words[1:]
    if not words:
        return None, None
    keys = [w[1] for w in words]
    matches = _name_matches(words, keys)
    split = _head_split(words, text)
    country, sector = _table_code(matches, split, when)
    country, sector = _agent_code(words, text, split, matches, country, sector, when)
    return country, _final_sector(keys, matches, sector, when)


def _name_matches(words: list[tuple[str, str, int, int]], keys: list[str]) -> list[Match]:
    """The table names in the phrase; a person's name replaces the names inside it."""
    matches = match_names(words)
    run = _name_run(words, matches)
    person = kb().person(" ".join(keys[run[0] : run[1]])) if run[0] < run[1] else None
    if run[0] < run[1] and _is_name(words, run, person, matches):  # "Valencia" in it is no city
        matches = [m for m in matches if m.j <= run[0] or m.i >= run[1]]
        if person is not None:
            matches.append(Match(run[0], run[1], person))
    return matches


def _table_code(
    matches: list[Match], split: int, when: date | None
) -> tuple[Code | None, str | None]:
    """(country, sector) from the table names: the first named actor (of the head before
    others) unless only places are in the head; a place supplies a missing country."""
    named = [m for m in matches if m.entry.kind not in PLACE_KINDS]
    places = [m for m in matches if m.entry.kind in PLACE_KINDS]
    head_named = [m for m in named if m.i < split]
    head_places = [m for m in places if m.i < split]
    country: Code | None = None
    sector: str | None = None
    if head_named or not head_places:
        first = (head_named or named or [None])[0]
        country = first.entry.code(when) if first else None
        sector = country.sector if country else None
        if first and head_places and first.entry.kind == "org" and head_places[0].i < first.i:
            # "Chile's Defense Department": the country written wins over the table's.
            own = head_places[0].entry.code(when)
            if own and own.country and country and own.country != country.country:
                country = Code(own.country, country.sectors)
    if (country is None or not country.country) and (head_places or places):
        country = (head_places or places)[0].entry.code(when) or country
    return country, sector


def _agent_code(
    words: list[tuple[str, str, int, int]],
    text: str,
    split: int,
    matches: list[Match],
    country: Code | None,
    sector: str | None,
    when: date | None,
) -> tuple[Code | None, str | None]:
    """The agent words outside the names ("minister", "police") set the sector when the names
    gave none, or are newer (a written title), and may tie the code to another party."""
    keys = [w[1] for w in words]
    taken = {t for m in matches for t in range(m.i, m.j)}
    agents = _agents(keys, taken)
    head_agents = [a for a in agents if a[0] < split] or agents
    if not head_agents:
        return country, sector
    agent_sector = _service(keys, head_agents)
    head_named = [m for m in matches if m.entry.kind not in PLACE_KINDS and m.i < split]
    titled = bool(head_named) and head_named[0].entry.kind == "person"
    if sector is None or agent_sector == "ELI" or titled:  # the written title is newer
        sector = agent_sector
    return _relational(words, text, split, head_agents[-1], country, sector, when)


def _final_sector(
    keys: list[str], matches: list[Match], sector: str | None, when: date | None
) -> str | None:
    """A former official is an elite; a phrase that is one table name alone takes its sector
    (a place's only when it is a capital: "Washington" is the government)."""
    if any(k in _FORMER for k in keys) and sector in {"GOV", "MIL", "LEG", "JUD", "SPY"}:
        sector = "ELI"
    if sector is None and len(matches) == 1 and matches[0].j - matches[0].i == len(keys):
        sector = matches[0].entry.code(when).sector if matches[0].entry.code(when) else None
        if matches[0].entry.kind != "capital":
            sector = sector if matches[0].entry.kind not in PLACE_KINDS else None
    return sector


# Ranks any service uses; the service named before them decides the sector ("Police Lt.",
# "Fire Capt."), the agents table's own reading (MIL) otherwise.
_RANKS = frozenset(
    {"lt", "lieutenant", "capt", "captain", "sgt", "sergeant", "maj", "major", "col", "colonel",
     "cmdr", "commander", "officer", "cpl", "corporal", "chief", "inspector", "detective"}
)  # fmt: skip


def _service(keys: list[str], agents: list[tuple[int, int, tuple[str, ...]]]) -> str:
    """The sector of the last role of a phrase, or of the service before a bare rank."""
    last = agents[-1]
    if " ".join(keys[last[0] : last[1]]) in _RANKS:
        services = [a for a in agents[:-1] if " ".join(keys[a[0] : a[1]]) not in _RANKS]
        if services:
            return services[-1][2][0]
    return last[2][0]


def _relational(
    words: list[tuple[str, str, int, int]],
    text: str,
    split: int,
    head: tuple[int, int, tuple[str, ...]],
    country: Code | None,
    sector: str | None,
    when: date | None,
) -> tuple[Code | None, str | None]:
    """ "president of the Human Rights League", "the governor's spokesman": a head that only
    relates its holder to a body takes that body's sector (and country, if none yet)."""
    if " ".join(w[1] for w in words[head[0] : head[1]]) not in RELATIONAL:
        return country, sector
    owner = _possessor_end(words, split)
    if head[0] == split - 1 and split < len(words) and words[split][1] == "of":
        part = text[words[split + 1][2] :] if split + 1 < len(words) else ""
    elif owner and head[0] >= owner:
        part = text[words[0][2] : words[owner - 1][3]]
    else:
        return country, sector
    ocode, osector = code_phrase(part, when)
    if osector is None:
        return country, sector
    if (country is None or not country.country) and ocode is not None:
        country = ocode
    return country, osector


def code_actor(text: str, when: date | None = None) -> Actor | None:
    """Code a short actor phrase: "Russian troops" -> RUS MIL, "cyber police" -> COP.

    ``when`` (default today) picks the date-ranged code of named office-holders. None when
    the phrase names no known actor, country or role.
    """
    code, sector = code_phrase(text, when)
    country = code.country if code and code.country else None
    if country is None and sector is None:
        return None
    return Actor(country=country, sector=sector)
