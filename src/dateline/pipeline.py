"""The pipeline: ingest, clean, date, parse, then small stages over one shared ``Doc``.

Each stage is a function ``run(analysis) -> None`` that reads what earlier stages put on the
:class:`Analysis` and appends its own typed records. Stages are looked up by name in
:data:`STAGES`, so a caller can swap or drop one (``extract(..., stages=[...])``).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp as _nlp
from dateline.clean import clean_text
from dateline.config import Settings
from dateline.errors import ArticleRejected
from dateline.ingest import Article, check_language
from dateline.records import (
    ArticleError,
    Entity,
    ErrorRecord,
    Event,
    Place,
    Quote,
    Record,
    Removal,
    Signal,
    Time,
)
from dateline.time.published import infer_published

__all__ = ["STAGES", "Analysis", "Stage", "extract", "extract_many", "stage_names"]

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    """The working state of one article while stages run over it."""

    article: Article
    settings: Settings
    text: str
    removed: list[Removal] = field(default_factory=list)
    published: date | None = None
    published_source: str = "none"
    doc: Doc | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    # Stage-to-stage working data that is not part of the output (e.g. token -> entity id).
    scratch: dict[str, object] = field(default_factory=dict)

    def to_record(self) -> Record:
        a = self.article
        return Record(
            id=a.id,
            title=a.title,
            url=a.url,
            source=a.source,
            published=self.published.isoformat() if self.published else None,
            published_source=self.published_source,  # type: ignore[arg-type]
            text=self.text,
            removed=self.removed,
            entities=self.entities,
            quotes=self.quotes,
            places=self.places,
            times=self.times,
            events=self.events,
            signals=self.signals,
            figures=self.scratch.get("figures", []),
            integrity=self.scratch.get("integrity"),
        )


Stage = Callable[[Analysis], None]


def _stage(module: str) -> Stage:
    """Import a stage's ``run`` lazily, so importing dateline stays cheap."""

    def run(analysis: Analysis) -> None:
        from importlib import import_module

        import_module(f"dateline.{module}").run(analysis)

    run.__name__ = f"{module}.run"
    return run


# Order matters: quotes need entities, events need entities, quotes, places and times,
# integrity reads everything.
STAGES: dict[str, Stage] = {
    "entities": _stage("entities"),
    "places": _stage("geo"),
    "times": _stage("time"),
    "quotes": _stage("quotes"),
    "events": _stage("events"),
    "integrity": _stage("integrity"),
}


def stage_names() -> list[str]:
    return list(STAGES)


def _prepare(article: Article, settings: Settings) -> Analysis:
    """Everything before spaCy: reject bad input, clean, fix the reference date."""
    if article.error is not None:
        raise article.error
    raw = article.text or ""
    if not raw.strip():
        raise ArticleRejected("empty_text")
    if settings.clean:
        cleaned = clean_text(raw)
        text, removed = cleaned.text, cleaned.removed
    else:
        text, removed = raw, []
    if not text.strip():
        raise ArticleRejected("empty_text", "nothing is left after removing boilerplate")
    if len(text) > settings.max_chars:
        raise ArticleRejected(
            "too_large", f"{len(text):,} characters to analyse, limit {settings.max_chars:,}"
        )
    if settings.check_language:
        check_language(text)
    analysis = Analysis(article=article, settings=settings, text=text, removed=removed)
    analysis.published, analysis.published_source = infer_published(
        text, given=article.published, metadata=article.metadata_published
    )
    return analysis


def _error(article_id: str, exc: ArticleRejected) -> ErrorRecord:
    return ErrorRecord(id=article_id, error=ArticleError(code=exc.code, reason=exc.reason))


def _run_stages(analysis: Analysis, stages: Sequence[str]) -> Record:
    for name in stages:
        STAGES[name](analysis)
    return analysis.to_record()


def extract_many(
    articles: Iterable[Article],
    settings: Settings | None = None,
    stages: Sequence[str] | None = None,
    batch_size: int = 32,
) -> Iterator[Record | ErrorRecord]:
    """Analyse articles in input order, yielding a record or an error record for each.

    One article's failure, whatever its cause, becomes its error record; the batch goes on.
    """
    settings = settings or Settings()
    stages = list(STAGES) if stages is None else list(stages)
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(STAGES)}")
    nlp = _nlp.load(settings.model)
    batch: list[Analysis | ErrorRecord] = []

    def flush() -> Iterator[Record | ErrorRecord]:
        _parse(nlp, [a for a in batch if isinstance(a, Analysis)])
        for item in batch:
            if isinstance(item, ErrorRecord):
                yield item
                continue
            if item.doc is None:
                detail = str(item.scratch.get("parse_error", "spaCy could not parse the text"))
                yield _error(item.article.id, ArticleRejected("internal_error", detail))
                continue
            try:
                yield _run_stages(item, stages)
            except Exception as exc:  # a bug on one article must not end the batch
                log.debug("stage failure on %s", item.article.id, exc_info=True)
                detail = f"{type(exc).__name__}: {exc} ({_where(exc)})"
                yield _error(item.article.id, ArticleRejected("internal_error", detail))
        batch.clear()

    for article in articles:
        try:
            batch.append(_prepare(article, settings))
        except ArticleRejected as exc:
            batch.append(_error(article.id, exc))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def _parse(nlp: Language, analyses: list[Analysis]) -> None:
    """Parse a batch in one pipe; if the pipe fails, parse one by one so only the culprit fails."""
    try:
        for analysis, doc in zip(analyses, nlp.pipe(a.text for a in analyses), strict=True):
            analysis.doc = doc
        return
    except Exception:
        log.debug("batch parse failed; parsing articles one by one", exc_info=True)
    for analysis in analyses:
        try:
            analysis.doc = nlp(analysis.text)
        except Exception as exc:
            analysis.scratch["parse_error"] = f"spaCy failed: {type(exc).__name__}: {exc}"


def _where(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def extract(
    text: str,
    *,
    id: str = "article",
    published: str | date | None = None,
    title: str | None = None,
    settings: Settings | None = None,
    stages: Sequence[str] | None = None,
) -> Record | ErrorRecord:
    """Analyse one article's plain text; ``published`` (ISO string or date) is the reference
    date for relative times ("last year", "on Wednesday")."""
    if isinstance(published, date):
        published = published.isoformat()
    article = Article(id=id, text=text, title=title, published=published)
    return next(extract_many([article], settings=settings, stages=stages))
