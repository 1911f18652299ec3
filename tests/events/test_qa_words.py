"""Acts in words that real news codes wrongly (thirteenth session, second round), on synthetic
sentences.

Each test names a general cause: a blow in words between political actors ("attacked",
"slammed" with no weapon: ACCUSE, not ASSAULT), idioms of accusing and supporting ("took aim
at", "offered kind words about", "lined up behind"), an election won ("defeated" a rival: no
REJECT), a candidate challenged, released texts (no RETREAT), refused medical care (no REJECT),
a social occasion hosted (no meeting), a parenthesised former title (one actor, not two), a
question put (no request), a view on an issue ("I oppose abortion": no ACCUSE), an
appearance as an actor ("the appearance of X failed to sway voters"); and penalties dealt as a
blow ("hit China with tariffs": SANCTION, not ASSAULT). The rest guard the rules against
over-reach (a knife attack, a state dinner for a named guest, released prisoners, a request to
act, a candidate backed).
"""

from __future__ import annotations

from dateline_helpers import extract_record

from dateline.records import Record


def _record(text: str, published: str = "2016-02-20") -> Record:
    return extract_record(text, published)


def _types(rec: Record) -> list[str]:
    return [e.type for e in rec.events]


def test_a_politician_attacking_a_rival_accuses_him() -> None:
    rec = _record("Senator Marco Rubio attacked Jeb Bush on Monday.")
    assert _types(rec) == ["ACCUSE"]
    assert "Jeb Bush" in rec.events[0].recipient.text


def test_an_uncoded_named_rival_can_be_attacked_in_words() -> None:
    rec = _record("Senator Jane Doe slammed John Roe on Tuesday.")
    assert _types(rec) == ["ACCUSE"]


def test_an_attack_with_a_knife_stays_an_assault() -> None:
    rec = _record("Senator Jane Doe was attacked with a knife by a man in Ohio on Monday.")
    assert "ACCUSE" not in _types(rec)


def test_took_aim_at_is_an_accusation() -> None:
    rec = _record("Senator Jane Doe took aim at Governor John Roe on Monday.")
    assert _types(rec) == ["ACCUSE"]
    assert "John Roe" in rec.events[0].recipient.text


def test_kind_words_about_a_rival_are_support() -> None:
    rec = _record("Senator Jane Doe offered kind words about Governor John Roe on Tuesday.")
    assert _types(rec) == ["SUPPORT"]
    assert "John Roe" in rec.events[0].recipient.text


def test_lining_up_behind_a_candidate_is_support() -> None:
    rec = _record("Republican senators lined up behind Governor John Roe on Tuesday.")
    assert _types(rec) == ["SUPPORT"]


def test_an_election_won_is_no_rejection() -> None:
    rec = _record(
        "Senator Marco Rubio has not managed to defeat Senator Ted Cruz, despite his "
        "formidable advantages."
    )
    assert rec.events == []


def test_a_candidate_challenged_in_a_primary_is_no_accusation() -> None:
    rec = _record(
        "Professor Tim Doe, who is challenging Rep. John Roe in Florida, raised $250,000."
    )
    assert "ACCUSE" not in _types(rec)


def test_released_pages_of_emails_are_no_retreat() -> None:
    rec = _record("The State Department released 1,100 pages of emails on Friday night.")
    assert rec.events == []


def test_released_prisoners_are_still_a_retreat() -> None:
    rec = _record("Iran released 15 British sailors on Friday.")
    assert _types(rec) == ["RETREAT"]


def test_refused_treatment_is_no_rejection() -> None:
    rec = _record("John Roe had minor injuries and refused treatment, the Highway Patrol said.")
    assert rec.events == []


def test_hosting_dinners_for_donors_is_no_meeting() -> None:
    rec = _record("Senator Marco Rubio hosted dinners for wealthy donors in Washington last year.")
    assert "CONSULT" not in _types(rec)


def test_a_dinner_for_a_named_guest_is_still_a_meeting() -> None:
    rec = _record("President Obama hosted a state dinner for Chinese President Xi Jinping.")
    assert _types(rec) == ["CONSULT"]


def test_a_former_title_in_parentheses_is_no_second_actor() -> None:
    rec = _record(
        "In a note released Friday, White House Chief of Staff Denis McDonough (then deputy "
        "national security adviser) heaps praise on Kennedy for his role in the evacuation of "
        "the U.S. embassy in Sudan."
    )
    assert _types(rec) == ["SUPPORT"]
    assert "McDonough" in rec.events[0].actor.text


def test_a_clause_before_ask_is_not_what_is_asked() -> None:
    rec = _record(
        "On the day the Boston Globe reported the subpoenas, the CNN moderators didn't ask "
        "her about it."
    )
    assert "REQUEST" not in _types(rec)


def test_asking_a_party_to_act_is_still_a_request() -> None:
    rec = _record("Russia urged Syria to withdraw its troops from the border.")
    assert _types(rec) == ["REQUEST"]


def test_a_view_on_an_issue_is_no_accusation() -> None:
    rec = _record(
        "''I oppose abortion, but I think the clinic does a lot of good,'' said Kim Wells, a "
        "schoolteacher in Ohio."
    )
    assert rec.events == []


def test_backing_a_named_candidate_is_still_support() -> None:
    rec = _record("Senator Marco Rubio supported Jeb Bush in the primary.")
    assert _types(rec) == ["SUPPORT"]


def test_an_appearance_is_no_actor() -> None:
    rec = _record(
        "Even the appearance of a once-adored former president and two former first ladies "
        "failed to sway voters last week."
    )
    assert rec.events == []


def test_hit_with_sanctions_is_a_sanction_not_an_assault() -> None:
    rec = _record("The United States hit China with new tariffs on steel.")
    assert _types(rec) == ["SANCTION"]
    assert rec.events[0].recipient.country == "CHN"
