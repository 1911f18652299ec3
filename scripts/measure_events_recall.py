"""End-to-end detection recall on PLV sentences: does ``extract`` propose the gold event?

For each PLV_train row of the train part (never the dev part), the whole pipeline runs on the
sentence and the row counts as found when an event has the gold root (CONCEDE/RETREAT as YIELD)
and an actor overlapping the gold actor span; "any" counts an event with that actor whatever
its root. The classifier was trained on these rows, so the absolute figure is optimistic; it is
for comparing detection rules (triggers, actors, gates), which the pair figure does not see.

Usage: python scripts/measure_events_recall.py [--shared ../shared] [--limit N] [--misses]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from dateline.events.plv import dev_split, read_plv
from dateline.ingest import Article
from dateline.pipeline import extract_many

ROOT = Path(__file__).resolve().parents[1]
YIELD = {"CONCEDE", "RETREAT"}


def _root(r: str) -> str:
    return "YIELD" if r in YIELD else r


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    train, _ = dev_split(read_plv(args.shared / "data/events/plv/PLV_train.tsv"))
    rows = train[: args.limit] if args.limit else train
    arts = [Article(id=f"p{i}", text=r.text) for i, r in enumerate(rows)]
    found, anyroot, n_events = Counter(), Counter(), 0
    for row, rec in zip(rows, extract_many(arts), strict=True):
        events = getattr(rec, "events", [])
        n_events += len(events)
        a0, a1 = row.actor
        mine = []
        for e in events:
            span = rec.text.find(e.actor.text)
            if span >= 0 and span < a1 and span + len(e.actor.text) > a0:
                mine.append(e)
        hit = any(_root(e.type) == row.label for e in mine)
        found[row.label] += hit
        anyroot[row.label] += bool(mine)
        if args.misses and not hit:
            got = [(e.type, e.actor.text) for e in events]
            print(f"{row.label}\t{row.text[a0:a1]}\t{got}\t{row.text[:140]}")
    total = Counter(r.label for r in rows)
    n = sum(total.values())
    print(
        f"PLV train part ({n} rows): gold event found {sum(found.values()) / n:.3f}, "
        f"an event with the gold actor {sum(anyroot.values()) / n:.3f}, "
        f"{n_events / n:.2f} events/sentence"
    )
    print("found by root: " + ", ".join(f"{c} {found[c]}/{total[c]}" for c in sorted(total)))


if __name__ == "__main__":
    main()
