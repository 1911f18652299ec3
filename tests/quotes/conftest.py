"""A parsed-document factory shared by the quote tests (one spaCy load per session)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def parse():
    from dateline import nlp
    from dateline.config import Settings

    model = nlp.load(Settings().model)
    return model
