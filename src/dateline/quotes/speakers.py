"""Which earlier speaker a pronoun or role noun source refers to (:class:`Antecedents`).

Pronouns are resolved only to a compatible, recent antecedent: "he"/"she" to the nearest
preceding named person who spoke or was the subject of a clause, "they" to the nearest
preceding group of people who spoke, "it" to a preceding organisation that spoke. Antecedents
nested inside someone else's reported content rank after top-level ones, and the search stops
a few sentences back, so a pronoun with nothing plausible behind it stays unresolved. No pronoun
reaches into the headline, and "they"/"it" no further than the paragraph before: the reach of the
integrity stage's ``dangling_reference`` check, so the two stages agree.
"he"/"she" skip people whose gender the article states otherwise (an honorific, a gendered
title, a pronoun already resolved to them), and a person named between the antecedent and the
pronoun in its own sentence makes the reading ambiguous.

:class:`Speaker` and :func:`describe` live in :mod:`dateline.quotes.mentions` and are
re-exported here for the modules that import them from this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from dateline.entities.given_names import given_sex
from dateline.entities.honorifics import sex_of
from dateline.entities.kb import kb
from dateline.quotes._doc import text_of
from dateline.quotes.gender import entity_gender, gender_before
from dateline.quotes.lexicon import GROUP_PRONOUNS, ORG_PRONOUNS, PERSON_PRONOUNS
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.mentions import Speaker, describe, entity_on, name_tokens
from dateline.quotes.names import PERSON_TYPES
from dateline.records import Entity
from dateline.text_layout import QuoteMask, body_start, paragraphs, reach_start

__all__ = ["Antecedents", "Speaker", "describe"]

WINDOW_SENTENCES = 4
# The pronoun chain across paragraphs also starts at a person who was only a subject
# ("Crankshaw grew up ... She was married ...  '...,' she recalled").
CHAIN_SUBJECTS = True
# "it" is vaguer than "he": only an organisation speaking in the same or previous sentence.
IT_WINDOW_SENTENCES = 1
# "The challenge for Mrs. Clinton is ... when she sought": the one person just named.
SOLE_NAMED = True
# "..., said the New York businessman": a role noun is the one person just before it.
ROLE_ANTECEDENTS = True
# "Even as he accused ..., Giuliani wouldn't ...": a fronted clause's pronoun is the main subject.
CATAPHORA = True
# "the Turkish president": a country or demonym before a title matches the actor's country.
COUNTRY_TITLES = True
# A subject the entities know as no person ("Americans") does not break a pronoun's chain.
NAMED_NON_PERSONS = True
# Within the nearest sentence, the person who spoke outranks one merely named as a subject.
SPEAKER_FIRST = True
# A pronoun's antecedent in its own paragraph competes only with people named in it.
PARAGRAPH_RIVALS = True
# "the Democrats" after "Several Democrats" said something: the same unnamed group.
ANONYMOUS_AGAIN = True
# "the company", "the group": the organisation that just spoke.
ORG_ROLE_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation", "agency"})
# "they"/"it" reach no further back than the integrity stage's dangling-reference check looks.
PARAGRAPH_REACH = True
# ... and "he"/"she" never reach into the headline ("body"; "paragraph": no further than they).
PERSON_REACH = "body"
_BREAKS = re.compile(r"\n\s*")  # a run of line breaks: one paragraph boundary
_FORMS = {"f": {"he", "him", "his", "himself"}, "m": {"she", "her", "hers", "herself"}}
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}


def _title_match(
    title_text: str, entities: Sequence[Entity], places: frozenset[str] = frozenset()
) -> Entity | None:
    """The one person whose title shares a word with ``title_text`` and names each place
    the title does (``places``): "the Florida senator" is not the senator from Vermont."""
    padded = f" {title_text} "
    named = [e for e in entities if e.type in PERSON_TYPES and f" {e.name} " in padded]
    if len(named) == 1:  # "former Vermont governor Howard Dean": the name is there
        return named[0]
    words = {w.lower() for w in title_text.split() if len(w) > 3}
    hits = []
    for e in entities:
        own = {w.lower() for w in (e.title or "").split()}
        if e.type in PERSON_TYPES and words & own and _places_fit(places, own, e):
            hits.append(e)
    return hits[0] if len(hits) == 1 else None


def _places_fit(places: frozenset[str], own: set[str], ent: Entity) -> bool:
    """Each place word of the title is in the person's title, or is a country or its people
    whose code is the person's actor country ("the Turkish president" for Erdogan, coded TUR;
    "the Florida senator" still needs "Florida" in the title)."""
    country = ent.actor.country if ent.actor else None
    return all(p in own or (COUNTRY_TITLES and country and _country(p) == country) for p in places)


def _country(word: str) -> str | None:
    """The country a country name or demonym ("turkish") codes to, else None."""
    entries = [e for e in kb().lookup(word) if e.kind in ("country", "demonym")]
    code = entries[0].code() if entries else None
    return code.country if code else None


def _described_before(tok: Token) -> bool:
    """The role noun already named someone, not as a subject and without a name ("beside the
    leader of the GRS team" before "the team leader"): it refers back to that description, not
    to the last speaker. ("businessman Donald Trump" names a person and does not count.)"""
    for t in tok.doc[: tok.i]:
        if t.lemma_ != tok.lemma_ or t.tag_ != "NN" or t.dep_ in ("nsubj", "nsubjpass"):
            continue  # a subject "the governor" is itself read as the person before it
        named = t.head.ent_type_ == "PERSON" or any(c.ent_type_ == "PERSON" for c in t.children)
        if not named and any(c.lower_ == "the" for c in t.lefts):
            return True
    return False


def _places(tok: Token) -> frozenset[str]:
    """The place or nationality words before a title noun ("the *Florida* senator")."""
    return frozenset(c.lower_ for c in tok.lefts if c.ent_type_ in ("GPE", "NORP", "LOC"))


@dataclass
class _Mention:
    pos: int
    sent: int
    speaker: Speaker
    nested: bool
    spoke: bool = False
    gender: str | None = None


class Antecedents:
    """Speakers and subject persons seen so far, for resolving pronouns and titles."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        self._sent_of = _sentence_numbers(doc)
        self._marks: list[tuple[int, int]] | None = None
        self.mentions: list[_Mention] = []
        self._gender = {e.id: g for e in entities if (g := entity_gender(text_of(doc), e))}
        self._persons = sorted(
            (m.start, e.id) for e in entities if e.type in PERSON_TYPES for m in e.mentions
        )
        self._paras: tuple | None = None

    def sent_index(self, tok: Token) -> int:
        return self._sent_of.get(tok.sent.start, 0)

    def add(self, tok: Token, speaker: Speaker, nested: bool, spoke: bool = False) -> None:
        """Remember a person seen at ``tok``; ``spoke``: as the source of an attribution."""
        if speaker.kind in ("pronoun", "other", "title") and not speaker.name:
            return
        gender = self._gender.get(speaker.entity or "") or gender_before(
            text_of(self.doc), name_tokens(tok)[0].idx
        )
        sent = self.sent_index(tok)
        self.mentions.append(_Mention(tok.idx, sent, speaker, nested, spoke, gender))

    def resolve(self, tok: Token, speaker: Speaker, start: int | None = None) -> Speaker | None:
        """The speaker a pronoun or bare title refers to, or None when the text is unclear.

        ``start`` is where the attribution begins: '"A. B," he said' is read from its
        quotation's first sentence, so the sentences quoted do not push the antecedent away.
        """
        if speaker.kind == "title":
            ent = _title_match(speaker.name or "", self.entities, _places(tok))
            if ent is None:
                return self._role_antecedent(tok, start) or speaker
            return Speaker("person", False, entity=ent.id, name=ent.name)
        if speaker.kind == "other" and tok.lemma_.lower() in ORG_ROLE_NOUNS:
            return self._org_antecedent(tok, start) or speaker
        if speaker.plural and speaker.kind in ("org", "group") and not speaker.anonymous:
            return self._unnamed_again(tok, start) or speaker
        if speaker.kind != "pronoun":
            return speaker
        if speaker.pronoun == "you":
            return _addressee(tok, self.entities)
        wanted = _compatible(speaker.pronoun or "")
        if wanted is None:
            return None
        here = self._sentence_at(tok, start)
        at = min(tok.idx, start) if start is not None else tok.idx
        window = WINDOW_SENTENCES
        other = {"m": "f", "f": "m"}.get(_PRONOUN_GENDER.get(speaker.pronoun or "", ""))
        if speaker.pronoun in PERSON_PRONOUNS and (ahead := self._cataphor(tok, other)):
            return ahead
        first = self._first(at, speaker.pronoun in PERSON_PRONOUNS)
        pool = [
            m
            for m in self.mentions
            if first <= m.pos < at
            and here - m.sent <= window
            and wanted(m.speaker)
            and (other is None or self._gender_of(m) != other)
        ]
        if not pool and speaker.pronoun in GROUP_PRONOUNS:
            pool = [  # "PolitiFact ruled ... They found ...": an institution as "they"
                m
                for m in self.mentions
                if first <= m.pos < at and here - m.sent <= IT_WINDOW_SENTENCES and _org(m.speaker)
            ]
        person = speaker.pronoun in PERSON_PRONOUNS
        if not pool:
            return self._sole_named(at, here, other, pool) if person else None
        top = [m for m in pool if not m.nested] or pool
        best = max(top, key=_rank)
        if speaker.pronoun in ORG_PRONOUNS and not _lone_org(best, top, here):
            return None
        if person and not self._supported(best, top, at, here, other):
            return self._sole_named(at, here, other, pool)
        if best.speaker.entity and speaker.pronoun in _PRONOUN_GENDER:
            self._gender.setdefault(best.speaker.entity, _PRONOUN_GENDER[speaker.pronoun])
        return replace(best.speaker, kind=best.speaker.kind)

    def _cataphor(self, tok: Token, other: str | None) -> Speaker | None:
        """ "Even as he accused ..., Giuliani wouldn't ...", "Ever since she endorsed ..., Ms.
        Warren has been ...": the subject pronoun of an adverbial clause that opens its sentence
        is the named person who is the main clause's subject, unless the text says that
        person's gender is the other one or the main clause has a pronoun object of the
        pronoun's gender ("When he arrived, Pence greeted him": someone else)."""
        clause = tok.head
        if not CATAPHORA or tok.dep_ != "nsubj" or clause.dep_ != "advcl":
            return None
        main = clause.head
        opening = [t for t in tok.sent if not (t.is_punct or t.is_space)]
        if main.i < clause.i or not opening or clause.left_edge.i != opening[0].i:
            return None
        subjects = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].i < clause.i:
            return None
        inner = {t.i for t in clause.subtree}
        forms = _FORMS.get(other or "", set())
        if any(t.tag_ == "PRP" and t.lower_ in forms for t in main.subtree if t.i not in inner):
            return None
        subject = subjects[0]
        ent = entity_on(self.entities, subject)
        if ent is None or ent.type not in PERSON_TYPES:
            return None
        if other is not None and (
            self._gender.get(ent.id) == other or self._named_gender(subject) == other
        ):
            return None
        return Speaker("person", False, entity=ent.id, name=ent.name)

    def _named_gender(self, tok: Token) -> str | None:
        """The gender an honorific or title word right before a name states."""
        return gender_before(text_of(self.doc), name_tokens(tok)[0].idx)

    def _first(self, at: int, person: bool) -> int:
        """Where an antecedent of a pronoun at ``at`` may start: never in the headline; for
        "they" and "it", no further back than the paragraph before (:meth:`reach`)."""
        if not PARAGRAPH_REACH:
            return 0
        if person and PERSON_REACH == "body":
            return self._layout()[2]
        return self.reach(at)

    def _layout(self) -> tuple:
        """The article's paragraphs, quotation mask and body start, found once."""
        if self._paras is None:
            text = text_of(self.doc)
            paras = paragraphs(text)
            self._paras = (paras, QuoteMask(text), body_start(text, paras))
        return self._paras

    def reach(self, at: int) -> int:
        """Where an antecedent of "they" or "it" at ``at`` may start: the reach the integrity
        stage's ``dangling_reference`` check uses (this and the previous paragraph, never the
        headline), so the two stages agree on which pronouns refer to someone."""
        paras, mask, _ = self._layout()
        return reach_start(self.doc, paras, mask, at)

    def _sole_named(
        self, at: int, here: int, other: str | None, pool: list[_Mention]
    ) -> Speaker | None:
        """'The challenge for Mrs. Clinton is ... when she sought': when no speaker or subject
        is a supported antecedent, the one person the pronoun's sentence or the one before it
        names (in any role, outside quotation marks, in the same paragraph), if no other
        candidate is that close."""
        if not SOLE_NAMED or any(here - m.sent <= 1 for m in pool):
            return None
        first = self._sentence_start(here - 1)
        text = text_of(self.doc)
        ids = {
            e
            for pos, e in self._persons
            if first <= pos < at and not self.quoted(pos) and "\n" not in text[pos:at]
        }
        if other is not None:  # "Claudia Tenney helped fight Ray Halbritter, who ... he"
            ids = {e for e in ids if self._gender.get(e) != other}
        if len(ids) != 1:
            return None
        key = ids.pop()
        ent = next(e for e in self.entities if e.id == key)
        if self._other_subject(ent.name, first, at, other):
            return None
        return Speaker("person", False, entity=ent.id, name=ent.name)

    def _other_subject(self, name: str, first: int, at: int, other: str | None = None) -> bool:
        """A proper-noun subject in ``[first, at)``, outside quotation marks, that is not
        ``name`` ("Will called for ... Christie, whom he describes"; "Betsy Ebeling" after
        Tom's; the antecedent's own words name whom they like): a person the entities may have
        missed. A person the text states is of the ``other`` gender ("Donald J. Trump" before
        "She offers") or a named group ("Americans") is no rival."""
        own = set(name.split())
        return any(
            first <= t.idx < at
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and not {w.text for w in name_tokens(t) if not sex_of(w.text)} <= own  # "Mrs."
            and not self.quoted(t.idx)
            and not self._no_rival(t, other)
            for t in self.doc
        )

    def _no_rival(self, tok: Token, other: str | None) -> bool:
        """A subject that cannot be the pronoun's person: a known entity that is no person
        ("Americans"), or a person of the ``other`` gender."""
        ent = entity_on(self.entities, tok)
        if ent is None:
            return False
        if ent.type not in PERSON_TYPES:
            return NAMED_NON_PERSONS
        return other is not None and self._gender.get(ent.id) == other

    def _sentence_start(self, number: int) -> int:
        """Where sentence ``number`` starts (the text's start for one before the first)."""
        starts = [s.start_char for s in self.doc.sents if self._sent_of.get(s.start) == number]
        return starts[0] if starts else 0

    def _role_antecedent(self, tok: Token, start: int | None) -> Speaker | None:
        """'Trump continued ..., saying ...  "...," said the New York businessman': a singular
        role noun with "the" names the one person of the previous sentence or its own who
        spoke or was a subject, when no other such person is in that stretch."""
        if (
            not ROLE_ANTECEDENTS
            or tok.tag_ != "NN"
            or not any(c.lower_ == "the" for c in tok.lefts)
        ):
            return None
        if _described_before(tok):
            return None
        here = self._sentence_at(tok, start)
        at = min(tok.idx, start) if start is not None else tok.idx
        pool = [
            m
            for m in self.mentions
            if m.pos < at and here - m.sent <= 1 and m.speaker.kind == "person" and not m.nested
        ]
        if not pool:
            return None
        best = max(pool, key=lambda m: (m.pos, m.spoke))
        others = {m.speaker.entity or m.speaker.name for m in pool} - {
            best.speaker.entity or best.speaker.name
        }
        if others:
            return None
        return best.speaker

    def _unnamed_again(self, tok: Token, start: int | None) -> Speaker | None:
        """ "Several Democrats cautioned ... . Yet the Democrats acknowledged": "the" and the
        plural head of an anonymous group that spoke within the last few sentences is that
        group again, not the party."""
        if not ANONYMOUS_AGAIN or not any(c.lower_ == "the" for c in tok.lefts):
            return None
        here = self._sentence_at(tok, start)
        at = min(tok.idx, start) if start is not None else tok.idx
        for m in reversed(self.mentions):
            sp = m.speaker
            near = m.pos < at and here - m.sent <= WINDOW_SENTENCES and m.spoke
            if near and sp.anonymous and sp.plural and (sp.name or "").split()[-1:] == [tok.text]:
                return sp
        return None

    def _org_antecedent(self, tok: Token, start: int | None) -> Speaker | None:
        """ "Wealth-X says ... . The company says ...": "the company", "the group" is the one
        organisation that spoke in its sentence or the one before."""
        if (
            not ROLE_ANTECEDENTS
            or tok.tag_ != "NN"
            or not any(c.lower_ == "the" for c in tok.lefts)
        ):
            return None
        here = self._sentence_at(tok, start)
        at = min(tok.idx, start) if start is not None else tok.idx
        names = {
            m.speaker.entity or m.speaker.name: m.speaker
            for m in self.mentions
            if m.pos < at
            and here - m.sent <= 1
            and _org_like(m.speaker)
            and m.spoke  # one nested in another's words competes too
        }
        return next(iter(names.values())) if len(names) == 1 else None

    def _rival_between(self, best: _Mention, at: int, other: str | None) -> bool:
        """'X described Y as a disgrace after she attacked ...': another person named
        between the antecedent and a pronoun in its own sentence is an equally good reading."""
        key = best.speaker.entity
        return any(
            best.pos < pos < at and ent != key and (other is None or self._gender.get(ent) != other)
            for pos, ent in self._persons
        )

    def _gender_of(self, m: _Mention) -> str | None:
        """Stated by the text at the mention, else learnt from a pronoun resolved to them."""
        return m.gender or self._gender.get(m.speaker.entity or "")

    def _sentence_at(self, tok: Token, start: int | None) -> int:
        """The sentence the attribution starts in (the pronoun's own when it starts there)."""
        if start is None or start >= tok.idx:
            return self.sent_index(tok)
        span = self.doc.char_span(start, start + 1, alignment_mode="expand")
        return self.sent_index(span[0]) if span is not None and len(span) else self.sent_index(tok)

    def _supported(
        self, best: _Mention, pool: list[_Mention], at: int, here: int, other: str | None
    ) -> bool:
        """Whether the text supports reading the pronoun as ``best``, not merely allows it.

        The nearest candidate in the same or the previous sentence is taken; further back, only
        when it is in the pronoun's own paragraph and no other candidate competes with it
        ("He further noted" two paragraphs after several people were named refers to nobody).
        The last speaker also carries over two sentences into the next paragraph ('Warren
        said. Bank executives aren't.  "...," she said'), when no one else stands between,
        and across paragraphs when no one else was named in the window and every sentence
        between speaks of someone of the pronoun's gender ('She says ...  The candidate's
        response came in her tweets.  She tweeted: "..."'); a sentence about something else
        ('Last year, Russia deployed missiles.') breaks the chain.
        Applied to "he"/"she" only: an unresolved "they" is anonymous either way.
        """
        if best.sent == here and self._rival_between(best, at, other):
            return False
        if here - best.sent <= 1:
            return True
        if best.nested:  # someone named in another's words is no antecedent further on
            return False
        gap = text_of(self.doc)[best.pos : at]
        names = {m.speaker.entity or m.speaker.name for m in pool}
        if best.spoke and here - best.sent <= 2 and len(_BREAKS.findall(gap)) <= 1:
            return True
        chain = len(names) == 1 and self._chained(best.sent, here, other)
        if chain and (best.spoke or (CHAIN_SUBJECTS and not self._named_subject(best, at, other))):
            return True
        if "\n" in gap:
            return False
        if PARAGRAPH_RIVALS:  # someone named in an earlier paragraph is further than ``best``
            start = text_of(self.doc).rfind("\n", 0, best.pos) + 1
            names = {m.speaker.entity or m.speaker.name for m in pool if m.pos >= start}
        return len(names) == 1

    def _named_subject(self, best: _Mention, at: int, other: str | None = None) -> bool:
        """A proper-noun subject other than the antecedent's name between it and the pronoun
        ("Perez talks about ... He promises"): someone the resolver may not know as a person."""
        return self._other_subject(best.speaker.name or "", best.pos + 1, at, other)

    def _quote_marks(self) -> list[tuple[int, int]]:
        """The article's quotation spans, found once per article."""
        if self._marks is None:
            self._marks = [(q.start, q.end) for q in find_quote_spans(text_of(self.doc))]
        return self._marks

    def quoted(self, pos: int) -> bool:
        """Whether character ``pos`` lies inside quotation marks."""
        return any(a < pos < b for a, b in self._quote_marks())

    def _chained(self, first: int, here: int, other: str | None) -> bool:
        """Every sentence strictly between numbers ``first`` and ``here`` is quoted speech or
        has a pronoun of the gender the pronoun being resolved has (``other`` is the gender it
        excludes)."""
        forms = _FORMS.get(other or "", set())
        if not forms:
            return False
        quoted = self._quote_marks()
        seen: set[int] = set()
        for sent in self.doc.sents:
            k = self._sent_of.get(sent.start, 0)
            if not first < k < here:
                continue
            end = sent.start_char + len(sent.text.rstrip())  # not the paragraph break after
            inside = any(a <= sent.start_char and end <= b + 1 for a, b in quoted)
            if inside or any(t.lower_ in forms for t in sent):
                seen.add(k)  # the speaker's own quoted words go on the chain too
        return len(seen) == here - first - 1


