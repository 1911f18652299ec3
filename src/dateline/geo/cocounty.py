"""A county the story names steers its towns to the namesakes that lie in it.

Local news names a town and its county together without apposition ("Latah County deputies
helped Moscow police", "Moscow police and Latah Sheriff's Office"): the county says which
Moscow, and a town may say which of twenty Jackson Counties.
The gazetteer has no county per town, but counties have points, so a town reading lies in a
county reading when both share a state and lie within :data:`TOWN_IN_COUNTY_KM`. The pair that
lies together wins for both mentions, with guards, since a story may name a county far from
its city: a reading the rest of the story supports (a place in its state or near it, a
", State" after it; abroad, any place or demonym of its country) never moves; a town moves
to a county the ranking already chose when both share a paragraph, and both move only when
they share a sentence. A town of the county's sentence that could move to another of its
readings is no support for the current one (a town's first reading in a state would else
hold that state's namesake county, which does not hold the town).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate

from dateline.geo.candidates import with_unit_word
from dateline.geo.gazetteer import OFFICIAL, Candidate, gazetteer
from dateline.geo.mention import OWN_READING, Mention, Resolution, km, near_in_unit
from dateline.geo.names import normalize
from dateline.geo.scoring import demonym_context
from dateline.text_layout import SENTENCE_END

__all__ = ["CO_COUNTY", "towns_of_named_counties"]

# The switch for this pass (off: the readings the other passes leave).
CO_COUNTY = True
# A town this near a county's point, in its state, lies in the county (county points are
# centroids or seats; most towns of a county lie within this of it).
TOWN_IN_COUNTY_KM = 60.0
# A reading is supported by another place of the story this near it (as co-location counts).
SUPPORT_KM = 50.0
_COUNTY_NAME = re.compile(r"\s(?:County|Parish)$")
# A county inside an organisation's name, which no mention covers ("Cobb County Schools
# said"), or named bare by its sheriff ("Latah Sheriff's Office", "the Pinal Sheriff's
# Department"): local news drops the word "County" there.
_SHERIFF = r" Sheriff['\u2019]s (?:Office|Department)\b"
_COUNTY_IN_NAME = re.compile(
    rf"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: (?:County|Parish)\b|{_SHERIFF})"
)
_SHERIFF_AFTER = re.compile(_SHERIFF)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class _County:
    """A county the story names: its mention (None when named only inside an organisation's
    name), where it stands, its readings and the current one (None for a name read as a
    town)."""

    at: int | None
    start: int
    end: int
    readings: list[Candidate]
    current: Candidate | None


@dataclass
class _Story:
    """What the pass reads: the text, its mentions, their ranked and chosen readings, and the
    countries its demonyms name.

    Every county asks for the mentions of its paragraph or sentence, once per reading, and a
    long local digest names hundreds of counties among thousands of mentions: the mentions are
    indexed once by the stretch of text (paragraph, sentence) that holds them, and by their
    normalised name, so a county reads only its neighbours."""

    text: str
    mentions: list[Mention]
    scored: list[list[tuple[float, Candidate]]]
    results: list[Resolution | None]
    demonyms: set[str]
    # Asked again for every county reading: each mention's own town readings, found once.
    towns: dict[int, list[Candidate]] = field(default_factory=dict)
    # Where its sentences end and its paragraphs break (match starts, in order).
    sentence_ends: list[int] = field(default_factory=list)
    paragraph_breaks: list[int] = field(default_factory=list)
    # The indexes of the mentions wholly inside each paragraph, and each sentence (by its
    # paragraph and sentence stretch), in text order; and of the mentions of each name.
    in_paragraph: dict[int, list[int]] = field(default_factory=dict)
    in_sentence: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    by_name: dict[str, set[int | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sentence_ends = [hit.start() for hit in SENTENCE_END.finditer(self.text)]
        self.paragraph_breaks = [hit.start() for hit in _PARAGRAPH_BREAK.finditer(self.text)]
        for j, m in enumerate(self.mentions):
            self.by_name.setdefault(normalize(m.text), set()).add(j)
            paragraph, sentence = self._stretches(m.start, m.end)
            if paragraph is None:
                continue
            self.in_paragraph.setdefault(paragraph, []).append(j)
            if sentence is not None:
                self.in_sentence.setdefault((paragraph, sentence), []).append(j)

    def town_readings(self, j: int) -> list[Candidate]:
        if j not in self.towns:
            self.towns[j] = _town_readings(self.mentions[j], self.scored[j])
        return self.towns[j]

    def namesakes(self, j: int) -> set[int | None]:
        """The mentions of mention ``j``'s name, itself included."""
        return self.by_name[normalize(self.mentions[j].text)]

    def together(self, county: _County, sentence: bool) -> list[int]:
        """The indexes of the mentions that stand in the county's sentence (or paragraph) with
        it, in text order: no break falls between the two spans."""
        paragraph, within = self._stretches(county.start, county.end)
        if paragraph is None:
            return []
        if not sentence:
            return self.in_paragraph.get(paragraph, [])
        if within is None:
            return []
        return self.in_sentence.get((paragraph, within), [])

    def _stretches(self, start: int, end: int) -> tuple[int | None, int | None]:
        """The paragraph and sentence stretches that hold ``start:end``, each None where a break
        of its kind falls inside the span."""
        return _stretch(self.paragraph_breaks, start, end), _stretch(self.sentence_ends, start, end)


