"""Word lists the quote finder needs: cue verbs, anonymous-source nouns, pronoun classes.

Cue verbs come from the GenderGapTracker reporting verbs (MIT, shipped as derived lemmas with
their licence) and a few reporting verbs news uses that the list lacks (stress, recall...).
Which verbs report in context is learned (:mod:`dateline.quotes.model`); this list is the
prior that rules and the model's ``lexicon`` feature use.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = [
    "ANON_MARKERS",
    "ANON_NOUNS",
    "GROUP_PRONOUNS",
    "NON_AGENTS",
    "ORG_PRONOUNS",
    "PERSON_PRONOUNS",
    "PRONOUN_SEX",
    "ROLE_NOUNS",
    "TITLE_NOUNS",
    "cue_lemmas",
    "cue_weight",
]

_DATA = Path(__file__).resolve().parent.parent / "data" / "quotes"

# Reporting verbs news uses that the GGT list lacks; all are attested cues in PolNeAR train.
_EXTRA_CUES = {
    "stress", "recall", "emphasize", "emphasise", "ask", "raise", "caution", "concede",
    "contend", "maintain", "observe", "remark", "reiterate", "deny", "vow", "pledge",
    "promise", "urge", "believe", "allege", "acknowledge", "announce", "complain", "joke",
    "quip", "recount", "lament", "charge", "counter", "hint", "speculate", "worry", "fear",
    "hope", "agree", "signal", "add", "write", "post", "tweet",
}  # fmt: skip

# Nouns naming people by role or group rather than by name: unnamed, they are anonymous sources.
ANON_NOUNS = {
    "official", "source", "diplomat", "aide", "insider", "person", "people", "officer",
    "analyst", "expert", "observer", "spokesman", "spokeswoman", "spokesperson",
    "representative", "adviser", "advisor", "staffer", "member", "witness", "resident",
    "employee", "lawmaker", "legislator", "investigator", "militant", "activist",
    "critic", "supporter", "voter", "strategist", "operative", "colleague", "worker",
}  # fmt: skip

# Phrases that make any source anonymous.
ANON_MARKERS = (
    "condition of anonymity",
    "not authorized to",
    "not authorised to",
    "asked not to be",
    "declined to be",
    "unnamed",
    "anonymous",
    "who requested anonymity",
)

# Titles that name a person by office ("the Pentagon chief", "the minister").
TITLE_NOUNS = {
    "president", "minister", "secretary", "chief", "head", "leader", "chairman", "chairwoman",
    "chair", "director", "governor", "senator", "ambassador", "general", "commander",
    "spokesman", "spokeswoman", "mayor", "premier", "chancellor", "king", "queen", "prince",
    "candidate", "nominee", "ceo", "founder", "envoy", "speaker", "congressman",
    "congresswoman", "representative", "judge", "prosecutor", "attorney",
}  # fmt: skip

# Head nouns of sources that show or suggest but speak for no one ("history says", "videos show",
# "fears mount", "the process explains"): PolNeAR annotates them, so the attribution stays, but
# no speaker is named; documents ("the poll", "the ad", "a statement") still speak for someone.
NON_AGENTS = {
    "history", "fear", "video", "footage", "image", "photo", "picture", "strategy", "process",
    "answer", "evidence", "trend", "experience", "logic",
}  # fmt: skip

# Descriptions a writer uses for someone just named ("..., said the billionaire businessman").
ROLE_NOUNS = {
    "businessman", "businesswoman", "billionaire", "mogul", "tycoon", "magnate", "financier",
    "front-runner",
    "frontrunner", "incumbent", "politician", "journalist", "reporter", "columnist",
    "commentator", "analyst", "pollster", "strategist", "lawmaker", "activist", "economist",
    "actor", "actress", "star", "singer", "comedian", "author", "writer", "anchor", "rapper",
    "musician", "developer", "runner",
    "neurosurgeon", "surgeon", "physician", "scientist", "researcher", "professor",
    "historian", "lawyer", "entrepreneur", "investor", "filmmaker", "novelist", "poet",
    "playwright", "coach", "mufti", "cleric", "imam", "rabbi", "pastor", "preacher", "bishop",
    "archbishop",
}  # fmt: skip

PERSON_PRONOUNS = {"he", "she", "him", "her"}
# The sex each person pronoun states.
PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
GROUP_PRONOUNS = {"they", "them"}
ORG_PRONOUNS = {"it"}


@lru_cache(maxsize=1)
def _ggt() -> frozenset[str]:
    text = (_DATA / "cue_verbs_ggt.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def cue_weight(lemma: str) -> float:
    """0.6 for a listed reporting verb, else 0: a prior for rules that have no model score."""
    return 0.6 if lemma in cue_lemmas() else 0.0


@lru_cache(maxsize=1)
def cue_lemmas() -> frozenset[str]:
    """Every lemma that may cue an attribution."""
    return frozenset(_ggt() | _EXTRA_CUES)
