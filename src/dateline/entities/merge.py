"""Group mentions of one real thing: name variants, surnames, acronyms, country aliases,
capitals used for their governments, and role references bound to one person."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from dateline.entities._norm import key
from dateline.entities.given_names import given_sex
from dateline.entities.honorifics import honorific_before, sex_before, sex_of
from dateline.entities.kb import kb, singular
from dateline.entities.mentions import Mention
from dateline.entities.surnames import particle
from dateline.entities.surnames import surname as last_name
from dateline.entities.titles import role_key
from dateline.nlp import text_of
from dateline.text_layout import body_start, paragraphs

__all__ = ["NICKNAMES", "cluster", "honorific_names", "is_metonymic"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Common English short forms; rapidfuzz covers transliteration variants.
NICKNAMES = {
    "jim": "james",
    "jimmy": "james",
    "bill": "william",
    "will": "william",
    "billy": "william",
    "bob": "robert",
    "rob": "robert",
    "bobby": "robert",
    "mike": "michael",
    "tom": "thomas",
    "joe": "joseph",
    "dick": "richard",
    "rick": "richard",
    "rich": "richard",
    "dan": "daniel",
    "dave": "david",
    "steve": "stephen",
    "chris": "christopher",
    "tony": "anthony",
    "nick": "nicholas",
    "alex": "alexander",
    "sasha": "alexander",
    "andy": "andrew",
    "ben": "benjamin",
    "sam": "samuel",
    "ed": "edward",
    "ted": "edward",
    "chuck": "charles",
    "charlie": "charles",
    "pat": "patrick",
    "matt": "matthew",
    "jon": "jonathan",
    "liz": "elizabeth",
    "beth": "elizabeth",
    "kate": "katherine",
    "sue": "susan",
    "jen": "jennifer",
    "vlad": "vladimir",
    "dmitri": "dmitry",
    "sergei": "sergey",
    "al": "albert",
    "fred": "frederick",
    "greg": "gregory",
    "jeff": "jeffrey",
    "larry": "lawrence",
    "ron": "ronald",
    "don": "donald",
    "ken": "kenneth",
    "hank": "henry",
    "sandy": "sandra",
}
_LOCATIVE = _words(
    """in at near from to into outside around across inside within toward towards through
    via off between over"""
)


def _first_names_match(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return fuzz.ratio(a, b) >= 80


def is_metonymic(doc: Doc, m: Mention) -> bool:
    """Is a capital used for its government ("remarks against Moscow", "Moscow threat")?"""
    root = doc[m.tok_end - 1]
    if m.tok_end < len(doc) and doc[m.tok_end].text == "-":
        return False  # "Washington-based"
    if root.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "agent"}:
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ not in _LOCATIVE
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def _group(doc: Doc, m: Mention) -> tuple:
    """The merge key of a non-person mention."""
    e = m.entry
    if m.tok_end < len(doc) and doc[m.tok_end].text == "-":
        return ("place", m.key)  # "Washington-based": a place, not the state
    if e is not None and e.kind in {"country", "capital", "demonym", "city", "region"}:
        code = e.code()
        a3 = code.country if code else ""
        if e.kind == "country" or (e.kind == "capital" and is_metonymic(doc, m)):
            return ("country", a3)
        if e.kind == "demonym":
            return ("norp", a3)
        return ("place", m.key)
    if e is not None:
        return ("entry", id(e))
    if m.label in {"PRODUCT", "EVENT", "NORP"}:
        return (m.label, singular(m.key))
    return (m.label, m.key)


def _acronym(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) >= 2 else ""


def cluster(
    doc: Doc, mentions: list[Mention], roles: list[tuple[Mention, str]]
) -> list[list[Mention]]:
    """Mentions grouped into entities, in order of first mention."""
    groups: dict[tuple, list[Mention]] = {}
    index = _People()
    singles: list[Mention] = []
    text = text_of(doc)
    sexes = _Sexes(text)
    for m in mentions:
        if m.label == "PERSON" and " " in m.text and not _particle_surname(m.text):
            _add_person(sexes, index, m)
        elif m.label == "PERSON":
            singles.append(m)
        else:
            groups.setdefault(_group(doc, m), []).append(m)
    firms = _firm_words(mentions)
    body = body_start(text, paragraphs(text)) if firms else 0
    for m in singles:
        surname = _bare_key(m.text)
        hits = index.by_surname(surname)
        if surname in firms and _before_named(m, hits, body):
            m.label = "ORG"  # "Bloomberg says its ..." before "Michael R. Bloomberg" is named
            groups.setdefault(_group(doc, m), []).append(m)
            continue
        fits = [p for p in hits if _same_sex(sexes, m, _named(p))]  # not "Madame Lee"
        if _table_other(m, fits):
            fits = []  # "President Obama" before "Michelle Obama" is named: not her
        if len(fits) == 1:
            index.join(fits[0], m)
        elif (stated := _stated_sex(sexes, m, hits)) is not None:
            index.join(stated, m)
        elif (listed := _table_person(m, fits)) is not None:
            index.join(listed, m)
        elif (first := _introduced_before(m, fits)) is not None:
            index.join(first, m)
        elif (usual := _surname_in_use(text, m, fits)) is not None:
            index.join(usual, m)
        else:
            same = [p for p in index.all_bare(surname) if _same_sex(sexes, m, p)]
            given = index.given(surname)
            if same:
                index.join(same[0], m)
            elif not hits and len(given) == 1:
                index.join(given[0], m)  # "Melania" after "Melania Trump", no other Melania
            else:
                index.add([m])
    people = index.groups
    _merge_acronyms(groups)
    _merge_place_peoples(doc, groups)
    _listed_people_as_orgs(people, groups)
    people = _outlets_named_short(people, groups)
    _bind_roles(people, roles, doc)
    out = _join_short_forms([*people, *groups.values()])
    for g in out:
        g.sort(key=lambda m: (m.start, m.end))
    out.sort(key=lambda g: g[0].start)
    return out


class _People:
    """The story's people (groups of mentions, in order of creation) with the look-ups the
    bare-surname rules make, kept current as groups are added and grow: scanning every group
    and mention for each bare surname is quadratic in a long text."""

    def __init__(self) -> None:
        self.groups: list[list[Mention]] = []
        self._by_surname: dict[str, list[list[Mention]]] = {}  # by the first mention's surname
        self._by_bare: dict[str, list[list[Mention]]] = {}  # by the first mention's bare key
        self._by_given: dict[str, dict[int, list[Mention]]] = {}  # by any mention's given name

    def add(self, group: list[Mention]) -> None:
        self.groups.append(group)
        self._by_surname.setdefault(_surname_key(group[0].text), []).append(group)
        self._by_bare.setdefault(_bare_key(group[0].text), []).append(group)
        for m in group:
            self._index_given(group, m)

    def join(self, group: list[Mention], m: Mention) -> None:
        group.append(m)
        self._index_given(group, m)

    def _index_given(self, group: list[Mention], m: Mention) -> None:
        if (given := _given(m)) is not None:
            self._by_given.setdefault(given, {})[id(group)] = group

    def by_surname(self, surname: str) -> list[list[Mention]]:
        """The groups whose first mention's surname key is ``surname``, in order."""
        return list(self._by_surname.get(surname, ()))

    def all_bare(self, surname: str) -> list[list[Mention]]:
        """The groups every mention of which has the bare key ``surname``, in order."""
        groups = self._by_bare.get(surname, ())
        return [p for p in groups if all(_bare_key(x.text) == surname for x in p)]

    def given(self, name: str) -> list[list[Mention]]:
        """The groups with a mention whose given name's key is ``name``."""
        return list(self._by_given.get(name, {}).values())


