"""Where an event happened: rank the sentence's place mentions against the event's trigger.

Analysts map events, so an event's place must be where *that* event happened, not any place in
the sentence. Each place mention of the trigger's sentence is scored by a logistic model over
the dependency path between trigger and mention (prepositions on it, clause boundaries crossed),
word order and distance, the mention's kind, and whether a more specific place sits beside it
("the West Bank city of Nablus": Nablus). The best mention wins if its probability clears a
threshold, else the event has no place. Rules the training data (kill/shoot/capture verbs)
cannot teach or rarely see sit on top: the actor itself is never the place, nor a place hanging
off the verb that reports the event or inside "according to ...", nor a country that modifies a
thing ("a U.S. airstrike"); a deployment happens at its destination; a list gives its first
place; a trailing participle or a coordinated verb without a place of its own takes its verb's
("struck X, killing", "struck X and killed"); a city part's name beats the city that holds it
("the Shaab neighbourhood of X").
Weights come from ``scripts/train_event_places.py`` (ahalterman/event_location, MIT) and are
scored with plain Python at run time. The chooser is a weight-free plan (:func:`plan_place`)
and a decision over it (:func:`decide`), so the trainer scores candidate weights through these
very rules. Without the weights file, the trigger's own locative phrase decides, as before.
Figures: docs/benchmarks.md, "Event places".
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dateline.events.classify import mobilization_mode
from dateline.events.cues import SAYING
from dateline.events.parties import agents, coordinated, phrase_span
from dateline.nlp import line_pieces
from dateline.records import Place
from dateline.text_layout import span_ents

if TYPE_CHECKING:
    from dateline.pipeline import Analysis

__all__ = [
    "WEIGHTS",
    "Option",
    "PlacePlan",
    "actor_spans",
    "candidates",
    "choose_place",
    "decide",
    "features",
    "place_probability",
    "plan_place",
]

Spans = list[tuple[int, int]]
WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "events" / "event_places.json"

# Not "from": "pressure from Moscow" names a source, not where the event happens.
_PLACE_PREPS = frozenset(
    {"to", "in", "into", "at", "near", "inside", "across", "toward", "towards"}
)
_DESTINATION = frozenset({"to", "into", "toward", "towards"})
_CLAUSES = {"ccomp", "advcl", "relcl", "acl", "conj", "xcomp", "parataxis", "csubj"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Nouns a country may modify and still say where: "the Syria border", "the Iraq capital".
_PLACE_NOUNS = frozenset(
    {"border", "capital", "city", "town", "village", "province", "region", "district", "area"}
    | {"countryside", "coast", "state", "territory", "side", "frontier", "mainland", "soil"}
    | {"battlefield", "hotel", "port", "waters", "airspace", "street", "streets"}
)
# Parts of a city a name may head: "the Shaab neighbourhood of X", "X's Wadajir district".
_SUBDIVISIONS = frozenset(
    {"district", "neighborhood", "neighbourhood", "suburb", "quarter", "borough"}
)


@lru_cache(maxsize=1)
def _model() -> dict | None:
    """The exported weights ({"weights", "bias", "threshold"}), or None when not shipped."""
    if not WEIGHTS.is_file():
        return None
    return json.loads(WEIGHTS.read_text())


def candidates(analysis: Analysis, trigger: Token, spacy_too: bool = False) -> list[Place]:
    """Place mentions of the trigger's sentence: the places stage's, else spaCy's GPE/LOC/FAC.

    ``spacy_too`` adds spaCy's GPE/LOC/FAC mentions that the places stage left out (small towns
    it cannot resolve) even when it found others; they come without coordinates.
    """
    sent = _sentence(trigger)
    lo, hi = sent.start_char, sent.end_char
    found = [p for p in analysis.places if lo <= p.start and p.end <= hi]
    if found and not spacy_too:
        return sorted(found, key=lambda p: p.start)
    for e in span_ents(sent):
        if e.label_ in _PLACE_LABELS and not any(
            p.start < e.end_char and e.start_char < p.end for p in found
        ):
            found.append(
                Place(start=e.start_char, end=e.end_char, text=e.text, name=e.text, kind="mention")
            )
    return sorted(found, key=lambda p: p.start)


def _sentence(trigger: Token) -> Span:
    """The trigger's sentence, cut at line breaks as the events stage cuts it (a headline's
    place is not the lead's)."""
    return next(p for p in line_pieces(trigger.sent) if p.start <= trigger.i < p.end)


