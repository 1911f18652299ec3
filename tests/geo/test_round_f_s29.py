"""Twenty-ninth session, round F (local tables 25 and 21): a side in a result with its score is
its town when words or numbers of how it played come before the result ("rallied from 14
points down to beat"), when the side is its town's team ("Tifton's Blue Devils"), when NER
reads the opening side as a person, and when NER runs the other side's entity over the score;
a sentence's opening subject is a town when the two towns its traffic is sent through lie near
it ("Golden will close the bridge, with traffic sent via Wheat Ridge and Arvada"); an event
named after a town is the town's ("the Tifton Fair").
Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.geo import document_places


def test_numbers_of_how_the_side_played(places) -> None:
    found = places("Cordele fought back from 10 points down to beat Americus 21-17 on Friday.")
    assert found.get("Cordele") == ("city", "USA")


def test_opening_side_read_as_a_person(places) -> None:
    found = places("Tifton rallied from 14 points down to beat Harding 28-21 on Saturday.")
    assert found.get("Tifton") == ("city", "USA")
    assert "Harding" not in found  # the other side NER reads as a person stays unread


def test_town_team_as_the_side(places) -> None:
    found = places("Searcy's Lions held on with 30 seconds left to beat Conway 17-14 on Friday.")
    assert found.get("Searcy") == ("city", "USA")


def test_entity_run_over_the_score(nlp) -> None:
    doc = nlp("Cullman pulled away late to beat Hartselle 35-21 on Friday.")
    start = next(t.i for t in doc if t.text == "Hartselle")
    end = next(t.i for t in doc if t.text == "21") + 1
    doc.ents = [Span(doc, start, end, label="LAW")]  # the small model's "Bryant 24-21"
    found = {p.text: (p.kind, p.country) for p in document_places(doc)}
    assert found.get("Hartselle") == ("city", "USA")


def test_common_word_side_is_no_town(places) -> None:
    found = places("Hope rallied from 14 points down to beat Harding 28-21 on Saturday.")
    assert "Hope" not in found


def test_person_named_in_full_is_no_side(places) -> None:
    found = places("Tom Easley was pleased. Easley rallied from 10 points down to beat Wren 28-21.")
    assert "Easley" not in found


def test_tennis_player_is_no_town(places) -> None:
    found = places("Federer rallied from two sets down to beat Nadal 6-4 in Paris.")
    assert set(found) == {"Paris"}


def test_opening_subject_vouched_by_the_towns_of_its_detour(places) -> None:
    found = places(
        "Golden will close the Ford Street bridge in May, with traffic sent via Wheat Ridge"
        " and Arvada."
    )
    assert found.get("Golden") == ("city", "USA")


def test_opening_subject_and_detour_read_as_people(places) -> None:
    found = places(
        "Sterling will rebuild its water tower, and trucks will be sent through Rock Falls"
        " and Dixon."
    )
    assert {"Sterling", "Rock Falls", "Dixon"} <= set(found)


def test_person_driving_through_towns_is_no_town(places) -> None:
    found = places("Mark will drive through Denver and Boulder next week.")
    assert "Mark" not in found
    assert {"Denver", "Boulder"} <= set(found)


def test_town_fair_is_the_town(places) -> None:
    found = places("Crowds packed the Tifton Fair on Saturday for the tractor pull.")
    assert found.get("Tifton") == ("city", "USA")


def test_fair_of_a_common_word_is_no_town(places) -> None:
    assert places("Students showed their projects at the Science Fair on Tuesday.") == {}
