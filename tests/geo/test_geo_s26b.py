"""Twenty-sixth round (local table 13): a strong short name yields to the town NER reads whole
from it, a road and its town run into one entity are split, "on the edge of <town>" frames a
town, a side in a result written as an infinitive ("... to edge Y 2-1") is its town, a
council named after its town's district with a word of its own is the town's, and a town
names the thing after it ("at the Stillwater food pantry"). Sentences written for these
tests."""

from __future__ import annotations

from spacy.tokens import Span

from dateline.geo.ner import ner_places
from dateline.geo.nonplaces import named_people


def test_strong_first_word_yields_to_the_town_read_whole(nlp, places) -> None:
    text = "The school district in San Benito will add two buses, officials said."
    doc = nlp(text)
    assert ("San Benito", "GPE") in [(e.text, e.label_) for e in doc.ents]  # the premise
    found = places(text)
    assert "San Benito" in found and "San" not in found


def test_strong_name_without_a_longer_town_stays(places) -> None:
    found = places("Israeli troops raided villages in the Jordan Valley on Monday.")
    assert found.get("Jordan", (None, None))[1] == "JOR"


def _facility(nlp, text: str, phrase: str) -> list[Span]:
    """``phrase`` as the text's one facility entity (the small model's lumping)."""
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), label="FAC")
    doc.ents = [span]
    return [span]


def test_road_and_town_in_one_entity_are_split(nlp) -> None:
    text = "A tanker overturned on the A303 near Amesbury on Tuesday."
    ents = _facility(nlp, text, "the A303 near Amesbury")
    found = [text[s:e] for s, e in ner_places(ents, named_people(ents))]
    assert found == ["Amesbury"]


def test_place_named_whole_is_not_split(nlp) -> None:
    text = "Flooding closed schools in Kirkby in Ashfield on Monday."
    ents = _facility(nlp, text, "Kirkby in Ashfield")
    found = [text[s:e] for s, e in ner_places(ents, named_people(ents))]
    assert found == ["Kirkby in Ashfield"]


def test_edge_of_town_frames_the_town(places) -> None:
    found = places("Meath County Council will build a playground on the edge of Navan next year.")
    assert found.get("Navan", (None, None)) == ("city", "IRL")


def test_result_as_infinitive_names_both_sides(places) -> None:
    found = places("Bemidji rallied in the final minutes to edge Cloquet 2-1 on Thursday.")
    assert found.get("Bemidji", (None, None))[1] == "USA"
    assert found.get("Cloquet", (None, None))[1] == "USA"


def test_infinitive_without_a_score_is_no_result(places) -> None:
    found = places("Bemidji worked hard all week to beat the deadline for the grant.")
    assert "Bemidji" not in found


def test_council_named_after_the_town_district(places) -> None:
    found = places("Taupo Harbour Council said the jetty would reopen in spring.")
    assert found.get("Taupo", (None, None)) == ("city", "NZL")


def test_descriptor_inside_a_council_name_is_no_unit(places) -> None:
    found = places("Taupo Lakes Council voted to close the boat ramp for the winter.")
    assert "Lakes" not in found  # not South Sudan's Lakes state
    assert found.get("Taupo", (None, None)) == ("city", "NZL")


def test_town_before_a_lower_case_noun_after_the(places) -> None:
    found = places(
        "Donations poured in to the Stillwater food pantry after the storm hit Payne County."
    )
    assert found.get("Stillwater", (None, None)) == ("city", "USA")


def test_the_before_a_person_is_no_town(places) -> None:
    found = places("She thanked the Trump administration for the grant.")
    assert "Trump" not in found


def test_town_name_running_on_into_an_institution_stays_unread(places) -> None:
    found = places("She earned her law degree at St. John's University School of Law in 1994.")
    assert "St. John's" not in found
