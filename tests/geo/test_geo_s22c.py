"""Twenty-second round, places (third helper): a place noun announces the name beside it ("the
province of X", "X district", "X town"), whatever NER made of the name: resolved when the
gazetteer knows a place of that kind by it, else kept without a point (not for "city": a city
the gazetteer lacks is a nickname). A person the story names, a campaign's "camp", an office's
"district attorney", a descriptive or numbered district and an organisation's name are not
announced places."""

from __future__ import annotations

import pytest
from dateline_helpers import places_by_text

import dateline.geo.place_nouns as place_nouns


@pytest.mark.parametrize(
    ("sentence", "name", "kinds"),
    [
        ("Fighting spread across the province of Helmand last week.", "Helmand", {"admin1"}),
        ("He lives in the Town of Oyster Bay on Long Island.", "Oyster Bay", {"city"}),
        ("The Province of Ontario announced new funding on Monday.", "Ontario", {"admin1"}),
        ("Washington is the capital, in the District of Columbia.", "District of Columbia",
         {"city", "admin1"}),
        ("Police patrolled a Jordan district after the riots, the army said.", "Jordan", None),
    ],
)  # fmt: skip
def test_place_noun_announces_a_place(sentence: str, name: str, kinds: set[str] | None) -> None:
    places = places_by_text(sentence)
    assert name in places
    assert kinds is None or places[name].kind in kinds


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Rebels seized Mleiha town after days of fighting, the monitor said.", "Mleiha", "city"),
        ("Aid workers reached Zaatari camp on Monday.", "Zaatari", "city"),
        ("Shells hit the village of Umm Qasrin overnight, residents said.", "Umm Qasrin", "city"),
        ("Troops cleared Bustan Qasr district on Sunday.", "Bustan Qasr", "admin2"),
        # Tagged a person, but the noun says a place; an Arabic article inside the name.
        ("Fighters entered Ras al-Ain district on Sunday.", "Ras al-Ain", "admin2"),
    ],
)
def test_announced_name_the_gazetteer_lacks_has_no_point(
    sentence: str, name: str, kind: str
) -> None:
    place = places_by_text(sentence)[name]
    assert place.kind == kind
    assert place.lat is None and place.lon is None and place.geonameid is None


def test_the_rule_adds_what_ner_missed() -> None:
    """Off, the name NER types otherwise is lost; on, it is found."""
    sentence = "Rebels seized Mleiha town after days of fighting, the monitor said."
    place_nouns.PLACE_NOUNS = False
    try:
        assert "Mleiha" not in places_by_text(sentence)
    finally:
        place_nouns.PLACE_NOUNS = True
    assert "Mleiha" in places_by_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # The person the story names, not the country or a district of that name.
        ("Michael Jordan visited the school on Friday. Jordan said he was pleased.", "Jordan"),
        # A campaign's camp and an office's district are no places.
        ("Clinton camp officials said the rally would go ahead.", "Clinton"),
        ("The Brooklyn district attorney declined to comment.", "Brooklyn district"),
        # A direction and a nickname are no place names.
        ("The Southern District judge ruled on Monday.", "Southern"),
        ("Visitors flock to the city of Brotherly Love each summer.", "Brotherly Love"),
        ("Most sales happen in the Financial district, brokers said.", "Financial"),
        ("In the 24th House district, the senator spoke on Friday.", "House"),
        # An idiom of nearness, a possessor and a demonym before a town's noun.
        ("Police searched homes in the neighborhood of Saturday's shooting.", "Saturday's"),
        ("The Rivers' camp is planning for a drawn-out race.", "Rivers'"),
        ("He grew up in a remote Kurdish village of Dohuk province.", "Kurdish"),
        ("Gunmen attacked a Kurdish village near the border on Monday.", "Kurdish"),
        # A company's name, found bare elsewhere, in a metaphor.
        (
            "Twitter said on Monday that it would hire more staff. Insiders call the firm the "
            "province of Twitter.",
            "Twitter",
        ),
    ],
)
def test_no_place_announced(sentence: str, name: str) -> None:
    assert name not in places_by_text(sentence)