def _mention(trigger: Token, place: Place) -> Span | None:
    doc = trigger.doc
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _up(tok: Token) -> list[Token]:
    """The token and its ancestors, nearest first."""
    return [tok, *tok.ancestors]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _path_features(trigger: Token, head: Token) -> dict[str, float]:
    """Shape of the dependency path trigger -> lowest common ancestor <- mention."""
    t_up, h_up = _up(trigger), _up(head)
    t_ids = [t.i for t in t_up]
    common = next((t for t in h_up if t.i in t_ids), None)
    f: dict[str, float] = {}
    if common is None:
        return {"path=none": 1.0}
    up = t_ids.index(common.i)
    down = [t.i for t in h_up].index(common.i)
    f[f"up={min(up, 3)}"] = 1.0
    f[f"down={min(down, 5)}"] = 1.0
    below = h_up[:down]  # mention side, nearest the mention first
    prep = next((t for t in below if t.dep_ in {"prep", "agent", "dative"}), None)
    word = prep.lower_ if prep is not None else "-"
    f[f"prep={word}"] = 1.0
    f[f"prep={word}|up={min(up, 2)}"] = 1.0
    attach = below[-1].dep_ if below else "self"
    f[f"attach={attach}"] = 1.0
    f[f"attach={attach}|up={min(up, 2)}"] = 1.0
    deps = [t.dep_ if t.dep_ not in {"prep", "agent", "dative"} else t.lower_ for t in below]
    f["path=" + "/".join(deps[:4])] = 1.0
    for t in t_up[:up]:
        if t.dep_ in _CLAUSES:
            f[f"trig_clause={t.dep_}"] = 1.0
    f["tpath=" + "/".join(t.dep_ for t in t_up[:up][:3])] = 1.0
    if any(t.dep_ in _CLAUSES for t in below):
        f["cand_clause"] = 1.0
    if any(t.lemma_.lower() in SAYING for t in [*t_up[1 : up + 1], *below]):
        f["via_saying"] = 1.0  # "X happened, officials in Washington said"
    if prep is not None and prep.head.pos_ == "NOUN" and prep.head.i != common.i:
        f["prep_on_noun"] = 1.0
    return f


def _nesting(place: Place, others: list[Place]) -> dict[str, float]:
    """Whether the mention sits inside another one mentioned beside it, or holds one."""
    f: dict[str, float] = {}
    for o in others:
        if o is place or o.start == place.start:
            continue
        if place.kind == "country" and o.kind != "country" and o.country == place.country:
            f["holds_other"] = 1.0
        if o.kind == "country" and place.kind != "country" and o.country == place.country:
            f["inside_other"] = 1.0
        if place.country and o.country and place.country != o.country:
            f["other_country"] = 1.0
    return f


def _phrase_head(head: Token) -> tuple[Token, list[str]]:
    """Climb from a mention to the phrase that carries it, noting each step.

    "the country's region of Kaliningrad" -> region, "Iraq's Nineveh province" -> province,
    "in Latvia, Estonia and Poland" -> Latvia: the carrier's path to the trigger is the one
    that tells where the event happened.
    """
    steps: list[str] = []
    node = head
    for _ in range(4):
        up = node.head
        if up.i == node.i:
            break
        if node.dep_ == "conj" and up.ent_type_ in _PLACE_LABELS | {""}:
            steps.append("conj")
        elif node.dep_ in {"compound", "amod", "nmod", "poss"} and up.pos_ in {"NOUN", "PROPN"}:
            steps.append(node.dep_)
        elif node.dep_ == "pobj" and up.lower_ == "of" and up.head.pos_ in {"NOUN", "PROPN"}:
            steps.append("of")
            up = up.head
        else:
            break
        node = up
    return node, steps


