"""Thirty-sixth session (blind tables 76-81): a national police force named anywhere places the
story in its country ("near Fernie ..., the RCMP said"); a town named for its river keeps its
council ("the Swan River town council"); a role word opens no three-word town ("Thief River
Falls"); a possessive inside a town's own name is read whole ("The Lee's Summit school board");
a town set beside "a small city wedged between ..." is a town; a castle or minster names a town
of 5,000 people ("Alnwick Castle"); a big Mexican city is known by its name up to "de"
("Xalapa"); an unrelated old name of a city yields to the town that bears it now
("Grangeville"); and a name after "for the" that runs on into a longer name is no cause ("the
Melrose Sevens"). After tables 82-84: saleyards are a town's ("The Biloela saleyards") and "off"
is a locative ("off Algonac"). After tables 85-87: a town's own name runs on past its first
word's place ("The Arroyo Grande library", "Newton Aycliffe" with "Aycliffe" a person's), a
place word ends a town a role word opens ("College Place"), a church's denomination, a school
district's "Independent", a board of commissioners, a ferry, parents and silos are a town's,
and a dateline may name a three-word country ("MOUNT HAGEN, Papua New Guinea -")."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text

from dateline.config import Settings
from dateline.geo.learned_towns import town_candidates
from dateline.geo.state_agencies import agency_units
from dateline.nlp import load


def _features(text: str, name: str) -> dict[str, float]:
    doc = load(Settings().model)(text)
    return next(c.features for c in town_candidates(doc, [], []) if c.text == name)


def test_a_national_police_force_places_the_story_in_its_country() -> None:
    text = "Two snowmobilers were rescued near Fernie on Saturday, the RCMP said."
    assert_place_near(text, "Fernie", "CAN", 49.5, -115.07)
    units = agency_units("The PSNI said the road would reopen. Gardai were called.")
    assert [c.name for c in units["force:Northern Ireland"]] == ["Northern Ireland"]
    assert [c.cc for c in units["force:Ireland"]] == ["IE"]
    assert agency_units("The SQ ratio rose.") == {}


def test_a_river_town_keeps_its_council() -> None:
    text = "The Swan River town council will meet on Thursday to set the mill rate."
    assert_place_near(text, "Swan River", "CAN", 52.11, -101.27)
    assert "Swan River" not in places_by_text("Anglers fished the Swan River on Sunday.")


def test_a_role_word_opens_no_three_word_town() -> None:
    text = "The Thief River Falls city council approved a new budget on Monday."
    assert_place_near(text, "Thief River Falls", "USA", 48.12, -96.18)


def test_a_possessive_inside_a_towns_name_is_read_whole() -> None:
    text = "The Lee's Summit police department hired six officers this spring."
    assert_place_near(text, "Lee's Summit", "USA", 38.91, -94.38)


def test_a_town_set_beside_a_small_city_wedged_between() -> None:
    text = "Ralston, a city nestled beside Omaha, plans a new arena for its hockey club."
    assert_place_near(text, "Ralston", "USA", 41.21, -96.04)


def test_a_castle_or_minster_names_a_town_of_five_thousand() -> None:
    castle = "Alnwick Castle will reopen to visitors on Saturday after its winter closure."
    assert_place_near(castle, "Alnwick Castle", "GBR", 55.41, -1.71)
    minster = "Choirs sang at Southwell Minster on Sunday evening."
    assert_place_near(minster, "Southwell Minster", "GBR", 53.08, -0.96)


def test_a_big_mexican_city_by_its_name_up_to_de() -> None:
    text = "Farmers blocked roads around the center of Xalapa on Thursday over coffee prices."
    assert_place_near(text, "Xalapa", "MEX", 19.53, -96.92)


def test_an_unrelated_old_name_yields_to_the_town_bearing_it() -> None:
    text = "Grangeville's school board approved a four-day week for next year."
    assert_place_near(text, "Grangeville", "USA", 45.93, -116.12)


def test_a_name_running_on_after_for_the_is_no_cause() -> None:
    sevens = "Crowds filled the ground for the Melrose Sevens on Saturday afternoon."
    assert "Melrose" in places_by_text(sevens)
    cause = "Members of the Coalition for Unity and Democracy met on Monday."
    assert "Unity" not in places_by_text(cause)


def test_a_towns_own_body_is_a_feature() -> None:
    assert _features("The Jay selectboard voted on Tuesday.", "Jay")["governed"] == 1.0
    resident = "Ann Cole, a lifelong resident of Whitman, died on Monday in Brockton."
    assert _features(resident, "Whitman")["governed"] == 1.0
    board = "The Howard village board voted on Tuesday."
    assert _features(board, "Howard")["governed"] == 1.0


def test_saleyards_and_off_frame_a_town() -> None:
    saleyards = "The Roma saleyards sold 3,000 head of cattle on Friday."
    assert _features(saleyards, "Roma")["then_civic"] == 1.0
    off = "A barge ran aground off Marysville early Sunday."
    assert _features(off, "Marysville")["after_locative"] == 1.0


def test_a_town_named_whole_beyond_its_first_words_place() -> None:
    whole = "Crews will repave the Arroyo Grande library's parking lot in June."
    assert_place_near(whole, "Arroyo Grande", "USA", 35.12, -120.59)
    person = "A bus maker's plant in Newton Aycliffe will hire 150 workers."
    assert_place_near(person, "Newton Aycliffe", "GBR", 54.62, -1.57)
    college = "College Place council members voted on Monday to widen Rose Street."
    assert_place_near(college, "College Place", "USA", 46.05, -118.39)


def test_a_towns_church_schools_and_services() -> None:
    church = "Members of a Burnsville Lutheran church rebuilt a neighbour's porch."
    assert_place_near(church, "Burnsville", "USA", 44.77, -93.28)
    schools = "Jenkins Independent Schools will stay closed on Monday."
    assert_place_near(schools, "Jenkins", "USA", 37.17, -82.63)
    assert _features("King's board of commissioners met on Tuesday.", "King")["governed"] == 1.0
    assert _features("Gosport ferry fares will rise.", "Gosport")["then_civic"] == 1.0


def test_a_dateline_with_a_three_word_country() -> None:
    text = "MOUNT HAGEN, Papua New Guinea — Police set a curfew after a night of clashes."
    assert_place_near(text, "MOUNT HAGEN", "PNG", -5.86, 144.23)
