"""Who a source mention is: an entity, a named person, an anonymous group, or a pronoun.

:func:`describe` reads the source phrase alone (its entity, name, title, determiner and number);
which earlier mention a pronoun or role noun refers to is :mod:`dateline.quotes.speakers`' job.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from spacy.tokens import Doc, Token

from dateline.entities._norm import key
from dateline.entities.kb import kb
from dateline.entities.naming import KIN, PARTY_MEMBERS, called_it
from dateline.quotes._doc import ents_of, text_of
from dateline.quotes.lexicon import (
    ANON_MARKERS,
    ANON_NOUNS,
    GROUP_PRONOUNS,
    ORG_PRONOUNS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    TITLE_NOUNS,
)
from dateline.quotes.names import PERSON_TYPES
from dateline.records import Entity

__all__ = [
    "PARTY_MEMBERS",
    "IndexedEntities",
    "Speaker",
    "describe",
    "entity_on",
    "name_tokens",
    "party_member",
    "utterance_owner",
]

# A person entity is one person even when tagged as a plural noun ("Sanders says").
PERSON_SINGULAR = True
# "GOP Chairman Chuck Williams" with the title parsed as head names Chuck Williams.
TITLED_PERSONS = True
# "local party leaders say": a plural title is an (unnamed) group, not one titled person.
PLURAL_TITLES = True
# "Swissport said it had made offers": an untagged name its clause calls "it" is an organisation.
IT_SOURCES = True
# "Other candidates, including Carly Fiorina and Ben Carson": named members, no anonymous group.
MEMBERS_NAMED = True
# "The head of X in Y, Jane Doe, said": the name in apposition after the whole phrase.
APPOSITION_AFTER_PHRASE = True
# "Julianne Moore, Kerry Washington and Amy Schumer went on Twitter": a group, not the first.
LISTED_PEOPLE = True
# "the Kentucky Republican" is a party member the text has in view, read like a title.
PARTY_MEMBERS_AS_ROLES = True
# "the Ohio governor and Democratic Senate hopeful" is one person, not a group.
ONE_TITLED = True
# "As Friday ended, she was counting votes": a day or a time is never the person a pronoun means.
TIMES_NO_SPEAKERS = True
# "Environment Canada says": a name before a country's is an agency of it, not the country.
AGENCIES_OF_PLACES = True
_ORG_TYPES = {"ORG", "GPE", "NORP", "FAC"}
_NAME_DEPS = {"compound", "flat", "nmod"}


@dataclass(frozen=True)
class Speaker:
    """What a source mention denotes. ``kind``: person, group, org, pronoun or other."""

    kind: str
    plural: bool
    entity: str | None = None
    name: str | None = None
    anonymous: bool = False
    pronoun: str | None = None


class IndexedEntities(Sequence[Entity]):
    """The article's entities, as given, with their mentions sorted by start once, so that
    :func:`entity_on` bisects to the few mentions that may cover a token instead of scanning
    every mention per source. The resolver wraps the entities while it runs; they do not
    change meanwhile."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        self._items = list(entities)
        self._spans = sorted(
            (m.start, order, m.end) for order, e in enumerate(self._items) for m in e.mentions
        )
        self._starts = [s for s, _, _ in self._spans]
        self._reach = max((max(0, e - s) for s, _, e in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, i: int) -> Entity: ...

    @overload
    def __getitem__(self, i: slice) -> list[Entity]: ...

    def __getitem__(self, i: int | slice) -> Entity | list[Entity]:
        return self._items[i]

    def __iter__(self) -> Iterator[Entity]:
        return iter(self._items)

    def covering(self, start: int, end: int) -> Entity | None:
        """The first entity, in the given order, with a mention covering ``[start, end)``."""
        lo = bisect_left(self._starts, start - self._reach)
        hi = bisect_right(self._starts, start)
        best = min((o for _, o, e in self._spans[lo:hi] if end <= e), default=None)
        return None if best is None else self._items[best]


def entity_on(entities: Sequence[Entity], tok: Token) -> Entity | None:
    """The entity with a mention covering the token (not merely near it)."""
    start, end = tok.idx, tok.idx + len(tok.text)
    if isinstance(entities, IndexedEntities):
        return entities.covering(start, end)
    for e in entities:
        for m in e.mentions:
            if m.start <= start and end <= m.end:
                return e
    return None


def _capitalised_label(entities: Sequence[Entity], tok: Token) -> Entity | None:
    """'PENCE:' in a transcript: the one person of the article with that surname."""
    if not (tok.text.isupper() and len(tok.text) > 2 and tok.text.isalpha()):
        return None
    hits = [
        e for e in entities if e.type in PERSON_TYPES and e.name.upper().split()[-1:] == [tok.text]
    ]
    return hits[0] if len(hits) == 1 else None


# "according to Baylous" where NER missed the surname (tagged it an adjective): the one person
# entity with that surname.
UNTAGGED_SURNAMES = True


def _surname_of(entities: Sequence[Entity], tok: Token) -> Entity | None:
    """The one person entity whose last name is this capitalised word no entity covers."""
    if not UNTAGGED_SURNAMES or tok.ent_type_ or not (tok.is_alpha and tok.is_title):
        return None
    if tok.i == tok.sent.start and tok.pos_ != "PROPN":
        return None  # a sentence's first word is capitalised whatever it is
    hits = [e for e in entities if e.type in PERSON_TYPES and e.name.split()[-1:] == [tok.text]]
    return hits[0] if len(hits) == 1 and " " in hits[0].name else None


def _name(tok: Token, span: tuple[int, int] | None = None) -> str:
    """The name in a noun phrase headed by ``tok``: its named-entity span, else its
    proper-noun compounds ("Senator John Hale" -> "John Hale"). A named-entity span that runs
    past the source span ('"...," Trump told The Associated Press' tagged as one name) is
    cut to the words inside it."""
    for start, end, text in ents_of(tok.doc):
        if start <= tok.i < end:
            if span is None or _within_span(tok.doc[start:end], span):
                return _unquoted(text)
            inside = [t.text for t in tok.doc[start:end] if _within_span([t], span)]
            return " ".join(inside) or text
    if span is not None and _capitalised_span(tok, span):
        return text_of(tok.doc)[span[0] : span[1]]  # "Black Lives Matter", "Wealth-X"
    return " ".join(t.text for t in name_tokens(tok))


# "the movie ''Bridge of Spies,'' which recounts ...": the quotation marks NER kept around a
# title are no part of its name.
UNQUOTED_NAMES = True
_QUOTE_MARKS = "\"'“”‘’`"


def _unquoted(text: str) -> str:
    """A name without the quotation marks around it (only when it opens with one)."""
    if not UNQUOTED_NAMES or text[:1] not in _QUOTE_MARKS:
        return text
    return text.strip(_QUOTE_MARKS + " ") or text


def _capitalised_span(tok: Token, span: tuple[int, int]) -> bool:
    """A source of two or more words, each capitalised, around ``tok``: one name the model did
    not tag, which the parse may split ("Black Lives *Matter*")."""
    words = tok.doc.char_span(span[0], span[1], alignment_mode="expand")
    if words is None or len(words) < 2 or not words.start <= tok.i < words.end:
        return False
    if words[0].lower_ == "the" or any(t.tag_ == "POS" for t in words):
        return False  # not "Barack Obama's DOJ"
    alpha = [t for t in words if t.is_alpha]
    return bool(alpha) and all(t.text[:1].isupper() for t in alpha)


def _within_span(tokens: Iterable[Token], span: tuple[int, int]) -> bool:
    """Every token lies inside the character span ``[start, end)``."""
    return all(span[0] <= t.idx and t.idx + len(t.text) <= span[1] for t in tokens)


def name_tokens(tok: Token) -> list[Token]:
    """The proper-name words of a noun phrase headed by ``tok`` ("Wayne Madsen")."""
    left = [c for c in tok.lefts if c.dep_ in _NAME_DEPS and c.pos_ == "PROPN"]
    run: list[Token] = []
    for c in reversed(left):
        if run and c.i != run[0].i - 1:
            break
        if c.i == (run[0].i - 1 if run else tok.i - 1):
            run.insert(0, c)
    return [*run, tok]


def _ent_label(tok: Token) -> str:
    return tok.ent_type_ if tok.ent_type_ else ""


def _anonymous_markers(tok: Token) -> bool:
    text = " ".join(t.lower_ for t in tok.sent)
    return any(m in text for m in ANON_MARKERS)


# A possessive pronoun that owns the cue noun is PolNeAR's source ("*Her* words:", "*his*
# comments"; sources.py finds the clause's subject instead where the possessive only sits in the
# clause): the span stays "his", and the speaker is read through its subject form "he".
POSSESSIVE_SOURCES = True
# "their" resolves to no one: which group owns a thing is looser than who spoke.
_POSSESSIVES = {"his": "he", "its": "it", "hers": "she", "my": "i", "our": "we", "their": "their"}


def describe(tok: Token, span: tuple[int, int], entities: Sequence[Entity]) -> Speaker:
    """Classify a source mention without looking at the rest of the article."""
    doc: Doc = tok.doc
    low = tok.lower_
    plural = tok.tag_ in ("NNS", "NNPS")
    low = _POSSESSIVES.get(low, low) if POSSESSIVE_SOURCES else low
    if low in PERSON_PRONOUNS | GROUP_PRONOUNS | ORG_PRONOUNS | {"i", "we", "you", "me", "us"}:
        return Speaker("pronoun", low in GROUP_PRONOUNS | {"we", "us"}, pronoun=low)
    if low == "their" and POSSESSIVE_SOURCES:
        return Speaker("pronoun", True, pronoun=low)
    if _joint(tok, span) or _listed_people(doc, span, entities):
        # "Finland and Estonia agreed", "Celebrities Julianne Moore, Kerry Washington and
        # Amy Schumer went on Twitter": all of them speak, none alone
        return Speaker("group", True, name=text_of(doc)[span[0] : span[1]])
    ent = (
        entity_on(entities, tok) or _capitalised_label(entities, tok) or _surname_of(entities, tok)
    )
    if "NORP" in (tok.ent_type_, ent and ent.type) and _indefinite(tok):
        # "a New Hampshire Republican", "two Democrats": an unnamed member, not the party
        return Speaker(
            "group" if plural else "person", plural, name=_text(doc, span), anonymous=True
        )
    if "NORP" in (tok.ent_type_, ent and ent.type) and party_member(tok):
        return Speaker("title", False, name=_text(doc, span))  # "the Kentucky Republican"
    if ent is not None and _role_named(tok, ent.name):
        return Speaker("title", plural, name=_text(doc, span))  # "The Grand Mufti" as a "name"
    if ent is not None and _agency_of_place(tok, ent):
        first = min(c.i for c in tok.lefts if c.dep_ == "compound")
        return Speaker("org", plural, name=doc[first : tok.i + 1].text)
    if ent is not None:
        if ent.type not in PERSON_TYPES:
            officer = _officer_named_after(tok, span, entities)
            if officer is not None:
                return officer
            return Speaker("org", plural, entity=ent.id, name=_group_name(ent, tok, plural))
        # "Sanders", tagged as a plural noun, is still one person
        return Speaker("person", plural and not PERSON_SINGULAR, entity=ent.id, name=ent.name)
    if tok.pos_ == "PROPN":
        return _proper_noun(tok, span, entities, plural)
    apposed = _apposed_person(tok, span, entities, plural) or _known_as(tok, entities, plural)
    if apposed is not None:
        return apposed
    owner = utterance_owner(tok, entities)
    if owner is not None:  # "a post from Arianna Huffington", "Palin's posts": their author
        return describe(owner, (owner.idx, owner.idx + len(owner.text)), entities)
    return _state_of(tok, entities) or _common_noun(tok, span, plural, entities)


def _agency_of_place(tok: Token, ent: Entity) -> bool:
    """ "Environment Canada", "Statistics Canada": a capitalised untagged word compounded
    before a place's name makes it the name of that place's agency, which speaks for itself."""
    if (
        not AGENCIES_OF_PLACES
        or ent.type not in ("GPE", "LOC")
        or tok.ent_type_ not in ("GPE", "LOC")
    ):
        return False
    return any(
        c.dep_ == "compound"
        and c.i < tok.i
        and c.is_title
        and c.pos_ == "PROPN"
        and not c.ent_type_
        for c in tok.lefts
    )


# "The Dutch government said": analysts code the state actor, so the source is the country the
# text names ("the Netherlands"), as "The United States said" is; none when it names no such
# country (a city of it does not stand for the state).
STATE_ACTORS = True
_GOVERNMENT_NOUNS = frozenset({"government", "administration"})


def _state_of(tok: Token, entities: Sequence[Entity]) -> Speaker | None:
    """The country entity of "the <country or people> government", else None."""
    if not STATE_ACTORS or tok.lower_ not in _GOVERNMENT_NOUNS or tok.tag_ != "NN":
        return None
    if not any(c.lower_ == "the" for c in tok.lefts):
        return None
    for c in tok.lefts:
        ent = entity_on(entities, c) if c.ent_type_ in ("NORP", "GPE") else None
        if ent is None or ent.actor is None or (ent.type == "GPE" and not _country_named(ent)):
            continue  # "the Texas government" is the state's, not the United States'
        for e in entities:
            same = e.type == "GPE" and e.actor is not None and e.actor.country == ent.actor.country
            if same and _country_named(e):
                return Speaker("org", False, entity=e.id, name=e.name)
    return None


def _country_named(ent: Entity) -> bool:
    """Whether the entity's name is a country's ("Texas" codes to the United States but is
    one of its states)."""
    return any(k.kind == "country" for k in kb().lookup(key(ent.name)))


# "according to a post from Arianna Huffington", "Palin's posts about ISIS include ...": a
# source that is something a named person said or wrote speaks for that person.
UTTERANCE_OWNERS = True
UTTERANCE_NOUNS = frozenset(
    {
        *("post", "tweet", "statement", "remark", "comment", "message", "letter", "email"),
        *("e-mail", "speech", "memo", "op-ed", "column", "essay", "blog", "testimony"),
        *("announcement", "note", "words"),
    }
)
_AUTHOR_LINKS = frozenset({"from", "by"})


def utterance_owner(tok: Token, entities: Sequence[Entity]) -> Token | None:
    """The named person (or possessive pronoun) whose words an utterance noun is: its
    possessor ("Palin's posts", "his remarks") or the person after "from"/"by" ("a post from
    Arianna Huffington"); None for other nouns or owners."""
    if not UTTERANCE_OWNERS or tok.pos_ != "NOUN" or tok.lemma_.lower() not in UTTERANCE_NOUNS:
        return None
    owners = [c for c in tok.lefts if c.dep_ == "poss"]
    owners += [
        g for c in tok.rights if c.lower_ in _AUTHOR_LINKS for g in c.children if g.dep_ == "pobj"
    ]
    if not owners:
        return None
    owner = owners[0]
    if owner.lower_ in _POSSESSIVES and owner.lower_ != "their":
        # "His remarks suggested": a subject; not "who spent his speech defending", where
        # "his" is the clause's own person, whom a pronoun source would not find
        return owner if tok.dep_ in ("nsubj", "nsubjpass") else None
    ent = entity_on(entities, owner)
    return owner if ent is not None and ent.type in PERSON_TYPES else None


# '"...," said the Texan': one person of a nationality or state the text has in view is a
# description of a person like "the senator", not the people ("Texans") as a group.
DEMONYM_MEMBERS = True
# "the French", "the Dutch", "the British", "the Chinese", "the Swiss": a demonym with no
# plural in -s names the whole people with "the" (one of them is "a Frenchman").
_PEOPLE_ENDINGS = ("s", "sh", "ese")
_PEOPLE_IN_CH = frozenset({"french", "dutch"})  # "the Czech" is one person ("the Czechs")


def party_member(tok: Token) -> bool:
    """ "the Kentucky Republican", "the Vermont Democrat", "the Texan": one member of a party
    or people the text has in view, a description of a person like "the senator", not the
    party or the people."""
    if tok.tag_ != "NNP" or not any(c.lower_ == "the" for c in tok.lefts):
        return False
    if PARTY_MEMBERS_AS_ROLES and tok.lower_ in PARTY_MEMBERS:
        return True
    return DEMONYM_MEMBERS and tok.ent_type_ == "NORP" and not _whole_people(tok)


def _whole_people(tok: Token) -> bool:
    """Whether "the <demonym>" names a people: a plural ("the Texans") or a demonym with no
    plural of its own ("the French", "the Chinese")."""
    return tok.lower_.endswith(_PEOPLE_ENDINGS) or tok.lower_ in _PEOPLE_IN_CH


def _group_name(ent: Entity, tok: Token, plural: bool) -> str:
    """A party or nationality speaker as the source writes it when plural ("Republicans"),
    not the entity's singular name ("Republican")."""
    if ent.type == "NORP" and plural and tok.text.lower() == ent.name.lower() + "s":
        return tok.text
    return ent.name


# "The Grand Mufti also extended ...": a capitalised role noun with "the" is a role, not a name.
ROLE_PROPER_NOUNS = True


def _role_named(tok: Token, name: str) -> bool:
    """Whether a capitalised source is a role noun with "the" that NER (or nothing) took for a
    name: "The Grand Mufti", an entity named "Mufti"."""
    return (
        ROLE_PROPER_NOUNS
        and tok.lower_ in ROLE_NOUNS
        and name.lower() == tok.lower_
        and any(c.lower_ == "the" for c in tok.lefts)
    )


def _proper_noun(
    tok: Token, span: tuple[int, int], entities: Sequence[Entity], plural: bool
) -> Speaker:
    """A proper-noun source no entity covers: a titled person, a bare title, an organisation
    the model tagged, or a person or group by its name."""
    doc: Doc = tok.doc
    titled = _titled_person(tok, span, entities) if TITLED_PERSONS else None
    if titled is not None:  # "the district GOP Chairman Chuck Williams"
        return titled
    if _counted(tok):  # "a conservative super PAC": a kind of group, not its name
        return _common_noun(tok, span, plural, entities)
    name = _name(tok, span)
    if TIMES_NO_SPEAKERS and tok.ent_type_ in ("DATE", "TIME"):
        return Speaker("other", plural, name=name)  # "As Monday began": a time, no one
    if _role_named(tok, tok.text):  # "The Grand Mufti"
        return Speaker("title", plural, name=text_of(doc)[span[0] : span[1]])
    if _title_only(name):  # "Sweden's Minister of Agriculture"
        return Speaker("title", plural, name=text_of(doc)[span[0] : span[1]])
    untagged = IT_SOURCES and not tok.ent_type_ and tok.tag_ == "NNP"
    if _ent_label(tok) in _ORG_TYPES - {"NORP"} or (untagged and called_it(tok)):
        return Speaker("org", plural, name=name)
    if _capitalised_common_word(tok, span):
        return Speaker("other", plural, name=name)
    return Speaker("person" if not plural else "group", plural, name=name)


COUNTED_PROPER_NOUNS = True


def _counted(tok: Token) -> bool:
    """A proper noun NER took for a non-person name, counted with "a" and no proper noun
    before it ("a pro-Rubio super PAC"): as the entities stage reads it."""
    lefts = list(tok.lefts)
    if not COUNTED_PROPER_NOUNS or not lefts or lefts[0].lower_ not in ("a", "an", "another"):
        return False
    if tok.ent_type_ in ("", "PERSON"):  # "It's a dynamic Greenberg said ...": a misparse
        return False
    between = text_of(tok.doc)[lefts[0].idx + len(lefts[0].text) : tok.idx].split()
    return all(w[:1].islower() for w in between)  # "pro-Rubio" is one lower-case word


# "Staff soon after alerted ..." in a story that also writes "her staff": a lone capitalised
# word opening a sentence, which NER left untagged and the text writes in lower case too, is a
# common noun, no person.
COMMON_WORDS = True


def _capitalised_common_word(tok: Token, span: tuple[int, int]) -> bool:
    """Whether the source is one untagged capitalised word opening its sentence that the text
    also writes in lower case ("Staff ...", "her staff")."""
    if not COMMON_WORDS or tok.ent_type_ or not tok.is_sent_start or not tok.is_title:
        return False
    if span != (tok.idx, tok.idx + len(tok.text)):
        return False
    return re.search(rf"\b{re.escape(tok.lower_)}\b", text_of(tok.doc)) is not None


# "said the Center for Food Safety and Nutrition director, Robert Brackett": an office noun
# after the organisation, with a name set off after it, is that person.
OFFICERS_NAMED_AFTER = True


def _officer_named_after(
    tok: Token, span: tuple[int, int], entities: Sequence[Entity]
) -> Speaker | None:
    """The person named in apposition after a source that ends in an office noun following
    the organisation the parser made its head."""
    phrase = tok.doc.char_span(span[0], span[1], alignment_mode="expand")
    if not OFFICERS_NAMED_AFTER or phrase is None or not len(phrase):
        return None
    doc: Doc = tok.doc
    last = phrase[-1]
    if last.i <= tok.i or last.pos_ != "NOUN" or last.lemma_.lower() not in TITLE_NOUNS:
        return None
    if last.i + 1 >= len(doc) or doc[last.i + 1].text != ",":
        return None
    for head in (last, tok):  # the parser hangs the name on either
        for c in head.children:
            if c.dep_ == "appos" and c.i > last.i + 1 and c.ent_type_ == "PERSON":
                sp = describe(c, (c.left_edge.idx, c.idx + len(c.text)), entities)
                if sp.kind == "person":
                    return sp
    return None


def _apposed_person(
    tok: Token, span: tuple[int, int], entities: Sequence[Entity], plural: bool
) -> Speaker | None:
    """The person a common-noun source names in apposition, after a comma ("Scott's niece,
    Marcia Price"); None when there is none."""
    doc: Doc = tok.doc
    # "Scott's niece, Marcia Price": the name in apposition, after a comma; not "RAMOS:
    # Secretary Clinton, did you ...", a turn addressing her.
    comma_after = tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","
    named = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i]
    if APPOSITION_AFTER_PHRASE and not (comma_after and named) and not plural:
        # "commentator Jonah Goldberg", "the head of X, Jane Doe,": the name in apposition; not
        # the person a transcript turn addresses ("TAPPER: Secretary Vance, did you ...")
        set_off = _apposition_after(tok, span, entities) or [
            c for c in named if doc[c.left_edge.i - 1].text != ":"
        ]
        if set_off:
            named, comma_after = set_off, True
    if comma_after and named and tok.pos_ == "NOUN":
        sp = describe(named[0], span, entities)
        if sp.kind == "person":
            return sp
    return None


