"""Seventh-round speaker rules: a word that only dates an office ("former") matches no title,
and a group noun that a "for" phrase describes is a new organisation, not the last speaker."""

from __future__ import annotations

from dateline_helpers import quote_with as _quote
from dateline_helpers import speaker_name as _speaker

from dateline import extract


def test_former_alone_does_not_match_a_former_president() -> None:
    record = extract(
        "Former President George Lyle criticised the plan on Sunday. Carla Mendez, who ran a "
        "software firm, said Monday the plan was sound. But, the former CEO of Brightline "
        "added, it would not pass."
    )
    q = _quote(record, "would not pass")
    assert _speaker(record, q) != "George Lyle"


def test_former_president_still_matches_the_former_president() -> None:
    record = extract(
        "Former President George Lyle spoke in Dayton on Sunday. The crowd was small. "
        "The plan will fail, the former president said."
    )
    q = _quote(record, "plan will fail")
    assert _speaker(record, q) == "George Lyle"


def test_a_group_described_by_a_for_phrase_is_not_the_last_company() -> None:
    record = extract(
        "Insurers are worried. Hollis Health said it would leave two states. Just this week, "
        "the trade group for the regional insurers spelled out its concerns in a letter."
    )
    q = _quote(record, "its concerns")
    assert _speaker(record, q) != "Hollis Health"


def test_the_company_still_refers_back() -> None:
    record = extract(
        "Hollis Health said it would leave two states. The company said prices had risen."
    )
    q = _quote(record, "prices had risen")
    assert _speaker(record, q) == "Hollis Health"
