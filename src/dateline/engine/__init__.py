"""Engine: run the pipeline over many articles and store the results, resumably.

The local engine processes articles in batches; each batch is extracted and then written in
one transaction. Articles whose input is already stored unchanged are skipped, so an
interrupted ingest resumes where it stopped without losing or duplicating a record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from dateline.config import Settings
from dateline.ingest import Article
from dateline.pipeline import extract_many
from dateline.records import ErrorRecord, Record
from dateline.store import Store

__all__ = ["IngestStats", "ingest", "input_hash"]


@dataclass
class IngestStats:
    seen: int = 0
    skipped: int = 0
    stored: int = 0
    failed: int = 0


def input_hash(article: Article, settings: Settings) -> str:
    """A fingerprint of what determines an article's record: its input and the settings."""
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
    for batch in _batches(articles, batch_size):
        stats.seen += len(batch)
        # Duplicate ids inside one input: the last one wins, as in a re-ingest.
        latest = {a.id: a for a in batch}
        hashes = {a.id: input_hash(a, settings) for a in latest.values()}
        stored = {} if force else store.stored_hashes(list(hashes))
        todo = [a for a in latest.values() if stored.get(a.id) != hashes[a.id]]
        stats.skipped += len(batch) - len(todo)
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
