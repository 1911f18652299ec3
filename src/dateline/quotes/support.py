"""Whether the text supports reading "he"/"she" as a candidate, not merely allows it.

A person named between the antecedent and the pronoun in its own sentence makes the reading
ambiguous; further back, the candidate must be alone in the pronoun's paragraph, or carried
over by its own quoted words or by pronouns of its gender in every sentence between
(:class:`Support`). With no supported candidate, the one person the pronoun's sentence or the
one before names is taken.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Token

from dateline.entities.honorifics import sex_of
from dateline.quotes._doc import text_of
from dateline.quotes.mentions import Speaker, entity_on, name_tokens
from dateline.quotes.names import PERSON_TYPES
from dateline.quotes.seen import Mention, Seen
from dateline.records import Entity

__all__ = [
    "CHAIN_SUBJECTS",
    "FORMS",
    "NAMED_NON_PERSONS",
    "OWN_WORDS",
    "PARAGRAPH_RIVALS",
    "Support",
]

# The pronoun chain across paragraphs also starts at a person who was only a subject
# ("Crankshaw grew up ... She was married ...  '...,' she recalled").
CHAIN_SUBJECTS = True
# "The challenge for Mrs. Clinton is ... when she sought": the one person just named.
SOLE_NAMED = True
# A subject the entities know as no person ("Americans") does not break a pronoun's chain.
NAMED_NON_PERSONS = True
# A pronoun's antecedent in its own paragraph competes only with people named in it.
PARAGRAPH_RIVALS = True
# A subject named like an organisation of the article ("Uber") is no rival to a person.
SAME_NAME_THINGS = True
# A person named inside the antecedent's own reported words is no rival to it.
OWN_WORDS = True
# ... nor when the pronoun's cue is set off by commas inside the sentence (", he said,").
PARENTHETICAL_CUES = True
# "C. Boyden Gray, who served under George Bush, ticked through ...: '...,' he said": a person
# named in a relative clause about the antecedent is background to it, no rival reading.
OWN_CLAUSE = True
# ... nor is a name that modifies a common noun ("the Bush dynasty has long embodied").
NAME_MODIFIERS = True
_ASIDE_CUES = frozenset({"say", "add", "note", "write", "tell", "argue", "insist", "explain"})
_BREAKS = re.compile(r"\n\s*")  # a run of line breaks: one paragraph boundary
# The pronoun forms of each gender, keyed by the gender a pronoun excludes.
FORMS = {"f": {"he", "him", "his", "himself"}, "m": {"she", "her", "hers", "herself"}}


class Support(Seen):
    """Checks that a "he"/"she" antecedent is the text's one reading."""

    def _sole_named(
        self, at: int, here: int, other: str | None, pool: list[Mention]
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
        lo = bisect_left(self.doc, first, key=_start)  # only the tokens in [first, at): a scan
        hi = bisect_left(self.doc, at, key=_start)  # of the whole text made long ones slow
        return any(
            t.dep_ in ("nsubj", "nsubjpass")
            and t.pos_ == "PROPN"
            and not {w.text for w in name_tokens(t) if not sex_of(w.text)} <= own  # "Mrs."
            and not self.quoted(t.idx)
            and not self._no_rival(t, other)
            for t in self.doc[lo:hi]
        )

    def _no_rival(self, tok: Token, other: str | None) -> bool:
        """A subject that cannot be the pronoun's person: a known entity that is no person
        ("Americans"), or a person of the ``other`` gender."""
        ent = entity_on(self.entities, tok) or self._named_thing(tok.text)
        if ent is None:
            return False
        if ent.type not in PERSON_TYPES:
            return NAMED_NON_PERSONS
        return other is not None and self._gender.get(ent.id) == other

    def _named_thing(self, word: str) -> Entity | None:
        """The entity no person that the article names ``word`` elsewhere ("Uber said" after
        the model tagged only one "Uber"): no rival to a person."""
        if not SAME_NAME_THINGS:
            return None
        return next(
            (e for e in self.entities if e.name == word and e.type not in PERSON_TYPES), None
        )

    def _rival_between(self, best: Mention, at: int, other: str | None) -> bool:
        """'X described Y as a disgrace after she attacked ...': another person named
        between the antecedent and a pronoun in its own sentence is an equally good reading."""
        key = best.speaker.entity
        aside = self._own_clause(best.pos)
        return any(
            best.pos < pos < at
            and ent != key
            and not aside[0] <= pos < aside[1]
            and not self._modifier(pos)
            and (other is None or self._gender.get(ent) != other)
            and not self._in_words_of(best.pos, pos, at)
            for pos, ent in self._persons
        )

    def _modifier(self, pos: int) -> bool:
        """Whether the name at ``pos`` modifies a common noun ("the Bush dynasty", "the Clinton
        campaign"): it names no one who could be "he"."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if not NAME_MODIFIERS or span is None or not len(span):
            return False
        tok = span[0]
        while tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN" and tok.head.i > tok.i:
            tok = tok.head
        return tok.dep_ == "compound" and tok.head.pos_ == "NOUN"

    def _own_clause(self, pos: int) -> tuple[int, int]:
        """The characters of the relative clauses set off after the name at ``pos`` ("Gray,
        who served under Bush,"), or an empty range."""
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        if not OWN_CLAUSE or span is None or not len(span):
            return (0, 0)
        tok = span[0]
        if tok.lower_ == "who" and tok.head.dep_ == "relcl":  # the seed at "who" (WHO_SUBJECTS)
            tok = tok.head.head
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
            tok = tok.head
        clauses = [c for c in tok.rights if c.dep_ == "relcl" and c.left_edge.i > tok.i]
        if not clauses or tok.nbor(1).text != ",":
            return (0, 0)
        first, last = clauses[0].left_edge, clauses[-1].right_edge
        return (first.idx, last.idx + len(last.text))

    def _in_words_of(self, source: int, pos: int, at: int) -> bool:
        """Whether ``pos`` lies in the content of an attribution whose source token is at
        ``source``, a content ended by a full stop before ``at`` ("Mr. Trump said his
        friendship with Mr. Clinton was strictly business. '...,' he wrote": Mr. Clinton is in
        Trump's words, no rival to him; not "Lind described Hale as a disgrace after he")."""
        text = text_of(self.doc)
        aside = PARENTHETICAL_CUES and self._aside(at)
        return OWN_WORDS and any(
            a <= pos < b <= at
            and (aside or any(c in ".!?" for c in text[b:at]) or _coordinated(text[b:at]))
            for a, b in self.contents.get(source, ())
        )

    def _aside(self, at: int) -> bool:
        """Whether the pronoun at ``at`` opens a cue set off by commas ("Mook acknowledged
        Clinton and Sanders had split the contests, which is an outcome, he said, '...'"): the
        speaker's own words go on, so a person named in them is no rival."""
        span = self.doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        tok = span[0]
        head = tok.head
        after = tok.doc[head.i + 1] if head.i + 1 < len(tok.doc) else None
        before = tok.doc[tok.i - 1] if tok.i > 0 else None
        return (
            tok.dep_ == "nsubj"
            and head.i == tok.i + 1
            and head.lemma_ in _ASIDE_CUES
            and before is not None
            and before.text == ","
            and after is not None
            and after.text == ","
        )

    def _supported(
        self, best: Mention, pool: list[Mention], at: int, here: int, other: str | None
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

    def _named_subject(self, best: Mention, at: int, other: str | None = None) -> bool:
        """A proper-noun subject other than the antecedent's name between it and the pronoun
        ("Perez talks about ... He promises"): someone the resolver may not know as a person."""
        return self._other_subject(best.speaker.name or "", best.pos + 1, at, other)

    def _chained(self, first: int, here: int, other: str | None) -> bool:
        """Every sentence strictly between numbers ``first`` and ``here`` is quoted speech or
        has a pronoun of the gender the pronoun being resolved has (``other`` is the gender it
        excludes)."""
        forms = FORMS.get(other or "", set())
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


# "Reid said both Rubio and Cruz are 'non-entities,' but he gave ...": a pronoun that opens the
# clause coordinated right after the speaker's words is the speaker; the people named in those
# words are no rivals.
COORDINATED_SUBJECTS = True
_COORDINATED = re.compile(r"[\s,\"'\u201d\u2019]*(?:but|and|yet)\s+")


def _coordinated(between: str) -> bool:
    """Whether the text between the end of someone's words and a pronoun is only a comma and a
    coordinating conjunction (", but ")."""
    return COORDINATED_SUBJECTS and _COORDINATED.fullmatch(between) is not None


def _start(t: Token) -> int:
    """A token's character offset, the key its document is sorted by."""
    return t.idx
