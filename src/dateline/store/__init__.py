"""Store: records in an embedded DuckDB database, one transaction per batch of articles.

Writing an article replaces whatever was stored under its id, inside the same transaction,
so re-ingesting never duplicates and an interrupted ingest loses at most the batch in flight.
Every value reaches SQL as a bound parameter; article text is never spliced into a query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from dateline.errors import ArticleWarning
from dateline.records import SCHEMA_VERSION, ErrorRecord, Record
from dateline.store._rows import CHILD_TABLES, rows_for

__all__ = ["DEFAULT_DB", "EXPORT_FORMATS", "TABLES", "Store"]

DEFAULT_DB = "dateline.duckdb"
TABLES = ("articles", "errors", "warnings", *CHILD_TABLES)
EXPORT_FORMATS = ("parquet", "csv", "jsonl")


def _migrations() -> list[tuple[int, str]]:
    folder = resources.files("dateline.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql"):
            found.append((int(entry.name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A DuckDB file holding articles and everything extracted from them."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema -------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply the migrations not yet applied; return the schema version now in force."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
        )
        done = {
            row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()
        }
        for version, sql in _migrations():
            if version in done:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?)", [version, _now()])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
        return self.version()

    def version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_migrations").fetchone()
        return int(row[0] or 0)

    # -- writing ------------------------------------------------------------------------

    def stored_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """input_hash of each id already stored (successfully or as an error)."""
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, input_hash FROM articles WHERE list_contains(?, id) UNION ALL "
            "SELECT article_id, input_hash FROM errors WHERE list_contains(?, article_id)",
            [list(ids), list(ids)],
        ).fetchall()
        return dict(rows)

    def rejected_ids(self, ids: Sequence[str]) -> set[str]:
        """The ids among ``ids`` whose stored outcome is a rejection."""
        if not ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM errors WHERE list_contains(?, article_id)", [list(ids)]
        ).fetchall()
        return {row[0] for row in rows}

    def write(
        self,
        results: Sequence[tuple[Record | ErrorRecord, str]],
        warnings: Mapping[str, Sequence[ArticleWarning]] | None = None,
        replaces: Mapping[str, str] | None = None,
    ) -> int:
        """Store (record, input_hash) pairs in one transaction, replacing earlier versions;
        ``warnings`` are each article's warnings, by article id. ``replaces`` maps an id to the
        id an older build gave the same input: a record stored under that one with the very same
        text is removed too. Returns how many such records were removed."""
        if not results:
            return 0
        warnings, replaces = warnings or {}, replaces or {}
        removed = 0
        self.con.execute("BEGIN TRANSACTION")
        try:
            for result, input_hash in results:
                self._delete(result.id)
                if result.id in replaces and isinstance(result, Record):
                    removed += self._delete_same_text(replaces[result.id], result.text)
                if isinstance(result, ErrorRecord):
                    self._insert_error(result, input_hash)
                else:
                    self._insert_record(result, input_hash)
                for warning in warnings.get(result.id, ()):
                    self.con.execute(
                        "INSERT INTO warnings VALUES (?, ?, ?, ?)",
                        [result.id, warning.code, warning.reason, _now()],
                    )
            self.con.execute("COMMIT")
        except BaseException:  # Ctrl-C too: never leave half an article behind
            self.con.execute("ROLLBACK")
            raise
        return removed

    def _delete_same_text(self, article_id: str, text: str) -> int:
        sql = "SELECT count(*) FROM articles WHERE id = ? AND text = ?"
        if not self.con.execute(sql, [article_id, text]).fetchone()[0]:
            return 0
        self._delete(article_id)
        return 1

    def _delete(self, article_id: str) -> None:
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])
        self.con.execute("DELETE FROM errors WHERE article_id = ?", [article_id])
        self.con.execute("DELETE FROM warnings WHERE article_id = ?", [article_id])
        for table in CHILD_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])

    def _insert_error(self, result: ErrorRecord, input_hash: str) -> None:
        self.con.execute(
            "INSERT INTO errors VALUES (?, ?, ?, ?, ?)",
            [result.id, input_hash, result.error.code, result.error.reason, _now()],
        )

    def _insert_record(self, record: Record, input_hash: str) -> None:
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                record.id,
                input_hash,
                SCHEMA_VERSION,
                record.title,
                record.url,
                record.source,
                record.published,
                record.published_source,
                record.text,
                json.dumps(record.to_json_dict(), ensure_ascii=False),
                _now(),
                record.integrity.score if record.integrity else None,
            ],
        )
        for table, rows in rows_for(record).items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                self.con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # -- reading ------------------------------------------------------------------------

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[dict[str, Any]]:
        """Run SQL with bound parameters; rows as dicts, JSON columns (``record``) parsed."""
        cursor = self.con.execute(sql, list(params or []))
        names = [d[0] for d in cursor.description or []]
        is_json = [str(d[1]) == "JSON" for d in cursor.description or []]
        return [
            {
                name: json.loads(value) if parse and isinstance(value, str) else value
                for name, value, parse in zip(names, row, is_json, strict=True)
            }
            for row in cursor.fetchall()
        ]

    def records(self, ids: Iterable[str] | None = None) -> Iterator[Record]:
        """Stored records, in id order."""
        if ids is None:
            cursor = self.con.execute("SELECT record FROM articles ORDER BY id")
        else:
            cursor = self.con.execute(
                "SELECT record FROM articles WHERE list_contains(?, id) ORDER BY id", [list(ids)]
            )
        while batch := cursor.fetchmany(256):
            for (raw,) in batch:
                yield Record.model_validate(json.loads(raw))

    def quotes_by_speaker(self, name: str, spoken_only: bool = False) -> list[dict[str, Any]]:
        """Quotes whose speaker's name contains ``name``, ignoring case and accents ("Muller"
        finds "Müller"); ``%`` and ``_`` are plain characters, not LIKE wildcards. With
        ``spoken_only``, only the speaker's words, not the beliefs, fears or decisions that
        also count as attribution."""
        return self.query(
            "SELECT article_id, quote_id, kind, speaker_name, speaker_country, speaker_sector, "
            "anonymous, spoken, content FROM quotes "
            "WHERE contains(strip_accents(lower(speaker_name)), strip_accents(lower(?))) "
            + ("AND spoken " if spoken_only else "")
            + "ORDER BY article_id, content_start",
            [name],
        )

    def has_table(self, name: str) -> bool:
        """Whether the store has this table (a store read-only, never migrated, may lack the
        newest ones)."""
        sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?"
        return bool(self.con.execute(sql, [name]).fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Rows per table; 0 for a table this store predates."""
        return {
            t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            if self.has_table(t)
            else 0
            for t in TABLES
        }

    def export(self, table: str, fmt: str, path: str | Path) -> int:
        """Write one table to Parquet, CSV or JSONL; return the number of rows."""
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
        options = {"parquet": "FORMAT PARQUET", "csv": "FORMAT CSV, HEADER", "jsonl": "FORMAT JSON"}
        # COPY cannot bind its target; the path is quoted as a SQL string literal instead.
        target = "'" + str(path).replace("'", "''") + "'"
        # Ordered by every column, left to right, so that exports of the same store are identical
        # (the first two are not unique everywhere: a mention table has many rows per entity).
        self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY ALL) TO {target} ({options[fmt]})")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)
