"""The speed-ups of the integrity stage give exactly what the direct computations gave."""

from __future__ import annotations

import math

from datasketch import MinHash
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.integrity._index import columns, content_lemmas
from dateline.integrity._text import paragraphs
from dateline.integrity.house_style import bare_surnames
from dateline.integrity.repeats import _sketch
from dateline.integrity.spin import fingerprint_hits, grams_of, words
from dateline.integrity.stitch_idf import _best_matches

TEXT = (
    "The ministers said they would meet the envoys again on Tuesday.\n\n"
    "Running late, Mr. Okafor was dining in Porto's old town with 12 aides.\n\n"
    "Okafor told reporters the talks would resume, according to Ms. Lindqvist.\n"
)


def test_columns_read_what_the_tokens_say(nlp):
    doc = nlp(TEXT)
    cols = columns(doc)
    assert cols.pos == [t.pos_ for t in doc]
    assert cols.lemma == [t.lemma_.lower() for t in doc]
    assert cols.lower == [t.lower_ for t in doc]
    assert cols.dep == [t.dep_ for t in doc]
    assert cols.head == [t.head.i for t in doc]
    assert cols.stop == [t.is_stop for t in doc]
    assert cols.alpha == [t.is_alpha for t in doc]
    assert cols.space == [not t.text.strip() for t in doc]


def test_content_lemmas_keep_text_order(nlp):
    doc = nlp(TEXT)
    tags = frozenset(["NOUN", "VERB"])
    expected = [t.lemma_.lower() for t in doc if t.pos_ in tags and not t.is_stop and t.is_alpha]
    assert content_lemmas(doc, 0, len(doc), tags) == expected
    assert "minister" in expected


def test_columns_follow_a_new_document(nlp):
    first, second = nlp("Rain fell."), nlp("The council voted twice.")
    assert len(columns(first).pos) == len(first)
    assert columns(second).lower == [t.lower_ for t in second]


def test_sketch_equals_one_word_at_a_time():
    words_ = {"ceasefire", "border", "talks", "envoy", "monday"}
    direct = MinHash(num_perm=64, seed=7)
    for w in words_:
        direct.update(w.encode("utf8"))
    assert (_sketch(words_).hashvalues == direct.hashvalues).all()
    assert (_sketch(set()).hashvalues == MinHash(num_perm=64, seed=7).hashvalues).all()


def _direct_best(vecs: list[dict[str, float]]) -> list[float]:
    """Each vector's highest cosine with any other, pair by pair."""
    out = []
    for k, a in enumerate(vecs):
        best = None
        for j, b in enumerate(vecs):
            if j == k or not set(a) & set(b):
                continue
            num = sum(v * b.get(w, 0.0) for w, v in a.items())
            den = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
            cos = num / den if den else 0.0
            best = cos if best is None else max(best, cos)
        out.append(0.0 if best is None else max(best, 0.0))
    return out


_vectors = st.lists(
    st.dictionaries(
        st.sampled_from([f"w{i}" for i in range(12)]),
        st.sampled_from([0.0, 0.25, 1.0, 1.7, 3.1]),
        max_size=6,
    ),
    max_size=9,
)


@settings(max_examples=300, deadline=None)
@given(_vectors)
def test_best_matches_equal_the_pairwise_maximum(vecs):
    direct = _direct_best(vecs)
    assert _best_matches(vecs) == direct  # pair by pair
    assert _best_matches(vecs, rough_from=0) == direct  # numpy first, then the best exactly


def test_bare_surnames_count_whole_words_only():
    text = (
        "Mr. Okafor met Ms. Lindqvist in Lagos.\n\n"
        "Later Mr. Okafor spoke again.\n\n"
        "Okafor said Okafors and McOkafor were absent, and Lindqvist agreed.\n"
    )
    paras = paragraphs(text)
    assert bare_surnames(text, paras, 2) == 2  # "Okafor", "Lindqvist"; not "Okafors"/"McOkafor"
    assert bare_surnames(text, paras, 0) == 0  # only one titled name outside it


def test_fingerprint_hits_match_every_gram():
    text = "The Russian Federation said the north atlantic treaty drills were military workouts."
    table = {
        "fingerprints": {"russian federation": 1.0, "military workouts": 0.8, "drills <lw>": 0.3},
        "cores": {},
    }
    direct = [
        (start, end, gram)
        for run in words(text)
        for start, end, gram in grams_of(run)
        if gram in table["fingerprints"]
    ]
    assert [(h.start, h.end, h.gram) for h in fingerprint_hits(text, None, table)] == direct
    assert len(direct) == 3
