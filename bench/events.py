"""Events benchmark: the PLOVER pair classifier on the PLV dev part, and end-to-end on PETR-2 GSR.

1. ``classify_pair`` on the fixed 20% PLV dev part (:func:`dateline.events.plv.dev_split`;
   CONCEDE/RETREAT scored as YIELD like the gold): accuracy, macro-F1, per-class F1, speed, and
   the reliability of the calibrated probability (expected calibration error, 5 bins), and
   what the static-embedding blocks cost (table load; ``classify_span`` with and without them,
   parse excluded). The cross-validated figure comes from ``scripts/train_events.py --cv-all``.
2. The full pipeline on the 78 PETR-2 GSR sentences (CAMEO gold mapped to PLOVER roots with
   ``plover/CAMEO2PLOVER-2021.txt``; the 12 "no event" sentences count as negatives): event-type
   precision/recall per sentence, and source/target country agreement on matched events.

3. ``--articles``: instead of the figures, print every event of a fixed sample of 81 real
   articles (PolNeAR train, TR-News, GeoVirus) as an analyst reads them (type/mode, status,
   trigger, actor and recipient with codes, time, place, attribution, sentence), for the
   QA rounds' before/after reading (docs/benchmarks.md, "Twelfth-session QA round").
   ``--recall-articles``: the same for the 25 articles of the thirteenth-session round.

Usage: python bench/events.py [--shared ../shared] [--skip-gsr] [--articles | --recall-articles]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.events.classify import MODES, classify_span
from dateline.events.embed import load_embeddings
from dateline.events.features import pair_dense, pair_features
from dateline.events.model import load_model
from dateline.events.modes import cue_mode
from dateline.events.plv import dev_split, read_plv
from dateline.events.transformer import load_transformer

ROOT = Path(__file__).resolve().parents[1]
YIELD = {"CONCEDE", "RETREAT"}


def f1_table(gold: list[str], pred: list[str]) -> tuple[float, dict[str, float]]:
    per = {}
    for c in sorted(set(gold)):
        tp = sum(g == p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(p == c and g != c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        per[c] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return sum(per.values()) / len(per), per


def ece(conf: list[float], correct: list[bool], bins: int = 5) -> tuple[float, list[str]]:
    total, err, rows = len(conf), 0.0, []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(conf) if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not idx:
            continue
        acc = sum(correct[i] for i in idx) / len(idx)
        mean = sum(conf[i] for i in idx) / len(idx)
        err += len(idx) / total * abs(acc - mean)
        rows.append(f"[{lo:.1f},{hi:.1f}) n={len(idx)} conf={mean:.2f} acc={acc:.2f}")
    return err, rows


def bench_pairs(shared: Path) -> None:
    _, dev = dev_split(read_plv(shared / "data/events/plv/PLV_train.tsv"))
    nlp = _nlp.load(Settings().model)
    gold, pred, conf, modes = [], [], [], []
    t0 = time.perf_counter()
    for ex in dev:
        res = classify_span(nlp(ex.text)[:], ex.actor, ex.recipient)
        root = "NONE" if res is None else ("YIELD" if res.root in YIELD else res.root)
        gold.append(ex.label)
        pred.append(root)
        modes.append(res.mode if res else None)
        conf.append(res.probability if res else 0.0)
    secs = time.perf_counter() - t0
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    macro, per = f1_table(gold, pred)
    print(f"PLV dev ({len(dev)} pairs): accuracy {acc:.3f}, macro-F1 {macro:.3f}")
    print("per-class F1: " + ", ".join(f"{c} {v:.2f}" for c, v in per.items()))
    print(f"speed: {len(dev) / secs:.0f} pairs/s (spaCy parse included, 1 process)")
    e, rows = ece(conf, [g == p for g, p in zip(gold, pred, strict=True)])
    print(f"calibration: ECE {e:.3f} over 5 bins; " + "; ".join(rows))
    bench_dense(nlp, dev)
    bench_onnx(nlp, dev)
    with_modes = [m for p, m in zip(pred, modes, strict=True) if p in MODES]
    filled = sum(m is not None for m in with_modes)
    print(f"modes: filled for {filled}/{len(with_modes)} predicted pairs whose root has modes")


def bench_dense(nlp, dev) -> None:
    """What the static-embedding blocks cost: loading the table, and per pair."""
    model = load_model("pair")
    if model is None or model.dense_coef is None:
        print("static embeddings: not used by the shipped pair model")
        return
    load_embeddings.cache_clear()
    t0 = time.perf_counter()
    emb = load_embeddings()
    load = time.perf_counter() - t0
    docs = [nlp(ex.text) for ex in dev]
    t0 = time.perf_counter()
    for ex, doc in zip(dev, docs, strict=True):
        pair_dense(doc[:], ex.actor, ex.recipient)
    per = (time.perf_counter() - t0) / len(dev)
    timing = {}
    saved = model.dense_coef
    for name, coef in (("with", saved), ("without", None)):
        model.dense_coef = coef
        t0 = time.perf_counter()
        for ex, doc in zip(dev, docs, strict=True):
            classify_span(doc[:], ex.actor, ex.recipient)
        timing[name] = (time.perf_counter() - t0) / len(dev)
    model.dense_coef = saved
    dims = "none" if emb is None else f"{len(emb.index)} pieces x {emb.dim}"
    print(
        f"static embeddings ({dims}): load {load * 1000:.0f} ms once, {per * 1e6:.0f} us/pair; "
        f"classify_span (parse excluded) {timing['with'] * 1000:.2f} ms/pair with them, "
        f"{timing['without'] * 1000:.2f} without"
    )


def bench_onnx(nlp, dev) -> None:
    """The optional ONNX transformer: numpy alone, transformer alone, the blend; its cost."""
    tr, model = load_transformer(), load_model("pair")
    if tr is None or model is None:
        print("onnx transformer: not installed (pip install onnxruntime), numpy model alone")
        return
    docs = [nlp(ex.text) for ex in dev]
    gold = [ex.label for ex in dev]
    t0 = time.perf_counter()
    p_tr = [tr.proba(ex.text, ex.actor, ex.recipient) for ex in dev]
    per = (time.perf_counter() - t0) / len(dev)
    order = [tr.classes.index(c) for c in model.classes]
    rows = []
    for ex, doc, pt in zip(dev, docs, p_tr, strict=True):
        dense = pair_dense(doc[:], ex.actor, ex.recipient) if model.dense_coef is not None else None
        pn = model.proba(pair_features(doc[:], ex.actor, ex.recipient), dense)
        rows.append((pn, pt[order]))
    for name, w in (("numpy alone", 0.0), ("transformer alone", 1.0), ("blend", tr.weight)):
        pred = [model.classes[int(np.argmax(w * pt + (1 - w) * pn))] for pn, pt in rows]
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
        print(f"  {name} (w={w:.2f}): accuracy {acc:.3f}, macro-F1 {f1_table(gold, pred)[0]:.3f}")
    print(f"onnx transformer (int8): {per * 1000:.1f} ms/pair extra, 1 thread")


def bench_cues(shared: Path) -> None:
    """The codebook cue table against the synthetic stories' mode labels (never trained on)."""
    path = shared / "data/events/synthetic/gpt_synthetic_events_2023-10-19_19.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    n = fill = ok = 0
    for row in rows:
        root, mode = row["label"], row["mode"].lower()
        mode = {"sieze": "seize", "primative": "primitive"}.get(mode, mode)
        if root not in MODES or not mode:
            continue
        got = cue_mode(root, row["text"].strip().split("\n")[0])
        n, fill, ok = n + 1, fill + (got is not None), ok + (got == mode)
    print(
        f"mode cue table on synthetic first sentences (gold root given, {n} with a mode): "
        f"fills {fill / n:.2f}, agrees with the pseudo-label on {ok / max(fill, 1):.2f} of those"
    )


