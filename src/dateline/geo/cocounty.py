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
from collections import Counter
from collections.abc import Callable, Iterable
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
# What :func:`_supported` reads of a reading: two readings alike in these support alike.
_Signature = tuple[str, str, str, float, float]
# The mentions of a paragraph that fare alike with any county: read alike, named alike, with
# the same own town readings.
_Group = tuple[Candidate, str, tuple[Candidate, ...]]
_Unit = tuple[str, str]


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
    indexed once by the stretch of text (paragraph, sentence) that holds them, and by the
    state they may lie in, so a county reads only its neighbours; the readings held are
    counted, so support is a look-up, not a scan of the story. One paragraph of thousands of
    mentions repeats a few towns: its towns are grouped by how they read, so a county reads
    each group once."""

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
    # paragraph and sentence stretch), in text order; and each mention's normalised name.
    in_paragraph: dict[int, list[int]] = field(default_factory=dict)
    in_sentence: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    # The possible towns of each stretch by the (country, state) a reading of theirs lies in:
    # a town reads as its first reading or one of its own, so only these can lie in a county.
    by_unit: dict[tuple[object, ...], dict[tuple[str, str], list[int]]] = field(
        default_factory=dict
    )
    # How many results read each signature, by all mentions and by those of each name, and the
    # signatures read in each country: ``_supported`` counts instead of scanning every result.
    held: Counter[_Signature] = field(default_factory=Counter)
    held_by_name: Counter[tuple[_Signature, str]] = field(default_factory=Counter)
    read_in: dict[str, dict[_Signature, Candidate]] = field(default_factory=dict)
    # A paragraph's possible towns by the state they may lie in, grouped alike (a paragraph
    # repeats a few towns hundreds of times), kept in step as results move; each mention's
    # (paragraph, state) keys.
    groups: dict[tuple[int, _Unit], dict[_Group, dict[int, None]]] = field(default_factory=dict)
    grouped: set[int] = field(default_factory=set)
    member_of: dict[int, list[tuple[int, _Unit]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.sentence_ends = [hit.start() for hit in SENTENCE_END.finditer(self.text)]
        self.paragraph_breaks = [hit.start() for hit in _PARAGRAPH_BREAK.finditer(self.text)]
        self.names = [normalize(m.text) for m in self.mentions]
        for j, res in enumerate(self.results):
            if res is not None:
                self._count(j, res.candidate, 1)
        for j, m in enumerate(self.mentions):
            paragraph, sentence = self._stretches(m.start, m.end)
            if paragraph is None:
                continue
            self.in_paragraph.setdefault(paragraph, []).append(j)
            if sentence is not None:
                self.in_sentence.setdefault((paragraph, sentence), []).append(j)

    def set_result(self, j: int, res: Resolution) -> None:
        """Replace mention ``j``'s result, keeping the counts in step."""
        old = self.results[j]
        if old is not None:
            self._count(j, old.candidate, -1)
            readings = tuple(self.town_readings(j)) if j in self.member_of else ()
            for key in self.member_of.get(j, []):
                groups = self.groups[key]
                before = (old.candidate, self.names[j], readings)
                del groups[before][j]
                if not groups[before]:
                    del groups[before]
                groups.setdefault((res.candidate, self.names[j], readings), {})[j] = None
        self.results[j] = res
        self._count(j, res.candidate, 1)

    def _count(self, j: int, reading: Candidate, step: int) -> None:
        sig = _signature(reading)
        self.held[sig] += step
        self.held_by_name[sig, self.names[j]] += step
        self.read_in.setdefault(reading.cc, {}).setdefault(sig, reading)

    def held_by_others(self, sig: _Signature, skip_name: str | None, skipped: Counter) -> bool:
        """Whether a result outside the skipped ones (the mentions named ``skip_name`` and
        those ``skipped`` counts) reads ``sig``."""
        count = self.held[sig] - skipped[sig]
        if skip_name is not None:
            count -= self.held_by_name[sig, skip_name]
        return count > 0

    def town_readings(self, j: int) -> list[Candidate]:
        if j not in self.towns:
            self.towns[j] = _town_readings(self.mentions[j], self.scored[j])
        return self.towns[j]

    def together(self, county: _County, sentence: bool) -> list[int]:
        """The indexes of the mentions that stand in the county's sentence (or paragraph) with
        it, in text order: no break falls between the two spans."""
        return self._together(self._stretch_key(county, sentence))

    def towns_in_unit(self, county: _County, reading: Candidate, sentence: bool) -> list[int]:
        """The mentions of :meth:`together` that may be a town of ``reading``: their first
        reading or one of their town readings shares its country and state (a long paragraph
        names thousands of places, few of them in one state)."""
        key = self._stretch_key(county, sentence)
        if key is None:
            return []
        if key not in self.by_unit:
            self.by_unit[key] = self._index_by_unit(self._together(key))
        return self.by_unit[key].get((reading.cc, reading.adm1), [])

    def town_groups(self, county: _County, reading: Candidate) -> dict[_Group, dict[int, None]]:
        """The possible towns of ``reading`` in the county's paragraph, grouped alike."""
        paragraph = self._stretches(county.start, county.end)[0]
        if paragraph is None:
            return {}
        if paragraph not in self.grouped:
            self.grouped.add(paragraph)
            for unit, mentions in self._index_by_unit(self.in_paragraph.get(paragraph, [])).items():
                groups = self.groups.setdefault((paragraph, unit), {})
                for j in mentions:
                    res = self.results[j]
                    assert res is not None
                    key = (res.candidate, self.names[j], tuple(self.town_readings(j)))
                    groups.setdefault(key, {})[j] = None
                    self.member_of.setdefault(j, []).append((paragraph, unit))
        return self.groups.get((paragraph, (reading.cc, reading.adm1)), {})

    def _index_by_unit(self, mentions: list[int]) -> dict[_Unit, list[int]]:
        """The mentions that may be towns by each (country, state) they may lie in: their
        first reading's or a town reading's (results only move to a town reading)."""
        out: dict[_Unit, list[int]] = {}
        for j in mentions:
            res, m = self.results[j], self.mentions[j]
            if res is None or m.container or m.unmatched or m.kind_hint in OWN_READING:
                continue
            units = {(c.cc, c.adm1) for c in self.town_readings(j)}
            units.add((res.candidate.cc, res.candidate.adm1))
            for unit in units:
                out.setdefault(unit, []).append(j)
        return out

    def _stretch_key(self, county: _County, sentence: bool) -> tuple[object, ...] | None:
        paragraph, within = self._stretches(county.start, county.end)
        if paragraph is None or (sentence and within is None):
            return None
        return (paragraph, within) if sentence else (paragraph,)

    def _together(self, key: tuple[object, ...] | None) -> list[int]:
        if key is None:
            return []
        if len(key) == 1:
            return self.in_paragraph.get(key[0], [])  # type: ignore[call-overload]
        return self.in_sentence.get(key, [])  # type: ignore[arg-type]

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
    choice: Candidate | None = None
    if current is not None:
        towns = _paragraph_towns(story, county, current)
        if towns or _supported(
            story, current, None, {county.at} | _movable_towns(story, county), current.cc
        ):
            choice = current
    if choice is None:
        choice, towns = _best_reading(story, county)
    if choice is None or not towns:
        return
    results = story.results
    if county.at is not None and choice is not current:
        old = results[county.at]
        if old is not None:
            story.set_result(county.at, Resolution(choice, old.score, [old.candidate]))
    for j, town in towns:
        old = results[j]
        if old is not None and town.pid != old.candidate.pid:
            story.set_result(j, Resolution(town, old.score, [old.candidate]))


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


