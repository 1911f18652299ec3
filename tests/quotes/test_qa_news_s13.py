"""Thirteenth-session speaker QA round on real news: unnamed party members as anonymous
sources, participles that describe a noun, source phrases cut at a dash or a time, role nouns
for the person just named, pronoun chains through a paragraph-final quotation, and turns
handed over between two quotations."""

from __future__ import annotations

from dateline import extract
from dateline.quotes.marks import inch_mark
from dateline.records import Quote, Record


def _quote(record: Record, words: str) -> Quote:
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def _source(record: Record, q: Quote) -> str | None:
    return record.text[q.source.start : q.source.end] if q.source else None


def test_an_unnamed_party_member_is_anonymous() -> None:
    r = extract('"The governor will be defeated," said a New Hampshire Republican.')
    q = _quote(r, "will be defeated")
    assert q.anonymous
    assert q.speaker_name == "a New Hampshire Republican"
    assert q.speaker is None


def test_the_party_itself_is_not_anonymous() -> None:
    r = extract("Republicans said the budget deal was a betrayal of the voters.")
    q = _quote(r, "budget deal")
    assert not q.anonymous


def test_a_share_of_insiders_is_anonymous() -> None:
    r = extract("Two-thirds of Democratic insiders said the senator would lose the primary.")
    assert _quote(r, "would lose").anonymous


def test_one_aid_worker_is_anonymous() -> None:
    r = extract("One aid worker said the rations had been left to rot in a warehouse.")
    assert _quote(r, "rations").anonymous


def test_a_participle_describing_a_noun_reports_nothing() -> None:
    r = extract(
        "A super PAC supporting Marco Rubio's campaign spent $2 million. Most of the money "
        "went to groups supporting abortion rights and phone calls opposing the front-runner."
    )
    assert r.quotes == []


def test_a_message_with_a_participle_still_reports() -> None:
    r = extract("The rifle association has put out a new video ad ripping Hillary Clinton.")
    assert _quote(r, "Hillary Clinton").speaker_name is not None


def test_a_participle_with_a_clause_still_reports() -> None:
    r = extract("The union issued a statement saying that the vote had been rigged by managers.")
    assert any("vote had been rigged" in r.text[q.content.start : q.content.end] for q in r.quotes)


def test_the_source_follows_a_dash() -> None:
    r = extract(
        "Some friends say he would look better if he ate the odd cheeseburger - an old "
        "favorite - others say he has never been healthier."
    )
    assert _source(r, _quote(r, "never been healthier")) == "others"


def test_a_time_or_medium_after_the_source_is_cut() -> None:
    r = extract(
        '"This finding does not affect the safety of beef," agency officials in a statement '
        "on Sunday said."
    )
    assert _quote(r, "safety of beef").speaker_name == "agency officials"


def test_a_hyphenated_word_does_not_cut_the_source() -> None:
    r = extract("The other candidates at the prime-time debate hoped to revive their campaigns.")
    assert _source(r, _quote(r, "revive")) == "The other candidates at the prime-time debate"


def test_a_role_noun_is_the_person_just_named() -> None:
    r = extract(
        "In an interview, billionaire businessman Donald Trump questioned the senator's "
        'temperament. "We cannot have a guy like that in charge," said the New York businessman.'
    )
    assert _quote(r, "a guy like that").speaker_name == "Donald Trump"


def test_a_title_with_another_state_is_not_that_senator() -> None:
    r = extract(
        "Vermont Sen. Bernie Sanders spoke first. Marco Rubio, who is third in many polls, "
        "stressed defense issues on Monday. The Florida senator told reporters he feels good "
        "about his campaign."
    )
    assert _quote(r, "feels good").speaker_name == "Marco Rubio"


def test_a_role_described_before_is_not_the_last_speaker() -> None:
    r = extract(
        "He stood beside the leader of the security team, who still works at the agency. "
        '"Technicals," Bob said. When the team leader realized help was not coming, he left.'
    )
    assert _quote(r, "help was not coming").speaker_name != "Bob"


def test_she_continues_after_a_paragraph_final_quotation() -> None:
    r = extract(
        "Like a family member, Ebeling said it is hard for her to watch the attacks. "
        '"It is the blessing and the curse at the same time," she said. "It is wonderful to '
        'see her doing this. I find this campaign very mean. More so than the other one."\n\n'
        "What really got under her skin, she said, was a question at a town hall last week."
    )
    assert _quote(r, "got under her skin").speaker_name == "Ebeling"


def test_a_narrative_sentence_between_two_quotations_hands_over_the_turn() -> None:
    r = extract(
        '"It goes in here and goes out here," Tom Ebeling said, pointing to his ears. '
        'Betsy Ebeling shook her head. "Tom is much better about it than I am."'
    )
    first = _quote(r, "goes out here")
    assert "much better" not in r.text[first.content.start : first.content.end]
    assert _quote(r, "much better").speaker_name != "Tom Ebeling"


def test_a_colon_after_a_medium_is_no_speaker_label() -> None:
    r = extract(
        "Donald Trump won the straw poll. On Friday, he joined other Republicans in attacking "
        'the report, saying in a post on Twitter: "The new email release is a disaster."'
    )
    assert _quote(r, "email release").speaker_name == "Donald Trump"


def test_inch_marks_are_one_test_for_quotes_and_integrity() -> None:
    from dateline.integrity._text import QuoteMask

    text = 'He said, "The guard is 6\'11" and fast," and left.'
    close = text.index('11"') + 2
    assert inch_mark(text, close)
    assert QuoteMask(text).inside(text.index("fast"))


def test_the_one_person_just_named_is_she() -> None:
    r = extract(
        "The challenge for Mrs. Clinton is reversed from 2008, when she sought to counter "
        "Mr. Obama's appeal to young voters."
    )
    assert _quote(r, "counter").speaker_name == "Clinton"


def test_a_proper_noun_subject_blocks_the_one_person_just_named() -> None:
    r = extract(
        "Instead, Will called for Republicans to back Chris Christie, whom he describes as "
        'having "a prosecutor\'s bearing."'
    )
    assert _quote(r, "prosecutor").speaker_name != "Chris Christie"


def test_who_after_a_description_in_apposition_is_the_named_person() -> None:
    r = extract(
        '"The caucuses are about beating expectations," said Gov. Terry E. Branstad of Iowa, '
        "a Republican who said he would not endorse a candidate."
    )
    assert _quote(r, "would not endorse").speaker_name == "Terry E. Branstad"


def test_a_named_person_and_other_people_are_they() -> None:
    r = extract(
        "Mary Kay Henry said her members were anxious. Ms. Henry and other labor leaders "
        "remain confident. But they also see Mr. Trump as posing particular risks."
    )
    assert _quote(r, "particular risks").speaker_name == "Ms. Henry and other labor leaders"


def test_all_told_is_no_report() -> None:
    r = extract(
        "All told, super PACs and other outside groups spent more than $2.5 million on phone "
        "banking to persuade voters in the race."
    )
    assert r.quotes == []