# "said the base chief known as Bob", "a man identified as John Doe": the person the noun is
# called by.
KNOWN_AS = True
_CALLING_VERBS = frozenset({"know", "identify"})


def _known_as(tok: Token, entities: Sequence[Entity], plural: bool) -> Speaker | None:
    """The named person a common-noun source is "known as" or "identified as", else None."""
    if not KNOWN_AS or plural or tok.pos_ != "NOUN":
        return None
    for verb in tok.rights:
        if verb.dep_ != "acl" or verb.lemma_ not in _CALLING_VERBS:
            continue
        for prep in verb.children:
            names = [n for n in prep.children if n.dep_ == "pobj" and n.pos_ == "PROPN"]
            if prep.lower_ == "as" and names:
                sp = describe(names[0], (names[0].idx, names[0].idx + len(names[0])), entities)
                return sp if sp.kind == "person" and not sp.plural else None
    return None


# "nine in 10 said": a share of unnamed respondents, whose noun the text leaves out.
SHARES_ANONYMOUS = True
_SHARE = re.compile(r"\b(?:in|out of) (?:ten|\d+)\b", re.I)
# Plural nouns for unnamed officials as a body ("Authorities report", "health authorities deny"):
# anonymous like "officials".
UNNAMED_BODIES = frozenset({"authority"})


