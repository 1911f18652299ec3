import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline import extract, extract_many
from dateline.config import Settings
from dateline.ingest import Article
from dateline.pipeline import STAGES
from dateline.records import ErrorRecord, Record
from dateline.schema import load_schema

TEXT = (
    "Border talks resume in Geneva\n\n"
    "Armenian and Azerbaijani envoys met in Geneva on Monday, March 6, 2023, and agreed to "
    "resume talks on the border next month, the Swiss foreign ministry said.\n\n"
    "Leave a comment\n"
)


def test_extract_returns_a_record_with_reference_date_and_cleaning():
    record = extract(TEXT, id="geneva")
    assert isinstance(record, Record)
    assert record.published == "2023-03-06"
    assert record.published_source == "inferred"
    assert "Leave a comment" not in record.text
    assert [r.reason for r in record.removed] == ["comment_section"]


def test_no_clean_keeps_the_text_exactly():
    record = extract(TEXT, settings=Settings(clean=False))
    assert record.text == TEXT
    assert record.removed == []
    for entity in record.entities:
        for m in entity.mentions:
            assert 0 <= m.start < m.end <= len(TEXT)


def test_every_offset_indexes_the_text():
    record = extract(TEXT)
    spans = [m for e in record.entities for m in e.mentions]
    spans += [q.content for q in record.quotes] + [p for p in record.places]
    spans += [t for t in record.times] + [s for s in record.signals]
    for span in spans:
        assert 0 <= span.start <= span.end <= len(record.text)


def test_bad_articles_get_error_records_and_the_batch_goes_on():
    articles = [
        Article(id="empty", text="   \n"),
        Article(id="good", text=TEXT),
        Article(id="only-boilerplate", text="Leave a comment\n\nWe use cookies on this site.\n"),
        Article(id="bad-date", text=TEXT, published="yesterday"),
        Article.rejected("binary", "binary_content"),
    ]
    results = list(extract_many(articles))
    assert [r.id for r in results] == ["empty", "good", "only-boilerplate", "bad-date", "binary"]
    kinds = [r.error.code if isinstance(r, ErrorRecord) else "ok" for r in results]
    assert kinds == ["empty_text", "ok", "empty_text", "invalid_field", "binary_content"]


def test_a_failing_stage_becomes_an_internal_error_for_that_article(monkeypatch):
    def broken(analysis):
        if "Geneva" in analysis.text:
            raise RuntimeError("boom")

    monkeypatch.setitem(STAGES, "broken", broken)
    results = list(
        extract_many(
            [Article(id="a", text=TEXT), Article(id="b", text="Rain fell in Oslo on Monday.")],
            stages=["entities", "broken"],
        )
    )
    assert isinstance(results[0], ErrorRecord)
    assert results[0].error.code == "internal_error"
    assert "boom" in results[0].error.reason
    assert isinstance(results[1], Record)


def test_unknown_stage_is_a_usage_error():
    with pytest.raises(ValueError):
        list(extract_many([Article(id="a", text=TEXT)], stages=["nonsense"]))


def test_stages_can_be_dropped():
    record = extract(TEXT, stages=[])
    assert record.entities == [] and record.events == []


