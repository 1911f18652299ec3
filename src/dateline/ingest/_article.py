from __future__ import annotations

from dataclasses import dataclass, field

from dateline.errors import ArticleRejected, ArticleWarning


@dataclass
class Article:
    """One input article before analysis. ``error`` is set when ingest rejected it;
    ``warnings`` say what optional input was malformed and set aside (the article is kept);
    ``replaces`` is the id older versions of dateline gave the same file, if different."""

    id: str
    text: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    metadata_published: str | None = None
    error: ArticleRejected | None = None
    warnings: list[ArticleWarning] = field(default_factory=list)
    # The id an older version of dateline gave this input, whose stored record this one replaces.
    replaces: str | None = None

    @classmethod
    def rejected(cls, id: str, code: str, detail: str | None = None) -> Article:
        return cls(id=id, error=ArticleRejected(code, detail))
