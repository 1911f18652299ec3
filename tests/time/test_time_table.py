"""The expression table: every row of cases.tsv normalises as written (rows: conftest.py)."""

from __future__ import annotations

from dateline.time import normalise


def test_table_is_large_and_covers_the_seed(all_cases) -> None:
    texts = {c.text for c in all_cases}
    seed = {"this summer", "Wednesday, May 10, 2017", "in July", "September", "Last year",
            "since early 2014", "in 2016", "by 2020"}  # fmt: skip
    assert len(all_cases) >= 60
    assert seed <= texts


def test_expression(case) -> None:
    got = normalise(case.text, case.reference, case.tense)
    if not case.is_time:
        assert got is None
        return
    assert got is not None
    assert (got.value, got.kind, got.mod) == (case.value, case.kind or "date", case.mod)
    if case.dates is not None:
        assert (got.start_date, got.end_date) == case.dates