def cameo_to_plover(shared: Path) -> dict[str, str]:
    table = {}
    path = shared / "data/events/plover/CAMEO2PLOVER-2021.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def plover_root(code: str, table: dict[str, str]) -> str | None:
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def read_gsr(shared: Path, table: dict[str, str]) -> list[dict]:
    raw = (shared / "data/events/petrarch/PETR2_GSR_validation.xml").read_text(encoding="utf-8")
    out = []
    for block in re.split(r"<Sentence ", raw)[1:]:
        text = re.search(r"<Text>(.*?)</Text>", block, re.S)
        if not text:
            continue
        date = re.search(r'date="(\d{8})"', block)
        gold = []
        for m in re.finditer(r"<EventCoding ([^>]*)/>", block):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            if "eventcode" in attrs:
                root = plover_root(attrs["eventcode"], table)
                if root:
                    gold.append((root, attrs.get("sourcecode", ""), attrs.get("targetcode", "")))
        d = date.group(1) if date else None
        published = f"{d[:4]}-{d[4:6]}-{d[6:]}" if d else None
        none = 'noevents="True"' in block
        out.append(
            {"text": " ".join(text.group(1).split()), "gold": gold, "date": published, "none": none}
        )
    return out


def _country(code: str) -> str | None:
    c = code[:3]
    return c if re.fullmatch(r"[A-Z]{3}", c) and c not in {"IGO", "NGO", "---"} else None


