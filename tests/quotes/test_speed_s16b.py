"""Each position-indexed scan of the quote span stage gives what the direct scan over every
attribution or quotation mark gives (no timing)."""

from __future__ import annotations

import copy
import random

import pytest

from dateline.quotes import find as find_module
from dateline.quotes.attr import Attr, SpanIndex, overlap
from dateline.quotes.candidate import Candidate
from dateline.quotes.filters import carried, quoted_source, within
from dateline.quotes.floating import _is_nested
from dateline.quotes.marks import find_quote_spans
from dateline.quotes.tagged import _Marks, _widen

TEXTS = [
    'Mayor Ana Ruiz said on Monday: "We will not wait for them."  "It is late," she added. '
    "Critics say the plan, which officials described as \u201ca bold step,\u201d would fail.\n\n"
    '"A," said the minister, who said the talks failed. "But we go on and on and on."\n\n'
    "The union warned that strikes would follow, according to a statement. He voted "
    '"to fill a vacancy," per the bylaws. Clinton is expected to win the state.',
    '"We are ready to fight for this," Lee told reporters. "Nobody will stop us." '
    "Officials, who asked not to be named, said the deal was close.\n\n"
    "\u201cThe bullying,\u201d Wallace said, \u201cmust end now before it spreads.\u201d",
]


def _random_span(rng: random.Random, size: int) -> tuple[int, int]:
    start = rng.randrange(-2, size)
    return (start, start + rng.choice([-3, 0, 1, 2, 5, 9, 30, rng.randrange(size)]))


def _meets(span: tuple[int, int], lo: int, hi: int) -> bool:
    return span[0] <= span[1] and span[0] <= hi and span[1] >= lo


@pytest.mark.parametrize("seed", range(6))
def test_near_holds_every_span_it_should(seed):
    rng = random.Random(seed)
    index = SpanIndex(_random_span(rng, 120) for _ in range(rng.randrange(0, 60)))
    for step in range(300):
        if index.spans and step % 7 == 0:
            index.replace(rng.randrange(len(index.spans)), _random_span(rng, 120))
        elif step % 5 == 0:
            index.add(_random_span(rng, 120))
        lo, hi = sorted((rng.randrange(-5, 130), rng.randrange(-5, 130)))
        near = index.near(lo, hi)
        assert near == sorted(set(near))
        want = [i for i, s in enumerate(index.spans) if _meets(s, lo, hi) or s[0] > s[1]]
        assert set(want) <= set(near)
        query = _random_span(rng, 120)
        assert index.overlapping(query) == [
            i for i, s in enumerate(index.spans) if overlap(s, query) > 0
        ]


def _attrs(rng: random.Random, size: int, count: int) -> list[Attr]:
    out = []
    for _ in range(count):
        content = _random_span(rng, size)
        cue = _random_span(rng, size) if rng.random() < 0.7 else None
        source = _random_span(rng, size) if rng.random() < 0.6 else None
        parts = [content, _random_span(rng, size)] if rng.random() < 0.2 else None
        out.append(Attr(Candidate(content, cue, None, source, 0.5), parts=parts))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_filters_match_their_scans(parse, seed):
    rng = random.Random(seed)
    doc = parse(TEXTS[seed % len(TEXTS)])
    size = len(doc.text)
    marks = find_quote_spans(doc.text)
    mark_spans = SpanIndex((q.start, q.end) for q in marks)
    attrs = _attrs(rng, size, 80)
    contents = SpanIndex(a.cand.content for a in attrs)
    quoted = [p for a in attrs[::2] for p in a.pieces]
    for a in attrs:
        assert within(a, SpanIndex(quoted)) == within(a, quoted)
        assert _is_nested(a, attrs, contents) == _is_nested(a, attrs)
        assert carried(doc, a, attrs, contents) == carried(doc, a, attrs)
        assert quoted_source(doc, a, marks, mark_spans) == quoted_source(doc, a, marks)
        content = a.cand.content
        assert find_module._kind(doc, content, marks, mark_spans) == find_module._kind(
            doc, content, marks
        )


def _short_attrs(rng: random.Random, size: int, count: int) -> list[Attr]:
    """One-piece attributions with short, mostly apart spans, so that some can widen."""
    out = []
    for _ in range(count):
        start = rng.randrange(0, size - 10)
        cue = (start + 7, start + 9) if rng.random() < 0.3 else None
        out.append(Attr(Candidate((start, start + 6), cue, None, None, 0.5)))
    return out


@pytest.mark.parametrize("seed", range(4))
def test_widen_matches_its_scan(parse, seed):
    rng = random.Random(seed)
    doc = parse(TEXTS[seed % len(TEXTS)])
    indexed = _short_attrs(rng, len(doc.text), 25)
    scanned = copy.deepcopy(indexed)
    before = [a.cand.content for a in indexed]
    marks = _Marks(indexed)
    for k, (a, b) in enumerate(zip(indexed, scanned, strict=True)):
        lo, hi = a.cand.content
        tagged = Candidate(
            (lo - rng.randrange(0, 12), hi + rng.randrange(0, 12)), None, None, None, 0.9
        )
        if k % 3 == 0:  # as add_crf fills a missing source
            a.cand.source = b.cand.source = (hi + 20, hi + 24)
            marks.add(a, a.cand.source)
        _widen(doc, a, tagged, indexed, marks)
        _widen(doc, b, tagged, scanned)
        assert a.cand.content == b.cand.content
    after = [a.cand.content for a in indexed]
    assert after == [b.cand.content for b in scanned]
    assert after != before  # some grew, some were kept from swallowing another's span


def _every_position(self: SpanIndex, lo: int, hi: int) -> list[int]:
    """The direct scan: every span is looked at."""
    return list(range(len(self.spans)))


@pytest.mark.parametrize("text", TEXTS)
def test_find_quotes_matches_the_direct_scans(parse, monkeypatch, text):
    doc = parse(text)
    indexed = [q.model_dump() for q in find_module.find_quotes(doc)]
    monkeypatch.setattr(SpanIndex, "near", _every_position)
    direct = [q.model_dump() for q in find_module.find_quotes(parse(text))]
    assert indexed == direct
    assert indexed  # the texts hold reports, so the scans had something to find
