"""Train the event-place ranker (dateline.events.location) on ahalterman/event_location (MIT).

Trains a logistic model over (trigger, place mention) pairs on the 80% train part of
labeled_text (sentences also in gold_relabel are excluded; see bench/event_places.py), picks the
regularisation and the "no place" threshold on the 20% held-out part (never trained on), and
writes the nonzero weights to src/dateline/data/events/event_places.json. gold_relabel is only
read to exclude its sentences.

Needs scikit-learn (the ``train`` extra). Usage:
    python scripts/train_event_places.py [--shared ../shared] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.event_places import analyses, arguments, read_labeled  # noqa: E402

from dateline.events.location import WEIGHTS, actor_spans, candidates, features, place_probability  # noqa: E402

Group = tuple[list[dict[str, float]], list[int], bool]  # features, labels, gold has a place


def groups(name: str, examples: list, spacy_too: bool) -> list[Group]:
    """One group per example: its candidates' features and 0/1 labels."""
    out = []
    for ex, an, trig in analyses(name, examples):
        if trig is None:
            continue
        places = candidates(an, trig, spacy_too)
        exclude = arguments(an, trig)
        actors = actor_spans(trig)
        feats = [features(trig, p, places, exclude, actors) for p in places]
        labels = [int(any(p.start < e and s < p.end for s, e in ex.locations)) for p in places]
        out.append((feats, labels, bool(ex.locations)))
    return out


def accuracy(model: dict, data: list[Group], threshold: float) -> float:
    """Bench accuracy: the best candidate if it clears the threshold, else none."""
    right = 0
    for feats, labels, located in data:
        if not feats:
            right += not located
            continue
        probs = [place_probability(model, f) for f in feats]
        k = max(range(len(probs)), key=probs.__getitem__)
        if probs[k] >= threshold:
            right += labels[k]
        else:
            right += not located
    return right / len(data)


def fit(train: list[Group], c: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    x = [f for feats, _, _ in train for f in feats]
    y = [y for _, labels, _ in train for y in labels]
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=2000).fit(vec.fit_transform(x), y)
    names = vec.get_feature_names_out()
    weights = {n: round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True)}
    return {"weights": {k: w for k, w in weights.items() if w}, "bias": float(clf.intercept_[0])}


def cross_validate(data: list[Group], c: float, t: float, k: int = 5) -> None:
    """Accuracy of the chosen setting over k folds of both parts: how stable the figure is."""
    accs = []
    for fold in range(k):
        test = data[fold::k]
        train = [g for i, g in enumerate(data) if i % k != fold]
        accs.append(accuracy(fit(train, c), test, t))
    mean = sum(accs) / k
    sd = (sum((a - mean) ** 2 for a in accs) / (k - 1)) ** 0.5
    print(f"{k}-fold CV accuracy {mean:.3f} +- {sd:.3f} ({', '.join(f'{a:.3f}' for a in accs)})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--spacy-too", action="store_true", help="also rank spaCy places the places stage left out"
    )
    ap.add_argument("--dry-run", action="store_true", help="do not write the weights")
    ap.add_argument("--cv", action="store_true", help="also report 5-fold CV over both parts")
    args = ap.parse_args()
    train_ex, held_ex = read_labeled(args.shared)
    train = groups("labeled-train", train_ex, args.spacy_too)
    held = groups("labeled-heldout", held_ex, args.spacy_too)
    print(f"train {len(train)} sentences, held-out {len(held)}")
    best: tuple[float, float, float, dict] | None = None
    for c in (0.1, 0.3, 1.0, 3.0):
        model = fit(train, c)
        for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
            acc = accuracy(model, held, t)
            if best is None or acc > best[0]:
                best = (acc, c, t, model)
        print(f"C={c}: best held-out accuracy so far {best[0]:.3f} (C={best[1]}, t={best[2]})")
    assert best is not None
    acc, c, t, model = best  # trained on the train part only: the held-out figure stays honest
    model["threshold"] = t
    model["source"] = "ahalterman/event_location labeled_text train part (MIT), less gold_relabel"
    model["C"] = c
    model["spacy_too"] = args.spacy_too
    print(
        f"chosen C={c} threshold={t} (held-out accuracy {acc:.3f}); {len(model['weights'])} weights"
    )
    if args.cv:
        cross_validate(train + held, c, t)
    if not args.dry_run:
        WEIGHTS.write_text(json.dumps(model, indent=0, sort_keys=True) + "\n")
        print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size / 1024:.0f} KiB)")


if __name__ == "__main__":
    main()
