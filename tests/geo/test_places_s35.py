"""Thirty-fifth session (blind tables 70-72): the learned stage reads a name after a
capitalised word that opens the sentence ("A Bowman rancher", "In Mayville"), a name whose
parts a hyphen joins ("Fuquay-Varina commissioners"), a town's community council, residents and
trades ("the Alness community council", "a retired Centerville schoolteacher") and a spot above
or below a town ("the hills above Ojai"); a common word set beside "the ... town known for" is
that town ("Wall, the Badlands town known for its drugstore"); and a country's name before a
town's own council is a town of that name ("Peru city council members voted"). After the second
trio (tables 73-75): a team's nickname after a town's name is the town's team ("Castleford
Tigers"), a given name's possessive of a town's board is the town ("Howard's village board"), the
noun a name modifies decides whether it names a kind ("the Grapevine wine festival"), a place
entity with its possessive names the whole town ("Pueblo West's"), and an irregular plural is an
English word ("Media reports suggest")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.config import Settings
from dateline.geo.learned_towns import town_candidates
from dateline.nlp import load


def _candidates(text: str) -> dict[str, dict[str, float]]:
    doc = load(Settings().model)(text)
    return {c.text: c.features for c in town_candidates(doc, [], [])}


def test_a_capitalised_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    found = _candidates("A Warminster pensioner was fined for leaving rubbish in a lay-by.")
    assert "Warminster" in found
    assert found["Warminster"]["after_determiner"] == 1.0
    assert "sentence_start" not in found["Warminster"]
    in_town = _candidates("In Warminster, crews will resurface the High Street next month.")
    assert in_town["Warminster"]["after_locative"] == 1.0


def test_a_hyphen_joins_a_towns_name() -> None:
    text = "Sedro-Woolley commissioners approved a new skate park on Metcalf Street."
    assert "Sedro-Woolley" in _candidates(text)
    assert_place_near(text, "Sedro-Woolley", "USA", 48.5, -122.24)


def test_a_lower_case_word_after_a_hyphen_is_still_no_name() -> None:
    assert not any("-" in name for name in _candidates("Police in Kokomo-area towns met."))


def test_a_towns_community_council_and_its_trades_are_a_towns() -> None:
    text = "The Brora community council has asked for a crossing near the primary school."
    assert _candidates(text)["Brora"]["then_civic"] == 1.0
    trade = _candidates("Services for Ada Moss, a retired Lamesa schoolteacher, are Friday.")
    assert trade["Lamesa"]["then_civic"] == 1.0


def test_a_spot_above_or_below_a_town_is_a_locative() -> None:
    found = _candidates("Crews held a grass fire on the ridge above Ojai overnight.")
    assert found["Ojai"]["after_locative"] == 1.0


def test_a_common_word_beside_the_town_known_for_is_that_town() -> None:
    text = "Hope, the Arkansas town known for its giant watermelons, will host a festival."
    assert_place_near(text, "Hope", "USA", 33.67, -93.59)


def test_a_countrys_name_before_a_towns_own_council_is_the_town() -> None:
    text = "Lebanon city council members voted to raise water rates by 6 percent."
    assert_place_near(text, "Lebanon", "USA", 36.21, -86.29)


def test_a_country_after_an_article_or_a_comma_stays_the_country() -> None:
    some = places_by_text("A Peru city council voted to ban plastic bags, the ministry said.")
    assert some["Peru"].country == "PER"
    capital = places_by_text("Lima, Peru's city council voted to close the old market.")
    assert capital["Peru"].country == "PER"


def test_a_name_a_hyphen_joins_to_another_is_no_candidate() -> None:
    found = _candidates("Fiorina, the former CEO of Hewlett-Packard, joined the ticket.")
    assert "Hewlett" not in found and "Hewlett-Packard" not in found


def test_a_possessive_owning_nothing_is_a_shop() -> None:
    found = _candidates("The line sells at Macy's, Nordstrom and other department stores.")
    assert "Macy" not in found
    assert "Pitman" in _candidates("Pitman's annual Halloween parade drew crowds.")


def test_a_teams_nickname_after_a_town_is_the_towns_team() -> None:
    found = _candidates("Castleford Tigers signed a half-back on a two-year deal.")
    assert found["Castleford"]["then_institution"] == 1.0
    assert "Castleford" in places_by_text(
        "Castleford Tigers signed a half-back on a two-year deal."
    )


def test_a_given_names_possessive_of_a_towns_board_is_the_town() -> None:
    text = "Howard's village board approved a roundabout on Lineville Road."
    assert "Howard" in _candidates(text)
    assert "Howard" not in _candidates("Howard's lawyer said the case was closed.")


def test_the_noun_a_name_modifies_decides_whether_it_names_a_kind() -> None:
    assert "Grapevine" in _candidates("The Grapevine wine festival drew a record crowd.")
    assert "Cadillac" not in _candidates("The Cadillac tax was repealed last year.")


def test_a_place_entity_with_its_possessive_names_the_whole_town() -> None:
    text = "Pueblo West's metropolitan district board agreed to hire two firefighters."
    assert_place_near(text, "Pueblo West", "USA", 38.35, -104.72)


def test_an_irregular_plural_is_an_english_word() -> None:
    found = _candidates("Media reports suggest that the outbreak began in a market.")
    assert found["Media"]["english_word"] == 1.0
