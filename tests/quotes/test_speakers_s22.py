"""Twenty-second-session speaker rules: a role noun goes to the untitled person just before
when the title's holder is far back, a line signing a quotation ("- Jane Walsh.") and a bare
saying before it ("X said in a statement.") give its source, a day is no one, an agency named
after its country is not the country, and a list item's dash or a lone article is no source."""

from __future__ import annotations

import pytest
from dateline_helpers import quote_with as _quote
from dateline_helpers import source_text
from dateline_helpers import speaker_name as _speaker

import dateline.entities.merge as entity_merge
import dateline.quotes.mentions as quote_mentions
import dateline.quotes.resolution as resolution
import dateline.quotes.titles as titles
from dateline import extract

FAR_HOLDER = (
    "Senator Ann Kolb of Ohio spoke at the fair on Sunday. It rained all afternoon. "
    "Marco Ruiz was quiet at first. Ruiz stopped by his campaign office in Dover to thank "
    "volunteers. Walking into the office, the senator said his campaign was "
    '"finishing really strong."'
)


def test_a_role_noun_goes_to_the_untitled_person_just_before() -> None:
    record = extract(FAR_HOLDER)
    assert _speaker(record, _quote(record, "finishing really strong")) == "Marco Ruiz"


def test_the_untitled_person_rule_is_what_moves_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "UNTITLED_ANTECEDENTS", False)
    monkeypatch.setattr(entity_merge, "UNTITLED_BETWEEN", False)
    record = extract(FAR_HOLDER)
    assert _speaker(record, _quote(record, "finishing really strong")) == "Ann Kolb"


def test_a_holder_named_just_before_keeps_the_title() -> None:
    record = extract(
        "Senator Ann Kolb of Ohio spoke at the fair on Sunday to a large crowd. Marco Ruiz "
        'attacked her on Monday. The senator said the attacks were "beneath the office."'
    )
    assert _speaker(record, _quote(record, "beneath the office")) == "Ann Kolb"


SIGNED = (
    "Here are the claims we checked from the debate.\n\n"
    '"Almost all new income is going to the top 1 percent."\n\n'
    "- Jane Walsh.\n\n"
    "The senator relies on an old figure. The numbers changed over the summer.\n\n"
    '"I helped write that bill."\n\n'
    "- Walsh.\n\n"
    "She wrote one amendment."
)


def test_a_line_signing_a_quotation_is_its_source() -> None:
    record = extract(SIGNED)
    first, second = _quote(record, "top 1 percent"), _quote(record, "write that bill")
    assert source_text(record.text, first) == "Jane Walsh"
    assert source_text(record.text, second) == "Walsh"
    assert _speaker(record, second) == "Jane Walsh"
    assert not [s for s in record.signals if s.kind == "orphan_quote"]


def test_signed_lines_switch_is_what_gives_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resolution, "SIGNED_LINES", False)
    record = extract(SIGNED)
    assert _quote(record, "top 1 percent").source is None


def test_a_bare_saying_before_a_quotation_introduces_it() -> None:
    record = extract(
        "The party will not order a second count. Tom Ladd, the party's spokesman, said in a "
        'statement. "Every machine tally has already been checked twice."'
    )
    q = _quote(record, "checked twice")
    assert source_text(record.text, q) == "Tom Ladd"
    assert _speaker(record, q) == "Tom Ladd"


def test_agreeing_before_a_quotation_introduces_it() -> None:
    record = extract(
        'The mayor spoke first on Monday. Council member Tom Ladd agreed. "We need the new bridge."'
    )
    assert _speaker(record, _quote(record, "new bridge")) == "Tom Ladd"


def test_a_day_is_never_the_person_a_pronoun_means() -> None:
    record = extract(
        "Clinton thanked her volunteers in Ohio. When she spoke to a crowd on Tuesday night, "
        "she stopped short of a win. As Tuesday began, she was hoping for far more than that."
    )
    assert _speaker(record, _quote(record, "far more")) == "Clinton"


def test_an_agency_named_after_its_country_is_not_the_country() -> None:
    record = extract(
        "Environment Canada says the rain over Halifax will ease by noon, but warns of "
        "strong gusts along the coast."
    )
    q = _quote(record, "rain over Halifax")
    assert q.speaker_name == "Environment Canada"
    assert _speaker(record, q) != "Canada"


def test_agency_switch_is_what_keeps_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quote_mentions, "AGENCIES_OF_PLACES", False)
    record = extract("Environment Canada now says snowfall in Toronto has tapered off.")
    assert _speaker(record, _quote(record, "snowfall in Toronto")) == "Canada"


def test_a_list_dash_is_no_part_of_the_source() -> None:
    record = extract(
        "The latest polls are out.\n\n"
        "-Peter Bloom illustrates just how few people actually voted in the caucuses."
    )
    assert source_text(record.text, _quote(record, "few people")) == "Peter Bloom"


def test_an_interjection_is_no_source() -> None:
    record = extract('"Wow," the crowd shouted. Wow said the economy is "a total disaster."')
    assert all(source_text(record.text, q) != "Wow" for q in record.quotes)