class _Sexes:
    """The sex each mention states (:func:`_sex`), read once per mention: the sex checks ask
    again for every mention of every candidate group."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._read: dict[int, str | None] = {}  # by id: the mentions outlive the clustering

    def __call__(self, m: Mention) -> str | None:
        if id(m) not in self._read:
            self._read[id(m)] = _sex(self.text, m)
        return self._read[id(m)]


# "Trump's candidacy" tagged ORG after "Donald Trump" was named: the surname of the one person
# of the story named in full is that person.
LISTED_PEOPLE_AS_ORGS = True


def _listed_people_as_orgs(people: list[list[Mention]], groups: dict[tuple, list[Mention]]) -> None:
    """Move one-word organisation mentions, after a person of that surname is named in full,
    into that one person: not when the story names a firm starting with the word or the tables
    list it as something other than a person."""
    if not LISTED_PEOPLE_AS_ORGS:
        return
    firms = {  # "Trump Organization", "White House": the word names something else too
        key(w) for g in groups.values() for m in g if " " in m.text for w in m.text.split()
    }
    full_names: dict[str, list[list[Mention]]] = {}  # by surname key, in order
    for p in people:
        if " " in p[0].text:
            full_names.setdefault(_surname_key(p[0].text), []).append(p)
    for k, g in list(groups.items()):
        if not all(m.label == "ORG" and " " not in m.text and m.entry is None for m in g):
            continue
        surname = _bare_key(g[0].text)
        listed = [e.kind for e in kb().lookup(g[0].key)]
        if surname in firms or any(kind != "person" for kind in listed):
            continue
        fits = full_names.get(surname, [])
        if len(fits) != 1 or not any(given_sex(x.text) for x in fits[0]):
            continue  # two of the name, or a mis-tagged place ("White House.") as a person
        if min(m.start for m in g) < min(m.start for m in fits[0]):
            continue
        for m in g:
            m.label = "PERSON"
        fits[0].extend(g)
        del groups[k]


# "Fox said" in a story about "Fox News": a one-word "person" no full name of the story
# bears, that is the first word of the story's one organisation name, is that organisation.
OUTLETS_NAMED_SHORT = True


def _outlets_named_short(
    people: list[list[Mention]], groups: dict[tuple, list[Mention]]
) -> list[list[Mention]]:
    """The people left once one-word names of an organisation are moved into it."""
    if not OUTLETS_NAMED_SHORT:
        return people
    orgs: dict[str, list[list[Mention]]] = {}
    for g in groups.values():
        for m in g:
            if m.label == "ORG" and " " in m.text and g not in orgs.get(key(m.text.split()[0]), []):
                orgs.setdefault(key(m.text.split()[0]), []).append(g)
    surnames = {_surname_key(m.text) for p in people for m in p if " " in m.text}
    kept = []
    for p in people:
        word = _bare_key(p[0].text)
        alone = all(" " not in m.text and _bare_key(m.text) == word for m in p)
        if alone and word not in surnames and len(orgs.get(word, [])) == 1:
            firm = orgs[word][0]
            if min(m.start for m in firm) < min(m.start for m in p):  # named in full first
                for m in p:
                    m.label = "ORG"
                firm.extend(p)
                continue
        kept.append(p)
    return kept


# A bare surname before the person is named, in a story with an organisation of that name, is
# the organisation.
FIRMS_BEFORE_NAMES = True
# A full name's common given name states its sex too ("Hillary Clinton"), so that a bare
# "Mrs. Clinton" joins Hillary, not Bill, and "Mr. Clinton" does not join Hillary.
GIVEN_NAMES = True
# A bare surname the tables list as one person's ("Trump") joins that person's full name
# among several of the surname ("Donald J. Trump" beside Ivana and Freddy Trump).
TABLE_SURNAMES = True
# ... or else the one of them the article named in full before it, when only one was.
INTRODUCED_FIRST = True


def _particle_surname(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and all(particle(w) for w in words[:-1])


@lru_cache(maxsize=1 << 14)
def _bare_key(name: str) -> str:
    """The merge key of a bare surname ("Jong" for "de Jong")."""
    return _surname_key(name) if _particle_surname(name) else key(name)


def _firm_words(mentions: list[Mention]) -> set[str]:
    """Keys of the first words of the article's organisation names ("Bloomberg L.P.")."""
    return {key(m.text.split()[0]) for m in mentions if m.label == "ORG" and m.text.split()}


