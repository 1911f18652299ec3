"""Thirty-seventh session (blind tables 88-96): a town placed the Irish way by "Co" and its
county is a town, and so is the county NER read as a person ("off Ballycastle, Co Antrim"); a
town and its state that NER took for one name of another kind are both places ("near Miri in
Sarawak"); a smaller exonym-like spelling yields to the town that bears the name ("Albia" is no
Albi); a lake's town owns its library and police ("Lake Geneva's"); "X in Y County" places the
town in that county ("Goshen in Orange County"); a street lies in the town named after "in"
("on Cedar Lane in McKenzie"); a county named alone gives the learned stage its nearness (Usk
beside Monmouthshire); a town's harbour is the town's ("into Pittenweem harbour"); and a town
of a county the story reads is no bare county of the story's home state ("An Osceola County
judge in Sibley" beside "Luverne, Minn."). After tables 97-99: a town's own name whose words a
lower-case particle joins is found whole ("Portage la Prairie", "Bridge of Allan"); a name set
"in eastern Mongolia" is a town there; and "X City Schools" are a town's."""

from __future__ import annotations

from dateline_helpers import assert_place_near, places_by_text
from spacy.tokens import Span

from dateline.config import Settings
from dateline.geo.learned_towns import town_candidates
from dateline.geo.listed import misread_pairs
from dateline.geo.mention import Mention
from dateline.nlp import load


def test_a_town_placed_by_its_irish_county_is_a_town() -> None:
    text = "Lifeboat crews helped a swimmer off Ballycastle, Co Antrim, on Saturday."
    assert_place_near(text, "Ballycastle", "GBR", 55.2, -6.24)
    assert_place_near(text, "Antrim", "GBR", 54.72, -6.21)


def test_a_town_and_its_state_read_as_one_name_are_both_places() -> None:
    doc = load(Settings().model)("The helicopter landed near Sibu in Sarawak on Tuesday.")
    start = [t.text for t in doc].index("Sibu")
    doc.ents = [Span(doc, start, start + 3, label="WORK_OF_ART")]
    assert [doc.text[s:e] for s, e in misread_pairs(list(doc.ents))] == ["Sibu", "Sarawak"]
    doc.ents = [Span(doc, start, start + 3, label="GPE")]
    assert misread_pairs(list(doc.ents)) == []


def test_a_spelling_alike_smaller_city_yields_to_the_towns_own_name() -> None:
    text = "Albia city council members approved a new water tower on Monday."
    assert_place_near(text, "Albia", "USA", 41.03, -92.81)
    assert_place_near("Police in Hanover said the suspect fled.", "Hanover", "DEU", 52.37, 9.73)


def test_a_lakes_town_owns_its_library() -> None:
    assert_place_near(
        "Lake Geneva's police department hired two officers this month.",
        "Lake Geneva",
        "USA",
        42.59,
        -88.43,
    )
    assert places_by_text("Boats crossed Lake Geneva on Sunday.")["Lake Geneva"].country is None


def test_a_town_in_a_named_county_lies_in_it() -> None:
    text = "The town of Goshen in Orange County will pave Main Street next year."
    assert_place_near(text, "Goshen", "USA", 41.4, -74.32)


def test_a_street_lies_in_the_town_after_it() -> None:
    text = "A fire damaged a barn on Cedar Lane in McKenzie, firefighters said."
    assert_place_near(text, "McKenzie", "USA", 36.13, -88.52)


def test_a_county_alone_gives_nearness() -> None:
    doc = load(Settings().model)("Monmouthshire councillors met to discuss the bridge at Usk.")
    county = Mention(0, len("Monmouthshire"), "Monmouthshire")
    features = next(c.features for c in town_candidates(doc, [], [county]) if c.text == "Usk")
    assert features["near_50"] == 1.0
    text = "Monmouthshire councillors will decide whether to rebuild the flood wall of Usk."
    assert_place_near(text, "Usk", "GBR", 51.7, -2.9)


def test_a_towns_harbour_is_the_towns() -> None:
    doc = load(Settings().model)("A trawler was towed into Pittenweem harbour on Friday.")
    features = next(c.features for c in town_candidates(doc, [], []) if c.text == "Pittenweem")
    assert features.get("then_civic") == 1.0


def test_a_town_of_a_named_county_is_no_bare_county_of_the_home_state() -> None:
    text = "An Osceola County judge in Sibley sentenced a Luverne, Minn., man on Monday."
    assert_place_near(text, "Sibley", "USA", 43.4, -95.75)


def test_a_towns_own_name_joined_by_a_particle_is_found_whole() -> None:
    text = "Flooding closed two roads in Portage la Prairie on Sunday, the RCMP said."
    assert_place_near(text, "Portage la Prairie", "CAN", 49.97, -98.29)
    text = "Volunteers cleared litter along the riverbank in Bridge of Weir on Saturday."
    assert_place_near(text, "Bridge of Weir", "GBR", 55.86, -4.58)


def test_a_town_in_a_part_of_a_country_is_a_town() -> None:
    text = "Trains reaching Choibalsan in eastern Mongolia will carry coal from next month."
    assert_place_near(text, "Choibalsan", "MNG", 48.07, 114.53)


def test_a_towns_city_schools_are_the_towns() -> None:
    text = "Chickamauga City Schools will start classes an hour later next year."
    assert_place_near(text, "Chickamauga", "USA", 34.87, -85.29)
    assert "Kansas" not in places_by_text("Kansas City Schools will close on Monday.")
