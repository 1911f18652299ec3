"""dateline: news articles in, structured, source-attributed event data out."""

from dateline.config import Settings
from dateline.errors import ArticleRejected, DatelineError
from dateline.ingest import Article
from dateline.records import SCHEMA_VERSION, ErrorRecord, Record

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "ArticleRejected",
    "DatelineError",
    "ErrorRecord",
    "Record",
    "Settings",
    "__version__",
    "extract",
    "extract_many",
]


def __getattr__(name: str):
    # The pipeline imports spaCy; load it only when it is used.
    if name in ("extract", "extract_many"):
        from dateline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