_PIECES = [
    "Moscow",
    "said",
    '"',
    "“",
    "”",
    "'",
    "«",
    "»",
    "he",
    "It",
    "they",
    "NATO",
    "will deploy",
    "troops",
    "in July",
    "Kyiv",
    "Mr. Smith",
    ",",
    ".",
    "\n\n",
    ":",
    "according to",
    "(",
    ")",
    "$5 million",
    "Last year",
    "•",
    "the Pentagon chief",
    "100,000",
    "Zapad",
    "not",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_any_mix_of_news_fragments_gives_a_valid_record_or_error(pieces):
    text = " ".join(pieces)
    result = next(extract_many([Article(id="h", text=text)], Settings(check_language=False)))
    payload = result.to_json_dict()
    jsonschema.validate(payload, load_schema())
    if isinstance(result, ErrorRecord):
        assert result.error.code != "internal_error", result.error.reason


def test_text_longer_than_the_limit_is_rejected_not_parsed():
    long_text = "The minister met the envoy in Riga. " * 100
    results = list(
        extract_many(
            [Article(id="long", text=long_text), Article(id="ok", text=TEXT)],
            Settings(max_chars=1000),
        )
    )
    assert isinstance(results[0], ErrorRecord) and results[0].error.code == "too_large"
    assert isinstance(results[1], Record)


def test_a_parse_failure_fails_only_its_article(monkeypatch):
    from dateline import nlp as nlp_module

    real = nlp_module.load(Settings().model)

    class Fussy:
        def pipe(self, texts):
            for text in texts:
                yield self(text)

        def __call__(self, text):
            if "Geneva" in text:
                raise ValueError("cannot parse this")
            return real(text)

    monkeypatch.setattr(nlp_module, "load", lambda model: Fussy())
    results = list(
        extract_many([Article(id="a", text=TEXT), Article(id="b", text="Rain fell in Oslo.")])
    )
    assert isinstance(results[0], ErrorRecord)
    assert "cannot parse this" in results[0].error.reason
    assert isinstance(results[1], Record)


def test_published_may_be_a_date_or_an_iso_string() -> None:
    from datetime import date, datetime

    text = "The council met last Wednesday and will vote next year."
    values = {
        str(getattr(extract(text, published=p), "published", None))
        for p in (date(2021, 3, 5), datetime(2021, 3, 5, 14, 30), "2021-03-05")
    }
    assert values == {"2021-03-05"}


# -- per-article time limit -------------------------------------------------------------------


def _stall_on(marker: str, stage: str, monkeypatch) -> None:
    """Make one stage spin (CPU-bound, like a backtracking regex) on texts holding ``marker``."""
    real = STAGES[stage]

    def spin(analysis) -> None:
        while marker in analysis.text:
            pass
        real(analysis)

    monkeypatch.setitem(STAGES, stage, spin)


def test_an_article_over_the_time_limit_is_rejected_and_the_batch_goes_on(monkeypatch):
    list(extract_many([Article(id="warm", text=TEXT)]))  # load models outside the timing
    _stall_on("STALL", "quotes", monkeypatch)
    articles = [
        Article(id="a", text=TEXT),
        Article(id="b", text=TEXT.replace("envoys", "STALL envoys")),
        Article(id="c", text=TEXT),
    ]
    results = list(extract_many(articles, time_limit=0.3))
    assert [r.id for r in results] == ["a", "b", "c"]
    assert isinstance(results[0], Record) and isinstance(results[2], Record)
    assert isinstance(results[1], ErrorRecord)
    assert results[1].error.code == "timed_out"
    assert "quotes stage" in results[1].error.reason and "0.3 s" in results[1].error.reason


def test_a_stage_cannot_swallow_the_time_limit(monkeypatch):
    list(extract_many([Article(id="warm", text=TEXT)]))  # load models outside the timing

    def stubborn(analysis) -> None:
        while True:
            try:
                while True:
                    pass
            except Exception:  # what a careless stage does; the limit must still win
                continue

    monkeypatch.setitem(STAGES, "times", stubborn)
    (result,) = extract_many([Article(id="a", text=TEXT)], time_limit=0.3)
    assert result.error.code == "timed_out"


def test_a_slow_parse_times_out_only_its_own_article(monkeypatch):
    from dateline import nlp as nlp_module

    list(extract_many([Article(id="warm", text=TEXT)], stages=["entities"]))
    real = nlp_module.load(Settings().model)

    class SlowOnMarker:
        def pipe(self, texts):
            for text in texts:
                yield self(text)

        def __call__(self, text):
            while "STALL" in text:
                pass
            return real(text)

    monkeypatch.setattr(nlp_module, "load", lambda name: SlowOnMarker())
    articles = [
        Article(id="a", text=TEXT),
        Article(id="b", text=TEXT.replace("envoys", "STALL envoys")),
    ]
    results = list(extract_many(articles, stages=["entities"], time_limit=0.3))
    assert isinstance(results[0], Record)
    assert results[1].error.code == "timed_out" and "parsing" in results[1].error.reason


def test_a_zero_time_limit_means_none_and_the_env_sets_the_default(monkeypatch):
    from dateline.engine.limits import DEFAULT_TIME_LIMIT, default_time_limit
    from dateline.engine.limits import resolve as _limit

    monkeypatch.delenv("DATELINE_TIME_LIMIT", raising=False)
    assert _limit(None) == DEFAULT_TIME_LIMIT == 120
    assert _limit(0) is None and _limit(5) == 5
    monkeypatch.setenv("DATELINE_TIME_LIMIT", "0")
    assert default_time_limit() is None
    monkeypatch.setenv("DATELINE_TIME_LIMIT", "2.5")
    assert _limit(None) == 2.5


def test_the_time_limit_leaves_no_alarm_behind(monkeypatch):
    import signal

    list(extract_many([Article(id="a", text=TEXT)], time_limit=5))
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)