def _addressee(tok: Token, entities: Sequence[Entity]) -> Speaker | None:
    """Whom "you" addresses: the person named at the head of the turn, before a comma
    ("RAMOS: Secretary Clinton, ... you sent an e-mail saying ..."); else no one."""
    words = [t for t in tok.sent if not (t.is_punct and t.text != ",") and not t.is_space]
    if len(words) > 1 and words[0].text.isupper() and tok.doc[words[0].i + 1].text == ":":
        words = words[1:]  # the transcript's speaker label
    named: Speaker | None = None
    for k, t in enumerate(words[:8]):
        if t.i >= tok.i:
            return None
        if t.text == ",":  # the vocative ends here: only a name before it is addressed
            return named
        ent = entity_on(entities, t) if named is None and k < 5 else None
        if ent is not None and ent.type in PERSON_TYPES:
            named = Speaker("person", False, entity=ent.id, name=ent.name)
    return None


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    """Sentence number by first token; a stray piece with no word (a quotation mark the
    parser split off) shares the number of the sentence before it."""
    out: dict[int, int] = {}
    k = -1
    for sent in doc.sents:
        if k < 0 or any(t.is_alpha for t in sent):
            k += 1
        out[sent.start] = k
    return out


def _org(s: Speaker) -> bool:
    return s.kind == "org" and not s.plural


