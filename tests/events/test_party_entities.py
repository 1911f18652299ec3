"""The party helpers read entities from token IOB tags (``doc.ents`` rebuilds every entity on
each read, quadratic over a long article): they must give what ``doc.ents`` gives."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.config import Settings
from dateline.events.parties import _entity_at, _ents_within, coordinated, phrase_span
from dateline.nlp import load

TEXT = (
    "US and British officials met Vladimir Putin in Moscow on Monday. The European Union and "
    "the United Nations said the talks in Geneva would resume."
)


def _doc() -> Doc:
    return load(Settings().model)(TEXT)


def test_entities_from_tags_match_doc_ents() -> None:
    doc = _doc()
    expected = [(e.start, e.end, e.label_) for e in doc.ents]
    assert [(e.start, e.end, e.label_) for e in _ents_within(doc, 0, len(doc))] == expected
    for e in doc.ents:
        for tok in e:
            got = _entity_at(tok)
            assert (got.start, got.end, got.label_) == (e.start, e.end, e.label_)


def test_entities_cut_by_the_range_are_left_out() -> None:
    doc = _doc()
    ent = next(e for e in doc.ents if len(e) > 1)
    inside = _ents_within(doc, ent.start + 1, len(doc))
    assert all(e.start > ent.start for e in inside)
    assert all(e.end <= ent.start + 1 for e in _ents_within(doc, 0, ent.start + 1))


def test_phrase_and_coordination_use_the_whole_name() -> None:
    doc = _doc()
    putin = next(t for t in doc if t.text == "Putin")
    assert TEXT[slice(*phrase_span(putin))] == "Vladimir Putin"
    officials = next(t for t in doc if t.text == "officials")
    assert [t.text for t in coordinated(officials)] == ["US", "British"]
