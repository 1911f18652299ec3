"""Twenty-seventh round, places: the county pass answers "does the rest of the story support
this reading" from counts of the readings held, kept in step as it moves towns, and reads only
the mentions that could lie in a county's state, so one long paragraph with thousands of
county mentions no longer costs a scan of the story per county and town."""

from __future__ import annotations

import random
from types import SimpleNamespace

from dateline_helpers import places_in

from dateline.geo.cocounty import SUPPORT_KM, _Story, _supported
from dateline.geo.gazetteer import OFFICIAL, Candidate
from dateline.geo.mention import Resolution, haversine_km, km


def _reading(pid: int, kind: str, cc: str, adm1: str, lat: float, lon: float) -> Candidate:
    return Candidate(pid, pid, f"P{pid}", kind, lat, lon, cc, adm1, 1000 * pid, False, OFFICIAL)


_READINGS = [
    _reading(1, "city", "US", "ID", 46.73, -117.0),
    _reading(2, "city", "US", "ID", 46.4, -117.0),
    _reading(3, "admin2", "US", "WA", 46.9, -117.3),
    _reading(4, "city", "US", "TX", 31.0, -97.0),
    _reading(5, "country", "US", "", 39.8, -98.5),
    _reading(6, "city", "RU", "48", 55.75, 37.6),
    _reading(7, "country", "RU", "", 60.0, 90.0),
    _reading(8, "city", "US", "", 46.75, -117.1),
]


def _scan(story: _Story, reading: Candidate, skip: set[int | None], home: str) -> bool:
    """The plain reading of support: every result of the story, one by one."""
    abroad = reading.cc != home
    if abroad and reading.cc in story.demonyms:
        return True
    for k, r in enumerate(story.results):
        if r is None or k in skip or r.candidate.cc != reading.cc:
            continue
        other = r.candidate
        if abroad:
            return True
        if other.kind == "country":
            continue
        if reading.adm1 and other.adm1 == reading.adm1:
            return True
        if other.kind in ("city", "admin2") and km(other, reading) <= SUPPORT_KM:
            return True
    return False


def _random_story(rng: random.Random) -> _Story:
    names = ["Moscow", "moscow", "Pullman", "Austin", "Russia"]
    mentions, results = [], []
    for i in range(rng.randint(1, 12)):
        text = rng.choice(names)
        mentions.append(SimpleNamespace(text=text, start=10 * i, end=10 * i + 5))
        chosen = rng.choice([*_READINGS, None])
        results.append(None if chosen is None else Resolution(chosen, 1.0))
    demonyms = {"RU"} if rng.random() < 0.2 else set()
    return _Story("x" * 200, mentions, [[] for _ in mentions], results, demonyms)  # type: ignore[arg-type]


def test_counted_support_matches_a_scan_of_every_result_as_results_move() -> None:
    rng = random.Random(27)
    for _ in range(400):
        story = _random_story(rng)
        n = len(story.mentions)
        for _ in range(4):
            reading, home = rng.choice(_READINGS), rng.choice(["US", "RU"])
            j = rng.randrange(n)
            at = rng.choice([None, rng.randrange(n)])
            by_name = {k for k in range(n) if story.names[k] == story.names[j]} | {at}
            assert _supported(story, reading, story.names[j], {at}, home) == _scan(
                story, reading, by_name, home
            )
            skip = {at, *rng.sample(range(n), rng.randint(0, n))}
            assert _supported(story, reading, None, skip, home) == _scan(story, reading, skip, home)
            k = rng.randrange(n)
            if story.results[k] is not None:
                story.set_result(k, Resolution(rng.choice(_READINGS), 1.0))


def test_a_county_steers_its_town_all_through_one_long_paragraph() -> None:
    """No paragraph breaks: every county mention shares a paragraph with every town."""
    sentence = (
        "Latah County deputies helped Moscow police search a barn on Sunday, "
        "and crews in Lubbock cleared roads. "
    )
    moscows = [p for p in places_in(sentence * 120) if p.text == "Moscow"]
    assert len(moscows) == 120
    for p in moscows:
        assert p.lat is not None and p.lon is not None
        assert haversine_km(p.lat, p.lon, 46.73, -117.00) <= 40.0
