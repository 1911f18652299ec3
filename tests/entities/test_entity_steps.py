"""The steps cut out of the mention gap-filler, the phrase coder and the table loader, each on
one short synthetic input."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline import nlp as _nlp
from dateline.config import Settings
from dateline.entities import coding, kb, mentions


def _doc(text: str) -> Doc:
    return _nlp.load(Settings().model)(text)


def test_name_after_a_title_is_a_person_unless_covered() -> None:
    doc = _doc("Foreign Minister Ana Ruiz met reporters on Tuesday.")
    assert [(m.text, m.label) for m in mentions._titled_names(doc, set())] == [
        ("Ana Ruiz", "PERSON")
    ]
    assert mentions._titled_names(doc, {2}) == []


def test_repeated_surname_is_the_same_person() -> None:
    doc = _doc("Ana Ruiz spoke on Monday. Later, Ruiz left the room.")
    covered = {0, 1}
    found = mentions._repeated_surnames(doc, [mentions._make(doc, 0, 2, "PERSON")], covered)
    assert [(m.text, m.label) for m in found] == [("Ruiz", "PERSON")]
    assert found[0].tok_start in covered


def test_country_the_model_missed_is_added_from_the_tables() -> None:
    doc = _doc("Ana Ruiz met Tom Vale in Kenya on Monday.")
    found = mentions._table_names(doc, set())
    assert ("Kenya", "GPE") in [(m.text, m.label) for m in found]


def _words(text: str) -> list[tuple[str, str, int, int]]:
    words = [w for w in coding.plain_tokens(text) if not w[1].isdigit()]
    return [w for w in words if w[1] not in {"the", "a", "an"}]


def test_demonym_codes_the_country_without_a_sector() -> None:
    words = _words("the French army")
    matches = coding._name_matches(words, [w[1] for w in words])
    country, sector = coding._table_code(
        matches, coding._head_split(words, "the French army"), None
    )
    assert country is not None and country.country == "FRA" and sector is None
    assert coding._table_code([], 0, None) == (None, None)


def test_former_officials_are_elites() -> None:
    assert coding._final_sector(["former", "minister"], [], "GOV", None) == "ELI"
    assert coding._final_sector(["minister"], [], "GOV", None) == "GOV"


def test_longest_keys_per_first_word() -> None:
    assert kb._longest_keys(["a", "a b c", "b c"]) == {"a": 3, "b": 2}


def test_first_names_shared_by_two_people() -> None:
    people = [
        kb.Entry("person", "Ana Ruiz", ""),
        kb.Entry("person", "Ana Lopez", ""),
        kb.Entry("person", "Bo Lee", ""),
        kb.Entry("person", "Bo Kim", ""),
        kb.Entry("org", "Ana Corp", ""),
    ]
    assert kb._shared_first_names(people) == frozenset({"ana"})
