"""Twenty-third-session span round: labels before a colon that name no speaker, and roundup
items whose speaker follows a dash.

A headline's kicker ("BOOM: ...", "Wow: ...", "Revealed: ...") is the writer's exclamation or
flag, so the line is no quotation of anyone's and the participle reports nothing; a poll
roundup's item ("<summary> - Name: "..."") gives the quotation's speaker after the dash, not in
the summary before it.
"""

from __future__ import annotations

from dateline_helpers import quote_triples

from dateline import extract


def test_exclamation_before_a_headline_colon_is_no_speaker() -> None:
    record = extract(
        "BOOM: Governor Fires Back At Critics With A Single Sentence\n\n"
        "The governor answered his critics on Tuesday. He said the plan would pass.\n"
    )
    assert quote_triples(record) == [("the plan would pass", "said", "He")]


def test_interjection_kicker_in_title_case_is_no_speaker() -> None:
    record = extract(
        "Wow: Senator Makes Surprising Admission About The Budget\n\n"
        "The senator said on Monday that the budget was too small.\n"
    )
    assert [c for c, _, _ in quote_triples(record)] == ["that the budget was too small"]


def test_participle_kicker_opening_the_headline_reports_nothing() -> None:
    record = extract(
        "Revealed: What The Leaked Memo Contains Makes The Budget Fight Even Worse\n\n"
        "The memo was sent to council members on Monday. The mayor said the budget would pass.\n"
    )
    assert quote_triples(record) == [("the budget would pass", "said", "The mayor")]


def test_a_name_before_a_headline_colon_still_speaks() -> None:
    record = extract(
        "Lisa Moran: The City Needs A New Stadium Before 2030\n\n"
        "Lisa Moran, the mayor, spoke on Monday about the stadium.\n"
    )
    assert ("The City Needs A New Stadium Before 2030", ":", "Lisa Moran") in quote_triples(record)


def test_transcript_turns_keep_their_speakers() -> None:
    record = extract("MORAN: We will build it. We will pay for it.\nREPORTER: When?\n")
    assert quote_triples(record)[0] == ("We will build it. We will pay for it.", ":", "MORAN")


def test_roundup_item_quotes_the_name_after_the_dash() -> None:
    record = extract(
        "Weekly Poll Roundup: Turnout Holds Steady\n\n"
        "Turnout models were right this time - Dana Holt: \u201cThe turnout in the northern "
        "counties matched what the surveys predicted. Nobody expected that.\u201d [Poll Desk]\n\n"
        "Online panels drew criticism - Survey Monitor: \u201cOpt-in panels overstate engagement "
        "among younger respondents.\u201d [Monitor.]\n"
    )
    said = quote_triples(record)
    assert (
        "\u201cThe turnout in the northern counties matched what the surveys predicted. "
        "Nobody expected that.\u201d",
        ":",
        "Dana Holt",
    ) in said
    assert (
        "\u201cOpt-in panels overstate engagement among younger respondents.\u201d",
        ":",
        "Survey Monitor",
    ) in said


def test_a_verb_in_the_roundup_summary_reports_only_up_to_the_dash() -> None:
    record = extract(
        "Weekly Poll Roundup: Turnout Holds Steady\n\n"
        "Pollsters agree - Dana Holt: \u201cThe turnout matched what the surveys predicted. "
        "Nobody expected that.\u201d [Poll Desk]\n\n"
        "But the polls did predict the rural vote - Survey Monitor: \u201cOpt-in panels overstate "
        "engagement among younger respondents.\u201d [Monitor.]\n"
    )
    said = quote_triples(record)
    assert ("the rural vote", "predict", "the polls") in said
    assert [source for content, _, source in said if "Opt-in panels" in content] == [
        "Survey Monitor"
    ]
    assert [source for content, _, source in said if "turnout matched" in content] == ["Dana Holt"]


def test_a_dash_before_a_colon_without_a_quotation_is_no_roundup() -> None:
    record = extract("The mayor spoke for an hour - Critics Mostly: nobody came back after.\n")
    assert all(source != "Critics Mostly" for _, _, source in quote_triples(record))
