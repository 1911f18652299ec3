"""Sixteenth-session speaker QA round on real news: role nouns for a person (one title under
one "the", a party member, an actress) name the person who just spoke, an organisation the text
calls "it" is one, a bare surname two people share is the one who last spoke, and a person named
in someone's own words is no rival for a later "he"."""

from __future__ import annotations

from dateline import extract
from dateline.config import Settings
from dateline.nlp import load
from dateline.quotes.mentions import describe
from dateline.quotes.names import clean_name, fullest
from dateline.records import Entity, Quote, Record


def _quote(record: Record, words: str) -> Quote:
    text = record.text
    return next(q for q in record.quotes if words in text[q.content.start : q.content.end])


def test_two_titles_under_one_the_are_one_person() -> None:
    text = (
        "Sen. Marco Rubio responded first, ripping into the administration late Tuesday.\n\n"
        '"The regime has been expanding its arsenal," the Florida senator and Republican '
        "presidential candidate said in a statement."
    )
    q = _quote(extract(text), "expanding its arsenal")
    assert q.speaker_name == "Marco Rubio"


def test_a_party_member_with_the_is_the_person_not_the_party() -> None:
    text = (
        "Senate Majority Leader Mitch McConnell criticized the plan on Tuesday.\n\n"
        "In a statement, the Kentucky Republican said the rules would be challenged in court."
    )
    q = _quote(extract(text), "challenged in court")
    assert q.speaker_name == "Mitch McConnell"


def test_a_role_noun_is_the_one_who_spoke_among_several_people() -> None:
    text = (
        "House Speaker Paul Ryan says no matter what action Barack Obama takes, the law stands.\n\n"
        "The Wisconsin Republican says the steps are certain to be challenged in the courts."
    )
    q = _quote(extract(text), "challenged in the courts")
    assert q.speaker_name == "Paul Ryan"


def test_plural_party_speakers_keep_their_plural_name() -> None:
    text = (
        "A Republican senator spoke first. Then a Republican governor agreed. "
        "Republicans have long considered using the scandal against the Democratic nominee."
    )
    q = _quote(extract(text), "using the scandal")
    assert q.speaker_name == "Republicans"


def test_the_actress_is_the_woman_who_just_spoke() -> None:
    text = (
        "Salma Hayek said the country has a severe problem with discrimination. "
        "The actress recalled an incident at a movie theater that left her friend in tears."
    )
    q = _quote(extract(text), "incident at a movie theater")
    assert q.speaker_name == "Salma Hayek"


def test_a_quotation_of_several_sentences_does_not_push_the_speaker_away() -> None:
    text = (
        '"She caused a lot of the problems," Donald Trump said. "The world is a different '
        'place. It is a mess. She has done a horrible job."\n\n'
        "At the same time, the New York billionaire dismissed the significance of the video."
    )
    q = _quote(extract(text), "significance of the video")
    assert q.speaker_name == "Donald Trump"


def test_a_group_with_its_members_named_is_not_anonymous() -> None:
    text = (
        "Other Republican candidates, including Carly Fiorina and Ben Carson, have followed "
        "his lead, saying the history is a legitimate criticism."
    )
    q = _quote(extract(text), "legitimate criticism")
    assert q.anonymous is False


def test_an_untagged_name_its_clause_calls_it_is_an_organisation() -> None:
    text = (
        "On Friday, Swissport said it had made numerous offers to the union since April. "
        'It said the strike was "another cynical move". The company said it would limit '
        "any impact on passengers."
    )
    record = extract(text)
    assert _quote(record, "another cynical move").speaker_name == "Swissport"
    assert _quote(record, "limit any impact").speaker_name == "Swissport"


def test_the_agency_is_the_one_organisation_its_sentence_names() -> None:
    text = (
        "More than 1,200 emails from her time at the State Department have been deemed "
        "classified, after the agency released its eighth batch of the messages on Thursday."
    )
    q = _quote(extract(text), "eighth batch")
    assert q.speaker_name == "State Department"


