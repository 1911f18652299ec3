"""Ingest: turn files, stdin, HTML and JSONL into :class:`Article` inputs, rejecting bad ones.

A bad article becomes an :class:`Article` carrying its :class:`ArticleRejected`, so that
readers never raise for one article and the batch keeps its order.
"""

from dateline.ingest._article import Article
from dateline.ingest._html import html_to_article
from dateline.ingest._language import check_language
from dateline.ingest._readers import InputFormat, decode, guess_format, read_inputs, read_jsonl

__all__ = [
    "Article",
    "InputFormat",
    "check_language",
    "decode",
    "guess_format",
    "html_to_article",
    "read_inputs",
    "read_jsonl",
]