def bench_gsr(shared: Path) -> None:
    from dateline.ingest import Article
    from dateline.pipeline import extract_many

    rows = read_gsr(shared, cameo_to_plover(shared))
    arts = [Article(id=f"g{i}", text=r["text"], published=r["date"]) for i, r in enumerate(rows)]
    t0 = time.perf_counter()
    records = list(extract_many(arts))
    secs = time.perf_counter() - t0
    tp = n_pred = n_gold = 0
    neg_clean = neg = 0
    country = Counter()
    for row, rec in zip(rows, records, strict=True):
        events = getattr(rec, "events", [])
        gold_roots = Counter(YIELD_MAP(g[0]) for g in row["gold"])
        pred_roots = Counter(YIELD_MAP(e.type) for e in events)
        n_gold += sum(gold_roots.values())
        n_pred += sum(pred_roots.values())
        tp += sum((gold_roots & pred_roots).values())
        if row["none"]:
            neg += 1
            neg_clean += not events
        for e in events:
            match = [g for g in row["gold"] if YIELD_MAP(g[0]) == YIELD_MAP(e.type)]
            for g in match[:1]:
                for gold_code, party in ((g[1], e.actor), (g[2], e.recipient)):
                    want = _country(gold_code)
                    if want:
                        country["n"] += 1
                        country["ok"] += bool(party and party.country == want)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"GSR ({len(rows)} sentences, {n_gold} gold events): event-type precision {p:.2f}, "
        f"recall {r:.2f}, F1 {f:.2f} ({tp} right of {n_pred} predicted); "
        f"no-event sentences left empty {neg_clean}/{neg}; "
        f"actor/recipient country on matched events {country['ok']}/{country['n']}; "
        f"{len(rows) / secs:.1f} sentences/s full pipeline"
    )


def _published(raw: str | None) -> str | None:
    """ISO date of a TR-News ``dltime`` ("Wed Nov 23, 2016 | 4:58pm EST"), else None."""
    try:
        from dateutil import parser
    except ImportError:
        return None
    text = (raw or "").replace("|", " ").replace(" ET", "").replace("EST", "").strip()
    try:
        return parser.parse(text, fuzzy=True).date().isoformat() if text else None
    except (ValueError, OverflowError):
        return None


def reading_sample(shared: Path) -> list:
    """The 81 articles read in the twelfth-session QA round: three fixed random draws of
    PolNeAR train texts and TR-News articles (the later draws favour articles naming
    ministers, troops, attacks, presidents or police) and four GeoVirus articles."""
    import random
    import xml.etree.ElementTree as ET

    from dateline.ingest import Article

    data = shared / "data"
    pol = sorted((data / "quotes/polnear/train/text").glob("*.txt"))
    tr = ET.parse(data / "geo/TR-News/TR-News.xml").getroot().findall("article")
    gv = ET.parse(data / "geo/GeoVirus/GeoVirus.xml").getroot().findall("article")
    hot_re = re.compile(r"\b(minister|troops|attack|president|police)\b")
    first = random.Random(12).sample(tr, 16)
    picked = {a.get("docid") for a in first}
    hot = [
        a for a in tr if a.get("docid") not in picked and hot_re.search(a.findtext("text") or "")
    ]
    second, third = random.Random(7).sample(hot, 8), random.Random(99).sample(hot, 14)
    rest = [a for a in hot if a not in third and a not in second][:16]

    def polnear(paths: list[Path]) -> list:
        out = []
        for p in paths:
            m = re.search(r"_(\d{4}-\d\d-\d\d)_", p.name)
            out.append(Article(id="pol:" + p.stem[:40], text=p.read_text(), published=m and m[1]))
        return out

    def trnews(arts: list) -> list:
        return [
            Article(
                id="tr:" + (a.get("docid") or ""),
                text=a.findtext("text"),
                published=_published(a.findtext("dltime")),
            )
            for a in arts
        ]

    sample = polnear(random.Random(12).sample(pol, 10)) + trnews(first + second)
    sample += [
        Article(id=f"gv:{i}", text=a.findtext("text"))
        for i, a in enumerate(random.Random(12).sample(gv, 4))
    ]
    sample += polnear(random.Random(5).sample(pol, 8)) + trnews(third)
    sample += polnear(random.Random(8).sample(pol, 6)) + trnews(rest)
    return sample


