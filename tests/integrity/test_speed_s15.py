"""The fast paths of the fifteenth session give exactly what the direct computations gave."""

from __future__ import annotations

import math
import random
from collections import Counter

from dateline.geo.scoring import _Taken
from dateline.integrity.stitch_idf import _cos, _weights, idf_cohesion
from dateline.text_layout import QuoteMask
from dateline.time._find import _overlapping


def _direct_rest(counts: list[Counter[str]], idf: dict) -> list[float]:
    total: Counter[str] = Counter()
    for c in counts:
        total.update(c)
    return [_cos(_weights(c, idf), _weights(total - c, idf)) for c in counts]


def test_rest_cosines_are_bit_identical() -> None:
    rng = random.Random(3)
    words = [f"w{i}" for i in range(80)]
    for trial in range(60):
        counts = [
            Counter({rng.choice(words): rng.randint(1, 4) for _ in range(rng.randint(0, 12))})
            for _ in range(rng.randint(0, 12))
        ]
        idf = {"n": 40, "df": {w: rng.randint(1, 50) for w in words[::2]}} if trial % 2 else {}
        got = [row[0] for row in idf_cohesion(counts, idf)]
        assert [x.hex() if isinstance(x, float) else x for x in got] == [
            x.hex() if isinstance(x, float) else x for x in _direct_rest(counts, idf)
        ]


def test_best_matches_are_the_pairwise_maximum() -> None:
    rng = random.Random(4)
    words = [f"w{i}" for i in range(60)]
    for _ in range(40):
        counts = [
            Counter({rng.choice(words): rng.randint(1, 3) for _ in range(rng.randint(1, 10))})
            for _ in range(rng.randint(1, 10))
        ]
        idf = {"n": 30, "df": {w: rng.randint(1, 30) for w in words}}
        vecs = [_weights(c, idf) for c in counts]
        got = [row[2] for row in idf_cohesion(counts, idf)]
        want = [
            max((_cos(v, u) for j, u in enumerate(vecs) if j != k), default=0.0)
            for k, v in enumerate(vecs)
        ]
        assert [x.hex() for x in got] == [float(x).hex() for x in want]


def test_rest_cosine_of_a_lone_paragraph_is_zero() -> None:
    assert idf_cohesion([Counter({"talks": 2})], {})[0][0] == 0.0
    assert not math.isnan(idf_cohesion([Counter(), Counter({"a": 1})], {})[1][0])


def test_quoted_share_matches_a_scan_of_every_span() -> None:
    text = 'He said "we will stay" and left.\n\n"Never," she said, "not ever."\n\nNo quotes.'
    mask = QuoteMask(text)
    for start in range(len(text)):
        for end in range(start, len(text) + 1, 3):
            covered = sum(max(0, min(end, b) - max(start, a)) for a, b in mask.spans)
            want = covered / (end - start) if end > start else 0.0
            assert mask.quoted_share(start, end) == want


def test_overlap_lookups_match_a_scan() -> None:
    rng = random.Random(5)
    for _ in range(200):
        cuts = sorted(rng.sample(range(200), 12))
        names = [(cuts[k], cuts[k + 1]) for k in range(0, 12, 2)]  # sorted, disjoint
        s = rng.randint(0, 200)
        c = (s, s + rng.randint(0, 30), False)
        want = [(a, b) for a, b in names if a < c[1] and c[0] < b]
        assert _overlapping(names, [b for _, b in names], c) == want
        spans = [(a, a + rng.randint(0, 40)) for a in rng.sample(range(200), 8)]  # may overlap
        taken = _Taken(spans)
        assert taken.overlaps(c[0], c[1]) == any(a < c[1] and c[0] < b for a, b in spans)


def test_sentence_entities_match_spacy() -> None:
    from dateline.config import Settings
    from dateline.nlp import load
    from dateline.text_layout import span_ents

    nlp = load(Settings().model)
    for text in (
        "On Monday, May 8, Lithuania said 3,000 troops would arrive in Vilnius. "
        "NATO met in Brussels on Tuesday. Nobody else spoke.",
        "Angela Merkel and Emmanuel Macron met in Paris. They spoke for an hour.",
    ):
        doc = nlp(text)
        spans = [*doc.sents, doc[2:9], doc[0:0], doc[len(doc) - 3 :]]
        for span in spans:
            assert [(e.start, e.end) for e in span_ents(span)] == [
                (e.start, e.end) for e in span.ents
            ]
        assert [(e.start, e.end) for e in span_ents(doc)] == [(e.start, e.end) for e in doc.ents]


def test_sentence_entities_of_two_documents_read_in_turn() -> None:
    """The entity table is each document's own: reading two documents in turn (as two
    threads would) never answers one with the other's entities."""
    from dateline.config import Settings
    from dateline.nlp import load
    from dateline.text_layout import span_ents

    nlp = load(Settings().model)
    first = nlp("Angela Merkel met Emmanuel Macron in Paris on Monday.")
    second = nlp("The talks in Vilnius ended. Dalia Grybauskaite spoke to NATO.")
    for _ in range(2):
        for doc in (first, second):
            for sent in doc.sents:
                assert [e.text for e in span_ents(sent)] == [e.text for e in sent.ents]


def test_near_sketches_are_the_minhash_test() -> None:
    import numpy as np

    from dateline.integrity.repeats import _SKETCH_FLOOR, _near, _sketch

    sets = [{"troops", "border", "arrive"}, {"troops", "border", "leave"}, {"rain", "city"}]
    sketches = [_sketch(s) for s in sets]
    table = np.array([m.hashvalues for m in sketches])
    for j in range(len(sets)):
        want = [i for i in range(j) if sketches[i].jaccard(sketches[j]) >= _SKETCH_FLOOR]
        assert _near(table, j) == want
