"""Speaker resolution glue: seed the antecedents, resolve each source in reading order.

Built on :mod:`dateline.quotes.speakers` (mentions and antecedents) and
:mod:`dateline.quotes.names` (fullest names); first-person sources inside a quotation take
the quotation's speaker, and cue-less quotations float last (:mod:`dateline.quotes.floating`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from dateline.entities._spans import token_offsets, tokens_where
from dateline.entities.mentions import LOST_SUBJECT_DEPS, lost_subject
from dateline.entities.naming import KIN
from dateline.quotes._doc import text_of
from dateline.quotes.attr import Attr
from dateline.quotes.candidate import SPEECH_VERBS
from dateline.quotes.floating import float_quotes
from dateline.quotes.gender import gender_before
from dateline.quotes.lexicon import PRONOUN_SEX, ROLE_NOUNS, TITLE_NOUNS
from dateline.quotes.mentions import IndexedEntities, entity_on, utterance_owner
from dateline.quotes.names import (
    HONORIFICS,
    PERSON_TYPES,
    clean_name,
    fullest,
    namesakes,
    unglued,
)
from dateline.quotes.seen import WINDOW_SENTENCES
from dateline.quotes.sources import passive_cue, relative_clause_source
from dateline.quotes.speakers import Antecedents, Speaker, describe
from dateline.quotes.syntax import relative_antecedent, source_span
from dateline.quotes.titles import definite, title_match, title_places
from dateline.records import Entity
from dateline.text_layout import line_at, title_case

__all__ = ["full_speakers", "resolve", "trimmed"]

_FIRST_PERSON = {"i", "me"}
# The subject of a relative clause ("the ideas Sanders championed") seeds no pronoun.
RELATIVE_SUBJECTS = False
# Named groups that are only subjects ("Republicans are circulating ...") seed "they" too.
SUBJECT_GROUPS = True
# A surname two full names share is the one of them the article introduced before it.
INTRODUCED_NAMES = True
# ... or else the one whose given name states the sex the source does ("she", "Mrs.").
GIVEN_NAMES = True
# ... else the one of them who last spoke or was a subject, a few sentences back at most.
NAMESAKES = True
# From this many contents (or entity mentions) on, the resolver indexes them by position.
INDEX_FROM = 150
# A subject person is a proper-noun subject or a lost subject: a token hung by one of these.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"}) | LOST_SUBJECT_DEPS


def _subject_persons(
    doc: Doc, entities: Sequence[Entity], ante: Antecedents, nested: Callable[[Token], bool]
) -> None:
    """Seed the antecedents with people who are grammatical subjects (candidates for 'he').
    A subject inside quotation marks ('"Tom's much better about it than I am."') is someone's
    words, so it ranks after the narrative's subjects, as a subject inside reported content."""

    def inner(tok: Token) -> bool:
        return nested(tok) or ante.quoted(tok.idx)

    for i in tokens_where(doc, "DEP", _SUBJECT_DEPS.__contains__):  # no other token is one
        tok = doc[i]
        if RELATIVE_SUBJECTS is False and tok.head.dep_ == "relcl":
            if (named := _named_by_who(tok, entities)) is not None:
                ante.add(tok, named, inner(tok))  # at "who": ranks after its clause's subject
            continue  # "the ideas Sanders championed": no topic a later "he" refers to
        if DEAD_SUBJECTS and _dead(tok):
            continue  # "four years later, Freddy was dead. '...,' he said": someone else
        if (tok.dep_ in ("nsubj", "nsubjpass") and _proper(tok)) or lost_subject(tok):
            sp = describe(tok, source_span(tok), entities)
            if sp.kind == "person" and not (FAMILIES and _family(tok, entities)):
                ante.add(tok, sp, inner(tok))
            elif SUBJECT_GROUPS and (group := _named_group(tok, sp, entities)) is not None:
                ante.add(tok, group, inner(tok))
        elif (titled := _titled_subject(tok, entities)) is not None:
            ante.add(tok, titled, inner(tok))
        elif (apposed := _apposed_name(tok)) is not None:
            sp = describe(apposed, source_span(apposed), entities)
            if sp.kind == "person" and sp.entity:
                ante.add(apposed, sp, inner(tok))
        elif (owner := _owner_of_subject(tok, entities)) is not None and not inner(owner):
            ante.add(owner, describe(owner, source_span(owner), entities), False)


# "Trump's comments about Clinton mirror those he made ...": the named person whose words are
# a subject of the narrative (not of someone's reported words) seeds "he" as a subject would.
WORDS_OF_SUBJECTS = True


def _owner_of_subject(tok: Token, entities: Sequence[Entity]) -> Token | None:
    """The named possessor of an utterance noun subject ("Trump's comments"), or of a thing
    of theirs ("Mr. Obama's style tends ..."), else None."""
    if not WORDS_OF_SUBJECTS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = utterance_owner(tok, entities) or _thing_owner(tok, entities)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


# "Mr. Obama's style tends toward the intellectual. ... he made clear": the named person who
# owns a subject that is a thing, not a person ("Obama's aide", "Trump's wife" are others).
OWNED_SUBJECTS = True


def _thing_owner(tok: Token, entities: Sequence[Entity]) -> Token | None:
    """The named person whose thing (no role, title or kin) the subject is, else None."""
    if not OWNED_SUBJECTS or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    if tok.lower_ in ROLE_NOUNS | TITLE_NOUNS | KIN or tok.ent_type_:
        return None
    owner = next((c for c in tok.lefts if c.dep_ == "poss"), None)
    ent = entity_on(entities, owner) if owner is not None else None
    return owner if ent is not None and ent.type in PERSON_TYPES else None


# "... has exasperated Mr. Obama, who has gotten less credit ... The only regret he
# acknowledged": a named person a "who" clause is about seeds "he" as that clause's subject.
WHO_SUBJECTS = True


def _named_by_who(tok: Token, entities: Sequence[Entity]) -> Speaker | None:
    """The person a subject "who" stands for ("Mr. Obama, who has gotten"), else None."""
    if not WHO_SUBJECTS or tok.lower_ != "who" or tok.dep_ != "nsubj":
        return None
    named = tok.head.head
    if named.pos_ != "PROPN":
        return None
    sp = describe(named, source_span(named), entities)
    return sp if sp.kind == "person" and not sp.plural and sp.entity else None


# A subject said to be dead ("Freddy was dead", "Smith died", "Smith was killed") seeds no
# later speaking "he".
DEAD_SUBJECTS = True
_DEATH_VERBS = frozenset({"die", "kill", "murder", "assassinate", "execute", "slay"})


def _dead(tok: Token) -> bool:
    head = tok.head
    if head.lemma_ in _DEATH_VERBS and (tok.dep_ == "nsubjpass" or head.lemma_ == "die"):
        return True
    return head.lemma_ == "be" and any(c.lower_ == "dead" for c in head.children)


# "Sanders wasn't impressed." (the tagger's plural noun): a capitalised subject NER tags as a
# person is a proper-noun subject too.
PERSON_NOUN_SUBJECTS = True


def _proper(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (
        PERSON_NOUN_SUBJECTS
        and tok.ent_type_ == "PERSON"
        and tok.tag_ in ("NNS", "NNPS", "NN")
        and tok.text[:1].isupper()
    )


# "One local woman, Karen Robison, pulled Rep. King aside. '...,' she told him": the person
# named in apposition to a common-noun subject seeds "he"/"she" as a named subject would.
APPOSED_SUBJECTS = True


def _apposed_name(tok: Token) -> Token | None:
    """The proper name in apposition to a common-noun subject, else None."""
    if not APPOSED_SUBJECTS or tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
        return None
    return next((c for c in tok.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


# "The former Mexican leader went on the record ..., during which he said": a definite title
# subject that names one person entity by its title seeds "he" as that person.
TITLE_SUBJECTS = True


def _titled_subject(tok: Token, entities: Sequence[Entity]) -> Speaker | None:
    """The person a definite, singular title noun subject names by title and place."""
    if not TITLE_SUBJECTS or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN":
        return None
    if tok.lower_ not in TITLE_NOUNS or not definite(tok):
        return None
    sp = describe(tok, source_span(tok), entities)
    if sp.kind != "title":
        return None
    ent = title_match(sp.name or "", entities, title_places(tok), text_of(tok.doc))
    return None if ent is None else Speaker("person", False, entity=ent.id, name=ent.name)


def _named_group(tok: Token, sp: Speaker, entities: Sequence[Entity]) -> Speaker | None:
    """'Richard Alba and Nancy Foner ... They compare', 'Republicans ... and they are
    circulating': named people or a nationality or party as a main-clause subject, what a
    later "they" may refer to. Not "Congress and the news media", nor a relative clause's."""
    if tok.head.dep_ in ("relcl", "acl", "advcl") or "\n" in tok.sent.text.strip():
        return None
    people = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if len(people) > 1 and all(_person_or_others(t, k) for k, t in enumerate(people)):
        first = _name_tokens_start(tok)
        name = text_of(tok.doc)[first : people[-1].idx + len(people[-1].text)]
        return Speaker("group", True, name=name)
    if len(people) == 1 and tok.tag_ == "NNPS" and tok.ent_type_ == "NORP":
        return replace(sp, kind="group", plural=True)
    if FAMILIES and len(people) == 1 and _family(tok, entities):
        return Speaker("group", True, name=text_of(tok.doc)[tok.idx : tok.idx + len(tok.text)])
    return None


# "The Obamas cut back the ritual ... because they wanted": a family by its plural surname.
FAMILIES = True


def _family(tok: Token, entities: Sequence[Entity]) -> bool:
    """ "the Obamas", "the Welches": "the" and a person's surname with a plural "s" or, after
    a hissing sound, "es"."""
    word = tok.text
    if tok.pos_ != "PROPN" or not word.endswith("s") or tok.ent_type_ not in ("PERSON", ""):
        return False
    if not any(c.lower_ == "the" for c in tok.lefts):
        return False
    stems = {word[:-1], word[:-2] if word.endswith("es") else word[:-1]}
    surnames = {e.name.split()[-1] for e in entities if e.type == "PERSON" and e.name.split()}
    return not surnames.isdisjoint(stems)


def _person_or_others(t: Token, k: int) -> bool:
    """A named person, or, after the first, "other" people of a kind ("Ms. Henry and other
    labor leaders")."""
    if t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
        return True
    return k > 0 and t.tag_ == "NNS" and any(c.lower_ == "other" for c in t.lefts)


def _name_tokens_start(tok: Token) -> int:
    """Where the name headed by ``tok`` starts ("*Richard* Alba")."""
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i
    ):
        start -= 1
    return tok.doc[start].idx


def resolve(doc: Doc, attrs: list[Attr], entities: Sequence[Entity]) -> None:
    """Give each attribution its speaker, reading sources in text order so that pronouns find
    the speakers before them; "I" takes the enclosing quotation's speaker, then cue-less
    quotations float (:func:`~dateline.quotes.floating.float_quotes`)."""
    _relative_clause_sources(doc, attrs)
    _signed_lines(doc, attrs, entities)
    _said_before(doc, attrs, entities)
    contents = [(a.cand.content, a.cand.source_token) for a in attrs]
    nested = _Nesting(doc, contents)
    if sum(len(e.mentions) for e in entities) >= INDEX_FROM:  # else the scan costs less
        entities = IndexedEntities(entities)
    ante = Antecedents(doc, entities)
    for c, src in contents:
        if src is not None:
            ante.contents.setdefault(src.idx, []).append(c)
    _subject_persons(doc, entities, ante, nested)
    order = sorted(
        (a for a in attrs if a.cand.source_token is not None),
        key=lambda a: a.cand.source_token.idx,  # type: ignore[union-attr]
    )
    first_person = []
    for a in order:
        tok = a.cand.source_token
        assert tok is not None
        span = a.cand.source or (tok.idx, tok.idx + len(tok.text))
        who = relative_antecedent(tok) or _name_before_who(tok, entities)  # "Reid, *who*"
        if who is not None:
            tok, span = who, source_span(who)
        if _no_source_word(tok, span, entities):
            a.cand.source = a.cand.source_token = None  # "The", "Wow": no one
            continue
        sp = describe(tok, span, entities)
        if BARE_RELATIVES and tok.lower_ in _RELATIVE_WORDS and sp.kind == "other":
            continue  # the relative word itself is no speaker
        if sp.kind == "pronoun" and sp.pronoun in _FIRST_PERSON:
            first_person.append(a)
            continue
        a.speaker = ante.resolve(tok, sp, min(a.cand.content[0], tok.idx))
        a.speaker = _recent_namesake(ante, tok, a.speaker)
        if a.speaker is not None:
            ante.add(tok, a.speaker, nested(tok), spoke=True)
    for a in first_person:
        a.speaker = _enclosing_speaker(a, attrs)
    _named_next(doc, attrs, entities)
    _headline_roles(doc, attrs)
    float_quotes(doc, attrs)


def _relative_clause_sources(doc: Doc, attrs: list[Attr]) -> None:
    """Give a cue its own subject where a relative clause misled its tagged source; a passive
    cue none (see :func:`~dateline.quotes.sources.passive_cue`)."""
    for a in attrs:
        cue = doc.char_span(*a.cand.cue, alignment_mode="expand") if a.cand.cue else None
        if cue is None or not len(cue):
            continue
        if passive_cue(cue.root, a.cand.source_token):
            a.cand.source = a.cand.source_token = None
            continue
        subject = relative_clause_source(cue.root, a.cand.source_token)
        if subject is not None:
            a.cand.source, a.cand.source_token = source_span(subject), subject


# A source that is only an article or an interjection ("The", "Wow") names no one.
NO_SOURCE_WORDS = True
_ARTICLES = frozenset({"the", "a", "an"})


def _no_source_word(tok: Token, span: tuple[int, int], entities: Sequence[Entity]) -> bool:
    """Whether the source is one article or interjection alone (not a name the tagger read
    as one: "Lopez, however, sees it differently")."""
    if not NO_SOURCE_WORDS or span[1] - span[0] > len(tok.text) + 1:
        return False
    interjection = tok.pos_ == "INTJ" and not tok.ent_type_ and entity_on(entities, tok) is None
    return tok.lower_ in _ARTICLES or interjection


# A quotation alone in its paragraph and a line "- Bernie Sanders." after it (fact checks,
# epigraphs): the name signing it is its source. The name may carry a description after a
# comma ("- Ann Lee, a teacher in Ohio." / "- Ann Lee, writing after the debate.").
SIGNED_LINES = True
_SIGNATURE = re.compile(
    r"[\s\"”’']*\n[ \t]*[-―—–][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}?)\.?[ \t]*"
    r"(?:,[^\n]*)?(?:\n|$)"
)


def _signed_lines(doc: Doc, attrs: list[Attr], entities: Sequence[Entity]) -> None:
    """Give a sourceless quotation the person or organisation named on the line signing it."""
    if not SIGNED_LINES:
        return
    text = text_of(doc)
    for a in attrs:
        start, end = a.cand.content
        if a.cand.source_token is not None or text[start : start + 1] not in "\"“'‘":
            continue
        m = _SIGNATURE.match(text, end)
        if m is None:
            continue
        name = m.group(1).rstrip(".")  # the sentence's full stop, not the name's
        start, stop = m.start(1), m.start(1) + len(name)
        # "-President Obama": the tokenizer may glue the dash to the name's first word
        named = _signing_entity(doc.char_span(start, stop, alignment_mode="expand"), entities)
        if named is not None:
            a.cand.source, a.cand.source_token = (start, stop), named


def _signing_entity(words: Span | None, entities: Sequence[Entity]) -> Token | None:
    """The token of a signature's words (its root, else its last word: the parse may hang a
    glued "-Tom" over "Baker") that a person or organisation mention covers, else None."""
    for tok in (words.root, words[-1]) if words is not None and len(words) else ():
        ent = entity_on(entities, tok)
        if ent is not None and ent.type in PERSON_TYPES | {"ORG"}:
            return tok
    return None


# 'Sam Lau, the party's spokesman, said in a statement. "There are no ballots ..."', 'Rubio
# agreed. "..."': a sentence whose verb of saying has no content of its own, right before a
# sourceless quotation in its paragraph, introduces it; its subject is the quotation's source.
SAID_BEFORE = True
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "advcl", "parataxis", "conj"})
_AGREEING = frozenset({"agree", "disagree", "concur", "continue", "explain", "elaborate"})


def _said_before(doc: Doc, attrs: list[Attr], entities: Sequence[Entity]) -> None:
    """Give a sourceless quotation the named subject of a content-less saying just before it."""
    if not SAID_BEFORE:
        return
    text = text_of(doc)
    for a in attrs:
        start = a.cand.content[0]
        if a.cand.source_token is not None or text[start : start + 1] not in "\"“'‘" or start == 0:
            continue
        before = doc.char_span(start - 1, start, alignment_mode="expand")
        if before is None or before.start == 0:
            continue
        prev = doc[before.start - 1].sent
        gap = text[prev.end_char : start]
        if "\n" in gap or gap.strip() or not prev.text.rstrip().endswith("."):
            continue
        subject = _bare_saying_subject(prev, entities)
        if subject is not None:
            a.cand.source, a.cand.source_token = source_span(subject), subject


def _bare_saying_subject(sent: Span, entities: Sequence[Entity]) -> Token | None:
    """The named subject of a sentence whose root is a verb of saying (or of agreeing) with no
    content of its own ("X said in a statement.", "X agreed."), else None."""
    root = sent.root
    if root.lemma_ not in SPEECH_VERBS | _AGREEING or root.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in _CONTENT_DEPS for c in root.children) or '"' in sent.text or "“" in sent.text:
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None
    ent = entity_on(entities, subject)
    return subject if ent is not None and ent.type in PERSON_TYPES | {"ORG"} else None


