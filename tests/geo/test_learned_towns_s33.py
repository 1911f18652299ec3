"""Thirty-third session (blind tables 55-60): a town no rule claims is still a candidate for the
learned model where a surname's reading gives way to the town's governing body ("Hammond
commissioners"), a lone given name calls what it has "its", or "the <Town> exit" names a
highway's exit, or a town names its racecourse; a town's own name that NER cuts into
organisations is read whole ("Washington Court House"), a suburb's institution said to lie in its
city keeps the suburb ("Randwick Racecourse in Sydney"), and a place entity that is a town's
name with an abbreviation in it ("Bay St. Louis") beats the strong names among its words. And
what is no town stays out: an abbreviation ("Nov."), a name inside a person's name that a
particle or a hyphen breaks ("Marta van Oosterhout", "Dana Price-Wald"), a name the story
describes as a person ("X, who ...", "X, the gunman"), the short form of an organisation the
story names ("Valley Hydro ... Hydro crews"), a name the story uses as a kind of thing
anywhere ("the so-called Cadillac tax ... the Cadillac tax"), a word cut short by a hyphen
("Cana-what?"), and a town's name inside an organisation's that opens earlier ("the University
of Michigan Center for ...")."""

from __future__ import annotations

import pytest
from dateline_helpers import assert_place_near, places_by_text

from dateline.config import Settings
from dateline.geo.learned_towns import town_candidates
from dateline.nlp import load


@pytest.mark.parametrize(
    ("text", "name", "country", "lat", "lon"),
    [
        (
            "Hammond commissioners voted 4-1 to raise water rates on Tuesday.",
            "Hammond",
            "USA",
            41.6,
            -87.5,
        ),
        (
            "The Harrison County city of Bay St. Louis will repave Beach Boulevard this fall.",
            "Bay St. Louis",
            "USA",
            30.3,
            -89.3,
        ),
        (
            "Fakenham Racecourse will host a craft fair next month.",
            "Fakenham",
            "GBR",
            52.8,
            0.8,
        ),
        (
            "Washington Court House's new library opened on Monday.",
            "Washington Court House",
            "USA",
            39.5,
            -83.4,
        ),
    ],
)
def test_a_towns_own_frame_claims_it(
    text: str, name: str, country: str, lat: float, lon: float
) -> None:
    assert_place_near(text, name, country, lat, lon)


def test_a_suburbs_institution_in_its_city_keeps_the_suburb() -> None:
    places = places_by_text("Crowds packed Randwick Racecourse in Sydney on Saturday.")
    assert "Randwick" in places and "Sydney" in places


def test_a_given_name_that_calls_what_it_has_its_is_a_town() -> None:
    assert "Alma" in places_by_text("Alma will replace its water tower next year, the clerk said.")
    assert places_by_text("Alma will replace her car next year.") == {}


def test_a_surname_before_what_a_person_has_stays_no_town() -> None:
    assert places_by_text("Hammond supporters packed the hall on Tuesday.") == {}


def _candidates(text: str) -> list[str]:
    doc = load(Settings().model)(text)
    return [c.text for c in town_candidates(doc, [False] * len(doc.text), [])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The craft show runs Nov. 3 to 6 at the fairgrounds.", "Nov."),
        ("The study, said Marta van Oosterhout of the co-op, covers ten farms.", "Marta"),
        (
            "Valley Hydro's board approved the new turbine. Hydro crews will start work in spring.",
            "Hydro",
        ),
        ("Cable reporter Dana Price-Wald posted the full exchange.", "Wald"),
        (
            "The chief said Altintas, who was born in 1990, had no record.",
            "Altintas",
        ),
        ("Senators voted to delay the Cadillac tax, and a Cadillac tax repeal failed.", "Cadillac"),
        ("Shoppers abroad still shrug at Cana-what? jokes about us.", "Cana"),
    ],
)
def test_abbreviations_names_in_names_and_short_forms_are_no_candidates(
    text: str, name: str
) -> None:
    assert name not in _candidates(text)


def test_a_place_noun_in_apposition_keeps_the_town_a_candidate() -> None:
    assert "Alma" in _candidates("Alma, a village of 900, will replace its water tower.")


def test_a_town_inside_an_organisations_longer_name_is_not_read_whole() -> None:
    text = (
        "Priya Shah, who leads the University of Michigan Center for Water Policy, said the plan "
        "was sound."
    )
    assert "Michigan Center" not in places_by_text(text)
