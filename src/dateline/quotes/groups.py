"""Which organisation or unnamed group a definite noun source refers back to.

"The company says" after "Wealth-X says" is that organisation, and "the Democrats" after
"Several Democrats cautioned" is that same unnamed group, not the party
(:class:`GroupAntecedents`).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.entities.given_names import given_sex
from dateline.quotes.mentions import Speaker
from dateline.quotes.seen import WINDOW_SENTENCES, Seen
from dateline.quotes.titles import ROLE_ANTECEDENTS, definite
from dateline.records import Entity

__all__ = ["ANONYMOUS_AGAIN", "ORG_ROLE_NOUNS", "SOLE_ORGS", "GroupAntecedents", "org_like"]

# "the Democrats" after "Several Democrats" said something: the same unnamed group.
ANONYMOUS_AGAIN = True
# "the company", "the group": the organisation that just spoke.
# ... and "the council", "the association": a public body or society named before.
BODY_NOUNS = frozenset(
    {
        *("association", "foundation", "institute", "union", "council", "commission"),
        *("committee", "ministry", "bureau", "court"),
    }
)
ORG_ROLE_NOUNS = frozenset(
    {"company", "firm", "group", "organization", "organisation", "agency", "department"}
    | BODY_NOUNS
)
# ... or, with none speaking there, the one organisation named there.
SOLE_ORGS = True
# ... or else the one organisation of the article whose name holds the noun ("the association").
NOUN_IN_NAME = True


class GroupAntecedents(Seen):
    """Definite organisation nouns and plural group sources, read as one that just spoke."""

    def _unnamed_again(self, tok: Token, start: int | None) -> Speaker | None:
        """ "Several Democrats cautioned ... . Yet the Democrats acknowledged": "the" and the
        plural head of an anonymous group that spoke within the last few sentences is that
        group again, not the party."""
        if not ANONYMOUS_AGAIN or not any(c.lower_ == "the" for c in tok.lefts):
            return None
        here, at = self._read_at(tok, start)
        for m in reversed(self.mentions):
            sp = m.speaker
            near = m.pos < at and here - m.sent <= WINDOW_SENTENCES and m.spoke
            if near and sp.anonymous and sp.plural and (sp.name or "").split()[-1:] == [tok.text]:
                return sp
        return None

    def _org_antecedent(self, tok: Token, start: int | None) -> Speaker | None:
        """ "Wealth-X says ... . The company says ...": "the company", "the group" is the one
        organisation that spoke in its sentence or the one before."""
        if not ROLE_ANTECEDENTS or tok.tag_ != "NN" or not definite(tok):
            return None
        here, at = self._read_at(tok, start)
        if (again := self._introduced_again(tok, here, at)) is not None:
            return again
        if _unnamed_before(tok) or _described_here(tok):
            return None
        if _new_kind(tok):
            return self._named_by_noun(tok, at, _compound_words(tok))
        names = {
            m.speaker.entity or m.speaker.name: m.speaker
            for m in self.mentions
            if m.pos < at
            and here - m.sent <= 1
            and org_like(m.speaker)
            and m.spoke  # one nested in another's words competes too
        }
        if len(names) == 1:
            return next(iter(names.values()))
        if names or not SOLE_ORGS:
            return None
        found = self._sole_org(at, here) or self._last_org_two_back(at, here)
        return found or self._named_by_noun(tok, at)

    def _named_by_noun(
        self, tok: Token, at: int, modifiers: frozenset[str] = frozenset()
    ) -> Speaker | None:
        """ "according to American Psychological Association ... the association says": the
        one organisation named before whose name holds the noun (and the ``modifiers``, "the
        appeals court" after "the Court of Criminal Appeals"), however far back."""
        if not NOUN_IN_NAME or (modifiers and not MODIFIERS_IN_NAME):
            return None
        words = modifiers | {tok.lemma_.lower()}
        found = {
            e.id: e
            for e in self.entities
            if e.type == "ORG"
            and words <= set(e.name.lower().split())
            and any(m.start < at for m in e.mentions)
        }
        return _one_org(found)

    def _introduced_again(self, tok: Token, here: int, at: int) -> Speaker | None:
        """ "A militant group claimed the attack. The group said ...": the unnamed "a ..."
        source of the last few sentences whose head is the noun is the same speaker."""
        if not INTRODUCED_AGAIN:
            return None
        for m in reversed(self.mentions):
            if m.pos >= at or not m.spoke or here - m.sent > WINDOW_SENTENCES:
                continue
            words = (m.speaker.name or "").lower().split()
            if len(words) > 1 and words[0] in ("a", "an") and words[-1] == tok.lower_:
                return m.speaker
        return None

    def _last_org_two_back(self, at: int, here: int) -> Speaker | None:
        """ "While the State Department is nearing ..., the agency has struggled ... . A judge
        ordered ... . The agency has had to review ...": the one organisation that spoke two
        sentences back, when no other organisation is named since."""
        spoke = {
            m.speaker.entity or m.speaker.name: m.speaker
            for m in self.mentions
            if m.pos < at and m.spoke and here - m.sent == 2 and org_like(m.speaker)
        }
        if len(spoke) != 1:
            return None
        speaker = next(iter(spoke.values()))
        first = self._sentence_start(here - 1)
        others = {
            e.id
            for e in self.entities
            if e.type == "ORG"
            and e.id != speaker.entity
            and any(first <= m.start < at for m in e.mentions)
        }
        return None if others else speaker

    def _sole_org(self, at: int, here: int) -> Speaker | None:
        """ "... emails from her time at the State Department have been deemed classified, after
        the agency released ...": with no organisation speaking nearby, the one organisation
        the noun's sentence or the one before names, in any role, outside quotation marks."""
        first = self._sentence_start(here - 1)
        found = {
            e.id: e
            for e in self.entities
            if e.type == "ORG"
            and any(first <= m.start < at and not self.quoted(m.start) for m in e.mentions)
        }
        return _one_org(found)


def _one_org(found: dict[str, Entity]) -> Speaker | None:
    """The organisation speaking when the search found exactly one, else None (two are a
    guess)."""
    if len(found) != 1:
        return None
    ent = next(iter(found.values()))
    return Speaker("org", False, entity=ent.id, name=ent.name)


# "A militant group claimed the attack. The group said": the same unnamed speaker again.
INTRODUCED_AGAIN = True
# "But a New Hampshire ballot commission ... . the commission recognized": the noun came with
# "a" just before, naming no organisation: the one it introduced, not the last that spoke.
UNNAMED_BEFORE = True
_UNNAMED_REACH = 3  # sentences back


def _unnamed_before(tok: Token) -> bool:
    """Whether a few sentences back the same noun came with "a"/"an" outside any name."""
    if not UNNAMED_BEFORE:
        return False
    first = tok.sent.start
    for _ in range(_UNNAMED_REACH):
        if first == 0:
            break
        first = tok.doc[first - 1].sent.start
    return any(
        t.lemma_ == tok.lemma_
        and not t.ent_type_
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.lefts)
        for t in tok.doc[first : tok.i]
    )


