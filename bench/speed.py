"""Extract speed against bare spaCy on the same texts, one run each.

    python bench/speed.py [--limit N]
    python bench/speed.py --long 30000

Texts: the PolNeAR dev articles in ../shared when present, else the shipped samples.
Prints articles/s and tokens/s for bare spaCy (the model alone) and for the whole pipeline.
``--long WORDS`` instead times one text of at least that many words (every ninth PolNeAR train
article joined, in order), the case where work that grows faster than the text shows.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import Article
from dateline.nlp import load
from dateline.pipeline import extract_many
from dateline.records import ErrorRecord

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _texts(limit: int) -> tuple[str, list[str]]:
    folder = SHARED / "data" / "quotes" / "polnear" / "dev" / "text"
    if folder.exists():
        paths = sorted(folder.glob("*.txt"))[:limit]
        return f"PolNeAR dev ({len(paths)} articles)", [p.read_text("utf-8") for p in paths]
    samples = resources.files("dateline") / "samples"
    texts = [p.read_text("utf-8") for p in samples.iterdir() if p.name.endswith(".txt")]
    return f"shipped samples ({len(texts)} articles)", texts


def _long_text(words: int) -> str:
    folder = SHARED / "data" / "quotes" / "polnear" / "train" / "text"
    paths = sorted(folder.glob("*.txt"))[::9] or sorted(
        p for p in (resources.files("dateline") / "samples").iterdir() if p.name.endswith(".txt")
    )
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words:
        parts.append(paths[len(parts) % len(paths)].read_text("utf-8"))
    return "\n\n".join(parts)


def _time_long(words: int) -> None:
    """One whole-pipeline run over one long text, after a warm-up."""
    settings = Settings(check_language=False)
    text = _long_text(words)
    warm = Article(id="warm", text="The minister said it would rain.")
    list(extract_many([warm], settings=settings))
    start = time.perf_counter()
    (result,) = extract_many([Article(id="long", text=text)], settings=settings, time_limit=0)
    secs = time.perf_counter() - start
    status = "failed" if isinstance(result, ErrorRecord) else "ok"
    print(f"one text of {len(text.split()):,} words: {secs:.1f} s ({status})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=84)
    parser.add_argument("--long", type=int, default=0, help="time one text of this many words")
    args = parser.parse_args()
    if args.long:
        _time_long(args.long)
        return
    name, texts = _texts(args.limit)
    settings = Settings(check_language=False)
    nlp = load(settings.model)
    nlp("warm up")
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts))
    bare = time.perf_counter() - start

    # Warm every stage's lazily loaded data, so that the run measures steady state.
    list(extract_many([Article(id="warm", text=texts[0])], settings=settings))
    start = time.perf_counter()
    results = list(
        extract_many((Article(id=str(i), text=t) for i, t in enumerate(texts)), settings=settings)
    )
    full = time.perf_counter() - start
    failed = sum(isinstance(r, ErrorRecord) for r in results)

    print(f"texts: {name}, {tokens:,} tokens, model {settings.model}")
    print(f"bare spaCy   : {len(texts) / bare:7.2f} articles/s {tokens / bare:9,.0f} tokens/s")
    print(
        f"full pipeline: {len(texts) / full:7.2f} articles/s {tokens / full:9,.0f} tokens/s "
        f"({full / bare:.2f}x spaCy's time, {failed} failed)"
    )


if __name__ == "__main__":
    main()
