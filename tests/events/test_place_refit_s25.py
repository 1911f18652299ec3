"""The event-place trainer's minimum feature count (scripts/train_event_places.py).

A feature seen on fewer training candidates than the minimum gets no weight, so at run time it
counts as unseen; cross-validation picks the minimum on the train part only.
"""

from __future__ import annotations

import pytest

from dateline.events.location import Option, PlacePlan
from dateline.records import Place

pytest.importorskip("sklearn")  # the trainer needs the train extra


def _groups(trainer) -> list:
    """Twelve sentences: the place after "in" is right, the one after "from" is not; one
    sentence also carries a one-off carrier word."""
    out = []
    for n in range(12):
        right = {"bias": 1.0, "prep=in": 1.0}
        wrong = {"bias": 1.0, "prep=from": 1.0}
        if n == 0:
            wrong["carrier=bazaar"] = 1.0
        here = Place(start=0, end=4, text="Homs", name="Homs", kind="city")
        there = Place(start=10, end=14, text="Hama", name="Hama", kind="city")
        plan = PlacePlan([Option(right, here, here), Option(wrong, there, there)])
        out.append(trainer.Group(plan, [(0, 4)], [(right, 1), (wrong, 0)]))
    return out


def test_frequent_keeps_features_seen_often_enough(trainer) -> None:
    kept = trainer.frequent(_groups(trainer), 2)
    assert {"bias", "prep=in", "prep=from"} <= kept
    assert "carrier=bazaar" not in kept


def test_fit_gives_rare_features_no_weight(trainer) -> None:
    lean = trainer.fit(_groups(trainer), 1.0, min_count=2)
    full = trainer.fit(_groups(trainer), 1.0)
    assert "carrier=bazaar" not in lean["weights"]
    assert "carrier=bazaar" in full["weights"]
    assert lean["weights"]["prep=in"] > 0 > lean["weights"]["prep=from"]


def test_cross_validation_picks_a_setting_that_ranks_the_right_place(trainer) -> None:
    (c, min_count, threshold), cv = trainer.cross_validate(_groups(trainer) * 2, k=3)
    assert c in trainer.CS and min_count in trainer.MIN_COUNTS
    assert threshold in trainer.THRESHOLDS
    assert cv == 1.0