# "a senior aide to the governor explained why: ... Ann Ruiz, who heads the governor's budget
# office, said": an unnamed person named in the next sentence, which
# introduces a speaker whose description shares a word with the unnamed phrase.
NAMED_NEXT = True
_INDEFINITE_ONE = frozenset({"a", "an"})


def _named_next(doc: Doc, attrs: list[Attr], entities: Sequence[Entity]) -> None:
    """Give an anonymous "a/an ..." person source the person the next sentence introduces."""
    if not NAMED_NEXT:
        return
    text = text_of(doc)
    for a in attrs:
        sp, span = a.speaker, a.cand.source
        if sp is None or not sp.anonymous or sp.plural or span is None:
            continue
        if text[span[0] : span[1]].split(" ", 1)[0].lower() not in _INDEFINITE_ONE:
            continue
        words = doc.char_span(*span, alignment_mode="expand")
        if words is None or not len(words):
            continue
        sent = words[-1].sent
        if sent.end >= len(doc) or max(a.cand.content[1], span[1]) > sent.end_char:
            continue
        named = _introduced_speaker(doc[sent.end].sent, attrs, entities)
        if named is not None and _shared_words(doc, span, named[1]):
            a.speaker = named[0]


def _introduced_speaker(
    sent: Span, attrs: list[Attr], entities: Sequence[Entity]
) -> tuple[Speaker, tuple[int, int]] | None:
    """The named person whose source opens the sentence, first mentioned there, with the
    span of the description between the name and the cue."""
    start, end = sent.start_char, sent.end_char
    for b in attrs:
        sp, span = b.speaker, b.cand.source
        if sp is None or sp.entity is None or span is None or span[0] != start:
            continue
        ent = next((e for e in entities if e.id == sp.entity), None)
        if ent is None or min(m.start for m in ent.mentions) < start or b.cand.cue is None:
            continue
        if span[1] < b.cand.cue[0] <= end:
            return sp, (span[1], b.cand.cue[0])
    return None


