"""Shared fixtures: the optional ../shared development data and a small sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Timing deadlines make property tests flaky on a loaded 2-core machine; they test behaviour.
settings.register_profile("dateline", deadline=None)
settings.load_profile("dateline")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "examples" / "patriot-lithuania.txt"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared is not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    from dateline import extract

    return extract(seed_text, id="patriot-lithuania")