def _best_reading(
    story: _Story, county: _County
) -> tuple[Candidate | None, list[tuple[int, Candidate]]]:
    """The county reading that holds the most of the towns of its sentence, then the most
    people in them (a bigger town is likelier named than a namesake hamlet of another
    county of that name), or None when none holds any; with those towns."""
    best, best_key, best_towns = None, (0, 0), []
    for c in county.readings:
        towns = _towns_in(story, county, c, sentence=True)
        key = (len(towns), sum(t.pop for _, t in towns))
        if towns and key > best_key:
            best, best_key, best_towns = c, key, towns
    return best, best_towns


def _towns_in(
    story: _Story, county: _County, reading: Candidate, sentence: bool
) -> list[tuple[int, Candidate]]:
    """(mention index, reading) of each town near the county in the text (its sentence, or
    its paragraph) that lies in county ``reading`` as read, or may move there: a reading in
    the county exists and its current one is unsupported by the rest of the story."""
    out = []
    lies_in = _lies_in(reading)
    for j in story.towns_in_unit(county, reading, sentence):
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
        if not _supported(story, res.candidate, story.names[j], {county.at}, reading.cc):
            out.append((j, max(there, key=lambda c: c.pop)))
    return out


def _paragraph_towns(
    story: _Story, county: _County, reading: Candidate
) -> list[tuple[int, Candidate]]:
    """What :func:`_towns_in` finds in the county's paragraph, read group by group of towns
    read alike: every town that may move, and one of each group that lies in the county as
    read (those stay as they are; they only say that the county holds a town)."""
    out = []
    lies_in = _lies_in(reading)
    for (current, name, readings), members in story.town_groups(county, reading).items():
        if not _read_as_town(current, reading):
            continue
        if lies_in(current):
            held = next((j for j in members if j != county.at), None)
            if held is not None:
                out.append((held, current))
            continue
        there = [c for c in readings if lies_in(c)]
        if there and not _supported(story, current, name, {county.at}, reading.cc):
            town = max(there, key=lambda c: c.pop)
            out.extend((j, town) for j in members if j != county.at)
    return out


