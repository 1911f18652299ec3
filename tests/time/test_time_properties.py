"""Properties: the normaliser never crashes and never returns an inverted interval."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time import normalise

_WORDS = ["since", "by", "early", "mid-", "late", "the", "last", "next", "this", "every", "in",
          "summer", "winter", "July", "May", "Wednesday", "2014", "1990s", "Q3", "quarter",
          "week", "weekend", "three", "months", "ago", "days", "a.m.", "10", ":", "-", ",",
          "before", "after", "until", "past", "decade", "morning", "tonight", "more than",
          "half", "of", "year", "31", "Feb.", "29", "0", "9999", "'90s"]  # fmt: skip
_REFS = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
_TENSES = st.sampled_from([None, "past", "present", "future", "nonsense"])


def _check(text: str, reference: date | None, tense: str | None) -> None:
    got = normalise(text, reference, tense)
    if got is None:
        return
    if got.start_date and got.end_date:
        assert got.start_date <= got.end_date
    assert got.kind in ("date", "duration", "set")
    assert got.text == text and got.end == len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), _REFS, _TENSES)
def test_arbitrary_text_never_crashes(text: str, reference: date | None, tense: str) -> None:
    _check(text, reference, tense)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5), _REFS, _TENSES)
def test_time_like_text_is_consistent(words: list[str], reference: date | None, tense) -> None:
    _check(" ".join(words), reference, tense)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "He", "said", "on", "."]), max_size=12), _REFS)
def test_stage_without_parse_keeps_offsets_consistent(words: list[str], reference) -> None:
    from dateline.time._stage import find_times

    text = " ".join(words)
    times = find_times(text, None, reference)
    assert all(text[t.start : t.end] == t.text for t in times)
    assert all(a.end <= b.start for a, b in pairwise(times))
    assert all(not (t.start_date and t.end_date) or t.start_date <= t.end_date for t in times)
