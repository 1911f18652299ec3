"""Eighteenth-session speaker rules: the author of an utterance noun speaks ("a post from X",
"X's posts"), police ranks and kin nouns as titles, "the association" as the one organisation
so named, a family by its plural surname as "they", and a surname NER missed."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract


def test_a_post_from_a_person_speaks_for_her_and_seeds_she() -> None:
    record = extract(
        "The network said on Monday it would cover the race as news. The coverage will be "
        "critical, according to a post from Margaret Ellison.\n\n"
        '"We will cover the damage the campaign does to the country," she wrote.'
    )
    assert _speaker(record, _quote(record, "coverage will be critical")) == "Margaret Ellison"
    assert _speaker(record, _quote(record, "damage the campaign")) == "Margaret Ellison"


def test_a_police_rank_names_the_officer_of_that_title() -> None:
    record = extract(
        "Police Lt. Daniel Okafor said the driver fled on foot. Officers found him an hour "
        'later. "He turned himself in without incident," the state police lieutenant added.'
    )
    q = _quote(record, "without incident")
    assert _speaker(record, q) == "Daniel Okafor"


def test_the_mother_is_the_person_titled_mother() -> None:
    record = extract(
        "The boy left home in March, mother Renata Kowalczyk told reporters on Tuesday. "
        "Though she missed him, the mother said she understood his choice to go."
    )
    q = _quote(record, "understood his choice")
    assert (_speaker(record, q) or "").endswith("Kowalczyk")


def test_a_kin_noun_with_no_titled_person_takes_no_speaker() -> None:
    record = extract(
        "Daniel Okafor spoke to the council on Monday. The father said the school had failed "
        "his son."
    )
    q = _quote(record, "school had failed")
    assert q.speaker is None


def test_the_association_is_the_one_association_named_before() -> None:
    record = extract(
        "Honeybees are in decline across the region, according to the National Beekeeping "
        "Association, which published a survey this week. Winters have grown milder.\n\n"
        "Farmers plant fewer wildflowers than before. Pesticides drift from the fields. "
        "Mites spread in the warm months.\n\nColonies lose a third of their bees "
        "each winter, the association says."
    )
    q = _quote(record, "lose a third")
    assert _speaker(record, q) == "National Beekeeping Association"


def test_a_family_by_its_plural_surname_is_they() -> None:
    record = extract(
        "Martin Hendry and his wife opened the farm to visitors in June. The Hendrys cut back "
        "the tours this year, and they said the farm needed more time with their children."
    )
    q = _quote(record, "more time with their children")
    assert q.speaker_name == "Hendrys"


def test_the_words_of_a_named_person_speak_for_him() -> None:
    record = extract(
        "Governor Tomas Varga spoke in the capital on Monday. According to Varga's statement, "
        "the bridge will reopen in May."
    )
    q = _quote(record, "bridge will reopen")
    assert _speaker(record, q) == "Tomas Varga"


def test_the_commission_introduced_unnamed_is_not_the_last_board() -> None:
    record = extract(
        "The Ohio Board of Elections said on Monday the candidate may stay on the ballot. "
        "But a Vermont ballot commission in January was less sure. The commission said the "
        "courts should settle the matter."
    )
    q = _quote(record, "courts should settle")
    assert q.speaker is None


def test_the_group_after_an_unnamed_group_spoke_is_that_group() -> None:
    record = extract(
        "The army said the town was calm. A militant group based in the hills claimed the "
        "attack. The group said more attacks would follow."
    )
    q = _quote(record, "more attacks would follow")
    assert q.speaker_name == "A militant group"


def test_a_live_blog_time_glued_to_a_name_is_no_part_of_it() -> None:
    record = extract(
        "Donald Trump and Marco Rubio met on stage in Manchester.\n\n"
        "February 6, 2016 9:12PMTrump said he would build the wall faster than anyone."
    )
    q = _quote(record, "build the wall")
    assert q.speaker_name == "Donald Trump"
