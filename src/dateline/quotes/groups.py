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

__all__ = ["ANONYMOUS_AGAIN", "ORG_ROLE_NOUNS", "SOLE_ORGS", "GroupAntecedents", "org_like"]

# "the Democrats" after "Several Democrats" said something: the same unnamed group.
ANONYMOUS_AGAIN = True
# "the company", "the group": the organisation that just spoke.
ORG_ROLE_NOUNS = frozenset(
    {"company", "firm", "group", "organization", "organisation", "agency", "department"}
)
# ... or, with none speaking there, the one organisation named there.
SOLE_ORGS = True


class GroupAntecedents(Seen):
    """Definite organisation nouns and plural group sources, read as one that just spoke."""

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
        if not ROLE_ANTECEDENTS or tok.tag_ != "NN" or not definite(tok):
            return None
        here = self._sentence_at(tok, start)
        at = min(tok.idx, start) if start is not None else tok.idx
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
        return self._sole_org(at, here) or self._last_org_two_back(at, here)

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
        if len(found) != 1:
            return None
        ent = next(iter(found.values()))
        return Speaker("org", False, entity=ent.id, name=ent.name)


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
