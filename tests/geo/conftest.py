"""Fixtures shared by the place tests: one spaCy pipeline, and a reader of what the places
stage makes of a sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from dateline.config import Settings
from dateline.geo import document_places
from dateline.nlp import load


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load(Settings().model)


@pytest.fixture(scope="session")
def places(nlp: Language) -> Callable[[str], dict[str, tuple[str, str | None]]]:
    """Each place's text in the sentence, with its kind and country."""

    def read(text: str) -> dict[str, tuple[str, str | None]]:
        return {p.text: (p.kind, p.country) for p in document_places(nlp(text))}

    return read