def _shared_words(doc: Doc, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two phrases share two nouns, one a name ("adviser"/"Advisers" and "Obama"):
    a shared role alone may be the other side's ("a spokesman for the union")."""

    def words(span: tuple[int, int], pos: tuple[str, ...]) -> set[str]:
        toks = doc.char_span(*span, alignment_mode="expand") or ()
        return {t.lemma_.lower().removesuffix("s") for t in toks if t.pos_ in pos}

    shared = words(one, ("NOUN", "PROPN")) & words(other, ("NOUN", "PROPN"))
    return len(shared) >= 2 and bool(shared & words(one, ("PROPN",)))


# A headline's bare role noun ("Anchor Expressed Fear ...") is the person the body soon calls
# by that noun with a name ("the network's news anchor Ilia Calderón reacted ...").
HEADLINE_ROLES = True
_HEADLINE_REACH = 3  # paragraphs after the headline's


def _headline_roles(doc: Doc, attrs: list[Attr]) -> None:
    """Give a headline source that is a role noun the first later source, within a few
    paragraphs, whose words hold that noun and that names a person entity."""
    if not HEADLINE_ROLES:
        return
    text = text_of(doc)
    for a in attrs:
        span = a.cand.source
        sp = a.speaker
        if span is None or (sp is not None and sp.entity is not None):
            continue
        words = text[span[0] : span[1]].split()
        if not 1 <= len(words) <= 2 or not _headline_line(text, span[0]):
            continue
        noun = words[-1].lower()
        if noun not in ROLE_NOUNS | TITLE_NOUNS:
            continue
        a.speaker = _named_by_role(text, attrs, span[1], noun) or sp


def _headline_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is title-case: most of its words capitalised."""
    return title_case(line_at(text, at), shortest=1, least=3, spaced=True)


def _named_by_role(text: str, attrs: list[Attr], after: int, noun: str) -> Speaker | None:
    """The person of the first source after ``after`` (within a few paragraphs) that holds
    the role noun beside a name."""
    limit = after
    for _ in range(_HEADLINE_REACH + 1):
        nxt = text.find("\n\n", limit + 1)
        limit = nxt if nxt >= 0 else len(text)
    later = sorted(
        (a for a in attrs if a.cand.source and after < a.cand.source[0] < limit),
        key=lambda a: a.cand.source[0],  # type: ignore[index]
    )
    for b in later:
        s, e = b.cand.source  # type: ignore[misc]
        words = [w.lower() for w in text[s:e].split()]
        sp = b.speaker
        if noun in words and sp is not None and sp.kind == "person" and sp.entity is not None:
            return sp
    return None


class _Nesting:
    """Whether a token lies inside another source's content: a content with a source covers
    it, and that source is not the token itself. The sources covering each token start are
    listed once per document, not scanned over all contents per token."""

    def __init__(
        self,
        doc: Doc,
        contents: list[tuple[tuple[int, int], Token | None]],
        index_from: int = INDEX_FROM,
    ) -> None:
        self._contents = contents
        self._starts: set[int] = set()
        self._covers: dict[int, list[Token]] = {}
        if len(contents) < index_from:
            return  # a few contents: the scan costs less than the index
        starts = token_offsets(doc)[0]
        self._starts = set(starts)
        for (first, end), src in contents:
            if src is None:
                continue
            for i in range(bisect_left(starts, first), bisect_left(starts, end)):
                self._covers.setdefault(starts[i], []).append(src)

    def __call__(self, tok: Token) -> bool:
        if tok.idx not in self._starts:  # no token start of this document: scan them all
            return any(
                c[0] <= tok.idx < c[1] and src is not None and src.i != tok.i
                for c, src in self._contents
            )
        return any(src.i != tok.i for src in self._covers.get(tok.idx, ()))


def _recent_namesake(ante: Antecedents, tok: Token, sp: Speaker | None) -> Speaker | None:
    """ "Hillary Clinton rebuffed a heckler ... '...,' Clinton told": a bare surname that two
    people of the story named in full share is the one of them who last spoke or was a
    subject, in the last few sentences, outside others' words (pronouns already resolved
    count); else it stays as the text has it."""
    if not NAMESAKES or sp is None or sp.kind != "person" or sp.anonymous or not sp.name:
        return sp
    words = sp.name.split()
    if len(words) > 2 or not all(w[:1].isupper() for w in words):
        return sp  # "A spokesman for Mr. Clinton" is no Clinton
    people = {e.id: e for e in namesakes(sp.name, ante.entities)}
    if len(people) < 2:
        return sp
    here = ante.sent_index(tok)
    for m in reversed(ante.mentions):
        near = m.pos < tok.idx and here - m.sent <= WINDOW_SENTENCES and not m.nested
        if near and m.speaker.entity in people and not _by_given_name(ante.doc, m.pos, words):
            e = people[m.speaker.entity]
            return Speaker("person", False, entity=e.id, name=e.name)
    return sp


def _by_given_name(doc: Doc, pos: int, surname: list[str]) -> bool:
    """Whether the mention at ``pos`` calls its person by a capitalised word other than the
    surname ("Tom told ..." beside "Ebeling said": the article's other Ebeling)."""
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    word = span[0] if span is not None and len(span) else None
    return word is not None and word.pos_ == "PROPN" and word.text not in surname


def _name_before_who(tok: Token, entities: Sequence[Entity] = ()) -> Token | None:
    """ "and Ms. Warren, *who* assailed ...": a "who" right after a comma and a person's name,
    when the parser hung the clause elsewhere, is that person."""
    i = tok.i
    if tok.lower_ != "who" or i < 2 or tok.doc[i - 1].text != ",":
        return None
    name = tok.doc[i - 2]
    if ASIDE_BEFORE_WHO and name.pos_ == "ADV" and i >= 4 and tok.doc[i - 3].text == ",":
        name = tok.doc[i - 4]  # "Sanders, meanwhile, who sits at zero"
        ent = entity_on(entities, name)  # (the tagger may call "Sanders" a plural noun)
        return name if ent is not None and ent.type in PERSON_TYPES else None
    return name if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" else None


# "Sanders, meanwhile, who ...": an adverb set off by commas between the name and "who".
ASIDE_BEFORE_WHO = True
# A bare "that"/"which"/"who" source whose antecedent the parse does not give names no one
# ("the subject line 'Photo gone viral!' that includes ..."): no speaker, not the word "that".
BARE_RELATIVES = True
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _enclosing_speaker(a: Attr, attrs: list[Attr]) -> Speaker | None:
    """'I' inside someone's direct quotation is that someone."""
    tok = a.cand.source_token
    assert tok is not None
    for other in attrs:
        c = other.cand.content
        src = other.cand.source_token
        if (
            other is not a
            and c[0] <= tok.idx < c[1]
            and other.speaker is not None
            and src is not None
            and not c[0] <= src.idx < c[1]
        ):
            return other.speaker
    return None


def full_speakers(attrs: list[Attr], entities: Sequence[Entity]) -> None:
    """Person speakers under the fullest name the article gives them (see quotes.names); a
    speaker with no entity may take the name another speaker was given in full."""
    named = [
        Entity(id=a.speaker.entity or "", name=a.speaker.name, type="PERSON", mentions=[])
        for a in attrs
        if _person_like(a.speaker) and a.speaker and a.speaker.name
    ]
    pool = [*entities, *named]
    spelled = _spelled_out(attrs)
    for a in attrs:
        sp = a.speaker
        if not _person_like(sp) or sp is None or not sp.name:
            continue
        if unglued(sp.name) != sp.name:  # "9:52PMBush": the live blog's entry time
            sp = a.speaker = replace(sp, name=unglued(sp.name))
        if sp.entity in spelled:
            a.speaker = replace(sp, kind="person", name=spelled[sp.entity])
            continue
        at = a.cand.source[0] if INTRODUCED_NAMES and a.cand.source else None
        sex = _source_sex(a) if GIVEN_NAMES else None
        ent = None if _kept_apart(sp, entities) else fullest(sp.name, pool, at, sex)
        if ent is not None:
            a.speaker = replace(sp, kind="person", entity=ent.id or None, name=clean_name(ent.name))
        elif sp.kind == "person" and not _kept_apart(sp, entities):
            a.speaker = replace(sp, name=clean_name(sp.name))


# "Rosette Pambakian, a Tinder spokeswoman, said" where NER tagged only "Pambakian": the source
# spells out the one-word person's full name.
SPELLED_OUT = True


def _spelled_out(attrs: list[Attr]) -> dict[str, str]:
    """Person entities named by one word whose source writes capitalised given names before it,
    tagged as no other kind of entity: entity id -> the full name."""
    out: dict[str, str] = {}
    for a in attrs if SPELLED_OUT else ():
        sp, tok, span = a.speaker, a.cand.source_token, a.cand.source
        if sp is None or sp.entity is None or not sp.name or tok is None or span is None:
            continue
        if sp.kind != "person" or len(sp.name.split()) != 1 or sp.entity in out:
            continue
        words = tok.doc.char_span(*span, alignment_mode="expand")
        name = clean_name(text_of(tok.doc)[span[0] : span[1]]).split()
        if words is None or not 2 <= len(name) <= 3 or name[-1] != sp.name:
            continue
        given = [t for t in words if t.text in name[:-1]]
        if len(given) == len(name) - 1 and all(_given_word(t) for t in given):
            out[sp.entity] = " ".join(name)
    return out


def _given_word(t: Token) -> bool:
    low = t.lower_
    return (
        t.is_alpha
        and t.is_title
        and t.pos_ == "PROPN"  # not "The Clintons"
        and t.ent_type_ in ("", "PERSON")
        and low not in ROLE_NOUNS | TITLE_NOUNS
    )


def _source_sex(a: Attr) -> str | None:
    """The sex the source itself states: "she", or an honorific before the name."""
    tok = a.cand.source_token
    if tok is None:
        return None
    if tok.lower_ in ("he", "she"):  # a subject's own pronoun, not an object or possessive
        return PRONOUN_SEX[tok.lower_]
    return gender_before(text_of(tok.doc), tok.idx) if a.cand.source else None


def _kept_apart(sp: Speaker, entities: Sequence[Entity]) -> bool:
    """Whether the speaker is an entity the entities stage named with its honorific, to keep
    "Mr. Clinton" and "Mrs. Clinton" of one story apart (``entities.merge.honorific_names``)."""
    ent = next((e for e in entities if e.id == sp.entity), None) if sp.entity else None
    return ent is not None and ent.name == sp.name and ent.name.split()[0].rstrip(".") in HONORIFICS


# "Ryan's office", "Lee's campaign": a possessed noun is the owner's staff, not the owner; its
# name must not be completed to a person's ("Paul Ryan's").
POSSESSED_NOT_PERSONS = True
_POSSESSED = re.compile(r"[’']s\s+[a-z]")


def _person_like(sp: Speaker | None) -> bool:
    """A single speaker that may be a person: typed so, or untyped by any entity (a surname
    the tagger misread as a noun is "other"), or an "organisation" whose name ran into a
    lowercase word ("Kellogg later retracted"); not a possessed noun ("Ryan's office")."""
    return bool(
        sp
        and not sp.plural
        and not sp.anonymous
        and not (POSSESSED_NOT_PERSONS and sp.kind != "person" and _POSSESSED.search(sp.name or ""))
        and (
            sp.kind == "person"
            or (sp.kind in ("org", "other") and sp.entity is None)
            or (sp.kind == "org" and (sp.name or "A").split()[-1][:1].islower())
        )
    )


def trimmed(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A source span without spaces or a comma at its ends ("a fellow court judge,"; a no-break
    space after a name is a token's), nor a list item's dash before it. Every source is trimmed
    here before speakers are resolved, so a source copied to a floating quote is trimmed too."""
    if span is None:
        return None
    start, end = span
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    marks = ",;:-–—•*" if LIST_DASHES else ",;:"
    while start < end - 1 and (text[start].isspace() or text[start] in marks):
        start += 1
    return start, end


# "-Ann Ruiz explains ...": a list item's dash glued to the name is no part of it.
LIST_DASHES = True
