"""Actor tables and person merging met in real news: US federal departments by their short
names, an armed group's alias that is a bare organisation word ("the Foundation") no longer
coding every foundation as rebels, and "Mr." and "Mrs." of one surname kept apart."""

import pytest

from dateline.entities import code_actor


@pytest.mark.parametrize(
    "phrase",
    ["the State Department", "the Justice Department", "Treasury Department",
     "the Labor Department", "the Interior Department", "HUD"],
)  # fmt: skip
def test_us_departments_by_short_name(phrase: str) -> None:
    actor = code_actor(phrase)
    assert actor is not None and actor.country == "USA" and actor.sector == "GOV"


@pytest.mark.parametrize("phrase", ["the Clinton Foundation", "the Heritage Foundation"])
def test_a_foundation_is_no_armed_group(phrase: str) -> None:
    actor = code_actor(phrase)
    assert actor is None or actor.sector != "REB"


def test_group_names_written_with_a_hyphen_stay() -> None:
    actor = code_actor("al-Qaeda")
    assert actor is not None and actor.country == "IMG"


def test_mr_and_mrs_of_one_surname_join_the_full_name_of_their_sex() -> None:
    from dateline import extract

    text = (
        "Bill Clinton spoke in Iowa. Hillary Clinton stayed in New York. Mr. Clinton said the "
        "economy was strong. Mrs. Clinton said she would win. Later, Mr. Clinton left."
    )
    rec = extract(text, published="2016-01-20")
    people = {e.name: len(e.mentions) for e in rec.entities if e.name.endswith("Clinton")}
    # Each honorific joins the one full name whose given name states its sex.
    assert people == {"Bill Clinton": 3, "Hillary Clinton": 2}
    speakers = {rec.text[q.content.start : q.content.end]: q.speaker_name for q in rec.quotes}
    assert speakers["the economy was strong"] == "Bill Clinton"
    assert speakers["she would win"] == "Hillary Clinton"
