"""Announced acts: a promise to cooperate is one AGREE on its verb of commitment, and an
announced refusal of a cooperative act is a REJECT.

Kept apart from the classifier's reading because PLOVER types the announcement, not the act
announced: "agreed to run joint patrols" is an AGREE, "will not lift the embargo" a REJECT.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.events.roles import RECIPROCAL

__all__ = [
    "COOPERATIVE",
    "INTENT_PRIOR",
    "PROMISE",
    "REFUSED",
    "agreed_on_a_thing",
    "merge_intentions",
    "negated",
]


# An announced refusal of a cooperative act is a REJECT (PLV codes "will not lift the embargo",
# "will not accept refugees" so): it agrees with the lexicon's cooperative roots, and a
# cooperative reading of a refused act becomes the REJECT.
REFUSED = {"AID", "COOPERATE", "SUPPORT", "AGREE", "CONSULT", "YIELD"}


_WILL = {"will", "would", "'ll", "wo", "shall"}


def negated(trig: Token) -> bool:
    """An announced refusal: "will not lift", "would not provide" (not "might not win" or a
    plain "has not endorsed", which deny an act rather than refuse one)."""
    heads = [trig] if trig.dep_ != "xcomp" else [trig, trig.head]
    for h in heads:
        kids = {c.lower_ for c in h.children if c.dep_ in {"aux", "neg"}}
        if kids & _WILL and kids & {"not", "n't", "never"}:
            return True
    return False


# Verbs of commitment: with a to-infinitive they announce a future act. PLOVER codes promises,
# offers and agreements for future cooperation (and concessions, in PLV) as one AGREE event.
PROMISE = {"agree", "pledge", "promise", "offer", "vow", "commit"}
INTENT_PRIOR = 0.6
COOPERATIVE = REFUSED | {"CONCEDE", "RETREAT"}


def merge_intentions(cands: list[dict]) -> list[dict]:
    """One AGREE per "X agreed/pledged to <cooperate>": the head carries it, the complement's
    own events by the same actor are absorbed (their recipient kept when the head has none).

    A hostile or material complement ("vowed to attack", "agreed to hold drills") is left to
    the classifier: it is a THREATEN or a planned act, not an agreement.
    """
    absorbed: set[int] = set()
    for head in cands:
        trig: Token = head["trigger"]
        if trig.pos_ != "VERB" or trig.lemma_.lower() not in PROMISE:
            continue
        comp = {t.i for x in trig.children if x.dep_ == "xcomp" for t in x.subtree}
        if not comp:
            continue  # "agree to joint patrols" was read as AGREE in candidates
        inner = [
            k for k, c in enumerate(cands)
            if c["trigger"].i in comp and c["actor"].text == head["actor"].text
        ]  # fmt: skip
        if any(cands[k]["root"] not in COOPERATIVE for k in inner):
            continue
        # The head's own probability was for another root: a rule prior, unless a classifier
        # reading of AGREE (head or complement) is surer.
        agreed = [c["conf"] for c in [head, *(cands[k] for k in inner)] if c["root"] == "AGREE"]
        head.update(root="AGREE", mode=None, conf=max([INTENT_PRIOR, *agreed]))
        for k in inner:
            if head["recipient"] is None:
                head["recipient"] = cands[k]["recipient"]
            absorbed.add(k)
    kept = [c for k, c in enumerate(cands) if k not in absorbed]
    _promote(kept)
    return kept


def agreed_on_a_thing(trig: Token) -> bool:
    """ "agree to joint patrols", "agreed on a ceasefire": agree with a to/on noun phrase (and
    no to-infinitive, which :func:`merge_intentions` reads)."""
    kids = list(trig.children)
    return (
        trig.pos_ == "VERB"
        and trig.lemma_.lower() == "agree"
        and not any(c.dep_ == "xcomp" for c in kids)
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "on", "upon")
            and any(g.dep_ == "pobj" for g in c.children)
            for c in kids
        )
    )


def _promote(cands: list[dict]) -> None:
    """An AGREE read off the complement ("agreed to run patrols" -> run) moves to the head
    verb, and a reciprocal head pairs two conjoined actors ("Finland and Estonia agreed")."""
    by_head: dict[int, list[dict]] = {}
    for c in cands:
        trig: Token = c["trigger"]
        head = trig.head
        promised = trig.dep_ == "xcomp" and head.lemma_.lower() in PROMISE
        if c["root"] == "AGREE" and promised and not any(o["trigger"].i == head.i for o in cands):
            by_head.setdefault(head.i, []).append(c)
    for group in by_head.values():
        head = group[0]["trigger"].head
        for c in group:
            c["trigger"] = head
        pair = len(group) == 2 and all(c["recipient"] is None for c in group)
        if pair and head.lemma_.lower() in RECIPROCAL:
            group[0]["recipient"], group[1]["recipient"] = group[1]["actor"], group[0]["actor"]