def features(
    trigger: Token, place: Place, places: list[Place], exclude: Spans, actors: Spans
) -> dict[str, float]:
    """Sparse features of one (trigger, mention) pair.

    ``places``: the sentence's mentions; ``exclude``: the event's argument spans; ``actors``:
    the trigger's actor phrases (see :func:`actor_spans`).
    """
    f: dict[str, float] = {"bias": 1.0}
    span = _mention(trigger, place)
    if span is None:
        return f
    head = span.root
    carrier, steps = _phrase_head(head)
    f.update(_path_features(trigger, carrier))
    f.update(_syntax_features(trigger, place, head, carrier, steps))
    f.update(_argument_features(place, exclude, actors))
    f.update(_order_features(trigger, place, places, head))
    f.update(_nesting(place, places))
    f.update(_stacking(trigger, carrier, place, places))
    return f


def _syntax_features(
    trigger: Token, place: Place, head: Token, carrier: Token, steps: list[str]
) -> dict[str, float]:
    """How the mention attaches: its and the trigger's relations, the prepositions on the way
    up to the phrase that carries it, and whether that phrase is the trigger's own locative."""
    f: dict[str, float] = {}
    f[f"dep={head.dep_}"] = 1.0
    f[f"kind={place.kind}"] = 1.0
    f[f"trig_pos={trigger.pos_}"] = 1.0
    f[f"trig_dep={trigger.dep_}"] = 1.0
    if any(c.dep_ == "auxpass" for c in trigger.children):
        f["trig_passive"] = 1.0
    for step in dict.fromkeys(steps):
        f[f"via={step}"] = 1.0
    if carrier.i != head.i and not carrier.ent_type_:
        f[f"carrier={carrier.lemma_.lower()}"] = 1.0
    if not {carrier.i, head.i}.isdisjoint(_place_tokens(trigger)):
        f["own_locative"] = 1.0
    return f


def _argument_features(place: Place, exclude: Spans, actors: Spans) -> dict[str, float]:
    """Whether the mention belongs to an organisation's name, an argument or an actor phrase
    (a place that says who, not where)."""
    f: dict[str, float] = {}
    if place.within:
        f["within_org"] = 1.0
    if _inside(place, exclude):
        f["in_argument"] = 1.0
    if _inside(place, actors):
        f["in_actor"] = 1.0
        if (place.start, place.end) in actors:
            f["is_actor"] = 1.0
    return f


def _order_features(
    trigger: Token, place: Place, places: list[Place], head: Token
) -> dict[str, float]:
    """Where the mention stands: side of and distance to the trigger, rank by nearness, and
    how many mentions the sentence has."""
    f: dict[str, float] = {}
    before = place.end <= trigger.idx
    f["before" if before else "after"] = 1.0
    dist = abs(head.i - trigger.i)
    f[f"dist{_bucket(dist, (2, 5, 10, 20))}"] = 1.0
    ranked = sorted(places, key=lambda p: abs(p.start - trigger.idx))
    f[f"nearest={min(ranked.index(place), 2) if place in ranked else 2}"] = 1.0
    f[f"n={_bucket(len(places), (1, 2, 4))}"] = 1.0
    if place is places[0]:
        f["first"] = 1.0
    return f


def _stacking(
    trigger: Token, carrier: Token, place: Place, places: list[Place]
) -> dict[str, float]:
    """Whether another mention hangs below this one's phrase ("the village of X in Y": Y is
    below X) or this one hangs below another's: news names the specific place first."""
    f: dict[str, float] = {}
    mine = {t.i for t in carrier.subtree}
    above = {t.i for t in carrier.ancestors}
    for o in places:
        if o is place:
            continue
        span = _mention(trigger, o)
        if span is None:
            continue
        other, _ = _phrase_head(span.root)
        if other.i in mine and other.i != carrier.i:
            f["holds_mention"] = 1.0
        if other.i in above:
            f["under_mention"] = 1.0
    return f


def actor_spans(trigger: Token, heads: list[Token] | None = None) -> Spans:
    """Character spans of the trigger's actor phrases ("Russia", "Syrian troops"); ``heads``:
    the trigger's agents when the caller has them already.

    Names coordinated inside a locative phrase of the actor are where, not who: "battles in
    the cities of X and Y killed ..." has the battles as actor, X and Y as their place.
    """
    spans: Spans = []
    for head in agents(trigger) if heads is None else heads:
        named = [c for c in coordinated(head) if not _through_locative(c, head)]
        spans.extend(phrase_span(c) for c in named or [head])
    return spans


