"""Helpers: parse synthetic paragraphs once and build an Analysis around them."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.config import DEFAULT_MODEL, Settings
from dateline.ingest import Article
from dateline.nlp import load
from dateline.pipeline import Analysis


@pytest.fixture(scope="session")
def nlp():
    return load(DEFAULT_MODEL)


@pytest.fixture
def analysis(nlp):
    def make(text: str, published: date | None = None) -> Analysis:
        a = Analysis(article=Article(id="t", text=text), settings=Settings(), text=text)
        a.doc = nlp(text)
        a.published = published
        return a

    return make
