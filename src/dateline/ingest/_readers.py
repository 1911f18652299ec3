from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Literal

from dateline.errors import ArticleRejected, ArticleWarning
from dateline.ingest._article import Article
from dateline.ingest._html import html_to_article

InputFormat = Literal["auto", "text", "html", "jsonl"]

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_OPTIONAL_FIELDS = ("title", "url", "source", "published")
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
    *,
    time_limit: float | None = None,
    **fields: str | None,
) -> Article:
    try:
        text = decode(data, max_bytes, exact and fmt != "html")
    except ArticleRejected as exc:
        return Article(id=id, error=exc)
    if fmt == "html":
        return _from_html(text, id, time_limit, fields)
    return Article(id=id, text=text, **fields)


def _from_html(
    html: str, id: str, time_limit: float | None, fields: dict[str, str | None]
) -> Article:
    """The page's main text, within the per-article time limit (None: the default, 0: none):
    a pathological page must not stall the batch before its analysis even starts."""
    # Imported here: dateline.engine imports this package.
    from dateline.engine import limits

    seconds = limits.resolve(time_limit)
    try:
        with limits.time_limit(seconds):
            return html_to_article(html, id, **fields)
    except limits.TimeLimitExceeded:
        detail = limits.exceeded(seconds or 0, "extracting the HTML's main text")
        return Article.rejected(id, "timed_out", detail)
    except Exception as exc:  # a bug on one page must not end the batch
        return Article.rejected(id, "html_no_text", f"{type(exc).__name__}: {exc}")


def read_jsonl(
    lines: Iterable[bytes], name: str, max_bytes: int, time_limit: float | None = None
) -> Iterator[Article]:
    """One article per JSON line; a bad line becomes a rejected article, never an exception.
    ``time_limit`` bounds the extraction of an ``html`` field's text (None: the default)."""
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
        yield _from_object(obj, fallback_id, max_bytes, time_limit)


def _from_object(
    obj: dict, fallback_id: str, max_bytes: int, time_limit: float | None = None
) -> Article:
    """An article from one JSON object. A missing or non-string text rejects it; malformed
    optional fields (id, title, url, source, published) are set aside with a warning."""
    warnings: list[ArticleWarning] = []
    id = _object_id(obj.get("id"), fallback_id, warnings)
    # A number where the article's text belongs is a broken export, not an article.
    wrong = [k for k in _TEXT_FIELDS if obj.get(k) is not None and not isinstance(obj[k], str)]
    if wrong:
        kinds = ", ".join(f"{k} is {_json_kind(obj[k])}" for k in wrong)
        return Article.rejected(id, "invalid_field", f"{kinds}; expected a string")
    fields = {k: _optional_string(k, obj.get(k), warnings) for k in _OPTIONAL_FIELDS}
    fields["published"] = _published(fields["published"], warnings)
    article = _article_from(obj, id, max_bytes, fields, time_limit)
    article.warnings.extend(warnings)
    return article


def _article_from(
    obj: dict, id: str, max_bytes: int, fields: dict[str, str | None], time_limit: float | None
) -> Article:
    if isinstance(obj.get("text"), str):
        if len(obj["text"].encode("utf-8", "surrogatepass")) > max_bytes:
            return Article.rejected(id, "too_large", f"text over {max_bytes:,} bytes")
        return Article(id=id, text=obj["text"], **fields)
    if isinstance(obj.get("html"), str):
        html = obj["html"].encode("utf-8", "replace")
        return _document(html, id, "html", max_bytes, time_limit=time_limit, **fields)
    return Article.rejected(id, "missing_text")


def _is_scalar(value: object) -> bool:
    """A string or a whole number (ids and dates are often exported as numbers), not a bool."""
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _object_id(value: object, fallback_id: str, warnings: list[ArticleWarning]) -> str:
    if value is None or (_is_scalar(value) and not str(value).strip()):
        return fallback_id
    if _is_scalar(value):
        return str(value)
    detail = f"id is {_json_kind(value)}, not a string; the line's place {fallback_id!r} is used"
    warnings.append(ArticleWarning("invalid_field", detail))
    return fallback_id


def _optional_string(name: str, value: object, warnings: list[ArticleWarning]) -> str | None:
    if value is None or _is_scalar(value):
        return None if value is None else str(value)
    detail = f"{name} is {_json_kind(value)}, not a string; ignored"
    warnings.append(ArticleWarning("invalid_field", detail))
    return None


def _published(value: str | None, warnings: list[ArticleWarning]) -> str | None:
    """The given date if it is one; else none, so that the date is inferred from the text."""
    from dateline.time.published import parse_published

    if value is None or not value.strip():
        return None
    if parse_published(value) is None:
        detail = (
            f"published {_clip(value)!r} is not a valid full date; analysed as if none were given"
        )
        warnings.append(ArticleWarning("invalid_field", detail))
        return None
    return value


