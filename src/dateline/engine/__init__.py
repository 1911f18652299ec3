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
from typing import TYPE_CHECKING

from dateline.config import Settings
from dateline.engine import limits
from dateline.errors import ArticleWarning
from dateline.ingest import Article
from dateline.records import ErrorRecord, Record

if TYPE_CHECKING:  # the pipeline imports engine.limits: import it lazily, in ingest()
    from dateline.store import Store

__all__ = ["IngestStats", "build_fingerprint", "ingest", "input_hash"]


@dataclass
class IngestStats:
    """What one ingest did; ``duplicates`` counts articles replaced by a later one with the same
    id in the same input (the store keeps one record per id); ``skipped_rejected`` the skipped
    articles whose stored outcome is a rejection (unchanged input, so still rejected);
    ``warned`` the articles written with warnings (malformed optional input set aside);
    ``renamed`` the records stored by an older build under a folder file's old id (no suffix)
    and now replaced by the same file's record under its new id; ``timed_out`` the failed
    articles that ran out of time."""

    seen: int = 0
    skipped: int = 0
    stored: int = 0
    failed: int = 0
    duplicates: int = 0
    skipped_rejected: int = 0
    warned: int = 0
    renamed: int = 0
    timed_out: int = 0


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
        "warnings": [w.reason for w in article.warnings],
        "model": settings.model,
        "clean": settings.clean,
        "build": build_fingerprint(),
    }
    if settings.home_country:  # absent when unset, so stores made before it stay current
        payload["home_country"] = settings.home_country
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8", "replace")
    return hashlib.sha256(encoded).hexdigest()


def _stored_hash(result: Record | ErrorRecord, hash: str, limit: float | None) -> str:
    """A timed-out article's hash carries the limit it ran out of ("<hash>@120.0")."""
    timed_out = isinstance(result, ErrorRecord) and result.error.code == "timed_out"
    return f"{hash}@{limit!r}" if timed_out and limit is not None else hash


def _done(stored: str | None, hash: str, limit: float | None) -> bool:
    """Whether the stored outcome stands: same input, and if it ran out of time, a limit at
    least as long as the one in force now."""
    if stored == hash:
        return True
    prefix = hash + "@"
    if stored is None or not stored.startswith(prefix):
        return False
    try:
        earlier = float(stored[len(prefix) :])
    except ValueError:
        return False
    return limit is not None and limit <= earlier


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
    time_limit: float | None = None,
    on_warning: Callable[[str, ArticleWarning], None] | None = None,
) -> IngestStats:
    """Extract and store articles; return what happened to them.

    ``time_limit`` is :func:`~dateline.pipeline.extract_many`'s: seconds per article (None: the
    default, 0: none). An article over it is stored as a ``timed_out`` error; a resumed ingest
    skips it, like any rejection of unchanged input, unless it runs with a longer limit (or
    none), so that raising the limit retries exactly the articles that ran out of time.
    Warnings (malformed optional input) are stored with the article and passed to
    ``on_warning``.
    """
    from dateline.pipeline import extract_many

    settings = settings or Settings()
    limit = limits.resolve(time_limit)
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
        todo = [a for a in latest.values() if not _done(stored.get(a.id), hashes[a.id], limit)]
        stats.skipped += len(latest) - len(todo)
        redo = {a.id for a in todo}
        unchanged = [i for i in latest if i not in redo]
        stats.skipped_rejected += len(store.rejected_ids(unchanged))
        results = list(extract_many(todo, settings=settings, time_limit=limit or 0))
        warnings = {a.id: a.warnings for a in todo if a.warnings}
        replaces = {a.id: a.replaces for a in todo if a.replaces}
        written = [(r, _stored_hash(r, hashes[r.id], limit)) for r in results]
        stats.renamed += store.write(written, warnings, replaces)
        for result in results:
            _tally(stats, result, warned=result.id in warnings)
            if on_result:
                on_result(result)
            if on_warning:
                for warning in warnings.get(result.id, []):
                    on_warning(result.id, warning)
    return stats


def _tally(stats: IngestStats, result: Record | ErrorRecord, warned: bool) -> None:
    if isinstance(result, ErrorRecord):
        stats.failed += 1
        stats.timed_out += result.error.code == "timed_out"
    else:
        stats.stored += 1
    stats.warned += warned
