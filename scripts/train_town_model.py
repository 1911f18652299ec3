"""Fit ``src/dateline/data/geo/town_model.json``, the model of :mod:`dateline.geo.learned_towns`.

    python scripts/train_town_model.py dump --out /tmp/towns.jsonl   # candidates and features
    python scripts/train_town_model.py fit --data /tmp/towns.jsonl [--write]

``dump`` runs dateline (with the model switched off) on every row of the blind local-news
tables 1-75 (``bench/data/local_news_places*.tsv``, the project's own synthetic items; tables
76 on measure the model blind) and on a sixth of the PolNeAR train articles (``../shared``;
real national news, the other sixths left for checking) and writes each capitalised town name
the rules left unclaimed, with its features. Labels: a table row's scored name is a place;
``scripts/data/town_labels.tsv`` lists the other table candidates a reader marked as places (a
town named beside the scored one); every other candidate is not one, and PolNeAR's are all
read as not places (a national story names its towns so that NER or a rule finds them; what
is left is mostly surnames, words and organisations; the few towns among them only make the
model cautious).

``fit`` fits an L2-regularised logistic regression (Newton's method, numpy), reports
cross-validated counts at a few thresholds (seven folds: tables by number, PolNeAR articles by
name), and with ``--write`` stores the weights refitted on everything with the chosen
threshold (the shipped model: ``--threshold 0.6``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "src/dateline/data/geo/town_model.json"
LABELS = ROOT / "scripts/data/town_labels.tsv"
POLNEAR = ROOT.parent / "shared/data/quotes/polnear/train/text"
# Which sixth of PolNeAR train is read (every sixth article from the first is the places
# guard set, so a different one).
POLNEAR_SIXTH = 3
# The tables the model learns from; the later ones (76 on) measure it blind.
TRAIN_TABLES = range(1, 76)


def dump(out: Path) -> None:
    """Write every unclaimed town candidate of the tables and a sixth of PolNeAR, labelled."""
    sys.path.insert(0, str(ROOT / "bench"))
    import geo_local

    import dateline.geo.learned_towns as learned
    import dateline.geo.recognize as recognize
    from dateline import extract

    seen: list[list] = []

    def record(doc, taken, mentions):  # type: ignore[no-untyped-def]
        seen.append(learned.town_candidates(doc, taken, mentions))
        return []

    recognize.learned_towns = record  # type: ignore[assignment]
    with out.open("w", encoding="utf-8") as fh:
        for number in TRAIN_TABLES:
            table = geo_local.TABLES[number]
            for i, (written, _, _, text) in enumerate(geo_local._rows(table)):
                name, _, nth = written.partition("=")[0].partition("#")
                scored = list(re.finditer(rf"\b{re.escape(name)}\b", text))[int(nth or 1) - 1]
                seen.clear()
                extract(text, id="row")
                for c in seen[-1] if seen else []:
                    _write(fh, f"t{number}", str(i), c, int(c.start == scored.start()), text)
        for j, path in enumerate(sorted(POLNEAR.glob("*.txt"))):
            if j % 6 != POLNEAR_SIXTH:
                continue
            text = path.read_text(encoding="utf-8")
            seen.clear()
            extract(text, id=path.stem)
            for c in seen[-1] if seen else []:
                _write(fh, "polnear", path.stem, c, 0, text)


def _marked() -> set[tuple[int, int, str]]:
    if not LABELS.is_file():
        return set()
    out = set()
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            table, row, name = line.split("\t")[:3]
            out.add((int(table), int(row), name))
    return out


def _write(fh, source: str, row: str, c, label: int, text: str) -> None:  # type: ignore[no-untyped-def]
    context = text[max(0, c.start - 60) : c.end + 60].replace("\n", " ")
    record = {"src": source, "row": row, "text": c.text, "label": label, "f": c.features}
    fh.write(json.dumps({**record, "ctx": context}) + "\n")


def _labelled(rows: list[dict]) -> list[dict]:
    """The dump's rows with the reader's marks of other towns in the tables applied."""
    marked = _marked()
    for row in rows:
        if (
            row["src"].startswith("t")
            and (int(row["src"][1:]), int(row["row"]), row["text"]) in marked
        ):
            row["label"] = 1
    return rows


def _matrix(rows: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for k, v in row["f"].items():
            x[r, index[k]] = v
    return x, np.array([row["label"] for row in rows], dtype=float)


def _fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    """L2 logistic regression by Newton's method (the bias unpenalised)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1])


def fit(data: Path, l2: float, threshold: float, write: bool) -> None:
    rows = _labelled([json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()])
    names = sorted({k for r in rows for k in r["f"]})
    x, y = _matrix(rows, names)
    groups = np.array([_group(r) for r in rows])
    scores = np.zeros(len(rows))
    for g in sorted(set(groups)):
        train, test = groups != g, groups == g
        w, b = _fit(x[train], y[train], l2)
        scores[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
    polnear = np.array([r["src"] == "polnear" for r in rows])
    print(f"{len(rows)} candidates, {int(y.sum())} places; PolNeAR {int(polnear.sum())}")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        hit = scores >= t
        print(
            f"threshold {t:.1f}: tables places found {int((hit & (y == 1)).sum())}, "
            f"tables non-places accepted {int((hit & (y == 0) & ~polnear).sum())}, "
            f"PolNeAR accepted {int((hit & polnear).sum())}"
        )
    w, b = _fit(x, y, l2)
    for name, weight in sorted(zip(names, w, strict=True), key=lambda p: -abs(p[1])):
        print(f"  {weight:+.2f} {name}")
    if write:
        weights = {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}
        model = {"weights": weights, "bias": round(b, 4), "threshold": threshold, "l2": l2}
        MODEL.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")


def _group(row: dict) -> int:
    """Cross-validation fold: tables in sevenths by number, PolNeAR articles by name."""
    source = row["src"]
    return int(source[1:]) % 7 if source.startswith("t") else sum(map(ord, row["row"])) % 7


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("--data", type=Path, required=True)
    f.add_argument("--l2", type=float, default=1.0)
    f.add_argument("--threshold", type=float, default=0.5)
    f.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if args.command == "dump":
        dump(args.out)
    else:
        fit(args.data, args.l2, args.threshold, args.write)


if __name__ == "__main__":
    main()