# Police and military ranks name one officer like a title ("the State Police lieutenant" for
# "Police Lt. Michael Baylous").
RANK_NOUNS = frozenset(
    {
        *("lieutenant", "sergeant", "captain", "colonel", "detective", "inspector"),
        *("superintendent", "sheriff", "marshal", "constable", "commissioner"),
    }
)
# "the mother" after "mother Carla Alcorn": a kin noun with "the" names the one person the
# article titled so (never the last speaker: whose mother is the text's to say).
KIN_TITLES = True


_ROLE_OR_RANK = ROLE_NOUNS | RANK_NOUNS  # built once, not on every common noun


def _with_the(tok: Token) -> bool:
    """Whether "the" determines the noun ("the mother", not "a mother" or "his mother")."""
    return any(c.lower_ == "the" for c in tok.lefts)


def _common_noun(
    tok: Token, span: tuple[int, int], plural: bool, entities: Sequence[Entity] = ()
) -> Speaker:
    """A common-noun source: an anonymous person or group, a group of titled people, a title,
    or something else."""
    doc: Doc = tok.doc
    text = _text(doc, span)
    lemma = _group_head(tok).lemma_.lower()
    if lemma in ANON_NOUNS or (plural and lemma in UNNAMED_BODIES) or _anonymous_markers(tok):
        kind = "group" if plural else "person"
        anonymous = _anonymous_markers(tok) or not _named_in_view(tok, entities)
        return Speaker(kind, plural, name=text, anonymous=anonymous)
    if SHARES_ANONYMOUS and tok.pos_ == "NUM" and _SHARE.search(text):  # "nine in 10" (voters)
        return Speaker("group", True, name=text, anonymous=True)
    if PLURAL_TITLES and plural and lemma in TITLE_NOUNS and not _possessed(tok):
        # "local party leaders say": an unnamed group, not one titled person
        named = any(
            t.ent_type_ == "PERSON" for t in doc.char_span(*span, alignment_mode="expand") or ()
        )
        named = named or _members_named(tok)
        return Speaker("group", True, name=text, anonymous=not (named or _definite(tok)))
    if lemma in TITLE_NOUNS or tok.lower_ in _ROLE_OR_RANK:
        return Speaker("title", plural, name=text)
    if KIN_TITLES and not plural and tok.lower_ in KIN and _with_the(tok):
        return Speaker("title", False, name=text)  # "the mother": "mother Carla Alcorn"
    return Speaker("other", plural, name=text)


