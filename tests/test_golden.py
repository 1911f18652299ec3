"""Whole-article records of the shipped samples, compared with reviewed golden files.

After a deliberate change of output: python scripts/update_golden.py, then read the diff.
"""

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from dateline import extract
from dateline.schema import load_schema

GOLDEN = Path(__file__).resolve().parent / "golden"
SAMPLES = sorted(
    p.name.removesuffix(".txt")
    for p in (resources.files("dateline") / "samples").iterdir()
    if p.name.endswith(".txt")
)


def _record(name: str) -> dict:
    text = (resources.files("dateline") / "samples" / f"{name}.txt").read_text("utf-8")
    return extract(text, id=name).to_json_dict()


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_matches_golden(name):
    expected = json.loads((GOLDEN / f"{name}.json").read_text("utf-8"))
    actual = _record(name)
    for key in expected:
        assert actual[key] == expected[key], f"{name}: {key} differs from the golden file"
    assert actual.keys() == expected.keys()


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_validates_against_the_schema(name):
    jsonschema.validate(_record(name), load_schema())


def test_every_sample_has_a_golden_file():
    assert SAMPLES
    assert sorted(p.stem for p in GOLDEN.glob("*.json")) == SAMPLES
