"""Parametrise ``case`` tests with the rows of cases.tsv (loaded by path: importlib mode)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "dateline_time_cases", Path(__file__).with_name("time_cases.py")
)
assert _spec is not None and _spec.loader is not None
time_cases = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = time_cases  # dataclasses look their module up
_spec.loader.exec_module(time_cases)


def pytest_generate_tests(metafunc):
    if "case" in metafunc.fixturenames:
        cases = time_cases.load_cases()
        ids = [f"{c.text}|{c.reference}|{c.tense}" for c in cases]
        metafunc.parametrize("case", cases, ids=ids)
    if "all_cases" in metafunc.fixturenames:
        metafunc.parametrize("all_cases", [time_cases.load_cases()], ids=["table"])