# "The two voters acknowledged ...": a definite, counted group refers back to that many people
# the text has just named, unless an unnamed "two voters" came before it.
COUNTED_BACK = True
_COUNTS = {"two": 2, "three": 3, "four": 4}
_BACK_SENTENCES = 4


def _named_in_view(tok: Token, entities: Sequence[Entity]) -> bool:
    """'The two voters' after two people were named in the last few sentences."""
    count = _count_of(tok)
    if not COUNTED_BACK or count is None or not any(c.lower_ == "the" for c in tok.lefts):
        return False
    doc: Doc = tok.doc
    sents = [s for s in doc.sents if s.start <= tok.sent.start][-_BACK_SENTENCES - 1 :]
    lo, hi = sents[0].start_char, tok.sent.start_char
    if _counted_before(tok):
        return False  # "Two voters ... The two voters": the same unnamed pair
    people = {
        e.id
        for e in entities
        if e.type in PERSON_TYPES and any(lo <= m.start < hi for m in e.mentions)
    }
    return len(people) >= count


def _counted_before(tok: Token) -> bool:
    """An indefinite counted group of the same noun earlier ("two voters")."""
    lemma = tok.lemma_.lower()
    return any(
        t.lemma_.lower() == lemma
        and _count_of(t) is not None
        and not any(c.lower_ == "the" for c in t.lefts)
        for t in tok.doc[: tok.i]
    )


