"""Parses that hang a time on the wrong verb, mended for reading the clause's tense.

The parser attaches a weekday to whatever verb it takes for the sentence's head. Two news
constructions mislead it: a trailing attribution ("Ballots go out Monday, the clerk said"), whose
verb of saying becomes the head of the clause it reports, and a participle set off after the
subject ("The Eagles, ranked third, play Westview on Friday"), read as the main verb in the simple
past. Each function here finds the verb that really governs the time, or None.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["REPORTING", "apposed_predicate", "reported_clause"]

# Verbs of saying and knowing: their present reports or states ("says Monday", "knows"), so a
# weekday under them keeps the nearest reading.
REPORTING = frozenset(
    {"say", "tell", "add", "note", "stress", "warn", "insist", "claim", "state", "explain",
     "argue", "write", "declare", "recall", "reply", "respond", "acknowledge", "admit",
     "confirm", "deny", "emphasize", "emphasise", "tweet", "assert", "report", "believe",
     "think", "know", "suggest", "show", "indicate", "reveal", "recount", "describe",
     "remind", "caution", "advise"}
)  # fmt: skip


def reported_clause(root: Token, verb: Token) -> Token | None:
    """ "Absentee ballots go out in the mail Monday, the county clerk said": a time before a
    trailing attribution (a comma, then the subject, then the verb of saying) dates the clause
    reported, which the parser made the verb's complement, not the saying."""
    if verb.lemma_.lower() not in REPORTING or not root.i < verb.i:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and root.i < c.i < verb.i]
    if not subjects:
        return None
    before = subjects[0].left_edge.i - 1
    if before <= root.i or verb.doc[before].text != ",":
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < root.i]
    return clauses[0] if clauses else None


_PREDICATE_TAGS = frozenset({"VB", "VBP", "VBZ", "NN", "NNS"})
# What the apposed description may be tagged: a participle or past form ("ranked"), or an
# adjective, which the tagger may also read as a bare verb ("unbeaten").
_APPOSED_TAGS = frozenset({"VBD", "VBN", "VB", "JJ"})


def apposed_predicate(root: Token, verb: Token) -> Token | None:
    """ "The Tigers, ranked No. 4 in the state, host Central on Saturday": a past form right
    after the subject's comma is a participle describing the subject, and the word after the
    closing comma (tagged a bare verb or a noun, since a plural subject's present looks like
    either) is the sentence's predicate, which governs a time after it. An adjective there
    ("The Hawks, unbeaten this season, host ...") is read the same way."""
    doc = verb.doc
    if verb.tag_ not in _APPOSED_TAGS or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or subjects[0].right_edge.i not in (verb.i - 2, verb.i - 1):  # the comma
        return None
    for child in verb.children:
        after_comma = verb.i < child.i < root.i and doc[child.i - 1].text == ","
        if after_comma and child.tag_ in _PREDICATE_TAGS and child.dep_ != "punct":
            return child
    return None