# "the city council" after "the Better Government Association found": a body noun with a
# common noun before it is a new description, not "the council" again ("the social media
# company" still refers back).
KINDS_APART = True


# "the appeals court" after "the Court of Criminal Appeals": a body noun whose common-noun
# modifiers are all words of one organisation's name named before is that organisation.
MODIFIERS_IN_NAME = True


def _compound_words(tok: Token) -> frozenset[str]:
    """The lowercased common-noun compounds before the noun ("appeals" in "the appeals court")."""
    return frozenset(c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN")


def _new_kind(tok: Token) -> bool:
    """Whether a common-noun compound modifies a body noun ("the *city* council")."""
    return (
        KINDS_APART
        and tok.lemma_.lower() in BODY_NOUNS
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.lefts)
    )


# "the trade group for the big insurers spelled out its concerns": a noun that a "for" phrase
# describes introduces that organisation; it is not the one that spoke before.
DESCRIBED_HERE = True


def _described_here(tok: Token) -> bool:
    """Whether a "for ..." phrase after the noun says which organisation it is."""
    return DESCRIBED_HERE and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.rights)


def org_like(s: Speaker) -> bool:
    """An organisation, or a capitalised name no entity covers and no given name starts
    ("Wealth-X", which the model did not tag): what "the company" may refer to; not a title
    or a phrase with lowercase words ("A judge")."""
    if s.plural or s.anonymous:
        return False
    if s.kind == "org":
        return True
    name = s.name or ""
    if s.kind == "title" or any(w[:1].islower() for w in name.split() if w.isalpha()):
        return False  # "A judge", "the district attorney": people, no organisation's name
    return s.entity is None and name[:1].isupper() and given_sex(name) is None