def _before_named(m: Mention, hits: list[list[Mention]], body: int) -> bool:
    """A bare surname in the body before any person of that surname is named in full: with an
    organisation of that name in the story, the organisation ("In 2012, Bloomberg started
    publishing its index ... blaming Michael R. Bloomberg")."""
    if not FIRMS_BEFORE_NAMES or m.start < body:
        return False
    full = [x.start for p in hits for x in p if " " in x.text]
    return bool(full) and m.start < min(full)


def _sex(text: str, m: Mention) -> str | None:
    """The sex an honorific states of a mention, written just before it ("Mrs. Clinton": f) or
    as the first word the parser kept inside it ("Madame Lee", "Lady Grant"); else the sex a
    full name's given name states (``given_names``); or None."""
    inside, given = _name_sexes(m.text)
    return sex_before(text, m.start) or inside or (given if GIVEN_NAMES else None)


@lru_cache(maxsize=1 << 14)
def _name_sexes(name: str) -> tuple[str | None, str | None]:
    """The sexes a name itself states: by an honorific kept inside it, and by its given name
    (once per name: clustering asks for every mention of every candidate group)."""
    first = name.split()[0] if " " in name else ""
    return (sex_of(first) if first[:1].isupper() else None), given_sex(name)


@lru_cache(maxsize=1 << 14)
def _surname_key(name: str) -> str:
    """The lookup key of a name's surname (once per name, as above)."""
    return key(last_name(name))


