"""Which earlier speaker a pronoun source refers to (:class:`PronounAntecedents`).

Pronouns are resolved only to a compatible, recent antecedent: "he"/"she" to the nearest
preceding named person who spoke or was the subject of a clause, "they" to the nearest
preceding group of people who spoke, "it" to a preceding organisation that spoke. Antecedents
nested inside someone else's reported content rank after top-level ones, and the search stops
a few sentences back, so a pronoun with nothing plausible behind it stays unresolved. No pronoun
reaches into the headline, and "they"/"it" no further than the paragraph before: the reach of the
integrity stage's ``dangling_reference`` check, so the two stages agree.
"he"/"she" skip people whose gender the article states otherwise (an honorific, a gendered
title, a pronoun already resolved to them); whether the text supports the reading is
:mod:`dateline.quotes.support`'s job.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from dateline.quotes._doc import text_of
from dateline.quotes.gender import gender_before
from dateline.quotes.lexicon import GROUP_PRONOUNS, ORG_PRONOUNS, PERSON_PRONOUNS, PRONOUN_SEX
from dateline.quotes.mentions import Speaker, entity_on, name_tokens
from dateline.quotes.names import PERSON_TYPES
from dateline.quotes.seen import WINDOW_SENTENCES, Mention
from dateline.quotes.support import FORMS, Support
from dateline.records import Entity

__all__ = [
    "CATAPHORA",
    "IT_WINDOW_SENTENCES",
    "PARAGRAPH_REACH",
    "PERSON_REACH",
    "RELATIVE_OWNERS",
    "SPEAKER_FIRST",
    "PronounAntecedents",
    "addressee",
    "compatible",
]

# "it" is vaguer than "he": only an organisation speaking in the same or previous sentence.
IT_WINDOW_SENTENCES = 1
# "Even as he accused ..., Giuliani wouldn't ...": a fronted clause's pronoun is the main subject.
CATAPHORA = True
# "Although Brown does not ..., he broadcasts ...": a main clause's subject pronoun is the named
# subject of the adverbial clause that opens its sentence.
FRONTED_SUBJECTS = True
# Within the nearest sentence, the person who spoke outranks one merely named as a subject.
SPEAKER_FIRST = True
# Within one sentence, the main clause's subject outranks one inside a clause of it.
MAIN_FIRST = True
# "Chris Christie, whom he describes as ...": the subject of a relative clause is not the person
# the clause is about.
RELATIVE_OWNERS = True
# An unnamed plural subject between an institution and "they" keeps "they" from it.
PEOPLE_BEFORE_THEY = True
_UNNAMED = frozenset({"", "CARDINAL", "QUANTITY"})  # "Hundreds of demonstrators"
# A report or study that spoke after an institution keeps a later "it" from the institution.
THINGS_BEFORE_IT = True
# "they"/"it" reach no further back than the integrity stage's dangling-reference check looks.
PARAGRAPH_REACH = True
# ... and "he"/"she" never reach into the headline ("body"; "paragraph": no further than they).
PERSON_REACH = "body"


class PronounAntecedents(Support):
    """Pronoun sources, read as the compatible person, group or organisation just before."""

    def _resolve_pronoun(self, tok: Token, speaker: Speaker, start: int | None) -> Speaker | None:
        """The speaker a pronoun refers to, or None when the text is unclear."""
        if speaker.pronoun == "you":
            return addressee(tok, self.entities)
        wanted = compatible(speaker.pronoun or "")
        if wanted is None:
            return None
        here, at = self._read_at(tok, start)
        other = {"m": "f", "f": "m"}.get(PRONOUN_SEX.get(speaker.pronoun or "", ""))
        if speaker.pronoun in PERSON_PRONOUNS and (ahead := self._cataphor(tok, other)):
            return ahead
        if speaker.pronoun in PERSON_PRONOUNS and (fronted := self._fronted_subject(tok, other)):
            return fronted
        pool = self._candidates(speaker.pronoun, wanted, at, here, other)
        owner = self._clause_owner(tok)
        known = owner is not None and owner in self._gender
        found = self._choose(speaker, pool, at, here, other)
        if found is not None and owner is not None and found.entity == owner:
            if not known:  # nor is the gender the pronoun states the owner's
                self._gender.pop(owner, None)
            return None  # "Chris Christie, whom he describes as ...": he is someone else
        return found

    def _clause_owner(self, tok: Token) -> str | None:
        """The person entity a relative clause is about when the pronoun is that clause's
        subject ("Christie, whom he describes"): never the pronoun's own referent."""
        clause = tok.head
        if not RELATIVE_OWNERS or tok.dep_ != "nsubj" or clause.dep_ != "relcl":
            return None
        ent = entity_on(self.entities, clause.head)
        return ent.id if ent is not None and ent.type in PERSON_TYPES else None

    def _candidates(
        self,
        pronoun: str | None,
        wanted: Callable[[Speaker], bool],
        at: int,
        here: int,
        other: str | None,
    ) -> list[Mention]:
        """The compatible mentions within the pronoun's reach and window that are not of the
        gender it excludes; for "they" with none, an institution that just spoke."""
        window = WINDOW_SENTENCES
        first = self._first(at, pronoun in PERSON_PRONOUNS)
        pool = [
            m
            for m in self.mentions
            if first <= m.pos < at
            and here - m.sent <= window
            and wanted(m.speaker)
            and (other is None or self._gender_of(m) != other)
        ]
        if not pool and pronoun in GROUP_PRONOUNS:
            pool = [  # "PolitiFact ruled ... They found ...": an institution as "they"
                m
                for m in self.mentions
                if first <= m.pos < at
                and here - m.sent <= IT_WINDOW_SENTENCES
                and _org(m.speaker)
                and not self._people_between(self._sentence_start(m.sent), at)
            ]
        return pool

    def _people_between(self, start: int, end: int) -> bool:
        """ "Hundreds of demonstrators gathered ..., according to Al-Ahram. They called for
        ...": an unnamed plural subject in the institution's sentence or after it, before
        "they", is what "they" means more likely than the institution."""
        if not PEOPLE_BEFORE_THEY:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNS" and t.ent_type_ in _UNNAMED
            for t in span
        )

    def _choose(
        self, speaker: Speaker, pool: list[Mention], at: int, here: int, other: str | None
    ) -> Speaker | None:
        """The best-ranked candidate when the text supports it (the sole person named nearby
        for "he"/"she" when it does not); learns the gender "he"/"she" states of it."""
        person = speaker.pronoun in PERSON_PRONOUNS
        if not pool:
            return self._sole_named(at, here, other, pool) if person else None
        top = [m for m in pool if not m.nested] or pool
        best = max(top, key=_rank)
        if speaker.pronoun in ORG_PRONOUNS and not _lone_org(best, top, here):
            return None
        if speaker.pronoun in ORG_PRONOUNS and self._thing_spoke(best.pos, at):
            return None
        if person and not self._supported(best, top, at, here, other):
            return self._sole_named(at, here, other, pool)
        if best.speaker.entity and speaker.pronoun in PRONOUN_SEX:
            self._gender.setdefault(best.speaker.entity, PRONOUN_SEX[speaker.pronoun])
        return replace(best.speaker, kind=best.speaker.kind)

    def _thing_spoke(self, after: int, at: int) -> bool:
        """ "The U.K. also reports ... The report cautions that ... It also states": a thing
        that spoke (a report, a study) since the institution is what "it" more likely means."""
        return THINGS_BEFORE_IT and any(
            m.spoke and m.speaker.kind == "other" and not m.speaker.plural and after < m.pos < at
            for m in self.mentions
        )

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
        forms = FORMS.get(other or "", set())
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

    def _fronted_subject(self, tok: Token, other: str | None) -> Speaker | None:
        """ "Although Mr. Brown does not plan to endorse Mr. Cruz from his pulpit, he
        broadcasts his support": the main clause's subject pronoun is the named subject of the
        adverbial clause that opens its sentence, unless that clause has a pronoun of the
        pronoun's gender ("After Smith hired him, he ...": someone else) or the text gives the
        person the other gender."""
        if not FRONTED_SUBJECTS or tok.dep_ != "nsubj":
            return None
        main = tok.head
        opening = [t for t in tok.sent if not (t.is_punct or t.is_space)]
        clauses = [
            c for c in main.children if c.dep_ == "advcl" and c.i < tok.i and opening
            and c.left_edge.i == opening[0].i
        ]  # fmt: skip
        if len(clauses) != 1:
            return None
        clause = clauses[0]
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
            return None
        mine = FORMS.get(other or "", set())  # keyed by the other sex: the pronoun's forms
        if any(t.tag_ == "PRP" and t.lower_ in mine for t in clause.subtree):
            return None  # "him", not "his pulpit": the clause's subject's own
        ent = entity_on(self.entities, subjects[0])
        if ent is None or ent.type not in PERSON_TYPES:
            return None
        if other is not None and (
            self._gender.get(ent.id) == other or self._named_gender(subjects[0]) == other
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


def addressee(tok: Token, entities: Sequence[Entity]) -> Speaker | None:
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
            return named if _vocative(words[:k]) else None
        ent = entity_on(entities, t) if named is None and k < 5 else None
        if ent is not None and ent.type in PERSON_TYPES:
            named = Speaker("person", False, entity=ent.id, name=ent.name)
    return None


# "Check out the Sanders campaign website, and you'll find ...": a name inside a clause is
# no one addressed; a vocative is names and titles alone ("Secretary Clinton, ...").
VOCATIVES_ONLY = True


def _vocative(words: list[Token]) -> bool:
    """Whether the words before the turn's first comma are only a name and its titles."""
    return not VOCATIVES_ONLY or all(w.pos_ == "PROPN" or w.is_title for w in words)


def _org(s: Speaker) -> bool:
    return s.kind == "org" and not s.plural


def _rank(m: Mention) -> tuple:
    """The nearest antecedent, and within one sentence the one who spoke ("He would like the
    ideas Sanders championed. Even then, he said": the speaker of "He would like")."""
    if MAIN_FIRST:  # "Lynch has the final say on whether Clinton faces ..., and though she"
        return (m.sent, m.spoke, m.main, m.pos) if SPEAKER_FIRST else (m.pos, m.spoke)
    return (m.sent, m.spoke, m.pos) if SPEAKER_FIRST else (m.pos, m.spoke)


def _lone_org(best: Mention, pool: list[Mention], here: int) -> bool:
    """ "it" means the institution that spoke in the same or the previous sentence, or further
    back the only one that spoke in the window ('The website ... .  It attacked ...')."""
    if here - best.sent <= IT_WINDOW_SENTENCES:
        return True
    return best.spoke and len({m.speaker.entity or m.speaker.name for m in pool}) == 1


def compatible(pronoun: str) -> Callable[[Speaker], bool] | None:
    """Which speakers a pronoun may refer to: one person, a group or several, one institution."""
    if pronoun in PERSON_PRONOUNS:
        return lambda s: s.kind == "person" and not s.plural
    if pronoun in GROUP_PRONOUNS:
        return lambda s: s.kind == "group" or (s.plural and s.kind in ("person", "org", "other"))
    if pronoun in ORG_PRONOUNS:
        return lambda s: s.kind == "org" and not s.plural
    return None
