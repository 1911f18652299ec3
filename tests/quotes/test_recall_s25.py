"""Twenty-fifth-session recall round: gold quotes no prediction overlapped.

- Two reports each inside the other's content used to drop each other as nested ("*Few towns
  require permits*, according to X", where "require" proposes "permits, according to X"); the
  likelier one now stays (:data:`dateline.quotes.find.KEEP_LIKELIER_OF_MUTUAL`; such pairs on
  PolNeAR train: the likelier one matched the gold 8 times in 8 on the first four fifths, 3 in 4
  on the last fifth).
- A poll's finding whose "in a poll" the parse hangs on the verb's object ("had a dim view of X
  *in a new poll*") is reported like one hung on the verb
  (:data:`dateline.quotes.patterns.OBJECT_FINDINGS`).
- A verb of saying set off by "as" ("..., as critics point out", "But as the mayor noted, ...")
  reports the clause it modifies, like "according to X"
  (:data:`dateline.quotes.according.USE_AS_ASIDES`).
"""

from __future__ import annotations

from dateline_helpers import quote_triples

from dateline import extract
from dateline.quotes import according, find, patterns


def test_according_to_survives_a_verb_that_nests_it_back() -> None:
    record = extract(
        "Not every city requires drivers to carry permits, according to Mary Jones, a "
        "transport consultant.\n"
    )
    assert quote_triples(record) == [
        ("Not every city requires drivers to carry permits", "according to", "Mary Jones")
    ]


def test_mutual_nesting_switch_off_drops_both(monkeypatch) -> None:
    monkeypatch.setattr(find, "KEEP_LIKELIER_OF_MUTUAL", False)
    record = extract(
        "Not every city requires drivers to carry permits, according to Mary Jones, a "
        "transport consultant.\n"
    )
    assert quote_triples(record) == []


def test_a_plain_report_with_a_nested_one_keeps_the_outer() -> None:
    record = extract("The mayor said the council claimed the bridge was safe.\n")
    assert quote_triples(record) == [
        ("the council claimed the bridge was safe", "said", "The mayor")
    ]


def test_a_poll_hung_on_the_object_is_the_findings_source() -> None:
    record = extract(
        "Only 20 percent of young voters have a favorable view of the governor in a new "
        "Reuters poll.\n"
    )
    assert quote_triples(record) == [
        (
            "Only 20 percent of young voters have a favorable view of the governor",
            "in",
            "a new Reuters poll",
        )
    ]


def test_object_findings_switch_off(monkeypatch) -> None:
    monkeypatch.setattr(patterns, "OBJECT_FINDINGS", False)
    record = extract("In April, the senator had 30 percent support in a CNN poll.\n")
    assert quote_triples(record) == []


def test_a_poll_hung_on_the_subject_is_no_finding() -> None:
    record = extract("Most voters in the new poll were farmers from the north.\n")
    assert quote_triples(record) == []


def test_an_as_aside_before_the_clause_reports_it() -> None:
    record = extract("But as the mayor noted, those voters will give the plan a second look.\n")
    assert quote_triples(record) == [
        ("those voters will give the plan a second look", "noted", "the mayor")
    ]


def test_an_as_aside_after_the_clause_reports_it() -> None:
    record = extract("The rates changed over the winter, as the bank has sometimes acknowledged.\n")
    assert quote_triples(record) == [
        ("The rates changed over the winter", "acknowledged", "the bank")
    ]


def test_as_asides_switch_off(monkeypatch) -> None:
    monkeypatch.setattr(according, "USE_AS_ASIDES", False)
    record = extract("The rates changed over the winter, as the bank has sometimes acknowledged.\n")
    assert quote_triples(record) == []


def test_a_temporal_as_is_no_aside() -> None:
    record = extract("As the senator spoke, protesters gathered outside the hall.\n")
    assert quote_triples(record) == []


def test_an_as_clause_with_its_own_complement_is_its_own_report() -> None:
    record = extract("As the mayor said that the road was closed, drivers turned back.\n")
    assert [t[1] for t in quote_triples(record)] == ["said"]


def test_details_in_an_analysis_are_no_finding() -> None:
    record = extract("You can find more details in Jane Smith's analysis of the plan.\n")
    assert quote_triples(record) == []
