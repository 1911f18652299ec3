from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from dateline.errors import ArticleRejected
from dateline.ingest._article import Article
from dateline.ingest._html import html_to_article

InputFormat = Literal["auto", "text", "html", "jsonl"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_STRING_FIELDS = ("id", "text", "html", "title", "url", "source", "published")


def guess_format(path: str, head: bytes = b"") -> InputFormat:
    """Choose text, HTML or JSONL from the file name, then from the first bytes."""
    suffix = Path(path).suffix.lower()
    if suffix in _HTML_SUFFIXES:
        return "html"
    if suffix in _JSONL_SUFFIXES:
        return "jsonl"
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    return "text"


def decode(data: bytes, max_bytes: int) -> str:
    """Bytes to text, rejecting what is too large, binary or not UTF-8."""
    if len(data) > max_bytes:
        raise ArticleRejected("too_large", f"{len(data):,} bytes, limit {max_bytes:,}")
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if b"\x00" in head or (head and controls / len(head) > 0.05):
        raise ArticleRejected(
            "binary_content", f"{controls} control bytes in the first {len(head)}"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleRejected("invalid_utf8", f"bad byte at offset {exc.start}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read at most one byte past the limit, so a huge input is never held whole."""
    return stream.read(max_bytes + 1)


def _document(
    data: bytes, id: str, fmt: InputFormat, max_bytes: int, **fields: str | None
) -> Article:
    try:
        text = decode(data, max_bytes)
    except ArticleRejected as exc:
        return Article(id=id, error=exc)
    if fmt == "html":
        return html_to_article(text, id, **fields)
    return Article(id=id, text=text, **fields)


def read_jsonl(lines: Iterable[bytes], name: str, max_bytes: int) -> Iterator[Article]:
    """One article per JSON line; a bad line becomes a rejected article, never an exception."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        fallback_id = f"{name}:{number}"
        try:
            line = decode(raw, max_bytes)
            obj = json.loads(line)
        except ArticleRejected as exc:
            yield Article(id=fallback_id, error=exc)
            continue
        except json.JSONDecodeError as exc:
            yield Article.rejected(fallback_id, "malformed_json", f"line {number}: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield Article.rejected(fallback_id, "malformed_json", f"line {number} is not an object")
            continue
        yield _from_object(obj, fallback_id, max_bytes)


def _from_object(obj: dict, fallback_id: str, max_bytes: int) -> Article:
    raw_id = obj.get("id")
    id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else fallback_id
    wrong = [
        k for k in _STRING_FIELDS if obj.get(k) is not None and not isinstance(obj[k], (str, int))
    ]
    if wrong:
        return Article.rejected(id, "invalid_field", f"{', '.join(wrong)} must be strings")
    fields = {k: obj.get(k) for k in ("title", "url", "source", "published")}
    fields = {k: (str(v) if v is not None else None) for k, v in fields.items()}
    if isinstance(obj.get("text"), str):
        if len(obj["text"].encode("utf-8", "surrogatepass")) > max_bytes:
            return Article.rejected(id, "too_large", f"text over {max_bytes:,} bytes")
        return Article(id=id, text=obj["text"], **fields)
    if isinstance(obj.get("html"), str):
        return _document(obj["html"].encode("utf-8", "replace"), id, "html", max_bytes, **fields)
    return Article.rejected(id, "missing_text")


def read_inputs(
    paths: Iterable[str], fmt: InputFormat = "auto", max_bytes: int = 5_000_000
) -> Iterator[Article]:
    """Articles from files (``-`` is stdin), each file as one article unless it is JSONL."""
    for path in paths:
        yield from _read_one(path, fmt, max_bytes)


def _read_one(path: str, fmt: InputFormat, max_bytes: int) -> Iterator[Article]:
    is_stdin = path == "-"
    name = "stdin" if is_stdin else Path(path).name
    try:
        stream: BinaryIO = sys.stdin.buffer if is_stdin else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Article.rejected(name, "unreadable", exc.strerror or str(exc))
        return
    try:
        head = stream.peek(512)[:512] if hasattr(stream, "peek") else b""
        chosen = guess_format(path, head) if fmt == "auto" else fmt
        if chosen == "jsonl":
            yield from read_jsonl(stream, name, max_bytes)
            return
        article_id = name if is_stdin else Path(path).stem
        if not is_stdin and os.fstat(stream.fileno()).st_size > max_bytes:
            size = os.fstat(stream.fileno()).st_size
            yield Article.rejected(article_id, "too_large", f"{size:,} bytes, limit {max_bytes:,}")
            return
        yield _document(_read_limited(stream, max_bytes), article_id, chosen, max_bytes)
    except OSError as exc:
        yield Article.rejected(name, "unreadable", exc.strerror or str(exc))
    finally:
        if not is_stdin:
            stream.close()
