"""Who said it: speakers the text gives (issue 3 review), and ones it leaves open."""

from __future__ import annotations

from dateline import extract


def _quotes(text: str):
    record = extract(text, stages=["entities", "quotes"])
    return [(record.text[q.content.start : q.content.end], q) for q in record.quotes]


def _one(text: str, fragment: str):
    hits = [q for content, q in _quotes(text) if fragment in content]
    assert hits, fragment
    return hits[0]


def test_pronoun_after_a_long_quotation_takes_the_person_just_named():
    text = (
        "Mr. Tom Lind warned that the plan would not end the city's problems.\n\n"
        '"A museum alone will not fix poverty. It will not end crime either," he said.'
    )
    assert _one(text, "museum alone").speaker_name == "Tom Lind"


def test_pronoun_takes_the_subject_not_the_object():
    text = (
        "Tom Lind, who has campaigned for the mayor since June, blasted Mark Hale on Monday.\n\n"
        '"He is a disgrace. He is a disgrace and his comments are a disgrace," he said.'
    )
    assert _one(text, "his comments").speaker_name == "Tom Lind"


def test_pronoun_of_the_wrong_gender_stays_unresolved():
    text = (
        "Mr. Tom Lind spoke to reporters in Oslo on Monday.\n\n"
        '"The budget will not be cut this year," she said.'
    )
    q = _one(text, "budget")
    assert q.speaker is None and q.speaker_name is None


def test_pronoun_next_to_another_person_in_its_own_sentence_stays_unresolved():
    text = (
        "Tom Lind described Mark Hale as a disgrace after he criticized the police officers "
        "on Monday."
    )
    q = _one(text, "police officers on Monday")
    assert text[q.source.start : q.source.end] == "he"
    assert q.speaker is None


def test_a_chain_of_she_said_continues_one_speaker():
    text = (
        "Anna Berg spoke at the town hall on Monday. She said taxes would not rise.\n\n"
        "The hall was full and many people stood at the back to hear her.\n\n"
        '"We will cut spending where we can," she said.'
    )
    assert _one(text, "cut spending").speaker_name == "Anna Berg"


def test_a_paragraph_about_something_else_breaks_the_chain():
    text = (
        "Anna Berg spoke at the town hall on Monday. She said taxes would not rise.\n\n"
        "Last year, the city council built a new bridge over the river.\n\n"
        "She recalled that the old bridge had cost twice as much to maintain."
    )
    q = _one(text, "old bridge")
    assert q.speaker is None and q.speaker_name is None


def test_quotation_after_a_colon_goes_to_the_subject_of_the_clause():
    text = (
        "Senator Anna Berg scolded him at the hearing: "
        '"The science is against you on every one of these products," she said.'
    )
    q = _one(text, "science is against")
    assert q.speaker_name == "Anna Berg"
    assert not _one(text, "science is against").content.start < text.index("scolded")


def test_he_says_colon_continues_the_last_speaker():
    text = (
        "Tom Lind told the rally that his microphone had failed.\n\n"
        "The candidate is also asking his supporters to find out why.\n\n"
        'He says: "I wonder why it was bad. Think of that."'
    )
    assert _one(text, "wonder why").speaker_name == "Tom Lind"


def test_he_says_colon_with_nobody_before_stays_unresolved():
    text = 'The rally ended late on Friday.\n\nHe says: "I wonder why it was bad. Think of that."'
    assert _one(text, "wonder why").speaker is None


def test_quotation_signed_after_a_dash():
    text = (
        "Residents gathered outside the town hall on Monday.\n\n"
        "“We were never asked what we wanted for this town.” ― Sonya Herridge\n"
    )
    q = _one(text, "never asked")
    assert q.speaker_name == "Sonya Herridge"


def test_quotation_followed_by_a_dash_and_no_name_stays_unsigned():
    text = (
        "Residents gathered outside the town hall on Monday.\n\n"
        "“We were never asked what we wanted for this town.” ― and nobody did.\n"
    )
    assert _one(text, "never asked").speaker_name is None


TRANSCRIPT = (
    "Fox News host Chris Wallace interviewed Gov. Mike Pence on Sunday. "
    "Partial transcript as follows:\n\n"
    '"WALLACE: Let us start with the news on the debate story. Why would he do that?\n\n'
    '"PENCE: Well, look, this is serious business for the American people.\n\n'
    '"(CROSSTALK.)\n\n'
    '"WALLACE: Will she be there tomorrow night?\n\n'
    "The debate is on Monday."
)


def test_transcript_turns_are_quotes_of_their_speakers():
    quotes = _quotes(TRANSCRIPT)
    turns = [(content, q.speaker_name) for content, q in quotes if q.cue is not None]
    assert any(c.startswith("Let us start") and n == "Chris Wallace" for c, n in turns)
    assert any(c.startswith("Well, look") and n == "Mike Pence" for c, n in turns)
    assert any(c.startswith("Will she be there") and n == "Chris Wallace" for c, n in turns)
    assert not any("PENCE:" in content for content, _ in quotes)