def _through_locative(tok: Token, head: Token) -> bool:
    """Whether ``tok`` hangs below ``head`` through a locative preposition ("in", "near")."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "prep" and node.lower_ in _PLACE_PREPS:
            return True
        node = node.head
    return False


def _inside(place: Place, spans: Spans) -> bool:
    return any(s <= place.start < e or s < place.end <= e for s, e in spans)


def place_probability(model: dict, feats: dict[str, float]) -> float:
    """The logistic model's probability that the mention is the event's place."""
    weights = model["weights"]
    z = model["bias"] + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@dataclass
class Option:
    """One mention the chooser scores: its features and the place the event gets if it wins
    (a list's first place, a city part's name: see :func:`plan_place`)."""

    features: dict[str, float]
    mention: Place
    outcome: Place


@dataclass
class PlacePlan:
    """Everything :func:`choose_place` decides with except the weights.

    The trainer (scripts/train_event_places.py) builds these once per sentence and scores
    candidate weights through :func:`decide`, so model selection ranks the shipped chooser,
    not a simplified copy of it. ``settled``: decided without weights (no mention, or a
    deployment's destination); ``fallback``: the plan of the verb a participle or coordinated
    verb hangs off, built only when needed.
    """

    options: list[Option] = field(default_factory=list)
    settled: bool = False
    place: Place | None = None
    fallback: Callable[[], PlacePlan | None] | None = None

    def frozen(self) -> PlacePlan:
        """This plan with every fallback built now (the trainer scores it many times)."""
        later = None if self.fallback is None else self.fallback()
        if later is None:
            return replace(self, fallback=None)
        built = later.frozen()
        return replace(self, fallback=lambda: built)


def plan_place(
    analysis: Analysis,
    trigger: Token,
    exclude: Spans,
    actors: Spans | None = None,
    spacy_too: bool = False,
) -> PlacePlan:
    """The weight-free part of :func:`choose_place` for one trigger.

    A mention that is the actor itself ("Russia deployed ...") is never scored: in the training
    data such a mention is the event's place in 4 of 190 cases.
    """
    places = candidates(analysis, trigger, spacy_too)
    if not places:
        return PlacePlan(settled=True)
    actors = actor_spans(trigger) if actors is None else actors
    if mobilization_mode(trigger, None):
        dest = _rule(trigger, places, actors, _DESTINATION)
        if dest is not None:  # a deployment happens where the forces go: "sent troops to Mali"
            return PlacePlan(settled=True, place=dest)
    allowed = [
        p
        for p in places
        if (p.start, p.end) not in actors
        and not _source_side(trigger, p)
        and not _country_modifier(trigger, p)
    ]
    options = [
        Option(
            features(trigger, p, places, exclude, actors),
            p,
            _subdivision(trigger, _first_conjunct(trigger, p, allowed), allowed),
        )
        for p in allowed
    ]
    main = _main_verb(trigger)
    if main is None:
        return PlacePlan(options)
    return PlacePlan(options, fallback=lambda: plan_place(analysis, main, exclude, None, spacy_too))


def decide(plan: PlacePlan, model: dict) -> Place | None:
    """The place a plan gives under ``model``: the best-scored mention's outcome if its
    probability clears the threshold, else the fallback verb's place, else none."""
    if plan.settled:
        return plan.place
    if plan.options:
        probs = [place_probability(model, o.features) for o in plan.options]
        best = max(range(len(probs)), key=probs.__getitem__)
        if probs[best] >= model["threshold"]:
            return plan.options[best].outcome
    later = None if plan.fallback is None else plan.fallback()
    return None if later is None else decide(later, model)


def choose_place(
    analysis: Analysis, trigger: Token, exclude: Spans, actors: Spans | None = None
) -> Place | None:
    """The place where the trigger's event happened, or None (``exclude``: argument spans;
    ``actors``: :func:`actor_spans` of the trigger when the caller has them already)."""
    model = _model()
    if model is None:
        places = candidates(analysis, trigger)
        return _rule(trigger, places, exclude) if places else None
    spacy_too = bool(model.get("spacy_too"))
    return decide(plan_place(analysis, trigger, exclude, actors, spacy_too), model)


def _subdivision(trigger: Token, place: Place, places: list[Place]) -> Place:
    """The city part's name when the winner is the city its phrase holds: "in the Shaab
    neighbourhood of X", "in X's Wadajir district", "in the Mansour district in western X"
    all happened in the part (train part: 8 choices turned right, 2 wrong)."""
    span = _mention(trigger, place)
    if span is None:
        return place
    carrier, _ = _phrase_head(span.root)
    above = {carrier.i} | {t.i for t in carrier.ancestors}
    for other in places:
        name = _mention(trigger, other)
        if other is place or name is None or name.root.dep_ != "compound":
            continue
        noun = name.root.head
        if noun.lemma_.lower() in _SUBDIVISIONS and noun.i in above and noun.i != span.root.i:
            return other
    return place


def _main_verb(trigger: Token) -> Token | None:
    """The verb a trailing participle hangs off ("a bomb hit the market in X, killing five"),
    or the earlier verb a coordinated one shares its subject with ("the blast struck X and
    killed two"): the event happens where the main one does (the coordinated case on the
    train part: 4 events right, 1 wrong)."""
    head = trigger.head
    participle = trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "xcomp", "conj"}
    if not participle and trigger.dep_ != "conj":
        return None
    if head.i >= trigger.i or head.pos_ not in {"VERB", "AUX"}:
        return None
    return head


