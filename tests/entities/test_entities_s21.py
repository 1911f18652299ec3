"""Twenty-first-session entity rule: an opening quotation mark is no part of a name."""

from __future__ import annotations

from dateline import extract


def test_an_opening_quotation_mark_stays_out_of_a_name() -> None:
    record = extract(
        'Sanders released the "Medicare for all" plan on Sunday. The "Gang of Six" said it '
        "would fail."
    )
    names = [e.name for e in record.entities]
    assert "Gang of Six" in names
    assert not any(n.startswith(('"', "“")) for n in names)
