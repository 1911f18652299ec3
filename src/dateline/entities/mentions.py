"""Entity mentions from spaCy NER, with the NER errors that matter for actor coding fixed.

The small English model calls weapon systems people ("Patriot"), surnames nationalities
("Mattis" NORP), exercise names people ("Tobruk Legacy") and misses names it has not seen
("Grybauskaite"). Each fix here is a general rule over the parse or the shipped actor tables.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.entities._norm import TOKEN_RE, key, norm_token
from dateline.entities._spans import token_offsets, tokens_where
from dateline.entities.coding import PLACE_KINDS, best_entry, case_ok, match_names
from dateline.entities.cue_words import strip_cue_words
from dateline.entities.given_names import given_sex
from dateline.entities.honorifics import honorific_before, sex_of
from dateline.entities.kb import Entry, kb, singular
from dateline.entities.naming import (
    PARTY_MEMBERS,
    PERSONAL_WORDS,
    after_kin,
    before_product_noun,
    called_it,
)
from dateline.entities.surnames import surname
from dateline.nlp import text_of
from dateline.text_layout import line_at, title_case

__all__ = [
    "KEEP_LABELS", "LOST_SUBJECT_DEPS", "RANK_HEADS", "ROLE_HEADS", "TITLE_HEADS", "Mention",
    "collect_mentions", "is_role_word", "lost_subject",
]  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT"})
WEAPON_NOUNS = _words(
    """missile missiles battery batteries system systems rocket rockets launcher launchers
    tank tanks jet jets fighter fighters drone drones aircraft helicopter helicopters
    submarine submarines destroyer destroyers warship warships frigate frigates howitzer
    howitzers rifle rifles interceptor interceptors bomber bombers warhead warheads
    complex complexes deployment deployments vehicle vehicles carrier carriers"""
)
EVENT_NOUNS = _words(
    """exercise exercises drill drills war games summit operation offensive maneuvers
    manoeuvres conference talks olympics festival forum"""
)
NAMING_WORDS = frozenset({"named", "called", "dubbed", "codenamed", "code-named", "known"})
FAC_WORDS = _words(
    """area base airport airbase palace range square bridge port station street avenue
    airfield harbor harbour camp prison stadium center centre building"""
)
SPEECH_LEMMAS = _words(
    """say add tell note stress claim insist argue warn explain state write recall
    comment respond reply announce declare suggest believe think"""
)
TITLE_HEADS = _words(
    """minister secretary president chancellor premier general admiral colonel commander
    senator governor ambassador spokesman spokeswoman spokesperson director chief
    chairman chairwoman mayor king queen prince emir sheikh envoy"""
)
# Local officers' titles: a name follows them directly ("Sheriff Brent Harlan"), but unlike
# the heads above they do not take an office "of" a body ("Superintendent of X Hospital").
RANK_HEADS = _words(
    """sheriff judge justice prosecutor commissioner superintendent councilman councilwoman
    councillor councilor detective sergeant lieutenant inspector marshal coroner
    assemblyman assemblywoman assemblymember alderman alderwoman"""
)
ROLE_HEADS = TITLE_HEADS | RANK_HEADS
# Abbreviated ranks the agents table does not list ("Det. Sgt. Paul Morris").
TITLE_ABBREVIATIONS = frozenset({"sgt", "det", "supt", "cpl", "insp", "cmdr", "pvt", "spc"})
MODEL_RE = re.compile(r"^(?:[A-Z][A-Za-z]*-[A-Z0-9][A-Za-z0-9]*|[A-Z]{1,3}-?\d+[A-Z]?)$")


@dataclass
class Mention:
    """A span of the analysed text that names something, and what is known about it."""

    start: int
    end: int
    label: str
    text: str
    tok_start: int
    tok_end: int
    entry: Entry | None = None
    title: str | None = None
    title_country: str | None = None
    role: bool = False  # a role reference such as "the Pentagon chief"
    place_country: str | None = None  # a place's country as the places resolver reads it
    notes: set[str] = field(default_factory=set)

    @property
    def key(self) -> str:
        return key(self.text)


_ENDINGS = frozenset({"'s", "’s", "'"})
_TRAILING_LINKS = frozenset({"of", "and", "in", "at", "from"})


# A finite verb after two words of a person or organisation name ends it (title-case headlines).
HEADLINE_VERBS = True


# Words NER takes into a name's front: determiners, and "Neither" of "Neither Cruz nor Christie".
_LEADING = frozenset({"the", "a", "an", "neither", "either", "both"})


# "Mrs Clinton", "Ms Papini" (British style, no full stop): NER takes the honorific into the
# name, which then never joins "Hillary Clinton"; the name starts after it (the honorific is
# still read before the name, to keep "Mr Clinton" and "Mrs Clinton" apart).
LEADING_HONORIFICS = True
_NAME_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mister", "MR", "MRS", "MS"})


def _honorific_word(tok: Token) -> bool:
    return tok.text.rstrip(".") in _NAME_HONORIFICS


# An opening quotation mark the model took into a name ('"Gang of Six', 'the "Medicare') is
# no part of it: the closing one already falls outside with the trailing punctuation.
LEADING_QUOTE_MARKS = True
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "'", "‘", "’"})


def _trim(span: Span) -> tuple[int, int]:
    """Token bounds without a leading determiner or a trailing possessive/punctuation."""
    s, e = span.start, span.end
    doc = span.doc
    while s < e and (
        doc[s].lower_ in _LEADING
        or doc[s].is_space
        or (LEADING_QUOTE_MARKS and doc[s].text in _QUOTE_MARKS)
    ):
        s += 1
    if LEADING_HONORIFICS and span.label_ == "PERSON" and e - s > 1 and _honorific_word(doc[s]):
        s += 2 if doc[s + 1].text == "." and e - s > 2 else 1  # "Mrs Clinton": the name
    while e > s and (
        doc[e - 1].is_punct
        or doc[e - 1].is_space
        or doc[e - 1].lower_ in _ENDINGS
        or doc[e - 1].text in _TRAILING_LINKS  # 'Juan "Chico" Manriquez of' Oakland
    ):
        e -= 1
    verbs = [i for i in range(s + 2, e) if doc[i].tag_ in ("VBD", "VBZ") and HEADLINE_VERBS]
    if verbs and span.label_ in ("PERSON", "ORG"):
        e = verbs[0]  # "Maria Hinojosa Explained Why ...": a headline's verb ends the name
    opened = [i for i in range(s, e) if doc[i].text == "("]
    if opened and not any(doc[i].text == ")" for i in range(opened[-1], e)):
        e = opened[-1]  # "World Health Organisation (WHO": the acronym is its own mention
        while e > s and doc[e - 1].is_punct:
            e -= 1
    return s, e


def _title_line(text: str, at: int) -> bool:
    """Whether the line holding offset ``at`` is a title-case line (a headline, a byline, a
    live blog's entry title): two words or more, nearly all capitalised."""
    return title_case(line_at(text, at), shortest=1, spaced=True)


def _one_line(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """ "CNN's Fault" (a headline) over "Ted Cruz apologized": a name NER runs across a line
    break is cut there when a title-case line meets the break or a part of two words or more
    is written elsewhere in the text, keeping the longer part ("Ted Cruz"); a name
    hard-wrapped inside body text stays whole."""
    if not ONE_LINE_NAMES:
        return s, e
    breaks = [i for i in range(s + 1, e - 1) if doc[i].is_space and "\n" in doc[i].text]
    if not breaks:
        return s, e
    text = text_of(doc)
    i = breaks[0]
    parts = ((s, i), (i + 1, e)) if i - s >= e - i - 1 else ((i + 1, e), (s, i))
    titled = _title_line(text, doc[i - 1].idx) or _title_line(text, doc[i + 1].idx)
    if titled or any(_written_elsewhere(doc, a, b) for a, b in parts):
        return _one_line(doc, *parts[0])
    return s, e


def _written_elsewhere(doc: Doc, a: int, b: int, least: int = 2) -> bool:
    """Whether the words of tokens ``a:b`` (``least`` of them or more) recur in the text."""
    span = doc[a:b]
    if b - a < least or any(t.is_space for t in span):
        return False
    text = text_of(doc)
    found = [m.start() for m in re.finditer(re.escape(span.text), text)]
    return any(f != span.start_char for f in found)


def _headline_verb_end(doc: Doc, ents: list[Span], s: int, e: int, label: str) -> int:
    """ "Ted Cruz Apologizes To Ben Carson" (a title-case line), "Trump Wants To Do Things"
    after "Donald Trump": a person's name whose last word the tagger reads as a verb or a
    plural, written nowhere else in the text, while the words before it are, ends before it,
    in a title-case line or after the surname of a person named in full elsewhere."""
    last = doc[e - 1] if e > s else None
    if not ONE_LINE_NAMES or label != "PERSON" or e - s < 2 or last is None:
        return e
    if last.tag_ not in {"NNPS", "VBZ", "VBD"}:
        return e
    if not _title_line(text_of(doc), last.idx) and not (
        e - s == 2 and _surname_elsewhere(doc, ents, s)
    ):
        return e
    if _words_found(doc, last.text) > 1 or not _written_elsewhere(doc, s, e - 1, 1):
        return e
    return e - 1


def _surname_elsewhere(doc: Doc, ents: list[Span], i: int) -> bool:
    """Whether token ``i`` is the surname of a full PERSON name NER found elsewhere (``ents``:
    the doc's, listed once, as spaCy rebuilds ``doc.ents`` on each access)."""
    return any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == doc[i].text and ent.start != i
        for ent in ents
    )


def _words_found(doc: Doc, word: str) -> int:
    return len(re.findall(rf"\b{re.escape(word)}\b", text_of(doc)))


# A name never runs across a line break beside a headline.
ONE_LINE_NAMES = True


# Editorial brackets and soft hyphens inside a name are dropped from its text.
NAME_MARKS = True
_NOT_IN_NAMES = str.maketrans("", "", "[]\xad")


def _make(doc: Doc, s: int, e: int, label: str) -> Mention:
    span = doc[s:e]  # not doc.text: spaCy rebuilds the whole text on every access
    # a name broken over lines is still one name; an editor's "[Hillary] Clinton" and a soft
    # hyphen ("Doug \xadAndres") are no part of it
    written = span.text.translate(_NOT_IN_NAMES) if NAME_MARKS else span.text
    text = " ".join(written.split())
    return Mention(span.start_char, span.end_char, label, text, s, e)


def _next_word(doc: Doc, m: Mention) -> str:
    """The word after the mention ('' after a possessive: "Kaliningrad's missile")."""
    i = m.tok_end
    while i < len(doc) and doc[i].text == "-":
        i += 1
    return doc[i].lower_ if i < len(doc) else ""


def _place(m: Mention) -> Entry | None:
    entries = [e for e in kb().lookup(m.key) if e.kind in PLACE_KINDS]
    if not entries and m.key != singular(m.key):  # "Americans"
        entries = [e for e in kb().lookup(singular(m.key)) if e.kind == "demonym"]
    if not entries or not case_ok([m.text], m.key):
        return None
    return best_entry(entries)


def _known(m: Mention) -> Entry | None:
    """The table entry named by the mention's text, respecting acronym case."""
    if not case_ok([m.text], m.key):
        return None
    return best_entry(kb().lookup(m.key)) or _place(m)


def _fix_products(doc: Doc, ms: list[Mention]) -> None:
    products: set[str] = set()
    for m in ms:
        if m.label in {"PERSON", "ORG", "NORP", "GPE", "FAC", "PRODUCT"} and _known(m) is None:
            nxt = _next_word(doc, m)
            if nxt in WEAPON_NOUNS or MODEL_RE.match(m.text):
                products.add(m.key)
    products |= {singular(p) for p in products}
    for m in ms:
        if m.key in products or singular(m.key) in products:
            m.label = "PRODUCT"


def _fix_events(doc: Doc, ms: list[Mention]) -> None:
    events: set[str] = set()
    people = {surname(m.text) for m in ms if m.label == "PERSON" and " " in m.text}
    for m in ms:
        if m.label not in {"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"} or _known(m):
            continue
        if PEOPLE_NOT_EVENTS and m.label == "PERSON" and m.text in people:
            continue  # "the Clinton operation" beside "Bill Clinton": his campaign, no event
        sent = doc[m.tok_start].sent
        before = {t.lower_ for t in doc[max(sent.start, m.tok_start - 2) : m.tok_start]}
        sent_words = {t.lower_ for t in sent}
        if _next_word(doc, m) in EVENT_NOUNS or (
            before & NAMING_WORDS and sent_words & EVENT_NOUNS
        ):
            events.add(m.key)
    for m in ms:
        if m.key in events:
            m.label = "EVENT"


# A person's surname before an event noun ("the Clinton operation") names no event.
PEOPLE_NOT_EVENTS = True


def _before_facility_noun(doc: Doc, m: Mention) -> bool:
    i = m.tok_end
    if i < len(doc) and doc[i].lower_ in {"air", "naval", "military", "army", "international"}:
        i += 1
    return i < len(doc) and doc[i].lower_ in FAC_WORDS and doc[i].pos_ == "NOUN"


def _product_name(doc: Doc, m: Mention) -> bool:
    """A city's name heading "pay system", "cocktails": the thing's name (a country's name
    stays the country: "the Iran missile program")."""
    if m.label not in {"GPE", "LOC"} or not before_product_noun(doc, m.tok_end):
        return False
    place = _place(m)
    return place is None or place.kind == "city"


def _within_paragraph(tok: Token) -> bool:
    """Whitespace that is no paragraph break (a blank line, as in :mod:`dateline.nlp`)."""
    return tok.is_space and tok.text.count("\n") < 2


def _join_split_names(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """ "Judge Amy Berman Jackson": NER sometimes cuts a long name's surname off as a second
    PERSON span; touching it, with nothing between (no comma, no "and", no blank line: a
    byline's "John Smith" and the next paragraph's "Obama" are two people), it is one person."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == m.label == "PERSON"
            and all(_within_paragraph(t) for t in doc[prev.tok_end : m.tok_start])
            and m.tok_end - m.tok_start == 1  # a surname cut off, not a headline's run of names
            and m.tok_end - prev.tok_start <= 4
        ):
            out[-1] = _make(doc, prev.tok_start, m.tok_end, "PERSON")
            continue
        out.append(m)
    return out


def _fix_types(doc: Doc, ms: list[Mention]) -> None:
    """Facilities, places and demonyms the model typed as something else."""
    for m in ms:
        last = norm_token(m.text.split()[-1]) if m.text.split() else ""
        if m.label in {"PERSON", "ORG"} and len(m.text.split()) > 1 and last in FAC_WORDS:
            m.label = "FAC"
            continue
        if m.label in {"PERSON", "ORG"} and _before_facility_noun(doc, m) and _known(m) is None:
            m.label = "FAC"  # "Mihail Kogalniceanu air base": the name of the base
            continue
        if _product_name(doc, m):
            m.label, m.entry = "PRODUCT", None  # "the Phoenix pay system"
            m.notes.add("product-name")  # the city's country is not the product's
            continue
        if m.label in {"PRODUCT", "FAC", "ORG", "NORP", "PERSON", "GPE", "LOC"}:
            place = _place(m)
            if place is None or (m.label == "PERSON" and place.kind in {"city", "region"}):
                continue
            if _next_word(doc, m) in WEAPON_NOUNS and m.label == "PRODUCT":
                continue
            m.entry = place
            m.label = "NORP" if place.kind == "demonym" else "GPE"


# A product-typed name the next sentence calls "The group" ("a program called Sandy Hook
# Promise. The group seeks ...") is an organisation.
GROUPS_NAMED_AGAIN = True
GROUP_NOUNS = _words(
    "group organization organisation company firm charity foundation nonprofit association"
)


def _groups_by_next_noun(doc: Doc, ms: list[Mention]) -> None:
    """Retype as ORG a PRODUCT or WORK_OF_ART ending its sentence when the next sentence
    opens with "The" and an organisation noun, or its apposition is one (", a group that")."""
    if not GROUPS_NAMED_AGAIN:
        return
    for m in ms:
        if m.label not in {"PRODUCT", "WORK_OF_ART"} or m.tok_end + 2 >= len(doc):
            continue
        after = [t for t in doc[m.tok_end : m.tok_end + 5] if not t.is_space]
        if len(after) < 3:
            continue
        opens = after[0].text == "." and after[1].text == "The"
        apposed = after[0].text == "," and after[1].lower_ in {"a", "an", "the"}
        if (opens or apposed) and after[2].lower_ in GROUP_NOUNS:
            m.label, m.entry = "ORG", None


def is_role_word(word: str) -> bool:
    """A title or office word ("Sheriff", "Sgt.", "Gov."): the hand lists or the agents table."""
    w = norm_token(word)
    if w in ROLE_HEADS or w in TITLE_ABBREVIATIONS:
        return True
    return bool(kb().agents.get(w) or kb().agents.get(singular(w)))


def _word_before(doc: Doc, i: int) -> str:
    """The word before token ``i``, passing over the full stop of an abbreviation ("Sgt .")."""
    j = i - 1
    if j >= 1 and doc[j].text == "." and doc[j - 1].whitespace_ == "":
        j -= 1
    return doc[j].text if j >= 0 else ""


def _looks_like_person(doc: Doc, m: Mention) -> bool:
    """A multi-word name typed ORG/GPE/... that is a person: the dictionary knows the person
    under this or a variant spelling, or a title word stands right before it."""
    words = m.text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or _known(m) is not None:
        return False
    if any(norm_token(w) in FAC_WORDS or kb().agents.get(norm_token(w)) for w in words):
        return False
    before = _word_before(doc, m.tok_start)
    if before[:1].isupper() and is_role_word(before):
        return True
    if kb().person(m.key) is not None or _apposed_to_person(doc, m):
        return True
    return _speaking_given_name(doc, m)


# "Carly Fiorina said Ted Cruz ...": a two- or three-word name NER typed ORG that opens with a
# listed given name and is the subject of a speech verb is a person.
SPEAKING_GIVEN_NAMES = True


def _speaking_given_name(doc: Doc, m: Mention) -> bool:
    root = doc[m.tok_end - 1]
    return (
        SPEAKING_GIVEN_NAMES
        and len(m.text.split()) <= 3
        and root.dep_ == "nsubj"
        and root.head.lemma_ in SPEECH_LEMMAS
        and given_sex(m.text) is not None
    )


# "Sweden's Minister of Agriculture, Ann-Christin Nykvist, said", "One Republican presidential
# hopeful, Carly Fiorina, says": a name set off in apposition after an office noun, or after a
# common noun when it opens with a given name, is that person (NER often calls it ORG).
APPOSED_PEOPLE = True


def _apposed_to_person(doc: Doc, m: Mention) -> bool:
    """Whether the name stands after a comma in apposition to an office noun ("Minister"), or
    to a common noun other than a group noun when its first word is a listed given name."""
    root = doc[m.tok_end - 1]
    if not APPOSED_PEOPLE or m.tok_start < 1 or doc[m.tok_start - 1].text != ",":
        return False
    head = root.head
    if root.dep_ != "appos" or head.i >= m.tok_start:
        return False
    if head.lower_ in ROLE_HEADS:
        return True
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() not in GROUP_NOUNS
        and given_sex(m.text) is not None
    )


def _fix_people(doc: Doc, ms: list[Mention]) -> None:
    for m in ms:
        if m.label in {"ORG", "NORP", "GPE", "LOC", "PRODUCT"} and _looks_like_person(doc, m):
            m.label = "PERSON"
    _fix_bare_people(doc, ms)
    if _surnamed_people(doc, ms):
        _fix_bare_people(doc, ms)  # the surname of a name found just now ("Tanden")


def _fix_bare_people(doc: Doc, ms: list[Mention]) -> None:
    """One-word names typed as things that are people: a surname or given name of a person
    named in full, a name after a kinship noun, or an unknown subject of a speech verb."""
    full = [m.text.split() for m in ms if m.label == "PERSON" and " " in m.text]
    surnames = {key(surname(" ".join(words))) for words in full}  # "al-Awlaki", "Al-Awlaki"
    given = {words[0] for words in full if words[0][:1].isupper()}
    for m in ms:
        if m.label not in {"NORP", "ORG", "GPE", "PRODUCT", "LOC"} or " " in m.text:
            continue
        if (
            m.key in surnames
            or (m.text[:1].isupper() and after_kin(doc, m.tok_start))
            or (m.text in given and _used_as_person(doc, m))
        ):
            m.label, m.entry = "PERSON", None  # "his daughters, Malia and Sasha"
            continue
        root = doc[m.tok_end - 1]
        if (
            root.dep_ in {"nsubj", "nsubjpass"}
            and root.head.lemma_ in SPEECH_LEMMAS
            and m.entry is None
            and _known(m) is None
            and root.pos_ == "PROPN"
            and not called_it(root)  # "Swissport said it had made offers"
            and not (ORG_MARKS and _org_marked(doc, m, frozenset(w[-1] for w in full)))
        ):
            m.label = "PERSON"


# "the DNC said", "NATO said": a speaking one-word name NER typed ORG stays one when "the"
# stands before it or it is an acronym (all capitals in a line that is not).
ORG_MARKS = True


def _org_marked(doc: Doc, m: Mention, surnames: frozenset[str] = frozenset()) -> bool:
    """ "the" before the name (not a family: "the Ebelings" of a person surnamed Ebeling), or
    an acronym."""
    word = m.text
    if m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the":
        return not (word.endswith("s") and {word[:-1], word[:-2]} & surnames)
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return False
    sent = doc[m.tok_start].sent.text
    return sum(c.islower() for c in sent) > sum(c.isupper() for c in sent)


def _surnamed_people(doc: Doc, ms: list[Mention]) -> bool:
    """ "An email from Neera Tanden" (typed FAC) with "Tanden recounted" (PERSON) elsewhere: a
    two- or three-word capitalised name the tables do not know, with no facility or office
    word, whose surname is a one-word PERSON of the article, is a person; after a comma inside
    the span ("his best friend at Lehigh, Bruce Turry"), only the words after it are; and so is
    a full name written as a person's elsewhere. True if any changed."""
    if not SURNAMED_PEOPLE:
        return False
    bare = {m.text for m in ms if m.label == "PERSON" and " " not in m.text}
    full = {m.key for m in ms if m.label == "PERSON" and " " in m.text}
    changed = False
    for i, m in enumerate(ms):
        if m.label not in {"ORG", "GPE", "LOC", "FAC", "PRODUCT"}:
            continue
        if m.key in full and " " in m.text:  # "Junot Diaz" (ORG) beside "Junot Díaz" (PERSON)
            m.label, m.entry, changed = "PERSON", None, True
            continue
        commas = [t.i for t in doc[m.tok_start : m.tok_end] if t.text == ","]
        tail = _make(doc, commas[-1] + 1, m.tok_end, m.label) if commas else m
        words = tail.text.split()
        if not 1 < len(words) < 4 or surname(tail.text) not in bare or words[0] in bare:
            continue
        if not all(w[:1].isupper() for w in words) or _known(tail) is not None:
            continue
        if not any(norm_token(w) in FAC_WORDS or kb().agents.get(norm_token(w)) for w in words):
            tail.label, tail.entry, changed = "PERSON", None, True
            ms[i] = tail
    return changed


# A full name typed as a thing whose surname the article uses for a person is that person.
SURNAMED_PEOPLE = True


def _used_as_person(doc: Doc, m: Mention) -> bool:
    """A bare given name ("Georgia" after "Georgia Stevens") that acts: the subject of a verb
    or a possessor ("Georgia skates", "Melania's speech"), or, outside a prepositional phrase
    or compound, a name the tables do not know."""
    dep = doc[m.tok_end - 1].dep_
    if dep in {"nsubj", "nsubjpass", "poss"}:
        return True
    if dep in {"pobj", "compound"}:
        return False  # "in Karak", "the Karak district" (beside "Karak Castle")
    return m.entry is None and _known(m) is None


_NAME_JOINERS = frozenset({"of", "the", "and"})


def _fill_gaps(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """Names the model missed: known actors, and capitalised names after a title word."""
    covered = {i for m in ms for i in range(m.tok_start, m.tok_end)}
    people = frozenset(key(surname(m.text)) for m in ms if m.label == "PERSON" and " " in m.text)
    added = _table_names(doc, covered, people)
    added += _speaking_names(doc, covered)
    added += _repeated_surnames(doc, [*ms, *added], covered)
    added += _known_surnames(doc, covered)
    added += _titled_names(doc, covered)
    added += _repeated_orgs(doc, [*ms, *added], covered)
    return added


# "D’Souza replied ... D’Souza told Beck": a capitalised word the model never tagged that is
# the subject of a speech verb in two sentences is someone's name; each of its uses is theirs.
SPEAKING_NAMES = True
_SPEAKING_LEAST = 2  # sentences in which the word is a speech verb's subject
_SPEAKING_GIVEN_MOST = 2  # given names joined before it ("Dinesh", "Mary Ann"): no run-on headline
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _speaking_names(doc: Doc, covered: set[int]) -> list[Mention]:
    """Person mentions for capitalised proper nouns no mention covers that say things in two
    sentences and that neither the tables nor "it" call a thing, with the uncovered proper
    nouns just before them, not opening a sentence ("Filmmaker Jan D’Arcy")."""
    if not SPEAKING_NAMES:
        return []
    spoke: dict[str, set[int]] = {}
    for i in tokens_where(doc, "DEP", _SUBJECT_DEPS.__contains__):  # no other token passes
        t = doc[i]
        if t.i not in covered and t.head.lemma_ in SPEECH_LEMMAS and _speaking_word(t):
            spoke.setdefault(t.text, set()).add(t.sent.start)
    names = {w for w, sents in spoke.items() if len(sents) >= _SPEAKING_LEAST}
    added: list[Mention] = []
    for i in tokens_where(doc, "ORTH", names.__contains__) if names else ():
        if i in covered:
            continue
        s = i
        while (
            i - s < _SPEAKING_GIVEN_MOST
            and s > 0
            and s - 1 not in covered
            and _given_before(doc[s - 1])
        ):
            s -= 1
        added.append(_make(doc, s, i + 1, "PERSON"))
        covered.update(range(s, i + 1))
    return added


def _speaking_word(t: Token) -> bool:
    """A capitalised word, not all capitals, that no table knows and no clause calls "it"."""
    word = t.text
    if not (word[:1].isupper() and any(c.islower() for c in word) and len(word) > 2):
        return False
    if t.tag_ not in ("NNP", "NN") or is_role_word(word) or called_it(t):
        return False
    return not kb().lookup(word)


def _given_before(t: Token) -> bool:
    """A capitalised proper noun inside a sentence, not a title ("Dinesh" in "Filmmaker
    Dinesh D’Souza")."""
    return (
        t.tag_ == "NNP"
        and t.text[:1].isupper()
        and not t.is_sent_start
        and t.whitespace_ != ""
        and not is_role_word(t.text)
    )


# An organisation's one-word name the model tagged once is the organisation wherever else the
# text writes it as a proper noun ("Uber's cars", "Uber said it ...").
REPEATED_ORGS = True


def _repeated_orgs(doc: Doc, ms: list[Mention], covered: set[int]) -> list[Mention]:
    """Untagged proper-noun repeats of a one-word ORG name no person or place shares."""
    if not REPEATED_ORGS:
        return []
    orgs = {m.text for m in ms if m.label == "ORG" and " " not in m.text and m.text[:1].isupper()}
    orgs -= {w for m in ms if m.label != "ORG" for w in m.text.split()}
    added: list[Mention] = []
    for i in tokens_where(doc, "ORTH", orgs.__contains__) if orgs else ():
        t = doc[i]
        if i in covered or t.pos_ != "PROPN" or t.ent_type_ not in ("", "ORG"):
            continue
        added.append(_make(doc, i, i + 1, "ORG"))
        covered.add(i)
    return added


def _table_names(
    doc: Doc, covered: set[int], people: frozenset[str] = frozenset()
) -> list[Mention]:
    """Capitalised names the actor tables know (countries, people, multi-word groups), outside
    the tokens already ``covered`` (which it extends); one that is the surname of a person the
    article names in full (``people``: surname keys) is that person, whatever the table says."""
    words = _words_of(doc)
    added: list[Mention] = []
    for match in match_names(words):
        s, e = words[match.i][2], words[match.j - 1][3]
        if any(i in covered for i in range(s, e)):
            continue
        if not all(
            doc[i].text[:1].isupper() or (s < i < e - 1 and doc[i].lower_ in _NAME_JOINERS)
            for i in range(s, e)
            if doc[i].is_alpha
        ):
            continue  # "Republic of Moldova" is a name; "republic" alone is a word
        country = _country_entry(" ".join(w[1] for w in words[match.i : match.j]))
        if country is not None:  # a country the model missed or put inside a DATE
            added.append(_make(doc, s, e, "GPE"))
            added[-1].entry = country
            covered.update(range(s, e))
            continue
        if match.entry.kind in PLACE_KINDS:
            continue
        if match.entry.kind == "person" or e - s > 1:
            label = "PERSON" if match.entry.kind == "person" else "ORG"
            added.append(_make(doc, s, e, label))
            added[-1].entry = match.entry
            covered.update(range(s, e))
            if added[-1].key in people:  # "Footage of Al-Awlaki" after "Anwar al-Awlaki"
                added[-1].label, added[-1].entry = "PERSON", None
    return added


def _repeated_surnames(doc: Doc, ms: list[Mention], covered: set[int]) -> list[Mention]:
    """A proper noun that repeats the last word of a full PERSON name found so far."""
    added: list[Mention] = []
    surnames = {key(surname(m.text)) for m in ms if m.label == "PERSON" and " " in m.text}
    if not surnames:
        return added
    for i in tokens_where(doc, "ORTH", lambda w: w[:1].isupper() and key(w) in surnames):
        t = doc[i]
        if t.i in covered or not t.text[:1].isupper():
            continue
        if key(t.text) in surnames and (_name_like(t) or lost_subject(t)):
            added.append(_make(doc, t.i, t.i + 1, "PERSON"))
            covered.add(t.i)
    return added


def _people_named_again(ms: list[Mention]) -> None:
    """ "According to Conrad" after "Conrad Rijnhout": a one-word place the model found that
    is the given name or surname of a person named in full, and no place the tables know, is
    that person ("Washington", "Jordan", "Lincoln" stay places)."""
    words = set()
    for m in ms:
        parts = m.text.split()
        if m.label == "PERSON" and len(parts) > 1:
            words.update((parts[0], surname(m.text)))
    for m in ms:
        known = m.entry is not None or bool(kb().lookup(m.key))
        if m.label in {"GPE", "LOC"} and m.text in words and not known:
            m.label = "PERSON"


def _places_named_again(ms: list[Mention]) -> None:
    """ "Clarkston became his home" in a story that names the town Clarkston elsewhere: a
    one-word PERSON that the model reads as a place at least twice in the article (or as a
    party or nationality once: "the Wisconsin Republican"), and no word of any full person
    name there, is that place or group (a "he" no longer finds a town or a party)."""
    if not PLACES_AGAIN:
        return
    named: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    for m in ms:
        parts = m.text.split()
        if m.label == "PERSON" and len(parts) > 1:
            named.update(parts)
        elif m.label in {"GPE", "LOC", "NORP"}:
            k = ("NORP" if m.label == "NORP" else "GPE", m.text)
            seen[k] = seen.get(k, 0) + 1
    for m in ms:
        if m.label != "PERSON" or " " in m.text or m.text in named:
            continue
        if seen.get(("NORP", m.text)) or m.text.lower() in PARTY_MEMBERS:
            m.label = "NORP"
        elif seen.get(("GPE", m.text), 0) >= 2:
            m.label = "GPE"


# A one-word PERSON the article reads as a place elsewhere is that place.
PLACES_AGAIN = True


# "Robey Warshaw, a firm founded in 2014", "Caltrans, the state transportation agency,": a name
# the model typed a person whose apposition is headed by an organisation noun is that organisation
# (every mention of it).
ORGS_APPOSED = True
_ORG_HEADS = GROUP_NOUNS | _words(
    "agency bank newspaper website magazine network union institute publisher outlet think-tank"
)
_APPOSITION_WORDS = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})


def _organisations_apposed(doc: Doc, ms: list[Mention]) -> None:
    """Retype as ORG every mention of a PERSON name that one apposition calls a firm or agency."""
    if not ORGS_APPOSED:
        return
    names = {m.text for m in ms if m.label == "PERSON" and _apposed_org_noun(doc, m)}
    for m in ms:
        if m.label == "PERSON" and m.text in names:
            m.label, m.entry = "ORG", None


def _apposed_org_noun(doc: Doc, m: Mention) -> bool:
    """Whether ", a/an/the ..." right after the mention is headed by an organisation noun: the
    last noun before the first word that is no noun or modifier ("a firm founded")."""
    i = m.tok_end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in {"a", "an", "the"}:
        return False
    j, head = i + 2, None
    while j < len(doc) and (doc[j].pos_ in _APPOSITION_WORDS or doc[j].text == "-"):
        if doc[j].pos_ == "NOUN":
            head = doc[j]
        j += 1
    if j < len(doc) and doc[j].tag_ == "POS":
        return False  # "the company's new chief executive": a possessor, not the head
    return head is not None and head.lower_ in _ORG_HEADS and j == head.i + 1


def _organisations_called_it(doc: Doc, ms: list[Mention]) -> None:
    """ "Twitter has positioned itself ...", "Twitter said ..., adding that it ...": a one-word
    name the model tags as a person, which its own clause calls "it" or "its" in two sentences
    or more and never "he" or "she" as a subject, is an organisation (so "It said" and "the
    company" find it), unless a person named in full has it as a word, it is a known given
    name, or an honorific precedes it."""
    if not ORGS_CALLED_IT:
        return
    named = {w for m in ms if m.label == "PERSON" and " " in m.text for w in m.text.split()}
    text = text_of(doc)
    uses: dict[str, list[Mention]] = {}
    for m in ms:
        if " " not in m.text and m.entry is None and m.label in {"PERSON", "PRODUCT"}:
            uses.setdefault(m.text, []).append(m)
    for word, group in uses.items():
        if not any(m.label == "PERSON" for m in group) or word in named or given_sex(word):
            continue
        if any(honorific_before(text, m.start) for m in group):
            continue
        roots = [doc[m.tok_end - 1] for m in group]
        if any(r.dep_ in {"nsubj", "nsubjpass"} and _personal_after(r) for r in roots):
            continue
        if len({r.sent.start for r in roots if called_it(r)}) >= 2:
            for m in group:
                m.label, m.entry = "ORG", None


def _personal_after(tok: Token) -> bool:
    """Whether "he", "she" or their forms follow the name in its own sentence before another
    person's name ("..., even as Jack Dorsey ... is out to prove he is" is Dorsey's)."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.ent_type_ == "PERSON":
            return False
        if t.lower_ in PERSONAL_WORDS:
            return True
    return False


# A one-word "person" that the article calls "it" in two sentences is an organisation.
ORGS_CALLED_IT = True


def _name_like(t: Token) -> bool:
    """A proper noun, or a capitalised subject the tagger read as a plural noun ("Sanders
    himself, who ..., has toned down")."""
    return t.pos_ == "PROPN" or (
        t.text[:1].isupper() and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass")
    )


# The relations a lost subject hangs by (a caller may pick its candidate tokens by them).
LOST_SUBJECT_DEPS = frozenset({"advmod", "npadvmod", "amod"})


def lost_subject(t: Token) -> bool:
    """ "Informed of ..., Early described it": a capitalised word, not opening its sentence,
    that the parser took for a modifier of a verb that has no subject of its own."""
    head = t.head
    return (
        t.text[:1].isupper()
        and not t.is_sent_start
        and t.dep_ in LOST_SUBJECT_DEPS
        and head.pos_ in ("VERB", "AUX")
        and t.i < head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
    )


def _known_surnames(doc: Doc, covered: set[int]) -> list[Mention]:
    """A capitalised proper noun that is the surname of exactly one person in the tables and
    no other known name."""
    base = kb()
    added: list[Mention] = []
    for i in tokens_where(doc, "POS", lambda pos: pos == "PROPN"):  # no other token passes
        t = doc[i]
        if t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or len(t.text) < 4:
            continue
        if t.ent_type_ and t.ent_type_ not in KEEP_LABELS:
            continue
        if is_role_word(t.text):
            continue  # "Mayor Ortiz": a title, though someone in the tables is surnamed Mayor
        if INSIDE_NAMES and _inside_name(doc, t):
            continue  # "Wall Street": a word of another name, not someone's surname
        people = base.by_surname(t.lower_)
        if len(people) == 1 and not base.lookup(t.lower_) and t.is_sent_start is not True:
            added.append(_make(doc, t.i, t.i + 1, "PERSON"))
            added[-1].entry = people[0]
            added[-1].notes.add("surname")
            covered.add(t.i)
    return added


# A known surname inside a longer capitalised name ("Wall Street") is no person.
INSIDE_NAMES = True


def _inside_name(doc: Doc, t: Token) -> bool:
    """Whether a capitalised proper noun sits inside a longer one: a capitalised proper noun
    follows it, or one precedes it that is no given name, honorific or title ("Wall Street";
    not "John Street", "Mr. Street", "Sen. Street")."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        return True
    prev = doc[t.i - 1] if t.i > 0 else None
    if prev is None or prev.pos_ != "PROPN" or not prev.text[:1].isupper():
        return False
    word = _word_before(doc, t.i)
    return not (given_sex(f"{prev.text} {t.text}") or sex_of(word) or is_role_word(word))


def _titled_names(doc: Doc, covered: set[int]) -> list[Mention]:
    """A capitalised name after a capitalised role word ("Foreign Minister Ana Ruiz")."""
    added: list[Mention] = []
    for i in tokens_where(doc, "LOWER", ROLE_HEADS.__contains__):  # no other token passes
        t = doc[i]
        if t.lower_ in ROLE_HEADS and t.text[:1].isupper():
            span = _name_after_title(doc, t.i, office_of=t.lower_ in TITLE_HEADS)
            if span and not any(i in covered for i in range(*span)):
                added.append(_make(doc, *span, "PERSON"))
                covered.update(range(*span))
    return added


def _extend_official_names(doc: Doc, ms: list[Mention]) -> None:
    """ "Republic of Moldova", "Islamic Republic of Iran": NER sometimes keeps only the last
    words; take in the state title before them when the whole is a country's name."""
    for i, m in enumerate(ms):
        first = m.tok_start
        if m.label != "GPE" or first < 2 or doc[first - 1].lower_ != "of":
            continue
        best = None
        for s in range(first - 2, max(-1, first - 6), -1):
            if not doc[s].is_title:
                break
            if _country_entry(key(doc[s : m.tok_end].text)) is not None:
                best = s
        if best is not None:
            ms[i] = _make(doc, best, m.tok_end, "GPE")


def _country_entry(k: str) -> Entry | None:
    return next((e for e in kb().lookup(k) if e.kind == "country"), None)


def _words_of(doc: Doc) -> list[tuple[str, str, int, int]]:
    """(text, key, first token, end token) per word, words split as the tables split them:
    "Kassym-Jomart" is one word here though spaCy makes three tokens of it. The tokens come
    from a search of the token offsets, not ``doc.char_span`` (a Span per word)."""
    out = []
    starts, _ = token_offsets(doc)
    for m in TOKEN_RE.finditer(text_of(doc)):
        text = m.group()
        for suffix in ("'s", "’s", "'", "’"):
            text = text.removesuffix(suffix) if len(text) > len(suffix) + 1 else text
        k = norm_token(text)
        if k:  # a word starts and ends on no space, so it starts and ends inside tokens
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, m.start() + len(text) - 1) - 1
            out.append((text, k, first, last + 1))
    return out


def _name_after_title(doc: Doc, i: int, office_of: bool = True) -> tuple[int, int] | None:
    """The 2-4 capitalised words naming the holder of the title at token ``i``, if any.

    "Minister of Defense Raimundas Karoblis": after "of", all but the last two capitalised
    words belong to the office.
    """
    j = i + 1
    if j < len(doc) and doc[j].lower_ in {"of", "for"}:
        if not office_of:
            return None
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        return (k - 2, k) if k - (j + 1) >= 3 else None
    k = j
    while k < len(doc) and k - j < 4 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    return (j, k) if k - j >= 2 else None


def _inside_title(doc: Doc, m: Mention) -> bool:
    """ "Defense" in "Secretary of Defense" is part of an office, not an organisation."""
    s = m.tok_start
    return (
        m.label == "ORG"
        and s >= 2
        and doc[s - 1].lower_ in {"of", "for"}
        and doc[s - 2].lower_ in TITLE_HEADS
    )


def _title_then_name(doc: Doc, s: int, e: int, label: str) -> bool:
    """ "Spokeswoman Haley Morris"; in a span the model calls a person, any office word
    ("Assemblywoman Claudia Tenney", "Professor Jane Roe")."""
    if e - s < 3 or not all(t.text[:1].isupper() for t in doc[s + 1 : e]):
        return False
    word = doc[s].lower_
    return (label in {"ORG", "PERSON"} and word in TITLE_HEADS) or (
        label == "PERSON" and is_role_word(doc[s].text)
    )


def _titled_surnames(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """ "Dean Amar" after "Vikram Amar": an office word the model took into a two-word name is
    the title of the person the article named in full with that surname ("Dean Baker" with no
    other Baker stays a name)."""
    surnames = {
        m.text.split()[-1]
        for m in ms
        if m.label == "PERSON" and len(m.text.split()) > 1 and not is_role_word(m.text.split()[0])
    }
    out = []
    for m in ms:
        words = m.text.split()
        if (
            m.label == "PERSON"
            and m.tok_end - m.tok_start == 2
            and len(words) == 2
            and words[1] in surnames
            and is_role_word(words[0])
        ):
            m = _make(doc, m.tok_start + 1, m.tok_end, "PERSON")
        out.append(m)
    return out


# "Saudi Prince Alwaleed Bin Talal": a capitalised word the model left between a royal title
# (which goes with a first name) and the name after it is the person's first name, not part
# of the title ("Director of Government Affairs Phil Smith" keeps "Affairs" in the office).
NAMES_AFTER_TITLES = True
_ROYAL_TITLES = frozenset(
    {"prince", "princess", "king", "queen", "sheikh", "sheik", "emir", "sultan", "crown"}
)


def _names_after_titles(doc: Doc, ms: list[Mention]) -> list[Mention]:
    """Each person mention widened over the one untagged proper noun between it and the royal
    title before it."""
    if not NAMES_AFTER_TITLES:
        return ms
    covered = {i for m in ms for i in range(m.tok_start, m.tok_end)}
    out = []
    for m in ms:
        k = m.tok_start - 1
        if (
            m.label == "PERSON"
            and k >= 1
            and k not in covered
            and doc[k].pos_ == "PROPN"
            and doc[k].is_title
            and bool(doc[k - 1].whitespace_)
            and doc[k].tag_ == "NNP"
            and not is_role_word(doc[k].text)
            and doc[k - 1].lower_ in _ROYAL_TITLES
            and doc[k - 1].is_title
            and not _title_line(text_of(doc), doc[k].idx)  # a title-case headline's verb
        ):
            m = _make(doc, k, m.tok_end, "PERSON")
        out.append(m)
    return out


# "A pro-Rubio super PAC said ...", headline "Super PAC blasts Trump": a name the text also
# counts with "a" at the end of its noun phrase, or writes with a lower-case first word, is a
# common noun (a kind of group), no organisation or person of that name.
COMMON_NOUN_NAMES = True
_COUNTING = frozenset({"a", "an", "another"})
_NAME_LABELS = frozenset({"ORG", "PERSON"})
_MODIFIER_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def _counted_names(doc: Doc, ms: list[Mention]) -> set[str]:
    """The one-word ORG or PERSON names the text uses after "a" with only lower-case words
    between and no noun after: "a conservative super PAC"."""
    names = {m.text for m in ms if m.label in _NAME_LABELS and m.tok_end - m.tok_start == 1}
    found: set[str] = set()
    for i in tokens_where(doc, "LOWER", _COUNTING.__contains__):  # no other token passes
        t = doc[i]
        if t.dep_ != "det" or t.head.text not in names:
            continue
        name = t.head
        between = text_of(doc)[t.idx + len(t.text) : name.idx].split()
        after = doc[name.i + 1] if name.i + 1 < len(doc) else None
        # not "an Obama adviser", "a Trump Tower": a modifier of the noun after it
        if all(w[:1].islower() for w in between) and (after is None or after.pos_ not in _NOUNS):
            found.add(name.text)
    # "a divided Congress" but also "Congress passed": a name used bare somewhere stays one
    if not found:
        return found
    bare = tokens_where(doc, "ORTH", found.__contains__)
    return found - {doc[i].text for i in bare if not _modified(doc[i])}


def _modified(tok: Token) -> bool:
    """Whether a word has an article or a modifier right before it ("a super PAC"), as a
    common noun does; a title or first name before a person's name ("Senator Kennedy", "Mr.
    Kennedy" beside "a Kennedy", one of the family) is no such modifier."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is None or before.head.i != tok.i or before.dep_ not in _MODIFIER_DEPS:
        return False
    return not (before.pos_ == "PROPN" and tok.ent_type_ == "PERSON")


def _common_nouns_named(doc: Doc, ms: list[Mention]) -> None:
    """Unlabel the mentions of names the text treats as common nouns (see above)."""
    if not COMMON_NOUN_NAMES:
        return
    counted = _counted_names(doc, ms)
    text = text_of(doc)
    written = {m.text for m in ms}  # "de Jong" is a name written so, not "De Jong" lowered
    for m in ms:
        if m.label not in _NAME_LABELS:
            continue
        if m.text in counted:
            m.label = ""
            continue
        words = m.text.split()
        if len(words) > 1 and words[0][:1].isupper():
            lower = " ".join([words[0][:1].lower() + words[0][1:], *words[1:]])
            if lower not in written and _written_as_word(text, lower):
                m.label = ""  # "Super PAC" in the headline, "a super PAC" in the body


def _written_as_word(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words; the plain substring test first
    spares the word-boundary search (a scan of the whole text) for most names of a long text."""
    return phrase in text and re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def collect_mentions(doc: Doc) -> list[Mention]:
    """All name mentions in the doc, NER-corrected and sorted by position."""
    ms: list[Mention] = []
    ents = list(doc.ents)
    for ent in ents:
        if ent.label_ not in KEEP_LABELS and ent.label_ != "WORK_OF_ART":
            continue
        s, e = _trim(ent)
        label = ent.label_
        s, e = _one_line(doc, *strip_cue_words(doc, s, e, label))
        e = _headline_verb_end(doc, ents, s, e, label)
        if _title_then_name(doc, s, e, label):
            s, label = s + 1, "PERSON"  # "Spokeswoman Haley Morris": title, then name
        if s < e:
            ms.append(_make(doc, s, e, label))
    for m in ms:
        if m.label == "GPE" and m.key and not case_ok([m.text], m.key):
            m.label = ""  # 'Us' in "Share with Us" is not the United States
    ms = [m for m in ms if m.label and not _inside_title(doc, m)]
    ms = _names_after_titles(doc, _titled_surnames(doc, _join_split_names(doc, ms)))
    _extend_official_names(doc, ms)
    _fix_products(doc, ms)
    _fix_events(doc, ms)
    _fix_types(doc, ms)
    _groups_by_next_noun(doc, ms)
    _fix_people(doc, ms)
    _organisations_called_it(doc, ms)
    _organisations_apposed(doc, ms)
    _people_named_again(ms)
    _places_named_again(ms)
    ms += _fill_gaps(doc, ms)
    _common_nouns_named(doc, ms)
    ms = [m for m in ms if m.label in KEEP_LABELS]
    ms.sort(key=lambda m: (m.start, m.end))
    return ms
