"""A name the model never tagged, the subject of speech verbs in two sentences, is a person."""

from __future__ import annotations

from dateline import extract


def test_an_untagged_name_that_speaks_twice_is_one_person() -> None:
    record = extract(
        "Filmmaker Dinesh D\u2019Souza said on Monday that the race was over. D\u2019Souza "
        'told the host that he is making a movie. "I would bet on her," D\u2019Souza replied.'
    )
    people = [e for e in record.entities if "D\u2019Souza" in e.name]
    assert len(people) == 1 and people[0].type == "PERSON"
    assert people[0].name == "Dinesh D\u2019Souza"
    assert all(q.speaker == people[0].id for q in record.quotes)