def _read_as_town(current: Candidate, county: Candidate) -> bool:
    """Whether a mention read as ``current`` may be a town of ``county``: it is read as a
    town, or as a province, district or region abroad that shares a town's name ("Freeport",
    a Bahamian district, beside "Stephenson County deputies"; "near Sardinia ... in Brown
    County": table 141)."""
    return current.kind == "city" or (
        current.kind in ("admin1", "region") and current.cc != county.cc
    )


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


def _supported(
    story: _Story,
    reading: Candidate,
    skip_name: str | None,
    skip: Iterable[int | None],
    home: str,
) -> bool:
    """Whether another reading of the story (the mentions named ``skip_name`` and ``skip``
    aside) lies in ``reading``'s state or within :data:`SUPPORT_KM` of it; for a reading
    outside the county's country ``home``, any place or demonym of its country ("Moscow and
    St. Petersburg"). Read by signature counts: a long text repeats a few readings thousands
    of times, and each county asks this of each of its towns."""
    abroad = reading.cc != home
    if abroad and reading.cc in story.demonyms:
        return True
    skipped: Counter[_Signature] = Counter()
    for k in skip:
        r = story.results[k] if k is not None else None
        if r is not None and story.names[k] != skip_name:  # type: ignore[index]
            skipped[_signature(r.candidate)] += 1
    for sig, other in story.read_in.get(reading.cc, {}).items():
        if not abroad:
            if other.kind == "country":
                continue
            if not (
                (reading.adm1 and other.adm1 == reading.adm1)
                or (other.kind in ("city", "admin2") and km(other, reading) <= SUPPORT_KM)
            ):
                continue
        if story.held_by_others(sig, skip_name, skipped):
            return True
    return False


def _signature(reading: Candidate) -> _Signature:
    return (reading.cc, reading.kind, reading.adm1, reading.lat, reading.lon)


def _stretch(breaks: list[int], start: int, end: int) -> int | None:
    """The stretch of text between ``breaks`` (match starts, sorted) that holds ``start:end``,
    as the number of breaks before it; None where a break falls within the span. Two spans
    share a stretch exactly when no break falls between the first start and the last end."""
    first = bisect_left(breaks, start)
    return first if first == bisect_left(breaks, end) else None
