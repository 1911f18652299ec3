"""The prefiltered search finds exactly what the plain search finds (speed only, no new output)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time._find import _PATTERNS, _PREFILTERED, candidates
from dateline.time._lexicon import MONTHS, NUMBERS, SEASON_WORDS, UNITS, WEEKDAYS
from dateline.time._prefilter import CASE_BLIND_ODDITIES, Prefiltered, TextView

_WORDS = sorted(
    {m.capitalize() for m in MONTHS}
    | {d.capitalize() for d in WEEKDAYS}
    | set(SEASON_WORDS)
    | set(NUMBERS)
    | {f"{u}s" for u in UNITS}
    | set(UNITS)
    | {"the", "The", "this", "last", "next", "from", "to", "until", "between", "and", "ago",
       "every", "each", "in", "on", "by", "since", "early", "late", "mid", "quarter", "half",
       "of", "year", "fiscal", "FY", "H2", "Q3", "now", "today", "Christmas", "Day", "eve",
       "vote", "morning", "night", "p.m.", "a.m.", "noon", "GMT", "o'clock", "Fourth", "come",
       "season", "1999", "2019", "2020-21", "21st", "15th", "9/11", "3/14", "7", "12", "8:15",
       "0300", "'90s", "1970s", "K", "\u212a", "\u0131", "Sept.", "Jan.", "Tues.", "Sat.",
       "recent", "coming", "week", "weekend", "school", "midterm", "trailing"}
)  # fmt: skip
_JOINTS = [" ", " ", " ", "-", ", ", ". ", "\n", "; ", ": ", '"', "(", ")", "\u201c", "/", "."]


def _plain(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _filtered(pattern: Prefiltered, text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(TextView(text))]


def _same_everywhere(text: str) -> None:
    for plain, filtered in zip(_PATTERNS, _PREFILTERED, strict=True):
        assert _filtered(filtered, text) == _plain(plain, text), (plain.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_JOINTS)), max_size=25))
def test_the_finder_patterns_match_alike_on_text_built_from_the_lexicon(parts):
    _same_everywhere("".join(word + joint for word, joint in parts))


def test_the_finder_patterns_match_alike_on_written_news():
    texts = [
        "The council met on Tuesday, March 3, 2026, and will meet again in three weeks.\n"
        "\u201cWe have waited for years,\u201d the mayor said at 7:30 p.m. Friday.",
        "Sales rose in the fiscal first quarter and in H2 2027; the 2026-27 season starts in "
        "the fall. From 4 to 7 p.m. Monday the road is shut (until Jan. 5).",
        "Two Fridays ago the club said it would reopen come spring, on the eve of the vote.\n"
        "The week of Thanksgiving is busy; the 1990s were quieter. Now it closes every other "
        "weekend, twice a month, and on the 15th of each month.",
        "Shares fell 3/14 of a point at 0300 GMT on the Fourth.",
    ]
    for text in texts:
        _same_everywhere(text)


def test_a_newline_or_comma_splits_the_search_only_where_no_match_can_cross_it():
    both_days = re.compile(r"\b(?:Monday|Friday) to (?:Monday|Friday)\b")
    assert "\n" in Prefiltered(both_days).barriers and "," in Prefiltered(both_days).barriers
    with_comma = re.compile(r"\bMay,? 2026\b")
    assert "," not in Prefiltered(with_comma).barriers
    # A lookahead that can read past a comma makes the comma no barrier either.
    looking_on = re.compile(r"\bnow\b(?!, then)")
    assert "," not in Prefiltered(looking_on).barriers
    # "$" and an empty match leave the pattern to be searched whole.
    assert Prefiltered(re.compile(r"\bH2\b(?=\s*$)")).barriers == ""
    assert Prefiltered(re.compile(r"(?:today)?")).needles is None


def test_needles_are_words_every_match_holds():
    days_from = Prefiltered(re.compile(r"\b(?:two|three) days? from (?:Monday|today)\b", re.I))
    assert days_from.needles is not None
    for match in ("two days from Monday", "three day from today"):
        assert any(needle in match.lower() for needle in days_from.needles)
    # No needle in the text: no search at all, and no match lost.
    assert list(days_from.finditer(TextView("Two weeks from Monday."))) == []


def test_a_text_with_a_letter_that_matches_only_case_blind_is_searched_whole():
    kelvin = "\u212a"  # matches "k" case-blind, but its lower case is "k" only by mapping
    view = TextView(f"The {kelvin}ickoff was today.")
    assert view.lowered is None
    kickoff = Prefiltered(re.compile(r"\bkickoff\b", re.I))
    assert [m.group(0) for m in kickoff.finditer(view)] == [f"{kelvin}ickoff"]


def test_the_odd_case_blind_letters_are_all_listed():
    ascii_letter = re.compile("[a-z]", re.I)
    odd = "".join(chr(c) for c in range(128, 0x110000) if ascii_letter.fullmatch(chr(c)))
    assert odd == CASE_BLIND_ODDITIES


def test_candidates_are_unchanged_by_the_prefilter():
    text = "Polls open at 7 a.m. Tuesday and close at 8 p.m.; results are due in two days."
    plain = [
        (m.start(group), m.end(group), False)
        for pattern in _PATTERNS
        for group in ["t" if "t" in pattern.groupindex else 0]
        for m in pattern.finditer(text)
    ]
    assert candidates(text, None) == plain
