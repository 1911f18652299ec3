from __future__ import annotations

from dataclasses import dataclass

from dateline.errors import ArticleRejected


@dataclass
class Article:
    """One input article before analysis. ``error`` is set when ingest rejected it."""

    id: str
    text: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    metadata_published: str | None = None
    error: ArticleRejected | None = None

    @classmethod
    def rejected(cls, id: str, code: str, detail: str | None = None) -> Article:
        return cls(id=id, error=ArticleRejected(code, detail))
