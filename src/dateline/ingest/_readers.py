from __future__ import annotations

import codecs
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from dateline.errors import ArticleRejected
from dateline.ingest._article import Article
from dateline.ingest._html import html_to_article

InputFormat = Literal["auto", "text", "html", "jsonl"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_STRING_FIELDS = ("id", "title", "url", "source", "published")
_TEXT_FIELDS = ("text", "html")


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
    # No news article starts with a brace; a JSONL stream (stdin, no suffix) does.
    if start.removeprefix(b"\xef\xbb\xbf").startswith(b"{"):
        return "jsonl"
    return "text"


def decode(data: bytes, max_bytes: int, exact: bool = False) -> str:
    """Bytes to text, rejecting what is too large, binary or undecodable.

    UTF-8 first, UTF-16 where a byte-order mark says so (Notepad's "Unicode"); bytes that are
    not UTF-8 but are valid Windows-1252 (the Latin-1 superset that old newsroom systems and
    Windows tools write) are read as that rather than lost. Line ends become ``\n`` unless
    ``exact`` (for --no-clean, whose offsets must index the input as is).
    """
    if len(data) > max_bytes:
        raise ArticleRejected("too_large", f"{len(data):,} bytes, limit {max_bytes:,}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _utf16(data)
    else:
        _check_not_binary(data[:8192])
        text = _utf8_or_legacy(data)
    return text if exact else text.replace("\r\n", "\n").replace("\r", "\n")


def _check_not_binary(head: bytes | str) -> None:
    codes = head if isinstance(head, bytes) else [ord(ch) for ch in head]
    controls = sum(1 for b in codes if b < 32 and b not in (9, 10, 12, 13))
    if 0 in codes or (codes and controls / len(codes) > 0.05):
        raise ArticleRejected(
            "binary_content", f"{controls} control bytes in the first {len(head)}"
        )


def _utf16(data: bytes) -> str:
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError as exc:
        raise ArticleRejected("invalid_utf8", f"bad UTF-16 at offset {exc.start}") from None
    _check_not_binary(text[:4096])
    return text


def _utf8_or_legacy(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = _legacy_decode(data)
        if text is None:
            bad = data[exc.start]
            raise ArticleRejected(
                "invalid_utf8", f"bad byte 0x{bad:02X} at offset {exc.start}"
            ) from None
        return text


def _legacy_decode(data: bytes) -> str | None:
    """Windows-1252 text, or None when the bytes are not plausibly that (undefined bytes)."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return None


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read at most one byte past the limit, so a huge input is never held whole."""
    return stream.read(max_bytes + 1)


def _document(
    data: bytes,
    id: str,
    fmt: InputFormat,
    max_bytes: int,
    exact: bool = False,
    **fields: str | None,
) -> Article:
    try:
        text = decode(data, max_bytes, exact and fmt != "html")
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
            line = decode(raw, max_bytes).strip()
            obj = json.loads(line)
        except ArticleRejected as exc:
            yield Article(id=fallback_id, error=exc)
            continue
        except json.JSONDecodeError as exc:
            where = f"line {number}, column {exc.colno}"
            yield Article.rejected(fallback_id, "malformed_json", f"{exc.msg} ({where})")
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
    # A number where the article's text belongs is a broken export, not an article.
    wrong += [k for k in _TEXT_FIELDS if obj.get(k) is not None and not isinstance(obj[k], str)]
    if wrong:
        kinds = ", ".join(f"{k} is {_json_kind(obj[k])}" for k in wrong)
        return Article.rejected(id, "invalid_field", f"{kinds}; expected a string")
    fields = {k: obj.get(k) for k in ("title", "url", "source", "published")}
    fields = {k: (str(v) if v is not None else None) for k, v in fields.items()}
    if isinstance(obj.get("text"), str):
        if len(obj["text"].encode("utf-8", "surrogatepass")) > max_bytes:
            return Article.rejected(id, "too_large", f"text over {max_bytes:,} bytes")
        return Article(id=id, text=obj["text"], **fields)
    if isinstance(obj.get("html"), str):
        return _document(obj["html"].encode("utf-8", "replace"), id, "html", max_bytes, **fields)
    return Article.rejected(id, "missing_text")


_JSON_KINDS = {bool: "a boolean", int: "a number", float: "a number", list: "a list"}


def _json_kind(value: object) -> str:
    return "an object" if isinstance(value, dict) else _JSON_KINDS.get(type(value), "a value")


def read_inputs(
    paths: Iterable[str],
    fmt: InputFormat = "auto",
    max_bytes: int = 5_000_000,
    exact: bool = False,
) -> Iterator[Article]:
    """Articles from files and folders (``-`` is stdin), each file one article unless JSONL.

    A folder stands for every file under it, hidden ones aside, in path order. ``exact`` keeps
    a text file's line ends as written.
    """
    for path, article_id, name in _with_ids(_expand(paths)):
        yield from _read_one(path, article_id, name, fmt, max_bytes, exact)


def _expand(paths: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(path, short id, long id) per input file; folders are walked."""
    for path in paths:
        if path == "-":
            yield path, "stdin", "stdin"
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        else:
            yield path, Path(path).stem, Path(path).as_posix()


def _walk(folder: Path) -> Iterator[tuple[str, str, str]]:
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(folder)
        if file.is_file() and not any(part.startswith(".") for part in relative.parts):
            yield str(file), relative.with_suffix("").as_posix(), relative.as_posix()


def _with_ids(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(path, id, name) per file. The id is its name without suffix, or its whole path where two
    names would clash, since the store keeps one record per id and a clash would silently drop
    an article; the name, with the suffix, prefixes the ids of a JSONL file's id-less lines
    ("feed.jsonl:2"), so two feeds of one name under two folders keep apart as well."""
    listed = list(entries)
    unique = dict.fromkeys(listed)  # a file given twice is one article, read twice
    shorts = Counter(short for _, short, _ in unique)
    longs = Counter(long for _, short, long in unique if shorts[short] > 1)
    out = []
    for path, short, long in listed:
        article_id = _pick_id(path, short, long, shorts, longs)
        suffix = "" if path == "-" else Path(path).suffix
        out.append((path, article_id, short + suffix if article_id == short else article_id))
    return out


def _pick_id(path: str, short: str, long: str, shorts: Counter, longs: Counter) -> str:
    """The short id, else the long one; else, for files at the same place under two folders
    given on one command line ("a/x.txt" and "b/x.txt" as "x.txt"), the path as given."""
    if shorts[short] == 1:
        return short
    return long if longs[long] == 1 else Path(path).as_posix()


def _read_one(
    path: str, article_id: str, name: str, fmt: InputFormat, max_bytes: int, exact: bool
) -> Iterator[Article]:
    is_stdin = path == "-"
    try:
        stream: BinaryIO = sys.stdin.buffer if is_stdin else open(path, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Article.rejected(article_id, "unreadable", exc.strerror or str(exc))
        return
    try:
        head = stream.peek(512)[:512] if hasattr(stream, "peek") else b""
        chosen = guess_format(path, head) if fmt == "auto" else fmt
        if chosen == "jsonl":
            yield from read_jsonl(stream, name, max_bytes)
            return
        if not is_stdin and os.fstat(stream.fileno()).st_size > max_bytes:
            size = os.fstat(stream.fileno()).st_size
            yield Article.rejected(article_id, "too_large", f"{size:,} bytes, limit {max_bytes:,}")
            return
        yield _document(_read_limited(stream, max_bytes), article_id, chosen, max_bytes, exact)
    except OSError as exc:
        yield Article.rejected(article_id, "unreadable", exc.strerror or str(exc))
    finally:
        if not is_stdin:
            stream.close()