def honorific_names(doc: Doc, groups: list[list[Mention]]) -> dict[int, str]:
    """Names for people known only by a surname that another such person shares ("Mr.
    Clinton" and "Mrs. Clinton" in one story), by the group's index: the honorific as written
    keeps them apart for a reader, where the bare surname would not."""
    text = text_of(doc)
    bare: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if g[0].label == "PERSON" and all(" " not in m.text for m in g):
            bare.setdefault(key(g[0].text), []).append(i)
    out = {}
    for surname, indices in bare.items():
        for i in indices:
            written = next((h for m in groups[i] if (h := honorific_before(text, m.start))), None)
            if written is not None and (
                len(indices) > 1 or _other_sex_named(text, groups, surname, sex_of(written))
            ):
                out[i] = f"{written} {groups[i][0].text}"
    return out


def _other_sex_named(text: str, groups: list[list[Mention]], surname: str, sex: str | None) -> bool:
    """Whether a full name with this surname states the other sex ("Mr. Clinton" kept apart
    from "Hillary Clinton", the only full name, so that quotes does not fill it in)."""
    for g in groups:
        full = [m for m in g if " " in m.text and _surname_key(m.text) == surname]
        if g[0].label == "PERSON" and full and sex and _sex(text, full[0]) not in (None, sex):
            return True
    return False


def _stated_sex(sexes: _Sexes, m: Mention, hits: list[list[Mention]]) -> list[Mention] | None:
    """The one full-named person of the surname whose name states the sex the mention's
    honorific does, every other one stating the other sex ("Mrs. Clinton": Hillary, not Bill,
    nor the headline's bare "Clinton"; with a Rafael Cruz of unknown sex, "Mr. Cruz" stays)."""
    sex = sexes(m) if GIVEN_NAMES else None
    if sex is None:
        return None
    full = [p for p in hits if any(" " in x.text for x in p)]
    same = [p for p in full if _same_sex(sexes, m, p) and any(sexes(x) == sex for x in _named(p))]
    others = [p for p in full if p not in same]  # each stated the other sex ("Bill Clinton")
    if len(same) != 1 or any(_same_sex(sexes, m, p) for p in others):
        return None
    return same[0]


def _table_person(m: Mention, fits: list[list[Mention]]) -> list[Mention] | None:
    """The one person named in full whose name is the one the tables list for this bare
    surname ("Trump" is Donald Trump: "Donald J. Trump", not Ivana or Freddy Trump), so that
    the surname does not become a second entity beside the full name."""
    if not TABLE_SURNAMES or len(fits) < 2:
        return None
    first = _listed_given_name(m)
    if first is None:
        return None
    same = [p for p in fits if any(_first_names_match(first, x.text.split()[0]) for x in _named(p))]
    return same[0] if len(same) == 1 else None


