"""Parametrise ``case`` tests with the rows of the expression tables (loaded by path: importlib
mode); ``all_cases`` is the test table cases.tsv alone."""

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


# The test table and the blind tables (each passes in full once its first-run misses were fixed).
TABLES = (
    "cases.tsv",
    "cases_fresh.tsv",
    "cases_blind2.tsv",
    "cases_blind3.tsv",
    "cases_blind4.tsv",
    "cases_blind5.tsv",
    "cases_blind6.tsv",
    "cases_blind7.tsv",
    "cases_blind8.tsv",
    "cases_blind9.tsv",
    "cases_blind10.tsv",
    "cases_blind11.tsv",
    "cases_blind12.tsv",
    "cases_blind13.tsv",
    "cases_blind14.tsv",
    "cases_blind15.tsv",
    "cases_blind16.tsv",
    "cases_blind17.tsv",
    "cases_blind18.tsv",
    "cases_blind19.tsv",
    "cases_blind20.tsv",
    "cases_blind21.tsv",
    "cases_blind22.tsv",
    "cases_blind23.tsv",
    "cases_blind24.tsv",
    "cases_blind25.tsv",
    "cases_blind26.tsv",
    "cases_blind27.tsv",
    "cases_blind28.tsv",
    "cases_blind29.tsv",
    "cases_blind30.tsv",
    "cases_blind31.tsv",
    "cases_blind32.tsv",
    "cases_blind33.tsv",
    "cases_blind34.tsv",
    "cases_blind35.tsv",
    "cases_blind36.tsv",
    "cases_blind37.tsv",
    "cases_blind38.tsv",
    "cases_blind39.tsv",
    "cases_blind40.tsv",
    "cases_blind41.tsv",
    "cases_blind42.tsv",
    "cases_blind43.tsv",
    "cases_blind44.tsv",
    "cases_blind45.tsv",
    "cases_blind46.tsv",
    "cases_blind47.tsv",
    "cases_blind48.tsv",
    "cases_blind49.tsv",
    "cases_blind50.tsv",
    "cases_blind51.tsv",
    "cases_blind52.tsv",
    "cases_blind53.tsv",
    "cases_blind54.tsv",
    "cases_blind55.tsv",
    "cases_blind56.tsv",
    "cases_blind57.tsv",
    "cases_blind58.tsv",
    "cases_blind59.tsv",
    "cases_blind60.tsv",
    "cases_blind61.tsv",
    "cases_blind62.tsv",
    "cases_blind63.tsv",
    "cases_blind64.tsv",
    "cases_blind65.tsv",
    "cases_blind66.tsv",
    "cases_blind67.tsv",
    "cases_blind68.tsv",
    "cases_blind69.tsv",
    "cases_blind70.tsv",
    "cases_blind71.tsv",
    "cases_blind72.tsv",
    "cases_blind73.tsv",
    "cases_blind74.tsv",
    "cases_blind75.tsv",
    "cases_blind76.tsv",
    "cases_blind77.tsv",
    "cases_blind78.tsv",
    "cases_blind79.tsv",
    "cases_blind80.tsv",
    "cases_blind81.tsv",
    "cases_blind82.tsv",
    "cases_blind83.tsv",
    "cases_blind84.tsv",
    "cases_blind85.tsv",
    "cases_blind86.tsv",
    "cases_blind87.tsv",
    "cases_blind88.tsv",
    "cases_blind89.tsv",
    "cases_blind90.tsv",
    "cases_blind91.tsv",
    "cases_blind92.tsv",
    "cases_blind93.tsv",
    "cases_blind94.tsv",
    "cases_blind95.tsv",
    "cases_blind96.tsv",
    "cases_blind97.tsv",
    "cases_blind98.tsv",
    "cases_blind99.tsv",
    "cases_blind100.tsv",
    "cases_blind101.tsv",
    "cases_blind102.tsv",
    "cases_blind103.tsv",
    "cases_blind104.tsv",
    "cases_blind105.tsv",
    "cases_blind106.tsv",
    "cases_blind107.tsv",
    "cases_blind108.tsv",
    "cases_blind109.tsv",
    "cases_blind110.tsv",
    "cases_blind111.tsv",
    "cases_blind112.tsv",
    "cases_blind113.tsv",
    "cases_blind114.tsv",
    "cases_blind115.tsv",
    "cases_blind116.tsv",
    "cases_blind117.tsv",
    "cases_blind118.tsv",
    "cases_blind119.tsv",
    "cases_blind120.tsv",
    "cases_blind121.tsv",
    "cases_blind122.tsv",
    "cases_blind123.tsv",
)


def pytest_generate_tests(metafunc):
    if "case" in metafunc.fixturenames:
        here = Path(__file__).parent
        rows = [(name, c) for name in TABLES for c in time_cases.load_cases(here / name)]
        ids = [f"{name[:-4]}|{c.text}|{c.reference}|{c.tense}" for name, c in rows]
        metafunc.parametrize("case", [c for _, c in rows], ids=ids)
    if "all_cases" in metafunc.fixturenames:
        metafunc.parametrize("all_cases", [time_cases.load_cases()], ids=["table"])