def towns_of_named_counties(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> None:
    """Move each town and county the story names near each other to the readings that lie
    together, where nothing else in the story places them."""
    if not CO_COUNTY:
        return
    counties = _named_counties(text, mentions, scored, results)
    if not counties:
        return
    demonyms = {c.cc for cands in demonym_context(text, mentions).values() for c in cands}
    story = _Story(text, mentions, scored, results, demonyms)
    for county in counties:
        _steer(story, county)


def _named_counties(
    text: str,
    mentions: list[Mention],
    scored: list[list[tuple[float, Candidate]]],
    results: list[Resolution | None],
) -> list[_County]:
    """The counties of the story: its "X County" mentions read as counties, a name read as a
    town before "Sheriff's Office" (a county's office: it may move to the county), and the
    counties named inside an organisation's name that no mention covers."""
    out = []
    for i, (m, res) in enumerate(zip(mentions, results, strict=True)):
        if res is None or m.container or m.unmatched:
            continue
        if _SHERIFF_AFTER.match(text, m.end) and res.candidate.kind == "city":
            readings = with_unit_word(m.text)  # "Richland Sheriff's Department": no town's
            if readings:
                out.append(_County(i, m.start, m.end, readings, None))
            continue
        if res.candidate.kind != "admin2":
            continue
        if not (_COUNTY_NAME.search(m.text) or m.kind_hint == "county"):
            continue
        readings = [c for _, c in scored[i] if c.kind == "admin2" and c.quality == OFFICIAL]
        out.append(_County(i, m.start, m.end, readings, res.candidate))
    covered = _covered_by(mentions)
    for hit in _COUNTY_IN_NAME.finditer(text):
        start, end = hit.span(1)
        if covered(start, end):
            continue
        readings = with_unit_word(hit.group(1))
        if not readings and " " in hit.group(1):  # "On Tuesday Wilson County officials"
            start = text.index(" ", start) + 1
            readings = with_unit_word(text[start:end])
        if readings:
            out.append(_County(None, start, end, readings, None))
    return out


def _covered_by(mentions: list[Mention]) -> Callable[[int, int], bool]:
    """Whether a mention overlaps ``start:end``, by one bisect: among the mentions that start
    before ``end`` (sorted by start), the furthest end passes ``start`` (a digest names hundreds
    of counties inside organisation names among thousands of mentions)."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))

    def covered(start: int, end: int) -> bool:
        before = bisect_left(starts, end)
        return before > 0 and reach[before - 1] > start

    return covered


def _steer(story: _Story, county: _County) -> None:
    """Pick the county reading its towns lie in and move the towns (and county) there: the
    current reading when a town of its paragraph lies in it or the story supports it, else
    the reading the towns of its sentence lie in."""
    current = county.current
    if current is not None and (
        _towns_in(story, county, current, sentence=False)
        or _supported(story, current, {county.at} | _movable_towns(story, county), current.cc)
    ):
        choice, sentence = current, False
    else:
        choice, sentence = _best_reading(story, county), True
    if choice is None:
        return
    towns = _towns_in(story, county, choice, sentence)
    if not towns:
        return
    results = story.results
    if county.at is not None and choice is not current:
        old = results[county.at]
        if old is not None:
            results[county.at] = Resolution(choice, old.score, [old.candidate])
    for j, town in towns:
        old = results[j]
        if old is not None and town.pid != old.candidate.pid:
            results[j] = Resolution(town, old.score, [old.candidate])


def _movable_towns(story: _Story, county: _County) -> set[int | None]:
    """The towns of the county's sentence with a reading in another of its readings: they
    may move with it ("Selma's mayor asked Dallas County"), so their current reading is no
    support for the county's ("Selma, Texas" props up "Dallas County, Texas")."""
    current = county.current.pid if county.current is not None else None
    others = [_lies_in(c) for c in county.readings if c.pid != current]
    out: set[int | None] = set()
    for j in story.together(county, sentence=True):
        res = story.results[j]
        if res is None or res.candidate.kind != "city" or j == county.at:
            continue
        if any(lies_in(t) for lies_in in others for t in story.town_readings(j)):
            out.add(j)
    return out


def _best_reading(story: _Story, county: _County) -> Candidate | None:
    """The county reading that holds the most of the towns of its sentence, then the most
    people in them (a bigger town is likelier named than a namesake hamlet of another
    county of that name), or None when none holds any."""
    best, best_key = None, (0, 0)
    for c in county.readings:
        towns = _towns_in(story, county, c, sentence=True)
        key = (len(towns), sum(t.pop for _, t in towns))
        if towns and key > best_key:
            best, best_key = c, key
    return best


def _towns_in(
    story: _Story, county: _County, reading: Candidate, sentence: bool
) -> list[tuple[int, Candidate]]:
    """(mention index, reading) of each town near the county in the text (its sentence, or
    its paragraph) that lies in county ``reading`` as read, or may move there: a reading in
    the county exists and its current one is unsupported by the rest of the story."""
    out = []
    lies_in = _lies_in(reading)
    for j in story.together(county, sentence):
        res = story.results[j]
        if res is None or not _read_as_town(res.candidate, reading) or j == county.at:
            continue
        m = story.mentions[j]
        if m.container or m.unmatched or m.kind_hint in OWN_READING:
            continue
        if lies_in(res.candidate):
            out.append((j, res.candidate))
            continue
        there = [c for c in story.town_readings(j) if lies_in(c)]
        if not there:
            continue
        if not _supported(story, res.candidate, story.namesakes(j) | {county.at}, reading.cc):
            out.append((j, max(there, key=lambda c: c.pop)))
    return out


def _read_as_town(current: Candidate, county: Candidate) -> bool:
    """Whether a mention read as ``current`` may be a town of ``county``: it is read as a
    town, or as a province or district abroad that shares a town's name ("Freeport", a
    Bahamian district, beside "Stephenson County deputies")."""
    return current.kind == "city" or (current.kind == "admin1" and current.cc != county.cc)


def _lies_in(county: Candidate) -> Callable[[Candidate], bool]:
    return lambda c: near_in_unit(c, county, TOWN_IN_COUNTY_KM)


def _town_readings(m: Mention, ranked: list[tuple[float, Candidate]]) -> list[Candidate]:
    """A town's readings by its own name: the ranked ones and the gazetteer's (the ranked list
    is cut short for common names)."""
    own = [c for _, c in ranked if c.kind == "city" and c.quality == OFFICIAL]
    seen = {c.pid for c in own}
    more = [
        c
        for c in gazetteer().lookup(m.text)
        if c.kind == "city" and c.quality == OFFICIAL and c.pid not in seen
    ]
    return own + more


def _supported(story: _Story, reading: Candidate, skip: set[int | None], home: str) -> bool:
    """Whether another reading of the story (``skip`` aside) lies in ``reading``'s state or
    within :data:`SUPPORT_KM` of it; for a reading outside the county's country ``home``, any
    place or demonym of its country ("Moscow and St. Petersburg")."""
    abroad = reading.cc != home
    if abroad and reading.cc in story.demonyms:
        return True
    for k, r in enumerate(story.results):
        if r is None or k in skip:
            continue
        other = r.candidate
        if other.cc != reading.cc:
            continue
        if abroad:
            return True
        if other.kind == "country":
            continue
        if reading.adm1 and other.adm1 == reading.adm1:
            return True
        if other.kind in ("city", "admin2") and km(other, reading) <= SUPPORT_KM:
            return True
    return False


def _stretch(breaks: list[int], start: int, end: int) -> int | None:
    """The stretch of text between ``breaks`` (match starts, sorted) that holds ``start:end``,
    as the number of breaks before it; None where a break falls within the span. Two spans
    share a stretch exactly when no break falls between the first start and the last end."""
    first = bisect_left(breaks, start)
    return first if first == bisect_left(breaks, end) else None
