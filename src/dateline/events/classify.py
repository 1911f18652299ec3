"""PLOVER root and mode of an (actor, recipient) pair: the shipped numpy models plus the lexicon.

The pair model was trained on PLV, where RETREAT and CONCEDE are merged as YIELD; the mode
model (trained on the synthetic stories, which keep them apart) splits YIELD back and picks the
mode among those PLOVER defines for the root. The CAMEO lexicon's object patterns (``deploy``
+ troops -> troops) take precedence for the mode when they agree with the root.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span, Token

from dateline.events.cues import NOT_EVENT
from dateline.events.features import head_token, pair_dense, pair_features, tokens, trigger_of
from dateline.events.lexicon import lexicon
from dateline.events.model import load_model
from dateline.events.modes import cue_mode
from dateline.events.transformer import blend

__all__ = [
    "MODES",
    "PairResult",
    "classify_pair",
    "classify_span",
    "is_event_predicate",
    "mobilization_mode",
]

# PLOVER modes per root (PLOVER codebook / manual, v2 draft; codebook spellings).
MODES: dict[str, tuple[str, ...]] = {
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": (
        "restrict", "ban", "arrest", "relations", "rights", "violence", "expel", "territory",
    ),
    "PROTEST": ("demo", "riot", "strike", "hunger", "obstruct", "boycott"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
        "withhold", "misinformation", "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "sexual", "torture", "execute", "firearms", "explosives",
        "suicide-attack", "assassinate", "aerial", "drone", "heavy-weapons", "primitive",
        "massacre", "cleansing", "destroy", "crowd-control", "unconventional",
    ),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
}  # fmt: skip
_RETREATISH = {"RETREAT"}
_MIN_MODE_P = 0.35


@dataclass(frozen=True)
class PairResult:
    """A classified pair: root, mode, the root's calibrated probability and the predicate.

    ``mode_from_cue`` marks a mode read off the codebook cue words only (weaker evidence).
    """

    root: str
    mode: str | None
    probability: float
    known_predicate: bool
    mode_from_cue: bool = False
    distribution: tuple[tuple[str, float], ...] = ()
    """Every root's probability (the blend's), for rules that read more than the top one."""

    def mass(self, roots: set[str]) -> float:
        """The summed probability of ``roots``."""
        return sum(p for r, p in self.distribution if r in roots)


def _mode_scores(sent: Span, roots: tuple[str, ...]) -> dict[str, float]:
    """P(root|mode) from the mode model, for the given roots only."""
    model = load_model("mode")
    if model is None:
        return {}
    feats = [f"w:{t}" for t in tokens(sent.text)]
    out: dict[str, float] = {}
    for root in roots:
        p = model.proba([*feats, f"root:{root}"])
        for c, v in zip(model.classes, p, strict=True):
            if c.startswith(root + "|"):
                out[c] = out.get(c, 0.0) + float(v)
    return out


_MOBILIZE_BY_CLASS = {
    "weapon": "weapons",
    "aircraft": "weapons",
    "wmd": "weapons",
    "military": "troops",
    "pko": "troops",
    "security": "police",
}


def _lexicon_modes(sent: Span, actor: tuple[int, int], verb: Token | None) -> list[tuple[str, str]]:
    """Modes the CAMEO lexicon suggests from the predicate's objects (pattern, noun class)."""
    a = head_token(sent.doc, *actor)
    if verb is None:
        return []
    actor_ids = {t.i for t in a.subtree} if a is not None else set()
    words = [t.lemma_.lower() for t in verb.subtree if t.is_alpha and t.i not in actor_ids]
    out = lexicon().with_object(verb.lemma_.lower(), words)
    for w in words:
        if w in {"police", "militia"}:
            out.append(("MOBILIZE", w))
        cls = lexicon().word_class(w)
        if cls in _MOBILIZE_BY_CLASS:
            out.append(("MOBILIZE", _MOBILIZE_BY_CLASS[cls]))
    return out


_FORCES = {"military": "troops", "pko": "troops", "weapon": "weapons", "aircraft": "weapons",
           "wmd": "weapons"}  # fmt: skip
_RULE_CONFIDENCE = 0.6
_OBJECTS = {"dobj", "obj", "nsubjpass"}
# Minimum root probability for classify_pair: lower when the predicate is a known event verb.
_PAIR_MIN = {True: 0.3, False: 0.6}
_ATTACK_PREPS = {"at", "against", "on", "upon", "into"}
_WHEN = {"DATE", "TIME"}