def _count_of(tok: Token) -> int | None:
    nums = [c for c in tok.lefts if c.dep_ == "nummod"]
    if len(nums) != 1:
        return None
    word = nums[0].lower_
    return _COUNTS.get(word) or (int(word) if word.isdigit() and int(word) <= 4 else None)


def _apposition_after(
    tok: Token, span: tuple[int, int], entities: Sequence[Entity] = ()
) -> list[Token]:
    """'The head of fire department in Shiraz, Mohammad Farokhzadeh, told': a name set off by
    commas right after the source phrase, which the parser hung on the phrase's last noun. The
    name is NER's person, or a person entity that starts there (the entities stage retypes
    "Sweden's Minister of Agriculture, Ann-Christin Nykvist," which NER called ORG)."""
    phrase = tok.doc.char_span(span[0], span[1], alignment_mode="expand")
    if phrase is None or not len(phrase):
        return []
    end = phrase[-1]
    if end.i + 1 >= len(tok.doc) or tok.doc[end.i + 1].text != ",":
        return []
    first = tok.doc[end.i + 2] if end.i + 2 < len(tok.doc) else None
    if first is None:
        return []
    ner_person = first.ent_type_ == "PERSON" and first.ent_iob_ == "B"
    if not (ner_person or _person_starts(first, entities)):
        return []
    head = next((t for t in tok.subtree if t.dep_ == "appos" and t.left_edge.i == first.i), None)
    return [head] if head is not None and head.pos_ == "PROPN" else []


