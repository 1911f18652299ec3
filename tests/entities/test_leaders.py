"""dateline's own actor tables (leaders with dated offices, organisations), merged into the KB."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.entities import code_actor
from dateline.entities._norm import key
from dateline.entities.kb import DATA, kb

ROWS = [
    line.split("\t")
    for line in (DATA / "leaders.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def test_rows_are_well_formed():
    assert len(ROWS) >= 150
    for name, _forms, codes in ROWS:
        spans = [c.split(":") for c in codes.split(";")]
        assert all(len(s) == 4 and len(s[0]) == 3 and s[1] for s in spans), name
        assert all(not end or start <= end for _, _, start, end in spans), name


@pytest.mark.parametrize("row", ROWS, ids=[r[0] for r in ROWS])
def test_shipped_kb_carries_every_row(row):
    """The built actors table was rebuilt after the last edit of the leaders table."""
    name, _forms, codes = row
    entries = [e for e in kb().lookup(key(name)) if e.kind == "person" and e.name == name]
    assert len(entries) == 1
    shipped = {(c.country, "+".join(c.sectors), c.start, c.end) for c in entries[0].codes}
    assert {tuple(c.split(":")) for c in codes.split(";")} <= shipped


@pytest.mark.parametrize(
    ("text", "when", "country", "sector"),
    [
        ("Donald Trump", date(2016, 10, 1), "USA", "PTY"),
        ("Donald Trump", date(2018, 1, 1), "USA", "GOV"),
        ("Donald Trump", date(2022, 1, 1), "USA", "ELI"),
        ("Angela Merkel", date(2015, 1, 1), "DEU", "GOV"),
        ("Angela Merkel", date(2023, 1, 1), "DEU", "ELI"),
        ("Volodymyr Zelenskyy", date(2023, 1, 1), "UKR", "GOV"),
        ("Aleksandr Lukashenko", date(2021, 1, 1), "BLR", "GOV"),
    ],
)
def test_offices_follow_the_date(text, when, country, sector):
    actor = code_actor(text, when)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_older_offices_and_spellings_from_the_dictionaries_are_kept():
    (entry,) = [e for e in kb().lookup(key("Benjamin Netanyahu")) if e.kind == "person"]
    assert entry.code(date(1997, 1, 1)).sector == "GOV"
    assert entry.code(date(2022, 1, 1)).sector == "OPP"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Wagner Group", "RUS", "PRM"),
        ("Ansar Allah", "YEM", "REB"),
        ("Hayat Tahrir al-Sham", "SYR", "REB"),
        ("IRGC", "IRN", "MIL"),
    ],
)
def test_groups_from_the_organisations_table(text, country, sector):
    actor = code_actor(text, date(2023, 6, 1))
    assert actor is not None and (actor.country, actor.sector) == (country, sector)
