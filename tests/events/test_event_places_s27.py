"""Label cleaning in the event-place trainer (scripts/train_event_places.py ``--clean``).

The labelled corpus leaves real places unlabelled: one annotation batch marks "no place" on
most sentences that name one, a place named twice is labelled at one mention only, and when
the gold place is a village the places stage never finds, its container city counts as wrong.
"""

from __future__ import annotations

import pytest

from dateline.events.location import Option, PlacePlan
from dateline.records import Place

pytest.importorskip("sklearn")  # the trainer needs the train extra


def _place(start: int, name: str, geonameid: int | None = None) -> Place:
    return Place(
        start=start, end=start + len(name), text=name, name=name, kind="city", geonameid=geonameid
    )


def _group(trainer, source: str, gold: list, places: list[Place], gold_ids=frozenset()):
    """A sentence whose rows label each mention right when it overlaps ``gold``."""
    rows = [({"bias": 1.0}, int(any(p.start < e and s < p.end for s, e in gold))) for p in places]
    plan = PlacePlan([Option({"bias": 1.0}, p, p) for p in places])
    return trainer.Group(plan, gold, rows, source, places, frozenset(gold_ids))


def test_a_batch_that_leaves_most_named_places_unlabelled_is_unreliable(trainer) -> None:
    town = _place(30, "Tadmor")
    sloppy = [_group(trainer, "wire-b", [], [town]) for _ in range(8)]
    sloppy += [_group(trainer, "wire-b", [(30, 36)], [town]) for _ in range(2)]
    careful = [_group(trainer, "wire-a", [(30, 36)], [town]) for _ in range(6)]
    careful += [_group(trainer, "wire-a", [], [town]) for _ in range(4)]
    assert trainer.unreliable_sources(sloppy + careful) == {"wire-b"}


def test_no_place_cleaning_drops_only_the_unreliable_batchs_no_place_sentences(trainer) -> None:
    town = _place(30, "Tadmor")
    sloppy = [_group(trainer, "wire-b", [], [town]) for _ in range(8)]
    sloppy += [_group(trainer, "wire-b", [(30, 36)], [town]) for _ in range(2)]
    sloppy += [_group(trainer, "wire-b", [], [])]  # names no place: its label is safe
    careful = [_group(trainer, "wire-a", [], [town]) for _ in range(3)]
    careful += [_group(trainer, "wire-a", [(30, 36)], [town]) for _ in range(3)]
    cleaned = trainer.clean(sloppy + careful, {"no-place"})
    assert len(cleaned) == 2 + 1 + 6
    assert all(g.gold or g.source == "wire-a" or not g.rows for g in cleaned)


def test_same_entry_labels_the_other_mention_of_the_gold_place_right(trainer) -> None:
    first = _place(20, "Mostar", geonameid=3194828)
    second = _place(50, "Mostar", geonameid=3194828)
    elsewhere = _place(70, "Sarajevo", geonameid=3191281)
    group = _group(trainer, "wire-a", [(50, 56)], [first, second, elsewhere], {3194828})
    cleaned = trainer.same_entry(group)
    assert [y for _, y in cleaned.rows] == [1, 1, 0]
    assert (20, 26) in cleaned.gold
    assert cleaned.right({"weights": {}, "bias": 0.0, "threshold": 0.3})


def test_unfound_gold_sentences_teach_no_rows_but_still_count(trainer) -> None:
    city = _place(40, "Baghdad")
    group = _group(trainer, "wire-a", [(10, 20)], [city])  # the gold district was not found
    (cleaned,) = trainer.clean([group], {"unfound"})
    assert cleaned.rows == [] and cleaned.gold == [(10, 20)]
    assert not cleaned.right({"weights": {}, "bias": 0.0, "threshold": 0.3})


def test_reliable_part_leaves_out_only_the_unreliable_batchs_named_no_place(trainer) -> None:
    town = _place(30, "Tadmor")
    named_empty = _group(trainer, "wire-b", [], [town])
    unnamed_empty = _group(trainer, "wire-b", [], [])
    labelled = _group(trainer, "wire-b", [(30, 36)], [town])
    other = _group(trainer, "wire-a", [], [town])
    held = [named_empty, unnamed_empty, labelled, other]
    assert trainer.reliable_part(held, {"wire-b"}) == [unnamed_empty, labelled, other]
    line = trainer.held_out_line({"weights": {}, "bias": 0.0, "threshold": 0.3}, held, held[1:])
    assert line.startswith("held-out: 2/4 = 0.500 (reliable labels: 2/3")