def _person_starts(tok: Token, entities: Sequence[Entity]) -> bool:
    """Whether a person entity has a mention that starts at the token."""
    ent = entity_on(entities, tok) if APPOSED_ENTITIES else None
    return (
        ent is not None
        and ent.type in PERSON_TYPES
        and any(m.start == tok.idx for m in ent.mentions)
    )


# A name in apposition counts when the entities stage made it a person, not only NER.
APPOSED_ENTITIES = True


def _titled_person(tok: Token, span: tuple[int, int], entities: Sequence[Entity]) -> Speaker | None:
    """A capitalised title heading a person's name in apposition ("GOP Chairman Chuck
    Williams", parsed with "Chairman" as the head): the person, not the title."""
    if tok.lower_ not in TITLE_NOUNS:
        return None
    named = [
        c
        for c in tok.children
        if c.dep_ == "appos" and c.i > tok.i and c.pos_ == "PROPN" and span[0] <= c.idx < span[1]
    ]
    if APPOSITION_AFTER_PHRASE:  # "the Health Secretary, Gerald Gwinji, said"
        named += _apposition_after(tok, span, entities)
    for c in named:
        ent = entity_on(entities, c)
        if ent is not None and ent.type in PERSON_TYPES:
            return Speaker("person", False, entity=ent.id, name=ent.name)
    return None


