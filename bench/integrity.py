"""Integrity signals: precision and recall on generated damage, false positives on clean text.

    python bench/integrity.py [--n 60] [--offset 600] [--step 4] [--dev 84] [--real]

1. A labelled set is generated into a temporary directory by scripts/make_integrity_set.py:
   ``n`` PolNeAR *train* articles from ``offset``, every ``step``-th (by default 60 Washington
   Post and Western Journal articles; fingerprints and models were learned on articles 0-479 and
   thresholds set on 480-599), each as the original plus one spun, stitched, renamed, repeated,
   dangling and captioned version. A damaged version is found when a signal of the damage's
   kind overlaps a damaged span; a signal is a true positive when it overlaps a labelled span of
   its kind (signals on originals are false positives, even where the original truly has the
   problem).
2. The clean PolNeAR *dev* articles are analysed as they are; the share of articles on which
   each kind fires is the false-positive rate (target: at most 5% per kind).
3. With ``--real``, instead: real news with no damage (all 118 TR-News articles, every second
   GeoVirus article, the first 100 of every 8th PolNeAR *train* article from the 4th), the share
   of articles on which each kind fires (what a reader of real output sees; every firing was
   judged by hand in the QA rounds recorded in docs/benchmarks.md).
Everything runs through the full pipeline with ``Settings(clean=True)``.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from make_integrity_set import generate  # noqa: E402

from dateline.config import Settings  # noqa: E402
from dateline.ingest import Article  # noqa: E402
from dateline.pipeline import extract_many  # noqa: E402
from dateline.records import Record  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "dev" / "text"
DAMAGE = {
    "spun": "spun_wording",
    "stitched": "stitched_text",
    "renamed": "stitched_text",
    "repeated": "repeated_content",
    "dangling": "dangling_reference",
    "caption": "caption_text",
}
KINDS = [
    "spun_wording",
    "stitched_text",
    "repeated_content",
    "dangling_reference",
    "caption_text",
    "anonymous_sourcing",
    "contradiction",
    "orphan_quote",
    "boilerplate",
]


def _overlaps(sig, labels: list[dict]) -> bool:
    return any(
        sig.start < lab["end"] and lab["start"] < max(sig.end, sig.start + 1) for lab in labels
    )


def _relabel(labels: list[dict], before: str, after: str) -> list[dict]:
    """Move label offsets onto the cleaned text (cleaning drops whole lines)."""
    if before == after:
        return labels
    out = []
    for lab in labels:
        snippet = before[lab["start"] : lab["end"]]
        spots, at = [], after.find(snippet)
        while at >= 0:
            spots.append(at)
            at = after.find(snippet, at + 1)
        if spots:
            best = min(spots, key=lambda x: abs(x - lab["start"]))
            out.append({**lab, "start": best, "end": best + len(snippet)})
    return out


def _run(articles: list[Article]) -> dict[str, Record]:
    out = {}
    for rec in extract_many(articles, settings=Settings(clean=True, check_language=False)):
        if isinstance(rec, Record):
            out[rec.id] = rec
    return out


def generated(n: int, offset: int, step: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        made = generate(Path(tmp), n=n, offset=offset, step=step)
    arts = [Article(id=d.name, text=d.text, published=d.published) for d in made]
    labels = {d.name: d.labels for d in made}
    texts = {d.name: d.text for d in made}
    t0 = time.time()
    records = _run(arts)
    found: Counter[str] = Counter()
    damaged: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    by_variant: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    originals: Counter[str] = Counter()
    for name, rec in records.items():
        variant = name.rsplit("__", 1)[1]
        labs = _relabel(labels[name], texts[name], rec.text)
        for sig in rec.signals:
            fired[sig.kind] += 1
            if _overlaps(sig, [lab for lab in labs if lab["kind"] == sig.kind]):
                tp[sig.kind] += 1
        if variant == "clean":
            originals.update({s.kind for s in rec.signals})
        if variant in DAMAGE:
            kind = DAMAGE[variant]
            damaged[kind] += 1
            hit = any(s.kind == kind and _overlaps(s, labs) for s in rec.signals)
            found[kind] += hit
            by_variant[variant][0] += hit
            by_variant[variant][1] += 1
    print(
        f"generated set: {len(records)} articles from {n} PolNeAR train articles "
        f"({offset}-{offset + n * step - 1}, every {step}) "
        f"({time.time() - t0:.0f}s)"
    )
    n_orig = sum(1 for name in records if name.endswith("__clean"))
    print(
        f"{'kind':22} {'precision':>9} {'recall':>7} {'damaged':>8} {'signals':>8} "
        f"{'originals fired':>16}"
    )
    for kind in KINDS[:5]:
        prec = tp[kind] / fired[kind] if fired[kind] else float("nan")
        rec_ = found[kind] / damaged[kind] if damaged[kind] else float("nan")
        share = originals[kind] / max(1, n_orig)
        print(
            f"{kind:22} {prec:9.2f} {rec_:7.2f} {damaged[kind]:8d} {fired[kind]:8d} {share:16.1%}"
        )
    print("recall by damage: " + ", ".join(f"{v} {h}/{t}" for v, (h, t) in by_variant.items()))


def clean_dev(limit: int) -> None:
    paths = sorted(DEV.glob("*.txt"))[:limit]
    arts = [
        Article(id=p.stem, text=p.read_text(encoding="utf8"), published=_date(p.name))
        for p in paths
    ]
    t0 = time.time()
    records = _run(arts)
    fires: Counter[str] = Counter()
    for rec in records.values():
        for kind in {s.kind for s in rec.signals}:
            fires[kind] += 1
    n = len(records)
    print(
        f"clean PolNeAR dev: {n} articles ({time.time() - t0:.0f}s); "
        "share of articles where a kind fires"
    )
    for kind in KINDS:
        mark = "" if fires[kind] / max(n, 1) <= 0.05 else "  (> 5%)"
        print(f"{kind:22} {fires[kind] / max(n, 1):6.1%} ({fires[kind]}){mark}")


GEO = ROOT.parent / "shared" / "data" / "geo"
TRAIN = ROOT.parent / "shared" / "data" / "quotes" / "polnear" / "train" / "text"


def _loose_date(value: str | None) -> str | None:
    """TR-News gives dates as "Dec 17, 2016 10:48 AM CT"; the pipeline wants ISO."""
    try:
        from dateutil import parser
    except ImportError:
        return None
    cleaned = re.sub(r"\b(?:EST|CT|MST|GMT|ET|PST)\b|\|", " ", value or "").strip()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown zone names ("MT"): the date is enough
            return parser.parse(cleaned, fuzzy=True).date().isoformat() if cleaned else None
    except (ValueError, OverflowError):
        return None


def real_news() -> None:
    import xml.etree.ElementTree as ET

    arts = []
    for i, a in enumerate(ET.parse(GEO / "TR-News" / "TR-News.xml").getroot().iter("article")):
        arts.append(
            Article(
                id=f"tr{i}", text=a.findtext("text"), published=_loose_date(a.findtext("dltime"))
            )
        )
    for i, a in enumerate(ET.parse(GEO / "GeoVirus" / "GeoVirus.xml").getroot().iter("article")):
        if i % 2 == 0:
            arts.append(Article(id=f"gv{i}", text=a.findtext("text")))
    for p in sorted(TRAIN.glob("*.txt"))[3::8][:100]:
        arts.append(Article(id=p.stem, text=p.read_text(encoding="utf8"), published=_date(p.name)))
    t0 = time.time()
    records = _run(arts)
    fires: Counter[str] = Counter()
    for rec in records.values():
        fires.update({s.kind for s in rec.signals})
    n = len(records)
    print(
        f"real news: {n} articles ({time.time() - t0:.0f}s); share of articles where a kind fires"
    )
    for kind in KINDS:
        print(f"{kind:22} {fires[kind] / max(n, 1):6.1%} ({fires[kind]})")


def _date(name: str) -> str | None:
    m = re.search(r"_(\d{4}-\d{2}-\d{2})_", name)
    return m.group(1) if m else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--offset", type=int, default=600)
    ap.add_argument("--step", type=int, default=4)
    ap.add_argument("--dev", type=int, default=84)
    ap.add_argument("--real", action="store_true", help="real news firing rates only")
    args = ap.parse_args()
    if not DEV.exists():
        sys.exit(f"needs ../shared (missing {DEV})")
    if args.real:
        real_news()
        return
    generated(args.n, args.offset, args.step)
    print()
    clean_dev(args.dev)


if __name__ == "__main__":
    main()
