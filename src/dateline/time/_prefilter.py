"""Run a regular expression over only the stretches of a text where it can match.

The finder runs about a hundred patterns over every text, and most of its time went on patterns
that try a long case-blind alternation ("three", "a couple of", "several", ...) at every word of
the article, where a unit word, a month or "from" must also be present. From each pattern's
parse this module derives, once at import:

- needles: lower-case ASCII strings one of which every match contains ("day", " from ");
- barriers: characters no part of the pattern, lookarounds included, can consume (a newline, a
  comma), and the pattern matches no empty string and has no ``$``.

A match then lies inside one stretch between barriers that holds a needle, so searching those
stretches alone (in the whole text, so lookbehinds and word boundaries read the same characters,
and with the barrier after the stretch in view, so lookaheads do too) finds the same matches in
the same order. A text with a character that matches an ASCII letter only case-blindly (the
Kelvin sign, a dotless i) is searched whole, as is any pattern whose parse this module cannot
read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import product
from typing import Any

try:  # the parser is private: without it every pattern is simply searched whole
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons
    sre_parser = None
    sre_constants = None

__all__ = ["CASE_BLIND_ODDITIES", "Prefiltered", "TextView"]

# The only non-ASCII characters that match an ASCII letter under re.IGNORECASE (checked over
# every code point by the tests): a text holding one is searched whole.
CASE_BLIND_ODDITIES = "\u0130\u0131\u017f\u212a"
_BARRIER_CANDIDATES = '\n.,;:!?"()\u201c\u201d'
_MAX_STRINGS = 64  # beyond this a run of fixed parts is cut in two


class TextView:
    """One text's lower case and barrier positions, shared by all the patterns run over it."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        usable = len(lowered) == len(text) and not any(c in text for c in CASE_BLIND_ODDITIES)
        self.lowered: str | None = lowered if usable else None
        self._barriers: dict[str, list[int]] = {}

    def barrier_positions(self, barriers: str) -> list[int]:
        positions = self._barriers.get(barriers)
        if positions is None:
            stop = re.compile(f"[{re.escape(barriers)}]")
            positions = [m.start() for m in stop.finditer(self.text)]
            self._barriers[barriers] = positions
        return positions


class Prefiltered:
    """A compiled pattern with the needles and barriers that let it skip most of a text."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needles: tuple[str, ...] | None = None
        self.barriers = ""
        try:
            parsed = sre_parser.parse(pattern.pattern, pattern.flags)  # type: ignore[union-attr]
            needles = _required(list(parsed))
            barriers = _barriers(parsed)
        except Exception:  # an unreadable parse only costs speed
            return
        if needles and all(needles):
            self.needles = tuple(sorted(needles, key=len, reverse=True))
            self.barriers = barriers
            self._needle_pattern = re.compile("|".join(map(re.escape, self.needles)))

    def finditer(self, view: TextView) -> Iterator[re.Match[str]]:
        """The matches ``pattern.finditer(view.text)`` finds, in the same order."""
        text = view.text
        if self.needles is None or view.lowered is None:
            yield from self.pattern.finditer(text)
            return
        hits = self._needle_pattern.finditer(view.lowered)
        if not self.barriers:
            if next(hits, None) is not None:
                yield from self.pattern.finditer(text)
            return
        positions = view.barrier_positions(self.barriers)
        last_stretch = -1
        for hit in hits:
            stretch = bisect_right(positions, hit.start())
            if stretch == last_stretch:
                continue
            last_stretch = stretch
            start = positions[stretch - 1] + 1 if stretch else 0
            end = positions[stretch] + 1 if stretch < len(positions) else len(text)
            yield from self.pattern.finditer(text, start, end)


def _strings(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """Every string (lower-cased) that the sequence can match, when few and all ASCII."""
    result = {""}
    for item in items:
        options = _item_strings(item)
        if options is None:
            return None
        result = {a + b for a, b in product(result, options)}
        if len(result) > _MAX_STRINGS:
            return None
    return result


def _item_strings(item: tuple[Any, Any]) -> set[str] | None:
    op, av = item
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av).lower()} if av < 128 else None
    if op is c.IN:
        chars: set[str] = set()
        for sub_op, sub_av in av:
            if sub_op is c.LITERAL and sub_av < 128:
                chars.add(chr(sub_av).lower())
            elif sub_op is c.RANGE and sub_av[1] < 128 and sub_av[1] - sub_av[0] < 16:
                chars.update(chr(x).lower() for x in range(sub_av[0], sub_av[1] + 1))
            else:
                return None
        return chars
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}  # zero width: the matched string is unchanged
    if op is c.SUBPATTERN:
        return _strings(list(av[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            options = _strings(list(branch))
            if options is None:
                return None
            union |= options
        return union if len(union) <= _MAX_STRINGS else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 2:  # "s?", "(?: of)?"
        body = _strings(list(av[2]))
        if body is None:
            return None
        repeated = {""} if av[0] == 0 else set()
        once = body if av[0] <= 1 else set()
        twice = {a + b for a, b in product(body, body)} if av[1] == 2 else set()
        return repeated | once | twice
    return None


def _required(items: Sequence[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the sequence contains, the most selective found."""
    best: set[str] | None = None
    run: set[str] = {""}

    def consider(options: set[str] | None) -> None:
        nonlocal best
        better = best is None or (options and _selectivity(options) > _selectivity(best))
        if options and "" not in options and better:
            best = options

    for item in items:
        options = _item_strings(item)
        if options is not None:
            consider(options)
            joined = {a + b for a, b in product(run, options)}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            consider(run)
            run = options
            continue
        consider(run)
        run = {""}
        consider(_item_required(item))
    consider(run)
    return None if best is None else _minimal(best)