_MEMBER_LINKS = {"including", "like", "such", "among"}


def _members_named(tok: Token) -> bool:
    """ "Other Republican candidates, including Carly Fiorina and Ben Carson": the group's
    members are named right after it, so it is no anonymous source."""
    return MEMBERS_NAMED and any(
        (c.dep_ == "appos" or c.lower_ in _MEMBER_LINKS)
        and any(t.ent_type_ == "PERSON" for t in c.subtree)
        for c in tok.rights
    )


def _possessed(tok: Token) -> bool:
    """'Trump, whose attorneys', 'his aides': someone's people, read through that someone."""
    return any(c.dep_ == "poss" for c in tok.lefts)


def _definite(tok: Token) -> bool:
    """'the party leaders': a group the text has in view, not an unnamed one."""
    return any(c.dep_ == "det" and c.lower_ not in _INDEFINITE for c in tok.lefts)


def _text(doc: Doc, span: tuple[int, int]) -> str:
    return text_of(doc)[span[0] : span[1]]


_INDEFINITE = {"a", "an", "another", "one", "some", "several", "many", "few", "two", "three"}


_PARTITIVE = {"half", "most", "majority", "number", "some", "many", "one", "two", "few"}


def _indefinite(tok: Token) -> bool:
    """'a New Hampshire Republican', 'two Democrats': one or more of a group, not named."""
    return any(
        c.i < tok.i and (c.lower_ in _INDEFINITE or c.dep_ == "nummod") for c in tok.children
    )