def _rank(m: _Mention) -> tuple:
    """The nearest antecedent, and within one sentence the one who spoke ("He would like the
    ideas Sanders championed. Even then, he said": the speaker of "He would like")."""
    return (m.sent, m.spoke, m.pos) if SPEAKER_FIRST else (m.pos, m.spoke)


def _org_like(s: Speaker) -> bool:
    """An organisation, or a capitalised name no entity covers and no given name starts
    ("Wealth-X", which the model did not tag): what "the company" may refer to."""
    if s.plural or s.anonymous:
        return False
    if s.kind == "org":
        return True
    name = s.name or ""
    return s.entity is None and name[:1].isupper() and given_sex(name) is None


def _lone_org(best: _Mention, pool: list[_Mention], here: int) -> bool:
    """ "it" means the institution that spoke in the same or the previous sentence, or further
    back the only one that spoke in the window ('The website ... .  It attacked ...')."""
    if here - best.sent <= IT_WINDOW_SENTENCES:
        return True
    return best.spoke and len({m.speaker.entity or m.speaker.name for m in pool}) == 1


def _compatible(pronoun: str):
    if pronoun in PERSON_PRONOUNS:
        return lambda s: s.kind == "person" and not s.plural
    if pronoun in GROUP_PRONOUNS:
        return lambda s: s.kind == "group" or (s.plural and s.kind in ("person", "org", "other"))
    if pronoun in ORG_PRONOUNS:
        return lambda s: s.kind == "org" and not s.plural
    return None