def _listed_given_name(m: Mention) -> str | None:
    """The given name of the one person the tables list for a bare surname ("Barack" for
    "Obama"), else None: what both table rules compare the article's full names with."""
    listed = [e for e in kb().lookup(m.key) if e.kind == "person" and " " in e.name]
    return listed[0].name.split()[0] if len(listed) == 1 else None


# A bare surname the tables list as one person's ("Obama": Barack Obama), written before the
# article names someone else of that surname in full ("Michelle Obama"), is the listed person.
TABLE_BEFORE_NAMESAKE = True


def _table_other(m: Mention, fits: list[list[Mention]]) -> bool:
    """Whether the one full-named person a bare surname could join is introduced only after
    it and is not the person the tables list for that surname: the surname stays apart
    (and gathers the later "Mr. Obama") instead of becoming the namesake's."""
    if not TABLE_BEFORE_NAMESAKE or len(fits) != 1:
        return False
    full = [x for x in fits[0] if " " in x.text]
    if not full or min(x.start for x in full) < m.start:
        return False
    first = _listed_given_name(m)
    return first is not None and not any(_first_names_match(first, x.text.split()[0]) for x in full)


def _introduced_before(m: Mention, fits: list[list[Mention]]) -> list[Mention] | None:
    """The one person the article named in full before this bare surname, of those it could
    be ("Mr. Clinton" after "Bill Clinton" and before "Chelsea Clinton" is first named).
    The headline's bare surname comes before every name and so stays apart."""
    if not INTRODUCED_FIRST:
        return None
    named = [p for p in fits if any(" " in x.text for x in p)]
    before = [p for p in named if min(x.start for x in p if " " in x.text) < m.start]
    return before[0] if len(before) == 1 else None


# A bare surname, once the article has used it for one of several namesakes, stays that
# person's when another namesake is named later ("Clinton" after "Bill Clinton" is named in
# a story about Hillary Clinton; "Fiorina" after "her husband, Frank Fiorina").
SURNAME_IN_USE = True


def _surname_in_use(text: str, m: Mention, fits: list[list[Mention]]) -> list[Mention] | None:
    """The one person among the namesakes whom the article already called by the bare
    surname before this mention: writers keep the short form for the main person and name
    the others in full. Not when another namesake is named in full earlier in the mention's
    own paragraph ("Bill Clinton spoke with voters ... and Clinton said")."""
    if not SURNAME_IN_USE:
        return None
    named = [p for p in fits if any(" " in x.text for x in p)]
    surname = _bare_key(m.text)
    used = [p for p in named if any(_bare_key(x.text) == surname and x.start < m.start for x in p)]
    if len(used) != 1:
        return None
    paragraph = text.rfind("\n", 0, m.start) + 1
    others = [x for p in named if p is not used[0] for x in p if " " in x.text]
    return None if any(paragraph <= x.start < m.start for x in others) else used[0]


def _same_sex(sexes: _Sexes, m: Mention, group: list[Mention]) -> bool:
    """Whether a mention can join a group no honorific there contradicts: "Mr. Clinton" and
    "Mrs. Clinton" in one story are two people, whoever the full names are."""
    sex = sexes(m)
    return sex is None or all(sexes(x) in (None, sex) for x in group)


def _named(group: list[Mention]) -> list[Mention]:
    """The full names of a group, or its bare surnames when it has none: the surnames that
    joined a full name may have been another person's ("Mr. Clinton" by "Hillary Clinton")."""
    return [x for x in group if " " in x.text] or group


def _given(m: Mention) -> str | None:
    """The key of a full name's first word ("Melania Trump" -> "melania")."""
    return _given_key(m.text)


@lru_cache(maxsize=1 << 14)
def _given_key(name: str) -> str | None:
    parts = name.split()
    return key(parts[0]) if len(parts) > 1 and parts[0][:1].isupper() else None


