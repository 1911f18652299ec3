"""Fixtures shared by the event tests."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def trainer() -> Iterator[ModuleType]:
    """scripts/train_event_places.py as a module (it needs scikit-learn, a train extra)."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(SCRIPTS))
    try:
        yield importlib.import_module("train_event_places")
    finally:
        sys.path.remove(str(SCRIPTS))
