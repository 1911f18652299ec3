"""The error catalogue: every way an article can fail, with a stable code.

Codes are part of the output contract (``error.code`` in an error record and the
``errors`` table), so they never change meaning; messages may be improved.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATALOGUE", "ArticleRejected", "ArticleWarning", "DatelineError"]

CATALOGUE: dict[str, str] = {
    "empty_text": "the article has no text to analyse",
    "binary_content": "the input looks like binary data, not text",
    "invalid_utf8": "the input is not valid UTF-8",
    "too_large": "the input is larger than the configured limit",
    "not_english": "the text does not look like English",
    "malformed_json": "the JSONL line is not a JSON object",
    "missing_text": "the JSONL object has neither 'text' nor 'html'",
    "invalid_field": "a field of the input has the wrong type or format",
    "html_no_text": "no main text could be extracted from the HTML",
    "unreadable": "the input could not be read",
    "timed_out": "the analysis took longer than the per-article time limit",
    "internal_error": "dateline failed on this article (a bug: please report it)",
}


class DatelineError(Exception):
    """Base class of dateline's own exceptions."""


class ArticleRejected(DatelineError):
    """One article cannot be analysed; the batch goes on with the next one."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        if code not in CATALOGUE:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.reason = CATALOGUE[code] + (f": {detail}" if detail else "")
        super().__init__(self.reason)


@dataclass(frozen=True)
class ArticleWarning:
    """Something wrong with an article's optional input that dateline set aside, analysing the
    article anyway (a ``published`` that is not a date, a title that is a list). ``code`` is
    one of :data:`CATALOGUE`'s."""

    code: str
    reason: str

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"unknown error code {self.code!r}")