def _source_side(trigger: Token, place: Place) -> bool:
    """Whether the mention hangs off the verb reporting the event ("officials in Washington
    said") or sits in an "according to" phrase ("according to sources in Mosul"): that is
    where the source is, not where the event happened (training data: 3 of 72 such mentions
    under "according" are the event's place)."""
    span = _mention(trigger, place)
    if span is None:
        return False
    ids = {trigger.i} | {t.i for t in trigger.ancestors}
    common = next((t for t in span.root.ancestors if t.i in ids), None)
    if common is None:
        return False
    if any(t.lower_ == "according" for t in _until(span.root, common)):
        return True
    return common.i != trigger.i and common.lemma_.lower() in SAYING


def _until(tok: Token, stop: Token) -> list[Token]:
    """The ancestors of ``tok`` below ``stop``, nearest first."""
    out = []
    for t in tok.ancestors:
        if t.i == stop.i:
            break
        out.append(t)
    return out


def _country_modifier(trigger: Token, place: Place) -> bool:
    """Whether a country names whose thing it is, not where: "a U.S. airstrike", "a US convoy"
    (a compound modifier of a common noun that is no place; training data: 10 of 366 such
    mentions are the event's place)."""
    if place.kind != "country":
        return False
    span = _mention(trigger, place)
    if span is None or span.root.dep_ not in {"compound", "amod", "nmod"}:
        return False
    if span.start > 0 and span.doc[span.start - 1].dep_ == "prep":
        return False  # "captured in Afghanistan ...": the parser's compound, a place after all
    noun = span.root.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _PLACE_NOUNS


def _first_conjunct(trigger: Token, place: Place, places: list[Place]) -> Place:
    """The list's first place when the winner is a later conjunct ("in Latvia, Estonia and
    Poland": Latvia), so the event's place does not depend on near-tied scores."""
    span = _mention(trigger, place)
    if span is None:
        return place
    node = span.root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.i == span.root.i:
        return place
    return next((p for p in places if p.start <= node.idx < p.end), place)


def _place_tokens(trigger: Token, preps: frozenset[str] = _PLACE_PREPS) -> set[int]:
    """Tokens of the trigger's locative phrases: "to Kaliningrad", "at the palace in Vilnius"."""
    out: set[int] = set()
    for tok in trigger.subtree:
        node = tok
        while node.i != trigger.i:
            if node.dep_ in {"prep", "agent", "dative"} and node.lower_ != "of":
                if node.lower_ in preps:
                    out.add(tok.i)
                break
            if node.dep_ in {"ccomp", "advcl", "relcl"} or node.head.i == node.i:
                break
            node = node.head
    return out


def _rule(
    trigger: Token, places: list[Place], exclude: Spans, preps: frozenset[str] = _PLACE_PREPS
) -> Place | None:
    """The first mention in the trigger's own locative phrase (the rule without weights)."""
    starts = {trigger.doc[i].idx for i in _place_tokens(trigger, preps)}
    for p in places:
        if p.start in starts and not _inside(p, exclude):
            return p
    return None
