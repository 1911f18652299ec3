"""Train the event-place ranker (dateline.events.location) on ahalterman/event_location (MIT).

Trains a logistic model over (trigger, place mention) pairs on the 80% train part of
labeled_text (sentences also in gold_relabel are excluded; see bench/event_places.py) and
writes the nonzero weights to src/dateline/data/events/event_places.json. gold_relabel is only
read to exclude its sentences.

Every accuracy here is the shipped chooser's: each sentence becomes the chooser's own weight-free
plan (``location.plan_place``: the actor, source-side and country-modifier filters, a
deployment's destination, a list's first place, a city part, the main verb's fallback) and
candidate weights are scored through ``location.decide``, the function ``choose_place`` calls;
the training rows are every candidate mention. ``--check`` prints the shipped weights'
held-out accuracy, which equals bench/event_places.py's.

``--select heldout`` (the default, how the shipped weights were first made) picks the
regularisation C and the "no place" threshold on the 20% held-out part. ``--select cv`` picks C,
the threshold and a minimum feature count (rarer features, mostly per-word ``path=``/
``carrier=`` ones, get no weight) by 5-fold cross-validation on the train part alone and only
measures held-out. Figures: docs/benchmarks.md, "Event places".

``--clean`` mends the train part's label noise before fitting and selection (see :func:`clean`;
the shipped weights use none). Held-out figures come twice: as the bench counts them, and
"reliable labels", less the held-out "no place" sentences that name a place from a batch the
train part shows leaves places unlabelled (:func:`unreliable_sources`).

Needs scikit-learn (the ``train`` extra). Usage:
    python scripts/train_event_places.py [--shared ../shared] [--select heldout|cv]
        [--min-count N] [--clean no-place,same-entry,unfound] [--dry-run] [--out FILE]
        [--check]
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.event_places import DATA, analyses, arguments, read_labeled  # noqa: E402

from dateline.events.location import (  # noqa: E402
    WEIGHTS,
    PlacePlan,
    actor_spans,
    candidates,
    decide,
    features,
    plan_place,
)
from dateline.records import Place  # noqa: E402

CS = (0.1, 0.3, 1.0, 3.0)
MIN_COUNTS = (1, 2, 3, 5, 10, 20)
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
Spans = list[tuple[int, int]]


def _overlaps(start: int, end: int, gold: Spans) -> bool:
    return any(start < e and s < end for s, e in gold)


Row = tuple[dict[str, float], int]  # a mention's features, 1 when it overlaps a gold place


@dataclass
class Group:
    """One labelled sentence: the shipped chooser's plan for its trigger (weights left open),
    the gold place spans (empty: the event has no place) and the training rows."""

    plan: PlacePlan
    gold: Spans
    rows: list[Row]
    source: str = ""
    """The corpus batch the sentence came from (labeled_text's ``source``)."""
    mentions: list[Place] = field(default_factory=list)
    """The rows' place mentions, in the rows' order."""
    gold_entries: frozenset[int] = frozenset()
    """GeoNames ids of the found places that overlap a gold span."""

    def right(self, model: dict) -> bool:
        """Whether the chooser under ``model`` gets this sentence right, as the bench scores."""
        place = decide(self.plan, model)
        return not self.gold if place is None else _overlaps(place.start, place.end, self.gold)


def sources(shared: Path) -> dict[str, str]:
    """Each labeled_text sentence's ``source`` (the batch it was annotated in)."""
    with zipfile.ZipFile(shared / DATA / "labeled_text.jsonl.zip") as z:
        recs = json.loads(z.read("labeled_text.jsonl"))
    return {rec["text"]: rec.get("source") or "" for rec in recs if rec.get("text")}


def groups(
    name: str, examples: list, spacy_too: bool, source_of: dict[str, str] | None = None
) -> list[Group]:
    """One group per example, built as bench/event_places.py calls ``choose_place`` (an
    example without a trigger token counts, with no place, as it does in the bench).

    The rows are every candidate mention, also those the chooser never scores (the actor, a
    source-side place): they still teach the shared features, and 5-fold CV on the train part
    read 0.7039 against 0.7016 with the scored mentions alone (C=1, same folds; higher at each
    of C 0.3-3 and minimum counts 1-2).
    """
    out = []
    for ex, an, trig in analyses(name, examples):
        if trig is None:
            out.append(Group(PlacePlan(settled=True), ex.locations, []))
            continue
        exclude = arguments(an, trig)
        plan = plan_place(an, trig, exclude, None, spacy_too).frozen()
        places = candidates(an, trig, spacy_too)
        actors = actor_spans(trig)
        rows = [
            (
                features(trig, p, places, exclude, actors),
                int(_overlaps(p.start, p.end, ex.locations)),
            )
            for p in places
        ]
        gold_entries = frozenset(
            p.geonameid
            for p in an.places  # type: ignore[attr-defined]
            if p.geonameid is not None and _overlaps(p.start, p.end, ex.locations)
        )
        source = source_of.get(ex.text, "") if source_of else ""
        out.append(Group(plan, ex.locations, rows, source, places, gold_entries))
    return out


UNRELIABLE_NO_PLACE = 0.6
"""A batch whose sentences that name a place are labelled "no place" more often than this
leaves real places unlabelled: on the train part one batch reads 0.80 (354 of 440), every
other 0.41 or less, and read samples of its "no place" sentences mostly name where the
killing happened ("killed ... in the town of X")."""


def unreliable_sources(data: list[Group]) -> set[str]:
    """Batches whose "no place" labels on sentences with a place mention are too frequent to
    trust (see UNRELIABLE_NO_PLACE)."""
    named: Counter[str] = Counter()
    empty: Counter[str] = Counter()
    for g in data:
        if g.rows:
            named[g.source] += 1
            empty[g.source] += not g.gold
    return {s for s, n in named.items() if s and empty[s] / n > UNRELIABLE_NO_PLACE}


def same_entry(group: Group) -> Group:
    """The group with a mention of the gold place's own GeoNames entry labelled right too
    (the label marked one mention of a place named twice: "the city of X ... western X")."""
    extra = [
        (m.start, m.end)
        for m, (_, label) in zip(group.mentions, group.rows, strict=True)
        if not label and m.geonameid is not None and m.geonameid in group.gold_entries
    ]
    if not extra:
        return group
    rows = [
        (f, int(label or (m.start, m.end) in extra))
        for m, (f, label) in zip(group.mentions, group.rows, strict=True)
    ]
    return replace(group, gold=[*group.gold, *extra], rows=rows)


def reliable_part(held: list[Group], unreliable: set[str]) -> list[Group]:
    """The held-out part less the "no place" sentences naming a place from ``unreliable``
    batches (found on the train part): a second figure beside the bench's, whose held-out
    scoring counts a place the label left out as an error."""
    return [g for g in held if not (g.rows and not g.gold and g.source in unreliable)]


def held_out_line(model: dict, held: list[Group], reliable: list[Group]) -> str:
    """Held-out accuracy as the bench counts it, and on the reliably labelled part."""
    right = sum(g.right(model) for g in held)
    sure = sum(g.right(model) for g in reliable)
    return (
        f"held-out: {right}/{len(held)} = {right / len(held):.3f} "
        f"(reliable labels: {sure}/{len(reliable)} = {sure / len(reliable):.3f})"
    )


CLEANINGS = ("no-place", "same-entry", "unfound")


def clean(data: list[Group], rules: set[str]) -> list[Group]:
    """The train part with its label noise mended by ``rules`` (any of CLEANINGS):

    - ``no-place``: drop the "no place" sentences that name a place from a batch that leaves
      places unlabelled (:func:`unreliable_sources`);
    - ``same-entry``: a mention of the gold place's own GeoNames entry is right too;
    - ``unfound``: no training rows from a sentence whose gold place is no candidate (the
      places stage never found it): its mentions are then mostly the gold's container ("the
      X district of Baghdad"), right at a coarser grain, not wrong places. The sentence
      still counts in accuracy (always wrong, whatever the weights).
    """
    bad = unreliable_sources(data) if "no-place" in rules else set()
    out = []
    for g in data:
        if g.rows and not g.gold and g.source in bad:
            continue
        if "same-entry" in rules:
            g = same_entry(g)
        if "unfound" in rules and g.gold and g.rows and not any(y for _, y in g.rows):
            g = replace(g, rows=[])
        out.append(g)
    return out


def accuracy(model: dict, data: list[Group], threshold: float) -> float:
    """Bench accuracy of the shipped chooser with ``model``'s weights and ``threshold``."""
    scored = {**model, "threshold": threshold}
    return sum(g.right(scored) for g in data) / len(data)


def frequent(train: list[Group], min_count: int) -> set[str]:
    """Features present on at least ``min_count`` training candidates."""
    counts: Counter[str] = Counter()
    for group in train:
        for f, _ in group.rows:
            counts.update(f.keys())
    return {name for name, n in counts.items() if n >= min_count}


def fit(train: list[Group], c: float, min_count: int = 1) -> dict:
    """Logistic weights over the features seen on ``min_count`` or more candidates (a rarer
    feature gets no weight: at run time it counts as unseen)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    keep = frequent(train, min_count)
    rows = [row for group in train for row in group.rows]
    x = [{k: v for k, v in f.items() if k in keep} for f, _ in rows]
    y = [label for _, label in rows]
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    matrix.sort_indices()  # one summation order whatever the features' dict order
    clf = LogisticRegression(C=c, max_iter=2000).fit(matrix, y)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)}
    return {"weights": {k: w for k, w in weights.items() if w}, "bias": float(clf.intercept_[0])}


Setting = tuple[float, int, float]  # C, minimum feature count, threshold


def cross_validate(data: list[Group], k: int = 5) -> tuple[Setting, float]:
    """The (C, min_count, threshold) with the best mean accuracy over k folds of ``data``."""
    folds = [(data[f::k], [g for i, g in enumerate(data) if i % k != f]) for f in range(k)]
    totals: dict[Setting, float] = {}
    for c, m in product(CS, MIN_COUNTS):
        models = [(fit(train, c, m), test) for test, train in folds]
        for t in THRESHOLDS:
            totals[c, m, t] = sum(accuracy(model, test, t) for model, test in models) / k
        best_t = max(THRESHOLDS, key=lambda t: totals[c, m, t])
        print(f"C={c} min_count={m}: CV accuracy {totals[c, m, best_t]:.4f} at t={best_t}")
    best = max(totals, key=lambda s: (totals[s], -s[1]))
    return best, totals[best]


def select_on_heldout(
    train: list[Group], held: list[Group], min_count: int
) -> tuple[float, float, dict]:
    """C and threshold with the best held-out accuracy (the model is trained on train only)."""
    best: tuple[float, float, float, dict] | None = None
    for c in CS:
        model = fit(train, c, min_count)
        for t in (*THRESHOLDS, 0.55):
            acc = accuracy(model, held, t)
            if best is None or acc > best[0]:
                best = (acc, c, t, model)
        print(f"C={c}: best held-out accuracy so far {best[0]:.3f} (C={best[1]}, t={best[2]})")
    assert best is not None
    return best[1], best[2], best[3]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--spacy-too", action="store_true", help="also rank spaCy places the places stage left out"
    )
    ap.add_argument("--dry-run", action="store_true", help="do not write the weights")
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights")
    ap.add_argument(
        "--select", choices=("heldout", "cv"), default="heldout", help="how to pick C etc."
    )
    ap.add_argument("--min-count", type=int, default=1, help="with --select heldout")
    ap.add_argument(
        "--clean",
        default="",
        help=f"comma-separated label cleanings of the train part, of {','.join(CLEANINGS)}",
    )
    ap.add_argument(
        "--check",
        action="store_true",
        help="only score the shipped weights on the held-out part (first figure: the bench's)",
    )
    args = ap.parse_args()
    train_ex, held_ex = read_labeled(args.shared)
    source_of = sources(args.shared)
    held = groups("labeled-heldout", held_ex, args.spacy_too, source_of)
    train = groups("labeled-train", train_ex, args.spacy_too, source_of)
    reliable = reliable_part(held, unreliable_sources(train))
    if args.check:
        print(f"shipped weights, {held_out_line(json.loads(WEIGHTS.read_text()), held, reliable)}")
        return
    rules = {r for r in args.clean.split(",") if r}
    if rules - set(CLEANINGS):
        sys.exit(f"unknown cleaning: {', '.join(sorted(rules - set(CLEANINGS)))}")
    if rules:
        cleaned = clean(train, rules)
        print(f"cleaned ({', '.join(sorted(rules))}): {len(train)} -> {len(cleaned)} sentences")
        train = cleaned
    print(f"train {len(train)} sentences, held-out {len(held)}")
    if args.select == "cv":
        (c, min_count, t), cv = cross_validate(train)
        model = fit(train, c, min_count)
        how = f"5-fold CV on train (CV accuracy {cv:.4f})"
    else:
        min_count = args.min_count
        c, t, model = select_on_heldout(train, held, min_count)
        how = "held-out accuracy"
    model["threshold"] = t
    model["source"] = "ahalterman/event_location labeled_text train part (MIT), less gold_relabel"
    model["C"] = c
    if min_count > 1:
        model["min_count"] = min_count
    model["spacy_too"] = args.spacy_too
    if rules:
        model["clean"] = sorted(rules)
    print(
        f"chosen by {how}: C={c} min_count={min_count} threshold={t}; "
        f"{len(model['weights'])} weights; {held_out_line(model, held, reliable)}"
    )
    if not args.dry_run:
        args.out.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
        print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
