"""A per-article time limit that really stops CPU-bound Python work (a backtracking regex, a
parse that explodes), so that one pathological article cannot stall a batch of a million.

It uses ``signal.setitimer`` and SIGALRM: the handler raises :class:`TimeLimitExceeded` at the
next Python instruction of the main thread, inside C regex matching too. Where that cannot work
(off the main thread, no SIGALRM on the platform, or a caller's own SIGALRM timer already
running) the limit is not enforced rather than disturbing the caller.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "Budget",
    "TimeLimitExceeded",
    "default_time_limit",
    "resolve",
    "time_limit",
]

log = logging.getLogger(__name__)

# Seconds; a normal news article takes well under one, a very long one a few.
DEFAULT_TIME_LIMIT = 120.0


class TimeLimitExceeded(BaseException):
    """Raised in the main thread when an article's time is up.

    A ``BaseException``, like ``KeyboardInterrupt``, so that a stage's ``except Exception``
    cannot swallow it and carry on past the limit.
    """


def default_time_limit() -> float | None:
    """``DATELINE_TIME_LIMIT`` seconds (0 or ``none`` disables), else the default."""
    value = (os.environ.get("DATELINE_TIME_LIMIT") or "").strip().lower()
    if value in ("0", "none", "off"):
        return None
    try:
        seconds = float(value) if value else DEFAULT_TIME_LIMIT
    except ValueError:
        log.warning("ignoring DATELINE_TIME_LIMIT=%r: not a number of seconds", value)
        return DEFAULT_TIME_LIMIT
    return seconds if seconds > 0 else None


def resolve(time_limit: float | None) -> float | None:
    """The limit in force: None means the default, 0 or less means none (returned as None)."""
    if time_limit is None:
        return default_time_limit()
    return time_limit if time_limit > 0 else None


def _can_interrupt() -> bool:
    if not hasattr(signal, "setitimer"):
        return False
    if threading.current_thread() is not threading.main_thread():
        return False
    # Someone else's timer (pytest-timeout, a host application) is running: leave it alone.
    return signal.getitimer(signal.ITIMER_REAL)[0] == 0.0


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the body once ``seconds`` have passed (None: never)."""
    if seconds is None or not _can_interrupt():
        yield
        return
    if seconds <= 0:
        raise TimeLimitExceeded()
    armed = [True]

    def on_alarm(signum: int, frame: object) -> None:
        if armed[0]:  # a late signal, after the body ended, must not escape
            raise TimeLimitExceeded()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
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