def _attack_prep(prep: Token) -> bool:
    """ "at X", "against X", "on X", but not a date ("on Monday")."""
    if prep.dep_ != "prep" or prep.lower_ not in _ATTACK_PREPS:
        return False
    return any(g.dep_ == "pobj" and g.ent_type_ not in _WHEN for g in prep.children)


# Roots that mark a verb as an act against someone, never a move of the actor's own forces.
_HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "PROTEST", "REJECT", "SANCTION"}


def _deployment_verb(verb: Token) -> bool:
    """A verb CAMEO can code as MOBILIZE, used here in no hostile sense.

    CAMEO lists odd MOBILIZE patterns under hostile verbs ("attack" + "mock target"), so
    "attack Turkish troops" passed for a deployment. A verb whose own code is hostile
    (attack, fire: ASSAULT) is refused; COERCE verbs are refused only when their object
    matches a hostile pattern ("seize weapons"), since "hold exercises" is a deployment.
    """
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if not lex.has_pattern_root(lemma, "MOBILIZE"):
        return False
    if any(root in _HOSTILE - {"COERCE"} for root, _ in lex.default(lemma)):
        return False
    words = [t.lemma_.lower() for c in verb.children if c.dep_ in _OBJECTS for t in c.subtree]
    return not any(root in _HOSTILE for root, _ in lex.with_object(lemma, words))


_PLACES = {"GPE", "LOC", "FAC"}
_GIVING = {"COOPERATE", "AID"}


