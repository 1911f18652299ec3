"""A per-article time limit that really stops CPU-bound Python work (a backtracking regex, a
parse that explodes), so that one pathological article cannot stall a batch of a million.

It uses ``signal.setitimer`` and SIGALRM: the handler raises :class:`TimeLimitExceeded` at the
next Python instruction of the main thread, inside C regex matching too. Where that cannot work
(off the main thread, no SIGALRM on the platform, a caller's own SIGALRM timer already running,
or a SIGALRM handler installed outside Python, which could not be put back) the limit is not
enforced rather than disturbing the caller.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "Budget",
    "TimeLimitExceeded",
    "default_time_limit",
    "exceeded",
    "resolve",
    "time_limit",
]

log = logging.getLogger(__name__)

# Seconds; a normal news article takes well under one, a very long one a few.
DEFAULT_TIME_LIMIT = 120.0
# About three years: a longer limit (infinity too) is none, since setitimer cannot take it.
_NEVER = 1e8
# Seconds between repeats of the alarm, should code that cannot propagate an exception (a
# Cython callback, a __del__) print and swallow the first TimeLimitExceeded.
_REPEAT = 0.5


class TimeLimitExceeded(BaseException):
    """Raised in the main thread when an article's time is up.

    A ``BaseException``, like ``KeyboardInterrupt``, so that a stage's ``except Exception``
    cannot swallow it and carry on past the limit; and raised again every half second until
    the body ends, should something swallow it all the same.
    """


def default_time_limit() -> float | None:
    """``DATELINE_TIME_LIMIT`` seconds (0 or ``none`` disables), else the default."""
    value = (os.environ.get("DATELINE_TIME_LIMIT") or "").strip().lower()
    if value in ("0", "none", "off"):
        return None
    try:
        seconds = float(value) if value else DEFAULT_TIME_LIMIT
    except ValueError:
        _warn_bad_setting(value)
        return DEFAULT_TIME_LIMIT
    return _limit(seconds)


@lru_cache(maxsize=8)
def _warn_bad_setting(value: str) -> None:
    """Once per value: the default is read per batch and per HTML page."""
    log.warning("ignoring DATELINE_TIME_LIMIT=%r: not a number of seconds", value)


def resolve(time_limit: float | None) -> float | None:
    """The limit in force: None means the default; 0 or less, NaN or infinity mean none
    (returned as None)."""
    if time_limit is None:
        return default_time_limit()
    return _limit(time_limit)


def _limit(seconds: float) -> float | None:
    return seconds if 0 < seconds < _NEVER else None


def exceeded(seconds: float, phase: str) -> str:
    """A timed-out article's reason: the limit, where it stopped and how to change the limit."""
    return (
        f"over {seconds:g} s, stopped in {phase} "
        "(set --time-limit or DATELINE_TIME_LIMIT; 0 means no limit)"
    )


def _can_interrupt() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    # A handler installed from C reads as None: signal.signal could not put it back.
    if signal.getsignal(signal.SIGALRM) is None:
        return False
    # Someone else's timer (pytest-timeout, a host application) is running: leave it alone.
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the body once ``seconds`` have passed (None, NaN or
    more than about three years: never)."""
    if seconds is None or not seconds < _NEVER or not _can_interrupt():
        yield
        return
    if seconds <= 0:
        raise TimeLimitExceeded()
    armed = [True]

    def on_alarm(signum: int, frame: object) -> None:
        if armed[0]:  # a late signal, after the body ended, must not escape
            raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        try:
            armed[0] = False
        finally:  # even if the alarm lands on the line above, put everything back
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


class Budget:
    """What is left of one article's time limit as its phases (prepare, parse, stages) run."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.spent = 0.0

    def left(self) -> float | None:
        return None if self.seconds is None else self.seconds - self.spent

    @contextmanager
    def run(self) -> Iterator[None]:
        """Time the body against what is left, and charge what it took."""
        start = time.perf_counter()
        try:
            with time_limit(self.left()):
                yield
        finally:
            self.spent += time.perf_counter() - start