def test_off_the_main_thread_the_limit_is_not_enforced_but_nothing_breaks():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        result = pool.submit(lambda: extract(TEXT, id="t")).result()
    assert isinstance(result, Record)


def test_time_limit_restores_the_caller_s_handler_and_leaves_its_timer_alone():
    import signal
    import time

    from dateline.engine.limits import TimeLimitExceeded, time_limit

    def mine(signum, frame) -> None:
        pass

    previous = signal.signal(signal.SIGALRM, mine)
    try:
        with pytest.raises(TimeLimitExceeded), time_limit(0.05):
            while True:
                pass
        assert signal.getsignal(signal.SIGALRM) is mine
        signal.setitimer(signal.ITIMER_REAL, 5)  # the caller's own timer: not ours to touch
        with time_limit(0.01):
            time.sleep(0.05)
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("seconds", [float("inf"), 1e12, float("nan")])
def test_an_endless_time_limit_means_none_and_fails_no_article(seconds, monkeypatch):
    from dateline.engine.limits import default_time_limit, resolve

    assert resolve(seconds) is None
    monkeypatch.setenv("DATELINE_TIME_LIMIT", str(seconds))
    assert default_time_limit() is None
    # setitimer cannot take such a timeout: armed, it failed every article as internal_error.
    assert isinstance(extract(TEXT, time_limit=seconds), Record)


def test_a_sigalrm_handler_installed_outside_python_is_left_in_place(monkeypatch):
    import signal
    import time

    from dateline.engine.limits import time_limit

    def could_not_restore(*args) -> None:
        raise AssertionError("replaced a handler that signal.signal cannot put back")

    monkeypatch.setattr(signal, "getsignal", lambda signum: None)  # how a C handler reads
    monkeypatch.setattr(signal, "signal", could_not_restore)
    with time_limit(0.01):
        time.sleep(0.03)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_the_warm_up_runs_only_when_an_article_is_to_be_parsed(monkeypatch):
    from dateline import pipeline

    calls: list[str] = []
    monkeypatch.setattr(pipeline, "_warm_up", lambda nlp, settings, stages, limit: calls.append(""))
    list(extract_many([], time_limit=5))
    list(extract_many([Article(id="empty", text="  ")], time_limit=5))
    assert calls == []  # a resume that skips or rejects everything loads no stage's models
    list(extract_many([Article(id="a", text=TEXT)], stages=["entities"], time_limit=5))
    list(extract_many([Article(id="a", text=TEXT)], stages=["entities"], time_limit=0))
    assert len(calls) == 1


def test_the_time_limit_fires_again_if_its_first_exception_is_swallowed():
    import time

    from dateline.engine.limits import TimeLimitExceeded, time_limit

    def swallowing_once(deadline: float) -> None:
        """Like a Cython callback or a __del__, which print an exception and carry on."""
        try:
            while time.perf_counter() < deadline:
                pass
        except TimeLimitExceeded:
            pass
        while time.perf_counter() < deadline:
            pass

    start = time.perf_counter()
    with pytest.raises(TimeLimitExceeded), time_limit(0.05):
        swallowing_once(start + 3.0)
    assert time.perf_counter() - start < 2.0
