"""Fourteenth-session QA round: anaphoric expressions anchored on the narrative's last date,
weekdays that date a noun, "was to" schedules, a bare month in its clause's stated year, and
"9/11" in titles; short synthetic sentences (reference dates given per case)."""

from __future__ import annotations

import pytest
from dateline_helpers import time_values as _times


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Anaphoric expressions take the nearest dated expression of the same or last sentence.
        (
            "Rioters burned cars in Lyon on Friday. The next day, the mayor imposed a curfew.",
            "2019-03-11",
            [("Friday", "2019-03-08"), ("The next day", "2019-03-09")],
        ),
        (
            "The bank failed in 1998. Three years later, its chairman was jailed.",
            "2019-03-11",
            [("1998", "1998"), ("Three years later", "2001")],
        ),
        (
            "Rebels shelled the port on Sunday. A day earlier, two soldiers died in a raid.",
            "2019-03-11",
            [("Sunday", "2019-03-10"), ("A day earlier", "2019-03-09")],
        ),
        (
            "The strike began on Oct. 2, 2017. The following week, the airport closed.",
            "2019-03-11",
            [("Oct. 2, 2017", "2017-10-02"), ("The following week", "2017-W41")],
        ),
        (
            "She spoke at a rally on Tuesday night. Earlier in the day, she met donors.",
            "2019-03-14",
            [("Tuesday night", "2019-03-12TNI"), ("Earlier in the day", "2019-03-12")],
        ),
        # Not safe: an anchor coarser than the unit, or an anchor two sentences back.
        (
            "The plant closed in 2015. A week later, the owners sold it.",
            "2019-03-11",
            [("2015", "2015"), ("A week later", None)],
        ),
        (
            "The plant closed on Monday. Workers left. Prices fell. Two days later, it reopened.",
            "2019-03-13",
            [("Monday", "2019-03-11"), ("Two days later", None)],
        ),
        # "the day after" an event it names itself stays anaphoric with no value.
        (
            "The plant closed on Monday. He was arrested the day after the vote.",
            "2019-03-13",
            [("Monday", "2019-03-11"), ("the day after", None)],
        ),
        # A weekday that dates the clause's subject, or a possessed noun: the nearest day.
        (
            "Her wins in three states on Tuesday will ease the pressure on her campaign.",
            "2019-03-14",
            [("Tuesday", "2019-03-12")],
        ),
        (
            "The remarks could undercut the senator's pledge Monday night to back him.",
            "2019-03-14",
            [("Monday night", "2019-03-11TNI")],
        ),
        ("The minister will visit Oslo on Tuesday.", "2019-03-14", [("Tuesday", "2019-03-19")]),
        # A possessive weekday under a gerund of a present clause lies ahead.
        (
            "The governor is working to stop her from winning Tuesday's runoff.",
            "2019-03-10",
            [("Tuesday", "2019-03-12")],
        ),
        (
            "After winning Tuesday's runoff, the governor is the favourite.",
            "2019-03-14",
            [("Tuesday", "2019-03-12")],
        ),
        # "was to" / "were to": a schedule seen from the past, so the nearest day.
        (
            "The hostages were to be freed early Friday morning, officials said.",
            "2019-03-13",
            [("early Friday morning", "2019-03-15TMO")],
        ),
        # A bare month in a past clause that states its own year takes that year.
        (
            "The firm, which stayed in the 2011 bidding contest until April, has now withdrawn.",
            "2019-03-13",
            [("2011", "2011"), ("until April", "2011-04"), ("now", "PRESENT_REF")],
        ),
        (
            "The firm was founded in 2011. It opened its first shop in April.",
            "2019-06-13",
            [("2011", "2011"), ("April", "2019-04")],
        ),
        # "9/11" inside a title is no date; a bare "Sept. 11" keeps its tense outside the past.
        (
            "The director of Fahrenheit 9/11 spoke at the festival in 2005.",
            "2019-03-13",
            [("2005", "2005")],
        ),
        (
            "Flights were grounded after 9/11. The committee will meet on Sept. 11 to vote.",
            "2019-03-13",
            [("after 9/11", "2001-09-11"), ("Sept. 11", "2019-09-11")],
        ),
        (
            "Flights were grounded after 9/11. Since Sept. 11, airport security has been tighter.",
            "2019-03-13",
            [("after 9/11", "2001-09-11"), ("Since Sept. 11", "2001-09-11")],
        ),
        # A headline fragment: the gerund's chain ends at a noun root (must not loop).
        ("Things to watch in Tuesday's debate.", "2019-03-14", [("Tuesday", "2019-03-12")]),
        # A day word after an article is a noun, not a date.
        (
            "''Imagine a tomorrow where work is honored,'' she said on Tuesday.",
            "2019-03-14",
            [("Tuesday", "2019-03-12")],
        ),
        ("The minister flies home tomorrow.", "2019-03-14", [("tomorrow", "2019-03-15")]),
    ],
)
def test_qa14_cases(text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert _times(text, published) == expected
