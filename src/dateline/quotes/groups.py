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
from dateline.quotes.titles import ROLE_ANTECEDENTS

__all__ = ["ANONYMOUS_AGAIN", "ORG_ROLE_NOUNS", "GroupAntecedents", "org_like"]

# "the Democrats" after "Several Democrats" said something: the same unnamed group.
ANONYMOUS_AGAIN = True
# "the company", "the group": the organisation that just spoke.
ORG_ROLE_NOUNS = frozenset({"company", "firm", "group", "organization", "organisation", "agency"})


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
            and org_like(m.speaker)
            and m.spoke  # one nested in another's words competes too
        }
        return next(iter(names.values())) if len(names) == 1 else None


def org_like(s: Speaker) -> bool:
    """An organisation, or a capitalised name no entity covers and no given name starts
    ("Wealth-X", which the model did not tag): what "the company" may refer to."""
    if s.plural or s.anonymous:
        return False
    if s.kind == "org":
        return True
    name = s.name or ""
    return s.entity is None and name[:1].isupper() and given_sex(name) is None