def test_a_surname_two_people_share_is_the_one_who_just_spoke() -> None:
    text = (
        "Bill Clinton spoke in Nashua on Monday. Hillary Clinton spoke in Derry on Sunday.\n\n"
        "At the rally in Derry, Hillary Clinton rebuffed a heckler. "
        '"You are very rude," Clinton told the woman.'
    )
    q = _quote(extract(text), "very rude")
    assert q.speaker_name == "Hillary Clinton"


def test_a_person_in_the_antecedents_own_words_is_no_rival() -> None:
    text = (
        "Bill Clinton spoke in Nashua on Monday.\n\n"
        "In an email, Donald Trump said his friendship with Mr. Clinton was strictly business. "
        "''It was my obligation to get along with all politicians,'' he wrote."
    )
    q = _quote(extract(text), "my obligation")
    assert q.speaker_name == "Donald Trump"


def test_a_lowercase_particle_surname_stays_in_the_name() -> None:
    assert clean_name("Anwar al-Awlaki") == "Anwar al-Awlaki"
    assert clean_name("Kellogg later") == "Kellogg"


def test_a_source_listing_several_people_is_a_group() -> None:
    text = (
        "Celebrities Julianne Moore, Kerry Washington, Amy Schumer, Janelle Monae and "
        "Elizabeth Banks went on Twitter to applaud the announcement."
    )
    record = extract(text)
    doc = load(Settings().model)(text)
    end = text.index(" went")
    head = next(t for t in doc if t.text == "Moore")
    speaker = describe(head, (0, end), record.entities)
    assert speaker.kind == "group" and speaker.name == text[:end]


def test_a_possessed_group_noun_with_the_is_the_organisation_that_just_spoke() -> None:
    text = (
        "The National Rifle Association says the actions are ripe for abuse. "
        "The nation's largest gun group is accusing the president of political exploitation."
    )
    q = _quote(extract(text), "political exploitation")
    assert q.speaker_name == "National Rifle Association"


def test_a_bare_given_name_is_the_one_person_named_in_full_with_it() -> None:
    people = [
        Entity(id="E1", name="Zoe Saldana", type="PERSON", mentions=[]),
        Entity(id="E2", name="Gina Rodriguez", type="PERSON", mentions=[]),
    ]
    found = fullest("Zoe", people)
    assert found is not None and found.name == "Zoe Saldana"
    assert fullest("Amy", people) is None


def test_a_pronoun_finds_a_person_the_tables_read_as_a_group() -> None:
    text = (
        "The video opens with the cleric Anwar al-Awlaki, who was killed in 2011.\n\n"
        "Footage of Al-Awlaki again appears. "
        '"The West will eventually turn against its Muslim citizens," he says.'
    )
    q = _quote(extract(text), "turn against its Muslim citizens")
    assert q.speaker_name == "Anwar al-Awlaki"


def test_a_role_noun_used_for_a_person_named_in_its_sentence_still_names_the_next() -> None:
    text = (
        "Gina Rodriguez became a victim of bullying after some followers questioned the star's "
        "identity.\n\n"
        "Salma Hayek said the industry must change. The star recalled an incident at a theater."
    )
    q = _quote(extract(text), "incident at a theater")
    assert q.speaker_name == "Salma Hayek"


def test_the_agency_two_sentences_on_is_the_one_organisation_that_spoke() -> None:
    text = (
        "The State Department said it would release more emails next week. "
        "A judge ordered periodic releases at the end of each month. "
        "The agency said it had redacted portions of many of the messages."
    )
    q = _quote(extract(text), "redacted portions")
    assert q.speaker_name == "State Department"


def test_the_subject_of_a_relative_clause_is_not_the_person_it_is_about() -> None:
    text = (
        "Instead, the column urged readers to back Mark Hale, whom he described as having "
        '"a reformer\'s bearing."'
    )
    record = extract(text)
    assert all(q.speaker_name != "Mark Hale" for q in record.quotes)


def test_a_subject_inside_a_clause_does_not_outrank_the_main_subject() -> None:
    text = (
        "Loretta Lynch still has the final say on whether Hillary Clinton faces prosecution, and "
        "though she has said she will accept the recommendation of the prosecutors, critics "
        "are not satisfied."
    )
    q = _quote(extract(text), "accept the recommendation")
    assert q.speaker_name != "Hillary Clinton"
