"""Which earlier speaker a pronoun or role noun source refers to (:class:`Antecedents`).

One object remembers the people and groups seen so far (:mod:`dateline.quotes.seen`) and sends
each source to the resolver for its kind: titles and role nouns (:mod:`dateline.quotes.titles`),
"the company" and unnamed groups again (:mod:`dateline.quotes.groups`), and pronouns
(:mod:`dateline.quotes.pronouns`, with :mod:`dateline.quotes.support`).

:class:`Speaker` and :func:`describe` live in :mod:`dateline.quotes.mentions` and are
re-exported here for the modules that import them from this one.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.quotes.groups import ORG_ROLE_NOUNS, GroupAntecedents
from dateline.quotes.mentions import Speaker, describe
from dateline.quotes.pronouns import PronounAntecedents
from dateline.quotes.titles import TitleAntecedents

__all__ = ["Antecedents", "Speaker", "describe"]


class Antecedents(TitleAntecedents, GroupAntecedents, PronounAntecedents):
    """Speakers and subject persons seen so far, for resolving pronouns and titles."""

    def resolve(self, tok: Token, speaker: Speaker, start: int | None = None) -> Speaker | None:
        """The speaker a pronoun or bare title refers to, or None when the text is unclear.

        ``start`` is where the attribution begins: '"A. B," he said' is read from its
        quotation's first sentence, so the sentences quoted do not push the antecedent away.
        """
        if speaker.kind == "title":
            return self._resolve_title(tok, speaker, start)
        if speaker.kind == "other" and tok.lemma_.lower() in ORG_ROLE_NOUNS:
            return self._org_antecedent(tok, start) or speaker
        if speaker.plural and speaker.kind in ("org", "group") and not speaker.anonymous:
            return self._unnamed_again(tok, start) or speaker
        if speaker.kind != "pronoun":
            return speaker
        return self._resolve_pronoun(tok, speaker, start)