def _item_required(item: tuple[Any, Any]) -> set[str] | None:
    op, av = item
    c = sre_constants
    if op is c.SUBPATTERN:
        return _required(list(av[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            needles = _required(list(branch))
            if not needles:
                return None
            union |= needles
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    return None


def _minimal(strings: set[str]) -> set[str]:
    """Drop the strings that contain another: finding the shorter finds them too."""
    return {s for s in strings if not any(t != s and t in s for t in strings)}


def _selectivity(strings: set[str]) -> tuple[int, int]:
    shortest = min(len(s) for s in strings)
    return min(shortest, SHORT_CAP), -len(strings)


SHORT_CAP = 5


def _barriers(parsed: Any) -> str:
    """The barrier candidates no consuming part of the pattern can match ('' when it may match
    an empty string or uses ``$``)."""
    if parsed.getwidth()[0] == 0:
        return ""
    leaves: dict[tuple[str, str], tuple[Any, Any]] = {}
    if not _collect_leaves(list(parsed), leaves):
        return ""
    consumed = set().union(*(_consumed(parsed.state, key, leaf) for key, leaf in leaves.items()))
    return "".join(c for c in _BARRIER_CANDIDATES if c not in consumed)


_CONSUMED: dict[tuple[str, str, int], frozenset[str]] = {}


def _consumed(state: Any, key: tuple[str, str], leaf: tuple[Any, Any]) -> frozenset[str]:
    """The barrier candidates one consuming node takes, asked of the node compiled on its own
    with the pattern's flags (patterns share most nodes: each is compiled once)."""
    from re import _compiler  # type: ignore[attr-defined]

    cache_key = (*key, state.flags)
    if cache_key not in _CONSUMED:
        alone = _compiler.compile(sre_parser.SubPattern(state, [leaf]), state.flags)
        _CONSUMED[cache_key] = frozenset(c for c in _BARRIER_CANDIDATES if alone.fullmatch(c))
    return _CONSUMED[cache_key]


def _collect_leaves(
    items: Sequence[tuple[Any, Any]], leaves: dict[tuple[str, str], tuple[Any, Any]]
) -> bool:
    """Gather every character-consuming node; False when the pattern uses ``$`` or a node this
    reading does not know."""
    c = sre_constants
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            leaves[str(op), repr(av)] = (op, av)
        elif op is c.AT:
            if av not in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY, c.AT_BEGINNING_STRING):
                return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _collect_leaves(list(av[-1]), leaves):  # no local flags
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _collect_leaves(list(av[1]), leaves):
                return False
        elif op is c.BRANCH:
            if not all(_collect_leaves(list(branch), leaves) for branch in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _collect_leaves(list(av[2]), leaves):
                return False
        else:
            return False
    return True
