"""Per-story indexes the places stage builds once for a long text read as the scans they
replace did: a surname after a given name, a town near the story's points, and the other
names' evidence (with its order, which breaks ties)."""

from __future__ import annotations

import re

import spacy

import dateline.geo.locative_frames as locative_frames
import dateline.geo.scoring as scoring
from dateline.geo.gazetteer import Candidate


def _point(pid: int, lat: float, lon: float, cc: str = "US", adm1: str = "01", **kw) -> Candidate:
    fields = {"kind": "city", "pop": 5_000, "quality": 0} | kw
    return Candidate(pid, pid, f"p{pid}", fields["kind"], lat, lon, cc, adm1, fields["pop"],
                     False, fields["quality"])  # fmt: skip


def test_surname_index_reads_like_the_scan_it_replaces() -> None:
    text = (
        "Marco Rubio spoke in Rubio Hall. Smith Jordan Jordan met Ann St. Paul and "
        "Jordan Jordan Jordan at Jordanville, where Sara Jordan_x waved."
    )
    doc = spacy.blank("en")(text)
    story = locative_frames._Story(doc, [])
    for name in {t.text for t in doc} | {"Jordan", "St.", "Paul", "Jordanville"}:
        scan = re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", text)
        assert list(story._words_before(name)) == [hit.group(1) for hit in scan], name
    assert story.written_as_surname("Rubio")
    assert not story.written_as_surname("Hall")


def test_region_band_keeps_every_near_point() -> None:
    points = (
        _point(1, 40.0, -75.0),
        _point(2, 41.2, -75.0),
        _point(3, 10.0, 179.9, pop=2_000_000),
    )
    region = locative_frames._Region(points, frozenset(), frozenset())
    assert region.near(_point(9, 40.7, -75.0))  # 78 km north of the first
    assert not region.near(_point(9, 40.6, -76.0))  # 106 km away
    assert region.near(_point(9, 10.0, -179.9))  # across the date line
    assert not region.holds(_point(9, 10.0, -179.9), "eponym")  # a metropolis vouches no college
    assert region.holds(_point(9, 10.0, -179.9), "pair")


def test_other_names_evidence_keeps_counts_and_their_order() -> None:
    ohio, york, wales = (
        _point(1, 40, -82, adm1="OH"),
        _point(2, 43, -75, adm1="NY"),
        _point(3, 52, -3, cc="GB", adm1="WLS", kind="admin1"),
    )
    by_key = {
        "demonym": [_point(4, 50, 10, cc="DE", adm1="", kind="country")],
        "ohio town": [ohio],
        "new york": [york, ohio],
        "wales": [wales],
        "york again": [york],
        "akron": [_point(5, 41, -81, adm1="OH")],  # counted here only, and brings no unit in
        "nothing": [],
    }
    others = scoring._OtherNames(by_key)
    for key in [*by_key, "unread"]:
        fresh = scoring._evidence(v for k, v in by_key.items() if k != key)
        got = others.evidence(key)
        assert [list(c.items()) for c in got] == [list(c.items()) for c in fresh], key
