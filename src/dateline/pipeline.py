"""The pipeline: ingest, clean, date, parse, then small stages over one shared ``Doc``.

Each stage is a function ``run(analysis) -> None`` that reads what earlier stages put on the
:class:`Analysis` and appends its own typed records. Stages are looked up by name in
:data:`STAGES`, so a caller can swap or drop one (``extract(..., stages=[...])``).
"""

from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from dateline import nlp as _nlp
from dateline.clean import clean_text
from dateline.config import Settings
from dateline.engine import limits
from dateline.engine.limits import Budget, TimeLimitExceeded
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


def _run_stages(analysis: Analysis, stages: Sequence[str], budget: Budget) -> Record:
    for name in stages:
        with _limited(budget, f"the {name} stage"):
            STAGES[name](analysis)
    with _limited(budget, "building the record"):
        return analysis.to_record()


@contextmanager
def _limited(budget: Budget, phase: str) -> Iterator[None]:
    """Run a phase within what is left of the article's time; over it, reject the article."""
    try:
        with budget.run():
            yield
    except TimeLimitExceeded:
        raise ArticleRejected("timed_out", limits.exceeded(budget.seconds or 0, phase)) from None


def extract_many(
    articles: Iterable[Article],
    settings: Settings | None = None,
    stages: Sequence[str] | None = None,
    batch_size: int = 32,
    time_limit: float | None = None,
) -> Iterator[Record | ErrorRecord]:
    """Analyse articles in input order, yielding a record or an error record for each.

    One article's failure, whatever its cause, becomes its error record; the batch goes on.
    ``time_limit`` caps the seconds one article may take (None: ``DATELINE_TIME_LIMIT`` or
    120 s; 0: no limit); an article over it gets a ``timed_out`` error record. The limit is
    enforced in the main thread only (it uses SIGALRM).
    """
    settings = settings or Settings()
    stages = list(STAGES) if stages is None else list(stages)
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise ValueError(f"unknown stage(s) {unknown}; known: {list(STAGES)}")
    limit = limits.resolve(time_limit)
    nlp = _nlp.load(settings.model)
    batch: list[tuple[Analysis | ErrorRecord, Budget]] = []

    def flush() -> Iterator[Record | ErrorRecord]:
        analyses = [(a, b) for a, b in batch if isinstance(a, Analysis)]
        if analyses and limit is not None:  # not for a resume that skips or rejects everything
            _warm_up(nlp, settings, stages, limit)
        _parse(nlp, analyses, limit)
        for item, budget in batch:
            yield item if isinstance(item, ErrorRecord) else _finish(item, stages, budget)
        batch.clear()

    for article in articles:
        budget = Budget(limit)
        batch.append((_prepared(article, settings, budget), budget))
        if len(batch) >= batch_size:
            yield from flush()
    yield from flush()


def _prepared(article: Article, settings: Settings, budget: Budget) -> Analysis | ErrorRecord:
    try:
        with _limited(budget, "cleaning and dating the text"):
            return _prepare(article, settings)
    except ArticleRejected as exc:
        return _error(article.id, exc)
    except Exception as exc:  # a bug on one article must not end the batch
        return _error(article.id, _internal(article.id, exc))


def _finish(item: Analysis, stages: Sequence[str], budget: Budget) -> Record | ErrorRecord:
    if item.doc is None:
        failure = item.scratch.get("parse_failure")
        if not isinstance(failure, ArticleRejected):
            failure = ArticleRejected("internal_error", "spaCy could not parse the text")
        return _error(item.article.id, failure)
    try:
        return _run_stages(item, stages, budget)
    except ArticleRejected as exc:
        return _error(item.article.id, exc)
    except Exception as exc:  # a bug on one article must not end the batch
        return _error(item.article.id, _internal(item.article.id, exc))


def _internal(article_id: str, exc: Exception) -> ArticleRejected:
    log.debug("failure on %s", article_id, exc_info=True)
    return ArticleRejected("internal_error", f"{type(exc).__name__}: {exc} ({_where(exc)})")


_WARM_TEXT = '"We will stay," the mayor of Paris, Anne Dupont, told reporters on Monday, May 8.'
_WARM_UP_LIMIT = 60.0  # loading every model takes a few seconds; never cut it off halfway
_warmed: set[tuple[str, tuple[str, ...]]] = set()


def _warm_up(nlp: Language, settings: Settings, stages: Sequence[str], limit: float) -> None:
    """Run the stages once on a tiny text before the first article is parsed, so that the
    models and tables they load lazily are not charged to that article (nor cut off halfway
    by its limit). Once per process, model and stage list: about 0.8 s, mostly that loading,
    which the first article would pay anyway."""
    key = (settings.model, tuple(stages))
    if key in _warmed:
        return
    _warmed.add(key)
    analysis = Analysis(article=Article(id="warm-up"), settings=settings, text=_WARM_TEXT)
    budget = Budget(max(limit, _WARM_UP_LIMIT))
    try:
        with _limited(budget, "parsing"):
            analysis.doc = nlp(_WARM_TEXT)
        _run_stages(analysis, stages, budget)
    except Exception:  # an article meeting the same failure reports it
        log.debug("warm-up failed", exc_info=True)


def _parse(nlp: Language, items: list[tuple[Analysis, Budget]], limit: float | None) -> None:
    """Parse a batch in one pipe, within one article's time limit; if the pipe fails or takes
    longer, parse the rest one by one, each within what is left of its own limit, so that only
    the culprit fails. A batch parse's time is charged to its articles by length."""
    pending = [(a, b) for a, b in items if a.doc is None]
    start = time.perf_counter()
    try:
        with limits.time_limit(limit):
            for (analysis, _), doc in zip(
                pending, nlp.pipe(a.text for a, _ in pending), strict=True
            ):
                analysis.doc = doc
    except (Exception, TimeLimitExceeded):
        log.debug("batch parse failed or ran long; parsing articles one by one", exc_info=True)
    else:
        _charge(pending, time.perf_counter() - start)
        return
    for analysis, budget in pending:
        if analysis.doc is None:
            _parse_one(nlp, analysis, budget)


def _charge(items: list[tuple[Analysis, Budget]], seconds: float) -> None:
    total = sum(len(a.text) for a, _ in items) or 1
    for analysis, budget in items:
        budget.spent += seconds * len(analysis.text) / total


def _parse_one(nlp: Language, analysis: Analysis, budget: Budget) -> None:
    try:
        with _limited(budget, "parsing"):
            analysis.doc = nlp(analysis.text)
    except ArticleRejected as exc:
        analysis.scratch["parse_failure"] = exc
    except Exception as exc:
        detail = f"spaCy failed: {type(exc).__name__}: {exc}"
        analysis.scratch["parse_failure"] = ArticleRejected("internal_error", detail)


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
    url: str | None = None,
    settings: Settings | None = None,
    stages: Sequence[str] | None = None,
    time_limit: float | None = None,
) -> Record | ErrorRecord:
    """Analyse one article's plain text; ``published`` (ISO string or date) is the reference
    date for relative times ("last year", "on Wednesday"); ``url``, where the article was
    published, may tell its home country (:mod:`dateline.geo.home`); ``time_limit`` as in
    :func:`extract_many`."""
    if isinstance(published, date):
        published = published.isoformat()
    article = Article(id=id, text=text, title=title, url=url, published=published)
    return next(extract_many([article], settings=settings, stages=stages, time_limit=time_limit))
