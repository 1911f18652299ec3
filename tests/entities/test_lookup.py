"""The indexed entity locator answers exactly as the plain scan does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.entities.lookup import EntityLocator, entity_at
from dateline.records import Entity, Span

_spans = st.tuples(st.integers(0, 200), st.integers(0, 12)).map(
    lambda t: Span(start=t[0], end=t[0] + t[1])
)
_entities = st.lists(st.lists(_spans, min_size=1, max_size=6), max_size=8).map(
    lambda groups: [
        Entity(id=f"E{i}", name=f"n{i}", type="PERSON", mentions=ms) for i, ms in enumerate(groups)
    ]
)


@settings(max_examples=300, deadline=None)
@given(_entities, st.integers(0, 220), st.integers(0, 30))
def test_locator_matches_the_scan(entities, start, length):
    end = start + length
    assert EntityLocator(entities).at(start, end) == entity_at(entities, start, end)


def test_a_tie_goes_to_the_first_entity_and_no_overlap_to_none():
    first = Entity(id="E1", name="a", type="ORG", mentions=[Span(start=10, end=14)])
    second = Entity(id="E2", name="b", type="ORG", mentions=[Span(start=12, end=16)])
    locator = EntityLocator([first, second])
    assert locator.at(12, 14).id == "E1"  # two characters each
    assert locator.at(14, 16).id == "E2"
    assert locator.at(20, 30) is None
    assert EntityLocator([]).at(0, 5) is None
