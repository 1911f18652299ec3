"""Quotation-mark scanning: typographic, nested, unbalanced and multi-paragraph quotes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.quotes.marks import find_quote_spans


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_straight_and_typographic_marks() -> None:
    text = 'He said "we are ready" and “we will win” and «nous partons».'
    assert _texts(text) == ['"we are ready"', "“we will win”", "«nous partons»"]


def test_nested_straight_quotes_stay_one_quotation() -> None:
    text = '"They can not say "no" to the leaders", Ivanov added.'
    assert _texts(text) == ['"They can not say "no" to the leaders"']


def test_quote_continues_over_paragraph_opened_again() -> None:
    text = "“The first part goes on.\n\n“The second part ends here,” she said."
    assert _texts(text) == ["“The first part goes on.\n\n“The second part ends here,”"]


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = '"This is never closed\n\nA new paragraph without marks.'
    spans = find_quote_spans(text)
    assert len(spans) == 1 and not spans[0].closed
    assert text[spans[0].start : spans[0].end] == '"This is never closed'


def test_stray_closing_mark_is_ignored() -> None:
    assert _texts("An odd ” mark here.") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”‘’«»'„")), max_size=80))
def test_random_quote_characters_never_crash(text: str) -> None:
    spans = find_quote_spans(text)
    last = 0
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= last
        last = span.end