def test_label_that_is_no_one_is_not_a_turn():
    text = "UPDATE: The council will vote on the budget plan next week, officials said."
    assert all(q.speaker_name != "UPDATE" for _, q in _quotes(text))


def test_inverted_attribution_carries_to_the_next_quotation():
    text = (
        '"This is a big year for our town, and for all of us!" Del. Anna "Annie" Berg (D-Oslo) '
        'shouted to the crowd. "The nation is watching us. We have to show up."'
    )
    q = _one(text, "nation is watching")
    assert q.speaker_name and "Berg" in q.speaker_name


def test_participle_aside_is_not_a_cue_of_the_quotation_before_it():
    text = (
        'Tom Lind openly admires the general as a "strong and decisive leader," '
        "comparing him favorably to the president."
    )
    for content, q in _quotes(text):
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] != "comparing", content


def test_per_names_the_source():
    text = (
        "Members may not appoint proxies when voting “to fill a vacancy on the ticket,” "
        "per the party’s bylaws."
    )
    q = _one(text, "appoint proxies")
    assert text[q.source.start : q.source.end] == "the party’s bylaws"


def test_per_as_a_rate_names_no_source():
    text = "The tickets cost $5 per person and sold out within an hour on Monday."
    assert not any(
        q.source is not None and "person" in text[q.source.start : q.source.end]
        for _, q in _quotes(text)
    )


def test_they_after_groups_that_spoke():
    text = (
        "Several environmental groups sued the agency on Monday, saying the rule was illegal. "
        "They say the plan would harm the rivers of the state."
    )
    q = _one(text, "harm the rivers")
    assert q.speaker_name and "environmental groups" in q.speaker_name


def test_it_goes_back_to_the_only_institution_that_spoke():
    text = (
        "The Daily Ledger said on Monday that the count was wrong. "
        "The figures were checked twice by the editors. "
        "The mayor did not reply to questions.\n\n"
        "It also said that the mayor had misled voters."
    )
    assert _one(text, "misled voters").speaker_name == "Daily Ledger"


def test_it_does_not_reach_past_a_paragraph_about_something_else():
    """The reach of the integrity stage's dangling-reference check (one paragraph back)."""
    text = (
        "The Daily Ledger said on Monday that the count was wrong. "
        "The figures were checked twice by the editors.\n\n"
        "The mayor did not reply to questions.\n\n"
        "It also said that the mayor had misled voters."
    )
    assert _one(text, "misled voters").speaker_name is None


def test_it_with_two_institutions_before_stays_unresolved():
    text = (
        "The Daily Ledger said on Monday that the count was wrong. "
        "The Morning Post said the count was right.\n\n"
        "The mayor did not reply to questions.\n\n"
        "It also said that the mayor had misled voters."
    )
    assert _one(text, "misled voters").speaker_name is None


def test_block_quote_belongs_to_who_introduces_it():
    text = (
        "The woman disputes the idea that she needed help. Jane Roe reports:\n\n"
        '"The first time she had seen him, she was just beginning to understand. '
        "Later she smiled.\n\n"
        '“It never crossed my mind that I was losing it,” she said several months later."'
    )
    q = _one(text, "first time she had seen him")
    assert q.speaker_name == "Jane Roe"


def test_block_quote_after_a_bare_colon_has_no_speaker():
    text = (
        "The rally ended late on Friday. Consider this:\n\n"
        '"The first time she had seen him, she was just beginning to understand. '
        'Later she smiled and waved at the stage."'
    )
    q = _one(text, "first time she had seen him")
    assert q.speaker is None and q.speaker_name is None


def test_they_after_an_institution_in_the_previous_sentence():
    text = (
        "The Daily Ledger ruled on Monday that the claim was false. "
        "They found that the numbers had been wrong for years."
    )
    assert _one(text, "numbers had been wrong").speaker_name == "Daily Ledger"


def test_they_after_an_institution_further_back_stays_unresolved():
    text = (
        "The Daily Ledger ruled on Monday that the claim was false. "
        "The council met on Tuesday. The roads were closed for repairs. "
        "The weather stayed cold all week.\n\n"
        "They found that the numbers had been wrong for years."
    )
    assert _one(text, "numbers had been wrong").speaker_name is None


def test_joint_statement_is_spoken_by_both_not_the_first_named():
    q = _one("Norway and Iceland said on Friday that the fishing quota would be cut.", "quota")
    assert q.speaker is None and not q.anonymous
    assert q.speaker_name == "Norway and Iceland"
    q = _one("The mayor and her deputy said the bridge would reopen in May.", "bridge")
    assert q.speaker_name == "The mayor and her deputy"


def test_one_named_speaker_with_a_conjoined_object_keeps_the_entity():
    q = _one("Jonas Berg said Norway and Iceland would cut the fishing quota.", "quota")
    assert q.speaker_name == "Jonas Berg" and q.speaker is not None
