"""The per-article time limit's overhead on normal articles.

    python bench/time_limit.py [--rounds N]

Texts: the shipped samples plus the seed article in ../shared when present. Prints (1) the
cost of arming and disarming the limit once, measured alone, times the number of times it is
armed per article (prepare, parse fallback aside, each stage, the record); (2) the whole
pipeline's seconds per article with the default limit and with none, alternating rounds, so
that the two share the machine's load; the difference is noise-bound on a busy machine.
"""

from __future__ import annotations

import argparse
import statistics
import time
from importlib import resources
from pathlib import Path

from dateline.engine.limits import Budget
from dateline.ingest import Article
from dateline.pipeline import STAGES, extract_many

SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "patriot-lithuania.txt"


def _texts() -> list[str]:
    samples = resources.files("dateline") / "samples"
    texts = [p.read_text("utf-8") for p in samples.iterdir() if p.name.endswith(".txt")]
    return texts + ([SEED.read_text("utf-8")] if SEED.exists() else [])


def _arm_cost(n: int = 20_000) -> float:
    budget = Budget(120.0)
    start = time.perf_counter()
    for _ in range(n):
        with budget.run():
            pass
    return (time.perf_counter() - start) / n


def _per_article(texts: list[str], limit: float) -> float:
    articles = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    start = time.perf_counter()
    results = list(extract_many(articles, time_limit=limit))
    assert all(not hasattr(r, "error") for r in results), "an article failed"
    return (time.perf_counter() - start) / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = _texts()
    arms = len(STAGES) + 2
    cost = _arm_cost()
    print(
        f"arming the limit once: {cost * 1e6:.1f} us; {arms} times per article: "
        f"{cost * arms * 1e3:.3f} ms per article"
    )
    _per_article(texts, 120)  # load models and tables outside the timing
    timed = {120.0: [], 0.0: []}
    for _ in range(args.rounds):
        for limit in timed:
            timed[limit].append(_per_article(texts, limit))
    with_limit, without = (statistics.median(timed[k]) for k in (120.0, 0.0))
    print(f"{len(texts)} articles x {args.rounds} rounds, median seconds per article:")
    print(
        f"  limit 120 s: {with_limit:.4f}   no limit: {without:.4f}   "
        f"difference: {(with_limit - without) * 1e3:+.2f} ms ({with_limit / without - 1:+.1%})"
    )


if __name__ == "__main__":
    main()
