"""DATELINE_QUOTE_MODELS points the quotes loaders at refitted weights, file by file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.quotes import model
from dateline.quotes.learned import MODELS_ENV, learned_file


def test_unset_keeps_the_shipped_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODELS_ENV, raising=False)
    assert learned_file(model.MODEL_PATH) == model.MODEL_PATH


def test_folder_file_replaces_the_shipped_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "cue_model.json").write_text(
        json.dumps({"bias": 0.0, "threshold": 0.37, "weights": {}}), encoding="utf-8"
    )
    monkeypatch.setenv(MODELS_ENV, str(tmp_path))
    model._model.cache_clear()
    try:
        assert learned_file(model.MODEL_PATH) == tmp_path / "cue_model.json"
        assert model.threshold() == pytest.approx(0.37)
    finally:
        model._model.cache_clear()


def test_missing_file_falls_back_to_the_shipped_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(MODELS_ENV, str(tmp_path))
    assert learned_file(model.MODEL_PATH) == model.MODEL_PATH
