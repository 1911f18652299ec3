"""Twenty-sixth round, places: the county pass reads each county's neighbours from an index of
the mentions by paragraph and sentence stretch, so a long local digest costs about one pass over
its mentions; the index must keep exactly the old reading of "no break between the two spans"."""

from __future__ import annotations

from itertools import product
from types import SimpleNamespace

import pytest
from dateline_helpers import places_by_text

from dateline.geo.cocounty import _covered_by, _stretch
from dateline.geo.mention import haversine_km


def _break_between(breaks: list[int], lo: int, hi: int) -> bool:
    return any(lo <= b < hi for b in breaks)


@pytest.mark.parametrize("breaks", [[], [10], [10, 20], [10, 11, 30]])
def test_spans_share_a_stretch_exactly_when_no_break_falls_between(breaks: list[int]) -> None:
    spans = [(s, e) for s in range(0, 34, 3) for e in range(s + 1, s + 9, 2)]
    for (s1, e1), (s2, e2) in product(spans, spans):
        a, b = _stretch(breaks, s1, e1), _stretch(breaks, s2, e2)
        together = a is not None and a == b
        assert together == (not _break_between(breaks, min(s1, s2), max(e1, e2)))


def test_a_span_ending_at_a_break_stays_before_it() -> None:
    """A break counts from its first character: a span ending there is before it, one starting
    there holds it."""
    assert _stretch([10, 20], 5, 10) == 0
    assert _stretch([10, 20], 8, 12) is None
    assert _stretch([10, 20], 10, 15) is None
    assert _stretch([10, 20], 11, 15) == 1


def test_a_span_is_covered_exactly_when_a_mention_overlaps_it() -> None:
    spans = [(0, 4), (2, 12), (15, 18), (30, 31), (5, 7)]
    covered = _covered_by([SimpleNamespace(start=s, end=e) for s, e in spans])
    for start, end in product(range(0, 34), range(1, 36)):
        if start < end:
            expected = any(s < end and start < e for s, e in spans)
            assert covered(start, end) == expected, (start, end)
    assert not _covered_by([])(0, 5)


_FILLER = (
    "Wayne County commissioners met in Detroit to discuss road repairs. No one was hurt.\n\n"
    "Schools in Ames will close early Friday, the Story County school board announced.\n\n"
)


def _near(place, lat: float, lon: float, km: float = 40.0) -> bool:
    return place.lat is not None and haversine_km(place.lat, place.lon, lat, lon) <= km


def test_a_county_deep_in_a_long_digest_still_steers_its_town() -> None:
    text = _FILLER * 25 + "Latah County deputies helped Moscow police search a barn on Sunday.\n"
    assert _near(places_by_text(text)["Moscow"], 46.73, -117.00)


def test_a_county_of_the_next_paragraph_in_a_long_digest_does_not_reach_the_town() -> None:
    text = (
        _FILLER * 25
        + "Traffic slowed in Memphis on Friday.\n\n"
        + "Hall County deputies closed a road on Saturday.\n"
    )
    assert _near(places_by_text(text)["Memphis"], 35.15, -90.05)