def _group_head(tok: Token) -> Token:
    """The noun a share is of ("two-thirds of Democratic insiders" -> insiders)."""
    if tok.lower_ in _PARTITIVE or tok.pos_ == "NUM" or tok.lower_.endswith(("thirds", "fourths")):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                return obj
    return tok


def _title_only(name: str) -> bool:
    """A capitalised office with no name in it ("Minister"): the mention is a title."""
    words = name.lower().split()
    return bool(words) and all(w in TITLE_NOUNS for w in words)


def _joint(tok: Token, span: tuple[int, int]) -> bool:
    """A source coordinated with another name or noun inside the source span ("Finland and
    Estonia", "the United States and its allies")."""
    nouns = ("PROPN", "NOUN")
    conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in nouns]
    conj = [c for c in conj if span[0] <= c.idx < span[1]]
    return tok.pos_ in nouns and bool(conj) and not _one_titled(tok, conj)


_LIST_LINKS = {",", "and", "&", "or"}


def _listed_people(doc: Doc, span: tuple[int, int], entities: Sequence[Entity]) -> bool:
    """Whether a source lists two or more people, between commas or "and" ("Julianne Moore,
    Kerry Washington and Amy Schumer"), however the parser hung them; a possessor ("Hillary
    Clinton's campaign manager, Robby Mook") names no speaker."""
    words = doc.char_span(span[0], span[1], alignment_mode="expand")
    if not LISTED_PEOPLE or words is None or not any(t.text == "," for t in words):
        return False
    people: list[str] = []
    last = -1  # where the last person listed ended
    for t in words:
        ent = entity_on(entities, t) if t.ent_type_ == "PERSON" else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            ent is None
            or ent.type not in PERSON_TYPES
            or (after is not None and after.tag_ == "POS")
        ):
            continue
        if people and people[-1] == ent.id:
            last = t.i
            continue
        between = doc[last + 1 : t.i] if people else []
        if people and not (len(between) <= 2 and all(w.lower_ in _LIST_LINKS for w in between)):
            return False  # "Bill Eastland, wearing ... “Ted Cruz” pins": no list of people
        people.append(ent.id)
        last = t.i
    return len(set(people)) >= 2


def _one_titled(tok: Token, conj: list[Token]) -> bool:
    """ "the Florida senator and Republican presidential candidate": singular titles under one
    "the" describe one person, not two speakers ("the mayor and the governor" are two)."""
    if not ONE_TITLED or tok.tag_ != "NN" or not any(c.lower_ == "the" for c in tok.lefts):
        return False
    roles = TITLE_NOUNS | ROLE_NOUNS
    return tok.lower_ in roles and all(
        c.tag_ == "NN" and c.lower_ in roles and not any(d.dep_ == "det" for d in c.lefts)
        for c in conj
    )
