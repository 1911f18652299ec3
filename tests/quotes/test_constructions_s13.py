"""Thirteenth round: whole tagged attributions from a lower probability, a finite verb after an
infinitive content as the reporter's, inch marks inside quotations, and widening a broken parse
span to the tagger's from a lower probability."""

from __future__ import annotations

from dateline_helpers import quotes_in as _quotes
from dateline_helpers import source_text as _src
from dateline_helpers import with_fragment as _with

from dateline.quotes.find import _Attr, _new_from, _phrase, _widen
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.syntax import Candidate


def _tagged(parse, text: str, source: str, roles: set[str]) -> Candidate:
    doc = parse(text)
    at = text.index(source)
    span = doc.char_span(at, at + len(source))
    src = (at, at + len(source))
    return Candidate((0, 5), (6, 9), span.root, src, 0.9, tagged=frozenset(roles))


def test_whole_tagged_attribution_counts_from_a_lower_probability(parse) -> None:
    text = "Two senior officials said the talks would resume in May."
    full = _tagged(parse, text, "Two senior officials", {"Q", "S"})
    assert _new_from(full) < _new_from(_tagged(parse, text, "Two senior officials", {"Q"}))
    assert _new_from(_tagged(parse, text, "Two senior officials", {"S"})) > _new_from(full)


def test_tagged_source_must_be_one_phrase(parse) -> None:
    text = "The plan would be brief but signal strong US backing for the Baltic states."
    doc = parse(text)
    at = text.index("signal strong US")
    assert not _phrase(doc, (at, at + len("signal strong US")))
    at = text.index("strong US backing")
    assert _phrase(doc, (at, at + len("strong US backing")))
    broken = _tagged(parse, text, "signal strong US", {"Q", "S"})
    assert _new_from(broken) == _new_from(_tagged(parse, text, "signal strong US", set()))


def test_finite_verb_after_infinitive_content_is_the_reporters(parse) -> None:
    text = "The governor vowed to keep the plant open and praised the workers on Monday."
    (q,) = _with(_quotes(parse, text), text, "keep the plant")
    assert "praised" not in text[q.content.start : q.content.end]
    assert _src(text, q) == "The governor"


def test_finite_clause_content_keeps_its_own_conjunct(parse) -> None:
    text = "The mayor said the storm flooded the town and destroyed two bridges."
    (q,) = _with(_quotes(parse, text), text, "flooded")
    assert "destroyed two bridges" in text[q.content.start : q.content.end]


def test_inch_mark_does_not_close_a_quotation() -> None:
    text = "“He is taller than me; he’s like 6’2”, and he never lets me forget it,” Ruiz said."
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end].endswith("forget it,”")
    straight = 'Lee said "the new center is 6\'11" and fast" before the game.'
    (span,) = find_quote_spans(straight)
    assert straight[span.start : span.end] == '"the new center is 6\'11" and fast"'


def test_inch_quotation_goes_to_its_speaker(parse) -> None:
    text = "“He is taller than me; he’s like 6’2”, and he never lets me forget it,” Ruiz said."
    (q,) = [q for q in _quotes(parse, text) if q.kind == "direct"]
    assert text[q.content.start : q.content.end].endswith("forget it,”")
    assert _src(text, q) == "Ruiz"


def test_report_widens_to_a_fairly_sure_tagged_span(parse) -> None:
    text = "Aides asked how Trump digests major news events."
    doc = parse(text)
    short = (text.index("how"), text.index(" major"))
    whole = (short[0], text.index("."))
    cue = (text.index("asked"), text.index("asked") + 5)
    a = _Attr(Candidate(short, cue, doc[0], (0, 5), 0.9))
    _widen(doc, a, Candidate(whole, cue, None, None, 0.7), [a])
    assert a.cand.content == whole
    b = _Attr(Candidate(short, cue, doc[0], (0, 5), 0.9))
    _widen(doc, b, Candidate(whole, cue, None, None, 0.5), [b])
    assert b.cand.content == short
