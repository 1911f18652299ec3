"""Engine: run the pipeline over many articles and store the results, resumably.

The local engine processes articles in batches; each batch is extracted and then written in
one transaction. Articles whose input is already stored unchanged, by this same build of
dateline, are skipped, so an interrupted ingest resumes where it stopped without losing or
duplicating a record, and an upgrade redoes what an older build stored.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from pathlib import Path

from dateline.config import Settings
from dateline.ingest import Article
from dateline.pipeline import extract_many
from dateline.records import ErrorRecord, Record
from dateline.store import Store

__all__ = ["IngestStats", "build_fingerprint", "ingest", "input_hash"]


@dataclass
class IngestStats:
    """What one ingest did; ``duplicates`` counts articles replaced by a later one with the same
    id in the same input (the store keeps one record per id); ``skipped_rejected`` the skipped
    articles whose stored outcome is a rejection (unchanged input, so still rejected)."""

    seen: int = 0
    skipped: int = 0
    stored: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped_rejected: int = 0


@lru_cache(maxsize=1)
def build_fingerprint() -> str:
    """A digest of dateline's code and shipped data (models, tables, gazetteer): records made by
    another build are out of date even when the input is the same. About 0.15 s, once."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def input_hash(article: Article, settings: Settings) -> str:
    """A fingerprint of what determines an article's record: its input, the settings and the
    build of dateline that reads it."""
    payload = {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "published": article.published,
        "metadata_published": article.metadata_published,
        "error": article.error.code if article.error else None,
        "model": settings.model,
        "clean": settings.clean,
        "build": build_fingerprint(),
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8", "replace")
    return hashlib.sha256(encoded).hexdigest()


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def ingest(
    articles: Iterable[Article],
    store: Store,
    settings: Settings | None = None,
    *,
    force: bool = False,
    batch_size: int = 32,
    on_result: Callable[[Record | ErrorRecord], None] | None = None,
) -> IngestStats:
    """Extract and store articles; return what happened to them."""
    settings = settings or Settings()
    stats = IngestStats()
    seen_ids: set[str] = set()
    for batch in _batches(articles, batch_size):
        stats.seen += len(batch)
        # Duplicate ids inside one input: the last one wins, as in a re-ingest.
        latest = {a.id: a for a in batch}
        stats.duplicates += len(batch) - len(latest) + len(seen_ids & latest.keys())
        seen_ids.update(latest)
        hashes = {a.id: input_hash(a, settings) for a in latest.values()}
        stored = {} if force else store.stored_hashes(list(hashes))
        todo = [a for a in latest.values() if stored.get(a.id) != hashes[a.id]]
        stats.skipped += len(latest) - len(todo)
        redo = {a.id for a in todo}
        unchanged = [i for i in latest if i not in redo]
        stats.skipped_rejected += len(store.rejected_ids(unchanged))
        results = list(extract_many(todo, settings=settings))
        store.write([(r, hashes[r.id]) for r in results])
        for result in results:
            if isinstance(result, ErrorRecord):
                stats.failed += 1
            else:
                stats.stored += 1
            if on_result:
                on_result(result)
    return stats
