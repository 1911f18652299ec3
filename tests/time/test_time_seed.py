"""The seed article's time expressions through the whole pipeline (needs ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "examples" / "patriot-lithuania.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


def test_seed_times() -> None:
    from dateline import extract

    record = extract(SEED.read_text(encoding="utf-8"), id="patriot-lithuania")
    assert record.published == "2017-05-10"
    got = [(t.text, t.value, t.kind, t.mod) for t in record.times]
    assert got == [
        ("this summer", "2017-SU", "date", None),
        ("Wednesday, May 10, 2017", "2017-05-10", "date", None),
        ("July", "2017-07", "date", None),
        ("September", "2017-09", "date", None),
        ("Last year", "2016", "date", None),
        ("since early 2014", "2014", "date", "START"),
        ("2016", "2016", "date", None),
        ("by 2020", "2020", "date", "BEFORE"),
    ]
    since = next(t for t in record.times if t.text == "since early 2014")
    assert (since.start_date, since.end_date) == ("2014-01-01", "2017-05-10")
