"""How the labeller's spans merge with the parse's reports (eleventh round): a sure tagged
content widens the parse's content it covers, and absorbs a cue-less quotation inside it. The
labeller is replaced by fixed spans here, so these hold whatever model is shipped."""

from __future__ import annotations

import dateline.quotes.find as find
from dateline.quotes.syntax import Candidate
from dateline.records import Quote


def _span(text: str, fragment: str) -> tuple[int, int]:
    start = text.index(fragment)
    return start, start + len(fragment)


def _tagged(doc, content: str, cue: str, source: str | None, weight: float) -> Candidate:
    text = doc.text
    src = _span(text, source) if source else None
    tok = doc.char_span(*src, alignment_mode="expand").root if src else None
    return Candidate(_span(text, content), _span(text, cue), tok, src, weight)


def _run(monkeypatch, parse, text: str, *tagged: tuple) -> list[Quote]:
    doc = parse(text)
    cands = [_tagged(doc, *t) for t in tagged]
    monkeypatch.setattr(find, "crf_candidates", lambda _doc: cands)
    monkeypatch.setattr(find, "USE_TAGGER", False)
    return find.find_quotes(doc, [])


def _contents(text: str, quotes: list[Quote]) -> list[str]:
    return [text[q.content.start : q.content.end] for q in quotes]


TALKS = "Senator Hale discussed the budget dispute with reporters in Albany."


def test_parse_content_without_tagged_spans(monkeypatch, parse) -> None:
    quotes = _run(monkeypatch, parse, TALKS)
    assert "the budget dispute with reporters" in _contents(TALKS, quotes)


def test_sure_tagged_content_widens_the_content_it_covers(monkeypatch, parse) -> None:
    wide = "the budget dispute with reporters in Albany"
    quotes = _run(monkeypatch, parse, TALKS, (wide, "discussed", "Senator Hale", 0.9))
    (q,) = [q for q in quotes if "budget" in TALKS[q.content.start : q.content.end]]
    assert TALKS[q.content.start : q.content.end] == wide
    assert q.source is not None and TALKS[q.source.start : q.source.end] == "Senator Hale"


def test_unsure_tagged_content_does_not_widen(monkeypatch, parse) -> None:
    wide = "the budget dispute with reporters in Albany"
    quotes = _run(monkeypatch, parse, TALKS, (wide, "discussed", "Senator Hale", 0.5))
    assert wide not in _contents(TALKS, quotes)


def test_tagged_content_never_widens_over_the_cue(monkeypatch, parse) -> None:
    wide = "discussed the budget dispute with reporters in Albany"
    quotes = _run(monkeypatch, parse, TALKS, (wide, "Albany", None, 0.99))
    assert wide not in _contents(TALKS, quotes)
    assert "the budget dispute with reporters" in _contents(TALKS, quotes)


def test_tagged_content_does_not_swallow_another_report(monkeypatch, parse) -> None:
    text = "The mayor said the levy would pass and warned that rents would rise."
    wide = "the levy would pass and warned that rents would rise"
    quotes = _run(monkeypatch, parse, text, (wide, "said", "The mayor", 0.99))
    assert wide not in _contents(text, quotes)
    assert any("rents would rise" in c for c in _contents(text, quotes))


PAINTS = 'The new flyer shows the governor next to the words "a friend of the big banks" in red.'
CONTENT = 'the governor next to the words "a friend of the big banks"'


def test_sure_report_absorbs_the_quotation_inside_it(monkeypatch, parse) -> None:
    quotes = _run(monkeypatch, parse, PAINTS, (CONTENT, "shows", "The new flyer", 0.85))
    (q,) = [q for q in quotes if "big banks" in PAINTS[q.content.start : q.content.end]]
    assert PAINTS[q.content.start : q.content.end] == CONTENT
    assert q.source is not None and PAINTS[q.source.start : q.source.end] == "The new flyer"


def test_unsure_report_leaves_the_quotation_alone(monkeypatch, parse) -> None:
    quotes = _run(monkeypatch, parse, PAINTS, (CONTENT, "shows", "The new flyer", 0.5))
    assert CONTENT not in _contents(PAINTS, quotes)
    assert all(q.source is None for q in quotes)


def test_passive_naming_reports_no_one(monkeypatch, parse) -> None:
    text = 'The new fund will be called the "Harbour Recovery Fund" and will open in May.'
    content = 'the "Harbour Recovery Fund"'
    quotes = _run(monkeypatch, parse, text, (content, "called", "The new fund", 0.95))
    assert not any("Harbour" in c for c in _contents(text, quotes))