def _add_person(sexes: _Sexes, people: _People, m: Mention) -> None:
    """Join a full name to the first person of that surname and a matching first name, else
    start a person. Only full names are grouped at this point, so a group's first full name is
    its first mention, which ``people`` is looked up by."""
    parts = m.text.split()
    for p in people.by_surname(_surname_key(m.text)):
        full = [x for x in p if " " in x.text]
        if not full:
            continue
        other = full[0].text.split()
        same_name = _surname_key(full[0].text) == _surname_key(m.text)
        same_name = same_name and _first_names_match(other[0], parts[0])
        if same_name and _same_sex(sexes, m, p):  # "Mr Lee" and "Mrs Lee" are two
            people.join(p, m)
            return
    people.add([m])


def _merge_acronyms(groups: dict[tuple, list[Mention]]) -> None:
    """ "NATO" joins "North Atlantic Treaty Organisation" when the tables did not link them."""
    long_forms = {}
    for k, ms in groups.items():
        for m in ms:
            a = _acronym(m.text)
            if a and m.label == "ORG":
                long_forms.setdefault(a, k)
    for k in list(groups):
        ms = groups.get(k)
        if not ms or " " in ms[0].text or not (ms[0].label == "ORG" or _mistyped_acronym(ms)):
            continue
        target = long_forms.get(key(ms[0].text).replace(" ", ""))
        if target and target != k and target in groups:
            for m in ms:
                m.label = "ORG"
            groups[target].extend(groups.pop(k))


# "the NRA" that NER typed a place, in a story naming the National Rifle Association: the
# capitals are the organisation's initials.
ACRONYM_RETYPES = True


def _mistyped_acronym(ms: list[Mention]) -> bool:
    """Bare capitals ("NRA"), not a state's abbreviation ("S.C.", "UK"), NER typed otherwise."""
    text = ms[0].text
    return (
        ACRONYM_RETYPES
        and ms[0].label in ("GPE", "PERSON")
        and text.isalpha()
        and text.isupper()
        and len(text) >= 3
    )


# One word tagged LOC in one place and NORP in another ("the Baltic region", "Baltic leaders")
# is one entity, typed by how the article uses it.
PLACE_PEOPLES = True
_PLACE_NOUNS = _words(
    """region regions state states country countries nation nations sea seas coast coasts
    area areas republic republics capital capitals border borders territory territories"""
)


def _merge_place_peoples(doc: Doc, groups: dict[tuple, list[Mention]]) -> None:
    """Join a NORP group to the LOC group of the same name; each mention takes the type of
    its use: a place before a place noun ("Baltic states") or standing alone ("in the
    Baltic"), a people before any other noun ("Baltic leaders")."""
    if not PLACE_PEOPLES:
        return
    for k in [k for k in groups if k[0] == "NORP"]:
        place = ("LOC", k[1])
        if place not in groups or " " in k[1]:
            continue
        merged = groups.pop(place) + groups.pop(k)
        for m in merged:
            m.label = "LOC" if _place_use(doc, m) else "NORP"
        groups[place] = merged


def _place_use(doc: Doc, m: Mention) -> bool:
    nxt = doc[m.tok_end] if m.tok_end < len(doc) else None
    if nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}:
        return True
    return nxt.lower_ in _PLACE_NOUNS


# "State" after "the State Department" (or "the Department of State") is that department.
SHORT_FORMS = True
_OFFICE_HEADS = _words("department ministry agency office bureau")


def _short_form(name: str) -> str:
    """The key an office is called by for short: "State Department" -> "state"; "Department
    of State" -> "state"; '' for other names."""
    words = key(name).split()
    if len(words) == 2 and words[1] in _OFFICE_HEADS:
        return words[0]
    if len(words) == 3 and words[0] in _OFFICE_HEADS and words[1] == "of":
        return words[2]
    return ""