def _handed_over(verb: Token) -> bool:
    """Whether the verb hands its object to a party rather than moving it to a place.

    A "to"/dative party that is not a place ("to the rebels") always receives; a country
    receives when the verb is one of giving (CAMEO codes "provide", "supply", "give" as
    cooperation by default): "provided weapons to Ukraine" but "deployed troops to Poland".
    """
    giving = any(r in _GIVING for r, _ in lexicon().default(verb.lemma_.lower()))
    heads = [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
    heads += [
        g
        for c in verb.children
        if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for h in heads:
        place, party = _destination(h)
        if party or (place and giving):
            return True
    return False


def _code(tok: Token):
    try:
        from dateline.entities import code_actor  # type: ignore[attr-defined]

        return code_actor(tok.text, None)
    except Exception:  # a helper stage's bug must not change the reading
        return None


def _destination(tok: Token) -> tuple[bool, bool]:
    """(is a place, is a receiving party) for the head of a "to" phrase.

    A bare country code counts as a place even when the tagger calls it a person ("to Mali");
    a group or person ("to the rebels", "to Obama") receives; "to the border" is neither.
    """
    if tok.ent_type_ in _PLACES:
        return True, False
    coded = _code(tok) if tok.pos_ in {"PROPN", "NOUN"} else None
    if coded is not None and coded.country and not coded.sector and coded.country != "IGO":
        return True, False
    if tok.ent_type_ in {"PERSON", "ORG", "NORP"}:
        return False, True
    if tok.pos_ != "NOUN" or lexicon().word_class(tok.lemma_.lower()) is not None:
        return False, False
    return False, coded is not None and bool(coded.country or coded.sector)


def mobilization_mode(verb: Token | None, recipient: Token | None) -> str | None:
    """MOBILIZE mode when a deployment verb moves the actor's own forces or weapons.

    PLOVER codes "deploy troops to X" as MOBILIZE, but "send weapons to the rebels" as AID:
    the object must be forces/weapons (CAMEO noun classes) and no person or group receives it.
    """
    if verb is None or not _deployment_verb(verb):
        return None
    if recipient is not None and recipient.ent_type_ not in {"LOC", "FAC"}:
        return None
    if _handed_over(verb):
        return None  # "provided weapons to Ukraine", "sent arms to the rebels": AID
    if any(_attack_prep(c) for c in verb.children):
        return None  # "fired missiles at X" is an attack, not a deployment
    for child in verb.children:
        if child.dep_ in _OBJECTS:
            for t in child.subtree:
                cls = lexicon().word_class(t.lower_) or lexicon().word_class(t.lemma_.lower())
                if cls in _FORCES:
                    return _FORCES[cls]
    return None


def _split_yield(scores: dict[str, float], lex: list[tuple[str, str]]) -> str:
    if any(r in _RETREATISH for r, _ in lex):
        return "RETREAT"
    retreat = sum(v for k, v in scores.items() if k.startswith("RETREAT|"))
    concede = sum(v for k, v in scores.items() if k.startswith("CONCEDE|"))
    return "RETREAT" if retreat > concede else "CONCEDE"


def _pick_mode(
    root: str, scores: dict[str, float], lex: list[tuple[str, str]], text: str
) -> tuple[str | None, bool]:
    """(mode, from cue): CAMEO object pattern, else a confident mode model, else cue words."""
    allowed = MODES.get(root, ())
    for r, m in lex:
        if r == root and m in allowed:
            return m, False
    cands = {k.split("|", 1)[1]: v for k, v in scores.items() if k.startswith(root + "|")}
    total = sum(cands.values())
    if total:
        best = max(cands, key=cands.__getitem__)
        if best in allowed and cands[best] / total >= _MIN_MODE_P:
            return best, False
    cue = cue_mode(root, text)
    return (cue, True) if cue in allowed else (None, False)


def is_event_predicate(lemma: str) -> bool:
    """Whether the model saw ``lemma`` governing an event in training, or CAMEO codes it."""
    model = load_model("pair")
    seen = model is not None and any(f"{k}:{lemma}" in model.vocab for k in ("v", "pv", "t"))
    return seen or bool(lexicon().default(lemma))


def _with_transformer(
    classes: list[str],
    proba: np.ndarray,
    sent: Span,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
) -> np.ndarray:
    """Blend in the optional ONNX transformer, which reads the sentence's own text."""
    base, end = sent.start_char, sent.end_char
    spans = [actor] if recipient is None else [actor, recipient]
    if any(s < base or e > end for s, e in spans):
        return proba
    local_r = None if recipient is None else (recipient[0] - base, recipient[1] - base)
    return blend(classes, proba, sent.text, (actor[0] - base, actor[1] - base), local_r)


def classify_span(
    sent: Span,
    actor: tuple[int, int],
    recipient: tuple[int, int] | None,
    trigger: Token | None = None,
) -> PairResult | None:
    """Classify a pair inside an already parsed sentence (offsets index ``sent.doc.text``)."""
    model = load_model("pair")
    if model is None:
        return None
    dense = pair_dense(sent, actor, recipient, trigger) if model.dense_coef is not None else None
    proba = model.proba(pair_features(sent, actor, recipient, trigger), dense)
    proba = _with_transformer(model.classes, proba, sent, actor, recipient)
    k = int(np.argmax(proba))
    root = model.classes[k]
    verb = trigger if trigger is not None else trigger_of(head_token(sent.doc, *actor))
    roots = ("CONCEDE", "RETREAT") if root == "YIELD" else (root,)
    scores = _mode_scores(sent, roots) if roots[0] in MODES or root == "YIELD" else {}
    lex = _lexicon_modes(sent, actor, verb)
    if root == "YIELD":
        root = _split_yield(scores, lex)
    known = verb is not None and is_event_predicate(verb.lemma_.lower())
    known = known and verb.lemma_.lower() not in NOT_EVENT
    r_tok = head_token(sent.doc, *recipient) if recipient is not None else None
    forces = mobilization_mode(verb, r_tok)
    if forces is not None:
        p = float(proba[model.classes.index("MOBILIZE")]) if "MOBILIZE" in model.classes else 0.0
        return PairResult("MOBILIZE", forces, max(p, _RULE_CONFIDENCE), True)
    mode, from_cue = _pick_mode(root, scores, lex, sent.text)
    dist = tuple((c, float(p)) for c, p in zip(model.classes, proba, strict=True))
    return PairResult(root, mode, float(proba[k]), known, from_cue, dist)


def classify_pair(
    text: str, actor: tuple[int, int], recipient: tuple[int, int] | None
) -> tuple[str, str | None] | None:
    """PLOVER (root, mode) for the ``actor``/``recipient`` character spans of ``text``.

    None when the pair is not an event: no model shipped, spans outside the text, or the
    predicate joining them is neither known to the model nor confidently classified.
    """
    from dateline import nlp as _nlp
    from dateline.config import Settings

    if not text.strip() or not (0 <= actor[0] < actor[1] <= len(text)):
        return None
    if recipient is not None and not (0 <= recipient[0] < recipient[1] <= len(text)):
        return None
    doc = _nlp.load(Settings().model)(text)
    result = classify_span(doc[:], actor, recipient)
    if result is None or result.probability < _PAIR_MIN[result.known_predicate]:
        return None
    return result.root, result.mode