def recall_sample(shared: Path) -> list:
    """The 25 articles read for missed events in the thirteenth-session QA round, none of them
    in :func:`reading_sample`: PolNeAR train texts 40-43 of each outlet's sorted list, TR-News
    articles 100-106 not read before (100, 101, 102, 105, 106) and GeoVirus articles 70-73."""
    import xml.etree.ElementTree as ET

    from dateline.ingest import Article

    data = shared / "data"
    pol = sorted((data / "quotes/polnear/train/text").glob("*.txt"))
    out = []
    for outlet in ("nyt_", "politico_", "breitbart_", "usa-today_"):
        for p in [p for p in pol if p.name.startswith(outlet)][40:44]:
            m = re.search(r"_(\d{4}-\d\d-\d\d)_", p.name)
            out.append(Article(id="pol:" + p.stem[:40], text=p.read_text(), published=m and m[1]))
    tr = ET.parse(data / "geo/TR-News/TR-News.xml").getroot().findall("article")
    for i in (100, 101, 102, 105, 106):
        a = tr[i]
        out.append(
            Article(
                id="tr:" + (a.get("docid") or ""),
                text=a.findtext("text"),
                published=_published(a.findtext("dltime")),
            )
        )
    gv = ET.parse(data / "geo/GeoVirus/GeoVirus.xml").getroot().findall("article")
    out += [Article(id=f"gv:{i}", text=gv[i].findtext("text")) for i in range(70, 74)]
    return out


def read_articles(shared: Path, recall: bool = False) -> None:
    """Print every event of a reading sample, one analyst-readable line each."""
    from dateline.pipeline import extract_many

    arts = recall_sample(shared) if recall else reading_sample(shared)
    total = 0
    for art, rec in zip(arts, extract_many(arts), strict=True):
        events = getattr(rec, "events", [])
        total += len(events)
        print(f"\n## {art.id} published={art.published} events={len(events)}")
        for e in events:
            print(_event_line(rec, e))
    print(f"\n{len(arts)} articles, {total} events")


def _event_line(rec, e) -> str:
    def who(p) -> str:
        return f"{p.text}[{p.country}/{p.sector}]" if p else "-"

    text = rec.text
    sent = text[e.sentence.start : e.sentence.end].replace("\n", " ")[:300]
    when = f"{e.time.text}={e.time.value}" if e.time else "-"
    return (
        f"{e.id} {e.type}/{e.mode} {e.status} trig={text[e.trigger.start : e.trigger.end]!r} "
        f"A={who(e.actor)} R={who(e.recipient)} t={when} p={e.place.text if e.place else '-'} "
        f"attr={e.attributed_to} c={e.confidence}\n    | {sent}"
    )


def YIELD_MAP(root: str) -> str:
    return "YIELD" if root in YIELD else root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--skip-gsr", action="store_true")
    ap.add_argument("--articles", action="store_true", help="print the reading sample's events")
    ap.add_argument("--recall-articles", action="store_true", help="the same, 13th-round sample")
    args = ap.parse_args()
    if args.articles or args.recall_articles:
        read_articles(args.shared, recall=args.recall_articles)
        return
    if not (args.shared / "data/events").exists():
        sys.exit(f"no {args.shared}/data/events: nothing to measure")
    bench_pairs(args.shared)
    bench_cues(args.shared)
    if not args.skip_gsr:
        bench_gsr(args.shared)


if __name__ == "__main__":
    main()