def _join_short_forms(groups: list[list[Mention]]) -> list[list[Mention]]:
    """Join a bare one-word name with no table entry to the one office named in full before
    it whose short form it is; the word's mentions become the organisation's."""
    if not SHORT_FORMS:
        return groups
    offices: dict[str, list[list[Mention]]] = {}
    for g in groups:
        for m in g:
            if m.label == "ORG" and (k := _short_form(m.text)):
                offices.setdefault(k, []).append(g)
    out = []
    for g in groups:
        bare = {m.key for m in g}
        hits = offices.get(next(iter(bare)), []) if len(bare) == 1 else []
        hits = [h for h in {id(h): h for h in hits}.values() if h is not g]
        first = min(m.start for m in g)
        if (
            len(hits) == 1
            and all(m.entry is None and m.label in {"PERSON", "ORG"} for m in g)
            and min(m.start for m in hits[0] if _short_form(m.text)) < first
        ):
            for m in g:
                m.label = "ORG"
            hits[0].extend(g)
            continue
        out.append(g)
    return out


# "Sen. Ted Cruz ... . Rubio stopped by his headquarters. ... the senator said": a holder of
# the office named before the previous sentence, while someone whose title the text never gave
# is named in it, leaves the role unbound (the quotes stage reads it in context).
UNTITLED_BETWEEN = True


def _untitled_between(
    doc: Doc, holder: list[Mention], people: list[list[Mention]], m: Mention
) -> bool:
    """Whether a person with no title is named in the two sentences before the role's (not in
    its own), and the office's holder is named in none of these three."""
    if not UNTITLED_BETWEEN:
        return False
    own = doc[m.tok_start].sent.start
    before = _sentence_before(doc, _sentence_before(doc, own))
    near = [x for x in holder if before <= x.tok_start < m.tok_start]
    others = [  # named in the two sentences before; one named in the role's own would be "he"
        p
        for p in people
        if p is not holder
        and not any(x.title for x in p)
        and any(before <= x.tok_start < own for x in p)
        and not any(own <= x.tok_start < m.tok_start and not _quoted(doc, x) for x in p)
    ]
    return not near and bool(others)


def _quoted(doc: Doc, m: Mention) -> bool:
    """Whether the mention stands inside quotation marks opened in its paragraph ('chants of
    "Marco! Marco!"'): someone's words, not the narrative naming the person."""
    text = text_of(doc)
    before = text[text.rfind("\n", 0, m.start) + 1 : m.start]  # from its paragraph's start
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _sentence_before(doc: Doc, start: int) -> int:
    """The first token of the sentence before the one starting at ``start`` (itself at 0)."""
    return doc[start - 1].sent.start if start > 0 else start


def _bind_roles(
    people: list[list[Mention]], roles: list[tuple[Mention, str]], doc: Doc | None = None
) -> None:
    """Attach "the Pentagon chief" to the one earlier person holding that office; the
    office's country breaks ties, then the most recently mentioned holder."""
    offices = _offices_held(people)
    for m, k in roles:
        cands = []
        for p in (people[i] for i in sorted(offices.get(k, ()))):
            titled = [x for x in p if x.title and role_key(x.title) == k and x.start < m.start]
            if titled:
                country = next((x.title_country for x in titled if x.title_country), None)
                last = max(x.start for x in p if x.start < m.start)
                cands.append((p, country, last))
        if m.title_country:
            cands = [c for c in cands if c[1] in {m.title_country, None}] or cands
        if cands:
            holder = max(cands, key=lambda c: c[2])[0]
            if doc is None or not _untitled_between(doc, holder, people, m):
                holder.append(m)
                if m.title:
                    offices.setdefault(role_key(m.title), set()).add(_index_of(people, holder))


def _offices_held(people: list[list[Mention]]) -> dict[str, set[int]]:
    """The indexes of the people with a titled mention, by the office's key: each role looks
    only at those that held its office."""
    out: dict[str, set[int]] = {}
    for i, p in enumerate(people):
        for x in p:
            if x.title:
                out.setdefault(role_key(x.title), set()).add(i)
    return out


def _index_of(people: list[list[Mention]], group: list[Mention]) -> int:
    return next(i for i, p in enumerate(people) if p is group)
