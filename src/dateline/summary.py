"""A readable summary of a store: what the demo prints, and what ``dateline stats`` shows."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from dateline.store import Store

__all__ = ["print_summary"]

_PER_ARTICLE = """
SELECT a.id AS article,
       coalesce(a.published || ' (' || a.published_source || ')', '-') AS published,
       (SELECT count(*) FROM entities e WHERE e.article_id = a.id) AS entities,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes,
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id AND q.speaker_name IS NOT NULL)
           AS with_speaker,
       (SELECT count(*) FROM events v WHERE v.article_id = a.id) AS events,
       (SELECT count(*) FROM places p WHERE p.article_id = a.id) AS places,
       (SELECT count(*) FROM signals s WHERE s.article_id = a.id) AS signals
FROM articles a ORDER BY a.id
"""

_QUOTES = """
SELECT article_id AS article, coalesce(speaker_name, '(no speaker)') AS speaker,
       anonymous, content
FROM quotes ORDER BY article_id, content_start LIMIT ?
"""

_EVENTS = """
SELECT article_id AS article, type, coalesce(mode, '') AS mode,
       coalesce(actor_text || coalesce(
           ' [' || actor_country || coalesce(' ' || actor_sector, '') || ']', ''), '') AS actor,
       coalesce(recipient_text || coalesce(
           ' [' || recipient_country || ']', ''), '') AS recipient,
       coalesce(place_name, '') AS place, coalesce(time_value, '') AS time, status
FROM events ORDER BY article_id, trigger_start LIMIT ?
"""


# Free text wraps; codes, ids and dates stay on one line so that they are never cut.
_WRAPPED = frozenset({"content", "reason", "actor", "recipient", "place", "speaker"})


def _short(value: object, width: int = 90) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(title: str, rows: list[dict], columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        wrap = column in _WRAPPED
        table.add_column(column.replace("_", " "), no_wrap=not wrap, overflow="fold")
    for row in rows:
        # A rejection's reason is the one thing to read in full.
        table.add_row(*(_short(row[c], 240 if c == "reason" else 90) for c in columns))
    return table


def print_summary(store: Store, console: Console | None = None, limit: int = 12) -> None:
    """Print per-article counts, then a sample of quotes and events."""
    console = console or Console(width=max(Console().width, 120))
    articles = store.query(_PER_ARTICLE)
    console.print(_table("Articles", articles, list(articles[0]) if articles else ["id"]))
    errors = store.query("SELECT article_id, code, reason FROM errors ORDER BY article_id")
    if errors:
        console.print(_table("Rejected", errors, ["article_id", "code", "reason"]))
    warnings = (
        store.query("SELECT article_id, code, reason FROM warnings ORDER BY ALL")
        if store.has_table("warnings")
        else []
    )
    if warnings:
        console.print(_table("Warnings (kept)", warnings, ["article_id", "code", "reason"]))
    quotes = store.query(_QUOTES, [limit])
    if quotes:
        console.print(
            _table("Quotes (who said what)", quotes, ["article", "speaker", "anonymous", "content"])
        )
    events = store.query(_EVENTS, [limit])
    if events:
        console.print(_table("Events (who did what to whom)", events, list(events[0])))