def _clip(value: str, width: int = 60) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


_JSON_KINDS = {bool: "a boolean", int: "a number", float: "a number", list: "a list"}


def _json_kind(value: object) -> str:
    return "an object" if isinstance(value, dict) else _JSON_KINDS.get(type(value), "a value")


def read_inputs(
    paths: Iterable[str],
    fmt: InputFormat = "auto",
    max_bytes: int = 5_000_000,
    exact: bool = False,
    time_limit: float | None = None,
) -> Iterator[Article]:
    """Articles from files and folders (``-`` is stdin), each file one article unless JSONL.

    A folder stands for every file under it, hidden ones aside, in path order. ``exact`` keeps
    a text file's line ends as written. ``time_limit`` bounds the extraction of an HTML page's
    text, as it bounds an article's analysis (None: the default, 0: none). Ids: see
    :func:`_with_ids`.
    """
    for entry in _with_ids(_expand(paths)):
        read = _read_one(entry.path, entry.id, entry.name, fmt, max_bytes, exact, time_limit)
        for article in read:
            if entry.legacy_id and article.id == entry.id:
                article.replaces = entry.legacy_id
            yield article


@dataclass(frozen=True)
class _Entry:
    """One input file: its path as given or found, its article id, the name that prefixes its
    JSONL lines' ids, and the id older versions of dateline gave it, where different."""

    path: str
    id: str
    name: str
    legacy_id: str | None = None


def _expand(paths: Iterable[str]) -> Iterator[_Entry]:
    for path in paths:
        if path == "-":
            yield _Entry(path, "stdin", "stdin")
        elif Path(path).is_dir():
            yield from _walk(Path(path))
        else:
            yield _Entry(path, Path(path).stem, Path(path).name)


def _walk(folder: Path) -> Iterator[_Entry]:
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(folder)
        if file.is_file() and not any(part.startswith(".") for part in relative.parts):
            id = relative.as_posix()
            # Earlier builds dropped the suffix unless a sibling shared the stem: "2024/story".
            legacy = relative.with_suffix("").as_posix()
            yield _Entry(str(file), id, id, legacy if legacy != id else None)


def _with_ids(entries: Iterable[_Entry]) -> list[_Entry]:
    """Unique ids that depend on each file's own path only, so that adding files never changes
    another file's id and a re-run resumes: a file found in a folder is its path relative to
    that folder ("2024/story.txt"), a file given by itself its name without suffix ("story").
    Where two inputs of one command line would share an id (two folders holding "x.txt"), the
    later one takes its path as given ("b/x.txt"); so does the name that prefixes a JSONL
    file's id-less lines ("feed.jsonl:2") where two would share it (a feed given by itself and
    one of the same name in a folder). A file given twice is one article, read twice. A legacy
    id is kept only where no input of this run has it as its id."""
    chosen: dict[str, _Entry] = {}
    ids: set[str] = set()
    names: set[str] = set()
    out = []
    for entry in entries:
        if entry.path not in chosen:
            chosen[entry.path] = unique = _unique(entry, ids, names)
            ids.add(unique.id)
            names.add(unique.name)
        out.append(chosen[entry.path])
    return [replace(e, legacy_id=None) if e.legacy_id in ids else e for e in out]


def _unique(entry: _Entry, ids: set[str], names: set[str]) -> _Entry:
    if entry.id in ids:
        id = _free(Path(entry.path).as_posix(), ids | names)
        return replace(entry, id=id, name=id)
    if entry.name in names:
        return replace(entry, name=_free(Path(entry.path).as_posix(), names))
    return entry


def _free(base: str, taken: set[str]) -> str:
    """``base``, else the first of "base#2", "base#3"... that is not taken."""
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}#{number}"
    return candidate


def _read_one(
    path: str,
    article_id: str,
    name: str,
    fmt: InputFormat,
    max_bytes: int,
    exact: bool,
    time_limit: float | None = None,
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
            yield from read_jsonl(stream, name, max_bytes, time_limit)
            return
        if not is_stdin and os.fstat(stream.fileno()).st_size > max_bytes:
            size = os.fstat(stream.fileno()).st_size
            yield Article.rejected(article_id, "too_large", f"{size:,} bytes, limit {max_bytes:,}")
            return
        data = _read_limited(stream, max_bytes)
        yield _document(data, article_id, chosen, max_bytes, exact, time_limit=time_limit)
    except OSError as exc:
        yield Article.rejected(article_id, "unreadable", exc.strerror or str(exc))
    finally:
        if not is_stdin:
            stream.close()
